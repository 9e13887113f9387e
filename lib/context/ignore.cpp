// .dockerignore reading and matching, mirroring github.com/moby/patternmatcher
// (New, Pattern.compile/match, MatchesOrParentMatches, MatchesUsingParentResults,
// ignorefile.ReadAll) and the skip-directory logic of github.com/tonistiigi/fsutil
// (filter.go). Written from the documented behaviour; no upstream code copied.
//
// How a pattern is evaluated upstream, and therefore here:
//   1. New() checks the syntax with Go's filepath.Match rules (glob_syntax_ok).
//   2. On first use the pattern is translated into a Go regexp *string*
//      (translate): `*` -> `[^/]*`, `?` -> `[^/]`, `**/` -> `(.*/)?`, a final
//      `**` -> `.*`, `. + ( ) | { } $` escaped, `\x` kept as `\x`, and
//      everything else -- including `[`, `]` and `^` -- passed through. Plain
//      patterns use string compares instead (exact / prefix / suffix).
//   3. The string is compiled by Go's regexp package (RE2 syntax, Perl flags).
// Step 3 gives classes RE2 meaning (`[^x]` negates, `[!x]` does not, POSIX
// `[[:alpha:]]` works, `\d` is a digit...) and means a class that passed step 1
// can still be an invalid regexp (reversed range such as `[Local-Only]`). To
// reproduce that exactly we build the same regexp string and parse it with a
// small RE2-subset parser (regex_parse) into an NFA that is simulated with
// bit sets (linear time, no backtracking, no allocation for usual patterns).
#include "dflint/ignore.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>

