// Every real Dockerfile of the shared corpus parses without a crash or hang,
// and the few parser errors are listed (each one a real BuildKit error).
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "dflint/parse.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using namespace dflint;

TEST_CASE("every corpus file parses", "[corpus]") {
    DFLINT_REQUIRE_SHARED();
    const auto corpus = test::shared_dir() / "corpus";
    std::ifstream manifest(corpus / "manifest.jsonl");
    REQUIRE(manifest);
    std::string line;
    std::size_t files = 0, bytes = 0, with_parser_errors = 0, instructions = 0;
    std::vector<std::string> errors;
    while (std::getline(manifest, line)) {
        if (line.empty()) continue;
        const auto entry = nlohmann::json::parse(line);
        const auto path = corpus / entry.at("file").get<std::string>();
        auto text = test::read_file(path);
        bytes += text.size();
        const auto doc = parse(std::move(text));
        ++files;
        instructions += doc.instructions.size();
        // Basic well-formedness of ranges: every instruction range is inside the text.
        for (const auto& ins : doc.instructions) {
            REQUIRE(ins.range.begin <= ins.range.end);
            REQUIRE(ins.range.end <= doc.text.size());
            REQUIRE(ins.start_line <= ins.end_line);
            // SourceMap::append_from maps every byte of the instruction's
            // arguments where a lookup per byte does (the model relies on it).
            const auto& map = ins.original_map;
            const std::uint32_t begin = ins.rest_offset, length = static_cast<std::uint32_t>(ins.rest.text.size());
            SourceMap fast, slow;
            fast.append_from(map, begin, length);
            for (std::uint32_t k = 0; k < length; ++k) slow.append(1, map.to_source(begin + k));
            REQUIRE(fast.size() == slow.size());
            for (std::uint32_t k = 0; k <= length; ++k) REQUIRE(fast.to_source(k) == slow.to_source(k));
            REQUIRE(fast.segments().size() <= slow.segments().size());
        }
        if (doc.has_parser_error()) {
            ++with_parser_errors;
            for (const auto& i : doc.issues)
                if (i.kind == ParseIssueKind::parser_error) {
                    const auto pos = doc.lines.position(i.range.begin);
                    errors.push_back(entry.at("file").get<std::string>() + ":" + std::to_string(pos.line) + ": " + i.message);
                }
        }
    }
    std::string listing;
    for (const auto& e : errors) listing += "  " + e + "\n";
    WARN("corpus: " << files << " files, " << bytes << " bytes, " << instructions << " instructions, "
                    << with_parser_errors << " with BuildKit parser errors:\n" << listing);
    REQUIRE(files == 2864);
    // Real Dockerfiles that build: parser errors must stay rare.
    CHECK(with_parser_errors <= 10);
}
