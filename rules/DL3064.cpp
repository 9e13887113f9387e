//! code: DL3064
//! name: secret-in-arg-or-env
//! severity: warning
//! category: security
//! instructions: ARG, ENV, ONBUILD
//! summary: ARG or ENV whose name suggests it holds a secret
//! url: https://github.com/hadolint/hadolint/wiki/DL3064
//! fixable: no
//!
//! ## What it does
//! Flags an `ARG` or `ENV` (also inside `ONBUILD`) whose name is a well-known
//! credential variable (`GITHUB_TOKEN`, `AWS_SECRET_ACCESS_KEY`,
//! `NPM_TOKEN`, …) or contains `password`, `secret`, `token`, `api_key`,
//! `client_key`, `private` or `username`, in any case (hadolint's list, less
//! the names that hold no secret, such as `TRAVIS_OS_NAME`). Not flagged: names
//! ending in `_FILE`, `_PATH` or `_DIR`, which name where a secret lives
//! (`POSTGRES_PASSWORD_FILE=/run/secrets/db`, the recommended pattern), and
//! an `ENV` set to the empty string, which bakes nothing into the image.
//!
//! ## Why is this bad?
//! Neither instruction keeps a secret secret. An `ENV` value is stored in
//! the image configuration: anyone who can pull the image reads it with
//! `docker inspect`, and every container inherits it. An `ARG` value is not
//! kept in the final environment, but it is recorded in the image history
//! (`docker history`) and the build cache whenever a `RUN` uses it. Secrets
//! pushed to a registry this way have to be revoked.
//!
//! ## Example
//! ```dockerfile
//! FROM node:20
//! ARG NPM_TOKEN
//! RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
//! ```
//!
//! Use instead:
//! ```dockerfile
//! # syntax=docker/dockerfile:1
//! FROM node:20
//! RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
//! ```
//! and build with `docker build --secret id=npm_token,env=NPM_TOKEN .`.
//! Secrets a running container needs are passed when it starts
//! (`docker run -e`, Compose or Kubernetes secrets), not in the image.
//!
//! ## References
//! - [Build secrets](https://docs.docker.com/build/building/secrets/)
//! - [BuildKit check SecretsUsedInArgOrEnv](https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/)
//! - [Dockerfile reference: RUN --mount=type=secret](https://docs.docker.com/reference/dockerfile/#run---mounttypesecret)

#include "rules/rule.hpp"

namespace dflint::rules::DL3064 {

namespace {

// Credential variables of common tools and services (upper case). Names that
// hold no secret (TRAVIS_OS_NAME, FACEBOOK_APP_ID, …) are deliberately absent.
constexpr std::string_view known_names[] = {
    "ACCESS_TOKEN", "APPLICATION_KEY", "APP_SECRET", "AUTH_TOKEN", "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY", "BITTREX_API_KEY", "BITTREX_API_SECRET", "CF_PASSWORD", "CF_USERNAME",
    "CIRCLE_TOKEN", "CI_DEPLOY_PASSWORD", "CI_DEPLOY_USER", "DOCKERHUB_PASSWORD", "DOCKER_EMAIL",
    "DOCKER_PASSWORD", "DOCKER_USERNAME", "FACEBOOK_ACCESS_TOKEN", "FACEBOOK_APP_SECRET",
    "FIREBASE_API_TOKEN", "FIREBASE_TOKEN", "FOSSA_API_KEY", "GH_ENTERPRISE_TOKEN", "GH_TOKEN",
    "GITHUB_ENTERPRISE_TOKEN", "GITHUB_TOKEN", "HEROKU_API_KEY", "HEROKU_API_USER", "NPM_AUTH_TOKEN",
    "NPM_TOKEN", "OKTA_CLIENT_TOKEN", "OKTA_OAUTH2_CLIENTSECRET", "OPENAI_API_KEY",
    "OS_PASSWORD", "OS_USERNAME", "POSTGRES_PASSWORD", "SLACK_TOKEN", "STRIPE_API_KEY", "VAULT_CLIENT_KEY",
    "VAULT_TOKEN",
};

// Parts of a name that usually mark a credential (lower case).
constexpr std::string_view suspicious_parts[] = {"api_key", "client_key", "password", "private", "secret", "token", "username"};

std::string upper(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'a' && c <= 'z') c = char(c - 32);
    return out;
}

bool ends_with(std::string_view s, std::string_view suffix) { return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix; }

// Why the name looks like a secret ("" when it does not).
std::string secret_reason(std::string_view name) {
    const std::string up = upper(name);
    // Where the secret lives, not the secret: `PASSWORD_FILE=/run/secrets/db`.
    if (ends_with(up, "_FILE") || ends_with(up, "_PATH") || ends_with(up, "_DIR")) return {};
    for (auto k : known_names)
        if (up == k) return fmt::format("`{}` is a well-known credential variable", name);
    const std::string low = lower(name);
    for (auto p : suspicious_parts)
        if (low.find(p) != std::string::npos) return fmt::format("its name contains `{}`", p);
    return {};
}

}  // namespace

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    const Instruction& ins = info.effective();
    const bool is_arg = ins.kind == InstructionKind::arg;
    if (!is_arg && ins.kind != InstructionKind::env) return;
    for (const auto& kv : ins.pairs) {
        const std::string name = unquote(kv.key.text);
        const std::string reason = secret_reason(name);
        if (reason.empty()) continue;
        if (!is_arg) {
            // `ENV PASSWORD=` declares the variable for `docker run -e`; it holds nothing.
            const std::string value = kv.value ? unquote(kv.value->text) : std::string();
            if (value.empty()) continue;
        }
        if (is_arg) {
            ctx.report(kv.key.range,
                       fmt::format("build argument `{}` may hold a secret ({}): build argument values are recorded in the image history and build cache", name, reason),
                       fmt::format("pass the secret with a secret mount, which exists only while that one RUN executes: `RUN --mount=type=secret,id={},env={} <command>`, built with `--secret id={},env={}`",
                                   lower(name), name, lower(name), name));
        } else {
            ctx.report(kv.key.range,
                       fmt::format("`ENV {}` may store a secret in the image ({}): anyone who pulls the image can read it with `docker inspect`", name, reason),
                       fmt::format("pass it when the container starts (`docker run -e {}=…`, Compose or Kubernetes secrets); a build step that needs it can use "
                                   "`RUN --mount=type=secret,id={},env={} <command>`",
                                   name, lower(name), name));
        }
    }
}

}  // namespace dflint::rules::DL3064
