#pragma once
// Helpers for the OS package manager rules (apt-get/apt, apk, yum, dnf and
// microdnf, zypper): finding the sub-command word of a command, its package
// operands, what a package word becomes once the Dockerfile's ARG/ENV values
// are substituted, cleanup commands later in the same RUN, and cache mounts.
#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/shell.hpp"
#include "rules/rule.hpp"

namespace dflint::rules::pkg {

// "-y", "--yes", "-o" … ("-" alone is stdin and "--" ends the options: neither is an option).
inline bool is_option(const shell::Word& w) noexcept { return w.text.size() > 1 && w.text[0] == '-' && w.text != "--"; }

inline bool one_of(std::string_view s, std::initializer_list<std::string_view> set) noexcept {
    return std::find(set.begin(), set.end(), s) != set.end();
}

inline bool starts_with(std::string_view s, std::string_view p) noexcept { return s.substr(0, p.size()) == p; }
inline bool ends_with(std::string_view s, std::string_view p) noexcept {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// The first argument (not an option, before any "--") that is one of `verbs`:
// `install` in `apt-get -y install curl`. Null when the command has none.
inline const shell::Word* find_verb(const shell::Command& c, std::initializer_list<std::string_view> verbs) {
    for (const auto& a : c.args) {
        if (a.text == "--") break;
        if (is_option(a)) continue;
        if (one_of(a.text, verbs)) return &a;
    }
    return nullptr;
}

// The source range of a script word. In an exec-form RUN (`RUN ["apt-get",
// "install", "curl"]`) the script is the JSON strings joined by spaces, so a
// word is one string: its whole token (quotes included) is returned.
inline Range range(const InstructionInfo& info, const shell::Word& w) {
    const Instruction& run = info.effective();
    if (!run.json_form) return word_range(info, w);
    std::size_t offset = 0;
    for (const auto& a : run.args) {
        const std::size_t end = offset + a.text.size();
        if (w.begin >= offset && w.begin <= end) return a.range;
        offset = end + 1;
    }
    return word_range(info, w);
}

// The source range of a command, from its name to its last argument.
inline Range command_span(const InstructionInfo& info, const shell::Command& c) {
    if (!c.name) return command_range(info, c);
    const Range first = range(info, *c.name);
    const Range last = c.args.empty() ? first : range(info, c.args.back());
    return last.end > first.begin ? Range{first.begin, last.end} : first;
}

// Index of `w` in c.args.
inline std::size_t arg_index(const shell::Command& c, const shell::Word* w) {
    return static_cast<std::size_t>(w - c.args.data());
}

// The arguments before `verb` that are not options (`module` in `dnf module install`).
inline bool has_word_before(const shell::Command& c, const shell::Word* verb, std::initializer_list<std::string_view> words) {
    for (std::size_t i = 0; i < arg_index(c, verb); ++i)
        if (!is_option(c.args[i]) && one_of(c.args[i].text, words)) return true;
    return false;
}

// The operands after `verb` (the package words): options are skipped, and so
// is the word after an option of `with_value` written without '=' (`-t bookworm`).
inline std::vector<const shell::Word*> operands_after(const shell::Command& c, const shell::Word* verb,
                                                      std::initializer_list<std::string_view> with_value) {
    std::vector<const shell::Word*> out;
    bool rest = false;
    for (std::size_t i = arg_index(c, verb) + 1; i < c.args.size(); ++i) {
        const auto& a = c.args[i];
        if (!rest && a.text == "--") {
            rest = true;
            continue;
        }
        if (!rest && is_option(a)) {
            if (one_of(a.text, with_value)) ++i;
            continue;
        }
        out.push_back(&a);
    }
    return out;
}

// The value of an option among `names`, in "--name=value", "--name value",
// "-n value" or "-nvalue" form; nullopt when absent.
inline std::optional<std::string> option_value(const shell::Command& c, std::initializer_list<std::string_view> names) {
    for (std::size_t i = 0; i < c.args.size(); ++i) {
        const std::string_view t = c.args[i].text;
        if (t == "--") break;
        for (auto n : names) {
            if (t == n) return i + 1 < c.args.size() ? c.args[i + 1].text : std::string();
            if (t.size() > n.size() && starts_with(t, n)) {
                if (t[n.size()] == '=') return std::string(t.substr(n.size() + 1));
                if (n.size() == 2 && n[1] != '-') return std::string(t.substr(2));
            }
        }
    }
    return std::nullopt;
}

// Is `name` declared by an ARG anywhere before `info` (in any stage, or
// before the first FROM)? Its value can then come from `--build-arg`.
inline bool declared_arg_before(const Model& model, const InstructionInfo& info, std::string_view name) {
    const auto& instructions = model.doc().instructions;
    for (std::size_t i = 0; i < info.index && i < instructions.size(); ++i) {
        const auto& ins = instructions[i];
        if (ins.kind != InstructionKind::arg) continue;
        for (const auto& kv : ins.pairs)
            if (kv.key.text == name) return true;
    }
    return false;
}

// Is `name` declared by any ARG or ENV of the Dockerfile?
inline bool declared_anywhere(const Model& model, std::string_view name) {
    for (const auto& ins : model.doc().instructions) {
        if (ins.kind != InstructionKind::arg && ins.kind != InstructionKind::env) continue;
        for (const auto& kv : ins.pairs)
            if (kv.key.text == name) return true;
    }
    return false;
}

// What a package word stands for once the Dockerfile's variables are known.
struct Resolved {
    enum class Kind {
        literal,   // no variable: `words` = { the word }
        expanded,  // every variable has a value here: `words` = the expanded words
        build_arg, // a variable is an ARG without a value here: supplied at build time
        unknown,   // only variables nobody declared (set by the script itself?), or not expandable
        partial,   // undeclared variables next to literal text: `words` = the literal text alone
    };
    Kind kind = Kind::literal;
    std::vector<std::string> words;
    std::vector<std::string> unset;  // partial: the variables without a value
    bool unset_declared = false;     // partial: one of them is declared elsewhere in the Dockerfile
};

inline Resolved resolve(const Model& model, const InstructionInfo& info, const shell::Word& w) {
    Resolved r;
    if (!w.has_expansion) {
        r.words.push_back(w.text);
        return r;
    }
    // Command substitution is the shell's business: nothing to judge.
    if (w.raw.find("$(") != std::string::npos || w.raw.find('`') != std::string::npos) {
        r.kind = Resolved::Kind::unknown;
        return r;
    }
    // Variables the script assigns before the word (`deps='a b'; apt-get install $deps`)
    // win over the Dockerfile's ARG/ENV values.
    // A value that itself holds expansions (`deps="$BASE_DEPS gcc"`) is not followed.
    const auto dockerfile = model.lookup(info.env);
    const auto& cmds = commands(info);
    bool dynamic = false;
    const shell::Lookup lookup = [&](std::string_view name) -> std::optional<std::string> {
        std::optional<std::string> found;
        for (const auto& c : cmds) {
            if (c.begin >= w.begin) break;
            for (const auto& a : c.assignments) {
                const auto eq = a.text.find('=');
                if (eq != std::string::npos && std::string_view(a.text).substr(0, eq) == name) found = a.text.substr(eq + 1);
            }
        }
        if (found && found->find_first_of("$`") != std::string::npos) {
            dynamic = true;
            return std::nullopt;
        }
        return found ? found : dockerfile(name);
    };
    const auto e = w.quoted ? shell::process_word(w.raw, lookup) : shell::process_words(w.raw, lookup);
    if (!e.ok || dynamic) {
        r.kind = Resolved::Kind::unknown;
        return r;
    }
    if (e.unmatched.empty()) {
        r.kind = Resolved::Kind::expanded;
        if (w.quoted) r.words.push_back(e.word);
        else r.words = e.words;
        return r;
    }
    for (const auto& name : e.unmatched) {
        if (declared_arg_before(model, info, name) || is_builtin_arg(name)) {
            r.kind = Resolved::Kind::build_arg;
            return r;
        }
    }
    // The literal part alone: variables without a value expand to nothing.
    const auto& words = w.quoted ? std::vector<std::string>{e.word} : e.words;
    std::string literal;
    for (const auto& s : words) literal += s;
    if (literal.empty() || literal == "-" || literal == "=") {
        r.kind = Resolved::Kind::unknown;
        return r;
    }
    r.kind = Resolved::Kind::partial;
    r.words.push_back(std::move(literal));
    r.unset = e.unmatched;
    r.unset_declared = std::any_of(r.unset.begin(), r.unset.end(), [&](const std::string& n) { return declared_anywhere(model, n); });
    return r;
}

// Is `path` the directory `dir` or a path below it?
inline bool path_at_or_below(std::string_view path, std::string_view dir) {
    while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
    while (dir.size() > 1 && dir.back() == '/') dir.remove_suffix(1);
    return path == dir || (starts_with(path, dir) && path.size() > dir.size() && path[dir.size()] == '/');
}

// A `--mount=type=cache|tmpfs` whose target starts with `prefix` (the files
// written there never reach the image layer).
inline bool cache_mount_with_prefix(const InstructionInfo& info, std::string_view prefix) {
    return std::any_of(info.mounts.begin(), info.mounts.end(), [&](const Mount& m) {
        return (m.type == MountType::cache || m.type == MountType::tmpfs) && starts_with(m.target, prefix);
    });
}

// A cache/tmpfs mount on `dir`, below it (hadolint's prefix test) or on a
// directory containing it (other than `/`).
inline bool cache_mount_covers(const InstructionInfo& info, std::string_view dir) {
    return std::any_of(info.mounts.begin(), info.mounts.end(), [&](const Mount& m) {
        if (m.type != MountType::cache && m.type != MountType::tmpfs) return false;
        std::string_view t = m.target;
        while (t.size() > 1 && t.back() == '/') t.remove_suffix(1);
        if (t.empty() || t == "/") return false;
        return starts_with(t, dir) || path_at_or_below(dir, t);
    });
}

// An `rm` of some path at or below one of `dirs` (a trailing `*` or `/*` is
// part of the path: `rm -rf /var/lib/apt/lists/*`).
inline bool removes_dir(const shell::Command& c, std::initializer_list<std::string_view> dirs) {
    if (!c.is("rm")) return false;
    for (const auto& a : c.args) {
        if (is_option(a)) continue;
        std::string_view t = a.text;
        for (auto d : dirs)
            if (starts_with(t, d) && (t.size() == d.size() || t[d.size()] == '/' || t[d.size()] == '*')) return true;
    }
    return false;
}

// The command after `after` (in script order) that satisfies `pred`, or null.
template <typename Pred>
const shell::Command* later_command(const std::vector<shell::Command>& cmds, const shell::Command* after, Pred pred) {
    bool seen = false;
    for (const auto& c : cmds) {
        if (&c == after) {
            seen = true;
            continue;
        }
        if (seen && pred(c)) return &c;
    }
    return nullptr;
}

// The command as written ("apt-get install -y curl"), shortened after `max` characters.
inline std::string command_text(const shell::Command& c, std::size_t max = 50) {
    std::string out = c.name ? c.name->raw : std::string();
    for (const auto& a : c.args) {
        if (out.size() >= max) {
            out += " …";
            break;
        }
        out += ' ';
        out += a.raw;
    }
    return out;
}


// The package words of `operands` that `pinned` rejects, each with the
// packages it stands for (several when a variable holds a list).
struct Unpinned {
    const shell::Word* word = nullptr;
    std::vector<std::string> packages;
    bool from_variable = false;
    std::vector<std::string> unset;  // variables of the word that have no value here
    bool unset_declared = false;     // one of them is declared elsewhere (another stage)
};

template <typename Pinned>
std::vector<Unpinned> unpinned(const Model& model, const InstructionInfo& info, const std::vector<const shell::Word*>& operands, Pinned pinned) {
    std::vector<Unpinned> out;
    for (const auto* w : operands) {
        const auto r = resolve(model, info, *w);
        if (r.kind == Resolved::Kind::build_arg || r.kind == Resolved::Kind::unknown) continue;
        Unpinned u;
        u.word = w;
        u.from_variable = r.kind == Resolved::Kind::expanded;
        u.unset = r.unset;
        u.unset_declared = r.unset_declared;
        for (const auto& p : r.words)
            if (!p.empty() && !pinned(p)) u.packages.push_back(r.kind == Resolved::Kind::partial ? w->text : p);
        if (!u.packages.empty()) out.push_back(std::move(u));
    }
    return out;
}

// The help for a package word whose version variable has no value at this
// point (`git-core-${version}` after a FROM that does not see `version`).
inline std::string unset_help(const Unpinned& u) {
    if (u.unset.empty()) return {};
    const std::string& v = u.unset.front();
    return fmt::format("give `${}` a value that this stage can see (ARGs and ENVs end at the next FROM: repeat `ARG {}` after it), "
                       "or write the version out", v, v);
}

// "is" or "are", to follow describe(u).
inline const char* is_are(const Unpinned& u) { return u.packages.size() > 1 ? "are" : "is"; }

// "`curl`" or "`curl`, `git` (from `$PACKAGES`)"; long lists are shortened.
inline std::string describe(const Unpinned& u) {
    constexpr std::size_t shown = 4;
    std::string out;
    for (std::size_t i = 0; i < u.packages.size() && i < shown; ++i) {
        if (i) out += ", ";
        out += "`" + u.packages[i] + "`";
    }
    if (u.packages.size() > shown) out += fmt::format(" and {} more", u.packages.size() - shown);
    if (u.from_variable) out += " (from `" + u.word->raw + "`)";
    for (std::size_t i = 0; i < u.unset.size(); ++i) out += (i ? ", `$" : " (`$") + u.unset[i] + "`";
    if (!u.unset.empty()) {
        const bool one = u.unset.size() == 1;
        out += u.unset_declared ? (one ? " is not visible in this stage)" : " are not visible in this stage)")
                                : (one ? " is not defined in this Dockerfile)" : " are not defined in this Dockerfile)");
    }
    return out;
}

// apt-get's configuration options on the command line: the `Key=value` of
// each `-o Key=value`, `-oKey=value`, `--option Key=value`, `--option=Key=value`.
inline std::vector<std::string> apt_config_options(const shell::Command& c) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < c.args.size(); ++i) {
        const std::string_view t = c.args[i].text;
        if (t == "--") break;
        if (t == "-o" || t == "--option") {
            if (i + 1 < c.args.size()) out.push_back(c.args[++i].text);
        } else if (starts_with(t, "--option=")) {
            out.emplace_back(t.substr(9));
        } else if (starts_with(t, "-o") && t.size() > 2) {
            out.emplace_back(t.substr(2));
        }
    }
    return out;
}

