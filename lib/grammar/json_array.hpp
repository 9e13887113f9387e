#pragma once
// Declaration of the exec-form (JSON array) grammar; see json_array_def.hpp.
#include <boost/spirit/home/x3.hpp>
#include <functional>
#include <vector>

namespace dflint::grammar::json {

namespace x3 = boost::spirit::x3;

using iterator_type = const char*;

struct array_state_tag;
struct span_offsets {
    std::uint32_t begin, end;
};
struct array_state {
    iterator_type base = nullptr;
    std::vector<span_offsets> strings;
    bool all_strings = true;
};

using context_type = x3::context<array_state_tag, std::reference_wrapper<array_state>, x3::unused_type>;

using array_type = x3::rule<class array_class>;
BOOST_SPIRIT_DECLARE(array_type)

}  // namespace dflint::grammar::json
