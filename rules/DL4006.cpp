//! code: DL4006
//! name: pipe-without-pipefail
//! severity: warning
//! category: correctness
//! instructions: RUN
//! summary: Set the shell option pipefail before a RUN with a pipe
//! url: https://github.com/hadolint/hadolint/wiki/DL4006
//!
//! ## What it does
//! Flags the first pipe (`|`) of a shell-form `RUN` when the stage's `SHELL`
//! is not bash, zsh, ash or ksh started with `-o pipefail`, and the `RUN`
//! itself does not run `set -o pipefail` (or `set -euo pipefail`) before the
//! pipe. Stages whose `SHELL` is PowerShell or cmd are not checked, nor are
//! Windows images (backtick `escape` directive or a Windows base image), and
//! a `SHELL` inherited from the stage named in `FROM` counts. The `|` of
//! `case` patterns (`a|b)`) is not a pipe.
//!
//! ## Why is this bad?
//! A pipeline reports the exit status of its *last* command only. In
//! `RUN curl -fsSL https://example.com/install.sh | sh` a failed download
//! still lets the step succeed (`sh` happily runs an empty script), and
//! `RUN wget -O - URL | tar xz` builds an image without the files. With
//! `pipefail`, the pipeline fails when any of its commands fails, so the
//! build stops where the problem is. `/bin/sh` on Debian (dash) has no
//! `pipefail`: switch the `SHELL` to bash (or ash on Alpine).
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12-slim
//! RUN curl -fsSL https://example.com/data.tar.gz | tar -xz -C /opt
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12-slim
//! SHELL ["/bin/bash", "-o", "pipefail", "-c"]
//! RUN curl -fsSL https://example.com/data.tar.gz | tar -xz -C /opt
//! ```
//!
//! ## References
//! - [Best practices: using pipes](https://docs.docker.com/build/building/best-practices/#using-pipes)
//! - [Dockerfile reference: SHELL](https://docs.docker.com/reference/dockerfile/#shell)
//! - [bash manual: pipelines](https://www.gnu.org/software/bash/manual/html_node/Pipelines.html)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL4006 {

using namespace lang;

std::string shell_name(const std::vector<std::string>& shell) {
    if (shell.empty()) return {};
    std::string_view n = shell.front();
    const auto slash = n.find_last_of("/\\");
    if (slash != std::string_view::npos) n.remove_prefix(slash + 1);
    if (n == "env" && shell.size() > 1) return shell_name({shell.begin() + 1, shell.end()});
    return lower(n);
}

bool non_posix(const std::string& n) { return starts_with(n, "pwsh") || starts_with(n, "powershell") || starts_with(n, "cmd"); }

// `-o pipefail` among some words (`-o`, `-eo`, `-euxo` then `pipefail`).
bool has_pipefail(const std::vector<std::string_view>& words) {
    bool o = false, pipefail = false;
    for (auto w : words) {
        if (w.size() > 1 && w[0] == '-' && w[1] != '-' && w.find('o') != std::string_view::npos) o = true;
        if (w == "pipefail") pipefail = true;
    }
    return o && pipefail;
}

bool shell_has_pipefail(const std::vector<std::string>& shell) {
    const auto n = shell_name(shell);
    if (!one_of(n, {"bash", "zsh", "ash", "ksh", "mksh"})) return false;
    return has_pipefail({shell.begin(), shell.end()});
}

bool sets_pipefail(const shell::Command& c) {
    if (!c.is("set")) return false;
    std::vector<std::string_view> words;
    for (const auto& a : c.args) words.push_back(a.text);
    return has_pipefail(words);
}

