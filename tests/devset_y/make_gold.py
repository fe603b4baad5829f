#!/usr/bin/env python3
"""Gold for devset_y (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, that every name, alias and `where` occurs in
it (case-insensitive, for all-caps bylines), that no name is in two lists, and that kinds,
qualifiers and `where` are valid."""
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
        file="001_yodogo_hijack_gimpo.txt", published="1970-04-03", outlet="UPI archive wire story",
        event="Yodo hijack: Red Army Faction free passengers at Kimpo for a vice minister, 1970-04-03",
        counts=[
            C("released", 99, "today released 99 passengers"),
            C("released", 4, "released 99 passengers and four stewardesses", note="crew released together with the 99 passengers"),
            C("remaining_held", 4, "Four men remained on the plane", note="vice minister and three-man cockpit crew"),
            C("other", 3, "the three-man cockpit crew", note="subset of the four still aboard"),
            C("released", 23, "At Fukuoka they released 23 passengers",
              note="earlier event (first batch of the same hijack, Fukuoka, 31 March)"),
            C("other", 122, "122 passengers, not counting the hijackers", note="people aboard at the start"),
            C("other", 7, "a crew of seven", note="people aboard at the start"),
            C("other", 9, "Nine Japanese student radicals", note="hijackers"),
        ],
        released_names=["Shigeaki Hinohara", "Daniel C. Reeves"],
        alias_groups={},
        not_released_names=["Shinjiro Yamamura", "Shinji Ishida", "Teiichi Ezaki", "Toshio Aihara"],
        other_event_released_names=[],
        other_people=["John A. Calloway", "Masahide Kanayama", "Paik Sun-yup", "Takamaro Tamiya", "Eisaku Sato"],
        distractors=["'his wife, Ruth' (first name only) was also released", "79 hours; 2:48 p.m.; 6:05 p.m.; ages 47, 27, 58",
                     "Yamamura boarded as a substitute hostage: held at the end of the article",
                     "Apollo 13 / 4 killed (page noise)"],
    ),
    dict(
        file="002_kassam_sardinia_it.txt", published="1992-07-11", outlet="Sardinian daily, machine-translated from Italian",
        event="Kidnapped boy Farouk Kassam freed in Sardinia after 177 days, 1992-07-10",
        counts=[
            C("remaining_held", 3, "three people kidnapped in Italy are still prisoners of their abductors",
              note="other kidnappings in Italy, per Interior Ministry"),
            C("other", 170, "the island has recorded 170 kidnappings", note="cumulative kidnappings since 1966"),
            C("other", 5000000000, "5.000 million lire", note="rumoured ransom (money)"),
            C("other", 3, "Three men from Orune and Bitti are under investigation", note="suspects"),
        ],
        released_names=["Farouk Kassam"],
        alias_groups={},
        not_released_names=["Giuseppe Vinci", "Antonio Fossari"],
        other_event_released_names=["Cesare Casella"],
        other_people=["Gavino Sanna", "Fateh Kassam", "Marion Bleriot", "Nicola Mancino", "Graziano Mesina",
                      "Giovanni Murru", "Ciriaco Baldassarre Marras", "Pietro Meloni", "Pino Careddu"],
        distractors=["Fateh Kassam is the father (same surname)", "Mesina is on parole (not a release in this story; mediator)",
                     "Marras was arrested (into custody)", "'his mother Angela' (first name only)",
                     "177 days; 743 days; 6 kilos; age 50; 1.250 million / 38 degrees (page noise)"],
    ),
    dict(
        file="003_iglesias_zamora_eta_es.txt", published="1993-10-30", outlet="Basque daily, machine-translated from Spanish",
        event="ETA frees industrialist Julio Iglesias Zamora after 117 days, 1993-10-29",
        counts=[
            C("other", 550, "more than 550 members of the organisation remain in Spanish and French prisons", qualifier="more_than",
              note="ETA inmates in state prisons, not hostages"),
            C("other", 70, "ETA has kidnapped more than 70 people since 1970", qualifier="more_than",
              note="cumulative kidnappings"),
            C("other", 60000, "More than 60.000 people demonstrated", qualifier="more_than", note="demonstrators"),
            C("other", 1000000000, "1.000 millones de pesetas", qualifier="about", note="rumoured ransom (money)"),
            C("other", 2, "the arrest in Hendaye of two alleged members of the commando", note="arrests"),
        ],
        released_names=["Julio Iglesias Zamora"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Emiliano Revilla", "Adolfo Villoslada"],
        other_people=["Iñaki Etxeberria", "Mari Carmen Ruiz de Azúa", "José Luis Corcuera", "José Antonio Ardanza",
                      "José María Setién", "Jon Agirre Larrañaga", "Mikel Urrutia Sasiain"],
        distractors=["'it keeps no other hostage' (zero still held)", "117/249/82 days; age 46; 5.30; 9.15; count to five hundred",
                     "Agirre and Urrutia were arrested (into custody)", "2-1; 1995; 23 stations; 14 boats (page noise)"],
    ),
    dict(
        file="004_masyuk_ntv_chechnya_ru.txt", published="1997-08-19", outlet="Russian daily, machine-translated",
        event="NTV crew (Masyuk, Mordyukov, Olchev) freed in Chechnya after 101 days, 1997-08-17",
        counts=[
            C("remaining_held", 1000, "as of 1 August about 1 000 people, servicemen and civilians, were held in Chechnya",
              qualifier="about", note="Interior Ministry estimate as of 1 August"),
            C("remaining_held", 150, "\"no more than 150\" are held by criminal groups",
              note="claim by the Chechen side (at most 150)"),
            C("remaining_held", 30, "holds 30 Chechen fighters",
              note="claim by Rybkin; fighters held by the federal side, transfer only 'could be discussed'"),
            C("other", 20, "at least 20 journalists have been abducted in the North Caucasus since 1995", qualifier="at_least",
              note="cumulative abductions"),
            C("other", 2000000, "2 000 000 dollars", note="ransom demand (money)"),
            C("other", 11, "11 foreign television crews", note="visits"),
            C("other", 3, "of which three were kidnapped", note="crews kidnapped in 1997"),
            C("other", 6, "6 policemen wounded", note="page noise"),
        ],
        released_names=["Elena Masyuk", "Ilya Mordyukov", "Dmitry Olchev"],
        alias_groups={"Elena Masyuk": ["Yelena Masyuk"]},
        not_released_names=["Mauro Galligani", "Camilla Carr", "Jon James"],
        other_event_released_names=["Roman Perevezentsev", "Vyacheslav Tibelius"],
        other_people=["Igor Malashenko", "Vladimir Gusinsky", "Boris Berezovsky", "Movladi Udugov", "Aslan Maskhadov",
                      "Shamil Basayev", "Ivan Rybkin", "Valentina Olcheva", "Tatiana Mitkova", "Andrei Smirnov",
                      "Valery Kolesnikov", "Dmitry Azarov"],
        distractors=["Valentina Olcheva is Olchev's mother", "the driver was let go the same evening (10 May, unnamed)",
                     "101 days; 23.40; 31,5 %; 5 839 rubles; Views: 2 318; Comments (47)",
                     "'all three of us are alive' / 'Doctors examined all three' are not release counts"],
    ),
    dict(
        file="005_solomons_ulufaalu_release.txt", published="2000-06-07", outlet="Australian broadcaster web page (cookie banner, audio player)",
        event="Malaita Eagle Force frees Solomon Islands PM Ulufa'alu, 2000-06-07",
        counts=[
            C("released", 2, "Two cabinet ministers who were held with him at the residence were also released"),
            C("other", 200, "about 200 militiamen seized the police armoury", qualifier="about", note="militiamen"),
            C("other", 60, "about 60 people are believed to have been killed", qualifier="about", note="casualties"),
            C("other", 20000, "more than 20,000 displaced", qualifier="more_than", note="displaced"),
            C("other", 480, "About 480 Australians are registered", qualifier="about", note="expatriates"),
        ],
        released_names=["Bartholomew Ulufa'alu"],
        alias_groups={"Bartholomew Ulufa'alu": ["Bartholomew Ulufaalu"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andrew Nori", "Allan Kemakeza", "Alexander Downer", "Sean Dorney"],
        distractors=["the acting police commissioner (unnamed) may still be held", "18 months; 3:42; two days; within a week",
                     "fourth week / 82nd birthday (page noise)"],
    ),
    dict(
        file="006_diniz_kidnap_brief.txt", published="1989-12-17", outlet="Reuter wire brief",
        event="Police free Abilio Diniz after siege in Sao Paulo; kidnappers surrender, 1989-12-17",
        counts=[
            C("other", 10, "Ten kidnappers, including two Canadians", note="kidnappers surrendered (into custody)"),
            C("other", 30000000, "a ransom of 30 million dollars", note="ransom demand (money)"),
        ],
        released_names=["Abilio Diniz"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Orestes Quercia", "Christine Lamont", "David Spencer", "Fernando Collor de Mello",
                      "Luiz Inacio Lula da Silva"],
        distractors=["Lamont and Spencer are kidnappers who surrendered", "36-hour siege; six days; age 53; 7 a.m."],
    ),
    dict(
        file="007_langlois_farc_liveblog.txt", published="2012-05-30", outlet="French broadcaster live blog (English)",
        event="FARC free French journalist Romeo Langlois in Caqueta, 2012-05-30",
        counts=[
            C("released", 10, "The FARC freed what they said were their last 10 police and military hostages",
              note="earlier event (2 April 2012)"),
            C("remaining_held", 400, "guerrilla groups are still holding around 400 people", qualifier="about",
              note="estimate by Pais Libre; disputed by FARC"),
            C("other", 4, "Four members of the security forces were killed", note="casualties"),
            C("other", 108, "at least 108 people, including 49 children, were killed in Houla", qualifier="at_least",
              note="page noise (unrelated entry)"),
        ],
        released_names=["Roméo Langlois"],
        alias_groups={"Roméo Langlois": ["Romeo Langlois"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["François Hollande", "Jean-Baptiste Chauvin", "Piedad Córdoba", "Jordi Raich", "Marc Saikali",
                      "Juan Manuel Santos", "Luis Robayo"],
        distractors=["33 days; age 35; 17:30; France beat Iceland 3-2; 214 comments",
                     "'Nothing is over until Romeo is on his way' (first name only)"],
    ),
    dict(
        file="008_managua_christmas_siege_1974.txt", published="1974-12-30", outlet="AP wire story",
        event="Sandinista Christmas-party siege ends: hostages freed for 14 prisoners flown to Cuba, 1974-12-30",
        counts=[
            C("released", 12, "freed their last 12 hostages"),
            C("exchanged", 14, "14 political prisoners released by President Anastasio Somoza's government"),
            C("transferred_to", 14, "flew to Cuba with 14 political prisoners", where="Cuba"),
            C("other", 13, "the 13 guerrillas", note="captors flown out with the prisoners"),
            C("other", 1000000, "a ransom of $1 million", note="money"),
            C("other", 18, "the release of 18 prisoners", note="original demand"),
            C("other", 5000000, "$5 million", note="original demand (money)"),
            C("other", 2, "Castillo and two guards were killed", note="casualties"),
        ],
        released_names=["Alejandro Montiel Arguello", "Guillermo Sevilla Sacasa", "Luis Valle Olivares",
                        "Noel Pallais Debayle", "Daniel Ortega Saavedra", "Jose Benito Escobar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Robert E. Hollister", "Anastasio Somoza", "Miguel Obando y Bravo", "Jose Maria Castillo Quant",
                      "Turner B. Shelton"],
        distractors=["'Several women and servants were allowed to leave' earlier (vague, earlier batch)",
                     "Castillo was killed; 'Castillo's widow, Maria Teresa' (first name only)",
                     "60-hour siege; age 29; since 1967; four hours later",
                     "archbishop and ambassadors flew to Havana as guarantors (not releasees)"],
    ),
    dict(
        file="009_guadalajara_consul_1973.txt", published="1973-05-07", outlet="AP wire brief",
        event="US consul general Leonhardy freed in Guadalajara after 30 prisoners flown to Havana, 1973-05-07",
        counts=[
            C("exchanged", 30, "30 Mexican prisoners demanded by the guerrillas arrived in Havana"),
            C("transferred_to", 30, "30 Mexican prisoners demanded by the guerrillas arrived in Havana", where="Havana"),
            C("other", 1000000, "a ransom of 1 million pesos", note="money"),
            C("other", 80000, "about $80,000", qualifier="about", note="money"),
        ],
        released_names=["Terrance G. Leonhardy"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Julio Hirschfeld Almada"],
        other_people=["Luis Echeverria"],
        distractors=["'his wife, Jane' (first name only)", "age 58; 2 a.m.; second political kidnapping in two years"],
    ),
    dict(
        file="010_glienicke_shcharansky_de.txt", published="2016-02-11", outlet="Potsdam regional paper, anniversary feature, machine-translated from German",
        event="Glienicke Bridge exchange: Shcharansky and three Western agents for five Eastern-bloc agents, 1986-02-11",
        counts=[
            C("released", 9, "Nine people changed sides at the Glienicke Bridge that morning",
              note="Shcharansky + 3 + 5"),
            C("exchanged", 3, "the East released three agents who had worked for the West"),
            C("exchanged", 5, "the West released five agents of the Eastern bloc"),
            C("exchanged", 23, "23 agents who had worked for the West were exchanged", note="earlier event (June 1985)"),
            C("exchanged", 4, "exchanged for four spies of the East", note="earlier event (June 1985)"),
            C("released", 33755, "bought 33.755 political prisoners out of GDR prisons",
              note="earlier event; cumulative Freikauf until 1989"),
            C("other", 200, "We were maybe 200 journalists", qualifier="about", note="journalists"),
            C("other", 1200, "about 1.200 visitors", qualifier="about", note="tourists"),
            C("other", 3400, "3.400 new apartments", note="page noise"),
        ],
        released_names=["Anatoli Schtscharanski", "Wolf-Georg Frohn", "Dietrich Nistroy", "Jaroslav Javorský",
                        "Karl Köcher", "Hana Köcher", "Jewgeni Semljakow", "Detlef Scharfenorth", "Jerzy Kaczmarek"],
        alias_groups={"Anatoli Schtscharanski": ["Natan Scharanski", "Anatoly Shcharansky"]},
        not_released_names=["Nadija Sawtschenko", "Oleg Senzow"],
        other_event_released_names=["Rudolf Abel", "Francis Gary Powers", "Juri Orlow"],
        other_people=["Henrike Wollmann", "Richard Burt", "Wolfgang Vogel", "Ronald Reagan", "Margaret Thatcher",
                      "Ida Milgrom", "Michail Gorbatschow", "Günter Brandtner", "Rolf Kessler"],
        distractors=["'his wife Awital' (first name only, relative)", "Sawtschenko and Senzow are held as of the article date (2016)",
                     "13 years; almost nine years; 400 days; minus 8 degrees; age 31 / 68; 20 years in a camp; 3,4 billion D-Mark",
                     "'the three exchanges' (1962, 1985, 1986)", "12 per cent; 2 anglers; 7 comments (page noise)"],
    ),
    dict(
        file="011_melitopol_mayor_swap.txt", published="2022-03-17", outlet="Ukrainian news site, English edition",
        event="Melitopol mayor Ivan Fedorov freed in exchange for nine Russian conscripts, 2022-03-16",
        counts=[
            C("exchanged", 9, "exchanged for nine Russian servicemen"),
            C("remaining_held", 5, "holding at least five other heads of local communities", qualifier="at_least"),
            C("other", 2000, "more than 2,000 residents gathered", qualifier="more_than", note="protesters"),
            C("other", 1300, "at least 1,300 people sheltering", qualifier="at_least", note="page noise"),
            C("other", 14000, "Russia has lost 14,000 troops", note="page noise"),
        ],
        released_names=["Ivan Fedorov"],
        alias_groups={},
        not_released_names=["Yevhen Matveyev"],
        other_event_released_names=[],
        other_people=["Oksana Hrytsenko", "Daria Zarivna", "Volodymyr Zelensky", "Oleksandr Starukh",
                      "Kyrylo Tymoshenko", "Halyna Danylchenko", "Iryna Vereshchuk"],
        distractors=["conscripts 'born in 2002-2003' (years)", "age 33; Views: 48,102; Comments (112); 35 hours; 500 million euros",
                     "Danylchenko installed as 'acting mayor' (not a captive)"],
    ),
    dict(
        file="012_women_pow_exchange_2022.txt", published="2022-10-17", outlet="UK broadcaster web page (cookie banner, video residue)",
        event="Russia-Ukraine all-female exchange: 108 Ukrainian women for 110 Russians, 2022-10-17",
        counts=[
            C("released", 108, "108 women freed"),
            C("exchanged", 110, "110 Russian citizens had been handed over in return"),
            C("other", 37, "37 women who had been taken prisoner after the fall of the Azovstal steelworks",
              note="subset of the 108"),
            C("other", 11, "Eleven of the women were civilians", note="subset of the 108"),
            C("other", 72, "including 72 civilian sailors", note="subset of the 110"),
            C("other", 12, "About a dozen of them were taken straight to hospital", qualifier="about", note="subset"),
            C("released", 215, "215 Ukrainians, including commanders of the Azovstal garrison, were freed",
              note="earlier event (21 September)"),
            C("exchanged", 55, "in return for 55 people", note="earlier event (21 September)"),
            C("transferred_to", 5, "Five of the Azovstal commanders were flown to Turkey", where="Turkey",
              note="earlier event (21 September)"),
            C("remaining_held", 2500, "Russia is still holding more than 2,500 Ukrainian military personnel",
              qualifier="more_than", note="Kyiv's figure, unverified"),
            C("other", 50, "at least 50 Ukrainian prisoners were killed", qualifier="at_least", note="casualties (July)"),
            C("other", 60000, "60,000 residents to be moved", note="page noise"),
        ],
        released_names=["Olha Lysenko"],
        alias_groups={},
        not_released_names=["Serhiy Lysenko"],
        other_event_released_names=["Viktor Medvedchuk"],
        other_people=["Alina Petrenko", "Jonathan Beale", "Andriy Yermak", "Denis Pushilin", "Dmytro Lubinets"],
        distractors=["Serhiy Lysenko is the freed woman's husband, still held", "one mother and daughter (unnamed)",
                     "age 43; five months; 00:01:12; £2,500 (page noise)"],
    ),
    dict(
        file="013_bodies_repatriation_statement.txt", published="2025-02-14", outlet="Ukrainian government statement, translated",
        event="Repatriation of 757 bodies to Ukraine, 2025-02-14 (no living releasees)",
        counts=[
            C("other", 757, "the bodies of 757 fallen defenders have been returned to Ukraine", note="bodies, not releasees"),
            C("other", 602, "602 bodies from the Donetsk direction", note="subset of bodies"),
            C("other", 36, "36 from the Zaporizhzhia direction", note="subset of bodies"),
            C("other", 34, "34 from the Luhansk direction", note="subset of bodies"),
            C("other", 85, "85 bodies that were held in morgues", note="subset of bodies"),
            C("other", 1514, "1 514 bodies have been returned", note="cumulative bodies since January"),
            C("other", 6700, "more than 6 700 bodies have been returned to Ukraine since 2022", qualifier="more_than",
              note="cumulative bodies"),
            C("released", 150, "bring home more than 150 defenders", qualifier="more_than", note="planned exchange"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=[],
        distractors=["no person is named", "'three stages of repatriation' (ordinal-like count of stages)"],
    ),
    dict(
        file="014_pope_pardon_regional.txt", published="2000-12-14", outlet="US regional paper (newsletter prompt, most-read list)",
        event="Putin pardons Edmond Pope, who leaves Moscow for Germany, 2000-12-14",
        counts=[
            C("other", 20, "sentenced him to 20 years", note="sentence"),
            C("other", 253, "his 253 days in custody", note="duration"),
        ],
        released_names=["Edmond Pope"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Karen L. Whitcomb", "Vladimir Putin", "Anatoly Pristavkin", "Cheri Pope", "Anatoly Babkin",
                      "James Collins", "Thomas Markle"],
        distractors=["Cheri Pope is the wife (same surname)", "Babkin got a suspended sentence (never held)",
                     "'President Clinton' (surname only)", "age 54; eight-year suspended sentence; 10:30 a.m.",
                     "71-65; $3.2 million; 41 students; Comments (18) (page noise)"],
    ),
    dict(
        file="015_korea_pardon_analysis.txt", published="1998-01-01", outlet="business weekly analysis piece",
        event="South Korea pardons and frees ex-presidents Chun Doo-hwan and Roh Tae-woo, 1997-12-22",
        counts=[
            C("released", 2, "two former presidents walked out of prison"),
            C("released", 13, "all 13 of whom had already been freed on parole",
              note="earlier event (freed during 1996-97; pardon only restores rights)"),
            C("remaining_held", 478, "478 prisoners of conscience remain in South Korean jails", note="Minkahyup figure"),
            C("other", 17, "including 17 \"unconverted\" long-term prisoners", note="subset of the 478 still held"),
            C("released", 2000, "could free more than 2,000 prisoners", qualifier="more_than",
              note="planned amnesty for the February inauguration"),
            C("other", 200, "the at least 200 civilians killed in 1980", qualifier="at_least", note="casualties"),
            C("other", 1000000, "unemployment could pass one million", note="economic figure"),
            C("other", 570000, "about 570,000 today", qualifier="about", note="economic figure"),
            C("other", 10000, "Daewoo, Hyundai pledge 10,000 job cuts", note="page noise"),
        ],
        released_names=["Chun Doo-hwan", "Roh Tae-woo"],
        alias_groups={"Chun Doo-hwan": ["Chun Doo Hwan"]},
        not_released_names=["Chung Tae-soo"],
        other_event_released_names=["Kim Dae-jung"],
        other_people=["Michael Carrington", "Kim Young-sam", "Lee Soon-ja", "Michel Camdessus", "Lim Chang-yuel",
                      "Lee Hoi-chang", "Kim Jong-pil", "Kim Hyun-chul", "Yoon Dong-min"],
        distractors=["Kim Dae-jung, the president-elect, was freed in December 1982 (earlier event)",
                     "Kim Hyun-chul was released on bail (not a release)", "Lee Soon-ja is Chun's wife",
                     "life; 22 and a half years; 17 years; 15 years; 220.5 / 262.8 billion won; $57 billion; 1,891 won",
                     "52 / 41 / 40.3 / 38.7 per cent; 12% (page noise)"],
    ),
    dict(
        file="016_china_releases_1990_brief.txt", published="1990-01-18", outlet="Reuter wire brief",
        event="China frees 573 people detained after the 1989 protests, 1990-01-18",
        counts=[
            C("released", 573, "it had released 573 people"),
            C("other", 41, "All but 41 of those freed had been held in Peking", note="subset of the 573 (held outside Peking)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Wang Dan", "Chen Ziming", "Wang Juntao"],
        other_event_released_names=[],
        other_people=["Fang Lizhi", "Li Shuxian", "Li Peng"],
        distractors=["Fang Lizhi and Li Shuxian are in refuge in the US embassy (not held)",
                     "'killing hundreds and possibly thousands' (vague)", "June 3-4; January 11; a week"],
    ),
    dict(
        file="017_pussy_riot_amnesty_2013.txt", published="2013-12-23", outlet="RFE/RL web page (audio player)",
        event="Russia's constitution-anniversary amnesty frees Alyokhina and Tolokonnikova, 2013-12-23",
        counts=[
            C("released", 2, "The two jailed members of the punk protest group Pussy Riot have been freed"),
            C("other", 25000, "as many as 25,000 people could be covered", note="projected coverage of the amnesty"),
            C("released", 1500, "only about 1,500 are expected to actually leave prison", qualifier="about",
              note="planned / projected"),
            C("other", 30, "the 30 people detained after a Greenpeace protest", note="already on bail; charges to be dropped"),
            C("remaining_held", 20, "some 20 others remain in custody or under house arrest", qualifier="about",
              note="Bolotnaya defendants"),
        ],
        released_names=["Maria Alyokhina", "Nadezhda Tolokonnikova"],
        alias_groups={"Nadezhda Tolokonnikova": ["Nadya Tolokonnikova"]},
        not_released_names=["Platon Lebedev"],
        other_event_released_names=["Yekaterina Samutsevich", "Mikhail Khodorkovsky"],
        other_people=["Tom Balmforth", "Claire Bigg", "Vladimir Putin", "Pyotr Verzilov"],
        distractors=["Akimenkov and Kovyazin are only expected to be freed (no list)", "'Arctic 30' released on bail in November",
                     "'Her daughter, Gera, is 5' (first name only)", "two years; 20th anniversary; more than 10 years; 0:05:31",
                     "3 Years For 'Extremism'; One Month (page noise)"],
    ),
    dict(
        file="018_manning_release_ngo.txt", published="2017-05-17", outlet="NGO press release",
        event="Chelsea Manning released from Fort Leavenworth after commutation, 2017-05-17",
        counts=[
            C("other", 1927, "Obama granted clemency to 1,927 people", note="cumulative clemency grants, not releases"),
            C("other", 1715, "including 1,715 commutations", note="cumulative commutations"),
            C("other", 330, "he commuted the sentences of 330 federal prisoners",
              note="earlier event; commutations, release dates not stated"),
            C("other", 700000, "more than 700,000 military field reports", qualifier="more_than", note="documents"),
        ],
        released_names=["Chelsea Manning"],
        alias_groups={},
        not_released_names=["Jeffrey Sterling"],
        other_event_released_names=["John Kiriakou"],
        other_people=["Barack Obama", "Rachel Okonkwo-Hale", "Nancy Hollander", "Vincent Ward", "Donald Trump",
                      "James Risen", "Harry Truman", "Daniel Ferreira-Pratt"],
        distractors=["35-year sentence; seven years; three and a half years; 23 months; age 29; eight years",
                     "phone number and e-mail (page noise)"],
    ),
    dict(
        file="019_fujimori_release_analysis.txt", published="2023-12-08", outlet="regional affairs magazine, analysis",
        event="Alberto Fujimori released from Barbadillo after pardon restored, 2023-12-06",
        counts=[
            C("remaining_held", 2, "Its remaining inmates are two former presidents", note="Castillo and Toledo"),
            C("other", 15, "murdered 15 people", note="casualties (1991)"),
            C("other", 6, "the 1992 killing of six farmers", note="casualties"),
            C("other", 61, "61 % of respondents opposed", note="percentage"),
        ],
        released_names=["Alberto Fujimori"],
        alias_groups={},
        not_released_names=["Pedro Castillo", "Alejandro Toledo", "Vladimiro Montesinos"],
        other_event_released_names=["Ollanta Humala"],
        other_people=["Lucía Andrade Vélez", "Kenji Fujimori", "Keiko Fujimori", "Pedro Pablo Kuczynski", "Dina Boluarte",
                      "Ricardo Pérez Manrique", "Gloria Cano", "Alan García", "Raida Cóndor", "Armando Amaro Cóndor"],
        distractors=["Fujimori's own earlier release (January 2018) under the same pardon", "Kuczynski spent two years under house arrest (past)",
                     "Kenji and Keiko are Fujimori's children", "age 85; 16 of 25 years; nine students and a professor; ten dead; six times; 24 hours",
                     "six of the last seven presidents; 33 %; 60-day (page noise)"],
    ),
    dict(
        file="020_brazil_amnesty_1979_feature.txt", published="2019-08-28", outlet="Brazilian daily, 40th-anniversary feature, machine-translated from Portuguese",
        event="Brazil's 1979 Amnesty Law frees political prisoners and lets exiles return, 1979-08/09",
        counts=[
            C("released", 17, "17 were released in the first weeks"),
            C("remaining_held", 35, "the other 35 stayed in prison", note="excluded as 'blood crimes'"),
            C("remaining_held", 52, "52 political prisoners were in Brazilian jails when the law was signed",
              note="held when the law was signed (before the releases)"),
            C("other", 5000, "About 5.000 Brazilians who lived abroad as exiles or had been banished could come back",
              qualifier="about", note="exiles, not prisoners"),
            C("exchanged", 40, "one of 40 prisoners exchanged for the kidnapped West German ambassador",
              note="earlier event (June 1970)"),
            C("other", 434, "the 434 dead and disappeared", note="casualties"),
            C("other", 50000, "a crowd of 50.000 people", note="crowd"),
            C("other", 206, "by 206 votes to 201", note="vote"),
            C("other", 1200, "1.200 fire outbreaks", note="page noise"),
        ],
        released_names=["Renato Quintela Barros"],
        alias_groups={"João Baptista Figueiredo": ["João Figueiredo"]},
        not_released_names=[],
        other_event_released_names=["Carlos Alberto Nogueira Lins", "Fernando Gabeira"],
        other_people=["Marcela Tavares Rocha", "João Baptista Figueiredo", "Therezinha Zerbini",
                      "Theodomiro Romeiro dos Santos", "Petrônio Portella", "Leonel Brizola", "Miguel Arraes",
                      "Luís Carlos Prestes", "Ehrenfried von Holleben", "Daniel Aarão Reis Filho", "Clarice Herzog",
                      "Vladimir Herzog"],
        distractors=["Nogueira Lins stayed in prison and was freed in November 1980 (later, separate release)",
                     "Theodomiro escaped (not a release)", "returning exiles (Brizola, Arraes, Prestes) were not prisoners",
                     "von Holleben was the kidnapped ambassador in 1970 (his release is implied only)",
                     "Law 6.683; eight years and four months; 11 kilos; 32 days; 15 years; ages 71, 81, 23; R$ 1.039"],
    ),
]


def main():
    ok = True

    def err(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        err(f"file list mismatch: {files}")
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                err(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int):
                err(f"{g['file']}: non-integer value {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                err(f"{g['file']}: `where` must be set exactly on transferred_to: {c['quote']!r}")
            if c["where"] is not None and c["where"].casefold() not in low:
                err(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                err(f"{g['file']}: alias key {k!r} not in any list")
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
