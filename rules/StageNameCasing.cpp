//! code: StageNameCasing
//! name: stage-name-casing
//! severity: warning
//! category: style
//! instructions: FROM
//! summary: Stage names should be lowercase
//! url: https://docs.docker.com/go/dockerfile/rule/stage-name-casing/
//! fixable: yes
//!
//! ## What it does
//! Flags a `FROM … AS <name>` whose stage name contains upper-case letters
//! (BuildKit build check `StageNameCasing`).
//!
//! ## Why is this bad?
//! BuildKit lower-cases stage names: `AS Builder` defines the stage
//! `builder`, so the name you read is not the name BuildKit uses, and a
//! reference in another spelling only works where BuildKit happens to compare
//! names case-insensitively. Writing stage names in lower case everywhere
//! avoids the surprise.
//!
//! ## Example
//! ```dockerfile
//! FROM golang:1.22 AS Builder
//! RUN go build -o /app .
//! FROM alpine:3.20
//! COPY --from=Builder /app /app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM golang:1.22 AS builder
//! RUN go build -o /app .
//! FROM alpine:3.20
//! COPY --from=builder /app /app
//! ```
//!
//! ## References
//! - [BuildKit check StageNameCasing](https://docs.docker.com/reference/build-checks/stage-name-casing/)
//! - [Dockerfile reference: FROM](https://docs.docker.com/reference/dockerfile/#from)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::StageNameCasing {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& from = *info.ins;
    // BuildKit looks at any three-word FROM, before it validates `AS`.
    if (from.args.size() != 3) return;
    const Token& name = from.args[2];
    if (bk::is_lower(name.text)) return;
    auto& d = ctx.report(name.range, fmt::format("Stage name '{}' should be lowercase", name.text),
               fmt::format("write `AS {0}` and refer to it as `{0}` (`FROM {0}`, `COPY --from={0}`): BuildKit lower-cases stage names anyway",
                           lower(name.text)));
    // Fix: lower-case the name and every reference to the stage written as
    // it is (FROM <stage>, COPY --from=, RUN --mount from=).
    if (ctx.text(name.range) != name.text) return;
    const std::string want = lower(name.text);
    int self = -1;
    for (const auto& s : ctx.model().stages())
        if (s.from == &from) self = static_cast<int>(s.index);
    Fix fix{fmt::format("rename the stage to `{}`", want), FixSafety::safe, {Edit{name.range, want}}};
    for (const auto& s : ctx.model().stages())
        for (const auto& ref : s.refs) {
            if (self < 0 || ref.stage != self || ref.range.empty()) continue;
            const std::string_view t = ctx.text(ref.range);
            if (ref.kind == StageRefKind::mount_from) {
                // The range is the whole --mount value: find `from=<name>` in it.
                std::size_t i = 0;
                while (i < t.size()) {
                    const auto j = std::min(t.find(',', i), t.size());
                    const std::string_view part = t.substr(i, j - i);
                    if (part.size() == 5 + want.size() && iequals(part.substr(0, 5), "from=") && iequals(part.substr(5), want) &&
                        part.substr(5) != want) {
                        const auto b = static_cast<std::uint32_t>(ref.range.begin + i + 5);
                        fix.edits.push_back(Edit{Range{b, static_cast<std::uint32_t>(b + want.size())}, want});
                    }
                    i = j + 1;
                }
                continue;
            }
            if (!iequals(t, want) || t == want) continue;
            fix.edits.push_back(Edit{ref.range, want});
        }
    d.fixes.push_back(std::move(fix));
}

}  // namespace dflint::rules::StageNameCasing
