//! code: DL3048
//! name: invalid-label-key
//! severity: style
//! category: labels
//! instructions: LABEL
//! summary: Label keys should be lower-case, dotted names outside Docker's reserved namespaces
//! url: https://github.com/hadolint/hadolint/wiki/DL3048
//! fixable: no
//!
//! ## What it does
//! Checks every key of a `LABEL` against Docker's key format recommendations:
//! a key starts with a lower-case letter, ends with a lower-case letter or a
//! digit, uses only `a-z`, `0-9`, `.`, `-` (plus `_` and `/`, which Docker
//! allows), has no `..` or `--`, and does not use the namespaces Docker
//! keeps for itself (`com.docker.*`, `io.docker.*`, `org.dockerproject.*`;
//! the `com.docker.extension.*` and `com.docker.desktop.extension.*` labels
//! that Docker Desktop extensions must set are fine). Quotes are removed and
//! variables expanded first; a key built from a variable without a known
//! value (`LABEL $NAME=x`) is reported as well, since nobody can tell which
//! key the image will get.
//!
//! ## Why is this bad?
//! Labels are read by tools (registries, scanners, `docker inspect --format`,
//! orchestrators) that look them up by exact key. Label keys are
//! case-sensitive, so `Version`, `version` and `VERSION` are three different
//! labels, and a tool looking for one misses the others. Reverse-DNS,
//! lower-case keys such as the standard `org.opencontainers.image.*` ones
//! avoid these clashes, and the reserved namespaces may be given a meaning by
//! Docker at any time.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL Version="1.4.2" Vendor="ACME"
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.version="1.4.2" org.opencontainers.image.vendor="ACME"
//! ```
//!
//! ## References
//! - [Docker object labels: key format recommendations](https://docs.docker.com/engine/manage-resources/labels/#key-format-recommendations)
//! - [OCI image spec: pre-defined annotation keys](https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys)
//! - [Dockerfile reference: LABEL](https://docs.docker.com/reference/dockerfile/#label)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3048 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    using namespace label_util;
    for (const auto& e : label_entries(*info.ins, info, ctx.model())) {
        if (!e.key) {
            // The key depends on a variable without a value here: BuildKit
            // expands it to whatever the build passes (or to nothing).
            const auto r = ctx.model().expand(e.kv->key.text, info);
            const std::string var = r.unmatched.empty() ? std::string("a variable") : fmt::format("`${}`", r.unmatched.front());
            ctx.report(e.key_range,
                       fmt::format("label key `{}` depends on {}, which has no value here, so the key the image gets is unknown", e.kv->key.text, var),
                       "write the key out as a fixed, lower-case name, for example `LABEL com.example.my-label=...`, and put variable parts in the value");
            continue;
        }
        const std::string problem = label_key_problem(*e.key);
        if (problem.empty()) continue;
        std::string help;
        const auto oci = oci_key_for(*e.key);
        const std::string plain = suggest_label_key(*e.key);
        const std::string value = e.value ? *e.value : "…";
        if (is_reserved_namespace(*e.key)) {
            const std::string_view key = *e.key;
            const std::string rest = suggest_label_key(key.substr(key.find('.', key.find('.') + 1) + 1));
            help = fmt::format("use a namespace of your own, in reverse-DNS form: `LABEL {}`",
                               label_assignment(fmt::format("com.example.{}", rest.empty() ? "my-label" : rest), value));
        } else if (!oci.empty()) {
            help = fmt::format("use the standard OCI key: `LABEL {}` (or at least lower case: `{}`)", label_assignment(oci, value), plain);
        } else if (!plain.empty()) {
            help = fmt::format("write the key in lower case with `.` or `-` between words: `LABEL {}`", label_assignment(plain, value));
        } else {
            help = "start the key with a lower-case letter and use only `a-z`, `0-9`, `.` and `-`, for example `com.example.my-label`";
        }
        ctx.report(e.key_range, fmt::format("label key `{}` {}", *e.key, problem), std::move(help));
    }
}

}  // namespace dflint::rules::DL3048
