// The one translation unit that compiles the image reference grammar.
#include <boost/spirit/home/x3.hpp>

#include "dflint/image_ref.hpp"
#include "grammar/image_ref_def.hpp"

namespace dflint {
namespace {

namespace x3 = boost::spirit::x3;

bool looks_like_domain(std::string_view first_component) {
    // Docker's rule: the part before the first '/' is a registry when it has a
    // '.' or ':', is "localhost", or has upper-case letters.
    if (first_component == "localhost") return true;
    for (char c : first_component)
        if (c == '.' || c == ':' || (c >= 'A' && c <= 'Z')) return true;
    return false;
}

template <typename P>
bool match_whole(std::string_view s, P const& p) {
    const char* first = s.data();
    const char* last = s.data() + s.size();
    return x3::parse(first, last, p >> x3::eoi);
}

Range sub(std::uint32_t b, std::size_t n) { return {b, static_cast<std::uint32_t>(b + n)}; }

}  // namespace

std::string_view ImageRef::short_name() const noexcept {
    std::string_view p = path;
    const auto slash = p.rfind('/');
    return slash == std::string_view::npos ? p : p.substr(slash + 1);
}

ImageRef parse_image_ref(std::string_view text) {
    namespace g = grammar::image_ref;
    ImageRef ref;
    if (text.empty()) {
        ref.error = "empty image name";
        return ref;
    }
    std::string_view name = text;
    // Digest first: everything after the first '@'.
    const auto at = name.find('@');
    std::string_view digest;
    if (at != std::string_view::npos) {
        digest = name.substr(at + 1);
        name = name.substr(0, at);
        if (!match_whole(digest, g::digest)) {
            ref.error = "invalid digest \"" + std::string(digest) + "\"";
            return ref;
        }
        ref.digest = std::string(digest);
        ref.digest_range = sub(static_cast<std::uint32_t>(at + 1), digest.size());
    }
    // Tag: after the last ':' that comes after the last '/'.
    const auto slash = name.rfind('/');
    const auto colon = name.rfind(':');
    std::string_view tag;
    if (colon != std::string_view::npos && (slash == std::string_view::npos || colon > slash)) {
        tag = name.substr(colon + 1);
        name = name.substr(0, colon);
        if (!match_whole(tag, g::tag)) {
            ref.error = "invalid tag \"" + std::string(tag) + "\"";
            return ref;
        }
        ref.tag = std::string(tag);
        ref.tag_range = sub(static_cast<std::uint32_t>(colon + 1), tag.size());
    }
    std::string_view path = name;
    const auto first_slash = name.find('/');
    if (first_slash != std::string_view::npos && looks_like_domain(name.substr(0, first_slash))) {
        const auto domain = name.substr(0, first_slash);
        if (!match_whole(domain, g::domain)) {
            ref.error = "invalid registry \"" + std::string(domain) + "\"";
            return ref;
        }
        ref.registry = std::string(domain);
        ref.registry_range = sub(0, domain.size());
        path = name.substr(first_slash + 1);
    }
    if (!match_whole(path, g::path)) {
        bool upper = false;
        for (char c : path) upper |= (c >= 'A' && c <= 'Z');
        ref.error = upper ? "repository name must be lowercase" : "invalid reference format";
        return ref;
    }
    if (name.size() > 255) {
        ref.error = "repository name must not be more than 255 characters";
        return ref;
    }
    ref.path = std::string(path);
    ref.path_range = sub(static_cast<std::uint32_t>(path.data() - text.data()), path.size());
    ref.valid = true;
    return ref;
}

}  // namespace dflint
