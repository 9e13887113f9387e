// ShellCheck integration: placeholder until the external runner lands.
#include "dflint/lint.hpp"

namespace dflint::rules {
void run_shellcheck(const Model&, const Config&, std::vector<Diagnostic>&) {}
}  // namespace dflint::rules
