//! code: DL3062
//! name: unpinned-go-package
//! severity: warning
//! category: pinning
//! instructions: RUN, ONBUILD
//! summary: Pin versions in go install, go get and go run
//! url: https://github.com/hadolint/hadolint/wiki/DL3062
//!
//! ## What it does
//! Flags a module path of `go install`, `go get` or `go run` that has no
//! `@version`, or whose version is `@latest` (or `@none`). Local packages are
//! not reported: `.`, paths starting with `.` or `/` (`./cmd/app`,
//! `./...`), and `.go` files (`go run main.go`). For `go run`, only the
//! package is checked: the words after it are the program's arguments.
//! Values of options such as `-tags netgo` or `-ldflags "-s -w"` are not
//! packages.
//!
//! ## Why is this bad?
//! `go install golang.org/x/tools/gopls@latest` (or without any version)
//! fetches whatever is newest on the day of the build: two builds of the same
//! Dockerfile contain different tools, and a new release can break the build
//! without any change on your side.
//!
//! ## Example
//! ```dockerfile
//! FROM golang:1.22
//! RUN go install github.com/go-delve/delve/cmd/dlv@latest
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM golang:1.22
//! RUN go install github.com/go-delve/delve/cmd/dlv@v1.22.1
//! ```
//!
//! ## References
//! - [go install](https://go.dev/ref/mod#go-install)
//! - [go get](https://go.dev/ref/mod#go-get)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3062 {

using namespace lang;

// Options and operands of a go command. go takes `-flag` and `--flag` alike;
// the listed build flags take a value (`-tags netgo`, `-ldflags "-s -w"`).
Scan scan_go(const shell::Command& c) {
    static const std::vector<std::string_view> with_value = {"o",    "p",     "ldflags",  "gcflags",   "asmflags", "tags",      "mod",
                                                             "modfile", "overlay", "pkgdir", "toolexec", "buildmode", "compiler", "gccgoflags",
                                                             "installsuffix", "exec", "C", "covermode", "coverpkg", "pgo"};
    Scan s;
    for (std::size_t i = 0; i < c.args.size(); ++i) {
        const auto& w = c.args[i];
        std::string_view t = w.text;
        if (t == "--") {
            for (std::size_t j = i + 1; j < c.args.size(); ++j) s.operands.push_back(&c.args[j]);
            break;
        }
        if (!is_option(t)) {
            s.operands.push_back(&w);
            continue;
        }
        t.remove_prefix(t[1] == '-' ? 2 : 1);
        OptionHit h;
        h.word = &w;
        const auto eq = t.find('=');
        h.name = std::string(t.substr(0, eq));
        if (eq != std::string_view::npos) h.inline_value = std::string(t.substr(eq + 1));
        else if (std::find(with_value.begin(), with_value.end(), h.name) != with_value.end() && i + 1 < c.args.size()) h.value = &c.args[++i];
        s.options.push_back(std::move(h));
    }
    return s;
}

bool is_local(std::string_view p) { return starts_with(p, ".") || starts_with(p, "/") || ends_with(p, ".go"); }

bool pinned(std::string_view p) {
    const auto at = p.rfind('@');
    if (at == std::string_view::npos) return false;
    const auto v = p.substr(at + 1);
    return v != "latest" && v != "none";
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("go")) continue;
        const Scan s = scan_go(c);
        if (s.operands.empty()) continue;
        const std::string verb = s.operands.front()->text;
        if (verb != "install" && verb != "get" && verb != "run") continue;
        std::size_t last = s.operands.size();
        if (verb == "run") last = std::min<std::size_t>(last, 2);  // the rest are the program's arguments
        for (std::size_t k = 1; k < last; ++k) {
            const shell::Word* w = s.operands[k];
            const Resolved r = resolve(ctx.model(), info, *w);
            if (!r.known) continue;
            for (const auto& p : r.words) {
                if (p.empty() || is_local(p) || pinned(p)) continue;
                const std::string shown = r.from_variables ? fmt::format("`{}` (from `{}`)", p, w->raw) : fmt::format("`{}`", p);
                const auto at = p.rfind('@');
                const std::string module = at == std::string::npos ? p : p.substr(0, at);
                ctx.report(word_range(info, *w),
                           at == std::string::npos
                               ? fmt::format("{} has no version: `go {}` fetches whatever is newest on the day of the build", shown, verb)
                               : fmt::format("{} asks for a moving version: it resolves to whatever is newest on the day of the build", shown),
                           fmt::format("pin a release: `go {} {}@v<version>`", verb, module));
                break;
            }
        }
    }
}

}  // namespace dflint::rules::DL3062
