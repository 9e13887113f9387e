// `dflint fmt`: the canonical layout, && chains split one command per line,
// idempotence, comments and heredocs kept byte for byte; for every corpus file
// dump_buildkit unchanged except for blanks inside shell-form command text
// (and byte for byte with split_chains off), and the same shell tokens.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <cctype>

#include "dflint/format.hpp"
#include "dflint/parse.hpp"
#include "dflint/shell_script.hpp"
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
    FormatOptions keep;
    keep.split_chains = false;
    const auto r = format_text(in, keep);
    CHECK(r.text == "FROM alpine\nRUN echo \"a \\\n  b\" && \\\n  true\n");
    CHECK(dump_buildkit(parse(r.text)) == dump_buildkit(parse(in)));
    // Split (the default): the quoted continuation stays as written.
    CHECK(format_text(in).text == "FROM alpine\nRUN echo \"a \\\n  b\" \\\n    && true\n");
}

TEST_CASE("format: && chains of shell-form RUN, one command per line", "[format][split]") {
    const std::string in =
        "FROM debian:12\n"
        "RUN apt-get update && \\\n"
        "    apt-get install -y --no-install-recommends \\\n"
        "        curl \\\n"
        "        git && rm -rf /var/lib/apt/lists/*\n"
        "RUN --mount=type=cache,target=/root/.npm npm ci&&npm run build\n"
        "RUN cd /src && make && make install\n";
    const std::string want =
        "FROM debian:12\n"
        "RUN apt-get update \\\n"
        "    && apt-get install -y --no-install-recommends \\\n"
        "        curl \\\n"
        "        git \\\n"
        "    && rm -rf /var/lib/apt/lists/*\n"
        "RUN --mount=type=cache,target=/root/.npm npm ci&&npm run build\n"  // no blanks around &&: left alone
        "RUN cd /src \\\n"
        "    && make \\\n"
        "    && make install\n";
    const auto r = format_text(in);
    REQUIRE(r.refused.empty());
    CHECK(r.text == want);
    CHECK(!format_text(r.text).changed);  // idempotent
    FormatOptions two;
    two.indent = 2;
    CHECK(format_text("FROM a\nRUN a && b\n", two).text == "FROM a\nRUN a \\\n  && b\n");
    // Existing splits in other layouts converge on the canonical one.
    for (const std::string variant : {"FROM a\nRUN x && \\\n  y\n", "FROM a\nRUN x \\\n&& y\n", "FROM a\nRUN x \\\n\t  &&   \\\n   y\n",
                                      "FROM a\nRUN x  \\  \n        && y\n"}) {
        INFO(variant);
        CHECK(format_text(variant).text == "FROM a\nRUN x \\\n    && y\n");
    }
}

TEST_CASE("format: only top-level && is split", "[format][split]") {
    const std::vector<std::string> untouched = {
        "FROM a\nRUN sh -c \"a && b\"\n",
        "FROM a\nRUN echo 'a && b'\n",
        "FROM a\nRUN echo $(a && b)\n",
        "FROM a\nRUN echo `a && b`\n",
        "FROM a\nRUN (a && b)\n",
        "FROM a\nRUN { a && b; }\n",
        "FROM a\nRUN if a && b; then c; fi\n",
        "FROM a\nRUN while a && b; do c; done\n",
        "FROM a\nRUN [[ -f a && -f b ]] || exit 1\n",
        "FROM a\nRUN case x in a) b && c;; esac\n",
        "FROM a\nRUN cat <<EOF && true\nx && y\nEOF\n",         // a heredoc
        "FROM a\nRUN a \\\n# a comment && here\n    && b && c\n",  // a comment line inside the RUN
        "FROM a\nRUN a \\\n\n    && b && c\n",                    // an empty continuation line
        "FROM a\nRUN [\"sh\", \"-c\", \"a && b\"]\n",
        "FROM a\nCMD a && b\n",
        "FROM a\nENTRYPOINT a && b\n",
        "FROM a\nHEALTHCHECK CMD a && b\n",
        "FROM a\nRUN a # && b\n",
    };
    for (const auto& in : untouched) {
        INFO(in);
        const auto r = format_text(in);
        CHECK(r.text == in);
    }
    CHECK(format_text("FROM a\nRUN (a && b) && { c && d; } && e\n").text == "FROM a\nRUN (a && b) \\\n    && { c && d; } \\\n    && e\n");
    CHECK(format_text("FROM a\nRUN if a; then b; fi && c\n").text == "FROM a\nRUN if a; then b; fi \\\n    && c\n");
    CHECK(format_text("FROM a\nRUN a > /x && b 2>&1 && c | d || e\n").text == "FROM a\nRUN a > /x \\\n    && b 2>&1 \\\n    && c | d || e\n");
}

TEST_CASE("format: splitting keeps the escape character and CRLF", "[format][split]") {
    const std::string tick = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\app && cd C:\\app && dir\n";
    const auto r = format_text(tick);
    CHECK(r.text == "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN mkdir C:\\app `\n    && cd C:\\app `\n    && dir\n");
    CHECK(parse(r.text).escape == '`');
    CHECK(!format_text(r.text).changed);
    const std::string crlf = "FROM a\r\nrun a && \\\r\n  b && c\r\n";
    const auto c = format_text(crlf);
    CHECK(c.text == "FROM a\r\nRUN a \\\r\n    && b \\\r\n    && c\r\n");
    CHECK(!format_text(c.text).changed);
}

TEST_CASE("format: --no-split-chains keeps RUN text byte for byte", "[format][split]") {
    FormatOptions keep;
    keep.split_chains = false;
    const std::string in = "FROM a\nrun a && \\\n  b && c\n";
    const auto r = format_text(in, keep);
    CHECK(r.text == "FROM a\nRUN a && \\\n  b && c\n");
    CHECK(dump_buildkit(parse(r.text)) == dump_buildkit(parse(in)));
}

