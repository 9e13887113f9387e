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

    const auto plan = cache::simulate(before.snapshot, after.snapshot);
    std::ifstream expected(dir / "expected.tsv");
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
        REQUIRE(n <= plan.steps.size());
        const auto& s = plan.steps[n - 1];
        const bool predicted_hit = s.status == cache::Status::hit;
        const bool ok = (verdict == "HIT") == predicted_hit;
        ++o.checked;
        if (ok) ++o.agreed;
        o.report += "  " + dir.filename().string() + " #" + step + " " + verdict + " predicted " + std::string(cache::status_name(s.status)) + (ok ? "" : "  <-- DIFFERS") + " : " + text + (s.reason.message.empty() ? "" : "  [" + s.reason.message + "]") + "\n";
    }
    return o;
}

void run_dir(const fs::path& root, int& checked, int& agreed, std::string& report) {
    std::vector<fs::path> dirs;
    for (const auto& e : fs::directory_iterator(root))
        if (fs::exists(e.path() / "expected.tsv")) dirs.push_back(e.path());
    std::sort(dirs.begin(), dirs.end());
    for (const auto& d : dirs) {
        auto o = run_scenario(d);
        checked += o.checked;
        agreed += o.agreed;
        report += o.report;
    }
}

}  // namespace

TEST_CASE("cache simulation matches the real builder on the shared scenarios", "[cache]") {
    DFLINT_REQUIRE_SHARED();
    int checked = 0, agreed = 0;
    std::string report;
    run_dir(test::shared_dir() / "oracle/scenarios", checked, agreed, report);
    WARN("oracle scenarios: " << agreed << "/" << checked << " RUN/COPY/ADD steps agree\n" << report);
    CHECK(checked > 0);
    CHECK(agreed == checked);
}

TEST_CASE("cache simulation matches our own scenarios", "[cache]") {
    int checked = 0, agreed = 0;
    std::string report;
    run_dir(test::source_dir() / "tests/cache", checked, agreed, report);
    WARN("own scenarios: " << agreed << "/" << checked << " RUN/COPY/ADD steps agree\n" << report);
    CHECK(checked > 0);
    CHECK(agreed == checked);
}
