//! code: DL3026
//! name: untrusted-registry
//! severity: error
//! category: security
//! instructions: FROM, COPY, RUN
//! summary: Use only images from the configured trusted registries
//! url: https://github.com/hadolint/hadolint/wiki/DL3026
//!
//! ## What it does
//! Only active when trusted registries are configured (`trustedRegistries`
//! in the config file, `--trusted-registry` on the command line). Flags every
//! image whose registry is not in that list: the base image of a `FROM`, the
//! image of `COPY --from=<image>` and of `RUN --mount=…,from=<image>`. An
//! image without a registry (`ubuntu:24.04`, `library/node`) comes from
//! Docker Hub and is allowed when `docker.io` or `hub.docker.com` is trusted.
//! Patterns may use `*` (everything), `*.example.com` (any sub-domain) and
//! `registry.example*` (a prefix). Earlier stages, `scratch` and images whose
//! name depends on a variable without a value are not reported.
//!
//! ## Why is this bad?
//! Every image a build pulls is code you run and ship. Organisations keep
//! vetted, scanned and mirrored images in registries they control, so that
//! a compromised or deleted public image cannot break or poison their
//! builds. An image from anywhere else bypasses those checks.
//!
//! ## Example
//! With `trustedRegistries: [registry.example.com]`:
//! ```dockerfile
//! FROM node:20
//! COPY --from=ghcr.io/acme/tools:1.4 /bin/tool /usr/local/bin/tool
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM registry.example.com/mirror/node:20
//! COPY --from=registry.example.com/acme/tools:1.4 /bin/tool /usr/local/bin/tool
//! ```
//!
//! ## References
//! - [hadolint configuration: trustedRegistries](https://github.com/hadolint/hadolint#configure)
//! - [Docker Hub mirrors and registries](https://docs.docker.com/docker-hub/image-library/mirror/)

#include <fmt/ranges.h>

#include "rules/rule.hpp"

namespace dflint::rules::DL3026 {

namespace {

bool matches(std::string_view pattern, std::string_view registry) {
    const std::string p = lower(pattern);
    const std::string r = lower(registry);
    if (p == "*") return true;
    if (p.size() > 1 && p.front() == '*') return r.size() >= p.size() - 1 && r.compare(r.size() - (p.size() - 1), p.size() - 1, p, 1) == 0;
    if (p.size() > 1 && p.back() == '*') return r.compare(0, p.size() - 1, p, 0, p.size() - 1) == 0;
    return p == r;
}

bool is_docker_hub(std::string_view registry) {
    return registry.empty() || iequals(registry, "docker.io") || iequals(registry, "index.docker.io") || iequals(registry, "registry-1.docker.io") ||
           iequals(registry, "hub.docker.com");
}

bool trusted(const std::vector<std::string>& patterns, std::string_view registry) {
    for (const auto& p : patterns) {
        if (matches(p, registry)) return true;
        if (is_docker_hub(registry) && (matches(p, "docker.io") || matches(p, "hub.docker.com"))) return true;
    }
    return false;
}

void report(RuleContext& ctx, Range range, std::string_view what, std::string_view image, const ImageRef& ref) {
    const auto& patterns = ctx.config().trusted_registries;
    const std::string from = ref.registry.empty() ? std::string("Docker Hub (docker.io)") : fmt::format("`{}`", ref.registry);
    const std::string example = fmt::format("{}/{}", patterns.front().find('*') == std::string::npos ? patterns.front() : std::string("<trusted registry>"),
                                            ref.path + (ref.has_tag() ? ":" + ref.tag : std::string()));
    ctx.report(range,
               fmt::format("{} `{}` comes from {}, which is not one of the trusted registries ({})", what, image, from, fmt::join(patterns, ", ")),
               fmt::format("use a copy of the image from a trusted registry, e.g. `{}`, or add its registry to `trustedRegistries` (`--trusted-registry`)", example));
}

// Checks an image named by COPY --from / RUN --mount from= (a stage name is fine).
void check_reference(const InstructionInfo& info, RuleContext& ctx, std::string_view value, Range range, std::string_view what) {
    std::string name(value);
    if (name.empty()) return;
    if (name.find('$') != std::string::npos) {
        auto r = ctx.model().expand(name, info);
        if (!r.ok || !r.unmatched.empty() || r.word.empty()) return;
        name = r.word;
    }
    if (ctx.model().find_stage(name, info.stage + 1) >= 0) return;
    const ImageRef ref = parse_image_ref(name);
    if (!ref.valid || trusted(ctx.config().trusted_registries, ref.registry)) return;
    report(ctx, range, what, name, ref);
}

}  // namespace

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    if (ctx.config().trusted_registries.empty()) return;
    const Instruction& ins = *info.ins;
    switch (ins.kind) {
        case InstructionKind::from: {
            const Stage* stage = ctx.model().stage_of(info);
            if (!stage || stage->from != &ins || ins.args.empty()) return;
            if (stage->scratch || stage->base_stage >= 0 || !stage->image_unmatched.empty()) return;
            const ImageRef& ref = stage->image_ref;
            if (!ref.valid || trusted(ctx.config().trusted_registries, ref.registry)) return;
            const Token& image = ins.args[0];
            Range range = image.range;
            if (!ref.registry.empty() && image.text == stage->image && image.range.size() == image.text.size())
                range = {image.range.begin + ref.registry_range.begin, image.range.begin + ref.registry_range.end};
            report(ctx, range, "the base image", stage->image, ref);
            return;
        }
        case InstructionKind::copy:
            if (const Flag* f = ins.flag("from"); f && f->value) check_reference(info, ctx, *f->value, f->value_range, "the image");
            return;
        case InstructionKind::run: {
            std::size_t m = 0;
            for (const auto& f : ins.flags) {
                if (f.name != "mount" || !f.value) continue;
                if (m < info.mounts.size() && !info.mounts[m].from.empty()) {
                    // Point at the `from=` value when the flag is written plainly.
                    Range range = f.value_range;
                    const auto at = f.value->find("from=" + info.mounts[m].from);
                    if (at != std::string::npos && f.value_range.size() == f.value->size())
                        range = {f.value_range.begin + static_cast<std::uint32_t>(at + 5),
                                 f.value_range.begin + static_cast<std::uint32_t>(at + 5 + info.mounts[m].from.size())};
                    check_reference(info, ctx, info.mounts[m].from, range, "the mounted image");
                }
                ++m;
            }
            return;
        }
        default:
            return;
    }
}

}  // namespace dflint::rules::DL3026