TEST_CASE("format: files with syntax errors are left alone", "[format]") {
    const std::string in = "from alpine\nrun --bogus=1 true\n";
    const auto r = format_text(in);
    CHECK(r.text == in);
    CHECK(!r.changed);
}

namespace {

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// The shell-form command text of an instruction (RUN, CMD, ENTRYPOINT,
// HEALTHCHECK CMD; ONBUILD's trigger), or nullptr.
Token* shell_text(Instruction& ins) {
    if (!ins.trigger.empty()) return shell_text(ins.trigger.front());
    if (ins.json_form) return nullptr;
    if ((ins.is(InstructionKind::run) || ins.is(InstructionKind::cmd) || ins.is(InstructionKind::entrypoint)) && ins.args.size() == 1)
        return &ins.args[0];
    if (ins.is(InstructionKind::healthcheck) && ins.args.size() == 2) {
        std::string c = ins.args[0].text;
        for (auto& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
        if (c == "CMD") return &ins.args[1];
    }
    return nullptr;
}

// dump_buildkit() with every run of blanks in shell-form command text
// collapsed to one space; everything else (flags, JSON forms, other
// instructions' arguments) as BuildKit prints it.
std::string collapsed_dump(const Document& doc) {
    Document copy;
    copy.instructions = doc.instructions;
    for (auto& ins : copy.instructions) {
        Token* t = shell_text(ins);
        if (!t) continue;
        std::string out;
        for (std::size_t i = 0; i < t->text.size(); ++i) {
            if (!is_blank(t->text[i])) {
                out += t->text[i];
                continue;
            }
            out += ' ';
            while (i + 1 < t->text.size() && is_blank(t->text[i + 1])) ++i;
        }
        t->text = std::move(out);
    }
    return dump_buildkit(copy);
}

// The shell tokens (words as written, operators) of every shell-form command.
std::vector<std::vector<std::string>> shell_tokens(const Document& doc) {
    std::vector<std::vector<std::string>> out;
    for (const auto& ins : doc.instructions) {
        Instruction copy = ins;
        const Token* t = shell_text(copy);
        if (!t) continue;
        const auto tokens = shell::tokenize_script(t->text);
        auto& v = out.emplace_back();
        v.push_back(tokens.ok ? "ok" : "not ok");
        for (const auto& tok : tokens.tokens) v.push_back((tok.kind == shell::ScriptToken::Kind::word ? "w:" : "o:") + tok.text);
    }
    return out;
}

}  // namespace

TEST_CASE("format: every corpus file keeps its BuildKit dump (up to blanks in shell commands), shell tokens, comments and heredocs; idempotent",
          "[format][corpus]") {
    const auto corpus = test::shared_dir() / "corpus";
    if (!fs::exists(corpus / "manifest.jsonl")) {
        WARN("SKIP: " << corpus.string() << " not found (../shared/corpus)");
        return;
    }
    std::ifstream manifest(corpus / "manifest.jsonl");
    std::string line;
    std::size_t files = 0, changed = 0, split = 0, strict_changed = 0;
    FormatOptions strict;
    strict.split_chains = false;
    while (std::getline(manifest, line)) {
        if (line.empty()) continue;
        const auto entry = nlohmann::json::parse(line);
        const std::string file = entry.at("file").get<std::string>();
        const std::string text = test::read_file(corpus / file);
        const Document before = parse(text);
        const auto r = format_text(text);
        const auto s = format_text(text, strict);
        INFO(file);
        ++files;
        if (before.has_errors()) {
            CHECK(r.text == text);
            CHECK(s.text == text);
            continue;
        }
        // --no-split-chains: BuildKit's dump byte for byte.
        if (s.changed) {
            ++strict_changed;
            const Document after = parse(s.text);
            CHECK(!after.has_errors());
            CHECK(dump_buildkit(after) == dump_buildkit(before));
            CHECK(!format_text(s.text, strict).changed);
        }
        if (!r.changed) continue;
        ++changed;
        const Document after = parse(r.text);
        CHECK(!after.has_errors());
        const bool same_dump = dump_buildkit(after) == dump_buildkit(before);
        if (!same_dump) ++split;
        // Only white space inside shell-form command text may differ ...
        CHECK(collapsed_dump(after) == collapsed_dump(before));
        // ... and the shell still reads the same words and operators.
        CHECK(shell_tokens(after) == shell_tokens(before));
        // Comments, heredoc bodies, directives and the escape character: byte for byte.
        REQUIRE(after.comments.size() == before.comments.size());
        for (std::size_t i = 0; i < before.comments.size(); ++i)
            CHECK(after.slice(after.comments[i].range) == before.slice(before.comments[i].range));
        REQUIRE(after.instructions.size() == before.instructions.size());
        for (std::size_t i = 0; i < before.instructions.size(); ++i) {
            REQUIRE(after.instructions[i].heredocs.size() == before.instructions[i].heredocs.size());
            for (std::size_t h = 0; h < before.instructions[i].heredocs.size(); ++h)
                CHECK(after.instructions[i].heredocs[h].content == before.instructions[i].heredocs[h].content);
        }
        REQUIRE(after.directives.size() == before.directives.size());
        for (std::size_t i = 0; i < before.directives.size(); ++i)
            CHECK(after.slice(after.directives[i].range) == before.slice(before.directives[i].range));
        CHECK(after.escape == before.escape);
        CHECK(!format_text(r.text).changed);  // idempotent
    }
    WARN("format corpus: " << files << " files, " << changed << " reformatted (" << split << " with split && chains), " << strict_changed
                           << " reformatted with --no-split-chains");
}
