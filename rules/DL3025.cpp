//! code: DL3025
//! name: shell-form-cmd
//! severity: warning
//! category: runtime
//! instructions: CMD, ENTRYPOINT, HEALTHCHECK
//! summary: Use the JSON (exec) form for CMD, ENTRYPOINT and HEALTHCHECK CMD
//! url: https://github.com/hadolint/hadolint/wiki/DL3025
//! fixable: yes
//!
//! ## What it does
//! Flags `CMD`, `ENTRYPOINT` and `HEALTHCHECK CMD` written in shell form
//! (`CMD node server.js`) instead of the JSON array form
//! (`CMD ["node", "server.js"]`).
//!
//! ## Why is this bad?
//! In shell form Docker runs the command through `/bin/sh -c`. The shell
//! becomes process 1 of the container and your program only its child:
//! `docker stop` sends SIGTERM to the shell, which does not pass it on, so
//! your program gets no chance to shut down cleanly and is killed after the
//! 10 second timeout. A shell-form `ENTRYPOINT` also ignores every argument
//! given to `docker run` and the `CMD`. The JSON form starts the program
//! directly. (If you need shell features, put the commands in a script and
//! start it with `exec` in JSON form.)
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
//! ## References
//! - [Dockerfile reference: shell and exec form](https://docs.docker.com/reference/dockerfile/#shell-and-exec-form)
//! - [Dockerfile reference: ENTRYPOINT](https://docs.docker.com/reference/dockerfile/#entrypoint)
//! - [BuildKit check JSONArgsRecommended](https://docs.docker.com/reference/build-checks/json-args-recommended/)

#include "rules/rule.hpp"

namespace dflint::rules::DL3025 {

namespace {

std::string json_string(std::string_view s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

// The exec form of a simple command line ("node server.js" → ["node", "server.js"]);
// "" when the text needs a shell (variables, operators, redirections, …).
std::string exec_form(std::string_view text) {
    const auto script = shell::parse_script(text);
    if (!script.ok || script.commands.size() != 1) return {};
    const auto& c = script.commands.front();
    if (!c.name || !c.assignments.empty() || !c.redirects.empty() || c.in_substitution) return {};
    std::vector<const shell::Word*> words{&*c.name};
    for (const auto& a : c.args) words.push_back(&a);
    std::string out = "[";
    for (const auto* w : words) {
        if (w->has_expansion || w->text.find_first_of("*?[~") != std::string::npos) return {};
        if (out.size() > 1) out += ", ";
        out += json_string(w->text);
    }
    return out + "]";
}

}  // namespace

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    if (ins.json_form || ins.args.empty()) return;
    std::string keyword = std::string(keyword_name(ins.kind));
    const Token* command = &ins.args.front();
    if (ins.kind == InstructionKind::healthcheck) {
        if (ins.args.size() < 2 || !iequals(ins.args[0].text, "CMD")) return;
        command = &ins.args[1];
        keyword = "HEALTHCHECK CMD";
    }
    if (command->text.empty()) return;
    const std::string exec = exec_form(command->text);
    std::string why = ins.kind == InstructionKind::healthcheck
                          ? "every check starts an extra `/bin/sh -c`, which must exist in the image"
                          : "it runs as a child of `/bin/sh -c`, which does not pass on signals: `docker stop` cannot stop it cleanly";
    if (ins.kind == InstructionKind::entrypoint) why += ", and the arguments of `docker run` are ignored";
    std::string help;
    if (!exec.empty()) {
        std::string flags;
        if (ins.kind == InstructionKind::healthcheck)
            for (const auto& f : ins.flags) flags += f.word + " ";
        help = fmt::format("write it in JSON form: `{}{}{} {}`", ins.kind == InstructionKind::healthcheck ? "HEALTHCHECK " : "", flags,
                           ins.kind == InstructionKind::healthcheck ? "CMD" : keyword, exec);
    } else if (ins.kind == InstructionKind::healthcheck) {
        help = "run the checking program itself in JSON form, e.g. `HEALTHCHECK CMD [\"curl\", \"-f\", \"http://localhost:8080/health\"]` "
               "(a non-zero exit already marks the container unhealthy), or put the logic in a script started in JSON form";
    } else {
        help = fmt::format("this command needs a shell: put it in a script that ends with `exec <program>` and start the script in JSON form, e.g. `{} [\"/usr/local/bin/start.sh\"]`",
                           keyword);
    }
    auto& d = ctx.report(command->range, fmt::format("`{}` is in shell form: {}", keyword, why), help);
    // Fix: only plain words (no quotes, variables, operators, globs), on one
    // line, and no SHELL instruction that the exec form would bypass.
    if (exec.empty() || ins.kind == InstructionKind::healthcheck || info.shell_set) return;
    const std::string_view src = ctx.text(command->range);
    if (src != command->text || src.find_first_of("\"'$;|&<>*?[]{}~`\\#()!\r\n") != std::string_view::npos) return;
    if (src.find(ctx.doc().escape) != std::string_view::npos) return;
    // ENTRYPOINT in exec form starts taking CMD's words as arguments, and a
    // CMD next to an ENTRYPOINT is passed to it differently: both unsafe.
    bool has_entrypoint = false;
    if (const Stage* stage = ctx.model().stage_of(info))
        for (const auto i : stage->instructions)
            has_entrypoint = has_entrypoint || ctx.model().infos()[i].ins->kind == InstructionKind::entrypoint;
    const bool safe = ins.kind == InstructionKind::cmd && !has_entrypoint;
    d.fixes.push_back(Fix{"use the JSON (exec) form", safe ? FixSafety::safe : FixSafety::unsafe, {Edit{command->range, exec}}});
}

}  // namespace dflint::rules::DL3025
