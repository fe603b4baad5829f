#!/usr/bin/env python3
"""Gold for devset_rr (blind, held-out-style). Writes gold.jsonl next to this file and checks it.

Checks:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive, for all-caps bylines);
- no name is in two lists; every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on transferred_to;
- the GOLD file list matches articles/.
Prints `checks OK` when everything passes.
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
        file="001_stanleyville_paratroop_drop.txt", published="1964-11-24", outlet="AP wire (archive)",
        event="Belgian paratroopers free hostages held by Simba rebels in Stanleyville, Congo, 1964-11-24",
        counts=[
            C("released", 1000, "freed more than 1,000 white hostages", qualifier="more_than"),
            C("transferred_to", 1600, "about 1,600 people had been flown from Stanleyville airport to Leopoldville by nightfall",
              qualifier="about", where="Leopoldville"),
            C("other", 600, "Some 600 more were expected to be flown out tomorrow", qualifier="about",
              note="planned evacuation, no destination"),
            C("other", 27, "killed at least 27 of them", qualifier="at_least", note="hostages killed"),
            C("other", 4, "four members of his staff", note="subset of the freed (consulate staff)"),
            C("other", 545, "the 545 paratroopers", note="troops"),
            C("other", 12, "the 12 U.S. Air Force C-130 transports", note="aircraft"),
            C("other", 250, "herded about 250 hostages into the avenue", qualifier="about",
              note="hostages lined up before the shooting; subset"),
            C("remaining_held", 800, "perhaps 800 foreigners, including about 30 Americans, were still in rebel hands",
              qualifier="about", note="held in other towns (Paulis, Bunia); diplomats' estimate"),
            C("other", 30, "including about 30 Americans", qualifier="about", note="subset of those still held"),
        ],
        released_names=["Michael P. E. Hoyt", "David Grinwis", "Donald Parkes", "James Stauffer", "Ernest Houle",
                        "Jeanne Vandenberghe"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Luigi Carrara"],
        other_people=["Paul E. Carlson", "ARTHUR HOLLAND", "Charles Laurent", "Mike Hoare", "Moise Tshombe",
                      "Christophe Gbenye"],
        distractors=["Paul E. Carlson was killed by the rebels (dead hostage)", "his wife, Lois (first name only)",
                     "age 36; 7 a.m.; nearly four years", "a second drop is not confirmed (no figure)"],
    ),
    dict(
        file="002_attica_fifty_years_on.txt", published="2021-09-12", outlet="US regional newspaper (anniversary feature)",
        event="Attica prison uprising ends; surviving hostages freed in the retaking, 1971-09-13 (50 years on)",
        counts=[
            C("released", 28, "28 were led, carried or dragged out alive"),
            C("remaining_held", 38, "Of the 38 hostages still in the yard that morning",
              note="hostages held on the morning of 13 Sept 1971, before the retaking (as-of count, cf. seed 000)"),
            C("other", 42, "inmates held 42 guards and civilian employees", note="hostages taken on day one"),
            C("other", 1281, "some 1,281 inmates had seized control of the prison", qualifier="about",
              note="inmates; retaken, not released"),
            C("other", 28, "agreed to 28 of the demands", note="demands, not people"),
            C("other", 29, "29 inmates and 10 hostages were dead or dying", note="killed in the retaking"),
            C("other", 10, "Ten of us didn't", note="hostages killed"),
            C("other", 43, "In all, 43 people died", note="all deaths"),
            C("other", 1280, "about 1,280 former inmates", qualifier="about", note="class-action plaintiffs"),
            C("other", 62, "Some 62 inmates were indicted", qualifier="about", note="indictments"),
            C("released", 7, "pardoned seven former inmates",
              note="earlier event (December 1976 clemency by Gov. Carey); not the hostage release"),
        ],
        released_names=["Dean Halloran", "Michael Smith"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["John Hill"],
        other_people=["William Quinn", "Frank Smith", 'Elliott "L.D." Barkley', "Tom Wicker", "William Kunstler",
                      "Russell Oswald", "Nelson Rockefeller", "Hugh Carey", "Carol Halloran", "Karen Welsh", "Tom Brandt"],
        distractors=["Frank Smith (inmate leader) shares a surname with freed officer Michael Smith",
                     "Carol Halloran is the daughter of freed hostage Dean Halloran",
                     "William Quinn was carried out injured and died (not a releasee)",
                     "'28 of the demands' has the same value as the 28 freed",
                     "$8 million / $12 million settlements; 9:46 a.m.; ages 81, 31, 21, 74",
                     "Related: 'Former Attica inmate ... freed on parole after 47 years' (page noise)"],
    ),
    dict(
        file="003_avianca_hijack_eln_frees_nine.txt", published="1999-05-24", outlet="UK broadcaster web page (1999 archive)",
        event="ELN frees nine more hostages from hijacked Avianca Fokker 50, Colombia, 1999-05-24",
        counts=[
            C("released", 9, "freed nine more of the people they kidnapped"),
            C("transferred_to", 9, "The nine were flown by helicopter to the city of Bucaramanga", where="Bucaramanga",
              note="inferred: flown back to the flight's home city; optional"),
            C("other", 6, "six men and three women", note="subsets of the nine (6 men, 3 women)"),
            C("released", 16, "the ELN has now freed 16 of those on board", note="cumulative (7 earlier + 9 now)"),
            C("released", 7, "Seven - among them a baby, his mother and two elderly passengers - were released in the first two weeks",
              note="earlier event (April 1999)"),
            C("remaining_held", 30, "That leaves 30 people still in rebel hands"),
            C("other", 41, "41 passengers and five crew", note="people on board (41 + 5)"),
            C("other", 2000, "more than 2,000 people abducted last year", qualifier="more_than",
              note="national kidnapping statistics"),
        ],
        released_names=["Ana Lucia Serrano", "Hernando Quiroga Diaz"],
        alias_groups={"Nicolas Rodriguez Bautista": ["Gabino"]},
        not_released_names=["Fernando Rueda", "Gustavo Lozano Pinzon"],
        other_event_released_names=[],
        other_people=["Jaime Quiroga", "Urs Kessler", "Nicolas Rodriguez Bautista", "Andres Pastrana",
                      "Emilio Vargas Lleras"],
        distractors=["Jaime Quiroga is the brother of the freed engineer", "ages 52 and 44",
                     "1100 local time (1600 GMT)", "the baby and his mother freed earlier are unnamed",
                     "'Links to other Americas stories' (kidnappers free businessman; officers released) are page noise"],
    ),
    dict(
        file="004_alakrana_crew_freed_translated.txt", published="2009-11-18", outlet="Spanish regional daily, machine-translated",
        event="Somali pirates free the Basque tuna boat Alakrana and its 36 crew, 2009-11-17",
        counts=[
            C("released", 36, "the 36 crew members, among them 16 Spaniards, are in good state of health"),
            C("other", 16, "among them 16 Spaniards", note="subset of the 36"),
            C("other", 20, "and 20 of Ghana, Ivory Coast, Madagascar, Senegal, Seychelles and Indonesia",
              note="subset of the 36"),
            C("transferred_to", 36, "the tuna boat navigates now towards Victoria, capital of the Seychelles",
              where="Seychelles", note="planned (arrival expected Friday); optional"),
            C("other", 2, "The two Somalis detained in Madrid", note="accused pirates in pretrial custody; not hostages"),
            C("released", 26, "was released with its 26 crew members after six days",
              note="earlier event (Playa de Bakio, April 2008)"),
            C("remaining_held", 236, "the Somali pirates still hold this week 11 ships and at least 236 sailors",
              qualifier="at_least", note="crews of other ships held by Somali pirates (Atalanta figure, this week)"),
            C("other", 11, "11 ships", note="ships held"),
        ],
        released_names=["Ricardo Blach", "Iker Galbarriatu"],
        alias_groups={},
        not_released_names=["Paul Chandler", "Rachel Chandler"],
        other_event_released_names=[],
        other_people=["José Luis Rodríguez Zapatero", "Maite Galbarriatu", "Abdu Willy", "Raageggesey Adji Haman",
                      "Santiago Pedraz", "Carme Chacón", "Miguel Ángel Moratinos", "Abdi Yare", "Aitor Landaluze"],
        distractors=["ransom 3,3-3,5 million dollars / 2,3 million euros; Playa de Bakio ransom 1,2 million dollars",
                     "Abdu Willy and Raageggesey Adji Haman are accused pirates in provisional prison (held, but not captives)",
                     "Maite Galbarriatu is the sister of freed mechanic Iker Galbarriatu",
                     "21.30 / 19.30 / 23.05 hours; 47 days; 1.200 kilometres",
                     "Related news: 'arrives at Mombasa with the 26 released sailors' (earlier event, page noise)"],
    ),
    dict(
        file="005_syria_french_journalists_afp.txt", published="2014-04-20", outlet="AFP wire",
        event="Four French journalists freed in Syria, found at the Turkish border, flown home, 2014-04-19/20",
        counts=[
            C("released", 4, "Four French journalists held hostage in Syria for more than ten months arrived home"),
            C("transferred_to", 4, "The four were flown from Turkey to the Villacoublay military airbase", where="Villacoublay",
              note="inferred: flown home; optional"),
            C("remaining_held", 2, "France has two nationals still held hostage in the world",
              note="French hostages in the Sahel, as of April 2014"),
            C("other", 40, "around 40 journalists, Syrian and foreign, were missing or being held in Syria", qualifier="about",
              note="held or missing (RSF); mixed category"),
            C("other", 150000, "has killed more than 150,000 people", qualifier="more_than", note="war deaths"),
        ],
        released_names=["Didier François", "Edouard Elias", "Nicolas Henin", "Pierre Torres"],
        alias_groups={"Didier François": ["Didier Francois"]},
        not_released_names=["Serge Lazarevic", "Gilberto Rodrigues Leal"],
        other_event_released_names=["Herve Ghesquiere", "Stephane Taponier"],
        other_people=["Francois Hollande", "Laurent Fabius", "Jean-Pierre Elias", "Sophie Marchetti", "JEAN-MARC DUVAL"],
        distractors=["Jean-Pierre Elias is the father of freed photographer Edouard Elias",
                     "ages 53, 23, 37, 29; 547 days; 6:30 am (0430 GMT)", "'France does not pay ransoms'"],
    ),
    dict(
        file="006_bamako_hotel_siege_liveblog.txt", published="2015-11-20", outlet="UK newspaper world-news live blog",
        event="Radisson Blu hotel siege in Bamako ends; hostages freed by Malian and foreign forces, 2015-11-20",
        counts=[
            C("released", 130, 'security forces had freed "about 130" people', qualifier="about"),
            C("released", 133, "put the number of people evacuated alive at 133"),
            C("released", 80, '"around 80" hostages have now been freed', qualifier="about",
              note="cumulative: partial running total at 12.20 GMT, superseded; optional"),
            C("released", 20, 'A security source put their number at "about 20".', qualifier="about",
              note="cumulative: guests let go early by the gunmen, part of the total; optional"),
            C("remaining_held", 138, "138 people - 125 guests and 13 employees - are still being held inside",
              note="claim by Rezidor, as of 11.30 GMT; optional"),
            C("remaining_held", 170, "are holding 170 people hostage",
              note="claim by Rezidor, as of 09.45 GMT at the start of the siege; optional"),
            C("other", 140, "140 guests and 30 employees", note="subsets of the 170 (140 guests, 30 employees)"),
            C("other", 125, "125 guests and 13 employees", note="subsets of the 138"),
            C("other", 21, "21 bodies had been recovered, including those of two attackers", note="dead"),
            C("other", 6, "six Russians, three Chinese, an American and a Belgian", note="foreign dead"),
            C("other", 7, "all seven of its crew members", note="subset of the freed"),
            C("other", 12, "its 12 crew members had been evacuated", note="subset of the freed"),
            C("other", 4, "Four other Chinese guests were rescued", note="subset of the freed"),
            C("other", 30, "after serving 30 years of a life sentence", note="Pollard: years served (unrelated entry)"),
            C("other", 336, "voted 336-0", note="Senate vote (unrelated entry)"),
        ],
        released_names=['Sékouba "Bambino" Diabaté'],
        alias_groups={'Sékouba "Bambino" Diabaté': ["Diabaté"]},
        not_released_names=[],
        other_event_released_names=["Jonathan Pollard"],
        other_people=["Helen Marsden", "Olumide Bakare", "Salif Traoré", "Mokhtar Belmokhtar", "Anita Datar",
                      "Geoffrey Dieudonné", "Ibrahim Boubacar Keïta"],
        distractors=["Jonathan Pollard's parole release is an unrelated live-blog entry (different event)",
                     "Anita Datar and Geoffrey Dieudonné were killed", "551 votes to six; 19.12 GMT timestamps",
                     "Most viewed: 'Kidnapped Italian priest freed in Cameroon' (page noise)",
                     "'about 130' and '133' both describe the final total"],
    ),
    dict(
        file="007_sudan_egyptian_soldiers_brief.txt", published="2023-04-20", outlet="Reuters brief",
        event="RSF hands 27 captured Egyptian soldiers to the ICRC; 177 Egyptian troops flown home from Sudan, 2023-04-19/20",
        counts=[
            C("released", 27, "it had handed 27 of them over to the International Committee of the Red Cross in Khartoum"),
            C("transferred_to", 177, "177 Egyptian soldiers caught up in the fighting in Sudan had been flown back to Cairo",
              where="Cairo", note="inferred: flown home; includes troops who were never captured; optional"),
            C("other", 4, "four military transport aircraft", note="aircraft"),
            C("other", 330, "has killed at least 330 people", qualifier="at_least", note="war deaths"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gharib Abdel Hafez", "Mohamed Hamdan Dagalo", "Omar Fathy", "Samia Nasr", "Mark Hollis"],
        distractors=["whether any Egyptian personnel remained in Sudan is not stated (no held count)"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_chaco_prisoner_exchange_1936.txt", published="1936-05-28", outlet="UP wire (archive)",
        event="Bolivia-Paraguay POW exchange after the Chaco War: first 1,200 Bolivians for 312 Paraguayans, 1936",
        counts=[
            C("exchanged", 1200, "Twelve hundred Bolivian prisoners of war"),
            C("transferred_to", 1200,
              "Twelve hundred Bolivian prisoners of war, the first contingent of the 17,000 captured by Paraguay in three years of fighting in the Gran Chaco, embarked today on two river steamers for the Argentine port of Formosa",
              where="Formosa", note="transit through a third country (Argentina)"),
            C("exchanged", 312, "312 Paraguayan soldiers released by Bolivia crossed the lines near Villa Montes"),
            C("other", 17000, "the 17,000 captured by Paraguay", note="total captured during the war"),
            C("remaining_held", 15800, "The remaining 15,800 Bolivians are still held in camps",
              note="to be sent home in weekly contingents"),
            C("other", 1500, "weekly contingents of about 1,500", qualifier="about", note="planned contingent size"),
            C("other", 2500, "some 2,500 Paraguayan prisoners", qualifier="about",
              note="total taken by Bolivia during the war; remainder to be returned by end of June (planned)"),
            C("other", 5000, "about 5,000 prisoners died in captivity", qualifier="about", note="deaths"),
        ],
        released_names=["Ernesto Salinas Vega", "Jorge Añez"],
        alias_groups={},
        not_released_names=["Ramiro Urioste"],
        other_event_released_names=[],
        other_people=["Luis Urioste", "JOSE MARIA ESCOBAR", "Carlos Saavedra Lamas", "Rafael Franco",
                      "Jose Felix Estigarribia"],
        distractors=["Capt. Luis Urioste (brother of the still-held colonel) was killed", "age 22; 'two years and two months'",
                     "December, 1933; steamers Cuyabá and Tacuarí"],
    ),
    dict(
        file="009_israel_transjordan_exchange_1949.txt", published="1949-03-01", outlet="AP brief (archive)",
        event="First Israel-Transjordan prisoner exchange at the Mandelbaum Gate, 670 for 1,032, 1949",
        counts=[
            C("exchanged", 670, "Six hundred and seventy Israeli soldiers and civilians"),
            C("exchanged", 1032, "Israel in turn released 1,032 Arab prisoners"),
            C("released", 26, "26 wounded prisoners freed by the Legion last November", note="earlier event (November 1948)"),
        ],
        released_names=["Moshe Russnak"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ralph J. Bunche"],
        distractors=["the exchange with Egypt is planned (no figure)", "surrender May 28 (date)"],
    ),
    dict(
        file="010_chibok_21_girls_freed.txt", published="2016-10-13", outlet="Nigerian daily web page (ads, READ ALSO, most read)",
        event="Boko Haram frees 21 Chibok schoolgirls after ICRC/Swiss-brokered talks; swap reported and denied, 2016-10-13",
        counts=[
            C("released", 21, "Twenty-one of the schoolgirls abducted by Boko Haram"),
            C("exchanged", 4, "four Boko Haram commanders in detention had been freed in exchange for the girls",
              note="claim by some local media and a wire agency; denied by the government; optional"),
            C("released", 83, "83 more of them were ready to be released in a second phase", note="planned"),
            C("other", 276, "276 girls were abducted", note="total abducted in 2014"),
            C("other", 57, "Fifty-seven escaped within days", note="escaped in 2014"),
            C("remaining_held", 197, "leaves 197 of the girls still in captivity"),
            C("remaining_held", 200, "nearly 200 of our daughters are still in the bush", qualifier="about",
              note="vague quantifier (parent's quote)"),
            C("other", 30, "Army rescues 30 hostages, arrests 11 suspects", note="page noise (READ ALSO headline)"),
            C("other", 1880, "Army frees 1,880 civilians in Borno villages", note="page noise (Related headline)"),
            C("other", 24, "Senate confirms 24 ambassadorial nominees", note="page noise"),
        ],
        released_names=["Jummai John", "Rebecca Mallam", "Comfort Amos"],
        alias_groups={"Amina Ali Nkeki": ["Amina Ali"]},
        not_released_names=[],
        other_event_released_names=["Amina Ali Nkeki"],
        other_people=["Musa Ibrahim Garba", "Idris Ndahi", "Tunde Adeyemi", "Yemi Osinbajo", "Garba Shehu",
                      "Lai Mohammed", "Muhammadu Buhari", "Yakubu Nkeki", "Oby Ezekwesili", "Aisha Yesufu",
                      "Abubakar Shekau", "Abu Musab al-Barnawi"],
        distractors=["Yakubu Nkeki (parents' chairman) is the uncle of Amina Ali Nkeki, who was found in May (earlier)",
                     "Most Read: 'Court frees ex-minister on N50m bail', 'Gunmen release kidnapped Delta monarch' (page noise)",
                     "N470/$; 2-1; 56 Comments; April 14, 2014"],
    ),
    dict(
        file="011_shalit_deal_second_stage.txt", published="2011-12-18", outlet="UK broadcaster web page (cookie banner, media residue)",
        event="Israel frees 550 Palestinian prisoners in the second stage of the Shalit exchange, 2011-12-18",
        counts=[
            C("exchanged", 550, "Israel has released 550 Palestinian prisoners in the second and final phase"),
            C("other", 45, "All but 45 of the prisoners were taken to the West Bank",
              note="45 did not go to the West Bank (41 + 2 + 2)"),
            C("transferred_to", 505, "All but 45 of the prisoners were taken to the West Bank", where="West Bank",
              note="inferred: 550 - 45, taken home; optional"),
            C("transferred_to", 41, "Forty-one were bussed to the Gaza Strip through the Kerem Shalom crossing",
              where="Gaza Strip", note="inferred: taken home; optional"),
            C("transferred_to", 2, "two were driven to their homes in East Jerusalem", where="East Jerusalem",
              note="inferred: taken home; optional"),
            C("transferred_to", 2, "two others were handed over to Jordan at the Allenby Bridge", where="Jordan"),
            C("other", 6, "Among those freed were six women", note="subset of the 550"),
            C("exchanged", 477, "Israel freed 477 prisoners", note="earlier event (first stage, 18 October 2011)"),
            C("other", 40, "Forty of those were sent into exile abroad", note="earlier event (first-stage deportations)"),
            C("released", 1027, "The total of 1,027 prisoners", note="cumulative (both stages)"),
            C("remaining_held", 4800, "about 4,800 Palestinians remain in Israeli jails", qualifier="about",
              note="estimate by Palestinian prisoner groups"),
        ],
        released_names=["Yousef Hamdan"],
        alias_groups={"Gilad Shalit": ["Gilad Schalit"]},
        not_released_names=["Marwan Barghouti", "Ahmad Saadat"],
        other_event_released_names=["Gilad Shalit"],
        other_people=["Samira Hamdan", "Issa Qaraqe", "Benjamin Netanyahu", "Noam Shalit"],
        distractors=["Samira Hamdan is the mother of releasee Yousef Hamdan", "Noam Shalit is Gilad Shalit's father",
                     "served nine years of his 11; age 29; 22:00 local (20:00 GMT); 1:42",
                     "Most popular: 'Freed French aid workers describe Yemen ordeal' (page noise)"],
    ),
    dict(
        file="012_iran_france_marchal_translated.txt", published="2020-03-21", outlet="French daily (with AFP), machine-translated",
        event="Iran frees Roland Marchal; France frees Iranian engineer Jalal Rohollahnejad, 2020-03-20",
        counts=[
            C("released", 85000, "a temporary leave to some 85 000 prisoners", qualifier="about",
              note="earlier event (coronavirus furloughs since early March); not this release"),
            C("released", 10000, "pardoned 10 000 detainees", note="earlier event (Nowruz pardon); not this release"),
            C("remaining_held", 12, "at least a dozen foreigners or binationals, mostly Europeans, are still detained in Iran",
              qualifier="at_least", note="vague quantifier ('a dozen'); estimate by rights groups"),
            C("other", 49, "a hunger strike of 49 days", note="duration"),
        ],
        released_names=["Roland Marchal", "Jalal Rohollahnejad"],
        alias_groups={"Jalal Rohollahnejad": ["Jalal Rouhollahnejad"], "Gholamhossein Esmaïli": ["Esmaïli"]},
        not_released_names=["Fariba Adelkhah"],
        other_event_released_names=["Clotilde Reiss", "Ali Vakili Rad"],
        other_people=["Claire Dumesnil", "Emmanuel Macron", "Gholamhossein Esmaïli", "Abbas Moussavi", "Jean-Marc Lorrain",
                      "Jean-Yves Le Drian", "Ali Khamenei", "Chapour Bakhtiar"],
        distractors=["ages 64 and 60", "Paris did not confirm an exchange (both men are still freed the same day)",
                     "Bakhtiar was assassinated (not a prisoner)", "09h12 / 11h40 timestamps"],
    ),
    dict(
        file="013_gaza_bodies_for_prisoners_analysis.txt", published="2025-02-27", outlet="news analysis piece",
        event="Hamas hands over four hostages' bodies; Israel releases 643 Palestinian prisoners and detainees, 2025-02-27",
        counts=[
            C("exchanged", 600, "Israel released more than 600 Palestinian prisoners and detainees", qualifier="more_than"),
            C("exchanged", 643, "643 people were freed overnight"),
            C("other", 445, "445 men detained in Gaza during the war", note="subset of the 643"),
            C("other", 151, "151 serving life or long sentences", note="subset of the 643"),
            C("transferred_to", 97, "97 of whom were taken to Egypt to be deported", where="Egypt"),
            C("other", 4, "the remains of four Israeli hostages", note="bodies, not living releasees"),
            C("released", 33, "it returned 33 hostages", note="cumulative (phase one, including eight bodies)"),
            C("released", 25, "25 alive and eight dead", note="cumulative (living hostages returned in phase one)"),
            C("exchanged", 1800, "in exchange for about 1,800 Palestinians", qualifier="about", note="cumulative (phase one)"),
            C("released", 5, "Five Thai farm workers were freed outside the deal's framework in January",
              note="earlier event (January 2025)"),
            C("released", 6, "Last Saturday's release of six living hostages", note="earlier event (22 February 2025)"),
            C("exchanged", 620, "the scheduled release of 620 Palestinians",
              note="planned for 22 February and withheld; released in this exchange; optional"),
            C("remaining_held", 59, "Fifty-nine hostages remain in Gaza."),
            C("remaining_held", 24, "Israeli officials believe 24 of them are alive.",
              note="inferred: subset of the 59 believed alive; optional"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Matan Zangauker", "Evyatar David", "Rom Braslavski"],
        other_event_released_names=["Eliya Cohen", "Omer Shem Tov", "Omer Wenkert", "Tal Shoham", "Avera Mengistu",
                                    "Hisham al-Sayed"],
        other_people=["Ohad Yahalomi", "Itzik Elgarat", "Shlomo Mansour", "Tsachi Idan", "Shiri Bibas",
                      "Daniel Ashkenazi", "Rania Khalidi", "Miriam Eldar", "Benjamin Netanyahu", "Steve Witkoff",
                      "Hazem Qassem", "Samer Abu Eid"],
        distractors=["Yahalomi, Elgarat, Mansour and Idan were returned as bodies (never 'released')",
                     "Shiri Bibas's body was returned earlier", "'16th day of the truce' is an ordinal",
                     "7 October 2023; 14:05"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / political prisoners
    dict(
        file="014_soyinka_released_1969.txt", published="1969-10-08", outlet="Reuters brief (archive)",
        event="Nigeria frees Wole Soyinka and 16 other detainees, 1969-10",
        counts=[
            C("released", 16, "the release of Soyinka and 16 other detainees"),
            C("released", 17, "the release of Soyinka and 16 other detainees", note="inferred: Soyinka plus 16; optional"),
        ],
        released_names=["Wole Soyinka"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Obafemi Awolowo"],
        other_people=["Yakubu Gowon"],
        distractors=["age 35; 26 months; jailed in 1963; freed in August 1966 (Awolowo, earlier)"],
    ),
    dict(
        file="015_goldberg_freed_flies_to_israel.txt", published="1985-02-28", outlet="Reuters wire (archive)",
        event="South Africa frees Rivonia trialist Denis Goldberg after 22 years; he flies to Israel, 1985-02-28",
        counts=[
            C("remaining_held", 7, "The release leaves the other seven men convicted with Goldberg in 1964 in prison."),
            C("remaining_held", 340, "about 340 people are serving sentences for security offences in South Africa",
              qualifier="about", note="Justice Ministry figure for all security prisoners"),
        ],
        released_names=["Denis Goldberg"],
        alias_groups={},
        not_released_names=["Nelson Mandela", "Walter Sisulu", "Raymond Mhlaba", "Andrew Mlangeni", "Ahmed Kathrada",
                            "Govan Mbeki", "Elias Motsoaledi"],
        other_event_released_names=["Herman Toivo ja Toivo"],
        other_people=["PETER HOLLINGSWORTH", "Kobie Coetsee", "P.W. Botha", "Esme Goldberg"],
        distractors=["Esme Goldberg (wife) and his daughter Hilary (first name only) are relatives",
                     "Zindzi (Mandela's daughter, first name only)", "ages 51 and 66; 22 years; 16 years; 7 p.m. (1700 GMT)",
                     "Goldberg's transfer to Israel has no count (single person)"],
    ),
    dict(
        file="016_menoyo_freed_to_madrid.txt", published="1986-12-23", outlet="US newspaper archive page (related articles)",
        event="Cuba frees Eloy Gutierrez Menoyo after 22 years; flown to Madrid, 1986-12-22",
        counts=[
            C("remaining_held", 130, 'at least 130 "historic" prisoners jailed since the 1960s remain behind bars',
              qualifier="at_least", note="estimate by human rights groups"),
            C("released", 26, "returned from Havana with 26 Cuban political prisoners", note="earlier event (1984)"),
            C("released", 48, "Jackson brings home 48 freed prisoners from Cuba", note="earlier event (1984; related-articles list)"),
            C("released", 2, "Castro frees 2 Americans held on drug charges", note="earlier event (October 1986; related-articles list)"),
            C("other", 30, "was sentenced to 30 years", note="sentence"),
        ],
        released_names=["Eloy Gutierrez Menoyo"],
        alias_groups={"Eloy Gutierrez Menoyo": ["Eloy Gutiérrez Menoyo"]},
        not_released_names=["Mario Chanes de Armas", "Ernesto Diaz Rodriguez"],
        other_event_released_names=["Armando Valladares"],
        other_people=["Ricardo Montes", "Felipe Gonzalez", "Patricia Gutierrez Menoyo", "Carlos Gutierrez Menoyo",
                      "Fidel Castro", "Francois Mitterrand", "Jesse Jackson"],
        distractors=["Patricia (daughter) and Carlos (brother, killed 1957) share the surname Gutierrez Menoyo",
                     "'a small number' of other prisoners may leave next year (planned, vague)",
                     "age 52; 22 years; 6 p.m.; three companions"],
    ),
    dict(
        file="017_egypt_presidential_pardon_statement.txt", published="2012-07-19", outlet="government statement (translated) with editor's note",
        event="Egypt: President Morsi pardons 572 civilians convicted by military courts, 2012-07-19",
        counts=[
            C("released", 572, "the 572 pardoned persons shall be released immediately"),
            C("released", 16, "the suspension of the sentences of 16 other citizens", note="planned (decision pending)"),
            C("other", 2165, "approximately 2.165 files", qualifier="about", note="files under review; not people released"),
            C("other", 12000, "some 12,000 civilians have been tried before military tribunals", qualifier="about",
              note="civilians tried since 2011"),
            C("remaining_held", 1100, "at least 1,100 of them were still in prison after the decree", qualifier="at_least",
              note="estimate by No to Military Trials for Civilians"),
            C("released", 1959, "pardoned 1,959 people convicted by military courts", note="earlier event (January 2012, SCAF)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohamed Morsi", "Mohamed Amin El-Mahdi", "Yasser Ali", "Hosni Mubarak"],
        distractors=["Decree No. 75 of 2012; 5 July 2012; 25 January 2011 (numbers that are not counts)",
                     "second report within two weeks (planned, no figure)"],
    ),
    dict(
        file="018_nicaragua_guardsmen_pardon_1989.txt", published="1989-03-17", outlet="AP wire (archive)",
        event="Nicaragua frees 1,894 former National Guardsmen under the Costa del Sol pledge, 1989-03",
        counts=[
            C("released", 1894, "The government said 1,894 guardsmen, jailed since the Sandinista revolution toppled Somoza in July 1979, were freed Friday"),
            C("remaining_held", 39, "39 guardsmen convicted of"),
            C("remaining_held", 1600, "about 1,600 other political prisoners remain in Nicaraguan jails", qualifier="about",
              note="estimate by the Permanent Commission on Human Rights"),
            C("released", 985, "The government freed 985 prisoners in November 1987", note="earlier event (November 1987)"),
            C("other", 25, "nine years of a 25-year sentence", note="sentence"),
        ],
        released_names=["Francisco Javier Somarriba", "Juan Ramon Tellez"],
        alias_groups={},
        not_released_names=["Gonzalo Ocampo Reyes"],
        other_event_released_names=[],
        other_people=["ROBERTO CACERES", "Anastasio Somoza", "Daniel Ortega", "Tomas Borge", "Maria Elena Somarriba",
                      "Lino Hernandez", "Miguel Obando y Bravo"],
        distractors=["Maria Elena Somarriba is the wife of a freed guardsman", "'Hundreds ... walked out' is vague",
                     "ages 55, 47; 30 years; nine years"],
    ),
    dict(
        file="019_sudan_detainees_ngo_release.txt", published="2019-04-15", outlet="NGO press release (demands, contact block)",
        event="Sudan: detainees freed after al-Bashir's ouster; NGO demands release of those still held, 2019-04-11..15",
        counts=[
            C("released", 2500, "confirmed the release of at least 2,500 people", qualifier="at_least"),
            C("other", 146, "including 146 women and 27 children under 18", note="subsets of the freed (146 women, 27 children)"),
            C("other", 14, "one of 14 doctors arrested", note="arrests"),
            C("remaining_held", 180, "at least 180 people who were still held or whose whereabouts were unknown",
              qualifier="at_least", note="as of 14 April 2019; includes people whose whereabouts are unknown"),
            C("other", 65, "At least 65 people have been killed", qualifier="at_least", note="deaths"),
            C("other", 12, "monitors in 12 of Sudan's 18 states", note="boilerplate"),
        ],
        released_names=["Mohamed Naji al-Assam", "Amal Osman Idris", "Hisham Abdelrahman"],
        alias_groups={"Mohamed Naji al-Assam": ["Mohammed Nagi Alassam"]},
        not_released_names=["Babiker Elamin Hassan", "Nusaiba Hamid Ali"],
        other_event_released_names=[],
        other_people=["Awad Ibn Auf", "Abdel Fattah al-Burhan", "Salah Gosh", "Tahani Bashir", "Rania Suleiman"],
        distractors=["demands list and contact block (phone numbers)", "19 December 2018; 22 February 2019; 2010 Act",
                     "'Hundreds of families are still waiting' is vague"],
    ),
    dict(
        file="020_peltier_comes_home_feature.txt", published="2025-02-23", outlet="US regional newspaper long feature",
        event="Leonard Peltier leaves prison after Biden's commutation to home confinement, 2025-02-18",
        counts=[
            C("other", 1500, "commuted the sentences of about 1,500 people who had been released to home confinement during the pandemic",
              qualifier="about", note="earlier event (December 2024 commutations)"),
            C("other", 39, "pardoned 39 others", note="earlier event (December 2024 pardons)"),
            C("other", 37, "37 of the 40 men on federal death row", note="earlier event (death-row commutations, not releases)"),
            C("other", 2500, "nearly 2,500 people serving long terms for nonviolent drug offenses", qualifier="about",
              note="earlier event (17 January 2025 commutations)"),
            C("other", 400000, "more than 400,000 signatures", qualifier="more_than", note="petition"),
        ],
        released_names=["Leonard Peltier"],
        alias_groups={},
        not_released_names=["Mumia Abu-Jamal"],
        other_event_released_names=["Dino Butler", "Bob Robideau"],
        other_people=["Jenna Lindqvist", "Erik Sandvold", "Darrell Peltier", "Joe Biden", "Jack Coler", "Ronald Williams",
                      "Joe Stuntz", "Nelson Mandela", "Christopher Wray", "Holly Whitebird", "Anna Mae Aquash",
                      "Edward Williams", "Marcus Lafromboise", "Shayla Peltier"],
        distractors=["Darrell and Shayla Peltier are relatives", "Edward Williams is the brother of agent Ronald Williams",
                     "home confinement after commutation is counted as release (judgement call)",
                     "Butler and Robideau were acquitted in 1976 (earlier, different event)",
                     "ages 80, 27, 9; 49 years; two consecutive life terms"],
    ),
]


def main():
    ok = True

    def bad(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        bad(f"file list mismatch: {files}")
    if len({g["file"] for g in GOLD}) != len(GOLD):
        bad("duplicate file in GOLD")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            bad(f"{g['file']}: missing article")
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for key in ("file", "published", "outlet", "event", "counts", "alias_groups", "distractors") + NAME_LISTS:
            if key not in g:
                bad(f"{g['file']}: missing key {key}")
        for c in g["counts"]:
            if c["quote"] not in text:
                bad(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                bad(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALIFIERS:
                bad(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                bad(f"{g['file']}: value not int: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    bad(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    bad(f"{g['file']}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                bad(f"{g['file']}: where set on {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    bad(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    bad(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                bad(f"{g['file']}: alias-group key not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    bad(f"{g['file']}: alias not found: {a!r}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
