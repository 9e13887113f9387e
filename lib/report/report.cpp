// The format table, dispatch, and the summary line.
#include <fmt/format.h>

#include <array>

#include "report/common.hpp"

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

std::unique_ptr<Writer> make_writer(Format format, const Options& options) {
    switch (format) {
        case Format::text: return detail::make_text_writer(options);
        case Format::json: return detail::make_json_writer(options);
        case Format::sarif: return detail::make_sarif_writer(options);
        case Format::checkstyle: return detail::make_checkstyle_writer(options);
        case Format::codeclimate: return detail::make_codeclimate_writer(options);
        case Format::gitlab: return detail::make_gitlab_writer(options);
        case Format::gnu: return detail::make_gnu_writer(options);
        case Format::junit: return detail::make_junit_writer(options);
        case Format::rdjson: return detail::make_rdjson_writer(options);
        case Format::github: return detail::make_github_writer(options);
        case Format::sonarqube: return detail::make_sonarqube_writer(options);
    }
    return detail::make_text_writer(options);
}

std::string render(Format format, std::span<const FileFindings> files, const Options& options) {
    const auto writer = make_writer(format, options);
    std::string out;
    writer->begin(out);
    for (const auto& f : files) writer->add(out, f);
    writer->end(out);
    return out;
}

std::string render_text(std::span<const FileFindings> f, const Options& o) { return render(Format::text, f, o); }
std::string render_json(std::span<const FileFindings> f, const Options& o) { return render(Format::json, f, o); }
std::string render_sarif(std::span<const FileFindings> f, const Options& o) { return render(Format::sarif, f, o); }
std::string render_checkstyle(std::span<const FileFindings> f, const Options& o) { return render(Format::checkstyle, f, o); }
std::string render_codeclimate(std::span<const FileFindings> f, const Options& o) { return render(Format::codeclimate, f, o); }
std::string render_gitlab(std::span<const FileFindings> f, const Options& o) { return render(Format::gitlab, f, o); }
std::string render_gnu(std::span<const FileFindings> f, const Options& o) { return render(Format::gnu, f, o); }
std::string render_junit(std::span<const FileFindings> f, const Options& o) { return render(Format::junit, f, o); }
std::string render_rdjson(std::span<const FileFindings> f, const Options& o) { return render(Format::rdjson, f, o); }
std::string render_github(std::span<const FileFindings> f, const Options& o) { return render(Format::github, f, o); }
std::string render_sonarqube(std::span<const FileFindings> f, const Options& o) { return render(Format::sonarqube, f, o); }

void Tally::add(const FileFindings& file) noexcept {
    ++files;
    for (const auto& d : file.diagnostics) ++by_severity[static_cast<int>(d.severity)];
    total += file.diagnostics.size();
    if (!file.diagnostics.empty()) ++files_with_problems;
}

std::string Tally::summary_line() const {
    auto plural = [](std::size_t n, std::string_view one, std::string_view many) {
        return fmt::format("{} {}", n, n == 1 ? one : many);
    };
    if (total == 0) return fmt::format("no problems ({} checked)", plural(files, "file", "files"));
    std::string parts;
    const std::pair<std::string_view, std::string_view> names[] = {
        {"error", "errors"}, {"warning", "warnings"}, {"info", "info"}, {"style", "style"}, {"ignored", "ignored"}};
    for (int s = 0; s < 5; ++s) {
        if (by_severity[s] == 0) continue;
        if (!parts.empty()) parts += ", ";
        parts += plural(by_severity[s], names[s].first, names[s].second);
    }
    return fmt::format("{} ({}) in {}", plural(total, "problem", "problems"), parts, plural(files_with_problems, "file", "files"));
}

std::string summary_line(std::span<const FileFindings> files) {
    Tally t;
    for (const auto& f : files) t.add(f);
    return t.summary_line();
}

}  // namespace dflint::report
