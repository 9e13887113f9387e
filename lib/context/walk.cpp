// The filtered build-context walk, mirroring tonistiigi/fsutil: fs.Walk
// (filepath.WalkDir over the context root) wrapped by filterFS.Walk (include /
// exclude matching with inherited parent results, skipping excluded
// directories, emitting an excluded directory lazily before its first kept
// child). Written from the documented behaviour; no upstream code copied.
//
// Shape: a driver (the real directory tree, or an in-memory list) feeds
// nodes into a chain of FilterLayers; the last layer feeds a Collector that
// turns kept nodes into Entries. Each stage answers like a Go WalkDirFunc:
// go on, skip (filepath.SkipDir: skip this directory, or the rest of the
// parent directory when said for a non-directory), or abort.
#include "dflint/context.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <utility>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#include "dflint/ignore.hpp"

namespace dflint::context {
namespace {

constexpr std::size_t no_index = static_cast<std::size_t>(-1);

enum class Next : std::uint8_t { go_on, skip, abort };

struct NodeRef {
    std::string_view path;
    bool is_dir = false;
    EntryType type_hint = EntryType::file;
    // Where to find the node: a directory fd and the name in it (disk), or an
    // index into the tree (memory).
    int dirfd = -1;
    std::string_view name;
    std::size_t index = no_index;
};

struct WalkState {
    WalkResult* result;
    bool aborted = false;

    void fatal(std::string message) {
        if (!aborted) {
            aborted = true;
            result->ok = false;
            result->error = std::move(message);
        }
    }
    void error(std::string_view path, std::string message, int code) {
        result->errors.push_back(WalkError{std::string(path), std::move(message), code});
    }
};

class Stage {
public:
    virtual ~Stage() = default;
    // walk_err: 0, or the errno of a failed directory read (second call for
    // the same directory, as filepath.WalkDir makes it).
    virtual Next visit(const NodeRef& node, int walk_err) = 0;
};

// Go's fmt %s of a []string: "[a b c]".
std::string go_list(const std::vector<std::string>& v) {
    std::string s = "[";
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (i) s += ' ';
        s += v[i];
    }
    s += ']';
    return s;
}

bool is_permission_error(int e) { return e == EACCES || e == EPERM; }

class FilterLayer final : public Stage {
public:
    FilterLayer(Stage& next, WalkState& state) : next_(next), state_(state) {}

    // NewFilterFS: false (and a fatal error) when a pattern list is invalid.
    bool init(const Filter& f) {
        if (!f.include_patterns.empty()) {
            auto r = ignore::Matcher::compile(f.include_patterns);
            if (!r.ok()) {
                state_.fatal("invalid includepatterns: " + go_list(f.include_patterns) + ": " + r.error.message);
                return false;
            }
            include_ = std::move(*r);
            has_include_ = true;
        }
        if (!f.exclude_patterns.empty()) {
            auto r = ignore::Matcher::compile(f.exclude_patterns);
            if (!r.ok()) {
                state_.fatal("invalid excludepatterns: " + go_list(f.exclude_patterns) + ": " + r.error.message);
                return false;
            }
            exclude_ = std::move(*r);
            has_exclude_ = true;
        }
        return true;
    }

    Next visit(const NodeRef& node, int walk_err) override {
        const bool filtering = has_include_ || has_exclude_;
        if (filtering) {
            while (depth_ > 0 && !node.path.starts_with(stack_[depth_ - 1].path_with_sep)) --depth_;
        }
        const std::size_t parent_depth = depth_;
        Visited* slot = nullptr;
        if (filtering && node.is_dir) {
            if (stack_.size() <= depth_) stack_.resize(depth_ + 1);
            slot = &stack_[depth_];
            slot->path_with_sep.assign(node.path);
            slot->path_with_sep += '/';
            slot->node = node;
            slot->node.path = {};  // re-pointed at path_with_sep when emitted
            slot->called = false;
            slot->skip = false;
        }
        static const ignore::ParentMatches no_parent;

        bool skip = false;
        if (has_include_) {
            const auto& parent = parent_depth ? stack_[parent_depth - 1].include : no_parent;
            auto r = include_.match_using_parent(node.path, parent, slot ? &slot->include : nullptr);
            if (r.error) {
                state_.fatal("failed to match includepatterns: " + std::string(ignore::bad_pattern_message));
                return Next::abort;
            }
            if (!r.matched) {
                if (node.is_dir && include_.can_skip_unincluded_dir(node.path)) return Next::skip;
                skip = true;
            }
        }
        if (has_exclude_) {
            const auto& parent = parent_depth ? stack_[parent_depth - 1].exclude : no_parent;
            auto r = exclude_.match_using_parent(node.path, parent, slot ? &slot->exclude : nullptr);
            if (r.error) {
                state_.fatal("failed to match excludepatterns: " + std::string(ignore::bad_pattern_message));
                return Next::abort;
            }
            if (r.matched) {
                if (node.is_dir && exclude_.can_skip_excluded_dir(node.path)) return Next::skip;
                skip = true;
            }
        }

        if (walk_err != 0) {
            if (skip && is_permission_error(walk_err)) return Next::go_on;
            // BuildKit fails the transfer here; we report and leave the directory out.
            state_.error(node.path, std::string("open: ") + std::strerror(walk_err), walk_err);
            return Next::skip;
        }

        if (slot) ++depth_;  // the directory becomes a parent for what follows
        if (skip) return Next::go_on;

        // Emit excluded ancestors that were not emitted yet, outermost first.
        for (std::size_t i = 0; i < parent_depth; ++i) {
            Visited& v = stack_[i];
            if (v.skip) return Next::skip;
            if (v.called) continue;
            v.called = true;
            NodeRef pn = v.node;
            pn.path = std::string_view(v.path_with_sep).substr(0, v.path_with_sep.size() - 1);
            Next r = next_.visit(pn, 0);
            if (r == Next::abort) return r;
            if (r == Next::skip) {
                v.skip = true;
                return Next::skip;
            }
        }
        if (slot) slot->called = true;
        return next_.visit(node, 0);
    }

private:
    struct Visited {
        std::string path_with_sep;
        NodeRef node;
        ignore::ParentMatches include;
        ignore::ParentMatches exclude;
        bool called = false;
        bool skip = false;
    };

