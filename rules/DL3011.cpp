//! code: DL3011
//! name: expose-port-out-of-range
//! severity: error
//! category: correctness
//! instructions: EXPOSE
//! summary: EXPOSE ports must be between 0 and 65535
//! url: https://github.com/hadolint/hadolint/wiki/DL3011
//!
//! ## What it does
//! Flags an `EXPOSE` port, or either end of a port range (`8000-9000/tcp`),
//! that is larger than 65535. Ports given through a variable are not checked.
//!
//! ## Why is this bad?
//! TCP and UDP port numbers are 16-bit: 65535 is the largest port there is.
//! A larger number is always a typo (often a digit too many, `80800`), and the
//! container can never listen on it; `docker run -P` and orchestrators that
//! read the exposed ports will fail or publish the wrong thing.
//!
//! ## Example
//! ```dockerfile
//! FROM nginx:1.27
//! EXPOSE 80800
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM nginx:1.27
//! EXPOSE 8080
//! ```
//!
//! ## References
//! - [Dockerfile reference: EXPOSE](https://docs.docker.com/reference/dockerfile/#expose)

#include "rules/rule.hpp"

namespace dflint::rules::DL3011 {

namespace {

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool too_large(std::string_view digits) {
    std::size_t i = 0;
    while (i + 1 < digits.size() && digits[i] == '0') ++i;  // leading zeros
    digits.remove_prefix(i);
    return digits.size() > 5 || (digits.size() == 5 && digits > "65535");
}

}  // namespace

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const Token& arg : info.ins->args) {
        std::string_view spec = arg.text;
        // Drop the protocol ("/tcp") and any IP / host-port prefix ("127.0.0.1:80:").
        if (const auto slash = spec.find('/'); slash != std::string_view::npos) spec = spec.substr(0, slash);
        std::size_t offset = 0;
        if (const auto colon = spec.rfind(':'); colon != std::string_view::npos) {
            offset = colon + 1;
            spec = spec.substr(colon + 1);
        }
        const bool exact = arg.range.size() == arg.text.size();
        std::size_t part_begin = 0;
        while (part_begin <= spec.size()) {
            const auto dash = std::min(spec.find('-', part_begin), spec.size());
            const auto part = spec.substr(part_begin, dash - part_begin);
            if (all_digits(part) && too_large(part)) {
                Range r = arg.range;
                if (exact) r = {arg.range.begin + static_cast<std::uint32_t>(offset + part_begin), arg.range.begin + static_cast<std::uint32_t>(offset + dash)};
                const bool range_bound = spec.find('-') != std::string_view::npos;
                ctx.report(r,
                           fmt::format("port {} {}is out of range: ports go from 0 to 65535", part, range_bound ? fmt::format("in the range `{}` ", spec) : ""),
                           "fix the port number (a digit too many?), e.g. `EXPOSE 8080`");
            }
            part_begin = dash + 1;
        }
    }
}

}  // namespace dflint::rules::DL3011
