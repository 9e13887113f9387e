#pragma once
// hadolint-style config keys (as in .hadolint.yaml) applied to a Config, for tests.
#include <nlohmann/json.hpp>

#include "dflint/lint.hpp"

namespace dflint::test {

inline void apply_hadolint_config(const nlohmann::json& j, Config& config) {
    if (j.contains("trustedRegistries")) {
        const auto& t = j["trustedRegistries"];
        if (t.is_string()) config.trusted_registries.push_back(t.get<std::string>());
        else
            for (const auto& r : t) config.trusted_registries.push_back(r.get<std::string>());
    }
    if (j.contains("label-schema"))
        for (const auto& [k, v] : j["label-schema"].items()) config.label_schema[k] = v.get<std::string>();
    if (j.contains("strict-labels")) config.strict_labels = j["strict-labels"].get<bool>();
    if (j.contains("ignored"))
        for (const auto& c : j["ignored"]) config.ignored.push_back(c.get<std::string>());
    if (j.contains("require-digest")) config.require_digest = j["require-digest"].get<bool>();
    // Test-only: a build context description for the context rules.
    if (j.contains("context")) {
        const auto& c = j["context"];
        BuildContextInfo info;
        info.ignore_file = c.value("ignore_file", std::string());
        for (const auto& p : c.value("ignore", nlohmann::json::array())) info.ignore_patterns.push_back(p.get<std::string>());
        for (const auto& p : c.value("entries", nlohmann::json::array())) info.entries.push_back(p.get<std::string>());
        for (const auto& p : c.value("ignored", nlohmann::json::array())) info.ignored.push_back(p.get<std::string>());
        config.context = info;
    }
    if (j.contains("override"))
        for (const auto& [sev, codes] : j["override"].items()) {
            Severity s;
            if (parse_severity(sev, s))
                for (const auto& c : codes) config.overrides[c.get<std::string>()] = s;
        }
}

}  // namespace dflint::test
