//! code: NoEmptyContinuation
//! name: no-empty-continuation
//! severity: warning
//! category: syntax
//! summary: Empty continuation lines will become errors in a future release
//! url: https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/
//!
//! ## What it does
//! Flags a blank line inside an instruction continued with `\`.
//!
//! ## Why is this bad?
//! A blank line does not end the instruction: `RUN a \` + blank line +
//! `RUN b` is one instruction, `RUN a RUN b`. BuildKit warns today and plans
//! to reject it.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine
//! RUN apk add \
//!
//!     curl
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine
//! RUN apk add \
//!     curl
//! ```
//!
//! ## References
//! - [BuildKit check NoEmptyContinuation](https://docs.docker.com/reference/build-checks/no-empty-continuation/)

#include "rules/rule.hpp"

namespace dflint::rules::NoEmptyContinuation {

void on_document(RuleContext& ctx) {
    for (const auto& issue : ctx.doc().issues)
        if (issue.code == "NoEmptyContinuation")
            ctx.report(issue.range, "Empty continuation line: a blank line does not end an instruction continued with `\\`",
                       "remove the blank line, or end the line before it without `\\`");
}

}  // namespace dflint::rules::NoEmptyContinuation
