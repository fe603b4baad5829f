#!/usr/bin/env python3
"""Gold for devset_qqq (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_laos_pathet_lao_frees_americans_1962.txt", published="1962-08-18", outlet="US evening paper, scanned archive page (OCR note, page-one teasers)",
        event="Pathet Lao free Wolfkill, McMorrow, Shore, Maj. Bailey and four Filipinos to the ICC at Khang Khay, flown to Vientiane, 1962-08-17",
        counts=[
            C("released", 4, "The pro-Communist Pathet Lao today released four Americans"),
            C("released", 4, "Four Filipino mechanics who had been captured with the helicopter crew were freed at the same time",
              note="the non-American releasees of the same handover"),
            C("released", 8, "bringing to eight the number of men let go today"),
            C("transferred_to", 8, "All eight were flown to Vientiane late this afternoon", where="Vientiane"),
            C("exchanged", 37, "The Royal Laotian government said it had freed 37 Pathet Lao prisoners this week",
              note="other side of the exchange"),
            C("remaining_held", 2, "they believe at least two other Americans are still held by the Pathet Lao", qualifier="at_least",
              note="belief of US officials"),
            C("other", 14, "signed at Geneva on July 23 by 14 nations"),
            C("other", 75, "within 75 days"),
            C("other", 40, "about 40 pounds", qualifier="about", note="weight lost"),
            C("other", 10, "the handover took less than 10 minutes"),
        ],
        released_names=["Grant Wolfkill", "John McMorrow", "Edward Shore", "Lawrence R. Bailey Jr."],
        alias_groups={"Lawrence R. Bailey Jr.": ["Maj. Bailey"]},
        not_released_names=["Walter H. Moon"],
        other_event_released_names=[],
        other_people=["Leonard Unger", "Avtar Singh", "Souphanouvong", "Souvanna Phouma", "Ruth Haines"],
        distractors=["Mrs. Ruth Haines is Wolfkill's sister (relative)", "the four Filipinos are unnamed",
                     "Pathet Lao spokesman had 'no information' about Moon, but US officials believe he is held",
                     "'15 months' / '17 months' are durations", "page-one teasers ($4.5 billion aid bill, Berlin Wall shooting) are page noise"],
    ),
    dict(
        file="002_nlf_frees_three_sergeants_phnom_penh_1967.txt", published="1967-11-12", outlet="UPI wire (Phnom Penh dateline)",
        event="NLF frees Sgts Pitzer, Johnson and Jackson to Tom Hayden in Phnom Penh, 1967-11-11",
        counts=[
            C("released", 3, "The Viet Cong today turned over three American Army sergeants"),
            C("released", 2, "In November, 1965, the Front freed two Army sergeants", note="earlier event (1965)"),
            C("released", 5, "Today's release brings to five the number of American soldiers the guerrillas have set free in Cambodia",
              note="cumulative (1965 + 1967)"),
            C("other", 200, "more than 200 Americans are listed as missing or captured", qualifier="more_than",
              note="missing or captured; not a count of people held"),
            C("other", 20, "at least 20 times", qualifier="at_least", note="number of camp moves"),
        ],
        released_names=["Daniel L. Pitzer", "Edward R. Johnson", "James E. Jackson Jr."],
        alias_groups={},
        not_released_names=["James N. Rowe"],
        other_event_released_names=["George E. Smith", "Claude McClure"],
        other_people=["Tom Hayden", "Norodom Sihanouk", "Ethel Jackson", "Humbert R. Versace"],
        distractors=["Versace is believed executed (neither released nor held)", "Ethel Jackson is Sgt. Jackson's mother",
                     "'a prisoner for four years', '16 months' are durations", "Hayden, 27 is an age"],
    ),
    dict(
        file="003_singapore_michael_fay_released_1994.txt", published="1994-06-21", outlet="Reuters wire brief",
        event="Singapore releases Michael Fay from Queenstown Remand Prison after 83 days, 1994-06-21",
        counts=[
            C("other", 83, "after serving 83 days of a four-month sentence"),
            C("other", 4, "Fay was caned four times", note="strokes of the cane"),
            C("other", 6, "reduced the number of strokes from six"),
            C("other", 3500, "3,500 Singapore dollars", note="fine"),
            C("other", 2214, "$2,214", note="fine in US dollars"),
            C("other", 10, "over 10 days in 1993"),
            C("other", 12, "eight months and 12 strokes", note="another defendant's sentence"),
        ],
        released_names=["Michael Fay"],
        alias_groups={},
        not_released_names=["Shiu Chi Ho"],
        other_event_released_names=[],
        other_people=["George Fay", "Ong Teng Cheong", "Bill Clinton", "Randy Chan"],
        distractors=["George Fay is the father (same surname)", "a 16-year-old schoolmate deported last year (unnamed; deportation)",
                     "one month's remission for good behaviour"],
    ),
    dict(
        file="004_burma_amnesty_thakin_soe_1980.txt", published="1980-05-30", outlet="British broadsheet, foreign correspondent",
        event="Burma's 1980 general amnesty: 1,247 freed in the first releases incl. Thakin Soe; U Nu invited back, 1980-05-28/29",
        counts=[
            C("released", 1247, "officials said 1,247 people had been freed from Insein jail"),
            C("released", 2000, "will certainly exceed 2,000", qualifier="more_than", note="projected total of the amnesty"),
            C("other", 300, "at least 300 of them, he said, were ordinary convicts", qualifier="at_least", note="subset of those freed"),
            C("other", 1200, "some 1,200 senior monks", qualifier="about"),
            C("other", 90, "within 90 days"),
            C("other", 2000, "estimated by diplomats at about 2,000 armed men", qualifier="about",
              note="U Nu's armed followers on the Thai border; not prisoners"),
            C("other", 50, "in groups of 50"),
            C("other", 20, "20 kyats"),
            C("other", 10000, "perhaps 10,000", qualifier="about", note="Communist army strength"),
        ],
        released_names=["Thakin Soe", "Khin Myint Aye"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["U Nu"],
        other_people=["Ne Win", "Aye Ko", "U Thant", "Alan Horsley"],
        distractors=["U Nu was held without trial until 1966 (earlier release) and is now invited to return from exile (not a prison release)",
                     "students of the 1974 riots 'believed to have been freed in earlier batches' (unnamed)",
                     "'several hundred people remain in jail' is vague", "Thakin Soe's death sentence was never carried out"],
    ),
    dict(
        file="005_cambodia_23_activists_freed_2014.txt", published="2014-05-30", outlet="Cambodian labour-rights NGO press release",
        event="Phnom Penh court convicts the 23 with suspended sentences; the last 21 freed from CC3, 2014-05-30",
        counts=[
            C("released", 21, "the release this evening of the last 21 of the 23 workers"),
            C("other", 23, "convicted all 23 defendants", note="all 23 convicted with suspended sentences; 21 freed tonight, 2 already on bail"),
            C("released", 2, "Two other defendants were granted bail on medical grounds in February", note="earlier event (bail, February)"),
            C("other", 4, "killing at least four people", qualifier="at_least"),
            C("other", 140, "more than 140 kilometres", qualifier="more_than"),
            C("other", 160, "a minimum wage of 160 US dollars"),
            C("other", 100, "at 100 US dollars per month"),
            C("other", 11, "At least 11 people have been arrested at peaceful gatherings", qualifier="at_least",
              note="arrests; not said to be still held"),
            C("other", 10, "Ten were detained at the Yakjin", note="subset of the 23 (arrests)"),
            C("other", 13, "and 13 near the Canadia Industrial Park", note="subset of the 23 (arrests)"),
        ],
        released_names=["Vorn Pov", "Theng Savoeun", "Chan Puthisak"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sok Chanthy", "Lim Sreypov", "Khem Saphath"],
        distractors=["Khem Saphath is missing, believed dead (not held, not released)",
                     "'release all remaining detainees' is a demand with no number", "sentences of one to four and a half years, suspended"],
    ),
    dict(
        file="006_khartoum_embassy_siege_feature_2023.txt", published="2023-03-01", outlet="long-read feature, 50 years on",
        event="Khartoum Saudi-embassy siege ends; Black September frees the Saudi ambassador, his family and the Jordanian chargé, 1973-03-04",
        counts=[
            C("released", 7, "freed the seven hostages still in the building"),
            C("released", 20, "Within the first hour the gunmen let some 20 others go", qualifier="about",
              note="same siege, first hour"),
            C("other", 3, "Three diplomats were murdered"),
            C("other", 8, "eight gunmen stormed a farewell party"),
            C("other", 5, "They kept five men", note="hostages at the start of the siege (historical)"),
            C("other", 4, "their four children"),
            C("other", 16, "and of 16 other guerrillas held by King Hussein", note="demanded, not freed"),
            C("released", 2, "Two of the eight were acquitted for lack of evidence and set free", note="earlier event (1974 trial)"),
            C("transferred_to", 6, "On 24 June 1974 the six were flown to Cairo", where="Cairo", note="earlier event (1974, convicted gunmen)"),
            C("other", 60, "about 60 hours after the raid began", qualifier="about"),
            C("other", 250, "among the 250 names"),
        ],
        released_names=["Abdullah al-Malhouk", "Adli al-Nasser"],
        alias_groups={"Abdullah al-Malhouk": ["Sheikh Abdullah"]},
        not_released_names=["Sirhan Sirhan"],
        other_event_released_names=["Abu Daoud"],
        other_people=["Cleo A. Noel Jr.", "George Curtis Moore", "Guy Eid", "Richard Nixon", "William Macomber", "Jaafar Nimeiry",
                      "Faris al-Nasser", "William Moore", "Margaret Oduya", "Abu Ghassan", "Andreas Baader", "Ulrike Meinhof",
                      "Robert Kennedy"],
        distractors=["Noel, Moore and Eid were killed", "the ambassador's wife and children are unnamed releasees",
                     "Abu Daoud freed in September 1973 under a Jordanian amnesty", "Baader and Meinhof were demanded, never freed",
                     "Faris al-Nasser (nephew) and William Moore (son) are relatives",
                     "'Several were reported free within months' (vague, later event)"],
    ),
    dict(
        file="007_cuba_fangio_freed_translated_1958.txt", published="1958-02-25", outlet="Argentine daily, archive, machine-translated from Spanish ('1.500')",
        event="26th of July Movement frees Juan Manuel Fangio in Havana after about 26 hours, 1958-02-24/25",
        counts=[
            C("other", 26, "The kidnapping had lasted 26 hours approximately", qualifier="about"),
            C("other", 1500, "more than 1.500 agents", qualifier="more_than", note="police searching"),
            C("other", 7, "causing seven deaths", note="race crash"),
            C("other", 40, "more than 40 injured", qualifier="more_than", note="race crash"),
            C("other", 150000, "more than 150.000 spectators", qualifier="more_than"),
            C("other", 20, "some twenty journalists", qualifier="about"),
            C("other", 3, "three different houses"),
            C("other", 24, "in 24 victories", note="page noise"),
            C("other", 10412, "No. 10.412", note="page noise (issue number)"),
        ],
        released_names=["Juan Manuel Fangio"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Horacio Bustamante", "Marcello Giambertone", "Fulgencio Batista", "Armando García Cifuentes",
                      "Stirling Moss", "Herminia Déramo", "Ricardo M. Sosa"],
        distractors=["'five times world champion' is not a count", "kidnappers unnamed ('the chief')",
                     "price of meat 3,50 pesos and football score are page noise"],
    ),
    dict(
        file="008_el_salvador_sheraton_standoff_1989.txt", published="1989-11-23", outlet="US broadsheet",
        event="FMLN rebels leave the San Salvador Sheraton; 12 Green Berets and about 30 guests walk out, 1989-11-22",
        counts=[
            C("released", 12, "Twelve American Special Forces soldiers who had barricaded themselves on the fourth floor"),
            C("released", 30, "About 30 other guests", qualifier="about"),
            C("other", 40, "30 to 40 fighters", qualifier="about", note="rebel strength"),
            C("other", 55, "the 55-man American military advisory group"),
            C("other", 1500, "more than 1,500 people have been killed", qualifier="more_than"),
            C("other", 400, "at least 400 civilians", qualifier="at_least"),
            C("other", 6, "Six Jesuit priests"),
            C("other", 85000000, "$85 million"),
            C("other", 28, "for more than 28 hours", qualifier="more_than"),
        ],
        released_names=["João Clemente Baena Soares"],
        alias_groups={"João Clemente Baena Soares": ["Mr. Baena Soares"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["William G. Walker", "Alfredo Cristiani", "Gregorio Rosa Chávez", "Marlin Fitzwater",
                      "Julio Ernesto Mejía", "Daniel Esquivel"],
        distractors=["Baena Soares says he was 'never a hostage' but was taken out of the occupied hotel by soldiers the day before (counted as freed in the standoff)",
                     "the 12 soldiers are unnamed", "Comandante Ricardo is a rebel nom de guerre",
                     "the waiter Mejía hid in the kitchen (not described as held)", "'no deal of any kind'"],
    ),
    dict(
        file="009_sudan_lubna_hussein_freed_2009.txt", published="2009-09-08", outlet="UK broadcaster web page (cookie banner, video residue, related links)",
        event="Lubna Hussein freed from Omdurman women's prison after the journalists' union pays her fine, 2009-09-08",
        counts=[
            C("released", 40, "more than 40 women were detained", qualifier="more_than", note="protesters detained and freed the same day"),
            C("other", 500, "fine of 500 Sudanese pounds"),
            C("other", 200, "($200; £120)"),
            C("other", 40, "up to 40 lashes"),
            C("other", 13, "among 13 women arrested"),
            C("other", 10, "Ten of them pleaded guilty", note="flogged, July"),
        ],
        released_names=["Lubna Hussein"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohieddin Titawi", "Abdel Daiem Zumrawi"],
        distractors=["'tens of thousands of women are arrested every year' is vague", "'one month in jail' is the alternative sentence",
                     "related headline 'Somali pirates free Turkish cargo ship' is page noise"],
    ),
    dict(
        file="010_somalia_samho_dream_freed_2010.txt", published="2010-11-06", outlet="Reuters wire (UPDATE 2, bullet summary)",
        event="Somali pirates free the supertanker Samho Dream and its 24 crew after a reported $9.5m ransom, 2010-11-06",
        counts=[
            C("released", 24, "freed a South Korean supertanker and its 24 crew"),
            C("other", 19, "Its crew of five South Koreans and 19 Filipinos", note="subset of the 24 (also five South Koreans)"),
            C("remaining_held", 400, "more than 400 seafarers", qualifier="more_than", note="claim by Seafarers Assistance Programme"),
            C("other", 20, "at least 20 vessels", qualifier="at_least", note="ships, not people"),
            C("remaining_held", 43, "seized off Lamu in October with 43 crew on board", note="Keummi 305 crew still held"),
            C("remaining_held", 60, "more than 60 Filipino seafarers remain in the hands of Somali pirates", qualifier="more_than"),
            C("other", 9500000, "about $9.5 million", qualifier="about", note="ransom"),
            C("other", 170000000, "some $170 million", qualifier="about"),
            C("other", 217, "after 217 days in pirate hands"),
            C("other", 2000000, "2 million barrels"),
            C("other", 1500, "about 1,500 km", qualifier="about"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kim Young-sun", "Farah Yusuf", "John Harbour", "Andrew Mwangura", "Marites Dela Cruz",
                      "Abdiqani Hassan", "Jack Kimball", "Rosemarie Bautista", "Peter Kamau", "Tom Aldridge"],
        distractors=["Maran Centaurus freed earlier this year (ship, no people count)", "'Every negotiator will now ask for ten million'",
                     "the crew are unnamed; Marites Dela Cruz is a wife", "Farah Yusuf is a pirate"],
    ),
    dict(
        file="011_ethiopia_reeyot_alemu_freed_2015.txt", published="2015-07-20", outlet="African news aggregator (most-read list)",
        event="Ethiopia releases columnist Reeyot Alemu on parole days before Obama's visit, 2015-07-19",
        counts=[
            C("released", 5, "prosecutors dropped charges against five other detainees on July 8", note="earlier event (July 8)"),
            C("remaining_held", 4, "Four other Zone 9 bloggers"),
            C("remaining_held", 10, "at least 10 journalists remain jailed in Ethiopia", qualifier="at_least", note="claim by CPJ"),
            C("other", 14, "sentenced to 14 years in prison"),
            C("other", 5, "cut to five years on appeal"),
            C("other", 18, "who is serving 18 years"),
            C("other", 26, "26 killed as bus plunges", note="page noise"),
        ],
        released_names=["Reeyot Alemu"],
        alias_groups={},
        not_released_names=["Atnaf Berhane", "Natnael Feleke", "Befekadu Hailu", "Abel Wabela", "Eskinder Nega", "Woubshet Taye"],
        other_event_released_names=["Tesfalidet Kidane", "Asmamaw Hailegiorgis", "Mahlet Fantahun", "Zelalem Kibret", "Edom Kassaye"],
        other_people=["Eskedar Alemu", "Ameha Mekonnen", "Getachew Reda", "Barack Obama", "Tom Rhodes", "Hailemariam Desalegn"],
        distractors=["Eskedar Alemu is her sister", "'more than 14 months' is a duration", "'Freeing a handful of people' is vague",
                     "most-read headlines (Nkurunziza 69%, Buhari) are page noise"],
    ),
    dict(
        file="012_sudan_pardons_petr_jasek_translated_2017.txt", published="2017-02-26", outlet="Czech news site, machine-translated ('1 000')",
        event="Sudan's president pardons the Czech aid worker Petr Jasek; Zaoralek flies him to Prague, 2017-02-26",
        counts=[
            C("remaining_held", 2, "Two Sudanese stay in prison"),
            C("released", 5, "the release of five Czechs held in Lebanon", note="earlier event (2016)"),
            C("other", 445, "Jašek spent in Sudanese prisons 445 days"),
            C("other", 100000, "100 000 Sudanese pounds", note="fine"),
            C("other", 390000, "390 000 crowns"),
            C("other", 12, "Each of them received 12 years"),
            C("other", 1000, "more than 1 000 people wrote", qualifier="more_than"),
            C("other", 312, "Discussion (312 posts)", note="page noise"),
        ],
        released_names=["Petr Jašek"],
        alias_groups={},
        not_released_names=["Hassan Abduraheem Kodi Taour", "Abdulmonem Abdumawla"],
        other_event_released_names=["Kuwa Shamal"],
        other_people=["Lubomír Zaorálek", "Umar al-Bašír", "Ibrahim Ghandour", "Jan Kratochvíl"],
        distractors=["'No money was paid. Nobody bought anybody.'", "life imprisonment is a sentence",
                     "related-article dates are page noise"],
    ),
    dict(
        file="013_south_sudan_ajak_wol_pardon_2020.txt", published="2020-01-04", outlet="Juba local daily",
        event="Kiir pardons Kerbino Wol and Peter Biar Ajak with 28 others; 24 of 30 freed from Juba Central Prison, 2020-01-03",
        counts=[
            C("released", 24, "24 of the 30 had been released by Friday evening"),
            C("remaining_held", 6, "The remaining six, who were moved to a prison in Wau last year",
              note="pardoned but not yet freed"),
            C("other", 28, "Peter Biar Ajak Ayuel and 28 others", note="pardoned besides the two; 30 in all"),
            C("other", 30, "good news for 30 families", note="the 30 pardoned"),
            C("remaining_held", 40, "at least 40 people are held in NSS facilities in Juba alone", qualifier="at_least",
              note="claim by Amnesty International"),
            C("released", 24, "the army said at the time that it had freed 24 of them", note="earlier event (November 2018)"),
            C("other", 10, "ten years in prison"),
            C("other", 908000, "908,000 affected", note="page noise"),
        ],
        released_names=["Kerbino Wol Agok", "Peter Biar Ajak"],
        alias_groups={"Peter Biar Ajak": ["Biar Ajak", "Peter Biar Ajak Ayuel"], "Kerbino Wol Agok": ["Kerbino"]},
        not_released_names=["Dut Malual Arop"],
        other_event_released_names=[],
        other_people=["Salva Kiir Mayardit", "Daniel Justin Lado", "James Oyet Latansio", "Michael Makuei Lueth",
                      "Edmund Yakani", "Riek Machar", "Mading Ajang"],
        distractors=["'dozens of people remain detained' is vague", "the two 24s: this event vs November 2018",
                     "'Vol. 9 No. 1,882' is masthead noise"],
    ),
    dict(
        file="014_malaysia_doan_thi_huong_freed_2019.txt", published="2019-05-03", outlet="Asian broadcaster web page (cookie banner, video residue, related links)",
        event="Doan Thi Huong freed from Kajang prison and flown to Hanoi, 2019-05-03",
        counts=[
            C("other", 4, "Four North Korean men who were charged along with the two women", note="at large, not held"),
            C("other", 3, "sentenced to three years and four months in prison"),
            C("other", 20, "died within 20 minutes"),
        ],
        released_names=["Doan Thi Huong"],
        alias_groups={"Doan Thi Huong": ["Huong"]},
        not_released_names=[],
        other_event_released_names=["Siti Aisyah"],
        other_people=["Hisyam Teh Poh Teik", "Doan Van Thanh", "Kim Jong Nam", "Kim Jong Un", "Le Quy Quynh", "Phil Hasbrook"],
        distractors=["the North Korean suspects 'remain at large' (not held)", "Kim Jong Nam was killed",
                     "Doan Van Thanh is her father", "'more than two years in a cell' is a duration"],
    ),
    dict(
        file="015_thailand_hakeem_alaraibi_liveblog_2019.txt", published="2019-02-11", outlet="Australian news live blog (timestamps, unrelated entries)",
        event="Thai court drops Bahrain's extradition case; Hakeem al-Araibi released from Bangkok Remand Prison, 2019-02-11",
        counts=[
            C("other", 76, "Seventy-six days", note="duration of detention"),
            C("other", 200, "about 200 supporters", qualifier="about"),
            C("other", 10, "a 10-year sentence"),
            C("remaining_held", 4000, "an estimated 4,000 political prisoners remain in Bahraini jails", qualifier="about",
              note="claim by BIRD"),
            C("other", 50000, "more than 50,000 people who signed an online petition", qualifier="more_than"),
            C("other", 44, "temperatures up to 44 degrees", note="page noise"),
        ],
        released_names=["Hakeem al-Araibi"],
        alias_groups={"Hakeem al-Araibi": ["al-Araibi"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Craig Foster", "Nadthasiri Bergman", "Scott Morrison", "Prayut", "Marise Payne", "Kerryn Phelps",
                      "Sayed Ahmed Alwadaei", "Chatchom Akapin", "Sarah Whitlock", "Tom Percival"],
        distractors=["medevac bill (transfer of sick refugees from Nauru and Manus) is not a release",
                     "flight TG465 number", "his wife is unnamed"],
    ),
    dict(
        file="016_myanmar_frees_yuki_kitazumi_2021.txt", published="2021-05-14", outlet="news-agency wire (Tokyo dateline)",
        event="Myanmar junta drops the charge against Yuki Kitazumi and frees him; he lands at Narita, 2021-05-14",
        counts=[
            C("remaining_held", 3800, "More than 3,800 people are currently detained in connection with the coup", qualifier="more_than",
              note="claim by AAPP"),
            C("other", 788, "at least 788 have been killed", qualifier="at_least"),
            C("other", 80, "Around 80 journalists have been arrested since the coup", qualifier="about",
              note="arrests; about half still held (no number)"),
            C("released", 23184, "the junta pardoned 23,184 prisoners", note="earlier event (April 17 New Year amnesty)"),
            C("other", 3, "up to three years"),
        ],
        released_names=["Yuki Kitazumi"],
        alias_groups={},
        not_released_names=["Aung San Suu Kyi", "Nathan Maung"],
        other_event_released_names=["Robert Bociaga"],
        other_people=["Hideo Watanabe", "Toshimitsu Motegi", "Katsunobu Kato", "Yumiko Kitazumi", "Ichiro Maruyama"],
        distractors=["Kitazumi was also briefly held and released on Feb. 26 (same person, earlier)",
                     "Yumiko Kitazumi is his sister (same surname)", "'two weeks in quarantine' is not detention",
                     "Bociaga was deported after nearly two weeks in custody"],
    ),
    dict(
        file="017_indonesia_baasyir_released_translated_2021.txt", published="2021-01-08", outlet="Indonesian news site, machine-translated ('1.000')",
        event="Abu Bakar Ba'asyir released from Gunung Sindur prison at the end of his sentence, taken to Ngruki, 2021-01-08",
        counts=[
            C("other", 55, "remissions totalling 55 months"),
            C("other", 15, "15 years of prison"),
            C("other", 1000, "around 1.000 personnel", qualifier="about"),
            C("remaining_held", 1200, "more than 1.200 terrorism detainees and convicts in Indonesia", qualifier="more_than",
              note="claim by IPAC"),
            C("released", 800, "reaches more than 800 people", qualifier="more_than", note="cumulative since 2002"),
            C("other", 20, "sentenced 20 years"),
            C("other", 23, "Arrests 23 Suspected Terrorists", note="page noise"),
        ],
        released_names=["Abu Bakar Ba'asyir"],
        alias_groups={"Abu Bakar Ba'asyir": ["Ba'asyir"]},
        not_released_names=["Umar Patek", "Aman Abdurrahman"],
        other_event_released_names=[],
        other_people=["Abdul Rochim Ba'asyir", "Achmad Michdan", "Rika Aprianti", "Joko Widodo", "Yusril Ihza Mahendra",
                      "Bambang Yugo Pamungkas", "Boy Rafli Amar", "Fajar Nugroho", "Dewi Kartika"],
        distractors=["Abdul Rochim Ba'asyir is his son (same surname)", "the planned 2019 release was cancelled",
                     "'Tens of santri' is vague", "Densus 88 is a unit name"],
    ),
    dict(
        file="018_philippines_de_lima_bail_2023.txt", published="2023-11-14", outlet="Manila daily (ads, trending list)",
        event="Leila de Lima granted bail in her last drug case and leaves Camp Crame, 2023-11-13",
        counts=[
            C("other", 100, "more than 100 supporters", qualifier="more_than"),
            C("other", 300000, "Bail was set at P300,000"),
            C("other", 3, "the last of three drug cases"),
            C("other", 14, "Two dead, 14 hurt", note="page noise"),
            C("other", 49500000, "P49.5 million", note="page noise"),
        ],
        released_names=["Leila de Lima"],
        alias_groups={"Leila de Lima": ["De Lima"]},
        not_released_names=["Ronnie Dayan"],
        other_event_released_names=[],
        other_people=["Gener Gito", "Filibon Tacardon", "Jesus Crispin Remulla", "Leni Robredo", "Rafael Ragos",
                      "Jocelyn Reyes-Tuazon", "Duterte"],
        distractors=["Ronnie Dayan was granted bail but is still in Muntinlupa City Jail, release expected later in the week",
                     "she was briefly taken hostage in October 2022 (same person, earlier)", "'six years, eight months and 20 days' is a duration",
                     "PBA score 98-95 is page noise"],
    ),
    dict(
        file="019_panama_posada_pardon_2004.txt", published="2004-08-26", outlet="AP wire",
        event="Moscoso pardons Posada Carriles, Jiménez, Remón and Novo; three fly to Miami, 2004-08-26",
        counts=[
            C("released", 4, "pardoned four anti-Castro Cuban exiles"),
            C("transferred_to", 3, "Three of them flew to Miami hours later", where="Miami"),
            C("other", 73, "killed all 73 people aboard"),
            C("other", 33, "about 33 pounds of explosives", qualifier="about"),
            C("other", 50, "about 50 cheering supporters", qualifier="about"),
            C("other", 8, "sentenced to eight years in prison"),
        ],
        released_names=["Luis Posada Carriles", "Gaspar Jiménez", "Pedro Remón", "Guillermo Novo Sampol"],
        alias_groups={"Luis Posada Carriles": ["Posada"], "Guillermo Novo Sampol": ["Novo"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mireya Moscoso", "Fidel Castro", "Adam Ereli", "Hugo Chávez", "Martín Torrijos",
                      "Roberto Quintero", "Marisa Delgado"],
        distractors=["'several dozen other inmates' pardoned, no number", "Posada escaped from a Venezuelan prison in 1985 (escape, not release)",
                     "Posada left for an undisclosed destination (no transfer destination)"],
    ),
    dict(
        file="020_guatemala_zamora_house_arrest_2024.txt", published="2024-10-19", outlet="Central American press-freedom NGO press release",
        event="José Rubén Zamora leaves Mariscal Zavala prison for house arrest after 813 days, 2024-10-19",
        counts=[
            C("other", 813, "a total of 813 days"),
            C("other", 6, "sentenced to six years in prison"),
            C("other", 25, "at least 25 journalists have left Guatemala", qualifier="at_least"),
            C("other", 8, "Eight journalists and columnists of elPeriódico were placed under investigation"),
            C("other", 2, "two were detained for several months", note="lawyers; implied freed earlier, no date"),
            C("other", 27, "after 27 years"),
        ],
        released_names=["José Rubén Zamora"],
        alias_groups={"José Rubén Zamora": ["José Rubén Zamora Marroquín", "Zamora"]},
        not_released_names=[],
        other_event_released_names=["Virginia Laparra"],
        other_people=["José Carlos Zamora", "Mario Castillo Pérez", "Alejandro Giammattei", "María Consuelo Porras",
                      "Lucía Barrientos", "Bernardo Arévalo"],
        distractors=["house arrest counted as release from prison ('he is not free')", "José Carlos Zamora is his son (same surname and first name José)",
                     "Laparra 'was freed and left the country' earlier this year"],
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
