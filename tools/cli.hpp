#pragma once
// The pieces of the dflint command (tools/*.cpp), each a small file.
#include <string>
#include <string_view>
#include <vector>

#include "options.hpp"

namespace dflint::cli {

int run_dump(const std::vector<std::string>& args);  // dump.cpp: `dflint dump`
int run_lint(const Options& options);                // lint_command.cpp
int run_fmt(const std::vector<std::string>& args);   // fmt_cmd.cpp: `dflint fmt`
// Replaces `path` atomically (temporary file in its folder, fsync, same mode, rename).
bool replace_file(const std::string& path, const std::string& data, std::string& error);  // lint_command.cpp

std::string help_text();                         // help.cpp: --help
std::string rules_listing();                     // help.cpp: --list-rules
bool explain_rule(std::string_view code, std::string& out);  // help.cpp: --explain
std::string man_page();                          // manpage.cpp: --generate-man
std::string completion_script(std::string_view shell);  // completions.cpp

// Shared wording (help.cpp), so --help and the man page say the same.
std::string_view tagline();  // "find problems in Dockerfiles before you build them"
struct Example {
    std::string_view command;
    std::string_view what;
};
const std::vector<Example>& examples();
struct ExitCode {
    int code;
    std::string_view meaning;
};
const std::vector<ExitCode>& exit_codes();
// The first sentence of an option's help, without its period (completions).
std::string first_sentence(std::string_view text);

}  // namespace dflint::cli
