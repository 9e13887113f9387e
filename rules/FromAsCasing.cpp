//! code: FromAsCasing
//! name: from-as-casing
//! severity: warning
//! category: style
//! instructions: FROM
//! summary: The 'as' keyword should match the case of the 'from' keyword
//! url: https://docs.docker.com/go/dockerfile/rule/from-as-casing/
//! fixable: yes
//!
//! ## What it does
//! Flags `FROM image as name` (upper-case `FROM`, lower-case `as`) and
//! `from image AS name` (BuildKit build check `FromAsCasing`). A `FROM`
//! keyword in mixed case (`From`) is left to ConsistentInstructionCasing.
//!
//! ## Why is this bad?
//! `AS` works in any case, but mixing cases on one line makes the file look
//! careless and harder to scan; keywords read best when they all follow one
//! style.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20 as build
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20 AS build
//! ```
//!
//! ## References
//! - [BuildKit check FromAsCasing](https://docs.docker.com/reference/build-checks/from-as-casing/)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::FromAsCasing {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& from = *info.ins;
    if (from.args.size() < 3) return;
    const std::string& kw = from.keyword.text;
    const bool kw_lower = bk::is_lower(kw), kw_upper = bk::is_upper(kw);
    if (!kw_lower && !kw_upper) return;  // mixed case: ConsistentInstructionCasing reports it
    const Token& as = from.args[1];
    if (kw_lower ? bk::is_lower(as.text) : bk::is_upper(as.text)) return;
    const std::string want = kw_lower ? lower(as.text) : bk::upper(as.text);
    auto& d = ctx.report(as.range, fmt::format("'{}' and '{}' keywords' casing do not match", as.text, kw),
               fmt::format("write `{}` in the case of `{}`: `{} {} {} {}`", want, kw, kw, from.args[0].text, want, from.args[2].text));
    if (ctx.text(as.range) == as.text)
        d.fixes.push_back(Fix{fmt::format("write `{}`", want), FixSafety::safe, {Edit{as.range, want}}});
}

}  // namespace dflint::rules::FromAsCasing
