"""`make dist-check`: run the built program as a user would, far from this checkout.

    python packaging/dist_check.py [--runs N] [dist/cloud-credit-desk]

The built folder is copied to a fresh temporary folder and run from there, with the working
directory elsewhere, a scratch HOME, PYTHONPATH/PYTHONHOME/VIRTUAL_ENV unset and PATH reduced
to the system's: nothing of the checkout can be reached by accident. Then:

1. the archive holds the folder; the folder holds both programs, resources/, exactly one Qt
   binding (PySide6) and none of the Qt modules the app does not use; on Linux, every bundled
   library finds the Qt libraries it links to (a plugin missing its Qt library cannot load);
2. ``--self-test`` (offscreen) through both programs;
3. the command line: create a ledger, buy credit (pending order and its PDF), pay it, write the
   PDF again in English and in French, simulate an invoice, check the ledger; JSON checked;
4. the PDFs embed DejaVu Sans (and, with pypdf at hand, say what they should);
5. the window's translation is loaded from the bundle: the French screenshots change when the
   bundled ``.qm`` is taken away, the English ones do not;
6. with strace (Linux), the program opens no file of the checkout, and opens its own
   DejaVu Sans, its ``.qm`` and Qt's ``qtbase_fr.qm`` from the bundle;
7. figures: the folder's size and the start time of ``--self-test`` against
   ``cloud-credit gui --self-test`` from the checkout's venv, measured in the same run.

Exit 0 when every check passes; each failure is one ``FAIL`` line.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
NAME = PROJECT["name"]
GUI = next(iter(PROJECT["gui-scripts"]))
CLI = next(iter(PROJECT["scripts"]))
EXE = ".exe" if sys.platform == "win32" else ""
TODAY = "2026-11-26"
PROJECT_NAME = "Production web"

#: The Qt modules the app imports (QtOpenGL* come with QtCharts): nothing else may be there.
QT_MODULES = {"QtCore", "QtGui", "QtWidgets", "QtCharts", "QtSvg", "QtOpenGL", "QtOpenGLWidgets"}
OTHER_BINDINGS = ("PyQt5", "PyQt6", "PySide2", "shiboken2")
UNWANTED_QT_LIB = re.compile(r"Qt6?(WebEngine|Qml|Quick|3D|Multimedia|Pdf|Designer|Network)")


class Check:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def ok(self, condition: bool, what: str, detail: str = "") -> bool:
        if condition:
            print(f"ok    {what}")
        else:
            print(f"FAIL  {what}" + (f": {detail}" if detail else ""))
            self.failures.append(what)
        return condition

    def note(self, text: str) -> None:
        print(f"note  {text}")


class Bundle:
    """The copied folder, and how to run its programs in a clean environment."""

    def __init__(self, folder: Path, scratch: Path) -> None:
        self.folder = folder
        self.internal = folder / "_internal"
        self.work = scratch / "work"  # the working directory: empty, outside the checkout
        self.ledger = scratch / "ledger" / "acme.sqlite3"
        self.out = scratch / "out"
        for path in (self.work, self.ledger.parent, self.out, scratch / "home", scratch / "run"):
            path.mkdir(parents=True, exist_ok=True)
        (scratch / "run").chmod(0o700)
        self.env = clean_env(scratch)

    def program(self, name: str) -> Path:
        return self.folder / f"{name}{EXE}"

    def run(
        self, name: str, *args: str, wrap: Sequence[str] = (), timeout: float = 180
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*wrap, str(self.program(name)), *args],
            cwd=self.work,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def cli_json(self, check: Check, what: str, *args: str) -> Any:
        done = self.run(CLI, "--db", str(self.ledger), "--today", TODAY, "--json", *args)
        if not check.ok(done.returncode == 0, what, f"exit {done.returncode}: {done.stderr}"):
            return None
        try:
            return json.loads(done.stdout)
        except json.JSONDecodeError as error:
            check.ok(False, f"{what}: JSON output", f"{error}: {done.stdout[:200]!r}")
            return None


def clean_env(scratch: Path) -> dict[str, str]:
    """What a user's session would have; nothing that points at this checkout or its venv."""
    keep = ("SYSTEMROOT", "WINDIR", "COMSPEC", "TEMP", "TMP")  # Windows needs these
    env = {key: os.environ[key] for key in keep if key in os.environ}
    env.update(
        PATH=os.defpath,
        HOME=str(scratch / "home"),
        USERPROFILE=str(scratch / "home"),
        XDG_RUNTIME_DIR=str(scratch / "run"),
        XDG_CONFIG_HOME=str(scratch / "home" / ".config"),
        XDG_DATA_HOME=str(scratch / "home" / ".local" / "share"),
        XDG_CACHE_HOME=str(scratch / "home" / ".cache"),
        LANG="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
    )
    return env


