import flashpoint


def test_all_is_honest() -> None:
    for name in flashpoint.__all__:
        assert hasattr(flashpoint, name), name
    public = {n for n in dir(flashpoint) if not n.startswith("_")}
    modules = {
        "api",
        "cli",
        "config",
        "errors",
        "pipeline",
        "records",
        "report",
        "stages",
        "store",
        "tables",
        "gold",
        "evaluate",
        "ontology",
    }
    assert public - modules - {"annotations"} == set(flashpoint.__all__)
