//! code: MultipleInstructionsDisallowed
//! name: multiple-instructions-disallowed
//! severity: warning
//! category: correctness
//! summary: Multiple instructions of the same type should not be used in the same stage
//! url: https://docs.docker.com/go/dockerfile/rule/multiple-instructions-disallowed/
//! fixable: no
//!
//! ## What it does
//! Flags a `CMD`, `ENTRYPOINT` or `HEALTHCHECK` that a later instruction of
//! the same kind in the same stage replaces (BuildKit build check
//! `MultipleInstructionsDisallowed`). Each replaced instruction is reported;
//! the last one, which takes effect, is not. A stage that builds on another
//! stage may override the parent's `CMD` once without a finding.
//!
//! ## Why is this bad?
//! An image has one command, one entrypoint and one health check: each new
//! instruction replaces the previous one. The earlier ones do nothing, yet a
//! reader will believe they run, for example both of two `CMD`s.
//!
//! ## Example
//! ```dockerfile
//! FROM python:3.12-slim
//! CMD ["python", "migrate.py"]
//! CMD ["python", "app.py"]
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM python:3.12-slim
//! CMD ["sh", "-c", "python migrate.py && exec python app.py"]
//! ```
//!
//! ## References
//! - [BuildKit check MultipleInstructionsDisallowed](https://docs.docker.com/reference/build-checks/multiple-instructions-disallowed/)
//! - [Dockerfile reference: CMD](https://docs.docker.com/reference/dockerfile/#cmd)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::MultipleInstructionsDisallowed {

void on_stage(const Stage& stage, RuleContext& ctx) {
    for (const auto kind : {InstructionKind::cmd, InstructionKind::entrypoint, InstructionKind::healthcheck}) {
        const Instruction* previous = nullptr;
        for (auto i : stage.instructions) {
            const Instruction* ins = ctx.model().infos()[i].ins;
            if (ins->kind != kind) continue;
            if (previous) {
                const std::string name = bk::upper(keyword_name(kind));
                ctx.report(previous->keyword.range,
                           fmt::format("Multiple {} instructions should not be used in the same stage because only the last one will be used",
                                       ins->keyword.text),
                           fmt::format("this {} never takes effect: the {} on line {} replaces it; delete it or merge it into that one", name, name,
                                       ins->start_line));
            }
            previous = ins;
        }
    }
}

}  // namespace dflint::rules::MultipleInstructionsDisallowed
