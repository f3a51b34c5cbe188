"""Find files under ``resources/`` from a checkout, an installed wheel and a frozen build alike.

Where ``resources/`` is, by the way the program was installed:

- frozen (PyInstaller, ``build.spec``): ``<bundle>/_internal/resources``, found through
  ``sys._MEIPASS``;
- a checkout, editable install included: ``resources/`` next to the ``desktop_app`` package;
- a wheel: installed as data files (``[tool.setuptools.data-files]`` in ``pyproject.toml``)
  under the installation's data folder, ``<prefix>/share/cloud-credit-desk/resources``. The
  wheel's RECORD says where that is, whatever the scheme (venv, ``--user``, ``--prefix``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path, PurePosixPath

DISTRIBUTION = "cloud-credit-desk"
#: Where the wheel puts resources/, relative to the installation's data folder.
SHARE = PurePosixPath("share", DISTRIBUTION, "resources")
#: A file every complete resources folder has: tells ours from any other folder so named.
_MARKER = ("fonts", "DejaVuSans.ttf")


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # PyInstaller one-folder build
        return Path(frozen_root) / "resources"
    for candidate in _candidates():
        if candidate.joinpath(*_MARKER).is_file():
            return candidate
    raise FileNotFoundError(
        "resources folder not found: neither next to the desktop_app package nor installed "
        f"with the {DISTRIBUTION} distribution"
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def _candidates() -> Iterator[Path]:
    here = Path(__file__).resolve().parent
    yield here.parent / "resources"  # a checkout
    yield here / "resources"
    yield from _installed()  # a wheel


def _installed() -> Iterator[Path]:
    """``resources/`` as the installed distribution's RECORD places it, then the usual prefixes."""
    from importlib import metadata  # only a wheel install gets this far (25 ms to import)

    try:
        files = metadata.distribution(DISTRIBUTION).files or []
    except metadata.PackageNotFoundError:
        files = []
    marker = "/".join((str(SHARE), *_MARKER))
    for file in files:
        if file.as_posix().endswith(marker):
            yield Path(str(file.locate())).resolve().parents[len(_MARKER) - 1]
            break
    for prefix in dict.fromkeys((sys.prefix, sys.base_prefix)):
        yield Path(prefix).joinpath(*SHARE.parts)
