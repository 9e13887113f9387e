//! code: DL3060
//! name: yarn-cache-not-cleaned
//! severity: info
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: Run `yarn cache clean` after `yarn install` in the same RUN
//! url: https://github.com/hadolint/hadolint/wiki/DL3060
//!
//! ## What it does
//! Flags a `yarn install` (or a bare `yarn`, which means the same) that is not
//! followed by `yarn cache clean` in the same `RUN`. Only stages that end up
//! in an image are checked: the last stage and stages that a later stage is
//! built `FROM` (an `ONBUILD RUN` always is: it runs in the image built on
//! this one). Not reported when the `RUN` mounts a cache or tmpfs on yarn's
//! cache directory (`--mount=type=cache,target=/usr/local/share/.cache/yarn`)
//! or removes that directory (`rm -rf /usr/local/share/.cache/yarn`).
//!
//! ## Why is this bad?
//! Yarn keeps a copy of every package it downloads in its global cache. The
//! image never installs from that cache again, but the files stay in the
//! layer: often as large as `node_modules` itself. Cleaning in a later `RUN`
//! does not help, because the earlier layer still holds the files.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20-slim
//! WORKDIR /app
//! COPY package.json yarn.lock ./
//! RUN yarn install --frozen-lockfile
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20-slim
//! WORKDIR /app
//! COPY package.json yarn.lock ./
//! RUN yarn install --frozen-lockfile && yarn cache clean
//! ```
//!
//! ## References
//! - [yarn cache clean](https://classic.yarnpkg.com/en/docs/cli/cache)
//! - [Dockerfile reference: RUN --mount=type=cache](https://docs.docker.com/reference/dockerfile/#run---mounttypecache)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3060 {

using namespace lang;

const OptionSpec& yarn_options() {
    static const OptionSpec spec{{"cwd", "cache-folder", "modules-folder", "global-folder", "mutex", "network-concurrency", "network-timeout",
                                  "registry", "use-yarnrc", "link-folder", "preferred-cache-folder", "otp", "https-proxy", "proxy"},
                                 "",
                                 false,
                                 {},
                                 "",
                                 false};
    return spec;
}

// The word to point at: `install`, or the command name for a bare `yarn`.
const shell::Word* yarn_install(const shell::Command& c) {
    if (!c.is("yarn")) return nullptr;
    const Scan s = scan(c, 0, yarn_options());
    if (s.operands.empty()) return has_option(s, {"v", "version", "h", "help"}) ? nullptr : &*c.name;
    return s.operands.front()->text == "install" ? s.operands.front() : nullptr;
}

bool cleans_cache(const shell::Command& c) {
    if (c.is("yarn")) {
        const Scan s = scan(c, 0, yarn_options());
        return s.operands.size() >= 2 && s.operands[0]->text == "cache" && s.operands[1]->text == "clean";
    }
    if (c.is("rm"))
        for (const auto& a : c.args)
            if (contains(a.text, ".cache/yarn") || contains(a.text, ".yarn/cache") || contains(a.text, ".yarn-cache")) return true;
    return false;
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const auto& cmds = commands(info);
    for (std::size_t i = 0; i < cmds.size(); ++i) {
        const shell::Word* install = yarn_install(cmds[i]);
        if (!install) continue;
        bool cleaned = false;
        for (std::size_t j = i + 1; j < cmds.size() && !cleaned; ++j) cleaned = cleans_cache(cmds[j]);
        if (cleaned) continue;
        if (cache_mount_containing(info, "yarn")) return;
        if (!stage_is_shipped(ctx.model(), info)) return;
        ctx.report(command_through(info, cmds[i], *install),
                   "yarn keeps a copy of every downloaded package in its cache, and this RUN never cleans it: the copies stay in the image",
                   "clean the cache in the same RUN: `yarn install … && yarn cache clean`, or keep it outside the image with "
                   "`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install …`");
        return;
    }
}

}  // namespace dflint::rules::DL3060
