from pathlib import Path

import pytest

from flashpoint import ConfigError, Settings, load_settings
from flashpoint.config import SETTINGS_HELP


def test_defaults_and_overrides() -> None:
    assert load_settings(batch_size=8).batch_size == 8
    assert load_settings(db_path=None).db_path == Settings().db_path


def test_unknown_and_mistyped_settings_are_errors(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="E001"):
        load_settings(bacth_size=8)
    path = tmp_path / "fp.toml"
    path.write_text("[flashpoint]\nbatch_size = 'many'\n")
    with pytest.raises(ConfigError, match="E002"):
        load_settings(path)


def test_toml_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "fp.toml"
    path.write_text("[flashpoint]\nmin_english_ratio = 0.2\ndb_path = 'x.duckdb'\n")
    settings = load_settings(path)
    assert (settings.min_english_ratio, settings.db_path) == (0.2, "x.duckdb")


def test_every_setting_has_help() -> None:
    assert set(SETTINGS_HELP) == set(Settings.__dataclass_fields__)
