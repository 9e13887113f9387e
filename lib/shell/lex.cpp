// BuildKit's shell word lexer (moby/buildkit frontend/dockerfile/shell/lex.go),
// written again in C++: variable expansion, quote removal and word splitting
// for Dockerfile instruction arguments.
//
// The Go code reads the word with text/scanner and matches `${v#p}`-style
// patterns with Go's regexp (RE2, leftmost-first). Both are mirrored here
// without their libraries: a rune scanner with the same quirks (invalid
// UTF-8 reads as U+FFFD, a leading BOM is skipped) and a small matcher for
// the only regexes BuildKit builds from a glob (literals, `.`, `.*`, `.*?`).
#include "dflint/shell.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <memory>
#include <utility>

#include "unicode/unicode.hpp"

namespace dflint::shell {
namespace {

using rune = std::int32_t;
constexpr rune eof = -1;  // text/scanner's EOF

void put_rune(std::string& out, rune ch) {
    if (ch >= 0 && ch < 0x80) {
        out.push_back(static_cast<char>(ch));
    } else {
        // Go's string(rune(-1)) is U+FFFD.
        unicode::append_utf8(out, ch < 0 ? unicode::replacement_char : static_cast<char32_t>(ch));
    }
}

bool is_name_digit(rune ch) {
    if (ch < 0x80) return ch >= '0' && ch <= '9';
    return unicode::is_digit(static_cast<char32_t>(ch));
}

bool is_name_letter(rune ch) {
    if (ch < 0x80) return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    return unicode::is_letter(static_cast<char32_t>(ch));
}

// POSIX special parameters ($@, $*, …): BuildKit reads them as one-character names.
bool is_special_param(rune ch) {
    switch (ch) {
        case '@': case '*': case '#': case '?': case '-': case '$': case '!': case '0':
            return true;
        default:
            return false;
    }
}

// Runes of a string as Go's `[]rune(s)` gives them, with the byte offset of
// each (offsets has one more entry: the string's size).
void decode_runes(std::string_view s, std::vector<char32_t>& runes, std::vector<std::uint32_t>* offsets) {
    runes.clear();
    if (offsets) offsets->clear();
    std::size_t i = 0;
    while (i < s.size()) {
        if (offsets) offsets->push_back(static_cast<std::uint32_t>(i));
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            runes.push_back(b);
            ++i;
        } else {
            const auto d = unicode::decode(s, i);
            runes.push_back(d.cp);
            i += d.size;
        }
    }
    if (offsets) offsets->push_back(static_cast<std::uint32_t>(s.size()));
}

// ---------------------------------------------------------------------------
// Glob patterns (convertShellPatternToRegex and the RE2 match it feeds).

struct GlobToken {
    enum Kind : std::uint8_t { literal, any, star };
    Kind kind;
    char32_t cp;
};

constexpr std::uint32_t bom = 0xFEFF;

// convertShellPatternToRegex, producing tokens instead of regex text. Always
// uses `\` as the escape, whatever the Dockerfile's escape character.
bool compile_glob(std::string_view pattern, std::vector<GlobToken>& tokens, std::string& error) {
    tokens.clear();
    std::vector<char32_t> runes;
    decode_runes(pattern, runes, nullptr);
    std::size_t i = 0;
    // text/scanner drops a byte order mark at the very start.
    if (!runes.empty() && runes[0] == bom) i = 1;
    const std::size_t n = runes.size();
    for (; i < n; ++i) {
        const char32_t tok = runes[i];
        if (tok == '*') {
            tokens.push_back({GlobToken::star, 0});
        } else if (tok == '?') {
            tokens.push_back({GlobToken::any, 0});
        } else if (tok == '\\') {
            // `\}` and `\/` protect the ${} syntax; the escape is not part of the pattern.
            if (i + 1 < n && (runes[i + 1] == '}' || runes[i + 1] == '/')) continue;
            ++i;
            const char32_t escaped = i < n ? runes[i] : unicode::replacement_char;
            if (i >= n || (escaped != '*' && escaped != '?' && escaped != '\\')) {
                error = "invalid escape '\\";
                unicode::append_utf8(error, escaped);
                error += "'";
                return false;
            }
            tokens.push_back({GlobToken::literal, escaped});
        } else {
            tokens.push_back({GlobToken::literal, tok});
        }
    }
    return true;
}

// For every start position p in [0, n], the end of the match of `tokens`
// beginning at p, or -1. The match is the one RE2's leftmost-first semantics
// pick: what a backtracking matcher trying `.*` longest-first (or `.*?`
// shortest-first) would find. Computed as a table over (token, position)
// from the last token backwards, keeping two rows: O(tokens × n) time,
// O(n) memory, no recursion. `.` and `.*` do not match '\n' (no (?s) flag).
void match_ends(const std::vector<GlobToken>& tokens, bool greedy, const char32_t* text, int n,
                std::vector<int>& ends) {
    std::vector<int> cur(static_cast<std::size_t>(n) + 2);
    ends.assign(static_cast<std::size_t>(n) + 2, -1);
    for (int p = 0; p <= n; ++p) ends[p] = p;  // after the last token: matched
    // `ends` holds row i+1 while row i is built in `cur`.
    for (std::size_t t = tokens.size(); t-- > 0;) {
        const GlobToken tok = tokens[t];
        cur[n + 1] = -1;
        for (int p = n; p >= 0; --p) {
            const bool has = p < n;
            switch (tok.kind) {
                case GlobToken::literal:
                    cur[p] = has && text[p] == tok.cp ? ends[p + 1] : -1;
                    break;
                case GlobToken::any:
                    cur[p] = has && text[p] != '\n' ? ends[p + 1] : -1;
                    break;
                case GlobToken::star:
                    if (greedy) {
                        cur[p] = has && text[p] != '\n' && cur[p + 1] >= 0 ? cur[p + 1] : ends[p];
                    } else {
                        cur[p] = ends[p] >= 0 ? ends[p] : (has && text[p] != '\n' ? cur[p + 1] : -1);
                    }
                    break;
            }
        }
        std::swap(cur, ends);
    }
}

// reversePattern: reverses the runes of a pattern but keeps `\x` pairs in order.
std::string reverse_pattern(std::string_view pattern) {
    std::vector<char32_t> runes;
    decode_runes(pattern, runes, nullptr);
    std::vector<char32_t> out(runes.size());
    if (!runes.empty()) {
        const std::size_t last = runes.size() - 1;
        for (std::size_t i = 0; i <= last;) {
            const std::size_t o = last - i;
            if (runes[i] == '\\' && i != last) {
                out[o - 1] = runes[i];
                out[o] = runes[i + 1];
                i += 2;
            } else {
                out[o] = runes[i];
                ++i;
            }
        }
    }
    std::string s;
    s.reserve(pattern.size());
    for (auto cp : out) unicode::append_utf8(s, cp);
    return s;
}

std::string invalid_pattern(std::string_view pattern, const std::string& why) {
    std::string msg = "invalid pattern (";
    msg += pattern;
    msg += ") in substitution: ";
    msg += why;
    return msg;
}

// ${v#p} / ${v##p}: drop the anchored leftmost-first match of p.
bool trim_prefix(std::string_view pattern, std::string& value, bool greedy, std::string& error) {
    std::vector<GlobToken> tokens;
    std::string why;
    if (!compile_glob(pattern, tokens, why)) {
        error = invalid_pattern(pattern, why);
        return false;
    }
    std::vector<char32_t> runes;
    std::vector<std::uint32_t> offsets;
    decode_runes(value, runes, &offsets);
    std::vector<int> ends;
    match_ends(tokens, greedy, runes.data(), static_cast<int>(runes.size()), ends);
    if (ends[0] >= 0) value.erase(0, offsets[static_cast<std::size_t>(ends[0])]);
    return true;
}

// ${v%p} / ${v%%p}: BuildKit reverses the value and the pattern and trims a
// prefix, because RE2 cannot ask for the shortest rightmost match. The value
// goes through []rune twice, so invalid UTF-8 in it comes back as U+FFFD.
bool trim_suffix(std::string_view pattern, std::string& value, bool greedy, std::string& error) {
    const std::string reversed = reverse_pattern(pattern);
    std::vector<GlobToken> tokens;
    std::string why;
    if (!compile_glob(reversed, tokens, why)) {
        error = invalid_pattern(reversed, why);
        return false;
    }
    std::vector<char32_t> runes;
    decode_runes(value, runes, nullptr);
    std::reverse(runes.begin(), runes.end());
    std::vector<int> ends;
    const int n = static_cast<int>(runes.size());
    match_ends(tokens, greedy, runes.data(), n, ends);
    const int drop = ends[0] >= 0 ? ends[0] : 0;
    std::string out;
    out.reserve(value.size());
    for (int i = n - 1; i >= drop; --i) unicode::append_utf8(out, runes[static_cast<std::size_t>(i)]);
    value = std::move(out);
    return true;
}

// Go's Regexp.Expand for a regex without groups: `$$` is `$`, `$0`/`${0}`
// is the match, any other well-formed `$name`/`${name}` is empty, and a
// malformed one stays as written.
void expand_template(std::string& dst, std::string_view tmpl, std::string_view match) {
    while (!tmpl.empty()) {
        const auto dollar = tmpl.find('$');
        if (dollar == std::string_view::npos) break;
        dst.append(tmpl.substr(0, dollar));
        tmpl.remove_prefix(dollar + 1);
        if (!tmpl.empty() && tmpl[0] == '$') {
            dst.push_back('$');
            tmpl.remove_prefix(1);
            continue;
        }
        // extract(): a name of letters, digits and '_', optionally in braces.
        std::string_view str = tmpl;
        bool brace = false;
        if (!str.empty() && str[0] == '{') {
            brace = true;
            str.remove_prefix(1);
        }
        std::size_t i = 0;
        while (i < str.size()) {
            const auto d = unicode::decode(str, i);
            if (!unicode::is_letter(d.cp) && !unicode::is_digit(d.cp) && d.cp != '_') break;
            i += d.size;
        }
        bool ok = i > 0;
        const std::string_view name = str.substr(0, i);
        if (ok && brace) {
            if (i >= str.size() || str[i] != '}') ok = false;
            else ++i;
        }
        if (!ok) {
            dst.push_back('$');
            continue;
        }
        tmpl = str.substr(i);
        // Only group 0 exists; "0" is its only spelling (no leading zeros).
        if (name == "0") dst.append(match);
    }
    dst.append(tmpl);
}

// ${v/p/r} and ${v//p/r}: Go's FindStringIndex / ReplaceAllString with the
// greedy, unanchored regex of p.
void replace_pattern(const std::vector<GlobToken>& tokens, std::string& value, std::string_view replacement,
                     bool all) {
    std::vector<char32_t> runes;
    std::vector<std::uint32_t> off;
    decode_runes(value, runes, &off);
    const int n = static_cast<int>(runes.size());
    std::vector<int> ends;
    match_ends(tokens, true, runes.data(), n, ends);
    auto find_from = [&](int from) {
        for (int p = from; p <= n; ++p)
            if (ends[p] >= 0) return p;
        return -1;
    };
    if (!all) {
        const int p = find_from(0);
        if (p < 0) return;
        std::string out;
        out.reserve(value.size() + replacement.size());
        out.append(value, 0, off[p]);
        out.append(replacement);
        out.append(value, off[ends[p]], std::string::npos);
        value = std::move(out);
        return;
    }
    std::string out;
    out.reserve(value.size());
    int last_end = 0;
    int search = 0;
    const bool has_dollar = replacement.find('$') != std::string_view::npos;
    while (search <= n) {
        const int a0 = find_from(search);
        if (a0 < 0) break;
        const int a1 = ends[a0];
        out.append(value, off[last_end], off[a0] - off[last_end]);
        // No replacement for an empty match right after the previous match.
        if (a1 > last_end || a0 == 0) {
            if (has_dollar) {
                expand_template(out, replacement, std::string_view(value).substr(off[a0], off[a1] - off[a0]));
            } else {
                out.append(replacement);
            }
        }
        last_end = a1;
        search = a1 == search ? search + 1 : a1;
    }
    out.append(value, off[last_end], std::string::npos);
    value = std::move(out);
}

// ---------------------------------------------------------------------------
// The word lexer (shellWord).

// wordsStruct: splits unquoted text on white space while expanding.
struct WordSplitter {
    std::string word;
    std::vector<std::string> words;
    bool in_word = false;

