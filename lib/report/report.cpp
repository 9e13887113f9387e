// The format table, dispatch, and the summary line.
#include <fmt/format.h>

#include <array>

#include "dflint/report.hpp"

namespace dflint::report {

const std::vector<FormatInfo>& formats() {
    static const std::vector<FormatInfo> table = {
        {Format::text, "text", "for people: the source line with a caret under the problem, help and docs link"},
        {Format::json, "json", "dflint's JSON: {\"version\": 1, \"diagnostics\": [...]} with exact ranges and fixes"},
        {Format::sarif, "sarif", "SARIF 2.1.0, for GitHub code scanning and other SARIF viewers"},
        {Format::checkstyle, "checkstyle", "Checkstyle XML (Jenkins, reviewdog, many dashboards)"},
        {Format::codeclimate, "codeclimate", "Code Climate issues separated by NUL bytes (exit status always 0, as hadolint)"},
        {Format::gitlab, "gitlab", "GitLab Code Quality report (a JSON array, with fingerprints)"},
        {Format::gnu, "gnu", "one line per problem, GNU style: file:line.col-line.col: severity: message"},
        {Format::junit, "junit", "JUnit XML: one test suite per file, one failed test case per problem"},
        {Format::rdjson, "rdjson", "reviewdog diagnostic format (reviewdog -f=rdjson), with suggestions"},
        {Format::github, "github", "GitHub Actions workflow commands: annotations on the pull request"},
        {Format::sonarqube, "sonarqube", "SonarQube generic issue import format (rules and issues)"},
    };
    return table;
}

std::string_view format_name(Format f) noexcept {
    for (const auto& info : formats())
        if (info.format == f) return info.name;
    return "text";
}

std::span<const FormatAlias> format_aliases() noexcept {
    static constexpr std::array<FormatAlias, 2> aliases = {{{"tty", Format::text}, {"gitlab_codeclimate", Format::gitlab}}};
    return aliases;
}

std::optional<Format> parse_format(std::string_view name) noexcept {
    for (const auto& info : formats())
        if (info.name == name) return info.format;
    for (const auto& a : format_aliases())
        if (a.alias == name) return a.format;
    return std::nullopt;
}

std::string render(Format format, std::span<const FileFindings> files, const Options& options) {
    switch (format) {
        case Format::text: return render_text(files, options);
        case Format::json: return render_json(files, options);
        case Format::sarif: return render_sarif(files, options);
        case Format::checkstyle: return render_checkstyle(files, options);
        case Format::codeclimate: return render_codeclimate(files, options);
        case Format::gitlab: return render_gitlab(files, options);
        case Format::gnu: return render_gnu(files, options);
        case Format::junit: return render_junit(files, options);
        case Format::rdjson: return render_rdjson(files, options);
        case Format::github: return render_github(files, options);
        case Format::sonarqube: return render_sonarqube(files, options);
    }
    return {};
}

std::string summary_line(std::span<const FileFindings> files) {
    std::size_t counts[5] = {};
    std::size_t total = 0, with_problems = 0;
    for (const auto& f : files) {
        for (const auto& d : f.diagnostics) ++counts[static_cast<int>(d.severity)];
        total += f.diagnostics.size();
        if (!f.diagnostics.empty()) ++with_problems;
    }
    auto plural = [](std::size_t n, std::string_view one, std::string_view many) {
        return fmt::format("{} {}", n, n == 1 ? one : many);
    };
    if (total == 0) return fmt::format("no problems ({} checked)", plural(files.size(), "file", "files"));
    std::string parts;
    const std::pair<std::string_view, std::string_view> names[] = {
        {"error", "errors"}, {"warning", "warnings"}, {"info", "info"}, {"style", "style"}, {"ignored", "ignored"}};
    for (int s = 0; s < 5; ++s) {
        if (counts[s] == 0) continue;
        if (!parts.empty()) parts += ", ";
        parts += plural(counts[s], names[s].first, names[s].second);
    }
    return fmt::format("{} ({}) in {}", plural(total, "problem", "problems"), parts, plural(with_problems, "file", "files"));
}

}  // namespace dflint::report
