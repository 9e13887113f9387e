//! code: DL3033
//! name: unpinned-yum-package
//! severity: warning
//! category: pinning
//! instructions: RUN, ONBUILD
//! summary: Pin the versions of the packages `yum install` installs
//! url: https://github.com/hadolint/hadolint/wiki/DL3033
//! fixable: no
//!
//! ## What it does
//! Flags each package of a `yum install` written without a version
//! (`httpd` instead of `httpd-2.4.6`): a package counts as pinned when a
//! dash-separated part after its name starts with a digit and holds only
//! version characters (`openssl-1:1.1.1k`, `gcc-c++-4.8.5`), or when it is an
//! `.rpm` file. `yum module install` needs a stream (`nodejs:18`). Groups
//! (`yum group install`, `@group`), file paths and capabilities are not
//! checked. A version in a variable is looked up in the script's own
//! assignments and the Dockerfile's `ARG`/`ENV` values; a build argument
//! without a default counts as pinned.
//!
//! ## Why is this bad?
//! Without a version, yum installs whatever the repository offers on the day
//! of the build, so two builds of the same Dockerfile can differ, and a new
//! release of a package can break the build or the application without any
//! change of yours. A pin makes every upgrade a visible, reviewable change.
//!
//! ## Example
//! ```dockerfile
//! FROM centos:7
//! RUN yum install -y httpd && yum clean all
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM centos:7
//! RUN yum install -y httpd-2.4.6 && yum clean all
//! ```
//!
//! ## References
//! - [yum(8): specifying package names](https://github.com/rpm-software-management/yum/blob/master/docs/yum.8)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3033 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("yum")) continue;
        for (auto& f : pkg::rpm_unpinned(ctx.model(), info, c, {"install"})) ctx.report(pkg::range(info, *f.word), std::move(f.message), std::move(f.help));
    }
}

}  // namespace dflint::rules::DL3033
