// The Dockerfile parser: a hand-written pass over physical lines (directives,
// escape character, continuations, comments, heredocs) that mirrors BuildKit's
// parser.Parse, then per-instruction argument parsing with the X3 grammars.
//
// Where BuildKit stops at the first error, we record the error with its range
// and continue with the next instruction.
#include <algorithm>
#include <cstring>

#include "dflint/parse.hpp"
#include "dflint/shell.hpp"
#include "grammar/grammar.hpp"
#include "lines.hpp"
#include "parser_internal.hpp"
#include "unicode/unicode.hpp"

namespace dflint {
namespace {

using detail::LogicalLine;

constexpr std::size_t max_token_size = 64 * 1024;  // bufio.Scanner's default

struct PhysicalLine {
    std::uint32_t start = 0;        // first byte
    std::uint32_t content_end = 0;  // before trailing "\r\n"
    std::uint32_t end = 0;          // after the '\n' (or at end of text)
    bool too_long = false;
};

class LineScanner {
public:
    explicit LineScanner(std::string_view text) : text_(text) {}
    bool next(PhysicalLine& line) {
        if (pos_ >= text_.size()) return false;
        line.start = static_cast<std::uint32_t>(pos_);
        const void* nl = std::memchr(text_.data() + pos_, '\n', text_.size() - pos_);
        std::size_t end;
        if (nl) {
            end = static_cast<const char*>(nl) - text_.data() + 1;
            line.too_long = end - pos_ > max_token_size;
        } else {
            end = text_.size();
            line.too_long = end - pos_ >= max_token_size;
        }
        std::size_t content_end = end;
        while (content_end > pos_ && (text_[content_end - 1] == '\n' || text_[content_end - 1] == '\r')) --content_end;
        line.content_end = static_cast<std::uint32_t>(content_end);
        line.end = static_cast<std::uint32_t>(end);
        pos_ = end;
        return true;
    }

private:
    std::string_view text_;
    std::size_t pos_ = 0;
};

bool is_directive_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// BuildKit's directive regexp: ^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$
struct DirectiveMatch {
    std::size_t name_begin, name_end, value_begin, value_end;
};
bool match_directive(std::string_view s, DirectiveMatch& m) {
    std::size_t i = 0;
    if (s.empty() || s[0] != '#') return false;
    ++i;
    while (i < s.size() && is_directive_space(s[i])) ++i;
    if (i >= s.size() || !is_ascii_alpha(s[i])) return false;
    m.name_begin = i;
    while (i < s.size() && (is_ascii_alpha(s[i]) || is_ascii_digit(s[i]))) ++i;
    m.name_end = i;
    while (i < s.size() && is_directive_space(s[i])) ++i;
    if (i >= s.size() || s[i] != '=') return false;
    ++i;
    while (i < s.size() && is_directive_space(s[i])) ++i;
    std::size_t end = s.size();
    while (end > i && is_directive_space(s[end - 1])) --end;
    if (end <= i) return false;  // (.+?) needs one character
    m.value_begin = i;
    m.value_end = end;
    return true;
}

// BuildKit's isComment: first non-space character is '#'.
bool is_comment(std::string_view content) {
    auto t = unicode::trim_left_space(content);
    return !t.empty() && t[0] == '#';
}

// BuildKit's lineContinuationRegex: ([^E])E[ \t]*$ | ^E[ \t]*$ with E the
// escape character. Returns the length of the line without the escape and
// trailing blanks, or npos when the line does not continue.
std::size_t continuation_cut(std::string_view s, char escape) {
    std::size_t end = s.size();
    while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t')) --end;
    if (end == 0 || s[end - 1] != escape) return std::string_view::npos;
    const std::size_t esc = end - 1;
    if (esc == 0) return 0;
    if (s[esc - 1] == escape) return std::string_view::npos;
    return esc;
}

constexpr bool is_ws_sep(char c) { return unicode::is_ws_sep(c); }

class Parser {
public:
    Parser(Document& doc) : doc_(doc), text_(doc.text) {}

