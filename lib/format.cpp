// `dflint fmt`: upper-case keywords, one space after the keyword, JSON arrays
// as ["a", "b"], continuation lines indented by N spaces. Every change is
// verified: the formatted text must give the same dump_buildkit(), the same
// comments and the same heredoc bodies; an instruction whose changes fail the
// check keeps fewer changes (or none). Comments and heredoc bodies are never
// edited.
#include "dflint/format.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <vector>

#include "dflint/diagnostic.hpp"
#include "dflint/parse.hpp"

namespace dflint {
namespace {

enum class Kind { basic, json, indent };

struct TaggedEdit {
    Edit edit;
    Kind kind;
    std::size_t ins;  // instruction index
};

std::string upper(std::string_view s) {
    std::string out(s);
    for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return out;
}

std::string json_string(const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict);
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// "everything BuildKit sees" plus what must stay byte for byte.
std::string fingerprint(const Document& doc) {
    std::string out = dump_buildkit(doc);
    out += "\x01";
    for (const auto& c : doc.comments) {
        out.append(doc.slice(c.range));
        out += '\x02';
    }
    for (const auto& ins : doc.instructions)
        for (const auto& h : ins.heredocs) {
            out += h.content;
            out += '\x03';
        }
    for (const auto& d : doc.directives) out += d.name + "=" + d.value + "\x04";
    out += doc.escape;
    return out;
}

std::string apply(std::string_view text, std::vector<const Edit*> edits) {
    std::sort(edits.begin(), edits.end(), [](const Edit* a, const Edit* b) { return a->range.begin < b->range.begin; });
    std::string out;
    std::size_t pos = 0;
    for (const Edit* e : edits) {
        if (e->range.begin < pos) continue;  // overlapping: keep the first
        out.append(text.substr(pos, e->range.begin - pos));
        out += e->replacement;
        pos = e->range.end;
    }
    out.append(text.substr(pos));
    return out;
}

void keyword_edits(const Document& doc, const Instruction& ins, std::size_t index, std::vector<TaggedEdit>& out) {
    const std::string_view text = doc.text;
    if (doc.slice(ins.keyword.range) != ins.keyword.text) return;
    const std::string up = upper(ins.keyword.text);
    if (up != ins.keyword.text) out.push_back({{ins.keyword.range, up}, Kind::basic, index});
    // One space between the keyword and what follows on the same line.
    std::uint32_t p = ins.keyword.range.end;
    while (p < text.size() && is_blank(text[p])) ++p;
    if (p > ins.keyword.range.end && p < text.size() && text[p] != '\n' && text[p] != '\r' && text[p] != doc.escape &&
        text[p] != '#' && doc.slice({ins.keyword.range.end, p}) != " ")
        out.push_back({{{ins.keyword.range.end, p}, " "}, Kind::basic, index});
    for (const auto& t : ins.trigger) keyword_edits(doc, t, index, out);
}

void json_edits(const Document& doc, const Instruction& ins, std::size_t index, std::vector<TaggedEdit>& out) {
    if (!ins.json_form || ins.kind == InstructionKind::healthcheck || ins.rest.range.empty()) return;
    std::string_view src = doc.slice(ins.rest.range);
    std::uint32_t b = ins.rest.range.begin, e = ins.rest.range.end;
    while (b < e && is_blank(doc.text[b])) ++b;
    while (e > b && (is_blank(doc.text[e - 1]) || doc.text[e - 1] == '\r')) --e;
    src = doc.slice({b, e});
    if (src.size() < 2 || src.front() != '[' || src.back() != ']') return;
    std::string canon = "[";
    for (const auto& a : ins.args) {
        if (canon.size() > 1) canon += ", ";
        try {
            canon += json_string(a.text);
        } catch (...) {
            return;  // not valid UTF-8: leave it
        }
    }
    canon += "]";
    if (canon != src) out.push_back({{{b, e}, canon}, Kind::json, index});
}

void indent_edits(const Document& doc, const Instruction& ins, std::size_t index, int indent, std::vector<TaggedEdit>& out) {
    const auto& lines = doc.lines;
    std::uint32_t stop = ins.range.end;
    for (const auto& h : ins.heredocs) stop = std::min(stop, h.body.begin);
    const std::uint32_t first = lines.line_of(ins.keyword.range.begin);
    const std::uint32_t last = lines.line_of(stop > 0 ? stop - 1 : 0);
    for (std::uint32_t l = first + 1; l <= last; ++l) {
        const std::uint32_t s = lines.line_start(l);
        if (s >= stop) break;
        std::uint32_t p = s;
        const std::uint32_t le = lines.line_end(l);
        while (p < le && is_blank(doc.text[p])) ++p;
        if (p == le || doc.text[p] == '#') continue;  // empty or comment line: untouched
        const std::string want(static_cast<std::size_t>(indent), ' ');
        if (doc.slice({s, p}) != want) out.push_back({{{s, p}, want}, Kind::indent, index});
    }
}

bool overlaps_protected(const Document& doc, const Range& r) {
    auto hit = [&](const Range& p) { return r.begin < p.end && p.begin < r.end; };
    for (const auto& c : doc.comments)
        if (hit(c.range)) return true;
    for (const auto& ins : doc.instructions)
        for (const auto& h : ins.heredocs)
            if (hit(h.body) || hit(h.terminator)) return true;
    return false;
}

bool same(const std::string& candidate, const std::string& want_fp) {
    const Document d = parse(candidate);
    return !d.has_errors() && fingerprint(d) == want_fp;
}

}  // namespace

FormatResult format_text(std::string_view text, const FormatOptions& options) {
    FormatResult result;
    result.text = std::string(text);
    const Document doc = parse(std::string(text));
    if (doc.has_errors()) {
        result.refused = "the file has syntax errors; fix them first";
        return result;
    }
    const std::string want = fingerprint(doc);
    std::vector<TaggedEdit> edits;
    for (std::size_t i = 0; i < doc.instructions.size(); ++i) {
        const auto& ins = doc.instructions[i];
        keyword_edits(doc, ins, i, edits);
        json_edits(doc, ins, i, edits);
        indent_edits(doc, ins, i, options.indent, edits);
    }
    std::erase_if(edits, [&](const TaggedEdit& e) { return overlaps_protected(doc, e.edit.range); });
    if (edits.empty()) return result;

    auto candidate = [&](const std::vector<std::vector<Kind>>& allowed) {
        std::vector<const Edit*> chosen;
        for (const auto& e : edits)
            if (std::find(allowed[e.ins].begin(), allowed[e.ins].end(), e.kind) != allowed[e.ins].end()) chosen.push_back(&e.edit);
        return apply(text, chosen);
    };
    const std::vector<Kind> all{Kind::basic, Kind::json, Kind::indent};
    std::vector<std::vector<Kind>> allowed(doc.instructions.size(), all);
    std::string out = candidate(allowed);
    if (!same(out, want)) {
        // Instruction by instruction: all changes, then without re-indenting,
        // then only the keyword, then nothing — each checked on the whole file.
        const std::vector<std::vector<Kind>> levels{all, {Kind::basic, Kind::json}, {Kind::basic}, {}};
        for (auto& a : allowed) a.clear();
        for (std::size_t i = 0; i < doc.instructions.size(); ++i) {
            bool has = false;
            for (const auto& e : edits) has = has || e.ins == i;
            if (!has) continue;
            for (const auto& level : levels) {
                allowed[i] = level;
                if (level.empty() || same(candidate(allowed), want)) break;
            }
        }
        out = candidate(allowed);
        if (!same(out, want)) return result;  // cannot happen; be safe
    }
    result.changed = out != text;
    result.text = std::move(out);
    return result;
}

}  // namespace dflint
