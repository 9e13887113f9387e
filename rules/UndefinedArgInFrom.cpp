//! code: UndefinedArgInFrom
//! name: undefined-arg-in-from
//! severity: warning
//! category: correctness
//! instructions: FROM
//! summary: FROM command must use declared ARGs
//! url: https://docs.docker.com/go/dockerfile/rule/undefined-arg-in-from/
//! fixable: no
//!
//! ## What it does
//! Flags a variable in a `FROM` image name or in its `--platform` value that
//! is neither an `ARG` declared before the first `FROM` nor one of the
//! automatic platform ARGs (`TARGETPLATFORM`, `BUILDARCH`, …). When a
//! declared name is close, it is suggested (BuildKit build check
//! `UndefinedArgInFrom`).
//!
//! ## Why is this bad?
//! A `FROM` line can only use the ARGs of the global scope. An undeclared
//! variable expands to an empty string: `FROM node:${NODE_VERSON}` (a typo)
//! becomes `FROM node:`, and an ARG declared inside a stage is invisible to
//! the next `FROM`. The build then fails or, worse, pulls a different image
//! than you meant.
//!
//! ## Example
//! ```dockerfile
//! ARG NODE_VERSION=20
//! FROM node:${NODE_VERSON}-alpine
//! ```
//!
//! Use instead:
//! ```dockerfile
//! ARG NODE_VERSION=20
//! FROM node:${NODE_VERSION}-alpine
//! ```
//!
//! ## References
//! - [BuildKit check UndefinedArgInFrom](https://docs.docker.com/reference/build-checks/undefined-arg-in-from/)
//! - [Dockerfile reference: understand how ARG and FROM interact](https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact)
//! - [Automatic platform ARGs](https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::UndefinedArgInFrom {

void check(const std::string& text, Range range, const std::vector<std::string>& declared, RuleContext& ctx) {
    if (text.find('$') == std::string::npos) return;
    shell::LexOptions o;
    o.escape = ctx.doc().escape;
    const auto r = shell::process_word(text, ctx.model().lookup(ctx.model().global_env()), o);
    if (!r.ok) return;  // a syntax error fails the build before the check runs
    for (const auto& name : r.unmatched) {
        if (std::find(declared.begin(), declared.end(), name) != declared.end()) continue;
        const std::string match = bk::suggest(name, declared);
        std::string msg = fmt::format("FROM argument '{}' is not declared", name);
        if (!match.empty()) msg += fmt::format(" (did you mean {}?)", match);
        const std::string help =
            match.empty() ? fmt::format("declare it before the first FROM, e.g. `ARG {}=<default>`: a FROM line only sees ARGs declared before the first "
                                        "FROM and the automatic platform ARGs (TARGETPLATFORM, BUILDPLATFORM, …)",
                                        name)
                          : fmt::format("if you meant `${}`, fix the name; otherwise declare `ARG {}=<default>` before the first FROM", match, name);
        ctx.report(bk::var_range(ctx.doc(), text, range, name), std::move(msg), help);
    }
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& from = *info.ins;
    // Names a FROM line may use: every global ARG (with or without a value)
    // and the automatic platform ARGs.
    std::vector<std::string> declared;
    for (const auto& v : ctx.model().global_env()->vars)
        if (v.source == VarSource::global_arg) declared.push_back(v.name);
    for (const auto& v : ctx.model().global_env()->vars)
        if (v.source == VarSource::builtin && std::find(declared.begin(), declared.end(), v.name) == declared.end()) declared.push_back(v.name);
    if (!from.args.empty()) check(from.args[0].text, from.args[0].range, declared, ctx);
    if (const Flag* p = from.flag("platform"); p && p->value) check(*p->value, p->value_range, declared, ctx);
}

}  // namespace dflint::rules::UndefinedArgInFrom
