// `dflint [OPTIONS] PATH...`: settings, linting (in parallel), reports, exit status.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <condition_variable>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "cli.hpp"
#include "dflint/config.hpp"
#include "dflint/fix.hpp"
#include "dflint/ignore.hpp"
#include "dflint/lint.hpp"
#include "dflint/report.hpp"
#include "inputs.hpp"

namespace dflint::cli {
namespace {

namespace fs = std::filesystem;

constexpr int exit_ok = 0, exit_findings = 1, exit_error = 2;

struct Job {
    Input input;
    std::string text;  // standard input, read before the workers start
    std::optional<LintResult> result;
    std::string error;  // I/O error
    bool loaded = false;  // `text` holds the file (--fix)
    std::vector<report::Writer::Part> parts;  // each report's part for this file, rendered by the worker

    // Frees what linting allocated (the result, the report parts, the text).
    void release() {
        result.reset();
        parts = {};
        std::string().swap(text);
    }
};

// Where to look for a config file: the folder of the first path.
std::string config_start_dir(const Options& o) {
    if (o.paths.empty()) return ".";
    const std::string& first = o.paths.front();
    if (first == "-") {
        if (o.stdin_filename) {
            const auto parent = fs::path(*o.stdin_filename).parent_path();
            return parent.empty() ? "." : parent.string();
        }
        return ".";
    }
    std::error_code ec;
    if (fs::is_directory(first, ec)) return first;
    const auto parent = fs::path(first).parent_path();
    return parent.empty() ? "." : parent.string();
}

bool formats_from_names(const std::vector<std::string>& names, std::string_view source, std::vector<report::Format>& out) {
    for (const auto& n : names) {
        const auto f = report::parse_format(n);
        if (!f) {
            std::string valid;
            for (const auto& info : report::formats()) valid += (valid.empty() ? "" : ", ") + std::string(info.name);
            fmt::print(stderr, "dflint: {}: unknown format '{}' (expected {})\n", source, n, valid);
            return false;
        }
        out.push_back(*f);
    }
    return true;
}

// Applies the command line on top of the environment and config file.
// --context DIR: what the context rules need to know of the build context:
// its .dockerignore, and its entries (top level and one level down) before and
// after the ignore patterns.
bool load_context_info(const std::string& dir, BuildContextInfo& info, std::string& err) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        err = dir + ": --context is not a directory";
        return false;
    }
    const fs::path ignore = fs::path(dir) / ".dockerignore";
    ignore::Matcher matcher;
    if (fs::is_regular_file(ignore, ec)) {
        std::FILE* f = std::fopen(ignore.c_str(), "rb");
        std::string text;
        if (f) {
            char buf[4096];
            std::size_t n;
            while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
            std::fclose(f);
        }
        auto read = ignore::read_ignore_file(text);
        if (!read.ok()) {
            err = ignore.string() + ":" + std::to_string(read.error_line) + ": " + read.error;
            return false;
        }
        auto m = ignore::Matcher::compile(read);
        if (!m.ok()) {
            err = ignore.string() + ":" + std::to_string(m.error.line) + ": " + m.error.message;
            return false;
        }
        matcher = *m;
        info.ignore_file = ignore.string();
        info.ignore_patterns = read.patterns;
    }
    auto add = [&](const std::string& rel, bool is_dir) {
        const std::string entry = is_dir ? rel + "/" : rel;
        info.entries.push_back(entry);
        if (matcher.matches(rel)) info.ignored.push_back(entry);
    };
    for (const auto& e : fs::directory_iterator(dir, ec)) {
        const std::string name = e.path().filename().string();
        const bool is_dir = e.is_directory(ec) && !e.is_symlink(ec);
        add(name, is_dir);
        if (!is_dir) continue;
        std::error_code ec2;
        for (const auto& sub : fs::directory_iterator(e.path(), ec2)) add(name + "/" + sub.path().filename().string(), sub.is_directory(ec2) && !sub.is_symlink(ec2));
    }
    std::sort(info.entries.begin(), info.entries.end());
    std::sort(info.ignored.begin(), info.ignored.end());
    return true;
}

