#pragma once
// Helpers for the rules that look at COPY/ADD paths (DL3010, DL3020, DL3021,
// DL3067): the path arguments with quoted words re-joined, quote removal,
// base names and the archive suffixes `ADD` unpacks.
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.hpp"

namespace dflint::rules::copy_util {

// Strips every quote character at both ends ("'a'" → a), as hadolint compares paths.
inline std::string strip_quotes(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == '"' || s[b] == '\'')) ++b;
    while (e > b && (s[e - 1] == '"' || s[e - 1] == '\'')) --e;
    return std::string(s.substr(b, e - b));
}

struct PathArg {
    std::string text;  // quotes removed
    std::string raw;   // as split by the parser (re-joined when quoted)
    Range range;       // source range of the whole argument
};

// The path arguments of a COPY/ADD (sources, then the destination). BuildKit
// splits the shell form at white space; a quoted path with spaces
// ("C:\Program Files\x") arrives in pieces and is joined back here.
inline std::vector<PathArg> path_args(const Instruction& ins) {
    std::vector<PathArg> out;
    const auto& args = ins.args;
    for (std::size_t i = 0; i < args.size(); ++i) {
        PathArg p{std::string(), args[i].text, args[i].range};
        const std::string& t = args[i].text;
        if (!ins.json_form && !t.empty() && (t[0] == '"' || t[0] == '\'')) {
            const char q = t[0];
            std::size_t j = i;
            auto closed = [&](const std::string& s, bool first) { return s.size() >= (first ? 2u : 1u) && s.back() == q; };
            while (!closed(args[j].text, j == i) && j + 1 < args.size()) {
                ++j;
                p.raw += ' ';
                p.raw += args[j].text;
            }
            if (closed(args[j].text, j == i)) {
                p.range.end = args[j].range.end;
                i = j;
            } else {
                p.raw = t;  // unterminated: keep the single word
            }
        }
        p.text = ins.json_form ? p.raw : strip_quotes(p.raw);
        out.push_back(std::move(p));
    }
    return out;
}

// The last path component ("a/b\\c.tar" → "c.tar"), Unix or Windows separators.
inline std::string_view base_name(std::string_view path) {
    const auto at = path.find_last_of("/\\");
    return at == std::string_view::npos ? path : path.substr(at + 1);
}

// File name suffixes of the (compressed) tar archives `ADD` unpacks.
inline bool is_archive_name(std::string_view path) {
    static constexpr std::array<std::string_view, 15> suffixes{".tar", ".Z", ".bz2", ".gz", ".lz", ".lzma", ".tZ", ".tb2",
                                                               ".tbz", ".tbz2", ".tgz", ".tlz", ".tpz", ".txz", ".xz"};
    for (auto s : suffixes)
        if (path.size() > s.size() && path.substr(path.size() - s.size()) == s) return true;
    return false;
}

inline bool is_url(std::string_view path) { return path.rfind("http://", 0) == 0 || path.rfind("https://", 0) == 0; }

}  // namespace dflint::rules::copy_util
