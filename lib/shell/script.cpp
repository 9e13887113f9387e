// Tokeniser and command splitter for RUN scripts. It is not a full POSIX
// parser: it recognises what linters need (simple commands, their words,
// redirections and the operators between them) and keeps byte ranges.
#include <algorithm>
#include <array>
#include <cstdint>

#include "dflint/shell_script.hpp"
#include "sort.hpp"

namespace dflint::shell {
namespace {

// Character classes, looked up in one table (the lexer tests every byte).
enum : std::uint8_t { cls_blank = 1, cls_meta = 2, cls_special = 4, cls_name_start = 8, cls_digit = 16 };
constexpr auto char_classes = [] {
    std::array<std::uint8_t, 256> t{};
    for (const unsigned char c : std::string_view(" \t\r\v\f")) t[c] |= cls_blank;
    for (const unsigned char c : std::string_view(";&|()<>\n")) t[c] |= cls_meta;
    for (const unsigned char c : std::string_view("\\'\"$`")) t[c] |= cls_special;
    for (int c = 'a'; c <= 'z'; ++c) t[static_cast<std::size_t>(c)] |= cls_name_start;
    for (int c = 'A'; c <= 'Z'; ++c) t[static_cast<std::size_t>(c)] |= cls_name_start;
    t['_'] |= cls_name_start;
    for (int c = '0'; c <= '9'; ++c) t[static_cast<std::size_t>(c)] |= cls_digit;
    return t;
}();
bool has_class(char c, std::uint8_t cls) { return (char_classes[static_cast<unsigned char>(c)] & cls) != 0; }

bool is_name_start(char c) { return has_class(c, cls_name_start); }
bool is_name_char(char c) { return has_class(c, cls_name_start | cls_digit); }
bool is_blank(char c) { return has_class(c, cls_blank); }
bool is_meta(char c) { return has_class(c, cls_meta); }
// Characters a word takes as they are (no quoting, escape, expansion or end).
bool is_plain(char c) { return !has_class(c, cls_blank | cls_meta | cls_special); }

enum class TokKind { word, op, newline, end };
struct Tok {
    TokKind kind = TokKind::end;
    Word word;        // for words
    std::string op;   // for operators
    std::size_t begin = 0, end = 0;
};

class Lexer {
public:
    Lexer(std::string_view s, std::size_t base, std::vector<std::pair<std::size_t, std::string_view>>& subs)
        : s_(s), base_(base), subs_(subs) {}
    bool ok = true;

    Tok next() {
        for (;;) {
            while (pos_ < s_.size() && is_blank(s_[pos_])) ++pos_;
            if (pos_ < s_.size() && s_[pos_] == '\\' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n') {
                pos_ += 2;  // line continuation inside a heredoc script
                continue;
            }
            if (pos_ < s_.size() && s_[pos_] == '#') {
                while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
                continue;
            }
            break;
        }
        Tok t;
        t.begin = base_ + pos_;
        if (pos_ >= s_.size()) {
            t.kind = TokKind::end;
            t.end = t.begin;
            return t;
        }
        const char c = s_[pos_];
        if (c == '\n') {
            ++pos_;
            t.kind = TokKind::newline;
            t.op = "\n";
            t.end = base_ + pos_;
            return t;
        }
        // Redirection with an fd number: 2>, 2>>, 2>&1
        std::size_t digits = pos_;
        while (digits < s_.size() && s_[digits] >= '0' && s_[digits] <= '9') ++digits;
        if (digits > pos_ && digits < s_.size() && (s_[digits] == '>' || s_[digits] == '<')) {
            std::string op(s_.substr(pos_, digits - pos_));
            pos_ = digits;
            op += read_operator();
            t.kind = TokKind::op;
            t.op = op;
            t.end = base_ + pos_;
            return t;
        }
        if (is_meta(c)) {
            t.kind = TokKind::op;
            t.op = read_operator();
            t.end = base_ + pos_;
            return t;
        }
        t.kind = TokKind::word;
        read_word(t.word);
        t.end = t.word.end;
        return t;
    }

private:
    std::string read_operator() {
        static constexpr std::string_view ops[] = {"&>>", ">>", "<<<", "<<-", "<<", "&&", "||", ";;", "|&", "&>", ">&", "<&", ">|", "<>",
                                                   ";", "&", "|", "(", ")", "<", ">"};
        for (auto op : ops) {
            if (s_.substr(pos_, op.size()) == op) {
                pos_ += op.size();
                return std::string(op);
            }
        }
        return std::string(1, s_[pos_++]);
    }

