// `dflint fmt`: upper-case keywords, one space after the keyword, JSON arrays
// as ["a", "b"], continuation lines indented by N spaces, top-level `&&` chains
// of shell-form RUN split one command per line. Every change is verified: the
// formatted text must give the same dump_buildkit() (when splitting: with runs
// of blanks in shell-form command text collapsed, and the same shell tokens for
// every shell-form command), the same comments and the same heredoc bodies; an
// instruction whose changes fail the check keeps fewer changes (or none).
// Comments and heredoc bodies are never edited.
#include "dflint/format.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <utility>
#include <vector>

#include "dflint/diagnostic.hpp"
#include "dflint/parse.hpp"
#include "dflint/shell_script.hpp"

namespace dflint {
namespace {

enum class Kind { basic, json, indent, split };

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

bool iequals(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
    return true;
}

// The token holding an instruction's shell-form command text (RUN, CMD,
// ENTRYPOINT, HEALTHCHECK CMD, and ONBUILD's trigger), or nullptr.
const Token* shell_command(const Instruction& ins) {
    if (!ins.trigger.empty()) return shell_command(ins.trigger.front());
    if (ins.json_form) return nullptr;
    switch (ins.kind) {
        case InstructionKind::run:
        case InstructionKind::cmd:
        case InstructionKind::entrypoint: return ins.args.size() == 1 ? &ins.args[0] : nullptr;
        case InstructionKind::healthcheck: return ins.args.size() == 2 && iequals(ins.args[0].text, "CMD") ? &ins.args[1] : nullptr;
        default: return nullptr;
    }
}
Token* shell_command(Instruction& ins) { return const_cast<Token*>(shell_command(std::as_const(ins))); }

std::string collapse_blanks(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (is_blank(s[i])) {
            while (i + 1 < s.size() && is_blank(s[i + 1])) ++i;
            out += ' ';
        } else {
            out += s[i];
        }
    }
    return out;
}

// "everything BuildKit sees" plus what must stay byte for byte. `relaxed`
// (splitting chains): runs of blanks in shell-form command text count as one
// space, and the shell tokens of each such command must stay the same.
std::string fingerprint(const Document& doc, bool relaxed) {
    std::string out;
    if (relaxed) {
        Document copy;
        copy.instructions = doc.instructions;
        for (auto& ins : copy.instructions)
            if (Token* t = shell_command(ins)) t->text = collapse_blanks(t->text);
        out = dump_buildkit(copy);
        out += "\x05";
        for (const auto& ins : doc.instructions) {
            const Token* t = shell_command(ins);
            if (!t) continue;
            const auto tokens = shell::tokenize_script(t->text);
            out += tokens.ok ? "ok" : "bad";
            for (const auto& tok : tokens.tokens) {
                out += tok.kind == shell::ScriptToken::Kind::word ? 'w' : 'o';
                out += tok.text;
                out += '\x06';
            }
            out += '\x05';
        }
    } else {
        out = dump_buildkit(doc);
    }
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
    // A line that starts inside shell-form command text: its indentation is
    // part of the command (BuildKit keeps it), so it stays as written.
    const Token* command = shell_command(ins);
    const std::uint32_t first = lines.line_of(ins.keyword.range.begin);
    const std::uint32_t last = lines.line_of(stop > 0 ? stop - 1 : 0);
    for (std::uint32_t l = first + 1; l <= last; ++l) {
        const std::uint32_t s = lines.line_start(l);
        if (s >= stop) break;
        if (command && !command->range.empty() && s > command->range.begin) break;
        std::uint32_t p = s;
        const std::uint32_t le = lines.line_end(l);
        while (p < le && is_blank(doc.text[p])) ++p;
        if (p == le || doc.text[p] == '#') continue;  // empty or comment line: untouched
        const std::string want(static_cast<std::size_t>(indent), ' ');
        if (doc.slice({s, p}) != want) out.push_back({{{s, p}, want}, Kind::indent, index});
    }
}

// Where a top-level `&&` can be split: the tokens of the command text, with
// nesting (subshells, braces, if/while/until/for/select bodies, [[ ]])
// tracked at command positions. Returns false when the script has something
// this does not follow (a `case`, a shell heredoc, unbalanced nesting, a
// tokenising error): then nothing is split.
bool top_level_and_ands(const std::vector<shell::ScriptToken>& tokens, std::vector<std::size_t>& out) {
    using K = shell::ScriptToken::Kind;
    int depth = 0, dbrackets = 0;
    bool command_position = true, redirect_target = false;
    auto is_assignment = [](std::string_view w) {
        if (w.empty() || !(std::isalpha(static_cast<unsigned char>(w[0])) || w[0] == '_')) return false;
        std::size_t i = 1;
        while (i < w.size() && (std::isalnum(static_cast<unsigned char>(w[i])) || w[i] == '_')) ++i;
        return i < w.size() && (w[i] == '=' || (w[i] == '+' && i + 1 < w.size() && w[i + 1] == '='));
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const auto& t = tokens[i];
        const std::string_view x = t.text;
        if (t.kind == K::op) {
            if (redirect_target) return false;  // `> &&`: not a script this follows
            if (x == "<<" || x == "<<-") return false;
            if (x == "&&" || x == "||" || x == ";" || x == "|" || x == "|&" || x == "&" || x == "\n" || x == ";;") {
                if (x == "&&" && depth == 0) out.push_back(i);
                command_position = true;
            } else if (x == "(") {
                ++depth;
                command_position = true;
            } else if (x == ")") {
                if (--depth < 0) return false;
                command_position = false;
            } else {
                redirect_target = true;  // a redirection: its target follows
            }
            continue;
        }
        if (redirect_target) {
            redirect_target = false;
            continue;
        }
        if (dbrackets > 0 && x == "]]") {
            --dbrackets;
            --depth;
            continue;
        }
        if (!command_position) continue;
        if (x == "case") return false;
        if (x == "if" || x == "while" || x == "until" || x == "{") {
            ++depth;
        } else if (x == "for" || x == "select") {
            ++depth;
            command_position = false;  // `for NAME in WORDS;`
        } else if (x == "[[") {
            ++depth;
            ++dbrackets;
            command_position = false;
        } else if (x == "fi" || x == "done" || x == "}") {
            if (--depth < 0) return false;
            command_position = false;
        } else if (x == "then" || x == "do" || x == "else" || x == "elif" || x == "!" || x == "time") {
            // a command follows
        } else if (!is_assignment(x)) {
            command_position = false;
        }
    }
    return depth == 0 && !redirect_target;
}

// Shell-form RUN: each top-level `&&` moved to the start of its own
// continuation line, `<indent>&& `, the line before ending in ` \`. Only for
// instructions whose continuation lines hold no comments and no empty lines
// (BuildKit drops those; re-flowing around them could lose bytes), without
// heredocs, and only for `&&` written with blanks on both sides.
void split_edits(const Document& doc, const Instruction& ins, std::size_t index, int indent, std::vector<TaggedEdit>& out) {
    if (ins.kind != InstructionKind::run || ins.json_form || !ins.heredocs.empty() || !ins.trigger.empty() || ins.args.size() != 1)
        return;
    const std::string_view text = doc.text;
    const auto& lines = doc.lines;
    const std::uint32_t first = lines.line_of(ins.keyword.range.begin);
    const std::uint32_t last = lines.line_of(ins.range.end > 0 ? ins.range.end - 1 : 0);
    for (std::uint32_t l = first + 1; l <= last; ++l) {
        std::uint32_t p = lines.line_start(l);
        const std::uint32_t le = lines.line_end(l);
        while (p < le && is_blank(text[p])) ++p;
        if (p == le || text[p] == '#') return;
    }
    const std::string& command = ins.args[0].text;
    if (ins.original.compare(ins.rest_offset, command.size(), command) != 0) return;
    const auto tokens = shell::tokenize_script(command);
    if (!tokens.ok) return;
    std::vector<std::size_t> ands;
    if (!top_level_and_ands(tokens.tokens, ands)) return;
    const char esc = doc.escape;
    auto source = [&](std::size_t logical) { return ins.original_map.to_source(static_cast<std::uint32_t>(ins.rest_offset + logical)); };
    for (const std::size_t i : ands) {
        if (i == 0 || i + 1 >= tokens.tokens.size()) continue;
        const auto& op = tokens.tokens[i];
        const auto& prev = tokens.tokens[i - 1];
        const auto& next = tokens.tokens[i + 1];
        if (next.kind == shell::ScriptToken::Kind::op && next.text == "\n") continue;
        if (op.begin == 0 || !is_blank(command[op.begin - 1]) || op.end >= command.size() || !is_blank(command[op.end])) continue;
        const std::uint32_t b = source(prev.end - 1) + 1;
        const std::uint32_t e = source(next.begin);
        if (e <= b || e > ins.range.end) continue;
        // The source between the two commands may hold only blanks, line
        // continuations and the `&&` itself.
        const std::string_view region = text.substr(b, e - b);
        bool ok = region.find("&&") != std::string_view::npos && std::count(region.begin(), region.end(), '&') == 2;
        for (std::size_t k = 0; ok && k < region.size(); ++k) {
            const char c = region[k];
            if (c == esc) {
                std::size_t m = k + 1;
                while (m < region.size() && is_blank(region[m])) ++m;
                if (m < region.size() && region[m] == '\r') ++m;
                ok = m < region.size() && region[m] == '\n';
                k = m;
            } else if (c != '&' && !is_blank(c)) {
                ok = false;  // a newline not after the escape character, or anything else
            }
        }
        if (!ok) continue;
        const std::uint32_t line = lines.line_of(b);
        const std::uint32_t le = lines.line_end(line);
        const bool crlf = le < text.size() && text[le] == '\r';
        std::string want = " ";
        want += esc;
        want += crlf ? "\r\n" : "\n";
        want.append(static_cast<std::size_t>(indent), ' ');
        want += "&& ";
        if (region != want) out.push_back({{{b, e}, std::move(want)}, Kind::split, index});
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

bool same(const std::string& candidate, const std::string& want_fp, bool relaxed) {
    const Document d = parse(candidate);
    return !d.has_errors() && fingerprint(d, relaxed) == want_fp;
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
    const bool relaxed = options.split_chains;
    const std::string want = fingerprint(doc, relaxed);
    std::vector<TaggedEdit> edits;
    for (std::size_t i = 0; i < doc.instructions.size(); ++i) {
        const auto& ins = doc.instructions[i];
        keyword_edits(doc, ins, i, edits);
        json_edits(doc, ins, i, edits);
        indent_edits(doc, ins, i, options.indent, edits);
        if (options.split_chains) split_edits(doc, ins, i, options.indent, edits);
    }
    std::erase_if(edits, [&](const TaggedEdit& e) { return overlaps_protected(doc, e.edit.range); });
    if (edits.empty()) return result;

    auto candidate = [&](const std::vector<std::vector<Kind>>& allowed) {
        std::vector<const Edit*> chosen;
        for (const auto& e : edits)
            if (std::find(allowed[e.ins].begin(), allowed[e.ins].end(), e.kind) != allowed[e.ins].end()) chosen.push_back(&e.edit);
        return apply(text, chosen);
    };
    const std::vector<Kind> all{Kind::basic, Kind::json, Kind::indent, Kind::split};
    std::vector<std::vector<Kind>> allowed(doc.instructions.size(), all);
    std::string out = candidate(allowed);
    if (!same(out, want, relaxed)) {
        // Instruction by instruction: all changes, then without splitting,
        // then without re-indenting, then only the keyword, then nothing —
        // each checked on the whole file.
        const std::vector<std::vector<Kind>> levels{
            all, {Kind::basic, Kind::json, Kind::indent}, {Kind::basic, Kind::json}, {Kind::basic}, {}};
        for (auto& a : allowed) a.clear();
        for (std::size_t i = 0; i < doc.instructions.size(); ++i) {
            bool has = false;
            for (const auto& e : edits) has = has || e.ins == i;
            if (!has) continue;
            for (const auto& level : levels) {
                allowed[i] = level;
                if (level.empty() || same(candidate(allowed), want, relaxed)) break;
            }
        }
        out = candidate(allowed);
        if (!same(out, want, relaxed)) return result;  // cannot happen; be safe
    }
    result.changed = out != text;
    result.text = std::move(out);
    return result;
}

}  // namespace dflint
