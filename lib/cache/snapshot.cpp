// Snapshots: scanning a build context (walk + parallel hashing) and the
// snapshot file format.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <nlohmann/json.hpp>
#include <thread>

#include "dflint/cache.hpp"
#include "dflint/ignore.hpp"

namespace dflint::cache {
namespace {

namespace fs = std::filesystem;

std::string hex128(const XXH128_hash_t& h) {
    static constexpr char digits[] = "0123456789abcdef";
    std::string out(32, '0');
    for (int i = 0; i < 16; ++i) {
        out[static_cast<std::size_t>(15 - i)] = digits[(h.high64 >> (4 * i)) & 15];
        out[static_cast<std::size_t>(31 - i)] = digits[(h.low64 >> (4 * i)) & 15];
    }
    return out;
}

// Hashes one file's bytes; false if it cannot be read.
bool hash_file(const fs::path& path, std::string& out, std::uint64_t& bytes, std::vector<char>& buffer) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0) return false;
#ifdef POSIX_FADV_SEQUENTIAL
    posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
    XXH3_state_t* state = XXH3_createState();
    XXH3_128bits_reset(state);
    bool ok = true;
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n > 0) {
            XXH3_128bits_update(state, buffer.data(), static_cast<std::size_t>(n));
            bytes += static_cast<std::uint64_t>(n);
        } else if (n == 0) {
            break;
        } else if (errno != EINTR) {
            ok = false;
            break;
        }
    }
    ::close(fd);
    if (ok) out = hex128(XXH3_128bits_digest(state));
    XXH3_freeState(state);
    return ok;
}

std::string read_text(const fs::path& p, bool& ok) {
    std::ifstream in(p, std::ios::binary);
    ok = static_cast<bool>(in);
    return ok ? std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()) : std::string();
}

}  // namespace

const FileRecord* Snapshot::find(std::string_view path) const {
    auto it = std::lower_bound(files.begin(), files.end(), path, [](const FileRecord& f, std::string_view p) { return f.path < p; });
    return it != files.end() && it->path == path ? &*it : nullptr;
}

ScanResult scan(const ScanOptions& options) {
    ScanResult result;
    Snapshot& snap = result.snapshot;
    const fs::path root = options.context.empty() ? fs::path(".") : options.context;
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        result.ok = false;
        result.error = root.string() + ": not a directory";
        return result;
    }
    const fs::path dockerfile = options.dockerfile.empty() ? root / "Dockerfile" : options.dockerfile;
    bool ok = false;
    snap.dockerfile_path = dockerfile.string();
    snap.dockerfile_text = read_text(dockerfile, ok);
    if (!ok) {
        result.ok = false;
        result.error = dockerfile.string() + ": cannot read the Dockerfile";
        return result;
    }
    snap.build_args = options.build_args;
    snap.target = options.target;

    context::WalkOptions walk_options;
    if (auto ignore = context::find_ignore_file(root, dockerfile)) {
        snap.ignore_file = ignore->string();
        snap.ignore_text = read_text(*ignore, ok);
        auto read = ignore::read_ignore_file(snap.ignore_text);
        if (!read.ok()) {
            result.ok = false;
            result.error = snap.ignore_file + ":" + std::to_string(read.error_line) + ": " + read.error;
            return result;
        }
        walk_options.filter.exclude_patterns = read.patterns;
    }
    auto walked = context::walk(root, walk_options);
    if (!walked.ok) {
        result.ok = false;
        result.error = walked.error;
        return result;
    }
    result.warnings = std::move(walked.errors);

    // Index the previous snapshot for re-use.
    auto& files = snap.files;
    files.reserve(walked.entries.size());
    for (auto& e : walked.entries) {
        FileRecord r;
        r.path = std::move(e.path);
        r.type = e.type;
        r.mode = e.mode;
        r.size = e.size;
        r.link_target = std::move(e.link_target);
        r.mtime_ns = e.mtime_ns;
        files.push_back(std::move(r));
    }
    std::sort(files.begin(), files.end(), [](const FileRecord& a, const FileRecord& b) { return a.path < b.path; });

    // Which files need hashing (stat data unchanged → re-use the hash).
    std::vector<std::size_t> todo;
    for (std::size_t i = 0; i < files.size(); ++i) {
        auto& f = files[i];
        if (f.type != context::EntryType::file) continue;
        if (options.reuse) {
            if (const auto* old = options.reuse->find(f.path);
                old && old->type == f.type && old->size == f.size && old->mtime_ns == f.mtime_ns && old->mode == f.mode && !old->hash.empty()) {
                f.hash = old->hash;
                ++result.hashes_reused;
                continue;
            }
        }
        todo.push_back(i);
    }
    const unsigned threads = std::max(1u, std::min<unsigned>(options.threads ? options.threads : std::thread::hardware_concurrency(), 8u));
    std::atomic<std::size_t> next{0}, done{0};
    std::atomic<std::uint64_t> bytes{0};
    std::mutex mu;
    auto worker = [&] {
        std::vector<char> buffer(1 << 18);
        std::uint64_t local_bytes = 0;
        for (;;) {
            const std::size_t k = next.fetch_add(1);
            if (k >= todo.size()) break;
            auto& f = files[todo[k]];
            if (!hash_file(root / f.path, f.hash, local_bytes, buffer)) {
                std::lock_guard<std::mutex> lock(mu);
                result.warnings.push_back({f.path, "cannot read the file", errno});
            }
            const auto d = done.fetch_add(1) + 1;
            if (options.progress && (d % 1024 == 0 || d == todo.size())) {
                std::lock_guard<std::mutex> lock(mu);
                options.progress(d, todo.size());
            }
        }
        bytes += local_bytes;
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads && todo.size() > 64; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    result.files_hashed = todo.size();
    result.bytes_hashed = bytes;
    return result;
}

