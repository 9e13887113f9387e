//! code: DL3050
//! name: superfluous-label
//! severity: info
//! category: labels
//! instructions: LABEL
//! summary: With strict labels, a label that is not in the label schema
//! url: https://github.com/hadolint/hadolint/wiki/DL3050
//! fixable: no
//!
//! ## What it does
//! Only active with `strict-labels: true` (`--strict-labels`). Reports every
//! `LABEL` key that the label schema (`label-schema:`, `--require-label`)
//! does not list; with an empty schema, every label. Keys are compared
//! exactly, after quote removal and variable expansion.
//!
//! ## Why is this bad?
//! Strict labels make the schema the complete list of labels a team's images
//! may carry. A key outside it is usually a typo of a schema key (which then
//! also counts as missing) or metadata nobody agreed on and no tool reads.
//!
//! ## Example
//! With `label-schema: {org.opencontainers.image.version: semver}` and
//! `strict-labels: true`:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.version="1.4.2" build-host="ci-7"
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.version="1.4.2"
//! ```
//!
//! ## References
//! - [hadolint: label schema configuration](https://github.com/hadolint/hadolint#linting-labels)
//! - [Docker object labels](https://docs.docker.com/engine/manage-resources/labels/)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3050 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    using namespace label_util;
    if (!ctx.config().strict_labels) return;
    const auto& schema = ctx.config().label_schema;
    for (const auto& e : label_entries(*info.ins, info, ctx.model())) {
        if (!e.key || schema.count(*e.key)) continue;
        // A schema key that differs only by case or by a typo.
        std::string_view close;
        std::size_t best = 3;
        for (const auto& [k, t] : schema) {
            const std::size_t d = icompare(k, *e.key) == 0 ? 0 : edit_distance(k, *e.key);
            if (d < best) {
                best = d;
                close = k;
            }
        }
        std::string help;
        if (!close.empty()) {
            help = fmt::format("did you mean `{}`? Otherwise remove the label, or add `{}` to `label-schema` in your configuration", close, *e.key);
        } else if (schema.empty()) {
            help = fmt::format("the label schema is empty, so strict-labels allows no label at all: list `{}` under `label-schema` in your configuration, or remove the label", *e.key);
        } else {
            help = fmt::format("remove the label, or add `{}` to `label-schema` in your configuration", *e.key);
        }
        ctx.report(e.key_range, fmt::format("label `{}` is not in the label schema, and strict labels allow only the labels the schema lists", *e.key),
                   std::move(help));
    }
}

}  // namespace dflint::rules::DL3050
