//! code: DL4001
//! name: both-curl-and-wget
//! severity: warning
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: Use either wget or curl in a stage, not both
//! url: https://github.com/hadolint/hadolint/wiki/DL4001
//!
//! ## What it does
//! Flags a stage that downloads with both `curl` and `wget`: once both have
//! been used, every `RUN` of the stage that calls either of them is reported
//! (at its first `curl` or `wget`). `ONBUILD RUN` triggers are checked among
//! themselves.
//!
//! ## Why is this bad?
//! The two tools do the same job. Using both usually means installing both,
//! which adds a package (and its dependencies and security updates) to the
//! image for nothing, and makes the Dockerfile less consistent to read.
//! Pick one and use it everywhere in the stage.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12-slim
//! RUN wget -q https://example.com/a.tar.gz
//! RUN curl -fsSLO https://example.com/b.tar.gz
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12-slim
//! RUN curl -fsSLO https://example.com/a.tar.gz
//! RUN curl -fsSLO https://example.com/b.tar.gz
//! ```
//!
//! ## References
//! - [Best practices: minimize the number of packages](https://docs.docker.com/build/building/best-practices/#dont-install-unnecessary-packages)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL4001 {

struct Seen {
    std::uint32_t curl_line = 0, wget_line = 0;
};

void on_document(RuleContext& ctx) {
    Seen plain, onbuild;
    for (const auto& info : ctx.model().infos()) {
        if (info.ins->kind == InstructionKind::from) {
            plain = {};
            onbuild = {};
            continue;
        }
        if (info.effective().kind != InstructionKind::run) continue;
        Seen& seen = info.ins->kind == InstructionKind::onbuild ? onbuild : plain;
        const shell::Command* first = nullptr;
        for (const auto& c : commands(info)) {
            if (!c.is("curl") && !c.is("wget")) continue;
            if (!first) first = &c;
            auto& line = c.is("curl") ? seen.curl_line : seen.wget_line;
            if (!line) line = info.ins->start_line;
        }
        if (!first || !seen.curl_line || !seen.wget_line) continue;
        const bool is_curl = first->is("curl");
        const std::string_view other = is_curl ? "wget" : "curl";
        const std::uint32_t other_line = is_curl ? seen.wget_line : seen.curl_line;
        ctx.report(word_range(info, *first->name),
                   other_line == info.ins->start_line
                       ? fmt::format("this RUN uses both `curl` and `wget`: one download tool is enough")
                       : fmt::format("this stage already uses `{}` (line {}) and here `{}`: one download tool is enough", other, other_line, first->basename()),
                   fmt::format("use one tool for every download of the stage (for example `{} …` everywhere) and install only that one", other));
    }
}

}  // namespace dflint::rules::DL4001
