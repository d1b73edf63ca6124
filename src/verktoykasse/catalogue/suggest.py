"""Catalogue entries that fit a gap area or a measure, best first.

Two sources of evidence, added up per entry:
- a hand-made map from the five gap-area templates (seed 000) and from common words in measures
  ("mentor", "lærling", "sykefravær") to the entries an advisor would name first;
- the words of the title and description themselves, matched against each entry's search text, ignoring
  words that occur in too many entries to tell them apart.
"""

from __future__ import annotations

from collections.abc import Iterable

from verktoykasse.catalogue.model import Catalogue, Entry
from verktoykasse.catalogue.normalise import normalise

LIMIT = 8

# Gap-area template keys (seed 000) → entries that help with that area, most useful first.
GAP_ENTRIES: dict[str, tuple[str, ...]] = {
    "diversity": (
        "inkluderingsdugnaden",
        "aktivitets-og-redegjorelsesplikten",
        "ringer-i-vannet",
        "imdi",
        "ffo",
        "unge-funksjonshemmede",
        "enkla-jobb",
        "bufdir",
        "idebanken",
    ),
    "recruitment": (
        "nav-arbeidstrening",
        "nav-midlertidig-lonnstilskudd",
        "nav-kontaktsenter-arbeidsgiver",
        "nav-sommerjobb",
        "arbeid-og-inkludering",
        "laerlingtilskudd",
        "jobbsjansen",
        "nav-varig-lonnstilskudd",
        "enkla-jobb",
    ),
    "manager_competence": (
        "nav-mentortilskudd",
        "nav-inkluderingstilskudd",
        "arbeidsmiljoloven-4-6",
        "ldl-22-individuell-tilrettelegging",
        "supported-employment",
        "nav-hjelpemiddelsentral",
        "idebanken",
        "kompetansepluss-arbeid",
    ),
    "external_cooperation": (
        "nav-arbeidslivssenter",
        "nav-kontaktsenter-arbeidsgiver",
        "arbeid-og-inkludering",
        "nav-oppfolging",
        "ips",
        "asvl",
        "fontenehus",
        "fretex-jobb-og-oppfolging",
        "bla-kors-fredrikstad",
    ),
    "follow_up": (
        "nav-mentortilskudd",
        "nav-oppfolging",
        "nav-ekspertbistand",
        "ia-avtalen",
        "nav-arbeidslivssenter",
        "arbeidsmiljoloven-4-6",
        "ips",
        "nav-inkluderingstilskudd",
    ),
}

# Word stems (already folded by ``normalise``) that point at particular entries.
KEYWORD_ENTRIES: dict[str, tuple[str, ...]] = {
    "mentor": ("nav-mentortilskudd",),
    "fadder": ("nav-mentortilskudd",),
    "larling": ("laerlingtilskudd", "fagbrev-pa-jobb", "laerlingkrav-offentlige-anskaffelser"),
    "fagbrev": ("fagbrev-pa-jobb", "praksiskandidat", "laerlingtilskudd"),
    "sommerjobb": ("nav-sommerjobb",),
    "sommer": ("nav-sommerjobb",),
    "praksis": ("nav-arbeidstrening", "aft", "jobbsjansen"),
    "arbeidstrening": ("nav-arbeidstrening",),
    "utprov": ("nav-arbeidstrening",),
    "lonnstilskudd": ("nav-midlertidig-lonnstilskudd", "nav-varig-lonnstilskudd"),
    "ansett": ("nav-midlertidig-lonnstilskudd", "nav-arbeidstrening"),
    "rekrutt": ("nav-arbeidstrening", "nav-midlertidig-lonnstilskudd", "arbeid-og-inkludering"),
    "sykefravar": ("nav-ekspertbistand", "ia-avtalen", "arbeidsmiljoloven-4-6", "nav-arbeidslivssenter"),
    "sykmeld": ("nav-ekspertbistand", "arbeidsmiljoloven-4-6", "nav-arbeidslivssenter"),
    "tilrettelegg": (
        "nav-inkluderingstilskudd",
        "nav-hjelpemiddelsentral",
        "ldl-22-individuell-tilrettelegging",
        "arbeidsmiljoloven-4-6",
    ),
    "hjelpemid": ("nav-hjelpemiddelsentral", "folketrygdloven-10-5"),
    "funksjonsned": ("nav-inkluderingstilskudd", "ffo", "nav-funksjonsassistanse"),
    "norsk": ("kompetansepluss-arbeid", "jobbsjansen"),
    "sprak": ("kompetansepluss-arbeid", "jobbsjansen"),
    "innvandr": ("imdi", "jobbsjansen", "kompetansepluss-arbeid"),
    "flyktning": ("imdi", "jobbsjansen"),
    "ungdom": ("nav-sommerjobb", "ungdomsloftet", "ungdomsprogrammet"),
    "unge": ("nav-sommerjobb", "ungdomsloftet", "ungdomsprogrammet"),
    "psykisk": ("ips", "fontenehus"),
    "rus": ("ips",),
    "opplar": ("kompetansepluss-arbeid", "nav-opplaering", "fagbrev-pa-jobb"),
    "kurs": ("kompetansepluss-arbeid", "nav-opplaering"),
    "kompetanse": ("kompetansepluss-arbeid", "hk-dir", "fagbrev-pa-jobb"),
    "holdning": ("inkluderingsdugnaden", "ringer-i-vannet", "idebanken"),
    "fordom": ("inkluderingsdugnaden", "aktivitets-og-redegjorelsesplikten"),
    "mangfold": ("imdi", "aktivitets-og-redegjorelsesplikten", "inkluderingsdugnaden"),
    "diskrimin": ("aktivitets-og-redegjorelsesplikten", "ldo"),
    "samarbeid": ("nav-arbeidslivssenter", "arbeid-og-inkludering", "nav-kontaktsenter-arbeidsgiver"),
    "nav": ("nav-kontaktsenter-arbeidsgiver", "nav-arbeidslivssenter"),
    "oppfolg": ("nav-oppfolging", "nav-mentortilskudd", "supported-employment"),
    "jobbkonsulent": ("nav-oppfolging", "arbeid-og-inkludering", "supported-employment"),
    "ekspert": ("nav-ekspertbistand",),
    "enkle": ("enkla-jobb",),
    # Buying goods and services from work-inclusion firms (seed 002: "Innkjøp").
    "arbeidsinkludering": ("arbeid-og-inkludering", "asvl", "vta-skjermet"),
    "inkluderingsbedrift": ("arbeid-og-inkludering", "asvl"),
    "vekstbedrift": ("asvl", "vta-skjermet", "arbeid-og-inkludering"),
    "innkjop": ("arbeid-og-inkludering", "asvl", "tilskudd-sosialt-entreprenorskap"),
    "annonse": ("nav-kontaktsenter-arbeidsgiver", "aktivitets-og-redegjorelsesplikten"),
    "oppgave": ("enkla-jobb",),
}

