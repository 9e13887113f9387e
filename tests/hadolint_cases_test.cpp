// hadolint's own spec as data (../shared/conformance/hadolint/cases.jsonl):
// for each case, does dflint report the rule (and how often) as hadolint's
// tests expect? Reports the agreement and requires at least 98%.
// Set DFLINT_CASES_RULE=DL3008 to list every disagreement of one rule.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <map>

#include "config_util.hpp"
#include "dflint/lint.hpp"
#include "test_util.hpp"

using namespace dflint;

namespace {

// Deliberate differences, each documented in docs/hadolint-differences.md.
bool known_difference(const nlohmann::json& c) {
    (void)c;
    return false;
}

}  // namespace

TEST_CASE("hadolint spec cases agree", "[hadolint]") {
    DFLINT_REQUIRE_SHARED();
    std::ifstream in(test::shared_dir() / "conformance/hadolint/cases.jsonl");
    REQUIRE(in);
    const char* only = std::getenv("DFLINT_CASES_RULE");
    std::string line;
    std::size_t total = 0, agree = 0, documented = 0;
    std::map<std::string, std::pair<int, int>> per_rule;  // rule → (agree, total)
    std::vector<std::string> disagreements;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto c = nlohmann::json::parse(line);
        const std::string rule = c.at("rule");
        const bool shellcheck = rule.rfind("SC", 0) == 0;
        Config config;
        config.shellcheck = shellcheck;
        if (c.contains("config")) test::apply_hadolint_config(c["config"], config);
        config.overrides["DL1001"] = Severity::info;
        config.overrides["DL3057"] = Severity::info;
        const auto result = lint(c.at("dockerfile").get<std::string>(), config);
        int count = 0;
        for (const auto& d : result.diagnostics) {
            if (rule == "ALL") count += (d.code.rfind("DL", 0) == 0 && d.code != "DL1000") || d.code.rfind("SC", 0) == 0;
            else if (shellcheck) count += d.code.rfind("SC", 0) == 0;
            else count += d.code == rule;
        }
        const bool expect_fail = c.at("expect") == "fail";
        bool ok = expect_fail ? count > 0 : count == 0;
        if (ok && expect_fail && c.contains("count") && !shellcheck) ok = count == c["count"].get<int>();
        ++total;
        auto& pr = per_rule[rule];
        ++pr.second;
        if (ok) {
            ++agree;
            ++pr.first;
        } else if (known_difference(c)) {
            ++documented;
        } else if (!only || rule == only) {
            disagreements.push_back(rule + " expect " + c.at("expect").get<std::string>() + (c.contains("count") ? "(" + std::to_string(c["count"].get<int>()) + ")" : "") + " got " + std::to_string(count) + " [" + c.at("test").get<std::string>() + "]: " + nlohmann::json(c.at("dockerfile")).dump());
        }
    }
    std::string rules_below;
    for (const auto& [rule, pr] : per_rule)
        if (pr.first != pr.second) rules_below += rule + " " + std::to_string(pr.first) + "/" + std::to_string(pr.second) + ", ";
    std::string listing;
    for (std::size_t i = 0; i < disagreements.size() && (only || i < 60); ++i) listing += "  " + disagreements[i] + "\n";
    const double pct = total ? 100.0 * double(agree + documented) / double(total) : 0;
    WARN("hadolint cases: " << agree << " agree, " << documented << " documented differences, of " << total << " (" << pct << "%)\n"
                            << "rules with disagreements: " << rules_below << "\n" << listing);
    REQUIRE(total == 1050);
    CHECK(pct >= 98.0);
}
