#pragma once
// Small text helpers shared by the library, the rules and the command line.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace dflint {

// Levenshtein distance on bytes (insert, delete, substitute: cost 1), for
// "did you mean" suggestions.
std::size_t edit_distance(std::string_view a, std::string_view b);

// "a, b,,c" → {"a", "b", "c"}: comma-separated items, blanks trimmed, empty ones dropped.
std::vector<std::string> split_commas(std::string_view text);

}  // namespace dflint
