"""Glossary terms for the explainer site, in plain Japanese (やさしい日本語).

Pure data for `load_initial_content`. Each definition cites its `sources` (keys of sources.py)
and says no more than they support; `page` is the slug of the page in pages.py that explains the
word ("" if none). Readings inside a definition use the ruby markup {漢字|かんじ}.
"""

from __future__ import annotations

TERMS = [
    {
        "term": "細胞外小胞",
        "reading": "さいぼうがいしょうほう",
        "definition": "細胞から外に出される、とても小さなふくろです。"
        "まわりは脂質の膜でできていて、自分ではふえません。英語の略で EV "
        "ともいいます。",
        "sources": [
            "misev2023",
            "ev-or-exosomes-2019",
        ],
        "page": "what-are-exosomes",
    },
    {
        "term": "エクソソーム",
        "reading": "えくそそーむ",
        "definition": "細胞外小胞の名前の一つです。研究者の学会 ISEV は、まとめて「細胞外小胞」"
        "とよぶことをすすめています。広告では、細胞を育てた液や、その中の粒子を、"
        "この名前でよんでいることがあります。",
        "sources": [
            "misev2018",
            "ev-or-exosomes-2019",
            "mhlw-reagent-notice-2024",
            "yakuji-2024-07-31",
        ],
        "page": "what-are-exosomes",
    },
    {
        "term": "脂質",
        "reading": "ししつ",
        "definition": "油のなかまの物質です。細胞外小胞のまわりの膜は、脂質でできています。",
        "sources": [
            "misev2023",
        ],
        "page": "what-are-exosomes",
    },
    {
        "term": "培養上清液",
        "reading": "ばいようじょうせいえき",
        "definition": "細胞を育てたあとの液です。細胞を育てることを{培養|ばいよう}といいます。"
        "細胞外小胞をふくむことがあります。",
        "sources": [
            "isev-patient-notice-2020",
        ],
        "page": "what-are-exosomes",
    },
    {
        "term": "粒子",
        "reading": "りゅうし",
        "definition": "とても小さなつぶのことです。細胞外小胞も、膜のない小さなつぶも、"
        "たんぱく質のかたまりも、粒子です。",
        "sources": [
            "misev2023",
            "biothera-nta",
        ],
        "page": "particle-count",
    },
    {
        "term": "NTA",
        "reading": "えぬてぃーえー",
        "definition": "液の中の小さな粒子を、1つずつはかって数える方法の一つです。MISEV2018 "
        "をまとめた表によると、細胞外小胞だけを数えられる方法はありません。",
        "sources": [
            "misev2018-review-fendo-2022",
            "misev2018-review-table",
        ],
        "page": "particle-count",
    },
    {
        "term": "不純物",
        "reading": "ふじゅんぶつ",
        "definition": "製品の中にまじっている、目的のもの以外のものです。まじりものともいいます。",
        "sources": [
            "isev-patient-notice-2020",
        ],
        "page": "markers",
    },
    {
        "term": "マーカー",
        "reading": "まーかー",
        "definition": "{目印|めじるし}のことです。細胞外小胞を調べるときは、"
        "目印になるたんぱく質を調べます。",
        "sources": [
            "misev2018-review-fendo-2022",
        ],
        "page": "markers",
    },
    {
        "term": "CD9",
        "reading": "しーでぃーないん",
        "definition": "細胞外小胞の膜にある、目印のたんぱく質の一つです。",
        "sources": [
            "misev2018-review-fendo-2022",
        ],
        "page": "markers",
    },
    {
        "term": "CD63",
        "reading": "しーでぃーろくじゅうさん",
        "definition": "細胞外小胞の膜にある、目印のたんぱく質の一つです。",
        "sources": [
            "misev2018-review-fendo-2022",
        ],
        "page": "markers",
    },
    {
        "term": "CD81",
        "reading": "しーでぃーはちじゅういち",
        "definition": "細胞外小胞の膜にある、目印のたんぱく質の一つです。",
        "sources": [
            "misev2018-review-fendo-2022",
        ],
        "page": "markers",
    },
    {
        "term": "TSG101",
        "reading": "てぃーえすじーひゃくいち",
        "definition": "細胞外小胞の中にある、目印のたんぱく質の一つです。",
        "sources": [
            "misev2018-review-fendo-2022",
        ],
        "page": "markers",
    },
    {
        "term": "ALIX",
        "reading": "ありっくす",
        "definition": "細胞外小胞の中にある、目印のたんぱく質の一つです。",
        "sources": [
            "biothera-markers",
        ],
        "page": "markers",
    },
    {
        "term": "試験成績書",
        "reading": "しけんせいせきしょ",
        "definition": "製品を検査した結果を書いた書類です。英語の略で CoA ともいいます。",
        "sources": [
            "ev-release-criteria-2025",
            "nihs-sterility-endotoxin",
        ],
        "page": "markers",
    },
    {
        "term": "ロット",
        "reading": "ろっと",
        "definition": "同じときに、同じ方法でつくった製品のまとまりです。"
        "ロットごとに番号がつきます。",
        "sources": [
            "ev-release-criteria-2025",
        ],
        "page": "",
    },
    {
        "term": "エンドトキシン",
        "reading": "えんどときしん",
        "definition": "菌がもつ毒の一つです。血液に入ると熱が出て、重いときは命にかかわります。"
        "そのため、注射のくすりでは、その量を調べます。",
        "sources": [
            "nihs-sterility-endotoxin",
        ],
        "page": "",
    },
    {
        "term": "MISEV",
        "reading": "えむあいえすいーぶい",
        "definition": "細胞外小胞の研究者が論文を書くときに、最低限示す情報をまとめた ISEV "
        "の目安です。製品が守るルールではありません。2014年と2018年の版と、"
        "2024年に出た MISEV2023 があります。",
        "sources": [
            "misev2014",
            "misev2018",
            "misev2023",
        ],
        "page": "markers",
    },
    {
        "term": "ISEV",
        "reading": "あいえすいーぶい",
        "definition": "国際細胞外小胞学会です。細胞外小胞を研究する、"
        "世界の研究者や医師の学会です。",
        "sources": [
            "isev-patient-notice-2020",
            "isev-history",
        ],
        "page": "history",
    },
    {
        "term": "網状赤血球",
        "reading": "もうじょうせっけっきゅう",
        "definition": "育って赤血球になる、若い細胞です。"
        "エクソソームの最初のころの研究で調べられました。",
        "sources": [
            "pan-johnstone-1983",
            "johnstone-1987",
        ],
        "page": "history",
    },
    {
        "term": "承認",
        "reading": "しょうにん",
        "definition": "国が、くすりの効き目と安全性を調べて、くすりとして認めることです。",
        "sources": [
            "mhlw-reagent-notice-2024",
            "yakuji-2024-07-31",
        ],
        "page": "japan-rules",
    },
    {
        "term": "未承認",
        "reading": "みしょうにん",
        "definition": "国の承認を受けていないことです。",
        "sources": [
            "mhlw-reagent-notice-2024",
            "iryo-koukoku-guideline-2024",
        ],
        "page": "japan-rules",
    },
    {
        "term": "試薬",
        "reading": "しやく",
        "definition": "実験や検査に使うためのものです。病気を治すためのものとしては、"
        "国は品質や効き目、安全性を確かめていません。",
        "sources": [
            "mhlw-reagent-notice-2024",
            "yakuji-2024-07-31",
        ],
        "page": "japan-rules",
    },
    {
        "term": "自由診療",
        "reading": "じゆうしんりょう",
        "definition": "健康保険を使わない診療です。費用は、全部、自分ではらいます。",
        "sources": [
            "iryo-koukoku-guideline-2024",
            "caa-biyou-check",
        ],
        "page": "japan-rules",
    },
    {
        "term": "事務連絡",
        "reading": "じむれんらく",
        "definition": "国の役所が、都道府県などに出す知らせの一つです。",
        "sources": [
            "yakuji-2024-07-31",
        ],
        "page": "japan-rules",
    },
    {
        "term": "厚生労働省",
        "reading": "こうせいろうどうしょう",
        "definition": "日本の、医療やくすりのルールを受けもつ国の役所です。",
        "sources": [
            "mhlw-rm-plan",
            "mhlw-reagent-notice-2024",
        ],
        "page": "japan-rules",
    },
    {
        "term": "薬機法",
        "reading": "やっきほう",
        "definition": "くすりなどについての法律です。くすりの承認や、"
        "広告のルールなどを決めています。",
        "sources": [
            "mhlw-reagent-notice-2024",
            "yakuji-2024-07-31",
        ],
        "page": "japan-rules",
    },
    {
        "term": "無承認無許可医薬品",
        "reading": "むしょうにんむきょかいやくひん",
        "definition": "国の承認や許可がないのに、くすりとしてあつかわれるものです。"
        "2024年7月の厚生労働省の知らせは、"
        "くすりのような効き目を言う「エクソソーム試薬」などを、"
        "これとしてあつかうよう求めました。",
        "sources": [
            "mhlw-reagent-notice-2024",
            "yakuji-2024-07-31",
        ],
        "page": "japan-rules",
    },
    {
        "term": "再生医療等安全性確保法",
        "reading": "さいせいいりょうとうあんぜんせいかくほほう",
        "definition": "細胞を使う再生医療などについての法律です。2014年11月に始まりました。"
        "2024年の報道によると、細胞外小胞は細胞ではないので、"
        "この法律の対象ではありません。",
        "sources": [
            "mhlw-rm-plan",
            "kyodo-2024-04-30",
            "jsrm-exosome-statement-2021",
        ],
        "page": "japan-rules",
    },
    {
        "term": "医療広告ガイドライン",
        "reading": "いりょうこうこくがいどらいん",
        "definition": "医療機関の広告のルールをまとめた、厚生労働省の{指針|ししん}です。"
        "2024年3月に改正されました。",
        "sources": [
            "iryo-koukoku-guideline-2024",
            "hifuko-2024-03-28",
        ],
        "page": "japan-rules",
    },
    {
        "term": "医薬品副作用被害救済制度",
        "reading": "いやくひんふくさようひがいきゅうさいせいど",
        "definition": "くすりの副作用で健康の被害を受けた人を、助ける国の制度です。"
        "未承認のくすりを使う自由診療は、この制度の対象になりません。",
        "sources": [
            "iryo-koukoku-guideline-2024",
            "hifuko-2024-03-28",
        ],
        "page": "help",
    },
    {
        "term": "臨床試験",
        "reading": "りんしょうしけん",
        "definition": "人に協力してもらって、治療の効き目や安全性を調べる研究です。",
        "sources": [
            "isev-clinical-trials-2015",
            "isscr-what-to-ask",
        ],
        "page": "overseas",
    },
    {
        "term": "治験",
        "reading": "ちけん",
        "definition": "くすりの承認を目ざして行う臨床試験です。治験を進めてよいと認められても、"
        "くすりとして承認されたわけではありません。",
        "sources": [
            "direct-biologics-2022",
            "mhlw-jrct-2024",
        ],
        "page": "overseas",
    },
    {
        "term": "臨床研究",
        "reading": "りんしょうけんきゅう",
        "definition": "人に協力してもらって、病気や治療について調べる研究です。治験や、"
        "法律にもとづく研究は、jRCT にのっています。それ以外の研究は、UMIN "
        "などの別のサイトにのっていることもあります。",
        "sources": [
            "mhlw-jrct-2024",
            "jrct",
            "jrct-scope-umin",
        ],
        "page": "overseas",
    },
    {
        "term": "jRCT",
        "reading": "じぇいあーるしーてぃー",
        "definition": "臨床研究法にもとづく研究や治験の、"
        "計画や結果のあらましを公開する国のサイトです。のっていることは、"
        "国が効き目を認めたという意味ではありません。",
        "sources": [
            "mhlw-jrct-2024",
            "jrct",
        ],
        "page": "overseas",
    },
    {
        "term": "FDA",
        "reading": "えふでぃーえー",
        "definition": "アメリカ食品医薬品局です。アメリカで、"
        "くすりなどを売る前に審査する国の機関です。日本の相談窓口ではありません。",
        "sources": [
            "fda-exosome-notice-2019",
        ],
        "page": "overseas",
    },
    {
        "term": "感染症",
        "reading": "かんせんしょう",
        "definition": "菌やウイルスなどが体に入って起きる病気です。",
        "sources": [
            "health-canada-2019",
            "eohu-exosomes",
        ],
        "page": "",
    },
    {
        "term": "敗血症",
        "reading": "はいけつしょう",
        "definition": "重い感染症の一つです。2019年、アメリカでは、"
        "エクソソームをふくむとして売られた製品を使ったあとに、"
        "敗血症になった人がいたと報道されました。",
        "sources": [
            "healio-nebraska-2019",
            "fda-exosome-notice-2019",
        ],
        "page": "overseas",
    },
    {
        "term": "医療安全支援センター",
        "reading": "いりょうあんぜんしえんせんたー",
        "definition": "受けた医療についての心配や苦情を聞いて、解決を手伝う窓口です。"
        "都道府県や保健所にあります。診断や治療がよかったかどうかは、判断しません。",
        "sources": [
            "fukushima-iryo-anzen",
            "caa-biyou-check",
        ],
        "page": "help",
    },
    {
        "term": "消費者ホットライン",
        "reading": "しょうひしゃほっとらいん",
        "definition": "近くの消費生活センターなどを案内する、全国共通の電話番号 188 です。"
        "契約などのトラブルを相談できます。",
        "sources": [
            "gov-online-188",
            "caa-biyou-check",
        ],
        "page": "help",
    },
    {
        "term": "DISCERN",
        "reading": "でぃすかーん",
        "definition": "治療の選び方についての健康情報の質を、はかるための道具です。15の質問と、"
        "全体の評価1つでできています。",
        "sources": [
            "discern",
        ],
        "page": "about",
    },
    {
        "term": "やさしい日本語",
        "reading": "やさしいにほんご",
        "definition": "短い文で、むずかしい言葉をさけて書く、わかりやすい日本語です。",
        "sources": [
            "yasashii-nihongo-guideline",
        ],
        "page": "about",
    },
    # --- Words from advertisements and from patients' questions ------------------------------
    {
        "term": "点滴",
        "reading": "てんてき",
        "definition": "液を、針と細い管で、血管に少しずつ入れる方法です。2023年、ある学会は、"
        "培養上清液やエクソソームを点滴で入れる使い方は、確立していないと知らせました。",
        "page": "before-you-decide",
        "sources": ["koukareigaku-notice-2023"],
    },
    {
        "term": "注射",
        "reading": "ちゅうしゃ",
        "definition": "針で、くすりなどを体の中に入れることです。アメリカでは、関節などに"
        "注射された「エクソソーム」の製品で、重い害が報告されました。",
        "page": "before-you-decide",
        "sources": ["healio-nebraska-2019", "fda-exosome-notice-2019"],
    },
    {
        "term": "幹細胞",
        "reading": "かんさいぼう",
        "definition": "体の細胞のもとになる細胞です。国際幹細胞学会は、幹細胞にはいくつも"
        "種類があり、種類によって役割がちがうとしています。",
        "page": "",
        "sources": ["isscr-nine-things"],
    },
    {
        "term": "幹細胞培養上清液",
        "reading": "かんさいぼうばいようじょうせいえき",
        "definition": "幹細胞を育てたあとの液です。2024年12月、厚生労働省の会議に出された"
        "研究班の中間報告は、この液と細胞外小胞は分けにくいとしています。2024年7月の厚生労働省の"
        "知らせは、こうした製品がくすりとして承認されていないとしています。",
        "page": "what-are-exosomes",
        "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31", "mhlw-rm-committee-101"],
    },
    {
        "term": "副作用",
        "reading": "ふくさよう",
        "definition": "くすりや治療で起きる、望まない体への作用です。消費者庁は、美容医療を"
        "受ける前に、副作用についての医師の説明を理解するよう、すすめています。",
        "page": "risks",
        "sources": ["caa-biyou-check"],
    },
    {
        "term": "再生医療",
        "reading": "さいせいいりょう",
        "definition": "細胞を育てたり加工したりしたものを使う医療などです。日本では、"
        "法律のルールがあります。エクソソームは細胞ではないので、この法律の対象外とされています。",
        "page": "japan-rules",
        "sources": ["mhlw-rm-plan", "kyodo-2024-04-30"],
    },
    {
        "term": "美容医療",
        "reading": "びよういりょう",
        "definition": "見た目をととのえるための医療です。国民生活センターには、美容医療"
        "サービスの相談が、2022年度に3,701件寄せられました。",
        "page": "help",
        "sources": ["kokusen-biyou"],
    },
    {
        "term": "細胞加工物",
        "reading": "さいぼうかこうぶつ",
        "definition": "人や動物の細胞を、育てたり加工したりしたものです。"
        "再生医療等安全性確保法で使われる言葉です。",
        "page": "japan-rules",
        "sources": ["mhlw-rm-plan"],
    },
    {
        "term": "育毛",
        "reading": "いくもう",
        "definition": "髪をふやしたり、育てたりすることです。2023年には、358の医療機関が、"
        "エクソソームの治療の目的に育毛をあげていました。",
        "page": "before-you-decide",
        "sources": ["hifuko-2024-10-25"],
    },
    {
        "term": "アンチエイジング",
        "reading": "あんちえいじんぐ",
        "definition": "年をとることによる体の変化を、おさえようとすることです。2023年には、"
        "532の医療機関が、エクソソームの治療の目的にアンチエイジング・美容をあげていました。",
        "page": "before-you-decide",
        "sources": ["hifuko-2024-10-25"],
    },
]
