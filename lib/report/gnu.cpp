// `gnu`: one line per finding in the GNU Coding Standards' form, which Emacs'
// compilation mode, Vim's quickfix and most editors' problem matchers read:
//
//   FILE:LINE.COL-ENDCOL: SEVERITY: MESSAGE [CODE]          (one line)
//   FILE:LINE.COL-ENDLINE.ENDCOL: SEVERITY: MESSAGE [CODE]  (several lines)
//   FILE:LINE.COL: SEVERITY: MESSAGE [CODE]                 (an empty range)
//
// Columns count Unicode characters from 1; as the standard reads, the end
// column is the column of the range's last character (inclusive).
#include <fmt/format.h>

#include "report/common.hpp"

namespace dflint::report {

namespace detail {
namespace {

class GnuWriter final : public Writer {
public:
    void begin(std::string&) override {}
    Part prepare(const FileFindings& file) const override {
        Part part;
        std::string& out = part.text;
        for (const auto& d : file.diagnostics) {
            const auto s = file.doc ? span_of(*file.doc, d.range) : Span{};
            std::string where = fmt::format("{}.{}", s.line, s.column);
            const bool empty = s.end_line == s.line && s.end_column <= s.column;
            if (!empty) {
                const auto last = s.end_column > 1 ? s.end_column - 1 : 1;
                if (s.end_line == s.line) where += fmt::format("-{}", last);
                else where += fmt::format("-{}.{}", s.end_line, last);
            }
            std::string message = valid_utf8(d.message);
            for (auto& c : message)
                if (c == '\n') c = ' ';
            out += fmt::format("{}:{}: {}: {} [{}]\n", file.path, where, severity_name(d.severity), message, d.code);
        }
        part.items = file.diagnostics.size();
        return part;
    }
    void add(std::string& out, const FileFindings&, Part part) override { out += part.text; }
    void end(std::string&) override {}
};

}  // namespace

std::unique_ptr<Writer> make_gnu_writer(const Options&) { return std::make_unique<GnuWriter>(); }

}  // namespace detail
}  // namespace dflint::report
