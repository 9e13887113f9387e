//! code: StageNameCasing
//! name: stage-name-casing
//! severity: warning
//! category: style
//! instructions: FROM
//! summary: Stage names should be lowercase
//! url: https://docs.docker.com/go/dockerfile/rule/stage-name-casing/
//! fixable: no
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
    ctx.report(name.range, fmt::format("Stage name '{}' should be lowercase", name.text),
               fmt::format("write `AS {0}` and refer to it as `{0}` (`FROM {0}`, `COPY --from={0}`): BuildKit lower-cases stage names anyway",
                           lower(name.text)));
}

}  // namespace dflint::rules::StageNameCasing
