// The language server (`dflint lsp`). Three threads:
//  - the caller's thread reads and handles messages; it never waits for a lint;
//  - a worker lints documents whose debounce delay has passed and publishes
//    the findings, dropping results for an outdated version;
//  - a writer sends queued messages, so no thread holding state blocks on I/O.
// Requests that need findings (code actions, hovers) use the worker's result
// when it is current and lint the document themselves otherwise.
#include "dflint/lsp.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <filesystem>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <set>
#include <thread>

#include "dflint/config.hpp"
#include "dflint/dflint.hpp"
#include "lsp/protocol.hpp"
#include "report/common.hpp"

namespace dflint::lsp {

namespace {

using json = nlohmann::json;
using Clock = std::chrono::steady_clock;
namespace rd = dflint::report::detail;

// JSON-RPC and LSP error codes.
constexpr int parse_error = -32700;
constexpr int invalid_request = -32600;
constexpr int method_not_found = -32601;
constexpr int invalid_params = -32602;
constexpr int internal_error = -32603;
constexpr int server_not_initialized = -32002;

struct Linted {
    LintResult result;
    std::shared_ptr<const Config> config;
    std::int64_t version = 0;
    std::uint64_t config_generation = 0;
};

struct OpenDocument {
    std::string text;
    std::int64_t version = 0;
    std::string config_dir;  // where to look for the config file
    std::shared_ptr<const Linted> linted;
};

int lsp_severity(Severity s) {
    switch (s) {
        case Severity::error: return 1;
        case Severity::warning: return 2;
        case Severity::info: return 3;
        case Severity::style:
        case Severity::ignore: return 4;
    }
    return 4;
}

json position_json(std::uint32_t line, std::uint32_t column) {
    return {{"line", line > 0 ? line - 1 : 0}, {"character", column > 0 ? column - 1 : 0}};
}

json range_json(const rd::Span& s) {
    return {{"start", position_json(s.line, s.column)}, {"end", position_json(s.end_line, s.end_column)}};
}

json diagnostic_json(const Document& doc, const Diagnostic& d) {
    json j;
    j["range"] = range_json(rd::span_of(doc, d.range, rd::Columns::utf16));
    j["severity"] = lsp_severity(d.severity);
    j["code"] = d.code;
    if (!d.url.empty()) j["codeDescription"] = {{"href", d.url}};
    j["source"] = "dflint";
    j["message"] = d.message;
    if (d.code == "DL4000" || d.code == "MaintainerDeprecated") j["tags"] = json::array({2});
    return j;
}

std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

// The top-level instruction a byte offset belongs to (as lint() decides for pragmas).
const Instruction* owner(const Document& doc, std::uint32_t offset) {
    const auto& is = doc.instructions;
    auto it = std::upper_bound(is.begin(), is.end(), offset, [](std::uint32_t o, const Instruction& i) { return o < i.range.begin; });
    if (it == is.begin()) return nullptr;
    --it;
    return offset <= it->range.end ? &*it : nullptr;
}

bool is_code_char(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// Where a `# hadolint ignore=…` / `# dflint ignore=…` comment's code list ends
// (byte offset in `line`), or npos when the line is no next-line pragma.
std::size_t pragma_codes_end(std::string_view line) {
    std::size_t i = 0;
    auto blanks = [&] {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    };
    auto word = [&](std::string_view w) {
        if (line.substr(i, w.size()) != w) return false;
        i += w.size();
        return true;
    };
    blanks();
    if (!word("#")) return std::string_view::npos;
    blanks();
    if (!word("hadolint") && !word("dflint")) return std::string_view::npos;
    blanks();
    if (!word("ignore")) return std::string_view::npos;
    blanks();
    if (!word("=")) return std::string_view::npos;
    std::size_t end = std::string_view::npos;
    for (;;) {
        blanks();
        const auto b = i;
        while (i < line.size() && is_code_char(line[i])) ++i;
        if (i == b) return end;
        end = i;
        blanks();
        if (i < line.size() && line[i] == ',') {
            ++i;
            continue;
        }
        return end;
    }
}

class Server {
public:
    Server(std::istream& in, std::ostream& out, const ServerOptions& options) : in_(in), out_(out), options_(options) {}

    int run() {
        writer_ = std::thread([this] { write_loop(); });
        worker_ = std::thread([this] { work_loop(); });
        int code = 1;
        for (;;) {
            std::string body, error;
            const auto status = detail::read_message(in_, body, error);
            if (status == detail::ReadStatus::eof) break;
            if (status == detail::ReadStatus::bad_header) {
                send_error(nullptr, parse_error, error);
                continue;
            }
            if (handle(body)) {
                code = shutdown_ ? 0 : 1;
                break;
            }
        }
        stop();
        return code;
    }

private:
    // ---- output --------------------------------------------------------
    void send(const json& message) {
        std::string text = detail::frame(dump(message));
        {
            std::lock_guard lock(out_mutex_);
            out_queue_.push_back(std::move(text));
        }
        out_cv_.notify_one();
    }
    void send_result(const json& id, json result) { send({{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}}); }
    void send_error(const json& id, int code, const std::string& message) {
        send({{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}});
    }
    void notify(const std::string& method, json params) { send({{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}}); }
    void show_message(int type, const std::string& message) { notify("window/showMessage", {{"type", type}, {"message", message}}); }
    void log_message(int type, const std::string& message) { notify("window/logMessage", {{"type", type}, {"message", message}}); }

    void write_loop() {
        std::unique_lock lock(out_mutex_);
        for (;;) {
            out_cv_.wait(lock, [this] { return !out_queue_.empty() || out_stop_; });
            if (out_queue_.empty() && out_stop_) return;
            std::deque<std::string> batch;
            batch.swap(out_queue_);
            lock.unlock();
            for (const auto& m : batch) out_.write(m.data(), static_cast<std::streamsize>(m.size()));
            out_.flush();
            lock.lock();
        }
    }

    void stop() {
        {
            std::lock_guard lock(mutex_);
            stop_ = true;
        }
        cv_.notify_all();
        worker_.join();
        {
            std::lock_guard lock(out_mutex_);
            out_stop_ = true;
        }
        out_cv_.notify_all();
        writer_.join();
    }

    // ---- dispatch ------------------------------------------------------
    // Returns true on `exit`.
    bool handle(const std::string& body) {
        json msg = json::parse(body, nullptr, false);
        if (msg.is_discarded()) {
            send_error(nullptr, parse_error, "Parse error: the message is not JSON");
            return false;
        }
        if (!msg.is_object()) {
            send_error(nullptr, invalid_request, "Invalid Request: a message must be a JSON object");
            return false;
        }
        json id = nullptr;
        bool has_id = false;
        if (auto it = msg.find("id"); it != msg.end()) {
            if (!it->is_number_integer() && !it->is_string() && !it->is_null()) {
                send_error(nullptr, invalid_request, "Invalid Request: `id` must be a number or a string");
                return false;
            }
            id = *it;
            has_id = true;
        }
        const auto method_it = msg.find("method");
        if (method_it == msg.end()) {
            if (has_id && (msg.contains("result") || msg.contains("error"))) return false;  // a response to our request
            send_error(id, invalid_request, "Invalid Request: no `method`");
            return false;
        }
        if (!method_it->is_string() || (msg.contains("jsonrpc") && msg["jsonrpc"] != "2.0")) {
            send_error(id, invalid_request, "Invalid Request: `method` must be a string and `jsonrpc` \"2.0\"");
            return false;
        }
        const std::string method = *method_it;
        json params = msg.value("params", json::object());
        if (params.is_null()) params = json::object();
        if (!params.is_object() && !params.is_array()) {
            if (has_id) send_error(id, invalid_params, "Invalid params");
            return false;
        }
        try {
            if (has_id) handle_request(id, method, params);
            else return handle_notification(method, params);
        } catch (const std::exception& e) {
            // Wrong types in params (nlohmann throws type_error) and anything unexpected.
            if (has_id) send_error(id, invalid_params, std::string("Invalid params: ") + e.what());
            else log_message(1, fmt::format("dflint: {}: {}", method, e.what()));
        }
        return false;
    }

    void handle_request(const json& id, const std::string& method, const json& params) {
        if (shutdown_) {
            send_error(id, invalid_request, "Invalid Request: the server is shut down");
            return;
        }
        if (method == "initialize") {
            if (initialized_) {
                send_error(id, invalid_request, "Invalid Request: initialize was already received");
                return;
            }
            initialized_ = true;
            initialize(params);
            send_result(id, {{"capabilities",
                              {{"positionEncoding", "utf-16"},
                               {"textDocumentSync", {{"openClose", true}, {"change", 2}, {"save", false}}},
                               {"codeActionProvider", {{"codeActionKinds", json::array({"quickfix"})}}},
                               {"hoverProvider", true}}},
                             {"serverInfo", {{"name", "dflint"}, {"version", std::string(version())}}}});
            return;
        }
        if (!initialized_) {
            send_error(id, server_not_initialized, "Server not initialized");
            return;
        }
        if (method == "shutdown") {
            shutdown_ = true;
            {
                std::lock_guard lock(mutex_);
                pending_.clear();
            }
            send_result(id, nullptr);
        } else if (method == "textDocument/codeAction") {
            send_result(id, code_actions(params));
        } else if (method == "textDocument/hover") {
            send_result(id, hover(params));
        } else {
            send_error(id, method_not_found, "Method not found: " + method);
        }
    }

    bool handle_notification(const std::string& method, const json& params) {
        if (method == "exit") return true;
        if (!initialized_ || shutdown_) return false;
        if (method == "initialized") {
            register_watchers();
        } else if (method == "textDocument/didOpen") {
            const auto& td = params.at("textDocument");
            const std::string uri = td.at("uri");
            OpenDocument doc;
            doc.text = td.at("text").get<std::string>();
            doc.version = td.value("version", std::int64_t{0});
            const auto path = detail::uri_to_path(uri);
            doc.config_dir = path.empty() ? root_dir_ : detail::parent_dir(path);
            {
                std::lock_guard lock(mutex_);
                docs_[uri] = std::move(doc);
                pending_[uri] = Clock::now();  // a newly opened file is linted at once
            }
            cv_.notify_all();
        } else if (method == "textDocument/didChange") {
            const auto& td = params.at("textDocument");
            const std::string uri = td.at("uri");
            std::lock_guard lock(mutex_);
            auto it = docs_.find(uri);
            if (it == docs_.end()) return false;
            auto& doc = it->second;
            for (const auto& change : params.at("contentChanges")) apply_change(doc.text, change);
            if (auto v = td.find("version"); v != td.end() && v->is_number_integer()) doc.version = v->get<std::int64_t>();
            else ++doc.version;
            pending_[uri] = Clock::now() + options_.debounce;
            cv_.notify_all();
        } else if (method == "textDocument/didClose") {
            const std::string uri = params.at("textDocument").at("uri");
            std::lock_guard lock(mutex_);
            docs_.erase(uri);
            pending_.erase(uri);
            // Under the lock: the worker cannot publish for this document after this.
            notify("textDocument/publishDiagnostics", {{"uri", uri}, {"diagnostics", json::array()}});
        } else if (method == "workspace/didChangeWatchedFiles" || method == "workspace/didChangeConfiguration") {
            reload_configuration();
        }
        return false;
    }

    void initialize(const json& params) {
        if (auto it = params.find("rootUri"); it != params.end() && it->is_string()) root_dir_ = detail::uri_to_path(it->get<std::string>());
        if (root_dir_.empty())
            if (auto it = params.find("rootPath"); it != params.end() && it->is_string()) root_dir_ = *it;
        if (auto it = params.find("workspaceFolders"); root_dir_.empty() && it != params.end() && it->is_array() && !it->empty())
            root_dir_ = detail::uri_to_path((*it)[0].value("uri", ""));
        if (root_dir_.empty()) {
            std::error_code ec;
            root_dir_ = std::filesystem::current_path(ec).string();
        }
        const auto caps = params.value("capabilities", json::object());
        if (caps.is_object() && caps.contains("workspace") && caps["workspace"].is_object()) {
            const auto& ws = caps["workspace"];
            if (ws.contains("didChangeWatchedFiles") && ws["didChangeWatchedFiles"].is_object())
                watch_dynamic_ = ws["didChangeWatchedFiles"].value("dynamicRegistration", false);
        }
    }

    // Ask the client to tell us about config file changes (when it can).
    void register_watchers() {
        if (!watch_dynamic_ || options_.config) return;
        json watchers = json::array();
        for (const char* name : {".dflint.yaml", ".dflint.yml", ".hadolint.yaml", ".hadolint.yml", "hadolint.yaml"})
            watchers.push_back({{"globPattern", std::string("**/") + name}});
        send({{"jsonrpc", "2.0"},
              {"id", "dflint-watch-config"},
              {"method", "client/registerCapability"},
              {"params",
               {{"registrations",
                 json::array({{{"id", "dflint-config-files"},
                               {"method", "workspace/didChangeWatchedFiles"},
                               {"registerOptions", {{"watchers", std::move(watchers)}}}}})}}}});
    }

    static void apply_change(std::string& text, const json& change) {
        const std::string& new_text = change.at("text").get_ref<const std::string&>();
        const auto range = change.find("range");
        if (range == change.end() || range->is_null()) {
            text = new_text;
            return;
        }
        const LineIndex lines(text);
        const auto& s = range->at("start");
        const auto& e = range->at("end");
        auto b = detail::offset_at(lines, text.size(), s.at("line").get<std::int64_t>(), s.at("character").get<std::int64_t>());
        auto f = detail::offset_at(lines, text.size(), e.at("line").get<std::int64_t>(), e.at("character").get<std::int64_t>());
        if (f < b) std::swap(b, f);
        text.replace(b, f - b, new_text);
    }

    // ---- configuration -------------------------------------------------
    std::shared_ptr<const Config> config_for(const std::string& dir) {
        std::lock_guard lock(config_mutex_);
        const auto generation = config_generation_.load();
        if (auto it = configs_.find(dir); it != configs_.end() && it->second.first == generation) return it->second.second;
        auto config = std::make_shared<Config>();
        if (options_.config) {
            *config = *options_.config;
        } else {
            ConfigError error;
            if (!apply_environment(*config, error)) config_problem(error.to_string());
            if (auto path = find_config_file(dir.empty() ? root_dir_ : dir)) {
                Config with_file = *config;
                if (apply_config_file(*path, with_file, error)) *config = std::move(with_file);
                else config_problem(error.to_string());
            }
        }
        configs_[dir] = {generation, config};
        return config;
    }

    void config_problem(const std::string& message) {
        if (!reported_config_problems_.insert(message).second) return;
        show_message(1, "dflint: " + message + " (the file is not used until it is fixed)");
    }

    void reload_configuration() {
        {
            std::lock_guard lock(config_mutex_);
            configs_.clear();
            reported_config_problems_.clear();
            ++config_generation_;
        }
        {
            std::lock_guard lock(mutex_);
            const auto now = Clock::now();
            for (const auto& [uri, doc] : docs_) pending_[uri] = now;
        }
        cv_.notify_all();
    }

    // ---- linting -------------------------------------------------------
    std::shared_ptr<const Linted> lint_now(std::string text, std::int64_t version, const std::string& dir) {
        const auto generation = config_generation_.load();
        auto config = config_for(dir);
        auto out = std::make_shared<Linted>(Linted{lint(std::move(text), *config), config, version, generation});
        return out;
    }

    void work_loop() {
        std::unique_lock lock(mutex_);
        while (!stop_) {
            if (pending_.empty()) {
                cv_.wait(lock);
                continue;
            }
            auto next = std::min_element(pending_.begin(), pending_.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
            if (Clock::now() < next->second) {
                cv_.wait_until(lock, next->second);
                continue;
            }
            const std::string uri = next->first;
            pending_.erase(next);
            auto it = docs_.find(uri);
            if (it == docs_.end()) continue;
            std::string text = it->second.text;
            const auto version = it->second.version;
            const auto dir = it->second.config_dir;
            lock.unlock();
            std::shared_ptr<const Linted> linted;
            json diagnostics = json::array();
            try {
                linted = lint_now(std::move(text), version, dir);
                for (const auto& d : linted->result.diagnostics) diagnostics.push_back(diagnostic_json(linted->result.doc, d));
            } catch (const std::exception& e) {
                log_message(1, fmt::format("dflint: linting {} failed: {}", uri, e.what()));
            }
            lock.lock();
            if (!linted) continue;
            it = docs_.find(uri);
            // Stale: the document changed (or closed) or the settings changed meanwhile.
            if (it == docs_.end() || it->second.version != version || linted->config_generation != config_generation_.load()) continue;
            it->second.linted = linted;
            notify("textDocument/publishDiagnostics", {{"uri", uri}, {"version", version}, {"diagnostics", std::move(diagnostics)}});
        }
    }

    // The findings for the document's current text (nullptr: not open).
    std::shared_ptr<const Linted> current(const std::string& uri) {
        std::string text, dir;
        std::int64_t version = 0;
        {
            std::lock_guard lock(mutex_);
            auto it = docs_.find(uri);
            if (it == docs_.end()) return nullptr;
            const auto& l = it->second.linted;
            if (l && l->version == it->second.version && l->config_generation == config_generation_.load()) return l;
            text = it->second.text;
            version = it->second.version;
            dir = it->second.config_dir;
        }
        return lint_now(std::move(text), version, dir);
    }

    // ---- requests ------------------------------------------------------
    json code_actions(const json& params) {
        json actions = json::array();
        if (auto ctx = params.find("context"); ctx != params.end() && ctx->contains("only")) {
            bool wanted = false;
            for (const auto& k : (*ctx)["only"])
                if (k.is_string() && (k == "quickfix" || k.get<std::string>().rfind("quickfix.", 0) == 0)) wanted = true;
            if (!wanted) return actions;
        }
        const std::string uri = params.at("textDocument").at("uri");
        const auto linted = current(uri);
        if (!linted) return actions;
        const Document& doc = linted->result.doc;
        const auto& r = params.at("range");
        const auto size = doc.text.size();
        auto b = detail::offset_at(doc.lines, size, r.at("start").at("line"), r.at("start").at("character"));
        auto e = detail::offset_at(doc.lines, size, r.at("end").at("line"), r.at("end").at("character"));
        if (e < b) std::swap(b, e);

        json ignores = json::array();
        std::set<std::pair<std::uint32_t, std::string>> ignore_done;
        for (const auto& d : linted->result.diagnostics) {
            if (!(d.range.begin <= e && b <= std::max(d.range.end, d.range.begin))) continue;
            const json dj = diagnostic_json(doc, d);
            bool first = true;
            for (const auto& fix : d.fixes) {
                json edits = json::array();
                for (const auto& edit : fix.edits)
                    edits.push_back({{"range", range_json(rd::exact_span_of(doc, edit.range, rd::Columns::utf16))}, {"newText", edit.replacement}});
                actions.push_back({{"title", fmt::format("{}: {}", d.code, fix.title)},
                                   {"kind", "quickfix"},
                                   {"diagnostics", json::array({dj})},
                                   {"isPreferred", first && fix.safety == FixSafety::safe},
                                   {"edit", {{"changes", {{uri, std::move(edits)}}}}}});
                first = false;
            }
            if (d.code == "DL1000" || linted->config->disable_ignore_pragma) continue;
            const Instruction* ins = owner(doc, d.range.begin);
            const std::uint32_t line = ins ? ins->start_line : doc.lines.line_of(d.range.begin);
            if (!ignore_done.insert({line, d.code}).second) continue;
            ignores.push_back({{"title", fmt::format("Ignore {} on this line", d.code)},
                               {"kind", "quickfix"},
                               {"diagnostics", json::array({dj})},
                               {"edit", {{"changes", {{uri, json::array({ignore_edit(doc, line, ins, d.code)})}}}}}});
        }
        for (auto& a : ignores) actions.push_back(std::move(a));
        return actions;
    }

    // Adds CODE to a next-line pragma right above `line`, or inserts one
    // with the instruction's indentation.
    static json ignore_edit(const Document& doc, std::uint32_t line, const Instruction* ins, const std::string& code) {
        if (line > 1) {
            const auto above = doc.lines.line_text(line - 1);
            const auto end = pragma_codes_end(above);
            if (end != std::string_view::npos) {
                const auto at = doc.lines.line_start(line - 1) + static_cast<std::uint32_t>(end);
                return {{"range", range_json(rd::exact_span_of(doc, {at, at}, rd::Columns::utf16))}, {"newText", "," + code}};
            }
        }
        const auto start = doc.lines.line_start(line);
        std::string indent;
        const auto text = doc.lines.line_text(line);
        const auto stop = ins ? std::min<std::size_t>(ins->keyword.range.begin - start, text.size()) : text.size();
        for (std::size_t i = 0; i < stop && (text[i] == ' ' || text[i] == '\t'); ++i) indent.push_back(text[i]);
        const bool crlf = doc.lines.line_end(line) < doc.text.size() && doc.text[doc.lines.line_end(line)] == '\r';
        const auto pos = position_json(line, 1);
        return {{"range", {{"start", pos}, {"end", pos}}}, {"newText", indent + "# dflint ignore=" + code + (crlf ? "\r\n" : "\n")}};
    }

    json hover(const json& params) {
        const std::string uri = params.at("textDocument").at("uri");
        const auto linted = current(uri);
        if (!linted) return nullptr;
        const Document& doc = linted->result.doc;
        const auto& p = params.at("position");
        const auto offset = detail::offset_at(doc.lines, doc.text.size(), p.at("line"), p.at("character"));

        std::string markdown;
        std::optional<Range> range;
        for (const auto& d : linted->result.diagnostics) {
            const bool inside = d.range.empty() ? offset == d.range.begin : d.range.contains(offset);
            if (!inside) continue;
            if (!markdown.empty()) markdown += "\n\n---\n\n";
            markdown += fmt::format("**{}** `{}` ({})\n\n{}", d.code, d.name, severity_name(d.severity), d.message);
            if (!d.help.empty()) markdown += "\n\n" + d.help;
            if (!d.url.empty()) markdown += fmt::format("\n\n[{} documentation]({})", d.code, d.url);
        }
        // The instruction keyword under the cursor (ONBUILD triggers too).
        const Instruction* keyword = nullptr;
        if (const Instruction* ins = owner(doc, offset)) {
            if (ins->keyword.range.contains(offset)) keyword = ins;
            for (const auto& t : ins->trigger)
                if (t.keyword.range.contains(offset)) keyword = &t;
        }
        if (keyword && keyword->kind != InstructionKind::unknown) {
            if (!markdown.empty()) markdown += "\n\n---\n\n";
            markdown += fmt::format("**{}** — {}\n\n[Dockerfile reference]({})", keyword_name(keyword->kind), detail::instruction_doc(keyword->kind),
                                    detail::instruction_reference_url(keyword->kind));
            range = keyword->keyword.range;
        }
        if (markdown.empty()) return nullptr;
        json out = {{"contents", {{"kind", "markdown"}, {"value", markdown}}}};
        if (range) out["range"] = range_json(rd::exact_span_of(doc, *range, rd::Columns::utf16));
        return out;
    }

    std::istream& in_;
    std::ostream& out_;
    ServerOptions options_;
    bool initialized_ = false;
    bool shutdown_ = false;
    bool watch_dynamic_ = false;
    std::string root_dir_;

    // Documents and the lint queue.
    std::mutex mutex_;
    std::condition_variable cv_;
    std::map<std::string, OpenDocument> docs_;
    std::map<std::string, Clock::time_point> pending_;  // uri → when to lint
    bool stop_ = false;
    std::thread worker_;

    // Settings.
    std::mutex config_mutex_;
    std::atomic<std::uint64_t> config_generation_{1};
    std::map<std::string, std::pair<std::uint64_t, std::shared_ptr<const Config>>> configs_;
    std::set<std::string> reported_config_problems_;

    // Output.
    std::mutex out_mutex_;
    std::condition_variable out_cv_;
    std::deque<std::string> out_queue_;
    bool out_stop_ = false;
    std::thread writer_;
};

}  // namespace

int run_language_server(std::istream& in, std::ostream& out, const ServerOptions& options) {
    Server server(in, out, options);
    return server.run();
}

int run_language_server(int in_fd, int out_fd, const ServerOptions& options) {
    detail::FdStreamBuf in_buf(in_fd, -1);
    detail::FdStreamBuf out_buf(-1, out_fd);
    std::istream in(&in_buf);
    std::ostream out(&out_buf);
    return run_language_server(in, out, options);
}

}  // namespace dflint::lsp
