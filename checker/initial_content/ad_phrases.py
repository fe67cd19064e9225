"""Initial 「広告のことば」 (AdPhrase snippets) and the page 「広告でよく見ることば」
(/learn/ad-words/).

Pure data for `load_initial_content` (checker.initial_content.ad_loader). Each explanation is one
or two short sentences saying what the words do and do not tell the reader, never whether an ad
is true, legal or safe; every fact in it is covered by its `sources` (keys of
learn/initial_content/sources.py or of EXTRA_SOURCES below). `variants` use the pattern syntax of
checker.ad_text: ○ stands for a number, 〜 for up to ten characters in one sentence.
`criterion` is the slug of the CriterionPage that applies; `terms` are glossary terms by their
exact text, the first that exists when the phrase is loaded is linked.
"""

from __future__ import annotations

# Sources the phrases cite that learn/initial_content/sources.py does not list.
EXTRA_SOURCES: list[dict[str, str]] = []

# Shared wording (the same fact is written the same way wherever it appears).
_EVIDENCE_SCARCE = (
    "2024年12月、厚生労働省の会議に出された研究班の報告は、"
    "細胞外小胞の人での効き目と安全性の証拠は、まだ少ないとしています。"
)
# The same fact in two short sentences, for the page's prose.
_EVIDENCE_SCARCE_SHORT = (
    "2024年12月、厚生労働省の会議に、研究班の報告が出されました。"
    "細胞外小胞の、人での効き目と安全性の証拠は、まだ少ないとしています。"
)
_PURPOSES_2023 = "2023年に、エクソソームの治療をしていた669の医療機関のうち、"

