// The dflint command: `dflint [OPTIONS] PATH...` lints, `dflint dump FILE`
// shows the parse. This file only dispatches; see cli.hpp for the pieces.
#include <fmt/format.h>

#include <exception>
#include <string>
#include <vector>

#include "cli.hpp"
#include "dflint/dflint.hpp"
#include "dflint/lsp.hpp"
#include "tools/subcommands.hpp"

int main(int argc, char** argv) {
    using namespace dflint::cli;
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (!args.empty() && args[0] == "lsp") return dflint::lsp::run_language_server(0, 1);  // `--stdio` is implied
        if (!args.empty() && args[0] == "dump") return run_dump({args.begin() + 1, args.end()});
        if (!args.empty() && args[0] == "fmt") return run_fmt({args.begin() + 1, args.end()});
        if (!args.empty() && args[0] == "cache") return run_cache_command(args);
        if (!args.empty() && args[0] == "context") return run_context_command(args);
        // `dflint rules` lists the catalogue, `dflint rule CODE` prints one rule's documentation.
        if (args.size() == 1 && args[0] == "rules") {
            fmt::print("{}", rules_listing());
            return 0;
        }
        if (args.size() == 2 && args[0] == "rule") {
            std::string text;
            if (!explain_rule(args[1], text)) {
                fmt::print(stderr, "dflint: no rule '{}' (`dflint rules` lists them)\n", args[1]);
                return 2;
            }
            fmt::print("{}", text);
            return 0;
        }
        Options options;
        std::string error;
        if (!parse_options(args, options, error)) {
            fmt::print(stderr, "dflint: {}\nRun `dflint --help` to see the options.\n", error);
            return 2;
        }
        switch (options.action) {
            case Action::help: fmt::print("{}", help_text()); return 0;
            case Action::version: fmt::print("dflint {}\n", dflint::version()); return 0;
            case Action::list_rules: fmt::print("{}", rules_listing()); return 0;
            case Action::explain: {
                std::string text;
                if (!explain_rule(options.action_arg, text)) {
                    fmt::print(stderr, "dflint: no rule '{}' (`dflint --list-rules` lists them)\n", options.action_arg);
                    return 2;
                }
                fmt::print("{}", text);
                return 0;
            }
            case Action::completions: fmt::print("{}", completion_script(options.action_arg)); return 0;
            case Action::man: fmt::print("{}", man_page()); return 0;
            case Action::lint: return run_lint(options);
        }
        return 2;
    } catch (const std::exception& e) {
        fmt::print(stderr, "dflint: internal error: {}\n", e.what());
        return 2;
    }
}
