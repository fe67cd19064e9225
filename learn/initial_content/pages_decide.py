"""Pages for a reader who is deciding: 「受けるか決める前に」 and 「報告されている害とリスク」,
plus the sources only they cite.

Pure data for `load_initial_content` (the same format as pages.py and sources.py). The loader adds
SOURCES to the other sources and PAGES after the other pages. Readings are written {漢字|かんじ}.
Every factual sentence is covered by the sources of its block or ledger item. The pages never
recommend a treatment, a clinic or a product: they say what is known, what is not, and whom to ask.
"""

from __future__ import annotations

SOURCES = [
    {
        "key": "koukareigaku-notice-2023",
        "title": "再生医療抗加齢学会の知らせ(2023年10月11日)を引用したクリニックのページ",
        "publisher": "一般社団法人 再生医療抗加齢学会(クリニックのページによる引用)",
        "date": "2023-10-11",
        "url": "https://kitou.clinic/fatal-case",
        "kind": "other",
        "descriptive": True,
        "note": "学会の知らせを、クリニックのウェブサイトの引用で読んでいます(要約)。",
    },
    {
        "key": "susono-7119",
        "title": "広報すその 令和7年9月号(救急安心センター事業 #7119)",
        "publisher": "静岡県裾野市",
        "date": "2025-09",
        "url": "https://mykoho.jp/article/222208/9702900/9951037",
        "kind": "regulator",
        "note": "市の広報です。総務省消防庁のページそのものは読んでいません。",
    },
    {
        "key": "sukumo-188",
        "title": "消費者ホットラインとは?",
        "publisher": "高知県宿毛市",
        "date": "",
        "url": "https://www.city.sukumo.kochi.jp/docs-05/37419.html",
        "kind": "regulator",
        "note": "市のページです。",
    },
]

_CHANGELOG = [{"date": "2026-11-30", "text": "公開しました。"}]

