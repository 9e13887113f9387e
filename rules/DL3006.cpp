//! code: DL3006
//! name: untagged-base-image
//! severity: warning
//! category: pinning
//! instructions: FROM
//! summary: Always tag the version of an image explicitly
//! url: https://github.com/hadolint/hadolint/wiki/DL3006
//! fixable: yes
//!
//! ## What it does
//! Flags a `FROM` whose image has neither a tag (`node:20`) nor a digest
//! (`node@sha256:…`). A tag supplied through an `ARG` default
//! (`ARG NODE_VERSION=20` … `FROM node:${NODE_VERSION}`) counts as pinned.
//! Earlier stage names and `scratch` are exempt. With `require-digest`
//! (`--require-digest`), images pinned only by tag are reported too.
//!
//! Only you know which version to pin, so the fix needs you to name it:
//! `--pin node=20-bookworm-slim` on the command line, or in `.dflint.yaml`
//! `pin-tags: {node: "20-bookworm-slim"}` (`node`, `library/node` and
//! `docker.io/library/node` are the same image). Then
//! `dflint --fix --unsafe-fixes` adds `:20-bookworm-slim` to the image (an
//! unsafe fix: the image may change), keeping `--platform` and `AS name`.
//!
//! ## Why is this bad?
//! `FROM node` means `FROM node:latest`: the base image changes whenever a new
//! release is published, so the same Dockerfile builds a different image next
//! week, and a build that worked can break without any change of yours. A tag
//! makes the base a choice you can see and review; a digest makes it exact.
//!
//! ## Example
//! ```dockerfile
//! FROM node
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20-bookworm-slim
//! ```
//!
//! ## References
//! - [Dockerfile reference: FROM](https://docs.docker.com/reference/dockerfile/#from)
//! - [Pin base image versions](https://docs.docker.com/build/building/best-practices/#pin-base-image-versions)

#include "dflint/config.hpp"
#include "rules/rule.hpp"

namespace dflint::rules::DL3006 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Stage* stage = ctx.model().stage_of(info);
    if (!stage || stage->from != info.ins || info.ins->args.empty()) return;
    if (stage->scratch || stage->base_stage >= 0) return;
    const Token& image = info.ins->args[0];
    // hadolint exempts images that are entirely a variable; unresolved
    // variables (no default) cannot be judged either.
    if (!image.text.empty() && image.text[0] == '$') return;
    if (!stage->image_unmatched.empty()) return;
    const ImageRef& ref = stage->image_ref;
    if (!ref.valid) return;  // not an image reference: BuildKit reports it
    if (!ref.has_tag() && !ref.has_digest()) {
        // The image as written (no quotes, no line continuation): the tag
        // goes right after its name.
        const bool literal = image.text.find('$') == std::string::npos && ctx.text(image.range) == image.text;
        const ImageRef written = literal ? parse_image_ref(image.text) : ImageRef{};
        const bool name_in_text = written.valid && !written.has_tag() && !written.has_digest();
        const std::string* pin = pinned_tag(ctx.config(), ref);
        std::string help;
        if (pin && name_in_text)
            help = fmt::format("pin the tag you named: `FROM {}:{}` (`dflint --fix --unsafe-fixes` writes it)", stage->image, *pin);
        else if (pin)
            help = fmt::format("pin the tag you named: `FROM {}:{}`", stage->image, *pin);
        else
            help = fmt::format("pin a version: `FROM {}:<version>` (for example the major version you develop against), or a digest "
                               "`FROM {}@sha256:<digest>`; to have `dflint --fix --unsafe-fixes` write the tag, name it with "
                               "`--pin {}=<tag>` or `pin-tags:` in .dflint.yaml",
                               stage->image, stage->image, stage->image);
        auto& d = ctx.report(image.range,
                             fmt::format("`FROM {}` has no tag, so it means `{}:latest`: the base image changes whenever a new version is published",
                                         image.text, stage->image),
                             std::move(help));
        if (pin && name_in_text) {
            const std::uint32_t at = image.range.begin + written.path_range.end;
            d.fixes.push_back(Fix{fmt::format("pin {} to `{}`", stage->image, *pin), FixSafety::unsafe, {Edit{{at, at}, ":" + *pin}}});
        }
        return;
    }
    if (ctx.config().require_digest && !ref.has_digest()) {
        ctx.report(image.range, fmt::format("`{}` is pinned to a tag, not a digest: tags can be moved to other images", stage->image),
                   fmt::format("add the digest: `FROM {}@sha256:<digest>` (`docker buildx imagetools inspect {}` shows it)", stage->image, stage->image));
    }
}

}  // namespace dflint::rules::DL3006
