//! code: DL3030
//! name: yum-missing-yes
//! severity: warning
//! category: correctness
//! instructions: RUN, ONBUILD
//! summary: Use `yum install -y` so the install never waits for an answer
//! url: https://github.com/hadolint/hadolint/wiki/DL3030
//! fixable: yes
//!
//! ## What it does
//! Flags a `yum install`, `yum groupinstall` or `yum localinstall` without
//! `-y` (`--assumeyes`).
//!
//! ## Why is this bad?
//! Before it changes anything, yum shows the transaction and asks
//! "Is this ok [y/N]". A build has no terminal to answer, so yum reads
//! end-of-input, takes it as "no" and exits with "Operation aborted": the
//! build fails. `-y` answers yes up front.
//!
//! ## Example
//! ```dockerfile
//! FROM centos:7
//! RUN yum install httpd-2.4.6 && yum clean all
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM centos:7
//! RUN yum install -y httpd-2.4.6 && yum clean all
//! ```
//!
//! ## References
//! - [yum(8): -y, --assumeyes](https://github.com/rpm-software-management/yum/blob/master/docs/yum.8)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3030 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("yum")) continue;
        const auto* verb = pkg::find_verb(c, {"install", "groupinstall", "localinstall"});
        if (!verb || pkg::rpm_assumes_yes(c)) continue;
        auto& d = ctx.report(pkg::range(info, *verb),
                             fmt::format("`yum {}` without `-y` asks for confirmation; a build cannot answer, so yum aborts", verb->text),
                             fmt::format("answer yes in advance: `{} {} -y …`", c.name->raw, verb->raw));
        pkg::add_insert_fix(d, ctx, info, *verb, " -y", "add `-y`", FixSafety::safe);
    }
}

}  // namespace dflint::rules::DL3030
