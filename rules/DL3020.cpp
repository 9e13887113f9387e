//! code: DL3020
//! name: add-instead-of-copy
//! severity: error
//! category: correctness
//! instructions: ADD
//! summary: Use COPY instead of ADD for files and folders
//! url: https://github.com/hadolint/hadolint/wiki/DL3020
//!
//! ## What it does
//! Flags each `ADD` source that is a plain file or folder: not an `http://`
//! or `https://` URL, not a Git repository (`git@…`, `git://…`, `ssh://…`)
//! and not a tar archive (`.tar`, `.tar.gz`, `.tgz`, `.tar.xz`, …) that `ADD`
//! would unpack. A source given through an `ARG`/`ENV` value is judged by
//! that value.
//!
//! ## Why is this bad?
//! `ADD` does more than copy: it downloads URLs and silently unpacks local
//! tar archives. For a plain file it behaves like `COPY`, but a reader cannot
//! tell which of its behaviours you meant, and a later rename (`app.bin` →
//! `app.tar`) suddenly changes what the instruction does. `COPY` does exactly
//! one predictable thing; keep `ADD` for the cases that need it.
//!
//! ## Example
//! ```dockerfile
//! FROM python:3.12-slim
//! ADD requirements.txt /app/
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM python:3.12-slim
//! COPY requirements.txt /app/
//! ```
//!
//! ## References
//! - [Dockerfile reference: ADD](https://docs.docker.com/reference/dockerfile/#add)
//! - [Best practices: ADD or COPY](https://docs.docker.com/build/building/best-practices/#add-or-copy)

#include "rules/copy_util.hpp"

namespace dflint::rules::DL3020 {

namespace {

bool is_git(std::string_view s) { return s.rfind("git@", 0) == 0 || s.rfind("git://", 0) == 0 || s.rfind("ssh://", 0) == 0; }

}  // namespace

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    const auto paths = copy_util::path_args(ins);
    if (paths.size() < 2) return;
    std::vector<std::size_t> plain;
    std::vector<std::string> values(paths.size());
    for (std::size_t i = 0; i + 1 < paths.size(); ++i) {
        std::string src = paths[i].text;
        if (src.find('$') != std::string::npos) {
            auto r = ctx.model().expand(src, info);
            if (r.ok && r.unmatched.empty()) src = r.word;
        }
        values[i] = src;
        if (!copy_util::is_url(src) && !is_git(src) && !copy_util::is_archive_name(src)) plain.push_back(i);
    }
    if (plain.empty()) return;
    std::string copy_flags;
    for (const auto& f : ins.flags)
        if (f.name != "checksum" && f.name != "keep-git-dir" && f.name != "unpack") copy_flags += " " + f.word;
    const bool all_plain = plain.size() + 1 == paths.size();
    for (auto i : plain) {
        std::string copy = "COPY" + copy_flags;
        if (all_plain)
            for (const auto& p : paths) copy += " " + p.raw;
        else
            copy += " " + paths[i].raw + " " + paths.back().raw;
        const bool heredoc = !ins.heredocs.empty() && paths[i].text.rfind("<<", 0) == 0;
        const std::string shown = values[i] == paths[i].text ? fmt::format("`{}`", paths[i].text) : fmt::format("`{}` (= `{}`)", paths[i].text, values[i]);
        ctx.report(paths[i].range,
                   heredoc ? fmt::format("`ADD {}` only writes inline text to a file: COPY does the same, and ADD hides whether a download or an unpack was meant", paths[i].text)
                           : fmt::format("{} is a plain file or folder: ADD copies it like COPY would, but hides whether a download or an unpack was meant", shown),
                   fmt::format("use COPY for local files and folders: `{}`{}", copy, all_plain ? "" : " (and keep ADD for the URLs and archives)"));
    }
}

}  // namespace dflint::rules::DL3020
