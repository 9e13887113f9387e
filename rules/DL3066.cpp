//! code: DL3066
//! name: non-numeric-user
//! severity: info
//! category: security
//! instructions: USER
//! summary: Use a numeric user ID in USER
//! url: https://github.com/hadolint/hadolint/wiki/DL3066
//!
//! ## What it does
//! Flags a `USER` whose user part (before any `:group`) is a name rather
//! than a number: `USER app`, `USER app:app`. A variable is judged by its
//! value; one without a known value (a build argument without default) is
//! not reported.
//!
//! ## Why is this bad?
//! A user name only means something inside the image's `/etc/passwd`.
//! Anything outside the container sees numbers: Kubernetes cannot check
//! `runAsNonRoot` for a named user and refuses to start the pod ("image has
//! non-numeric user, cannot verify user is non-root"), file ownership on
//! volumes is by ID, and a base image update can give the name another ID.
//! A numeric ID is unambiguous everywhere.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12
//! RUN useradd --uid 10001 app
//! USER app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12
//! RUN useradd --uid 10001 app
//! USER 10001
//! ```
//!
//! ## References
//! - [Dockerfile reference: USER](https://docs.docker.com/reference/dockerfile/#user)
//! - [Kubernetes: security context (runAsNonRoot)](https://kubernetes.io/docs/tasks/configure-pod-container/security-context/)

#include "rules/rule.hpp"

namespace dflint::rules::DL3066 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    if (ins.args.empty()) return;
    const Token& arg = ins.args[0];
    const std::string_view written = arg.text;
    const auto colon = written.find(':');
    const std::string_view uid_written = written.substr(0, colon);
    std::string uid(uid_written);
    if (uid.find('$') != std::string::npos) {
        auto r = ctx.model().expand(uid, info);
        if (!r.ok || !r.unmatched.empty()) return;
        uid = r.word;
    }
    if (uid.empty() || uid.find('$') != std::string::npos || std::all_of(uid.begin(), uid.end(), [](char c) { return c >= '0' && c <= '9'; })) return;
    Range range = arg.range;
    if (arg.range.size() == arg.text.size()) range.end = range.begin + static_cast<std::uint32_t>(uid_written.size());
    const std::string shown = uid == uid_written ? fmt::format("`{}`", uid) : fmt::format("`{}` (= `{}`)", uid_written, uid);
    ctx.report(range, fmt::format("the user {} is a name, not a numeric ID: the host and Kubernetes cannot tell which user (or whether root) that is", shown),
               uid == "root" ? std::string("use the numeric ID `0`, or better a non-root user such as `USER 10001`")
                             : fmt::format("use the user's numeric ID (`id -u {}` in the image shows it), e.g. `USER 10001{}`", uid,
                                           colon == std::string_view::npos ? "" : ":10001"));
}

}  // namespace dflint::rules::DL3066
