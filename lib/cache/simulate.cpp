// The cache simulation: evaluate both snapshots into chains of cache keys the
// way BuildKit derives them, then judge every step of the "after" build
// against the keys the "before" build left in the cache.
#include <fnmatch.h>
#define XXH_STATIC_LINKING_ONLY
#include <xxhash.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "dflint/cache.hpp"
#include "dflint/ignore.hpp"
#include "dflint/model.hpp"
#include "dflint/parse.hpp"

namespace dflint::cache {
namespace {

struct Key {
    std::uint64_t hi = 0, lo = 0;
    friend bool operator==(const Key&, const Key&) = default;
};
struct KeyHash {
    std::size_t operator()(const Key& k) const noexcept { return static_cast<std::size_t>(k.lo ^ (k.hi * 0x9E3779B97F4A7C15ull)); }
};

class Hasher {
public:
    Hasher() { XXH3_128bits_reset(&state_); }
    Hasher& add(std::string_view s) {
        const std::uint64_t n = s.size();
        XXH3_128bits_update(&state_, &n, sizeof n);
        XXH3_128bits_update(&state_, s.data(), s.size());
        return *this;
    }
    Hasher& add(const Key& k) {
        XXH3_128bits_update(&state_, &k, sizeof k);
        return *this;
    }
    Key done() {
        const auto h = XXH3_128bits_digest(&state_);
        return {h.high64, h.low64};
    }

private:
    XXH3_state_t state_{};
};

// A context file as a copy sees it.
struct Selected {
    std::string path;
    std::string identity;  // type, mode, link target, content hash
    std::string source;    // the source argument that took it in
};

std::string identity_of(const FileRecord& f) {
    return std::string(context::entry_type_name(f.type)) + ":" + std::to_string(f.mode & 07777) + ":" + std::to_string(f.mode & 0170000) + ":" + f.link_target + ":" + f.hash;
}

bool has_glob(std::string_view s) { return s.find_first_of("*?[") != std::string_view::npos; }

std::vector<std::string_view> components(std::string_view p) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < p.size()) {
        const auto j = std::min(p.find('/', i), p.size());
        if (j > i) out.push_back(p.substr(i, j - i));
        i = j + 1;
    }
    return out;
}

std::string normalize_source(std::string_view s) {
    std::string p = ignore::clean_path(s);
    while (!p.empty() && p[0] == '/') p.erase(0, 1);
    if (p.empty()) p = ".";
    return p;
}

// Files of the context a COPY/ADD source (or bind mount source) selects.
void select_files(const Snapshot& snap, std::string_view raw_source, const std::vector<std::string>& excludes, std::vector<Selected>& out) {
    const std::string src = normalize_source(raw_source);
    const auto pat = components(src);
    for (const auto& f : snap.files) {
        bool take = false;
        if (src == ".") take = true;
        else if (!has_glob(src)) take = f.path == src || (f.path.size() > src.size() && f.path.compare(0, src.size(), src) == 0 && f.path[src.size()] == '/');
        else {
            const auto comps = components(f.path);
            if (comps.size() >= pat.size()) {
                take = true;
                for (std::size_t i = 0; i < pat.size() && take; ++i) {
                    const std::string p(pat[i]), c(comps[i]);
                    take = fnmatch(p.c_str(), c.c_str(), FNM_PERIOD & 0) == 0;
                }
            }
        }
        if (!take) continue;
        if (!excludes.empty()) {
            auto m = ignore::matches(f.path, excludes);
            if (m.ok() && *m) continue;
        }
        out.push_back({f.path, identity_of(f), std::string(raw_source)});
    }
}

