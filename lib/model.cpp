// Builds the semantic model: one walk over the instructions carrying the
// stage state (env, workdir, user, shell) the way BuildKit's dispatcher does.
#include "dflint/model.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "unicode/unicode.hpp"

namespace dflint {
namespace {

constexpr std::array<std::string_view, 11> builtin_args{
    "BUILDPLATFORM", "BUILDOS", "BUILDOSVERSION", "BUILDARCH", "BUILDVARIANT", "TARGETPLATFORM",
    "TARGETOS", "TARGETOSVERSION", "TARGETARCH", "TARGETVARIANT", "TARGETSTAGE"};

constexpr std::array<std::string_view, 10> proxy_args{
    "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy"};

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c + 32);
    return out;
}

// path.Join-like cleaning for absolute POSIX paths.
std::string clean_path(std::string_view p) {
    std::vector<std::string_view> parts;
    std::size_t i = 0;
    while (i <= p.size()) {
        const auto j = std::min(p.find('/', i), p.size());
        const auto part = p.substr(i, j - i);
        if (part == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!part.empty() && part != ".") {
            parts.push_back(part);
        }
        i = j + 1;
    }
    std::string out;
    for (auto part : parts) {
        out += '/';
        out += part;
    }
    return out.empty() ? "/" : out;
}

std::string builtin_value(std::string_view name, std::string_view platform) {
    const auto slash = platform.find('/');
    const std::string os(platform.substr(0, slash));
    std::string arch = slash == std::string_view::npos ? std::string() : std::string(platform.substr(slash + 1));
    std::string variant;
    if (const auto v = arch.find('/'); v != std::string::npos) {
        variant = arch.substr(v + 1);
        arch = arch.substr(0, v);
    }
    if (name.ends_with("PLATFORM")) return std::string(platform);
    if (name.ends_with("OSVERSION")) return "";
    if (name.ends_with("OS")) return os;
    if (name.ends_with("ARCH")) return arch;
    if (name.ends_with("VARIANT")) return variant;
    return "";
}

std::shared_ptr<Env> extend(const EnvPtr& base) {
    auto env = std::make_shared<Env>();
    if (base) env->vars = base->vars;
    return env;
}

void set_var(Env& env, VarDecl decl) {
    // Keep one entry per name (the newest), preserving declaration order.
    env.vars.erase(std::remove_if(env.vars.begin(), env.vars.end(), [&](const VarDecl& v) { return v.name == decl.name; }), env.vars.end());
    env.vars.push_back(std::move(decl));
}

}  // namespace

bool is_builtin_arg(std::string_view name) noexcept {
    return std::find(builtin_args.begin(), builtin_args.end(), name) != builtin_args.end();
}

bool is_proxy_arg(std::string_view name) noexcept {
    return std::find(proxy_args.begin(), proxy_args.end(), name) != proxy_args.end();
}

const VarDecl* Env::find(std::string_view name) const noexcept {
    for (auto it = vars.rbegin(); it != vars.rend(); ++it)
        if (it->name == name) return &*it;
    return nullptr;
}

std::optional<std::string> Env::value(std::string_view name) const {
    const auto* v = find(name);
    if (!v || !v->value) return std::nullopt;
    return v->value;
}

shell::Lookup Model::lookup(const EnvPtr& env) const {
    return [env](std::string_view name) -> std::optional<std::string> {
        if (!env) return std::nullopt;
        const auto* v = env->find(name);
        if (!v || !v->value) return std::nullopt;
        return v->value;
    };
}

shell::ExpandResult Model::expand(std::string_view word, const InstructionInfo& info) const {
    shell::LexOptions o;
    o.escape = doc_->escape;
    return shell::process_word(word, lookup(info.env), o);
}

shell::ExpandResult Model::expand_words(std::string_view word, const InstructionInfo& info) const {
    shell::LexOptions o;
    o.escape = doc_->escape;
    return shell::process_words(word, lookup(info.env), o);
}

