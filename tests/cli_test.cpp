// The report formats (pure functions, fed hand-made findings so that rule
// changes do not move them) and the dflint command (run as a process: exit
// codes, settings precedence, folders, formats, generated files).
#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <functional>
#include <random>
#include <regex>
#include <set>

#include "dflint/dflint.hpp"
#include "dflint/lint.hpp"
#include "dflint/report.hpp"
#include "report/common.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using namespace dflint;
using nlohmann::json;

namespace {

// ---------------------------------------------------------------------------
// Hand-made findings

Diagnostic diag(std::string code, Severity sev, Range range, std::string message = "the message", std::string help = "the help") {
    Diagnostic d;
    d.code = std::move(code);
    d.name = "the-rule";
    d.severity = sev;
    d.message = std::move(message);
    d.help = std::move(help);
    d.url = "https://example.com/rules/" + d.code;
    d.range = range;
    return d;
}

Range find_range(const Document& doc, std::string_view needle, std::size_t from = 0) {
    const auto at = doc.text.find(needle, from);
    REQUIRE(at != std::string::npos);
    return {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + needle.size())};
}

struct Sample {
    Document doc;
    std::vector<Diagnostic> diags;
    std::vector<report::FileFindings> files() const { return {{"dir/Dockerfile", &doc, diags}}; }
};

// A tab, wide characters and an emoji (2 UTF-16 units, 4 bytes) before the finding.
Sample wide_sample() {
    Sample s{parse("FROM\tnode\nRUN echo 日本😀 \"$X\" && ls\n"), {}};
    s.diags.push_back(diag("DL3006", Severity::warning, find_range(s.doc, "node")));
    s.diags.push_back(diag("SC2086", Severity::info, find_range(s.doc, "\"$X\"")));
    return s;
}

// ---------------------------------------------------------------------------
// Running the binary

fs::path cli() { return fs::path(DFLINT_CLI); }

std::string quote(std::string_view s) {
    std::string out = "'";
    for (const char c : s) {
        if (c == '\'') out += "'\\''";
        else out.push_back(c);
    }
    return out + "'";
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::string tmpl = (fs::temp_directory_path() / "dflint-cli-test-XXXXXX").string();
        REQUIRE(::mkdtemp(tmpl.data()) != nullptr);
        path = tmpl;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    fs::path write(const std::string& rel, std::string_view text) const {
        const auto p = path / rel;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }
};

struct Result {
    int status = -1;
    std::string out, err;
};

struct RunOptions {
    fs::path cwd;
    std::string stdin_text;
    std::vector<std::pair<std::string, std::string>> env;
};

// Runs dflint with a clean environment for its settings (no HADOLINT_*,
// NO_COLOR or user-level config files) in `cwd`.
Result run(const std::vector<std::string>& args, const RunOptions& o = {}) {
    TempDir io;
    const auto in = io.write("stdin", o.stdin_text);
    std::string cmd = "cd " + quote(o.cwd.empty() ? io.path.string() : o.cwd.string()) + " && env";
    for (const char* v : {"NO_COLOR", "HADOLINT_NOFAIL", "HADOLINT_VERBOSE", "HADOLINT_FORMAT", "HADOLINT_FAILURE_THRESHOLD",
                          "HADOLINT_IGNORE", "HADOLINT_OVERRIDE_ERROR", "HADOLINT_OVERRIDE_WARNING", "HADOLINT_OVERRIDE_INFO",
                          "HADOLINT_OVERRIDE_STYLE", "HADOLINT_TRUSTED_REGISTRIES", "HADOLINT_REQUIRE_LABELS",
                          "HADOLINT_STRICT_LABELS", "HADOLINT_DISABLE_IGNORE_PRAGMA", "XDG_CONFIG_HOME"})
        cmd += std::string(" -u ") + v;
    cmd += " HOME=" + quote(io.path.string());
    for (const auto& [k, v] : o.env) cmd += " " + k + "=" + quote(v);
    cmd += " " + quote(cli().string());
    for (const auto& a : args) cmd += " " + quote(a);
    cmd += " < " + quote(in.string()) + " > " + quote((io.path / "out").string()) + " 2> " + quote((io.path / "err").string());
    const int rc = std::system(cmd.c_str());
    Result r;
    r.status = WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
    r.out = test::read_file(io.path / "out");
    r.err = test::read_file(io.path / "err");
    return r;
}

std::vector<std::string> json_files(const std::string& out) {
    std::vector<std::string> files;
    const auto j = json::parse(out);
    for (const auto& d : j.at("diagnostics")) {
        const auto f = d.at("file").get<std::string>();
        if (files.empty() || files.back() != f) files.push_back(f);
    }
    return files;
}

bool have(const char* program) {
    return std::system((std::string("command -v ") + program + " > /dev/null 2>&1").c_str()) == 0;
}

}  // namespace

// ===========================================================================
// Formats

// The reports' own JSON writer must lay out and escape exactly as nlohmann's
// dump (the streamed formats are compared with whole-document dumps).
TEST_CASE("report JSON writer matches nlohmann's dump byte for byte", "[report]") {
    using report::detail::Json;
    namespace detail = report::detail;
    auto reference = [](const Json& j, int indent) { return j.dump(indent, ' ', false, nlohmann::detail::error_handler_t::replace); };
    std::mt19937 rng(20261129);
    // Strings over an alphabet rich in what needs care: quotes, backslashes,
    // control characters, DEL, valid multi-byte UTF-8 and invalid bytes.
    const std::vector<std::string> pieces = {"a", "Z", " ", "\"", "\\", "\n", "\t", "\r", "\b", "\f", std::string(1, '\0'), "\x01", "\x1f",
                                             "\x7f", "/", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x90\xb3", "\xc3", "\xe2\x82", "\xff",
                                             "\xed\xa0\x80", "\xc0\xaf", "\xf4\x90\x80\x80", "\x80"};
    auto random_string = [&] {
        std::string s;
        const int n = static_cast<int>(rng() % 40);  // long enough for the 8-byte scan
        for (int i = 0; i < n; ++i) s += pieces[rng() % pieces.size()];
        return s;
    };
    std::function<Json(int)> random_value = [&](int depth) -> Json {
        switch (rng() % (depth > 2 ? 5 : 7)) {
            case 0: return random_string();
            case 1: return static_cast<std::uint32_t>(rng());
            case 2: return -static_cast<std::int64_t>(rng() % 1000);
            case 3: return rng() % 2 == 0;
            case 4: return nullptr;
            case 5: {
                Json a = Json::array();
                for (unsigned i = rng() % 4; i > 0; --i) a.push_back(random_value(depth + 1));
                return a;
            }
            default: {
                Json o = Json::object();
                for (unsigned i = rng() % 4; i > 0; --i) o[random_string()] = random_value(depth + 1);
                return o;
            }
        }
    };
    for (int k = 0; k < 3000; ++k) {
        const Json j = random_value(0);
        INFO(reference(j, -1));
        REQUIRE(detail::dump(j, 2) == reference(j, 2));
        REQUIRE(detail::dump(j, -1) == reference(j, -1));
        // Nested at 4 spaces: every line after the first indented by 4 more.
        std::string nested = reference(j, 2), expected;
        for (const char c : nested) {
            expected.push_back(c);
            if (c == '\n') expected += "    ";
        }
        REQUIRE(detail::dump_nested(j, 4) == expected);
    }
}