double weight_of(const Instruction& ins, const InstructionInfo& info) {
    switch (ins.kind) {
        case InstructionKind::run: {
            double w = 3;
            if (info.script) {
                for (const auto& c : info.script->commands) {
                    const auto n = c.basename();
                    const auto sub = c.subcommand().value_or("");
                    if (((n == "apt-get" || n == "apt" || n == "apk" || n == "yum" || n == "dnf" || n == "zypper") && (sub == "install" || sub == "add" || sub == "update")) ||
                        ((n == "npm" || n == "pnpm") && (sub == "install" || sub == "ci" || sub == "i")) || n == "yarn" || ((n == "pip" || n == "pip3") && sub == "install") ||
                        n == "poetry" || n == "pipenv" || (n == "go" && sub == "mod") || n == "bundle" || n == "composer" || (n == "dotnet" && sub == "restore") || (n == "cargo" && sub == "fetch"))
                        w = std::max(w, 10.0);
                    else if (n == "make" || n == "cmake" || n == "ninja" || n == "gcc" || n == "g++" || n == "cc" || n == "tsc" || n == "mvn" || n == "gradle" || n == "gradlew" ||
                             (n == "go" && sub == "build") || (n == "cargo" && sub == "build") || ((n == "npm" || n == "yarn" || n == "pnpm") && sub == "run") || (n == "dotnet" && (sub == "build" || sub == "publish")))
                        w = std::max(w, 8.0);
                }
            }
            return w;
        }
        case InstructionKind::copy:
        case InstructionKind::add: return 1;
        case InstructionKind::workdir: return 0.1;
        default: return 0;
    }
}

std::string one_line(const Instruction& ins) {
    std::string out = ins.keyword.text;
    for (const auto& f : ins.flags) out += " " + f.word;
    if (!ins.rest.text.empty()) out += " ";
    bool space = false;
    for (char c : ins.rest.text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space && out.back() != ' ') out += ' ';
        space = false;
        out += c;
    }
    return out;
}

struct OpEval {
    const Instruction* ins = nullptr;
    const InstructionInfo* info = nullptr;  // null for FROM
    bool creates_step = false;
    std::string def;
    std::vector<Selected> files;             // context inputs
    std::vector<std::pair<std::string, std::string>> env;  // RUN environment
    std::string state;                       // workdir/user/shell
    int from_stage = -1;                     // COPY --from / mount from a stage
    bool link = false;
    bool remote = false;                     // ADD <url> without --checksum
    Key pess, opt;
};

struct StageEval {
    std::string name;
    bool needed = true;
    int base_stage = -1;
    std::vector<OpEval> ops;  // ops[0] is the FROM
    Key final_pess, final_opt;
};

struct Evaluation {
    std::unique_ptr<Document> doc;
    std::unique_ptr<Model> model;
    std::vector<StageEval> stages;
    bool ok = true;
    std::string error;
};

