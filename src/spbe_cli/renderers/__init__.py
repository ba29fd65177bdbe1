"""Output formats, one subpackage per command, chosen by name from one typed registry.

Each command's package (`score/`, `diff/`, `plan/`, ...) holds its view model, when it needs
one, and one module per format; every format module has `render(value, Options)` returning
what is written (text, or bytes for report files). The package's `FORMATS` lists them; its
type says what the renderers take, and mypy holds every module's `render` to it. A module is
imported only when its format is asked for, so `--format json` never pays for rich.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Generic, NamedTuple, TypeVar, cast

V = TypeVar("V")  # what a command's renderers take
Out = TypeVar("Out")  # what they give: text, or bytes for a report file


class Options(NamedTuple):
    """How a renderer draws: detail, colour, width, language and the rest."""

    detail: bool = False
    color: bool = False
    width: int | None = None
    language: str = "id"  # labels and text only (spbe_cli.i18n); JSON/CSV keys stay Indonesian
    title: str | None = None  # replaces a renderer's own title line (e.g. `spbe simulate`)
    sides: tuple[str, str] | None = None  # names of the two sides compared (default: years)
    ascii: bool = False  # the output cannot encode more than ASCII: plain fallbacks


Renderer = Callable[[V, Options], Out]


class Formats(Generic[V, Out]):
    """The formats of one command: each name is a module of `package` with a `render`."""

    def __init__(
        self,
        package: str,
        names: Sequence[str],
        modules: dict[str, str] | None = None,
        function: str = "render",
    ):
        self.package = package
        self.names = tuple(names)
        self._modules = modules or {}
        self.function = function  # the name of the function each format module gives

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def renderer(self, name: str) -> Renderer[V, Out]:
        """The function of the format `name` (KeyError for a name not registered)."""
        if name not in self.names:
            raise KeyError(name)
        module = import_module(f"{self.package}.{self._modules.get(name, name)}")
        return cast(Renderer[V, Out], getattr(module, self.function))
