import pkgutil

import flashpoint


def test_all_is_honest() -> None:
    """Everything public in the package namespace is in __all__, except submodules."""
    for name in flashpoint.__all__:
        assert hasattr(flashpoint, name), name
    public = {n for n in dir(flashpoint) if not n.startswith("_")}
    modules = {m.name for m in pkgutil.iter_modules(flashpoint.__path__)}
    assert public - modules - {"annotations"} == set(flashpoint.__all__)
