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

class RdjsonWriter final : public Writer {
public:
    void begin(std::string& out) override {
        out += "{\n  \"source\": ";
        out += dump_nested(Json{{"name", "dflint"}, {"url", std::string(project_url)}}, 2);
        out += ",\n  \"diagnostics\": [";
    }
    Part prepare(const FileFindings& file) const override {
        Part part;
        for (const auto& d : file.diagnostics) {
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
            if (part.items++ > 0) part.text += JsonArrayStream::separator;
            part.text += diagnostics_.element(j);
        }
        return part;
    }
    void add(std::string& out, const FileFindings&, Part part) override { diagnostics_.append(out, part.text, part.items); }
    void end(std::string& out) override {
        diagnostics_.close(out);
        out += "\n}\n";
    }

private:
    JsonArrayStream diagnostics_{2};
};

}  // namespace

std::unique_ptr<Writer> make_rdjson_writer(const Options&) { return std::make_unique<RdjsonWriter>(); }

}  // namespace detail
}  // namespace dflint::report
