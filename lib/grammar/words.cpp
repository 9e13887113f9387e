// Instantiates the word grammars for both escape characters and implements
// split_words / extract_flags on top of them.
#include "grammar/grammar.hpp"
#include "grammar/words_def.hpp"

namespace dflint::grammar {
namespace {

namespace x3 = boost::spirit::x3;

template <char Esc>
void split_words_impl(std::string_view text, std::vector<WordSpan>& out) {
    static auto const word = words::shell_word_def_holder<Esc>::def();
    const char* const base = text.data();
    const char* first = base;
    const char* const last = base + text.size();
    while (first != last) {
        // Skip white space between words.
        while (first != last && x3::parse(first, last, words::space_cp)) {
        }
        if (first == last) break;
        const char* start = first;
        words::word_state state;
        if (!x3::parse(first, last, x3::with<words::word_state_tag>(std::ref(state))[word]) || first == start) {
            // Cannot happen for non-space input; guard against a stuck loop.
            ++first;
            continue;
        }
        std::string_view raw(start, static_cast<std::size_t>(first - start));
        if (state.dropped_trailing_escape && first == last) raw.remove_suffix(1);
        WordSpan span;
        span.begin = static_cast<std::uint32_t>(start - base);
        span.end = static_cast<std::uint32_t>(first - base);
        // Go builds the word rune by rune: invalid UTF-8 becomes U+FFFD.
        span.text.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size();) {
            const auto d = unicode::decode(raw, i);
            if (d.cp == unicode::replacement_char && d.size == 1) unicode::append_utf8(span.text, d.cp);
            else span.text.append(raw.substr(i, d.size));
            i += d.size;
        }
        out.push_back(std::move(span));
    }
}

// BuildKit appends each flag byte as string(rune(b)): bytes >= 0x80 come out
// re-encoded as if they were Latin-1.
std::string latin1_to_utf8(const std::string& bytes) {
    std::string out;
    out.reserve(bytes.size());
    for (unsigned char b : bytes) unicode::append_utf8(out, char32_t(b));
    return out;
}

template <char Esc>
std::size_t extract_flags_impl(std::string_view text, std::vector<FlagWord>& out) {
    static auto const flag = words::shell_word_def_holder<Esc>::flag_def();
    const char* const base = text.data();
    const char* first = base;
    const char* const last = base + text.size();
    for (;;) {
        while (first != last && unicode::is_space_byte(static_cast<unsigned char>(*first))) ++first;
        if (first == last) return text.size();
        if (last - first < 2 || first[0] != '-' || first[1] != '-') return static_cast<std::size_t>(first - base);
        const char* start = first;
        std::string word;
        x3::parse(first, last, flag, word);  // always matches: the input starts with "--"
        if (word == "--") {
            // A bare "--" ends the flags and is dropped.
            return first == last ? text.size() : static_cast<std::size_t>(first - base);
        }
        out.push_back({latin1_to_utf8(word), static_cast<std::uint32_t>(start - base), static_cast<std::uint32_t>(first - base)});
    }
}

}  // namespace

void split_words(std::string_view text, char escape, std::vector<WordSpan>& out) {
    if (escape == '`') split_words_impl<'`'>(text, out);
    else split_words_impl<'\\'>(text, out);
}

std::size_t extract_flags(std::string_view text, char escape, std::vector<FlagWord>& out) {
    return escape == '`' ? extract_flags_impl<'`'>(text, out) : extract_flags_impl<'\\'>(text, out);
}

}  // namespace dflint::grammar
