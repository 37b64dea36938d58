"""What a document is: type, municipality, title and date, read from its own text.

Rules only, never the file name. Each doc type has weighted cue phrases; cues in the
first part of the document (where titles live) count more.
"""
from __future__ import annotations

import re
from collections import Counter

from .types import DocumentInfo, Paragraph, ReadDocument

HEAD_CHARS = 1500

DOC_TYPE_CUES: dict[str, list[tuple[str, float]]] = {
    "statusrapport": [(r"\bstatusrapport\w*", 5), (r"\bkort status\b", 1), (r"\bstatus(?:rapportering)?\b", 0.2),
                      (r"\bkvartalsrapport\w*", 4), (r"\bpågår\b", 0.3)],
    "budsjett": [(r"\bbudsjett\w*", 1.5), (r"\bøkonomiplan\w*", 2), (r"\bhandlingsprogram\w*", 1.5),
                 (r"\bbudsjettramme\w*", 1.5), (r"\bårsbudsjett\w*", 3), (r"\bbokslut\b", 2), (r"\bårsredovisning\w*", 2),
                 (r"\btall i 1 000 kr\b", 1), (r"\btkr\b", 0.5)],
    "evaluering": [(r"\bevaluering\w*", 3), (r"\bsluttrapport\w*", 2.5), (r"\bmåloppnåelse\b", 0.5),
                   (r"\bevalueringsrapport\w*", 4), (r"\bfølgeforskning\b", 1)],
    "prosjektplan": [(r"\bprosjektplan\w*", 5), (r"\bmilepæl\w*", 1.5), (r"\bstyringsdokument\w*", 4),
                     (r"\bprosjektforslag\w*", 4), (r"\bgevinstrealiseringsplan\w*", 4), (r"\bprosjektmandat\w*", 4)],
}
MIN_SCORE = 4.0
BODY_ONLY_CUES = 3  # with no cue in the head, this many different cue words in the body

MUNICIPALITY = re.compile(
    r"\b((?:[A-ZÆØÅ][a-zæøåéü]+(?:[- ](?:og |i |på )?[A-ZÆØÅ][a-zæøåéü]+)?))(?:s)?\s+kommuner?\b|"
    r"\b([A-ZÆØÅ][a-zæøåéü]+?)s? kommun\b"
)
NOT_PLACES = {
    "Den", "Det", "Hver", "Alle", "Vår", "Denne", "Hele", "Ny", "Nye", "Kommunen", "Egen", "Andre", "Annen", "Samme",
    "Store", "Mange", "Flere", "Norske", "Norges", "Enhver", "Tilskudd", "Til", "For", "Fra", "Av", "Hvilken", "Din",
    "Utvalg", "Kommunal", "Kommunale", "Bydel", "Rådmannen", "Askøys", "Ordføreren", "Styringsgruppen",
}
STRONG_MUNICIPALITY = re.compile(
    r"(?:Beregnet til|for|Oppdragsgiver:?|Kommune:)\s+([A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?) kommune\b"
)

MONTHS = {
    "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
    "september": 9, "oktober": 10, "november": 11, "desember": 12,
}
_MONTH = "|".join(MONTHS)
DATE_LINE = re.compile(
    rf"\b(?:Dato|Date|Datum)\s*:?\s*(?:(\d{{1,2}})\.\s*({_MONTH})\s+(\d{{4}})|(\d{{1,2}})\.(\d{{1,2}})\.(\d{{2,4}})|({_MONTH})\s+(\d{{4}}))",
    re.IGNORECASE,
)

BOILERPLATE = re.compile(
    r"^(?:a a a|for å endre størrelse|pc:|mac:|størrelse:|begynne med side|download|transkript|back to top|"
    r"last ned|side \d+|\d+$)",
    re.IGNORECASE,
)
BUDGET_TITLE = re.compile(r"(?:Artikkelen tilhører|tilhører)\s+(.+?budsjett\s+\d{4}.*?)\s*$", re.IGNORECASE)


def classify(doc: ReadDocument) -> DocumentInfo:
    text = doc.text
    return DocumentInfo(
        doc_type=doc_type(text),
        municipality=municipality(text) or municipality("\n".join(doc.properties.values())),
        title=title(doc),
        doc_date=doc_date(text) or meeting_date(doc),
    )


