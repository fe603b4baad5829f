#!/usr/bin/env python3
"""Gold for devset_eee (blind, held-out-style). Writes gold.jsonl next to this script and
checks it against the articles:
  - every quote is an exact substring of its article;
  - every name, alias and `where` occurs in the article (case-insensitive, for all-caps bylines);
  - no name or alias is in two lists, and every alias-group key is a listed name;
  - kinds and qualifiers are valid, values are integers, `where` is set exactly on transferred_to;
  - the GOLD file list matches articles/.
Prints '... checks OK' (exit 0) or the problems and 'checks FAILED' (exit 1)."""
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
        file="001_larnaca_hijack_1978.txt", published="1978-02-19", outlet="AP wire (all-caps byline)",
        event="Larnaca: gunmen who killed Youssef el-Sebai free their last 15 hostages after the Egyptian commando raid, 1978-02-19",
        counts=[
            C("released", 15, "freed their last 15 hostages"),
            C("released", 11, "11 delegates to a conference of the Afro-Asian People's Solidarity Organization",
              note="subset of the 15 (delegates); inferred, optional"),
            C("released", 4, "a four-man Cyprus Airways crew", note="subset of the 15 (crew); inferred, optional"),
            C("other", 15, "Fifteen Egyptian commandos were killed", note="killed"),
            C("other", 16, "at least 16 other people were wounded", qualifier="at_least", note="wounded"),
            C("other", 30, "seized about 30 conference delegates", qualifier="about",
              note="seized at the hotel on Saturday; about half let go there (no number)"),
            C("other", 70, "About 70 commandos poured out", qualifier="about", note="Egyptian commandos"),
        ],
        released_names=["Andreas Kyriakides", "Samuel Mwangi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andreas Mavros", "Maria Kyriakides", "Miltiades Christodoulou", "Youssef el-Sebai",
                      "Anwar Sadat", "Spyros Kyprianou"],
        distractors=["'let about half of the hostages go' at the hotel: earlier phase, no number",
                     "Maria Kyriakides is the pilot's wife (same surname)",
                     "the two unnamed gunmen surrendered and are in custody (not releasees)",
                     "9:35 p.m.; nearly 30 hours; 200 yards; nearly an hour; aged 60"],
    ),
    dict(
        file="002_barcelona_bank_siege_1981.txt", published="2021-05-23",
        outlet="Spanish daily web page, machine-translated (cookie bar, 'You may be interested' list)",
        event="Barcelona Banco Central siege ends; the 263 remaining hostages freed by the GEO, 1981-05-24 (40-years-on feature)",
        counts=[
            C("released", 263, "The 263 hostages who still remained inside were released in less than ten minutes"),
            C("released", 20, "the assailants released a twenty of hostages", qualifier="about",
              note="inferred: earlier release within the same siege (first night); 'a twenty' = some twenty; optional"),
            C("other", 300, "some 300 people, according to the police count", qualifier="about",
              note="people taken at the start (not a release count)"),
            C("other", 11, "Eleven armed men", note="assailants"),
            C("other", 10, "The police arrested ten of the attackers", note="arrests"),
            C("other", 1200, "more than 1.200 agents", qualifier="more_than", note="police deployed"),
            C("other", 100, "with a hundred of colleagues", qualifier="about",
              note="freed hostages taken to the police station for identification; not a separate release"),
            C("released", 14, "The Mossos free 14 women victims of sexual exploitation",
              note="earlier event: unrelated page-noise headline"),
        ],
        released_names=["Montserrat Puig"],
        alias_groups={"José Juan Martínez Gómez": ["El Rubio"]},
        not_released_names=[],
        other_event_released_names=["Antonio Tejero"],
        other_people=["Laura Vidal", "Jordi Puig", "Juan José Rosón", "José Juan Martínez Gómez", "Francisco Ruiz",
                      "Jaime Milans del Bosch"],
        distractors=["Tejero's release was demanded and refused; he left prison in December 1996 (other event)",
                     "Jordi Puig is the freed cashier's brother (same surname)",
                     "37 hours; 40 years; 30 years of prison; 2,5 million pesetas; 50% of capacity",
                     "'Three detainees for the assault on a jewelry shop' is page noise (arrests)"],
    ),
    dict(
        file="003_istanbul_swissotel_2001.txt", published="2001-04-23",
        outlet="UK broadcaster web page (cookie banner, video residue, related and top stories)",
        event="Istanbul Swissotel siege ends; 13 pro-Chechen gunmen surrender and free about 120 hostages, 2001-04-23",
        counts=[
            C("released", 120, "freeing about 120 hostages unharmed", qualifier="about"),
            C("released", 20, "A group of about 20 hostages, most of them women, had been allowed to leave in the early hours",
              qualifier="about", note="inferred: earlier release within the same siege; optional"),
            C("other", 13, "The 13 gunmen", note="hostage-takers; surrendered"),
            C("other", 30, "at least 30 foreigners", qualifier="at_least", note="subset of the guests"),
            C("released", 200, "releasing more than 200 passengers and crew", qualifier="more_than",
              note="earlier event (January 1996 Avrasya ferry hijack)"),
            C("released", 12, "Georgia frees 12 Chechen refugees", note="earlier event: related-link headline"),
        ],
        released_names=["Sharon Whitley", "Ayşe Demir"],
        alias_groups={"Ayşe Demir": ["Ayse Demir"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Erol Çakır", "Muhammed Tokcan", "Sadettin Tantan", "Aslan Maskhadov", "Chris Morrisby",
                      "Murat Ozkan"],
        distractors=["Tokcan and the gunmen surrendered (in custody, not releasees)",
                     "12-hour stand-off; 1100 local time (0800 GMT); four days; aged 45",
                     "top stories and related links are page noise"],
    ),
    dict(
        file="004_aboke_girls_1996.txt", published="1996-11", outlet="Ugandan Sunday newspaper, long feature",
        event="LRA frees 109 of the 139 St Mary's College Aboke girls to Sister Rachele Fassera, keeps 30, 1996-10-10",
        counts=[
            C("other", 139, "139 students", note="abducted"),
            C("released", 109, "The 109 girls who were freed walked back"),
            C("remaining_held", 30, "In the end the rebels let all but 30 of them go",
              note="kept at the time of the release (10 October)"),
            C("remaining_held", 29, "The other 29 are still held", note="as of publication, after one escaped"),
            C("other", 1, "one of the 30, a 14-year-old named Judith Acen, escaped",
              note="escape on 29 October (different event)"),
            C("released", 42, "soldiers freed 42 children from a rebel camp", note="earlier event (July 1996 army raid)"),
            C("released", 3000, "more than 3,000 have passed through their gates since it opened in 1995",
              qualifier="more_than", note="cumulative: children who escaped or were rescued since 1995; optional"),
            C("other", 8000, "as many as 8,000 children have been abducted", qualifier="about",
              note="claim by UNICEF; abducted since 1994"),
            C("other", 71, "71 have returned to their desks", note="subset of the 109 back at school"),
            C("other", 150, "between 150 and 200 of them", note="rebels (range)"),
        ],
        released_names=["Susan Aciro", "Agnes Akello"],
        alias_groups={},
        not_released_names=["Charlotte Awino", "Esther Apio"],
        other_event_released_names=["Judith Acen"],
        other_people=["Grace Lamunu", "Rachele Fassera", "John Bosco Ocen", "Lagira", "Angelina Atyam", "Joseph Kony",
                      "Yoweri Museveni", "Ben Okello", "Patrick Okema"],
        distractors=["Angelina Atyam is Charlotte Awino's mother; Ben Okello is Agnes Akello's father",
                     "Judith Acen escaped (not freed in the main event)",
                     "aged 13 to 16; 2 a.m.; 4 p.m.; two members of parliament; Ten Commandments",
                     "Sister Rachele offered to stay in their place (refused)"],
    ),
    dict(
        file="005_asphalt_venture_2011.txt", published="2011-04-17",
        outlet="Indian newspaper web page (ads, most-read list, comments)",
        event="Somali pirates free the MV Asphalt Venture and eight Indian crew, keep seven ashore, 2011-04-15",
        counts=[
            C("released", 8, "The eight sailors who were allowed to leave"),
            C("remaining_held", 7, "kept seven of its 15 Indian crew ashore as hostages"),
            C("other", 15, "hijacked with 15 Indian crew on board", note="total crew"),
            C("transferred_to", 8, "is expected to reach Mombasa on Tuesday", where="Mombasa",
              note="planned: the freed sailors are aboard the ship heading to Mombasa; optional"),
            C("remaining_held", 53, "at least 53 Indian seafarers are still held by Somali pirates on six other vessels",
              qualifier="at_least"),
            C("remaining_held", 120, "about 120 are now in custody in Mumbai awaiting trial", qualifier="about",
              note="optional (inferred): Somali suspects held in India, whose release the pirates demand"),
            C("other", 61, "captured 61 suspected pirates in March alone", note="captures"),
            C("released", 25, "pirates freed the Bangladesh-flagged bulk carrier Jahan Moni and its 25 crew",
              note="earlier event (March 2011)"),
            C("released", 1200, "Maharashtra frees 1,200 undertrials under new bail plan",
              note="earlier event: most-read page noise"),
            C("other", 2, "Two held with fake notes at CST station", note="page noise (arrests), not captives"),
        ],
        released_names=["Sunil Nair"],
        alias_groups={},
        not_released_names=["Ravindra Pandey", "Joseph D'Souza"],
        other_event_released_names=[],
        other_people=["Rahul Deshmukh", "Deepak Kapoor", "Priya Nair", "Ramesh Pandey", "G K Vasan",
                      "Abdulgani Serang"],
        distractors=["Priya Nair is the freed officer's wife; Ramesh Pandey is the held master's father",
                     "$3.5 million ransom; seven months; aged 27; Comments (23)"],
    ),
    dict(
        file="006_moundsville_riot_1986.txt", published="1986-01-03", outlet="UPI archive wire",
        event="West Virginia Penitentiary uprising ends; inmates free their last 13 hostages, 1986-01-03",
        counts=[
            C("released", 13, "released their last 13 hostages"),
            C("released", 3, "Three other hostages had been released Thursday",
              note="inferred: earlier release within the same uprising; optional"),
            C("released", 16, "All 16 of our people are out", note="cumulative: all hostages of the uprising; optional"),
            C("other", 12, "12 guards and a food service worker", note="subset of the 13"),
            C("other", 3, "three convicts were killed", note="killed by other inmates"),
            C("other", 750, "houses about 750 men", qualifier="about", note="prison population"),
            C("other", 5, "a committee of five inmates"),
            C("other", 20, "their list of 20 demands"),
            C("released", 8, "inmates held eight guards for two days before releasing them unharmed",
              note="earlier event (1973 disturbance)"),
        ],
        released_names=["Kenneth Spence", "Roy Baker"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["David Blackwell", "Arch Moore", "Jerry Hedrick", "Carol Spence"],
        distractors=["Carol Spence is the freed guard's wife", "inmate spokesman 'Red' (no name)",
                     "43-hour; 1:10 p.m.; 6 p.m.; 120-year-old; 20 degrees; 20 minutes; aged 34 and 51",
                     "amnesty was demanded and refused"],
    ),
    dict(
        file="007_spanish_journalists_syria_2014.txt", published="2014-03-30", outlet="AFP brief (desk initials)",
        event="ISIL frees Spanish journalists Javier Espinosa and Ricardo Garcia Vilanova into Turkey, 2014-03-29",
        counts=[
            C("released", 2, "Two Spanish journalists held hostage for six months by jihadists in northern Syria have been freed"),
            C("transferred_to", 2, "crossed into Turkey late Saturday, where they were handed over to the Turkish authorities",
              where="Turkey"),
            C("remaining_held", 20, "at least 20 journalists, Syrian and foreign, are currently held hostage in Syria",
              qualifier="at_least"),
        ],
        released_names=["Javier Espinosa", "Ricardo Garcia Vilanova"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Marc Marginedas"],
        other_people=["Monica Garcia Prieto", "Mariano Rajoy"],
        distractors=["Monica Garcia Prieto is Espinosa's wife", "six months; two-week trip; September 16; ages 49 and 42",
                     "the flight to Torrejon is a return home, not a transfer"],
    ),
    # ------------------------------------------------------------------ swaps and exchanges
    dict(
        file="008_spain_brigaders_exchange_1938.txt", published="1938-10-25",
        outlet="British newspaper 'From the archive' page (1938 correspondent's report)",
        event="Spanish Civil War: 67 British International Brigaders exchanged for Italian prisoners at Irun/Hendaye, 1938-10-24",
        counts=[
            C("exchanged", 67, "Sixty-seven members of the British battalion of the International Brigade"),
            C("exchanged", 67, "They have been exchanged for a like number of Italian prisoners held by the Barcelona Government",
              note="planned: Italian side to be handed over at Le Perthus later this week; inferred (a like number); optional"),
            C("transferred_to", 67, "crossed the international bridge from Irun into France this afternoon", where="France",
              note="inferred: handed over at the frontier, in transit home to Britain; optional"),
            C("remaining_held", 40, "About 40 British prisoners remain at San Pedro de Cardeña", qualifier="about"),
            C("released", 10, "A first small party of ten British prisoners was released in the spring",
              note="earlier event (spring 1938)"),
        ],
        released_names=["William Tattersall", "Thomas Brady"],
        alias_groups={},
        not_released_names=["Frank Ryan"],
        other_event_released_names=[],
        other_people=["Philip Chetwode", "Doris Tattersall"],
        distractors=["Doris Tattersall is the freed man's mother (same surname)",
                     "Frank Ryan was sentenced to death; his case is 'under consideration' (still held)",
                     "three o'clock; to-morrow evening; captured at Calaceite in April"],
    ),
    dict(
        file="009_cyprus_hostage_exchange_1964.txt", published="1964-01-11", outlet="Reuters brief (archive)",
        event="Cyprus: Greek and Turkish Cypriots exchange hostages, 23 for 11, at the Ledra Palace, 1964-01-11",
        counts=[
            C("exchanged", 23, "handed over 23 Turkish Cypriots"),
            C("exchanged", 11, "received 11 Greek Cypriots in return"),
            C("other", 3, "among them three women", note="subset of the 23"),
            C("other", 200, "more than 200 Turkish Cypriots were still unaccounted for", qualifier="more_than",
              note="missing/unaccounted for; not stated as held"),
            C("released", 500, "More than 500 Turkish Cypriot villagers held at Omorphita were released last week",
              qualifier="more_than", note="earlier event (last week)"),
        ],
        released_names=["Mehmet Ali Hasan", "Christos Antoniou"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Peter Young", "Makarios", "Fazil Kutchuk", "Duncan Sandys"],
        distractors=["70-year-old; Christmas Eve; tomorrow"],
    ),
    dict(
        file="010_suez_prisoner_exchange_1956.txt", published="1956-12-21", outlet="AP archive wire",
        event="Port Said: Anglo-French forces hand 244 Egyptian prisoners to UNEF for three Britons, 1956-12-21",
        counts=[
            C("exchanged", 244, "turned over 244 Egyptian prisoners to the United Nations Emergency Force"),
            C("exchanged", 3, "in exchange for three Britons held by Egypt"),
            C("released", 2, "Egypt released two British soldiers", note="subset of the three; inferred, optional"),
            C("remaining_held", 30, "About 30 wounded Egyptian prisoners still in British military hospitals on Cyprus",
              qualifier="about", note="planned: to be flown back when fit; optional"),
            C("released", 14, "Egypt allowed 14 British civilians", note="earlier event (10 December)"),
        ],
        released_names=["Edward Hollis", "Frank Denton", "George Marsh"],
        alias_groups={},
        not_released_names=["Anthony Moorhouse"],
        other_event_released_names=[],
        other_people=["John Redfern", "Beatrice Moorhouse", "E. L. M. Burns", "Hugh Stockwell"],
        distractors=["Beatrice Moorhouse is the missing officer's mother (same surname)",
                     "Nov. 5-6 landings; Dec. 11; ages 19, 23 and 21"],
    ),
    dict(
        file="011_peter_moore_freed_2009.txt", published="2009-12-30",
        outlet="UK broadcaster web page (cookie banner, video residue, related stories)",
        event="Peter Moore freed in Baghdad; militia leader Qais al-Khazali handed to Iraqi custody, 2009-12-30",
        counts=[
            C("other", 4, "his four bodyguards", note="kidnapped with Moore; three bodies returned, fourth believed killed"),
            C("other", 40, "about 40 men dressed in police uniforms", qualifier="about", note="kidnappers"),
            C("other", 5, "the only one of the five Britons to have been freed alive", note="Britons kidnapped"),
            C("other", 3, "The bodies of three of the guards", note="bodies returned earlier (not a release)"),
            C("released", 100, "more than 100 members of the movement have been freed since then", qualifier="more_than",
              note="earlier event: releases since June in a reconciliation process"),
            C("other", 2, "Bodies of two hostages returned", note="related-link headline; bodies"),
            C("other", 946, "946 days", note="duration"),
            C("other", 5, "five American soldiers died"),
        ],
        released_names=["Peter Moore"],
        alias_groups={"Qais al-Khazali": ["Qais Khazali"]},
        not_released_names=["Qais al-Khazali"],
        other_event_released_names=["Laith al-Khazali"],
        other_people=["David Miliband", "Jason Creswell", "Jason Swindlehurst", "Alec MacLachlan", "Alan McMenemy",
                      "Gordon Brown", "Graeme Moore", "Ali al-Dabbagh", "Sarah Whitcombe"],
        distractors=["Khazali was handed from US to Iraqi custody and 'is still being held' (swap side not yet released)",
                     "Laith al-Khazali is Qais's brother, released in June (earlier event)",
                     "the guards are dead or believed dead (not releasees)", "Graeme Moore is Peter Moore's father",
                     "'There was no exchange' (official denial)"],
    ),
    dict(
        file="012_gaza_truce_day7_liveblog.txt", published="2023-11-30",
        outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="Gaza truce day seven: eight hostages freed, 30 Palestinian prisoners released, 2023-11-30",
        counts=[
            C("released", 8, "Hamas released eight hostages on Thursday"),
            C("released", 2, "two in the afternoon", note="subset of the eight; inferred, optional"),
            C("released", 6, "Six more hostages have crossed into Israel", note="subset of the eight; inferred, optional"),
            C("exchanged", 30, "Israel released 30 Palestinian prisoners, 23 of them teenagers and seven women"),
            C("other", 23, "23 of them teenagers", note="subset of the 30"),
            C("other", 7, "seven women", note="subset of the 30"),
            C("released", 105, "That brings to 105 the number of hostages freed since the truce began on Friday",
              note="cumulative (truce total)"),
            C("other", 23, "among them 23 Thais and a Filipino", note="subset of the 105"),
            C("exchanged", 240, "to 240 the number of Palestinian prisoners released", note="cumulative (truce total)"),
            C("remaining_held", 137, "about 137 people are still held in Gaza", qualifier="about"),
            C("other", 15, "including 15 women and two children", note="subset of those still held"),
            C("released", 16, "Hamas released 16 hostages on the sixth day of the truce",
              note="earlier event (Wednesday, day six)"),
            C("exchanged", 30, "Israel released 30 prisoners in return for the Israelis",
              note="earlier event (Wednesday, day six)"),
            C("other", 3, "Three people have been killed in a shooting", note="unrelated entry"),
            C("other", 3, "in return for three Palestinian prisoners each", note="exchange ratio"),
        ],
        released_names=["Mia Schem", "Amit Soussana", "Ahed Tamimi"],
        alias_groups={},
        not_released_names=["Hersh Goldberg-Polin"],
        other_event_released_names=["Yelena Trupanob", "Irena Tati"],
        other_people=["Joe Halloran", "Ruth Ndlovu", "Henry Kissinger", "Antony Blinken", "Benjamin Netanyahu",
                      "Daniel Hagari", "Rachel Goldberg-Polin", "Majed al-Ansari", "Vladimir Putin"],
        distractors=["Rachel Goldberg-Polin is the held man's mother (same surname)",
                     "Kissinger died at 100; $100m loss and damage pledge; 7am (05.00 GMT)",
                     "10 Israelis, four Thais: subsets of Wednesday's 16 (earlier event)", "Two gunmen"],
    ),
    dict(
        file="013_azerbaijan_armenia_handover_2021.txt", published="2021-12-19",
        outlet="government statement (Azerbaijani MFA press release with contact block)",
        event="Azerbaijan hands 10 Armenian servicemen to Armenia in exchange for minefield maps (EU-mediated), 2021-12-19",
        counts=[
            C("exchanged", 10, "the Republic of Azerbaijan handed over 10 Armenian servicemen to the Republic of Armenia"),
            C("transferred_to", 10, "handed over 10 Armenian servicemen to the Republic of Armenia", where="Armenia",
              note="inferred: handed over home; optional"),
            C("released", 15, "15 Armenian detainees were handed over to Armenia on each occasion",
              note="earlier event (12 June and 3 July 2021)"),
            C("released", 100, "a total of more than 100 persons have been transferred to the Armenian side",
              qualifier="more_than", note="cumulative since November 2020; optional"),
            C("transferred_to", 100, "a total of more than 100 persons have been transferred to the Armenian side",
              qualifier="more_than", where="Armenia", note="cumulative since November 2020; optional"),
            C("other", 200, "more than 200 citizens of Azerbaijan, including civilians, have been killed or seriously injured by mines",
              qualifier="more_than"),
            C("other", 4000, "nearly 4,000 citizens of Azerbaijan who went missing", qualifier="about",
              note="missing since the 1990s; not stated as held"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ilham Aliyev", "Charles Michel", "Nikol Pashinyan", "Leyla Abdullayeva"],
        distractors=["the other side of the exchange is minefield maps (no people)", "No: 512/21; phone number",
                     "detained on 16 November 2021; Brussels meeting 14 December"],
    ),
    # ------------------------------------------------------------------ amnesties, pardons, paroles
    dict(
        file="014_lee_clegg_released_1995.txt", published="1995-07-04",
        outlet="UK newspaper archive web page (cookie banner, related and most-read lists)",
        event="Private Lee Clegg released on licence, Northern Ireland riots follow, 1995-07-03",
        counts=[
            C("remaining_held", 2, "Two other soldiers, Scots Guardsmen James Fisher and Mark Wright",
              note="still serving life sentences"),
            C("remaining_held", 500, "the more than 500 republican prisoners held in jails in Ireland and Britain",
              qualifier="more_than", note="claim by Sinn Féin; optional"),
            C("other", 20, "more than 20 vehicles had been hijacked", qualifier="more_than"),
            C("other", 10, "10 officers had been injured"),
            C("released", 16, "Parole for 16 Maze inmates over summer", note="earlier event: related-link headline"),
            C("other", 26, "after serving 26 months", note="duration (Thain, 1986)"),
        ],
        released_names=["Lee Clegg"],
        alias_groups={},
        not_released_names=["James Fisher", "Mark Wright"],
        other_event_released_names=["Ian Thain"],
        other_people=["Fionnuala McCann", "Patrick Mayhew", "John Major", "Karen Reilly", "Martin Peake",
                      "Kathleen Reilly", "Jim Clegg", "Gerry Adams", "Michael Ancram", "Thomas Reilly", "Peter McBride"],
        distractors=["Jim Clegg is the released soldier's father; Kathleen Reilly is the victim's mother",
                     "Thomas Reilly was killed in another case (same surname as Karen Reilly)",
                     "aged 26, 18, 17; just over four years"],
    ),
    dict(
        file="015_adem_demaci_released_1990.txt", published="2020-04-10",
        outlet="Kosovo news portal, machine-translated from Albanian (30-years-on feature, read-also list)",
        event="Adem Demaçi and 108 other Albanian political prisoners freed under a Yugoslav amnesty, April 1990",
        counts=[
            C("released", 108, "together with 108 other Albanian political prisoners"),
            C("released", 109, "together with 108 other Albanian political prisoners",
              note="inferred: 108 others plus Demaçi; optional"),
            C("remaining_held", 400, "still remained about 400 Albanian political prisoners", qualifier="about",
              note="estimate as of the end of 1990"),
            C("other", 40, "including 40 minors", note="subset of those still held"),
            C("other", 20000, "About 20.000 people waited for him in Pristina", qualifier="about", note="crowd"),
            C("released", 2, "Freed two citizens of Kosovo arrested at the border with Serbia",
              note="earlier event: read-also page noise"),
            C("other", 28, "after 28 years in total", note="duration"),
        ],
        released_names=["Adem Demaçi", "Ramadan Krasniqi"],
        alias_groups={"Adem Demaçi": ["Adem Demači"]},
        not_released_names=["Fehmi Krasniqi"],
        other_event_released_names=["Azem Vllasi"],
        other_people=["Blerina Morina", "Ibrahim Rugova", "Slobodan Milošević", "Kurti"],
        distractors=["Demaçi's earlier release in 1974 is a distractor for his name (main releasee)",
                     "Fehmi Krasniqi is Ramadan's brother, not included in the amnesty (same surname)",
                     "1,5 million euros (money headline); 2.347 views; 16:30; 15 years; 11 years; aged 54, 47, 82"],
    ),
    dict(
        file="016_birtukan_mideksa_pardon_2010.txt", published="2010-10-06", outlet="Reuters brief",
        event="Ethiopia pardons and frees opposition leader Birtukan Mideksa, 2010-10-06",
        counts=[
            C("released", 38, "She was among 38 opposition leaders and activists pardoned and released in July 2007",
              note="earlier event (July 2007)"),
            C("other", 200, "killed about 200 people", qualifier="about"),
            C("other", 545, "won 545 of 547 parliamentary seats", note="seats"),
        ],
        released_names=["Birtukan Mideksa"],
        alias_groups={"Birtukan Mideksa": ["Birtukan Midekssa"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bereket Simon", "Meles Zenawi", "Tesfaye Alemu", "Clare Hollis"],
        distractors=["aged 36; life sentence since December 2008; nearly two years"],
    ),
    dict(
        file="017_south_sudan_gatdet_endley_2018.txt", published="2018-11-02", outlet="AFP wire (desk initials)",
        event="South Sudan's Kiir pardons and frees James Gatdet Dak and William Endley, 2018-11-02",
        counts=[
            C("released", 2, "The two men have been released as part of the implementation of the revitalised peace agreement"),
            C("transferred_to", 1, "will be flown home to South Africa on Saturday", where="South Africa",
              note="planned; flown home (not a third country); optional"),
            C("remaining_held", 30, "at least 30 people remain in detention without charge at the Blue House",
              qualifier="at_least"),
            C("released", 26, "it had freed 26 government soldiers", note="earlier event (last month, SPLM-IO)"),
            C("other", 380000, "an estimated 380,000 people", qualifier="about", note="war dead"),
            C("other", 4000000, "about four million people", qualifier="about", note="displaced"),
        ],
        released_names=["James Gatdet Dak", "William John Endley"],
        alias_groups={"James Gatdet Dak": ["James Gadet Dak"]},
        not_released_names=["Peter Biar Ajak"],
        other_event_released_names=[],
        other_people=["Riek Machar", "Salva Kiir", "Ateny Wek Ateny"],
        distractors=["aged 56; nearly five-year war; November 2016; sentenced in February",
                     "Machar returned to Juba (not a release)"],
    ),
    dict(
        file="018_ilgar_mammadov_release_2018.txt", published="2018-08-13",
        outlet="NGO press release (demands, notes to editors, About box, media contact)",
        event="Azerbaijan: Ilgar Mammadov released after the Sheki Court of Appeal suspends his sentence, 2018-08-13",
        counts=[
            C("remaining_held", 130, "at least 130 people are currently imprisoned in Azerbaijan on politically motivated charges",
              qualifier="at_least"),
            C("released", 600, "President Ilham Aliyev pardoned more than 600 prisoners", qualifier="more_than",
              note="earlier event (16 March 2018 pardon)"),
            C("other", 2000, "more than 2,000 days", qualifier="more_than", note="duration"),
        ],
        released_names=["Ilgar Mammadov"],
        alias_groups={"Ilgar Mammadov": ["İlqar Məmmədov"]},
        not_released_names=["Afgan Mukhtarli", "Mehman Huseynov"],
        other_event_released_names=["Rasul Jafarov"],
        other_people=["Nino Beridze", "Leyla Mustafayeva", "Ilham Aliyev", "Tamar Kvaratskhelia"],
        distractors=["Leyla Mustafayeva is Mukhtarli's wife", "seven-year sentence; six years; two years; five and a half years",
                     "phone number in the contact block"],
    ),
    dict(
        file="019_serfaty_freed_expelled_1991.txt", published="1991-09-14",
        outlet="French daily archive page (with AFP), machine-translated",
        event="Morocco frees Abraham Serfaty after 17 years and expels him to France, 1991-09-13",
        counts=[
            C("transferred_to", 1, "immediately expelled towards France", where="France",
              note="inferred: one person (Serfaty) expelled to France; optional"),
            C("remaining_held", 300, "more than 300 political prisoners are still in the Moroccan prisons",
              qualifier="more_than"),
            C("other", 40, "among them at least 40 Sahrawis", qualifier="at_least", note="subset of those still held"),
            C("other", 138, "with 138 other accused", note="1977 trial co-defendants"),
            C("other", 12000, "A petition of 12 000 signatures"),
            C("other", 2, "accompanied by two policemen"),
        ],
        released_names=["Abraham Serfaty"],
        alias_groups={},
        not_released_names=["Abdallah Zaâzaâ"],
        other_event_released_names=["Malika Oufkir"],
        other_people=["Driss Basri", "Christine Daure-Serfaty", "Hassan II", "Danielle Mitterrand", "Roland Dumas"],
        distractors=["Christine Daure-Serfaty is his wife (shares the surname)",
                     "the Tazmamart survivors' release is only rumoured (no count)",
                     "aged 65; 21 h 40; seventeen years; 'hundreds of disappeared' (vague)"],
    ),
    dict(
        file="020_meriam_ibrahim_analysis_2014.txt", published="2014-07-25",
        outlet="online review, analysis piece (photo credit, related-analysis list)",
        event="Sudan: Meriam Ibrahim, freed after her apostasy death sentence was annulled, is flown to Rome, 2014-07-24",
        counts=[
            C("transferred_to", 1, "accompanied the family to Rome", where="Italy",
              note="inferred: Meriam Ibrahim flown to Italy; optional"),
            C("remaining_held", 20, "at least 20 other opposition activists and students detained since May remain in NISS custody",
              qualifier="at_least"),
            C("released", 11, "Officials said at the time that 11 detainees had been released", note="earlier event (April 2014)"),
            C("released", 11, "Sudan frees 11 detainees as Bashir launches dialogue",
              note="earlier event: related-analysis headline"),
            C("other", 185, "at least 185 people were killed", qualifier="at_least"),
            C("other", 85, "the government puts the figure at 85"),
            C("other", 100, "100 lashes"),
        ],
        released_names=["Meriam Ibrahim"],
        alias_groups={"Meriam Ibrahim": ["Meriam Yahia Ibrahim Ishag"]},
        not_released_names=["Ibrahim al-Sheikh"],
        other_event_released_names=["Sadiq al-Mahdi"],
        other_people=["Hassan Mahjoub", "Stefano Carli", "Matteo Renzi", "Pope Francis", "Daniel Wani",
                      "Lapo Pistelli", "Mohaned Mustafa El-Nour", "Mahmoud Mohamed Taha", "Omar al-Bashir"],
        distractors=["Daniel Wani is her husband (not detained)", "her two children are unnamed",
                     "aged 27; 20-month-old son; four weeks in the US embassy; Article 126; 1985 execution"],
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
        err(f"file list mismatch: gold={sorted(g['file'] for g in GOLD)} articles={files}")
    if len({g["file"] for g in GOLD}) != len(GOLD):
        err("duplicate file in GOLD")
    for g in GOLD:
        f = g["file"]
        path = os.path.join(ART, f)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
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
                    err(f"{f}: where not in article: {c['where']!r}")
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
        listed = set(seen)
        for k, aliases in g["alias_groups"].items():
            if k not in listed:
                err(f"{f}: alias-group key not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{f}: alias not found: {a!r}")
                if a in seen and a != k:
                    err(f"{f}: alias {a!r} of {k!r} is also listed in {seen[a]}")
                if a in seen:
                    continue
                seen[a] = "alias of " + k
        for key in ("file", "published", "outlet", "event", "distractors"):
            if key not in g:
                err(f"{f}: missing {key}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in GOLD:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
