#pragma once
// Spirit X3 definition of the image reference grammar (distribution/reference):
//
//   reference  := name [ ":" tag ] [ "@" digest ]
//   name       := [ domain "/" ] path
//   domain     := host [ ":" port ]
//   path       := component ( "/" component )*
//   component  := [a-z0-9]+ ( ( "." | "_" | "__" | "-"+ ) [a-z0-9]+ )*
//   tag        := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
//   digest     := algorithm ":" [0-9a-fA-F]{32,}
#include <boost/spirit/home/x3.hpp>

namespace dflint::grammar::image_ref {

namespace x3 = boost::spirit::x3;

using x3::char_;
using x3::lit;
using x3::raw;

auto const alnum_lower = char_("a-z0-9");
auto const separator = lit("__") | lit('_') | lit('.') | +lit('-');
auto const component = +alnum_lower >> *(separator >> +alnum_lower);
auto const path = component >> *(lit('/') >> component);

auto const domain_component = char_("a-zA-Z0-9") >> *(char_("a-zA-Z0-9") | (+lit('-') >> &char_("a-zA-Z0-9")));
auto const ipv6 = lit('[') >> +char_("0-9a-fA-F:.") >> lit(']');
auto const host = ipv6 | (domain_component >> *(lit('.') >> domain_component));
auto const domain = host >> -(lit(':') >> +char_("0-9"));

auto const tag = char_("A-Za-z0-9_") >> x3::repeat(0, 127)[char_("A-Za-z0-9_.-")];
auto const algorithm_component = char_("A-Za-z") >> *char_("A-Za-z0-9");
auto const algorithm = algorithm_component >> *(char_("+._-") >> algorithm_component);
auto const digest = algorithm >> lit(':') >> x3::repeat(32, x3::inf)[char_("0-9a-fA-F")];

}  // namespace dflint::grammar::image_ref
