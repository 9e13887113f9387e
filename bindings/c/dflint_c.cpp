// The C API (bindings/c/include/dflint.h) over the C++ library. Compiled into
// the dflint library itself. Every entry point catches everything: no C++
// exception crosses the boundary.
#include "dflint.h"

#include <cstdlib>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/dflint.hpp"
#include "report/common.hpp"

namespace {

thread_local std::string last_error;

dflint_status fail(dflint_status status, std::string message) {
    try {
        last_error = std::move(message);
    } catch (...) {
        last_error.clear();
    }
    return status;
}

// Runs `f`, mapping exceptions to statuses.
template <class F>
dflint_status guarded(F&& f) noexcept {
    try {
        last_error.clear();
        return f();
    } catch (const std::bad_alloc&) {
        return fail(DFLINT_ERROR_OUT_OF_MEMORY, "out of memory");
    } catch (const std::exception& e) {
        return fail(DFLINT_ERROR_INTERNAL, e.what());
    } catch (...) {
        return fail(DFLINT_ERROR_INTERNAL, "unknown error");
    }
}

std::string_view view(const char* data, std::size_t len) { return data && len ? std::string_view(data, len) : std::string_view(); }

// A malloc'ed copy (freed with dflint_string_free).
dflint_status give(const std::string& s, char** out, std::size_t* len) {
    char* p = static_cast<char*>(std::malloc(s.size() + 1));
    if (!p) return fail(DFLINT_ERROR_OUT_OF_MEMORY, "out of memory");
    std::memcpy(p, s.data(), s.size());
    p[s.size()] = '\0';
    *out = p;
    if (len) *len = s.size();
    return DFLINT_OK;
}

dflint_span to_span(const dflint::report::detail::Span& s, dflint::Range r) {
    return dflint_span{s.line, s.column, s.end_line, s.end_column, r.begin, r.end};
}


dflint_status give_plan(const dflint::cache::Plan& plan, char** out, std::size_t* len) {
    if (plan.parse_failed) return fail(DFLINT_ERROR_PARSE, "Dockerfile:" + plan.parse_error);
    return give(dflint::cache::plan_to_json(plan), out, len);
}

}  // namespace

struct dflint_diagnostic {
    const dflint::Diagnostic* d = nullptr;
    dflint_span span{};
    std::vector<std::vector<dflint_span>> edit_spans;  // per fix, per edit
    bool fails = false;
};

struct dflint_result {
    std::string path;
    dflint::LintResult result;
    std::vector<dflint_diagnostic> items;
};

extern "C" {

const char* dflint_version(void) {
    // version() views a string literal: NUL-terminated.
    return dflint::version().data();
}

const char* dflint_status_string(dflint_status status) {
    switch (status) {
        case DFLINT_OK: return "ok";
        case DFLINT_ERROR_INVALID_ARGUMENT: return "invalid argument";
        case DFLINT_ERROR_CONFIG: return "invalid configuration";
        case DFLINT_ERROR_PARSE: return "parse error";
        case DFLINT_ERROR_IO: return "I/O error";
        case DFLINT_ERROR_OUT_OF_MEMORY: return "out of memory";
        case DFLINT_ERROR_INTERNAL: return "internal error";
    }
    return "unknown status";
}

const char* dflint_last_error(void) { return last_error.c_str(); }

const char* dflint_severity_name(dflint_severity severity) {
    switch (severity) {
        case DFLINT_SEVERITY_ERROR: return "error";
        case DFLINT_SEVERITY_WARNING: return "warning";
        case DFLINT_SEVERITY_INFO: return "info";
        case DFLINT_SEVERITY_STYLE: return "style";
        case DFLINT_SEVERITY_IGNORE: return "ignore";
    }
    return "unknown";
}

void dflint_string_free(char* s) { std::free(s); }

dflint_status dflint_lint(const char* text, size_t text_len, const char* path, size_t path_len, const char* config_yaml, size_t config_len,
                          dflint_result** out) {
    if (!out) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "out is NULL");
    *out = nullptr;
    if ((!text && text_len) || (!path && path_len) || (!config_yaml && config_len))
        return fail(DFLINT_ERROR_INVALID_ARGUMENT, "NULL pointer with a non-zero length");
    return guarded([&]() -> dflint_status {
        if (text_len > 0xFFFFFFF0u) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "text too large (4 GiB or more)");
        auto r = std::make_unique<dflint_result>();
        r->path = path ? std::string(path, path_len) : std::string("Dockerfile");
        dflint::Config config;
        if (config_yaml) {
            dflint::ConfigError err;
            if (!dflint::apply_config_yaml(view(config_yaml, config_len), "config", config, err))
                return fail(DFLINT_ERROR_CONFIG, err.to_string());
        }
        r->result = dflint::lint(std::string(view(text, text_len)), config);
        const auto& doc = r->result.doc;
        r->items.reserve(r->result.diagnostics.size());
        for (const auto& d : r->result.diagnostics) {
            dflint_diagnostic item;
            item.d = &d;
            const auto range = dflint::report::detail::clamp(doc, d.range);
            item.span = to_span(dflint::report::detail::span_of(doc, range), range);
            item.fails = dflint::fails(d, config);
            for (const auto& fix : d.fixes) {
                auto& spans = item.edit_spans.emplace_back();
                for (const auto& e : fix.edits) {
                    const auto er = dflint::report::detail::clamp(doc, e.range);
                    spans.push_back(to_span(dflint::report::detail::exact_span_of(doc, er), er));
                }
            }
            r->items.push_back(std::move(item));
        }
        *out = r.release();
        return DFLINT_OK;
    });
}

void dflint_result_free(dflint_result* result) { delete result; }

const char* dflint_result_path(const dflint_result* result) { return result ? result->path.c_str() : ""; }

