"""Reading Qt's translation files in tests: ``.ts`` (our XML sources) and ``.qm`` (Qt's compiled ones).

Qt ships no ``lconvert`` with PySide6, so the ``.qm`` reader follows the documented layout of the file
(a magic number, then tagged sections; the messages section holds context, source and translations).
"""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    translations: list[str] = field(default_factory=list)
    finished: bool = True
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.context, self.source)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                texts: list[str] = []
            elif numerus:
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            kind = None if translation is None else translation.get("type")
            if kind in ("obsolete", "vanished"):
                continue
            messages.append(
                Message(
                    context=name,
                    source=element.findtext("source") or "",
                    comment=element.findtext("comment") or "",
                    translations=texts,
                    finished=kind != "unfinished" and bool(texts) and all(t.strip() for t in texts),
                    numerus=numerus,
                )
            )
    return messages


_QM_MAGIC = bytes.fromhex("3CB86418CAEF9C95CD211CBF60A1BDDD")


def read_qm(path: Path) -> list[Message]:
    data = path.read_bytes()
    if data[:16] != _QM_MAGIC:
        raise ValueError(f"{path} is not a .qm file")
    position, messages = 16, []
    while position < len(data):
        tag = data[position]
        (length,) = struct.unpack(">I", data[position + 1 : position + 5])
        body = data[position + 5 : position + 5 + length]
        position += 5 + length
        if tag != 0x69:  # only the messages section
            continue
        cursor, current = 0, Message("", "")
        while cursor < len(body):
            item = body[cursor]
            cursor += 1
            if item == 1:  # end of message
                messages.append(current)
                current = Message("", "")
                continue
            if item in (5, 9):  # obsolete markers without payload
                continue
            (size,) = struct.unpack(">I", body[cursor : cursor + 4])
            cursor += 4
            if item == 3:
                if size != 0xFFFFFFFF:
                    current.translations.append(body[cursor : cursor + size].decode("utf-16-be"))
                    cursor += size
                continue
            text = body[cursor : cursor + size].decode("utf-8")
            cursor += size
            if item in (6, 2):
                current.source = text
            elif item in (7, 4):
                current.context = text
            elif item == 8:
                current.comment = text
    return messages


_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?\d+|%n")
_MNEMONIC = re.compile(r"&(?!&)(?![a-z]+;)(\w)")


def placeholders(text: str) -> list[str]:
    """``{name}``, ``%1`` and ``%n`` in ``text``, sorted: a translation must have the same ones."""
    return sorted(_PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def mnemonics(text: str) -> list[str]:
    """The letters marked with a single ``&`` (``&&`` is a literal ampersand)."""
    return _MNEMONIC.findall(text.replace("&&", ""))