    Stage& next_;
    WalkState& state_;
    ignore::Matcher include_;
    ignore::Matcher exclude_;
    bool has_include_ = false;
    bool has_exclude_ = false;
    std::vector<Visited> stack_;  // slots reused across the walk
    std::size_t depth_ = 0;
};

std::uint32_t type_bits(EntryType t) {
    switch (t) {
        case EntryType::dir: return S_IFDIR;
        case EntryType::symlink: return S_IFLNK;
        case EntryType::file: return S_IFREG;
        case EntryType::other: return 0;
    }
    return 0;
}

EntryType type_from_mode(mode_t m) {
    if (S_ISREG(m)) return EntryType::file;
    if (S_ISDIR(m)) return EntryType::dir;
    if (S_ISLNK(m)) return EntryType::symlink;
    return EntryType::other;
}

// Turns kept disk nodes into entries.
class DiskCollector final : public Stage {
public:
    DiskCollector(WalkState& state, bool with_stat) : state_(state), stat_(with_stat) {}

    Next visit(const NodeRef& node, int) override {
        Entry e;
        e.path.assign(node.path);
        if (!stat_) {
            e.type = node.is_dir ? EntryType::dir : node.type_hint;
            e.mode = type_bits(e.type);
            state_.result->entries.push_back(std::move(e));
            return Next::go_on;
        }
        std::string name_buf(node.name);  // NUL-terminated for the system calls
        struct stat st {};
        if (fstatat(node.dirfd, name_buf.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
            int err = errno;
            if (err == ENOENT || err == ENOTDIR) return Next::go_on;  // vanished meanwhile
            state_.error(node.path, std::string("lstat: ") + std::strerror(err), err);
            return Next::go_on;
        }
        e.type = type_from_mode(st.st_mode);
        e.mode = static_cast<std::uint32_t>(st.st_mode);
        e.uid = st.st_uid;
        e.gid = st.st_gid;
        e.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
        if (e.type != EntryType::dir) {
            e.size = static_cast<std::uint64_t>(st.st_size);
            if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) {
                e.dev_major = major(st.st_rdev);
                e.dev_minor = minor(st.st_rdev);
            }
            if (st.st_nlink > 1 && e.type != EntryType::symlink) {
                auto key = std::make_pair(static_cast<std::uint64_t>(st.st_dev), static_cast<std::uint64_t>(st.st_ino));
                auto [it, inserted] = seen_.try_emplace(key, e.path);
                if (!inserted) {
                    e.hardlink_to = it->second;
                    e.size = 0;
                }
            }
            if (e.type == EntryType::symlink) {
                std::size_t cap = st.st_size > 0 ? static_cast<std::size_t>(st.st_size) + 1 : 256;
                for (;;) {
                    e.link_target.resize(cap);
                    ssize_t n = readlinkat(node.dirfd, name_buf.c_str(), e.link_target.data(), cap);
                    if (n < 0) {
                        int err = errno;
                        state_.error(node.path, std::string("readlink: ") + std::strerror(err), err);
                        return Next::go_on;
                    }
                    if (static_cast<std::size_t>(n) < cap) {
                        e.link_target.resize(static_cast<std::size_t>(n));
                        break;
                    }
                    cap *= 2;
                }
            }
        }
        state_.result->entries.push_back(std::move(e));
        return Next::go_on;
    }

private:
    struct PairHash {
        std::size_t operator()(const std::pair<std::uint64_t, std::uint64_t>& p) const noexcept {
            return std::hash<std::uint64_t>{}(p.first * 0x9E3779B97F4A7C15ull ^ p.second);
        }
    };
    WalkState& state_;
    bool stat_;
    std::unordered_map<std::pair<std::uint64_t, std::uint64_t>, std::string, PairHash> seen_;
};

// Turns kept in-memory nodes into entries (copies of the tree's entries).
class TreeCollector final : public Stage {
public:
    TreeCollector(WalkState& state, std::span<const Entry> tree) : state_(state), tree_(tree) {}

