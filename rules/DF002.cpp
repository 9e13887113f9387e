//! code: DF002
//! name: context-sends-unwanted-files
//! severity: warning
//! category: context
//! instructions: COPY, ADD
//! summary: COPY . takes in .git, node_modules, build outputs or secrets that .dockerignore should exclude
//! url: https://docs.docker.com/build/concepts/context/#dockerignore-files
//!
//! ## What it does
//! When a build context is given (`dflint --context DIR`), flags a `COPY`/`ADD`
//! of the whole context (`COPY . .`) when the context holds folders or files
//! that rarely belong in an image and `.dockerignore` does not exclude them:
//! `.git`, `node_modules`, `__pycache__`, virtual environments, build outputs
//! (`dist`, `build`, `target`), and secrets (`.env`, private keys).
//!
//! ## Why is this bad?
//! Everything `COPY . .` takes in is sent to the builder, hashed, and stored
//! in a layer: `.git` and `node_modules` make every build slower and the image
//! bigger, a local `node_modules` overwrites the one `npm install` just built,
//! any change inside them breaks the cache, and an `.env` file or a key ends up
//! readable in the image for anyone who pulls it.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! WORKDIR /app
//! COPY . .
//! ```
//!
//! Use instead: a `.dockerignore` next to the Dockerfile:
//! ```text
//! .git
//! node_modules
//! .env
//! ```
//!
//! ## References
//! - [.dockerignore files](https://docs.docker.com/build/concepts/context/#dockerignore-files)

#include "rules/rule.hpp"

namespace dflint::rules::DF002 {

struct Unwanted {
    std::string_view entry;  // top-level entry ("dir/" for folders)
    std::string_view why;
};

constexpr Unwanted unwanted[] = {
    {".git/", "the repository history"},
    {"node_modules/", "dependencies the image installs itself"},
    {"__pycache__/", "Python bytecode caches"},
    {".venv/", "a local virtual environment"},
    {"venv/", "a local virtual environment"},
    {".tox/", "test environments"},
    {"dist/", "build output"},
    {"build/", "build output"},
    {"target/", "build output"},
    {".env", "secrets (environment file)"},
    {".npmrc", "a registry token"},
    {"id_rsa", "a private key"},
    {"id_ed25519", "a private key"},
    {".aws/", "cloud credentials"},
    {".ssh/", "SSH keys"},
};

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const auto& c = ctx.config().context;
    if (!c) return;
    const Instruction& ins = *info.ins;
    if (ins.flag("from") || ins.args.size() < 2) return;
    bool whole = false;
    for (std::size_t i = 0; i + 1 < ins.args.size(); ++i) {
        const auto s = unquote(ins.args[i].text);
        whole = whole || s == "." || s == "./" || s == "*" || s == "./*";
    }
    if (!whole) return;
    std::vector<std::string> found, lines;
    for (const auto& u : unwanted) {
        const std::string e(u.entry);
        const bool present = std::find(c->entries.begin(), c->entries.end(), e) != c->entries.end();
        const bool ignored = std::find(c->ignored.begin(), c->ignored.end(), e) != c->ignored.end();
        if (!present || ignored) continue;
        found.push_back(fmt::format("`{}` ({})", e, u.why));
        lines.push_back(e.back() == '/' ? e.substr(0, e.size() - 1) : e);
    }
    if (found.empty()) return;
    std::string list, add;
    for (std::size_t i = 0; i < found.size(); ++i) list += (i ? ", " : "") + found[i];
    for (const auto& l : lines) add += "\n    " + l;
    ctx.report(ins.args.front().range, fmt::format("`{} {}` also takes in {}", ins.keyword.text, ins.rest.text, list),
               fmt::format("add {} to {}:{}", lines.size() == 1 ? "this line" : "these lines", c->ignore_file.empty() ? ".dockerignore (next to the Dockerfile)" : c->ignore_file, add));
}

}  // namespace dflint::rules::DF002
