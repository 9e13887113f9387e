// BuildKit's instruction layer (frontend/dockerfile/instructions): the checks
// that turn a parsed node into a typed instruction. They fail a real build, so
// each becomes an instruction_error issue with the narrowest range we have.
#include <algorithm>
#include <array>
#include <map>

#include "dflint/mount.hpp"
#include "dflint/parse.hpp"
#include "dflint/text.hpp"
#include "parser_internal.hpp"
#include "unicode/unicode.hpp"

namespace dflint {


std::string_view mount_type_name(MountType t) noexcept {
    switch (t) {
        case MountType::bind: return "bind";
        case MountType::cache: return "cache";
        case MountType::tmpfs: return "tmpfs";
        case MountType::secret: return "secret";
        case MountType::ssh: return "ssh";
    }
    return "bind";
}

namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c + 32);
    return out;
}

// encoding/csv-style split of one record: fields separated by ',', a field
// may be double-quoted with "" for a literal quote.
bool split_csv(std::string_view s, std::vector<std::string>& out) {
    std::size_t i = 0;
    while (true) {
        std::string field;
        if (i < s.size() && s[i] == '"') {
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s[i] == '"') {
                    if (i + 1 < s.size() && s[i + 1] == '"') {
                        field.push_back('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field.push_back(s[i++]);
            }
            if (!closed) return false;
            if (i < s.size() && s[i] != ',') return false;
        } else {
            while (i < s.size() && s[i] != ',') {
                if (s[i] == '"') return false;
                field.push_back(s[i++]);
            }
        }
        out.push_back(std::move(field));
        if (i >= s.size()) break;
        ++i;  // ','
    }
    return true;
}

std::optional<bool> parse_go_bool(std::string_view v) {
    static constexpr std::array<std::string_view, 6> t{"1", "t", "T", "TRUE", "true", "True"};
    static constexpr std::array<std::string_view, 6> f{"0", "f", "F", "FALSE", "false", "False"};
    if (std::find(t.begin(), t.end(), v) != t.end()) return true;
    if (std::find(f.begin(), f.end(), v) != f.end()) return false;
    return std::nullopt;
}

}  // namespace

Mount parse_mount(std::string_view value) {
    Mount m;
    std::vector<std::string> fields;
    if (!split_csv(value, fields)) {
        m.error = "failed to parse csv mounts: " + std::string(value);
        return m;
    }
    // The type decides the defaults; find it first.
    for (const auto& f : fields) {
        const auto eq = f.find('=');
        if (eq != std::string::npos && lower_ascii(f.substr(0, eq)) == "type") {
            const auto t = lower_ascii(f.substr(eq + 1));
            if (t == "bind") m.type = MountType::bind;
            else if (t == "cache") m.type = MountType::cache;
            else if (t == "tmpfs") m.type = MountType::tmpfs;
            else if (t == "secret") m.type = MountType::secret;
            else if (t == "ssh") m.type = MountType::ssh;
            else {
                m.error = "unsupported mount type \"" + f.substr(eq + 1) + "\"";
                return m;
            }
        }
    }
    for (const auto& f : fields) {
        const auto eq = f.find('=');
        const std::string key = lower_ascii(f.substr(0, eq));
        const bool has_value = eq != std::string::npos;
        const std::string v = has_value ? f.substr(eq + 1) : std::string();
        if (!has_value) {
            if (key == "readonly" || key == "ro") m.readonly = true;
            else if (key == "readwrite" || key == "rw") m.readonly = false;
            else if (key == "required") m.required = true;
            else {
                m.error = "invalid field '" + f + "' must be a key=value pair";
                return m;
            }
            continue;
        }
        if (key == "type") continue;
        if (key == "from") m.from = v;
        else if (key == "source" || key == "src") m.source = v;
        else if (key == "target" || key == "dst" || key == "destination") m.target = v;
        else if (key == "readonly" || key == "ro" || key == "readwrite" || key == "rw" || key == "required") {
            auto b = parse_go_bool(v);
            if (!b) {
                m.error = "invalid value for " + key + ": " + v;
                return m;
            }
            if (key == "required") m.required = *b;
            else m.readonly = (key == "readonly" || key == "ro") ? *b : !*b;
        } else if (key == "id") m.id = v;
        else if (key == "sharing") {
            const auto s = lower_ascii(v);
            if (s != "shared" && s != "private" && s != "locked") {
                m.error = "unsupported sharing value \"" + v + "\"";
                return m;
            }
            m.sharing = s;
        } else if (key == "mode" || key == "uid" || key == "gid") {
            if (m.type != MountType::cache && m.type != MountType::secret && m.type != MountType::ssh) {
                m.error = key + " not allowed for \"" + std::string(mount_type_name(m.type)) + "\" type mounts";
                return m;
            }
            (key == "mode" ? m.mode : key == "uid" ? m.uid : m.gid) = v;
        } else if (key == "size") {
            if (m.type != MountType::tmpfs) {
                m.error = "size not allowed for \"" + std::string(mount_type_name(m.type)) + "\" type mounts";
                return m;
            }
            m.size = v;
        } else if (key == "env") {
            m.env = v;
        } else {
            m.error = "unexpected key '" + key + "' in '" + f + "'";
            return m;
        }
    }
    if (m.type == MountType::secret) {
        if (!m.from.empty()) m.error = "secret mount should not have a from";
        else if (!m.sharing.empty()) m.error = "secret mount should not define sharing";
        else if (!m.source.empty() && !m.id.empty()) m.error = "both source and id can't be set";
    }
    if (m.target == "/" && m.error.empty()) m.error = "invalid mount target \"/\"";
    return m;
}

