#pragma once
#include <string>
#include <vector>

#include "dflint/parse.hpp"

namespace dflint::detail {

// BuildKit's instruction layer (instructions/parse.go, bflag.go): adds
// instruction_error issues to the document. Run by parse() unless disabled.
void validate_instructions(Document& doc);

// Edit distance, for "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace dflint::detail
