//! code: DL4000
//! name: maintainer-instruction
//! severity: error
//! category: style
//! instructions: MAINTAINER
//! summary: MAINTAINER is deprecated; use a LABEL
//! url: https://github.com/hadolint/hadolint/wiki/DL4000
//! fixable: yes
//!
//! ## What it does
//! Flags every `MAINTAINER` instruction.
//!
//! ## Why is this bad?
//! `MAINTAINER` has been deprecated since Docker 1.13. It writes a field of
//! the image configuration that tools no longer read. A label holds the same
//! information in the standard place (`org.opencontainers.image.authors`),
//! where registries, scanners and `docker inspect` look for it.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12
//! MAINTAINER Jane Doe <jane@example.com>
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12
//! LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
//! ```
//!
//! ## References
//! - [Dockerfile reference: MAINTAINER (deprecated)](https://docs.docker.com/reference/dockerfile/#maintainer-deprecated)
//! - [OCI image annotations](https://github.com/opencontainers/image-spec/blob/main/annotations.md)

#include "rules/rule.hpp"

namespace dflint::rules::DL4000 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    std::string who = ins.args.empty() ? std::string() : unquote(ins.args[0].text);
    std::string escaped;
    for (char c : who) {
        if (c == '"' || c == '\\') escaped += '\\';
        escaped += c;
    }
    auto& d = ctx.report(ins.keyword.range, "MAINTAINER is deprecated: tools read the author from a label now",
               fmt::format("replace it with a label: `LABEL org.opencontainers.image.authors=\"{}\"`", escaped.empty() ? "<name and e-mail>" : escaped));
    // `MAINTAINER x` → `LABEL maintainer="x"`, when the instruction is one
    // line and the value needs no escaping (LABEL expands variables, MAINTAINER does not).
    Range r = ins.range;
    const std::string& t = ctx.doc().text;
    while (r.end > r.begin && (t[r.end - 1] == '\n' || t[r.end - 1] == '\r' || t[r.end - 1] == ' ' || t[r.end - 1] == '\t')) --r.end;
    const std::string_view src = ctx.text(r);
    if (who.empty() || src.find('\n') != std::string_view::npos || !ins.heredocs.empty()) return;
    if (who.find_first_of(std::string("\"$`\\\r\n") + ctx.doc().escape) != std::string::npos) return;
    d.fixes.push_back(Fix{"replace with `LABEL maintainer=…`", FixSafety::safe,
                          {Edit{r, fmt::format("{} maintainer=\"{}\"", ins.keyword.text == lower(ins.keyword.text) ? "label" : "LABEL", who)}}});
}

}  // namespace dflint::rules::DL4000
