"""Before Qt's xcb platform aborts on a missing system library, say which and how to install it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop_app.ui import system_libs

LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-cursor.so.0 => not found
\tlibweird.so.9 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f)
"""


def test_missing_libraries_are_read_from_ldd() -> None:
    assert system_libs.missing_libraries(LDD_MISSING) == [
        "libxcb-icccm.so.4",
        "libxcb-keysyms.so.1",
        "libxcb-cursor.so.0",
        "libweird.so.9",
    ]
    assert system_libs.missing_libraries("\tlibc.so.6 => /lib/libc.so.6 (0x1)\n") == []


def test_the_advice_names_each_library_and_the_exact_install_command() -> None:
    text = system_libs.advice(["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libweird.so.9"])
    assert "libxcb-icccm.so.4" in text and "libweird.so.9" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in text


def test_a_complete_system_gives_no_advice(tmp_path: Path) -> None:
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text("#!/bin/sh\necho '\tlibc.so.6 => /lib/libc.so.6 (0x1)'\n")
    fake_ldd.chmod(0o755)
    assert system_libs.check(ldd=str(fake_ldd)) is None


def test_a_missing_library_gives_advice_before_qt_starts(tmp_path: Path) -> None:
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text(f"#!/bin/sh\ncat <<'EOF'\n{LDD_MISSING}EOF\n")
    fake_ldd.chmod(0o755)
    advice = system_libs.check(ldd=str(fake_ldd))
    assert advice is not None and "libxcb-keysyms1" in advice


def test_no_ldd_is_no_advice(tmp_path: Path) -> None:
    assert system_libs.check(ldd=str(tmp_path / "missing-ldd")) is None


def test_the_command_exits_1_and_says_so_when_a_library_is_missing(tmp_path: Path) -> None:
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text(f"#!/bin/sh\ncat <<'EOF'\n{LDD_MISSING}EOF\n")
    fake_ldd.chmod(0o755)
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.ui.system_libs", "--ldd", str(fake_ldd)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1
    assert "apt-get install" in done.stderr
    ok = subprocess.run(
        [sys.executable, "-m", "desktop_app.ui.system_libs"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ok.returncode == 0, ok.stderr  # this machine has them all


def test_a_complete_system_is_checked_once_per_plugin(tmp_path: Path) -> None:
    """The window's start pays for ``ldd`` once; a missing library is told every time."""
    calls = tmp_path / "calls"
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text(f"#!/bin/sh\necho run >> {calls}\necho '\tlibc.so.6 => /lib/libc.so.6'\n")
    fake_ldd.chmod(0o755)
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"plugin")
    cache = tmp_path / "cache"
    for _ in range(3):
        assert system_libs.check_once(cache, ldd=str(fake_ldd), plugin=plugin) is None
    assert calls.read_text().count("run") == 1
    broken = tmp_path / "broken-ldd"
    broken.write_text(f"#!/bin/sh\necho run >> {calls}\ncat <<'EOF'\n{LDD_MISSING}EOF\n")
    broken.chmod(0o755)
    other = tmp_path / "other" / "libqxcb.so"
    other.parent.mkdir()
    other.write_bytes(b"another plugin")
    for _ in range(2):
        assert system_libs.check_once(cache, ldd=str(broken), plugin=other) is not None
    assert calls.read_text().count("run") == 3


def test_the_packages_to_install_are_printed_for_make(tmp_path: Path) -> None:
    """`make xvfb` installs what the xcb window tests need from this list (known ones only)."""
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text(f"#!/bin/sh\ncat <<'EOF'\n{LDD_MISSING}EOF\n")
    fake_ldd.chmod(0o755)
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app.ui.system_libs", "--packages", "--ldd", str(fake_ldd)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1"]
