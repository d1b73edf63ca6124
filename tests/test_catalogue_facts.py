"""The catalogue says what the December 2026 check found (CATALOGUE-FACTS.md, "Checked 2026-12"): the
corrections a user relies on, the entries that were missing, and the rates the subsidy estimate reads.

An owner who looks up "varig tilrettelagt arbeid" must be sent to Min side – arbeidsgiver, not to the
local office; one who clicks "tilskudd til sommerjobb" must land on the employer's page.
"""

from __future__ import annotations

import datetime as dt

import pytest

from verktoykasse.catalogue import load_catalogue
from verktoykasse.catalogue.loader import catalogue_from_bytes, shipped_path
from verktoykasse.catalogue.rates import Constants, Scheme, Variant, in_force


@pytest.fixture
def catalogue(tmp_path):
    return load_catalogue(tmp_path / "empty-data")


def test_vta_in_an_ordinary_firm_is_applied_for_on_min_side_since_13_may_2025(catalogue):
    vta = catalogue.get("nav-vta-ordinaer")
    assert "Min side – arbeidsgiver" in vta.how_to_apply
    assert "13. mai 2025" in vta.how_to_apply
    assert "ikke gjennom det lokale Nav-kontoret" in vta.how_to_apply
    assert vta.url == "https://www.nav.no/arbeidsgiver/varig-tilrettelagt-arbeid"


def test_the_summer_job_subsidy_links_the_employers_page_not_the_job_seekers(catalogue):
    assert catalogue.get("nav-sommerjobb").url == "https://www.nav.no/arbeidsgiver/sommerjobb"


def test_the_youth_programmes_start_is_marked_uncertain(catalogue):
    programme = catalogue.get("ungdomsprogrammet")
    assert "usikker" in programme.caveat.lower()
    start = next(f for f in programme.figures if f.text.startswith("Oppstart"))
    assert start.caveat


@pytest.mark.parametrize(
    ("entry_id", "words"),
    [
        ("nav-tilretteleggingsgarantien", "fast kontaktperson"),
        ("nav-lese-og-sekretaerhjelp", "blinde"),
        ("nav-tolketjenesten", "tolk"),
        ("nav-ungdomsgarantien", "under 30"),
        ("introduksjonsprogrammet-deltid", "deltidsarbeid"),
    ],
)
def test_the_missing_entries_are_there(catalogue, entry_id, words):
    entry = catalogue.get(entry_id)
    assert entry is not None
    assert words in entry.summary + entry.eligibility
    assert entry.checked_against


def test_kompetansepluss_names_its_framework_grants(catalogue):
    figures = " ".join(f.text for f in catalogue.get("kompetansepluss-arbeid").figures)
    assert "Rammetilsagn: 450 000–1 650 000 kr" in figures


def test_each_check_names_its_source_and_the_re_checked_ones_its_date(catalogue):
    mentor = catalogue.get("nav-mentortilskudd")
    assert mentor.checked == dt.date(2026, 12, 1)
    assert mentor.checked_against == "nav.no/arbeidsgiver/mentor (oppdatert 7.6.2023)"
    jobb = catalogue.get("jobbsjansen")
    assert "26.1.2026" in jobb.checked_against


def test_the_estimates_rates_are_dated_and_sourced(catalogue):
    book = catalogue.rates
    assert {rate.scheme for rate in book.rates} == set(Scheme)
    for rate in book.rates:
        assert rate.valid_for.start and rate.source, rate
        assert catalogue.get(rate.entry) is not None, rate.entry
    standard = book.rates_for(Scheme.MIDLERTIDIG, Variant.STANDARD)[0]
    assert [s.percent for s in standard.steps] == [40, 30]
    assert standard.steps[0].months == 6 and standard.max_months == 12
    reduced = book.rates_for(Scheme.MIDLERTIDIG, Variant.REDUCED_CAPACITY)[0]
    assert [s.percent for s in reduced.steps] == [60, 50] and reduced.max_months == 24
    g, fit = in_force(book.constants_for(Constants.G), dt.date(2025, 6, 1))
    assert (g.value, fit) == (130160, "")
    g, fit = in_force(book.constants_for(Constants.G), dt.date(2027, 6, 1))
    assert fit == "after"  # the catalogue does not know G from May 2026: the estimate says so


def test_a_format_1_catalogue_without_rates_still_reads():
    text = shipped_path().read_text(encoding="utf-8")
    head, _rates = text.split("# --- Satser for tilskuddsanslaget", 1)
    old = head.replace("format_version = 2", "format_version = 1")
    old = old.replace("checked = { on = 2026-12-01, against = ", "checked = 2026-12-01 # ")
    old = old.replace("checked = { on = 2026-11-22, against = ", "checked = 2026-11-22 # ")
    catalogue = catalogue_from_bytes(old.encode("utf-8"))
    assert catalogue.get("nav-mentortilskudd").checked == dt.date(2026, 12, 1)
    assert catalogue.rates.rates == ()