namespace {

enum class FlagType { string, strings, boolean };
struct FlagSpec {
    std::string_view name;
    FlagType type;
};

constexpr std::array<FlagSpec, 1> from_flags{{{"platform", FlagType::string}}};
constexpr std::array<FlagSpec, 4> run_flags{{{"mount", FlagType::strings}, {"network", FlagType::string}, {"security", FlagType::string}, {"device", FlagType::strings}}};
constexpr std::array<FlagSpec, 6> copy_flags{{{"from", FlagType::string}, {"chown", FlagType::string}, {"chmod", FlagType::string}, {"link", FlagType::boolean}, {"parents", FlagType::boolean}, {"exclude", FlagType::strings}}};
constexpr std::array<FlagSpec, 8> add_flags{{{"chown", FlagType::string}, {"chmod", FlagType::string}, {"link", FlagType::boolean}, {"keep-git-dir", FlagType::boolean}, {"checksum", FlagType::string}, {"unpack", FlagType::boolean}, {"exclude", FlagType::strings}, {"parents", FlagType::boolean}}};
constexpr std::array<FlagSpec, 5> healthcheck_flags{{{"interval", FlagType::string}, {"timeout", FlagType::string}, {"start-period", FlagType::string}, {"start-interval", FlagType::string}, {"retries", FlagType::string}}};

template <typename Specs>
std::vector<std::string_view> names_of(const Specs& specs) {
    std::vector<std::string_view> out;
    for (const auto& s : specs) out.push_back(s.name);
    return out;
}

std::string suggestion(std::string_view value, const std::vector<std::string_view>& options) {
    std::string best;
    std::size_t best_d = 3;
    for (auto o : options) {
        const auto d = edit_distance(lower_ascii(value), lower_ascii(o));
        if (d < best_d) {
            best_d = d;
            best = std::string(o);
        }
    }
    return best;
}

// Go's time.ParseDuration, returning nanoseconds; false when invalid.
bool parse_go_duration(std::string_view s, double& ns) {
    ns = 0;
    if (s.empty()) return false;
    bool neg = false;
    if (s[0] == '-' || s[0] == '+') {
        neg = s[0] == '-';
        s.remove_prefix(1);
    }
    if (s == "0") return true;
    if (s.empty()) return false;
    while (!s.empty()) {
        std::size_t i = 0;
        std::string num;
        while (i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '.')) num.push_back(s[i++]);
        if (num.empty() || num == ".") return false;
        std::size_t u = i;
        while (u < s.size() && !((s[u] >= '0' && s[u] <= '9') || s[u] == '.')) ++u;
        const auto unit = s.substr(i, u - i);
        double mult;
        if (unit == "ns") mult = 1;
        else if (unit == "us" || unit == "\xC2\xB5s" || unit == "\xCE\xBCs") mult = 1e3;
        else if (unit == "ms") mult = 1e6;
        else if (unit == "s") mult = 1e9;
        else if (unit == "m") mult = 60e9;
        else if (unit == "h") mult = 3600e9;
        else return false;
        ns += std::stod(num) * mult;
        s.remove_prefix(u);
    }
    if (neg) ns = -ns;
    return true;
}

