"""Facts the site already knows that bear on a criterion, whatever a clinic says.

Pure data, shown inside that criterion's finding on the result page, each with its sources and
date. `sources` are keys of Source snippets (learn/initial_content/sources.py); a fact is shown
only while at least one of its sources is in the database, so no fact appears without a citation.
`date` is the date the fact refers to (ISO, as in the sources). Texts follow the site's writing
rules: who said it and when, no more strongly than the sources support.
"""

from __future__ import annotations

KNOWN_FACTS: dict[str, list[dict]] = {
    "approval_status": [
        {
            "text": (
                "2024年7月31日、厚生労働省は「エクソソーム試薬」についての事務連絡を出しました。"
                "それを伝えた記事によると、こうした製品は、薬機法で承認されたくすりではありません。"
            ),
            "date": "2024-07-31",
            "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31"],
        },
    ],
    "ad_required_disclosures": [
        {
            "text": (
                "2024年3月22日、国の医療広告ガイドラインが改正されました。"
                "未承認のくすりを使う自由診療を広告するときは、この5つを書くことが条件です。"
            ),
            "date": "2024-03-22",
            "sources": ["iryo-koukoku-guideline-2024", "hifuko-2024-03-28"],
        },
    ],
}


def source_keys() -> set[str]:
    """Every source key the facts cite (to fetch them in one query)."""
    return {key for facts in KNOWN_FACTS.values() for fact in facts for key in fact["sources"]}
