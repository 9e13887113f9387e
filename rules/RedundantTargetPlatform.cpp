//! code: RedundantTargetPlatform
//! name: redundant-target-platform
//! severity: warning
//! category: style
//! instructions: FROM
//! summary: Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior
//! url: https://docs.docker.com/go/dockerfile/rule/redundant-target-platform/
//! fixable: no
//!
//! ## What it does
//! Flags `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`): a
//! platform value that only expands the target platform (BuildKit build check
//! `RedundantTargetPlatform`).
//!
//! ## Why is this bad?
//! BuildKit already pulls every base image for the target platform. The flag
//! changes nothing and suggests to the reader that something special happens.
//! `--platform` is useful with `$BUILDPLATFORM`, to run a build stage natively
//! while cross-compiling.
//!
//! ## Example
//! ```dockerfile
//! FROM --platform=$TARGETPLATFORM alpine:3.20
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! ```
//!
//! ## References
//! - [BuildKit check RedundantTargetPlatform](https://docs.docker.com/reference/build-checks/redundant-target-platform/)
//! - [Multi-platform builds: cross-compilation](https://docs.docker.com/build/building/multi-platform/#cross-compilation)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::RedundantTargetPlatform {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Flag* p = info.ins->flag("platform");
    if (!p || !p->value || p->value->find('$') == std::string::npos) return;
    const auto& global = ctx.model().global_env();
    shell::LexOptions o;
    o.escape = ctx.doc().escape;
    const auto r = shell::process_word(*p->value, ctx.model().lookup(global), o);
    if (!r.ok || r.matched.size() != 1 || !r.unmatched.empty() || r.matched[0] != "TARGETPLATFORM") return;
    if (r.word != global->value("TARGETPLATFORM").value_or("")) return;
    ctx.report(p->range, fmt::format("Setting platform to predefined {} in FROM is redundant as this is the default behavior", *p->value),
               fmt::format("remove `{}`: base images are pulled for the target platform anyway", p->word));
}

}  // namespace dflint::rules::RedundantTargetPlatform
