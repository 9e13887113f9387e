//! code: ReservedStageName
//! name: reserved-stage-name
//! severity: warning
//! category: correctness
//! summary: Reserved words should not be used as stage names
//! url: https://docs.docker.com/go/dockerfile/rule/reserved-stage-name/
//! fixable: no
//!
//! ## What it does
//! Flags a stage named `scratch` or `context` (in any case; BuildKit build
//! check `ReservedStageName`).
//!
//! ## Why is this bad?
//! Both names already mean something: `scratch` is the empty image and
//! `context` is the build context. `FROM scratch` after a stage called
//! `scratch` is ambiguous, and named build contexts (`--build-context`)
//! cannot be used with these names.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20 AS scratch
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20 AS base
//! ```
//!
//! ## References
//! - [BuildKit check ReservedStageName](https://docs.docker.com/reference/build-checks/reserved-stage-name/)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::ReservedStageName {

void on_stage(const Stage& stage, RuleContext& ctx) {
    if (!stage.name_token || (stage.name != "scratch" && stage.name != "context")) return;
    const std::string what = stage.name == "scratch" ? "the empty base image" : "the build context";
    ctx.report(stage.name_token->range, fmt::format("Stage name should not use the same name as reserved stage \"{}\"", stage.name),
               fmt::format("rename the stage: `{}` already means {}", stage.name, what));
}

}  // namespace dflint::rules::ReservedStageName
