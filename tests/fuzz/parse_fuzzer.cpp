// libFuzzer entry: any byte string must parse, dump and expand without a
// crash, a sanitizer report, a hang or an out-of-range position.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "dflint/dflint.hpp"

namespace {

// Positions are the contract every consumer (rules, fixes, LSP) relies on.
void check_range(const dflint::Document& doc, dflint::Range r, const char* what) {
    if (r.begin > r.end || r.end > doc.text.size()) {
        std::fprintf(stderr, "bad %s range [%u, %u) for a text of %zu bytes\n", what, r.begin, r.end, doc.text.size());
        __builtin_trap();
    }
}

void check_instruction(const dflint::Document& doc, const dflint::Instruction& ins) {
    check_range(doc, ins.range, "instruction");
    check_range(doc, ins.keyword.range, "keyword");
    for (const auto& f : ins.flags) check_range(doc, f.range, "flag");
    for (const auto& a : ins.args) check_range(doc, a.range, "argument");
    for (const auto& kv : ins.pairs) check_range(doc, kv.range, "key/value");
    for (const auto& h : ins.heredocs) check_range(doc, h.body, "heredoc body");
    if (ins.start_line > ins.end_line) {
        std::fprintf(stderr, "instruction lines %u > %u\n", ins.start_line, ins.end_line);
        __builtin_trap();
    }
    for (const auto& t : ins.trigger) check_instruction(doc, t);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    for (const bool validate : {true, false}) {
        const auto doc = dflint::parse(std::string(input), dflint::ParseOptions{.validate = validate});
        for (const auto& ins : doc.instructions) check_instruction(doc, ins);
        for (const auto& issue : doc.issues) check_range(doc, issue.range, "issue");
        for (const auto& c : doc.comments) check_range(doc, c.range, "comment");
        if (!validate) continue;
        const auto buildkit = dflint::dump_buildkit(doc);
        const auto json = dflint::dump_json(doc);
        (void)buildkit;
        (void)json;
    }

    // The shell lexer on raw input: with no variables set, and with a few.
    const auto word = dflint::shell::process_word(input, dflint::shell::Lookup{});
    (void)word;
    static const auto env = dflint::shell::env_from_list({"A=1", "HOME=/root", "EMPTY="});
    const auto words = dflint::shell::process_words(input, env);
    (void)words;
    return 0;
}
