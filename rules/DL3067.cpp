//! code: DL3067
//! name: copy-whole-filesystem
//! severity: warning
//! category: image-size
//! instructions: COPY
//! summary: Do not copy the whole file system of another stage or image into /
//! url: https://github.com/hadolint/hadolint/wiki/DL3067
//!
//! ## What it does
//! Flags `COPY --from=<stage> / /`: a copy of the entire root file system of
//! another stage (or image) onto the root of this one.
//!
//! ## Why is this bad?
//! It brings everything along: package manager caches, compilers, shells,
//! `/etc/passwd`, `/etc/hosts`, and whatever the other stage left in `/tmp`.
//! Files of the current base image are silently overwritten, the image is as
//! large as the build stage, and the point of a multi-stage build, shipping
//! only what the application needs, is lost. Copy the directories you need.
//!
//! ## Example
//! ```dockerfile
//! FROM golang:1.22 AS build
//! RUN go build -o /out/app .
//!
//! FROM gcr.io/distroless/base-debian12
//! COPY --from=build / /
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM golang:1.22 AS build
//! RUN go build -o /out/app .
//!
//! FROM gcr.io/distroless/base-debian12
//! COPY --from=build /out/app /usr/local/bin/app
//! ```
//!
//! ## References
//! - [Multi-stage builds](https://docs.docker.com/build/building/multi-stage/)
//! - [Dockerfile reference: COPY --from](https://docs.docker.com/reference/dockerfile/#copy---from)

#include "rules/copy_util.hpp"

namespace dflint::rules::DL3067 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Flag* from = info.ins->flag("from");
    if (!from || !from->value) return;
    const auto paths = copy_util::path_args(*info.ins);
    if (paths.size() < 2 || paths.back().text != "/") return;
    for (std::size_t i = 0; i + 1 < paths.size(); ++i) {
        if (paths[i].text != "/") continue;
        ctx.report(paths[i].range,
                   fmt::format("`COPY --from={} / /` copies the entire file system of `{}` over this image: caches, build tools and system files included",
                               *from->value, *from->value),
                   fmt::format("copy only what the application needs, e.g. `COPY --from={} /out/app /usr/local/bin/app`", *from->value));
        return;
    }
}

}  // namespace dflint::rules::DL3067
