//! code: DL3010
//! name: copy-then-extract-archive
//! severity: info
//! category: image-size
//! summary: Use ADD to unpack a local tar archive instead of COPY and a RUN that extracts it
//! url: https://github.com/hadolint/hadolint/wiki/DL3010
//!
//! ## What it does
//! Flags a `COPY` of a local archive (`.tar`, `.tar.gz`, `.tgz`, `.tar.bz2`,
//! `.tar.xz`, … — the suffixes `ADD` unpacks) when a later `RUN` of the same
//! stage extracts that file with `tar -x`/`tar x`/`--extract`, or with
//! `gunzip`, `bunzip2`, `unxz`, `zcat`, `unzip`, …. Files copied from another
//! stage (`COPY --from`) are not reported.
//!
//! ## Why is this bad?
//! Every instruction adds a layer, and layers only ever add bytes: the
//! archive copied by `COPY` stays in the image even after the `RUN` unpacks
//! it (and deleting it in that `RUN` does not give the space back). `ADD`
//! unpacks a local tar archive straight into the destination in one step, so
//! the compressed file never becomes part of the image.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12
//! COPY app.tar.gz /opt/
//! RUN tar -xzf /opt/app.tar.gz -C /opt && rm /opt/app.tar.gz
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12
//! ADD app.tar.gz /opt/
//! ```
//!
//! ## References
//! - [Dockerfile reference: ADD](https://docs.docker.com/reference/dockerfile/#add)
//! - [Best practices: ADD or COPY](https://docs.docker.com/build/building/best-practices/#add-or-copy)

#include <algorithm>
#include <array>

#include "rules/copy_util.hpp"

namespace dflint::rules::DL3010 {

namespace {

struct Archive {
    std::string name;       // base name looked for in RUN commands
    std::string copied;     // the COPY argument as written
    Range range;            // where to report
    std::uint32_t extract_line = 0;
    std::string extract_cmd;
    std::string extract_dir;  // tar -C / --directory, when given
};

bool is_tar_extract(const shell::Command& c) {
    if (!c.is("tar")) return false;
    for (std::size_t i = 0; i < c.args.size(); ++i) {
        const std::string& a = c.args[i].text;
        if (a == "--extract" || a == "--get") return true;
        // Bundled short options: -xzf, -zxvf (not long options such as --exclude).
        if (a.size() >= 2 && a[0] == '-' && a[1] != '-' && a.find('x') != std::string::npos) return true;
        // Old-style options as the first word: `tar xzf file.tgz`.
        if (i == 0 && !a.empty() && a[0] != '-' && a.find('x') != std::string::npos &&
            std::all_of(a.begin(), a.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'); }))
            return true;
    }
    return false;
}

bool is_decompressor(const shell::Command& c) {
    static constexpr std::array<std::string_view, 9> names{"unzip", "gunzip", "bunzip2", "unlzma", "unxz", "zgz", "uncompress", "zcat", "gzcat"};
    return c.name && std::find(names.begin(), names.end(), c.basename()) != names.end();
}

// File names (base names) a command operates on.
std::vector<std::string> file_names(const shell::Command& c) {
    std::vector<std::string> out;
    for (const auto& w : c.args) {
        std::string_view t = w.text;
        if (t.rfind("--file=", 0) == 0) t.remove_prefix(7);
        else if (!t.empty() && t[0] == '-') continue;
        out.emplace_back(copy_util::base_name(copy_util::strip_quotes(t)));
    }
    return out;
}

}  // namespace

void on_document(RuleContext& ctx) {
    std::vector<Archive> archives;  // of the current stage
    std::vector<Archive> found;
    auto flush = [&] {
        for (auto& a : archives)
            if (a.extract_line) found.push_back(std::move(a));
        archives.clear();
    };
    for (const auto& info : ctx.model().infos()) {
        const Instruction& ins = *info.ins;
        if (ins.kind == InstructionKind::from) {
            flush();
            continue;
        }
        if (ins.kind == InstructionKind::copy && !ins.flag("from") && ins.heredocs.empty()) {
            const auto paths = copy_util::path_args(ins);
            if (paths.size() < 2) continue;
            const auto& dest = paths.back();
            if (copy_util::is_archive_name(dest.text)) {
                const auto& shown = paths.size() == 2 ? paths.front() : dest;
                archives.push_back({std::string(copy_util::base_name(dest.text)), shown.text, shown.range, 0, {}, {}});
            } else {
                for (std::size_t i = 0; i + 1 < paths.size(); ++i)
                    if (copy_util::is_archive_name(paths[i].text))
                        archives.push_back({std::string(copy_util::base_name(paths[i].text)), paths[i].text, paths[i].range, 0, {}, {}});
            }
            continue;
        }
        if (ins.kind != InstructionKind::run || archives.empty()) continue;
        for (const auto& c : commands(info)) {
            if (!is_tar_extract(c) && !is_decompressor(c)) continue;
            const auto names = file_names(c);
            for (auto& a : archives) {
                if (a.extract_line || std::find(names.begin(), names.end(), a.name) == names.end()) continue;
                a.extract_line = ins.start_line;
                a.extract_cmd = std::string(c.basename());
                if (c.is("tar")) {
                    if (auto dir = c.flag_value("--directory")) a.extract_dir = *dir;
                    else if (auto d = c.flag_value("-C")) a.extract_dir = *d;
                }
            }
        }
    }
    flush();
    for (const auto& a : found)
        ctx.report(a.range,
                   fmt::format("`{}` is copied here and extracted with `{}` on line {}: the archive itself stays in the image as an extra layer",
                               a.copied, a.extract_cmd, a.extract_line),
                   fmt::format("let ADD unpack the tar archive in one step and drop the extraction from the RUN:\n    ADD {} {}", a.copied,
                               a.extract_dir.empty() ? std::string("<folder to unpack into>/")
                                                     : a.extract_dir + (a.extract_dir.back() == '/' ? "" : "/")));
}

}  // namespace dflint::rules::DL3010
