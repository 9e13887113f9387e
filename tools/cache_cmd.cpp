// `dflint cache …` and `dflint context …`: the layer-cache simulation and
// build-context inspection commands.
#include <fmt/format.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "dflint/cache.hpp"
#include "dflint/context.hpp"
#include "dflint/ignore.hpp"
#include "tools/subcommands.hpp"

namespace dflint::cli {
namespace {

namespace fs = std::filesystem;

struct CacheArgs {
    fs::path context = ".";
    fs::path dockerfile;
    std::map<std::string, std::string> build_args;
    std::string target;
    std::string snapshot_in;
    std::string output;
    std::vector<std::string> changed;
    std::string git_rev;
    std::string format = "text";
    std::string service = "app";
    bool no_color = false;
    std::size_t top = 20;
    bool help = false;
    cache::Builder builder = cache::Builder::buildkit;
};

constexpr const char* cache_usage =
    "usage:\n"
    "  dflint cache snapshot [-f DOCKERFILE] [--context DIR] [--build-arg K=V]... [--target STAGE] -o FILE\n"
    "  dflint cache [-f DOCKERFILE] [--context DIR] [--build-arg K=V]... [--target STAGE]\n"
    "               (--snapshot FILE | --changed PATH... | --git REV) [--format text|json]\n"
    "               [--builder buildkit|buildah]\n"
    "  dflint cache hotspots [-f DOCKERFILE] [--context DIR] [--format text|json]\n"
    "  dflint cache watch-plan [-f DOCKERFILE] [--context DIR] [--service NAME]\n"
    "\n"
    "Predicts, for every instruction of every stage, whether BuildKit's layer cache\n"
    "hits or misses after a change, and why (see docs/cache.md).\n"
    "  snapshot      record what the cache depends on (context hashes, Dockerfile, build args)\n"
    "  --snapshot F  compare the current state with snapshot F\n"
    "  --changed P   these context paths changed (files or folders)\n"
    "  --git REV     everything that differs from git revision REV (committed, staged,\n"
    "                unstaged and untracked; the Dockerfile and .dockerignore included)\n"
    "  hotspots      which files, when edited, cost the most rebuilding\n"
    "  watch-plan    a Docker Compose develop.watch section: sync what only the last\n"
    "                COPY uses, rebuild on dependency manifests\n";

constexpr const char* context_usage =
    "usage:\n"
    "  dflint context ls [--context DIR] [-f DOCKERFILE]   files a `COPY . .` takes in\n"
    "  dflint context du [--context DIR] [-f DOCKERFILE] [--top N]\n"
    "                                                    largest folders and files, and what\n"
    "                                                    .dockerignore saves\n";

bool parse_args(const std::vector<std::string>& args, std::size_t start, CacheArgs& a, std::string& err) {
    auto value = [&](std::size_t& i, const std::string& name) -> std::optional<std::string> {
        const auto& arg = args[i];
        if (arg.size() > name.size() && arg.compare(0, name.size() + 1, name + "=") == 0) return arg.substr(name.size() + 1);
        if (i + 1 >= args.size()) {
            err = name + " needs a value";
            return std::nullopt;
        }
        return args[++i];
    };
    for (std::size_t i = start; i < args.size(); ++i) {
        const auto& arg = args[i];
        auto is = [&](const char* n) { return arg == n || arg.rfind(std::string(n) + "=", 0) == 0; };
        if (arg == "-h" || arg == "--help") a.help = true;
        else if (is("--context")) {
            auto v = value(i, "--context");
            if (!v) return false;
            a.context = *v;
        } else if (arg == "-f" || is("--file")) {
            auto v = value(i, arg == "-f" ? "-f" : "--file");
            if (!v) return false;
            a.dockerfile = *v;
        } else if (is("--build-arg")) {
            auto v = value(i, "--build-arg");
            if (!v) return false;
            const auto eq = v->find('=');
            if (eq == std::string::npos) {
                // `--build-arg NAME` takes the value from the environment, as docker does.
                const char* env = std::getenv(v->c_str());
                if (env) a.build_args[*v] = env;
            } else {
                a.build_args[v->substr(0, eq)] = v->substr(eq + 1);
            }
        } else if (is("--target")) {
            auto v = value(i, "--target");
            if (!v) return false;
            a.target = *v;
        } else if (is("--snapshot")) {
            auto v = value(i, "--snapshot");
            if (!v) return false;
            a.snapshot_in = *v;
        } else if (arg == "-o" || is("--output")) {
            auto v = value(i, arg == "-o" ? "-o" : "--output");
            if (!v) return false;
            a.output = *v;
        } else if (is("--git")) {
            auto v = value(i, "--git");
            if (!v) return false;
            a.git_rev = *v;
        } else if (is("--format")) {
            auto v = value(i, "--format");
            if (!v) return false;
            a.format = *v;
        } else if (is("--service")) {
            auto v = value(i, "--service");
            if (!v) return false;
            a.service = *v;
        } else if (is("--top")) {
            auto v = value(i, "--top");
            if (!v) return false;
            a.top = std::stoul(*v);
        } else if (is("--builder")) {
            auto v = value(i, "--builder");
            if (!v) return false;
            if (*v == "buildkit") a.builder = cache::Builder::buildkit;
            else if (*v == "buildah" || *v == "classic") a.builder = cache::Builder::buildah;
            else {
                err = "unknown builder '" + *v + "' (buildkit or buildah)";
                return false;
            }
        } else if (arg == "--no-color") {
            a.no_color = true;
        } else if (is("--changed")) {
            if (arg.rfind("--changed=", 0) == 0) a.changed.push_back(arg.substr(10));
            while (i + 1 < args.size() && args[i + 1].rfind("--", 0) != 0) a.changed.push_back(args[++i]);
            if (a.changed.empty()) {
                err = "--changed needs at least one path";
                return false;
            }
        } else {
            err = "unknown argument '" + arg + "'";
            return false;
        }
    }
    if (a.format != "text" && a.format != "json") {
        err = "unknown format '" + a.format + "' (text or json)";
        return false;
    }
    return true;
}

bool use_color(const CacheArgs& a) { return !a.no_color && !std::getenv("NO_COLOR") && isatty(fileno(stdout)); }

bool scan_current(const CacheArgs& a, cache::ScanResult& out, const cache::Snapshot* reuse = nullptr) {
    cache::ScanOptions o;
    o.context = a.context;
    o.dockerfile = a.dockerfile.empty() ? a.context / "Dockerfile" : a.dockerfile;
    o.build_args = a.build_args;
    o.target = a.target;
    o.reuse = reuse;
    const bool tty = isatty(fileno(stderr));
    if (tty)
        o.progress = [](std::size_t done, std::size_t total) {
            if (total >= 2000) fmt::print(stderr, "\rhashing {}/{} files", done, total);
            if (done == total && total >= 2000) fmt::print(stderr, "\r\033[K");
        };
    out = cache::scan(o);
    if (!out.ok) {
        fmt::print(stderr, "dflint: {}\n", out.error);
        return false;
    }
    for (const auto& w : out.warnings) fmt::print(stderr, "dflint: warning: {}: {}\n", (a.context / w.path).string(), w.message);
    return true;
}

bool run_capture(const std::string& cmd, std::string& out) {
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return false;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
    return pclose(p) == 0;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\'') out += "'\\''";
        else out += c;
    }
    return out + "'";
}

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto j = std::min(s.find('\n', i), s.size());
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