BEFORE_YOU_DECIDE = {
    "slug": "before-you-decide",
    "parent": "learn",
    "kind": "article",
    "title": "受けるか決める前に",
    "lead": "「エクソソーム」の点滴や注射をすすめられたときに、決める前に知っておきたいことを、"
    "目的ごとにまとめました。受けないことも、選べます。",
    "points": [
        {
            "text": "エクソソームなどを主な成分とするくすりで、国の承認を受けたものは、"
            "まだありません。",
            "sources": ["jsrm-guidance-en-2025", "mhlw-reagent-notice-2024"],
        },
        {
            "text": "人での効き目や安全性の証拠は、まだ少ないとされています。",
            "sources": ["mhlw-rm-committee-101"],
        },
        {
            "text": "受ける前に、効果、副作用、ほかの方法、お金と回数を、"
            "医師に聞いて、確かめましょう。",
            "sources": ["caa-biyou-check"],
        },
    ],
    "body": [
        {
            "type": "paragraph",
            "text": "<p>このページは、治療を受けるかどうかを決めるものではありません。"
            "特定の治療や、クリニックをすすめることもしません。</p>"
            "<p>わかっていること、わかっていないこと、だれに聞けるかを、順に書きます。"
            "決めるのは、あなたです。</p>",
            "sources": [],
        },
        {"type": "heading", "text": "どんな目的で、すすめられていますか", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>2023年に、エクソソームの治療をしていた医療機関は、669ありました。"
            "京都大学のグループの調べを、伝えた記事によります。</p>"
            "<p>目的でいちばん多いのは、アンチエイジング・美容で、532の医療機関でした。"
            "育毛が358、疲労回復が135でした。</p>"
            "<p>約7割にあたる488の医療機関が、ウェブサイトで「再生医療」という言葉を"
            "使っていました。</p>",
            "sources": ["hifuko-2024-10-25", "fujita-2024"],
        },
        {
            "type": "figure",
            "title": "エクソソームの治療の目的と、医療機関の数(2023年)",
            "unit": "施設",
            "bars": [
                {"label": "アンチエイジング・美容", "value": 532},
                {"label": "育毛", "value": 358},
                {"label": "疲労回復", "value": 135},
            ],
            "caption": "1つの医療機関が、いくつかの目的をあげていることがあります。",
            "source": "hifuko-2024-10-25",
        },
        {"type": "heading", "text": "どうやって体に入れますか", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>使い方は、製品によって、ちがいます。"
            "資料に出てくるのは、次のような使い方です。</p>"
            "<ul><li><b>点滴</b>:血管に、少しずつ入れます。</li>"
            "<li><b>注射</b>:針で、関節などに入れます。</li>"
            "<li><b>塗る</b>:肌に塗る化粧品のような製品です。</li></ul>"
            "<p>アメリカのネブラスカ州では、重い害が出た製品が、使われていました。"
            "点滴や、吸入、関節などへの注射です。そう報道されています。</p>",
            "sources": ["healio-nebraska-2019", "health-canada-2025"],
        },
        {
            "type": "paragraph",
            "text": "<p>2023年10月、ある学会が、知らせを出しました。"
            "培養上清液やエクソソームを、点滴で入れる使い方は、"
            "まだ確かな方法になっていない、としています。再生医療抗加齢学会です。"
            "この知らせは、クリニックのウェブサイトに、のせられたものです。</p>",
            "sources": ["koukareigaku-notice-2023"],
        },
        {
            "type": "paragraph",
            "text": "<p>2023年の論文は、世界の114の会社を調べました。"
            "いちばん多く売られていたのは、肌の手入れのための製品でした。</p>",
            "sources": ["asadpour-2023"],
        },
        {"type": "heading", "text": "肌や、見た目のためと言われたとき", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>2024年12月、日本再生医療学会が、注意をよびかけました。"
            "iPS細胞からとったエクソソームの治療を、高い値段で行うクリニックが、"
            "ふえている、としています。</p>"
            "<p>学会は、期待される効果は、科学的な根拠で確かめられていないとしました。"
            "医師に、根拠や安全性、リスクを聞くよう、すすめています。</p>",
            "sources": ["jsrm-ips-caution-2024"],
        },
        {
            "type": "paragraph",
            "text": "<p>美容医療を受ける前に、「今すぐ」受ける必要があるか、"
            "考えてみましょう。消費者庁も、そうすすめています。</p>",
            "sources": ["caa-biyou-check"],
        },
        {"type": "heading", "text": "髪のため、疲れをとるためと言われたとき", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>2024年12月、厚生労働省の会議に、研究班が、中間報告を出しました。"
            "細胞外小胞などが、人に役立つか、安全かの証拠は、まだ少ない、としています。</p>"
            "<p>これは、美容や、育毛などの目的を、分けずに、述べたものです。"
            "髪や、疲れについて、人で確かめた結果は、このページの資料には、ありません。</p>",
            "sources": ["mhlw-rm-committee-101"],
        },
        {
            "type": "paragraph",
            "text": "<p>2021年、アメリカの FDA は、再生医療の製品について、注意を出しました。"
            "長く続く痛みや、疲れなどについて、承認された製品は、ない、としています。</p>",
            "sources": ["fda-patient-info-2021"],
        },
        {"type": "heading", "text": "病気を治すと言われたとき", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>2024年7月、厚生労働省が、都道府県などに、知らせを出しました。"
            "「エクソソーム試薬」は、くすりとして、承認されていない、としています。</p>"
            "<p>くすりのように、病気がよくなると見せるものは、取りしまるよう、"
            "求めています。「無承認無許可医薬品」として、あつかいます。"
            "日本薬事法務学会の記事が、この知らせを、伝えています。</p>",
            "sources": ["mhlw-reagent-notice-2024", "yakuji-2024-07-31"],
        },
        {
            "type": "paragraph",
            "text": "<p>海外では、くすりにするための治験も進んでいます。"
            "ただし、治験が進むことは、くすりとして承認されたこととはちがいます。</p>"
            "<p>病気の治療は、ふだん{診|み}てもらっている医師と相談してください。</p>",
            "sources": ["direct-biologics-2024"],
        },
        {"type": "heading", "text": "ほかの方法と、相談する相手", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>同じ目的でも、ほかの方法があることがあります。"
            "医師の説明で、ほかの方法も、わかりましたか。"
            "消費者庁は、これを確かめるよう、すすめています。</p>"
            "<p>国際幹細胞学会(ISSCR)は、治療をする人とは別の医師にも、"
            "意見を聞くようすすめています。ふだん診てもらっている医師に、"
            "聞いてみましょう。</p>",
            "sources": ["caa-biyou-check", "isscr-what-to-ask"],
        },
        {"type": "heading", "text": "費用と、通う回数", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>お金と、通う回数、やめるときの決まりも、受ける前に、確かめましょう。"
            "消費者庁も、そうすすめています。</p>"
            "<p>2023年の論文では、世界で売られていた製品やサービスの値段は、"
            "99ドルから2万ドルまでありました。</p>",
            "sources": ["caa-biyou-check", "asadpour-2023"],
        },
        {
            "type": "paragraph",
            "text": "<p>日本でのお金、通う回数、治療のあとに休む日数は、"
            "このページの資料では、わかりません。クリニックに聞いて、"
            "紙に書いてもらいましょう。</p>",
            "sources": [],
        },
        {
            "type": "callout",
            "kind": "note",
            "text": "<p>承認されていないくすりを使う、自由診療で、重い副作用が出たとします。"
            "そのときも、国の「医薬品副作用被害救済制度」は、使えません。</p>",
            "sources": ["iryo-koukoku-guideline-2024", "hifuko-2024-03-28"],
        },
        {"type": "heading", "text": "受けないことも、選べます", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>「今日決めれば安くなる」などと、その日のうちに決めるよう、"
            "せかされていませんか。消費者庁は、これも確かめるよう、すすめています。</p>",
            "sources": ["caa-biyou-check"],
        },
        {
            "type": "callout",
            "kind": "point",
            "text": "<p>受けるかどうかを決めるのは、あなたです。"
            "受けないことも、選べます。</p>"
            "<p>その場で決めずに、家に帰ってから考えることもできます。"
            '聞きたいことは、<a href="/check/">クリニックの製品チェック</a>で'
            "リストにできます。</p>",
            "sources": ["caa-biyou-check"],
        },
        {
            "type": "paragraph",
            "text": '<p>これまでに報告された害は、<a href="/learn/risks/">'
            "報告されている害とリスク</a>のページにまとめています。</p>",
            "sources": [],
        },
    ],
    "known": [
        {
            "text": "2023年に、669の医療機関がエクソソームの治療をしていました。",
            "sources": ["hifuko-2024-10-25"],
        },
        {
            "text": "消費者庁は、受ける前に、効果、副作用、ほかの方法、費用と回数を"
            "確かめるよう、すすめています。",
            "sources": ["caa-biyou-check"],
        },
    ],
    "not_known": [
        {
            "text": "人での効き目と安全性は、証拠がまだ少ないとされています。",
            "sources": ["mhlw-rm-committee-101"],
        },
        {
            "text": "iPS細胞からとったエクソソームで期待される効果は、"
            "科学的な根拠で確かめられていないとされています。",
            "sources": ["jsrm-ips-caution-2024"],
        },
    ],
    "challenges": [
        {
            "text": "京都大学のグループの論文は、エクソソームの治療について、"
            "はっきりしたルールが急いで必要だとしています。",
            "sources": ["fujita-2024"],
        },
    ],
    "last_reviewed": "2026-11-30",
    "next_review_due": "2027-05-30",
    "changelog": _CHANGELOG,
    "search_description": "エクソソームの点滴や注射をすすめられたときに、"
    "決める前に知っておきたいこと。目的ごとの証拠、副作用、ほかの方法、費用と回数、相談先。受けないことも、選べます。",
}

