//! code: DL3021
//! name: copy-multiple-sources-to-file
//! severity: error
//! category: correctness
//! instructions: COPY
//! summary: COPY with more than one source needs a destination folder ending in /
//! url: https://github.com/hadolint/hadolint/wiki/DL3021
//!
//! ## What it does
//! Flags a `COPY` with two or more sources whose destination does not end in
//! `/`. The destination `.` (the working directory) is accepted: BuildKit
//! always treats it as a folder. A destination given through a variable is
//! judged by its value.
//!
//! ## Why is this bad?
//! Several files can only go into a folder. Without the trailing slash the
//! destination reads like a file name: the classic builder refuses to build
//! ("When using COPY with more than one source file, the destination must be
//! a directory and end with a /"), and readers cannot tell whether a folder
//! or a file was meant. The slash states it and makes `COPY` create the
//! folder when it does not exist yet.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! COPY package.json package-lock.json /app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! COPY package.json package-lock.json /app/
//! ```
//!
//! ## References
//! - [Dockerfile reference: COPY](https://docs.docker.com/reference/dockerfile/#copy)

#include "rules/copy_util.hpp"

namespace dflint::rules::DL3021 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const auto paths = copy_util::path_args(*info.ins);
    if (paths.size() < 3) return;
    const auto& dest = paths.back();
    std::string value = dest.text;
    if (value.find('$') != std::string::npos) {
        auto r = ctx.model().expand(value, info);
        if (r.ok && r.unmatched.empty()) value = r.word;
    }
    if (value == "." || (!value.empty() && (value.back() == '/' || value.back() == '\\'))) return;
    ctx.report(dest.range,
               fmt::format("this COPY has {} sources but its destination `{}` does not end in `/`: several files can only be copied into a folder",
                           paths.size() - 1, dest.text),
               fmt::format("end the destination with a slash to make it a folder: `{}/`", dest.text));
}

}  // namespace dflint::rules::DL3021
