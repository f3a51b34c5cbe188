"""Rooms a newcomer can hold: every module of ``desktop_app/`` under 400 lines, every function
(methods and nested functions too) under 60, from its ``def`` line to its last line."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "desktop_app"
MODULE_LINES = 400
FUNCTION_LINES = 60

#: Kept over the limits on purpose, each with its reason; an entry that is no longer over
#: its limit fails the test too, so that the list only ever shrinks.
EXCEPTIONS: dict[str, str] = {}


def module_lines(text: str) -> int:
    return len(text.splitlines())


def function_lengths(text: str) -> dict[str, int]:
    """Every function and method by qualified name (``Class.method``, ``outer.inner``)."""
    found: dict[str, int] = {}

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                assert child.end_lineno is not None
                found[prefix + child.name] = child.end_lineno - child.lineno + 1
                walk(child, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                walk(child, f"{prefix}{child.name}.")
            else:
                walk(child, prefix)

    walk(ast.parse(text), "")
    return found


def measure(package: Path = PACKAGE) -> dict[str, int]:
    """``module`` -> lines and ``module:function`` -> lines, for every module under
    ``package`` (paths relative to it)."""
    sizes: dict[str, int] = {}
    for path in sorted(package.rglob("*.py")):
        name = path.relative_to(package).as_posix()
        text = path.read_text(encoding="utf-8")
        sizes[name] = module_lines(text)
        for function, lines in function_lengths(text).items():
            sizes[f"{name}:{function}"] = lines
    return sizes


def over_the_limits(sizes: dict[str, int]) -> dict[str, int]:
    return {
        name: lines
        for name, lines in sizes.items()
        if lines > (FUNCTION_LINES if ":" in name else MODULE_LINES)
    }


def test_every_module_and_function_is_under_its_limit() -> None:
    over = over_the_limits(measure())
    unexpected = {name: lines for name, lines in over.items() if name not in EXCEPTIONS}
    assert unexpected == {}, (
        f"over {MODULE_LINES} lines a module or {FUNCTION_LINES} a function: split it by job"
    )


def test_every_exception_is_still_needed() -> None:
    sizes = measure()
    over = over_the_limits(sizes)
    stale = [name for name in EXCEPTIONS if name not in over]
    assert stale == [], f"now under the limit: take them out of EXCEPTIONS: {stale}"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("def f():\n    return 1\n", {"f": 2}),
        (
            "class A:\n    def m(self):\n        def inner():\n            pass\n"
            "        return inner\n",
            {"A.m": 4, "A.m.inner": 2},
        ),
        ("async def g():\n    await x\n\n\n    return y\n", {"g": 5}),
        ("@decorated\ndef h():\n    pass\n", {"h": 2}),  # from the def line
    ],
)
def test_function_lengths_are_measured_from_def_to_last_line(
    source: str, expected: dict[str, int]
) -> None:
    assert function_lengths(source) == expected


def test_the_measure_finds_a_module_or_a_function_over(tmp_path: Path) -> None:
    long_function = "def big():\n" + "    x = 1\n" * FUNCTION_LINES
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "fine.py").write_text("def small():\n    pass\n")
    (tmp_path / "sub" / "long.py").write_text(long_function)
    (tmp_path / "huge.py").write_text("x = 1\n" * (MODULE_LINES + 1))
    assert over_the_limits(measure(tmp_path)) == {
        "huge.py": MODULE_LINES + 1,
        "sub/long.py:big": FUNCTION_LINES + 1,
    }
