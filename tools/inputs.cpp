// Collecting the files to lint. A folder is searched recursively, in sorted
// order, without following symbolic links to folders; version-control and
// dependency folders are skipped, and so is whatever the .gitignore and
// .dflintignore files of the searched folders exclude.
#include "inputs.hpp"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>

#include "dflint/ignore.hpp"

namespace dflint::cli {
namespace {

namespace fs = std::filesystem;

// One ignore file's patterns, relative to the folder holding it.
struct IgnoreLayer {
    std::string base;  // walk-relative folder ("" for the walk root)
    ignore::Matcher matcher;
};

// .gitignore syntax → the .dockerignore syntax of dflint::ignore: a pattern
// without a '/' (other than a trailing one) matches at any depth, one with a
// '/' is anchored to the file's folder. A trailing '/' ("only folders") is
// dropped: the pattern then matches files of that name too.
std::vector<std::string> gitignore_patterns(std::string_view text) {
    std::vector<std::string> out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto j = std::min(text.find('\n', i), text.size());
        std::string line(text.substr(i, j - i));
        i = j + 1;
        if (!line.empty() && line.back() == '\r') line.pop_back();
        while (!line.empty() && line.back() == ' ' && !(line.size() >= 2 && line[line.size() - 2] == '\\')) line.pop_back();
        if (line.empty() || line[0] == '#') continue;
        bool negate = false;
        if (line[0] == '!') {
            negate = true;
            line.erase(0, 1);
        } else if (line.starts_with("\\!") || line.starts_with("\\#")) {
            line.erase(0, 1);
        }
        while (line.size() > 1 && line.back() == '/') line.pop_back();
        if (line.empty() || line == "/") continue;
        const bool anchored = line.find('/') != std::string::npos;
        if (line[0] == '/') line.erase(0, 1);
        if (!anchored) line = "**/" + line;
        out.push_back((negate ? "!" : "") + line);
    }
    return out;
}

class Walker {
public:
    Walker(std::vector<Input>& out, std::vector<std::string>& warnings) : out_(out), warnings_(warnings) {}

    void walk(const fs::path& root) {
        root_ = root;
        visit(root, "");
    }

private:
    void load_ignores(const fs::path& dir, const std::string& rel) {
        for (const char* name : {".gitignore", ".dflintignore"}) {
            std::error_code ec;
            const auto p = dir / name;
            if (!fs::is_regular_file(p, ec)) continue;
            std::ifstream in(p, std::ios::binary);
            const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            const auto patterns = gitignore_patterns(text);
            if (patterns.empty()) continue;
            auto m = ignore::Matcher::compile(patterns);
            if (!m) {
                warnings_.push_back(fmt::format("{}: {} (file not used)", p.string(), m.error.message));
                continue;
            }
            layers_.push_back({rel, std::move(*m)});
        }
    }

    bool ignored(const std::string& rel) const {
        // The deepest ignore file with an opinion decides, as in git.
        for (auto it = layers_.rbegin(); it != layers_.rend(); ++it) {
            std::string_view sub = rel;
            if (!it->base.empty()) {
                if (!(sub.size() > it->base.size() && sub.starts_with(it->base) && sub[it->base.size()] == '/')) continue;
                sub.remove_prefix(it->base.size() + 1);
            }
            const auto r = it->matcher.match(sub);
            if (r.decided_by >= 0) return r.matched;
        }
        return false;
    }

    void visit(const fs::path& dir, const std::string& rel) {
        const std::size_t layers_before = layers_.size();
        load_ignores(dir, rel);
        std::vector<std::pair<std::string, fs::directory_entry>> entries;
        std::error_code ec;
        for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end; it.increment(ec))
            entries.emplace_back(it->path().filename().string(), *it);
        if (ec) warnings_.push_back(fmt::format("{}: {}", dir.string(), ec.message()));
        std::sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [name, entry] : entries) {
            const std::string child = rel.empty() ? name : rel + "/" + name;
            std::error_code e2;
            const bool is_link = entry.is_symlink(e2);
            if (!is_link && entry.is_directory(e2)) {
                const auto& skip = skipped_folder_names();
                if (std::find(skip.begin(), skip.end(), name) != skip.end()) continue;
                if (ignored(child)) continue;
                visit(entry.path(), child);
            } else if (is_dockerfile_name(name) && entry.is_regular_file(e2) && !ignored(child)) {
                out_.push_back({entry.path().string(), (root_ / child).lexically_normal().string()});
            }
        }
        layers_.erase(layers_.begin() + static_cast<std::ptrdiff_t>(layers_before), layers_.end());
    }

    std::vector<Input>& out_;
    std::vector<std::string>& warnings_;
    std::vector<IgnoreLayer> layers_;
    fs::path root_;
};

}  // namespace

