//! code: DL3044
//! name: env-self-reference
//! severity: error
//! category: correctness
//! instructions: ENV
//! summary: Do not use a variable in the same ENV instruction that sets it
//! url: https://github.com/hadolint/hadolint/wiki/DL3044
//!
//! ## What it does
//! Flags a `$VAR` / `${VAR}` in the value of an `ENV` pair when an earlier
//! pair of the same `ENV` instruction sets `VAR`
//! (`ENV DIR=/opt/app BIN=$DIR/bin`). A pair that extends its own variable
//! (`ENV PATH=/opt/bin:$PATH`) is fine.
//!
//! ## Why is this bad?
//! Docker expands all values of one `ENV` instruction with the variables as
//! they were *before* the instruction, and only then sets them. `$DIR` above
//! is therefore not `/opt/app` but the previous value of `DIR`, usually
//! empty, and `BIN` silently becomes `/bin`. Set the variable in one `ENV`
//! and use it in the next.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12
//! ENV APP_HOME=/opt/app APP_BIN=${APP_HOME}/bin
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12
//! ENV APP_HOME=/opt/app
//! ENV APP_BIN=${APP_HOME}/bin
//! ```
//!
//! ## References
//! - [Dockerfile reference: ENV](https://docs.docker.com/reference/dockerfile/#env)
//! - [Dockerfile reference: environment replacement](https://docs.docker.com/reference/dockerfile/#environment-replacement)

#include <set>

#include "rules/rule.hpp"

namespace dflint::rules::DL3044 {

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    const auto& pairs = ins.pairs;
    for (std::size_t j = 1; j < pairs.size(); ++j) {
        if (!pairs[j].value) continue;
        const Token& value = *pairs[j].value;
        std::set<std::string> seen;
        for (const auto& ref : shell::find_variables(value.text, ctx.doc().escape)) {
            std::size_t setter = j;
            for (std::size_t i = 0; i < j; ++i)
                if (pairs[i].key.text == ref.name) setter = i;
            if (setter == j || !seen.insert(ref.name).second) continue;
            const std::string_view ref_text = std::string_view(value.text).substr(ref.begin, ref.end - ref.begin);
            if (ref_text.rfind("${", 0) == 0 && ref_text.back() != '}') continue;  // malformed: BuildKit rejects it
            Range range = value.range;
            if (value.range.size() == value.text.size())
                range = {value.range.begin + static_cast<std::uint32_t>(ref.begin), value.range.begin + static_cast<std::uint32_t>(ref.end)};
            const std::string set_text = pairs[setter].value ? fmt::format("{}={}", pairs[setter].key.text, pairs[setter].value->text) : pairs[setter].key.text;
            const std::string use_text = fmt::format("{}={}", pairs[j].key.text, value.text);
            ctx.report(range,
                       fmt::format("`{}` does not see `{}` from the same ENV: all values of one ENV are expanded before any is set, so it gets the value `{}` had before this line",
                                   ref_text, set_text, ref.name),
                       fmt::format("set the variable in one ENV and use it in the next:\n    ENV {}\n    ENV {}", set_text, use_text));
        }
    }
}

}  // namespace dflint::rules::DL3044
