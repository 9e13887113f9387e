// The option table and the parser. hadolint's options keep their names and
// meanings, so `hadolint` can be replaced by `dflint` in scripts and hooks.
#include "options.hpp"

#include "dflint/config.hpp"
#include "dflint/text.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

namespace dflint::cli {

namespace {

using enum OptionId;
using K = ValueKind;
using G = Group;

constexpr OptionSpec table[] = {
    // Input
    {stdin_filename, 0, "stdin-filename", "NAME", K::text, G::input,
     "The file name to show for standard input ('-') in reports; config files are looked up from its folder."},
    {jobs, 'j', "jobs", "N", K::number, G::input,
     "Lint with N threads (default: one per CPU core; small runs use one)."},
    // Output
    {format, 'f', "format", "FORMAT", K::format, G::output,
     "Report format (default: text). Repeat it, with one --output each, to write several reports in one run. "
     "hadolint's names work too: tty, gitlab_codeclimate.",
     true},
    {output, 'o', "output", "FILE", K::file, G::output,
     "Write the report to FILE instead of standard output ('-' is standard output). The n-th --output receives the "
     "n-th --format.",
     true},
    {no_color, 0, "no-color", "", K::none, G::output, "No colours in the text format (also: the NO_COLOR environment variable)."},
    {color, 0, "color", "WHEN", K::color_mode, G::output,
     "Colours in the text format: auto (default: only on a terminal), always or never."},
    {file_path_in_report, 0, "file-path-in-report", "PATH", K::file, G::output,
     "Show PATH as the file name in reports (useful with '-', standard input)."},
    {verbose, 'V', "verbose", "", K::none, G::output, "Tell on standard error which config file and how many files are used."},
    // Rules
    {select, 0, "select", "CODE", K::code, G::rules,
     "Run only the rules whose code starts with CODE (e.g. DL30, SC, DF; ALL for every rule). Repeatable; commas allowed.",
     true},
    {ignore, 0, "ignore", "CODE", K::code, G::rules, "Do not report rule CODE. Repeatable; commas allowed.", true},
    {error, 0, "error", "CODE", K::code, G::rules, "Report rule CODE as an error. Repeatable.", true},
    {warning, 0, "warning", "CODE", K::code, G::rules, "Report rule CODE as a warning. Repeatable.", true},
    {info, 0, "info", "CODE", K::code, G::rules, "Report rule CODE as info. Repeatable.", true},
    {style, 0, "style", "CODE", K::code, G::rules,
     "Report rule CODE as style. Repeatable. A rule in several of --error, --warning, --info and --style gets the most "
     "severe.",
     true},
    {trusted_registry, 0, "trusted-registry", "REGISTRY", K::text, G::rules,
     "Allow base images only from REGISTRY (enables DL3026; wildcards: *.example.com). Repeatable.", true},
    {require_label, 0, "require-label", "LABEL[:TYPE]", K::text, G::rules,
     "Require LABEL on the image, of TYPE text, url, semver, hash, rfc3339, spdx or email (enables DL3049-DL3058). "
     "Repeatable.",
     true},
    {strict_labels, 0, "strict-labels", "", K::none, G::rules, "Report labels that are not in the required set (DL3050)."},
    {require_digest, 0, "require-digest", "", K::none, G::rules, "Demand base images pinned by digest (@sha256:...), not only by tag."},
    {disable_ignore_pragma, 0, "disable-ignore-pragma", "", K::none, G::rules,
     "Ignore the '# hadolint ignore=...' and '# dflint ignore=...' comments in Dockerfiles."},
    {no_shellcheck, 0, "no-shellcheck", "", K::none, G::rules, "Do not run ShellCheck on RUN scripts (SC codes)."},
    {shellcheck_mode, 0, "shellcheck", "on|off", K::text, G::rules, "Run ShellCheck on RUN scripts when it is installed (on, the default) or not (off)."},
    {context_dir, 0, "context", "DIR", K::file, G::rules,
     "Lint with the build context DIR: checks COPY sources against its .dockerignore (CopyIgnoredFile) and reports "
     "folders and secrets that `COPY . .` would send (DF002)."},
    {build_arg, 0, "build-arg", "NAME=VALUE", K::text, G::rules,
     "Lint as if built with --build-arg NAME=VALUE. Repeatable.", true},
    {target, 0, "target", "STAGE", K::text, G::rules, "Lint as if built with --target STAGE."},
    // Failing
    {failure_threshold, 't', "failure-threshold", "LEVEL", K::level, G::failing,
     "Exit with status 1 only for problems at or above LEVEL: error, warning, info (default), style; 'none' never "
     "fails."},
    {no_fail, 0, "no-fail", "", K::none, G::failing, "Always exit with status 0 when linting ran (usage and I/O errors still exit 2)."},
    // Fixing
    {fix, 0, "fix", "", K::none, G::fixing,
     "Apply the safe fixes rules offer and rewrite the files (atomically; files with syntax errors are left alone), then "
     "report what is left."},
    {unsafe_fixes, 0, "unsafe-fixes", "", K::none, G::fixing,
     "With --fix or --diff: also apply unsafe fixes (they may change what the image does; review them)."},
    {diff, 0, "diff", "", K::none, G::fixing,
     "Print the fixes as a unified diff instead of writing the files; exit with status 1 when there is something to fix."},
    {pin, 0, "pin", "IMAGE=TAG", K::text, G::fixing,
     "Name the tag to pin IMAGE to: with --unsafe-fixes, `FROM IMAGE:latest` (DL3007) and `FROM IMAGE` (DL3006) are fixed "
     "to `FROM IMAGE:TAG` (node, library/node and docker.io/library/node are one image; also pin-tags: in .dflint.yaml). "
     "Repeatable.",
     true},
    // Configuration
    {config, 'c', "config", "FILE", K::file, G::config,
     "Read settings from FILE instead of looking for .dflint.yaml or .hadolint.yaml (see docs/cli.md)."},
    {no_config, 0, "no-config", "", K::none, G::config, "Do not look for a config file."},
    // Information
    {list_rules, 0, "list-rules", "", K::none, G::info, "List every rule: code, default severity, name and summary."},
    {explain, 0, "explain", "CODE", K::code, G::info, "Explain a rule: what it checks, why, and how to fix it."},
    {help, 'h', "help", "", K::none, G::info, "Show this help."},
    {version, 'v', "version", "", K::none, G::info, "Show dflint's version."},
    {generate_completions, 0, "generate-completions", "SHELL", K::shell, G::info,
     "Print the completion script for bash, zsh or fish."},
    {generate_man, 0, "generate-man", "", K::none, G::info, "Print the man page (roff)."},
};


// " (did you mean '--format'?)" for a misspelt or abbreviated option name.
std::string suggest(std::string_view given) {
    std::string_view best;
    std::size_t best_d = given.size() <= 4 ? 2 : 3;
    for (const auto& o : table) {
        const auto d = edit_distance(given, o.long_name);
        if (d < best_d) {
            best_d = d;
            best = o.long_name;
        }
    }
    if (best.empty() && given.size() >= 3)
        for (const auto& o : table)
            if (o.long_name.starts_with(given)) {
                best = o.long_name;
                break;
            }
    return best.empty() ? std::string() : fmt::format(" (did you mean '--{}'?)", best);
}


std::string join(const std::vector<std::string_view>& items) {
    std::string out;
    for (auto s : items) {
        if (!out.empty()) out += ", ";
        out += s;
    }
    return out;
}

std::string format_names() {
    std::vector<std::string_view> names;
    for (const auto& f : report::formats()) names.push_back(f.name);
    return join(names);
}

bool apply(const OptionSpec& spec, const std::string& value, Options& o, std::string& err) {
    auto bad = [&](std::string what) {
        err = fmt::format("invalid value '{}' for --{}: {}", value, spec.long_name, what);
        return false;
    };
    switch (spec.id) {
        case stdin_filename: o.stdin_filename = value; break;
        case jobs: {
            unsigned n = 0;
            const auto r = std::from_chars(value.data(), value.data() + value.size(), n);
            if (r.ec != std::errc() || r.ptr != value.data() + value.size() || n == 0) return bad("expected a positive number");
            o.jobs = n;
            break;
        }
        case format: {
            const auto f = report::parse_format(value);
            if (!f) return bad("expected one of " + format_names());
            o.formats.push_back(*f);
            break;
        }
        case output: o.outputs.push_back(value); break;
        case no_color: o.no_color = true; break;
        case color:
            if (value == "auto") o.color = ColorMode::auto_detect;
            else if (value == "always") o.color = ColorMode::always;
            else if (value == "never") o.color = ColorMode::never;
            else return bad("expected auto, always or never");
            break;
        case file_path_in_report: o.file_path_in_report = value; break;
        case verbose: o.verbose = true; break;
        case select:
            for (auto& c : split_commas(value)) o.select.push_back(c);
            break;
        case ignore:
            for (auto& c : split_commas(value)) o.ignore.push_back(c);
            break;
        case error:
        case warning:
        case info:
        case style: {
            const Severity s = spec.id == error ? Severity::error : spec.id == warning ? Severity::warning
                               : spec.id == info ? Severity::info : Severity::style;
            for (auto& c : split_commas(value)) o.overrides.emplace_back(c, s);
            break;
        }
        case trusted_registry:
            for (auto& c : split_commas(value)) o.trusted_registries.push_back(c);
            break;
        case require_label: {
            const auto colon = value.find(':');
            std::string name = value.substr(0, colon);
            std::string type = colon == std::string::npos || colon + 1 == value.size() ? "text" : value.substr(colon + 1);
            static constexpr std::string_view types[] = {"text", "url", "semver", "hash", "rfc3339", "spdx", "email"};
            if (name.empty()) return bad("expected LABEL or LABEL:TYPE");
            if (std::find(std::begin(types), std::end(types), type) == std::end(types))
                return bad("unknown label type '" + type + "' (text, url, semver, hash, rfc3339, spdx, email)");
            o.labels.emplace_back(std::move(name), std::move(type));
            break;
        }
        case strict_labels: o.strict_labels = true; break;
        case require_digest: o.require_digest = true; break;
        case disable_ignore_pragma: o.disable_ignore_pragma = true; break;
        case no_shellcheck: o.no_shellcheck = true; break;
        case build_arg: {
            const auto eq = value.find('=');
            if (eq == 0) return bad("expected NAME=VALUE");
            // `--build-arg NAME` (no value) takes it from the environment, as docker build does.
            if (eq == std::string::npos) {
                const char* env = std::getenv(value.c_str());
                if (env) o.build_args[value] = env;
            } else {
                o.build_args[value.substr(0, eq)] = value.substr(eq + 1);
            }
            break;
        }
        case target: o.target = value; break;
        case context_dir: o.context_dir = value; break;
        case shellcheck_mode:
            if (value == "off") o.no_shellcheck = true;
            else if (value == "on") o.no_shellcheck = false;
            else return bad("expected on or off");
            break;
        case failure_threshold: {
            Severity s;
            if (!parse_level(value, s)) return bad("expected error, warning, info, style, ignore or none");
            o.failure_threshold = s;
            break;
        }
        case no_fail: o.no_fail = true; break;
        case fix: o.fix = true; break;
        case unsafe_fixes: o.unsafe_fixes = true; break;
        case diff: o.diff = true; break;
        case pin: {
            const auto eq = value.find('=');
            const std::string image = value.substr(0, eq == std::string::npos ? value.size() : eq);
            const std::string tag = eq == std::string::npos ? std::string() : value.substr(eq + 1);
            if (eq == std::string::npos) return bad("expected IMAGE=TAG (e.g. node=20.11-alpine)");
            if (auto why = check_pin(image, tag); !why.empty()) return bad(why);
            o.pin_tags[image] = tag;
            break;
        }
        case config: o.config_file = value; break;
        case no_config: o.no_config = true; break;
        case list_rules: o.action = Action::list_rules; break;
        case explain:
            o.action = Action::explain;
            o.action_arg = value;
            break;
        case help: o.action = Action::help; break;
        case version: o.action = Action::version; break;
        case generate_completions:
            if (std::find(shell_names().begin(), shell_names().end(), value) == shell_names().end())
                return bad("expected bash, zsh or fish");
            o.action = Action::completions;
            o.action_arg = value;
            break;
        case generate_man: o.action = Action::man; break;
    }
    return true;
}

const OptionSpec* find_long(std::string_view name) {
    for (const auto& o : table)
        if (o.long_name == name) return &o;
    return nullptr;
}

const OptionSpec* find_short(char c) {
    for (const auto& o : table)
        if (o.short_name == c) return &o;
    return nullptr;
}

}  // namespace

std::span<const OptionSpec> option_table() { return table; }

void apply_fix_options(const Options& o, Config& c) {
    // A command-line pin replaces a config pin naming the same image in any spelling.
    for (const auto& [image, tag] : o.pin_tags) {
        const std::string want = normalize_image_name(std::string_view(image));
        std::erase_if(c.pin_tags, [&](const auto& kv) { return normalize_image_name(std::string_view(kv.first)) == want; });
        c.pin_tags[image] = tag;
    }
}

std::string_view group_title(Group g) {
    switch (g) {
        case G::input: return "Input";
        case G::output: return "Output";
        case G::rules: return "Rules";
        case G::failing: return "Failing";
        case G::fixing: return "Fixing";
        case G::config: return "Configuration";
        case G::info: return "Information";
    }
    return "";
}

const std::vector<std::string_view>& level_names() {
    static const std::vector<std::string_view> v = {"error", "warning", "info", "style", "ignore", "none"};
    return v;
}
const std::vector<std::string_view>& color_modes() {
    static const std::vector<std::string_view> v = {"auto", "always", "never"};
    return v;
}
const std::vector<std::string_view>& shell_names() {
    static const std::vector<std::string_view> v = {"bash", "zsh", "fish"};
    return v;
}

bool parse_level(std::string_view s, Severity& out) noexcept {
    if (s == "none") {
        out = Severity::ignore;
        return true;
    }
    return parse_severity(s, out);
}

bool parse_options(const std::vector<std::string>& args, Options& out, std::string& error) {
    bool only_paths = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (only_paths || a == "-" || a.empty() || a[0] != '-') {
            out.paths.push_back(a);
            continue;
        }
        if (a == "--") {
            only_paths = true;
            continue;
        }
        if (a.starts_with("--")) {
            const auto eq = a.find('=');
            const std::string name = a.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
            const OptionSpec* spec = find_long(name);
            if (!spec) {
                error = fmt::format("unknown option '--{}'{}", name, suggest(name));
                return false;
            }
            std::string value;
            if (spec->metavar.empty()) {
                if (eq != std::string::npos) {
                    error = fmt::format("--{} takes no value", name);
                    return false;
                }
            } else if (eq != std::string::npos) {
                value = a.substr(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                error = fmt::format("--{} needs a value ({})", name, spec->metavar);
                return false;
            }
            if (!apply(*spec, value, out, error)) return false;
            continue;
        }
        // Short options: flags may be grouped (-Vv); a value follows directly (-fjson) or as the next argument.
        for (std::size_t k = 1; k < a.size(); ++k) {
            const OptionSpec* spec = find_short(a[k]);
            if (!spec) {
                error = fmt::format("unknown option '-{}'", a[k]);
                return false;
            }
            if (spec->metavar.empty()) {
                if (!apply(*spec, {}, out, error)) return false;
                continue;
            }
            std::string value;
            if (k + 1 < a.size()) value = a.substr(k + 1);
            else if (i + 1 < args.size()) value = args[++i];
            else {
                error = fmt::format("-{} needs a value ({})", a[k], spec->metavar);
                return false;
            }
            if (!apply(*spec, value, out, error)) return false;
            break;
        }
    }
    return true;
}

}  // namespace dflint::cli
