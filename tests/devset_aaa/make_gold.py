#!/usr/bin/env python3
"""Gold for devset_aaa (blind, held-out-style). Writes gold.jsonl next to this file and checks:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive);
- no name (or alias) is in two lists; every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on transferred_to;
- the GOLD file list matches articles/.
Prints `checks OK` when everything passes."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALS = {"exact", "more_than", "at_least", "about"}
NAME_LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_albedo_crew_freed.txt", published="2014-06-07", outlet="Reuters wire (UPDATE 2)",
        event="Somali pirates free the last 11 crew of the MV Albedo, flown to Nairobi, 2014-06-06/07",
        counts=[
            C("released", 11, "Somali pirates have released 11 sailors from the Malaysian-owned cargo ship MV Albedo"),
            C("transferred_to", 11, "flown to Nairobi on Saturday morning", where="Nairobi",
              note="'The men' = the 11 freed; explicit transfer to a third country"),
            C("other", 7, "seven Sri Lankans, two Bangladeshis, an Indian and an Iranian", note="subset (nationalities) of the 11"),
            C("other", 23, "The Albedo had a crew of 23 when it was seized", note="crew at the hijacking"),
            C("other", 4, "Four crew members have been missing since the sinking", note="missing, not held"),
            C("other", 1, "one died in captivity", note="died in captivity"),
            C("released", 7, "Seven Pakistani crew members were freed in August 2012", note="earlier event (August 2012 release)"),
            C("remaining_held", 700, "gangs held more than 700 hostages at the peak of the crisis", qualifier="more_than",
              note="earlier event (2011 peak)"),
            C("remaining_held", 37, "UNODC says 37 seafarers are still held by Somali gangs"),
            C("remaining_held", 26, "26 of them crew of the Taiwanese-flagged fishing vessel Naham 3",
              note="inferred: subset of the 37 (Naham 3 crew); optional"),
        ],
        released_names=["Lasantha Perera", "Hossein Rahimi"],
        alias_groups={"Hossein Rahimi": ["Hosein Rahimy"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Peter Mwangi", "Alan Cole", "Ahmed Chinoy", "Kumari Perera", "Nimal Fernando", "Sarah Holloway"],
        distractors=["'the remaining 11' are the 11 freed sailors, not a still-held count",
                     "1,288 days (duration)", "$1.1 million ransom", "34 (age)", "900 nautical miles",
                     "Kumari Perera is the wife of a releasee (same surname)",
                     "the seven Pakistanis freed in 2012 are unnamed"],
    ),
    dict(
        file="002_air_tanzania_stansted.txt", published="1982-02-28", outlet="UPI archive",
        event="Air Tanzania Boeing 737 hijack ends at Stansted; 83 hostages freed, 1982-02-28",
        counts=[
            C("released", 83, "freeing 83 hostages unharmed after a standoff of more than 26 hours"),
            C("other", 74, "The 74 passengers and nine crew members followed minutes later", note="subset of the 83"),
            C("other", 99, "with 99 people aboard", note="people on board at takeoff"),
            C("released", 16, "The hijackers let 16 people off along the way",
              note="inferred: batches let off at earlier stops of the same hijacking; optional"),
            C("other", 4, "a pregnant woman and four children in Nairobi", note="subset of the 16"),
            C("other", 5, "Five young Tanzanians who commandeered an Air Tanzania jetliner", note="hijackers (arrested)"),
            C("transferred_to", 83, "the 83 freed passengers and crew would be flown home Monday aboard the same aircraft",
              where="Dar es Salaam", note="planned flight home; optional"),
        ],
        released_names=["Grace Mollel", "Salim Juma"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Martin Holland", "Daniel Mollel", "Roy Barnard", "Musa Membar", "Julius Nyerere",
                      "Oscar Kambona", "William Whitelaw"],
        distractors=["Musa Membar and four others: hijackers arrested (into custody, not releasees)",
                     "Daniel Mollel is the brother of a released passenger (same surname)",
                     "4,000-mile odyssey", "2:10 a.m.", "26 hours", "35 miles", "31 and 26 (ages)", "1961, 1967"],
    ),
    dict(
        file="003_ouagadougou_splendid_fr.txt", published="2016-01-16", outlet="French-language site (with AFP), machine-translated",
        event="Ouagadougou Splendid Hotel siege ends, 126 hostages freed, 2016-01-16",
        counts=[
            C("released", 126, "126 hostages were released, of whom 33 are wounded"),
            C("other", 33, "of whom 33 are wounded", note="subset (wounded)"),
            C("other", 23, "at least 23 dead of 18 different nationalities", qualifier="at_least", note="dead"),
            C("other", 3, "Three assailants were killed", note="attackers killed"),
            C("released", 12, "freed in the morning with a dozen colleagues", qualifier="about",
              note="inferred: subset of the 126 stated with a release verb; optional"),
            C("other", 6, "six Canadians from Quebec", note="victims"),
            C("other", 3500, "some 3 500 soldiers in the Sahel", qualifier="about", note="troops"),
            C("released", 12, "Mali: the army frees 12 hostages held in the region of Mopti",
              note="earlier event (unrelated related-articles headline, page noise)"),
            C("released", 2, "Niger: two Italian humanitarians freed after 4 months of detention",
              note="earlier event (unrelated related-articles headline, page noise)"),
            C("other", 1200, "1 200 employees return", note="page noise"),
        ],
        released_names=["Clément Sawadogo", "Aminata Ouédraogo"],
        alias_groups={},
        not_released_names=["Ken Elliott", "Jocelyn Elliott", "Iulian Ghergut"],
        other_event_released_names=[],
        other_people=["Simon Compaoré", "Mokhtar Belmokhtar", "Jean-Noël Rey", "Roch Marc Christian Kaboré", "Issouf Zongo"],
        distractors=["the Elliott couple was kidnapped the same night in Djibo and is still held (no count given)",
                     "Jean-Noël Rey was killed", "Bamako attack '(20 dead)'", "18 nationalities", "72 hours of mourning",
                     "2 o'clock, 6h30, 10 o'clock (clock times)", "around fifty French soldiers", "714 partners (cookie banner)",
                     "Football 2-0 (page noise)", "since 1972"],
    ),
    dict(
        file="004_kingston_pen_guards.txt", published="1971-04-18", outlet="The Canadian Press brief",
        event="Kingston Penitentiary riot ends; six guards freed, 1971-04-18",
        counts=[
            C("released", 6, "released the six guards they had held hostage for four days"),
            C("released", 5, "The remaining five guards walked out of the prison's central dome at 7:40 a.m.",
              note="inferred: final batch of the six; optional"),
            C("other", 450, "About 450 of the prison's 600 inmates took part in the uprising", qualifier="about",
              note="rioting inmates"),
            C("other", 2, "Two inmates were found dead", note="dead"),
            C("other", 100, "100 inmates would be moved to the new Millhaven institution", note="prison transfer, not a release"),
        ],
        released_names=["Ken Harmer"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Desmond Morton", "Jean-Pierre Goyer"],
        distractors=["'The remaining five guards' were freed, not still held", "the sixth guard let go Friday (ordinal, unnamed)",
                     "7:40 a.m.", "41 (age)", "four days", "600 inmates (prison population)"],
    ),
    dict(
        file="005_correa_rescue_es.txt", published="2010-10-01", outlet="Ecuadorian daily, machine-translated from Spanish",
        event="Ecuador: President Correa rescued from the Police Hospital after the police revolt, 2010-09-30",
        counts=[
            C("other", 2, "left at least two dead", qualifier="at_least", note="dead"),
            C("other", 500, "around 500 military and police effectives participated", qualifier="about", note="rescue force"),
            C("other", 2000, "some 2.000 sympathizers", qualifier="about", note="crowd"),
            C("other", 193, "at least 193 people were attended", qualifier="at_least", note="injured"),
            C("other", 46, "46 police officers were detained in the night", note="arrests into custody"),
            C("other", 1200, "1.200 passengers remained stranded", note="stranded passengers"),
            C("released", 15, "Ecuador: 15 detainees released for lack of evidence in Guayaquil",
              note="earlier event (unrelated related-link headline, page noise)"),
        ],
        released_names=["Rafael Correa"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Froilán Jiménez", "Juan Pablo Bolaños", "Gustavo Jalkh", "Freddy Martínez", "Ricardo Patiño",
                      "Fabricio Correa"],
        distractors=["single-person rescue: no release count",
                     "Fabricio Correa is the president's brother (same surname)",
                     "Froilán Jiménez and Juan Pablo Bolaños were killed",
                     "21.00, 21.30, 22.15 (clock times)", "47 years old", "almost 12 hours", "3,5% growth",
                     "five days of state of exception", "Peru closes the border during 12 hours (page noise)"],
    ),
    dict(
        file="006_eln_trekkers_freed.txt", published="2003-12-23", outlet="AP wire",
        event="ELN frees the last three foreign trekkers kidnapped near the Lost City, Colombia, 2003-12-23",
        counts=[
            C("released", 3, "freed the last three of eight foreign backpackers"),
            C("other", 8, "seized the eight tourists at gunpoint on Sept. 12", note="total kidnapped"),
            C("transferred_to", 3, "were flown by helicopter to this Caribbean port city", where="Santa Marta",
              note="inferred: flight from the handover site to Santa Marta; optional"),
            C("released", 4, "The ELN released four of the hostages", note="earlier event (24 November release)"),
            C("remaining_held", 300, "the ELN alone is holding about 300 hostages", qualifier="about",
              note="Pais Libre estimate"),
            C("other", 2986, "2,986 people were kidnapped last year", note="annual kidnapping total"),
            C("other", 4500, "the ELN has about 4,500 fighters", qualifier="about", note="group size"),
        ],
        released_names=["Mark Henderson", "Ido Yosef Guy", "Erez Altawil"],
        alias_groups={"Ido Yosef Guy": ["Ido Guy"]},
        not_released_names=["Francisco Galan"],
        other_event_released_names=["Reinhilt Weigel", "Asier Huegun"],
        other_people=["Maria Elena Rios", "Matthew Scott", "Sheila Henderson", "Luis Carlos Restrepo", "Alvaro Uribe"],
        distractors=["Matthew Scott escaped (an escape is not a release)",
                     "Francisco Galan is a jailed ELN commander acting as go-between; not freed",
                     "Sheila Henderson is a releasee's mother (same surname)", "102 days", "4 p.m.", "19-year-old",
                     "12 days in the jungle", "since 1964"],
    ),
    dict(
        file="007_margaret_hill_freed.txt", published="2007-07-08", outlet="UK newspaper web page (cookie banner, most-read list)",
        event="Three-year-old Margaret Hill freed by kidnappers in Port Harcourt, Nigeria, 2007-07-08",
        counts=[
            C("other", 12, "Police said 12 people had been detained for questioning", note="arrests"),
            C("other", 200, "More than 200 foreigners have been kidnapped in the Niger Delta since the start of 2006",
              qualifier="more_than", note="cumulative kidnappings (not releases)"),
            C("remaining_held", 12, "At least 12 foreign workers are still being held in the region", qualifier="at_least"),
            C("released", 23, "Police free 23 trafficked women in raid on Birmingham house",
              note="earlier event (unrelated most-read headline, page noise)"),
            C("other", 8, "Eight held after Glasgow airport attack", note="page noise (arrests)"),
        ],
        released_names=["Margaret Hill"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Alan Johnston"],
        other_people=["Mike Hill", "Oyinye Hill", "Celestine Omehia", "Jomo Gbomo", "Lord Malloch-Brown", "Tunde Akinola"],
        distractors=["Mike and Oyinye Hill are the parents (same surname)",
                     "Alan Johnston appears only in most-read headlines (freed in Gaza days earlier)",
                     "elderly mother of a state lawmaker freed last month (unnamed, no count)",
                     "three-year-old", "4pm", "nearly four days", "10 days", "114 days (headline)", "20 years",
                     "Federer fifth title (page noise)"],
    ),
    dict(
        file="008_ukraine_russia_150_uk.txt", published="2025-02-05", outlet="Ukrainian news site, machine-translated",
        event="Ukraine-Russia POW exchange, 150 for 150, UAE mediation, 2025-02-05",
        counts=[
            C("exchanged", 150, "Ukraine returned home 150 of its defenders from Russian captivity"),
            C("exchanged", 150, "150 Russian servicemen were returned from the territory controlled by the Kyiv regime",
              note="other side of the exchange"),
            C("transferred_to", 150, "At present, they are located on the territory of the Republic of Belarus",
              where="Belarus", note="the 150 Russians, held in Belarus before transfer to Russia"),
            C("other", 23, "23 defenders of Mariupol", note="subset of the 150 Ukrainians"),
            C("other", 19, "19 soldiers who were captured in the Kursk direction", note="subset of the 150 Ukrainians"),
            C("released", 3917, "In total, 3 917 Ukrainians have been returned from captivity", note="cumulative since 2022"),
            C("remaining_held", 8000, "more than 8 000 Ukrainians remain in Russian captivity", qualifier="more_than"),
            C("exchanged", 189, "when 189 Ukrainians returned home", note="earlier event (30 December 2024 exchange)"),
            C("other", 757, "the bodies of 757 fallen defenders", note="bodies returned; earlier event"),
            C("other", 4, "The SBU detained 4 agents of the enemy in Kharkiv region", note="page noise (arrests)"),
            C("other", 7, "7 people were injured", note="page noise"),
        ],
        released_names=["Maksym Bondar"],
        alias_groups={"Maksym Bondar": ["Maxim Bondar"]},
        not_released_names=["Dmytro Savchuk"],
        other_event_released_names=[],
        other_people=["Volodymyr Zelensky", "Iryna Bondar", "Dmytro Lubinets", "Petro Yatsenko"],
        distractors=["both sides are 150: two separate exchanged counts",
                     "Iryna Bondar is a releasee's wife (same surname)", "61st exchange (ordinal)",
                     "22 and 58 years old (ages)", "1 028 days", "7 284 views", "90 days (page noise)",
                     "'thousands of Ukrainians' (vague)"],
    ),
    dict(
        file="009_gaza_truce_day_two.txt", published="2023-11-26", outlet="UK broadcaster web page (cookie banner, video, related list)",
        event="Gaza truce day two: 13 Israeli hostages and 4 Thais freed; Israel frees 39 Palestinian prisoners, 2023-11-25",
        counts=[
            C("exchanged", 13, "Hamas has released 13 Israeli hostages"),
            C("released", 4, "four Thai nationals on the second day of a truce in Gaza",
              note="freed the same night under a separate arrangement"),
            C("other", 7, "seven children and teenagers and six women", note="subset of the 13"),
            C("transferred_to", 13, "driven through the Rafah crossing into Egypt", where="Egypt",
              note="inferred: transit through Egypt on the way to Israel; optional"),
            C("exchanged", 39, "Shortly afterwards Israel freed 39 Palestinian prisoners", note="other side of the exchange"),
            C("other", 33, "33 of them minors and six women", note="subset of the 39"),
            C("exchanged", 50, "50 Israeli women and children held in Gaza are to be freed over four days",
              note="planned (whole four-day deal)"),
            C("exchanged", 150, "in return for 150 Palestinian women and teenagers held in Israeli jails",
              note="planned (whole four-day deal)"),
            C("other", 10, "one day for every additional 10 hostages released", note="condition of the deal"),
            C("released", 26, "bring to 26 the number of Israelis freed under the deal", note="cumulative over two days"),
            C("released", 13, "On Friday, Hamas released 13 Israelis, 10 Thais and a Filipino",
              note="earlier event (first day of the truce)"),
            C("released", 10, "10 Thais and a Filipino", note="earlier event (first day of the truce)"),
            C("exchanged", 39, "and Israel freed 39 Palestinian prisoners.", note="earlier event (first day of the truce)"),
            C("remaining_held", 15, "about 15 of his compatriots were still believed held", qualifier="about",
              note="inferred: subset (Thai nationals) of those still held; optional"),
            C("remaining_held", 190, "around 190 hostages, including soldiers and foreign nationals, are still being held in Gaza",
              qualifier="about"),
            C("other", 14800, "Gaza health ministry says 14,800 killed", note="page noise"),
            C("other", 745000, "UK net migration hits record 745,000", note="page noise"),
        ],
        released_names=["Emily Hand", "Hila Rotem", "Noam Or", "Alma Or", "Shoshan Haran", "Adi Shoham", "Naveh Shoham",
                        "Yahel Shoham", "Shiri Weiss", "Noga Weiss", "Sharon Avigdori", "Noam Avigdori", "Maya Regev"],
        alias_groups={},
        not_released_names=["Raaya Rotem", "Dror Or", "Tal Shoham", "Itay Regev"],
        other_event_released_names=[],
        other_people=["Hannah Cole", "Yusuf Haddad", "Thomas Hand", "Majed al-Ansari", "Srettha Thavisin",
                      "Benjamin Netanyahu"],
        distractors=["the four Thais and the 39 Palestinian prisoners are unnamed",
                     "relatives still held share the surname of a releasee (Rotem, Or, Shoham, Regev)",
                     "Thomas Hand is the father of a releasee (same surname)",
                     "the Or children's mother was killed (unnamed)", "about seven hours (delay)",
                     "ages 9, 12, 17, 13, 67, 38, 8, 3, 18, 21", "Related headline 'Hamas frees two elderly women' (no number)",
                     "0:58 (video)"],
    ),
    dict(
        file="010_jesse_turner_freed.txt", published="1991-10-22", outlet="AP archive",
        event="Jesse Turner freed in Lebanon and handed over in Damascus as Israel's SLA allies free 15 Lebanese, 1991-10-21",
        counts=[
            C("exchanged", 15, "Israel's militia allies in southern Lebanon released 15 Lebanese prisoners",
              note="other side of a de facto swap (Israel denies a link)"),
            C("other", 3, "with three colleagues", note="co-abductees in 1987"),
            C("released", 2, "Two of those seized with him have been released",
              note="earlier event (Singh in 1988, Polhill in 1990)"),
            C("released", 51, "Israel freed 51 Arab prisoners", note="earlier event (11 September 1991)"),
            C("other", 9, "returned the bodies of nine guerrillas", note="bodies; earlier event"),
            C("other", 2, "the deaths of two Israeli soldiers", note="dead"),
            C("remaining_held", 7, "Seven Westerners are still held in Lebanon"),
            C("remaining_held", 300, "Israel still holds about 300 Lebanese and Palestinian prisoners", qualifier="about",
              note="inferred: prisoners held by the other side of the swap; optional"),
            C("other", 7, "information on seven missing servicemen", note="missing, not held"),
        ],
        released_names=["Jesse Turner"],
        alias_groups={},
        not_released_names=["Alann Steen", "Terry Anderson", "Thomas Sutherland", "Joseph Cicippio", "Terry Waite",
                            "Heinrich Struebig", "Thomas Kemptner", "Abdul Karim Obeid"],
        other_event_released_names=["Mithileshwar Singh", "Robert Polhill", "John McCarthy", "Edward Tracy", "Jack Mann"],
        other_people=["Elias Hamdan", "Farouk al-Sharaa", "Christopher Ross", "Javier Perez de Cuellar", "Giandomenico Picco",
                      "Alberto Molinari", "Ron Arad", "Badr Turner", "Peggy Say"],
        distractors=["'the fourth Western hostage freed since August' (ordinal)", "Joanne (daughter, first name only)",
                     "Alberto Molinari missing, presumed dead (not held)", "Ron Arad: missing serviceman",
                     "Badr Turner is the releasee's wife (same surname)", "Peggy Say is a hostage's sister",
                     "44 (age)", "1,731 days", "Wiesbaden flight (planned, single person)"],
    ),
    dict(
        file="011_castrejon_diez_freed.txt", published="1971-12-01", outlet="Reuter brief",
        event="Mexico: rector Jaime Castrejon Diez freed after nine prisoners are flown to Cuba, 1971-12-01",
        counts=[
            C("exchanged", 9, "the government flew nine political prisoners to Cuba"),
            C("transferred_to", 9, "the government flew nine political prisoners to Cuba", where="Cuba"),
            C("transferred_to", 9, "The nine prisoners, including two teachers and a peasant leader, arrived in Havana",
              where="Havana", note="inferred: the same transfer named by city; optional"),
            C("other", 2, "including two teachers and a peasant leader", note="subset of the nine"),
        ],
        released_names=["Jaime Castrejon Diez"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Genaro Vazquez Rojas", "Luis Echeverria"],
        distractors=["2.5 million pesos (200,000 dollars) ransom", "40 (age)", "12 days", "escaped from prison in 1968",
                     "the nine prisoners are unnamed"],
    ),
    dict(
        file="012_mormugao_exchange_80_years.txt", published="2023-10-15", outlet="Goan Sunday feature (80 years on)",
        event="US-Japan exchange of civilians at Mormugao (Goa), Gripsholm and Teia Maru, 1943-10-19",
        counts=[
            C("exchanged", 1340, "with 1,340 Japanese diplomats, businessmen and their families"),
            C("exchanged", 1525, "1,525 people, according to the ship's manifest"),
            C("exchanged", 1500, "About 1,500 Americans, Canadians and other Allied nationals walked up the gangway of the Gripsholm",
              qualifier="about", note="inferred: rounded figure for the 1,525; optional"),
            C("released", 1451, "the Gripsholm had picked up 1,451 Americans",
              note="earlier event (July 1942 exchange at Lourenco Marques)"),
            C("other", 5000, "Some 5,000 people came from Margao and Panjim", qualifier="about", note="crowd"),
            C("remaining_held", 6000, "more than 6,000 Allied civilians were still held in camps around Shanghai after the ship left",
              qualifier="more_than"),
            C("remaining_held", 3700, "about 3,700 in the Santo Tomas camp in Manila", qualifier="about"),
            C("transferred_to", 1223, "where 1,223 passengers came ashore", where="Jersey City",
              note="inferred: arrival home; optional"),
        ],
        released_names=["Helen Carver", "Kiyoshi Tanaka"],
        alias_groups={},
        not_released_names=["Ruth Abernathy"],
        other_event_released_names=["Joseph Grew"],
        other_people=["Vanessa D'Souza", "Savio Fernandes", "Jose Ricardo Pereira Cabral", "Laura Carver Mendes",
                      "Jorge Tanaka"],
        distractors=["Ruth Abernathy stayed behind until August 1945 (freed later; held at the time of the exchange)",
                     "Laura Carver Mendes and Jorge Tanaka are grandchildren (shared surnames)",
                     "'several hundred more' (demanded, vague)", "80 years (anniversary)", "48 hours", "36-year-old",
                     "15 years", "eight months", "since 1931", "Ehrenfels (ship)", "October 19/21, December 1 (dates)"],
    ),
    dict(
        file="013_sweden_journalists_statement.txt", published="2012-09-10", outlet="government statement (with editor's note)",
        event="Ethiopia pardons and frees Swedish journalists Martin Schibbye and Johan Persson, 2012-09-10",
        counts=[
            C("released", 1950, "were among 1,950 prisoners pardoned and freed to mark the Ethiopian New Year"),
            C("released", 2, "the two journalists were among 1,950 prisoners",
              note="inferred: the two Swedes, part of the 1,950; optional"),
            C("remaining_held", 7, "at least seven journalists remain in prison in Ethiopia", qualifier="at_least"),
        ],
        released_names=["Martin Schibbye", "Johan Persson"],
        alias_groups={},
        not_released_names=["Dawit Isaak", "Eskinder Nega", "Reeyot Alemu"],
        other_event_released_names=[],
        other_people=["Carl Bildt", "Hailemariam Desalegn", "Kjell Persson"],
        distractors=["Dawit Isaak is held in Eritrea (a different country), still held",
                     "Kjell Persson is a releasee's father (same surname)",
                     "437 days", "eleven years' imprisonment", "18 years", "+46 8 405 10 00 (phone)",
                     "return to Sweden planned (no count)"],
    ),
    dict(
        file="014_govan_mbeki_freed.txt", published="1987-11-05", outlet="Reuter wire",
        event="South Africa frees ANC veteran Govan Mbeki after 23 years, 1987-11-05",
        counts=[
            C("remaining_held", 6, "Six other men sentenced to life imprisonment with Mbeki at the Rivonia trial remain in prison"),
            C("remaining_held", 300, "more than 300 people are serving sentences for political offences in South Africa",
              qualifier="more_than", note="civil rights lawyers' estimate"),
        ],
        released_names=["Govan Mbeki"],
        alias_groups={},
        not_released_names=["Nelson Mandela", "Walter Sisulu", "Ahmed Kathrada", "Raymond Mhlaba", "Andrew Mlangeni",
                            "Elias Motsoaledi"],
        other_event_released_names=["Denis Goldberg"],
        other_people=["Kobie Coetsee", "Winnie Mandela", "Thabo Mbeki", "P.W. Botha", "Epainette Mbeki"],
        distractors=["'A seventh, Denis Goldberg' (ordinal; freed 1985)",
                     "Thabo and Epainette Mbeki are relatives (same surname)", "Winnie Mandela is a jailed man's wife",
                     "'thousands more are detained without trial' (vague)", "'hundreds of others' (vague)",
                     "77 and 69 (ages)", "23 years", "since 1962"],
    ),
    dict(
        file="015_ahmed_abba_ngo.txt", published="2017-12-22", outlet="press-freedom NGO press release (demands, contact block)",
        event="Cameroon frees RFI correspondent Ahmed Abba after appeal court cuts his sentence, 2017-12-22",
        counts=[
            C("remaining_held", 6, "At least six other journalists remain behind bars in Cameroon", qualifier="at_least"),
            C("released", 50, "ordered charges dropped against more than 50 people arrested during the protests",
              qualifier="more_than", note="earlier event (August 2017)"),
            C("other", 11, "in 11 countries of West and Central Africa", note="NGO footprint"),
        ],
        released_names=["Ahmed Abba"],
        alias_groups={"Thomas Awah Junior": ["Thomas Awah"]},
        not_released_names=["Mancho Bibixy", "Thomas Awah Junior", "Amadou Vamoulke"],
        other_event_released_names=[],
        other_people=["Fatou Diallo", "Charles Tchoungang", "Paul Biya", "Moussa Kone"],
        distractors=["876 days", "10 years reduced to 24 months", "55 million CFA francs", "three months incommunicado",
                     "2014 anti-terrorism law", "'Many others are still awaiting trial' (vague)", "contact phone number"],
    ),
    dict(
        file="016_grenada_17_feature.txt", published="2009-09-06", outlet="Caribbean Sunday magazine long read",
        event="Grenada: the last seven of the Grenada 17 freed from Richmond Hill Prison, 2009-09-05",
        counts=[
            C("released", 7, "seven men in their fifties and sixties walked down the hill into the sunlight"),
            C("released", 17, "all of the 17 people convicted for the killings at Fort Rupert on October 19, 1983 are now free",
              note="cumulative (all releases since 2000)"),
            C("other", 5, "the former army officer Ewart Layne and five others", note="subset of the seven"),
            C("other", 14, "14 of the accused were sentenced to death", note="1986 sentences"),
            C("other", 3, "Three former soldiers received long prison terms for manslaughter", note="1986 sentences"),
            C("released", 3, "The three soldiers were freed in 2007", note="earlier event (2007)"),
            C("released", 6, "Six more, including the former army commander Hudson Austin, walked out in December 2008",
              note="earlier event (December 2008)"),
            C("other", 150, "was meant to hold about 150 prisoners", qualifier="about", note="prison capacity"),
            C("other", 400, "it now holds nearly 400", qualifier="about", note="prison population, not a still-held count"),
        ],
        released_names=["Bernard Coard", "Ewart Layne"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Phyllis Coard", "Hudson Austin"],
        other_people=["Alicia Noel", "Maurice Bishop", "Jacqueline Creft", "Unison Whiteman", "Tillman Thomas",
                      "Nadia Bishop", "Kenrick Mitchell", "Sebastian Frederick"],
        distractors=["Phyllis Coard (wife, freed in 2000) shares the releasee's surname",
                     "Nadia Bishop is the victim's daughter (same surname)",
                     "Tillman Thomas was a political prisoner of the PRG (freed long ago, no event)",
                     "'They locked up hundreds of us' (vague, earlier)", "65 and 48 (ages)", "26 years",
                     "a quarter past nine", "40 years (resentence)", "Coard to leave for Jamaica (planned, no count)"],
    ),
    dict(
        file="017_pardons_liveblog.txt", published="2025-01-21", outlet="US news live blog (reverse chronological, unrelated entries)",
        event="Trump's Jan. 6 pardons and commutations; defendants released from prisons and jails, 2025-01-20/21",
        counts=[
            C("released", 14, "commuted the sentences of 14 others"),
            C("released", 1500, "pardoned about 1,500 people charged over the Jan. 6, 2021, attack on the Capitol",
              qualifier="about", note="inferred: pardon total, mostly people no longer or never in custody; optional"),
            C("released", 22, "at least 22 people convicted of or charged with Jan. 6 offenses had been released from federal prisons and jails",
              qualifier="at_least"),
            C("other", 450, "roughly 450 cases that are still pending", qualifier="about", note="dismissals"),
            C("other", 1580, "More than 1,580 people were charged in all", qualifier="more_than", note="cumulative charged"),
            C("other", 5, "pre-emptive pardons to five members of his family", note="pardons of people not in custody"),
            C("released", 3, "Hamas freed three Israeli hostages on Sunday",
              note="earlier event (Gaza ceasefire, unrelated live-blog entry)"),
            C("released", 90, "Israel released 90 Palestinian prisoners from Ofer prison overnight into Monday",
              note="earlier event (Gaza ceasefire, unrelated live-blog entry)"),
        ],
        released_names=["Enrique Tarrio", "Stewart Rhodes", "Kelly Meggs", "Kenneth Harrelson", "Thomas Caldwell",
                        "Jessica Watkins", "Roberto Minuta", "Edward Vallejo", "David Moerschel", "Joseph Hackett",
                        "Ethan Nordean", "Joseph Biggs", "Zachary Rehl", "Dominic Pezzola", "Jeremy Bertino"],
        alias_groups={"Stewart Rhodes": ["Elmer Stewart Rhodes III"], "Enrique Tarrio": ["Henry Tarrio"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rachel Ortiz", "Sam Whitaker", "Michael Fanone", "Joe Biden", "James Biden", "Valerie Biden Owens",
                      "Mark Milley", "Anthony Fauci", "Donald Trump"],
        distractors=["Ross Ulbricht: pardoned, release only expected later in the week (planned; separate event)",
                     "Biden's pre-emptive pardons (family, Milley, Fauci): nobody in custody",
                     "$500 billion", "18-year and 22-year sentences", "59 (age)", "four years", "Comments (1,204)",
                     "'inmates with convictions in unrelated cases would stay in custody' (vague)"],
    ),
    dict(
        file="018_cambodia_sonando_analysis.txt", published="2013-03-19", outlet="think-tank analysis piece",
        event="Cambodia: Beehive Radio owner Mam Sonando freed after the Appeal Court drops insurrection charges, 2013-03-15",
        counts=[
            C("released", 13, "the Appeal Court freed 13 women from the Boeung Kak lake community",
              note="earlier event (June 2012)"),
            C("remaining_held", 20, "Licadho counts at least 20 people currently jailed in connection with land disputes",
              qualifier="at_least"),
            C("other", 800, "around 800 million dollars in development aid", qualifier="about", note="money"),
        ],
        released_names=["Mam Sonando"],
        alias_groups={},
        not_released_names=["Yorm Bopha"],
        other_event_released_names=["Tep Vanny"],
        other_people=["Rebecca Lim", "Din Phanara", "Hun Sen", "Barack Obama", "Sam Rainsy", "Kem Sokha"],
        distractors=["Sam Rainsy is in self-imposed exile facing 11 years (not held)",
                     "co-defendants convicted in absentia (not held, unnamed)", "Pro Ma villagers in hiding",
                     "72-year-old", "20 years", "eight months", "five years (suspended)", "14-year-old girl (killed)",
                     "two and a half years", "three years", "'several hundred supporters' (vague)", "a fifth of the country",
                     "July 28 election"],
    ),
    dict(
        file="019_gibbons_pardon_brief.txt", published="2007-12-03", outlet="AFP brief",
        event="Sudan's president pardons British teacher Gillian Gibbons, 2007-12-03",
        counts=[],
        released_names=["Gillian Gibbons"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Omar al-Beshir", "Lord Ahmed", "Baroness Warsi"],
        distractors=["single-person release: no count", "54 (age)", "15 days", "eight days served",
                     "'Hundreds of protesters' (vague)", "bur-ms/dp (desk initials)"],
    ),
    dict(
        file="020_drottningholm_lisbon_1942.txt", published="1942-05-22", outlet="1942 newspaper page on a digital archive (United Press)",
        event="US-German/Italian exchange of diplomats and civilians at Lisbon; Drottningholm sails with 908, 1942-05-22",
        counts=[
            C("exchanged", 908, "with 908 Americans and other nationals of the Western Hemisphere aboard"),
            C("exchanged", 950, "Approximately 950 Axis nationals came on the ship", qualifier="about",
              note="other side of the exchange"),
            C("transferred_to", 908, "sailed for New York tonight with 908 Americans", where="New York",
              note="inferred: voyage home; optional"),
            C("other", 15, "15 Killed in Texas Train Wreck", note="page noise"),
            C("other", 1200000, "Sugar Ration Cards to Be Issued to 1,200,000 Here", note="page noise"),
        ],
        released_names=["Leland B. Morris", "George F. Kennan", "Louis P. Lochner", "Hans Thomsen", "Ascanio Colonna"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=[],
        distractors=["'several hundred Americans remained in Germany ... some of them interned' (vague)",
                     "second voyage planned next month (no count)", "May 16 / May 22 / June 1 (dates)",
                     "$3,000,000,000 (page noise)", "Page 1 of 24"],
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
        f = g["file"]
        for c in g["counts"]:
            if c["quote"] not in text:
                fail(f"{f}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                fail(f"{f}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALS:
                fail(f"{f}: bad qualifier {c['qualifier']!r}")
            if type(c["value"]) is not int:
                fail(f"{f}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    fail(f"{f}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    fail(f"{f}: where not found: {c['where']!r}")
            elif c.get("where") is not None:
                fail(f"{f}: where set on kind {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    fail(f"{f}: {key} name not found: {n!r}")
                if n in seen:
                    fail(f"{f}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        listed = set(seen)
        for k, aliases in g.get("alias_groups", {}).items():
            if k not in listed:
                fail(f"{f}: alias-group key {k!r} is not a listed name")
            for a in aliases:
                if a.casefold() not in low:
                    fail(f"{f}: alias not found: {a!r}")
                if a in listed:
                    fail(f"{f}: alias {a!r} is also a listed name")
        for key in ("file", "event", "counts", "released_names", "alias_groups", "not_released_names",
                    "other_event_released_names", "other_people", "distractors"):
            if key not in g:
                fail(f"{f}: missing key {key}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in GOLD:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
