//! code: MaintainerDeprecated
//! name: maintainer-deprecated
//! severity: warning
//! category: labels
//! instructions: MAINTAINER
//! summary: The MAINTAINER instruction is deprecated, use a label instead to define an image author
//! url: https://docs.docker.com/go/dockerfile/rule/maintainer-deprecated/
//! fixable: no
//!
//! ## What it does
//! Flags every `MAINTAINER` instruction (BuildKit build check
//! `MaintainerDeprecated`).
//!
//! ## Why is this bad?
//! `MAINTAINER` is deprecated. It fills the legacy `Author` field of the
//! image, which tools do not show. The standard place for the author is
//! the `org.opencontainers.image.authors` label, which registries and
//! scanners read.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! MAINTAINER Jane Doe <jane@example.com>
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
//! ```
//!
//! ## References
//! - [BuildKit check MaintainerDeprecated](https://docs.docker.com/reference/build-checks/maintainer-deprecated/)
//! - [Dockerfile reference: MAINTAINER (deprecated)](https://docs.docker.com/reference/dockerfile/#maintainer-deprecated)
//! - [OCI image annotations](https://github.com/opencontainers/image-spec/blob/main/annotations.md)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::MaintainerDeprecated {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    const std::string who = unquote(ins.rest.text);
    std::string escaped;
    for (char c : who) {
        if (c == '"' || c == '\\') escaped += '\\';
        escaped += c;
    }
    ctx.report(ins.keyword.range, "Maintainer instruction is deprecated in favor of using label",
               who.empty() ? std::string("use `LABEL org.opencontainers.image.authors=\"<name and email>\"` instead")
                           : fmt::format("replace it with `LABEL org.opencontainers.image.authors=\"{}\"`", escaped));
}

}  // namespace dflint::rules::MaintainerDeprecated
