// The shell word lexer against BuildKit's own vectors (shared/conformance/
// buildkit-shell, see its README) plus hand-written cases for the options
// and messages the vectors do not pin down.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dflint/shell.hpp"
#include "unicode/unicode.hpp"

namespace fs = std::filesystem;
using namespace dflint::shell;

namespace {

fs::path shell_data_dir() { return fs::path(DFLINT_SHARED_DIR) / "conformance" / "buildkit-shell"; }

std::vector<std::string> read_lines(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
    return lines;
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
        const auto at = s.find(sep, start);
        parts.emplace_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) return parts;
        start = at + 1;
    }
}

std::string trim_left_spaces(std::string_view s) {  // strings.TrimLeft(s, " ")
    const auto at = s.find_first_not_of(' ');
    return at == std::string_view::npos ? std::string() : std::string(s.substr(at));
}

Lookup map_lookup(std::map<std::string, std::string> env) {
    auto shared = std::make_shared<std::map<std::string, std::string>>(std::move(env));
    return [shared](std::string_view name) -> std::optional<std::string> {
        auto it = shared->find(std::string(name));
        if (it == shared->end()) return std::nullopt;
        return it->second;
    };
}

std::string word_of(std::string_view input, const Lookup& env, const LexOptions& options = {}) {
    auto r = process_word(input, env, options);
    INFO("input: " << input << " error: " << r.error);
    REQUIRE(r.ok);
    return r.word;
}

std::string error_of(std::string_view input, const Lookup& env, const LexOptions& options = {}) {
    auto r = process_word(input, env, options);
    INFO("input: " << input << " result: " << r.word);
    REQUIRE_FALSE(r.ok);
    return r.error;
}

bool have_shared() {
    if (fs::exists(fs::path(DFLINT_SHARED_DIR))) return true;
    WARN("SKIP: ../shared not found");
    return false;
}

}  // namespace

TEST_CASE("buildkit envVarTest vectors", "[shell][conformance]") {
    if (!have_shared()) return;
    const auto lines = read_lines(shell_data_dir() / "envVarTest");
    REQUIRE_FALSE(lines.empty());
    const auto env = env_from_list({"PWD=/home", "SHELL=bash", "KOREAN=한국어", "NULL="});

    int run = 0, passed = 0, skipped_windows = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& raw = lines[i];
        if (raw.rfind('#', 0) == 0) continue;
        const auto line = dflint::unicode::trim_space(raw);
        if (line.empty()) continue;
        const auto fields = split(line, '|');
        INFO("envVarTest line " << (i + 1) << ": " << raw);
        REQUIRE(fields.size() == 3);
        const std::string tag(dflint::unicode::trim_space(fields[0]));
        const std::string input(dflint::unicode::trim_space(fields[1]));
        const std::string expected(dflint::unicode::trim_space(fields[2]));
        REQUIRE((tag == "A" || tag == "U" || tag == "W"));
        if (tag == "W") {
            ++skipped_windows;
            continue;
        }
        ++run;
        const auto r = process_word(input, env);
        INFO("result: " << r.word << " error: " << r.error);
        bool ok = expected == "error" ? !r.ok : (r.ok && r.word == expected);
        CHECK(ok);
        if (ok) ++passed;
    }
    WARN("envVarTest vectors: " << run << " run, " << passed << " ok, " << skipped_windows
                                << " Windows-only not run");
    REQUIRE(run > 0);
    REQUIRE(passed == run);
}

TEST_CASE("buildkit wordsTest vectors", "[shell][conformance]") {
    if (!have_shared()) return;
    const auto lines = read_lines(shell_data_dir() / "wordsTest");
    REQUIRE_FALSE(lines.empty());

    std::vector<std::string> envs;
    int run = 0, passed = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        if (line.rfind('#', 0) == 0) continue;
        if (line.rfind("ENV ", 0) == 0) {
            envs.push_back(trim_left_spaces(std::string_view(line).substr(3)));
            continue;
        }
        const auto halves = split(line, '|');
        INFO("wordsTest line " << (i + 1) << ": " << line);
        REQUIRE(halves.size() == 2);
        const std::string input(dflint::unicode::trim_space(halves[0]));
        const auto expected = split(trim_left_spaces(halves[1]), ',');

        ++run;
        const auto r = process_words(input, env_from_list(envs));
        const std::vector<std::string> got = r.ok ? r.words : std::vector<std::string>{"error"};
        std::string shown;
        for (const auto& w : got) shown += "[" + w + "]";
        INFO("got: " << shown << " error: " << r.error);
        const bool ok = got == expected;
        CHECK(ok);
        if (ok) ++passed;
    }
    WARN("wordsTest vectors: " << run << " run, " << passed << " ok");
    REQUIRE(run > 0);
    REQUIRE(passed == run);
}

