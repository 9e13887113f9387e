//! code: DL3012
//! name: multiple-healthcheck
//! severity: error
//! category: correctness
//! instructions: HEALTHCHECK
//! summary: Multiple HEALTHCHECK instructions found; only the last one takes effect
//! url: https://github.com/hadolint/hadolint/wiki/DL3012
//!
//! ## What it does
//! Flags every `HEALTHCHECK` of a stage except the last one.
//!
//! ## Why is this bad?
//! A stage has one `HEALTHCHECK`: each new one replaces the previous one, so only the
//! last takes effect and the earlier ones are dead code that misleads the
//! reader (a common surprise: the first `HEALTHCHECK` never runs).
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! HEALTHCHECK CMD curl -f http://localhost/ || exit 1
//! HEALTHCHECK CMD wget -q -O- http://localhost/ || exit 1
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! HEALTHCHECK CMD curl -f http://localhost/ || exit 1
//! ```
//!
//! ## References
//! - [Dockerfile reference: HEALTHCHECK](https://docs.docker.com/reference/dockerfile/#healthcheck)
//! - [BuildKit check MultipleInstructionsDisallowed](https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/)

#include "rules/rule.hpp"

namespace dflint::rules::DL3012 {

void on_stage(const Stage& stage, RuleContext& ctx) {
    const InstructionInfo* last = nullptr;
    std::vector<const InstructionInfo*> all;
    for (auto i : stage.instructions) {
        const auto& info = ctx.model().infos()[i];
        if (info.ins->kind == InstructionKind::healthcheck) all.push_back(&info);
    }
    if (all.size() < 2) return;
    last = all.back();
    for (const auto* info : all) {
        if (info == last) break;
        ctx.report(info->ins->keyword.range,
                   fmt::format("this HEALTHCHECK never takes effect: the HEALTHCHECK on line {} replaces it (a stage has only one HEALTHCHECK)", last->ins->start_line),
                   "delete this HEALTHCHECK, or merge what it does into the last one");
    }
}

}  // namespace dflint::rules::DL3012