namespace dflint::ignore {
namespace {

constexpr char32_t rune_error = 0xFFFD;
constexpr char32_t max_rune = 0x10FFFF;

// ---------------------------------------------------------------------------
// UTF-8, as Go's unicode/utf8 decodes it: an invalid or truncated sequence is
// U+FFFD of width 1; surrogates and overlong forms are invalid.

std::size_t decode_rune(std::string_view s, std::size_t i, char32_t& r) noexcept {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
    const std::size_t n = s.size() - i;
    if (n == 0) {
        r = rune_error;
        return 0;
    }
    const unsigned c0 = p[0];
    if (c0 < 0x80) {
        r = c0;
        return 1;
    }
    auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) {
        return k < n && p[k] >= lo && p[k] <= hi;
    };
    if (c0 >= 0xC2 && c0 <= 0xDF) {
        if (cont(1)) {
            r = ((c0 & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            return 2;
        }
    } else if (c0 >= 0xE0 && c0 <= 0xEF) {
        unsigned lo = c0 == 0xE0 ? 0xA0 : 0x80;
        unsigned hi = c0 == 0xED ? 0x9F : 0xBF;
        if (cont(1, lo, hi) && cont(2)) {
            r = ((c0 & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
            return 3;
        }
    } else if (c0 >= 0xF0 && c0 <= 0xF4) {
        unsigned lo = c0 == 0xF0 ? 0x90 : 0x80;
        unsigned hi = c0 == 0xF4 ? 0x8F : 0xBF;
        if (cont(1, lo, hi) && cont(2) && cont(3)) {
            r = ((c0 & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
            return 4;
        }
    }
    r = rune_error;
    return 1;
}

void append_utf8(std::string& out, char32_t r) {
    if (r < 0x80) {
        out += static_cast<char>(r);
    } else if (r < 0x800) {
        out += static_cast<char>(0xC0 | (r >> 6));
        out += static_cast<char>(0x80 | (r & 0x3F));
    } else if (r < 0x10000) {
        out += static_cast<char>(0xE0 | (r >> 12));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (r >> 18));
        out += static_cast<char>(0x80 | ((r >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((r >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (r & 0x3F));
    }
}

bool is_go_space(char32_t r) noexcept {
    switch (r) {
        case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
        case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
        case 0x202F: case 0x205F: case 0x3000:
            return true;
        default:
            return r >= 0x2000 && r <= 0x200A;
    }
}

// ---------------------------------------------------------------------------
// Go's filepath.Match syntax check (scanChunk + matchChunk in "failed" mode):
// every chunk is scanned completely, so any malformed class or a trailing
// backslash anywhere is reported.

// getEsc: one class character, possibly escaped; must be followed by more text.
bool glob_class_char(std::string_view& chunk) {
    if (chunk.empty() || chunk[0] == '-' || chunk[0] == ']') return false;
    if (chunk[0] == '\\') {
        chunk.remove_prefix(1);
        if (chunk.empty()) return false;
    }
    char32_t r;
    std::size_t n = decode_rune(chunk, 0, r);
    if (r == rune_error && n == 1) return false;
    chunk.remove_prefix(n);
    return !chunk.empty();
}

bool glob_chunk_ok(std::string_view chunk) {
    while (!chunk.empty()) {
        switch (chunk[0]) {
            case '[': {
                chunk.remove_prefix(1);
                if (!chunk.empty() && chunk[0] == '^') chunk.remove_prefix(1);
                int nrange = 0;
                for (;;) {
                    if (!chunk.empty() && chunk[0] == ']' && nrange > 0) {
                        chunk.remove_prefix(1);
                        break;
                    }
                    if (!glob_class_char(chunk)) return false;
                    if (chunk[0] == '-') {
                        chunk.remove_prefix(1);
                        if (!glob_class_char(chunk)) return false;
                    }
                    ++nrange;
                }
                break;
            }
            case '\\':
                chunk.remove_prefix(1);
                if (chunk.empty()) return false;
                chunk.remove_prefix(1);
                break;
            default:  // '?' and literal bytes
                chunk.remove_prefix(1);
                break;
        }
    }
    return true;
}

bool glob_syntax_ok(std::string_view pattern) {
    while (!pattern.empty()) {
        while (!pattern.empty() && pattern[0] == '*') pattern.remove_prefix(1);
        bool inrange = false;
        std::size_t i = 0;
        for (; i < pattern.size(); ++i) {
            char c = pattern[i];
            if (c == '\\') {
                if (i + 1 < pattern.size()) ++i;
            } else if (c == '[') {
                inrange = true;
            } else if (c == ']') {
                inrange = false;
            } else if (c == '*' && !inrange) {
                break;
            }
        }
        if (!glob_chunk_ok(pattern.substr(0, i))) return false;
        pattern.remove_prefix(i);
    }
    return true;
}

// ---------------------------------------------------------------------------
// Pattern -> regexp string, as patternmatcher's compile() builds it.

enum class Kind : std::uint8_t { exact, prefix, suffix, regex };

struct Translation {
    Kind kind = Kind::exact;
    std::string regex;
};

bool regex_needs_escape(char32_t c) {
    switch (c) {
        case '.': case '+': case '(': case ')': case '|': case '{': case '}': case '$':
            return true;
        default:
            return false;
    }
}

Translation translate(std::string_view pattern) {
    // text/scanner semantics: runes, invalid bytes read as U+FFFD, a BOM as
    // the very first character is skipped.
    std::size_t pos = 0;
    auto peek = [&](char32_t& r) -> bool {
        if (pos >= pattern.size()) return false;
        decode_rune(pattern, pos, r);
        return true;
    };
    auto next = [&]() -> char32_t {
        char32_t r;
        pos += decode_rune(pattern, pos, r);
        return r;
    };
    {
        char32_t r;
        if (peek(r) && r == 0xFEFF) next();
    }

    Translation t;
    std::string& re = t.regex;
    re = "^";
    Kind kind = Kind::exact;
    char32_t r;
    for (int i = 0; peek(r); ++i) {
        char32_t ch = next();
        if (ch == '*') {
            if (peek(r) && r == '*') {
                next();
                if (peek(r) && r == '/') next();
                if (!peek(r)) {
                    if (kind == Kind::exact) {
                        kind = Kind::prefix;
                    } else {
                        re += ".*";
                        kind = Kind::regex;
                    }
                } else {
                    re += "(.*/)?";
                    kind = Kind::regex;
                }
                if (i == 0) kind = Kind::suffix;
            } else {
                re += "[^/]*";
                kind = Kind::regex;
            }
        } else if (ch == '?') {
            re += "[^/]";
            kind = Kind::regex;
        } else if (regex_needs_escape(ch)) {
            re += '\\';
            re += static_cast<char>(ch);
        } else if (ch == '\\') {
            if (peek(r)) {
                re += '\\';
                append_utf8(re, next());
                kind = Kind::regex;
            } else {
                re += '\\';
            }
        } else if (ch == '[' || ch == ']') {
            re += static_cast<char>(ch);
            kind = Kind::regex;
        } else {
            append_utf8(re, ch);
        }
    }
    if (kind == Kind::regex) re += '$';
    t.kind = kind;
    return t;
}

// ---------------------------------------------------------------------------
// RE2 subset: enough of Go's regexp/syntax (Perl flags: `.` excludes "\n",
// negated classes include it, `^`/`$` are text anchors) to compile every
// string translate() can produce. Unicode classes (\pL, \p{Greek}) are not
// supported; such patterns are treated as not evaluable.

struct RuneClass {
    std::vector<std::pair<char32_t, char32_t>> ranges;  // sorted, disjoint after finish()
    std::array<std::uint64_t, 2> ascii{};               // bitmap for runes < 128

    void add(char32_t lo, char32_t hi) { ranges.emplace_back(lo, hi); }
    void add_negated(const std::vector<std::pair<char32_t, char32_t>>& rs) {
        char32_t next = 0;
        for (auto [lo, hi] : rs) {  // rs sorted
            if (lo > next) add(next, lo - 1);
            next = hi + 1;
        }
        if (next <= max_rune) add(next, max_rune);
    }
    void finish(bool negate) {
        std::sort(ranges.begin(), ranges.end());
        std::vector<std::pair<char32_t, char32_t>> merged;
        for (auto [lo, hi] : ranges) {
            if (!merged.empty() && lo <= merged.back().second + 1) {
                merged.back().second = std::max(merged.back().second, hi);
            } else {
                merged.emplace_back(lo, hi);
            }
        }
        if (negate) {
            ranges.clear();
            add_negated(merged);
        } else {
            ranges = std::move(merged);
        }
        ascii = {};
        for (auto [lo, hi] : ranges) {
            for (char32_t c = lo; c <= hi && c < 128; ++c) ascii[c >> 6] |= std::uint64_t{1} << (c & 63);
        }
    }
    bool contains(char32_t r) const noexcept {
        if (r < 128) return (ascii[r >> 6] >> (r & 63)) & 1;
        auto it = std::upper_bound(ranges.begin(), ranges.end(), r,
                                   [](char32_t v, const auto& rg) { return v < rg.first; });
        if (it == ranges.begin()) return false;
        --it;
        return r <= it->second;
    }
};

struct Node {
    enum class Op : std::uint8_t {
        literal, klass, any_not_nl, begin_text, end_text, word_boundary, no_word_boundary,
        concat, alternate, star, plus, quest
    };
    Op op = Op::concat;
    char32_t rune = 0;
    std::uint32_t klass = 0;
    std::vector<Node> subs;
};

using Ranges = std::vector<std::pair<char32_t, char32_t>>;

const Ranges* posix_class(std::string_view name) {
    static const Ranges alnum{{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};
    static const Ranges alpha{{'A', 'Z'}, {'a', 'z'}};
    static const Ranges ascii{{0, 0x7F}};
    static const Ranges blank{{'\t', '\t'}, {' ', ' '}};
    static const Ranges cntrl{{0, 0x1F}, {0x7F, 0x7F}};
    static const Ranges digit{{'0', '9'}};
    static const Ranges graph{{'!', '~'}};
    static const Ranges lower{{'a', 'z'}};
    static const Ranges print{{' ', '~'}};
    static const Ranges punct{{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}};
    static const Ranges space{{'\t', '\r'}, {' ', ' '}};
    static const Ranges upper{{'A', 'Z'}};
    static const Ranges word{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
    static const Ranges xdigit{{'0', '9'}, {'A', 'F'}, {'a', 'f'}};
    static const std::pair<std::string_view, const Ranges*> table[] = {
        {"alnum", &alnum}, {"alpha", &alpha}, {"ascii", &ascii}, {"blank", &blank},
        {"cntrl", &cntrl}, {"digit", &digit}, {"graph", &graph}, {"lower", &lower},
        {"print", &print}, {"punct", &punct}, {"space", &space}, {"upper", &upper},
        {"word", &word}, {"xdigit", &xdigit},
    };
    for (auto& [n, r] : table) {
        if (n == name) return r;
    }
    return nullptr;
}

const Ranges* perl_class(char c) {
    static const Ranges d{{'0', '9'}};
    static const Ranges s{{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}};
    static const Ranges w{{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
    switch (c) {
        case 'd': case 'D': return &d;
        case 's': case 'S': return &s;
        case 'w': case 'W': return &w;
        default: return nullptr;
    }
}

int unhex(char32_t c) {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
}

bool is_ascii_alnum(char32_t c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

class RegexParser {
public:
    RegexParser(std::string_view s, std::vector<RuneClass>& classes) : s_(s), classes_(classes) {}

    bool parse(Node& out) {
        if (!parse_alternate(out)) return false;
        if (pos_ < s_.size()) return false;  // unexpected ')'
        return true;
    }

private:
    std::string_view s_;
    std::size_t pos_ = 0;
    std::vector<RuneClass>& classes_;
    int depth_ = 0;

    bool eof() const { return pos_ >= s_.size(); }
    char peek_byte() const { return s_[pos_]; }
    char32_t next_rune() {
        char32_t r;
        pos_ += decode_rune(s_, pos_, r);
        return r;
    }

    bool parse_alternate(Node& out) {
        if (++depth_ > 1000) return false;
        Node first;
        if (!parse_concat(first)) return false;
        if (eof() || peek_byte() != '|') {
            out = std::move(first);
            --depth_;
            return true;
        }
        out = Node{};
        out.op = Node::Op::alternate;
        out.subs.push_back(std::move(first));
        while (!eof() && peek_byte() == '|') {
            ++pos_;
            Node branch;
            if (!parse_concat(branch)) return false;
            out.subs.push_back(std::move(branch));
        }
        --depth_;
        return true;
    }

    bool parse_concat(Node& out) {
        out = Node{};
        out.op = Node::Op::concat;
        bool last_was_repeat = false;
        while (!eof() && peek_byte() != '|' && peek_byte() != ')') {
            char c = peek_byte();
            if (c == '*' || c == '+' || c == '?') {
                ++pos_;
                if (out.subs.empty() || last_was_repeat) return false;  // missing argument / nested repetition
                if (!eof() && peek_byte() == '?') ++pos_;               // non-greedy: same language
                Node rep;
                rep.op = c == '*' ? Node::Op::star : c == '+' ? Node::Op::plus : Node::Op::quest;
                rep.subs.push_back(std::move(out.subs.back()));
                out.subs.back() = std::move(rep);
                last_was_repeat = true;
                continue;
            }
            last_was_repeat = false;
            Node atom;
            switch (c) {
                case '(': {
                    ++pos_;
                    if (!eof() && peek_byte() == '?') return false;  // flags / named groups: never produced
                    if (!parse_alternate(atom)) return false;
                    if (eof() || peek_byte() != ')') return false;  // missing ')'
                    ++pos_;
                    break;
                }
                case '{':
                    if (looks_like_repeat()) return false;  // {n,m}: never produced (translate escapes '{')
                    ++pos_;
                    atom.op = Node::Op::literal;
                    atom.rune = '{';
                    break;
                case '^':
                    ++pos_;
                    atom.op = Node::Op::begin_text;
                    break;
                case '$':
                    ++pos_;
                    atom.op = Node::Op::end_text;
                    break;
                case '.':
                    ++pos_;
                    atom.op = Node::Op::any_not_nl;
                    break;
                case '[':
                    if (!parse_class(atom)) return false;
                    break;
                case '\\': {
                    bool done = false;
                    if (!parse_backslash(out, atom, done)) return false;
                    if (done) continue;  // \Q...\E appended literals directly
                    break;
                }
                default:
                    atom.op = Node::Op::literal;
                    atom.rune = next_rune();
                    break;
            }
            out.subs.push_back(std::move(atom));
        }
        return true;
    }

    bool looks_like_repeat() const {
        std::size_t i = pos_ + 1;
        std::size_t digits = 0;
        while (i < s_.size() && s_[i] >= '0' && s_[i] <= '9') ++i, ++digits;
        if (digits == 0 || i >= s_.size()) return false;
        if (s_[i] == ',') {
            ++i;
            while (i < s_.size() && s_[i] >= '0' && s_[i] <= '9') ++i;
        }
        return i < s_.size() && s_[i] == '}';
    }

    // Go's parseEscape; pos_ at the backslash.
    bool parse_escape(char32_t& out) {
        ++pos_;
        if (eof()) return false;  // trailing backslash
        char32_t c = next_rune();
        if (c < 0x80 && !is_ascii_alnum(c)) {
            out = c;
            return true;
        }
        if (c >= '1' && c <= '7') {
            if (eof() || peek_byte() < '0' || peek_byte() > '7') return false;  // backreference
        }
        if (c >= '0' && c <= '7') {
            char32_t r = c - '0';
            for (int i = 1; i < 3; ++i) {
                if (eof() || peek_byte() < '0' || peek_byte() > '7') break;
                r = r * 8 + static_cast<char32_t>(peek_byte() - '0');
                ++pos_;
            }
            out = r;
            return true;
        }
        switch (c) {
            case 'x': {
                if (eof()) return false;
                char32_t c1 = next_rune();
                if (c1 == '{') {
                    int nhex = 0;
                    char32_t r = 0;
                    for (;;) {
                        if (eof()) return false;
                        char32_t d = next_rune();
                        if (d == '}') break;
                        int v = unhex(d);
                        if (v < 0) return false;
                        r = r * 16 + static_cast<char32_t>(v);
                        if (r > max_rune) return false;
                        ++nhex;
                    }
                    if (nhex == 0) return false;
                    out = r;
                    return true;
                }
                if (eof()) return false;
                char32_t c2 = next_rune();
                int x = unhex(c1), y = unhex(c2);
                if (x < 0 || y < 0) return false;
                out = static_cast<char32_t>(x * 16 + y);
                return true;
            }
            case 'a': out = '\a'; return true;
            case 'f': out = '\f'; return true;
            case 'n': out = '\n'; return true;
            case 'r': out = '\r'; return true;
            case 't': out = '\t'; return true;
            case 'v': out = '\v'; return true;
            default: return false;  // invalid escape
        }
    }

    bool parse_backslash(Node& concat, Node& atom, bool& done) {
        if (pos_ + 1 < s_.size()) {
            switch (s_[pos_ + 1]) {
                case 'A': pos_ += 2; atom.op = Node::Op::begin_text; return true;
                case 'z': pos_ += 2; atom.op = Node::Op::end_text; return true;
                case 'b': pos_ += 2; atom.op = Node::Op::word_boundary; return true;
                case 'B': pos_ += 2; atom.op = Node::Op::no_word_boundary; return true;
                case 'C': return false;
                case 'p': case 'P': return false;  // Unicode classes: unsupported
                case 'Q': {
                    pos_ += 2;
                    std::size_t end = s_.find("\\E", pos_);
                    std::size_t stop = end == std::string_view::npos ? s_.size() : end;
                    while (pos_ < stop) {
                        Node lit;
                        lit.op = Node::Op::literal;
                        lit.rune = next_rune();
                        concat.subs.push_back(std::move(lit));
                    }
                    pos_ = end == std::string_view::npos ? s_.size() : end + 2;
                    done = true;
                    return true;
                }
                default:
                    break;
            }
            if (const Ranges* pc = perl_class(s_[pos_ + 1])) {
                bool neg = s_[pos_ + 1] >= 'A' && s_[pos_ + 1] <= 'Z';
                pos_ += 2;
                RuneClass cls;
                if (neg) cls.add_negated(*pc); else for (auto rg : *pc) cls.add(rg.first, rg.second);
                cls.finish(false);
                atom.op = Node::Op::klass;
                atom.klass = static_cast<std::uint32_t>(classes_.size());
                classes_.push_back(std::move(cls));
                return true;
            }
        }
        char32_t r;
        if (!parse_escape(r)) return false;
        atom.op = Node::Op::literal;
        atom.rune = r;
        return true;
    }

    bool parse_class_char(char32_t& r) {
        if (eof()) return false;  // missing ']'
        if (peek_byte() == '\\') return parse_escape(r);
        r = next_rune();
        return true;
    }

    bool parse_class(Node& atom) {
        ++pos_;  // '['
        RuneClass cls;
        bool negate = false;
        if (!eof() && peek_byte() == '^') {
            negate = true;
            ++pos_;
        }
        bool first = true;
        while (eof() || peek_byte() != ']' || first) {
            first = false;
            if (eof()) return false;
            std::string_view rest = s_.substr(pos_);
            if (rest.size() > 2 && rest[0] == '[' && rest[1] == ':') {
                std::size_t close = rest.find(":]", 2);
                if (close != std::string_view::npos) {
                    std::string_view name = rest.substr(2, close - 2);
                    bool neg = !name.empty() && name[0] == '^';
                    if (neg) name.remove_prefix(1);
                    const Ranges* rg = posix_class(name);
                    if (!rg) return false;  // invalid character class range
                    if (neg) cls.add_negated(*rg); else for (auto x : *rg) cls.add(x.first, x.second);
                    pos_ += close + 2;
                    continue;
                }
            }
            if (rest.size() >= 2 && rest[0] == '\\') {
                if (rest[1] == 'p' || rest[1] == 'P') return false;  // unsupported
                if (const Ranges* pc = perl_class(rest[1])) {
                    if (rest[1] >= 'A' && rest[1] <= 'Z') cls.add_negated(*pc);
                    else for (auto x : *pc) cls.add(x.first, x.second);
                    pos_ += 2;
                    continue;
                }
            }
            char32_t lo, hi;
            if (!parse_class_char(lo)) return false;
            hi = lo;
            if (s_.size() - pos_ >= 2 && s_[pos_] == '-' && s_[pos_ + 1] != ']') {
                ++pos_;
                if (!parse_class_char(hi)) return false;
                if (hi < lo) return false;  // invalid character class range
            }
            cls.add(lo, hi);
        }
        ++pos_;  // ']'
        cls.finish(negate);
        atom.op = Node::Op::klass;
        atom.klass = static_cast<std::uint32_t>(classes_.size());
        classes_.push_back(std::move(cls));
        return true;
    }
};

// ---------------------------------------------------------------------------
// NFA program and its bit-set simulation.

struct Inst {
    enum class Op : std::uint8_t {
        rune, klass, any_not_nl, split, jmp, begin_text, end_text, word_boundary, no_word_boundary, match
    };
    Op op;
    char32_t rune = 0;    // rune
    std::uint32_t x = 0;  // klass index / split & jmp target
    std::uint32_t y = 0;  // split second target
};

struct Program {
    std::vector<Inst> insts;
    std::vector<RuneClass> classes;
    std::string prefix;  // bytes every match starts with
    std::string suffix;  // bytes every match ends with
    std::string infix;   // bytes every match contains (longest literal run outside repetitions)
};

class Compiler {
public:
    explicit Compiler(Program& p) : p_(p) {}

    void emit(const Node& n) {
        auto& v = p_.insts;
        switch (n.op) {
            case Node::Op::literal: v.push_back({Inst::Op::rune, n.rune}); break;
            case Node::Op::klass: v.push_back({Inst::Op::klass, 0, n.klass}); break;
            case Node::Op::any_not_nl: v.push_back({Inst::Op::any_not_nl}); break;
            case Node::Op::begin_text: v.push_back({Inst::Op::begin_text}); break;
            case Node::Op::end_text: v.push_back({Inst::Op::end_text}); break;
            case Node::Op::word_boundary: v.push_back({Inst::Op::word_boundary}); break;
            case Node::Op::no_word_boundary: v.push_back({Inst::Op::no_word_boundary}); break;
            case Node::Op::concat:
                for (const Node& s : n.subs) emit(s);
                break;
            case Node::Op::alternate: {
                std::vector<std::size_t> jumps;
                for (std::size_t i = 0; i < n.subs.size(); ++i) {
                    if (i + 1 < n.subs.size()) {
                        std::size_t split = v.size();
                        v.push_back({Inst::Op::split});
                        v[split].x = static_cast<std::uint32_t>(v.size());
                        emit(n.subs[i]);
                        jumps.push_back(v.size());
                        v.push_back({Inst::Op::jmp});
                        v[split].y = static_cast<std::uint32_t>(v.size());
                    } else {
                        emit(n.subs[i]);
                    }
                }
                for (std::size_t j : jumps) v[j].x = static_cast<std::uint32_t>(v.size());
                break;
            }
            case Node::Op::star: {
                std::size_t split = v.size();
                v.push_back({Inst::Op::split});
                v[split].x = static_cast<std::uint32_t>(v.size());
                emit(n.subs[0]);
                v.push_back({Inst::Op::jmp, 0, static_cast<std::uint32_t>(split)});
                v[split].y = static_cast<std::uint32_t>(v.size());
                break;
            }
            case Node::Op::plus: {
                std::size_t start = v.size();
                emit(n.subs[0]);
                std::size_t split = v.size();
                v.push_back({Inst::Op::split, 0, static_cast<std::uint32_t>(start)});
                v[split].y = static_cast<std::uint32_t>(v.size());
                break;
            }
            case Node::Op::quest: {
                std::size_t split = v.size();
                v.push_back({Inst::Op::split});
                v[split].x = static_cast<std::uint32_t>(v.size());
                emit(n.subs[0]);
                v[split].y = static_cast<std::uint32_t>(v.size());
                break;
            }
        }
    }

private:
    Program& p_;
};

// Literal runs that every match must start / end with, so most paths are
// rejected by a memcmp before the NFA runs. U+FFFD is left out: the regexp
// literal also matches an invalid byte.
void compute_affixes(const Node& root, Program& p) {
    if (root.op != Node::Op::concat) return;
    const auto& subs = root.subs;
    std::size_t i = 0;
    if (i < subs.size() && subs[i].op == Node::Op::begin_text) {
        while (i < subs.size() && subs[i].op == Node::Op::begin_text) ++i;
        for (; i < subs.size() && subs[i].op == Node::Op::literal && subs[i].rune != rune_error; ++i) {
            append_utf8(p.prefix, subs[i].rune);
        }
    }
    std::size_t j = subs.size();
    if (j > 0 && subs[j - 1].op == Node::Op::end_text) {
        while (j > 0 && subs[j - 1].op == Node::Op::end_text) --j;
        std::size_t k = j;
        while (k > 0 && subs[k - 1].op == Node::Op::literal && subs[k - 1].rune != rune_error) --k;
        for (std::size_t m = k; m < j; ++m) append_utf8(p.suffix, subs[m].rune);
    }
    std::string run;
    for (std::size_t m = 0; m <= subs.size(); ++m) {
        if (m < subs.size() && subs[m].op == Node::Op::literal && subs[m].rune != rune_error) {
            append_utf8(run, subs[m].rune);
            continue;
        }
        if (run.size() > p.infix.size()) p.infix = run;
        run.clear();
    }
    // Already covered by the cheaper anchored checks.
    if (p.infix.size() <= p.prefix.size() || p.infix.size() <= p.suffix.size()) p.infix.clear();
}

bool compile_regex(std::string_view regex, Program& out) {
    Node root;
    RegexParser parser(regex, out.classes);
    if (!parser.parse(root)) return false;
    Compiler(out).emit(root);
    out.insts.push_back({Inst::Op::match});
    compute_affixes(root, out);
    return true;
}

bool is_word_rune(char32_t r) noexcept {
    return r < 0x80 && (is_ascii_alnum(r) || r == '_');
}

// Scratch memory for one simulation: two state sets and a work stack.
class Scratch {
public:
    explicit Scratch(std::size_t ninst) : words_((ninst + 63) / 64) {
        // The closure stack holds at most 1 + 2 * ninst pcs (each pc expands once, into <= 2).
        if (words_ * 2 <= inline_words && ninst * 2 + 2 <= inline_stack) {
            cur_ = inline_bits_.data();
            next_ = inline_bits_.data() + words_;
            stack_ = inline_stack_.data();
        } else {
            heap_bits_.assign(words_ * 2, 0);
            heap_stack_.resize(ninst * 2 + 2);
            cur_ = heap_bits_.data();
            next_ = heap_bits_.data() + words_;
            stack_ = heap_stack_.data();
        }
        std::memset(cur_, 0, words_ * sizeof(std::uint64_t));
    }
    std::size_t words() const { return words_; }
    std::uint64_t* cur() { return cur_; }
    std::uint64_t* next() { return next_; }
    std::uint32_t* stack() { return stack_; }
    void swap() { std::swap(cur_, next_); }

private:
    static constexpr std::size_t inline_words = 16;   // 512 instructions
    static constexpr std::size_t inline_stack = 1024;
    std::size_t words_;
    std::array<std::uint64_t, inline_words> inline_bits_;
    std::array<std::uint32_t, inline_stack> inline_stack_;
    std::vector<std::uint64_t> heap_bits_;
    std::vector<std::uint32_t> heap_stack_;
    std::uint64_t* cur_ = nullptr;
    std::uint64_t* next_ = nullptr;
    std::uint32_t* stack_ = nullptr;
};

bool run_program(const Program& prog, std::string_view text) {
    if (text.size() < prog.prefix.size() || text.size() < prog.suffix.size()) return false;
    if (text.compare(0, prog.prefix.size(), prog.prefix) != 0) return false;
    if (text.compare(text.size() - prog.suffix.size(), prog.suffix.size(), prog.suffix) != 0) return false;
    if (!prog.infix.empty() && text.find(prog.infix) == std::string_view::npos) return false;

    const auto& insts = prog.insts;
    const auto match_pc = static_cast<std::uint32_t>(insts.size() - 1);
    Scratch s(insts.size());
    const std::size_t words = s.words();

    std::size_t pos = 0;
    char32_t prev = static_cast<char32_t>(-1);  // no rune before the start

    // Adds pc and everything reachable from it without consuming input at `at`.
    auto add = [&](std::uint64_t* set, std::uint32_t start, std::size_t at, char32_t before) {
        std::uint32_t* stack = s.stack();
        std::size_t top = 0;
        stack[top++] = start;
        bool have_after = false;
        char32_t after = static_cast<char32_t>(-1);
        auto next_rune = [&]() {
            if (!have_after) {
                have_after = true;
                if (at < text.size()) decode_rune(text, at, after);
            }
            return after;
        };
        while (top > 0) {
            std::uint32_t pc = stack[--top];
            std::uint64_t bit = std::uint64_t{1} << (pc & 63);
            if (set[pc >> 6] & bit) continue;
            set[pc >> 6] |= bit;
            const Inst& in = insts[pc];
            switch (in.op) {
                case Inst::Op::jmp: stack[top++] = in.x; break;
                case Inst::Op::split:
                    stack[top++] = in.y;
                    stack[top++] = in.x;
                    break;
                case Inst::Op::begin_text:
                    if (at == 0) stack[top++] = pc + 1;
                    break;
                case Inst::Op::end_text:
                    if (at == text.size()) stack[top++] = pc + 1;
                    break;
                case Inst::Op::word_boundary:
                case Inst::Op::no_word_boundary: {
                    bool b = is_word_rune(before) != is_word_rune(next_rune());
                    if (b == (in.op == Inst::Op::word_boundary)) stack[top++] = pc + 1;
                    break;
                }
                default:
                    break;
            }
        }
    };

    add(s.cur(), 0, 0, prev);
    for (;;) {
        std::uint64_t* cur = s.cur();
        if ((cur[match_pc >> 6] >> (match_pc & 63)) & 1) return true;
        if (pos >= text.size()) return false;
        char32_t r;
        std::size_t w = decode_rune(text, pos, r);
        std::uint64_t* next = s.next();
        std::memset(next, 0, words * sizeof(std::uint64_t));
        bool any = false;
        for (std::size_t wi = 0; wi < words; ++wi) {
            std::uint64_t bits = cur[wi];
            while (bits) {
                auto pc = static_cast<std::uint32_t>(wi * 64 + static_cast<unsigned>(__builtin_ctzll(bits)));
                bits &= bits - 1;
                const Inst& in = insts[pc];
                bool ok = false;
                switch (in.op) {
                    case Inst::Op::rune: ok = in.rune == r; break;
                    case Inst::Op::klass: ok = prog.classes[in.x].contains(r); break;
                    case Inst::Op::any_not_nl: ok = r != '\n'; break;
                    default: break;
                }
                if (ok) {
                    add(next, pc + 1, pos + w, r);
                    any = true;
                }
            }
        }
        if (!any) return false;
        s.swap();
        pos += w;
        prev = r;
    }
}

}  // namespace

// ---------------------------------------------------------------------------
// Public helpers

std::string_view trim_space(std::string_view s) noexcept {
    // Leading.
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t r;
        std::size_t n = decode_rune(s, i, r);
        if (r == rune_error && n == 1) break;
        if (!is_go_space(r)) break;
        i += n;
    }
    s.remove_prefix(i);
    // Trailing: step back over whole runes.
    while (!s.empty()) {
        std::size_t start = s.size() - 1;
        while (start > 0 && s.size() - start < 4 &&
               (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
            --start;
        }
        char32_t r;
        std::size_t n = decode_rune(s, start, r);
        if (start + n != s.size()) {  // not a complete rune ending here: a stray byte
            r = rune_error;
            n = 1;
            start = s.size() - 1;
        }
        if (!is_go_space(r)) break;
        s.remove_suffix(n);
    }
    return s;
}

std::string clean_path(std::string_view path) {
    if (path.empty()) return ".";
    const bool rooted = path[0] == '/';
    const std::size_t n = path.size();
    std::string out;
    out.reserve(n);
    std::size_t r = 0, dotdot = 0;
    if (rooted) {
        out += '/';
        r = 1;
        dotdot = 1;
    }
    while (r < n) {
        if (path[r] == '/') {
            ++r;
        } else if (path[r] == '.' && (r + 1 == n || path[r + 1] == '/')) {
            ++r;
        } else if (path[r] == '.' && path[r + 1] == '.' && (r + 2 == n || path[r + 2] == '/')) {
            r += 2;
            if (out.size() > dotdot) {
                out.pop_back();
                while (out.size() > dotdot && out.back() != '/') out.pop_back();
                // Go's writer keeps the separator position as its length; drop it too.
                if (out.size() > dotdot && out.back() == '/') out.pop_back();
            } else if (!rooted) {
                if (!out.empty()) out += '/';
                out += "..";
                dotdot = out.size();
            }
        } else {
            if ((rooted && out.size() != 1) || (!rooted && !out.empty())) out += '/';
            for (; r < n && path[r] != '/'; ++r) out += path[r];
        }
    }
    if (out.empty()) return ".";
    return out;
}

ReadResult read_ignore_file(std::string_view text) {
    ReadResult result;
    constexpr std::size_t max_token = 64 * 1024;  // bufio.MaxScanTokenSize
    std::size_t pos = 0;
    std::uint32_t line = 0;
    while (pos < text.size()) {
        std::size_t nl = text.find('\n', pos);
        std::string_view raw = nl == std::string_view::npos ? text.substr(pos) : text.substr(pos, nl - pos);
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        if (raw.size() >= max_token) {
            result.patterns.clear();
            result.lines.clear();
            result.error = "error reading .dockerignore: bufio.Scanner: token too long";
            result.error_line = line + 1;
            return result;
        }
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        if (line == 0 && raw.starts_with("\xEF\xBB\xBF")) raw.remove_prefix(3);
        ++line;
        if (raw.starts_with('#')) continue;
        std::string_view p = trim_space(raw);
        if (p.empty()) continue;
        const bool invert = p[0] == '!';
        if (invert) p = trim_space(p.substr(1));
        std::string out;
        if (!p.empty()) {
            out = clean_path(p);
            if (out.size() > 1 && out[0] == '/') out.erase(0, 1);
        }
        if (invert) out.insert(out.begin(), '!');
        result.patterns.push_back(std::move(out));
        result.lines.push_back(line);
    }
    return result;
}

// ---------------------------------------------------------------------------
// Matcher

namespace {

struct Compiled {
    Kind kind = Kind::exact;
    bool evaluable = true;
    std::string literal;            // exact: the pattern; prefix: without "**"; suffix: without leading "**"
    bool suffix_also_exact = false; // "**/foo" also matches "foo"
    Program program;
};

// patternWithoutTrailingGlob(p) + "/" and whether it still holds glob characters.
std::string walk_prefix(std::string_view text) {
    if (text.ends_with("/**")) text.remove_suffix(3);
    if (text.ends_with("/*")) text.remove_suffix(2);
    std::string s(text);
    s += '/';
    return s;
}

bool has_walk_glob(std::string_view prefix_with_slash) {
    return prefix_with_slash.find_first_of("*[]?^\\") != std::string_view::npos;
}

Compiled compile_one(const std::string& text) {
    Compiled c;
    Translation t = translate(text);
    c.kind = t.kind;
    switch (t.kind) {
        case Kind::exact:
            c.literal = text;
            break;
        case Kind::prefix:
            c.literal = text.substr(0, text.size() - 2);
            break;
        case Kind::suffix:
            c.literal = text.substr(2);
            c.suffix_also_exact = !c.literal.empty() && c.literal[0] == '/';
            break;
        case Kind::regex:
            c.evaluable = compile_regex(t.regex, c.program);
            break;
    }
    return c;
}

// One step of patternmatcher.New for one entry. Returns false with `err` set
// on an error, false with empty `err` for a skipped (blank) entry.
bool prepare_pattern(const std::string& raw, Pattern& out, std::string& err) {
    err.clear();
    std::string_view p = trim_space(raw);
    if (p.empty()) return false;
    std::string cleaned = clean_path(p);
    bool exclusion = false;
    if (cleaned[0] == '!') {
        if (cleaned.size() == 1) {
            err = illegal_exclusion_message;
            return false;
        }
        exclusion = true;
        cleaned.erase(0, 1);
    }
    if (!glob_syntax_ok(cleaned)) {
        err = bad_pattern_message;
        return false;
    }
    out.text = std::move(cleaned);
    out.exclusion = exclusion;
    return true;
}

}  // namespace

struct Matcher::Impl {
    std::vector<Pattern> patterns;
    std::vector<Compiled> compiled;
    bool exclusions = false;
    std::size_t words = 0;
    // fsutil skip-dir data
    bool only_prefix_includes = true;
    bool only_prefix_exclude_exceptions = true;
    std::vector<std::string> include_prefixes;    // non-exclusion patterns
    std::vector<std::string> exception_prefixes;  // exclusion patterns

    // 1 match, 0 no match, -1 evaluation error.
    int eval(std::size_t i, std::string_view path) const {
        const Compiled& c = compiled[i];
        switch (c.kind) {
            case Kind::exact:
                return path == c.literal;
            case Kind::prefix:
                return path.starts_with(c.literal);
            case Kind::suffix:
                if (path.ends_with(c.literal)) return 1;
                return c.suffix_also_exact && path == std::string_view(c.literal).substr(1);
            case Kind::regex:
                if (!c.evaluable) return -1;
                return run_program(c.program, path);
        }
        return 0;
    }
};

namespace {

// The parent directory of `path` as Go's filepath.Dir computes it, as a view
// into `path` when that is already clean (the usual case), else cleaned into
// `storage`. Returns false when the parent is "." (no parent to check).
bool parent_dir(std::string_view path, std::string& storage, std::string_view& parent) {
    std::size_t slash = path.rfind('/');
    if (slash == std::string_view::npos) return false;  // Clean("") == "."
    std::string_view head = path.substr(0, slash);
    bool clean = !head.empty();
    if (clean) {
        std::size_t start = 0;
        if (head[0] == '/') start = 1;
        // Each component must be non-empty and not "." / "..".
        std::size_t i = start;
        while (clean && i <= head.size()) {
            std::size_t e = head.find('/', i);
            if (e == std::string_view::npos) e = head.size();
            std::string_view comp = head.substr(i, e - i);
            if (comp.empty() || comp == "." || comp == "..") clean = false;
            i = e + 1;
        }
        if (head == "/") clean = false;
    }
    if (clean) {
        parent = head;
        return true;
    }
    storage = clean_path(path.substr(0, slash + 1));
    if (storage == ".") return false;
    parent = storage;
    return true;
}

// Does pattern i match any parent directory prefix of `parent` (inclusive)?
// Errors count as "no match", as upstream ignores them here.
bool parent_matches(const Matcher::Impl& impl, std::size_t i, std::string_view parent) {
    for (std::size_t k = parent.find('/'); k != std::string_view::npos; k = parent.find('/', k + 1)) {
        if (impl.eval(i, parent.substr(0, k)) == 1) return true;
    }
    return impl.eval(i, parent) == 1;
}

std::shared_ptr<const Matcher::Impl> empty_impl() {
    static const std::shared_ptr<const Matcher::Impl> impl = std::make_shared<Matcher::Impl>();
    return impl;
}

}  // namespace

Matcher::Matcher() : impl_(empty_impl()) {}

Result<Matcher> Matcher::compile(std::span<const std::string> patterns) {
    Result<Matcher> result;
    auto impl = std::make_shared<Impl>();
    std::string err;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        Pattern p;
        if (!prepare_pattern(patterns[i], p, err)) {
            if (err.empty()) continue;
            result.error.message = err;
            result.error.pattern_index = i;
            return result;
        }
        p.source_index = i;
        Compiled c = compile_one(p.text);
        p.evaluable = c.evaluable;
        if (p.exclusion) impl->exclusions = true;

        std::string prefix = walk_prefix(p.text);
        if (has_walk_glob(std::string_view(prefix).substr(0, prefix.size() - 1))) {
            (p.exclusion ? impl->only_prefix_exclude_exceptions : impl->only_prefix_includes) = false;
        }
        (p.exclusion ? impl->exception_prefixes : impl->include_prefixes).push_back(std::move(prefix));

        impl->patterns.push_back(std::move(p));
        impl->compiled.push_back(std::move(c));
    }
    impl->words = (impl->patterns.size() + 63) / 64;
    Matcher m;
    m.impl_ = std::move(impl);
    result.value = std::move(m);
    return result;
}

Result<Matcher> Matcher::compile(const ReadResult& file) {
    Result<Matcher> r = compile(std::span<const std::string>(file.patterns));
    if (!r.ok() && r.error.pattern_index < file.lines.size()) r.error.line = file.lines[r.error.pattern_index];
    return r;
}

const std::vector<Pattern>& Matcher::patterns() const noexcept { return impl_->patterns; }

bool Matcher::has_exclusions() const noexcept { return impl_->exclusions; }

MatchResult Matcher::match(std::string_view path) const {
    const Impl& impl = *impl_;
    MatchResult res;
    std::string storage;
    std::string_view parent;
    int have_parent = -1;  // computed on first need
    for (std::size_t i = 0; i < impl.patterns.size(); ++i) {
        const bool exclusion = impl.patterns[i].exclusion;
        if (exclusion != res.matched) continue;
        int m = impl.eval(i, path);
        if (m < 0) {
            return MatchResult{false, -1, true, static_cast<std::int32_t>(i)};
        }
        if (m == 0) {
            if (have_parent < 0) have_parent = parent_dir(path, storage, parent) ? 1 : 0;
            if (have_parent == 1) m = parent_matches(impl, i, parent);
        }
        if (m == 1) {
            res.matched = !exclusion;
            res.decided_by = static_cast<std::int32_t>(i);
        }
    }
    return res;
}

MatchResult Matcher::match_exact(std::string_view path) const {
    const Impl& impl = *impl_;
    MatchResult res;
    for (std::size_t i = 0; i < impl.patterns.size(); ++i) {
        const bool exclusion = impl.patterns[i].exclusion;
        if (exclusion != res.matched) continue;
        int m = impl.eval(i, path);
        if (m < 0) return MatchResult{false, -1, true, static_cast<std::int32_t>(i)};
        if (m == 1) {
            res.matched = !exclusion;
            res.decided_by = static_cast<std::int32_t>(i);
        }
    }
    return res;
}

MatchResult Matcher::match_using_parent(std::string_view path, const ParentMatches& parent,
                                        ParentMatches* out) const {
    const Impl& impl = *impl_;
    MatchResult res;
    const bool have_parent_bits = !parent.bits_.empty();
    assert(!have_parent_bits || parent.bits_.size() == impl.words);
    if (out) out->bits_.assign(impl.words, 0);
    std::string storage;
    std::string_view parent_path;
    int have_parent_path = -1;
    for (std::size_t i = 0; i < impl.patterns.size(); ++i) {
        const bool exclusion = impl.patterns[i].exclusion;
        bool m = have_parent_bits && ((parent.bits_[i >> 6] >> (i & 63)) & 1);
        if (!m) {
            if (exclusion != res.matched) continue;
            int e = impl.eval(i, path);
            if (e < 0) return MatchResult{false, -1, true, static_cast<std::int32_t>(i)};
            m = e == 1;
            if (!m && !have_parent_bits) {
                if (have_parent_path < 0) have_parent_path = parent_dir(path, storage, parent_path) ? 1 : 0;
                if (have_parent_path == 1) m = parent_matches(impl, i, parent_path);
            }
        }
        if (m) {
            if (out) out->bits_[i >> 6] |= std::uint64_t{1} << (i & 63);
            res.matched = !exclusion;
            res.decided_by = static_cast<std::int32_t>(i);
        }
    }
    return res;
}

namespace {
bool any_prefix_below(const std::vector<std::string>& prefixes, std::string_view dir) {
    for (const std::string& p : prefixes) {
        // strings.HasPrefix(patStr, dir + "/")
        if (p.size() > dir.size() && p.compare(0, dir.size(), dir) == 0 && p[dir.size()] == '/') return true;
    }
    return false;
}
}  // namespace

bool Matcher::can_skip_excluded_dir(std::string_view dir) const {
    const Impl& impl = *impl_;
    if (!impl.only_prefix_exclude_exceptions) return false;
    if (!impl.exclusions) return true;
    return !any_prefix_below(impl.exception_prefixes, dir);
}

bool Matcher::can_skip_unincluded_dir(std::string_view dir) const {
    const Impl& impl = *impl_;
    if (!impl.only_prefix_includes) return false;
    return !any_prefix_below(impl.include_prefixes, dir);
}

Result<bool> matches(std::string_view path, std::span<const std::string> patterns) {
    Result<bool> out;
    Result<Matcher> m = Matcher::compile(patterns);
    if (!m.ok()) {
        out.error = std::move(m.error);
        return out;
    }
    std::string cleaned = clean_path(path);
    if (cleaned == ".") {
        out.value = false;
        return out;
    }
    MatchResult r = m->match(cleaned);
    if (r.error) {
        out.error.message = bad_pattern_message;
        out.error.pattern_index = m->patterns()[static_cast<std::size_t>(r.error_pattern)].source_index;
        return out;
    }
    out.value = r.matched;
    return out;
}

std::vector<PatternIssue> check_patterns(std::span<const std::string> patterns) {
    std::vector<PatternIssue> issues;
    std::string err;
    for (std::size_t i = 0; i < patterns.size(); ++i) {
        Pattern p;
        if (!prepare_pattern(patterns[i], p, err)) {
            if (!err.empty()) issues.push_back({i, err, false});
            continue;
        }
        if (!compile_one(p.text).evaluable) issues.push_back({i, std::string(bad_pattern_message), true});
    }
    return issues;
}

}  // namespace dflint::ignore
