#!/usr/bin/env python3
"""Gold for devset_hhh (blind, held-out-style). Writes gold.jsonl next to this file and checks it.

Checks:
- the GOLD file list matches articles/*.txt exactly;
- every quote is an exact substring of its article;
- kinds and qualifiers are valid, values are integers, and `where` is set exactly on
  `transferred_to` counts (and nowhere else);
- every name, alias and `where` occurs in the article (case-insensitive, for all-caps bylines);
- no name appears in two of the four name lists;
- every alias-group key is a listed name.
Prints "checks OK" and exits 0 when everything passes.
"""
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
    # ------------------------------------------------------------------ hostages / captives
    dict(
        file="001_islamabad_chinese_hostages.txt", published="2007-06-23", outlet="Reuters wire (photo credit)",
        event="Islamabad: Red Mosque (Lal Masjid) students free seven Chinese seized from a massage clinic, 2007-06-23",
        counts=[
            C("released", 7, "The seven were handed over to Chinese embassy officials"),
            C("other", 6, "freed six Chinese women and a Chinese man", note="subset of the seven (women)"),
            C("released", 9, "bundling nine people into vehicles",
              note="inferred: all nine seized were freed (seven Chinese and a Pakistani receptionist in the evening, "
                   "a Pakistani guard in the morning); optional"),
            C("released", 4, "students seized four policemen and held them for two days",
              note="earlier event (May 2007; swapped for detained seminary students)"),
            C("other", 3, "Three Chinese engineers were killed", note="killed in Gwadar in 2004"),
            C("other", 2, "one of two Chinese engineers kidnapped in South Waziristan",
              note="2004 kidnapping; one was killed"),
            C("other", 200, "about 200 policemen had been deployed", qualifier="about", note="police deployed"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Shamim Akhtar"],
        other_people=["Raza Jafri", "Pervez Musharraf", "Abdul Rashid Ghazi", "Maulana Abdul Aziz", "Luo Zhaohui",
                      "Aftab Ahmad Sherpao", "Tariq Azim Khan", "Zahid Mehmood", "Simon Carrow", "Adnan Qureshi"],
        distractors=["the Chinese releasees are not named", "a standoff of about 17 hours; 6 p.m. (1300 GMT); 1 a.m.",
                     "Shamim Akhtar was released in March after two days (earlier event)",
                     "hundreds of women and children inside the compound (vague)", "barely a kilometre"],
    ),
    dict(
        file="002_kabul_british_couple_freed.txt", published="2025-09-21",
        outlet="UK Sunday newspaper long read (photo credits)",
        event="Taliban free British couple Peter and Barbie Reynolds after almost eight months; flown to Doha, 2025-09-19",
        counts=[
            C("transferred_to", 2, "The two were flown to Doha on a Qatari aircraft", where="Doha"),
            C("released", 2, "The two were flown to Doha on a Qatari aircraft",
              note="inferred: 'the two' are the freed couple; optional"),
            C("remaining_held", 1, "at least one other American, Mahmood Habibi", qualifier="at_least"),
            C("released", 2, "the Taliban freed two Americans, Ryan Corbett and William McKenty",
              note="earlier event (January 2025 swap)"),
            C("other", 1200, "more than 1,200 teachers", qualifier="more_than", note="teachers trained by the charity"),
            C("other", 4, "raised four children", note="the couple's children"),
        ],
        released_names=["Peter Reynolds", "Barbie Reynolds"],
        alias_groups={"Barbie Reynolds": ["Barbara Reynolds"]},
        not_released_names=["Mahmood Habibi"],
        other_event_released_names=["Faye Hall", "Ryan Corbett", "William McKenty", "Khan Mohammed", "George Glezmann"],
        other_people=["Catherine Ashworth", "Sayed Hamid", "Sarah Entwistle", "Jonathan Reynolds", "Richard Lindsay",
                      "Hamish Falconer", "Mohammed Al-Khulaifi", "Abdul Qayum"],
        distractors=["Jonathan Reynolds is the couple's son (same surname)", "ages 80, 76, 42",
                     "almost eight months; 232 days; 18 years; married in 1970; 1 February",
                     "an Afghan colleague released after several weeks (earlier, unnamed)",
                     "Faye Hall was freed in late March (earlier event)",
                     "Khan Mohammed was freed by the US in the January swap (earlier event)",
                     "a Qatari official: 'no exchange of any kind'"],
    ),
    dict(
        file="003_apure_soldiers_freed.txt", published="2021-06-01",
        outlet="Venezuelan border news site, machine-translated from Spanish",
        event="FARC dissidents (10th Front) free eight Venezuelan soldiers to an ICRC commission in Apure, 2021-05-31",
        counts=[
            C("released", 8, "The eight members of the Bolivarian National Armed Force (FANB) who were held since last 23 April"),
            C("other", 6, "a first lieutenant, a sergeant and six troop soldiers", note="subset of the eight"),
            C("other", 4, "The identities of the other four soldiers were not disclosed", note="unnamed releasees (subset)"),
            C("other", 16, "according to official figures 16 Venezuelan military have died", note="soldiers killed"),
            C("other", 5800, "more than 5.800 persons crossed the Arauca river", qualifier="more_than",
              note="displaced civilians"),
            C("other", 2, "at least two soldiers remain disappeared", qualifier="at_least",
              note="missing after combat; not stated to be held"),
            C("other", 2500000, "2,5 million Venezuelan migrants", note="page noise (related headline)"),
            C("other", 1200, "1.200 families receive food bags", note="page noise (related headline)"),
        ],
        released_names=["Yorman José Pernía Rojas", "Luis Alberto Mora Contreras", "Kleiber Antonio Gutiérrez",
                        "Jesús Manuel Colmenares Peña"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Yelitza Rojas", "Nicolás Maduro", "Vladimir Padrino López", "Javier Tarazona", "Diego Molano"],
        distractors=["Yelitza Rojas is the lieutenant's mother (shares his second surname)",
                     "39 days; 23 April; 9 May; 21 March; 6:42 am", "ages 26, 31, 20, 19",
                     "the two missing soldiers are not described as captives",
                     "'no one paid for their liberty' (claim by the dissidents)"],
    ),
    dict(
        file="004_haiti_clergy_freed.txt", published="2021-04-30", outlet="AFP brief, machine-translated from French",
        event="Haiti: last seven of ten Catholic clergy and lay people kidnapped in Croix-des-Bouquets freed, 2021-04-30",
        counts=[
            C("released", 7, "The seven last hostages, of whom two French"),
            C("other", 2, "of whom two French", note="subset of the seven"),
            C("other", 4, "four Haitian priests", note="subset of the seven"),
            C("other", 10, "a group of ten Catholic religious and laypersons kidnapped", note="total kidnapped on 11 April"),
            C("released", 3, "Three relatives of a Haitian priest, kidnapped at the same time, had been freed the preceding week",
              note="earlier event (the week before)"),
        ],
        released_names=["Michel Briand", "Agnès Bordeau"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gilbert Peltrop"],
        distractors=["1 million dollars demanded (money)", "'400 Mawozo' is a gang name, not a count",
                     "11 April (date)", "the Haitian releasees are not named"],
    ),
    dict(
        file="005_stolt_valor_crew_freed.txt", published="2008-11-17",
        outlet="Indian newspaper city edition (photo credit, most-read list, comments)",
        event="Somali pirates free the tanker Stolt Valor and its 22 crew (18 Indians), 2008-11-16",
        counts=[
            C("released", 22, "the 22 crew members of the chemical tanker Stolt Valor, 18 of them Indians, were released on Sunday night"),
            C("other", 18, "18 of them Indians", note="subset (Indian crew)"),
            C("transferred_to", 18, "the 18 Indian crew members will be flown to Mumbai", where="Mumbai",
              note="planned (flight home after reaching Salalah)"),
            C("remaining_held", 250, "more than 250 crew members", qualifier="more_than",
              note="crews of other ships still held by Somali pirates (IMB)"),
            C("remaining_held", 25, "with 25 crew on board",
              note="the Sirius Star's crew, seized the day before; part of those still held"),
            C("other", 14, "Pirates still hold at least 14 ships", qualifier="at_least", note="ships"),
            C("other", 120, "at least 120 Indian seafarers had been held by pirates off Somalia this year",
              qualifier="at_least", note="cumulative number held this year (includes this crew)"),
            C("other", 35, "escorted more than 35 merchant ships", qualifier="more_than", note="ships"),
            C("other", 3, "Court frees three accused", note="page noise (most-read list)"),
        ],
        released_names=["Prabhat Goyal"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rahul Deshpande", "Seema Goyal", "T R Baalu", "Abdulgani Serang", "Vijay Kate",
                      "Raj Thackeray", "Rahm Emanuel"],
        distractors=["Seema Goyal is the captain's wife; daughter Ishita, 14 (first name only)",
                     "62 days; $1.1 million ransom; 1.30 am; 450 nautical miles",
                     "'Raj Thackeray released on bail' (most-read list; bail)", "Sensex 400 points; Nov 24",
                     "two Filipinos, a Russian and a Bangladeshi (components of the 22)"],
    ),
    dict(
        file="006_volgograd_penal_colony_siege.txt", published="2024-08-23",
        outlet="international broadcaster web page (cookie banner, video player, related content)",
        event="Surovikino (Volgograd region) penal colony hostage-taking ended by snipers; eight hostages freed, 2024-08-23",
        counts=[
            C("released", 8, "The remaining eight hostages, four staff members and four inmates, were freed unharmed"),
            C("other", 4, "four staff members and four inmates", note="subsets of the eight (4 staff, 4 inmates)"),
            C("other", 4, "shot dead four inmates who had taken prison employees and fellow prisoners hostage",
              note="hostage-takers killed"),
            C("other", 4, "Four employees were killed and four others were wounded", note="staff killed / wounded"),
            C("released", 2, "seized two guards at a pre-trial detention center in Rostov-on-Don",
              note="earlier event (June 2024, Rostov-on-Don; both guards freed)"),
            C("other", 6, "six detainees linked to the Islamic State group", note="earlier event's hostage-takers"),
            C("other", 140, "more than 140 people were killed", qualifier="more_than", note="Crocus City Hall attack"),
            C("other", 430000, "holds more than 430,000 people", qualifier="more_than",
              note="total prison population, not people held in this event"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Anna Lebedeva", "Andrei Bocharov", "Dmitry Peskov", "Vladimir Putin"],
        distractors=["9 a.m. (0600 GMT); 150 kilometers (90 miles); video 01:12; Penal Colony No. 19",
                     "'Russia releases jailed US reporter in prisoner swap' (related-content headline, other event)",
                     "Four men from Tajikistan charged over the Crocus attack (not releasees)"],
    ),
    dict(
        file="007_bolivia_chapare_soldiers_freed.txt", published="2024-11-04", outlet="AP wire (all-caps byline)",
        event="Bolivia: Evo Morales supporters free more than 200 soldiers held at three military units in the Chapare, 2024-11-03",
        counts=[
            C("released", 200, "have freed more than 200 soldiers", qualifier="more_than"),
            C("other", 16, "including at least 16 officers", qualifier="at_least", note="subset"),
            C("other", 20, "about 20 soldiers, some with their hands tied", qualifier="about",
              note="soldiers shown in a video while held"),
            C("other", 66, "police had arrested 66 people", note="arrests"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["MARIELA QUISPE", "Evo Morales", "Luis Arce", "Rodrigo Terrazas", "Edmundo Novillo",
                      "Eduardo del Castillo", "Daniel Politi"],
        distractors=["three days; three units; more than three weeks", "15-year-old girl; 2016; Morales, 65",
                     "$1.7 billion losses", "2006 to 2019; 2025 elections"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_colombia_farc_sick_prisoners_exchange.txt", published="2001-06-02", outlet="AFP wire",
        event="Colombia: FARC hand over 42 sick soldiers and police, government frees 14 jailed rebels, Los Pozos, 2001-06-02",
        counts=[
            C("exchanged", 42, "handed over 42 sick and wounded soldiers and police to the Red Cross"),
            C("exchanged", 14, "the government freed 14 jailed rebels in return"),
            C("released", 300, "free unilaterally more than 300 other captive soldiers and police", qualifier="more_than",
              note="planned ('within the coming weeks')"),
            C("remaining_held", 500, "the FARC still hold about 500 members of the security forces", qualifier="about"),
            C("released", 70, "the group freed 70 soldiers and marines captured in Caquetá", note="earlier event (1997)"),
            C("other", 16000, "an estimated 16,000 fighters", qualifier="about"),
            C("other", 3500, "kills some 3,500 people a year", qualifier="about"),
        ],
        released_names=["Jhon Jairo Rincón"],
        alias_groups={},
        not_released_names=["Didier Rincón"],
        other_event_released_names=[],
        other_people=["Camilo Gómez", "Raúl Reyes", "Luz Marina Rincón", "Andrés Pastrana", "Manuel Marulanda"],
        distractors=["Luz Marina Rincón (mother) and Didier Rincón (brother, still held) share the releasee's surname",
                     "37-year conflict; 1964; 1996; 1998; 42,000 square kilometres (16,200 square miles)",
                     "the 14 freed rebels are not named; 'Tirofijo' is Marulanda's alias",
                     "'hundreds of families' (vague)"],
    ),
    dict(
        file="009_guatemala_novella_swap_analysis.txt", published="1996-11-08", outlet="regional weekly, analysis piece",
        event="Guatemala: kidnapped Olga de Novella freed in a secret trade for ORPA commander 'Isaías', October 1996",
        counts=[
            C("exchanged", 1, "a straight trade of one hostage for one prisoner", note="the hostage side (Olga de Novella)"),
            C("exchanged", 1, "a straight trade of one hostage for one prisoner",
              note="the prisoner side ('Comandante Isaías')"),
            C("other", 4, "one of the four groups", note="URNG member groups"),
            C("other", 3000, "some 3,000 URNG combatants", qualifier="about", note="planned reintegration"),
            C("other", 150000, "an estimated 150,000 dead", qualifier="about"),
        ],
        released_names=["Olga de Novella", "Rafael Augusto Valdizón Núñez"],
        alias_groups={"Rafael Augusto Valdizón Núñez": ["Comandante Isaías"], "Rodrigo Asturias": ["Gaspar Ilom"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Héctor Sandoval", "Álvaro Arzú", "Gustavo Porras", "Juan José Cabrera Rivas", "Rodrigo Asturias",
                      "Jean Arnault", "Miguel Ángel Asturias", "Rolando Morán", "Pablo Monsanto", "Eduardo Novella"],
        distractors=["Juan José Cabrera Rivas ('Mincho') was reportedly detained and has disappeared: neither released "
                     "nor stated to be held (the army denies holding him)",
                     "86-year-old; nine days; October 28; November 6; 1994; 1960",
                     "Eduardo Novella is the grandson (same surname)",
                     "Miguel Ángel Asturias is Gaspar Ilom's father (novelist)"],
    ),
    dict(
        file="010_kabul_nsc_prisoner_release_statement.txt", published="2020-05-26",
        outlet="government statement (Afghan National Security Council)",
        event="Afghan government releases 900 Taliban prisoners after the Eid ceasefire (Doha-deal releases), 2020-05-26",
        counts=[
            C("exchanged", 900, "today released 900 Taliban prisoners"),
            C("released", 1905, "a total of 1,905 Taliban prisoners since 8 April 2020", note="cumulative since 8 April"),
            C("released", 2000, "up to 2,000 prisoners be released in this phase", note="planned ceiling ('up to')"),
            C("exchanged", 240, "the Taliban have so far released 240 members of the ANDSF",
              note="cumulative (Taliban side to date, per the government)"),
            C("released", 5000, "the release of up to 5,000 Taliban prisoners", note="planned (Doha agreement ceiling)"),
            C("released", 1000, "up to 1,000 government prisoners", note="planned (Doha agreement ceiling)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohammad Ashraf Ghani", "Abdullah Abdullah", "Hamdullah Mohib", "Javid Faisal"],
        distractors=["three days of Eid; four decades; 4 Jawza 1399; 29 February 2020",
                     "'a comparable number of prisoners in the coming days' (vague, planned)"],
    ),
    dict(
        file="011_peshawar_vice_chancellor_freed.txt", published="2014-08-29", outlet="UPI wire",
        event="Pakistani Taliban free Islamia College vice chancellor Ajmal Khan after four years; reported prisoner swap, 2014-08-28",
        counts=[
            C("exchanged", 11, "the authorities freed 11 Taliban prisoners",
              note="claim by a TTP commander; denied by the provincial government"),
            C("other", 2, "including two relatives of the group's late leader Hakimullah Mehsud",
              note="subset of the claimed 11"),
            C("other", 900, "more than 900 militants have been killed", qualifier="more_than"),
        ],
        released_names=["Ajmal Khan"],
        alias_groups={},
        not_released_names=["Shahbaz Taseer", "Ali Haider Gilani", "Warren Weinstein"],
        other_event_released_names=[],
        other_people=["Hakimullah Mehsud", "Mushtaq Ghani", "Asfandyar Wali Khan", "Farhad Khan", "Pervez Khattak",
                      "Imran Khan", "Salmaan Taseer", "Yousuf Raza Gilani", "Tariq Saeed"],
        distractors=["many people named Khan: only Ajmal Khan is released (cousin Asfandyar Wali Khan, nephew Farhad Khan, "
                     "Imran Khan)", "Salmaan Taseer and Yousuf Raza Gilani are fathers of still-held hostages",
                     "nearly four years; September 2010; November; June", "'Several other high-profile hostages' (vague)"],
    ),
    dict(
        file="012_gaza_truce_day_six_liveblog.txt", published="2023-11-30",
        outlet="broadcaster live blog (reverse chronological, unrelated entries)",
        event="Gaza truce day six: 10 Israelis, 4 Thais and 2 Russian-Israelis freed; Israel releases 30 Palestinian prisoners, 2023-11-29",
        counts=[
            C("released", 16, "16 hostages freed on sixth day of truce"),
            C("exchanged", 10, "Ten Israelis and four Thai nationals freed by Hamas on Wednesday evening"),
            C("exchanged", 30, "30 Palestinian prisoners released"),
            C("released", 4, "Ten Israelis and four Thai nationals freed by Hamas",
              note="inferred: component of the 16 (Thais freed under a separate arrangement); optional"),
            C("released", 2, "Hamas released two Russian-Israeli women",
              note="inferred: component of the 16, released separately the same day; optional"),
            C("other", 16, "16 of them minors", note="subset of the 30 prisoners"),
            C("other", 14, "14 of them women", note="subset of the 30 prisoners"),
            C("released", 70, "70 Israeli hostages have been freed under the truce deal", note="cumulative since Friday"),
            C("released", 20, "more than 20 foreign nationals released under separate arrangements", qualifier="more_than",
              note="cumulative since Friday"),
            C("exchanged", 210, "Israel has released 210 Palestinian prisoners in the same period",
              note="cumulative since Friday"),
            C("remaining_held", 160, "about 160 hostages remain in Gaza", qualifier="about"),
            C("released", 10, "Hamas freed 10 Israeli women and children and two Thai nationals",
              note="earlier event (day five, Tuesday)"),
            C("exchanged", 30, "and Israel released 30 Palestinian prisoners", note="earlier event (day five)"),
            C("other", 41, "the 41 workers rescued on Tuesday night", note="unrelated live-blog entry (tunnel rescue)"),
        ],
        released_names=["Liat Beinin Atzili", "Raz Ben Ami", "Ofir Engel", "Yelena Trupanov", "Irena Tati", "Ahed Tamimi"],
        alias_groups={"Sasha Trupanov": ["Alexander Troufanov"]},
        not_released_names=["Ohad Ben Ami", "Sasha Trupanov", "Bassem Tamimi"],
        other_event_released_names=[],
        other_people=["Vladimir Putin", "Majed al-Ansari", "Benjamin Netanyahu", "Henry Kissinger"],
        distractors=["Ohad Ben Ami (husband), Sasha Trupanov (son) and Bassem Tamimi (father) share surnames with "
                     "releasees and are still held", "ages 22, 49, 57, 18, 50, 73, 28, 100",
                     "07:00 local time (05:00 GMT); timestamps; 17 days trapped", "Kissinger's death and the Indian tunnel "
                     "rescue are unrelated entries", "'Freed Thai workers return home' (related link)"],
    ),
    dict(
        file="013_ukraine_pow_exchange_brief.txt", published="2022-10-29",
        outlet="Ukrainian news site brief, machine-translated (view counter)",
        event="Ukraine–Russia prisoner exchange: 52 Ukrainians for 50 Russians, 2022-10-29",
        counts=[
            C("exchanged", 52, "52 of our people were returned home"),
            C("exchanged", 50, "The Russian side received 50 of its servicemen"),
            C("other", 10, "Among the freed are 10 officers", note="subset"),
            C("other", 37, "37 privates and sergeants", note="subset"),
            C("other", 5, "5 defenders of \"Azovstal\"", note="subset"),
            C("released", 1031, "1 031 Ukrainians have been returned from captivity", note="cumulative since February 2022"),
            C("released", 108, "on 17 October, 108 women", note="earlier event (17 October)"),
            C("other", 14870, "Views: 14 870", note="page view counter"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andriy Yermak", "Dmytro Lubinets"],
        distractors=["29.10.2022, 18:05 (date and time)", "'37 \"Azovstal\" defenders' among the 108 (earlier event subset)",
                     "'until we return all' (vague)"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / political prisoners
    dict(
        file="014_sheikh_abdullah_release_60_years.txt", published="2024-04-08",
        outlet="Kashmir newspaper, 60-years-on anniversary feature",
        event="Sheikh Mohammad Abdullah freed from Jammu jail as the Kashmir Conspiracy Case is withdrawn, 1964-04-08",
        counts=[
            C("released", 22, "Mirza Afzal Beg and 22 others",
              note="inferred: co-accused; 'all the remaining accused were set free' does not say how many; optional"),
            C("other", 100000, "over 1,00,000 people", qualifier="more_than", note="crowd (Indian lakh format)"),
        ],
        released_names=["Sheikh Mohammad Abdullah", "Mirza Afzal Beg"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Farooq Abdullah", "Omar Abdullah"],
        other_people=["Showkat Nazir", "Ghulam Mohammed Sadiq", "Ghulam Rasool Dar", "Karan Singh",
                      "Bakshi Ghulam Mohammad", "Jawaharlal Nehru", "Ayub Khan", "Nusrat Andrabi", "Zhou Enlai",
                      "Indira Gandhi", "Begum Akbar Jahan"],
        distractors=["Abdullah's own earlier and later releases (January 1958, January 1968) are other events of the same "
                     "person", "nearly eleven years; six years; four years; three months; seven months; ten days",
                     "1953; 1975; 1982; 2019; aged nine", "Farooq and Omar Abdullah share the surname (freed in 2020)",
                     "'hundreds of political leaders detained in August 2019' (vague, other event)"],
    ),
    dict(
        file="015_islamabad_judges_freed.txt", published="2008-03-24", outlet="AP wire (all-caps byline)",
        event="Pakistan: new PM Gilani orders release of detained judges; Iftikhar Chaudhry freed from house arrest, 2008-03-24",
        counts=[
            C("released", 11, "Chaudhry and 11 other judges of the Supreme Court and the provincial high courts who had been confined to their homes were freed",
              note="the other judges, excluding Chaudhry"),
            C("released", 12, "Chaudhry and 11 other judges", note="inferred: Chaudhry plus 11; optional"),
            C("other", 60, "Musharraf purged about 60 senior judges", qualifier="about",
              note="judges removed on Nov. 3, most not confined"),
            C("other", 264, "elected him by 264 votes", note="votes"),
            C("other", 342, "the 342-seat house", note="seats"),
        ],
        released_names=["Iftikhar Mohammed Chaudhry"],
        alias_groups={},
        not_released_names=["Abdul Qadeer Khan"],
        other_event_released_names=[],
        other_people=["ASIF SHAHZAD", "Pervez Musharraf", "Yousaf Raza Gilani", "Benazir Bhutto", "Athar Minallah",
                      "Asif Ali Zardari", "Nawaz Sharif", "Rashid Qureshi", "Munir Ahmad"],
        distractors=["'Thousands of lawyers and opposition activists ... most were released within weeks' (earlier, vague)",
                     "more than four months; within 30 days (planned reinstatement, not a release)",
                     "hundreds of cheering lawyers (vague)", "2004 (A.Q. Khan's confession)"],
    ),
    dict(
        file="016_nepal_republic_day_pardon.txt", published="2023-05-30",
        outlet="Kathmandu daily web page (cookie banner, photo credit, most-read list)",
        event="Nepal Republic Day pardon: Resham Chaudhary among 211 prisoners freed, 2023-05-29",
        counts=[
            C("released", 211, "211 in all, had been released from prisons across the country"),
            C("other", 214, "granted pardon to 214 prisoners", note="pardon total; three of them not yet freed"),
            C("remaining_held", 3, "all but three of those pardoned", note="pardoned foreign nationals not yet freed"),
            C("released", 3, "The remaining three are foreign nationals who will be released",
              note="planned (after deportation procedures)"),
            C("remaining_held", 98, "reduced the sentences of 98 others",
              note="inferred: still serving reduced sentences; optional"),
            C("remaining_held", 20, "At least 20 others convicted in the Tikapur case remain in prison", qualifier="at_least"),
            C("other", 8, "eight security personnel and a toddler were killed", note="victims of the 2015 violence"),
            C("other", 4, "which has four lawmakers", note="lawmakers"),
            C("other", 19, "Police release 19 detained in Gaur protest", note="page noise (most-read list)"),
            C("other", 12, "Cooperative scam: 12 arrested", note="page noise (most-read list)"),
        ],
        released_names=["Resham Lal Chaudhary"],
        alias_groups={"Resham Lal Chaudhary": ["Resham Chaudhary"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ram Chandra Poudel", "Ranjita Shrestha", "Pushpa Kamal Dahal", "Narayan Kaji Shrestha",
                      "Laxman Neupane", "Ram Prasad Bhandari", "Angad Dhakal"],
        distractors=["Ranjita Shrestha is the wife; Laxman Neupane was killed in 2015", "Article 276; aged 44; 18-month-old",
                     "2015; 2017; March 2019; August 24", "'Sobhraj tells French magazine...' (most-read list)",
                     "Rs 800 per tola"],
    ),
    dict(
        file="017_sri_lanka_mirusuvil_pardon_press_release.txt", published="2020-03-27",
        outlet="NGO press release (demands, contact block)",
        event="Sri Lanka: President Gotabaya Rajapaksa pardons Mirusuvil massacre convict Sunil Ratnayake; released 2020-03-26",
        counts=[
            C("remaining_held", 78, "at least 78 Tamil political prisoners held under the Prevention of Terrorism Act (PTA) remain behind bars",
              qualifier="at_least", note="PTA detainees, as of 1 March 2020 (NGO records)"),
            C("other", 8, "the murder of eight Tamil civilians", note="victims"),
            C("other", 4, "Four other soldiers charged in the case were acquitted in 2015",
              note="acquitted co-accused (2015; not a release in this event)"),
            C("other", 11000, "built to hold about 11,000 people", qualifier="about", note="prison capacity"),
            C("other", 26000, "currently hold more than 26,000", qualifier="more_than", note="total prison population"),
            C("other", 2900, "released some 2,900 remand prisoners on bail", qualifier="about",
              note="released on bail (not a release), earlier in March"),
            C("other", 3, "three teenagers", note="victims"),
        ],
        released_names=["Sunil Ratnayake"],
        alias_groups={"Sunil Ratnayake": ["Sunil Rathnayake"]},
        not_released_names=[],
        other_event_released_names=["Shramantha Jayamaha", "Galagoda Aththe Gnanasara"],
        other_people=["Gotabaya Rajapaksa", "Nimmi Selvarajah", "Maithripala Sirisena", "Ponnuthurai Maheswaran",
                      "Kavitha Ramanathan"],
        distractors=["sentenced to death; nineteen years; more than 20 years; five-year-old child",
                     "December 2000; June 2015; April 2019; 19 December 2000", "telephone numbers in the contact block",
                     "Ponnuthurai Maheswaran is the survivor who testified"],
    ),
    dict(
        file="018_maldives_yameen_freed_brief.txt", published="2021-11-30", outlet="Reuters brief",
        event="Maldives Supreme Court quashes Abdulla Yameen's conviction; freed from house arrest, 2021-11-30",
        counts=[
            C("other", 3, "A three-judge bench", note="judges"),
        ],
        released_names=["Abdulla Yameen"],
        alias_groups={"Abdulla Yameen": ["Abdulla Yameen Abdul Gayoom"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Maumoon Abdul Gayoom", "Mohamed Junayd", "Alex Richardson"],
        distractors=["Maumoon Abdul Gayoom was 'released on bail in 2018' (bail; other event; shares the Gayoom name)",
                     "62; five-year sentence; $1 million; $5 million; 30 years; 2019; 2023",
                     "'hundreds of supporters' (vague)"],
    ),
    dict(
        file="019_mexico_patishtan_pardon.txt", published="2013-11-01",
        outlet="Mexican daily, machine-translated from Spanish",
        event="Mexico: President Peña Nieto pardons Tzotzil teacher Alberto Patishtán, released from Cereso 5, 2013-10-31",
        counts=[
            C("remaining_held", 400, "at least 400 indigenous persons imprisoned without an interpreter",
              qualifier="at_least", note="claim by Frayba (Chiapas)"),
            C("remaining_held", 8000, "the figure would pass 8.000", qualifier="more_than",
              note="claim by Frayba (national estimate)"),
            C("other", 300, "about 300 inhabitants of El Bosque", qualifier="about"),
            C("other", 7, "seven police of the state security died", note="victims of the 2000 ambush"),
            C("other", 10000, "More than 10.000 persons signed", qualifier="more_than", note="signatures"),
            C("other", 2500000, "2,5 million pesos", note="money"),
        ],
        released_names=["Alberto Patishtán"],
        alias_groups={"Alberto Patishtán": ["Alberto Patishtán Gómez"]},
        not_released_names=["Alejandro Díaz Sántiz"],
        other_event_released_names=[],
        other_people=["Elías Hernández", "Enrique Peña Nieto", "Rosa Patishtán", "Miguel Ángel Osorio Chong",
                      "Manuel Velasco Coello", "Felipe Arizmendi Esquivel", "Héctor Patishtán"],
        distractors=["Rosa (daughter) and Héctor Patishtán (son) share the surname",
                     "60 years; 13 years; aged 42; 6 and 19 years old; seven days; six buses; two injured",
                     "'many compañeros still remain inside' (vague)", "Cereso number 5; 1999; 2002; 2012"],
    ),
    dict(
        file="020_venezuela_saleh_flown_to_madrid.txt", published="2018-10-13",
        outlet="European broadcaster English web page (cookie banner, video, related list)",
        event="Venezuela frees student leader Lorent Saleh from SEBIN and flies him to Madrid, 2018-10-12/13",
        counts=[
            C("remaining_held", 230, "more than 230 people are still held in the country for political reasons",
              qualifier="more_than", note="Foro Penal figure"),
            C("released", 40, "the government freed around 40 political prisoners", qualifier="about",
              note="earlier event (June 2018)"),
            C("other", 50, "postponed more than 50 times", qualifier="more_than", note="trial postponements"),
        ],
        released_names=["Lorent Saleh"],
        alias_groups={},
        not_released_names=["Juan Requesens", "Leopoldo López"],
        other_event_released_names=["Daniel Ceballos", "Andrew Brunson"],
        other_people=["Josep Borrell", "José Luis Rodríguez Zapatero", "Nicolás Maduro", "Fernando Albán",
                      "Yamile Saleh"],
        distractors=["Leopoldo López is under house arrest (counted as still held)",
                     "Fernando Albán died in custody five days earlier", "Yamile Saleh is the mother (same surname)",
                     "the transfer to Spain is of one unnumbered person (no count)",
                     "aged 30; more than four years; tenth-floor window; 2014; 2017; video 02:31",
                     "'US pastor Andrew Brunson freed by Turkish court' (related headline, other event)"],
    ),
]


def main():
    ok = True

    def fail(msg):
        nonlocal ok
        ok = False
        print(msg, file=sys.stderr)

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
        for key in ("file", "published", "outlet", "event", "counts", "alias_groups", "distractors") + NAME_LISTS:
            if key not in g:
                fail(f"{f}: missing key {key}")
        for c in g["counts"]:
            if c["quote"] not in text:
                fail(f"{f}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                fail(f"{f}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                fail(f"{f}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                fail(f"{f}: value is not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    fail(f"{f}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    fail(f"{f}: where not found in article: {c['where']!r}")
            elif c.get("where") is not None:
                fail(f"{f}: where set on a {c['kind']} count: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            if not isinstance(g[key], list):
                fail(f"{f}: {key} is not a list")
                continue
            for n in g[key]:
                if n.casefold() not in low:
                    fail(f"{f}: {key} name not found: {n!r}")
                if n.casefold() in seen:
                    fail(f"{f}: {n!r} in both {seen[n.casefold()]} and {key}")
                seen[n.casefold()] = key
        for k, aliases in g["alias_groups"].items():
            if k.casefold() not in seen:
                fail(f"{f}: alias-group key is not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    fail(f"{f}: alias not found: {a!r}")
                if a.casefold() in seen:
                    fail(f"{f}: alias {a!r} is also a listed name ({seen[a.casefold()]})")
        if not isinstance(g["distractors"], list):
            fail(f"{f}: distractors is not a list")

    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in GOLD:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records to gold.jsonl")
    print("checks OK" if ok else "checks FAILED")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
