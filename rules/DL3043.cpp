//! code: DL3043
//! name: forbidden-onbuild-trigger
//! severity: error
//! category: syntax
//! instructions: ONBUILD
//! summary: ONBUILD cannot trigger ONBUILD, FROM or MAINTAINER
//! url: https://github.com/hadolint/hadolint/wiki/DL3043
//!
//! ## What it does
//! Flags `ONBUILD ONBUILD …`, `ONBUILD FROM …` and `ONBUILD MAINTAINER …`.
//!
//! ## Why is this bad?
//! `ONBUILD` stores an instruction that runs later, at the start of a build
//! that uses this image as its base. Docker does not allow three of them as
//! triggers: chaining `ONBUILD` (a trigger for the grand-child image),
//! `FROM` (a trigger cannot start a new stage) and the deprecated
//! `MAINTAINER`. The build stops with an error.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! ONBUILD FROM node:20-slim
//! ONBUILD ONBUILD RUN npm ci
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! ONBUILD RUN npm ci
//! ```
//!
//! ## References
//! - [Dockerfile reference: ONBUILD](https://docs.docker.com/reference/dockerfile/#onbuild)

#include "rules/rule.hpp"

namespace dflint::rules::DL3043 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    if (ins.trigger.empty()) return;
    const Instruction& trigger = ins.trigger.front();
    switch (trigger.kind) {
        case InstructionKind::onbuild:
            ctx.report(trigger.keyword.range, "`ONBUILD ONBUILD` is not allowed: a trigger cannot register another trigger",
                       "remove the second `ONBUILD`, so the instruction runs in images built FROM this one: `ONBUILD " +
                           (trigger.rest.text.empty() ? std::string("<instruction>") : trigger.rest.text) + "`");
            return;
        case InstructionKind::from:
            ctx.report(trigger.keyword.range, "`ONBUILD FROM` is not allowed: a trigger runs inside the child's stage and cannot start a new one",
                       "remove this line; the child Dockerfile chooses its own base image with its own FROM");
            return;
        case InstructionKind::maintainer:
            ctx.report(trigger.keyword.range, "`ONBUILD MAINTAINER` is not allowed (and MAINTAINER itself is deprecated)",
                       "remove this line, or record the author for this image with `LABEL org.opencontainers.image.authors=\"…\"`");
            return;
        default:
            return;
    }
}

}  // namespace dflint::rules::DL3043
