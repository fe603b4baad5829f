#!/usr/bin/env python3
"""Gold for devset_tt (blind, held-out-style). Writes gold.jsonl next to this script and checks it.

Checks:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive, for all-caps bylines);
- no name is in two lists, and no alias is itself a listed name;
- every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, and `where` is set exactly on `transferred_to`;
- the GOLD file list matches articles/.
It also prints (as warnings, not errors) pairs of names in different lists that a lenient
surname-based matcher would treat as the same person, when one of them is a released name.
"""
import json
import os
import re
import sys
import unicodedata
from difflib import SequenceMatcher

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
        file="001_new_mexico_prison_riot.txt", published="1980-02-03", outlet="AP wire (all-caps byline, photo caption)",
        event="New Mexico State Penitentiary riot ends; the last three of 12 guards held hostage are freed, 1980-02-03",
        counts=[
            C("released", 12, "All 12 officers are out.",
              note="all hostages of the siege, freed in batches over 36 hours; the total is the required count"),
            C("released", 3, "released the last three of the 12 guards they had held for 36 hours",
              note="inferred: final batch of the same siege (subset of the 12); optional"),
            C("released", 4, "Four officers were released Saturday",
              note="inferred: first batch of the same siege; optional"),
            C("released", 2, "two of them after inmates were allowed to air their complaints to reporters",
              note="inferred: part of the first batch; optional"),
            C("released", 5, "Five more were let go overnight and early Sunday",
              note="inferred: second batch of the same siege; optional"),
            C("other", 33, "At least 33 inmates were killed during the riot", qualifier="at_least",
              note="casualties"),
            C("other", 4, "overpowered four officers making a late count",
              note="officers seized at the start of the riot (not a release)"),
            C("other", 1136, "which held about 1,136 inmates", qualifier="about", note="prison population"),
            C("other", 900, "designed capacity of 900", note="prison capacity"),
            C("other", 600, "more than 600 inmates had surrendered or been rounded up", qualifier="more_than",
              note="inmates surrendering / retaken into custody"),
            C("other", 80, "About 80 were taken to hospitals", qualifier="about", note="injured inmates"),
            C("other", 17, "17 inmates were still unaccounted for",
              note="missing inmates, believed dead; not hostages"),
        ],
        released_names=["Ramon Quintana", "Daniel Ortiz", "Lonnie Baca", "Victor Gallegos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["David Holloway", "Bruce King", "Robert Sandoval", "Vincent Trujillo", "Ray Montano",
                      "Dolores Quintana"],
        distractors=["A 13th officer (ordinal): Robert Sandoval hid and was led out; never a hostage",
                     "Dolores Quintana is the wife of a freed hostage (same surname)",
                     "Vincent Trujillo is an inmate negotiator serving a sentence",
                     "36 hours; 1:30 p.m.; 1:40 a.m.; ages 23 and 29; several million dollars",
                     "several hundred inmates to be moved to federal prisons (transfer of prisoners, not a release)"],
    ),
    dict(
        file="002_jal_jumbo_benghazi.txt", published="1973-07-24", outlet="UPI brief",
        event="JAL Flight 404 hijack ends in Benghazi; 141 passengers and crew freed, plane blown up, 1973-07-24",
        counts=[
            C("released", 141, "freed all 141 people still aboard"),
            C("other", 119, "The 119 passengers and 22 crew members", note="subset of the 141"),
            C("other", 22, "The 119 passengers and 22 crew members", note="subset of the 141"),
            C("other", 4, "took the four surviving hijackers into custody", note="hijackers taken into custody"),
        ],
        released_names=["Kenji Konuma"],
        alias_groups={},
        not_released_names=["Kozo Okamoto"],
        other_event_released_names=[],
        other_people=["Osamu Maruoka"],
        distractors=["Kozo Okamoto: prisoner in Israel whose release the hijackers demanded (still held)",
                     "$5 million ransom; up to 110 degrees; three days in Dubai; 1972 Lod massacre",
                     "a woman hijacker was killed (unnamed); the purser was injured (unnamed releasee)"],
    ),
    dict(
        file="003_gilf_kebir_tourists_it.txt", published="2008-09-29", outlet="Italian news site (ANSA/Reuters), machine-translated",
        event="19 hostages kidnapped at Gilf Kebir (5 Italians, 5 Germans, 1 Romanian, 8 Egyptians) freed and flown to Cairo, 2008-09-29",
        counts=[
            C("released", 19, "They are free the 19 hostages kidnapped ten days ago"),
            C("other", 5, "Among them there are five Italians, five Germans, a Romanian and eight Egyptians",
              note="subsets of the 19 (five Italians, five Germans)"),
            C("other", 8, "Among them there are five Italians, five Germans, a Romanian and eight Egyptians",
              note="subset of the 19"),
            C("transferred_to", 19, "The 19 were transferred in the morning with military helicopters to a base in the south of the country and from there with a plane to Cairo",
              where="Cairo", note="inferred: flown to Cairo after the release (the Egyptians' home); optional"),
            C("transferred_to", 5, "The five Italians will rientrare in Italy tonight", where="Italy",
              note="planned: flight home expected tonight"),
            C("other", 6, "six kidnappers had been killed", note="claim by the Sudanese army; casualties"),
            C("other", 35, "a band of at least 35 armed men", qualifier="at_least", note="kidnappers"),
            C("released", 14, "the last 14 had been released in August", note="earlier event (Algeria 2003)"),
            C("other", 32, "In 2003 in Algeria 32 tourists", note="earlier event: abducted total in 2003"),
            C("other", 16, "among them 16 Germans", note="earlier event: subset of the 2003 hostages"),
        ],
        released_names=["Marta Pellegrini", "Luigi Ferrario", "Sandra Ferrario", "Franco Gallo", "Elena Rinaldi",
                        "Ibrahim Abdel Rahim"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hussein Tantawi", "Franco Frattini", "Luca Pellegrini"],
        distractors=["Luca Pellegrini is the son of a freed hostage (same surname)",
                     "Luigi and Sandra Ferrario are a married couple, both freed (same surname, both released)",
                     "6 million euros ransom (Berlin press report, denied)", "1.500 kilometres; ten days; 13.40; 23",
                     "ages 62, 58, 47", "'about half of the kidnappers' (no number)",
                     "a German woman died of heat in captivity in 2003 (unnamed)"],
    ),
    dict(
        file="004_operacion_camaleon_es.txt", published="2010-06-13", outlet="Colombian daily (EFE), machine-translated from Spanish",
        event="Operation Chameleon: Colombian forces rescue Gen. Mendieta and three other police and soldiers from the FARC, 2010-06-13",
        counts=[
            C("released", 4, "The four uniformed men are in good condition of health and are already with the troops"),
            C("released", 3, "and three other members of the public force were rescued this Sunday",
              note="inferred: the three besides Mendieta; the total 4 is required"),
            C("transferred_to", 4, "The four were transferred in helicopter to San José del Guaviare and later in an airplane of the Air Force to Bogotá",
              where="Bogotá", note="inferred: flown home to the capital; optional"),
            C("other", 1200, "near 1.200 men of special forces", qualifier="about", note="troops"),
            C("other", 37, "killed 37 uniformed men and took 61 more", note="earlier event: casualties at Mitú 1998"),
            C("other", 61, "killed 37 uniformed men and took 61 more", note="earlier event: abducted at Mitú 1998"),
            C("released", 15, "freed without a single shot 15 kidnapped", note="earlier event (Operation Checkmate, 2008)"),
            C("other", 3, "three North American contractors", note="earlier event: subset of the 15"),
            C("remaining_held", 19, "the Farc retain still 19 policemen and soldiers",
              note="Ministry of Defence figure after this rescue"),
            C("remaining_held", 700, "some 700 civilians remain kidnapped", qualifier="about",
              note="inferred: NGO estimate, other captors (guerrillas and criminals); optional"),
        ],
        released_names=["Luis Herlindo Mendieta", "Enrique Murillo", "William Donato", "Arbey Delgado Argote"],
        alias_groups={"Arbey Delgado Argote": ["Arbey Delgado"]},
        not_released_names=["Libio José Martínez", "José Libardo Forero"],
        other_event_released_names=["Ingrid Betancourt", "Pablo Emilio Moncayo"],
        other_people=["Gabriel Silva", "Álvaro Uribe", "Óscar Naranjo", "María Teresa Paredes"],
        distractors=["María Teresa Paredes is Mendieta's wife", "11 years and 7 months; more than 12 years; 12 times",
                     "5.40 in the afternoon", "reward of up to 2.500 million pesos",
                     "the guerrillas who guarded them fled (not a count)",
                     "'the Farc must free all the kidnapped' (demand, no number)"],
    ),
    dict(
        file="005_golan_filipino_peacekeepers.txt", published="2013-03-09", outlet="UK-style broadcaster web page (cookie banner, video residue, related list)",
        event="Syrian rebels free 21 Filipino UNDOF peacekeepers, handed over in Jordan, 2013-03-09",
        counts=[
            C("released", 21, "Syrian rebels have released 21 Filipino United Nations peacekeepers"),
            C("transferred_to", 21, "All 21 are safe and in good condition. They are now in Jordan", where="Jordan",
              note="handed over across the border to a third country"),
            C("transferred_to", 21, "the 21 soldiers would undergo medical checks in Amman", where="Amman",
              note="planned: medical checks before rejoining the force"),
            C("other", 340, "Manila has some 340 troops in the force", qualifier="about", note="troops"),
            C("other", 1000, "about 1,000 soldiers from six countries", qualifier="about", note="troops"),
            C("other", 48, "Syria rebels free 48 Iranians in prisoner exchange",
              note="page noise: related-stories headline about another event"),
        ],
        released_names=["Rodel Mangubat", "Jerome Saldivar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Albert del Rosario", "Martin Nesirky", "Emmanuel Garcia", "Khalil Mazraawi"],
        distractors=["Abu Kaied: rebel spokesman's nom de guerre", "Khalil Mazraawi: photo credit",
                     "three days; 1.5km; video 1:42; 1974 ceasefire", "refugee numbers pass one million (headline)",
                     "Kenyatta declared winner with 50.07% (headline)", "his mother in Iloilo (unnamed relative)"],
    ),
    dict(
        file="006_mazara_fishermen_libya.txt", published="2020-12-17", outlet="Reuters brief",
        event="Haftar's forces free 18 Mazara del Vallo fishermen held in Benghazi, 2020-12-17",
        counts=[
            C("released", 18, "freed 18 fishermen on Thursday"),
            C("other", 8, "eight Italians, six Tunisians, two Indonesians and two Senegalese", note="subset of the 18"),
            C("other", 6, "eight Italians, six Tunisians, two Indonesians and two Senegalese", note="subset of the 18"),
            C("other", 2, "eight Italians, six Tunisians, two Indonesians and two Senegalese", note="subsets of the 18"),
            C("remaining_held", 4, "the four remain in prison",
              note="inferred: Libyans jailed in Italy whose release Libyan officials sought; optional"),
            C("transferred_to", 18, "The men were due to sail home aboard their own boats and reach Mazara del Vallo on Saturday",
              where="Mazara del Vallo", note="planned: journey home expected"),
        ],
        released_names=["Pietro Marrone"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Khalifa Haftar", "Giuseppe Conte", "Luigi Di Maio", "Paolo Ricci", "Mark Hendry"],
        distractors=["108 days; 40 miles; Sept. 1", "four Libyan footballers (unnamed; still in prison in Italy)",
                     "Rome refused any exchange (not a swap)"],
    ),
    dict(
        file="007_papiri_pupils_niger_state.txt", published="2025-12-22", outlet="Nigerian daily web page (ads, READ ALSO, comments)",
        event="Last 130 abducted pupils and teachers of St. Mary's, Papiri (Niger State) freed, 2025-12-21",
        counts=[
            C("released", 130, "The remaining 130 pupils and teachers",
              note="'remaining' = the last batch, who are freed; not a held count"),
            C("other", 303, "abducted 303 pupils and 12 teachers", note="abducted total"),
            C("other", 12, "abducted 303 pupils and 12 teachers", note="abducted total"),
            C("other", 50, "About 50 of the pupils escaped", qualifier="about", note="escapes, not releases"),
            C("released", 100, "On December 7, 100 children were released",
              note="earlier event (first batch, two weeks earlier)"),
            C("other", 112, "including 112 girls", note="subset of the freed"),
            C("released", 24, "24 schoolgirls kidnapped from a government secondary school in Maga, Kebbi State, were freed",
              note="earlier event (Kebbi)"),
            C("released", 38, "38 worshippers abducted from a church in Eruku, Kwara State, were rescued",
              note="earlier event (Kwara)"),
            C("other", 1500, "more than 1,500 students have been abducted", qualifier="more_than",
              note="cumulative abductions since 2014; not releases"),
            C("other", 12, "Kidnappers free 12 travellers abducted on Lokoja-Abuja road", note="page noise (READ ALSO)"),
            C("other", 48, "Court frees 48 #EndBadGovernance protesters on bail", note="page noise (READ ALSO; bail)"),
            C("other", 9, "abduct 9 in Zamfara", note="page noise (READ ALSO)"),
        ],
        released_names=["Michael Ibrahim"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Habiba Sule", "Sunday Dare", "Bulus Dauwa Yohanna", "Mohammed Umaru Bago", "Grace Audu",
                      "Wasiu Abiodun", "Bola Tinubu", "Nuhu Ribadu"],
        distractors=["'no pupil or teacher ... is in captivity any longer' (zero held; no count)",
                     "'I have three children there. Two came back' (parent's quote)",
                     "Comments (37); commenters Abubakar K. and Chinedu", "November 21; December 7; 6:14 am"],
    ),
    dict(
        file="008_jadotville_60_years.txt", published="2021-09-11", outlet="Irish regional paper, 60th-anniversary long feature",
        event="Jadotville: 155 Irish UN soldiers of A Company exchanged for Katangese prisoners, October 1961",
        counts=[
            C("exchanged", 155, "how 155 Irish soldiers were swapped for their captors' comrades"),
            C("exchanged", 190, "the UN handed back some 190 Katangese gendarmes and officials", qualifier="about",
              note="other side of the exchange"),
            C("released", 22, "The first, 22 men including the five wounded",
              note="inferred: first batch of the same exchange; optional"),
            C("released", 133, "The remaining 133 followed nine days later",
              note="inferred: second batch of the same exchange ('remaining' = freed); optional"),
            C("transferred_to", 133, "The remaining 133 followed nine days later, on October 25, driven in lorries to the UN lines and then flown on to Elisabethville airport",
              where="Elisabethville", note="inferred: flown back to the UN base; optional"),
            C("other", 5, "five were wounded", note="casualties"),
            C("other", 3000, "a force estimated at 3,000 to 4,000", qualifier="about", note="attacking force"),
            C("other", 4000, "a force estimated at 3,000 to 4,000", qualifier="about", note="attacking force"),
            C("other", 300, "ran to 300 dead", note="casualties (unconfirmed)"),
            C("other", 25, "fewer than 25 are still living", note="surviving veterans"),
            C("other", 12, "About a dozen are expected", qualifier="about", note="veterans attending"),
            C("other", 26, "Twenty-six Irish soldiers died there", note="deaths"),
            C("other", 9, "nine of them in the Niemba ambush", note="deaths"),
        ],
        released_names=["Tom Gallagher", "Kevin Dowling", "Pat Quinlan"],
        alias_groups={"Pat Quinlan": ["Patrick Quinlan"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Clodagh Brennan", "Moïse Tshombe", "Dag Hammarskjöld", "Leo Quinlan", "Jamie Dornan",
                      "Michael D Higgins", "Anne Gallagher", "Fergal Mac Cormaic"],
        distractors=["Leo Quinlan is the commander's son; Anne Gallagher is a freed soldier's daughter (same surnames)",
                     "Jamie Dornan played Patrick Quinlan in a film (actor)",
                     "Pat Quinlan died in 1997 but was freed in 1961 (released in the main event)",
                     "ages 19, 79, 22; five days; 2004, 2005, 2016, 2017", "a Swedish officer (unnamed)"],
    ),
    dict(
        file="009_ghana_us_spy_swap.txt", published="1985-11-25", outlet="AP wire (all-caps byline)",
        event="Ghana-US spy exchange: Michael Soussoudis freed for eight Ghanaians jailed as CIA informants, 1985-11-25",
        counts=[
            C("exchanged", 8, "freed within hours in an exchange for eight Ghanaians imprisoned in their country"),
            C("exchanged", 1, "It was a straight swap, one for eight",
              note="inferred: the single Ghanaian side; optional"),
            C("transferred_to", 8, "the eight, along with members of their families, had been flown out of Ghana",
              where="United States", note="inferred: resettled in the United States (stated in the next sentence); optional"),
            C("released", 25, "25 people held in East Germany and Poland were freed",
              note="earlier event (June 1985 Berlin exchange)"),
            C("exchanged", 4, "in exchange for four Soviet-bloc agents jailed in the United States",
              note="earlier event (June 1985 Berlin exchange)"),
            C("other", 8, "eight counts of espionage", note="criminal counts, not people"),
            C("other", 2, "at least two had been sentenced to death", qualifier="at_least", note="subset of the eight"),
        ],
        released_names=["Michael Agbotui Soussoudis"],
        alias_groups={},
        not_released_names=["Sharon M. Scranage"],
        other_event_released_names=[],
        other_people=["Paula Kennedy", "Jerry Rawlings", "Richard L. Williams", "Bernard Kalb", "Joseph Mitchell"],
        distractors=["Scranage was sentenced to five years and remains in federal custody",
                     "20 years suspended; 24 hours; ages 39 and 30; shortly after 6 p.m.",
                     "the eight Ghanaians are not named",
                     "'granted clemency on humanitarian grounds' (Radio Ghana)"],
    ),
    dict(
        file="010_seychelles_pirates_swap.txt", published="2010-03-10", outlet="AFP brief",
        event="Seychelles frees 23 Somali pirate suspects in exchange for three Seychellois fishermen, 2010-03-10",
        counts=[
            C("exchanged", 23, "released 23 suspected Somali pirates"),
            C("exchanged", 3, "in exchange for three Seychellois fishermen"),
            C("transferred_to", 23, "the 23 Somalis, who had been awaiting trial, were flown back to Somalia",
              where="Somalia", note="inferred: flown home; optional"),
            C("transferred_to", 3, "The three men - Rolly Tambara, Marc Songoire and Gerard Ernesta - arrived at Victoria's international airport",
              where="Victoria", note="inferred: flown home; optional"),
            C("other", 9, "at least nine ships", qualifier="at_least", note="ships held"),
            C("remaining_held", 200, "more than 200 crew members", qualifier="more_than",
              note="inferred: hostages of other hijackings (EU naval force figure); optional"),
        ],
        released_names=["Rolly Tambara", "Marc Songoire", "Gerard Ernesta"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["James Michel"],
        distractors=["A fourth crew member escaped (ordinal; unnamed escapee)", "almost five months; 3:00 pm; 100 nautical miles",
                     "the 23 pirates are not named"],
    ),
    dict(
        file="011_salomi_freed_baghdad.txt", published="2010-03-29", outlet="US regional paper (newsletter prompt, most-read list, comments)",
        event="Kidnapped US soldier Issa Salomi freed in Baghdad; militia says four members freed in exchange, 2010-03-28",
        counts=[
            C("exchanged", 4, "four of its members had been freed from Iraqi custody in the past week",
              note="claim by militia spokesman; Iraqi government denies an exchange; optional"),
            C("other", 4, "Four of his bodyguards were killed in captivity", note="earlier event: killed hostages (Moore case)"),
            C("remaining_held", 1, "one U.S. soldier is still listed as missing-captured in Iraq",
              note="inferred: different abduction (2006); optional"),
            C("other", 17, "Santee man freed after 17 years as DNA clears him of murder",
              note="page noise (most-read headline; duration)"),
        ],
        released_names=["Issa T. Salomi"],
        alias_groups={},
        not_released_names=["Qais al-Khazali", "Ahmed al-Taie"],
        other_event_released_names=["Peter Moore"],
        other_people=["Rita Hanna", "Nabil Salomi", "Ali al-Dabbagh", "Sabri Kejbou"],
        distractors=["Nabil Salomi is the freed man's son (same surname); Samira is his wife (first name only)",
                     "Abu Ali: militia spokesman's nom de guerre", "ages 60 and 34; 4:20 a.m.; nearly nine weeks",
                     "the body of a fifth bodyguard (ordinal)", "Chargers release veteran linebacker; 12 cents; 7-4 (page noise)"],
    ),
    dict(
        file="012_gaza_exchange_liveblog.txt", published="2025-01-25", outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="Gaza ceasefire, second exchange: four Israeli soldiers freed for 200 Palestinian prisoners, 70 deported to Egypt, 2025-01-25",
        counts=[
            C("exchanged", 4, "four Israeli soldiers freed from Gaza"),
            C("exchanged", 200, "Israel releases 200 Palestinian prisoners"),
            C("transferred_to", 70, "Buses carrying the 70 prisoners who are being deported arrived in Egypt", where="Egypt"),
            C("transferred_to", 4, "the four soldiers have crossed into Israel", where="Israel",
              note="inferred: return home; optional"),
            C("other", 121, "121 of them serving life sentences", note="subset of the 200"),
            C("remaining_held", 90, "Israel says 90 hostages remain in Gaza"),
            C("other", 34, "at least 34 of whom the military believes are dead", qualifier="at_least",
              note="hostages believed dead (subset of the 90)"),
            C("released", 7, "Seven hostages have now been freed under the truce", note="cumulative since 19 January"),
            C("released", 290, "and 290 Palestinian prisoners", note="cumulative since 19 January"),
            C("released", 3, "three civilian women, Romi Gonen, Emily Damari and Doron Steinbrecher, were released",
              note="earlier event (19 January exchange)"),
            C("exchanged", 90, "in return for 90 Palestinian prisoners", note="earlier event (19 January exchange)"),
            C("released", 33, "33 Israeli hostages are to be released over six weeks", note="planned (first phase)"),
            C("exchanged", 1900, "in exchange for about 1,900 Palestinians", qualifier="about", note="planned (first phase)"),
            C("released", 2, "the Taliban freed two US citizens", note="earlier event (unrelated live-blog entry)"),
            C("other", 67, "at least 67 people were killed", qualifier="at_least", note="unrelated live-blog entry"),
        ],
        released_names=["Karina Ariev", "Daniella Gilboa", "Naama Levy", "Liri Albag", "Mohammed al-Tous"],
        alias_groups={},
        not_released_names=["Arbel Yehud", "Agam Berger"],
        other_event_released_names=["Romi Gonen", "Emily Damari", "Doron Steinbrecher", "Ryan Corbett", "William McKenty",
                                    "Khan Mohammed"],
        other_people=["Orly Gilboa", "Sasha Ariev"],
        distractors=["Orly Gilboa (mother) and Sasha Ariev (sister) share surnames with releasees",
                     "Arbel Yehud 'will be released next Saturday' (planned; still held)",
                     "477 days; 7 October 2023; age 69; held since 1985", "Netanyahu named without first name",
                     "Lebanon withdrawal deadline and El Fasher hospital attack are unrelated entries"],
    ),
    dict(
        file="013_gaza_three_hostages_369_prisoners.txt", published="2025-02-15", outlet="AFP wire (photo caption)",
        event="Gaza ceasefire, sixth exchange: Horn, Dekel-Chen and Troufanov freed for 369 Palestinian prisoners, 2025-02-15",
        counts=[
            C("exchanged", 3, "Hamas released three Israeli male hostages"),
            C("exchanged", 369, "Israel freed 369 Palestinian prisoners in return"),
            C("other", 36, "36 of the 369 were serving life sentences", note="subset of the 369"),
            C("other", 333, "333 were Gazans detained during the war without charge", note="subset of the 369"),
            C("transferred_to", 24, "24 were to be deported through Egypt", where="Egypt",
              note="planned: deportation announced, not yet carried out in the text"),
            C("released", 3, "three emaciated hostages", note="earlier event (8 February exchange)"),
            C("exchanged", 183, "were exchanged for 183 prisoners", note="earlier event (8 February exchange)"),
            C("released", 19, "19 Israeli hostages have been returned", note="cumulative since 19 January"),
            C("released", 5, "five Thais freed outside the deal", note="earlier event (freed in an earlier handover)"),
            C("released", 1100, "Israel has released more than 1,100 Palestinian prisoners", qualifier="more_than",
              note="cumulative since 19 January"),
            C("other", 251, "Of the 251 people taken hostage", note="abducted total"),
            C("remaining_held", 73, "73 remain in Gaza"),
            C("other", 35, "including 35 the Israeli military says are dead", note="hostages believed dead (subset of the 73)"),
            C("released", 6, "Six more hostages are due to be freed next Saturday", note="planned"),
        ],
        released_names=["Iair Horn", "Sagui Dekel-Chen", "Alexander Troufanov"],
        alias_groups={"Alexander Troufanov": ["Sasha Trupanov"]},
        not_released_names=["Eitan Horn"],
        other_event_released_names=["Irena Tati", "Sapir Cohen", "Ohad Ben Ami", "Eli Sharabi", "Or Levy"],
        other_people=["Jonathan Dekel-Chen", "Donald Trump", "Benjamin Netanyahu", "Yousef Hamdan"],
        distractors=["Eitan Horn is a releasee's brother, still held (same surname)",
                     "Yelena (mother, first name only, freed Nov 2023); Vitaly (father, killed); Avital (wife)",
                     "Jonathan Dekel-Chen is the father (same surname)", "ages 46, 36, 29; 10:00 am (0800 GMT)",
                     "sixth exchange (ordinal); third daughter", "Yousef Hamdan: photo credit"],
    ),
    dict(
        file="014_hearst_commutation_release.txt", published="1979-02-01", outlet="US evening newspaper, OCR archive page",
        event="Patricia Hearst freed from prison after President Carter commutes her sentence, 1979-02-01",
        counts=[
            C("other", 40000, "more than 40,000 signatures", qualifier="more_than", note="petition signatures"),
        ],
        released_names=["Patricia Campbell Hearst"],
        alias_groups={"Patricia Campbell Hearst": ["Patty Hearst"]},
        not_released_names=["William Harris", "Emily Harris"],
        other_event_released_names=[],
        other_people=["Jack Orlov", "Bernard Shaw", "Randolph A. Hearst", "Catherine Campbell", "George Martinez"],
        distractors=["released on $1.5 million bail in November 1976 (bail; earlier; not a release)",
                     "Randolph A. Hearst is her father (same surname); Catherine Campbell her mother",
                     "seven-year sentence; 22 months; nearly five years; age 24; 9:43 a.m.; Feb. 14",
                     "'President Carter' (no first name)", "15 cents; High 56 (page furniture)"],
    ),
    dict(
        file="015_el_salvador_amnesty_analysis.txt", published="1987-12-14", outlet="magazine analysis piece",
        event="El Salvador's Esquipulas amnesty frees political prisoners from Mariona and Ilopango, November-December 1987",
        counts=[
            C("released", 472, "472 prisoners held on political charges had walked out of Mariona and the women's prison at Ilopango",
              note="government count"),
            C("other", 58, "among them 58 women from Ilopango", note="subset of the 472"),
            C("released", 400, "puts the number of political prisoners freed at \"about 400\"", qualifier="about",
              note="claim by the CDHES (alternative figure); optional"),
            C("remaining_held", 60, "at least 60 people detained for political reasons remain in custody", qualifier="at_least",
              note="CDHES estimate"),
            C("released", 2, "two former National Guardsmen",
              note="inferred: subset freed under the same amnesty in mid-December; optional"),
            C("exchanged", 57, "one of 57 prisoners freed in exchange for an air force colonel",
              note="earlier event (February 1987 exchange)"),
            C("released", 14, "handed 14 captured soldiers to the International Committee of the Red Cross",
              note="earlier event (separate FMLN release)"),
            C("released", 985, "pardoned 985 prisoners on November 22", note="earlier event (Nicaragua)"),
            C("remaining_held", 2000, "nearly 2,000 former members of Somoza's National Guard", qualifier="about",
              note="inferred: Nicaragua, other event; optional"),
            C("other", 32, "32 new political arrests", note="arrests"),
            C("other", 8, "at least eight political murders since August", qualifier="at_least", note="killings"),
            C("other", 2, "Two of the men released on November 5 have since been arrested again",
              note="re-arrested releasees (unnamed)"),
        ],
        released_names=["Juan José Cortez", "José Dimas Valle Acevedo", "Santiago Gómez González"],
        alias_groups={},
        not_released_names=["Ramón Funes"],
        other_event_released_names=["Herbert Anaya", "Omar Napoleón Avalos"],
        other_people=["Elena Marsh", "Oscar Arias", "José Napoleón Duarte", "José Rodolfo Viera", "Michael Hammer",
                      "Mark Pearlman", "Oscar Romero", "Rubén Zamora", "Guillermo Ungo", "Daniel Ortega",
                      "Vinicio Cerezo", "Arturo Rivera y Damas"],
        distractors=["Herbert Anaya was freed in February 1987 (earlier exchange) and murdered in October",
                     "Zamora and Ungo are returning exiles, not prisoners", "Viera, Hammer and Pearlman were murder victims",
                     "30 years; 19 months; up to 15 days; Decree 50; $500 million; January 15 deadline",
                     "'For the 472' restates the main figure"],
    ),
    dict(
        file="016_chavez_leaves_yare_es.txt", published="1994-03-27", outlet="Venezuelan daily, machine-translated from Spanish",
        event="Hugo Chávez freed from Yare prison after charges over the 1992 coup are dismissed, 1994-03-26",
        counts=[
            C("released", 84, "the number of officers freed by the sobreseimiento rises to 84",
              note="cumulative: includes officers freed in previous weeks"),
            C("remaining_held", 20, "some 20 officers and sub-officers of the rebellion of 27 of November of 1992 remain detained",
              qualifier="about"),
            C("other", 1200, "more than 1.200 persons", qualifier="more_than", note="crowd"),
            C("other", 14, "14 soldiers died according to the official balance", note="casualties (1992)"),
            C("other", 30, "more than 30 dead", qualifier="more_than", note="casualties (1992)"),
            C("other", 15000, "more than 15.000 pages", qualifier="more_than", note="pages of notes"),
        ],
        released_names=["Hugo Chávez"],
        alias_groups={"Hugo Chávez": ["Hugo Chávez Frías"]},
        not_released_names=["Hernán Grüber Odremán"],
        other_event_released_names=["Francisco Arias Cárdenas", "Jesús Urdaneta Hernández", "Joel Acosta Chirinos"],
        other_people=["Rafael Caldera", "Elena Frías de Chávez", "Adán Chávez", "Carlos Andrés Pérez"],
        distractors=["Elena Frías de Chávez (mother) and Adán Chávez (brother) share his surnames",
                     "2 years and almost two months; 9.30; 250 million bolívares; 3 by 4 meters",
                     "Pérez, removed from office, faces trial (not held in the text)", "'for now' (quote)"],
    ),
    dict(
        file="017_iraq_pardons_two_americans.txt", published="1995-07-16", outlet="AP brief",
        event="Saddam Hussein pardons two Americans jailed for crossing the Kuwait border, 1995-07-16",
        counts=[
            C("released", 2, "Saddam Hussein pardoned two Americans on Sunday"),
            C("transferred_to", 2, "the men would be driven to Amman, Jordan, on Monday", where="Amman",
              note="planned: onward journey announced"),
        ],
        released_names=["William Barloon", "David Daliberti"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Saddam Hussein", "Bill Richardson", "Linda Barloon", "Kathy Daliberti", "Tariq Aziz"],
        distractors=["Linda Barloon and Kathy Daliberti are the wives (same surnames)",
                     "four months of eight-year sentences; ages 39 and 41; three hours; March 13; twice"],
    ),
    dict(
        file="018_saudi_pardon_britons_feature.txt", published="2004-08-08", outlet="UK Sunday long-read feature",
        event="Saudi royal pardon frees seven Western men jailed over the 2000-01 Riyadh bombings, 2003-08-07/08",
        counts=[
            C("released", 7, "The pardon freed seven men"),
            C("other", 5, "five Britons", note="subset of the seven"),
            C("other", 5, "Mitchell and five other men were on a British Airways flight to Heathrow",
              note="'five other men' besides Mitchell (six in all)"),
            C("other", 1, "All but one of the seven flew into Heathrow", note="the one flown to Brussels"),
            C("transferred_to", 6, "All but one of the seven flew into Heathrow", where="Heathrow",
              note="inferred: six flown home; value derived from 'all but one of the seven'; optional"),
            C("released", 5, "Five Saudis were flown home from the camp in May 2003",
              note="earlier event (Guantanamo transfer)"),
            C("remaining_held", 160, "the roughly 160 Saudis still held there at the time", qualifier="about",
              note="inferred: Guantanamo detainees, other context, as of 2003; optional"),
            C("remaining_held", 4, "At least four Britons are still serving sentences in Saudi prisons", qualifier="at_least",
              note="NGO figure as of the article date"),
            C("other", 35, "killed 35 people", note="casualties"),
        ],
        released_names=["Sandy Mitchell", "Les Walker", "James Cottle", "Peter Brandon", "James Lee", "William Sampson",
                        "Raf Schyvens"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ron Jones"],
        other_people=["Harriet Lowe", "King Fahd", "Christopher Rodway", "Colin Ferris", "Jack Straw",
                      "Crown Prince Abdullah", "Maureen Mitchell"],
        distractors=["Maureen Mitchell is the former wife (same surname)", "James: Sampson's father, first name only, died 2003",
                     "Ron Jones was detained and released without charge in 2001 (earlier event)",
                     "a third man sentenced to 18 years (unnamed)", "two years and seven months; 67 days; age 48",
                     "two of them have made similar allegations (subset of the four held)"],
    ),
    dict(
        file="019_uae_five_pardon_ngo.txt", published="2011-11-29", outlet="NGO press release (demands, contact block)",
        event="UAE president pardons the 'UAE 5' activists, released from al-Wathba prison, 2011-11-28",
        counts=[
            C("released", 5, "the release late last night of the five Emirati activists"),
            C("other", 4, "the other four to two years each", note="subset (sentences)"),
            C("other", 2, "at least two of them", qualifier="at_least", note="passports not returned"),
            C("remaining_held", 9, "at least nine other people held by the State Security apparatus", qualifier="at_least",
              note="NGO figure as of 28 November 2011"),
            C("other", 130, "More than 130 Emirati academics, lawyers and activists", qualifier="more_than",
              note="petition signatories"),
        ],
        released_names=["Ahmed Mansoor", "Nasser bin Ghaith", "Fahad Salim Dalk", "Hassan Ali al-Khamis",
                        "Ahmed Abdul Khaleq"],
        alias_groups={"Ahmed Mansoor": ["Ahmed Mansour"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Khalifa bin Zayed Al Nahyan", "Layla Haddad"],
        distractors=["three years; two years; eight months; up to five years; Article 176",
                     "10.30 pm; telephone numbers in the contact block", "'UAE 5' label", "six Gulf states"],
    ),
    dict(
        file="020_rwanda_rusesabagina_statement.txt", published="2023-03-25", outlet="government statement reproduced by an East African paper, with editor's note",
        event="Rwanda commutes the sentences of Paul Rusesabagina and 19 co-accused, who are released, 2023-03-24",
        counts=[
            C("released", 20, "Paul Rusesabagina, 68, and the 19 co-accused whose sentences were commuted were released",
              note="Rusesabagina plus the 19 co-accused (value derived)"),
            C("released", 19, "the 19 co-accused whose sentences were commuted",
              note="inferred: co-accused only (subset of the 20); optional"),
            C("other", 20, "Twenty other people were convicted with him", note="co-defendants convicted in 2021"),
            C("remaining_held", 2, "two of the co-defendants who did not apply for clemency remain in prison"),
            C("other", 9, "nine people were killed", note="casualties"),
            C("released", 2000, "free opposition politician Victoire Ingabire and more than 2,000 other prisoners",
              qualifier="more_than", note="earlier event (September 2018)"),
        ],
        released_names=["Paul Rusesabagina", "Callixte Nsabimana"],
        alias_groups={"Callixte Nsabimana": ["Sankara"]},
        not_released_names=[],
        other_event_released_names=["Victoire Ingabire"],
        other_people=["Yolande Makolo", "Antony Blinken", "Carine Kanimba", "Paul Kagame"],
        distractors=["Carine Kanimba is his daughter", "25 years; 20 years; age 68; two and a half years",
                     "expected to travel to Doha and the United States (single planned transfer)",
                     "the commutation does not extinguish the conviction", "Hotel Rwanda (film)"],
    ),
]


# --- lenient name matcher (a re-implementation of the usual surname/first-name rule), for warnings only ---
def _fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _skel(word):
    w = re.sub(r"[^a-z]", "", _fold(word))
    w = re.sub(r"ou(?=[^aeiouy]|$)", "ov", w)
    for a, b in (("sch", "s"), ("tsch", "c"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("kh", "h"),
                 ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k"), ("ck", "k")):
        w = w.replace(a, b)
    return re.sub(r"[aeiouyjh]", "", w) or w


def _toks(name):
    return [t for t in re.split(r"[\s\-]+", _fold(name)) if t and t not in {"jr", "sr", "dr", "mr", "mrs", "ms"}]


def _same(a, b):
    ta, tb = _toks(a), _toks(b)
    if not ta or not tb:
        return False
    sa, sb = _skel(ta[-1]), _skel(tb[-1])
    if min(len(sa), len(sb)) <= 3 and sa != sb:
        return False
    if SequenceMatcher(None, sa, sb).ratio() < 0.8:
        return False
    if len(ta) > 1 and len(tb) > 1:
        fa, fb = _skel(ta[0]), _skel(tb[0])
        initial = min(len(re.sub(r"[^a-z]", "", ta[0])), len(re.sub(r"[^a-z]", "", tb[0]))) == 1
        if fa and fb and not (initial and ta[0][0] == tb[0][0]) and SequenceMatcher(None, fa, fb).ratio() < 0.5:
            return False
    return True


def main():
    ok = True
    warnings = []

    def err(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        err(f"file list mismatch: gold={sorted(g['file'] for g in GOLD)} articles={files}")
    if len({g["file"] for g in GOLD}) != len(GOLD):
        err("duplicate file in GOLD")

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
                err(f"{g['file']}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{g['file']}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    err(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    err(f"{g['file']}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                err(f"{g['file']}: where set on non-transfer count: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                err(f"{g['file']}: alias-group key is not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
                if a in seen:
                    err(f"{g['file']}: alias {a!r} is also a listed name")
        for r in g["released_names"]:
            for key in NAME_LISTS[1:]:
                for n in g[key]:
                    if _same(r, n):
                        warnings.append(f"{g['file']}: lenient matcher joins released {r!r} and {key} {n!r}")

    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    for w in warnings:
        print("warning:", w)
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