TEST_CASE("format names, including hadolint's", "[report]") {
    CHECK(report::parse_format("text") == report::Format::text);
    CHECK(report::parse_format("tty") == report::Format::text);
    CHECK(report::parse_format("gitlab_codeclimate") == report::Format::gitlab);
    CHECK(report::parse_format("codeclimate") == report::Format::codeclimate);
    CHECK_FALSE(report::parse_format("codacy"));
    for (const auto& f : report::formats()) CHECK(report::parse_format(f.name) == f.format);
}

TEST_CASE("text: source line, caret under the exact range with tabs and wide characters, help, docs, summary", "[report]") {
    const auto s = wide_sample();
    const auto out = report::render_text(s.files(), {});
    CHECK(out ==
          "dir/Dockerfile:1:6: warning[DL3006]: the message\n"
          "  |\n"
          "1 | FROM    node\n"
          "  |         ^^^^\n"
          "  = help: the help\n"
          "  = docs: https://example.com/rules/DL3006\n"
          "\n"
          "dir/Dockerfile:2:14: info[SC2086]: the message\n"
          "  |\n"
          "2 | RUN echo 日本😀 \"$X\" && ls\n"
          "  |                 ^^^^\n"
          "  = help: the help\n"
          "  = docs: https://example.com/rules/SC2086\n"
          "\n"
          "2 problems (1 warning, 1 info) in 1 file\n");
    CHECK(out.find('\x1b') == std::string::npos);
    report::Options color;
    color.color = true;
    CHECK(report::render_text(s.files(), color).find("\x1b[1;33mwarning[DL3006]") != std::string::npos);
}

TEST_CASE("text: multi-line help is indented, empty and multi-line ranges", "[report]") {
    Sample s{parse("FROM alpine:3\nRUN apk add \\\n      curl \\\n      git\nCMD x"), {}};
    s.diags.push_back(diag("X1", Severity::error, {14, static_cast<std::uint32_t>(s.doc.text.find("git") + 3)}, "spans lines",
                           "first line\n  second line"));
    s.diags.push_back(diag("X2", Severity::style, {static_cast<std::uint32_t>(s.doc.text.size()), static_cast<std::uint32_t>(s.doc.text.size())},
                           "at the end", ""));
    const auto out = report::render_text(s.files(), {});
    CHECK(out.find("2 | RUN apk add \\\n"
                   "  | ^^^^^^^^^^^^^\n"
                   "3 |       curl \\\n"
                   "  |       ^^^^^^\n"
                   "4 |       git\n"
                   "  |       ^^^\n"
                   "  = help: first line\n"
                   "            second line\n") != std::string::npos);
    CHECK(out.find("5 | CMD x\n  |      ^\n") != std::string::npos);
    CHECK(out.ends_with("2 problems (1 error, 1 style) in 1 file\n"));
}

TEST_CASE("summary line", "[report]") {
    const auto s = wide_sample();
    Document clean = parse("FROM alpine:3\n");
    std::vector<report::FileFindings> files = s.files();
    files.push_back({"clean", &clean, {}});
    CHECK(report::summary_line(files) == "2 problems (1 warning, 1 info) in 1 file");
    CHECK(report::summary_line(std::span(files).subspan(1)) == "no problems (1 file checked)");
    CHECK(report::summary_line({}) == "no problems (0 files checked)");
}

TEST_CASE("json: fields, 1-based character columns, exclusive end, fix edits", "[report]") {
    auto s = wide_sample();
    Fix fix;
    fix.title = "quote it";
    fix.edits.push_back({find_range(s.doc, "\"$X\""), "\"${X}\""});
    s.diags[1].fixes.push_back(fix);
    const auto j = json::parse(report::render_json(s.files(), {}));
    CHECK(j.at("version") == 1);
    const auto& d = j.at("diagnostics");
    REQUIRE(d.size() == 2);
    CHECK(d[0].at("file") == "dir/Dockerfile");
    CHECK(d[0].at("code") == "DL3006");
    CHECK(d[0].at("name") == "the-rule");
    CHECK(d[0].at("severity") == "warning");
    CHECK(d[0].at("message") == "the message");
    CHECK(d[0].at("help") == "the help");
    CHECK(d[0].at("url") == "https://example.com/rules/DL3006");
    CHECK(d[0].at("line") == 1);
    CHECK(d[0].at("column") == 6);
    CHECK(d[0].at("endLine") == 1);
    CHECK(d[0].at("endColumn") == 10);
    CHECK_FALSE(d[0].contains("fix"));
    // "RUN echo 日本😀 " is 13 code points.
    CHECK(d[1].at("column") == 14);
    CHECK(d[1].at("endColumn") == 18);
    CHECK(d[1].at("fix").at("title") == "quote it");
    CHECK(d[1].at("fix").at("edits")[0].at("column") == 14);
    CHECK(d[1].at("fix").at("edits")[0].at("replacement") == "\"${X}\"");
    // Every key the schema (docs/dflint-report.schema.json) requires.
    const auto schema = json::parse(test::read_file(test::source_dir() / "docs/dflint-report.schema.json"));
    for (const auto& key : schema.at("$defs").at("diagnostic").at("required")) CHECK(d[1].contains(key.get<std::string>()));
}

