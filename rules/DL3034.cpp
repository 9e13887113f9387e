//! code: DL3034
//! name: zypper-missing-non-interactive
//! severity: warning
//! category: correctness
//! instructions: RUN, ONBUILD
//! summary: Use `zypper -n` (or `install -y`) so zypper never waits for an answer
//! url: https://github.com/hadolint/hadolint/wiki/DL3034
//! fixable: yes
//!
//! ## What it does
//! Flags a `zypper` `install`/`in`, `remove`/`rm`, `source-install`/`si` or
//! `patch` without a non-interactive switch: the global `-n`
//! (`--non-interactive`) or the command's `-y` (`--no-confirm`).
//!
//! ## Why is this bad?
//! zypper shows what it is about to do and asks "Continue? [y/n/v/...?]".
//! A build has no terminal to answer, so zypper stops with an error (or
//! hangs, depending on the version), and the build fails.
//!
//! ## Example
//! ```dockerfile
//! FROM opensuse/leap:15.6
//! RUN zypper install httpd=2.4.58 && zypper clean
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM opensuse/leap:15.6
//! RUN zypper -n install httpd=2.4.58 && zypper clean
//! ```
//!
//! ## References
//! - [zypper(8): --non-interactive](https://en.opensuse.org/SDB:Zypper_manual_(plain))

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3034 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("zypper")) continue;
        const auto* verb = pkg::find_verb(c, {"install", "in", "remove", "rm", "source-install", "si", "patch"});
        if (!verb || c.has_any_flag({"-n", "--non-interactive", "-y", "--no-confirm"})) continue;
        auto& d = ctx.report(pkg::range(info, *verb),
                             fmt::format("`zypper {}` without `-n` asks for confirmation; a build cannot answer, so zypper fails", verb->text),
                             fmt::format("run it non-interactively: `{} -n {} …` (or `{} {} -y …`)", c.name->raw, verb->raw, c.name->raw, verb->raw));
        pkg::add_insert_fix(d, ctx, info, *c.name, " -n", "add `-n` (--non-interactive)", FixSafety::safe);
    }
}

}  // namespace dflint::rules::DL3034
