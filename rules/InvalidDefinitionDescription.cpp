//! code: InvalidDefinitionDescription
//! name: invalid-definition-description
//! severity: ignore
//! category: style
//! instructions: ARG, FROM
//! summary: Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`
//! url: https://docs.docker.com/go/dockerfile/rule/invalid-definition-description/
//! fixable: no
//!
//! ## What it does
//! Looks at the comment line directly above `FROM … AS <stage>` and `ARG`
//! and flags it when its first word is not the stage's (lower-case) name or
//! one of the ARG's names (BuildKit build check `InvalidDefinitionDescription`).
//! The check is experimental in BuildKit, so it is off by default here too;
//! enable it by giving it a severity in the configuration.
//!
//! As in BuildKit, only a comment line that is empty (a lone `#`) separates
//! a comment from the instruction; a blank line does not.
//!
//! ## Why is this bad?
//! `docker buildx build --call=outline` and `--call=targets` show such
//! comments as the description of a build argument or a target, but only
//! when the comment starts with the name. Any other comment directly above
//! the definition is not picked up, so the description is lost.
//!
//! ## Example
//! ```dockerfile
//! # The Go toolchain to build with
//! ARG GO_VERSION=1.22
//! # Builds the server binary
//! FROM golang:${GO_VERSION} AS build
//! ```
//!
//! Use instead:
//! ```dockerfile
//! # GO_VERSION the Go toolchain to build with
//! ARG GO_VERSION=1.22
//! # build compiles the server binary
//! FROM golang:${GO_VERSION} AS build
//! ```
//!
//! ## References
//! - [BuildKit check InvalidDefinitionDescription](https://docs.docker.com/reference/build-checks/invalid-definition-description/)
//! - [Build checks: experimental checks](https://docs.docker.com/build/checks/#experimental-checks)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::InvalidDefinitionDescription {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    if (ins.comments.empty()) return;
    std::vector<std::string> keys;
    std::string what;
    if (ins.kind == InstructionKind::from) {
        const Stage* stage = ctx.model().stage_of(info);
        if (!stage || stage->name.empty()) return;
        keys.push_back(stage->name);
        what = "FROM";
    } else {
        for (const auto& kv : ins.pairs) keys.push_back(kv.key.text);
        what = "ARG";
    }
    if (keys.empty()) return;
    const Comment& comment = ins.comments.back();
    const std::string_view text = comment.text;
    const std::string first(text.substr(0, text.find(' ')));
    if (std::find(keys.begin(), keys.end(), first) != keys.end()) return;
    const std::string example = keys.size() > 1 ? "<arg_key>" : keys.front();
    ctx.report(comment.range, fmt::format("Comment for {} should follow the format: `# {} <description>`", what, example),
               fmt::format("start the comment with the name: `# {} {}`; if it is not meant as a description, separate it from the {} with a line "
                           "holding only `#`",
                           keys.front(), text, what == "FROM" ? "stage" : "ARG"));
}

}  // namespace dflint::rules::InvalidDefinitionDescription
