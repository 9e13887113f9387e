// `checkstyle`: Checkstyle XML, as hadolint writes it (Jenkins Warnings NG,
// reviewdog -f=checkstyle). One <file> per linted file, also when it is
// clean; severities error, warning and info (style is reported as info).
#include <fmt/format.h>

#include "report/common.hpp"

namespace dflint::report {
namespace {

std::string_view checkstyle_severity(Severity s) {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info:
        case Severity::style: return "info";
        case Severity::ignore: return "ignore";
    }
    return "warning";
}

}  // namespace

namespace detail {
namespace {

class CheckstyleWriter final : public PlainWriter {
public:
    void begin(std::string& out) override { out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"; }
    Part prepare(const FileFindings& file) const override {
        Part part{{}, file.diagnostics.size()};
        std::string& out = part.text;
        if (file.diagnostics.empty()) {
            out += fmt::format("  <file name=\"{}\"/>\n", xml_escape(file.path));
            return part;
        }
        out += fmt::format("  <file name=\"{}\">\n", xml_escape(file.path));
        for (const auto& d : file.diagnostics) {
            const auto s = file.doc ? span_of(*file.doc, d.range) : Span{};
            out += fmt::format("    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"{}\"/>\n", s.line,
                               s.column, checkstyle_severity(d.severity), xml_escape(d.message), xml_escape(d.code));
        }
        out += "  </file>\n";
        return part;
    }
    void end(std::string& out) override { out += "</checkstyle>\n"; }
};

}  // namespace

std::unique_ptr<Writer> make_checkstyle_writer(const Options&) { return std::make_unique<CheckstyleWriter>(); }

}  // namespace detail
}  // namespace dflint::report
