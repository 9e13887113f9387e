// Hand-written parser cases: exact ranges, heredocs, directives, recovery.
#include <catch2/catch.hpp>

#include "dflint/dflint.hpp"

using namespace dflint;

namespace {
std::string slice(const Document& d, Range r) { return std::string(d.slice(r)); }
std::string dump(std::string text) { return dump_buildkit(parse(std::move(text))); }
}  // namespace

TEST_CASE("tokens carry exact source ranges") {
    const auto doc = parse("FROM --platform=$BUILDPLATFORM node:16 AS build\nCOPY --chown=app:app \\\n  package.json ./\n");
    REQUIRE(doc.instructions.size() == 2);
    const auto& from = doc.instructions[0];
    CHECK(from.kind == InstructionKind::from);
    CHECK(slice(doc, from.keyword.range) == "FROM");
    REQUIRE(from.flags.size() == 1);
    CHECK(from.flags[0].name == "platform");
    CHECK(slice(doc, from.flags[0].range) == "--platform=$BUILDPLATFORM");
    CHECK(slice(doc, from.flags[0].name_range) == "platform");
    CHECK(slice(doc, from.flags[0].value_range) == "$BUILDPLATFORM");
    REQUIRE(from.args.size() == 3);
    CHECK(slice(doc, from.args[0].range) == "node:16");
    CHECK(slice(doc, from.args[2].range) == "build");
    const auto& copy = doc.instructions[1];
    CHECK(copy.start_line == 2);
    CHECK(copy.end_line == 3);
    REQUIRE(copy.args.size() == 2);
    CHECK(slice(doc, copy.args[0].range) == "package.json");
    CHECK(doc.lines.position(copy.args[0].range.begin) == Position{3, 3});
    CHECK(slice(doc, copy.range) == "COPY --chown=app:app \\\n  package.json ./");
}

TEST_CASE("exec form and shell form fallback") {
    CHECK(dump("CMD [\"node\", \"server.js\"]\n") == "(cmd \"node\" \"server.js\")\n");
    CHECK(dump("CMD ['node', 'server.js']\n") == "(cmd \"['node', 'server.js']\")\n");
    CHECK(dump("CMD [\"a\",]\n") == "(cmd \"[\\\"a\\\",]\")\n");
    CHECK(dump("COPY [\"a b\", \"/c\"]\n") == "(copy \"a b\" \"/c\")\n");
    const auto bad = parse("CMD [\"a\", 1]\n");
    REQUIRE(bad.has_parser_error());
    CHECK(bad.issues.front().message == "when using JSON array syntax, arrays must be comprised of strings only");
    // Deep nesting is handled without recursion.
    std::string deep = "CMD [" + std::string(20000, '[') + std::string(20000, ']') + "]\n";
    CHECK_FALSE(parse(deep).has_parser_error());  // beyond Go's depth limit: not JSON, shell form
}

TEST_CASE("heredocs") {
    const auto doc = parse("FROM alpine\nRUN <<EOF\necho hi\n  echo there\nEOF\nCOPY <<-\"A\" <<B /dest/\n\tone\n\tA\ntwo\nB\nRUN echo done\n");
    REQUIRE(doc.instructions.size() == 4);
    const auto& run = doc.instructions[1];
    REQUIRE(run.heredocs.size() == 1);
    CHECK(run.heredocs[0].name == "EOF");
    CHECK(run.heredocs[0].expand);
    CHECK(run.heredocs[0].content == "echo hi\n  echo there\n");
    CHECK(slice(doc, run.heredocs[0].marker) == "<<EOF");
    CHECK(slice(doc, run.heredocs[0].body) == "echo hi\n  echo there\n");
    CHECK(run.start_line == 2);
    CHECK(run.end_line == 5);
    const auto& copy = doc.instructions[2];
    REQUIRE(copy.heredocs.size() == 2);
    CHECK(copy.heredocs[0].name == "A");
    CHECK_FALSE(copy.heredocs[0].expand);
    CHECK(copy.heredocs[0].chomp);
    CHECK(copy.heredocs[0].content == "\tone\n");
    CHECK(copy.heredocs[1].name == "B");
    CHECK(copy.heredocs[1].content == "two\n");
    CHECK(doc.instructions[3].start_line == 11);
    CHECK(dump_buildkit(doc) == "(from \"alpine\")\n(run \"<<EOF\")\n(copy \"<<-\\\"A\\\"\" \"<<B\" \"/dest/\")\n(run \"echo done\")\n");
}

