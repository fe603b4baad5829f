#!/usr/bin/env python3
"""Gold for devset_w (blind, held-out-style; events 2008-2025).

Writes gold.jsonl and checks that:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive, for all-caps bylines);
- no name is in two lists;
- kinds and qualifiers are valid, `where` is set exactly on transferred_to, values are integers;
- the GOLD file list equals the articles/ directory.
"""
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
    # ------------------------------------------------------------------ hostage / kidnap releases
    dict(
        file="001_somalia_lindhout_brennan.txt", published="2009-11-27",
        outlet="Canadian regional daily (newsletter prompt, most-read list, comment count)",
        event="Somalia: Amanda Lindhout and Nigel Brennan freed after 15 months, flown to Nairobi, 2009-11-25/26",
        counts=[
            C("released", 2, "The two were handed over to intermediaries"),
            C("transferred_to", 2, "The two were handed over to intermediaries on the outskirts of Mogadishu and taken to a hotel in the capital before being flown to Nairobi",
              where="Nairobi", note="onward transfer to a third country (Kenya)"),
            C("released", 3, "Their three Somali colleagues — photographer Abdifatah Mohamed Elmi, a driver and a translator — were seized with them and released in January",
              note="earlier event (January 2009)"),
            C("remaining_held", 200, "pirates are holding at least 10 merchant ships and more than 200 crew members", qualifier="more_than",
              note="other abductions (crews held by pirates); inferred, optional"),
            C("other", 9, "At least nine journalists have been killed there this year", qualifier="at_least", note="casualties"),
        ],
        released_names=["Amanda Lindhout", "Nigel Brennan"],
        alias_groups={},
        not_released_names=["Denis Allex"],
        other_event_released_names=["Abdifatah Mohamed Elmi"],
        other_people=["Lorinda Stewart", "John Lindhout", "Nicky Bonney", "Lawrence Cannon", "Stephen Smith",
                      "Jenna Porteous", "Gail Hollinger", "Dana Whitford"],
        distractors=["John Lindhout is the father (same surname as the releasee)",
                     "Denis Allex is an alias ('travelling under the name'); his colleague escaped (unnamed)",
                     "driver and translator freed in January are unnamed",
                     "$2.5 million demand, $600,000 ransom, ages 28/37, 462 days, 15 months, 10 ships",
                     "most-read list: 3.4%, 4-3, 500 hampers (page noise)"],
    ),
    dict(
        file="002_algeria_in_amenas_liveblog.txt", published="2013-01-19",
        outlet="UK newspaper live blog (reverse timestamps, key-events box, most-viewed list)",
        event="Algeria: In Amenas gas-plant siege ends; 685 Algerians and 107 foreigners freed, 2013-01-16..19",
        counts=[
            C("released", 685, "685 Algerian workers and 107 foreigners were freed"),
            C("released", 107, "107 foreigners were freed"),
            C("released", 600, "about 600 Algerian workers and four foreigners had been freed", qualifier="about",
              note="earlier event: Thursday's interim figure, superseded by (and included in) the final total"),
            C("released", 4, "four foreigners had been freed",
              note="earlier event: Thursday's interim figure, superseded by the final total"),
            C("remaining_held", 7, "seven foreign hostages were still being held in the gas-processing area before the final assault",
              note="claim by an Algerian security source via Reuters; as of before the final assault (they were then reported killed)"),
            C("other", 23, "It put the number of hostages killed at 23", note="casualties"),
            C("other", 32, "32 militants had died", note="casualties"),
            C("other", 7, "Seven hostages were killed by their captors", note="casualties"),
            C("other", 11, "11 militants killed in final assault", note="casualties"),
            C("other", 5, "five of its 17 Norwegian employees at the site are still missing", note="missing, not stated held"),
            C("other", 10, "Ten remain unaccounted for", note="missing, not stated held"),
            C("other", 6, "six Filipinos are still unaccounted for", note="missing, not stated held"),
            C("other", 2, "in exchange for two prisoners held in the United States", note="demand (rejected)"),
            C("other", 2000, "France now has about 2,000 soldiers on the ground", qualifier="about", note="troops (Mali context)"),
            C("other", 4350, "putting 4,350 jobs at risk", note="page noise"),
        ],
        released_names=["Declan Mullan", "Iain Strachan", "Reynaldo Quiambao", "Alexandre Berceaux"],
        alias_groups={},
        not_released_names=["Omar Abdel-Rahman"],
        other_event_released_names=[],
        other_people=["Owen Bracewell", "Priya Mistry", "Eamon Gilmore", "David Cameron", "Kenneth Whiteside",
                      "Mokhtar Belmokhtar", "Jens Stoltenberg", "Helge Lund"],
        distractors=["Kenneth Whiteside is a dead hostage",
                     "Omar Abdel-Rahman: prisoner in the US whose release the militants demanded (still held)",
                     "the man from Belfast escaped on Thursday (unnamed)",
                     "'fewer than 10' Britons dead or unaccounted for (no allowed qualifier; not held)",
                     "a dozen JGC contractors missing; ages 41/29/46; nearly 80 hours; four-day siege",
                     "Lance Armstrong, 3,000 schools (page noise)"],
    ),
    dict(
        file="003_iraq_peter_moore.txt", published="2009-12-30",
        outlet="UK broadcaster web page (cookie banner, video residue, related/top stories)",
        event="Iraq: Briton Peter Moore freed by Asaib Ahl al-Haq after 31 months, 2009-12-30",
        counts=[
            C("other", 4, "along with the four security guards who were protecting him", note="kidnapped with him; killed"),
            C("other", 3, "The bodies of three of the guards", note="bodies returned"),
            C("other", 40, "about 40 gunmen", qualifier="about", note="kidnappers"),
            C("released", 100, "US commanders have released more than 100 members of the group this year", qualifier="more_than",
              note="cumulative: other detainees freed earlier this year"),
            C("other", 43, "Karachi Ashura bomb death toll rises to 43", note="page noise"),
        ],
        released_names=["Peter Moore"],
        alias_groups={},
        not_released_names=["Qais al-Khazali"],
        other_event_released_names=["Laith al-Khazali"],
        other_people=["Jason Swindlehurst", "Jason Creswell", "Alec MacLachlan", "Alan McMenemy", "David Miliband",
                      "Gordon Brown", "Graeme Moore", "Ali al-Dabbagh", "Hayder al-Mosawi"],
        distractors=["Qais al-Khazali was transferred from US to Iraqi custody and 'remained in detention' (a custody transfer, not a release)",
                     "Alan McMenemy is believed dead (not held)", "Graeme Moore is the father (same surname)",
                     "ages 36/38/39/30/34; 31 months; 1,200 flights; seven soldiers (page noise)"],
    ),
    dict(
        file="004_philippines_rodwell_brief.txt", published="2013-03-23",
        outlet="Australian wire brief (AAP)",
        event="Philippines: Australian Warren Rodwell freed by Abu Sayyaf after 15 months, 2013-03-23",
        counts=[
            C("remaining_held", 6, "Abu Sayyaf is still holding at least six other foreigners", qualifier="at_least",
              note="other captives of the same group"),
        ],
        released_names=["Warren Rodwell"],
        alias_groups={},
        not_released_names=["Baker Atyani"],
        other_event_released_names=[],
        other_people=["Bob Carr", "Miraflor Gutang"],
        distractors=["age 54; 1am; December 5, 2011; 4 million pesos ($A94,000); more than 15 months"],
    ),
    dict(
        file="005_syria_curtis_freed_ap.txt", published="2014-08-24",
        outlet="AP wire (all-caps byline, photo credit)",
        event="Syria: US writer Peter Theo Curtis freed by Nusra Front to UN peacekeepers in the Golan, 2014-08-24",
        counts=[
            C("remaining_held", 3, "At least three other Americans are believed to be held in Syria", qualifier="at_least",
              note="other captors / abductions; inferred, optional"),
            C("released", 4, "Four French journalists were freed in April", note="earlier event (April 2014)"),
        ],
        released_names=["Peter Theo Curtis"],
        alias_groups={"Peter Theo Curtis": ["Theo Padnos", "Theo Curtis"]},
        not_released_names=["Steven Sotloff"],
        other_event_released_names=["Daniel Rye Ottosen", "Nicolas Hénin", "Didier François"],
        other_people=["Nancy Curtis", "John Kerry", "Susan Rice", "James Foley", "Barack Obama",
                      "Hanna Kasperski", "Omar Haddad", "Lena Moritz"],
        distractors=["James Foley was killed", "Nancy Curtis is the mother (same surname)",
                     "'more than two dozen countries' are countries, not people",
                     "ages 45/40/31; 100 million euros ($132.5 million); 13 months"],
    ),
    dict(
        file="006_pakistan_boyle_coleman_feature.txt", published="2017-10-20",
        outlet="Canadian magazine long feature (photo credit, related list, comment count)",
        event="Pakistan: Joshua Boyle, Caitlan Coleman and their three sons freed from Haqqani captivity, 2017-10-11",
        counts=[
            C("released", 5, "the family of five was freed"),
            C("transferred_to", 5, "the five landed at Toronto's Pearson airport", where="Toronto",
              note="inferred: flight home, optional"),
            C("remaining_held", 2, "It is still believed to hold at least two other Westerners", qualifier="at_least",
              note="other captives of the same network"),
            C("other", 3, "three children born in captivity are free", note="subset (the children)"),
        ],
        released_names=["Joshua Boyle", "Caitlan Coleman"],
        alias_groups={},
        not_released_names=["Anas Haqqani", "Kevin King", "Timothy Weeks"],
        other_event_released_names=["Colin Rutherford"],
        other_people=["Patrick Boyle", "Linda Boyle", "Jim Coleman", "Lyn Coleman", "Sirajuddin Haqqani", "Asif Ghafoor",
                      "Donald Trump", "Chrystia Freeland", "Zaynab Khadr", "Omar Khadr", "Marisa Kolb", "Erin Tremblay"],
        distractors=["sons Jonah and Noah and an unnamed baby are released but named by first name only",
                     "infant daughter killed in captivity", "Anas Haqqani is a prisoner on death row in Afghanistan (held)",
                     "Omar Khadr 'held at Guantanamo Bay for a decade' (no release stated)",
                     "parents share surnames with the releasees", "ages 34/31/27/15; five years; 2013/2016 videos"],
    ),
    dict(
        file="007_india_sukma_collector_freed.txt", published="2012-05-04",
        outlet="Indian regional city edition (weather/markets bar, ad, ALSO READ, comments)",
        event="India: Maoists free Sukma district collector Alex Paul Menon after 12 days, 2012-05-03",
        counts=[
            C("other", 17, "The Maoists had demanded the release of 17 of their cadres and supporters",
              note="demand; officials say no prisoner was freed"),
            C("other", 350, "over 350 undertrials", qualifier="more_than", note="cases to be reviewed by a committee; not released"),
            C("other", 2, "Two of his personal security officers, Amjad Khan and Kishan Kujur, were shot dead", note="casualties"),
            C("other", 76, "76 security personnel were killed", note="casualties (earlier attack)"),
            C("other", 3, "3 jawans injured in IED blast", note="page noise"),
        ],
        released_names=["Alex Paul Menon"],
        alias_groups={},
        not_released_names=["Soni Sori", "Kartam Joga"],
        other_event_released_names=[],
        other_people=["B.D. Sharma", "G. Haragopal", "Nirmala Buch", "S.K. Mishra", "Raman Singh", "Nankiram Kanwar",
                      "Amjad Khan", "Kishan Kujur", "Asha Menon"],
        distractors=["Asha Menon is the wife (same surname)", "Amjad Khan and Kishan Kujur were killed",
                     "12 days; age 32; 2006 batch; 5.30 pm; nearly 10 km; four rounds; 43.6°C; Sensex 17,151 (page noise)"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_malaysia_north_korea_swap.txt", published="2017-03-31",
        outlet="Malaysian news site reproducing the Prime Minister's statement",
        event="Malaysia-North Korea: nine Malaysians allowed home; Kim Jong-nam's body and three North Koreans allowed to leave, 2017-03-30/31",
        counts=[
            C("released", 9, "all nine Malaysians in Pyongyang have been allowed to leave North Korea"),
            C("transferred_to", 9, "Nine Malaysians who had been barred from leaving North Korea for more than three weeks landed at the Kuala Lumpur International Airport",
              where="Kuala Lumpur", note="inferred: return home, optional"),
            C("exchanged", 3, "three North Korean men wanted for questioning, who had been holed up in the North Korean embassy in Kuala Lumpur since the killing, were allowed to leave the country",
              note="inferred: other side of the arrangement; not in custody, barred from leaving (judgement call), optional"),
            C("other", 3, "three embassy staff and six family members", note="subset of the nine"),
            C("other", 6, "six family members, among them four children", note="subset of the nine"),
            C("other", 1000, "the roughly 1,000 North Koreans living here", qualifier="about", note="covered by the travel ban; not detained"),
            C("other", 11, "Eleven Malaysians were in North Korea at the time", note="total under the exit ban"),
            C("released", 2, "Two of them, who work for the World Food Programme, were allowed to leave earlier this month",
              note="earlier event"),
            C("remaining_held", 2, "Two women accused of smearing the nerve agent on Kim's face, Indonesian Siti Aisyah, 25, and Vietnamese Doan Thi Huong, 28, are not covered by the deal and remain in custody",
              note="accused held outside the deal; inferred, optional"),
        ],
        released_names=["Mohd Nazri Abdul Hamid", "Hyon Kwang Song", "Kim Uk Il", "Ri Ji U"],
        alias_groups={},
        not_released_names=["Siti Aisyah", "Doan Thi Huong"],
        other_event_released_names=["Ri Jong Chol"],
        other_people=["Kim Jong-nam", "Kim Jong-un", "Anifah Aman", "Mohamad Nizan Mohamad", "Najib Tun Razak",
                      "Khalid Abu Bakar", "Kang Chol", "Nur Hidayah Roslan", "Kevin Lim Chee Wai"],
        distractors=["the three North Koreans were never in custody; listed as released as the other side of the swap (judgement call)",
                     "'James' is Ri Ji U's alias (first name only)", "Kim Jong-nam is the murder victim; Kang Chol was expelled",
                     "Ri Jong Chol and Ri Ji U share a surname", "ages 25/28; 5.05am; Feb 13; March 7; RM2.35 (page noise); 18 comments"],
    ),
    dict(
        file="009_afghanistan_indian_engineers_swap.txt", published="2019-10-07",
        outlet="Reuters wire",
        event="Afghanistan: Taliban free three Indian engineers for 11 Taliban prisoners, 2019-10-06",
        counts=[
            C("exchanged", 3, "The Taliban released three Indian engineers"),
            C("exchanged", 11, "in exchange for 11 members of the militant group"),
            C("other", 7, "among seven engineers working for an Indian company", note="total kidnapped in May 2018"),
            C("released", 1, "One of them was freed in March", note="earlier event (March 2019)"),
            C("other", 3, "It was not immediately clear what had become of the remaining three", note="fate unclear; not stated held"),
        ],
        released_names=["Abdul Rahim", "Abdul Rashid"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Zalmay Khalilzad", "Donald Trump", "Zabihullah Mujahid", "Wali Saberi", "Asif Rehmani",
                      "Kunal Desai", "Nora Lindqvist", "Daniel Marsh"],
        distractors=["the Indian engineers are unnamed", "the American and Australian still held are unnamed (no numeral)",
                     "17 months; $3 billion; Sept. 28; just over 2 million turnout; 2001"],
    ),
    dict(
        file="010_india_pakistan_bsf_ranger_brief.txt", published="2025-05-14",
        outlet="Indian news agency brief (PTI)",
        event="India-Pakistan: BSF constable handed back at Attari-Wagah; Pakistan Ranger returned, 2025-05-14",
        counts=[
            C("other", 26, "killed 26 people", note="casualties (Pahalgam attack)"),
        ],
        released_names=["Purnam Kumar Shaw", "Muhammad Allah"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rajani Shaw"],
        distractors=["Rajani Shaw is the wife (same surname)",
                     "20 days; April 23; 10.30 am; May 3; 182nd battalion (ordinal); four days"],
    ),
    dict(
        file="011_lebanon_hezbollah_nusra_exchange.txt", published="2017-08-03",
        outlet="Lebanese English-language daily (Read more list)",
        event="Lebanon/Syria: Nusra frees five Hezbollah fighters, Lebanon releases three Roumieh detainees, bodies exchanged, Arsal evacuation, 2017-08-02",
        counts=[
            C("exchanged", 5, "The Nusra Front freed five Hezbollah fighters"),
            C("exchanged", 3, "Lebanese authorities released three Islamist detainees from Roumieh prison"),
            C("transferred_to", 3, "released three Islamist detainees from Roumieh prison, who were driven to the crossing and joined the convoy bound for Idlib",
              where="Idlib", note="transfer to a third place"),
            C("transferred_to", 5, "The five, captured during fighting in Syria's Aleppo province last year, were handed over near the Syrian town of Fleita and driven across the border to Hezbollah's stronghold of Baalbek",
              where="Baalbek", note="inferred: return home, optional"),
            C("other", 8, "the bodies of eight Hezbollah fighters", note="bodies exchanged"),
            C("other", 9, "the bodies of nine Nusra militants", note="bodies exchanged"),
            C("other", 7000, "Some 7,000 people, including about 1,100 fighters, left the outskirts of Arsal", qualifier="about",
              note="evacuees, not prisoners"),
            C("other", 1100, "about 1,100 fighters", qualifier="about", note="evacuees, not prisoners"),
            C("remaining_held", 9, "Families of nine soldiers abducted by ISIS during the militants' incursion into Arsal in August 2014 say they believe their sons are still being held",
              note="claim by families; other captors (ISIS); inferred, optional"),
            C("released", 16, "among 16 soldiers and policemen freed by Nusra", note="earlier event (December 2015)"),
            C("other", 3, "Three Syrians held over Tripoli shooting", note="page noise (arrests)"),
        ],
        released_names=["Mohammad Mahdi Shoaib", "Ali Hussein Kassir", "Ahmad Ali Mahdi", "Hassan Tahha", "Mohammad Jaafar Zein"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Mohammad Youssef"],
        other_people=["Rania Saab", "Abbas Ibrahim", "Abu Malek al-Talli", "Hassan Nasrallah", "Hussein Youssef", "Saad Hariri"],
        distractors=["Abu Malek al-Talli left with the evacuees (not a prisoner)", "Hussein Youssef is Mohammad Youssef's father",
                     "113 buses; July 21; more than 90 percent; three years; LL24 trillion; 143rd of 176; 400 trucks (page noise)"],
    ),
    dict(
        file="012_libya_unsmil_detainee_exchange.txt", published="2020-12-24",
        outlet="UN mission press release (contact block)",
        event="Libya: GNA and LNA exchange 35 detainees in Shwayrif, 2020-12-24",
        counts=[
            C("released", 35, "the release today of 35 detainees"),
            C("exchanged", 18, "The Government of National Accord released 18 detainees"),
            C("exchanged", 17, "the Libyan National Army released 17"),
            C("exchanged", 14, "the exchange of 14 detainees in Brak al-Shati", note="earlier event (29 October)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Stephanie Williams", "Reem Ben Amer"],
        distractors=["'5+5 Joint Military Commission' is a name", "90 days; 23 October; phone numbers"],
    ),
    dict(
        file="013_yemen_icrc_release_transfer.txt", published="2019-01-29",
        outlet="ICRC news release (contact block)",
        event="Yemen/Saudi Arabia: ICRC-facilitated release of one Saudi and seven Yemeni detainees, 2019-01-29",
        counts=[
            C("released", 8, "facilitated the release and transfer of eight detainees"),
            C("transferred_to", 1, "One Saudi national held in Sana'a was flown on an ICRC-chartered aircraft to Riyadh",
              where="Riyadh", note="inferred: repatriation home, optional"),
            C("transferred_to", 7, "seven Yemeni detainees were flown from Abha, in southern Saudi Arabia, to Sana'a",
              where="Sana'a", note="inferred: repatriation home, optional"),
            C("other", 15000, "the names of more than 15,000 detainees", qualifier="more_than",
              note="names on exchange lists; planned"),
            C("other", 3000, "visited more than 3,000 people held in places of detention", qualifier="more_than",
              note="ICRC visits in 2018"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Alexandre Fauré", "Hana Qasem", "Nadine Werle"],
        distractors=["since 1962; December 2018; phone numbers"],
    ),
    dict(
        file="014_iran_iraq_remains_exchange.txt", published="2018-11-05",
        outlet="Iranian state news agency, English service (brief)",
        event="Iran-Iraq: remains of 72 Iranian and 39 Iraqi soldiers exchanged at Shalamcheh, 2018-11-05",
        counts=[
            C("other", 72, "The bodies of 72 Iranian combatants", note="bodies returned"),
            C("other", 39, "the remains of 39 Iraqi soldiers", note="bodies returned"),
            C("other", 2400, "some 2,400 Iranian combatants were still listed as missing", qualifier="about", note="missing, not held"),
            C("exchanged", 59, "Iraq returned 59 Iranians", note="earlier event (2003 POW exchange)"),
            C("exchanged", 244, "Iran freed 244 Iraqis", note="earlier event (2003 POW exchange)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohammad Bagherzadeh"],
        distractors=["eight-year war; 1980-1988; 1997**2021 (agency code)"],
    ),
    # ------------------------------------------------------------------ pardons / amnesties / political prisoners
    dict(
        file="015_spain_catalan_pardons_de.txt", published="2021-06-23",
        outlet="Swiss/German news site (dpa/AFP/SDA), machine-translated from German",
        event="Spain: nine pardoned Catalan independence leaders released from prison, 2021-06-23",
        counts=[
            C("released", 9, "The nine Catalan separatist leaders pardoned by the Spanish government were released from prison on Wednesday"),
            C("released", 7, "seven of them walked out of the gate", note="subset (the men at Lledoners); inferred, optional"),
            C("released", 2, "The two women in the group, the former parliament president Carme Forcadell and the former social minister Dolors Bassa, had already left their prisons",
              note="subset; inferred, optional"),
            C("other", 1000, "around 1.000 supporters", qualifier="about", note="crowd"),
            C("other", 3300, "around 3.300 people are still facing legal proceedings", qualifier="about", note="prosecutions, not detention"),
            C("other", 34, "from 34 former officials", note="Court of Auditors case"),
            C("other", 1100, "1.100 migrants reach Canary Islands", note="page noise"),
        ],
        released_names=["Oriol Junqueras", "Jordi Cuixart", "Jordi Sànchez", "Raül Romeva", "Joaquim Forn", "Jordi Turull",
                        "Josep Rull", "Carme Forcadell", "Dolors Bassa"],
        alias_groups={"Jordi Sànchez": ["Jordi Sánchez"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Pedro Sánchez", "Pablo Casado", "Pere Aragonès", "Carles Puigdemont"],
        distractors=["Pedro Sánchez (prime minister) shares a surname with Jordi Sànchez; second-mention 'Sánchez' is the PM",
                     "Carles Puigdemont lives in Belgium to avoid arrest (not held, not pardoned)",
                     "sentences of between nine and 13 years; 70 km; 12.30 p.m.; 53,4 percent; 5,4 million euros; 5:0"],
    ),
    dict(
        file="016_cuba_2011_pardon_es.txt", published="2011-12-24",
        outlet="Spanish agency wire (EFE), machine-translated from Spanish",
        event="Cuba: Raúl Castro announces pardon of more than 2,900 prisoners before the papal visit, 2011-12-23 (releases still to come)",
        counts=[
            C("released", 2900, "The Cuban Government will release in the coming days more than 2.900 prisoners", qualifier="more_than",
              note="planned (announced, releases in the coming days)"),
            C("other", 86, "among them 86 foreigners from 25 countries", note="subset; planned"),
            C("remaining_held", 60, "counts about 60 political prisoners who remain in Cuban prisons", qualifier="about",
              note="CCDHRN estimate"),
            C("released", 126, "the authorities released 126 political prisoners", note="earlier event (2010-2011)"),
            C("transferred_to", 115, "of whom 115 traveled to Spain", where="Spain", note="earlier event (2010-2011)"),
            C("other", 52, "the last 52 of the 75 opponents jailed", note="earlier event subset"),
            C("released", 300, "the Government released some 300 prisoners", qualifier="about", note="earlier event (1998)"),
            C("other", 100, "among them about 100 considered political", qualifier="about", note="earlier event subset (1998)"),
            C("other", 57000, "some 57.000 inmates", qualifier="about", note="prison population estimate"),
            C("other", 1300, "1.300 flights delayed", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Alan Gross"],
        other_event_released_names=["Ricardo González Alfonso"],
        other_people=["Raúl Castro", "Benedict XVI", "Elizardo Sánchez", "Guillermo Fariñas", "Jaime Ortega",
                      "Laura Pollán", "John Paul II"],
        distractors=["the pardon is only announced: nobody named is released in this article",
                     "Laura Pollán died in October", "Chávez in the most-read list (page noise)",
                     "15 years sentence; over 60 years of age; 11,2 million inhabitants; 2003; 12 bodies (page noise)"],
    ),
    dict(
        file="017_burundi_iwacu_rsf_release_fr.txt", published="2020-12-24",
        outlet="press-freedom NGO press release, translated from French",
        event="Burundi: four Iwacu journalists freed after presidential pardon, 2020-12-24",
        counts=[
            C("released", 4, "welcomes the release of the four Iwacu journalists"),
            C("other", 100, "more than 100 journalists have been forced into exile", qualifier="more_than", note="exiles"),
        ],
        released_names=["Agnès Ndirubusa", "Christine Kamikazi", "Egide Harerimana", "Térence Mpozenzi"],
        alias_groups={},
        not_released_names=["Germain Rukuki", "Nestor Nibitanga"],
        other_event_released_names=["Adolphe Masabarakiza"],
        other_people=["Évariste Ndayishimiye", "Claire Dumont", "Jean Bigirimana", "Pierre Nkurunziza", "Antoine Kaburahe"],
        distractors=["Jean Bigirimana disappeared (missing, not stated held)", "Antoine Kaburahe is in exile",
                     "14 months; 2,5 years; 1 000 000 Burundian francs; 32 years; five years; 160th out of 180; third term"],
    ),
    dict(
        file="018_cameroon_anglophone_release.txt", published="2017-08-31",
        outlet="pan-African broadcaster web page (cookie banner, video residue, top stories)",
        event="Cameroon: Biya drops charges; Anglophone consortium leaders and 55 detainees freed from Kondengui, 2017-08-31",
        counts=[
            C("released", 55, "Officials later said 55 detainees had been freed"),
            C("remaining_held", 20, "He remains in detention, as do teacher Tsi Conrad and at least 20 others", qualifier="at_least",
              note="lawyers' figure; people outside the release"),
            C("other", 12, "Boko Haram suicide attack kills 12", note="page noise"),
        ],
        released_names=["Nkongho Felix Agbor Balla", "Fontem Aforteka'a Neba", "Paul Ayah Abine"],
        alias_groups={},
        not_released_names=["Mancho Bibixy", "Tsi Conrad", "Elvis Neba"],
        other_event_released_names=[],
        other_people=["Paul Biya", "Laurent Esso", "Emmanuel Nkea"],
        distractors=["Elvis Neba is a releasee's brother who is still held (same surname as Fontem Aforteka'a Neba)",
                     "'dozens of English-speaking activists' (vague)", "second mentions: Agbor Balla, Neba, Justice Ayah Abine",
                     "93 days; 20 percent; 23 million; 1 October; 1961; 104 days (page noise)"],
    ),
    dict(
        file="019_qatar_indian_navy_veterans.txt", published="2024-02-12",
        outlet="Indian broadcaster web page (video residue, Also Read, trending bar) with MEA statement",
        event="Qatar releases eight former Indian Navy personnel; seven return to India, 2024-02-12",
        counts=[
            C("released", 8, "Qatar has released eight former Indian Navy personnel"),
            C("transferred_to", 7, "seven of them returned to India", where="India", note="inferred: return home, optional"),
            C("other", 8, "sentenced all eight to death", note="earlier sentence"),
            C("other", 1, "All but one of the eight flew home", note="all but one: implies 7 home; optional reading"),
            C("other", 2500, "2,500 tractors", note="page noise"),
            C("other", 129, "wins trust vote with 129 MLAs", note="page noise"),
        ],
        released_names=["Navtej Singh Gill", "Saurabh Vasisht", "Purnendu Tiwari", "Birendra Kumar Verma",
                        "Sugunakar Pakala", "Sanjeev Gupta", "Amit Nagpal", "Ragesh Gopakumar"],
        alias_groups={},
        not_released_names=["Kulbhushan Jadhav"],
        other_event_released_names=["Khamis al-Ajmi"],
        other_people=["Meetu Bhargava", "Ajit Doval", "Narendra Modi", "Tamim bin Hamad Al Thani", "S Jaishankar",
                      "Ankita Sharma", "Rohan Mehra"],
        distractors=["Commander Tiwari is released but stayed in Doha (not held)", "Meetu Bhargava is Tiwari's sister",
                     "three years to 25 years; age 64; 18 months; August 2022; 350 points (page noise); 02:37"],
    ),
    dict(
        file="020_turkey_pandemic_release_analysis.txt", published="2020-05-18",
        outlet="think-tank analysis piece (release mentioned within a broader argument)",
        event="Turkey: April 2020 sentence-execution law frees some 90,000 prisoners, excluding terrorism convicts",
        counts=[
            C("released", 90000, "some 90,000 inmates had walked out of Turkish prisons", qualifier="about"),
            C("other", 45000, "roughly 45,000 of those released were on temporary leave", qualifier="about",
              note="subset (temporary Covid leave)"),
            C("released", 38000, "released about 38,000 ordinary prisoners", qualifier="about", note="earlier event (August 2016)"),
            C("remaining_held", 47, "at least 47 journalists in Turkish jails as of December 1, 2019", qualifier="at_least",
              note="CPJ census as of 1 Dec 2019; none released under the law"),
            C("remaining_held", 50000, "more than 50,000 people remain in prison on terrorism-related charges", qualifier="more_than",
              note="rights groups' estimate; excluded from the law"),
            C("other", 294000, "roughly 294,000 at the start of this year", qualifier="about", note="prison population"),
            C("other", 120000, "about 120,000 in 2010", qualifier="about", note="prison population"),
            C("other", 50000, "more than 50,000 people were jailed pending trial", qualifier="more_than", note="arrests after 2016 coup attempt"),
            C("other", 150000, "over 150,000 were detained at some point", qualifier="more_than", note="detentions after 2016 coup attempt"),
            C("other", 3, "three inmates had died of Covid-19", note="casualties"),
            C("other", 120, "120 had tested positive", note="infections"),
        ],
        released_names=["Alaattin Çakıcı"],
        alias_groups={},
        not_released_names=["Selahattin Demirtaş", "Osman Kavala", "Ahmet Altan"],
        other_event_released_names=["Mehmet Altan"],
        other_people=["Devlet Bahçeli", "Abdulhamit Gül", "Selin Arıkan", "Recep Tayyip Erdoğan", "Martin Hale", "Ercan Toprak"],
        distractors=["Ahmet Altan was released in November 2019 and rearrested eight days later; he is still held",
                     "Mehmet Altan (brother of the held Ahmet Altan) was freed in 2018 (other event)",
                     "Ercan Toprak was released under judicial control pending trial (bail-like, not a release)",
                     "Osman Kavala was acquitted and rearrested the same night (held)",
                     "at least five prisons; two-thirds to one-half; April 14/16; eight days; fifties and sixties; lira past 7; one million displaced"],
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
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            err(f"missing article {g['file']}")
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                err(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not int: {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                err(f"{g['file']}: where must be set exactly on transferred_to: {c['quote']!r}")
            if c["where"] is not None and c["where"].casefold() not in low:
                err(f"{g['file']}: where not in article: {c['where']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for canon, aliases in g["alias_groups"].items():
            if canon not in seen:
                err(f"{g['file']}: alias group key {canon!r} is not in any list")
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
