// The dflint command line.
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "dflint/dflint.hpp"
#include "dflint/lint.hpp"

namespace {

bool read_file(const std::string& path, std::string& out, std::string& err) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        out = ss.str();
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        err = fmt::format("{}: cannot open file", path);
        return false;
    }
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    if (in.bad()) {
        err = fmt::format("{}: read error", path);
        return false;
    }
    return true;
}

void print_issue(const std::string& file, const dflint::Document& doc, const dflint::ParseIssue& issue) {
    const auto pos = doc.lines.char_position(issue.range.begin);
    const char* what = issue.kind == dflint::ParseIssueKind::warning ? "warning" : "error";
    fmt::print(stderr, "{}:{}:{}: {}: {} [{}]\n", file, pos.line, pos.column, what, issue.message, issue.code);
}

int cmd_dump(const std::vector<std::string>& args) {
    std::string format = "buildkit";
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const auto& a = args[i];
        if (a == "--format" || a == "-f") {
            if (i + 1 >= args.size()) {
                fmt::print(stderr, "dflint dump: --format needs a value (buildkit or json)\n");
                return 2;
            }
            format = args[++i];
        } else if (a.rfind("--format=", 0) == 0) {
            format = a.substr(9);
        } else if (a == "-h" || a == "--help") {
            fmt::print("usage: dflint dump [--format buildkit|json] FILE\n\n"
                       "Prints the parsed Dockerfile: `buildkit` is BuildKit's parser-test dump\n"
                       "(one `(keyword [\"--flags\"] \"args\" ...)` line per instruction), `json` the\n"
                       "full syntax tree with positions (see docs/ast-json.md).\n");
            return 0;
        } else {
            files.push_back(a);
        }
    }
    if (format != "buildkit" && format != "json") {
        fmt::print(stderr, "dflint dump: unknown format '{}' (expected buildkit or json)\n", format);
        return 2;
    }
    if (files.size() != 1) {
        fmt::print(stderr, "usage: dflint dump [--format buildkit|json] FILE\n");
        return 2;
    }
    std::string text, err;
    if (!read_file(files[0], text, err)) {
        fmt::print(stderr, "dflint: {}\n", err);
        return 2;
    }
    const auto doc = dflint::parse(std::move(text));
    const std::string name = files[0] == "-" ? "<stdin>" : files[0];
    if (format == "json") {
        std::fwrite(dflint::dump_json(doc).data(), 1, dflint::dump_json(doc).size(), stdout);
        return doc.has_parser_error() ? 1 : 0;
    }
    if (doc.has_parser_error()) {
        for (const auto& i : doc.issues)
            if (i.kind == dflint::ParseIssueKind::parser_error) print_issue(name, doc, i);
        return 1;
    }
    const auto out = dflint::dump_buildkit(doc);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
}

int cmd_lint(const std::vector<std::string>& files) {
    int status = 0;
    dflint::Config config;
    for (const auto& f : files) {
        std::string text, err;
        if (!read_file(f, text, err)) {
            fmt::print(stderr, "dflint: {}\n", err);
            status = 2;
            continue;
        }
        const auto result = dflint::lint(std::move(text), config);
        for (const auto& d : result.diagnostics) {
            const auto pos = result.doc.lines.char_position(d.range.begin);
            fmt::print("{}:{}:{}: {}: {} [{}]\n", f, pos.line, pos.column, dflint::severity_name(d.severity), d.message, d.code);
            if (!d.help.empty()) fmt::print("  help: {}\n", d.help);
            if (dflint::fails(d, config) && status == 0) status = 1;
        }
    }
    return status;
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.empty() || args[0] == "-h" || args[0] == "--help") {
            fmt::print("usage: dflint [OPTIONS] FILE...\n       dflint dump [--format buildkit|json] FILE\n");
            return args.empty() ? 2 : 0;
        }
        if (args[0] == "-v" || args[0] == "--version") {
            fmt::print("dflint {}\n", dflint::version());
            return 0;
        }
        if (args[0] == "dump") return cmd_dump({args.begin() + 1, args.end()});
        return cmd_lint(args);
    } catch (const std::exception& e) {
        fmt::print(stderr, "dflint: internal error: {}\n", e.what());
        return 2;
    }
}
