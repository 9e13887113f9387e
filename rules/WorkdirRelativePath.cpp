//! code: WorkdirRelativePath
//! name: workdir-relative-path
//! severity: warning
//! category: workdir
//! instructions: WORKDIR
//! summary: Relative workdir without an absolute workdir declared within the build can have unexpected results if the base image changes
//! url: https://docs.docker.com/go/dockerfile/rule/workdir-relative-path/
//! fixable: no
//!
//! ## What it does
//! Flags the first `WORKDIR` of a stage when its path is relative and no
//! earlier `WORKDIR` of the stage, or of the stages it builds on in this
//! Dockerfile, set the directory (BuildKit build check
//! `WorkdirRelativePath`). Later relative `WORKDIR`s are fine: they are
//! relative to a directory you chose. A path whose variables cannot be
//! resolved here (they come from the base image or a build argument) is not
//! judged.
//!
//! ## Why is this bad?
//! A relative `WORKDIR` is resolved against the working directory of the
//! base image, which you do not control: `WORKDIR app` is `/app` on one
//! image and `/usr/src/app` on another, and it can change when the base image
//! is updated. Your `COPY` and `RUN` steps then land somewhere else.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! WORKDIR app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! WORKDIR /app
//! ```
//!
//! ## References
//! - [BuildKit check WorkdirRelativePath](https://docs.docker.com/reference/build-checks/workdir-relative-path/)
//! - [Dockerfile reference: WORKDIR](https://docs.docker.com/reference/dockerfile/#workdir)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::WorkdirRelativePath {

bool is_absolute(std::string_view p) {
    if (!p.empty() && (p[0] == '/' || p[0] == '\\')) return true;
    // Windows images: C:\app, c:/app.
    return p.size() >= 2 && ((p[0] >= 'a' && p[0] <= 'z') || (p[0] >= 'A' && p[0] <= 'Z')) && p[1] == ':';
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    if (info.workdir_set || ins.args.empty() || info.stage < 0) return;
    // Expand as BuildKit does; give up when a value is not known here.
    const bk::BuildEnv env = bk::build_env(ctx.model(), info);
    auto unknown = std::make_shared<bool>(false);
    shell::LexOptions o;
    o.escape = ctx.doc().escape;
    const auto r = shell::process_word(ins.args[0].text, env.lookup(unknown), o);
    if (!r.ok || !r.unmatched.empty() || *unknown) return;
    const std::string& path = r.word;
    if (path.empty() || is_absolute(path)) return;
    std::string rel = path;
    while (rel.size() > 2 && rel.compare(0, 2, "./") == 0) rel.erase(0, 2);
    ctx.report(ins.args[0].range, fmt::format("Relative workdir \"{}\" can have unexpected results if the base image changes", path),
               fmt::format("use an absolute path such as `WORKDIR /{}`: a relative one is resolved against the base image's working directory", rel));
}

}  // namespace dflint::rules::WorkdirRelativePath
