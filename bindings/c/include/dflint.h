/* dflint C API: a stable C ABI over the dflint C++ library, for FFI users.
 *
 *   #include <dflint.h>          (installed as <prefix>/include/dflint.h)
 *   cc app.c $(pkg-config --cflags --libs dflint)
 *
 * Conventions (docs/embedding.md has the full reference):
 *  - Handles are opaque; every object the library allocates has a free
 *    function, and every free function accepts NULL.
 *  - Text goes in as (const char *data, size_t length): it need not be
 *    NUL-terminated and may be NULL when length is 0. Strings coming out are
 *    NUL-terminated UTF-8 (lengths are given where a string may hold NUL).
 *  - Every function returns a dflint_status (or a plain value that cannot
 *    fail); no C++ exception ever crosses this boundary. After a failure,
 *    dflint_last_error() describes it (per thread).
 *  - Lines and columns are 1-based and count Unicode characters (code
 *    points); end columns are exclusive. Byte offsets are 0-based, half-open.
 *  - Functions are thread-safe on distinct objects; a const object may be
 *    read from several threads.
 */
#ifndef DFLINT_H
#define DFLINT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define DFLINT_API
#elif defined(__GNUC__)
#define DFLINT_API __attribute__((visibility("default")))
#else
#define DFLINT_API
#endif

/* Bumped only when the ABI changes incompatibly. */
#define DFLINT_C_API_VERSION 1

typedef enum dflint_status {
    DFLINT_OK = 0,
    DFLINT_ERROR_INVALID_ARGUMENT = 1, /* NULL where a value is required, bad index */
    DFLINT_ERROR_CONFIG = 2,           /* the YAML configuration is invalid */
    DFLINT_ERROR_PARSE = 3,            /* input JSON/Dockerfile could not be used */
    DFLINT_ERROR_IO = 4,               /* a file or folder could not be read */
    DFLINT_ERROR_OUT_OF_MEMORY = 5,
    DFLINT_ERROR_INTERNAL = 6          /* anything else (a bug: please report it) */
} dflint_status;

typedef enum dflint_severity {
    DFLINT_SEVERITY_ERROR = 0,
    DFLINT_SEVERITY_WARNING = 1,
    DFLINT_SEVERITY_INFO = 2,
    DFLINT_SEVERITY_STYLE = 3,
    DFLINT_SEVERITY_IGNORE = 4
} dflint_severity;

/* Where a finding or an edit is. */
typedef struct dflint_span {
    uint32_t line;         /* 1-based */
    uint32_t column;       /* 1-based, in Unicode characters */
    uint32_t end_line;     /* 1-based */
    uint32_t end_column;   /* 1-based, exclusive, in Unicode characters */
    uint32_t start_offset; /* 0-based byte offset into the text */
    uint32_t end_offset;   /* exclusive byte offset */
} dflint_span;

/* The library's version ("0.1.0"); static storage. */
DFLINT_API const char *dflint_version(void);
/* A fixed English name for a status ("ok", "invalid argument", ...). */
DFLINT_API const char *dflint_status_string(dflint_status status);
/* The message of the last failed call on this thread ("" if none). Valid
 * until the next dflint call on the same thread. */
DFLINT_API const char *dflint_last_error(void);
/* "error", "warning", "info", "style" or "ignore". */
DFLINT_API const char *dflint_severity_name(dflint_severity severity);

/* Strings returned through char ** out-parameters. */
DFLINT_API void dflint_string_free(char *s);

/* ---- Linting ------------------------------------------------------------ */

typedef struct dflint_result dflint_result;         /* a lint run's findings */
typedef struct dflint_diagnostic dflint_diagnostic; /* owned by its result */

/* Lints `text`. `path` (may be NULL: "Dockerfile") names the file in
 * messages only; nothing is read from disk. `config_yaml` (may be NULL) is a
 * .dflint.yaml / .hadolint.yaml document. On success *out holds a result to
 * free with dflint_result_free(); on failure *out is NULL. */
