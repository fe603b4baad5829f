#!/usr/bin/env python3
"""Gold for devset_ll (blind, held-out-style). Writes gold.jsonl next to this file and checks:
every quote is an exact substring of its article; every name, alias and `where` occurs in the
article (case-insensitive, for all-caps bylines); no name is in two lists; every alias-group key
is a listed name; kinds and qualifiers are valid; values are integers; `where` is set exactly on
`transferred_to`; the GOLD file list matches articles/. Prints `checks OK` when all pass."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
NAME_LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_cuba_rebels_free_americans.txt", published="1958-07-18", outlet="UPI wire (archive brief)",
        event="Raul Castro's rebels free the last 11 Americans kidnapped in Oriente, Cuba, 1958-07-18",
        counts=[
            C("released", 11, "today freed the last 11 Americans they had held"),
            C("other", 9, "nine sailors and Marines from this base", note="subset of the 11"),
            C("other", 2, "two mining engineers", note="subset of the 11"),
            C("released", 47, "Their release brings to 47 the number of Americans and Canadians set free",
              note="cumulative since June 26 (includes the 11)"),
            C("released", 12, "Twelve civilians, among them two Canadians, were let go in a first group on July 2",
              note="earlier event (first group, July 2)"),
            C("other", 2, "among them two Canadians", note="subset of the earlier group"),
        ],
        released_names=["Harold Sorensen", "Edwin Kessler"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Park F. Wollam", "Raul Castro", "Fidel Castro"],
        distractors=["ages 20 and 41", "three weeks", "'knew of no other Americans in rebel hands' (no count)",
                     "Batista (surname only, not a person entry)"],
    ),
    dict(
        file="002_bovensmilde_school_children_freed.txt", published="1977-05-27", outlet="AP wire (all-caps byline)",
        event="South Moluccan gunmen free 105 children from the Bovensmilde school; teachers and train passengers still held, 1977-05-27",
        counts=[
            C("released", 105, "freed all 105 children they had held for four days"),
            C("remaining_held", 4, "They kept four teachers"),
            C("remaining_held", 54, "The Justice Ministry put the number of hostages aboard at 54",
              note="train hostages of the same coordinated siege, still held"),
            C("remaining_held", 50, "still held about 50 people aboard a hijacked train", qualifier="about",
              note="inferred: rounded figure for the same train hostages (54); optional"),
            C("other", 23, "Army ambulances took 23 who were vomiting or feverish", note="subset of the 105"),
            C("other", 21, "demanding the release of 21 South Moluccans serving prison terms",
              note="demand; these prisoners were not freed"),
            C("other", 9, "thought to number nine on the train and four at the school", note="gunmen"),
            C("other", 40000, "About 40,000 Moluccans live in the Netherlands", qualifier="about", note="population"),
            C("other", 3000, "a village of 3,000", note="population"),
        ],
        released_names=["Trijntje Veenstra"],
        alias_groups={},
        not_released_names=["Jan Visser", "Arend Dijkstra", "Klaas Mulder", "Wim Boersma"],
        other_event_released_names=[],
        other_people=["Pieter van der Linden", "Hendrik Smit", "Andreas van Agt", "Joop den Uyl", "Marieke de Boer"],
        distractors=["Anja: freed child named by first name only", "ages 6 to 12, 34, 8, 24",
                     "'shortly before 10 a.m.'", "eight miles", "the pregnant teacher's release has no number (one)",
                     "1975 Beilen train / Amsterdam consulate seizures: earlier events without counts"],
    ),
    dict(
        file="003_ordzhonikidze_bus_children_ru.txt", published="1988-12-03", outlet="Soviet newspaper, machine-translated from Russian",
        event="Ordzhonikidze school-bus hijack: 30 children and teacher freed at Mineralnye Vody, hijackers flown to Israel, 1988-12-01/02",
        counts=[
            C("released", 30, 'All thirty pupils of the 4 "A" class of the secondary school No. 42 of the city of Ordzhonikidze and their teacher'),
            C("released", 10, "At 20.40 the bandits let out 10 children in exchange for the first part of the money",
              note="inferred: batch within the main event; optional"),
            C("released", 11, "Near midnight the bus left another 11 children",
              note="inferred: batch within the main event; optional"),
            C("released", 9, "The last nine children and Natalya Ivanovna came out of the bus at 4.30",
              note="inferred: batch within the main event; optional"),
            C("other", 2000000, "2 000 000 US dollars", note="ransom (money)"),
            C("other", 5, "five armed men captured in the centre of Ordzhonikidze", note="hijackers"),
            C("other", 6, "a crew of six volunteers", note="volunteer aircrew, not hostages"),
            C("other", 2, "two girls are left in the hospital", note="subset of the freed children"),
            C("other", 3, "three more participants", note="hijackers detained in Israel"),
        ],
        released_names=["Natalya Fedorova", "Aleksandr Ovsyannikov", "Madina Kaloeva"],
        alias_groups={"Natalya Fedorova": ["Natalya Ivanovna"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Zalina Kaloeva", "Shimon Peres", "Pavel Yakshiyants", "Tamaz Mikeladze", "V. V. Bakatin"],
        distractors=["'4 \"A\" class' and 'school No. 42' are not counts", "5.07 / 20.40 / 4.30 clock times",
                     "37 years (age); 10 years (age of Madina)",
                     "Natalya Ivanovna = name and patronymic of the teacher Natalya Fedorova",
                     "the driver was let out first, on the road: same hijack, so he is a main-event releasee",
                     "hijackers arrested in Israel are in custody (other_people), not releasees"],
    ),
    dict(
        file="004_casella_freed_aspromonte_it.txt", published="1990-01-31", outlet="Italian daily archive page, machine-translated (cookie banner, Read also)",
        event="Cesare Casella freed in the Aspromonte after 743 days, 1990-01-30",
        counts=[
            C("remaining_held", 7, "there remain, according to the Ministry of the Interior, at least seven persons",
              qualifier="at_least", note="inferred: victims of other kidnappings nationwide; optional"),
            C("other", 1000000000, "a ransom of one billion lire (1.000 million)", note="money"),
            C("other", 5000000000, "the kidnappers asked then 5.000 million", note="money (demand)"),
        ],
        released_names=["Cesare Casella"],
        alias_groups={},
        not_released_names=["Carlo Celadon", "Patrizia Tacchella"],
        other_event_released_names=["Marco Fiora"],
        other_people=["Sergio Valente", "Antonio Ferraro", "Angela Casella", "Luigi Casella", "Domenico Sacca"],
        distractors=["743 days; 18 years old; 17 months; 'around 22'; '1.30'",
                     "Angela and Luigi Casella are the parents (same surname)",
                     "READ ALSO: Sardinian entrepreneur freed after five months (other event, unnamed, '1.500 million')",
                     "'1.200 billions' and '33 points' are page noise"],
    ),
    dict(
        file="005_ana_hijack_hakodate.txt", published="1995-06-22", outlet="Kyodo wire",
        event="Police storm hijacked ANA Flight 857 at Hakodate, all 365 freed, 1995-06-22",
        counts=[
            C("released", 365, "freeing all 365 passengers and crew"),
            C("other", 350, "The 350 passengers and 15 crew members left the aircraft", note="subset of the 365"),
            C("other", 15, "The 350 passengers and 15 crew members left the aircraft", note="subset of the 365"),
            C("other", 60, "About 60 officers of the Hokkaido prefectural police", qualifier="about", note="police"),
            C("other", 12, "killed 12 people", note="casualties of the March subway attack"),
            C("other", 5500, "made more than 5,500 ill", qualifier="more_than", note="casualties"),
            C("released", 6, "The government then freed six jailed radicals", note="earlier event (1977 Dhaka hijacking)"),
            C("other", 6000000, "paid 6 million dollars in ransom", note="earlier event money"),
        ],
        released_names=["Takeshi Nakamura", "Tokiko Kato"],
        alias_groups={},
        not_released_names=["Shoko Asahara"],
        other_event_released_names=[],
        other_people=["Fumio Kutsumi", "Shizuka Kamei", "Tomiichi Murayama"],
        distractors=["Asahara (real name Chizuo Matsumoto): his release was the hijacker's demand; he remains in custody",
                     "3:42 a.m.; about 16 hours; Flight 857; Boeing 747; ages 53, 41, 51, 40",
                     "'One flight attendant' and 'an elderly passenger' are unnamed"],
    ),
    dict(
        file="006_silvio_santos_hostage_brief.txt", published="2001-08-30", outlet="Reuters brief",
        event="Silvio Santos freed after a seven-hour hostage standoff at his Sao Paulo home, 2001-08-30",
        counts=[
            C("other", 2, "he shot two police officers, one of them fatally", note="casualties"),
            C("other", 500000, "a ransom reported at 500,000 reais", note="money (earlier kidnapping)"),
        ],
        released_names=["Silvio Santos"],
        alias_groups={"Silvio Santos": ["Senor Abravanel"]},
        not_released_names=[],
        other_event_released_names=["Patricia Abravanel"],
        other_people=["Fernando Dutra Pinto", "Geraldo Alckmin", "Marcelo Teixeira", "Paul Harding"],
        distractors=["about seven hours; two days; a week; ages 22, 24, 70; $197,000",
                     "Patricia Abravanel was freed on Tuesday in a separate (earlier) kidnapping",
                     "the gunman 'gave himself up' (custody, not release)"],
    ),
    dict(
        file="007_osce_monitors_freed_donbas.txt", published="2014-06-28", outlet="UK broadcaster web page (cookie banner, media residue, related stories)",
        event="Second OSCE monitoring team freed by separatists in Donetsk, 2014-06-28",
        counts=[
            C("released", 4, "have freed the remaining four international monitors"),
            C("released", 4, "The first group of four, seized in the Donetsk region on 26 May, was freed late on Thursday",
              note="earlier event (first team, freed two days earlier)"),
            C("remaining_held", 150, "the rebels are still holding more than 150 people", qualifier="more_than",
              note="claim by Ukraine's SBU; other captives of the same rebels; optional"),
            C("other", 250, "some 250 civilian observers", qualifier="about", note="mission size"),
            C("other", 57, "all 57 member states", note="organisation size"),
            C("released", 30, "Greenpeace 'Arctic 30' activists leave Russia after amnesty",
              note="earlier event (related-stories headline, December 2013)"),
        ],
        released_names=["Ion Cebotari", "Javier Ortiz Lanza"],
        alias_groups={},
        not_released_names=["Nadiya Savchenko", "Irma Krat"],
        other_event_released_names=["Rasmus Holm", "Yulia Tymoshenko"],
        other_people=["Michael Bociurkiw", "Didier Burkhalter", "Valery Bolotov", "Alexander Borodai", "Petro Poroshenko"],
        distractors=["'Last updated at 21:17'; '26 May'; 'a month'", "Cebotari's wife (unnamed)",
                     "related-story headline about military observers freed in Sloviansk (earlier event, no count)",
                     "'four months' (football ban) and 'Scores dead' are page noise"],
    ),
    dict(
        file="008_little_switch_panmunjom.txt", published="1953-04-20", outlet="AP wire (all-caps byline)",
        event="Operation Little Switch, first day: 100 Allied sick and wounded POWs for 600 Communist captives, 1953-04-20",
        counts=[
            C("exchanged", 100, "The Communists handed back 100 sick and wounded Allied prisoners of war today"),
            C("exchanged", 600, "turned over a total of 600 Communist captives"),
            C("other", 500, "500 North Koreans and 100 Chinese", note="subset of the 600"),
            C("other", 100, "500 North Koreans and 100 Chinese", note="subset of the 600"),
            C("other", 35, "Among the 100 freed Allied soldiers were 35 Americans", note="subset of the 100"),
            C("other", 33, "one Canadian and 33 South Koreans", note="subset of the 100"),
            C("released", 605, "The Communists have said they will return 605 prisoners in all",
              note="planned total of the whole operation; optional"),
            C("other", 120, "including 120 Americans", note="planned subset"),
            C("exchanged", 5800, "The U.N. Command has agreed to hand back 5,800",
              note="planned total of the whole operation; optional"),
            C("remaining_held", 11559, "The Communists' own list of December, 1951, named 11,559 Allied prisoners",
              note="earlier event: December 1951 list, a pre-release figure from another year"),
            C("other", 3198, "3,198 of them Americans", note="subset of the 1951 list"),
            C("remaining_held", 132000, "The U.N. Command holds some 132,000 Communist prisoners in its camps",
              qualifier="about", note="inferred: prisoners held by the other side of the exchange; optional"),
        ],
        released_names=["Gerald Martinez", "Thomas Wheeler", "Alan Cole"],
        alias_groups={},
        not_released_names=["William F. Dean"],
        other_event_released_names=[],
        other_people=["James A. Hollis", "John C. Daniel", "Lee Sang Cho", "Mark W. Clark", "William K. Harrison Jr."],
        distractors=["34 months; 12 miles; ages 21, 24, 19; December, 1950; 'two years ago this week'",
                     "12 Britons, 15 Turks, four Colombians, one Canadian: further subsets",
                     "Dean is expected out only after an armistice (still held)"],
    ),
    dict(
        file="009_powers_abel_60_years.txt", published="2022-02-09", outlet="US regional newspaper, 60-years-on feature (newsletter prompt, most read)",
        event="Powers and Pryor freed for Rudolf Abel at the Glienicke Bridge / Checkpoint Charlie, 1962-02-10",
        counts=[
            C("exchanged", 2, "the Soviets agreed to free two Americans"),
            C("exchanged", 1, "in return for one man", note="inferred: other side of the swap stated in words; optional"),
            C("released", 23, "In June 1985, 23 people held in East Germany and Poland were freed there",
              note="earlier event (1985 Glienicke exchange, a later separate event)"),
            C("exchanged", 4, "in exchange for four Eastern bloc agents", note="earlier event (1985)"),
            C("released", 3, "followed by three Western agents", note="earlier event (1986)"),
            C("exchanged", 5, "as five people went the other way", note="earlier event (1986)"),
            C("other", 200, "Organizers expect more than 200 people", qualifier="more_than", note="crowd"),
            C("other", 900, "this town of 900 people", note="population"),
        ],
        released_names=["Francis Gary Powers", "Rudolf Abel", "Frederic Pryor"],
        alias_groups={"Francis Gary Powers": ["Frank Powers"], "Rudolf Abel": ["William Fisher"]},
        not_released_names=[],
        other_event_released_names=["Marvin Makinen", "Anatoly Shcharansky"],
        other_people=["Carolyn Mayes", "Ellen Marsh", "Oliver Powers", "Nikita Khrushchev", "James B. Donovan",
                      "Wolfgang Vogel", "Francis Gary Powers Jr.", "Steven Spielberg", "Tom Hanks", "Mark Rylance",
                      "Barbara Powers"],
        distractors=["Francis Gary Powers Jr. is the son (scorer caveat: same_person drops 'Jr' and matches him to the father)",
                     "Makinen was still held on the day but freed in October 1963 in a separate arrangement (other event)",
                     "10 years / 30 years (sentences); 28-year-old; at 47; 4,000 miles",
                     "Most read: $2.1 million, 54-41 (page noise)"],
    ),
    dict(
        file="010_ukraine_russia_35_for_35_liveblog.txt", published="2019-09-07", outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="Ukraine-Russia 35-for-35 prisoner exchange, 2019-09-07",
        counts=[
            C("exchanged", 35, "Among the 35 who landed at Kyiv's Boryspil airport were the Crimean film-maker Oleg Sentsov"),
            C("exchanged", 35, "Russia received 35 people"),
            C("exchanged", 70, "Russia and Ukraine exchanged 70 prisoners, 35 each",
              note="inferred: total of both sides; optional"),
            C("transferred_to", 35, "Among the 35 who landed at Kyiv's Boryspil airport", where="Kyiv",
              note="inferred: flown home; optional"),
            C("other", 24, "the 24 sailors seized by Russia in the Kerch Strait last November", note="subset of the 35"),
            C("remaining_held", 100, "more than 100 Ukrainian citizens were still in Russian jails and in occupied Crimea",
              qualifier="more_than"),
            C("exchanged", 2, "freed by Russia in exchange for two Russian servicemen", note="earlier event (May 2016)"),
            C("released", 2, "two more Ukrainians, Hennadiy Afanasyev and Yuriy Soloshenko, were pardoned by Putin",
              note="earlier event (June 2016)"),
            C("other", 43, "the death toll from Hurricane Dorian in the Bahamas has risen to 43", note="unrelated entry"),
            C("other", 157, "Police said 157 people had been arrested over the previous weekend", note="unrelated entry"),
        ],
        released_names=["Oleg Sentsov", "Oleksandr Kolchenko", "Roman Sushchenko", "Mykola Karpyuk", "Stanislav Klykh",
                        "Volodymyr Balukh", "Pavlo Hryb", "Edem Bekirov", "Bohdan Levchuk", "Volodymyr Tsemakh",
                        "Kirill Vyshinsky"],
        alias_groups={"Oleg Sentsov": ["Oleh Sentsov"]},
        not_released_names=["Server Mustafayev", "Emir-Usein Kuku"],
        other_event_released_names=["Nadiya Savchenko", "Hennadiy Afanasyev", "Yuriy Soloshenko"],
        other_people=["Olena Marchenko", "Tom Ashworth", "Volodymyr Zelensky", "Dmitry Peskov", "Vladimir Putin",
                      "Lyudmyla Denisova", "Natalya Kaplan", "Halyna Levchuk", "Mark Rutte"],
        distractors=["Vyshinsky was freed from pre-trial detention a month earlier but was handed to Russia in this swap: listed as released (judgement call)",
                     "Tsemakh is the other side of the swap (released), not a suspect still held",
                     "20-year sentence; five years; age 23; clock times", "Halyna Levchuk is the freed sailor's mother"],
    ),
    dict(
        file="011_armenia_azerbaijan_exchange_brief.txt", published="2023-12-13", outlet="AFP brief",
        event="Azerbaijan frees 32 Armenian servicemen, Armenia frees two Azerbaijani soldiers, 2023-12-13",
        counts=[
            C("exchanged", 32, "Azerbaijan on Wednesday freed 32 Armenian servicemen"),
            C("exchanged", 2, "Armenia released two Azerbaijani soldiers"),
            C("remaining_held", 23, "Baku is still holding at least 23 Armenians", qualifier="at_least"),
        ],
        released_names=["Huseyn Akhundov", "Agshin Babirov"],
        alias_groups={},
        not_released_names=["Ruben Vardanyan", "Arayik Harutyunyan"],
        other_event_released_names=[],
        other_people=["Nikol Pashinyan", "Ilham Aliyev"],
        distractors=["sentenced to life", "April; September; 'last week'", "the 32 Armenians are unnamed"],
    ),
    dict(
        file="012_ankara_exchange_long_feature.txt", published="2024-08-10", outlet="magazine long read (newsletter prompt)",
        event="Ankara exchange: Russia and Belarus free 16, Western countries free eight Russians (plus two children), 2024-08-01",
        counts=[
            C("exchanged", 16, "Russia and its ally Belarus released 16"),
            C("exchanged", 8, "Five Western countries released eight Russians"),
            C("exchanged", 26, "In all, 26 people changed hands.",
              note="inferred: total of both sides including two children who were not prisoners; optional"),
            C("other", 2, "two children travelled with their parents", note="children, not prisoners"),
            C("transferred_to", 13, "Thirteen others, among them Kara-Murza, Yashin, Orlov and the five Germans, were flown to Germany",
              where="Germany"),
            C("transferred_to", 10, "The 10 who went to Russia flew to Moscow's Vnukovo airport", where="Moscow",
              note="inferred: flown home; optional"),
            C("other", 5, "the five Germans", note="subset of the 16"),
            C("remaining_held", 700, "Memorial's list of political prisoners in Russia counts more than 700 names",
              qualifier="more_than"),
            C("exchanged", 10, "when 10 Russian sleeper agents arrested in the US were exchanged for four people held in Russia",
              note="earlier event (Vienna, 2010)"),
            C("exchanged", 4, "exchanged for four people held in Russia", note="earlier event (Vienna, 2010)"),
        ],
        released_names=["Evan Gershkovich", "Paul Whelan", "Alsu Kurmasheva", "Vladimir Kara-Murza", "Ilya Yashin",
                        "Oleg Orlov", "Sasha Skochilenko", "Andrei Pivovarov", "Vadim Ostanin", "Kevin Lik", "Rico Krieger",
                        "Lilia Chanysheva", "Ksenia Fadeeva", "Vadim Krasikov", "Artem Dultsev", "Anna Dultseva",
                        "Pablo González", "Mikhail Mikushin", "Vladislav Klyushin", "Vadim Konoshchenok", "Roman Seleznev"],
        alias_groups={"Vadim Krasikov": ["Vadim Sokolov"], "Pablo González": ["Pavel Rubtsov"],
                      "Mikhail Mikushin": ["José Assis Giammaria"]},
        not_released_names=["Marc Fogel", "Alexei Gorinov", "Igor Baryshnikov"],
        other_event_released_names=["Trevor Reed", "Konstantin Yaroshenko", "Brittney Griner", "Viktor Bout"],
        other_people=["Hannah Lindqvist", "Zelimkhan Khangoshvili", "Vladimir Putin", "Olaf Scholz", "Jake Sullivan",
                      "Alexei Navalny", "Yulia Navalnaya", "Alexander Lukashenko", "Joe Biden", "Kamala Harris",
                      "Recep Tayyip Erdogan", "Ibrahim Kalin", "Ella Milman", "Elizabeth Whelan", "Evgenia Kara-Murza"],
        distractors=["Navalny died in custody in February (never released)", "'Today 16 people are free' repeats the 16",
                     "16 years / 25 years (sentences); ages 32, 54; children aged 8 and 11",
                     "three Americans flown to Joint Base Andrews: named, no numeral",
                     "the five Germans other than Lik and Krieger are unnamed"],
    ),
    dict(
        file="013_ukraine_1000_for_1000_statement.txt", published="2025-05-25", outlet="Ukrainian government statement, machine-translated",
        event="Third and final stage of the Ukraine-Russia '1000 for 1000' exchange, 2025-05-23..25",
        counts=[
            C("released", 303, "303 Ukrainian defenders returned home from Russian captivity"),
            C("exchanged", 1000, "during three days 1 000 Ukrainians returned home"),
            C("exchanged", 1000, "the Ukrainian side handed over to the Russian side 1 000 persons"),
            C("released", 390, "on 23 May — 390 persons (270 servicemen and 120 civilians)",
              note="inferred: first stage of the same exchange; optional"),
            C("released", 307, "on 24 May — 307 servicemen", note="inferred: second stage of the same exchange; optional"),
            C("other", 270, "270 servicemen and 120 civilians", note="subset of the 390"),
            C("other", 120, "270 servicemen and 120 civilians", note="subset of the 390"),
            C("released", 5757, "5 757 Ukrainians have been returned home from captivity",
              note="cumulative since February 2022"),
        ],
        released_names=["Oleksandr Tkachuk", "Ihor Bondarenko"],
        alias_groups={},
        not_released_names=["Dmytro Khyliuk"],
        other_event_released_names=[],
        other_people=["Volodymyr Zelensky", "Kyrylo Budanov", "Rustem Umerov", "Dmytro Lubinets"],
        distractors=["'1000 for 1000' in the title", "ages 20 and 61; more than three years",
                     "hotline 0 800 300 529", "'thousands of Ukrainians remain' (vague)", "dates 16/23/24/25 May"],
    ),
    dict(
        file="014_friedland_last_pows_1955_de.txt", published="2025-10-07", outlet="German regional site, 70-years-on feature, machine-translated",
        event="Soviet Union releases the last 9,626 German POWs after Adenauer's Moscow visit, Oct 1955-Jan 1956",
        counts=[
            C("released", 9626, "a total of 9.626 German prisoners of war whom the Soviet Union released until January 1956"),
            C("released", 599, "On board: 599 men", note="inferred: first batch of the same release; optional"),
            C("other", 10000, "played poker with the life of ten thousand", qualifier="about",
              note="rounded name of the group ('the Ten Thousand')"),
            C("released", 20000, "also some 20.000 civilian internees and deported persons were allowed to leave the Soviet Union",
              qualifier="about", note="earlier event: civilians released in later years (a different event)"),
            C("other", 3150000, "about 3,15 million German soldiers in Soviet captivity", qualifier="about"),
            C("other", 1100000, "about 1,1 million died", qualifier="about", note="deaths in captivity"),
            C("other", 1300000, "around 1,3 million missing persons", qualifier="about", note="missing"),
            C("other", 8000, "more than 8.000 inquiries", qualifier="more_than"),
            C("other", 4000000, "more than 4 million people have passed through it", qualifier="more_than"),
        ],
        released_names=["Erich Hartmann", "Walther von Seydlitz-Kurzbach", "Heinrich Kühn"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Friedrich Paulus"],
        other_people=["Jana Sommerfeld", "Konrad Adenauer", "Nikolai Bulganin", "Nikita Khrushchev", "Carlo Schmid",
                      "Gertrud Kühn", "Maren Lüdtke"],
        distractors=["25 years of forced labour (sentence); 352 air victories; ages 19, 30, 99",
                     "Gertrud Kühn is the returnee's late wife", "'the Federal President' (unnamed)",
                     "page noise: 8.000 requests, 30.000 visitors"],
    ),
    dict(
        file="015_bolivia_amnesty_1978_brief.txt", published="1978-01-18", outlet="AP brief",
        event="Bolivia's general amnesty ends the miners' wives' hunger strike; 19 political prisoners freed, 1978-01-18",
        counts=[
            C("released", 19, "freeing the 19 political prisoners still held in Bolivian jails"),
            C("other", 1000, "a 21-day hunger strike by more than 1,000 people", qualifier="more_than", note="hunger strikers"),
            C("other", 350, "about 350 exiles", qualifier="about", note="exiles allowed to return; not prisoners"),
            C("other", 4, "four wives of tin miners", note="hunger strikers"),
            C("other", 14, "their 14 children", note="hunger strikers"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hugo Banzer", "Juan Pereda Asbun", "Juan Lechin Oquendo", "Domitila Barrios de Chungara"],
        distractors=["'still held' describes the 19 before their release, not a remaining count",
                     "Lechin is an exile allowed to return, not a freed prisoner", "21-day; Dec. 28; July"],
    ),
    dict(
        file="016_haiti_fort_dimanche_1986_fr.txt", published="1986-02-11", outlet="French daily, machine-translated",
        event="Haiti's new junta frees political prisoners from Fort-Dimanche and other Port-au-Prince jails, 1986-02-08..10",
        counts=[
            C("released", 73, "73 persons have left the prisons of the capital since Saturday"),
            C("other", 22, "of which 22 from Fort-Dimanche and 51 from the National Penitentiary", note="subset of the 73"),
            C("other", 51, "of which 22 from Fort-Dimanche and 51 from the National Penitentiary", note="subset of the 73"),
            C("other", 20, "some twenty relatives", qualifier="about", note="Duvalier's family flown to France; not prisoners"),
            C("released", 104, "the regime had already freed 104 political prisoners", note="earlier event (1977)"),
            C("other", 30000, "some 30 000 the number of the victims", qualifier="about", note="victims"),
            C("other", 1200, "some 1 200 detainees of common law", qualifier="about", note="prison population"),
            C("other", 30, "We were 30 in a cell made for six", note="quote about cell conditions"),
        ],
        released_names=["Joseph Pierre-Louis", "Lucien Rigaud"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bernard Lacombe", "Jean-Claude Duvalier", "Michèle Bennett", "Henri Namphy", "Gérard Gourgue",
                      "Antoine Jean-Baptiste", "Marie-Thérèse Jean-Baptiste", "François Duvalier"],
        distractors=["Antoine Jean-Baptiste is missing (not on any list; not stated to be held)",
                     "'there remains no more political prisoner' (zero, no count)", "54 years; 40 kilos; 10 h 30",
                     "Duvalier's flight to France is an exile, not a prisoner transfer"],
    ),
    dict(
        file="017_wang_dan_parole_ngo_release.txt", published="1998-04-19", outlet="NGO press release (demands, contact block)",
        event="China releases Wang Dan on medical parole and flies him to Detroit, 1998-04-19",
        counts=[
            C("remaining_held", 2000, "at least 2,000 people remain imprisoned in China", qualifier="at_least",
              note="NGO count of 'counter-revolutionary' prisoners"),
        ],
        released_names=["Wang Dan"],
        alias_groups={},
        not_released_names=["Liu Xiaobo", "Hu Shigen", "Li Hai", "Ngawang Sangdrol"],
        other_event_released_names=["Wei Jingsheng", "Wang Juntao"],
        other_people=["Wang Lingyun", "Peter Halvorsen", "Rachel Stein"],
        distractors=["Wang Lingyun is Wang Dan's mother (same surname)",
                     "11-year / 13-year / 20-year / nine-year sentences; age 29; age 15; three years",
                     "phone and fax numbers", "'President Clinton' (no full name)",
                     "a single person flown to Detroit: no transfer count"],
    ),
    dict(
        file="018_korea_pardon_politics_analysis.txt", published="2022-12-29", outlet="think-tank analysis piece",
        event="South Korea's year-end special pardon: Kim Kyoung-soo and 81 others walk free; Lee Myung-bak pardoned, 2022-12-28",
        counts=[
            C("released", 82, "only 82 of them were still in prison and walked free on Wednesday morning"),
            C("released", 1373, "the ministry said 1,373 people were covered by the year-end special pardon",
              note="inferred: pardon total, most of them not in custody; optional"),
            C("other", 8200000000, "a fine of 8.2 billion won", note="money"),
            C("other", 3, "three have been convicted of crimes and imprisoned, and all three have been pardoned",
              note="historical presidents; not this release"),
        ],
        released_names=["Kim Kyoung-soo", "Lee Byung-ho"],
        alias_groups={},
        not_released_names=["Choi Seo-won"],
        other_event_released_names=["Lee Myung-bak", "Chun Doo-hwan", "Roh Tae-woo", "Park Geun-hye", "Lee Jae-yong"],
        other_people=["Seo Min-ji", "Moon Jae-in", "Han Dong-hoon", "Yoon Suk Yeol", "Kim Young-sam", "Kim Dae-jung"],
        distractors=["Lee Myung-bak was pardoned this week but had been out of prison since June on a sentence suspension: his release is an earlier event (judgement call)",
                     "Choi Seo-won is also named by her former name, Choi Soon-sil (not pardoned, in prison)",
                     "two-year / 17-year sentences; five months; age 81; 77 percent; Dec. 31, 2021"],
    ),
    dict(
        file="019_nicaragua_222_flown_to_us.txt", published="2023-02-09", outlet="AP wire (all-caps bylines)",
        event="Nicaragua frees 222 political prisoners and flies them to Washington, 2023-02-09",
        counts=[
            C("released", 222, "unexpectedly released 222 political prisoners"),
            C("transferred_to", 222, "released 222 political prisoners and put them on a chartered plane to Washington",
              where="Washington"),
            C("other", 7, "seven people who had hoped to run against Ortega", note="subset of the 222"),
            C("remaining_held", 38, "at least 38 people it considers political prisoners remain in Nicaraguan jails",
              qualifier="at_least"),
            C("released", 400, "more than 400 people detained after the 2018 protests were released", qualifier="more_than",
              note="earlier event (June 2019 amnesty law)"),
            C("other", 300, "more than 300 people were killed", qualifier="more_than", note="casualties"),
        ],
        released_names=["Cristiana Chamorro", "Juan Sebastián Chamorro", "Félix Maradiaga", "Arturo Cruz",
                        "Pedro Joaquín Chamorro", "Dora María Téllez", "Lesther Alemán", "Medardo Mairena"],
        alias_groups={},
        not_released_names=["Rolando Álvarez"],
        other_event_released_names=[],
        other_people=["Ana Lucía Paiz", "David R. Kessler", "Daniel Ortega", "Violeta Chamorro", "Antony Blinken",
                      "Rosario Murillo", "Carlos Rivera"],
        distractors=["Violeta Chamorro is the mother of two releasees (same surname)",
                     "'a second prisoner also declined to leave' (unnamed, still held)",
                     "two years of humanitarian parole; age 93; fourth consecutive term"],
    ),
    dict(
        file="020_cuba_releases_begin_2025_es.txt", published="2025-01-17", outlet="Spanish-language news site, machine-translated (cookie banner, related list)",
        event="Cuba begins releasing prisoners under the Vatican-mediated deal; Ferrer freed, 2025-01-15..17",
        counts=[
            C("released", 127, "at least 127 persons have been excarcelated", qualifier="at_least"),
            C("released", 553, "it will free 553 persons", note="planned total promised by the government; optional"),
            C("remaining_held", 1161, "Prisoners Defenders counted in December 1.161 political prisoners in Cuba",
              note="as of December 2024, before the releases (as in seed 000)"),
            C("other", 116, "of them 116 women and 31 minors", note="subset of the 1,161"),
            C("other", 31, "of them 116 women and 31 minors", note="subset of the 1,161"),
            C("released", 103, "Venezuela excarcelates 103 detained of the post-electoral protests",
              note="earlier event (related-list headline, other country)"),
            C("released", 2, "Nicaragua releases two priests and sends them to Rome",
              note="earlier event (related-list headline, other country)"),
            C("other", 10000000, "10 million Cubans", note="page noise"),
        ],
        released_names=["José Daniel Ferrer", "Félix Navarro"],
        alias_groups={"José Daniel Ferrer": ["José Daniel Ferrer García"]},
        not_released_names=["Sayli Navarro", "Luis Manuel Otero Alcántara", "Maykel Castillo Pérez"],
        other_event_released_names=[],
        other_people=["Miguel Díaz-Canel", "Nelva Ismarays Ortega", "Laura Benítez", "Bruno Rodríguez", "Pope Francis",
                      "Joe Biden", "Marco Rubio", "Donald Trump"],
        distractors=["Sayli Navarro is Félix Navarro's daughter and remains in prison",
                     "'Osorbo' is Maykel Castillo Pérez's nickname",
                     "sentences of four years and a half, eight, five and nine years; age 71; 11 July 2021; 20 January",
                     "'2,5 million euros' (page noise)"],
    ),
]


def main():
    ok = True

    def fail(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        fail(f"file list mismatch: gold={sorted(g['file'] for g in GOLD)} articles={files}")
    if len({g["file"] for g in GOLD}) != len(GOLD):
        fail("duplicate file in GOLD")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                fail(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                fail(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALIFIERS:
                fail(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                fail(f"{g['file']}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    fail(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    fail(f"{g['file']}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                fail(f"{g['file']}: where set on {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    fail(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    fail(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for key, aliases in g.get("alias_groups", {}).items():
            if key not in seen:
                fail(f"{g['file']}: alias-group key {key!r} is not a listed name")
            for a in aliases:
                if a.casefold() not in low:
                    fail(f"{g['file']}: alias not found: {a!r}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
