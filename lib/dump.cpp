// Two views of the AST: BuildKit's parser-test dump (byte-identical to the
// `result` files of BuildKit's parser tests) and a JSON dump with positions.
#include <nlohmann/json.hpp>

#include "dflint/parse.hpp"
#include "unicode/unicode.hpp"

namespace dflint {
namespace {

std::string dump_node(const Instruction& ins) {
    std::string out = unicode::to_lower(ins.keyword.text);
    if (!ins.flags.empty()) {
        out += " [";
        for (std::size_t i = 0; i < ins.flags.size(); ++i) {
            if (i) out.push_back(' ');
            unicode::append_go_quoted(out, ins.flags[i].word);
        }
        out.push_back(']');
    }
    if (!ins.trigger.empty()) {
        // ONBUILD's argument is a wrapper node whose only child is the trigger.
        out += " (" + dump_node(ins.trigger.front()) + ")";
    }
    for (const auto& a : ins.args) {
        out.push_back(' ');
        unicode::append_go_quoted(out, a.text);
    }
    return std::string(unicode::trim_space(out));
}

nlohmann::json range_json(const Document& doc, Range r) {
    const auto s = doc.lines.char_position(r.begin);
    const auto e = doc.lines.char_position(r.end);
    return {{"offset", {r.begin, r.end}}, {"start", {{"line", s.line}, {"column", s.column}}}, {"end", {{"line", e.line}, {"column", e.column}}}};
}

nlohmann::json token_json(const Document& doc, const Token& t) {
    return {{"text", t.text}, {"range", range_json(doc, t.range)}};
}

nlohmann::json instruction_json(const Document& doc, const Instruction& ins) {
    nlohmann::json j;
    j["instruction"] = std::string(keyword_name(ins.kind).empty() ? "UNKNOWN" : keyword_name(ins.kind));
    j["keyword"] = token_json(doc, ins.keyword);
    j["range"] = range_json(doc, ins.range);
    j["startLine"] = ins.start_line;
    j["endLine"] = ins.end_line;
    j["original"] = ins.original;
    j["jsonForm"] = ins.json_form;
    auto& flags = j["flags"] = nlohmann::json::array();
    for (const auto& f : ins.flags) {
        nlohmann::json fj{{"word", f.word}, {"name", f.name}, {"range", range_json(doc, f.range)}, {"nameRange", range_json(doc, f.name_range)}};
        if (f.value) {
            fj["value"] = *f.value;
            fj["valueRange"] = range_json(doc, f.value_range);
        }
        flags.push_back(std::move(fj));
    }
    j["rest"] = token_json(doc, ins.rest);
    auto& args = j["args"] = nlohmann::json::array();
    for (const auto& a : ins.args) args.push_back(token_json(doc, a));
    if (!ins.pairs.empty()) {
        auto& pairs = j["pairs"] = nlohmann::json::array();
        for (const auto& kv : ins.pairs) {
            nlohmann::json pj{{"key", token_json(doc, kv.key)}, {"range", range_json(doc, kv.range)}};
            if (kv.value) pj["value"] = token_json(doc, *kv.value);
            pairs.push_back(std::move(pj));
        }
        j["legacyForm"] = ins.legacy_key_value;
    }
    if (!ins.heredocs.empty()) {
        auto& hs = j["heredocs"] = nlohmann::json::array();
        for (const auto& h : ins.heredocs) {
            hs.push_back({{"name", h.name}, {"expand", h.expand}, {"chomp", h.chomp}, {"fd", h.fd}, {"marker", range_json(doc, h.marker)},
                          {"body", range_json(doc, h.body)}, {"terminator", range_json(doc, h.terminator)}, {"content", h.content}});
        }
    }
    if (!ins.comments.empty()) {
        auto& cs = j["comments"] = nlohmann::json::array();
        for (const auto& c : ins.comments) cs.push_back({{"text", c.text}, {"range", range_json(doc, c.range)}});
    }
    if (!ins.trigger.empty()) j["trigger"] = instruction_json(doc, ins.trigger.front());
    return j;
}

}  // namespace

std::string dump_buildkit(const Document& doc) {
    std::string out;
    for (const auto& ins : doc.instructions) {
        out += '(';
        out += dump_node(ins);
        out += ")\n";
    }
    std::string result(unicode::trim_space(out));
    result += '\n';
    return result;
}

std::string dump_json(const Document& doc) {
    nlohmann::json j;
    j["version"] = 1;
    j["escape"] = std::string(1, doc.escape);
    j["bom"] = doc.has_bom;
    auto& ds = j["directives"] = nlohmann::json::array();
    for (const auto& d : doc.directives)
        ds.push_back({{"name", d.name}, {"value", d.value}, {"range", range_json(doc, d.range)}, {"valueRange", range_json(doc, d.value_range)}});
    auto& cs = j["comments"] = nlohmann::json::array();
    for (const auto& c : doc.comments) cs.push_back({{"text", c.text}, {"range", range_json(doc, c.range)}});
    auto& is = j["instructions"] = nlohmann::json::array();
    for (const auto& ins : doc.instructions) is.push_back(instruction_json(doc, ins));
    auto& issues = j["issues"] = nlohmann::json::array();
    for (const auto& i : doc.issues) {
        const char* kind = i.kind == ParseIssueKind::parser_error ? "parser_error" : i.kind == ParseIssueKind::instruction_error ? "instruction_error" : "warning";
        issues.push_back({{"kind", kind}, {"code", i.code}, {"message", i.message}, {"range", range_json(doc, i.range)}});
    }
    return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace dflint
