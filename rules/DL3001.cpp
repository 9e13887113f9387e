//! code: DL3001
//! name: pointless-command-in-run
//! severity: info
//! category: correctness
//! instructions: RUN, ONBUILD
//! summary: Commands such as ssh, vim, ps, top, service or shutdown make no sense in a RUN
//! url: https://github.com/hadolint/hadolint/wiki/DL3001
//!
//! ## What it does
//! Flags a `RUN` that calls one of `free`, `kill`, `mount`, `ps`, `service`,
//! `shutdown`, `ssh`, `top` or `vim`: interactive tools, or commands that act
//! on running processes and machines.
//!
//! ## Why is this bad?
//! A `RUN` executes once, at build time, in a throw-away container with no
//! terminal and no running services. `vim` and `top` wait for a user who is
//! not there, `service nginx start` starts a process that is gone when the
//! step ends (the image keeps files, never processes), `ps`, `free` and `kill`
//! look at the build container rather than the one you will run, and `ssh`
//! pulls another machine's state into a build that should be reproducible.
//! Such a step is either useless or a sign that the work belongs in the
//! container's start command (`CMD`/`ENTRYPOINT`).
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12-slim
//! RUN apt-get update && apt-get install -y --no-install-recommends nginx
//! RUN service nginx start
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12-slim
//! RUN apt-get update && apt-get install -y --no-install-recommends nginx
//! CMD ["nginx", "-g", "daemon off;"]
//! ```
//!
//! ## References
//! - [Dockerfile reference: RUN](https://docs.docker.com/reference/dockerfile/#run)
//! - [Dockerfile reference: CMD](https://docs.docker.com/reference/dockerfile/#cmd)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3001 {

using namespace lang;

std::string_view why(std::string_view n) {
    if (n == "vim" || n == "top") return "it is interactive and waits for a terminal that a build does not have";
    if (n == "service" || n == "shutdown") return "services and the machine only exist while the build step runs (an image keeps files, not processes)";
    if (n == "ssh") return "it makes the build depend on another machine's state";
    return "it looks at the build container, not at the container you will run";
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.name) continue;
        const auto n = c.basename();
        if (!one_of(n, {"free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"})) continue;
        ctx.report(word_range(info, *c.name), fmt::format("`{}` makes no sense in a RUN: {}", n, why(n)),
                   n == "service" ? "start the service from the container's CMD or ENTRYPOINT instead of a RUN"
                                  : fmt::format("remove `{}` from the RUN; work that must happen when the container starts belongs in CMD or ENTRYPOINT", n));
    }
}

}  // namespace dflint::rules::DL3001
