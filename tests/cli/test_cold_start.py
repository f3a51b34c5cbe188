"""Everyday commands import only what they need (issue 12: the command line's cold start):
their own area's command module, never the window (PySide6), ReportLab or another area's."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli.commands import AREAS, areas_of, command_word
from desktop_app.services import accounts, projects
from desktop_app.services.desk import Desk

#: What none of these commands may load: the window, the PDFs, and the books' exports and
#: roll-forward (the `invoice` word is the books' too: their area is loaded, not their work).
HEAVY = ("PySide6", "reportlab", "babel", "dateutil", "calendar",
         "desktop_app.ui", "desktop_app.pdf",
         "desktop_app.services.books.journal", "desktop_app.services.books.documents",
         "desktop_app.services.books.rollforward", "desktop_app.domain.books.rollforward",
         "desktop_app.domain.books.fec", "desktop_app.domain.books.beancount_file",
         # the books' types, once imported by storage and the desk for their annotations only
         "desktop_app.domain.books.entries", "desktop_app.domain.books.creditnote",
         "desktop_app.domain.books.movements", "desktop_app.domain.books.chart",
         # dataclasses, and the inspect (ast, dis, tokenize) it imports: ~10 ms; the records
         # of domain/record.py need neither
         "dataclasses", "inspect",
         # wanted only by a bug's traceback, a CSV written, a commit's checkpoint thread
         "traceback", "csv", "threading")  # fmt: skip

PROBE = """
import json, sys
from desktop_app.cli.main import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


@pytest.fixture(scope="module")
def ledger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cold") / "ledger.sqlite3"
    with Desk.open(path) as desk:
        projects.add_project(desk, "Web", "")
        accounts.add_payment_method(desk, "card", "Card", default=True)
    return path


def _probe(probe: str, ledger: Path, *argv: str) -> dict[str, Any]:
    """What ``probe`` prints last (JSON) after running the command ``argv`` on ``ledger``."""
    done = subprocess.run(
        [sys.executable, "-c", probe, "--db", str(ledger), "--json", *argv],
        capture_output=True,
        text=True,
        check=True,
    )
    outcome: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    assert outcome["code"] == 0, done.stderr
    return outcome


def _modules(ledger: Path, *argv: str) -> set[str]:
    return set(_probe(PROBE, ledger, *argv)["modules"])


#: The two everyday commands whose start is measured (issue 12).
EVERYDAY = pytest.mark.parametrize(
    "argv",
    [
        ("invoice", "simulate", "--project", "Web", "--date", "2026-11-26",
         "--line", "compute=10"),
        ("credit", "list", "--project", "Web"),
    ],
    ids=["invoice simulate", "credit list"],
)  # fmt: skip


@EVERYDAY
def test_an_everyday_command_loads_no_window_no_pdf_and_no_other_area(
    ledger: Path, argv: tuple[str, ...]
) -> None:
    loaded = _modules(ledger, *argv)
    heavy = sorted(m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(HEAVY))
    assert heavy == []
    areas = {m.rsplit(".", 1)[1] for m in loaded if m.startswith("desktop_app.cli.commands.")}
    assert areas == set(areas_of(argv[0]))


def test_every_command_word_belongs_to_its_area() -> None:
    """The table of areas says exactly which module registers which top-level word."""
    from importlib import import_module

    for area, words in AREAS.items():
        module = import_module(f"desktop_app.cli.commands.{area}")
        assert {c.path[0] for c in module.registry.commands} == set(words), area


def test_the_command_word_is_found_past_the_global_options() -> None:
    assert command_word(["--db", "x.sqlite3", "--json", "credit", "list"]) == "credit"
    assert command_word(["--today=2026-01-01", "invoice", "post"]) == "invoice"
    assert command_word(["--help"]) is None


#: The classes of ours an everyday command may build with dataclass's compiled methods: none
#: (every frozen value is a record, ``domain/record.py``, which compiles nothing at import).
COMPILED: set[str] = set()

DATACLASSES = """
import json, sys
from desktop_app.cli.main import main
code = main(sys.argv[1:])
made = sorted(
    f"{name}.{attr}" for name, module in list(sys.modules.items())
    if name.startswith("desktop_app") for attr, value in vars(module).items()
    if isinstance(value, type) and value.__module__ == name
    and "__init__" in vars(value) and hasattr(value, "__dataclass_fields__")
)
print(json.dumps({"code": code, "made": made}))
"""


@EVERYDAY
def test_an_everyday_command_compiles_no_record_methods(
    ledger: Path, argv: tuple[str, ...]
) -> None:
    """Each ``@dataclass`` compiles six methods at import (~1 ms a class): 12 ms for the
    records of ``domain.model`` alone, before a command has read a row (issue 12)."""
    outcome = _probe(DATACLASSES, ledger, *argv)
    assert set(outcome["made"]) <= COMPILED
