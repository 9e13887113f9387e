//! code: DL3051
//! name: empty-schema-label
//! severity: warning
//! category: labels
//! instructions: LABEL
//! summary: A label of the label schema is set to an empty value
//! url: https://github.com/hadolint/hadolint/wiki/DL3051
//! fixable: no
//!
//! ## What it does
//! Only active with a label schema (`label-schema:`, `--require-label`).
//! Reports a `LABEL` that sets a schema label to the empty string
//! (`LABEL maintainer=""`), also when the value is a variable whose known
//! value is empty. A variable without a known value (an `ARG` without
//! default) is not judged.
//!
//! ## Why is this bad?
//! An empty label satisfies the letter of the schema (the key is present)
//! but not its purpose: the image still carries no information. Usually a
//! build argument meant to fill it was not passed, or a placeholder was never
//! filled in.
//!
//! ## Example
//! With `label-schema: {maintainer: email}`:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL maintainer=""
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL maintainer="team@example.com"
//! ```
//!
//! ## References
//! - [hadolint: label schema configuration](https://github.com/hadolint/hadolint#linting-labels)
//! - [Dockerfile reference: LABEL](https://docs.docker.com/reference/dockerfile/#label)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3051 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    using namespace label_util;
    if (ctx.config().label_schema.empty()) return;
    for (const auto& e : label_entries(*info.ins, info, ctx.model())) {
        if (!e.key || !e.value || !e.value->empty()) continue;
        const auto t = schema_type(ctx.config(), *e.key);
        if (!t) continue;
        const bool from_variable = e.kv->value && e.kv->value->text.find('$') != std::string::npos;
        ctx.report(e.value_range,
                   from_variable ? fmt::format("label `{}` is in the label schema, but this value expands to an empty string", *e.key)
                                 : fmt::format("label `{}` is in the label schema, but it is set to an empty value", *e.key),
                   fmt::format("give it a real value, for example `LABEL {}`{}", label_assignment(*e.key, example_value(*t)),
                               from_variable ? " (or give the build argument a default / pass it with `--build-arg`)" : ""));
    }
}

}  // namespace dflint::rules::DL3051