    Next visit(const NodeRef& node, int) override {
        state_.result->entries.push_back(tree_[node.index]);
        return Next::go_on;
    }

private:
    WalkState& state_;
    std::span<const Entry> tree_;
};

// Builds the layer chain in front of `sink`; returns the first stage, or null
// after a fatal error.
Stage* build_chain(const WalkOptions& options, Stage& sink, WalkState& state,
                   std::vector<std::unique_ptr<FilterLayer>>& layers) {
    std::vector<const Filter*> filters;
    filters.push_back(&options.filter);
    for (const Filter& f : options.outer_filters) filters.push_back(&f);
    // Innermost first: the innermost layer sees the raw walk, the outermost
    // feeds the sink. Build from the outside in.
    Stage* next = &sink;
    layers.resize(filters.size());
    for (std::size_t i = filters.size(); i-- > 0;) {
        layers[i] = std::make_unique<FilterLayer>(*next, state);
        next = layers[i].get();
    }
    // Construct the matchers innermost first so errors are reported in that order.
    for (std::size_t i = 0; i < filters.size(); ++i) {
        if (!layers[i]->init(*filters[i])) return nullptr;
    }
    return layers.front().get();
}

// ---------------------------------------------------------------------------
// Disk driver: filepath.WalkDir with openat()/fdopendir() per directory.

struct DirItem {
    std::uint32_t offset;
    std::uint32_t length;
    unsigned char d_type;
};

class DiskWalker {
public:
    DiskWalker(Stage& first, WalkState& state) : first_(first), state_(state) {}

    // Reads the open directory `fd` (taken over) and walks its children.
    Next walk_dir(int fd) {
        DIR* dir = fdopendir(fd);
        if (!dir) {
            int err = errno;
            close(fd);
            return report_read_error(err);
        }
        std::string blob;
        std::vector<DirItem> items;
        int read_err = 0;
        for (;;) {
            errno = 0;
            dirent* de = readdir(dir);
            if (!de) {
                read_err = errno;
                break;
            }
            const char* n = de->d_name;
            if (n[0] == '.' && (n[1] == 0 || (n[1] == '.' && n[2] == 0))) continue;
            std::size_t len = std::strlen(n);
            items.push_back({static_cast<std::uint32_t>(blob.size()), static_cast<std::uint32_t>(len), de->d_type});
            blob.append(n, len);
        }
        std::sort(items.begin(), items.end(), [&](const DirItem& a, const DirItem& b) {
            return std::string_view(blob).substr(a.offset, a.length) < std::string_view(blob).substr(b.offset, b.length);
        });
        Next result = Next::go_on;
        if (read_err != 0) {
            result = report_read_error(read_err);
        }
        if (result == Next::go_on) result = walk_children(dirfd(dir), blob, items);
        closedir(dir);
        return result;
    }

    std::string path;     // current directory, context-relative ("" = root)
    NodeRef current_dir;  // how to find the directory being read (for the error call)

private:
    Stage& first_;
    WalkState& state_;

    // The second WalkDirFunc call for a directory whose listing failed.
    Next report_read_error(int err) {
        if (path.empty()) {  // the context root itself
            state_.fatal(std::string("open context root: ") + std::strerror(err));
            return Next::abort;
        }
        if (err == ENOENT || err == ENOTDIR) return Next::skip;
        NodeRef n = current_dir;
        n.path = path;
        Next r = first_.visit(n, err);
        return r == Next::abort ? Next::abort : Next::skip;
    }

