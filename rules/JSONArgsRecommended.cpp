//! code: JSONArgsRecommended
//! name: json-args-recommended
//! severity: warning
//! category: runtime
//! instructions: CMD, ENTRYPOINT
//! summary: JSON arguments recommended for ENTRYPOINT/CMD to prevent unintended behavior related to OS signals
//! url: https://docs.docker.com/go/dockerfile/rule/json-args-recommended/
//! fixable: no
//!
//! ## What it does
//! Flags `CMD` and `ENTRYPOINT` in shell form (`CMD node server.js`) when no
//! `SHELL` instruction was given in the stage or the stages it builds on
//! (BuildKit build check `JSONArgsRecommended`). An explicit `SHELL` says the
//! shell form is intended, so it silences the check.
//!
//! ## Why is this bad?
//! Shell form runs your program as a child of `/bin/sh -c`. The shell is
//! process 1 in the container and does not pass signals on: `docker stop`
//! sends SIGTERM to the shell, your program never sees it, and after ten
//! seconds Docker kills everything with SIGKILL, so the program gets no
//! chance to shut down cleanly. In exec (JSON) form your program is
//! process 1 and receives the signal.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! CMD node server.js
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! CMD ["node", "server.js"]
//! ```
//!
//! If the command needs the shell (variables, pipes), let the shell replace
//! itself with the program: `CMD ["sh", "-c", "exec node server.js --port $PORT"]`.
//!
//! ## References
//! - [BuildKit check JSONArgsRecommended](https://docs.docker.com/reference/build-checks/json-args-recommended/)
//! - [Dockerfile reference: shell and exec form](https://docs.docker.com/reference/dockerfile/#shell-and-exec-form)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::JSONArgsRecommended {

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        if (c == '\t') {
            out += "\\t";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

// The words of a command that needs no shell to run: plain words separated by
// white space, without quotes, variables, globs, redirections or operators.
std::optional<std::vector<std::string>> plain_words(std::string_view text) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!cur.empty()) words.push_back(std::move(cur));
            cur.clear();
            continue;
        }
        if (std::string_view("\"'`$\\|&;<>(){}*?[]~#=").find(c) != std::string_view::npos) return std::nullopt;
        cur += c;
    }
    if (!cur.empty()) words.push_back(std::move(cur));
    if (words.empty()) return std::nullopt;
    return words;
}

// A SHELL instruction in the stage before `info` or in a stage it builds on.
bool shell_set(const InstructionInfo& info, const Model& model) {
    if (info.shell_set) return true;
    const Stage* stage = model.stage_of(info);
    for (std::size_t guard = 0; stage && guard <= model.stages().size(); ++guard) {
        for (auto i : stage->instructions) {
            const auto& other = model.infos()[i];
            if (other.index >= info.index) break;
            if (other.ins->kind == InstructionKind::shell) return true;
        }
        stage = stage->base_stage >= 0 ? &model.stages()[static_cast<std::size_t>(stage->base_stage)] : nullptr;
    }
    return false;
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    if (ins.json_form || ins.rest.text.empty() || shell_set(info, ctx.model())) return;
    const std::string& kw = ins.keyword.text;
    const std::string upper_kw = bk::upper(kw);
    std::string fix;
    auto words = plain_words(ins.rest.text);
    if (words && words->size() > 1 && words->front() == "exec") words->erase(words->begin());  // exec form needs no `exec`
    if (!ins.rest.text.empty() && ins.rest.text[0] == '[') {
        fix = "this looks like exec form but is not valid JSON (check the quotes, commas and brackets), so it runs through a shell";
    } else if (words) {
        fix = upper_kw + " [";
        for (std::size_t i = 0; i < words->size(); ++i) fix += (i ? ", " : "") + json_string((*words)[i]);
        fix += "]";
        fix = fmt::format("use the exec form: `{}`", fix);
    } else {
        fix = fmt::format("use the exec form; this command needs a shell, so let the shell hand over to the program with `exec`: "
                          "`{} [\"/bin/sh\", \"-c\", {}]` (or add a `SHELL` instruction if you really want shell form)",
                          upper_kw, json_string("exec " + ins.rest.text));
    }
    ctx.report(ins.rest.range, fmt::format("JSON arguments recommended for {} to prevent unintended behavior related to OS signals", kw),
               fix + fmt::format("; in shell form `/bin/sh -c` is process 1 and does not pass SIGTERM on to your program"));
}

}  // namespace dflint::rules::JSONArgsRecommended
