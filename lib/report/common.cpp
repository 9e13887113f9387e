#include "report/common.hpp"

#include <fmt/format.h>
#include <xxhash.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>

#include "dflint/dflint.hpp"
#include "unicode/unicode.hpp"

namespace dflint::report::detail {

Range clamp(const Document& doc, Range range) noexcept {
    const auto size = static_cast<std::uint32_t>(doc.text.size());
    range.begin = std::min(range.begin, size);
    range.end = std::clamp(range.end, range.begin, size);
    return range;
}

namespace {

Position position(const Document& doc, std::uint32_t offset, Columns columns) {
    Position p;
    switch (columns) {
        case Columns::bytes: p = doc.lines.position(offset); break;
        case Columns::chars: p = doc.lines.char_position(offset); break;
        case Columns::utf16: p = doc.lines.utf16_position(offset); break;
    }
    // The BOM is part of the text but no editor shows it as a column.
    if (doc.has_bom && p.line == 1 && offset >= 3 && p.column > 1) p.column -= columns == Columns::bytes ? 3 : 1;
    return p;
}

}  // namespace

Span span_of(const Document& doc, Range range, Columns columns) {
    range = clamp(doc, range);
    std::uint32_t end = range.end;
    if (range.end > range.begin) {
        const auto end_line = doc.lines.line_of(range.end);
        const auto begin_line = doc.lines.line_of(range.begin);
        if (end_line > begin_line && doc.lines.line_start(end_line) == range.end)
            end = std::max(range.begin, doc.lines.line_end(end_line - 1));
    }
    const auto b = position(doc, range.begin, columns);
    const auto e = position(doc, end, columns);
    return {b.line, b.column, e.line, e.column};
}

Span exact_span_of(const Document& doc, Range range, Columns columns) {
    range = clamp(doc, range);
    const auto b = position(doc, range.begin, columns);
    const auto e = position(doc, range.end, columns);
    return {b.line, b.column, e.line, e.column};
}

std::string valid_utf8(std::string_view s) {
    std::string out;
    append_valid_utf8(out, s);
    return out;
}

void append_valid_utf8(std::string& out, std::string_view s) {
    out.reserve(out.size() + s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        if (static_cast<unsigned char>(s[i]) < 0x80) {  // a run of ASCII, copied at once
            std::size_t j = i + 1;
            while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
            out.append(s.data() + i, j - i);
            i = j;
            continue;
        }
        const auto d = unicode::decode(s, i);
        if (d.cp == unicode::replacement_char && d.size == 1) unicode::append_utf8(out, unicode::replacement_char);
        else out.append(s.substr(i, d.size));
        i += std::max<std::uint32_t>(d.size, 1);
    }
}

std::string xml_escape(std::string_view raw) {
    const std::string s = valid_utf8(raw);
    std::string out;
    out.reserve(s.size() + 16);
    for (const char ch : s) {
        switch (ch) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            case '\n': out += "&#10;"; break;
            case '\r': out += "&#13;"; break;
            case '\t': out += "&#9;"; break;
            default:
                if (static_cast<unsigned char>(ch) < 0x20) unicode::append_utf8(out, unicode::replacement_char);
                else out.push_back(ch);
        }
    }
    return out;
}

std::string path_uri(std::string_view path) {
    std::string out;
    if (!path.empty() && path[0] == '/') out = "file://";
    for (const char ch : path) {
        const auto c = static_cast<unsigned char>(ch);
        const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                                c == '.' || c == '_' || c == '~' || c == '/';
        if (unreserved) out.push_back(ch);
        else out += fmt::format("%{:02X}", c);
    }
    return out;
}

namespace {

// A JSON string as nlohmann's serializer writes it (ensure_ascii off, invalid
// UTF-8 replaced): printable ASCII and valid UTF-8 copied, \b \t \n \f \r \" \\
// and other control characters as \u00xx. A string with invalid UTF-8 is left
// to nlohmann, so that the replacement rules stay exactly its own.
// Bytes a JSON string takes as they are: printable ASCII but '"' and '\\'.
constexpr auto plain_json_bytes = [] {
    std::array<bool, 256> t{};
    for (int c = 0x20; c < 0x80; ++c) t[static_cast<std::size_t>(c)] = c != '"' && c != '\\';
    return t;
}();

void write_string(std::string& out, std::string_view s) {
    out.push_back('"');
    const std::size_t start = out.size();
    std::size_t i = 0, plain = 0;  // s[plain, i) is still to be copied
    auto flush = [&] {
        out.append(s.data() + plain, i - plain);
    };
    while (i < s.size()) {
        // Eight bytes at a time while none needs care (SWAR: no byte below
        // 0x20, none from 0x80, no '"' and no '\\'), then byte by byte.
        constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
        while (i + 8 <= s.size()) {
            std::uint64_t v;
            std::memcpy(&v, s.data() + i, 8);
            const std::uint64_t quote = v ^ (ones * '"'), backslash = v ^ (ones * '\\');
            // A byte's high bit ends up set when it is >= 0x80 (v), < 0x20
            // (v - 0x20 wraps), '"' or '\\' (its xor is 0 and 0 - 1 wraps);
            // a borrow only runs on from a byte that is already flagged.
            if ((((v - ones * 0x20) | (quote - ones) | (backslash - ones) | v) & highs) != 0) break;
            i += 8;
        }
        while (i < s.size() && plain_json_bytes[static_cast<unsigned char>(s[i])]) ++i;
        if (i == s.size()) break;
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            const auto d = unicode::decode(s, i);
            if (d.cp == unicode::replacement_char && d.size == 1) {
                out.resize(start - 1);
                out += Json(std::string(s)).dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace);
                return;
            }
            i += d.size;
            continue;
        }
        flush();
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\b': out += "\\b"; break;
            case '\t': out += "\\t"; break;
            case '\n': out += "\\n"; break;
            case '\f': out += "\\f"; break;
            case '\r': out += "\\r"; break;
            default: fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
        }
        plain = ++i;
    }
    flush();
    out.push_back('"');
}

