from desktop_app.launcher import gui_arguments


def test_the_window_is_reached_without_the_command_line() -> None:
    assert gui_arguments(["gui"]) == []
    assert gui_arguments(["--db", "x.sqlite3", "--today", "2026-11-26", "gui", "--self-test"]) == [
        "--db",
        "x.sqlite3",
        "--today",
        "2026-11-26",
        "--self-test",
    ]
    assert gui_arguments(["--db=x.sqlite3", "--json", "gui", "--demo"]) == [
        "--db=x.sqlite3",
        "--demo",
    ]


def test_everything_else_is_the_command_line() -> None:
    assert gui_arguments([]) is None
    assert gui_arguments(["project", "list"]) is None
    assert gui_arguments(["--db", "gui"]) is None  # a ledger file named gui, and no command
    assert gui_arguments(["credit", "list", "--project", "gui"]) is None
    assert gui_arguments(["--verbose", "gui"]) is None  # unknown option: the parser says so
