#!/usr/bin/env python3
"""Gold for devset_v (blind, held-out-style; events 1975-2007). Writes gold.jsonl and checks
that every quote is an exact substring of its article, that every name, alias and `where`
occurs in it (case-insensitive, for all-caps bylines), that no name is in two lists, and
that kinds, qualifiers and values are valid."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALS = {"exact", "more_than", "at_least", "about"}
LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_moluccan_train_siege.txt", published="1975-12-14", outlet="UPI archive wire",
        event="South Moluccan train hijack at Wijster/Beilen ends; last 23 hostages freed, 1975-12-14",
        counts=[
            C("released", 23, "released the last 23 hostages"),
            C("released", 8, "Eight other passengers were freed earlier in the week",
              note="earlier event (earlier releases during the same siege)"),
            C("remaining_held", 25, "a separate group of South Moluccans still held 25 hostages",
              note="earlier event: different siege (Indonesian consulate, Amsterdam), still held"),
            C("other", 3, "Three people were killed during the siege", note="casualties"),
            C("other", 7, "Seven South Moluccan gunmen surrendered", note="captors; taken into custody"),
        ],
        released_names=["Gerard Vaders"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hans Braam", "Leo Bulter", "Bert Bierling", "Semuel Metiary", "Johannes Manusama",
                      "Dries van Agt", "Joop den Uyl"],
        distractors=["Braam, Bulter and Bierling were killed (not releasees)",
                     "'a few others escaped' (escape, no number)", "12 days; Vaders, 51; up to 20 years",
                     "gunmen taken away in handcuffs (into custody)",
                     "More from UPI Archives list (Ford, Suharto, Dow 818.80) is page noise"],
    ),
    dict(
        file="002_niehous_rescue_archive.txt", published="2024-06-30",
        outlet="US regional paper, archive reprint (newsletter prompt, most-read list)",
        event="Owens-Illinois executive William Niehous rescued in Venezuela after 40 months, 1979-06-29",
        counts=[
            C("other", 7, "by seven men, some of them dressed as police officers", note="kidnappers (1976)"),
            C("other", 3, "surprised three men guarding", note="guards; one killed, one taken into custody"),
            C("other", 3500000, "A demand for $3.5 million", note="ransom demand (money)"),
            C("other", 40, "kidnapped from his home in Caracas 40 months ago", note="duration"),
        ],
        released_names=["William F. Niehous"],
        alias_groups={},
        not_released_names=["David Nieves"],
        other_event_released_names=[],
        other_people=["Tom Lindquist", "Donna Niehous", "Edwin D. Dodd", "Jorge Rodriguez",
                      "Rafael Andres Montes de Oca", "Luis Herrera Campins", "Douglas DeGood"],
        distractors=["a single rescue: no count of released people",
                     "Jorge Rodriguez died in custody in 1976 (not held, not freed)",
                     "guard 'taken into custody' (arrest, unnamed)", "Niehous, 47; 40 pounds; 250 miles; five moves",
                     "Donna Niehous is the wife (relative)",
                     "most-read list ($4.2 million, 6-5, I-475, 12 finalists) is page noise"],
    ),
    dict(
        file="003_achille_lauro_ap.txt", published="1985-10-09", outlet="AP wire",
        event="Achille Lauro hijackers surrender off Port Said; passengers and crew freed, 1985-10-09",
        counts=[
            C("released", 400, "freeing the more than 400 passengers and crew members still aboard", qualifier="more_than"),
            C("other", 80, "about 80 passengers and 344 crew members", qualifier="about",
              note="composition of those aboard (subset)"),
            C("other", 344, "344 crew members", note="subset of those aboard"),
            C("other", 650, "About 650 other passengers had gone ashore", qualifier="about",
              note="not hostages"),
            C("other", 50, "demanded the release of 50 Palestinians held in Israeli prisons",
              note="hijackers' demand; not released"),
            C("other", 4, "Four Palestinian gunmen", note="hijackers handed over to the PLO"),
            C("other", 12, "one of about a dozen Americans aboard", qualifier="about", note="subset"),
        ],
        released_names=["Marilyn Klinghoffer", "Viola Meskin", "Gerardo De Rosa"],
        alias_groups={"Mohammed Abbas": ["Abul Abbas"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Samir Hammoud", "Leon Klinghoffer", "Mohammed Abbas", "Hani al-Hassan",
                      "Yasser Arafat", "Esmat Abdel Meguid", "Bettino Craxi", "Reagan"],
        distractors=["Leon Klinghoffer was killed (not released); his wife Marilyn was freed",
                     "Captain De Rosa was aboard throughout and freed with the crew (judgement: released)",
                     "Mohammed Abbas = Abul Abbas (negotiator)", "23,600-ton; 11-day cruise; 1961 Santa Maria",
                     "six British dancers and two Austrians (subsets of the hostages)"],
    ),
    dict(
        file="004_unhcr_cochetel_release.txt", published="1998-12-12", outlet="UN agency press release",
        event="UNHCR official Vincent Cochetel freed in Chechnya after 317 days, 1998-12-12",
        counts=[
            C("remaining_held", 100, "more than 100 people, most of them Russian citizens from neighbouring regions, are still held in Chechnya",
              qualifier="more_than", note="claim by Russian authorities; other abductions"),
            C("other", 4, "the murder of four foreign telecommunications engineers", note="killed hostages"),
            C("other", 100000, "some 100,000 people displaced", qualifier="about", note="displaced people"),
            C("other", 317, "after 317 days of captivity", note="duration"),
        ],
        released_names=["Vincent Cochetel"],
        alias_groups={},
        not_released_names=["Herbert Gregg"],
        other_event_released_names=["Valentin Vlasov"],
        other_people=["Sadako Ogata", "Yevgeny Primakov", "Peter Kennedy", "Darren Hickey", "Rudolf Petschi",
                      "Stanley Shaw", "Aslan Maskhadov", "Kris Janowski", "Mans Nyberg"],
        distractors=["Mr./Mrs. titles", "Vlasov released in November (earlier event)",
                     "four engineers were killed (not releasees)", "37-year-old; almost eleven months; 1994-1996",
                     "Related line (50,000; 2,300 refugees) is page noise"],
    ),
    dict(
        file="005_kosovo_us_soldiers_rolling.txt", published="1999-05-02",
        outlet="UK broadcaster rolling coverage (timestamps, unrelated entries, see-also list)",
        event="Yugoslavia frees three US soldiers to Jesse Jackson's delegation, 1999-05-02",
        counts=[
            C("released", 3, "the release of the three US soldiers held by Yugoslavia"),
            C("transferred_to", 3, "The three - Staff Sergeant Andrew Ramirez, 24, Staff Sergeant Christopher Stone, 25, and Specialist Steven Gonzales, 21 - were driven across the border into Croatia",
              where="Croatia"),
            C("transferred_to", 3, "The three soldiers have landed at Ramstein air base in Germany", where="Germany",
              note="US base on the way home; inferred, optional"),
            C("remaining_held", 3, "The three remain in Yugoslav custody",
              note="CARE aid workers (Pratt, Wallace, Jelen) still held by Yugoslavia"),
            C("other", 2, "two Yugoslav soldiers who were captured by ethnic Albanian rebels",
              note="held by the US side; Belgrade's request; not released"),
            C("other", 40, "at least 40 people were killed", qualifier="at_least", note="unrelated entry (casualties)"),
            C("other", 600, "more than 600 sorties", qualifier="more_than", note="unrelated entry"),
            C("other", 32, "had been held for 32 days", note="duration"),
        ],
        released_names=["Andrew Ramirez", "Christopher Stone", "Steven Gonzales"],
        alias_groups={},
        not_released_names=["Steve Pratt", "Peter Wallace", "Branko Jelen"],
        other_event_released_names=[],
        other_people=["Jesse Jackson", "Clinton", "Slobodan Milosevic", "Rod Blagojevich", "Jamie Shea"],
        distractors=["ages 24, 25, 21", "reverse-order timestamps 1847..0900", "31 March (capture date)",
                     "see-also list ('At least 40 dead', 700,000 refugees) is page noise",
                     "Stone surname-only mention in a photo description"],
    ),
    dict(
        file="006_la_maria_translated_es.txt", published="1999-06-14",
        outlet="Colombian regional daily, machine-translated from Spanish ('1.500', '2.000 millions', '1,3')",
        event="ELN frees 16 more of the La Maria church hostages, Cali, 1999-06-13",
        counts=[
            C("released", 16, "freed this Sunday 16 of the people kidnapped"),
            C("remaining_held", 37, "there remain in the power of the ELN 37"),
            C("released", 84, "allowed the rescue of 84 hostages", note="earlier event (rescued in the first 48 hours)"),
            C("released", 6, "the ELN freed six elderly persons", note="earlier event (4 June)"),
            C("other", 140, "took by force more than 140 persons", qualifier="more_than", note="total abducted"),
            C("other", 4, "among them four women", note="subset of the 16"),
            C("other", 30, "some 30 armed men", qualifier="about", note="captors"),
            C("other", 1500, "some 1.500 soldiers", qualifier="about", note="troops"),
            C("other", 2000000000, "more than 2.000 millions of pesos", qualifier="more_than", note="ransom (money)"),
        ],
        released_names=["Carlos Eduardo Lozano", "Beatriz Eugenia Zapata", "Hernando Caicedo Vélez"],
        alias_groups={"Nicolás Rodríguez Bautista": ["Gabino"]},
        not_released_names=["Andrés Lozano", "Álvaro Hernán Restrepo", "Gloria Inés Cuartas de Restrepo"],
        other_event_released_names=["Jorge Humberto Arcila"],
        other_people=["Isaías Duarte Cancino", "Nicolás Rodríguez Bautista", "Andrés Pastrana",
                      "Jaime Ernesto Canal Albán"],
        distractors=["Andrés Lozano is the freed man's son and remains held",
                     "the priest was abandoned by the captors the first night (earlier event)",
                     "alias 'Gabino' = Nicolás Rodríguez Bautista", "15-year-old minor; 14 days; 6:30 p.m.; 10:00 a.m.",
                     "READ ALSO list (2-1, 31 points, $42, three dead) and Comments (58) are page noise"],
    ),
    dict(
        file="007_jill_carroll_broadcaster.txt", published="2006-03-30",
        outlet="broadcaster web page (cookie banner, video player, key points, related list)",
        event="US journalist Jill Carroll freed in Baghdad after 82 days, 2006-03-30",
        counts=[
            C("released", 5, "The US military released five Iraqi women detainees in late January",
              note="earlier event; officials say unrelated to the kidnapping"),
            C("remaining_held", 2, "Two German engineers, René Bräunlich and Thomas Nitzschke, kidnapped in the northern town of Baiji in January, are still being held",
              note="earlier event: different abduction, still held"),
            C("other", 250, "More than 250 foreigners have been kidnapped in Iraq since the 2003 invasion",
              qualifier="more_than", note="cumulative kidnappings"),
            C("other", 40, "at least 40 of them have been killed", qualifier="at_least", note="casualties"),
            C("other", 82, "freed in Baghdad after 82 days", note="duration"),
        ],
        released_names=["Jill Carroll"],
        alias_groups={},
        not_released_names=["René Bräunlich", "Thomas Nitzschke"],
        other_event_released_names=[],
        other_people=["Alan Enwiya", "Richard Bergenheim", "Jim Carroll", "Katie Carroll", "Tariq al-Hashemi",
                      "Condoleezza Rice", "Zalmay Khalilzad"],
        distractors=["Alan Enwiya was killed", "Jim and Katie Carroll are relatives with the same surname",
                     "the driver escaped (unnamed)", "Carroll, 28; Enwiya, 32; 7 January",
                     "'demanded that all Iraqi women ... be freed' (demand)",
                     "related stories (30 bodies, 2-0) and 214 comments are page noise"],
    ),
    dict(
        file="008_amram_exchange_brief.txt", published="1979-03-14", outlet="Reuter wire brief",
        event="Israel frees 76 Palestinians for soldier Abraham Amram held by the PFLP-GC, Geneva, 1979-03-14",
        counts=[
            C("exchanged", 76, "Israel released 76 Palestinian guerrillas"),
            C("transferred_to", 66, "Sixty-six of the freed Palestinians were flown to Geneva", where="Geneva"),
            C("released", 10, "The other 10 were released in the occupied West Bank and Gaza Strip",
              note="subset of the 76 released at home; inferred, optional"),
            C("remaining_held", 3000, "Israel still holds some 3,000 Palestinians", qualifier="about",
              note="claim by Israeli officials"),
            C("other", 100, "the release of more than 100 prisoners", qualifier="more_than", note="original demand"),
        ],
        released_names=["Abraham Amram"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ahmed Jibril"],
        distractors=["headline 'FREES 76' repeats the main count", "11 months; Amram, 21; last April",
                     "unnamed ICRC spokesman"],
    ),
    dict(
        file="009_twa847_forty_years.txt", published="2025-07-01",
        outlet="UK newspaper long read, 40th anniversary (audio player, most-read list, comments)",
        event="TWA 847: 39 American hostages freed in Beirut and driven to Damascus; Israel releases Atlit detainees, 1985-06-30/07-03",
        counts=[
            C("released", 39, "39 Americans freed by their captors in Beirut"),
            C("transferred_to", 39, "39 Americans driven to Damascus", where="Damascus"),
            C("exchanged", 300, "Israel released 300 of the Atlit prisoners",
              note="other side of the (officially denied) swap, 3 July"),
            C("released", 31, "Israel freed 31 of the Atlit detainees on 24 June",
              note="earlier event (described by Israel as unrelated)"),
            C("released", 100, "more than 100 people were let go in Beirut and Algiers in the first three days",
              qualifier="more_than", note="earlier event (earlier batches of the same hijacking)"),
            C("exchanged", 8, "the hijackers freed eight Greek passengers",
              note="earlier event (Greek deal for Ali Atwa, 15 June)"),
            C("remaining_held", 766, "the release of some 766 Lebanese", qualifier="about",
              note="held by Israel at Atlit before the releases (hijackers' demand); inferred, optional"),
            C("remaining_held", 7, "seven other Americans kidnapped in Lebanon were still in captivity",
              note="earlier event: other kidnappings in Lebanon, still held in July 1985"),
            C("other", 145, "145 passengers and eight crew members", note="people on board at the start"),
            C("other", 4, "Four passengers with military identification", note="subset of the 39"),
        ],
        released_names=["Allyn Conwell", "John Testrake", "Phil Maresca", "Christian Zimmermann", "Kurt Carlson"],
        alias_groups={},
        not_released_names=["Terry Anderson", "Lawrence Jenco"],
        other_event_released_names=["Uli Derickson", "Ali Atwa", "Demis Roussos", "Mohammed Ali Hamadei"],
        other_people=["Sarah Whitcombe", "Hassan Izz-al-Din", "Robert Stethem", "Nabih Berri", "Hafez al-Assad",
                      "George Bush", "Ronald Reagan"],
        distractors=["Robert Stethem was killed", "Hamadei arrested 1987, paroled 2005 (other event release)",
                     "Izz-al-Din and Atwa are wanted, not held", "'His brother Kenneth' (relative, no surname)",
                     "Conwell, 79; 23-year-old; seventeen days; 14 min; 2015 documentary",
                     "'fewer than half are still alive'", "most-read list (34C, 4.25%, 10 best) and Comments (312) are page noise"],
    ),
    dict(
        file="010_icrc_ethiopia_somalia_pows.txt", published="1988-08-12", outlet="ICRC press release",
        event="ICRC repatriates Ethiopian and Somali prisoners of war after the Djibouti accord, 6-11 August 1988",
        counts=[
            C("released", 3167, "3,167 prisoners of war were repatriated"),
            C("transferred_to", 2936, "carried 2,936 Somali prisoners of war from Dire Dawa to Mogadishu", where="Mogadishu"),
            C("transferred_to", 231, "231 Ethiopian prisoners of war from Mogadishu to Addis Ababa", where="Addis Ababa"),
            C("exchanged", 2936, "carried 2,936 Somali prisoners of war from Dire Dawa to Mogadishu",
              note="one side of the exchange"),
            C("exchanged", 231, "231 Ethiopian prisoners of war from Mogadishu to Addis Ababa",
              note="other side of the exchange"),
            C("released", 3000, "MORE THAN 3,000 PRISONERS OF WAR REPATRIATED", qualifier="more_than",
              note="rounded headline figure; inferred, optional"),
            C("released", 24, "the repatriation of 24 seriously wounded and sick prisoners", note="earlier event (1986)"),
            C("remaining_held", 200, "some 200 other persons whom the families believe to be detained",
              qualifier="about", note="claim by families; whereabouts unknown"),
            C("other", 17, "Seventeen Somali prisoners who told ICRC delegates that they did not wish to be repatriated",
              note="stayed in Ethiopia by choice; not stated as held"),
            C("other", 22, "in 22 flights", note="flights"),
        ],
        released_names=["Bezabih Petros"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mengistu Haile Mariam", "Mohamed Siad Barre", "Cornelio Sommaruga", "Jean-Luc Blondel"],
        distractors=["1977-1978 conflict; 3 April 1988; almost eleven years; more than ten years",
                     "Press Release No. 1583; tel. (022) 34 60 01"],
    ),
    dict(
        file="011_karabakh_exchange_translated_ru.txt", published="1994-06-29",
        outlet="Russian-language site, machine-translated ('1 846', '4 000', '17.40')",
        event="Azerbaijan-Armenian prisoner and hostage exchange near Aghdam, 38 for 46, 1994-06-28",
        counts=[
            C("exchanged", 38, "handed over to the Armenian side 38 people"),
            C("exchanged", 46, "the Armenian side handed over 46 Azerbaijanis"),
            C("released", 84, "In total 84 people were freed"),
            C("other", 11, "Among them are 11 women", note="subset of the 84"),
            C("other", 4, "4 teenagers", note="subset of the 84"),
            C("released", 92, "92 people were freed in total", note="earlier event (exchanges of 20 May and 7 June)"),
            C("remaining_held", 900, "about 900 are, according to the data of the Commission, in captivity",
              qualifier="about", note="claim by the Azerbaijani commission"),
            C("remaining_held", 400, "about 400 Armenians held in Azerbaijan", qualifier="about",
              note="claim by the Armenian side"),
            C("other", 4000, "more than 4 000 citizens of Azerbaijan are considered missing", qualifier="more_than",
              note="missing"),
            C("other", 1200, "access to about 1 200 detainees", qualifier="about", note="ICRC access, both sides"),
            C("other", 20000, "from 20 000 to 25 000 lives", note="casualties"),
        ],
        released_names=["Rafik Gasanov", "Siranush Petrosyan", "Garik Avetisyan"],
        alias_groups={"Rafik Gasanov": ["Rafik Hasanov"]},
        not_released_names=["Elchin Mamedov"],
        other_event_released_names=[],
        other_people=["Ilham Gulaliyev", "Rauf Huseynov", "Vladimir Kazimirov", "Arkady Gukasyan"],
        distractors=["Sakina-khanum (mother, first name only)", "'third exchange' (ordinal); ceasefire of 12 May",
                     "19-year-old; 62-year-old; 1992; 17.40 (clock time)", "Views: 1 846 | Comments: 3",
                     "Read also (4 250 manats, 39 degrees) is page noise",
                     "'ready to exchange all for all' (statement, not a release)"],
    ),
    dict(
        file="012_ecuador_peru_pows_brief.txt", published="1995-03-03", outlet="Reuter wire brief",
        event="Peru and Ecuador exchange prisoners of war after the Cenepa border war, 1995-03-03",
        counts=[
            C("exchanged", 11, "Ecuador handed over 11 Peruvian soldiers"),
            C("exchanged", 7, "Peru freed seven Ecuadoreans"),
            C("other", 4, "four guarantor nations", note="guarantor countries"),
            C("other", 78, "a 78-km stretch", note="distance"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Alberto Fujimori", "Sixto Duran Ballen"],
        distractors=["'a few more prisoners are still being held' (vague)", "killed dozens (vague)",
                     "January 26; April 9 (dates)", "no named releasees"],
    ),
    dict(
        file="013_van_der_mescht_feature.txt", published="2007-05-13",
        outlet="South African Sunday paper feature (25th anniversary)",
        event="Sapper Johan van der Mescht and ten Western agents freed for KGB Major Aleksei Kozlov, Herleshausen, 1982-05-11",
        counts=[
            C("exchanged", 10, "van der Mescht was freed together with ten people"),
            C("transferred_to", 10, "The ten were taken across into West Germany", where="West Germany"),
            C("exchanged", 23, "23 people held in the East for spying for the West were exchanged",
              note="earlier event (later, separate 1985 Glienicke Bridge swap)"),
            C("exchanged", 4, "for four Eastern bloc agents", note="earlier event (1985 Glienicke Bridge swap)"),
            C("other", 2, "Two of his comrades were killed", note="casualties"),
        ],
        released_names=["Johan van der Mescht", "Aleksei Kozlov"],
        alias_groups={},
        not_released_names=["Nelson Mandela"],
        other_event_released_names=["Nikolai Pestretsov", "Marian Zacharski"],
        other_people=["Pieter du Plessis", "Bettie van der Mescht", "Marietjie Swanepoel", "Wolfgang Vogel",
                      "Pik Botha", "Magnus Malan", "P.W. Botha"],
        distractors=["Kozlov is the other side of the swap (released)", "Kobus (father, first name only)",
                     "Pestretsov was still held at the time but freed six months later (other event)",
                     "Mandela 'then in his 20th year in prison' (still held at the time)",
                     "23-year-old; 19; four years; 1978; 1980; 20th (ordinal)", "Comment on this article (17)"],
    ),
    dict(
        file="014_timerman_expelled_brief.txt", published="1979-09-25", outlet="AP wire brief",
        event="Argentina releases Jacobo Timerman and expels him to Israel, 1979-09-25",
        counts=[
            C("remaining_held", 3400, "about 3,400 people are still held without charge", qualifier="about",
              note="claim by rights groups; country-wide"),
            C("other", 29, "held for 29 months without charge", note="duration"),
        ],
        released_names=["Jacobo Timerman"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jorge Rafael Videla", "Patricia Derian"],
        distractors=["released from house arrest (a release) and expelled", "Timerman, 56; April 1978; 1976 coup",
                     "'thousands more have disappeared' (vague, missing)", "wife and sons (unnamed relatives)",
                     "three-man junta"],
    ),
    dict(
        file="015_spain_1976_amnesty_analysis.txt", published="2016-07-30",
        outlet="analysis piece (40th anniversary), related list",
        event="Spain's July 1976 royal amnesty decree frees political prisoners (first releases August 1976)",
        counts=[
            C("released", 287, "287 political prisoners had been freed under the amnesty",
              note="claim by the interior ministry (mid-August 1976)"),
            C("remaining_held", 370, "put the number still inside at about 370", qualifier="about",
              note="claim by prisoners' lawyers"),
            C("released", 400, "more than 400 people had been released under the decree", qualifier="more_than",
              note="cumulative to end of 1976; includes people on provisional liberty"),
            C("remaining_held", 650, "about 650 people were in prison for political reasons on the day the decree was approved",
              qualifier="about", note="historian's estimate of those held before the amnesty"),
            C("released", 5000, "the king's coronation pardon had freed some 5,000 prisoners", qualifier="about",
              note="earlier event (November 1975 pardon)"),
            C("released", 23, "23 Basque prisoners were flown to Brussels, Oslo, Copenhagen and Vienna",
              note="earlier event (later, 1977 conditional releases into exile)"),
            C("other", 114000, "Around 114,000 people are still thought to lie in unmarked graves", qualifier="about",
              note="missing/dead"),
        ],
        released_names=["Tomás Herranz", "Xosé Manuel Pazos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Marcelino Camacho", "Mario Onaindia", "Teo Uriarte"],
        other_people=["Marta Ibáñez Ruiz", "Adolfo Suárez", "Juan Carlos", "Rodolfo Martín Villa", "Franco",
                      "Baltasar Garzón", "Elena Barrachina"],
        distractors=["Amnesty Law of 15 October 1977 freed 'the remaining political prisoners' (later event, no number)",
                     "Camacho freed by the November 1975 pardon; Onaindia/Uriarte in 1977 (other events)",
                     "'tens of thousands' prosecuted (vague)", "'dozens of prisoners were held for weeks' (vague)",
                     "three years; 1974; 1970; 2008; 2013; 9 min read; four weeks",
                     "related list (five things, 1.8 million) is page noise"],
    ),
    dict(
        file="016_nepal_1990_detainees_freed.txt", published="2020-04-09",
        outlet="Nepali English-language daily, 30th-anniversary feature (trending bar, related news)",
        event="Nepal frees detainees of the People's Movement after the ban on parties is lifted, 1990-04-09",
        counts=[
            C("released", 1200, "1,200 people arrested during the movement had been released"),
            C("remaining_held", 300, "at least 300 people were still behind bars in district jails outside the Valley a week later",
              qualifier="at_least", note="claim by human rights activists; as of a week later"),
            C("other", 45, "the number killed during the movement at 45", note="casualties (official)"),
            C("other", 63, "at least 63 deaths", qualifier="at_least", note="casualties"),
            C("other", 50, "the 50-day movement", note="duration"),
        ],
        released_names=["Ganesh Man Singh", "Rameshwor Khanal", "Krishna Prasad Bhattarai", "Sahana Pradhan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ram Prasad Adhikari"],
        other_people=["Birendra", "Hari Adhikari", "Marich Man Singh Shrestha", "Lokendra Bahadur Chand"],
        distractors=["Ganesh Man Singh was under house arrest; freed to receive visitors (release)",
                     "Adhikari stayed in jail until November (later release); Hari Adhikari is his brother",
                     "'the rest would be freed' (planned, no number)", "Khanal, 58; February 18; 1960; ten days",
                     "trending bar (9th case, April 15, 12 percent) and related news (3 arrested, 41 points) are page noise"],
    ),
    dict(
        file="017_kulov_freed_rferl.txt", published="2005-03-25",
        outlet="RFE/RL web page (audio player, related list)",
        event="Kyrgyz opposition leader Feliks Kulov freed during the uprising against Akayev, 2005-03-24/25",
        counts=[
            C("released", 12, "Also freed overnight were about a dozen opposition supporters", qualifier="about"),
            C("other", 100, "some 100 inmates had escaped", qualifier="about", note="escape, not a release"),
            C("other", 3, "At least three people were killed", qualifier="at_least", note="casualties"),
            C("other", 10, "a total of 10 years in prison", note="sentence"),
        ],
        released_names=["Feliks Kulov"],
        alias_groups={"Feliks Kulov": ["Felix Kulov"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Aida Dzhumabaeva", "Askar Akayev", "Kurmanbek Bakiyev", "Roza Otunbaeva"],
        distractors=["Kulov, 56; nearly five years; 0:00 / 4:31", "thousands of protesters (vague)",
                     "escaped inmates are not releasees", "related list (15 over bombings, 4 percent) is page noise"],
    ),
    dict(
        file="018_rsf_cuba_rivero_release.txt", published="2004-11-30", outlet="press-freedom NGO press release",
        event="Cuba frees Raúl Rivero and two other dissidents on medical parole, 2004-11-30",
        counts=[
            C("released", 3, "Raúl Rivero among three dissidents freed"),
            C("remaining_held", 22, "22 journalists remain in Cuban prisons"),
            C("released", 14, "Fourteen of the 75 dissidents arrested in March 2003 have now been released",
              note="cumulative since 2003"),
            C("released", 5, "the authorities freed five of them", note="earlier event (June 2004)"),
            C("other", 75, "The 75 were given sentences", note="arrested in the 2003 crackdown"),
        ],
        released_names=["Raúl Rivero", "Osvaldo Alfonso Valdés", "Margarito Broche Espinosa"],
        alias_groups={},
        not_released_names=["Ricardo González Alfonso", "Normando Hernández González", "Víctor Rolando Arroyo",
                            "Omar Rodríguez Saludes"],
        other_event_released_names=["Manuel Vázquez Portal", "Carmelo Díaz Fernández", "Oscar Espinosa Chepe"],
        other_people=["Blanca Reyes", "Robert Ménard", "Fidel Castro", "Benoît Hervieu"],
        distractors=["medical parole (licencia extrapenal) counts as a release", "20 months of a 20-year sentence; 59",
                     "between six and 28 years (sentences)", "numbered demands 1-3", "1,206 views"],
    ),
    dict(
        file="019_tunisia_pardon_translated_fr.txt", published="2006-02-26",
        outlet="francophone news site (with AFP), machine-translated ('1 657', '26 000', '0,8 %')",
        event="Tunisia's conditional release of 1,657 prisoners incl. Ennahda members, 2006-02-25",
        counts=[
            C("released", 1657, "the conditional release of 1 657 prisoners"),
            C("other", 70, "close to 70 members of the Ennahda movement", qualifier="about", note="subset of the 1 657"),
            C("released", 70, "They free 70", note="subset, in a quote; inferred, optional"),
            C("released", 80, "about 80 members of Ennahda had already been freed", qualifier="about",
              note="earlier event (November 2004)"),
            C("remaining_held", 300, "More than 300 political prisoners remain in prison", qualifier="more_than",
              note="claim by LTDH"),
            C("other", 26000, "some 26 000 detainees", qualifier="about", note="prison population"),
        ],
        released_names=["Hamadi Jebali", "Abdelkarim Harouni"],
        alias_groups={},
        not_released_names=["Mohamed Abbou"],
        other_event_released_names=["Ali Larayedh"],
        other_people=["Zine El Abidine Ben Ali", "Mokhtar Trifi", "Samia Abbou", "Radhia Nasraoui", "Rached Ghannouchi"],
        distractors=["50th anniversary (ordinal)", "16 years; fifteen years; 1991 and 1992; three years and a half",
                     "Samia Abbou is the wife of the still-held lawyer", "'arrest others' (arrests, vague)",
                     "To read also (2 200 prisoners, 0,8 %) is page noise"],
    ),
    dict(
        file="020_kadeer_parole_brief.txt", published="2005-03-17", outlet="AFP wire brief",
        event="China releases Rebiya Kadeer on medical grounds to the US, 2005-03-17",
        counts=[],
        released_names=["Rebiya Kadeer"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Phuntsog Nyidron"],
        other_people=["Sidik Rouzi", "Condoleezza Rice"],
        distractors=["'hundreds of Uighurs are serving long prison terms' (vague)",
                     "Kadeer's children live in Xinjiang under police watch (not held)",
                     "58; eight-year sentence; three days; more than 15 years; 1999", "second such gesture (ordinal)"],
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
            if c["kind"] not in KINDS:
                print(f"{g['file']}: bad kind {c['kind']}", file=sys.stderr)
                ok = False
            if c["qualifier"] not in QUALS:
                print(f"{g['file']}: bad qualifier {c['qualifier']}", file=sys.stderr)
                ok = False
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                print(f"{g['file']}: bad value {c['value']!r}", file=sys.stderr)
                ok = False
            if (c["kind"] == "transferred_to") != bool(c["where"]):
                print(f"{g['file']}: where must be set exactly on transferred_to: {c['quote']!r}", file=sys.stderr)
                ok = False
            if c["where"] and c["where"].casefold() not in low:
                print(f"{g['file']}: where not found: {c['where']!r}", file=sys.stderr)
                ok = False
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
                if n in seen:
                    print(f"{g['file']}: {n!r} in both {seen[n]} and {key}", file=sys.stderr)
                    ok = False
                seen[n] = key
        for canon, aliases in g["alias_groups"].items():
            if canon not in seen:
                print(f"{g['file']}: alias group key {canon!r} not in any list", file=sys.stderr)
                ok = False
            for a in aliases:
                if a.casefold() not in low:
                    print(f"{g['file']}: alias not found: {a!r}", file=sys.stderr)
                    ok = False
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