    void add_raw_char(rune ch) {
        put_rune(word, ch);
        in_word = true;
    }
    void add_char(rune ch) {
        if (unicode::is_space(static_cast<char32_t>(ch))) {
            if (in_word && !word.empty()) {
                words.push_back(std::move(word));
                word.clear();
                in_word = false;
            }
        } else {
            add_raw_char(ch);
        }
    }
    void add_string(std::string_view s) {
        std::size_t i = 0;
        while (i < s.size()) {
            const auto b = static_cast<unsigned char>(s[i]);
            if (b < 0x80) {
                add_char(b);
                ++i;
            } else {
                const auto d = unicode::decode(s, i);
                add_char(static_cast<rune>(d.cp));
                i += d.size;
            }
        }
    }
    void add_raw_string(std::string_view s) {
        word.append(s);
        in_word = true;
    }
    std::vector<std::string> finish() {
        if (!word.empty()) words.push_back(std::move(word));
        word.clear();
        in_word = false;
        return std::move(words);
    }
};

constexpr std::string_view missing_brace = "syntax error: missing '}'";

class Lexer {
public:
    Lexer(std::string_view src, const Lookup& env, const LexOptions& options)
        : src_(src), env_(env), opt_(options),
          escape_(static_cast<unsigned char>(options.escape)), raw_escapes_(options.raw_escapes) {
        // text/scanner skips a byte order mark at the start of its input.
        if (src_.size() >= 3 && src_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
    }

    bool run(std::string& result, WordSplitter* words) {
        return process_stop_on(eof, opt_.raw_escapes, result, words);
    }

    std::string error;
    std::vector<std::string> matched;
    std::vector<std::string> unmatched;

private:
    std::string_view src_;
    std::size_t pos_ = 0;
    const Lookup& env_;
    const LexOptions& opt_;
    rune escape_;
    bool raw_escapes_;

    rune peek() const {
        if (pos_ >= src_.size()) return eof;
        const auto b = static_cast<unsigned char>(src_[pos_]);
        if (b < 0x80) return b;
        return static_cast<rune>(unicode::decode(src_, pos_).cp);
    }

    rune next() {
        if (pos_ >= src_.size()) return eof;
        const auto b = static_cast<unsigned char>(src_[pos_]);
        if (b < 0x80) {
            ++pos_;
            return b;
        }
        const auto d = unicode::decode(src_, pos_);
        pos_ += d.size;
        return static_cast<rune>(d.cp);
    }

    bool fail(std::string message) {
        error = std::move(message);
        return false;
    }

    static void record(std::vector<std::string>& names, std::string_view name) {
        if (std::find(names.begin(), names.end(), name) == names.end()) names.emplace_back(name);
    }

    std::optional<std::string> lookup(std::string_view name) {
        std::optional<std::string> value;
        if (env_) value = env_(name);
        record(value ? matched : unmatched, name);
        return value;
    }

    // processStopOn: reads up to `stop` (consumed) or the end of the input.
    bool process_stop_on(rune stop, bool raw_escapes, std::string& out, WordSplitter* words) {
        struct Restore {
            bool& flag;
            bool saved;
            ~Restore() { flag = saved; }
        } restore{raw_escapes_, raw_escapes_};
        raw_escapes_ = raw_escapes;

        for (rune ch = peek(); ch != eof; ch = peek()) {
            if (stop != eof && ch == stop) {
                next();
                return true;
            }
            if (ch == '$') {
                const std::size_t before = out.size();
                if (!process_dollar(out)) return false;
                // Expanded text is split on white space…
                if (words) words->add_string(std::string_view(out).substr(before));
                continue;
            }
            if ((ch == '\'' || ch == '"') && !opt_.skip_process_quotes) {
                const std::size_t before = out.size();
                if (!(ch == '\'' ? process_single_quote(out) : process_double_quote(out))) return false;
                // …quoted text is not.
                if (words) words->add_raw_string(std::string_view(out).substr(before));
                continue;
            }
            ch = next();
            if (ch == escape_) {
                if (raw_escapes_) {
                    if (words) words->add_raw_char(ch);
                    put_rune(out, ch);
                }
                ch = next();
                if (ch == eof) break;  // a trailing escape is dropped
                if (words) words->add_raw_char(ch);
            } else if (words) {
                words->add_char(ch);
            }
            put_rune(out, ch);
        }
        if (stop != eof) {
            std::string msg = "unexpected end of statement while looking for matching ";
            put_rune(msg, stop);
            return fail(std::move(msg));
        }
        return true;
    }

    bool process_single_quote(std::string& out) {
        rune ch = next();
        if (opt_.raw_quotes) put_rune(out, ch);
        for (;;) {
            ch = next();
            if (ch == eof) return fail("unexpected end of statement while looking for matching single-quote");
            if (ch == '\'') {
                if (opt_.raw_quotes) put_rune(out, ch);
                return true;
            }
            put_rune(out, ch);
        }
    }

    bool process_double_quote(std::string& out) {
        rune ch = next();
        if (opt_.raw_quotes) put_rune(out, ch);
        for (;;) {
            const rune p = peek();
            if (p == eof) return fail("unexpected end of statement while looking for matching double-quote");
            if (p == '"') {
                ch = next();
                if (opt_.raw_quotes) put_rune(out, ch);
                return true;
            }
            if (p == '$') {
                if (!process_dollar(out)) return false;
                continue;
            }
            ch = next();
            if (ch == escape_) {
                // As in BuildKit, with raw escapes an escape before an ordinary
                // character is written twice (once here, once as the character).
                if (raw_escapes_) put_rune(out, ch);
                const rune after = peek();
                if (after == eof) continue;  // the loop then reports the missing quote
                if (after == '"' || after == '$' || after == escape_) ch = next();
            }
            put_rune(out, ch);
        }
    }

    // processName. Name characters decode to themselves, so the name is a
    // view of the source.
    std::string_view process_name() {
        const std::size_t start = pos_;
        rune ch = peek();
        if (ch == eof) return {};
        if (is_name_digit(ch)) {  // positional parameter: all the digits
            while ((ch = peek()) != eof && is_name_digit(ch)) next();
            return src_.substr(start, pos_ - start);
        }
        if (is_special_param(ch)) {
            next();
            return src_.substr(start, pos_ - start);
        }
        while ((ch = peek()) != eof && (is_name_letter(ch) || is_name_digit(ch) || ch == '_')) next();
        return src_.substr(start, pos_ - start);
    }

    static std::string unsupported(std::string_view chs) {
        std::string msg = "unsupported modifier (";
        msg += chs;
        msg += ") in substitution";
        return msg;
    }

    bool process_dollar(std::string& out) {
        next();  // '$'
        if (peek() != '{') {
            const std::string_view name = process_name();
            if (name.empty()) {
                out.push_back('$');
                return true;
            }
            const auto value = lookup(name);
            if (!value && opt_.skip_unset) {
                out.push_back('$');
                out.append(name);
            } else if (value) {
                out.append(*value);
            }
            return true;
        }

        next();  // '{'
        switch (peek()) {
            case eof:
                return fail(std::string(missing_brace));
            case '{': case '}': case ':':
                return fail("syntax error: bad substitution");
            default:
                break;
        }
        const std::string_view name = process_name();
        rune ch = next();
        if (ch == '}') {
            const auto value = lookup(name);
            if (!value && opt_.skip_unset) {
                out += "${";
                out.append(name);
                out.push_back('}');
            } else if (value) {
                out.append(*value);
            }
            return true;
        }
        // `${name` at the end of the input. The lex.go read for this port has no
        // case for it and would report "unsupported modifier (\uFFFD) in
        // substitution" (Go's string(EOF)); we give the clearer message.
        if (ch == eof) return fail(std::string(missing_brace));
        if (ch == '/') return process_replace(name, out);

        std::string chs;
        put_rune(chs, ch);
        bool null_is_unset = false;
        if (ch == ':') {
            // Go falls through to the +-?#% case with whatever follows the
            // ':', so `${v:=w}` reads `w` (and honours skip_unset) before
            // failing as an unsupported modifier.
            null_is_unset = true;
            ch = next();
            put_rune(chs, ch);
        } else if (ch != '+' && ch != '-' && ch != '?' && ch != '#' && ch != '%') {
            return fail(unsupported(chs));
        }
        const bool pattern_mode = ch == '#' || ch == '%';
        if (null_is_unset && pattern_mode) return fail(unsupported(chs));

        std::string word;
        if (!process_stop_on('}', pattern_mode, word, nullptr)) {
            if (peek() == eof) error = missing_brace;
            return false;
        }

        auto found = lookup(name);
        const bool set = found.has_value();
        if (opt_.skip_unset && !set) {
            out += "${";
            out.append(name);
            out += chs;
            out += word;
            out.push_back('}');
            return true;
        }
        std::string value = set ? std::move(*found) : std::string();

        switch (ch) {
            case '-':
                out += !set || (null_is_unset && value.empty()) ? word : value;
                return true;
            case '+':
                if (!(!set || (null_is_unset && value.empty()))) out += word;
                return true;
            case '?':
                if (!set || (null_is_unset && value.empty())) {
                    std::string msg(name);
                    msg += ": ";
                    msg += !word.empty() ? word : !set ? "is not allowed to be unset" : "is not allowed to be empty";
                    return fail(std::move(msg));
                }
                out += value;
                return true;
            case '%':
            case '#': {
                // One '#'/'%' is the shortest match, two the longest.
                bool greedy = false;
                std::string_view pattern = word;
                if (!pattern.empty() && pattern[0] == static_cast<char>(ch)) {
                    greedy = true;
                    pattern.remove_prefix(1);
                }
                const bool ok = ch == '%' ? trim_suffix(pattern, value, greedy, error)
                                          : trim_prefix(pattern, value, greedy, error);
                if (!ok) return false;
                out += value;
                return true;
            }
            default:
                return fail(unsupported(chs));
        }
    }

    bool process_replace(std::string_view name, std::string& out) {
        const bool all = peek() == '/';
        if (all) next();
        std::string pattern;
        if (!process_stop_on('/', true, pattern, nullptr)) {
            if (peek() == eof) error = "syntax error: missing '/' in ${}";
            return false;
        }
        std::string replacement;
        if (!process_stop_on('}', true, replacement, nullptr)) {
            if (peek() == eof) error = missing_brace;
            return false;
        }
        auto found = lookup(name);
        if (opt_.skip_unset && !found) {
            // BuildKit writes a single '/' back even for `//`.
            out += "${";
            out.append(name);
            out.push_back('/');
            out += pattern;
            out.push_back('/');
            out += replacement;
            out.push_back('}');
            return true;
        }
        std::vector<GlobToken> tokens;
        std::string why;
        if (!compile_glob(pattern, tokens, why)) return fail(invalid_pattern(pattern, why));
        std::string value = found ? std::move(*found) : std::string();
        replace_pattern(tokens, value, replacement, all);
        out += value;
        return true;
    }
};

void finish_names(std::vector<std::string>& names) {
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
}

// Nothing to expand, unquote or re-encode: the word is its own result.
bool is_plain(std::string_view word, const LexOptions& options) {
    for (const char c : word) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 || c == '$' || c == options.escape) return false;
        if ((c == '\'' || c == '"') && !options.skip_process_quotes) return false;
    }
    return true;
}

