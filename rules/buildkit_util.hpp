#pragma once
// Helpers for the rules that re-implement BuildKit's build checks
// (rules/<PascalCaseName>.cpp): BuildKit's "did you mean" search, variable
// references mapped back to source ranges, the containerd platform parser and
// the environment of well-known base images.
#include <algorithm>
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/text.hpp"
#include "rules/rule.hpp"

namespace dflint::rules::bk {

// Go's `s == strings.ToLower(s)` / `s == strings.ToUpper(s)` for ASCII keywords.
inline bool is_lower(std::string_view s) noexcept {
    return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}
inline bool is_upper(std::string_view s) noexcept {
    return std::none_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}
inline std::string upper(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z') c = char(c - 32);
    return out;
}


// BuildKit's util/suggest search: the first option closest to `value` at an
// edit distance below 3; "" when none is close or an option equals `value`.
inline std::string suggest(std::string_view value, const std::vector<std::string>& options, bool case_sensitive = true) {
    const std::string val = case_sensitive ? std::string(value) : lower(value);
    std::string match;
    std::size_t best = 3;
    for (const auto& o : options) {
        const std::string opt = case_sensitive ? o : lower(o);
        if (opt == val) return {};
        const auto d = edit_distance(val, opt);
        if (d < best) {
            best = d;
            match = o;
        }
    }
    return match;
}

// One `$NAME` / `${NAME…}` reference with its source range.
struct VarRef {
    std::string name;
    Range range;
};

// The variable references of a word that came from `range`. When the word is
// the verbatim source text (the usual case) every reference gets its exact
// range; otherwise (JSON strings, words joined across lines) the whole range.
inline std::vector<VarRef> var_refs(const Document& doc, std::string_view text, Range range) {
    std::vector<VarRef> out;
    bool verbatim = doc.slice(range) == text;
    // A JSON string without escapes: the text sits between the quotes.
    if (!verbatim && range.size() == text.size() + 2 && doc.slice({range.begin + 1, range.end - 1}) == text) {
        range = {range.begin + 1, range.end - 1};
        verbatim = true;
    }
    for (const auto& r : shell::find_variables(text, doc.escape)) {
        if (verbatim && r.end > r.begin)
            out.push_back({r.name, {static_cast<std::uint32_t>(range.begin + r.begin), static_cast<std::uint32_t>(range.begin + r.end)}});
        else
            out.push_back({r.name, range});
    }
    return out;
}

// Range of the first reference to `name` in the word, or the whole word.
inline Range var_range(const Document& doc, std::string_view text, Range range, std::string_view name) {
    for (const auto& r : var_refs(doc, text, range))
        if (r.name == name) return r.range;
    return range;
}

// containerd's platforms.Parse, reduced to what the checks need: the
// normalised OS and architecture, or nullopt when the specifier is invalid.
struct Platform {
    std::string os, arch, variant;
};

inline std::optional<Platform> parse_platform(std::string_view spec) {
    static constexpr std::array<std::string_view, 16> known_os{"aix",   "android", "darwin", "dragonfly", "freebsd", "hurd",    "illumos", "ios",
                                                               "js",    "linux",   "nacl",   "netbsd",    "openbsd", "plan9", "solaris", "windows"};
    static constexpr std::array<std::string_view, 24> known_arch{"386",      "amd64",    "amd64p32", "arm",     "armbe",      "arm64",
                                                                 "arm64be",  "ppc64",    "ppc64le",  "loong64", "mips",       "mipsle",
                                                                 "mips64",   "mips64le", "mips64p32", "mips64p32le", "ppc", "riscv",
                                                                 "riscv64",  "s390",     "s390x",    "sparc",   "sparc64",    "wasm"};
    auto normalize_os = [](std::string_view os) {
        std::string o = lower(os);
        if (o == "macos") o = "darwin";
        return o;
    };
    auto normalize_arch = [](std::string_view arch, std::string_view variant) {
        std::string a = lower(arch), v = lower(variant);
        if (a == "i386") a = "386", v.clear();
        else if (a == "x86_64" || a == "x86-64" || a == "amd64") {
            a = "amd64";
            if (v == "v1") v.clear();
        } else if (a == "aarch64" || a == "arm64") {
            a = "arm64";
            if (v == "8" || v == "v8") v.clear();
        } else if (a == "armhf") a = "arm", v = "v7";
        else if (a == "armel") a = "arm", v = "v6";
        else if (a == "arm") {
            if (v.empty() || v == "7") v = "v7";
            else if (v == "5" || v == "6" || v == "8") v = "v" + v;
        }
        return std::pair<std::string, std::string>{a, v};
    };
    if (spec.find('*') != std::string_view::npos) return std::nullopt;
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (true) {
        const auto j = spec.find('/', i);
        parts.push_back(spec.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
        if (j == std::string_view::npos) break;
        i = j + 1;
    }
    for (auto p : parts) {
        if (p.empty()) return std::nullopt;
        for (char c : p)
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return std::nullopt;
    }
    Platform out;
    switch (parts.size()) {
        case 1: {
            out.os = normalize_os(parts[0]);
            if (std::find(known_os.begin(), known_os.end(), out.os) != known_os.end()) {
                out.arch = "amd64";
                return out;
            }
            auto [a, v] = normalize_arch(parts[0], "");
            if (a == "arm" && v == "v7") v.clear();
            if (std::find(known_arch.begin(), known_arch.end(), a) == known_arch.end()) return std::nullopt;
            out.os = "linux";
            out.arch = a;
            out.variant = v;
            return out;
        }
        case 2: {
            out.os = normalize_os(parts[0]);
            auto [a, v] = normalize_arch(parts[1], "");
            if (a == "arm" && v == "v7") v.clear();
            out.arch = a;
            out.variant = v;
            return out;
        }
        case 3: {
            out.os = normalize_os(parts[0]);
            auto [a, v] = normalize_arch(parts[1], parts[2]);
            out.arch = a;
            out.variant = v;
            return out;
        }
        default:
            return std::nullopt;
    }
}

// One EXPOSE port spec `[[ip:]host_port:]container_port[/proto]` split as
// BuildKit's parsePort does; nullopt when BuildKit rejects it (no port, or a
// protocol other than tcp/udp/sctp in any case).
struct ExposeSpec {
    std::string ip, host_port, container_port, proto;
    std::size_t container_offset = 0;  // where the container part starts in the spec
    std::size_t proto_offset = 0;      // where the protocol starts (== size when absent)
};

inline std::optional<ExposeSpec> parse_expose(std::string_view spec) {
    ExposeSpec out;
    std::vector<std::size_t> colons;
    for (std::size_t i = 0; i < spec.size(); ++i)
        if (spec[i] == ':') colons.push_back(i);
    std::string_view container = spec;
    if (colons.size() == 1) {
        out.host_port = std::string(spec.substr(0, colons[0]));
        out.container_offset = colons[0] + 1;
    } else if (colons.size() >= 2) {
        const auto a = colons[colons.size() - 2], b = colons.back();
        out.ip = std::string(spec.substr(0, a));
        out.host_port = std::string(spec.substr(a + 1, b - a - 1));
        out.container_offset = b + 1;
    }
    container = spec.substr(out.container_offset);
    const auto slash = container.find('/');
    out.container_port = std::string(container.substr(0, slash));
    out.proto_offset = slash == std::string_view::npos ? spec.size() : out.container_offset + slash + 1;
    if (slash != std::string_view::npos) out.proto = std::string(container.substr(slash + 1));
    if (out.container_port.empty()) return std::nullopt;
    const std::string p = lower(out.proto);
    if (!p.empty() && p != "tcp" && p != "udp" && p != "sctp") return std::nullopt;
    return out;
}

// The environment BuildKit expands a stage's words with, as far as dflint can
// know it: the base image's environment (PATH, which BuildKit always sets,
// plus the variables of well-known official images), the ENVs and ARGs of the
// stages this one builds on (`FROM <stage>` inherits both), and the stage's
// own ENVs and ARGs before the instruction. The automatic platform ARGs are
// not part of it until a stage declares them with `ARG`.
struct BuildEnv {
    struct Var {
        std::string name;
        std::optional<std::string> value;  // nullopt: value unknown (base image) or none (ARG without value)
        bool in_env = true;                // false: an ARG declared without a value
    };
    std::vector<Var> vars;     // later entries shadow earlier ones
    bool image_known = true;   // the base image's environment is fully known
    std::string image;         // root base image ("" for scratch)

    const Var* find(std::string_view name) const {
        for (auto it = vars.rbegin(); it != vars.rend(); ++it)
            if (it->name == name) return &*it;
        return nullptr;
    }
    // Names in the environment, first declaration order (BuildKit's env.Keys()).
    std::vector<std::string> keys() const {
        std::vector<std::string> out;
        for (const auto& v : vars)
            if (v.in_env && std::find(out.begin(), out.end(), v.name) == out.end()) out.push_back(v.name);
        return out;
    }
    // A lookup for shell::process_word; sets *unknown when a variable whose
    // value dflint cannot know was used.
    shell::Lookup lookup(std::shared_ptr<bool> unknown = nullptr) const {
        return [this, unknown](std::string_view name) -> std::optional<std::string> {
            const Var* v = find(name);
            if (!v || !v->in_env) return std::nullopt;
            if (!v->value) {
                if (unknown) *unknown = true;
                return std::string();
            }
            return v->value;
        };
    }
};

inline constexpr std::string_view default_path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

inline const std::vector<std::string>* known_image_env(std::string_view path);

inline BuildEnv build_env(const Model& model, const InstructionInfo& info) {
    BuildEnv env;
    const Stage* stage = model.stage_of(info);
    if (!stage) return env;
    // The chain of stages, root first.
    std::vector<const Stage*> chain{stage};
    while (chain.back()->base_stage >= 0 && chain.size() <= model.stages().size())
        chain.push_back(&model.stages()[static_cast<std::size_t>(chain.back()->base_stage)]);
    std::reverse(chain.begin(), chain.end());
    const Stage* root = chain.front();
    env.vars.push_back({"PATH", std::string(default_path), true});
    if (!root->scratch) {
        env.image = root->image;
        std::string_view path = root->image_ref.path;
        if (path.substr(0, 8) == "library/") path.remove_prefix(8);
        const auto* known = root->image_ref.valid ? known_image_env(path) : nullptr;
        if (known)
            for (const auto& n : *known) env.vars.push_back({n, std::nullopt, true});
        else
            env.image_known = false;
    }
    // ARGs of the stages this one builds on (their ENVs are in info.env).
    for (std::size_t i = 0; i + 1 < chain.size(); ++i) {
        if (!chain[i]->env) continue;
        for (const auto& v : chain[i]->env->vars)
            if (v.source == VarSource::arg) env.vars.push_back({v.name, v.value, v.value.has_value()});
    }
    if (info.env)
        for (const auto& v : info.env->vars) {
            if (v.source == VarSource::env) env.vars.push_back({v.name, v.value, true});
            else if (v.source == VarSource::arg) env.vars.push_back({v.name, v.value, v.value.has_value()});
        }
    return env;
}

// EXPOSE: calls f(arg, words) for each argument with the words BuildKit
// expands it to (an argument that does not expand is skipped).
template <class F>
void for_each_expose_arg(const Model& model, const InstructionInfo& info, F&& f) {
    if (info.stage < 0) return;
    const BuildEnv env = build_env(model, info);
    shell::LexOptions o;
    o.escape = model.doc().escape;
    for (const auto& arg : info.ins->args) {
        const auto r = shell::process_words(arg.text, env.lookup(), o);
        if (r.ok) f(arg, r.words);
    }
}

// The environment variables that popular official base images set in their
// image config (besides PATH, which BuildKit always provides). BuildKit reads
// the real config from the registry; dflint does no I/O, so it knows these.
// Keyed by the repository path without registry and `library/` ("python" for
// "docker.io/library/python:3.12", "dotnet/aspnet" for
// "mcr.microsoft.com/dotnet/aspnet:8.0").
inline const std::vector<std::string>* known_image_env(std::string_view path) {
    struct Entry {
        std::string_view image;
        std::vector<std::string> env;
    };
    static const std::vector<Entry> table{
        // Distribution images set no variables besides PATH.
        {"alpine", {}}, {"ubuntu", {}}, {"debian", {}}, {"busybox", {}}, {"buildpack-deps", {}}, {"centos", {}},
        {"amazonlinux", {}}, {"rockylinux", {}}, {"almalinux", {}}, {"oraclelinux", {}}, {"fedora", {"DISTTAG", "FGC", "FBR"}},
        {"golang", {"GOLANG_VERSION", "GOTOOLCHAIN", "GOPATH"}},
        {"python", {"LANG", "GPG_KEY", "PYTHON_VERSION", "PYTHON_SHA256", "PYTHON_PIP_VERSION", "PYTHON_SETUPTOOLS_VERSION", "PYTHON_GET_PIP_URL", "PYTHON_GET_PIP_SHA256"}},
        {"pypy", {"LANG", "PYPY_VERSION"}},
        {"node", {"NODE_VERSION", "YARN_VERSION"}},
        {"openjdk", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL"}},
        {"eclipse-temurin", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL"}},
        {"amazoncorretto", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL"}},
        {"ibm-semeru-runtimes", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL"}},
        {"sapmachine", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL"}},
        {"tomcat", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL", "CATALINA_HOME", "TOMCAT_NATIVE_LIBDIR", "LD_LIBRARY_PATH", "GPG_KEYS", "TOMCAT_MAJOR", "TOMCAT_VERSION", "TOMCAT_SHA512"}},
        {"maven", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL", "MAVEN_HOME", "MAVEN_CONFIG"}},
        {"gradle", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL", "GRADLE_HOME", "GRADLE_VERSION"}},
        {"groovy", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL", "GROOVY_HOME", "GROOVY_VERSION"}},
        {"clojure", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL", "CLOJURE_VERSION", "LEIN_VERSION", "LEIN_INSTALL", "LEIN_ROOT"}},
        {"jenkins/jenkins", {"JAVA_HOME", "JAVA_VERSION", "LANG", "LANGUAGE", "LC_ALL", "JENKINS_HOME", "JENKINS_SLAVE_AGENT_PORT", "REF", "JENKINS_VERSION", "JENKINS_UC", "JENKINS_UC_EXPERIMENTAL", "JENKINS_INCREMENTALS_REPO_MIRROR", "COPY_REFERENCE_FILE_LOG"}},
        {"ruby", {"LANG", "RUBY_MAJOR", "RUBY_VERSION", "RUBY_DOWNLOAD_URL", "RUBY_DOWNLOAD_SHA256", "GEM_HOME", "BUNDLE_SILENCE_ROOT_WARNING", "BUNDLE_APP_CONFIG"}},
        {"php", {"PHPIZE_DEPS", "PHP_INI_DIR", "APACHE_CONFDIR", "APACHE_ENVVARS", "PHP_CFLAGS", "PHP_CPPFLAGS", "PHP_LDFLAGS", "GPG_KEYS", "PHP_VERSION", "PHP_URL", "PHP_ASC_URL", "PHP_SHA256"}},
        {"wordpress", {"PHPIZE_DEPS", "PHP_INI_DIR", "APACHE_CONFDIR", "APACHE_ENVVARS", "PHP_CFLAGS", "PHP_CPPFLAGS", "PHP_LDFLAGS", "GPG_KEYS", "PHP_VERSION", "PHP_URL", "PHP_ASC_URL", "PHP_SHA256"}},
        {"drupal", {"PHPIZE_DEPS", "PHP_INI_DIR", "APACHE_CONFDIR", "APACHE_ENVVARS", "PHP_CFLAGS", "PHP_CPPFLAGS", "PHP_LDFLAGS", "GPG_KEYS", "PHP_VERSION", "PHP_URL", "PHP_ASC_URL", "PHP_SHA256", "DRUPAL_VERSION"}},
        {"composer", {"PHPIZE_DEPS", "PHP_INI_DIR", "APACHE_CONFDIR", "APACHE_ENVVARS", "PHP_CFLAGS", "PHP_CPPFLAGS", "PHP_LDFLAGS", "GPG_KEYS", "PHP_VERSION", "PHP_URL", "PHP_ASC_URL", "PHP_SHA256", "COMPOSER_ALLOW_SUPERUSER", "COMPOSER_HOME", "COMPOSER_VERSION"}},
        {"nginx", {"NGINX_VERSION", "NJS_VERSION", "NJS_RELEASE", "PKG_RELEASE", "DYNPKG_RELEASE"}},
        {"httpd", {"HTTPD_PREFIX", "HTTPD_VERSION", "HTTPD_SHA256", "HTTPD_PATCHES"}},
        {"haproxy", {"HAPROXY_VERSION", "HAPROXY_URL", "HAPROXY_SHA256"}},
        {"rust", {"RUSTUP_HOME", "CARGO_HOME", "RUST_VERSION"}},
        {"postgres", {"GOSU_VERSION", "LANG", "PG_MAJOR", "PG_VERSION", "PGDATA"}},
        {"mysql", {"GOSU_VERSION", "MYSQL_MAJOR", "MYSQL_VERSION", "MYSQL_SHELL_VERSION"}},
        {"mariadb", {"GOSU_VERSION", "LANG", "MARIADB_VERSION"}},
        {"redis", {"REDIS_VERSION", "REDIS_DOWNLOAD_URL", "REDIS_DOWNLOAD_SHA"}},
        {"mongo", {"GOSU_VERSION", "JSYAML_VERSION", "MONGO_PACKAGE", "MONGO_REPO", "MONGO_MAJOR", "MONGO_VERSION", "HOME", "GLIBC_TUNABLES"}},
        {"rabbitmq", {"OPENSSL_VERSION", "OTP_VERSION", "RABBITMQ_DATA_DIR", "RABBITMQ_VERSION", "RABBITMQ_PGP_KEY_ID", "RABBITMQ_HOME", "HOME", "LANG", "LANGUAGE", "LC_ALL"}},
        {"erlang", {"OTP_VERSION", "REBAR3_VERSION", "LANG"}},
        {"elixir", {"OTP_VERSION", "REBAR3_VERSION", "ELIXIR_VERSION", "LANG"}},
        {"haskell", {"LANG", "GHC", "STACK", "CABAL_INSTALL"}},
        {"julia", {"JULIA_PATH", "JULIA_GPG", "JULIA_VERSION"}},
        {"swift", {"SWIFT_SIGNING_KEY", "SWIFT_PLATFORM", "SWIFT_BRANCH", "SWIFT_VERSION", "SWIFT_WEBROOT"}},
        {"gcc", {"GPG_KEYS", "GCC_MIRRORS", "GCC_VERSION", "LD_LIBRARY_PATH"}},
        {"docker", {"DOCKER_VERSION", "DOCKER_BUILDX_VERSION", "DOCKER_COMPOSE_VERSION", "DOCKER_TLS_CERTDIR"}},
        {"influxdb", {"INFLUXDB_VERSION"}},
        {"dotnet/runtime-deps", {"APP_UID", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "ASPNETCORE_URLS"}},
        {"dotnet/runtime", {"APP_UID", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "ASPNETCORE_URLS"}},
        {"dotnet/aspnet", {"APP_UID", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "ASPNETCORE_URLS"}},
        {"dotnet/sdk", {"APP_UID", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "ASPNETCORE_URLS"}},
        {"dotnet/nightly/runtime-deps", {"APP_UID", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "ASPNETCORE_URLS"}},
        {"dotnet/nightly/runtime", {"APP_UID", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "ASPNETCORE_URLS"}},
        {"dotnet/nightly/aspnet", {"APP_UID", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "ASPNETCORE_URLS"}},
        {"dotnet/nightly/sdk", {"APP_UID", "ASPNETCORE_HTTP_PORTS", "DOTNET_RUNNING_IN_CONTAINER", "DOTNET_VERSION", "ASPNET_VERSION", "DOTNET_SDK_VERSION", "DOTNET_GENERATE_ASPNET_CERTIFICATE", "DOTNET_NOLOGO", "DOTNET_USE_POLLING_FILE_WATCHER", "NUGET_XMLDOC_MODE", "POWERSHELL_DISTRIBUTION_CHANNEL", "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "ASPNETCORE_URLS"}},
        {"nvidia/cuda", {"NVARCH", "NVIDIA_REQUIRE_CUDA", "NV_CUDA_CUDART_VERSION", "CUDA_VERSION", "LD_LIBRARY_PATH", "NVIDIA_VISIBLE_DEVICES", "NVIDIA_DRIVER_CAPABILITIES", "NV_CUDA_LIB_VERSION", "NV_NVTX_VERSION", "NV_LIBNPP_VERSION", "NV_LIBCUBLAS_VERSION", "NV_LIBNCCL_PACKAGE", "NV_CUDNN_VERSION", "NV_CUDNN_PACKAGE", "LIBRARY_PATH"}},
        {"jupyter/base-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME"}},
        {"jupyter/minimal-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME"}},
        {"jupyter/scipy-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME"}},
        {"jupyter/r-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME"}},
        {"jupyter/julia-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME", "JULIA_DEPOT_PATH", "JULIA_PKGDIR"}},
        {"jupyter/tensorflow-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME"}},
        {"jupyter/pytorch-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME"}},
        {"jupyter/datascience-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME", "JULIA_DEPOT_PATH", "JULIA_PKGDIR"}},
        {"jupyter/pyspark-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME", "SPARK_HOME", "SPARK_OPTS", "APACHE_SPARK_VERSION", "HADOOP_VERSION"}},
        {"jupyter/all-spark-notebook", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME", "SPARK_HOME", "SPARK_OPTS", "APACHE_SPARK_VERSION", "HADOOP_VERSION"}},
        {"jupyter/docker-stacks-foundation", {"CONDA_DIR", "SHELL", "NB_USER", "NB_UID", "NB_GID", "LC_ALL", "LANG", "LANGUAGE", "HOME", "JUPYTER_PORT", "XDG_CACHE_HOME"}},
    };
    for (const auto& e : table)
        if (e.image == path) return &e.env;
    return nullptr;
}

}  // namespace dflint::rules::bk
