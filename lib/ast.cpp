#include "dflint/ast.hpp"

#include <array>

#include "dflint/diagnostic.hpp"
#include "dflint/parse.hpp"

namespace dflint {
namespace {

struct KeywordEntry {
    std::string_view name;
    InstructionKind kind;
};

constexpr std::array<KeywordEntry, 18> keywords{{
    {"ADD", InstructionKind::add},
    {"ARG", InstructionKind::arg},
    {"CMD", InstructionKind::cmd},
    {"COPY", InstructionKind::copy},
    {"ENTRYPOINT", InstructionKind::entrypoint},
    {"ENV", InstructionKind::env},
    {"EXPOSE", InstructionKind::expose},
    {"FROM", InstructionKind::from},
    {"HEALTHCHECK", InstructionKind::healthcheck},
    {"LABEL", InstructionKind::label},
    {"MAINTAINER", InstructionKind::maintainer},
    {"ONBUILD", InstructionKind::onbuild},
    {"RUN", InstructionKind::run},
    {"SHELL", InstructionKind::shell},
    {"STOPSIGNAL", InstructionKind::stopsignal},
    {"USER", InstructionKind::user},
    {"VOLUME", InstructionKind::volume},
    {"WORKDIR", InstructionKind::workdir},
}};

bool iequals_upper(std::string_view s, std::string_view upper) noexcept {
    if (s.size() != upper.size()) return false;
    for (std::size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c >= 'a' && c <= 'z') c = char(c - 32);
        if (c != upper[i]) return false;
    }
    return true;
}

}  // namespace

std::string_view keyword_name(InstructionKind kind) noexcept {
    for (const auto& k : keywords)
        if (k.kind == kind) return k.name;
    return {};
}

InstructionKind instruction_kind(std::string_view keyword) noexcept {
    for (const auto& k : keywords)
        if (iequals_upper(keyword, k.name)) return k.kind;
    return InstructionKind::unknown;
}

const Flag* Instruction::flag(std::string_view name) const noexcept {
    for (const auto& f : flags)
        if (f.name == name) return &f;
    return nullptr;
}

std::string_view severity_name(Severity s) noexcept {
    switch (s) {
        case Severity::error: return "error";
        case Severity::warning: return "warning";
        case Severity::info: return "info";
        case Severity::style: return "style";
        case Severity::ignore: return "ignore";
    }
    return "ignore";
}

bool parse_severity(std::string_view name, Severity& out) noexcept {
    if (name == "error") out = Severity::error;
    else if (name == "warning") out = Severity::warning;
    else if (name == "info") out = Severity::info;
    else if (name == "style") out = Severity::style;
    else if (name == "ignore" || name == "none") out = Severity::ignore;
    else return false;
    return true;
}

Document::Document(Document&& other) noexcept
    : text(std::move(other.text)),
      has_bom(other.has_bom),
      escape(other.escape),
      directives(std::move(other.directives)),
      comments(std::move(other.comments)),
      instructions(std::move(other.instructions)),
      issues(std::move(other.issues)) {
    lines = LineIndex(text);
}

Document& Document::operator=(Document&& other) noexcept {
    text = std::move(other.text);
    has_bom = other.has_bom;
    escape = other.escape;
    directives = std::move(other.directives);
    comments = std::move(other.comments);
    instructions = std::move(other.instructions);
    issues = std::move(other.issues);
    lines = LineIndex(text);
    return *this;
}

bool Document::has_parser_error() const noexcept {
    for (const auto& i : issues)
        if (i.kind == ParseIssueKind::parser_error) return true;
    return false;
}

bool Document::has_errors() const noexcept {
    for (const auto& i : issues)
        if (i.kind != ParseIssueKind::warning) return true;
    return false;
}

const Directive* Document::directive(std::string_view name) const noexcept {
    for (const auto& d : directives)
        if (d.name == name) return &d;
    return nullptr;
}

}  // namespace dflint
