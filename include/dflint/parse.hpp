#pragma once
// Parsing a Dockerfile into a Document.
//
// The parser accepts what BuildKit's parser accepts and produces the same
// tree; where BuildKit stops at the first error, dflint records the error with
// its exact range and goes on with the next instruction.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/ast.hpp"
#include "dflint/source.hpp"

namespace dflint {

enum class ParseIssueKind : std::uint8_t {
    // BuildKit's parser rejects the file (`docker build` fails before anything runs).
    parser_error,
    // BuildKit's instruction layer rejects the file (unknown instruction, bad flag, …).
    instruction_error,
    // Accepted, with a warning from the parser (e.g. empty continuation line).
    warning,
};

struct ParseIssue {
    ParseIssueKind kind = ParseIssueKind::parser_error;
    std::string code;     // "DL1000" for errors, BuildKit check name for warnings
    std::string message;  // BuildKit's wording
    Range range;
};

struct ParseOptions {
    // Run BuildKit's instruction-layer validation (flags, argument counts, …).
    bool validate = true;
};

struct Document {
    std::string text;  // the source, byte for byte
    LineIndex lines;   // over `text`
    bool has_bom = false;
    char escape = '\\';
    std::vector<Directive> directives;
    std::vector<Comment> comments;          // every comment line, in order
    std::vector<Instruction> instructions;  // top level, in order
    std::vector<ParseIssue> issues;

    Document() = default;
    Document(const Document&) = delete;  // `lines` views `text`
    Document& operator=(const Document&) = delete;
    Document(Document&&) noexcept;
    Document& operator=(Document&&) noexcept;

    // True when BuildKit's parser (not only its later stages) rejects the file.
    bool has_parser_error() const noexcept;
    bool has_errors() const noexcept;  // parser or instruction errors
    const Directive* directive(std::string_view name) const noexcept;
    std::string_view slice(Range r) const noexcept { return std::string_view(text).substr(r.begin, r.size()); }
};

Document parse(std::string text, const ParseOptions& options = {});

// BuildKit's parser-test dump: one `(keyword ["--flags"] "args" …)` line per
// instruction, each followed by "\n".
std::string dump_buildkit(const Document& doc);
// The full AST with positions as JSON (format in docs/ast-json.md).
std::string dump_json(const Document& doc);

}  // namespace dflint
