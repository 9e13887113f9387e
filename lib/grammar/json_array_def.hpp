#pragma once
// Spirit X3 definition of the exec-form grammar: a JSON array whose elements
// are recognised as strings (kept with their source span) or as any other JSON
// value (validated, then reported as "not a string array", as BuildKit does).
#include <boost/spirit/home/x3.hpp>

#include "grammar/json_array.hpp"

namespace dflint::grammar::json {

namespace x3 = boost::spirit::x3;

// Any JSON value, validated iteratively (no recursion, so a deeply nested
// input cannot exhaust the stack; Go's decoder stops at depth 10000 too).
struct any_value_parser : x3::parser<any_value_parser> {
    using attribute_type = x3::unused_type;
    static constexpr bool has_attribute = false;

    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute&) const {
        It it = first;
        if (!skip_value(it, last)) return false;
        first = it;
        return true;
    }

    template <typename It>
    static void skip_ws(It& it, It const& last) {
        while (it != last && (*it == ' ' || *it == '\t' || *it == '\n' || *it == '\r')) ++it;
    }

    template <typename It>
    static bool skip_string(It& it, It const& last) {
        if (it == last || *it != '"') return false;
        ++it;
        while (it != last) {
            const auto c = static_cast<unsigned char>(*it);
            if (c == '"') { ++it; return true; }
            if (c < 0x20) return false;
            if (c == '\\') {
                ++it;
                if (it == last) return false;
                const char e = *it;
                if (e == 'u') {
                    for (int k = 0; k < 4; ++k) {
                        ++it;
                        if (it == last || !std::isxdigit(static_cast<unsigned char>(*it))) return false;
                    }
                } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r' && e != 't') {
                    return false;
                }
            }
            ++it;
        }
        return false;
    }

    template <typename It>
    static bool skip_scalar(It& it, It const& last) {
        auto lit = [&](const char* word) {
            It p = it;
            for (; *word; ++word, ++p)
                if (p == last || *p != *word) return false;
            it = p;
            return true;
        };
        if (it == last) return false;
        switch (*it) {
            case '"': return skip_string(it, last);
            case 't': return lit("true");
            case 'f': return lit("false");
            case 'n': return lit("null");
            default: break;
        }
        // number: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
        auto digit = [&](It p) { return p != last && *p >= '0' && *p <= '9'; };
        It p = it;
        if (p != last && *p == '-') ++p;
        if (!digit(p)) return false;
        if (*p == '0') ++p;
        else while (digit(p)) ++p;
        if (p != last && *p == '.') {
            ++p;
            if (!digit(p)) return false;
            while (digit(p)) ++p;
        }
        if (p != last && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p != last && (*p == '+' || *p == '-')) ++p;
            if (!digit(p)) return false;
            while (digit(p)) ++p;
        }
        it = p;
        return true;
    }

    template <typename It>
    static bool skip_value(It& it, It const& last) {
        // Explicit stack of open containers: '[' or '{'.
        std::string stack;
        bool expect_value = true;
        for (;;) {
            skip_ws(it, last);
            if (it == last) return false;
            if (expect_value) {
                if (*it == '[' || *it == '{') {
                    if (stack.size() >= 10000) return false;
                    const char open = *it;
                    stack.push_back(open);
                    ++it;
                    skip_ws(it, last);
                    if (it == last) return false;
                    if ((open == '[' && *it == ']') || (open == '{' && *it == '}')) {
                        ++it;
                        stack.pop_back();
                        expect_value = false;
                    } else if (open == '{') {
                        if (!skip_string(it, last)) return false;
                        skip_ws(it, last);
                        if (it == last || *it != ':') return false;
                        ++it;
                    }
                    if (stack.empty() && !expect_value) return true;
                    continue;
                }
                if (!skip_scalar(it, last)) return false;
                expect_value = false;
                if (stack.empty()) return true;
                continue;
            }
            // After a value inside a container: ',' or the closing bracket.
            const char top = stack.back();
            if (*it == ',') {
                ++it;
                if (top == '{') {
                    skip_ws(it, last);
                    if (!skip_string(it, last)) return false;
                    skip_ws(it, last);
                    if (it == last || *it != ':') return false;
                    ++it;
                }
                expect_value = true;
                continue;
            }
            if ((top == '[' && *it == ']') || (top == '{' && *it == '}')) {
                ++it;
                stack.pop_back();
                if (stack.empty()) return true;
                continue;
            }
            return false;
        }
    }
};

inline constexpr any_value_parser any_value{};

using x3::lit;
using x3::raw;
using x3::eoi;

auto const ws = x3::omit[*x3::char_(" \t\n\r")];

// A JSON string literal: validated here, decoded by the caller from its span.
struct string_literal_parser : x3::parser<string_literal_parser> {
    using attribute_type = x3::unused_type;
    static constexpr bool has_attribute = false;
    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute&) const {
        It it = first;
        if (!any_value_parser::skip_string(it, last)) return false;
        first = it;
        return true;
    }
};
inline constexpr string_literal_parser string_literal{};

// element: a string (reported with its span) or any other value (marks the array non-string).
auto const on_string = [](auto& ctx) {
    auto& state = x3::get<array_state_tag>(ctx).get();
    const auto& span = x3::_attr(ctx);
    state.strings.push_back({static_cast<std::uint32_t>(span.begin() - state.base),
                             static_cast<std::uint32_t>(span.end() - state.base)});
};
auto const on_other = [](auto& ctx) { x3::get<array_state_tag>(ctx).get().all_strings = false; };

auto const element = raw[string_literal][on_string] | any_value[on_other];

array_type const array = "json array";
auto const array_def = lit('[') >> ws >> -(element % (ws >> ',' >> ws)) >> ws >> lit(']') >> ws >> eoi;

BOOST_SPIRIT_DEFINE(array)

}  // namespace dflint::grammar::json
