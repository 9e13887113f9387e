// The C API (bindings/c/include/dflint.h) from inside the build: findings,
// positions in characters, fixes, errors as statuses, JSON outputs.
#include <dflint.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <nlohmann/json.hpp>
#include <string>

namespace {

std::string take(char* s, std::size_t len) {
    std::string out(s, len);
    dflint_string_free(s);
    return out;
}

}  // namespace

TEST_CASE("C API: lint reports findings with character columns and byte offsets") {
    const std::string text = "FROM node\nRUN echo \"h\xc3\xa9llo\" && cd /tmp\n";
    dflint_result* r = nullptr;
    REQUIRE(dflint_lint(text.data(), text.size(), "x/Dockerfile", 12, nullptr, 0, &r) == DFLINT_OK);
    REQUIRE(r != nullptr);
    CHECK(std::string(dflint_result_path(r)) == "x/Dockerfile");
    bool saw_tag = false, saw_cd = false;
    for (std::size_t i = 0; i < dflint_result_count(r); ++i) {
        const auto* d = dflint_result_get(r, i);
        const std::string code = dflint_diagnostic_code(d);
        const auto s = dflint_diagnostic_span(d);
        if (code == "DL3006") {
            saw_tag = true;
            CHECK(s.line == 1);
            CHECK(s.column == 6);
            CHECK(s.end_column == 10);
            CHECK(text.substr(s.start_offset, s.end_offset - s.start_offset) == "node");
            CHECK(std::string(dflint_diagnostic_name(d)) == "untagged-base-image");
            CHECK(dflint_diagnostic_severity(d) == DFLINT_SEVERITY_WARNING);
            CHECK(std::strlen(dflint_diagnostic_message(d)) > 0);
            CHECK(std::string(dflint_diagnostic_url(d)).rfind("http", 0) == 0);
        }
        if (code == "DL3003") {
            saw_cd = true;
            // The column counts "é" once; the offset counts its two bytes.
            const auto line_start = text.find("RUN");
            CHECK(s.line == 2);
            CHECK(s.start_offset - line_start + 1 == s.column + 1);
        }
    }
    CHECK(saw_tag);
    CHECK(saw_cd);
    CHECK(dflint_result_get(r, dflint_result_count(r)) == nullptr);
    dflint_result_free(r);
}

TEST_CASE("C API: configuration as YAML text") {
    const std::string text = "FROM node\n";
    const std::string yaml = "ignored: [DL3006]\n";
    dflint_result* r = nullptr;
    REQUIRE(dflint_lint(text.data(), text.size(), nullptr, 0, yaml.data(), yaml.size(), &r) == DFLINT_OK);
    for (std::size_t i = 0; i < dflint_result_count(r); ++i) CHECK(std::string(dflint_diagnostic_code(dflint_result_get(r, i))) != "DL3006");
    CHECK(std::string(dflint_result_path(r)) == "Dockerfile");
    dflint_result_free(r);

    const std::string bad = "no-such-key: 1\n";
    r = reinterpret_cast<dflint_result*>(1);
    CHECK(dflint_lint(text.data(), text.size(), nullptr, 0, bad.data(), bad.size(), &r) == DFLINT_ERROR_CONFIG);
    CHECK(r == nullptr);
    CHECK(std::strlen(dflint_last_error()) > 0);
}

