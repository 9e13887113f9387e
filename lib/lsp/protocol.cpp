#include "lsp/protocol.hpp"

#include <errno.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <istream>
#include <limits>

namespace dflint::lsp::detail {

namespace {

constexpr std::size_t max_message_size = std::size_t{256} << 20;

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace

ReadStatus read_message(std::istream& in, std::string& body, std::string& error) {
    std::string line;
    bool any_header = false;
    bool have_length = false;
    std::size_t length = 0;
    for (;;) {
        if (!std::getline(in, line)) return ReadStatus::eof;
        const auto l = trim(line);
        if (l.empty()) {
            if (!any_header) continue;  // tolerate stray blank lines between messages
            break;
        }
        any_header = true;
        const auto colon = l.find(':');
        if (colon == std::string_view::npos) continue;
        const auto name = trim(l.substr(0, colon));
        const auto value = trim(l.substr(colon + 1));
        if (iequals(name, "Content-Length")) {
            std::size_t n = 0;
            bool ok = !value.empty();
            for (char c : value) {
                if (c < '0' || c > '9' || n > max_message_size) {
                    ok = false;
                    break;
                }
                n = n * 10 + static_cast<std::size_t>(c - '0');
            }
            if (ok && n <= max_message_size) {
                have_length = true;
                length = n;
            } else {
                error = "invalid Content-Length header: " + std::string(value);
            }
        }
    }
    if (!have_length) {
        if (error.empty()) error = "message without a Content-Length header";
        return ReadStatus::bad_header;
    }
    body.resize(length);
    in.read(body.data(), static_cast<std::streamsize>(length));
    if (static_cast<std::size_t>(in.gcount()) != length) return ReadStatus::eof;
    return ReadStatus::ok;
}

std::string frame(std::string_view body) {
    std::string out = "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n";
    out.append(body);
    return out;
}

std::string uri_to_path(std::string_view uri) {
    constexpr std::string_view scheme = "file://";
    if (uri.size() < scheme.size() || !iequals(uri.substr(0, scheme.size()), scheme)) return {};
    uri.remove_prefix(scheme.size());
    // file://host/path: only an empty host or localhost makes sense here.
    const auto slash = uri.find('/');
    if (slash == std::string_view::npos) return {};
    uri.remove_prefix(slash);
    std::string out;
    out.reserve(uri.size());
    for (std::size_t i = 0; i < uri.size(); ++i) {
        if (uri[i] == '%' && i + 2 < uri.size() && hex_value(uri[i + 1]) >= 0 && hex_value(uri[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hex_value(uri[i + 1]) * 16 + hex_value(uri[i + 2])));
            i += 2;
        } else if (uri[i] == '?' || uri[i] == '#') {
            break;
        } else {
            out.push_back(uri[i]);
        }
    }
    return out;
}

std::string parent_dir(std::string_view path) {
    const auto slash = path.rfind('/');
    if (slash == std::string_view::npos) return {};
    if (slash == 0) return "/";
    return std::string(path.substr(0, slash));
}

std::uint32_t offset_at(const LineIndex& lines, std::size_t text_size, std::int64_t line, std::int64_t character) {
    if (line < 0) return 0;
    if (line >= static_cast<std::int64_t>(lines.line_count())) return static_cast<std::uint32_t>(text_size);
    if (character < 0) character = 0;
    const std::int64_t limit = std::numeric_limits<std::uint32_t>::max() - 1;
    return lines.offset_of_utf16(static_cast<std::uint32_t>(line + 1), static_cast<std::uint32_t>(std::min(character, limit) + 1));
}

std::string_view instruction_doc(InstructionKind kind) noexcept {
    switch (kind) {
        case InstructionKind::from:
            return "Starts a new build stage from a base image: `FROM [--platform=<platform>] <image>[:<tag>|@<digest>] [AS <name>]`. "
                   "A Dockerfile must start with `FROM` (only `ARG`, comments and parser directives may come before it); "
                   "each `FROM` begins a stage that later stages can refer to by name (`COPY --from=<name>`, `FROM <name>`).";
        case InstructionKind::run:
            return "Runs a command in a new layer on top of the current image and commits the result: shell form "
                   "`RUN <command>` (run by `/bin/sh -c` or the `SHELL`) or exec form `RUN [\"executable\", \"arg\"]`. "
                   "BuildKit options: `--mount` (cache, secret, ssh, bind, tmpfs), `--network`, `--security`; heredocs (`<<EOF`) allow multi-line scripts.";
        case InstructionKind::cmd:
            return "Sets the default command (or the default arguments of `ENTRYPOINT`) of a container started from the image: "
                   "exec form `CMD [\"executable\", \"arg\"]` (preferred), `CMD [\"arg\"]` or shell form `CMD command`. "
                   "Only the last `CMD` of a stage has effect; it is not run during the build.";
        case InstructionKind::label:
            return "Adds metadata to the image as key-value pairs: `LABEL <key>=<value> [<key>=<value> …]`. "
                   "Labels are inherited from base images and can be read with `docker inspect`; OCI defines common keys "
                   "(`org.opencontainers.image.source`, `…version`, `…licenses`).";
        case InstructionKind::maintainer:
            return "Deprecated: sets the image's Author field (`MAINTAINER <name>`). Use "
                   "`LABEL org.opencontainers.image.authors=\"<name>\"` instead, which any tool can read.";
        case InstructionKind::expose:
            return "Documents the network ports the container listens on: `EXPOSE <port>[/<protocol>] …` (tcp by default, or udp). "
                   "It publishes nothing by itself; `docker run -p` or `-P` does.";
        case InstructionKind::env:
            return "Sets environment variables for the rest of the build and for containers run from the image: "
                   "`ENV <key>=<value> …`. Values persist in the image; use `ARG` for build-only values and secret mounts for secrets.";
        case InstructionKind::add:
            return "Copies files, directories, remote URLs or Git repositories into the image: `ADD [--chown] [--chmod] [--checksum] <src>… <dest>`. "
                   "Local tar archives are extracted. Prefer `COPY` for plain local files; `ADD` is for URLs, Git sources and archives.";
        case InstructionKind::copy:
            return "Copies files and directories from the build context or from another stage/image (`--from`) into the image: "
                   "`COPY [--from] [--chown] [--chmod] [--link] [--exclude] <src>… <dest>`. Changed source files invalidate the layer cache from here on.";
        case InstructionKind::entrypoint:
            return "Configures the container's executable: exec form `ENTRYPOINT [\"executable\", \"arg\"]` (receives `CMD` and "
                   "`docker run` arguments and signals) or shell form `ENTRYPOINT command` (runs under `/bin/sh -c`, ignores `CMD`). "
                   "Only the last `ENTRYPOINT` of a stage has effect.";
        case InstructionKind::volume:
            return "Declares mount points for externally mounted or anonymous volumes: `VOLUME [\"/data\"]` or `VOLUME /data …`. "
                   "Changes made to a volume path by later build steps are discarded.";
        case InstructionKind::user:
            return "Sets the user (and optionally group) for the rest of the stage and for the container: `USER <user>[:<group>]` "
                   "or `USER <uid>[:<gid>]`. Running as a non-root user reduces the impact of a compromise.";
        case InstructionKind::workdir:
            return "Sets the working directory for the following `RUN`, `CMD`, `ENTRYPOINT`, `COPY` and `ADD`: `WORKDIR /path`. "
                   "The directory is created if missing; relative paths are resolved against the previous `WORKDIR`, so prefer absolute paths.";
        case InstructionKind::arg:
            return "Declares a build-time variable: `ARG <name>[=<default>]`, set with `docker build --build-arg`. "
                   "An `ARG` before the first `FROM` is usable only in `FROM` lines; inside a stage it is in scope from its declaration on. "
                   "Values show in the image history: do not pass secrets this way.";
        case InstructionKind::onbuild:
            return "Adds a trigger instruction that runs when the image is used as the base of another build: `ONBUILD <INSTRUCTION>`. "
                   "`ONBUILD`, `FROM` and `MAINTAINER` cannot be triggers.";
        case InstructionKind::stopsignal:
            return "Sets the system call signal sent to the container to stop it: `STOPSIGNAL <signal>` (a name like `SIGTERM` or a number).";
        case InstructionKind::healthcheck:
            return "Tells Docker how to test that the container still works: `HEALTHCHECK [--interval] [--timeout] [--start-period] "
                   "[--start-interval] [--retries] CMD <command>`, or `HEALTHCHECK NONE` to disable a check inherited from the base image. "
                   "Only the last `HEALTHCHECK` of a stage has effect.";
        case InstructionKind::shell:
            return "Overrides the default shell used for the shell form of `RUN`, `CMD` and `ENTRYPOINT`: "
                   "`SHELL [\"executable\", \"parameters\"]` (JSON form required), e.g. `SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]`.";
        case InstructionKind::unknown: break;
    }
    return {};
}

std::string instruction_reference_url(InstructionKind kind) {
    std::string name(keyword_name(kind));
    if (name.empty()) return {};
    for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return "https://docs.docker.com/reference/dockerfile/#" + name;
}

FdStreamBuf::FdStreamBuf(int in_fd, int out_fd) : in_fd_(in_fd), out_fd_(out_fd), in_buf_(1 << 16) {
    out_buf_.reserve(1 << 16);
    setg(in_buf_.data(), in_buf_.data(), in_buf_.data());
}

FdStreamBuf::~FdStreamBuf() { flush_out(); }

FdStreamBuf::int_type FdStreamBuf::underflow() {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    for (;;) {
        const auto n = ::read(in_fd_, in_buf_.data(), in_buf_.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return traits_type::eof();
        setg(in_buf_.data(), in_buf_.data(), in_buf_.data() + n);
        return traits_type::to_int_type(*gptr());
    }
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type ch) {
    if (!traits_type::eq_int_type(ch, traits_type::eof())) out_buf_.push_back(traits_type::to_char_type(ch));
    return traits_type::not_eof(ch);
}

std::streamsize FdStreamBuf::xsputn(const char* s, std::streamsize n) {
    out_buf_.insert(out_buf_.end(), s, s + n);
    return n;
}

int FdStreamBuf::sync() { return flush_out() ? 0 : -1; }

bool FdStreamBuf::flush_out() {
    std::size_t done = 0;
    while (done < out_buf_.size()) {
        const auto n = ::write(out_fd_, out_buf_.data() + done, out_buf_.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            out_buf_.clear();
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    out_buf_.clear();
    return true;
}

}  // namespace dflint::lsp::detail
