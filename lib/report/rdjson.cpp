// `rdjson`: the Reviewdog Diagnostic Format (one DiagnosticResult), for
// `dflint -f rdjson ... | reviewdog -f=rdjson -reporter=github-pr-review`.
// Lines and columns are 1-based, columns count UTF-8 bytes and the end is
// exclusive, as reviewdog specifies. A rule's fix becomes `suggestions`
// (suggested changes on GitHub).
#include "report/common.hpp"

namespace dflint::report {
namespace {

using detail::Json;

std::string_view rd_severity(Severity s) {
    switch (s) {
        case Severity::error: return "ERROR";
        case Severity::warning: return "WARNING";
        default: return "INFO";
    }
}

Json rd_range(const detail::Span& s) {
    return Json{{"start", Json{{"line", s.line}, {"column", s.column}}}, {"end", Json{{"line", s.end_line}, {"column", s.end_column}}}};
}

}  // namespace

namespace detail {
namespace {

class RdjsonWriter final : public JsonListWriter {
public:
    RdjsonWriter()
        : JsonListWriter("{\n  \"source\": " + dump_nested(Json{{"name", "dflint"}, {"url", std::string(project_url)}}, 2) +
                             ",\n  \"diagnostics\": [",
                         2, "\n}\n") {}

private:
    Json item(const FileFindings& file, const Diagnostic& d, OccurrenceCounter&) const override {
        Json j;
        std::string message = d.message;
        if (!d.help.empty()) message += "\n\nhelp: " + d.help;
        j["message"] = std::move(message);
        Json location;
        location["path"] = file.path;
        if (file.doc) location["range"] = rd_range(span_of(*file.doc, d.range, Columns::bytes));
        j["location"] = std::move(location);
        j["severity"] = std::string(rd_severity(d.severity));
        j["source"] = Json{{"name", "dflint"}};
        Json code;
        code["value"] = d.code;
        if (!d.url.empty()) code["url"] = d.url;
        j["code"] = std::move(code);
        if (!d.fixes.empty() && file.doc) {
            Json suggestions = Json::array();
            for (const auto& e : d.fixes.front().edits) {
                Json s;
                s["range"] = rd_range(exact_span_of(*file.doc, e.range, Columns::bytes));
                s["text"] = e.replacement;
                suggestions.push_back(std::move(s));
            }
            j["suggestions"] = std::move(suggestions);
        }
        return j;
    }
};

}  // namespace

std::unique_ptr<Writer> make_rdjson_writer(const Options&) { return std::make_unique<RdjsonWriter>(); }

}  // namespace detail
}  // namespace dflint::report
