#!/usr/bin/env python3
"""Gold for devset_mmm (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name occurs in it
(names: case-insensitive, for all-caps bylines/credits)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    # ENTRIES
    dict(
        file="001_korea_rhee_pow_breakout.txt", published="1953-06-18", outlet="US wire (AP), newspaper archive page",
        event="South Korea's Rhee orders mass release of anti-Communist North Korean POWs from UN camps, 1953-06-18",
        counts=[
            C("released", 25000, "Some 25,000 anti-Communist North Korean prisoners of war streamed out of four United Nations prison camps",
              qualifier="about"),
            C("released", 25131, "a total of 25,131 prisoners had escaped from camps at Pusan, Masan, Nonsan and Sangmudae"),
            C("other", 61, "At least 61 prisoners were killed", qualifier="at_least", note="casualties among escapees"),
            C("other", 116, "116 wounded", note="casualties"),
            C("other", 971, "about 971 of the escapees had been rounded up and returned to the stockades", qualifier="about",
              note="recaptured escapees (back in custody; judgement call, not counted as remaining held)"),
            C("remaining_held", 8600, "Some 8,600 anti-Communist North Koreans remained behind the wire", qualifier="about"),
            C("remaining_held", 14500, "About 14,500 Chinese prisoners who have said they will not return to Communist China",
              qualifier="about", note="held in separate camps, not affected"),
            C("exchanged", 684, "handed over 684 sick and wounded United Nations prisoners", note="earlier event (Operation Little Switch)"),
            C("exchanged", 6670, "in exchange for 6,670 Communist sick and wounded", note="earlier event (Operation Little Switch)"),
            C("other", 3000, "3,000 refugees cross the Han River", note="page noise (archive headline)"),
        ],
        released_names=["Kim Chang Ho"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Syngman Rhee", "Won Yong Duk", "Mark W. Clark", "John Foster Dulles", "Eisenhower",
                      "William K. Harrison Jr."],
        distractors=["four camps; five-nation commission; 90 days; aged 78; 37 months (related headline)",
                     "3,000 refugees (related headline, page noise)", "Kim Chang Ho: name as given by the escapee"],
    ),
    dict(
        file="002_china_frees_b29_airmen.txt", published="1955-08-04", outlet="US evening newspaper front page (United Press)",
        event="China frees the 11 airmen of Col. Arnold's B-29 crew at Lo Wu, 1955-08-04",
        counts=[
            C("released", 11, "Eleven American airmen held by Communist China for 2 1/2 years walked across the little railway bridge"),
            C("other", 10, "The 10 others, each carrying a small cloth bag", note="subset of the 11 (the list after the commander)"),
            C("transferred_to", 11, "The airmen were handed over to British officials at the bridge", where="Hong Kong",
              note="inferred: crossed into Hong Kong; optional"),
            C("other", 3, "Three other members of the plane's crew of 14 have never been accounted for", note="missing crew"),
            C("other", 14, "the plane's crew of 14", note="crew size"),
            C("remaining_held", 2, "The release leaves two Americans whom Washington describes as civilian employees of the Army"),
            C("remaining_held", 40, "about 40 American civilians are being held or refused exit permits in China", qualifier="about",
              note="includes people refused exit permits"),
            C("released", 4, "Four other American jet pilots", note="earlier event (May 31)"),
        ],
        released_names=["John Knox Arnold", "William H. Baumer", "Elmer F. Llewellyn", "Eugene J. Vaadi", "Wallace L. Brown",
                        "John W. Buck", "Harry M. Benjamin", "Howard W. Brown", "John W. Thompson", "Daniel C. Schmidt",
                        "Steve E. Kiba"],
        alias_groups={"John Knox Arnold": ["Col. Arnold"]},
        not_released_names=["John T. Downey", "Richard G. Fecteau"],
        other_event_released_names=["Harold E. Fischer", "Edwin L. Heller", "Lyle W. Cameron", "Roland W. Parks"],
        other_people=["Chou En-lai", "Dag Hammarskjold", "U. Alexis Johnson", "Wang Ping-nan"],
        distractors=["Mrs. Arnold (wife, no first name)", "10 years / four to eight years / life / 20 years (sentences)",
                     "50th birthday; aged 42, 25, 28; 2 1/2 years; two years and seven months", "high near 90 (weather)"],
    ),
    dict(
        file="003_cyprus_makarios_seychelles.txt", published="1957-03-28", outlet="British broadsheet (political correspondent), archive",
        event="Britain announces release of Archbishop Makarios and three companions from Seychelles exile, 1957-03-28",
        counts=[
            C("released", 4, "The four would be free to travel wherever they wished"),
            C("other", 3, "the three men who were deported with him", note="subset of the four (companions)"),
            C("transferred_to", 1, "The Archbishop is expected to go to Athens", where="Athens", note="planned"),
            C("released", 21, "21 men held under the emergency regulations were released from the Pyla camp on Wednesday",
              note="earlier event (separate release of detainees, two days before)"),
            C("remaining_held", 900, "some 900 Cypriots are still detained without trial", qualifier="about",
              note="Opposition figures"),
            C("other", 1400, "1,400 out of work", note="page noise"),
        ],
        released_names=["Makarios", "Kyprianos", "Papastavros Papagathangelou", "Polycarpos Ioannides"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Lennox-Boyd", "Lord Ismay", "Lord Salisbury", "John Harding", "George Grivas", "James Griffiths",
                      "Averoff"],
        distractors=["not allowed to return to Cyprus (release with exile)", "£10,000 reward; aged 43; a year ago",
                     "safe conduct offered to Grivas is not a release"],
    ),
    dict(
        file="004_kim_dae_jung_freed_seoul.txt", published="1973-08-14", outlet="Japanese national daily, translated from Japanese",
        event="Kim Dae-jung, abducted from a Tokyo hotel, is freed near his Seoul home, 1973-08-13",
        counts=[
            C("other", 5, "five or six men whom he did not know took him", qualifier="at_least", note="abductors"),
            C("other", 2, "The two men were pushed into the next room and were not harmed", note="companions, not abducted"),
            C("other", 30, "About 30 police officers surrounded the house", qualifier="about", note="police"),
            C("other", 200, "Around 200 Korean residents in Japan gathered", qualifier="about", note="protesters"),
        ],
        released_names=["Kim Dae-jung"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Lee Hee-ho", "Yang Il-dong", "Kim Kyung-in", "Nikaido", "Tanaka", "Kim Jong-pil", "Park Chung-hee"],
        distractors=["special correspondent Sato (byline)", "129 hours; aged 47 and 51; 22nd floor; three minutes",
                     "'free but cannot go outside' (house confinement after release; still counted as released by the kidnappers)"],
    ),
    dict(
        file="005_ben_dunne_freed_armagh.txt", published="1981-10-23", outlet="Northern Ireland local weekly",
        event="Dunnes Stores executive Ben Dunne freed by kidnappers at Cullyhanna, South Armagh, 1981-10-21",
        counts=[
            C("other", 2, "two men were arrested in Dundalk under Section 30 of the Offences Against the State Act",
              note="suspects arrested and released without charge by police; not the release event"),
            C("other", 10, "ten prisoners died at the Maze", note="hunger strikers who died"),
        ],
        released_names=["Ben Dunne"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Tiede Herrema"],
        other_people=["Brendan McKenna", "Ben Dunne senior", "Jim Mitchell", "Jim McAllister"],
        distractors=["£300,000 / £500,000 ransom; 10% off; 18p", "six days; 36 days; aged 32; founded 1944",
                     "Ben Dunne senior is the father (same name)"],
    ),
    dict(
        file="006_sri_lanka_allens_freed.txt", published="1984-05-16", outlet="US wire (UPI)",
        event="EPRLF guerrillas free the kidnapped American couple Stanley and Mary Allen in Madras; Sri Lanka frees no prisoners, 1984-05-16",
        counts=[
            C("released", 2, "The two Americans are tired and shaken, but in good health"),
            C("other", 20, "release 20 Tamil prisoners and pay $2 million in gold", note="kidnappers' demand (not met)"),
            C("remaining_held", 20, "None of the 20 has been freed"),
            C("transferred_to", 2, "The Allens are expected to fly to the United States later this week", where="United States",
              note="planned"),
            C("other", 3, "Three of the kidnappers were detained by Indian police",
              note="suspects detained and released by police; not the release event"),
            C("other", 40000, "about 40,000 refugees from Sri Lanka", qualifier="about", note="refugees"),
            C("other", 400, "More than 400 people are believed to have been killed", qualifier="more_than", note="deaths"),
        ],
        released_names=["Stanley Allen", "Mary Allen"],
        alias_groups={},
        not_released_names=["Nirmala Nithiyanandan"],
        other_event_released_names=[],
        other_people=["J.R. Jayewardene", "Lalith Athulathmudali", "Indira Gandhi", "M.G. Ramachandran"],
        distractors=["$2 million in gold; 12 percent; 15 million people; aged 38 and 34",
                     "'Not one prisoner has been or will be released' (refusal)"],
    ),
    dict(
        file="007_bosnia_manjaca_karlovac.txt", published="1992-12-14", outlet="Reuters wire",
        event="ICRC-organised release of detainees from the Manjaca camp, bussed to Karlovac, Croatia, 1992-12-14",
        counts=[
            C("released", 1000, "More than 1,000 Moslem and Croat prisoners were freed from the Bosnian Serb detention camp at Manjaca",
              qualifier="more_than"),
            C("transferred_to", 1000, "More than 1,000 Moslem and Croat prisoners were freed from the Bosnian Serb detention camp at Manjaca on Monday and taken by bus to Croatia",
              qualifier="more_than", where="Karlovac, Croatia"),
            C("released", 1018, "1,018 detainees left the camp"),
            C("transferred_to", 1018, "1,018 detainees left the camp on a bleak plateau south of Banja Luka at dawn in a convoy of 26 buses",
              where="Karlovac, Croatia"),
            C("remaining_held", 450, "A further 450 or so prisoners remain in Manjaca", qualifier="about"),
            C("transferred_to", 300, "about 300 were expected to go on to Germany", qualifier="about", where="Germany",
              note="planned onward travel"),
            C("transferred_to", 150, "Britain has said it will accept 150 former prisoners and their families", where="Britain",
              note="planned; includes families"),
            C("other", 80, "We were 80 men in one stable", note="conditions"),
            C("released", 1500, "the release of more than 1,500 people from the Trnopolje camp", qualifier="more_than",
              note="earlier event (October)"),
            C("other", 10000, "it has registered about 10,000 detainees held by all sides", qualifier="about",
              note="cumulative registrations"),
        ],
        released_names=["Adil Medic"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Claude Vuillemin", "Bozidar Popovic", "Radovan Karadzic", "Mark Heinrich", "Laura Pitter",
                      "Richard Balmforth"],
        distractors=["26 buses; 20 or 30 kilos; six months; aged 41", "REUTER MH LP RB (initials)"],
    ),
    dict(
        file="008_eta_frees_cosme_delclaux_es.txt", published="1997-07-10", outlet="Spanish news site, machine-translated from Spanish",
        event="ETA frees the kidnapped Getxo businessman Cosme Delclaux after 232 days, 1997-07-10",
        counts=[
            C("other", 4, "four members of ETA were arrested", note="arrests in the earlier rescue operation"),
            C("other", 500, "its approximately 500 prisoners dispersed in prisons of all Spain and of France", qualifier="about",
              note="ETA prisoners in state custody; not this event"),
            C("other", 3, "Three persons detained in April in Bilbao for their supposed relation with the kidnapping were set at liberty",
              note="suspects freed by a judge; not the release event"),
            C("other", 2, "The Ertzaintza arrests 2 young persons", note="page noise (related headline)"),
        ],
        released_names=["Cosme Delclaux Zubiría"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["José Antonio Ortega Lara"],
        other_people=["Ana María Zubiría", "Jaime Mayor Oreja", "José Antonio Ardanza", "Josu Uribetxebarria Bolinaga",
                      "Jon Ruiz de Aguirre", "Baltasar Garzón"],
        distractors=["1.000 million pesetas; 350 million (page noise)", "232 days; 532 days; nine days; aged 32; since 1995",
                     "'ETA does not retain any kidnapped person' (zero held)", "Comments (47)", "dozens of neighbours (vague)"],
    ),
    dict(
        file="009_soffiantini_freed_it.txt", published="1998-02-10", outlet="Italian daily, translated from Italian",
        event="Kidnapped Brescia industrialist Giuseppe Soffiantini freed near Impruneta after 237 days, 1998-02-09",
        counts=[
            C("other", 4, "Four persons suspected of having helped the band in the logistics have been arrested",
              note="arrested suspects"),
            C("other", 38, "fell from 38 in 1990 to 6 last year", note="kidnapping statistics (cases)"),
            C("other", 20, "20 victims", note="page noise (most-read list)"),
        ],
        released_names=["Giuseppe Soffiantini"],
        alias_groups={},
        not_released_names=["Alessandra Sgarella"],
        other_event_released_names=["Cesare Casella"],
        other_people=["Giancarlo Tarquini", "Samuele Donatoni", "Giovanni Farina", "Attilio Cubeddu"],
        distractors=["the son Giordano (first name only, relative)", "5 billions of lire; 237 days; 743 days; aged 64, 32, 45",
                     "hundreds of persons waited (vague)", "Lazio-Juventus 2-0 (page noise)"],
    ),
    dict(
        file="010_korea_63_unconverted_sent_north.txt", published="2000-09-02", outlet="South Korean daily, English edition (site chrome)",
        event="South Korea repatriates 63 unconverted long-term prisoners to North Korea at Panmunjom, 2000-09-02",
        counts=[
            C("transferred_to", 63, "Sixty-three former North Korean spies and partisans who refused for decades to renounce communism",
              where="North Korea"),
            C("released", 63, "Sixty-three former North Korean spies and partisans who refused for decades to renounce communism",
              note="inferred: already released ex-prisoners, repatriated (judgement call); optional"),
            C("other", 2, "at least two others withdrew their applications", qualifier="at_least", note="chose to stay; not held"),
            C("remaining_held", 487, "487 South Koreans abducted since the 1953 armistice"),
            C("remaining_held", 350, "about 350 South Korean prisoners of war", qualifier="about"),
            C("other", 100, "One hundred families from each side met", note="family reunions"),
            C("other", 1200, "1,200 soldiers to clear mines", note="page noise"),
        ],
        released_names=["Kim Sun-myung", "Woo Yong-gak", "Shin Kwang-su"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Lee In-mo", "Ahn Hak-sop"],
        other_people=["Tadaaki Hara", "Park Jae-kyu", "Kim Dae-jung", "Kim Jong-il", "Lee Sung-yul"],
        distractors=["43 years and 10 months; 40 years; up to 45 years; 34 years; aged 75, 71, 70",
                     "Ahn Hak-sop was freed years ago and stays in the South", "hundreds of people waving flowers (vague)"],
    ),
    dict(
        file="011_taliban_free_yvonne_ridley.txt", published="2001-10-08", outlet="UK broadcaster website (archive page, cookie banner, video residue)",
        event="Taliban free British journalist Yvonne Ridley at Torkham, 2001-10-08",
        counts=[
            C("remaining_held", 2, "Two Afghans who guided her, Jan Ali and Naqibullah Mohmand, are still in Taliban custody"),
            C("remaining_held", 8, "Eight foreign aid workers from the German-based group Shelter Now International"),
            C("other", 2, "two Americans, four Germans and two Australians", note="subsets of the eight"),
            C("remaining_held", 16, "along with 16 Afghan staff, who are also still being held"),
            C("other", 1500000, "UN warns 1.5m may need help", note="page noise (refugees)"),
        ],
        released_names=["Yvonne Ridley"],
        alias_groups={},
        not_released_names=["Jan Ali", "Naqibullah Mohmand", "Dayna Curry", "Heather Mercer", "Georg Taubmann"],
        other_event_released_names=[],
        other_people=["Abdul Salam Zaeef", "Mohammed Omar", "Martin Townsend", "Jack Straw"],
        distractors=["daughter Daisy, nine (relative)", "10 days; aged 43; 01:47 video length; 1400 local time"],
    ),
    dict(
        file="012_china_frees_three_fujita_staff.txt", published="2010-10-01", outlet="Japanese wire (Kyodo), English service",
        event="China frees three of four detained Fujita employees, who return to Japan; one remains held, 2010-09-30/10-01",
        counts=[
            C("released", 3, "Three of the four Japanese employees of Fujita Corp. detained in China's Hebei Province"),
            C("transferred_to", 3, "The three men arrived at Haneda airport on a flight from Shanghai", where="Japan (Tokyo Haneda)"),
            C("remaining_held", 1, "while the fourth man remains under investigation in Shijiazhuang"),
            C("other", 4, "The four Japanese and a Chinese driver were detained on Sept. 20", note="total detained"),
            C("transferred_to", 14, "The 14 crew members of the trawler had been sent back to China earlier", where="China",
              note="earlier event (trawler crew)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Sadamu Takahashi"],
        other_event_released_names=["Zhan Qixiong"],
        other_people=["Yoshito Sengoku", "Naoto Kan"],
        distractors=["the three released men are not named", "the Chinese driver's fate is not stated",
                     "aged 57; two patrol boats; 3 p.m.", "'one person is still being held' (Kan quote, same as remaining 1)"],
    ),
    dict(
        file="013_mv_suez_crew_home_karachi.txt", published="2011-06-19", outlet="Pakistani daily, web edition (related links, comments)",
        event="Somali pirates free the MV Suez and its 22 crew after ransom; crew flown home from Salalah, 2011-06-13/18",
        counts=[
            C("released", 22, "hijacked in the Gulf of Aden on August 2 last year with 22 seafarers on board",
              note="whole crew freed with the ship"),
            C("other", 11, "11 Egyptians, six Indians, four Pakistanis and one Sri Lankan", note="nationality breakdown of the 22"),
            C("transferred_to", 4, "The four Pakistani crew members of the MV Suez, held by Somali pirates for over 10 months, arrived at Jinnah International Airport",
              where="Pakistan (Karachi)"),
            C("transferred_to", 6, "The six Indian sailors were flown to Mumbai on Friday", where="India (Mumbai)"),
            C("transferred_to", 11, "the 11 Egyptians were flown to Cairo", where="Egypt (Cairo)"),
            C("transferred_to", 1, "the Sri Lankan crewman to Colombo", where="Sri Lanka (Colombo)"),
            C("other", 2, "two of the crew had fallen seriously ill", note="subset"),
            C("other", 35, "the pirates numbered about 35 at the start", qualifier="about", note="captors"),
            C("other", 50, "more than 50 towards the end", qualifier="more_than", note="captors"),
            C("remaining_held", 7, "seven Pakistani sailors of the Malaysian-owned MV Albedo"),
            C("remaining_held", 23, "the rest of that ship's crew of 23", note="whole Albedo crew, includes the seven"),
            C("remaining_held", 400, "more than 400 seafarers", qualifier="more_than"),
            C("other", 12, "12 killed in fresh wave of target killings", note="page noise"),
            C("other", 26, "all 26 crew safe", note="page noise (other ship)"),
        ],
        released_names=["Wasi Hasan", "Syed Nazar Abbas", "Aqeel Ahmed Khan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ansar Burney", "Nighat Wasi", "Rehman Malik"],
        distractors=["$2.1 million ransom; Rs500,000 per family; 10 months; aged 52; 86 points",
                     "dozens of relatives (vague)", "Comments (12)", "at least 20 vessels (ships, not people)"],
    ),
    dict(
        file="014_surjeet_singh_wagah_liveblog.txt", published="2012-06-28", outlet="Indian TV news website, live blog",
        event="Pakistan frees Surjeet Singh, who crosses at Attari-Wagah; Sarabjit Singh, first named by mistake, stays on death row, 2012-06-28",
        counts=[
            C("remaining_held", 535, "there were 535 Indians in Pakistani prisons", note="as of the January 1 lists"),
            C("other", 483, "483 of them fishermen", note="subset of the 535"),
            C("remaining_held", 272, "Pakistan has 272 of its nationals in Indian jails", note="held by the other side"),
            C("other", 14, "killed 14 people", note="casualties of the 1990 blasts"),
            C("other", 7, "7 players fetch over Rs 5 crore", note="page noise"),
        ],
        released_names=["Surjeet Singh"],
        alias_groups={},
        not_released_names=["Sarabjit Singh"],
        other_event_released_names=["Kashmir Singh"],
        other_people=["Kulwinder Singh", "Asif Ali Zardari", "Farhatullah Babar", "Dalbir Kaur", "S M Krishna",
                      "Ghulam Ishaq Khan", "Benazir Bhutto", "Pervez Musharraf"],
        distractors=["Sarabjit first reported freed, then corrected (not released)", "30 years; 35 years; aged 69; six hours; 4 days",
                     "1,284 comments", "Kulwinder Singh is the son"],
    ),
    dict(
        file="015_hk_bookseller_lam_wing_kee.txt", published="2016-06-16", outlet="Hong Kong online news site (donation prompts, later headlines)",
        event="Causeway Bay bookseller Lam Wing-kee returns to Hong Kong on bail and refuses to go back; Gui Minhai still held, 2016-06-14/16",
        counts=[
            C("other", 5, "one of five booksellers who went missing late last year", note="group size"),
            C("other", 3, "Three of them -- Lui Por, Cheung Chi-ping and Lee Bo -- have already returned to Hong Kong",
              note="earlier returns/bail (March); went back to the mainland"),
            C("other", 4, "Four others remain in mainland", note="subheading; only one of them is held"),
            C("remaining_held", 1, "The fifth man, Swedish national Gui Minhai", note="inferred: the one bookseller still held; optional"),
            C("other", 3000, "more than 3,000 people marched", qualifier="more_than", note="protesters (earlier)"),
            C("other", 1500, "Police put the figure at 1,500", note="protesters (police estimate)"),
            C("other", 1000, "1,000 volunteers will counter July 1 march", note="page noise"),
            C("other", 4, "4 arrested over Mong Kok unrest released on bail", note="page noise"),
        ],
        released_names=["Lam Wing-kee"],
        alias_groups={"Lui Por": ["Lu Bo"], "Cheung Chi-ping": ["Zhang Zhiping"]},
        not_released_names=["Gui Minhai"],
        other_event_released_names=["Lui Por", "Cheung Chi-ping", "Lee Bo"],
        other_people=["Albert Ho", "Angela Gui", "Leung Chun-ying", "Kris Cheng", "Tom Grundy"],
        distractors=["8 months; five months; two years; aged 61", "Lam released on bail pending trial (counted as released)",
                     "Angela Gui is the daughter"],
    ),
    dict(
        file="016_turkey_istanbul_ten_ngo_release.txt", published="2017-10-26", outlet="international NGO press release",
        event="Istanbul court frees eight of the 'Istanbul 10' rights defenders pending trial; Taner Kılıç stays in jail, 2017-10-25/26",
        counts=[
            C("released", 8, "Eight human rights defenders, including Amnesty International Turkey's director İdil Eser, walked free"),
            C("released", 2, "Two other participants, Nalan Erkem and Şeyhmus Özbekli, were released under judicial control in July",
              note="earlier event (July)"),
            C("other", 6, "a travel ban on the six Turkish defendants", note="subset of the eight"),
            C("other", 11, "the 11 defendants now face up to 15 years in prison", note="all defendants incl. the one still held"),
            C("other", 10, "all the Istanbul 10", note="group name (eight freed now, two earlier)"),
            C("other", 50000, "more than 50,000 people have been jailed pending trial in Turkey", qualifier="more_than",
              note="cumulative since July 2016"),
            C("other", 150000, "more than 150,000 public sector workers have been dismissed", qualifier="more_than", note="dismissals"),
            C("other", 1500000, "More than 1.5 million people worldwide have signed", qualifier="more_than", note="petition signers"),
        ],
        released_names=["İdil Eser", "Özlem Dalkıran", "Veli Acu", "Günal Kurşun", "İlknur Üstün", "Nejat Taştan",
                        "Peter Steudtner", "Ali Gharavi"],
        alias_groups={},
        not_released_names=["Taner Kılıç"],
        other_event_released_names=["Nalan Erkem", "Şeyhmus Özbekli"],
        other_people=["Salil Shetty", "Andrew Gardner"],
        distractors=["'Istanbul 10' is a group name (10)", "father of three; more than 140 days; nearly four months; up to 15 years",
                     "press office phone number"],
    ),
    dict(
        file="017_turkey_frees_greek_soldiers.txt", published="2018-08-15", outlet="Greek news site, automatic English translation (comments, related links)",
        event="Edirne court frees two Greek soldiers held since March; they are flown to Thessaloniki, 2018-08-14/15",
        counts=[
            C("released", 2, "The two Greek military men who were held in the prisons of Edirne since the 1st of March returned to Greece"),
            C("transferred_to", 2, "The two Greek military men who were held in the prisons of Edirne since the 1st of March returned to Greece",
              where="Greece (Thessaloniki)"),
            C("other", 8, "the eight Turkish military men who fled to Alexandroupolis", note="asylum seekers in Greece; not held, not released"),
            C("other", 96, "the number of dead rises to 96", note="page noise"),
            C("other", 34, "34 migrants arrested in Didymoteicho", note="page noise"),
        ],
        released_names=["Angelos Mitretodis", "Dimitros Kouklatzis"],
        alias_groups={},
        not_released_names=["Andrew Brunson"],
        other_event_released_names=[],
        other_people=["Alexis Tsipras", "Panos Kammenos", "Mevlüt Çavuşoğlu", "Recep Tayyip Erdoğan"],
        distractors=["167 days; 5 months; 40%; 5%; 03:30", "'maybe exchanged' (hypothetical swap)", "Comments (231)"],
    ),
    dict(
        file="018_bangladesh_shahidul_alam_bail.txt", published="2018-11-21", outlet="Bangladeshi English-language daily, web edition",
        event="Photographer Shahidul Alam released on bail from Dhaka Central Jail after 107 days, 2018-11-20",
        counts=[
            C("other", 200, "waved to some 200 friends, students and fellow photographers", qualifier="about", note="supporters"),
            C("other", 50, "More than 50 people, most of them students of private universities, were arrested", qualifier="more_than",
              note="cumulative arrests over the protests"),
            C("remaining_held", 12, "at least a dozen are still in custody", qualifier="at_least"),
            C("other", 7, "7 killed in Gazipur bus crash", note="page noise"),
            C("other", 1841, "1,841 candidates submit nomination papers", note="page noise"),
        ],
        released_names=["Shahidul Alam"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Quazi Nawshaba Ahmed"],
        other_people=["Rahnuma Ahmed", "Jyotirmoy Barua", "Mahbubey Alam"],
        distractors=["107 days; five days; up to 14 years; aged 63; 24°C", "'Most have since been granted bail' (vague, earlier)",
                     "'not a single person turns up' (page noise)", "Mahbubey Alam is the Attorney General (same surname)"],
    ),
    dict(
        file="019_india_newsclick_prabir_released.txt", published="2024-05-15", outlet="Indian digital news outlet",
        event="NewsClick founder Prabir Purkayastha released from Tihar after the Supreme Court declares his UAPA arrest invalid, 2024-05-15",
        counts=[
            C("other", 46, "questioned 46 journalists, contributors and employees of the portal",
              note="questioned and mostly released the same evening (earlier, October 2023)"),
            C("remaining_held", 7, "seven journalists were behind bars in India as of December 1, 2023",
              note="claim by CPJ; dated census"),
            C("other", 14, "14 dead as hoarding collapses", note="page noise"),
        ],
        released_names=["Prabir Purkayastha"],
        alias_groups={},
        not_released_names=["Umar Khalid", "Irfan Mehraj"],
        other_event_released_names=["Siddique Kappan", "Arvind Kejriwal"],
        other_people=["BR Gavai", "Sandeep Mehta", "Geeta Hariharan", "SV Raju", "Kapil Sibal"],
        distractors=["88 locations; 8,000 pages; 62.31%; aged 76; more than seven months; 28 months",
                     "Geeta Hariharan is the wife", "Kejriwal's interim bail is page noise (other event)"],
    ),
    dict(
        file="020_korea_liberation_day_pardon_cho_kuk.txt", published="2025-08-15", outlet="South Korean wire (Yonhap), English service",
        event="South Korea's Liberation Day special pardon of 2,188 people; Cho Kuk walks out of prison, 2025-08-15",
        counts=[
            C("released", 2188, "covers 2,188 people", note="pardoned; not all were in custody (judgement call)"),
            C("released", 1040, "1,040 inmates with good behavior records were released on special parole",
              note="separate parole measure on the same day"),
            C("other", 2, "Two former lawmakers who had received suspended sentences had their civil rights restored",
              note="not in custody; rights restored"),
            C("other", 1600, "About 1,600 of those pardoned were small-business owners", qualifier="about", note="subset of the 2,188"),
            C("other", 370, "A further 370 or so were people convicted over labor disputes", qualifier="about", note="subset of the 2,188"),
            C("other", 830000, "lifted administrative penalties, such as license suspensions and demerit points, for about 830,000 people",
              qualifier="about", note="administrative penalties lifted; no release from custody"),
        ],
        released_names=["Cho Kuk"],
        alias_groups={},
        not_released_names=["Yoon Suk Yeol", "Kim Keon-hee"],
        other_event_released_names=["Chung Kyung-shim", "Lee Jae-yong"],
        other_people=["Lee Jae-myung", "Jung Sung-ho", "Cho Min"],
        distractors=["48 percent / 43 percent / 15% tariff; 80th anniversary; two-year and four-year sentences; aged 60",
                     "dozens of party members (vague)", "Chung Kyung-shim was paroled in 2023; now pardoned (remission only)"],
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
            if c["kind"] not in {"released", "exchanged", "transferred_to", "remaining_held", "other"}:
                print(f"{g['file']}: bad kind {c['kind']}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
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
