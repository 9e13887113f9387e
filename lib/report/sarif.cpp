// `sarif`: SARIF 2.1.0 as GitHub code scanning wants it (and Microsoft's
// validator accepts with its GitHub rules): tool.driver with version,
// informationUri and a descriptor for every rule that has results; results
// with exact regions (columns in UTF-16 code units, SARIF's default), the
// source line as context, partialFingerprints and fixes.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "report/common.hpp"

namespace dflint::report {
namespace {

using detail::Json;

std::string_view level(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info:
        case Severity::style: return "note";
        case Severity::ignore: return "none";
    }
    return "warning";
}

std::string_view problem_severity(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        default: return "recommendation";
    }
}

// "untagged-base-image" → "UntaggedBaseImage" (SARIF wants PascalCase names).
std::string pascal_case(std::string_view kebab) {
    std::string out;
    bool upper = true;
    for (const char c : kebab) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            upper = true;
            continue;
        }
        out.push_back(upper && c >= 'a' && c <= 'z' ? char(c - 'a' + 'A') : c);
        upper = false;
    }
    return out;
}

bool iequal(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// A sentence: SARIF viewers show the text as is, and want it to end with a period.
std::string sentence(std::string_view text) {
    std::string s = detail::valid_utf8(text);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.pop_back();
    if (!s.empty() && s.back() != '.' && s.back() != '!' && s.back() != '?') s.push_back('.');
    return s;
}

// The paragraph under "## What it does" in a rule's documentation, on one line.
std::string what_it_does(std::string_view doc) {
    const auto h = doc.find("## What it does");
    if (h == std::string_view::npos) return {};
    auto i = doc.find('\n', h);
    if (i == std::string_view::npos) return {};
    std::string out;
    while (++i < doc.size()) {
        const auto j = std::min(doc.find('\n', i), doc.size());
        const auto line = doc.substr(i, j - i);
        if (line.substr(0, 2) == "##") break;
        if (line.empty()) {
            if (!out.empty()) break;
        } else {
            if (!out.empty()) out += ' ';
            out += line;
        }
        i = j;
    }
    return out;
}

Json text(std::string s) {
    Json j;
    j["text"] = std::move(s);
    return j;
}

Json descriptor(const Diagnostic& d) {
    Json r;
    r["id"] = d.code;
    if (const RuleInfo* info = find_rule(d.code)) {
        // BuildKit's checks are named like their ids; SARIF wants name != id.
        if (const auto name = pascal_case(info->name); !iequal(name, d.code)) r["name"] = name;
        r["shortDescription"] = text(sentence(info->summary));
        const auto what = what_it_does(info->doc);
        r["fullDescription"] = text(sentence(what.empty() ? std::string(info->summary) : what));
        Json help;
        help["text"] = info->doc.empty() ? sentence(info->summary) : std::string(info->doc);
        if (!info->doc.empty()) help["markdown"] = std::string(info->doc);
        r["help"] = std::move(help);
        if (!info->url.empty()) r["helpUri"] = std::string(info->url);
        Json config;
        config["level"] = std::string(level(info->severity));
        if (info->severity == Severity::ignore) config["enabled"] = false;
        r["defaultConfiguration"] = std::move(config);
        Json props;
        Json tags = Json::array();
        if (!info->category.empty()) tags.push_back(std::string(info->category));
        props["tags"] = std::move(tags);
        props["problem.severity"] = std::string(problem_severity(info->severity));
        r["properties"] = std::move(props);
        return r;
    }
    // Codes outside the catalogue: ShellCheck's (SC1234) and the like.
    const bool shellcheck = d.code.size() > 2 && d.code.substr(0, 2) == "SC";
    const auto name = shellcheck ? "ShellCheck" + d.code.substr(2) : pascal_case(detail::rule_name(d));
    if (!iequal(name, d.code)) r["name"] = name;
    const std::string what = shellcheck ? fmt::format("ShellCheck {} in a RUN script.", d.code) : sentence(d.code);
    r["shortDescription"] = text(what);
    r["fullDescription"] =
        text(shellcheck ? fmt::format("ShellCheck's check {} found a problem in the shell script of a RUN instruction.", d.code) : what);
    r["help"] = text(d.url.empty() ? what : fmt::format("{} See {}", what, d.url));
    if (!d.url.empty()) r["helpUri"] = d.url;
    Json props;
    props["tags"] = Json::array({shellcheck ? "shellcheck" : "dflint"});
    r["properties"] = std::move(props);
    return r;
}

Json region(const Document& doc, Range range, bool exact) {
    const auto s = exact ? detail::exact_span_of(doc, range, detail::Columns::utf16) : detail::span_of(doc, range, detail::Columns::utf16);
    Json r;
    r["startLine"] = s.line;
    r["startColumn"] = s.column;
    r["endLine"] = s.end_line;
    r["endColumn"] = s.end_column;
    return r;
}

}  // namespace

