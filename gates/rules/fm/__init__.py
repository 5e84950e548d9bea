"""FM: Front matter and encoding (格式). The family's registry is this explicit list."""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.fm import (
    fm001_encoding,
    fm002_yaml,
    fm003_required,
    fm004_values,
    fm005_column,
    fm006_unit,
    fm007_dates,
    fm008_doc_number,
    fm009_index_number,
    fm010_index_page,
    fm011_unknown_key,
    fm012_accept,
    fm013_unknown_file,
    fm014_index_number_unique,
    fm015_image_alt,
)

FAMILY = "FM"
RULES: tuple[Rule, ...] = (
    fm001_encoding.RULE,
    fm002_yaml.RULE,
    fm003_required.RULE,
    fm004_values.RULE,
    fm005_column.RULE,
    fm006_unit.RULE,
    fm007_dates.RULE,
    fm008_doc_number.RULE,
    fm009_index_number.RULE,
    fm010_index_page.RULE,
    fm011_unknown_key.RULE,
    fm012_accept.RULE,
    fm013_unknown_file.RULE,
    fm014_index_number_unique.RULE,
    fm015_image_alt.RULE,
)
