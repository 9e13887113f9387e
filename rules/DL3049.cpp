//! code: DL3049
//! name: missing-required-label
//! severity: info
//! category: labels
//! instructions: FROM
//! summary: A label required by the label schema is missing from a stage
//! url: https://github.com/hadolint/hadolint/wiki/DL3049
//! fixable: no
//!
//! ## What it does
//! Only active with a label schema (`label-schema:` in `.hadolint.yaml`,
//! `--require-label`). Reports, on the `FROM` line, every stage that does
//! not set a label the schema lists. A stage built `FROM` an earlier stage
//! inherits that stage's labels. Stages that are not images of their own are
//! left alone: a stage other stages copy from (`COPY --from`,
//! `RUN --mount=from=`), and a stage that is the base of a stage that sets
//! the label.
//!
//! ## Why is this bad?
//! A label schema is a team's promise that every image carries certain
//! metadata: where its source lives, which version and licence it has, who
//! maintains it. Registries, scanners and deployment tools read these labels;
//! an image without them is hard to trace back to its code and owner when
//! something goes wrong.
//!
//! ## Example
//! With `label-schema: {org.opencontainers.image.source: url}`:
//! ```dockerfile
//! FROM python:3.12-slim
//! COPY app.py /app/
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM python:3.12-slim
//! LABEL org.opencontainers.image.source="https://github.com/acme/app"
//! COPY app.py /app/
//! ```
//!
//! ## References
//! - [hadolint: label schema configuration](https://github.com/hadolint/hadolint#linting-labels)
//! - [Docker object labels](https://docs.docker.com/engine/manage-resources/labels/)
//! - [OCI image spec: pre-defined annotation keys](https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys)

#include <set>

#include "rules/label_util.hpp"

namespace dflint::rules::DL3049 {

namespace {

// Keys a stage sets itself.
std::set<std::string> own_labels(const Model& model, const Stage& stage) {
    std::set<std::string> keys;
    for (auto i : stage.instructions) {
        const auto& info = model.infos()[i];
        if (info.ins->kind != InstructionKind::label) continue;
        for (const auto& e : label_util::label_entries(*info.ins, info, model))
            if (e.key) keys.insert(*e.key);
    }
    return keys;
}

}  // namespace

void on_document(RuleContext& ctx) {
    const auto& schema = ctx.config().label_schema;
    const auto& stages = ctx.model().stages();
    if (schema.empty() || stages.empty()) return;
    std::vector<std::set<std::string>> own;
    own.reserve(stages.size());
    for (const auto& s : stages) own.push_back(own_labels(ctx.model(), s));

    for (const auto& entry : schema) {
        // Plain references: clang 14 cannot capture structured bindings in lambdas.
        const auto& label = entry.first;
        const auto& type = entry.second;
        // Set in the stage or inherited from the stage it is built on.
        auto inherited = [&](std::size_t i) {
            for (int s = static_cast<int>(i); s >= 0; s = stages[static_cast<std::size_t>(s)].base_stage)
                if (own[static_cast<std::size_t>(s)].count(label)) return true;
            return false;
        };
        // Set by a stage built on this one (directly or further down).
        auto set_below = [&](std::size_t i) {
            for (const auto& s : stages) {
                if (s.index == i || !own[s.index].count(label)) continue;
                for (int b = s.base_stage; b >= 0; b = stages[static_cast<std::size_t>(b)].base_stage)
                    if (static_cast<std::size_t>(b) == i) return true;
            }
            return false;
        };
        for (const auto& stage : stages) {
            if (inherited(stage.index) || set_below(stage.index) || label_util::used_as_source(ctx.model(), stage)) continue;
            const auto t = label_util::parse_label_type(type);
            ctx.report(label_util::stage_header_range(stage),
                       fmt::format("{} has no `{}` label, which the label schema requires", label_util::describe_stage(stage), label),
                       fmt::format("add it to this stage: `LABEL {}`", label_util::label_assignment(label, label_util::example_value(t))));
        }
    }
}

}  // namespace dflint::rules::DL3049
