"""The system libraries Qt's X11 (xcb) platform needs, checked before Qt starts.

Without them Qt aborts (exit 134) with a message that names another library than the one
missing. ``ldd`` on the xcb platform plugin lists every library it would load, transitively;
the ones "not found" are named with the Debian/Ubuntu package that brings each, and the exact
install command. Used by ``make run`` (``python -m desktop_app.ui.system_libs``) and by the
window itself before it creates the QApplication (a checkout, a wheel or the frozen build).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sys
import zlib
from pathlib import Path

#: Library -> the Debian 12 / Ubuntu package that ships it (the ones Qt 6's xcb plugin loads).
PACKAGES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def xcb_plugin() -> Path | None:
    """Qt's xcb platform plugin as this program would load it, or None if there is none."""
    import PySide6  # the package only: no Qt library is loaded by this import

    base = Path(PySide6.__file__).resolve().parent
    for candidate in (
        base / "Qt" / "plugins" / "platforms" / "libqxcb.so",
        base / "plugins" / "platforms" / "libqxcb.so",
    ):
        if candidate.exists():
            return candidate
    return None


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` could not find, in its order."""
    found = []
    for line in ldd_output.splitlines():
        name, arrow, where = line.strip().partition("=>")
        if arrow and where.strip() == "not found":
            found.append(name.strip())
    return found


def advice(missing: list[str]) -> str:
    """What to tell the user: each missing library, and the command that installs them."""
    packages = missing_packages(missing)
    lines = [
        "Cloud Credit Desk cannot open its window: the system lacks "
        + ", ".join(missing)
        + ", needed by Qt's X11 platform."
    ]
    if packages:
        lines.append("On Debian or Ubuntu, install them with:")
        lines.append("    sudo apt-get install " + " ".join(packages))
    unknown = [name for name in missing if name not in PACKAGES]
    if unknown:
        lines.append(
            "Your distribution's package search names the package of: " + ", ".join(unknown)
        )
    return "\n".join(lines)


def check(ldd: str | None = None, plugin: Path | None = None) -> str | None:
    """The advice if a library the xcb platform needs is missing; None when all is there
    (or when this cannot be told: no ldd, no xcb plugin, another system than Linux)."""
    missing = missing_here(ldd, plugin)
    return advice(missing) if missing else None


def missing_packages(missing: list[str]) -> list[str]:
    """The Debian packages holding the missing libraries this module knows of, sorted."""
    return sorted({PACKAGES[name] for name in missing if name in PACKAGES})


def missing_here(ldd: str | None = None, plugin: Path | None = None) -> list[str]:
    """The libraries the xcb plugin lacks on this system (empty when this cannot be told)."""
    if not sys.platform.startswith("linux"):
        return []
    ldd = ldd or shutil.which("ldd")
    plugin = plugin or xcb_plugin()
    if ldd is None or plugin is None or not os.access(ldd, os.X_OK):
        return []
    import subprocess  # here: the window's every start imports this module, rarely runs ldd

    try:
        done = subprocess.run(
            [ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return []
    return missing_libraries(done.stdout)


def _stamp(plugin: Path, cache: Path) -> Path:
    """Where a complete system is remembered for this very plugin (its path, size, time)."""
    seen = plugin.stat()
    key = f"{plugin}|{seen.st_size}|{seen.st_mtime_ns}".encode()
    return cache / f"xcb-ok-{zlib.crc32(key):08x}"


def check_once(
    cache: Path | None = None, ldd: str | None = None, plugin: Path | None = None
) -> str | None:
    """``check``, remembered: once this plugin's libraries were all found, later starts skip
    ``ldd`` (it costs 0.2 s warm, seconds cold, on the window's start)."""
    plugin = plugin or xcb_plugin()
    if plugin is None:
        return None
    if cache is None:
        from platformdirs import user_cache_dir

        cache = Path(user_cache_dir("cloud-credit-desk", appauthor=False))
    try:
        stamp = _stamp(plugin, cache)
        if stamp.exists():
            return None
    except OSError:
        return check(ldd=ldd, plugin=plugin)
    found = check(ldd=ldd, plugin=plugin)
    if found is None:
        with contextlib.suppress(OSError):
            cache.mkdir(parents=True, exist_ok=True)
            stamp.touch()
    return found


def wants_xcb(environ: dict[str, str] | os._Environ[str] = os.environ) -> bool:
    """Whether Qt would start its X11 platform here (not offscreen, not Wayland)."""
    platform = environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Check the libraries Qt's X11 window needs.")
    parser.add_argument("--ldd", help="the ldd program to use (tests)")
    parser.add_argument(
        "--packages",
        action="store_true",
        help="print the Debian packages to install, space-separated (nothing when complete)",
    )
    args = parser.parse_args(argv)
    if args.packages:
        print(" ".join(missing_packages(missing_here(ldd=args.ldd))))
        return 0
    found = check(ldd=args.ldd)
    if found:
        print(found, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
