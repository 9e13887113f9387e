// .dockerignore conformance: every vector of ../shared/conformance/dockerignore
// (patternmatcher path matching, fsutil filtered walks, ignorefile.ReadAll),
// plus hand-written cases for the Go-regexp quirks and the disk walker.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include "dflint/context.hpp"
#include "dflint/ignore.hpp"

namespace fs = std::filesystem;
using dflint::context::Entry;
using dflint::context::EntryType;
using dflint::ignore::Matcher;

namespace {

fs::path vectors_dir() { return fs::path(DFLINT_SHARED_DIR) / "conformance" / "dockerignore"; }

std::vector<nlohmann::json> read_jsonl(const fs::path& file) {
    std::vector<nlohmann::json> out;
    std::ifstream in(file);
    std::string line;
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        out.push_back(nlohmann::json::parse(line));
    }
    return out;
}

std::vector<std::string> strings_of(const nlohmann::json& j) {
    std::vector<std::string> v;
    if (j.is_array()) {
        for (const auto& s : j) v.push_back(s.get<std::string>());
    }
    return v;
}

struct Outcome {
    bool match = false;
    bool error = false;
};

// One cases.jsonl vector through the entry point its "api" names.
Outcome run_case(const nlohmann::json& c) {
    std::vector<std::string> patterns = strings_of(c["patterns"]);
    const std::string path = c["path"].get<std::string>();
    const std::string api = c["api"].get<std::string>();
    Outcome o;
    if (api == "Matches") {
        auto r = dflint::ignore::matches(path, patterns);
        if (!r.ok()) o.error = true; else o.match = *r;
        return o;
    }
    dflint::ignore::Result<Matcher> m;
    if (api == "context") {
        std::string text;
        for (const auto& p : patterns) text += p + "\n";
        auto file = dflint::ignore::read_ignore_file(text);
        if (!file.ok()) {
            o.error = true;
            return o;
        }
        m = Matcher::compile(file);
    } else {
        m = Matcher::compile(patterns);
    }
    if (!m.ok()) {
        o.error = true;
        return o;
    }
    auto r = m->match(path);
    o.error = r.error;
    o.match = r.matched;
    return o;
}

std::vector<Entry> tree_of(const nlohmann::json& j) {
    std::vector<Entry> tree;
    for (const auto& s : j) {
        std::string t = s.get<std::string>();
        auto sp = t.find(' ');
        Entry e;
        e.path = t.substr(sp + 1);
        e.type = t.substr(0, sp) == "dir" ? EntryType::dir : EntryType::file;
        tree.push_back(std::move(e));
    }
    return tree;
}

std::vector<std::string> describe(const std::vector<Entry>& entries) {
    std::vector<std::string> v;
    for (const auto& e : entries) v.push_back(std::string(dflint::context::entry_type_name(e.type)) + " " + e.path);
    return v;
}

dflint::context::Filter filter_of(const nlohmann::json& j) {
    dflint::context::Filter f;
    if (j.contains("include")) f.include_patterns = strings_of(j["include"]);
    if (j.contains("exclude")) f.exclude_patterns = strings_of(j["exclude"]);
    return f;
}

std::string join(const std::vector<std::string>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) s += (i ? ", " : "") + v[i];
    return s + "]";
}

bool match_of(const std::vector<std::string>& patterns, std::string_view path) {
    auto m = Matcher::compile(patterns);
    REQUIRE(m.ok());
    auto r = m->match(path);
    REQUIRE_FALSE(r.error);
    return r.matched;
}

std::vector<std::string> walk_paths(const std::vector<std::string>& tree_spec, const std::vector<std::string>& exclude,
                                    const std::vector<std::string>& include = {}) {
    std::vector<Entry> tree = tree_of(nlohmann::json(tree_spec));
    dflint::context::WalkOptions o;
    o.filter.exclude_patterns = exclude;
    o.filter.include_patterns = include;
    auto r = dflint::context::walk_tree(tree, o);
    REQUIRE(r.ok);
    return describe(r.entries);
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::random_device rd;
        path = fs::temp_directory_path() / ("dflint-ignore-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
        fs::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        // Restore permissions changed by the tests before removing.
        fs::permissions(path / "secret", fs::perms::owner_all, ec);
        fs::permissions(path / "build" / "locked", fs::perms::owner_all, ec);
        fs::remove_all(path, ec);
    }
    void write(const std::string& rel, const std::string& content) {
        fs::create_directories((path / rel).parent_path());
        std::ofstream(path / rel) << content;
    }
};

}  // namespace

