#pragma once
#include <string>
#include <vector>

#include "dflint/parse.hpp"

namespace dflint::detail {

// BuildKit's instruction layer (instructions/parse.go, bflag.go): adds
// instruction_error issues to the document. Run by parse() unless disabled.
void validate_instructions(Document& doc);


}  // namespace dflint::detail
