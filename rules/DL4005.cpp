//! code: DL4005
//! name: ln-bin-sh
//! severity: warning
//! category: correctness
//! instructions: RUN, ONBUILD
//! summary: Use SHELL to change the default shell instead of relinking /bin/sh
//! url: https://github.com/hadolint/hadolint/wiki/DL4005
//!
//! ## What it does
//! Flags an `ln` that replaces `/bin/sh` (`ln -sf /bin/bash /bin/sh`).
//!
//! ## Why is this bad?
//! Replacing `/bin/sh` changes the shell of every program in the image that
//! runs `sh` (package scripts, init scripts, other tools), not only of your
//! `RUN` steps, and it silently breaks when a base image update or a package
//! restores the link. If your `RUN` steps need bash, say so with the `SHELL`
//! instruction: it is explicit, visible, and affects only the Dockerfile.
//!
//! ## Example
//! ```dockerfile
//! FROM debian:12-slim
//! RUN ln -sf /bin/bash /bin/sh
//! RUN source /etc/profile && make
//! ```
//!
//! Use instead:
//! ```dockerfile
//! FROM debian:12-slim
//! SHELL ["/bin/bash", "-o", "pipefail", "-c"]
//! RUN source /etc/profile && make
//! ```
//!
//! ## References
//! - [Dockerfile reference: SHELL](https://docs.docker.com/reference/dockerfile/#shell)

#include "rules/lang_util.hpp"

namespace dflint::rules::DL4005 {

using namespace lang;

void on_instruction(const InstructionInfo& info, RuleContext& ctx) {
    for (const auto& c : commands(info)) {
        if (!c.is("ln")) continue;
        const Scan s = scan(c, 0, OptionSpec{{"target-directory", "suffix", "backup"}, "tS", false, {}, "", false});
        // The link created: the last operand (with -t DIR, the links go into DIR).
        const OptionHit* dir = find_option(s, {"t", "target-directory"});
        if (dir || s.operands.size() < 2) continue;
        const shell::Word* link = s.operands.back();
        std::string_view t = link->text;
        while (t.size() > 1 && t.back() == '/') t.remove_suffix(1);
        if (t != "/bin/sh") continue;
        const std::string target = s.operands.front()->text;
        const std::string shell = target.rfind('/') == std::string::npos ? "/bin/" + target : target;
        ctx.report(word_range(info, *link), "this `ln` replaces /bin/sh for every program in the image, not only for the RUN steps of this Dockerfile",
                   fmt::format("leave /bin/sh alone and choose the shell of the RUN steps with `SHELL [\"{}\", \"-c\"]`", shell));
    }
}

}  // namespace dflint::rules::DL4005
