#!/usr/bin/env python3
"""Gold for devset_ddd (blind, held-out-style). Writes gold.jsonl next to this file and
checks it against articles/:
  - the GOLD file list equals the .txt files in articles/;
  - every quote is an exact substring of its article;
  - kinds and qualifiers are valid, values are integers, `where` is set exactly on
    `transferred_to` counts and occurs in the article (case-insensitive);
  - every name, alias and alias-group key occurs in the article (case-insensitive;
    all-caps bylines and credits), every alias-group key is a listed name, and no
    name is in two lists.
Prints "checks OK" (exit 0) or the problems (exit 1)."""
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
        file="001_kabul_care_worker.txt", published="2005-06-09", outlet="AFP wire (photo caption and credit)",
        event="Italian CARE worker Clementina Cantoni freed in Kabul after 24 days, 2005-06-08/09",
        counts=[
            C("other", 4, "of four associates held in Kabul's Pul-e-Charkhi jail",
              note="prisoners whose release the kidnappers demanded; not freed"),
            C("other", 7, "seven suspects had been arrested", note="arrests"),
            C("other", 11000, "some 11,000 widows and their families", qualifier="about", note="beneficiaries"),
            C("released", 3, "three United Nations election workers",
              note="earlier event (Kabul, November 2004, after 27 days)"),
            C("released", 2, "Two aid workers, Simona Pari and Simona Torretta, were freed in Baghdad last September",
              note="earlier event (Iraq, September 2004)"),
        ],
        released_names=["Clementina Cantoni"],
        alias_groups={"Timor Shah": ["Timur Shah"]},
        not_released_names=[],
        other_event_released_names=["Annetta Flanigan", "Shqipe Hebibi", "Angelito Nayan", "Simona Pari",
                                    "Simona Torretta", "Giuliana Sgrena"],
        other_people=["Ettore Sequi", "Farid Zahir", "Ali Ahmad Jalali", "Timor Shah", "Gianfranco Fini",
                      "Hamid Karzai", "Germana Cantoni", "Paul Barker", "Nicola Calipari", "Margaret Hassan"],
        distractors=["24 days / 27 days / nearly four weeks / three weeks (durations)", "32 (age)",
                     "his mother (unnamed) and four associates: demanded, not freed",
                     "hundreds of Afghan widows (vague)", "Germana Cantoni is the mother (same surname)",
                     "Nicola Calipari was shot dead; Margaret Hassan believed killed",
                     "plane to fly Cantoni to Ciampino on Friday (single person, planned)"],
    ),
    dict(
        file="002_amritsar_hijack.txt", published="1993-04-25", outlet="UPI wire archive (all-caps byline)",
        event="NSG commandos storm hijacked Indian Airlines IC-427 at Amritsar, all 141 freed, 1993-04-25",
        counts=[
            C("released", 141, "freeing all 141 people on board unharmed"),
            C("other", 135, "The 135 passengers and six crew members", note="subset of the 141 (passengers)"),
            C("other", 6, "six crew members", note="subset of the 141 (crew)"),
            C("other", 12, "Among those on board were 12 foreigners", note="subset of the 141"),
            C("other", 4, "including four Britons", note="subset of the 12 foreigners"),
            C("other", 2, "Two passengers were treated for bruises", note="injured"),
            C("released", 100, "about 100 hostages were freed after a 36-hour ordeal", qualifier="about",
              note="earlier event (August 1984 hijack ending in Dubai)"),
        ],
        released_names=["Ghulam Rasool Bhat"],
        alias_groups={"Mohammed Yousuf Shah": ["Jalaluddin"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Anil Kapoor", "Ghulam Nabi Azad", "Mohammed Yousuf Shah", "P.V. Narasimha Rao"],
        distractors=["hijacker killed (not released)", "1:05 a.m., five minutes, 30 miles, 6:45 p.m., nearly an hour",
                     "counting down from ten", "Bhat's wife and two daughters (unnamed, also freed)",
                     "Flight IC-427 / Boeing 737 (identifiers)"],
    ),
    dict(
        file="003_panama_modelo_rescue.txt", published="1990-01-14", outlet="US Sunday newspaper long feature",
        event="Delta Force rescues Kurt Muse from the Carcel Modelo, Panama City, 1989-12-20",
        counts=[
            C("other", 400, "the prison held about 400 inmates", qualifier="about", note="prison population"),
            C("other", 5, "at least five members of his own radio group", qualifier="at_least",
              note="Panamanian detainees left in their cells; later release only implied"),
            C("released", 70, "about 70 political detainees walked out of the Modelo", qualifier="about",
              note="earlier event convention: separate later release on Dec. 21, not the rescue"),
            C("other", 4, "Four of the soldiers were wounded", note="rescuers wounded"),
            C("other", 23, "The invasion killed 23 American servicemen", note="deaths"),
            C("other", 200, "more than 200 Panamanian civilians", qualifier="more_than", note="deaths"),
            C("other", 24, "24 guys", note="rescuers"),
        ],
        released_names=["Kurt Muse"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ellen Marsh", "Manuel Antonio Noriega", "Annie Muse", "Charles Muse", "Guillermo Endara",
                      "Raymond Dragseth", "Bush"],
        distractors=["nine months, six minutes, ten minutes (durations)", "40 (age)",
                     "Annie Muse (wife) and Charles Muse (father) share the surname",
                     "Noriega is in a Miami jail awaiting trial: not a releasee (other_people)",
                     "Raymond Dragseth was killed", "flown to Howard AFB and Andrews AFB (single person, no count)"],
    ),
    dict(
        file="004_syria_quirico_piccinin.txt", published="2013-09-09",
        outlet="UK broadcaster web page (cookie banner, video residue, related stories)",
        event="Domenico Quirico and Pierre Piccinin freed in Syria after five months, 2013-09-08",
        counts=[
            C("released", 4, "four other Italian journalists - Amedeo Ricucci, Elio Colavolpe, Andrea Vignali and Susan Dabbous - were freed in April",
              note="earlier event (April 2013)"),
            C("remaining_held", 4, "Four French reporters, including Didier Francois and Edouard Elias, are being held in Syria"),
            C("other", 1400, "more than 1,400 people were killed", qualifier="more_than", note="deaths in the 21 August attack"),
            C("released", 7, "Pakistan to free seven Afghan Taliban prisoners",
              note="earlier event (unrelated related-stories headline; planned)"),
        ],
        released_names=["Domenico Quirico", "Pierre Piccinin"],
        alias_groups={"Pierre Piccinin": ["Pierre Piccinin da Prata"]},
        not_released_names=["Didier Francois", "Edouard Elias"],
        other_event_released_names=["Amedeo Ricucci", "Elio Colavolpe", "Andrea Vignali", "Susan Dabbous"],
        other_people=["Emma Bonino", "Luca Zanetti", "Bashar al-Assad", "Paolo Dall'Oglio", "Enrico Letta",
                      "Hosni Mubarak"],
        distractors=["five months / 152 days / about a week (durations)", "62 (age)", "1:48 (video length)",
                     "Paolo Dall'Oglio is missing, not stated as held",
                     "'Kenyan aid worker freed by kidnappers after 600 days' (page noise, no count of people)",
                     "Mubarak moved from prison to house arrest (page noise)"],
    ),
    dict(
        file="005_mv_suez_crew.txt", published="2011-06-20",
        outlet="Pakistani daily web page (markets bar, READ ALSO, comments)",
        event="Somali pirates free MV Suez and 22 crew; ship escorted to Salalah, 2011-06-13/19",
        counts=[
            C("released", 22, "The 22 crew members of the hijacked cargo ship MV Suez"),
            C("transferred_to", 22, "The 22 crew members of the hijacked cargo ship MV Suez, including four Pakistanis, arrived in the Omani port of Salalah",
              where="Salalah"),
            C("other", 11, "11 Egyptians", note="subset of the 22"),
            C("other", 6, "six Indians", note="subset of the 22"),
            C("other", 4, "four Pakistanis", note="subset of the 22"),
            C("transferred_to", 4, "The four Pakistanis are expected to fly home to Karachi on Tuesday", where="Karachi",
              note="planned flight home"),
            C("remaining_held", 400, "Somali pirates are still holding some 20 ships and around 400 seafarers",
              qualifier="about", note="captives of other hijacked ships (EU naval force)"),
            C("other", 20, "some 20 ships", qualifier="about", note="ships held"),
            C("remaining_held", 7, "seven Indian crew members of the tanker MV Asphalt Venture, who were kept back",
              note="still held from another ship"),
            C("other", 100, "more than 100 Somali suspects held in Indian jails", qualifier="more_than",
              note="prisoners whose release the pirates demand"),
            C("released", 39, "Sindh releases 39 Indian fishermen", note="earlier event (READ ALSO headline)"),
            C("other", 12, "Target killings claim 12 more lives", note="page noise"),
        ],
        released_names=["Syed Wasi Hasan", "Muhammad Imran"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Faraz Qadri", "Ansar Burney", "Nadeem Khawar", "Rukhsana Hasan"],
        distractors=["$2.1 million ransom; Rs1.5 billion; 15 kilos; 34°C; market ticker numbers",
                     "more than ten months (duration)", "24-year-old (age)", "Comments (14)",
                     "Rukhsana Hasan is the captain's wife (same surname)",
                     "Asphalt Venture ship and rest of its crew released in April (no number)"],
    ),
    dict(
        file="006_costa_rica_tourists.txt", published="1996-03-10", outlet="AP wire (all-caps byline)",
        event="German and Swiss women freed by kidnappers in northern Costa Rica after 71 days, 1996",
        counts=[
            C("other", 12, "a band of about a dozen armed men", qualifier="about", note="kidnappers"),
        ],
        released_names=["Nicola Fleuchaus", "Regula Siegfried"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mario Solano", "Juan Diego Castro", "Marc Siegfried", "Jose Maria Figueres"],
        distractors=["71 days (duration)", "25, 50 (ages)", "90 miles, 9 a.m.", "$1 million demand; about $200,000 ransom",
                     "a Costa Rican lodge employee freed on the first day (earlier batch, unnamed, 'a')",
                     "Marc Siegfried is the son (same surname)", "1948; second-largest (not counts)"],
    ),
    dict(
        file="007_iran_navy_sailors_liveblog.txt", published="2016-01-13",
        outlet="UK newspaper world-news live blog (reverse chronological, unrelated entries)",
        event="Iran's Revolutionary Guards free 10 US Navy sailors seized near Farsi Island, 2016-01-13",
        counts=[
            C("released", 10, "Iran's Revolutionary Guards say they have freed the 10 US sailors"),
            C("other", 9, "nine men and one woman", note="subset of the 10 (men)"),
            C("other", 9, "Nine of them sailed one of the boats", note="subset"),
            C("transferred_to", 10, "the 10 sailors are \"in good health\" and are on their way back to Bahrain",
              where="Bahrain", note="inferred: return to home base; optional"),
            C("released", 15, "in March 2007, Iran seized 15 British sailors and marines",
              note="earlier event (2007, held 13 days)"),
            C("transferred_to", 10, "transfer about 10 Yemeni detainees from Guantánamo Bay to Oman", qualifier="about",
              where="Oman", note="earlier event: another event (planned Guantánamo transfer), not this release"),
            C("other", 10, "the suicide bomber who killed 10 people", note="deaths in Istanbul (unrelated entry)"),
            C("other", 5, "The two spoke at least five times by phone overnight", qualifier="at_least", note="phone calls"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Jason Rezaian", "Amir Hekmati", "Saeed Abedini", "Siamak Namazi"],
        other_event_released_names=["Faye Turney"],
        other_people=["Peter Cook", "Ahmet Davutoğlu", "Angela Merkel", "Ash Carter", "John Kerry",
                      "Mohammad Javad Zarif", "Ali Fadavi", "Robert Levinson", "Barack Obama"],
        distractors=["$1.5bn jackpot; one in 292 million", "08:43 GMT, 3.15pm (times)", "two riverine command boats",
                     "13 days (duration)", "Robert Levinson went missing (not stated as held)",
                     "the sailors are unnamed", "apology video quote"],
    ),
    dict(
        file="008_gaza_truce_day_seven.txt", published="2023-11-30", outlet="Reuters wire (photo caption)",
        event="Gaza truce day 7: Hamas frees 8 hostages, Israel frees 30 Palestinian prisoners, 2023-11-30",
        counts=[
            C("exchanged", 8, "Hamas freed eight hostages from Gaza on Thursday"),
            C("exchanged", 30, "Israel released 30 Palestinian prisoners"),
            C("other", 2, "Two of the hostages, Mia Schem", note="subset of the 8"),
            C("transferred_to", 6, "Six more crossed into Egypt through the Rafah crossing", where="Egypt",
              note="inferred: transit through Egypt on the way to Israel; optional"),
            C("other", 23, "23 teenage boys", note="subset of the 30"),
            C("other", 7, "seven women", note="subset of the 30"),
            C("exchanged", 10, "Hamas must free 10 Israeli hostages for each additional day",
              note="planned: terms for each further truce day"),
            C("released", 105, "Hamas has released 105 hostages", note="cumulative since Nov. 24"),
            C("other", 81, "81 of them Israelis", note="subset of the cumulative 105"),
            C("released", 240, "Israel has freed 240 Palestinian prisoners", note="cumulative since Nov. 24"),
            C("released", 16, "On Wednesday, Hamas freed 16 hostages", note="earlier event (day 6)"),
            C("released", 30, "among the 30 prisoners Israel freed overnight", note="earlier event (day 6)"),
            C("remaining_held", 137, "about 137 hostages are still held in Gaza", qualifier="about",
              note="Israeli figure"),
            C("other", 15, "including 15 women and two children", note="subset of those still held"),
            C("other", 3, "shot dead three people at a bus stop", note="deaths"),
            C("other", 15000, "more than 15,000 Palestinians have been killed", qualifier="more_than", note="deaths"),
        ],
        released_names=["Mia Schem", "Amit Soussana", "Aisha Ziyadne", "Bilal Ziyadne", "Nili Margalit",
                        "Shani Goren", "Ilana Gritzewsky", "Sapir Cohen"],
        alias_groups={"Bilal Ziyadne": ["Bilal Ziadna"]},
        not_released_names=["Youssef Ziyadne", "Hamza Ziyadne", "Matan Zangauker"],
        other_event_released_names=["Yelena Trufanova", "Irena Tati", "Ahed Tamimi"],
        other_people=["Dan Levene", "Nidal Awad", "Majed al-Ansari", "Shiri Bibas", "Vladimir Putin",
                      "Antony Blinken", "Benjamin Netanyahu", "Yonatan Peres", "Hana Nassar", "Tom Alder",
                      "Rosalind Crane"],
        distractors=["ages 21, 40, 17, 18, 22, 4, 10 months", "seventh exchange (ordinal)",
                     "Shiri Bibas and sons Ariel and Kfir: claimed killed, not stated as held or released",
                     "father Youssef and brother Hamza share the Ziyadne surname and are still held"],
    ),
    dict(
        file="009_ukraine_russia_50_for_50.txt", published="2023-01-08",
        outlet="Ukrainian news site, machine-translated (space thousands separator)",
        event="Ukraine-Russia 50-for-50 POW exchange, 2023-01-08",
        counts=[
            C("exchanged", 50, "Another 50 of our defenders are at home"),
            C("exchanged", 50, "50 Russian servicemen were returned"),
            C("other", 33, "33 officers", note="subset of the Ukrainian 50"),
            C("other", 17, "17 privates and sergeants", note="subset of the Ukrainian 50"),
            C("other", 2, "All but two of them are servicemen of the Armed Forces of Ukraine",
              note="two National Guard members; implies 48 from the Armed Forces"),
            C("transferred_to", 50, "they will be delivered to Moscow", where="Moscow",
              note="planned flight home of the Russian side; optional"),
            C("released", 1646, "1 646 Ukrainians have been returned from Russian captivity",
              note="cumulative since February 2022"),
            C("released", 140, "when 140 Ukrainians returned home", note="earlier event (31 December exchange)"),
            C("remaining_held", 3000, "more than 3 000 Ukrainian servicemen and civilians remain in Russian captivity",
              qualifier="more_than", note="ombudsman estimate"),
            C("other", 2, "2 people were killed and 5 wounded", note="page noise"),
        ],
        released_names=["Vasyl Melnyk"],
        alias_groups={"Andriy Yermak": ["Andrii Yermak"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andriy Yermak", "Dmytro Lubinets", "Tatyana Moskalkova", "Oksana Melnyk", "Zelensky"],
        distractors=["08.01.2023 15:42 and 16:10 (times)", "Oksana Melnyk is the wife (same surname)",
                     "'Christmas ceasefire'", "taken prisoner in Mariupol in May"],
    ),
    dict(
        file="010_galwan_analysis.txt", published="2020-06-21", outlet="Indian analysis piece",
        event="China returns 10 Indian soldiers after the Galwan clash; a minister claims India freed Chinese soldiers, 2020-06-18",
        counts=[
            C("released", 10, "China released 10 Indian soldiers"),
            C("other", 3, "three majors", note="subset of the 10"),
            C("other", 4, "including four officers", note="subset of the 10"),
            C("other", 20, "Twenty Indian soldiers were killed", note="deaths"),
            C("other", 76, "The Army says 76 others were injured", note="injured"),
            C("other", 18, "18 of them seriously", note="subset of the injured"),
            C("other", 43, "put them at 43 killed and wounded", note="claim by Indian media; Chinese casualties"),
            C("released", 3900, "China took some 3,900 Indian soldiers prisoner and released them in batches through May 1963",
              qualifier="about", note="earlier event (1962 war)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Arjun Mehrotra", "B. Santosh Babu", "M.M. Naravane", "Rajnath Singh", "Zhao Lijian",
                      "V.K. Singh", "Narendra Modi", "S. Jaishankar", "Wang Yi", "Abhijit Bapat", "Rahul Gandhi"],
        distractors=["Chinese soldiers reportedly released by India: no number (claim by V.K. Singh)",
                     "'no Indian troops missing in action' / 'China has not seized any Indian personnel' (denials)",
                     "45 years; 73-day standoff; three rounds of talks; Patrolling Point 14",
                     "16 Bihar (unit name)", "the returned soldiers are unnamed"],
    ),
    dict(
        file="011_israel_hezbollah_nasser.txt", published="2008-06-01", outlet="AP brief",
        event="Israel frees Hezbollah spy Nissim Nasser for soldiers' remains, 2008-06-01",
        counts=[
            C("remaining_held", 2, "Hezbollah still holds two Israeli soldiers"),
            C("remaining_held", 5, "Israel still holds five Lebanese prisoners"),
        ],
        released_names=["Nissim Nasser"],
        alias_groups={},
        not_released_names=["Ehud Goldwasser", "Eldad Regev", "Samir Kuntar"],
        other_event_released_names=[],
        other_people=["Ehud Olmert"],
        distractors=["six-year sentence; 34-day war; 1979 attack", "remains / body parts (not releasees)"],
    ),
    dict(
        file="012_cameroon_moulin_fournier.txt", published="2013-04-19",
        outlet="French daily (with AFP), machine-translated (decimal comma)",
        event="Moulin-Fournier family (7) freed by Boko Haram; claimed ransom and release of 16 prisoners, 2013-04-18/19",
        counts=[
            C("released", 7, "The seven French hostages kidnapped in Cameroon have been released"),
            C("other", 4, "including four children", note="subset of the 7"),
            C("exchanged", 16, "16 members of Boko Haram detained in Cameroon were released",
              note="claim by a Nigerian government report cited by Reuters; denied/unconfirmed"),
            C("transferred_to", 7, "Their return to Paris is planned Saturday", where="Paris",
              note="planned flight home"),
            C("remaining_held", 7, "Seven other French remain hostages in Africa"),
            C("other", 4, "the four employees of Areva and Satom kidnapped in Arlit", note="subset of those still held"),
            C("released", 4, "Syria: the four Italian journalists kidnapped have been released",
              note="earlier event (READ ALSO headline)"),
        ],
        released_names=["Tanguy Moulin-Fournier", "Cyril Moulin-Fournier"],
        alias_groups={"Tanguy Moulin-Fournier": ["Tanguy Moulin Fournier"]},
        not_released_names=["Daniel Larribe", "Pierre Legrand", "Thierry Dol", "Marc Féret", "Serge Lazarevic",
                            "Gilberto Rodrigues Leal", "Francis Collomp"],
        other_event_released_names=["Françoise Larribe"],
        other_people=["François Hollande", "Laurent Fabius", "Abubakar Shekau", "Issa Tchiroma Bakary",
                      "Philippe Verdon", "Nicolas Maduro"],
        distractors=["his wife Albane (first name only) and four boys aged 5 to 12 (unnamed)",
                     "3,15 millions of dollars (claimed ransom)", "40 years (age)", "27 reactions",
                     "Françoise Larribe freed in 2011 with a Togolese and a Malagasy (no numeral)",
                     "Philippe Verdon was killed"],
    ),
    dict(
        file="013_assam_ulfa_hostages.txt", published="1991-07-14", outlet="Reuter wire archive",
        event="ULFA frees nine hostages in Assam after the state frees 32 jailed members, 1991-07-13/14",
        counts=[
            C("exchanged", 9, "freed nine of their hostages on Sunday"),
            C("exchanged", 32, "released 32 jailed members of the outlawed United Liberation Front of Asom"),
            C("other", 6, "six engineers of the state-run Oil and Natural Gas Commission", note="subset of the 9"),
            C("other", 14, "seized at least 14 people on July 1", qualifier="at_least", note="people abducted"),
            C("remaining_held", 4, "the guerrillas were still holding four people"),
            C("other", 2, "including two ONGC officials", note="subset of those still held"),
            C("released", 19, "the government had freed 19 other ULFA detainees", note="earlier event (a week earlier)"),
            C("released", 51, "bringing to 51 the number released since it took office", note="cumulative (19 + 32)"),
            C("other", 400, "believed by officials to number more than 400", qualifier="more_than",
              note="jailed cadres whose release ULFA demands"),
        ],
        released_names=["Dilip Bora"],
        alias_groups={"Sergei Gritchenko": ["Grichenko"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hiteswar Saikia", "Sergei Gritchenko", "Prafulla Kumar Mahanta"],
        distractors=["Gritchenko was killed (not released, not held)", "60 km (40 miles)", "twice a day",
                     "'a goodwill gesture, not a deal' (swap denied; both sides still counted)"],
    ),
    dict(
        file="014_sri_lanka_jvp_1977.txt", published="2017-11-05", outlet="Sri Lankan Sunday paper, 40-years-on feature",
        event="Rohana Wijeweera and 15 other JVP convicts freed under the 1977 amnesty, November 1977",
        counts=[
            C("released", 16, "Sixteen JVP leaders convicted by the Commission, Wijeweera among them, were freed that week"),
            C("other", 16000, "More than 16,000 young men and women were detained after the uprising",
              qualifier="more_than", note="detained after 1971"),
            C("released", 14000, "By the end of 1976 more than 14,000 of them had been released in stages",
              qualifier="more_than", note="earlier event (releases up to 1976); cumulative"),
            C("remaining_held", 40, "about 40 men convicted of murder and other ordinary crimes committed during the insurrection stayed behind bars",
              qualifier="about"),
            C("other", 1200, "estimates range from 1,200", note="deaths"),
            C("other", 5000, "to more than 5,000", qualifier="more_than", note="deaths"),
        ],
        released_names=["Rohana Wijeweera", "Lionel Bopage", "Upatissa Gamanayake"],
        alias_groups={"Rohana Wijeweera": ["Patabendi Don Nandasiri Wijeweera"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nalini Gunasekara", "Somapala Jayasinghe", "J.R. Jayewardene", "Sirimavo Bandaranaike",
                      "Chitrangani Wijeweera", "Uvindu Wijeweera", "Felix Dias Bandaranaike"],
        distractors=["ages 24 and 64", "six years; twelve years (durations)", "life imprisonment (sentence)",
                     "4 per cent of the vote", "Wijeweera killed in custody in 1989",
                     "Chitrangani (wife) and Uvindu (son) share the surname", "Comments (7)"],
    ),
    dict(
        file="015_sri_lanka_fishermen_pardon.txt", published="2014-11-20",
        outlet="Indian government statement (Ministry of External Affairs)",
        event="Sri Lankan presidential pardon of five Tamil Nadu fishermen sentenced to death, 2014-11-19",
        counts=[
            C("released", 5, "to grant pardon to the five Indian fishermen who were sentenced to death"),
            C("transferred_to", 5, "They were flown to Tiruchirappalli this morning", where="Tiruchirappalli",
              note="inferred: flown home; optional"),
            C("released", 38, "38 Indian fishermen apprehended by the Sri Lanka Navy in October were released on 17 November 2014",
              note="earlier event (17 November)"),
            C("remaining_held", 20, "20 Indian fishermen and 82 fishing boats remain in the custody"),
            C("other", 82, "82 fishing boats", note="boats, not people"),
        ],
        released_names=["Emerson", "P. Augustus", "R. Wilson", "K. Prasath", "J. Langlet"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mahinda Rajapaksa", "Narendra Modi"],
        distractors=["dates 30 October 2014, 28 November 2011, 9 November 2014",
                     "initial-style names kept as written (P. Augustus ...)", "'Shri' honorific"],
    ),
    dict(
        file="016_nepal_deuba_freed.txt", published="2006-02-13", outlet="AFP brief",
        event="Ex-PM Sher Bahadur Deuba and Prakash Man Singh freed after the Supreme Court scraps the RCCC, 2006-02-13",
        counts=[
            C("remaining_held", 250, "more than 250 political activists detained ahead of last week's municipal polls remain in custody",
              qualifier="more_than"),
        ],
        released_names=["Sher Bahadur Deuba", "Prakash Man Singh"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gyanendra"],
        distractors=["59 (age)", "two years; 90 million rupees (1.25 million dollars)",
                     "several hundred supporters (vague)"],
    ),
    dict(
        file="017_india_hazare_tihar.txt", published="2011-08-19",
        outlet="Indian broadcaster web page (video residue, Also Read, trending bar)",
        event="Anna Hazare walks out of Tihar Jail after three days, 2011-08-19",
        counts=[
            C("released", 2600, "more than 2,600 supporters detained across the capital on Tuesday had all been released by the evening",
              qualifier="more_than", note="earlier event (Tuesday's releases)"),
            C("released", 14, "14 Indian sailors freed by Iran reach Kochi", note="earlier event (Also Read headline)"),
        ],
        released_names=["Anna Hazare"],
        alias_groups={"Anna Hazare": ["Kisan Baburao Hazare"]},
        not_released_names=[],
        other_event_released_names=["Arvind Kejriwal", "Kiran Bedi", "Shanti Bhushan"],
        other_people=["Ritu Saxena", "Karan Malhotra", "Neeraj Kumar", "P. Chidambaram", "Manmohan Singh"],
        distractors=["74-year-old (age)", "15 days; seven days; three days; two nights", "12:30 pm; Gate No. 3",
                     "02:47 (video length)", "Sensex falls 490 points"],
    ),
    dict(
        file="018_peru_humala_heredia.txt", published="2018-04-30",
        outlet="Peruvian news site, machine-translated from Spanish (cookie banner, READ ALSO)",
        event="Ollanta Humala and Nadine Heredia leave preventive detention after a TC ruling, 2018-04-30",
        counts=[
            C("released", 12, "judge orders release of 12 detained after protest of rice farmers",
              note="earlier event (READ ALSO headline)"),
            C("other", 4, "four police officers died", note="deaths in 2005"),
        ],
        released_names=["Ollanta Humala", "Nadine Heredia"],
        alias_groups={},
        not_released_names=["Antauro Humala"],
        other_event_released_names=["Alberto Fujimori"],
        other_people=["Richard Concepción Carhuancho", "Germán Juárez Atoche", "Hugo Chávez", "Wilfredo Pedraza",
                      "Martín Vizcarra", "Pedro Pablo Kuczynski", "Keiko Fujimori"],
        distractors=["nine months; 18 months; 19 years; every 30 days", "22:48 / 22:20 (times)",
                     "four votes in favor and three against", "US$ 3.000.000; S/ 3,24",
                     "Antauro Humala (brother, same surname) is still in prison", "Comments (312)"],
    ),
    dict(
        file="019_haiti_neptune_released.txt", published="2006-07-27", outlet="Reuters brief",
        event="Former Haitian PM Yvon Neptune released after two years in jail, 2006-07-27",
        counts=[
            C("remaining_held", 40, "at least 40 other Aristide supporters remain in prison without trial",
              qualifier="at_least"),
        ],
        released_names=["Yvon Neptune"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Gérard Jean-Juste"],
        other_people=["Jean-Bertrand Aristide", "René Magloire", "René Préval", "Gérard Latortue", "Jean Dorval",
                      "Paul Ramsey"],
        distractors=["59 (age)", "more than two years (duration)", "Jean-Juste flown to Miami (single person, earlier)"],
    ),
    dict(
        file="020_venezuela_guevara_ngo.txt", published="2021-08-16",
        outlet="NGO press release (demands, contact block)",
        event="Venezuela releases opposition politician Freddy Guevara before the Mexico talks, 2021-08-15",
        counts=[
            C("remaining_held", 268, "as of 9 August 2021 there were 268 political prisoners in Venezuela",
              note="NGO figure as of 9 August 2021 (before this release)"),
            C("other", 13, "including 13 women", note="subset of the 268"),
            C("other", 128, "128 members of the armed forces", note="subset of the 268"),
            C("released", 110, "President Maduro pardoned 110 opposition politicians and activists",
              note="earlier event (31 August 2020 pardons)"),
        ],
        released_names=["Freddy Guevara"],
        alias_groups={},
        not_released_names=["Javier Tarazona", "Rafael Tarazona", "Omar de Dios García", "Roland Carreño",
                            "Emirlendris Benítez"],
        other_event_released_names=[],
        other_people=["Nicolás Maduro", "Jorge Rodríguez", "Gerardo Blyde", "Rafael Quintero Báez",
                      "Mariela Contreras"],
        distractors=["34 days; every 30 days (durations)", "35 (age)", "phone numbers and e-mail in the contact block",
                     "'the hundreds who are still there' (vague)", "demands list numbering 1-5"],
    ),
]


def main():
    problems = []
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    gold_files = [g["file"] for g in GOLD]
    if sorted(gold_files) != files or len(set(gold_files)) != len(gold_files):
        problems.append(f"file list mismatch: gold={sorted(gold_files)} articles={files}")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            problems.append(f"{g['file']}: article missing")
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["kind"] not in KINDS:
                problems.append(f"{g['file']}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                problems.append(f"{g['file']}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                problems.append(f"{g['file']}: value not an integer: {c['value']!r}")
            if c["quote"] not in text:
                problems.append(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    problems.append(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    problems.append(f"{g['file']}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                problems.append(f"{g['file']}: where set on {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    problems.append(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    problems.append(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g.get("alias_groups", {}).items():
            if k not in seen:
                problems.append(f"{g['file']}: alias-group key not a listed name: {k!r}")
            if k.casefold() not in low:
                problems.append(f"{g['file']}: alias-group key not in article: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    problems.append(f"{g['file']}: alias not found: {a!r}")
                if a in seen:
                    problems.append(f"{g['file']}: alias {a!r} is also a listed name")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    for p in problems:
        print(p, file=sys.stderr)
    print(f"wrote {len(GOLD)} records; checks {'OK' if not problems else 'FAILED'}")
    sys.exit(0 if not problems else 1)


if __name__ == "__main__":
    main()
