//! code: DL3016
//! name: unpinned-npm-package
//! severity: warning
//! category: pinning
//! instructions: RUN, ONBUILD
//! summary: Pin versions in npm install
//! url: https://github.com/hadolint/hadolint/wiki/DL3016
//!
//! ## What it does
//! Flags every package of an `npm install` (also `npm i`, `npm add`) named
//! without a version, tag or range (`express` instead of `express@4.19.2`;
//! scoped names such as `@scope/pkg` need their own `@version`). Git URLs
//! must name a commit, tag or semver range after `#`. Not reported: a bare
//! `npm install` (it installs what `package.json` and the lockfile say),
//! tarballs (`.tgz`, `.tar`, `.tar.gz`), and local folders (`.`, `./lib`,
//! `../lib`, `/opt/lib`, `~/lib`, `file:…`). A package written through a
//! variable is judged by the variable's value when the Dockerfile gives one.
//!
//! ## Why is this bad?
//! `npm install -g typescript` installs whatever release is newest on the day
//! of the build: two builds of the same Dockerfile can contain different
//! tools, and a new major version can break the build without any change on
//! your side. A pinned version makes upgrades deliberate.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20-slim
//! RUN npm install -g typescript
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20-slim
//! RUN npm install -g typescript@5.4.5
//! ```
//!
//! ## References
//! - [npm install: package specifiers](https://docs.npmjs.com/cli/commands/npm-install)
//! - [npm: about semantic versioning](https://docs.npmjs.com/about-semantic-versioning)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3016 {

using namespace lang;

const OptionSpec& npm_options() {
    static const OptionSpec spec{{"registry", "loglevel", "prefix", "cache", "userconfig", "globalconfig", "tag", "omit", "include", "workspace",
                                  "save-prefix", "install-strategy", "before", "only", "also", "scope", "otp", "proxy", "https-proxy", "cafile",
                                  "ca", "cert", "key", "fetch-retries", "fetch-timeout", "fetch-retry-mintimeout", "fetch-retry-maxtimeout",
                                  "maxsockets", "node-options", "script-shell", "location", "user-agent", "os", "cpu", "libc", "depth",
                                  "auth-type", "install-links", "lockfile-version", "network-concurrency"},
                                 "wC",
                                 false,
                                 {},
                                 "",
                                 false};
    return spec;
}

bool has_git_prefix(std::string_view p) {
    return starts_with(p, "git://") || starts_with(p, "git+ssh://") || starts_with(p, "git+http://") || starts_with(p, "git+https://") ||
           starts_with(p, "git+file://") || starts_with(p, "github:") || starts_with(p, "gitlab:") || starts_with(p, "bitbucket:") ||
           starts_with(p, "gist:");
}

bool is_local(std::string_view p) {
    return p == "." || p == ".." || starts_with(p, "/") || starts_with(p, "./") || starts_with(p, "../") || starts_with(p, "~/") ||
           starts_with(p, "file:");
}

// A git dependency: a git URL, `github:user/repo`, or the GitHub shorthand `user/repo`.
bool is_git(std::string_view p) {
    if (has_git_prefix(p)) return true;
    return !starts_with(p, "@") && contains(p, "/") && !is_local(p) && !contains(p, "://");
}

bool pinned(std::string_view p) {
    if (is_git(p)) return contains(p, "#");
    for (std::string_view ext : {".tar", ".tar.gz", ".tgz"})
        if (ends_with(p, ext)) return true;
    if (is_local(p)) return true;
    if (starts_with(p, "http://") || starts_with(p, "https://")) return true;  // a URL names one tarball
    // `@scope/name@1.2`: the version `@` comes after the scope.
    std::string_view rest = p;
    if (starts_with(rest, "@")) {
        const auto slash = rest.find('/');
        if (slash == std::string_view::npos) return false;
        rest = rest.substr(slash + 1);
    }
    return contains(rest, "@");
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("npm")) continue;
        const Scan s = scan(c, 0, npm_options());
        if (s.operands.empty() || !one_of(s.operands.front()->text, {"install", "i", "add"})) continue;
        for (std::size_t k = 1; k < s.operands.size(); ++k) {
            const shell::Word* w = s.operands[k];
            const Resolved r = resolve(ctx.model(), info, *w);
            if (!r.known) continue;
            for (const auto& p : r.words) {
                if (p.empty() || pinned(p)) continue;
                const std::string shown = r.from_variables ? fmt::format("`{}` (from `{}`)", p, w->raw) : fmt::format("`{}`", p);
                const bool git = is_git(p);
                ctx.report(word_range(info, *w),
                           git ? fmt::format("{} names no commit or tag: every build installs whatever the default branch holds that day", shown)
                               : fmt::format("{} is installed without a version: every build gets whatever release is newest that day", shown),
                           git ? fmt::format("add the commit, tag or range after `#`: `npm install {}#<tag-or-commit>`", p)
                               : fmt::format("pin the version: `npm install {}@<version>` (or add it to package.json and commit the lockfile)", p));
                break;
            }
        }
    }
}

}  // namespace dflint::rules::DL3016