Snapshot before_changes(const Snapshot& current, const std::vector<std::string>& changed_paths) {
    Snapshot before = current;
    // Paths .dockerignore excludes never reach the builder: a change to them changes nothing.
    std::optional<ignore::Matcher> matcher;
    if (!current.ignore_text.empty()) {
        auto read = ignore::read_ignore_file(current.ignore_text);
        if (read.ok())
            if (auto m = ignore::Matcher::compile(read); m.ok()) matcher = *m;
    }
    for (const auto& raw : changed_paths) {
        std::string p = ignore::clean_path(raw);
        while (p.rfind("./", 0) == 0) p = p.substr(2);
        if (matcher && p != "." && matcher->matches(p)) continue;
        bool any = false;
        for (auto& f : before.files) {
            if (f.path == p || (f.path.size() > p.size() && f.path.compare(0, p.size(), p) == 0 && f.path[p.size()] == '/') || p == ".") {
                if (f.type == context::EntryType::file || f.type == context::EntryType::symlink) f.hash = "changed:" + f.hash + f.link_target;
                any = true;
            }
        }
        if (!any) {
            // Not in the context now: it existed before (deleted), unless ignored.
            FileRecord r;
            r.path = p;
            r.hash = "deleted";
            before.files.push_back(std::move(r));
        }
        if (p == "Dockerfile" || p == current.dockerfile_path) before.dockerfile_text += "\n# (changed)";
    }
    std::sort(before.files.begin(), before.files.end(), [](const FileRecord& a, const FileRecord& b) { return a.path < b.path; });
    return before;
}

std::string to_json(const Snapshot& s) {
    nlohmann::json j;
    j["version"] = 1;
    j["dockerfile"] = {{"path", s.dockerfile_path}, {"text", s.dockerfile_text}};
    j["ignore"] = {{"path", s.ignore_file}, {"text", s.ignore_text}};
    j["buildArgs"] = s.build_args;
    j["target"] = s.target;
    auto& files = j["files"] = nlohmann::json::array();
    for (const auto& f : s.files) {
        nlohmann::json r = nlohmann::json::array({f.path, std::string(context::entry_type_name(f.type)), f.mode, f.size, f.hash, f.mtime_ns});
        if (!f.link_target.empty()) r.push_back(f.link_target);
        files.push_back(std::move(r));
    }
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

bool from_json(std::string_view text, Snapshot& s, std::string& error) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
        error = "not a dflint snapshot (invalid JSON)";
        return false;
    }
    try {
        if (j.value("version", 0) != 1) {
            error = "unsupported snapshot version";
            return false;
        }
        s.dockerfile_path = j.at("dockerfile").at("path").get<std::string>();
        s.dockerfile_text = j.at("dockerfile").at("text").get<std::string>();
        s.ignore_file = j.at("ignore").at("path").get<std::string>();
        s.ignore_text = j.at("ignore").at("text").get<std::string>();
        s.build_args = j.at("buildArgs").get<std::map<std::string, std::string>>();
        s.target = j.at("target").get<std::string>();
        s.files.clear();
        for (const auto& r : j.at("files")) {
            FileRecord f;
            f.path = r.at(0).get<std::string>();
            const auto type = r.at(1).get<std::string>();
            f.type = type == "dir" ? context::EntryType::dir : type == "symlink" ? context::EntryType::symlink : type == "file" ? context::EntryType::file : context::EntryType::other;
            f.mode = r.at(2).get<std::uint32_t>();
            f.size = r.at(3).get<std::uint64_t>();
            f.hash = r.at(4).get<std::string>();
            f.mtime_ns = r.at(5).get<std::int64_t>();
            if (r.size() > 6) f.link_target = r.at(6).get<std::string>();
            s.files.push_back(std::move(f));
        }
        std::sort(s.files.begin(), s.files.end(), [](const FileRecord& a, const FileRecord& b) { return a.path < b.path; });
    } catch (const nlohmann::json::exception& e) {
        error = std::string("malformed snapshot: ") + e.what();
        return false;
    }
    return true;
}

}  // namespace dflint::cache