TEST_CASE("heredoc edge cases") {
    // No heredocs in JSON form or in other instructions.
    CHECK(parse("RUN [\"<<EOF\"]\nEOF\n").instructions.size() == 2);
    // Unterminated heredoc is a parser error.
    const auto doc = parse("FROM a\nRUN <<EOF\necho\n");
    REQUIRE(doc.has_parser_error());
    CHECK(doc.issues.front().message == "unterminated heredoc");
    // An open quote on the line disables heredoc detection silently.
    CHECK(parse("FROM a\nRUN <<'EOF\nRUN b\n").instructions.size() == 3);
    // fd numbers
    const auto fd = parse("FROM a\nRUN cat 3<<EOF\nx\nEOF\n");
    REQUIRE(fd.instructions[1].heredocs.size() == 1);
    CHECK(fd.instructions[1].heredocs[0].fd == 3);
}

TEST_CASE("directives") {
    const auto doc = parse("# syntax=docker/dockerfile:1\n# escape=`\nFROM a\nRUN echo `\n  hi\n");
    CHECK(doc.escape == '`');
    REQUIRE(doc.directives.size() == 2);
    CHECK(doc.directives[0].value == "docker/dockerfile:1");
    CHECK(dump_buildkit(doc) == "(from \"a\")\n(run \"echo   hi\")\n");
    // After a comment, directives are plain comments.
    CHECK(parse("# hello\n# escape=`\nFROM a\n").escape == '\\');
    // Repeated directive
    const auto rep = parse("# escape=\\\n# escape=`\nFROM a\n");
    REQUIRE(rep.has_parser_error());
    CHECK(rep.issues.front().message == "only one escape parser directive can be used");
    const auto bad = parse("# escape=x\nFROM a\n");
    REQUIRE(bad.has_parser_error());
    CHECK(bad.issues.front().message == "invalid escape token 'x' does not match ` or \\");
}

TEST_CASE("line structure: BOM, CRLF, empty continuation, EOF continuation") {
    const auto doc = parse("\xEF\xBB\xBF" "FROM a\r\nRUN a \\\r\n\r\n  b\r\nRUN c \\");
    CHECK(doc.has_bom);
    CHECK(dump_buildkit(doc) == "(from \"a\")\n(run \"a   b\")\n(run \"c\")\n");
    bool warned = false;
    for (const auto& i : doc.issues) warned |= i.code == "NoEmptyContinuation";
    CHECK(warned);
    CHECK(doc.instructions[1].end_line == 4);
}

TEST_CASE("ENV, LABEL and ARG pairs") {
    const auto doc = parse("FROM a\nENV A=1 B=\"two words\" C=x\\ y\nENV LEGACY some value\nARG V=1.0 W\nLABEL \"k\"=v\n");
    const auto& env = doc.instructions[1];
    REQUIRE(env.pairs.size() == 3);
    CHECK(env.pairs[1].key.text == "B");
    CHECK(env.pairs[1].value->text == "\"two words\"");
    CHECK(slice(doc, env.pairs[1].value->range) == "\"two words\"");
    CHECK(slice(doc, env.pairs[2].key.range) == "C");
    const auto& legacy = doc.instructions[2];
    CHECK(legacy.legacy_key_value);
    CHECK(legacy.pairs[0].value->text == "some value");
    const auto& arg = doc.instructions[3];
    REQUIRE(arg.pairs.size() == 2);
    CHECK(arg.pairs[0].value->text == "1.0");
    CHECK_FALSE(arg.pairs[1].value.has_value());
    CHECK(dump_buildkit(doc) == "(from \"a\")\n(env \"A\" \"1\" \"=\" \"B\" \"\\\"two words\\\"\" \"=\" \"C\" \"x\\\\ y\" \"=\")\n(env \"LEGACY\" \"some value\" \"\")\n(arg \"V=1.0\" \"W\")\n(label \"\\\"k\\\"\" \"v\" \"=\")\n");
}