void evaluate(const Snapshot& snap, Evaluation& ev, Builder builder = Builder::buildkit) {
    ev.doc = std::make_unique<Document>(parse(snap.dockerfile_text));
    if (ev.doc->has_parser_error()) {
        ev.ok = false;
        for (const auto& i : ev.doc->issues)
            if (i.kind == ParseIssueKind::parser_error) {
                ev.error = std::to_string(ev.doc->lines.line_of(i.range.begin)) + ": " + i.message;
                break;
            }
    }
    ModelOptions mo;
    mo.build_args = snap.build_args;
    mo.target = snap.target;
    ev.model = std::make_unique<Model>(*ev.doc, mo);
    const Model& model = *ev.model;
    for (const auto& stage : model.stages()) {
        StageEval se;
        se.name = stage.name;
        se.needed = stage.needed;
        se.base_stage = stage.base_stage;
        // FROM
        OpEval from;
        from.ins = stage.from;
        from.creates_step = true;
        Key parent_pess, parent_opt;
        if (stage.base_stage >= 0) {
            const auto& base = ev.stages[static_cast<std::size_t>(stage.base_stage)];
            from.def = "from-stage";
            parent_pess = base.final_pess;
            parent_opt = base.final_opt;
        } else {
            std::string platform;
            if (const Flag* f = stage.from->flag("platform"); f && f->value) platform = *f->value;
            from.def = "from:" + stage.image + "|platform=" + platform;
        }
        from.pess = Hasher().add(parent_pess).add(from.def).done();
        from.opt = Hasher().add(parent_opt).add(from.def).done();
        parent_pess = from.pess;
        parent_opt = from.opt;
        se.ops.push_back(std::move(from));

        for (auto idx : stage.instructions) {
            const InstructionInfo& info = model.infos()[idx];
            const Instruction& ins = *info.ins;
            OpEval op;
            op.ins = &ins;
            op.info = &info;
            op.state = "wd=" + info.workdir + "|user=" + info.user;
            auto expand = [&](std::string_view w) {
                auto r = model.expand(w, info);
                return r.ok ? r.word : std::string(w);
            };
            std::string input_pess, input_opt;
            switch (ins.kind) {
                case InstructionKind::run: {
                    op.creates_step = true;
                    std::string text = ins.json_form ? "exec" : "shell|" + [&] {
                        std::string s;
                        for (const auto& p : info.shell) s += p + '\0';
                        return s;
                    }();
                    for (const auto& a : ins.args) text += '\0' + a.text;
                    for (const auto& h : ins.heredocs) text += '\0' + h.content;
                    for (const auto& f : ins.flags) text += '\0' + (f.name == "mount" ? f.name + "=" + expand(f.value.value_or("")) : f.word);
                    op.def = "run|" + text;
                    if (info.env)
                        for (const auto& v : info.env->vars)
                            if (v.value && v.source != VarSource::builtin) op.env.emplace_back(v.name, *v.value);
                    std::sort(op.env.begin(), op.env.end());
                    for (const auto& [k, v] : op.env) op.def += "|env:" + k + "=" + v;
                    op.def += "|" + op.state;
                    for (const auto& m : info.mounts) {
                        if (m.type != MountType::bind) continue;
                        if (m.from.empty()) {
                            select_files(snap, m.source.empty() ? "." : expand(m.source), {}, op.files);
                        } else {
                            const int s = model.find_stage(m.from, static_cast<int>(stage.index));
                            if (s >= 0) {
                                op.from_stage = s;
                                input_pess += "stage:" + std::to_string(ev.stages[static_cast<std::size_t>(s)].final_pess.lo);
                                input_opt += "stage:" + m.from;
                            } else {
                                input_pess += "image:" + m.from;
                                input_opt += "image:" + m.from;
                            }
                        }
                    }
                    break;
                }
                case InstructionKind::copy:
                case InstructionKind::add: {
                    op.creates_step = true;
                    std::string def = ins.kind == InstructionKind::add ? "add" : "copy";
                    std::vector<std::string> excludes;
                    for (const auto& f : ins.flags) {
                        if (f.name == "exclude" && f.value) excludes.push_back(*f.value);
                        if (f.name == "link" && (!f.value || *f.value == "true")) op.link = true;
                        if (f.name == "from") continue;
                        def += "|" + f.name + "=" + (f.name == "exclude" ? f.value.value_or("") : expand(f.value.value_or("true")));
                    }
                    if (ins.flag("chmod")) op.link = false;  // BuildKit: --link with --chmod is a plain copy
                    if (ins.args.size() >= 2) {
                        std::string dest = expand(ins.args.back().text);
                        if (dest.empty() || dest[0] != '/') dest = (info.workdir == "/" ? "/" : info.workdir + "/") + dest;
                        def += "|dest=" + dest;
                    }
                    const Flag* from = ins.flag("from");
                    for (std::size_t a = 0; a + 1 < ins.args.size(); ++a) {
                        const std::string src = from ? ins.args[a].text : expand(ins.args[a].text);
                        def += "|src=" + src;
                        bool heredoc = false;
                        for (const auto& h : ins.heredocs)
                            if (ins.args[a].text.find("<<") != std::string::npos && ins.args[a].text.find(h.name) != std::string::npos) {
                                def += "|inline=" + h.content;
                                heredoc = true;
                            }
                        if (heredoc || from) continue;
                        if (src.rfind("http://", 0) == 0 || src.rfind("https://", 0) == 0 || src.rfind("git@", 0) == 0) {
                            if (!ins.flag("checksum")) op.remote = true;
                            continue;
                        }
                        select_files(snap, src, excludes, op.files);
                    }
                    if (from && from->value) {
                        const int s = model.find_stage(*from->value, static_cast<int>(stage.index));
                        if (s >= 0) {
                            op.from_stage = s;
                            input_pess += "stage:" + std::to_string(ev.stages[static_cast<std::size_t>(s)].final_pess.lo) + ":" + std::to_string(ev.stages[static_cast<std::size_t>(s)].final_pess.hi);
                            input_opt += "stage:" + ev.stages[static_cast<std::size_t>(s)].name + std::to_string(s);
                        } else {
                            input_pess += "image:" + *from->value;
                            input_opt += "image:" + *from->value;
                        }
                    }
                    op.def = def;
                    break;
                }
                case InstructionKind::workdir: {
                    const std::string wd = [&] {
                        // The state after the WORKDIR: the next instruction's workdir.
                        for (std::size_t k = idx + 1; k < model.infos().size(); ++k)
                            if (model.infos()[k].stage == info.stage) return model.infos()[k].workdir;
                        return std::string();
                    }();
                    op.creates_step = (wd != "/" && !wd.empty()) || builder == Builder::buildah;
                    op.def = "mkdir|" + expand(ins.args.empty() ? std::string() : ins.args[0].text) + "|from=" + info.workdir + "|user=" + info.user;
                    break;
                }
                default:
                    op.def = "meta|" + ins.original;
                    if (builder == Builder::buildah) {
                        // Classic semantics: the instruction commits an image config;
                        // the key is its text with variables expanded (ARG: names only).
                        op.creates_step = true;
                        if (ins.kind == InstructionKind::arg) {
                            op.def = "meta|ARG";
                            for (const auto& kv : ins.pairs) op.def += " " + kv.key.text;
                        } else if (ins.kind == InstructionKind::env || ins.kind == InstructionKind::label) {
                            op.def = "meta|" + ins.keyword.text;
                            for (const auto& kv : ins.pairs) op.def += " " + expand(kv.key.text) + "=" + (kv.value ? expand(kv.value->text) : std::string());
                        }
                    }
                    break;
            }
            for (const auto& f : op.files) {
                input_pess += f.path + '\0' + f.identity + '\0';
                input_opt += f.path + '\0' + f.identity + '\0';
            }
            if (op.creates_step) {
                Hasher hp, ho;
                if (!op.link) {
                    hp.add(parent_pess);
                    ho.add(parent_opt);
                }
                op.pess = hp.add(op.def).add(input_pess).done();
                op.opt = ho.add(op.def).add(input_opt).done();
                if (op.link) {
                    // The merged result still depends on what is below it.
                    parent_pess = Hasher().add(parent_pess).add(op.pess).done();
                    parent_opt = Hasher().add(parent_opt).add(op.opt).done();
                } else {
                    parent_pess = op.pess;
                    parent_opt = op.opt;
                }
            } else {
                op.pess = parent_pess;
                op.opt = parent_opt;
            }
            se.ops.push_back(std::move(op));
        }
        se.final_pess = parent_pess;
        se.final_opt = parent_opt;
        ev.stages.push_back(std::move(se));
    }
}

