//! code: DL3008
//! name: unpinned-apt-package
//! severity: warning
//! category: pinning
//! instructions: RUN, ONBUILD
//! summary: Pin the versions of the packages `apt-get install` installs
//! url: https://github.com/hadolint/hadolint/wiki/DL3008
//! fixable: no
//!
//! ## What it does
//! Flags each package of an `apt-get install` that has no version
//! (`curl` instead of `curl=7.88.1-10+deb12u5`). A package taken from a
//! release (`curl/bookworm-backports`) or a local `.deb` file counts as
//! pinned, and so does a version held in a build argument
//! (`curl=${CURL_VERSION}`). A variable that holds the package list is looked
//! up in the `ARG`/`ENV` values of the Dockerfile; a variable the script sets
//! itself cannot be judged and is left alone.
//!
//! ## Why is this bad?
//! Without a version, `apt-get install curl` installs whatever version the
//! mirror offers on the day of the build. The same Dockerfile then gives
//! different images from week to week, and a new release of a package can
//! break a build (or the application) without any change on your side.
//! Pinning makes upgrades a visible, reviewable change. (Debian mirrors drop
//! old versions, so a pinned build fails loudly when its version is gone;
//! pinning the base image by digest too keeps the pair consistent.)
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12
//! RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12
//! RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
//! ```
//!
//! ## References
//! - [Dockerfile best practices: apt-get](https://docs.docker.com/build/building/best-practices/#apt-get)
//! - [apt-get(8): install pkg=version](https://manpages.debian.org/bookworm/apt/apt-get.8.en.html)

#include "rules/pkg_util.hpp"

namespace dflint::rules::DL3008 {

bool pinned(std::string_view p) {
    return p.find('=') != std::string_view::npos || p.find('/') != std::string_view::npos || pkg::ends_with(p, ".deb");
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("apt-get")) continue;
        const auto* verb = pkg::find_verb(c, {"install"});
        if (!verb) continue;
        const auto operands = pkg::operands_after(
            c, verb, {"-t", "--target-release", "--default-release", "-o", "--option", "-c", "--config-file", "-a", "--host-architecture"});
        for (const auto& u : pkg::unpinned(ctx.model(), info, operands, pinned)) {
            const std::string& first = u.packages.front();
            ctx.report(pkg::range(info, *u.word),
                       fmt::format("{} {} installed without a version: every build takes whatever version the mirror has that day", pkg::describe(u), pkg::is_are(u)),
                       fmt::format("pin the version: `{}=<version>` (`apt-cache policy {}` in the base image lists the available versions)", first, first));
        }
    }
}

}  // namespace dflint::rules::DL3008
