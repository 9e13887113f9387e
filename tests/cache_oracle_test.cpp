// The cache simulator against a real builder: every scenario in
// ../shared/oracle/scenarios (expected outcomes observed with buildah) and
// the scenarios in tests/cache/ (ours, same layout). For every RUN/COPY/ADD
// step, HIT must be predicted as hit and MISS as miss or maybe.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <sstream>

#include "dflint/cache.hpp"
#include "test_util.hpp"

namespace fs = std::filesystem;
using namespace dflint;

namespace {

std::map<std::string, std::string> read_build_args(const fs::path& p) {
    std::map<std::string, std::string> out;
    std::ifstream in(p);
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq != std::string::npos) out[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return out;
}

struct Outcome {
    int checked_buildkit = 0;
    int agreed_buildkit = 0;
    int checked = 0;
    int agreed = 0;
    std::string report;
};

Outcome run_scenario(const fs::path& dir) {
    Outcome o;
    const fs::path tmp = fs::temp_directory_path() / ("dflint-oracle-" + dir.filename().string() + "-" + std::to_string(::getpid()));
    fs::remove_all(tmp);
    fs::create_directories(tmp);
    fs::copy(dir / "context", tmp / "context", fs::copy_options::recursive);
    if (fs::exists(dir / "build-args")) fs::copy_file(dir / "build-args", tmp / "build-args");
    else std::ofstream(tmp / "build-args").close();

    cache::ScanOptions before_opts;
    before_opts.context = tmp / "context";
    before_opts.build_args = read_build_args(tmp / "build-args");
    auto before = cache::scan(before_opts);
    REQUIRE(before.ok);

    const std::string cmd = "cd '" + (tmp / "context").string() + "' && ORACLE_BUILD_ARGS='" + (tmp / "build-args").string() + "' sh '" + fs::absolute(dir / "mutate.sh").string() + "' >/dev/null 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
    cache::ScanOptions after_opts = before_opts;
    after_opts.build_args = read_build_args(tmp / "build-args");
    auto after = cache::scan(after_opts);
    REQUIRE(after.ok);
    fs::remove_all(tmp);

    // buildah's semantics against what buildah did; BuildKit's against
    // expected-buildkit.tsv where the two differ (derived from BuildKit's
    // documented cache model), else against the same observations.
    for (const auto builder : {cache::Builder::buildah, cache::Builder::buildkit}) {
    const bool bk = builder == cache::Builder::buildkit;
    const auto plan = cache::simulate(before.snapshot, after.snapshot, {builder});
    // Steps of the stages that are built (buildah numbers only those).
    std::vector<const cache::Step*> built;
    for (const auto& s : plan.steps)
        if (s.status != cache::Status::skipped) built.push_back(&s);
    const fs::path file = bk && fs::exists(dir / "expected-buildkit.tsv") ? dir / "expected-buildkit.tsv" : dir / "expected.tsv";
    std::ifstream expected(file);
    std::string line;
    while (std::getline(expected, line)) {
        std::istringstream fields(line);
        std::string step, verdict, text;
        std::getline(fields, step, '\t');
        std::getline(fields, verdict, '\t');
        std::getline(fields, text);
        const std::string kw = text.substr(0, text.find(' '));
        if (kw != "RUN" && kw != "COPY" && kw != "ADD") continue;
        // The n-th instruction of the Dockerfile (global ARGs are not numbered).
        const std::size_t n = std::stoul(step);
        REQUIRE(n >= 1);
        REQUIRE(n <= built.size());
        const auto& s = *built[n - 1];
        const bool predicted_hit = s.status == cache::Status::hit;
        const bool ok = (verdict == "HIT") == predicted_hit;
        (bk ? o.checked_buildkit : o.checked) += 1;
        if (ok) (bk ? o.agreed_buildkit : o.agreed) += 1;
        o.report += std::string(bk ? "  buildkit " : "  buildah  ") + dir.filename().string() + " #" + step + " " + verdict + " predicted " + std::string(cache::status_name(s.status)) + (ok ? "" : "  <-- DIFFERS") + " : " + text + (s.reason.message.empty() ? "" : "  [" + s.reason.message + "]") + "\n";
    }
    }
    return o;
}

void run_dir(const fs::path& root, int& checked, int& agreed, int& checked_bk, int& agreed_bk, std::string& report) {
    std::vector<fs::path> dirs;
    for (const auto& e : fs::directory_iterator(root))
        if (fs::exists(e.path() / "expected.tsv")) dirs.push_back(e.path());
    std::sort(dirs.begin(), dirs.end());
    for (const auto& d : dirs) {
        auto o = run_scenario(d);
        checked += o.checked;
        agreed += o.agreed;
        checked_bk += o.checked_buildkit;
        agreed_bk += o.agreed_buildkit;
        report += o.report;
    }
}

}  // namespace

TEST_CASE("cache simulation matches the real builder on the shared scenarios", "[cache]") {
    DFLINT_REQUIRE_SHARED();
    int checked = 0, agreed = 0, checked_bk = 0, agreed_bk = 0;
    std::string report;
    run_dir(test::shared_dir() / "oracle/scenarios", checked, agreed, checked_bk, agreed_bk, report);
    WARN("oracle scenarios: buildah semantics " << agreed << "/" << checked << ", BuildKit semantics " << agreed_bk << "/" << checked_bk << " RUN/COPY/ADD steps agree\n" << report);
    CHECK(checked > 0);
    CHECK(agreed == checked);
    CHECK(agreed_bk == checked_bk);
}

TEST_CASE("cache simulation matches our own scenarios", "[cache]") {
    int checked = 0, agreed = 0, checked_bk = 0, agreed_bk = 0;
    std::string report;
    run_dir(test::source_dir() / "tests/cache", checked, agreed, checked_bk, agreed_bk, report);
    WARN("own scenarios: buildah semantics " << agreed << "/" << checked << ", BuildKit semantics " << agreed_bk << "/" << checked_bk << " RUN/COPY/ADD steps agree\n" << report);
    CHECK(checked > 0);
    CHECK(agreed == checked);
    CHECK(agreed_bk == checked_bk);
}
