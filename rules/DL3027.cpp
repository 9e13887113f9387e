//! code: DL3027
//! name: apt-in-script
//! severity: warning
//! category: correctness
//! instructions: RUN, ONBUILD
//! summary: Use `apt-get` or `apt-cache` in scripts, not `apt`
//! url: https://github.com/hadolint/hadolint/wiki/DL3027
//! fixable: no
//!
//! ## What it does
//! Flags every use of the `apt` command in a `RUN`.
//!
//! ## Why is this bad?
//! `apt` is the front end for people at a terminal: its output (progress
//! bars, colours, columns) and behaviour may change from one release to the
//! next, and it warns "apt does not have a stable CLI interface. Use with
//! caution in scripts." `apt-get` and `apt-cache` do the same jobs with an
//! interface that is kept stable for scripts such as a Dockerfile.
//!
//! ## Example
//! ```dockerfile
//! FROM ubuntu:24.04
//! RUN apt update && apt install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM ubuntu:24.04
//! RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
//! ```
//!
//! ## References
//! - [apt(8): script usage](https://manpages.debian.org/bookworm/apt/apt.8.en.html#SCRIPT_USAGE_AND_DIFFERENCES_FROM_OTHER_APT_TOOLS)
//! - [Dockerfile best practices: apt-get](https://docs.docker.com/build/building/best-practices/#apt-get)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3027 {

std::string replacement(const std::optional<std::string>& sub) {
    if (!sub) return "use `apt-get` (or `apt-cache` for queries) instead";
    if (pkg::one_of(*sub, {"search", "show", "showsrc", "depends", "rdepends", "policy"})) return fmt::format("use `apt-cache {}` instead", *sub);
    if (*sub == "list") return "use `dpkg-query --list` for installed packages, or `apt-cache policy <package>` for available versions";
    if (*sub == "full-upgrade") return "use `apt-get dist-upgrade` instead";
    return fmt::format("use `apt-get {}` instead", *sub);
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("apt")) continue;
        ctx.report(pkg::range(info, *c.name),
                   fmt::format("`{}` uses `apt`, the interactive front end: its command-line interface is not stable for scripts", pkg::command_text(c, 40)),
                   replacement(c.subcommand()));
    }
}

}  // namespace dflint::rules::DL3027
