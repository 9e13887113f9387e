#pragma once
// The rule registry: generated at build time from rules/*.cpp.
#include <cstdint>
#include <vector>

#include "rules/rule.hpp"

namespace dflint::rules {

constexpr std::uint32_t kind_bit(InstructionKind k) noexcept { return 1u << static_cast<unsigned>(k); }

struct RuleEntry {
    RuleInfo info;
    std::uint32_t kinds;  // on_instruction filter (bit per InstructionKind)
    void (*on_instruction)(const InstructionInfo&, RuleContext&);
    void (*on_stage)(const Stage&, RuleContext&);
    void (*on_document)(RuleContext&);
};

const std::vector<RuleEntry>& registry();

}  // namespace dflint::rules
