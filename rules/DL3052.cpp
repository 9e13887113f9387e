//! code: DL3052
//! name: label-not-url
//! severity: warning
//! category: labels
//! instructions: LABEL
//! summary: A label the label schema types as `url` does not hold a valid URL
//! url: https://github.com/hadolint/hadolint/wiki/DL3052
//! fixable: no
//!
//! ## What it does
//! Only active with a label schema that gives a label the type `url`
//! (`label-schema: {org.opencontainers.image.source: url}`,
//! `--require-label org.opencontainers.image.source:url`). Reports a `LABEL`
//! whose value for that key is not an absolute URI as RFC 3986 defines it:
//! a scheme (`https:`, `mailto:`, …), then only characters a URI may hold
//! (spaces and other special characters percent-encoded). Variables are
//! expanded first; values that depend on a variable without a known value,
//! and empty values (DL3051), are not judged.
//!
//! ## Why is this bad?
//! Tools turn URL labels into links: registries show
//! `org.opencontainers.image.source` as the link to the code, and security
//! scanners follow it to find the repository. `github.com/acme/app` without
//! `https://` or a URL with a space in it is not a link they can follow.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.source="github.com/acme/app"
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.source="https://github.com/acme/app"
//! ```
//!
//! ## References
//! - [RFC 3986: URI generic syntax](https://www.rfc-editor.org/rfc/rfc3986#section-3)
//! - [OCI image spec: pre-defined annotation keys](https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys)
//! - [hadolint: label schema configuration](https://github.com/hadolint/hadolint#linting-labels)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3052 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    using namespace label_util;
    for_each_typed_label(info, ctx, LabelType::url, [&](const LabelEntry& e) {
        const std::string& v = *e.value;
        if (is_uri(v)) return;
        std::string why = "a URL starts with a scheme such as `https://`";
        std::string help;
        if (v.find_first_of(" \t") != std::string::npos) {
            why = "a URL cannot contain white space";
            std::string encoded;
            for (char c : trim(v)) encoded += c == ' ' ? std::string("%20") : std::string(1, c);
            if (is_uri(encoded)) help = fmt::format("percent-encode the spaces: `LABEL {}`", label_assignment(*e.key, encoded));
        } else if (v.find("://") == std::string::npos && v.find('.') != std::string::npos && is_uri("https://" + v)) {
            help = fmt::format("add the scheme: `LABEL {}`", label_assignment(*e.key, "https://" + v));
        } else if (v.find(':') != std::string::npos) {
            why = "it has characters a URL may not contain unencoded";
        }
        if (help.empty()) help = fmt::format("use a full URL, for example `LABEL {}`", label_assignment(*e.key, example_value(LabelType::url)));
        ctx.report(e.value_range, fmt::format("label `{}` must hold a URL, but `{}` is not a valid URL: {}", *e.key, v, why), std::move(help));
    });
}

}  // namespace dflint::rules::DL3052
