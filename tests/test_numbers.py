"""Norwegian number parsing: separators, minus signs, parentheses, decimals, blanks."""
from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.numbers import is_number, parse_int, parse_number

SEPARATORS = [" ", "\u00a0", "\u2009", "\u202f"]
MINUSES = ["-", "\u2212", "\u2013"]


def norwegian(n: int, sep: str, minus: str, grouped: bool = True, parens: bool = False) -> str:
    """An integer written the Norwegian way, independently of the parser."""
    digits = str(abs(n))
    if grouped:
        groups = []
        while digits:
            groups.insert(0, digits[-3:])
            digits = digits[:-3]
        digits = sep.join(groups)
    if n < 0:
        return f"({digits})" if parens else f"{minus}{digits}"
    return digits


@given(st.integers(min_value=-10**15, max_value=10**15), st.sampled_from(SEPARATORS), st.sampled_from(MINUSES),
       st.booleans(), st.booleans())
def test_any_norwegian_integer_parses_back_to_itself(n, sep, minus, grouped, parens):
    assert parse_number(norwegian(n, sep, minus, grouped, parens)) == n


@given(st.integers(min_value=-10**12, max_value=10**12), st.integers(min_value=0, max_value=99),
       st.sampled_from(SEPARATORS), st.sampled_from(MINUSES))
def test_decimal_comma_parses_exactly(whole, cents, sep, minus):
    text = norwegian(whole, sep, minus) + f",{cents:02d}"
    if whole == 0:
        return  # "-0,05" has no integer part to carry the sign; covered below
    sign = -1 if whole < 0 else 1
    assert parse_number(text) == Decimal(whole) + sign * Decimal(cents) / 100


@pytest.mark.parametrize("text, value", [
    ("1 000", 1000), ("1000", 1000), ("1\u00a0500", 1500), ("-12\u2009500", -12500), ("−2 278", -2278),
    ("–200", -200), ("(2 278)", -2278), ("0", 0), ("-", 0), ("  621 097 ", 621097), ("- 1 500", -1500),
    ("1 234,5", Decimal("1234.5")), ("-0,5", Decimal("-0.5")), ("12\u202f345\u202f678", 12345678),
])
def test_parse_number_examples(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "   ", None, "\u00a0"])
def test_blank_is_none(text):
    assert parse_number(text) is None


@pytest.mark.parametrize("text", ["1 00", "12 34", "1 0000", "abc", "1 500 kr", "1.500", "--5", "1 000 000 0"])
def test_malformed_numbers_name_the_text(text):
    with pytest.raises(ValueError, match=repr(text).replace("(", r"\(")):
        parse_number(text)
    assert not is_number(text)


def test_parse_int_refuses_fractions():
    assert parse_int("1 500,0") == 1500
    with pytest.raises(ValueError, match="not a whole number: '1,5'"):
        parse_int("1,5")
