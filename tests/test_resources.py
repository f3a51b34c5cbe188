"""resources/ is found from a checkout, a frozen build and an installed wheel alike."""

from __future__ import annotations

import configparser
import json
import os
import struct
import subprocess
import sys
import tomllib
import venv
from pathlib import Path

import pytest

from desktop_app import resources
from desktop_app.resources import resource, resources_dir

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

#: What the program reads at run time, wherever it runs.
NEEDED = (
    ("fonts", "DejaVuSans.ttf"),
    ("fonts", "DejaVuSans-Bold.ttf"),
    ("fonts", "LICENSE-DejaVu.txt"),
    ("translations", "cloud_credit_desk_fr.qm"),
    ("icons", "cloud-credit-desk.png"),
    ("icons", "cloud-credit-desk.svg"),
)
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_a_checkout_finds_its_resources() -> None:
    assert resources_dir() == ROOT / "resources"
    for parts in NEEDED:
        assert resource(*parts).is_file(), parts


def test_a_frozen_build_looks_in_its_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_dir() == tmp_path / "resources"
    assert (
        resource("fonts", "DejaVuSans.ttf") == tmp_path / "resources" / "fonts" / "DejaVuSans.ttf"
    )


def test_a_folder_without_the_fonts_is_not_taken_for_resources(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stray = tmp_path / "resources"  # e.g. another package's top-level "resources" folder
    stray.mkdir()
    monkeypatch.setattr(resources, "_candidates", lambda: iter([stray]))
    with pytest.raises(FileNotFoundError):
        resources_dir()


def test_icon_sizes_are_rendered() -> None:
    for size in ICON_SIZES:
        png = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        assert png_size(png / "cloud-credit-desk.png") == (size, size)
    assert png_size(resource("icons", "cloud-credit-desk.png")) == (256, 256)


def test_the_desktop_entry_starts_the_window() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(ROOT / "resources" / "linux" / "cloud-credit-desk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    gui_script = next(iter(PROJECT["gui-scripts"]))
    assert section["Type"] == "Application"
    assert section["Exec"].split()[0] == gui_script
    assert section["Icon"] == "cloud-credit-desk"
    assert section["Terminal"] == "false"


@pytest.mark.slow
def test_an_installed_wheel_finds_its_resources(tmp_path: Path) -> None:
    """Build the wheel, install it (alone) in a scratch venv, ask from outside the checkout."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "-w", str(wheels), "--no-deps", "-q"],
        check=True,
        env=env,
        capture_output=True,
    )
    (wheel,) = wheels.glob("*.whl")
    prefix = tmp_path / "venv"
    venv.create(prefix, with_pip=False)
    python = prefix / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         str(wheel)],
        check=True,
        env=env,
        capture_output=True,
    )  # fmt: skip
    probe = (
        "import json, sys\n"
        "from desktop_app.resources import resource, resources_dir\n"
        f"needed = {NEEDED!r}\n"
        "print(json.dumps({'dir': str(resources_dir()),\n"
        "                  'found': [resource(*p).is_file() for p in needed]}))\n"
    )
    done = subprocess.run(
        [str(python), "-c", probe],
        cwd=tmp_path,  # not the checkout: `import desktop_app` must come from the wheel
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    answer = json.loads(done.stdout)
    assert Path(answer["dir"]).resolve().is_relative_to(prefix.resolve())
    assert all(answer["found"]), answer
    share = prefix / "share"
    assert (share / "applications" / "cloud-credit-desk.desktop").is_file()
    for size in ICON_SIZES:
        assert (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "cloud-credit-desk.png"
        ).is_file()
