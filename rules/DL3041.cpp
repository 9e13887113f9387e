//! code: DL3041
//! name: unpinned-dnf-package
//! severity: warning
//! category: pinning
//! instructions: RUN, ONBUILD
//! summary: Pin the versions of the packages `dnf install` installs
//! url: https://github.com/hadolint/hadolint/wiki/DL3041
//! fixable: no
//!
//! ## What it does
//! Flags each package of a `dnf install` or `microdnf install` written
//! without a version (`httpd` instead of `httpd-2.4.62`): a package counts as
//! pinned when a dash-separated part after its name starts with a digit and
//! holds only version characters (`openssl-1:3.0.7`, `gcc-c++-14.2.1`), or
//! when it is an `.rpm` file. `dnf module install` needs a stream
//! (`nodejs:20`). Groups (`dnf group install`, `@group`), file paths and
//! capabilities are not checked. A version in a variable is looked up in the
//! script's own assignments and the Dockerfile's `ARG`/`ENV` values; a build
//! argument without a default counts as pinned.
//!
//! ## Why is this bad?
//! Without a version, dnf installs whatever the repository offers on the day
//! of the build, so two builds of the same Dockerfile can differ, and a new
//! release of a package can break the build or the application without any
//! change of yours. A pin makes every upgrade a visible, reviewable change.
//!
//! ## Example
//! ```dockerfile
//! FROM fedora:40
//! RUN dnf install -y httpd && dnf clean all
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM fedora:40
//! RUN dnf install -y httpd-2.4.62 && dnf clean all
//! ```
//!
//! ## References
//! - [dnf(8): specifying packages](https://dnf.readthedocs.io/en/latest/command_ref.html#specifying-packages-label)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3041 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("dnf") && !c.is("microdnf")) continue;
        for (auto& f : pkg::rpm_unpinned(ctx.model(), info, c, {"install", "in"})) ctx.report(pkg::range(info, *f.word), std::move(f.message), std::move(f.help));
    }
}

}  // namespace dflint::rules::DL3041
