//! code: DL3047
//! name: wget-without-progress
//! severity: info
//! category: style
//! instructions: RUN, ONBUILD
//! summary: Use wget with --progress=dot:giga, -q or -nv to keep build logs readable
//! url: https://github.com/hadolint/hadolint/wiki/DL3047
//!
//! ## What it does
//! Flags a `wget` that prints its default progress bar: none of
//! `--progress=…`, `-q`/`--quiet`, `-nv`/`--no-verbose`, `-o`/`--output-file`
//! or `-a`/`--append-output` is given and its standard error is not
//! redirected. Windows images are not checked (there `wget` is PowerShell's
//! `Invoke-WebRequest`).
//!
//! ## Why is this bad?
//! Build output is not a terminal: wget's progress bar turns into thousands
//! of lines (or one enormous line) in the build log for a single large
//! download, which buries the messages that matter and can slow down or
//! truncate CI logs.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12-slim
//! RUN wget https://example.com/tool.tar.gz
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12-slim
//! RUN wget --progress=dot:giga https://example.com/tool.tar.gz
//! ```
//!
//! ## References
//! - [GNU Wget manual: --progress](https://www.gnu.org/software/wget/manual/wget.html#index-dot-style)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3047 {

using namespace lang;

bool quiet(const shell::Command& c) {
    for (const auto& a : c.args) {
        const std::string_view t = a.text;
        if (t == "--") break;
        if (t == "-nv" || t == "--no-verbose" || t == "--quiet" || starts_with(t, "--progress") || starts_with(t, "--output-file") ||
            starts_with(t, "--append-output"))
            return true;
        // Bundled short options: -q, -o FILE, -a FILE (-qO- counts as -q).
        if (t.size() > 1 && t[0] == '-' && t[1] != '-') {
            for (std::size_t k = 1; k < t.size(); ++k) {
                const char ch = t[k];
                if (ch == 'q' || ch == 'o' || ch == 'a') return true;
                // Options whose value follows in the same word end the bundle.
                if (ch == 'O' || ch == 'P' || ch == 'U' || ch == 'T' || ch == 't' || ch == 'e' || ch == 'i' || ch == 'B' || ch == 'w' ||
                    ch == 'l' || ch == 'Q' || ch == 'A' || ch == 'R' || ch == 'D' || ch == 'I' || ch == 'X')
                    break;
            }
        }
    }
    return false;
}

bool stderr_redirected(const shell::Command& c) {
    return std::any_of(c.redirects.begin(), c.redirects.end(), [](const shell::Redirect& r) {
        return r.op == "2>" || r.op == "2>>" || r.op == "&>" || r.op == "&>>";
    });
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    // In a Windows image `wget` is PowerShell's Invoke-WebRequest.
    if (!info.shell_set && is_windows_stage(ctx.model(), info)) return;
    for (const auto& c : commands(info)) {
        if (!c.is("wget")) continue;
        if (quiet(c) || stderr_redirected(c)) continue;
        ctx.report(word_range(info, *c.name), "`wget` prints its progress bar into the build log: a large download adds thousands of lines",
                   "add `--progress=dot:giga` (or `-nv` for one line per file, `-q` for none): `wget --progress=dot:giga <url>`");
    }
}

}  // namespace dflint::rules::DL3047
