#pragma once
// The command line's options: one table (options.cpp) from which the parser,
// --help, the man page and the shell completions are all generated.
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dflint/diagnostic.hpp"
#include "dflint/lint.hpp"
#include "dflint/report.hpp"

namespace dflint::cli {

enum class OptionId {
    stdin_filename, jobs,
    format, output, no_color, color, file_path_in_report, verbose,
    select, ignore, error, warning, info, style, trusted_registry, require_label, strict_labels, require_digest,
    disable_ignore_pragma, no_shellcheck, shellcheck_mode, build_arg, target, context_dir,
    failure_threshold, no_fail,
    fix, unsafe_fixes, diff, pin,
    config, no_config,
    list_rules, explain, help, version, generate_completions, generate_man,
};

enum class Group { input, output, rules, failing, fixing, config, info };

// What an option's value is, for the completions.
enum class ValueKind { none, file, format, level, code, color_mode, shell, number, text };

struct OptionSpec {
    OptionId id;
    char short_name;            // 0: none
    std::string_view long_name; // without the leading "--"
    std::string_view metavar;   // "" for a flag
    ValueKind kind;
    Group group;
    std::string_view help;      // one or more sentences; wrapped when printed
    bool repeatable = false;
};

std::span<const OptionSpec> option_table();
std::string_view group_title(Group g);
const std::vector<std::string_view>& level_names();    // error warning info style ignore none
const std::vector<std::string_view>& color_modes();    // auto always never
const std::vector<std::string_view>& shell_names();    // bash zsh fish

enum class ColorMode { auto_detect, always, never };
enum class Action { lint, help, version, list_rules, explain, completions, man };

// The parsed command line.
struct Options {
    Action action = Action::lint;
    std::string action_arg;  // --explain CODE, --generate-completions SHELL

    std::vector<std::string> paths;
    std::optional<std::string> stdin_filename;
    unsigned jobs = 0;  // 0: one per core

    std::vector<report::Format> formats;
    std::vector<std::string> outputs;
    bool no_color = false;
    std::optional<ColorMode> color;
    std::optional<std::string> file_path_in_report;
    bool verbose = false;

    std::vector<std::string> select, ignore;
    std::vector<std::pair<std::string, Severity>> overrides;  // in command-line order
    std::vector<std::string> trusted_registries;
    std::vector<std::pair<std::string, std::string>> labels;  // name, type
    bool strict_labels = false, require_digest = false, disable_ignore_pragma = false, no_shellcheck = false;
    std::map<std::string, std::string> build_args;
    std::optional<std::string> target;
    std::optional<std::string> context_dir;  // --context DIR

    std::optional<Severity> failure_threshold;
    bool no_fail = false;

    bool fix = false, unsafe_fixes = false, diff = false;
    std::map<std::string, std::string> pin_tags;  // --pin IMAGE=TAG (DL3006/DL3007 fixes)

    std::optional<std::string> config_file;
    bool no_config = false;
};

// Parses argv (without the program name). On a usage error returns false with
// a message for stderr.
bool parse_options(const std::vector<std::string>& args, Options& out, std::string& error);

// The command line's fix settings on top of a config: --pin IMAGE=TAG entries
// replace the config file's pin for the same image.
void apply_fix_options(const Options& o, Config& c);

// "error", "warning", "info", "style", "ignore" or "none" (= never fail).
bool parse_level(std::string_view s, Severity& out) noexcept;

}  // namespace dflint::cli
