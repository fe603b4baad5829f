#!/usr/bin/env python3
"""Gold for devset_cc (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name, alias and `where` occurs in it
(case-insensitive, for all-caps bylines), no name is in two lists, alias keys are listed
names, and kinds/qualifiers/values/`where` are valid."""
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
        file="001_haiti_kenscoff_missionary.txt", published="2025-08-30",
        outlet="Irish broadcaster web page (cookie banner, video residue, related stories)",
        event="Irish missionary Gena Heraty and eight others freed after abduction from a Kenscoff children's home, Haiti, Aug 2025",
        counts=[
            C("released", 9, "all nine hostages were freed"),
            C("other", 8, "Eight other people, among them a three-year-old child and several Haitian members of staff, were taken",
              note="abducted with her; subset of the nine freed (no release verb)"),
            C("other", 240, "cares for about 240 children", qualifier="about", note="children in the home's care"),
            C("other", 90, "controls around 90% of Port-au-Prince", qualifier="about", note="percentage"),
            C("other", 1000, "more than 1,000 people were kidnapped across Haiti", qualifier="more_than",
              note="kidnappings in the first half of 2025, not releases"),
            C("remaining_held", 40, "at least 40 people abducted in the Kenscoff area alone are still being held",
              qualifier="at_least", note="other abductions; claim by National Human Rights Defense Network"),
            C("other", 400, "Ryanair cancels 400 flights", note="page noise"),
            C("other", 3, "Three killed in N5 collision", note="page noise"),
        ],
        released_names=["Gena Heraty"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Simon Harris", "Michael Heraty", "Aoife Grennan"],
        distractors=["Rosemène: freed caregiver named by first name only",
                     "Michael Heraty is her brother (same surname, relative)",
                     "three-year-old; since 1993; almost four weeks; 27C; 87 Comments",
                     "'does not pay ransoms' (no figure)"],
    ),
    dict(
        file="002_chiapas_security_workers_es.txt", published="2023-06-30",
        outlet="Chiapas regional daily, machine-translated from Spanish (most-read list)",
        event="Sixteen Chiapas security-ministry workers kidnapped near Tuxtla Gutiérrez freed, June 2023",
        counts=[
            C("released", 16, "They release the 16 workers"),
            C("other", 14, "formed by 14 men and two women", note="subset of the 16"),
            C("other", 8, "at least eight of the deprived appeared kneeling", qualifier="at_least",
              note="hostages seen in the captors' video"),
            C("other", 1200, "more than 1.200 elements of the Army", qualifier="more_than", note="search personnel"),
            C("released", 7, "7 employees of the Federal Electricity Commission (CFE) in the municipality of Chicomuselo, who were released",
              note="earlier event (April kidnapping)"),
            C("other", 28, "The kilo of tortilla reaches 28 pesos", note="page noise"),
            C("other", 2, "They detain 2 for the robbery", note="page noise; arrests"),
        ],
        released_names=["Arturo Gómez Villatoro"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rutilio Escandón Cadenas", "Gabriela Zepeda Soto", "Lucía Gómez", "Olaf Gómez Hernández",
                      "Andrés Manuel López Obrador"],
        distractors=["three people with the surname Gómez: releasee, his daughter, the attorney general",
                     "01.30 hours; 08:15 hrs; 52 years old; four days; 42 degrees; 3 tremors",
                     "no detainees reported"],
    ),
    dict(
        file="003_lutsk_bus_hostages.txt", published="2020-07-21",
        outlet="Ukrainian English-language news site (view/comment counters, Read more list)",
        event="Lutsk bus hostage crisis ends, all 13 hostages freed, 2020-07-21",
        counts=[
            C("released", 13, "All 13 hostages were freed unharmed"),
            C("released", 3, "Kryvosh let three people off the bus",
              note="inferred: batch freed earlier the same day, subset of the 13; optional"),
            C("released", 10, "the gunman released the last 10 hostages",
              note="inferred: final batch, subset of the 13; optional"),
            C("other", 1106, "record 1,106 new COVID-19 cases", note="page noise"),
            C("other", 5, "5 injured in collision", note="page noise"),
        ],
        released_names=["Olha Tkachuk"],
        alias_groups={"Maksym Kryvosh": ["Maksym Plokhoy"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Maksym Kryvosh", "Arsen Avakov", "Volodymyr Zelensky", "Joaquin Phoenix", "Ihor Klymenko",
                      "Iryna Savchuk"],
        distractors=["Kryvosh is the hostage-taker, detained and remanded in custody (not a held captive)",
                     "'the video had in effect been exchanged for the freedom of the passengers' (not a prisoner swap)",
                     "44-year-old; 12-hour; 17-second; 2005 film; 30 degrees; 10 years; 60 days; up to 15 years",
                     "Views: 48 213; Comments: 112"],
    ),
    dict(
        file="004_ede_cafe_hostages_brief.txt", published="2022-11-26",
        outlet="Dutch news in English, ANP brief",
        event="Ede café hostage-taking ends with hostages out and suspect arrested, 2022-11-26",
        counts=[
            C("released", 3, "the man released three hostages in the course of the afternoon"),
            C("other", 4, "He held four people", note="hostages in total; the fourth escaped (escape is not a release)"),
            C("other", 150, "Around 150 homes near the square were evacuated", qualifier="about"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["René Verhulst"],
        distractors=["the fourth hostage escaped (not released)", "28-year-old suspect arrested (unnamed)",
                     "clock times 5:30, 3:15, 5, 7:10", "no hostage is named"],
    ),
    dict(
        file="005_yerevan_police_siege.txt", published="2016-07-23",
        outlet="RFE/RL Armenian Service web page (audio player, related links)",
        event="Sasna Tsrer gunmen in Yerevan free the last two police hostages, 2016-07-23",
        counts=[
            C("released", 2, "released the last two police officers they were holding hostage"),
            C("other", 9, "They initially took nine people hostage", note="hostages taken on July 17"),
            C("released", 4, "Four of those hostages were freed in the first two days of the standoff",
              note="earlier event (earlier batch, July 17-18)"),
            C("released", 3, "three more were released on July 20", note="earlier event (earlier batch, July 20)"),
            C("other", 136, "police detained 136 people", note="arrests at a rally"),
            C("remaining_held", 14, "14 remain in custody",
              note="detained protesters, not hostages; claim by Prosecutor-General's Office"),
            C("other", 12, "At least a dozen reporters said they had been beaten", qualifier="at_least"),
            C("other", 10, "10 people were killed in clashes", note="2008 casualties"),
            C("other", 90, "At least 90 Armenian soldiers and volunteers were killed", qualifier="at_least"),
        ],
        released_names=["Vardan Yeghiazaryan", "Valeri Osipyan"],
        alias_groups={},
        not_released_names=["Jirair Sefilian", "Alek Yenikomshian"],
        other_event_released_names=["Aram Simonyan"],
        other_people=["Serzh Sarkisian", "Tigran Yegoryan", "Vladimir Gasparian", "Varuzhan Avetisian",
                      "Pavel Manukian", "Ashot Harutyunyan", "Hovhannes Grigoryan", "Narine Ghazaryan",
                      "Robert Khachatryan"],
        distractors=["Aram Simonyan was freed in an earlier batch and 'remains in hospital' (not held)",
                     "'Most of them were released the next day' (arrested protesters; vague, no number)",
                     "Avetisian and Manukian are the gunmen (hostage-takers)",
                     "1991-94 war; 1994 cease-fire; four days of clashes; sixth day"],
    ),
    dict(
        file="006_north_korea_three_americans.txt", published="2018-05-09",
        outlet="AP wire",
        event="North Korea frees three detained Americans to Secretary of State Pompeo, 2018-05-09",
        counts=[
            C("released", 3, "North Korea released three Americans held prisoner"),
            C("remaining_held", 6, "free six South Koreans it is holding"),
            C("other", 3, "Among them are three missionaries", note="subset of the six still held"),
        ],
        released_names=["Kim Dong Chul", "Kim Hak Song", "Tony Kim"],
        alias_groups={"Tony Kim": ["Kim Sang Duk"]},
        not_released_names=["Kim Jung-wook", "Kim Kook-gi", "Choi Chun-gil"],
        other_event_released_names=["Otto Warmbier"],
        other_people=["Mike Pompeo", "Donald Trump", "Kim Jong Un", "Fred Warmbier", "Moon Jae-in",
                      "Sarah Huckabee Sanders", "Sue Ellen Park", "Andrew Talev", "Kim Ji-soo", "Chris Whitaker"],
        distractors=["'the 3 wonderful gentlemen' (tweet, same three)", "Warmbier freed in 2017 in a coma and died",
                     "10 years hard labor; 17 months; 90 minutes; 2 a.m.; within three days; six weeks",
                     "many people surnamed Kim in different roles"],
    ),
    dict(
        file="007_fiji_bavadra_freed_1987.txt", published="1987-05-20",
        outlet="Australian newspaper archive page (OCR, weather)",
        event="Fiji coup: deposed PM Bavadra and his ministers released after six days, 1987-05-19",
        counts=[
            C("released", 21, "The release of the 21 hostages"),
            C("other", 28, "marched 28 members of the Government away at gunpoint", note="taken hostage in the coup"),
            C("released", 7, "Seven backbenchers were freed on Sunday", note="earlier event (earlier batch, Sunday)"),
            C("remaining_held", 3, "three people arrested on Monday, among them a Labour Party organiser, Mr Navin Maharaj, remained in custody"),
            C("other", 19, "a 19-member Council of Ministers"),
        ],
        released_names=["Timoci Bavadra", "Mahendra Chaudhry", "Tupeni Baba"],
        alias_groups={},
        not_released_names=["Navin Maharaj"],
        other_event_released_names=[],
        other_people=["Sitiveni Rabuka", "Penaia Ganilau", "Adi Kuini Bavadra", "Kamisese Mara", "Bob Hawke",
                      "Bill Hayden", "Michael Callan"],
        distractors=["Adi Kuini Bavadra is the wife (same surname)", "six days; Min -2, max 13; Page 4"],
    ),
    dict(
        file="008_felfe_exchange_1969_de.txt", published="2019-02-14",
        outlet="German regional paper, anniversary feature, machine-translated from German",
        event="Heinz Felfe exchanged for 21 prisoners of the GDR and USSR at Herleshausen, 1969-02-14",
        counts=[
            C("released", 21, "the GDR and the Soviet Union released 21 prisoners", note="other side of the swap for Felfe"),
            C("other", 3, "three students from Heidelberg", note="subset of the 21"),
            C("other", 18, "18 of the 21 had been held in the GDR", note="subset of the 21"),
            C("transferred_to", 21, "The 21 released were brought first to the emergency reception camp in Gießen",
              where="Gießen"),
            C("other", 100, "he betrayed about 100 agents", qualifier="about"),
            C("released", 34000, "bought the freedom of a total of almost 34.000 political prisoners", qualifier="about",
              note="cumulative (prisoner buy-outs 1963-1989)"),
            C("released", 1100, "In 1969 alone, about 1.100 prisoners were bought free", qualifier="about",
              note="cumulative (buy-outs during 1969; other events)"),
            C("remaining_held", 7000, "around 7.000 people were held in GDR prisons for political reasons", qualifier="about",
              note="inferred: estimate for the time, not tied to the exchange; optional"),
            C("other", 25000, "25.000 visitors", note="page noise"),
            C("other", 4, "closed for 4 months", note="page noise"),
        ],
        released_names=["Heinz Felfe", "Walter Naumann", "Peter Sonntag", "Volker Schaffhauser"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Hans Clemens"],
        other_people=["Reinhard Gehlen", "Gerhard Wessel", "Wolfgang Vogel", "Jürgen Stange", "Herbert Wehner",
                      "Sabine Krüger", "Horst Wenzel", "Thomas Berger"],
        distractors=["Clemens released early in 1968 (earlier, separate release)",
                     "ages 51, 79, 22, 90; 14 years and ten years (sentences); 3,4 billion D-Mark; 1918; 1961",
                     "Giessen/Gießen spelling variants of the same place"],
    ),
    dict(
        file="009_costa_rica_hijack_1970_brief.txt", published="1970-10-23",
        outlet="UPI archive brief",
        event="LACSA hijack in Costa Rica: four US hostages freed for four Sandinista prisoners flown to Mexico, Oct 1970",
        counts=[
            C("released", 4, "Four American hostages held aboard a hijacked Costa Rican airliner were freed"),
            C("exchanged", 4, "the government released four imprisoned Nicaraguan guerrillas"),
            C("transferred_to", 4, "The four freed prisoners left for Mexico", where="Mexico"),
            C("released", 15, "About 15 other passengers and crew members were let off the plane", qualifier="about",
              note="earlier event (let off when the plane was seized on Wednesday)"),
            C("other", 3, "the three hijackers"),
        ],
        released_names=["Carlos Fonseca Amador", "Humberto Ortega", "Armando Cruz Hernandez", "Julian Roque",
                        "Charles R. Whitlock", "Robert Denny", "Kenneth Amsler", "Lee Frazer"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jose Figueres", "Anastasio Somoza"],
        distractors=["ages 46, 39, 52, 33", "three hijackers flew to Mexico with the prisoners (not releasees)",
                     "failed jailbreak last December"],
    ),
    dict(
        file="010_guatemala_holly_1970.txt", published="1970-03-09",
        outlet="US evening paper archive page (AP), OCR text",
        event="US labor attache Sean Holly freed in Guatemala after two guerrillas are released, 1970-03-08",
        counts=[
            C("exchanged", 2, "the government freed two imprisoned guerrillas"),
            C("other", 4, "had demanded the release of four prisoners", note="kidnappers' demand"),
            C("transferred_to", 2, "the two would be flown to Mexico City", where="Mexico City", note="planned"),
        ],
        released_names=["Sean M. Holly", "Jose Antonio Sanchez", "Vicente Giron Calvillo"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Alberto Fuentes Mohr", "Ruben Fernandez Ordonez"],
        other_people=["Nathaniel Davis", "Julio Cesar Mendez Montenegro", "Carlos Arana Osorio"],
        distractors=["the other two demanded men are unnamed and reportedly disappeared (not said to be held)",
                     "Holly, 45; in 10 days; March 1 election; since 1968; page refs A-10, B-5"],
    ),
    dict(
        file="011_ukraine_russia_paratroopers_2014.txt", published="2014-08-31",
        outlet="Reuters wire",
        event="Ukraine returns 10 captured Russian paratroopers in exchange for 63 Ukrainian servicemen, 2014-08-31",
        counts=[
            C("exchanged", 10, "Ukraine handed back to Russia on Sunday 10 Russian paratroopers"),
            C("exchanged", 63, "in exchange for 63 Ukrainian servicemen"),
            C("transferred_to", 10, "Ukraine handed back to Russia on Sunday 10 Russian paratroopers", where="Russia",
              note="inferred: returned home; optional"),
            C("remaining_held", 200, "the rebels were still holding more than 200 Ukrainian servicemen", qualifier="more_than",
              note="claim by Ukrainian official (Lysenko)"),
            C("other", 438, "438 Ukrainian soldiers crossed into Russia", note="earlier event (border crossing; most later returned)"),
            C("other", 2600, "killed nearly 2,600 people", qualifier="about", note="casualties"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andriy Lysenko", "Alexander Zakharchenko", "Vladimir Putin", "Petro Poroshenko",
                      "Olena Vasylenko", "Dmitry Malyshev", "Peter Ramsey", "Jon Hardy"],
        distractors=["'The 63 Ukrainian soldiers are already on Ukrainian soil' (same 63)",
                     "Aug. 25 capture; 4:12pm", "no releasee named"],
    ),
    dict(
        file="012_ukraine_russia_exchange_2024_live.txt", published="2024-01-03",
        outlet="UK newspaper live blog (reverse timestamps, unrelated entries)",
        event="Ukraine-Russia prisoner exchange, 230 Ukrainians for 248 Russians, UAE-mediated, 2024-01-03",
        counts=[
            C("exchanged", 230, "230 of its citizens had been freed"),
            C("exchanged", 248, "248 of its soldiers had returned home"),
            C("transferred_to", 248, "the 248 servicemen would be flown to Moscow", where="Moscow",
              note="inferred: flown home; optional"),
            C("other", 213, "213 military personnel", note="subset of the 230"),
            C("other", 17, "17 civilians", note="subset of the 230"),
            C("released", 22, "The last exchange, in August, saw 22 Ukrainians returned", note="earlier event (August 2023)"),
            C("released", 2828, "2,828 Ukrainians have been returned from Russian captivity",
              note="cumulative since February 2022"),
            C("remaining_held", 3500, "more than 3,500 Ukrainians are still held by Russia", qualifier="more_than",
              note="claim by Ukraine's coordination headquarters"),
            C("exchanged", 1000, "more than 1,000 since the start of the war", qualifier="more_than",
              note="cumulative (UAE-mediated exchanges)"),
            C("other", 48, "injured at least 48 people", qualifier="at_least", note="unrelated live-blog entry (casualties)"),
            C("other", 10, "Russia launched 10 missiles", note="unrelated live-blog entry"),
        ],
        released_names=["Taras Boiko", "Liudmyla Shevchuk"],
        alias_groups={},
        not_released_names=["Serhiy Bondar"],
        other_event_released_names=[],
        other_people=["Volodymyr Zelenskiy", "Dmytro Lubinets", "Tatyana Moskalkova", "Halyna Bondar", "Ihor Terekhov",
                      "Daniel Hartley"],
        distractors=["Serhiy Bondar is the son of Halyna Bondar and still held (relative still held)",
                     "'230 of our people' (Zelenskiy, same 230)", "49th exchange (ordinal)",
                     "four children; eight weeks; 35 Shahed drones; 8 missiles"],
    ),
    dict(
        file="013_crimean_tatar_leaders_statement.txt", published="2017-10-26",
        outlet="Ukrainian government (MFA) statement with editor's note",
        event="Crimean Tatar leaders Chiygoz and Umerov released by Russia and flown to Turkey, 2017-10-25",
        counts=[
            C("transferred_to", 2, "The two men were flown to Ankara", where="Ankara"),
            C("released", 2, "The two men were flown to Ankara",
              note="inferred: the two releasees counted only via 'The two men'; optional"),
            C("remaining_held", 60, "continues to hold more than 60 citizens of Ukraine", qualifier="more_than",
              note="claim by Ukrainian MFA"),
        ],
        released_names=["Akhtem Chiygoz", "Ilmi Umerov"],
        alias_groups={"Akhtem Chiygoz": ["Akhtem Chiigoz"]},
        not_released_names=["Oleh Sentsov", "Oleksandr Kolchenko", "Roman Sushchenko", "Mykola Karpiuk",
                            "Stanislav Klykh", "Emir-Usein Kuku"],
        other_event_released_names=[],
        other_people=["Recep Tayyip Erdoğan", "Mustafa Dzhemilev", "Vladimir Putin", "Refat Chubarov"],
        distractors=["ages 53 and 60; eight years; two years (sentences)", "11:40; 11 September; 27 September"],
    ),
    dict(
        file="014_china_2015_amnesty_analysis.txt", published="2016-02-04",
        outlet="law-and-policy analysis site (long analysis piece)",
        event="China's 2015 special amnesty: 31,527 prisoners released (reported Jan 2016)",
        counts=[
            C("released", 31527, "31,527 prisoners had been released under the amnesty"),
            C("other", 100000, "as many as 100,000 inmates", qualifier="about",
              note="scholars' projection before the vote; not a release"),
            C("other", 1650000, "about 1.65 million", qualifier="about", note="prison population"),
            C("released", 293, "released all 293 remaining war criminals", note="earlier event (March 1975 amnesty)"),
            C("other", 300, "more than 300 lawyers, legal assistants and activists were detained", qualifier="more_than",
              note="detentions in the July 2015 crackdown"),
            C("remaining_held", 25, "At least 25 of them remain in custody", qualifier="at_least",
              note="detained lawyers/activists; claim by China Human Rights Lawyers Concern Group"),
            C("other", 300000, "300,000 officials punished", note="page noise"),
            C("other", 12000, "12,000 troops", note="page noise"),
        ],
        released_names=[],
        alias_groups={"Aisin-Gioro Puyi": ["Puyi"]},
        not_released_names=["Liu Xiaobo", "Ilham Tohti", "Xu Zhiyong"],
        other_event_released_names=["Aisin-Gioro Puyi"],
        other_people=["Xi Jinping", "Zhou Qiang", "Zhang Dejiang", "Mao Zedong", "Hu Jintao", "Margaret Liang",
                      "Ellen Marsh"],
        distractors=["no releasee of the 2015 amnesty is named",
                     "70th anniversary; aged 75; under 18; three years or less; eighth amnesty; six further amnesties",
                     "11-year sentence; four-year sentence; 17-year-old; six months; 'less than a third'",
                     "Xu Zhiyong 'not due for release until 2017' (still held, not a planned release of this event)"],
    ),
    dict(
        file="015_france_1981_amnesty_fr.txt", published="1981-09-19",
        outlet="French regional daily archive, machine-translated from French",
        event="France's August 1981 amnesty law; Action Directe founders Rouillan and Ménigon leave prison, Sept 1981",
        counts=[
            C("released", 6200, "about 6 200 detainees have been released", qualifier="about",
              note="total released under the amnesty law since 4 August (main measure)"),
            C("released", 4775, "the 4 775 detainees released thanks to the collective pardon",
              note="earlier event (14 July collective pardon)"),
            C("other", 42000, "exceeded 42 000 in the spring", qualifier="more_than", note="prison population"),
            C("other", 30500, "has fallen to approximately 30 500", qualifier="about",
              note="prison population after the releases (all prisoners, not a still-held count of this event)"),
            C("released", 20, "around twenty Corsican autonomist militants, some of whom had been condemned by the State Security Court, had already left prison",
              qualifier="about", note="earlier event (August, same law)"),
            C("other", 1500, "some 1 500 offences", qualifier="about", note="offences amnestied, not people released"),
            C("other", 1800000, "1 800 000 job seekers", note="page noise"),
        ],
        released_names=["Jean-Marc Rouillan", "Nathalie Ménigon"],
        alias_groups={"Nathalie Ménigon": ["Menigon"]},
        not_released_names=["Frédéric Lacaze"],
        other_event_released_names=[],
        other_people=["Hélène Vasseur", "François Mitterrand", "Robert Badinter", "Alain Peyrefitte"],
        distractors=["ages 29 and 24; 14 h 30; 13 September 1980; 22 May 1981 cut-off date",
                     "page noise: 2 h 40; 3-1", "Me = Maître (lawyer's title)"],
    ),
    dict(
        file="016_chile_tres_alamos_1976_brief.txt", published="1976-11-17",
        outlet="AP brief",
        event="Chile frees 304 political prisoners and closes Tres Alamos camp, Nov 1976",
        counts=[
            C("released", 304, "released 304 political prisoners"),
            C("remaining_held", 18, "freed all but 18 of the people it was holding",
              note="claim by Interior Minister (government figure)"),
            C("transferred_to", 40, "Some 40 of the released prisoners will be flown to Venezuela", qualifier="about",
              where="Venezuela", note="planned"),
            C("other", 600, "at least 600 people arrested since the 1973 coup have disappeared", qualifier="at_least",
              note="disappeared; claim by Vicariate of Solidarity"),
        ],
        released_names=["Patricio Arroyo"],
        alias_groups={},
        not_released_names=["Luis Corvalan", "Jorge Montes"],
        other_event_released_names=[],
        other_people=["Raul Benavides", "Augusto Pinochet", "Raul Silva Henriquez"],
        distractors=["'hundreds of missing people' (vague; disappeared, not held)", "held since 1975; 1973 coup"],
    ),
    dict(
        file="017_azerbaijan_ismayilova_ngo.txt", published="2016-05-25",
        outlet="press-freedom NGO press release (contact block)",
        event="Azerbaijan's Supreme Court frees journalist Khadija Ismayilova, 2016-05-25",
        counts=[
            C("remaining_held", 9, "at least nine journalists remain behind bars", qualifier="at_least"),
            C("released", 148, "148 prisoners were freed", note="earlier event (17 March presidential pardon)"),
            C("other", 14, "at least 14 people regarded by local human rights defenders as political prisoners",
              qualifier="at_least", note="subset of the 148 (earlier event)"),
            C("remaining_held", 80, "local groups count more than 80 political prisoners in total", qualifier="more_than",
              note="claim by local rights groups"),
            C("other", 22, "a coalition of 22 press freedom organisations"),
        ],
        released_names=["Khadija Ismayilova"],
        alias_groups={},
        not_released_names=["Seymur Hazi", "Abdul Abilov", "Nijat Aliyev", "Ilgar Mammadov"],
        other_event_released_names=["Rasul Jafarov", "Parviz Hashimli", "Tofig Yagublu", "Intigam Aliyev"],
        other_people=["Ilham Aliyev", "Marta Lindqvist", "Elmira Ismayilova"],
        distractors=["three Aliyevs: the president (other), a lawyer freed in March (earlier), an editor still jailed",
                     "Elmira Ismayilova is the mother (same surname)",
                     "537 days; seven and a half years; three-and-a-half-year suspended term; 163rd out of 180",
                     "travel ban upheld (she is nevertheless released)"],
    ),
    dict(
        file="018_taiwan_2007_commutation.txt", published="2007-07-17",
        outlet="Taiwanese English-language daily (most-popular list)",
        event="Taiwan's 2007 sentence commutation: 9,597 inmates freed on the first day, 2007-07-16",
        counts=[
            C("released", 9597, "9,597 prisoners had been released by 6pm"),
            C("released", 9500, "More than 9,500 inmates walked out of prisons", qualifier="more_than",
              note="inferred: rounded headline figure for the same release; optional"),
            C("other", 1163, "including 1,163 women", note="subset"),
            C("other", 3700, "About 3,700 of them had been serving sentences for drug offenses", qualifier="about",
              note="subset"),
            C("released", 5000, "a further 5,000 inmates were expected to be freed by the end of the year", note="planned"),
            C("remaining_held", 14000, "about 14,000 inmates whose sentences were cut would remain behind bars",
              qualifier="about"),
            C("released", 11000, "the last commutation in 1991, which freed about 11,000 inmates", qualifier="about",
              note="earlier event (1991 commutation)"),
            C("other", 500, "500mm of rain", note="page noise"),
            C("other", 4, "Four injured as bus overturns", note="page noise"),
        ],
        released_names=["Lee Chen-hui"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Shih Mao-lin", "Chen Shui-bian", "Wu Yu-hsien", "Chao Chien-ming", "Lin Mei-hua"],
        distractors=["Chao Chien-ming is free on bail pending appeal (neither released nor held)",
                     "a woman surnamed Chang (no full name)",
                     "20th anniversary; 20 years (life reduced); 34; 20 months; three-year sentence; eight-year-old; NT$300 million; 5am; 6pm",
                     "TAIEX 9,668; 1.2% (page noise)"],
    ),
    dict(
        file="019_venezuela_june2018_releases.txt", published="2018-06-02",
        outlet="broadcaster web page, long feature/analysis (cookie banner, more-from list)",
        event="Venezuela releases 39 political prisoners incl. Daniel Ceballos, 2018-06-01",
        counts=[
            C("released", 39, "released 39 people described by rights groups as political prisoners"),
            C("remaining_held", 300, "more than 300 political prisoners remained behind bars", qualifier="more_than",
              note="claim by Foro Penal"),
            C("other", 40, "They release 40 and arrest 40 more", note="hypothetical in a quote, not a count"),
            C("other", 12000, "around 12,000 people have been arrested for political reasons since 2014", qualifier="about",
              note="cumulative arrests"),
            C("released", 44, "the government released 44 prisoners over two days", note="earlier event (December 2017)"),
            C("released", 7, "seven activists were freed", note="earlier event (2016)"),
            C("other", 68, "68% of the vote"),
            C("other", 13000, "inflation of more than 13,000%", qualifier="more_than"),
            C("other", 1500000, "more than 1.5 million Venezuelans have left", qualifier="more_than"),
            C("other", 110, "death toll from protests rises to 110", note="page noise"),
        ],
        released_names=["Daniel Ceballos", "Gilber Caro", "Carlos Graffe"],
        alias_groups={},
        not_released_names=["Leopoldo López", "Lorent Saleh"],
        other_event_released_names=[],
        other_people=["Nicolás Maduro", "Delcy Rodríguez", "Alfredo Romero", "Patricia Gutiérrez", "Mariana Blanco",
                      "Daniela Ortiz"],
        distractors=["López is under house arrest (counted as still held)",
                     "'More would follow' without a number (planned, no count)",
                     "every 30 days; 46% turnout; 20 May election; two days (El Helicoide revolt)",
                     "Duque and Petro in a headline list (page noise)"],
    ),
    dict(
        file="020_chile_gdr_montes_swap_1977_brief.txt", published="1977-06-18",
        outlet="Reuters archive brief",
        event="Chilean Communist Jorge Montes exchanged for 11 East German political prisoners, 1977-06-18",
        counts=[
            C("exchanged", 11, "freed in exchange for 11 political prisoners held in East Germany"),
            C("other", 2, "who included two women", note="subset of the 11"),
            C("transferred_to", 11, "The 11 East German prisoners, who included two women, were handed over at a border crossing near Helmstedt and taken to the Giessen reception camp",
              where="Giessen"),
        ],
        released_names=["Jorge Montes"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Luis Corvalan", "Vladimir Bukovsky"],
        other_people=["Wolfgang Vogel"],
        distractors=["jailed since 1974; an hour later; second of its kind in six months",
                     "'hundreds of people remain detained' (vague)", "Montes flew on to East Berlin (single person)"],
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
                err(f"{g['file']}: value not int {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                err(f"{g['file']}: where must be set exactly on transferred_to: {c}")
            if c["where"] and c["where"].casefold() not in low:
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
