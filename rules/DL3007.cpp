//! code: DL3007
//! name: latest-tag
//! severity: warning
//! category: pinning
//! instructions: FROM
//! summary: Using latest is prone to errors if the image will ever update
//! url: https://github.com/hadolint/hadolint/wiki/DL3007
//!
//! ## What it does
//! Flags a `FROM` whose tag is `latest` and that has no digest.
//!
//! ## Why is this bad?
//! `latest` is not "the newest stable version", it is whichever image was
//! pushed last with that tag. It moves with every release, so rebuilding the
//! same Dockerfile later gives a different image, and a major upgrade can slip
//! in unnoticed.
//!
//! ## Example
//! ```dockerfile
//! FROM python:latest
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM python:3.12-slim
//! ```
//!
//! ## References
//! - [Dockerfile reference: FROM](https://docs.docker.com/reference/dockerfile/#from)

#include "rules/rule.hpp"

namespace dflint::rules::DL3007 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Stage* stage = ctx.model().stage_of(info);
    if (!stage || stage->from != info.ins || info.ins->args.empty()) return;
    if (stage->scratch || stage->base_stage >= 0) return;
    const ImageRef& ref = stage->image_ref;
    if (!ref.valid || ref.tag != "latest" || ref.has_digest()) return;
    const Token& image = info.ins->args[0];
    // Point at the tag when it is written literally in the FROM line.
    Range range = image.range;
    const auto at = image.text.rfind(":latest");
    if (at != std::string::npos && at + 7 == image.text.size() && image.range.size() == image.text.size())
        range = {static_cast<std::uint32_t>(image.range.begin + at + 1), image.range.end};
    ctx.report(range, fmt::format("`{}` uses the `latest` tag, which points at a different image after every release", stage->image),
               fmt::format("pin a version instead of `latest`: `FROM {}:<version>`", ref.registry.empty() ? ref.path : ref.registry + "/" + ref.path));
}

}  // namespace dflint::rules::DL3007
