// The fix engine: lint → collect fixes → apply the non-conflicting ones →
// repeat; and a small unified-diff generator (Myers' algorithm on lines).
#include "dflint/fix.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "dflint/parse.hpp"

namespace dflint {
namespace {

bool overlaps(const Range& a, const Range& b) {
    if (a.begin < b.end && b.begin < a.end) return true;          // shared bytes
    if (a.empty() && b.empty()) return a.begin == b.begin;         // two insertions at one point: order unknown
    if (a.empty()) return a.begin > b.begin && a.begin < b.end;    // insertion inside a replaced range
    if (b.empty()) return b.begin > a.begin && b.begin < a.end;
    return false;
}

bool uses_crlf(std::string_view text) {
    const auto nl = text.find('\n');
    return nl != std::string_view::npos && nl > 0 && text[nl - 1] == '\r';
}

std::string to_crlf(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\n' && (i == 0 || s[i - 1] != '\r')) out += '\r';
        out += s[i];
    }
    return out;
}

std::vector<std::string_view> split_lines(std::string_view s) {
    std::vector<std::string_view> lines;
    std::size_t i = 0;
    while (i < s.size()) {
        auto j = s.find('\n', i);
        j = j == std::string_view::npos ? s.size() : j + 1;
        lines.push_back(s.substr(i, j - i));
        i = j;
    }
    return lines;
}

}  // namespace

std::string apply_fixes(std::string_view text, const std::vector<const Fix*>& fixes, std::size_t* applied) {
    struct Candidate {
        const Fix* fix;
        Range first;
    };
    std::vector<Candidate> order;
    for (const Fix* f : fixes) {
        if (!f || f->edits.empty()) continue;
        Range first = f->edits.front().range;
        for (const auto& e : f->edits)
            if (e.range.begin < first.begin || (e.range.begin == first.begin && e.range.end > first.end)) first = e.range;
        order.push_back({f, first});
    }
    std::stable_sort(order.begin(), order.end(), [](const Candidate& a, const Candidate& b) {
        if (a.first.begin != b.first.begin) return a.first.begin < b.first.begin;
        return a.first.size() > b.first.size();
    });
    std::vector<const Edit*> accepted;
    std::size_t count = 0;
    for (const auto& c : order) {
        bool ok = true;
        for (const auto& e : c.fix->edits) {
            if (e.range.end < e.range.begin || e.range.end > text.size()) ok = false;
            for (const Edit* a : accepted)
                if (overlaps(e.range, a->range)) ok = false;
            // Edits of one fix must not overlap each other either.
            for (const auto& e2 : c.fix->edits)
                if (&e2 != &e && overlaps(e.range, e2.range)) ok = false;
            if (!ok) break;
        }
        if (!ok) continue;
        for (const auto& e : c.fix->edits) accepted.push_back(&e);
        ++count;
    }
    std::sort(accepted.begin(), accepted.end(), [](const Edit* a, const Edit* b) { return a->range.begin < b->range.begin; });
    std::string out;
    out.reserve(text.size() + 64);
    std::size_t pos = 0;
    for (const Edit* e : accepted) {
        out.append(text.substr(pos, e->range.begin - pos));
        out += e->replacement;
        pos = e->range.end;
    }
    out.append(text.substr(pos));
    if (applied) *applied = count;
    return out;
}

FixOutcome fix_text(std::string text, const Config& config, const FixOptions& options) {
    FixOutcome result;
    Config cfg = config;
    cfg.shellcheck = false;  // ShellCheck findings carry no fixes
    const bool crlf = uses_crlf(text);
    std::string current = text;
    for (int round = 0; round < options.max_rounds; ++round) {
        LintResult lr = lint(current, cfg);
        if (lr.doc.has_errors() || lr.doc.has_parser_error() ||
            std::any_of(lr.diagnostics.begin(), lr.diagnostics.end(), [](const Diagnostic& d) { return d.code == "DL1000"; })) {
            if (round == 0) {
                result.text = std::move(text);
                result.refused = "the file has syntax errors; fix them first";
                return result;
            }
            result.text = std::move(text);
            result.applied = 0;
            result.rounds = 0;
            result.refused = "the fixes would produce a file that does not parse; nothing changed";
            return result;
        }
        std::vector<Fix> adjusted;  // CRLF-adjusted copies
        std::vector<const Fix*> chosen;
        for (const auto& d : lr.diagnostics)
            for (const auto& f : d.fixes) {
                if (f.safety == FixSafety::unsafe && !options.unsafe) continue;
                adjusted.push_back(f);
                if (crlf)
                    for (auto& e : adjusted.back().edits) e.replacement = to_crlf(e.replacement);
                break;  // one fix per diagnostic: the first (preferred) one
            }
        for (const auto& f : adjusted) chosen.push_back(&f);
        std::size_t n = 0;
        std::string next = apply_fixes(current, chosen, &n);
        if (n == 0 || next == current) break;
        current = std::move(next);
        result.applied += n;
        ++result.rounds;
    }
    // The result must parse without errors, or nothing changes.
    const Document check = parse(current);
    if (check.has_parser_error() || check.has_errors()) {
        result.text = std::move(text);
        result.applied = 0;
        result.rounds = 0;
        result.refused = "the fixes would produce a file that does not parse; nothing changed";
        return result;
    }
    result.changed = current != text;
    result.text = std::move(current);
    return result;
}

