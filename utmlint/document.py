"""Loading a campaign file safely: bytes -> text -> YAML node tree -> plain values plus positions.

Nothing in a file is ever constructed as an object: we compose the node tree (libyaml's C parser
through ruamel.yaml when available) and convert scalars ourselves, so `!!python/object` and friends
are reported, never run. Every problem becomes a `LoadProblem` with a position, never an exception.
"""

from __future__ import annotations

import _thread
import re
import sys
from bisect import bisect_left
from typing import Any, Dict, Iterator, List, Optional, Tuple

from .lazyregex import lazy_compile
from .records import NamedTuple
from .diagnostics import Pos

MAX_FILE_BYTES = 1024 * 1024  # 1 MiB: campaign files are a few KiB; bigger is a mistake or an attack
MAX_DEPTH = 64  # campaign files nest 6 deep; libyaml recurses per level, so refuse deep input before parsing
MAX_NODES = 100_000  # bounds alias expansion ("billion laughs") and giant files alike

JsonPath = Tuple[Any, ...]

_STR = "tag:yaml.org,2002:str"
_SAFE_SCALAR_TAGS = {
    _STR: "string",
    "tag:yaml.org,2002:int": "number",
    "tag:yaml.org,2002:float": "number",
    "tag:yaml.org,2002:bool": "boolean",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "date",
}
_MERGE = "tag:yaml.org,2002:merge"
_SEQ = "tag:yaml.org,2002:seq"
_MAP = "tag:yaml.org,2002:map"


class YamlDate(str):
    """A value YAML reads as a date or time. Kept as its text, but not a string to the schema."""


class LongNumber(float):
    """An integer too long to convert cheaply (`int()` is quadratic in its digits): still a number to the
    schema, so `campaign: 999...` is reported like `campaign: 2024`, and shown by its first digits."""

    def __new__(cls, text: str) -> "LongNumber":
        number = super().__new__(cls, "-inf" if text.startswith("-") else "inf")
        number.text = text
        return number

    def __str__(self) -> str:
        return f"{self.text[:20]}... ({len(self.text):,} characters)"

    __repr__ = __str__


class NodeInfo(NamedTuple):
    """Where a value sits: its position, its character span in the text, the key's position, its quoting."""

    pos: Pos
    start: int
    end: int
    key_pos: Optional[Pos] = None
    style: Optional[str] = None  # None/"" plain, "'" or '"' quoted, "|" or ">" block
    key_start: Optional[int] = None  # the key's character span, for a fix that renames it
    key_end: Optional[int] = None


# An anchor (`&name`) or tag (`!tag`) before a value, with the space or comment after it.
_PROPERTIES = lazy_compile(r"(?:[&!]\S*(?:\s+(?:#[^\n]*)?)*)+")


class NodeMap(dict):
    """JSON path -> NodeInfo. Holds the composed (node, key node) pairs and builds a NodeInfo only when
    asked: a file has hundreds of values and rules ask where a handful of them are."""

    def __init__(self, text: str = ""):
        super().__init__()
        self.text = text
        self.odd_text = _odd_text(text)  # set when libyaml's line numbers cannot be trusted

    def __getitem__(self, path: JsonPath) -> NodeInfo:
        found = dict.__getitem__(self, path)
        if not isinstance(found, NodeInfo):
            node, key_node = found
            index, pos = _value_start(self.text, node, self.odd_text)
            found = NodeInfo(pos, index, node.end_mark.index,
                             _node_pos(key_node, self.odd_text) if key_node is not None else None,
                             getattr(node, "style", None),
                             key_node.start_mark.index if key_node is not None else None,
                             key_node.end_mark.index if key_node is not None else None)
            dict.__setitem__(self, path, found)
        return found

    def get(self, path: JsonPath, default: Optional[NodeInfo] = None) -> Optional[NodeInfo]:
        return self[path] if dict.__contains__(self, path) else default


class LoadProblem(NamedTuple):
    """A file that could not be read as YAML. `kind` picks the rule that reports it."""

    kind: str  # "file" (unreadable, encoding, size), "syntax" (YAML), "tag" (object-constructing tag)
    message: str
    pos: Pos = Pos(1, 1)


