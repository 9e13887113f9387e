"""dflint: parse and lint Dockerfiles, simulate BuildKit's layer cache.

Type stubs for the compiled module (bindings/python/dflint_module.cpp).
"""
from typing import Any, Literal, Mapping, Sequence

__version__: str

Severity = Literal["error", "warning", "info", "style", "ignore"]

class Edit:
    """Replace the text between start_offset and end_offset with `replacement`."""
    @property
    def replacement(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def end_line(self) -> int: ...
    @property
    def end_column(self) -> int: ...
    @property
    def start_offset(self) -> int: ...
    @property
    def end_offset(self) -> int: ...

class Fix:
    @property
    def title(self) -> str: ...
    @property
    def safe(self) -> bool: ...
    @property
    def edits(self) -> list[Edit]: ...

class Diagnostic:
    """One finding. Lines and columns are 1-based and count Unicode
    characters; end_column is exclusive. Offsets are UTF-8 byte offsets."""
    @property
    def code(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def severity(self) -> Severity: ...
    @property
    def message(self) -> str: ...
    @property
    def help(self) -> str: ...
    @property
    def url(self) -> str: ...
    @property
    def line(self) -> int: ...
    @property
    def column(self) -> int: ...
    @property
    def end_line(self) -> int: ...
    @property
    def end_column(self) -> int: ...
    @property
    def start_offset(self) -> int: ...
    @property
    def end_offset(self) -> int: ...
    @property
    def fails(self) -> bool:
        """At or above the configured failure threshold."""
    @property
    def fixes(self) -> list[Fix]: ...

def lint(
    text: str | bytes,
    path: str = "Dockerfile",
    config: str | bytes | Mapping[str, Any] | None = None,
) -> list[Diagnostic]:
    """Lint a Dockerfile. `config` is a .dflint.yaml/.hadolint.yaml document
    or the equivalent dict. Raises ValueError for an invalid config."""

def parse(text: str | bytes) -> dict[str, Any]:
    """The syntax tree (the JSON format of docs/ast-json.md) as dicts."""

def rules() -> list[dict[str, Any]]:
    """The rule catalogue: code, name, severity, category, summary, url, fixable."""

def simulate_cache(
    before: str | Mapping[str, Any] | None = None,
    after: str | Mapping[str, Any] | None = None,
    *,
    context: str | None = None,
    changed: Sequence[str] | None = None,
    dockerfile: str | None = None,
) -> dict[str, Any]:
    """The layer-cache plan (the JSON of `dflint cache --format json`).

    Either from two snapshots (`dflint cache snapshot` JSON, as text or dicts),
    or for the context-relative paths `changed` in the build context folder
    `context`. Raises ValueError for bad snapshots or an unparsable
    Dockerfile, OSError when the context cannot be read."""