RISKS = {
    "slug": "risks",
    "parent": "learn",
    "kind": "article",
    "title": "報告されている害とリスク",
    "lead": "エクソソームなどを使う治療で、これまでに伝えられた害と、"
    "まだわからないことを、まとめました。",
    "points": [
        {
            "text": "研究班の中間報告によると、海外の自由診療では、敗血症などの例が、"
            "報告されています。",
            "sources": ["mhlw-rm-committee-101"],
        },
        {
            "text": "2023年、日本再生医療学会は、国のルールをつくるよう、求めました。"
            "敗血症のような、重い事故のおそれがある、としています。",
            "sources": ["jsrm-regulation-request-2023"],
        },
        {
            "text": "人での安全性の証拠は、まだ少ないとされています。",
            "sources": ["mhlw-rm-committee-101"],
        },
    ],
    "body": [
        {"type": "unwell_box"},
        {"type": "heading", "text": "これまでに報告されていること", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>2024年12月、厚生労働省の会議に、研究班が、中間報告を出しました。"
            "国が決めたことではなく、研究班の報告です。</p>"
            "<p>中間報告は、海外のようすを、こうまとめています。"
            "細胞外小胞を使う臨床試験では、重い害の報告は、見つかっていません。"
            "でも、自由診療では、敗血症などの例が、報告されています。</p>",
            "sources": ["mhlw-rm-committee-101"],
        },
        {
            "type": "paragraph",
            "text": "<p>細胞外小胞や培養上清液は、細胞を育てて、つくります。"
            "そのため、細菌などが、まじるおそれがあります。"
            "中間報告は、今の細胞加工物と、同じくらいのリスクがある、としています。</p>"
            "<p>国のルールの対象にするかどうかは、これからも話し合いが必要だ、"
            "としました。</p>",
            "sources": ["mhlw-rm-committee-101"],
        },
        {
            "type": "paragraph",
            "text": "<p>2023年11月、日本再生医療学会が、厚生労働省の会議で、求めました。"
            "エクソソームを使う、美容のための自由診療を、国のルールの対象にしてほしい、"
            "というものです。</p>"
            "<p>共同通信によると、学会は、敗血症のような、重い事故のおそれがある、"
            "としました。細胞を使う治療と、似たおそれです。</p>",
            "sources": ["jsrm-regulation-request-2023"],
        },
        {
            "type": "paragraph",
            "text": "<p>2023年10月、ある学会が、知らせを出しました。"
            "幹細胞培養上清液を使った治療のあと、患者が亡くなった、"
            "という知らせを受けた、としています。再生医療抗加齢学会です。</p>"
            "<p>この知らせは、クリニックのウェブサイトに、のせられたものです。"
            "くわしいことは、わかっていません。</p>",
            "sources": ["koukareigaku-notice-2023"],
        },
        {
            "type": "paragraph",
            "text": "<p>2024年、京都大学のグループが、論文で、2つの報道を、とりあげました。"
            "1つは、「エクソソーム」の注射のあと、肺がんが、急に大きくなった、"
            "という報道です。もう1つは、亡くなった人がいる、といううわさを、"
            "調べた報道です。</p>"
            "<p>論文を書いた人は、こうした例を、きちんと追いかけて調べる、"
            "国のしくみがない、と述べています。</p>",
            "sources": ["fujita-2024", "hifuko-2024-10-25"],
        },
        {"type": "heading", "text": "海外の国の対応", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>2019年12月、アメリカの FDA が、発表しました。"
            "ネブラスカ州で、承認されていない「エクソソーム」の製品を使った人に、"
            "重い害が出た、というものです。</p>"
            "<p>報道によると、患者は、5人より少なく、敗血症になった人も、いました。</p>",
            "sources": ["fda-exosome-notice-2019", "healio-nebraska-2019"],
        },
        {
            "type": "paragraph",
            "text": "<p>2025年5月、FDA は、アメリカの会社に、警告の手紙を出しました。"
            "「100 Billion Exosomes」という名前の製品などを、"
            "承認されていないくすりだ、としています。</p>"
            "<p>粒子の数が、大きく書かれていても、承認を受けたことには、なりません。</p>",
            "sources": ["fda-warning-supreme-2025"],
        },
        {
            "type": "paragraph",
            "text": "<p>2025年9月にも、FDA は、別の会社に、警告の手紙を出しました。"
            "エクソソームの製品なども、承認されていないくすりだ、としています。</p>",
            "sources": ["fda-warning-newlife-2025"],
        },
        {
            "type": "paragraph",
            "text": "<p>2021年、FDA は、承認されていない再生医療の製品について、"
            "注意を出しました。目が見えなくなる、はれものができる、感染症になる、"
            "などの報告がある、としています。</p>"
            "<p>これは、エクソソームだけの話では、ありません。</p>",
            "sources": ["fda-patient-info-2021"],
        },
        {
            "type": "paragraph",
            "text": "<p>カナダの、オンタリオ州の東部の保健所は、こう書いています。"
            "エクソソームの製品は、つくるときに、細菌などが、まじることがあります。"
            "敗血症との、つながりも、あるとしています。</p>",
            "sources": ["eohu-exosomes"],
        },
        {"type": "heading", "text": "まだわかっていないこと", "level": "h2"},
        {
            "type": "paragraph",
            "text": "<p>人での安全性の証拠は、まだ少ない、とされています。"
            "長く使ったあと、何年もたってからのことも、まだわかりません。</p>"
            "<p>日本で、治療のあとに、どれくらい害が出ているかも、よくわかりません。"
            "</p>",
            "sources": ["mhlw-rm-committee-101", "fujita-2024"],
        },
        {
            "type": "callout",
            "kind": "note",
            "text": "<p>承認されていないくすりを使う、自由診療で、重い副作用が出たとします。"
            "そのときも、国の「医薬品副作用被害救済制度」は、使えません。</p>",
            "sources": ["iryo-koukoku-guideline-2024", "hifuko-2024-03-28"],
        },
        {
            "type": "paragraph",
            "text": '<p>受ける前に考えたいことは、<a href="/learn/before-you-decide/">'
            "受けるか決める前に</a>のページにまとめています。</p>",
            "sources": [],
        },
    ],
    "known": [
        {
            "text": "中間報告によると、海外の自由診療では、敗血症などの例が、報告されています。",
            "sources": ["mhlw-rm-committee-101"],
        },
        {
            "text": "2025年に、FDA は、エクソソームの製品について、警告の手紙を出しました。",
            "sources": ["fda-warning-supreme-2025", "fda-warning-newlife-2025"],
        },
    ],
    "not_known": [
        {
            "text": "長く使ったあとの安全性は、まだわかりません。",
            "sources": ["mhlw-rm-committee-101"],
        },
        {
            "text": "日本で、治療のあとに、どれくらい害が出ているかは、よくわかりません。",
            "sources": ["fujita-2024"],
        },
    ],
    "challenges": [
        {
            "text": "中間報告は、国のルールの対象にするかどうかは、"
            "これからも話し合いが必要だ、としています。",
            "sources": ["mhlw-rm-committee-101"],
        },
    ],
    "last_reviewed": "2026-11-30",
    "next_review_due": "2027-05-30",
    "changelog": _CHANGELOG,
    "search_description": "エクソソームなどを使う治療で、これまでに報告された害とリスク、"
    "まだわかっていないこと、体調が悪くなったときの相談先をまとめました。",
}

PAGES = [BEFORE_YOU_DECIDE, RISKS]