class Document:
    """A loaded file: its text, its data as plain values, each value's NodeInfo, and what went wrong."""

    def __init__(self, path: str, text: str, data: Any = None, problems: Optional[List[LoadProblem]] = None):
        self.path = path
        self.text = text
        self.data = data
        self.nodes: Dict[JsonPath, NodeInfo] = NodeMap(text)
        self.problems: List[LoadProblem] = problems if problems is not None else []
        self.bom = False  # the file starts with a UTF-8 byte order mark, which `text` leaves out
        self.root = None  # the composed node tree, for scalar_spans()

    def aliased_spans(self) -> List[Tuple[int, int, str]]:
        """(start, end, anchor name) of every node an alias reuses: `source: &s Intercom` with `label: *s`, or
        a `&defaults` mapping merged with `<<: *defaults`. An edit inside one changes every use of it."""
        if self.root is None or "*" not in self.text:
            return []
        counts: Dict[int, int] = {}
        nodes: Dict[int, Any] = {}
        stack = [self.root]
        while stack:
            node = stack.pop()
            key = id(node)
            counts[key] = counts.get(key, 0) + 1
            if counts[key] > 1:
                continue  # reached again through an alias: its children were walked the first time
            nodes[key] = node
            if node.id == "sequence":
                stack.extend(node.value)
            elif node.id == "mapping":
                for key_node, value_node in node.value:
                    stack.append(key_node)
                    stack.append(value_node)
        spans = []
        for key, count in counts.items():
            if count > 1:
                node = nodes[key]
                start = node.start_mark.index
                anchor = re.match(r"&([^\s,\[\]{}]+)", self.text[start:start + 256])
                spans.append((start, node.end_mark.index, anchor.group(1) if anchor else ""))
        return spans

    def scalar_ends(self) -> Dict[Pos, Pos]:
        """Where each scalar (keys too) that starts at a position ends, exclusive, as ruff's JSON gives a finding's
        end: `campaign: Spring Sale 2026`'s value from 1:11 to 1:27. A block scalar's (`|`) ends at its last
        character, not on the line after it. Walks the composed tree once; a rule's finding at a value's start
        gets the value's end from it."""
        ends: Dict[Pos, Pos] = {}
        text, odd = self.text, self.nodes.odd_text
        for node in self._scalars():
            index, pos = _value_start(text, node, odd)
            end = node.end_mark.index
            while end > index and text[end - 1] in "\r\n":
                end -= 1
            if end > index:
                ends.setdefault(pos, _char_pos(text, end) if end != node.end_mark.index or odd is not None
                                else Pos(node.end_mark.line + 1, node.end_mark.column + 1))
        return ends

    def scalar_spans(self) -> List[Tuple[int, int]]:
        """The character span of every scalar (keys too) the parser read: a `#` inside one is text, not a
        comment. Walks the composed tree once; an anchored node reached again through an alias is skipped."""
        return [(node.start_mark.index, node.end_mark.index) for node in self._scalars()]

    def _scalars(self) -> Iterator[Any]:
        """Every scalar node (keys too) of the composed tree, each once (an anchored node reached again through an
        alias is skipped), depth first: scalar_ends and scalar_spans walk it alike."""
        if self.root is None:
            return
        seen = set()
        stack = [self.root]
        while stack:
            node = stack.pop()
            if id(node) in seen:
                continue
            seen.add(id(node))
            kind = node.id
            if kind == "scalar":
                yield node
            elif kind == "sequence":
                stack.extend(node.value)
            else:
                for key_node, value_node in node.value:
                    stack.append(key_node)
                    stack.append(value_node)

    @property
    def parsed(self) -> bool:
        """True when the YAML parsed; tag problems still leave a usable (tag-free) tree."""
        return not any(p.kind in ("file", "syntax") for p in self.problems)

    def pos(self, path: JsonPath, *, key: bool = False) -> Pos:
        """The position of the value at `path` (or of its key), else of its nearest ancestor."""
        for cut in range(len(path), -1, -1):
            info = self.nodes.get(tuple(path[:cut]))
            if info is not None:
                if key and cut == len(path) and info.key_pos is not None:
                    return info.key_pos
                return info.pos
        return Pos(1, 1)


