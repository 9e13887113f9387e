//! code: DL3054
//! name: label-not-spdx
//! severity: warning
//! category: labels
//! instructions: LABEL
//! summary: A label the label schema types as `spdx` does not hold an SPDX licence identifier
//! url: https://github.com/hadolint/hadolint/wiki/DL3054
//! fixable: no
//!
//! ## What it does
//! Only active with a label schema that gives a label the type `spdx`
//! (`label-schema: {org.opencontainers.image.licenses: spdx}`). Reports a
//! `LABEL` whose value for that key is neither an identifier of the SPDX
//! License List (`MIT`, `Apache-2.0`, `GPL-3.0-or-later`, `LicenseRef-…`,
//! matched without regard to case, as SPDX specifies) nor an SPDX licence
//! expression built from them (`MIT OR Apache-2.0`,
//! `GPL-2.0-or-later WITH Classpath-exception-2.0`). Variables are expanded
//! first; values that depend on a variable without a known value, and empty
//! values (DL3051), are not judged.
//!
//! ## Why is this bad?
//! Licence scanners and registries read the licence label to tell whether an
//! image may be used. `Apache 2`, `GPLv3` or `BSD` are guesses for a human,
//! but ambiguous for a tool (which BSD? GPL 3 only or later?). The SPDX
//! identifiers are the names the whole ecosystem agrees on, and the form the
//! OCI `org.opencontainers.image.licenses` annotation requires.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.licenses="Apache License 2.0"
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.licenses="Apache-2.0"
//! ```
//!
//! ## References
//! - [SPDX License List](https://spdx.org/licenses/)
//! - [SPDX license expressions](https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/)
//! - [OCI image spec: pre-defined annotation keys](https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3054 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    using namespace label_util;
    for_each_typed_label(info, ctx, LabelType::spdx, [&](const LabelEntry& e) {
        const std::string& v = *e.value;
        if (is_spdx_expression(v)) return;
        std::string help;
        if (const auto id = suggest_spdx_id(v); !id.empty()) {
            help = fmt::format("the SPDX identifier is probably `{}`: `LABEL {}`", id, label_assignment(*e.key, id));
        } else {
            help = fmt::format("use an identifier from https://spdx.org/licenses/ such as `MIT` or `Apache-2.0`, or an expression like "
                               "`MIT OR Apache-2.0`; for a licence of your own, `LicenseRef-<name>`: `LABEL {}`",
                               label_assignment(*e.key, example_value(LabelType::spdx)));
        }
        ctx.report(e.value_range, fmt::format("label `{}` must hold an SPDX licence identifier, but `{}` is not one", *e.key, v), std::move(help));
    });
}

}  // namespace dflint::rules::DL3054
