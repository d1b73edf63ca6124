"""The built-in catalogue: every shipped entry is valid, search forgives æøå, filters find what they
should, an imported file is used only when valid and newer, and suggestions fit each gap area."""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path

import pytest

from verktoykasse.catalogue import CatalogueError, import_catalogue_file, load_catalogue
from verktoykasse.catalogue.loader import imported_path, schema_path, shipped_path
from verktoykasse.catalogue.normalise import normalise
from verktoykasse.catalogue.suggest import GAP_ENTRIES, for_gap, for_measure

REQUIRED_IDS = [
    "nav-arbeidstrening",
    "nav-midlertidig-lonnstilskudd",
    "nav-varig-lonnstilskudd",
    "nav-mentortilskudd",
    "nav-inkluderingstilskudd",
    "nav-sommerjobb",
    "nav-ekspertbistand",
    "nav-arbeidslivssenter",
    "nav-kontaktsenter-arbeidsgiver",
    "ia-avtalen",
    "idebanken",
    "laerlingtilskudd",
    "fagbrev-pa-jobb",
    "kompetansepluss-arbeid",
    "ips",
    "arbeid-og-inkludering",
]
# Editions of the catalogues a user imports: newer than the shipped one, and not implausibly far ahead.
SHIPPED = dt.date.fromisoformat(
    re.search(r"(?m)^edition = (\S+)", shipped_path().read_text(encoding="utf-8")).group(1)
)
NEWER = (SHIPPED + dt.timedelta(days=30)).isoformat()
NEWEST = (SHIPPED + dt.timedelta(days=60)).isoformat()
AREAS = ("attitudes", "schemes", "target_groups", "training", "support")
GAP_KEYS = ("diversity", "recruitment", "manager_competence", "external_cooperation", "follow_up")


@pytest.fixture
def catalogue(tmp_path):
    return load_catalogue(tmp_path / "empty-data")


def test_every_shipped_entry_validates_against_the_schema():
    import jsonschema

    from verktoykasse.catalogue.loader import _plain

    data = _plain(tomllib.loads(shipped_path().read_text(encoding="utf-8")))
    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(data))
    assert errors == []
    assert data["format_version"] == 2


def test_at_least_forty_entries_cover_all_five_toolbox_areas(catalogue):
    assert len(catalogue.entries) >= 40
    for area in AREAS:
        assert len(catalogue.search(area=area)) >= 5, area


def test_the_ids_other_parts_of_the_program_use_exist(catalogue):
    missing = [entry_id for entry_id in REQUIRED_IDS if catalogue.get(entry_id) is None]
    assert missing == []


def test_every_figure_says_which_year_it_holds_for_and_every_entry_when_it_was_checked(catalogue):
    for entry in catalogue.entries:
        assert entry.checked is not None, entry.id
        assert len(entry.checked_against) > 8, entry.id  # names the source read, not just a day
        for figure in entry.figures:
            assert figure.valid_for.strip(), entry.id


def test_figures_flagged_in_the_facts_carry_a_caveat(catalogue):
    expert = catalogue.get("nav-ekspertbistand")
    assert any(f.caveat and "24 900" in f.text for f in expert.figures)
    assert catalogue.get("nav-firearig-lonnstilskudd").caveat
    lærling = catalogue.get("laerlingtilskudd")
    assert all(f.caveat for f in lærling.figures)


def test_no_private_persons_contact_details_are_shipped():
    text = shipped_path().read_text(encoding="utf-8").casefold()
    for private in ("nordli", "rosnes", "hanne", "elena", "@blaakors.no", "@viken.no"):
        assert private not in text


def test_the_employers_phone_line_is_there(catalogue):
    assert catalogue.get("nav-kontaktsenter-arbeidsgiver").phone == "55 55 33 36"


@pytest.mark.parametrize(
    ("typed", "found_id"),
    [
        ("lonnstilskudd", "nav-midlertidig-lonnstilskudd"),
        ("LØNNSTILSKUDD", "nav-varig-lonnstilskudd"),
        ("laerling", "laerlingtilskudd"),
        ("larling", "laerlingtilskudd"),
        ("Idebanken", "idebanken"),
        ("ideebanken", None),
        ("Traineeprogrammet staten", "traineeprogrammet-i-staten"),
        ("fireaarig", "nav-firearig-lonnstilskudd"),
        ("Blaa Kors", "bla-kors-fredrikstad"),
        ("HK-dir", "hk-dir"),
    ],
)
def test_search_forgives_case_and_norwegian_letters(catalogue, typed, found_id):
    ids = [entry.id for entry in catalogue.search(typed)]
    if found_id is None:
        assert ids == []
    else:
        assert found_id in ids