def decode(raw: bytes) -> Tuple[Optional[str], Optional[LoadProblem]]:
    """UTF-8 text (a UTF-8 BOM is dropped), or a located reason why the bytes are not a campaign file."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, LoadProblem("file", "file is UTF-16 encoded, and `utmlint lint` reads campaign files as UTF-8 only "
                                         "(as YAML tools and git diffs expect them); save it as UTF-8")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    nul = raw.find(b"\x00")
    if nul != -1:
        # said as scan says a binary file (scan.binary_note), one voice for both commands (review41 L6)
        return None, LoadProblem("file", "binary file (it holds NUL bytes): no text to read a campaign from; if it is "
                                         "one, save it as UTF-8 text", _byte_pos(raw, nul))
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as error:
        where = _byte_pos(raw, error.start)
        return None, LoadProblem("file", f"file is not valid UTF-8 (byte 0x{raw[error.start]:02x}); save it as UTF-8", where)


def _byte_pos(raw: bytes, offset: int) -> Pos:
    line_start = raw.rfind(b"\n", 0, offset) + 1
    column = len(raw[line_start:offset].decode("utf-8", errors="replace")) + 1
    return Pos(raw.count(b"\n", 0, offset) + 1, column)


# A line's indentation and compact indicators; libyaml also breaks lines at \r, NEL, LS and PS.
_BLOCK_PREFIX = lazy_compile("(?:^|(?<=[\r\n\x85\u2028\u2029]))[ \t]*(?:[-?:][ \t]+)*")


def nesting_too_deep(text: str, limit: int = MAX_DEPTH) -> Optional[Pos]:
    """Where the text nests deeper than `limit`, or None, without composing it: checked before ruamel's loader
    reads a platform profile, and for a campaign file whose composition stopped at an error (campaign files
    are otherwise checked by our composer as it goes, which costs nothing extra).

    libyaml's composer recurses in C once per level, so 50,000 `[` would crash the process, not raise.
    A cheap over-estimate clears almost every file: flow nesting needs a `[` or `{` per level, and block
    nesting an indentation column or a compact `- `/`? `/`: ` per level (at most two levels for each: a
    sequence may sit at its parent key's indentation). Brackets can hide in quoted strings, so when the
    estimate is over the limit the parser's events, which libyaml produces without recursing, decide.
    """
    flow = text.count("[") + text.count("{")
    if flow <= limit:
        block = max(map(len, _BLOCK_PREFIX.findall(text)), default=0)
        if flow + 2 * block <= limit:
            return None
    return _deepest_event(text, limit)


def _deepest_event(text: str, limit: int) -> Optional[Pos]:
    """The position of the first collection nested deeper than `limit`, from the parser's event stream;
    None when there is none, or when the text has a syntax error first (the parse reports that)."""
    _defer_ruamel_init()
    from ruamel.yaml.error import YAMLError

    try:
        from _ruamel_yaml import CParser
    except ImportError:
        from ruamel.yaml import YAML

        events, parser = YAML(typ="safe", pure=True).parse(text), None
    else:
        parser = CParser(text)
        events = iter(parser.get_event, None)
    depth = 0
    try:
        for event in events:
            kind = type(event).__name__
            if kind in ("SequenceStartEvent", "MappingStartEvent"):
                depth += 1
                if depth > limit:
                    return _char_pos(text, event.start_mark.index)
            elif kind in ("SequenceEndEvent", "MappingEndEvent"):
                depth -= 1
            elif kind == "StreamEndEvent":
                break
    except (YAMLError, ValueError):
        return None
    finally:
        if parser is not None:
            parser.dispose()
    return None


def _char_pos(text: str, offset: int) -> Pos:
    if len(text) > 4096:  # asked once per value of a file with NEL/LS/PS in it: no counting from the top each time
        breaks = _newlines(text)
        line = bisect_left(breaks, offset)
        return Pos(line + 1, offset - (breaks[line - 1] + 1 if line else 0) + 1)
    line_start = text.rfind("\n", 0, offset) + 1
    return Pos(text.count("\n", 0, offset) + 1, offset - line_start + 1)


_NEWLINES: List[Any] = [None, []]  # the last long text asked about, and the offsets of its newlines


def _newlines(text: str) -> List[int]:
    if _NEWLINES[0] is not text:
        _NEWLINES[:] = [text, [match.start() for match in re.finditer("\n", text)]]
    return _NEWLINES[1]


# YAML 1.2 core schema, plus timestamps (which YAML tools still resolve), for plain scalars only.
_IMPLICIT = (
    ("tag:yaml.org,2002:bool", lazy_compile(r"(?:true|True|TRUE|false|False|FALSE)\Z"), "tTfF"),
    ("tag:yaml.org,2002:int", lazy_compile(r"[-+]?(?:0b[0-1_]+|0o?[0-7_]+|[0-9_]+|0x[0-9a-fA-F_]+)\Z"), "-+0123456789"),
    ("tag:yaml.org,2002:float", lazy_compile(
        r"[-+]?(?:[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*[eE][-+]?[0-9]+|\.[0-9_]+(?:[eE][-+][0-9]+)?"
        r"|\.(?:inf|Inf|INF))\Z|\.(?:nan|NaN|NAN)\Z"), "-+0123456789."),
    ("tag:yaml.org,2002:null", lazy_compile(r"(?:~|null|Null|NULL|)\Z"), "~nN"),
    ("tag:yaml.org,2002:timestamp", lazy_compile(
        r"[0-9]{4}-[0-9]{2}-[0-9]{2}\Z|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}"
        r"(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?\Z"), "0123456789"),
    (_MERGE, lazy_compile(r"<<\Z"), "<"),
)


_BY_FIRST_CHAR: Dict[str, List[Tuple[str, Any]]] = {}
for _tag_name, _pattern, _starts in _IMPLICIT:
    for _char in _starts:
        _BY_FIRST_CHAR.setdefault(_char, []).append((_tag_name, _pattern))


def resolve_plain(value: str) -> str:
    """The tag YAML 1.2 gives a plain (unquoted) scalar."""
    if not value:
        return "tag:yaml.org,2002:null"
    for tag, pattern in _BY_FIRST_CHAR.get(value[0], ()):
        if pattern.match(value):
            return tag
    return _STR


class _Node:
    """A composed YAML node: the parts of ruamel's nodes we read (kind, resolved tag, value, marks, quoting).
    ruamel's node classes cost more to build in Python than libyaml takes to parse the file. The kind is
    the class's `id` ("scalar", "sequence" or "mapping", as ruamel's nodes name themselves)."""

    __slots__ = ("tag", "value", "start_mark", "end_mark")
    id = ""
    style: Optional[str] = None  # a scalar's quoting: "" plain, "'" or '"' quoted, "|" or ">" block


class _Scalar(_Node):
    __slots__ = ("style",)
    id = "scalar"

    def __init__(self, tag: str, value: str, start_mark, end_mark, style: Optional[str] = None):
        self.tag = tag
        self.value = value  # the text
        self.start_mark = start_mark
        self.end_mark = end_mark
        self.style = style


_OPEN = [0]  # collections started and not yet ended in the text being composed (reset for each text)
_COMPOSING = _thread.allocate_lock()  # held while a text is composed (_OPEN and the C composer's node classes)
_END_MARK = _Node.end_mark  # the slot, under the collections' end_mark property


class _Collection(_Node):
    """A sequence or mapping. Made when the composer meets its start and given its end_mark when it ends, so
    it counts how deeply the collections being composed nest, and refuses one nested deeper than MAX_DEPTH
    as the composer meets it (_TooDeep), before libyaml or the composer recurse any further. The arguments
    are those libyaml's C composer passes (`flow_style` is not kept)."""

    __slots__ = ()

    def __init__(self, tag: str, value: list, start_mark, end_mark=None, flow_style=None):
        if _OPEN[0] >= MAX_DEPTH:  # this collection would be nested one deeper than MAX_DEPTH
            raise _TooDeep(start_mark.index)
        _OPEN[0] += 1
        self.tag = tag
        self.value = value  # a list of nodes; a list of (key node, value node) pairs
        self.start_mark = start_mark

    @property
    def end_mark(self):
        return _END_MARK.__get__(self)

    @end_mark.setter
    def end_mark(self, mark) -> None:
        _OPEN[0] -= 1
        _END_MARK.__set__(self, mark)


