"""Rambøll's evaluation of P1824 (Drammen, Dec 2010) as a multi-page PDF, from seed 002.

Only the report part (transcript lines 10–44) is used; each transcript line
"N SLUTTRAPPORT M …" becomes PDF page N with the running header "SLUTTRAPPORT" and the
report page number M (= N − 4) in the footer. The hosting site's listings are left out.
"""
from __future__ import annotations

import re
from pathlib import Path

from .common import seed_lines

FIRST, LAST = 10, 44  # 1-based transcript lines of the report


def pages() -> list[tuple[int, str]]:
    """(pdf page number, body text without the running header / page number)."""
    out = []
    for line in seed_lines("p1824")[FIRST - 1: LAST]:
        if not line.strip():
            continue
        m = re.match(r"^(\d+) (.*)$", line.strip())
        n, rest = int(m.group(1)), m.group(2)
        if n >= 3:
            rest = re.sub(r"^SLUTTRAPPORT ", "", rest)
        if n >= 5:
            rest = re.sub(rf"^{n - 4} ", "", rest)
        out.append((n, rest))
    return out


def build_pdf(out: Path) -> None:
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from .pdf_util import fonts, styles, text

    regular, bold = fonts()
    st = styles()
    body = ParagraphStyle("report", parent=st["body"], fontSize=10, leading=14, alignment=TA_JUSTIFY)
    big = ParagraphStyle("big", parent=st["h1"], fontSize=26, leading=32)
    label = ParagraphStyle("label", parent=st["body"], fontSize=9, textColor="#555555", spaceAfter=0)
    value = ParagraphStyle("value", parent=st["body"], fontSize=14, leading=18, spaceAfter=14)
    frame_w, frame_h = A4[0] - 5 * cm, A4[1] - 5.5 * cm
    story = []
    for n, rest in pages():
        if n == 1:
            m = re.match(r"Beregnet til (.+) Dokument type (.+) Dato (.+?) (EVALUERING AV P1824) (SLUTTRAPPORT)$", rest)
            flow = [Spacer(1, 3 * cm), Paragraph(text(m.group(4)), big), Paragraph(text(m.group(5)), big), Spacer(1, 6 * cm)]
            for lab, val in (("Beregnet til", m.group(1)), ("Dokument type", m.group(2)), ("Dato", m.group(3))):
                flow += [Paragraph(lab, label), Paragraph(text(val), value)]
        elif n == 2:
            m = re.match(r"(EVALUERING AV P1824 SLUTTRAPPORT) (Rambøll) (Postbox 427) (Skøyen) (0213 Oslo) (T F)$", rest)
            flow = [Paragraph(text(m.group(1)), st["h2"]), Spacer(1, 14 * cm)]
            flow += [Paragraph(text(m.group(i)), st["body"]) for i in range(2, 7)]
        elif rest.startswith("INNHOLDSFORTEGNELSE "):
            flow = [Paragraph("INNHOLDSFORTEGNELSE", st["h2"]),
                    Paragraph(text(rest[len("INNHOLDSFORTEGNELSE "):]), body)]
        else:
            flow = [Paragraph(text(rest), body)]
        story.append(KeepInFrame(frame_w, frame_h, flow, mode="shrink"))
        story.append(PageBreak())
    story.pop()

    def chrome(canvas, doc):
        canvas.saveState()
        if doc.page >= 3:
            canvas.setFont(bold, 8)
            canvas.drawRightString(A4[0] - 2.5 * cm, A4[1] - 1.5 * cm, "SLUTTRAPPORT")
        if doc.page >= 5:
            canvas.setFont(regular, 9)
            canvas.drawRightString(A4[0] - 2.5 * cm, 1.4 * cm, str(doc.page - 4))
        canvas.setFont(regular, 7)
        canvas.drawString(2.5 * cm, 1.4 * cm, "RAMBØLL")
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=2.5 * cm, rightMargin=2.5 * cm,
                            topMargin=2.5 * cm, bottomMargin=2.5 * cm,
                            title="EVALUERING AV P1824 SLUTTRAPPORT", author="Rambøll Management Consulting")
    doc.build(story, onFirstPage=chrome, onLaterPages=chrome)