// Offsets of the `|` characters that separate the patterns of a `case`
// (`a|b) …;;`): they are not pipes. The shared shell parser reads them as
// pipes, so they are found here with a small scan of the script text.
std::vector<std::size_t> case_pattern_bars(std::string_view s) {
    enum class St { none, subject, in, pattern, body };
    std::vector<St> stack;
    std::vector<std::size_t> out;
    const auto top = [&] { return stack.empty() ? St::none : stack.back(); };
    constexpr std::string_view separators = " \t\n;&|()<>";
    // Reads one shell word starting at k (quotes, escapes and $(…) included).
    const auto read_word = [&](std::size_t& k) {
        const std::size_t b = k;
        while (k < s.size()) {
            const char c = s[k];
            if (c == '\\') {
                k += 2;
            } else if (c == '\'' || c == '"') {
                ++k;
                while (k < s.size() && s[k] != c) k += (c == '"' && s[k] == '\\') ? 2 : 1;
                ++k;
            } else if (c == '$' && k + 1 < s.size() && (s[k + 1] == '(' || s[k + 1] == '{')) {
                const char open = s[k + 1], close = open == '(' ? ')' : '}';
                int depth = 0;
                ++k;
                while (k < s.size()) {
                    if (s[k] == open) ++depth;
                    else if (s[k] == close && --depth == 0) break;
                    ++k;
                }
                ++k;
            } else if (separators.find(c) != std::string_view::npos) {
                break;
            } else {
                ++k;
            }
        }
        k = std::min(k, s.size());
        return s.substr(b, k - b);
    };
    std::size_t i = 0;
    bool word_start = true;  // at the start of a command word
    while (i < s.size()) {
        const char c = s[i];
        if (c == '#' && word_start) {
            while (i < s.size() && s[i] != '\n') ++i;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\n') {
            ++i;
            word_start = true;
            continue;
        }
        if (c == ';' && top() == St::body && i + 1 < s.size() && (s[i + 1] == ';' || s[i + 1] == '&')) {
            i += 2;
            if (i < s.size() && s[i] == '&') ++i;
            stack.back() = St::pattern;
            word_start = true;
            continue;
        }
        if (top() == St::pattern && (c == '|' || c == ')' || c == '(')) {
            if (c == '|') out.push_back(i);
            if (c == ')') stack.back() = St::body;
            ++i;
            word_start = true;
            continue;
        }
        if (separators.find(c) != std::string_view::npos) {
            ++i;
            word_start = true;
            continue;
        }
        const bool was_start = word_start;
        word_start = false;
        const std::string_view w = read_word(i);
        switch (top()) {
            case St::subject: stack.back() = St::in; break;
            case St::in:
                if (w == "in") stack.back() = St::pattern;
                break;
            case St::pattern:
                if (w == "esac") stack.pop_back();
                break;
            default:
                if (was_start && w == "case") stack.push_back(St::subject);
                else if (was_start && w == "esac" && !stack.empty()) stack.pop_back();
                break;
        }
    }
    return out;
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    if (!info.script || !info.script->has_pipe || info.ins->json_form) return;
    const auto name = shell_name(info.shell);
    if (non_posix(name) || shell_has_pipefail(info.shell)) return;
    if (!info.shell_set && is_windows_stage(ctx.model(), info)) return;
    const auto& cmds = info.script->commands;
    std::size_t pipefail_at = std::string::npos;
    for (const auto& c : cmds)
        if (sets_pipefail(c)) {
            pipefail_at = c.begin;
            break;
        }
    const std::string& text = info.script_text;
    // Without the word `case` there are no pattern bars to scan for.
    const auto not_pipes = text.find("case") == std::string::npos ? std::vector<std::size_t>{} : case_pattern_bars(text);
    // The pipe operators, found from the commands on either side (a group
    // such as `{ …; } | tee` has no command right before its pipe).
    std::size_t bar = std::string::npos;
    for (const auto& c : cmds) {
        std::size_t at = std::string::npos;
        if ((c.separator_after == "|" || c.separator_after == "|&")) at = text.find('|', c.end);
        else if ((c.separator_before == "|" || c.separator_before == "|&") && c.begin > 0) at = text.rfind('|', c.begin - 1);
        if (at == std::string::npos || std::find(not_pipes.begin(), not_pipes.end(), at) != not_pipes.end()) continue;
        bar = std::min(bar, at);
    }
    if (bar == std::string::npos) return;
    if (pipefail_at != std::string::npos && pipefail_at < bar) return;
    const bool both = bar + 1 < text.size() && text[bar + 1] == '&';
    const Range r = info.script_range(bar, bar + (both ? 2 : 1));
    // What fails unnoticed: the command (or group) left of the pipe.
    std::size_t k = bar;
    while (k > 0 && (text[k - 1] == ' ' || text[k - 1] == '\t' || text[k - 1] == '\n')) --k;
    const shell::Command* left_cmd = nullptr;
    for (const auto& c : cmds)
        if (c.name && c.end <= bar && (!left_cmd || c.end > left_cmd->end)) left_cmd = &c;
    const bool group = k > 0 && (text[k - 1] == '}' || text[k - 1] == ')');
    const std::string left = group || !left_cmd ? std::string("a command before the pipe") : fmt::format("`{}`", left_cmd->basename());
    const std::string current = info.shell.empty() ? "/bin/sh" : info.shell.front();
    const bool bash_like = one_of(name, {"bash", "zsh", "ash", "ksh", "mksh"});
    ctx.report(r,
               fmt::format("this pipe hides failures: without `pipefail`, `{}` reports only the exit status of the last command of a pipeline, "
                           "so the step succeeds even when {} fails",
                           current, left),
               bash_like ? fmt::format("add `-o pipefail` to the SHELL: `SHELL [\"{}\", \"-o\", \"pipefail\", \"-c\"]`, or start the RUN with `set -o pipefail &&`",
                                       current)
                         : "add `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]` before this RUN (on Alpine without bash: "
                           "`SHELL [\"/bin/ash\", \"-o\", \"pipefail\", \"-c\"]`)");
}

}  // namespace dflint::rules::DL4006