class _Sequence(_Collection):
    __slots__ = ()
    id = "sequence"


class _Mapping(_Collection):
    __slots__ = ()
    id = "mapping"


class _TooDeep(Exception):
    """The composer met a collection nested deeper than MAX_DEPTH, at this character offset."""

    def __init__(self, index: int):
        super().__init__(index)
        self.index = index


def _event_tag(event) -> Optional[str]:
    """An event's explicit tag; None when it has none or only `!` (the non-specific tag), which resolve."""
    ctag = event.ctag
    if ctag is None:
        return None
    tag = ctag if type(ctag) is str else ctag.suffix if ctag.handle is None else str(ctag)
    return None if tag == "!" else tag


def _resolve(kind, value: Optional[str], implicit) -> str:
    """The tag of a node written without one (or with the non-specific `!`): for a scalar, `implicit` is
    libyaml's (plain, quoted) pair, and only a plain scalar resolves to another type than str."""
    if kind is _Scalar:
        # most scalars are plain text starting with a letter no other type starts with
        return _STR if not implicit[0] or (value and value[0] not in _BY_FIRST_CHAR) else resolve_plain(value)
    return _SEQ if kind is _Sequence else _MAP


class _RuamelPackage(type(sys)):
    """ruamel.yaml's package before its `__init__` has run: a module whose first missing attribute runs it."""

    def __getattr__(self, name: str):
        if type(self) is not _RuamelPackage:  # running (or ran) already: the attribute is not there
            raise AttributeError(name)
        self.__class__ = type(sys)
        self.__spec__.loader.exec_module(self)
        return getattr(self, name)


def _defer_ruamel_init() -> None:
    """Let `import _ruamel_yaml` (the C parser) import only the parts of ruamel.yaml it imports, not the whole
    package. The extension imports ruamel.yaml's error, reader, scanner, parser, composer, constructor, emitter,
    serializer and representer modules; importing any of them runs the package's `__init__` first, which imports
    its `main` (the YAML class, typing), `cyaml`, `loader`, `dumper` and `resolver` besides: 8.7 M instructions
    of a one-file lint's 270 M that the C parser never uses (session 49). So, when nothing has imported the
    package yet, the package is put in sys.modules as found, its `__init__` not run until an attribute it
    defines is first asked for (`from ruamel.yaml import YAML`, by utmlint's pure-Python fallback, the
    platform files' checks or a plugin): then it runs, once, as an import would have run it."""
    if "ruamel.yaml" in sys.modules:
        return
    try:
        import ruamel
        from importlib.machinery import PathFinder

        spec = PathFinder.find_spec("ruamel.yaml", list(ruamel.__path__))
    except (ImportError, AttributeError, ValueError):
        return
    if spec is None or spec.loader is None or not spec.submodule_search_locations or "ruamel.yaml" in sys.modules:
        return
    package = _RuamelPackage(spec.name)
    package.__spec__, package.__loader__, package.__package__ = spec, spec.loader, spec.name
    package.__path__, package.__file__ = spec.submodule_search_locations, spec.origin
    sys.modules[spec.name] = package
    ruamel.yaml = package


def _composer():
    """A node composer with our own resolver and light nodes: libyaml's own composer (ruamel.yaml.clib's
    `CParser.get_single_node`, in C) when available, else ours over ruamel's pure-Python parser's events.
    Both give the same nodes, marks, tags, and errors for an undefined or duplicate anchor, a second
    document, and a collection nested deeper than MAX_DEPTH (_TooDeep, raised by _Collection)."""
    _defer_ruamel_init()
    try:
        from _ruamel_yaml import CParser
    except ImportError:
        return _pure_composer()
    import operator

    import _ruamel_yaml

    class Parser(CParser):
        # The C composer tells its resolver where it descends and ascends; ours needs no path, so these take
        # the same arguments and do nothing, as builtins (a Python function would cost a frame per node).
        descend_resolver = operator.is_
        ascend_resolver = tuple
        resolve = staticmethod(_resolve)  # called as self.resolve(kind, value, implicit), once per node

    theirs = (_ruamel_yaml.ScalarNode, _ruamel_yaml.SequenceNode, _ruamel_yaml.MappingNode)

    def compose(text: str) -> Optional[_Node]:
        # One parse at a time in a process (found by review: two threads parsing at once got ruamel's own nodes
        # in our trees and shared the depth count); utmlint parses in processes, so the lock is never contended.
        with _COMPOSING:
            parser = Parser(text)
            _OPEN[0] = 0
            # The C composer looks its node classes up in its module as it makes each node: for this parse, they
            # are ours (put back after, so nothing else in the process sees a change).
            _ruamel_yaml.ScalarNode, _ruamel_yaml.SequenceNode, _ruamel_yaml.MappingNode = _Scalar, _Sequence, _Mapping
            try:
                return parser.get_single_node()
            finally:
                _ruamel_yaml.ScalarNode, _ruamel_yaml.SequenceNode, _ruamel_yaml.MappingNode = theirs
                parser.dispose()

    return compose


