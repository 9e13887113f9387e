//! code: DL3037
//! name: unpinned-zypper-package
//! severity: warning
//! category: pinning
//! instructions: RUN, ONBUILD
//! summary: Pin the versions of the packages `zypper install` installs
//! url: https://github.com/hadolint/hadolint/wiki/DL3037
//! fixable: no
//!
//! ## What it does
//! Flags each package of a `zypper install` (`in`) without a version
//! constraint (`httpd` instead of `httpd=2.4.58`, `'httpd>=2.4'`). `.rpm`
//! files, paths and URLs are not checked, nor are installs of patterns,
//! patches or products (`-t pattern`, `pattern:name`).
//!
//! ## Why is this bad?
//! Without a version, zypper installs whatever the repository offers on the
//! day of the build, so two builds of the same Dockerfile can differ, and a
//! new release of a package can break the build or the application without
//! any change of yours. A pin makes every upgrade a visible, reviewable
//! change.
//!
//! ## Example
//! ```dockerfile
//! FROM opensuse/leap:15.6
//! RUN zypper -n install httpd && zypper clean
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM opensuse/leap:15.6
//! RUN zypper -n install httpd=2.4.58 && zypper clean
//! ```
//!
//! ## References
//! - [zypper(8): install, package selection](https://en.opensuse.org/SDB:Zypper_manual_(plain))

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3037 {

bool pinned(std::string_view p) {
    return p.find_first_of("=<>") != std::string_view::npos || pkg::ends_with(p, ".rpm") || p.find('/') != std::string_view::npos ||
           p.find(':') != std::string_view::npos;
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("zypper")) continue;
        const auto* verb = pkg::find_verb(c, {"install", "in"});
        if (!verb) continue;
        if (const auto type = pkg::option_value(c, {"-t", "--type"}); type && *type != "package") continue;
        const auto operands = pkg::operands_after(c, verb, {"-t", "--type", "-r", "--repo", "--from", "--download"});
        for (const auto& u : pkg::unpinned(ctx.model(), info, operands, pinned)) {
            const std::string& first = u.packages.front();
            ctx.report(pkg::range(info, *u.word),
                       fmt::format("{} {} installed without a version: every build takes whatever version the repository has that day", pkg::describe(u), pkg::is_are(u)),
                       fmt::format("pin the version: `{}=<version>` (`zypper search -s {}` lists the available versions)", first, first));
        }
    }
}

}  // namespace dflint::rules::DL3037
