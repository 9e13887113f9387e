// `dflint fmt [--check] [--diff] [--indent N] [--no-split-chains] FILE...`:
// rewrite Dockerfiles in the canonical layout (lib/format.cpp); `-` reads
// standard input and writes the formatted text to standard output. The `fmt:`
// key of the config file (.dflint.yaml, found as for linting) sets the
// defaults; options override it.
#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "cli.hpp"
#include "dflint/config.hpp"
#include "dflint/fix.hpp"
#include "dflint/format.hpp"
#include "inputs.hpp"

namespace dflint::cli {

namespace {

constexpr const char* usage = "usage: dflint fmt [--check] [--diff] [--indent N] [--no-split-chains] [--config FILE | --no-config] FILE...\n";

}  // namespace

int run_fmt(const std::vector<std::string>& args) {
    bool check = false, diff = false, no_config = false;
    std::optional<int> indent;
    std::optional<bool> split_chains;
    std::optional<std::string> config_file;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--check") check = true;
        else if (a == "--diff") diff = true;
        else if (a == "--no-split-chains") split_chains = false;
        else if (a == "--split-chains") split_chains = true;
        else if (a == "--no-config") no_config = true;
        else if (a == "--config" || a.starts_with("--config=")) {
            if (a == "--config") {
                if (i + 1 >= args.size()) {
                    fmt::print(stderr, "dflint fmt: --config needs a value (FILE)\n");
                    return 2;
                }
                config_file = args[++i];
            } else {
                config_file = a.substr(9);
            }
        } else if (a == "--indent" || a.starts_with("--indent=")) {
            std::string v;
            if (a == "--indent") {
                if (i + 1 >= args.size()) {
                    fmt::print(stderr, "dflint fmt: --indent needs a value (N)\n");
                    return 2;
                }
                v = args[++i];
            } else {
                v = a.substr(9);
            }
            int n = -1;
            const auto r = std::from_chars(v.data(), v.data() + v.size(), n);
            if (r.ec != std::errc() || r.ptr != v.data() + v.size() || n < 0 || n > 16) {
                fmt::print(stderr, "dflint fmt: invalid value '{}' for --indent: expected 0 to 16\n", v);
                return 2;
            }
            indent = n;
        } else if (a == "-h" || a == "--help") {
            fmt::print("{}"
                       "  Rewrite Dockerfiles in the canonical layout (upper-case keywords, one space after the keyword,\n"
                       "  JSON arrays as [\"a\", \"b\"], continuation lines indented by N spaces, default 4, and\n"
                       "  `RUN a && b` split one command per line: `RUN a \\` then `    && b`).\n"
                       "  --check            change nothing; exit 1 when a file would change\n"
                       "  --diff             print a unified diff instead of writing\n"
                       "  --indent N         continuation lines indented by N spaces (0 to 16)\n"
                       "  --no-split-chains  keep `&&` chains as written (RUN text, and so the RUN's cache key, unchanged)\n"
                       "  --config FILE      read the `fmt:` settings from FILE (default: the nearest .dflint.yaml)\n"
                       "  --no-config        do not look for a config file\n"
                       "  -                  read standard input, write the result to standard output\n",
                       usage);
            return 0;
        } else if (a.size() > 1 && a[0] == '-' ) {
            fmt::print(stderr, "dflint fmt: unknown option '{}'\n", a);
            return 2;
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) {
        fmt::print(stderr, "{}", usage);
        return 2;
    }
    // Settings: defaults ← config file (`fmt:`) ← command line.
    Config config;
    if (!config_file && !no_config) {
        const std::string& first = files.front();
        config_file = find_config_file(first == "-" ? std::string(".") : std::filesystem::path(first).parent_path().string());
    }
    if (config_file) {
        ConfigError cerr;
        if (!apply_config_file(*config_file, config, cerr)) {
            fmt::print(stderr, "dflint: {}\n", cerr.to_string());
            return 2;
        }
    }
    FormatOptions fo = config.fmt;
    if (indent) fo.indent = *indent;
    if (split_chains) fo.split_chains = *split_chains;
    bool would_change = false, error = false;
    for (const auto& f : files) {
        std::string text, err;
        if (!read_input(f, text, err)) {
            fmt::print(stderr, "dflint: {}\n", err);
            error = true;
            continue;
        }
        const FormatResult r = format_text(text, fo);
        if (!r.refused.empty()) {
            fmt::print(stderr, "dflint fmt: {}: not formatted: {}\n", f, r.refused);
            error = true;
            if (f == "-" && !check && !diff) std::fwrite(text.data(), 1, text.size(), stdout);
            continue;
        }
        if (r.changed) would_change = true;
        if (diff) {
            const std::string d = unified_diff(text, r.text, "a/" + f, "b/" + f);
            std::fwrite(d.data(), 1, d.size(), stdout);
        } else if (check) {
            if (r.changed) fmt::print(stderr, "dflint fmt: {} would be reformatted\n", f);
        } else if (f == "-") {
            std::fwrite(r.text.data(), 1, r.text.size(), stdout);
        } else if (r.changed) {
            if (!replace_file(f, r.text, err)) {
                fmt::print(stderr, "dflint: {}\n", err);
                error = true;
            }
        }
    }
    std::fflush(stdout);
    if (error) return 2;
    return (check || diff) && would_change ? 1 : 0;
}

}  // namespace dflint::cli
