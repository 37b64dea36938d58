"""Acronym definitions, both ways round, found with the Schwartz & Hearst (2003) algorithm.

"RVTS (Regionalt ressurscenter om vold, ...)" and "Regionalt kunnskapssenter for barn og
unge (RKBU)": the long form is an ORG when its words name an institution (or the acronym is
a known ORG), a PROJECT when they name a project or programme; the acronym then gets the
same label everywhere in the text.

An acronym the text never defines ("PTN-utvalet") is the ORG or PROJECT whose initials it
spells, when the text names one ("Hovudutval for plan, teknikk og næring": PTN, HPTN).
"""
from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc, Span

from models.context import text_of
from models.gazetteers import organisations
from models.names.words import COMPANY_FORMS, ORG_WORDS, PROJECT_NOUN, PROJECT_WORDS

ABBR = r"[A-ZÆØÅ][A-ZÆØÅ0-9]{1,7}"
_ABBR_THEN_LONG = re.compile(rf"\b({ABBR})[ \u00a0]*\(([A-ZÆØÅ][^()\n]{{4,150}}?)\)")
_LONG_THEN_ABBR = re.compile(rf"\(({ABBR})(-[a-zæøå]+)?[ \u00a0]?\)")  # "(RKBU)", "(OBS-team)", "(NGIT )"
LOOKBACK = 150
COUNCIL_WORDS = {"kommune", "kommunes", "fylkeskommune", "fylkeskommunes", "herad", "heradskommune"}


def long_form(short: str, text: str) -> Optional[int]:
    """Where in `text` the long form of `short` starts, or None.

    Every letter of the acronym is matched right to left to a character of `text`; the
    first letter must begin a word."""
    s, i = len(short) - 1, len(text) - 1
    while s >= 0:
        c = short[s].lower()
        if not c.isalnum():
            s -= 1
            continue
        while i >= 0 and (text[i].lower() != c or (s == 0 and i > 0 and text[i - 1].isalnum())):
            i -= 1
        if i < 0:
            return None
        i -= 1
        s -= 1
    return max(text.rfind(ws, 0, i + 1) for ws in " \t\u00a0") + 1


def _is_council(words: str) -> bool:
    """"Rogaland fylkeskommune": the place is the GPE and "fylkeskommune" is not in it, but the acronym
    it defines ("RFK", "FFK") names the council and is an ORG."""
    return words.split()[-1].lower() in COUNCIL_WORDS


_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]*$")


def _after_project_noun(text: str, start: int) -> bool:
    """"Fellessatsingen DDA (Det digitale Agder)", "i sitt program Lokal samfunnsutvikling i kommunene (LUK)": a
    project noun right before names a project whatever its words ("kommunene" is no body here)."""
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(m) and bool(PROJECT_NOUN.match(m.group(1)))


def _label(words: str, short: str, text: str, start: int) -> Optional[str]:
    """The label of a definition whose long form is `words`; `start` is where the definition begins in `text`
    (the acronym or the long form, whichever comes first)."""
    if _after_project_noun(text, start):
        return "PROJECT"
    if _is_council(words):
        return "ORG"
    if PROJECT_WORDS.search(words):
        return "PROJECT"
    if ORG_WORDS.search(words) or short in organisations() or words.split()[-1] in COMPANY_FORMS:
        return "ORG"
    return None


def acronym_spans(doc: Doc) -> list[Span]:
    """Long forms defined next to an acronym, and every occurrence of those acronyms."""
    text, out, defined = text_of(doc), [], {}
    for m in _ABBR_THEN_LONG.finditer(text):
        short, words = m.group(1), m.group(2)
        label = _label(words, short, text, m.start())
        if long_form(short, words) is None or label is None:
            continue
        span = doc.char_span(m.start(2), m.end(2), label=label, alignment_mode="contract")
        if span is not None:
            if not _is_council(words):
                out.append(span)
            defined[short] = label
    compounds: dict[tuple[str, str], str] = {}  # ("OBS", "team") -> label: "OBS-team", "OBS-teamet"
    for m in _LONG_THEN_ABBR.finditer(text):
        short, suffix = m.group(1), m.group(2)
        window_start = max(text.rfind("\n", 0, m.start()) + 1, m.start() - LOOKBACK)
        before = text[window_start:m.start()].rstrip()
        start = long_form(short, before)
        if start is None:
            continue
        words = before[start:]
        label = _label(words, short, text, window_start + start)
        n_words = len(words.split())
        if label is None or n_words < 2 or n_words > len(short) + 5 or not words[:1].isupper():
            continue
        span = doc.char_span(window_start + start, window_start + start + len(words), label=label,
                             alignment_mode="contract")
        if span is not None:
            if not _is_council(words):
                out.append(span)
            if suffix:
                compounds[(short, suffix[1:])] = label
            else:
                defined[short] = label
    for token in doc:
        key = token.text if token.text in defined else token.text[:-1] if token.text.endswith("s") else None
        if key in defined:
            out.append(Span(doc, token.i, token.i + 1, label=defined[key]))
        elif token.i + 2 < len(doc) and doc[token.i + 1].text == "-":
            word = doc[token.i + 2].lower_
            label = next((lab for (a, stem), lab in compounds.items()
                          if a == token.text and word.startswith(stem)), None)
            if label:
                out.append(Span(doc, token.i, token.i + 3, label=label))
    return out


SMALL_WORDS = {"og", "for", "i", "av", "til", "på", "med", "om", "fra", "&"}


def _initials(text: str) -> set[str]:
    """Acronyms a name can be shortened to: initials of every word, of the content words, and
    of their trailing parts ("Utvalg for levekår": UFL, UL; "... for plan, teknikk og næring": PTN)."""
    words = [w for w in re.split(r"[\s,/–-]+", text) if w and w[0].isalpha()]
    content = [w for w in words if w.lower() not in SMALL_WORDS]
    out = set()
    for seq in (words, content):
        letters = "".join(w[0].upper() for w in seq)
        out |= {letters[k:] for k in range(len(letters) - 1)}
    return {a for a in out if len(a) >= 2}


def inferred_acronyms(doc: Doc, names: list[Span]) -> list[Span]:
    """Undefined acronyms spelled by the initials of a name found in the same text."""
    spelled: dict[str, str] = {}
    for span in names:
        if span.label_ in ("ORG", "PROJECT") and len(span.text.split()) >= 2:
            for a in _initials(span.text):
                spelled.setdefault(a, span.label_)
    return [Span(doc, t.i, t.i + 1, label=spelled[t.text]) for t in doc
            if t.is_upper and t.is_alpha and 3 <= len(t) <= 6 and t.text in spelled and not t.ent_type_]
