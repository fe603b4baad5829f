#!/usr/bin/env python3
"""Gold for devset_g (blind, held-out-style). Writes gold.jsonl and checks that every
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
    dict(
        file="001_israel_pflpgc_exchange_1985.txt", published="1985-05-21", outlet="AP wire archive page",
        event="Israel frees 1,150 prisoners for three soldiers held by PFLP-GC (Jibril exchange), 1985-05-20",
        counts=[
            C("exchanged", 1150, "Israel on Monday freed 1,150 Palestinian and other Arab prisoners"),
            C("exchanged", 3, "in exchange for three Israeli soldiers held for nearly three years"),
            C("transferred_to", 394, "394 of the prisoners were flown to Geneva", where="Geneva",
              note="most then flew on to Tripoli, Libya"),
            C("released", 600, "About 600 were set free inside Israel", qualifier="about",
              note="subset of the 1,150 released to their homes"),
            C("transferred_to", 156, "The remaining 156 were driven in Red Cross buses to the Kuneitra crossing on the Golan Heights and handed over to Syria",
              where="Syria"),
            C("other", 200, "some two hundred relatives and friends", qualifier="about", note="relatives at airport"),
            C("other", 26, "26 people were killed", note="casualties of 1972 Lod attack"),
            C("other", 167, "167 who had been convicted of murder or attempted murder", note="subset of the 1,150"),
            C("released", 4500, "Israel freed some 4,500 Palestinian and Lebanese detainees", qualifier="about",
              note="earlier event (November 1983 Ansar exchange)"),
            C("exchanged", 6, "in exchange for six soldiers held by Yasser Arafat's Fatah",
              note="earlier event (November 1983)"),
            C("remaining_held", 760, "Israel still holds about 760 Lebanese Shiite detainees", qualifier="about",
              note="Atlit detainees, a different group still held by Israel"),
            C("other", 3, "The fate of three other soldiers missing", note="missing, fate unknown; not stated as held"),
        ],
        released_names=["Kozo Okamoto", "Hezi Shai", "Yosef Grof", "Nissim Salem"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Martin Halevy", "Ruth Shai", "Avraham Grof", "Ahmed Jibril", "Alain Modoux", "Shimon Peres",
                      "Yitzhak Rabin", "Geula Cohen", "Yasser Arafat", "Jean-Claude Pointet"],
        distractors=["Ruth Shai (mother) and Avraham Grof (father) share surnames with freed soldiers",
                     "Okamoto 37, life sentence, 1972 are not counts of people",
                     "'Several hundred had served less than half their sentences' is vague",
                     "AP Photo credit JEAN-CLAUDE POINTET (all caps)"],
    ),
    dict(
        file="002_south_africa_sisulu_1989.txt", published="1989-10-16", outlet="UK regional newspaper (print page, local angle)",
        event="South Africa frees Walter Sisulu and seven other veteran prisoners, 1989-10-15",
        counts=[
            C("released", 8, "one of eight veteran prisoners freed by the South African government"),
            C("other", 5, "Five of them were sentenced to life imprisonment with Nelson Mandela", note="subset of the eight"),
            C("other", 7, "Seven of the eight were flown from Cape Town to Johannesburg",
              note="subset of the eight; domestic flight before release, not a transfer abroad"),
            C("remaining_held", 300, "more than 300 political prisoners remain in South African jails", qualifier="more_than",
              note="Human Rights Commission estimate"),
            C("other", 12, "About a dozen people signed a message", qualifier="about", note="local supporters"),
            C("other", 16, "Lebanese MPs enter 16th day of talks in Taif", note="page noise"),
        ],
        released_names=["Walter Sisulu", "Ahmed Kathrada", "Raymond Mhlaba", "Andrew Mlangeni", "Elias Motsoaledi",
                        "Wilton Mkwayi", "Oscar Mpetha", "Jafta Masemola"],
        alias_groups={},
        not_released_names=["Nelson Mandela"],
        other_event_released_names=["Govan Mbeki"],
        other_people=["Helen Garside", "Albertina Sisulu", "Zwelakhe Sisulu", "F.W. de Klerk", "Kobie Coetsee",
                      "Derek Whitfield"],
        distractors=["Albertina Sisulu (wife) and Zwelakhe Sisulu (son) share the releasee's surname",
                     "ages 77, 80, 71 and '26 years in prison' are not counts",
                     "Mandela also referred to as 'Nelson' and 'Mr Mandela'",
                     "Three held after Hartlepool dock fire (page noise; arrest)"],
    ),
    dict(
        file="003_lebanon_anderson_feature.txt", published="2011-12-03", outlet="weekend long-read feature (retrospective)",
        event="Terry Anderson, last US hostage in Lebanon, freed 1991-12-04 (feature with release in the middle)",
        counts=[
            C("released", 9, "Between August and December 1991, nine Western hostages walked free",
              note="cumulative (includes Anderson as the ninth)"),
            C("other", 17, "the 17 prisoners whose release had been Islamic Jihad's original price",
              note="escaped from Kuwaiti jails in 1990, not a release"),
            C("released", 25, "Israel, for its part, had freed 25 Lebanese prisoners",
              note="earlier event (the previous Saturday; linked concession)"),
            C("remaining_held", 2, "two German aid workers, Heinrich Strübig and Thomas Kemptner, were still being held",
              note="as of the main event (December 1991)"),
            C("other", 100, "Of the roughly 100 foreigners kidnapped in Lebanon", qualifier="about",
              note="cumulative kidnappings 1982-1992"),
            C("other", 8, "at least eight died in captivity", qualifier="at_least"),
            C("other", 2454, "He had been held for 2,454 days", note="duration"),
            C("other", 2, "freed Weir and two other Americans",
              note="earlier event (mid-1980s arms-for-hostages); Weir plus two others, three in all"),
            C("other", 4000, "Inside the prison where 4,000 were tortured", note="page noise"),
            C("other", 12, "Quiz: 12 questions", note="page noise"),
        ],
        released_names=["Terry Anderson"],
        alias_groups={},
        not_released_names=["Heinrich Strübig", "Thomas Kemptner", "Mohammed Hamadi", "Abbas Hamadi"],
        other_event_released_names=["Brian Keenan", "John McCarthy", "Benjamin Weir", "Edward Tracy", "Jackie Mann",
                                    "Jesse Turner", "Terry Waite", "Thomas Sutherland", "Joseph Cicippio", "Alann Steen"],
        other_people=["Claire Dunmore", "Don Mell", "William Buckley", "William Higgins", "Peggy Say",
                      "Madeleine Bassil", "Sulome Anderson", "Javier Pérez de Cuéllar", "Giandomenico Picco",
                      "Greg English"],
        distractors=["Sulome Anderson is the daughter (same surname, not a releasee)",
                     "Hamadi brothers are convicts in German prisons whose release the kidnappers sought (still held)",
                     "Buckley died and Higgins was killed in captivity (not released)",
                     "Weir freed in the mid-1980s arms-for-hostages dealing ('Weir and two other Americans')",
                     "Comments (38); 'seven years'; 'tenth anniversary'"],
    ),
    dict(
        file="004_colombia_farc_explainer_2012.txt", published="2012-04-03", outlet="broadcaster explainer/timeline page",
        event="FARC frees its last ten police and soldier hostages, 2012-04-02 (timeline of earlier releases)",
        counts=[
            C("released", 10, "freed the last ten police officers and soldiers it held"),
            C("transferred_to", 10, "All ten were flown to Villavicencio", where="Villavicencio",
              note="domestic handover city"),
            C("remaining_held", 400, "may still hold as many as 400 civilians", qualifier="about",
              note="claim by País Libre; upper bound ('as many as'), disputed"),
            C("released", 4, "The rebels release four former members of Congress", note="earlier event (February 2008)"),
            C("released", 6, "the FARC frees six captives", note="earlier event (February 2009)"),
            C("released", 5, "Five more hostages go free", note="earlier event (February 2011)"),
            C("released", 10, "The last ten \"exchangeable\" police and soldiers are freed",
              note="timeline restatement of the main event"),
            C("other", 12, "the only survivor of 12 regional lawmakers kidnapped in 2002"),
            C("other", 11, "Eleven of them were killed in 2007"),
            C("other", 20, "at least 20 members of the security forces remain unaccounted for", qualifier="at_least",
              note="missing; FARC says it holds none - not stated as held"),
            C("other", 1300, "some 1.300 people remain missing", qualifier="about", note="missing, all armed groups"),
            C("other", 2500000000, "more than 2.500 million pesos", qualifier="more_than", note="money"),
            C("other", 40, "Brazil: 40 dead in Rio floods", note="page noise"),
        ],
        released_names=["Jorge Trujillo Solarte", "Jorge Humberto Romero", "José Libardo Forero", "Carlos José Duarte",
                        "Wilson Rojas Medina", "César Augusto Lasso Monsalve", "Luis Alfonso Beltrán Franco",
                        "Luis Arturo Arcia", "Robinson Salcedo Guarín", "Luis Alfredo Moreno"],
        alias_groups={"César Augusto Lasso Monsalve": ["Lasso"]},
        not_released_names=[],
        other_event_released_names=["Clara Rojas", "Consuelo González", "Gloria Polanco", "Luis Eladio Pérez",
                                    "Orlando Beltrán", "Jorge Eduardo Gechem", "Alan Jara", "Sigifredo López",
                                    "Pablo Emilio Moncayo", "Josué Daniel Calvo", "Guillermo Solórzano"],
        other_people=["Piedad Córdoba", "Juan Manuel Santos", "Íngrid Betancourt", "Hugo Chávez", "Gustavo Moncayo",
                      "Mariana Ospina", "Tom Keller"],
        distractors=["Orlando Beltrán (2008) vs Luis Alfonso Beltrán Franco (2012): same surname, different events",
                     "Wilson Rojas Medina (2012) vs Clara Rojas (2008)",
                     "Gustavo Moncayo is the father of Pablo Emilio Moncayo",
                     "Emmanuel (Rojas's son, first name only) was found in foster care, not a hostage release",
                     "'more than 14 years', '13 years and four months' are durations",
                     "March 2010 entry has two names but no numeral"],
    ),
    dict(
        file="005_iran_pardon_statement_2023.txt", published="2023-03-14", outlet="translated government statement (judiciary) with editor's context box",
        event="Iran judiciary reports 82,656 pardoned under Khamenei's February 2023 amnesty",
        counts=[
            C("released", 82656, "82,656 accused and convicted persons have so far benefited from the pardon and have been released",
              note="pardoned total; includes people whose proceedings were terminated"),
            C("other", 22628, "22,628 persons were arrested in connection with the recent riots", note="subset of the 82,656"),
            C("other", 19000, "at least 19,000 people had been detained", qualifier="at_least",
              note="cumulative arrests since September 2022 (NGO estimate)"),
            C("other", 4, "At least four protesters have been executed", qualifier="at_least"),
            C("other", 7, "Statement on the release of 7 foreign nationals (2022)", note="page noise (related documents list)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Narges Mohammadi", "Toomaj Salehi"],
        other_event_released_names=["Farhad Meysami"],
        other_people=["Gholamhossein Mohseni-Ejei", "Ali Khamenei", "Masoud Setayeshi", "Mahsa Amini", "Jafar Panahi",
                      "Parisa Nouri", "Sam Whitlock"],
        distractors=["'tens of thousands' (vague quantifier)",
                     "Jafar Panahi was released on bail (bail is not a release)",
                     "Meysami freed 3 February, before the pardon (separate event)",
                     "dates 16 Bahman 1401 / 1 Farvardin 1401 are not counts",
                     "no individual releasee of the main event is named"],
    ),
    dict(
        file="006_thailand_thaksin_parole_2024.txt", published="2024-02-18", outlet="Bangkok regional English-language paper (cookie banner, comments)",
        event="Thaksin Shinawatra released on parole in Bangkok, 2024-02-18",
        counts=[
            C("released", 930, "one of 930 inmates granted parole this month", note="parole batch including Thaksin"),
            C("other", 270000, "Thailand's prisons held some 270,000 inmates", qualifier="about",
              note="general prison population, not a still-held count for this event"),
            C("other", 2, "Pheu Thai wins 2 by-elections", note="page noise"),
            C("other", 14, "Hua Hin crash: 14 tourists injured", note="page noise"),
        ],
        released_names=["Thaksin Shinawatra"],
        alias_groups={},
        not_released_names=["Arnon Nampa"],
        other_event_released_names=[],
        other_people=["Wassana Kittikhun", "Pongsak Rattanawong", "Paetongtarn Shinawatra", "Sahakarn Phetchnarin",
                      "Tawee Sodsong", "Srettha Thavisin", "Rangsiman Rome", "Yingluck Shinawatra"],
        distractors=["Yingluck Shinawatra is in self-exile, not held",
                     "Paetongtarn Shinawatra (daughter) shares the releasee's surname",
                     "eight years / one year / four years / five years are sentences; 74 is age; 15 years of exile",
                     "125 comments"],
    ),
    dict(
        file="007_china_us_three_americans_2024.txt", published="2024-11-28", outlet="broadcaster web page (cookie banner, video player residue)",
        event="China frees Mark Swidan, Kai Li and John Leung in a prisoner exchange, 2024-11-27",
        counts=[
            C("released", 3, "China has released three Americans"),
            C("remaining_held", 200, "about 200 Americans remain imprisoned or detained in China", qualifier="about",
              note="Dui Hua Foundation estimate"),
            C("other", 10, "sentenced to 10 years", note="sentence"),
            C("other", 3, "Ukraine war: 3 killed in Kharkiv strike", note="page noise"),
            C("other", 55, "UK MPs back assisted dying bill by 55 votes", note="page noise"),
        ],
        released_names=["Mark Swidan", "Kai Li", "John Leung"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["David Lin"],
        other_people=["Katherine Swidan", "Harrison Li", "Joe Biden", "Xi Jinping", "Antony Blinken", "Michael McCaul"],
        distractors=["'several Chinese nationals' released by the US in return (unnamed, no number)",
                     "'Dozens more are subject to exit bans' (vague, not detention)",
                     "Katherine Swidan (mother) and Harrison Li (son) share surnames with releasees",
                     "John Leung, 78, age"],
    ),
    dict(
        file="008_uzbekistan_bekjanov_ngo_2017.txt", published="2017-02-23", outlet="NGO press release",
        event="Uzbekistan frees journalist Muhammad Bekjanov after nearly 18 years, 2017-02-22",
        counts=[
            C("remaining_held", 6, "at least six journalists remain imprisoned in Uzbekistan", qualifier="at_least"),
            C("other", 15, "sentenced to 15 years in prison", note="sentence"),
        ],
        released_names=["Muhammad Bekjanov"],
        alias_groups={},
        not_released_names=["Yusuf Ruzimuradov", "Solijon Abdurakhmanov"],
        other_event_released_names=["Murod Juraev"],
        other_people=["Nina Bekjanova", "Aygul Bekjanova", "Muhammad Salih", "Katarzyna Lenz", "Shavkat Mirziyoyev",
                      "Islam Karimov", "Jonas Ebert"],
        distractors=["Nina Bekjanova (wife) and Aygul Bekjanova (daughter): surname variants of the releasee",
                     "Muhammad Salih is his brother (exiled, not held)",
                     "'17 years and 11 months', 'four years and eight months', '21 years' are durations",
                     "'thousands of people remain imprisoned' (vague)", "founded in 2004; five Central Asian countries"],
    ),
    dict(
        file="009_niger_arlit_hostages_translated.txt", published="2013-10-30", outlet="French daily, machine-assisted translation",
        event="Four French Arlit hostages freed in the Sahel, 2013-10-29",
        counts=[
            C("released", 4, "The four French hostages of Arlit freed"),
            C("transferred_to", 4, "The four ex-hostages were flown to Niamey", where="Niamey"),
            C("remaining_held", 7, "seven French nationals remain held hostage in the world"),
            C("other", 4, "four journalists kidnapped in June", note="subset of the seven still held (Syria)"),
            C("other", 7, "an armed commando seized seven people in Arlit", note="original kidnapping 2010"),
            C("released", 3, "Three of them, among them Françoise Larribe, the wife of Daniel Larribe, who suffers from cancer, were freed in February 2011",
              note="earlier event (February 2011)"),
            C("other", 1139, "1 139 days of captivity", note="duration (French-style thousands separator)"),
            C("other", 20000000, "a ransom of more than 20 million euros", qualifier="more_than", note="money (reported, denied)"),
            C("other", 2, "Mali: 2 Malian soldiers killed in Tessalit", note="page noise"),
            C("other", 12, "the 12 French ministers of foreign affairs", note="page noise"),
        ],
        released_names=["Thierry Dol", "Daniel Larribe", "Pierre Legrand", "Marc Féret"],
        alias_groups={},
        not_released_names=["Serge Lazarevic", "Gilberto Rodriguez Leal", "Francis Collomp", "Didier François",
                             "Édouard Elias", "Nicolas Hénin", "Pierre Torres"],
        other_event_released_names=["Françoise Larribe"],
        other_people=["Anne-Laure Mercier", "François Hollande", "Mahamadou Issoufou", "Jean-Yves Le Drian",
                      "Laurent Fabius", "Mohamed Akotey", "Luc Oursel", "Abdelhamid Abou Zeid", "Philippe Verdon"],
        distractors=["Françoise Larribe (wife, same surname) was freed in 2011 (earlier event)",
                     "expected at Villacoublay on Wednesday (planned onward transfer, no number)",
                     "Philippe Verdon found dead (not released)", "Reactions (217)",
                     "Pierre Legrand, 28 (age)"],
    ),
    dict(
        file="010_bangladesh_liveblog_2024.txt", published="2024-08-06", outlet="liveblog with timestamps (reverse chronological)",
        event="Bangladesh: Khaleda Zia and student-protest detainees freed after Hasina's fall, 2024-08-06",
        counts=[
            C("remaining_held", 9, "all but nine of the 1,192 people held in Dhaka jails over the student protests had walked free",
              note="inferred from 'all but nine' (Dhaka only)"),
            C("other", 1192, "the 1,192 people held in Dhaka jails",
              note="detainees before the release; all but nine freed (1,183 implied)"),
            C("other", 400, "The death toll from the unrest since mid-July has risen to more than 400", qualifier="more_than",
              note="casualties"),
            C("other", 518, "518 inmates escaped from Sherpur district jail", note="jailbreak, not a release"),
            C("other", 11000, "More than 11,000 people were arrested", qualifier="more_than", note="cumulative arrests"),
            C("other", 17, "serving a 17-year sentence", note="sentence"),
            C("other", 1204, "Comments (1,204)", note="page noise"),
        ],
        released_names=["Khaleda Zia", "Mir Ahmad Bin Quasem"],
        alias_groups={"Mir Ahmad Bin Quasem": ["Armaan"]},
        not_released_names=["Abdullahil Amaan Azmi"],
        other_event_released_names=[],
        other_people=["Farhan Chowdhury", "Rachel Hurst", "Mohammed Shahabuddin", "Sheikh Hasina", "Muhammad Yunus",
                      "Mir Quasem Ali", "Ghulam Azam", "Mirza Fakhrul Islam Alamgir", "Tarique Rahman",
                      "Waker-uz-Zaman", "Nahid Islam", "Asif Mahmud"],
        distractors=["Mir Quasem Ali (father, executed) vs Mir Ahmad Bin Quasem (son, freed)",
                     "Tarique Rahman (son) lives in London, not held",
                     "Sheikh Hasina resigned and fled (not detention)",
                     "ages 78; 'eight years'; timestamps 19:58 etc."],
    ),
    dict(
        file="011_saudi_badawi_oped_2022.txt", published="2022-03-14", outlet="op-ed / guest essay",
        event="Saudi blogger Raif Badawi released after completing 10-year sentence, 2022-03-11",
        counts=[
            C("other", 1000, "the 1,000 lashes", note="punishment"),
            C("other", 50, "the first 50 of the 1,000 lashes", note="punishment"),
            C("other", 81, "the kingdom executed 81 men in a single day", note="executions"),
            C("other", 7, "Ukraine war: 7 key moments", note="page noise"),
        ],
        released_names=["Raif Badawi"],
        alias_groups={},
        not_released_names=["Waleed Abulkhair", "Mohammad al-Qahtani", "Salman al-Odah"],
        other_event_released_names=["Samar Badawi"],
        other_people=["Lina Haddad", "Ensaf Haidar", "Abdullah al-Hamid", "Mohammed bin Salman"],
        distractors=["Samar Badawi (sister, same surname) freed last year (earlier event)",
                     "children Najwa, Doudi and Miriyam (first names only)",
                     "al-Qahtani remains held although his sentence ended",
                     "Abdullah al-Hamid died in custody (not released)",
                     "10-year sentence, 10-year travel ban, one million riyals, 15-year sentence"],
    ),
    dict(
        file="012_algeria_hirak_drareni_translated.txt", published="2021-02-20", outlet="Algerian francophone daily, translated",
        event="Algeria frees Khaled Drareni and about 30 Hirak detainees after Tebboune pardon, 2021-02-19",
        counts=[
            C("released", 33, "33 detainees were effectively released on Friday"),
            C("released", 30, "some thirty Hirak detainees freed", qualifier="about",
              note="vague quantifier ('some thirty'); headline approximation of the 33"),
            C("released", 60, "a measure of pardon in favour of \"some sixty\" detainees", qualifier="about",
              note="planned: pardon announced, remaining beneficiaries to be freed later"),
            C("remaining_held", 70, "more than 70 detainees of opinion were still behind bars", qualifier="more_than",
              note="CNLD figure, Friday evening"),
            C("other", 2500, "more than 2 500 people have been arrested", qualifier="more_than",
              note="cumulative arrests since 2019 (space thousands separator)"),
            C("other", 11, "He had spent nearly 11 months in detention", qualifier="about", note="duration"),
            C("other", 186, "Covid-19: 186 new cases", note="page noise"),
            C("other", 3, "3 deaths in 24 hours", note="page noise"),
        ],
        released_names=["Khaled Drareni", "Rachid Nekkaz", "Brahim Laalami"],
        alias_groups={},
        not_released_names=["Yacine Mebarki"],
        other_event_released_names=["Walid Nekkiche"],
        other_people=["Samia Benali", "Abdelmadjid Tebboune", "Belkacem Zeghmati", "Kaci Tansaout",
                      "Abdelghani Badi", "Ammar Belhimer"],
        distractors=["Said Boudour 'would be released on Sunday' (planned; in no list)",
                     "'dozens of colleagues', 'hundreds have been tried' (vague)",
                     "second anniversary; 22 February 2019; two years of prison"],
    ),
    dict(
        file="013_rwanda_ingabire_2018.txt", published="2018-09-16", outlet="regional East African paper",
        event="Rwanda frees Victoire Ingabire, Kizito Mihigo and 2,138 others (2,140), 2018-09-15",
        counts=[
            C("released", 2140, "among 2,140 freed"),
            C("other", 2138, "The remaining 2,138 prisoners were granted early release on parole",
              note="subset of the 2,140 (parole)"),
            C("other", 95, "Ninety-five of those released were women", note="subset of the 2,140"),
            C("remaining_held", 8, "eight other party members arrested in September 2017 were not included in the release and remain in prison",
              note="inferred: eight others besides Twagirimana (nine FDU members in all)"),
            C("other", 60000, "Rwanda's prisons hold about 60,000 inmates", qualifier="about", note="general prison population"),
            C("other", 3, "Kigali: 3 arrested over fake university degrees", note="page noise"),
            C("other", 12, "Heavy rains kill 12", note="page noise"),
        ],
        released_names=["Victoire Ingabire Umuhoza", "Kizito Mihigo"],
        alias_groups={},
        not_released_names=["Diane Rwigara", "Adeline Rwigara", "Boniface Twagirimana"],
        other_event_released_names=[],
        other_people=["Jean-Paul Nsengiyumva", "Paul Kagame", "Johnston Busingye"],
        distractors=["Diane and Adeline Rwigara (daughter and mother) both still held",
                     "15-year and 10-year sentences; 49 (age); 'nearly eight years'",
                     "'Five things to know' (page noise, word)"],
    ),
    dict(
        file="014_libya_saadi_gaddafi_2021.txt", published="2021-09-06", outlet="broadcaster web page (video residue)",
        event="Libya releases Saadi Gaddafi from al-Hadba prison; he flies to Istanbul, 2021-09-05",
        counts=[
            C("other", 42, "Gaddafi ruled Libya for 42 years", note="duration"),
            C("other", 3, "Three of his sons were killed during the uprising"),
            C("other", 5, "5 things to know", note="page noise"),
            C("other", 9, "Nine migrants die off Libyan coast", note="page noise"),
        ],
        released_names=["Saadi Gaddafi", "Ahmed Ramadan"],
        alias_groups={},
        not_released_names=["Abdullah al-Senussi", "Hannibal Gaddafi"],
        other_event_released_names=["Saif al-Islam"],
        other_people=["Muammar Gaddafi", "Bashir al-Rayani", "Abdul Hamid Dbeibah", "Halima Abdel Rahman",
                      "Mohammed al-Menfi", "Musa al-Sadr", "Malik Traina"],
        distractors=["Hannibal Gaddafi (brother, same surname) held in Lebanon",
                     "Saif al-Islam was released by an armed group in 2017 (earlier event)",
                     "no core counts in this article (single release; 47 = age)",
                     "Video Duration 02 minutes 11 seconds"],
    ),
    dict(
        file="015_pakistan_davis_court_2011.txt", published="2011-03-17", outlet="Pakistani newspaper court report",
        event="Lahore court acquits Raymond Davis after diyat; flown out of Pakistan, 2011-03-16",
        counts=[
            C("other", 18, "18 legal heirs of Muhammad Faheem and Faizan Haider", note="heirs who pardoned"),
            C("other", 200000000, "the heirs had been paid Rs200 million", note="money (blood money)"),
            C("other", 86, "serving an 86-year sentence", note="sentence"),
        ],
        released_names=["Raymond Allen Davis"],
        alias_groups={},
        not_released_names=["Aafia Siddiqui"],
        other_event_released_names=[],
        other_people=["Muhammad Faheem", "Faizan Haider", "Muhammad Yousaf Aujla", "Rana Sanaullah", "Asad Manzoor Butt",
                      "Waseem Shamshad", "Shumaila Kanwal", "Ibad-ur-Rehman", "Hillary Clinton", "Cameron Munter"],
        distractors=["unnamed Pakistan Steel Mills official granted bail (not a release)",
                     "'reportedly bound for Kabul' (no count)", "Section 309 and 310; Rs2.6 billion",
                     "Faheem, Haider and Ibad-ur-Rehman were killed (victims)"],
    ),
    dict(
        file="016_iraq_tsurkov_brief_2025.txt", published="2025-09-09", outlet="Reuters-style wire brief",
        event="Elizabeth Tsurkov freed in Iraq, 2025-09-09",
        counts=[
            C("other", 900, "freed in Iraq after over 900 days", qualifier="more_than", note="duration"),
        ],
        released_names=["Elizabeth Tsurkov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Timour Hadid", "Donald Trump", "Mohammed Shia al-Sudani", "Benjamin Netanyahu", "Emma Tsurkov",
                      "Maayan Lubell", "Alex Richardson"],
        distractors=["Emma Tsurkov (sister, same surname)",
                     "reported demand for release of an unnamed Iranian held in Israel (no name, unconfirmed)"],
    ),
    dict(
        file="017_afghanistan_corbett_swap_2025.txt", published="2025-01-21", outlet="broadcaster web page",
        event="Taliban free Ryan Corbett and William McKenty in exchange for Khan Mohammad, 2025-01-21",
        counts=[
            C("released", 2, "The Taliban have freed two American citizens"),
            C("transferred_to", 2, "The two Americans were flown to Doha", where="Doha"),
            C("remaining_held", 2, "at least two other Americans remain in Taliban custody", qualifier="at_least"),
            C("exchanged", 3, "in exchange for three senior militants", note="earlier event (November 2019)"),
            C("other", 26, "Trump signs 26 executive orders", note="page noise"),
            C("other", 28, "Wildfires: 28 dead", note="page noise"),
            C("released", 7, "Kenya: 7 abducted government critics freed", note="page noise; earlier event (unrelated headline)"),
        ],
        released_names=["Ryan Corbett", "William McKenty", "Khan Mohammad"],
        alias_groups={},
        not_released_names=["Mahmood Habibi"],
        other_event_released_names=["Kevin King", "Timothy Weeks", "Anas Haqqani"],
        other_people=["Nadia Farooqi", "Ben Whitaker", "Abdul Qahar Balkhi", "Anna Corbett", "Joe Biden",
                      "Donald Trump", "Roger Carstens"],
        distractors=["Khan Mohammad is the other side of the swap (counted as released)",
                     "'in exchange for two American nationals' restates the two",
                     "Anna Corbett (wife, same surname)", "Comments (96)"],
    ),
    dict(
        file="018_north_korea_ling_lee_2009.txt", published="2009-08-05", outlet="broadcaster web page (comments, related links)",
        event="North Korea pardons US journalists Laura Ling and Euna Lee after Bill Clinton visit, 2009-08-04/05",
        counts=[
            C("released", 2, "Two American journalists pardoned by North Korean leader Kim Jong-il"),
            C("remaining_held", 4, "Four fishermen on the South Korean squid boat 800 Yeonan were taken into custody",
              note="still held (plus Yu Seong-jin); boat name contains 800"),
            C("other", 12, "sentenced them to 12 years", note="sentence"),
            C("other", 2, "North Korea fires 2 short-range missiles", note="page noise"),
            C("other", 3, "Canada: 3 charged in passport fraud ring", note="page noise"),
        ],
        released_names=["Laura Ling", "Euna Lee"],
        alias_groups={},
        not_released_names=["Yu Seong-jin"],
        other_event_released_names=[],
        other_people=["Kim Jong-il", "Bill Clinton", "Michael Saldate", "Lisa Ling", "Iain Clayton", "Mitch Koss",
                      "Al Gore", "Hillary Clinton", "Barack Obama", "Chun Hae-sung", "Hyun Jeong-eun"],
        distractors=["Lisa Ling (sister, same surname) is not a releasee",
                     "Hana (daughter, first name only)", "Mitch Koss escaped arrest (never held)",
                     "ages 32/36, four-year-old, 'Thirty hours ago', 'more than three hours'",
                     "Comments 412 | Recommend 88"],
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
            if c["qualifier"] not in {"exact", "more_than", "at_least", "about"}:
                print(f"{g['file']}: bad qualifier {c['qualifier']}", file=sys.stderr)
                ok = False
            if (c["kind"] == "transferred_to") != bool(c["where"]):
                print(f"{g['file']}: transferred_to needs where (and only it): {c['quote']!r}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for canon, aliases in g["alias_groups"].items():
            for n in [canon] + aliases:
                if n.casefold() not in low:
                    print(f"{g['file']}: alias not found: {n!r}", file=sys.stderr)
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
