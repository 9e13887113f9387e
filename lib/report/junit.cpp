// `junit`: JUnit XML for CI test tabs (GitLab artifacts:reports:junit, Azure,
// Jenkins). One <testsuite> per linted file; each finding is a failed
// <testcase>; a clean file is one passing <testcase>, so it shows up too.
// No timestamps or durations: the report is deterministic.
#include <fmt/format.h>

#include "report/common.hpp"

namespace dflint::report {

std::string render_junit(std::span<const FileFindings> files, const Options&) {
    using detail::xml_escape;
    std::size_t tests = 0, failures = 0;
    std::string suites;
    for (const auto& file : files) {
        const auto path = xml_escape(file.path);
        const std::size_t n = file.diagnostics.size();
        tests += n == 0 ? 1 : n;
        failures += n;
        suites += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n", path,
                              n == 0 ? 1 : n, n);
        if (n == 0) suites += fmt::format("    <testcase name=\"dflint\" classname=\"{}\" file=\"{}\"/>\n", path, path);
        for (const auto& d : file.diagnostics) {
            const auto s = file.doc ? detail::span_of(*file.doc, d.range) : detail::Span{};
            std::string body = fmt::format("{}:{}:{}: {} {}: {}", file.path, s.line, s.column, severity_name(d.severity), d.code, d.message);
            if (!d.help.empty()) body += "\nhelp: " + d.help;
            if (!d.url.empty()) body += "\ndocs: " + d.url;
            suites += fmt::format("    <testcase name=\"{} {}:{}:{}\" classname=\"{}\" file=\"{}\" line=\"{}\">\n", xml_escape(d.code),
                                  path, s.line, s.column, path, path, s.line);
            suites += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", severity_name(d.severity),
                                  xml_escape(d.message), xml_escape(body));
            suites += "    </testcase>\n";
        }
        suites += "  </testsuite>\n";
    }
    std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out += fmt::format("<testsuites name=\"dflint\" tests=\"{}\" failures=\"{}\" errors=\"0\">\n", tests, failures);
    out += suites;
    out += "</testsuites>\n";
    return out;
}

}  // namespace dflint::report
