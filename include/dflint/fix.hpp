#pragma once
// Applying the fixes rules attach to their diagnostics, and showing the
// result as a unified diff.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/diagnostic.hpp"
#include "dflint/lint.hpp"

namespace dflint {

struct FixOptions {
    bool unsafe = false;  // also apply FixSafety::unsafe fixes
    int max_rounds = 10;  // lint → fix rounds; stops earlier when nothing changes
};

struct FixOutcome {
    std::string text;         // the fixed text (the input when nothing was applied)
    bool changed = false;
    std::size_t applied = 0;  // fixes applied over all rounds
    int rounds = 0;           // rounds that changed the text
    // Why the text was left alone: "" (fixed or nothing to fix), or a reason
    // (the input has syntax errors; a round produced a parse error).
    std::string refused;
};

// Applies the edits of non-conflicting fixes, all or nothing per fix. Fixes
// are taken in order of their first edit (earlier first, longer first at the
// same offset); a fix with an edit overlapping an accepted edit (or inserting
// at the same offset) is skipped. Returns the new text; `applied` counts fixes.
std::string apply_fixes(std::string_view text, const std::vector<const Fix*>& fixes, std::size_t* applied = nullptr);

// Lint → apply → repeat until nothing changes (at most options.max_rounds).
// A text with parser or instruction errors is never changed; a round whose
// result does not parse cleanly is discarded and the whole run refused.
// CRLF files keep CRLF: "\n" in inserted text becomes "\r\n".
FixOutcome fix_text(std::string text, const Config& config = {}, const FixOptions& options = {});

// A unified diff (`diff -u` layout, 3 lines of context) between two texts;
// "" when they are equal.
std::string unified_diff(std::string_view before, std::string_view after, std::string_view old_name,
                         std::string_view new_name, int context = 3);

}  // namespace dflint
