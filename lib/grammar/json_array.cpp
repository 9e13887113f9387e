// The one translation unit that instantiates the exec-form grammar, plus the
// string decoding that follows Go's encoding/json.
#include "grammar/grammar.hpp"
#include "grammar/json_array_def.hpp"
#include "unicode/unicode.hpp"

namespace dflint::grammar {
namespace json {
BOOST_SPIRIT_INSTANTIATE(array_type, iterator_type, context_type)
}  // namespace json

namespace {

unsigned hex_value(char c) {
    if (c >= '0' && c <= '9') return unsigned(c - '0');
    if (c >= 'a' && c <= 'f') return unsigned(c - 'a' + 10);
    return unsigned(c - 'A' + 10);
}

// Decodes a validated JSON string literal (quotes included) like Go does:
// invalid UTF-8 and unpaired surrogates become U+FFFD.
std::string decode_string(std::string_view lit) {
    std::string out;
    out.reserve(lit.size());
    const std::size_t end = lit.size() - 1;
    std::size_t i = 1;
    auto read_u = [&](std::size_t at) {
        return (hex_value(lit[at]) << 12) | (hex_value(lit[at + 1]) << 8) | (hex_value(lit[at + 2]) << 4) | hex_value(lit[at + 3]);
    };
    while (i < end) {
        const auto c = static_cast<unsigned char>(lit[i]);
        if (c == '\\') {
            const char e = lit[i + 1];
            switch (e) {
                case 'b': out.push_back('\b'); i += 2; break;
                case 'f': out.push_back('\f'); i += 2; break;
                case 'n': out.push_back('\n'); i += 2; break;
                case 'r': out.push_back('\r'); i += 2; break;
                case 't': out.push_back('\t'); i += 2; break;
                case 'u': {
                    char32_t cp = read_u(i + 2);
                    i += 6;
                    if (cp >= 0xD800 && cp < 0xDC00) {
                        if (i + 6 <= end && lit[i] == '\\' && lit[i + 1] == 'u') {
                            const char32_t lo = read_u(i + 2);
                            if (lo >= 0xDC00 && lo < 0xE000) {
                                cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                                i += 6;
                            } else {
                                cp = unicode::replacement_char;
                            }
                        } else {
                            cp = unicode::replacement_char;
                        }
                    } else if (cp >= 0xDC00 && cp < 0xE000) {
                        cp = unicode::replacement_char;
                    }
                    unicode::append_utf8(out, cp);
                    break;
                }
                default: out.push_back(e); i += 2; break;  // " \ /
            }
            continue;
        }
        if (c < 0x80) {
            out.push_back(char(c));
            ++i;
            continue;
        }
        auto d = unicode::decode(lit.substr(0, end), i);
        if (d.cp == unicode::replacement_char && d.size == 1) unicode::append_utf8(out, d.cp);
        else out.append(lit.substr(i, d.size));
        i += d.size;
    }
    return out;
}

}  // namespace

JsonArrayStatus parse_json_array(std::string_view text, std::vector<JsonElement>& out) {
    out.clear();
    json::array_state state;
    state.base = text.data();
    const char* first = text.data();
    const char* last = text.data() + text.size();
    const bool ok = boost::spirit::x3::parse(first, last, boost::spirit::x3::with<json::array_state_tag>(std::ref(state))[json::array]);
    if (!ok) return JsonArrayStatus::not_json;
    if (!state.all_strings) return JsonArrayStatus::not_string_array;
    out.reserve(state.strings.size());
    for (const auto& s : state.strings) {
        out.push_back({decode_string(text.substr(s.begin, s.end - s.begin)), s.begin, s.end});
    }
    return JsonArrayStatus::ok;
}

}  // namespace dflint::grammar