const StageEval* align_stage(const Evaluation& before, const StageEval& cur, std::size_t index) {
    if (!cur.name.empty())
        for (const auto& s : before.stages)
            if (s.name == cur.name) return &s;
    return index < before.stages.size() ? &before.stages[index] : nullptr;
}

const OpEval* align_op(const StageEval* stage, const OpEval& cur, std::size_t index) {
    if (!stage) return nullptr;
    if (index < stage->ops.size() && stage->ops[index].ins->kind == cur.ins->kind) return &stage->ops[index];
    for (const auto& op : stage->ops)
        if (op.ins->kind == cur.ins->kind && op.ins->original == cur.ins->original) return &op;
    return nullptr;
}

Reason own_reason(const OpEval& cur, const OpEval* prev, const Snapshot& before, const Snapshot& after, const Evaluation& ev_after) {
    Reason r;
    if (!prev) {
        r.kind = ReasonKind::new_instruction;
        r.message = "new instruction: the previous build had no such step here";
        return r;
    }
    if (cur.ins->kind == InstructionKind::from) {
        if (cur.def != prev->def) {
            r.kind = ReasonKind::base_image_changed;
            r.message = "the base image changed";
            return r;
        }
    }
    if (cur.ins->original != prev->ins->original) {
        r.kind = ReasonKind::instruction_changed;
        r.message = "the instruction changed";
        return r;
    }
    if (cur.env != prev->env) {
        std::map<std::string, std::string> a(prev->env.begin(), prev->env.end()), b(cur.env.begin(), cur.env.end());
        std::string var;
        for (const auto& [k, v] : b)
            if (!a.count(k) || a[k] != v) {
                var = k;
                break;
            }
        if (var.empty())
            for (const auto& [k, v] : a)
                if (!b.count(k)) {
                    var = k;
                    break;
                }
        r.variable = var;
        const VarDecl* decl = cur.info && cur.info->env ? cur.info->env->find(var) : nullptr;
        if (decl && decl->at) r.line = decl->at->start_line;
        const bool build_arg = (before.build_args.count(var) ? before.build_args.at(var) : "") != (after.build_args.count(var) ? after.build_args.at(var) : "");
        if (decl && (decl->source == VarSource::arg || decl->source == VarSource::global_arg) && build_arg) {
            r.kind = ReasonKind::build_arg_changed;
            r.message = "build arg " + var + " changed" + (r.line ? " (ARG on line " + std::to_string(r.line) + "); every RUN after the ARG sees it, used or not" : "");
        } else {
            r.kind = ReasonKind::env_changed;
            r.message = "variable " + var + " changed" + (r.line ? " (line " + std::to_string(r.line) + ")" : "");
        }
        return r;
    }
    if (cur.state != prev->state && cur.ins->kind == InstructionKind::run) {
        r.kind = ReasonKind::state_changed;
        r.message = "the WORKDIR or USER it runs with changed";
        return r;
    }
    // Context files.
    std::map<std::string, const Selected*> a, b;
    for (const auto& f : prev->files) a[f.path] = &f;
    for (const auto& f : cur.files) b[f.path] = &f;
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end() || ib != b.end();) {
        if (ib == b.end() || (ia != a.end() && ia->first < ib->first)) {
            r.kind = ReasonKind::file_changed;
            r.path = ia->first;
            r.pattern = ia->second->source;
            r.message = ia->first + " was removed (taken in by `" + r.pattern + "`)";
            return r;
        }
        if (ia == a.end() || ib->first < ia->first) {
            r.kind = ReasonKind::file_changed;
            r.path = ib->first;
            r.pattern = ib->second->source;
            r.message = ib->first + " was added (taken in by `" + r.pattern + "`)";
            return r;
        }
        if (ia->second->identity != ib->second->identity) {
            r.kind = ReasonKind::file_changed;
            r.path = ib->first;
            r.pattern = ib->second->source;
            const auto* fa = before.find(ia->first);
            const auto* fb = after.find(ib->first);
            const bool mode_only = fa && fb && fa->hash == fb->hash && fa->mode != fb->mode;
            r.message = ib->first + (mode_only ? "'s permissions changed" : " changed") + " (taken in by `" + r.pattern + "`)";
            return r;
        }
        ++ia;
        ++ib;
    }
    if (cur.from_stage >= 0) {
        r.kind = ReasonKind::stage_rebuilt;
        r.stage = ev_after.stages[static_cast<std::size_t>(cur.from_stage)].name;
        if (r.stage.empty()) r.stage = std::to_string(cur.from_stage);
        r.message = "stage " + r.stage + " is rebuilt";
        return r;
    }
    if (cur.def != prev->def) {
        r.kind = ReasonKind::instruction_changed;
        r.message = "an expanded argument of the instruction changed";
        return r;
    }
    r.kind = ReasonKind::after_miss;
    r.message = "a step it builds on changed";
    return r;
}

}  // namespace

