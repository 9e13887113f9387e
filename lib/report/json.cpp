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

namespace detail {
namespace {

class JsonWriter final : public JsonListWriter {
public:
    JsonWriter() : JsonListWriter("{\n  \"version\": 1,\n  \"diagnostics\": [", 2, "\n}\n") {}

private:
    void write_item(std::string& out, int indent, const FileFindings& file, const Diagnostic& d, OccurrenceCounter&) const override {
        JsonObjectOut j(out, indent);
        j.field("file", file.path);
        j.field("code", d.code);
        j.field("name", rule_name(d));
        j.field("severity", severity_name(d.severity));
        j.field("message", d.message);
        j.field("help", d.help);
        j.field("url", d.url);
        const auto s = file.doc ? span_of(*file.doc, d.range) : Span{};
        j.field("line", s.line);
        j.field("column", s.column);
        j.field("endLine", s.end_line);
        j.field("endColumn", s.end_column);
        if (!d.fixes.empty() && file.doc) {
            const Fix& fix = d.fixes.front();
            Json f;
            f["title"] = fix.title;
            f["safety"] = fix.safety == FixSafety::safe ? "safe" : "unsafe";
            Json edits = Json::array();
            for (const auto& e : fix.edits) edits.push_back(edit_json(*file.doc, e));
            f["edits"] = std::move(edits);
            j.field_json("fix", f);
        }
        j.close();
    }
};

}  // namespace

std::unique_ptr<Writer> make_json_writer(const Options&) { return std::make_unique<JsonWriter>(); }

}  // namespace detail
}  // namespace dflint::report