void print_plan_text(const cache::Plan& plan, bool color) {
    auto paint = [&](const char* code, std::string_view s) { return color ? fmt::format("\033[{}m{}\033[0m", code, s) : std::string(s); };
    int last_stage = -2;
    for (const auto& s : plan.steps) {
        if (s.stage != last_stage) {
            last_stage = s.stage;
            fmt::print("{}\n", paint("1", fmt::format("stage {}{}", s.stage, s.stage_name.empty() ? "" : " (" + s.stage_name + ")")));
        }
        const char* c = s.status == cache::Status::hit ? "32" : s.status == cache::Status::miss ? "31" : s.status == cache::Status::maybe ? "33" : "2";
        std::string label(cache::status_name(s.status));
        for (auto& ch : label) ch = char(std::toupper(static_cast<unsigned char>(ch)));
        std::string text = s.text.size() > 60 ? s.text.substr(0, 59) + "…" : s.text;
        std::string line = fmt::format("  {:<7} {:>4}  {}", paint(c, fmt::format("{:<7}", label)), s.line, text);
        if (s.status != cache::Status::hit && !s.reason.message.empty() && s.status != cache::Status::skipped) line += "\n" + std::string(16, ' ') + paint("2", s.reason.message);
        else if (s.status == cache::Status::hit && s.reason.kind == cache::ReasonKind::instruction_changed) line += "\n" + std::string(16, ' ') + paint("2", s.reason.message);
        fmt::print("{}\n", line);
    }
    fmt::print("\n{} hit, {} miss, {} maybe, {} skipped\n", plan.count(cache::Status::hit), plan.count(cache::Status::miss), plan.count(cache::Status::maybe),
               plan.count(cache::Status::skipped));
    for (const auto& n : plan.notes) fmt::print("note: {}\n", n);
}


