"""spbe: the exact Indeks SPBE / Indeks Pemerintah Digital calculator."""

__version__ = "0.3.0"
