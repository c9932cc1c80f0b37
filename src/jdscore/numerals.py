"""The value of a number token: arabic (full-width too), Chinese numerals, 万, 亿, fractions.

The grammar decides *where* a number is; this module only says what it is worth, the
way `int()` does for ASCII digits. It therefore knows the Chinese digits and the
multipliers 十 百 千 万 亿, and nothing else of the language.
"""

from __future__ import annotations

import unicodedata
from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal
from fractions import Fraction

from .source import to_simplified

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
           "乙": 1}  # 嘉奖乙次: one, as official writing in Taiwan spells it before a counter
_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
# 10亿元, 十亿元, 5万: the large multipliers, the larger first (一亿二千万 splits at 亿)
_LARGE_UNITS = {"亿": 100_000_000, "万": 10000}
_FRACTION_MARK = "分之"
_SLASH = "/"
_PER_MILLE = {"百分之": 100, "千分之": 1000, "万分之": 10000,  # 万分之三: 0.03%
              "十万分之": 100000, "百万分之": 1000000, "千万分之": 10000000}  # 十万分之十五: 0.015%
# 85%, 1.8‰, 0.9‱: the signs of a rate written in hundredths, thousandths, ten-thousandths
PARTS_OF_A_WHOLE = {"%": 100, "‰": 1000, "‱": 10000, "成": 10, "个千分点": 1000, "千分点": 1000}
_POINT = "点"
_HALF = "半"  # 半小时: half of one


# For steps that are exact by nature (moving the decimal point, quantizing a decimal that
# already has the digits): under the default context (28 digits) they would round a long
# number silently, or fail. Never for a division, which could then run forever.
EXACT = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)


def magnitude_name(multiplier: int) -> str:
    """万 for 10000, 亿 for 100000000 (the words a value is written with)."""
    return next((unit for unit, factor in _LARGE_UNITS.items() if factor == multiplier), "")


class NumeralError(ValueError):
    pass


MAX_NUMBER_CHARS = 24  # 百分之九十九点九九 is 10, 0.000001 is 8


def _chinese_integer(text: str) -> int:
    if not text:
        raise NumeralError("空的数字")
    total = 0
    for unit, factor in _LARGE_UNITS.items():
        if unit in text:
            high, _, low = text.rpartition(unit)
            return _chinese_integer(high or "一") * factor + (_chinese_integer(low) if low else 0)
    section = 0
    digit = None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        else:
            raise NumeralError(f"“{ch}”不是数字")
    total = section + (digit or 0)
    return total


def _chinese_decimal(text: str) -> Fraction:
    whole, sep, frac = text.partition(_POINT)
    value = Fraction(_chinese_integer(whole))
    if sep:
        digits = "".join(str(_DIGITS[ch]) for ch in frac if ch in _DIGITS)
        if not digits:
            raise NumeralError("“点”后面没有数字")
        value += Fraction(int(digits), 10 ** len(digits))
    return value