std::string read_whole(const std::string& path, bool& ok) {
    std::ifstream in(path, std::ios::binary);
    ok = static_cast<bool>(in);
    return ok ? std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()) : std::string();
}

int cache_main(const std::vector<std::string>& args) {
    std::size_t start = 1;
    std::string sub;
    if (args.size() > 1 && (args[1] == "snapshot" || args[1] == "hotspots" || args[1] == "watch-plan")) {
        sub = args[1];
        start = 2;
    }
    CacheArgs a;
    std::string err;
    if (!parse_args(args, start, a, err)) {
        fmt::print(stderr, "dflint cache: {}\n{}", err, cache_usage);
        return 2;
    }
    if (a.help) {
        fmt::print("{}", cache_usage);
        return 0;
    }
    if (sub == "snapshot") {
        if (a.output.empty()) {
            fmt::print(stderr, "dflint cache snapshot: -o FILE is required\n");
            return 2;
        }
        cache::Snapshot previous;
        bool have_previous = false;
        if (bool ok = false; !read_whole(a.output, ok).empty() && ok) {
            std::string e;
            have_previous = cache::from_json(read_whole(a.output, ok), previous, e);
        }
        cache::ScanResult scan;
        if (!scan_current(a, scan, have_previous ? &previous : nullptr)) return 2;
        std::ofstream out(a.output, std::ios::binary | std::ios::trunc);
        out << cache::to_json(scan.snapshot);
        if (!out) {
            fmt::print(stderr, "dflint: {}: cannot write the snapshot\n", a.output);
            return 2;
        }
        fmt::print(stderr, "snapshot of {} files written to {}\n", scan.snapshot.files.size(), a.output);
        return 0;
    }
    cache::ScanResult scan;
    if (sub == "hotspots" || sub == "watch-plan") {
        if (!scan_current(a, scan)) return 2;
        if (sub == "watch-plan") {
            fmt::print("{}", cache::watch_plan_yaml(cache::watch_plan(scan.snapshot), a.service));
            return 0;
        }
        const auto hs = cache::hotspots(scan.snapshot, {a.builder});
        if (a.format == "json") {
            nlohmann::json j = nlohmann::json::array();
            for (const auto& h : hs)
                j.push_back({{"path", h.path}, {"firstLine", h.first_line}, {"firstStep", h.first_step}, {"stepsRebuilt", h.steps_rebuilt}, {"cost", h.cost}});
            fmt::print("{}\n", nlohmann::json{{"version", 1}, {"hotspots", j}}.dump(2));
            return 0;
        }
        fmt::print("{:<28} {:>6} {:>6}  first step invalidated\n", "path", "steps", "cost");
        for (const auto& h : hs)
            fmt::print("{:<28} {:>6} {:>6.1f}  line {}: {}\n", h.path, h.steps_rebuilt, h.cost, h.first_line, h.first_step.size() > 50 ? h.first_step.substr(0, 49) + "…" : h.first_step);
        if (!hs.empty() && hs.front().cost >= 10)
            fmt::print("\nEditing {} reruns an install or compile step. Copy only what that step needs before it\n"
                       "(e.g. the dependency manifests), and the rest after it.\n", hs.front().path);
        return 0;
    }
    const int sources = !a.snapshot_in.empty() + !a.changed.empty() + !a.git_rev.empty();
    if (sources != 1) {
        fmt::print(stderr, "dflint cache: give exactly one of --snapshot FILE, --changed PATH... or --git REV\n{}", cache_usage);
        return 2;
    }
    cache::Snapshot before;
    if (!a.snapshot_in.empty()) {
        bool ok = false;
        const auto text = read_whole(a.snapshot_in, ok);
        std::string e;
        if (!ok) {
            fmt::print(stderr, "dflint: {}: cannot read the snapshot\n", a.snapshot_in);
            return 2;
        }
        if (!cache::from_json(text, before, e)) {
            fmt::print(stderr, "dflint: {}: {}\n", a.snapshot_in, e);
            return 2;
        }
        if (!scan_current(a, scan, &before)) return 2;
    } else {
        if (!scan_current(a, scan)) return 2;
        std::vector<std::string> changed = a.changed;
        if (!a.git_rev.empty()) {
            const std::string dir = shell_quote(a.context.string());
            std::string diff, untracked;
            if (!run_capture("git -C " + dir + " diff --name-only --relative " + shell_quote(a.git_rev) + " -- 2>/dev/null", diff)) {
                fmt::print(stderr, "dflint: git diff against '{}' failed in {} (not a git repository, or an unknown revision?)\n", a.git_rev, a.context.string());
                return 2;
            }
            run_capture("git -C " + dir + " ls-files --others --exclude-standard 2>/dev/null", untracked);
            changed = lines_of(diff);
            for (auto& u : lines_of(untracked)) changed.push_back(u);
        }
        before = cache::before_changes(scan.snapshot, changed);
        if (!a.git_rev.empty()) {
            // The Dockerfile and .dockerignore as they were at REV.
            auto at_rev = [&](const fs::path& file, std::string& out) {
                const fs::path abs = fs::absolute(file);
                return run_capture("git -C " + shell_quote(abs.parent_path().string()) + " show " + shell_quote(a.git_rev + ":./" + abs.filename().string()) + " 2>/dev/null", out);
            };
            std::string old_dockerfile, old_ignore;
            const fs::path df = a.dockerfile.empty() ? a.context / "Dockerfile" : a.dockerfile;
            before.dockerfile_text = at_rev(df, old_dockerfile) ? old_dockerfile : std::string();
            if (!scan.snapshot.ignore_file.empty()) before.ignore_text = at_rev(scan.snapshot.ignore_file, old_ignore) ? old_ignore : std::string();
        }
    }
    const auto plan = cache::simulate(before, scan.snapshot, {a.builder});
    if (plan.parse_failed) {
        fmt::print(stderr, "dflint: {}:{}\n", scan.snapshot.dockerfile_path, plan.parse_error);
        return 1;
    }
    if (a.format == "json") fmt::print("{}\n", cache::plan_to_json(plan, 2));
    else print_plan_text(plan, use_color(a));
    return 0;
}

