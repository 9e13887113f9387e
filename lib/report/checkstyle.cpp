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

std::string render_checkstyle(std::span<const FileFindings> files, const Options&) {
    using detail::xml_escape;
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n";
    for (const auto& file : files) {
        if (file.diagnostics.empty()) {
            out += fmt::format("  <file name=\"{}\"/>\n", xml_escape(file.path));
            continue;
        }
        out += fmt::format("  <file name=\"{}\">\n", xml_escape(file.path));
        for (const auto& d : file.diagnostics) {
            const auto s = file.doc ? detail::span_of(*file.doc, d.range) : detail::Span{};
            out += fmt::format("    <error line=\"{}\" column=\"{}\" severity=\"{}\" message=\"{}\" source=\"{}\"/>\n", s.line,
                               s.column, checkstyle_severity(d.severity), xml_escape(d.message), xml_escape(d.code));
        }
        out += "  </file>\n";
    }
    out += "</checkstyle>\n";
    return out;
}

}  // namespace dflint::report
