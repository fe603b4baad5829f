#!/usr/bin/env python3
"""Gold for devset_eeee (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name occurs in it
(names: case-insensitive, for all-caps bylines/credits)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_taiwan_bo_yang_freed_1977.txt", published="1977-04-02", outlet="newspaper archive page (digitised microfilm, related links)",
        event="Taiwan frees the satirist Bo Yang (Po Yang) after nine years, under police reporting and no exit permit, 1977-04-01",
        counts=[
            C("remaining_held", 200, "at least 200 people are still imprisoned in Taiwan for political offences", qualifier="at_least",
              note="Amnesty International estimate"),
            C("other", 7000, "The Commutation Act freed or shortened the terms of more than 7,000 prisoners in 1975", qualifier="more_than",
              note="earlier event (1975 commutation; freed OR shortened, mixed)"),
            C("other", 12, "A military court sentenced the writer to 12 years", note="sentence length"),
        ],
        released_names=["Bo Yang"],
        alias_groups={"Bo Yang": ["Po Yang", "Kuo Yi-tung"]},
        not_released_names=["Shih Ming-teh"],
        other_event_released_names=["Chen Ying-chen", "Lei Chen"],
        other_people=["Wang Chih-ping", "Kuo Pen-yu", "Chiang Kai-shek"],
        distractors=["Po Yang / Bo Yang / Kuo Yi-tung are the same person (pen name in two romanisations + real name)",
                     "Popeye is a cartoon character", "Kuo Pen-yu is the daughter",
                     "held a further year on Green Island after his term expired; must report to police, no exit permit",
                     "'Lei Chen freed after decade in jail' related-link headline (earlier event)",
                     "nine years / eight years / 10-year sentence are durations"],
    ),
    dict(
        file="002_taiwan_kaohsiung_paroles_1987.txt", published="1987-05-30", outlet="UPI wire",
        event="Taiwan paroles Kaohsiung defendants Huang Hsin-chieh and Chang Chun-hung; Shih Ming-teh stays in prison, 1987-05-30",
        counts=[
            C("released", 2, "Two leaders of Taiwan's political opposition jailed for their part in the 1979 Kaohsiung riot were released on parole Saturday"),
            C("remaining_held", 3, "leaving three of the eight original defendants still behind bars"),
            C("released", 33, "Thirty-three other defendants tried in civilian courts have all been freed",
              note="earlier event (freed at various earlier dates)"),
            C("other", 300, "About 300 supporters", qualifier="about", note="crowd"),
            C("other", 150, "More than 150 people were arrested in the following weeks", qualifier="more_than",
              note="arrests in 1979"),
            C("other", 8, "the eight original defendants", note="group size"),
        ],
        released_names=["Huang Hsin-chieh", "Chang Chun-hung"],
        alias_groups={"Lu Hsiu-lien": ["Annette Lu"]},
        not_released_names=["Shih Ming-teh"],
        other_event_released_names=["Lin Yi-hsiung", "Lu Hsiu-lien", "Annette Lu", "Chen Shui-bian"],
        other_people=["Lorna Chiu", "Hsiao Tien-tsan", "Hsu Jung-shu", "Chiang Ching-kuo"],
        distractors=["Chen Shui-bian is the defence lawyer, himself released in February after eight months for libel (other event)",
                     "Hsu Jung-shu is Chang's wife", "14 years / 12 years sentences; seven and a half years",
                     "parolees must report to police monthly, cannot travel abroad"],
    ),
    dict(
        file="003_china_wang_juntao_parole_1994.txt", published="1994-04-25", outlet="UK broadsheet",
        event="China frees Wang Juntao on medical parole and flies him to the US; Chen Ziming stays in prison, 1994-04-23",
        counts=[
            C("remaining_held", 200, "more than 200 people jailed in connection with the 1989 protests are still held in Peking alone",
              qualifier="more_than"),
            C("released", 16, "China has freed at least 16 prominent political prisoners since last September", qualifier="at_least",
              note="cumulative since September 1993"),
            C("other", 13, "sentenced to 13 years in February 1991", note="sentence length"),
        ],
        released_names=["Wang Juntao"],
        alias_groups={},
        not_released_names=["Chen Ziming", "Wei Jingsheng"],
        other_event_released_names=[],
        other_people=["Catherine Ashworth", "Hou Xiaotian", "Wang Zhihong", "John Shattuck", "Wu Jianmin",
                      "Warren Christopher", "Bill Clinton"],
        distractors=["Wei Jingsheng was freed in September 1993 but detained again on 1 April (currently held)",
                     "Hou Xiaotian is Wang's wife (travels with him); Wang Zhihong is Chen's wife",
                     "'hundreds more are held in the provinces' vague", "14 and a half years; 3 June deadline"],
    ),
    dict(
        file="004_china_bao_tong_sentence_ends_1996.txt", published="1996-05-28", outlet="Reuters wire brief",
        event="Bao Tong completes seven-year sentence and is taken to a guarded compound in Beijing, 1996-05-27",
        counts=[
            C("remaining_held", 200, "about 200 people jailed over the 1989 protests are still in prison", qualifier="about"),
        ],
        released_names=["Bao Tong"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Zhao Ziyang", "Bao Pu", "Jiang Zongcao", "Shen Guofang"],
        distractors=["'He is out of prison, but he is not free' (released under police watch; judgement: released)",
                     "Zhao Ziyang under de facto house arrest (not listed as held)", "seven-year sentence; aged 63 / 76",
                     "phone number in dateline footer"],
    ),
    dict(
        file="005_tibet_ngawang_choephel_parole_2002.txt", published="2002-01-21", outlet="NGO press release",
        event="China frees Tibetan musicologist Ngawang Choephel on medical parole; he flies to the US, 2002-01-19/21",
        counts=[
            C("remaining_held", 180, "China continues to hold at least 180 known Tibetan political prisoners", qualifier="at_least"),
            C("other", 18, "serving an 18-year sentence", note="sentence length"),
            C("other", 33, "freed in 1992 after 33 years", note="duration of an earlier prisoner's detention"),
        ],
        released_names=["Ngawang Choephel"],
        alias_groups={"Ngawang Choephel": ["Ngawang Choepel"]},
        not_released_names=["Ngawang Sangdrol", "Phuntsog Nyidron", "Gedhun Choekyi Nyima"],
        other_event_released_names=["Palden Gyatso"],
        other_people=["Sonam Dekyi", "Paula Dobriansky", "Lodi Gyari", "Dalai Lama", "Dechen Wangmo", "Karma Lhamo"],
        distractors=["Ngawang Choepel is the Xinhua spelling of the same person", "Sonam Dekyi is the mother",
                     "21 years (Sangdrol's extended sentence); 16-year sentence; age 13 / six",
                     "Gedhun Choekyi Nyima 'taken into custody ... not seen in public since' (held)"],
    ),
    dict(
        file="006_china_gao_zhisheng_freed_2014.txt", published="2014-08-07", outlet="UK broadcaster web page (cookie banner, video, related links)",
        event="China frees rights lawyer Gao Zhisheng from Shaya prison, Xinjiang, at end of sentence; under surveillance, 2014-08-07",
        counts=[
            C("other", 511, "Hong Kong protest: 511 arrested after sit-in", note="page noise (related link)"),
            C("other", 3, "after serving a three-year sentence", note="sentence length"),
        ],
        released_names=["Gao Zhisheng"],
        alias_groups={},
        not_released_names=["Ilham Tohti", "Xu Zhiyong", "Pu Zhiqiang"],
        other_event_released_names=["Chen Guangcheng"],
        other_people=["Gao Zhiyi", "Geng He", "Marie Harf", "Qin Gang", "Ai Weiwei"],
        distractors=["Geng He is the wife, Gao Zhiyi the brother", "police stationed outside; cannot travel to Beijing or leave China",
                     "'China jails activist Xu Zhiyong for four years' related-link headline",
                     "Chen Guangcheng freed 2010 then confined, escaped 2012"],
    ),
    dict(
        file="007_hk_edward_leung_released_liveblog_2024.txt", published="2024-01-19", outlet="Hong Kong news live blog",
        event="Hong Kong: Edward Leung Tin-kei released from Shek Pik prison under a supervision order, 2024-01-19",
        counts=[
            C("other", 6, "sentenced in June 2018 to six years in prison", note="sentence length"),
        ],
        released_names=["Edward Leung"],
        alias_groups={"Edward Leung": ["Leung Tin-kei", "Edward Leung Tin-kei"]},
        not_released_names=["Jimmy Lai", "Joshua Wong", "Chow Hang-tung"],
        other_event_released_names=[],
        other_people=["Carmen Ho", "Daniel Kwan", "Chris Tang", "Wong Kwok-hing", "Ray Wong", "John Lee"],
        distractors=["Ray Wong fled to Germany (exile, not a release)", "supervision order: approved address, reporting, permission to leave HK",
                     "unrelated entries: Hang Seng 1.4 per cent, MTR signal fault", "'Hong Kong 47' is a case name",
                     "'a few dozen journalists' vague; aged 32"],
    ),
    dict(
        file="008_kazakhstan_zhusan2_repatriation_2019_ru.txt", published="2019-05-10", outlet="Kazakh news site, machine-translated from Russian",
        event="Kazakhstan's Zhusan-2 operation repatriates 231 citizens from Syria to Aktau, 2019-05-07..09",
        counts=[
            C("transferred_to", 231, "were evacuated 231 citizens of Kazakhstan", where="Kazakhstan"),
            C("released", 231, "were evacuated 231 citizens of Kazakhstan", note="inferred: evacuated from camps = freed; optional"),
            C("transferred_to", 156, "among whom 156 children, 59 women and 16 men", where="Kazakhstan",
              note="subset (children) of the 231; inferred, optional"),
            C("transferred_to", 59, "among whom 156 children, 59 women and 16 men", where="Kazakhstan",
              note="subset (women) of the 231; inferred, optional"),
            C("transferred_to", 16, "among whom 156 children, 59 women and 16 men", where="Kazakhstan",
              note="subset (men) of the 231; inferred, optional"),
            C("other", 18, "Among the evacuated are 18 orphan children", note="subset"),
            C("other", 4, "and also of 4 women, pre-trial investigations", note="investigated on return"),
            C("transferred_to", 47, "to Kazakhstan were returned 47 citizens", where="Kazakhstan",
              note="earlier event (Zhusan-1, January 2019)"),
            C("other", 6, "6 men, 11 women and 30 children", note="earlier event subset (January 2019)"),
            C("transferred_to", 278, "in total from Syria were returned 278 citizens of Kazakhstan", where="Kazakhstan",
              note="cumulative (both stages)"),
            C("remaining_held", 100, "in the camps of the north-east of Syria still remain more than 100 citizens of Kazakhstan",
              qualifier="more_than"),
            C("other", 800, "about 800 Kazakhstanis left for Syria and Iraq since 2013", qualifier="about", note="travellers since 2013"),
            C("other", 500, "more than 500 are women and children", qualifier="more_than", note="subset of travellers"),
            C("other", 42500, "42 500 tenge", note="money"),
            C("other", 12483, "Views: 12 483", note="page noise"),
            C("other", 1200, "1 200 hectares", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Marat Seitkaliyev", "Nursultan Nazarbayev", "Kassym-Jomart Tokayev"],
        distractors=["the 16 men are held in a temporary detention facility after return (no separate count)",
                     "'1 200', '12 483', '42 500' use space separators", "379,50 tenge exchange rate (page noise)", "Comments (37)"],
    ),
    dict(
        file="009_kosovo_110_returned_from_syria_2019.txt", published="2019-04-20", outlet="Reuters wire",
        event="Kosovo repatriates 110 citizens (4 men, 32 women, 74 children) from Syria to Pristina, 2019-04-20",
        counts=[
            C("transferred_to", 110, "Kosovo repatriated 110 of its citizens from Syria on Saturday", where="Kosovo"),
            C("released", 110, "Kosovo brings home 110 citizens from Syria", note="inferred: brought home from camps; optional"),
            C("transferred_to", 32, "The group of 32 women and 74 children, along with the four men, landed at Pristina airport",
              where="Kosovo", note="subset (women); inferred, optional"),
            C("transferred_to", 74, "The group of 32 women and 74 children, along with the four men, landed at Pristina airport",
              where="Kosovo", note="subset (children); inferred, optional"),
            C("transferred_to", 4, "including four men suspected of fighting for Islamic State", where="Kosovo",
              note="subset (men, arrested on arrival); inferred, optional"),
            C("remaining_held", 30, "about 30 more Kosovo citizens, mostly women and children, are still held in Kurdish-run camps and prisons",
              qualifier="about"),
            C("other", 300, "About 300 Kosovo citizens travelled to Syria and Iraq", qualifier="about", note="travellers 2012-2016"),
            C("other", 72, "for 72 hours", note="duration"),
            C("other", 15, "up to 15 years in prison", note="sentence length"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abelard Tahiri", "Philip Kosnett", "Ramadan Berisha", "Fatos Bytyci", "Alison Williams"],
        distractors=["four men arrested on arrival; women placed under house arrest", "1.8 million population",
                     "Ramadan Berisha is a relative waiting at the airport"],
    ),
    dict(
        file="010_germany_denmark_roj_repatriation_2021.txt", published="2021-10-07", outlet="broadsheet / wire (two bylines)",
        event="Germany (8 women, 23 children) and Denmark (3 women, 14 children) repatriate from Roj camp, 2021-10-06/07",
        counts=[
            C("transferred_to", 8, "Eight women and 23 children were flown to Frankfurt overnight", where="Germany"),
            C("transferred_to", 23, "Eight women and 23 children were flown to Frankfurt overnight", where="Germany"),
            C("transferred_to", 3, "Three women and 14 children landed in Denmark", where="Denmark"),
            C("transferred_to", 14, "Three women and 14 children landed in Denmark", where="Denmark"),
            C("transferred_to", 11, "Germany and Denmark have repatriated 11 women and 37 children", where="Germany and Denmark",
              note="combined total for both destinations; inferred, optional"),
            C("transferred_to", 37, "Germany and Denmark have repatriated 11 women and 37 children", where="Germany and Denmark",
              note="combined total for both destinations; inferred, optional"),
            C("other", 3, "three of the women were arrested on arrival at Frankfurt", note="arrested on return (subset)"),
            C("transferred_to", 5, "Berlin brought back five women and 18 children", where="Germany", note="earlier event (December 2020)"),
            C("transferred_to", 18, "Berlin brought back five women and 18 children", where="Germany", note="earlier event (December 2020)"),
            C("transferred_to", 2, "which took home two women and six children", where="Finland", note="earlier event (December 2020)"),
            C("transferred_to", 6, "which took home two women and six children", where="Finland", note="earlier event (December 2020)"),
            C("remaining_held", 60000, "About 60,000 people, most of them women and children, are held in al-Hol and Roj", qualifier="about"),
            C("remaining_held", 70, "about 70 children of German nationality are still held in the camps", qualifier="about"),
            C("remaining_held", 2, "at least two Danish women remain in Roj", qualifier="at_least"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Katrin Vogel", "Mads Holm", "Heiko Maas", "Jeppe Kofod", "Mette Frederiksen", "Abdulkarim Omar", "Dirk Schönfeld"],
        distractors=["'about two a week' child deaths (rate)", "'the second such operation' ordinal",
                     "Danish women taken into custody on arrival (no separate count beyond 'three women')"],
    ),
    dict(
        file="011_france_repatriation_15_women_40_children_2022_fr.txt", published="2022-10-20", outlet="French daily (with AFP), machine-translated",
        event="France repatriates 15 women and 40 children from north-east Syrian camps to Villacoublay, 2022-10-20",
        counts=[
            C("transferred_to", 15, "France proceeded on Thursday to the repatriation of 15 women and 40 children", where="France"),
            C("transferred_to", 40, "France proceeded on Thursday to the repatriation of 15 women and 40 children", where="France"),
            C("other", 8, "eight of the women were placed in police custody", note="subset, custody on arrival"),
            C("other", 7, "seven others, who were targeted by arrest warrants", note="subset"),
            C("transferred_to", 16, "France had repatriated 16 women and 35 children", where="France", note="earlier event (5 July 2022)"),
            C("transferred_to", 35, "France had repatriated 16 women and 35 children", where="France", note="earlier event (5 July 2022)"),
            C("transferred_to", 35, "France had brought back only 35 children", where="France",
              note="earlier event (cumulative case-by-case returns 2019-2022)"),
            C("remaining_held", 100, "about 100 women and 250 children of French nationality remain detained in the camps of Roj and al-Hol",
              qualifier="about", note="lawyer's estimate"),
            C("remaining_held", 250, "about 100 women and 250 children of French nationality remain detained in the camps of Roj and al-Hol",
              qualifier="about", note="lawyer's estimate"),
            C("other", 55000, "more than 55 000 persons", qualifier="more_than", note="camp population ('live'), UN figure"),
            C("other", 1000, "more than 1 000 French citizens", qualifier="more_than", note="travellers since 2014"),
            C("other", 148, "148 comments", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hélène Marchetti", "Marie Dosé", "Pascale Descamps", "Khaled Issa"],
        distractors=["'two French women' in the ECHR case", "'for the first time in six years'", "'twelve years of war'",
                     "Pascale Descamps's daughter and four grandchildren were in the group (unnamed)"],
    ),
    dict(
        file="012_nes_detainees_tribal_guarantee_2020.txt", published="2020-10-15", outlet="local north-east Syria news site",
        event="Autonomous Administration frees 253 Syrian detainees to tribal guarantors under the October 2020 amnesty, 2020-10-15",
        counts=[
            C("released", 253, "released 253 Syrian detainees from its prisons in Hasakah and Raqqa"),
            C("released", 631, "the amnesty covers 631 prisoners in total", note="planned (total beneficiaries of the amnesty)"),
            C("other", 19, "stood guarantor for 19 of the released men", note="subset of the 253"),
            C("released", 5000, "more than 5,000 Syrians have left the camp", qualifier="more_than",
              note="cumulative since June 2019 (al-Hol departures under sponsorship)"),
            C("transferred_to", 345, "345 displaced people from al-Hol were transferred to Raqqa", where="Raqqa",
              note="earlier event (last week)"),
            C("released", 115, "An earlier round of releases in March saw 115 detainees freed", note="earlier event (March 2020)"),
            C("remaining_held", 12000, "The administration still holds about 12,000 men suspected of belonging to Islamic State",
              qualifier="about"),
            C("other", 2000, "including about 2,000 foreigners", qualifier="about", note="subset of those still held"),
            C("other", 25000, "some 25,000 Syrians live", qualifier="about", note="camp population"),
            C("other", 30000, "about 30,000 Iraqis", qualifier="about", note="camp population"),
            C("other", 10000, "around 10,000 foreigners", qualifier="about", note="camp population"),
            C("other", 150, "price of bread rises to 150 pounds", note="page noise"),
        ],
        released_names=["Mohammed al-Ali"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Farhan al-Mahmoud", "Hamid al-Khalil", "Ilham Ahmed", "Rami Suleiman"],
        distractors=["Hamid al-Khalil is a tribal guarantor", "'three years in prison' duration",
                     "two children injured by landmine (page noise)", "foreign nationals excluded from the amnesty"],
    ),
    dict(
        file="013_turkey_leyla_guven_released_2019.txt", published="2019-01-25", outlet="German broadcaster web page (cookie banner, video, related)",
        event="Diyarbakır court frees hunger-striking HDP MP Leyla Güven under judicial control (travel ban), 2019-01-25",
        counts=[
            C("remaining_held", 9, "nine of its former members of parliament remain in prison", note="HDP figure"),
            C("other", 250, "More than 250 prisoners in Turkish jails have joined the hunger strike", qualifier="more_than",
              note="hunger strikers"),
            C("other", 79, "on hunger strike for 79 days", note="duration"),
            C("other", 20, "up to 20 years in prison", note="possible sentence"),
        ],
        released_names=["Leyla Güven"],
        alias_groups={"Leyla Güven": ["Leyla Guven"]},
        not_released_names=["Abdullah Öcalan", "Selahattin Demirtas"],
        other_event_released_names=[],
        other_people=["Reyhan Çelik", "Pervin Buldan", "Sezai Temelli", "Ismail Catakli", "Nils Berger", "Recep Tayyip Erdogan"],
        distractors=["judicial control: may not leave Turkey, must report to police", "'more than 15 kilograms'",
                     "related headline 'Demirtas must stay in jail'", "aged 55"],
    ),
    dict(
        file="014_turkey_kisanak_released_feature_2024.txt", published="2024-06-16", outlet="broadsheet long read",
        event="Former Diyarbakır co-mayor Gültan Kışanak released from Kandıra prison; Demirtaş and Yüksekdağ stay in prison, 2024-06-14",
        counts=[
            C("remaining_held", 11, "11 of the Kobani defendants, including Demirtaş and Yüksekdağ, are still behind bars", note="party figure"),
            C("other", 108, "had 108 defendants", note="trial size"),
            C("other", 24, "24 of them were convicted and 12 acquitted", note="verdict, May 16"),
            C("other", 12, "24 of them were convicted and 12 acquitted", note="acquitted (many in absentia); not a release count"),
            C("other", 37, "in which 37 people were killed", note="deaths in 2014"),
            C("other", 42, "sentenced to 42 years", note="sentence length"),
            C("other", 22, "interviews with 22 Kurdish women politicians", note="book"),
            C("other", 106, "gave the number of Kobani defendants as 106", note="correction note"),
        ],
        released_names=["Gültan Kışanak"],
        alias_groups={},
        not_released_names=["Selahattin Demirtaş", "Figen Yüksekdağ"],
        other_event_released_names=["Ayla Akat Ata", "Fırat Anlı", "Sırrı Süreyya Önder"],
        other_people=["Elif Aras", "Newroz Aslan", "Sevgi Kışanak", "Tuncer Bakırhan", "Tülay Hatimoğulları",
                      "Mehmet Sıddık Akış", "Abdullah Yıldız"],
        distractors=["Sevgi Kışanak is the sister", "Mehmet Sıddık Akış removed as mayor (not stated as jailed)",
                     "12 years / 14-year / more than 30 years sentences", "aged 62; nearly eight years",
                     "'Edirne, cell 18' related link"],
    ),
    dict(
        file="015_namibia_toivo_ya_toivo_freed_1984_feature.txt", published="2024-03-01", outlet="Namibian newspaper feature (40-years-on retrospective)",
        event="South Africa frees Andimba Toivo ya Toivo from Windhoek Central Prison after 16 years, 1984-03-01",
        counts=[
            C("remaining_held", 50, "His release left more than 50 SWAPO members still serving sentences", qualifier="more_than",
              note="at the time of the 1984 release (Council of Churches list)"),
            C("released", 100, "South Africa released more than 100 political prisoners", qualifier="more_than",
              note="earlier event (different event: 1989 releases under Resolution 435, later than the main one)"),
            C("released", 200, "released some 200 people it had detained in its camps", qualifier="about",
              note="earlier event (different event: SWAPO's 1989 release of its own detainees)"),
            C("other", 36, "with 36 other Namibians", note="co-defendants at the 1967-68 trial"),
            C("other", 20, "He was sentenced to 20 years", note="sentence length"),
            C("other", 435, "Security Council Resolution 435", note="resolution number"),
        ],
        released_names=["Andimba Toivo ya Toivo"],
        alias_groups={"Andimba Toivo ya Toivo": ["Toivo ya Toivo", "Toivo ja Toivo"]},
        not_released_names=["Nelson Mandela", "Walter Sisulu", "Eliaser Tuhadeleni"],
        other_event_released_names=[],
        other_people=["Ndapewa Shilongo", "David Smuts", "Willie van Niekerk", "Sam Nujoma", "Magdalena Iyambo",
                      "Vicki Erenstein", "Ellen Nakale"],
        distractors=["'Toivo ja Toivo' is the same person (South African spelling)", "Mandela and Sisulu still serving life in 1984",
                     "'almost 16 years'; aged 59; died aged 92", "'Resolution 435 at 45' related link", "'dozens of people' vague"],
    ),
    dict(
        file="016_malawi_jack_mapanje_freed_1991.txt", published="1991-05-11", outlet="UK broadsheet",
        event="Malawi frees poet Jack Mapanje from Mikuyu prison after 3 years 7 months without charge; the Chirwas stay in prison, 1991-05-10",
        counts=[
            C("remaining_held", 30, "at least 30 other prisoners of conscience held in Malawi", qualifier="at_least"),
            C("other", 400, "more than 400 writers and academics signed an open letter", qualifier="more_than", note="petition"),
        ],
        released_names=["Jack Mapanje"],
        alias_groups={},
        not_released_names=["Vera Chirwa", "Orton Chirwa"],
        other_event_released_names=[],
        other_people=["Richard Lister", "Hastings Kamuzu Banda", "Harold Pinter", "Wole Soyinka", "Francis Mkandawire", "Lynda Chalker"],
        distractors=["his wife, Mercy (first name only)", "three years and seven months; more than 10 years; eight years",
                     "hopes to travel to Britain (planned, uncertain)", "Chirwas' death sentences commuted to life (still held)"],
    ),
    dict(
        file="017_east_timor_xanana_house_arrest_1999.txt", published="1999-02-10", outlet="AP wire",
        event="Indonesia moves Xanana Gusmão from Cipinang prison to house arrest in Salemba, Jakarta, 1999-02-10",
        counts=[
            C("remaining_held", 100, "more than 100 other East Timorese political prisoners remain in Indonesian jails", qualifier="more_than"),
            C("other", 20, "reduced the term to 20 years", note="sentence length"),
        ],
        released_names=["Xanana Gusmão"],
        alias_groups={"Xanana Gusmão": ["Gusmao", "Jose Alexandre Gusmao"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Tomas Harjanto", "Muladi", "Suharto", "B.J. Habibie", "Ali Alatas", "Jaime Gama", "Jamsheed Marker",
                      "Carlos Filipe Ximenes Belo", "Jose Ramos-Horta", "Armandina Gusmao dos Santos"],
        distractors=["judgement call: moved out of prison to house arrest ('He is still a prisoner. He is not free') counted as released from prison",
                     "'the government has released dozens of political prisoners' since May (vague, earlier)",
                     "Armandina Gusmao dos Santos is the sister", "aged 52; 1996 Nobel Peace Prize"],
    ),
    dict(
        file="018_swaziland_maseko_makhubu_freed_2015.txt", published="2015-06-30", outlet="press-freedom NGO media statement",
        event="Swaziland Supreme Court frees editor Bheki Makhubu and lawyer Thulani Maseko, 2015-06-30",
        counts=[
            C("released", 2, "The two men walked free from Mbabane's Sidwashini correctional facility this afternoon"),
            C("remaining_held", 2, "two other government critics — Mario Masuku, president of the banned People's United Democratic Movement (PUDEMO), and Maxwell Dlamini, secretary-general of the Swaziland Youth Congress — remain in custody"),
            C("other", 15, "more than 15 months in prison", qualifier="more_than", note="duration"),
            C("other", 50000, "E50,000", note="fine"),
        ],
        released_names=["Bheki Makhubu", "Thulani Maseko"],
        alias_groups={},
        not_released_names=["Mario Masuku", "Maxwell Dlamini"],
        other_event_released_names=[],
        other_people=["Mpendulo Simelane", "Bhantshana Gwebu", "Michael Ramodibedi", "Lindiwe Nkosi", "Mandla Mkhwanazi",
                      "Barack Obama", "Sipho Dube"],
        distractors=["Maseko vs Masuku are different people (similar surnames)", "two years' imprisonment (sentence)",
                     "Bhantshana Gwebu: vehicle inspector whose arrest was criticised (status not stated)",
                     "Maseko previously detained in 2009 (no release described)", "Acts of 2008 and 1938"],
    ),
    dict(
        file="019_angola_17_activists_released_2016_pt.txt", published="2016-06-30", outlet="Angolan news site, machine-translated from Portuguese",
        event="Angola: Supreme Court habeas corpus frees the 17 '15+2' activists incl. Luaty Beirão, 2016-06-29",
        counts=[
            C("released", 17, "The 17 activists of the process known as"),
            C("other", 15, "The 15 young people detained since June of 2015", note="subset of the 17"),
            C("other", 2, "the two young women, Laurinda Gouveia and Rosa Conde", note="subset of the 17"),
            C("other", 36, "a hunger strike of 36 days", note="duration"),
            C("other", 14, "after 14 months in detention", note="duration (earlier release)"),
            C("other", 50000, "50.000 kwanzas", note="money"),
            C("other", 1000, "1.000 dollars now cost more than 600.000 kwanzas", note="page noise"),
            C("other", 214, "Comments (214)", note="page noise"),
        ],
        released_names=["Luaty Beirão", "Domingos da Cruz", "Nuno Álvaro Dala", "Sedrick de Carvalho", "Laurinda Gouveia", "Rosa Conde"],
        alias_groups={"Luaty Beirão": ["Luaty Beirao", "Ikonoklasta"]},
        not_released_names=[],
        other_event_released_names=["Marcos Mavungo"],
        other_people=["Adelino Cassoma", "Januário Domingos", "Luís Nascimento", "Álvaro João", "José Eduardo dos Santos",
                      "Maria Conceição"],
        distractors=["'15+2' is the case name", "term of identity and residence: report periodically, cannot leave Angola",
                     "'We were not absolved' (freed pending appeal)", "sentences two years three months to eight years six months",
                     "amnesty law pending (planned)", "in power since 1979"],
    ),
    dict(
        file="020_zambia_hichilema_freed_2017.txt", published="2017-08-16", outlet="Zambian daily newspaper web page (also-on list, ads)",
        event="Zambia drops treason case (nolle prosequi); Hakainde Hichilema and five co-accused freed after 127 days, 2017-08-16",
        counts=[
            C("released", 6, "The judge then discharged all six accused."),
            C("released", 5, "his five co-accused were this morning set free", note="subset (co-accused); inferred, optional"),
            C("other", 127, "ending 127 days of detention", note="duration"),
            C("other", 25, "25-man squad", note="page noise"),
            C("other", 4, "4 hours load-shedding", note="page noise"),
        ],
        released_names=["Hakainde Hichilema", "Hamusonde Hamaleka", "Laston Mulilanduba", "Muleya Haachenda", "Wallace Chakawa",
                        "Pretorius Haloba"],
        alias_groups={"Hakainde Hichilema": ["HH"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Chanda Mwila", "Brighton Phiri", "Charles Kajimanga", "Lillian Shawa-Siyuni", "Edgar Lungu", "Jack Mwiimbu",
                      "Keith Mweemba", "Patricia Scotland", "Ibrahim Gambari", "Mutinta Hichilema", "Geoffrey Bwalya Mwamba",
                      "Davies Mwila"],
        distractors=["Mutinta Hichilema is the wife", "nolle prosequi is not an acquittal (charges could be revived)",
                     "'Hundreds of UPND supporters' vague", "K9.05 exchange rate (page noise)"],
    ),
]


def main():
    ok = True
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        print("file list mismatch", files, file=sys.stderr)
        ok = False
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                print(f"{g['file']}: quote not found: {c['quote']!r}", file=sys.stderr)
                ok = False
            if c["kind"] not in {"released", "exchanged", "transferred_to", "remaining_held", "other"}:
                print(f"{g['file']}: bad kind {c['kind']}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        seen = {}
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n in seen:
                    print(f"{g['file']}: {n!r} in both {seen[n]} and {key}", file=sys.stderr)
                    ok = False
                seen[n] = key
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
