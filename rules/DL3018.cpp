//! code: DL3018
//! name: unpinned-apk-package
//! severity: warning
//! category: pinning
//! instructions: RUN, ONBUILD
//! summary: Pin the versions of the packages `apk add` installs
//! url: https://github.com/hadolint/hadolint/wiki/DL3018
//! fixable: no
//!
//! ## What it does
//! Flags each package of an `apk add` that has no version constraint
//! (`curl` instead of `curl=8.5.0-r0`, `curl~8.5` or `"curl>=8.5"`). Local
//! `.apk` files count as pinned, the name given to `--virtual`/`-t` is not a
//! package, and a variable holding the package list is looked up in the
//! script's own assignments and the Dockerfile's `ARG`/`ENV` values.
//!
//! ## Why is this bad?
//! Without a version, `apk add curl` installs whatever the Alpine mirror
//! offers on the day of the build, so two builds of the same Dockerfile can
//! differ, and an update of a package can break the build or the
//! application without any change of yours. A pin (`=` exact, `~` a release
//! line) makes every upgrade an explicit, reviewable change.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.19
//! RUN apk add --no-cache curl
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.19
//! RUN apk add --no-cache curl=8.5.0-r0
//! ```
//!
//! ## References
//! - [Alpine wiki: apk, holding a specific version](https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Holding_a_specific_package_back)
//! - [apk-add(8)](https://gitlab.alpinelinux.org/alpine/apk-tools/-/blob/master/doc/apk-add.8.scd)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3018 {

bool pinned(std::string_view p) { return p.find_first_of("=<>~") != std::string_view::npos || pkg::ends_with(p, ".apk"); }

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("apk")) continue;
        const auto* verb = pkg::find_verb(c, {"add"});
        if (!verb) continue;
        const auto operands = pkg::operands_after(c, verb, {"-t", "--virtual", "-X", "--repository", "-p", "--root", "--keys-dir", "--repositories-file",
                                                            "--cache-dir", "--arch", "--cache-max-age", "--timeout"});
        for (const auto& u : pkg::unpinned(ctx.model(), info, operands, pinned)) {
            const std::string& first = u.packages.front();
            ctx.report(pkg::range(info, *u.word),
                       fmt::format("{} {} installed without a version: every build takes whatever version the Alpine mirror has that day", pkg::describe(u), pkg::is_are(u)),
                       fmt::format("pin the version: `{}=<version>` (exact) or `{}~<version>` (that release line); `apk policy {}` lists the versions",
                                   first, first, first));
        }
    }
}

}  // namespace dflint::rules::DL3018
