#pragma once
// Logical lines: an instruction's physical lines joined the way BuildKit joins
// them (escape character and trailing blanks removed, comment and blank lines
// dropped), with a map from every logical byte back to its source byte.
#include <string>
#include <string_view>

#include "dflint/source.hpp"

namespace dflint::detail {

class LogicalLine {
public:
    void clear() {
        text_.clear();
        map_.clear();
    }
    void append(std::string_view bytes, std::uint32_t source_offset) {
        map_.append(static_cast<std::uint32_t>(bytes.size()), source_offset);
        text_.append(bytes);
    }
    const std::string& text() const noexcept { return text_; }
    const SourceMap& map() const noexcept { return map_; }
    std::uint32_t to_source(std::uint32_t offset) const noexcept { return map_.to_source(offset); }
    Range to_source(std::uint32_t begin, std::uint32_t end) const noexcept { return map_.to_source(begin, end); }

private:
    std::string text_;
    SourceMap map_;
};

}  // namespace dflint::detail
