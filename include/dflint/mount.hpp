#pragma once
// `RUN --mount=…` options (BuildKit instructions/commands_runmount.go).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dflint {

enum class MountType { bind, cache, tmpfs, secret, ssh };

struct Mount {
    MountType type = MountType::bind;
    std::string from;       // stage, image or named context (bind/cache)
    std::string source;     // subpath in `from`, or the secret source
    std::string target;     // mount point
    std::string id;         // cache/secret/ssh id
    std::string sharing;    // cache: shared|private|locked
    std::optional<bool> readonly;
    std::optional<bool> required;
    std::string env;        // secret exposed as an environment variable
    std::string mode, uid, gid, size;
    std::string error;      // BuildKit's message when the option list is invalid
};

// Parses the value of one --mount flag (CSV key[=value] list).
Mount parse_mount(std::string_view value);
std::string_view mount_type_name(MountType t) noexcept;

}  // namespace dflint
