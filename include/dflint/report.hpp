#pragma once
// Reports: the findings of a lint run rendered in one output format.
//
// Each format is a pure function of the findings (one file per format in
// lib/report/): it reads the files' paths, sources and diagnostics and returns
// the report's bytes; it does no I/O and looks at no environment. The formats
// are documented in docs/formats.md.
//
// Every format can also be written file by file (Writer): the CLI streams its
// reports that way, so linting thousands of files holds one file's findings at
// a time, and render() is the same writer run over a list.
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/diagnostic.hpp"
#include "dflint/parse.hpp"

namespace dflint::report {

enum class Format : std::uint8_t {
    text,         // for people: source line, caret, help, docs link, summary
    json,         // dflint's own JSON (docs/dflint-report.schema.json)
    sarif,        // SARIF 2.1.0 (GitHub code scanning)
    checkstyle,   // Checkstyle XML
    codeclimate,  // Code Climate issues, each followed by a NUL byte (as hadolint)
    gitlab,       // GitLab Code Quality (a JSON array of Code Climate issues)
    gnu,          // GNU-style one-line messages
    junit,        // JUnit XML
    rdjson,       // reviewdog diagnostic format
    github,       // GitHub Actions workflow commands (annotations)
    sonarqube,    // SonarQube generic issue import format
};

struct FormatInfo {
    Format format;
    std::string_view name;     // the canonical name ("text", "gitlab", ...)
    std::string_view summary;  // one line, for --help and the man page
};

// Every format, in the order above.
const std::vector<FormatInfo>& formats();
std::string_view format_name(Format f) noexcept;
// A format by name; hadolint's names are accepted too: tty (text),
// gitlab_codeclimate (gitlab). Case-sensitive, as hadolint's.
std::optional<Format> parse_format(std::string_view name) noexcept;
// hadolint's extra names, with the canonical format each maps to.
struct FormatAlias {
    std::string_view alias;
    Format format;
};
std::span<const FormatAlias> format_aliases() noexcept;

// One linted file.
struct FileFindings {
    std::string path;                         // as the report shows it ("-" for stdin)
    const Document* doc = nullptr;            // its source (text and line index); not owned
    std::span<const Diagnostic> diagnostics;  // sorted by position
};

struct Options {
    bool color = false;        // text: ANSI colours
    std::string tool_version;  // "" = dflint::version()
    int tab_width = 4;         // text: tab stops when showing source lines
};

// The project's home page (SARIF informationUri, rdjson source.url).
inline constexpr std::string_view project_url = "https://github.com/dflint/dflint";

std::string render(Format format, std::span<const FileFindings> files, const Options& options = {});

// A report written one file at a time: begin(), add() for each file in report
// order, end(). Each call appends the report's next bytes to `out`; the
// concatenation equals render() over the same files. A writer keeps only what
// its closing part needs (counts, the rules that had results), never a file.
//
// prepare() renders a file's part ahead of time and reads no writer state, so
// a caller may run it on worker threads and then add() the parts in order.
// (Formats whose bytes depend on earlier files, such as SARIF's rule indexes,
// return an empty part and do their work in add().)
class Writer {
public:
    struct Part {
        std::string text;
        std::size_t items = 0;  // findings rendered in `text`
    };
    virtual ~Writer() = default;
    virtual void begin(std::string& out) = 0;
    virtual Part prepare(const FileFindings& file) const {
        (void)file;
        return {};
    }
    virtual void add(std::string& out, const FileFindings& file, Part part) = 0;  // part = prepare(file)
    void add(std::string& out, const FileFindings& file) { add(out, file, prepare(file)); }
    virtual void end(std::string& out) = 0;
};
std::unique_ptr<Writer> make_writer(Format format, const Options& options = {});

// The formats one by one (render() dispatches to these).
std::string render_text(std::span<const FileFindings> files, const Options& options);
std::string render_json(std::span<const FileFindings> files, const Options& options);
std::string render_sarif(std::span<const FileFindings> files, const Options& options);
std::string render_checkstyle(std::span<const FileFindings> files, const Options& options);
std::string render_codeclimate(std::span<const FileFindings> files, const Options& options);
std::string render_gitlab(std::span<const FileFindings> files, const Options& options);
std::string render_gnu(std::span<const FileFindings> files, const Options& options);
std::string render_junit(std::span<const FileFindings> files, const Options& options);
std::string render_rdjson(std::span<const FileFindings> files, const Options& options);
std::string render_github(std::span<const FileFindings> files, const Options& options);
std::string render_sonarqube(std::span<const FileFindings> files, const Options& options);

// The text format's last line: "3 problems (1 error, 2 warnings) in 1 file"
// or "no problems (2 files checked)". No colour, no newline.
std::string summary_line(std::span<const FileFindings> files);

// The counts behind the summary line, kept file by file.
struct Tally {
    std::size_t files = 0, files_with_problems = 0, total = 0;
    std::size_t by_severity[5] = {};  // indexed by Severity
    void add(const FileFindings& file) noexcept;
    std::string summary_line() const;
};

}  // namespace dflint::report