void apply_cli(const Options& o, Config& c) {
    c.ignored.insert(c.ignored.end(), o.ignore.begin(), o.ignore.end());
    c.select.insert(c.select.end(), o.select.begin(), o.select.end());
    // hadolint: a code in several lists gets the most severe level.
    std::map<std::string, Severity> cli_overrides;
    for (const auto& [code, sev] : o.overrides) {
        auto [it, inserted] = cli_overrides.emplace(code, sev);
        if (!inserted && severity_rank(sev) > severity_rank(it->second)) it->second = sev;
    }
    for (const auto& [code, sev] : cli_overrides) c.overrides[code] = sev;
    c.trusted_registries.insert(c.trusted_registries.end(), o.trusted_registries.begin(), o.trusted_registries.end());
    for (const auto& [label, type] : o.labels) c.label_schema[label] = type;
    if (o.strict_labels) c.strict_labels = true;
    if (o.require_digest) c.require_digest = true;
    if (o.disable_ignore_pragma) c.disable_ignore_pragma = true;
    if (o.no_shellcheck) c.shellcheck = false;
    for (const auto& [k, v] : o.build_args) c.model.build_args[k] = v;
    if (o.target) c.model.target = *o.target;
    if (o.failure_threshold) c.failure_threshold = *o.failure_threshold;
    if (o.no_fail) c.no_fail = true;
    if (o.verbose) c.verbose = true;
    apply_fix_options(o, c);
}

void lint_one(Job& job, const Config& config) {
    try {
        if (job.input.path != "-" && !job.loaded && !read_input(job.input.path, job.text, job.error, job.input.size)) return;
        job.result.emplace(lint(std::move(job.text), config));
        // Reports need only the text and its line index: drop the syntax tree now.
        auto& doc = job.result->doc;
        doc.instructions = {};
        doc.comments = {};
        doc.directives = {};
        doc.issues = {};
    } catch (const std::exception& e) {
        job.error = fmt::format("{}: internal error: {}", job.input.display, e.what());
    }
}

// Lints every job (then `prepare`s it, on the same thread) and hands each to
// `emit` in input order as soon as it and all before it are done, then frees
// it. `threads` threads work alike (the caller and threads - 1 helpers): each
// claims the next job, and whoever finishes the job the reports wait for emits
// it and every finished one after it, so no thread idles waiting for another's
// file. Nobody starts a job more than `window` jobs ahead of the reports, so
// memory stays flat however many files there are.
template <class Prepare, class Emit>
void lint_all(std::vector<Job>& jobs, const Config& config, unsigned threads, Prepare&& prepare, Emit&& emit) {
    const std::size_t n = jobs.size();
    auto run = [&](std::size_t i) {
        lint_one(jobs[i], config);
        prepare(jobs[i]);
    };
    if (threads <= 1) {
        for (std::size_t i = 0; i < n; ++i) {
            run(i);
            emit(jobs[i]);
            jobs[i].release();
        }
        return;
    }
    const std::size_t window = 16 * static_cast<std::size_t>(threads);
    std::vector<char> done(n, 0);           // guarded by `mutex`
    std::vector<unsigned> owner(n, 0);      // the thread that linted each job
    std::vector<std::vector<Job>> garbage(threads);  // guarded by `mutex`: emitted jobs, per owner
    std::size_t emitted = 0;                // guarded by `mutex`
    std::atomic<std::size_t> next{0};
    std::mutex mutex;
    std::condition_variable room;  // `emitted` moved on
    auto work = [&](unsigned self) {
        std::vector<Job> mine;
        for (;;) {
            const std::size_t i = next.fetch_add(1, std::memory_order_relaxed);
            if (i >= n) return;
            {
                std::unique_lock lock(mutex);
                room.wait(lock, [&] { return i < emitted + window; });
                mine.swap(garbage[self]);
            }
            // The jobs this thread linted and others emitted are freed here: the
            // allocator frees cheaper into the thread's own arena than another's.
            mine.clear();
            run(i);
            owner[i] = self;
            std::lock_guard lock(mutex);
            done[i] = 1;
            const std::size_t before = emitted;
            while (emitted < n && done[emitted]) {
                Job& job = jobs[emitted];
                emit(job);
                garbage[owner[emitted]].push_back(std::move(job));
                ++emitted;
            }
            if (emitted != before) room.notify_all();
        }
    };
    std::vector<std::thread> pool;
    pool.reserve(threads - 1);
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    for (auto& t : pool) t.join();
}

