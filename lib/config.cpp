// YAML configuration (yaml-cpp) and environment variables.
#include "dflint/config.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "dflint/text.hpp"

namespace dflint {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view known_keys[] = {
    "ignored", "override", "trustedRegistries", "label-schema", "strict-labels", "failure-threshold", "no-fail",
    "no-color", "verbose", "disable-ignore-pragma", "format", "formats",
    // dflint's own
    "select", "require-digest", "shellcheck", "build-args", "target", "pin-tags", "fmt"};

bool fail(ConfigError& e, std::string_view file, const YAML::Node& node, std::string message) {
    e.file = std::string(file);
    const auto m = node.Mark();
    e.line = m.line >= 0 ? m.line + 1 : 0;
    e.column = m.column >= 0 ? m.column + 1 : 0;
    e.message = std::move(message);
    return false;
}

bool read_bool(const YAML::Node& n, std::string_view file, std::string_view key, bool& out, ConfigError& e) {
    if (!n.IsScalar()) return fail(e, file, n, std::string(key) + ": expected true or false");
    const auto v = n.Scalar();
    if (v == "true" || v == "True" || v == "yes" || v == "on") out = true;
    else if (v == "false" || v == "False" || v == "no" || v == "off") out = false;
    else return fail(e, file, n, std::string(key) + ": expected true or false, got '" + v + "'");
    return true;
}

bool read_list(const YAML::Node& n, std::string_view file, std::string_view key, std::vector<std::string>& out, ConfigError& e) {
    if (n.IsNull()) return true;
    if (n.IsScalar()) {
        out.push_back(n.Scalar());
        return true;
    }
    if (!n.IsSequence()) return fail(e, file, n, std::string(key) + ": expected a list of strings");
    for (const auto& item : n) {
        if (!item.IsScalar()) return fail(e, file, item, std::string(key) + ": expected a string");
        out.push_back(item.Scalar());
    }
    return true;
}

bool read_threshold(std::string_view v, Severity& out) {
    if (v == "none") {
        out = Severity::ignore;
        return true;
    }
    return parse_severity(v, out);
}

bool truthy(std::string_view v) {
    std::string l(v);
    std::transform(l.begin(), l.end(), l.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return l == "1" || l == "y" || l == "yes" || l == "on" || l == "true";
}


bool is_docker_hub(std::string_view registry) {
    return registry.empty() || registry == "docker.io" || registry == "index.docker.io" || registry == "registry-1.docker.io";
}

}  // namespace

std::string normalize_image_name(const ImageRef& ref) {
    if (!ref.valid || ref.path.empty()) return {};
    std::string registry = ref.registry;
    std::transform(registry.begin(), registry.end(), registry.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (is_docker_hub(registry)) return "docker.io/" + (ref.path.find('/') == std::string::npos ? "library/" + ref.path : ref.path);
    return registry + "/" + ref.path;
}

std::string normalize_image_name(std::string_view name) {
    const ImageRef ref = parse_image_ref(name);
    if (!ref.valid || ref.has_tag() || ref.has_digest()) return {};
    return normalize_image_name(ref);
}

bool valid_image_tag(std::string_view tag) noexcept {
    auto word = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'; };
    if (tag.empty() || tag.size() > 128 || !word(tag[0])) return false;
    return std::all_of(tag.begin() + 1, tag.end(), [&](char c) { return word(c) || c == '.' || c == '-'; });
}

std::string check_pin(std::string_view image, std::string_view tag) {
    if (image.empty()) return "expected IMAGE=TAG (e.g. node=20.11-alpine)";
    const ImageRef ref = parse_image_ref(image);
    if (!ref.valid) return "'" + std::string(image) + "' is not an image name" + (ref.error.empty() ? "" : " (" + ref.error + ")");
    if (ref.has_tag() || ref.has_digest())
        return "'" + std::string(image) + "': give the image without a tag or digest, and the tag after '=' (e.g. node=20.11-alpine)";
    if (tag == "latest") return "pinning to 'latest' pins nothing: name a version (e.g. " + std::string(image) + "=20.11-alpine)";
    if (!valid_image_tag(tag))
        return "'" + std::string(tag) + "' is not a valid tag for " + std::string(image) +
               " (letters, digits, '_', '.' and '-', not starting with '.' or '-', at most 128)";
    return {};
}

const std::string* pinned_tag(const Config& config, const ImageRef& image) {
    if (config.pin_tags.empty()) return nullptr;
    const std::string want = normalize_image_name(image);
    if (want.empty()) return nullptr;
    for (const auto& [name, tag] : config.pin_tags)
        if (normalize_image_name(std::string_view(name)) == want) return &tag;
    return nullptr;
}

std::string ConfigError::to_string() const {
    std::string s = file;
    if (line > 0) s += ":" + std::to_string(line) + ":" + std::to_string(column);
    return s + ": " + message;
}

bool apply_config_yaml(std::string_view yaml, std::string_view file, Config& config, ConfigError& error) {
    YAML::Node root;
    try {
        root = YAML::Load(std::string(yaml));
    } catch (const YAML::ParserException& ex) {
        error.file = std::string(file);
        error.line = ex.mark.line + 1;
        error.column = ex.mark.column + 1;
        error.message = "invalid YAML: " + ex.msg;
        return false;
    }
    if (root.IsNull()) return true;  // an empty file is a valid, empty config
    if (!root.IsMap()) return fail(error, file, root, "expected a mapping of settings (key: value)");
    for (const auto& kv : root) {
        const std::string key = kv.first.Scalar();
        const YAML::Node& v = kv.second;
        if (std::find(std::begin(known_keys), std::end(known_keys), key) == std::end(known_keys)) {
            std::string msg = "unknown setting '" + key + "'";
            std::string best;
            std::size_t best_d = 4;
            for (auto k : known_keys) {
                const auto d = edit_distance(key, k);
                if (d < best_d) {
                    best_d = d;
                    best = std::string(k);
                }
            }
            if (!best.empty()) msg += " (did you mean '" + best + "'?)";
            return fail(error, file, kv.first, msg);
        }
        try {
            if (key == "ignored") {
                if (!read_list(v, file, key, config.ignored, error)) return false;
            } else if (key == "select") {
                if (!read_list(v, file, key, config.select, error)) return false;
            } else if (key == "trustedRegistries") {
                if (!read_list(v, file, key, config.trusted_registries, error)) return false;
            } else if (key == "override") {
                if (v.IsNull()) continue;
                if (!v.IsMap()) return fail(error, file, v, "override: expected a mapping of severity → list of codes");
                for (const auto& o : v) {
                    Severity s;
                    const std::string sev = o.first.Scalar();
                    if (!parse_severity(sev, s)) return fail(error, file, o.first, "override: unknown severity '" + sev + "' (error, warning, info, style or ignore)");
                    std::vector<std::string> codes;
                    if (!read_list(o.second, file, "override." + sev, codes, error)) return false;
                    for (auto& c : codes) config.overrides[c] = s;
                }
            } else if (key == "label-schema") {
                if (v.IsNull()) continue;
                if (!v.IsMap()) return fail(error, file, v, "label-schema: expected a mapping of label → type");
                for (const auto& l : v) {
                    const std::string type = l.second.IsNull() ? "text" : l.second.Scalar();
                    static constexpr std::string_view types[] = {"text", "url", "semver", "hash", "rfc3339", "spdx", "email"};
                    if (std::find(std::begin(types), std::end(types), type) == std::end(types))
                        return fail(error, file, l.second, "label-schema: unknown type '" + type + "' (text, url, semver, hash, rfc3339, spdx, email)");
                    config.label_schema[l.first.Scalar()] = type;
                }
            } else if (key == "strict-labels") {
                if (!read_bool(v, file, key, config.strict_labels, error)) return false;
            } else if (key == "no-fail") {
                if (!read_bool(v, file, key, config.no_fail, error)) return false;
            } else if (key == "disable-ignore-pragma") {
                if (!read_bool(v, file, key, config.disable_ignore_pragma, error)) return false;
            } else if (key == "require-digest") {
                if (!read_bool(v, file, key, config.require_digest, error)) return false;
            } else if (key == "shellcheck") {
                if (!read_bool(v, file, key, config.shellcheck, error)) return false;
            } else if (key == "verbose") {
                if (!read_bool(v, file, key, config.verbose, error)) return false;
            } else if (key == "no-color") {
                bool b = false;
                if (!read_bool(v, file, key, b, error)) return false;
                config.no_color = b;
            } else if (key == "failure-threshold") {
                if (!v.IsScalar() || !read_threshold(v.Scalar(), config.failure_threshold))
                    return fail(error, file, v, "failure-threshold: expected error, warning, info, style, ignore or none");
            } else if (key == "format" || key == "formats") {
                if (!read_list(v, file, key, config.formats, error)) return false;
            } else if (key == "build-args") {
                if (!v.IsMap()) return fail(error, file, v, "build-args: expected a mapping NAME: value");
                for (const auto& a : v) config.model.build_args[a.first.Scalar()] = a.second.Scalar();
            } else if (key == "target") {
                config.model.target = v.Scalar();
            } else if (key == "pin-tags") {
                if (v.IsNull()) continue;
                if (!v.IsMap()) return fail(error, file, v, "pin-tags: expected a mapping IMAGE: TAG (e.g. node: \"20.11-alpine\")");
                for (const auto& p : v) {
                    if (!p.first.IsScalar() || !p.second.IsScalar())
                        return fail(error, file, p.first, "pin-tags: expected IMAGE: TAG with a string on both sides");
                    const std::string image = p.first.Scalar(), tag = p.second.Scalar();
                    if (auto why = check_pin(image, tag); !why.empty()) return fail(error, file, p.first, "pin-tags: " + why);
                    const std::string norm = normalize_image_name(std::string_view(image));
                    for (const auto& kv : config.pin_tags)
                        if (kv.first != image && normalize_image_name(std::string_view(kv.first)) == norm)
                            return fail(error, file, p.first, "pin-tags: '" + image + "' and '" + kv.first + "' are the same image");
                    config.pin_tags[image] = tag;
                }
            } else if (key == "fmt") {
                if (v.IsNull()) continue;
                if (!v.IsMap()) return fail(error, file, v, "fmt: expected a mapping (indent: N, split-chains: true|false)");
                for (const auto& f : v) {
                    const std::string sub = f.first.Scalar();
                    if (sub == "indent") {
                        int n = -1;
                        try {
                            n = f.second.as<int>();
                        } catch (const YAML::Exception&) {
                        }
                        if (n < 0 || n > 16) return fail(error, file, f.second, "fmt.indent: expected a number from 0 to 16");
                        config.fmt.indent = n;
                    } else if (sub == "split-chains") {
                        if (!read_bool(f.second, file, "fmt.split-chains", config.fmt.split_chains, error)) return false;
                    } else {
                        return fail(error, file, f.first, "fmt: unknown setting '" + sub + "' (indent, split-chains)");
                    }
                }
            }
        } catch (const YAML::Exception& ex) {
            return fail(error, file, v, key + ": " + ex.msg);
        }
    }
    return true;
}

bool apply_config_file(const std::string& path, Config& config, ConfigError& error) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = {path, 0, 0, "cannot read config file"};
        return false;
    }
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return apply_config_yaml(text, path, config, error);
}

