"""The layers hold: nothing in the knowledge layer or the core imports a platform library."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("briefings", "bot/core")
FORBIDDEN = frozenset(
    {"slack_bolt", "slack_sdk", "discord", "apscheduler", "sqlalchemy", "aiohttp"}
)


def imported_modules(tree: ast.AST) -> set[str]:
    """Return every absolute module name an AST imports, anywhere (functions included)."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and (getattr(node.func, "attr", None) or getattr(node.func, "id", None))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def _files() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (ROOT / layer).rglob("*.py"))


def test_there_are_files_to_check() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in _files()}
    assert {"briefings/loader.py", "bot/core/service.py", "bot/core/parser.py"} <= names


@pytest.mark.parametrize("path", _files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_layer_imports_no_platform_library(path: Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    bad = sorted(m for m in imported_modules(tree) if m.split(".")[0] in FORBIDDEN)
    assert bad == []


@pytest.mark.parametrize(
    "source",
    [
        "import slack_sdk",
        "from discord import Embed",
        "def f():\n    import apscheduler.schedulers.asyncio",
        "import importlib\nimportlib.import_module('sqlalchemy.ext')",
        "import os, aiohttp.web",
    ],
)
def test_the_walker_sees_every_kind_of_import(source: str) -> None:
    found = {m.split(".")[0] for m in imported_modules(ast.parse(source))}
    assert found & FORBIDDEN
