// The Python module `dflint`, built on the C API (bindings/c/include/dflint.h)
// so both bindings share one conversion of findings and positions. The GIL is
// released while dflint works.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "dflint.h"

namespace py = pybind11;

namespace {

struct Span {
    std::uint32_t line = 1, column = 1, end_line = 1, end_column = 1, start_offset = 0, end_offset = 0;
};

Span span_of(const dflint_span& s) { return {s.line, s.column, s.end_line, s.end_column, s.start_offset, s.end_offset}; }

struct Edit {
    std::string replacement;
    Span span;
};

struct Fix {
    std::string title;
    bool safe = true;
    std::vector<Edit> edits;
};

struct Diagnostic {
    std::string code, name, severity, message, help, url;
    Span span;
    bool fails = false;
    std::vector<Fix> fixes;
};

[[noreturn]] void raise(dflint_status status, const std::string& message) {
    const std::string text = message.empty() ? std::string(dflint_status_string(status)) : message;
    switch (status) {
        case DFLINT_ERROR_INVALID_ARGUMENT:
        case DFLINT_ERROR_CONFIG:
        case DFLINT_ERROR_PARSE: throw py::value_error(text);
        case DFLINT_ERROR_IO: PyErr_SetString(PyExc_OSError, text.c_str()); throw py::error_already_set();
        case DFLINT_ERROR_OUT_OF_MEMORY: throw std::bad_alloc();
        default: throw std::runtime_error(text);
    }
}

// A JSON string from the C API, as Python objects (json.loads).
py::object loads(const std::string& json) { return py::module_::import("json").attr("loads")(py::str(json)); }

// Text or a dict/list (serialized with json.dumps; JSON is YAML).
std::optional<std::string> text_or_json(const py::object& value, const char* what) {
    if (value.is_none()) return std::nullopt;
    if (py::isinstance<py::str>(value) || py::isinstance<py::bytes>(value)) return value.cast<std::string>();
    if (py::isinstance<py::dict>(value)) return py::module_::import("json").attr("dumps")(value).cast<std::string>();
    throw py::type_error(std::string(what) + " must be a str or a dict");
}

// Runs a C function returning a malloc'ed string, without the GIL.
template <class F>
std::string call_string(F&& f) {
    char* out = nullptr;
    std::size_t len = 0;
    dflint_status st;
    std::string error;
    {
        py::gil_scoped_release release;
        st = f(&out, &len);
        if (st != DFLINT_OK) error = dflint_last_error();
    }
    if (st != DFLINT_OK) raise(st, error);
    std::string s(out, len);
    dflint_string_free(out);
    return s;
}

std::vector<Diagnostic> lint(const std::string& text, const std::string& path, const py::object& config) {
    const auto yaml = text_or_json(config, "config");
    std::vector<Diagnostic> out;
    dflint_status st;
    std::string error;
    {
        py::gil_scoped_release release;
        dflint_result* r = nullptr;
        st = dflint_lint(text.data(), text.size(), path.data(), path.size(), yaml ? yaml->data() : nullptr, yaml ? yaml->size() : 0, &r);
        if (st != DFLINT_OK) {
            error = dflint_last_error();
        } else {
            const std::size_t n = dflint_result_count(r);
            out.reserve(n);
            for (std::size_t i = 0; i < n; ++i) {
                const dflint_diagnostic* d = dflint_result_get(r, i);
                Diagnostic x;
                x.code = dflint_diagnostic_code(d);
                x.name = dflint_diagnostic_name(d);
                x.severity = dflint_severity_name(dflint_diagnostic_severity(d));
                x.message = dflint_diagnostic_message(d);
                x.help = dflint_diagnostic_help(d);
                x.url = dflint_diagnostic_url(d);
                x.span = span_of(dflint_diagnostic_span(d));
                x.fails = dflint_diagnostic_fails(d) != 0;
                for (std::size_t f = 0; f < dflint_diagnostic_fix_count(d); ++f) {
                    Fix fix{dflint_diagnostic_fix_title(d, f), dflint_diagnostic_fix_is_safe(d, f) != 0, {}};
                    for (std::size_t e = 0; e < dflint_diagnostic_fix_edit_count(d, f); ++e) {
                        dflint_span span{};
                        std::size_t len = 0;
                        const char* rep = dflint_diagnostic_fix_edit(d, f, e, &span, &len);
                        fix.edits.push_back({std::string(rep, len), span_of(span)});
                    }
                    x.fixes.push_back(std::move(fix));
                }
                out.push_back(std::move(x));
            }
            dflint_result_free(r);
        }
    }
    if (st != DFLINT_OK) raise(st, error);
    return out;
}

py::object parse(const std::string& text) {
    return loads(call_string([&](char** o, std::size_t* n) { return dflint_parse_json(text.data(), text.size(), o, n); }));
}

py::object rules() {
    return loads(call_string([](char** o, std::size_t* n) { return dflint_rules_json(o, n); }));
}

py::object simulate_cache(const py::object& before, const py::object& after, const py::object& context, const py::object& changed,
                          const py::object& dockerfile) {
    if (!context.is_none()) {
        if (!before.is_none() || !after.is_none()) throw py::type_error("simulate_cache: give either two snapshots or context=, not both");
        const auto dir = py::str(context).cast<std::string>();
        std::optional<std::string> df;
        if (!dockerfile.is_none()) df = py::str(dockerfile).cast<std::string>();
        std::vector<std::string> paths;
        if (!changed.is_none()) {
            if (py::isinstance<py::str>(changed)) throw py::type_error("simulate_cache: changed must be a list of paths, not a str");
            for (const auto& p : changed) paths.push_back(py::str(p).cast<std::string>());
        }
        return loads(call_string([&](char** o, std::size_t* n) {
            std::vector<const char*> ptrs;
            for (const auto& p : paths) ptrs.push_back(p.c_str());
            return dflint_simulate_context(dir.c_str(), df ? df->c_str() : nullptr, ptrs.data(), ptrs.size(), o, n);
        }));
    }
    if (before.is_none() || after.is_none())
        throw py::type_error("simulate_cache: give the before and after snapshots, or context= and changed=");
    if (!changed.is_none() || !dockerfile.is_none()) throw py::type_error("simulate_cache: changed= and dockerfile= need context=");
    const auto b = *text_or_json(before, "before");
    const auto a = *text_or_json(after, "after");
    return loads(call_string([&](char** o, std::size_t* n) { return dflint_simulate_snapshots(b.data(), b.size(), a.data(), a.size(), o, n); }));
}

template <class C>
void span_properties(C& c) {
    c.def_property_readonly("line", [](const typename C::type& x) { return x.span.line; }, "1-based line")
        .def_property_readonly("column", [](const typename C::type& x) { return x.span.column; }, "1-based column, in Unicode characters")
        .def_property_readonly("end_line", [](const typename C::type& x) { return x.span.end_line; })
        .def_property_readonly("end_column", [](const typename C::type& x) { return x.span.end_column; }, "exclusive")
        .def_property_readonly("start_offset", [](const typename C::type& x) { return x.span.start_offset; }, "byte offset into the UTF-8 text")
        .def_property_readonly("end_offset", [](const typename C::type& x) { return x.span.end_offset; }, "exclusive byte offset");
}

}  // namespace

