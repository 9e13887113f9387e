//! code: DL1001
//! name: inline-ignore-pragma
//! severity: ignore
//! category: style
//! summary: Avoid inline ignore pragmas (`# hadolint ignore=…`, `# dflint ignore=…`)
//! url: https://github.com/hadolint/hadolint/wiki/DL1001
//!
//! ## What it does
//! Flags every ignore pragma in a comment: `# hadolint ignore=DL3008`,
//! `# dflint ignore=…`, and their `global` and `stage` forms. The rule is off
//! by default; turn it on (for example with `--warning DL1001` or an
//! `override` in the configuration) when your team wants every exception to
//! go through the shared configuration instead.
//!
//! ## Why is this bad?
//! Pragmas scattered through Dockerfiles silence checks one line at a time,
//! with no central place to review them: exceptions pile up, outlive their
//! reason, and hide real problems that appear later on the same line. A
//! project-wide configuration file (`ignored:` / `override:`) keeps all
//! exceptions in one reviewed place.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12-slim
//! # hadolint ignore=DL3008
//! RUN apt-get update && apt-get install -y --no-install-recommends curl
//! ```
//!
//! Use instead (in `.hadolint.yaml` or dflint's configuration):
//! ```yaml
//! ignored:
//!   - DL3008
//! ```
//!
//! ## References
//! - [hadolint: inline ignores and the configuration file](https://github.com/hadolint/hadolint#inline-ignores)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL1001 {

bool blank(char c) { return c == ' ' || c == '\t'; }
bool code_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Finds an ignore pragma in a comment line; gives the byte span of
// "hadolint … ignore=CODES" within `line` and the codes.
bool find_pragma(std::string_view line, std::size_t& begin, std::size_t& end, std::string& codes) {
    std::size_t i = 0;
    while (i < line.size() && (blank(line[i]) || line[i] == '#')) ++i;
    begin = i;
    auto word = [&](std::string_view w) {
        if (line.substr(i, w.size()) != w) return false;
        i += w.size();
        return true;
    };
    auto blanks = [&] {
        const std::size_t b = i;
        while (i < line.size() && blank(line[i])) ++i;
        return i > b;
    };
    if (!word("hadolint") && !word("dflint")) return false;
    if (!blanks()) return false;
    if (word("global") || word("stage"))
        if (!blanks()) return false;
    if (!word("ignore")) return false;
    blanks();
    if (!word("=")) return false;
    const std::size_t list = [&] { blanks(); return i; }();
    for (;;) {
        const std::size_t b = i;
        while (i < line.size() && code_char(line[i])) ++i;
        if (i == b) return false;
        end = i;
        blanks();
        if (i < line.size() && line[i] == ',') {
            ++i;
            blanks();
            continue;
        }
        break;
    }
    if (i < line.size() && line[i] != '#') return false;
    codes = std::string(line.substr(list, end - list));
    return true;
}

void on_document(RuleContext& ctx) {
    for (const auto& c : ctx.doc().comments) {
        const std::string_view line = ctx.text(c.range);
        std::size_t b = 0, e = 0;
        std::string codes;
        if (!find_pragma(line, b, e, codes)) continue;
        const Range r{c.range.begin + static_cast<std::uint32_t>(b), c.range.begin + static_cast<std::uint32_t>(e)};
        ctx.report(r, fmt::format("inline pragma silences {} here: exceptions spread through Dockerfiles are hard to review", codes),
                   fmt::format("fix the finding instead, or list the code once in the configuration file (`ignored: [{}]`) and delete this comment", codes));
    }
}

}  // namespace dflint::rules::DL1001
