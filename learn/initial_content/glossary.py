"""Glossary terms for the explainer site, in plain Japanese (やさしい日本語).

Pure data for `load_initial_content`. Each definition stays within what research/domain.md
supports; `page` is the slug of the page in pages.py that explains the word ("" if none).
"""

from __future__ import annotations

TERMS = [
    # --- The things themselves ---------------------------------------------------------------
    {
        "term": "細胞外小胞",
        "reading": "さいぼうがいしょうほう",
        "definition": "細胞から外に出される、とても小さなふくろです。まわりは脂質(ししつ)の膜で"
        "できていて、自分ではふえません。英語では EV(イーブイ)といいます。",
        "page": "what-are-exosomes",
    },
    {
        "term": "エクソソーム",
        "reading": "えくそそーむ",
        "definition": "細胞外小胞の名前の一つです。研究者の学会は、まとめて「細胞外小胞」と"
        "よぶことをすすめています。広告では、細胞を育てた液や、その中の粒子を、広くこの名前で"
        "よんでいることがあります。",
        "page": "what-are-exosomes",
    },
    {
        "term": "脂質",
        "reading": "ししつ",
        "definition": "油のなかまの物質です。細胞外小胞のまわりの膜は、脂質でできています。",
        "page": "what-are-exosomes",
    },
    {
        "term": "培養上清液",
        "reading": "ばいようじょうせいえき",
        "definition": "細胞を育てた(培養した)あとの液です。細胞外小胞のほかに、いろいろなものが"
        "まじっています。",
        "page": "what-are-exosomes",
    },
    {
        "term": "粒子",
        "reading": "りゅうし",
        "definition": "とても小さなつぶのことです。細胞外小胞も、たんぱく質のかたまりも、"
        "粒子です。",
        "page": "particle-count",
    },
    {
        "term": "NTA",
        "reading": "えぬてぃーえー",
        "definition": "液の中の小さな粒子を数える方法の一つです。同じくらいの大きさの粒子が、"
        "細胞外小胞かどうかは見分けられません。",
        "page": "particle-count",
    },
    {
        "term": "不純物",
        "reading": "ふじゅんぶつ",
        "definition": "製品の中にまじっている、目的のもの以外のものです。まじりものともいいます。",
        "page": "markers",
    },
    # --- Markers --------------------------------------------------------------------------------
    {
        "term": "マーカー",
        "reading": "まーかー",
        "definition": "目印(めじるし)のことです。細胞外小胞を調べるときは、目印になる"
        "たんぱく質を調べます。",
        "page": "markers",
    },
    {
        "term": "CD9",
        "reading": "しーでぃーないん",
        "definition": "細胞外小胞の膜によくある、目印のたんぱく質の一つです。",
        "page": "markers",
    },
    {
        "term": "CD63",
        "reading": "しーでぃーろくじゅうさん",
        "definition": "細胞外小胞の膜によくある、目印のたんぱく質の一つです。",
        "page": "markers",
    },
    {
        "term": "CD81",
        "reading": "しーでぃーはちじゅういち",
        "definition": "細胞外小胞の膜によくある、目印のたんぱく質の一つです。",
        "page": "markers",
    },
    {
        "term": "TSG101",
        "reading": "てぃーえすじーひゃくいち",
        "definition": "細胞外小胞の中にある、目印のたんぱく質の一つです。",
        "page": "markers",
    },
    {
        "term": "ALIX",
        "reading": "ありっくす",
        "definition": "細胞外小胞の中にある、目印のたんぱく質の一つです。",
        "page": "markers",
    },
    {
        "term": "試験成績書",
        "reading": "しけんせいせきしょ",
        "definition": "製品を検査した結果を書いた書類です。英語の略(りゃく)で CoA ともいいます。",
        "page": "markers",
    },
    {
        "term": "ロット",
        "reading": "ろっと",
        "definition": "同じときに、同じ方法でつくった製品のまとまりです。ロットごとに番号が"
        "つきます。",
        "page": "",
    },
    {
        "term": "エンドトキシン",
        "reading": "えんどときしん",
        "definition": "菌がもつ毒のことです。",
        "page": "",
    },
    {
        "term": "MISEV",
        "reading": "えむあいえすいーぶい",
        "definition": "細胞外小胞の研究で、最低限(さいていげん)示す情報をまとめた、ISEV の"
        "ルールです。2014年、2018年、2023年の版があります。",
        "page": "markers",
    },
    {
        "term": "ISEV",
        "reading": "あいえすいーぶい",
        "definition": "国際細胞外小胞学会です。細胞外小胞を研究する、世界の研究者や医師の"
        "学会です。",
        "page": "history",
    },
    {
        "term": "網状赤血球",
        "reading": "もうじょうせっけっきゅう",
        "definition": "育って赤血球になる、若い細胞です。エクソソームの最初のころの研究で"
        "調べられました。",
        "page": "history",
    },
    # --- Rules in Japan -------------------------------------------------------------------------
    {
        "term": "承認",
        "reading": "しょうにん",
        "definition": "国が、くすりの効き目と安全性を調べて、くすりとして認めることです。",
        "page": "japan-rules",
    },
    {
        "term": "未承認",
        "reading": "みしょうにん",
        "definition": "国の承認を受けていないことです。",
        "page": "japan-rules",
    },
    {
        "term": "試薬",
        "reading": "しやく",
        "definition": "実験や検査に使うためのものです。病気を治すためのものとして、国は"
        "調べていません。",
        "page": "japan-rules",
    },
    {
        "term": "自由診療",
        "reading": "じゆうしんりょう",
        "definition": "健康保険を使わない診療です。費用は、全部、自分ではらいます。",
        "page": "japan-rules",
    },
    {
        "term": "事務連絡",
        "reading": "じむれんらく",
        "definition": "国の役所が、自治体などに出す知らせの一つです。",
        "page": "japan-rules",
    },
    {
        "term": "厚生労働省",
        "reading": "こうせいろうどうしょう",
        "definition": "日本の、医療やくすりのルールを受けもつ国の役所です。",
        "page": "japan-rules",
    },
    {
        "term": "薬機法",
        "reading": "やっきほう",
        "definition": "くすりなどについての法律です。くすりの承認や、広告のルールなどを"
        "決めています。",
        "page": "japan-rules",
    },
    {
        "term": "無承認無許可医薬品",
        "reading": "むしょうにんむきょかいやくひん",
        "definition": "国の承認や許可がないのに、くすりとまちがえさせたり、くすりのような"
        "効き目を言ったりするものです。取り締まりの対象になります。",
        "page": "japan-rules",
    },
    {
        "term": "再生医療等安全性確保法",
        "reading": "さいせいいりょうとうあんぜんせいかくほほう",
        "definition": "細胞を使う再生医療などについての法律です。2014年11月に始まりました。"
        "2024年の報道によると、細胞外小胞は細胞ではないので、この法律の対象外(たいしょうがい)"
        "です。",
        "page": "japan-rules",
    },
    {
        "term": "医療広告ガイドライン",
        "reading": "いりょうこうこくがいどらいん",
        "definition": "医療機関の広告のルールをまとめた、厚生労働省の指針(ししん)です。"
        "2024年3月に改正されました。",
        "page": "japan-rules",
    },
    {
        "term": "医薬品副作用被害救済制度",
        "reading": "いやくひんふくさようひがいきゅうさいせいど",
        "definition": "くすりの副作用で、健康の被害を受けた人を助ける国の制度です。"
        "未承認のくすりを使う自由診療は、この制度の対象になりません。",
        "page": "help",
    },
    # --- Research and trials --------------------------------------------------------------------
    {
        "term": "臨床試験",
        "reading": "りんしょうしけん",
        "definition": "人に協力してもらって、治療の効き目や安全性を調べる研究です。",
        "page": "overseas",
    },
    {
        "term": "治験",
        "reading": "ちけん",
        "definition": "くすりの承認を目ざして行う臨床試験です。",
        "page": "overseas",
    },
    {
        "term": "臨床研究",
        "reading": "りんしょうけんきゅう",
        "definition": "人に協力してもらって、病気や治療について調べる研究です。日本では、"
        "jRCT という国のサイトに登録されます。",
        "page": "overseas",
    },
    {
        "term": "jRCT",
        "reading": "じぇいあーるしーてぃー",
        "definition": "日本の臨床研究を登録して公開する、国のサイトです。登録されていることは、"
        "効き目が確かめられたという意味ではありません。",
        "page": "overseas",
    },
    {
        "term": "FDA",
        "reading": "えふでぃーえー",
        "definition": "アメリカ食品医薬品局です。アメリカで、くすりなどを審査する国の機関です。"
        "日本の相談窓口ではありません。",
        "page": "overseas",
    },
    {
        "term": "感染症",
        "reading": "かんせんしょう",
        "definition": "菌やウイルスなどが体に入って起きる病気です。",
        "page": "",
    },
    {
        "term": "敗血症",
        "reading": "はいけつしょう",
        "definition": "重い感染症の一つです。アメリカでは、エクソソームとして売られた製品を"
        "使ったあとに、敗血症になった人がいました。",
        "page": "overseas",
    },
    # --- Help and information quality ---------------------------------------------------------
    {
        "term": "医療安全支援センター",
        "reading": "いりょうあんぜんしえんせんたー",
        "definition": "医療についての心配を相談できる窓口です。消費者庁が、美容医療の"
        "相談先として案内しています。",
        "page": "help",
    },
    {
        "term": "消費者ホットライン",
        "reading": "しょうひしゃほっとらいん",
        "definition": "契約(けいやく)などのトラブルを相談できる窓口です。電話番号は 188 です。",
        "page": "help",
    },
    {
        "term": "DISCERN",
        "reading": "でぃすかーん",
        "definition": "治療についての健康情報の質を判断するための道具です。15の質問と、"
        "全体の評価でできています。",
        "page": "about",
    },
    {
        "term": "やさしい日本語",
        "reading": "やさしいにほんご",
        "definition": "短い文で、むずかしい言葉をさけて書く、わかりやすい日本語です。",
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
        "definition": "幹細胞を育てたあとの液です。細胞外小胞のほかに、いろいろなものが"
        "まじっています。2024年の厚生労働省の知らせでは、くすりとして承認されていません。",
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