// Does a `-o Key=value` set the boolean `key` (case-insensitive) to `value`?
inline bool apt_config_set(const shell::Command& c, std::string_view key, bool value) {
    for (const auto& o : apt_config_options(c)) {
        const auto eq = o.find('=');
        if (eq == std::string::npos || !iequals(std::string_view(o).substr(0, eq), key)) continue;
        const auto v = lower(std::string_view(o).substr(eq + 1));
        const bool is_true = v == "true" || v == "1" || v == "yes" || v == "on";
        const bool is_false = v == "false" || v == "0" || v == "no" || v == "off";
        if (value ? is_true : is_false) return true;
    }
    return false;
}

// The letters of apt-get's bundled short options (`-qy` → "qy"), up to a
// letter that takes a value (`-o`, `-c`, `-t`, `-a`).
inline std::string apt_short_flags(std::string_view t) {
    std::string out;
    if (t.size() < 2 || t[0] != '-' || t[1] == '-') return out;
    for (std::size_t i = 1; i < t.size(); ++i) {
        const char ch = t[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))) break;
        out += ch;
        if (ch == 'o' || ch == 'c' || ch == 't' || ch == 'a') break;
    }
    return out;
}

// A fix inserting `text` right after the word `w` (" -y" after `install`),
// offered only when the word maps exactly onto the source (not for exec-form
// RUN or tab-stripped heredocs, whose script text is synthetic).
inline void add_insert_fix(Diagnostic& d, const RuleContext& ctx, const InstructionInfo& info, const shell::Word& w,
                           std::string text, std::string title, FixSafety safety) {
    const Range r = range(info, w);
    if (r.size() != w.raw.size() || ctx.text(r) != w.raw) return;
    Fix fix;
    fix.title = std::move(title);
    fix.safety = safety;
    fix.edits.push_back(Edit{Range{r.end, r.end}, std::move(text)});
    d.fixes.push_back(std::move(fix));
}