    // Skips a balanced $(…) / ${…} / `…` starting at pos_ (just after the opener).
    void skip_balanced(char open, char close, Word& w) {
        int depth = 1;
        const std::size_t inner_begin = pos_;
        while (pos_ < s_.size() && depth > 0) {
            const char c = s_[pos_];
            if (c == '\\') {
                pos_ += 2;
                continue;
            }
            if (c == '\'' && open == '(') {
                const auto q = s_.find('\'', pos_ + 1);
                pos_ = q == std::string_view::npos ? s_.size() : q + 1;
                continue;
            }
            if (c == '"' && open == '(') {
                ++pos_;
                while (pos_ < s_.size() && s_[pos_] != '"') pos_ += s_[pos_] == '\\' ? 2 : 1;
                ++pos_;
                continue;
            }
            if (c == open && open != close) ++depth;
            else if (c == close) --depth;
            ++pos_;
        }
        if (depth > 0) {
            ok = false;
            pos_ = std::min(pos_, s_.size());
        }
        const std::size_t inner_end = depth > 0 ? s_.size() : pos_ - 1;
        if (open == '(' || open == '`') subs_.push_back({base_ + inner_begin, s_.substr(inner_begin, inner_end - inner_begin)});
        w.has_expansion = true;
        w.text.append(s_.substr(inner_begin - (open == '`' ? 1 : 2), pos_ - inner_begin + (open == '`' ? 1 : 2)));
    }

    void read_word(Word& w) {
        const std::size_t start = pos_;
        while (pos_ < s_.size()) {
            const char c = s_[pos_];
            if (is_blank(c) || is_meta(c)) break;
            if (c == '\\') {
                if (pos_ + 1 < s_.size()) {
                    if (s_[pos_ + 1] != '\n') w.text.push_back(s_[pos_ + 1]);
                    pos_ += 2;
                } else {
                    ++pos_;
                }
                continue;
            }
            if (c == '\'') {
                w.quoted = true;
                const auto q = s_.find('\'', pos_ + 1);
                if (q == std::string_view::npos) {
                    ok = false;
                    w.text.append(s_.substr(pos_ + 1));
                    pos_ = s_.size();
                    break;
                }
                w.text.append(s_.substr(pos_ + 1, q - pos_ - 1));
                pos_ = q + 1;
                continue;
            }
            if (c == '"') {
                w.quoted = true;
                ++pos_;
                bool closed = false;
                while (pos_ < s_.size()) {
                    const char d = s_[pos_];
                    if (d == '"') {
                        ++pos_;
                        closed = true;
                        break;
                    }
                    if (d == '\\' && pos_ + 1 < s_.size()) {
                        const char e = s_[pos_ + 1];
                        if (e == '"' || e == '\\' || e == '$' || e == '`') w.text.push_back(e);
                        else if (e != '\n') {
                            w.text.push_back('\\');
                            w.text.push_back(e);
                        }
                        pos_ += 2;
                        continue;
                    }
                    if (d == '$' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '(') {
                        pos_ += 2;
                        skip_balanced('(', ')', w);
                        continue;
                    }
                    if (d == '`') {
                        ++pos_;
                        skip_balanced('`', '`', w);
                        continue;
                    }
                    if (d == '$') w.has_expansion = true;
                    w.text.push_back(d);
                    ++pos_;
                }
                if (!closed) ok = false;
                continue;
            }
            if (c == '$' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '(') {
                pos_ += 2;
                skip_balanced('(', ')', w);
                continue;
            }
            if (c == '$' && pos_ + 1 < s_.size() && s_[pos_ + 1] == '{') {
                const std::size_t b = pos_;
                pos_ += 2;
                int depth = 1;
                while (pos_ < s_.size() && depth > 0) {
                    if (s_[pos_] == '{') ++depth;
                    else if (s_[pos_] == '}') --depth;
                    ++pos_;
                }
                w.has_expansion = true;
                w.text.append(s_.substr(b, pos_ - b));
                continue;
            }
            if (c == '`') {
                ++pos_;
                skip_balanced('`', '`', w);
                continue;
            }
            if (c == '$') {
                w.has_expansion = true;
                w.text.push_back(c);
                ++pos_;
                continue;
            }
            // A run of plain characters, appended at once.
            std::size_t e = pos_ + 1;
            while (e < s_.size() && is_plain(s_[e])) ++e;
            w.text.append(s_.data() + pos_, e - pos_);
            pos_ = e;
        }
        w.raw.assign(s_.data() + start, pos_ - start);
        w.begin = base_ + start;
        w.end = base_ + pos_;
    }

