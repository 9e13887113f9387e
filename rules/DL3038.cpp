//! code: DL3038
//! name: dnf-missing-yes
//! severity: warning
//! category: correctness
//! instructions: RUN, ONBUILD
//! summary: Use `dnf install -y` so the install never waits for an answer
//! url: https://github.com/hadolint/hadolint/wiki/DL3038
//! fixable: yes
//!
//! ## What it does
//! Flags a `dnf` or `microdnf` `install` (also `in`, `groupinstall`,
//! `localinstall`, `group install`, `module install`) without `-y`
//! (`--assumeyes`).
//!
//! ## Why is this bad?
//! Before it changes anything, dnf shows the transaction and asks
//! "Is this ok [y/N]". A build has no terminal to answer, so dnf reads
//! end-of-input, takes it as "no" and stops with "Operation aborted": the
//! build fails. `-y` answers yes up front.
//!
//! ## Example
//! ```dockerfile
//! FROM fedora:40
//! RUN dnf install httpd-2.4.62 && dnf clean all
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM fedora:40
//! RUN dnf install -y httpd-2.4.62 && dnf clean all
//! ```
//!
//! ## References
//! - [dnf(8): -y, --assumeyes](https://dnf.readthedocs.io/en/latest/command_ref.html#options)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3038 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("dnf") && !c.is("microdnf")) continue;
        const auto* verb = pkg::find_verb(c, {"install", "in", "groupinstall", "localinstall"});
        if (!verb || pkg::rpm_assumes_yes(c)) continue;
        const std::string tool(c.basename());
        auto& d = ctx.report(pkg::range(info, *verb),
                             fmt::format("`{} {}` without `-y` asks for confirmation; a build cannot answer, so {} aborts", tool, verb->text, tool),
                             fmt::format("answer yes in advance: `{} {} -y …`", c.name->raw, verb->raw));
        pkg::add_insert_fix(d, ctx, info, *verb, " -y", "add `-y`", FixSafety::safe);
    }
}

}  // namespace dflint::rules::DL3038
