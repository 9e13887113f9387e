// Fixes: every fixable rule's fixture (tests/fixes/<CODE>.Dockerfile) fixed
// with safe fixes gives <CODE>.fixed and with unsafe ones <CODE>.unsafe.fixed
// (with the settings of <CODE>.dflint.yaml when there is one); fixing is
// idempotent, never touches files with syntax errors, keeps CRLF; every corpus
// file fixed in memory (unsafe) still parses.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>

#include "dflint/config.hpp"
#include "dflint/fix.hpp"
#include "dflint/parse.hpp"
#include "dflint/report.hpp"
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
        Config config = only(code);
        if (const auto yaml = dir / (code + ".dflint.yaml"); fs::exists(yaml)) {
            ConfigError err;
            INFO(err.to_string());
            REQUIRE(apply_config_file(yaml.string(), config, err));
        }
        check_fixture(e.path(), safe, config, false);
        if (fs::exists(unsafe)) check_fixture(e.path(), unsafe, config, true);
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

namespace {

const Diagnostic* find_code(const LintResult& r, std::string_view code) {
    for (const auto& d : r.diagnostics)
        if (d.code == code) return &d;
    return nullptr;
}

}  // namespace

TEST_CASE("DL3006/DL3007: without a named tag the help teaches --pin and there is no fix", "[fix][pin]") {
    const auto r = lint("FROM node:latest\nFROM python\n", only("DL300"));
    const Diagnostic* d7 = find_code(r, "DL3007");
    const Diagnostic* d6 = find_code(r, "DL3006");
    REQUIRE(d7);
    REQUIRE(d6);
    CHECK(d7->fixes.empty());
    CHECK(d6->fixes.empty());
    CHECK(d7->help.find("--pin node=<tag>") != std::string::npos);
    CHECK(d7->help.find("pin-tags:") != std::string::npos);
    CHECK(d7->help.find("--unsafe-fixes") != std::string::npos);
    CHECK(d6->help.find("--pin python=<tag>") != std::string::npos);
    CHECK(d6->help.find("pin-tags:") != std::string::npos);
}

TEST_CASE("DL3006/DL3007: pins match the image in any spelling; the fix is unsafe and exact", "[fix][pin]") {
    for (const std::string name : {"node", "library/node", "docker.io/library/node", "docker.io/node", "index.docker.io/library/node"}) {
        INFO(name);
        Config c = only("DL300");
        c.pin_tags[name] = "20.11-alpine";
        const std::string text = "FROM --platform=linux/arm64 docker.io/library/node:latest AS web\nFROM library/node AS api\n";
        const auto r = lint(text, c);
        const Diagnostic* d7 = find_code(r, "DL3007");
        const Diagnostic* d6 = find_code(r, "DL3006");
        REQUIRE(d7);
        REQUIRE(d6);
        REQUIRE(d7->fixes.size() == 1);
        REQUIRE(d6->fixes.size() == 1);
        CHECK(d7->fixes[0].safety == FixSafety::unsafe);
        CHECK(d6->fixes[0].safety == FixSafety::unsafe);
        CHECK(d7->help.find("FROM docker.io/library/node:20.11-alpine") != std::string::npos);
        // Safe fixes only: nothing changes.
        CHECK(!fix_text(text, c, {}).changed);
        const auto f = fix_text(text, c, {true});
        CHECK(f.text == "FROM --platform=linux/arm64 docker.io/library/node:20.11-alpine AS web\nFROM library/node:20.11-alpine AS api\n");
    }
    // Another image is not pinned by it.
    Config c = only("DL300");
    c.pin_tags["nodejs"] = "20";
    c.pin_tags["ghcr.io/library/node"] = "20";
    const auto r = lint("FROM node:latest\nFROM node\n", c);
    for (const auto& d : r.diagnostics) CHECK(d.fixes.empty());
}

TEST_CASE("DL3006/DL3007 pins: CRLF kept, digest-pinned and variable images not fixed", "[fix][pin]") {
    Config c = only("DL300");
    c.pin_tags["node"] = "20";
    const auto crlf = fix_text("FROM node\r\nRUN true\r\nFROM node:latest AS b\r\n", c, {true});
    CHECK(crlf.text == "FROM node:20\r\nRUN true\r\nFROM node:20 AS b\r\n");
    const std::string untouched = "ARG V=latest\nFROM node:$V\nFROM node:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n";
    CHECK(!fix_text(untouched, c, {true}).changed);
}

TEST_CASE("DL3007 pin: the JSON and SARIF reports carry the edit", "[fix][pin][report]") {
    Config c = only("DL3007");
    c.pin_tags["node"] = "20.11-alpine";
    const auto r = lint("FROM node:latest AS app\n", c);
    REQUIRE(r.diagnostics.size() == 1);
    const report::FileFindings file{"Dockerfile", &r.doc, r.diagnostics};
    const auto json = nlohmann::json::parse(report::render(report::Format::json, {&file, 1}));
    INFO(json.dump(2));
    const nlohmann::json* found = nullptr;
    std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& j) {
        if (found) return;
        if (j.is_object() && j.contains("fix")) found = &j["fix"];
        else if (j.is_object() || j.is_array())
            for (const auto& v : j) walk(v);
    };
    walk(json);
    REQUIRE(found);
    CHECK((*found)["safety"] == "unsafe");
    REQUIRE((*found)["edits"].size() == 1);
    CHECK((*found)["edits"][0]["replacement"] == "20.11-alpine");
    CHECK((*found)["edits"][0]["line"] == 1);  // the tag: columns 11-17
    CHECK((*found)["edits"][0]["column"] == 11);
    CHECK((*found)["edits"][0]["endColumn"] == 17);
    const std::string sarif = report::render(report::Format::sarif, {&file, 1});
    CHECK(sarif.find("\"insertedContent\"") != std::string::npos);
    CHECK(sarif.find("20.11-alpine") != std::string::npos);
}

TEST_CASE("pin-tags in .dflint.yaml: valid entries and errors", "[fix][pin][config]") {
    Config c;
    ConfigError e;
    REQUIRE(apply_config_yaml("pin-tags:\n  node: \"20.11-alpine\"\n  python: 3.12\n  ghcr.io/acme/tool: v1\n", "x.yaml", c, e));
    CHECK(c.pin_tags.at("node") == "20.11-alpine");
    CHECK(c.pin_tags.at("python") == "3.12");
    CHECK(c.pin_tags.at("ghcr.io/acme/tool") == "v1");
    for (const std::string bad : {"pin-tags:\n  node:20: x\n", "pin-tags:\n  node: latest\n", "pin-tags:\n  node: \"-x\"\n",
                                  "pin-tags:\n  Node: \"20\"\n", "pin-tags: [node]\n", "pin-tags:\n  node: \"20\"\n  library/node: \"18\"\n"}) {
        INFO(bad);
        Config d;
        ConfigError err;
        CHECK(!apply_config_yaml(bad, "x.yaml", d, err));
        CHECK(err.message.find("pin-tags") != std::string::npos);
    }
    CHECK(normalize_image_name("node") == "docker.io/library/node");
    CHECK(normalize_image_name("docker.io/library/node") == "docker.io/library/node");
    CHECK(normalize_image_name("bitnami/redis") == "docker.io/bitnami/redis");
    CHECK(normalize_image_name("GHCR.io/acme/app") == "ghcr.io/acme/app");
    CHECK(normalize_image_name("node:20").empty());
    CHECK(check_pin("node", "20.11-alpine").empty());
    CHECK(!check_pin("node", "").empty());
    CHECK(!check_pin("node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "20").empty());
}
