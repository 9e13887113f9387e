// Parser throughput over the shared corpus.
//
//   parse_bench [DIR] [--reps N] [--min-seconds S]
//
// DIR is a corpus directory: one holding manifest.jsonl (its "file" entries are
// read) or any directory (every regular file below it is read). Without DIR the
// shared corpus (DFLINT_SHARED_DIR/corpus) is used; when it is absent the
// benchmark prints a skip note and exits 0.
//
// All files are read into memory first; only parsing (then parsing + the
// semantic model, then a whole lint without ShellCheck) is timed (the per-file
// copy that parse() takes by value is made before the clock starts). Two
// baselines over the same bytes, measured in the same process, put the numbers
// in proportion: a memchr newline count and a plain copy. Single-threaded, so
// every rate is per core.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dflint/dflint.hpp"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Corpus {
    std::vector<std::string> files;
    std::size_t bytes = 0;
    std::string origin;
};

bool read_file(const fs::path& p, std::string& out) {
    std::ifstream in(p, std::ios::binary);
    if (!in) return false;
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

// Returns false (with a message) when the corpus cannot be found.
bool load(const fs::path& dir, Corpus& c, std::string& why) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        why = fmt::format("{} is not a directory", dir.string());
        return false;
    }
    const auto manifest = dir / "manifest.jsonl";
    std::vector<fs::path> paths;
    if (fs::exists(manifest)) {
        std::ifstream in(manifest);
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty()) continue;
            paths.push_back(dir / nlohmann::json::parse(line).at("file").get<std::string>());
        }
        c.origin = manifest.string();
    } else {
        for (const auto& e : fs::recursive_directory_iterator(dir))
            if (e.is_regular_file()) paths.push_back(e.path());
        std::sort(paths.begin(), paths.end());  // deterministic order
        c.origin = dir.string();
    }
    for (const auto& p : paths) {
        std::string text;
        if (!read_file(p, text)) {
            why = fmt::format("cannot read {}", p.string());
            return false;
        }
        c.bytes += text.size();
        c.files.push_back(std::move(text));
    }
    if (c.files.empty()) {
        why = fmt::format("no files in {}", dir.string());
        return false;
    }
    return true;
}

// Keeps results observable so the optimiser cannot drop the work.
volatile std::size_t g_sink = 0;

struct Timing {
    double seconds = 0;  // total timed seconds
    int reps = 0;
};

// Runs `pass` (one pass over the whole corpus, returning the timed seconds)
// `reps` times, or, when reps == 0, until at least `min_seconds` were timed.
template <class Pass>
Timing measure(Pass&& pass, int reps, double min_seconds) {
    Timing t;
    pass();  // warm-up: page in the code and the data, grow allocator pools
    while (reps > 0 ? t.reps < reps : t.seconds < min_seconds) {
        t.seconds += pass();
        ++t.reps;
    }
    return t;
}

double since(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

void report(const char* name, const Corpus& c, const Timing& t, const Timing* versus = nullptr) {
    const double per_pass = t.seconds / t.reps;
    const double mbs = static_cast<double>(c.bytes) / per_pass / 1e6;
    const double files = static_cast<double>(c.files.size()) / per_pass;
    fmt::print("{:<24} {:>4} reps  {:>9.3f} ms/pass  {:>10.1f} MB/s  {:>12.0f} files/s", name, t.reps, per_pass * 1e3, mbs,
               files);
    if (versus) fmt::print("  ({:.2f}x the time of parse)", per_pass / (versus->seconds / versus->reps));
    fmt::print("\n");
}

}  // namespace