TEST_CASE("dockerignore conformance vectors", "[ignore][conformance]") {
    if (!fs::exists(fs::path(DFLINT_SHARED_DIR))) {
        WARN("SKIP: ../shared not found");
        return;
    }
    const fs::path dir = vectors_dir();
    REQUIRE(fs::exists(dir / "cases.jsonl"));

    std::vector<std::string> failures;

    // cases.jsonl
    std::size_t cases_total = 0, cases_pass = 0;
    for (const auto& c : read_jsonl(dir / "cases.jsonl")) {
        ++cases_total;
        const bool want_error = c.value("error", false);
        const bool want_match = c["match"].get<bool>();
        Outcome o = run_case(c);
        if (o.error == want_error && (want_error || o.match == want_match)) {
            ++cases_pass;
        } else {
            failures.push_back("cases.jsonl: " + c.dump() + " -> match=" + (o.match ? "true" : "false") +
                               " error=" + (o.error ? "true" : "false"));
        }
    }

    // walk_cases.jsonl
    std::size_t walk_total = 0, walk_pass = 0;
    for (const auto& c : read_jsonl(dir / "walk_cases.jsonl")) {
        ++walk_total;
        std::vector<Entry> tree = tree_of(c["tree"]);
        dflint::context::WalkOptions opts;
        if (c.contains("layers")) {
            const auto& layers = c["layers"];
            opts.filter = filter_of(layers[0]);
            for (std::size_t i = 1; i < layers.size(); ++i) opts.outer_filters.push_back(filter_of(layers[i]));
        } else {
            opts.filter = filter_of(c);
        }
        auto r = dflint::context::walk_tree(tree, opts);
        bool pass;
        if (c.value("error", false)) {
            pass = !r.ok;
        } else {
            pass = r.ok && describe(r.entries) == strings_of(c["expected"]);
        }
        if (pass) {
            ++walk_pass;
        } else {
            failures.push_back("walk_cases.jsonl: " + c.dump() + " -> ok=" + (r.ok ? "true" : "false") + " " +
                               r.error + " " + join(describe(r.entries)));
        }
    }

    // readall_cases.jsonl
    std::size_t read_total = 0, read_pass = 0;
    for (const auto& c : read_jsonl(dir / "readall_cases.jsonl")) {
        ++read_total;
        std::vector<std::string> got;
        bool ok = true;
        if (!c["input"].is_null()) {
            auto r = dflint::ignore::read_ignore_file(c["input"].get<std::string>());
            ok = r.ok();
            got = r.patterns;
            REQUIRE(r.lines.size() == r.patterns.size());
        }
        if (ok && got == strings_of(c["expected"])) {
            ++read_pass;
        } else {
            failures.push_back("readall_cases.jsonl: " + c.dump() + " -> " + join(got));
        }
    }

    std::ostringstream summary;
    summary << "dockerignore vectors: cases " << cases_pass << "/" << cases_total << ", walk " << walk_pass << "/"
            << walk_total << ", readall " << read_pass << "/" << read_total;
    std::cout << summary.str() << "\n";
    for (const auto& f : failures) std::cout << "FAIL " << f << "\n";
    INFO(summary.str());
    CHECK(cases_total > 0);
    CHECK(walk_total > 0);
    CHECK(read_total > 0);
    REQUIRE(failures.empty());
}