def _pure_events(text: str):
    """ruamel's pure-Python parser over `text`, as `_event_composer` takes a parser (no C extension needed)."""
    from ruamel.yaml import YAML

    return iter(YAML(typ="safe", pure=True).parse(text)).__next__, None


class _Events:
    """A parser's events one at a time (called as the parser's own `next_event`), remembering the last one and
    the text parsed, for _place_empty_value."""

    __slots__ = ("_next", "last", "text")

    def __init__(self, next_event, text: str):
        self._next, self.last, self.text = next_event, None, text

    def __call__(self):
        self.last = self._next()
        return self.last


_BREAKS = "\n\x85\u2028\u2029"


def _place_empty_value(event, text: str, key_end, flow: bool) -> None:
    """Give an empty mapping value (`medium:` with nothing after it) the marks libyaml gives it, as ruamel's pure
    parser does not: libyaml puts it just after the `:` in block style, at the next token in flow style (`{a: }`:
    the `}`); ruamel's pure parser at the next token's end in block style (the next line's key: a finding on an
    empty `medium:` was reported a line below) and after the `:` in flow style. Found by review, comparing
    `utmlint lint` with and without ruamel.yaml.clib. Left as it is when no `:` follows the key (`? a` alone)."""
    from ruamel.yaml.error import StreamMark

    index, line, column = key_end.index, key_end.line, key_end.column
    seen_colon = False
    while index < len(text):
        char = text[index]
        if char == "#" and (index == 0 or text[index - 1] in " \t\r" + _BREAKS):
            while index < len(text) and text[index] not in "\r" + _BREAKS:
                index, column = index + 1, column + 1
            continue
        if char == ":" and not seen_colon:
            seen_colon = True
            index, column = index + 1, column + 1
            if not flow:
                break
            continue
        if char not in " \t\r\ufeff" + _BREAKS:
            break
        if char in _BREAKS or (char == "\r" and text[index + 1:index + 2] != "\n"):
            line, column = line + 1, 0
        elif char != "\ufeff":
            column += 1
        index += 1
    if seen_colon:
        event.start_mark = event.end_mark = StreamMark(None, index, line, column)


def _pure_composer():
    """The composer without ruamel.yaml.clib: ours over ruamel's pure-Python parser, its marks made libyaml's."""
    return _event_composer(_pure_events, like_libyaml=True)


