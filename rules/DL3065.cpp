//! code: DL3065
//! name: redundant-platform-flag
//! severity: warning
//! category: style
//! instructions: FROM
//! summary: FROM --platform=$TARGETPLATFORM is redundant
//! url: https://github.com/hadolint/hadolint/wiki/DL3065
//!
//! ## What it does
//! Flags `FROM --platform=$TARGETPLATFORM` (or `${TARGETPLATFORM}`).
//!
//! ## Why is this bad?
//! Every stage is built for the target platform unless told otherwise, so
//! the flag changes nothing. It is noise that makes the reader wonder what
//! it is for, and it is easily confused with `--platform=$BUILDPLATFORM`,
//! which does change something (it runs the stage on the machine doing the
//! build).
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
//! - [Multi-platform builds](https://docs.docker.com/build/building/multi-platform/)
//! - [BuildKit check RedundantTargetPlatform](https://docs.docker.com/reference/build-checks/redundant-target-platform/)

#include "rules/rule.hpp"

namespace dflint::rules::DL3065 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Flag* flag = info.ins->flag("platform");
    if (!flag || !flag->value) return;
    const std::string& value = *flag->value;
    if (value != "$TARGETPLATFORM" && value != "${TARGETPLATFORM}") return;
    ctx.report(flag->range, fmt::format("`--platform={}` is redundant: stages are built for the target platform by default", value),
               fmt::format("remove `--platform={}` from this FROM", value));
}

}  // namespace dflint::rules::DL3065
