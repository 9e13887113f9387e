#pragma once
// The canonical layout of a Dockerfile (`dflint fmt`). Formatting never
// changes what BuildKit sees, with one opt-out-able exception: splitting `&&`
// chains changes the white space inside shell-form RUN text (and so the RUN's
// cache key, once). Every change is checked against dump_buildkit() (with runs
// of blanks in shell-form command text collapsed when splitting), the shell
// tokens of every shell-form command, comments and heredoc bodies, and
// dropped when it would change them.
#include <string>
#include <string_view>

namespace dflint {

struct FormatOptions {
    int indent = 4;            // continuation lines
    // `RUN a && b` → `RUN a \` + newline + `<indent>&& b`: one command per
    // line, at top-level `&&` of shell-form RUN only. Off: shell-form command
    // text stays byte for byte as written (BuildKit's dump unchanged).
    bool split_chains = true;
};

struct FormatResult {
    std::string text;
    bool changed = false;
    std::string refused;  // "" or why the text was left alone (syntax errors)
};

FormatResult format_text(std::string_view text, const FormatOptions& options = {});

}  // namespace dflint
