//! code: DL3009
//! name: apt-lists-not-removed
//! severity: info
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: Remove the apt package lists in the RUN that downloads them
//! url: https://github.com/hadolint/hadolint/wiki/DL3009
//! fixable: no
//!
//! ## What it does
//! Flags a `RUN` that runs `apt-get update` (or `apt update`,
//! `aptitude update`) without removing `/var/lib/apt/lists` afterwards in the
//! same `RUN` (`rm -rf /var/lib/apt/lists/*`, or `apt-get dist-clean` on apt 2.7+). Only
//! stages that end up in an image are checked: the last stage, stages that
//! another stage builds on (`FROM <stage>`), and every `ONBUILD RUN`. A
//! `RUN` whose `--mount=type=cache` (or `tmpfs`) covers `/var/lib/apt/lists`,
//! or both `/var/lib/apt` and `/var/cache/apt`, keeps the lists out of the
//! image and is not reported.
//!
//! ## Why is this bad?
//! `apt-get update` downloads the package index of every configured
//! repository (often tens of megabytes). Whatever a `RUN` leaves on disk is
//! stored in its layer for good: deleting the lists in a later `RUN` hides
//! them but does not make the image smaller. The index is only needed to
//! install, so remove it in the same `RUN`, after the last install.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12
//! RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12
//! RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
//! ```
//!
//! Or keep the lists in a build cache that never reaches the image:
//! ```dockerfile
//! FROM debian:12
//! RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
//! ```
//!
//! ## References
//! - [Dockerfile best practices: apt-get](https://docs.docker.com/build/building/best-practices/#apt-get)
//! - [RUN --mount=type=cache](https://docs.docker.com/reference/dockerfile/#run---mounttypecache)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3009 {

bool is_apt(const shell::Command& c) { return c.is("apt-get") || c.is("apt") || c.is("aptitude"); }

bool removes_lists(const shell::Command& c) {
    if (pkg::removes_dir(c, {"/var/lib/apt/lists"})) return true;
    if (c.is("rm"))
        for (const auto& a : c.args)
            if (a.text == "/var/lib/apt" || a.text == "/var/lib/apt/" || a.text == "/var/lib/apt/*") return true;
    // apt 2.7+: `apt-get distclean` removes the lists too.
    return (c.is("apt-get") || c.is("apt")) && pkg::find_verb(c, {"distclean", "dist-clean"});
}

// Does the stage of `info` end up in an image?
bool stage_is_kept(const Model& model, const InstructionInfo& info) {
    if (info.stage < 0) return model.stages().empty();
    const auto& stage = model.stages()[static_cast<std::size_t>(info.stage)];
    return is_last_stage(model, stage) || !model.children(stage.index).empty();
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const auto& cmds = commands(info);
    const shell::Command* update = nullptr;
    const shell::Command* last_update = nullptr;
    for (const auto& c : cmds) {
        if (is_apt(c) && pkg::find_verb(c, {"update"})) {
            if (!update) update = &c;
            last_update = &c;
        }
    }
    if (!update) return;
    if (pkg::later_command(cmds, last_update, removes_lists)) return;
    if (pkg::cache_mount_with_prefix(info, "/var/lib/apt/lists")) return;
    if (pkg::cache_mount_with_prefix(info, "/var/lib/apt") && pkg::cache_mount_with_prefix(info, "/var/cache/apt")) return;
    const bool onbuild = info.ins->kind == InstructionKind::onbuild;
    if (!onbuild && !stage_is_kept(ctx.model(), info)) return;
    ctx.report(pkg::command_span(info, *update),
               fmt::format("`{}` downloads the package lists into this layer and this RUN never removes them: they stay in the image for good", pkg::command_text(*update)),
               "end this RUN with `&& rm -rf /var/lib/apt/lists/*` (after the last install), or use "
               "`RUN --mount=type=cache,target=/var/lib/apt/lists …` so the lists never reach the image");
}

}  // namespace dflint::rules::DL3009
