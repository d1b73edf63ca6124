"""Search text that forgives case, Norwegian letters and accents.

A user on an English keyboard types "lonnstilskudd" for "Lønnstilskudd", "laerling" for "lærling" and
"aa" for "å". Both the catalogue text and the query go through the same folding, so every spelling of a
letter meets the others: æ/ae/a, ø/oe/o, å/aa/a, é/e, č/c, đ/d, ŋ/n, ŧ/t and so on.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans({"æ": "a", "ø": "o", "đ": "d", "ŧ": "t", "ŋ": "n", "ł": "l", "ß": "ss", "þ": "th"})
_DIGRAPHS = re.compile(r"aa|ae|oe")
_DIGRAPH_FOLD = {"aa": "a", "ae": "a", "oe": "o"}
# Anything but letters and digits parts words; an underscore too (``\w`` counts it as a letter, and a
# query of only marks, "%_*?[(", then looked for "_" and found nothing while "?!" listed everything).
_NOT_WORD = re.compile(r"[\W_]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


def normalise(text: str) -> str:
    """Fold ``text`` for matching: lower case, plain Latin letters, single spaces between words."""
    folded = text.casefold().translate(_LETTERS)
    plain = _COMBINING.sub("", unicodedata.normalize("NFKD", folded))
    plain = _DIGRAPHS.sub(lambda m: _DIGRAPH_FOLD[m.group(0)], plain)
    return " ".join(_NOT_WORD.sub(" ", plain).split())


def query_tokens(query: str) -> list[str]:
    """The words of a query, folded; every one must occur in an entry's search text. A query without a
    letter or a digit (emoji, punctuation) has none, and finds what an empty one finds."""
    return normalise(query).split()
