"""reportlab set-up shared by the PDFs drawn directly (no LibreOffice): fonts, styles, page chrome."""
from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from .common import FONT_DIR

rl_config.invariant = 1  # no timestamps or random ids: reruns give equal bytes


@lru_cache(maxsize=None)
def fonts() -> tuple[str, str]:
    """Register DejaVu Sans (covers æøå, –, «») and return (regular, bold) names."""
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONT_DIR / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONT_DIR / "DejaVuSans-Bold.ttf")))
    pdfmetrics.registerFontFamily("DejaVu", normal="DejaVu", bold="DejaVu-Bold", italic="DejaVu", boldItalic="DejaVu-Bold")
    return "DejaVu", "DejaVu-Bold"


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts()
    return {
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=12.5, spaceAfter=5, alignment=TA_LEFT),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=16, leading=20, spaceBefore=8, spaceAfter=8),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=13, leading=16, spaceBefore=10, spaceAfter=6),
        "h3": ParagraphStyle("h3", fontName=bold, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=3),
        "bullet": ParagraphStyle("bullet", fontName=regular, fontSize=9.5, leading=12.5, leftIndent=14, bulletIndent=4),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=8.5, leading=10.5),
        "caption": ParagraphStyle("caption", fontName=regular, fontSize=8, leading=10, spaceBefore=2, spaceAfter=8),
    }


def text(s: str) -> str:
    """Escape for reportlab's mini-markup."""
    return escape(s)
