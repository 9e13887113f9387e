//! code: DL3058
//! name: label-not-email
//! severity: warning
//! category: labels
//! instructions: LABEL
//! summary: A label the label schema types as `email` does not hold an e-mail address
//! url: https://github.com/hadolint/hadolint/wiki/DL3058
//! fixable: no
//!
//! ## What it does
//! Only active with a label schema that gives a label the type `email`
//! (`label-schema: {maintainer: email}`). Reports a `LABEL` whose value for
//! that key is not an RFC 5322 address: `local@domain`, or a mailbox with a
//! display name, `Jane Doe <jane@example.com>`. Variables are expanded first;
//! values that depend on a variable without a known value, and empty values
//! (DL3051), are not judged.
//!
//! ## Why is this bad?
//! The e-mail label is how people reach the owner of an image when it has a
//! security problem. A bare name or a team handle gives them no way to do so.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL maintainer="Platform team"
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL maintainer="Platform team <platform@example.com>"
//! ```
//!
//! ## References
//! - [RFC 5322: address specification](https://www.rfc-editor.org/rfc/rfc5322#section-3.4)
//! - [hadolint: label schema configuration](https://github.com/hadolint/hadolint#linting-labels)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3058 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    using namespace label_util;
    for_each_typed_label(info, ctx, LabelType::email, [&](const LabelEntry& e) {
        const std::string& v = *e.value;
        if (is_email(v)) return;
        const std::string trimmed(trim(v));
        std::string why;
        if (v.find('@') == std::string::npos) why = ": it has no `@domain` part";
        else if (trimmed != v && is_email(trimmed)) why = ": it has white space around the address";
        std::string help = trimmed != v && is_email(trimmed)
                               ? fmt::format("remove the white space: `LABEL {}`", label_assignment(*e.key, trimmed))
                               : fmt::format("use an address, optionally with a name: `LABEL {}` or `LABEL {}`", label_assignment(*e.key, "team@example.com"),
                                             label_assignment(*e.key, "Jane Doe <jane@example.com>"));
        ctx.report(e.value_range, fmt::format("label `{}` must hold an e-mail address, but `{}` is not one{}", *e.key, v, why), std::move(help));
    });
}

}  // namespace dflint::rules::DL3058
