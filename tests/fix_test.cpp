// Fixes: every fixable rule's fixture (tests/fixes/<CODE>.Dockerfile) fixed
// with safe fixes gives <CODE>.fixed and with unsafe ones <CODE>.unsafe.fixed;
// fixing is idempotent, never touches files with syntax errors, keeps CRLF;
// every corpus file fixed in memory (unsafe) still parses.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "dflint/fix.hpp"
#include "dflint/parse.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using namespace dflint;

namespace {

Config only(const std::string& code) {
    Config c;
    c.shellcheck = false;
    c.select = {code};
    return c;
}

void check_fixture(const fs::path& input, const fs::path& expected, const Config& config, bool unsafe) {
    INFO(input.filename().string() << (unsafe ? " (unsafe)" : " (safe)"));
    const std::string text = test::read_file(input);
    FixOptions fo;
    fo.unsafe = unsafe;
    const FixOutcome r = fix_text(text, config, fo);
    REQUIRE(r.refused.empty());
    CHECK(r.text == test::read_file(expected));
    // Idempotent: fixing the result changes nothing.
    const FixOutcome again = fix_text(r.text, config, fo);
    CHECK(again.refused.empty());
    CHECK(!again.changed);
    CHECK(again.text == r.text);
    // And the result parses cleanly.
    CHECK(!parse(r.text).has_errors());
}

}  // namespace

TEST_CASE("every fixable rule has a fixture and it fixes as expected", "[fix]") {
    const auto dir = test::source_dir() / "tests" / "fixes";
    std::size_t n = 0;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (e.path().extension() != ".Dockerfile") continue;
        const std::string code = e.path().stem().string();
        const auto safe = dir / (code + ".fixed");
        const auto unsafe = dir / (code + ".unsafe.fixed");
        REQUIRE(fs::exists(safe));
        check_fixture(e.path(), safe, only(code), false);
        if (fs::exists(unsafe)) check_fixture(e.path(), unsafe, only(code), true);
        ++n;
    }
    CHECK(n >= 10);
    // Every rule marked fixable has a fixture.
    for (const auto& r : rule_catalog()) {
        if (!r.fixable) continue;
        INFO(r.code);
        CHECK(fs::exists(dir / (std::string(r.code) + ".Dockerfile")));
    }
}

TEST_CASE("conflicting fixes: earlier/longer wins, the other waits for the next round", "[fix]") {
    Fix a{"a", FixSafety::safe, {Edit{Range{0, 4}, "AAAA"}}};
    Fix b{"b", FixSafety::safe, {Edit{Range{2, 3}, "x"}}};
    Fix c{"c", FixSafety::safe, {Edit{Range{5, 5}, "+"}}};
    Fix d{"d", FixSafety::safe, {Edit{Range{5, 5}, "-"}}};
    std::size_t applied = 0;
    CHECK(apply_fixes("abcd efg", {&b, &a, &c, &d}, &applied) == "AAAA +efg");
    CHECK(applied == 2);
}

TEST_CASE("a file with syntax errors is never changed", "[fix]") {
    // ConsistentInstructionCasing would fix `run`, but the unterminated JSON/heredoc
    // and the bad flag make the file invalid.
    const std::string bad = "FROM alpine:3.20\nrun --bogus-flag=1 echo hi\nMAINTAINER me\n";
    const auto r = fix_text(bad, {}, {true});
    CHECK(!r.changed);
    CHECK(r.text == bad);
    CHECK(!r.refused.empty());
    const std::string bad2 = "FROM alpine:3.20\nRUN <<EOF\necho\n";  // unterminated heredoc
    if (parse(bad2).has_errors()) {
        const auto r2 = fix_text(bad2, {}, {true});
        CHECK(r2.text == bad2);
    }
}

TEST_CASE("CRLF stays CRLF", "[fix]") {
    const std::string in = "FROM node:20\r\nMAINTAINER Jane\r\nCOPY . src/\r\nCMD node server.js\r\n";
    Config c;
    c.shellcheck = false;
    const auto r = fix_text(in, c, {true});
    REQUIRE(r.changed);
    CHECK(r.text == "FROM node:20\r\nLABEL maintainer=\"Jane\"\r\nWORKDIR /app\r\nCOPY . src/\r\nCMD [\"node\", \"server.js\"]\r\n");
    for (std::size_t i = 0; i < r.text.size(); ++i)
        if (r.text[i] == '\n') CHECK((i > 0 && r.text[i - 1] == '\r'));
}

TEST_CASE("the escape directive is kept", "[fix]") {
    const std::string in = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 as build\nRUN dir `\n    C:\\\n";
    Config c;
    c.shellcheck = false;
    const auto r = fix_text(in, c, {});
    CHECK(r.text.starts_with("# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS build\nRUN dir `\n    C:\\\n"));
    CHECK(parse(r.text).escape == '`');
}

TEST_CASE("unified diff", "[fix]") {
    CHECK(unified_diff("a\nb\n", "a\nb\n", "x", "y").empty());
    CHECK(unified_diff("a\nb\nc\n", "a\nB\nc\n", "a/f", "b/f") == "--- a/f\n+++ b/f\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n");
    CHECK(unified_diff("a\n", "a\nb\n", "a/f", "b/f") == "--- a/f\n+++ b/f\n@@ -1,1 +1,2 @@\n a\n+b\n");
    CHECK(unified_diff("a", "b", "a/f", "b/f") ==
          "--- a/f\n+++ b/f\n@@ -1,1 +1,1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of file\n");
}

TEST_CASE("every corpus file fixed in memory with unsafe fixes still parses", "[fix][corpus]") {
    const auto corpus = test::shared_dir() / "corpus";
    if (!fs::exists(corpus / "manifest.jsonl")) {
        WARN("SKIP: " << corpus.string() << " not found (../shared/corpus)");
        return;
    }
    std::ifstream manifest(corpus / "manifest.jsonl");
    std::string line;
    std::size_t files = 0, changed = 0, refused = 0;
    Config c;
    c.shellcheck = false;
    FixOptions fo;
    fo.unsafe = true;
    while (std::getline(manifest, line)) {
        if (line.empty()) continue;
        const auto entry = nlohmann::json::parse(line);
        const std::string file = entry.at("file").get<std::string>();
        const std::string text = test::read_file(corpus / file);
        const bool had_parser_error = parse(text).has_parser_error();
        const auto r = fix_text(text, c, fo);  // in memory only: ../shared is never written
        INFO(file << ": " << r.refused);
        ++files;
        if (r.changed) ++changed;
        if (!r.refused.empty()) ++refused;
        if (had_parser_error) {
            CHECK(r.text == text);
            continue;
        }
        CHECK(!parse(r.text).has_parser_error());
        // Refusals other than "the input has errors" mean a fix broke the file.
        if (!r.refused.empty()) CHECK(r.refused.find("syntax errors") != std::string::npos);
    }
    WARN("fix corpus: " << files << " files, " << changed << " changed, " << refused << " refused");
}