# Above this share of entries, a word says nothing about which entry fits.
COMMON_SHARE = 0.2
MIN_WORD = 4
STEM = 7
# Everyday words (folded) that say nothing about which scheme fits.
STOP_WORDS = frozenset(
    [
        "januar",
        "februar",
        "mars",
        "april",
        "juni",
        "juli",
        "august",
        "september",
        "oktober",
        "november",
        "desember",
        "alle",
        "andre",
        "ansatt",
        "ansatte",
        "arbeid",
        "bedrift",
        "bedriften",
        "bedrifter",
        "blir",
        "eller",
        "etter",
        "finne",
        "flere",
        "forste",
        "gjennom",
        "godt",
        "hver",
        "ikke",
        "innen",
        "kunne",
        "lage",
        "mange",
        "maned",
        "maneder",
        "mellom",
        "minst",
        "naar",
        "neste",
        "noen",
        "nye",
        "skal",
        "slik",
        "som",
        "tidlig",
        "under",
        "uten",
        "vare",
        "vart",
        "ville",
    ]
)


def _words(text: str) -> list[str]:
    """The folded words of ``text`` that can tell entries apart, whole (for the keyword map)."""
    words = [
        word
        for word in normalise(text).split()
        if len(word) >= MIN_WORD and not word.isdigit() and word not in STOP_WORDS
    ]
    return list(dict.fromkeys(words))


def _stems(text: str) -> list[str]:
    return list(dict.fromkeys(word[:STEM] for word in _words(text)))


def _rank(catalogue: Catalogue, scores: dict[str, float]) -> list[Entry]:
    order = {entry_id: index for index, entry_id in enumerate(catalogue.ids())}
    chosen = [entry_id for entry_id, score in scores.items() if score > 0 and entry_id in order]
    chosen.sort(key=lambda entry_id: (-scores[entry_id], order[entry_id]))
    entries = [catalogue.get(entry_id) for entry_id in chosen]
    return [entry for entry in entries if entry is not None and entry.status != "historical"][:LIMIT]


def _add_keywords(scores: dict[str, float], words: Iterable[str]) -> None:
    """Whole words against the keyword map: "arbeidsinkluderingsbedrift" is not "arbeidstrening", though
    both begin with the same seven letters."""
    for word in words:
        for keyword, entry_ids in KEYWORD_ENTRIES.items():
            if word.startswith(keyword) or (len(word) >= 5 and keyword.startswith(word)):
                for rank, entry_id in enumerate(entry_ids):
                    scores[entry_id] = scores.get(entry_id, 0) + 3 - rank * 0.2


def _add_words(scores: dict[str, float], catalogue: Catalogue, stems: Iterable[str]) -> None:
    entries = catalogue.entries
    limit = max(2, int(len(entries) * COMMON_SHARE))
    for stem in stems:
        hits = [entry for entry in entries if stem in entry.search_text]
        if not hits or len(hits) > limit:
            continue
        for entry in hits:
            weight = 2.0 if stem in entry.name_text else 1.0
            scores[entry.id] = scores.get(entry.id, 0) + weight


def for_gap(template_key: str, title: str = "", catalogue: Catalogue | None = None) -> list[Entry]:
    """Entries for a gap area: the template's own list first, then what the title's words point at."""
    if catalogue is None:
        from verktoykasse.catalogue.loader import load_catalogue

        catalogue = load_catalogue()
    scores: dict[str, float] = {}
    template = GAP_ENTRIES.get(template_key, ())
    for rank, entry_id in enumerate(template):
        scores[entry_id] = 10 - rank * 0.5
    _add_keywords(scores, _words(title))
    _add_words(scores, catalogue, _stems(title))
    return _rank(catalogue, scores)


def for_measure(title: str, description: str = "", catalogue: Catalogue | None = None) -> list[Entry]:
    """Entries for a measure, from the words of its title (counted double) and description."""
    if catalogue is None:
        from verktoykasse.catalogue.loader import load_catalogue

        catalogue = load_catalogue()
    scores: dict[str, float] = {}
    _add_keywords(scores, _words(title))
    _add_keywords(scores, _words(title))
    _add_words(scores, catalogue, _stems(title))
    _add_keywords(scores, _words(description))
    _add_words(scores, catalogue, _stems(description))
    return _rank(catalogue, scores)