PYBIND11_MODULE(dflint, m) {
    m.doc() = "dflint: parse and lint Dockerfiles, simulate BuildKit's layer cache.";
    m.attr("__version__") = dflint_version();

    py::class_<Edit> edit(m, "Edit", "Replace the span's text with `replacement`.");
    edit.def_readonly("replacement", &Edit::replacement);
    span_properties(edit);
    edit.def("__repr__", [](const Edit& e) {
        return "<dflint.Edit " + std::to_string(e.span.line) + ":" + std::to_string(e.span.column) + "-" + std::to_string(e.span.end_line) + ":" +
               std::to_string(e.span.end_column) + " " + py::repr(py::str(e.replacement)).cast<std::string>() + ">";
    });

    py::class_<Fix>(m, "Fix", "A fix: edits to apply together.")
        .def_readonly("title", &Fix::title)
        .def_readonly("safe", &Fix::safe)
        .def_readonly("edits", &Fix::edits)
        .def("__repr__", [](const Fix& f) { return "<dflint.Fix " + py::repr(py::str(f.title)).cast<std::string>() + ">"; });

    py::class_<Diagnostic> diag(m, "Diagnostic", "One finding.");
    diag.def_readonly("code", &Diagnostic::code)
        .def_readonly("name", &Diagnostic::name)
        .def_readonly("severity", &Diagnostic::severity)
        .def_readonly("message", &Diagnostic::message)
        .def_readonly("help", &Diagnostic::help)
        .def_readonly("url", &Diagnostic::url)
        .def_readonly("fails", &Diagnostic::fails)
        .def_readonly("fixes", &Diagnostic::fixes);
    span_properties(diag);
    diag.def("__repr__", [](const Diagnostic& d) {
        return "<dflint.Diagnostic " + d.code + " " + std::to_string(d.span.line) + ":" + std::to_string(d.span.column) + " " + d.severity + ": " +
               py::repr(py::str(d.message)).cast<std::string>() + ">";
    });

    m.def("lint", &lint, py::arg("text"), py::arg("path") = "Dockerfile", py::arg("config") = py::none(),
          "Lint a Dockerfile's text. config: YAML text (.dflint.yaml / .hadolint.yaml) or a dict.");
    m.def("parse", &parse, py::arg("text"), "The syntax tree as dicts (the JSON of docs/ast-json.md).");
    m.def("rules", &rules, "The rule catalogue: a list of dicts.");
    m.def("simulate_cache", &simulate_cache, py::arg("before") = py::none(), py::arg("after") = py::none(), py::kw_only(),
          py::arg("context") = py::none(), py::arg("changed") = py::none(), py::arg("dockerfile") = py::none(),
          "The layer-cache plan (dicts) for a change: from two snapshots (JSON text or dicts), or for the paths "
          "`changed` in the build context folder `context`.");
}
