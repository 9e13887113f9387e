//! code: DL3007
//! name: latest-tag
//! severity: warning
//! category: pinning
//! instructions: FROM
//! summary: Using latest is prone to errors if the image will ever update
//! url: https://github.com/hadolint/hadolint/wiki/DL3007
//! fixable: yes
//!
//! ## What it does
//! Flags a `FROM` whose tag is `latest` and that has no digest.
//!
//! Only you know which version to pin, so the fix needs you to name it:
//! `--pin python=3.12-slim` on the command line, or in `.dflint.yaml`
//! `pin-tags: {python: "3.12-slim"}` (`python`, `library/python` and
//! `docker.io/library/python` are the same image). Then
//! `dflint --fix --unsafe-fixes` replaces `latest` with that tag (an unsafe fix:
//! the image changes). Images written with a variable are not fixed.
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

#include "dflint/config.hpp"
#include "rules/rule.hpp"

namespace dflint::rules::DL3007 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Stage* stage = ctx.model().stage_of(info);
    if (!stage || stage->from != info.ins || info.ins->args.empty()) return;
    if (stage->scratch || stage->base_stage >= 0) return;
    const ImageRef& ref = stage->image_ref;
    if (!ref.valid || ref.tag != "latest" || ref.has_digest()) return;
    const Token& image = info.ins->args[0];
    // The image as written in the FROM line (no variable, no quotes, no
    // line continuation): its tag can be pointed at and replaced.
    const bool literal = image.text.find('$') == std::string::npos && ctx.text(image.range) == image.text;
    const ImageRef written = literal ? parse_image_ref(image.text) : ImageRef{};
    const bool tag_in_text = written.valid && written.tag == "latest" && !written.has_digest();
    Range range = image.range;
    if (tag_in_text) range = {image.range.begin + written.tag_range.begin, image.range.begin + written.tag_range.end};
    const std::string name = ref.registry.empty() ? ref.path : ref.registry + "/" + ref.path;
    const std::string* pin = pinned_tag(ctx.config(), ref);
    std::string help;
    if (!pin)
        help = fmt::format("pin a version instead of `latest`: `FROM {}:<version>`; to have `dflint --fix --unsafe-fixes` write it, "
                           "name the tag with `--pin {}=<tag>` or `pin-tags:` in .dflint.yaml",
                           name, name);
    else if (tag_in_text)
        help = fmt::format("pin the tag you named: `FROM {}:{}` (`dflint --fix --unsafe-fixes` writes it)", name, *pin);
    else
        help = fmt::format("pin the tag you named: `FROM {}:{}` (the image is written with a variable, so it is not fixed for you)", name, *pin);
    auto& d = ctx.report(range, fmt::format("`{}` uses the `latest` tag, which points at a different image after every release", stage->image),
                         std::move(help));
    if (pin && tag_in_text)
        d.fixes.push_back(Fix{fmt::format("pin {} to `{}`", name, *pin), FixSafety::unsafe, {Edit{range, *pin}}});
}

}  // namespace dflint::rules::DL3007
