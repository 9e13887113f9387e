#pragma once
// The build context as BuildKit sends it: a walk of the context folder
// filtered by the .dockerignore patterns (and optionally more filters, such as
// COPY --exclude), mirroring github.com/tonistiigi/fsutil's filtered walk:
//
// * entries are visited depth first, the names of one directory in byte
//   order, and that is the order of the result: a directory is followed by
//   everything below it, so "a/x" comes before "a-b" although '-' < '/'
//   (see walk_order_less);
// * an entry is kept when it matches the include patterns (if any) and does
//   not match the exclude patterns; a directory's match result is inherited by
//   everything below it (patternmatcher.MatchesUsingParentResults);
// * an excluded directory is still descended into when an exception ("!x")
//   could re-include something below it, and is then emitted just before its
//   first kept child; otherwise it is skipped without being read;
// * symbolic links are recorded, never followed;
// * a permission error on an entry that is filtered out anyway is ignored;
//   other problems are reported in `errors` (BuildKit would fail the
//   transfer on them) and the walk goes on.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace dflint::context {

enum class EntryType : std::uint8_t { file, dir, symlink, other };

std::string_view entry_type_name(EntryType t) noexcept;  // "file", "dir", "symlink", "other"

struct Entry {
    std::string path;          // context-relative, '/'-separated ("src/main.go")
    EntryType type = EntryType::file;
    std::uint32_t mode = 0;    // POSIX st_mode: file type bits | suid/sgid/sticky | permissions
    std::uint64_t size = 0;    // regular files and symlinks; 0 for dirs and repeated hard links
    std::uint32_t uid = 0;
    std::uint32_t gid = 0;
    std::string link_target;   // symlink target as stored (not resolved)
    std::string hardlink_to;   // an earlier entry with the same inode (fsutil's hard-link Linkname)
    std::int64_t mtime_ns = 0; // modification time, nanoseconds since the epoch
    std::uint32_t dev_major = 0;  // character and block devices
    std::uint32_t dev_minor = 0;
};

struct WalkError {
    std::string path;    // context-relative ("" for the root)
    std::string message; // "open: Permission denied", ...
    int error_code = 0;  // errno when from the system
};

// One filter layer: fsutil's FilterOpt include/exclude pattern lists.
struct Filter {
    std::vector<std::string> include_patterns;  // empty: everything is included
    std::vector<std::string> exclude_patterns;  // the .dockerignore patterns (after read_ignore_file)
};

struct WalkOptions {
    Filter filter;
    // Further filters stacked on top of `filter` (innermost first), e.g.
    // COPY --parents/--exclude selecting from the already-filtered context. An
    // exception in one layer cannot re-include what another layer excluded.
    std::vector<Filter> outer_filters;
    // Fill in stat data (mode, size, owner, link target, mtime). Off: only
    // path and type (cheaper when only the path list is needed).
    bool stat = true;
};

struct WalkResult {
    // False when the walk could not run or was aborted as BuildKit would abort
    // it: invalid patterns ("invalid excludepatterns: [!]: illegal exclusion
    // pattern: \"!\""), a pattern that fails when evaluated, or an unreadable
    // root. `entries` then holds what was collected so far.
    bool ok = true;
    std::string error;
    std::vector<Entry> entries;     // in walk order (see above)
    std::vector<WalkError> errors;  // non-fatal entry problems
};

// Walks the directory `root` (symlinks inside it are never followed; the root
// itself may be a symlink to a directory, as BuildKit resolves it).
WalkResult walk(const std::filesystem::path& root, const WalkOptions& options = {});

// The same filtering over an in-memory tree: `tree` lists entries (any order;
// only path and type are needed, other fields are copied through). Missing
// parent directories are not invented. Nothing is read from disk.
WalkResult walk_tree(std::span<const Entry> tree, const WalkOptions& options = {});

// Walk order comparison: path components compared byte-wise, a parent before
// its children ("a" < "a/b" < "a-b"... i.e. '/' sorts before every other byte).
bool walk_order_less(std::string_view a, std::string_view b) noexcept;

// Which ignore file BuildKit uses: "<Dockerfile>.dockerignore" next to the
// Dockerfile when it exists, else "<context>/.dockerignore" when it exists.
std::optional<std::filesystem::path> find_ignore_file(const std::filesystem::path& context_root,
                                                      const std::filesystem::path& dockerfile);

}  // namespace dflint::context
