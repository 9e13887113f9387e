#pragma once
// `dflint lsp`: a Language Server Protocol 3.17 server over a byte stream
// (JSON-RPC 2.0 with Content-Length framing). See docs/lsp.md.
//
// Features: diagnostics pushed with textDocument/publishDiagnostics (ranges
// in UTF-16 code units), full and incremental text sync, quick fixes and
// "ignore this rule on this line" code actions, hovers on instruction
// keywords and on findings. Settings come from the same config files as the
// command line (.dflint.yaml, .hadolint.yaml, … found from the document's
// folder) and the HADOLINT_* environment; they are re-read when the client
// reports workspace/didChangeWatchedFiles or workspace/didChangeConfiguration.
//
// Re-lints run debounced on a worker thread; the reading thread never waits
// for a lint. A result for an older version of a document is dropped.
#include <chrono>
#include <iosfwd>
#include <optional>

#include "dflint/lint.hpp"

namespace dflint::lsp {

struct ServerOptions {
    // Delay between an edit and the re-lint it triggers (edits inside the
    // delay are linted once).
    std::chrono::milliseconds debounce{75};
    // When set, every document is linted with this configuration and no
    // config file or environment variable is read (tests, benchmarks).
    std::optional<Config> config;
};

// Serves one client until `exit` or the end of the input. Returns the
// process exit code LSP prescribes: 0 after shutdown+exit, 1 otherwise.
int run_language_server(std::istream& in, std::ostream& out, const ServerOptions& options = {});
// Same over file descriptors (e.g. 0 and 1); nothing else is written to `out_fd`.
int run_language_server(int in_fd, int out_fd, const ServerOptions& options = {});

}  // namespace dflint::lsp
