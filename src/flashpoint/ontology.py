"""The CAMEO event ontology with Goldstein scores and PLOVER types.

Loaded from `data/ontology/cameo.tsv` (our transcription of the public CAMEO
codebook and the PLOVER CAMEO-to-PLOVER table). Event coding uses it to turn a
CAMEO code into a PLOVER type, mode and intensity.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from .tables import Row, data_dir, read_table

CAMEO_HEADER = ("code", "name", "goldstein", "plover_type", "plover_mode", "quad")


class PloverType(StrEnum):
    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class Quad(StrEnum):
    VERBAL_COOPERATION = "verbal_cooperation"
    MATERIAL_COOPERATION = "material_cooperation"
    VERBAL_CONFLICT = "verbal_conflict"
    MATERIAL_CONFLICT = "material_conflict"


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
