"""Every error flashpoint raises, with a stable code.

Hierarchy:

    FlashpointError
     +-- ConfigError       E0xx  settings that do not validate
     +-- InputError        E1xx  an article that cannot be read or analysed
     +-- ModelError        E2xx  the spaCy model is missing or unusable
     +-- DataError         E3xx  a shipped data file does not validate
     +-- StoreError        E4xx  the DuckDB store cannot be opened or written
     +-- GoldError         E5xx  a gold file for evaluation does not validate

A code's meaning never changes; new situations get new codes.
"""

from __future__ import annotations

from enum import Enum


class ErrorCode(Enum):
    E001 = "unknown setting"
    E002 = "setting has the wrong type or value"
    E003 = "configuration file cannot be read"
    E101 = "input is empty"
    E102 = "input looks binary"
    E103 = "input is not valid UTF-8"
    E104 = "input is too large"
    E105 = "HTML page has no article text"
    E106 = "text does not look like English"
    E107 = "JSONL line is malformed"
    E108 = "path does not exist or has an unsupported type"
    E109 = "publication date cannot be parsed"
    E110 = "nothing is left after removing boilerplate"
    E199 = "internal error"
    E201 = "spaCy model is not installed"
    E301 = "data file does not validate"
    E401 = "store cannot be opened"
    E402 = "store write failed"
    E403 = "reference table row does not validate"
    E501 = "gold file does not validate"


class FlashpointError(Exception):
    """Base class: carries a stable code and a one-line, human message."""

    code: ErrorCode = ErrorCode.E001

    def __init__(self, code: ErrorCode, detail: str) -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"[{code.name}] {code.value}: {detail}")


class ConfigError(FlashpointError):
    pass


class InputError(FlashpointError):
    """An article that cannot be processed; the batch goes on without it."""


class ModelError(FlashpointError):
    pass


class DataError(FlashpointError):
    pass


class StoreError(FlashpointError):
    pass


class GoldError(FlashpointError):
    pass
