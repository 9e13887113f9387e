// `sonarqube`: SonarQube's generic issue import format as of SonarQube 10.3
// (sonar.externalIssuesReportPaths): a `rules` array (id, name, description,
// engineId, cleanCodeAttribute, impacts; plus the older type and severity)
// and an `issues` array whose textRange columns are 0-based UTF-16 offsets,
// end exclusive. An empty range reports the line only (SonarQube rejects
// empty column ranges).
#include <map>

#include "report/common.hpp"

namespace dflint::report {
namespace {

using detail::Json;

Json sonar_rule(const Diagnostic& d) {
    const RuleInfo* info = find_rule(d.code);
    const Severity sev = info ? info->severity : d.severity;
    const bool security = info && info->category == "security";
    Json r;
    r["id"] = d.code;
    r["name"] = info ? std::string(info->summary) : d.code + " " + std::string(detail::rule_name(d));
    std::string description = info ? std::string(info->doc) : std::string();
    if (description.empty()) description = d.url.empty() ? d.code : "See " + d.url;
    r["description"] = std::move(description);
    r["engineId"] = "dflint";
    r["cleanCodeAttribute"] = security ? "TRUSTWORTHY" : sev == Severity::error ? "LOGICAL" : "CONVENTIONAL";
    r["type"] = security ? "VULNERABILITY" : sev == Severity::error ? "BUG" : "CODE_SMELL";
    r["severity"] = sev == Severity::error ? "CRITICAL" : sev == Severity::warning ? "MAJOR" : sev == Severity::info ? "MINOR" : "INFO";
    Json impact;
    impact["softwareQuality"] = security ? "SECURITY" : sev == Severity::error ? "RELIABILITY" : "MAINTAINABILITY";
    impact["severity"] = sev == Severity::error ? "HIGH" : sev == Severity::warning ? "MEDIUM" : "LOW";
    r["impacts"] = Json::array({std::move(impact)});
    return r;
}

}  // namespace

namespace detail {
namespace {

// "issues" come first and "rules" (those with issues, by code) last: the
// report is written file by file.
class SonarqubeWriter final : public JsonListWriter {
public:
    SonarqubeWriter() : JsonListWriter("{\n  \"issues\": [", 2, ",\n  \"rules\": [") {}
    void add(std::string& out, const FileFindings& file, Part part) override {
        for (const auto& d : file.diagnostics)
            if (!rules_.count(d.code)) rules_.emplace(d.code, sonar_rule(d));
        JsonListWriter::add(out, file, std::move(part));
    }
    void end(std::string& out) override {
        JsonListWriter::end(out);
        JsonArrayStream rules(2);
        for (const auto& [code, r] : rules_) rules.add(out, r);
        rules.close(out);
        out += "\n}\n";
    }

private:
    Json item(const FileFindings& file, const Diagnostic& d, OccurrenceCounter&) const override {
        Json range;
        if (file.doc) {
            const auto s = span_of(*file.doc, d.range, Columns::utf16);
            range["startLine"] = s.line;
            range["endLine"] = s.end_line;
            if (s.end_line > s.line || s.end_column > s.column) {
                range["startColumn"] = s.column - 1;
                range["endColumn"] = s.end_column - 1;
            }
        } else {
            range["startLine"] = 1;
        }
        Json location;
        location["message"] = d.help.empty() ? d.message : d.message + "\nhelp: " + d.help;
        location["filePath"] = file.path;
        location["textRange"] = std::move(range);
        Json issue;
        issue["ruleId"] = d.code;
        issue["primaryLocation"] = std::move(location);
        return issue;
    }

    std::map<std::string, Json> rules_;
};

}  // namespace

std::unique_ptr<Writer> make_sonarqube_writer(const Options&) { return std::make_unique<SonarqubeWriter>(); }

}  // namespace detail
}  // namespace dflint::report
