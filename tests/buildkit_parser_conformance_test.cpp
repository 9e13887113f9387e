// BuildKit's own parser tests: every `result` must be byte-identical to our
// dump, every negative case must fail, and the line-number case must match.
#include <catch2/catch.hpp>

#include "dflint/parse.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using namespace dflint;

TEST_CASE("buildkit parser testfiles dump byte-identically", "[conformance]") {
    DFLINT_REQUIRE_SHARED();
    const auto dir = test::shared_dir() / "conformance/buildkit-parser/testfiles";
    std::vector<fs::path> cases;
    for (const auto& e : fs::directory_iterator(dir)) cases.push_back(e.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() == 33);
    int passed = 0;
    for (const auto& c : cases) {
        INFO("case " << c.filename().string());
        const auto doc = parse(test::read_file(c / "Dockerfile"));
        CHECK_FALSE(doc.has_parser_error());
        const auto expected = test::read_file(c / "result");
        const auto got = dump_buildkit(doc);
        CHECK(got == expected);
        if (got == expected && !doc.has_parser_error()) ++passed;
    }
    WARN("buildkit-parser: " << passed << "/" << cases.size() << " results identical");
    REQUIRE(passed == 33);
}

TEST_CASE("buildkit parser negative cases are rejected", "[conformance]") {
    DFLINT_REQUIRE_SHARED();
    const auto dir = test::shared_dir() / "conformance/buildkit-parser/testfiles-negative";
    struct Expect {
        const char* name;
        const char* message;
    };
    const Expect expects[] = {
        {"empty_dockerfile", "file with no instructions"},
        {"only_comments", "file with no instructions"},
        {"env_no_value", "ENV must have two arguments"},
        {"shykes-nested-json", "when using JSON array syntax, arrays must be comprised of strings only"},
    };
    for (const auto& e : expects) {
        INFO("case " << e.name);
        const auto doc = parse(test::read_file(dir / e.name / "Dockerfile"));
        REQUIRE(doc.has_parser_error());
        bool found = false;
        for (const auto& i : doc.issues) found |= i.message == e.message;
        CHECK(found);
    }
}

TEST_CASE("buildkit parser line numbers", "[conformance]") {
    DFLINT_REQUIRE_SHARED();
    const auto doc = parse(test::read_file(test::shared_dir() / "conformance/buildkit-parser/testfile-line/Dockerfile"));
    REQUIRE_FALSE(doc.has_parser_error());
    REQUIRE(doc.instructions.size() == 3);
    CHECK(doc.instructions[0].start_line == 5);
    CHECK(doc.instructions[0].end_line == 5);
    CHECK(doc.instructions[1].start_line == 11);
    CHECK(doc.instructions[1].end_line == 12);
    CHECK(doc.instructions[2].start_line == 17);
    CHECK(doc.instructions[2].end_line == 31);
    REQUIRE(doc.directives.size() == 1);
    CHECK(doc.directives[0].name == "escape");
}
