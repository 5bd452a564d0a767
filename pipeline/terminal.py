"""Text fit for a terminal: file names and URLs come from outside and may hold escape sequences (which
retitle the window, hide lines or fake output). Control characters are shown escaped, never sent raw."""

from __future__ import annotations

import logging
import re

# C0 and C1 controls, DEL, and the bidirectional overrides that reorder what is shown
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_UNSAFE_IN_VALUES = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")  # a value may not break lines


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, newlines: bool = True) -> str:
    """``text`` with every control character escaped (``\\x1b``); line breaks kept when ``newlines``."""
    return (_UNSAFE if newlines else _UNSAFE_IN_VALUES).sub(_escape, text)


class SafeFormatter(logging.Formatter):
    """A formatter whose arguments (file names, URLs, reasons) cannot start a new line or an escape sequence."""

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record.args, tuple) and record.args:
            record = logging.makeLogRecord(record.__dict__)
            record.args = tuple(printable(a, newlines=False) if isinstance(a, str) else a
                                for a in record.args)  # type: ignore[union-attr]
        return printable(super().format(record))
