"""What a browser makes of markup that the Markdown source alone does not settle: whether the page's style sheet
may hide a <br>, and CDATA in an inline <svg> or <math>. detect/reader.py reads a page accordingly."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

from gates.model.document import BLOCKS

# Elements that have no content (a browser ignores `/>` on any other).
VOID_TAGS = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
                       "source", "track", "wbr", "head", "html", "body"})

# A style sheet that may hide a <br>. Only a rule whose selector can match a br and whose declarations can take
# its line break away does: a type selector `br`, the universal selector, a pseudo-class (:empty, :not(…),
# :nth-child …), an id or an attribute selector (a br may carry an id; one with a class or a style is read as
# nothing already) or an escape (b\72 is br), with a display, a content, a float or a position (out of the line,
# a br breaks nothing), an `all` or an escape. So `td { padding }` and `* { box-sizing: border-box }` hide no br,
# which keeps red team 10's false positive fixed (two landlines in one cell, 62751234<br>62751236, stay two). A
# sheet from elsewhere (<link>, @import) may say anything. What a reading with the br taken out finds is what
# such a page shows, so it is reported as any other finding (an error), not as a warning: the test above is
# what keeps ordinary styled pages from firing.
BR = re.compile(r"<br(?![A-Za-z0-9-])", re.IGNORECASE)
_SHEETS = re.compile(r"<style\b[^>]*>(.*?)(?:</style\s*>|\Z)", re.IGNORECASE | re.DOTALL)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.DOTALL)
_BRACE = re.compile(r"[{}]")
_MAY_MATCH_BR = re.compile(r"(?<![\w-])br(?![\w-])|[*:\\#\[]", re.IGNORECASE)
_MAY_UNBREAK = re.compile(r"display|content|float|position|(?<![\w-])all(?![\w-])|\\", re.IGNORECASE)


_LAST_SHEETS: tuple[str, list[str] | None] = ("", [])


def _sheets(source: str) -> list[str] | None:
    """The style sheets in source, comments taken out; None when one comes from elsewhere (a <link>, an
    @import), which may say anything. Kept for the text last asked about: the three questions here are asked of
    the same text in turn."""
    global _LAST_SHEETS
    if _LAST_SHEETS[0] is not source:
        sheets: list[str] | None = None
        if not re.search(r"<link\b", source, re.IGNORECASE):
            sheets = [_CSS_COMMENT.sub(" ", sheet.group(1)) for sheet in _SHEETS.finditer(source)]
            if any("@import" in css.lower() for css in sheets):
                sheets = None
        _LAST_SHEETS = (source, sheets)
    return _LAST_SHEETS[1]


def _rules(css: str) -> Iterator[tuple[str, str]]:
    """The innermost rules of css, as (selectors and what precedes them, body), found from its braces in one pass
    (a regex tried at every character of brace-free text would be quadratic)."""
    braces = [m.start() for m in _BRACE.finditer(css)]
    for i, at in enumerate(braces):
        if css[at] != "{":
            continue
        end = braces[i + 1] if i + 1 < len(braces) else len(css)
        if end < len(css) and css[end] == "{":
            continue  # a block holding rules (@media …): its own rules are read
        yield css[braces[i - 1] + 1 if i else 0:at], css[at + 1:end]


def sheet_may_hide_br(source: str) -> bool:
    """Whether a style sheet in source may hide a <br> (see above)."""
    sheets = _sheets(source)
    return sheets is None or any(_MAY_MATCH_BR.search(selectors) and _MAY_UNBREAK.search(body)
                                 for css in sheets for selectors, body in _rules(css))


# A style sheet that may lay blocks out in a line. `p { display: inline }` (or inline-block, contents, table-cell, a
# float …) puts two paragraphs, divs or cells side by side, and `display: flex` or `grid` does it to a container's
# children: the newline between them is then a collapsible space (or nothing), and 1380013 | 8000 shows as
# 1380013 8000, 扫码 | 领取 as 扫码领取 (Firefox drops it between two wide characters). So: a rule that makes a
# container flex or grid, whatever it selects; or a rule whose selector may match a block element (its name, `*`,
# a pseudo-class, an id, an attribute or an escape: a classed block reads as joined already, its tags may hide)
# with any display that does not keep a block a block (none, block, list-item, flow-root, table), a float, an `all`
# or an escape. The same in a block's style attribute (a container's, for flex or grid). A sheet from elsewhere
# (<link>, @import) may say anything. An image floated right, or a class made an inline block, joins nothing.
# (any display value naming flex, grid or box: -webkit-flex, `block flex`, inline-grid …; an escape may spell anything.
# Judged declaration by declaration: a search across a value for each `display:` in it would be quadratic.)
_DISPLAY = re.compile(r"\s*display\s*:", re.IGNORECASE)
_LAYS_OUT_CHILDREN = re.compile(r"flex|grid|box", re.IGNORECASE)
_MAY_INLINE = re.compile(r"(?<![\w-])(?:display\s*:\s*(?!\s*(?:none|block|list-item|flow-root|table)\s*(?:[;}!]|$))"
                         r"|float\s*:\s*(?!\s*none\s*(?:[;}!]|$))|all\s*:)|\\", re.IGNORECASE)
_MAY_MATCH_BLOCK = re.compile(r"(?<![\w.#-])(?:" + "|".join(sorted(BLOCKS | {"hr", "body", "html"})) +
                              r")(?![\w-])|[*:#\[\\]", re.IGNORECASE)
_STYLE_ATTRIBUTE = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)(?=[\s/])[^<>]*?[\s/]style\s*=\s*"
                              r"(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'=<>`]+))", re.IGNORECASE)


def _container(body: str) -> bool:
    """Whether a declaration block (a rule's or a style attribute's) may make its element a flex or grid container."""
    if "\\" in body:
        return True
    return any(_DISPLAY.match(declaration) and _LAYS_OUT_CHILDREN.search(declaration)
               for declaration in re.split(r"[;}]", body))


def sheet_may_inline_blocks(source: str) -> bool:
    """Whether a style sheet or a style attribute in source may lay block elements out in a line (see above)."""
    sheets = _sheets(source)
    if sheets is None:
        return True
    for css in sheets:
        for selectors, body in _rules(css):
            if _container(body) or (_MAY_INLINE.search(body) and _MAY_MATCH_BLOCK.search(selectors)):
                return True
    for tag in _STYLE_ATTRIBUTE.finditer(source):
        value = html.unescape(tag.group(tag.lastindex or 2) or "")  # display&#58;flex is display:flex to the browser
        if _container(value) or (_MAY_INLINE.search(value) and tag.group(1).lower() in BLOCKS):
            return True
    return False


def sheet_shows_attributes(source: str) -> bool:
    """Whether a style sheet in source may show attributes' text (content: attr(data-tel)), so that any attribute
    is shown text: attr(), an escape (\\61ttr( is attr() to the browser), or a sheet from elsewhere."""
    sheets = _sheets(source)
    return sheets is None or any(re.search(r"attr\s*\(|\\", css, re.IGNORECASE) for css in sheets)


# CDATA in foreign content. Inside an inline <svg> or <math> (foreign content), `<![CDATA[…]]>` is a CDATA section
# and its text shows; in HTML proper it is a bogus comment up to the first `>` (detect/reader.py reads it so). Which one it is
# depends on the element open where it stands, so the tags before it are followed as a browser's tree builder does:
# <svg> and <math> open foreign content, an HTML start tag inside an integration point (foreignObject, desc, title;
# mi, mo, mn, ms, mtext, annotation-xml) is HTML again, and a few HTML start tags (b, div, p, span …) break out of
# foreign content altogether. A real section's `<![CDATA[` and `]]>` become as many zero-width spaces (which the
# reader takes out), so offsets stay the source's and its text is read where it stands (and, in a hidden <svg>,
# on its own).
_FOREIGN_TOKEN = re.compile(r"<!--(?:>|->|.*?--!?>)|<!\[CDATA\[|<!|<(/?)([A-Za-z][^\s/>]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>",
                            re.DOTALL)
_INTEGRATION = frozenset({"foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext", "annotation-xml"})
_BREAKOUT = frozenset({"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
                       "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu",
                       "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub",
                       "sup", "table", "tt", "u", "ul", "var"})
_FONT_BREAKOUT = re.compile(r"(?:^|\s)(?:color|face|size)\s*=", re.IGNORECASE)


def foreign_cdata(source: str) -> str:
    """source with every CDATA section that stands in foreign content unwrapped (see above)."""
    if "<![CDATA[" not in source:
        return source
    lowered = source.lower()
    if "<svg" not in lowered and "<math" not in lowered:
        return source
    stack: list[tuple[str, bool]] = []  # open elements: (name, whether foreign)
    spans: list[tuple[int, int]] = []
    pos = 0
    while (token := _FOREIGN_TOKEN.search(source, pos)) is not None:
        pos = token.end()
        text = token.group()
        if text.startswith("<!"):
            if text == "<![CDATA[" and stack and stack[-1][1]:
                close = source.find("]]>", pos)
                spans.append((token.start(), pos))
                if close == -1:
                    break  # a section never closed runs to the end
                spans.append((close, close + 3))
                pos = close + 3
            elif not text.startswith("<!--"):
                pos = max(pos, source.find(">", token.start()) + 1 or len(source))  # a bogus comment: to the >
            continue
        name, attributes = token.group(2).lower(), token.group(3)
        if token.group(1):  # an end tag closes the innermost open element of its name, and what it holds
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == name:
                    del stack[depth:]
                    break
            continue
        closed = attributes.rstrip().endswith("/")
        if stack and stack[-1][1]:
            if name in _BREAKOUT or (name == "font" and _FONT_BREAKOUT.search(attributes)):
                while stack and stack[-1][1]:
                    stack.pop()
            elif stack[-1][0] not in _INTEGRATION or name in ("svg", "math"):
                if not closed:
                    stack.append((name, True))
                continue
        if name in ("svg", "math"):
            if not closed:
                stack.append((name, True))
        elif name not in VOID_TAGS:
            stack.append((name, False))
    if not spans:
        return source
    pieces: list[str] = []
    at = 0
    for start, end in spans:
        pieces += [source[at:start], "\u200b" * (end - start)]
        at = end
    pieces.append(source[at:])
    return "".join(pieces)