# -- 1. layout ----------------------------------------------------------------------------------


def check_layout(check: Check, bundle: Bundle) -> None:
    for name in (GUI, CLI):
        program = bundle.program(name)
        check.ok(program.is_file() and os.access(program, os.X_OK), f"program {program.name}")
    resources = bundle.internal / "resources"
    for part in (
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "fonts/LICENSE-DejaVu.txt",
        "translations/cloud_credit_desk_fr.qm",
        "icons/cloud-credit-desk.png",
        "icons/cloud-credit-desk.svg",
        "icons/hicolor/48x48/apps/cloud-credit-desk.png",
        "linux/cloud-credit-desk.desktop",
    ):
        check.ok((resources / part).is_file(), f"bundled resources/{part}")
    qt = bundle.internal / "PySide6" / "Qt"
    check.ok((qt / "translations" / "qtbase_fr.qm").is_file(), "bundled Qt's qtbase_fr.qm")
    offscreen = list((qt / "plugins" / "platforms").glob("*qoffscreen*"))
    check.ok(bool(offscreen), "bundled offscreen platform plugin")
    bindings = [name for name in OTHER_BINDINGS if (bundle.internal / name).exists()]
    check.ok(not bindings, "one Qt binding (PySide6) only", f"also {bindings}")
    modules = {
        path.name.split(".", 1)[0]
        for path in (bundle.internal / "PySide6").iterdir()
        if path.name.startswith("Qt") and path.suffix in {".so", ".pyd"}
    }
    check.ok(
        modules <= QT_MODULES, "only the Qt modules the app uses", f"{sorted(modules - QT_MODULES)}"
    )
    check.ok({"QtCore", "QtGui", "QtWidgets"} <= modules, "QtCore, QtGui, QtWidgets bundled")
    unwanted = sorted(
        path.name
        for path in bundle.internal.rglob("*")
        if path.is_file() and UNWANTED_QT_LIB.search(path.name)
    )
    check.ok(not unwanted, "no QtWebEngine/QML/Quick/3D/Multimedia/Pdf/Network", f"{unwanted}")
    sources = [p for p in bundle.folder.rglob("*.py") if "desktop_app" in p.parts]
    check.ok(not sources, "no source file of desktop_app in the folder", f"{sources[:3]}")
    if sys.platform.startswith("linux"):
        check_linked_libraries(check, bundle)


def check_archive(check: Check, folder: Path) -> None:
    """The file to hand out holds exactly the folder."""
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    stem = f"{NAME}-{PROJECT['version']}-{system}-{platform.machine().lower()}"
    archive = folder.parent / (f"{stem}.zip" if sys.platform == "win32" else f"{stem}.tar.gz")
    if not check.ok(archive.is_file(), f"archive {archive.name}"):
        return
    if archive.suffix == ".zip":
        with zipfile.ZipFile(archive) as packed:
            names = {name.rstrip("/") for name in packed.namelist()}
    else:
        with tarfile.open(archive) as packed:
            names = set(packed.getnames())
    on_disk = {str(Path(NAME, p.relative_to(folder)).as_posix()) for p in folder.rglob("*")}
    on_disk.add(NAME)
    check.ok(
        names == on_disk,
        f"{archive.name} holds the folder as built",
        f"{len(names ^ on_disk)} paths differ, e.g. {sorted(names ^ on_disk)[:3]}",
    )
    print(json.dumps({"figure": "archive size", "mb": round(archive.stat().st_size / 1e6, 1)}))