def doc_type(text: str) -> str:
    head = text[:HEAD_CHARS]
    scores: dict[str, float] = {}
    evidence: dict[str, tuple[int, int]] = {}
    for kind, cues in DOC_TYPE_CUES.items():
        score, in_head, distinct = 0.0, 0, 0
        for pattern, weight in cues:
            head_hits = len(re.findall(pattern, head, re.IGNORECASE))
            hits = len(re.findall(pattern, text, re.IGNORECASE))
            score += weight * min(head_hits, 3) * 2 + weight * min(hits, 10) * 0.5
            in_head += head_hits
            distinct += hits > 0
        scores[kind], evidence[kind] = score, (in_head, distinct)
    best = max(scores, key=scores.get)
    in_head, distinct = evidence[best]
    if not in_head and distinct < BODY_ONLY_CUES and scores[best] < 2 * MIN_SCORE:
        return "annet"  # one or two words repeated in the body: a book chapter on planning that mentions "økonomiplan"
    return best if scores[best] >= MIN_SCORE else "annet"


def municipality(text: str) -> str | None:
    strong = STRONG_MUNICIPALITY.search(text[:5000])
    if strong and strong.group(1) not in NOT_PLACES:
        return strong.group(1)
    counts: Counter[str] = Counter()
    for match in MUNICIPALITY.finditer(text):
        name = match.group(1) or match.group(2)
        if not name or name.split()[0] in NOT_PLACES or name.endswith("kommune"):
            continue
        weight = 3 if match.start() < HEAD_CHARS else 1
        counts[_base_name(name)] += weight
    if not counts:
        return None
    return counts.most_common(1)[0][0]


def _base_name(name: str) -> str:
    """'Askøys' → 'Askøy' is not attempted; the regex already drops a genitive -s."""
    return name.strip()


def title(doc: ReadDocument) -> str | None:
    for block in doc.blocks:
        if isinstance(block, Paragraph):
            m = BUDGET_TITLE.search(block.text)
            if m:
                t = m.group(1).strip().rstrip(".")
                return t[0].upper() + t[1:]
    candidates = [doc.title_hint] if doc.title_hint else []
    candidates += [b.text for b in doc.blocks if isinstance(b, Paragraph)][:40]
    for text in candidates:
        line = (text or "").strip().split("\n")[0]
        if _is_title(line):
            return line
    return None


def _is_title(line: str) -> bool:
    if not (4 <= len(line) <= 160) or BOILERPLATE.search(line):
        return False
    if re.match(r"^(?:\d+(?:\.\d+)*\s|[•\-–*]\s)", line) and not re.match(r"^\d+ [A-ZÆØÅ]", line):
        return False
    words = re.findall(r"[A-Za-zÆØÅæøåÄÖäö]{4,}", line)
    return bool(words) and line[0].isupper() or line[:1].isdigit() and bool(words)


MEETING_DATE_HEADER = re.compile(r"^\s*(møtedato|møtedag|dato for møte)\s*$", re.IGNORECASE)
NUMERIC_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$")


def meeting_date(doc: ReadDocument) -> str | None:
    """A møtebok's or saksframlegg's date: the first meeting in its SAKSGANG table
    ("Styre/råd/utval | Møtedato | Sak nr": the first row's Møtedato)."""
    for table in doc.tables:
        grid = table.grid()
        for r, row in enumerate(grid):
            col = next((c for c, cell in enumerate(row) if MEETING_DATE_HEADER.match(cell or "")), None)
            if col is None:
                continue
            for below in grid[r + 1:]:
                m = NUMERIC_DATE.match(below[col] or "") if col < len(below) else None
                if m:
                    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
                    year = year + 2000 if year < 100 else year
                    if 1 <= month <= 12 and 1 <= day <= 31:
                        return f"{year:04d}-{month:02d}-{day:02d}"
            return None
    return None


def doc_date(text: str) -> str | None:
    """The document's own date ("Dato: 22.august 2017" → 2017-08-22, "Dato Desember 2010" → 2010-12)."""
    m = DATE_LINE.search(text[:8000])
    if not m:
        return None
    if m.group(1):
        return f"{int(m.group(3)):04d}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    if m.group(4):
        year = int(m.group(6))
        year = year + 2000 if year < 100 else year
        day, month = int(m.group(4)), int(m.group(5))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return f"{year:04d}-{month:02d}-{day:02d}"
        return None
    return f"{int(m.group(8)):04d}-{MONTHS[m.group(7).lower()]:02d}"
