//! code: DL1000
//! name: syntax-error
//! severity: error
//! category: syntax
//! on: parse
//! summary: The Dockerfile does not parse, or BuildKit rejects an instruction
//! url: https://docs.docker.com/reference/dockerfile/
//!
//! ## What it does
//! Reports what `docker build` would reject before running anything: parser
//! errors (an unterminated heredoc, `ENV` without a value, a JSON array with a
//! non-string, a repeated parser directive…) and instruction errors (an
//! unknown instruction or flag, a wrong number of arguments, an invalid stage
//! name…). Each one points at the exact token, and linting goes on with the
//! next instruction, so every error of the file is listed at once.
//! Pragmas cannot silence it.
//!
//! ## Why is this bad?
//! The build fails at this line.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine
//! COPY --form=build /app /app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine
//! COPY --from=build /app /app
//! ```
//!
//! ## References
//! - [Dockerfile reference](https://docs.docker.com/reference/dockerfile/)

#include "rules/rule.hpp"

namespace dflint::rules::DL1000 {

void on_document(RuleContext& ctx) {
    for (const auto& issue : ctx.doc().issues) {
        if (issue.kind == ParseIssueKind::warning) continue;
        std::string help;
        if (issue.message.find("did you mean") != std::string::npos) help = "fix the spelling as suggested";
        else if (issue.message == "file with no instructions") help = "a Dockerfile needs at least a FROM instruction";
        else if (issue.message == "unterminated heredoc") help = "end the heredoc with a line that holds only its delimiter";
        ctx.report(issue.range, issue.message, help);
    }
}

}  // namespace dflint::rules::DL1000
