"""ORG, PROJECT and GPE names no list can hold, found by how Norwegian writes names.

Norwegian capitalises names but not common nouns, so a capital away from the start of a
sentence marks a name, and the name's head word says what kind it is. The component
`arkivar_names` (after the rule ruler and `arkivar_norm`) adds what these modules find:

* acronyms.py — acronym definitions both ways round (Schwartz & Hearst 2003);
* units.py — institutions, units, companies, streets ("Kleppe skole", "Pårørendesenteret",
  "Senter for rusforebygging", "Stavanger bolig KF", "Løkkeveien");
* runs.py — title-case runs and names after a project noun ("God Helse Hjemme",
  "kompetanseprosjektet God helse for alle");
* wrapped.py — gazetteer names broken over a line;
* cues.py — project names given away by a role ("prosjektleder for Campus Kristiansund"), a place
  with a year as a title ("Fjell 2020"), or an earlier mention in the same document.

Nothing here overrides DATE, MONEY, PERCENT, STATUS or EFFECT spans; a longer name beats a
GPE or ORG inside it ("Kleppe skole" over the place "Kleppe"). Last, a «quoted» project name is
the project wherever the text quotes it again, and a place name right after a first name is part
of a person's name ("Guri Ulvik Martinsen"), not a place.
"""
from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from models.gazetteers import places, programmes
from models.names.acronyms import acronym_spans, inferred_acronyms, long_form
from models.names.cues import (
    MUNICIPALITY_WORDS, YEAR, affiliations, announced_headings, bracketed_parties, case_bodies, county_offices,
    described_projects, headed_programmes, hotel_names, led_bodies, legal_form_names, listed_places, listed_projects,
    local_branches, member_bodies, named_after_body_noun, named_places, named_project_lists, party_tags, pilot_names,
    place_programmes, place_year_names, placed_bodies, project_repeats, role_projects, titled_projects, venues,
    zoned_places,
)
from models.names.grants import grant_table_projects, header_ranges
from models.names.runs import (
    named_after_project_noun, named_in_project_document, project_compounds, title_runs, upper_case_programmes,
)
from models.names.units import (
    acronym_bodies, adjective_units, company_spans, compass_parts, heads_with_places, institution_spans,
    joined_places, joined_spans, local_offices, merged_units, place_acronym_spans, place_cooperations, place_spans,
    programme_spans, sector_units, sentence_case_units, stretch_places, upper_case_names, with_company_form,
    with_places,
)
from models.names.words import NAME_LABELS, PLACE_NOUNS, blocked_tokens, is_first_name
from models.names.wrapped import broken_places, wrapped_spans
from models.norm import normalise

__all__ = ["long_form", "names_component"]


def _keep(candidates: Iterable[Span], ents: Iterable[Span]) -> list[Span]:
    """Candidates that replace only name spans, and only ones they contain; a project name may end
    in a year ("Fjell 2020", "Kompetanseløftet 2025")."""
    ents = list(ents)
    kept = []
    for cand in candidates:
        clashes = [e for e in ents if e.start < cand.end and cand.start < e.end]
        if all((e.label_ in NAME_LABELS or cand.label_ == "PROJECT" and e.label_ == "DATE" and e.end == cand.end
                and len(e) == 1) and cand.start <= e.start and e.end <= cand.end for e in clashes):
            kept.append(cand)
    return kept


# Titles written right before a person's name: "Rådmann Arne Skogsbakken", "fylkesordfører Thore Westermoen".
PERSON_TITLES = {"ordfører", "varaordfører", "fylkesordfører", "rådmann", "fylkesrådmann", "kommunedirektør",
                 "fylkesdirektør", "kommunalsjef", "kommunaldirektør", "statsforvalter", "fylkesmann", "statsråd",
                 "minister", "prosjektleder", "prosjektleiar", "hovedprosjektleder", "direktør", "styreleder",
                 "styreleiar", "enhetsleder", "avdelingsleder", "rådgiver", "rådgjevar", "saksbehandler",
                 "sakshandsamar", "konsulent", "professor", "stortingsrepresentant", "kommuneoverlege"}


