//! code: InvalidDefaultArgInFrom
//! name: invalid-default-arg-in-from
//! severity: warning
//! category: correctness
//! instructions: FROM
//! summary: Default value for global ARG results in an empty or invalid base image name
//! url: https://docs.docker.com/go/dockerfile/rule/invalid-default-arg-in-from/
//! fixable: no
//!
//! ## What it does
//! Expands the image of each `FROM` that uses variables with the defaults of
//! the global `ARG`s only (as if no `--build-arg` were given) and flags it when
//! the result is empty or not a valid image reference (BuildKit build check
//! `InvalidDefaultArgInFrom`). `ARG TAG` without a default followed by
//! `FROM node:$TAG` gives `node:`, which is invalid.
//!
//! ## Why is this bad?
//! The Dockerfile only builds when every caller remembers the right
//! `--build-arg`. A plain `docker build .`, an IDE, or a CI job that does not
//! know about the argument fails with a confusing reference error. A sensible
//! default makes the file work out of the box and documents the expected
//! value.
//!
//! ## Example
//! ```dockerfile
//! ARG NODE_VERSION
//! FROM node:${NODE_VERSION}-alpine
//! ```
//!
//! Use instead:
//! ```dockerfile
//! ARG NODE_VERSION=20
//! FROM node:${NODE_VERSION}-alpine
//! ```
//!
//! ## References
//! - [BuildKit check InvalidDefaultArgInFrom](https://docs.docker.com/reference/build-checks/invalid-default-arg-in-from/)
//! - [Dockerfile reference: understand how ARG and FROM interact](https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::InvalidDefaultArgInFrom {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& from = *info.ins;
    if (from.args.empty() || from.args[0].text.find('$') == std::string::npos) return;
    shell::LexOptions o;
    o.escape = ctx.doc().escape;
    // The global scope with defaults only: automatic platform ARGs, then the
    // ARGs before the first FROM that have a default.
    std::vector<std::pair<std::string, std::string>> args;
    for (const auto& v : ctx.model().global_env()->vars)
        if (v.source == VarSource::builtin && v.value) args.emplace_back(v.name, *v.value);
    auto lookup = [&args](std::string_view name) -> std::optional<std::string> {
        for (auto it = args.rbegin(); it != args.rend(); ++it)
            if (it->first == name) return it->second;
        return std::nullopt;
    };
    std::vector<std::string> no_default;
    for (const auto& ins : ctx.doc().instructions) {
        if (ins.kind == InstructionKind::from) break;
        if (ins.kind != InstructionKind::arg) continue;
        for (const auto& kv : ins.pairs) {
            if (!kv.value) {
                no_default.push_back(kv.key.text);
                continue;
            }
            const auto r = shell::process_word(kv.value->text, lookup, o);
            if (!r.ok) return;  // BuildKit gives up on the check
            args.emplace_back(kv.key.text, r.word);
        }
    }
    const auto r = shell::process_word(from.args[0].text, lookup, o);
    if (!r.ok) return;
    const ImageRef ref = parse_image_ref(r.word);
    if (ref.valid) return;
    std::string missing, first;
    for (const auto& n : r.unmatched)
        if (std::find(no_default.begin(), no_default.end(), n) != no_default.end()) {
            missing += (missing.empty() ? "" : ", ") + n;
            if (first.empty()) first = n;
        }
    const std::string result = r.word.empty() ? "an empty image name" : fmt::format("`{}`", r.word);
    ctx.report(from.args[0].range, fmt::format("Default value for ARG {} results in empty or invalid base image name", from.args[0].text),
               missing.empty()
                   ? fmt::format("without --build-arg this FROM pulls {}; change the ARG defaults so that they form a valid image reference", result)
                   : fmt::format("without --build-arg this FROM pulls {}; give {} a default, e.g. `ARG {}=<value>` before the first FROM", result,
                                 missing, first));
}

}  // namespace dflint::rules::InvalidDefaultArgInFrom