size_t dflint_result_count(const dflint_result* result) { return result ? result->items.size() : 0; }

const dflint_diagnostic* dflint_result_get(const dflint_result* result, size_t index) {
    return result && index < result->items.size() ? &result->items[index] : nullptr;
}

int dflint_diagnostic_fails(const dflint_diagnostic* d) { return d && d->fails ? 1 : 0; }
const char* dflint_diagnostic_code(const dflint_diagnostic* d) { return d ? d->d->code.c_str() : ""; }
const char* dflint_diagnostic_name(const dflint_diagnostic* d) { return d ? d->d->name.c_str() : ""; }
dflint_severity dflint_diagnostic_severity(const dflint_diagnostic* d) {
    return d ? static_cast<dflint_severity>(d->d->severity) : DFLINT_SEVERITY_IGNORE;
}
const char* dflint_diagnostic_message(const dflint_diagnostic* d) { return d ? d->d->message.c_str() : ""; }
const char* dflint_diagnostic_help(const dflint_diagnostic* d) { return d ? d->d->help.c_str() : ""; }
const char* dflint_diagnostic_url(const dflint_diagnostic* d) { return d ? d->d->url.c_str() : ""; }
dflint_span dflint_diagnostic_span(const dflint_diagnostic* d) { return d ? d->span : dflint_span{}; }

size_t dflint_diagnostic_fix_count(const dflint_diagnostic* d) { return d ? d->d->fixes.size() : 0; }

const char* dflint_diagnostic_fix_title(const dflint_diagnostic* d, size_t fix) {
    return d && fix < d->d->fixes.size() ? d->d->fixes[fix].title.c_str() : nullptr;
}

int dflint_diagnostic_fix_is_safe(const dflint_diagnostic* d, size_t fix) {
    return d && fix < d->d->fixes.size() && d->d->fixes[fix].safety == dflint::FixSafety::safe ? 1 : 0;
}

size_t dflint_diagnostic_fix_edit_count(const dflint_diagnostic* d, size_t fix) {
    return d && fix < d->d->fixes.size() ? d->d->fixes[fix].edits.size() : 0;
}

const char* dflint_diagnostic_fix_edit(const dflint_diagnostic* d, size_t fix, size_t edit, dflint_span* span, size_t* replacement_len) {
    if (!d || fix >= d->d->fixes.size() || edit >= d->d->fixes[fix].edits.size()) return nullptr;
    const auto& e = d->d->fixes[fix].edits[edit];
    if (span) *span = d->edit_spans[fix][edit];
    if (replacement_len) *replacement_len = e.replacement.size();
    return e.replacement.c_str();
}

dflint_status dflint_parse_json(const char* text, size_t text_len, char** json_out, size_t* json_len) {
    if (!json_out) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "json_out is NULL");
    *json_out = nullptr;
    if (!text && text_len) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "NULL text with a non-zero length");
    return guarded([&]() -> dflint_status {
        if (text_len > 0xFFFFFFF0u) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "text too large (4 GiB or more)");
        const auto doc = dflint::parse(std::string(view(text, text_len)));
        return give(dflint::dump_json(doc), json_out, json_len);
    });
}

dflint_status dflint_rules_json(char** json_out, size_t* json_len) {
    if (!json_out) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "json_out is NULL");
    *json_out = nullptr;
    return guarded([&]() -> dflint_status {
        auto rules = nlohmann::json::array();
        for (const auto& r : dflint::rule_catalog()) {
            rules.push_back({{"code", r.code},
                             {"name", r.name},
                             {"severity", dflint::severity_name(r.severity)},
                             {"category", r.category},
                             {"summary", r.summary},
                             {"url", r.url},
                             {"fixable", r.fixable}});
        }
        return give(rules.dump(), json_out, json_len);
    });
}

dflint_status dflint_simulate_snapshots(const char* before_json, size_t before_len, const char* after_json, size_t after_len, char** plan_json,
                                        size_t* plan_len) {
    if (!plan_json) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "plan_json is NULL");
    *plan_json = nullptr;
    if (!before_json || !after_json) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "a snapshot is NULL");
    return guarded([&]() -> dflint_status {
        dflint::cache::Snapshot before, after;
        std::string error;
        if (!dflint::cache::from_json(view(before_json, before_len), before, error)) return fail(DFLINT_ERROR_PARSE, "before snapshot: " + error);
        if (!dflint::cache::from_json(view(after_json, after_len), after, error)) return fail(DFLINT_ERROR_PARSE, "after snapshot: " + error);
        return give_plan(dflint::cache::simulate(before, after), plan_json, plan_len);
    });
}

dflint_status dflint_simulate_context(const char* context_dir, const char* dockerfile, const char* const* changed, size_t changed_count,
                                      char** plan_json, size_t* plan_len) {
    if (!plan_json) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "plan_json is NULL");
    *plan_json = nullptr;
    if (!context_dir) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "context_dir is NULL");
    if (!changed && changed_count) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "changed is NULL with a non-zero count");
    return guarded([&]() -> dflint_status {
        dflint::cache::ScanOptions options;
        options.context = context_dir;
        if (dockerfile) options.dockerfile = dockerfile;
        auto scan = dflint::cache::scan(options);
        if (!scan.ok) return fail(DFLINT_ERROR_IO, scan.error);
        std::vector<std::string> paths;
        for (size_t i = 0; i < changed_count; ++i) {
            if (!changed[i]) return fail(DFLINT_ERROR_INVALID_ARGUMENT, "a changed path is NULL");
            paths.emplace_back(changed[i]);
        }
        const auto before = dflint::cache::before_changes(scan.snapshot, paths);
        return give_plan(dflint::cache::simulate(before, scan.snapshot), plan_json, plan_len);
    });
}

}  // extern "C"