namespace detail {
namespace {

// The run's "results" come before its "tool": the report is written file by
// file, and driver.rules (the rules with results, in order of first result)
// is known only at the end. JSON members have no order; viewers don't mind.
class SarifWriter final : public Writer {
public:
    explicit SarifWriter(const Options& options) : options_(options) {}
    void begin(std::string& out) override {
        out += "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n  \"version\": \"2.1.0\",\n"
               "  \"runs\": [\n    {\n      \"columnKind\": \"utf16CodeUnits\",\n      \"results\": [";
    }
    void add(std::string& out, const FileFindings& file, Part) override {
        if (!file.doc) return;
        const Document& doc = *file.doc;
        const std::string uri = detail::path_uri(file.path);
        detail::OccurrenceCounter occurrences;
        for (const auto& d : file.diagnostics) {
            const Range range = detail::clamp(doc, d.range);
            Json r;
            r["ruleId"] = d.code;
            r["ruleIndex"] = rule_index(d);
            r["level"] = std::string(level(d.severity));
            std::string message = sentence(d.message);
            if (!d.help.empty())
                message += "\n\nHelp: " + (d.help.find('\n') == std::string::npos ? sentence(d.help) : detail::valid_utf8(d.help));
            r["message"] = text(std::move(message));

            Json artifact;
            artifact["uri"] = uri;
            Json reg = region(doc, range, false);
            reg["snippet"] = text(detail::valid_utf8(doc.slice(range)));
            const auto span = detail::span_of(doc, range);
            Json context;
            context["startLine"] = span.line;
            context["endLine"] = span.end_line;
            {
                const auto cb = doc.lines.line_start(span.line), ce = doc.lines.line_end(span.end_line);
                context["snippet"] = text(detail::valid_utf8(std::string_view(doc.text).substr(cb, ce > cb ? ce - cb : 0)));
            }
            Json physical;
            physical["artifactLocation"] = std::move(artifact);
            physical["region"] = std::move(reg);
            physical["contextRegion"] = std::move(context);
            Json location;
            location["physicalLocation"] = std::move(physical);
            r["locations"] = Json::array({std::move(location)});

            const auto hash = detail::line_hash(d.code, detail::first_line_text(doc, range));
            Json fingerprints;
            fingerprints["primaryLocationLineHash"] = fmt::format("{}:{}", hash, occurrences.next(d.code + ":" + hash));
            r["partialFingerprints"] = std::move(fingerprints);

            if (!d.fixes.empty()) {
                Json fixes = Json::array();
                for (const auto& fix : d.fixes) {
                    Json replacements = Json::array();
                    for (const auto& e : fix.edits) {
                        Json rep;
                        rep["deletedRegion"] = region(doc, e.range, true);
                        rep["insertedContent"] = text(e.replacement);
                        replacements.push_back(std::move(rep));
                    }
                    Json change;
                    change["artifactLocation"] = Json{{"uri", uri}};
                    change["replacements"] = std::move(replacements);
                    Json f;
                    f["description"] = text(sentence(fix.title));
                    f["artifactChanges"] = Json::array({std::move(change)});
                    fixes.push_back(std::move(f));
                }
                r["fixes"] = std::move(fixes);
            }
            results_.add(out, r);
        }
    }
    void end(std::string& out) override {
        results_.close(out);
        Json driver;
        driver["name"] = "dflint";
        driver["fullName"] = "dflint Dockerfile linter";
        const auto version = tool_version(options_);
        driver["version"] = version;
        driver["semanticVersion"] = version;
        driver["informationUri"] = std::string(project_url);
        driver["rules"] = std::move(rules_);
        Json tool;
        tool["driver"] = std::move(driver);
        out += ",\n      \"tool\": ";
        out += dump_nested(tool, 6);
        out += "\n    }\n  ]\n}\n";
    }

private:
    std::size_t rule_index(const Diagnostic& d) {
        const auto [it, inserted] = rule_index_.emplace(d.code, rules_.size());
        if (inserted) rules_.push_back(descriptor(d));
        return it->second;
    }

    Options options_;
    std::map<std::string, std::size_t> rule_index_;
    Json rules_ = Json::array();
    JsonArrayStream results_{4};
};

}  // namespace

std::unique_ptr<Writer> make_sarif_writer(const Options& options) { return std::make_unique<SarifWriter>(options); }

}  // namespace detail
}  // namespace dflint::report
