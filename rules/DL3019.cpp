//! code: DL3019
//! name: apk-add-without-no-cache
//! severity: info
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: Use `apk add --no-cache` so the package index stays out of the image
//! url: https://github.com/hadolint/hadolint/wiki/DL3019
//! fixable: yes
//!
//! ## What it does
//! Flags an `apk add` without `--no-cache`, unless the same `RUN` removes
//! `/var/cache/apk` afterwards (`rm -rf /var/cache/apk/*`, `apk cache clean`)
//! or mounts a cache (`--mount=type=cache` or `tmpfs`) on `/var/cache/apk`.
//!
//! ## Why is this bad?
//! Without `--no-cache`, apk stores the package index it downloads in
//! `/var/cache/apk`, and that directory is saved in the layer: a few
//! megabytes in every image, of no use at run time. `--no-cache` fetches a
//! fresh index, uses it and throws it away, which also makes a separate
//! `apk update` (or `--update`) and a final `rm -rf /var/cache/apk/*`
//! unnecessary.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.19
//! RUN apk update && apk add curl=8.5.0-r0
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.19
//! RUN apk add --no-cache curl=8.5.0-r0
//! ```
//!
//! ## References
//! - [Alpine wiki: apk, local cache](https://wiki.alpinelinux.org/wiki/Alpine_Package_Keeper#Local_Cache)
//! - [apk-add(8): --no-cache](https://gitlab.alpinelinux.org/alpine/apk-tools/-/blob/master/doc/apk-add.8.scd)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3019 {

bool cleans_cache(const shell::Command& c) {
    if (pkg::removes_dir(c, {"/var/cache/apk"})) return true;
    if (!c.is("apk")) return false;
    const auto* cache = pkg::find_verb(c, {"cache"});
    return cache && pkg::find_verb(c, {"clean", "purge"});
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const auto& cmds = commands(info);
    if (pkg::cache_mount_covers(info, "/var/cache/apk")) return;
    for (const auto& c : cmds) {
        if (!c.is("apk")) continue;
        const auto* verb = pkg::find_verb(c, {"add"});
        if (!verb || c.has_flag("--no-cache")) continue;
        if (pkg::later_command(cmds, &c, cleans_cache)) continue;
        auto& d = ctx.report(pkg::range(info, *verb),
                             "`apk add` without `--no-cache` leaves the downloaded package index in `/var/cache/apk`, inside the image",
                             fmt::format("use `{} add --no-cache …` (it also makes `apk update` and `rm -rf /var/cache/apk/*` unnecessary)", c.name->raw));
        pkg::add_insert_fix(d, ctx, info, *verb, " --no-cache", "add `--no-cache`", FixSafety::safe);
    }
}

}  // namespace dflint::rules::DL3019