def test_search_looks_in_summaries_and_providers_and_puts_name_matches_first(catalogue):
    by_provider = [entry.id for entry in catalogue.search("Frelsesarmeen")]
    assert by_provider == ["fretex-jobb-og-oppfolging"]
    by_summary = [entry.id for entry in catalogue.search("vernesko")]
    assert by_summary == ["nav-inkluderingstilskudd"]
    mentor = [entry.id for entry in catalogue.search("mentor")]
    assert mentor[0] == "nav-mentortilskudd"


def test_folding_meets_every_spelling_of_the_same_letter():
    assert normalise("Lønnstilskudd") == normalise("lonnstilskudd") == normalise("loennstilskudd")
    assert normalise("Lærling") == normalise("laerling")
    assert normalise("Håvard") == normalise("Haavard")
    assert normalise("Sámi čđŋšŧž") == "sami cdnstz"


def test_each_filter_keeps_only_what_it_names(catalogue):
    training = catalogue.search(area="training")
    assert all("training" in entry.areas for entry in training)
    assert "fagbrev-pa-jobb" in [entry.id for entry in training]
    assert "ffo" not in [entry.id for entry in training]

    immigrants = catalogue.search(target_group="immigrants")
    assert "jobbsjansen" in [entry.id for entry in immigrants]
    assert "nav-varig-lonnstilskudd" not in [entry.id for entry in immigrants]
    # entries meant for everyone also help an immigrant
    assert "nav-kontaktsenter-arbeidsgiver" in [entry.id for entry in immigrants]

    subsidies = catalogue.search(kind="wage_subsidy")
    assert {entry.kind for entry in subsidies} == {"wage_subsidy"}
    assert "nav-midlertidig-lonnstilskudd" in [entry.id for entry in subsidies]

    both = {entry.id for entry in catalogue.search("tilskudd", area="training", kind="grant")}
    assert both == {"nav-mentortilskudd", "laerlingtilskudd", "kompetansepluss-arbeid"}


def _newer_copy(folder: Path, edition: str = NEWEST, name: str = "newer.toml") -> Path:
    text = shipped_path().read_text(encoding="utf-8")
    original = next(line for line in text.splitlines() if line.startswith("edition = "))
    newer = text.replace(original, f"edition = {edition}", 1)
    newer = newer.replace('name = "Idébanken"', 'name = "Idébanken (ny utgave)"', 1)
    path = folder / name
    path.write_text(newer, encoding="utf-8")
    return path


def _snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_newer_valid_catalogue_is_imported_and_used(tmp_path):
    data_dir = tmp_path / "data"
    imported = import_catalogue_file(_newer_copy(tmp_path), data_dir)
    assert imported.source == "imported"
    assert str(imported.edition) == NEWEST
    assert imported_path(data_dir).is_file()
    in_use = load_catalogue(data_dir)
    assert in_use.get("idebanken").name == "Idébanken (ny utgave)"


