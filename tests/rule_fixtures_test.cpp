// Rule fixtures: tests/rules/<CODE>[.<n>].Dockerfile with inline expectations
//
//   # expect: DL3006 @-1:6-10 has no tag
//
// = a DL3006 finding starting one line above, at column 6 (Unicode
// characters, 1-based), ending at column 10 (exclusive, same line), whose
// message contains "has no tag". The runner fails on missing findings and on
// unexpected findings of any code the file expects (plus the file's own code).
// A `# fixture-config: {json}` line sets hadolint-style config keys.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <regex>
#include <set>

#include "config_util.hpp"
#include "dflint/lint.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using namespace dflint;

namespace {

struct Expectation {
    std::string code;
    std::uint32_t line = 0;
    std::uint32_t column = 0;
    std::uint32_t end_column = 0;  // 0: unchecked
    std::string message;
    std::uint32_t written_at = 0;
};

std::vector<fs::path> fixtures() {
    std::vector<fs::path> out;
    for (const auto& e : fs::directory_iterator(test::source_dir() / "tests/rules"))
        if (e.path().extension() == ".Dockerfile") out.push_back(e.path());
    std::sort(out.begin(), out.end());
    return out;
}

}  // namespace

TEST_CASE("rule fixtures", "[rules]") {
    static const std::regex expect_re(R"(#\s*expect:\s*(\S+)\s+@([+-]?\d+):(\d+)(?:-(\d+))?\s*(.*)$)");
    static const std::regex config_re(R"(#\s*fixture-config:\s*(.*)$)");
    const auto files = fixtures();
    REQUIRE_FALSE(files.empty());
    std::set<std::string> covered;
    for (const auto& path : files) {
        const std::string text = test::read_file(path);
        const std::string code = path.filename().string().substr(0, path.filename().string().find('.'));
        covered.insert(code);
        INFO("fixture " << path.filename().string());
        std::vector<Expectation> expects;
        Config config;
        config.shellcheck = code.rfind("SC", 0) == 0;
        config.deduplicate = false;  // each fixture sees its rule's own findings
        std::set<std::string> codes{code};
        std::istringstream in(text);
        std::string line;
        std::uint32_t n = 0;
        while (std::getline(in, line)) {
            ++n;
            std::smatch m;
            if (std::regex_search(line, m, expect_re)) {
                Expectation e;
                e.code = m[1];
                e.line = static_cast<std::uint32_t>(static_cast<int>(n) + std::stoi(m[2]));
                e.column = static_cast<std::uint32_t>(std::stoul(m[3]));
                if (m[4].matched) e.end_column = static_cast<std::uint32_t>(std::stoul(m[4]));
                e.message = m[5];
                while (!e.message.empty() && e.message.back() == ' ') e.message.pop_back();
                e.written_at = n;
                codes.insert(e.code);
                expects.push_back(e);
            } else if (std::regex_search(line, m, config_re)) {
                test::apply_hadolint_config(nlohmann::json::parse(m[1].str()), config);
            }
        }
        // Off-by-default rules are tested as if enabled.
        if (const auto* r = find_rule(code); r && r->severity == Severity::ignore) config.overrides[code] = Severity::info;
        const auto result = lint(text, config);
        std::vector<bool> matched(expects.size(), false);
        for (const auto& d : result.diagnostics) {
            if (!codes.count(d.code)) continue;
            const auto s = result.doc.lines.char_position(d.range.begin);
            const auto e = result.doc.lines.char_position(d.range.end);
            bool found = false;
            for (std::size_t i = 0; i < expects.size(); ++i) {
                const auto& x = expects[i];
                if (matched[i] || x.code != d.code || x.line != s.line || x.column != s.column) continue;
                if (x.end_column && (e.line != s.line || e.column != x.end_column)) continue;
                if (!x.message.empty() && d.message.find(x.message) == std::string::npos) continue;
                matched[i] = true;
                found = true;
                break;
            }
            if (!found) FAIL_CHECK("unexpected " << d.code << " at " << s.line << ":" << s.column << "-" << e.line << ":" << e.column << ": " << d.message);
        }
        for (std::size_t i = 0; i < expects.size(); ++i)
            if (!matched[i])
                FAIL_CHECK("missing " << expects[i].code << " at " << expects[i].line << ":" << expects[i].column << (expects[i].end_column ? "-" + std::to_string(expects[i].end_column) : std::string()) << " '" << expects[i].message << "' (expectation on line " << expects[i].written_at << ")");
    }
    // Every rule has a fixture.
    std::vector<std::string> without;
    for (const auto& r : rule_catalog())
        if (!covered.count(std::string(r.code))) without.push_back(std::string(r.code));
    std::string list;
    for (const auto& c : without) list += c + " ";
    INFO("rules without a fixture: " << list);
    CHECK(without.empty());
}
