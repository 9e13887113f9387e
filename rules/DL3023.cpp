//! code: DL3023
//! name: copy-from-own-stage
//! severity: error
//! category: correctness
//! instructions: COPY
//! summary: COPY --from cannot copy from the stage it is in
//! url: https://github.com/hadolint/hadolint/wiki/DL3023
//!
//! ## What it does
//! Flags `COPY --from=<stage>` when `<stage>` is the stage the `COPY` belongs
//! to, by its name (`AS name`, compared case-insensitively) or by its number.
//!
//! ## Why is this bad?
//! A stage cannot read from itself while it is still being built: the
//! reference is circular and the build fails. Usually a stage was renamed or
//! a `COPY` was moved into the wrong stage. To reuse a file of the current
//! stage, use its path directly (`RUN cp …`), or copy from the earlier stage
//! that produced it.
//!
//! ## Example
//! ```dockerfile
//! FROM golang:1.22 AS build
//! RUN go build -o /out/app .
//!
//! FROM debian:12-slim AS runtime
//! COPY --from=runtime /out/app /usr/local/bin/app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM golang:1.22 AS build
//! RUN go build -o /out/app .
//!
//! FROM debian:12-slim AS runtime
//! COPY --from=build /out/app /usr/local/bin/app
//! ```
//!
//! ## References
//! - [Multi-stage builds](https://docs.docker.com/build/building/multi-stage/)
//! - [Dockerfile reference: COPY --from](https://docs.docker.com/reference/dockerfile/#copy---from)

#include <fmt/ranges.h>

#include "rules/rule.hpp"

namespace dflint::rules::DL3023 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    if (info.stage < 0) return;
    const Flag* flag = info.ins->flag("from");
    if (!flag || !flag->value || flag->value->empty()) return;
    std::string name = *flag->value;
    if (name.find('$') != std::string::npos) {
        auto r = ctx.model().expand(name, info);
        if (!r.ok || !r.unmatched.empty()) return;
        name = r.word;
    }
    if (ctx.model().find_stage(name, info.stage + 1) != info.stage) return;
    const Stage& stage = ctx.model().stages()[static_cast<std::size_t>(info.stage)];
    std::vector<std::string> earlier;
    for (const auto& s : ctx.model().stages())
        if (static_cast<int>(s.index) < info.stage) earlier.push_back(s.name.empty() ? std::to_string(s.index) : s.name);
    ctx.report(flag->value_range,
               fmt::format("`--from={}` is the stage this COPY is in (line {}): a stage cannot copy from itself while it is being built",
                           *flag->value, stage.from->start_line),
               earlier.empty() ? std::string("copy from an earlier stage (define one above with `FROM … AS <name>`), or use the path inside this stage directly")
                               : fmt::format("copy from the earlier stage that built the files (`{}`), or use the path inside this stage directly", fmt::join(earlier, "`, `")));
}

}  // namespace dflint::rules::DL3023
