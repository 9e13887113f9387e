// `github`: GitHub Actions workflow commands. Printed in a workflow step, each
// line becomes an annotation on the file and line (and, for one-line ranges,
// the columns) in the run summary and the pull request's diff:
//
//   ::warning file=Dockerfile,line=4,col=6,endLine=4,endColumn=10,title=DL3006 untagged-base-image::message
//
// error → ::error, warning → ::warning, info and style → ::notice.
#include <fmt/format.h>

#include "report/common.hpp"

namespace dflint::report {
namespace {

std::string_view command(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        default: return "notice";
    }
}

// Escaping as in @actions/core (escapeData / escapeProperty).
std::string escape_data(std::string_view s) {
    std::string out;
    for (const char c : s) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

std::string escape_property(std::string_view s) {
    std::string out;
    for (const char c : escape_data(s)) {
        switch (c) {
            case ':': out += "%3A"; break;
            case ',': out += "%2C"; break;
            default: out.push_back(c);
        }
    }
    return out;
}

}  // namespace

namespace detail {
namespace {

class GithubWriter final : public PlainWriter {
public:
    Part prepare(const FileFindings& file) const override {
        Part part;
        std::string& out = part.text;
        for (const auto& d : file.diagnostics) {
            const auto s = file.doc ? span_of(*file.doc, d.range) : Span{};
            std::string props = fmt::format("file={},line={}", escape_property(file.path), s.line);
            if (s.end_line == s.line) {
                props += fmt::format(",col={}", s.column);
                if (s.end_column > s.column) props += fmt::format(",endColumn={}", s.end_column);
            }
            props += fmt::format(",endLine={}", s.end_line);
            props += ",title=" + escape_property(fmt::format("{} {}", d.code, rule_name(d)));
            std::string message = d.message;
            if (!d.help.empty()) message += "\nhelp: " + d.help;
            if (!d.url.empty()) message += "\ndocs: " + d.url;
            out += fmt::format("::{} {}::{}\n", command(d.severity), props, escape_data(valid_utf8(message)));
        }
        part.items = file.diagnostics.size();
        return part;
    }
};

}  // namespace

std::unique_ptr<Writer> make_github_writer(const Options&) { return std::make_unique<GithubWriter>(); }

}  // namespace detail
}  // namespace dflint::report
