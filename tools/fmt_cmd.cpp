// `dflint fmt [--check] [--diff] [--indent N] FILE...`: rewrite Dockerfiles in
// the canonical layout (lib/format.cpp); `-` reads standard input and writes
// the formatted text to standard output.
#include <fmt/format.h>

#include <charconv>
#include <cstdio>
#include <string>
#include <vector>

#include "cli.hpp"
#include "dflint/fix.hpp"
#include "dflint/format.hpp"
#include "inputs.hpp"

namespace dflint::cli {

int run_fmt(const std::vector<std::string>& args) {
    bool check = false, diff = false;
    FormatOptions fo;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--check") check = true;
        else if (a == "--diff") diff = true;
        else if (a == "--indent" || a.starts_with("--indent=")) {
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
            fo.indent = n;
        } else if (a == "-h" || a == "--help") {
            fmt::print("usage: dflint fmt [--check] [--diff] [--indent N] FILE...\n"
                       "  Rewrite Dockerfiles in the canonical layout (upper-case keywords, one space after the keyword,\n"
                       "  JSON arrays as [\"a\", \"b\"], continuation lines indented by N spaces, default 4).\n"
                       "  --check   change nothing; exit 1 when a file would change\n"
                       "  --diff    print a unified diff instead of writing\n"
                       "  -         read standard input, write the result to standard output\n");
            return 0;
        } else if (a.size() > 1 && a[0] == '-' ) {
            fmt::print(stderr, "dflint fmt: unknown option '{}'\n", a);
            return 2;
        } else {
            files.push_back(a);
        }
    }
    if (files.empty()) {
        fmt::print(stderr, "usage: dflint fmt [--check] [--diff] [--indent N] FILE...\n");
        return 2;
    }
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