def _event_composer(parse, like_libyaml: bool = False):
    """Composes as libyaml's C composer does, over a parser's events: `parse(text)` gives a function that
    returns the next event, and one to call after (or None). Used with ruamel's pure-Python parser when
    ruamel.yaml.clib is not installed (tests/test_composer.py proves it composes as the C composer does over
    libyaml's events). `like_libyaml`: the events are ruamel's pure parser's, whose style and marks differ from
    libyaml's in three places, mended here (a plain scalar's style, an empty mapping value's marks, a block
    collection's end at the end of a text without a final line break); tests/test_pure_fallback.py compares
    the two composers' nodes, and `utmlint lint`'s findings with and without the C extension."""
    from ruamel.yaml.composer import ComposerError
    from ruamel.yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent,
                                    SequenceEndEvent, SequenceStartEvent, StreamEndEvent)

    def node(event, next_event, anchors: Dict[str, _Node]) -> _Node:
        """The node `event` starts."""
        kind = type(event)
        if kind is AliasEvent:
            found = anchors.get(event.anchor)
            if found is None:
                raise ComposerError(None, None, "found undefined alias", event.start_mark)
            return found
        anchor = event.anchor
        if anchor is not None and anchor in anchors:
            raise ComposerError("found duplicate anchor; first occurrence", anchors[anchor].start_mark,
                                "second occurrence", event.start_mark)
        tag = None if event.ctag is None else _event_tag(event)
        if kind is ScalarEvent:
            value = event.value
            # a plain scalar's style is "" from libyaml, None from ruamel's pure parser: "" as the C composer has
            # it (found by review: None read as "quoted", so a finding inside a URL fell back to the value's start
            # and a fix wrote the URL back in double quotes)
            style = "" if event.style is None else event.style
            made = _Scalar(tag if tag is not None else _resolve(_Scalar, value, event.implicit), value,
                           event.start_mark, event.end_mark, style)
            if anchor is not None:
                anchors[anchor] = made
            return made
        if kind is SequenceStartEvent:
            made = _Sequence(tag if tag is not None else _SEQ, [], event.start_mark)
            end = SequenceEndEvent
            flow = bool(event.flow_style)
        else:
            assert kind is MappingStartEvent, kind
            made = _Mapping(tag if tag is not None else _MAP, [], event.start_mark)
            end = MappingEndEvent
            flow = bool(event.flow_style)
        if anchor is not None:
            anchors[anchor] = made
        items = made.value
        event = next_event()
        while type(event) is not end:
            if end is SequenceEndEvent:
                items.append(node(event, next_event, anchors))
            else:
                key = node(event, next_event, anchors)
                key_end = next_event.last.end_mark  # where the key is written (an alias's node is the anchor's)
                value = next_event()
                if like_libyaml and type(value) is ScalarEvent and value.style is None and value.value == "" and value.tag is None \
                        and value.anchor is None and value.start_mark.index == value.end_mark.index:
                    _place_empty_value(value, next_event.text, key_end, flow)
                items.append((key, node(value, next_event, anchors)))
            event = next_event()
        made.end_mark = event.end_mark
        if like_libyaml and not flow and event.end_mark.index == len(next_event.text) and event.end_mark.column:
            # a block collection ending the text, with no line break after it: libyaml's end is the next line's
            # start, as if the text ended with one
            from ruamel.yaml.error import StreamMark

            made.end_mark = StreamMark(None, event.end_mark.index, event.end_mark.line + 1, 0)
        return made

    def compose(text: str) -> Optional[_Node]:
        with _COMPOSING:  # _OPEN is the process's (as in the C composer's compose)
            return compose_one(text)

    def compose_one(text: str) -> Optional[_Node]:
        given, done = parse(text)
        next_event = _Events(given, text)
        _OPEN[0] = 0
        try:
            next_event()  # the stream's start
            event = next_event()
            if type(event) is StreamEndEvent:
                return None
            root = node(next_event(), next_event, {})  # after the document's start
            next_event()  # the document's end
            event = next_event()
            if type(event) is not StreamEndEvent:
                raise ComposerError("expected a single document in the stream", root.start_mark,
                                    "but found another document", event.start_mark)
            return root
        finally:
            if done is not None:
                done()

    return compose


_COMPOSE = None


def load(path: str, raw: bytes) -> Document:
    """Parse `raw` (the bytes of `path`) into a Document; problems are recorded, never raised."""
    if len(raw) > MAX_FILE_BYTES:
        return Document(path, "", problems=[LoadProblem(
            "file", f"file is {len(raw):,} bytes, over utmlint's limit of {MAX_FILE_BYTES:,} bytes for a campaign file")])
    text, problem = decode(raw)
    if problem is not None:
        return Document(path, "", problems=[problem])
    doc = load_text(path, text)
    doc.bom = raw.startswith(b"\xef\xbb\xbf")
    return doc


class CollectorPaused:
    """`with CollectorPaused():` the cycle collector does not run inside (nesting is fine). Loading and linting
    one file make hundreds of thousands of long-lived objects (nodes, values, positions, findings) and almost no
    cyclic garbage: the collector would walk the growing tree again and again (1 MiB of nested lists: 13 s with
    it, 3 s without; 88,217 findings: a third of the run). What one file leaves is bounded by its size, and is
    collected after it when the collector runs again."""

    def __enter__(self) -> "CollectorPaused":
        import gc

        self.was_enabled = gc.isenabled()
        gc.disable()
        return self

    def __exit__(self, *exc) -> None:
        if self.was_enabled:
            import gc

            gc.enable()


def load_text(path: str, text: str) -> Document:
    # nothing made here is garbage before the tree is complete (a tree refused as too big is freed by
    # reference counting)
    with CollectorPaused():
        return _load_text(path, text)


def _too_deep(at: Pos) -> LoadProblem:
    return LoadProblem("syntax", f"YAML nests deeper than {MAX_DEPTH} levels; a campaign file never needs that", at)


def _load_text(path: str, text: str) -> Document:
    doc = Document(path, text)
    global _COMPOSE
    if _COMPOSE is None:
        _COMPOSE = _composer()
    # The composer refuses nesting deeper than MAX_DEPTH as it meets it (_TooDeep), before libyaml or our
    # recursion go further; the events come in text order, so that is the first too-deep collection.
    try:
        try:
            root = _COMPOSE(text)
        except Exception as error:
            if not _flow_colon(error):
                raise
            root = _flow_colon_retry(text, error)
    except _TooDeep as deep:
        doc.problems.append(_too_deep(_char_pos(text, deep.index)))
        return doc
    except Exception as error:
        from ruamel.yaml.error import MarkedYAMLError, YAMLError
        from ruamel.yaml.reader import ReaderError

        if not isinstance(error, (YAMLError, RecursionError, ValueError)):
            raise
        # A composer error (an undefined alias, a second document) can come before a too-deep collection the
        # parser would still reach: deep nesting is reported first, whatever follows it.
        deep = nesting_too_deep(text)
        if deep is not None:
            doc.problems.append(_too_deep(deep))
        elif isinstance(error, MarkedYAMLError):
            doc.problems.append(_syntax_problem(error, doc.nodes.odd_text))
        elif isinstance(error, ReaderError):
            doc.problems.append(_reader_problem(text, error))
        else:
            doc.problems.append(LoadProblem("syntax", f"YAML could not be parsed: {' '.join(str(error).split())}"))
        return doc
    if root is None:
        return doc
    doc.root = root
    try:
        doc.data = _Converter(doc).value(root, (), None, 0)
    except _TooBig as error:
        doc.data = None
        doc.root = None
        doc.nodes.clear()
        message = str(error) if error.located else f"the file {error}"
        doc.problems.append(LoadProblem("syntax", message, error.pos))
    return doc


