"""A cache of Chinese word segmentation for the search index, keyed by the text itself.

Material's search cuts every run of Han characters with jieba, which is most of a build's time; the same
sentences come back build after build. A cached cut is used only if its words join back to exactly the text
that was asked for, so a stale or planted cache file can change where words break (search quality), never
what text reaches the index.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path

from gates.model.files import write_atomic

Cutter = Callable[[str], Iterable[str]]
_VERSION = 1


class SegmentCache:
    def __init__(self, cut: Cutter, fingerprint: str, stored: dict[str, list[str]] | None = None) -> None:
        self._cut = cut
        self.fingerprint = fingerprint  # the segmenter's version and dictionaries: another one cuts differently
        self.words: dict[str, list[str]] = stored or {}
        self.hits = 0
        self.misses = 0
        self.used: set[str] = set()  # only these are saved: the file follows the site, not its whole past

    def cut(self, text: str) -> list[str]:
        self.used.add(text)
        found = self.words.get(text)
        if found is not None:
            self.hits += 1
            return found
        self.misses += 1
        words = [w for w in self._cut(text) if w]
        self.words[text] = words
        return words

    def keep_all(self) -> None:
        """Keep every stored cut: a build that reused pages did not ask for their sentences, which are still the site's."""
        self.used |= self.words.keys()

    @classmethod
    def load(cls, path: Path, cut: Cutter, fingerprint: str) -> SegmentCache:
        """The cache stored at `path`, or an empty one when it is missing, unreadable or for another segmenter."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(cut, fingerprint)
        if not isinstance(raw, dict) or raw.get("version") != _VERSION or raw.get("fingerprint") != fingerprint:
            return cls(cut, fingerprint)
        entries = raw.get("words")
        stored: dict[str, list[str]] = {}
        if isinstance(entries, dict):
            for text, words in entries.items():
                if (isinstance(text, str) and isinstance(words, list) and all(isinstance(w, str) and w for w in words)
                        and "".join(words) == text):
                    stored[text] = words
        return cls(cut, fingerprint, stored)

    def save(self, path: Path) -> None:
        if not self.misses and len(self.used) == len(self.words):
            return  # nothing new, nothing gone: leave the file as it is
        kept = {text: self.words[text] for text in sorted(self.used)}
        doc = {"version": _VERSION, "fingerprint": self.fingerprint, "words": kept}
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
