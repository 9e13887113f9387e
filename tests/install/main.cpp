// Downstream use of the installed library: parse a Dockerfile held in a
// string and print BuildKit's dump of it.
#include <dflint/dflint.hpp>

#include <iostream>
#include <string>

int main() {
    std::string text =
        "FROM node:16 AS build\n"
        "WORKDIR /practice_backend/\n"
        "COPY --chown=node package.json ./\n"
        "RUN npm install \\\n"
        "    && npm cache clean --force\n"
        "CMD [\"node\",\"server.js\"]\n";
    const auto doc = dflint::parse(std::move(text));
    if (doc.has_errors()) {
        std::cerr << "unexpected parse errors\n";
        return 1;
    }
    std::cout << "dflint " << dflint::version() << "\n" << dflint::dump_buildkit(doc);
    return 0;
}
