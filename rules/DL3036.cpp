//! code: DL3036
//! name: zypper-cache-not-cleaned
//! severity: warning
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: Run `zypper clean` after `zypper install`, in the same RUN
//! url: https://github.com/hadolint/hadolint/wiki/DL3036
//! fixable: no
//!
//! ## What it does
//! Flags a `RUN` whose `zypper install` (`in`) is not followed, later in the
//! same `RUN`, by `zypper clean` (`zypper cc`) or by removing
//! `/var/cache/zypp`. A `RUN` that mounts a cache (`--mount=type=cache` or
//! `tmpfs`) on `/var/cache/zypp` is fine.
//!
//! ## Why is this bad?
//! zypper keeps the repository metadata it downloaded in `/var/cache/zypp`.
//! Whatever a `RUN` leaves on disk is stored in its layer for good, so the
//! image carries that cache forever; cleaning in a later `RUN` is too late.
//!
//! ## Example
//! ```dockerfile
//! FROM opensuse/leap:15.6
//! RUN zypper -n install httpd=2.4.58
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM opensuse/leap:15.6
//! RUN zypper -n install httpd=2.4.58 && zypper clean --all
//! ```
//!
//! ## References
//! - [zypper(8): clean](https://en.opensuse.org/SDB:Zypper_manual_(plain))

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3036 {

bool cleans(const shell::Command& c) {
    if (c.is("zypper") && pkg::find_verb(c, {"clean", "cc"})) return true;
    return pkg::removes_dir(c, {"/var/cache/zypp"});
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    if (pkg::cache_mount_covers(info, "/var/cache/zypp")) return;
    const auto& cmds = commands(info);
    const shell::Command* last = nullptr;
    const shell::Word* verb = nullptr;
    for (const auto& c : cmds) {
        if (!c.is("zypper")) continue;
        if (const auto* v = pkg::find_verb(c, {"install", "in"})) {
            last = &c;
            verb = v;
        }
    }
    if (!last || pkg::later_command(cmds, last, cleans)) return;
    ctx.report(pkg::range(info, *verb),
               fmt::format("`zypper {}` leaves its cache in `/var/cache/zypp` and nothing later in this RUN cleans it: it stays in the image", verb->text),
               "end this RUN with `&& zypper clean --all` (after the last install)");
}

}  // namespace dflint::rules::DL3036
