//! code: DL3040
//! name: dnf-cache-not-cleaned
//! severity: warning
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: Run `dnf clean all` after installing with dnf, in the same RUN
//! url: https://github.com/hadolint/hadolint/wiki/DL3040
//! fixable: no
//!
//! ## What it does
//! Flags a `RUN` where a `dnf` or `microdnf` command that downloads packages
//! (`install`, `reinstall`, `upgrade`, `update`, `upgrade-minimal`,
//! `downgrade`, `distro-sync`, `groupinstall`, `localinstall` and their short
//! forms) is not followed, later in the same `RUN`, by `dnf clean all`
//! (`microdnf clean all` for microdnf) or by removing the cache
//! (`rm -rf /var/cache/dnf`, `/var/cache/libdnf5`, `/var/cache/yum`). A `RUN`
//! that mounts a cache (`--mount=type=cache` or `tmpfs`) on the cache
//! directory is fine.
//!
//! ## Why is this bad?
//! dnf keeps the repository metadata it downloaded, often over a hundred
//! megabytes, in its cache directory. Whatever a `RUN` leaves on disk is
//! stored in its layer for good, so the image carries that cache forever.
//! Cleaning in a later `RUN` is too late: the data is already in the
//! earlier layer.
//!
//! ## Example
//! ```dockerfile
//! FROM fedora:40
//! RUN dnf install -y httpd-2.4.62
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM fedora:40
//! RUN dnf install -y httpd-2.4.62 && dnf clean all
//! ```
//!
//! ## References
//! - [dnf(8): clean](https://dnf.readthedocs.io/en/latest/command_ref.html#clean-command)
//! - [RUN --mount=type=cache](https://docs.docker.com/reference/dockerfile/#run---mounttypecache)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3040 {

const std::initializer_list<std::string_view> kDownloads = {
    "install", "in", "reinstall", "rei", "upgrade", "up", "update", "upgrade-minimal", "up-min", "update-minimal",
    "downgrade", "dg", "distro-sync", "dsync", "distrosync", "groupinstall", "localinstall"};

void check(const InstructionInfo& info, RuleContext& ctx, std::string_view tool) {
    const auto& cmds = commands(info);
    const shell::Command* last = nullptr;
    const shell::Word* verb = nullptr;
    for (const auto& c : cmds) {
        if (!c.is(tool)) continue;
        if (const auto* v = pkg::find_verb(c, kDownloads)) {
            last = &c;
            verb = v;
        }
    }
    if (!last) return;
    const auto cleans = [&](const shell::Command& c) {
        if (c.is(tool) && pkg::find_verb(c, {"clean"})) return true;
        return pkg::removes_dir(c, {"/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum"});
    };
    if (pkg::later_command(cmds, last, cleans)) return;
    ctx.report(pkg::range(info, *verb),
               fmt::format("`{} {}` leaves its download cache in the image: nothing later in this RUN cleans it", tool, verb->text),
               tool == "microdnf"
                   ? std::string("end this RUN with `&& microdnf clean all` (after the last install), or mount a cache: "
                                 "`RUN --mount=type=cache,target=/var/cache/yum …`")
                   : std::string("end this RUN with `&& dnf clean all` (after the last install), or mount a cache on the dnf cache "
                                 "directory: `RUN --mount=type=cache,target=/var/cache/libdnf5 …` (`/var/cache/dnf` for dnf 4)"));
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (auto dir : {"/var/cache/dnf", "/var/cache/libdnf5", "/var/cache/yum"})
        if (pkg::cache_mount_covers(info, dir)) return;
    check(info, ctx, "dnf");
    check(info, ctx, "microdnf");
}

}  // namespace dflint::rules::DL3040