const std::vector<std::string_view>& skipped_folder_names() {
    static const std::vector<std::string_view> v = {".git", ".hg", ".svn", "node_modules", "vendor"};
    return v;
}

bool is_dockerfile_name(std::string_view name) noexcept {
    if (name.ends_with(".dockerignore") || name.ends_with("~")) return false;
    for (std::string_view base : {"Dockerfile", "Containerfile"}) {
        if (name == base) return true;
        if (name.size() > base.size() + 1 && name.starts_with(base) && name[base.size()] == '.') return true;
    }
    for (std::string_view ext : {".Dockerfile", ".dockerfile", ".Containerfile", ".containerfile"})
        if (name.size() > ext.size() && name.ends_with(ext)) return true;
    return false;
}

Inputs collect_inputs(const std::vector<std::string>& paths, const std::optional<std::string>& stdin_name) {
    Inputs in;
    bool stdin_seen = false;
    for (const auto& p : paths) {
        if (p == "-") {
            if (stdin_seen) continue;  // standard input can be read once
            stdin_seen = true;
            in.files.push_back({"-", stdin_name.value_or("-")});
            continue;
        }
        struct stat st {};
        if (::stat(p.c_str(), &st) != 0) {
            in.errors.push_back(fmt::format("{}: {}", p, std::strerror(errno)));
            continue;
        }
        if (S_ISDIR(st.st_mode)) {
            const std::size_t before = in.files.size();
            Walker(in.files, in.warnings).walk(fs::path(p));
            if (in.files.size() == before) in.warnings.push_back(fmt::format("no Dockerfile found in {}", p));
            continue;
        }
        in.files.push_back({p, p, S_ISREG(st.st_mode) ? static_cast<long long>(st.st_size) : -1});
    }
    // A file reached twice (given and found in a folder) is linted once.
    std::vector<Input> unique;
    std::set<std::string> seen;
    for (auto& f : in.files) {
        std::string key = f.path == "-" ? "-" : fs::path(f.path).lexically_normal().string();
        if (!seen.insert(std::move(key)).second) continue;
        unique.push_back(std::move(f));
    }
    in.files = std::move(unique);
    return in;
}

bool read_input(const std::string& path, std::string& out, std::string& error, long long known_size) {
    if (path == "-") {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        out = ss.str();
        return true;
    }
    // open + fstat + read: one allocation of the right size, no stream layers.
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        error = fmt::format("{}: {}", path, std::strerror(errno));
        return false;
    }
    struct stat st {};
    if (known_size >= 0) {
        st.st_mode = S_IFREG;
        st.st_size = static_cast<off_t>(known_size);
    } else if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        error = fmt::format("{}: {}", path, std::strerror(EISDIR));
        return false;
    }
    out.clear();
    const std::size_t hint = st.st_size > 0 ? static_cast<std::size_t>(st.st_size) : 0;
    out.resize(hint + 1);  // one spare byte: end of file is seen in the same read
    std::size_t used = 0;
    for (;;) {
        if (used == out.size()) out.resize(out.size() * 2 + 4096);
        const auto n = ::read(fd, out.data() + used, out.size() - used);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            const int e = errno;
            ::close(fd);
            error = fmt::format("{}: read error: {}", path, std::strerror(e));
            return false;
        }
        if (n == 0) break;
        used += static_cast<std::size_t>(n);
        // A regular file's read stops short only at its end: no second read to see it.
        if (S_ISREG(st.st_mode) && used < out.size()) break;
    }
    ::close(fd);
    out.resize(used);
    return true;
}

}  // namespace dflint::cli
