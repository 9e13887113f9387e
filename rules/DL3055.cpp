//! code: DL3055
//! name: label-not-git-hash
//! severity: warning
//! category: labels
//! instructions: LABEL
//! summary: A label the label schema types as `hash` does not hold a git commit hash
//! url: https://github.com/hadolint/hadolint/wiki/DL3055
//! fixable: no
//!
//! ## What it does
//! Only active with a label schema that gives a label the type `hash`
//! (`label-schema: {org.opencontainers.image.revision: hash}`). Reports a
//! `LABEL` whose value for that key is not a git commit hash in lower-case
//! hexadecimal: the full 40 characters (SHA-1), an abbreviation of 7 or more
//! characters as `git rev-parse --short` prints it, or the 64 characters of
//! a SHA-256 repository. Variables are expanded first; values that depend on
//! a variable without a known value, and empty values (DL3051), are not
//! judged.
//!
//! ## Why is this bad?
//! The revision label ties an image to the exact commit it was built from:
//! the first thing to look up when a running container misbehaves. A branch
//! name or tag (`main`, `v1.2`) moves over time and no longer says which code
//! is inside.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.revision="main"
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! ARG GIT_COMMIT=0000000000000000000000000000000000000000
//! LABEL org.opencontainers.image.revision="$GIT_COMMIT"
//! ```
//! and build with `--build-arg GIT_COMMIT="$(git rev-parse HEAD)"`.
//!
//! ## References
//! - [git rev-parse](https://git-scm.com/docs/git-rev-parse)
//! - [OCI image spec: pre-defined annotation keys](https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys)
//! - [hadolint: label schema configuration](https://github.com/hadolint/hadolint#linting-labels)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3055 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    using namespace label_util;
    for_each_typed_label(info, ctx, LabelType::hash, [&](const LabelEntry& e) {
        const std::string& v = *e.value;
        if (is_git_hash(v)) return;
        const std::string lowered = lower(v);
        if (is_git_hash(lowered)) {
            ctx.report(e.value_range, fmt::format("label `{}` must hold a git commit hash in lower case, but `{}` has upper-case letters", *e.key, v),
                       fmt::format("write it in lower case: `LABEL {}`", label_assignment(*e.key, lowered)));
            return;
        }
        const bool hex = std::all_of(lowered.begin(), lowered.end(), [](char c) { return is_hex(c); });
        ctx.report(e.value_range,
                   fmt::format("label `{}` must hold a git commit hash, but `{}` is not one{}", *e.key, v,
                               hex ? " (too short: use 7 or more characters, or the full 40)" : " (a hash has only the characters 0-9 and a-f)"),
                   fmt::format("pass the commit at build time: `ARG GIT_COMMIT` and `LABEL {}`, built with `--build-arg GIT_COMMIT=\"$(git rev-parse HEAD)\"`",
                               label_assignment(*e.key, "$GIT_COMMIT")));
    });
}

}  // namespace dflint::rules::DL3055
