//! code: DL3056
//! name: label-not-semver
//! severity: warning
//! category: labels
//! instructions: LABEL
//! summary: A label the label schema types as `semver` does not hold a semantic version
//! url: https://github.com/hadolint/hadolint/wiki/DL3056
//! fixable: no
//!
//! ## What it does
//! Only active with a label schema that gives a label the type `semver`
//! (`label-schema: {org.opencontainers.image.version: semver}`). Reports a
//! `LABEL` whose value for that key is not a Semantic Versioning 2.0.0
//! version: `MAJOR.MINOR.PATCH` without leading zeros, optionally followed by
//! a pre-release (`-rc.1`) and build metadata (`+build.5`). Variables are
//! expanded first; values that depend on a variable without a known value,
//! and empty values (DL3051), are not judged.
//!
//! ## Why is this bad?
//! Tools compare semantic versions to decide what is newer and whether an
//! update may break things. `v1.2`, `1.2` or `latest` cannot be ordered
//! reliably; a schema that asks for SemVer wants all three numbers.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.version="v1.4"
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.version="1.4.0"
//! ```
//!
//! ## References
//! - [Semantic Versioning 2.0.0](https://semver.org/spec/v2.0.0.html)
//! - [OCI image spec: pre-defined annotation keys](https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys)
//! - [hadolint: label schema configuration](https://github.com/hadolint/hadolint#linting-labels)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3056 {

namespace {

// The SemVer a near miss most likely means: "v1.2.3" → "1.2.3", "1.4" → "1.4.0".
std::string repair(std::string v) {
    if (!v.empty() && (v[0] == 'v' || v[0] == 'V')) v.erase(0, 1);
    if (label_util::is_semver(v)) return v;
    // Pad a one- or two-part version core.
    const auto end = v.find_first_of("-+");
    const std::string core = v.substr(0, end), tail = end == std::string::npos ? std::string() : v.substr(end);
    const auto dots = std::count(core.begin(), core.end(), '.');
    std::string padded = core;
    for (auto i = dots; i < 2; ++i) padded += ".0";
    if (label_util::is_semver(padded + tail)) return padded + tail;
    return {};
}

}  // namespace

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    using namespace label_util;
    for_each_typed_label(info, ctx, LabelType::semver, [&](const LabelEntry& e) {
        const std::string& v = *e.value;
        if (is_semver(v)) return;
        const std::string fixed = repair(v);
        ctx.report(e.value_range, fmt::format("label `{}` must hold a semantic version (MAJOR.MINOR.PATCH), but `{}` is not one", *e.key, v),
                   fixed.empty() ? fmt::format("use three numbers, with an optional pre-release: `LABEL {}` or `2.0.0-rc.1`",
                                               label_assignment(*e.key, example_value(LabelType::semver)))
                                 : fmt::format("write it as `LABEL {}`", label_assignment(*e.key, fixed)));
    });
}

}  // namespace dflint::rules::DL3056
