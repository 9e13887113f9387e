//! code: DuplicateStageName
//! name: duplicate-stage-name
//! severity: warning
//! category: correctness
//! summary: Stage names should be unique
//! url: https://docs.docker.com/go/dockerfile/rule/duplicate-stage-name/
//! fixable: no
//!
//! ## What it does
//! Flags a `FROM … AS <name>` whose name (compared case-insensitively, as
//! BuildKit does) was already given to an earlier stage (BuildKit build check
//! `DuplicateStageName`). The later stage is reported.
//!
//! ## Why is this bad?
//! `FROM <name>`, `COPY --from=<name>` and `--target <name>` can refer to
//! only one stage. With two stages of the same name it is unclear which one
//! a reference means, and a later edit can silently change what gets copied.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20 AS build
//! RUN npm ci
//! FROM node:20 AS build
//! RUN npm run build
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20 AS deps
//! RUN npm ci
//! FROM deps AS build
//! RUN npm run build
//! ```
//!
//! ## References
//! - [BuildKit check DuplicateStageName](https://docs.docker.com/reference/build-checks/duplicate-stage-name/)
//! - [Multi-stage builds: name your build stages](https://docs.docker.com/build/building/multi-stage/#name-your-build-stages)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::DuplicateStageName {

void on_stage(const Stage& stage, RuleContext& ctx) {
    if (stage.name.empty() || !stage.name_token) return;
    for (const auto& earlier : ctx.model().stages()) {
        if (earlier.index >= stage.index) break;
        if (earlier.name != stage.name) continue;
        ctx.report(stage.name_token->range, fmt::format("Duplicate stage name \"{}\", stage names should be unique", stage.name),
                   fmt::format("the stage on line {} is already named `{}`; give this stage another name (and update the `FROM`/`COPY --from` that mean it)",
                               earlier.from->start_line, stage.name));
        return;
    }
}

}  // namespace dflint::rules::DuplicateStageName
