//! code: FromPlatformFlagConstDisallowed
//! name: from-platform-flag-const-disallowed
//! severity: warning
//! category: portability
//! instructions: FROM
//! summary: FROM --platform flag should not use a constant value
//! url: https://docs.docker.com/go/dockerfile/rule/from-platform-flag-const-disallowed/
//! fixable: no
//!
//! ## What it does
//! Flags `FROM --platform=<os/arch>` with a fixed value, unless the stage's
//! name contains that OS or architecture (`AS build-amd64`), which marks the
//! stage as deliberately platform-specific (BuildKit build check
//! `FromPlatformFlagConstDisallowed`).
//!
//! ## Why is this bad?
//! A fixed platform pins the stage to one architecture whatever you build
//! for: `docker build --platform linux/arm64` still produces an amd64 stage,
//! which then runs under emulation or ends up in an image for the wrong CPU.
//! Use `$BUILDPLATFORM` for stages that only prepare files (compilers, code
//! generators) and leave the flag out for stages that end up in the image.
//!
//! ## Example
//! ```dockerfile
//! FROM --platform=linux/amd64 golang:1.22 AS build
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM --platform=$BUILDPLATFORM golang:1.22 AS build
//! ARG TARGETOS TARGETARCH
//! RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
//! ```
//!
//! ## References
//! - [BuildKit check FromPlatformFlagConstDisallowed](https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/)
//! - [Multi-platform builds: cross-compilation](https://docs.docker.com/build/building/multi-platform/#cross-compilation)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::FromPlatformFlagConstDisallowed {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Flag* p = info.ins->flag("platform");
    if (!p || !p->value) return;
    shell::LexOptions o;
    o.escape = ctx.doc().escape;
    const auto r = shell::process_word(*p->value, ctx.model().lookup(ctx.model().global_env()), o);
    if (!r.ok || !r.matched.empty() || !r.unmatched.empty()) return;  // uses variables
    const auto platform = bk::parse_platform(r.word);
    if (!platform) return;  // BuildKit fails on it later
    const Stage* stage = ctx.model().stage_of(info);
    const std::string name = stage ? stage->name : std::string();
    if (name.find(platform->os) != std::string::npos || name.find(platform->arch) != std::string::npos) return;
    ctx.report(p->value_range, fmt::format("FROM --platform flag should not use constant value \"{}\"", r.word),
               fmt::format("use `--platform=$BUILDPLATFORM` for a stage that only prepares files, or drop the flag; if the stage really is "
                           "specific to {}, say so in its name (e.g. `AS build-{}`)",
                           r.word, platform->arch));
}

}  // namespace dflint::rules::FromPlatformFlagConstDisallowed
