//! code: DL3013
//! name: unpinned-pip-package
//! severity: warning
//! category: pinning
//! instructions: RUN, ONBUILD
//! summary: Pin versions in pip install
//! url: https://github.com/hadolint/hadolint/wiki/DL3013
//!
//! ## What it does
//! Flags every package of a `pip install` (also `pip3`, `python -m pip`,
//! `pipx install`) that is named without a version specifier (`==`, `~=`,
//! `>=`, `<=`, `>`, `<`, `!=`, `===`). Not reported: requirement files
//! (`-r requirements.txt`), installs under a constraints file
//! (`-c constraints.txt`), local paths and archives (`.`, `./pkg`,
//! `dist/app.whl`, `app.tar.gz`), URLs, and VCS links pinned with `@ref`
//! (`git+https://…/repo.git@v1.2`). A package written through a variable
//! (`$PKG`) is judged by the variable's value when the Dockerfile gives one.
//!
//! ## Why is this bad?
//! `pip install flask` installs whatever version is newest on the day of the
//! build. The same Dockerfile then produces different images over time, and a
//! new major release can break a build that nobody touched. With a pin, an
//! upgrade is a visible change that you review and test.
//!
//! ## Example
//! ```dockerfile
//! FROM python:3.12-slim
//! RUN pip install --no-cache-dir flask gunicorn
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM python:3.12-slim
//! RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0
//! ```
//!
//! Or keep the pins in a requirements file:
//! ```dockerfile
//! FROM python:3.12-slim
//! COPY requirements.txt .
//! RUN pip install --no-cache-dir -r requirements.txt
//! ```
//!
//! ## References
//! - [pip: requirement specifiers](https://pip.pypa.io/en/stable/reference/requirement-specifiers/)
//! - [pip: repeatable installs](https://pip.pypa.io/en/stable/topics/repeatable-installs/)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3013 {

using namespace lang;

bool is_vcs(std::string_view p) {
    return starts_with(p, "git+") || starts_with(p, "hg+") || starts_with(p, "svn+") || starts_with(p, "bzr+") || starts_with(p, "git://") ||
           starts_with(p, "svn://");
}

bool pinned(std::string_view p) {
    for (std::string_view op : {"==", ">=", "<=", "~=", "!=", ">", "<"})
        if (contains(p, op)) return true;
    if (is_vcs(p)) {
        // The ref follows the repository path: `…/repo.git@v1.2#egg=x`
        // (an `@` before the last `/` is a user name).
        const auto slash = p.rfind('/');
        return slash != std::string_view::npos && p.find('@', slash) != std::string_view::npos;
    }
    if (contains(p, " @ ")) return true;  // PEP 508 direct reference: `name @ https://…`
    if (starts_with(p, ".")) return true;  // `.`, `./pkg`, `.[dev]`
    if (contains(p, "/")) return true;     // a path or a URL names one exact file
    for (std::string_view ext : {".whl", ".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".zip", ".tar"})
        if (ends_with(p, ext)) return true;
    return false;
}

bool is_pipx(const shell::Command& c, const shell::Word* install) {
    if (c.basename() == "pipx") return true;
    // python -m pipx install
    const auto i = arg_index(c, install);
    return i >= 1 && c.args[i - 1].text == "pipx";
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        const shell::Word* install = pip_install_word(c, true);
        if (!install) continue;
        const Scan s = scan(c, arg_index(c, install) + 1, pip_install_options());
        // A constraints file pins whatever the command installs.
        if (has_option(s, {"c", "constraint"})) continue;
        const bool pipx = is_pipx(c, install);
        for (const shell::Word* w : s.operands) {
            const Resolved r = resolve(ctx.model(), info, *w);
            if (!r.known) continue;
            for (const auto& p : r.words) {
                if (p.empty() || pinned(p)) continue;
                const std::string shown = r.from_variables ? fmt::format("`{}` (from `{}`)", p, w->raw) : fmt::format("`{}`", p);
                if (is_vcs(p)) {
                    // Where the ref goes: before `#egg=…`, else at the end.
                    const auto hash = p.find('#');
                    const std::string with_ref = hash == std::string::npos ? p + "@<tag-or-commit>" : p.substr(0, hash) + "@<tag-or-commit>" + p.substr(hash);
                    ctx.report(word_range(info, *w),
                               fmt::format("{} names no tag or commit: every build installs whatever the default branch holds that day", shown),
                               fmt::format("add the tag or commit after the repository: `{} install {}`", pipx ? "pipx" : "pip", with_ref));
                    break;
                }
                ctx.report(word_range(info, *w),
                           fmt::format("{} is installed without a version: every build gets whatever release is newest that day", shown),
                           pipx ? fmt::format("pin the version: `pipx install \"{}==<version>\"`", p)
                                : fmt::format("pin the version: `pip install {}==<version>`, or list pinned versions in a requirements file and run "
                                              "`pip install -r requirements.txt`",
                                              p));
                break;
            }
        }
    }
}

}  // namespace dflint::rules::DL3013
