// Lints every corpus file (no crash, no hang) and compares, per file, which
// DL codes fire with what hadolint 2.15.1 reported on the same file
// (../shared/conformance/hadolint/corpus-findings.jsonl). Agreement is
// printed per code; it is information for rule authors, not a pass mark
// (dflint parses files hadolint cannot, and points at exact tokens).
// DFLINT_CORPUS_RULE=DL3008 lists the files where that code disagrees.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cstdlib>
#include <map>
#include <set>

#include "dflint/lint.hpp"
#include "test_util.hpp"

using namespace dflint;

TEST_CASE("corpus lints and compares with hadolint", "[corpus]") {
    DFLINT_REQUIRE_SHARED();
    const auto shared = test::shared_dir();
    std::ifstream in(shared / "conformance/hadolint/corpus-findings.jsonl");
    REQUIRE(in);
    const char* only = std::getenv("DFLINT_CORPUS_RULE");
    struct Counts {
        int both = 0, only_hadolint = 0, only_dflint = 0;
    };
    std::map<std::string, Counts> per_code;
    std::vector<std::string> listing;
    std::string line;
    std::size_t files = 0, hadolint_parse_failures = 0;
    Config config;
    config.shellcheck = false;
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        const auto entry = nlohmann::json::parse(line);
        const std::string file = entry.at("file");
        const auto result = lint(test::read_file(shared / "corpus" / file), config);
        ++files;
        // (code, line) sets; hadolint reports the instruction's first line.
        std::set<std::pair<std::string, std::uint32_t>> ours, theirs;
        bool hadolint_failed = false;
        for (const auto& f : entry.at("findings")) {
            const std::string code = f.at("code");
            if (code == "DL1000") hadolint_failed = true;
            if (code.rfind("DL", 0) == 0) theirs.insert({code, f.at("line").get<std::uint32_t>()});
        }
        if (hadolint_failed) {
            ++hadolint_parse_failures;
            continue;
        }
        for (const auto& d : result.diagnostics) {
            if (d.code.rfind("DL", 0) != 0) continue;
            // Map to the start line of the owning instruction, as hadolint does.
            std::uint32_t l = result.doc.lines.line_of(d.range.begin);
            for (const auto& ins : result.doc.instructions)
                if (ins.range.begin <= d.range.begin && d.range.begin <= ins.range.end) l = ins.start_line;
            ours.insert({d.code, l});
        }
        // Per code and file: compare the lines (a rule that flags another
        // instruction for the same problem still counts as a disagreement).
        std::set<std::string> codes;
        for (const auto& [c, l] : ours) codes.insert(c);
        for (const auto& [c, l] : theirs) codes.insert(c);
        for (const auto& c : codes) {
            auto& k = per_code[c];
            int o = 0, t = 0, b = 0;
            for (const auto& [cc, l] : ours)
                if (cc == c) {
                    ++o;
                    b += theirs.count({cc, l}) ? 1 : 0;
                }
            for (const auto& [cc, l] : theirs)
                if (cc == c) ++t;
            k.both += b;
            k.only_dflint += o - b;
            k.only_hadolint += t - b;
            if (only && c == only && (o != b || t != b)) {
                std::string ol, tl;
                for (const auto& [cc, l] : ours)
                    if (cc == c) ol += std::to_string(l) + " ";
                for (const auto& [cc, l] : theirs)
                    if (cc == c) tl += std::to_string(l) + " ";
                listing.push_back(file + ": dflint lines [" + ol + "] hadolint lines [" + tl + "]");
            }
        }
    }
    std::string table;
    int both = 0, oh = 0, od = 0;
    for (const auto& [code, k] : per_code) {
        table += "  " + code + ": both " + std::to_string(k.both) + ", only hadolint " + std::to_string(k.only_hadolint) + ", only dflint " + std::to_string(k.only_dflint) + "\n";
        both += k.both;
        oh += k.only_hadolint;
        od += k.only_dflint;
    }
    std::string list;
    for (const auto& l : listing) list += "  " + l + "\n";
    WARN("corpus: " << files << " files (" << hadolint_parse_failures << " hadolint could not parse, skipped); findings on the same line: " << both
                    << ", only hadolint: " << oh << ", only dflint: " << od << "\n" << table << list);
    REQUIRE(files == 2864);
}
