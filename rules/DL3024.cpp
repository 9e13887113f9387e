//! code: DL3024
//! name: duplicate-stage-alias
//! severity: error
//! category: correctness
//! summary: Stage names (FROM … AS name) must be unique
//! url: https://github.com/hadolint/hadolint/wiki/DL3024
//!
//! ## What it does
//! Flags a `FROM … AS <name>` whose name was already given to an earlier
//! stage. Names are compared case-insensitively, as Docker does.
//!
//! ## Why is this bad?
//! `COPY --from=<name>`, `FROM <name>` and `--target <name>` pick a stage by
//! its name; with two stages of the same name it is unclear which one is
//! meant, and BuildKit refuses to build the file. Usually a stage was copied
//! and its name not changed.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20 AS build
//! RUN npm ci && npm run build
//!
//! FROM nginx:1.27 AS build
//! COPY --from=build /app/dist /usr/share/nginx/html
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20 AS build
//! RUN npm ci && npm run build
//!
//! FROM nginx:1.27 AS runtime
//! COPY --from=build /app/dist /usr/share/nginx/html
//! ```
//!
//! ## References
//! - [Multi-stage builds: name your build stages](https://docs.docker.com/build/building/multi-stage/#name-your-build-stages)
//! - [BuildKit check DuplicateStageName](https://docs.docker.com/reference/build-checks/duplicate-stage-name/)

#include "rules/rule.hpp"

namespace dflint::rules::DL3024 {

void on_stage(const Stage& stage, RuleContext& ctx) {
    if (stage.name.empty() || !stage.name_token) return;
    for (const auto& earlier : ctx.model().stages()) {
        if (earlier.index >= stage.index) break;
        if (earlier.name != stage.name) continue;
        ctx.report(stage.name_token->range,
                   fmt::format("the stage name `{}` is already used by the stage on line {}: `--from={}` and `FROM {}` cannot tell the two apart",
                               stage.name_token->text, earlier.from->start_line, stage.name, stage.name),
                   "rename one of the two stages after what it does (`AS test`, `AS runtime`; letter case does not count) and update the `COPY --from`/`FROM` lines that mean it");
        return;
    }
}

}  // namespace dflint::rules::DL3024
