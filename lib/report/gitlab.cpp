// `gitlab`: a GitLab Code Quality report (artifacts:reports:codequality): a
// JSON array of Code Climate issues with description, check_name, a
// fingerprint unique to each finding, severity and location.path/lines.
#include "report/common.hpp"

namespace dflint::report {

namespace detail {
namespace {

class GitlabWriter final : public Writer {
public:
    void begin(std::string& out) override { out += '['; }
    Part prepare(const FileFindings& file) const override {
        Part part;
        OccurrenceCounter occurrences;
        for (const auto& d : file.diagnostics) {
            if (part.items++ > 0) part.text += JsonArrayStream::separator;
            part.text += issues_.element(codeclimate_issue(file, d, occurrences, true));
        }
        return part;
    }
    void add(std::string& out, const FileFindings&, Part part) override { issues_.append(out, part.text, part.items); }
    void end(std::string& out) override {
        issues_.close(out);
        out += '\n';
    }

private:
    JsonArrayStream issues_{1};
};

}  // namespace

std::unique_ptr<Writer> make_gitlab_writer(const Options&) { return std::make_unique<GitlabWriter>(); }

}  // namespace detail
}  // namespace dflint::report