int main(int argc, char** argv) {
    fs::path dir = fs::path(DFLINT_SHARED_DIR) / "corpus";
    bool dir_given = false;
    int reps = 0;
    double min_seconds = 2.0;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if ((a == "--reps" || a == "-n") && i + 1 < argc) {
            reps = std::atoi(argv[++i]);
        } else if (a == "--min-seconds" && i + 1 < argc) {
            min_seconds = std::atof(argv[++i]);
        } else if (a == "-h" || a == "--help") {
            fmt::print("usage: parse_bench [DIR] [--reps N] [--min-seconds S]\n");
            return 0;
        } else if (!a.empty() && a[0] == '-') {
            fmt::print(stderr, "parse_bench: unknown option {}\n", a);
            return 2;
        } else {
            dir = a;
            dir_given = true;
        }
    }

    Corpus corpus;
    std::string why;
    if (!load(dir, corpus, why)) {
        if (dir_given) {
            fmt::print(stderr, "parse_bench: {}\n", why);
            return 2;
        }
        fmt::print("parse_bench: skip: no corpus ({})\n", why);
        return 0;
    }
    fmt::print("dflint {}; corpus: {} files, {:.2f} MB from {}\n", dflint::version(), corpus.files.size(),
               static_cast<double>(corpus.bytes) / 1e6, corpus.origin);
    fmt::print("single thread (rates are per core); each figure is the mean over >= {} s of passes\n\n",
               reps > 0 ? 0.0 : min_seconds);

    std::vector<std::string> copies(corpus.files.size());
    std::size_t instructions = 0, issues = 0;
    auto parse_pass = [&](const dflint::ParseOptions& options) {
        for (std::size_t i = 0; i < corpus.files.size(); ++i) copies[i] = corpus.files[i];  // untimed
        std::size_t n = 0;
        const auto start = Clock::now();
        for (auto& text : copies) {
            const auto doc = dflint::parse(std::move(text), options);
            n += doc.instructions.size() + doc.issues.size();
        }
        const double s = since(start);
        g_sink = g_sink + n;
        return s;
    };

    // Counts for the record (also checks that the corpus really parses).
    for (const auto& f : corpus.files) {
        const auto doc = dflint::parse(f);
        instructions += doc.instructions.size();
        issues += doc.issues.size();
    }
    fmt::print("{} instructions, {} parse issues in total\n\n", instructions, issues);

    const auto validated = measure([&] { return parse_pass(dflint::ParseOptions{.validate = true}); }, reps, min_seconds);
    report("parse", corpus, validated);
    const auto unvalidated =
        measure([&] { return parse_pass(dflint::ParseOptions{.validate = false}); }, reps, min_seconds);
    report("parse (validate=false)", corpus, unvalidated, &validated);

    // The rest of a lint run on the same bytes: the semantic model, then every
    // rule (ShellCheck off: it is an external process, cached on disk).
    const auto modelled = measure(
        [&] {
            for (std::size_t i = 0; i < corpus.files.size(); ++i) copies[i] = corpus.files[i];  // untimed
            std::size_t n = 0;
            const auto start = Clock::now();
            for (auto& text : copies) {
                const auto doc = dflint::parse(std::move(text));
                const dflint::Model model(doc);
                n += model.stages().size();
            }
            const double s = since(start);
            g_sink = g_sink + n;
            return s;
        },
        reps, min_seconds);
    report("parse + model", corpus, modelled, &validated);
    dflint::Config config;
    config.shellcheck = false;
    const auto linted = measure(
        [&] {
            for (std::size_t i = 0; i < corpus.files.size(); ++i) copies[i] = corpus.files[i];  // untimed
            std::size_t n = 0;
            const auto start = Clock::now();
            for (auto& text : copies) n += dflint::lint(std::move(text), config).diagnostics.size();
            const double s = since(start);
            g_sink = g_sink + n;
            return s;
        },
        reps, min_seconds);
    report("lint (no ShellCheck)", corpus, linted, &validated);

    const auto newlines = measure(
        [&] {
            const auto start = Clock::now();
            std::size_t n = 0;
            for (const auto& f : corpus.files) {
                const char* p = f.data();
                const char* end = p + f.size();
                while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
                    ++n;
                    ++p;
                }
            }
            const double s = since(start);
            g_sink = g_sink + n;
            return s;
        },
        reps, min_seconds);
    report("baseline: memchr '\\n'", corpus, newlines, &validated);

    std::vector<char> buffer(corpus.bytes);
    const auto copy = measure(
        [&] {
            const auto start = Clock::now();
            char* out = buffer.data();
            for (const auto& f : corpus.files) {
                std::memcpy(out, f.data(), f.size());
                out += f.size();
            }
            const double s = since(start);
            g_sink = g_sink + static_cast<unsigned char>(buffer[corpus.bytes / 2]);
            return s;
        },
        reps, min_seconds);
    report("baseline: memcpy", corpus, copy, &validated);

    fmt::print("\nparse is {:.0f}x slower than counting newlines and {:.0f}x slower than copying the bytes\n",
               (validated.seconds / validated.reps) / (newlines.seconds / newlines.reps),
               (validated.seconds / validated.reps) / (copy.seconds / copy.reps));
    return 0;
}
