"""The capture of the message channel itself: what it records, what a test has read, and
what it leaves for the fixture to fail on."""

from __future__ import annotations

import pytest

from desktop_app.domain.errors import DomainError
from desktop_app.ui import messages
from tests.helpers.messagemock import MessageMock


def test_the_channel_is_captured_and_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    mock = MessageMock.install(monkeypatch)
    messages.show_info(None, "Title", "Said")
    messages.show_error(None, DomainError("amount.zero"))
    assert [m.level for m in mock.unread_problems()] == ["error"]  # the fixture would fail
    assert mock.getmsg("info").text == "Said"
    assert mock.codes() == ["amount.zero"]
    assert mock.unread_problems() == []
    messages.show_bug(None, RuntimeError("boom"))
    assert mock.unread_problems()[0].level == "bug"
    assert mock.read("bug")[0].text == "RuntimeError('boom')"


def test_questions_are_answered_in_order_then_no(monkeypatch: pytest.MonkeyPatch) -> None:
    mock = MessageMock.install(monkeypatch)
    mock.answer(True, lambda question: "second" in question)
    assert messages.confirm(None, "T", "first?")
    assert messages.confirm(None, "T", "second?")
    assert not messages.confirm(None, "T", "third?")  # the box's default: No
    assert mock.questions() == ["first?", "second?", "third?"]
    assert mock.real.confirm is not messages.confirm  # the real one kept for box tests