class Validator {
public:
    explicit Validator(Document& doc) : doc_(doc) {}

    void run() {
        bool seen_from = false;
        for (auto& ins : doc_.instructions) {
            if (ins.kind == InstructionKind::from) seen_from = true;
            else if (!seen_from && ins.kind != InstructionKind::arg && ins.kind != InstructionKind::unknown) {
                error("no build stage in current context", ins.keyword.range);
            }
            check(ins, false);
        }
    }

private:
    void error(std::string message, Range range) {
        doc_.issues.push_back({ParseIssueKind::instruction_error, "DL1000", std::move(message), range});
    }

    template <typename Specs>
    bool check_flags(const Instruction& ins, const Specs& specs) {
        std::map<std::string, int> used;
        for (const auto& f : ins.flags) {
            const FlagSpec* spec = nullptr;
            for (const auto& s : specs)
                if (s.name == f.name) spec = &s;
            if (!spec) {
                std::string msg = "unknown flag: --" + f.name;
                auto sug = suggestion(f.name, names_of(specs));
                if (!sug.empty()) msg += " (did you mean --" + sug + "?)";
                error(msg, f.range);
                return false;
            }
            if (used[f.name]++ > 0 && spec->type != FlagType::strings) {
                error("duplicate flag specified: --" + f.name, f.range);
                return false;
            }
            if (spec->type == FlagType::boolean) {
                if (f.value && f.value->empty()) {
                    error("missing a value on flag: --" + f.name, f.range);
                    return false;
                }
                if (f.value) {
                    const auto v = lower_ascii(*f.value);
                    if (v != "true" && v != "false") {
                        error("expecting boolean value for flag --" + f.name + ", not: " + *f.value, f.value_range);
                        return false;
                    }
                }
            } else if (!f.value) {
                error("missing a value on flag: --" + f.name, f.range);
                return false;
            }
        }
        return true;
    }

    bool no_flags(const Instruction& ins) {
        static constexpr std::array<FlagSpec, 0> none{};
        return check_flags(ins, none);
    }

    Range args_range(const Instruction& ins) const {
        return ins.rest.range.empty() ? ins.keyword.range : ins.rest.range;
    }

