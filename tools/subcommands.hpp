#pragma once
#include <string>
#include <vector>

namespace dflint::cli {
// args[0] is the subcommand name ("cache" / "context").
int run_cache_command(const std::vector<std::string>& args);
int run_context_command(const std::vector<std::string>& args);
}  // namespace dflint::cli
