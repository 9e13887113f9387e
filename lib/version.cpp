#include "dflint/dflint.hpp"

#ifndef DFLINT_VERSION
#define DFLINT_VERSION "0.0.0"
#endif

namespace dflint {
std::string_view version() noexcept { return DFLINT_VERSION; }
}  // namespace dflint