TEST_CASE("error recovery keeps going and reports every error") {
    const auto doc = parse("FROM a\nENV x=1 y\nCMD [\"a\", 2]\nFROOM b\nCOPY --form=x a b\nRUN ok\n");
    // The valid instructions are all there.
    std::vector<std::string> kinds;
    for (const auto& i : doc.instructions) kinds.push_back(std::string(keyword_name(i.kind)));
    CHECK(kinds == std::vector<std::string>{"FROM", "", "COPY", "RUN"});
    std::vector<std::string> messages;
    for (const auto& i : doc.issues) messages.push_back(i.message);
    REQUIRE(messages.size() == 4);
    CHECK(messages[0] == "Syntax error - can't find = in \"y\". Must be of the form: name=value");
    CHECK(messages[1] == "when using JSON array syntax, arrays must be comprised of strings only");
    CHECK(messages[2] == "unknown instruction: FROOM (did you mean FROM?)");
    CHECK(messages[3] == "unknown flag: --form (did you mean --from?)");
    CHECK(slice(doc, doc.issues[3].range) == "--form=x");
    CHECK(slice(doc, doc.issues[0].range) == "y");
}

TEST_CASE("instruction-layer validation") {
    auto first_error = [](std::string text) {
        const auto doc = parse(std::move(text));
        return doc.issues.empty() ? std::string() : doc.issues.front().message;
    };
    CHECK(first_error("FROM a b\n") == "FROM requires either one or three arguments");
    CHECK(first_error("FROM a AS 1x\n") == "invalid name for build stage: \"1x\", name can't start with a number or contain symbols");
    CHECK(first_error("RUN a\n") == "no build stage in current context");
    CHECK(first_error("FROM a\nCOPY a\n") == "COPY requires at least two arguments, but only one was provided. Destination could not be determined");
    CHECK(first_error("FROM a\nCOPY --link=maybe a b\n") == "expecting boolean value for flag --link, not: maybe");
    CHECK(first_error("FROM a\nCOPY --from a b\n") == "missing a value on flag: --from");
    CHECK(first_error("FROM a\nCOPY --chown=a --chown=b a b\n") == "duplicate flag specified: --chown");
    CHECK(first_error("FROM a\nSHELL /bin/bash -c\n") == "SHELL requires the arguments to be in JSON form");
    CHECK(first_error("FROM a\nHEALTHCHECK FOO\n") == "Unknown type \"FOO\" in HEALTHCHECK (try CMD)");
    CHECK(first_error("FROM a\nHEALTHCHECK CMD\n") == "Missing command after HEALTHCHECK CMD");
    CHECK(first_error("FROM a\nONBUILD ONBUILD RUN x\n") == "Chaining ONBUILD via `ONBUILD ONBUILD` isn't allowed");
    CHECK(first_error("FROM a\nONBUILD FROM b\n") == "FROM isn't allowed as an ONBUILD trigger");
    CHECK(first_error("FROM a\nRUN --mount=type=foo x\n") == "unsupported mount type \"foo\"");
    CHECK(first_error("FROM a\nRUN --network=bridge x\n") == "invalid network mode \"bridge\"");
    CHECK(first_error("FROM a\nWORKDIR\n") == "WORKDIR requires exactly one argument");
    CHECK(first_error("FROM a\nARG --foo=x A\nSTOPSIGNAL --x 9\n").empty());
    CHECK(first_error("FROM a\nRUN --mount=type=cache,target=/root/.npm npm ci\n").empty());
}

TEST_CASE("flags: quotes, escapes and the bare --") {
    CHECK(dump("COPY --chown=\"a b\" x y\n") == "(copy [\"--chown=a b\"] \"x\" \"y\")\n");
    CHECK(dump("COPY -- --x y\n") == "(copy \"--x\" \"y\")\n");
    CHECK(dump("COPY --a=\\\"q x y\n") == "(copy [\"--a=\\\"q\"] \"x\" \"y\")\n");
}

TEST_CASE("unknown instructions are kept") {
    const auto doc = parse("FROM a\nFOO bar\n");
    CHECK(dump_buildkit(doc) == "(from \"a\")\n(foo \"\")\n");
    CHECK(doc.has_errors());
    CHECK_FALSE(doc.has_parser_error());
}

