//! code: DL3061
//! name: instruction-before-from
//! severity: error
//! category: syntax
//! instructions: ADD, CMD, COPY, ENTRYPOINT, ENV, EXPOSE, HEALTHCHECK, LABEL, MAINTAINER, ONBUILD, RUN, SHELL, STOPSIGNAL, USER, VOLUME, WORKDIR
//! summary: A Dockerfile must begin with FROM (only ARG, comments and parser directives may come first)
//! url: https://github.com/hadolint/hadolint/wiki/DL3061
//!
//! ## What it does
//! Flags every instruction other than `ARG` that comes before the first
//! `FROM`.
//!
//! ## Why is this bad?
//! Instructions act on a build stage, and a stage starts with `FROM`. Before
//! it there is nothing to label, copy into or run in, so Docker stops with
//! "no build stage in current context". Only `ARG` may come first: it
//! declares values that `FROM` lines can use (`FROM node:${NODE_VERSION}`).
//!
//! ## Example
//! ```dockerfile
//! LABEL org.opencontainers.image.source="https://github.com/acme/app"
//! FROM node:20
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! LABEL org.opencontainers.image.source="https://github.com/acme/app"
//! ```
//!
//! ## References
//! - [Dockerfile reference: FROM](https://docs.docker.com/reference/dockerfile/#from)
//! - [Dockerfile reference: understand how ARG and FROM interact](https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact)

#include "rules/rule.hpp"

namespace dflint::rules::DL3061 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    if (info.stage >= 0) return;
    const Instruction& ins = *info.ins;
    const auto& stages = ctx.model().stages();
    const std::string kw = lower(ins.keyword.text) == ins.keyword.text ? lower(keyword_name(ins.kind)) : std::string(keyword_name(ins.kind));
    if (stages.empty()) {
        ctx.report(ins.keyword.range, fmt::format("`{}` comes before any FROM: this file has no FROM, so there is no build stage for it to act on", kw),
                   "start the Dockerfile with a base image, e.g. `FROM debian:12-slim` (only ARG may come before it)");
        return;
    }
    ctx.report(ins.keyword.range,
               fmt::format("`{}` comes before the first FROM (line {}): there is no build stage yet for it to act on", kw, stages.front().from->start_line),
               fmt::format("move it below `FROM` on line {}; only ARG may come before the first FROM", stages.front().from->start_line));
}

}  // namespace dflint::rules::DL3061
