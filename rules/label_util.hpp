#pragma once
// Label helpers for the label-schema rules (DL3048–DL3058): reading LABEL
// pairs with quotes removed and variables expanded, the label schema from the
// configuration, and validators for the schema types (url, rfc3339, spdx,
// semver, email, hash). Everything is inline and free of state.
#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/text.hpp"
#include "rules/rule.hpp"

namespace dflint::rules::label_util {

// ---------------------------------------------------------------------------
// Small character helpers.

inline bool is_alpha(char c) noexcept { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
inline bool is_alnum(char c) noexcept { return is_alpha(c) || is_digit(c); }
inline bool is_hex(char c) noexcept { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
inline char to_lower(char c) noexcept { return c >= 'A' && c <= 'Z' ? char(c + 32) : c; }
inline bool is_blank(char c) noexcept { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

inline std::string_view trim(std::string_view s) noexcept {
    while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
    return s;
}

// Case-insensitive (ASCII) three-way comparison.
inline int icompare(std::string_view a, std::string_view b) noexcept {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const char x = to_lower(a[i]), y = to_lower(b[i]);
        if (x != y) return static_cast<unsigned char>(x) < static_cast<unsigned char>(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}


// ---------------------------------------------------------------------------
// LABEL pairs as Docker stores them.

// One `key=value` of a LABEL, with quotes removed and variables expanded the
// way BuildKit does it. A part that uses a variable without a known value
// (an ARG without default, say) is `nullopt`: its final text depends on the
// build, so no rule can judge it.
struct LabelEntry {
    const KeyValue* kv = nullptr;
    std::optional<std::string> key;
    std::optional<std::string> value;
    Range key_range;
    Range value_range;  // the value token; the whole pair when the value is empty in the source
};

inline std::optional<std::string> expand_known(std::string_view raw, const InstructionInfo& info, const Model& model) {
    auto r = model.expand(raw, info);
    if (!r.ok || !r.unmatched.empty()) return std::nullopt;
    return std::move(r.word);
}

inline std::vector<LabelEntry> label_entries(const Instruction& label, const InstructionInfo& info, const Model& model) {
    std::vector<LabelEntry> out;
    if (label.kind != InstructionKind::label) return out;
    for (const auto& kv : label.pairs) {
        LabelEntry e;
        e.kv = &kv;
        e.key = expand_known(kv.key.text, info, model);
        e.value = kv.value ? expand_known(kv.value->text, info, model) : std::optional<std::string>(std::string());
        e.key_range = kv.key.range;
        e.value_range = kv.value && !kv.value->range.empty() ? kv.value->range : kv.range;
        out.push_back(std::move(e));
    }
    return out;
}

// ---------------------------------------------------------------------------
// The label schema (`label-schema` in .hadolint.yaml, `--require-label`).

enum class LabelType { text, url, semver, hash, rfc3339, spdx, email };

inline LabelType parse_label_type(std::string_view t) noexcept {
    const auto s = trim(t);
    if (icompare(s, "url") == 0) return LabelType::url;
    if (icompare(s, "semver") == 0) return LabelType::semver;
    if (icompare(s, "hash") == 0) return LabelType::hash;
    if (icompare(s, "rfc3339") == 0) return LabelType::rfc3339;
    if (icompare(s, "spdx") == 0) return LabelType::spdx;
    if (icompare(s, "email") == 0) return LabelType::email;
    return LabelType::text;  // "text", "" and anything unknown: any value
}

// The schema type of `key`, or nullopt when the schema does not name it.
// Label keys are case-sensitive in Docker, and so is the lookup.
inline std::optional<LabelType> schema_type(const Config& config, std::string_view key) {
    const auto it = config.label_schema.find(std::string(key));
    if (it == config.label_schema.end()) return std::nullopt;
    return parse_label_type(it->second);
}

// An example value of a type, for help texts.
inline std::string_view example_value(LabelType t) noexcept {
    switch (t) {
        case LabelType::url: return "https://github.com/acme/app";
        case LabelType::semver: return "1.4.2";
        case LabelType::hash: return "3f9c2e1a7b0d4c6e8f1a2b3c4d5e6f7a8b9c0d1e";
        case LabelType::rfc3339: return "2024-05-01T12:30:00Z";
        case LabelType::spdx: return "Apache-2.0";
        case LabelType::email: return "team@example.com";
        case LabelType::text: break;
    }
    return "<value>";
}

// Calls `fn(entry, type)` for every pair of a LABEL whose key the schema names
// with `wanted` type, whose key and value are known, and whose value is not
// empty (an empty value is DL3051's finding).
template <class Fn>
void for_each_typed_label(const InstructionInfo& info, const RuleContext& ctx, LabelType wanted, Fn&& fn) {
    if (ctx.config().label_schema.empty()) return;
    for (const auto& e : label_entries(*info.ins, info, ctx.model())) {
        if (!e.key || !e.value || e.value->empty()) continue;
        const auto t = schema_type(ctx.config(), *e.key);
        if (t && *t == wanted) fn(e);
    }
}

// `key="value"` quoted for a LABEL line when needed.
inline std::string label_assignment(std::string_view key, std::string_view value) {
    std::string out(key);
    out += "=\"";
    for (char c : value) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    out += '"';
    return out;
}

// ---------------------------------------------------------------------------
// Label keys (Docker's key format recommendations).

// Namespaces Docker reserves for its own labels. Docker Desktop extensions
// are required to use com.docker.desktop.extension.* / com.docker.extension.*.
inline bool is_reserved_namespace(std::string_view key) noexcept {
    auto starts = [&](std::string_view p) { return key.substr(0, p.size()) == p; };
    if (starts("com.docker.extension.") || starts("com.docker.desktop.extension.")) return false;
    return starts("com.docker.") || starts("io.docker.") || starts("org.dockerproject.");
}

inline bool is_key_char(char c) noexcept { return (c >= 'a' && c <= 'z') || is_digit(c) || c == '.' || c == '-' || c == '_' || c == '/'; }

// What is wrong with a label key, in words ("" when it follows the recommendations).
inline std::string label_key_problem(std::string_view key) {
    if (key.empty()) return "is empty";
    if (is_reserved_namespace(key)) {
        const auto dot = key.find('.', key.find('.') + 1);
        return fmt::format("uses the `{}` namespace, which Docker reserves for its own labels", key.substr(0, dot + 1));
    }
    if (std::any_of(key.begin(), key.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return "contains upper-case letters";
    for (char c : key)
        if (!is_key_char(c)) {
            if (c == ' ' || c == '\t') return "contains white space";
            if (static_cast<unsigned char>(c) >= 0x80) return "contains non-ASCII characters";
            return fmt::format("contains the character `{}`", c);
        }
    if (!(key.front() >= 'a' && key.front() <= 'z')) return fmt::format("starts with `{}` instead of a letter", key.front());
    if (!((key.back() >= 'a' && key.back() <= 'z') || is_digit(key.back()))) return fmt::format("ends with `{}` instead of a letter or digit", key.back());
    if (key.find("..") != std::string_view::npos) return "contains `..`";
    if (key.find("--") != std::string_view::npos) return "contains `--`";
    return {};
}

// The OCI annotation that replaces a common free-form key ("Version", "License", …).
inline std::string_view oci_key_for(std::string_view key) noexcept {
    struct Pair {
        std::string_view from, to;
    };
    static constexpr Pair table[] = {
        {"name", "org.opencontainers.image.title"},
        {"title", "org.opencontainers.image.title"},
        {"version", "org.opencontainers.image.version"},
        {"release", "org.opencontainers.image.version"},
        {"vendor", "org.opencontainers.image.vendor"},
        {"license", "org.opencontainers.image.licenses"},
        {"licence", "org.opencontainers.image.licenses"},
        {"licenses", "org.opencontainers.image.licenses"},
        {"description", "org.opencontainers.image.description"},
        {"summary", "org.opencontainers.image.description"},
        {"url", "org.opencontainers.image.url"},
        {"homepage", "org.opencontainers.image.url"},
        {"documentation", "org.opencontainers.image.documentation"},
        {"source", "org.opencontainers.image.source"},
        {"vcs-url", "org.opencontainers.image.source"},
        {"revision", "org.opencontainers.image.revision"},
        {"vcs-ref", "org.opencontainers.image.revision"},
        {"created", "org.opencontainers.image.created"},
        {"build-date", "org.opencontainers.image.created"},
        {"build_date", "org.opencontainers.image.created"},
        {"authors", "org.opencontainers.image.authors"},
        {"author", "org.opencontainers.image.authors"},
    };
    for (const auto& p : table)
        if (icompare(p.from, key) == 0) return p.to;
    return {};
}

// A key that follows the recommendations and stays close to `key`
// ("Build Date" → "build-date"); "" when nothing sensible remains.
inline std::string suggest_label_key(std::string_view key) {
    std::string s;
    for (char c : key) {
        c = to_lower(c);
        s += is_key_char(c) ? c : '-';
    }
    std::string out;
    for (char c : s) {
        if ((c == '.' || c == '-') && !out.empty() && out.back() == c) continue;
        out += c;
    }
    while (!out.empty() && !(out.front() >= 'a' && out.front() <= 'z')) out.erase(out.begin());
    while (!out.empty() && !((out.back() >= 'a' && out.back() <= 'z') || is_digit(out.back()))) out.pop_back();
    if (is_reserved_namespace(out)) return {};
    return out;
}

// ---------------------------------------------------------------------------
// URL: an absolute URI as RFC 3986 defines it (scheme ":" hier-part
// ["?" query] ["#" fragment]). `https://…` is the usual label value, but
// `mailto:`, `urn:` and other schemes are URIs too.

namespace uri_detail {
inline bool unreserved(char c) noexcept { return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~'; }
inline bool sub_delim(char c) noexcept {
    switch (c) {
        case '!': case '$': case '&': case '\'': case '(': case ')': case '*': case '+': case ',': case ';': case '=': return true;
        default: return false;
    }
}
// Every character of `s` is allowed by `ok` or starts a valid %XX escape.
template <class Pred>
bool all_chars(std::string_view s, Pred ok) noexcept {
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%') {
            if (i + 2 >= s.size() || !is_hex(s[i + 1]) || !is_hex(s[i + 2])) return false;
            i += 2;
            continue;
        }
        if (!ok(s[i])) return false;
    }
    return true;
}
inline bool pchar(char c) noexcept { return unreserved(c) || sub_delim(c) || c == ':' || c == '@'; }

inline bool ipv4(std::string_view s) noexcept {
    int parts = 0;
    std::size_t i = 0;
    while (true) {
        std::size_t b = i;
        while (i < s.size() && is_digit(s[i])) ++i;
        const std::size_t n = i - b;
        if (n == 0 || n > 3 || (n > 1 && s[b] == '0')) return false;
        int v = 0;
        for (std::size_t k = b; k < i; ++k) v = v * 10 + (s[k] - '0');
        if (v > 255) return false;
        ++parts;
        if (i == s.size()) break;
        if (s[i] != '.' || parts == 4) return false;
        ++i;
    }
    return parts == 4;
}

inline bool ipv6(std::string_view s) noexcept {
    // Up to eight 16-bit groups, one "::" elision, optionally ending in an IPv4 address.
    if (s.empty()) return false;
    int groups = 0;
    bool elided = false;
    std::size_t i = 0;
    if (s.substr(0, 2) == "::") {
        elided = true;
        i = 2;
        if (i == s.size()) return true;
    } else if (s[0] == ':') {
        return false;
    }
    while (i < s.size()) {
        std::size_t b = i;
        while (i < s.size() && is_hex(s[i])) ++i;
        if (i < s.size() && s[i] == '.') {  // trailing IPv4 part
            if (!ipv4(s.substr(b))) return false;
            groups += 2;
            i = s.size();
            break;
        }
        if (i == b || i - b > 4) return false;
        ++groups;
        if (i == s.size()) break;
        if (s[i] != ':') return false;
        ++i;
        if (i < s.size() && s[i] == ':') {
            if (elided) return false;
            elided = true;
            ++i;
            if (i == s.size()) break;
        } else if (i == s.size()) {
            return false;  // a single trailing ':'
        }
    }
    return elided ? groups <= 7 : groups == 8;
}

inline bool ip_literal(std::string_view s) noexcept {
    // "v" HEXDIG+ "." ( unreserved / sub-delims / ":" )+  or an IPv6 address
    if (!s.empty() && (s[0] == 'v' || s[0] == 'V')) {
        std::size_t i = 1;
        while (i < s.size() && is_hex(s[i])) ++i;
        if (i == 1 || i >= s.size() || s[i] != '.' || i + 1 == s.size()) return false;
        for (++i; i < s.size(); ++i)
            if (!(unreserved(s[i]) || sub_delim(s[i]) || s[i] == ':')) return false;
        return true;
    }
    return ipv6(s);
}

inline bool authority(std::string_view a) noexcept {
    if (const auto at = a.find('@'); at != std::string_view::npos) {
        if (!all_chars(a.substr(0, at), [](char c) { return unreserved(c) || sub_delim(c) || c == ':'; })) return false;
        a.remove_prefix(at + 1);
    }
    std::string_view port;
    if (!a.empty() && a[0] == '[') {
        const auto close = a.find(']');
        if (close == std::string_view::npos || !ip_literal(a.substr(1, close - 1))) return false;
        const auto rest = a.substr(close + 1);
        if (!rest.empty()) {
            if (rest[0] != ':') return false;
            port = rest.substr(1);
        }
    } else {
        const auto colon = a.find(':');
        if (colon != std::string_view::npos) {
            port = a.substr(colon + 1);
            a = a.substr(0, colon);
        }
        if (!all_chars(a, [](char c) { return unreserved(c) || sub_delim(c); })) return false;
    }
    return std::all_of(port.begin(), port.end(), is_digit);
}
}  // namespace uri_detail

inline bool is_uri(std::string_view s) noexcept {
    using namespace uri_detail;
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || !is_alpha(s[0])) return false;
    for (std::size_t i = 1; i < colon; ++i)
        if (!(is_alnum(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.')) return false;
    auto rest = s.substr(colon + 1);
    std::string_view fragment, query;
    bool has_fragment = false, has_query = false;
    if (const auto h = rest.find('#'); h != std::string_view::npos) {
        fragment = rest.substr(h + 1);
        rest = rest.substr(0, h);
        has_fragment = true;
    }
    if (const auto q = rest.find('?'); q != std::string_view::npos) {
        query = rest.substr(q + 1);
        rest = rest.substr(0, q);
        has_query = true;
    }
    auto query_char = [](char c) { return pchar(c) || c == '/' || c == '?'; };
    if (has_fragment && !all_chars(fragment, query_char)) return false;
    if (has_query && !all_chars(query, query_char)) return false;
    std::string_view path = rest;
    if (rest.substr(0, 2) == "//") {
        const auto slash = rest.find('/', 2);
        const auto auth = rest.substr(2, slash == std::string_view::npos ? std::string_view::npos : slash - 2);
        if (!authority(auth)) return false;
        path = slash == std::string_view::npos ? std::string_view{} : rest.substr(slash);
    }
    return all_chars(path, [](char c) { return pchar(c) || c == '/'; });
}

// ---------------------------------------------------------------------------
// RFC 3339 date-time: 2024-05-01T12:30:00Z, 2024-05-01T14:30:00.25+02:00.
// The separator may be "T", "t" or a space (RFC 3339 section 5.6 allows the
// space, and `date --rfc-3339=seconds` prints one).

inline bool is_rfc3339(std::string_view s) noexcept {
    auto digits = [&](std::size_t pos, std::size_t n) {
        if (pos + n > s.size()) return false;
        for (std::size_t i = pos; i < pos + n; ++i)
            if (!is_digit(s[i])) return false;
        return true;
    };
    auto num = [&](std::size_t pos, std::size_t n) {
        int v = 0;
        for (std::size_t i = pos; i < pos + n; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    if (!digits(0, 4) || s.size() < 20 || s[4] != '-' || !digits(5, 2) || s[7] != '-' || !digits(8, 2)) return false;
    const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > days[month - 1] + (month == 2 && leap ? 1 : 0)) return false;
    if (s[10] != 'T' && s[10] != 't' && s[10] != ' ') return false;
    if (!digits(11, 2) || s[13] != ':' || !digits(14, 2) || s[16] != ':' || !digits(17, 2)) return false;
    if (num(11, 2) > 23 || num(14, 2) > 59 || num(17, 2) > 60) return false;  // 60: leap second
    std::size_t i = 19;
    if (i < s.size() && s[i] == '.') {
        const std::size_t b = ++i;
        while (i < s.size() && is_digit(s[i])) ++i;
        if (i == b) return false;
    }
    if (i >= s.size()) return false;
    if (s[i] == 'Z' || s[i] == 'z') return i + 1 == s.size();
    if (s[i] != '+' && s[i] != '-') return false;
    if (s.size() != i + 6 || !digits(i + 1, 2) || s[i + 3] != ':' || !digits(i + 4, 2)) return false;
    return num(i + 1, 2) <= 23 && num(i + 4, 2) <= 59;
}

// ---------------------------------------------------------------------------
// Semantic Versioning 2.0.0: MAJOR.MINOR.PATCH[-pre.release][+build.meta].

inline bool is_semver(std::string_view s) noexcept {
    std::size_t i = 0;
    for (int part = 0; part < 3; ++part) {
        const std::size_t b = i;
        while (i < s.size() && is_digit(s[i])) ++i;
        if (i == b || (i - b > 1 && s[b] == '0')) return false;
        if (part < 2) {
            if (i >= s.size() || s[i] != '.') return false;
            ++i;
        }
    }
    auto identifiers = [&](bool numeric_rule) {
        // dot-separated, non-empty [0-9A-Za-z-] identifiers; numeric ones without leading zeros (pre-release only)
        while (true) {
            const std::size_t b = i;
            bool numeric = true;
            while (i < s.size() && (is_alnum(s[i]) || s[i] == '-')) {
                numeric = numeric && is_digit(s[i]);
                ++i;
            }
            if (i == b) return false;
            if (numeric_rule && numeric && i - b > 1 && s[b] == '0') return false;
            if (i < s.size() && s[i] == '.') {
                ++i;
                continue;
            }
            return true;
        }
    };
    if (i < s.size() && s[i] == '-') {
        ++i;
        if (!identifiers(true)) return false;
    }
    if (i < s.size() && s[i] == '+') {
        ++i;
        if (!identifiers(false)) return false;
    }
    return i == s.size();
}

// ---------------------------------------------------------------------------
// Git commit hash: lower-case hex, abbreviated (7 or more characters, as
// `git rev-parse --short` prints) up to the full 40 of SHA-1, or the 64 of a
// SHA-256 repository.

inline bool is_git_hash(std::string_view s) noexcept {
    if (!((s.size() >= 7 && s.size() <= 40) || s.size() == 64)) return false;
    return std::all_of(s.begin(), s.end(), [](char c) { return is_digit(c) || (c >= 'a' && c <= 'f'); });
}

// ---------------------------------------------------------------------------
// E-mail address (RFC 5322): an addr-spec `local@domain`, or a mailbox with
// a display name, `Jane Doe <jane@example.com>`, as LABEL maintainer values
// often are.

namespace email_detail {
inline bool atext(char c) noexcept {
    if (is_alnum(c)) return true;
    switch (c) {
        case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-': case '/':
        case '=': case '?': case '^': case '_': case '`': case '{': case '|': case '}': case '~': return true;
        default: return false;
    }
}
inline bool dot_atom(std::string_view s) noexcept {
    if (s.empty() || s.front() == '.' || s.back() == '.') return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '.') {
            if (s[i + 1] == '.') return false;
        } else if (!atext(s[i])) {
            return false;
        }
    }
    return true;
}
// `"…"` with printable ASCII inside and `\x` escapes.
inline bool quoted_string(std::string_view s) noexcept {
    if (s.size() < 2 || s.front() != '"' || s.back() != '"') return false;
    for (std::size_t i = 1; i + 1 < s.size(); ++i) {
        const char c = s[i];
        if (c == '\\') {
            if (i + 2 >= s.size()) return false;
            ++i;
            continue;
        }
        if (c == '"' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
            if (c != '\t') return false;
        }
    }
    return true;
}
inline bool addr_spec(std::string_view s) noexcept {
    const auto at = s.rfind('@');
    if (at == std::string_view::npos) return false;
    const auto local = s.substr(0, at), domain = s.substr(at + 1);
    if (!(dot_atom(local) || quoted_string(local))) return false;
    if (!domain.empty() && domain.front() == '[') {
        if (domain.size() < 2 || domain.back() != ']') return false;
        for (char c : domain.substr(1, domain.size() - 2))
            if (c == '[' || c == ']' || c == '\\' || static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
        return true;
    }
    return dot_atom(domain);
}
// A display name: words of atext (UTF-8 allowed, RFC 6532), dots, blanks and quoted strings.
inline bool display_name(std::string_view s) noexcept {
    for (std::size_t i = 0; i < s.size();) {
        const char c = s[i];
        if (c == '"') {
            std::size_t j = i + 1;
            while (j < s.size() && s[j] != '"') j += s[j] == '\\' ? 2u : 1u;
            if (j >= s.size() || !quoted_string(s.substr(i, j + 1 - i))) return false;
            i = j + 1;
            continue;
        }
        if (!(atext(c) || c == '.' || c == ' ' || c == '\t' || static_cast<unsigned char>(c) >= 0x80)) return false;
        ++i;
    }
    return true;
}
}  // namespace email_detail

inline bool is_email(std::string_view s) noexcept {
    using namespace email_detail;
    // A trailing comment is part of the syntax (CFWS): `Jane <jane@example.com> (@jane)`.
    while (!s.empty() && s.back() == ')') {
        int depth = 0;
        std::size_t i = s.size();
        while (i > 0) {
            --i;
            if (s[i] == ')') ++depth;
            else if (s[i] == '(' && --depth == 0) break;
        }
        if (depth != 0) return false;
        s = trim(s.substr(0, i));
    }
    if (!s.empty() && s.back() == '>') {
        const auto lt = s.rfind('<');
        if (lt == std::string_view::npos) return false;
        return display_name(trim(s.substr(0, lt))) && addr_spec(s.substr(lt + 1, s.size() - lt - 2));
    }
    return addr_spec(s);
}

// ---------------------------------------------------------------------------
// SPDX licence identifiers and expressions.
//
// The identifiers of the SPDX License List (licences, deprecated ones
// included since they still identify a licence, and the exceptions usable
// after WITH), sorted case-insensitively for binary search. Source: the SPDX
// License List data (https://spdx.org/licenses/, CC0), release 3.25 plus
// later additions.

inline constexpr std::string_view spdx_license_ids[] = {
    "0BSD", "3D-Slicer-1.0", "AAL", "Abstyles", "AdaCore-doc", "Adobe-2006", "Adobe-Display-PostScript",
    "Adobe-Glyph", "Adobe-Utopia", "ADSL", "Advanced-Cryptics-Dictionary", "AFL-1.1", "AFL-1.2", "AFL-2.0",
    "AFL-2.1", "AFL-3.0", "Afmparse", "AGPL-1.0", "AGPL-1.0-only", "AGPL-1.0-or-later", "AGPL-3.0",
    "AGPL-3.0-only", "AGPL-3.0-or-later", "Aladdin", "ALGLIB-Documentation", "AMD-newlib", "AMDPLPA", "AML",
    "AML-glslang", "AMPAS", "ANTLR-PD", "ANTLR-PD-fallback", "any-OSI", "any-OSI-perl-modules", "Apache-1.0",
    "Apache-1.1", "Apache-2.0", "APAFML", "APL-1.0", "App-s2p", "APSL-1.0", "APSL-1.1", "APSL-1.2",
    "APSL-2.0", "Arphic-1999", "Artistic-1.0", "Artistic-1.0-cl8", "Artistic-1.0-Perl", "Artistic-2.0",
    "Artistic-dist", "Aspell-RU", "ASWF-Digital-Assets-1.0", "ASWF-Digital-Assets-1.1", "Baekmuk", "Bahyph",
    "Barr", "bcrypt-Solar-Designer", "Beerware", "Bitstream-Charter", "Bitstream-Vera", "BitTorrent-1.0",
    "BitTorrent-1.1", "blessing", "BlueOak-1.0.0", "Boehm-GC", "Boehm-GC-without-fee", "BOLA-1.1", "Borceux",
    "Brian-Gladman-2-Clause", "Brian-Gladman-3-Clause", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Darwin",
    "BSD-2-Clause-first-lines", "BSD-2-Clause-FreeBSD", "BSD-2-Clause-NetBSD", "BSD-2-Clause-Patent",
    "BSD-2-Clause-pkgconf-disclaimer", "BSD-2-Clause-Views", "BSD-3-Clause", "BSD-3-Clause-acpica",
    "BSD-3-Clause-Attribution", "BSD-3-Clause-Clear", "BSD-3-Clause-flex", "BSD-3-Clause-HP",
    "BSD-3-Clause-LBNL", "BSD-3-Clause-Modification", "BSD-3-Clause-No-Military-License",
    "BSD-3-Clause-No-Nuclear-License", "BSD-3-Clause-No-Nuclear-License-2014",
    "BSD-3-Clause-No-Nuclear-Warranty", "BSD-3-Clause-Open-MPI", "BSD-3-Clause-Sun", "BSD-3-Clause-Tso",
    "BSD-4-Clause", "BSD-4-Clause-Shortened", "BSD-4-Clause-UC", "BSD-4.3RENO", "BSD-4.3TAHOE",
    "BSD-Advertising-Acknowledgement", "BSD-Attribution-HPND-disclaimer", "BSD-Inferno-Nettverk",
    "BSD-Mark-Modifications", "BSD-Protection", "BSD-Source-beginning-file", "BSD-Source-Code",
    "BSD-Systemics", "BSD-Systemics-W3Works", "BSL-1.0", "Buddy", "BUSL-1.1", "bzip2-1.0.5", "bzip2-1.0.6",
    "C-UDA-1.0", "CAL-1.0", "CAL-1.0-Combined-Work-Exception", "Caldera", "Caldera-no-preamble", "CAPEC-tou",
    "Catharon", "CATOSL-1.1", "CC-BY-1.0", "CC-BY-2.0", "CC-BY-2.5", "CC-BY-2.5-AU", "CC-BY-3.0",
    "CC-BY-3.0-AT", "CC-BY-3.0-AU", "CC-BY-3.0-DE", "CC-BY-3.0-IGO", "CC-BY-3.0-NL", "CC-BY-3.0-US",
    "CC-BY-4.0", "CC-BY-NC-1.0", "CC-BY-NC-2.0", "CC-BY-NC-2.5", "CC-BY-NC-3.0", "CC-BY-NC-3.0-DE",
    "CC-BY-NC-4.0", "CC-BY-NC-ND-1.0", "CC-BY-NC-ND-2.0", "CC-BY-NC-ND-2.5", "CC-BY-NC-ND-3.0",
    "CC-BY-NC-ND-3.0-DE", "CC-BY-NC-ND-3.0-IGO", "CC-BY-NC-ND-4.0", "CC-BY-NC-SA-1.0", "CC-BY-NC-SA-2.0",
    "CC-BY-NC-SA-2.0-DE", "CC-BY-NC-SA-2.0-FR", "CC-BY-NC-SA-2.0-UK", "CC-BY-NC-SA-2.5", "CC-BY-NC-SA-3.0",
    "CC-BY-NC-SA-3.0-DE", "CC-BY-NC-SA-3.0-IGO", "CC-BY-NC-SA-4.0", "CC-BY-ND-1.0", "CC-BY-ND-2.0",
    "CC-BY-ND-2.5", "CC-BY-ND-3.0", "CC-BY-ND-3.0-DE", "CC-BY-ND-4.0", "CC-BY-SA-1.0", "CC-BY-SA-2.0",
    "CC-BY-SA-2.0-UK", "CC-BY-SA-2.1-JP", "CC-BY-SA-2.5", "CC-BY-SA-3.0", "CC-BY-SA-3.0-AT",
    "CC-BY-SA-3.0-DE", "CC-BY-SA-3.0-IGO", "CC-BY-SA-4.0", "CC-PDDC", "CC-PDM-1.0", "CC-SA-1.0", "CC0-1.0",
    "CDDL-1.0", "CDDL-1.1", "CDL-1.0", "CDLA-Permissive-1.0", "CDLA-Permissive-2.0", "CDLA-Sharing-1.0",
    "CECILL-1.0", "CECILL-1.1", "CECILL-2.0", "CECILL-2.1", "CECILL-B", "CECILL-C", "CERN-OHL-1.1",
    "CERN-OHL-1.2", "CERN-OHL-P-2.0", "CERN-OHL-S-2.0", "CERN-OHL-W-2.0", "CFITSIO", "check-cvs", "checkmk",
    "ClArtistic", "Clips", "CMU-Mach", "CMU-Mach-nodoc", "CNRI-Jython", "CNRI-Python",
    "CNRI-Python-GPL-Compatible", "COIL-1.0", "Community-Spec-1.0", "Condor-1.1", "copyleft-next-0.3.0",
    "copyleft-next-0.3.1", "Cornell-Lossless-JPEG", "CPAL-1.0", "CPL-1.0", "CPOL-1.02", "Cronyx", "Crossword",
    "CryptoSwift", "CrystalStacker", "CUA-OPL-1.0", "Cube", "curl", "cve-tou", "D-FSL-1.0", "DEC-3-Clause",
    "diffmark", "DL-DE-BY-2.0", "DL-DE-ZERO-2.0", "DOC", "DocBook-DTD", "DocBook-Schema",
    "DocBook-Stylesheet", "DocBook-XML", "Dotseqn", "DRL-1.0", "DRL-1.1", "DSDP", "dtoa", "dvipdfm",
    "ECL-1.0", "ECL-2.0", "eCos-2.0", "EFL-1.0", "EFL-2.0", "eGenix", "Elastic-2.0", "Entessa", "EPICS",
    "EPL-1.0", "EPL-2.0", "ErlPL-1.1", "ESA-PL-permissive-2.4", "ESA-PL-strong-copyleft-2.4",
    "ESA-PL-weak-copyleft-2.4", "etalab-2.0", "EUDatagrid", "EUPL-1.0", "EUPL-1.1", "EUPL-1.2", "Eurosym",
    "Fair", "FBM", "FDK-AAC", "Ferguson-Twofish", "Frameworx-1.0", "FreeBSD-DOC", "FreeImage", "FSFAP",
    "FSFAP-no-warranty-disclaimer", "FSFUL", "FSFULLR", "FSFULLRSD", "FSFULLRWD", "FSL-1.1-ALv2",
    "FSL-1.1-MIT", "FTL", "Furuseth", "fwlw", "Game-Programming-Gems", "GCR-docs", "GD", "generic-xts",
    "GFDL-1.1", "GFDL-1.1-invariants-only", "GFDL-1.1-invariants-or-later", "GFDL-1.1-no-invariants-only",
    "GFDL-1.1-no-invariants-or-later", "GFDL-1.1-only", "GFDL-1.1-or-later", "GFDL-1.2",
    "GFDL-1.2-invariants-only", "GFDL-1.2-invariants-or-later", "GFDL-1.2-no-invariants-only",
    "GFDL-1.2-no-invariants-or-later", "GFDL-1.2-only", "GFDL-1.2-or-later", "GFDL-1.3",
    "GFDL-1.3-invariants-only", "GFDL-1.3-invariants-or-later", "GFDL-1.3-no-invariants-only",
    "GFDL-1.3-no-invariants-or-later", "GFDL-1.3-only", "GFDL-1.3-or-later", "Giftware", "GL2PS", "Glide",
    "Glulxe", "GLWTPL", "gnuplot", "GPL-1.0", "GPL-1.0+", "GPL-1.0-only", "GPL-1.0-or-later", "GPL-2.0",
    "GPL-2.0+", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-2.0-with-autoconf-exception",
    "GPL-2.0-with-bison-exception", "GPL-2.0-with-classpath-exception", "GPL-2.0-with-font-exception",
    "GPL-2.0-with-GCC-exception", "GPL-3.0", "GPL-3.0+", "GPL-3.0-only", "GPL-3.0-or-later",
    "GPL-3.0-with-autoconf-exception", "GPL-3.0-with-GCC-exception", "Graphics-Gems", "gSOAP-1.3b", "gtkbook",
    "Gutmann", "HaskellReport", "HDF5", "hdparm", "HIDAPI", "Hippocratic-2.1", "HP-1986", "HP-1989", "HPND",
    "HPND-DEC", "HPND-doc", "HPND-doc-sell", "HPND-export-US", "HPND-export-US-acknowledgement",
    "HPND-export-US-modify", "HPND-export2-US", "HPND-Fenneberg-Livingston", "HPND-INRIA-IMAG", "HPND-Intel",
    "HPND-Kevlin-Henney", "HPND-Markus-Kuhn", "HPND-merchantability-variant", "HPND-MIT-disclaimer",
    "HPND-Netrek", "HPND-Pbmplus", "HPND-sell-MIT-disclaimer-xserver", "HPND-sell-regexpr",
    "HPND-sell-variant", "HPND-sell-variant-critical-systems", "HPND-sell-variant-MIT-disclaimer",
    "HPND-sell-variant-MIT-disclaimer-rev", "HPND-SMC", "HPND-UC", "HPND-UC-export-US", "HTMLTIDY",
    "hyphen-bulgarian", "IBM-pibs", "ICU", "IEC-Code-Components-EULA", "IJG", "IJG-short", "ImageMagick",
    "iMatix", "Imlib2", "Info-ZIP", "Inner-Net-2.0", "InnoSetup", "Intel", "Intel-ACPI", "Interbase-1.0",
    "IPA", "IPL-1.0", "ISC", "ISC-Veillard", "ISO-permission", "Jam", "JasPer-2.0", "jove", "JPL-image",
    "JPNIC", "JSON", "Kastrup", "Kazlib", "Knuth-CTAN", "LAL-1.2", "LAL-1.3", "Latex2e",
    "Latex2e-translated-notice", "Leptonica", "LGPL-2.0", "LGPL-2.0+", "LGPL-2.0-only", "LGPL-2.0-or-later",
    "LGPL-2.1", "LGPL-2.1+", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0", "LGPL-3.0+", "LGPL-3.0-only",
    "LGPL-3.0-or-later", "LGPLLR", "Libpng", "libpng-1.6.35", "libpng-2.0", "libselinux-1.0", "libtiff",
    "libutil-David-Nugent", "LiLiQ-P-1.1", "LiLiQ-R-1.1", "LiLiQ-Rplus-1.1", "Linux-man-pages-1-para",
    "Linux-man-pages-copyleft", "Linux-man-pages-copyleft-2-para", "Linux-man-pages-copyleft-var",
    "Linux-OpenIB", "LOOP", "LPD-document", "LPL-1.0", "LPL-1.02", "LPPL-1.0", "LPPL-1.1", "LPPL-1.2",
    "LPPL-1.3a", "LPPL-1.3c", "lsof", "Lucida-Bitmap-Fonts", "LZMA-SDK-9.11-to-9.20", "LZMA-SDK-9.22",
    "Mackerras-3-Clause", "Mackerras-3-Clause-acknowledgment", "magaz", "mailprio", "MakeIndex", "man2html",
    "Martin-Birgmeier", "McPhee-slideshow", "metamail", "Minpack", "MIPS", "MirOS", "MIT", "MIT-0",
    "MIT-advertising", "MIT-Click", "MIT-CMU", "MIT-enna", "MIT-feh", "MIT-Festival", "MIT-Khronos-old",
    "MIT-Modern-Variant", "MIT-open-group", "MIT-STK", "MIT-testregex", "MIT-Wu", "MITNFA", "MMIXware",
    "MMPL-1.0.1", "Motosoto", "MPEG-SSG", "mpi-permissive", "mpich2", "MPL-1.0", "MPL-1.1", "MPL-2.0",
    "MPL-2.0-no-copyleft-exception", "mplus", "MS-LPL", "MS-PL", "MS-RL", "MTLL", "MulanPSL-1.0",
    "MulanPSL-2.0", "Multics", "Mup", "NAIST-2003", "NASA-1.3", "Naumen", "NBPL-1.0", "NCBI-PD",
    "NCGL-UK-2.0", "NCL", "NCSA", "Net-SNMP", "NetCDF", "Newsletr", "NGPL", "ngrep", "NICTA-1.0", "NIST-PD",
    "NIST-PD-fallback", "NIST-PD-TNT", "NIST-Software", "NLOD-1.0", "NLOD-2.0", "NLPL", "Nokia", "NOSL",
    "Noweb", "NPL-1.0", "NPL-1.1", "NPOSL-3.0", "NRL", "NTIA-PD", "NTP", "NTP-0", "Nunit", "O-UDA-1.0", "OAR",
    "OCCT-PL", "OCLC-2.0", "ODbL-1.0", "ODC-By-1.0", "OFFIS", "OFL-1.0", "OFL-1.0-no-RFN", "OFL-1.0-RFN",
    "OFL-1.1", "OFL-1.1-no-RFN", "OFL-1.1-RFN", "OGC-1.0", "OGDL-Taiwan-1.0", "OGL-Canada-2.0", "OGL-UK-1.0",
    "OGL-UK-2.0", "OGL-UK-3.0", "OGTSL", "OLDAP-1.1", "OLDAP-1.2", "OLDAP-1.3", "OLDAP-1.4", "OLDAP-2.0",
    "OLDAP-2.0.1", "OLDAP-2.1", "OLDAP-2.2", "OLDAP-2.2.1", "OLDAP-2.2.2", "OLDAP-2.3", "OLDAP-2.4",
    "OLDAP-2.5", "OLDAP-2.6", "OLDAP-2.7", "OLDAP-2.8", "OLFL-1.3", "OML", "OpenMDW-1.0", "OpenPBS-2.3",
    "OpenSSL", "OpenSSL-standalone", "OpenVision", "OPL-1.0", "OPL-UK-3.0", "OPUBL-1.0", "OSC-1.0",
    "OSET-PL-2.1", "OSL-1.0", "OSL-1.1", "OSL-2.0", "OSL-2.1", "OSL-3.0", "OSSP", "PADL",
    "ParaType-Free-Font-1.3", "Parity-6.0.0", "Parity-7.0.0", "PDDL-1.0", "PHP-3.0", "PHP-3.01", "Pixar",
    "pkgconf", "Plexus", "pnmstitch", "PolyForm-Noncommercial-1.0.0", "PolyForm-Small-Business-1.0.0",
    "PostgreSQL", "PPL", "PSF-2.0", "psfrag", "psutils", "Python-2.0", "Python-2.0.1", "python-ldap", "Qhull",
    "QPL-1.0", "QPL-1.0-INRIA-2004", "radvd", "Rdisc", "RHeCos-1.1", "RPL-1.1", "RPL-1.5", "RPSL-1.0",
    "RSA-MD", "RSCPL", "Ruby", "Ruby-pty", "SAX-PD", "SAX-PD-2.0", "Saxpath", "SCEA", "SchemeReport",
    "Sendmail", "Sendmail-8.23", "Sendmail-Open-Source-1.1", "SGI-B-1.0", "SGI-B-1.1", "SGI-B-2.0",
    "SGI-OpenGL", "SGMLUG-PM", "SGP4", "SHL-0.5", "SHL-0.51", "SimPL-2.0", "SISSL", "SISSL-1.2", "SL",
    "Sleepycat", "SMAIL-GPL", "SMLNJ", "SMPPL", "SNIA", "snprintf", "SOFA", "softSurfer", "Soundex",
    "Spencer-86", "Spencer-94", "Spencer-99", "SPL-1.0", "ssh-keyscan", "SSH-OpenSSH", "SSH-short",
    "SSLeay-standalone", "SSPL-1.0", "StandardML-NJ", "SugarCRM-1.1.3", "SUL-1.0", "Sun-PPP", "Sun-PPP-2000",
    "SunPro", "SWL", "swrule", "Symlinks", "TAPR-OHL-1.0", "TCL", "TCP-wrappers", "TekHVC", "TermReadKey",
    "TGPPL-1.0", "ThirdEye", "threeparttable", "TMate", "TORQUE-1.1", "TOSL", "TPDL", "TPL-1.0", "TrustedQSL",
    "TTWL", "TTYP0", "TU-Berlin-1.0", "TU-Berlin-2.0", "Ubuntu-font-1.0", "UCAR", "UCL-1.0", "ulem",
    "UMich-Merit", "Unicode-3.0", "Unicode-DFS-2015", "Unicode-DFS-2016", "Unicode-TOU", "UnixCrypt",
    "Unlicense", "Unlicense-libtelnet", "Unlicense-libwhirlpool", "UnRAR", "UPL-1.0", "URT-RLE", "Vim",
    "Vixie-Cron", "VOSTROM", "VSL-1.0", "W3C", "W3C-19980720", "W3C-20150513", "w3m", "Watcom-1.0",
    "Widget-Workshop", "WordNet", "Wsuipa", "WTFNMFPL", "WTFPL", "wwl", "wxWindows", "X11",
    "X11-distribute-modifications-variant", "X11-no-permit-persons", "X11-swapped", "Xdebug-1.03", "Xerox",
    "Xfig", "XFree86-1.1", "xinetd", "xkeyboard-config-Zinoviev", "xlock", "Xnet", "xpp", "XSkat", "xzoom",
    "YPL-1.0", "YPL-1.1", "Zed", "Zeeff", "Zend-2.0", "Zimbra-1.3", "Zimbra-1.4", "Zlib",
    "zlib-acknowledgement", "ZPL-1.1", "ZPL-2.0", "ZPL-2.1",
};

inline constexpr std::string_view spdx_exception_ids[] = {
    "389-exception", "Asterisk-exception", "Asterisk-linking-protocols-exception", "Autoconf-exception-2.0",
    "Autoconf-exception-3.0", "Autoconf-exception-generic", "Autoconf-exception-generic-3.0",
    "Autoconf-exception-macro", "Bison-exception-1.24", "Bison-exception-2.2", "Bootloader-exception",
    "Classpath-exception-2.0", "CLISP-exception-2.0", "cryptsetup-OpenSSL-exception",
    "DigiRule-FOSS-exception", "eCos-exception-2.0", "erlang-otp-linking-exception",
    "Fawkes-Runtime-exception", "FLTK-exception", "fmt-exception", "Font-exception-2.0",
    "freertos-exception-2.0", "GCC-exception-2.0", "GCC-exception-2.0-note", "GCC-exception-3.1",
    "Gmsh-exception", "GNAT-exception", "GNOME-examples-exception", "GNU-compiler-exception",
    "gnu-javamail-exception", "GPL-3.0-interface-exception", "GPL-3.0-linking-exception",
    "GPL-3.0-linking-source-exception", "GPL-CC-1.0", "GStreamer-exception-2005", "GStreamer-exception-2008",
    "i2p-gpl-java-exception", "KiCad-libraries-exception", "LGPL-3.0-linking-exception",
    "libpri-OpenH323-exception", "Libtool-exception", "Linux-syscall-note", "LLGPL", "LLVM-exception",
    "LZMA-exception", "mif-exception", "Nokia-Qt-exception-1.1", "OCaml-LGPL-linking-exception",
    "OCCT-exception-1.0", "OpenJDK-assembly-exception-1.0", "openvpn-openssl-exception", "PCRE2-exception",
    "PS-or-PDF-font-exception-20170817", "QPL-1.0-INRIA-2004-exception", "Qt-GPL-exception-1.0",
    "Qt-LGPL-exception-1.1", "Qwt-exception-1.0", "romic-exception", "RRDtool-FLOSS-exception-2.0",
    "SANE-exception", "SHL-2.0", "SHL-2.1", "stunnel-exception", "SWI-exception", "Swift-exception",
    "Texinfo-exception", "u-boot-exception-2.0", "UBDL-exception", "Universal-FOSS-exception-1.0",
    "vsftpd-openssl-exception", "WxWindows-exception-3.1", "x11vnc-openssl-exception",
};

template <std::size_t N>
bool sorted_contains(const std::string_view (&list)[N], std::string_view id) noexcept {
    const auto it = std::lower_bound(std::begin(list), std::end(list), id, [](std::string_view a, std::string_view b) { return icompare(a, b) < 0; });
    return it != std::end(list) && icompare(*it, id) == 0;
}

// SPDX matches identifiers case-insensitively (SPDX spec, annex on license expressions).
inline bool is_spdx_license_id(std::string_view id) noexcept { return sorted_contains(spdx_license_ids, id); }
inline bool is_spdx_exception_id(std::string_view id) noexcept { return sorted_contains(spdx_exception_ids, id); }

// The canonical spelling of a licence identifier ("apache-2.0" → "Apache-2.0").
inline std::string_view canonical_spdx_id(std::string_view id) noexcept {
    const auto it = std::lower_bound(std::begin(spdx_license_ids), std::end(spdx_license_ids), id, [](std::string_view a, std::string_view b) { return icompare(a, b) < 0; });
    return it != std::end(spdx_license_ids) && icompare(*it, id) == 0 ? *it : std::string_view{};
}

namespace spdx_detail {
inline bool idstring(std::string_view s) noexcept {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return is_alnum(c) || c == '-' || c == '.'; });
}
inline bool starts_with_ci(std::string_view s, std::string_view p) noexcept { return s.size() >= p.size() && icompare(s.substr(0, p.size()), p) == 0; }
// LicenseRef-x, DocumentRef-y:LicenseRef-x
inline bool license_ref(std::string_view s) noexcept {
    if (starts_with_ci(s, "DocumentRef-")) {
        const auto colon = s.find(':');
        if (colon == std::string_view::npos || !idstring(s.substr(12, colon - 12))) return false;
        s = s.substr(colon + 1);
    }
    return starts_with_ci(s, "LicenseRef-") && idstring(s.substr(11));
}
inline bool addition_ref(std::string_view s) noexcept {
    if (starts_with_ci(s, "DocumentRef-")) {
        const auto colon = s.find(':');
        if (colon == std::string_view::npos || !idstring(s.substr(12, colon - 12))) return false;
        s = s.substr(colon + 1);
    }
    return starts_with_ci(s, "AdditionRef-") && idstring(s.substr(12));
}

// Operators are all upper-case or all lower-case (SPDX 2.3, annex D).
inline bool is_op(std::string_view t, std::string_view upper) noexcept {
    if (t == upper) return true;
    if (t.size() != upper.size()) return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i] != char(upper[i] + 32)) return false;
    return true;
}

struct Parser {
    std::vector<std::string_view> tokens;
    std::size_t pos = 0;

    bool at_end() const noexcept { return pos >= tokens.size(); }
    std::string_view peek() const noexcept { return at_end() ? std::string_view{} : tokens[pos]; }

    bool simple() {
        if (at_end()) return false;
        std::string_view t = tokens[pos];
        if (t == "(") {
            ++pos;
            if (!expression() || peek() != ")") return false;
            ++pos;
            return true;
        }
        if (license_ref(t)) {
            ++pos;
            return true;
        }
        if (!t.empty() && t.back() == '+') t.remove_suffix(1);  // "GPL-2.0+": this version or later
        if (!is_spdx_license_id(t)) return false;
        ++pos;
        return true;
    }
    bool with_expression() {
        const bool compound = peek() == "(";
        if (!simple()) return false;
        if (!at_end() && is_op(peek(), "WITH")) {
            if (compound) return false;  // WITH follows a licence, not a group
            ++pos;
            if (at_end() || !(is_spdx_exception_id(peek()) || addition_ref(peek()))) return false;
            ++pos;
        }
        return true;
    }
    bool and_expression() {
        if (!with_expression()) return false;
        while (!at_end() && is_op(peek(), "AND")) {
            ++pos;
            if (!with_expression()) return false;
        }
        return true;
    }
    bool expression() {
        if (!and_expression()) return false;
        while (!at_end() && is_op(peek(), "OR")) {
            ++pos;
            if (!and_expression()) return false;
        }
        return true;
    }
};
}  // namespace spdx_detail

// A licence identifier (`MIT`, `Apache-2.0`, `LicenseRef-acme`) or an SPDX
// licence expression (`MIT OR Apache-2.0`, `GPL-2.0-or-later WITH
// Classpath-exception-2.0`), the form org.opencontainers.image.licenses asks for.
inline bool is_spdx_expression(std::string_view s) {
    spdx_detail::Parser p;
    for (std::size_t i = 0; i < s.size();) {
        if (is_blank(s[i])) {
            ++i;
            continue;
        }
        if (s[i] == '(' || s[i] == ')') {
            p.tokens.push_back(s.substr(i, 1));
            ++i;
            continue;
        }
        const std::size_t b = i;
        while (i < s.size() && !is_blank(s[i]) && s[i] != '(' && s[i] != ')') ++i;
        p.tokens.push_back(s.substr(b, i - b));
    }
    if (p.tokens.empty()) return false;
    return p.expression() && p.at_end();
}

// The identifier a free-form licence name most likely means, or "":
// "Apache 2.0" → "Apache-2.0", "GPLv3" → "GPL-3.0-only", "BSD 3-Clause" → "BSD-3-Clause".
inline std::string_view suggest_spdx_id(std::string_view s) {
    // Compare with punctuation and white space removed.
    auto squash = [](std::string_view v) {
        std::string out;
        for (char c : v)
            if (is_alnum(c)) out += to_lower(c);
        return out;
    };
    std::string q = squash(s);
    for (std::string_view noise : {"license", "licence", "version"}) {
        for (auto at = q.find(noise); at != std::string::npos; at = q.find(noise)) q.erase(at, noise.size());
    }
    if (q.empty()) return {};
    struct Alias {
        std::string_view from, to;
    };
    static constexpr Alias aliases[] = {
        {"apache", "Apache-2.0"},      {"apache2", "Apache-2.0"},        {"asl20", "Apache-2.0"},        {"asl2", "Apache-2.0"},
        {"gpl", "GPL-3.0-or-later"},    {"gplv2", "GPL-2.0-only"},         {"gpl2", "GPL-2.0-only"},       {"gplv3", "GPL-3.0-only"},
        {"gpl3", "GPL-3.0-only"},       {"gplv2orlater", "GPL-2.0-or-later"}, {"gplv3orlater", "GPL-3.0-or-later"},
        {"lgpl", "LGPL-3.0-or-later"},  {"lgplv2", "LGPL-2.0-only"},       {"lgplv21", "LGPL-2.1-only"},   {"lgpl21", "LGPL-2.1-only"},
        {"lgplv3", "LGPL-3.0-only"},    {"lgpl3", "LGPL-3.0-only"},        {"agpl", "AGPL-3.0-or-later"},  {"agplv3", "AGPL-3.0-only"},
        {"agpl3", "AGPL-3.0-only"},     {"bsd", "BSD-3-Clause"},           {"newbsd", "BSD-3-Clause"},     {"bsd3", "BSD-3-Clause"},
        {"bsd2", "BSD-2-Clause"},       {"simplifiedbsd", "BSD-2-Clause"}, {"mpl", "MPL-2.0"},             {"mpl2", "MPL-2.0"},
        {"epl", "EPL-2.0"},             {"epl2", "EPL-2.0"},               {"publicdomain", "Unlicense"},  {"cc0", "CC0-1.0"},
        {"expat", "MIT"},               {"isc", "ISC"},                    {"zlib", "Zlib"},               {"python", "PSF-2.0"},
        {"psf", "PSF-2.0"},             {"boost", "BSL-1.0"},              {"artistic", "Artistic-2.0"},   {"unlicensed", "Unlicense"},
    };
    for (const auto& a : aliases)
        if (q == a.from) return a.to;
    for (auto id : spdx_license_ids)
        if (squash(id) == q) return id;
    // "Apache 2" / "Apache-2": the identifier with a ".0" version.
    for (auto id : spdx_license_ids)
        if (squash(id) == q + "0") return id;
    return {};
}

}  // namespace dflint::rules::label_util

namespace dflint::rules::label_util {

// ---------------------------------------------------------------------------
// Stages, for the rules that judge a stage as a whole.

// `FROM image AS name`: the keyword through the last argument.
inline Range stage_header_range(const Stage& stage) {
    const Instruction& from = *stage.from;
    Range r = from.keyword.range;
    if (!from.args.empty() && from.args.back().range.end > r.end) r.end = from.args.back().range.end;
    return r;
}

// "stage `build`" or "the stage FROM `alpine:3.20`", for messages.
inline std::string describe_stage(const Stage& stage) {
    if (stage.name_token) return fmt::format("stage `{}`", stage.name_token->text);
    const Instruction& from = *stage.from;
    return fmt::format("the stage `FROM {}`", from.args.empty() ? std::string("…") : from.args.front().text);
}

// True when another stage copies from `stage` (COPY --from, RUN --mount from=):
// it builds files for others and is not an image of its own.
inline bool used_as_source(const Model& model, const Stage& stage) {
    for (const auto& s : model.stages())
        for (const auto& ref : s.refs)
            if (ref.stage == static_cast<int>(stage.index) && (ref.kind == StageRefKind::copy_from || ref.kind == StageRefKind::mount_from)) return true;
    return false;
}

}  // namespace dflint::rules::label_util
