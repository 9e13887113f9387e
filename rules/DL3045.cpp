//! code: DL3045
//! name: copy-relative-without-workdir
//! severity: warning
//! category: workdir
//! instructions: COPY, ADD
//! summary: COPY to a relative destination without WORKDIR set
//! url: https://github.com/hadolint/hadolint/wiki/DL3045
//! fixable: yes
//!
//! ## What it does
//! Flags a `COPY` or `ADD` whose destination is a relative path (`.`, `./`,
//! `app/`) in a stage where no `WORKDIR` was set — neither in the stage nor in
//! the stage it is built `FROM`.
//!
//! ## Why is this bad?
//! A relative destination is resolved against the working directory, which is
//! `/` unless a `WORKDIR` says otherwise (or the base image set one you cannot
//! see here). `COPY . .` then spreads your project over the root of the
//! filesystem, next to `/bin`, `/etc` and `/usr`: your files can shadow system
//! ones (a folder named `lib` or `bin` in your project lands on top of the
//! system's) and nothing is where you expect it. Set `WORKDIR` once near the
//! top; it also creates the folder.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! COPY package.json ./
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! WORKDIR /app
//! COPY package.json ./
//! ```
//!
//! ## References
//! - [Dockerfile reference: WORKDIR](https://docs.docker.com/reference/dockerfile/#workdir)
//! - [Best practices: WORKDIR](https://docs.docker.com/build/building/best-practices/#workdir)

#include "rules/rule.hpp"

namespace dflint::rules::DL3045 {

bool is_absolute_or_variable(std::string_view dest) {
    if (dest.empty()) return true;
    if (dest[0] == '/' || dest[0] == '$' || dest[0] == '\\') return true;
    // Windows drive: c:\ or c:/
    return dest.size() >= 2 && ((dest[0] >= 'a' && dest[0] <= 'z') || (dest[0] >= 'A' && dest[0] <= 'Z')) && dest[1] == ':';
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    if (ins.args.size() < 2 || info.workdir_set) return;
    const Token& dest = ins.args.back();
    const std::string path = unquote(dest.text);
    if (is_absolute_or_variable(path)) return;
    const std::string_view kw = ins.kind == InstructionKind::add ? "ADD" : "COPY";
    auto& d = ctx.report(dest.range,
               fmt::format("`{}` copies to the relative path `{}` but no WORKDIR is set: the files land in `/`, among the system's own folders",
                           kw, path),
               fmt::format("set a working directory first, e.g. `WORKDIR /app` on the line before (it also creates the folder), or use an absolute destination"));
    // Unsafe fix, on the stage's first relative COPY/ADD only: `WORKDIR /app`
    // on the line before (the files then land in /app, later RUNs run there).
    if (ins.kind == InstructionKind::onbuild || info.ins != &info.effective()) return;
    const Stage* stage = ctx.model().stage_of(info);
    if (!stage) return;
    for (const auto i : stage->instructions) {
        const auto& other = ctx.model().infos()[i];
        if (&other == &info) break;
        const Instruction& o = *other.ins;
        if ((o.kind == InstructionKind::copy || o.kind == InstructionKind::add) && o.args.size() >= 2 &&
            !is_absolute_or_variable(unquote(o.args.back().text)))
            return;  // an earlier COPY gets the fix
    }
    const auto& lines = ctx.doc().lines;
    const std::uint32_t line_start = lines.line_start(lines.line_of(ins.keyword.range.begin));
    const std::string indent(ctx.doc().text.substr(line_start, ins.keyword.range.begin - line_start));
    if (indent.find_first_not_of(" \t") != std::string::npos) return;
    const bool upper = ins.keyword.text != lower(ins.keyword.text);
    d.fixes.push_back(Fix{"insert `WORKDIR /app` before it", FixSafety::unsafe,
                          {Edit{Range{line_start, line_start}, indent + (upper ? "WORKDIR /app\n" : "workdir /app\n")}}});
}

}  // namespace dflint::rules::DL3045