    void run();

private:
    // Parses one (possibly nested) instruction from logical text [begin, end).
    bool parse_node(std::uint32_t begin, std::uint32_t end, Instruction& out);
    void parse_arguments(Instruction& ins, std::uint32_t args_begin, std::uint32_t args_end);
    bool parse_maybe_json(Instruction& ins, std::uint32_t begin, std::uint32_t end, bool to_list);
    void split_whitespace(Instruction& ins, std::uint32_t begin, std::uint32_t end);
    bool parse_name_value(Instruction& ins, std::uint32_t begin, std::uint32_t end, std::string_view keyword);
    void parse_arg_words(Instruction& ins, std::uint32_t begin, std::uint32_t end);
    void parse_flags_of(Instruction& ins, std::uint32_t begin, std::uint32_t flags_end, const std::vector<grammar::FlagWord>& words);
    void detect_heredocs(Instruction& ins, std::vector<Heredoc>& heredocs);

    Token make_token(std::string text, std::uint32_t b, std::uint32_t e) const {
        return Token{std::move(text), line_.to_source(b, e)};
    }
    std::string_view logical(std::uint32_t b, std::uint32_t e) const {
        return std::string_view(line_.text()).substr(b, e - b);
    }
    void error(std::string message, Range range, ParseIssueKind kind = ParseIssueKind::parser_error) {
        doc_.issues.push_back({kind, "DL1000", std::move(message), range});
    }

