"""Every character a user can type prints in the board's PDF and can be copied from it: emoji and symbols
in a fallback font, Arabic joined (shaped) right to left, and a character no font has as a visible
replacement mark — never an empty box or nothing."""

from __future__ import annotations

import io
import unicodedata

from test_report_pdf import add_filled_plan, render

EMOJI = "Kake 🎂 på fredag ✅ og 👍"
ARABIC_WORDS = ("مرحبا", "بالعالم")
SYMBOLS = "Tast ⎆ og ⎋ for å gå ut"
UNDRAWABLE = "Tegn 漢字 her"


def fonts_of(data: bytes) -> set[str]:
    from pypdf import PdfReader

    fonts = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    return fonts


def text_of(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_emoji_and_symbols_print_in_a_fallback_font_and_copy_as_typed(qapp, database):
    with database.session() as session:
        plan_id = add_filled_plan(session, org_name=EMOJI, lesson=EMOJI, goal=SYMBOLS, measure=EMOJI)
    data = render(database, plan_id)
    text = text_of(data)
    for character in "🎂✅👍⎆⎋":
        assert character in text, character
    assert " ".join(EMOJI.split()) in " ".join(text.split())
    fonts = fonts_of(data)
    assert any("NotoEmoji" in font for font in fonts), fonts
    assert any("NotoSansSymbols" in font for font in fonts), fonts


def test_arabic_prints_joined(qapp, database):
    arabic = " ".join(ARABIC_WORDS)
    with database.session() as session:
        plan_id = add_filled_plan(session, org_name=arabic, lesson=arabic, goal=arabic)
    text = text_of(render(database, plan_id))
    # Joined letters are the contextual forms (U+FE70–U+FEFF) a shaped text is drawn with …
    assert any("\ufe70" <= ch <= "\ufeff" for ch in text)
    # … and they still read as the words typed.
    plain = unicodedata.normalize("NFKC", text)
    for word in ARABIC_WORDS:
        assert word in plain or word[::-1] in plain, word


def test_a_character_no_font_has_prints_as_a_visible_mark(qapp, database):
    with database.session() as session:
        plan_id = add_filled_plan(session, lesson=UNDRAWABLE)
    text = text_of(render(database, plan_id))
    assert "Tegn \ufffd\ufffd her" in text
