#pragma once
// Which files a run lints: the paths given, with folders searched for
// Dockerfiles; and reading them.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dflint::cli {

struct Input {
    std::string path;     // to read; "-" is standard input
    std::string display;  // the name reports show
    long long size = -1;  // a regular file's size when collect_inputs already stat'ed it
};

struct Inputs {
    std::vector<Input> files;           // in command-line order; a folder's files sorted by path
    std::vector<std::string> errors;    // "PATH: No such file or directory" (exit status 2)
    std::vector<std::string> warnings;  // "no Dockerfile found in DIR", unreadable ignore files
};

// Folder names never searched.
const std::vector<std::string_view>& skipped_folder_names();
// Dockerfile, Dockerfile.*, *.Dockerfile, *.dockerfile, Containerfile, Containerfile.*,
// *.Containerfile (not *.dockerignore, nor editor backups ending in ~).
bool is_dockerfile_name(std::string_view name) noexcept;

// `stdin_name`: the display name of "-" (default "-").
Inputs collect_inputs(const std::vector<std::string>& paths, const std::optional<std::string>& stdin_name);

// Reads a file ("-": standard input); on failure `error` is "PATH: reason".
// `known_size` >= 0: the path is a regular file of that size (no fstat needed).
bool read_input(const std::string& path, std::string& out, std::string& error, long long known_size = -1);

}  // namespace dflint::cli
