// `dflint fmt`: the canonical layout, idempotence, comments and heredocs kept
// byte for byte, and dump_buildkit unchanged for every corpus file.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "dflint/format.hpp"
#include "dflint/parse.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using namespace dflint;

TEST_CASE("format: keywords, spacing, JSON arrays, continuation indent", "[format]") {
    const std::string in =
        "# a comment   \n"
        "from   alpine:3.20 as build\n"
        "copy --chown=1:1 a \\\n"
        "  b \\\n"
        "        /dst/\n"
        "cmd [\"sh\",\"-c\",   \"echo hi\"]\n"
        "run <<EOF\n"
        "  keep   this\n"
        "EOF\n";
    const auto r = format_text(in);
    REQUIRE(r.refused.empty());
    CHECK(r.text ==
          "# a comment   \n"
          "FROM alpine:3.20 as build\n"
          "COPY --chown=1:1 a \\\n"
          "    b \\\n"
          "    /dst/\n"
          "CMD [\"sh\", \"-c\", \"echo hi\"]\n"
          "RUN <<EOF\n"
          "  keep   this\n"
          "EOF\n");
    CHECK(!format_text(r.text).changed);
    CHECK(dump_buildkit(parse(r.text)) == dump_buildkit(parse(in)));
    FormatOptions two;
    two.indent = 2;
    CHECK(format_text(in, two).text.find("COPY --chown=1:1 a \\\n  b \\\n  /dst/\n") != std::string::npos);
}

TEST_CASE("format: RUN text whose white space BuildKit keeps is left as it is", "[format]") {
    const std::string in = "FROM alpine\nrun echo \"a \\\n  b\" && \\\n  true\n";
    const auto r = format_text(in);
    CHECK(r.text.starts_with("FROM alpine\nRUN echo"));
    CHECK(dump_buildkit(parse(r.text)) == dump_buildkit(parse(in)));
}

TEST_CASE("format: files with syntax errors are left alone", "[format]") {
    const std::string in = "from alpine\nrun --bogus=1 true\n";
    const auto r = format_text(in);
    CHECK(r.text == in);
    CHECK(!r.changed);
}

TEST_CASE("format: every corpus file keeps its BuildKit dump, comments and heredocs; idempotent", "[format][corpus]") {
    const auto corpus = test::shared_dir() / "corpus";
    if (!fs::exists(corpus / "manifest.jsonl")) {
        WARN("SKIP: " << corpus.string() << " not found (../shared/corpus)");
        return;
    }
    std::ifstream manifest(corpus / "manifest.jsonl");
    std::string line;
    std::size_t files = 0, changed = 0;
    while (std::getline(manifest, line)) {
        if (line.empty()) continue;
        const auto entry = nlohmann::json::parse(line);
        const std::string file = entry.at("file").get<std::string>();
        const std::string text = test::read_file(corpus / file);
        const Document before = parse(text);
        const auto r = format_text(text);
        INFO(file);
        ++files;
        if (before.has_errors()) {
            CHECK(r.text == text);
            continue;
        }
        if (!r.changed) continue;
        ++changed;
        const Document after = parse(r.text);
        CHECK(!after.has_errors());
        CHECK(dump_buildkit(after) == dump_buildkit(before));
        REQUIRE(after.comments.size() == before.comments.size());
        for (std::size_t i = 0; i < before.comments.size(); ++i)
            CHECK(after.slice(after.comments[i].range) == before.slice(before.comments[i].range));
        CHECK(!format_text(r.text).changed);  // idempotent
    }
    WARN("format corpus: " << files << " files, " << changed << " reformatted");
}
