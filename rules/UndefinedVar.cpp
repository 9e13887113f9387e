//! code: UndefinedVar
//! name: undefined-var
//! severity: warning
//! category: correctness
//! instructions: ADD, ARG, COPY, ENV, LABEL, RUN, STOPSIGNAL, USER, VOLUME, WORKDIR
//! summary: Variables should be defined before their use
//! url: https://docs.docker.com/go/dockerfile/rule/undefined-var/
//! fixable: no
//!
//! ## What it does
//! Flags a `$VAR` that the builder itself expands while no `ENV` or `ARG`
//! defines it at that point (BuildKit build check `UndefinedVar`). A close
//! defined name is suggested ("did you mean $PATH?").
//!
//! The builder expands: `COPY`/`ADD` sources, destination, `--chown`,
//! `--chmod`, `ADD --checksum` and unquoted heredoc bodies; `ENV` and `LABEL`
//! keys and values; `ARG` defaults; `USER`, `WORKDIR`, `VOLUME`,
//! `STOPSIGNAL`; and `RUN --mount` option values. The command text of
//! `RUN`, `CMD` and `ENTRYPOINT` is expanded by the shell at run time, not
//! by the builder, so it is not checked; nor is `EXPOSE`, which BuildKit
//! expands without this check. As in BuildKit, `${NAME:-default}` is a use of
//! `NAME` too: declare it (`ARG NAME`) to make the fallback explicit.
//!
//! Defined are: the stage's `ENV`s and `ARG`s declared before the
//! instruction (an `ARG` without a value counts, it can be given with
//! `--build-arg`), the `ENV`s and `ARG`s of the stages it builds on
//! (`FROM <stage>`), `PATH`, and the environment of well-known official base
//! images (`PYTHON_VERSION` in `python`, `JAVA_HOME` in `eclipse-temurin`,
//! …). An `ARG` declared before the first `FROM` is only visible in a stage
//! after `ARG <name>` re-declares it; the same goes for the automatic
//! platform ARGs (`TARGETARCH`, …).
//!
//! dflint cannot read the environment of other base images: a variable set
//! by such an image is reported here too. Re-declare it (`ARG NAME`) or
//! silence the finding with `# check=skip=UndefinedVar` above the line.
//!
//! ## Why is this bad?
//! An undefined variable silently expands to an empty string:
//! `COPY $APP_DIR/config /etc/app/` copies `/config`, and
//! `ENV PATH=$PAHT:/opt/bin` (a typo) replaces the whole `PATH` with
//! `:/opt/bin`. The build goes on and the image is broken in a way that only
//! shows later.
//!
//! ## Example
//! ```dockerfile
//! FROM alpine:3.20
//! ARG VERSION=1.2.3
//! ENV PATH=$PAHT:/opt/app/bin
//! COPY app-$VERSON.tar.gz /tmp/
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM alpine:3.20
//! ARG VERSION=1.2.3
//! ENV PATH=$PATH:/opt/app/bin
//! COPY app-$VERSION.tar.gz /tmp/
//! ```
//!
//! ## References
//! - [BuildKit check UndefinedVar](https://docs.docker.com/reference/build-checks/undefined-var/)
//! - [Dockerfile reference: environment replacement](https://docs.docker.com/reference/dockerfile/#environment-replacement)
//! - [Dockerfile reference: ARG scope](https://docs.docker.com/reference/dockerfile/#scope)

#include "rules/buildkit_util.hpp"

namespace dflint::rules::UndefinedVar {

struct Checker {
    const InstructionInfo& info;
    RuleContext& ctx;
    std::optional<bk::BuildEnv> env_;  // built on first use: most words have no `$`

    bk::BuildEnv& env() {
        if (!env_) env_ = bk::build_env(ctx.model(), info);
        return *env_;
    }

    // Reports the undefined variables of one word BuildKit expands.
    // `locate(name)` gives the source range of the first reference.
    template <typename Locate>
    void word(std::string_view text, const shell::LexOptions& o, Locate locate) {
        if (text.find('$') == std::string_view::npos) return;
        const auto r = shell::process_word(text, env().lookup(), o);
        if (!r.ok) return;  // a syntax error fails the build; BuildKit reports nothing usable
        for (const auto& name : r.unmatched) {
            if (const auto* v = env().find(name); v) continue;  // an ARG declared without a value
            if (name == "BUILDKIT_SBOM_SCAN_CONTEXT" || name == "BUILDKIT_SBOM_SCAN_STAGE") continue;
            report(name, locate(name));
        }
    }
    void word(const std::string& text, Range range) {
        shell::LexOptions o;
        o.escape = ctx.doc().escape;
        word(text, o, [&](std::string_view name) { return bk::var_range(ctx.doc(), text, range, name); });
    }