    Next walk_children(int fd, const std::string& blob, const std::vector<DirItem>& items) {
        const std::size_t base = path.size();
        for (const DirItem& it : items) {
            std::string_view name = std::string_view(blob).substr(it.offset, it.length);
            path.resize(base);
            if (base) path += '/';
            path.append(name);

            EntryType hint = EntryType::other;
            bool is_dir = false;
            switch (it.d_type) {
                case DT_DIR: is_dir = true; hint = EntryType::dir; break;
                case DT_REG: hint = EntryType::file; break;
                case DT_LNK: hint = EntryType::symlink; break;
                case DT_UNKNOWN: {
                    std::string n(name);
                    struct stat st {};
                    if (fstatat(fd, n.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
                        int err = errno;
                        if (err == ENOENT || err == ENOTDIR) continue;
                        state_.error(path, std::string("lstat: ") + std::strerror(err), err);
                        continue;
                    }
                    hint = type_from_mode(st.st_mode);
                    is_dir = hint == EntryType::dir;
                    break;
                }
                default: break;
            }
            NodeRef node;
            node.path = path;
            node.is_dir = is_dir;
            node.type_hint = hint;
            node.dirfd = fd;
            node.name = name;

            Next r = first_.visit(node, 0);
            if (r == Next::abort || state_.aborted) {
                path.resize(base);
                return Next::abort;
            }
            if (!is_dir) {
                if (r == Next::skip) break;  // SkipDir from a file: rest of this directory
                continue;
            }
            if (r == Next::skip) continue;

            std::string n(name);
            int child = openat(fd, n.c_str(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            NodeRef saved = current_dir;
            current_dir = node;
            current_dir.path = {};
            Next cr;
            if (child < 0) {
                cr = report_read_error(errno);
            } else {
                cr = walk_dir(child);
            }
            current_dir = saved;
            if (cr == Next::abort) {
                path.resize(base);
                return Next::abort;
            }
        }
        path.resize(base);
        return Next::go_on;
    }
};

}  // namespace

std::string_view entry_type_name(EntryType t) noexcept {
    switch (t) {
        case EntryType::file: return "file";
        case EntryType::dir: return "dir";
        case EntryType::symlink: return "symlink";
        case EntryType::other: return "other";
    }
    return "other";
}

bool walk_order_less(std::string_view a, std::string_view b) noexcept {
    const std::size_t n = std::min(a.size(), b.size());
    for (std::size_t i = 0; i < n; ++i) {
        const auto ca = static_cast<unsigned char>(a[i]);
        const auto cb = static_cast<unsigned char>(b[i]);
        if (ca == cb) continue;
        if (ca == '/') return true;
        if (cb == '/') return false;
        return ca < cb;
    }
    return a.size() < b.size();
}

WalkResult walk(const std::filesystem::path& root, const WalkOptions& options) {
    WalkResult result;
    WalkState state{&result};
    DiskCollector sink(state, options.stat);
    std::vector<std::unique_ptr<FilterLayer>> layers;
    Stage* first = build_chain(options, sink, state, layers);
    if (!first) return result;

    int fd = open(root.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        int err = errno;
        state.fatal("open " + root.string() + ": " + std::strerror(err));
        return result;
    }
    DiskWalker walker(*first, state);
    walker.walk_dir(fd);
    return result;
}

WalkResult walk_tree(std::span<const Entry> tree, const WalkOptions& options) {
    WalkResult result;
    WalkState state{&result};
    TreeCollector sink(state, tree);
    std::vector<std::unique_ptr<FilterLayer>> layers;
    Stage* first = build_chain(options, sink, state, layers);
    if (!first) return result;

    std::vector<std::size_t> order(tree.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return walk_order_less(tree[a].path, tree[b].path);
    });

    // While `skip_under` is set, entries below it are not visited (SkipDir).
    bool skipping = false;
    bool skip_all = false;
    std::string skip_under;
    for (std::size_t k = 0; k < order.size() && !skip_all; ++k) {
        const Entry& e = tree[order[k]];
        std::string_view p = e.path;
        if (skipping) {
            if (p.size() > skip_under.size() && p.starts_with(skip_under) && p[skip_under.size()] == '/') continue;
            skipping = false;
        }
        NodeRef node;
        node.path = p;
        node.is_dir = e.type == EntryType::dir;
        node.type_hint = e.type;
        node.index = order[k];
        Next r = first->visit(node, 0);
        if (r == Next::abort || state.aborted) break;
        if (r != Next::skip) continue;
        if (node.is_dir) {
            skipping = true;
            skip_under.assign(p);
        } else {
            std::size_t slash = p.rfind('/');
            if (slash == std::string_view::npos) {
                skip_all = true;  // SkipDir at the root ends the walk
            } else {
                skipping = true;
                skip_under.assign(p.substr(0, slash));
            }
        }
    }
    return result;
}

std::optional<std::filesystem::path> find_ignore_file(const std::filesystem::path& context_root,
                                                      const std::filesystem::path& dockerfile) {
    std::error_code ec;
    if (!dockerfile.empty() && dockerfile.has_filename()) {
        std::filesystem::path specific = dockerfile;
        specific += ".dockerignore";
        if (std::filesystem::is_regular_file(specific, ec)) return specific;
    }
    std::filesystem::path common = context_root / ".dockerignore";
    if (std::filesystem::is_regular_file(common, ec)) return common;
    return std::nullopt;
}

}  // namespace dflint::context