    std::string_view s_;
    std::size_t base_;
    std::size_t pos_ = 0;
    std::vector<std::pair<std::size_t, std::string_view>>& subs_;
};

bool is_assignment(const Word& w) {
    if (w.raw.empty() || !is_name_start(w.raw[0])) return false;
    std::size_t i = 1;
    while (i < w.raw.size() && is_name_char(w.raw[i])) ++i;
    if (i < w.raw.size() && w.raw[i] == '+' && i + 1 < w.raw.size() && w.raw[i + 1] == '=') return true;
    return i < w.raw.size() && w.raw[i] == '=';
}

bool is_reserved_opener(std::string_view w) {
    return w == "if" || w == "then" || w == "else" || w == "elif" || w == "do" || w == "while" || w == "until" || w == "!" || w == "{" || w == "time";
}
bool is_reserved_closer(std::string_view w) { return w == "fi" || w == "done" || w == "esac" || w == "}"; }

void parse_into(std::string_view text, std::size_t base, bool in_sub, Script& script, int depth) {
    std::vector<std::pair<std::size_t, std::string_view>> subs;
    Lexer lx(text, base, subs);
    Command cur;
    bool have = false;
    std::string pending_sep;
    std::size_t pipeline_start = script.commands.size();
    bool skip_until_separator = false;  // `for x in …` header
    bool in_case = false;

    auto finish = [&](const std::string& sep) {
        if (have) {
            cur.separator_after = sep;
            cur.pipeline = script.pipelines;
            cur.in_substitution = in_sub;
            script.commands.push_back(std::move(cur));
        }
        cur = Command{};
        have = false;
        if (sep == "|" || sep == "|&") {
            script.has_pipe = true;
            for (std::size_t i = pipeline_start; i < script.commands.size(); ++i) script.commands[i].piped = true;
            cur.piped = true;
        } else {
            ++script.pipelines;
            pipeline_start = script.commands.size();
        }
        pending_sep = sep;
    };

    bool case_pattern = false;  // inside `case … in` before a pattern's `)`
    for (;;) {
        Tok t = lx.next();
        if (t.kind == TokKind::end) break;
        if (in_case && case_pattern) {
            // `pat1|pat2)`: neither commands nor pipes.
            if (t.kind == TokKind::word && t.word.raw == "esac") {
                in_case = false;
                case_pattern = false;
                continue;
            }
            if (t.kind == TokKind::op && t.op == ")") case_pattern = false;
            continue;
        }
        if (in_case && t.kind == TokKind::op && t.op == ";;") {
            finish(";");
            case_pattern = true;
            continue;
        }
        if (t.kind == TokKind::newline || (t.kind == TokKind::op && (t.op == "&&" || t.op == "||" || t.op == ";" || t.op == ";;" || t.op == "|" || t.op == "|&" || t.op == "&" || t.op == "(" || t.op == ")"))) {
            skip_until_separator = false;
            finish(t.op == "(" || t.op == ")" ? std::string(";") : t.op);
            continue;
        }
        if (skip_until_separator) continue;
        if (t.kind == TokKind::op) {
            // Redirection: the next word is its target.
            Redirect r;
            r.op = t.op;
            Tok target = lx.next();
            if (target.kind == TokKind::word) r.target = std::move(target.word);
            else if (target.kind == TokKind::newline || target.kind == TokKind::end) {
                finish(target.op);
                continue;
            }
            if (!have) {
                cur.begin = t.begin;
                cur.separator_before = pending_sep;
                have = true;
            }
            cur.redirects.push_back(std::move(r));
            cur.end = lx.ok ? t.end : t.end;
            continue;
        }
        Word& w = t.word;
        if (!cur.name) {
            if (cur.assignments.empty() && !w.quoted) {
                if (is_reserved_opener(w.raw)) continue;
                if (is_reserved_closer(w.raw)) {
                    if (w.raw == "esac") in_case = false;
                    continue;
                }
                if (w.raw == "for" || w.raw == "select") {
                    skip_until_separator = true;
                    continue;
                }
                if (w.raw == "case") {
                    in_case = true;
                    skip_until_separator = false;
                    // `case WORD in` — skip WORD and `in`, then patterns follow.
                    lx.next();
                    Tok in = lx.next();
                    (void)in;
                    case_pattern = true;
                    continue;
                }
            }
            if (!have) {
                cur.begin = w.begin;
                cur.separator_before = pending_sep;
                have = true;
            }
            cur.end = w.end;
            if (is_assignment(w)) {
                cur.assignments.push_back(std::move(w));
            } else {
                cur.name = std::move(w);
                cur.args.reserve(8);  // one allocation for most commands' arguments
            }
            continue;
        }
        cur.end = w.end;
        cur.args.push_back(std::move(w));
    }
    finish("");
    if (!lx.ok) script.ok = false;
    if (depth < 8) {
        for (const auto& [off, inner] : subs) parse_into(inner, off, true, script, depth + 1);
    }
}

}  // namespace

std::string_view Command::basename() const noexcept {
    if (!name) return {};
    std::string_view n = name->text;
    const auto slash = n.rfind('/');
    return slash == std::string_view::npos ? n : n.substr(slash + 1);
}

bool Command::has_flag(std::string_view flag) const noexcept {
    const bool long_flag = flag.size() > 2 && flag[0] == '-' && flag[1] == '-';
    for (const auto& a : args) {
        std::string_view t = a.text;
        if (t == "--") break;
        if (long_flag) {
            if (t == flag || (t.size() > flag.size() && t.substr(0, flag.size()) == flag && t[flag.size()] == '=')) return true;
        } else if (flag.size() == 2 && flag[0] == '-') {
            if (t == flag) return true;
            // Bundled short flags (-qy): only words made of letters alone.
            if (t.size() > 2 && t[0] == '-' && t[1] != '-' &&
                std::all_of(t.begin() + 1, t.end(), [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }) &&
                t.find(flag[1], 1) != std::string_view::npos)
                return true;
        } else if (t == flag) {
            return true;
        }
    }
    return false;
}

bool Command::has_any_flag(std::initializer_list<std::string_view> flags) const noexcept {
    for (auto f : flags)
        if (has_flag(f)) return true;
    return false;
}

std::optional<std::string> Command::flag_value(std::string_view flag) const {
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view t = args[i].text;
        if (t == flag) {
            if (i + 1 < args.size()) return args[i + 1].text;
            return std::string();
        }
        if (t.size() > flag.size() && t.substr(0, flag.size()) == flag) {
            if (t[flag.size()] == '=') return std::string(t.substr(flag.size() + 1));
            if (flag.size() == 2) return std::string(t.substr(2));  // -fvalue
        }
    }
    return std::nullopt;
}

