// Re-lint latency of `dflint lsp` after a keystroke.
//
//   lsp_bench [--keystrokes N] [--shellcheck]
//
// Runs the language server in-process over two pipes (debounce 0), opens a
// typical 40-line Dockerfile and types N characters, alternating between a
// RUN line and a LABEL line, each as an incremental textDocument/didChange.
// Timed: from writing the didChange to reading the publishDiagnostics for
// that version (framing, JSON, applying the edit, lint, UTF-16 conversion).
// Also timed on its own: lint() of the same text. ShellCheck is off unless
// --shellcheck is given (it is an external process with its own cache).
#include <fmt/format.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "dflint/dflint.hpp"
#include "dflint/lsp.hpp"

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

const char* const dockerfile = R"(# syntax=docker/dockerfile:1
ARG PYTHON_VERSION=3.12
FROM python:${PYTHON_VERSION}-slim AS build
LABEL org.opencontainers.image.title="demo" \
      org.opencontainers.image.source="https://example.com/demo"
ENV PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1
WORKDIR /src
RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential=12.9 libpq-dev=15.5-0 \
 && rm -rf /var/lib/apt/lists/*
COPY requirements.txt .
RUN pip install --user -r requirements.txt
COPY . .
RUN python -m compileall -q /src

FROM python:${PYTHON_VERSION}-slim
ARG APP_USER=app
RUN apt-get update && apt-get install -y libpq5 curl && rm -rf /var/lib/apt/lists/*
RUN useradd --create-home ${APP_USER}
WORKDIR /home/${APP_USER}/app
COPY --from=build /root/.local /home/${APP_USER}/.local
COPY --from=build /src .
ENV PATH=/home/${APP_USER}/.local/bin:$PATH
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost:8000/health || exit 1
USER ${APP_USER}
# configuration
ENV APP_ENV=production \
    APP_PORT=8000
VOLUME /data
STOPSIGNAL SIGTERM
RUN echo "build done" \
 && ls -la
ONBUILD COPY . /app
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN cd /tmp && wget -q https://example.com/x.tar.gz | tar xz
MAINTAINER someone@example.com
ENTRYPOINT ["gunicorn"]
CMD ["--bind", "0.0.0.0:8000", "app:app"]
)";

class Pipes {
public:
    Pipes(const dflint::lsp::ServerOptions& options) {
        if (::pipe(to_) != 0 || ::pipe(from_) != 0) std::abort();
        server_ = std::thread([this, options] {
            dflint::lsp::run_language_server(to_[0], from_[1], options);
            ::close(from_[1]);
        });
    }
    ~Pipes() {
        ::close(to_[1]);
        server_.join();
        ::close(to_[0]);
        ::close(from_[0]);
    }
    void send(const json& j) {
        const auto body = j.dump();
        const auto msg = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
        std::size_t done = 0;
        while (done < msg.size()) {
            const auto n = ::write(to_[1], msg.data() + done, msg.size() - done);
            if (n <= 0) std::abort();
            done += static_cast<std::size_t>(n);
        }
    }
    json next() {
        for (;;) {
            const auto end = buf_.find("\r\n\r\n");
            if (end != std::string::npos) {
                const auto len = std::stoul(buf_.substr(buf_.find(':') + 1, end));
                if (buf_.size() >= end + 4 + len) {
                    auto j = json::parse(buf_.substr(end + 4, len));
                    buf_.erase(0, end + 4 + len);
                    return j;
                }
            }
            char b[65536];
            const auto n = ::read(from_[0], b, sizeof b);
            if (n <= 0) std::abort();
            buf_.append(b, static_cast<std::size_t>(n));
        }
    }
    json diagnostics_for(std::int64_t version) {
        for (;;) {
            auto m = next();
            if (m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["version"] == version) return m;
        }
    }

private:
    int to_[2];
    int from_[2];
    std::thread server_;
    std::string buf_;
};

struct Stats {
    double median, p90, max;
};
Stats stats(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v[v.size() * 9 / 10], v.back()};
}

}  // namespace

int main(int argc, char** argv) {
    int keystrokes = 400;
    bool shellcheck = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--keystrokes" && i + 1 < argc) keystrokes = std::max(10, std::atoi(argv[++i]));
        else if (a == "--shellcheck") shellcheck = true;
        else {
            fmt::print(stderr, "usage: lsp_bench [--keystrokes N] [--shellcheck]\n");
            return 2;
        }
    }
    dflint::Config config;
    config.shellcheck = shellcheck;
    dflint::lsp::ServerOptions options;
    options.debounce = std::chrono::milliseconds(0);
    options.config = config;

    std::string text = dockerfile;
    const auto line_count = std::count(text.begin(), text.end(), '\n');

    // lint() alone, on the text as it is after the keystrokes below start.
    std::vector<double> lint_us;
    for (int i = 0; i < keystrokes; ++i) {
        const auto t0 = Clock::now();
        auto r = dflint::lint(text, config);
        const auto t1 = Clock::now();
        if (r.diagnostics.empty()) std::abort();
        lint_us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }

    Pipes p(options);
    const std::string uri = "file:///bench/Dockerfile";
    p.send({{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", {{"capabilities", json::object()}}}});
    p.next();
    p.send({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
    p.send({{"jsonrpc", "2.0"},
            {"method", "textDocument/didOpen"},
            {"params", {{"textDocument", {{"uri", uri}, {"languageId", "dockerfile"}, {"version", 1}, {"text", text}}}}}});
    const auto first = p.diagnostics_for(1);
    const auto findings = first["params"]["diagnostics"].size();

    // Keystrokes: append a character to line 13 (0-based 12: `RUN pip install …`)
    // and to line 4 (a LABEL value), alternately.
    std::vector<double> rt_us;
    int col_run = 40, col_label = 40;  // inside `requirements.txt` and inside `"demo"`
    for (int i = 0; i < keystrokes; ++i) {
        const bool run_line = i % 2 == 0;
        const int line = run_line ? 12 : 3;
        int& col = run_line ? col_run : col_label;
        const json change = {{"range", {{"start", {{"line", line}, {"character", col}}}, {"end", {{"line", line}, {"character", col}}}}}, {"text", "x"}};
        ++col;
        const auto t0 = Clock::now();
        p.send({{"jsonrpc", "2.0"},
                {"method", "textDocument/didChange"},
                {"params", {{"textDocument", {{"uri", uri}, {"version", i + 2}}}, {"contentChanges", json::array({change})}}}});
        p.diagnostics_for(i + 2);
        const auto t1 = Clock::now();
        rt_us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    p.send({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}});
    p.next();
    p.send({{"jsonrpc", "2.0"}, {"method", "exit"}});

    const auto l = stats(lint_us);
    const auto r = stats(rt_us);
    fmt::print("lsp_bench: {}-line Dockerfile, {} findings, {} keystrokes, ShellCheck {}\n", line_count, findings, keystrokes,
               shellcheck ? "on" : "off");
    fmt::print("  lint() alone:                       median {:8.1f} us  p90 {:8.1f} us  max {:8.1f} us\n", l.median, l.p90, l.max);
    fmt::print("  keystroke -> publishDiagnostics:    median {:8.1f} us  p90 {:8.1f} us  max {:8.1f} us  (debounce 0)\n", r.median, r.p90, r.max);
    return 0;
}
