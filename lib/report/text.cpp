// `text`: for people. Each finding shows its location, severity, code and
// message, the source line(s) with carets under the exact range, the help and
// the rule's documentation link; a summary line ends the report.
//
//   Dockerfile:4:6: warning[DL3006]: `FROM node` has no tag, ...
//     |
//   4 | FROM node
//     |      ^^^^
//     = help: pin a version: ...
//     = docs: https://github.com/hadolint/hadolint/wiki/DL3006
#include <fmt/format.h>

#include <algorithm>

#include "report/common.hpp"
#include "unicode/unicode.hpp"

namespace dflint::report {
namespace {

using detail::span_of;

// Terminal cells a code point takes: 0 for combining marks and zero-width
// characters, 2 for East Asian wide and fullwidth characters and emoji, else 1
// (wcwidth's classic tables, abridged to the ranges that matter in practice).
int cell_width(char32_t c) noexcept {
    struct R {
        char32_t lo, hi;
    };
    static constexpr R zero[] = {{0x0300, 0x036F}, {0x0483, 0x0489}, {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2},
                                 {0x05C4, 0x05C5}, {0x05C7, 0x05C7}, {0x0610, 0x061A}, {0x064B, 0x065F}, {0x0670, 0x0670},
                                 {0x06D6, 0x06DC}, {0x06DF, 0x06E4}, {0x06E7, 0x06E8}, {0x06EA, 0x06ED}, {0x0E31, 0x0E31},
                                 {0x0E34, 0x0E3A}, {0x0E47, 0x0E4E}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x200B, 0x200F},
                                 {0x202A, 0x202E}, {0x2060, 0x2064}, {0x20D0, 0x20FF}, {0xFE00, 0xFE0F}, {0xFE20, 0xFE2F},
                                 {0xFEFF, 0xFEFF}, {0x1F3FB, 0x1F3FF}, {0xE0000, 0xE0FFF}};
    static constexpr R wide[] = {
        {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},   {0x23F0, 0x23F0},   {0x23F3, 0x23F3},
        {0x25FD, 0x25FE},   {0x2614, 0x2615},   {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
        {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},   {0x26D4, 0x26D4},   {0x26EA, 0x26EA},
        {0x26F2, 0x26F3},   {0x26F5, 0x26F5},   {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
        {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},   {0x2795, 0x2797},
        {0x27B0, 0x27B0},   {0x27BF, 0x27BF},   {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
        {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},   {0xA960, 0xA97F},   {0xAC00, 0xD7A3},
        {0xF900, 0xFAFF},   {0xFE10, 0xFE19},   {0xFE30, 0xFE6F},   {0xFF00, 0xFF60},   {0xFFE0, 0xFFE6},   {0x16FE0, 0x16FE4},
        {0x17000, 0x18CFF}, {0x1B000, 0x1B2FF}, {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E}, {0x1F191, 0x1F19A},
        {0x1F200, 0x1F251}, {0x1F300, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F90C, 0x1F9FF}, {0x1FA70, 0x1FAFF},
        {0x20000, 0x2FFFD}, {0x30000, 0x3FFFD}};
    auto in = [c](const auto& table) {
        return std::any_of(std::begin(table), std::end(table), [c](const R& r) { return c >= r.lo && c <= r.hi; });
    };
    if (in(zero)) return 0;
    if (in(wide)) return 2;
    return 1;
}

struct Style {
    bool on = false;
    std::string paint(std::string_view text, std::string_view code) const {
        if (!on || text.empty()) return std::string(text);
        return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
    }
};

std::string_view severity_color(Severity s) {
    switch (s) {
        case Severity::error: return "1;31";
        case Severity::warning: return "1;33";
        case Severity::info: return "1;32";
        case Severity::style: return "1;36";
        case Severity::ignore: return "1";
    }
    return "1";
}

constexpr std::string_view gutter_color = "1;34";

// One source line as shown, and the carets under the bytes [mark_begin, mark_end).
struct ShownLine {
    std::string text;
    std::string carets;  // trailing blanks trimmed; empty when nothing is marked
};

ShownLine show_line(std::string_view src, std::uint32_t line_begin, std::uint32_t line_end, std::uint32_t mark_begin,
                    std::uint32_t mark_end, int tab_width, bool point_fallback) {
    ShownLine out;
    std::uint32_t col = 0, point_col = 0;
    bool point_seen = false, marked = false;
    std::size_t i = line_begin;
    while (i < line_end) {
        if (i == mark_begin) {
            point_col = col;
            point_seen = true;
        }
        const auto d = unicode::decode(src, i);
        const std::uint32_t size = std::max<std::uint32_t>(d.size, 1);
        std::uint32_t w;
        if (d.cp == '\t') {
            w = static_cast<std::uint32_t>(tab_width - static_cast<int>(col % static_cast<std::uint32_t>(tab_width)));
            out.text.append(w, ' ');
        } else if (d.cp < 0x20 || d.cp == 0x7F) {
            // Control characters would move the cursor: show their Control Pictures.
            unicode::append_utf8(out.text, d.cp == 0x7F ? char32_t(0x2421) : char32_t(0x2400 + d.cp));
            w = 1;
        } else if (d.cp == unicode::replacement_char && d.size <= 1) {
            unicode::append_utf8(out.text, unicode::replacement_char);
            w = 1;
        } else {
            out.text.append(src.substr(i, size));
            w = static_cast<std::uint32_t>(cell_width(d.cp));
        }
        const bool in_mark = i >= mark_begin && i < mark_end;
        if (in_mark && w > 0) marked = true;
        out.carets.append(w, in_mark ? '^' : ' ');
        col += w;
        i += size;
    }
    if (!marked && point_fallback && mark_begin <= line_end && mark_begin >= line_begin) {
        // An empty range, or one that holds only the line break: one caret at the point.
        if (!point_seen) point_col = col;
        out.carets.assign(point_col, ' ');
        out.carets.push_back('^');
    }
    while (!out.carets.empty() && out.carets.back() == ' ') out.carets.pop_back();
    if (out.carets.find('^') == std::string::npos) out.carets.clear();
    return out;
}

void append_indented(std::string& out, std::string_view text, std::string_view indent) {
    std::size_t i = 0;
    bool first = true;
    while (i <= text.size()) {
        const auto j = std::min(text.find('\n', i), text.size());
        if (!first) {
            out += '\n';
            if (j > i) out += indent;
        }
        out += text.substr(i, j - i);
        first = false;
        if (j == text.size()) break;
        i = j + 1;
    }
}

void render_one(std::string& out, const FileFindings& file, const Diagnostic& d, const Options& options, const Style& style) {
    const Document& doc = *file.doc;
    const Range range = detail::clamp(doc, d.range);
    const auto span = span_of(doc, range);
    const auto sev = severity_name(d.severity);
    const auto color = severity_color(d.severity);

    out += style.paint(fmt::format("{}:{}:{}:", file.path, span.line, span.column), "1");
    out += ' ';
    out += style.paint(fmt::format("{}[{}]", sev, d.code), color);
    out += style.paint(":", "1");
    out += ' ';
    append_indented(out, detail::valid_utf8(d.message), "  ");
    out += '\n';

    // The source: up to five lines of the range; longer ranges show their
    // first two and last two lines around a "...".
    std::vector<std::uint32_t> lines;
    const std::uint32_t first = span.line, last = std::max(span.end_line, span.line);
    for (std::uint32_t l = first; l <= last; ++l) {
        if (last - first + 1 > 5 && l > first + 1 && l + 2 <= last) {
            if (lines.empty() || lines.back() != 0) lines.push_back(0);  // 0 = "..."
            continue;
        }
        lines.push_back(l);
    }
    const std::size_t width = fmt::format("{}", std::max(span.end_line, span.line)).size();
    const std::string pad(width, ' ');
    const std::string bar = style.paint(pad + " |", gutter_color);
    if (!lines.empty()) out += bar + '\n';
    const std::uint32_t norm_end = [&] {
        // span_of moved an end at a line start back to the previous line's end.
        if (range.end > range.begin && span.end_line < doc.lines.line_of(range.end)) return doc.lines.line_end(span.end_line);
        return range.end;
    }();
    for (const auto l : lines) {
        if (l == 0) {
            out += style.paint(std::string(width, '.') + "..", gutter_color);
            out += '\n';
            continue;
        }
        const auto ls = doc.lines.line_start(l), le = doc.lines.line_end(l);
        auto mb = std::max(range.begin, ls);
        if (l != span.line) {
            // Continuation lines: mark from the first non-blank character.
            while (mb < le && (doc.text[mb] == ' ' || doc.text[mb] == '\t')) ++mb;
        }
        const auto me = std::min(norm_end, le);
        const auto shown = show_line(doc.text, ls, le, mb, std::max(mb, me), options.tab_width, l == span.line);
        out += style.paint(fmt::format("{:>{}} |", l, width), gutter_color);
        if (!shown.text.empty()) out += ' ' + shown.text;
        out += '\n';
        if (!shown.carets.empty()) out += bar + ' ' + style.paint(shown.carets, color) + '\n';
    }
    const std::string eq = style.paint(pad + " =", gutter_color);
    if (!d.help.empty()) {
        out += eq + ' ' + style.paint("help:", "1") + ' ';
        append_indented(out, detail::valid_utf8(d.help), std::string(width + 9, ' '));
        out += '\n';
    }
    if (!d.url.empty()) out += eq + ' ' + style.paint("docs:", "1") + ' ' + d.url + '\n';
}

}  // namespace

namespace detail {
namespace {

class TextWriter final : public Writer {
public:
    explicit TextWriter(const Options& options) : options_(options), style_{options.color} {}
    void begin(std::string&) override {}
    Part prepare(const FileFindings& file) const override {
        Part part{{}, file.diagnostics.size()};
        std::string& out = part.text;
        for (const auto& d : file.diagnostics) {
            if (file.doc) render_one(out, file, d, options_, style_);
            else out += fmt::format("{}: {}[{}]: {}\n", file.path, severity_name(d.severity), d.code, d.message);
            out += '\n';
        }
        return part;
    }
    void add(std::string& out, const FileFindings& file, Part part) override {
        tally_.add(file);
        out += part.text;
    }
    void end(std::string& out) override {
        const auto summary = tally_.summary_line();
        const auto* c = tally_.by_severity;
        if (c[0] > 0) out += style_.paint(summary, severity_color(Severity::error));
        else if (c[1] > 0) out += style_.paint(summary, severity_color(Severity::warning));
        else if (c[2] + c[3] + c[4] > 0) out += style_.paint(summary, "1");
        else out += style_.paint(summary, "1;32");
        out += '\n';
    }

private:
    Options options_;
    Style style_;
    Tally tally_;
};

}  // namespace

std::unique_ptr<Writer> make_text_writer(const Options& options) { return std::make_unique<TextWriter>(options); }

}  // namespace detail
}  // namespace dflint::report
