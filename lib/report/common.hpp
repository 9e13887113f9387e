#pragma once
// Helpers shared by the report formats (lib/report/*.cpp): positions in the
// units each format wants, escaping, fingerprints, severity names.
#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "dflint/lint.hpp"
#include "dflint/report.hpp"

namespace dflint::report::detail {

// How a format counts columns.
enum class Columns : std::uint8_t {
    bytes,  // UTF-8 bytes (reviewdog)
    chars,  // Unicode code points (dflint's JSON, checkstyle, GNU, GitHub)
    utf16,  // UTF-16 code units (SARIF's default columnKind, SonarQube)
};

// 1-based lines and columns, end exclusive. A range that ends at the start of
// a line (it swallowed the newline) ends at the end of the previous line
// instead, so a one-line finding never spills onto the next line. A UTF-8 BOM
// is not counted as a column.
struct Span {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    std::uint32_t end_line = 1;
    std::uint32_t end_column = 1;
};
Span span_of(const Document& doc, Range range, Columns columns = Columns::chars);
// Without that adjustment: for fix edits, which must be exact.
Span exact_span_of(const Document& doc, Range range, Columns columns = Columns::chars);
// The range clamped to the text (defensive: reports never read past the end).
Range clamp(const Document& doc, Range range) noexcept;

// Valid UTF-8: invalid bytes become U+FFFD.
std::string valid_utf8(std::string_view s);
void append_valid_utf8(std::string& out, std::string_view s);  // out += valid_utf8(s)
// XML text and attribute values: & < > " ' escaped; characters XML 1.0 does
// not allow (C0 controls other than tab, LF, CR) become U+FFFD.
std::string xml_escape(std::string_view s);
// A path as a URI reference: '/' separators kept, everything else outside
// RFC 3986's unreserved set percent-encoded; absolute paths become file:// URIs.
std::string path_uri(std::string_view path);

using Json = nlohmann::ordered_json;  // keys in insertion order
// JSON text (indent < 0: one line); invalid UTF-8 in strings becomes U+FFFD.
std::string dump(const Json& j, int indent = 2);
// A diagnostic's fixes' edits as {"line", "column", "endLine", "endColumn", "replacement"}.
Json edit_json(const Document& doc, const Edit& edit, Columns columns = Columns::chars);

// The tool version to report.
std::string tool_version(const Options& options);

// Stable identity of a finding that survives unrelated edits above it: a
// 64-bit hash of the code and the finding's first source line with white
// space collapsed (hex, 16 digits). `occurrence` (1-based) tells apart equal
// lines reported for the same code in one file.
std::string line_hash(std::string_view code, std::string_view line_text);
// 128-bit hash as 32 hex digits (GitLab fingerprints).
std::string hash128_hex(std::string_view data);

// Counts occurrences of (code, line hash) in one file, in report order.
class OccurrenceCounter {
public:
    std::uint32_t next(const std::string& key) { return ++seen_[key]; }

private:
    std::map<std::string, std::uint32_t> seen_;
};

// One Code Climate issue (codeclimate.cpp; gitlab.cpp uses it too). `lines`:
// location.lines {begin, end} (GitLab) instead of positions with columns.
Json codeclimate_issue(const FileFindings& file, const Diagnostic& d, OccurrenceCounter& occurrences, bool lines);

// Streams the elements of a JSON array laid out exactly as dump(j, 2) lays out
// the whole document: `depth` is the array's nesting (1 = the top-level value
// is the array; 2 = the array is a member of the top-level object). The caller
// writes the opening `[` (after its key).
class JsonArrayStream {
public:
    explicit JsonArrayStream(int depth) : depth_(depth) {}
    // One element as it appears in the array (indented, no separator).
    std::string element(const Json& j) const;
    // Adds elements rendered by element() and joined with separator(); `items`
    // is how many.
    void append(std::string& out, const std::string& rendered, std::size_t items);
    void add(std::string& out, const Json& j) { append(out, element(j), 1); }
    int indent() const noexcept { return 2 * depth_; }  // of the elements
    static constexpr std::string_view separator = ",\n";
    void close(std::string& out);  // the closing `]`
    bool empty() const noexcept { return count_ == 0; }

private:
    int depth_;
    std::size_t count_ = 0;
};
// dump(j, 2) with every line after the first indented by `indent` spaces, for
// a value nested in a document written by hand.
std::string dump_nested(const Json& j, int indent);
// out += dump_nested(j, indent).
void append_json(std::string& out, const Json& j, int indent);
// out += a JSON string, escaped as dump() escapes it.
void append_json_string(std::string& out, std::string_view s);

// One JSON object written member by member, laid out as dump_nested(object,
// indent) lays it out, without building the object first.
class JsonObjectOut {
public:
    JsonObjectOut(std::string& out, int indent) : out_(out), indent_(indent) { out_.push_back('{'); }
    void field(std::string_view key, std::string_view value) {
        this->key(key);
        append_json_string(out_, value);
    }
    void field(std::string_view key, std::uint32_t value);
    void field_json(std::string_view key, const Json& value) {
        this->key(key);
        append_json(out_, value, indent_ + 2);
    }
    void close();

private:
    void key(std::string_view key);
    std::string& out_;
    int indent_;
    bool empty_ = true;
};

// A format whose file parts are plain text, added as they are (gnu, github,
// codeclimate, checkstyle, junit): subclasses render in prepare().
class PlainWriter : public Writer {
public:
    void begin(std::string&) override {}
    void add(std::string& out, const FileFindings&, Part part) override { out += part.text; }
    void end(std::string&) override {}
};

// A format that is one JSON array of per-finding objects inside a document
// written by hand (json, rdjson, gitlab, sonarqube): `head` opens the document
// up to the array's `[`, `tail` follows its `]`; subclasses give item().
class JsonListWriter : public Writer {
public:
    JsonListWriter(std::string head, int depth, std::string tail) : head_(std::move(head)), tail_(std::move(tail)), list_(depth) {}
    void begin(std::string& out) override { out += head_; }
    Part prepare(const FileFindings& file) const override {
        Part part;
        part.text.reserve(file.diagnostics.size() * 640);  // a finding takes ~600 bytes in the json format
        OccurrenceCounter occurrences;
        const int indent = list_.indent();
        for (const auto& d : file.diagnostics) {
            if (part.items++ > 0) part.text += JsonArrayStream::separator;
            part.text.append(static_cast<std::size_t>(indent), ' ');
            write_item(part.text, indent, file, d, occurrences);
        }
        return part;
    }
    void add(std::string& out, const FileFindings&, Part part) override { list_.append(out, part.text, part.items); }
    void end(std::string& out) override {
        list_.close(out);
        out += tail_;
    }

protected:
    // One finding's object, written to `out` nested at `indent`. A format
    // overrides one of the two: item() builds the object (written by
    // write_item), or write_item() writes it member by member.
    virtual Json item(const FileFindings&, const Diagnostic&, OccurrenceCounter&) const { return Json::object(); }
    virtual void write_item(std::string& out, int indent, const FileFindings& file, const Diagnostic& d, OccurrenceCounter& occurrences) const {
        append_json(out, item(file, d, occurrences), indent);
    }

private:
    std::string head_, tail_;
    JsonArrayStream list_;
};

// The writers of each format (one per file in lib/report/).
std::unique_ptr<Writer> make_text_writer(const Options& options);
std::unique_ptr<Writer> make_json_writer(const Options& options);
std::unique_ptr<Writer> make_sarif_writer(const Options& options);
std::unique_ptr<Writer> make_checkstyle_writer(const Options& options);
std::unique_ptr<Writer> make_codeclimate_writer(const Options& options);
std::unique_ptr<Writer> make_gitlab_writer(const Options& options);
std::unique_ptr<Writer> make_gnu_writer(const Options& options);
std::unique_ptr<Writer> make_junit_writer(const Options& options);
std::unique_ptr<Writer> make_rdjson_writer(const Options& options);
std::unique_ptr<Writer> make_github_writer(const Options& options);
std::unique_ptr<Writer> make_sonarqube_writer(const Options& options);

// The rule's kebab-case name: the diagnostic's, else the catalogue's, else the code.
std::string_view rule_name(const Diagnostic& d);
// The first line of the finding's source ("" when out of range).
std::string_view first_line_text(const Document& doc, Range range);

}  // namespace dflint::report::detail
