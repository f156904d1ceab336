"""Load and validate `corpus/sources.yaml`: which councils and documents the corpus holds.

The loader is strict, like OpenFisca's parameter loader: unknown keys, duplicate keys,
malformed dates, a document naming an unknown council, an id that does not match its path and
a path that does not exist are all `CorpusError`s naming the manifest and the line.

Shape (see corpus/README.md):

    councils:
      lichfield:
        name: Lichfield District Council
        contacts:
          monitoring_officer: {name: the Monitoring Officer, email: "", phone: ""}
    documents:
      - id: lichfield/members-code
        council: lichfield
        title: ...
        ...
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.types import SourceDocument
from ingest.errors import CorpusError

READERS = (".md", ".txt", ".pdf", ".docx")  # the extension of `path` picks the reader

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_TOP_KEYS = {"councils", "documents"}
_COUNCIL_KEYS = {"name", "contacts", "places", "bodies"}
_CONTACT_KEYS = {"name", "email", "phone"}
_DOCUMENT_REQUIRED = {"id", "council", "title", "citation_title", "audience", "path", "source"}
_DOCUMENT_OPTIONAL = {"council_name", "adopted", "version", "complete", "gaps"}


@dataclass(frozen=True)
class Contact:
    """Who to go to, e.g. the Monitoring Officer; email and phone are empty until configured."""

    name: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Council:
    slug: str
    name: str
    contacts: dict[str, Contact] = field(default_factory=dict)
    places: tuple[str, ...] = ()  # towns and villages in the council's area ("Burntwood")
    # The council's own committees and offices, named only there ("Audit and Member Standards
    # Committee", "directly elected Mayor"): naming one names the council.
    bodies: tuple[str, ...] = ()


@dataclass(frozen=True)
class Manifest:
    path: Path
    councils: dict[str, Council]
    documents: list[SourceDocument]  # in manifest order
    lines: dict[str, int]  # document id -> the manifest line where its entry starts

    def document(self, document_id: str) -> SourceDocument:
        for document in self.documents:
            if document.id == document_id:
                return document
        raise KeyError(document_id)


class _Map(dict):
    """A YAML mapping that remembers the line of each key (1-based) and its own."""

    line: int
    key_lines: dict[Any, int]


class _Seq(list):
    line: int
    item_lines: list[int]


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that rejects duplicate keys and keeps dates as text we parse ourselves."""


