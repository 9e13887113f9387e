#pragma once
// Helpers for the language package manager rules (pip, npm, gem, go, yarn)
// and the other RUN-command rules: option scanning that knows which options
// take a value, what an operand word becomes once the Dockerfile's ARG/ENV
// values are substituted, and finding pip (`pip3`, `python -m pip`).
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/shell.hpp"
#include "rules/rule.hpp"

namespace dflint::rules::lang {

inline bool starts_with(std::string_view s, std::string_view p) noexcept { return s.substr(0, p.size()) == p; }
inline bool ends_with(std::string_view s, std::string_view p) noexcept {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}
inline bool contains(std::string_view s, std::string_view p) noexcept { return s.find(p) != std::string_view::npos; }
inline bool one_of(std::string_view s, std::initializer_list<std::string_view> set) noexcept {
    return std::find(set.begin(), set.end(), s) != set.end();
}

// "-y", "--yes" ("-" alone is stdin and "--" ends the options: neither is an option).
inline bool is_option(std::string_view t) noexcept { return t.size() > 1 && t[0] == '-' && t != "--"; }

// Which options of a command take a value (written without their dashes).
struct OptionSpec {
    std::vector<std::string_view> long_with_value;  // "index-url" for `--index-url URL`
    std::string_view short_with_value;              // "ri" for `-r FILE`, `-i URL`
    // Long options not listed in `long_with_value`/`long_flags` take the next
    // word as their value (`gem install --foo bar`: hadolint's reading).
    bool unknown_long_takes_value = false;
    std::vector<std::string_view> long_flags;        // known value-less long options
    std::string_view short_flags;                    // known value-less short options
    bool unknown_short_takes_value = false;
};

// One option met while scanning: its name (without dashes) and its value word
// (null when it has none or the value is inline: then `inline_value` is set).
struct OptionHit {
    std::string name;
    const shell::Word* word = nullptr;
    const shell::Word* value = nullptr;
    std::optional<std::string> inline_value;
};

struct Scan {
    std::vector<const shell::Word*> operands;  // words that are not options or option values
    std::vector<OptionHit> options;
    bool saw_double_dash = false;
    std::size_t double_dash_index = 0;
};

// Scans c.args[from..]: options (with their values) and operands. After "--"
// everything is an operand, unless `stop_at_double_dash` (then the scan ends).
inline Scan scan(const shell::Command& c, std::size_t from, const OptionSpec& spec, bool stop_at_double_dash = false) {
    Scan s;
    const auto in = [](const std::vector<std::string_view>& v, std::string_view x) { return std::find(v.begin(), v.end(), x) != v.end(); };
    bool rest = false;
    for (std::size_t i = from; i < c.args.size(); ++i) {
        const auto& w = c.args[i];
        const std::string_view t = w.text;
        if (rest) {
            s.operands.push_back(&w);
            continue;
        }
        if (t == "--") {
            s.saw_double_dash = true;
            s.double_dash_index = i;
            if (stop_at_double_dash) break;
            rest = true;
            continue;
        }
        if (!is_option(t)) {
            s.operands.push_back(&w);
            continue;
        }
        if (t[1] == '-') {
            OptionHit h;
            h.word = &w;
            const auto eq = t.find('=');
            h.name = std::string(t.substr(2, eq == std::string_view::npos ? std::string_view::npos : eq - 2));
            if (eq != std::string_view::npos) {
                h.inline_value = std::string(t.substr(eq + 1));
            } else {
                const bool takes = in(spec.long_with_value, h.name) || (spec.unknown_long_takes_value && !in(spec.long_flags, h.name));
                if (takes && i + 1 < c.args.size()) h.value = &c.args[++i];
            }
            s.options.push_back(std::move(h));
            continue;
        }
        // Short options, possibly bundled: `-qr FILE`, `-rFILE`.
        for (std::size_t k = 1; k < t.size(); ++k) {
            OptionHit h;
            h.word = &w;
            h.name = std::string(1, t[k]);
            const bool known_flag = spec.short_flags.find(t[k]) != std::string_view::npos;
            const bool takes = spec.short_with_value.find(t[k]) != std::string_view::npos || (spec.unknown_short_takes_value && !known_flag);
            if (takes) {
                if (k + 1 < t.size()) {
                    std::string_view v = t.substr(k + 1);
                    if (!v.empty() && v[0] == '=') v.remove_prefix(1);
                    h.inline_value = std::string(v);
                } else if (i + 1 < c.args.size()) {
                    h.value = &c.args[++i];
                }
                s.options.push_back(std::move(h));
                break;
            }
            s.options.push_back(std::move(h));
        }
    }
    return s;
}

inline bool has_option(const Scan& s, std::initializer_list<std::string_view> names) {
    return std::any_of(s.options.begin(), s.options.end(), [&](const OptionHit& h) { return one_of(h.name, names); });
}

inline const OptionHit* find_option(const Scan& s, std::initializer_list<std::string_view> names) {
    for (const auto& h : s.options)
        if (one_of(h.name, names)) return &h;
    return nullptr;
}

// Index of `w` in c.args.
inline std::size_t arg_index(const shell::Command& c, const shell::Word* w) { return static_cast<std::size_t>(w - c.args.data()); }

// Words naming Dockerfile ARGs declared before `info` (their value may come from --build-arg).
inline bool declared_arg_before(const Model& model, const InstructionInfo& info, std::string_view name) {
    const auto& instructions = model.doc().instructions;
    for (std::size_t i = 0; i < info.index && i < instructions.size(); ++i) {
        if (instructions[i].kind != InstructionKind::arg) continue;
        for (const auto& kv : instructions[i].pairs)
            if (kv.key.text == name) return true;
    }
    return false;
}

// What an operand word stands for once the Dockerfile's variables are
// substituted. `known` is false when nothing can be said (the word is only a
// variable without a value here, or a command substitution).
struct Resolved {
    bool known = true;
    bool from_variables = false;      // the words came out of a variable
    std::vector<std::string> words;   // variables without a value expand to nothing
};

inline Resolved resolve(const Model& model, const InstructionInfo& info, const shell::Word& w) {
    Resolved r;
    if (!w.has_expansion) {
        r.words.push_back(w.text);
        return r;
    }
    r.from_variables = true;
    if (w.raw.find("$(") != std::string::npos || w.raw.find('`') != std::string::npos) {
        r.known = false;
        return r;
    }
    const auto lookup = model.lookup(info.env);
    const auto e = w.quoted ? shell::process_word(w.raw, lookup) : shell::process_words(w.raw, lookup);
    if (!e.ok) {
        r.known = false;
        return r;
    }
    if (e.unmatched.empty()) {
        if (w.quoted) r.words.push_back(e.word);
        else r.words = e.words;
        if (r.words.empty()) r.known = false;
        return r;
    }
    // Some variable has no value here: judge the literal text around it.
    std::string literal;
    if (w.quoted) literal = e.word;
    else
        for (const auto& s : e.words) literal += s;
    if (literal.empty() || literal == "-" || literal == "=") {
        r.known = false;
        return r;
    }
    r.words.push_back(std::move(literal));
    return r;
}

// ---------------------------------------------------------------- pip

// `pip`, `pip3`, `pip3.12` (and `pipx` when asked); not pipenv, pip-compile, ….
inline bool is_pip_name(std::string_view n, bool allow_pipx) {
    if (n == "pipx") return allow_pipx;
    if (!starts_with(n, "pip")) return false;
    for (char ch : n.substr(3))
        if (!((ch >= '0' && ch <= '9') || ch == '.')) return false;
    return true;
}

// `python`, `python3`, `python3.12`.
inline bool is_python_name(std::string_view n) {
    if (!starts_with(n, "python")) return false;
    for (char ch : n.substr(6))
        if (!((ch >= '0' && ch <= '9') || ch == '.')) return false;
    return true;
}

// Options of pip valid before the sub-command (global options) that take a value.
inline const OptionSpec& pip_global_options() {
    static const OptionSpec spec{{"log", "log-file", "local-log", "proxy", "retries", "timeout", "exists-action", "trusted-host", "cert",
                                  "client-cert", "cache-dir", "python", "use-feature", "use-deprecated", "keyring-provider"},
                                 "",
                                 false,
                                 {},
                                 "",
                                 false};
    return spec;
}

// Options of `pip install` (and pipx install) that take a value.
inline const OptionSpec& pip_install_options() {
    static const OptionSpec spec{{"requirement", "constraint", "editable", "target", "platform", "python-version", "implementation", "abi",
                                  "root", "prefix", "src", "upgrade-strategy", "config-settings", "global-option", "install-option",
                                  "no-binary", "only-binary", "progress-bar", "root-user-action", "report", "index-url", "extra-index-url",
                                  "find-links", "build", "log", "log-file", "local-log", "proxy", "retries", "timeout", "exists-action",
                                  "trusted-host", "cert", "client-cert", "cache-dir", "python", "use-feature", "use-deprecated",
                                  "keyring-provider", "suffix", "pip-args", "spec"},
                                 "rcetifbC",
                                 false,
                                 {},
                                 "",
                                 false};
    return spec;
}

// The `install` word of `pip install …`, `pip3 --quiet install …`,
// `python3 -m pip install …` (and `pipx install …` with `allow_pipx`).
inline const shell::Word* pip_install_word(const shell::Command& c, bool allow_pipx) {
    if (!c.name) return nullptr;
    std::size_t from = 0;
    const auto n = c.basename();
    if (is_python_name(n)) {
        // python [options] -m pip …
        bool found = false;
        for (std::size_t i = 0; i < c.args.size(); ++i) {
            const std::string_view t = c.args[i].text;
            if (t == "-m" && i + 1 < c.args.size()) {
                if (c.args[i + 1].text != "pip" && !(allow_pipx && c.args[i + 1].text == "pipx")) return nullptr;
                from = i + 2;
                found = true;
                break;
            }
            if (t == "-mpip") {
                from = i + 1;
                found = true;
                break;
            }
            if (!is_option(t)) return nullptr;  // python script.py …
            if (t == "-c") return nullptr;
            if (t == "-W" || t == "-X") ++i;
        }
        if (!found) return nullptr;
    } else if (!is_pip_name(n, allow_pipx)) {
        return nullptr;
    }
    const Scan s = scan(c, from, pip_global_options(), true);
    if (s.operands.empty() || s.operands.front()->text != "install") return nullptr;
    return s.operands.front();
}

// How to write the pip command of `c` in a message: "pip3", "python3 -m pip".
inline std::string pip_display(const shell::Command& c) {
    if (!c.name) return "pip";
    const auto n = c.basename();
    if (is_python_name(n)) {
        for (std::size_t i = 0; i + 1 < c.args.size(); ++i)
            if (c.args[i].text == "-m") return std::string(n) + " -m " + c.args[i + 1].text;
        return std::string(n) + " -m pip";
    }
    return std::string(n);
}

// Range from the command name through `last` (`pip install`).
inline Range command_through(const InstructionInfo& info, const shell::Command& c, const shell::Word& last) {
    const Range a = word_range(info, *c.name);
    const Range b = word_range(info, last);
    if (b.end <= a.begin) return a;
    return {a.begin, b.end};
}

// A RUN --mount of type cache or tmpfs whose target contains `needle`.
inline bool cache_mount_containing(const InstructionInfo& info, std::string_view needle) {
    return std::any_of(info.mounts.begin(), info.mounts.end(), [&](const Mount& m) {
        return (m.type == MountType::cache || m.type == MountType::tmpfs) && contains(lower(m.target), needle);
    });
}

// The stage `info` belongs to ends up in an image: it is the last stage, or a
// later stage is built FROM it. ONBUILD triggers always run in a later image.
inline bool stage_is_shipped(const Model& model, const InstructionInfo& info) {
    if (info.ins->kind == InstructionKind::onbuild) return true;
    if (info.stage < 0) return model.stages().empty();
    const auto& stage = model.stages()[static_cast<std::size_t>(info.stage)];
    return is_last_stage(model, stage) || !model.children(stage.index).empty();
}

// A Windows image (its RUN steps go to cmd or PowerShell, not a POSIX shell):
// told by the backtick escape directive or a Windows base image.
inline bool is_windows_stage(const Model& model, const InstructionInfo& info) {
    if (model.doc().escape == '`') return true;
    const Stage* st = model.stage_of(info);
    for (int guard = 0; st && guard < 64; ++guard) {
        if (st->base_stage < 0) {
            const std::string image = lower(st->image);
            return contains(image, "windows") || contains(image, "nanoserver") || contains(image, "servercore");
        }
        st = &model.stages()[static_cast<std::size_t>(st->base_stage)];
    }
    return false;
}

}  // namespace dflint::rules::lang