std::optional<std::string> find_config_file(const std::string& start_dir) {
    static constexpr std::string_view names[] = {".dflint.yaml", ".dflint.yml", ".hadolint.yaml", ".hadolint.yml"};
    std::error_code ec;
    fs::path dir = fs::absolute(start_dir.empty() ? fs::path(".") : fs::path(start_dir), ec);
    while (!dir.empty()) {
        for (auto n : names) {
            const auto p = dir / n;
            if (fs::is_regular_file(p, ec)) return p.string();
        }
        if (fs::exists(dir / ".git", ec)) break;  // repository root
        const auto parent = dir.parent_path();
        if (parent == dir) break;
        dir = parent;
    }
    std::vector<fs::path> user;
    if (const char* x = std::getenv("XDG_CONFIG_HOME"); x && *x) {
        user.push_back(fs::path(x) / "hadolint.yaml");
        user.push_back(fs::path(x) / "hadolint.yml");
    }
    if (const char* h = std::getenv("HOME"); h && *h) {
        const fs::path home(h);
        user.push_back(home / ".config/hadolint.yaml");
        user.push_back(home / ".config/hadolint.yml");
        user.push_back(home / ".hadolint/hadolint.yaml");
        user.push_back(home / ".hadolint/hadolint.yml");
        user.push_back(home / ".hadolint/config.yaml");
        user.push_back(home / ".hadolint/config.yml");
        user.push_back(home / ".hadolint.yaml");
        user.push_back(home / ".hadolint.yml");
    }
    for (const auto& p : user)
        if (fs::is_regular_file(p, ec)) return p.string();
    return std::nullopt;
}

