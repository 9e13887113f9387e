//! code: ConsistentInstructionCasing
//! name: consistent-instruction-casing
//! severity: warning
//! category: style
//! summary: All commands within the Dockerfile should use the same casing (either upper or lower)
//! url: https://docs.docker.com/go/dockerfile/rule/consistent-instruction-casing/
//! fixable: yes
//!
//! ## What it does
//! Counts the instruction keywords of all build stages (the `FROM` lines and
//! everything after the first `FROM`) written all in lower case and all in
//! upper case. Lower case is the majority only when it has strictly more
//! keywords. Every keyword not in the majority's case is flagged, including
//! mixed-case ones like `Run` (BuildKit build check
//! `ConsistentInstructionCasing`). `ARG`s before the first `FROM` are not
//! counted.
//!
//! ## Why is this bad?
//! Keywords are case-insensitive, so `run` works, but a file that mixes
//! `RUN` and `run` is harder to read and to search. Upper case is the
//! convention almost every Dockerfile follows.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! run apk add --no-cache curl
//! COPY . /app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! RUN apk add --no-cache curl
//! COPY . /app
//! ```
//!
//! ## References
//! - [BuildKit check ConsistentInstructionCasing](https://docs.docker.com/reference/build-checks/consistent-instruction-casing/)
//! - [Dockerfile reference: Format](https://docs.docker.com/reference/dockerfile/#format)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::ConsistentInstructionCasing {

void on_document(RuleContext& ctx) {
    std::vector<const Instruction*> keywords;
    bool in_stage = false;
    for (const auto& ins : ctx.doc().instructions) {
        if (ins.kind == InstructionKind::from) in_stage = true;
        if (!in_stage || ins.kind == InstructionKind::unknown) continue;
        keywords.push_back(&ins);
    }
    int lower_count = 0, upper_count = 0;
    for (const auto* ins : keywords) {
        const auto& kw = ins->keyword.text;
        if (bk::is_lower(kw)) ++lower_count;
        else if (bk::is_upper(kw)) ++upper_count;
    }
    const bool majority_lower = lower_count > upper_count;
    for (const auto* ins : keywords) {
        const auto& kw = ins->keyword.text;
        if (majority_lower ? bk::is_lower(kw) : bk::is_upper(kw)) continue;
        const std::string want = majority_lower ? lower(kw) : bk::upper(kw);
        auto& d = ctx.report(ins->keyword.range,
                   fmt::format("Command '{}' should match the case of the command majority ({})", kw, majority_lower ? "lowercase" : "uppercase"),
                   fmt::format("write `{}`: {} of the {} instructions are in {} case", want, majority_lower ? lower_count : upper_count,
                               keywords.size(), majority_lower ? "lower" : "upper"));
        if (ctx.text(ins->keyword.range) == kw)
            d.fixes.push_back(Fix{fmt::format("write `{}`", want), FixSafety::safe, {Edit{ins->keyword.range, want}}});
    }
}

}  // namespace dflint::rules::ConsistentInstructionCasing
