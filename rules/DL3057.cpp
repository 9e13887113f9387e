//! code: DL3057
//! name: missing-healthcheck
//! severity: ignore
//! category: runtime
//! instructions: FROM
//! summary: A stage has no HEALTHCHECK instruction
//! url: https://github.com/hadolint/hadolint/wiki/DL3057
//! fixable: no
//!
//! ## What it does
//! Off by default: turn it on by giving it a severity (`--info DL3057`, or
//! `override: {info: [DL3057]}` in the configuration). Reports, on the
//! `FROM` line, a stage without `HEALTHCHECK`. `HEALTHCHECK NONE` counts: it
//! states that no check is wanted. A stage is also fine when the stage it is
//! built `FROM` has a `HEALTHCHECK` (it is inherited), when a stage built on
//! it has one, or when other stages only copy files from it (`COPY --from`,
//! `RUN --mount=from=`), since such a stage never runs as a container. A
//! health check inherited from an external base image cannot be seen here.
//!
//! ## Why is this bad?
//! Without a health check, Docker knows only whether the main process is
//! running, not whether it works: a web server that hangs or has lost its
//! database connection still shows as "Up". With a `HEALTHCHECK`, `docker ps`
//! shows `unhealthy`, Compose can wait for a dependency to be ready
//! (`depends_on: condition: service_healthy`), and Swarm replaces failing
//! tasks.
//!
//! ## Example
//! ```dockerfile
//! FROM nginx:1.27
//! COPY site/ /usr/share/nginx/html/
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM nginx:1.27
//! COPY site/ /usr/share/nginx/html/
//! HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost/ || exit 1
//! ```
//!
//! ## References
//! - [Dockerfile reference: HEALTHCHECK](https://docs.docker.com/reference/dockerfile/#healthcheck)
//! - [Compose: depends_on with service_healthy](https://docs.docker.com/compose/how-tos/startup-order/)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3057 {

void on_document(RuleContext& ctx) {
    const auto& model = ctx.model();
    const auto& stages = model.stages();
    std::vector<bool> own(stages.size(), false);
    for (const auto& s : stages)
        for (auto i : s.instructions)
            if (model.infos()[i].ins->kind == InstructionKind::healthcheck) own[s.index] = true;
    auto inherited = [&](std::size_t i) {
        for (int s = static_cast<int>(i); s >= 0; s = stages[static_cast<std::size_t>(s)].base_stage)
            if (own[static_cast<std::size_t>(s)]) return true;
        return false;
    };
    auto set_below = [&](std::size_t i) {
        for (const auto& s : stages) {
            if (!own[s.index]) continue;
            for (int b = s.base_stage; b >= 0; b = stages[static_cast<std::size_t>(b)].base_stage)
                if (static_cast<std::size_t>(b) == i) return true;
        }
        return false;
    };
    for (const auto& stage : stages) {
        if (inherited(stage.index) || set_below(stage.index) || label_util::used_as_source(model, stage)) continue;
        ctx.report(label_util::stage_header_range(stage),
                   fmt::format("{} has no HEALTHCHECK: Docker can tell that the container runs, but not whether its service works", label_util::describe_stage(stage)),
                   "add a check of the service, for example `HEALTHCHECK --interval=30s --timeout=3s CMD curl -fsS http://localhost:8080/ || exit 1`, "
                   "or `HEALTHCHECK NONE` to state that the image needs none");
    }
}

}  // namespace dflint::rules::DL3057
