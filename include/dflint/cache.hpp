#pragma once
// Layer-cache simulation: from a Dockerfile, its build context and a change,
// predict for every instruction of every stage whether BuildKit's cache hits
// or misses, and why.
//
// The simulation is a pure function of two snapshots (before and after); the
// command line builds them from the file system, a snapshot file, a list of
// changed paths or git, and tests build them in memory.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/context.hpp"
#include "dflint/source.hpp"

namespace dflint::cache {

// One entry of the build context after .dockerignore, with what BuildKit's
// content hash covers (type, mode bits, size, link target, bytes; never mtime).
struct FileRecord {
    std::string path;               // context-relative, '/'-separated
    context::EntryType type = context::EntryType::file;
    std::uint32_t mode = 0;
    std::uint64_t size = 0;
    std::string link_target;
    std::string hash;               // hex XXH3-128 of the bytes (files); "" otherwise
    std::int64_t mtime_ns = 0;      // only to skip re-hashing unchanged files
    std::uint64_t inode = 0;        // idem
};

// Everything the cache depends on, at one point in time.
struct Snapshot {
    std::string dockerfile_path;    // as given
    std::string dockerfile_text;
    std::string ignore_file;        // the .dockerignore used ("" when none)
    std::string ignore_text;
    std::map<std::string, std::string> build_args;
    std::string target;
    std::vector<FileRecord> files;  // sorted by path

    const FileRecord* find(std::string_view path) const;
};

std::string to_json(const Snapshot& s);
bool from_json(std::string_view json, Snapshot& out, std::string& error);

struct ScanOptions {
    std::filesystem::path context = ".";
    std::filesystem::path dockerfile;                 // default: <context>/Dockerfile
    std::map<std::string, std::string> build_args;
    std::string target;
    unsigned threads = 0;                             // 0: hardware concurrency
    const Snapshot* reuse = nullptr;                  // re-use hashes of files whose stat data did not change
    std::function<void(std::size_t done, std::size_t total)> progress;
};

struct ScanResult {
    bool ok = true;
    std::string error;                                // fatal: context unreadable, bad .dockerignore…
    Snapshot snapshot;
    std::vector<context::WalkError> warnings;         // unreadable entries (not fatal)
    std::size_t files_hashed = 0;
    std::size_t hashes_reused = 0;
    std::uint64_t bytes_hashed = 0;
};

// Walks the context as BuildKit sends it (.dockerignore or
// <Dockerfile>.dockerignore applied, symlinks recorded, never followed) and
// hashes every file, in parallel.
ScanResult scan(const ScanOptions& options);

// A copy of `base` in which `paths` (context-relative) are different: existing
// files get another content hash, missing ones are treated as deleted in the
// copy's counterpart. Returns the "before" snapshot for `--changed` runs where
// `base` is the current state.
Snapshot before_changes(const Snapshot& current, const std::vector<std::string>& changed_paths);

enum class Status : std::uint8_t { hit, miss, maybe, skipped };
std::string_view status_name(Status s) noexcept;

enum class ReasonKind : std::uint8_t {
    none,
    after_miss,           // an earlier step this one builds on missed
    after_maybe,          // an earlier step may miss
    new_instruction,      // no such step in the previous build
    instruction_changed,  // its text changed
    base_image_changed,
    build_arg_changed,
    env_changed,          // an ENV (or ARG default) it sees changed
    state_changed,        // WORKDIR / USER / SHELL it runs with changed
    file_changed,         // a context file it takes in changed (added, removed, content or mode)
    stage_rebuilt,        // COPY --from / mount from a stage that rebuilds: hit only if its files come out identical
    remote_source,        // ADD <url> without --checksum: BuildKit re-checks the URL
    stage_not_needed,     // the target does not need this stage
};
std::string_view reason_name(ReasonKind k) noexcept;

struct Reason {
    ReasonKind kind = ReasonKind::none;
    std::string message;     // one readable sentence
    std::string path;        // file_changed: the first changed path
    std::string pattern;     // file_changed: the source that took it in
    std::string variable;    // build_arg_changed / env_changed
    std::uint32_t line = 0;  // after_miss: the line of the first miss; variable: its declaration
    std::string stage;       // stage_rebuilt: the stage name
};

struct Step {
    int stage = 0;
    std::string stage_name;
    std::uint32_t line = 0;       // 1-based line where the instruction starts
    std::string instruction;      // "RUN"
    std::string text;             // "RUN npm ci" (first line, white space collapsed)
    Status status = Status::hit;
    Reason reason;
    bool creates_step = false;    // BuildKit makes a cache step for it (FROM/RUN/COPY/ADD/WORKDIR)
    double cost = 0;              // estimated rebuild weight (install and compile steps weigh most)
    Range range;                  // the instruction in the Dockerfile
};

struct Plan {
    std::vector<Step> steps;      // every instruction of every stage, in file order
    int target = -1;
    std::vector<std::string> notes;  // caveats (e.g. "ADD URL re-checked on every build")
    bool parse_failed = false;
    std::string parse_error;

    std::size_t count(Status s) const;
};

// Whose cache semantics to follow.
enum class Builder : std::uint8_t {
    buildkit,  // default: only FROM/RUN/COPY/ADD/WORKDIR make cache steps
    buildah,   // buildah and Docker's classic builder: every instruction is a step,
               // so an edited ENV or LABEL misses there and invalidates what follows
};

struct SimulateOptions {
    Builder builder = Builder::buildkit;
};

Plan simulate(const Snapshot& before, const Snapshot& after, const SimulateOptions& options = {});

// The plan as JSON (`dflint cache --format json`, the C API, the Python module):
// {"version": 1, "target", "steps": [...], "summary", "notes"}; indent < 0 is compact.
std::string plan_to_json(const Plan& plan, int indent = -1);

// The rebuild cost of a change to each top-level file or folder of the context
// (and each file in the folders COPY names), sorted by cost, highest first.
struct Hotspot {
    std::string path;             // "src/", "package.json"
    std::uint32_t first_line = 0; // first step a change invalidates
    std::string first_step;
    std::size_t steps_rebuilt = 0;
    double cost = 0;
};
std::vector<Hotspot> hotspots(const Snapshot& current, const SimulateOptions& options = {});

// A Docker Compose `develop.watch` section for the target stage.
struct WatchRule {
    std::string action;   // "sync", "rebuild", "sync+restart"
    std::string path;     // context-relative ("./src")
    std::string target;   // container path for sync
    std::vector<std::string> ignore;
};
std::vector<WatchRule> watch_plan(const Snapshot& current);
std::string watch_plan_yaml(const std::vector<WatchRule>& rules, std::string_view service = "app");

}  // namespace dflint::cache
