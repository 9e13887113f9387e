// --help, --list-rules and --explain.
#include <fmt/format.h>

#include <algorithm>

#include "cli.hpp"
#include "dflint/lint.hpp"

namespace dflint::cli {
namespace {

constexpr std::size_t help_width = 80;
constexpr std::size_t option_column = 30;

// Words of `text` wrapped to lines of at most `width` characters.
std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && text[i] == ' ') ++i;
        const auto j = std::min(text.find(' ', i), text.size());
        if (j == i) break;
        const auto word = text.substr(i, j - i);
        if (!line.empty() && line.size() + 1 + word.size() > width) {
            lines.push_back(line);
            line.clear();
        }
        if (!line.empty()) line += ' ';
        line += word;
        i = j;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
}

std::string option_label(const OptionSpec& o) {
    std::string s = o.short_name ? fmt::format("-{}, ", o.short_name) : std::string("    ");
    s += fmt::format("--{}", o.long_name);
    if (!o.metavar.empty()) s += fmt::format(" {}", o.metavar);
    return s;
}

void two_columns(std::string& out, std::string_view left, std::string_view right, std::size_t column = option_column) {
    const std::size_t indent = 2;
    const std::size_t option_column = column;
    const std::string pad(option_column, ' ');
    std::string l = std::string(indent, ' ') + std::string(left);
    const auto lines = wrap(right, help_width - option_column);
    if (l.size() + 2 > option_column) {
        out += l + '\n';
        l.clear();
    }
    for (std::size_t k = 0; k < lines.size(); ++k) {
        if (k == 0 && !l.empty()) out += l + std::string(option_column - l.size(), ' ') + lines[k] + '\n';
        else out += pad + lines[k] + '\n';
    }
    if (lines.empty() && !l.empty()) out += l + '\n';
}

}  // namespace

std::string_view tagline() { return "find problems in Dockerfiles before you build them"; }

const std::vector<Example>& examples() {
    static const std::vector<Example> v = {
        {"dflint Dockerfile", "lint one file"},
        {"dflint .", "lint every Dockerfile below the current folder"},
        {"dflint - < Dockerfile", "lint standard input"},
        {"dflint --explain DL3006", "what a rule checks, and how to fix what it reports"},
        {"dflint --ignore DL3008 -t error .", "skip a rule; fail only on errors"},
        {"dflint -f sarif -o dflint.sarif .", "a SARIF report for GitHub code scanning"},
        {"dflint -f text -f json -o report.json .", "text on the terminal and JSON in a file, in one run"},
    };
    return v;
}

const std::vector<ExitCode>& exit_codes() {
    static const std::vector<ExitCode> v = {
        {0, "no problem at or above the failure threshold (or --no-fail, or the codeclimate format)"},
        {1, "problems at or above the failure threshold, or a syntax error (DL1000)"},
        {2, "a usage, configuration or I/O error (the message on standard error names the file)"},
    };
    return v;
}

std::string first_sentence(std::string_view text) {
    auto end = text.find(". ");
    while (end != std::string_view::npos && (text.substr(0, end).ends_with("e.g") || text.substr(0, end).ends_with("i.e")))
        end = text.find(". ", end + 1);
    if (end == std::string_view::npos) end = text.size();
    std::string s(text.substr(0, end));
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
}

std::string help_text() {
    std::string out = fmt::format("dflint - {}\n\n", tagline());
    out += "Usage:\n";
    two_columns(out, "dflint [OPTIONS] PATH...",
                "Lint Dockerfiles. PATH is a file, '-' for standard input, or a folder: every Dockerfile, "
                "Dockerfile.*, *.Dockerfile, *.dockerfile and Containerfile below it.");
    two_columns(out, "dflint cache ...", "Predict layer-cache hits and misses after a change (dflint cache --help).");
    two_columns(out, "dflint context ...", "What the build context holds (dflint context --help).");
    two_columns(out, "dflint dump [--format buildkit|json] FILE", "Show how dflint parses a Dockerfile.");
    two_columns(out, "dflint fmt [--check] [--diff] [--indent N] [--no-split-chains] FILE...",
                "Rewrite Dockerfiles in the canonical layout (docs/fix-and-format.md): nothing BuildKit sees changes except the "
                "white space of RUN commands whose `&&` chains are split one command per line (--no-split-chains: not even that).");
    two_columns(out, "dflint rules | dflint rule CODE", "List the rules, or show one rule's documentation.");
    two_columns(out, "dflint lsp", "Run the language server on standard input/output, for editors (docs/lsp.md).");
    out += "\nExamples:\n";
    for (const auto& e : examples()) two_columns(out, e.command, e.what);
    Group group = Group::info;
    bool first = true;
    for (const auto& o : option_table()) {
        if (first || o.group != group) {
            group = o.group;
            first = false;
            out += fmt::format("\n{}:\n", group_title(group));
        }
        two_columns(out, option_label(o), o.help);
    }
    out += "\nFormats (-f):\n";
    for (const auto& f : report::formats()) two_columns(out, f.name, f.summary, 15);
    out += "\nExit status:\n";
    for (const auto& e : exit_codes()) two_columns(out, fmt::format("{}", e.code), e.meaning, 5);
    out += "\nSettings also come from a config file (.dflint.yaml or .hadolint.yaml, found from the\n"
           "first file's folder up to the repository root) and HADOLINT_* environment variables;\n"
           "the command line wins. Silence one finding with a comment on the line above it:\n"
           "  # dflint ignore=DL3008\n"
           "Every rule: dflint --list-rules. More: man dflint, docs/cli.md, docs/formats.md.\n";
    return out;
}

std::string rules_listing() {
    std::string out;
    std::size_t code_w = 4, name_w = 4;
    for (const auto& r : rule_catalog()) {
        code_w = std::max(code_w, r.code.size());
        name_w = std::max(name_w, r.name.size());
    }
    for (const auto& r : rule_catalog()) {
        const std::string_view sev = r.severity == Severity::ignore ? "off" : severity_name(r.severity);
        out += fmt::format("{:<{}}  {:<7}  {:<{}}  {}\n", r.code, code_w, sev, r.name, name_w, r.summary);
    }
    return out;
}

bool explain_rule(std::string_view code, std::string& out) {
    const RuleInfo* r = find_rule(code);
    if (!r) return false;
    out = fmt::format("{} ({})\n", r->code, r->name);
    out += fmt::format("Default severity: {}{}. Category: {}.{}\n", r->severity == Severity::ignore ? "off" : severity_name(r->severity),
                       r->severity == Severity::ignore ? " (enable it with --warning " + std::string(r->code) + " or similar)" : "",
                       r->category, r->fixable ? " Has an automatic fix." : "");
    if (!r->url.empty()) out += fmt::format("Documentation: {}\n", r->url);
    out += '\n';
    out += r->summary;
    out += "\n\n";
    out += r->doc;
    if (!out.empty() && out.back() != '\n') out += '\n';
    return true;
}

}  // namespace dflint::cli
