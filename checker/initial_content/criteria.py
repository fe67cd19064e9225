"""The 12 criterion explainer pages of the clinic product check, as pure data.

`load_initial_content` turns CRITERIA into CriterionPages under the CHECKPOINTS_SECTION page; the
checker shows `results[code]` and `ask` on the result page. Entries keep the checker's keys, order
and result codes (one text per reachable result code). Every factual text cites keys from
learn/initial_content/sources.py, or from EXTRA_SOURCES below. `points` are the page's bottom line
(「このページのポイント」, 2-4 short cited sentences shown before the body).

Writing rules for these texts:
- Result texts and `ask` say what the reader answered and what that shows, never a verdict on a
  product, and never something the reader did not answer. They carry no readings.
- Readings are written `{漢字|よみ}` (shown as ruby), never in parentheses.
- Who said what, when and about what: a research group's interim report to an MHLW committee is
  attributed to that report; a statement about stem cells or COVID-19 keeps that scope.
"""

from __future__ import annotations

CHANGELOG_2026_11_30 = "出典に合わせて説明を直し、「この記事のポイント」を加えました。"

# Sources that criteria cite but learn/initial_content/sources.py does not list yet. Same fields
# as sources.py; `note` is for editors only. Two of them (jsrm-guidance-en-2025,
# fda-warning-supreme-2025) are also cited by the 「受けるか決める前に」 pages under the same
# key and with the same details, so either loader creates the same Source.
EXTRA_SOURCES: list[dict[str, str]] = [
    {
        "key": "jsrm-guidance-en-2025",
        "title": "Guidance on the clinical application of extracellular vesicles",
        "publisher": "日本再生医療学会。Regenerative Therapy 29",
        "date": "2025-03-07",
        "url": "https://doi.org/10.1016/j.reth.2025.02.008",
        "kind": "paper",
        "note": "2024年のガイダンスの英語版です。要旨と書誌情報を読んでいます。",
    },
    {
        "key": "cira-column-vol58-2025",
        "title": "広がるエクソソーム治療:規制の不在が生む課題(CiRAニュースレター vol.58)",
        "publisher": "京都大学 iPS細胞研究所 上廣倫理研究部門(藤田みさお)",
        "date": "2025-02-18",
        "url": "https://uehiro-ethics.cira.kyoto-u.ac.jp/column/vol58",
        "kind": "other",
        "note": "大学の研究倫理の部門のコラム。",
    },
    {
        "key": "hifuko-2025-08-31",
        "descriptive": True,
        "title": "国内での細胞外小胞の応用についての記事",
        "publisher": "ヒフコNEWS",
        "date": "2025-08-31",
        "url": "https://biyouhifuko.com/news/japan/14258",
        "kind": "news",
        "note": "業界のニュースサイト。記事の題名は記録がないため、内容を表す題にしている。",
    },
    {
        "key": "doctor-gate-2024-08-02",
        "descriptive": True,
        "title": "厚生労働省の事務連絡(幹細胞培養上清液などを用いる医療)を伝えたニュース",
        "publisher": "doctor-gate.com",
        "date": "2024-08-02",
        "url": "https://doctor-gate.com/35whatsnew/news20240802.html",
        "kind": "news",
        "note": "事務連絡(2024年7月31日)の要約。PDF の本文とは未照合。題は内容を表すもの。",
    },
    {
        "key": "kenkyukai-2024-09-04",
        "descriptive": True,
        "title": "厚生労働省の事務連絡を受けた理事会の決定",
        "publisher": "幹細胞培養上清療法研究会",
        "date": "2024-09-04",
        "url": "https://exosome-academy.com/archives/531",
        "kind": "other",
        "note": (
            "治療をする医療者の団体(利害関係あり)による、事務連絡の説明。"
            "題は内容を表すもの。事務連絡の題名の書き方が資料によってちがう。"
        ),
    },
    {
        "key": "nihs-microbiology-2021",
        "title": "衛生微生物部 第一室 業務内容(無菌試験・エンドトキシン試験)",
        "publisher": "国立医薬品食品衛生研究所",
        "date": "2021-07-01",
        "url": "http://www.nihs.go.jp/dmb/1st/drug.html",
        "kind": "regulator",
        "note": "日本薬局方の無菌試験〈4.06〉とエンドトキシン試験〈4.01〉の説明。日付は更新日。",
    },
    {
        "key": "mhlw-biologics-standard",
        "title": "薬事・食品衛生審議会 薬事分科会(令和4年度第8回)資料4:生物学的製剤基準の改正",
        "publisher": "厚生労働省",
        "date": "",
        "url": "https://www.mhlw.go.jp/stf/newpage_32183.html",
        "kind": "regulator",
        "note": (
            "資料6ページを wic-net.com が文字にしたもので確認(二次)。"
            "レトロウイルス否定試験とマイコプラズマ否定試験がのっている。"
        ),
    },
    {
        "key": "ev-release-sttt-2025",
        "descriptive": True,
        "title": "臍帯の細胞由来の細胞外小胞を吸入する、肺線維症の臨床研究の論文(表1)",
        "publisher": "Signal Transduction and Targeted Therapy",
        "date": "2025",
        "url": "https://doi.org/10.1038/s41392-025-02262-3",
        "kind": "paper",
        "note": "表1の出荷の条件だけを確認。題は内容を表すもの。",
    },
    {
        "key": "ev-release-wjsc-2025",
        "descriptive": True,
        "title": "臨床用の間葉系間質細胞由来の細胞外小胞についての論文(表1)",
        "publisher": "World Journal of Stem Cells 17(10):110445",
        "date": "2025",
        "url": "https://bpgweb.azurewebsites.net/1948-0210/tables/v17/i10/110445.htm",
        "kind": "paper",
        "note": "表1の出荷の条件だけを確認。題は内容を表すもの。",
    },
    {
        "key": "fda-warning-supreme-2025",
        "title": "Warning Letter: Supreme Rejuvenation LLC (CBER 25-700749)",
        "publisher": "U.S. Food and Drug Administration(FDA)。EIN Presswire による全文の転載",
        "date": "2025-05-05",
        "url": "https://breastcancer.einnews.com/pr_news/814411968/"
        "supreme-rejuvenation-llc-700749-05-05-2025",
        "kind": "regulator",
        "note": "FDA の警告の手紙を、全文を転載したページで読んでいます。",
    },
    {
        "key": "jrct-rm-plan-example",
        "title": "再生医療等提供計画情報 jRCTa050200027",
        "publisher": "jRCT(臨床研究等提出・公開システム)",
        "date": "",
        "url": "https://jrct.niph.go.jp/latest-detail/jRCTa050200027",
        "kind": "regulator",
        "note": "再生医療等安全性確保法にもとづく研究の計画が、jRCT に載っている例。",
    },
    {
        "key": "miyazaki-db-registration",
        "descriptive": True,
        "title": "臨床研究の公開データベースへの登録についての案内",
        "publisher": "宮崎大学医学部",
        "date": "",
        "url": (
            "http://www.med.miyazaki-u.ac.jp/home/crsc/clinical-research/"
            "necessary-procedures/database-registration/"
        ),
        "kind": "other",
        "note": (
            "2014年の倫理指針 第9(介入研究は UMIN・JAPIC・日本医師会の公開データベースに登録)"
            "を引いた大学のページ(二次)。指針は2021年6月30日に新しい指針に変わった。"
            "今の指針の文言は未確認。題は内容を表すもの。"
        ),
    },
]

CHECKPOINTS_SECTION = {
    "slug": "checkpoints",
    "title": "チェックポイント",
    "lead": (
        "クリニックの製品チェックでたずねる12の項目を、一つずつ説明します。どの項目も、"
        "製品そのものではなく、広告や書類に何が示されているかを見るものです。"
    ),
}

