"""Dependencies point one way (ui → exchange, reports → storage → domain) and only the GUI side imports Qt."""

from pathlib import Path

from importlinter.cli import lint_imports


def test_import_contracts_hold(monkeypatch):
    root = Path(__file__).resolve().parents[1]
    monkeypatch.chdir(root)
    assert lint_imports(config_filename=str(root / "pyproject.toml"), no_cache=True) == 0
