"""The message channel's own boxes (the tests capture it otherwise: message_mock)."""

from __future__ import annotations


def test_unexpected_error_dialog_has_details_to_copy(qtbot, window, message_mock) -> None:  # type: ignore[no-untyped-def]
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        box = message_mock.real.show_bug(window, error)  # the box itself, not the capture
    assert "RuntimeError: boom" in box.detailedText()
    box.close()