PHRASES = [
    # --- how it is given ------------------------------------------------------------------
    {
        "slug": "drip-injection",
        "name": "点滴・注射",
        "kind": "treatment",
        "sort_order": 10,
        "variants": ["点滴", "注射", "注入", "静注"],
        "exclusions": [],
        "explanation": (
            "点滴や注射は、製品を体の中に直接入れる方法です。"
            "2024年12月、厚生労働省の会議に出された研究班の報告は、細胞外小胞を使う自由診療で、"
            "敗血症という重い感染症などの例が報告されているとしています。"
        ),
        "sources": ["mhlw-rm-committee-101"],
        "criterion": "lot-safety-tests",
        "terms": ["点滴", "注射"],
    },
    # --- what it is called ----------------------------------------------------------------
    {
        "slug": "culture-supernatant",
        "name": "幹細胞培養上清液",
        "kind": "ingredient",
        "sort_order": 20,
        "variants": [
            "幹細胞培養上清",
            "幹細胞培養液",
            "ヒト幹細胞培養",
            "培養上清",
            "上清液",
            "培養液",
        ],
        "exclusions": [],
        "explanation": (
            "2024年7月31日、厚生労働省は、幹細胞の培養上清液などが「試薬」として"
            "医療機関に売られていると知らせました。"
            "薬機法で承認されたものではなく、病気を治すための品質や効き目、"
            "安全性は確かめられていないとしています。"
        ),
        "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31"],
        "criterion": "approval-status",
        "terms": ["幹細胞培養上清液", "培養上清液"],
    },
    {
        "slug": "exosome",
        "name": "エクソソーム",
        "kind": "ingredient",
        "sort_order": 30,
        "variants": ["エクソソーム", "exosome", "exosomes", "細胞外小胞"],
        "exclusions": [],
        "explanation": (
            "研究者は、細胞から出る、膜につつまれた小さな粒を、まとめて細胞外小胞とよびます。"
            "2024年の報道では、クリニックで使う12の製品を調べると、"
            "3つで、エクソソームに特徴的なたんぱく質が見つかりませんでした。"
        ),
        "sources": ["misev2018", "misev2023", "ism-bio-2024"],
        "criterion": "ev-marker-panel",
        "terms": ["エクソソーム"],
    },
    # --- numbers --------------------------------------------------------------------------
    {
        "slug": "particle-count",
        "name": "「○億個」「○兆個」などの数",
        "kind": "number",
        "sort_order": 40,
        "variants": ["○億個", "○兆個", "○万個", "○億", "○兆", "粒子数", "粒子の数"],
        "exclusions": ["○億円", "○兆円", "○億年"],
        "explanation": (
            "研究のルールをまとめた論文では、細胞外小胞だけを数える方法はありません。"
            "「○億個」という数だけでは、その粒のうち、どれだけが細胞外小胞かはわかりません。"
        ),
        "sources": ["misev2018-review-table", "misev2018-review-fendo-2022"],
        "criterion": "particle-count-only",
        "terms": ["粒子"],
    },
    # --- where it was made ----------------------------------------------------------------
    {
        "slug": "made-in-japan",
        "name": "国内製造",
        "kind": "origin",
        "sort_order": 50,
        "variants": ["国内製造", "国内〜製造", "国内生産", "国内〜生産", "日本製", "国産"],
        "exclusions": [],
        "explanation": (
            "「国内製造」は、つくった場所を示すことばです。"
            "2024年12月、厚生労働省の会議に出された研究班の報告は、つくり方のちがいが"
            "効き目や安全性に大きく関わるのに、その基準がまだないとしています。"
        ),
        "sources": ["mhlw-rm-committee-101"],
        "criterion": "source-and-donor",
        "terms": [],
    },
    # --- the state, the law, experts ------------------------------------------------------
    {
        "slug": "regenerative-medicine",
        "name": "再生医療",
        "kind": "authority",
        "sort_order": 60,
        "variants": ["再生医療", "再生療法"],
        "exclusions": [],
        "explanation": (
            "2024年4月の報道では、細胞外小胞や培養上清液は、細胞ではないので、"
            "再生医療等安全性確保法の対象外です。"
            + _PURPOSES_2023
            + "約73%が、ホームページで「再生医療」ということばを使っていました。"
        ),
        "sources": ["kyodo-2024-04-30", "jsrm-exosome-statement-2021", "hifuko-2024-10-25"],
        "criterion": "regulatory-wording",
        "terms": ["再生医療", "再生医療等安全性確保法"],
    },
    {
        "slug": "government-notification",
        "name": "厚生労働省への届け出・認可",
        "kind": "authority",
        "sort_order": 70,
        "variants": [
            "厚生労働省〜届出",
            "厚生労働省〜届け出",
            "厚生労働省〜認可",
            "厚生労働省〜認め",
            "厚生労働省〜受理",
            "厚労省〜届出",
            "厚労省〜届け出",
            "厚労省〜認可",
            "厚労省〜認め",
            "厚労省〜受理",
            "国が認め",
            "国の認可",
            "国に届け出",
            "国へ届け出",
            "届出済",
            "届け出済",
            "受理済",
            "認可済",
        ],
        "exclusions": [
            "認められていない",
            "認められておりません",
            "認められていません",
            "承認されていない",
            "承認を受けていない",
        ],
        "explanation": (
            "再生医療の「届け出」は、認められた委員会の審査のあと、前もって出す書類で、"
            "くすりの承認とはちがいます。"
            "細胞外小胞はこの法律の対象外とされ、届け出が、エクソソームの治療のものとは限りません。"
        ),
        "sources": ["mhlw-rm-plan", "kyodo-2024-04-30"],
        "criterion": "regulatory-wording",
        "terms": ["厚生労働省"],
    },
    {
        "slug": "doctor-supervised",
        "name": "医師監修",
        "kind": "authority",
        "sort_order": 80,
        "variants": [
            "医師監修",
            "医師が監修",
            "医師による監修",
            "監修医",
            "専門医監修",
            "ドクター監修",
            "医学博士",
        ],
        "exclusions": [],
        "explanation": (
            "「医師監修」だけでは、どんな証拠があるかはわかりません。"
            "国際幹細胞学会(ISSCR)は、幹細胞の治療では、"
            "治療をする人とは別の医師にも、意見を聞くよう、すすめています。"
        ),
        "sources": ["isscr-what-to-ask"],
        "criterion": "human-evidence",
        "terms": [],
    },
    # --- promised effects and reassurance -------------------------------------------------
    {
        "slug": "no-side-effects",
        "name": "副作用なし",
        "kind": "effect",
        "sort_order": 90,
        "variants": [
            "副作用なし",
            "副作用がない",
            "副作用はない",
            "副作用のない",
            "副作用もない",
            "副作用がありません",
            "副作用はありません",
            "副作用もありません",
            "副作用の心配",
            "副作用ゼロ",
            "副作用0",
            "副作用〜ほとんど",
            "副作用〜少ない",
            "副作用〜ほぼない",
            "副作用〜起こりにくい",
            "副作用〜起きにくい",
        ],
        "exclusions": ["救済", "対象にならない", "対象外"],
        "explanation": (
            _EVIDENCE_SCARCE + "アメリカの FDA は2019年、エクソソームをふくむとして売られた製品で、"
            "重い副作用が出た人の報告があると知らせました。"
        ),
        "sources": ["mhlw-rm-committee-101", "fda-exosome-notice-2019"],
        "criterion": "consent-and-risks",
        "terms": ["副作用"],
    },
    {
        "slug": "anti-aging",
        "name": "若返り・アンチエイジング",
        "kind": "effect",
        "sort_order": 100,
        "variants": [
            "若返り",
            "若返る",
            "若返",
            "若がえり",
            "若がえ",
            "アンチエイジング",
            "エイジングケア",
            "抗加齢",
            "抗老化",
            "老化防止",
            "老化を防",
        ],
        "exclusions": [],
        "explanation": (
            "日本再生医療学会は2024年12月、iPS細胞からつくったエクソソームの治療について、"
            "注意をよびかけました。"
            "若返りなどの期待される効果は、科学的な根拠で確かめられていないとしています。"
        ),
        "sources": ["jsrm-ips-caution-2024"],
        "criterion": "human-evidence",
        "terms": ["美容医療"],
    },
    {
        "slug": "immunity",
        "name": "免疫力",
        "kind": "effect",
        "sort_order": 110,
        "variants": ["免疫力", "免疫機能", "免疫を高", "免疫アップ", "免疫〜向上", "免疫〜強化"],
        "exclusions": [],
        "explanation": (
            "「免疫力アップ」ということばからは、何の病気に、どんな変化があるのかはわかりません。"
            + _EVIDENCE_SCARCE
        ),
        "sources": ["mhlw-rm-committee-101"],
        "criterion": "broad-claims",
        "terms": [],
    },
    {
        "slug": "beautiful-skin",
        "name": "美肌",
        "kind": "effect",
        "sort_order": 120,
        "variants": [
            "美肌",
            "肌質改善",
            "肌のハリ",
            "ハリツヤ",
            "肌再生",
            "肌の再生",
            "シワ",
            "たるみ",
        ],
        "exclusions": [],
        "explanation": (
            _PURPOSES_2023 + "532が若返りや美容を目的にあげていました。"
            "目的に美肌と書いてあっても、人で調べた研究の結果が示されているとは限りません。"
        ),
        "sources": ["hifuko-2024-10-25", "fujita-2024"],
        "criterion": "human-evidence",
        "terms": ["美容医療"],
    },
    {
        "slug": "hair-growth",
        "name": "育毛・発毛",
        "kind": "effect",
        "sort_order": 130,
        "variants": ["育毛", "発毛", "薄毛", "抜け毛", "脱毛症", "AGA", "毛髪"],
        "exclusions": [],
        "explanation": (_PURPOSES_2023 + "358が育毛を目的にあげていました。" + _EVIDENCE_SCARCE),
        "sources": ["hifuko-2024-10-25", "fujita-2024", "mhlw-rm-committee-101"],
        "criterion": "human-evidence",
        "terms": [],
    },
    {
        "slug": "dementia",
        "name": "認知症",
        "kind": "effect",
        "sort_order": 140,
        "variants": ["認知症", "アルツハイマー", "物忘れ", "もの忘れ", "記憶力"],
        "exclusions": [],
        "explanation": (
            "外国では、アルツハイマー病の人に、鼻からエクソソームを入れる研究が行われました。"
            "9人の小さな初期の研究で、くらべる群がなく、効き目の証明にはなりません。"
        ),
        "sources": ["xie-2023"],
        "criterion": "human-evidence",
        "terms": ["臨床試験"],
    },
    # --- newness --------------------------------------------------------------------------
    {
        "slug": "cutting-edge",
        "name": "最先端・最新",
        "kind": "novelty",
        "sort_order": 150,
        "variants": [
            "最先端",
            "最新の治療",
            "最新治療",
            "次世代",
            "画期的",
            "夢の治療",
        ],
        "exclusions": [],
        "explanation": (
            "新しい研究の話題であることと、人で効き目が確かめられたことは、別のことです。"
            "2024年の医療情報サイトの記事によると、その時点で、"
            "承認を受けたエクソソームの製品は、世界のどこにもありませんでした。"
        ),
        "sources": ["medicalnote-2024"],
        "criterion": "approval-status",
        "terms": ["承認"],
    },
    # --- hurry ----------------------------------------------------------------------------
    {
        "slug": "limited-time",
        "name": "限定・今だけ",
        "kind": "urgency",
        "sort_order": 160,
        "variants": [
            "期間限定",
            "数量限定",
            "人数限定",
            "初回限定",
            "本日限定",
            "今月限定",
            "限定価格",
            "限定プラン",
            "先着",
            "今だけ",
            "今なら",
            "本日限り",
            "残りわずか",
            "今月中",
            "キャンペーン",
            "割引",
            "モニター価格",
            "特別価格",
        ],
        "exclusions": [],
        "explanation": (
            "消費者庁は、美容医療の前に、本当に「今すぐ」必要か、考えるようにすすめています。"
            "その日に決めると安くなる、という話にも、気をつけるようによびかけています。"
        ),
        "sources": ["caa-biyou-check"],
        "criterion": "consent-and-risks",
        "terms": ["美容医療"],
    },
]

