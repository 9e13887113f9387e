//! code: SecretsUsedInArgOrEnv
//! name: secrets-used-in-arg-or-env
//! severity: warning
//! category: security
//! instructions: ARG, ENV
//! summary: Sensitive data should not be used in the ARG or ENV commands
//! url: https://docs.docker.com/go/dockerfile/rule/secrets-used-in-arg-or-env/
//! fixable: no
//!
//! ## What it does
//! Flags an `ARG` (inside a stage) or `ENV` whose name looks like a secret:
//! one of its `_`-separated words is, in any case, `apikey`, `auth`,
//! `credential(s)`, `key`, `password`, `pword`, `passwd`, `secret` or
//! `token` — unless another word is `public`, `file` or `version`
//! (BuildKit build check `SecretsUsedInArgOrEnv`). `GITHUB_TOKEN`,
//! `DB_PASSWORD` and `API_KEY` are flagged; `PUBLIC_KEY`, `KEY_FILE` and
//! `TOKENIZER` are not.
//!
//! ## Why is this bad?
//! Build arguments and environment variables are stored in the image: `ENV`
//! values in its configuration, `ARG` values in its build history
//! (`docker history` shows them) and provenance attestations. Anyone who can
//! pull the image can read the secret. Build secrets are mounted only while a
//! `RUN` step executes and never end up in the image.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! ARG NPM_TOKEN
//! RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM node:20
//! RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN \
//!     echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
//! ```
//! and build with `docker build --secret id=npm_token,env=NPM_TOKEN .`
//!
//! ## References
//! - [BuildKit check SecretsUsedInArgOrEnv](https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/)
//! - [Build secrets](https://docs.docker.com/build/building/secrets/)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::SecretsUsedInArgOrEnv {

// True when one of the `_`-separated words of `key` is in `words`
// (BuildKit's `(?i)(?:_|^)(?:a|b)(?:_|$)`).
bool has_word(std::string_view key, std::initializer_list<std::string_view> words) {
    const std::string k = lower(key);
    for (auto w : words) {
        for (std::size_t pos = k.find(w); pos != std::string::npos; pos = k.find(w, pos + 1)) {
            const bool start = pos == 0 || k[pos - 1] == '_';
            const std::size_t end = pos + w.size();
            const bool stop = end == k.size() || k[end] == '_';
            if (start && stop) return true;
        }
    }
    return false;
}

bool looks_secret(std::string_view key) {
    return has_word(key, {"apikey", "auth", "credential", "credentials", "key", "password", "pword", "passwd", "secret", "token"}) &&
           !has_word(key, {"public", "file", "version"});
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = *info.ins;
    // BuildKit checks ARGs when a stage runs them; global ARGs only feed FROM.
    if (info.stage < 0) return;
    const bool is_arg = ins.kind == InstructionKind::arg;
    for (const auto& kv : ins.pairs) {
        std::string key = kv.key.text;
        if (!is_arg && key.find('$') != std::string::npos) {
            const auto r = ctx.model().expand(key, info);
            if (r.ok) key = r.word;
        }
        if (!looks_secret(key)) continue;
        const std::string id = lower(key);
        ctx.report(kv.key.range, fmt::format("Do not use ARG or ENV instructions for sensitive data ({} \"{}\")", is_arg ? "ARG" : "ENV", key),
                   fmt::format("{} values stay readable in the image; pass the secret only to the step that needs it: "
                               "`RUN --mount=type=secret,id={},env={} …` with `docker build --secret id={},env={}`",
                               is_arg ? "ARG" : "ENV", id, key, id, key));
    }
}

}  // namespace dflint::rules::SecretsUsedInArgOrEnv
