#!/usr/bin/env python3
"""Gold for devset_z (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, and that every name, alias and `where`
occurs in it (case-insensitive, for all-caps bylines). Also checks that no name is in
two lists, kinds/qualifiers are valid, `where` is set exactly on transferred_to."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALS = {"exact", "more_than", "at_least", "about"}


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    # ------------------------------------------------------------------ hostages
    dict(
        file="001_woyla_hijack_anniversary.txt", published="2021-03-28",
        outlet="Indonesian English daily, 40th-anniversary feature (photo credit, read-also list)",
        event="Garuda Flight 206 'Woyla' hijack ends in commando raid at Don Mueang, Bangkok, 1981-03-31",
        counts=[
            C("released", 49, "The operation freed 49 hostages"),
            C("released", 1, "the hijackers let one passenger go",
              note="earlier event (let off at Penang on the first day of the same hijack)"),
            C("other", 80, "the release of 80 prisoners held in Indonesia", note="hijackers' demand; not a release"),
            C("other", 48, "48 passengers and five crew", note="people aboard at the start, not a release count"),
            C("other", 5, "48 passengers and five crew", note="crew aboard at the start"),
            C("other", 5, "five armed men", note="hijackers"),
            C("other", 30, "some 30 commandos", qualifier="about", note="assault team"),
            C("other", 2, "two foreign passengers", note="escaped through an emergency exit; not released by captors"),
            C("released", 102, "Israeli commandos had freed 102 hostages", note="earlier event (Entebbe 1976)"),
            C("other", 12, "expected to lose a dozen hostages", note="hypothetical"),
            C("other", 12, "at least 12 have since died", qualifier="at_least", note="survivors since deceased"),
            C("other", 5293, "5,293 new COVID-19 cases", note="page noise"),
            C("other", 1099, "early retirement to 1,099 employees", note="page noise"),
        ],
        released_names=["Hendra Wijaya", "Retno Sulastri", "Hedhy Juwantoro"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Hulda Panjaitan"],
        other_people=["Ayu Kartika", "Soeharto", "Benny Moerdani", "Sintong Panjaitan", "Prem Tinsulanonda",
                      "Robert Wainwright", "Achmad Kirang", "Herman Rante", "Imran bin Muhammad Zein",
                      "Yohanes Rante"],
        distractors=["Mr. Kramer: escaped with Wainwright (surname only; escape is not a release)",
                     "Capt. Herman Rante was shot in the raid and died a week later; not among the 49",
                     "Hulda Panjaitan and Sintong Panjaitan share a surname (unrelated)",
                     "Yohanes Rante is the captain's son", "Imran bin Muhammad Zein was arrested (into custody) and executed",
                     "seat 14C, 2:43 a.m., US$1.5 million, ages 31/71/23/76, 1983, 19 years, 69th anniversary"],
    ),
    dict(
        file="002_kuwait_airways_algiers_1988.txt", published="1988-04-20",
        outlet="AP wire on a newspaper archive page (ads, related archive stories)",
        event="Kuwait Airways Flight 422 hijack ends in Algiers; last 31 hostages freed, 1988-04-20",
        counts=[
            C("released", 31, "The last 31 hostages aboard a hijacked Kuwait Airways jumbo jet were freed"),
            C("released", 57, "the hijackers freed 57 passengers", note="earlier event (Mashhad, same hijack)"),
            C("released", 21, "Twenty-one more hostages were released in Larnaca", note="earlier event (Larnaca, same hijack)"),
            C("remaining_held", 17, "the 17 remain in Kuwaiti prisons",
              note="prisoners whose release the hijackers demanded; still jailed in Kuwait"),
            C("other", 8, "believed to number eight", qualifier="about", note="hijackers"),
            C("other", 112, "with 112 people aboard", note="aboard at the start"),
            C("other", 2, "shot and killed two Kuwaiti security guards", note="killed hostages"),
            C("other", 16, "a 16-day ordeal", note="duration"),
            C("other", 2, "killed two American passengers", note="earlier hijacking (1984), killed"),
            C("other", 23, "23 reported killed", note="page noise"),
        ],
        released_names=["Fadel Khaled al-Sabah", "Anwar Khaled al-Sabah", "Ahmad Ali al-Sabah", "Jassim al-Mutawa",
                        "Bader al-Mutairi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nadia Bencheikh", "El Hadi Khediri", "Sabah al-Ahmed al-Sabah", "Abdullah Khalidi",
                      "Khalid Ayoub Bandar"],
        distractors=["Sheikh Sabah al-Ahmed al-Sabah (foreign minister) shares the al-Sabah surname with three releasees",
                     "an elderly passenger let off in Algiers on Saturday (earlier, unnamed)",
                     "hijackers allowed to leave the country (not released prisoners)",
                     "freed passengers to be flown home Thursday (planned, no number)",
                     "Dow closes at 2,013.93; 15 percent (page noise)"],
    ),
    dict(
        file="003_beirut_german_aid_workers_1992_de.txt", published="1992-06-17",
        outlet="German agency copy (dpa), machine-translated ('1.128', '1,5 million')",
        event="German aid workers Strübig and Kemptner freed in Beirut, handed to Syria, 1992-06-17",
        counts=[
            C("released", 2, "The two German aid workers Heinrich Strübig and Thomas Kemptner are free again"),
            C("transferred_to", 2, "the two men were handed over on Wednesday evening in West Beirut to officers of the Syrian military intelligence service and then brought by car to Damascus",
              where="Damascus"),
            C("transferred_to", 2, "the two are to be flown on Thursday with an aircraft of the Luftwaffe to the airport Cologne/Bonn",
              where="Cologne/Bonn", note="planned; flight home (inferred), optional"),
            C("other", 1128, "After 1.128 days in the hands of their kidnappers", note="duration"),
            C("other", 13, "His brother Abbas Hamadi received 13 years", note="sentence"),
            C("other", 2, "the kidnapping of two Germans in Beirut in 1987", note="earlier kidnapping"),
            C("other", 20, "after 20 months of captivity", note="duration, earlier event"),
            C("other", 1500000, "a reward of 1,5 million marks", note="money"),
            C("other", 78, "78 percent for ratification", note="page noise"),
        ],
        released_names=["Heinrich Strübig", "Thomas Kemptner"],
        alias_groups={"Heinrich Strübig": ["Heinrich Struebig"]},
        not_released_names=["Mohammed Ali Hamadi", "Abbas Hamadi"],
        other_event_released_names=["Alfred Schmidt", "Rudolf Cordes"],
        other_people=["Bernd Schmidbauer", "Klaus Kinkel", "Boutros Boutros-Ghali", "Giandomenico Picco",
                      "Gisela Kemptner", "Ron Arad"],
        distractors=["Ron Arad: captured 1986, fate unclear (missing, not listed as held)",
                     "Gisela Kemptner is the releasee's mother (same surname)",
                     "'the last Americans and Britons had come free' last year (vague earlier event, no names)",
                     "ages 51/30, 16 May 1989, life imprisonment"],
    ),
    dict(
        file="004_iraq_truck_drivers_2004.txt", published="2004-09-01",
        outlet="Indian broadcaster web page (cookie banner, video player, also-read, most-popular)",
        event="Seven KGL truck drivers (3 Indians, 3 Kenyans, 1 Egyptian) freed in Iraq, 2004-09-01",
        counts=[
            C("released", 7, "seven truck drivers - three Indians, three Kenyans and an Egyptian - kidnapped by Iraqi militants in July were released"),
            C("other", 3, "three Indians, three Kenyans and an Egyptian", note="subset (Indians; also Kenyans)"),
            C("transferred_to", 7, "The seven are expected to be flown to Kuwait on Thursday", where="Kuwait",
              note="planned"),
            C("other", 42, "After 42 days in captivity", note="duration"),
            C("other", 72, "one hostage every 72 hours", note="threat"),
            C("other", 500000, "$500,000 in compensation", note="money"),
            C("other", 12, "it had killed 12 Nepalese workers", note="killed hostages, other abduction"),
            C("other", 100, "More than 100 foreigners have been kidnapped in Iraq since April", qualifier="more_than",
              note="cumulative abductions"),
            C("other", 20, "at least 20 have been killed", qualifier="at_least", note="killed"),
            C("other", 120, "Sensex gains 120 points", note="page noise"),
            C("other", 3, "Rain lashes Mumbai, 3 dead", note="page noise"),
        ],
        released_names=["Antaryami", "Tilak Raj", "Sukhdev Singh", "Jacob Kamau Waweru", "Faiz Khamis Salim",
                        "Ibrahim Hussein", "Mohamed Ali Sanad"],
        alias_groups={},
        not_released_names=["Christian Chesnot", "Georges Malbrunot"],
        other_event_released_names=["Angelo dela Cruz"],
        other_people=["Sunil Menon", "K Natwar Singh", "Hisham al-Dulaimi", "Talmiz Ahmad", "Santosh Kumari",
                      "Shiv Charan"],
        distractors=["K Natwar Singh (minister) and Sukhdev Singh (releasee) share a surname",
                     "Santosh Kumari is Tilak Raj's wife; Shiv Charan is Antaryami's father",
                     "'several thousand Indians are still there' (not held)", "Comments (58), 15-man squad, 13 per cent"],
    ),
    dict(
        file="005_yemen_italian_tourists_brief.txt", published="2006-01-03",
        outlet="Reuters brief",
        event="Tribesmen free five Italian tourists in Marib, Yemen, 2006-01-03",
        counts=[
            C("released", 5, "Yemeni tribesmen freed five Italian tourists"),
            C("other", 3, "The three men and two women", note="subset"),
            C("other", 2, "The three men and two women", note="subset"),
            C("other", 7, "demanded the release of seven fellow tribesmen", note="demand; fate not stated"),
            C("other", 3, "together with his wife and three sons", note="earlier event (Chrobog family), family members"),
            C("other", 200, "More than 200 foreigners have been kidnapped in Yemen in the past 15 years",
              qualifier="more_than", note="cumulative abductions"),
        ],
        released_names=["Giovanni Bernardi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Juergen Chrobog"],
        other_people=["Rashad al-Alimi", "Gianfranco Fini", "Ahmed Haidar", "Kevin Marsh"],
        distractors=["three days; age 62; 15 years", "driven to the capital Sanaa (inside Yemen; no transfer count)"],
    ),
    dict(
        file="006_afghanistan_france3_journalists_2011_fr.txt", published="2011-06-29",
        outlet="French public broadcaster news site, machine-translated ('4 000', '1 000')",
        event="Taliban free France 3 journalists Ghesquière and Taponier and their interpreter, Afghanistan, 2011-06-29",
        counts=[
            C("released", 2, "The two journalists of France 3, Hervé Ghesquière and Stéphane Taponier, held hostage in Afghanistan since 30 December 2009, have been released"),
            C("released", 2, "The two other Afghans, the driver and a guide, identified only by their first names, Ghulam and Satar, had been released",
              note="earlier event (freed in 2010)"),
            C("transferred_to", 2, "The two men, aged 48 and 47, must land on Thursday in the morning at the military air base of Villacoublay",
              where="Villacoublay", note="planned; flight home (inferred), optional"),
            C("remaining_held", 8, "eight French nationals are still held hostage in the world", note="Quai d'Orsay figure after this release"),
            C("other", 4, "Four employees of Areva and its subcontractor Satom", note="subset of the eight still held"),
            C("other", 3, "Three humanitarian workers of the NGO Triangle Génération Humanitaire were kidnapped",
              note="subset of the eight still held"),
            C("other", 3, "kidnapped with three Afghan companions", note="companions abducted with them"),
            C("other", 20, "contained about twenty names", qualifier="about", note="demand (prisoner list)"),
            C("other", 547, "547 days of captivity", note="duration"),
            C("other", 157, "held hostage for 157 days in Iraq in 2005", note="duration, earlier event"),
            C("other", 10000000, "more than 10 million euros", qualifier="more_than", note="money"),
            C("other", 4000, "about 4 000 soldiers", qualifier="about", note="troop numbers"),
            C("other", 1000, "1 000 of them must return before the end of 2012", note="troop withdrawal"),
            C("other", 62, "62 French soldiers have been killed", note="casualties"),
            C("other", 155, "155 votes for", note="page noise"),
            C("other", 198, "the 198 riders", note="page noise"),
        ],
        released_names=["Hervé Ghesquière", "Stéphane Taponier", "Reza Din"],
        alias_groups={"Hervé Ghesquière": ["Herve Ghesquiere"], "Stéphane Taponier": ["Stephane Taponier"]},
        not_released_names=["Denis Allex"],
        other_event_released_names=["Florence Aubenas"],
        other_people=["Nicolas Sarkozy", "François Fillon", "Alain Juppé", "Jean-Louis Georgelin", "Rémy Pflimlin",
                      "Bertrand Delanoë", "Nathalie Taponier", "Hamid Karzai"],
        distractors=["Ghulam and Satar: first names only, freed earlier", "Nathalie Taponier is the cameraman's sister",
                     "ages 48 and 47", "236 reactions; 38 °C (page noise)"],
    ),
    dict(
        file="007_burkina_rescue_2019_liveblog.txt", published="2019-05-10",
        outlet="UK newspaper world live blog (reverse timestamps, unrelated entries)",
        event="French special forces free four hostages in Burkina Faso, two commandos killed, 2019-05-10",
        counts=[
            C("released", 4, "French special forces freed four hostages overnight"),
            C("other", 2, "the commandos found two more hostages in the camp", note="subset of the four (Korean and American women)"),
            C("other", 2, "Two French soldiers were killed in the operation", note="casualties"),
            C("other", 4, "Four of the kidnappers were killed", note="casualties"),
            C("other", 2, "two escaped into the bush", note="kidnappers escaped"),
            C("other", 28, "held for 28 days", note="duration"),
            C("remaining_held", 1, "France still has at least one citizen held in the region", qualifier="at_least",
              note="inferred; optional"),
            C("other", 450, "more than 450 polling staff have died", qualifier="more_than", note="page noise (unrelated entry)"),
            C("other", 25, "from 10% to 25%", note="page noise (unrelated entry)"),
        ],
        released_names=["Patrick Picque", "Laurent Lassimouillas"],
        alias_groups={},
        not_released_names=["Sophie Pétronin"],
        other_event_released_names=[],
        other_people=["Florence Parly", "Cédric de Pierrepont", "Alain Bertoncello", "François Lecointre",
                      "Fiacre Gbédji", "Emmanuel Macron", "Jean-Yves Le Drian", "Ludovic Marin"],
        distractors=["the South Korean and American women were freed but are not named",
                     "Fiacre Gbédji (guide) found dead; de Pierrepont and Bertoncello killed",
                     "three to be flown to Villacoublay (planned, no number stated)",
                     "ages 33/28/51/46/73; $200bn; 17 April vote"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_egypt_libya_pow_1977_upi.txt", published="1977-09-12",
        outlet="UPI archive brief",
        event="Egypt-Libya prisoner exchange after the July 1977 border war, Sallum",
        counts=[
            C("exchanged", 15, "Libya handing over 15 Egyptians"),
            C("other", 12, "12 of them soldiers", note="subset of the 15"),
            C("exchanged", 56, "Egypt returning 56 Libyans"),
            C("other", 4, "four air force pilots", note="subset of the 56"),
            C("exchanged", 20, "a second group of 20 Libyans would be sent home next week", note="planned"),
            C("other", 400, "killed about 400 soldiers", qualifier="about", note="casualties"),
        ],
        released_names=["Salem Mohammed Bashir", "Mahmoud Abdel-Ghani"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abdelaziz Bouteflika", "Anwar Sadat", "Moammar Khadafy"],
        distractors=["'four days of fighting', July 21/24, 'second day'"],
    ),
    dict(
        file="009_israel_syria_exchange_1984.txt", published="1984-06-28",
        outlet="AP wire",
        event="Israel-Syria exchange of prisoners and bodies at Kuneitra, 1984-06-28",
        counts=[
            C("exchanged", 291, "Israel released 291 Syrian soldiers and 20 civilians"),
            C("exchanged", 20, "Israel released 291 Syrian soldiers and 20 civilians"),
            C("exchanged", 6, "in exchange for six Israelis held by Syria"),
            C("other", 3, "Syria freed three Israeli soldiers and three civilians", note="subset of the six (soldiers; also civilians)"),
            C("other", 72, "Israel handed back the remains of 72 Syrian soldiers", note="bodies"),
            C("other", 5, "Syria returned the bodies of five Israeli servicemen", note="bodies"),
            C("remaining_held", 3, "Three other Israeli soldiers captured in Lebanon in 1982 are still held",
              note="held by PFLP-GC, not by Syria"),
            C("other", 3, "three more soldiers missing since the battle of Sultan Yakoub", note="missing, fate unknown"),
            C("exchanged", 392, "392 Syrian prisoners went home in return for 65 Israelis", note="earlier event (June 1974)"),
            C("exchanged", 65, "392 Syrian prisoners went home in return for 65 Israelis", note="earlier event (June 1974)"),
        ],
        released_names=["Avi Kornfeld", "Eli Abutbul", "Danny Gilboa", "Yosef Hazan"],
        alias_groups={},
        not_released_names=["Yosef Grof", "Nissim Salem", "Hezi Shai"],
        other_event_released_names=[],
        other_people=["Yitzhak Shamir", "Moshe Arens", "Rachel Kornfeld", "Andreas Lendi", "Ahmed Jibril",
                      "Zachary Baumel", "Zvi Feldman", "Yehuda Katz", "Hafez Assad"],
        distractors=["Baumel, Feldman, Katz are missing (Syria denies holding them): not listed as held",
                     "Rachel Kornfeld is a releasee's mother", "Yosef Hazan (freed) and Yosef Grof (held) share a first name",
                     "ages 22/21/20/53; 'in a decade'; flown to Ben-Gurion (flight home, no number)"],
    ),
    dict(
        file="010_iran_iraq_pows_1998_brief.txt", published="1998-04-06",
        outlet="Reuters brief",
        event="Iran frees 5,584 Iraqi POWs, Iraq frees 316 Iranians, April 1998",
        counts=[
            C("exchanged", 5584, "it had freed 5,584 Iraqi prisoners of war"),
            C("exchanged", 316, "Iraq released 316 Iranians"),
            C("released", 70000, "more than 70,000 prisoners went home", qualifier="more_than", note="earlier event (1990)"),
            C("remaining_held", 5000, "Iraq was still holding about 5,000 Iranian prisoners", qualifier="about",
              note="claim by Iran"),
            C("remaining_held", 15000, "Iran was holding some 15,000 Iraqis", qualifier="about", note="claim by Iraq"),
            C("other", 1000000, "killed about one million people", qualifier="about", note="casualties"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Reza Farhadi", "Mahmoud Mohammadi", "Mohammed Saeed al-Sahaf", "Mohammad Khatami"],
        distractors=["1980-88, eight-year war, three days"],
    ),
    dict(
        file="011_mali_camatte_freed_2010.txt", published="2010-02-24",
        outlet="Sahel regional news site (ad, related list, comments)",
        event="AQIM frees Pierre Camatte after a Malian court frees four militants, 2010-02-23",
        counts=[
            C("exchanged", 4, "a Malian court released four Islamist militants",
              note="other side of the swap (France and Mali deny bargaining)"),
            C("other", 2, "two Algerians, a Mauritanian and a man from Burkina Faso", note="subset of the four"),
            C("other", 9, "sentenced on Friday to nine months in prison", note="sentence"),
            C("remaining_held", 3, "AQIM is still holding three Spanish aid workers"),
            C("released", 2, "the group freed two Canadian diplomats", note="earlier event (April 2009)"),
            C("other", 3, "3 soldiers killed in ambush", note="page noise"),
            C("other", 20, "expected to rise 20%", note="page noise"),
        ],
        released_names=["Pierre Camatte", "Mohamed Ben Ali", "Tayeb Nail", "Biha Ould Ahmed Salem"],
        alias_groups={},
        not_released_names=["Albert Vilalta", "Roque Pascual", "Alicia Gámez", "Sergio Cicala", "Philomène Kaboré"],
        other_event_released_names=["Robert Fowler", "Louis Guay"],
        other_people=["Aminata Keïta", "Nicolas Sarkozy", "Amadou Toumani Touré", "Mourad Medelci", "Bernard Kouchner",
                      "Moustapha Limam Chafi", "Edwin Dyer"],
        distractors=["the Burkinabe among the four is not named", "Edwin Dyer was killed (2009)",
                     "flown to Bamako (inside Mali; no count)", "age 61; November 25; EUR 2.99; Tandja (page noise)"],
    ),
    dict(
        file="012_malkangiri_collector_2011.txt", published="2011-02-25",
        outlet="Odisha regional English daily (ads, markets bar, READ ALSO, comments)",
        event="Maoists free Malkangiri Collector R Vineel Krishna; state frees five tribal undertrials, 2011-02-24",
        counts=[
            C("exchanged", 5, "the State government released five tribal undertrials",
              note="other side of the deal"),
            C("remaining_held", 9, "Nine others on the list remain in jail"),
            C("other", 14, "14-point charter of demands", note="demands"),
            C("other", 9, "nine days after he was abducted", note="duration"),
            C("other", 40, "about 40 km from Chitrakonda", qualifier="about", note="distance"),
            C("other", 14, "14 held in Cuttack chit fund case", note="page noise (arrests)"),
            C("other", 37, "Comments (37)", note="page noise"),
        ],
        released_names=["R Vineel Krishna", "Sabitri Madhi"],
        alias_groups={},
        not_released_names=["Sriramulu Srinivas"],
        other_event_released_names=["Pabitra Mohan Majhi"],
        other_people=["Prasanta Mohapatra", "G Haragopal", "R S Rao", "U N Behera", "Ganti Prasadam", "Naveen Patnaik",
                      "Bhupinder Singh"],
        distractors=["Ganti Prasadam was granted bail (not a release)",
                     "Pabitra Mohan Majhi was freed the day before (earlier release in the same abduction)",
                     "Sasirekha (wife, first name only)", "age 30; 5.30 pm; Sensex 17,700.95 (-545.92); Rs 3 crore; 2 lakh"],
    ),
    dict(
        file="013_saudi_houthi_exchange_2016.txt", published="2016-03-14",
        outlet="Gulf broadcaster English site (cookie banner, photo caption, related and most-read lists)",
        event="Saudi-led coalition and Houthis exchange 109 Yemenis for nine Saudis, March 2016",
        counts=[
            C("exchanged", 109, "109 Yemeni detainees handed over in return for nine Saudi nationals"),
            C("exchanged", 9, "109 Yemeni detainees handed over in return for nine Saudi nationals"),
            C("exchanged", 7, "in exchange for seven Yemenis", note="earlier event (March 9 swap)"),
            C("other", 6000, "killed more than 6,000 people", qualifier="more_than", note="casualties"),
            C("other", 78, "78 million passengers", note="page noise"),
            C("other", 80, "up to 80%", note="page noise"),
        ],
        released_names=["Hassan al-Yami"],
        alias_groups={},
        not_released_names=["Mohammed Qahtan"],
        other_event_released_names=["Jaber al-Kaabi"],
        other_people=["Ahmed Asiri", "Mohammed Abdulsalam", "Ismail Ould Cheikh Ahmed", "Abd-Rabbu Mansour Hadi"],
        distractors=["'thousands of people are being held by both sides' (vague)", "$39 a barrel; 17 hours; 15 years; Vision 2030"],
    ),
    dict(
        file="014_iran_italy_sala_analysis_2025.txt", published="2025-01-16",
        outlet="think-tank commentary (analysis piece)",
        event="Iran frees Italian journalist Cecilia Sala; Italy frees Mohammad Abedini Najafabadi, January 2025",
        counts=[
            C("remaining_held", 20, "at least 20 European or dual nationals are being held in Iran today",
              qualifier="at_least", note="estimate by European diplomats"),
            C("other", 3, "killing three US soldiers", note="casualties"),
            C("other", 21, "Sala was held for 21 days", note="duration"),
            C("other", 45, "after 45 days", note="duration, earlier event"),
            C("other", 3418, "3,418 subscribers", note="page noise"),
        ],
        released_names=["Cecilia Sala", "Mohammad Abedini Najafabadi"],
        alias_groups={},
        not_released_names=["Mahdi Sadeghi", "Cécile Kohler", "Jacques Paris", "Olivier Grondeau", "Ahmadreza Djalali"],
        other_event_released_names=["Alessia Piperno"],
        other_people=["Giulia Ferrante", "Daniele Raineri", "Giorgia Meloni", "Antonio Tajani", "Carlo Nordio",
                      "Donald Trump", "Alfredo Mantovano", "Elisabetta Vernoni", "Jamshid Sharmahd", "Mahsa Amini"],
        distractors=["both governments deny a swap: both releasees still counted as released",
                     "Jamshid Sharmahd was executed; Mahsa Amini died in custody", "Biden (surname only)",
                     "ages 29/38; 8/12/16/19 January dates; episode 112; 2013-2024"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / political prisoners
    dict(
        file="015_iran_shah_birthday_amnesty_1978_brief.txt", published="1978-10-26",
        outlet="AP brief",
        event="Shah's birthday amnesty frees 1,126 political prisoners, Iran, 1978-10-26",
        counts=[
            C("released", 1126, "The government released 1,126 political prisoners"),
            C("other", 43, "the released prisoners included 43 women", note="subset"),
            C("remaining_held", 2000, "at least 2,000 political prisoners remained behind bars", qualifier="at_least",
              note="claim by opposition"),
            C("released", 711, "the shah pardoned 711 prisoners", note="earlier event (August 1978)"),
        ],
        released_names=["Hossein Ali Montazeri"],
        alias_groups={},
        not_released_names=["Mahmoud Taleghani"],
        other_event_released_names=[],
        other_people=["Mohammad Reza Pahlavi", "Jaafar Sharif-Emami", "Ruhollah Khomeini"],
        distractors=["59th birthday; 1975; 1906 constitution", "'several hundred prisoners in stages' (vague, cumulative)",
                     "Khomeini is in exile, not held"],
    ),
    dict(
        file="016_thailand_bangkok18_amnesty_1978.txt", published="1978-09-17",
        outlet="Bangkok English daily, digital archive page (weather/exchange-rate bar, index)",
        event="Amnesty frees the 'Bangkok 18' defendants of the 6 October 1976 case, 1978-09-16",
        counts=[
            C("released", 18, "The 18 students and activists on trial for their part in the events of October 6, 1976 walked out of Bang Khwang Central Prison"),
            C("other", 4, "Four of the 18 are women", note="subset"),
            C("other", 19, "originally 19 defendants", note="defendants incl. one on bail"),
            C("other", 180, "by 180 votes to 6", note="vote"),
            C("other", 3000, "some 3,000 students and young activists joined the insurgents", qualifier="about",
              note="not in custody"),
            C("remaining_held", 200, "about 200 such detainees remain in custody", qualifier="about",
              note="not covered by the amnesty"),
            C("other", 2315, "Gold 2,315 baht", note="page noise"),
            C("other", 24, "24 teams enter", note="page noise"),
        ],
        released_names=["Sutham Saengprathum", "Suthachai Yimprasert", "Prayoon Kaewsri"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kriangsak Chomanan", "Lamai Saengprathum", "Wichai Thongprasert", "Thongbai Thongpao",
                      "Thanin Kraivichien"],
        distractors=["Wichai Thongprasert was freed on bail in March (bail is not a release; amnesty clears him)",
                     "Lamai Saengprathum is Sutham's mother", "age 28; 12 abstentions; 33 C; 20.40 baht; 1.6 million tonnes"],
    ),
    dict(
        file="017_malawi_chihana_release_1993_ngo.txt", published="1993-06-15",
        outlet="Amnesty International news release",
        event="Malawi pardons Chakufwa Chihana and 13 others from Zomba prison, 1993-06-12",
        counts=[
            C("released", 14, "He was one of 14 prisoners released from Zomba on 12 June"),
            C("other", 11, "The names of the other 11 prisoners", note="unnamed subset of the 14"),
            C("remaining_held", 35, "at least 35 political prisoners remain in detention", qualifier="at_least"),
            C("released", 100, "At least 100 political prisoners have been released since the beginning of 1993",
              qualifier="at_least", note="cumulative"),
            C("other", 11, "more than 11 years in prison", qualifier="more_than", note="duration, earlier event"),
        ],
        released_names=["Chakufwa Chihana", "Wadson Nkhata", "Peter Kalua"],
        alias_groups={},
        not_released_names=["Timothy Mwanza", "Gift Nyirenda"],
        other_event_released_names=["Vera Chirwa"],
        other_people=["Orton Chirwa", "Hastings Kamuzu Banda", "John Tembo"],
        distractors=["Orton Chirwa died in prison (Vera Chirwa's husband)", "age 54; two years / nine months (sentences)",
                     "AI INDEX: AFR 36/14/93; 14 June referendum; phone number"],
    ),
    dict(
        file="018_israel_frees_255_palestinians_2007.txt", published="2007-07-20",
        outlet="UK broadcaster web page (cookie banner, video, photo credit, see-also, comment count)",
        event="Israel frees 255 Palestinian prisoners as a gesture to Abbas, 2007-07-20",
        counts=[
            C("released", 255, "Israel has released 255 Palestinian prisoners"),
            C("other", 250, "250 of them - belong to Mr Abbas's Fatah movement", note="subset"),
            C("other", 256, "approved a list of 256 names", note="approved list"),
            C("remaining_held", 1, "One prisoner declined to sign a pledge renouncing violence, which Israel required of all those freed, and remained in jail",
              note="inferred; optional"),
            C("other", 178, "an amnesty to 178 Fatah gunmen", note="amnesty for wanted men not in custody"),
            C("remaining_held", 11000, "About 11,000 Palestinians remain in Israeli jails", qualifier="about",
              note="Palestinian figures"),
            C("other", 1000, "demanded the release of about 1,000 prisoners", qualifier="about", note="demand"),
            C("released", 900, "about 900 were released in two stages", qualifier="about", note="earlier event (2005)"),
            C("other", 6000, "6,000 stranded at Rafah", note="page noise"),
            C("other", 412, "Have your say (412)", note="page noise"),
        ],
        released_names=["Abdel Rahim Mallouh", "Nael Abu Hamdan"],
        alias_groups={},
        not_released_names=["Ziad Abu Hamdan", "Marwan Barghouti", "Gilad Shalit"],
        other_event_released_names=[],
        other_people=["Tom Haddad", "Mahmoud Abbas", "Fatima Abu Hamdan", "Meir Indor", "Ehud Olmert", "Salam Fayyad",
                      "Miri Eisen", "Sami Abu Zuhri", "Ariel Sharon", "Tony Blair", "Karim Jubran"],
        distractors=["Ziad Abu Hamdan (brother, still serving life) and Fatima Abu Hamdan (mother) share the releasee's surname",
                     "five years of a nine-year sentence; five life sentences; age 24",
                     "'more than a decade in jail' (duration)"],
    ),
    dict(
        file="019_libya_lifg_release_2010_statement.txt", published="2010-03-23",
        outlet="foundation (quasi-government) statement published in full with newsdesk notes",
        event="Libya frees 214 Islamist prisoners from Abu Salim incl. LIFG leaders, 2010-03-23",
        counts=[
            C("released", 214, "214 prisoners were released today from Abu Salim prison"),
            C("other", 34, "34 members of the Libyan Islamic Fighting Group", note="subset"),
            C("other", 80, "Also released were 80 members of other jihadist groups", note="subset"),
            C("other", 100, "100 persons held for attempting to travel to fight in Iraq", note="subset"),
            C("released", 705, "the number of prisoners from these groups released since the beginning of the dialogue has reached 705",
              note="cumulative"),
            C("remaining_held", 232, "The remaining 232 prisoners of these groups will be released",
              note="still held; release planned"),
            C("remaining_held", 500, "about 500 prisoners were still being held in Abu Salim", qualifier="about",
              note="claim by HRW"),
            C("released", 90, "90 members of the LIFG were freed", note="earlier event (April 2008)"),
            C("other", 1200, "some 1,200 prisoners died", qualifier="about", note="casualties (1996)"),
            C("other", 417, "417-page", note="page count"),
        ],
        released_names=["Abdelhakim Belhadj", "Sami al-Saadi", "Khaled al-Sharif"],
        alias_groups={"Abdelhakim Belhadj": ["Abdul Hakim Belhaj", "Abu Abdullah al-Sadiq"],
                      "Sami al-Saadi": ["Abu al-Mundhir"], "Khaled al-Sharif": ["Abu Hazem"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Muammar Gaddafi", "Saif al-Islam Gaddafi", "Yousef Sawani", "Ali al-Sallabi", "Noman Benotman"],
        distractors=["al-Saadi's wife and four children (2004 rendition, not this release)", "46 pages; 2009 report"],
    ),
    dict(
        file="020_mali_pardons_ivorian_soldiers_2023_fr.txt", published="2023-01-07",
        outlet="Ivorian daily, machine-translated from French ('13 000')",
        event="Mali's transition leader pardons 46 Ivorian soldiers, 2023-01-06",
        counts=[
            C("released", 46, 'pardon "with full remission of sentences" to the 46 Ivorian soldiers'),
            C("transferred_to", 46, "The 46 soldiers, arrested on 10 July 2022 on their arrival at the Bamako-Sénou international airport, are expected to be flown to Abidjan",
              where="Abidjan", note="planned; flight home (inferred), optional"),
            C("other", 49, "Of the initial contingent of 49", note="total detained"),
            C("released", 3, "three female soldiers had been released on 3 September", note="earlier event (September 2022)"),
            C("other", 20, "20 years of criminal imprisonment", note="sentence"),
            C("other", 2000000, "more than 2 million Malians live in Côte d'Ivoire", qualifier="more_than", note="population"),
            C("other", 13000, "about 13 000 soldiers and police officers", qualifier="about", note="mission strength"),
            C("other", 815, "815 FCFA per litre", note="page noise"),
            C("other", 27, "the 27 players", note="page noise"),
        ],
        released_names=["Moussa Bamba"],
        alias_groups={"Assimi Goïta": ["Assimi Goita"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kouamé Aya Prisca", "Assimi Goïta", "Abdoulaye Maïga", "Alassane Ouattara", "Faure Gnassingbé",
                      "Robert Dussey", "Fidèle Sarassoro", "Awa Bamba", "Tiéman Hubert Coulibaly"],
        distractors=["Assimi Goïta also spelled 'Assimi Goita' in the same article",
                     "Awa Bamba is the releasee's wife (same surname)",
                     "Tiéman Hubert Coulibaly: extradition demanded (not held)", "Jean-Louis Gasset (page noise)",
                     "death penalty in absentia; six months; lottery numbers; Comments (89)"],
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
            if not isinstance(c["value"], int):
                print(f"{g['file']}: non-integer value {c['value']!r}", file=sys.stderr)
                ok = False
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                print(f"{g['file']}: 'where' must be set exactly on transferred_to: {c['quote']!r}", file=sys.stderr)
                ok = False
            if c["where"] is not None and c["where"].casefold() not in low:
                print(f"{g['file']}: where not found: {c['where']!r}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for canon, aliases in g["alias_groups"].items():
            for n in [canon] + aliases:
                if n.casefold() not in low:
                    print(f"{g['file']}: alias not found: {n!r}", file=sys.stderr)
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