    void report(const std::string& name, Range range) {
        const std::string match = bk::suggest(name, env().keys());
        std::string msg = fmt::format("Usage of undefined variable '${}'", name);
        if (!match.empty()) msg += fmt::format(" (did you mean ${}?)", match);
        std::string help;
        if (!match.empty()) {
            help = fmt::format("if you meant `${}`, fix the name; otherwise ", match);
        }
        bool self = false;
        if (info.ins->kind == InstructionKind::env)
            for (const auto& kv : info.ins->pairs) self |= kv.key.text == name;
        if (self)
            help += fmt::format("`${0}` stands for the previous value of {0}, but nothing set {0} before this line, so it expands to an empty "
                                "string; leave the reference out",
                                name);
        else if (is_builtin_arg(name))
            help += fmt::format("declare `ARG {}` in this stage first: the automatic platform ARGs are only visible in a stage that declares them", name);
        else if (const auto* g = ctx.model().global_env()->find(name); g && g->source == VarSource::global_arg)
            help += fmt::format("add `ARG {}` to this stage: an ARG declared before the first FROM is visible in a stage only after it is re-declared there",
                                name);
        else
            help += fmt::format("define it before this line (`ARG {}=<default>` or `ENV {}=<value>`); an undefined variable expands to an empty string",
                                name, name);
        if (!env().image_known && !is_builtin_arg(name))
            help += fmt::format("; if the base image `{}` sets it, dflint cannot see that: silence this line with `# check=skip=UndefinedVar` above it",
                                env().image);
        ctx.report(range, std::move(msg), std::move(help));
    }
};

// The first `$NAME` / `${NAME` in a heredoc body (expanded without quote
// processing, so single quotes do not protect anything).
Range heredoc_ref(const Document& doc, const Heredoc& h, std::string_view name) {
    const std::string_view content = h.content;
    if (doc.slice(h.body) != content) return h.marker;
    for (std::size_t i = content.find('$'); i != std::string_view::npos; i = content.find('$', i + 1)) {
        std::size_t b = i + 1;
        if (b < content.size() && content[b] == '{') ++b;
        if (content.compare(b, name.size(), name) != 0) continue;
        const std::size_t e = b + name.size();
        if (e < content.size()) {
            const char c = content[e];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') continue;
        }
        const std::size_t end = content[i + 1] == '{' ? std::min(content.find('}', e) + 1, content.size()) : e;
        return {static_cast<std::uint32_t>(h.body.begin + i), static_cast<std::uint32_t>(h.body.begin + end)};
    }
    return h.marker;
}

bool overlaps(Range a, Range b) { return a.begin < b.end && b.begin < a.end; }

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    if (info.stage < 0) return;  // global ARG defaults are not checked by BuildKit
    const Instruction& ins = *info.ins;
    Checker c{info, ctx, std::nullopt};
    switch (ins.kind) {
        case InstructionKind::env:
        case InstructionKind::label:
            // All pairs see the environment from before the instruction.
            for (const auto& kv : ins.pairs) {
                c.word(kv.key.text, kv.key.range);
                if (kv.value) c.word(kv.value->text, kv.value->range);
            }
            break;
        case InstructionKind::arg:
            for (const auto& kv : ins.pairs) {
                const bool given = ctx.config().model.build_args.count(kv.key.text) > 0;
                std::optional<std::string> value;
                if (given) {
                    value = ctx.config().model.build_args.at(kv.key.text);
                } else if (kv.value) {
                    c.word(kv.value->text, kv.value->range);
                    shell::LexOptions o;
                    o.escape = ctx.doc().escape;
                    const auto r = shell::process_word(kv.value->text, c.env().lookup(), o);
                    value = r.ok ? r.word : kv.value->text;
                } else if (const auto* g = ctx.model().global_env()->find(kv.key.text); g && g->value) {
                    value = g->value;
                }
                // Later pairs of the same ARG see this one.
                c.env().vars.push_back({kv.key.text, value, value.has_value()});
            }
            break;
        case InstructionKind::copy:
        case InstructionKind::add: {
            for (const char* flag : {"chown", "chmod", "checksum"}) {
                if (ins.kind == InstructionKind::copy && std::string_view(flag) == "checksum") continue;
                if (const Flag* f = ins.flag(flag); f && f->value) c.word(*f->value, f->value_range);
            }
            for (const auto& a : ins.args) {
                bool marker = false;
                for (const auto& h : ins.heredocs) marker |= overlaps(a.range, h.marker);
                if (!marker) c.word(a.text, a.range);
            }
            shell::LexOptions raw;
            raw.escape = '\\';
            raw.skip_process_quotes = true;
            for (const auto& h : ins.heredocs)
                if (h.expand) c.word(h.content, raw, [&](std::string_view name) { return heredoc_ref(ctx.doc(), h, name); });
            break;
        }
        case InstructionKind::run:
            for (const auto& f : ins.flags) {
                if (f.name != "mount" || !f.value) continue;
                // CSV fields key=value; every value but `from` is expanded.
                const std::string& v = *f.value;
                const bool verbatim = ctx.doc().slice(f.value_range) == v;
                std::size_t i = 0;
                while (i <= v.size()) {
                    const std::size_t j = std::min(v.find(',', i), v.size());
                    const std::string_view field = std::string_view(v).substr(i, j - i);
                    const auto eq = field.find('=');
                    if (eq != std::string_view::npos && lower(field.substr(0, eq)) != "from") {
                        const std::string value(field.substr(eq + 1));
                        const Range r = verbatim ? Range{static_cast<std::uint32_t>(f.value_range.begin + i + eq + 1),
                                                         static_cast<std::uint32_t>(f.value_range.begin + j)}
                                                 : f.value_range;
                        c.word(value, r);
                    }
                    i = j + 1;
                }
            }
            break;
        case InstructionKind::volume:
            for (const auto& a : ins.args) c.word(a.text, a.range);
            break;
        case InstructionKind::user:
        case InstructionKind::workdir:
        case InstructionKind::stopsignal:
            if (!ins.args.empty()) c.word(ins.args[0].text, ins.args[0].range);
            break;
        default:
            break;
    }
}

}  // namespace dflint::rules::UndefinedVar
