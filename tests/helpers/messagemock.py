"""The window's one message channel (``desktop_app/ui/messages.py``), captured for the tests
(after qutebrowser's tests/helpers/messagemock.py).

Every ui test gets it (an autouse fixture in tests/ui/conftest.py): what the window would
show in a box (a refusal, a piece of information, a bug report, a yes/no question) is recorded
instead, and a question is answered as the test said. A refusal or a bug shown but never read
by the test fails it: a window that says "Refused" where nobody looks is a test that passes
for the wrong reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pytest

from desktop_app.domain.errors import CodedError
from desktop_app.ui import messages

Answer = bool | Callable[[str], bool]
CHANNEL = ("show_error", "show_info", "show_written", "show_bug", "confirm")


@dataclass(frozen=True)
class Message:
    level: str  # "error", "info", "bug" or "question"
    text: str
    title: str = ""
    error: BaseException | None = None

    @property
    def code(self) -> str | None:
        return self.error.code if isinstance(self.error, CodedError) else None


@dataclass
class MessageMock:
    messages: list[Message] = field(default_factory=list)
    #: The answers to the next questions, in order; once used up, ``default_answer``.
    answers: list[Answer] = field(default_factory=list)
    default_answer: bool = False  # the question box's own default: No
    #: The channel's real functions, for a test of the boxes themselves.
    real: Any = None
    _unread: list[Message] = field(default_factory=list)

    @classmethod
    def install(cls, monkeypatch: pytest.MonkeyPatch) -> MessageMock:
        mock = cls(real=SimpleNamespace(**{name: getattr(messages, name) for name in CHANNEL}))
        for name in CHANNEL:
            monkeypatch.setattr(messages, name, getattr(mock, name))
        return mock

    # -- the channel, as the window calls it ---------------------------------------------------
    def show_error(self, parent: object, error: CodedError) -> None:
        self._record(Message("error", messages.describe(error), error=error))

    def show_info(self, parent: object, title: str, text: str) -> None:
        self._record(Message("info", text, title))

    def show_written(self, parent: object, path: object) -> None:
        self._record(Message("info", f"Written to {path}", "Exported"))

    def show_bug(self, parent: object, exc: BaseException) -> None:
        self._record(Message("bug", repr(exc), error=exc))

    def confirm(self, parent: object, title: str, question: str) -> bool:
        self._record(Message("question", question, title))
        answer = self.answers.pop(0) if self.answers else self.default_answer
        return answer(question) if callable(answer) else answer

    def _record(self, message: Message) -> None:
        self.messages.append(message)
        self._unread.append(message)

    # -- what a test reads ----------------------------------------------------------------------
    def answer(self, *answers: Answer) -> None:
        """The answers to the next questions (True: Yes); a callable gets the question."""
        self.answers.extend(answers)

    def read(self, level: str | None = None) -> list[Message]:
        """The messages not read yet (of ``level`` only, if given), in order; now read."""
        fresh = [m for m in self._unread if level is None or m.level == level]
        taken = {id(m) for m in fresh}
        self._unread = [m for m in self._unread if id(m) not in taken]
        return fresh

    def getmsg(self, level: str | None = None) -> Message:
        """The one message not read yet (of ``level``, if given)."""
        fresh = self.read(level)
        assert len(fresh) == 1, fresh
        return fresh[0]

    def codes(self) -> list[str | None]:
        """The codes of the refusals not read yet."""
        return [m.code for m in self.read("error")]

    def questions(self) -> list[str]:
        return [m.text for m in self.read("question")]

    def unread_problems(self) -> list[Message]:
        return [m for m in self._unread if m.level in ("error", "bug")]