TEST_CASE("read_ignore_file", "[ignore]") {
    using dflint::ignore::read_ignore_file;
    SECTION("comments, blanks, trimming, exceptions, cleaning") {
        auto r = read_ignore_file(
            "\xEF\xBB\xBF# comment\r\n"
            "  # not a comment  \r\n"
            "\n"
            "/abs/path/\n"
            "!  /x/../y//z\n"
            "./a/./b\n"
            "/\n"
            "!\n"
            "\t*.md\t\n"
            "last");
        CHECK(r.ok());
        CHECK(r.patterns == std::vector<std::string>{"# not a comment", "abs/path", "!y/z", "a/b", "/", "!", "*.md", "last"});
        CHECK(r.lines == std::vector<std::uint32_t>{2, 4, 5, 6, 7, 8, 9, 10});
    }
    SECTION("a BOM only counts on the first line") {
        auto r = read_ignore_file("a\n\xEF\xBB\xBF#b\n");
        CHECK(r.patterns == std::vector<std::string>{"a", "\xEF\xBB\xBF#b"});
    }
    SECTION("Unicode white space is trimmed") {
        auto r = read_ignore_file("\xC2\xA0" "foo\xE3\x80\x80\n");
        CHECK(r.patterns == std::vector<std::string>{"foo"});
    }
    SECTION("a line of 64 KiB fails like bufio.Scanner") {
        std::string text = "ok\n" + std::string(64 * 1024, 'x') + "\n";
        auto r = read_ignore_file(text);
        CHECK_FALSE(r.ok());
        CHECK(r.error_line == 2);
        CHECK(r.patterns.empty());
        CHECK(read_ignore_file(std::string(64 * 1024 - 1, 'x')).ok());
    }
    SECTION("compile errors carry the line") {
        auto file = read_ignore_file("a\n\n!\n");
        auto m = Matcher::compile(file);
        REQUIRE_FALSE(m.ok());
        CHECK(m.error.message == "illegal exclusion pattern: \"!\"");
        CHECK(m.error.pattern_index == 1);
        CHECK(m.error.line == 3);
    }
}

TEST_CASE("clean_path follows Go's filepath.Clean", "[ignore]") {
    using dflint::ignore::clean_path;
    CHECK(clean_path("") == ".");
    CHECK(clean_path(".") == ".");
    CHECK(clean_path("a//b") == "a/b");
    CHECK(clean_path("a/./b/") == "a/b");
    CHECK(clean_path("a/../b") == "b");
    CHECK(clean_path("a/b/../../..") == "..");
    CHECK(clean_path("../../a") == "../../a");
    CHECK(clean_path("/../a") == "/a");
    CHECK(clean_path("/a/b/..") == "/a");
    CHECK(clean_path("//") == "/");
    CHECK(clean_path("!docs/../x") == "x");  // New() cleans before looking at '!'
    CHECK(clean_path("abc/def/../../..") == "..");
    CHECK(clean_path("../x/..") == "..");
}

