"""Keyword rules that label a statement effect / status / goal / description (the baseline)."""
from __future__ import annotations

import re

from models.patterns import EFFECT_TRIGGERS

_STATUS = re.compile(r"^(pågår|gjennomført|avholdt|startet|etablert|utarbeidet|ferdig|avsluttet|"
                     r"under arbeid|under planlegging|tentativt|har |er |ble |det er )|\b(pågår|er i gang|"
                     r"er gjennomført|er etablert|ble|har vært|har hatt)\b", re.I)
_GOAL = re.compile(r"\b(skal|mål|målet|sikre|innen)\b|^(legge til rette|bidra|etablere|få |sikre)", re.I)
_EFFECT = re.compile(r"^(" + "|".join(EFFECT_TRIGGERS) + r")\b")


def rule_label(text: str) -> str:
    text = text.strip()
    if _EFFECT.search(text):
        return "effect"
    if _STATUS.search(text):
        return "status"
    if _GOAL.search(text):
        return "goal"
    return "description"
