"""Askøy budsjett 2018 article on the five programs, as the web page (HTML), from seed 001."""
from __future__ import annotations

import html
import re
from pathlib import Path

from .common import seed_lines

BULLET = re.compile(r"^\s*•\s*")


def build_html(out: Path) -> None:
    esc = html.escape
    body: list[str] = []
    in_list = False
    footer = ""
    for line in seed_lines("askoy_budget"):
        text = line.strip()
        if BULLET.match(line):
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{esc(BULLET.sub('', line).strip())}</li>")
            continue
        if in_list and text:
            body.append("</ul>")
            in_list = False
        if not text:
            continue
        if text.startswith("PROGRAM: "):
            body.append(f"<h2>{esc(text)}</h2>")
        elif text in ("Mål", "Forventede gevinster"):
            body.append(f"<h3>{esc(text)}</h3>")
        elif text.startswith("Artikkelen tilhører"):
            footer = text
        elif text == "Back to top":
            continue
        else:
            body.append(f"<p>{esc(text)}</p>")
    if in_list:
        body.append("</ul>")
    page = ("<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<title>Omstilling 2020 – Kommunalavdeling levekår – Askøy kommune</title>\n"
            "<style>body{font-family:Georgia,serif;max-width:48em;margin:1em auto;line-height:1.5}"
            " footer{border-top:1px solid #999;margin-top:2em;font-size:.9em}</style>\n</head>\n<body>\n"
            "<nav><a href=\"#\">Askøy kommune</a> › <a href=\"#\">Budsjett 2018</a> › Levekår</nav>\n<article>\n"
            + "\n".join(body)
            + f"\n</article>\n<footer>\n<p>{esc(footer)}</p>\n<p><a href=\"#top\">Back to top</a></p>\n</footer>\n</body>\n</html>\n")
    out.write_text(page, encoding="utf-8")
