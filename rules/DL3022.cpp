//! code: DL3022
//! name: copy-from-unknown-stage
//! severity: warning
//! category: correctness
//! instructions: COPY
//! summary: COPY --from should name an earlier stage (or a full image reference)
//! url: https://github.com/hadolint/hadolint/wiki/DL3022
//!
//! ## What it does
//! Flags `COPY --from=<name>` when `<name>` is neither the name (`AS name`)
//! nor the number of a stage defined above, and does not look like an image
//! reference (it has no tag `:`, digest `@` or registry path `/`). A value
//! given through an `ARG` is judged by its value; one that cannot be resolved
//! is not reported.
//!
//! ## Why is this bad?
//! When `--from` names no earlier stage, Docker takes it as an image name and
//! tries to pull it from Docker Hub. A typo in a stage name (`--from=biuld`),
//! or a stage that is only defined further down, therefore does not fail
//! with a clear message: the build either pulls an unrelated public image or
//! stops with a confusing "pull access denied". Stages can only be used after
//! they are defined.
//!
//! ## Example
//! ```dockerfile
//! FROM golang:1.22 AS build
//! RUN go build -o /out/app .
//!
//! FROM debian:12-slim
//! COPY --from=builder /out/app /usr/local/bin/app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM golang:1.22 AS build
//! RUN go build -o /out/app .
//!
//! FROM debian:12-slim
//! COPY --from=build /out/app /usr/local/bin/app
//! ```
//!
//! ## References
//! - [Multi-stage builds: name your build stages](https://docs.docker.com/build/building/multi-stage/#name-your-build-stages)
//! - [Dockerfile reference: COPY --from](https://docs.docker.com/reference/dockerfile/#copy---from)

#include <fmt/ranges.h>

#include "rules/rule.hpp"

namespace dflint::rules::DL3022 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Flag* flag = info.ins->flag("from");
    if (!flag || !flag->value || flag->value->empty()) return;
    std::string name = *flag->value;
    if (name.find('$') != std::string::npos) {
        auto r = ctx.model().expand(name, info);
        if (!r.ok || !r.unmatched.empty() || r.word.empty()) return;
        name = r.word;
    }
    const auto& model = ctx.model();
    if (model.find_stage(name, info.stage + 1) >= 0) return;             // an earlier stage (or this one: DL3023)
    if (name.find_first_of(":/@") != std::string::npos) return;            // an image reference
    const bool numeric = std::all_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; });
    std::vector<std::string> names;
    for (const auto& s : model.stages())
        if (static_cast<int>(s.index) <= info.stage && !s.name.empty()) names.push_back("`" + s.name + "`");
    std::string known = names.empty() ? std::string("no stage above has a name") : fmt::format("named stages above: {}", fmt::join(names, ", "));
    const int later = model.find_stage(name);
    std::string message;
    if (numeric) {
        message = fmt::format("`--from={}` refers to stage number {}, but only {} stage(s) are defined before this line (stages count from 0)",
                              *flag->value, name, info.stage + 1);
    } else if (later >= 0) {
        message = fmt::format("stage `{}` is only defined later, on line {}: a stage can only be copied from after it is defined",
                              name, model.stages()[static_cast<std::size_t>(later)].from->start_line);
    } else {
        message = fmt::format("no stage named `{}` is defined above, so Docker will try to pull an image called `{}` from Docker Hub", name, name);
    }
    std::string help;
    if (numeric)
        help = info.stage < 0 ? std::string("define the stage first (`FROM … AS build`) and copy from it by name: `--from=build`")
                              : fmt::format("use the number of an earlier stage (0 to {}) or, clearer, its name ({})", info.stage, known);
    else if (later >= 0)
        help = fmt::format("move the stage `{}` above this one, or copy from a stage defined earlier", name);
    else
        help = fmt::format("name an earlier stage ({}), or a full image reference with a tag such as `--from={}:<tag>`", known, name);
    ctx.report(flag->value_range, message, help);
}

}  // namespace dflint::rules::DL3022
