#!/usr/bin/env python3
"""Gold for devset_jjj (blind, held-out-style). Writes gold.jsonl next to this script and checks it.

Checks: every quote is an exact substring of its article; every name, alias and `where` occurs in
the article (case-insensitive); no name is in two lists; every alias-group key is a listed name;
kinds and qualifiers are valid; values are integers; `where` is set exactly on `transferred_to`
counts; the GOLD file list matches articles/. Prints `checks OK` on success.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "transferred_to", "remaining_held", "exchanged", "other"}
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
NAME_LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_burkina_arbinda_women.txt", published="2023-01-21", outlet="AFP wire (photo credit, desk initials)",
        event="Burkina Faso army frees 66 women and children abducted near Arbinda, 2023-01-20",
        counts=[
            C("released", 66, "Burkina Faso's army has freed 66 women and children"),
            C("other", 39, "39 women and 27 children", note="subset of the 66 (women)"),
            C("other", 27, "27 children, four of them newborns", note="subset of the 66 (children)"),
            C("other", 4, "four of them newborns", note="subset of the children"),
            C("other", 50, "put the number of women abducted at about 50", qualifier="about",
              note="initial estimate of women abducted"),
            C("remaining_held", 4, "at least four women from Ruoga are still with the bandits", qualifier="at_least",
              note="as of 21 January 2023, per a community leader"),
            C("transferred_to", 66, "The freed hostages were flown to Ouagadougou on Saturday morning", where="Ouagadougou",
              note="inferred: moved within Burkina Faso; optional"),
            C("released", 9, "soldiers freed nine truck drivers", note="earlier event (August 2022)"),
            C("other", 40, "estimated to control 40 percent of the country", qualifier="about", note="percentage"),
            C("other", 10000, "killed more than 10,000 people", qualifier="more_than", note="death toll since 2015"),
            C("other", 2000000, "forced some two million people from their homes", qualifier="about", note="displaced"),
        ],
        released_names=["Aminata Dicko"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jean-Emmanuel Ouedraogo", "Hamidou Tamboura", "Boubacar Dicko", "Ibrahim Traore",
                      "Sidbewendin Ouedraogo"],
        distractors=["her two daughters (unnamed) were freed with her",
                     "a handful escaped on the first day (escape, not release)",
                     "January 12 and 13; ages 31, six and nine; 200 kilometres (125 miles)",
                     "Boubacar Dicko is the husband (same surname)",
                     "the UN call for 'immediate and unconditional release' is a demand",
                     "photographer and spokesman share the surname Ouedraogo"],
    ),
    dict(
        file="002_senegal_mfdc_soldiers_fr.txt", published="2022-02-14", outlet="French news site, machine-translated",
        event="MFDC rebels free seven Senegalese Ecomig soldiers to the ICRC in Gambia, 2022-02-14",
        counts=[
            C("released", 7, "The seven Senegalese soldiers captured on 24 January by the Movement of the Democratic "
                             "Forces of Casamance (MFDC) during clashes at the Gambian border were released this Monday"),
            C("transferred_to", 7, "They were then driven to Ziguinchor, in Senegal", where="Ziguinchor",
              note="inferred: taken home after the handover; optional"),
            C("other", 4, "Four soldiers had been killed", note="killed in the January clash"),
            C("other", 7, "seven others taken prisoner", note="capture of the same seven"),
            C("other", 1000, "counts around 1 000 men", qualifier="about", note="size of Ecomig"),
            C("other", 12, "kidnapped 12 deminers of a South African company", note="earlier event (2013 abduction)"),
            C("released", 3, "three women had been released some days later", note="earlier event (May 2013)"),
            C("released", 9, "the nine men in July of the same year", note="earlier event (July 2013)"),
            C("other", 5000, "some 5 000 dead", qualifier="about", note="conflict death toll"),
            C("other", 1900000, "approximately 1,9 million inhabitants", qualifier="about", note="population"),
            C("other", 1, "a soldier declared missing", note="missing, not described as held"),
        ],
        released_names=["Malick Faye"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Aïssatou Ndiaye", "Salif Sadio", "Ibrahima Sène", "Macky Sall", "Adama Barrow", "Robert Sagna",
                      "Yahya Jammeh"],
        distractors=["'No ransom was paid and no counterpart was granted' (no swap)",
                     "38 years (age); Ecomig deployed since 2017; ceasefire since 2014",
                     "the missing soldier is not said to be held"],
    ),
    dict(
        file="003_nigeria_kajuru_emir.txt", published="2021-07-16", outlet="Nigerian daily web page (ads, READ ALSO, comments)",
        event="Bandits free the Emir of Kajuru, Kaduna State, 2021-07-15; 10 relatives still held",
        counts=[
            C("remaining_held", 10, "10 members of his family who were taken away with him are still in the custody of the abductors",
              note="as of 16 July 2021"),
            C("other", 13, "whisked away the emir and 13 members of his household", note="abducted with the emir"),
            C("released", 3, "Three of the victims – two women and a four-year-old boy – were freed on Tuesday",
              note="earlier event (Tuesday's release in the same kidnapping)"),
            C("other", 100, "said to number more than 100", qualifier="more_than", note="gunmen"),
            C("other", 900, "more than 900 people had been abducted", qualifier="more_than",
              note="abductions in the state in the first quarter"),
            C("other", 25, "FG releases 25 ex-Boko Haram fighters", note="page noise (READ ALSO)"),
            C("other", 12, "Bandits free 12 abducted worshippers in Zamfara", note="page noise (Related)"),
            C("other", 7, "Police rescue 7 abducted travellers", note="page noise (Related)"),
        ],
        released_names=["Alhassan Adamu"],
        alias_groups={"Alhassan Adamu": ["Alhaji Alhassan Adamu"]},
        not_released_names=["Muhammad Adamu", "Yusuf Dahiru"],
        other_event_released_names=[],
        other_people=["Ibrahim Musa", "Mohammed Jalige", "Samuel Aruwan", "Nasir El-Rufai"],
        distractors=["Muhammad Adamu is the emir's son and still held (same surname)",
                     "N200 million ransom demand; N24m (money)",
                     "85-year-old; five days; 12.45am; 10pm; four-year-old",
                     "police say 'rescued', family says released (same event)",
                     "commenter 'Danjuma K.'", "'Gunmen kill seven' headline (page noise)"],
    ),
    dict(
        file="004_gulf_of_guinea_duke_brief.txt", published="2020-01-20", outlet="Reuters brief",
        event="Pirates free 19 crew of the tanker MT Duke seized off Benin, January 2020",
        counts=[
            C("released", 19, "Pirates have released 19 crew members"),
            C("other", 20, "The 20 crew, 18 of them Indian nationals, were taken", note="abducted"),
            C("other", 18, "18 of them Indian nationals", note="subset of the 20 abducted"),
            C("other", 1, "One of the Indians died in captivity", note="died in captivity"),
            C("transferred_to", 19, "They will return to India shortly", where="India", note="planned"),
            C("other", 121, "accounted for 121 of the 134 crew members taken at sea worldwide last year",
              note="kidnappings in 2019 (cumulative statistic)"),
            C("other", 134, "accounted for 121 of the 134 crew members taken at sea worldwide last year",
              note="kidnappings in 2019 (cumulative statistic)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Raveesh Kumar", "Meera Krishnan", "Chijioke Nwosu", "Simon Carder"],
        distractors=["115 nautical miles; Dec. 15", "ransom unclear"],
    ),
    dict(
        file="005_myanmar_aa_nld_candidates.txt", published="2021-01-01", outlet="UK broadcaster web page (cookie banner, video residue, Top Stories)",
        event="Arakan Army frees three NLD candidates and three soldiers in Taungup, 2021-01-01",
        counts=[
            C("released", 3, "Arakan Army rebels free three kidnapped NLD candidates"),
            C("released", 3, "It also handed over three soldiers it had captured"),
            C("released", 6, "The six were handed to local elders"),
            C("remaining_held", 14, "at least 14 soldiers and police officers remain in the group's hands",
              qualifier="at_least", note="military's figure, as of 1 January 2021"),
            C("other", 9, "cancelled in nine of Rakhine's 17 townships", note="townships"),
            C("other", 17, "cancelled in nine of Rakhine's 17 townships", note="townships"),
            C("other", 1000000, "disenfranchising more than a million people", qualifier="more_than", note="voters"),
            C("other", 200000, "displaced more than 200,000 people", qualifier="more_than", note="displaced"),
            C("other", 10, "Thai court releases 10 protest leaders on bail", note="page noise (Top Stories); bail"),
        ],
        released_names=["Chit Ko Ko", "Ni Ni May Myint", "Kyaw Kyaw"],
        alias_groups={"Ni Ni May Myint": ["Ni Ni Mae Myint"]},
        not_released_names=[],
        other_event_released_names=["Abu Bakar Bashir"],
        other_people=["Aung San Suu Kyi", "Zaw Min Tun", "U Kyaw Myint", "Khine Thu Kha", "Myo Nyunt",
                      "Twan Mrat Naing"],
        distractors=["the three freed soldiers are unnamed",
                     "AA 'offered to swap them' - no swap confirmed",
                     "'some' prisoners of war (vague)",
                     "11 weeks; 14 October; two and a half months; video 1:58",
                     "U Kyaw Myint is the father of Ni Ni May Myint",
                     "Abu Bakar Bashir headline is page noise (different event)"],
    ),
    dict(
        file="006_thai_airways_hijack_1990.txt", published="1990-11-11", outlet="AP archive wire",
        event="Burmese students free all 221 aboard hijacked Thai Airways flight in Calcutta, 1990-11-11",
        counts=[
            C("released", 221, "freed the last of the 221 people on board"),
            C("released", 43, "the hijackers had let 43 passengers go",
              note="first batch of this release (subset of 221); inferred, optional"),
            C("released", 164, "The remaining 164 passengers and 14 crew members left the plane",
              note="last batch (subset of 221); inferred, optional"),
            C("released", 14, "The remaining 164 passengers and 14 crew members left the plane",
              note="crew in the last batch (subset of 221); inferred, optional"),
            C("other", 14, "Among the passengers were 14 Japanese tourists", note="subset of passengers"),
            C("other", 9, "nine Americans", note="subset of passengers"),
            C("remaining_held", 2000, "the junta holds more than 2,000 political prisoners", qualifier="more_than",
              note="Amnesty figure for political prisoners in Burma (hijackers' demand)"),
        ],
        released_names=["Carol Hennessey"],
        alias_groups={"Htin Kyaw": ["Tin Kyaw"]},
        not_released_names=["Aung San Suu Kyi"],
        other_event_released_names=[],
        other_people=["Rajiv Chandra", "Soe Myint", "Htin Kyaw", "Rathin Sengupta", "Chamnong Pattanasiri", "Saw Maung"],
        distractors=["the hijackers surrendered and were taken away by police (not released)",
                     "ages 24 and 22; 15-hour ordeal; 8:10 a.m.; 5:20 p.m.; Flight 305; 20 minutes",
                     "relief aircraft to Rangoon or Bangkok (no transfer count)",
                     "Aung San Suu Kyi is under house arrest (still held)"],
    ),
    dict(
        file="007_malaysia_almaunah_siege.txt", published="2000-07-07", outlet="Malaysian daily web archive",
        event="Al-Ma'unah siege at Bukit Jenalik ends, two hostages freed, 2000-07-06",
        counts=[
            C("released", 2, "freed their two remaining hostages"),
            C("other", 28, "28 of his followers surrendered", note="surrendered (arrested)"),
            C("other", 29, "the 29 would be investigated", note="suspects"),
            C("other", 2, "Two other hostages", note="killed in captivity"),
            C("other", 97, "97 M16 rifles", note="weapons"),
            C("other", 1000, "about 1,000 members nationwide", qualifier="about", note="claimed membership"),
            C("other", 3, "Abu Sayyaf frees three more Sipadan hostages", note="page noise (Related Stories)"),
        ],
        released_names=["Mohd Shah Ahmad", "Jaafar Puteh"],
        alias_groups={"Jaafar Puteh": ["Jaafar Putih"], "Mohd Amin Mohd Razali": ["Mohamed Amin Razali"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rozainah Mohd Ali", "Tan Siew Ling", "Mohd Amin Mohd Razali", "Zaini Mohamad Said",
                      "R. Sagadevan", "Mathews anak Medan", "Abdul Halim Ali", "Norian Mai", "Azman Jaafar",
                      "Abdullah Ahmad Badawi", "Mahathir Mohamad"],
        distractors=["the two hostages killed (Sagadevan, Mathews) are not releasees",
                     "Azman Jaafar is the son (patronymic Jaafar)",
                     "ages 41, 52, 31, 27; four-day standoff; 11.40am; noon",
                     "four machine guns and two rocket launchers"],
    ),
    dict(
        file="008_brazil_bucher_1971_pt.txt", published="2021-01-16", outlet="Brazilian daily, 50-years-on feature, machine-translated from Portuguese",
        event="Swiss ambassador Bucher freed in Rio after 70 political prisoners are flown to Chile, 1971-01-14/16",
        counts=[
            C("exchanged", 70, "70 political prisoners had been sent two days before to Santiago, in Chile"),
            C("transferred_to", 70, "70 political prisoners had been sent two days before to Santiago, in Chile", where="Chile"),
            C("other", 70, "The demands of the group were the release of 70 prisoners", note="demand (same 70)"),
            C("other", 19, "the regime rejected 19 names", note="names vetoed and replaced"),
            C("remaining_held", 2, "two prisoners whose names were on the lists refused to be exchanged",
              note="stayed in prison (as of January 1971)"),
            C("other", 12, "escorted by 12 federal agents", note="escort"),
            C("other", 8, "at least eight women", qualifier="at_least", note="subset of the 70"),
            C("exchanged", 15, "exchanged for 15 prisoners, sent to Mexico", note="earlier event (Elbrick, 1969)"),
            C("transferred_to", 15, "exchanged for 15 prisoners, sent to Mexico", where="Mexico",
              note="earlier event (1969)"),
            C("exchanged", 5, "exchanged for five prisoners, also sent to Mexico", note="earlier event (Okuchi, 1970)"),
            C("transferred_to", 5, "exchanged for five prisoners, also sent to Mexico", where="Mexico",
              note="earlier event (1970)"),
            C("exchanged", 40, "after the departure of 40 prisoners to Algeria", note="earlier event (von Holleben, 1970)"),
            C("transferred_to", 40, "after the departure of 40 prisoners to Algeria", where="Algeria",
              note="earlier event (1970)"),
            C("released", 130, "the four actions took 130 political prisoners out of the jails of the dictatorship",
              note="cumulative (four kidnappings, 1969-1971)"),
            C("other", 434, "434 dead and disappeared", note="victims of the dictatorship"),
            C("other", 20000, "some 20.000 persons were tortured", qualifier="about", note="victims of torture"),
        ],
        released_names=["Giovanni Enrico Bucher", "Jean Marc von der Weid", "Ana Lúcia Moraes"],
        alias_groups={"Jean Marc von der Weid": ["Jean Marc van der Weid"], "Wladimir Palmeira": ["Vladimir Palmeira"]},
        not_released_names=[],
        other_event_released_names=["Charles Burke Elbrick", "Nobuo Okuchi", "Ehrenfried von Holleben", "Wladimir Palmeira"],
        other_people=["Marina Teixeira Lopes", "Salvador Allende", "Carlos Lamarca", "Hélio de Carvalho Araújo",
                      "Emílio Garrastazu Médici", "Clara Moraes", "Renato Fagundes", "Alfredo Sirkis"],
        distractors=["40 days; 7 December 1970; 74 and 24 years; one year and four months; 20 years",
                     "Hélio de Carvalho Araújo was shot and died (guard, not a hostage)",
                     "Clara Moraes is the daughter (same surname)",
                     "'of the 130 exchanged, dozens were obliged to flee again' (vague, later)",
                     "Amnesty Law of 1979 (later, other event)"],
    ),
    dict(
        file="009_mali_burkina_pow_1986.txt", published="1986-02-14", outlet="Reuters archive brief",
        event="Mali and Burkina Faso exchange prisoners after the Agacher strip war, 1986-02-14",
        counts=[
            C("exchanged", 17, "Burkina Faso handed over 17 Malians"),
            C("other", 16, "16 soldiers and a civilian truck driver", note="subset of the 17"),
            C("exchanged", 41, "Mali released 41 Burkinabe"),
            C("other", 4, "The remains of four Burkinabe soldiers were also returned", note="bodies"),
            C("other", 100, "About 100 people were killed", qualifier="about", note="war dead"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Thomas Sankara", "Moussa Traore"],
        distractors=["five-day war; December 30", "ICJ ruling expected later (not a release)"],
    ),
    dict(
        file="010_cambodia_factions_pow_1992.txt", published="1992-09-15", outlet="AFP wire",
        event="Cambodian factions free 258 prisoners of war under the Paris accords, 1992-09-15",
        counts=[
            C("released", 258, "freed 258 prisoners of war on Tuesday"),
            C("exchanged", 197, "The Phnom Penh government released 197 prisoners"),
            C("exchanged", 37, "freed 37 and 24 respectively"),
            C("exchanged", 24, "freed 37 and 24 respectively"),
            C("transferred_to", 61, "61 asked to go to the Site 2 border camp in Thailand and were driven there by ICRC bus",
              where="Thailand"),
            C("other", 12, "All but 12 of the rest were taken to their home provinces",
              note="12 stayed in Phnom Penh; implies 124 went home (inferred)"),
            C("remaining_held", 400, "We have registered at least 400 other prisoners who are still held by the parties",
              qualifier="at_least", note="ICRC figure, as of 15 September 1992"),
            C("released", 350, "freed some 350 political prisoners last October", qualifier="about",
              note="earlier event (October 1991)"),
            C("other", 16000, "About 16,000 UN troops", qualifier="about", note="troops"),
        ],
        released_names=["Sok Vanna"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Norodom Sihanouk", "Pierre-Alain Wyss", "Yasushi Akashi", "Hun Sen", "Khieu Samphan", "Son Sann"],
        distractors=["the Khmer Rouge released no one (zero)", "'Three of Cambodia's four warring factions' (factions)",
                     "23-year-old; three years; May 1993 elections"],
    ),
    dict(
        file="011_barcelona_pow_exchange_1944.txt", published="2024-05-18", outlet="UK newspaper 'On this day' archive page (Most viewed list)",
        event="Exchange of sick and wounded POWs at Barcelona, 1944-05-17",
        counts=[
            C("exchanged", 1042, "In all 1,042 British, Dominion and American prisoners"),
            C("exchanged", 856, "856 German prisoners were handed over in return"),
            C("released", 1000, "more than a thousand sick and wounded Allied prisoners of war were exchanged",
              qualifier="more_than", note="rounded intro figure for the 1,042; inferred, optional"),
            C("other", 112, "among them 112 protected personnel", note="subset of the 1,042"),
            C("other", 59, "Among the repatriated are 59 Americans", note="subset of the 1,042"),
            C("transferred_to", 983, "983 British and Dominion men embarked in the hospital ship Atlantis for Liverpool",
              where="Liverpool", note="inferred: shipped home; optional"),
            C("transferred_to", 59, "the Americans went aboard the Gripsholm for New York", where="New York",
              note="inferred: shipped home; optional"),
            C("exchanged", 4159, "At Gothenburg last October 4,159 British and Dominion prisoners were exchanged",
              note="earlier event (Gothenburg, October 1943)"),
            C("remaining_held", 150000, "more than 150,000 British and Dominion prisoners remain in German camps",
              qualifier="more_than", note="estimate, May 1944"),
            C("other", 14, "Two aid workers freed after 14 months in captivity", note="page noise (Most viewed)"),
            C("other", 45, "Court orders release of 45 detained protesters", note="page noise (Most viewed)"),
        ],
        released_names=["Albert Hendry"],
        alias_groups={},
        not_released_names=["James Hendry"],
        other_event_released_names=[],
        other_people=[],
        distractors=["James Hendry is the brother, still in Stalag VIII-B (same surname)",
                     "Dunkirk nearly four years ago; June 1940; six hours",
                     "'Two aid workers freed' and 'Pensioner, 92, rescued' are page noise"],
    ),
    dict(
        file="012_ukraine_russia_swap_liveblog.txt", published="2022-11-26", outlet="UK newspaper live blog (reverse chronological)",
        event="Ukraine-Russia exchange, 12 Ukrainians for 9 Russians, 2022-11-26",
        counts=[
            C("exchanged", 12, "12 Ukrainian servicemen had been freed"),
            C("exchanged", 9, "nine Russian servicemen"),
            C("transferred_to", 9, "they would be flown to Moscow for treatment", where="Moscow",
              note="inferred: flown home; optional"),
            C("exchanged", 50, "the two sides swapped 50 prisoners each", note="earlier event (24 November 2022)"),
            C("released", 1300, "more than 1,300 Ukrainians have been brought home", qualifier="more_than",
              note="cumulative since February 2022"),
            C("other", 2, "killed two people and wounded three", note="unrelated live-blog entry (casualties)"),
            C("other", 3, "killed two people and wounded three", note="unrelated live-blog entry (casualties)"),
            C("other", 60, "at least 60 ships of grain", qualifier="at_least", note="unrelated live-blog entry"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Volodymyr Zelenskiy", "Vladimir Makei", "Andriy Yermak", "Dmytro Lubinets",
                      "Yaroslav Yanushkevych", "Sergei Lavrov", "Tom Ashworth"],
        distractors=["'thousands' remain in Russian hands (vague quantifier, no figure)", "Makei's age 64; 90th anniversary",
                     "$150m; 5pm and 11pm", "'Read more' link to the 50-for-50 exchange (earlier event)"],
    ),
    dict(
        file="013_mozambique_prisoner_release_brief.txt", published="1993-09-14", outlet="Reuters archive brief",
        event="Mozambique government and Renamo free 168 prisoners under ICRC supervision, 1993",
        counts=[
            C("released", 168, "have freed 168 prisoners"),
            C("exchanged", 124, "Renamo handed over 124 government soldiers and civilians"),
            C("exchanged", 44, "the government released 44 Renamo fighters"),
            C("remaining_held", 90, "registered about 90 more prisoners who were still being held", qualifier="about",
              note="ICRC figure, as of September 1993"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nadia Hofer", "Joaquim Chissano", "Afonso Dhlakama"],
        distractors=["16-year civil war", "'the largest so far' implies earlier releases (no figure)",
                     "'Most of the freed men were flown home' (vague, no transfer count)",
                     "Renamo says the government holds 'many more' (vague quantifier)"],
    ),
    dict(
        file="014_senegal_khalifa_sall_pardon_statement.txt", published="2019-09-29", outlet="state news agency item with presidency communiqué (translated)",
        event="Macky Sall pardons Khalifa Sall, Mbaye Touré and Yaya Bodian, 2019-09-29",
        counts=[
            C("released", 3, "Khalifa Sall and two co-defendants pardoned",
              note="inferred: him and two co-defendants; optional"),
            C("other", 2, "pardoning him and two of his co-defendants", note="subset (co-defendants)"),
            C("released", 2000, "more than 2 000 detainees have benefited from his clemency", qualifier="more_than",
              note="cumulative (pardons since the start of 2019)"),
        ],
        released_names=["Khalifa Sall", "Mbaye Touré", "Yaya Bodian"],
        alias_groups={"Khalifa Sall": ["Khalifa Ababacar Sall"], "Mbaye Touré": ["Mbaye TOURE"]},
        not_released_names=[],
        other_event_released_names=["Karim Wade"],
        other_people=["Macky Sall", "Seydou Gueye", "Abdoulaye Wade"],
        distractors=["Macky Sall (the president) shares the surname Sall with the releasee",
                     "five years; 63; 1,8 billion CFA francs (2,7 million euros); 9.30 p.m.; Article 47",
                     "supporters 'in their hundreds' (vague)",
                     "Karim Wade was pardoned in June 2016 and left for Qatar (earlier event; no count)"],
    ),
    dict(
        file="015_cameroon_yen_eyoum_pardon.txt", published="2016-07-05", outlet="international broadcaster web page (cookie banner, video player, READ ALSO, MOST READ)",
        event="Biya pardons French-Cameroonian lawyer Lydienne Yen-Eyoum, 2016-07-04",
        counts=[
            C("transferred_to", 1, "expected to fly to Paris", where="Paris", note="planned (once travel documents are ready)"),
            C("other", 26, "26 kidnapped bus passengers freed in Kogi State", note="page noise (MOST READ)"),
            C("other", 1000, "UN says 1,000 people detained since April 2015", note="page noise (MOST READ)"),
        ],
        released_names=["Lydienne Yen-Eyoum"],
        alias_groups={"Lydienne Yen-Eyoum": ["Lydienne Eyoum"]},
        not_released_names=["Polycarpe Abah Abah", "Ahmed Abba"],
        other_event_released_names=["Michel Thierry Atangana"],
        other_people=["Paul Biya", "Hélène Dufresne", "Romain Nadal", "François Hollande", "Christiane Yen-Eyoum",
                      "Hissène Habré"],
        distractors=["57; more than six years; 25 years; about 1 billion CFA francs (1.5 million euros); 17 years",
                     "Christiane Yen-Eyoum is the sister (same surname)",
                     "Gabon opposition figure released after 48 hours (page noise, unnamed)",
                     "video 01:47"],
    ),
    dict(
        file="016_mali_keita_release_analysis.txt", published="2020-09-08", outlet="analysis piece (international outlet)",
        event="Mali junta frees ex-president Ibrahim Boubacar Keita, 2020-08-27; he flies to the UAE 2020-09-05",
        counts=[
            C("other", 20, "one of roughly 20 officials and senior officers arrested", qualifier="about",
              note="detained in the coup"),
            C("released", 2, "had freed two of them", note="earlier event (about 20 August 2020)"),
            C("remaining_held", 14, "at least 14 people remained in detention in Kati", qualifier="at_least",
              note="as of 7 September 2020"),
            C("transferred_to", 1, "he flew to Abu Dhabi aboard a medical plane for treatment in the United Arab Emirates",
              where="United Arab Emirates"),
            C("other", 12, "no more than 12 months", note="transition length"),
            C("other", 11, "At least 11 people were killed", qualifier="at_least", note="protesters killed in July"),
        ],
        released_names=["Ibrahim Boubacar Keïta"],
        alias_groups={"Ibrahim Boubacar Keïta": ["IBK"]},
        not_released_names=["Boubou Cissé", "Moussa Timbiné", "Soumaïla Cissé", "Sophie Pétronin"],
        other_event_released_names=["Abdoulaye Daffé", "Amadou Haya Sanogo"],
        other_people=["Claire Vasseur", "Ismaël Wagué", "Karim Keïta", "Oumar Sangaré", "Goodluck Jonathan",
                      "Assimi Goïta"],
        distractors=["'Soundiata Keïta' is the name of the military camp",
                     "Karim Keïta is the son (same surname), abroad",
                     "Soumaïla Cissé and Sophie Pétronin are held by jihadists (still held, other captors)",
                     "Boubou Cissé (held by the junta) and Soumaïla Cissé share a surname",
                     "the president's private secretary (unnamed) was freed with Daffé (earlier event)",
                     "75-year-old; nine days; up to three months; three years; 15 September; 15-member bloc",
                     "'They are hostages of the negotiation' (figurative)"],
    ),
    dict(
        file="017_vietnam_chau_van_kham_feature.txt", published="2023-06-17", outlet="Australian newspaper long feature",
        event="Vietnam frees Australian Chau Van Kham, who returns to Sydney, June 2023",
        counts=[
            C("transferred_to", 1, "walked through the arrivals gate at Sydney Airport", where="Sydney",
              note="inferred: flown home to Australia; optional"),
            C("remaining_held", 2, "the two Vietnamese men who were tried alongside him",
              note="co-defendants Nguyen Van Vien and Tran Long Phi; both remain in prison"),
            C("remaining_held", 190, "at least 190 activists were behind bars in Vietnam as of the end of May",
              qualifier="at_least", note="The 88 Project figure, as of end of May 2023"),
            C("other", 60, "About 60 friends and members of the Vietnamese community", qualifier="about", note="crowd"),
            C("other", 20, "up to 20 other inmates", note="cellmates (upper bound)"),
            C("other", 30000, "more than $30,000", qualifier="more_than", note="money"),
        ],
        released_names=["Chau Van Kham"],
        alias_groups={"Chau Van Kham": ["Châu Văn Khảm"], "Nguyen Van Hai": ["Dieu Cay"]},
        not_released_names=["Nguyen Van Vien", "Tran Long Phi", "Cheng Lei"],
        other_event_released_names=["Nguyen Van Hai", "Sean Turnell"],
        other_people=["Lauren Whitfield", "Sarah Kellerman", "Dai Chau", "Penny Wong", "Anthony Albanese",
                      "Pham Minh Chinh", "Phong Nguyen", "Le Thi Hoa", "Phil Robertson"],
        distractors=["four years and five months; 12 years; 13 and 10 years; 74; 43; 60; 15 kilograms; 30 years",
                     "Dai Chau is the son (same family name)", "'Uncle Kham' nickname",
                     "National Day amnesty for 'thousands' (vague, other events)",
                     "fewer than a dozen consular visits"],
    ),
    dict(
        file="018_cambodia_thai_engineer_pardon.txt", published="2009-12-12", outlet="Thai English-language daily web page (Related, Most read)",
        event="Cambodia's king pardons Thai engineer Sivarak Chutipong, 2009-12-11",
        counts=[
            C("transferred_to", 1, "He is scheduled to fly to Bangkok on Monday", where="Bangkok", note="planned"),
            C("remaining_held", 34, "34 Thai nationals are currently serving prison sentences in Cambodia",
              note="Foreign Ministry figure, as of December 2009"),
            C("other", 4, "Court frees four red-shirt leaders on bail", note="page noise (Most read); bail"),
            C("other", 8, "Eight arrested in B20m drug bust", note="page noise (Most read)"),
        ],
        released_names=["Sivarak Chutipong"],
        alias_groups={"Sivarak Chutipong": ["Siwarak Chothipong"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Simarak na Nakhon Phanom", "Norodom Sihamoni", "Hun Sen", "Kittipong Saelim",
                      "Chavalit Yongchaiyudh", "Thaksin Shinawatra", "Kamrob Palawatwichai", "Thani Thongphakdi",
                      "Abhisit Vejjajiva"],
        distractors=["seven years; 100,000 riel (about 800 baht); 31 (age); 3.40pm; Nov 12",
                     "Kamrob Palawatwichai was expelled (not a prisoner)",
                     "Thaksin sentenced in absentia to two years (not held)",
                     "Simarak na Nakhon Phanom is the mother"],
    ),
    dict(
        file="019_indonesia_allen_pope_1962.txt", published="1962-08-02", outlet="UPI archive wire",
        event="Sukarno frees US pilot Allen Pope by clemency, disclosed 1962",
        counts=[
            C("transferred_to", 1, "is back in the United States", where="United States",
              note="inferred: flown home; optional"),
            C("other", 10, "10 C-130 Hercules transport planes", note="aircraft (reported, denied link)"),
        ],
        released_names=["Allen Lawrence Pope"],
        alias_groups={"Allen Lawrence Pope": ["Allen Pope"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sukarno", "Lincoln White", "Dorothy Pope", "Robert F. Kennedy", "Howard P. Jones",
                      "Harry Rantung"],
        distractors=["Dorothy Pope is the wife (same surname)",
                     "Harry Rantung: fate unknown (not stated as held)",
                     "33; May 18, 1958; April, 1960; two small sons; more than two years",
                     "'There was no deal of any kind' (denied swap)"],
    ),
    dict(
        file="020_swaziland_maseko_makhubu_ngo.txt", published="2015-06-30", outlet="NGO press release (demands, contact block)",
        event="Swaziland: Bheki Makhubu and Thulani Maseko freed after Supreme Court ruling, 2015-06-30",
        counts=[
            C("released", 2, "The two had spent 15 months behind bars", note="the two freed (Makhubu and Maseko)"),
            C("remaining_held", 9, "At least nine people remain in detention under the Suppression of Terrorism Act",
              qualifier="at_least", note="as of 30 June 2015"),
            C("other", 38, "a network of 38 press freedom and media organisations", note="NGO membership"),
            C("other", 11, "in 11 countries of the SADC region", note="NGO membership"),
            C("other", 50000, "fined E50,000", note="money"),
        ],
        released_names=["Bheki Makhubu", "Thulani Maseko"],
        alias_groups={},
        not_released_names=["Mario Masuku", "Maxwell Dlamini"],
        other_event_released_names=[],
        other_people=["Michael Ramodibedi", "Bhantshana Gwebu", "Lerato Mokoena", "Mandla Maseko", "Mswati III",
                      "Nomsa Dube"],
        distractors=["Mandla Maseko is the brother (same surname)",
                     "15 months; two-year sentences; 17 and 18 March 2014; 17 July 2014; acts of 2008 and 1938",
                     "demands to release Masuku and Dlamini are not releases",
                     "phone numbers in the contact block"],
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
    if len({g['file'] for g in GOLD}) != len(GOLD):
        err("duplicate file in GOLD")
    for g in GOLD:
        f = g["file"]
        path = os.path.join(ART, f)
        if not os.path.exists(path):
            err(f"{f}: missing article")
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{f}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{f}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{f}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{f}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    err(f"{f}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    err(f"{f}: where not found: {c['where']!r}")
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
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                err(f"{f}: alias-group key {k!r} is not a listed name")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{f}: alias not found: {a!r}")
                if a in seen:
                    err(f"{f}: alias {a!r} is also a listed name")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in GOLD:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    n_counts = sum(len(g["counts"]) for g in GOLD)
    n_names = sum(len(g[k]) for g in GOLD for k in NAME_LISTS)
    print(f"wrote {len(GOLD)} records ({n_counts} counts, {n_names} names); checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
