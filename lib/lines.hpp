#pragma once
// Logical lines: an instruction's physical lines joined the way BuildKit joins
// them (escape character and trailing blanks removed, comment and blank lines
// dropped), with a map from every logical byte back to its source byte.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/source.hpp"

namespace dflint::detail {

struct Segment {
    std::uint32_t logical;
    std::uint32_t source;
    std::uint32_t length;
};

class LogicalLine {
public:
    void clear() {
        text_.clear();
        segments_.clear();
    }
    void append(std::string_view bytes, std::uint32_t source_offset) {
        if (bytes.empty()) return;
        segments_.push_back({static_cast<std::uint32_t>(text_.size()), source_offset, static_cast<std::uint32_t>(bytes.size())});
        text_.append(bytes);
    }
    const std::string& text() const noexcept { return text_; }

    // Source offset of the logical byte at `offset` (the end of the last
    // segment for offset == size()).
    std::uint32_t to_source(std::uint32_t offset) const noexcept {
        if (segments_.empty()) return 0;
        if (offset >= text_.size()) {
            const auto& s = segments_.back();
            return s.source + s.length;
        }
        // Few segments per line: a linear scan from the back is fastest.
        for (std::size_t i = segments_.size(); i-- > 0;) {
            const auto& s = segments_[i];
            if (offset >= s.logical) return s.source + (offset - s.logical);
        }
        return segments_.front().source;
    }
    Range to_source(std::uint32_t begin, std::uint32_t end) const noexcept {
        if (end <= begin) {
            const auto at = to_source(begin);
            return {at, at};
        }
        return {to_source(begin), to_source(end - 1) + 1};
    }

private:
    std::string text_;
    std::vector<Segment> segments_;
};

}  // namespace dflint::detail
