//! code: DL3029
//! name: from-platform-flag
//! severity: warning
//! category: portability
//! instructions: FROM
//! summary: Do not pin FROM to a fixed platform with --platform
//! url: https://github.com/hadolint/hadolint/wiki/DL3029
//!
//! ## What it does
//! Flags `FROM --platform=<value>` unless the value uses one of BuildKit's
//! automatic platform arguments (`$BUILDPLATFORM`, `$TARGETPLATFORM`,
//! `$TARGETOS`, `$TARGETARCH`, …). As in BuildKit's own check, a constant
//! platform is accepted when the stage name says which platform it is for
//! (`FROM --platform=linux/arm64 alpine AS tools-arm64`).
//!
//! ## Why is this bad?
//! `--platform=linux/amd64` fixes the architecture of the stage whatever
//! platform you build for: on an ARM machine (Apple silicon, Graviton) the
//! image then runs under slow emulation or not at all, and
//! `docker buildx build --platform linux/amd64,linux/arm64` produces an
//! image that is amd64 inside for every platform. Leave the platform to the
//! build (`docker build --platform …`); use `--platform=$BUILDPLATFORM` for
//! stages that only run build tools and cross-compile.
//!
//! ## Example
//! ```dockerfile
//! FROM --platform=linux/amd64 golang:1.22 AS build
//! RUN go build -o /out/app .
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM --platform=$BUILDPLATFORM golang:1.22 AS build
//! ARG TARGETOS TARGETARCH
//! RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .
//! ```
//!
//! ## References
//! - [Multi-platform builds](https://docs.docker.com/build/building/multi-platform/)
//! - [Automatic platform ARGs](https://docs.docker.com/reference/dockerfile/#automatic-platform-args-in-the-global-scope)
//! - [BuildKit check FromPlatformFlagConstDisallowed](https://docs.docker.com/reference/build-checks/from-platform-flag-const-disallowed/)

#include "rules/rule.hpp"

namespace dflint::rules::DL3029 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    const Flag* flag = ins.flag("platform");
    if (!flag || !flag->value || flag->value->empty()) return;
    const std::string& value = *flag->value;
    const auto vars = shell::find_variables(value, ctx.doc().escape);
    for (const auto& v : vars)
        if (is_builtin_arg(v.name)) return;
    // A constant platform on a stage named after it (`AS build-arm64`) is deliberate.
    if (vars.empty() && ins.args.size() >= 3) {
        const std::string stage = lower(ins.args[2].text);
        const std::string platform = lower(value);
        std::size_t b = 0;
        while (b <= platform.size()) {
            const auto e = std::min(platform.find('/', b), platform.size());
            const auto part = platform.substr(b, e - b);
            if (!part.empty() && stage.find(part) != std::string::npos) return;
            b = e + 1;
        }
    }
    ctx.report(flag->value_range,
               vars.empty() ? fmt::format("`--platform={}` fixes the platform of this stage: building for another platform gives an image that runs under emulation or not at all",
                                          value)
                            : fmt::format("`--platform={}` takes this stage's platform from a variable instead of the platform being built: a multi-platform build can get the wrong architecture",
                                          value),
               "remove `--platform` and choose the platform when building (`docker build --platform …`), or use `--platform=$BUILDPLATFORM` for a stage that only runs build tools");
}

}  // namespace dflint::rules::DL3029
