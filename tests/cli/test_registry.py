"""The command registry: every command of the contract is there once, and the rooms stay small."""

from __future__ import annotations

import argparse
import ast
from pathlib import Path

import pytest

from desktop_app.cli.commands import REGISTRY
from desktop_app.cli.main import build_parser
from desktop_app.cli.registry import Context, Registry

#: The commands of shared/spec/cli.md that this program has.
CONTRACT = {
    "project add", "project list", "voucher issue", "voucher import", "voucher redeem",
    "credit buy", "credit list", "order list", "order pay", "order cancel", "order pdf",
    "account show", "account launchpad add", "account loyalty add", "payment-method add",
    "invoice simulate", "invoice post", "movement list", "expire", "check", "export", "demo",
    "gui",
}  # fmt: skip
CLI = Path(__file__).resolve().parents[2] / "desktop_app" / "cli"


def test_every_contract_command_is_registered_once() -> None:
    names = [command.name for command in REGISTRY.commands]
    assert not CONTRACT - set(names), sorted(CONTRACT - set(names))
    assert len(names) == len(set(names))


def test_every_command_has_one_way_to_run() -> None:
    for command in REGISTRY.commands:
        assert (command.run is None) != (command.start is None), command.name


def test_the_parser_hands_each_command_its_own_entry() -> None:
    parser = build_parser()
    for command in REGISTRY.commands:
        argv = [*command.path, *_required(command.name)]
        assert parser.parse_args(argv).command_spec is command, command.name


def _required(name: str) -> list[str]:
    """Enough arguments for the parser to accept the command (values are not checked here)."""
    words: list[str] = []
    for action in _leaf(build_parser(), name.split())._actions:
        if action.nargs == "*" or not (action.required or not action.option_strings):
            continue
        words += [action.option_strings[0], "x"] if action.option_strings else ["x"]
    return words


def _leaf(parser: argparse.ArgumentParser, words: list[str]) -> argparse.ArgumentParser:
    for word in words:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[word]
    return parser


def test_a_command_registered_twice_is_refused() -> None:
    first, second = Registry(), Registry()

    def handler(ctx: Context, args: argparse.Namespace) -> None:
        return None

    first.command("project", "add")(handler)
    second.command("project", "add")(handler)
    with pytest.raises(ValueError, match="project add"):
        Registry.joined([first, second])


@pytest.mark.parametrize("path", sorted(CLI.rglob("*.py")), ids=lambda p: str(p.relative_to(CLI)))
def test_rooms_a_newcomer_can_hold(path: Path) -> None:
    """architecture.md: a module under ~400 lines, a function under ~60."""
    text = path.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 400
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            assert node.end_lineno - node.lineno < 60, f"{node.name} is too long"
