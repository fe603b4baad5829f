#!/usr/bin/env python3
"""Gold for devset_qq (blind, held-out-style). Writes gold.jsonl next to this script and checks:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive, for all-caps bylines);
- no name is in two lists; every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on transferred_to;
- the GOLD file list matches articles/.
Prints `checks OK` when everything passes."""
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
    # ------------------------------------------------------------------ hostage / kidnap / captive
    dict(
        file="001_sinatra_jr_ransom.txt", published="1963-12-11", outlet="UPI wire (archive page, all-caps byline)",
        event="Frank Sinatra Jr. freed after a $240,000 ransom, Los Angeles, 1963-12-11",
        counts=[
            C("other", 240000, "his father handed over $240,000 in ransom", note="ransom money"),
            C("other", 2, "two men armed with a revolver", note="kidnappers, still at large"),
            C("other", 54, "the longest 54 hours of my life", note="duration"),
            C("other", 100, "more than 100 agents were hunting the kidnapers", qualifier="more_than", note="FBI agents"),
            C("other", 600000, "although his father paid $600,000",
              note="earlier event (1953 Greenlease kidnapping; the child was killed): money, not a release"),
        ],
        released_names=["Frank Sinatra Jr."],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["George C. Jones", "Nancy Sinatra", "John Foss", "J. Edgar Hoover", "Tommy Dorsey",
                      "Bobby Greenlease", "William T. Kelso"],
        distractors=["the father is named only as 'the singer' / 'The elder Sinatra' (never a releasee)",
                     "sisters 'Nancy and Tina' are first names only",
                     "John Foss was tied up and left behind (never taken)",
                     "ages 19, 48, 22, 6; 'shortly after 2 a.m.', 'about 9 p.m.'",
                     "scorer caveat: tokens() drops 'Jr', so 'Frank Sinatra Jr.' also matches a bare 'Frank Sinatra' (the father)"],
    ),
    dict(
        file="002_asama_sanso_50_years.txt", published="2022-02-26", outlet="Japanese English-language daily, 50-years-on feature",
        event="Asama-Sanso siege ends; hostage Yasuko Muta rescued, Karuizawa, 1972-02-28 (anniversary feature)",
        counts=[
            C("other", 5, "five young members of the United Red Army", note="hostage-takers, all arrested"),
            C("other", 1500, "Some 1,500 riot police", qualifier="about", note="police deployed"),
            C("other", 219, "after about 219 hours in captivity", qualifier="about", note="duration"),
            C("other", 12, "killed 12 of its own comrades", note="purge victims"),
            C("other", 7, "demanded the release of seven prisoners held in Japan", note="demand (1975 Kuala Lumpur)"),
            C("released", 5, "Bando was one of five prisoners freed and flown to Libya",
              note="earlier event (1975 Kuala Lumpur exchange; a later, separate event)"),
            C("transferred_to", 5, "Bando was one of five prisoners freed and flown to Libya", where="Libya",
              note="earlier event (1975)"),
            C("other", 20, "the ceremony will be limited to 20 people", note="page noise (memorial ceremony)"),
        ],
        released_names=["Yasuko Muta"],
        alias_groups={},
        not_released_names=["Hiroshi Sakaguchi", "Masakuni Yoshino", "Fusako Shigenobu"],
        other_event_released_names=["Kunio Bando"],
        other_people=["Taiichi Muta", "Tsuneo Nakagawa", "Kuniyasu Uchida", "Kenji Oshima", "Masako Hirano",
                      "Takeo Miki", "Haruka Ishida"],
        distractors=["Sakaguchi (death row) and Yoshino (life) are the captors, still in prison: held, never released",
                     "Shigenobu is 'due to complete' her sentence in May: planned, still held at publication",
                     "the younger Kato brothers 'were released long ago' (unnamed, other event)",
                     "an unnamed civilian shot; Superintendent Uchida and a second officer killed",
                     "89.7 percent audience share; minus 15 degrees; ages 25/25/23/19/16/31/78/75"],
    ),
    dict(
        file="003_spaghetti_house_siege.txt", published="1975-10-03", outlet="UK broadcaster 'On this day' page (cookie banner, video, related list)",
        event="Spaghetti House siege ends; six hostages freed, Knightsbridge, London, 1975-10-03",
        counts=[
            C("released", 6, "Six Italian restaurant workers held at gunpoint for six days"),
            C("other", 7, "Seven staff were rounded up", note="initially seized; one escaped, six held"),
            C("other", 3, "the three gunmen", note="gunmen, arrested"),
            C("other", 2, "demanded the release of two men serving sentences in British prisons", note="demand (refused)"),
            C("other", 13000, "said to be about £13,000", qualifier="about", note="money"),
        ],
        released_names=["Lorenzo Vaccari"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Franklin Davies", "Wesley Dick", "Anthony Munroe", "Neville Barton", "Maria Vaccari"],
        distractors=["'one manager slipped away' is an escape, not a release (unnamed)",
                     "'1975: Couple freed as Balcombe Street siege ends' and '1977: Hijacked jet hostages freed' are related-list noise",
                     "jailed for between 18 and 22 years; Franklin Davies, 28; 0330 BST; 01:47 video length",
                     "Maria Vaccari is the wife of a releasee"],
    ),
    dict(
        file="004_caac_hijack_chunchon.txt", published="1983-05-06", outlet="AP wire",
        event="Hijacked CAAC Trident lands at Chunchon; hijackers surrender, 105 aboard freed, South Korea, 1983-05-05",
        counts=[
            C("released", 105, "The 105 people aboard the British-built Trident"),
            C("other", 96, "96 passengers, including three Japanese tourists", note="subset of the 105"),
            C("other", 9, "a crew of nine", note="subset of the 105"),
            C("other", 3, "three Japanese tourists", note="subset of the 105"),
            C("other", 2, "All but two of the 105 spent the night at a hotel in Seoul",
              note="the two wounded crew in hospital; all 105 were freed"),
            C("transferred_to", 102, "the 102 Chinese passengers and crew members to China", where="China",
              note="planned: to be returned home 'as soon as arrangements could be made'"),
            C("other", 6, "Six armed Chinese who hijacked a Chinese airliner", note="hijackers, in South Korean custody"),
            C("other", 7, "a standoff of about seven hours", qualifier="about", note="duration"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Zhuo Changren", "Lee Bum-suk", "Kim Sung-ho"],
        distractors=["no named hostage", "Zhuo Changren, 38, is the hijack leader (in custody; not a releasee)",
                     "the six hijackers 'would remain in South Korean custody' (captors, kind other)",
                     "50 miles; 2:10 p.m.; Korean War"],
    ),
    dict(
        file="005_lucasville_riot_ends.txt", published="1993-04-22", outlet="Ohio regional newspaper archive page (most read, comments, photo credit)",
        event="Lucasville prison riot ends; last five guards freed, Ohio, 1993-04-21",
        counts=[
            C("released", 5, "The last five corrections officers held hostage inside the Southern Ohio Correctional Facility walked out of L block"),
            C("other", 8, "Eight officers were taken hostage", note="initially taken: 5 freed now, 2 earlier, 1 killed"),
            C("released", 2, "Two of them were freed during the standoff", note="earlier event (April 12 and April 18)"),
            C("other", 9, "left one guard and nine inmates dead", note="casualties"),
            C("other", 450, "about 450 inmates began surrendering", qualifier="about", note="rioters surrendering; not releasees"),
            C("other", 21, "a 21-point agreement", note="agreement points"),
            C("other", 1820, "held about 1,820 when the riot began", qualifier="about", note="prison population"),
            C("other", 1300, "About 1,300 inmates outside L block", qualifier="about", note="prison population"),
        ],
        released_names=["Larry Dotson", "Kenneth Daniels", "Jeffrey Ratcliff", "James Demons", "Michael Hensley"],
        alias_groups={"Carlos Sanders": ["Siddique Abdullah Hasan"]},
        not_released_names=[],
        other_event_released_names=["Darrold Clark", "Richard Buffington"],
        other_people=["Sharon Dotson", "Robert Vallandingham", "Reginald Wilkinson", "Carlos Sanders",
                      "George Voinovich", "Dale Whitcomb", "Tom Pettibone"],
        distractors=["Carlos Sanders (alias Siddique Abdullah Hasan) is an inmate leader, not a hostage",
                     "Robert Vallandingham was killed", "Sharon Dotson is a releasee's wife",
                     "MOST READ 'Chillicothe man freed on bond' is page noise (and bail)",
                     "14-year veteran; 11-day; 10 p.m.; groups of 10; built in 1972 for 1,540; Comments (37)"],
    ),
    dict(
        file="006_stansted_hijack_ends.txt", published="2000-02-10", outlet="UK newspaper web page (special report, photo credit, related list)",
        event="Ariana Afghan hijack ends at Stansted; last 151 passengers and crew freed, 2000-02-10",
        counts=[
            C("released", 151, "The 151 passengers and crew still on board"),
            C("released", 10, "in Moscow, where 10 passengers were released", note="earlier event (release at the Moscow stop)"),
            C("released", 23, "the hijackers had freed 23 people in several groups",
              note="earlier event (earlier batches at Stansted)"),
            C("released", 9, "Nine hostages freed in exchange for food",
              note="earlier event (related-link headline; part of the 23)"),
            C("other", 21, "21 men had been arrested", note="arrests"),
            C("other", 19, "19 women and 21 children", note="subset of the 151"),
            C("other", 21, "21 children", note="subset of the 151"),
            C("other", 60, "at least 60 of the passengers had made claims for asylum", qualifier="at_least",
              note="asylum claims"),
        ],
        released_names=["Abdul Wahid Karimi"],
        alias_groups={},
        not_released_names=["Ismail Khan"],
        other_event_released_names=[],
        other_people=["Michael Harnett", "Jack Straw", "Audrey Kenning", "Simon Farrant", "Chris Lowden"],
        distractors=["a crew member 'escaped through a cockpit window' (escape, unnamed)",
                     "'Taliban release Red Cross workers' is related-list noise",
                     "Ismail Khan: prisoner whose release the hijackers demanded; still held by the Taliban",
                     "'Those who wish to go home will be flown back to Kabul' is planned and has no number",
                     "3am; 5.40am; 42-year-old; since 1997"],
    ),
    dict(
        file="007_moncayo_freed_farc.txt", published="2010-03-31", outlet="Colombian daily, machine-translated from Spanish",
        event="FARC free Sgt Pablo Emilio Moncayo after 12 years, Caquetá, 2010-03-30",
        counts=[
            C("remaining_held", 22, "the Farc still hold 22 uniformed men, policemen and soldiers"),
            C("remaining_held", 50, "the guerrilla would keep at least 50 civilians in its power", qualifier="at_least",
              note="claim by País Libre, not confirmed by the government; optional"),
            C("other", 10, "where 10 soldiers died and 18 were taken prisoners", note="1997 casualties"),
            C("other", 18, "18 were taken prisoners", note="captured in 1997"),
            C("released", 6, "the Farc released in a unilateral way six hostages", note="earlier event (February 2009)"),
            C("other", 1200, "more than 1.200 kilometers", qualifier="more_than", note="distance walked"),
        ],
        released_names=["Pablo Emilio Moncayo"],
        alias_groups={"Pablo Emilio Moncayo": ["Pablo Emilio Moncayo Cabrera"]},
        not_released_names=["Luis Mendieta", "Enrique Murillo", "Libio José Martínez"],
        other_event_released_names=["Josué Daniel Calvo", "Alan Jara", "Sigifredo López"],
        other_people=["Gustavo Moncayo", "Piedad Córdoba", "Leonardo Gómez Serna", "Julián Ernesto Guevara",
                      "Emperatriz de Guevara", "Álvaro Uribe", "Johan Steven Martínez", "Frank Pearl",
                      "Stella Cabrera de Moncayo"],
        distractors=["Calvo was freed on Sunday (two days earlier): other event",
                     "Major Guevara died in captivity; his remains are to be handed over (not a release)",
                     "Gustavo Moncayo (father), Stella Cabrera de Moncayo (mother), Johan Steven Martínez (son of a held man)",
                     "12 years, three months and nine days; 3.20 p.m.; $ 1,5 millions; 31 / 19 years old",
                     "Spanish double surname: the full form 'Moncayo Cabrera' ends in the mother's surname"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_cuba_us_donovan_1963.txt", published="1963-04-23", outlet="UPI brief (archive page)",
        event="Cuba frees 21 Americans; US releases four Cubans (Donovan deal), 1963-04-22",
        counts=[
            C("exchanged", 21, "Twenty-one Americans held in Cuban prisons"),
            C("transferred_to", 21, "Twenty-one Americans held in Cuban prisons, some of them for more than two years, landed here tonight",
              where="Miami", note="inferred: flown home (dateline Miami); optional"),
            C("exchanged", 4, "the United States released four Cubans held in this country"),
            C("other", 3, "Three of the freed Americans", note="subset of the 21 (alleged CIA agents)"),
            C("released", 1113, "the release of 1,113 Bay of Pigs invasion prisoners in December",
              note="earlier event (December 1962)"),
            C("other", 53000000, "$53 million in food and medicine", note="earlier event (ransom goods)"),
            C("remaining_held", 24, "\"some two dozen\" Americans were still in Cuban jails", qualifier="about",
              note="vague quantifier; claim by Donovan"),
        ],
        released_names=["Francisco Molina"],
        alias_groups={"Francisco Molina": ["El Gancho"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Fidel Castro", "James B. Donovan"],
        distractors=["9-year-old girl (victim)", "20 years to life", "more than two years (duration)"],
    ),
    dict(
        file="009_reed_yaroshenko_swap.txt", published="2022-04-27", outlet="AP wire",
        event="US-Russia swap in Ankara: Trevor Reed for Konstantin Yaroshenko, 2022-04-27",
        counts=[
            C("remaining_held", 64, "at least 64 Americans are held hostage or wrongfully detained abroad",
              qualifier="at_least", note="claim by advocacy groups; worldwide, inferred; optional"),
            C("other", 2, "endangering the lives of two police officers", note="charge detail"),
        ],
        released_names=["Trevor Reed", "Konstantin Yaroshenko"],
        alias_groups={},
        not_released_names=["Paul Whelan", "Brittney Griner"],
        other_event_released_names=[],
        other_people=["Joe Biden", "Paula Reed", "Viktoria Yaroshenko", "Roger Carstens", "David Whelan",
                      "Dana Hollis", "Andrei Semyonov"],
        distractors=["'Joey and Paula Reed': the father appears by first name only",
                     "Viktoria Yaroshenko (wife) and David Whelan (brother) share surnames with a releasee / held man",
                     "ages 30 / 53; nine years; 20-year; 16-year; 'Twelve years'"],
    ),
    dict(
        file="010_venezuela_us_exchange_communique.txt", published="2022-10-01", outlet="Venezuelan government communiqué, machine-translated, with editor's note",
        event="Venezuela frees seven Americans; US frees the two Flores nephews, 2022-10-01",
        counts=[
            C("exchanged", 7, "the Venezuelan State proceeded to the release of seven citizens of the United States of America"),
            C("exchanged", 2, "The two men freed by Washington are nephews"),
            C("transferred_to", 2, "The two compatriots arrived in the afternoon at the Simón Bolívar International Airport of Maiquetía",
              where="Maiquetía", note="inferred: flown home; optional"),
            C("other", 5, "They are five executives of the Houston-based refiner Citgo", note="subset of the seven"),
            C("remaining_held", 3, "At least three other Americans remain in detention in Venezuela", qualifier="at_least"),
            C("other", 2500, "more than 2.500 days of unjust imprisonment", qualifier="more_than", note="duration"),
            C("other", 800, "800 kilograms of cocaine", note="drug quantity"),
        ],
        released_names=["Efraín Antonio Campo Flores", "Franqui Francisco Flores de Freitas", "Tomeu Vadell",
                        "Alirio Zambrano", "José Luis Zambrano", "Jorge Toledo", "José Pereira", "Matthew Heath",
                        "Osman Khan"],
        alias_groups={},
        not_released_names=["Eyvin Hernández", "Luke Denman", "Airan Berry"],
        other_event_released_names=["Gustavo Cárdenas", "Jorge Fernández"],
        other_people=["Cilia Flores", "Joe Biden", "Nicolás Maduro"],
        distractors=["the Zambranos are brothers, both released",
                     "Cilia Flores is the nephews' aunt (first lady), never held",
                     "100.000 million dollars (sanctions damage claim); 18 years; 2015 / 2017"],
    ),
    dict(
        file="011_griner_bout_liveblog.txt", published="2022-12-08", outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="Russia frees Brittney Griner; US frees Viktor Bout, Abu Dhabi, 2022-12-08",
        counts=[
            C("remaining_held", 3, "at least three other Americans remain jailed in Russia", qualifier="at_least"),
            C("other", 7, "pre-trial detention for seven days", note="unrelated entry (Peru)"),
            C("other", 106, "the union's 106-year history", note="unrelated entry (page noise)"),
        ],
        released_names=["Brittney Griner", "Viktor Bout"],
        alias_groups={"Viktor Bout": ["Victor Bout"]},
        not_released_names=["Paul Whelan", "Marc Fogel"],
        other_event_released_names=["Trevor Reed", "Konstantin Yaroshenko"],
        other_people=["Elizabeth Whelan", "Cherelle Griner", "Joe Biden", "Pedro Castillo"],
        distractors=["Pedro Castillo was ordered held in pre-trial detention (unrelated entry; not a release)",
                     "'his wife, Alla' is a first name only",
                     "Cherelle Griner (wife) and Elizabeth Whelan (sister) share surnames with a releasee / held man",
                     "nine-year sentence; 25-year; 16 years; 14 years; ages 32 / 55; timestamps"],
    ),
    dict(
        file="012_ukraine_russia_dec31_swap.txt", published="2022-12-31", outlet="Reuters brief",
        event="Ukraine-Russia prisoner exchange, 140 for 82, 2022-12-31",
        counts=[
            C("exchanged", 140, "Kyiv saying 140 Ukrainians had come home"),
            C("exchanged", 82, "Moscow saying it had got back 82 of its servicemen"),
            C("transferred_to", 82, "would be flown to Moscow for treatment and rehabilitation", where="Moscow",
              note="inferred: flown home (planned); optional"),
            C("other", 12, "as well as 12 civilians", note="subset of the 140"),
            C("released", 1456, "Ukraine says it has brought home 1,456 prisoners of war and civilians",
              note="cumulative since February 2022"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andriy Yermak", "Volodymyr Zelenskiy", "Daria Shevchuk", "Alex Richardson"],
        distractors=["no named releasee", "'Neither side discloses how many prisoners it holds' (no figure)"],
    ),
    dict(
        file="013_ukraine_russia_jan2024_exchange.txt", published="2024-01-31", outlet="Ukrainian news site, machine-translated (view counter, Read also)",
        event="Ukraine-Russia exchange, 207 for 195, after the Il-76 crash, 2024-01-31",
        counts=[
            C("exchanged", 207, "Ukraine returned from Russian captivity 207 of its citizens"),
            C("exchanged", 195, "The Russian side received 195 servicemen"),
            C("transferred_to", 195, "the 195 Russian servicemen are on the territory of the Republic of Belarus", where="Belarus"),
            C("transferred_to", 195, "Afterwards they will be delivered by military-transport aviation to Moscow", where="Moscow",
              note="planned onward flight home; optional"),
            C("other", 180, "among the released are 180 servicemen", note="subset of the 207"),
            C("other", 27, "as well as 27 civilians", note="subset of the 207"),
            C("other", 2, "including 2 women", note="subset of the civilians"),
            C("released", 3035, "3 035 Ukrainians have been returned home", note="cumulative since February 2022"),
            C("released", 230, "when 230 Ukrainians returned home", note="earlier event (3 January 2024 exchange)"),
            C("other", 65, "on board there were 65 Ukrainian prisoners of war", note="claim by Russia (Il-76 crash); not confirmed"),
            C("remaining_held", 8000, "more than 8 000 Ukrainians remain in Russian captivity", qualifier="more_than",
              note="ombudsman's estimate"),
            C("other", 1200, "1 200 households are left without electricity", note="page noise (Read also)"),
        ],
        released_names=["Mykola Hrytsenko"],
        alias_groups={},
        not_released_names=["Dmytro Khyliuk", "Vladyslav Yesypenko"],
        other_event_released_names=[],
        other_people=["Volodymyr Zelensky", "Dmytro Lubinets", "Iryna Hrytsenko"],
        distractors=["'Russia released the body of a Ukrainian defender' (Read also; a body, page noise)",
                     "'the 50th exchange' is an ordinal", "Views: 12 483; Comments: 41",
                     "ages 21 / 62 / 52; 21 months; 90 days", "Iryna Hrytsenko is a releasee's daughter"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / paroles
    dict(
        file="014_poland_1977_amnesty_analysis.txt", published="1977-07-28", outlet="RFE Research situation report (analysis piece)",
        event="Polish July 1977 amnesty frees KOR members and the last Radom/Ursus workers, 1977-07-22/23",
        counts=[
            C("released", 11, "the authorities released the eleven people who had been held since mid-May"),
            C("released", 5, "the last five workers still serving sentences for their part in the June 1976 protests"),
            C("other", 5, "by spring all but five had been freed under individual acts of clemency",
              note="the five left in prison before this amnesty (= the five freed now); the others were freed earlier"),
            C("other", 12, "some $12 billion", qualifier="about", note="debt in billions of dollars"),
        ],
        released_names=["Jacek Kuroń", "Adam Michnik", "Antoni Macierewicz", "Piotr Naimski", "Jan Lityński",
                        "Seweryn Blumsztajn", "Mirosław Chojecki"],
        alias_groups={},
        not_released_names=["Jiří Lederer", "Ota Ornest"],
        other_event_released_names=["Jan Józef Lipski"],
        other_people=["Edward Gierek", "Stanisław Pyjas"],
        distractors=["'several thousand persons convicted of ordinary offences' is vague (no figure)",
                     "'several dozen workers' (vague, earlier sentencing)",
                     "33rd anniversary (ordinal); 48 hours; up to ten years; ages 43 / 31",
                     "Stanisław Pyjas died in May (not a prisoner)"],
    ),
    dict(
        file="015_sakharov_freed_from_exile.txt", published="1986-12-19", outlet="AP wire",
        event="Sakharov freed from Gorky exile and Bonner pardoned, USSR, announced 1986-12-19",
        counts=[
            C("remaining_held", 600, "more than 600 prisoners of conscience", qualifier="more_than",
              note="Amnesty International figure"),
            C("other", 250, "250 miles east of Moscow", note="distance"),
        ],
        released_names=["Andrei D. Sakharov", "Yelena G. Bonner"],
        alias_groups={},
        not_released_names=["Iosif Begun", "Anatoly Koryagin"],
        other_event_released_names=["Yuri Orlov"],
        other_people=["Vladimir Petrovsky", "Mikhail Gorbachev", "Anatoly Marchenko", "Tatyana Yankelevich",
                      "Alan Cranston-Pierce"],
        distractors=["Marchenko died in prison on Dec. 8 (dead, not released)",
                     "Bonner's 1985 trip to the US for surgery is travel, not a release",
                     "nearly seven years; five years of internal exile; seven-year term; ages 65 / 63; 21 months",
                     "'Daniloff affair' (Daniloff not presented as a releasee here)"],
    ),
    dict(
        file="016_wei_jingsheng_parole.txt", published="1997-11-16", outlet="UK broadcaster archive page (cookie banner, see-also list)",
        event="China frees Wei Jingsheng on medical parole and flies him to the US, 1997-11-16",
        counts=[
            C("remaining_held", 2000, "about 2,000 people are still imprisoned in China", qualifier="about",
              note="Human Rights Watch/Asia estimate"),
        ],
        released_names=["Wei Jingsheng"],
        alias_groups={"Wei Jingsheng": ["Wei Ching-sheng"]},
        not_released_names=["Wang Dan", "Liu Xiaobo"],
        other_event_released_names=[],
        other_people=["Jiang Zemin", "Wei Shanshan", "Shen Guofang"],
        distractors=["his 1993 parole and 1994 re-arrest are an earlier release of the same person",
                     "'Burma frees opposition activists' is see-also noise",
                     "Wei Shanshan is his sister (same family name, written first)",
                     "15 years; 14 years; 18 years; 11 years; aged 47 / 28"],
    ),
    dict(
        file="017_mohnhaupt_released_de.txt", published="2007-03-25", outlet="German news site (dpa/AFP), machine-translated",
        event="Former RAF leader Brigitte Mohnhaupt released on parole after 24 years, Aichach, 2007-03-25",
        counts=[
            C("remaining_held", 3, "still three former members of the RAF sit in prison"),
            C("other", 34, "The RAF killed 34 people in total", note="victims"),
            C("other", 1100, "more than 1.100 pages", qualifier="more_than", note="page count"),
            C("other", 1004, "1.004 citizens were questioned", note="survey sample"),
        ],
        released_names=["Brigitte Mohnhaupt"],
        alias_groups={},
        not_released_names=["Christian Klar", "Eva Haule", "Birgit Hogefeld"],
        other_event_released_names=["Adelheid Schulz", "Rolf Clemens Wagner"],
        other_people=["Siegfried Buback", "Jürgen Ponto", "Hanns Martin Schleyer", "Michael Buback", "Horst Köhler",
                      "Johannes Rau"],
        distractors=["Klar 'could come free at the earliest in January 2009' (hypothetical; still held)",
                     "Michael Buback is the son of a murder victim",
                     "24 years; five times life; five-year probation; 57-year-old; 6.15; 62,5 percent"],
    ),
    dict(
        file="018_lopez_rivera_free_feature.txt", published="2017-05-18", outlet="Chicago neighbourhood paper, long feature (photo captions, more-from list)",
        event="Oscar López Rivera fully freed after Obama commutation, San Juan, 2017-05-17",
        counts=[
            C("released", 11, "Eleven of the others walked out of prison that September", note="earlier event (September 1999 clemency)"),
            C("other", 16, "offered clemency to 16 members of the FALN", note="earlier event (1999 offer; not all accepted)"),
            C("other", 120, "more than 120 bombings", qualifier="more_than", note="FALN bombings"),
            C("other", 2000, "2,000 miles away", note="distance"),
        ],
        released_names=["Oscar López Rivera"],
        alias_groups={},
        not_released_names=["Ana Belén Montes"],
        other_event_released_names=["Carlos Alberto Torres", "Haydée Beltrán", "Dylcia Pagán", "Alejandrina Torres",
                                    "Edwin Cortés", "Ida Luz Rodríguez", "Alicia Rodríguez"],
        other_people=["Clarisa López Ramos", "Barack Obama", "Karina Valentín López", "Carmen Yulín Cruz",
                      "José E. López", "Joseph Connor", "Frank Connor", "Bill Clinton", "Desmond Tutu",
                      "Lin-Manuel Miranda", "Luis Gutiérrez", "Ricardo Rosselló", "Emilia Santiago",
                      "Marisol Ortega Quiñones", "Ricardo Arduengo", "Nuria Velasco"],
        distractors=["the February move from Terre Haute to house arrest in San Juan is not the release (house arrest = still held)",
                     "'Local teen freed after wrongful arrest' is more-from noise",
                     "Frank Connor was killed in 1975 (victim); Joseph Connor is his son",
                     "relatives with the López surname (daughter, granddaughter, brother)",
                     "35 years and 11 months; 12 years; 55-year; 15 years; 25 years; age 74 / 81; 7 a.m.; June 11 (planned parade honour)"],
    ),
    dict(
        file="019_park_geunhye_pardon.txt", published="2021-12-31", outlet="Korean news agency brief",
        event="Former President Park Geun-hye released under special New Year pardon, 2021-12-31",
        counts=[
            C("released", 3094, "She is one of 3,094 people granted special pardons",
              note="inferred: pardon total incl. rights restorations and non-custodial cases; optional"),
        ],
        released_names=["Park Geun-hye"],
        alias_groups={},
        not_released_names=["Lee Myung-bak"],
        other_event_released_names=["Lee Seok-ki"],
        other_people=["Han Myeong-sook", "Moon Jae-in"],
        distractors=["Lee Seok-ki was paroled on Dec. 24 (earlier release in the same pardon package)",
                     "Han Myeong-sook only had civil rights restored (not in custody)",
                     "22-year term; 17-year sentence; four years and nine months; age 69; 12 a.m."],
    ),
    dict(
        file="020_venezuela_political_prisoners_ngo.txt", published="2023-10-19", outlet="NGO press release (demands, contact block)",
        event="Venezuela frees five political prisoners after the Barbados agreement, 2023-10-18",
        counts=[
            C("released", 5, "the release on the night of October 18 of five people detained for political reasons"),
            C("remaining_held", 273, "As of October 16, CPPV had documented 273 political prisoners in Venezuela",
              note="as of October 16, before the release (seeds convention)"),
            C("remaining_held", 268, "After the releases of October 18, 268 remain in detention"),
            C("other", 17, "including 17 women and 134 members of the military", note="subset of the 273"),
            C("other", 134, "134 members of the military", note="subset of the 273"),
        ],
        released_names=["Roland Carreño", "Juan Requesens", "Marco Antonio Garcés", "Mariana Barreto"],
        alias_groups={},
        not_released_names=["Javier Tarazona", "Emirlendris Benítez"],
        other_event_released_names=[],
        other_people=["Nicolás Maduro", "Gabriela Montilla Arcaya", "Rafaela Requesens", "María Corina Machado",
                      "Daniela Ortega Ruiz"],
        distractors=["the fifth releasee is unnamed", "Requesens' release ends house arrest (release from house arrest = released)",
                     "Rafaela Requesens is his sister", "sentenced to 30 years; six-month license; founded in 2017",
                     "phone numbers in the contact block"],
    ),
]


def main():
    ok = True

    def err(msg):
        nonlocal ok
        ok = False
        print(msg, file=sys.stderr)

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        err(f"file list mismatch: gold={sorted(g['file'] for g in GOLD)} articles={files}")
    if len({g["file"] for g in GOLD}) != len(GOLD):
        err("duplicate file in GOLD")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        f = g["file"]
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{f}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{f}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{f}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{f}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    err(f"{f}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    err(f"{f}: where not found: {c['where']!r}")
            elif c.get("where") is not None:
                err(f"{f}: where set on {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{f}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{f}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for key, aliases in g.get("alias_groups", {}).items():
            if key not in seen:
                err(f"{f}: alias-group key {key!r} is not a listed name")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{f}: alias not found: {a!r}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in GOLD:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