std::string_view status_name(Status s) noexcept {
    switch (s) {
        case Status::hit: return "hit";
        case Status::miss: return "miss";
        case Status::maybe: return "maybe";
        case Status::skipped: return "skipped";
    }
    return "hit";
}

std::string_view reason_name(ReasonKind k) noexcept {
    switch (k) {
        case ReasonKind::none: return "none";
        case ReasonKind::after_miss: return "after_miss";
        case ReasonKind::after_maybe: return "after_maybe";
        case ReasonKind::new_instruction: return "new_instruction";
        case ReasonKind::instruction_changed: return "instruction_changed";
        case ReasonKind::base_image_changed: return "base_image_changed";
        case ReasonKind::build_arg_changed: return "build_arg_changed";
        case ReasonKind::env_changed: return "env_changed";
        case ReasonKind::state_changed: return "state_changed";
        case ReasonKind::file_changed: return "file_changed";
        case ReasonKind::stage_rebuilt: return "stage_rebuilt";
        case ReasonKind::remote_source: return "remote_source";
        case ReasonKind::stage_not_needed: return "stage_not_needed";
    }
    return "none";
}

std::size_t Plan::count(Status s) const {
    return static_cast<std::size_t>(std::count_if(steps.begin(), steps.end(), [&](const Step& st) { return st.status == s; }));
}

