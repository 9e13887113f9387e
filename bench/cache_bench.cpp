// Context scanning benchmark: a generated node_modules-like context of 100k
// files. Prints
//   cold scan+hash time vs. reading the same bytes with `cat` (goal: <= 1.5x)
//   warm re-check against a snapshot (goal: <= 0.3 s)
// Usage: cache_bench [DIR] [FILES]   (DIR default: $TMPDIR/dflint-bench-context)
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "dflint/cache.hpp"

namespace fs = std::filesystem;
using clock_type = std::chrono::steady_clock;

static double seconds_since(clock_type::time_point t) { return std::chrono::duration<double>(clock_type::now() - t).count(); }

int main(int argc, char** argv) {
    const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "dflint-bench-context";
    const std::size_t files = argc > 2 ? std::stoul(argv[2]) : 100000;
    const fs::path marker = dir / ".generated";
    if (!fs::exists(marker) || std::stoul([&] { std::ifstream m(marker); std::string s; std::getline(m, s); return s.empty() ? std::string("0") : s; }()) != files) {
        std::printf("generating %zu files in %s ...\n", files, dir.c_str());
        fs::remove_all(dir);
        std::mt19937 rng(42);
        std::uniform_int_distribution<int> size(200, 6000);
        std::string buf(8192, 'x');
        for (auto& c : buf) c = static_cast<char>('a' + rng() % 26);
        for (std::size_t i = 0; i < files; ++i) {
            // node_modules/<pkg>/<sub>/<file>: ~1000 packages, nested folders.
            const fs::path p = dir / "node_modules" / ("pkg" + std::to_string(i % 1000)) / ("lib" + std::to_string((i / 1000) % 10)) / ("f" + std::to_string(i) + ".js");
            fs::create_directories(p.parent_path());
            std::ofstream(p, std::ios::binary).write(buf.data(), size(rng));
        }
        std::ofstream(dir / "Dockerfile") << "FROM node:20\nWORKDIR /app\nCOPY . .\nRUN npm ci\n";
        std::ofstream(marker) << files << "\n";
    }

    // Baseline: read every byte once (page cache warm for both sides).
    const std::string cat = "cd '" + dir.string() + "' && find . -type f -print0 | xargs -0 cat > /dev/null";
    if (std::system(cat.c_str()) != 0) return 1;  // warm the page cache
    auto t = clock_type::now();
    if (std::system(cat.c_str()) != 0) return 1;
    const double cat_s = seconds_since(t);

    dflint::cache::ScanOptions o;
    o.context = dir;
    t = clock_type::now();
    auto cold = dflint::cache::scan(o);
    const double cold_s = seconds_since(t);
    if (!cold.ok) {
        std::fprintf(stderr, "scan failed: %s\n", cold.error.c_str());
        return 1;
    }
    o.reuse = &cold.snapshot;
    t = clock_type::now();
    auto warm = dflint::cache::scan(o);
    const double warm_s = seconds_since(t);

    std::printf("context: %zu entries, %.1f MiB hashed\n", cold.snapshot.files.size(), double(cold.bytes_hashed) / (1024.0 * 1024.0));
    std::printf("cat (read every file)   : %.3f s\n", cat_s);
    std::printf("cold scan + hash        : %.3f s  ratio %.2fx cat  (goal <= 1.5x)\n", cold_s, cold_s / cat_s);
    std::printf("warm re-check (snapshot): %.3f s  (%zu hashes re-used, %zu re-hashed; goal <= 0.3 s)\n", warm_s, warm.hashes_reused, warm.files_hashed);
    return 0;
}
