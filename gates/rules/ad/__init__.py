"""AD: Commercial ads and links (商业广告, 3.4). The family's registry is this explicit list.

Content rules on the text view (`check_text`), so they run on a Markdown page and on a rendered page alike.
"""

from __future__ import annotations

from gates.domain.rule import Rule
from gates.rules.ad import (
    ad001_ad_link,
    ad002_promo_wording,
    ad003_external_link,
)

FAMILY = "AD"
RULES: tuple[Rule, ...] = (
    ad001_ad_link.RULE,
    ad002_promo_wording.RULE,
    ad003_external_link.RULE,
)
