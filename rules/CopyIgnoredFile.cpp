//! code: CopyIgnoredFile
//! name: copy-ignored-file
//! severity: warning
//! category: context
//! instructions: COPY, ADD
//! summary: Attempting to Copy file that is excluded by .dockerignore
//! url: https://docs.docker.com/go/dockerfile/rule/copy-ignored-file/
//!
//! ## What it does
//! When a build context is given (`dflint --context DIR`), flags a `COPY` or
//! `ADD` source from the context that `.dockerignore` excludes. As BuildKit
//! does, it is skipped when there is no ignore file or the file re-includes
//! anything with `!`, and `.` is only reported when the ignore file excludes
//! everything (`*`, `**`, `**/*`).
//!
//! ## Why is this bad?
//! Ignored files never reach the builder: the copy fails with "not found", or
//! silently copies less than you think (a folder without its ignored files).
//!
//! ## Example
//! ```dockerfile
//! # .dockerignore contains: config.local.json
//! FROM node:20
//! COPY config.local.json /app/
//! ```
//!
//! Use instead: remove the line from `.dockerignore`, or do not copy the file.
//!
//! ## References
//! - [BuildKit check CopyIgnoredFile](https://docs.docker.com/reference/build-checks/copy-ignored-file/)

#include "dflint/ignore.hpp"
#include "rules/rule.hpp"

namespace dflint::rules::CopyIgnoredFile {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const auto& c = ctx.config().context;
    if (!c || c->ignore_file.empty() || c->ignore_patterns.empty()) return;
    const Instruction& ins = *info.ins;
    if (ins.flag("from") || ins.args.size() < 2) return;
    auto m = ignore::Matcher::compile(std::span<const std::string>(c->ignore_patterns));
    if (!m.ok() || m->has_exclusions()) return;
    bool match_all = false;
    for (const auto& p : c->ignore_patterns) match_all = match_all || p == "*" || p == "**" || p == "**/*";
    for (std::size_t i = 0; i + 1 < ins.args.size(); ++i) {
        const auto& tok = ins.args[i];
        if (tok.text.find("<<") != std::string::npos || tok.text.find("://") != std::string::npos) continue;
        auto r = ctx.model().expand(tok.text, info);
        std::string path = ignore::clean_path(r.ok ? r.word : tok.text);
        while (!path.empty() && path[0] == '/') path.erase(0, 1);
        if (path.empty() || path == ".") {
            if (!match_all) continue;
            path.assign(1, '.');  // not `= "."`: GCC 12 warns falsely (-Wrestrict) there
        } else if (!m->matches(path)) {
            continue;
        }
        const bool add = ins.kind == InstructionKind::add;
        ctx.report(tok.range, fmt::format("Attempting to {} file \"{}\" that is excluded by .dockerignore", add ? "Add" : "Copy", path),
                   fmt::format("{} excludes it, so the builder never receives it: remove the pattern, or do not copy this path", c->ignore_file));
    }
}

}  // namespace dflint::rules::CopyIgnoredFile
