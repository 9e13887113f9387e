//! code: DL3042
//! name: pip-cache-not-disabled
//! severity: warning
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: Avoid keeping pip's download cache in the image: use `pip install --no-cache-dir`
//! url: https://github.com/hadolint/hadolint/wiki/DL3042
//! fixable: yes
//!
//! ## What it does
//! Flags a `pip install` (also `pip3`, `python -m pip install`) without
//! `--no-cache-dir`. Not reported when the cache is switched off otherwise:
//! `PIP_NO_CACHE_DIR` set to a true value (`1`, `true`, `yes`, `on`) by an
//! `ENV` or `ARG` of the stage (or of the stage it is built `FROM`), in the
//! command itself (`PIP_NO_CACHE_DIR=1 pip install …`) or exported earlier in
//! the same `RUN`; or when the `RUN` mounts a cache or tmpfs on pip's cache
//! directory (`--mount=type=cache,target=/root/.cache/pip`), or removes the
//! cache later in the same `RUN` (`pip cache purge`,
//! `rm -rf /root/.cache/pip`). `pipx` and `pipenv` are not pip and are not
//! checked.
//!
//! ## Why is this bad?
//! pip keeps every wheel it downloads in `~/.cache/pip`. In a container
//! image nothing ever installs again from that cache, yet it stays in the
//! layer: often tens or hundreds of megabytes of dead weight in every image
//! you push and pull.
//!
//! ## Example
//! ```dockerfile
//! FROM python:3.12-slim
//! RUN pip install flask==3.0.3
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM python:3.12-slim
//! RUN pip install --no-cache-dir flask==3.0.3
//! ```
//!
//! Or keep the cache between builds without putting it in the image:
//! ```dockerfile
//! # syntax=docker/dockerfile:1
//! FROM python:3.12-slim
//! RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3
//! ```
//!
//! ## References
//! - [pip: caching](https://pip.pypa.io/en/stable/topics/caching/)
//! - [Dockerfile reference: RUN --mount=type=cache](https://docs.docker.com/reference/dockerfile/#run---mounttypecache)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3042 {

using namespace lang;

bool truthy(std::string_view v) {
    const std::string s = lower(unquote(v));
    return s == "1" || s == "true" || s == "yes" || s == "on" || s == "y" || s == "t";
}

// `PIP_NO_CACHE_DIR=1` as a word (assignment prefix, `export`, `env`).
bool sets_no_cache(const shell::Word& w) {
    constexpr std::string_view key = "PIP_NO_CACHE_DIR=";
    return starts_with(w.text, key) && truthy(std::string_view(w.text).substr(key.size()));
}

bool disabled_in_script(const std::vector<shell::Command>& cmds, const shell::Command& pip) {
    for (const auto& w : pip.assignments)
        if (sets_no_cache(w)) return true;
    for (const auto& c : cmds) {
        if (c.begin >= pip.begin) break;
        if (!c.name) {
            for (const auto& w : c.assignments)  // a bare `PIP_NO_CACHE_DIR=1` line
                if (sets_no_cache(w)) return true;
            continue;
        }
        if (c.is("export") || c.is("env") || c.is("declare") || c.is("typeset"))
            for (const auto& w : c.args)
                if (sets_no_cache(w)) return true;
    }
    return false;
}

// `--no-cache-dir`, or an abbreviation pip accepts (`--no-cache`).
bool no_cache_flag(const shell::Command& c) {
    constexpr std::string_view flag = "--no-cache-dir";
    for (const auto& a : c.args) {
        std::string_view t = a.text;
        if (t == "--") break;
        t = t.substr(0, t.find('='));
        if (t.size() >= 10 && starts_with(flag, t)) return true;
    }
    return false;
}

// Later in the same RUN: `pip cache purge`, or an `rm` of pip's cache directory.
bool cache_removed_after(const std::vector<shell::Command>& cmds, const shell::Command& pip) {
    for (const auto& c : cmds) {
        if (c.begin <= pip.begin || !c.name) continue;
        if (is_pip_name(c.basename(), false) || is_python_name(c.basename())) {
            bool cache = false;
            for (const auto& a : c.args) {
                if (a.text == "cache") cache = true;
                else if (cache && (a.text == "purge" || a.text == "remove")) return true;
            }
        }
        if (c.is("rm"))
            for (const auto& a : c.args) {
                std::string_view t = a.text;
                while (t.size() > 1 && (t.back() == '/' || t.back() == '*')) t.remove_suffix(1);
                if (ends_with(t, ".cache/pip") || ends_with(t, "/.cache") || t == "~/.cache") return true;
            }
    }
    return false;
}

bool disabled_by_env(const InstructionInfo& info) {
    if (!info.env) return false;
    const VarDecl* v = info.env->find("PIP_NO_CACHE_DIR");
    return v && v->value && truthy(*v->value);
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const auto& cmds = commands(info);
    for (const auto& c : cmds) {
        const shell::Word* install = pip_install_word(c, false);
        if (!install) continue;
        if (no_cache_flag(c)) continue;
        // `pip install` without anything to install only prints an error.
        const Scan s = scan(c, arg_index(c, install) + 1, pip_install_options());
        if (s.operands.empty() && !has_option(s, {"r", "requirement", "e", "editable"})) continue;
        if (disabled_by_env(info) || disabled_in_script(cmds, c)) continue;
        if (cache_mount_containing(info, "pip") || cache_removed_after(cmds, c)) continue;
        auto& d = ctx.report(command_through(info, c, *install),
                   fmt::format("`{} install` keeps every downloaded package in pip's cache (~/.cache/pip), and the cache stays in this layer",
                               pip_display(c)),
                   fmt::format("add `--no-cache-dir`: `{} install --no-cache-dir …`; or set `ENV PIP_NO_CACHE_DIR=1` once in the stage; or keep the "
                               "cache outside the image with `RUN --mount=type=cache,target=/root/.cache/pip …`",
                               pip_display(c)));
        const Range r = word_range(info, *install);
        if (r.size() == install->raw.size() && ctx.text(r) == install->raw)
            d.fixes.push_back(Fix{"add `--no-cache-dir`", FixSafety::safe, {Edit{Range{r.end, r.end}, " --no-cache-dir"}}});
    }
}

}  // namespace dflint::rules::DL3042
