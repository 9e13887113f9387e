//! code: ExposeProtoCasing
//! name: expose-proto-casing
//! severity: warning
//! category: style
//! instructions: EXPOSE
//! summary: Protocol in EXPOSE instruction should be lowercase
//! url: https://docs.docker.com/go/dockerfile/rule/expose-proto-casing/
//! fixable: no
//!
//! ## What it does
//! Flags an `EXPOSE` port whose protocol is not written in lower case
//! (`8080/TCP`, `53/Udp`; BuildKit build check `ExposeProtoCasing`).
//!
//! ## Why is this bad?
//! BuildKit accepts the protocol in any case and lower-cases it, but the
//! image configuration, `docker inspect`, Compose files and the
//! documentation all use `tcp`, `udp` and `sctp`. Writing it the same way
//! keeps the Dockerfile consistent with what the image ends up containing.
//!
//! ## Example
//! ```dockerfile
//! FROM nginx:1.27
//! EXPOSE 80/TCP
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM nginx:1.27
//! EXPOSE 80/tcp
//! ```
//!
//! ## References
//! - [BuildKit check ExposeProtoCasing](https://docs.docker.com/reference/build-checks/expose-proto-casing/)
//! - [Dockerfile reference: EXPOSE](https://docs.docker.com/reference/dockerfile/#expose)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::ExposeProtoCasing {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    bk::for_each_expose_arg(ctx.model(), info, [&](const Token& arg, const std::vector<std::string>& words) {
        const bool literal = words.size() == 1 && words[0] == arg.text && ctx.doc().slice(arg.range) == arg.text;
        for (const auto& spec : words) {
            const auto port = bk::parse_expose(spec);
            if (!port || bk::is_lower(port->proto)) continue;
            const Range range = literal ? Range{static_cast<std::uint32_t>(arg.range.begin + port->proto_offset), arg.range.end} : arg.range;
            ctx.report(range, fmt::format("Defined protocol '{}' in EXPOSE instruction should be lowercase", spec),
                       fmt::format("write `{}{}`", spec.substr(0, port->proto_offset), lower(port->proto)));
        }
    });
}

}  // namespace dflint::rules::ExposeProtoCasing