def parse_number(token: str) -> tuple[Decimal | Fraction, int, bool]:
    """(value, multiplier, is_percent) of a NUMBER token's text.

    The value is a Decimal, or a Fraction for 三分之一 (which has no finite decimal).
    `multiplier` is 10000 when the token carries 万, so that a range like `5—10万` can
    give the bare lower end the same magnitude as the upper one.
    """
    text = token if token.isascii() else unicodedata.normalize("NFKC", to_simplified(token))
    text = text.replace(" ", "").replace("\u3000", "").replace("。", ".")  # 0。5分: a stop typed for the point
    text = text.replace(",", "")  # 5,000份 (，, too, which NFKC makes ,): a thousands separator
    if text == "O":  # (O分): the letter for a zero (the grammar takes it only before 分)
        text = "0"
    if len(text) > MAX_NUMBER_CHARS:
        # a thousand 万 would recurse a thousand deep, a 5000-digit constant overflows
        # the compiler's integer literals: no rubric writes such a number
        raise NumeralError(f"数字太长(超过 {MAX_NUMBER_CHARS} 个字)")
    for prefix, parts in _PER_MILLE.items():
        if text.startswith(prefix):
            rest = text[len(prefix):]
            if rest.replace(".", "", 1).isascii() and rest.replace(".", "", 1).isdigit():  # 千分之0.9: digits
                return Fraction(Decimal(rest)) / parts, 1, True
            return _chinese_decimal(rest) / parts, 1, True
    if _FRACTION_MARK in text:
        den, _, num = text.partition(_FRACTION_MARK)
        denominator = _chinese_integer(den)
        if denominator == 0:
            raise NumeralError("分母为零")
        # 超过二分之一: a share of a whole, as 1/2 is (read as a bare 0.5, 60% met no tier)
        return Fraction(_chinese_integer(num), denominator), 1, True
    # 完成2/3以上: a share of a whole (2/3 of the tasks), never a number of them
    if _SLASH in text:
        num, _, den = text.partition(_SLASH)
        if not (num.isdigit() and den.isdigit()) or int(den) == 0:
            raise NumeralError(f"“{token}”不是分数")
        return Fraction(int(num), int(den)), 1, True
    if text == _HALF:
        return Decimal("0.5"), 1, False
    multiplier = 1
    if text[:1].isdigit() and text[-2:] in ("个亿", "个万"):
        text = text[:-2] + text[-1]  # 1个亿元: 个 a measure word before the magnitude
    # 5万 carries its 万 as a multiplier (for the bare end of 5—10万); 一亿二千万 is one number
    alone = not any(unit in text[:-1] for unit in _LARGE_UNITS)
    if text[:1].isdigit() and len(text) > 2 and text[-1] in _LARGE_UNITS and text[-2] in _SMALL_UNITS and alone:
        # 1千万元, 5百万: digits, then 十, 百 or 千 of 万 or 亿
        # (the magnitude carried is the 万 or 亿, as 千万元 alone carries: what a value is written in)
        multiplier = _LARGE_UNITS[text[-1]]
        text = str(Decimal(text[:-2]) * _SMALL_UNITS[text[-2]])
    elif (text.endswith(tuple(_LARGE_UNITS)) and alone) or (text.endswith(tuple(_SMALL_UNITS)) and text[0].isdigit()):
        # 5万, 3千元, 1百人
        multiplier = _LARGE_UNITS.get(text[-1]) or _SMALL_UNITS[text[-1]]
        text = text[:-1]
    if not text and multiplier > 1:  # 每万元: the magnitude alone, one of it
        return Decimal(multiplier), multiplier, False
    if text and (text[0].isdigit()):
        try:
            value = Decimal(text)
        except ArithmeticError:
            raise NumeralError(f"“{token}”不是数字") from None
        if not value.is_finite():
            raise NumeralError(f"“{token}”不是数字")
    elif _POINT in text:  # 零点五分: a decimal in words
        value = exact_decimal(_chinese_decimal(text))
    else:
        value = Decimal(_chinese_integer(text))
    return value * multiplier, multiplier, False


def exact_decimal(value: Decimal | Fraction) -> Decimal | None:
    """`value` as a Decimal when it has a finite decimal expansion, else None."""
    if isinstance(value, Decimal):
        return value
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return None
    places = max(twos, fives)
    scaled = value * 10**places
    return Decimal(int(scaled)).scaleb(-places, context=EXACT)


def plain(value: Decimal) -> str:
    """An exact decimal without exponent and without trailing zeros: 0.40 -> '0.4'."""
    # format "f" rather than quantize/normalize: those round to the context's 28 digits
    # (or fail) on a long number, and this must print exactly what it is given
    if value == value.to_integral_value():
        return format(value.to_integral_value(), "f")
    return format(value, "f").rstrip("0")


def places(value: Decimal) -> int:
    """How many decimal places `value` needs. From its digits, not from normalize(), which
    rounds in the context: 1e-999999999 underflowed to 0 and needed none."""
    _, digits, exponent = value.as_tuple()
    if not isinstance(exponent, int) or not any(digits):
        return 0
    kept = len(digits)
    while digits[kept - 1] == 0:  # trailing zeros of the coefficient need no place
        kept -= 1
    return max(0, -(exponent + len(digits) - kept))
