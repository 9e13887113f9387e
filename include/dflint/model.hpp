#pragma once
// The semantic model of a Dockerfile, built once from the Document and read by
// every rule and by the cache simulator: stages and their graph, ARG/ENV
// scopes with provenance, effective WORKDIR/USER/SHELL before every
// instruction, and RUN scripts parsed into commands.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dflint/ast.hpp"
#include "dflint/image_ref.hpp"
#include "dflint/mount.hpp"
#include "dflint/parse.hpp"
#include "dflint/shell.hpp"
#include "dflint/shell_script.hpp"

namespace dflint {

enum class VarSource : std::uint8_t {
    builtin,     // BuildKit's automatic platform args (TARGETPLATFORM, …)
    global_arg,  // ARG before the first FROM
    arg,         // ARG inside the stage
    env,         // ENV (in this stage or inherited from a parent stage)
};

struct VarDecl {
    std::string name;
    std::optional<std::string> value;  // nullopt: declared without a value
    VarSource source = VarSource::arg;
    const Instruction* at = nullptr;   // declaring instruction (null for builtins)
    Range name_range;
};

// An immutable set of visible variables; a new one is made at each ENV/ARG.
struct Env {
    std::vector<VarDecl> vars;  // later declarations shadow earlier ones
    const VarDecl* find(std::string_view name) const noexcept;
    std::optional<std::string> value(std::string_view name) const;
};
using EnvPtr = std::shared_ptr<const Env>;

enum class StageRefKind : std::uint8_t { from, copy_from, mount_from };

struct StageRef {
    StageRefKind kind = StageRefKind::from;
    int stage = -1;                    // referenced stage index, or -1 for an image / named context
    std::string name;                  // as written (after expansion for FROM)
    const Instruction* at = nullptr;
    Range range;                       // the reference token
};

struct Stage {
    std::size_t index = 0;
    std::string name;                  // lower-cased alias; "" when none
    const Token* name_token = nullptr; // the alias as written
    const Instruction* from = nullptr;
    std::string image;                 // base image as written, global ARGs expanded
    std::vector<std::string> image_unmatched;  // variables of the FROM line not declared
    ImageRef image_ref;                // parsed `image` (invalid for stages/scratch/unresolved)
    bool image_has_variables = false;  // the FROM image uses $VARs
    int base_stage = -1;               // FROM <earlier stage>
    bool scratch = false;
    std::vector<std::size_t> instructions;  // indexes into Model::infos (FROM excluded)
    std::vector<StageRef> refs;        // FROM <stage>, COPY --from, RUN --mount from=
    bool needed = true;                // reachable from the target
    // State at the end of the stage.
    std::string workdir = "/";
    bool workdir_set = false;
    std::string user;
    std::vector<std::string> shell{"/bin/sh", "-c"};
    bool shell_set = false;
    EnvPtr env;
};

// One instruction with the state it sees (before it takes effect).
struct InstructionInfo {
    const Instruction* ins = nullptr;  // for ONBUILD: the ONBUILD node itself
    std::size_t index = 0;             // index in Document::instructions
    int stage = -1;                    // -1: before the first FROM
    std::string workdir = "/";         // effective working directory (absolute)
    bool workdir_set = false;          // a WORKDIR was set in this stage or its parents
    std::string user;                  // "" = default (root)
    std::vector<std::string> shell{"/bin/sh", "-c"};
    bool shell_set = false;            // SHELL given in this stage or its parents
    EnvPtr env;
    // RUN (and ONBUILD RUN): the script, with offsets mapped to the source.
    std::optional<shell::Script> script;
    std::string script_text;
    SourceMap script_map;
    std::vector<Mount> mounts;         // RUN --mount values

    // The instruction the state applies to: the trigger for ONBUILD.
    const Instruction& effective() const noexcept {
        return ins->kind == InstructionKind::onbuild && !ins->trigger.empty() ? ins->trigger.front() : *ins;
    }
    Range script_range(std::size_t begin, std::size_t end) const noexcept {
        return script_map.to_source(static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end));
    }
};

struct ModelOptions {
    std::map<std::string, std::string> build_args;  // --build-arg K=V
    std::string target;                             // --target (default: last stage)
    std::string platform = "linux/amd64";
};

class Model {
public:
    Model(const Document& doc, const ModelOptions& options = {});
    Model(const Model&) = delete;
    Model& operator=(const Model&) = delete;

    const Document& doc() const noexcept { return *doc_; }
    const std::vector<Stage>& stages() const noexcept { return stages_; }
    const std::vector<InstructionInfo>& infos() const noexcept { return infos_; }
    const EnvPtr& global_env() const noexcept { return global_env_; }
    int target() const noexcept { return target_; }

    // Stage index by (case-insensitive) name or decimal index, as COPY --from
    // resolves it; only stages before `before` (default: all) count.
    int find_stage(std::string_view name_or_index, int before = -1) const noexcept;
    const Stage* stage_of(const InstructionInfo& info) const noexcept {
        return info.stage >= 0 ? &stages_[static_cast<std::size_t>(info.stage)] : nullptr;
    }
    // Stages that build on `index` through FROM <stage> (direct children).
    std::vector<std::size_t> children(std::size_t index) const;

    // Expands a word with the variables visible at `info` (BuildKit semantics).
    shell::ExpandResult expand(std::string_view word, const InstructionInfo& info) const;
    shell::ExpandResult expand_words(std::string_view word, const InstructionInfo& info) const;
    shell::Lookup lookup(const EnvPtr& env) const;

private:
    const Document* doc_;
    ModelOptions options_;
    std::vector<Stage> stages_;
    std::vector<InstructionInfo> infos_;
    EnvPtr global_env_;
    int target_ = -1;
};

// True for the automatic platform ARGs (BUILDPLATFORM, TARGETOS, …).
bool is_builtin_arg(std::string_view name) noexcept;
// True for the predefined proxy ARGs (HTTP_PROXY, no_proxy, …).
bool is_proxy_arg(std::string_view name) noexcept;

}  // namespace dflint
