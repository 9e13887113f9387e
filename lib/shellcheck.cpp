// ShellCheck on RUN scripts. ShellCheck is an external program, so its
// results are cached on disk by content (key: the binary's identity, the
// dialect and the script), and a re-run of dflint on an unchanged Dockerfile
// starts no process at all. Findings are mapped back to exact positions in
// the Dockerfile through the script's source map.
#include <fcntl.h>
#include <spawn.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <xxhash.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <sstream>

#include "dflint/lint.hpp"
#include "unicode/unicode.hpp"

extern char** environ;

namespace dflint::rules {
namespace {

namespace fs = std::filesystem;

std::string find_on_path(const std::string& name) {
    if (name.find('/') != std::string::npos) return access(name.c_str(), X_OK) == 0 ? name : std::string();
    const char* path = std::getenv("PATH");
    if (!path) return {};
    std::string_view p(path);
    while (!p.empty()) {
        const auto colon = p.find(':');
        std::string dir(p.substr(0, colon));
        if (dir.empty()) dir = ".";
        const std::string candidate = dir + "/" + name;
        if (access(candidate.c_str(), X_OK) == 0) return candidate;
        if (colon == std::string_view::npos) break;
        p.remove_prefix(colon + 1);
    }
    return {};
}

std::string default_cache_dir() {
    if (const char* x = std::getenv("XDG_CACHE_HOME"); x && *x) return std::string(x) + "/dflint";
    if (const char* h = std::getenv("HOME"); h && *h) return std::string(h) + "/.cache/dflint";
    return {};
}

// Runs `argv` with `input` on stdin; returns stdout. False if it could not run.
bool run_process(const std::vector<std::string>& argv, const std::string& input, std::string& output) {
    const int in = memfd_create("dflint-shellcheck", MFD_CLOEXEC);
    if (in < 0) return false;
    if (write(in, input.data(), input.size()) != static_cast<ssize_t>(input.size()) || lseek(in, 0, SEEK_SET) != 0) {
        close(in);
        return false;
    }
    int out[2];
    if (pipe2(out, O_CLOEXEC) != 0) {
        close(in);
        return false;
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, in, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    std::vector<char*> args;
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid;
    const int rc = posix_spawn(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(in);
    close(out[1]);
    if (rc != 0) {
        close(out[0]);
        return false;
    }
    char buf[65536];
    for (;;) {
        const ssize_t n = read(out[0], buf, sizeof buf);
        if (n > 0) output.append(buf, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR) break;
    }
    close(out[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    // ShellCheck exits 1 when it found something; anything that is not JSON is a failure.
    return !output.empty() && output[0] == '{';
}

struct Job {
    const InstructionInfo* info;
    std::string text;   // what ShellCheck reads, header excluded
    SourceMap map;      // offsets in `text` → source
    std::string shell;  // shebang interpreter
};

std::string basename_of(std::string_view p) {
    const auto s = p.rfind('/');
    return std::string(s == std::string_view::npos ? p : p.substr(s + 1));
}

// The ShellCheck input for one RUN, following what BuildKit hands the shell.
bool make_job(const InstructionInfo& info, const std::string& shell_override, Job& job) {
    const Instruction& eff = info.effective();
    if (eff.kind != InstructionKind::run || eff.json_form || !info.script) return false;
    job.info = &info;
    job.shell = shell_override.empty() ? (info.shell.empty() ? "/bin/sh" : info.shell.front()) : shell_override;
    const std::string shell_name = basename_of(job.shell);
    if (shell_name.find("pwsh") != std::string::npos || shell_name.find("powershell") != std::string::npos || shell_name.find("cmd") != std::string::npos) return false;
    const std::string& rest = eff.rest.text;
    if (eff.heredocs.empty()) {
        job.text = info.script_text;
        job.map = info.script_map;
    } else if (info.script_text.size() > rest.size()) {
        // The bodies are the script (`RUN <<EOF`): check the first body alone.
        const auto& h = eff.heredocs.front();
        job.text = h.content;
        job.map.append(static_cast<std::uint32_t>(h.content.size()), h.body.begin);
    } else {
        // Heredocs used as data: hand ShellCheck the real shell heredoc.
        job.text = info.script_text;
        job.map = info.script_map;
        for (const auto& h : eff.heredocs) {
            job.text += '\n';
            job.map.append_synthetic(1, h.body.begin);
            job.text += h.content;
            job.map.append(static_cast<std::uint32_t>(h.content.size()), h.body.begin);
            job.text += h.name + "\n";
            job.map.append_synthetic(static_cast<std::uint32_t>(h.name.size() + 1), h.terminator.begin);
        }
    }
    // A script with its own non-shell shebang is not a shell script.
    if (job.text.rfind("#!", 0) == 0) {
        const auto nl = job.text.find('\n');
        const std::string line = job.text.substr(0, nl);
        static const char* ok[] = {"#!/bin/sh", "#!/bin/bash", "#!/bin/ksh", "#!/usr/bin/env sh", "#!/usr/bin/env bash", "#!/usr/bin/env ksh", "#!/bin/dash"};
        bool shell_shebang = false;
        for (auto o : ok)
            if (line.rfind(o, 0) == 0) shell_shebang = true;
        if (!shell_shebang) return false;
    }
    return true;
}

std::string hex128(const XXH128_hash_t& h) {
    char buf[33];
    std::snprintf(buf, sizeof buf, "%016llx%016llx", static_cast<unsigned long long>(h.high64), static_cast<unsigned long long>(h.low64));
    return buf;
}

// `# hadolint shell=bash` / `# dflint shell=bash`: before the first FROM it
// sets the default for every stage; after a FROM, for that stage onwards.
std::vector<std::pair<std::uint32_t, std::string>> shell_pragmas(const Document& doc) {
    std::vector<std::pair<std::uint32_t, std::string>> out;
    for (const auto& c : doc.comments) {
        std::string_view t = c.text;
        std::string_view rest;
        if (t.rfind("hadolint", 0) == 0) rest = t.substr(8);
        else if (t.rfind("dflint", 0) == 0) rest = t.substr(6);
        else continue;
        rest = unicode::trim_space(rest);
        if (rest.rfind("shell", 0) != 0) continue;
        rest = unicode::trim_space(rest.substr(5));
        if (rest.empty() || rest[0] != '=') continue;
        rest = unicode::trim_space(rest.substr(1));
        const auto sp = rest.find_first_of(" \t");
        out.emplace_back(c.range.begin, std::string(rest.substr(0, sp)));
    }
    return out;
}

}  // namespace

void run_shellcheck(const Model& model, const Config& config, std::vector<Diagnostic>& out) {
    const std::string binary = find_on_path(config.shellcheck_path.empty() ? "shellcheck" : config.shellcheck_path);
    if (binary.empty()) return;
    struct stat st {};
    if (stat(binary.c_str(), &st) != 0) return;
    const std::string identity = binary + ":" + std::to_string(st.st_size) + ":" + std::to_string(st.st_mtim.tv_sec);
    const std::string cache_root = config.cache_dir.empty() ? default_cache_dir() : config.cache_dir;
    const Document& doc = model.doc();
    const auto pragmas = shell_pragmas(doc);

    for (const auto& info : model.infos()) {
        // The shell pragma in force at this instruction.
        std::string override_shell;
        std::uint32_t stage_start = 0;
        if (info.stage >= 0) stage_start = model.stages()[static_cast<std::size_t>(info.stage)].from->range.begin;
        for (const auto& [at, sh] : pragmas) {
            if (at > info.ins->range.begin) break;
            const bool global = model.stages().empty() || at < model.stages().front().from->range.begin;
            if (global || at >= stage_start) override_shell = sh;
        }
        Job job;
        if (!make_job(info, override_shell, job)) continue;

        // Header: shebang and the variables the stage defines (so ShellCheck
        // does not call them unassigned), as hadolint does.
        std::string header = "#!" + job.shell + "\n";
        std::vector<std::string> names{"HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy"};
        if (info.env)
            for (const auto& v : info.env->vars)
                if (v.source != VarSource::builtin) names.push_back(v.name);
        for (const auto& n : names) {
            bool valid = !n.empty() && !(n[0] >= '0' && n[0] <= '9');
            for (char c : n) valid = valid && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_');
            if (valid) header += "export " + n + "=1\n";
        }
        const std::uint32_t header_lines = static_cast<std::uint32_t>(std::count(header.begin(), header.end(), '\n'));
        const std::string input = header + job.text;
        const std::vector<std::string> argv{binary, "--format=json1", "--exclude=SC2187,SC1090,SC1091", "-"};

        std::string key_material = identity + '\0' + input;
        const std::string key = hex128(XXH3_128bits(key_material.data(), key_material.size()));
        std::string output;
        bool cached = false;
        fs::path cache_file;
        if (!cache_root.empty()) {
            cache_file = fs::path(cache_root) / "shellcheck" / key.substr(0, 2) / (key + ".json");
            std::ifstream in(cache_file, std::ios::binary);
            if (in) {
                output.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
                cached = !output.empty();
            }
        }
        if (!cached) {
            output.clear();
            if (!run_process(argv, input, output)) continue;
            if (!cache_file.empty()) {
                std::error_code ec;
                fs::create_directories(cache_file.parent_path(), ec);
                const fs::path tmp = cache_file.string() + ".tmp" + std::to_string(getpid());
                {
                    std::ofstream o(tmp, std::ios::binary);
                    o << output;
                }
                fs::rename(tmp, cache_file, ec);
                if (ec) fs::remove(tmp, ec);
            }
        }
        nlohmann::json j = nlohmann::json::parse(output, nullptr, false);
        if (j.is_discarded() || !j.contains("comments")) continue;

        // (line, column) in the script → offset in job.text (columns count code points).
        std::vector<std::uint32_t> starts{0};
        for (std::uint32_t i = 0; i < job.text.size(); ++i)
            if (job.text[i] == '\n') starts.push_back(i + 1);
        auto offset_of = [&](int line, int column) -> std::uint32_t {
            if (line <= static_cast<int>(header_lines)) return 0;
            const auto l = static_cast<std::size_t>(line - static_cast<int>(header_lines) - 1);
            if (l >= starts.size()) return static_cast<std::uint32_t>(job.text.size());
            std::uint32_t off = starts[l];
            for (int c = 1; c < column && off < job.text.size() && job.text[off] != '\n'; ++c) off += unicode::decode(job.text, off).size;
            return off;
        };
        for (const auto& c : j["comments"]) {
            Diagnostic d;
            d.code = "SC" + std::to_string(c.value("code", 0));
            d.name = "shellcheck";
            const std::string level = c.value("level", "warning");
            if (!parse_severity(level, d.severity)) d.severity = Severity::warning;
            d.message = c.value("message", "");
            d.url = "https://www.shellcheck.net/wiki/" + d.code;
            d.help = "see " + d.url;
            const auto b = offset_of(c.value("line", 1), c.value("column", 1));
            const auto e = offset_of(c.value("endLine", 1), c.value("endColumn", 1));
            d.range = job.map.to_source(b, std::max(b, e));
            if (d.range.empty() && b < job.text.size()) d.range.end = d.range.begin + 1;
            out.push_back(std::move(d));
        }
    }
}

}  // namespace dflint::rules
