#pragma once
// UTF-8 decoding and code point classes with Go's semantics: BuildKit is written
// in Go, and its parser, lexer and dump format follow Go's unicode package.
#include <cstdint>
#include <string>
#include <string_view>

namespace dflint::unicode {

inline constexpr char32_t replacement_char = 0xFFFD;

struct Decoded {
    char32_t cp;
    std::uint32_t size;  // bytes consumed, >= 1 unless at end
};

// Like Go's utf8.DecodeRuneInString: an invalid or truncated sequence decodes
// as U+FFFD with size 1; overlong forms and surrogates are invalid.
inline Decoded decode(std::string_view s, std::size_t pos) noexcept {
    const auto n = s.size() - pos;
    const auto b0 = static_cast<unsigned char>(s[pos]);
    if (b0 < 0x80) return {b0, 1};
    auto cont = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        if (n >= 2 && (cont(1) & 0xC0) == 0x80) return {char32_t(((b0 & 0x1F) << 6) | (cont(1) & 0x3F)), 2};
        return {replacement_char, 1};
    }
    if (b0 >= 0xE0 && b0 <= 0xEF) {
        if (n < 3) return {replacement_char, 1};
        const auto b1 = cont(1), b2 = cont(2);
        const unsigned lo = b0 == 0xE0 ? 0xA0 : 0x80, hi = b0 == 0xED ? 0x9F : 0xBF;
        if (b1 < lo || b1 > hi || (b2 & 0xC0) != 0x80) return {replacement_char, 1};
        return {char32_t(((b0 & 0x0F) << 12) | ((b1 & 0x3F) << 6) | (b2 & 0x3F)), 3};
    }
    if (b0 >= 0xF0 && b0 <= 0xF4) {
        if (n < 4) return {replacement_char, 1};
        const auto b1 = cont(1), b2 = cont(2), b3 = cont(3);
        const unsigned lo = b0 == 0xF0 ? 0x90 : 0x80, hi = b0 == 0xF4 ? 0x8F : 0xBF;
        if (b1 < lo || b1 > hi || (b2 & 0xC0) != 0x80 || (b3 & 0xC0) != 0x80) return {replacement_char, 1};
        return {char32_t(((b0 & 0x07) << 18) | ((b1 & 0x3F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F)), 4};
    }
    return {replacement_char, 1};
}

inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        if (cp >= 0xD800 && cp <= 0xDFFF) cp = replacement_char;
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp <= 0x10FFFF) {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        append_utf8(out, replacement_char);
    }
}

// Go's unicode.IsSpace.
constexpr bool is_space(char32_t c) noexcept {
    switch (c) {
        case '\t': case '\n': case '\v': case '\f': case '\r': case ' ':
        case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029:
        case 0x202F: case 0x205F: case 0x3000:
            return true;
        default:
            return c >= 0x2000 && c <= 0x200A;
    }
}

// Go's unicode.IsSpace applied to one byte taken as a code point (BuildKit's
// byte-wise loops do `unicode.IsSpace(rune(line[i]))`).
constexpr bool is_space_byte(unsigned char b) noexcept { return is_space(char32_t(b)); }

// BuildKit's reWhitespace: [\t\v\f\r ]
constexpr bool is_ws_sep(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

bool is_letter(char32_t c) noexcept;  // Go unicode.IsLetter
bool is_digit(char32_t c) noexcept;   // Go unicode.IsDigit
bool is_print(char32_t c) noexcept;   // Go strconv.IsPrint

// strings.TrimSpace / TrimLeftFunc(unicode.IsSpace) on UTF-8 text.
std::string_view trim_left_space(std::string_view s) noexcept;
std::string_view trim_right_space(std::string_view s) noexcept;
inline std::string_view trim_space(std::string_view s) noexcept { return trim_right_space(trim_left_space(s)); }

// Go's strconv.Quote.
void append_go_quoted(std::string& out, std::string_view s);

// Go's strings.ToLower (Unicode simple lower case for ASCII and Latin
// letters; other code points unchanged).
std::string to_lower(std::string_view s);

}  // namespace dflint::unicode
