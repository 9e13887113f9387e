#pragma once
// Pieces of the language server that do not need its state: JSON-RPC framing,
// URIs, LSP positions, the instruction documentation shown on hover.
#include <cstdint>
#include <iosfwd>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/ast.hpp"
#include "dflint/source.hpp"

namespace dflint::lsp::detail {

enum class ReadStatus { ok, eof, bad_header };

// Reads one `Content-Length: N\r\n…\r\n\r\n<body>` message. `bad_header`: a
// header block without a usable Content-Length (the stream stays in sync:
// nothing after the blank line was consumed).
ReadStatus read_message(std::istream& in, std::string& body, std::string& error);
// The framed message for `body`.
std::string frame(std::string_view body);

// "file:///a%20b/Dockerfile" → "/a b/Dockerfile"; "" for other schemes.
std::string uri_to_path(std::string_view uri);
// The folder part of a path ("" when it has none).
std::string parent_dir(std::string_view path);

// Byte offset of an LSP position (0-based line, UTF-16 column) in `text`,
// clamped to the text (a column past the end of the line means its end).
std::uint32_t offset_at(const LineIndex& lines, std::size_t text_size, std::int64_t line, std::int64_t character);

// A paragraph on an instruction (Markdown) and its reference URL; empty for unknown.
std::string_view instruction_doc(InstructionKind kind) noexcept;
std::string instruction_reference_url(InstructionKind kind);

// A std::streambuf over a file descriptor (unbuffered writes are flushed on sync()).
class FdStreamBuf : public std::streambuf {
public:
    FdStreamBuf(int in_fd, int out_fd);
    ~FdStreamBuf() override;

protected:
    int_type underflow() override;
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

private:
    bool flush_out();
    int in_fd_;
    int out_fd_;
    std::vector<char> in_buf_;
    std::vector<char> out_buf_;
};

}  // namespace dflint::lsp::detail
