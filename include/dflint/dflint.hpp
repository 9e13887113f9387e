#pragma once
// dflint: parse, lint and simulate the layer cache of Dockerfiles.
// This is the one entry header; everything public is reachable from here.
#include <string_view>

#include "dflint/ast.hpp"
#include "dflint/cache.hpp"
#include "dflint/config.hpp"
#include "dflint/context.hpp"
#include "dflint/ignore.hpp"
#include "dflint/lint.hpp"
#include "dflint/model.hpp"
#include "dflint/shell_script.hpp"
#include "dflint/diagnostic.hpp"
#include "dflint/image_ref.hpp"
#include "dflint/mount.hpp"
#include "dflint/parse.hpp"
#include "dflint/fix.hpp"
#include "dflint/format.hpp"
#include "dflint/lsp.hpp"
#include "dflint/report.hpp"
#include "dflint/shell.hpp"
#include "dflint/source.hpp"

namespace dflint {

std::string_view version() noexcept;

}  // namespace dflint
