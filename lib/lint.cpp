// The lint session: parse → model → rules → pragmas/config → sorted findings.
#include "dflint/lint.hpp"

#include <algorithm>
#include <set>

#include "rules/registry.hpp"
#include "sort.hpp"
#include "unicode/unicode.hpp"

namespace dflint {

namespace rules {
// ShellCheck runs outside the rule registry (an external process, cached).
void run_shellcheck(const Model& model, const Config& config, std::vector<Diagnostic>& out);
}  // namespace rules

namespace {

bool is_code_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

enum class PragmaScope { next_line, global, stage };
struct Pragma {
    PragmaScope scope = PragmaScope::next_line;
    std::vector<std::string> codes;
    std::uint32_t line = 0;  // line of the comment
};

// `hadolint [global|stage] ignore=A,B [# text]` and the same with `dflint`.
bool parse_ignore_pragma(std::string_view body, Pragma& p) {
    std::size_t i = 0;
    auto skip_blanks = [&] {
        while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
    };
    auto word = [&](std::string_view w) {
        if (body.substr(i, w.size()) != w) return false;
        i += w.size();
        return true;
    };
    skip_blanks();
    if (!word("hadolint") && !word("dflint")) return false;
    if (i >= body.size() || (body[i] != ' ' && body[i] != '\t')) return false;
    skip_blanks();
    p.scope = PragmaScope::next_line;
    if (word("global")) p.scope = PragmaScope::global;
    else if (word("stage")) p.scope = PragmaScope::stage;
    if (p.scope != PragmaScope::next_line) {
        if (i >= body.size() || (body[i] != ' ' && body[i] != '\t')) return false;
        skip_blanks();
    }
    if (!word("ignore")) return false;
    skip_blanks();
    if (i >= body.size() || body[i] != '=') return false;
    ++i;
    for (;;) {
        skip_blanks();
        const std::size_t b = i;
        while (i < body.size() && is_code_char(body[i])) ++i;
        if (i == b) return false;
        p.codes.emplace_back(body.substr(b, i - b));
        skip_blanks();
        if (i < body.size() && body[i] == ',') {
            ++i;
            continue;
        }
        break;
    }
    if (i < body.size() && body[i] != '#') return false;
    // hadolint drops the whole pragma when one code is not a code
    // (`ignore=crazy,DL3002` ignores nothing).
    for (const auto& c : p.codes) {
        const bool numbered = c.size() > 2 && (c.compare(0, 2, "DL") == 0 || c.compare(0, 2, "SC") == 0 || c.compare(0, 2, "DF") == 0) &&
                              std::all_of(c.begin() + 2, c.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        if (!numbered && !find_rule(c)) return false;
    }
    return true;
}

// BuildKit `check=skip=A,B;error=true` (directive or per-instruction comment).
std::vector<std::string> parse_check_skips(std::string_view value) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i <= value.size()) {
        const auto j = std::min(value.find(';', i), value.size());
        auto part = unicode::trim_space(value.substr(i, j - i));
        if (part.substr(0, 5) == "skip=") {
            auto list = part.substr(5);
            std::size_t k = 0;
            while (k <= list.size()) {
                const auto m = std::min(list.find(',', k), list.size());
                auto name = unicode::trim_space(list.substr(k, m - k));
                if (!name.empty()) out.emplace_back(name);
                k = m + 1;
            }
        }
        i = j + 1;
    }
    return out;
}

bool is_buildkit_check(std::string_view code) { return !code.empty() && !(code.size() > 2 && (code.substr(0, 2) == "DL" || code.substr(0, 2) == "DF" || code.substr(0, 2) == "SC")); }

bool selected(const Config& config, std::string_view code) {
    if (std::find(config.ignored.begin(), config.ignored.end(), code) != config.ignored.end()) return false;
    if (config.select.empty()) return true;
    for (const auto& s : config.select)
        if (s == "ALL" || code.substr(0, s.size()) == s) return true;
    return false;
}

}  // namespace

