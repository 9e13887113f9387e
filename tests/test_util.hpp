#pragma once
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace dflint::test {

inline std::filesystem::path shared_dir() { return std::filesystem::path(DFLINT_SHARED_DIR); }
inline std::filesystem::path source_dir() { return std::filesystem::path(DFLINT_SOURCE_DIR); }

inline bool have_shared() { return std::filesystem::exists(shared_dir() / "conformance"); }

inline std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace dflint::test

// Tests that need ../shared call this first: a fresh clone without it passes
// with a visible note instead of failing.
#define DFLINT_REQUIRE_SHARED()                                                               \
    do {                                                                                      \
        if (!::dflint::test::have_shared()) {                                                 \
            WARN("SKIP: " << ::dflint::test::shared_dir().string() << " not found (../shared)"); \
            return;                                                                           \
        }                                                                                     \
    } while (0)