ExpandResult process(std::string_view word, const Lookup& env, const LexOptions& options, bool split) {
    ExpandResult result;
    WordSplitter splitter;
    Lexer lexer(word, env, options);
    if (!lexer.run(result.word, split ? &splitter : nullptr)) {
        result.ok = false;
        result.error = std::move(lexer.error);
        result.word.clear();
    } else if (split) {
        result.words = splitter.finish();
    }
    result.matched = std::move(lexer.matched);
    result.unmatched = std::move(lexer.unmatched);
    finish_names(result.matched);
    finish_names(result.unmatched);
    return result;
}

// ---------------------------------------------------------------------------
// find_variables: the same walk as the lexer, recording instead of expanding.

class ReferenceScanner {
public:
    ReferenceScanner(std::string_view src, char escape, std::vector<VariableRef>& out)
        : src_(src), escape_(static_cast<unsigned char>(escape)), out_(out) {
        if (src_.size() >= 3 && src_.compare(0, 3, "\xEF\xBB\xBF") == 0) pos_ = 3;
    }

    void scan(rune stop) {
        for (rune ch = peek(); ch != eof; ch = peek()) {
            if (stop != eof && ch == stop) {
                next();
                return;
            }
            if (ch == '$') {
                dollar();
            } else if (ch == '\'') {
                next();
                while ((ch = next()) != eof && ch != '\'') {
                }
            } else if (ch == '"') {
                double_quote();
            } else {
                next();
                if (ch == escape_) next();
            }
        }
    }

private:
    std::string_view src_;
    std::size_t pos_ = 0;
    rune escape_;
    std::vector<VariableRef>& out_;