    void check(const Instruction& ins, bool in_onbuild) {
        const std::string kw = unicode::to_lower(ins.keyword.text);
        std::string upper = kw;
        for (auto& c : upper)
            if (c >= 'a' && c <= 'z') c = char(c - 32);
        switch (ins.kind) {
            case InstructionKind::unknown: {
                std::string msg = "unknown instruction: " + ins.keyword.text;
                static const std::vector<std::string_view> all{"ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL", "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR"};
                auto sug = suggestion(ins.keyword.text, all);
                if (!sug.empty()) {
                    bool lower = ins.keyword.text == lower_ascii(ins.keyword.text);
                    msg += " (did you mean " + (lower ? lower_ascii(sug) : sug) + "?)";
                }
                error(msg, ins.keyword.range);
                return;
            }
            case InstructionKind::from: {
                if (!check_flags(ins, from_flags)) return;
                const auto n = ins.args.size();
                if (!(n == 1 || (n == 3 && lower_ascii(ins.args[1].text) == "as"))) {
                    error("FROM requires either one or three arguments", args_range(ins));
                    return;
                }
                if (n == 3) {
                    const auto name = lower_ascii(ins.args[2].text);
                    bool ok = !name.empty() && name[0] >= 'a' && name[0] <= 'z';
                    for (char c : name) ok = ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.');
                    if (!ok) error("invalid name for build stage: \"" + ins.args[2].text + "\", name can't start with a number or contain symbols", ins.args[2].range);
                }
                return;
            }
            case InstructionKind::run: {
                if (!check_flags(ins, run_flags)) return;
                for (const auto& f : ins.flags) {
                    if (f.name == "mount") {
                        auto m = parse_mount(*f.value);
                        if (!m.error.empty()) error(m.error, f.value_range);
                    } else if (f.name == "network") {
                        if (*f.value != "default" && *f.value != "none" && *f.value != "host") error("invalid network mode \"" + *f.value + "\"", f.value_range);
                    } else if (f.name == "security") {
                        if (*f.value != "sandbox" && *f.value != "insecure") error("security \"" + *f.value + "\" is not valid", f.value_range);
                    }
                }
                if (ins.args.empty() && ins.heredocs.empty() && !ins.json_form) error("RUN requires at least one argument", ins.keyword.range);
                return;
            }
            case InstructionKind::cmd:
            case InstructionKind::entrypoint:
                no_flags(ins);
                return;
            case InstructionKind::copy:
            case InstructionKind::add: {
                if (ins.kind == InstructionKind::copy ? !check_flags(ins, copy_flags) : !check_flags(ins, add_flags)) return;
                const std::size_t n = ins.args.size();
                if (n < 2) {
                    error(upper + " requires at least two arguments, but only one was provided. Destination could not be determined", args_range(ins));
                    return;
                }
                if (!ins.heredocs.empty() && !ins.json_form) {
                    const auto& dest = ins.args.back().text;
                    if (dest.rfind("<<", 0) == 0 || (dest.find("<<") != std::string::npos && std::all_of(dest.begin(), dest.begin() + dest.find("<<"), [](char c) { return c >= '0' && c <= '9'; })))
                        error(upper + " cannot accept a heredoc as a destination", ins.args.back().range);
                }
                if (const Flag* chmod = ins.flag("chmod"); chmod && chmod->value && chmod->value->find('$') == std::string::npos) {
                    const auto& v = *chmod->value;
                    bool octal = !v.empty() && v.size() <= 5 && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '7'; });
                    if (octal && std::stoul(v, nullptr, 8) > 07777) octal = false;
                    bool symbolic = !octal && !v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return std::string_view("ugoa+-=rwxXst,").find(c) != std::string_view::npos || (c >= '0' && c <= '7'); });
                    if (!octal && !symbolic) error("invalid chmod parameter: '" + v + "'. it should be octal string and between 0 and 07777", chmod->value_range);
                }
                if (ins.kind == InstructionKind::copy) {
                    for (std::size_t i = 0; i + 1 < n; ++i) {
                        const auto& s = ins.args[i].text;
                        if (s.rfind("http://", 0) == 0 || s.rfind("https://", 0) == 0) error("source can't be a URL for COPY", ins.args[i].range);
                    }
                }
                return;
            }
            case InstructionKind::env:
            case InstructionKind::label: {
                if (!no_flags(ins)) return;
                if (ins.pairs.empty()) {
                    error(upper + " requires at least one argument", ins.keyword.range);
                    return;
                }
                for (const auto& kv : ins.pairs)
                    if (kv.key.text.empty()) error(upper + " names can not be blank", kv.range);
                return;
            }
            case InstructionKind::arg: {
                if (ins.pairs.empty()) {
                    error("ARG requires at least one argument", ins.keyword.range);
                    return;
                }
                for (const auto& kv : ins.pairs)
                    if (kv.key.text.empty()) error("ARG names can not be blank", kv.range);
                return;
            }
            case InstructionKind::expose:
                if (!no_flags(ins)) return;
                if (ins.args.empty()) error("EXPOSE requires at least one argument", ins.keyword.range);
                return;
            case InstructionKind::volume:
                if (!no_flags(ins)) return;
                if (ins.args.empty()) error("VOLUME requires at least one argument", ins.keyword.range);
                for (const auto& a : ins.args)
                    if (a.text.empty()) error("VOLUME specified can not be an empty string", a.range);
                return;
            case InstructionKind::maintainer:
            case InstructionKind::user:
            case InstructionKind::workdir:
                if (!no_flags(ins)) return;
                [[fallthrough]];
            case InstructionKind::stopsignal:
                if (ins.args.empty()) error(upper + " requires exactly one argument", ins.keyword.range);
                return;
            case InstructionKind::shell:
                if (!no_flags(ins)) return;
                if (ins.args.empty() && ins.json_form) error("SHELL requires at least one argument", ins.keyword.range);
                else if (ins.args.empty()) error("SHELL requires at least one argument", ins.keyword.range);
                else if (!ins.json_form) error("SHELL requires the arguments to be in JSON form", args_range(ins));
                return;
            case InstructionKind::healthcheck: {
                if (ins.args.empty()) {
                    error("HEALTHCHECK requires at least one argument", ins.keyword.range);
                    return;
                }
                const auto type = lower_ascii(ins.args[0].text);
                if (type == "none") {
                    if (ins.args.size() > 1) error("HEALTHCHECK NONE takes no arguments", ins.args[1].range);
                    return;
                }
                if (type != "cmd") {
                    error("Unknown type \"" + std::string(ins.args[0].text) + "\" in HEALTHCHECK (try CMD)", ins.args[0].range);
                    return;
                }
                if (!check_flags(ins, healthcheck_flags)) return;
                if (ins.args.size() < 2) {
                    error("Missing command after HEALTHCHECK CMD", ins.args[0].range);
                    return;
                }
                for (const auto& f : ins.flags) {
                    if (f.name == "retries") {
                        const auto& v = *f.value;
                        bool ok = !v.empty() && std::all_of(v.begin() + (v[0] == '-' ? 1 : 0), v.end(), [](char c) { return c >= '0' && c <= '9'; }) && v != "-";
                        if (!ok) error("strconv.ParseInt: parsing \"" + v + "\": invalid syntax", f.value_range);
                        else if (v[0] == '-') error("--retries cannot be negative (" + v + ")", f.value_range);
                    } else {
                        double ns;
                        if (!parse_go_duration(*f.value, ns)) error("time: invalid duration \"" + *f.value + "\"", f.value_range);
                        else if (ns != 0 && ns < 1e6) error("Interval \"" + f.name + "\" cannot be less than 1ms", f.value_range);
                    }
                }
                return;
            }
            case InstructionKind::onbuild: {
                if (!no_flags(ins)) return;
                if (ins.trigger.empty()) {
                    error("ONBUILD requires at least one argument", ins.keyword.range);
                    return;
                }
                const auto& t = ins.trigger.front();
                if (t.kind == InstructionKind::onbuild) error("Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed", t.keyword.range);
                else if (t.kind == InstructionKind::from || t.kind == InstructionKind::maintainer)
                    error(std::string(keyword_name(t.kind)) + " isn't allowed as an ONBUILD trigger", t.keyword.range);
                else check(t, true);
                return;
            }
        }
        (void)in_onbuild;
    }

    Document& doc_;
};

}  // namespace

namespace detail {
void validate_instructions(Document& doc) { Validator(doc).run(); }
}  // namespace detail

}  // namespace dflint