Plan simulate(const Snapshot& before_snap, const Snapshot& after_snap, const SimulateOptions& options) {
    Plan plan;
    Evaluation before, after;
    evaluate(before_snap, before, options.builder);
    evaluate(after_snap, after, options.builder);
    if (!after.ok) {
        plan.parse_failed = true;
        plan.parse_error = after.error;
    }
    plan.target = after.model->target();
    std::unordered_set<Key, KeyHash> prev_pess, prev_opt;
    for (const auto& s : before.stages) {
        if (!s.needed) continue;
        for (const auto& op : s.ops) {
            if (!op.creates_step) continue;
            prev_pess.insert(op.pess);
            prev_opt.insert(op.opt);
        }
    }
    bool any_remote = false;
    // Per stage: the state at its end (for FROM <stage> chains).
    struct ChainState {
        Status status = Status::hit;
        Reason reason;
    };
    std::vector<ChainState> stage_end(after.stages.size());
    for (std::size_t si = 0; si < after.stages.size(); ++si) {
        const auto& se = after.stages[si];
        const StageEval* prev_stage = align_stage(before, se, si);
        ChainState chain;
        if (se.base_stage >= 0) chain = stage_end[static_cast<std::size_t>(se.base_stage)];
        for (std::size_t oi = 0; oi < se.ops.size(); ++oi) {
            const OpEval& op = se.ops[oi];
            Step step;
            step.stage = static_cast<int>(si);
            step.stage_name = se.name;
            step.line = op.ins->start_line;
            step.instruction = op.ins->kind == InstructionKind::unknown ? op.ins->keyword.text : std::string(keyword_name(op.ins->kind));
            step.text = one_line(*op.ins);
            step.range = op.ins->range;
            step.creates_step = op.creates_step && !(oi == 0 && se.base_stage >= 0);
            step.cost = op.info ? weight_of(*op.ins, *op.info) : 0;
            if (!se.needed) {
                step.status = Status::skipped;
                step.reason.kind = ReasonKind::stage_not_needed;
                step.reason.message = "the target does not need this stage";
                plan.steps.push_back(std::move(step));
                continue;
            }
            const OpEval* prev = align_op(prev_stage, op, oi);
            if (!op.creates_step || (oi == 0 && se.base_stage >= 0)) {
                // No cache step of its own: it shares the chain's state.
                step.status = chain.status;
                step.reason = chain.reason;
                if (chain.status == Status::hit && prev && prev->ins->original != op.ins->original && oi != 0) {
                    step.reason.kind = ReasonKind::instruction_changed;
                    step.reason.message = "changed, but BuildKit makes no cache step for " + step.instruction + ": steps that use what it sets miss instead";
                }
                plan.steps.push_back(std::move(step));
                continue;
            }
            const bool pess_hit = prev_pess.count(op.pess) > 0;
            const bool opt_hit = prev_opt.count(op.opt) > 0;
            if (pess_hit && !op.remote) {
                step.status = Status::hit;
            } else if (pess_hit && op.remote) {
                step.status = Status::maybe;
                step.reason.kind = ReasonKind::remote_source;
                step.reason.message = "ADD of a URL without --checksum: BuildKit checks the URL on every build and hits only if the download is unchanged";
                any_remote = true;
            } else if (chain.status == Status::miss && !op.link) {
                step.status = Status::miss;
                step.reason = chain.reason;
            } else if (opt_hit || (chain.status == Status::maybe && !op.link)) {
                step.status = Status::maybe;
                if (chain.status == Status::maybe && !op.link) step.reason = chain.reason;
                else {
                    step.reason = own_reason(op, prev, before_snap, after_snap, after);
                    if (step.reason.kind == ReasonKind::stage_rebuilt)
                        step.reason.message += ": this copy hits only if the files it takes from that stage come out byte-identical";
                }
            } else {
                step.status = Status::miss;
                step.reason = own_reason(op, prev, before_snap, after_snap, after);
            }
            // What later steps of the chain inherit.
            if (!op.link || step.status != Status::hit) {
                if (step.status == Status::miss && chain.status != Status::miss) {
                    chain.status = Status::miss;
                    chain.reason.kind = ReasonKind::after_miss;
                    chain.reason.line = step.line;
                    chain.reason.message = "after the miss at line " + std::to_string(step.line) + " (" + step.reason.message + ")";
                } else if (step.status == Status::maybe && chain.status == Status::hit) {
                    chain.status = Status::maybe;
                    chain.reason.kind = ReasonKind::after_maybe;
                    chain.reason.line = step.line;
                    chain.reason.message = "after the possible miss at line " + std::to_string(step.line) + " (" + step.reason.message + ")";
                }
            } else if (op.link && chain.status != Status::hit) {
                // The --link copy itself hits, but what follows still builds on the rebuilt layers.
            }
            plan.steps.push_back(std::move(step));
        }
        stage_end[si] = chain;
    }
    if (any_remote) plan.notes.push_back("ADD <url> without --checksum is re-checked on every build");
    std::stable_sort(plan.steps.begin(), plan.steps.end(), [](const Step& a, const Step& b) { return a.line < b.line; });
    return plan;
}

