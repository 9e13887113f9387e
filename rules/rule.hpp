#pragma once
// What a rule file sees. A rule lives in one file under rules/, in a namespace
// named after its code, and defines any of these hooks:
//
//   void on_instruction(const InstructionInfo& info, RuleContext& ctx);  // filtered by `instructions:`
//   void on_stage(const Stage& stage, RuleContext& ctx);                 // once per stage, in order
//   void on_document(RuleContext& ctx);                                  // once, after the walk
//
// Its header comment (lines starting with `//!`) holds its metadata and its
// user documentation; scripts/gen_rules.py turns the files into the registry
// and docs/rules/*.md. A rule does no I/O: it reads the model and reports.
#include <fmt/format.h>

#include <string>
#include <string_view>
#include <vector>

#include "dflint/lint.hpp"
#include "dflint/model.hpp"
#include "dflint/shell_script.hpp"

namespace dflint::rules {

class RuleContext {
public:
    RuleContext(const Model& model, const Config& config, const RuleInfo& rule, std::vector<Diagnostic>& out)
        : model_(model), config_(config), rule_(rule), out_(out) {}

    const Model& model() const noexcept { return model_; }
    const Document& doc() const noexcept { return model_.doc(); }
    const Config& config() const noexcept { return config_; }
    const RuleInfo& rule() const noexcept { return rule_; }

    Diagnostic& report(Range range, std::string message, std::string help = {}) {
        Diagnostic d;
        d.code = std::string(rule_.code);
        d.name = std::string(rule_.name);
        d.severity = rule_.severity;
        d.message = std::move(message);
        d.help = std::move(help);
        d.url = std::string(rule_.url);
        d.range = range;
        out_.push_back(std::move(d));
        return out_.back();
    }

    std::string_view text(Range r) const noexcept { return doc().slice(r); }

private:
    const Model& model_;
    const Config& config_;
    const RuleInfo& rule_;
    std::vector<Diagnostic>& out_;
};

// Shared helpers for rules (rules/helpers.cpp).
std::string lower(std::string_view s);
bool iequals(std::string_view a, std::string_view b) noexcept;
// Whole-instruction range: the keyword through the end of the instruction's first line.
Range first_line_range(const Document& doc, const Instruction& ins);
// Range of a command word inside a RUN script.
Range word_range(const InstructionInfo& info, const shell::Word& w);
Range command_range(const InstructionInfo& info, const shell::Command& c);
// Commands of the RUN (or ONBUILD RUN) `info` describes; empty for other instructions.
const std::vector<shell::Command>& commands(const InstructionInfo& info);
// Stage helpers.
bool is_last_stage(const Model& model, const Stage& stage);
// "RUN npm install": keyword + arguments on one line, white space collapsed,
// shortened with "…" beyond `max` characters.
std::string short_text(const Instruction& ins, std::size_t max = 60);
// Unquote a simple shell/Dockerfile word ("a", 'a' → a).
std::string unquote(std::string_view s);

}  // namespace dflint::rules
