"""The README's "How it is built" is the layout: every file and folder it names exists.

The tree (indented two spaces a level; an entry is a name ending in ``/`` or ``.py``, or a
comma-separated list of them, before its description) and the ``.py`` files a folder's
description names are checked, as are the paths in backquotes anywhere in the README."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("domain", "storage", "services", "cli", "ui", "pdf")
_ENTRY = re.compile(r"^[\w.]+(/|\.py)$")
_FILE = re.compile(r"\b\w+\.py\b")


def built_section(text: str) -> list[str]:
    """The lines of the tree in "How it is built"."""
    section = text.split("## How it is built", 1)[1]
    return section.split("```", 2)[1].strip("\n").splitlines()


def _head(line: str) -> tuple[list[str], str]:
    """A line's first word (or its first words while each ends with a comma), and the rest."""
    words = line.split()
    names: list[str] = []
    for word in words:
        names.append(word.rstrip(","))
        if not word.endswith(","):
            break
    return names, " ".join(words[len(names) :])


def tree_paths(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Each entry of the tree as a path from the repository's root, with the ``.py`` files
    named in its description (a folder's own modules)."""
    entries: list[tuple[str, list[str]]] = []
    parents: dict[int, str] = {}
    current: tuple[str, list[str]] | None = None
    for line in lines:
        indent = len(line) - len(line.lstrip(" "))
        names, description = _head(line)
        if all(_ENTRY.match(name) for name in names) and (indent == 0 or indent - 2 in parents):
            parent = parents.get(indent - 2, "") if indent else ""
            for name in names:
                current = (parent + name, _FILE.findall(description))
                entries.append(current)
                if name.endswith("/"):
                    parents[indent] = parent + name
                    parents = {k: v for k, v in parents.items() if k <= indent}
            continue
        if current is not None:  # a description going on
            current[1].extend(_FILE.findall(line))
    return entries


def quoted_paths(text: str) -> list[str]:
    """Paths in backquotes that name a file or folder of the package or of resources/."""
    found = re.findall(r"`([\w./]+)`", text)
    return [
        path if path.startswith(("desktop_app/", "resources/")) else f"desktop_app/{path}"
        for path in found
        if "/" in path
        and path.split("/", 1)[0] in (*PACKAGES, "desktop_app", "resources")
        and not path.startswith("/")
    ]


def test_the_tree_parses_the_readmes_shape() -> None:
    lines = [
        "desktop_app/",
        "  domain/    pure",
        "  storage/   the only layer",
        "    interface.py     the interface",
        "                     read()/write() transactions, see schema.py",
        "    a.py, b.py  two at once",
        "  launcher.py  composition root",
        "resources/   fonts",
    ]
    assert tree_paths(lines) == [
        ("desktop_app/", []),
        ("desktop_app/domain/", []),
        ("desktop_app/storage/", []),
        ("desktop_app/storage/interface.py", ["schema.py"]),
        ("desktop_app/storage/a.py", []),
        ("desktop_app/storage/b.py", []),
        ("desktop_app/launcher.py", []),
        ("resources/", []),
    ]


def test_every_path_the_readme_names_exists() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    entries = tree_paths(built_section(text))
    assert len(entries) > 40, "the tree was not read"
    missing = [path for path, _ in entries if not (ROOT / path).exists()]
    for path, files in entries:
        folder = ROOT / path if path.endswith("/") else (ROOT / path).parent
        missing += [f"{path} names {name}" for name in files if not (folder / name).exists()]
    missing += [path for path in quoted_paths(text) if not (ROOT / path).exists()]
    assert missing == []


def test_every_package_folder_is_in_the_tree() -> None:
    """A new room gets its line: every folder of ``desktop_app/`` is named in the tree."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    named = {path.rstrip("/") for path, _ in tree_paths(built_section(text))}
    folders = {
        path.relative_to(ROOT).as_posix()
        for path in (ROOT / "desktop_app").rglob("*")
        if path.is_dir() and (path / "__init__.py").exists()
    }
    assert sorted(folders - named) == []