TEST_CASE("pattern semantics beyond the vectors", "[ignore]") {
    SECTION("classes follow RE2: [!x] is no negation, POSIX classes work") {
        CHECK(match_of({"[!x]"}, "!"));
        CHECK(match_of({"[!x]"}, "x"));
        CHECK_FALSE(match_of({"[!x]"}, "a"));
        CHECK(match_of({"[[:alpha:]]"}, "a"));
        CHECK_FALSE(match_of({"[[:alpha:]]"}, "1"));
        CHECK(match_of({"file[0-9].txt"}, "file7.txt"));
        CHECK_FALSE(match_of({"file[0-9].txt"}, "fileA.txt"));
    }
    SECTION("escapes are regexp escapes") {
        CHECK(match_of({"foo\\d"}, "foo1"));  // \d is a digit class in the translated regexp
        CHECK_FALSE(match_of({"foo\\d"}, "food"));
        CHECK(match_of({"a\\.b"}, "a.b"));
        CHECK_FALSE(match_of({"a\\.b"}, "axb"));
        CHECK(match_of({"\\[x\\]"}, "[x]"));
    }
    SECTION("a raw ^ is a text anchor once the pattern is a regexp") {
        CHECK(match_of({"^a*"}, "abc"));
        CHECK_FALSE(match_of({"^a*"}, "^abc"));
        CHECK(match_of({"^a"}, "^a"));  // no wildcard: plain string compare
        CHECK_FALSE(match_of({"a^b*"}, "a^b"));
    }
    SECTION("** and *") {
        CHECK(match_of({"**/*.log"}, "a.log"));
        CHECK(match_of({"**/*.log"}, "x/y/a.log"));
        CHECK_FALSE(match_of({"**/*.log"}, "x/a.log.txt"));
        CHECK(match_of({"a/**/b"}, "a/b"));
        CHECK(match_of({"a/**/b"}, "a/x/y/b"));
        CHECK_FALSE(match_of({"a/**/b"}, "a/x\ny/b"));  // '.' does not match a newline
        CHECK(match_of({"*"}, "a\nb"));                 // but [^/] does
        CHECK(match_of({"a?b"}, "a\xFF" "b"));           // an invalid byte is one rune
        CHECK(match_of({"**.go"}, "x/y.go"));
        CHECK(match_of({"src/**"}, "src/a/b"));
        CHECK_FALSE(match_of({"src/**"}, "src"));
        CHECK_FALSE(match_of({"*.md"}, "docs/a.md"));
        CHECK(match_of({"*"}, "top/inner/file"));  // matches the top-level directory
    }
    SECTION("\\Q quotes the rest of the translated regexp") {
        CHECK(match_of({"\\Qa*"}, "a[^/]*$"));
        CHECK(match_of({"\\Qa*"}, "a[^/]*$/more"));
        CHECK_FALSE(match_of({"\\Qa*"}, "abc"));
    }
    SECTION("syntax errors at construction, regexp errors at evaluation") {
        for (const char* bad : {"[", "a[", "[^", "[]a]", "[-]", "[x-]", "[a-b-c]", "\\", "x/[", "*[a-"}) {
            INFO(bad);
            auto m = Matcher::compile(std::vector<std::string>{bad});
            CHECK_FALSE(m.ok());
            if (!m.ok()) CHECK(m.error.message == "syntax error in pattern");
        }
        auto m = Matcher::compile(std::vector<std::string>{"[Local-Only]"});
        REQUIRE(m.ok());
        CHECK_FALSE(m->patterns()[0].evaluable);
        auto r = m->match("x");
        CHECK(r.error);
        CHECK(r.error_pattern == 0);
        CHECK(m->match("x").error);  // every time
        // Not evaluated when it cannot change the result.
        auto m2 = Matcher::compile(std::vector<std::string>{"*", "[z-a]"});
        REQUIRE(m2.ok());
        CHECK(m2->match("x").matched);
        CHECK_FALSE(m2->match("x").error);
        // [[:alpha:] passes the glob check but the POSIX class eats the ']'.
        auto m3 = Matcher::compile(std::vector<std::string>{"[[:alpha:]"});
        REQUIRE(m3.ok());
        CHECK(m3->match("a").error);

        auto issues = dflint::ignore::check_patterns(std::vector<std::string>{"ok", "!", "[", "[Local-Only]", "  "});
        REQUIRE(issues.size() == 3);
        CHECK(issues[0].index == 1);
        CHECK_FALSE(issues[0].fails_at_match);
        CHECK(issues[1].index == 2);
        CHECK(issues[2].index == 3);
        CHECK(issues[2].fails_at_match);
    }
    SECTION("which pattern decided") {
        std::vector<std::string> p{"*.md", "!README*.md", "README-secret.md"};
        auto m = Matcher::compile(p);
        REQUIRE(m.ok());
        auto r = m->match("README.md");
        CHECK_FALSE(r.matched);
        CHECK(r.decided_by == 1);
        CHECK(m->patterns()[1].text == "README*.md");
        CHECK(m->patterns()[1].exclusion);
        r = m->match("README-secret.md");
        CHECK(r.matched);
        CHECK(r.decided_by == 2);
        r = m->match("main.go");
        CHECK_FALSE(r.matched);
        CHECK(r.decided_by == -1);
        CHECK(m->has_exclusions());
        auto blanks = Matcher::compile(std::vector<std::string>{"", "a", " ", "!b"});
        REQUIRE(blanks.ok());
        REQUIRE(blanks->patterns().size() == 2);
        CHECK(blanks->patterns()[1].source_index == 3);
    }
    SECTION("the package-level helper cleans the path and never matches '.'") {
        std::vector<std::string> p{"**"};
        CHECK(*dflint::ignore::matches("a/../b", p));
        CHECK_FALSE(*dflint::ignore::matches("./", p));
        CHECK(*dflint::ignore::matches("docs//x", std::vector<std::string>{"docs/x"}));
    }
    SECTION("unclean paths: parents are cleaned like filepath.Dir") {
        CHECK(match_of({"dir"}, "dir//file"));
        CHECK(match_of({"dir"}, "dir/./file"));
        CHECK(match_of({"dir/file"}, "dir/file/"));
    }
}

