#!/usr/bin/env python3
"""Gold for devset_ww (blind, held-out-style). Writes gold.jsonl next to this file and checks:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive);
- no name is in two lists; every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on transferred_to;
- the GOLD file list matches articles/.
Prints `checks OK` on success."""
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
    # ------------------------------------------------------------------ hostages / captives
    dict(
        file="001_distefano_caracas_1963.txt", published="2023-08-24",
        outlet="sports news site, 60-years-on feature (most-read and related lists)",
        event="FALN guerrillas free Alfredo Di Stéfano in Caracas after 57 hours, 1963-08-26",
        counts=[
            C("other", 57, "He did not come back for 57 hours.", note="duration"),
            C("other", 7, "The commando of seven drove Di Stéfano", note="captors"),
            C("other", 6, "their six children", note="relatives"),
            C("released", 34, "where the 34 crew were set free",
              note="earlier event (freighter Anzoátegui, February 1963)"),
            C("other", 5, "five consecutive European Cups", note="sporting record"),
            C("other", 23, "Women's World Cup: the 23 players who changed the game", note="page noise"),
        ],
        released_names=["Alfredo Di Stéfano"],
        alias_groups={"Paul del Río": ["Máximo Canales"]},
        not_released_names=[],
        other_event_released_names=["James Chenault"],
        other_people=["Santiago Bernabéu", "Rómulo Betancourt", "Paul del Río", "Sara Freites",
                      "Ferenc Puskás", "Héctor Rivas", "Nicolás Ferrer"],
        distractors=["37 years old / 83 / 23-year-old (ages)", "Chenault freed after eight days in November (later, separate kidnapping)",
                     "'Former Boca striker freed after two days' and 'Ex-club president released on bail' are page noise",
                     "80m euro signing (page noise)", "plaque placed in 2013; Di Stéfano died in 2014",
                     "Paul del Río / 'Máximo Canales' is the kidnappers' commander, never a captive"],
    ),
    dict(
        file="002_carreno_sao_paulo_1987.txt", published="1987-12-02", outlet="AP wire",
        event="FPMR guerrillas free Lt. Col. Carlos Carreño in São Paulo, 1987-12-02",
        counts=[
            C("other", 5, "Five of Pinochet's bodyguards were killed in that ambush", note="casualties, earlier attack (1986)"),
            C("other", 12, "12 people had been arrested in connection with the kidnapping", note="arrests (suspects taken into custody)"),
            C("other", 2, "food and clothing worth $2 million", note="money (demand)"),
            C("other", 92, "lived 92 days of anguish", note="duration"),
        ],
        released_names=["Carlos Carreno"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ricardo Souza", "Luiz Antonio Rocha", "Augusto Pinochet", "Paulo Evaristo Arns", "Jorge Carreno"],
        distractors=["45 (age)", "9 a.m. (clock time)", "Jorge Carreno is the releasee's brother (same surname)",
                     "12 arrested suspects are in custody, not releasees", "flight to Santiago is planned, no count"],
    ),
    dict(
        file="003_sierra_chica_riot_1996.txt", published="1996-04-08",
        outlet="Argentine regional daily, machine-translated from Spanish",
        event="Sierra Chica prison riot ends; judge, secretary and last 15 hostages freed, 1996-04-07",
        counts=[
            C("released", 15, "released yesterday the last 15 hostages"),
            C("transferred_to", 15, "The 15 freed hostages were taken in ambulances to the Hospital Municipal of Olavarría",
              where="Olavarría", note="inferred: taken to hospital after release; optional"),
            C("remaining_held", 17, "In total the rebels had held 17 persons",
              note="inferred: total ever held during the riot (2 freed Wednesday + 15 now); optional"),
            C("other", 15, "15 agents of the Servicio Penitenciario Bonaerense taken on the first day",
              note="subset of the 17 taken"),
            C("released", 2, "On Wednesday they released two guards",
              note="earlier event (earlier batch of the same riot)"),
            C("other", 2, "two guardias presented \"decompensations\"", note="subset kept in hospital"),
            C("other", 8, "eight inmates were murdered", note="casualties"),
            C("other", 12, "The 12 cabecillas", note="riot leaders moved to another prison; not releasees"),
            C("other", 1200, "more than 1.200 inmates", qualifier="more_than", note="prison population"),
            C("other", 800, "built for about 800", qualifier="about", note="prison capacity"),
            C("other", 300, "300 police", note="security operation"),
            C("other", 22, "other 22 establishments", note="solidarity protests"),
            C("released", 6, "prisoners held 6 guards for 30 hours; they were released on Thursday",
              note="earlier event (different prison, Unit 9 of La Plata)"),
            C("other", 2000000, "more than $ 2.000.000", qualifier="more_than", note="money (damages)"),
            C("other", 192, "After 192 hours of tension", note="duration"),
        ],
        released_names=["María de las Mercedes Malère", "Héctor Torrens", "Carlos Ríos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Emilio Bianchi di Cárcano", "Eduardo Duhalde", "Marcelo Brandán Juárez", "Jorge Pedraza"],
        distractors=["'the 12 apostles' is the name of the ringleaders' group", "39 / 41 (ages)", "12.40 (clock time)",
                     "Brandán Juárez and Pedraza are captors transferred to Melchor Romero (not a release)",
                     "pavilions 11 and 12; pavilion 7", "'the 7 of the morning'"],
    ),
    dict(
        file="004_krause_freed_baghdad_2007.txt", published="2007-07-10",
        outlet="German international broadcaster, English web page (cookie banner, video, related content)",
        event="German hostage Hannelore Krause freed in Baghdad; her son still held, 2007-07-10",
        counts=[
            C("remaining_held", 1, "One German citizen, her son Sinan, is still being held"),
            C("other", 3000, "its roughly 3,000 troops from Afghanistan", qualifier="about", note="troops (demand)"),
            C("other", 300, "more than 300 foreigners have been kidnapped in Iraq", qualifier="more_than",
              note="cumulative kidnappings"),
            C("other", 50, "at least 50 of them have been killed", qualifier="at_least", note="casualties"),
            C("released", 2, "two engineers from Leipzig, René Bräunlich and Thomas Nitzschke, were freed in May 2006",
              note="earlier event (May 2006)"),
            C("released", 15, "Iran frees 15 British sailors and marines", note="earlier event (related-content headline, page noise)"),
            C("other", 155, "worked around the clock for 155 days", note="duration"),
        ],
        released_names=["Hannelore Krause"],
        alias_groups={},
        not_released_names=["Sinan Krause"],
        other_event_released_names=["Susanne Osthoff", "René Bräunlich", "Thomas Nitzschke", "Alan Johnston"],
        other_people=["Frank-Walter Steinmeier", "Martin Jäger", "Nadia Krause", "Angela Merkel"],
        distractors=["61 / 20-year-old (ages); 99 days; 114 days (durations)", "'the third time since 2005' (ordinal)",
                     "Nadia Krause is the releasee's daughter (same surname)",
                     "Alan Johnston appears only in a related-content headline"],
    ),
    dict(
        file="005_ramelli_marzullo_syria_2015.txt", published="2015-01-16",
        outlet="Italian daily, machine-translated from Italian",
        event="Italian aid workers Greta Ramelli and Vanessa Marzullo freed in Syria, back at Ciampino, 2015-01-15/16",
        counts=[
            C("released", 2, "The liberation of the two arrives"),
            C("transferred_to", 2, "The two young cooperators of Varese and Bergamo, kidnapped in Syria in the area of Aleppo the 31 July 2014, landed at the airport of Ciampino",
              where="Ciampino", note="inferred: flown home; optional"),
            C("other", 12, "a ransom of 12 million of dollars", note="money (claim)"),
            C("other", 60, "more than 60 million of euro", qualifier="more_than", note="money"),
            C("other", 168, "after 168 days of imprisonment", note="duration"),
            C("other", 2, "Libya, two Italian technicians kidnapped near Ghat", note="page noise (a kidnapping)"),
        ],
        released_names=["Greta Ramelli", "Vanessa Marzullo"],
        alias_groups={},
        not_released_names=["Giovanni Lo Porto"],
        other_event_released_names=["Domenico Quirico", "Federico Motka"],
        other_people=["Paolo Gentiloni", "Matteo Renzi", "Salvatore Marzullo", "Paolo Dall'Oglio",
                      "Giulia Bassi", "Massimo Percossi"],
        distractors=["Antonella (Greta's mother, first name only)", "4.07 (clock time); 20 and 21 years (ages)",
                     "Paolo Dall'Oglio is missing ('nothing is known'), not stated as held",
                     "Salvatore Marzullo is Vanessa's father (same surname)", "Falcon 900 (aircraft type)",
                     "'LEGGI ANCHE' headlines are page noise"],
    ),
    dict(
        file="006_egyptair_hijack_larnaca_liveblog_2016.txt", published="2016-03-29",
        outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="EgyptAir MS181 hijack ends at Larnaca; all passengers and crew freed, 2016-03-29",
        counts=[
            C("released", 56, "All 56 passengers and eight crew members were freed unharmed"),
            C("released", 8, "All 56 passengers and eight crew members were freed unharmed",
              note="inferred: crew part of the same total; optional"),
            C("released", 7, "the last seven hostages have left the plane"),
            C("remaining_held", 7, "Seven people are still on board: three passengers and four crew members",
              note="interim figure before the final release (as of 11.30 BST)"),
            C("other", 7, "has let all but seven people leave the aircraft", note="'all but seven': the seven kept on board"),
            C("remaining_held", 4, "except the crew and four foreigners",
              note="claim by EgyptAir (early report, later corrected)"),
            C("other", 3, "three passengers and four crew members", note="subset of the seven"),
            C("other", 56, "carrying 56 passengers and eight crew", note="on board (all later freed)"),
            C("other", 21, "Among the passengers were 21 foreigners", note="subset (nationalities)"),
            C("other", 8, "eight Americans, four Britons, four Dutch, two Belgians", note="subset (nationalities)"),
            C("other", 72, "has risen to 72, including 29 children", note="unrelated entry (Lahore bombing)"),
            C("other", 200, "they have detained more than 200 people", qualifier="more_than", note="unrelated entry (arrests)"),
            C("other", 32, "Brussels attacks: death toll revised to 32", note="page noise"),
            C("other", 40, "Radovan Karadzic sentenced to 40 years for genocide", note="page noise (sentence)"),
        ],
        released_names=["Ben Innes", "Omar al-Gamal", "Ibrahim Samaha"],
        alias_groups={"Omar al-Gamal": ["Omar el-Gamal"], "Seif Eldin Mustafa": ["Seif al-Din Mustafa"],
                      "Sherif Fathi": ["Fathy"]},
        not_released_names=[],
        other_event_released_names=["Fayçal Cheffou"],
        other_people=["Seif Eldin Mustafa", "Nicos Anastasiades", "Sherif Ismail", "Sherif Fathi", "Ioannis Kasoulides",
                      "Ravi Menon", "Tom Hadley", "Radovan Karadzic"],
        distractors=["Marina (hijacker's ex-wife, first name only)", "26 (age)", "clock times 08.50 / 14.40 / 12.40 BST",
                     "Ibrahim Samaha was first misidentified as the hijacker; he was a passenger (all passengers freed: listed as released by inference)",
                     "Fayçal Cheffou released by Belgian prosecutors: unrelated live-blog entry",
                     "fake explosive belt; 'Always there is a woman involved' (quote)"],
    ),
    dict(
        file="007_hamas_frees_lifshitz_cooper_2023.txt", published="2023-10-23", outlet="Reuters wire",
        event="Hamas frees Yocheved Lifshitz and Nurit Cooper at Rafah; husbands still held, 2023-10-23",
        counts=[
            C("released", 2, "Palestinian militant group Hamas freed two elderly Israeli women on Monday"),
            C("released", 4, "the number of hostages freed by Hamas rises to four", note="cumulative (includes Friday's two)"),
            C("remaining_held", 222, "notified the families of 222 people who are being held in Gaza"),
            C("other", 50, "about 50 captives have been killed by Israeli air strikes", qualifier="about",
              note="claim by Hamas; deaths"),
            C("other", 1400, "killed 1,400 people", note="casualties"),
            C("other", 5087, "5,087 people have been killed", note="casualties"),
            C("other", 2055, "among them 2,055 children", note="casualties"),
        ],
        released_names=["Yocheved Lifshitz", "Nurit Cooper"],
        alias_groups={},
        not_released_names=["Oded Lifshitz", "Amiram Cooper"],
        other_event_released_names=["Judith Tai Raanan", "Natalie Raanan"],
        other_people=["Benjamin Netanyahu", "Abu Ubaida", "Sharone Lifshitz", "Joe Biden", "Samir Haddad",
                      "Dan Weiss", "Leila Bassam", "Clara Lindqvist", "Simon Carr"],
        distractors=["ages 85/79/83/84/59/17", "'the second such release in four days' (ordinal)", "75-year history",
                     "husbands share the releasees' surnames and are still held", "Sharone Lifshitz is the daughter",
                     "'Both were taken by ambulance to Ichilov' (no count)"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_koestler_exchange_1937_feature.txt", published="2021-02-13",
        outlet="UK magazine long read (history)",
        event="Arthur Koestler released from Seville prison and exchanged for the wife of Nationalist pilot Carlos de Haya, 1937-05-14",
        counts=[
            C("exchanged", 2, "Two prisoners had changed hands."),
            C("exchanged", 1, "A one-for-one exchange", note="inferred: one for one; optional"),
            C("exchanged", 800, "he had helped to exchange more than 800 people in the first year of the war",
              qualifier="more_than", note="earlier event; cumulative (other exchanges 1936-37)"),
            C("other", 45, "45 men were taken from his gallery and shot", note="executions"),
            C("other", 50, "A petition signed by more than 50 Members of Parliament", qualifier="more_than", note="petitioners"),
            C("other", 96, "He had been in Franco's prisons for 96 days.", note="duration"),
        ],
        released_names=["Arthur Koestler", "Señora de Haya"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Peter Chalmers Mitchell"],
        other_people=["Luis Bolín", "Dorothy Koestler", "Franco", "Gonzalo Queipo de Llano", "Duchess of Atholl",
                      "Marcel Junod", "Carlos de Haya", "Eleanor Whitcombe"],
        distractors=["Nicolás (fellow prisoner, first name only, executed)", "cell number 41; 31 (age); 18 min read; Comments (48)",
                     "Koestler's internment at Le Vernet and release in January 1940 is a later, separate event",
                     "Carlos de Haya is the husband of the exchanged woman (not himself a prisoner)",
                     "Dorothy Koestler is the releasee's wife (same surname)", "Chalmers Mitchell released within a day in February (separate release)"],
    ),
    dict(
        file="009_finland_ussr_pow_exchange_1940.txt", published="1940-04-20", outlet="United Press wire (brief)",
        event="First Finland-USSR POW exchange after the Winter War, Vainikkala, 1940-04-20",
        counts=[
            C("exchanged", 450, "A Russian train brought 450 Finnish soldiers home"),
            C("exchanged", 2000, "Finland handed over 2,000 Red Army men"),
            C("exchanged", 5500, "all of the approximately 5,500 Russian prisoners held in Finnish camps would be returned by mid-May",
              qualifier="about", note="planned: total to be returned (includes today's 2,000)"),
            C("remaining_held", 5500, "all of the approximately 5,500 Russian prisoners held in Finnish camps",
              qualifier="about", note="inferred: held before the exchange; optional"),
            C("remaining_held", 800, "estimates here range from 800 to 1,100", qualifier="at_least",
              note="inferred: range for Finns in Soviet hands before the exchange; optional"),
            C("remaining_held", 1100, "estimates here range from 800 to 1,100",
              note="inferred: upper end of the range; optional"),
            C("other", 105, "the 105-day winter war", note="duration"),
        ],
        released_names=["Eino Lahtinen"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nils Holmberg", "Toivo Rautio"],
        distractors=["March 12 (treaty date)", "24 (age)", "all-caps byline NILS HOLMBERG"],
    ),
    dict(
        file="010_olympic_airways_hijack_athens_1970.txt", published="1970-07-22", outlet="AP wire",
        event="Olympic Airways hijack at Athens: 55 passengers freed; Greece agrees to free seven jailed Arab guerrillas, 1970-07-22",
        counts=[
            C("released", 55, "released all 55 passengers at Athens airport tonight"),
            C("exchanged", 7, "the Greek government agreed to free seven Arab commandos jailed for attacks on Israeli targets in Athens",
              note="planned: to be freed 'within 30 days'"),
            C("remaining_held", 6, "with its crew of six still aboard"),
            C("other", 6, "Six Arab guerrillas who seized an Olympic Airways jetliner", note="captors"),
            C("other", 12, "among them 12 Americans", note="subset of the 55"),
            C("other", 5, "The other five were jailed", note="subset of the seven (planned release)"),
            C("other", 15, "injured 15 people", note="casualties, earlier attack"),
            C("other", 55, "The plane had left Beirut for Athens and Rome with 55 passengers", note="on board"),
            C("other", 30, "released \"within 30 days\"", note="deadline"),
        ],
        released_names=["Helen Parker"],
        alias_groups={},
        not_released_names=["Dimitrios Kouris", "Mahmoud Mohammad", "Maher Suleiman"],
        other_event_released_names=[],
        other_people=["George Karras", "Stylianos Pattakos", "Jean-Louis Bavaud", "George Papadopoulos"],
        distractors=["ages 25/19/62", "17 years and 14 years (sentences)", "9:40 p.m.; seven hours",
                     "Mahmoud Mohammad and Maher Suleiman are only promised release: still jailed at the time (judgement call: not_released)",
                     "Capt. Kouris is aboard with the crew flying to Cairo"],
    ),
    dict(
        file="011_homs_evacuation_captives_2014.txt", published="2014-05-09",
        outlet="international broadcaster web page (cookie banner, video residue, related/most-read)",
        event="Rebels free about 70 captives in Aleppo and Latakia as the Old Homs evacuation ends, 2014-05-09",
        counts=[
            C("released", 70, "rebel groups in Aleppo and Latakia provinces freed about 70 people they had been holding",
              qualifier="about"),
            C("released", 40, "those freed included about 40 women and children", qualifier="about",
              note="inferred: subset of the about 70; optional"),
            C("released", 20, "More than 20 soldiers and pro-government militiamen held in Aleppo province were also released",
              qualifier="more_than", note="inferred: subset of the about 70; optional"),
            C("other", 1900, "about 1,900 people, most of them fighters, had left the Old City", qualifier="about",
              note="evacuees under safe passage (the other side of the deal), not prisoners"),
            C("other", 1400, "allowed about 1,400 civilians to leave", qualifier="about", note="earlier evacuation (February)"),
            C("other", 150000, "more than 150,000 people have been killed", qualifier="more_than", note="casualties"),
            C("other", 62, "ANC wins election with 62% of vote", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Talal Barazi", "Rami Abdel Rahman", "Frans van der Lugt", "Boulos Yazigi", "Yohanna Ibrahim", "Brahimi"],
        distractors=["the Iranian woman is not named", "'all but a handful' is vague", "Abu Rami (kunya of an evacuated fighter)",
                     "archbishops Yazigi and Ibrahim: fate unknown (missing, not stated as held)",
                     "van der Lugt was killed", "2.7 million refugees; 'three-year conflict'"],
    ),
    dict(
        file="012_ukraine_russia_95_for_95_2024.txt", published="2024-10-18",
        outlet="Ukrainian news site, machine-translated (view counter, read-also list)",
        event="Ukraine-Russia 95-for-95 POW exchange, UAE mediation, Russians taken to Belarus, 2024-10-18",
        counts=[
            C("exchanged", 95, "Ukraine returned from Russian captivity 95 defenders"),
            C("exchanged", 95, "95 Russian servicemen were returned"),
            C("transferred_to", 95, "reported that 95 Russian servicemen were returned \"from the territory controlled by the Kyiv regime\". According to the Russian department, the soldiers, among whom are conscripts captured in the Kursk region, are now on the territory of Belarus",
              where="Belarus"),
            C("other", 26, "26 soldiers of the National Guard", note="subset"),
            C("other", 21, "21 border guards", note="subset"),
            C("other", 48, "48 servicemen of the Armed Forces", note="subset"),
            C("released", 3767, "In total, Ukraine has returned home 3 767 of its citizens", note="cumulative (58 exchanges)"),
            C("released", 103, "when 103 defenders were returned", note="earlier event (14 September exchange)"),
            C("remaining_held", 8000, "\"more than 8 000 Ukrainians\" still remain in Russian captivity", qualifier="more_than"),
            C("other", 501, "the bodies of 501 fallen defenders", note="bodies repatriated"),
            C("other", 10, "Ukraine returned 10 children from temporarily occupied territories", note="page noise"),
            C("other", 2, "2 dead, 5 wounded", note="page noise (casualties)"),
        ],
        released_names=["Oleksandr Hrytsenko"],
        alias_groups={"Dmytro Lubinets": ["Lubinetz"]},
        not_released_names=["Dmytro Khyliuk"],
        other_event_released_names=[],
        other_people=["Volodymyr Zelensky", "Dmytro Lubinets", "Viktoriia Roshchyna", "Mariia Hrytsenko", "Oksana Kovalchuk"],
        distractors=["'58th exchange' and 'eighth mediation' (ordinals)", "ages 22/59/31", "Views: 12 408 | Comments: 37",
                     "Mariia Hrytsenko is the releasee's mother (same surname)", "Roshchyna died in captivity",
                     "'hundreds of Russian soldiers were captured' is vague"],
    ),
    dict(
        file="013_gaza_sharabi_benami_levy_2025.txt", published="2025-02-08",
        outlet="UK broadcaster web page (cookie banner, video, related/most-read)",
        event="Hamas frees Eli Sharabi, Ohad Ben Ami and Or Levy; Israel frees 183 Palestinian prisoners, 2025-02-08",
        counts=[
            C("exchanged", 3, "Three Israeli hostages - Eli Sharabi, Ohad Ben Ami and Or Levy - have been released by Hamas"),
            C("exchanged", 183, "in exchange for 183 Palestinian prisoners and detainees"),
            C("other", 18, "18 were serving life sentences", note="subset of the 183"),
            C("other", 54, "54 long terms for attacks", note="subset of the 183"),
            C("other", 111, "111 were Gazans detained during the war", note="subset of the 183"),
            C("transferred_to", 111, "The 111 were taken to the European Hospital in Khan Younis", where="Khan Younis",
              note="inferred: returned home to Gaza; optional"),
            C("transferred_to", 7, "Seven of the prisoners serving long sentences were deported to Egypt", where="Egypt"),
            C("transferred_to", 65, "The remaining 65 were taken to the West Bank and East Jerusalem", where="West Bank",
              note="inferred: returned home; optional"),
            C("other", 5, "at least five were taken to hospital", qualifier="at_least", note="subset"),
            C("released", 21, "brings the number of hostages freed in the first phase of the ceasefire to 21",
              note="cumulative (first phase)"),
            C("exchanged", 766, "in return for 766 Palestinian prisoners", note="cumulative (first phase)"),
            C("exchanged", 33, "33 Israeli hostages are to be freed", note="planned (first phase total)"),
            C("exchanged", 1900, "about 1,900 Palestinian prisoners and detainees", qualifier="about",
              note="planned (first phase total)"),
            C("remaining_held", 76, "Israel says 76 hostages remain in Gaza"),
            C("other", 34, "at least 34 of whom are believed to be dead", qualifier="at_least", note="presumed dead among the 76"),
            C("released", 6, "Venezuela frees six Americans after Trump envoy visit", note="earlier event (most-read headline, page noise)"),
            C("released", 5, "Five Thai hostages and three Israelis freed in chaotic handover",
              note="earlier event (related headline, page noise)"),
        ],
        released_names=["Eli Sharabi", "Ohad Ben Ami", "Or Levy"],
        alias_groups={},
        not_released_names=["Alon Ohel", "Matan Zangauker"],
        other_event_released_names=["Raz Ben Ami", "Arbel Yehud", "Agam Berger"],
        other_people=["Yossi Sharabi", "Benjamin Netanyahu", "Isaac Herzog", "Einav Zangauker", "Rachel Aldous", "Karim Nassar"],
        distractors=["Lianne, Noiya, Yahel, Einav (Levy's wife), Almog: first names only (killed relatives / child)",
                     "Yossi Sharabi was killed in captivity; his body is held (not a living captive)",
                     "Raz Ben Ami (wife, same surname) was freed in November 2023", "ages 52/56/34/24/16/13",
                     "'fifth such swap' (ordinal)", "Video, 00:01:48", "80mph; 'three killed in crash' (page noise)"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / political prisoners
    dict(
        file="014_oatis_pardoned_prague_1953.txt", published="1953-05-16", outlet="AP wire (brief)",
        event="Czechoslovakia pardons AP correspondent William Oatis, 1953-05-16",
        counts=[
            C("remaining_held", 3, "Three Czechoslovak employees of the bureau convicted with him — Tomas Svoboda, Karel Munz and Pavel Winkler — remain in prison"),
            C("other", 10, "to 10 years in prison", note="sentence"),
        ],
        released_names=["William N. Oatis"],
        alias_groups={},
        not_released_names=["Tomas Svoboda", "Karel Munz", "Pavel Winkler"],
        other_event_released_names=[],
        other_people=["Antonin Zapotocky", "Laurabelle Oatis"],
        distractors=["39-year-old (age)", "nearly two years; 16 to 20 years (sentences)", "9 p.m.",
                     "Laurabelle Oatis is the releasee's wife (same surname)"],
    ),
    dict(
        file="015_spain_amnesty_law_1977.txt", published="1977-10-17", outlet="Reuter wire",
        event="Spain frees first prisoners under the October 1977 Amnesty Law, 1977-10-17",
        counts=[
            C("released", 53, "53 prisoners had been released by this evening"),
            C("released", 40, "about 40 more would be freed by the end of the week", qualifier="about", note="planned"),
            C("released", 11, "where 11 men were released in the morning", note="inferred: subset of the 53 (Basauri); optional"),
            C("released", 27, "27 ETA members convicted of violent crimes were flown into exile in Belgium, Norway, Denmark and Austria",
              note="earlier event (May-June 1977 extrañamiento)"),
            C("other", 296, "by 296 votes to two with 18 abstentions", note="parliamentary vote"),
            C("other", 50000, "Some 50,000 people marched through Bilbao", qualifier="about", note="crowd"),
        ],
        released_names=["Josu Mendiola"],
        alias_groups={"Francisco Aldanondo": ["Ondarru"]},
        not_released_names=["Francisco Aldanondo"],
        other_event_released_names=["Mario Onaindia"],
        other_people=["Landelino Lavilla", "Adolfo Suarez", "Xabier Arzalluz"],
        distractors=["24 (age); jailed in 1975", "December 15, 1976 / June 15 (cut-off dates)",
                     "the 27 exiles may return (planned, no count)", "Aldanondo's case goes to the Supreme Court"],
    ),
    dict(
        file="016_colombia_amnesty_law_35_1982.txt", published="1982-11-26",
        outlet="Colombian daily archive, machine-translated from Spanish",
        event="Colombia: 382 political prisoners freed in the first week of the Betancur amnesty (Law 35), 1982-11",
        counts=[
            C("released", 382, "382 persons detained for political crimes have recovered the freedom in the whole country"),
            C("released", 164, "from where 164 detainees went out since last Saturday", note="inferred: subset of the 382 (La Picota); optional"),
            C("released", 58, "From La Modelo left 58", note="inferred: subset of the 382; optional"),
            C("remaining_held", 70, "in La Picota still remain about 70 prisoners", qualifier="about"),
            C("released", 1200, "up to 1.200 persons can benefit of the amnesty", qualifier="about",
              note="planned / projected ('up to'; includes guerrillas not in prison); optional"),
            C("other", 30, "only some 30 guerrilleros accepted it in one year", qualifier="about",
              note="earlier event (1981 amnesty; acceptances, not releases)"),
            C("other", 200, "some 200 sympathizers", qualifier="about", note="crowd"),
            C("other", 14, "14 ex-prisoners who presented health problems", note="subset"),
            C("other", 5000, "a sum of $ 5.000", note="money"),
        ],
        released_names=["Carlos Toledo Plata"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Belisario Betancur", "Otto Morales Benítez", "Jaime Bateman Cayón", "Julio César Turbay Ayala",
                      "Carlos Jiménez Gómez"],
        distractors=["10.15 (clock time)", "Law 35 of 1982 (law number)", "term of four months",
                     "Bateman Cayón is underground (never in custody here)", "Toledo Plata's wife (unnamed)"],
    ),
    dict(
        file="017_naccache_pardon_statement_1990.txt", published="1990-07-27",
        outlet="French presidency communiqué (translated) with AFP editor's note",
        event="France pardons Anis Naccache and four accomplices and expels them to Tehran, 1990-07-27",
        counts=[
            C("released", 5, "The five men were driven from Fresnes prison to Orly airport"),
            C("transferred_to", 5, "The five men were driven from Fresnes prison to Orly airport under heavy police escort and left on Friday evening on a special flight to Tehran",
              where="Tehran"),
            C("other", 4, "the four other persons sentenced with him", note="subset (with Naccache: 5 pardoned)"),
            C("other", 20, "terms of 20 years", note="sentence"),
            C("released", 3, "The last three, diplomats Marcel Carton and Marcel Fontaine and journalist Jean-Paul Kauffmann, were freed in May 1988",
              note="earlier event (French hostages in Lebanon, 1988)"),
        ],
        released_names=["Anis Naccache"],
        alias_groups={"Chapour Bakhtiar": ["Shapour Bakhtiar"]},
        not_released_names=[],
        other_event_released_names=["Marcel Carton", "Marcel Fontaine", "Jean-Paul Kauffmann"],
        other_people=["Chapour Bakhtiar", "Michel Rocard"],
        distractors=["39 (age); life sentence", "10 March 1982 / 18 July 1980 (dates)",
                     "a policeman and a neighbour killed, a second policeman paralysed (casualties)",
                     "Bakhtiar is the target of the attack, never a prisoner"],
    ),
    dict(
        file="018_armenia_amnesty_2009.txt", published="2009-06-19", outlet="Reuters wire (brief)",
        event="Armenian amnesty frees opposition supporters jailed after the March 2008 unrest, 2009-06-19",
        counts=[
            C("released", 12, "The first 12 were released from Nubarashen prison on Friday evening"),
            C("released", 30, "about 30 people jailed over the March 1, 2008 unrest", qualifier="about",
              note="planned: 'would walk free within days'"),
            C("remaining_held", 6, "at least six senior opposition figures will stay behind bars", qualifier="at_least"),
            C("other", 10, "in which 10 people were killed", note="casualties"),
        ],
        released_names=[],
        alias_groups={"Serzh Sarksyan": ["Sargsyan"]},
        not_released_names=["Sasun Mikaelian"],
        other_event_released_names=[],
        other_people=["Serzh Sarksyan", "Levon Ter-Petrosyan", "Nikol Pashinyan", "Hasmik Avetisyan", "Andrew Dolan"],
        distractors=["eight years (sentence)", "Pashinyan is in hiding (neither held nor released)", "March 1, 2008 (date)"],
    ),
    dict(
        file="019_egypt_youth_pardon_analysis_2016.txt", published="2016-11-28",
        outlet="think-tank analysis with footnotes",
        event="Egypt: Sisi's pardon of 82 young detainees (79 freed), 2016-11-17/20",
        counts=[
            C("released", 82, "President Abdel Fattah al-Sisi pardoned 82 detainees",
              note="inferred: pardon total; 79 actually freed, 3 still held; optional"),
            C("released", 79, "79 of the 82 had walked out of prison"),
            C("remaining_held", 3, "Three remained in custody because they face charges in other cases"),
            C("released", 200, "a second list of about 200 names will be submitted", qualifier="about", note="planned"),
            C("released", 100, "a presidential pardon freed 100 prisoners", note="earlier event (September 2015)"),
            C("remaining_held", 60000, "Egyptian rights groups estimate that some 60,000 people are held for political reasons",
              qualifier="about", note="rights-group estimate"),
            C("other", 3000, "more than 3,000 requests", qualifier="more_than", note="requests to the committee"),
            C("other", 5, "The five-member committee", note="committee size"),
        ],
        released_names=["Islam Behery"],
        alias_groups={"Islam Behery": ["al-Behairy"], "Mahmoud Abu Zeid": ["Shawkan"],
                      "Alaa Abd El-Fattah": ["Alaa Abdel Fattah"]},
        not_released_names=["Mahmoud Abu Zeid", "Alaa Abd El-Fattah", "Ahmed Douma"],
        other_event_released_names=["Mohamed Fahmy", "Baher Mohamed", "Sanaa Seif"],
        other_people=["Abdel Fattah al-Sisi", "Osama al-Ghazali Harb", "Karim Mansour"],
        distractors=["one-year, five-year and 15-year sentences; pretrial detention 'up to two years'",
                     "2013 protest law; December 2013 designation (dates)", "footnote numbers [1]-[4]",
                     "'Abdel Fattah al-Sisi' and 'Alaa Abd El-Fattah' share a name element"],
    ),
    dict(
        file="020_salma_alshehab_ngo_release_2025.txt", published="2025-02-12",
        outlet="NGO press release (demands, contact block)",
        event="Saudi Arabia releases Salma al-Shehab after four years; travel ban remains, 2025-02",
        counts=[
            C("remaining_held", 70, "APRI has documented at least 70 people currently imprisoned in Saudi Arabia for their social media posts",
              qualifier="at_least"),
            C("other", 11, "among them at least 11 women", qualifier="at_least", note="subset of those held"),
            C("released", 14, "at least 14 prisoners of conscience have been released after completing their sentences",
              qualifier="at_least", note="cumulative (since October 2024)"),
            C("other", 330, "at least 330 executions", qualifier="at_least", note="executions"),
            C("other", 34, "sentenced her to 34 years in prison", note="sentence"),
        ],
        released_names=["Salma al-Shehab"],
        alias_groups={"Salman al-Awda": ["al-Odah"]},
        not_released_names=["Nourah al-Qahtani", "Mohammed al-Ghamdi", "Salman al-Awda", "Mohammed al-Qahtani"],
        other_event_released_names=["Loujain al-Hathloul"],
        other_people=["Maha Al-Amiri", "Lina Haddad"],
        distractors=["36 (age); 27 years; four years; 30-year term; 10-year sentence",
                     "travel ban is not detention", "mother of two / mother of five",
                     "Nourah and Mohammed al-Qahtani share a surname (not stated as related)", "phone number in contact block"],
    ),
]


def main():
    ok = True

    def err(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files or len(GOLD) != len(set(g["file"] for g in GOLD)):
        err(f"file list mismatch: {files}")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            err(f"{g['file']}: missing article")
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                err(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    err(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    err(f"{g['file']}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                err(f"{g['file']}: where set on {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for key, aliases in g.get("alias_groups", {}).items():
            if key not in seen:
                err(f"{g['file']}: alias-group key not a listed name: {key!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