// The operands after `verb` of a yum/dnf/microdnf command: options that take
// the next word as their value (when not written `--option=value`) are skipped.
inline std::vector<const shell::Word*> rpm_operands(const shell::Command& c, const shell::Word* verb) {
    return operands_after(c, verb,
                          {"-c", "--config", "-d", "--debuglevel", "-e", "--errorlevel", "--installroot", "--enablerepo", "--disablerepo",
                           "--repo", "--repoid", "-x", "--exclude", "--setopt", "--releasever", "--downloaddir", "--destdir",
                           "--rpmverbosity", "-R", "--randomwait", "--color", "--forcearch", "--advisory", "--advisories", "--bz",
                           "--bzs", "--cve", "--cves", "--sec-severity", "--secseverity", "--comment", "--disableplugin",
                           "--enableplugin"});
}

// `name-version[-release]`: after the name, dash-separated parts made of
// version characters, one of them starting with a digit; `.rpm` files are
// pinned by nature.
inline bool rpm_version_pinned(std::string_view p) {
    if (ends_with(p, ".rpm")) return true;
    const auto dash = p.find('-');
    if (dash == std::string_view::npos) return false;
    bool digit = false;
    std::size_t start = dash + 1;
    for (;;) {
        const auto end = std::min(p.find('-', start), p.size());
        const auto part = p.substr(start, end - start);
        for (char ch : part) {
            const bool ok = (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '.' || ch == '~' ||
                            ch == '^' || ch == '_' || ch == ':' || ch == '+';
            if (!ok) return false;
        }
        if (!part.empty() && part[0] >= '0' && part[0] <= '9') digit = true;
        if (end >= p.size()) break;
        start = end + 1;
    }
    return digit;
}

// Operands that name no versionable package: file paths and URLs, groups and
// modules (`@name`), capabilities (`pkgconfig(foo)`, `/usr/bin/x`).
inline bool rpm_not_a_package(std::string_view p) {
    return p.empty() || p[0] == '@' || p.find('/') != std::string_view::npos || p.find('(') != std::string_view::npos;
}

// `-y`/`--assumeyes` (or `--setopt=assumeyes=True`) on a yum/dnf command.
inline bool rpm_assumes_yes(const shell::Command& c) {
    if (c.has_flag("-y") || c.has_flag("--assumeyes")) return true;
    for (const auto& a : c.args) {
        const auto t = lower(a.text);
        if (t == "--setopt=assumeyes=1" || t == "--setopt=assumeyes=true" || t == "--setopt=assumeyes=yes") return true;
    }
    return false;
}

// The version problems of one yum/dnf install command: unpinned packages and,
// for `module install`, modules without a stream.
struct RpmFinding {
    const shell::Word* word;
    std::string message;
    std::string help;
};

inline std::vector<RpmFinding> rpm_unpinned(const Model& model, const InstructionInfo& info, const shell::Command& c,
                                            std::initializer_list<std::string_view> verbs) {
    std::vector<RpmFinding> out;
    const auto* verb = find_verb(c, verbs);
    if (!verb) return out;
    // Groups name sets of packages, not versions.
    if (has_word_before(c, verb, {"group", "groups"})) return out;
    const std::string tool(c.basename());
    const auto operands = rpm_operands(c, verb);
    if (has_word_before(c, verb, {"module"})) {
        const auto with_stream = [](std::string_view m) { return m.find(':') != std::string_view::npos; };
        for (const auto& u : unpinned(model, info, operands, with_stream)) {
            const std::string& first = u.packages.front();
            out.push_back({u.word, fmt::format("module {} {} installed without a stream: every build takes the default stream of the day", describe(u), is_are(u)),
                           fmt::format("name the stream: `{} module install {}:<stream>` (`{} module list {}` shows the streams)", tool, first, tool, first)});
        }
        return out;
    }
    std::vector<const shell::Word*> packages;
    for (const auto* w : operands)
        if (!rpm_not_a_package(w->text)) packages.push_back(w);
    for (const auto& u : unpinned(model, info, packages, [](std::string_view p) { return rpm_not_a_package(p) || rpm_version_pinned(p); })) {
        const std::string& first = u.packages.front();
        // `name-${version}`: the version itself is the variable without a value. When
        // the Dockerfile never declares it, the base image may set it: no judgement.
        const bool version_unset = !u.unset.empty() && u.word->text.find("-$") != std::string::npos;
        if (version_unset && !u.unset_declared) continue;
        auto help = version_unset ? unset_help(u) : std::string();
        if (help.empty())
            help = fmt::format("pin the version: `{}-<version>` (`{} list --showduplicates {}` lists the available versions)", first,
                               tool == "microdnf" ? std::string("dnf") : tool, first);
        out.push_back({u.word, fmt::format("{} {} installed without a version: every build takes whatever version the repository has that day", describe(u), is_are(u)),
                       std::move(help)});
    }
    return out;
}

}  // namespace dflint::rules::pkg
