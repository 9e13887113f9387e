//! code: DL4003
//! name: multiple-cmd
//! severity: warning
//! category: correctness
//! instructions: CMD
//! summary: Multiple CMD instructions found; only the last one takes effect
//! url: https://github.com/hadolint/hadolint/wiki/DL4003
//!
//! ## What it does
//! Flags every `CMD` of a stage except the last one.
//!
//! ## Why is this bad?
//! A stage has one `CMD`: each new one replaces the previous one, so only the
//! last takes effect and the earlier ones are dead code that misleads the
//! reader (a common surprise: the first `CMD` never runs).
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! CMD ["npm", "start"]
//! CMD ["node", "server.js"]
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! CMD ["node", "server.js"]
//! ```
//!
//! ## References
//! - [Dockerfile reference: CMD](https://docs.docker.com/reference/dockerfile/#cmd)
//! - [BuildKit check MultipleInstructionsDisallowed](https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/)

#include "rules/rule.hpp"

namespace dflint::rules::DL4003 {

void on_stage(const Stage& stage, RuleContext& ctx) {
    const InstructionInfo* last = nullptr;
    std::vector<const InstructionInfo*> all;
    for (auto i : stage.instructions) {
        const auto& info = ctx.model().infos()[i];
        if (info.ins->kind == InstructionKind::cmd) all.push_back(&info);
    }
    if (all.size() < 2) return;
    last = all.back();
    for (const auto* info : all) {
        if (info == last) break;
        ctx.report(info->ins->keyword.range,
                   fmt::format("this CMD never takes effect: the CMD on line {} replaces it (a stage has only one CMD)", last->ins->start_line),
                   "delete this CMD, or merge what it does into the last one");
    }
}

}  // namespace dflint::rules::DL4003
