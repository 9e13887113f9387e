// `junit`: JUnit XML for CI test tabs (GitLab artifacts:reports:junit, Azure,
// Jenkins). One <testsuite> per linted file; each finding is a failed
// <testcase>; a clean file is one passing <testcase>, so it shows up too.
// No timestamps or durations: the report is deterministic.
#include <fmt/format.h>

#include "report/common.hpp"

namespace dflint::report {

namespace detail {
namespace {

// The totals are per <testsuite> only: the report is written file by file.
class JunitWriter final : public PlainWriter {
public:
    void begin(std::string& out) override { out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"dflint\">\n"; }
    Part prepare(const FileFindings& file) const override {
        Part part{{}, file.diagnostics.size()};
        std::string& out = part.text;
        const auto path = xml_escape(file.path);
        const std::size_t n = file.diagnostics.size();
        out += fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"0\" skipped=\"0\">\n", path,
                           n == 0 ? 1 : n, n);
        if (n == 0) out += fmt::format("    <testcase name=\"dflint\" classname=\"{}\" file=\"{}\"/>\n", path, path);
        for (const auto& d : file.diagnostics) {
            const auto s = file.doc ? span_of(*file.doc, d.range) : Span{};
            std::string body = fmt::format("{}:{}:{}: {} {}: {}", file.path, s.line, s.column, severity_name(d.severity), d.code, d.message);
            if (!d.help.empty()) body += "\nhelp: " + d.help;
            if (!d.url.empty()) body += "\ndocs: " + d.url;
            out += fmt::format("    <testcase name=\"{} {}:{}:{}\" classname=\"{}\" file=\"{}\" line=\"{}\">\n", xml_escape(d.code),
                               path, s.line, s.column, path, path, s.line);
            out += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", severity_name(d.severity),
                               xml_escape(d.message), xml_escape(body));
            out += "    </testcase>\n";
        }
        out += "  </testsuite>\n";
        return part;
    }
    void end(std::string& out) override { out += "</testsuites>\n"; }
};

}  // namespace

std::unique_ptr<Writer> make_junit_writer(const Options&) { return std::make_unique<JunitWriter>(); }

}  // namespace detail
}  // namespace dflint::report