    rune peek() const {
        if (pos_ >= src_.size()) return eof;
        const auto b = static_cast<unsigned char>(src_[pos_]);
        return b < 0x80 ? rune(b) : static_cast<rune>(unicode::decode(src_, pos_).cp);
    }
    rune next() {
        if (pos_ >= src_.size()) return eof;
        const auto b = static_cast<unsigned char>(src_[pos_]);
        if (b < 0x80) {
            ++pos_;
            return b;
        }
        const auto d = unicode::decode(src_, pos_);
        pos_ += d.size;
        return static_cast<rune>(d.cp);
    }

    void double_quote() {
        next();
        for (;;) {
            const rune p = peek();
            if (p == eof) return;
            if (p == '"') {
                next();
                return;
            }
            if (p == '$') {
                dollar();
                continue;
            }
            if (next() == escape_) {
                const rune after = peek();
                if (after == '"' || after == '$' || after == escape_) next();
            }
        }
    }

    std::string_view name() {
        const std::size_t start = pos_;
        rune ch = peek();
        if (ch == eof) return {};
        if (is_name_digit(ch)) {
            while ((ch = peek()) != eof && is_name_digit(ch)) next();
        } else if (is_special_param(ch)) {
            next();
        } else {
            while ((ch = peek()) != eof && (is_name_letter(ch) || is_name_digit(ch) || ch == '_')) next();
        }
        return src_.substr(start, pos_ - start);
    }

