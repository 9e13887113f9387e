//! code: DF001
//! name: dependencies-after-source
//! severity: warning
//! category: cache
//! instructions: COPY, ADD
//! summary: Copy dependency manifests and install dependencies before copying the rest of the source
//! url: https://docs.docker.com/build/cache/optimize/#order-your-layers
//! fixable: yes
//!
//! ## What it does
//! Flags a `COPY`/`ADD` that takes in the whole build context (`COPY . .`,
//! `COPY ./ /app`) before a dependency install step of the same stage:
//! npm/yarn/pnpm (`package.json`, lockfiles), pip/poetry/pipenv/uv
//! (`requirements*.txt`, `pyproject.toml`, `poetry.lock`, `Pipfile`), Go
//! (`go.mod`, `go.sum`), Cargo, Bundler, Composer, Maven, Gradle,
//! `dotnet restore` and Mix.
//!
//! ## Why is this bad?
//! Docker reuses a cached layer only while everything it depends on is
//! unchanged. After `COPY . .`, every later step depends on *every* file of
//! your project: edit one line of `server.js` and `RUN npm install` runs again
//! from scratch, although `package.json` did not change. Copy only the
//! manifests first and install; the install layer then stays cached until the
//! dependencies really change, and `COPY . .` afterwards brings in your code.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! WORKDIR /app
//! COPY . .
//! RUN npm install
//! CMD ["node", "server.js"]
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! WORKDIR /app
//! COPY package.json package-lock.json ./
//! RUN npm install
//! COPY . .
//! CMD ["node", "server.js"]
//! ```
//!
//! ## References
//! - [Optimize cache usage: order your layers](https://docs.docker.com/build/cache/optimize/#order-your-layers)
//! - [How the build cache is invalidated](https://docs.docker.com/build/cache/invalidation/)

#include <algorithm>

#include "rules/rule.hpp"

