//! code: DL3046
//! name: useradd-high-uid-without-l
//! severity: warning
//! category: image-size
//! instructions: RUN, ONBUILD
//! summary: useradd with a high UID needs -l (--no-log-init) to avoid a huge image
//! url: https://github.com/hadolint/hadolint/wiki/DL3046
//!
//! ## What it does
//! Flags `useradd -u <uid>` (or `--uid`) with a UID longer than five digits
//! when neither `-l` nor `--no-log-init` is given. A UID taken from an `ARG`
//! or `ENV` value is judged by that value.
//!
//! ## Why is this bad?
//! `useradd` records the new user in `/var/log/lastlog` and
//! `/var/log/faillog`, files indexed by UID. For a UID such as `123456789`
//! the files grow to gigabytes (they are sparse on disk, but image layers
//! store them in full), so the image can balloon and the build may run out
//! of space. `-l` skips these log entries, which a container never uses.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12-slim
//! RUN useradd -u 123456789 app
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12-slim
//! RUN useradd -l -u 123456789 app
//! ```
//!
//! ## References
//! - [useradd(8): -l, --no-log-init](https://man7.org/linux/man-pages/man8/useradd.8.html)
//! - [Best practices: USER](https://docs.docker.com/build/building/best-practices/#user)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL3046 {

using namespace lang;

const OptionSpec& useradd_options() {
    static const OptionSpec spec{{"base-dir", "btrfs-subvolume-home", "comment", "home-dir", "expiredate", "inactive", "gid", "groups", "skel",
                                  "key", "password", "prefix", "root", "shell", "uid", "selinux-user", "selinux-range"},
                                 "bcdefgGkKpPRsuZ",
                                 false,
                                 {},
                                 "",
                                 false};
    return spec;
}

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("useradd")) continue;
        const Scan s = scan(c, 0, useradd_options());
        if (has_option(s, {"l", "no-log-init"})) continue;
        const OptionHit* uid = find_option(s, {"u", "uid"});
        if (!uid) continue;
        std::string value;
        Range range;
        if (uid->value) {
            const Resolved r = resolve(ctx.model(), info, *uid->value);
            if (!r.known || r.words.size() != 1) continue;
            value = r.words.front();
            range = word_range(info, *uid->value);
        } else if (uid->inline_value) {
            if (uid->word->has_expansion) {
                const auto e = ctx.model().expand(*uid->inline_value, info);
                if (!e.ok || !e.unmatched.empty()) continue;
                value = e.word;
            } else {
                value = *uid->inline_value;
            }
            range = word_range(info, *uid->word);
        } else {
            continue;
        }
        if (value.size() <= 5) continue;
        ctx.report(range,
                   fmt::format("`useradd` with the high UID {} and without `-l` writes huge /var/log/lastlog and faillog files (indexed by UID) into the image",
                               value),
                   fmt::format("add `-l` (`--no-log-init`): `useradd -l -u {} …`", value));
    }
}

}  // namespace dflint::rules::DL3046
