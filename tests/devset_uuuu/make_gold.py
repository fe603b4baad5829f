#!/usr/bin/env python3
"""Gold for devset_uuuu (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_mosaddegh_ahmadabad_1956_fa.txt", published="2016-08-04", outlet="Persian history site, 'on this day' feature (machine-translated)",
        event="Mosaddegh's three-year sentence ends and he is taken under guard to house arrest in Ahmadabad (transfer, not release), 1956-08",
        counts=[
            C("other", 3, "the three-year term of imprisonment", note="sentence length"),
            C("other", 70, "his age of over 70 years", qualifier="more_than", note="age"),
            C("other", 100, "about 100 kilometres to the west of the capital", qualifier="about", note="distance"),
            C("other", 12, "put twelve gendarmes around his walls", note="guards"),
            C("other", 12, "Released after 12 years: the story of the 12 prisoners of the island of Kharg", note="page noise (read-also headline)"),
            C("other", 1500, "the amnesty of 1.500 prisoners on the day of the coronation", note="page noise (read-also headline)"),
        ],
        released_names=[],
        alias_groups={"Mohammad Mosaddegh": ["Dr. Mossadegh", "Dr. Mosaddegh"]},
        not_released_names=["Mohammad Mosaddegh"],
        other_event_released_names=[],
        other_people=["Fazlollah Zahedi", "Nasrollah Azmoudeh", "Hossein Fatemi", "Mohammad Reza Pahlavi",
                      "Farhad Nikpour", "Shirin Rahbar"],
        distractors=["the end of the sentence is explicitly 'not a release, a transfer': house arrest at Ahmadabad counts as held",
                     "Fatemi was executed", "National Front companions 'freed one by one' (no names, no number)",
                     "views 1.227, 17 comments, 12 square metres, 40 hectares, age 84"],
    ),
    dict(
        file="002_hungary_amnesty_bibo_goncz_1963_hu.txt", published="1963-03-30", outlet="Hungarian emigre weekly, Vienna (OCR archive page, machine-translated)",
        event="Hungary's March 1963 general amnesty frees 1956 prisoners incl. István Bibó and Árpád Göncz",
        counts=[
            C("other", 5, "a man who comes home after five years", note="duration"),
            C("other", 1200, "1.200 parcels were sent until now", note="page noise"),
            C("other", 14, "14 Hungarian refugees crossed the border at Andau", note="page noise (refugees, not a release)"),
            C("other", 22000, "22.000 spectators", note="page noise"),
        ],
        released_names=["István Bibó", "Árpád Göncz"],
        alias_groups={"István Bibó": ["Bibó István", "Dr. István Bibó"], "Árpád Göncz": ["Göncz Árpád"]},
        not_released_names=[],
        other_event_released_names=["Tibor Déry", "Gyula Háy"],
        other_people=["József Mindszenty", "Ferenc Halmos", "János Kádár"],
        distractors=["'Bib6' is an OCR error for Bibó", "Mindszenty is a refugee in the US legation (not held, not freed)",
                     "'some hundreds' excluded and 'several hundred' to 'some thousands' freed are vague, no count",
                     "the relative quoted is unnamed; 'Nagy government' (Imre Nagy, not named in full)",
                     "life imprisonment 1958; Déry and Háy freed by the April 1960 partial amnesty (earlier event)"],
    ),
    dict(
        file="003_kudirka_freed_1974_lt.txt", published="2024-08-23", outlet="Lithuanian broadcaster page, 50 years on (machine-translated; cookie banner, video, related, most read)",
        event="USSR frees the Lithuanian sailor Simas Kudirka from a camp; he emigrates to the US, 1974-08 (arrives 1974-11-05)",
        counts=[
            C("other", 10, "the ten-year sentence", note="sentence length"),
            C("other", 4, "less than four years", qualifier="about", note="time served"),
            C("remaining_held", 1200, "in 1974 at least 1 200 Lithuanians were still in Soviet camps and exile for political reasons",
              qualifier="at_least", note="inferred: research-centre figure for 1974, includes exiles; optional"),
            C("other", 3, "Court in Kaunas released on bail 3 suspects of the warehouse fire, 1 remains arrested", note="page noise (related link, bail)"),
            C("other", 2000000, "2 million people in one chain", note="page noise"),
        ],
        released_names=["Simas Kudirka"],
        alias_groups={},
        not_released_names=["Nijolė Sadūnaitė"],
        other_event_released_names=["Algirdas Žemaitis"],
        other_people=["Marija Sulskienė", "Richard Nixon", "Rūta Vaičiulytė", "Henry Kissinger", "Gerald Ford", "Mindaugas Liutkus"],
        distractors=["Kudirka's mother, wife and two children emigrated with him (not prisoners)",
                     "Žemaitis 'was freed only in 1980' (different event)", "Sadūnaitė arrested the same month and condemned",
                     "ages 40 and 81, born 1906, camp No. 36, 34,6 degrees, 7 %"],
    ),
    dict(
        file="004_rochot_hansen_freed_beirut_1986_fr.txt", published="1986-06-20", outlet="AFP French service dispatch (machine-translated)",
        event="Antenne 2 hostages Philippe Rochot and Georges Hansen freed in Beirut, 1986-06-20; six French still held",
        counts=[
            C("released", 2, "Two of the four hostages of Antenne 2 freed in Beirut"),
            C("transferred_to", 2, "The two men were handed over in the afternoon in West Beirut and then conducted to the Syrian capital, Damascus",
              where="Damascus"),
            C("remaining_held", 6, "six French still detained"),
            C("remaining_held", 8, "the number of French hostages in Lebanon goes from eight to six",
              note="earlier event: figure before this release"),
            C("remaining_held", 2, "Their two colleagues of the team",
              note="inferred: subset of the six still held"),
            C("other", 104, "after 104 days of detention", note="duration"),
            C("other", 84, "84 years, retired", note="age"),
        ],
        released_names=["Philippe Rochot", "Georges Hansen"],
        alias_groups={},
        not_released_names=["Aurel Cornea", "Jean-Louis Normandin", "Jean-Paul Kauffmann", "Marcel Carton", "Marcel Fontaine",
                            "Camille Sontag", "Michel Seurat"],
        other_event_released_names=[],
        other_people=["Jacques Lefèvre-Dumaine", "Jacques Chirac"],
        distractors=["Seurat is listed as still detained although his death was claimed (judgement call: held)",
                     "planned onward flight to Villacoublay (no number)", "the wife of Philippe Rochot (unnamed relative)",
                     "'since the morning', 22 March 1985, 7 May: dates"],
    ),
    dict(
        file="005_cordes_freed_beirut_1988_de.txt", published="1988-09-13", outlet="German daily archive page (machine-translated)",
        event="Hoechst manager Rudolf Cordes freed in Beirut after 604 days, handed over in Damascus, 1988-09-12",
        counts=[
            C("released", 3, "in May three French hostages were freed", note="earlier event (May 1988)"),
            C("remaining_held", 16, "still 16 foreigners are in the hands of pro-Iranian groups"),
            C("remaining_held", 9, "among them nine Americans", note="subset of the 16"),
            C("remaining_held", 12, "Still more than a dozen Western hostages in Lebanon", qualifier="more_than",
              note="vague quantifier; same figure as the 16"),
            C("other", 604, "Cordes free after 604 days", note="duration"),
            C("other", 13, "to 13 years of prison", note="sentence"),
            C("other", 1500, "about 1.500 employees had signed a petition", qualifier="about", note="petition signatures"),
            C("other", 11, "He lost about 11 kilos", qualifier="about"),
            C("other", 3, "court releases 3 of the 7 accused in the Startbahn trial on bail", note="page noise (bail)"),
        ],
        released_names=["Rudolf Cordes"],
        alias_groups={},
        not_released_names=["Mohammed Ali Hamadi", "Abbas Ali Hamadi", "Terry Anderson", "Terry Waite", "John McCarthy"],
        other_event_released_names=["Alfred Schmidt"],
        other_people=["Klaus-Dieter Wendland", "Samira Haddad", "Robert Stethem", "Hans-Dietrich Genscher", "Hafez al-Assad",
                      "Helmut Brandner"],
        distractors=["Stethem was murdered in 1985", "the kidnappers demanded the release of the two Hamadi brothers (still held in Germany)",
                     "Schmidt freed 7 September 1987 (earlier event)", "ages 54 and 48; 2.40 clock; DAX 1.132,45"],
    ),
    dict(
        file="006_jewish_underground_last_three_1990_he.txt", published="1990-12-27", outlet="Israeli daily archive (machine-translated from Hebrew)",
        event="Last three 'Jewish Underground' prisoners released after President Herzog shortened their sentences, 1990-12-26",
        counts=[
            C("released", 3, 'The last three of the "Jewish Underground" went out to freedom'),
            C("other", 200, "about 200 supporters", qualifier="about"),
            C("other", 3, "three students were killed", note="victims of the 1983 attack"),
            C("other", 30, "more than 30 were wounded", qualifier="more_than"),
            C("other", 24, "first fixed to 24 years", note="commuted sentence"),
            C("remaining_held", 14000, "about 14 000 Palestinians from the territories are held",
              qualifier="about", note="inferred: Palestinian detainees, a different population; optional"),
            C("other", 3000, "about 3 000 in administrative detention", qualifier="about", note="subset of the 14 000"),
            C("other", 500, "sends more 500 tanks", note="page noise"),
            C("other", 35000, "35 000 immigrants from the Soviet Union", note="page noise"),
        ],
        released_names=["Menachem Livni", "Shaul Nir", "Uzi Sharabaf"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Moshe Levinger"],
        other_people=["Dalia Ben-Ami", "Chaim Herzog", "Eliyahu Livni", "Dan Meridor", "Yossi Sarid", "Ahmad Natsheh"],
        distractors=["Eliyahu Livni is the releasee's brother (same surname); 'Menahem' (first name only) is Menachem Livni",
                     "other members freed in 1987 and 1988 (unnamed earlier releases)",
                     "'no member of the underground remains in prison' (zero, no count)",
                     "Levinger was released in the summer after his own sentence (other event)"],
    ),
    dict(
        file="007_iraq_italian_hostages_freed_liveblog_2004_it.txt", published="2004-06-08", outlet="Italian daily live blog, reverse order (machine-translated)",
        event="Coalition forces free Italian hostages Stefio, Cupertino and Agliana and the Pole Jerzy Kos near Baghdad, 2004-06-08",
        counts=[
            C("released", 3, "Iraq, free the three Italian hostages"),
            C("released", 4, "So the hostages freed in the operation are four"),
            C("transferred_to", 3, "the three former hostages will land tomorrow at Ciampino", where="Ciampino",
              note="planned flight home"),
            C("other", 57, "They were in the hands of the kidnappers for 57 days", note="duration"),
            C("other", 30, "at about 30 km to the west of Baghdad", qualifier="about"),
            C("other", 24, "Forza Italia at 24 %", note="page noise"),
            C("other", 19, "were killed 19 Italians", note="page noise"),
            C("other", 70, "more than 70 foreigners since April, at least 10 killed", qualifier="more_than",
              note="page noise (kidnapped, not released)"),
        ],
        released_names=["Salvatore Stefio", "Umberto Cupertino", "Maurizio Agliana", "Jerzy Kos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Carlo Azeglio Ciampi", "Fabrizio Quattrocchi", "Silvio Berlusconi", "Gianni Letta", "Angelo Agliana"],
        distractors=["Quattrocchi was killed on 14 April", "Angelo Agliana is a releasee's father (same surname)",
                     "sister Graziella (first name only); the mother of Cupertino (unnamed)", "resolution 1546"],
    ),
    dict(
        file="008_chinese_citizens_freed_iraq_2004_zh.txt", published="2004-04-13", outlet="Chinese state news agency wire (machine-translated)",
        event="Seven Chinese citizens from Fujian kidnapped near Fallujah are released to the Association of Muslim Scholars in Baghdad, 2004-04-12",
        counts=[
            C("released", 7, "7 Chinese citizens kidnapped in Iraq have been released"),
            C("transferred_to", 7, "the armed men handed the 7 persons to the Iraqi \"Association of Muslim Scholars\" in Baghdad",
              where="Baghdad", note="inferred: handover point"),
            C("remaining_held", 3, "Three Japanese citizens taken on the 8th are still in the hands of their captors",
              note="inferred: other kidnapping"),
            C("remaining_held", 8, "8 employees of a Russian energy company, Russians and Ukrainians, were seized in Baghdad and are in the hands of kidnappers",
              note="inferred: other kidnapping"),
            C("other", 100, "more than 100 Chinese citizens working privately in Iraq", qualifier="more_than"),
            C("other", 12, "12 workers sent abroad illegally", note="page noise"),
            C("other", 3, "the families of the 3 hostages", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Liu Jianguo", "Zhao Wei", "Sun Bigan", "Kong Quan", "Abdul-Salam al-Kubaisi", "Wang Lin"],
        distractors=["no releasee is named", "the three Japanese hostages are not named",
                     "return to China via Jordan is planned (no number)", "19 o'clock"],
    ),
    dict(
        file="009_teresa_borcz_freed_iraq_2004_pl.txt", published="2004-11-20", outlet="Polish news portal (machine-translated; read-also, comments)",
        event="Polish-born Teresa Borcz-Khalifa freed in Baghdad after 23 days, 2004-11-20",
        counts=[
            C("other", 23, "The hostage spent in captivity 23 days", note="duration"),
            C("other", 30, "who had lived in Iraq for about 30 years", qualifier="about"),
            C("other", 3, "who was held together with three Italians", note="earlier event (June 2004); held together, release implied"),
            C("other", 2400, "about 2 400 soldiers", qualifier="about"),
            C("other", 3, "kidnappers freed 3 Jordanian drivers, 1 still held", note="page noise (read-also headline)"),
            C("other", 80, "controls 80 % of the city", note="page noise"),
            C("other", 1500000, "1,5 million dollars", note="comment (money)"),
        ],
        released_names=["Teresa Borcz-Khalifa"],
        alias_groups={"Teresa Borcz-Khalifa": ["Teresa Borcz Khalifa", "Mrs. Borcz"]},
        not_released_names=[],
        other_event_released_names=["Jerzy Kos", "Simona Pari", "Simona Torretta"],
        other_people=["Marek Belka", "Adnan Khalifa", "Włodzimierz Cimoszewicz", "Aleksander Kwaśniewski"],
        distractors=["Adnan Khalifa is her husband (shares the Khalifa token)", "she 'will come to Poland' (planned, no number)",
                     "Comments (214); commenter nicknames"],
    ),
    dict(
        file="010_globo_reporter_portanova_freed_2006_pt.txt", published="2006-08-14", outlet="Brazilian news portal (machine-translated; read-also list)",
        event="PCC frees TV Globo reporter Guilherme Portanova in São Paulo after about 40 hours, 2006-08-14",
        counts=[
            C("other", 40, "after approximately 40 hours in captivity", qualifier="about", note="duration"),
            C("other", 36, "Portanova, 36 years", note="age"),
            C("other", 70, "rebellions in more than 70 prisons", qualifier="more_than", note="earlier attacks (May 2006)"),
            C("other", 40, "more than 40 agents of public security were killed", qualifier="more_than"),
            C("other", 40, "sentences that sum more than 40 years", qualifier="more_than"),
            C("other", 1200, "1.200 prisoners remain in the yard", note="page noise (read-also headline)"),
            C("other", 9, "Justice releases 9 suspects of the attacks of May", note="page noise (read-also headline)"),
            C("other", 25000000, "R$ 25 million", note="page noise"),
        ],
        released_names=["Guilherme Portanova"],
        alias_groups={},
        not_released_names=["Marcos Willians Herbas Camacho"],
        other_event_released_names=["Alexandre Calado"],
        other_people=["Carlos Henrique Mattos", "Lúcia Portanova", "Saulo de Castro Abreu Filho"],
        distractors=["Calado was freed on Saturday with the DVD (earlier batch of the same abduction)",
                     "Lúcia Portanova is the reporter's mother (same surname)", "Marcola = Marcos Willians Herbas Camacho (nickname)",
                     "5h40, 3 minutes video"],
    ),
    dict(
        file="011_kaesong_hyundai_worker_yu_freed_2009_ko.txt", published="2009-08-13", outlet="Korean news agency wire, urgent + lead (machine-translated)",
        event="North Korea frees Hyundai Asan employee Yu Seong-jin after 136 days at Kaesong, 2009-08-13",
        counts=[
            C("remaining_held", 4, 'four fishermen of "800 Yeonan-ho" still held'),
            C("released", 2, "the release on 5 August of the two American journalists", note="earlier event (5 August 2009)"),
            C("other", 136, "detained at the Kaesong Industrial Complex for 136 days", note="duration"),
            C("other", 44, "Mr. Yu Seong-jin (44)", note="age"),
            C("other", 29, "(29 tons)", note="boat tonnage"),
            C("other", 40000, "about 40 000 North Korean workers", qualifier="about"),
            C("other", 106, "106 South Korean firms"),
        ],
        released_names=["Yu Seong-jin"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Laura Ling", "Euna Lee"],
        other_people=["Hyun Jeong-eun", "Kim Jong-il", "Park Soon-hee", "Bill Clinton", "Lee Myung-bak"],
        distractors=["the four Yeonan-ho fishermen are not named; Park Soon-hee is the captain's wife",
                     "KCNA says Yu was 'deported' (still a release)", "8 photos; 2 tons of flour"],
    ),
    dict(
        file="012_mavi_marmara_activists_return_2010_tr.txt", published="2010-06-03", outlet="Turkish daily web page with live flow (machine-translated)",
        event="Israel releases and deports the Gaza flotilla activists; Mavi Marmara group flown to Istanbul, 2010-06-02/03",
        counts=[
            C("transferred_to", 466, "With the planes, 466 people came to Istanbul", where="Istanbul",
              note="inferred: flight home of the released activists"),
            C("transferred_to", 120, "A group of about 120 activists of Arab countries crossed to Jordan", qualifier="about", where="Jordan"),
            C("other", 700, "about 700 people from 32 countries were taken to the port of Ashdod", qualifier="about",
              note="total detained after the raid"),
            C("other", 9, "The bodies of our nine citizens", note="dead"),
            C("other", 3, "Released by Israel after 3 days", note="duration"),
            C("other", 20, "by 20 ambulances"),
            C("other", 12, "for 12 hours we did not get water"),
            C("other", 19, "19 years old", note="age"),
            C("other", 14, "Court released 14 suspects of the Ergenekon case", note="page noise (most-read headline)"),
            C("other", 1250000, "1 250 000 candidates", note="page noise"),
        ],
        released_names=["Bülent Yıldırım", "Inge Höger", "Annette Groth", "Norman Paech", "Walid al-Tabtabai", "Henning Mankell",
                        "Haneen Zoabi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bülent Arınç", "Recep Akdağ", "Cengiz Songür", "Cevdet Kılıçlar", "Furkan Doğan", "Recep Tayyip Erdoğan",
                      "Ahmet Davutoğlu"],
        distractors=["Songür, Kılıçlar and Doğan were killed in the raid",
                     "some seriously wounded still in Israeli hospitals (no number, no names)",
                     "'all the detained foreign activists ... would be deported within 48 hours' (planned, no count)",
                     "02.40/04.15 times; 8,5 million Euro"],
    ),
    dict(
        file="013_grapel_exchange_taba_2011_ar.txt", published="2011-10-28", outlet="Egyptian daily web page (machine-translated from Arabic)",
        event="Israel frees 25 Egyptian prisoners at Taba in exchange for Ilan Grapel, 2011-10-27",
        counts=[
            C("exchanged", 25, "25 Egyptians return from Israeli prisons in exchange for the spy"),
            C("other", 3, "among them three minors under 18 years", note="subset of the 25"),
            C("released", 477, "477 Palestinian prisoners were freed in the first stage", note="earlier event (Shalit deal, 18 October)"),
            C("released", 550, "another 550 are expected to be freed within two months", note="earlier event; planned second stage of the Shalit deal"),
            C("remaining_held", 60, "the number exceeds 60", qualifier="more_than", note="claim by a lawyer: Sinai detainees still in Israeli prisons"),
            C("transferred_to", 25, "The Egyptian prisoners were transferred after the medical examination to Al-Arish",
              where="Al-Arish", note="inferred: transfer home"),
            C("other", 27, "He is 27 years old", note="age"),
            C("other", 4, "spent four years in the prison of Ketziot", note="duration"),
            C("other", 1200, "the release of 1,200 detainees of the military trials", note="page noise (read-also headline)"),
        ],
        released_names=["Ilan Grapel"],
        alias_groups={"Ilan Grapel": ["Ilan Chaim Grabel", "Grabel", "Grapel"]},
        not_released_names=[],
        other_event_released_names=["Gilad Shalit"],
        other_people=["Hisham Abdel-Aziz", "Gary Ackerman", "Benjamin Netanyahu", "Mohamed Hussein Tantawi", "Fatma Suleiman",
                      "Mahmoud Eid"],
        distractors=["the 25 Egyptians are not named", "'dozens of the sons of Sinai' still held is vague (the lawyer's 'exceeds 60' is the count)",
                     "scorer caveat: 'Ilan Chaim Grabel' does not match 'Ilan Grapel' under the surname rule (grbl/grpl)",
                     "10 pounds; 2-1"],
    ),
    dict(
        file="014_libya_zeidan_abducted_freed_liveblog_2013_ar.txt", published="2013-10-10", outlet="Libyan channel live coverage, reverse order (machine-translated from Arabic)",
        event="Libyan Prime Minister Ali Zeidan abducted from the Corinthia hotel and freed hours later, 2013-10-10",
        counts=[
            C("other", 100, "about 100 armed men in 20 cars", qualifier="about", note="abductors"),
            C("other", 1000, "1 000 tons of chemical agents", note="page noise"),
        ],
        released_names=["Ali Zeidan"],
        alias_groups={"Ali Zeidan": ["Ali Zidan", "Ali Zaydan"]},
        not_released_names=["Nazih al-Ruqai"],
        other_event_released_names=[],
        other_people=["Nouri Abusahmain", "Salma Al-Warfalli", "Khaled Bin Amer"],
        distractors=["Abu Anas al-Libi = Nazih al-Ruqai, held on a US warship", "'arrested by order of the Public Prosecution' claim withdrawn",
                     "unnamed spokesman and Operations Room member", "9 December (date)"],
    ),
    dict(
        file="015_tymoshenko_leaves_kharkiv_2014_uk.txt", published="2014-02-22", outlet="Ukrainian news site (machine-translated; read-also, views, comments)",
        event="Yulia Tymoshenko freed from guarded hospital detention in Kharkiv after a Rada resolution, 2014-02-22",
        counts=[
            C("other", 322, "For the resolution voted 322 people's deputies", note="votes"),
            C("other", 7, "to 7 years of imprisonment", note="sentence"),
            C("other", 80, "more than 80 people had been killed", qualifier="more_than"),
            C("remaining_held", 60, "more than 60 protesters are still held in the pre-trial detention centres",
              qualifier="more_than", note="claim by Euromaidan SOS"),
            C("other", 100, "the fate of more than 100 people is unknown", qualifier="more_than", note="missing"),
            C("other", 328, "328 votes", note="page noise"),
            C("other", 67, "the protesters released 67 policemen", note="page noise (read-also headline)"),
            C("other", 48312, "Views: 48 312", note="page counter"),
        ],
        released_names=["Yulia Tymoshenko"],
        alias_groups={"Yulia Tymoshenko": ["Yulia Volodymyrivna Tymoshenko", "Yulia Volodymyrivna"]},
        not_released_names=[],
        other_event_released_names=["Yuriy Lutsenko"],
        other_people=["Oleksandr Turchynov", "Andriy Bondarenko", "Viktor Yanukovych"],
        distractors=["Lutsenko pardoned in April 2013 (earlier event)", "Yanukovych left Kyiv (not held)",
                     "Comments (1 227); 9,5 UAH", "'two and a half years' duration"],
    ),
    dict(
        file="016_otegi_leaves_logrono_prison_2016_eu.txt", published="2016-03-01", outlet="Basque daily web page (machine-translated from Basque)",
        event="Arnaldo Otegi leaves Logroño prison after serving his Bateragune sentence, 2016-03-01",
        counts=[
            C("remaining_held", 400, "about 400 Basque political prisoners are still in prisons of Spain and France",
              qualifier="about", note="Etxerat count at the beginning of March"),
            C("other", 300, "Nearly 300 people", qualifier="about", note="crowd"),
            C("other", 10, "to ten years of prison", note="sentence"),
            C("other", 47, "Julen Arregi, 47", note="age"),
            C("other", 5, "my son was 5 years old", note="age"),
            C("other", 12000, "12.000 seats", note="page noise"),
            C("other", 4, "releases on bail 4 youths", note="page noise (bail)"),
        ],
        released_names=["Arnaldo Otegi"],
        alias_groups={"Arnaldo Otegi": ["Arnaldo Otegi Mondragon"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hasier Arraiz", "Jorge Fernández Díaz", "Julen Arregi"],
        distractors=["'Otegi askatu!' slogan", "other Bateragune convicts left prison earlier (unnamed)",
                     "ban on public office until 2021", "six years and a half (duration in words)"],
    ),
    dict(
        file="017_nestora_salgado_released_2016_es.txt", published="2016-03-18", outlet="Mexican NGO press release with numbered demands (machine-translated from Spanish)",
        event="Nestora Salgado, Olinalá community-police commander, walks out of Tepepan prison in Mexico City, 2016-03-18",
        counts=[
            C("remaining_held", 12, "at least 12 remain in prisons of Guerrero", qualifier="at_least",
              note="NGO registration of community police still imprisoned"),
            C("remaining_held", 300, "more than 300 in prisons of Michoacán", qualifier="more_than",
              note="NGO registration of self-defence members still imprisoned"),
            C("other", 31, "In these 31 months", note="duration"),
            C("other", 1000, "more than 1.000 kilometres", qualifier="more_than"),
            C("other", 150, "about 150 people and journalists", qualifier="about"),
        ],
        released_names=["Nestora Salgado"],
        alias_groups={"Nestora Salgado": ["Nestora Salgado García", "Compañera Nestora"]},
        not_released_names=["Gonzalo Molina González", "José Manuel Mireles Valverde"],
        other_event_released_names=[],
        other_people=["Rocío Villaseñor"],
        distractors=["her 2013 flight to Tepic and the May 2015 move to Tepepan are transfers, not releases",
                     "planned trip to Seattle (no number)", "her daughters (unnamed)", "prison No. 4; phone numbers"],
    ),
    dict(
        file="018_golunov_released_charges_dropped_2019_ru.txt", published="2019-06-11", outlet="Russian city news site (machine-translated; cookie banner, views, read-also)",
        event="Charges against Meduza journalist Ivan Golunov dropped; he is released from house arrest, 2019-06-11",
        counts=[
            C("other", 36, "Golunov, 36 years", note="age"),
            C("other", 20, "up to 20 years of deprivation of freedom", note="possible sentence (up to)"),
            C("other", 2, "court released on recognizance 2 participants", note="page noise (read-also headline)"),
            C("other", 12584, "👁 12 584", note="page counter"),
        ],
        released_names=["Ivan Golunov"],
        alias_groups={"Ivan Golunov": ["Ivan Valerievich Golunov"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Vladimir Kolokoltsev", "Pavel Sidorkin", "Dmitry Peskov"],
        distractors=["two generals to be dismissed (unnamed)", "house arrest ended = release",
                     "'hundreds of people are condemned every year' (vague)", "Petrovka, 38 (address); +29; 64,5 rubles"],
    ),
    dict(
        file="019_wang_quanzhang_released_jinan_2020_zh.txt", published="2020-04-05", outlet="Hong Kong broadcaster page (machine-translated; cookie banner, video, related)",
        event="Lawyer Wang Quanzhang released from Linyi prison at the end of his sentence and sent to Jinan for quarantine, 2020-04-05",
        counts=[
            C("other", 4, "completes sentence of 4 years 6 months", note="sentence"),
            C("other", 14, "a \"14-day medical quarantine\"", note="duration"),
            C("other", 1700, "After 1 700 days", note="duration"),
            C("other", 300, "more than 300 lawyers, law firm staff and activists were detained, summoned or questioned",
              qualifier="more_than", note="2015 crackdown total, not a release"),
            C("other", 44, "Wang Quanzhang, 44", note="age"),
            C("other", 21, "the list of the 21 lawyers and activists who were sentenced", note="page noise"),
            C("other", 3, "court releases 3 young protesters on bail, 2 remain in custody", note="page noise (bail)"),
            C("other", 914, "the total is 914", note="page noise"),
        ],
        released_names=["Wang Quanzhang"],
        alias_groups={},
        not_released_names=["Yu Wensheng", "Xu Zhiyong", "Ding Jiaxi"],
        other_event_released_names=["Li Heping", "Jiang Tianyong"],
        other_people=["Li Wenzu", "Wang Yu", "Cheung Ka-wai", "Lam Siu-fung"],
        distractors=["Wang Yu was released on bail in 2016 (bail is not release)",
                     "the Jinan 'quarantine' is a transfer under watch; judgement call: he is released (sentence completed)",
                     "the 7-year-old son (unnamed)", "video 02:31"],
    ),
    dict(
        file="020_suzuki_hideji_returns_from_china_2022_ja.txt", published="2022-10-11", outlet="Japanese daily web page (machine-translated)",
        event="Hideji Suzuki released in Beijing at the end of his six-year espionage sentence and returns to Haneda, 2022-10-11",
        counts=[
            C("other", 6, "sentenced to 6 years imprisonment", note="sentence"),
            C("other", 65, "Mr. Suzuki Hideji (65)", note="age"),
            C("other", 16, "at least 16 Japanese have been detained in China", qualifier="at_least",
              note="cumulative detentions since 2015, not a release"),
            C("other", 1, "one died of illness during the detention"),
            C("other", 62, "Kazuko-san (62)", note="age"),
            C("other", 72, "for 72 hours", note="page noise"),
            C("other", 145, "145 yen to the dollar", note="page noise"),
        ],
        released_names=["Hideji Suzuki"],
        alias_groups={"Hideji Suzuki": ["Suzuki Hideji", "Mr. Suzuki"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Matsuno Hirokazu", "Takeda Masaru", "Kishida Fumio", "Xi Jinping", "Ōtsuka Rina", "Iwatani Nobu"],
        distractors=["'some people are still serving sentences' (no number, no names)",
                     "Iwatani Nobu returned after release on bail in 2019 (bail: other person, judgement call)",
                     "Kazuko-san is the wife (first name only)", "50th anniversary; 24 years"],
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
