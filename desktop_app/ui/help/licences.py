"""What the program is made of, for About: its version and the licences of the libraries and
the fonts it ships (read from the installed packages, not written here twice)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from importlib import metadata

from desktop_app.resources import resource

DISTRIBUTION = "cloud-credit-desk"
#: The libraries shipped with the window (their licence is read from their own metadata).
LIBRARIES = ("PySide6-Essentials", "PySide6-Addons", "reportlab", "babel", "sqlite-utils",
             "python-dateutil", "platformdirs")  # fmt: skip


@dataclass(frozen=True)
class Part:
    name: str
    version: str
    licence: str


def version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:  # a frozen build without the metadata
        return ""


def _field(meta: metadata.PackageMetadata, key: str) -> str:
    values = meta.get_all(key) or []
    return str(values[0]) if values else ""


def _licence(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return str(expression)
    classifiers = [c.split(" :: ")[-1] for c in meta.get_all("Classifier") or []
                   if c.startswith("License ::")]  # fmt: skip
    if classifiers:
        return ", ".join(dict.fromkeys(classifiers))
    text = _field(meta, "License").strip().splitlines()
    return text[0][:80] if text else "?"


def libraries() -> list[Part]:
    found = [Part("Python", sys.version.split()[0], "PSF-2.0")]
    for name in LIBRARIES:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        found.append(Part(name, _field(meta, "Version"), _licence(meta)))
    return found


def font_licences() -> list[tuple[str, str]]:
    """(file name, text) of each bundled font's licence."""
    folder = resource("fonts")
    if not folder.is_dir():
        return []
    return [(path.name, path.read_text(encoding="utf-8", errors="replace"))
            for path in sorted(folder.glob("LICENSE-*.txt"))]  # fmt: skip
