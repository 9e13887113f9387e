//! code: DL3063
//! name: reserved-stage-alias
//! severity: warning
//! category: correctness
//! summary: Do not name a stage `scratch` or `context`
//! url: https://github.com/hadolint/hadolint/wiki/DL3063
//!
//! ## What it does
//! Flags `FROM … AS scratch` and `FROM … AS context` (in any letter case).
//!
//! ## Why is this bad?
//! Both names already mean something to Docker: `scratch` is the empty base
//! image and `context` is the name of the build context in
//! `COPY --from=context` / `RUN --mount=from=context`. A stage with one of
//! these names is confusing at best; `FROM scratch` after it no longer means
//! what every reader expects.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20 AS scratch
//! RUN echo hello > /hello
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20 AS build
//! RUN echo hello > /hello
//! ```
//!
//! ## References
//! - [Multi-stage builds: name your build stages](https://docs.docker.com/build/building/multi-stage/#name-your-build-stages)
//! - [BuildKit check ReservedStageName](https://docs.docker.com/reference/build-checks/reserved-stage-name/)

#include "rules/rule.hpp"

namespace dflint::rules::DL3063 {

void on_stage(const Stage& stage, RuleContext& ctx) {
    if (!stage.name_token || (stage.name != "scratch" && stage.name != "context")) return;
    const bool scratch = stage.name == "scratch";
    ctx.report(stage.name_token->range,
               fmt::format("`{}` is a reserved name: {}", stage.name_token->text,
                           scratch ? "`scratch` means Docker's empty base image" : "`context` means the build context in `--from=context`"),
               "give the stage a name that says what it does, e.g. `AS build`");
}

}  // namespace dflint::rules::DL3063
