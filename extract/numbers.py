"""Norwegian numbers as printed in budgets: "1 500", "-12 500", "(2 278)", "1 234,5".

Thousands are grouped by a space, no-break space, thin space or narrow no-break space;
the minus is "-", "−" (U+2212) or "–" (en dash); parentheses also mean negative; the
decimal mark is a comma. A lone dash is nil (0), as in Norwegian financial tables.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Optional, Union

THOUSANDS = " \u00a0\u2009\u202f"
MINUS = "-\u2212\u2013"

_SPACE_RUN = re.compile(f"[{THOUSANDS}\t]+")
_MINUS_CHARS = re.compile(f"[{MINUS}]")
# A number after normalisation: sign, then either grouped thousands or a plain digit run,
# then an optional decimal part.
_NUMBER = re.compile(r"^(-?)(\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$")

Number = Union[int, Decimal]


def normalise(text: str) -> str:
    """One ASCII space for every separator run, ASCII "-" for every minus sign."""
    return _MINUS_CHARS.sub("-", _SPACE_RUN.sub(" ", text)).strip()


def parse_number(text: Optional[str]) -> Optional[Number]:
    """The value of a Norwegian number; None for a blank cell.

    Integers come back as `int`, numbers with a decimal comma as `Decimal` (exact).
    Raises ValueError naming the text when it is not a number.
    """
    if text is None:
        return None
    s = normalise(text)
    if not s:
        return None
    if s == "-":
        return 0
    negative = False
    if s.startswith("(") and s.endswith(")"):
        negative, s = True, s[1:-1].strip()
    s = re.sub(r"^- ", "-", s)  # "- 1 500" (a minus set apart)
    m = _NUMBER.match(s)
    if not m:
        raise ValueError(f"not a Norwegian number: {text!r}")
    sign, whole, frac = m.groups()
    negative ^= sign == "-"
    digits = whole.replace(" ", "")
    value: Number = Decimal(f"{digits}.{frac}") if frac else int(digits)
    return -value if negative else value


def parse_int(text: Optional[str]) -> Optional[int]:
    """Like `parse_number`, but the value must be whole."""
    value = parse_number(text)
    if isinstance(value, Decimal):
        if value != value.to_integral_value():
            raise ValueError(f"not a whole number: {text!r}")
        return int(value)
    return value


def is_number(text: Optional[str]) -> bool:
    """True when `text` is a number (blank is not)."""
    try:
        return parse_number(text) is not None
    except ValueError:
        return False
