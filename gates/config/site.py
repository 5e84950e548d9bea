"""site.yml: the site's name, identity codes and footer (SPEC section 8)."""

from __future__ import annotations

from gates.config.fields import load_yaml, mapping_at


def parse_site(text: str, file: str = "site_config/site.yml") -> dict[str, str]:
    data = mapping_at(load_yaml(text, file) or {}, file, "")
    return {str(k): str(v) for k, v in data.items() if v is not None}
