#pragma once
// The canonical layout of a Dockerfile (`dflint fmt`). Formatting never
// changes what BuildKit sees: every change is checked against
// dump_buildkit(), comments and heredoc bodies, and dropped when it would.
#include <string>
#include <string_view>

namespace dflint {

struct FormatOptions {
    int indent = 4;  // continuation lines
};

struct FormatResult {
    std::string text;
    bool changed = false;
    std::string refused;  // "" or why the text was left alone (syntax errors)
};

FormatResult format_text(std::string_view text, const FormatOptions& options = {});

}  // namespace dflint
