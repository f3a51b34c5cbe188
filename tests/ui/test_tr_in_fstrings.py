"""Every string the window translates is one that pyside6-lupdate can find: lupdate does not
read inside an f-string's braces, so a ``tr("…")`` there is never put in the French file and
shows in English (it happened to "Show them")."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "desktop_app" / "ui"


def _translates(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute | ast.Name)
        and (node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id)
        in ("tr", "translate")
    )


def test_no_translation_inside_an_f_string() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                found += [
                    f"{path.relative_to(UI)}:{inner.lineno}"
                    for inner in ast.walk(node)
                    if _translates(inner)
                ]
    assert found == []