std::string plan_to_json(const Plan& plan, int indent) {
    namespace cache = dflint::cache;
    nlohmann::json j;
    j["version"] = 1;
    j["target"] = plan.target;
    auto& steps = j["steps"] = nlohmann::json::array();
    for (const auto& s : plan.steps) {
        nlohmann::json r{{"kind", std::string(cache::reason_name(s.reason.kind))}, {"message", s.reason.message}};
        if (!s.reason.path.empty()) r["path"] = s.reason.path;
        if (!s.reason.pattern.empty()) r["pattern"] = s.reason.pattern;
        if (!s.reason.variable.empty()) r["variable"] = s.reason.variable;
        if (s.reason.line) r["line"] = s.reason.line;
        if (!s.reason.stage.empty()) r["stage"] = s.reason.stage;
        steps.push_back({{"stage", s.stage},
                         {"stageName", s.stage_name},
                         {"line", s.line},
                         {"instruction", s.instruction},
                         {"text", s.text},
                         {"status", std::string(cache::status_name(s.status))},
                         {"step", s.creates_step},
                         {"cost", s.cost},
                         {"reason", s.reason.kind == cache::ReasonKind::none ? nlohmann::json(nullptr) : r}});
    }
    j["summary"] = {{"hit", plan.count(cache::Status::hit)}, {"miss", plan.count(cache::Status::miss)}, {"maybe", plan.count(cache::Status::maybe)}, {"skipped", plan.count(cache::Status::skipped)}};
    j["notes"] = plan.notes;
    return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::vector<Hotspot> hotspots(const Snapshot& current, const SimulateOptions& options) {
    // Top-level entries, and the files and folders COPY sources name.
    std::set<std::string> candidates;
    for (const auto& f : current.files) {
        if (f.type == context::EntryType::dir) continue;
        const auto slash = f.path.find('/');
        candidates.insert(slash == std::string::npos ? f.path : f.path.substr(0, slash + 1));
    }
    std::vector<Hotspot> out;
    for (const auto& c : candidates) {
        const std::string path = c.back() == '/' ? c.substr(0, c.size() - 1) : c;
        const Snapshot before = before_changes(current, {path});
        const Plan plan = simulate(before, current, options);
        Hotspot h;
        h.path = c;
        for (const auto& s : plan.steps) {
            if (s.status != Status::miss && s.status != Status::maybe) continue;
            if (!s.creates_step) continue;
            if (!h.first_line) {
                h.first_line = s.line;
                h.first_step = s.text;
            }
            ++h.steps_rebuilt;
            h.cost += s.cost;
        }
        if (h.first_line) out.push_back(std::move(h));
    }
    std::stable_sort(out.begin(), out.end(), [](const Hotspot& a, const Hotspot& b) {
        if (a.cost != b.cost) return a.cost > b.cost;
        return a.path < b.path;
    });
    return out;
}

std::vector<WatchRule> watch_plan(const Snapshot& current) {
    std::vector<WatchRule> rules;
    Evaluation ev;
    evaluate(current, ev);
    if (ev.model->target() < 0) return rules;
    const int target = ev.model->target();
    std::set<std::string> candidates;
    for (const auto& f : current.files) {
        if (f.type == context::EntryType::dir) continue;
        const auto slash = f.path.find('/');
        candidates.insert(slash == std::string::npos ? f.path : f.path.substr(0, slash + 1));
    }
    for (const auto& c : candidates) {
        const std::string path = c.back() == '/' ? c.substr(0, c.size() - 1) : c;
        const Plan plan = simulate(before_changes(current, {path}), current);
        // The steps this path invalidates.
        const Step* first = nullptr;
        bool later_run = false;
        for (const auto& s : plan.steps) {
            if ((s.status != Status::miss && s.status != Status::maybe) || !s.creates_step) continue;
            if (!first) first = &s;
            else if (s.instruction == "RUN" || s.stage != first->stage) later_run = true;
        }
        if (!first) continue;  // not used by the build: nothing to watch
        WatchRule r;
        r.path = "./" + path;
        if (first->stage == target && (first->instruction == "COPY" || first->instruction == "ADD") && !later_run && first->reason.kind == ReasonKind::file_changed) {
            // Where the COPY puts this path.
            const auto& se = ev.stages[static_cast<std::size_t>(target)];
            for (const auto& op : se.ops) {
                if (op.ins->start_line != first->line || op.ins->args.size() < 2) continue;
                std::string dest = op.ins->args.back().text;
                if (dest.empty() || dest[0] != '/') dest = (op.info->workdir == "/" ? "/" : op.info->workdir + "/") + dest;
                while (dest.size() > 1 && dest.back() == '/') dest.pop_back();
                if (dest.size() > 1 && dest.size() >= 2 && dest.substr(dest.size() - 2) == "/.") dest.resize(dest.size() - 2);
                std::string src = normalize_source(first->reason.pattern);
                std::string rel = path;
                if (src != "." && path.rfind(src, 0) == 0) rel = path.substr(src.size());
                while (!rel.empty() && rel[0] == '/') rel.erase(0, 1);
                r.action = "sync";
                r.target = rel.empty() ? dest : (dest == "/" ? "/" + rel : dest + "/" + rel);
            }
        }
        // Build definitions always need a rebuild, whatever they feed.
        const auto base = [](std::string_view p) { const auto s = p.rfind('/'); return s == std::string_view::npos ? p : p.substr(s + 1); };
        if (path == ".dockerignore" || base(current.dockerfile_path) == path || (!current.ignore_file.empty() && base(current.ignore_file) == path)) r.action = "rebuild", r.target.clear();
        if (r.action.empty()) r.action = "rebuild";
        rules.push_back(std::move(r));
    }
    // Folders the build never sees (ignored) stay out of sync rules.
    auto ign = ignore::read_ignore_file(current.ignore_text);
    for (auto& r : rules)
        if (r.action == "sync")
            for (const auto& p : ign.patterns)
                if (!p.empty() && p[0] != '!') r.ignore.push_back(p);
    return rules;
}

std::string watch_plan_yaml(const std::vector<WatchRule>& rules, std::string_view service) {
    std::string out = "services:\n  " + std::string(service) + ":\n    develop:\n      watch:\n";
    if (rules.empty()) out += "        []\n";
    for (const auto& r : rules) {
        out += "        - action: " + r.action + "\n          path: " + r.path + "\n";
        if (!r.target.empty()) out += "          target: " + r.target + "\n";
        if (!r.ignore.empty()) {
            out += "          ignore:\n";
            for (const auto& i : r.ignore) out += "            - " + i + "\n";
        }
    }
    return out;
}

}  // namespace dflint::cache