// `j` laid out as nlohmann's dump(indent) lays it out, every line after the
// first indented by `current` more spaces; indent < 0: one line.
void write_json(std::string& out, const Json& j, int indent, int current) {
    const bool pretty = indent >= 0;
    const int inner = current + (pretty ? indent : 0);
    auto newline = [&](int spaces) {
        if (!pretty) return;
        out.push_back('\n');
        out.append(static_cast<std::size_t>(spaces), ' ');
    };
    switch (j.type()) {
        case Json::value_t::object: {
            if (j.empty()) {
                out += "{}";
                return;
            }
            out.push_back('{');
            bool first = true;
            for (auto it = j.begin(); it != j.end(); ++it) {
                if (!first) out.push_back(',');
                first = false;
                newline(inner);
                write_string(out, it.key());
                out += pretty ? ": " : ":";
                write_json(out, it.value(), indent, inner);
            }
            newline(current);
            out.push_back('}');
            return;
        }
        case Json::value_t::array: {
            if (j.empty()) {
                out += "[]";
                return;
            }
            out.push_back('[');
            bool first = true;
            for (const auto& v : j) {
                if (!first) out.push_back(',');
                first = false;
                newline(inner);
                write_json(out, v, indent, inner);
            }
            newline(current);
            out.push_back(']');
            return;
        }
        case Json::value_t::string: write_string(out, j.get_ref<const std::string&>()); return;
        case Json::value_t::boolean: out += j.get<bool>() ? "true" : "false"; return;
        case Json::value_t::null: out += "null"; return;
        case Json::value_t::number_integer: fmt::format_to(std::back_inserter(out), "{}", j.get<std::int64_t>()); return;
        case Json::value_t::number_unsigned: fmt::format_to(std::back_inserter(out), "{}", j.get<std::uint64_t>()); return;
        default: out += j.dump(-1, ' ', false, nlohmann::detail::error_handler_t::replace); return;  // floats, binary
    }
}

}  // namespace

void append_json(std::string& out, const Json& j, int indent) { write_json(out, j, 2, indent); }

void append_json_string(std::string& out, std::string_view s) { write_string(out, s); }

void JsonObjectOut::key(std::string_view key) {
    out_ += empty_ ? "\n" : ",\n";
    empty_ = false;
    out_.append(static_cast<std::size_t>(indent_ + 2), ' ');
    write_string(out_, key);
    out_ += ": ";
}

void JsonObjectOut::field(std::string_view key, std::uint32_t value) {
    this->key(key);
    const fmt::format_int digits(value);
    out_.append(digits.data(), digits.size());
}

void JsonObjectOut::close() {
    if (!empty_) {
        out_.push_back('\n');
        out_.append(static_cast<std::size_t>(indent_), ' ');
    }
    out_.push_back('}');
}

std::string dump(const Json& j, int indent) {
    std::string out;
    write_json(out, j, indent, 0);
    return out;
}

std::string dump_nested(const Json& j, int indent) {
    std::string out;
    write_json(out, j, 2, indent);
    return out;
}

std::string JsonArrayStream::element(const Json& j) const {
    const int indent = 2 * depth_;
    std::string out(static_cast<std::size_t>(indent), ' ');
    write_json(out, j, 2, indent);
    return out;
}

void JsonArrayStream::append(std::string& out, const std::string& rendered, std::size_t items) {
    if (items == 0) return;
    out += count_ == 0 ? "\n" : ",\n";
    out += rendered;
    count_ += items;
}

void JsonArrayStream::close(std::string& out) {
    if (count_ > 0) {
        out.push_back('\n');
        out.append(static_cast<std::size_t>(2 * (depth_ - 1)), ' ');
    }
    out.push_back(']');
}

Json edit_json(const Document& doc, const Edit& edit, Columns columns) {
    const auto s = exact_span_of(doc, edit.range, columns);
    Json e;
    e["line"] = s.line;
    e["column"] = s.column;
    e["endLine"] = s.end_line;
    e["endColumn"] = s.end_column;
    e["replacement"] = edit.replacement;
    return e;
}

std::string tool_version(const Options& options) {
    return options.tool_version.empty() ? std::string(dflint::version()) : options.tool_version;
}

std::string line_hash(std::string_view code, std::string_view line_text) {
    // White space is collapsed so re-indenting a line keeps its identity.
    std::string key(code);
    key.push_back('\0');
    bool blank = true;
    for (const char c : line_text) {
        if (c == ' ' || c == '\t' || c == '\r') {
            blank = true;
            continue;
        }
        if (blank && key.back() != '\0') key.push_back(' ');
        blank = false;
        key.push_back(c);
    }
    return fmt::format("{:016x}", XXH3_64bits(key.data(), key.size()));
}

std::string hash128_hex(std::string_view data) {
    const XXH128_hash_t h = XXH3_128bits(data.data(), data.size());
    return fmt::format("{:016x}{:016x}", h.high64, h.low64);
}

std::string_view rule_name(const Diagnostic& d) {
    if (!d.name.empty()) return d.name;
    if (const auto* r = find_rule(d.code)) return r->name;
    return d.code;
}

std::string_view first_line_text(const Document& doc, Range range) {
    range = clamp(doc, range);
    if (doc.text.empty()) return {};
    return doc.lines.line_text(doc.lines.line_of(range.begin));
}

}  // namespace dflint::report::detail
