#pragma once
// Linting: parse, build the model, run the rules, apply pragmas and config.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/diagnostic.hpp"
#include "dflint/format.hpp"
#include "dflint/model.hpp"
#include "dflint/parse.hpp"

namespace dflint {

// What lint knows of the build context when one is given (`--context DIR`):
// the CLI reads it; lint itself does no I/O.
struct BuildContextInfo {
    std::string ignore_file;                   // the .dockerignore used ("" when none)
    std::vector<std::string> ignore_patterns;  // as read (read_ignore_file)
    // Context entries (context-relative, '/'-separated, directories end in '/')
    // *before* .dockerignore is applied: the top level, plus files one level down.
    std::vector<std::string> entries;
    // Entries that .dockerignore excludes (same form).
    std::vector<std::string> ignored;
};

// Everything a lint run can be configured with (hadolint's keys + dflint's).
struct Config {
    std::vector<std::string> ignored;                 // codes never reported
    std::vector<std::string> select;                  // if non-empty: only codes with one of these prefixes
    std::map<std::string, Severity> overrides;        // per-code severity
    std::vector<std::string> trusted_registries;      // DL3026
    std::map<std::string, std::string> label_schema;  // DL3049–DL3058: label → type
    bool strict_labels = false;                       // DL3050
    bool disable_ignore_pragma = false;
    Severity failure_threshold = Severity::info;      // exit 1 at or above this
    bool no_fail = false;
    bool require_digest = false;                      // DL3006/DL3007: demand @sha256 pins
    // DL3006/DL3007: image → the tag their unsafe fix pins it to (`pin-tags:`
    // in .dflint.yaml, `--pin IMAGE=TAG`). Names are compared normalised:
    // "node", "library/node" and "docker.io/library/node" are one image.
    std::map<std::string, std::string> pin_tags;
    bool shellcheck = true;                           // run ShellCheck on RUN scripts when installed
    std::string shellcheck_path;                      // "" = look it up on PATH
    std::string cache_dir;                            // ShellCheck result cache ("" = default)
    ModelOptions model;
    std::optional<BuildContextInfo> context;          // rules that need the build context
    // Drop a BuildKit check's finding when the equivalent DL rule reports the
    // same instruction (e.g. MultipleInstructionsDisallowed next to DL4003).
    bool deduplicate = true;
    // Output settings read from config files (the CLI applies them).
    std::vector<std::string> formats;
    std::optional<bool> no_color;
    bool verbose = false;
    // `dflint fmt` settings read from config files (`fmt: {indent: 4, split-chains: true}`).
    FormatOptions fmt;
};

struct RuleInfo {
    std::string_view code;      // "DL3006", "DF001", "StageNameCasing"
    std::string_view name;      // "untagged-base-image"
    Severity severity;          // default severity
    std::string_view category;
    std::string_view summary;   // one line
    std::string_view url;       // documentation
    std::string_view doc;       // Markdown: What it does / Why is this bad? / Example / References
    bool fixable;
};

// The rule catalogue, sorted by code.
const std::vector<RuleInfo>& rule_catalog();
const RuleInfo* find_rule(std::string_view code);

struct LintResult {
    Document doc;
    std::vector<Diagnostic> diagnostics;  // sorted by position, then code
};

// `path` is used for messages and for finding nothing else: lint does no I/O
// except running ShellCheck (when enabled and installed).
LintResult lint(std::string text, const Config& config = {});

// True when a diagnostic is at or above the failure threshold.
bool fails(const Diagnostic& d, const Config& config) noexcept;
// Severity order: error > warning > info > style > ignore.
int severity_rank(Severity s) noexcept;

}  // namespace dflint
