//! code: LegacyKeyValueFormat
//! name: legacy-key-value-format
//! severity: warning
//! category: syntax
//! instructions: ENV, LABEL
//! summary: Legacy key/value format with whitespace separator should not be used
//! url: https://docs.docker.com/go/dockerfile/rule/legacy-key-value-format/
//! fixable: no
//!
//! ## What it does
//! Flags `ENV key value` and `LABEL key value`, the old form without `=`
//! (BuildKit build check `LegacyKeyValueFormat`).
//!
//! ## Why is this bad?
//! In the legacy form everything after the first space is the value, so
//! `ENV JAVA_OPTS -Xmx1g -Dfoo=1` sets one variable to `-Xmx1g -Dfoo=1`,
//! and `ENV A 1 B 2` sets `A` to `1 B 2` rather than two variables. The
//! `key=value` form says exactly what is set, allows several pairs per
//! instruction, and is the only form the Dockerfile reference still
//! documents.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! ENV APP_HOME /opt/app
//! LABEL maintainer Jane
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! ENV APP_HOME=/opt/app
//! LABEL maintainer=Jane
//! ```
//!
//! ## References
//! - [BuildKit check LegacyKeyValueFormat](https://docs.docker.com/reference/build-checks/legacy-key-value-format/)
//! - [Dockerfile reference: ENV](https://docs.docker.com/reference/dockerfile/#env)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::LegacyKeyValueFormat {

bool has_blank(std::string_view s) { return s.find_first_of(" \t") != std::string_view::npos; }

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    if (!ins.legacy_key_value || ins.pairs.empty()) return;
    const std::string& kw = ins.keyword.text;
    const KeyValue& kv = ins.pairs.front();
    const std::string value = kv.value ? kv.value->text : std::string();
    std::string fixed;
    const bool one_quoted = value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front() &&
                            value.substr(1, value.size() - 2).find_first_of("\"'\\\n") == std::string::npos;
    if (one_quoted)
        fixed = fmt::format("{}={}", kv.key.text, value);
    else if (value.find_first_of("\"'\\\n") == std::string::npos)
        fixed = has_blank(value) ? fmt::format("{}=\"{}\"", kv.key.text, value) : fmt::format("{}={}", kv.key.text, value);
    const std::string upper_kw = bk::upper(kw);
    ctx.report(kv.range.empty() ? ins.keyword.range : kv.range,
               fmt::format("\"{} key=value\" should be used instead of legacy \"{} key value\" format", kw, kw),
               fixed.empty() ? fmt::format("write `{} {}=<value>`, quoting the value if it contains spaces", upper_kw, kv.key.text)
                             : fmt::format("write `{} {}`{}", upper_kw, fixed,
                                           has_blank(value) ? ": in the legacy form the whole rest of the line is one value" : ""));
}

}  // namespace dflint::rules::LegacyKeyValueFormat
