// `codeclimate`: Code Climate engine issues, each followed by a NUL byte, as
// hadolint writes them. (A run with this format always exits 0, as hadolint's
// does: Code Climate treats a non-zero exit as an engine failure.)
#include <fmt/format.h>

#include "report/common.hpp"

namespace dflint::report {
namespace detail {
namespace {

std::string_view codeclimate_severity(Severity s) {
    switch (s) {
        case Severity::error: return "blocker";
        case Severity::warning: return "major";
        case Severity::info: return "info";
        case Severity::style: return "minor";
        case Severity::ignore: return "info";
    }
    return "major";
}

std::string_view category(const Diagnostic& d) {
    if (const auto* r = find_rule(d.code); r && r->category == "security") return "Security";
    switch (d.severity) {
        case Severity::error:
        case Severity::warning: return "Bug Risk";
        case Severity::info: return "Clarity";
        default: return "Style";
    }
}

}  // namespace

Json codeclimate_issue(const FileFindings& file, const Diagnostic& d, OccurrenceCounter& occurrences, bool lines) {
    const auto s = file.doc ? span_of(*file.doc, d.range) : Span{};
    Json j;
    j["type"] = "issue";
    j["check_name"] = d.code;
    j["description"] = d.message;
    std::string body = d.help;
    if (!d.url.empty()) body += (body.empty() ? "" : "\n\n") + d.url;
    if (!body.empty()) j["content"] = Json{{"body", body}};
    j["categories"] = Json::array({std::string(category(d))});
    Json location;
    location["path"] = file.path;
    if (lines) {
        location["lines"] = Json{{"begin", s.line}, {"end", s.end_line}};
    } else {
        location["positions"] = Json{{"begin", Json{{"line", s.line}, {"column", s.column}}},
                                     {"end", Json{{"line", s.end_line}, {"column", s.end_column}}}};
    }
    j["location"] = std::move(location);
    j["severity"] = std::string(codeclimate_severity(d.severity));
    // Unique per finding and stable under edits elsewhere in the file.
    const auto hash = file.doc ? line_hash(d.code, first_line_text(*file.doc, d.range)) : std::string();
    const auto n = occurrences.next(d.code + ":" + hash);
    j["fingerprint"] = hash128_hex(fmt::format("{}\n{}\n{}\n{}", file.path, d.code, hash, n));
    return j;
}

}  // namespace detail

namespace detail {
namespace {

class CodeclimateWriter final : public PlainWriter {
public:
    Part prepare(const FileFindings& file) const override {
        Part part;
        std::string& out = part.text;
        OccurrenceCounter occurrences;
        for (const auto& d : file.diagnostics) {
            out += dump(codeclimate_issue(file, d, occurrences, false), -1);
            out.push_back('\0');
        }
        part.items = file.diagnostics.size();
        return part;
    }
};

}  // namespace

std::unique_ptr<Writer> make_codeclimate_writer(const Options&) { return std::make_unique<CodeclimateWriter>(); }

}  // namespace detail
}  // namespace dflint::report
