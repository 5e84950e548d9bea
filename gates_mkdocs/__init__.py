"""The MkDocs (and ProperDocs) side of gates: a thin plugin over gates.site, installed with gates itself.

A district's site enables it by name (`plugins: [search, gates]`); its templates ship in this package, so a
site repository holds no code of ours that could drift from the pinned gates version.
"""
