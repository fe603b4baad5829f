#!/usr/bin/env python3
"""Gold for devset_bbb (blind, held-out-style). Writes gold.jsonl next to this file and
checks it against the articles:
  - every quote is an exact substring of its article;
  - every name, alias and `where` occurs in the article (case-insensitive);
  - no name is in two lists (aliases included);
  - every alias-group key is a listed name;
  - kinds and qualifiers are valid, values are integers, `where` is set exactly on
    transferred_to;
  - the GOLD file list matches articles/.
Prints `checks OK` when everything passes."""
import json
import os
import sys

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
    # ------------------------------------------------------------------ hostages / captives
    dict(
        file="001_beirut_mccarthy_freed.txt", published="1991-08-08", outlet="AP wire (all-caps byline)",
        event="Islamic Jihad frees John McCarthy; handed over in Damascus, 1991-08-08",
        counts=[
            C("remaining_held", 10, "McCarthy's release leaves 10 Westerners believed held in Lebanon"),
            C("other", 6, "six Americans", note="subset of the 10 still held"),
            C("other", 2, "two Britons", note="subset of the 10 still held"),
            C("other", 2, "two Germans", note="subset of the 10 still held"),
            C("remaining_held", 400, "some 400 Lebanese and Palestinians held by Israel", qualifier="about",
              note="inferred: prisoners held by the other side whose release the captors demand; optional"),
            C("other", 7, "seven Israeli servicemen missing in Lebanon", note="missing, not counted as held"),
            C("released", 2, "Two Americans, Robert Polhill and Frank Reed, were released in April 1990",
              note="earlier event (April 1990)"),
            C("other", 4, "four Iranians who disappeared in Lebanon in 1982", note="disappeared; demand context"),
        ],
        released_names=["John McCarthy"],
        alias_groups={},
        not_released_names=["Terry Anderson", "Thomas Sutherland", "Alann Steen", "Jesse Turner", "Joseph Cicippio",
                            "Edward Tracy", "Terry Waite", "Jackie Mann", "Heinrich Struebig", "Thomas Kemptner"],
        other_event_released_names=["Brian Keenan", "Robert Polhill", "Frank Reed"],
        other_people=["Nadim Khoury", "Javier Perez de Cuellar", "Andrew Green", "Ron Arad", "John Major",
                      "Douglas Hurd", "Patrick McCarthy", "Jill Morrell", "Giandomenico Picco", "Farouk al-Sharaa",
                      "Hashemi Rafsanjani"],
        distractors=["1,943 days (duration)", "ages 34 and 77", "McCarthy's mother, Sheila (first name only, died 1987)",
                     "Revolutionary Justice Organization promise to free an American 'soon' (planned, no name, no number)",
                     "Patrick McCarthy is the father (same surname)", "Ron Arad is missing, not listed as held"],
    ),
    dict(
        file="002_libya_bonatti_technicians_it.txt", published="2016-03-06", outlet="Italian agency copy, machine-translated",
        event="Two Bonatti technicians freed in Sabratha, Libya (two colleagues killed), 2016-03-05/06",
        counts=[
            C("released", 2, "Gino Pollicardo and Filippo Calcagno, the two technicians of the Parma company Bonatti kidnapped in Libya last 19 July, are free"),
            C("transferred_to", 2, "The two technicians will land this night at Ciampino", where="Ciampino",
              note="inferred: flight home to Rome; optional"),
            C("other", 4, "the families of the four", note="the four kidnapped in July 2015"),
            C("other", 12000000, "a ransom of 12 millions of euros", note="alleged ransom demand (money)"),
            C("other", 2500000, "Other sources spoke of 2,5 millions", note="money"),
            C("other", 6000, "about 6.000 persons", note="company workforce"),
            C("other", 1200, "some 1.200 workers", note="company workforce in Libya"),
        ],
        released_names=["Gino Pollicardo", "Filippo Calcagno"],
        alias_groups={},
        not_released_names=["Rolando Del Torchio"],
        other_event_released_names=["Greta Ramelli", "Vanessa Marzullo"],
        other_people=["Salvatore Failla", "Fausto Piano", "Hussein al-Dawadi", "Paolo Gentiloni", "Matteo Renzi",
                      "Rosalba Failla", "Paolo Dall'Oglio"],
        distractors=["Failla and Piano were killed (hostages who died; not releasees)",
                     "Rosalba Failla is the daughter of a killed hostage", "Ema (wife, first name only)",
                     "Paolo Dall'Oglio disappeared in 2013 (missing, not stated as held)",
                     "55 years / 65 years (ages)", "nearly eight months (duration)", "60 kilometres"],
    ),
    dict(
        file="003_nuseirat_rescue_liveblog.txt", published="2024-06-08", outlet="UK newspaper live blog (reverse chronological)",
        event="Israeli forces rescue four hostages in Nuseirat, Gaza, 2024-06-08",
        counts=[
            C("released", 4, "Israeli forces rescued four hostages alive from two apartment buildings"),
            C("remaining_held", 120, "Israel says 120 hostages remain in Gaza"),
            C("other", 41, "At least 41 of them are believed to be dead", qualifier="at_least",
              note="subset of those still held, believed dead"),
            C("other", 274, "said 274 Palestinians, including children, were killed", note="casualties (claim by Gaza health ministry)"),
            C("other", 698, "698 wounded", note="casualties"),
            C("other", 210, "up from the 210 reported earlier", note="earlier casualty figure"),
            C("other", 100, '"under 100" Palestinian casualties', note="casualties (Israeli military)"),
            C("other", 13, "at least 13 UN staff detained since Thursday", qualifier="at_least",
              note="unrelated live-blog entry: detention, release only demanded"),
            C("released", 7, "seven hostages have been freed alive by Israeli forces since 7 October",
              note="cumulative (rescues since 7 October, including today's four)"),
            C("released", 105, "Another 105 hostages were released during a week-long truce in November",
              note="earlier event (November 2023 truce)"),
            C("exchanged", 240, "in exchange for 240 Palestinian prisoners", note="earlier event (November 2023 truce)"),
            C("other", 246, "waiting 246 days", note="duration"),
        ],
        released_names=["Noa Argamani", "Almog Meir Jan", "Andrey Kozlov", "Shlomi Ziv"],
        alias_groups={"Andrey Kozlov": ["Andrei Kozlov"]},
        not_released_names=["Avinatan Or"],
        other_event_released_names=["Ori Megidish", "Fernando Marman", "Louis Har"],
        other_people=["Jonah Whitcombe", "Priya Nair", "Arnon Zamora", "Benjamin Netanyahu", "Benny Gantz",
                      "Yaakov Argamani", "Liora Argamani", "Daniel Hagari", "Yoav Gallant", "Abu Obeida", "Joe Biden",
                      "Miran Ziv", "Evgenia Kozlova", "Emmanuel Macron"],
        distractors=["Arnon Zamora: police officer killed in the raid", "Hamas claim that hostages were killed (no numbers)",
                     "Liora/Yaakov Argamani, Miran Ziv, Evgenia Kozlova are relatives",
                     "ages 26/22/27/41", "200 metres", "Houthi-detained UN staff (unrelated entry)"],
    ),
    dict(
        file="004_cambodia_himes_anniversary.txt", published="2024-05-12", outlet="Cambodian English-language paper, 30-years-on feature",
        event="Khmer Rouge free US aid worker Melissa Himes and two Cambodian staff, 1994-05-12",
        counts=[
            C("released", 3, "the three walked out of the forest"),
            C("released", 6, "Six of the Cambodians, Chanthy among them, were released within the first ten days",
              note="earlier event (earlier batch of the same abduction)"),
            C("other", 8, "together with eight Cambodians", note="abducted with Himes"),
            C("other", 3, "abducted three young Westerners", note="other abduction; all killed"),
            C("other", 15, "15 tonnes of rice", note="demand"),
            C("other", 50000, "50,000 dollars", note="demand (money)"),
            C("other", 43, "holding her for 43 days", note="duration"),
        ],
        released_names=["Melissa Himes", "Meas Sarun", "Kong Vannak"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Sok Chanthy"],
        other_people=["Chea Sotheary", "Daniel Brennan", "Dominic Chappell", "Tina Dominy", "Kellie Wilkinson",
                      "David Wilson", "Mark Slater", "Jean-Michel Braquet", "Nuon Paet", "Chhouk Rin", "Sam Bith",
                      "Meas Dara", "Rodel Santiago", "Pol Pot", "Nuon Chea", "Khieu Samphan"],
        distractors=["Meas Dara is Meas Sarun's son (same family name)", "the six Westerners kidnapped later in 1994 were killed",
                     "ages 24, 58, 28, 14-15", "thirty years", "ten days"],
    ),
    dict(
        file="005_kaohsiung_prison_standoff.txt", published="2015-02-12", outlet="Taiwanese agency English site (related/most-popular lists)",
        event="Kaohsiung Prison inmates free the warden, then kill themselves, 2015-02-12",
        counts=[
            C("released", 2, "The two were released about an hour later",
              note="earlier event (two guards released earlier in the same standoff)"),
            C("other", 6, "Six inmates who seized guns", note="hostage-takers (dead)"),
            C("other", 2300, "holds about 2,300 inmates", note="prison population, not a held count"),
            C("other", 500, "More than 500 police officers", note="security forces"),
            C("other", 200, "more than 200 rounds of ammunition", note="weapons"),
            C("released", 12, "Coast guard releases 12 Chinese fishermen", note="earlier event (page-noise headline)"),
        ],
        released_names=["Chen Shih-chih"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Chen Shui-bian"],
        other_people=["Cheng Li-te", "Luo Ying-shay", "Lin Chia-hui", "Kevin Tsai"],
        distractors=["Chen Shui-bian: medical parole in a related-news headline (other event)",
                     "sentences of up to 30 years", "14 hours", "age 51", "500-meter radius", "NT$ amounts"],
    ),
    dict(
        file="006_neuilly_school_hostages_fr.txt", published="1993-05-16", outlet="French daily, machine-translated",
        event="Neuilly nursery-school hostage-taking ends; last six children and teacher freed, 1993-05-15",
        counts=[
            C("released", 6, "The last six children and their schoolmistress, Laurence Dreyfus, 30 years, are released safe and sound"),
            C("remaining_held", 7, "At dawn, HB still held seven hostages", note="as of dawn, before the assault"),
            C("other", 21, "took hostage 21 children", note="taken hostage on Thursday"),
            C("released", 15, "Fifteen children had thus been freed between Thursday and Friday evening",
              note="earlier event (earlier batches of the same siege)"),
            C("released", 21, "In total, the 21 children of the class are safe", note="cumulative (whole siege)"),
            C("other", 100000000, "a ransom of 100 millions of francs", note="ransom demand"),
            C("other", 1500, "some 1 500 persons", note="crowd"),
            C("other", 280, "welcomes 280 pupils", note="school roll"),
        ],
        released_names=["Laurence Dreyfus"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nicolas Sarkozy", "Charles Pasqua", "Édouard Balladur", "Érick Schmitt"],
        distractors=["Évelyne Lambert: police doctor who stayed voluntarily (judgement call: in no list)",
                     "Julien (child, first name only)", "46 hours", "4,5 kilos", "six times", "ages 30/38/42"],
    ),
    dict(
        file="007_aris13_pirates_brief.txt", published="2017-03-16", outlet="Reuters brief",
        event="Somali pirates free tanker Aris 13 and eight Sri Lankan crew without ransom, 2017-03-16",
        counts=[
            C("released", 8, "its eight Sri Lankan crew members"),
            C("remaining_held", 700, "Somali gangs held more than 700 hostages", qualifier="more_than",
              note="earlier event (2011 peak of the piracy crisis)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ahmed Abdi Warsame", "Hassan Farah", "Peter Kamau", "Alison Birch"],
        distractors=["since 2012 (year)", "no named releasee"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_israel_egypt_pow_exchange_1949.txt", published="2024-03-01", outlet="Israeli newspaper, 75-years-on feature",
        event="Israel-Egypt POW exchange under the Rhodes armistice, Rafah, late February/March 1949",
        counts=[
            C("exchanged", 156, "Egypt handed over 156 Israeli prisoners"),
            C("exchanged", 1098, "Israel released 1,098 Egyptian soldiers and volunteers"),
            C("other", 105, "105 men and women", note="captured at Nitzanim (subset)"),
            C("other", 21, "21 were women", note="subset of the 156"),
            C("other", 33, "Thirty-three of the defenders were killed", note="killed"),
            C("other", 4000, "some 4,000 men", qualifier="about", note="Faluja brigade allowed to leave; not prisoners"),
        ],
        released_names=["Hannah Gordon", "Yosef Amitai"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ayelet Shani-Rosen", "Tamar Levin", "Avraham Schwartzstein", "Mira Ben-Ari", "Gamal Abdel Nasser",
                      "Ralph Bunche", "Moshe Gordon", "David Ben-Gurion"],
        distractors=["Transjordan exchange 'that spring' (separate event, no figure)", "Moshe Gordon is the son",
                     "ages 71/19/17/80", "nine months", "75 years"],
    ),
    dict(
        file="009_japan_korea_fishermen_1958.txt", published="1958-02-01", outlet="UP wire brief",
        event="First Japan-South Korea release: 300 Japanese fishermen home, 474 Koreans freed from Omura, 1958",
        counts=[
            C("exchanged", 300, "Three hundred Japanese fishermen held in South Korean prisons"),
            C("exchanged", 474, "freed 474 Koreans held at the Omura detention camp"),
            C("remaining_held", 622, "The remaining 622 fishermen are still held at a detention camp in Pusan"),
            C("released", 922, "the release of all 922 fishermen", note="planned (total under the agreement)"),
        ],
        released_names=["Kiyoshi Tanaka"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Syngman Rhee", "Aiichiro Fujiyama"],
        distractors=["more than three years", "age 52", "since 1955 / 1952 / 1954", "Dec. 31 agreement"],
    ),
    dict(
        file="010_madrid_egyptian_embassy_es.txt", published="1975-09-16", outlet="Spanish daily, machine-translated",
        event="Egyptian embassy siege in Madrid: hostages freed for safe conduct; last three freed in Algiers, 1975-09-16",
        counts=[
            C("released", 3, "the three Egyptian diplomats were released in the airport of Dar el Beida"),
            C("transferred_to", 3, "bound for Algiers, taking with them as hostages the ambassador of Egypt and two functionaries of the embassy",
              where="Algiers", note="inferred: the three hostages were flown to Algiers and freed there; optional"),
            C("released", 11, "released all but three of the fourteen people they held",
              note="earlier event (earlier batch in Madrid; 14 minus 3)"),
            C("remaining_held", 3, "released all but three of the fourteen people they held",
              note="inferred: held overnight before the flight; optional"),
            C("other", 5, "The five members of the Palestinian commando", note="captors given safe conduct; not releasees"),
            C("other", 8, "eight Egyptian functionaries", note="people inside (subset)"),
            C("other", 1500, "some 1.500 agents", note="police"),
            C("other", 2500000, "2,5 millions of pesetas", note="money (damage)"),
        ],
        released_names=["Mohamed Adel Ezzat"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["María Luisa Sánchez"],
        other_people=["José García Hernández", "Pedro Cortina Mauri"],
        distractors=["'Martyr Abu Mahmud' is a group name", "ambassadors of Algeria and Iraq travelled voluntarily as guarantors",
                     "more than twenty hours", "clock times 1.40/5.15/9.20", "500 metres"],
    ),
    dict(
        file="011_bintan_officers_fishermen_id.txt", published="2010-08-18", outlet="Indonesian news portal, machine-translated",
        event="Malaysia frees three Indonesian fisheries officers, Indonesia frees seven Malaysian fishermen, 2010-08-17",
        counts=[
            C("exchanged", 3, "Three officers of the Ministry of Marine Affairs and Fisheries (KKP) who were arrested by the Malaysian Marine Police since Friday (13/8/2010) finally returned to the homeland"),
            C("exchanged", 7, "the Indonesian side released seven Malaysian fishermen"),
            C("transferred_to", 3, "The three officers, namely Asriadi, Erwan and Seivo Grevo Wewengkang, arrived at the Sekupang International Port, Batam",
              where="Batam", note="inferred: return home; optional"),
            C("remaining_held", 12, "as many as 12 Indonesian fishermen are still detained in Malaysia"),
            C("other", 5, "five Malaysian fishing boats", note="boats"),
            C("other", 92, "92 foreign ships", note="seizures"),
            C("other", 25, "25 of them from Malaysia", note="seizures"),
            C("released", 3642, "3.642 Immediately Free", note="earlier event (page noise: national remissions)"),
            C("other", 58924, "58.924 Prisoners Receive Remission", note="page noise"),
            C("other", 3, "Police Release Three Suspects", note="page noise"),
        ],
        released_names=["Asriadi", "Erwan", "Seivo Grevo Wewengkang"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Marty Natalegawa", "Bambang Sutrisno", "Fadel Muhammad", "Anifah Aman", "Agus Mulyadi"],
        distractors=["the minister denies a swap; both sides released at the same time (annotated as a swap: judgement call)",
                     "Rp 30 trillion", "Rp 40.000", "65th Independence", "Dolphin 015"],
    ),
    dict(
        file="012_gaza_truce_day_four.txt", published="2023-11-27", outlet="UK broadcaster web page (cookie banner, video, related links)",
        event="Gaza truce day 4: 11 Israeli hostages for 33 Palestinian prisoners; truce extended, 2023-11-27",
        counts=[
            C("exchanged", 11, "Eleven Israeli hostages - nine children and two of their mothers - have been freed from Gaza"),
            C("exchanged", 33, "Israel released 33 Palestinian prisoners"),
            C("other", 9, "nine children", note="subset of the 11"),
            C("other", 2, "two of their mothers", note="subset of the 11"),
            C("other", 3, "three women and 30 teenage boys", note="subset of the 33 (women)"),
            C("other", 30, "30 teenage boys", note="subset of the 33"),
            C("released", 50, "The release brings to 50 the number of Israeli hostages freed under the truce deal",
              note="cumulative (four days)"),
            C("exchanged", 150, "in exchange for 150 Palestinian prisoners", note="cumulative (four days)"),
            C("released", 19, "19 foreign nationals - 17 Thais, a Filipino and a Russian-Israeli - have been released since Friday",
              note="earlier event (previous days, outside the deal)"),
            C("other", 17, "17 Thais", note="subset of the 19"),
            C("released", 10, "Hamas would release 10 hostages a day", note="planned (per day of the extension)"),
            C("remaining_held", 170, "Israel says about 170 hostages are still being held in Gaza", qualifier="about"),
            C("other", 240, "About 240 people were taken hostage", qualifier="about", note="taken on 7 October"),
            C("other", 1200, "about 1,200 people were killed", qualifier="about", note="casualties"),
            C("remaining_held", 7000, "more than 7,000 Palestinians were being held in Israeli jails", qualifier="more_than",
              note="claim by Qadura Fares; prisoners held by the other side; optional"),
            C("other", 14800, "more than 14,800 people have been killed", qualifier="more_than", note="casualties"),
            C("released", 58, "What we know about the 58 hostages released so far",
              note="earlier event (related-link headline, total to the previous day)"),
            C("other", 41, "Rescuers reach 41 workers trapped", note="page noise"),
        ],
        released_names=["Karina Engel-Bart", "Mika Engel", "Yuval Engel", "Sharon Aloni Cunio", "Emma Cunio", "Yuli Cunio",
                        "Eitan Yahalomi", "Or Yaakov", "Yagil Yaakov", "Sahar Calderon", "Erez Calderon"],
        alias_groups={},
        not_released_names=["Ronen Engel", "David Cunio", "Ohad Yahalomi", "Ofer Calderon"],
        other_event_released_names=[],
        other_people=["Lucy Ashworth", "Omar Haddad", "Hadas Calderon", "Majed al-Ansari", "Benjamin Netanyahu", "Qadura Fares"],
        distractors=["still-held fathers/husbands share surnames with releasees (Engel, Cunio, Yahalomi, Calderon)",
                     "Hadas Calderon is the mother (survived the attack, never held)", "ages 51/18/11/34/12/16",
                     "three prisoners for each hostage (ratio)", "0:52 video length"],
    ),
    dict(
        file="013_ukraine_russia_exchange_statement.txt", published="2025-08-24", outlet="Ukrainian government statement with editor's note",
        event="Ukraine-Russia Independence Day exchange, 146 for 146 plus civilians, UAE-mediated, 2025-08-24",
        counts=[
            C("exchanged", 146, "Ukraine returned from Russian captivity 146 servicemen and 8 civilians"),
            C("exchanged", 8, "146 servicemen and 8 civilians", note="Ukrainian civilians returned"),
            C("exchanged", 146, "146 Russian servicemen had been returned from territory controlled by Kyiv"),
            C("exchanged", 8, "eight residents of Russia's Kursk region", note="Russian civilians returned"),
            C("transferred_to", 146, 'returned from territory controlled by Kyiv and were "currently in Belarus"', where="Belarus"),
            C("released", 6134, "In total, 6,134 Ukrainians have been returned home from captivity", note="cumulative (since 2022)"),
            C("released", 4641, "bringing the total number of prisoners released through its mediation to 4,641",
              note="cumulative (claim by UAE)"),
            C("other", 67, "This is the 67th exchange", note="ordinal"),
        ],
        released_names=["Dmytro Khyliuk", "Volodymyr Mykolaienko"],
        alias_groups={"Volodymyr Mykolaienko": ["Volodymyr Mykolayenko"]},
        not_released_names=["Iryna Danylovych", "Serhiy Tsyhipa"],
        other_event_released_names=[],
        other_people=["Volodymyr Zelensky", "Dmytro Lubinets"],
        distractors=["'Thousands ... remain in Russian captivity' is vague", "ages 22 and 61", "hotline 0 800 300 529",
                     "15th mediation by the UAE (ordinal)"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / political releases
    dict(
        file="014_syria_amnesty_analysis.txt", published="2011-06-03", outlet="analysis piece",
        event="Syria's general amnesty (Decree No. 61): first releases, 2011-06-01/02",
        counts=[
            C("released", 450, "SANA said 450 detainees had been released under the amnesty"),
            C("released", 300, 'documented the release of "more than 300" people', qualifier="more_than",
              note="claim by the Syrian Observatory for Human Rights; optional"),
            C("other", 10000, "more than 10,000 people have been arrested", qualifier="more_than", note="arrests since March"),
            C("remaining_held", 8000, "around 8,000 of them are still held", qualifier="about"),
            C("other", 150, "at least 150 new arrests", qualifier="at_least", note="arrests"),
            C("other", 61, "Legislative Decree No. 61", note="decree number"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Tal al-Mallouhi"],
        other_event_released_names=["Haitham al-Maleh", "Anwar al-Bunni", "Riad Seif"],
        other_people=["Hani Sabbagh", "Bashar al-Assad", "Hamza al-Khateeb", "Buthaina Shaaban", "Walid al-Moallem"],
        distractors=["Law 49 since 1980", "ages 20/80/13", "sentences of up to 15 years (halved)", "48-year-old state of emergency",
                     "Hamza al-Khateeb was killed in detention", "no named releasee of the main event"],
    ),
    dict(
        file="015_iran_saberi_freed.txt", published="2009-05-11", outlet="US broadcaster web page (video residue, most popular)",
        event="Iran frees Roxana Saberi after appeals court suspends sentence, 2009-05-11",
        counts=[
            C("remaining_held", 3, "at least three other people with U.S. ties are being held in Iran", qualifier="at_least"),
            C("released", 22, "Pirates free Greek-owned ship and 22 crew", note="earlier event (page-noise headline)"),
            C("other", 4600, "Confirmed cases pass 4,600", note="page noise"),
            C("other", 1000000, "More than 1 million flee", qualifier="more_than", note="page noise"),
        ],
        released_names=["Roxana Saberi"],
        alias_groups={},
        not_released_names=["Silva Harotonian", "Hossein Derakhshan"],
        other_event_released_names=[],
        other_people=["Reza Saberi", "Akiko Saberi", "Saleh Nikbakht", "Hillary Clinton", "Barack Obama",
                      "Mahmoud Ahmadinejad", "Haleh Esfandiari", "Robert Levinson", "Dana Kessler", "Bijan Farzad"],
        distractors=["Haleh Esfandiari was freed on bail (not a release)", "Robert Levinson is missing (not stated as held)",
                     "eight-year / two-year suspended / five years", "age 32", "2:14 video length"],
    ),
    dict(
        file="016_algeria_sansal_pardon_ngo.txt", published="2025-11-13", outlet="NGO press release (demands, contact block)",
        event="Algeria pardons Boualem Sansal, flown to Germany, 2025-11-12",
        counts=[
            C("remaining_held", 200, "more than 200 people are currently imprisoned in Algeria", qualifier="more_than",
              note="CNLD figure"),
            C("other", 361, "recorded 361 writers imprisoned worldwide", note="organisation statistic, worldwide"),
            C("other", 42, "a network of 42 writers' and journalists' organisations", note="organisation"),
            C("other", 500000, "a fine of 500 000 dinars", note="money"),
        ],
        released_names=["Boualem Sansal"],
        alias_groups={},
        not_released_names=["Christophe Gleizes", "Mohamed Tadjadit"],
        other_event_released_names=["Ihsane El Kadi"],
        other_people=["Abdelmadjid Tebboune", "Frank-Walter Steinmeier", "Émilie Navarro"],
        distractors=["flown to Germany (transfer of one person, no count)", "ages 81 and 36", "five years / seven years",
                     "Article 87 bis", "phone numbers in the contact block"],
    ),
    dict(
        file="017_north_korea_bae_miller.txt", published="2014-11-09", outlet="South Korean English-language daily (most viewed list)",
        event="North Korea frees Kenneth Bae and Matthew Todd Miller; they fly home with James Clapper, 2014-11-08",
        counts=[
            C("released", 2, "North Korea released two American detainees"),
            C("transferred_to", 2, "The plane carrying Bae and Miller landed at Joint Base Lewis-McChord",
              where="Joint Base Lewis-McChord", note="inferred: flight home; optional"),
            C("remaining_held", 516, "Seoul says 516 South Koreans abducted by the North since the end of the Korean War are still being held there",
              note="claim by Seoul; abductees since 1953, different context; optional"),
            C("released", 15, "Court frees 15 Chinese fishermen", note="earlier event (page-noise headline)"),
        ],
        released_names=["Kenneth Bae", "Matthew Todd Miller"],
        alias_groups={},
        not_released_names=["Kim Jung-wook"],
        other_event_released_names=["Jeffrey Fowle"],
        other_people=["James Clapper", "Kim Jong-un", "Barack Obama", "Myunghee Bae", "Terri Chung", "Kang Min-soo", "Choi Eun-ji"],
        distractors=["Myunghee Bae is the mother (same surname)", "15 years / six years (sentences)", "ages 46 and 25",
                     "two years", "W150m"],
    ),
    dict(
        file="018_myanmar_new_year_amnesty.txt", published="2016-04-17", outlet="AFP wire",
        event="Myanmar New Year amnesty: President Htin Kyaw pardons 83 prisoners, 2016-04-17",
        counts=[
            C("released", 83, "pardoned 83 prisoners on Sunday"),
            C("released", 69, "the release on April 8 of 69 students and supporters", note="earlier event (April 8, charges dropped)"),
            C("remaining_held", 64, "as of April 15, 64 political prisoners were serving sentences",
              note="AAPP figure as of April 15, before the amnesty"),
            C("other", 400, "around 400 others faced charges", qualifier="about", note="facing trial, only some in custody"),
            C("released", 6966, "released 6,966 prisoners in a mass amnesty in July last year", note="earlier event (July 2015)"),
            C("other", 155, "155 Chinese nationals", note="subset of the earlier amnesty"),
        ],
        released_names=["Htin Lin Oo", "Thein Zaw Win", "Hkun Lat Tu"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Phyoe Phyoe Aung"],
        other_people=["Htin Kyaw", "Aung San Suu Kyi", "Bo Kyi", "Zaw Htay"],
        distractors=["'dozens remain behind bars' is vague", "two years (sentence)", "half a century"],
    ),
    dict(
        file="019_china_harry_wu_expelled_brief.txt", published="1995-08-24", outlet="AP brief",
        event="China convicts and expels Harry Wu, 1995-08-24",
        counts=[],
        released_names=["Harry Wu"],
        alias_groups={"Harry Wu": ["Wu Hongda"]},
        not_released_names=["Wei Jingsheng"],
        other_event_released_names=[],
        other_people=["Ching-Lee Wu", "Nicholas Burns", "Hillary Rodham Clinton"],
        distractors=["15 years (sentence, not served)", "19 years in labor camps", "age 58",
                     "Ching-Lee Wu is the wife (same surname)", "expelled to the US (one person, no count)"],
    ),
    dict(
        file="020_birmingham_six_freed_feature.txt", published="1991-03-15", outlet="UK broadsheet, long feature",
        event="Court of Appeal quashes Birmingham Six convictions; six men freed, 1991-03-14",
        counts=[
            C("released", 6, "the six men walked free"),
            C("released", 4, "The four were freed after almost 15 years in prison", note="earlier event (Guildford Four, October 1989)"),
            C("other", 21, "killed 21 people", note="casualties"),
            C("other", 182, "injured 182", note="casualties"),
            C("other", 12, "12 people died", note="casualties (M62 bombing)"),
            C("other", 7, '"Maguire Seven"', note="group name"),
        ],
        released_names=["Hugh Callaghan", "Paddy Hill", "Gerry Hunter", "Richard McIlkenny", "Billy Power", "Johnny Walker"],
        alias_groups={"Paddy Hill": ["Patrick Joseph Hill"], "Gerry Hunter": ["Gerard Hunter"],
                      "Billy Power": ["William Power"], "Johnny Walker": ["John Walker"]},
        not_released_names=["Judith Ward"],
        other_event_released_names=["Gerry Conlon", "Paul Hill", "Paddy Armstrong", "Carole Richardson", "Anne Maguire"],
        other_people=["Siobhan Geraghty", "Mark Ellison", "James McDade", "Frank Skuse", "Lord Lane",
                      "Lord Denning", "Chris Mullin", "Gareth Peirce", "Michael Mansfield", "Kenneth Baker",
                      "Giuseppe Conlon", "Maureen Carter", "Sandra Hunter"],
        distractors=["Paul Hill (Guildford Four) vs Paddy Hill (Birmingham Six)", "Giuseppe Conlon died in prison",
                     "McIlkenny's wife Kate (first name only) and Sandra Hunter are wives", "16 years / 15 years / 17 months",
                     "ages 18 and 61", "Lord Justice Lloyd, Mustill, Farquharson (judges)"],
    ),
]


def main():
    errors = []
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    gold_files = [g["file"] for g in GOLD]
    if sorted(gold_files) != files or len(set(gold_files)) != len(gold_files):
        errors.append(f"file list mismatch: gold={sorted(gold_files)} articles={files}")
    for g in GOLD:
        f = g["file"]
        path = os.path.join(ART, f)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
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
                    errors.append(f"{f}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    errors.append(f"{f}: where not found: {c['where']!r}")
            elif c.get("where") is not None:
                errors.append(f"{f}: where set on {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    errors.append(f"{f}: {key} name not found: {n!r}")
                if n in seen:
                    errors.append(f"{f}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                errors.append(f"{f}: alias-group key not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    errors.append(f"{f}: alias not found: {a!r}")
                if a in seen:
                    errors.append(f"{f}: alias {a!r} is also listed in {seen[a]}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in GOLD:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"wrote {len(GOLD)} records to gold.jsonl")
    print("checks OK" if not errors else f"checks FAILED ({len(errors)} errors)")
    sys.exit(0 if not errors else 1)


if __name__ == "__main__":
    main()
