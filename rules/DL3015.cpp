//! code: DL3015
//! name: apt-get-install-recommends
//! severity: info
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: Use `apt-get install --no-install-recommends` to install only what you ask for
//! url: https://github.com/hadolint/hadolint/wiki/DL3015
//! fixable: yes
//!
//! ## What it does
//! Flags an `apt-get install` without `--no-install-recommends` (or the
//! equivalent `-o APT::Install-Recommends=false`).
//!
//! ## Why is this bad?
//! By default apt also installs every package the ones you named
//! "recommend": documentation tools, optional plugins, X11 libraries and
//! the like. They are not needed for the package to work, yet they often
//! double the size of the layer, slow the build down and add software (and
//! vulnerabilities) you never asked for. `--no-install-recommends` installs
//! the packages and their real dependencies only; if something turns out to
//! be missing, name it explicitly.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12
//! RUN apt-get update && apt-get install -y python3=3.11.2-1+b1 && rm -rf /var/lib/apt/lists/*
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12
//! RUN apt-get update && apt-get install -y --no-install-recommends python3=3.11.2-1+b1 && rm -rf /var/lib/apt/lists/*
//! ```
//!
//! ## References
//! - [apt-get(8): --no-install-recommends](https://manpages.debian.org/bookworm/apt/apt-get.8.en.html)
//! - [Dockerfile best practices: apt-get](https://docs.docker.com/build/building/best-practices/#apt-get)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3015 {

bool skips_recommends(const shell::Command& c) {
    for (const auto& a : c.args) {
        const std::string_view t = a.text;
        if (t == "--") break;
        if (t == "--no-install-recommends" || pkg::starts_with(t, "--no-install-recommends=")) return true;
        if (t == "--install-recommends=false" || t == "--install-recommends=no" || t == "--install-recommends=0") return true;
    }
    return pkg::apt_config_set(c, "APT::Install-Recommends", false);
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("apt-get")) continue;
        const auto* verb = pkg::find_verb(c, {"install"});
        if (!verb || skips_recommends(c)) continue;
        auto& d = ctx.report(pkg::range(info, *verb),
                             "`apt-get install` without `--no-install-recommends` also installs every recommended package, which you did not ask for and the image does not need",
                             fmt::format("install only what you name: `{} install --no-install-recommends …` (add a recommended package by name if you do need it)", c.name->raw));
        pkg::add_insert_fix(d, ctx, info, *verb, " --no-install-recommends", "add `--no-install-recommends`", FixSafety::unsafe);
    }
}

}  // namespace dflint::rules::DL3015
