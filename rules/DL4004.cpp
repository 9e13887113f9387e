//! code: DL4004
//! name: multiple-entrypoint
//! severity: error
//! category: correctness
//! instructions: ENTRYPOINT
//! summary: Multiple ENTRYPOINT instructions found; only the last one takes effect
//! url: https://github.com/hadolint/hadolint/wiki/DL4004
//!
//! ## What it does
//! Flags every `ENTRYPOINT` of a stage except the last one.
//!
//! ## Why is this bad?
//! A stage has one `ENTRYPOINT`: each new one replaces the previous one, so only the
//! last takes effect and the earlier ones are dead code that misleads the
//! reader (a common surprise: the first `ENTRYPOINT` never runs).
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! ENTRYPOINT ["node"]
//! ENTRYPOINT ["npm", "start"]
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! ENTRYPOINT ["npm", "start"]
//! ```
//!
//! ## References
//! - [Dockerfile reference: ENTRYPOINT](https://docs.docker.com/reference/dockerfile/#entrypoint)
//! - [BuildKit check MultipleInstructionsDisallowed](https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/)

#include "rules/rule.hpp"

namespace dflint::rules::DL4004 {

void on_stage(const Stage& stage, RuleContext& ctx) {
    const InstructionInfo* last = nullptr;
    std::vector<const InstructionInfo*> all;
    for (auto i : stage.instructions) {
        const auto& info = ctx.model().infos()[i];
        if (info.ins->kind == InstructionKind::entrypoint) all.push_back(&info);
    }
    if (all.size() < 2) return;
    last = all.back();
    for (const auto* info : all) {
        if (info == last) break;
        ctx.report(info->ins->keyword.range,
                   fmt::format("this ENTRYPOINT never takes effect: the ENTRYPOINT on line {} replaces it (a stage has only one ENTRYPOINT)", last->ins->start_line),
                   "delete this ENTRYPOINT, or merge what it does into the last one");
    }
}

}  // namespace dflint::rules::DL4004
