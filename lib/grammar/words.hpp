#pragma once
// Declarations of the word-level grammars (BuildKit's parseWords and
// extractBuilderFlags); definitions in words_def.hpp. Both are instantiated
// for the two escape characters a Dockerfile can choose: '\' and '`'.
#include <boost/spirit/home/x3.hpp>
#include <string>

namespace dflint::grammar::words {

namespace x3 = boost::spirit::x3;
using iterator_type = const char*;

struct word_state_tag;
struct word_state {
    bool dropped_trailing_escape = false;
};
using context_type = x3::context<word_state_tag, std::reference_wrapper<word_state>, x3::unused_type>;

template <char Esc>
using shell_word_type = x3::rule<class shell_word_class, x3::unused_type>;
template <char Esc>
using flag_word_type = x3::rule<class flag_word_class, std::string>;

}  // namespace dflint::grammar::words