TEST_CASE("directory skipping and incremental matching", "[ignore][walk]") {
    auto plain = Matcher::compile(std::vector<std::string>{"node_modules", "build/"});
    REQUIRE(plain.ok());
    CHECK(plain->can_skip_excluded_dir("node_modules"));
    auto keep = Matcher::compile(std::vector<std::string>{"node_modules", "!node_modules/keep/**"});
    REQUIRE(keep.ok());
    CHECK_FALSE(keep->can_skip_excluded_dir("node_modules"));
    CHECK(keep->can_skip_excluded_dir("node"));
    CHECK(keep->can_skip_excluded_dir("other"));
    auto glob = Matcher::compile(std::vector<std::string>{"node_modules", "!**/*.md"});
    REQUIRE(glob.ok());
    CHECK_FALSE(glob->can_skip_excluded_dir("node_modules"));
    auto inc = Matcher::compile(std::vector<std::string>{"src/app/*"});
    REQUIRE(inc.ok());
    CHECK_FALSE(inc->can_skip_unincluded_dir("src"));
    CHECK(inc->can_skip_unincluded_dir("docs"));

    // The walk uses MatchesUsingParentResults, which differs from
    // MatchesOrParentMatches when a pattern was skipped for the parent.
    std::vector<std::string> p{"x*", "!x/y*", "x"};
    CHECK(match_of(p, "x/y"));
    CHECK(walk_paths({"dir x", "file x/y"}, p) == std::vector<std::string>{"dir x", "file x/y"});
    auto m = Matcher::compile(p);
    REQUIRE(m.ok());
    dflint::ignore::ParentMatches root, x;
    CHECK(m->match_using_parent("x", root, &x).matched);
    CHECK_FALSE(m->match_using_parent("x/y", x).matched);
}

TEST_CASE("in-memory walk", "[walk]") {
    SECTION("walk order puts a directory's children right after it") {
        CHECK(dflint::context::walk_order_less("a/x", "a-b"));
        CHECK(dflint::context::walk_order_less("a", "a/x"));
        CHECK_FALSE(dflint::context::walk_order_less("a-b", "a/x"));
        CHECK(walk_paths({"file a-b", "file a/x", "dir a", "file B"}, {}) ==
              std::vector<std::string>{"file B", "dir a", "file a/x", "file a-b"});
    }
    SECTION("excluded directories are emitted before re-included children only") {
        std::vector<std::string> tree{"dir docs", "file docs/README.md", "file docs/guide.md", "dir docs/img",
                                      "file docs/img/a.png", "file main.go"};
        CHECK(walk_paths(tree, {"docs", "!docs/README.md"}) ==
              std::vector<std::string>{"dir docs", "file docs/README.md", "file main.go"});
        CHECK(walk_paths(tree, {"docs"}) == std::vector<std::string>{"file main.go"});
        CHECK(walk_paths(tree, {"**/*.md"}) ==
              std::vector<std::string>{"dir docs", "dir docs/img", "file docs/img/a.png", "file main.go"});
        CHECK(walk_paths(tree, {"*", "!docs/img"}) ==
              std::vector<std::string>{"dir docs", "dir docs/img", "file docs/img/a.png"});
    }
    SECTION("invalid patterns fail the walk like NewFilterFS") {
        std::vector<Entry> tree = tree_of(nlohmann::json::array({"file a"}));
        dflint::context::WalkOptions o;
        o.filter.exclude_patterns = {"a", "!"};
        auto r = dflint::context::walk_tree(tree, o);
        CHECK_FALSE(r.ok);
        CHECK(r.error == "invalid excludepatterns: [a !]: illegal exclusion pattern: \"!\"");
        o.filter.exclude_patterns = {"[Local-Only]"};
        r = dflint::context::walk_tree(tree, o);
        CHECK_FALSE(r.ok);
        CHECK(r.error == "failed to match excludepatterns: syntax error in pattern");
    }
}