def _flow_colon(error) -> bool:
    """libyaml's refusal of a `:` inside a plain scalar of a flow collection (`hosts: [https://app.acme.io]`, `links:
    [{url: https://acme.io/a}]`), which YAML 1.2 allows (a `:` not followed by a space or a flow indicator) and every
    other reader of the file takes (PyYAML, ruamel, yaml-language-server): the copy of libyaml ruamel.yaml.clib
    bundles is older and stricter (newuser46 F17: a correct config or campaign file failed, exit 2)."""
    return "found unexpected ':'" in str(getattr(error, "problem", "") or "") and _COMPOSE is not _PURE[0]


_PURE: List[Any] = [None]  # the pure-Python composer, made on the first file that needs it
_NOT_TEXT_AFTER_COLON = ("", " ", "\t", "\r", "\n", ",", "[", "]", "{", "}")


def _flow_colon_retry(text: str, error):
    """The file composed by ruamel's pure-Python parser, which reads YAML 1.2's plain scalars; libyaml's error when
    it fails too."""
    mark = getattr(error, "problem_mark", None)
    at = getattr(mark, "index", None)
    # only the `:` YAML 1.2 reads as text: followed by a character that is neither a space nor a flow indicator
    if not isinstance(at, int) or text[at:at + 1] != ":" or text[at + 1:at + 2] in _NOT_TEXT_AFTER_COLON:
        raise error
    if _PURE[0] is None:
        _PURE[0] = _pure_composer()
    from ruamel.yaml.error import YAMLError

    try:
        return _PURE[0](text)
    except YAMLError:
        raise error from None


def _reader_problem(text: str, error) -> LoadProblem:
    """A character YAML forbids (a control character), located; ruamel's own message spans two lines."""
    character = error.character
    if isinstance(character, str):  # ruamel's pure-Python reader counts characters
        offset, code = error.position, ord(character)
    else:  # libyaml counts UTF-8 bytes and gives the code point
        offset = len(text.encode("utf-8", errors="surrogatepass")[:error.position].decode("utf-8", errors="ignore"))
        code = character
    return LoadProblem("syntax", f"character U+{code:04X} is not allowed in YAML ({error.reason}); remove it",
                       _char_pos(text, offset))


def _syntax_problem(error, odd_text: Optional[str] = None) -> LoadProblem:
    mark = error.problem_mark or error.context_mark
    pos = _mark_pos(mark, odd_text) if mark is not None else Pos(1, 1)
    problem = (error.problem or "").strip()
    if "expected a single document" in (error.context or "") or "but found another document" in problem:
        return LoadProblem("syntax", "a second YAML document starts here; put one campaign in each file", pos)
    context = f" ({error.context.strip()})" if error.context else ""
    if "found character '\\t'" in problem:
        problem = "a tab character where YAML allows only spaces for indentation"
    return LoadProblem("syntax", f"YAML syntax error: {problem}{context}", pos)


class _TooBig(Exception):
    def __init__(self, message: str, pos: Pos):
        super().__init__(message)
        self.pos = pos
        self.located = False


_ODD_BREAKS = ("\x85", "\u2028", "\u2029")


def _odd_text(text: str) -> Optional[str]:
    """The text, when it holds NEL, LS or PS: libyaml counts them as line breaks, editors (and our
    reports) count only newlines, so positions are then taken from character offsets."""
    return text if any(c in text for c in _ODD_BREAKS) else None


def _mark_pos(mark, odd_text: Optional[str] = None) -> Pos:
    if odd_text is not None:
        return _char_pos(odd_text, mark.index)
    return Pos(mark.line + 1, mark.column + 1)


def _value_start(text: str, node, odd_text: Optional[str] = None) -> Tuple[int, Pos]:
    """Where a node's value starts: libyaml starts a node at its anchor or tag; a fix must replace the value and
    keep `&name`, and a finding points at the value."""
    start = node.start_mark
    index, pos = start.index, _mark_pos(start, odd_text)
    if text[index:index + 1] in ("&", "!"):
        index = _PROPERTIES.match(text, index).end()
        pos = _char_pos(text, index) if "\n" in text[start.index:index] else \
            Pos(pos.line, pos.column + index - start.index)
    return index, pos


def _node_pos(node, odd_text: Optional[str] = None) -> Pos:
    return _mark_pos(node.start_mark, odd_text)


