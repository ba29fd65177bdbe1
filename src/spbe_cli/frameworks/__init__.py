"""Weight tables (kerangka): read, checked and looked up in this package.

- model.py: the ready table (Framework and its parts), exact numbers, no I/O;
- table_schema.py: the shape of a table file; checks.py: the rules between its parts;
- build.py: a parsed file to a Framework; criteria.py: per-level criteria, read on first use;
- catalog.py: the shipped tables plus `--weights` / SPBE_WEIGHTS folders, and which table a
  year uses.
"""

from __future__ import annotations

from spbe_cli.frameworks.build import build
from spbe_cli.frameworks.catalog import Catalog, load_catalog, weight_dirs
from spbe_cli.frameworks.model import (
    HUNDRED,
    Aspect,
    Band,
    Basis,
    Conversion,
    Criteria,
    Domain,
    Framework,
    Indicator,
    LevelScale,
    OpenPoint,
    YearRule,
    band_position,
)

__all__ = [
    "HUNDRED",
    "Aspect",
    "Band",
    "Basis",
    "Catalog",
    "Conversion",
    "Criteria",
    "Domain",
    "Framework",
    "Indicator",
    "LevelScale",
    "OpenPoint",
    "YearRule",
    "band_position",
    "build",
    "load_catalog",
    "weight_dirs",
]