DFLINT_API dflint_status dflint_lint(const char *text, size_t text_len,
                                     const char *path, size_t path_len,
                                     const char *config_yaml, size_t config_len,
                                     dflint_result **out);
DFLINT_API void dflint_result_free(dflint_result *result);

DFLINT_API const char *dflint_result_path(const dflint_result *result);
/* Findings, sorted by position then code. */
DFLINT_API size_t dflint_result_count(const dflint_result *result);
/* NULL when index >= count. */
DFLINT_API const dflint_diagnostic *dflint_result_get(const dflint_result *result, size_t index);
/* 1 when the finding is at or above the configured failure threshold. */
DFLINT_API int dflint_diagnostic_fails(const dflint_diagnostic *d);

DFLINT_API const char *dflint_diagnostic_code(const dflint_diagnostic *d);    /* "DL3006" */
DFLINT_API const char *dflint_diagnostic_name(const dflint_diagnostic *d);    /* "untagged-base-image" */
DFLINT_API dflint_severity dflint_diagnostic_severity(const dflint_diagnostic *d);
DFLINT_API const char *dflint_diagnostic_message(const dflint_diagnostic *d);
DFLINT_API const char *dflint_diagnostic_help(const dflint_diagnostic *d);    /* may be "" */
DFLINT_API const char *dflint_diagnostic_url(const dflint_diagnostic *d);     /* may be "" */
DFLINT_API dflint_span dflint_diagnostic_span(const dflint_diagnostic *d);

/* Fixes: each is a title, a safety flag and edits to apply together. */
DFLINT_API size_t dflint_diagnostic_fix_count(const dflint_diagnostic *d);
DFLINT_API const char *dflint_diagnostic_fix_title(const dflint_diagnostic *d, size_t fix); /* NULL if out of range */
DFLINT_API int dflint_diagnostic_fix_is_safe(const dflint_diagnostic *d, size_t fix);      /* 1 safe, 0 unsafe */
DFLINT_API size_t dflint_diagnostic_fix_edit_count(const dflint_diagnostic *d, size_t fix);
/* Edit `edit` of fix `fix`: replace *span with the returned text (length in
 * *replacement_len when that is not NULL). NULL if out of range. */
DFLINT_API const char *dflint_diagnostic_fix_edit(const dflint_diagnostic *d, size_t fix, size_t edit,
                                                  dflint_span *span, size_t *replacement_len);

/* ---- Parsing ------------------------------------------------------------ */

/* The syntax tree as JSON (format in docs/ast-json.md). Free *json_out with
 * dflint_string_free(). json_len may be NULL. */
DFLINT_API dflint_status dflint_parse_json(const char *text, size_t text_len, char **json_out, size_t *json_len);

/* ---- Rules -------------------------------------------------------------- */

/* The rule catalogue as a JSON array of {code, name, severity, category,
 * summary, url, fixable}. Free with dflint_string_free(). */
DFLINT_API dflint_status dflint_rules_json(char **json_out, size_t *json_len);

/* ---- Layer-cache simulation --------------------------------------------- */

/* The plan (the JSON `dflint cache --format json` prints, docs/cache.md) for
 * a change from snapshot `before` to snapshot `after` (both in the format of
 * `dflint cache snapshot`). */
DFLINT_API dflint_status dflint_simulate_snapshots(const char *before_json, size_t before_len,
                                                   const char *after_json, size_t after_len,
                                                   char **plan_json, size_t *plan_len);
/* The plan for changing `changed` (context-relative paths) in the build
 * context folder `context_dir` (NUL-terminated). `dockerfile` may be NULL
 * (<context_dir>/Dockerfile). `changed` may be NULL when changed_count is 0. */
DFLINT_API dflint_status dflint_simulate_context(const char *context_dir, const char *dockerfile,
                                                 const char *const *changed, size_t changed_count,
                                                 char **plan_json, size_t *plan_len);

#ifdef __cplusplus
}
#endif

#endif /* DFLINT_H */
