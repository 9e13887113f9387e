//! code: DL3053
//! name: label-not-rfc3339
//! severity: warning
//! category: labels
//! instructions: LABEL
//! summary: A label the label schema types as `rfc3339` does not hold an RFC 3339 timestamp
//! url: https://github.com/hadolint/hadolint/wiki/DL3053
//! fixable: no
//!
//! ## What it does
//! Only active with a label schema that gives a label the type `rfc3339`
//! (`label-schema: {org.opencontainers.image.created: rfc3339}`). Reports a
//! `LABEL` whose value for that key is not an RFC 3339 date-time: a date, a
//! time with seconds (fractions allowed), and a time zone, `Z` or an offset
//! such as `+02:00` (`2024-05-01T12:30:00Z`). Date and time may be separated
//! by `T` or a space, as RFC 3339 allows. Variables are expanded first;
//! values that depend on a variable without a known value, and empty values
//! (DL3051), are not judged.
//!
//! ## Why is this bad?
//! A timestamp without a time zone, or in a local format such as
//! `05/01/2024`, means different instants to different readers and cannot
//! be sorted or compared by tools. RFC 3339 is the format the OCI
//! `org.opencontainers.image.created` annotation requires.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! LABEL org.opencontainers.image.created="2024-05-01 12:30"
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! ARG BUILD_DATE=2024-05-01T12:30:00Z
//! LABEL org.opencontainers.image.created="$BUILD_DATE"
//! ```
//! and build with `--build-arg BUILD_DATE="$(date -u +%Y-%m-%dT%H:%M:%SZ)"`.
//!
//! ## References
//! - [RFC 3339: Date and Time on the Internet](https://www.rfc-editor.org/rfc/rfc3339#section-5.6)
//! - [OCI image spec: pre-defined annotation keys](https://github.com/opencontainers/image-spec/blob/main/annotations.md#pre-defined-annotation-keys)
//! - [hadolint: label schema configuration](https://github.com/hadolint/hadolint#linting-labels)

#include "rules/label_util.hpp"

namespace dflint::rules::DL3053 {

namespace {

// Digits and separators in the right places, but a number out of range ("2024-02-30T…").
bool looks_like_timestamp(const std::string& v) {
    if (v.size() < 20) return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u, 11u, 12u, 14u, 15u, 17u, 18u})
        if (!label_util::is_digit(v[i])) return false;
    return label_util::is_rfc3339("2000-01-01" + v.substr(10, 1) + "00:00:00" + v.substr(19));
}

}  // namespace

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    using namespace label_util;
    for_each_typed_label(info, ctx, LabelType::rfc3339, [&](const LabelEntry& e) {
        const std::string& v = *e.value;
        if (is_rfc3339(v)) return;
        std::string why = "RFC 3339 looks like `2024-05-01T12:30:00Z`";
        std::string help;
        if (v.size() == 10 && is_rfc3339(v + "T00:00:00Z")) {
            why = "it has a date but no time and time zone";
            help = fmt::format("add a time and a time zone: `LABEL {}`", label_assignment(*e.key, v + "T00:00:00Z"));
        } else if (is_rfc3339(v + "Z")) {
            why = "it has no time zone";
            help = fmt::format("add the time zone, `Z` for UTC: `LABEL {}`", label_assignment(*e.key, v + "Z"));
        } else if (v.size() >= 5 && is_rfc3339(v.substr(0, v.size() - 2) + ":" + v.substr(v.size() - 2))) {
            why = "the offset needs a colon";
            help = fmt::format("write the offset as `±hh:mm`: `LABEL {}`", label_assignment(*e.key, v.substr(0, v.size() - 2) + ":" + v.substr(v.size() - 2)));
        } else if (looks_like_timestamp(v)) {
            why = "there is no such date or time";
            help = fmt::format("check the numbers: month 01-12, a day that exists in that month, hours 00-23, minutes 00-59, seconds 00-60, as in `LABEL {}`",
                               label_assignment(*e.key, example_value(LabelType::rfc3339)));
        } else {
            help = fmt::format("use the form `YYYY-MM-DDTHH:MM:SSZ`, for example from a build argument: `ARG BUILD_DATE` and `LABEL {}`, "
                               "built with `--build-arg BUILD_DATE=\"$(date -u +%Y-%m-%dT%H:%M:%SZ)\"`",
                               label_assignment(*e.key, "$BUILD_DATE"));
        }
        ctx.report(e.value_range, fmt::format("label `{}` must hold an RFC 3339 timestamp, but `{}` is not one: {}", *e.key, v, why), std::move(help));
    });
}

}  // namespace dflint::rules::DL3053
