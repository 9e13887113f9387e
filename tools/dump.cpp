// `dflint dump`: how a Dockerfile parses (BuildKit's parser-test dump, or the
// syntax tree as JSON). Its output is compared byte for byte by tests.
#include <fmt/format.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "cli.hpp"
#include "dflint/dflint.hpp"

namespace dflint::cli {
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

}  // namespace

int run_dump(const std::vector<std::string>& args) {
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
        const auto json = dflint::dump_json(doc);
        std::fwrite(json.data(), 1, json.size(), stdout);
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

}  // namespace dflint::cli
