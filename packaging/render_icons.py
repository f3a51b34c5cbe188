"""Render the application icon's SVG to the PNG sizes desktops ask for, plus .ico and .icns.

    .venv/bin/python packaging/render_icons.py

Run after changing ``resources/icons/cloud-credit-desk.svg``; the results are committed, so a
build needs neither this script nor a renderer. Output, under ``resources/icons/``:
``hicolor/<N>x<N>/apps/cloud-credit-desk.png`` (the freedesktop icon-theme layout, so the same
tree can be copied to ``~/.local/share/icons``), ``cloud-credit-desk.ico`` (Windows program
icon) and ``cloud-credit-desk.icns`` (macOS). ``cloud-credit-desk.png`` (256 px, the window
icon) is left as it is.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "cloud-credit-desk"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


def ico(images: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """A Windows icon holding every size as PNG (Qt's own writer keeps one, uncompressed)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in zip(sizes, images, strict=True):
        side = size if size < 256 else 0  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        payload += png
    return header + entries + payload


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])  # fonts (the € in the SVG) need a GUI application
    renderer = QSvgRenderer(str(ICONS / f"{NAME}.svg"))
    if not renderer.isValid():
        print(f"cannot read {ICONS / f'{NAME}.svg'}", file=sys.stderr)
        return 1
    written: list[Path] = []
    for size in SIZES:
        out = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{NAME}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        render(renderer, size).save(str(out), "PNG")  # type: ignore[call-overload]
        written.append(out)
    ico_sizes = (16, 24, 32, 48, 64, 128, 256)
    windows = ICONS / f"{NAME}.ico"
    windows.write_bytes(ico([png_bytes(render(renderer, n)) for n in ico_sizes], ico_sizes))
    written.append(windows)
    # (the stubs want bytes for the format; PySide6 accepts only str)
    if not render(renderer, 256).save(str(ICONS / f"{NAME}.icns"), "ICNS"):  # type: ignore[call-overload]
        print(f"Qt could not write {NAME}.icns", file=sys.stderr)
        return 1
    written.append(ICONS / f"{NAME}.icns")
    for path in written:
        print(path.relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
