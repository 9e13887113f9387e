// Helpers shared by the rule files.
#include "rules/rule.hpp"

namespace dflint::rules {

std::string lower(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c + 32);
    return out;
}

bool iequals(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = char(x + 32);
        if (y >= 'A' && y <= 'Z') y = char(y + 32);
        if (x != y) return false;
    }
    return true;
}

Range first_line_range(const Document& doc, const Instruction& ins) {
    const auto line = doc.lines.line_of(ins.range.begin);
    const auto end = std::min(doc.lines.line_end(line), ins.range.end);
    return {ins.range.begin, std::max(end, ins.range.begin)};
}

Range word_range(const InstructionInfo& info, const shell::Word& w) { return info.script_range(w.begin, w.end); }

Range command_range(const InstructionInfo& info, const shell::Command& c) { return info.script_range(c.begin, c.end); }

const std::vector<shell::Command>& commands(const InstructionInfo& info) {
    static const std::vector<shell::Command> none;
    return info.script ? info.script->commands : none;
}

bool is_last_stage(const Model& model, const Stage& stage) { return stage.index + 1 == model.stages().size(); }

std::string short_text(const Instruction& ins, std::size_t max) {
    std::string out = ins.keyword.text;
    std::string_view rest = ins.rest.text;
    if (!ins.flags.empty()) {
        for (const auto& f : ins.flags) {
            out += ' ';
            out += f.word;
        }
    }
    if (!rest.empty()) out += ' ';
    bool space = false;
    for (char c : rest) {
        const bool ws = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (ws) {
            space = true;
            continue;
        }
        if (space) out += ' ';
        space = false;
        out += c;
    }
    if (out.size() > max) {
        out.resize(max);
        out += "…";
    }
    return out;
}

std::string unquote(std::string_view s) {
    if (s.size() >= 2 && ((s.front() == '"' && s.back() == '"') || (s.front() == '\'' && s.back() == '\''))) return std::string(s.substr(1, s.size() - 2));
    return std::string(s);
}

}  // namespace dflint::rules