TEST_CASE("disk walk", "[walk]") {
    TempDir t;
    t.write("Dockerfile", "FROM scratch\n");
    t.write(".dockerignore", "build\n!build/keep.txt\n*.log\n");
    t.write("src/main.go", "package main\n");
    t.write("src/sub/util.go", "package sub\n");
    t.write("build/out.bin", "xx");
    t.write("build/keep.txt", "keep");
    t.write("build/deep/x.o", "o");
    t.write("debug.log", "log");
    t.write("src/debug.log", "nested logs stay: *.log only matches at the root");
    fs::create_symlink("src", t.path / "link-to-src");
    fs::create_symlink("/nonexistent/target", t.path / "dangling");
    fs::create_hard_link(t.path / "src/main.go", t.path / "src/main-hard.go");
    ::chmod((t.path / "src/main.go").c_str(), 0755);

    auto ignore_file = dflint::context::find_ignore_file(t.path, t.path / "Dockerfile");
    REQUIRE(ignore_file);
    CHECK(ignore_file->filename() == ".dockerignore");
    t.write("Dockerfile.dockerignore", "*\n");
    CHECK(dflint::context::find_ignore_file(t.path, t.path / "Dockerfile")->filename() == "Dockerfile.dockerignore");
    fs::remove(t.path / "Dockerfile.dockerignore");

    std::ifstream in(t.path / ".dockerignore");
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto file = dflint::ignore::read_ignore_file(text);
    dflint::context::WalkOptions o;
    o.filter.exclude_patterns = file.patterns;
    auto r = dflint::context::walk(t.path, o);
    REQUIRE(r.ok);
    CHECK(r.errors.empty());
    CHECK(describe(r.entries) == std::vector<std::string>{
                                     "file .dockerignore",
                                     "file Dockerfile",
                                     "dir build",
                                     "file build/keep.txt",
                                     "symlink dangling",
                                     "symlink link-to-src",
                                     "dir src",
                                     "file src/debug.log",
                                     "file src/main-hard.go",
                                     "file src/main.go",
                                     "dir src/sub",
                                     "file src/sub/util.go",
                                 });
    auto find = [&](std::string_view p) -> const Entry& {
        auto it = std::find_if(r.entries.begin(), r.entries.end(), [&](const Entry& e) { return e.path == p; });
        REQUIRE(it != r.entries.end());
        return *it;
    };
    CHECK(find("link-to-src").link_target == "src");
    CHECK(find("dangling").link_target == "/nonexistent/target");
    CHECK((find("src/main.go").mode & 07777) == 0755);
    CHECK(S_ISREG(find("src/main.go").mode));
    CHECK(find("build/keep.txt").size == 4);
    CHECK(find("src").type == EntryType::dir);
    CHECK(find("src").size == 0);
    CHECK(find("src/main-hard.go").hardlink_to.empty());  // first of the pair in walk order
    CHECK(find("src/main.go").hardlink_to == "src/main-hard.go");
    CHECK(find("src/main.go").size == 0);
    CHECK(find("Dockerfile").uid == ::getuid());
    CHECK(find("Dockerfile").mtime_ns > 0);

    SECTION("without stat") {
        o.stat = false;
        auto r2 = dflint::context::walk(t.path, o);
        REQUIRE(r2.ok);
        CHECK(describe(r2.entries) == describe(r.entries));
    }
    SECTION("unreadable directories") {
        if (::geteuid() == 0) {
            WARN("running as root: permission checks skipped");
            return;
        }
        fs::create_directories(t.path / "secret");
        fs::create_directories(t.path / "build/locked");
        fs::permissions(t.path / "secret", fs::perms::none);
        fs::permissions(t.path / "build/locked", fs::perms::none);
        auto r3 = dflint::context::walk(t.path, o);
        REQUIRE(r3.ok);
        // build/locked is excluded anyway (its parent is descended only for the
        // exception): its permission error is ignored. secret is kept: reported.
        REQUIRE(r3.errors.size() == 1);
        CHECK(r3.errors[0].path == "secret");
        CHECK(r3.errors[0].error_code == EACCES);
        CHECK(std::count_if(r3.entries.begin(), r3.entries.end(), [](const Entry& e) { return e.path == "secret"; }) == 1);
    }
    SECTION("missing root") {
        auto r4 = dflint::context::walk(t.path / "nope", o);
        CHECK_FALSE(r4.ok);
    }
}
