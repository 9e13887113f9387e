#pragma once
// Byte ranges into the source and their conversion to the line/column pairs
// people read. Inside dflint everything is a half-open byte range; lines and
// columns appear only when output is rendered.
#include <cstdint>
#include <string_view>
#include <vector>

namespace dflint {

struct Range {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;  // exclusive

    constexpr bool empty() const noexcept { return end <= begin; }
    constexpr std::uint32_t size() const noexcept { return end > begin ? end - begin : 0; }
    constexpr bool contains(std::uint32_t offset) const noexcept { return offset >= begin && offset < end; }
    friend constexpr bool operator==(const Range&, const Range&) = default;
};

// 1-based line and 1-based column. `column` counts bytes; use
// LineIndex::char_column / utf16_column for Unicode-aware columns.
struct Position {
    std::uint32_t line = 1;
    std::uint32_t column = 1;
    friend constexpr bool operator==(const Position&, const Position&) = default;
};

// Maps byte offsets to lines. Lines end at '\n'; a '\r' before it belongs to
// the line's content as far as offsets go, but is not counted in columns.
class LineIndex {
public:
    LineIndex() = default;
    explicit LineIndex(std::string_view text);

    std::uint32_t line_count() const noexcept { return static_cast<std::uint32_t>(starts_.size()); }
    // 1-based line containing `offset` (offset == text size maps to the last line).
    std::uint32_t line_of(std::uint32_t offset) const noexcept;
    // Byte offset where 1-based `line` starts.
    std::uint32_t line_start(std::uint32_t line) const noexcept;
    // Byte offset of the end of the line's content (before "\n" or "\r\n").
    std::uint32_t line_end(std::uint32_t line) const noexcept;
    std::string_view line_text(std::uint32_t line) const noexcept;

    Position position(std::uint32_t offset) const noexcept;            // byte columns
    Position char_position(std::uint32_t offset) const noexcept;       // columns in Unicode code points
    Position utf16_position(std::uint32_t offset) const noexcept;      // columns in UTF-16 code units (LSP)
    // Inverse of utf16_position; clamps to the line's end.
    std::uint32_t offset_of_utf16(std::uint32_t line, std::uint32_t utf16_column) const noexcept;

    std::string_view text() const noexcept { return text_; }

private:
    std::string_view text_;
    std::vector<std::uint32_t> starts_{0};
};

// Maps offsets in a derived text (an instruction's joined logical line, a RUN
// script) back to source offsets, segment by segment.
class SourceMap {
public:
    struct Segment {
        std::uint32_t logical;
        std::uint32_t source;
        std::uint32_t length;
    };

    void clear() noexcept { segments_.clear(); size_ = 0; }
    void append(std::uint32_t length, std::uint32_t source_offset) {
        if (length == 0) return;
        segments_.push_back({size_, source_offset, length});
        size_ += length;
    }
    // Appends `length` logical bytes that have no source of their own (they
    // map to `source_offset`, e.g. a separator inserted between two pieces).
    void append_synthetic(std::uint32_t length, std::uint32_t source_offset) {
        if (length == 0) return;
        segments_.push_back({size_, source_offset, 0});
        size_ += length;
    }
    // Appends the mapping of `from`'s logical bytes [begin, begin + length):
    // afterwards each appended byte maps where from.to_source() maps it, and
    // bytes with consecutive sources share a segment. Linear in the segments
    // crossed (not a lookup per byte).
    void append_from(const SourceMap& from, std::uint32_t begin, std::uint32_t length);
    std::uint32_t size() const noexcept { return size_; }
    const std::vector<Segment>& segments() const noexcept { return segments_; }

    // Source offset of the logical byte at `offset` (end of the last segment
    // for offset >= size()).
    std::uint32_t to_source(std::uint32_t offset) const noexcept {
        if (segments_.empty()) return 0;
        if (offset >= size_) {
            const auto& s = segments_.back();
            return s.source + s.length;
        }
        std::size_t lo = 0, hi = segments_.size();
        while (hi - lo > 1) {
            const std::size_t mid = (lo + hi) / 2;
            if (segments_[mid].logical <= offset) lo = mid;
            else hi = mid;
        }
        const auto& s = segments_[lo];
        const std::uint32_t delta = offset - s.logical;
        return s.source + (delta < s.length ? delta : s.length);
    }
    Range to_source(std::uint32_t begin, std::uint32_t end) const noexcept {
        if (end <= begin) {
            const auto at = to_source(begin);
            return {at, at};
        }
        const auto b = to_source(begin);
        const auto e = to_source(end - 1) + 1;
        return {b, e < b ? b : e};
    }

private:
    std::vector<Segment> segments_;
    std::uint32_t size_ = 0;
};

}  // namespace dflint
