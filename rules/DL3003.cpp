//! code: DL3003
//! name: cd-in-run
//! severity: warning
//! category: workdir
//! instructions: RUN
//! summary: Use WORKDIR to switch to a directory instead of cd
//! url: https://github.com/hadolint/hadolint/wiki/DL3003
//!
//! ## What it does
//! Flags a `RUN` that changes directory with `cd` (reported once per `RUN`,
//! at its first `cd`).
//!
//! ## Why is this bad?
//! A `cd` only lasts until the end of its `RUN`: the next instruction starts
//! again in the `WORKDIR`, which surprises readers and leads to commands
//! running in the wrong place. `WORKDIR` sets the directory for every
//! following `RUN`, `COPY`, `CMD` and `ENTRYPOINT`, creates it when missing,
//! and documents where the work happens. (For a single command in another
//! directory, many tools take the directory as an option: `make -C dir`,
//! `git -C dir`, `npm --prefix dir`.)
//!
//! ## Example
//! ```dockerfile
//! FROM golang:1.22
//! COPY . /src
//! RUN cd /src && go build -o /bin/app .
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM golang:1.22
//! WORKDIR /src
//! COPY . .
//! RUN go build -o /bin/app .
//! ```
//!
//! ## References
//! - [Dockerfile reference: WORKDIR](https://docs.docker.com/reference/dockerfile/#workdir)
//! - [Best practices: WORKDIR](https://docs.docker.com/build/building/best-practices/#workdir)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3003 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("cd")) continue;
        const auto pos = c.positionals();
        const std::string dir = pos.empty() ? std::string("<dir>") : pos.front()->text;
        ctx.report(word_range(info, *c.name), fmt::format("`cd {}` only lasts until the end of this RUN; the next instructions start in the WORKDIR again", dir),
                   fmt::format("set the directory with `WORKDIR {}` before this RUN and drop the `cd`", dir));
        return;
    }
}

}  // namespace dflint::rules::DL3003
