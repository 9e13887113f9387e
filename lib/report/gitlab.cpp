// `gitlab`: a GitLab Code Quality report (artifacts:reports:codequality): a
// JSON array of Code Climate issues with description, check_name, a
// fingerprint unique to each finding, severity and location.path/lines.
#include "report/common.hpp"

namespace dflint::report {

std::string render_gitlab(std::span<const FileFindings> files, const Options&) {
    detail::Json issues = detail::Json::array();
    for (const auto& file : files) {
        detail::OccurrenceCounter occurrences;
        for (const auto& d : file.diagnostics) issues.push_back(detail::codeclimate_issue(file, d, occurrences, true));
    }
    return detail::dump(issues) + "\n";
}

}  // namespace dflint::report