std::vector<const Word*> Command::positionals(std::initializer_list<std::string_view> flags_with_value) const {
    std::vector<const Word*> out;
    bool rest = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& t = args[i].text;
        if (rest) {
            out.push_back(&args[i]);
            continue;
        }
        if (t == "--") {
            rest = true;
            continue;
        }
        if (t.size() > 1 && t[0] == '-') {
            for (auto f : flags_with_value)
                if (t == f) {
                    ++i;
                    break;
                }
            continue;
        }
        out.push_back(&args[i]);
    }
    return out;
}

std::optional<std::string> Command::subcommand(std::initializer_list<std::string_view> flags_with_value) const {
    auto p = positionals(flags_with_value);
    if (p.empty()) return std::nullopt;
    return p.front()->text;
}

std::vector<const Command*> Script::find(std::string_view command) const {
    std::vector<const Command*> out;
    for (const auto& c : commands)
        if (c.is(command)) out.push_back(&c);
    return out;
}

bool Script::uses(std::string_view command) const {
    return std::any_of(commands.begin(), commands.end(), [&](const Command& c) { return c.is(command); });
}

ScriptTokens tokenize_script(std::string_view text) {
    ScriptTokens out;
    std::vector<std::pair<std::size_t, std::string_view>> subs;  // not descended into
    Lexer lx(text, 0, subs);
    for (;;) {
        Tok t = lx.next();
        if (t.kind == TokKind::end) break;
        ScriptToken st;
        st.begin = t.begin;
        st.end = t.end;
        if (t.kind == TokKind::word) {
            st.kind = ScriptToken::Kind::word;
            st.text = std::move(t.word.raw);
        } else {
            st.kind = ScriptToken::Kind::op;
            st.text = std::move(t.op);
        }
        out.tokens.push_back(std::move(st));
    }
    out.ok = lx.ok;
    return out;
}

Script parse_script(std::string_view text) {
    Script s;
    s.commands.reserve(4 + text.size() / 48);
    parse_into(text, 0, false, s, 0);
    // Commands of $(…) substitutions were appended after the rest: put every
    // command in text order (most scripts have none, and are sorted already).
    const auto by_begin = [](const Command& a, const Command& b) { return a.begin < b.begin; };
    detail::stable_sort_heavy(s.commands, by_begin);
    return s;
}

}  // namespace dflint::shell