class _Converter:
    """Turns composed nodes into dict/list/str/int/float/bool/None, recording each value's NodeInfo."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.count = 0
        self.odd_text = doc.nodes.odd_text

    def pos(self, node) -> Pos:
        return _node_pos(node, self.odd_text)

    def value(self, node, path: JsonPath, key_node, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise _TooBig(f"holds more than {MAX_NODES:,} values (each alias counted as often as it expands); "
                          "refusing to read further", self.pos(node))
        if depth > MAX_DEPTH:
            raise _TooBig(f"nests deeper than {MAX_DEPTH} levels (a recursive alias?)", self.pos(node))
        dict.__setitem__(self.doc.nodes, path, (node, key_node))
        kind = node.id
        tag = node.tag
        if kind == "scalar":
            return node.value if tag == _STR else self.scalar(node, tag)
        if kind == "sequence":
            self.check_tag(node, tag, _SEQ)
            return [self.value(item, path + (i,), None, depth + 1) for i, item in enumerate(node.value)]
        self.check_tag(node, tag, _MAP)
        return self.mapping(node, path, depth)

    def check_tag(self, node, tag: str, expected: str) -> None:
        if tag != expected:
            self.doc.problems.append(LoadProblem(
                "tag", f"YAML tag `{_short_tag(tag)}` asks to construct an object; utmlint never does, so it is ignored",
                self.pos(node)))

    def scalar(self, node, tag: str) -> Any:
        kind = _SAFE_SCALAR_TAGS.get(tag)
        text = node.value
        if kind is None:
            self.check_tag(node, tag, _STR)
            return text
        if kind == "string":
            return text
        if kind == "null":
            return None
        if kind == "boolean":
            return text.lower() in ("true", "yes", "on", "y")
        if kind == "date":
            return YamlDate(text)
        try:
            return _number(text, node.tag)
        except ValueError:
            return text

    def mapping(self, node, path: JsonPath, depth: int) -> Dict[Any, Any]:
        result: Dict[Any, Any] = {}
        seen: Dict[Any, Any] = {}
        merged: List[Tuple[Any, Any]] = []
        for key_node, value_node in node.value:
            if key_node.id == "scalar" and key_node.value == "<<" and key_node.tag == _MERGE:
                merged.extend(self.merge_sources(value_node, path, depth))
                continue
            if key_node.id != "scalar":
                self.doc.problems.append(LoadProblem("syntax", "a mapping key must be plain text", self.pos(key_node)))
                continue
            key = key_node.value
            if key in seen:
                first = self.pos(seen[key])
                self.doc.problems.append(LoadProblem(
                    "syntax", f"duplicate key `{key}` (first defined at line {first.line}); YAML keeps only one of them",
                    self.pos(key_node)))
                continue
            seen[key] = key_node
            try:
                if value_node.tag == _STR and value_node.id == "scalar" and self.count < MAX_NODES \
                        and depth < MAX_DEPTH:  # `value` of plain text, inline: most values are
                    self.count += 1
                    dict.__setitem__(self.doc.nodes, path + (key,), (value_node, key_node))
                    result[key] = value_node.value
                else:
                    result[key] = self.value(value_node, path + (key,), key_node, depth + 1)
            except _TooBig as error:
                if not error.located:  # point at the value that blew up, not deep inside an anchor
                    error.pos, error.located = self.pos(value_node), True
                    error.args = (f"the value of `{key}` {error.args[0]}",)
                raise
        for key, value in merged:  # `<<: *defaults`: explicit keys win over merged ones
            result.setdefault(key, value)
        return result

    def merge_sources(self, node, path: JsonPath, depth: int) -> List[Tuple[Any, Any]]:
        sources = node.value if node.id == "sequence" else [node]
        pairs: List[Tuple[Any, Any]] = []
        for source in sources:
            if source.id != "mapping":
                self.doc.problems.append(LoadProblem("syntax", "`<<` merges only mappings", self.pos(source)))
                continue
            for key, value in self.mapping(source, path + ("<<",), depth + 1).items():
                pairs.append((key, value))
                raw = dict.get(self.doc.nodes, path + ("<<", key))
                if raw is not None:
                    dict.setdefault(self.doc.nodes, path + (key,), raw)
        return pairs


def _number(text: str, tag: str) -> Any:
    cleaned = text.replace("_", "")
    if tag.endswith(":float"):
        lowered = cleaned.lower()
        if lowered in (".inf", "+.inf"):
            return float("inf")
        if lowered == "-.inf":
            return float("-inf")
        if lowered == ".nan":
            return float("nan")
        return float(cleaned)
    if len(cleaned) > 100:  # int("9" * 10**6) is quadratic: a number to the schema, never converted
        return LongNumber(text)
    sign = -1 if cleaned.startswith("-") else 1
    digits = cleaned.lstrip("+-")
    for prefix, base in (("0x", 16), ("0o", 8), ("0b", 2)):
        if digits.lower().startswith(prefix):
            return sign * int(digits[2:], base)
    return sign * int(digits, 10)


def _short_tag(tag: str) -> str:
    return "!!" + tag[len("tag:yaml.org,2002:"):] if tag.startswith("tag:yaml.org,2002:") else tag


def load_data_file(path) -> Any:
    """Plain data from one of utmlint's own YAML data files (rules/), through the same safe, fast
    loader as campaign files; any problem raises ValueError with `path:line:col`."""
    with open(path, "rb") as handle:
        doc = load(str(path), handle.read())
    if doc.problems:
        problem = doc.problems[0]
        raise ValueError(f"{path}:{problem.pos}: {problem.message}")
    return doc.data