// One report being written: its format's writer and where its bytes go
// (buffered, flushed in large blocks).
struct Sink {
    std::unique_ptr<report::Writer> writer;
    report::Format format = report::Format::text;
    std::string dest;  // "-" = standard output
    std::FILE* file = nullptr;
    std::string buffer;
    bool failed = false;

    bool open() {
        if (dest == "-") {
            file = stdout;
            return true;
        }
        file = std::fopen(dest.c_str(), "wb");
        if (!file) {
            fmt::print(stderr, "dflint: {}: cannot write: {}\n", dest, std::strerror(errno));
            failed = true;
        }
        return file != nullptr;
    }
    void flush() {
        if (failed || buffer.empty()) return;
        if (std::fwrite(buffer.data(), 1, buffer.size(), file) != buffer.size()) fail();
        buffer.clear();
    }
    void maybe_flush() {
        if (buffer.size() >= (std::size_t{1} << 16)) flush();
    }
    void close() {
        flush();
        if (failed || !file) return;
        if (file == stdout ? std::fflush(stdout) != 0 : std::fclose(file) != 0) fail();
        if (file != stdout) file = nullptr;
    }
    void fail() {
        if (failed) return;
        failed = true;
        if (dest == "-") fmt::print(stderr, "dflint: cannot write to standard output: {}\n", std::strerror(errno));
        else fmt::print(stderr, "dflint: {}: cannot write: {}\n", dest, std::strerror(errno));
    }
};

}  // namespace

// Replaces `path` atomically: a temporary file in the same folder, fsync,
// the original's mode, rename.
bool replace_file(const std::string& path, const std::string& data, std::string& error) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
        error = fmt::format("{}: {}", path, std::strerror(errno));
        return false;
    }
    const auto parent = fs::path(path).parent_path();
    std::string tmpl = ((parent.empty() ? fs::path(".") : parent) / ("." + fs::path(path).filename().string() + ".dflint-XXXXXX")).string();
    const int fd = ::mkstemp(tmpl.data());
    if (fd < 0) {
        error = fmt::format("{}: cannot create a temporary file: {}", path, std::strerror(errno));
        return false;
    }
    bool ok = true;
    std::size_t done = 0;
    while (ok && done < data.size()) {
        const auto n = ::write(fd, data.data() + done, data.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) ok = false;
        else done += static_cast<std::size_t>(n);
    }
    ok = ok && ::fchmod(fd, st.st_mode & 07777) == 0 && ::fsync(fd) == 0;
    const int saved = errno;
    if (::close(fd) != 0) ok = false;
    if (ok && ::rename(tmpl.c_str(), path.c_str()) != 0) ok = false;
    if (!ok) {
        error = fmt::format("{}: cannot write: {}", path, std::strerror(errno ? errno : saved));
        ::unlink(tmpl.c_str());
        return false;
    }
    return true;
}

