//! code: DL3014
//! name: apt-get-missing-yes
//! severity: warning
//! category: correctness
//! instructions: RUN, ONBUILD
//! summary: Use `apt-get install -y` so the install never waits for an answer
//! url: https://github.com/hadolint/hadolint/wiki/DL3014
//! fixable: yes
//!
//! ## What it does
//! Flags an `apt-get install` that does not answer its confirmation prompt
//! in advance: none of `-y`, `--yes`, `--assume-yes`, `-qq` (quiet level 2,
//! also `-q -q` or `-q=2`, which implies yes) or
//! `-o APT::Get::Assume-Yes=true` is given, and the command does not read
//! its answers from `yes |`.
//!
//! ## Why is this bad?
//! Whenever an install pulls in more packages than the ones you named,
//! `apt-get` asks "Do you want to continue? [Y/n]". A build has no terminal
//! to answer, so apt reads end-of-input, takes it as "no" and aborts: the
//! build fails with `Abort.`, often only later, once a new dependency
//! appears. `-y` answers yes up front.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12
//! RUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10+deb12u5
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12
//! RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5
//! ```
//!
//! ## References
//! - [apt-get(8): -y, --yes, --assume-yes](https://manpages.debian.org/bookworm/apt/apt-get.8.en.html)
//! - [Dockerfile best practices: apt-get](https://docs.docker.com/build/building/best-practices/#apt-get)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3014 {

int number(std::string_view s) {
    if (s.empty() || s.size() > 3) return 0;
    int n = 0;
    for (char ch : s) {
        if (ch < '0' || ch > '9') return 0;
        n = n * 10 + (ch - '0');
    }
    return n;
}

bool assumes_yes(const shell::Command& c) {
    int quiet = 0;
    for (const auto& a : c.args) {
        const std::string_view t = a.text;
        if (t == "--") break;
        if (t == "--yes" || t == "--assume-yes" || t == "--yes=true" || t == "--assume-yes=true") return true;
        if (t == "--quiet") ++quiet;
        else if (pkg::starts_with(t, "--quiet=")) quiet += number(t.substr(8));
        else if (pkg::starts_with(t, "-q=")) quiet += number(t.substr(3));
        else {
            const auto letters = pkg::apt_short_flags(t);
            if (letters.find('y') != std::string::npos) return true;
            quiet += static_cast<int>(std::count(letters.begin(), letters.end(), 'q'));
        }
    }
    if (quiet >= 2) return true;
    return pkg::apt_config_set(c, "APT::Get::Assume-Yes", true);
}

// `yes | apt-get install …`
bool fed_by_yes(const std::vector<shell::Command>& cmds, const shell::Command& c) {
    if (!c.piped) return false;
    for (const auto& other : cmds)
        if (&other != &c && other.pipeline == c.pipeline && other.begin < c.begin && other.is("yes")) return true;
    return false;
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const auto& cmds = commands(info);
    for (const auto& c : cmds) {
        if (!c.is("apt-get")) continue;
        const auto* verb = pkg::find_verb(c, {"install"});
        if (!verb || assumes_yes(c) || fed_by_yes(cmds, c)) continue;
        auto& d = ctx.report(pkg::range(info, *verb),
                             "`apt-get install` without `-y` asks for confirmation; a build cannot answer, so apt aborts as soon as the install needs extra packages",
                             fmt::format("answer yes in advance: `{} install -y …`", c.name->raw));
        pkg::add_insert_fix(d, ctx, info, *verb, " -y", "add `-y`", FixSafety::safe);
    }
}

}  // namespace dflint::rules::DL3014
