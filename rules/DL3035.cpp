//! code: DL3035
//! name: zypper-dist-upgrade
//! severity: warning
//! category: correctness
//! instructions: RUN, ONBUILD
//! summary: Do not run `zypper dist-upgrade` in a Dockerfile
//! url: https://github.com/hadolint/hadolint/wiki/DL3035
//! fixable: no
//!
//! ## What it does
//! Flags `zypper dist-upgrade` and its short form `zypper dup`.
//!
//! ## Why is this bad?
//! A distribution upgrade moves every package to whatever the repositories
//! offer today, and may switch vendors, remove packages or move to the next
//! release of the distribution. The image then depends on the day it was
//! built rather than on its base image, builds stop being reproducible, and
//! the upgrade can break things it never mentions. To get a newer system,
//! use a newer base image tag; to get fixes for particular packages, update
//! or pin those packages.
//!
//! ## Example
//! ```dockerfile
//! FROM opensuse/leap:15.5
//! RUN zypper -n dist-upgrade
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM opensuse/leap:15.6
//! RUN zypper -n patch --category security && zypper clean
//! ```
//!
//! ## References
//! - [zypper(8): dist-upgrade](https://en.opensuse.org/SDB:Zypper_manual_(plain))
//! - [Dockerfile best practices: rebuild your images often](https://docs.docker.com/build/building/best-practices/#rebuild-your-images-often)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3035 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("zypper")) continue;
        const auto* verb = pkg::find_verb(c, {"dist-upgrade", "dup"});
        if (!verb) continue;
        ctx.report(pkg::range(info, *verb),
                   fmt::format("`zypper {}` upgrades the whole distribution to whatever the repositories offer on the day of the build", verb->text),
                   "use a newer base image instead, and update only the packages you need (`zypper -n update <package>`, or "
                   "`zypper -n patch` for official fixes)");
    }
}

}  // namespace dflint::rules::DL3035
