#!/usr/bin/env python3
"""Gold for devset_e (blind, held-out-style; written independently of the extractor).
Writes gold.jsonl and checks that every quote is an exact substring of its article and every
name occurs in it (names: case-insensitive, for all-caps bylines/credits)."""
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
        file="001_nigeria_dapchi_girls.txt", published="2018-03-22", outlet="Nigerian national daily (regional desk; ads, related/most-read lists)",
        event="Boko Haram returns Dapchi schoolgirls; Leah Sharibu still held, 2018-03-21",
        counts=[
            C("released", 101, "had returned 101 of the 110 schoolgirls",
              note="claim by the information minister (initial figure); superseded by the 104 headcount"),
            C("released", 104, "put the number of returned students at 104", note="updated headcount, same event"),
            C("other", 110, "110 schoolgirls", note="total abducted"),
            C("other", 5, "five of the girls died in captivity", note="died; not released, not held"),
            C("remaining_held", 1, "This leaves one girl, Leah Sharibu, still in the hands of the insurgents"),
            C("other", 276, "the April 2014 kidnapping of 276 girls", note="Chibok abduction total (other event)"),
            C("released", 21, "21 of the Chibok girls were freed", note="earlier event (Chibok, October 2016)"),
            C("remaining_held", 100, "More than 100 Chibok girls are still in captivity", qualifier="more_than",
              note="earlier event (Chibok abduction, 2014); not this event's still-held figure"),
            C("other", 9, "a convoy of nine vehicles"),
            C("other", 17, "rebuild 17 schools", note="page noise"),
            C("other", 12, "12 killed as tanker explodes", note="page noise"),
        ],
        released_names=["Aisha Grema"],
        alias_groups={},
        not_released_names=["Leah Sharibu"],
        other_event_released_names=[],
        other_people=["Ibrahim Bukar", "Olalekan Adeyemi", "Lai Mohammed", "Nathan Sharibu", "Rebecca Sharibu",
                      "Muhammadu Buhari", "Bashir Manzo", "Ibrahim Gaidam", "Garba Shehu", "Tukur Buratai", "Kabiru Adamu"],
        distractors=["'My daughter Fatima is back' (first name only; Manzo's daughter, a returnee)",
                     "Leah Sharibu's parents Nathan and Rebecca share her surname",
                     "15-year-old / 16 / 30 days / more than two years / 7:45 a.m. / Comments (87)",
                     "N362 to dollar; Court remands 5 suspects (page noise)"],
    ),
    dict(
        file="002_haiti_missionaries_freed.txt", published="2021-12-16", outlet="AP wire",
        event="400 Mawozo gang frees last 12 Christian Aid Ministries hostages in Haiti, 2021-12-16",
        counts=[
            C("released", 12, "The 12 remaining members of a U.S.-based missionary group who were kidnapped by a notorious gang in Haiti two months ago have been freed"),
            C("other", 17, "The group of 17", note="total abducted"),
            C("other", 16, "16 Americans and one Canadian", note="subset (nationalities of the 17)"),
            C("other", 5, "Five children were among them", note="subset of the 17"),
            C("released", 2, "Two of the hostages were released in November", note="earlier event (November 2021)"),
            C("released", 3, "three others were freed on Dec. 5", note="earlier event (5 December 2021)"),
            C("remaining_held", 12, "believed to still be holding more than a dozen Haitians", qualifier="more_than",
              note="other victims of the same gang still held"),
            C("other", 949, "at least 949 kidnappings had been reported", qualifier="at_least", note="kidnapping statistics"),
            C("other", 234, "up from 234 for the same period in 2020", note="kidnapping statistics"),
        ],
        released_names=[],
        alias_groups={"Danica Coto": ["Dánica Coto"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Evens Sanon", "Danica Coto", "Liszt Quitel", "Wilson Joseph", "Jovenel Moïse", "Ariel Henry",
                      "Gédéon Jean", "Ned Price", "Weston Showalter", "Mark Stevenson"],
        distractors=["hostages not named by the organisation", "$1 million ransom per person",
                     "8-month-old baby", "Oct. 16 / July 7 dates", "Wilson Joseph is the gang leader"],
    ),
    dict(
        file="003_colombia_eln_diaz_es.txt", published="2023-11-09", outlet="Colombian daily, machine-translated from Spanish",
        event="ELN frees Luis Manuel Díaz, father of footballer Luis Díaz, 2023-11-09",
        counts=[
            C("remaining_held", 38, "the ELN still holds at least 38 kidnapped people", qualifier="at_least",
              note="Ombudsman's Office figure"),
            C("other", 1200, "deployed 1.200 uniformed men", note="search operation (Spanish-style thousands separator)"),
            C("other", 237, "registered 237 kidnappings", note="national statistic Jan-Sept 2023"),
            C("released", 8, "the ELN freed eight members of the security forces", note="earlier event (August 2023, Arauca)"),
            C("other", 2300, "2.300 families affected", note="page noise"),
            C("other", 26, "the 26 called up", note="page noise"),
        ],
        released_names=["Luis Manuel Díaz"],
        alias_groups={"Luis Manuel Díaz": ["Mane Díaz"]},
        not_released_names=["Orlando Mendoza Ruiz"],
        other_event_released_names=["Cilenis Marulanda"],
        other_people=["Luis Díaz", "Pablo Beltrán", "Otty Patiño", "Gustavo Petro", "Carlos Camargo",
                      "Carlos Ruiz Massieu", "Ernesto Guzmán"],
        distractors=["Luis Díaz (the footballer son) is not the releasee; same first/last name as his father",
                     "Cilenis Marulanda was rescued by police on 28 October (separate, earlier)",
                     "twelve days / 58 years old / 69 % / 4.020 pesos / Comentarios (312)"],
    ),
    dict(
        file="004_israel_hezbollah_2008.txt", published="2008-07-16", outlet="Reuters wire",
        event="Israel frees Samir Kuntar and four Hezbollah fighters for the bodies of Goldwasser and Regev, 2008-07-16",
        counts=[
            C("exchanged", 4, "Israel freed Lebanese militant Samir Kuntar and four Hezbollah guerrillas",
              note="four guerrillas plus Kuntar"),
            C("exchanged", 5, "Israel freed Lebanese militant Samir Kuntar and four Hezbollah guerrillas",
              note="inferred total: Kuntar + four; acceptable"),
            C("other", 2, "the bodies of two Israeli soldiers", note="bodies returned, not releasees"),
            C("other", 199, "the remains of 199 Lebanese and Palestinian guerrillas", note="bodies, not releasees"),
            C("other", 1200, "about 1,200 people in Lebanon and 158 Israelis were killed", qualifier="about", note="war casualties"),
            C("other", 158, "158 Israelis were killed", note="war casualties"),
            C("other", 37, "37 Israelis were killed", note="1978 attack casualties"),
            C("released", 430, "it freed some 430 Arab prisoners", qualifier="about", note="earlier event (2004 exchange)"),
            C("other", 3, "the bodies of three soldiers", note="earlier event (2004); bodies"),
        ],
        released_names=["Samir Kuntar", "Maher Kourani", "Mohammed Srour", "Hussein Suleiman", "Khodr Zaidan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Elhanan Tannenbaum"],
        other_people=["Nadim Ladki", "Jeffrey Heller", "Ehud Goldwasser", "Eldad Regev", "Karnit Goldwasser", "Benny Regev",
                      "Dalal Mughrabi", "Ehud Olmert", "Hassan Nasrallah", "Michel Suleiman", "Fouad Siniora",
                      "Gerhard Conrad", "Ofer Dekel", "Mahmoud Abbas", "Ron Arad", "Laila Bassam", "Ari Rabinovitch",
                      "Richard Balmforth"],
        distractors=["Goldwasser and Regev were returned dead (bodies): not releasees",
                     "Hussein Suleiman (freed) vs President Michel Suleiman (official)",
                     "'release an unspecified number of Palestinian prisoners ... in the coming weeks' (planned, no number)",
                     "Ron Arad: fate unknown (not stated as held)", "22 votes to 3; 34-day war; nearly 30 years; 46"],
    ),
    dict(
        file="005_bergdahl_taliban_five.txt", published="2014-05-31", outlet="US broadcaster web page (cookie banner, video player, related)",
        event="Taliban free Sgt. Bowe Bergdahl; five Guantanamo detainees transferred to Qatar, 2014-05-31",
        counts=[
            C("exchanged", 5, "five Taliban detainees released"),
            C("transferred_to", 5, "five Afghan detainees were flown from Guantanamo to Qatar", where="Qatar"),
            C("remaining_held", 149, "The transfer leaves 149 detainees held at Guantanamo Bay",
              note="Guantanamo population after the transfer"),
            C("other", 680, "a peak of nearly 680 in 2003", qualifier="about", note="earlier Guantanamo population"),
            C("other", 18, "about 18 special operations troops", qualifier="about"),
            C("other", 18, "some 18 Taliban fighters", qualifier="about"),
            C("other", 30, "notify Congress 30 days", note="duration"),
        ],
        released_names=["Bowe Bergdahl", "Mohammad Fazl", "Norullah Noori", "Abdul Haq Wasiq", "Khairullah Khairkhwa",
                        "Mohammad Nabi Omari"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Barbara Starr", "Jim Sciutto", "Catherine E. Shoichet", "Barack Obama", "Jani Bergdahl",
                      "Bob Bergdahl", "Tamim bin Hamad Al Thani", "Chuck Hagel", "Mike Rogers", "John McCain",
                      "Sue Martin", "Elise Labott"],
        distractors=["Bob and Jani Bergdahl are the parents (same surname as the releasee)",
                     "'nearly five years' / 28 / 10:30 a.m. / 02:14 video time / 'at least a year' travel ban",
                     "'Who are the Taliban Five?' / '5 things to know about Guantanamo' (related links)"],
    ),
    dict(
        file="006_morocco_journalists_pardon_fr.txt", published="2024-07-30", outlet="French daily, translated from French (French-style numbers)",
        event="Mohammed VI Throne Day pardon incl. journalists Radi, Raissouni, Bouachrine, 2024-07-29",
        counts=[
            C("released", 1964, "1 964 were released", note="freed (pardoned for the remainder of their sentence)"),
            C("released", 2476, "the royal pardon benefits 2 476 people",
              note="inferred as released by many readers; total pardoned incl. 314 sentence reductions and 198 at liberty; acceptable, not required"),
            C("other", 2278, "2 278 are in detention", note="subset: pardoned detainees (1 964 freed + 314 reductions)"),
            C("other", 314, "314 obtain a reduction of their sentence", note="sentence reductions; not released"),
            C("other", 198, "The 198 others, who are at liberty", note="already at liberty; not a release"),
            C("remaining_held", 6, "Six leaders of the Hirak, the protest movement which shook the Rif region in 2016 and 2017, remain imprisoned"),
            C("released", 188, "the sovereign had already pardoned 188 people", note="earlier event (July 2018 Hirak pardon)"),
        ],
        released_names=["Omar Radi", "Soulaimane Raissouni", "Taoufik Bouachrine"],
        alias_groups={},
        not_released_names=["Nasser Zefzafi", "Nabil Ahamjik"],
        other_event_released_names=["Hajar Raissouni"],
        other_people=["Mohammed VI", "Alexandre Aublanc", "Driss Radi", "Khouloud Mokhtari", "Mohamed Messaoudi",
                      "Abdellatif Ouahbi", "Maâti Monjib"],
        distractors=["Hajar Raissouni (niece, pardoned 2019) vs Soulaimane Raissouni (freed now)",
                     "Driss Radi is Omar Radi's father", "'several dozens of people remain detained' (vague)",
                     "25th anniversary; 37 years old; six/five/fifteen/twenty years; 3 min.; Comments (146)"],
    ),
    dict(
        file="007_rsf_dubois_press_release.txt", published="2023-03-20", outlet="press-freedom NGO press release",
        event="JNIM frees French journalist Olivier Dubois and US aid worker Jeffery Woodke, Niamey, 2023-03-20",
        counts=[
            C("released", 2, "The two hostages were handed over to the Nigerien authorities"),
            C("transferred_to", 2, "The two hostages were handed over to the Nigerien authorities in Niamey", where="Niamey",
              note="inferred: handed over in Niger's capital; optional"),
            C("remaining_held", 64, "There are still 64 journalists held hostage worldwide"),
            C("other", 42, "42 of them in Syria", note="subset of the 64"),
            C("other", 711, "711 days in captivity", note="duration"),
            C("other", 113, "113th out of 180 countries", note="ranking"),
        ],
        released_names=["Olivier Dubois", "Jeffery Woodke"],
        alias_groups={},
        not_released_names=["Hamadoun Nialibouly", "Austin Tice"],
        other_event_released_names=[],
        other_people=["Christophe Deloire", "Déborah Al Hawat", "Canèle Bernard", "Sadibou Marong"],
        distractors=["'the only French hostage in the world' (no number)", "'dozens of events' vague",
                     "+33 1 44 83 84 84 phone number", "59th (ranking)"],
    ),
    dict(
        file="008_pakistan_indian_fishermen.txt", published="2023-05-14", outlet="Indian regional edition (city pages, top stories)",
        event="Pakistan frees 198 Indian fishermen, handed over at Attari-Wagah, 2023-05-11/13",
        counts=[
            C("released", 198, "Pakistan released the 198 fishermen"),
            C("transferred_to", 198, "198 Indian fishermen walked across the Attari-Wagah border", where="India",
              note="crossed into India / handed to BSF"),
            C("other", 184, "as many as 184 are from Gujarat", note="subset of the 198"),
            C("remaining_held", 456, "456 Indian fishermen are still lodged in Pakistani jails"),
            C("released", 200, "it will release another 200 fishermen on June 2", note="planned"),
            C("other", 1100, "Around 1,100 boats seized", qualifier="about", note="boats"),
            C("remaining_held", 100, "nearly 100 Pakistani fishermen are lodged in Indian jails", qualifier="about",
              note="other side: Pakistani fishermen held in India"),
            C("released", 20, "Pakistan had released 20 Indian fishermen", note="earlier event (last year)"),
            C("other", 135, "Congress wins 135 of 224 seats", note="page noise"),
            C("other", 3, "3 killed as bus overturns", note="page noise"),
        ],
        released_names=["Jeevan Solanki", "Mohan Bariya"],
        alias_groups={},
        not_released_names=["Haresh Bariya"],
        other_event_released_names=[],
        other_people=["Dhiraj Parmar", "Nazir Tunio", "Faisal Edhi", "Savita Solanki", "Somabhai Chauhan",
                      "Raghavji Patel", "Velji Masani"],
        distractors=["Haresh Bariya is the releasee's brother, still in Malir jail",
                     "Somabhai Chauhan died in jail (not released)", "Rs 5,000 / Rs 2 lakh / Rs 300 per day",
                     "'hundreds of families' vague", "up to four years; 52; 34"],
    ),
    dict(
        file="009_syria_sednaya_liveblog.txt", published="2024-12-09", outlet="UK newspaper live blog",
        event="Fall of Assad: prisoners freed from Sednaya and other jails, 2024-12-08",
        counts=[
            C("released", 3500, "its fighters had freed 3,500 prisoners", note="rebel statement; not independently verified"),
            C("transferred_to", 9, "nine Lebanese nationals freed from Syrian prisons crossed into Lebanon", where="Lebanon"),
            C("other", 600, "more than 600 Lebanese went missing", qualifier="more_than", note="missing, not stated as held"),
            C("other", 13000, "as many as 13,000 people were executed", note="executions 2011-2015"),
            C("released", 527, "527 detainees were released", note="earlier event (April 2022 amnesty)"),
            C("other", 112000, "more than 112,000 people remain forcibly disappeared", qualifier="more_than",
              note="forcibly disappeared; fate unknown (not a still-held count)"),
            C("other", 5, "five specialised emergency teams"),
            C("other", 108, "108 lawmakers of the ruling party walked out", note="unrelated live-blog entry"),
            C("other", 200, "the 200 votes needed", note="unrelated live-blog entry"),
        ],
        released_names=["Suhail Hamawi", "Raghid al-Tatari"],
        alias_groups={"Ahmed al-Sharaa": ["Abu Mohammed al-Jolani"]},
        not_released_names=["Austin Tice"],
        other_event_released_names=[],
        other_people=["Hannah Ellis-Petersen", "Tom Ambrose", "Bashar al-Assad", "Najib Mikati", "Joe Biden",
                      "Debra Tice", "Kim Yong-hyun", "Yoon Suk Yeol", "Raed al-Saleh", "Ahmed al-Sharaa",
                      "Mohammed Ghazi al-Jalali"],
        distractors=["'Thousands of prisoners have walked out' vague", "Assad fled to Moscow (not a release)",
                     "33 years / 43 years / 24-year rule", "Man City lose 2-1 (page noise)"],
    ),
    dict(
        file="010_venezuela_holt_brief.txt", published="2018-05-26", outlet="Reuters brief",
        event="Venezuela frees Joshua Holt and wife Thamara Caleño, 2018-05-26",
        counts=[
            C("remaining_held", 300, "more than 300 political prisoners remain in Venezuelan jails", qualifier="more_than",
              note="Foro Penal estimate"),
        ],
        released_names=["Joshua Holt", "Thamara Caleño"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Donald Trump", "Bob Corker", "Caleb McCarry", "Nicolas Maduro", "Laurie Holt", "Vivian Sequera",
                      "Girish Gupta", "Sandra Maler"],
        distractors=["Laurie Holt is the mother (same surname)", "26 (age); two years; 2 Min Read"],
    ),
    dict(
        file="011_nicaragua_amnesty_2019.txt", published="2019-06-11", outlet="European broadcaster web page (audio player, related content)",
        event="Nicaragua frees 56 prisoners incl. Miguel Mora, Lucía Pineda, Medardo Mairena under amnesty law, 2019-06-11",
        counts=[
            C("released", 56, "freed 56 people"),
            C("released", 50, "on Monday, 50 prisoners were released", note="earlier event (previous day's batch)"),
            C("released", 492, "The government has released 492 prisoners since February", note="cumulative since February 2019"),
            C("remaining_held", 80, "at least 80 people it considers political prisoners remain behind bars", qualifier="at_least",
              note="Civic Alliance figure"),
            C("other", 325, "325 people were killed", note="casualties"),
            C("other", 700, "more than 700 were arrested", qualifier="more_than", note="arrests since April 2018"),
            C("other", 216, "216 years in prison", note="sentence length"),
            C("released", 100, "Ortega government frees 100 more prisoners", note="earlier event (related-content headline, 20.05.2019)"),
            C("other", 15, "15 inmates killed in prison riot", note="page noise"),
        ],
        released_names=["Miguel Mora", "Lucía Pineda Ubau", "Medardo Mairena"],
        alias_groups={"Lucía Pineda Ubau": ["Lucía Pineda"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Daniel Ortega", "Verónica Chávez", "Juan Sebastián Chamorro", "Vilma Núñez", "Rosario Murillo",
                      "Martín Reyes"],
        distractors=["'released dozens more' vague", "100% Noticias (channel name)", "'June 18 as the deadline'",
                     "Verónica Chávez is Mora's wife", "Guaidó (page noise, surname only)"],
    ),
    dict(
        file="012_belgium_vandecasteele_statement.txt", published="2023-05-26", outlet="government press release (+ Omani statement)",
        event="Iran frees Olivier Vandecasteele; Belgium transfers Assadollah Assadi; Oman mediation, 2023-05-26",
        counts=[
            C("exchanged", 2, "The two released persons were transferred", note="both sides of the swap"),
            C("transferred_to", 2, "The two released persons were transferred from Tehran and Brussels to Muscat", where="Muscat"),
            C("other", 455, "detained in Iran for 455 days", note="duration"),
            C("other", 40, "40 years in prison and 74 lashes", note="sentence"),
            C("other", 20, "20 years in prison for planning a bomb attack", note="sentence"),
        ],
        released_names=["Olivier Vandecasteele", "Assadollah Assadi"],
        alias_groups={},
        not_released_names=["Ahmadreza Djalali"],
        other_event_released_names=[],
        other_people=["Alexander De Croo", "Haitham bin Tarik", "Hadja Lahbib", "Vincent Van Quickenborne", "Badr Albusaidi"],
        distractors=["numbered paragraphs 1.-7.", "Assadi transferred under the sentenced-persons treaty (counted as released: other side of the swap)",
                     "2018 Villepinte plot; 2021 sentence"],
    ),
    dict(
        file="013_egypt_pardons_analysis.txt", published="2023-07-24", outlet="analysis piece (photo credit, read-more list)",
        event="Sisi pardons Patrick Zaki and Mohamed el-Baqer, 2023-07-19",
        counts=[
            C("released", 1000, "more than 1,000 people held in political cases have been released", qualifier="more_than",
              note="cumulative since April 2022"),
            C("released", 30, "a new list of 30 names had been submitted", note="planned; none released yet"),
            C("other", 4000, "more than 4,000 new arrests", qualifier="more_than", note="new arrests"),
            C("remaining_held", 60000, "there are about 60,000 political prisoners in Egypt", qualifier="about",
              note="Human Rights Watch estimate"),
            C("released", 2, "only two had been freed in the past year", note="cumulative: one lawyer's clients over a year"),
            C("other", 5000, "a payment of 5,000 Egyptian pounds", note="bail amount"),
            C("other", 3, "IMF delays second review of $3bn Egypt loan", note="page noise"),
        ],
        released_names=["Patrick Zaki", "Mohamed el-Baqer"],
        alias_groups={},
        not_released_names=["Alaa Abd El-Fattah", "Galal El-Behairy"],
        other_event_released_names=["Ahmed Samir Santawy", "Ramy Shaath", "Sanaa Seif"],
        other_people=["Nadia Hashem", "Khaled Desouki", "Abdel Fattah el-Sisi", "Giorgia Meloni", "Giulio Regeni",
                      "Tarek el-Awady", "Hossam Bahgat", "Laila Soueif", "Amr Farag"],
        distractors=["Amr Farag was ordered released on bail and is still at a police station (bail is not release)",
                     "Sanaa Seif 'was herself jailed for 18 months until 2021' (earlier release, implied)",
                     "36 hours; three years; 32-year-old; two years; 35 percent; 'roughly two dozen'",
                     "36.8% inflation; 3 million displaced (page noise)"],
    ),
    dict(
        file="014_vietnam_national_day_amnesty.txt", published="2021-08-26", outlet="state news agency (government announcement)",
        event="Vietnam National Day special amnesty for 3,026 inmates (announced 2021-08-26, releases from 31 Aug)",
        counts=[
            C("released", 3026, "grant special amnesty to 3,026 inmates",
              note="planned: amnesty decided; releases from August 31"),
            C("other", 23, "23 foreigners", note="subset of the 3,026"),
            C("other", 61, "61 people aged 70 or older", note="subset of the 3,026"),
            C("other", 15, "15 people with serious illnesses", note="subset of the 3,026"),
            C("other", 1800, "more than 1,800 infections", qualifier="more_than", note="COVID infections"),
            C("released", 2200, "freed more than 2,200 inmates", qualifier="more_than", note="earlier event (2018 amnesty)"),
            C("released", 92000, "granted special amnesty to more than 92,000 inmates", qualifier="more_than",
              note="cumulative since 2009"),
            C("other", 14000, "14,000 inmates to be vaccinated", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nguyen Xuan Phuc", "Pham Binh Minh", "Le Quoc Hung"],
        distractors=["the release is announced, not yet carried out ('will be released from August 31')",
                     "76th anniversary; 98 percent; 1.2 million doses"],
    ),
    dict(
        file="015_azerbaijan_novruz_pardon_ru.txt", published="2019-03-16", outlet="Russian-language regional site, machine-translated",
        event="Aliyev Novruz pardon of 431 convicts incl. 51 political prisoners, 2019-03-16",
        counts=[
            C("released", 399, "399 persons are released from further serving of the punishment"),
            C("released", 431, "Aliyev pardoned 431 convicts",
              note="inferred as released by many readers; total pardoned incl. 32 sentence reductions; acceptable, not required"),
            C("other", 32, "for 32 more persons the unserved part of the term is reduced by half", note="sentence reductions; not released"),
            C("other", 51, "Among the pardoned are 51 persons", note="subset: political prisoners among the pardoned"),
            C("remaining_held", 128, "as of 1 March in the country there were 128 political prisoners",
              note="Union list as of 1 March, before the pardon"),
            C("remaining_held", 77, "about 77 political prisoners remain behind bars", qualifier="about"),
            C("released", 11000, "more than 11 000 persons were released from punishment", qualifier="more_than",
              note="cumulative since 1995 (Russian-style thousands separator)"),
            C("other", 64, "signed 64 orders on pardon", note="number of decrees"),
            C("other", 1200, "1 200 people protested", note="page noise"),
            C("other", 3, "3 militants liquidated", note="page noise"),
        ],
        released_names=["Ilkin Rustamzade", "Rashad Ramazanov"],
        alias_groups={},
        not_released_names=["Afgan Mukhtarli", "Taleh Bagirzade"],
        other_event_released_names=["Mehman Huseynov"],
        other_people=["Ilham Aliyev", "Ibrahim Rustamzade", "Elchin Sadigov", "Eldar Zeynalov", "Saadat Benenyarli",
                      "Elchin Ismayilli", "Leyla Yunus", "Faik Medzhid"],
        distractors=["Elchin Ismayilli was moved to house arrest (not a release)",
                     "Ibrahim Rustamzade is the releasee's father",
                     "Mehman Huseynov left prison on 2 March at the end of his term (earlier)",
                     "8 years / 9 years / 6 years / 20 years / 2-year term; colony No. 2"],
    ),
    dict(
        file="016_taliban_frerichs_noorzai.txt", published="2022-09-19", outlet="AP wire",
        event="Taliban free Mark Frerichs in exchange for Bashir Noorzai, Kabul, 2022-09-19",
        counts=[
            C("released", 2, "the Taliban freed American Kevin King and Australian Timothy Weeks, two professors",
              note="earlier event (November 2019)"),
            C("exchanged", 3, "in exchange for three Taliban prisoners", note="earlier event (November 2019)"),
            C("other", 50, "more than $50 million worth of heroin", note="money"),
            C("other", 17, "He had served 17 years", note="duration"),
            C("other", 31, "for 31 months", note="duration"),
            C("other", 1000, "Earthquake kills more than 1,000", note="page noise"),
        ],
        released_names=["Mark Frerichs", "Bashir Noorzai"],
        alias_groups={"Bashir Noorzai": ["Haji Bashir Noorzai"]},
        not_released_names=["Ryan Corbett"],
        other_event_released_names=["Kevin King", "Timothy Weeks", "Anas Haqqani"],
        other_people=["Rahim Faiez", "Matthew Lee", "Amir Khan Muttaqi", "Joe Biden", "Charlene Cakora",
                      "Zabihullah Mujahid", "Zalmay Khalilzad", "Kathy Gannon"],
        distractors=["'The deal is the second major exchange' (ordinal)", "60 (age); in his 60s; a decade; 1 year",
                     "'has not disclosed how many other Americans are held' (no number)",
                     "Taliban demand to release 'all Afghan prisoners' (conditional, no number)"],
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
            if c["kind"] == "transferred_to" and not c["where"]:
                print(f"{g['file']}: transferred_to without where", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for canon, aliases in g["alias_groups"].items():
            for n in [canon] + aliases:
                if n.casefold() not in low:
                    print(f"{g['file']}: alias name not found: {n!r}", file=sys.stderr)
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
