#pragma once
// The Dockerfile syntax tree: plain types with exact byte ranges.
//
// The tree mirrors what BuildKit's parser produces (one node per instruction,
// flags, an argument chain), and adds what a linter needs: the range of every
// token, comments, directives, heredoc bodies and typed views of ENV/LABEL/ARG
// pairs, FROM and HEALTHCHECK.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/source.hpp"

namespace dflint {

enum class InstructionKind : std::uint8_t {
    unknown,
    add,
    arg,
    cmd,
    copy,
    entrypoint,
    env,
    expose,
    from,
    healthcheck,
    label,
    maintainer,
    onbuild,
    run,
    shell,
    stopsignal,
    user,
    volume,
    workdir,
};

// "FROM", "RUN", … ("" for unknown).
std::string_view keyword_name(InstructionKind kind) noexcept;
// Case-insensitive lookup; unknown keywords give InstructionKind::unknown.
InstructionKind instruction_kind(std::string_view keyword) noexcept;

// A piece of text with the source bytes it came from. `text` is the value
// after BuildKit's processing (continuations joined, JSON decoded, quotes
// removed where the parser removes them); `range` covers the source bytes.
struct Token {
    std::string text;
    Range range;
};

struct Flag {
    std::string word;                  // as BuildKit stores it: "--name=value", quotes removed
    std::string name;                  // "from" in "--from=build"
    std::optional<std::string> value;  // nullopt for "--link"
    Range range;                       // the whole flag word
    Range name_range;                  // "from"
    Range value_range;                 // "build" (empty when no value)
};

struct Heredoc {
    std::string name;        // delimiter after quote removal
    bool expand = true;      // false when any part of the delimiter was quoted
    bool chomp = false;      // "<<-": leading tabs stripped
    unsigned fd = 0;         // "3<<EOF" → 3
    Range marker;            // the "<<EOF" word on the instruction line
    Range body;              // the body lines (terminator excluded)
    Range terminator;        // the terminator line (without its line ending)
    std::string content;     // body as BuildKit keeps it: raw lines with their line endings
};

// One ENV/LABEL `key=value` (or legacy `key value`) or ARG `name[=default]`.
struct KeyValue {
    Token key;
    std::optional<Token> value;  // raw: quotes and escapes still in the text
    Range range;                 // the whole word (or legacy "key value")
};

struct Comment {
    std::string text;  // without the leading '#', trimmed
    Range range;       // the whole comment line content
};

struct Directive {
    std::string name;   // lower-cased: syntax, escape, check
    std::string value;
    Range range;
    Range name_range;
    Range value_range;
};

struct Instruction {
    InstructionKind kind = InstructionKind::unknown;
    Token keyword;                   // as written ("from", "Run", …)
    Range range;                     // keyword start .. end of the last consumed line (heredocs included)
    std::uint32_t start_line = 0;    // 1-based physical lines, as BuildKit counts them
    std::uint32_t end_line = 0;
    std::string original;            // the joined logical line (BuildKit's Node.Original)
    SourceMap original_map;          // offsets in `original` → source offsets
    std::uint32_t rest_offset = 0;   // where `rest` starts in `original`
    std::vector<Flag> flags;
    Token rest;                      // argument text after the flags (logical; range in source)
    bool json_form = false;          // exec form: a JSON string array
    std::vector<Token> args;         // BuildKit's argument chain (what `dflint dump` prints)
    std::vector<KeyValue> pairs;     // ENV / LABEL / ARG
    bool legacy_key_value = false;   // `ENV key value`
    std::vector<Heredoc> heredocs;
    std::vector<Comment> comments;   // comment lines directly above (BuildKit's PrevComment)
    std::vector<Instruction> trigger;  // ONBUILD: the nested instruction (0 or 1 element)

    const Flag* flag(std::string_view name) const noexcept;
    bool is(InstructionKind k) const noexcept { return kind == k; }
};

}  // namespace dflint