bool apply_environment(Config& config, ConfigError& error) {
    auto env = [](const char* name) -> std::optional<std::string> {
        const char* v = std::getenv(name);
        if (!v) return std::nullopt;
        return std::string(v);
    };
    if (env("NO_COLOR")) config.no_color = true;
    if (auto v = env("HADOLINT_NOFAIL")) config.no_fail = truthy(*v);
    if (auto v = env("HADOLINT_VERBOSE")) config.verbose = truthy(*v);
    if (auto v = env("HADOLINT_STRICT_LABELS")) config.strict_labels = truthy(*v);
    if (auto v = env("HADOLINT_DISABLE_IGNORE_PRAGMA")) config.disable_ignore_pragma = truthy(*v);
    if (auto v = env("HADOLINT_FORMAT"))
        for (auto& f : split_commas(*v)) config.formats.push_back(f);
    if (auto v = env("HADOLINT_FAILURE_THRESHOLD")) {
        if (!read_threshold(*v, config.failure_threshold)) {
            error = {"HADOLINT_FAILURE_THRESHOLD", 0, 0, "expected error, warning, info, style, ignore or none, got '" + *v + "'"};
            return false;
        }
    }
    const std::pair<const char*, Severity> overrides[] = {{"HADOLINT_OVERRIDE_ERROR", Severity::error},
                                                           {"HADOLINT_OVERRIDE_WARNING", Severity::warning},
                                                           {"HADOLINT_OVERRIDE_INFO", Severity::info},
                                                           {"HADOLINT_OVERRIDE_STYLE", Severity::style}};
    for (const auto& [name, sev] : overrides)
        if (auto v = env(name))
            for (auto& c : split_commas(*v)) config.overrides[c] = sev;
    if (auto v = env("HADOLINT_IGNORE"))
        for (auto& c : split_commas(*v)) config.ignored.push_back(c);
    if (auto v = env("HADOLINT_TRUSTED_REGISTRIES"))
        for (auto& c : split_commas(*v)) config.trusted_registries.push_back(c);
    if (auto v = env("HADOLINT_REQUIRE_LABELS"))
        for (auto& c : split_commas(*v)) {
            const auto colon = c.find(':');
            config.label_schema[c.substr(0, colon)] = colon == std::string::npos || colon + 1 == c.size() ? "text" : c.substr(colon + 1);
        }
    return true;
}

}  // namespace dflint
