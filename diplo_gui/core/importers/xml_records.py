"""A small positioned XML reader for flat record files (expat, stdlib).

Each element keeps the 1-based line and column where it starts, so a problem in an
imported file reads ``file:line:col`` like a problem in a data file. A document type
declaration is refused outright: the files we import never carry one, and refusing it
closes the doors of entity expansion ("billion laughs") and external entities without
a third-party parser (defusedxml's last release is from 2021).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from xml.parsers import expat


@dataclass(slots=True)
class Element:
    tag: str
    attrs: dict[str, str]
    line: int
    col: int
    text: str = ""
    children: list[Element] = field(default_factory=list)

    def child(self, tag: str) -> Element | None:
        for element in self.children:
            if element.tag == tag:
                return element
        return None


@dataclass(frozen=True, slots=True)
class XmlError:
    line: int
    col: int
    message: str


class _Refused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def read_records(data: bytes) -> tuple[str | None, list[Element], XmlError | None]:
    """The root's tag, its child elements (records, complete ones only) and the error that stopped the read.

    Records read before a syntax error are kept: a damaged tail costs only what follows it.
    """
    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    stack: list[Element] = []
    records: list[Element] = []

    roots: list[str] = []

    def root_tag() -> str | None:
        return roots[0] if roots else None

    def here() -> tuple[int, int]:
        return parser.CurrentLineNumber, parser.CurrentColumnNumber + 1

    def start(tag: str, attrs: dict[str, str]) -> None:
        element = Element(tag, attrs, *here())
        if not roots:
            roots.append(tag)
        if stack:
            stack[-1].children.append(element)
        stack.append(element)

    def end(_tag: str) -> None:
        element = stack.pop()
        if len(stack) == 1:  # a record (a child of the root) is complete
            records.append(element)
            stack[0].children.clear()  # the root does not keep what is already handed out

    def text(data: str) -> None:
        # A field's text is all the text inside it, markup's included ("<i>Mayflower</i>" reads "Mayflower");
        # white space between records is not kept.
        for element in stack[2:]:
            element.text += data

    def doctype(*_args: object) -> None:
        raise _Refused("a document type declaration (DOCTYPE) is not accepted in an imported file")

    def entity(*_args: object) -> None:
        raise _Refused("an entity declaration is not accepted in an imported file")

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = entity
    parser.ExternalEntityRefHandler = lambda *_args: 0  # never fetched: expat reports an error
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        message = f"not well-formed XML: {expat.ErrorString(exc.code)}"
        return root_tag(), records, XmlError(exc.lineno, exc.offset + 1, message)
    except _Refused as exc:
        return root_tag(), records, XmlError(*here(), exc.message)
    return root_tag(), records, None
