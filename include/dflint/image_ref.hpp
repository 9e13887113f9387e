#pragma once
// Image references as the distribution/reference grammar defines them:
// [registry[:port]/]path[:tag][@digest].
#include <string>
#include <string_view>

#include "dflint/source.hpp"

namespace dflint {

struct ImageRef {
    bool valid = false;
    std::string error;      // why it is not a valid reference
    std::string registry;   // "localhost:5000", "ghcr.io"; empty for Docker Hub
    std::string path;       // "library/node" style path as written ("node")
    std::string tag;        // "16-alpine"; empty when absent
    std::string digest;     // "sha256:…"; empty when absent
    // Offsets relative to the parsed text (add the token's start for source ranges).
    Range registry_range, path_range, tag_range, digest_range;

    bool has_tag() const noexcept { return !tag.empty(); }
    bool has_digest() const noexcept { return !digest.empty(); }
    // "node" for "docker.io/library/node:16"; the last path component.
    std::string_view short_name() const noexcept;
};

ImageRef parse_image_ref(std::string_view text);

}  // namespace dflint