TEST_CASE("buildkit process_word_cases vectors", "[shell][conformance]") {
    if (!have_shared()) return;
    const auto lines = read_lines(shell_data_dir() / "process_word_cases.jsonl");
    REQUIRE_FALSE(lines.empty());

    int run = 0, passed = 0, with_names = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (dflint::unicode::trim_space(lines[i]).empty()) continue;
        const auto c = nlohmann::json::parse(lines[i]);
        const std::string input = c.at("input").get<std::string>();
        std::map<std::string, std::string> envs;
        for (const auto& [k, v] : c.at("envs").items()) envs[k] = v.get<std::string>();
        INFO("process_word_cases line " << (i + 1) << ": " << input);

        ++run;
        const auto r = process_word(input, map_lookup(envs));
        INFO("result: " << r.word << " error: " << r.error);
        bool ok = true;
        if (c.value("error", false)) {
            ok = !r.ok;
        } else {
            ok = r.ok && r.word == c.at("expected").get<std::string>();
            auto names = [&](const char* key, std::vector<std::string> got) {
                if (!c.contains(key)) return true;
                auto want = c.at(key).get<std::vector<std::string>>();
                std::sort(want.begin(), want.end());
                return want == got;
            };
            if (c.contains("matches") || c.contains("unmatched")) ++with_names;
            ok = ok && names("matches", r.matched) && names("unmatched", r.unmatched);
        }
        CHECK(ok);
        if (ok) ++passed;
    }
    WARN("process_word_cases vectors: " << run << " run, " << passed << " ok (" << with_names
                                        << " with matched/unmatched names)");
    REQUIRE(run > 0);
    REQUIRE(passed == run);
}

TEST_CASE("backtick as the escape character", "[shell]") {
    const auto env = env_from_list({"PWD=/home"});
    LexOptions tick;
    tick.escape = '`';
    CHECK(word_of("he`$PWD", env, tick) == "he$PWD");
    CHECK(word_of(R"(C:\dir\$PWD)", env, tick) == R"(C:\dir\/home)");
    CHECK(word_of("\"a`\"b\"", env, tick) == "a\"b");
    CHECK(word_of(R"("a\")", env, tick) == R"(a\)");  // `\` is literal, so the quote closes
    CHECK(word_of("a``b", env, tick) == "a`b");
    CHECK(word_of("ab`", env, tick) == "ab");
    const auto words = process_words("a` b c", env, tick);
    REQUIRE(words.ok);
    CHECK(words.words == std::vector<std::string>{"a b", "c"});
}

TEST_CASE("skip_unset leaves unset references as written", "[shell]") {
    const auto env = env_from_list({"SET=yes"});
    LexOptions skip;
    skip.skip_unset = true;
    CHECK(word_of("$SET $NOPE ${NOPE}", env, skip) == "yes $NOPE ${NOPE}");
    CHECK(word_of("${NOPE:-x} ${NOPE+y} ${NOPE#*a}", env, skip) == "${NOPE:-x} ${NOPE+y} ${NOPE#*a}");
    CHECK(word_of("${NOPE:-$SET}", env, skip) == "${NOPE:-yes}");
    // BuildKit writes one '/' back for `//`.
    CHECK(word_of("${NOPE//a/b}", env, skip) == "${NOPE/a/b}");
    // Go falls through to read the word after ':' before the modifier check,
    // so an unsupported `:=` on an unset name survives under skip_unset…
    CHECK(word_of("${NOPE:=x}", env, skip) == "${NOPE:=x}");
    // …but not on a set one.
    CHECK(error_of("${SET:=x}", env, skip) == "unsupported modifier (:=) in substitution");
    CHECK(word_of("${SET:-x}", env, skip) == "yes");
    CHECK(word_of("$1 $@", env, skip) == "$1 $@");
}

