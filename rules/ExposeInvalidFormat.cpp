//! code: ExposeInvalidFormat
//! name: expose-invalid-format
//! severity: warning
//! category: correctness
//! instructions: EXPOSE
//! summary: IP address and host-port mapping should not be used in EXPOSE instruction
//! url: https://docs.docker.com/go/dockerfile/rule/expose-invalid-format/
//! fixable: no
//!
//! ## What it does
//! Flags an `EXPOSE` port that contains a host port or an IP address, like
//! `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80` (BuildKit build check
//! `ExposeInvalidFormat`).
//!
//! ## Why is this bad?
//! `EXPOSE` only documents which ports the container listens on; it cannot
//! publish a port on the host. BuildKit drops the host part without a word,
//! so `EXPOSE 8080:80` exposes port 80 and nothing is bound to 8080. Such
//! mappings belong to `docker run -p 8080:80` or the `ports:` of a Compose
//! file, and support for them in `EXPOSE` is going away.
//!
//! ## Example
//! ```dockerfile
//! FROM nginx:1.27
//! EXPOSE 8080:80
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM nginx:1.27
//! EXPOSE 80
//! ```
//! and publish it with `docker run -p 8080:80 …`.
//!
//! ## References
//! - [BuildKit check ExposeInvalidFormat](https://docs.docker.com/reference/build-checks/expose-invalid-format/)
//! - [Dockerfile reference: EXPOSE](https://docs.docker.com/reference/dockerfile/#expose)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::ExposeInvalidFormat {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    bk::for_each_expose_arg(ctx.model(), info, [&](const Token& arg, const std::vector<std::string>& words) {
        for (const auto& spec : words) {
            const auto port = bk::parse_expose(spec);
            if (!port || (port->ip.empty() && port->host_port.empty())) continue;
            const std::string container = spec.substr(port->container_offset);
            ctx.report(arg.range, fmt::format("EXPOSE instruction should not define an IP address or host-port mapping, found '{}'", spec),
                       fmt::format("write `EXPOSE {}`; EXPOSE cannot publish ports, so map them when the container starts: `docker run -p {}:{}`",
                                   container, port->ip.empty() ? port->host_port : port->ip + ":" + port->host_port, container));
        }
    });
}

}  // namespace dflint::rules::ExposeInvalidFormat
