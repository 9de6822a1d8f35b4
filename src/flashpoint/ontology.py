"""The CAMEO event ontology with Goldstein scores and PLOVER types.

Loaded from `data/ontology/cameo.tsv` (our transcription of the public CAMEO
codebook and the PLOVER CAMEO-to-PLOVER table). Event coding uses it to turn a
CAMEO code into a PLOVER type, mode and intensity.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .records import PloverType, Quad
from .tables import Row, data_dir, read_table

CAMEO_HEADER = ("code", "name", "goldstein", "plover_type", "plover_mode", "quad")

__all__ = ["CameoCode", "PloverType", "Quad", "load_cameo"]


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    plover: PloverType | None
    mode: str | None
    quad: Quad


def _cameo(row: Row) -> CameoCode:
    code = row["code"]
    if not (code.isdigit() and 2 <= len(code) <= 4):
        raise row.fail(f"bad CAMEO code {code!r}")
    try:
        goldstein = float(row["goldstein"])
        plover = PloverType(row["plover_type"]) if row["plover_type"] else None
        quad = Quad(row["quad"])
    except ValueError as e:
        raise row.fail(str(e)) from e
    if not -10.0 <= goldstein <= 10.0:
        raise row.fail(f"Goldstein score {goldstein} outside [-10, 10]")
    return CameoCode(code, row["name"], goldstein, plover, row["plover_mode"] or None, quad)


def load_cameo(root: Path | None = None) -> dict[str, CameoCode]:
    """Every CAMEO code, keyed by code ("173", "0312")."""
    path = (root or data_dir()) / "ontology" / "cameo.tsv"
    return {c.code: c for c in map(_cameo, read_table(path, CAMEO_HEADER))}