def test_an_older_imported_catalogue_gives_way_to_the_shipped_one(tmp_path):
    data_dir = tmp_path / "data"
    imported_path(data_dir).parent.mkdir(parents=True)
    imported_path(data_dir).write_bytes(_newer_copy(tmp_path, edition="2001-01-01").read_bytes())
    assert load_catalogue(data_dir).source == "built_in"
    with pytest.raises(CatalogueError, match="not newer"):
        import_catalogue_file(_newer_copy(tmp_path, edition="2002-01-01", name="old.toml"), data_dir)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda text: text.replace('kind = "wage_subsidy"', 'kind = "lottery"', 1), "kind"),
        (lambda text: text + "\n[[entry]]\nid = 'x'\n", r"entry \d+ \(x\)"),
        (lambda text: text.replace("format_version = 2", "format_version = 7"), "format version 7"),
        (lambda text: text.replace(f"edition = {NEWEST}", f"edition = = {NEWEST}", 1), "TOML"),
        (lambda text: text.replace('id = "idebanken"', 'id = "ips"'), "used twice"),
        (
            lambda text: re.sub(
                "(?m)^checked = { on = 2026-12-01", "checked = { on = 2026-02-30", text, count=1
            ),
            "date",
        ),
        # A rate that is no number would make every estimate "kr nan"; an infinite one, "kr inf".
        (lambda text: text.replace("{ percent = 40,", "{ percent = nan,", 1), "not a number"),
        (lambda text: text.replace("cap_g = 5", "cap_g = inf", 1), "not a number"),
        (lambda text: text.replace("value = 124028", "value = 1e999", 1), "not a number"),
        # Lists in lists a hundred thousand deep: too deep to read, not an error report.
        (lambda text: text + "\nx = " + "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_an_invalid_catalogue_is_refused_and_nothing_changes(tmp_path, change, message):
    data_dir = tmp_path / "data"
    import_catalogue_file(_newer_copy(tmp_path, edition=NEWER), data_dir)
    before = _snapshot(data_dir)
    bad = tmp_path / "bad.toml"
    bad.write_text(change(_newer_copy(tmp_path).read_text(encoding="utf-8")), encoding="utf-8")
    with pytest.raises(CatalogueError, match=message):
        import_catalogue_file(bad, data_dir)
    assert _snapshot(data_dir) == before
    assert str(load_catalogue(data_dir).edition) == NEWER


def test_a_file_that_is_not_text_is_refused(tmp_path):
    bad = tmp_path / "picture.toml"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\xff\xfe")
    with pytest.raises(CatalogueError):
        import_catalogue_file(bad, tmp_path / "data")
    assert not (tmp_path / "data").exists() or _snapshot(tmp_path / "data") == {}


@pytest.mark.parametrize("template_key", GAP_KEYS)
def test_suggestions_for_each_gap_area_are_not_empty(catalogue, template_key):
    suggested = for_gap(template_key, "", catalogue=catalogue)
    assert suggested
    assert [entry.id for entry in suggested][: len(GAP_ENTRIES[template_key][:3])] == list(
        GAP_ENTRIES[template_key][:3]
    )


def test_a_gap_of_the_business_own_is_matched_by_its_words(catalogue):
    suggested = [entry.id for entry in for_gap("", "Samarbeid med Nav og frivillige", catalogue=catalogue)]
    assert "nav-arbeidslivssenter" in suggested


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        ("Mentorordning for nye ansatte", "Hver nyansatt får en fadder", "nav-mentortilskudd"),
        ("Ta inn to lærlinger", "", "laerlingtilskudd"),
        ("Sommerjobb for ungdom", "", "nav-sommerjobb"),
        ("Norskkurs på arbeidsplassen", "for ansatte med innvandrerbakgrunn", "kompetansepluss-arbeid"),
        ("Redusere sykefraværet", "", "nav-ekspertbistand"),
    ],
)
def test_suggestions_for_a_measure_follow_its_words(catalogue, title, description, expected):
    assert expected in [entry.id for entry in for_measure(title, description, catalogue=catalogue)]


def test_no_suggestion_for_words_the_catalogue_does_not_know(catalogue):
    assert for_measure("Xyzzy", "", catalogue=catalogue) == []


def test_buying_from_a_work_inclusion_firm_points_to_those_firms_not_to_work_practice(catalogue):
    """The example bakery moves its laundry to a work-inclusion firm. "arbeidsinkluderingsbedrift" shares
    its first seven letters with "arbeidstrening", which used to put Arbeidstrening first and leave the
    firms' own association out."""
    found = [
        entry.id
        for entry in for_measure(
            "Vask av arbeidstøy fra en arbeidsinkluderingsbedrift Innkjøp",
            "Flytte vask av arbeidstøy og duker til Vekstbedriften når dagens avtale går ut.",
            catalogue=catalogue,
        )
    ]
    assert "nav-arbeidstrening" not in found
    assert {"arbeid-og-inkludering", "asvl"} <= set(found[:3])


def test_kompetansepluss_promises_the_employer_nothing_the_facts_do_not_give(catalogue):
    """The summary said the business pays no course fee; the fact sheet says only who applies and what
    the grants cover, so an employer must not plan on free courses from our words."""
    entry = catalogue.get("kompetansepluss-arbeid")
    assert "kursavgift" not in entry.summary
    assert "opplæringsaktør" in entry.eligibility  # the joint application the facts describe


def test_a_catalogue_saved_again_by_notepad_with_a_byte_order_mark_imports(tmp_path):
    data_dir = tmp_path / "data"
    saved = tmp_path / "notepad.toml"
    saved.write_bytes(b"\xef\xbb\xbf" + _newer_copy(tmp_path).read_bytes())
    assert str(import_catalogue_file(saved, data_dir).edition) == NEWEST
    assert load_catalogue(data_dir).get("idebanken").name == "Idébanken (ny utgave)"


