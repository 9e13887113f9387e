//! code: DL3004
//! name: sudo-in-run
//! severity: error
//! category: security
//! instructions: RUN, ONBUILD
//! summary: Do not use sudo in RUN: switch users with USER instead
//! url: https://github.com/hadolint/hadolint/wiki/DL3004
//!
//! ## What it does
//! Flags every `sudo` command in a `RUN`.
//!
//! ## Why is this bad?
//! `sudo` is made for interactive logins: it needs a TTY or a password
//! policy, behaves differently between images, and its presence in an image
//! means any process of the container can become root. Build steps already
//! run as the user set by `USER` (root by default): switch to root with
//! `USER root` for the steps that need it, then back to an unprivileged user.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12-slim
//! USER app
//! RUN sudo apt-get update
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12-slim
//! RUN apt-get update
//! USER app
//! ```
//!
//! ## References
//! - [Dockerfile reference: USER](https://docs.docker.com/reference/dockerfile/#user)
//! - [Best practices: USER](https://docs.docker.com/build/building/best-practices/#user)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3004 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("sudo")) continue;
        ctx.report(word_range(info, *c.name), "`sudo` in a RUN: build steps already run as the USER of the stage, and sudo needs a terminal or password setup",
                   "drop `sudo`; put `USER root` before the steps that need root and switch back to the unprivileged user after them");
    }
}

}  // namespace dflint::rules::DL3004