# Dates are checked by `_date` so that "2018-13-01" is an error naming its line, not a crash.
_StrictLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode) -> _Map:
    result = _Map()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if key in result:
            raise CorpusError(
                key_node.start_mark.name,
                line,
                f"duplicate key {key!r} (first at line {result.key_lines[key]})",
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = line
    return result


def _construct_sequence(loader: _StrictLoader, node: yaml.SequenceNode) -> _Seq:
    result = _Seq(loader.construct_object(child, deep=True) for child in node.value)
    result.line = node.start_mark.line + 1
    result.item_lines = [child.start_mark.line + 1 for child in node.value]
    return result


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_manifest(path: Path, *, check_files: bool = True) -> Manifest:
    """Read and validate the manifest; document paths are relative to its directory."""
    path = Path(path)
    name = str(path)
    data = read_strict_yaml(path, what="manifest")
    if not isinstance(data, _Map):
        raise CorpusError(name, 1, "the manifest must be a mapping with `councils:` and `documents:`")
    _no_unknown_keys(name, data, _TOP_KEYS, "manifest")
    if missing := sorted(_TOP_KEYS - data.keys()):
        raise CorpusError(name, 1, f"missing top-level key {missing[0]!r}")

    councils = _councils(name, data["councils"], data.key_lines["councils"])
    documents, lines = _documents(name, data["documents"], data.key_lines["documents"], councils)
    if check_files:
        for document in documents:
            if not (path.parent / document.path).is_file():
                raise CorpusError(
                    name, lines[document.id], f"document {document.id!r}: file not found: {document.path}"
                )
    return Manifest(path=path, councils=councils, documents=documents, lines=lines)


def read_strict_yaml(path: Path, *, what: str = "file") -> Any:
    """YAML with duplicate keys refused and every mapping and list remembering its lines.

    Mappings come back as dicts with `.line` and `.key_lines`, lists with `.line` and
    `.item_lines`, so a later check can name the line of a bad value. Every failure is a
    `CorpusError` naming the file (and the line where YAML knows it).
    """
    name = str(path)
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CorpusError(name, None, f"{what} not found") from None
    except UnicodeDecodeError as exc:
        raise CorpusError(name, None, f"not valid UTF-8: {exc.reason} at byte {exc.start}") from None
    try:
        return yaml.load(_named(raw, name), Loader=_StrictLoader)  # a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise CorpusError(name, mark.line + 1 if mark else None, f"invalid YAML: {exc.problem}") from None


def _named(raw: str, name: str) -> io.StringIO:
    """A stream whose marks carry the file name, so duplicate-key errors can name it."""
    stream = io.StringIO(raw)
    stream.name = name  # type: ignore[misc]
    return stream


def _no_unknown_keys(name: str, mapping: _Map, allowed: set[str], what: str) -> None:
    for key in mapping:
        if key not in allowed:
            raise CorpusError(
                name,
                mapping.key_lines[key],
                f"unknown key {key!r} in {what}; allowed: {', '.join(sorted(allowed))}",
            )


def _councils(name: str, value: Any, line: int) -> dict[str, Council]:
    if not isinstance(value, _Map) or not value:
        raise CorpusError(name, line, "`councils` must be a non-empty mapping of slug -> council")
    councils: dict[str, Council] = {}
    for slug, entry in value.items():
        at = value.key_lines[slug]
        if not isinstance(slug, str) or not _SLUG.match(slug):
            raise CorpusError(name, at, f"council slug {slug!r} must be lowercase letters, digits and '-'")
        if not isinstance(entry, _Map):
            raise CorpusError(name, at, f"council {slug!r} must be a mapping with `name:`")
        _no_unknown_keys(name, entry, _COUNCIL_KEYS, f"council {slug!r}")
        council_name = _text(name, entry, "name", at, required=True)
        contacts: dict[str, Contact] = {}
        raw_contacts = entry.get("contacts") or _Map()
        if not isinstance(raw_contacts, _Map):
            raise CorpusError(name, entry.key_lines["contacts"], "`contacts` must be a mapping")
        for role, contact in raw_contacts.items():
            role_line = raw_contacts.key_lines[role]
            if isinstance(contact, str):
                contacts[role] = Contact(name=contact)
                continue
            if not isinstance(contact, _Map):
                raise CorpusError(name, role_line, f"contact {role!r} must be a mapping with `name:`")
            _no_unknown_keys(name, contact, _CONTACT_KEYS, f"contact {role!r}")
            contacts[role] = Contact(
                name=_text(name, contact, "name", role_line, required=True),
                email=_text(name, contact, "email", role_line),
                phone=_text(name, contact, "phone", role_line),
            )
        councils[slug] = Council(
            slug=slug,
            name=council_name,
            contacts=contacts,
            places=_names(name, entry, "places", "place names"),
            bodies=_names(name, entry, "bodies", "committee or office names"),
        )
    return councils


def _names(name: str, entry: _Map, key: str, what: str) -> tuple[str, ...]:
    """An optional list of non-empty names under `key`."""
    names = entry.get(key) or _Seq()
    if not isinstance(names, _Seq) or not all(isinstance(n, str) and n.strip() for n in names):
        raise CorpusError(name, entry.key_lines[key], f"`{key}` must be a list of {what} (non-empty strings)")
    return tuple(n.strip() for n in names)


def _documents(
    name: str, value: Any, line: int, councils: dict[str, Council]
) -> tuple[list[SourceDocument], dict[str, int]]:
    if not isinstance(value, _Seq) or not value:
        raise CorpusError(name, line, "`documents` must be a non-empty list")
    documents: list[SourceDocument] = []
    lines: dict[str, int] = {}
    for entry, at in zip(value, value.item_lines, strict=True):
        if not isinstance(entry, _Map):
            raise CorpusError(name, at, "each document must be a mapping")
        _no_unknown_keys(name, entry, _DOCUMENT_REQUIRED | _DOCUMENT_OPTIONAL, "document")
        if missing := sorted(_DOCUMENT_REQUIRED - entry.keys()):
            raise CorpusError(name, at, f"document is missing required key {missing[0]!r}")
        doc_id = _text(name, entry, "id", at, required=True)
        council = _text(name, entry, "council", at, required=True)
        key_line = entry.key_lines
        if council not in councils:
            raise CorpusError(
                name,
                key_line["council"],
                f"unknown council {council!r}; known: {', '.join(sorted(councils))}",
            )
        _check_id_and_path(name, entry, doc_id, council)
        if doc_id in lines:
            raise CorpusError(
                name, key_line["id"], f"duplicate document id {doc_id!r} (first at line {lines[doc_id]})"
            )
        fields = dict(entry)
        fields["council_name"] = entry.get("council_name") or councils[council].name
        if "adopted" in entry:
            fields["adopted"] = _date(name, entry["adopted"], key_line["adopted"])
        if "version" in entry:
            fields["version"] = str(entry["version"])
        if "gaps" in entry and entry["gaps"] is None:
            fields["gaps"] = []
        try:
            documents.append(SourceDocument(**fields))
        except ValidationError as exc:
            error = exc.errors()[0]
            key = str(error["loc"][0]) if error["loc"] else ""
            raise CorpusError(
                name, key_line.get(key, at), f"document {doc_id!r}: {key}: {error['msg']}"
            ) from None
        lines[doc_id] = at
    return documents, lines


def _check_id_and_path(name: str, entry: _Map, doc_id: str, council: str) -> None:
    """`id` is `<council>/<slug>` and the file is `<council>/<slug>.<ext>`: one name, three places."""
    key_line = entry.key_lines
    prefix, _, slug = doc_id.partition("/")
    if prefix != council or not _SLUG.match(slug):
        raise CorpusError(
            name, key_line["id"], f"document id {doc_id!r} must be '{council}/<slug>' (lowercase, '-')"
        )
    path = _text(name, entry, "path", key_line["id"], required=True)
    pure = Path(path)
    if pure.is_absolute() or ".." in pure.parts:
        raise CorpusError(name, key_line["path"], f"path {path!r} must be relative to the corpus directory")
    if pure.suffix.lower() not in READERS:
        raise CorpusError(
            name, key_line["path"], f"path {path!r}: unsupported extension; use one of {', '.join(READERS)}"
        )
    if pure.parent.as_posix() != council or pure.stem != slug:
        raise CorpusError(
            name,
            key_line["path"],
            f"path {path!r} does not match id {doc_id!r}; expected {doc_id}{pure.suffix}",
        )


def _text(name: str, mapping: _Map, key: str, line: int, *, required: bool = False) -> str:
    value = mapping.get(key)
    if value is None or value == "":
        if required:
            raise CorpusError(name, mapping.key_lines.get(key, line), f"{key!r} must not be empty")
        return ""
    if not isinstance(value, str):
        raise CorpusError(name, mapping.key_lines.get(key, line), f"{key!r} must be text, got {value!r}")
    return value


def _date(name: str, value: Any, line: int) -> dt.date | None:
    if value is None:
        return None
    try:
        if not _ISO_DATE.match(str(value)):
            raise ValueError(value)
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise CorpusError(name, line, f"malformed date {value!r}; write YYYY-MM-DD") from None
