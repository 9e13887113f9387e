//! code: DF003
//! name: volatile-arg-declared-early
//! severity: warning
//! category: cache
//! instructions: ARG
//! summary: A build arg that changes on every build is declared before RUN steps that do not use it
//! url: https://docs.docker.com/build/cache/invalidation/#build-arguments
//!
//! ## What it does
//! Flags an `ARG` whose value changes on every build — a build date, a commit
//! id, a CI build number (`BUILD_DATE`, `GIT_SHA`, `VCS_REF`, `BUILD_NUMBER`, …)
//! — declared in a stage before a `RUN` that does not use it.
//!
//! ## Why is this bad?
//! Every `RUN` after an `ARG` sees the arg in its environment, used or not, so
//! a new value makes the first `RUN` after the `ARG` miss the cache, and every
//! step after it rebuilds: with `ARG BUILD_DATE` at the top of a stage, nothing
//! below it is ever cached. Declare such args right before the step that
//! needs them, usually a `LABEL` at the end of the stage.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! ARG GIT_SHA
//! WORKDIR /app
//! COPY package.json ./
//! RUN npm install
//! COPY . .
//! LABEL org.opencontainers.image.revision=$GIT_SHA
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! WORKDIR /app
//! COPY package.json ./
//! RUN npm install
//! COPY . .
//! ARG GIT_SHA
//! LABEL org.opencontainers.image.revision=$GIT_SHA
//! ```
//!
//! ## References
//! - [Build cache invalidation: build arguments](https://docs.docker.com/build/cache/invalidation/#build-arguments)

#include "rules/rule.hpp"

namespace dflint::rules::DF003 {

bool volatile_name(std::string_view name) {
    const std::string n = lower(name);
    static constexpr std::string_view exact[] = {"build_date", "builddate", "build_time", "build_timestamp", "timestamp", "date", "git_sha",
                                                 "git_commit", "git_hash", "git_rev", "git_revision", "commit", "commit_sha", "commit_hash",
                                                 "source_commit", "vcs_ref", "revision", "build_number", "build_id", "ci_commit_sha",
                                                 "ci_pipeline_id", "github_sha", "github_run_id", "github_run_number", "cachebust", "cache_bust"};
    for (auto e : exact)
        if (n == e) return true;
    return false;
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    if (info.stage < 0) return;  // global ARGs only feed FROM lines
    const Stage& stage = ctx.model().stages()[static_cast<std::size_t>(info.stage)];
    for (const auto& kv : info.ins->pairs) {
        if (!volatile_name(kv.key.text)) continue;
        // The first RUN after the ARG: does it use the variable?
        for (auto idx : stage.instructions) {
            const auto& later = ctx.model().infos()[idx];
            if (later.index <= info.index || later.ins->kind != InstructionKind::run) continue;
            const auto& text = later.script_text;
            const std::string name = kv.key.text;
            const bool uses = text.find("$" + name) != std::string::npos || text.find("${" + name) != std::string::npos;
            if (!uses)
                ctx.report(kv.key.range,
                           fmt::format("`{}` changes on every build, and the `RUN` on line {} sees it without using it: that step and everything after it miss the cache each time",
                                       name, later.ins->start_line),
                           fmt::format("declare `ARG {}` just before the instruction that uses it (usually a LABEL at the end of the stage)", name));
            break;
        }
    }
}

}  // namespace dflint::rules::DF003
