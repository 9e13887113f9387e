#pragma once
// Configuration files and environment: dflint reads `.dflint.yaml` and
// hadolint's `.hadolint.yaml` as they are, plus the HADOLINT_* variables.
// Precedence (lowest first): defaults, environment, config file, command line;
// list settings are concatenated across sources, as hadolint does.
#include <optional>
#include <string>
#include <string_view>

#include "dflint/image_ref.hpp"
#include "dflint/lint.hpp"

namespace dflint {

struct ConfigError {
    std::string file;
    int line = 0;    // 1-based; 0 when unknown
    int column = 0;
    std::string message;
    std::string to_string() const;  // "file:line:col: message"
};

// Applies a YAML document to `config`. Unknown keys and wrong types are errors.
bool apply_config_yaml(std::string_view yaml, std::string_view file_name, Config& config, ConfigError& error);
bool apply_config_file(const std::string& path, Config& config, ConfigError& error);

// The config file for a Dockerfile in `start_dir`: the nearest `.dflint.yaml`,
// `.dflint.yml`, `.hadolint.yaml` or `.hadolint.yml` walking up to the
// repository root (the folder holding `.git`), then hadolint's user-level
// locations ($XDG_CONFIG_HOME/hadolint.yaml, ~/.config/hadolint.yaml,
// ~/.hadolint/hadolint.yaml, ~/.hadolint.yaml).
std::optional<std::string> find_config_file(const std::string& start_dir);

// HADOLINT_* (and DFLINT_*) environment variables; NO_COLOR.
bool apply_environment(Config& config, ConfigError& error);

// An image name without tag or digest in one spelling per image:
// "docker.io/library/node" for "node", "library/node", "docker.io/node",
// "index.docker.io/library/node"; "ghcr.io/org/app" as written (the registry
// lower-cased). "" when `name` is not such a name.
std::string normalize_image_name(std::string_view name);
// The name of a parsed reference, normalised the same way.
std::string normalize_image_name(const ImageRef& ref);
// True for a valid tag: [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}.
bool valid_image_tag(std::string_view tag) noexcept;
// Checks one pin (`--pin IMAGE=TAG`, a `pin-tags:` entry): "" when valid,
// otherwise why not.
std::string check_pin(std::string_view image, std::string_view tag);
// The tag `config.pin_tags` names for this image, or nullptr.
const std::string* pinned_tag(const Config& config, const ImageRef& image);

}  // namespace dflint