def check_linked_libraries(check: Check, bundle: Bundle) -> None:
    """Every bundled ELF file finds the Qt/Python libraries it links to within the bundle."""
    if shutil.which("ldd") is None:
        check.note("ldd not found: linked libraries not checked")
        return
    env = {"PATH": os.defpath, "LD_LIBRARY_PATH": str(bundle.internal)}
    missing: dict[str, set[str]] = {}
    for path in bundle.internal.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        done = subprocess.run(
            ["ldd", str(path)], capture_output=True, text=True, env=env, check=False
        )
        for line in done.stdout.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(str(path.relative_to(bundle.folder)))
    ours = {lib for lib in missing if re.match(r"lib(Qt6|pyside6|shiboken6|python3|icu)", lib)}
    check.ok(
        not ours,
        "every bundled library finds its Qt libraries",
        "; ".join(f"{lib} (for {sorted(missing[lib])[0]})" for lib in sorted(ours)),
    )
    system = sorted(set(missing) - ours)
    if system:
        check.note(
            "taken from the user's system, absent on this build machine: " + ", ".join(system)
        )


# -- 2. self-test -------------------------------------------------------------------------------


def check_self_test(check: Check, bundle: Bundle) -> None:
    ledger = str(bundle.ledger.with_name("self-test.sqlite3"))
    runs = ((GUI, ("--db", ledger, "--self-test")), (CLI, ("--db", ledger, "gui", "--self-test")))
    for name, args in runs:
        done = bundle.run(name, *args)
        check.ok(
            done.returncode == 0,
            f"{name} {' '.join(args[2:])} (offscreen)",
            f"exit {done.returncode}: {done.stderr[-2000:]}",
        )


# -- 3, 4. the command line and its PDFs --------------------------------------------------------


def check_command_line(check: Check, bundle: Bundle) -> list[Path]:
    project = bundle.cli_json(check, "project add", "project", "add", PROJECT_NAME)
    if project is None:
        return []
    check.ok(project.get("name") == PROJECT_NAME, "project add: JSON", f"{project}")
    bundle.cli_json(check, "payment-method add", "payment-method", "add", "--type", "card",
                    "--label", "Visa 4242", "--default")  # fmt: skip
    order = bundle.cli_json(check, "credit buy", "credit", "buy", "--project", PROJECT_NAME,
                            "--amount", "1 500,00")  # fmt: skip
    if order is None:
        return []
    check.ok(
        order.get("status") == "pending"
        and order.get("amount_ht") == "1500.00"
        and order.get("amount_ttc") == "1800.00"
        and str(order.get("number", "")).startswith("PO-"),
        "credit buy: a pending order of 1500.00 HT, 1800.00 TTC",
        f"{order}",
    )
    pdfs = []
    pdf = Path(order.get("pdf") or "")
    if check.ok(pdf.is_file(), "credit buy: the order's PDF is written", f"{pdf}"):
        pdfs.append(pdf)
    lot = bundle.cli_json(check, "order pay", "order", "pay", order["number"])
    check.ok(
        lot is not None
        and lot.get("kind") == "credit"
        and lot.get("available") == "1500.00"
        and lot.get("reference") == order["number"],
        "order pay: a credit lot of 1500.00 appears",
        f"{lot}",
    )
    for lang in ("en", "fr"):
        if lang == "fr":
            bundle.cli_json(check, "settings language=fr", "settings", "--set", "language=fr")
        target = bundle.out / f"{order['number']}-{lang}.pdf"
        written = bundle.cli_json(check, f"order pdf ({lang})", "order", "pdf", order["number"],
                                  "--output", str(target))  # fmt: skip
        if check.ok(
            written is not None and target.is_file(), f"order pdf ({lang}): written", f"{written}"
        ):
            pdfs.append(target)
    invoice = bundle.cli_json(check, "invoice simulate", "invoice", "simulate", "--project",
                              PROJECT_NAME, "--date", TODAY, "--line", "compute=120.00",
                              "--line", "storage=30")  # fmt: skip
    if invoice is not None:
        allocations = invoice.get("allocations", [])
        check.ok(
            invoice.get("total_ht") == "150.00"
            and [(a.get("source"), a.get("amount")) for a in allocations] == [("credit", "150.00")]
            and invoice.get("payment_method", {}).get("amount_ht") == "0.00",
            "invoice simulate: 150.00 taken from the purchased credit, nothing left to pay",
            f"{invoice}",
        )
    status = bundle.cli_json(check, "check", "check")
    check.ok(status is not None and status.get("ok") is True, "check: ledger ok", f"{status}")
    refused = bundle.run(CLI, "--db", str(bundle.ledger), "credit", "buy", "--project",
                         PROJECT_NAME, "--amount", "-5")  # fmt: skip
    check.ok(
        refused.returncode == 1 and refused.stderr.startswith("error: "),
        "a refusal: exit 1, one error line",
        f"exit {refused.returncode}: {refused.stderr!r}",
    )
    return pdfs