int Model::find_stage(std::string_view name_or_index, int before) const noexcept {
    const int limit = before < 0 ? static_cast<int>(stages_.size()) : std::min(before, static_cast<int>(stages_.size()));
    if (!name_or_index.empty() && std::all_of(name_or_index.begin(), name_or_index.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        if (name_or_index.size() > 6) return -1;
        const int idx = std::stoi(std::string(name_or_index));
        return idx < limit ? idx : -1;
    }
    const auto lower = lower_ascii(name_or_index);
    for (int i = 0; i < limit; ++i)
        if (!stages_[static_cast<std::size_t>(i)].name.empty() && stages_[static_cast<std::size_t>(i)].name == lower) return i;
    return -1;
}

std::vector<std::size_t> Model::children(std::size_t index) const {
    std::vector<std::size_t> out;
    for (const auto& s : stages_)
        if (s.base_stage == static_cast<int>(index)) out.push_back(s.index);
    return out;
}

Model::Model(const Document& doc, const ModelOptions& options) : doc_(&doc), options_(options) {
    // Global scope: builtins, then ARGs before the first FROM.
    auto global = std::make_shared<Env>();
    for (auto name : builtin_args) global->vars.push_back({std::string(name), builtin_value(name, options.platform), VarSource::builtin, nullptr, {}});
    global_env_ = global;

    shell::LexOptions lex;
    lex.escape = doc.escape;

    // Current stage state.
    EnvPtr env = global_env_;
    std::string workdir = "/";
    bool workdir_set = false;
    std::string user;
    std::vector<std::string> shell_cmd{"/bin/sh", "-c"};
    bool shell_set = false;
    int stage = -1;

    infos_.reserve(doc.instructions.size());
    for (std::size_t i = 0; i < doc.instructions.size(); ++i) {
        const Instruction& ins = doc.instructions[i];
        if (ins.kind == InstructionKind::from) {
            Stage st;
            st.index = stages_.size();
            st.from = &ins;
            if (!ins.args.empty()) {
                auto r = shell::process_word(ins.args[0].text, lookup(global_env_), lex);
                st.image = r.ok ? r.word : ins.args[0].text;
                st.image_unmatched = r.unmatched;
                st.image_has_variables = ins.args[0].text.find('$') != std::string::npos;
                st.scratch = lower_ascii(st.image) == "scratch";
                const int base = st.image.empty() ? -1 : find_stage(st.image, static_cast<int>(st.index));
                // A numeric FROM is an image name, not a stage index.
                const bool numeric = !st.image.empty() && std::all_of(st.image.begin(), st.image.end(), [](char c) { return c >= '0' && c <= '9'; });
                if (base >= 0 && !numeric) {
                    st.base_stage = base;
                    st.refs.push_back({StageRefKind::from, base, st.image, &ins, ins.args[0].range});
                } else if (!st.scratch) {
                    st.image_ref = parse_image_ref(st.image);
                    st.refs.push_back({StageRefKind::from, -1, st.image, &ins, ins.args[0].range});
                }
            }
            if (ins.args.size() >= 3) {
                st.name = lower_ascii(ins.args[2].text);
                st.name_token = &ins.args[2];
            }
            // Inherit from the base stage (ENV, WORKDIR, USER, SHELL — not ARGs).
            auto senv = extend(global_env_);
            senv->vars.erase(std::remove_if(senv->vars.begin(), senv->vars.end(), [](const VarDecl& v) { return v.source == VarSource::global_arg; }), senv->vars.end());
            workdir = "/";
            workdir_set = false;
            user.clear();
            shell_cmd = {"/bin/sh", "-c"};
            shell_set = false;
            if (st.base_stage >= 0) {
                const Stage& parent = stages_[static_cast<std::size_t>(st.base_stage)];
                if (parent.env)
                    for (const auto& v : parent.env->vars)
                        if (v.source == VarSource::env) set_var(*senv, v);
                workdir = parent.workdir;
                workdir_set = parent.workdir_set;
                user = parent.user;
                shell_cmd = parent.shell;
                shell_set = parent.shell_set;
            }
            env = senv;
            stage = static_cast<int>(st.index);
            stages_.push_back(std::move(st));
        }

        InstructionInfo info;
        info.ins = &ins;
        info.index = i;
        info.stage = stage;
        info.workdir = workdir;
        info.workdir_set = workdir_set;
        info.user = user;
        info.shell = shell_cmd;
        info.shell_set = shell_set;
        info.env = env;
        if (stage >= 0 && ins.kind != InstructionKind::from) stages_[static_cast<std::size_t>(stage)].instructions.push_back(infos_.size());

        const Instruction& eff = info.effective();
        auto expand_here = [&](std::string_view w) {
            auto r = shell::process_word(w, lookup(env), lex);
            return r.ok ? r.word : std::string(w);
        };

        // RUN script and mounts (also for ONBUILD RUN, analysed in place).
        if (eff.kind == InstructionKind::run) {
            for (const auto& f : eff.flags)
                if (f.name == "mount" && f.value) info.mounts.push_back(parse_mount(*f.value));
            if (eff.json_form) {
                for (std::size_t a = 0; a < eff.args.size(); ++a) {
                    if (a) {
                        info.script_text += ' ';
                        info.script_map.append_synthetic(1, eff.args[a].range.begin);
                    }
                    info.script_text += eff.args[a].text;
                    const auto& tok = eff.args[a];
                    // A JSON string without escapes maps byte for byte (inside its quotes).
                    if (tok.range.size() == tok.text.size() + 2) info.script_map.append(static_cast<std::uint32_t>(tok.text.size()), tok.range.begin + 1);
                    else info.script_map.append_synthetic(static_cast<std::uint32_t>(tok.text.size()), tok.range.begin);
                }
            } else {
                // The command line, then heredoc bodies that are scripts.
                const auto& text = eff.rest.text;
                info.script_text = text;
                // Map through the instruction's logical-line map.
                info.script_map.append_from(eff.original_map, eff.rest_offset, static_cast<std::uint32_t>(text.size()));
                // `RUN <<EOF` or `RUN <<EOF bash`: the bodies are the script.
                bool body_is_script = !eff.heredocs.empty();
                if (body_is_script) {
                    auto words = shell::parse_script(text);
                    for (const auto& c : words.commands) {
                        if (!c.name) continue;
                        const auto n = c.basename();
                        if (n.rfind("<<", 0) == 0) continue;
                        if (n != "sh" && n != "bash" && n != "ash" && n != "dash" && n != "zsh" && n != "ksh") body_is_script = false;
                    }
                }
                for (const auto& h : eff.heredocs) {
                    if (!body_is_script) break;
                    std::string body = h.content;
                    if (h.chomp) {
                        // Leading tabs are stripped line by line; map each line to its source.
                        std::string stripped;
                        info.script_map.append_synthetic(1, h.body.begin);
                        std::size_t p = 0;
                        while (p < body.size()) {
                            std::size_t q = p;
                            while (q < body.size() && body[q] == '\t') ++q;
                            const auto nl = body.find('\n', q);
                            const auto end = nl == std::string::npos ? body.size() : nl + 1;
                            stripped.append(body, q, end - q);
                            info.script_map.append(static_cast<std::uint32_t>(end - q), h.body.begin + static_cast<std::uint32_t>(q));
                            p = end;
                        }
                        body = std::move(stripped);
                        info.script_text += '\n';
                    } else {
                        info.script_map.append_synthetic(1, h.body.begin);
                        info.script_text += '\n';
                        info.script_map.append(static_cast<std::uint32_t>(body.size()), h.body.begin);
                    }
                    info.script_text += body;
                }
            }
            info.script = shell::parse_script(info.script_text);
        }

        // State changes.
        switch (ins.kind) {
            case InstructionKind::arg: {
                auto e = extend(env);
                for (const auto& kv : ins.pairs) {
                    VarDecl d;
                    d.name = kv.key.text;
                    d.at = &ins;
                    d.name_range = kv.key.range;
                    if (stage < 0) {
                        d.source = VarSource::global_arg;
                        if (auto it = options.build_args.find(d.name); it != options.build_args.end()) d.value = it->second;
                        else if (kv.value) d.value = expand_here(kv.value->text);
                        set_var(*e, d);
                        continue;
                    }
                    d.source = VarSource::arg;
                    if (auto it = options.build_args.find(d.name); it != options.build_args.end()) d.value = it->second;
                    else if (kv.value) d.value = expand_here(kv.value->text);
                    else if (const auto* g = global_env_->find(d.name); g && g->source != VarSource::arg) d.value = g->value;
                    set_var(*e, d);
                }
                if (stage < 0) {
                    global_env_ = e;
                    env = e;
                } else {
                    env = e;
                }
                break;
            }
            case InstructionKind::env: {
                auto e = extend(env);
                for (const auto& kv : ins.pairs) {
                    VarDecl d;
                    d.name = expand_here(kv.key.text);
                    d.value = kv.value ? expand_here(kv.value->text) : std::string();
                    d.source = VarSource::env;
                    d.at = &ins;
                    d.name_range = kv.key.range;
                    set_var(*e, std::move(d));
                }
                env = e;
                break;
            }
            case InstructionKind::workdir: {
                if (!ins.args.empty()) {
                    const std::string p = expand_here(ins.args[0].text);
                    if (!p.empty() && p[0] == '/') workdir = clean_path(p);
                    else workdir = clean_path(workdir + "/" + p);
                    workdir_set = true;
                }
                break;
            }
            case InstructionKind::user:
                if (!ins.args.empty()) user = expand_here(ins.args[0].text);
                break;
            case InstructionKind::shell:
                if (ins.json_form && !ins.args.empty()) {
                    shell_cmd.clear();
                    for (const auto& a : ins.args) shell_cmd.push_back(a.text);
                    shell_set = true;
                }
                break;
            case InstructionKind::copy:
            case InstructionKind::add:
                if (const Flag* f = ins.flag("from"); f && f->value && stage >= 0) {
                    const int s = find_stage(*f->value, stage);
                    stages_[static_cast<std::size_t>(stage)].refs.push_back({StageRefKind::copy_from, s, *f->value, &ins, f->value_range});
                }
                break;
            case InstructionKind::run:
                if (stage >= 0) {
                    std::size_t mi = 0;
                    for (const auto& f : ins.flags) {
                        if (f.name != "mount" || !f.value) continue;
                        const auto& m = info.mounts[mi++];
                        if (!m.from.empty()) {
                            const int s = find_stage(m.from, stage);
                            stages_[static_cast<std::size_t>(stage)].refs.push_back({StageRefKind::mount_from, s, m.from, &ins, f.value_range});
                        }
                    }
                }
                break;
            default:
                break;
        }
        infos_.push_back(std::move(info));
        if (stage >= 0) {
            auto& st = stages_[static_cast<std::size_t>(stage)];
            st.workdir = workdir;
            st.workdir_set = workdir_set;
            st.user = user;
            st.shell = shell_cmd;
            st.shell_set = shell_set;
            st.env = env;
        }
    }

    // Target and reachability.
    if (!stages_.empty()) {
        target_ = static_cast<int>(stages_.size()) - 1;
        if (!options.target.empty()) {
            const int t = find_stage(options.target);
            if (t >= 0) target_ = t;
        }
        for (auto& s : stages_) s.needed = false;
        std::vector<int> todo{target_};
        while (!todo.empty()) {
            const int s = todo.back();
            todo.pop_back();
            auto& st = stages_[static_cast<std::size_t>(s)];
            if (st.needed) continue;
            st.needed = true;
            for (const auto& r : st.refs)
                if (r.stage >= 0 && !stages_[static_cast<std::size_t>(r.stage)].needed) todo.push_back(r.stage);
        }
    }
}

}  // namespace dflint
