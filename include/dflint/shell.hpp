#pragma once
// Variable expansion and quote removal as BuildKit's shell lexer does it
// (frontend/dockerfile/shell): `$V`, `${V}`, `${V:-w}`, `${V#p}`, `${V/p/r}`, …
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dflint::shell {

// Looks a variable up: nullopt when unset.
using Lookup = std::function<std::optional<std::string>(std::string_view name)>;

struct LexOptions {
    char escape = '\\';
    bool raw_quotes = false;          // keep quote characters in the result
    bool raw_escapes = false;         // keep escape characters in the result
    bool skip_unset = false;          // leave `$UNSET` as written
    bool skip_process_quotes = false; // quotes are ordinary characters
};

struct ExpandResult {
    bool ok = true;
    std::string error;                 // BuildKit's message when !ok
    std::string word;                  // single-word result (process_word)
    std::vector<std::string> words;    // split result (process_words)
    std::vector<std::string> matched;    // variables looked up and found (sorted, unique)
    std::vector<std::string> unmatched;  // variables looked up and not found (sorted, unique)
};

// Quote removal and expansion without word splitting (most instructions).
ExpandResult process_word(std::string_view word, const Lookup& env, const LexOptions& options = {});
// Expansion, quote removal, then splitting on unquoted white space (EXPOSE, heredoc detection).
ExpandResult process_words(std::string_view word, const Lookup& env, const LexOptions& options = {});

// A lookup over a list of "NAME=value" strings (later entries win).
Lookup env_from_list(const std::vector<std::string>& entries);

// The variable references in a word, without expanding: names and byte ranges
// (relative to `word`) of each `$NAME` / `${NAME…}`, outside single quotes.
struct VariableRef {
    std::string name;
    std::size_t begin = 0;
    std::size_t end = 0;
};
std::vector<VariableRef> find_variables(std::string_view word, char escape = '\\');

}  // namespace dflint::shell
