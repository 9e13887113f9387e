#pragma once
#include <cstddef>
#include <cstdint>

namespace dflint::unicode::tables {

struct CodePointRange {
    char32_t first;
    char32_t last;
};

// Non-ASCII ranges only (ASCII is classified inline). Sorted, disjoint.
extern const CodePointRange printable[];
extern const std::size_t printable_size;
extern const CodePointRange letter[];
extern const std::size_t letter_size;
extern const CodePointRange digit[];
extern const std::size_t digit_size;

}  // namespace dflint::unicode::tables
