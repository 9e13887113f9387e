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

#include <algorithm>

#include "report/common.hpp"

namespace dflint::report {

namespace detail {
namespace {

class GnuWriter final : public PlainWriter {
public:
    Part prepare(const FileFindings& file) const override {
        Part part;
        std::string& out = part.text;
        for (const auto& d : file.diagnostics) {
            const auto s = file.doc ? span_of(*file.doc, d.range) : Span{};
            const auto number = [&](std::uint32_t v) {
                const fmt::format_int digits(v);
                out.append(digits.data(), digits.size());
            };
            out += file.path;
            out += ':';
            number(s.line);
            out += '.';
            number(s.column);
            const bool empty = s.end_line == s.line && s.end_column <= s.column;
            if (!empty) {
                const auto last = s.end_column > 1 ? s.end_column - 1 : 1;
                out += '-';
                if (s.end_line != s.line) {
                    number(s.end_line);
                    out += '.';
                }
                number(last);
            }
            out += ": ";
            out += severity_name(d.severity);
            out += ": ";
            const std::size_t message_at = out.size();
            append_valid_utf8(out, d.message);
            std::replace(out.begin() + static_cast<std::ptrdiff_t>(message_at), out.end(), '\n', ' ');
            out += " [";
            out += d.code;
            out += "]\n";
        }
        part.items = file.diagnostics.size();
        return part;
    }
};

}  // namespace

std::unique_ptr<Writer> make_gnu_writer(const Options&) { return std::make_unique<GnuWriter>(); }

}  // namespace detail
}  // namespace dflint::report