std::string unified_diff(std::string_view before, std::string_view after, std::string_view old_name, std::string_view new_name,
                         int context) {
    if (before == after) return {};
    const auto a = split_lines(before), b = split_lines(after);
    // Trim the common prefix and suffix, then an LCS table on the middle
    // (Dockerfiles are small; the middle is what changed).
    std::size_t pre = 0;
    while (pre < a.size() && pre < b.size() && a[pre] == b[pre]) ++pre;
    std::size_t suf = 0;
    while (suf < a.size() - pre && suf < b.size() - pre && a[a.size() - 1 - suf] == b[b.size() - 1 - suf]) ++suf;
    const std::size_t n = a.size() - pre - suf, m = b.size() - pre - suf;
    std::vector<std::uint32_t> lcs((n + 1) * (m + 1), 0);
    auto at = [&](std::size_t i, std::size_t j) -> std::uint32_t& { return lcs[i * (m + 1) + j]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t j = m; j-- > 0;)
            at(i, j) = a[pre + i] == b[pre + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    // The edit script: ' ', '-', '+' with line indexes.
    struct Op {
        char kind;
        std::size_t ai, bi;  // 0-based line in a / b (for ' ' both)
    };
    std::vector<Op> ops;
    for (std::size_t k = 0; k < pre; ++k) ops.push_back({' ', k, k});
    std::size_t i = 0, j = 0;
    while (i < n || j < m) {
        if (i < n && j < m && a[pre + i] == b[pre + j]) {
            ops.push_back({' ', pre + i, pre + j});
            ++i, ++j;
        } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
            ops.push_back({'-', pre + i, pre + j});  // deletions first, as diff -u
            ++i;
        } else {
            ops.push_back({'+', pre + i, pre + j});
            ++j;
        }
    }
    for (std::size_t k = 0; k < suf; ++k) ops.push_back({' ', a.size() - suf + k, b.size() - suf + k});

    std::string out = fmt::format("--- {}\n+++ {}\n", old_name, new_name);
    auto line_out = [&](char kind, std::string_view line) {
        out += kind;
        out.append(line);
        if (line.empty() || line.back() != '\n') out += "\n\\ No newline at end of file\n";
    };
    const std::size_t ctx = static_cast<std::size_t>(std::max(context, 0));
    std::size_t k = 0;
    while (k < ops.size()) {
        if (ops[k].kind == ' ') {
            ++k;
            continue;
        }
        // A hunk: from `context` lines before the change to `context` lines after
        // the last change that is within 2*context of the next one.
        std::size_t start = k >= ctx ? k - ctx : 0;
        while (start < k && ops[start].kind != ' ') ++start;
        std::size_t end = k;
        std::size_t last_change = k;
        for (std::size_t t = k; t < ops.size(); ++t) {
            if (ops[t].kind != ' ') last_change = t;
            else if (t - last_change > 2 * ctx) break;
        }
        end = std::min(ops.size(), last_change + ctx + 1);
        std::size_t a_start = 0, b_start = 0, a_len = 0, b_len = 0;
        bool first = true;
        for (std::size_t t = start; t < end; ++t) {
            const Op& op = ops[t];
            if (first) {
                a_start = op.ai;
                b_start = op.bi;
                first = false;
            }
            if (op.kind != '+') ++a_len;
            if (op.kind != '-') ++b_len;
        }
        out += fmt::format("@@ -{},{} +{},{} @@\n", a_len ? a_start + 1 : a_start, a_len, b_len ? b_start + 1 : b_start, b_len);
        for (std::size_t t = start; t < end; ++t) {
            const Op& op = ops[t];
            line_out(op.kind, op.kind == '+' ? b[op.bi] : a[op.ai]);
        }
        k = end;
    }
    return out;
}

}  // namespace dflint
