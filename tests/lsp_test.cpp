// `dflint lsp` driven in-process over two pipes: lifecycle, diagnostics with
// UTF-16 ranges, incremental sync, debouncing, code actions, hovers, config
// files, malformed JSON-RPC.
#include <catch2/catch.hpp>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <thread>

#include "dflint/lsp.hpp"

using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

class Client {
public:
    explicit Client(dflint::lsp::ServerOptions options) {
        REQUIRE(::pipe(to_server_) == 0);
        REQUIRE(::pipe(from_server_) == 0);
        server_ = std::thread([this, options] {
            exit_code_ = dflint::lsp::run_language_server(to_server_[0], from_server_[1], options);
            ::close(from_server_[1]);
        });
    }
    ~Client() {
        close_input();
        server_.join();
        ::close(to_server_[0]);
        ::close(from_server_[0]);
    }

    void close_input() {
        if (to_server_[1] >= 0) ::close(to_server_[1]);
        to_server_[1] = -1;
    }
    int wait_exit() {
        close_input();
        server_.join();
        server_ = std::thread([] {});
        return exit_code_;
    }

    void send_raw(const std::string& bytes) {
        std::size_t done = 0;
        while (done < bytes.size()) {
            const auto n = ::write(to_server_[1], bytes.data() + done, bytes.size() - done);
            REQUIRE(n > 0);
            done += static_cast<std::size_t>(n);
        }
    }
    void send_body(const std::string& body) { send_raw("Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body); }
    void send(const json& j) { send_body(j.dump()); }
    void request(int id, const std::string& method, json params) { send({{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}}); }
    void notify(const std::string& method, json params) { send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}}); }

    // The next message, or nullopt after `timeout`.
    std::optional<json> next(std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        for (;;) {
            if (auto m = parse_one()) return m;
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now()).count();
            if (left <= 0) return std::nullopt;
            pollfd p{from_server_[0], POLLIN, 0};
            if (::poll(&p, 1, static_cast<int>(left)) <= 0) continue;
            char buf[65536];
            const auto n = ::read(from_server_[0], buf, sizeof buf);
            if (n <= 0) return std::nullopt;
            buf_.append(buf, static_cast<std::size_t>(n));
        }
    }
    // Skips messages until one satisfies `pred` (those skipped are kept in `seen`).
    template <class Pred>
    json wait_for(Pred pred, std::chrono::milliseconds timeout = std::chrono::milliseconds(5000)) {
        const auto deadline = std::chrono::steady_clock::now() + timeout;
        for (;;) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            auto m = next(left);
            if (!m) {
                FAIL("no expected message within the time limit");
                return {};
            }
            if (pred(*m)) return *m;
            seen.push_back(*m);
        }
    }
    json response(int id) {
        return wait_for([id](const json& m) { return m.contains("id") && m["id"] == id && !m.contains("method"); });
    }
    json diagnostics(const std::string& uri) {
        return wait_for([&](const json& m) { return m.value("method", "") == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri; });
    }

    std::vector<json> seen;

private:
    std::optional<json> parse_one() {
        const auto end = buf_.find("\r\n\r\n");
        if (end == std::string::npos) return std::nullopt;
        const auto header = buf_.substr(0, end);
        const auto k = header.find("Content-Length: ");
        REQUIRE(k != std::string::npos);
        const std::size_t length = std::stoul(header.substr(k + 16));
        if (buf_.size() < end + 4 + length) return std::nullopt;
        auto j = json::parse(buf_.substr(end + 4, length));
        buf_.erase(0, end + 4 + length);
        return j;
    }

    int to_server_[2] = {-1, -1};
    int from_server_[2] = {-1, -1};
    std::thread server_;
    int exit_code_ = -1;
    std::string buf_;
};

dflint::lsp::ServerOptions fixed_options() {
    dflint::lsp::ServerOptions o;
    o.debounce = std::chrono::milliseconds(75);
    dflint::Config c;
    c.shellcheck = false;  // deterministic, no external process
    o.config = c;
    return o;
}

json pos(int line, int character) { return {{"line", line}, {"character", character}}; }
json range(int l1, int c1, int l2, int c2) { return {{"start", pos(l1, c1)}, {"end", pos(l2, c2)}}; }

const json* find_code(const json& diags, const std::string& code) {
    for (const auto& d : diags)
        if (d["code"] == code) return &d;
    return nullptr;
}

