#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/source.hpp"

namespace dflint {

enum class Severity : std::uint8_t { error, warning, info, style, ignore };

std::string_view severity_name(Severity s) noexcept;  // "error", "warning", …
// Parses hadolint's names (error, warning, info, style, ignore, none); false if unknown.
bool parse_severity(std::string_view name, Severity& out) noexcept;

// One text edit: replace `range` of the source with `replacement`.
struct Edit {
    Range range;
    std::string replacement;
};

enum class FixSafety : std::uint8_t { safe, unsafe };

struct Fix {
    std::string title;
    FixSafety safety = FixSafety::safe;
    std::vector<Edit> edits;
};

struct Diagnostic {
    std::string code;      // "DL3006", "DF001", "StageNameCasing", "SC2086", "DL1000"
    std::string name;      // kebab-case rule name
    Severity severity = Severity::warning;
    std::string message;   // what is wrong here
    std::string help;      // how to fix it
    std::string url;       // the rule's documentation
    Range range;           // narrowest exact range
    std::vector<Fix> fixes;
};

}  // namespace dflint
