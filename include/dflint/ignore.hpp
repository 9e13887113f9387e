#pragma once
// `.dockerignore` semantics as BuildKit applies them: reading the file
// (moby/patternmatcher ignorefile.ReadAll) and matching context paths against
// the pattern list (patternmatcher.New + MatchesOrParentMatches /
// MatchesUsingParentResults), including the quirks of the Go implementation:
// the last applicable pattern wins, a pattern that matches a directory matches
// everything below it, `[...]` classes follow Go regexp (RE2) syntax, and a
// pattern that passes the syntax check but is no valid regexp fails only when
// it is evaluated.
//
// Paths are '/'-separated and relative to the context root ("src/main.go").
// A Matcher is immutable after compile() and safe to share between threads.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dflint::ignore {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Messages are Go's, so they read like BuildKit's build errors.
inline constexpr std::string_view bad_pattern_message = "syntax error in pattern";
inline constexpr std::string_view illegal_exclusion_message = "illegal exclusion pattern: \"!\"";

struct Error {
    std::string message;
    std::size_t pattern_index = npos;  // index into the list given to compile(); npos if not pattern-specific
    std::uint32_t line = 0;            // 1-based .dockerignore line when known, else 0
};

template <class T>
struct Result {
    std::optional<T> value;
    Error error;  // meaningful when !ok()

    bool ok() const noexcept { return value.has_value(); }
    explicit operator bool() const noexcept { return ok(); }
    T& operator*() { return *value; }
    const T& operator*() const { return *value; }
    T* operator->() { return &*value; }
    const T* operator->() const { return &*value; }
};

// ---------------------------------------------------------------------------
// Reading a .dockerignore file (ignorefile.ReadAll)

struct ReadResult {
    // The pattern list BuildKit uses: comments and blank lines dropped, white
    // space trimmed, paths cleaned, a leading '/' dropped, '!' re-attached.
    std::vector<std::string> patterns;
    std::vector<std::uint32_t> lines;  // 1-based source line of each pattern (same size as patterns)
    // Non-empty when BuildKit fails to read the file (a line of 64 KiB or more:
    // "error reading .dockerignore: bufio.Scanner: token too long"); patterns are then empty.
    std::string error;
    std::uint32_t error_line = 0;

    bool ok() const noexcept { return error.empty(); }
};

// `text` is the whole file. A UTF-8 BOM at the start is ignored; lines end at
// "\n" (a "\r" before it is dropped). A line whose very first byte is '#' is a
// comment (" # x" is the pattern "# x").
ReadResult read_ignore_file(std::string_view text);

// Go's filepath.Clean on a '/'-separated path ("" -> ".", "a//b/../c/" -> "a/c").
std::string clean_path(std::string_view path);
// Go's strings.TrimSpace (Unicode white space).
std::string_view trim_space(std::string_view s) noexcept;

// ---------------------------------------------------------------------------
// Matching

struct Pattern {
    std::string text;             // trimmed, cleaned, without the '!' (Go's Pattern.String())
    bool exclusion = false;       // written as "!pattern": re-includes what earlier patterns matched
    std::size_t source_index = 0; // index in the list given to compile() (empty entries are dropped)
    // False when the pattern passed the syntax check but cannot be evaluated
    // (its `[...]` class is no valid RE2 class, e.g. "[Local-Only]"): every
    // evaluation fails with "syntax error in pattern", which fails the build.
    bool evaluable = true;
};

struct MatchResult {
    bool matched = false;
    // Index into Matcher::patterns() of the last pattern that matched and set
    // the result (an exclusion that re-included the path, or the pattern that
    // matched it); -1 when no pattern matched.
    std::int32_t decided_by = -1;
    // An evaluated pattern could not be evaluated (see Pattern::evaluable):
    // BuildKit fails the build. matched is then false.
    bool error = false;
    std::int32_t error_pattern = -1;  // index into patterns()
};

// Per-pattern "this directory matched pattern i" bits handed from a directory
// to its children during a walk (patternmatcher.MatchInfo). Reuse one object
// per directory depth to avoid allocations.
class ParentMatches {
public:
    bool empty() const noexcept { return bits_.empty(); }
    void clear() noexcept { bits_.clear(); }

private:
    friend class Matcher;
    std::vector<std::uint64_t> bits_;
};

class Matcher {
public:
    Matcher();  // matches nothing

    // patternmatcher.New: each entry is trimmed, empty ones skipped, cleaned,
    // a leading '!' marks an exclusion (a lone "!" is an error) and the syntax
    // is checked like Go's filepath.Match (unterminated or empty '[', bad
    // ranges such as "[a-]" or "[a-b-c]", a trailing '\'). No leading '/' is
    // stripped here; read_ignore_file() does that.
    static Result<Matcher> compile(std::span<const std::string> patterns);
    // Same, for a read .dockerignore: errors carry the source line.
    static Result<Matcher> compile(const ReadResult& file);

    const std::vector<Pattern>& patterns() const noexcept;
    bool empty() const noexcept { return patterns().empty(); }
    bool has_exclusions() const noexcept;  // any "!pattern" (patternmatcher.Exclusions)

    // MatchesOrParentMatches: `path` is used as given (not cleaned). A pattern
    // applies when it matches the path or any of its parent directories.
    MatchResult match(std::string_view path) const;
    // Convenience: match(path).matched (false on evaluation errors).
    bool matches(std::string_view path) const { return match(path).matched; }
    // MatchesExact: no parent-directory matching.
    MatchResult match_exact(std::string_view path) const;

    // MatchesUsingParentResults, what the context walker uses: `parent` holds
    // the bits of the parent directory (empty for entries at the context root,
    // which then fall back to match()). When `out` is given it receives this
    // path's bits (needed when the path is a directory). Note that this differs
    // from match() in corner cases exactly as it does upstream: a pattern that
    // was skipped for the parent (it could not change the result there) does
    // not count as matching the parent.
    MatchResult match_using_parent(std::string_view path, const ParentMatches& parent,
                                   ParentMatches* out = nullptr) const;

    // fsutil walker optimisation, exclude-list side: `dir` matched (it is
    // excluded); true when nothing below it can be re-included, so the walk
    // may skip it entirely. That is the case when there are no exclusion
    // patterns, or when every exclusion pattern is a plain path (no `* [ ] ? ^ \`
    // once a trailing "/**" or "/*" is removed) and none lies below `dir`.
    bool can_skip_excluded_dir(std::string_view dir) const;
    // Include-list side: `dir` did not match the include patterns; true when
    // no include pattern can match anything below it.
    bool can_skip_unincluded_dir(std::string_view dir) const;

    struct Impl;

private:
    std::shared_ptr<const Impl> impl_;
};

// patternmatcher.MatchesOrParentMatches(file, patterns), the package-level
// helper: builds the matcher, cleans the path, never matches ".".
Result<bool> matches(std::string_view path, std::span<const std::string> patterns);

// Every problem in a pattern list (not only the first, as compile() reports),
// for linting a .dockerignore.
struct PatternIssue {
    std::size_t index = 0;     // index into the list
    std::string message;       // Go's message
    bool fails_at_match = false;  // accepted by compile(), fails when evaluated
};
std::vector<PatternIssue> check_patterns(std::span<const std::string> patterns);

}  // namespace dflint::ignore
