#include "unicode/unicode.hpp"

#include <algorithm>

#include "unicode/tables.hpp"

namespace dflint::unicode {
namespace {

bool in_table(const tables::CodePointRange* table, std::size_t size, char32_t c) noexcept {
    const auto* end = table + size;
    const auto* it = std::upper_bound(table, end, c, [](char32_t v, const tables::CodePointRange& r) { return v < r.first; });
    if (it == table) return false;
    --it;
    return c >= it->first && c <= it->last;
}

}  // namespace

bool is_letter(char32_t c) noexcept {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return in_table(tables::letter, tables::letter_size, c);
}

bool is_digit(char32_t c) noexcept {
    if (c < 0x80) return c >= '0' && c <= '9';
    return in_table(tables::digit, tables::digit_size, c);
}

bool is_print(char32_t c) noexcept {
    if (c < 0x80) return c >= 0x20 && c < 0x7F;
    return in_table(tables::printable, tables::printable_size, c);
}

std::string_view trim_left_space(std::string_view s) noexcept {
    std::size_t i = 0;
    while (i < s.size()) {
        auto d = decode(s, i);
        if (!is_space(d.cp) || (d.cp == replacement_char && d.size == 1)) break;
        i += d.size;
    }
    return s.substr(i);
}

std::string_view trim_right_space(std::string_view s) noexcept {
    std::size_t end = s.size();
    while (end > 0) {
        // Find the start of the last code point (at most 4 bytes back).
        std::size_t start = end - 1;
        while (start > 0 && end - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        auto d = decode(s, start);
        if (start + d.size != end) {  // invalid tail byte: not a space
            break;
        }
        if (!is_space(d.cp)) break;
        end = start;
    }
    return s.substr(0, end);
}

void append_go_quoted(std::string& out, std::string_view s) {
    static constexpr char hex[] = "0123456789abcdef";
    out.push_back('"');
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b >= 0x20 && b < 0x7F) {
            if (b == '"' || b == '\\') out.push_back('\\');
            out.push_back(char(b));
            ++i;
            continue;
        }
        auto d = decode(s, i);
        if (d.cp == replacement_char && d.size == 1) {
            out += "\\x";
            out.push_back(hex[b >> 4]);
            out.push_back(hex[b & 15]);
            ++i;
            continue;
        }
        const char32_t c = d.cp;
        if (is_print(c)) {
            out.append(s.substr(i, d.size));
        } else {
            switch (c) {
                case '\a': out += "\\a"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                case '\v': out += "\\v"; break;
                default:
                    if (c < 0x20 || c == 0x7F) {
                        out += "\\x";
                        out.push_back(hex[c >> 4]);
                        out.push_back(hex[c & 15]);
                    } else if (c < 0x10000) {
                        out += "\\u";
                        for (int shift = 12; shift >= 0; shift -= 4) out.push_back(hex[(c >> shift) & 15]);
                    } else {
                        out += "\\U";
                        for (int shift = 28; shift >= 0; shift -= 4) out.push_back(hex[(c >> shift) & 15]);
                    }
            }
        }
        i += d.size;
    }
    out.push_back('"');
}

std::string to_lower(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b < 0x80) {
            out.push_back(b >= 'A' && b <= 'Z' ? char(b + 32) : char(b));
            ++i;
            continue;
        }
        auto d = decode(s, i);
        char32_t c = d.cp;
        if (d.cp == replacement_char && d.size == 1) {
            // Go's ToLower maps invalid bytes to U+FFFD as well.
            append_utf8(out, c);
            ++i;
            continue;
        }
        // Latin-1 Supplement and Latin Extended-A/Greek/Cyrillic basics.
        if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) c += 0x20;
        else if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x138 && c != 0x149 && c != 0x178 && (c & 1) == 0 && !(c >= 0x139 && c <= 0x148) && !(c >= 0x179 && c <= 0x17E)) c += 1;
        else if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && (c & 1) == 1) c += 1;
        else if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) c += 0x20;
        else if (c >= 0x410 && c <= 0x42F) c += 0x20;
        else if (c >= 0x400 && c <= 0x40F) c += 0x50;
        append_utf8(out, c);
        i += d.size;
    }
    return out;
}

}  // namespace dflint::unicode
