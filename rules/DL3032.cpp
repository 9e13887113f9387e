//! code: DL3032
//! name: yum-cache-not-cleaned
//! severity: warning
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: Run `yum clean all` after `yum install`, in the same RUN
//! url: https://github.com/hadolint/hadolint/wiki/DL3032
//! fixable: no
//!
//! ## What it does
//! Flags a `RUN` whose `yum install` (or `groupinstall`, `localinstall`,
//! `reinstall`) is not followed, later in the same `RUN`, by `yum clean all`
//! or by removing the cache (`rm -rf /var/cache/yum`). A `RUN` that mounts a
//! cache (`--mount=type=cache` or `tmpfs`) on `/var/cache/yum` is fine.
//!
//! ## Why is this bad?
//! yum keeps the repository metadata it downloaded (and possibly packages)
//! in `/var/cache/yum`. Whatever a `RUN` leaves on disk is stored in its
//! layer for good, so this cache makes every image tens of megabytes larger
//! for nothing. Cleaning in a later `RUN` is too late: the data is already
//! in the earlier layer.
//!
//! ## Example
//! ```dockerfile
//! FROM centos:7
//! RUN yum install -y httpd-2.4.6
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM centos:7
//! RUN yum install -y httpd-2.4.6 && yum clean all
//! ```
//!
//! ## References
//! - [yum(8): clean](https://github.com/rpm-software-management/yum/blob/master/docs/yum.8)
//! - [RUN --mount=type=cache](https://docs.docker.com/reference/dockerfile/#run---mounttypecache)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3032 {

bool cleans(const shell::Command& c) {
    if (c.is("yum") && pkg::find_verb(c, {"clean"})) return true;
    return pkg::removes_dir(c, {"/var/cache/yum", "/var/cache/dnf"});
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    if (pkg::cache_mount_covers(info, "/var/cache/yum") || pkg::cache_mount_covers(info, "/var/cache/dnf")) return;
    const auto& cmds = commands(info);
    const shell::Command* last = nullptr;
    const shell::Word* verb = nullptr;
    for (const auto& c : cmds) {
        if (!c.is("yum")) continue;
        if (const auto* v = pkg::find_verb(c, {"install", "groupinstall", "localinstall", "reinstall"})) {
            last = &c;
            verb = v;
        }
    }
    if (!last || pkg::later_command(cmds, last, cleans)) return;
    ctx.report(pkg::range(info, *verb),
               fmt::format("`yum {}` leaves its download cache in `/var/cache/yum` and nothing later in this RUN cleans it: it stays in the image", verb->text),
               "end this RUN with `&& yum clean all` (after the last install)");
}

}  // namespace dflint::rules::DL3032
