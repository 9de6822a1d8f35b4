"""The embedded DuckDB store: the only package that holds SQL."""

from .store import RunInfo, Store

__all__ = ["RunInfo", "Store"]