TEST_CASE("raw_quotes and raw_escapes keep what they name", "[shell]") {
    const auto env = env_from_list({"A=1"});
    LexOptions quotes;
    quotes.raw_quotes = true;
    CHECK(word_of(R"("x $A" 'y $A')", env, quotes) == R"("x 1" 'y $A')");
    CHECK(word_of(R"(a\ b)", env, quotes) == "a b");

    LexOptions escapes;
    escapes.raw_escapes = true;
    CHECK(word_of(R"(a\ b\$A)", env, escapes) == R"(a\ b\$A)");
    CHECK(word_of(R"("\$A")", env, escapes) == R"(\$A)");
    // BuildKit quirk: an escape before an ordinary character inside double
    // quotes is written twice when escapes are kept.
    CHECK(word_of(R"("a\tb")", env, escapes) == R"(a\\tb)");
    CHECK(word_of(R"("a\tb")", env) == R"(a\tb)");

    LexOptions both;
    both.raw_quotes = true;
    both.raw_escapes = true;
    CHECK(word_of(R"('\x' "\"")", env, both) == R"('\x' "\"")");

    LexOptions plain_quotes;
    plain_quotes.skip_process_quotes = true;
    CHECK(word_of(R"('$A' "$A")", env, plain_quotes) == R"('1' "1")");
    const auto words = process_words(R"('a b')", env, plain_quotes);
    REQUIRE(words.ok);
    CHECK(words.words == std::vector<std::string>{"'a", "b'"});
}

TEST_CASE("error messages match BuildKit's", "[shell]") {
    const auto env = env_from_list({"PWD=/home", "NULL="});
    CHECK(error_of("'abc", env) == "unexpected end of statement while looking for matching single-quote");
    CHECK(error_of("\"abc", env) == "unexpected end of statement while looking for matching double-quote");
    CHECK(error_of("${}", env) == "syntax error: bad substitution");
    CHECK(error_of("${:-x}", env) == "syntax error: bad substitution");
    CHECK(error_of("${", env) == "syntax error: missing '}'");
    CHECK(error_of("${PWD", env) == "syntax error: missing '}'");
    CHECK(error_of("${a:-b", env) == "syntax error: missing '}'");
    CHECK(error_of("${a:-'b}", env) == "syntax error: missing '}'");
    CHECK(error_of("${a/b", env) == "syntax error: missing '/' in ${}");
    CHECK(error_of("${a/b/c", env) == "syntax error: missing '}'");
    CHECK(error_of("${.}", env) == "unsupported modifier (.) in substitution");
    CHECK(error_of("${PWD:=x}", env) == "unsupported modifier (:=) in substitution");
    CHECK(error_of("${PWD=x}", env) == "unsupported modifier (=) in substitution");
    CHECK(error_of("${PWD:#x}", env) == "unsupported modifier (:#) in substitution");
    CHECK(error_of("${PWD:%%x}", env) == "unsupported modifier (:%) in substitution");
    CHECK(error_of("${NOPE?}", env) == "NOPE: is not allowed to be unset");
    CHECK(error_of("${NULL:?}", env) == "NULL: is not allowed to be empty");
    CHECK(error_of("${NOPE?set it $PWD}", env) == "NOPE: set it /home");
    CHECK(error_of("${PWD#\\x}", env) == "invalid pattern (\\x) in substitution: invalid escape '\\x'");
    // '%' reports the reversed pattern, as BuildKit does.
    CHECK(error_of("${PWD%ab\\x}", env) == "invalid pattern (\\xba) in substitution: invalid escape '\\x'");
    CHECK(error_of("${PWD/\\x/y}", env) == "invalid pattern (\\x) in substitution: invalid escape '\\x'");
    // An error inside a nested expansion wins unless the input ran out.
    CHECK(error_of("${a:-${NOPE?}}", env) == "NOPE: is not allowed to be unset");
    CHECK(error_of("${a:-${NOPE?}", env) == "syntax error: missing '}'");
}

TEST_CASE("pattern trimming and replacement", "[shell]") {
    const auto env = env_from_list({"F=a.b.c", "P=/usr/local/bin", "NL=a\nb", "T=xaxbx", "R=<$0>", "D=$$"});
    CHECK(word_of("${F%.*}", env) == "a.b");
    CHECK(word_of("${F%%.*}", env) == "a");
    CHECK(word_of("${F#*.}", env) == "b.c");
    CHECK(word_of("${F##*.}", env) == "c");
    CHECK(word_of("${F#?}", env) == ".b.c");
    CHECK(word_of("${F%?}", env) == "a.b.");
    CHECK(word_of("${P##*/}", env) == "bin");
    CHECK(word_of("${P%/*}", env) == "/usr/local");
    CHECK(word_of("${F/./-}", env) == "a-b.c");
    CHECK(word_of("${F//./-}", env) == "a-b-c");
    CHECK(word_of("${F/*./X}", env) == "Xc");  // greedy
    CHECK(word_of("${F//?/_}", env) == "_____");
    // Go's regexp: '.' (so '?' and '*') never matches a newline.
    CHECK(word_of("${NL#*b}", env) == "a\nb");
    CHECK(word_of("${NL//?/.}", env) == ".\n.");
    // An empty pattern matches between runes; Go's ReplaceAll skips an empty
    // match right after a previous match.
    CHECK(word_of("${T//$NOPE/-}", env) == "-x-a-x-b-x-");
    CHECK(word_of("${T//*/-}", env) == "-");
    // ReplaceAll expands `$0` and `$$` in the replacement (Go's Expand); a
    // single replacement does not.
    CHECK(word_of("${T//a/$R}", env) == "x<a>xbx");
    CHECK(word_of("${T/a/$R}", env) == "x<$0>xbx");
    CHECK(word_of("${T//a/$D}", env) == "x$xbx");
    // Multi-byte runes are matched as runes.
    const auto korean = env_from_list({"K=한국어"});
    CHECK(word_of("${K#?}", korean) == "국어");
    CHECK(word_of("${K%?}", korean) == "한국");
    CHECK(word_of("${K/국/-}", korean) == "한-어");
}

TEST_CASE("scanner quirks inherited from Go", "[shell]") {
    const auto env = env_from_list({"A=1"});
    // text/scanner skips a byte order mark at the start of the input.
    CHECK(word_of("\xEF\xBB\xBF$A", env) == "1");
    // Invalid UTF-8 reads as U+FFFD.
    CHECK(word_of("a\xFF" "b", env) == "a\xEF\xBF\xBD" "b");
    CHECK(word_of("plain-word_1.2", env) == "plain-word_1.2");
    // Unicode letters and digits are name characters.
    const auto uni = env_from_list({"été=summer"});
    CHECK(word_of("$été!", uni) == "summer!");
}

TEST_CASE("words and matched names", "[shell]") {
    const auto env = env_from_list({"A=x  y", "B=", "B=b"});
    auto r = process_words(R"(a "b c" $A '' "" d\ e)", env);
    REQUIRE(r.ok);
    CHECK(r.words == std::vector<std::string>{"a", "b c", "x", "y", "d e"});
    CHECK(r.word == "a b c x  y   d e");
    CHECK(r.matched == std::vector<std::string>{"A"});

    r = process_words("", env);
    REQUIRE(r.ok);
    CHECK(r.words.empty());

    r = process_word("$B ${C:-$A} $C ${B}", env);
    REQUIRE(r.ok);
    CHECK(r.word == "b x  y  b");
    CHECK(r.matched == std::vector<std::string>{"A", "B"});
    CHECK(r.unmatched == std::vector<std::string>{"C"});

    r = process_word("${Q?}", env);
    REQUIRE_FALSE(r.ok);
    CHECK(r.unmatched == std::vector<std::string>{"Q"});

    // A default-constructed Lookup means nothing is set.
    r = process_word("[$A]", Lookup{});
    REQUIRE(r.ok);
    CHECK(r.word == "[]");
}

TEST_CASE("env_from_list", "[shell]") {
    const auto env = env_from_list({"A=1", "B", "A=2", "C=x=y"});
    CHECK(env("A") == std::optional<std::string>("2"));
    CHECK(env("B") == std::optional<std::string>(""));
    CHECK(env("C") == std::optional<std::string>("x=y"));
    CHECK_FALSE(env("D").has_value());
}

TEST_CASE("find_variables", "[shell]") {
    auto names = [](std::string_view word, char escape = '\\') {
        std::vector<std::string> out;
        for (const auto& ref : find_variables(word, escape)) {
            out.push_back(ref.name + "@" + std::to_string(ref.begin) + "-" + std::to_string(ref.end));
            CHECK(ref.end <= word.size());
            CHECK(word.substr(ref.begin, 1) == "$");
        }
        return out;
    };
    CHECK(names("plain").empty());
    CHECK(names("$A/${B}") == std::vector<std::string>{"A@0-2", "B@3-7"});
    CHECK(names("'$A' \\$B \"$C\"") == std::vector<std::string>{"C@10-12"});
    CHECK(names("${a:-$b}x") == std::vector<std::string>{"a@0-8", "b@5-7"});
    CHECK(names("${a:-${b:-'$c'}}") == std::vector<std::string>{"a@0-16", "b@5-15"});
    CHECK(names("${a/$p/$r}") == std::vector<std::string>{"a@0-10", "p@4-6", "r@7-9"});
    CHECK(names("$1 $@ $") == std::vector<std::string>{"1@0-2", "@@3-5"});
    CHECK(names("${}x${") .empty());
    CHECK(names("`$A $B", '`') == std::vector<std::string>{"B@4-6"});
    CHECK(names("\"\\$A\"") .empty());
}

TEST_CASE("pattern matching stays polynomial", "[shell]") {
    const std::string value(20000, 'a');
    const auto env = env_from_list({"V=" + value});
    const auto start = std::chrono::steady_clock::now();
    CHECK(word_of("${V#*a*a*a*a*a*a*b}", env) == value);
    CHECK(word_of("${V%%*a*a*a*a*a*a*b}", env) == value);
    CHECK(word_of("${V//*a*a*b/x}", env) == value);
    CHECK(word_of("${V##*a*a}", env).empty());
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(std::chrono::duration_cast<std::chrono::seconds>(elapsed).count() < 5);
}
