// `json`: dflint's own machine-readable format (schema: docs/dflint-report.schema.json).
//
//   {"version": 1, "diagnostics": [{"file", "code", "name", "severity",
//    "message", "help", "url", "line", "column", "endLine", "endColumn",
//    "fix"?}, ...]}
//
// Lines and columns are 1-based, the end is exclusive, columns count Unicode
// characters. `fix` is present when the rule offers one.
#include "report/common.hpp"

namespace dflint::report {

std::string render_json(std::span<const FileFindings> files, const Options&) {
    using detail::Json;
    Json diagnostics = Json::array();
    for (const auto& file : files) {
        for (const auto& d : file.diagnostics) {
            Json j;
            j["file"] = file.path;
            j["code"] = d.code;
            j["name"] = std::string(detail::rule_name(d));
            j["severity"] = std::string(severity_name(d.severity));
            j["message"] = d.message;
            j["help"] = d.help;
            j["url"] = d.url;
            const auto s = file.doc ? detail::span_of(*file.doc, d.range) : detail::Span{};
            j["line"] = s.line;
            j["column"] = s.column;
            j["endLine"] = s.end_line;
            j["endColumn"] = s.end_column;
            if (!d.fixes.empty() && file.doc) {
                const Fix& fix = d.fixes.front();
                Json f;
                f["title"] = fix.title;
                f["safety"] = fix.safety == FixSafety::safe ? "safe" : "unsafe";
                Json edits = Json::array();
                for (const auto& e : fix.edits) edits.push_back(detail::edit_json(*file.doc, e));
                f["edits"] = std::move(edits);
                j["fix"] = std::move(f);
            }
            diagnostics.push_back(std::move(j));
        }
    }
    Json root;
    root["version"] = 1;
    root["diagnostics"] = std::move(diagnostics);
    return detail::dump(root) + "\n";
}

}  // namespace dflint::report