_GUIDELINE = ["iryo-koukoku-guideline-2024", "hifuko-2024-03-28", "iryo-koukoku-jirei-v4"]

# The page 「広告でよく見ることば」 under 学ぶ (format: the learn loader's article format).
AD_WORDS_PAGE = {
    "slug": "ad-words",
    "title": "広告でよく見ることば",
    "lead": (
        "エクソソームの治療の広告に、よく出ることばを集めました。"
        "それぞれのことばで、わかること、わからないことを書きました。"
    ),
    "points": [
        {"text": _EVIDENCE_SCARCE_SHORT, "sources": ["mhlw-rm-committee-101"]},
        {
            "text": (
                "2024年3月の医療広告ガイドラインがあります。"
                "未承認のくすりを使う自由診療の広告には、5つの説明がいります。"
            ),
            "sources": _GUIDELINE,
        },
    ],
    "body": [
        {"type": "heading", "text": "このページの読み方", "level": "h2"},
        {
            "type": "paragraph",
            "text": (
                "<p>ことばごとに、わかること、わからないことを書きました。"
                "チェックポイントのページや、用語の説明にもリンクがあります。</p>"
                "<p>このページは、広告が正しいか、ルールに合うかを決めません。"
                "治療を受けるかどうかも、決めません。</p>"
            ),
            "sources": [],
        },
        {"type": "heading", "text": "広告に書くことになっている5つのこと", "level": "h2"},
        {
            "type": "paragraph",
            "text": (
                "<p>2024年3月の医療広告ガイドラインがあります。"
                "未承認のくすりを使う自由診療の広告には、次の5つがいります。</p><ul>"
                "<li>未承認のくすりであること。</li>"
                "<li>そのくすりを、どこから手に入れたか。</li>"
                "<li>日本で承認された、にたくすりがあるか。</li>"
                "<li>外国での安全性などの情報。</li>"
                "<li>副作用が出ても、医薬品副作用被害救済制度の対象にならないこと。</li></ul>"
            ),
            "sources": _GUIDELINE,
        },
        {
            "type": "paragraph",
            "text": ("<p>2018年6月から、クリニックのホームページも広告です。</p>"),
            "sources": ["web-ad-rules-summaries"],
        },
    ],
    "known": [
        {
            "text": (
                "2024年3月の医療広告ガイドラインがあります。"
                "未承認のくすりを使う自由診療の広告には、5つの説明がいります。"
            ),
            "sources": _GUIDELINE,
        },
        {
            "text": (
                "2023年に、エクソソームの治療をしていた医療機関は669ありました。"
                "その約73%は、ホームページに「再生医療」と書いていました。"
            ),
            "sources": ["hifuko-2024-10-25"],
        },
    ],
    "not_known": [
        {
            "text": (
                "2024年12月、厚生労働省の会議がありました。"
                "細胞外小胞を再生医療等安全性確保法でどうあつかうか、まだ話し合いがいるとされました。"
            ),
            "sources": ["mhlw-rm-committee-101"],
        },
    ],
    "challenges": [
        {
            "text": (
                "2024年、京都大学のグループが論文を出しました。"
                "エクソソームの治療に、はっきりした、わかりやすいルールを急いでつくるよう、うったえています。"
            ),
            "sources": ["fujita-2024"],
        },
    ],
    "last_reviewed": "2026-11-30",
    "next_review_due": "2027-05-30",
    "changelog": [{"date": "2026-11-30", "text": "公開しました。"}],
    "search_description": (
        "「点滴」「○億個」「国内製造」「再生医療」など、エクソソームの治療の広告によく出てくる"
        "ことばから、わかることと、わからないことを説明します。"
    ),
}