@pytest.mark.parametrize("typed", ["🙂", "👨\u200d👩\u200d👧", "%_*?[(", "___", "…–!?", " - "])
def test_a_search_with_no_letters_or_digits_lists_every_entry_as_an_empty_one_does(catalogue, typed):
    """Only emoji or punctuation: nothing to look for, so the list is the whole catalogue, whatever the
    marks (an underscore was a letter to the search, and "%_*?[(" found nothing at all)."""
    assert [entry.id for entry in catalogue.search(typed)] == [entry.id for entry in catalogue.search("")]


def test_words_joined_by_an_underscore_are_found_as_words(catalogue):
    assert "nav-mentortilskudd" in [entry.id for entry in catalogue.search("mentor_tilskudd")]


def test_a_catalogue_dated_implausibly_far_ahead_is_refused_and_nothing_changes(tmp_path):
    """9999-12-31 (a typing slip, or a file made to stay in use for ever) would be "newer" than every
    real edition after it: such a catalogue is refused, in words saying why and what to check."""
    data_dir = tmp_path / "data"
    today = SHIPPED + dt.timedelta(days=10)
    for edition in ("9999-12-31", (today + dt.timedelta(days=367)).isoformat()):
        with pytest.raises(CatalogueError) as refused:
            import_catalogue_file(_newer_copy(tmp_path, edition=edition), data_dir, today)
        assert "is more than a year after today" in str(refused.value)
        assert "Nothing was changed" in str(refused.value)
        assert _snapshot(data_dir) == {}
    next_year = today.replace(year=today.year + 1)
    assert import_catalogue_file(_newer_copy(tmp_path, edition=next_year.isoformat()), data_dir, today)
    assert load_catalogue(data_dir).edition == next_year


def test_a_catalogue_dated_9999_imported_by_an_older_version_no_longer_blocks_a_real_edition(tmp_path):
    data_dir = tmp_path / "data"
    imported_path(data_dir).parent.mkdir(parents=True)
    imported_path(data_dir).write_bytes(_newer_copy(tmp_path, edition="9999-12-31").read_bytes())
    today = SHIPPED + dt.timedelta(days=10)
    imported = import_catalogue_file(_newer_copy(tmp_path, edition=NEWER, name="real.toml"), data_dir, today)
    assert str(imported.edition) == NEWER


@pytest.mark.parametrize(
    ("change", "said", "logged"),
    [
        (
            lambda text: text.replace('kind = "wage_subsidy"', 'kind = "lottery"', 1),
            "Katalogfilen er ikke gyldig: oppføring {number} (nav-midlertidig-lonnstilskudd), feltet «type»: "
            "verdien er ikke en av de tillatte",
            "'lottery' is not one of",
        ),
        (
            lambda text: text.replace(f"edition = {NEWEST}", f"edition = = {NEWEST}", 1),
            "Katalogfilen kan ikke leses som TOML: det er en feil på linje {line}, kolonne 11.",
            "(at line",
        ),
        (
            lambda text: re.sub(
                "(?m)^checked = { on = 2026-12-01", "checked = { on = 2026-02-30", text, count=1
            ),
            "Katalogfilen har en umulig dato på linje {line}, kolonne {column}: en dato som ikke finnes i "
            "kalenderen (som 30. februar).",
            "Invalid date",
        ),
    ],
)
def test_a_catalogue_refused_in_bokmal_is_refused_in_bokmal_words_only(
    qapp, tmp_path, caplog, change, said, logged
):
    """The schema checker and the TOML reader speak English and quote the file: the user reads where the
    mistake is and what it is in their own language; the checker's own words go to the log."""
    from verktoykasse.i18n import apply_language, clear_translators

    bad = tmp_path / "feil.toml"
    bad.write_text(change(_newer_copy(tmp_path).read_text(encoding="utf-8")), encoding="utf-8")
    apply_language(qapp, "nb")
    try:
        with pytest.raises(CatalogueError) as refused:
            import_catalogue_file(bad, tmp_path / "data")
    finally:
        clear_translators(qapp)
    message = str(refused.value)
    pattern = re.escape(said).replace(r"\{number\}", r"\d+").replace(r"\{line\}", r"\d+")
    pattern = pattern.replace(r"\{column\}", r"\d+")
    assert re.fullmatch(pattern, message), message
    assert logged in caplog.text