CRITERIA = [
    # 1. approval_status -----------------------------------------------------------------
    {
        "key": "approval_status",
        "slug": "approval-status",
        "title": "国の承認があるか",
        "lead": (
            "くすりは、国が調べてから{承認|しょうにん}します。承認があるかどうかで、"
            "国がその製品をくすりとして調べたかどうかがわかります。"
        ),
        "points": [
            {
                "text": (
                    "2024年7月の厚生労働省の知らせを伝えた記事によると、"
                    "「エクソソーム試薬」は、くすりとして承認されたものではありません。"
                ),
                "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31", "mp-legal-note-2024"],
            },
            {
                "text": (
                    "2025年3月、日本再生医療学会の指針の英語版は、細胞外小胞を主な成分とする"
                    "くすりで、承認されたものはまだないとしています。"
                ),
                "sources": ["jsrm-guidance-en-2025"],
            },
            {
                "text": (
                    "細胞外小胞を法律で規制するかどうかは、2024年12月の研究班の中間報告でも、"
                    "「引き続き議論が必要」とされていました。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>くすりは、国が品質や効き目、安全性を調べてから、「承認」します。"
                    "承認されていないものは、病気を治すための品質や効き目、安全性を、"
                    "国が確かめていません。</p>"
                ),
                "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31", "mp-legal-note-2024"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年7月31日、{厚生労働省|こうせいろうどうしょう}は"
                    "「エクソソーム試薬」についての{事務連絡|じむれんらく}を出しました。"
                    "事務連絡は、国から{自治体|じちたい}などへの知らせです。</p>"
                    "<p>この知らせを伝えた記事によると、こうした製品は、"
                    "病気を治すためではない「{試薬|しやく}」として、医療機関に売られています。"
                    "{薬機法|やっきほう}という法律で承認されたものではありません。</p>"
                ),
                "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31", "mp-legal-note-2024"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>エクソソームなどの{細胞外小胞|さいぼうがいしょうほう}や"
                    "{培養上清液|ばいようじょうせいえき}は、細胞そのものではありません。"
                    "2024年4月の報道によると、そのため、"
                    "{再生医療等安全性確保法|さいせいいりょうとうあんぜんせいかくほほう}の"
                    "対象外です。</p>"
                ),
                "sources": ["kyodo-2024-04-30", "jsrm-exosome-statement-2021"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年12月、厚生労働省の専門家の会議に、ある研究班が中間報告を出しました。"
                    "国の研究費で、この法律のリスクの分け方を見直すために調べている研究班です。"
                    "</p><p>報告は、細胞外小胞を使う医療にも、細胞を使う製品と同じくらいの"
                    "品質と安全の管理が求められるとしました。法律などで規制するかどうかは、"
                    "「引き続き議論が必要」としています。</p>"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2025年8月の美容医療のニュースサイトの記事は、日本では細胞外小胞が、"
                    "承認されないまま使われていると伝えています。ルールづくりが"
                    "追いついていない、という内容です。</p>"
                ),
                "sources": ["hifuko-2025-08-31"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2025年2月の京都大学の研究者のコラムによると、医師がこうした製品で"
                    "治療をすることは、禁止されていません。国による審査もありません。</p>"
                    "<p>2023年には、日本の669の医療機関が、エクソソームを使う治療をしていました。"
                    "京都大学のグループの論文を伝えた、2024年10月の報道によります。</p>"
                ),
                "sources": ["cira-column-vol58-2025", "hifuko-2024-10-25"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年7月31日には、もう一つの事務連絡も出ました。"
                    "伝えた記事によると、培養上清液やエクソソームの医療をする医療機関に、"
                    "医師の責任で安全に十分気をつけるよう求めています。</p>"
                ),
                "sources": ["mhlw-supernatant-notice-2024", "doctor-gate-2024-08-02"],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>2019年12月、アメリカの{食品医薬品局|しょくひんいやくひんきょく}(FDA)は、"
                    "「FDA が承認したエクソソーム製品はない」と発表しました。"
                    "2025年3月、日本再生医療学会の指針の英語版も、細胞外小胞を主な成分とする"
                    "くすりで、承認されたものはまだないとしています。</p>"
                ),
                "sources": ["fda-exosome-notice-2019", "jsrm-guidance-en-2025"],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "承認番号が書いてあったときは?",
                        "answer": (
                            "<p>番号をもとに、何のための承認かを確かめましょう。"
                            "今回の使い方と合っているかも大切です。</p>"
                            "<p>2025年3月の日本再生医療学会の指針は、細胞外小胞を主な成分とする"
                            "くすりで、承認されたものはまだないとしています。</p>"
                        ),
                        "sources": ["jsrm-guidance-en-2025"],
                    },
                    {
                        "question": "「未承認」「試薬」「研究用」と書いてあったときは?",
                        "answer": (
                            "<p>くすりとしての承認がないことが、示されています。"
                            "2024年7月の厚生労働省の知らせを伝えた記事によると、こうした試薬は、"
                            "病気を治すための品質や効き目、安全性が確かめられていません。</p>"
                        ),
                        "sources": [
                            "mhlw-reagent-notice-2024",
                            "yakuji-2024-07-31",
                            "mp-legal-note-2024",
                        ],
                    },
                    {
                        "question": "わからないときは?",
                        "answer": (
                            "<p>クリニックに、国に承認されたくすりかどうかを聞いてみましょう。</p>"
                        ),
                        "sources": [],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "承認番号が示されている、という答えでした。その番号が何のための承認か、"
                "今回の使い方と合っているかを、確かめましょう。"
                "2025年3月の日本再生医療学会の指針は、細胞外小胞を主な成分とする承認された"
                "くすりは、まだないとしています。"
            ),
            "said_no": (
                "「未承認」や「試薬」「研究用」のように、くすりとしての承認がないことを示す"
                "言葉があった、という答えでした。承認のないものは、病気を治すための効き目や"
                "安全性を、国が確かめていません。"
            ),
            "unknown": "国の承認があるかどうか、まだわかりません。クリニックに聞いてみましょう。",
        },
        "ask": (
            "この製品は、国に承認されたくすりですか。承認されていない場合、"
            "どこから手に入れたものですか。"
        ),
        "known": [
            {
                "text": (
                    "2024年7月の厚生労働省の事務連絡を伝えた記事によると、「エクソソーム試薬」は、"
                    "薬機法で承認されたものではありません。"
                ),
                "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31", "mp-legal-note-2024"],
            },
            {
                "text": (
                    "2019年12月、アメリカの FDA は、承認したエクソソーム製品はないと発表しました。"
                ),
                "sources": ["fda-exosome-notice-2019"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "細胞外小胞を法律で規制するかどうかについて、2024年12月の研究班の中間報告は、"
                    "「引き続き議論が必要」としました。2025年8月の報道は、"
                    "ルールづくりが追いついていないと伝えています。"
                ),
                "sources": ["mhlw-rm-committee-101", "hifuko-2025-08-31"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "2024年12月、研究班が厚生労働省の会議に中間報告を出しました。"
                    "細胞外小胞を使う医療にも、細胞を使う製品と同じくらいの品質と安全の管理が"
                    "求められる、という報告です。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
            {
                "text": (
                    "2024年に論文を出した京都大学の研究者は、治療のあとに起きた問題を、"
                    "正しく集めて調べる国のしくみがないと述べています。"
                ),
                "sources": ["fujita-2024"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "クリニックの「エクソソーム」製品に、国(厚生労働省)の承認があるかを確かめる方法を、"
            "やさしく説明します。"
        ),
    },
    # 2. ad_required_disclosures ---------------------------------------------------------
    {
        "key": "ad_required_disclosures",
        "slug": "ad-required-disclosures",
        "title": "広告に決められた説明があるか",
        "lead": (
            "承認されていないくすりを使う治療の広告には、書くことが決められている説明があります。"
            "その説明が広告にあるかを見ます。"
        ),
        "points": [
            {
                "text": (
                    "2024年3月の医療広告ガイドラインでは、未承認のくすりを使う自由診療の広告に、"
                    "5つの説明を書くことが条件です。"
                ),
                "sources": [
                    "iryo-koukoku-guideline-2024",
                    "hifuko-2024-03-28",
                    "iryo-koukoku-jirei-v4",
                ],
            },
            {
                "text": ("その一つは、副作用が出ても、国の救済制度の対象にならないことです。"),
                "sources": [
                    "iryo-koukoku-guideline-2024",
                    "hifuko-2024-03-28",
                    "iryo-koukoku-jirei-v4",
                ],
            },
            {
                "text": (
                    "ガイドラインは、治療の体験談や、誤解をまねく治療の前と後の写真を、"
                    "広告にのせることを禁止しています。"
                ),
                "sources": ["iryo-koukoku-guideline-2024"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>医療の広告には、国のルールがあります。そのくわしい決まりが、"
                    "{医療広告|いりょうこうこく}ガイドラインです。2024年3月に、"
                    "このガイドラインが一部変わりました。</p>"
                ),
                "sources": [
                    "iryo-koukoku-guideline-2024",
                    "hifuko-2024-03-28",
                    "iryo-koukoku-jirei-v4",
                ],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年3月のガイドラインでは、{承認|しょうにん}されていないくすりを使う"
                    "{自由診療|じゆうしんりょう}を広告するとき、次の5つを書くことが条件です。"
                    "</p><ul><li>承認されていない、{未承認|みしょうにん}のくすりであること</li>"
                    "<li>そのくすりを、どこから手に入れたか。"
                    "{入手経路|にゅうしゅけいろ}のことです</li>"
                    "<li>日本で承認された、同じようなくすりがあるか</li>"
                    "<li>外国での安全性などの情報</li>"
                    "<li>{医薬品副作用被害救済制度|いやくひんふくさようひがいきゅうさいせいど}の"
                    "対象にならないこと</li></ul>"
                ),
                "sources": [
                    "iryo-koukoku-guideline-2024",
                    "hifuko-2024-03-28",
                    "iryo-koukoku-jirei-v4",
                ],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>5つめは、2024年3月の改正で新しく加わりました。"
                    "{副作用|ふくさよう}が出ても、この国の救済制度は使えない、ということです。</p>"
                ),
                "sources": [
                    "iryo-koukoku-guideline-2024",
                    "hifuko-2024-03-28",
                    "iryo-koukoku-jirei-v4",
                ],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2018年6月から、クリニックのホームページも広告としてあつかわれています。"
                    "ガイドラインは、治療についての{体験談|たいけんだん}や、"
                    "{誤解|ごかい}をまねく治療の前と後の写真を、広告にのせることを禁止しています。"
                    "</p>"
                ),
                "sources": ["web-ad-rules-summaries", "iryo-koukoku-guideline-2024"],
            },
            {
                "type": "callout",
                "kind": "point",
                "text": (
                    "<p>このチェックで見るのは、この5つの説明が広告にあるかどうかです。"
                    "これは広告についての事実です。治療の中身を判定するものではありません。</p>"
                ),
                "sources": [
                    "iryo-koukoku-guideline-2024",
                    "hifuko-2024-03-28",
                    "iryo-koukoku-jirei-v4",
                ],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>{消費者庁|しょうひしゃちょう}は、医療の広告についての相談先として、"
                    "その地域の{自治体|じちたい}をあげています。</p>"
                ),
                "sources": ["caa-biyou-check"],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "5つ全部が書いてあったときは?",
                        "answer": (
                            "<p>このチェックでたずねた5つの説明が、広告にのっています。"
                            "ただし、広告に説明があっても、治療の効き目がわかるわけでは"
                            "ありません。</p>"
                        ),
                        "sources": [
                            "iryo-koukoku-guideline-2024",
                            "hifuko-2024-03-28",
                            "iryo-koukoku-jirei-v4",
                        ],
                    },
                    {
                        "question": "一部だけ、またはどれも書いていないときは?",
                        "answer": (
                            "<p>5つの説明の一部、または全部が、広告にのっていません。"
                            "足りない説明は、クリニックに聞いてみましょう。</p>"
                        ),
                        "sources": [
                            "iryo-koukoku-guideline-2024",
                            "hifuko-2024-03-28",
                            "iryo-koukoku-jirei-v4",
                        ],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "このチェックでたずねた5つの説明が、どれも広告にある、という答えでした。"
                "2024年3月の医療広告ガイドラインが、未承認のくすりを使う治療の広告に"
                "求めている説明です。"
            ),
            "partial": (
                "5つの説明のうち、一部だけが広告にある、という答えでした。"
                "足りない説明は、クリニックに聞いてみましょう。"
            ),
            "not_shown": (
                "5つの説明のどれも、広告にない、という答えでした。"
                "2024年3月の医療広告ガイドラインが、未承認のくすりを使う治療の広告に"
                "求めている説明です。"
            ),
            "unknown": "広告にこの5つの説明があるかどうか、まだわかりません。",
        },
        "ask": (
            "副作用が出たとき、国の救済制度は使えますか。使えない場合、だれが、"
            "どのように対応しますか。"
        ),
        "known": [
            {
                "text": (
                    "2024年3月の医療広告ガイドラインでは、未承認のくすりを使う自由診療の広告に、"
                    "5つの説明を書くことが条件です。その一つは、"
                    "国の救済制度の対象にならないことです。"
                ),
                "sources": [
                    "iryo-koukoku-guideline-2024",
                    "hifuko-2024-03-28",
                    "iryo-koukoku-jirei-v4",
                ],
            },
            {
                "text": (
                    "ガイドラインは、治療についての体験談や、誤解をまねく前と後の写真を、"
                    "広告にのせることを禁止しています。"
                ),
                "sources": ["iryo-koukoku-guideline-2024"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "広告に5つの説明がそろっていても、治療の効き目はわかりません。"
                    "2024年12月の研究班の中間報告は、細胞外小胞の人での効き目と安全性の証拠は、"
                    "まだ少ないとしています。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "2024年の京都大学のグループの論文は、エクソソームを使う治療について、"
                    "はっきりしたわかりやすいルールが急いで必要だとうったえています。"
                ),
                "sources": ["fujita-2024"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "未承認のくすりを使う治療の広告に、2024年3月の医療広告ガイドラインが求める5つの説明が"
            "あるかを確かめる方法です。"
        ),
    },
    # 3. regulatory_wording --------------------------------------------------------------
    {
        "key": "regulatory_wording",
        "slug": "regulatory-wording",
        "title": "「届け出」などの言葉が何についてか",
        "lead": (
            "広告には、「届け出済み」「登録」などの言葉が出てくることがあります。"
            "国が認めたように見える言葉です。その言葉が何についてのものか、確かめましょう。"
        ),
        "points": [
            {
                "text": (
                    "再生医療の「提供計画」の届け出は、委員会の審査を受けて出す書類です。"
                    "くすりの承認とはちがう手続きです。"
                ),
                "sources": ["mhlw-rm-plan"],
            },
            {
                "text": (
                    "細胞外小胞や培養上清液は、細胞ではありません。2024年4月の報道によると、"
                    "そのため、再生医療等安全性確保法の対象外です。"
                ),
                "sources": ["kyodo-2024-04-30", "jsrm-exosome-statement-2021"],
            },
            {
                "text": (
                    "2021年6月、アメリカの FDA は注意をよびかけました。「FDA に登録されている」"
                    "などと言って、ルールを守っているように見せる例についてです。"
                ),
                "sources": ["fda-patient-info-2021"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{再生医療等安全性確保法|さいせいいりょうとうあんぜんせいかくほほう}は、"
                    "2014年11月に始まった法律です。細胞を育てるなどして使う医療では、"
                    "前もって「{提供計画|ていきょうけいかく}」を出します。その前に、"
                    "認められた委員会の{審査|しんさ}を受けます。</p>"
                ),
                "sources": ["mhlw-rm-plan"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>エクソソームなどの{細胞外小胞|さいぼうがいしょうほう}や"
                    "{培養上清液|ばいようじょうせいえき}は、細胞そのものではありません。"
                    "2024年4月の報道によると、そのため、この法律の対象外です。</p>"
                ),
                "sources": ["kyodo-2024-04-30", "jsrm-exosome-statement-2021"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>ですから、クリニックが示す届け出や番号は、"
                    "細胞を使う別の治療のものかもしれません。"
                    "エクソソームの治療の届け出や番号か、確かめましょう。</p>"
                ),
                "sources": ["mhlw-rm-plan", "kyodo-2024-04-30", "jsrm-exosome-statement-2021"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年10月の報道によると、2023年にエクソソームの治療をしていた"
                    "医療機関は、669ありました。そのうち488、約73%が、"
                    "ホームページに「再生医療」と書いていました。</p>"
                ),
                "sources": ["hifuko-2024-10-25"],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>アメリカの{食品医薬品局|しょくひんいやくひんきょく}(FDA)は、"
                    "2021年6月に注意をよびかけました。ルールを守っているように見せる例についてです。"
                    "「FDA に登録されている」と言ったり、"
                    "{臨床試験|りんしょうしけん}の登録サイトを見せたりします。</p>"
                    "<p>アメリカには、臨床試験の登録サイトがあります。のせる情報の多くは、"
                    "申しこむ側の{自己申告|じこしんこく}にたよっています。"
                    "2018年に研究者が書いた解説が、そう伝えています。</p>"
                ),
                "sources": ["fda-patient-info-2021", "knoepfler-2018"],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "「届け出」は「国が効き目を確かめた」という意味ですか?",
                        "answer": (
                            "<p>いいえ。提供計画は、前もって出す書類です。出す前に、"
                            "認められた委員会の審査を受けます。"
                            "くすりの承認とはちがう手続きです。</p>"
                        ),
                        "sources": ["mhlw-rm-plan"],
                    },
                    {
                        "question": "そういう言葉がなかったときは?",
                        "answer": "<p>この項目は対象外です。ほかの項目を見てください。</p>",
                        "sources": [],
                    },
                    {
                        "question": "何についての言葉か、確かめられなかったときは?",
                        "answer": (
                            "<p>エクソソームの治療のものとは限りません。"
                            "番号と書類を見せてもらえるか、"
                            "クリニックに聞いてみましょう。</p>"
                        ),
                        "sources": ["kyodo-2024-04-30", "jsrm-exosome-statement-2021"],
                    },
                ],
            },
        ],
        "results": {
            "na": (
                "「届け出」「登録」のような言葉は、広告や説明になかった、という答えでした。"
                "この項目は対象外です。"
            ),
            "shown": (
                "「届け出」「登録」などの言葉が何についてか、書類で確かめた、という答えでした。"
            ),
            "not_shown": (
                "「届け出」「登録」などの言葉はあった、という答えでした。何についてかは、"
                "確かめられませんでした。エクソソームの治療そのものについての言葉とは限りません。"
            ),
            "unknown": (
                "「届け出」「登録」などの言葉があるか、まだわかりません。"
                "何についての言葉かも、まだわかりません。"
            ),
        },
        "ask": ("その届け出(または登録)は、どの治療のものですか。番号と書類を見せてもらえますか。"),
        "known": [
            {
                "text": (
                    "細胞外小胞や培養上清液は、細胞ではありません。2024年4月の報道によると、"
                    "そのため、再生医療等安全性確保法の対象外です。"
                ),
                "sources": ["kyodo-2024-04-30", "jsrm-exosome-statement-2021"],
            },
            {
                "text": (
                    "2023年にエクソソームの治療をしていた医療機関の約73%が、ホームページに"
                    "「再生医療」と書いていました。2024年10月の報道です。"
                ),
                "sources": ["hifuko-2024-10-25"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "2024年12月の研究班の中間報告は、「引き続き議論が必要」としました。"
                    "細胞外小胞をこの法律で規制するかどうかについてです。"
                    "2025年8月の報道は、ルールづくりが追いついていないと伝えています。"
                ),
                "sources": ["mhlw-rm-committee-101", "hifuko-2025-08-31"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "2024年、京都大学のグループが論文を出しました。エクソソームを使う治療に、"
                    "はっきりした、わかりやすいルールが急いで必要だ、とうったえています。"
                ),
                "sources": ["fujita-2024"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "広告の「届け出済み」「登録」などの言葉が、エクソソームの治療そのものについてのものかを"
            "確かめる方法です。"
        ),
    },
    # 4. particle_count_only -------------------------------------------------------------
    {
        "key": "particle_count_only",
        "slug": "particle-count-only",
        "title": "粒子の数だけで説明していないか",
        "lead": (
            "広告には「{粒子|りゅうし}が○○億個」のような数がよく出てきます。でも、数だけでは、"
            "何の粒子かはわかりません。"
        ),
        "points": [
            {
                "text": (
                    "MISEV2018 の要点の表では、細胞外小胞だけを数えられる方法は"
                    "ありません。粒子の数などをはかる、どの方法でもそうです。"
                ),
                "sources": ["misev2018-review-table"],
            },
            {
                "text": (
                    "MISEV2018 は、研究者が論文に書くときの目安です。量は2つ以上の方法で"
                    "はかり、目印の検査も示すよう求めています。"
                ),
                "sources": ["misev2018-review-fendo-2022"],
            },
            {
                "text": "「○○億個」だけでは、その中の細胞外小胞の数はわかりません。",
                "sources": ["misev2018-review-table", "misev2018-review-fendo-2022"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>MISEV は、研究者が論文に書くときの目安です。"
                    "{国際細胞外小胞学会|こくさいさいぼうがいしょうほうがっかい}"
                    "(ISEV)が出しています。</p>"
                    "<p>{細胞外小胞|さいぼうがいしょうほう}の量は、"
                    "NTA などではかります。NTA は、粒子の数を数えます。でも、MISEV2018 の"
                    "要点の表では、細胞外小胞だけを数えられる方法はありません。</p>"
                ),
                "sources": ["misev2018", "misev2018-review-table"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>同じ表では、まじりものが多いと、"
                    "NTA などの数の意味が変わることがあります。</p>"
                ),
                "sources": ["misev2018-review-table"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年2月に、新しい版の MISEV2023 が出ました。細胞から出る粒子には、"
                    "{膜|まく}のないものもある、と整理しています。"
                    "いろいろな分子が集まってできた粒です。</p>"
                ),
                "sources": ["misev2023"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>MISEV2018 は、量を少なくとも2つの方法ではかり、その比も出すよう"
                    "求めています。{目印|めじるし}になるたんぱく質の検査や、"
                    "1つずつの粒の観察も求めています。</p>"
                ),
                "sources": ["misev2018-review-fendo-2022"],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>2025年5月、アメリカの{食品医薬品局|しょくひんいやくひんきょく}(FDA)は、"
                    "ある会社に警告の手紙を出しました。「100 Billion Exosomes」という名前で"
                    "売られていた製品などについてです。「1000億個のエクソソーム」という意味です。"
                    "</p><p>FDA は、これらの製品を、承認や許可のないくすりにあたると"
                    "しています。</p>"
                ),
                "sources": ["fda-warning-supreme-2025"],
            },
            {
                "type": "callout",
                "kind": "point",
                "text": "<p>「○○億個」だけでは、その中の細胞外小胞の数はわかりません。</p>",
                "sources": ["misev2018-review-table", "misev2018-review-fendo-2022"],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "粒子の数だけのときは?",
                        "answer": (
                            "<p>数だけでは、粒子の中身はわかりません。"
                            "何の粒子かを調べた検査結果があるか、クリニックに聞いてみましょう。"
                            "</p>"
                        ),
                        "sources": ["misev2018-review-fendo-2022", "misev2018-review-table"],
                    },
                    {
                        "question": "粒子の数がなかったときは?",
                        "answer": (
                            "<p>この項目は対象外です。次の「目印の検査結果があるか」の項目を"
                            "見てください。</p>"
                        ),
                        "sources": [],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "粒子の数と目印の検査結果が、両方ある、という答えでした。"
                "目印の検査は、何の粒子かを調べるものです。"
            ),
            "not_shown": (
                "粒子の数だけが示されている、という答えでした。数だけでは、"
                "そのうち細胞外小胞がどのくらいかはわかりません。"
            ),
            "na": "広告や説明に粒子の数はなかった、という答えでした。この項目は対象外です。",
            "unknown": (
                "粒子の数が示されているか、まだわかりません。"
                "何の粒子かを調べた結果があるかも、まだわかりません。"
            ),
        },
        "ask": (
            "この粒子の数は、どの方法で数えましたか。その粒子が細胞外小胞だと、"
            "どの検査で確かめましたか。"
        ),
        "known": [
            {
                "text": (
                    "細胞外小胞だけを数えられる方法は、ありません。"
                    "粒子の数などをはかる方法の話です。"
                ),
                "sources": ["misev2018-review-table"],
            },
            {
                "text": (
                    "MISEV2018 は、研究者が論文に書くときの目安です。量は2つ以上の方法で"
                    "はかるよう求めています。目印の検査結果も求めています。"
                ),
                "sources": ["misev2018-review-fendo-2022"],
            },
        ],
        "not_known": [
            {
                "text": "数だけでは、「○○億個」の中の細胞外小胞の数はわかりません。",
                "sources": ["misev2018-review-table"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "細胞外小胞の数のはかり方を、そろえる取り組みがあります。それには、"
                    "基準になる材料が必要だとされています。"
                    "この取り組みは、2017年の ISEV の会議で始まりました。"
                ),
                "sources": ["ev-reference-materials"],
            },
            {
                "text": (
                    "2024年12月の研究班の中間報告は、次のようにしています。つくり方のちがいは、"
                    "効き目や安全性に大きく関わります。それなのに、つくり方を管理する基準は"
                    "まだありません。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "「粒子○○億個」という数だけでは、エクソソーム(細胞外小胞)がどの"
            "くらい入っているかわからない理由を、やさしく説明します。"
        ),
    },
    # 5. ev_marker_panel -----------------------------------------------------------------
    {
        "key": "ev_marker_panel",
        "slug": "ev-marker-panel",
        "title": "目印(マーカー)の検査結果があるか",
        "lead": (
            "{細胞外小胞|さいぼうがいしょうほう}には、目印になるたんぱく質があります。"
            "種類のちがう目印の検査結果があるか、見てみましょう。"
            "中身がどこまで示されているかが、わかります。"
        ),
        "points": [
            {
                "text": (
                    "MISEV2018 は、研究者が論文に書くときの目安です。膜にある目印と"
                    "小胞の中の目印を、少なくとも一つずつ示すよう求めています。"
                ),
                "sources": ["misev2018-review-fendo-2022", "misev2018-review-table"],
            },
            {
                "text": "MISEV2018 の要点の表では、一つの目印だけでは足りません。",
                "sources": ["misev2018-review-table"],
            },
            {
                "text": (
                    "2024年7月の報道によると、東京医科大学のグループが12製品を調べました。"
                    "そのうち3製品で、エクソソームに特徴的なたんぱく質の反応がありませんでした。"
                ),
                "sources": ["ism-bio-2024"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>研究では、{目印|めじるし}になるたんぱく質を調べます。"
                    "細胞外小胞があることを示すためです。目印は、マーカーともいいます。"
                    "</p><p>MISEV2018 は、研究者が論文に書くときの目安です。次の2種類を、"
                    "少なくとも一つずつ示すよう求めています。</p><ul><li>"
                    "{膜|まく}にあるたんぱく質:CD9、CD63、CD81 など。</li><li>小胞の中にあって、"
                    "膜にくっつくことができるたんぱく質:TSG101 など。</li></ul>"
                ),
                "sources": ["misev2018-review-fendo-2022", "misev2018-review-table"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>MISEV2018 の要点の表では、目印は3つ以上を示します。"
                    "その中に、膜の目印と中の目印を、少なくとも一つずつ入れます。"
                    "一つの目印だけでは足りない、ということです。</p>"
                ),
                "sources": ["misev2018-review-table"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年7月の報道によると、東京医科大学のグループが、"
                    "{自由診療|じゆうしんりょう}で使われる12の製品を調べました。"
                    "エクソソームに特徴的な、2つのたんぱく質を調べました。"
                    "3製品では、反応がありませんでした。ほかの9製品は反応しました。"
                    "でも、製品によって大きな差がありました。</p>"
                ),
                "sources": ["ism-bio-2024"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2019年に、4つの国際的な学会が、共同で意見を出しました。"
                    "小さな細胞外小胞を、治療に使うときの意見です。"
                    "{間葉系間質細胞|かんようけいかんしつさいぼう}という細胞からつくるものです。</p>"
                    "<p>もとの細胞や、膜につつまれた小胞があることなどを、"
                    "はかれる形で示すべきだ、としています。</p>"
                ),
                "sources": ["msc-sev-2019"],
            },
            {
                "type": "callout",
                "kind": "point",
                "text": (
                    "<p>ここでわかるのは、書類に何が示されているかです。"
                    "製品が良いか悪いかではありません。</p>"
                ),
                "sources": [],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "膜の目印と中の目印の、両方の結果があったときは?",
                        "answer": (
                            "<p>MISEV2018 が求める、2種類の目印の結果が示されています。"
                            "あなたに使う製品と同じロットの結果かも、確かめましょう。</p>"
                        ),
                        "sources": ["misev2018-review-fendo-2022"],
                    },
                    {
                        "question": "一つの種類だけのときは?",
                        "answer": (
                            "<p>MISEV2018 では、一つの種類の目印だけでは足りません。"
                            "もう一つの種類の結果があるか、聞いてみましょう。</p>"
                        ),
                        "sources": ["misev2018-review-table"],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "膜の目印と、小胞の中の目印の、両方の検査結果がある、という答えでした。"
                "あなたに使う製品と同じロットの結果かも、確かめましょう。"
            ),
            "partial": (
                "目印の検査結果は、一つの種類だけある、という答えでした。"
                "MISEV2018 は、種類のちがう目印を、少なくとも一つずつ示すよう求めています。"
                "研究者が論文に書くときの目安です。"
            ),
            "not_shown": (
                "目印の検査結果はない、という答えでした。書類からは、"
                "細胞外小胞が入っているか、確かめられません。"
            ),
            "unknown": "目印の検査結果があるか、まだわかりません。",
        },
        "ask": (
            "この製品(このロット)の、CD9・CD63・CD81 や TSG101 などの目印の検査結果を"
            "見せてもらえますか。"
        ),
        "known": [
            {
                "text": (
                    "MISEV2018 は、研究者が論文に書くときの目安です。"
                    "膜の目印と中の目印を、少なくとも一つずつ示すよう求めています。"
                ),
                "sources": ["misev2018-review-fendo-2022", "misev2018-review-table"],
            },
            {
                "text": (
                    "2024年7月の報道によると、調べた12製品のうち3製品では、反応がありませんでした。"
                    "エクソソームに特徴的なたんぱく質の反応です。"
                ),
                "sources": ["ism-bio-2024"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "2019年に、4つの学会が意見を出しました。間葉系間質細胞からつくる、"
                    "小さな細胞外小胞についてです。品質を確かめる決まった検査の方法は、まだない、"
                    "という指摘です。"
                ),
                "sources": ["msc-sev-2019"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "日本の医薬品医療機器総合機構(PMDA)には、専門部会があります。"
                    "細胞外小胞の有効成分の品質は、そこで話し合うテーマの一つです。"
                ),
                "sources": ["pmda-ev-subcommittee"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "エクソソーム製品の書類に、CD9・CD63 などの目印(マーカー)の検査結果があるかを"
            "確かめる方法です。"
        ),
    },
    # 6. impurity_check ------------------------------------------------------------------
    {
        "key": "impurity_check",
        "slug": "impurity-check",
        "title": "まじりものを調べた結果があるか",
        "lead": (
            "細胞を育てた液には、{細胞外小胞|さいぼうがいしょうほう}のほかのものも、"
            "まじることがあります。まじりものを調べた結果があるかを見ます。"
        ),
        "points": [
            {
                "text": (
                    "MISEV2018 は、研究者が論文に書くときの目安です。"
                    "入っているはずのないものがあるか、調べるよう求めています。"
                ),
                "sources": ["misev2018-review-fendo-2022"],
            },
            {
                "text": (
                    "2020年8月、国際細胞外小胞学会は、正しいやり方でないと、"
                    "不純物がまじりやすいと説明しました。"
                ),
                "sources": ["isev-patient-notice-2020"],
            },
            {
                "text": (
                    "2024年12月の研究班の中間報告は、成分の種類と量で考えるほうがよい、"
                    "としています。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{国際細胞外小胞学会|こくさいさいぼうがいしょうほうがっかい}(ISEV)は、"
                    "2020年8月に患者向けのお知らせを出しました。研究者はとても厳しいやり方で、"
                    "細胞外小胞を取り出し、見分けている、と説明しています。"
                    "正しいやり方でないと、{不純物|ふじゅんぶつ}がまじりやすいからです。</p>"
                ),
                "sources": ["isev-patient-notice-2020"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>MISEV2018 は、研究者が論文に書くときの目安です。ISEV が出しています。"
                    "入っているはずのないものがあるか、調べるよう求めています。"
                    "細胞の中のほかの場所のたんぱく質などです。</p>"
                    "<p>量を2つの方法ではかり、その比をとることも求めています。この比は、"
                    "まじりけの目安になります。</p>"
                ),
                "sources": ["misev2018-review-fendo-2022", "misev2018-review-table"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>MISEV2018 では、多くの種類の育てた細胞で、"
                    "小さな粒が細胞外小胞といっしょに取れてきます。{膜|まく}をもたない粒です。"
                    "そのため、どの{試料|しりょう}でも、このまじりものを調べる必要があるかも"
                    "しれない、としています。</p>"
                ),
                "sources": ["misev2018"],
            },
            {
                "type": "callout",
                "kind": "point",
                "text": (
                    "<p>2024年12月、研究班が中間報告を出しました。"
                    "出した先は、厚生労働省の専門家の会議です。"
                    "報告は、細胞外小胞と{培養上清液|ばいようじょうせいえき}を、"
                    "はっきり分けるのはむずかしいとしています。</p>"
                    "<p>そのため、成分の種類と量で考えるほうがよい、としています。</p>"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "まじりものを調べた結果がなかったときは?",
                        "answer": (
                            "<p>まじりけの情報は、示されていません。"
                            "どんな方法で調べたか、クリニックに聞いてみましょう。</p>"
                        ),
                        "sources": ["misev2018-review-fendo-2022"],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "まじりもの(不純物)を調べた結果か、まじりけの少なさを示す数字がある、"
                "という答えでした。"
            ),
            "not_shown": (
                "まじりものを調べた結果はない、という答えでした。まじりけの情報は、"
                "示されていません。"
            ),
            "unknown": "まじりものを調べた結果があるか、まだわかりません。",
        },
        "ask": "まじりもの(不純物)を調べた結果はありますか。どんな方法で調べましたか。",
        "known": [
            {
                "text": (
                    "MISEV2018 は、まじりものがあるか調べるよう求めています。"
                    "研究者が論文に書くときの目安です。"
                ),
                "sources": ["misev2018-review-fendo-2022"],
            },
            {
                "text": (
                    "2020年8月、ISEV は、正しいやり方でないと、不純物がまじりやすいと説明しました。"
                ),
                "sources": ["isev-patient-notice-2020"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "2024年12月の研究班の中間報告は、次のようにしています。つくり方のちがいは、"
                    "効き目や安全性に大きく関わります。それなのに、つくり方を管理する基準は"
                    "まだありません。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "まじりものがあるかもしれない試料で、あるはたらきが見られたとします。"
                    "MISEV2018 は、それだけでは細胞外小胞のはたらきとは言えない、としています。"
                    "はたらきを示すには、もっと多くの情報が必要です。"
                ),
                "sources": ["misev2018"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "エクソソーム製品の書類に、まじりもの(不純物)を調べた結果があるかを確かめる方法です。"
        ),
    },
    # 7. source_and_donor ----------------------------------------------------------------
    {
        "key": "source_and_donor",
        "slug": "source-and-donor",
        "title": "もとの細胞と提供した人の説明があるか",
        "lead": (
            "人の細胞からつくるものには、{感染症|かんせんしょう}がうつるおそれがあります。だれの、"
            "どの細胞からつくったか、説明があるかを見ます。"
        ),
        "points": [
            {
                "text": (
                    "国際幹細胞学会(ISSCR)は、幹細胞の治療の前に聞くことを、すすめています。"
                    "細胞の出どころと、育て方です。"
                ),
                "sources": ["isscr-what-to-ask"],
            },
            {
                "text": (
                    "2023年の論文が、世界で売られている、細胞外小胞などの製品を調べました。"
                    "多くは、もとの細胞を明らかにしていませんでした。"
                ),
                "sources": ["asadpour-2023"],
            },
            {
                "text": (
                    "細胞外小胞や培養上清液は、細胞を育ててつくります。2024年12月の研究班の"
                    "中間報告は、そのため、菌がまじるおそれがある、としています。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{国際幹細胞学会|こくさいかんさいぼうがっかい}(ISSCR)は、"
                    "質問のリストを出しています。{幹細胞|かんさいぼう}の治療の前に、"
                    "聞くとよい質問です。その中に、「細胞はどこから来たか」「どのように見分け、"
                    "取り出し、育てたか」があります。</p>"
                ),
                "sources": ["isscr-what-to-ask"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2019年に、4つの国際的な学会が、意見を出しました。"
                    "小さな{細胞外小胞|さいぼうがいしょうほう}についての意見です。"
                    "{間葉系間質細胞|かんようけいかんしつさいぼう}からつくるものです。"
                    "治療に使うときは、もとの細胞がわかるように示すべきだ、としています。</p>"
                ),
                "sources": ["msc-sev-2019"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2023年の論文は、細胞外小胞などの製品を調べました。"
                    "世界の28の国の、114の会社が売る製品です。多くは、"
                    "ほかの人の細胞からつくったものでした。"
                    "もとの細胞を明らかにしていないものも、多くありました。</p>"
                ),
                "sources": ["asadpour-2023"],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>カナダのオンタリオ州東部の{保健所|ほけんじょ}は、"
                    "エクソソーム製品について、こう説明しています。"
                    "つくる途中で、菌がまじることがあります。"
                    "C型{肝炎|かんえん}や HIV などのウイルスにふれるおそれもある、"
                    "としています。</p>"
                ),
                "sources": ["eohu-exosomes"],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "どちらか一つだけの説明だったときは?",
                        "answer": (
                            "<p>示されているのは、一つだけです。もとの細胞の種類か、"
                            "提供した人(ドナー)の検査の、どちらかです。"
                            "もう一つについても、聞いてみましょう。</p>"
                        ),
                        "sources": ["isscr-what-to-ask", "msc-sev-2019"],
                    },
                    {
                        "question": "どちらの説明もなかったときは?",
                        "answer": (
                            "<p>もとの細胞が、わかるように示されていません。2023年の論文でも、"
                            "もとの細胞を明らかにしていない製品が、多くありました。"
                            "クリニックに聞いてみましょう。</p>"
                        ),
                        "sources": ["msc-sev-2019", "asadpour-2023"],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "もとの細胞の種類と、ドナーの感染症の検査の、両方の説明がある、という答えでした。"
            ),
            "partial": (
                "もとの細胞の種類か、ドナーの検査か、どちらか一つだけの説明がある、"
                "という答えでした。"
            ),
            "not_shown": "もとの細胞の種類も、ドナーの検査も、説明がない、という答えでした。",
            "unknown": "もとの細胞やドナーの検査の説明があるか、まだわかりません。",
        },
        "ask": (
            "この製品は、どの細胞からつくりましたか。ドナーの感染症の検査は、何をしましたか。"
            "どこの施設でつくりましたか。"
        ),
        "known": [
            {
                "text": (
                    "ISSCR は、幹細胞の治療の前に聞くことを、すすめています。"
                    "細胞の出どころと、どのように取り出して育てたかです。"
                ),
                "sources": ["isscr-what-to-ask"],
            },
            {
                "text": (
                    "2023年の論文が、世界で売られている製品を調べました。"
                    "多くは、もとの細胞を明らかにしていませんでした。"
                ),
                "sources": ["asadpour-2023"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "2024年12月の研究班の中間報告です。細胞外小胞と培養上清液は、"
                    "はっきり分けるのがむずかしい、としています。そのため、"
                    "成分の種類と量で考えるほうがよい、としています。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "2024年12月、研究班が、厚生労働省の会議に中間報告を出しました。"
                    "細胞外小胞や培養上清液にも、リスクがあるという報告です。"
                    "細胞を使う製品と同じくらいのリスクです。"
                    "細胞を育ててつくるので、菌がまじるおそれがあるからです。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "エクソソーム製品が、だれの、どの細胞からつくられたか、"
            "ドナーの感染症の検査の説明があるかを確かめる方法です。"
        ),
    },
    # 8. lot_safety_tests ----------------------------------------------------------------
    {
        "key": "lot_safety_tests",
        "slug": "lot-safety-tests",
        "title": "ロットごとの検査結果があるか",
        "lead": (
            "細胞を育ててつくるものには、{菌|きん}やウイルスがまじることがあります。"
            "あなたに使う製品の検査結果が示されているかを見ます。"
        ),
        "points": [
            {
                "text": (
                    "細胞外小胞や培養上清液は、細胞を育ててつくります。2024年12月の研究班の"
                    "中間報告は、そのため菌がまじる心配があるとしています。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
            {
                "text": (
                    "無菌試験とエンドトキシンの検査は、注射のくすりなどに使われる、"
                    "日本薬局方の検査です。"
                ),
                "sources": ["nihs-microbiology-2021"],
            },
            {
                "text": (
                    "このチェックの4つの検査は、ほかのくすりの基準や研究の例をもとに、"
                    "このサイトが選んだ目安です。"
                ),
                "sources": [
                    "nihs-microbiology-2021",
                    "mhlw-biologics-standard",
                    "ev-release-sttt-2025",
                    "ev-release-wjsc-2025",
                ],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年12月、厚生労働省の専門家の会議に、研究班が中間報告を出しました。"
                    "報告は、{細胞外小胞|さいぼうがいしょうほう}や"
                    "{培養上清液|ばいようじょうせいえき}は、細胞を育ててつくるので、"
                    "菌などがまじる心配があるとしています。細胞を使う製品と同じくらいのリスクが"
                    "ある、という考えです。</p>"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>同じ報告によると、外国では、細胞外小胞の"
                    "{臨床試験|りんしょうしけん}で、重い健康被害は確かめられていません。"
                    "一方で、外国の{自由診療|じゆうしんりょう}では、"
                    "{敗血症|はいけつしょう}などの例が報告されています。</p>"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2019年12月、アメリカの{食品医薬品局|しょくひんいやくひんきょく}(FDA)は、"
                    "エクソソームをふくむとして売られた承認のない製品を使った人たちに、"
                    "重い健康被害が出たと発表しました。ネブラスカ州でのことです。報道によると、"
                    "その中には、重い感染症である敗血症になった人もいました。</p>"
                ),
                "sources": ["fda-exosome-notice-2019", "healio-nebraska-2019"],
            },
            {
                "type": "heading",
                "text": "4つの検査は何を調べるのですか",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>このチェックでは、あなたに使う製品のロットについて、"
                    "4つの検査の結果があるかを聞きます。ロットは、"
                    "同じときにつくった製品のまとまりです。</p>"
                    "<p>{無菌試験|むきんしけん}は、菌がいないことを確かめる検査です。"
                    "{国立医薬品食品衛生研究所|こくりついやくひんしょくひんえいせいけんきゅうじょ}"
                    "によると、{注射|ちゅうしゃ}のくすりなど、菌がいてはいけない製剤を"
                    "出荷してよいか決めるための検査です。"
                    "{日本薬局方|にほんやっきょくほう}という、くすりの基準にのっています。</p>"
                ),
                "sources": ["nihs-microbiology-2021"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>エンドトキシンは、菌がもつ毒です。同じ研究所によると、"
                    "血の中に直接入ると熱が出て、命にかかわることもあります。"
                    "そのため、注射のくすりでは、エンドトキシンの管理が必要です。</p>"
                ),
                "sources": ["nihs-microbiology-2021"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>マイコプラズマは、小さな菌のなかまです。国の審議会の資料によると、"
                    "{生物学的製剤基準|せいぶつがくてきせいざいきじゅん}という国の基準には、"
                    "マイコプラズマがいないことを確かめる検査がのっています。"
                    "レトロウイルスというウイルスがいないことを確かめる検査も、のっています。</p>"
                ),
                "sources": ["mhlw-biologics-standard"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2025年に出た、人に使う細胞外小胞についての論文を2つ見ると、"
                    "出荷の条件に、無菌、エンドトキシン、マイコプラズマの検査がありました。"
                    "1つには、ウイルスの検査もありました。</p>"
                ),
                "sources": ["ev-release-sttt-2025", "ev-release-wjsc-2025"],
            },
            {
                "type": "callout",
                "kind": "point",
                "text": (
                    "<p>この4つの検査は、上のような、ほかのくすりの基準や研究の例をもとに、"
                    "このサイトが選んだ目安です。</p>"
                    "<p>2024年12月の研究班の中間報告は、細胞外小胞のつくり方を管理する基準が、"
                    "まだないとしています。</p>"
                ),
                "sources": [
                    "nihs-microbiology-2021",
                    "mhlw-biologics-standard",
                    "ev-release-sttt-2025",
                    "ev-release-wjsc-2025",
                    "mhlw-rm-committee-101",
                ],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>日本の{医薬品医療機器総合機構|いやくひんいりょうききそうごうきこう}"
                    "(PMDA)の専門の部会は、細胞外小胞について、"
                    "ウイルスなどに対する安全性を話し合うテーマにしています。</p>"
                ),
                "sources": ["pmda-ev-subcommittee"],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "検査結果が一部だけだったときは?",
                        "answer": (
                            "<p>足りない検査の結果があるか、クリニックに聞いてみましょう。"
                            "ここでわかるのは、検査結果が示されているかどうかです。</p>"
                        ),
                        "sources": [],
                    },
                    {
                        "question": "なぜ「ロット」が大切なのですか?",
                        "answer": (
                            "<p>2024年12月の研究班の中間報告は、つくり方のちがいが、"
                            "効き目や安全性に大きく関わるとしています。PMDA の部会も、"
                            "つくるたびに品質がそろっているかをテーマにしています。"
                            "あなたに使うロットの結果かどうかを確かめましょう。</p>"
                        ),
                        "sources": ["mhlw-rm-committee-101", "pmda-ev-subcommittee"],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "あなたに使う製品のロットについて、4つの検査の結果がある、という答えでした。"
                "無菌、エンドトキシン、マイコプラズマ、ウイルスの検査です。"
            ),
            "partial": (
                "4つの検査のうち、一部の結果だけがある、という答えでした。"
                "足りない検査の結果は、クリニックに聞いてみましょう。"
            ),
            "not_shown": (
                "ロットごとの検査の結果はない、という答えでした。"
                "あなたに使うロットの検査結果を見せてもらえるか、聞いてみましょう。"
            ),
            "unknown": "ロットごとの検査の結果があるかどうか、まだわかりません。",
        },
        "ask": (
            "私に使う製品のロット番号を教えてください。そのロットの、"
            "無菌試験・エンドトキシン・マイコプラズマ・ウイルスの検査結果を見せてもらえますか。"
        ),
        "known": [
            {
                "text": (
                    "2019年12月、アメリカの FDA は、エクソソームをふくむとして売られた製品を"
                    "使った人たちに、重い健康被害が出たと発表しました。"
                ),
                "sources": ["fda-exosome-notice-2019"],
            },
            {
                "text": (
                    "無菌試験は、注射のくすりなどを出荷してよいか決めるための、"
                    "日本薬局方の検査です。"
                ),
                "sources": ["nihs-microbiology-2021"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "日本で、どのくらい健康被害が起きているかは、わかっていません。"
                    "2024年に論文を出した京都大学の研究者は、"
                    "こうした問題を正しく集めて調べる国のしくみがないと述べています。"
                ),
                "sources": ["fujita-2024"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "2024年12月、研究班が厚生労働省の会議に中間報告を出しました。"
                    "細胞外小胞を使う医療にも、細胞を使う製品と同じくらいの品質と安全の管理が"
                    "求められる、という報告です。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "あなたに使うエクソソーム製品のロットについて、"
            "無菌試験やエンドトキシンなどの検査結果があるかを確かめる方法です。"
        ),
    },
    # 9. human_evidence ------------------------------------------------------------------
    {
        "key": "human_evidence",
        "slug": "human-evidence",
        "title": "人で調べた研究が示されているか",
        "lead": (
            "「よくなった」という声は、人によってちがいます。クリニックが、"
            "効き目の証拠として何を示しているかを見ます。"
        ),
        "points": [
            {
                "text": (
                    "2024年12月の研究班の中間報告は、細胞外小胞の人での効き目と安全性の証拠は、"
                    "まだ少ないとしています。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
            {
                "text": "国際幹細胞学会は、患者の体験談は科学的な証拠ではないと説明しています。",
                "sources": ["isscr-faq"],
            },
            {
                "text": (
                    "医療広告ガイドラインは、治療の体験談や、誤解をまねく治療の前と後の写真を、"
                    "広告にのせることを禁止しています。"
                ),
                "sources": ["iryo-koukoku-guideline-2024"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{国際幹細胞学会|こくさいかんさいぼうがっかい}(ISSCR)は、"
                    "幹細胞の治療について説明するサイトで、患者の{体験談|たいけんだん}は"
                    "科学的な証拠ではないと説明しています。専門家どうしで確かめた"
                    "{論文|ろんぶん}とは何かも、説明しています。</p>"
                ),
                "sources": ["isscr-faq"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{医療広告|いりょうこうこく}ガイドラインは、治療についての体験談や、"
                    "{誤解|ごかい}をまねく治療の前と後の写真を、広告にのせることを禁止しています。"
                    "</p>"
                ),
                "sources": ["iryo-koukoku-guideline-2024"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年12月、厚生労働省の専門家の会議に、研究班が中間報告を出しました。"
                    "報告は、{細胞外小胞|さいぼうがいしょうほう}の、"
                    "人での効き目と安全性の証拠は、まだ少ないとしています。</p>"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>外国の研究の例です。2023年に発表された中国の研究では、"
                    "アルツハイマー病の人に、鼻からエクソソームを入れました。"
                    "9人の、小さな、初期の研究です。くらべるためのグループはありませんでした。"
                    "効き目が確かめられたわけではありません。</p>"
                ),
                "sources": ["xie-2023"],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>アメリカの会社の発表によると、2022年4月、"
                    "{食品医薬品局|しょくひんいやくひんきょく}(FDA)は、ExoFlo という"
                    "細胞外小胞の製品の{治験|ちけん}を進めることを認めました。"
                    "第3相という段階の治験です。2024年11月には、"
                    "約320人を対象に広げることも認められました。</p>"
                    "<p>これは、くすりとして{承認|しょうにん}されたという意味ではありません。"
                    "2024年11月の発表の時点でも、ExoFlo は FDA に承認されていません。</p>"
                ),
                "sources": ["direct-biologics-2022", "direct-biologics-2024"],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "動物や細胞の実験だけだったときは?",
                        "answer": (
                            "<p>あなたの目的について、人で調べた結果は示されていません。"
                            "国際幹細胞学会は、幹細胞の治療について、病気のしくみと治療の"
                            "しくみが合っていることが大切だとしています。</p>"
                        ),
                        "sources": ["isscr-nine-things"],
                    },
                    {
                        "question": "論文が示されたときは?",
                        "answer": (
                            "<p>研究の大きさや結果は、ふだん診てもらっている医師といっしょに見ると"
                            "わかりやすくなります。国際幹細胞学会も、治療をする人とは別の医師に"
                            "相談するよう、すすめています。</p>"
                        ),
                        "sources": ["isscr-what-to-ask"],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "あなたの目的について、人で調べた論文を示された、という答えでした。"
                "研究の大きさや結果は、ふだん診てもらっている医師といっしょに見ると"
                "わかりやすくなります。"
            ),
            "partial": (
                "示されたのは、動物や細胞の実験か、別の目的の研究だけだった、という答えでした。"
                "あなたの目的について、人で調べた結果は示されていません。"
            ),
            "not_shown": (
                "示されたのは、体験談や治療の前と後の写真などだけだった、という答えでした。"
                "国際幹細胞学会は、患者の体験談は科学的な証拠ではないと説明しています。"
            ),
            "unknown": "人で調べた研究は、示されなかったか、示されたかどうかがわかりません。",
        },
        "ask": (
            "私の目的について、人で効果を調べた研究はありますか。論文の名前と、"
            "のっている雑誌を教えてください。"
        ),
        "known": [
            {
                "text": "ISSCR は、患者の体験談は科学的な証拠ではないと説明しています。",
                "sources": ["isscr-faq"],
            },
            {
                "text": (
                    "2024年12月の研究班の中間報告は、細胞外小胞の人での効き目と安全性の証拠は、"
                    "まだ少ないとしています。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "MISEV2018 は、エクソソームに特別なはたらきがあるという主張は、"
                    "実験でささえるのがまだむずかしいとしています。"
                    "研究者が論文に書くときの目安です。"
                ),
                "sources": ["misev2018"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "2020年、国際細胞外小胞学会と国際細胞治療学会は、意見を出しました。"
                    "新型コロナウイルス感染症に細胞外小胞を使うことは、その時点では"
                    "すすめない、という意見です。つくり方や品質の管理、臨床試験、"
                    "国の監督などがそろうまで、という考えです。"
                ),
                "sources": ["isev-isct-covid-2020"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "クリニックが示す効き目の証拠が、人で調べた論文か、体験談だけかを確かめる方法です。"
        ),
    },
    # 10. research_registration -----------------------------------------------------------
    {
        "key": "research_registration",
        "slug": "research-registration",
        "title": "研究として登録されているか",
        "lead": (
            "新しい治療は、まず研究として、決まったルールで調べます。"
            "この治療が研究として行われているのか、{自由診療|じゆうしんりょう}なのかを見ます。"
        ),
        "points": [
            {
                "text": (
                    "日本の jRCT には、治験や、臨床研究法などの法律にもとづく研究がのっています。"
                ),
                "sources": ["jrct", "mhlw-jrct-2024", "jrct-rm-plan-example"],
            },
            {
                "text": "それ以外の研究は、UMIN などの別のサイトにのっていることもあります。",
                "sources": ["miyazaki-db-registration"],
            },
            {
                "text": (
                    "2019年12月、アメリカの FDA は、治療の前に、FDA が出した治験の番号を"
                    "たずねるよう、すすめました。"
                ),
                "sources": ["fda-medwatch-2019"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{国際幹細胞学会|こくさいかんさいぼうがっかい}(ISSCR)は、"
                    "幹細胞の治療を受ける前に聞くとよい質問のリストを出しています。"
                    "その中には、「正式な{臨床試験|りんしょうしけん}の一部か」という質問が"
                    "あります。</p>"
                ),
                "sources": ["isscr-what-to-ask"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>日本には、jRCT という国の登録サイトがあります。"
                    "{臨床研究法|りんしょうけんきゅうほう}にもとづく研究の計画を出して、"
                    "公開するしくみです。{治験|ちけん}の情報も、jRCT にのっています。"
                    "2024年4月の時点で、約1万3000件の研究が登録されていました。</p>"
                ),
                "sources": ["jrct", "mhlw-jrct-2024"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{再生医療等安全性確保法|さいせいいりょうとうあんぜんせいかくほほう}に"
                    "もとづく研究の計画も、jRCT で公開されています。それ以外の研究は、"
                    "UMIN などの、別の公開データベースにのっていることもあります。</p>"
                ),
                "sources": ["jrct-rm-plan-example", "miyazaki-db-registration"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2019年12月、アメリカの{食品医薬品局|しょくひんいやくひんきょく}(FDA)は、"
                    "治療の前に、FDA が出した治験の番号をたずねるよう、すすめました。"
                    "IND 番号という番号です。</p>"
                ),
                "sources": ["fda-medwatch-2019"],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>アメリカの臨床試験の登録サイトについて、2018年に研究者が書いた解説が"
                    "あります。それによると、サイトは、のせる情報の多くを、"
                    "申しこむ側の{自己申告|じこしんこく}にたよっています。"
                    "登録を宣伝に使うクリニックもありました。</p>"
                ),
                "sources": ["knoepfler-2018"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年7月31日、厚生労働省は、ある{事務連絡|じむれんらく}を出しました。"
                    "{培養上清液|ばいようじょうせいえき}やエクソソームを使う医療について、"
                    "医療機関に向けた知らせです。</p><p>伝えた記事によると、"
                    "医師の責任で、安全に十分気をつけるよう求めています。"
                    "治療をする医療者の団体も、この知らせについて説明しています。"
                    "責任は、治療をする医師や歯科医師にあると書かれている、という説明です。</p>"
                ),
                "sources": [
                    "mhlw-supernatant-notice-2024",
                    "doctor-gate-2024-08-02",
                    "kenkyukai-2024-09-04",
                ],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "自由診療だと説明されたときは?",
                        "answer": (
                            "<p>研究ではなく、治療として行う、という説明です。"
                            "2024年7月の厚生労働省の知らせを伝えた記事があります。"
                            "それによると、こうした医療では、医師の責任で、"
                            "安全に十分気をつけるよう求められています。</p>"
                        ),
                        "sources": ["mhlw-supernatant-notice-2024", "doctor-gate-2024-08-02"],
                    },
                    {
                        "question": "「研究」と言われたのに、番号の説明がなかったときは?",
                        "answer": (
                            "<p>登録番号と、{審査|しんさ}をした委員会の名前を聞いてみましょう。"
                            "番号があれば、jRCT などで調べることができます。</p>"
                        ),
                        "sources": ["jrct", "miyazaki-db-registration"],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "治験や臨床研究として、登録番号と倫理審査の説明があった、という答えでした。"
                "番号があれば、jRCT などで中身を調べられます。"
            ),
            "said_no": (
                "自由診療だと説明された、という答えでした。"
                "2024年7月の厚生労働省の知らせを伝えた記事によると、こうした医療では、"
                "医師の責任で安全に十分気をつけるよう求められています。"
            ),
            "not_shown": (
                "「研究」と言われたが、登録番号や倫理審査の説明はなかった、という答えでした。"
                "番号と、審査をした委員会の名前を聞いてみましょう。"
            ),
            "unknown": "治験や臨床研究として行われているかどうか、まだわかりません。",
        },
        "ask": "これは治験や臨床研究ですか。登録番号と、審査をした委員会の名前を教えてください。",
        "known": [
            {
                "text": (
                    "ISSCR は、幹細胞の治療の前に、正式な臨床試験の一部かどうかを聞くよう、"
                    "すすめています。"
                ),
                "sources": ["isscr-what-to-ask"],
            },
            {
                "text": "日本の jRCT には、治験や、臨床研究法にもとづく研究の情報がのっています。",
                "sources": ["jrct", "mhlw-jrct-2024"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "登録サイトにのっていても、中身が確かめられたとは限りません。"
                    "2018年の研究者の解説によると、アメリカの登録サイトは、"
                    "情報の多くを自己申告にたよっています。"
                ),
                "sources": ["knoepfler-2018"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "ISEV の2015年の文書は、細胞外小胞を治療に使うには、"
                    "まず国のルールの中での位置づけを決める必要があるとしています。それによって、"
                    "つくり方や品質の管理、臨床試験の決まりが決まるからです。"
                ),
                "sources": ["isev-clinical-trials-2015"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "エクソソームの治療が、治験や臨床研究として登録されているか、"
            "自由診療なのかを確かめる方法です。"
        ),
    },
    # 11. broad_claims --------------------------------------------------------------------
    {
        "key": "broad_claims",
        "slug": "broad-claims",
        "title": "たくさんの効果を言っていないか",
        "lead": (
            "一つのもので、いろいろな病気や悩みがよくなるという話には、注意が必要です。"
            "広告や説明が、何を約束しているかを見ます。"
        ),
        "points": [
            {
                "text": (
                    "2023年にエクソソームの治療をしていた669の医療機関では、目的は"
                    "アンチエイジング・美容が532、育毛が358、疲労回復が135でした。"
                ),
                "sources": ["hifuko-2024-10-25"],
            },
            {
                "text": (
                    "2024年7月の厚生労働省の知らせを伝えた記事によると、くすりのような"
                    "効き目を言う「試薬」は、自治体が取りしまる対象です。"
                ),
                "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31", "mp-legal-note-2024"],
            },
            {
                "text": (
                    "国際幹細胞学会は、幹細胞の治療について説明しています。同じ治療が、"
                    "ちがう病気に役立つことは考えにくい、という説明です。"
                ),
                "sources": ["isscr-nine-things"],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{国際幹細胞学会|こくさいかんさいぼうがっかい}(ISSCR)の説明によると、"
                    "幹細胞の治療では、同じ治療が、ちがう種類の病気に役立つことは"
                    "考えにくいとされています。病気のしくみと、"
                    "治療のしくみが合っていることが大切です。</p>"
                ),
                "sources": ["isscr-nine-things"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>2024年7月、厚生労働省は{事務連絡|じむれんらく}を出しました。"
                    "伝えた記事によると、「{試薬|しやく}」として売られる製品について、"
                    "{自治体|じちたい}に取りしまりを求めています。</p>"
                    "<p>くすりとまちがえさせるものや、くすりのような効き目を言ったり、"
                    "ほのめかしたりするものが対象です。"
                    "{無承認無許可医薬品|むしょうにんむきょかいやくひん}としてあつかいます。</p>"
                ),
                "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31", "mp-legal-note-2024"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>アメリカの{食品医薬品局|しょくひんいやくひんきょく}(FDA)は、"
                    "2021年6月のページで、再生医療の製品について説明しています。"
                    "ひざなどの骨や関節の病気、アルツハイマー病、{慢性|まんせい}の痛みや"
                    "つかれなどについて、承認されたものはない、という内容です。</p>"
                ),
                "sources": ["fda-patient-info-2021"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>京都大学のグループの論文を伝えた2024年10月の報道によると、"
                    "2023年に日本でエクソソームの治療をしていた医療機関は669でした。"
                    "目的は、アンチエイジング・美容が532、育毛が358、疲労回復が135でした。</p>"
                ),
                "sources": ["hifuko-2024-10-25"],
            },
            {
                "type": "figure",
                "title": "エクソソームの治療をしていた医療機関の目的(2023年)",
                "unit": "施設",
                "bars": [
                    {
                        "label": "アンチエイジング・美容",
                        "value": 532,
                    },
                    {
                        "label": "育毛",
                        "value": 358,
                    },
                    {
                        "label": "疲労回復",
                        "value": 135,
                    },
                ],
                "source": "hifuko-2024-10-25",
                "caption": (
                    "2023年の669の医療機関を調べた京都大学のグループの論文を伝えた、"
                    "2024年10月の報道から。一つの医療機関が、"
                    "いくつもの目的をあげていることがあります。"
                ),
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "たくさんの効果を言っていたときは?",
                        "answer": (
                            "<p>目的をしぼった説明は、示されていません。何について、"
                            "どの研究で確かめたのかを聞いてみましょう。</p>"
                        ),
                        "sources": ["isscr-nine-things"],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "一つの目的にしぼって説明されている、という答えでした。"
                "その目的について、どの研究で確かめたかも聞いてみましょう。"
            ),
            "not_shown": (
                "一つの製品で、たくさんのちがう病気や悩みによいと言っている、という答えでした。"
                "目的をしぼった説明は示されていません。"
            ),
            "unknown": "広告や説明が、いくつの効果を言っているか、まだわかりません。",
        },
        "ask": "この製品の効果は、どの目的について、どの研究で確かめられていますか。",
        "known": [
            {
                "text": (
                    "2024年7月の厚生労働省の事務連絡を伝えた記事があります。それによると、"
                    "くすりのような効き目を言う「試薬」などは、無承認無許可医薬品として"
                    "あつかわれます。"
                ),
                "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31", "mp-legal-note-2024"],
            },
            {
                "text": (
                    "2023年に日本でエクソソームの治療をしていた医療機関の目的で多かったのは、"
                    "アンチエイジング・美容でした。"
                ),
                "sources": ["hifuko-2024-10-25"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "2024年12月の研究班の中間報告は、細胞外小胞の人での効き目と安全性の証拠は、"
                    "まだ少ないとしています。"
                ),
                "sources": ["mhlw-rm-committee-101"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "2024年の京都大学のグループの論文は、エクソソームを使う治療について、"
                    "はっきりしたわかりやすいルールが急いで必要だとうったえています。"
                ),
                "sources": ["fujita-2024"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "一つのエクソソーム製品が、たくさんの病気や悩みによいと言っていないかを確かめる方法で"
            "す。"
        ),
    },
    # 12. consent_and_risks ---------------------------------------------------------------
    {
        "key": "consent_and_risks",
        "slug": "consent-and-risks",
        "title": "書面の説明と考える時間があったか",
        "lead": (
            "治療の前には、リスクや費用などの説明を受けて、落ち着いて考えることが大切です。"
            "書面での説明と、考える時間があったかを見ます。"
        ),
        "points": [
            {
                "text": (
                    "消費者庁は、美容医療を受ける前に、効果や副作用、ほかの方法、費用などを"
                    "十分に理解するよう、よびかけています。"
                ),
                "sources": ["caa-biyou-check"],
            },
            {
                "text": (
                    "消費者庁は、「今すぐ」受ける必要があるのかを考えることも、よびかけています。"
                ),
                "sources": ["caa-biyou-check"],
            },
            {
                "text": (
                    "未承認のくすりを使う治療は、国の医薬品副作用被害救済制度の対象になりません。"
                ),
                "sources": [
                    "iryo-koukoku-guideline-2024",
                    "hifuko-2024-03-28",
                    "iryo-koukoku-jirei-v4",
                ],
            },
        ],
        "body": [
            {
                "type": "heading",
                "text": "どういうことでしょう",
                "level": "h2",
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{消費者庁|しょうひしゃちょう}は、美容医療を受ける前に、"
                    "次のことを十分に理解しているか確かめるよう、よびかけています。</p><ul><li>"
                    "効果と、{副作用|ふくさよう}などのリスク</li><li>ほかの方法</li><li>"
                    "費用と回数</li><li>{解約|かいやく}の条件</li></ul>"
                ),
                "sources": ["caa-biyou-check"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>消費者庁は、「今すぐ」受ける必要があるのかを考えることも、"
                    "よびかけています。その日のうちに決めるようせかされたり、"
                    "「今日決めれば安くなる」と言われたりすることがあるからです。</p>"
                ),
                "sources": ["caa-biyou-check"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{国際幹細胞学会|こくさいかんさいぼうがっかい}(ISSCR)は、"
                    "幹細胞の治療について、十分な説明を受ける権利があるとしています。"
                    "{臨床試験|りんしょうしけん}に参加するときは、説明の文書と、"
                    "{同意|どうい}のための文書を受け取るべきだとしています。</p>"
                ),
                "sources": ["isscr-what-to-ask"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{DISCERN|ディスカーン}は、治療についての健康情報の質をはかる道具です。"
                    "よい情報の条件として、リスクや、治療しない場合のこと、"
                    "ほかの選択肢を説明しているかをあげています。"
                    "いっしょに決めることへの支えも、条件の一つです。</p>"
                ),
                "sources": ["discern"],
            },
            {
                "type": "paragraph",
                "text": (
                    "<p>{未承認|みしょうにん}のくすりを使う治療は、"
                    "{医薬品副作用被害救済制度|いやくひんふくさようひがいきゅうさいせいど}の対象に"
                    "なりません。2024年3月の医療広告ガイドラインは、"
                    "このことを広告に書くよう求めています。</p>"
                ),
                "sources": [
                    "iryo-koukoku-guideline-2024",
                    "hifuko-2024-03-28",
                    "iryo-koukoku-jirei-v4",
                ],
            },
            {
                "type": "callout",
                "kind": "note",
                "text": (
                    "<p>消費者庁は、困ったときの相談先をあげています。</p><ul><li>"
                    "医療についての心配:"
                    "{医療安全支援センター|いりょうあんぜんしえんせんたー}</li>"
                    "<li>{契約|けいやく}のトラブル:消費者ホットライン "
                    '<a href="tel:188">188</a></li><li>'
                    "医療の広告:その地域の{自治体|じちたい}</li></ul>"
                ),
                "sources": ["caa-biyou-check"],
            },
            {
                "type": "heading",
                "text": "答えの意味",
                "level": "h2",
            },
            {
                "type": "faq",
                "items": [
                    {
                        "question": "その日のうちに決めるよう、せかされたときは?",
                        "answer": (
                            "<p>考える時間が、示されていないということです。消費者庁は、"
                            "「今すぐ」必要かを考えるよう、よびかけています。</p>"
                        ),
                        "sources": ["caa-biyou-check"],
                    },
                    {
                        "question": "説明が一部だけだったときは?",
                        "answer": "<p>足りない説明を、書面でもらえるか聞いてみましょう。</p>",
                        "sources": [],
                    },
                    {
                        "question": "受けないことも、選べますか?",
                        "answer": (
                            "<p>はい。受けるかどうかは、あなたが決めることです。"
                            "DISCERN も、よい情報の条件として、ほかの選択肢や、"
                            "治療しない場合のことを説明しているかをあげています。</p>"
                            '<p>くわしくは、「<a href="/learn/before-you-decide/">'
                            "受けるか決める前に</a>」のページを見てください。</p>"
                        ),
                        "sources": ["discern", "caa-biyou-check"],
                    },
                ],
            },
        ],
        "results": {
            "shown": (
                "5つのことが、どれも書面で説明された、という答えでした。リスク、ほかの方法、"
                "費用、困ったときの連絡先、国の救済制度の対象外であることです。"
                "その日のうちに決めるよう、せかされなかった、という答えでもありました。"
            ),
            "partial": (
                "書面で説明されたことが一部だけか、せかされたかどうかがわからない、"
                "という答えでした。足りないところは、クリニックに聞いてみましょう。"
            ),
            "not_shown": (
                "書面での説明がなかった、またはその日のうちに決めるようせかされた、"
                "という答えでした。消費者庁は、説明を十分に理解し、"
                "「今すぐ」必要かを考えるよう、よびかけています。"
            ),
            "unknown": "書面で説明されたかどうか、まだわかりません。",
        },
        "ask": "説明の書類をもらえますか。家で考えてから決めてもいいですか。",
        "known": [
            {
                "text": (
                    "消費者庁は、美容医療を受ける前に、効果、副作用、ほかの方法、費用、"
                    "解約の条件を、十分に理解するよう、よびかけています。"
                ),
                "sources": ["caa-biyou-check"],
            },
            {
                "text": (
                    "ISSCR は、幹細胞の治療について、十分な説明を受ける権利があるとしています。"
                ),
                "sources": ["isscr-what-to-ask"],
            },
        ],
        "not_known": [
            {
                "text": (
                    "治療のあとに起きた問題が、日本でどのくらいあるかは、わかっていません。"
                    "2024年に論文を出した京都大学の研究者は、"
                    "正しく集めて調べる国のしくみがないと述べています。"
                ),
                "sources": ["fujita-2024"],
            },
        ],
        "challenges": [
            {
                "text": (
                    "全国の消費生活センターなどに寄せられた美容医療サービスの相談は、"
                    "2020年度の2,209件から、2022年度の3,701件にふえました。"
                    "国民生活センターのまとめです。"
                ),
                "sources": ["kokusen-biyou"],
            },
        ],
        "last_reviewed": "2026-11-30",
        "next_review_due": "2027-05-30",
        "changelog": [
            {
                "date": "2026-11-28",
                "text": "公開しました。",
            },
            {
                "date": "2026-11-30",
                "text": CHANGELOG_2026_11_30,
            },
        ],
        "search_description": (
            "エクソソームの治療の前に、リスクや費用の書面での説明と、"
            "考える時間があったかを確かめる方法です。"
        ),
    },
]