def _after_person_title(doc: Doc, ent: Span) -> bool:
    """Is this title-case place name part of a name right after a person's title (with at most one first
    name between: "fylkesordfører Thore Westermoen")?"""
    if not all(t.is_title for t in ent) or len(ent) > 3 \
            or ent.end < len(doc) and doc[ent.end].lower_ in PLACE_NOUNS:  # "Prosjektleder Bergen kommune"
        return False
    for k in (ent.start - 1, ent.start - 2):
        if k < 0 or doc[k].whitespace_ != " ":
            return False
        if doc[k].lower_ in PERSON_TITLES:
            return all(t.is_title and t.is_alpha and not t.ent_type_ for t in doc[k + 1:ent.start])
    return False


def _in_person_name(doc: Doc, ent: Span) -> bool:
    """"Guri Ulvik Martinsen", "Amund Haugen Steinbakken": a place name right after a first name, or
    after a first name and one more name, is the person's middle or last name; so is one right after a
    person's title."""
    if ent.label_ != "GPE" or ent.start == 0:
        return False
    if ent.end < len(doc) and doc[ent.end].lower_ in MUNICIPALITY_WORDS:
        return False  # "Anne Maren Wasmuth Beiarn kommune": a name, then the municipality she speaks for
    if _after_person_title(doc, ent):
        return True
    for k in (ent.start - 1, ent.start - 2):
        before = doc[k] if k >= 0 else None
        if before is None or before.whitespace_ != " " or not before.is_title or not before.is_alpha \
                or (before.ent_type_ and before.ent_type_ != "GPE"):
            return False
        if is_first_name(before.text) and not before.ent_type_:
            # "Jill Arntsen Værøy Tor Arne Andreassen": a third name with the next person's first name after it is
            # the place a members list gives for her, not a second surname
            return k == ent.start - 1 or ent.end >= len(doc) or not is_first_name(doc[ent.end].text)
    return False


def _quoted(doc: Doc, start: int, end: int) -> bool:
    """Do «guillemets» stand right around the tokens start..end?"""
    return start > 0 and end < len(doc) and doc[start - 1].text == "«" and doc[end].text == "»"


def _quoted_repeats(doc: Doc) -> list[Span]:
    """A «quoted» project name found once ("hovedprosjektet «Ungt utenforskap i Midt-Troms»") is the same
    project wherever the text quotes it again, a title line included."""
    names = {tuple(t.text for t in e) for e in doc.ents if e.label_ == "PROJECT" and _quoted(doc, e.start, e.end)}
    taken = {i for e in doc.ents if e.label_ not in NAME_LABELS for i in range(e.start, e.end)}
    out = []
    for words in names:
        n = len(words)
        for i in range(1, len(doc) - n):
            if tuple(t.text for t in doc[i:i + n]) == words and _quoted(doc, i, i + n) \
                    and not taken.intersection(range(i, i + n)):
                out.append(Span(doc, i, i + n, label="PROJECT"))
    return out


def _joins_project(doc: Doc, ent: Span, nxt: Span) -> bool:
    """Does the entity right after a project's name belong to it? A place ("Bolig for velferd Innlandet",
    "Akson Agder"; not a place that "kommune" follows) or a lone year ("Folkehelse 2025"; not "2019–2021", nor
    after a national programme: "Regionale utviklingsmidler 2020" names the year's grants)."""
    if nxt.start != ent.end or ent[-1].whitespace_ != " ":
        return False
    after = doc[nxt.end] if nxt.end < len(doc) else None
    if nxt.label_ == "GPE":
        return not (after is not None and after.lower_ in PLACE_NOUNS)
    return nxt.label_ == "DATE" and len(nxt) == 1 and YEAR.match(nxt.text) is not None \
        and ent.text.lower() not in programmes() \
        and not YEAR.match(ent[-1].text) \
        and not (after is not None and (after.text in {"-", "–", "/"} or YEAR.match(after.text)))  # "2010 2012"


def _with_place_or_year(doc: Doc) -> list[Span]:
    """A project's name takes the place or the year right after it on the same line (not across "i", a comma
    or a line break)."""
    ents = list(doc.ents)
    out = []
    i = 0
    while i < len(ents):
        ent = ents[i]
        while ent.label_ == "PROJECT" and i + 1 < len(ents) and _joins_project(doc, ent, ents[i + 1]):
            ent = Span(doc, ent.start, ents[i + 1].end, label="PROJECT")  # "Folkehelse Søndre Land 2025"
            i += 1
        out.append(ent)
        i += 1
    return out