namespace dflint::rules::DF001 {

struct InstallStep {
    std::string ecosystem;
    std::vector<std::string> manifests;
};

std::optional<InstallStep> detect(const shell::Command& c) {
    const auto sub = c.subcommand();
    const std::string_view n = c.basename();
    if (n == "npm" && sub && (*sub == "install" || *sub == "i" || *sub == "ci" || *sub == "add")) {
        if (*sub == "install" || *sub == "i") {
            // `npm install express` adds a package; only a bare install reads the manifest.
            if (c.positionals().size() > 1) return std::nullopt;
        }
        return InstallStep{"npm", {"package.json", "package-lock.json"}};
    }
    if (n == "yarn" && (!sub || *sub == "install")) return InstallStep{"yarn", {"package.json", "yarn.lock"}};
    if (n == "pnpm" && sub && (*sub == "install" || *sub == "i") && c.positionals().size() == 1) return InstallStep{"pnpm", {"package.json", "pnpm-lock.yaml"}};
    const bool pip = n == "pip" || n == "pip3" || ((n == "python" || n == "python3") && c.args.size() >= 2 && c.args[0].text == "-m" && c.args[1].text == "pip");
    if (pip && c.args.size() >= 1) {
        bool install = false;
        for (const auto& a : c.args)
            if (a.text == "install") install = true;
        if (!install) return std::nullopt;
        std::vector<std::string> files;
        for (std::size_t i = 0; i < c.args.size(); ++i) {
            const auto& t = c.args[i].text;
            if ((t == "-r" || t == "--requirement") && i + 1 < c.args.size()) files.push_back(c.args[i + 1].text);
            else if (t.rfind("--requirement=", 0) == 0) files.push_back(t.substr(14));
            else if (t.rfind("-r", 0) == 0 && t.size() > 2) files.push_back(t.substr(2));
        }
        if (files.empty()) return std::nullopt;
        return InstallStep{"pip", files};
    }
    if (n == "poetry" && sub == std::optional<std::string>("install")) return InstallStep{"poetry", {"pyproject.toml", "poetry.lock"}};
    if (n == "pipenv" && sub == std::optional<std::string>("install")) return InstallStep{"pipenv", {"Pipfile", "Pipfile.lock"}};
    if (n == "uv" && sub == std::optional<std::string>("sync")) return InstallStep{"uv", {"pyproject.toml", "uv.lock"}};
    if (n == "go" && c.args.size() >= 2 && c.args[0].text == "mod" && c.args[1].text == "download") return InstallStep{"go", {"go.mod", "go.sum"}};
    if (n == "cargo" && sub && (*sub == "fetch")) return InstallStep{"cargo", {"Cargo.toml", "Cargo.lock"}};
    if (n == "bundle" && (!sub || *sub == "install")) return InstallStep{"bundler", {"Gemfile", "Gemfile.lock"}};
    if (n == "composer" && sub && *sub == "install") return InstallStep{"composer", {"composer.json", "composer.lock"}};
    if (n == "mvn" || n == "mvnw") {
        for (const auto& a : c.args)
            if (a.text.rfind("dependency:", 0) == 0) return InstallStep{"maven", {"pom.xml"}};
    }
    if (n == "gradle" || n == "gradlew") {
        for (const auto& a : c.args)
            if (a.text == "dependencies" || a.text == "--refresh-dependencies") return InstallStep{"gradle", {"build.gradle*", "settings.gradle*"}};
    }
    if (n == "dotnet" && sub && *sub == "restore") return InstallStep{"dotnet", {"*.csproj"}};
    if (n == "mix" && sub && *sub == "deps.get") return InstallStep{"mix", {"mix.exs", "mix.lock"}};
    return std::nullopt;
}

bool takes_whole_context(const Instruction& ins) {
    if (ins.flag("from") || ins.args.size() < 2) return false;
    for (std::size_t i = 0; i + 1 < ins.args.size(); ++i) {
        const auto s = unquote(ins.args[i].text);
        if (s == "." || s == "./" || s == "*" || s == "./*" || s == ".\\" || s == "/") return true;
    }
    return false;
}

// Unsafe fix (npm, yarn, pnpm, pip, go): when the install RUN directly follows
// the COPY and runs only the install, insert `COPY <manifests> <dest>` and the
// RUN before the COPY, and remove the RUN from after it. Unsafe: a manifest
// named here may not exist (the COPY then fails), and the install now runs
// without the rest of the source.
void add_fix(Diagnostic& d, const RuleContext& ctx, const InstructionInfo& copy_info, const InstructionInfo& run_info,
             const InstallStep& step) {
    static constexpr std::string_view supported[] = {"npm", "yarn", "pnpm", "pip", "go"};
    if (std::find(std::begin(supported), std::end(supported), step.ecosystem) == std::end(supported)) return;
    const Instruction& copy = *copy_info.ins;
    const Instruction& run = *run_info.ins;
    if (run_info.index != copy_info.index + 1 || commands(run_info).size() != 1 || !run.heredocs.empty() || !copy.heredocs.empty()) return;
    if (copy.kind != InstructionKind::copy || copy.json_form) return;
    const Document& doc = ctx.doc();
    const auto& lines = doc.lines;
    const std::uint32_t copy_start = lines.line_start(lines.line_of(copy.keyword.range.begin));
    const std::uint32_t run_start = lines.line_start(lines.line_of(run.keyword.range.begin));
    if (copy_start != copy.keyword.range.begin || run_start != run.keyword.range.begin) return;  // indented: leave it
    // The RUN's lines, through the line ending.
    std::uint32_t run_end = run.range.end;
    while (run_end < doc.text.size() && doc.text[run_end] != '\n') ++run_end;
    if (run_end < doc.text.size()) ++run_end;
    const std::string_view run_text = doc.slice({run_start, run_end});
    if (run_text.empty() || run_text.back() != '\n') return;  // last line without newline: keep it simple
    // Nothing but the RUN between the COPY and it (no comments or blank lines moved).
    std::uint32_t copy_end = copy.range.end;
    while (copy_end < doc.text.size() && doc.text[copy_end] != '\n') ++copy_end;
    if (copy_end + 1 != run_start) return;
    for (const auto& m : step.manifests)
        if (m.find_first_of("*?[ \"'$") != std::string::npos) return;
    std::string dest = copy.args.back().text;
    if (dest.find_first_of(" \"'") != std::string::npos) return;
    if (dest == ".") dest = "./";
    else if (dest.back() != '/') dest += '/';
    std::string manifests;
    if (step.ecosystem == "npm") manifests = "package*.json";  // the lock file may be missing
    else
        for (const auto& m : step.manifests) manifests += (manifests.empty() ? "" : " ") + m;
    const std::string flags(doc.slice({copy.keyword.range.end, copy.rest.range.begin}));
    const std::string eol = run_text.size() >= 2 && run_text[run_text.size() - 2] == '\r' ? "\r\n" : "\n";
    std::string insert = copy.keyword.text + flags + manifests + " " + dest + eol;
    insert += run_text;
    d.fixes.push_back(Fix{"install the dependencies before copying the whole source", FixSafety::unsafe,
                          {Edit{Range{copy_start, copy_start}, insert}, Edit{Range{run_start, run_end}, ""}}});
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& copy = *info.ins;
    if (info.stage < 0 || !takes_whole_context(copy)) return;
    const Stage& stage = ctx.model().stages()[static_cast<std::size_t>(info.stage)];
    for (auto idx : stage.instructions) {
        const auto& later = ctx.model().infos()[idx];
        if (later.index <= info.index || later.ins->kind != InstructionKind::run) continue;
        for (const auto& cmd : commands(later)) {
            auto step = detect(cmd);
            if (!step) continue;
            const std::string dest = copy.args.back().text;
            const std::string src_dest = dest == "." ? "./" : dest;
            std::string manifests;
            for (const auto& m : step->manifests) manifests += m + " ";
            const std::string run_line = short_text(*later.ins);
            const std::string copy_line = fmt::format("{} {}", copy.keyword.text, copy.rest.text);
            // With the build context known, name a real file whose edit costs the install.
            std::string example;
            if (const auto& c = ctx.config().context) {
                for (const auto& e : c->entries) {
                    if (e.empty() || e.back() == '/' || e[0] == '.') continue;
                    if (std::find(c->ignored.begin(), c->ignored.end(), e) != c->ignored.end()) continue;
                    const auto base = e.substr(e.rfind('/') == std::string::npos ? 0 : e.rfind('/') + 1);
                    bool manifest = base == "Dockerfile" || base.find("ockerfile") != std::string::npos;
                    for (const auto& m : step->manifests) manifest = manifest || base == m;
                    if (manifest) continue;
                    if (example.empty() || (e.find('/') != std::string::npos && example.find('/') == std::string::npos)) example = e;
                }
            }
            auto& d = ctx.report(
                copy.args.front().range,
                example.empty()
                    ? fmt::format("`{}` copies the whole source before `{}` (line {}): any change to any file reruns the {} install, even when the dependencies did not change",
                                  copy_line, run_line, later.ins->start_line, step->ecosystem)
                    : fmt::format("`{}` copies the whole source before `{}` (line {}): a change to {} reruns the {} install, even when the dependencies did not change",
                                  copy_line, run_line, later.ins->start_line, example, step->ecosystem),
                fmt::format("copy the dependency manifests and install first, then the rest:\n    COPY {}{}\n    {}\n    {}",
                            manifests, src_dest, run_line, copy_line));
            add_fix(d, ctx, info, later, *step);
            return;
        }
    }
}

}  // namespace dflint::rules::DF001
