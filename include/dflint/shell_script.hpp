#pragma once
// A light shell parser for RUN scripts: it splits a script into simple
// commands (across &&, ||, ;, |, &, newlines, subshells, braces, if/for/while
// bodies and $(…) substitutions) so rules can ask questions such as "is there
// an `apt-get install` without `-y`" through helpers instead of regexes.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dflint::shell {

struct Word {
    std::string text;        // quotes removed, escapes applied; $VAR kept as written
    std::string raw;         // as written
    std::size_t begin = 0;   // byte range in the script text
    std::size_t end = 0;
    bool quoted = false;     // some part was quoted
    bool has_expansion = false;  // contains $ or `
};

struct Redirect {
    std::string op;          // ">", ">>", "<", "2>", "&>", "<<", …
    Word target;
};

struct Command {
    std::vector<Word> assignments;   // VAR=value prefixes
    std::optional<Word> name;        // the command word (absent for a bare assignment)
    std::vector<Word> args;          // words after the name
    std::vector<Redirect> redirects;
    std::size_t begin = 0, end = 0;  // byte range in the script text
    std::size_t pipeline = 0;        // index of the pipeline it belongs to
    bool piped = false;              // part of a pipeline of two or more commands
    bool in_substitution = false;    // inside $(…) or `…`
    std::string separator_before;    // "", "&&", "||", ";", "|", "&", "\n"
    std::string separator_after;

    // The command name without a leading path ("/usr/bin/apt-get" → "apt-get").
    std::string_view basename() const noexcept;
    bool is(std::string_view command) const noexcept {
        // basename() == command, without searching the name for its last '/'.
        if (!name || command.empty()) return name && basename() == command;
        if (command.find('/') != std::string_view::npos) return false;  // a basename has none
        const std::string_view t = name->text;
        if (t.size() < command.size() || t.substr(t.size() - command.size()) != command) return false;
        return t.size() == command.size() || t[t.size() - command.size() - 1] == '/';
    }
    // True when a flag is present: "-y" matches "-y", "-qy" (bundled short
    // flags) and "--yes" forms are given explicitly by the caller.
    bool has_flag(std::string_view flag) const noexcept;
    bool has_any_flag(std::initializer_list<std::string_view> flags) const noexcept;
    // Value of "--flag=value", "--flag value", "-f value" or "-fvalue".
    std::optional<std::string> flag_value(std::string_view flag) const;
    // Arguments not starting with '-' (flag values are not excluded: pass the
    // flags that take a value to skip their values).
    std::vector<const Word*> positionals(std::initializer_list<std::string_view> flags_with_value = {}) const;
    // The first positional argument ("install" in "apt-get -y install x").
    std::optional<std::string> subcommand(std::initializer_list<std::string_view> flags_with_value = {}) const;
};

struct Script {
    std::vector<Command> commands;
    std::size_t pipelines = 0;
    bool has_pipe = false;   // any `a | b`
    bool ok = true;          // false when the text could not be tokenised (unterminated quote…)

    std::vector<const Command*> find(std::string_view command) const;
    bool uses(std::string_view command) const;
};

Script parse_script(std::string_view text);

// The tokens parse_script reads, in order: words (as written, quotes and
// escapes kept), operators ("&&", "||", ";", "|", "(", ")", ">", "2>", …)
// and newlines ("\n"). `$(…)`, backquotes, `${…}` and quoted
// strings are parts of words; `#` comments are skipped. `ok` is false when the
// text could not be tokenised (unterminated quote or substitution).
struct ScriptToken {
    enum class Kind { word, op } kind = Kind::word;
    std::string text;        // the word as written, or the operator
    std::size_t begin = 0;   // byte range in the script text
    std::size_t end = 0;
};
struct ScriptTokens {
    std::vector<ScriptToken> tokens;
    bool ok = true;
};
ScriptTokens tokenize_script(std::string_view text);

}  // namespace dflint::shell
