#!/usr/bin/env python3
"""Gold for devset_xx (blind, held-out-style). Writes gold.jsonl next to this script and
checks it against articles/:

- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive);
- no name is in two lists (aliases included), and every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on
  `transferred_to` counts;
- the GOLD file list matches articles/.

It also prints (as warnings, not errors) pairs of names in different lists of one record
that a lenient surname matcher like the scorer's would treat as the same person.
Prints `checks OK` when everything passes.
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
LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_mayaguez_crew_freed.txt", published="1975-05-15",
        outlet="UPI wire on an archive page (all-caps byline)",
        event="Khmer Rouge free the 39 crewmen of the SS Mayaguez during the Koh Tang assault, 1975-05-14/15",
        counts=[
            C("released", 39, "all 39 crewmen of the American merchant ship Mayaguez were safe after Cambodian Communists set them free"),
            C("transferred_to", 39, "All 39 were transferred to the aircraft carrier Coral Sea for medical checks",
              where="Coral Sea", note="inferred: picked up by their own navy after the release; optional"),
            C("released", 5, "The boat's own crew, five Thai fishermen who had been seized by Cambodian gunboats near Koh Tang last week, were also let go"),
            C("other", 175, "some 175 Marines had been landed by helicopter on Koh Tang", qualifier="about", note="troops"),
            C("other", 11, "at least one Marine was killed and 11 were wounded", note="casualties"),
            C("other", 48, "A separate party of 48 Marines and Navy men boarded the Mayaguez", note="troops"),
            C("other", 17, "17 Cambodian planes had been destroyed on the ground", note="aircraft"),
            C("released", 82, "Its 82 surviving crewmen were freed 11 months later",
              note="earlier event (USS Pueblo crew, December 1968)"),
            C("other", 274, "was carrying 274 containers from Hong Kong to Sattahip", note="cargo, not people"),
        ],
        released_names=["Charles T. Miller", "Wendell Ashby", "Leroy Townes"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Martin K. Feldman", "Hu Nim", "James R. Schlesinger", "Dorothy Miller", "Ron Nessen",
                      "Mike Mansfield"],
        distractors=["Dorothy Miller is the captain's wife (same surname as the releasee)",
                     "President Ford is named by surname only",
                     "the Pueblo crew freed in 1968 is an earlier event (unnamed)",
                     "'how many Marines were missing' is unknown, not a held count",
                     "ages 62, 55, 23; 60 miles, 30 miles; 10,485-ton; clock times 12:27 a.m., 10:30 p.m.",
                     "the Thai fishermen are unnamed"],
    ),
    dict(
        file="002_sulu_hyrons_rescued.txt", published="2019-11-26",
        outlet="Philippine state news agency brief",
        event="British birdwatcher Allan Hyrons and his wife rescued from Abu Sayyaf-linked captors in Parang, Sulu, 2019-11-24",
        counts=[
            C("remaining_held", 3, "The rescue leaves three Indonesian fishermen, seized off Lahad Datu, Sabah in September, still in the hands of the Abu Sayyaf"),
            C("released", 2, "The two were flown to Zamboanga City on Monday morning for medical checkup",
              note="inferred: the couple restated as 'the two'; optional"),
            C("transferred_to", 2, "The two were flown to Zamboanga City on Monday morning for medical checkup",
              where="Zamboanga City", note="inferred: medical transfer after the rescue; optional"),
            C("other", 6, "The couple was taken by six armed men", note="captors"),
        ],
        released_names=["Allan Hyrons", "Wilma Hyrons"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nonoy Ramirez", "Ramon Abellera"],
        distractors=["ages 70 and 51", "5:30 p.m. (clock time)", "'no ransom was paid'",
                     "Oct. 4 (date of abduction)", "the Indonesian fishermen are unnamed"],
    ),
    dict(
        file="003_papua_tembagapura_liveblog.txt", published="2017-11-17",
        outlet="regional news site live blog (reverse chronological, unrelated entries)",
        event="Indonesian police and troops bring 344 residents out of Kimbely and Banti near Tembagapura, Papua, 2017-11-17",
        counts=[
            C("released", 344, "a joint police and military operation has freed 344 residents of Kimbely and Banti"),
            C("transferred_to", 344, "The 344, most of them migrants from Sulawesi and Java, were taken by Freeport buses to Timika.",
              where="Timika"),
            C("other", 104, "of the 344 brought out, 104 are women and children", note="subset"),
            C("released", 155, "A first group of 155 residents reached Tembagapura by mid-morning",
              note="cumulative: partial tally during the operation; optional"),
            C("remaining_held", 1000, "about 1,000 residents remain in Banti and Kimbely", qualifier="about",
              note="claim by police; many chose to stay (inferred); optional"),
            C("remaining_held", 1300, "about 1,300 people in Kimbely and Banti have been unable to leave since early November",
              qualifier="about", note="held before the release; claim by police, disputed by the rebels; optional"),
            C("other", 380, "about 380 men remain inside the decommissioned Lombrum detention centre", qualifier="about",
              note="page noise: unrelated Manus Island entry; refugees, not captives"),
            C("other", 118, "ban 118 of its officials from politics for five years", note="page noise: unrelated Cambodia entry"),
        ],
        released_names=["Samsul Bahri"],
        alias_groups={},
        not_released_names=["Kem Sokha"],
        other_event_released_names=[],
        other_people=["Bridget Harlow", "Dewi Anggraini", "Rahmat Bahri", "Yunus Hadi", "Yosias Kogoya",
                      "Rudi Hartono", "Robert Mugabe", "Hun Sen"],
        distractors=["Rahmat Bahri is the releasee's brother; he chose to stay in Banti (not held; same surname)",
                     "Mugabe 'confined to his residence' (unrelated entry; not a release)",
                     "Kem Sokha remains in prison (unrelated entry; still held)",
                     "Rudi Hartono was killed",
                     "the rebels deny holding anyone (the release itself is disputed)",
                     "41-year-old; two weeks; 7am; five years"],
    ),
    dict(
        file="004_kaduna_afaka_students_freed.txt", published="2021-05-06",
        outlet="Nigerian daily web page (ads, READ ALSO, related and most-read lists, comments)",
        event="Bandits free the last 27 abducted students of the forestry college at Afaka, Kaduna, 2021-05-05",
        counts=[
            C("released", 27, "The remaining 27 students of the Federal College of Forestry Mechanization, Afaka"),
            C("other", 39, "whisked away 39 students, 23 of them female and 16 male", note="total abducted"),
            C("other", 23, "23 of them female", note="subset of the 39"),
            C("other", 16, "16 male", note="subset of the 39"),
            C("released", 180, "rescued 180 students and staff of the college the same night",
              note="earlier event (rescue on the night of the attack, 11 March)"),
            C("released", 5, "Five of the abducted students were released on April 5", note="earlier event (first batch)"),
            C("released", 5, "another five on April 8", note="earlier event (second batch)"),
            C("released", 5, "Afaka: Five more abducted students regain freedom",
              note="earlier event (related-list headline on the April batch)"),
            C("other", 2, "two male students escaped from the bandits' camp", note="escapees, not a release"),
            C("remaining_held", 14, "Bandits are still holding 14 students of Greenfield University, Kasarami",
              note="inferred: other abduction (Greenfield University); optional"),
            C("other", 5, "The abductors have killed five of the students", note="casualties (Greenfield)"),
            C("other", 9, "Bandits kill two, abduct nine in Chikun", note="page noise (READ ALSO)"),
            C("released", 21, "Police rescue 21 kidnapped travellers", note="earlier event (page noise, READ ALSO)"),
            C("released", 14, "Bandits free 14 abducted passengers in Katsina", note="earlier event (page noise, most-read list)"),
            C("other", 11, "Police arrest 11 suspected kidnappers in Niger", note="page noise: arrests"),
        ],
        released_names=["Salamatu Garba"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Yusuf Ibrahim Danjuma", "Samuel Aruwan", "Nasir El-Rufai", "Abdullahi Usman", "Ahmad Gumi"],
        distractors=["Hauwa: first-name-only releasee (daughter of Abdullahi Usman)",
                     "'remaining 27' are the last students freed, not a held count",
                     "N500 million demand; N60bn (page noise)",
                     "19-year-old; 55 days; 11:30 pm",
                     "Gumi's call for 'an amnesty for armed herders' is a proposal, not a release",
                     "46 Comments (counter)"],
    ),
    dict(
        file="005_mozart_sailors_released_tr.txt", published="2021-02-13",
        outlet="Turkish news site, machine-translated from Turkish (cookie banner, view counter, related news)",
        event="Pirates free 15 Turkish sailors of the container ship Mozart in Nigeria, 2021-02-12",
        counts=[
            C("released", 15, "The 15 Turkish seafarers of the MOZART ship, who were kidnapped by pirates in the Gulf of Guinea on 23 January, were released"),
            C("transferred_to", 15, "the 15 sailors are expected to land at İstanbul Airport on Saturday at 18.30",
              where="İstanbul", note="planned: expected flight home"),
            C("other", 19, "kidnapped 15 of the 19 personnel", note="crew total"),
            C("other", 3, "The 3 personnel left on the ship brought the ship to the Port-Gentil port of Gabon",
              note="crew members who were not kidnapped"),
            C("other", 130, "130 of the 135 crew members kidnapped in the world in 2020", note="IMB statistic"),
            C("other", 135, "130 of the 135 crew members kidnapped in the world in 2020", note="IMB statistic"),
            C("released", 10, "10 Turkish sailors who were kidnapped from the ship Paksoy-1 off Cameroon were released after 24 days",
              note="earlier event (July 2019)"),
            C("released", 7, "7 Turkish citizens held in Libya were released", note="earlier event (page noise, related news)"),
        ],
        released_names=["Cemil Aksoy", "Mert Karadeniz"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mevlüt Çavuşoğlu", "Adil Karaismailoğlu", "Farman İsmayılov", "Hasan Aksoy", "Levent Karsan"],
        distractors=["Hasan Aksoy is the captain's father (same surname)", "Farman İsmayılov was killed in the attack",
                     "2,5 million dollar ransom claim", "12.487 reading (view counter)",
                     "98 nautical mile; 6 hours; 21 days; 24 days", "02.30 and 18.30 (clock times)",
                     "1.200 tonnes of wheat (page noise)"],
    ),
    dict(
        file="006_loyada_bus_40_years.txt", published="2016-02-14",
        outlet="Sunday long read, 40-years-on anniversary feature",
        event="French gendarmes end the Loyada school-bus hijacking on the Djibouti-Somalia border, 1976-02-04",
        counts=[
            C("released", 26, "Twenty-six children were lifted out of the bus alive"),
            C("other", 31, "On board were 31 children", note="children on the bus (hostages)"),
            C("released", 2, "On the first evening the gunmen let two children go",
              note="earlier event (earlier batch of the same hijacking, 3 February)"),
            C("released", 29, "In all, 29 of the 31 children came home.",
              note="cumulative: all batches plus the boy returned from Somalia; optional"),
            C("other", 4, "Four hijackers on and around the bus were killed", note="casualties (captors)"),
            C("other", 6, "All six gunmen died.", note="casualties (captors)"),
            C("released", 102, "Israeli commandos freed 102 hostages held at the Ugandan airport",
              note="earlier event (other event: Entebbe, July 1976)"),
            C("other", 18, "Eighteen of the former pupils travelled for it", note="commemoration attendance"),
        ],
        released_names=["Marc Lefèvre", "Jean-Michel Dupont", "Odile Marchand", "Franck Wetzel"],
        alias_groups={"Marc Lefèvre": ["Marc Lefevre"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Claire Duvignau", "Valéry Giscard d'Estaing", "Christian Prouteau", "Nadine Roux", "Agnès Pinel",
                      "André Wetzel", "Siad Barre", "Monique Roux", "Hassan Ali Moussa"],
        distractors=["Nadine Roux and Agnès Pinel were killed (never releasees)",
                     "Franck Wetzel was handed back by Somalia two days later (judgement call: main event)",
                     "André Wetzel is Franck's father; Monique Roux is Nadine's mother (same surnames)",
                     "the two children let go on the first evening are unnamed",
                     "Jean-Michel Dupont died in 2009 (he was freed in 1976)",
                     "'release of what they called political prisoners' is a demand",
                     "ages 8, 24, 7, 6, 71, 64; 15.47; 40th anniversary"],
    ),
    dict(
        file="007_talladega_prison_hostages.txt", published="1991-08-30",
        outlet="AP wire write-through (all-caps byline, slug lines)",
        event="FBI agents free nine hostages held by Cuban detainees at the Talladega federal prison, 1991-08-30",
        counts=[
            C("released", 9, "freed nine hostages unharmed"),
            C("other", 6, "six Bureau of Prisons employees", note="subset of the nine"),
            C("other", 3, "three workers of the Immigration and Naturalization Service", note="subset of the nine"),
            C("other", 121, "121 Cuban detainees awaiting deportation seized the unit", note="captors"),
            C("other", 10, "The detainees initially took 10 hostages", note="hostages taken at the start"),
            C("released", 1, "but released one, a 58-year-old kitchen supervisor, on Saturday",
              note="earlier event (earlier release during the same siege)"),
            C("other", 32, "32 of the detainees had been told they were on the next flight to Havana",
              note="planned deportation of captors; not a release"),
            C("released", 89, "The Atlanta siege ended after 11 days with the release of 89 hostages.",
              note="earlier event (Atlanta, 1987)"),
        ],
        released_names=["Kevin Crenshaw", "Ruth Ann Villareal", "Tommy Dale Hicks"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Dale Holcombe", "Dick Thornburgh", "Wayne Mills", "Brenda Crenshaw", "Roy Haskins"],
        distractors=["Brenda Crenshaw is the wife (same surname)", "Rolando: first-name-only detainee",
                     "the kitchen supervisor freed earlier is unnamed",
                     "detainees moved to other prisons (not releasees)",
                     "3:42 a.m., 4:15 a.m.; 34; 10-day standoff; 1980, 1984"],
    ),
    dict(
        file="008_taiwan_china_spy_swap_analysis.txt", published="2015-12-10",
        outlet="think-tank analysis piece",
        event="Taiwan paroles a Chinese MSS officer to the mainland; two Taiwanese MIB officers return home, 2015-09/10",
        counts=[
            C("exchanged", 1, "Taipei traded one convicted Chinese agent for two of its own"),
            C("exchanged", 2, "two officers of Taiwan's Military Intelligence Bureau (MIB) who had spent nine years in mainland prisons were allowed to return home"),
            C("remaining_held", 9, "at least nine Taiwanese citizens serving espionage-related sentences in mainland prisons",
              qualifier="at_least"),
            C("other", 40, "has convicted more than 40 people of spying for Beijing since 2002", qualifier="more_than",
              note="convictions on the other side; not a held count"),
            C("other", 300, "the handover of more than 300 criminal fugitives", qualifier="more_than",
              note="people handed INTO custody"),
        ],
        released_names=["Li Zhihao", "Zhu Gongxun", "Xu Zhangguo"],
        alias_groups={"Li Zhihao": ["Lee Chih-hao"], "Zhu Gongxun": ["Chu Kung-hsun"], "Xu Zhangguo": ["Hsu Chang-kuo"]},
        not_released_names=["Chang Chih-hsin", "Tsai Ming-tang"],
        other_event_released_names=[],
        other_people=["Hsiao Wen-ling", "Ma Ying-jeou", "Xi Jinping", "Andrew Hsia", "Tsai Ing-wen"],
        distractors=["neither government calls it an exchange (judgement: both sides exchanged)",
                     "sentences 12, 15 and 16 years; nine years; 2006, 2007, 2013, 2014",
                     "'tens of thousands of illegal migrants' (vague, repatriations)",
                     "Li Zhihao was paroled and handed over at Xiamen (single person, no count)",
                     "7 November, 20 May, 1949, 1990 (dates)"],
    ),
    dict(
        file="009_lourenco_marques_exchange_1942.txt", published="1942-07-24",
        outlet="US evening newspaper archive page (AP dispatch, OCR notice, censor line)",
        event="US-Japan exchange of diplomats and civilians at Lourenço Marques (Gripsholm / Asama Maru / Conte Verde), 1942-07-23",
        counts=[
            C("exchanged", 1500, "More than 1,500 Americans, Canadians and Latin Americans repatriated from Japanese-held territory walked off two liners here today",
              qualifier="more_than"),
            C("exchanged", 1083, "the 1,083 Japanese who came from New York on the Gripsholm went aboard for the voyage home"),
            C("other", 416, "The Japanese liner Asama Maru brought 416 persons", note="subset"),
            C("other", 639, "The Italian liner Conte Verde brought 639 from Shanghai", note="subset"),
            C("other", 100, "about 100 missionaries", qualifier="about", note="subset"),
            C("other", 37, "37 Canadians", note="subset"),
            C("transferred_to", 1500, "The Gripsholm will sail Monday for Rio de Janeiro and New York, where she is expected to arrive about August 25 with all 1,500 passengers.",
              where="New York", note="planned: onward voyage home"),
            C("remaining_held", 3000, "more than 3,000 American civilians remain interned in the Philippines, China and Japan",
              qualifier="more_than"),
            C("released", 900, "about 900 British subjects due to arrive here on the Tatuta Maru", qualifier="about",
              note="earlier event (separate British-Japanese exchange expected next month; planned)"),
        ],
        released_names=["Joseph C. Grew", "Kichisaburo Nomura", "Saburo Kurusu", "Harold W. Ellery", "Howard Lutz"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Cordell Hull"],
        distractors=["'(Passed by censor.)'", "December 8; seven months; six months; 30 pounds; three hours",
                     "'A second exchange is being negotiated' (no count)", "Continued on Page 6, Column 4"],
    ),
    dict(
        file="010_angola_lusaka_prisoners_fr.txt", published="1996-03-13",
        outlet="AFP French service, machine-translated ('1 038')",
        event="ICRC-supervised release of 345 prisoners by the Angolan government and UNITA under the Lusaka Protocol, 1996-03-12",
        counts=[
            C("released", 345, "released on Tuesday 345 prisoners under the supervision of the International Committee of the Red Cross"),
            C("exchanged", 255, "The government freed 255 UNITA fighters"),
            C("exchanged", 90, "UNITA released 90 soldiers and police officers of the Angolan Armed Forces (FAA)"),
            C("transferred_to", 90, "The 90 men freed by UNITA were transported in the afternoon on two aircraft chartered by the ICRC to Luanda",
              where="Luanda", note="inferred: flown back to their own side; optional"),
            C("transferred_to", 255, "The 255 others were flown to Huambo and handed over to representatives of UNITA",
              where="Huambo", note="inferred: handed back to their own side at Huambo; optional"),
            C("released", 1038, "These releases bring to 1 038 the number of prisoners freed since the start of the operation in December",
              note="cumulative"),
            C("other", 1487, "which had registered 1 487 detainees held by the two parties",
              note="ICRC registration total since December; not an as-of held count"),
            C("remaining_held", 300, "accuses the government of still holding \"more than 300\" of its members",
              qualifier="more_than", note="claim by UNITA, denied by Luanda; optional"),
        ],
        released_names=["Florindo Sapalo"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jean-Marc Brunner", "Alioune Blondin Beye", "José Eduardo dos Santos", "Jonas Savimbi"],
        distractors=["'several hundred' held by UNITA (vague, government claim)", "1993; November 1994",
                     "pa/jlb (desk initials)", "two aircraft"],
    ),
    dict(
        file="011_mozambique_1974_exchange_pt.txt", published="1974-10-17",
        outlet="Mozambican daily archive, machine-translated from Portuguese ('1.800')",
        event="First prisoner exchange between Portuguese forces and FRELIMO after the Lusaka Accord (Mueda / Machava), 1974-10-15",
        counts=[
            C("exchanged", 137, "delivered yesterday, in the airfield of Mueda, 137 Portuguese militaries captured during the armed struggle"),
            C("exchanged", 820, "the Portuguese authorities released in the same day 820 political prisoners detained in the Machava prison"),
            C("other", 9, "among which 9 officers and 31 sergeants", note="subset"),
            C("other", 31, "among which 9 officers and 31 sergeants", note="subset"),
            C("transferred_to", 137, "The 137 militaries were transported in the afternoon by plane to Nampula",
              where="Nampula", note="inferred: flown on toward home; optional"),
            C("remaining_held", 23, "FRELIMO has now delivered all but 23 of the Portuguese militaries in its power",
              note="'all but 23': still held (wounded or sick, in Tanzanian hospitals)"),
            C("other", 8, "Eight others are given as disappeared.", note="missing"),
            C("remaining_held", 456, "the remaining 456 political prisoners detained in the fortress of the island of Ibo will be released this week",
              note="still held; their release is planned for this week"),
            C("released", 456, "the remaining 456 political prisoners detained in the fortress of the island of Ibo will be released this week",
              note="planned"),
            C("released", 1800, "the number of political prisoners released in Mozambique after the 25 of April will surpass 1.800",
              qualifier="more_than", note="cumulative (projected, includes the planned Ibo releases)"),
        ],
        released_names=["António Serrano", "Jaime Muchanga"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Maria da Luz Serrano", "Joaquim Chissano", "Vítor Crespo", "Samora Machel"],
        distractors=["Maria da Luz Serrano is the releasee's mother (same surname)",
                     "1965, 1969, 12 years, 1971, four years", "7.30 (clock time)",
                     "Lourenço Marques (today Maputo) is a place name"],
    ),
    dict(
        file="012_czech_lebanon_hostages_fayad.txt", published="2016-02-03",
        outlet="Czech public broadcaster's English web page (cookie banner, audio/video residue, related and most-read lists)",
        event="Five Czechs freed in Lebanon; Prague refuses extradition and frees Ali Fayad (de facto swap), 2016-02-02/03",
        counts=[
            C("exchanged", 5, "The five were freed on Tuesday and handed over to Czech officials in Beirut",
              note="one side of a de facto swap that the government denies (judgement: both sides exchanged)"),
            C("transferred_to", 5, "The five were then flown on a chartered plane to Larnaca in Cyprus", where="Larnaca"),
            C("transferred_to", 5, "The five landed at Prague's Kbely military airport shortly before midnight",
              where="Prague", note="inferred: flown home; optional"),
            C("released", 2, "two Czech women kidnapped in Pakistan's Balochistan province in 2013, Hana Humpálová and Antonie Chrástecká, were freed after two years in captivity",
              note="earlier event (March 2015)"),
            C("released", 2, "Two Czech women freed in Pakistan after two years in captivity",
              note="earlier event (page noise, related list)"),
        ],
        released_names=["Ali Fayad", "Jan Šulc", "Miroslav Dvořák", "Pavel Krejčí", "Adam Horák", "Martin Novotný"],
        alias_groups={"Ali Fayad": ["Ali Fajad"]},
        not_released_names=[],
        other_event_released_names=["Hana Humpálová", "Antonie Chrástecká"],
        other_people=["Tomáš Kubeček", "Ondřej Tomšů", "Robert Pelikán", "Bohuslav Sobotka", "Lubomír Zaorálek"],
        distractors=["Sobotka: 'There was no exchange' (denial; judgement call)",
                     "Listen 04:12; Video 00:00 / 01:37 (player residue)",
                     "1.2 billion crown; three lion cubs (page noise)", "April 2014; seven months; two years"],
    ),
    dict(
        file="013_libya_misrata_zintan_swap_brief.txt", published="2015-06-13",
        outlet="Reuters brief",
        event="Misrata and Zintan factions exchange prisoners near Asabaa, Libya, 2015-06-13",
        counts=[
            C("exchanged", 11, "Zintan released 11 men from Misrata"),
            C("exchanged", 9, "Misrata freed nine fighters from Zintan"),
            C("released", 60, "The swap brings to nearly 60 the number of prisoners the two cities have released to each other since April",
              qualifier="about", note="cumulative (since April)"),
            C("remaining_held", 40, "around 40 men from his town were still being held in Misrata", qualifier="about",
              note="claim by a Zintan elder; optional"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohamed al-Rayani", "Bernardino Leon", "Salem al-Ghariani", "Hamza Belhaj", "Karim Zayed",
                      "Clare Ridley"],
        distractors=["'dozens more prisoners' (vague)", "'the first such swap' (ordinal)"],
    ),
    dict(
        file="014_myanmar_win_tin_feature.txt", published="2008-10-02",
        outlet="regional news magazine long feature (photo caption and credit)",
        event="Burma's junta amnesties 9,002 prisoners; journalist Win Tin freed after 19 years, 2008-09-23",
        counts=[
            C("released", 9002, "granted an amnesty to 9,002 prisoners"),
            C("other", 7, "only seven of the 9,002 could be counted as political prisoners", note="subset"),
            C("remaining_held", 2100, "more than 2,100 political prisoners remain behind bars", qualifier="more_than"),
            C("released", 9000, "Nine thousand prisoners went out of the gates", qualifier="about",
              note="inferred: rounded restatement in a quote; optional"),
            C("other", 2000, "they can release 2,000", note="hypothetical in a quote"),
            C("released", 14000, "the junta freed more than 14,000 prisoners in stages", qualifier="more_than",
              note="earlier event (late 2004)"),
            C("other", 130000, "More than 130,000 dead", qualifier="more_than", note="cyclone casualties"),
        ],
        released_names=["Win Tin", "Tin Hla Aung"],
        alias_groups={"Win Tin": ["U Win Tin"], "Tin Hla Aung": ["U Tin Hla Aung"]},
        not_released_names=["Nyunt Wai", "Min Ko Naing", "Zarganar", "Aung San Suu Kyi"],
        other_event_released_names=[],
        other_people=["Nandar Hlaing", "Bo Kyi", "Khin Nyunt", "Kyaw Hsan", "Ibrahim Gambari", "Nyan Win",
                      "Thet Naing Oo"],
        distractors=["Nyunt Wai was freed and re-arrested the same night (judgement: still held)",
                     "Min Ko Naing was freed in 2004 and re-arrested in 2007: listed only as held",
                     "Bo Kyi is a former prisoner, not released in this event",
                     "ages 78 and 67; 19 years, two months and 19 days; 20 years; 13 of the past 19 years; eight feet",
                     "11.30 (clock time); July 4, 1989; 1996; 2003"],
    ),
    dict(
        file="015_vietnam_amnesty_2015_statement.txt", published="2015-08-29",
        outlet="government portal statement, machine-translated, with editor's notes ('18.539')",
        event="Vietnam's National Day amnesty of 18,539, 2015-08-29",
        counts=[
            C("released", 18298, "18.298 persons were released from detention facilities"),
            C("released", 18539, "The total number of persons granted amnesty is 18.539 persons.",
              note="inferred: amnesty total including 241 people not in custody; optional"),
            C("other", 241, "241 persons are persons who were in the period of temporary suspension",
              note="not in custody"),
            C("other", 34, "34 persons having foreign nationality of 11 countries", note="subset"),
            C("other", 1372, "1.372 persons are women", note="subset"),
            C("other", 96, "96 persons are aged over 70 years", note="subset"),
            C("other", 2105, "2.105 persons are ethnic minority people", note="subset"),
            C("other", 61, "61 persons were formerly officials", note="subset"),
            C("released", 15446, "two amnesties with the total of 15.446 persons", note="earlier event (2013)"),
            C("released", 72000, "the State has granted amnesty to more than 72.000 persons", qualifier="more_than",
              note="cumulative (since 2009)"),
            C("remaining_held", 110, "at least 110 people remain in prison in Vietnam for peacefully expressing their views",
              qualifier="at_least"),
        ],
        released_names=[],
        alias_groups={"Trần Huỳnh Duy Thức": ["Tran Huynh Duy Thuc"], "Nguyễn Hữu Vinh": ["Nguyen Huu Vinh", "Anh Ba Sàm"]},
        not_released_names=["Trần Huỳnh Duy Thức", "Nguyễn Hữu Vinh"],
        other_event_released_names=[],
        other_people=["Nguyễn Xuân Phúc", "Trương Tấn Sang"],
        distractors=["Decision No. 2229/2015/QĐ-CTN (document number)", "70th anniversary; 2 September",
                     "1,4 % re-offending rate", "16-year sentence; May 2014"],
    ),
    dict(
        file="016_renae_lawrence_freed_bali.txt", published="2018-11-21",
        outlet="Australian broadcaster web page (cookie banner, video player, key points, photo credit, related stories)",
        event="Bali Nine member Renae Lawrence released from Bangli prison and deported to Australia, 2018-11-21",
        counts=[
            C("remaining_held", 5, "Five members of the group remain in Indonesian jails serving life sentences"),
            C("other", 4, "Indonesia executes four drug convicts on Nusakambangan", note="page noise (related stories)"),
        ],
        released_names=["Renae Lawrence"],
        alias_groups={},
        not_released_names=["Scott Rush", "Matthew Norman", "Si Yi Chen", "Martin Stephens", "Michael Czugaj"],
        other_event_released_names=[],
        other_people=["Kate Morrow", "Erin Halloran", "I Made Suwena", "Jeanette Lawrence", "Komang Wijaya",
                      "Andrew Chan", "Myuran Sukumaran", "Tan Duc Thanh Nguyen", "Lee Rush", "Marise Payne",
                      "Haposan Simamora"],
        distractors=["Jeanette Lawrence is the mother (same surname)",
                     "Lee Rush is the father of still-held Scott Rush (same surname)",
                     "Chan and Sukumaran were executed; Tan Duc Thanh Nguyen died",
                     "Schapelle Corby appears only in a related headline (page noise)",
                     "NSW Police want to speak to her about warrants (no new custody stated)",
                     "'Bali Nine' is a group name, not a count",
                     "41; 13 years; 20 years; 2.2 kilograms; video 1:24; 10:00am, 11:00pm"],
    ),
    dict(
        file="017_saigon_1963_prisoners_freed.txt", published="1963-11-04",
        outlet="UPI brief",
        event="South Vietnam's junta frees political prisoners after the fall of Diem, 1963-11-04",
        counts=[
            C("released", 1000, "freed more than 1,000 political prisoners", qualifier="more_than"),
            C("other", 450, "some 450 students", qualifier="about", note="subset"),
            C("remaining_held", 200, "about 200 prisoners accused of Communist activities would remain in custody pending review",
              qualifier="about"),
        ],
        released_names=["Phan Quang Dan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Thich Tri Quang", "Ngo Dinh Diem", "Ngo Dinh Nhu", "Duong Van Minh"],
        distractors=["Phan Khac Suu: release ordered, still on Poulo Condore and only expected in Saigon (in no list)",
                     "Thich Tri Quang left embassy asylum (not a prisoner)",
                     "Diem and Nhu were killed", "November 1960; Sept. 1"],
    ),
    dict(
        file="018_ghana_detainees_freed_1966.txt", published="1966-03-01",
        outlet="Reuter wire (archive)",
        event="Ghana's National Liberation Council frees Preventive Detention Act detainees after the coup, 1966-02/03",
        counts=[
            C("released", 814, "Ghana's new military rulers have freed 814 people held without trial"),
            C("remaining_held", 1142, "1,142 people were being held under the Act on February 24",
              note="held before the release (as of the coup, 24 February)"),
            C("remaining_held", 328, "the remaining 328 detainees were still being screened"),
            C("other", 450, "about 450 leading members of Dr. Nkrumah's Convention People's Party have been taken into what the council calls \"protective custody\"",
              qualifier="about", note="newly detained (arrests)"),
        ],
        released_names=["Ako Adjei", "Tawia Adamafio"],
        alias_groups={},
        not_released_names=["Kojo Botsio", "Krobo Edusei"],
        other_event_released_names=[],
        other_people=["Kwame Nkrumah", "Dinah Adamafio", "J. B. Danquah", "Joseph Ankrah", "Emmanuel Kotoka",
                      "Sekou Toure"],
        distractors=["Dinah Adamafio is the wife (same surname)", "J. B. Danquah died in detention in 1965",
                     "25 miles; 1962; 1963; three and a half years",
                     "the 328 are still held and due for release after screening"],
    ),
    dict(
        file="019_burundi_rukuki_ngo_release.txt", published="2021-07-01",
        outlet="NGO press release (numbered demands, notes to editors, contact block)",
        event="Burundian human rights defender Germain Rukuki released from Ngozi prison, 2021-06-30",
        counts=[
            C("remaining_held", 12, "at least 12 human rights defenders and journalists remain in detention in Burundi as of 30 June 2021",
              qualifier="at_least"),
            C("released", 4, "four journalists of the newspaper Iwacu, Agnès Ndirubusa, Christine Kamikazi, Egide Harerimana and Térence Mpozenzi, were pardoned and released",
              note="earlier event (24 December 2020)"),
            C("released", 5000, "the President pardoned more than 5,000 prisoners to reduce overcrowding", qualifier="more_than",
              note="earlier event (March 2021)"),
            C("other", 41, "a network of 41 human rights organisations", note="organisations"),
        ],
        released_names=["Germain Rukuki"],
        alias_groups={"Germain Rukuki": ["Rukuki Germain"]},
        not_released_names=["Tony Germain Nkina"],
        other_event_released_names=["Agnès Ndirubusa", "Christine Kamikazi", "Egide Harerimana", "Térence Mpozenzi"],
        other_people=["Emelyne Nduwimana", "Évariste Ndayishimiye", "Aline Mukeshimana"],
        distractors=["32 years; one year; four years; 14 months; five years (sentences and durations)",
                     "the youngest son is unnamed", "phone numbers and email in the contact block",
                     "'Rukuki Germain' (surname-first court form) has a last token that the scorer would read as a first name"],
    ),
    dict(
        file="020_turkey_1974_amnesty_brief.txt", published=None,
        outlet="AP brief (undated in the text; July 1974)",
        event="Leftist political prisoners freed in Turkey after the Constitutional Court extends the 1974 amnesty",
        counts=[
            C("released", 700, "about 700 people convicted under the penal code's articles on communist propaganda",
              qualifier="about"),
            C("released", 1000, "up to 1,000 more could be freed in the coming days", qualifier="about",
              note="planned ('up to'); optional"),
            C("released", 20000, "had already freed more than 20,000 ordinary prisoners", qualifier="more_than",
              note="earlier event (May 1974 amnesty releases)"),
            C("remaining_held", 300, "about 300 political prisoners convicted of killings or armed robbery remain in prison",
              qualifier="about"),
        ],
        released_names=["Yilmaz Guney", "Can Yucel"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bulent Ecevit", "Guler Yucel", "Ho Chi Minh", "Che Guevara"],
        distractors=["Guler Yucel is the poet's wife (same surname)", "'Hundreds of leftist political prisoners' (vague)",
                     "24 hours; 1972; three years"],
    ),
]


# --- lenient name matcher (same idea as the scorer's; used only for warnings) ---
def _fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _skeleton(word):
    w = re.sub(r"[^a-z]", "", _fold(word))
    w = re.sub(r"ou(?=[^aeiouy]|$)", "ov", w)
    for a, b in (("sch", "s"), ("tsch", "c"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("kh", "h"),
                 ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k"), ("ck", "k")):
        w = w.replace(a, b)
    return re.sub(r"[aeiouyjh]", "", w) or w


def _tokens(name):
    return [t for t in re.split(r"[\s\-]+", _fold(name)) if t and t not in {"jr", "sr", "dr", "mr", "mrs", "ms"}]


def _same(a, b):
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    sa, sb = _skeleton(ta[-1]), _skeleton(tb[-1])
    if min(len(sa), len(sb)) <= 3 and sa != sb:
        return False
    if SequenceMatcher(None, sa, sb).ratio() < 0.8:
        return False
    if len(ta) > 1 and len(tb) > 1:
        fa, fb = _skeleton(ta[0]), _skeleton(tb[0])
        initial = min(len(re.sub(r"[^a-z]", "", ta[0])), len(re.sub(r"[^a-z]", "", tb[0]))) == 1
        if fa and fb and not (initial and ta[0][0] == tb[0][0]) and SequenceMatcher(None, fa, fb).ratio() < 0.5:
            return False
    return True


def main():
    errors = []
    warnings = []
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    gold_files = [g["file"] for g in GOLD]
    if sorted(gold_files) != files or len(set(gold_files)) != len(gold_files):
        errors.append(f"file list mismatch: gold={sorted(gold_files)} articles={files}")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        f = g["file"]
        for c in g["counts"]:
            if c["quote"] not in text:
                errors.append(f"{f}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                errors.append(f"{f}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                errors.append(f"{f}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                errors.append(f"{f}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    errors.append(f"{f}: transferred_to without where: {c['quote'][:60]!r}")
                elif c["where"].casefold() not in low:
                    errors.append(f"{f}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                errors.append(f"{f}: where set on a {c['kind']} count: {c['quote'][:60]!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    errors.append(f"{f}: {key} name not found: {n!r}")
                if n in seen:
                    errors.append(f"{f}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g.get("alias_groups", {}).items():
            if k not in seen:
                errors.append(f"{f}: alias-group key not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    errors.append(f"{f}: alias not found: {a!r}")
                if a in seen:
                    errors.append(f"{f}: alias {a!r} is also a listed name ({seen[a]})")
        names = [(n, key) for key in LISTS for n in g[key]]
        for i in range(len(names)):
            for j in range(i + 1, len(names)):
                (a, ka), (b, kb) = names[i], names[j]
                if ka != kb and _same(a, b):
                    warnings.append(f"{f}: scorer would match {a!r} ({ka}) with {b!r} ({kb})")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in GOLD:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    n_counts = sum(len(g["counts"]) for g in GOLD)
    n_rel = sum(len(g["released_names"]) for g in GOLD)
    print(f"wrote {len(GOLD)} records ({n_counts} counts, {n_rel} released names); "
          f"checks {'OK' if not errors else 'FAILED'}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