int severity_rank(Severity s) noexcept {
    switch (s) {
        case Severity::error: return 4;
        case Severity::warning: return 3;
        case Severity::info: return 2;
        case Severity::style: return 1;
        case Severity::ignore: return 0;
    }
    return 0;
}

bool fails(const Diagnostic& d, const Config& config) noexcept {
    if (config.no_fail) return false;
    if (config.failure_threshold == Severity::ignore) return false;  // "none"
    return severity_rank(d.severity) >= severity_rank(config.failure_threshold);
}

const std::vector<RuleInfo>& rule_catalog() {
    static const std::vector<RuleInfo> catalog = [] {
        std::vector<RuleInfo> out;
        for (const auto& e : rules::registry()) out.push_back(e.info);
        std::sort(out.begin(), out.end(), [](const RuleInfo& a, const RuleInfo& b) { return a.code < b.code; });
        return out;
    }();
    return catalog;
}

const RuleInfo* find_rule(std::string_view code) {
    for (const auto& r : rule_catalog())
        if (r.code == code || r.name == code) return &r;
    return nullptr;
}

LintResult lint(std::string text, const Config& config) {
    LintResult result{parse(std::move(text)), {}};
    const Document& doc = result.doc;
    const Model model(doc, config.model);
    std::vector<Diagnostic> found;

    // Rules: one walk over the instructions, hooks dispatched by kind.
    const auto& entries = rules::registry();
    std::vector<const rules::RuleEntry*> active;
    for (const auto& e : entries) {
        // Off-by-default rules still run when an override gives them a severity.
        if (!selected(config, e.info.code)) continue;
        active.push_back(&e);
    }
    std::vector<rules::RuleContext> contexts;
    contexts.reserve(active.size());
    for (const auto* e : active) contexts.emplace_back(model, config, e->info, found);
    for (const auto& info : model.infos()) {
        const auto bit = rules::kind_bit(info.ins->kind);
        for (std::size_t r = 0; r < active.size(); ++r)
            if (active[r]->on_instruction && (active[r]->kinds & bit)) active[r]->on_instruction(info, contexts[r]);
    }
    for (const auto& stage : model.stages())
        for (std::size_t r = 0; r < active.size(); ++r)
            if (active[r]->on_stage) active[r]->on_stage(stage, contexts[r]);
    for (std::size_t r = 0; r < active.size(); ++r)
        if (active[r]->on_document) active[r]->on_document(contexts[r]);

    if (config.shellcheck && selected(config, "SC")) rules::run_shellcheck(model, config, found);

    // Pragmas.
    std::vector<Pragma> pragmas;
    for (const auto& c : doc.comments) {
        Pragma p;
        if (parse_ignore_pragma(c.text, p)) {
            p.line = doc.lines.line_of(c.range.begin);
            pragmas.push_back(std::move(p));
        }
    }
    std::set<std::string> global_ignores;
    for (const auto& p : pragmas)
        if (p.scope == PragmaScope::global) global_ignores.insert(p.codes.begin(), p.codes.end());
    std::set<std::string> check_skips;
    bool skip_all_checks = false;
    if (const auto* d = doc.directive("check")) {
        for (auto& s : parse_check_skips(d->value)) {
            if (s == "all") skip_all_checks = true;
            check_skips.insert(s);
        }
    }

    // Which instruction a finding belongs to (for next-line pragmas).
    auto owner = [&](std::uint32_t offset) -> const Instruction* {
        const auto& is = doc.instructions;
        auto it = std::upper_bound(is.begin(), is.end(), offset, [](std::uint32_t o, const Instruction& i) { return o < i.range.begin; });
        if (it == is.begin()) return nullptr;
        --it;
        return offset <= it->range.end ? &*it : nullptr;
    };
    auto stage_start_line = [&](std::uint32_t line) -> std::uint32_t {
        std::uint32_t start = 0;
        for (const auto& s : model.stages())
            if (s.from->start_line <= line) start = s.from->start_line;
        return start;
    };

    for (auto& d : found) {
        if (!selected(config, d.code)) continue;
        if (auto it = config.overrides.find(d.code); it != config.overrides.end()) d.severity = it->second;
        if (d.severity == Severity::ignore) continue;
        const Instruction* ins = owner(d.range.begin);
        const std::uint32_t line = ins ? ins->start_line : doc.lines.line_of(d.range.begin);
        if (d.code != "DL1000" && !config.disable_ignore_pragma) {
            if (global_ignores.count(d.code)) continue;
            bool ignored = false;
            const std::uint32_t stage_line = stage_start_line(line);
            for (const auto& p : pragmas) {
                if (std::find(p.codes.begin(), p.codes.end(), d.code) == p.codes.end()) continue;
                if (p.scope == PragmaScope::next_line && p.line + 1 == line) ignored = true;
                if (p.scope == PragmaScope::stage && stage_line != 0 && p.line + 1 == stage_line) ignored = true;
            }
            if (ignored) continue;
        }
        if (is_buildkit_check(d.code) && d.code != "DL1000") {
            if (skip_all_checks || check_skips.count(d.code)) continue;
            bool skipped = false;
            if (ins)
                for (const auto& c : ins->comments) {
                    if (c.text.rfind("check=", 0) != 0) continue;
                    for (auto& s : parse_check_skips(std::string_view(c.text).substr(6)))
                        if (s == d.code || s == "all") skipped = true;
                    break;  // only the first check= comment counts
                }
            if (skipped) continue;
        }
        result.diagnostics.push_back(std::move(d));
    }
    if (config.deduplicate) {
        // BuildKit checks that say what a DL rule already said about the same instruction.
        static const std::pair<std::string_view, std::string_view> same_as[] = {
            {"MultipleInstructionsDisallowed", "DL4003"}, {"MultipleInstructionsDisallowed", "DL4004"}, {"MultipleInstructionsDisallowed", "DL3012"},
            {"DuplicateStageName", "DL3024"}, {"ReservedStageName", "DL3063"}, {"JSONArgsRecommended", "DL3025"},
            {"MaintainerDeprecated", "DL4000"}, {"WorkdirRelativePath", "DL3000"}, {"RedundantTargetPlatform", "DL3065"},
            {"SecretsUsedInArgOrEnv", "DL3064"}};
        const auto is_check = [&](std::string_view code) {
            for (const auto& [check, dl] : same_as)
                if (code == check) return true;
            return false;
        };
        if (std::any_of(result.diagnostics.begin(), result.diagnostics.end(), [&](const Diagnostic& d) { return is_check(d.code); })) {
            // (instruction, DL code) of every DL finding that can make a check redundant.
            std::vector<std::pair<const Instruction*, std::string_view>> reported;
            for (const auto& d : result.diagnostics)
                for (const auto& [check, dl] : same_as)
                    if (d.code == dl) {
                        reported.emplace_back(owner(d.range.begin), dl);
                        break;
                    }
            std::vector<Diagnostic> kept;
            kept.reserve(result.diagnostics.size());
            for (auto& d : result.diagnostics) {
                bool dup = false;
                for (const auto& [check, dl] : same_as)
                    if (d.code == check && std::find(reported.begin(), reported.end(), std::pair(owner(d.range.begin), dl)) != reported.end()) dup = true;
                if (!dup) kept.push_back(std::move(d));
            }
            result.diagnostics = std::move(kept);
        }
    }
    // In source order, then by code.
    detail::stable_sort_heavy(result.diagnostics, [](const Diagnostic& a, const Diagnostic& b) {
        if (a.range.begin != b.range.begin) return a.range.begin < b.range.begin;
        return a.code < b.code;
    });
    return result;
}

}  // namespace dflint