namespace {

// --fix / --diff: fix every file before linting it. Returns false on an I/O error.
bool fix_jobs(std::vector<Job>& jobs, const Config& config, const Options& o, bool& would_change) {
    bool ok = true;
    FixOptions fo;
    fo.unsafe = o.unsafe_fixes;
    for (auto& job : jobs) {
        if (!job.error.empty()) continue;  // standard input could not be read
        if (job.input.path != "-" && !read_input(job.input.path, job.text, job.error)) {
            if (o.diff) {  // --diff returns before the report: say it here
                fmt::print(stderr, "dflint: {}\n", job.error);
                ok = false;
            }
            continue;
        }
        job.loaded = true;
        FixOutcome r = fix_text(job.text, config, fo);
        if (!r.refused.empty() || !r.changed) {
            if (!r.refused.empty()) fmt::print(stderr, "dflint: {}: not fixed: {}\n", job.input.display, r.refused);
            // Standard input: the (unchanged) text is still the output.
            if (job.input.path == "-" && !o.diff) std::fwrite(job.text.data(), 1, job.text.size(), stdout);
            continue;
        }
        would_change = true;
        if (o.diff) {
            std::string name = job.input.path == "-" ? job.input.display : job.input.path;
            name.erase(0, name.find_first_not_of('/'));  // "a/etc/x", not "a//etc/x"
            const std::string d = unified_diff(job.text, r.text, "a/" + name, "b/" + name);
            std::fwrite(d.data(), 1, d.size(), stdout);
            continue;
        }
        if (job.input.path == "-") {  // standard input: the fixed text goes to standard output
            std::fwrite(r.text.data(), 1, r.text.size(), stdout);
        } else {
            std::string error;
            if (!replace_file(job.input.path, r.text, error)) {
                fmt::print(stderr, "dflint: {}\n", error);
                ok = false;
                continue;
            }
        }
        fmt::print(stderr, "dflint: {}: applied {} fix{}\n", job.input.display, r.applied, r.applied == 1 ? "" : "es");
        job.text = std::move(r.text);
    }
    std::fflush(stdout);
    return ok;
}

}  // namespace

