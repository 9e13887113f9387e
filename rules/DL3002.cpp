//! code: DL3002
//! name: last-user-root
//! severity: warning
//! category: security
//! instructions: USER
//! summary: The last USER of a stage should not be root
//! url: https://github.com/hadolint/hadolint/wiki/DL3002
//!
//! ## What it does
//! Flags the last `USER` instruction of a stage when it switches to root:
//! `USER root`, `USER 0`, `USER root:<group>` or `USER 0:<group>`. A value
//! given through a variable (`USER $RUN_AS` with `ARG RUN_AS=root`) is
//! judged by its value. Switching to root for a few steps and back again is
//! fine; only the user a stage ends with is reported.
//!
//! ## Why is this bad?
//! The last `USER` of a stage is the user its containers run as. A process
//! running as root inside a container is one kernel bug or one
//! misconfigured mount away from being root on the host, and anything that
//! breaks into it can change every file of the image. Do the work that needs
//! root, then switch to an unprivileged user before the stage ends.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12
//! RUN useradd --create-home app
//! USER root
//! CMD ["/usr/local/bin/server"]
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12
//! RUN useradd --create-home app
//! USER app
//! CMD ["/usr/local/bin/server"]
//! ```
//!
//! ## References
//! - [Dockerfile reference: USER](https://docs.docker.com/reference/dockerfile/#user)
//! - [Best practices: USER](https://docs.docker.com/build/building/best-practices/#user)

#include "rules/rule.hpp"

namespace dflint::rules::DL3002 {

bool is_root(std::string_view user) {
    return user == "root" || user == "0" || user.rfind("root:", 0) == 0 || user.rfind("0:", 0) == 0;
}

void on_stage(const Stage& stage, RuleContext& ctx) {
    const InstructionInfo* last = nullptr;
    for (auto i : stage.instructions) {
        const auto& info = ctx.model().infos()[i];
        if (info.ins->kind == InstructionKind::user && !info.ins->args.empty()) last = &info;
    }
    if (!last) return;
    const Token& arg = last->ins->args[0];
    std::string user = arg.text;
    if (user.find('$') != std::string::npos) {
        auto r = ctx.model().expand(user, *last);
        if (!r.ok || !r.unmatched.empty()) return;
        user = r.word;
    }
    if (!is_root(user)) return;
    const std::string where = stage.name.empty() ? fmt::format("stage {}", stage.index) : fmt::format("stage `{}`", stage.name_token ? stage.name_token->text : stage.name);
    const std::string shown = user == arg.text ? fmt::format("`{}`", user) : fmt::format("`{}` (= `{}`)", arg.text, user);
    ctx.report(arg.range,
               fmt::format("the last USER of {} is {}, so its containers run as root: a break-in gets full control of the container", where, shown),
               "do the steps that need root first, then switch to an unprivileged user at the end of the stage, e.g.\n"
               "    RUN useradd --uid 10001 --no-create-home app\n"
               "    USER 10001");
}

}  // namespace dflint::rules::DL3002
