#pragma once
// Word grammars, byte for byte what BuildKit's hand-written loops accept.
//
// shell_word (parseWords, used for ENV/LABEL/ARG): runs of non-space code
// points where quotes group white space and the escape character protects the
// next code point; quote and escape characters stay in the word.
//
// flag_word (extractBuilderFlags): a "--" word; quotes are removed and the
// escape character is applied. BuildKit walks this one byte by byte.
#include <boost/spirit/home/x3.hpp>

#include "grammar/words.hpp"
#include "unicode/unicode.hpp"

namespace dflint::grammar::words {

namespace x3 = boost::spirit::x3;

// One code point that is (or is not) Go white space, decoded like Go does.
template <bool Space>
struct code_point_parser : x3::parser<code_point_parser<Space>> {
    using attribute_type = x3::unused_type;
    static constexpr bool has_attribute = false;
    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute&) const {
        if (first == last) return false;
        const std::string_view rest(first, static_cast<std::size_t>(last - first));
        const auto d = unicode::decode(rest, 0);
        if (unicode::is_space(d.cp) != Space) return false;
        first += d.size;
        return true;
    }
};
inline constexpr code_point_parser<true> space_cp{};
inline constexpr code_point_parser<false> non_space_cp{};

// One code point of any kind.
struct any_cp_parser : x3::parser<any_cp_parser> {
    using attribute_type = x3::unused_type;
    static constexpr bool has_attribute = false;
    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute&) const {
        if (first == last) return false;
        first += unicode::decode(std::string_view(first, static_cast<std::size_t>(last - first)), 0).size;
        return true;
    }
};
inline constexpr any_cp_parser any_cp{};

// A byte that Go's unicode.IsSpace accepts when the byte is taken as a rune.
struct space_byte_parser : x3::parser<space_byte_parser> {
    using attribute_type = x3::unused_type;
    static constexpr bool has_attribute = false;
    template <typename It, typename Context, typename RContext, typename Attribute>
    bool parse(It& first, It const& last, Context const&, RContext&, Attribute&) const {
        if (first == last || !unicode::is_space_byte(static_cast<unsigned char>(*first))) return false;
        ++first;
        return true;
    }
};
inline constexpr space_byte_parser space_byte{};

auto const note_dropped_escape = [](auto& ctx) { x3::get<word_state_tag>(ctx).get().dropped_trailing_escape = true; };

template <char Esc>
struct shell_word_def_holder {
    static constexpr char sq = '\'';
    static constexpr char dq = '"';
    static auto def() {
        auto const esc = x3::lit(Esc);
        auto const escaped = esc >> (any_cp | x3::eoi[note_dropped_escape]);
        auto const single_quoted = x3::lit(sq) >> *(any_cp - x3::lit(sq)) >> (x3::lit(sq) | x3::eoi);
        auto const double_quoted = x3::lit(dq) >> *((esc >> (any_cp | x3::eoi[note_dropped_escape])) | (any_cp - x3::lit(dq))) >> (x3::lit(dq) | x3::eoi);
        return +(escaped | single_quoted | double_quoted | (non_space_cp - x3::lit(sq) - x3::lit(dq)));
    }
    static auto flag_def() {
        auto const esc = x3::lit(Esc);
        auto const escaped = (x3::omit[esc] >> x3::char_) | x3::omit[esc >> x3::eoi];
        auto const single_quoted = x3::omit[x3::lit(sq)] >> *((x3::omit[esc] >> x3::char_) | x3::omit[esc >> x3::eoi] | (x3::char_ - x3::lit(sq))) >> x3::omit[x3::lit(sq) | x3::eoi];
        auto const double_quoted = x3::omit[x3::lit(dq)] >> *((x3::omit[esc] >> x3::char_) | x3::omit[esc >> x3::eoi] | (x3::char_ - x3::lit(dq))) >> x3::omit[x3::lit(dq) | x3::eoi];
        return x3::string("--") >> *(single_quoted | double_quoted | escaped | (x3::char_ - space_byte - x3::lit(sq) - x3::lit(dq)));
    }
};

}  // namespace dflint::grammar::words