def pdf_text(pdf: Path) -> str | None:
    """The PDF's text, or None without pypdf (the check also runs without the test extras)."""
    try:
        from pypdf import PdfReader
    except ImportError:
        return None
    return " ".join(page.extract_text() or "" for page in PdfReader(str(pdf)).pages)


def check_pdfs(check: Check, pdfs: list[Path]) -> None:
    """DejaVu Sans embedded (ReportLab writes font objects uncompressed), and the right words."""
    for pdf in pdfs:
        data = pdf.read_bytes()
        check.ok(
            data.startswith(b"%PDF-")
            and re.search(rb"/BaseFont\s*/[A-Z]{6}\+DejaVuSans", data) is not None
            and b"/FontFile2" in data,
            f"{pdf.name}: DejaVu Sans embedded",
        )
        text = pdf_text(pdf)
        if text is None:
            check.note("pypdf not installed: the PDFs' text is not read")
            continue
        expected = ("Bon de commande", "PAYÉ") if pdf.stem.endswith("-fr") else ("Purchase order",)
        check.ok(all(word in text for word in expected), f"{pdf.name}: says {expected}")


# -- 5. translations ----------------------------------------------------------------------------


def check_translations(check: Check, bundle: Bundle) -> None:
    """Screens rendered with and without the bundled .qm: French must differ, English not."""
    qm = bundle.internal / "resources" / "translations" / "cloud_credit_desk_fr.qm"
    ledger = bundle.ledger.with_name("screens.sqlite3")
    shots: dict[str, Path] = {}
    for label in ("with", "without"):
        if ledger.exists():
            ledger.unlink()
        if label == "without":
            qm.rename(qm.with_suffix(".qm.away"))
        try:
            folder = bundle.out / f"screens-{label}"
            done = bundle.run(CLI, "--db", str(ledger), "--today", TODAY, "gui", "--screenshot",
                              str(folder))  # fmt: skip
        finally:
            if label == "without":
                qm.with_suffix(".qm.away").rename(qm)
        if not check.ok(done.returncode == 0, f"gui --screenshot ({label} .qm)", done.stderr):
            return
        shots[label] = folder
    same_en = all(
        (shots["with"] / name).read_bytes() == (shots["without"] / name).read_bytes()
        for name in ("main-en.png", "orders.png", "history.png")
    )
    if not same_en:
        check.note("two renderings of the same English screens differ: translation not judged")
        return
    fr = [
        name
        for name in ("main-fr.png", "account-fr.png", "invoice-simulation-fr.png")
        if (shots["with"] / name).read_bytes() != (shots["without"] / name).read_bytes()
    ]
    check.ok(bool(fr), "the window's French comes from the bundled .qm", "French screens unchanged")


# -- 6. what the program opens ------------------------------------------------------------------


def check_opened_files(check: Check, bundle: Bundle) -> None:
    strace = shutil.which("strace")
    if not sys.platform.startswith("linux") or strace is None:
        check.note("strace not available: files opened by the program not traced")
        return
    log = bundle.out / "strace.log"
    wrap = [strace, "-f", "-qq", "-e", "trace=%file", "-o", str(log)]
    probe = bundle.run(CLI, "--db", "/nonexistent-dir/x", "check", wrap=wrap)
    if "Operation not permitted" in probe.stderr or "ptrace" in probe.stderr:
        check.note("strace cannot trace here (ptrace refused): files opened not traced")
        return
    ledger = str(bundle.ledger)  # language=fr was set on it by the command-line checks
    runs = (
        (CLI, ("--db", ledger, "--today", TODAY, "order", "pdf", "PO-2026-00001", "--output",
               str(bundle.out / "traced.pdf"))),
        (GUI, ("--db", ledger, "--self-test")),
    )  # fmt: skip
    text = ""
    for name, args in runs:
        done = bundle.run(name, *args, wrap=wrap)
        check.ok(done.returncode == 0, f"{name} under strace", done.stderr[-1000:])
        text += log.read_text(encoding="utf-8", errors="replace")
    checkout = [line for line in text.splitlines() if str(ROOT) in line]
    check.ok(not checkout, "opens no file of the checkout", checkout[0] if checkout else "")
    internal = re.escape(str(bundle.internal))
    for what, pattern in (
        ("its DejaVu Sans", r"resources/fonts/DejaVuSans\.ttf"),
        ("its cloud_credit_desk_fr.qm", r"resources/translations/cloud_credit_desk_fr\.qm"),
        ("Qt's qtbase_fr.qm", r"PySide6/Qt/translations/qtbase_fr\.qm"),
    ):
        opened = re.search(rf'open(at)?\(.*"{internal}/{pattern}", O_RDONLY[^)]*\)\s*=\s*\d+', text)
        check.ok(opened is not None, f"opens {what} from the bundle")


