#!/usr/bin/env python3
"""Gold for devset_n (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name (and alias, and `where`)
occurs in it (names: case-insensitive), that no name is in two lists, and that kinds
and qualifiers are valid."""
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
    dict(
        file="001_somalia_chandlers.txt", published="2010-11-14", outlet="UK broadcaster web page (cookie banner, video residue, related links)",
        event="Somali pirates free British couple Paul and Rachel Chandler after 388 days, 2010-11-14",
        counts=[
            C("transferred_to", 2, "The two Britons were later flown on to Nairobi", where="Nairobi"),
            C("remaining_held", 400, "Somali pirates are still holding at least 20 vessels and more than 400 crew members",
              qualifier="more_than", note="inferred: captives of other pirate gangs, not this event; optional"),
            C("other", 20, "at least 20 vessels", qualifier="at_least", note="ships, not people"),
            C("other", 11, "Pirates seize 11 more ships", note="page noise"),
            C("other", 7, "Kenya jails seven Somali pirates", note="page noise"),
        ],
        released_names=["Paul Chandler", "Rachel Chandler"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Richard Phillips"],
        other_people=["William Hague", "Mohamed Aden", "Abdi Mohamed Elmi", "Dahir Kadiye",
                      "Mohamed Abdullahi Mohamed", "Stephen Collett"],
        distractors=["Suu Kyi in related-stories list (page noise, other release)",
                     "ages 60/56; 388-day ordeal; ransom $750,000 / $1m / $430,000; video 1:52",
                     "Stephen Collett is Mrs Chandler's brother (relative)"],
    ),
    dict(
        file="002_bossi_mindanao_brief.txt", published="2007-07-19", outlet="AFP wire brief",
        event="Italian missionary Giancarlo Bossi freed in Mindanao, 2007-07-19",
        counts=[
            C("other", 14, "14 marines were killed last week", note="casualties"),
        ],
        released_names=["Giancarlo Bossi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Luciano Benedetti"],
        other_people=["Ricardo Dimaculangan", "Jesus Dureza"],
        distractors=["age 57; June 10; 67 days; five weeks", "single-person release: no release count"],
    ),
    dict(
        file="003_kuriga_pupils_freed.txt", published="2024-03-24", outlet="Nigerian daily web page (ads, READ ALSO, comments)",
        event="Kuriga (Kaduna) abducted pupils and staff freed, 137 hostages, 2024-03-24",
        counts=[
            C("released", 137, "a total of 137 hostages had regained freedom"),
            C("other", 76, "comprised 76 females and 61 males", note="subset of the 137"),
            C("other", 61, "comprised 76 females and 61 males", note="subset of the 137"),
            C("other", 287, "287 pupils were initially reported missing", note="initial abduction figure, not a release"),
            C("other", 300, "put the number above 300", qualifier="more_than", note="residents' abduction estimate"),
            C("other", 28, "At least 28 people, including pupils, escaped", qualifier="at_least",
              note="escaped, not released"),
            C("other", 15, "15 abducted Tsangaya pupils regain freedom", note="page noise (READ ALSO link, other event)"),
            C("other", 9, "Gunmen kill nine", note="page noise"),
            C("other", 41, "Police arrest 41 suspects", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abdullahi Yakubu", "Uba Sani", "Bola Tinubu", "Nuhu Ribadu", "Edward Buba",
                      "Sani Abdullahi", "Abubakar Isah", "Aishatu Musa"],
        distractors=["Fatima (first name only, a freed pupil)", "Abubakar Isah died in captivity (not released)",
                     "N1 billion ransom demand; 17 days; N1,568/$", "no named releasee: tests precision"],
    ),
    dict(
        file="004_iraq_simone_translated.txt", published="2004-09-29", outlet="Italian daily, machine-translated",
        event="Simona Pari, Simona Torretta and two Iraqi colleagues freed in Baghdad, 2004-09-28",
        counts=[
            C("released", 4, "The four hostages were released"),
            C("transferred_to", 2, "The two Italian women arrived at Ciampino airport", where="Ciampino",
              note="inferred: flown home to Rome; optional"),
            C("remaining_held", 2, "The two French journalists Christian Chesnot and Georges Malbrunot, kidnapped on 20 August, are still in the hands",
              note="inferred: other abduction, still held; optional"),
            C("released", 3, "three other Italian security guards, Maurizio Agliana, Umberto Cupertino and Salvatore Stefio, had been freed",
              note="earlier event (8 June 2004)"),
            C("other", 100000, "over 100.000 people had taken part in a torch march", qualifier="more_than", note="crowd"),
        ],
        released_names=["Simona Pari", "Simona Torretta", "Raad Ali Abdul Aziz", "Mahnaz Bassam"],
        alias_groups={},
        not_released_names=["Christian Chesnot", "Georges Malbrunot"],
        other_event_released_names=["Maurizio Agliana", "Umberto Cupertino", "Salvatore Stefio"],
        other_people=["Maurizio Scelli", "Silvio Berlusconi", "Gianni Letta", "Enzo Baldoni",
                      "Fabrizio Quattrocchi", "Marco Ferrandi"],
        distractors=["ransom 1.000.000 / 5.000.000 dollars (money)", "ages 29; 18.50 clock time; 58 days",
                     "Baldoni and Quattrocchi were killed (not released)", "the two Iraqis 'returned to their families'"],
    ),
    dict(
        file="005_sahel_fowler_analysis.txt", published="2009-04-24", outlet="analysis piece (Africa security site)",
        event="AQIM frees Robert Fowler, Louis Guay and two European women in Mali, flown to Ouagadougou, 2009-04-21/22",
        counts=[
            C("released", 4, "Four Western hostages were freed"),
            C("transferred_to", 4, "The four were driven to a rendezvous point and then flown to Ouagadougou", where="Ouagadougou"),
            C("remaining_held", 2, "Two others taken in the January ambush were not"),
            C("exchanged", 4, "four AQIM members held in Malian jails were quietly freed",
              note="claim by Malian officials, unconfirmed; optional"),
            C("other", 32, "seized 32 European tourists", note="earlier event (2003 abduction)"),
            C("released", 17, "Algerian troops freed 17 of them", note="earlier event (May 2003)"),
            C("released", 14, "the remaining 14 were released in Mali", note="earlier event (August 2003); 'remaining' is not still held"),
            C("other", 50, "more than 50 Westerners have now been kidnapped", qualifier="more_than", note="cumulative kidnappings since 2003"),
            C("other", 12, "Twelve soldiers killed in ambush", note="page noise"),
        ],
        released_names=["Robert Fowler", "Louis Guay", "Gabriella Greiner", "Marianne Petzold"],
        alias_groups={},
        not_released_names=["Werner Greiner", "Edwin Dyer", "Abu Qatada"],
        other_event_released_names=["Wolfgang Ebner", "Andrea Kloiber", "Soumana Moukaila"],
        other_people=["Hélène Dufourcq", "Blaise Compaoré", "Stephen Harper", "Michaela Spitzer",
                      "Mokhtar Belmokhtar", "Abdelhamid Abou Zeid", "Amadou Toumani Touré"],
        distractors=["Werner Greiner is Gabriella Greiner's husband and remains held (same surname)",
                     "Abu Qatada is held in a British prison; his release is a demand",
                     "Soumana Moukaila was released separately weeks earlier (other event)",
                     "Michaela Spitzer died in captivity in 2003", "130 days; €5 million; 20% (page noise)"],
    ),
    dict(
        file="006_irian_jaya_mapenduma_brief.txt", published="1996-05-15", outlet="AP wire brief",
        event="Indonesian troops free nine Mapenduma hostages in Irian Jaya, two killed, 1996-05-15",
        counts=[
            C("released", 9, "freed nine hostages"),
            C("other", 4, "including four Britons and two Dutch nationals", note="subset"),
            C("other", 2, "including four Britons and two Dutch nationals", note="subset"),
            C("other", 2, "Two Indonesian hostages were hacked to death", note="killed, not released"),
            C("remaining_held", 11, "the 11 hostages the Free Papua Movement rebels were still holding",
              note="held before the rescue (as of before the operation); 'all but two' freed"),
            C("other", 26, "seized 26 people", note="earlier event (original abduction, Jan. 8)"),
            C("released", 15, "They freed 15 of them", note="earlier event (January)"),
        ],
        released_names=["Daniel Start", "William Oates", "Annette van der Kolk", "Mark van der Wal"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Matheis Lasamahu", "Navy Panekenan", "Kelly Kwalik", "Prabowo Subianto"],
        distractors=["Lasamahu and Panekenan were killed (not released)", "flown by helicopter to Timika (no number)"],
    ),
    dict(
        file="007_pueblo_crew_anniversary.txt", published="2018-12-21", outlet="Korean English-language daily, 50th-anniversary feature",
        event="North Korea releases 82 USS Pueblo crew at Panmunjom, 1968-12-23 (retrospective feature)",
        counts=[
            C("released", 82, "the 82 crewmen were released"),
            C("other", 83, "The Pueblo had 83 men aboard", note="crew at seizure (includes the man killed)"),
            C("other", 31, "a team of 31 North Korean commandos", note="other event (Blue House raid)"),
            C("other", 24, "about two dozen are still alive today", qualifier="about", note="survivors today, NOT still held"),
            C("other", 28, "negotiated in 28 meetings", note="meetings"),
            C("released", 3, "North Korea released three Korean-American detainees", note="earlier event (May 2018)"),
            C("other", 31, "killing all 31 Americans aboard", note="other event (EC-121, 1969), casualties"),
            C("other", 17, "17 injured in Gangneung", note="page noise"),
        ],
        released_names=["Lloyd Bucher", "Stu Russell", "Edward Murphy", "Stephen Harris", "Charles Law", "F. Carl Schumacher"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Kim Dong-chul", "Tony Kim", "Kim Hak-song"],
        other_people=["Park Ji-won", "Duane Hodges", "Park Chung-hee", "Kim Shin-jo", "Gilbert Woodward",
                      "Pak Chung-kuk", "Rose Bucher", "John Chafee", "Mike Pompeo"],
        distractors=["Duane Hodges was killed; his body was returned with the crew",
                     "Rose Bucher is the commander's wife (same surname)",
                     "Kim Shin-jo was a captured commando (other event, not a releasee)",
                     "the ship itself is still held (not a person)", "ages 21/76; 11:30; 20-pace; 121st hospital; 0.3%, 45%"],
    ),
    dict(
        file="008_israel_hezbollah_2004_translated.txt", published="2004-01-29", outlet="German agency (dpa), machine-translated",
        event="Israel-Hezbollah exchange via Cologne: Tannenbaum and three soldiers' bodies for 436 prisoners, 2004-01-29",
        counts=[
            C("released", 436, "Israel released a total of 436 prisoners"),
            C("other", 400, "around 400 Palestinians", qualifier="about", note="subset of the 436"),
            C("other", 23, "23 Lebanese", note="subset of the 436"),
            C("other", 12, "twelve citizens of other Arab states", note="subset of the 436"),
            C("transferred_to", 36, "36 people in all – from Israel via Köln/Bonn airport to Beirut", where="Beirut"),
            C("released", 400, "The roughly 400 Palestinians were released", qualifier="about",
              note="subset stated with a release verb; inferred, optional"),
            C("other", 3, "the bodies of three Israeli soldiers were handed over", note="bodies returned"),
            C("other", 59, "the remains of 59 Lebanese fighters and civilians", note="bodies returned"),
            C("other", 20000, "more than 20.000 people gathered", qualifier="more_than", note="crowd"),
            C("other", 3, "3 dead in northern Germany", note="page noise"),
        ],
        released_names=["Elhanan Tannenbaum", "Steven Smyrek", "Mustafa Dirani", "Abdel Karim Obeid"],
        alias_groups={},
        not_released_names=["Samir Kuntar"],
        other_event_released_names=[],
        other_people=["Benny Avraham", "Adi Avitan", "Omar Sawaid", "Hassan Nasrallah", "Ron Arad",
                      "Gerhard Schröder", "Ernst Uhrlau", "Ariel Sharon"],
        distractors=["Avraham, Avitan and Sawaid returned as bodies", "Ron Arad missing since 1986 (not stated as held)",
                     "Kuntar's release only possible in a 'second phase' (still held)",
                     "19.30 clock time; 1994/1989/1979; ten years; DAX 4.058"],
    ),
    dict(
        file="009_yassin_freed_amman.txt", published="1997-10-01", outlet="Reuters wire",
        event="Israel frees Sheikh Ahmed Yassin to Jordan after the failed Meshaal assassination; two Mossad agents returned, 1997-10-01",
        counts=[
            C("exchanged", 2, "the release of two Israeli agents", note="other side of the deal"),
            C("transferred_to", 2, "the two agents were allowed to return to Israel", where="Israel",
              note="inferred: agents returned home; optional"),
            C("released", 20, "Israel was also expected to release about 20 Jordanian and Palestinian prisoners",
              qualifier="about", note="planned"),
        ],
        released_names=["Ahmed Yassin"],
        alias_groups={"Ahmed Yassin": ["Ahmad Yasin"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rana Haddad", "Khaled Meshaal", "King Hussein", "Benjamin Netanyahu", "Ariel Sharon",
                      "Danny Yatom", "Yasser Arafat", "Hani Qasem"],
        distractors=["the two agents are unnamed", "Meshaal was the target of the attack, not a prisoner",
                     "age 61; eight years of a life sentence; 1987, 1991; September 25"],
    ),
    dict(
        file="010_iran_iraq_pow_brief.txt", published="1990-08-17", outlet="UPI wire brief",
        event="Iran and Iraq exchange 2,000 prisoners of war at Khosravi, 1990-08-17",
        counts=[
            C("exchanged", 2000, "exchanged 2,000 prisoners of war"),
            C("exchanged", 1000, "Iraq handed over 1,000 Iranians"),
            C("exchanged", 1000, "Iran released 1,000 Iraqis"),
            C("exchanged", 4000, "up to 4,000 prisoners a day would be exchanged", qualifier="about",
              note="planned (up to 4,000 a day)"),
            C("remaining_held", 70000, "Iran is believed to hold about 70,000 Iraqi prisoners", qualifier="about",
              note="estimate, as of before the exchange"),
            C("remaining_held", 30000, "Iraq about 30,000 Iranians", qualifier="about",
              note="estimate, as of before the exchange"),
            C("other", 100, "fewer than 100 men", note="earlier event (1988); 'fewer than'"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Saddam Hussein", "Ali Akbar Velayati"],
        distractors=["eight-year war; two years ago"],
    ),
    dict(
        file="011_ethiopia_eritrea_pow_icrc.txt", published="2002-11-29", outlet="ICRC news release",
        event="Last Ethiopian and Eritrean POWs repatriated under ICRC auspices, 2002-11-29",
        counts=[
            C("exchanged", 1287, "1,287 Eritrean POWs held in Ethiopia and 279 Ethiopian POWs held in Eritrea crossed the border",
              note="'held in' describes where they were held before repatriation"),
            C("exchanged", 279, "1,287 Eritrean POWs held in Ethiopia and 279 Ethiopian POWs held in Eritrea crossed the border"),
            C("transferred_to", 23, "23 wounded or sick prisoners, who were accompanied by ICRC medical staff and taken by ambulance to Adi Quala",
              where="Adi Quala", note="subset; inferred, optional"),
            C("released", 2067, "a total of 2,067 Eritrean and 1,067 Ethiopian POWs since December 2000", note="cumulative"),
            C("released", 1067, "a total of 2,067 Eritrean and 1,067 Ethiopian POWs since December 2000", note="cumulative"),
            C("other", 200, "some 200 Ethiopian soldiers reported missing", qualifier="about", note="missing, not held"),
            C("other", 1900, "more than 1,900 civilians have been repatriated", qualifier="more_than", note="cumulative; civilians"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Martin Hug", "Anna Schaaf", "Yemane Tesfay", "Bekele Alemu"],
        distractors=["news release 02/74; telephone numbers; 6 a.m.; 1977/1998; 1998-2000"],
    ),
    dict(
        file="012_syria_iranians_liveblog.txt", published="2013-01-09", outlet="live blog with timestamps (newest first)",
        event="Syrian rebels free 48 Iranians in exchange for 2,130 prisoners released by Damascus, 2013-01-09",
        counts=[
            C("released", 48, "48 Iranians kidnapped in Damascus in August have been freed"),
            C("exchanged", 2130, "the release of 2,130 prisoners held by the Syrian government"),
            C("other", 76, "include 76 women", note="subset of the 2,130"),
            C("other", 4, "four Turkish citizens are among them", note="subset of the 2,130"),
            C("other", 3, "three of the hostages were killed", note="claim by the rebels, apparently untrue"),
            C("other", 35, "at least 35 people were killed", qualifier="at_least", note="casualties (unrelated entry)"),
            C("other", 12, "12 in air strikes", note="casualties (unrelated entry)"),
            C("other", 50000, "some 50,000 Syrian refugees", qualifier="about", note="unrelated entry"),
            C("other", 212, "212 people were killed yesterday", note="casualties (unrelated entry)"),
            C("other", 130, "130 homes destroyed", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ruth Kavanagh", "Omar Haddadin", "Ali Akbar Salehi", "Bulent Yildirim", "Lakhdar Brahimi"],
        distractors=["Hillary Clinton in most-popular list (page noise)", "'held by rebels since August' describes the freed 48",
                     "no named releasee: tests precision"],
    ),
    dict(
        file="013_waziristan_soldiers_swap.txt", published="2007-11-05", outlet="Pakistani regional daily e-paper",
        event="Baitullah Mehsud's militants free 213 soldiers after government releases 25 militants, 2007-11-04",
        counts=[
            C("released", 213, "freed 213 security personnel"),
            C("exchanged", 25, "the government released 25 militants"),
            C("other", 240, "the number of missing personnel at more than 240", qualifier="more_than", note="initial figure of captured"),
            C("released", 30, "The militants had earlier released 30 soldiers", note="earlier event (two earlier batches)"),
            C("other", 3, "three were killed in captivity", note="killed"),
            C("remaining_held", 4, "at least four personnel, including an officer, were still with the militants", qualifier="at_least"),
            C("other", 40, "the 40-member jirga", note="jirga size"),
            C("other", 20, "some 20 vehicles", qualifier="about", note="vehicles"),
        ],
        released_names=["Hasnain Ahmed", "Hafiz Noor Wali", "Shakeel Ahmad"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Baitullah Mehsud", "Waheed Arshad", "Malik Qadir Khan", "Kashif Ahmed",
                      "Pervez Musharraf", "Hussain Khan Marwat"],
        distractors=["Kashif Ahmed is a freed officer's brother", "67 days; KSE-100 312 points; 61.40 rupees; 2006",
                     "soldiers 'would be flown to Rawalpindi' (planned, no number)"],
    ),
    dict(
        file="014_mastrogiacomo_analysis.txt", published="2007-04-20", outlet="opinion/analysis piece",
        event="Daniele Mastrogiacomo freed by the Taliban in exchange for five Taliban prisoners, 2007-03-19 (analysis a month later)",
        counts=[
            C("exchanged", 5, "the Afghan authorities released five Taliban prisoners"),
            C("remaining_held", 2, "The two French remain in Taliban hands", note="inferred: other abduction (April 3); optional"),
            C("other", 4, "at least four foreigners have been seized", qualifier="at_least", note="new kidnappings since the deal"),
            C("other", 1900, "around 1,900 troops", qualifier="about", note="troops"),
            C("other", 1000, "about 1,000 troops", qualifier="about", note="troops"),
            C("other", 8, "8 police killed", note="page noise"),
        ],
        released_names=["Daniele Mastrogiacomo", "Ustad Yasir", "Mansoor Ahmad", "Hamdullah", "Abdul Ghaffar", "Mohammad Nabi"],
        alias_groups={},
        not_released_names=["Rahmatullah Hanefi", "Céline Cordelier", "Eric Damfreville"],
        other_event_released_names=["Gabriele Torsello", "Clementina Cantoni"],
        other_people=["Nadia Karimi-Lowe", "Gino Strada", "Hamid Karzai", "Mullah Dadullah", "Massimo D'Alema",
                      "Sayed Agha", "Ajmal Naqshbandi", "Romano Prodi"],
        distractors=["Sayed Agha and Ajmal Naqshbandi were killed (not released)",
                     "Hanefi, the go-between, was detained after the release and remains in custody",
                     "Mansoor Ahmad is Dadullah's brother (released); Dadullah is not a prisoner",
                     "$2 million; 23 days; three Afghan colleagues (status not stated); 'more than a hundred of theirs'"],
    ),
    dict(
        file="015_kenya_1978_detainees_flashback.txt", published="2018-12-08", outlet="Kenyan weekend paper, 'Flashback' feature",
        event="Moi frees all 26 political detainees on Jamhuri Day, 1978-12-12 (40th-anniversary feature)",
        counts=[
            C("released", 26, "ordered the release of all 26 people"),
            C("other", 2400, "remission of sentences for about 2,400 ordinary convicts", qualifier="about",
              note="remission, not stated as releases"),
            C("other", 100, "at least 100 people were detained without trial", qualifier="at_least",
              note="later detentions 1982-1990"),
        ],
        released_names=["Ngugi wa Thiong'o", "Martin Shikuku", "Jean-Marie Seroney", "Koigi wa Wamwere",
                        "George Anyona", "Wasonga Sijeyo"],
        alias_groups={"Ngugi wa Thiong'o": ["Ngũgĩ wa Thiong'o"]},
        not_released_names=[],
        other_event_released_names=["Jomo Kenyatta"],
        other_people=["Wanjiru Kamau", "Daniel arap Moi", "Charles Njonjo", "Raila Odinga", "Jaramogi Oginga Odinga",
                      "Mukoma wa Ngũgĩ"],
        distractors=["Nyambura (first name only, wife)", "Koigi and Anyona were re-detained in 1982 (later event; not held now)",
                     "Kenyatta freed in 1961 (other event)", "age 40/55; 24 hours; 1 o'clock news; nine years; 12 hurt"],
    ),
    dict(
        file="016_philippines_sison_freed_1986.txt", published="1986-03-05", outlet="AP wire",
        event="Aquino frees Jose Maria Sison, Bernabe Buscayno and two others from Fort Bonifacio, 1986-03-05",
        counts=[
            C("released", 4, "The four walked out"),
            C("released", 2, "Two other long-held detainees, Alexander Birondo and Ruben Alegre, were released",
              note="subset of the four; inferred, optional"),
            C("released", 517, "brings to 517 the number of political prisoners freed", note="cumulative since Feb. 25"),
            C("released", 38, "ordered the release of 38 detainees", note="earlier event (Sunday)"),
            C("remaining_held", 100, "about 100 political prisoners remain in detention", qualifier="about"),
            C("other", 200, "about 200 cheering relatives", qualifier="about", note="crowd"),
            C("other", 16000, "the estimated 16,000 guerrillas", qualifier="about", note="guerrilla strength"),
        ],
        released_names=["Jose Maria Sison", "Bernabe Buscayno", "Alexander Birondo", "Ruben Alegre"],
        alias_groups={"Bernabe Buscayno": ["Kumander Dante"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Lisa Tolentino", "Corazon Aquino", "Ferdinand Marcos", "Juan Ponce Enrile", "Fidel Ramos",
                      "Joker Arroyo", "Julieta de Lima", "Benigno Aquino Jr."],
        distractors=["'Dante' in the headline is Buscayno's nom de guerre", "ages 46/42; 1977/1976/1969; 6 p.m.",
                     "Julieta de Lima is Sison's wife"],
    ),
    dict(
        file="017_indonesia_pakpahan_brief.txt", published="1998-05-26", outlet="Reuters wire brief",
        event="Habibie government frees Muchtar Pakpahan and Sri Bintang Pamungkas, 1998-05-26",
        counts=[
            C("released", 2, "Indonesia freed two prominent political prisoners"),
            C("remaining_held", 200, "more than 200 political prisoners remain in Indonesian jails", qualifier="more_than"),
        ],
        released_names=["Muchtar Pakpahan", "Sri Bintang Pamungkas"],
        alias_groups={},
        not_released_names=["Xanana Gusmao"],
        other_event_released_names=[],
        other_people=["B.J. Habibie", "Suharto", "Muladi"],
        distractors=["20-year sentence; four years; age 44; rupiah 11,250; newsroom phone number", "several dozen supporters"],
    ),
    dict(
        file="018_nigeria_1998_release_statement.txt", published="1998-06-15", outlet="government press release (State House)",
        event="Abubakar orders release of Obasanjo and eight other detainees, 1998-06-15",
        counts=[
            C("released", 9, "approved the immediate and unconditional release of the following nine detainees"),
        ],
        released_names=["Olusegun Obasanjo", "Beko Ransome-Kuti", "Frank Kokori", "Milton Dabibi", "Wariebe Agamene",
                        "Christine Anyanwu", "Kunle Ajibade", "George Mbah", "Ben Charles Obi"],
        alias_groups={},
        not_released_names=["M.K.O. Abiola"],
        other_event_released_names=[],
        other_people=["Abdulsalami Abubakar", "Shehu Musa Yar'Adua", "Emeka Okafor-Ude"],
        distractors=["Decree No. 2 of 1984; tribunal of 1995; list numbering 1-9", "review of other detainees is only planned (no number)",
                     "Yar'Adua died in detention"],
    ),
    dict(
        file="019_anwar_pardon_2018.txt", published="2018-05-16", outlet="Singapore/Malaysia broadcaster web page (cookie banner, video, newsletter)",
        event="Anwar Ibrahim freed after royal pardon, 2018-05-16",
        counts=[
            C("other", 13, "names 13 more Cabinet ministers", note="page noise"),
        ],
        released_names=["Anwar Ibrahim"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Wan Azizah Wan Ismail", "Nurul Izzah Anwar", "Muhammad V", "Sivarasa Rasiah",
                      "Mahathir Mohamad", "Najib Razak", "Hafiz Sohaimi"],
        distractors=["Anwar's earlier release in 2004 is the same person (other event)", "Najib is barred from travel, not held",
                     "ages 70/92; five years; May 9; 0.4%; video 02:14", "single-person release: no release count"],
    ),
    dict(
        file="020_morocco_1994_amnesty_translated.txt", published="1994-07-23", outlet="French daily, machine-translated",
        event="Hassan II amnesty of 424 political prisoners and exiles (352 detained), 1994-07-21",
        counts=[
            C("released", 424, "a general amnesty in favour of 424 people", note="inferred: amnesty total incl. 72 exiles; optional"),
            C("released", 352, "352 were still detained", note="amnestied detainees to be freed; 'still detained' is before the amnesty"),
            C("other", 72, "72 were living in exile", note="subset: exiles allowed to return, not prisoners"),
            C("released", 200, "about 200 detainees had left their cells by Saturday evening", qualifier="about",
              note="partial, as of Saturday; inferred, optional"),
            C("remaining_held", 60, "about sixty political prisoners remain behind bars", qualifier="about"),
            C("released", 28, "the survivors of the secret prison of Tazmamart – 28 men – were freed", note="earlier event (1991)"),
            C("other", 1000, "more than 1 000 people", qualifier="more_than", note="disappeared (Amnesty estimate)"),
            C("other", 18, "18 dead in an attack", note="page noise"),
        ],
        released_names=["Lahcen Amrani", "Abdelmajid Tahiri", "Saïd Bouchta"],
        alias_groups={},
        not_released_names=["Abdessalam Yassine"],
        other_event_released_names=["Malika Oufkir"],
        other_people=["Pierre Lavallée", "Hassan II", "Omar Azziman", "Mohamed Basri", "Abraham Serfaty",
                      "Abdellatif Filali", "Mohamed Oufkir"],
        distractors=["Yassine is under house arrest (held)", "Basri and Serfaty are exiles, not prisoners",
                     "General Mohamed Oufkir is the father of Malika (dead; same surname)",
                     "eleven of twenty years; life; 1984/1990/1991; 3,2 million"],
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
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                print(f"{g['file']}: where/kind mismatch {c}", file=sys.stderr)
                ok = False
            if c["where"] and c["where"].casefold() not in low:
                print(f"{g['file']}: where not found: {c['where']!r}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for n, al in g["alias_groups"].items():
            for a in [n] + list(al):
                if a.casefold() not in low:
                    print(f"{g['file']}: alias not found: {a!r}", file=sys.stderr)
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