void initialize(Client& c, json root = nullptr) {
    c.request(1, "initialize", {{"processId", nullptr}, {"rootUri", root}, {"capabilities", json::object()}});
    const auto r = c.response(1);
    REQUIRE(r.contains("result"));
    CHECK(r["result"]["capabilities"]["textDocumentSync"]["change"] == 2);
    CHECK(r["result"]["capabilities"]["hoverProvider"] == true);
    CHECK(r["result"]["capabilities"]["codeActionProvider"]["codeActionKinds"][0] == "quickfix");
    CHECK(r["result"]["serverInfo"]["name"] == "dflint");
    c.notify("initialized", json::object());
}

// Line 1 is indented and has non-ASCII text before the findings: 😀 is two
// UTF-16 code units (four bytes), é one (two bytes).
const std::string dockerfile =
    "FROM ubuntu\n"
    "  RUN echo \"\xF0\x9F\x98\x80\xC3\xA9\" && apt-get install curl\n"
    "MAINTAINER me\n";
const std::string uri = "file:///nonexistent/dflint-lsp-test/Dockerfile";

}  // namespace

TEST_CASE("lsp: diagnostics, incremental sync, code actions, hover, shutdown") {
    Client c(fixed_options());
    initialize(c);
    c.notify("textDocument/didOpen", {{"textDocument", {{"uri", uri}, {"languageId", "dockerfile"}, {"version", 1}, {"text", dockerfile}}}});

    auto pub = c.diagnostics(uri);
    CHECK(pub["params"]["version"] == 1);
    const auto diags = pub["params"]["diagnostics"];
    const json* dl3006 = find_code(diags, "DL3006");
    const json* dl3014 = find_code(diags, "DL3014");
    const json* dl3008 = find_code(diags, "DL3008");
    const json* dl4000 = find_code(diags, "DL4000");
    REQUIRE(dl3006);
    REQUIRE(dl3014);
    REQUIRE(dl3008);
    REQUIRE(dl4000);
    CHECK((*dl3006)["range"] == range(0, 5, 0, 11));
    // "  RUN echo "😀é" && apt-get install curl": `install` is UTF-16 28..35.
    CHECK((*dl3014)["range"] == range(1, 28, 1, 35));
    CHECK((*dl3008)["range"] == range(1, 36, 1, 40));
    CHECK((*dl3006)["severity"] == 2);
    CHECK((*dl3006)["source"] == "dflint");
    CHECK((*dl3006)["codeDescription"]["href"] == "https://github.com/hadolint/hadolint/wiki/DL3006");
    CHECK((*dl4000)["tags"] == json::array({2}));
    for (const auto& d : diags) CHECK(d["source"] == "dflint");

    SECTION("code actions: the rule's fix and the ignore comment") {
        c.request(2, "textDocument/codeAction",
                  {{"textDocument", {{"uri", uri}}}, {"range", range(1, 30, 1, 30)}, {"context", {{"diagnostics", json::array({*dl3014})}}}});
        const auto r = c.response(2);
        REQUIRE(r["result"].is_array());
        std::map<std::string, json> by_title;
        for (const auto& a : r["result"]) by_title[a["title"]] = a;
        REQUIRE(by_title.count("DL3014: add `-y`"));
        const auto& fix = by_title["DL3014: add `-y`"];
        CHECK(fix["kind"] == "quickfix");
        CHECK(fix["isPreferred"] == true);
        const auto edits = fix["edit"]["changes"][uri];
        REQUIRE(edits.size() == 1);
        CHECK(edits[0]["range"] == range(1, 35, 1, 35));
        CHECK(edits[0]["newText"] == " -y");
        REQUIRE(by_title.count("Ignore DL3014 on this line"));
        const auto ignore = by_title["Ignore DL3014 on this line"]["edit"]["changes"][uri];
        REQUIRE(ignore.size() == 1);
        CHECK(ignore[0]["range"] == range(1, 0, 1, 0));
        CHECK(ignore[0]["newText"] == "  # dflint ignore=DL3014\n");
        // Nothing for FROM's finding in this range.
        CHECK_FALSE(by_title.count("Ignore DL3006 on this line"));

        // After applying the ignore action (incremental), DL3014 is gone and a
        // second ignore extends the same comment.
        c.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", 2}}},
                                            {"contentChanges", json::array({{{"range", range(1, 0, 1, 0)}, {"text", "  # dflint ignore=DL3014\n"}}})}});
        auto p2 = c.diagnostics(uri);
        CHECK(p2["params"]["version"] == 2);
        CHECK_FALSE(find_code(p2["params"]["diagnostics"], "DL3014"));
        REQUIRE(find_code(p2["params"]["diagnostics"], "DL3008"));
        c.request(3, "textDocument/codeAction", {{"textDocument", {{"uri", uri}}}, {"range", range(2, 37, 2, 37)}, {"context", {{"diagnostics", json::array()}}}});
        const auto r3 = c.response(3);
        bool extended = false;
        for (const auto& a : r3["result"])
            if (a["title"] == "Ignore DL3008 on this line") {
                const auto e = a["edit"]["changes"][uri][0];
                CHECK(e["range"] == range(1, 24, 1, 24));
                CHECK(e["newText"] == ",DL3008");
                extended = true;
            }
        CHECK(extended);
    }

    SECTION("incremental and full changes; only the latest version is published") {
        // Insert " -y" after `install` (UTF-16 column 35 of line 1).
        c.notify("textDocument/didChange",
                 {{"textDocument", {{"uri", uri}, {"version", 2}}}, {"contentChanges", json::array({{{"range", range(1, 35, 1, 35)}, {"text", " -y"}}})}});
        // Tag the image: "FROM ubuntu" → "FROM ubuntu:22.04", typed in quick
        // keystrokes (one write, so that they surely fall inside the debounce delay).
        int version = 2;
        std::string keystrokes;
        for (const char* piece : {":", "2", "2", ".", "0", "4"}) {
            const int col = 11 + (version - 2);
            const json change = {{"jsonrpc", "2.0"},
                                 {"method", "textDocument/didChange"},
                                 {"params", {{"textDocument", {{"uri", uri}, {"version", ++version}}},
                                             {"contentChanges", json::array({{{"range", range(0, col, 0, col)}, {"text", piece}}})}}}};
            const auto body = change.dump();
            keystrokes += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
        }
        c.send_raw(keystrokes);
        auto p = c.diagnostics(uri);
        CHECK(p["params"]["version"] == version);  // intermediate versions were never linted
        const auto d = p["params"]["diagnostics"];
        CHECK_FALSE(find_code(d, "DL3006"));
        CHECK_FALSE(find_code(d, "DL3014"));
        REQUIRE(find_code(d, "DL3008"));
        CHECK((*find_code(d, "DL3008"))["range"] == range(1, 39, 1, 43));
        // Nothing else arrives for older versions.
        while (auto m = c.next(std::chrono::milliseconds(200))) CHECK(m->value("method", "") != "textDocument/publishDiagnostics");

        // Full sync: a change without a range replaces the text.
        c.notify("textDocument/didChange", {{"textDocument", {{"uri", uri}, {"version", ++version}}},
                                            {"contentChanges", json::array({{{"text", "FROM alpine:3.20\nWORKDIR app\n"}}})}});
        auto full = c.diagnostics(uri);
        const auto fd = full["params"]["diagnostics"];
        REQUIRE(find_code(fd, "DL3000"));
        CHECK((*find_code(fd, "DL3000"))["range"]["start"]["line"] == 1);
        CHECK_FALSE(find_code(fd, "DL4000"));
    }

    SECTION("hover on an instruction keyword and on a finding") {
        c.request(4, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", pos(0, 2)}});
        const auto h = c.response(4);
        const std::string text = h["result"]["contents"]["value"];
        CHECK(text.find("**FROM**") != std::string::npos);
        CHECK(text.find("build stage") != std::string::npos);
        CHECK(h["result"]["range"] == range(0, 0, 0, 4));

        c.request(5, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", pos(1, 30)}});
        const std::string finding = c.response(5)["result"]["contents"]["value"];
        CHECK(finding.find("DL3014") != std::string::npos);
        CHECK(finding.find("-y") != std::string::npos);
        CHECK(finding.find("https://github.com/hadolint/hadolint/wiki/DL3014") != std::string::npos);

        c.request(6, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", pos(0, 5)}});
        const std::string both = c.response(6)["result"]["contents"]["value"];
        CHECK(both.find("DL3006") != std::string::npos);

        c.request(7, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", pos(2, 12)}});
        CHECK(c.response(7)["result"].is_null());  // MAINTAINER's argument: nothing to say
    }

    SECTION("didClose publishes an empty list") {
        c.notify("textDocument/didClose", {{"textDocument", {{"uri", uri}}}});
        auto p = c.diagnostics(uri);
        CHECK(p["params"]["diagnostics"].empty());
    }

    c.request(90, "shutdown", nullptr);
    CHECK(c.response(90)["result"].is_null());
    c.request(91, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", pos(0, 2)}});
    CHECK(c.response(91)["error"]["code"] == -32600);
    c.notify("exit", nullptr);
    CHECK(c.wait_exit() == 0);
}

TEST_CASE("lsp: requests before initialize are refused") {
    Client c(fixed_options());
    c.request(1, "textDocument/hover", {{"textDocument", {{"uri", uri}}}, {"position", pos(0, 0)}});
    CHECK(c.response(1)["error"]["code"] == -32002);
    initialize(c);
    c.request(2, "initialize", {{"capabilities", json::object()}});
    CHECK(c.response(2)["error"]["code"] == -32600);
    c.request(3, "shutdown", nullptr);
    CHECK(c.response(3)["result"].is_null());
    c.notify("exit", nullptr);
    CHECK(c.wait_exit() == 0);
}

TEST_CASE("lsp: parse error, invalid request, unknown method, bad params") {
    Client c(fixed_options());
    initialize(c);
    auto error_with_id = [&](const json& id) {
        return c.wait_for([&](const json& m) { return m.contains("error") && m["id"] == id; });
    };

    c.send_body("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": ");  // truncated JSON
    CHECK(error_with_id(nullptr)["error"]["code"] == -32700);
    c.send_body("[1, 2, 3]");  // a batch: LSP has none
    CHECK(error_with_id(nullptr)["error"]["code"] == -32600);
    c.send_body("{\"jsonrpc\": \"2.0\", \"id\": 6}");  // neither request nor response
    CHECK(error_with_id(6)["error"]["code"] == -32600);
    c.send_body("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": 42}");
    CHECK(error_with_id(7)["error"]["code"] == -32600);
    c.request(8, "textDocument/definition", {{"textDocument", {{"uri", uri}}}, {"position", pos(0, 0)}});
    CHECK(error_with_id(8)["error"]["code"] == -32601);
    c.request(9, "textDocument/hover", {{"textDocument", {{"uri", 12}}}, {"position", pos(0, 0)}});
    CHECK(error_with_id(9)["error"]["code"] == -32602);
    c.send_raw("X-Nonsense: 1\r\n\r\n");  // a header block without Content-Length
    CHECK(error_with_id(nullptr)["error"]["code"] == -32700);
    // Unknown notifications and bad notifications are ignored; the server still works.
    c.notify("$/cancelRequest", {{"id", 1}});
    c.notify("textDocument/didOpen", {{"textDocument", 3}});
    c.request(10, "shutdown", nullptr);
    CHECK(c.response(10)["result"].is_null());
    c.notify("exit", nullptr);
    CHECK(c.wait_exit() == 0);
}

TEST_CASE("lsp: exit without shutdown, end of input") {
    {
        Client c(fixed_options());
        initialize(c);
        c.notify("exit", nullptr);
        CHECK(c.wait_exit() == 1);
    }
    {
        Client c(fixed_options());
        initialize(c);
        CHECK(c.wait_exit() == 1);  // the client went away
    }
}

TEST_CASE("lsp: settings come from the config file and are re-read") {
    const fs::path dir = fs::temp_directory_path() / ("dflint-lsp-config-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir / ".git");  // the repository root stops the search
    {
        std::ofstream(dir / ".dflint.yaml") << "ignored: [DL3006]\nshellcheck: false\n";
    }
    const std::string doc_uri = "file://" + (dir / "Dockerfile").string();
    dflint::lsp::ServerOptions o;  // no fixed config: read files like the CLI
    o.debounce = std::chrono::milliseconds(10);
    Client c(o);
    initialize(c, "file://" + dir.string());
    c.notify("textDocument/didOpen", {{"textDocument", {{"uri", doc_uri}, {"languageId", "dockerfile"}, {"version", 1}, {"text", "FROM ubuntu\nMAINTAINER me\n"}}}});
    auto p = c.diagnostics(doc_uri);
    CHECK_FALSE(find_code(p["params"]["diagnostics"], "DL3006"));
    CHECK(find_code(p["params"]["diagnostics"], "DL4000"));

    {
        std::ofstream(dir / ".dflint.yaml") << "ignored: [DL4000]\nshellcheck: false\n";
    }
    c.notify("workspace/didChangeWatchedFiles", {{"changes", json::array({{{"uri", "file://" + (dir / ".dflint.yaml").string()}, {"type", 2}}})}});
    p = c.diagnostics(doc_uri);
    CHECK(find_code(p["params"]["diagnostics"], "DL3006"));
    CHECK_FALSE(find_code(p["params"]["diagnostics"], "DL4000"));

    // A broken file is reported and not used.
    {
        std::ofstream(dir / ".dflint.yaml") << "ignored: [DL4000\n";
    }
    c.notify("workspace/didChangeConfiguration", {{"settings", json::object()}});
    c.wait_for([](const json& m) { return m.value("method", "") == "window/showMessage"; });
    p = c.diagnostics(doc_uri);
    CHECK(find_code(p["params"]["diagnostics"], "DL4000"));

    c.request(2, "shutdown", nullptr);
    c.response(2);
    c.notify("exit", nullptr);
    CHECK(c.wait_exit() == 0);
    fs::remove_all(dir);
}
