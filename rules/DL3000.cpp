//! code: DL3000
//! name: absolute-workdir
//! severity: error
//! category: workdir
//! instructions: WORKDIR
//! summary: Use absolute WORKDIR
//! url: https://github.com/hadolint/hadolint/wiki/DL3000
//!
//! ## What it does
//! Flags a `WORKDIR` whose path is relative (does not start with `/`, a
//! variable or a Windows drive letter).
//!
//! ## Why is this bad?
//! A relative `WORKDIR` is resolved against the previous working directory —
//! usually `/`, but whatever the base image chose otherwise. The result
//! depends on something you cannot see in this file, and changes when the
//! base image does.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! WORKDIR app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! WORKDIR /app
//! ```
//!
//! ## References
//! - [Dockerfile reference: WORKDIR](https://docs.docker.com/reference/dockerfile/#workdir)

#include "rules/rule.hpp"

namespace dflint::rules::DL3000 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    if (ins.args.empty()) return;
    const std::string path = unquote(ins.args[0].text);
    if (path.empty() || path[0] == '/' || path[0] == '$' || path[0] == '\\') return;
    if (path.size() >= 2 && std::isalpha(static_cast<unsigned char>(path[0])) && path[1] == ':') return;
    const std::string resolved = info.workdir == "/" ? "/" + path : info.workdir + "/" + path;
    ctx.report(ins.args[0].range,
               fmt::format("relative WORKDIR `{}` depends on the directory before it (here `{}`, unless the base image set another)", path, resolved),
               fmt::format("write the absolute path: `WORKDIR {}`", resolved));
}

}  // namespace dflint::rules::DL3000