int run_lint(const Options& o) {
    if (o.paths.empty()) {
        fmt::print(stderr,
                   "dflint: no Dockerfile given\n"
                   "usage: dflint [OPTIONS] PATH...   (e.g. `dflint Dockerfile`, `dflint .` for every Dockerfile below "
                   "this folder, `dflint -` for standard input; `dflint --help` for more)\n");
        return exit_error;
    }

    // Settings: defaults ← environment ← config file ← command line.
    Config config;
    ConfigError cerr;
    if (!apply_environment(config, cerr)) {
        fmt::print(stderr, "dflint: {}\n", cerr.to_string());
        return exit_error;
    }
    const std::vector<std::string> env_formats = std::move(config.formats);
    config.formats.clear();
    std::optional<std::string> config_path = o.config_file;
    if (!config_path && !o.no_config) config_path = find_config_file(config_start_dir(o));
    if (config_path && !apply_config_file(*config_path, config, cerr)) {
        fmt::print(stderr, "dflint: {}\n", cerr.to_string());
        return exit_error;
    }
    apply_cli(o, config);
    if (o.context_dir) {
        std::string err;
        BuildContextInfo info;
        if (!load_context_info(*o.context_dir, info, err)) {
            fmt::print(stderr, "dflint: {}\n", err);
            return exit_error;
        }
        config.context = std::move(info);
    }

    // Formats: the command line's, else the config file's, else the environment's;
    // each list replaces the one before (two reports on stdout by accident help nobody).
    std::vector<report::Format> formats = o.formats;
    if (formats.empty() && !config.formats.empty() && !formats_from_names(config.formats, *config_path, formats)) return exit_error;
    if (formats.empty() && !env_formats.empty() && !formats_from_names(env_formats, "HADOLINT_FORMAT", formats)) return exit_error;
    if (formats.empty()) formats.push_back(report::Format::text);
    if (o.outputs.size() > formats.size()) {
        fmt::print(stderr, "dflint: {} --output but {} format{}: give one --format for each --output\n", o.outputs.size(),
                   formats.size(), formats.size() == 1 ? "" : "s");
        return exit_error;
    }

    Inputs inputs = collect_inputs(o.paths, o.stdin_filename);
    for (const auto& w : inputs.warnings) fmt::print(stderr, "dflint: warning: {}\n", w);
    bool io_error = false;
    for (const auto& e : inputs.errors) {
        fmt::print(stderr, "dflint: {}\n", e);
        io_error = true;
    }

    std::vector<Job> jobs;
    jobs.reserve(inputs.files.size());
    for (auto& in : inputs.files) {
        Job job;
        job.input = std::move(in);
        if (o.file_path_in_report) job.input.display = *o.file_path_in_report;
        if (job.input.path == "-" && !read_input("-", job.text, job.error)) io_error = true;
        jobs.push_back(std::move(job));
    }
    unsigned threads = o.jobs ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
    if (!o.jobs && jobs.size() < 4) threads = 1;  // threads pay off only for many files
    threads = static_cast<unsigned>(std::min<std::size_t>(threads, std::max<std::size_t>(jobs.size(), 1)));
    if (config.verbose) {
        fmt::print(stderr, "dflint: config file: {}\n", config_path ? *config_path : std::string("none"));
        fmt::print(stderr, "dflint: linting {} file{} with {} thread{}\n", jobs.size(), jobs.size() == 1 ? "" : "s", threads,
                   threads == 1 ? "" : "s");
    }
    if (o.fix || o.diff) {
        bool would_change = false;
        if (!fix_jobs(jobs, config, o, would_change)) io_error = true;
        // --diff shows the changes only; standard input's fixed text was the output.
        if (o.diff || (o.paths.size() == 1 && o.paths[0] == "-")) return io_error ? exit_error : would_change && o.diff ? exit_findings : exit_ok;
    }
    // Reports, written file by file as the lint results come in.
    const bool stdout_tty = ::isatty(STDOUT_FILENO) == 1;
    bool color = stdout_tty && !config.no_color.value_or(false) && !o.no_color;
    if (o.color == ColorMode::always) color = true;
    if (o.color == ColorMode::never || o.no_color) color = false;
    std::vector<Sink> sinks(formats.size());
    for (std::size_t i = 0; i < formats.size(); ++i) {
        Sink& sink = sinks[i];
        sink.format = formats[i];
        sink.dest = i < o.outputs.size() ? o.outputs[i] : "-";
        report::Options ro;
        ro.color = sink.dest == "-" && color;
        sink.writer = report::make_writer(formats[i], ro);
        if (!sink.open()) return exit_error;
    }
    for (auto& sink : sinks) {
        sink.writer->begin(sink.buffer);
        sink.maybe_flush();
    }
    bool failing = false;
    std::size_t reported = 0;
    auto findings_of = [](const Job& job) {
        return report::FileFindings{job.input.display, &job.result->doc, job.result->diagnostics};
    };
    auto prepare = [&](Job& job) {  // on a worker thread
        if (!job.error.empty() || !job.result) return;
        try {
            const auto file = findings_of(job);
            job.parts.reserve(sinks.size());
            for (const auto& sink : sinks) job.parts.push_back(sink.writer->prepare(file));
        } catch (const std::exception& e) {
            job.error = fmt::format("{}: internal error: {}", job.input.display, e.what());
            job.parts.clear();
        }
    };
    lint_all(jobs, config, threads, prepare, [&](Job& job) {  // one thread at a time, in input order
        if (!job.error.empty()) {
            fmt::print(stderr, "dflint: {}\n", job.error);
            io_error = true;
        } else if (job.result) {
            const auto file = findings_of(job);
            for (std::size_t i = 0; i < sinks.size(); ++i) {
                sinks[i].writer->add(sinks[i].buffer, file, std::move(job.parts[i]));
                sinks[i].maybe_flush();
            }
            for (const auto& d : file.diagnostics)
                if (d.code == "DL1000" || fails(d, config)) failing = true;
            ++reported;
        }
    });
    bool write_failed = false;
    for (auto& sink : sinks) {
        // "no problems (0 files checked)" under an error message would mislead.
        if (!(sink.format == report::Format::text && reported == 0 && io_error)) sink.writer->end(sink.buffer);
        sink.close();
        if (sink.failed) write_failed = true;
    }

    if (io_error || write_failed) return exit_error;
    if (config.no_fail) return exit_ok;
    for (const auto f : formats)
        if (f == report::Format::codeclimate) return exit_ok;  // as hadolint: Code Climate wants 0
    return failing ? exit_findings : exit_ok;
}

}  // namespace dflint::cli
