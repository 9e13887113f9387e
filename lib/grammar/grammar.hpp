#pragma once
// Entry points of the Spirit X3 argument grammars. The grammars themselves are
// in <name>_def.hpp and compiled in exactly one translation unit each; this
// header needs only the standard library.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dflint::grammar {

// ---- exec form: a JSON array (Go encoding/json semantics) ----
struct JsonElement {
    std::string value;            // decoded string
    std::uint32_t begin = 0;      // offsets of the string literal, quotes included
    std::uint32_t end = 0;
};
enum class JsonArrayStatus { ok, not_json, not_string_array };
// `text` must start with '['. Only trailing white space may follow the array.
JsonArrayStatus parse_json_array(std::string_view text, std::vector<JsonElement>& out);

// ---- BuildKit's parseWords: shell-like words, quotes and escapes kept ----
struct WordSpan {
    std::string text;
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};
void split_words(std::string_view text, char escape, std::vector<WordSpan>& out);

// ---- BuildKit's extractBuilderFlags: leading "--flag" words ----
struct FlagWord {
    std::string text;             // quotes removed, escapes applied
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};
// Returns the offset where the arguments start (text.size() when none).
std::size_t extract_flags(std::string_view text, char escape, std::vector<FlagWord>& out);

}  // namespace dflint::grammar
