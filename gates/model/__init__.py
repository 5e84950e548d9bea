"""The bottom layer: pages, findings, the front-matter vocabulary and parser. Imports nothing else of gates."""
