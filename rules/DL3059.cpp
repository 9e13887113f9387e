//! code: DL3059
//! name: consecutive-run
//! severity: info
//! category: image-size
//! instructions: RUN
//! summary: Multiple consecutive RUN instructions: consider joining them
//! url: https://github.com/hadolint/hadolint/wiki/DL3059
//!
//! ## What it does
//! Flags a `RUN` that directly follows another `RUN` (only comments between
//! them) with the same options (`--mount`, `--network`, …), when each of the
//! two runs a single command. Steps that already chain several commands
//! (`a && b`) are left alone: their author chose where to split.
//!
//! ## Why is this bad?
//! Every `RUN` creates a layer. Chains of one-command `RUN`s make the image
//! bigger (files deleted in a later step still live in the earlier layer),
//! the build slower and the history longer. Related commands belong in one
//! `RUN`, joined with `&&`.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12-slim
//! RUN apt-get update
//! RUN apt-get install -y --no-install-recommends curl
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12-slim
//! RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
//! ```
//!
//! ## References
//! - [Best practices: minimize the number of layers](https://docs.docker.com/build/building/best-practices/#minimize-the-number-of-layers)
//! - [Best practices: RUN](https://docs.docker.com/build/building/best-practices/#run)

#include "rules/lang_util.hpp"

#include <algorithm>

namespace dflint::rules::DL3059 {

// Commands of the RUN; test brackets (`[ -f x ]`, `[[ … ]]`) are conditions, not commands.
std::size_t command_count(const InstructionInfo& info) {
    const auto& cmds = commands(info);
    return static_cast<std::size_t>(std::count_if(cmds.begin(), cmds.end(), [](const shell::Command& c) {
        return c.name.has_value() && c.name->text != "[" && c.name->text != "[[";
    }));
}

std::vector<std::string> flag_words(const Instruction& ins) {
    std::vector<std::string> out;
    for (const auto& f : ins.flags) out.push_back(f.word);
    std::sort(out.begin(), out.end());
    return out;
}

// The command text of a shell-form RUN on one line, white space collapsed.
std::string one_line(const Instruction& ins, std::size_t max = 60) {
    std::string out;
    bool space = false;
    for (char c : ins.rest.text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = !out.empty();
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (out.size() > max) {
        while (max > 0 && (static_cast<unsigned char>(out[max]) & 0xC0) == 0x80) --max;  // not inside a UTF-8 character
        out = out.substr(0, max) + "…";
    }
    return out;
}

void on_document(RuleContext& ctx) {
    const InstructionInfo* prev = nullptr;
    for (const auto& info : ctx.model().infos()) {
        // Any other instruction (and a heredoc RUN, whose script is meant to stay apart) ends the chain.
        if (info.ins->kind != InstructionKind::run || !info.ins->heredocs.empty()) {
            prev = nullptr;
            continue;
        }
        if (prev && flag_words(*prev->ins) == flag_words(*info.ins) && command_count(*prev) <= 1 && command_count(info) <= 1) {
            const bool shell_form = !prev->ins->json_form && !info.ins->json_form;
            std::string head = prev->ins->keyword.text;
            for (const auto& f : prev->ins->flags) head += " " + f.word;
            ctx.report(info.ins->keyword.range,
                       fmt::format("this RUN directly follows the RUN on line {}: each RUN adds a layer", prev->ins->start_line),
                       shell_form ? fmt::format("join the two steps into one RUN: `{} {} && {}`", head, one_line(*prev->ins), one_line(*info.ins))
                                  : std::string("join the two steps into one RUN"));
        }
        prev = &info;
    }
}

}  // namespace dflint::rules::DL3059