TEST_CASE("sarif: driver, rules, regions in UTF-16, fingerprints", "[report]") {
    Sample s{parse("FROM node\nFROM node\nRUN x 😀 y\n"), {}};
    s.diags.push_back(diag("DL3006", Severity::warning, find_range(s.doc, "node")));
    s.diags.push_back(diag("DL3006", Severity::warning, find_range(s.doc, "node", 6)));
    s.diags.push_back(diag("SC2086", Severity::style, find_range(s.doc, "y")));
    report::Options o;
    o.tool_version = "9.9.9";
    const auto j = json::parse(report::render_sarif(s.files(), o));
    CHECK(j.at("version") == "2.1.0");
    CHECK(j.at("$schema") == "https://json.schemastore.org/sarif-2.1.0.json");
    const auto& run = j.at("runs")[0];
    CHECK(run.at("tool").at("driver").at("name") == "dflint");
    CHECK(run.at("tool").at("driver").at("version") == "9.9.9");
    CHECK(run.at("tool").at("driver").contains("informationUri"));
    const auto& rules = run.at("tool").at("driver").at("rules");
    REQUIRE(rules.size() == 2);
    CHECK(rules[0].at("id") == "DL3006");  // sorted by code
    CHECK(rules[0].at("name") == "UntaggedBaseImage");
    CHECK(rules[0].at("helpUri") == "https://github.com/hadolint/hadolint/wiki/DL3006");
    CHECK(rules[0].at("defaultConfiguration").at("level") == "warning");
    for (const auto* key : {"shortDescription", "fullDescription", "help"}) CHECK_FALSE(rules[0].at(key).at("text").get<std::string>().empty());
    CHECK(rules[1].at("id") == "SC2086");
    CHECK(rules[1].at("helpUri") == "https://example.com/rules/SC2086");
    const auto& results = run.at("results");
    REQUIRE(results.size() == 3);
    CHECK(results[0].at("ruleIndex") == 0);
    CHECK(results[2].at("ruleIndex") == 1);
    CHECK(results[2].at("level") == "note");
    CHECK(run.at("columnKind") == "utf16CodeUnits");
    const auto& region = results[2].at("locations")[0].at("physicalLocation").at("region");
    CHECK(region.at("startColumn") == 10);  // "RUN x " 6 + 😀 2 + " " 1 → column 10
    CHECK(region.at("endColumn") == 11);
    CHECK(results[0].at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri") == "dir/Dockerfile");
    const std::regex fp("[0-9a-f]{16}:[0-9]+");
    const auto f0 = results[0].at("partialFingerprints").at("primaryLocationLineHash").get<std::string>();
    const auto f1 = results[1].at("partialFingerprints").at("primaryLocationLineHash").get<std::string>();
    CHECK(std::regex_match(f0, fp));
    CHECK(f0.substr(0, 16) == f1.substr(0, 16));  // same code, same line text
    CHECK(f0.ends_with(":1"));
    CHECK(f1.ends_with(":2"));                     // told apart by occurrence
}

TEST_CASE("sarif: paths become URI references", "[report]") {
    Sample s{parse("FROM node\n"), {}};
    s.diags.push_back(diag("DL3006", Severity::warning, find_range(s.doc, "node")));
    std::vector<report::FileFindings> files = {{"my dir/Docker#file", &s.doc, s.diags}, {"/abs/Dockerfile", &s.doc, s.diags}};
    const auto j = json::parse(report::render_sarif(files, {}));
    const auto& r = j.at("runs")[0].at("results");
    CHECK(r[0].at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri") == "my%20dir/Docker%23file");
    CHECK(r[1].at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri") == "file:///abs/Dockerfile");
}

TEST_CASE("gitlab and codeclimate: severities, lines, unique fingerprints", "[report]") {
    Sample s{parse("FROM node\nFROM node\n"), {}};
    s.diags.push_back(diag("DL3006", Severity::warning, find_range(s.doc, "node")));
    s.diags.push_back(diag("DL3006", Severity::warning, find_range(s.doc, "node", 6)));
    s.diags.push_back(diag("DL1000", Severity::error, find_range(s.doc, "FROM")));
    const auto j = json::parse(report::render_gitlab(s.files(), {}));
    REQUIRE(j.is_array());
    REQUIRE(j.size() == 3);
    CHECK(j[0].at("check_name") == "DL3006");
    CHECK(j[0].at("description") == "the message");
    CHECK(j[0].at("severity") == "major");
    CHECK(j[2].at("severity") == "blocker");
    CHECK(j[1].at("location").at("path") == "dir/Dockerfile");
    CHECK(j[1].at("location").at("lines").at("begin") == 2);
    std::set<std::string> prints;
    for (const auto& issue : j) prints.insert(issue.at("fingerprint").get<std::string>());
    CHECK(prints.size() == 3);
    CHECK(report::render_gitlab(s.files(), {}) == report::render_gitlab(s.files(), {}));

    const auto cc = report::render_codeclimate(s.files(), {});
    CHECK(std::count(cc.begin(), cc.end(), '\0') == 3);
    const auto first = json::parse(cc.substr(0, cc.find('\0')));
    CHECK(first.at("type") == "issue");
    CHECK(first.at("location").at("positions").at("begin").at("column") == 6);
}

TEST_CASE("checkstyle and junit: XML escaping, one element per file", "[report]") {
    Sample s{parse("FROM node\n"), {}};
    s.diags.push_back(diag("DL3006", Severity::style, find_range(s.doc, "node"), "a <b> & \"c\" 'd'\x01"));
    Document clean = parse("FROM alpine:3\n");
    std::vector<report::FileFindings> files = {{"a&b/Dockerfile", &s.doc, s.diags}, {"clean", &clean, {}}};
    const auto cs = report::render_checkstyle(files, {});
    CHECK(cs.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n"));
    CHECK(cs.find("<file name=\"a&amp;b/Dockerfile\">") != std::string::npos);
    CHECK(cs.find("<error line=\"1\" column=\"6\" severity=\"info\" message=\"a &lt;b&gt; &amp; &quot;c&quot; &apos;d&apos;\xEF\xBF\xBD\" source=\"DL3006\"/>") !=
          std::string::npos);
    CHECK(cs.find("<file name=\"clean\"/>") != std::string::npos);
    const auto ju = report::render_junit(files, {});
    CHECK(ju.find("<testsuites name=\"dflint\">") != std::string::npos);
    CHECK(ju.find("<testsuite name=\"a&amp;b/Dockerfile\" tests=\"1\" failures=\"1\" errors=\"0\" skipped=\"0\">") != std::string::npos);
    CHECK(ju.find("<testsuite name=\"clean\" tests=\"1\" failures=\"0\" errors=\"0\" skipped=\"0\">") != std::string::npos);
    CHECK(ju.find("<failure type=\"style\" message=\"a &lt;b&gt;") != std::string::npos);
    CHECK(ju.find("<testcase name=\"dflint\" classname=\"clean\" file=\"clean\"/>") != std::string::npos);
}

TEST_CASE("streamed JSON reports are laid out exactly as one document would be", "[report]") {
    // The writers emit JSON piece by piece; each report must parse, and
    // re-dumping it (members in the same order) must give the same bytes.
    auto s = wide_sample();
    Document clean = parse("FROM alpine:3\n");
    Document other = parse("FROM node\nRUN x\n");
    std::vector<Diagnostic> other_diags = {diag("DL3006", Severity::warning, find_range(other, "node"), "again")};
    for (const auto format : {report::Format::json, report::Format::sarif, report::Format::gitlab, report::Format::rdjson,
                              report::Format::sonarqube}) {
        INFO(report::format_name(format));
        std::vector<report::FileFindings> none;
        std::vector<report::FileFindings> files = s.files();
        files.push_back({"clean", &clean, {}});
        files.push_back({"other", &other, other_diags});
        for (const auto* list : {&none, &files}) {
            const auto out = report::render(format, *list, {});
            const auto j = nlohmann::ordered_json::parse(out);
            CHECK(j.dump(2) + "\n" == out);
        }
        // Written file by file: the same bytes as render().
        const auto writer = report::make_writer(format);
        std::string streamed;
        writer->begin(streamed);
        for (const auto& f : files) writer->add(streamed, f);
        writer->end(streamed);
        CHECK(streamed == report::render(format, files, {}));
    }
}

TEST_CASE("gnu: GNU ranges", "[report]") {
    Sample s{parse("FROM node\nRUN a \\\n  b\n"), {}};
    s.diags.push_back(diag("DL3006", Severity::warning, find_range(s.doc, "node"), "multi\nline"));
    s.diags.push_back(diag("X", Severity::error, {10, static_cast<std::uint32_t>(s.doc.text.size())}));
    s.diags.push_back(diag("Y", Severity::info, {4, 4}));
    CHECK(report::render_gnu(s.files(), {}) ==
          "dir/Dockerfile:1.6-9: warning: multi line [DL3006]\n"
          "dir/Dockerfile:2.1-3.3: error: the message [X]\n"
          "dir/Dockerfile:1.5: info: the message [Y]\n");
}

TEST_CASE("github: workflow commands with escaping", "[report]") {
    Sample s{parse("FROM node\n"), {}};
    s.diags.push_back(diag("DL3006", Severity::info, find_range(s.doc, "node"), "100% bad, really: yes\nsecond", ""));
    std::vector<report::FileFindings> files = {{"a,b:c/Dockerfile", &s.doc, s.diags}};
    CHECK(report::render_github(files, {}) ==
          "::notice file=a%2Cb%3Ac/Dockerfile,line=1,col=6,endColumn=10,endLine=1,title=DL3006 the-rule::100%25 bad, really: "
          "yes%0Asecond%0Adocs: https://example.com/rules/DL3006\n");
}

TEST_CASE("rdjson: byte columns, suggestions", "[report]") {
    auto s = wide_sample();
    Fix fix;
    fix.title = "quote";
    fix.edits.push_back({find_range(s.doc, "\"$X\""), "\"${X}\""});
    s.diags[1].fixes.push_back(fix);
    const auto j = json::parse(report::render_rdjson(s.files(), {}));
    CHECK(j.at("source").at("name") == "dflint");
    const auto& d = j.at("diagnostics");
    REQUIRE(d.size() == 2);
    CHECK(d[0].at("severity") == "WARNING");
    CHECK(d[1].at("severity") == "INFO");
    CHECK(d[1].at("code").at("value") == "SC2086");
    // "RUN echo 日本😀 " is 9 + 6 + 4 + 1 = 20 bytes.
    CHECK(d[1].at("location").at("range").at("start").at("column") == 21);
    CHECK(d[1].at("location").at("range").at("end").at("column") == 25);
    CHECK(d[1].at("suggestions")[0].at("text") == "\"${X}\"");
    CHECK(d[1].at("suggestions")[0].at("range").at("start").at("column") == 21);
}

TEST_CASE("sonarqube: rules and issues, 0-based UTF-16 columns, no empty column range", "[report]") {
    auto s = wide_sample();
    s.diags.push_back(diag("X", Severity::error, {0, 0}));
    const auto j = json::parse(report::render_sonarqube(s.files(), {}));
    const auto& rules = j.at("rules");
    REQUIRE(rules.size() == 3);
    for (const auto& r : rules)
        for (const auto* key : {"id", "name", "description", "engineId", "cleanCodeAttribute", "impacts"}) CHECK(r.contains(key));
    const auto& issues = j.at("issues");
    REQUIRE(issues.size() == 3);
    const auto& r1 = issues[1].at("primaryLocation").at("textRange");
    CHECK(r1.at("startColumn") == 14);  // "RUN echo 日本😀 " = 14 UTF-16 units
    CHECK(r1.at("endColumn") == 18);
    CHECK(issues[1].at("primaryLocation").at("filePath") == "dir/Dockerfile");
    CHECK_FALSE(issues[2].at("primaryLocation").at("textRange").contains("startColumn"));
}

TEST_CASE("every format: no files, and a file without findings", "[report]") {
    Document clean = parse("FROM alpine:3\n");
    const std::vector<report::FileFindings> one = {{"Dockerfile", &clean, {}}};
    for (const auto& f : report::formats()) {
        INFO(f.name);
        const auto a = report::render(f.format, {}, {});
        const auto b = report::render(f.format, one, {});
        if (f.format == report::Format::json || f.format == report::Format::sarif || f.format == report::Format::gitlab ||
            f.format == report::Format::rdjson || f.format == report::Format::sonarqube) {
            CHECK_NOTHROW(json::parse(a));
            CHECK_NOTHROW(json::parse(b));
        }
    }
}

// ===========================================================================
// The command

TEST_CASE("cli: exit codes", "[cli]") {
    TempDir t;
    t.write("clean/Dockerfile", "FROM alpine:3.20\nCMD [\"true\"]\n");
    t.write("warn/Dockerfile", "FROM alpine\nCMD [\"true\"]\n");
    t.write("syntax/Dockerfile", "FROM alpine:3.20\nCOPY --form=x a b\n");
    const RunOptions in{t.path, {}, {}};
    // Only DL3006 and DL1000 run (--select in the config), so other rules cannot change the statuses.
    t.write(".dflint.yaml", "select: [DL3006, DL1000]\n");
    fs::create_directories(t.path / ".git");
    CHECK(run({"clean/Dockerfile"}, in).status == 0);
    const auto warn = run({"warn/Dockerfile"}, in);
    CHECK(warn.status == 1);
    CHECK(warn.out.find("warn/Dockerfile:1:6: warning[DL3006]") != std::string::npos);
    CHECK(run({"-t", "error", "warn/Dockerfile"}, in).status == 0);
    CHECK(run({"--failure-threshold=warning", "warn/Dockerfile"}, in).status == 1);
    CHECK(run({"-t", "none", "warn/Dockerfile"}, in).status == 0);
    CHECK(run({"--no-fail", "warn/Dockerfile"}, in).status == 0);
    CHECK(run({"-f", "codeclimate", "warn/Dockerfile"}, in).status == 0);  // as hadolint
    // A syntax error fails whatever its severity and the threshold.
    CHECK(run({"--style", "DL1000", "-t", "error", "syntax/Dockerfile"}, in).status == 1);
    const auto missing = run({"clean/Dockerfile", "nope/Dockerfile"}, in);
    CHECK(missing.status == 2);
    CHECK(missing.err.find("nope/Dockerfile: No such file or directory") != std::string::npos);
    CHECK(missing.out.find("no problems (1 file checked)") != std::string::npos);
    const auto usage = run({"--formt", "json", "clean/Dockerfile"}, in);
    CHECK(usage.status == 2);
    CHECK(usage.err.find("did you mean '--format'?") != std::string::npos);
    CHECK(run({"-f", "xml", "clean/Dockerfile"}, in).status == 2);
    CHECK(run({}, in).status == 2);
    CHECK(run({"-o", "a", "-o", "b", "clean/Dockerfile"}, in).status == 2);
    const auto unwritable = run({"-o", "no/such/dir/report.txt", "clean/Dockerfile"}, in);
    CHECK(unwritable.status == 2);
    CHECK(unwritable.err.find("no/such/dir/report.txt") != std::string::npos);
}

TEST_CASE("cli: settings precedence: defaults < environment < config file < command line", "[cli]") {
    TempDir t;
    t.write("Dockerfile", "FROM alpine\nCMD [\"true\"]\n");
    fs::create_directories(t.path / ".git");
    // Only DL3006 runs, so that other rules cannot change the statuses.
    auto lint = [&](std::vector<std::string> args, std::vector<std::pair<std::string, std::string>> env = {}) {
        args.insert(args.begin(), {"--select", "DL3006"});
        return run(args, {t.path, {}, std::move(env)});
    };
    // The environment alone.
    CHECK(lint({"Dockerfile"}).status == 1);
    CHECK(lint({"Dockerfile"}, {{"HADOLINT_FAILURE_THRESHOLD", "error"}}).status == 0);
    // A config file beats the environment.
    t.write(".hadolint.yaml", "failure-threshold: warning\n");
    CHECK(lint({"Dockerfile"}, {{"HADOLINT_FAILURE_THRESHOLD", "error"}}).status == 1);
    // The command line beats both.
    CHECK(lint({"-t", "error", "Dockerfile"}).status == 0);
    // Lists concatenate: the environment's ignore list still applies with a config file.
    CHECK(lint({"Dockerfile"}, {{"HADOLINT_IGNORE", "DL3006"}}).status == 0);
    t.write(".hadolint.yaml", "ignored: [DL3006]\n");
    CHECK(json::parse(lint({"-f", "json", "--warning", "DL3006", "Dockerfile"}).out).at("diagnostics").empty());
    // --no-config and -c.
    CHECK(lint({"--no-config", "Dockerfile"}).status == 1);
    t.write("other.yaml", "ignored: [DL3006]\n");
    fs::remove(t.path / ".hadolint.yaml");
    CHECK(lint({"Dockerfile"}).status == 1);
    CHECK(lint({"-c", "other.yaml", "Dockerfile"}).status == 0);
    // Found from the first file's folder upwards, up to the repository root.
    t.write("sub/deeper/Dockerfile", "FROM alpine\n");
    t.write(".dflint.yaml", "ignored: [DL3006]\n");
    CHECK(lint({"sub/deeper/Dockerfile"}).status == 0);
    CHECK(lint({"-V", "sub/deeper/Dockerfile"}).err.find(".dflint.yaml") != std::string::npos);
    // Formats from the config file, replaced by the command line's.
    t.write(".dflint.yaml", "format: gnu\n");
    CHECK(lint({"Dockerfile"}).out.starts_with("Dockerfile:1.6-11: warning:"));
    CHECK(lint({"-f", "json", "Dockerfile"}).out.starts_with("{"));
    CHECK(lint({"Dockerfile"}, {{"HADOLINT_FORMAT", "json"}}).out.starts_with("Dockerfile:1.6-11:"));
    fs::remove(t.path / ".dflint.yaml");
    CHECK(lint({"Dockerfile"}, {{"HADOLINT_FORMAT", "json"}}).out.starts_with("{"));
}

TEST_CASE("cli: a malformed config file exits 2 with file:line:col", "[cli]") {
    TempDir t;
    t.write("Dockerfile", "FROM alpine:3.20\n");
    t.write(".hadolint.yaml", "ignored:\n  - DL3006\nfailure-treshold: error\n");
    const auto r = run({"Dockerfile"}, {t.path, {}, {}});
    CHECK(r.status == 2);
    CHECK(r.err.find(".hadolint.yaml:3:1: unknown setting 'failure-treshold'") != std::string::npos);
    CHECK(r.out.empty());
    const auto env = run({"Dockerfile"}, {t.path, {}, {{"HADOLINT_FAILURE_THRESHOLD", "bad"}}});
    CHECK(env.status == 2);
    CHECK(run({"-c", "missing.yaml", "Dockerfile"}, {t.path, {}, {}}).status == 2);
}

TEST_CASE("cli: formats and outputs pair up; hadolint's names", "[cli]") {
    TempDir t;
    t.write("Dockerfile", "FROM alpine\n");
    const RunOptions in{t.path, {}, {}};
    const auto r = run({"--select", "DL3006", "-f", "json", "-o", "report.json", "-f", "gnu", "Dockerfile"}, in);
    CHECK(r.status == 1);
    CHECK(r.out.starts_with("Dockerfile:1.6-11: warning: `FROM alpine` has no tag"));
    CHECK(r.out.ends_with(" [DL3006]\n"));
    CHECK(json::parse(test::read_file(t.path / "report.json")).at("diagnostics").size() == 1);
    CHECK(run({"--select", "DL3006", "-f", "text", "-o", "-", "-f", "json", "-o", "r2.json", "Dockerfile"}, in).out.find("warning[DL3006]") !=
          std::string::npos);
    CHECK(run({"-f", "tty", "Dockerfile"}, in).out.find("warning[DL3006]") != std::string::npos);
    CHECK(json::parse(run({"-f", "gitlab_codeclimate", "Dockerfile"}, in).out).is_array());
    CHECK(run({"--format=sarif", "Dockerfile"}, in).out.find("\"2.1.0\"") != std::string::npos);
    CHECK(run({"-fcheckstyle", "Dockerfile"}, in).out.find("<checkstyle") != std::string::npos);
}

TEST_CASE("cli: standard input, --stdin-filename, --file-path-in-report", "[cli]") {
    TempDir t;
    RunOptions in{t.path, "FROM alpine\n", {}};
    fs::create_directories(t.path / ".git");
    t.write(".dflint.yaml", "select: [DL3006]\n");
    CHECK(run({"-f", "gnu", "-"}, in).out.starts_with("-:1.6-11:"));
    CHECK(run({"-f", "gnu", "--stdin-filename", "svc/Dockerfile", "-"}, in).out.starts_with("svc/Dockerfile:1.6-11:"));
    CHECK(run({"-f", "gnu", "--file-path-in-report", "x/Dockerfile", "-"}, in).out.starts_with("x/Dockerfile:1.6-11:"));
    // The config file is found from the stdin file name's folder.
    t.write("svc/.dflint.yaml", "ignored: [DL3006]\n");
    CHECK(run({"--stdin-filename", "svc/Dockerfile", "-"}, in).status == 0);
}

TEST_CASE("cli: folders are searched for Dockerfiles; ignored folders skipped", "[cli]") {
    TempDir t;
    const std::string bad = "FROM alpine\n";
    for (const char* f : {"Dockerfile", "api.Dockerfile", "b/Dockerfile.dev", "b/c/x.dockerfile", "Containerfile",
                          "skip/Dockerfile", "node_modules/p/Dockerfile", ".git/Dockerfile", "vendor/Dockerfile",
                          "Dockerfile.dockerignore", "Dockerfile~", "README.md", "b/ignored.Dockerfile", "b/keep/Dockerfile",
                          ".devcontainer/Dockerfile"})
        t.write(f, bad);
    t.write(".gitignore", "skip/\n# comment\n*.dockerignore\n");
    t.write("b/.dflintignore", "ignored.Dockerfile\n");
    const auto r = run({"-f", "json", "."}, {t.path, {}, {}});
    CHECK(r.status == 1);
    CHECK(json_files(r.out) == std::vector<std::string>{".devcontainer/Dockerfile", "Containerfile", "Dockerfile", "api.Dockerfile",
                                                        "b/Dockerfile.dev", "b/c/x.dockerfile", "b/keep/Dockerfile"});
    // A folder and a file inside it: linted once. An explicit file is linted even when ignored.
    const auto r2 = run({"-f", "json", "b", "b/Dockerfile.dev", "skip/Dockerfile"}, {t.path, {}, {}});
    CHECK(json_files(r2.out) == std::vector<std::string>{"b/Dockerfile.dev", "b/c/x.dockerfile", "b/keep/Dockerfile", "skip/Dockerfile"});
    t.write("empty/README", "");
    const auto none = run({"empty"}, {t.path, {}, {}});
    CHECK(none.status == 0);
    CHECK(none.err.find("no Dockerfile found in empty") != std::string::npos);
}

TEST_CASE("cli: parallel linting gives the same output in the same order", "[cli]") {
    TempDir t;
    // More files than the workers may run ahead of the report (8 per thread).
    for (int i = 0; i < 150; ++i)
        t.write(fmt::format("d{:03}/Dockerfile", i), fmt::format("FROM alpine{}\nRUN cd /tmp && echo {}\nCMD a\nCMD b\n", i % 3 ? ":3" : "", i));
    const auto serial = run({"-j", "1", "-f", "json", "."}, {t.path, {}, {}});
    const auto parallel = run({"-j", "4", "-f", "json", "."}, {t.path, {}, {}});
    const auto automatic = run({"-f", "json", "."}, {t.path, {}, {}});
    CHECK(serial.status == 1);
    CHECK(json_files(serial.out).size() == 150);
    CHECK(serial.out == parallel.out);
    CHECK(serial.out == automatic.out);
    // Several reports at once, streamed side by side, each as when written alone.
    const auto both = run({"-j", "3", "-f", "sarif", "-o", "r.sarif", "-f", "gnu", "-o", "r.txt", "."}, {t.path, {}, {}});
    CHECK(both.status == 1);
    CHECK(test::read_file(t.path / "r.txt") == run({"-j", "1", "-f", "gnu", "."}, {t.path, {}, {}}).out);
    CHECK(test::read_file(t.path / "r.sarif") == run({"-j", "1", "-f", "sarif", "."}, {t.path, {}, {}}).out);
    // A file that cannot be read in the middle: reported, the others still are.
    const auto missing = run({"-j", "2", "-f", "gnu", "d000/Dockerfile", "nope/Dockerfile", "d001/Dockerfile"}, {t.path, {}, {}});
    CHECK(missing.status == 2);
    CHECK(missing.err.find("nope/Dockerfile") != std::string::npos);
    CHECK(missing.out.find("d000/Dockerfile:") != std::string::npos);
    CHECK(missing.out.find("d001/Dockerfile:") != std::string::npos);
}

TEST_CASE("cli: --pin and pin-tags name the tag the DL3006/DL3007 fixes write", "[cli]") {
    TempDir t;
    t.write("Dockerfile", "FROM python\nFROM node:latest AS web\nRUN echo hi\n");
    // Without a tag named there is nothing to write, and the help says how.
    const auto plain = run({"--no-shellcheck", "--diff", "--unsafe-fixes", "Dockerfile"}, {t.path, {}, {}});
    CHECK(plain.out.empty());
    const auto help = run({"--no-shellcheck", "-f", "json", "Dockerfile"}, {t.path, {}, {}});
    CHECK(help.out.find("--pin python=<tag>") != std::string::npos);
    // --pin: an unsafe fix, so --fix alone leaves the file alone.
    CHECK(run({"--no-shellcheck", "--pin", "python=3.12", "--diff", "--fix", "Dockerfile"}, {t.path, {}, {}}).out.empty());
    const auto pinned = run({"--no-shellcheck", "--pin", "python=3.12", "--pin", "docker.io/library/node=22-alpine", "--diff",
                             "--unsafe-fixes", "Dockerfile"},
                            {t.path, {}, {}});
    CHECK(pinned.status == 1);
    CHECK(pinned.out.find("+FROM python:3.12\n") != std::string::npos);
    CHECK(pinned.out.find("+FROM node:22-alpine AS web\n") != std::string::npos);
    // The same from the config file; the command line wins for the same image.
    t.write(".dflint.yaml", "pin-tags:\n  python: \"3.11\"\n");
    const auto config = run({"--no-shellcheck", "--diff", "--unsafe-fixes", "Dockerfile"}, {t.path, {}, {}});
    CHECK(config.out.find("+FROM python:3.11\n") != std::string::npos);
    const auto both = run({"--no-shellcheck", "--pin", "library/python=3.13", "--diff", "--unsafe-fixes", "Dockerfile"}, {t.path, {}, {}});
    CHECK(both.out.find("+FROM python:3.13\n") != std::string::npos);
    CHECK(both.out.find("3.11") == std::string::npos);
    // A bad value is a usage error.
    CHECK(run({"--pin", "python", "Dockerfile"}, {t.path, {}, {}}).status == 2);
}

TEST_CASE("cli: fmt splits && chains unless told not to", "[cli]") {
    TempDir t;
    const std::string src = "from alpine:3\nrun apk add curl && echo \"a && b\" && ls\n";
    t.write("Dockerfile", src);
    const auto check = run({"fmt", "--check", "Dockerfile"}, {t.path, {}, {}});
    CHECK(check.status == 1);
    const auto diff = run({"fmt", "--diff", "Dockerfile"}, {t.path, {}, {}});
    CHECK(diff.out.find("+RUN apk add curl \\\n+    && echo \"a && b\" \\\n+    && ls\n") != std::string::npos);
    const auto flat = run({"fmt", "--no-split-chains", "--diff", "Dockerfile"}, {t.path, {}, {}});
    CHECK(flat.out.find("+RUN apk add curl && echo \"a && b\" && ls\n") != std::string::npos);
    t.write(".dflint.yaml", "fmt:\n  split-chains: false\n  indent: 2\n");
    CHECK(run({"fmt", "--diff", "Dockerfile"}, {t.path, {}, {}}).out == flat.out);
    CHECK(test::read_file(t.path / "Dockerfile") == src);  // --check and --diff never write
    CHECK(run({"fmt", "Dockerfile"}, {t.path, {}, {}}).status == 0);
    CHECK(test::read_file(t.path / "Dockerfile") == "FROM alpine:3\nRUN apk add curl && echo \"a && b\" && ls\n");
}

TEST_CASE("cli: colours only when asked or on a terminal", "[cli]") {
    TempDir t;
    t.write("Dockerfile", "FROM alpine\n");
    const RunOptions in{t.path, {}, {}};
    CHECK(run({"Dockerfile"}, in).out.find('\x1b') == std::string::npos);  // not a terminal
    CHECK(run({"--color", "always", "Dockerfile"}, in).out.find('\x1b') != std::string::npos);
    CHECK(run({"--color", "always", "--no-color", "Dockerfile"}, in).out.find('\x1b') == std::string::npos);
    CHECK(run({"--color", "always", "-f", "json", "Dockerfile"}, in).out.find('\x1b') == std::string::npos);
}

TEST_CASE("cli: rule selection and severity overrides", "[cli]") {
    TempDir t;
    t.write("Dockerfile", "FROM alpine\nCMD a\nCMD b\n");
    const RunOptions in{t.path, {}, {}};
    auto codes = [&](std::vector<std::string> args) {
        args.insert(args.begin(), {"-f", "json"});
        args.push_back("Dockerfile");
        std::set<std::string> out;
        const auto j = json::parse(run(args, in).out);
        for (const auto& d : j.at("diagnostics")) out.insert(d.at("code").get<std::string>());
        return out;
    };
    CHECK(codes({"--select", "DL4003"}) == std::set<std::string>{"DL4003"});
    CHECK(codes({"--select", "DL3006,DL4003", "--ignore", "DL4003"}) == std::set<std::string>{"DL3006"});
    const auto j = json::parse(run({"-f", "json", "--style", "DL3006", "--error", "DL3006", "--select", "DL3006", "Dockerfile"}, in).out);
    CHECK(j.at("diagnostics")[0].at("severity") == "error");  // the most severe wins
}

TEST_CASE("cli: information commands", "[cli]") {
    const auto v = run({"--version"});
    CHECK(v.status == 0);
    CHECK(v.out == fmt::format("dflint {}\n", dflint::version()));
    CHECK(run({"-v"}).out == v.out);
    const auto h = run({"--help"});
    CHECK(h.status == 0);
    for (const char* s : {"Usage:", "Examples:", "--format", "--failure-threshold", "--trusted-registry", "Exit status:", "sarif"})
        CHECK(h.out.find(s) != std::string::npos);
    const auto rules = run({"--list-rules"});
    CHECK(rules.out.find("DL3006") != std::string::npos);
    const auto explain = run({"--explain", "DL3006"});
    CHECK(explain.status == 0);
    CHECK(explain.out.find("## What it does") != std::string::npos);
    CHECK(run({"--explain", "NOPE1"}).status == 2);
}

TEST_CASE("cli: dump is unchanged", "[cli]") {
    TempDir t;
    const std::string text = "# syntax=docker/dockerfile:1\nFROM alpine:3 AS base\nRUN echo \\\n  hi\nCOPY [\"a\", \"b\"]\n";
    t.write("Dockerfile", text);
    const RunOptions in{t.path, text, {}};
    const auto b = run({"dump", "Dockerfile"}, in);
    CHECK(b.status == 0);
    CHECK(b.out == dump_buildkit(parse(text)));
    CHECK(run({"dump", "-"}, in).out == b.out);
    const auto j = run({"dump", "--format", "json", "Dockerfile"}, in);
    CHECK(j.out == dump_json(parse(text)));
    CHECK(run({"dump", "--format", "xml", "Dockerfile"}, in).status == 2);
}

TEST_CASE("cli: the generated man page and completions are current", "[cli][generated]") {
    const auto src = test::source_dir();
    const std::pair<std::vector<std::string>, fs::path> generated[] = {
        {{"--generate-man"}, src / "docs/dflint.1"},
        {{"--generate-completions", "bash"}, src / "tools/completions/dflint.bash"},
        {{"--generate-completions", "zsh"}, src / "tools/completions/_dflint"},
        {{"--generate-completions", "fish"}, src / "tools/completions/dflint.fish"},
    };
    for (const auto& [args, file] : generated) {
        INFO(file.string() << " is stale: regenerate with `cmake --build <build dir> --target update-cli-docs`");
        const auto r = run(args);
        CHECK(r.status == 0);
        CHECK(r.out == test::read_file(file));
    }
}

TEST_CASE("cli: the completion scripts work", "[cli][generated]") {
    const auto src = test::source_dir();
    const auto bin_dir = cli().parent_path().string();
    const auto bash = "bash -c " + quote("PATH=" + bin_dir + ":$PATH; source " + (src / "tools/completions/dflint.bash").string() +
                                         "; COMP_WORDS=(dflint --ignore DL300); COMP_CWORD=2; _dflint; echo \"${COMPREPLY[*]}\"") +
                      " | grep -q DL3006";
    CHECK(std::system(bash.c_str()) == 0);
    const auto bash2 = "bash -c " + quote("source " + (src / "tools/completions/dflint.bash").string() +
                                          "; COMP_WORDS=(dflint -f ''); COMP_CWORD=2; _dflint; echo \"${COMPREPLY[*]}\"") +
                       " | grep -q 'sarif'";
    CHECK(std::system(bash2.c_str()) == 0);
    if (have("zsh")) CHECK(std::system(("zsh -n " + quote((src / "tools/completions/_dflint").string())).c_str()) == 0);
    else WARN("SKIP: zsh not installed");
    if (have("fish")) {
        CHECK(std::system(("fish -n " + quote((src / "tools/completions/dflint.fish").string())).c_str()) == 0);
        const auto fish = "fish -c " + quote("set PATH " + bin_dir + " $PATH; source " + (src / "tools/completions/dflint.fish").string() +
                                             "; complete -C'dflint --form'") +
                          " | grep -q -- --format";
        CHECK(std::system(fish.c_str()) == 0);
    } else {
        WARN("SKIP: fish not installed");
    }
}

TEST_CASE("cli: every option and format is documented", "[cli][docs]") {
    const auto src = test::source_dir();
    const auto cli_md = test::read_file(src / "docs/cli.md");
    const auto formats_md = test::read_file(src / "docs/formats.md");
    const auto help = run({"--help"}).out;
    const std::regex opt(R"((^|[ ,])(--[a-z][a-z-]+))");
    std::set<std::string> options;
    for (auto it = std::sregex_iterator(help.begin(), help.end(), opt); it != std::sregex_iterator(); ++it) options.insert((*it)[2]);
    CHECK(options.size() > 20);
    for (const auto& o : options) {
        INFO(o << " is not in docs/cli.md");
        CHECK(cli_md.find("`" + o) != std::string::npos);
    }
    for (const auto& f : report::formats()) {
        INFO("docs/formats.md has no section `## " << f.name << "`");
        CHECK(formats_md.find("\n## `" + std::string(f.name) + "`") != std::string::npos);
    }
}

TEST_CASE("cli: the project's own Dockerfile is clean at warning level", "[cli][dogfood]") {
    const auto src = test::source_dir();
    const auto r = run({"-t", "warning", "Dockerfile"}, {src, {}, {}});
    INFO(r.out << r.err);
    CHECK(r.status == 0);
}

TEST_CASE("integrations: .pre-commit-hooks.yaml and action.yml", "[cli][integrations]") {
    const auto src = test::source_dir();
    if (std::system("python3 -c 'import yaml' > /dev/null 2>&1") != 0) {
        WARN("SKIP: python3 with PyYAML not available");
        return;
    }
    const std::string check = R"PY(
import sys, yaml
hooks = yaml.safe_load(open(sys.argv[1] + "/.pre-commit-hooks.yaml"))
ids = {h["id"]: h for h in hooks}
assert ids["dflint"]["types"] == ["dockerfile"], ids
for h in hooks:
    for key in ("id", "name", "entry", "language"):
        assert h.get(key), (h, key)
action = yaml.safe_load(open(sys.argv[1] + "/action.yml"))
assert action["runs"]["using"] == "composite"
for name in ("dockerfile", "config", "format", "output-file", "failure-threshold", "no-fail", "ignore"):
    assert name in action["inputs"], name
)PY";
    TempDir t;
    t.write("check.py", check);
    CHECK(std::system(("python3 " + quote((t.path / "check.py").string()) + " " + quote(src.string())).c_str()) == 0);
}

TEST_CASE("json: reports of the rule fixtures match docs/dflint-report.schema.json", "[cli][docs]") {
    if (std::system("python3 -c 'import jsonschema' > /dev/null 2>&1") != 0) {
        WARN("SKIP: python3 with jsonschema not available");
        return;
    }
    const auto src = test::source_dir();
    TempDir t;
    std::vector<std::string> args = {"--no-config", "-f", "json", "-o", (t.path / "report.json").string()};
    for (const auto& e : fs::directory_iterator(src / "tests/rules"))
        if (e.path().extension() == ".Dockerfile") args.push_back(e.path().string());
    run(args, {src, {}, {}});
    const auto report = json::parse(test::read_file(t.path / "report.json"));
    CHECK(report.at("diagnostics").size() > 10);
    t.write("check.py", R"PY(
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
jsonschema.Draft202012Validator.check_schema(schema)
jsonschema.Draft202012Validator(schema).validate(json.load(open(sys.argv[2])))
)PY");
    const auto cmd = "python3 " + quote((t.path / "check.py").string()) + " " + quote((src / "docs/dflint-report.schema.json").string()) + " " +
                     quote((t.path / "report.json").string());
    CHECK(std::system(cmd.c_str()) == 0);
}
