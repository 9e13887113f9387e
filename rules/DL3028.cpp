//! code: DL3028
//! name: unpinned-gem
//! severity: warning
//! category: pinning
//! instructions: RUN, ONBUILD
//! summary: Pin versions in gem install
//! url: https://github.com/hadolint/hadolint/wiki/DL3028
//!
//! ## What it does
//! Flags every gem of a `gem install` (or `gem i`) named without a version
//! (`rails` instead of `rails:7.1.3`), unless the command gives the version
//! with `-v`/`--version`. Words after `--` are build options of the gem and
//! are not gems. A gem written through a variable is judged by the
//! variable's value when the Dockerfile gives one.
//!
//! ## Why is this bad?
//! `gem install rails` installs whatever release is newest on the day of the
//! build: the same Dockerfile builds different images over time, and a new
//! major version can break the build without any change on your side.
//!
//! ## Example
//! ```dockerfile
//! FROM ruby:3.3-slim
//! RUN gem install bundler
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM ruby:3.3-slim
//! RUN gem install bundler:2.5.10
//! ```
//!
//! ## References
//! - [RubyGems: gem install](https://guides.rubygems.org/command-reference/#gem-install)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3028 {

using namespace lang;

// `gem install` options. Unknown long options are read as taking a value (as
// hadolint does); the common value-less ones are listed.
const OptionSpec& gem_options() {
    static const OptionSpec spec{
        {"version", "install-dir", "bindir", "build-root", "source", "http-proxy", "trust-policy", "platform", "file", "without", "with",
         "config-file", "target-rbconfig"},
        "vinsPpg",
        true,
        {"no-document", "no-ri", "no-rdoc", "document", "ri", "rdoc", "user-install", "no-user-install", "force", "no-force", "local", "remote",
         "both", "conservative", "minimal-deps", "ignore-dependencies", "development", "development-all", "prerelease", "no-prerelease", "pre",
         "env-shebang", "no-env-shebang", "system", "quiet", "verbose", "no-verbose", "silent", "wrappers", "no-wrappers", "vendor", "norc",
         "backtrace", "debug", "update-sources", "no-update-sources", "suggestions", "no-suggestions", "lock", "no-lock", "default",
         "explain", "post-install-message", "no-post-install-message", "format-executable", "no-format-executable", "clear-sources",
         "no-http-proxy", "install-as-default", "build-docs", "no-build-docs", "no-install-as-default"},
        "",
        false};
    return spec;
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("gem")) continue;
        const Scan s = scan(c, 0, gem_options(), true);
        if (s.operands.empty() || !one_of(s.operands.front()->text, {"install", "i"})) continue;
        if (has_option(s, {"v", "version"})) continue;
        for (std::size_t k = 1; k < s.operands.size(); ++k) {
            const shell::Word* w = s.operands[k];
            const Resolved r = resolve(ctx.model(), info, *w);
            if (!r.known) continue;
            for (const auto& g : r.words) {
                if (g.empty() || contains(g, ":")) continue;
                if (ends_with(g, ".gem")) continue;  // a local .gem file is one exact version
                const std::string shown = r.from_variables ? fmt::format("`{}` (from `{}`)", g, w->raw) : fmt::format("`{}`", g);
                ctx.report(word_range(info, *w),
                           fmt::format("gem {} is installed without a version: every build gets whatever release is newest that day", shown),
                           fmt::format("pin the version: `gem install {}:<version>` (or `gem install {} -v <version>`)", g, g));
                break;
            }
        }
    }
}

}  // namespace dflint::rules::DL3028