TEST_CASE("ONBUILD nests its trigger") {
    const auto doc = parse("FROM a\nONBUILD COPY --from=x a b\nONBUILD RUN <<EOF\nhi\nEOF\n");
    CHECK(dump_buildkit(doc) == "(from \"a\")\n(onbuild (copy [\"--from=x\"] \"a\" \"b\"))\n(onbuild (run \"<<EOF\"))\n");
    REQUIRE(doc.instructions[2].trigger.size() == 1);
    CHECK(doc.instructions[2].trigger[0].heredocs.size() == 1);
}

TEST_CASE("image references") {
    auto r = parse_image_ref("localhost:5000/app");
    CHECK(r.valid);
    CHECK(r.registry == "localhost:5000");
    CHECK(r.path == "app");
    CHECK(r.tag.empty());
    r = parse_image_ref("node:16-alpine");
    CHECK(r.valid);
    CHECK(r.registry.empty());
    CHECK(r.tag == "16-alpine");
    CHECK(r.tag_range == Range{5, 14});
    r = parse_image_ref("ghcr.io/org/img:1.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    CHECK(r.valid);
    CHECK(r.registry == "ghcr.io");
    CHECK(r.path == "org/img");
    CHECK(r.tag == "1.2");
    CHECK(r.has_digest());
    CHECK_FALSE(parse_image_ref("Node:16").valid);
    CHECK_FALSE(parse_image_ref("node:").valid);
    CHECK(parse_image_ref("docker.io/library/node").short_name() == "node");
}

TEST_CASE("positions in Unicode and UTF-16 columns") {
    const auto doc = parse("FROM a\nLABEL x=\"h\xC3\xA9\xF0\x9F\x98\x80\" y=1\n");
    const auto& y = doc.instructions[1].pairs[1].key;
    CHECK(doc.lines.position(y.range.begin).column == 19);
    CHECK(doc.lines.char_position(y.range.begin).column == 15);
    CHECK(doc.lines.utf16_position(y.range.begin).column == 16);
    CHECK(doc.lines.offset_of_utf16(2, 16) == y.range.begin);
}

TEST_CASE("shell script model") {
    const auto s = shell::parse_script("apt-get update && apt-get install -qy curl | tee log; (cd /x && make) || echo $(uname -a)\ncase \"$a\" in x|y) echo one ;; *) echo two ;; esac");
    std::vector<std::string> names;
    for (const auto& c : s.commands)
        if (c.name) names.push_back(std::string(c.basename()));
    CHECK(names == std::vector<std::string>{"apt-get", "apt-get", "tee", "cd", "make", "echo", "uname", "echo", "echo"});
    CHECK(s.commands[1].has_flag("-y"));
    CHECK(s.commands[1].has_flag("-q"));
    CHECK_FALSE(s.commands[1].has_flag("-o"));
    CHECK(s.commands[1].subcommand() == std::optional<std::string>("install"));
    CHECK(s.commands[1].piped);
    CHECK(s.has_pipe);
    const auto no_pipe = shell::parse_script("case \"$a\" in x|y) echo one ;; esac");
    CHECK_FALSE(no_pipe.has_pipe);
}

TEST_CASE("Command::is matches the command's basename exactly") {
    const auto s = shell::parse_script("/usr/bin/apt-get update; apt-get install; xapt-get x; /opt/my-apt-get y; ./apt-get z");
    REQUIRE(s.commands.size() == 5);
    CHECK(s.commands[0].is("apt-get"));
    CHECK(s.commands[1].is("apt-get"));
    CHECK_FALSE(s.commands[2].is("apt-get"));  // a longer name ending the same way
    CHECK_FALSE(s.commands[3].is("apt-get"));
    CHECK(s.commands[4].is("apt-get"));
    CHECK_FALSE(s.commands[0].is("bin/apt-get"));  // a basename has no '/'
    CHECK_FALSE(s.commands[0].is("/usr/bin/apt-get"));
    CHECK_FALSE(s.commands[0].is(""));
    CHECK_FALSE(s.commands[1].is("get"));
    for (const auto& c : s.commands)
        for (std::string_view name : {"apt-get", "get", "bin/apt-get", "", "my-apt-get", "xapt-get"})
            CHECK(c.is(name) == (c.basename() == name));
}
