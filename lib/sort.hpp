#pragma once
// Stable sorting of heavy elements (commands, diagnostics): the positions are
// sorted, then every element is moved once, instead of the many moves a merge
// sort makes. Nothing is moved when the range is sorted already.
#include <algorithm>
#include <cstdint>
#include <vector>

namespace dflint::detail {

template <class T, class Less>
void stable_sort_heavy(std::vector<T>& v, Less less) {
    if (std::is_sorted(v.begin(), v.end(), less)) return;
    std::vector<std::uint32_t> order(v.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return less(v[a], v[b]); });
    std::vector<T> sorted;
    sorted.reserve(v.size());
    for (const auto i : order) sorted.push_back(std::move(v[i]));
    v = std::move(sorted);
}

}  // namespace dflint::detail