COUNCILS = {"kommune", "fylkeskommune"}


def _council_as_place(doc: Doc, ent: Span) -> Span:
    """"Eier av prosjektet: Nesna kommune": a council is not a project's name; its place is the GPE."""
    if ent.label_ == "PROJECT" and len(ent) >= 2 and ent[-1].lower_ in COUNCILS and ent[:-1].text in places():
        return Span(doc, ent.start, ent.end - 1, label="GPE")
    return ent


@Language.component("arkivar_names")
def names_component(doc: Doc) -> Doc:
    blocked = blocked_tokens(doc)
    listed = listed_projects(doc, blocked)  # a list announced as projects names projects, whatever else its items say
    for span in listed:
        for k in range(span.start, span.end):
            blocked[k] = True
    found = (acronym_spans(doc) + institution_spans(doc, blocked) + company_spans(doc, blocked)
             + joined_spans(doc) + joined_places(doc) + stretch_places(doc) + compass_parts(doc) + wrapped_spans(doc)
             + broken_places(doc) + adjective_units(doc, blocked)
             + heads_with_places(doc, blocked) + upper_case_names(doc) + programme_spans(doc, blocked)
             + place_acronym_spans(doc, blocked) + local_offices(doc, blocked) + acronym_bodies(doc, blocked)
             + place_cooperations(doc, blocked) + venues(doc, blocked))
    found = with_company_form(doc, merged_units(doc, with_places(doc, filter_spans(
        found + [e for e in doc.ents if e.label_ == "ORG"]))))
    after_noun = named_after_project_noun(doc, blocked)  # "investeringsprosjektet Tromsøbadet": a project, not the venue
    found = after_noun + found
    found += (title_runs(doc, blocked, found) + project_compounds(doc, blocked)
              + named_in_project_document(doc, blocked) + upper_case_programmes(doc, blocked)
              + sentence_case_units(doc, blocked) + sector_units(doc, blocked) + place_spans(doc, blocked)
              + role_projects(doc, blocked)
              + place_year_names(doc, blocked) + described_projects(doc, blocked) + led_bodies(doc, blocked)
              + legal_form_names(doc, blocked) + local_branches(doc) + place_programmes(doc, blocked) + listed
              + headed_programmes(doc, blocked)
              + named_places(doc, blocked) + county_offices(doc, blocked) + placed_bodies(doc, blocked)
              + case_bodies(doc, blocked) + named_project_lists(doc, blocked) + member_bodies(doc, blocked)
              + bracketed_parties(doc, blocked) + zoned_places(doc, blocked) + titled_projects(doc, blocked)
              + hotel_names(doc, blocked) + named_after_body_noun(doc, blocked)
              + announced_headings(doc, blocked) + affiliations(doc, blocked)
              + pilot_names(doc, blocked) + party_tags(doc, blocked))
    found += with_places(doc, inferred_acronyms(doc, found + list(doc.ents)))
    kept = _keep(filter_spans(found), doc.ents)
    taken = {i for s in kept for i in range(s.start, s.end)}
    doc.ents = filter_spans(kept + [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))])
    doc.ents = filter_spans(list(doc.ents) + listed_places(doc, blocked))  # needs the places found above
    headers = header_ranges(doc)  # a grant table's header row names columns: "Prosjekt Tildelt beløp"
    doc.ents = filter_spans(grant_table_projects(doc) + [
        e for e in doc.ents if not (e.label_ == "PROJECT" and any(a <= e.start_char < b for a, b in headers))])
    doc.ents = [e for e in filter_spans(list(doc.ents) + _quoted_repeats(doc)) if not _in_person_name(doc, e)]
    repeats = [s for s in project_repeats(doc)  # a repeat replaces what lies inside it, never cuts into a longer span
               if all(s.start <= e.start and e.end <= s.end for e in doc.ents if e.start < s.end and s.start < e.end)]
    covered = {i for s in repeats for i in range(s.start, s.end)}
    doc.ents = filter_spans(repeats + [e for e in doc.ents if not covered.intersection(range(e.start, e.end))])
    doc.ents = [_council_as_place(doc, e) for e in _with_place_or_year(doc)]
    for ent in doc.ents:
        if ent._.norm is None:
            ent._.norm = normalise(ent.label_, ent.text)
    return doc