# -- 7. figures ---------------------------------------------------------------------------------


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def timed(command: Sequence[str], env: dict[str, str], cwd: Path) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{command[0]} exited {done.returncode}: {done.stderr[-500:]!r}")
    return elapsed


def figures(check: Check, bundle: Bundle, runs: int) -> None:
    size = folder_size(bundle.folder)
    print(json.dumps({"figure": "dist folder size", "mb": round(size / 1e6, 1), "goal_mb": 200}))
    check.ok(size <= 200e6, "the folder is at most 200 MB", f"{size / 1e6:.1f} MB")
    checkout = Path(sys.executable).parent / f"{CLI}{EXE}"
    if not checkout.is_file():
        check.note(f"{checkout} not found: start time not compared")
        return
    ledger = str(bundle.ledger.with_name("timing.sqlite3"))
    commands = {
        "frozen": [str(bundle.program(GUI)), "--db", ledger, "--self-test"],
        "frozen_cli": [str(bundle.program(CLI)), "--db", ledger, "gui", "--self-test"],
        "checkout": [str(checkout), "--db", ledger, "gui", "--self-test"],
    }
    env = dict(bundle.env)
    checkout_env = {**env, "PATH": f"{checkout.parent}{os.pathsep}{os.defpath}"}
    times: dict[str, list[float]] = {key: [] for key in commands}
    for key, command in commands.items():  # one warm-up each: the ledger, the disk cache
        timed(command, checkout_env if key == "checkout" else env, bundle.work)
    for _ in range(runs):  # interleaved, so that a busy moment hits all three alike
        for key, command in commands.items():
            times[key].append(
                timed(command, checkout_env if key == "checkout" else env, bundle.work)
            )
    median = {key: statistics.median(values) for key, values in times.items()}
    print(
        json.dumps(
            {
                "figure": "start with --self-test (median s)",
                "runs": runs,
                "frozen cloud-credit-desk": round(median["frozen"], 3),
                "frozen cloud-credit gui": round(median["frozen_cli"], 3),
                "checkout cloud-credit gui": round(median["checkout"], 3),
                "ratio": round(median["frozen"] / median["checkout"], 2),
            }
        )
    )


# -- main ---------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "dist" / NAME)
    parser.add_argument("--runs", type=int, default=5, help="timed runs per program (0: none)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch folder")
    args = parser.parse_args(argv)
    if not (args.folder / f"{CLI}{EXE}").is_file():
        print(f"{args.folder} holds no built program: run `make dist` first", file=sys.stderr)
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="cloud-credit-dist-check-"))
    if scratch.is_relative_to(ROOT):
        print("the temporary folder is inside the checkout: set TMPDIR", file=sys.stderr)
        return 2
    check = Check()
    try:
        folder = scratch / "app" / args.folder.name
        shutil.copytree(args.folder, folder, symlinks=True)
        check_archive(check, args.folder)
        print(f"note  running a copy in {folder}")
        bundle = Bundle(folder, scratch)
        check_layout(check, bundle)
        check_self_test(check, bundle)
        check_pdfs(check, check_command_line(check, bundle))
        check_translations(check, bundle)
        check_opened_files(check, bundle)
        if args.runs > 0:
            figures(check, bundle, args.runs)
    finally:
        if args.keep:
            print(f"note  kept {scratch}")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    if check.failures:
        print(f"dist-check: {len(check.failures)} check(s) failed", file=sys.stderr)
        return 1
    print("dist-check: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