    void dollar() {
        const std::size_t begin = pos_;
        next();
        if (peek() != '{') {
            const auto n = name();
            if (!n.empty()) out_.push_back({std::string(n), begin, pos_});
            return;
        }
        next();
        const rune p = peek();
        if (p == eof || p == '{' || p == '}' || p == ':') return;  // BuildKit: syntax error
        const auto n = name();
        const std::size_t index = out_.size();
        if (!n.empty()) out_.push_back({std::string(n), begin, 0});
        const rune ch = next();
        switch (ch) {
            case '}':
            case eof:
                break;
            case '/':
                if (peek() == '/') next();
                scan('/');
                scan('}');
                break;
            case ':':
                next();
                scan('}');
                break;
            case '+': case '-': case '?': case '#': case '%':
                scan('}');
                break;
            default:
                break;  // BuildKit: unsupported modifier
        }
        if (!n.empty()) out_[index].end = pos_;
    }
};

}  // namespace

ExpandResult process_word(std::string_view word, const Lookup& env, const LexOptions& options) {
    if (is_plain(word, options)) {
        ExpandResult result;
        result.word.assign(word);
        return result;
    }
    return process(word, env, options, false);
}

ExpandResult process_words(std::string_view word, const Lookup& env, const LexOptions& options) {
    return process(word, env, options, true);
}

Lookup env_from_list(const std::vector<std::string>& entries) {
    auto map = std::make_shared<std::map<std::string, std::string, std::less<>>>();
    for (const auto& entry : entries) {
        const auto eq = entry.find('=');
        if (eq == std::string::npos) {
            (*map)[entry] = std::string();
        } else {
            (*map)[entry.substr(0, eq)] = entry.substr(eq + 1);
        }
    }
    return [map](std::string_view name) -> std::optional<std::string> {
        const auto it = map->find(name);
        if (it == map->end()) return std::nullopt;
        return it->second;
    };
}

// Walks the word like the lexer (quotes, escapes, nested `${a:-$b}` words,
// `${a/p/r}` parts) without expanding. References BuildKit would reject as
// syntax errors (`${}`, `${:x}`) are left out; an unterminated `${a…` is
// reported up to the end of the word. Positional and special parameters
// (`$1`, `$@`) are reported too: BuildKit looks them up like any name.
std::vector<VariableRef> find_variables(std::string_view word, char escape) {
    std::vector<VariableRef> refs;
    if (word.find('$') == std::string_view::npos) return refs;
    ReferenceScanner scanner(word, escape, refs);
    scanner.scan(eof);
    return refs;
}

}  // namespace dflint::shell
