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

std::string render_gnu(std::span<const FileFindings> files, const Options&) {
    std::string out;
    for (const auto& file : files) {
        for (const auto& d : file.diagnostics) {
            const auto s = file.doc ? detail::span_of(*file.doc, d.range) : detail::Span{};
            std::string where = fmt::format("{}.{}", s.line, s.column);
            const bool empty = s.end_line == s.line && s.end_column <= s.column;
            if (!empty) {
                const auto last = s.end_column > 1 ? s.end_column - 1 : 1;
                if (s.end_line == s.line) where += fmt::format("-{}", last);
                else where += fmt::format("-{}.{}", s.end_line, last);
            }
            std::string message = detail::valid_utf8(d.message);
            for (auto& c : message)
                if (c == '\n') c = ' ';
            out += fmt::format("{}:{}: {}: {} [{}]\n", file.path, where, severity_name(d.severity), message, d.code);
        }
    }
    return out;
}

}  // namespace dflint::report