TEST_CASE("C API: fixes carry edits") {
    const std::string text = "FROM alpine:3.19\nRUN apk add curl\n";
    dflint_result* r = nullptr;
    REQUIRE(dflint_lint(text.data(), text.size(), nullptr, 0, nullptr, 0, &r) == DFLINT_OK);
    bool saw_fix = false;
    for (std::size_t i = 0; i < dflint_result_count(r); ++i) {
        const auto* d = dflint_result_get(r, i);
        for (std::size_t f = 0; f < dflint_diagnostic_fix_count(d); ++f) {
            saw_fix = true;
            CHECK(dflint_diagnostic_fix_title(d, f) != nullptr);
            REQUIRE(dflint_diagnostic_fix_edit_count(d, f) > 0);
            dflint_span span{};
            std::size_t len = 99;
            const char* rep = dflint_diagnostic_fix_edit(d, f, 0, &span, &len);
            REQUIRE(rep != nullptr);
            CHECK(std::strlen(rep) == len);
            CHECK(span.start_offset <= span.end_offset);
            CHECK(span.end_offset <= text.size());
            CHECK(span.line >= 1);
            CHECK(dflint_diagnostic_fix_edit(d, f, 99, &span, &len) == nullptr);
        }
        CHECK(dflint_diagnostic_fix_title(d, 99) == nullptr);
    }
    CHECK(saw_fix);
    dflint_result_free(r);
}

TEST_CASE("C API: invalid arguments are statuses, NULL frees are no-ops") {
    CHECK(dflint_lint(nullptr, 0, nullptr, 0, nullptr, 0, nullptr) == DFLINT_ERROR_INVALID_ARGUMENT);
    dflint_result* r = nullptr;
    CHECK(dflint_lint(nullptr, 5, nullptr, 0, nullptr, 0, &r) == DFLINT_ERROR_INVALID_ARGUMENT);
    CHECK(dflint_lint(nullptr, 0, nullptr, 0, nullptr, 0, &r) == DFLINT_OK);  // empty text
    dflint_result_free(r);
    dflint_result_free(nullptr);
    dflint_string_free(nullptr);
    CHECK(dflint_result_count(nullptr) == 0);
    CHECK(dflint_parse_json("x", 1, nullptr, nullptr) == DFLINT_ERROR_INVALID_ARGUMENT);
    CHECK(std::string(dflint_status_string(DFLINT_ERROR_IO)) == "I/O error");
    CHECK(std::string(dflint_severity_name(DFLINT_SEVERITY_STYLE)) == "style");
    CHECK(std::string(dflint_version()).size() > 0);
}

TEST_CASE("C API: parse, rules and cache simulation as JSON") {
    const std::string text = "FROM alpine:3.19\nCOPY a.txt /a\nRUN true\n";
    char* out = nullptr;
    std::size_t len = 0;
    REQUIRE(dflint_parse_json(text.data(), text.size(), &out, &len) == DFLINT_OK);
    const auto ast = nlohmann::json::parse(take(out, len));
    CHECK(ast.at("instructions").size() == 3);

    REQUIRE(dflint_rules_json(&out, &len) == DFLINT_OK);
    const auto rules = nlohmann::json::parse(take(out, len));
    CHECK(rules.size() > 50);

    auto snap = [&](const char* hash) {
        return nlohmann::json{{"version", 1},
                              {"dockerfile", {{"path", "Dockerfile"}, {"text", text}}},
                              {"ignore", {{"path", ""}, {"text", ""}}},
                              {"buildArgs", nlohmann::json::object()},
                              {"target", ""},
                              {"files", {{"a.txt", "file", 420, 1, hash, 0}}}}
            .dump();
    };
    const auto before = snap("1"), after = snap("2");
    REQUIRE(dflint_simulate_snapshots(before.data(), before.size(), after.data(), after.size(), &out, &len) == DFLINT_OK);
    const auto plan = nlohmann::json::parse(take(out, len));
    CHECK(plan.at("steps").at(0).at("status") == "hit");
    CHECK(plan.at("steps").at(1).at("status") == "miss");
    CHECK(plan.at("summary").at("miss") == 2);

    CHECK(dflint_simulate_snapshots("{", 1, after.data(), after.size(), &out, &len) == DFLINT_ERROR_PARSE);
    CHECK(out == nullptr);
    const char* changed[] = {"a.txt"};
    CHECK(dflint_simulate_context("/nonexistent/dflint-context", nullptr, changed, 1, &out, &len) == DFLINT_ERROR_IO);
    CHECK(std::strlen(dflint_last_error()) > 0);
}
