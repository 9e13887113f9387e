// `gitlab`: a GitLab Code Quality report (artifacts:reports:codequality): a
// JSON array of Code Climate issues with description, check_name, a
// fingerprint unique to each finding, severity and location.path/lines.
#include "report/common.hpp"

namespace dflint::report {

namespace detail {
namespace {

class GitlabWriter final : public JsonListWriter {
public:
    GitlabWriter() : JsonListWriter("[", 1, "\n") {}

private:
    Json item(const FileFindings& file, const Diagnostic& d, OccurrenceCounter& occurrences) const override {
        return codeclimate_issue(file, d, occurrences, true);
    }
};

}  // namespace

std::unique_ptr<Writer> make_gitlab_writer(const Options&) { return std::make_unique<GitlabWriter>(); }

}  // namespace detail
}  // namespace dflint::report
