#include "dflint/source.hpp"

#include <algorithm>
#include <cstring>

#include "unicode/unicode.hpp"

namespace dflint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
    starts_.reserve(text.size() / 32 + 1);
    const char* const base = text.data();
    const char* p = base;
    const char* const end = base + text.size();
    while (p < end) {
        const void* nl = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!nl) break;
        p = static_cast<const char*>(nl) + 1;
        starts_.push_back(static_cast<std::uint32_t>(p - base));
    }
    // A trailing newline does not open an empty last line for positions, but
    // offsets at the very end still resolve to it; keep it for line_count.
}

std::uint32_t LineIndex::line_of(std::uint32_t offset) const noexcept {
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<std::uint32_t>(it - starts_.begin());
}

std::uint32_t LineIndex::line_start(std::uint32_t line) const noexcept {
    if (line == 0) return 0;
    if (line > starts_.size()) return static_cast<std::uint32_t>(text_.size());
    return starts_[line - 1];
}

std::uint32_t LineIndex::line_end(std::uint32_t line) const noexcept {
    const std::uint32_t start = line_start(line);
    std::uint32_t end = line >= 1 && line < starts_.size() ? starts_[line] - 1 : static_cast<std::uint32_t>(text_.size());
    while (end > start && text_[end - 1] == '\r') --end;
    return end;
}

std::string_view LineIndex::line_text(std::uint32_t line) const noexcept {
    const auto s = line_start(line);
    return text_.substr(s, line_end(line) - s);
}

Position LineIndex::position(std::uint32_t offset) const noexcept {
    const auto line = line_of(offset);
    return {line, offset - line_start(line) + 1};
}

Position LineIndex::char_position(std::uint32_t offset) const noexcept {
    const auto line = line_of(offset);
    std::uint32_t col = 1;
    std::size_t i = line_start(line);
    while (i < offset && i < text_.size()) {
        i += unicode::decode(text_, i).size;
        ++col;
    }
    return {line, col};
}

Position LineIndex::utf16_position(std::uint32_t offset) const noexcept {
    const auto line = line_of(offset);
    std::uint32_t col = 0;
    std::size_t i = line_start(line);
    while (i < offset && i < text_.size()) {
        auto d = unicode::decode(text_, i);
        i += d.size;
        col += d.cp >= 0x10000 ? 2 : 1;
    }
    return {line, col + 1};
}

std::uint32_t LineIndex::offset_of_utf16(std::uint32_t line, std::uint32_t utf16_column) const noexcept {
    if (line == 0) line = 1;
    std::size_t i = line_start(line);
    const std::size_t end = line_end(line);
    std::uint32_t col = 1;
    while (i < end && col < utf16_column) {
        auto d = unicode::decode(text_, i);
        i += d.size;
        col += d.cp >= 0x10000 ? 2 : 1;
    }
    return static_cast<std::uint32_t>(std::min(i, end));
}

void SourceMap::append_from(const SourceMap& from, std::uint32_t begin, std::uint32_t length) {
    // The run being built: `run_len` bytes mapping to run_src, run_src + 1, ...
    bool have = false;
    std::uint32_t run_src = 0, run_len = 0;
    auto push = [&](std::uint32_t src, std::uint32_t n) {
        if (have && run_src + run_len == src) {
            run_len += n;
            return;
        }
        if (have) append(run_len, run_src);
        have = true;
        run_src = src;
        run_len = n;
    };
    const auto& segs = from.segments_;
    // The segment holding `begin` (the last one starting at or before it).
    std::size_t idx = 0;
    if (!segs.empty()) {
        std::size_t lo = 0, hi = segs.size();
        while (hi - lo > 1) {
            const std::size_t mid = (lo + hi) / 2;
            if (segs[mid].logical <= begin) lo = mid;
            else hi = mid;
        }
        idx = lo;
    }
    const std::uint32_t end = begin + length;
    for (std::uint32_t off = begin; off < end;) {
        if (segs.empty() || off >= from.size_) {
            push(from.to_source(off), 1);  // past the end: every byte maps to the same place
            ++off;
            continue;
        }
        while (idx + 1 < segs.size() && segs[idx + 1].logical <= off) ++idx;
        const Segment& s = segs[idx];
        const std::uint32_t delta = off - s.logical;
        if (delta >= s.length) {  // synthetic bytes: all map to one source offset
            push(s.source + s.length, 1);
            ++off;
            continue;
        }
        const std::uint32_t extent_end = idx + 1 < segs.size() ? segs[idx + 1].logical : from.size_;
        const std::uint32_t n = std::min({end, extent_end, s.logical + s.length}) - off;
        push(s.source + delta, n);
        off += n;
    }
    if (have) append(run_len, run_src);
}

}  // namespace dflint