std::string human(std::uint64_t bytes) {
    const char* units[] = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = static_cast<double>(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    return u == 0 ? fmt::format("{} B", bytes) : fmt::format("{:.1f} {}", v, units[u]);
}

int context_main(const std::vector<std::string>& args) {
    if (args.size() < 2 || (args[1] != "ls" && args[1] != "du")) {
        if (args.size() >= 2 && (args[1] == "-h" || args[1] == "--help")) {
            fmt::print("{}", context_usage);
            return 0;
        }
        fmt::print(stderr, "{}", context_usage);
        return 2;
    }
    CacheArgs a;
    std::string err;
    if (!parse_args(args, 2, a, err)) {
        fmt::print(stderr, "dflint context: {}\n{}", err, context_usage);
        return 2;
    }
    if (a.help) {
        fmt::print("{}", context_usage);
        return 0;
    }
    const fs::path dockerfile = a.dockerfile.empty() ? a.context / "Dockerfile" : a.dockerfile;
    context::WalkOptions with_ignore;
    std::string ignore_name;
    if (auto ign = context::find_ignore_file(a.context, dockerfile)) {
        bool ok = false;
        auto read = ignore::read_ignore_file(read_whole(ign->string(), ok));
        if (!read.ok()) {
            fmt::print(stderr, "dflint: {}:{}: {}\n", ign->string(), read.error_line, read.error);
            return 2;
        }
        with_ignore.filter.exclude_patterns = read.patterns;
        ignore_name = ign->string();
    }
    auto kept = context::walk(a.context, with_ignore);
    if (!kept.ok) {
        fmt::print(stderr, "dflint: {}\n", kept.error);
        return 2;
    }
    for (const auto& w : kept.errors) fmt::print(stderr, "dflint: warning: {}: {}\n", (a.context / w.path).string(), w.message);
    if (args[1] == "ls") {
        std::string out;
        for (const auto& e : kept.entries)
            if (e.type != context::EntryType::dir) out += e.path + "\n";
        std::fwrite(out.data(), 1, out.size(), stdout);
        return 0;
    }
    // du: sizes per top-level entry, with and without .dockerignore.
    auto all = context::walk(a.context, {});
    std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> top;  // name → (sent, ignored)
    std::map<std::string, std::uint64_t> kept_sizes;
    std::uint64_t sent = 0, total = 0;
    for (const auto& e : kept.entries) kept_sizes[e.path] = e.size;
    std::vector<std::pair<std::uint64_t, std::string>> biggest;
    for (const auto& e : all.entries) {
        if (e.type == context::EntryType::dir) continue;
        const auto slash = e.path.find('/');
        const std::string t = slash == std::string::npos ? e.path : e.path.substr(0, slash + 1);
        total += e.size;
        if (kept_sizes.count(e.path)) {
            top[t].first += e.size;
            sent += e.size;
            biggest.emplace_back(e.size, e.path);
        } else {
            top[t].second += e.size;
        }
    }
    std::vector<std::pair<std::string, std::pair<std::uint64_t, std::uint64_t>>> rows(top.begin(), top.end());
    std::sort(rows.begin(), rows.end(), [](const auto& x, const auto& y) { return x.second.first + x.second.second > y.second.first + y.second.second; });
    fmt::print("{:<32} {:>12} {:>12}\n", "top-level entry", "sent", "ignored");
    for (std::size_t i = 0; i < rows.size() && i < a.top; ++i) fmt::print("{:<32} {:>12} {:>12}\n", rows[i].first, human(rows[i].second.first), human(rows[i].second.second));
    std::sort(biggest.rbegin(), biggest.rend());
    fmt::print("\nlargest files sent:\n");
    for (std::size_t i = 0; i < biggest.size() && i < std::min<std::size_t>(a.top, 10); ++i) fmt::print("  {:>12}  {}\n", human(biggest[i].first), biggest[i].second);
    fmt::print("\ncontext sent: {} of {} ({})\n", human(sent), human(total),
               ignore_name.empty() ? "no .dockerignore" : fmt::format("{} saves {}", ignore_name, human(total - sent)));
    // Common heavy folders that are sent although they rarely belong in an image.
    for (const char* heavy : {"node_modules/", ".git/", "target/", "dist/", "build/", "__pycache__/", ".venv/", "vendor/"}) {
        auto it = top.find(heavy);
        if (it != top.end() && it->second.first > 0)
            fmt::print("hint: {} ({}) is sent to the builder; add `{}` to .dockerignore unless a COPY needs it\n", heavy, human(it->second.first), std::string(heavy).substr(0, std::string(heavy).size() - 1));
    }
    return 0;
}

}  // namespace

int run_cache_command(const std::vector<std::string>& args) { return cache_main(args); }
int run_context_command(const std::vector<std::string>& args) { return context_main(args); }

}  // namespace dflint::cli