    Document& doc_;
    std::string_view text_;
    LogicalLine line_;
    std::string error_;  // set by parse_node on failure
    Range error_range_;
};

void Parser::run() {
    LineScanner scanner(text_);
    PhysicalLine pl;
    bool directives_done = false;
    std::vector<Comment> pending_comments;
    std::uint32_t current_line = 0;

    auto content_of = [&](const PhysicalLine& l) {
        std::uint32_t start = l.start;
        if (l.start == 0 && doc_.has_bom) start = 3;
        return std::pair<std::uint32_t, std::string_view>{start, text_.substr(start, l.content_end > start ? l.content_end - start : 0)};
    };
    auto check_length = [&](const PhysicalLine& l, std::uint32_t line_no) {
        if (l.too_long) {
            error("dockerfile line greater than max allowed size of 65535", {l.start, l.content_end});
            (void)line_no;
        }
    };
    // BuildKit's possibleParserDirective, run on every line until the first
    // line that is not a recognised directive.
    auto check_directive = [&](std::string_view content, std::uint32_t offset) -> bool {
        if (directives_done) return false;
        DirectiveMatch m;
        if (!match_directive(content, m)) {
            directives_done = true;
            return false;
        }
        std::string name = unicode::to_lower(content.substr(m.name_begin, m.name_end - m.name_begin));
        if (name != "syntax" && name != "escape" && name != "check") {
            directives_done = true;
            return false;
        }
        const Range range{offset, static_cast<std::uint32_t>(offset + content.size())};
        const Range name_range{static_cast<std::uint32_t>(offset + m.name_begin), static_cast<std::uint32_t>(offset + m.name_end)};
        const Range value_range{static_cast<std::uint32_t>(offset + m.value_begin), static_cast<std::uint32_t>(offset + m.value_end)};
        std::string value(content.substr(m.value_begin, m.value_end - m.value_begin));
        if (doc_.directive(name)) {
            error("only one " + name + " parser directive can be used", range);
            return true;
        }
        if (name == "escape") {
            if (value != "`" && value != "\\") {
                error("invalid escape token '" + value + "' does not match ` or \\", value_range);
            } else {
                doc_.escape = value[0];
            }
        }
        doc_.directives.push_back({std::move(name), std::move(value), range, name_range, value_range});
        return true;
    };
    auto record_comment = [&](std::string_view content, std::uint32_t offset, bool collect) {
        auto t = unicode::trim_left_space(content);
        const auto hash = static_cast<std::uint32_t>(offset + (t.data() - content.data()));
        Comment c{std::string(unicode::trim_space(t.substr(1))), {hash, static_cast<std::uint32_t>(offset + content.size())}};
        if (collect) {
            if (c.text.empty()) pending_comments.clear();
            else pending_comments.push_back(c);
        }
        doc_.comments.push_back(std::move(c));
    };

    if (text_.size() >= 3 && std::memcmp(text_.data(), "\xEF\xBB\xBF", 3) == 0) doc_.has_bom = true;

    while (scanner.next(pl)) {
        auto [offset, content] = content_of(pl);
        ++current_line;
        check_length(pl, current_line);
        // processLine(strip left white space) + directive check.
        const auto stripped = unicode::trim_left_space(content);
        const auto stripped_offset = static_cast<std::uint32_t>(offset + (stripped.data() - content.data()));
        const bool directive = check_directive(stripped, stripped_offset);
        if (is_comment(content)) {
            if (!directive) record_comment(content, offset, true);
            continue;
        }
        const std::uint32_t start_line = current_line;
        line_.clear();
        std::uint32_t last_content_end = pl.content_end;
        bool end_of_line = true;
        const auto cut = continuation_cut(stripped, doc_.escape);
        if (cut == std::string_view::npos) {
            if (stripped.empty()) continue;
            line_.append(stripped, stripped_offset);
        } else {
            end_of_line = false;
            line_.append(stripped.substr(0, cut), stripped_offset);
        }
        bool empty_continuation = false;
        Range empty_continuation_range{};
        while (!end_of_line && scanner.next(pl)) {
            auto [coff, ccontent] = content_of(pl);
            ++current_line;
            check_length(pl, current_line);
            check_directive(ccontent, coff);
            if (is_comment(ccontent)) {
                record_comment(ccontent, coff, false);
                last_content_end = pl.content_end;
                continue;
            }
            if (unicode::trim_left_space(ccontent).empty()) {
                if (!empty_continuation) empty_continuation_range = {pl.start, pl.content_end};
                empty_continuation = true;
                continue;
            }
            last_content_end = pl.content_end;
            const auto ccut = continuation_cut(ccontent, doc_.escape);
            if (ccut == std::string_view::npos) {
                line_.append(ccontent, coff);
                end_of_line = true;
            } else {
                line_.append(ccontent.substr(0, ccut), coff);
            }
        }

        Instruction ins;
        const auto& lt = line_.text();
        if (!parse_node(0, static_cast<std::uint32_t>(lt.size()), ins)) {
            error(error_, error_range_);
            pending_comments.clear();
            continue;
        }
        ins.original = lt;
        ins.original_map = line_.map();
        ins.start_line = start_line;
        ins.comments = std::move(pending_comments);
        pending_comments.clear();
        if (empty_continuation) {
            std::string joined = lt;
            doc_.issues.push_back({ParseIssueKind::warning, "NoEmptyContinuation",
                                   "Empty continuation line found in: " + joined, empty_continuation_range});
        }

        // Heredocs: RUN/COPY/ADD (also as ONBUILD triggers), never in JSON form.
        const Instruction* effective = &ins;
        if (ins.kind == InstructionKind::onbuild && !ins.trigger.empty()) effective = &ins.trigger.front();
        const bool heredoc_capable = (effective->kind == InstructionKind::run || effective->kind == InstructionKind::copy ||
                                      effective->kind == InstructionKind::add) && !effective->json_form;
        if (heredoc_capable && lt.find("<<") != std::string::npos) {
            std::vector<Heredoc> heredocs;
            detect_heredocs(ins, heredocs);
            for (auto& h : heredocs) {
                bool terminated = false;
                const std::uint32_t body_start = pl.end;
                std::uint32_t body_end = body_start;
                while (scanner.next(pl)) {
                    ++current_line;
                    check_length(pl, current_line);
                    std::string_view candidate = text_.substr(pl.start, pl.content_end - pl.start);
                    if (h.chomp) {
                        while (!candidate.empty() && candidate.front() == '\t') candidate.remove_prefix(1);
                    }
                    if (candidate == h.name) {
                        terminated = true;
                        h.terminator = {pl.start, pl.content_end};
                        last_content_end = pl.content_end;
                        break;
                    }
                    body_end = pl.end;
                    last_content_end = pl.content_end;
                }
                h.body = {body_start, body_end};
                h.content.assign(text_.substr(body_start, body_end - body_start));
                if (!terminated) error("unterminated heredoc", h.marker);
            }
            Instruction& target = ins.kind == InstructionKind::onbuild && !ins.trigger.empty() ? ins.trigger.front() : ins;
            target.heredocs = std::move(heredocs);
        }
        ins.end_line = current_line;
        ins.range = {ins.keyword.range.begin, std::max(last_content_end, ins.keyword.range.end)};
        if (!ins.trigger.empty()) {
            ins.trigger.front().start_line = ins.start_line;
            ins.trigger.front().end_line = ins.end_line;
            ins.trigger.front().range.end = ins.range.end;
        }
        doc_.instructions.push_back(std::move(ins));
    }

    if (doc_.instructions.empty() && !doc_.has_parser_error()) {
        const auto end = static_cast<std::uint32_t>(text_.size());
        error("file with no instructions", {end, end});
    }
}

bool Parser::parse_node(std::uint32_t begin, std::uint32_t end, Instruction& ins) {
    const std::string_view whole = logical(begin, end);
    const std::string_view trimmed = unicode::trim_space(whole);
    const auto tb = static_cast<std::uint32_t>(begin + (trimmed.data() - whole.data()));
    const auto te = static_cast<std::uint32_t>(tb + trimmed.size());
    std::uint32_t kend = tb;
    while (kend < te && !is_ws_sep(line_.text()[kend])) ++kend;
    ins.keyword = make_token(std::string(logical(tb, kend)), tb, kend);
    ins.kind = instruction_kind(ins.keyword.text);
    ins.range = line_.to_source(tb, te);
    std::uint32_t rest_begin = kend;
    while (rest_begin < te && is_ws_sep(line_.text()[rest_begin])) ++rest_begin;

    std::uint32_t args_begin = te, args_end = te;
    if (rest_begin < te || kend < te) {
        std::vector<grammar::FlagWord> flag_words;
        const auto rest = logical(rest_begin, te);
        const auto off = grammar::extract_flags(rest, doc_.escape, flag_words);
        parse_flags_of(ins, rest_begin, 0, flag_words);
        const auto after = logical(rest_begin + static_cast<std::uint32_t>(off), te);
        const auto args = unicode::trim_space(after);
        args_begin = static_cast<std::uint32_t>(rest_begin + off + (args.data() - after.data()));
        args_end = static_cast<std::uint32_t>(args_begin + args.size());
    }
    ins.rest = make_token(std::string(logical(args_begin, args_end)), args_begin, args_end);
    ins.rest_offset = args_begin - begin;
    error_.clear();
    parse_arguments(ins, args_begin, args_end);
    return error_.empty();
}

void Parser::parse_flags_of(Instruction& ins, std::uint32_t base, std::uint32_t, const std::vector<grammar::FlagWord>& words) {
    for (const auto& w : words) {
        Flag f;
        f.word = w.text;
        f.range = line_.to_source(base + w.begin, base + w.end);
        std::string_view body = std::string_view(f.word).substr(2);
        const auto eq = body.find('=');
        f.name = std::string(body.substr(0, eq));
        const auto raw = logical(base + w.begin, base + w.end);
        const auto raw_eq = raw.find('=');
        const std::uint32_t name_end = raw_eq == std::string_view::npos ? w.end : static_cast<std::uint32_t>(w.begin + raw_eq);
        f.name_range = line_.to_source(base + w.begin + 2, base + name_end);
        if (eq != std::string_view::npos) {
            f.value = std::string(body.substr(eq + 1));
            f.value_range = raw_eq == std::string_view::npos ? Range{f.range.end, f.range.end}
                                                              : line_.to_source(base + name_end + 1, base + w.end);
        } else {
            f.value_range = {f.range.end, f.range.end};
        }
        ins.flags.push_back(std::move(f));
    }
}

void Parser::parse_arguments(Instruction& ins, std::uint32_t b, std::uint32_t e) {
    switch (ins.kind) {
        case InstructionKind::add:
        case InstructionKind::copy:
        case InstructionKind::volume:
            parse_maybe_json(ins, b, e, true);
            break;
        case InstructionKind::run:
        case InstructionKind::cmd:
        case InstructionKind::entrypoint:
        case InstructionKind::shell:
            if (b < e) parse_maybe_json(ins, b, e, false);
            break;
        case InstructionKind::from:
        case InstructionKind::expose:
            split_whitespace(ins, b, e);
            break;
        case InstructionKind::maintainer:
        case InstructionKind::user:
        case InstructionKind::workdir:
        case InstructionKind::stopsignal:
            if (b < e) ins.args.push_back(make_token(std::string(logical(b, e)), b, e));
            break;
        case InstructionKind::env:
            parse_name_value(ins, b, e, "ENV");
            break;
        case InstructionKind::label:
            parse_name_value(ins, b, e, "LABEL");
            break;
        case InstructionKind::arg:
            parse_arg_words(ins, b, e);
            break;
        case InstructionKind::healthcheck: {
            std::uint32_t sep = b;
            while (sep < e && !unicode::is_space_byte(static_cast<unsigned char>(line_.text()[sep]))) ++sep;
            std::uint32_t next = sep;
            while (next < e && unicode::is_space_byte(static_cast<unsigned char>(line_.text()[next]))) ++next;
            if (sep == b) break;
            ins.args.push_back(make_token(std::string(logical(b, sep)), b, sep));
            if (next < e) parse_maybe_json(ins, next, e, false);
            break;
        }
        case InstructionKind::onbuild: {
            if (b >= e) break;
            Instruction child;
            if (!parse_node(b, e, child)) return;
            child.original = std::string(logical(b, e));
            // The trigger's offsets are relative to its own text.
            for (const auto& seg : line_.map().segments()) {
                if (seg.logical + seg.length <= b || seg.logical >= e) continue;
                const std::uint32_t from = std::max(seg.logical, b);
                const std::uint32_t to = std::min(seg.logical + seg.length, e);
                child.original_map.append(to - from, seg.source + (from - seg.logical));
            }
            ins.trigger.push_back(std::move(child));
            break;
        }
        case InstructionKind::unknown:
            // BuildKit keeps unknown keywords with one empty argument.
            ins.args.push_back(Token{std::string(), line_.to_source(b, b)});
            break;
    }
}

bool Parser::parse_maybe_json(Instruction& ins, std::uint32_t b, std::uint32_t e, bool to_list) {
    const auto text = logical(b, e);
    if (!text.empty() && text.front() == '[') {
        std::vector<grammar::JsonElement> elements;
        switch (grammar::parse_json_array(text, elements)) {
            case grammar::JsonArrayStatus::ok:
                ins.json_form = true;
                for (auto& el : elements) ins.args.push_back(make_token(std::move(el.value), b + el.begin, b + el.end));
                return true;
            case grammar::JsonArrayStatus::not_string_array:
                error_ = "when using JSON array syntax, arrays must be comprised of strings only";
                error_range_ = line_.to_source(b, e);
                return false;
            case grammar::JsonArrayStatus::not_json:
                break;
        }
    }
    if (to_list) split_whitespace(ins, b, e);
    else if (b < e) ins.args.push_back(make_token(std::string(text), b, e));
    return true;
}

void Parser::split_whitespace(Instruction& ins, std::uint32_t b, std::uint32_t e) {
    if (b >= e) return;
    // regexp.Split on [\t\v\f\r ]+ of trimmed text: no empty fields except
    // where the text itself starts or ends with a separator (it never does).
    std::uint32_t i = b;
    const auto& t = line_.text();
    while (true) {
        std::uint32_t j = i;
        while (j < e && !is_ws_sep(t[j])) ++j;
        ins.args.push_back(make_token(std::string(logical(i, j)), i, j));
        if (j >= e) break;
        while (j < e && is_ws_sep(t[j])) ++j;
        i = j;
        if (i >= e) {
            ins.args.push_back(make_token(std::string(), e, e));
            break;
        }
    }
}

bool Parser::parse_name_value(Instruction& ins, std::uint32_t b, std::uint32_t e, std::string_view keyword) {
    std::vector<grammar::WordSpan> words;
    grammar::split_words(logical(b, e), doc_.escape, words);
    if (words.empty()) return true;
    if (words.front().text.find('=') == std::string::npos) {
        // Legacy `KEY value`: split once at the first white-space run.
        const auto& t = line_.text();
        std::uint32_t k = b;
        while (k < e && !is_ws_sep(t[k])) ++k;
        std::uint32_t v = k;
        while (v < e && is_ws_sep(t[v])) ++v;
        if (k >= e) {
            error_ = std::string(keyword) + " must have two arguments";
            error_range_ = line_.to_source(b, e);
            return false;
        }
        ins.legacy_key_value = true;
        KeyValue kv;
        kv.key = make_token(std::string(logical(b, k)), b, k);
        kv.value = make_token(std::string(logical(v, e)), v, e);
        kv.range = line_.to_source(b, e);
        ins.args.push_back(kv.key);
        ins.args.push_back(*kv.value);
        ins.args.push_back(Token{std::string(), line_.to_source(e, e)});
        ins.pairs.push_back(std::move(kv));
        return true;
    }
    for (auto& w : words) {
        const auto eq = w.text.find('=');
        if (eq == std::string::npos) {
            std::string quoted;
            unicode::append_go_quoted(quoted, w.text);
            error_ = "Syntax error - can't find = in " + quoted + ". Must be of the form: name=value";
            error_range_ = line_.to_source(b + w.begin, b + w.end);
            return false;
        }
        KeyValue kv;
        // Offsets of '=' in the raw span: the text only differs from the raw
        // bytes by U+FFFD replacements and a dropped trailing escape.
        const auto raw = logical(b + w.begin, b + w.end);
        const auto raw_eq = static_cast<std::uint32_t>(std::min(raw.find('='), raw.size()));
        kv.key = make_token(w.text.substr(0, eq), b + w.begin, b + w.begin + raw_eq);
        kv.value = make_token(w.text.substr(eq + 1), std::min(b + w.begin + raw_eq + 1, b + w.end), b + w.end);
        kv.range = line_.to_source(b + w.begin, b + w.end);
        ins.args.push_back(kv.key);
        ins.args.push_back(*kv.value);
        ins.args.push_back(Token{"=", kv.value->range});
        ins.pairs.push_back(std::move(kv));
    }
    return true;
}

void Parser::parse_arg_words(Instruction& ins, std::uint32_t b, std::uint32_t e) {
    std::vector<grammar::WordSpan> words;
    grammar::split_words(logical(b, e), doc_.escape, words);
    for (auto& w : words) {
        KeyValue kv;
        const auto eq = w.text.find('=');
        const auto raw = logical(b + w.begin, b + w.end);
        const auto raw_eq = static_cast<std::uint32_t>(std::min(raw.find('='), raw.size()));
        kv.key = make_token(w.text.substr(0, eq), b + w.begin, b + w.begin + raw_eq);
        if (eq != std::string::npos) kv.value = make_token(w.text.substr(eq + 1), std::min(b + w.begin + raw_eq + 1, b + w.end), b + w.end);
        kv.range = line_.to_source(b + w.begin, b + w.end);
        ins.args.push_back(make_token(std::move(w.text), b + w.begin, b + w.end));
        ins.pairs.push_back(std::move(kv));
    }
}

// BuildKit's heredocsFromLine + ParseHeredoc.
void Parser::detect_heredocs(Instruction& ins, std::vector<Heredoc>& out) {
    const auto& lt = line_.text();
    shell::LexOptions raw;
    raw.raw_quotes = true;
    raw.raw_escapes = true;
    static const shell::Lookup no_env = [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
    auto words = shell::process_words(lt, no_env, raw);
    if (!words.ok) return;
    std::size_t cursor = ins.keyword.text.size();
    for (const auto& word : words.words) {
        // ^(\d*)<<(-?)([^<]*)$
        std::size_t i = 0;
        while (i < word.size() && is_ascii_digit(word[i])) ++i;
        if (word.compare(i, 2, "<<") != 0) continue;
        const std::string_view fd_text(word.data(), i);
        i += 2;
        bool chomp = false;
        if (i < word.size() && word[i] == '-') {
            chomp = true;
            ++i;
        }
        const std::string_view rest = std::string_view(word).substr(i);
        if (rest.find('<') != std::string_view::npos || rest.empty()) continue;
        shell::LexOptions cooked;
        cooked.skip_unset = true;
        auto plain = shell::process_words(rest, no_env, cooked);
        if (!plain.ok || plain.words.size() != 1) continue;
        cooked.raw_quotes = true;
        auto quoted = shell::process_words(rest, no_env, cooked);
        if (!quoted.ok || quoted.words.size() != 1) continue;
        auto quotes = [](const std::string& s) { return std::count(s.begin(), s.end(), '\'') + std::count(s.begin(), s.end(), '"'); };
        Heredoc h;
        h.name = plain.words.front();
        h.expand = quotes(plain.words.front()) == quotes(quoted.words.front());
        h.chomp = chomp;
        h.fd = 0;
        for (char c : fd_text) h.fd = h.fd * 10 + unsigned(c - '0');
        // Locate the marker in the logical line for its range.
        const auto at = lt.find("<<", cursor);
        if (at != std::string::npos) {
            std::size_t mb = at;
            while (mb > cursor && is_ascii_digit(lt[mb - 1])) --mb;
            std::size_t me = at + 2;
            while (me < lt.size() && !is_ws_sep(lt[me])) ++me;
            h.marker = line_.to_source(static_cast<std::uint32_t>(mb), static_cast<std::uint32_t>(me));
            cursor = me;
        }
        out.push_back(std::move(h));
    }
}

}  // namespace

Document parse(std::string text, const ParseOptions& options) {
    Document doc;
    doc.text = std::move(text);
    doc.lines = LineIndex(doc.text);
    Parser(doc).run();
    if (options.validate) detail::validate_instructions(doc);
    std::stable_sort(doc.issues.begin(), doc.issues.end(), [](const ParseIssue& a, const ParseIssue& b) { return a.range.begin < b.range.begin; });
    return doc;
}

}  // namespace dflint
