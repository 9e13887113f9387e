/* Lint a Dockerfile with dflint's C API and print one line per finding:
 *
 *   Dockerfile:4:1: warning DL3006 Always tag the version of an image explicitly
 *
 * Build against an installed dflint:
 *   cc examples/c/lint.c $(pkg-config --cflags --libs dflint) -o dflint-lint
 *   ./dflint-lint path/to/Dockerfile [config.yaml]
 * Exits 1 when a finding is at or above the failure threshold, 2 on errors. */
#include <dflint.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *data = NULL;
    size_t size = 0, cap = 0, n;
    if (!f) return NULL;
    do {
        if (size == cap) {
            char *bigger = realloc(data, cap = cap ? cap * 2 : 4096);
            if (!bigger) {
                free(data);
                fclose(f);
                return NULL;
            }
            data = bigger;
        }
        n = fread(data + size, 1, cap - size, f);
        size += n;
    } while (n > 0);
    fclose(f);
    *len = size;
    return data;
}

int main(int argc, char **argv) {
    size_t text_len = 0, config_len = 0, i, count;
    char *text, *config = NULL;
    dflint_result *result = NULL;
    dflint_status status;
    int failed = 0;

    if (argc < 2 || argc > 3) {
        fprintf(stderr, "usage: %s DOCKERFILE [CONFIG.yaml]\n", argv[0]);
        return 2;
    }
    text = read_file(argv[1], &text_len);
    if (!text) {
        perror(argv[1]);
        return 2;
    }
    if (argc == 3 && !(config = read_file(argv[2], &config_len))) {
        perror(argv[2]);
        free(text);
        return 2;
    }

    status = dflint_lint(text, text_len, argv[1], strlen(argv[1]), config, config_len, &result);
    free(text);
    free(config);
    if (status != DFLINT_OK) {
        fprintf(stderr, "dflint: %s: %s\n", dflint_status_string(status), dflint_last_error());
        return 2;
    }

    count = dflint_result_count(result);
    for (i = 0; i < count; ++i) {
        const dflint_diagnostic *d = dflint_result_get(result, i);
        const dflint_span span = dflint_diagnostic_span(d);
        printf("%s:%u:%u: %s %s %s\n", dflint_result_path(result), (unsigned)span.line, (unsigned)span.column,
               dflint_severity_name(dflint_diagnostic_severity(d)), dflint_diagnostic_code(d), dflint_diagnostic_message(d));
        failed |= dflint_diagnostic_fails(d);
    }
    dflint_result_free(result);
    return failed ? 1 : 0;
}
