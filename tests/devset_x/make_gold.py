#!/usr/bin/env python3
"""Gold for devset_x (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, that every name, alias and `where` occurs in
it (case-insensitive, for all-caps bylines/credits), that no name is in two lists, and
that kinds, qualifiers and values are valid."""
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
    dict(
        file="001_chad_claustre_1977.txt", published="2017-01-29",
        outlet="French regional daily, machine-translated (cookie banner, photo credit, READ ALSO, comments)",
        event="Chadian rebels hand Françoise and Pierre Claustre over to Libya; flown to Tripoli, 1977-01-29/30 (40th-anniversary feature)",
        counts=[
            C("released", 2, "The two hostages were handed over"),
            C("transferred_to", 2, "The two former hostages were flown to Tripoli", where="Tripoli"),
            C("other", 3, "The rebels took three Europeans", note="abducted in 1974 (one freed earlier, one escaped)"),
            C("other", 3, "there were only three hostages", note="same three, historical"),
            C("other", 300, "some 300 journalists and onlookers were waiting", qualifier="about", note="crowd"),
            C("other", 4000000, "some 4 000 000 francs in cash", qualifier="about", note="ransom money"),
            C("other", 10000000, "about 10 000 000 francs", qualifier="about", note="ransom money"),
            C("other", 2000, "the 2 000 French soldiers stationed in the country", note="troops"),
            C("other", 12, "12 soldiers killed in an attack", note="page noise"),
            C("other", 3000, "3 000 refugees arrive in the east", note="page noise"),
        ],
        released_names=["Françoise Claustre", "Pierre Claustre"],
        alias_groups={"Goukouni Weddeye": ["Goukouni Oueddei"]},
        not_released_names=[],
        other_event_released_names=["Christoph Staewen"],
        other_people=["Hélène Marchetti", "Jacques Morel", "Goukouni Weddeye", "Muammar Kadhafi", "Hissène Habré",
                      "Marc Combe", "Pierre Galopin", "François Tombalbaye", "Raymond Depardon", "Félix Malloum",
                      "Valéry Giscard d'Estaing", "Jean-Pierre Lacombe"],
        distractors=["Dr Staewen freed June 1974 after a ransom (earlier event)",
                     "Marc Combe escaped (not a release); Commandant Galopin was executed",
                     "1 000 days / 33 months / 17 months are durations; ages 39, 42, 69",
                     "7 000 years (page noise); 842 partners (cookie banner); Comments (14)",
                     "Habré sentenced to life in 2016"],
    ),
    dict(
        file="002_iraq_sgrena_2005.txt", published="2005-03-05",
        outlet="UK broadcaster web page (cookie banner, media player, see-also links)",
        event="Italian journalist Giuliana Sgrena freed in Baghdad; agent Nicola Calipari killed at a US checkpoint, 2005-03-04",
        counts=[
            C("released", 2, "securing the release of two Italian aid workers last year",
              note="earlier event (Simona Pari and Simona Torretta, September 2004)"),
            C("remaining_held", 2, "leaves at least two foreign journalists held in Iraq", qualifier="at_least",
              note="inferred: still held after this release but a different abduction (Aubenas and her interpreter); optional"),
            C("other", 180, "More than 180 foreigners have been kidnapped in Iraq", qualifier="more_than",
              note="cumulative kidnappings since 2003"),
            C("other", 30, "at least 30 of them have been killed", qualifier="at_least", note="killed hostages"),
            C("other", 2, "Two of the four people in the car were injured", note="casualties"),
            C("other", 3000, "Italy's 3,000 troops", note="troops"),
            C("other", 115, "Bomb kills 115 in Hilla queue", note="page noise"),
        ],
        released_names=["Giuliana Sgrena"],
        alias_groups={},
        not_released_names=["Florence Aubenas", "Hussein Hanoun al-Saadi"],
        other_event_released_names=["Simona Pari", "Simona Torretta"],
        other_people=["Nicola Calipari", "Silvio Berlusconi", "George W Bush", "Pier Scolari", "Gianni Letta",
                      "Rosa Calipari", "Carlo Azeglio Ciampi", "Enzo Baldoni", "Gabriele Polo", "Alessandro Bianchi"],
        distractors=["Calipari killed by US fire (not a releasee); Rosa Calipari is his widow",
                     "Enzo Baldoni was killed by his kidnappers", "up to $6m ransom (money)",
                     "ages 56, 51, 29; 8.5 million votes (page noise); media player 01:48"],
    ),
    dict(
        file="003_gaza_johnston_2007.txt", published="2007-07-04",
        outlet="UK world-news live blog, reverse chronological, with unrelated entries",
        event="BBC correspondent Alan Johnston freed by the Army of Islam in Gaza after 114 days, 2007-07-04",
        counts=[
            C("other", 7, "Hamas said it had arrested seven members of the clan", note="people taken into custody"),
            C("other", 20, "More than 20 foreigners have been kidnapped in Gaza since 2005", qualifier="more_than",
              note="cumulative kidnappings"),
            C("other", 8, "eight people are now in custody", note="page noise (unrelated UK car-bomb entry); arrests"),
        ],
        released_names=["Alan Johnston"],
        alias_groups={},
        not_released_names=["Abu Qatada", "Gilad Shalit"],
        other_event_released_names=[],
        other_people=["Gordon Brown", "Mahmoud Abbas", "David Miliband", "Mark Thompson", "Graham Johnston",
                      "Ismail Haniyeh", "Fawzi Barhoum", "Mumtaz Dughmush"],
        distractors=["Graham Johnston is the father (same surname); Gillian (sister, first name only)",
                     "'no prisoners released' (Hamas denial)", "Abu Qatada: demanded by the kidnappers, remains in custody in Britain",
                     "114 days, 24 hours, 16 weeks, 03:30, age 44, 10th anniversary, 312 comments"],
    ),
    dict(
        file="004_marawi_soganub_2017.txt", published="2017-09-18",
        outlet="Mindanao regional daily (weather bar, READ MORE, comment count)",
        event="Troops rescue Fr. Teresito Soganub and teacher Lordvin Acopio in Marawi, 2017-09-16",
        counts=[
            C("remaining_held", 40, "at least 40 hostages were believed to be still held", qualifier="at_least"),
            C("other", 12, "about a dozen parishioners and church workers", qualifier="about",
              note="seized with the priest on May 23; fate not stated"),
            C("other", 660, "more than 660 militants", qualifier="more_than", note="casualties"),
            C("other", 147, "147 soldiers and policemen", note="casualties"),
            C("other", 47, "47 civilians have been killed", note="casualties"),
            C("other", 1700, "More than 1,700 civilians have been rescued or have escaped from the city", qualifier="more_than",
              note="cumulative; trapped civilians, not hostages of this event"),
            C("other", 60, "fewer than 60 fighters", note="militants"),
            C("other", 3, "3 soldiers hurt in Lanao del Sur ambush", note="page noise"),
        ],
        released_names=["Teresito Soganub", "Lordvin Acopio"],
        alias_groups={"Teresito Soganub": ["Fr. Chito"]},
        not_released_names=["Jimmy Balindong"],
        other_event_released_names=[],
        other_people=["Richel V. Umel", "Jigger P. Jerusalem", "Romeo Brawner Jr.", "Rodrigo Duterte", "Delfin Lorenzana",
                      "Edwin de la Peña", "Jesus Dureza", "Restituto Padilla", "Isnilon Hapilon", "Omarkhayam Maute",
                      "Abdul Rahman Dimaporo", "Norhaya Balindong"],
        distractors=["Dimaporo fled the combat area (escape, not a hostage release)",
                     "Norhaya Balindong is the sister of the still-held Jimmy Balindong",
                     "ages 56, 29; May 23; P20 billion (page noise); 23 Comments"],
    ),
    dict(
        file="005_syria_yasuda_2018.txt", published="2018-10-24",
        outlet="Japanese news agency brief (Kyodo style)",
        event="Japanese journalist Jumpei Yasuda freed after three years in Syria, in Turkish custody, 2018-10-23",
        counts=[
            C("other", 2, "two Japanese nationals, Haruna Yukawa and Kenji Goto, were killed", note="earlier hostages killed in 2015"),
        ],
        released_names=["Jumpei Yasuda"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Yoshihide Suga", "Taro Kono", "Haruna Yukawa", "Kenji Goto"],
        distractors=["Myu (wife, first name only)", "held for 3 years; age 44",
                     "no count of released people (single releasee)"],
    ),
    dict(
        file="006_nigeria_tegina_2021.txt", published="2021-08-27",
        outlet="Nigerian daily (markets bar, ADVERTISEMENT, READ ALSO, comments)",
        event="Bandits free 91 Salihu Tanko Islamiyya pupils of Tegina, Niger State, after 88 days, 2021-08-26",
        counts=[
            C("released", 91, "have released 91 of them"),
            C("other", 136, "whisked away 136 pupils", note="abducted total, May 30"),
            C("other", 6, "six of the pupils died in captivity", note="died in captivity"),
            C("released", 11, "Eleven of the youngest pupils were released in June", note="earlier event (June)"),
            C("other", 28, "I cannot account for 28 of our children",
              note="unaccounted for; not stated as held (some escaped, some moved)"),
            C("other", 1400, "more than 1,400 students have been kidnapped since December 2020", qualifier="more_than",
              note="cumulative abductions"),
            C("other", 15, "Gunmen free 15 worshippers abducted in Kaduna church", note="page noise (READ ALSO)"),
            C("other", 3, "Police arrest 3 suspected kidnappers", note="page noise (READ ALSO)"),
        ],
        released_names=["Hafsat Abdullahi", "Ummi Sulaiman"],
        alias_groups={},
        not_released_names=["Yusuf Ibrahim"],
        other_event_released_names=[],
        other_people=["Aliyu Dangana", "Muhammad Sani Idris", "Abubakar Alhassan", "Ibrahim Garba", "Wasiu Abiodun",
                      "Bala Usman", "Abubakar Sani Bello", "Kabiru Adamu"],
        distractors=["Bala Usman was arrested (handed into custody), not a releasee",
                     "Yusuf Ibrahim is the son of Ibrahim Garba and is still with the bandits",
                     "N30 million / N110 million ransom; three buses; 88 days; ages 12, 9, 10, 45",
                     "'dozens of students and staff ... later released' in February (earlier event, vague)",
                     "Salihu Tanko is the school's name"],
    ),
    dict(
        file="007_yemen_galaxy_leader_2025.txt", published="2025-01-22",
        outlet="Reuters wire",
        event="Houthis free the 25 Galaxy Leader crew, handed to the ICRC and flown to Muscat, 2025-01-22",
        counts=[
            C("released", 25, "released the 25 crew members"),
            C("transferred_to", 25, "All 25, who had been held in the Houthi-controlled port city of Hodeidah and in the capital Sanaa for 14 months, were handed over to the International Committee of the Red Cross and flown to Muscat",
              where="Muscat"),
            C("other", 17, "17 Filipinos, three Bulgarians, two Ukrainians, two Mexicans and one Romanian",
              note="subset by nationality (17/3/2/2/1)"),
            C("transferred_to", 17, "the 17 Filipinos would be flown home to Manila", where="Manila",
              note="planned onward flight home"),
            C("remaining_held", 50, "The Houthis still hold at least 50 staff of U.N. agencies", qualifier="at_least",
              note="other detainees of the same captors, per the UN"),
            C("other", 8, "including eight detained this month", note="subset; newly detained"),
            C("other", 100, "more than 100 attacks on merchant shipping", qualifier="more_than", note="attacks"),
            C("other", 4, "killed at least four seafarers", qualifier="at_least", note="casualties"),
        ],
        released_names=["Jose Cajayon", "Stanimir Dimitrov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohammed Ghobari", "Jana Choukeir", "Mahdi al-Mashat", "Ferdinand Marcos Jr.", "Antonio Guterres",
                      "Hans Grundberg", "Karen Lema", "Tsvetelia Tsolova", "Andrew Heavens"],
        distractors=["Marlene (wife, first name only)", "14 months; Nov. 19, 2023; age 37; two vessels sunk",
                     "unnamed Israeli businessman"],
    ),
    dict(
        file="008_lebanon_israel_1996_exchange.txt", published="1996-07-21",
        outlet="AP archive wire",
        event="German-brokered Israel-Hezbollah exchange: remains of two Israeli soldiers for 45 Lebanese prisoners and 123 bodies; 17 SLA men freed, 1996-07-21",
        counts=[
            C("exchanged", 45, "its allied militia freeing 45 Lebanese prisoners"),
            C("exchanged", 17, "released 17 militiamen of the SLA"),
            C("other", 123, "Israel handed over the remains of 123 Hezbollah guerrillas", note="bodies returned"),
            C("other", 2, "receiving the remains of two soldiers", note="bodies returned"),
            C("remaining_held", 150, "about 150 Lebanese are still held in Khiam", qualifier="about",
              note="estimate by human rights groups"),
            C("released", 51, "Israel and the SLA freed 51 Lebanese prisoners", note="earlier event (September 1991)"),
            C("other", 9, "returned the bodies of nine guerrillas", note="earlier event; bodies"),
            C("other", 150, "more than 150 Lebanese civilians were killed", qualifier="more_than", note="casualties"),
            C("other", 102, "102 of them at a U.N. base at Qana", note="casualties"),
        ],
        released_names=["Hassan Shreim"],
        alias_groups={},
        not_released_names=["Abdel-Karim Obeid", "Mustafa Dirani"],
        other_event_released_names=[],
        other_people=["Sam F. Ghattas", "Yosef Fink", "Rahamim Alsheikh", "Bernd Schmidbauer", "Helmut Kohl",
                      "Benjamin Netanyahu", "Ron Arad", "Hassan Nasrallah"],
        distractors=["Fink and Alsheikh: remains returned (dead), not releasees", "Ron Arad missing, not stated as held",
                     "more than 10 years; nine years; age 38; 16-day offensive; February 1986"],
    ),
    dict(
        file="009_syria_israel_1974_pows.txt", published="1974-06-06",
        outlet="Soviet news agency brief, translated from Russian",
        event="Syria-Israel POW exchange after the Golan disengagement: 56 Israelis for 382 Syrians and 10 Iraqis, 1974-06-06",
        counts=[
            C("exchanged", 56, "took from Damascus airport 56 Israeli servicemen"),
            C("exchanged", 382, "handed over 382 Syrian soldiers and officers"),
            C("exchanged", 10, "as well as 10 Iraqi servicemen"),
            C("other", 200, "their number exceeds 200", qualifier="more_than", note="missing servicemen (claim by Damascus)"),
            C("other", 1250, "a United Nations force of 1 250 men", note="troops"),
        ],
        released_names=["Amos Levinberg", "Adnan Haj Khalil"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Vladimir Beliakov", "Mustafa Tlass", "Hafez Assad"],
        distractors=["flights home to Lod / Damascus have no number in the same sentence",
                     "31 May, 8 October, 26 June are dates; 'Two aircraft'"],
    ),
    dict(
        file="010_egypt_israel_azzam_2004.txt", published="2004-12-05",
        outlet="Israeli news site (related stories, talkbacks)",
        event="Egypt frees Israeli Druze Azzam Azzam; Israel frees six Egyptian students, Taba, 2004-12-05",
        counts=[
            C("exchanged", 6, "Israel released six Egyptian students"),
            C("released", 170, "expected to release about 170 Palestinian prisoners", qualifier="about",
              note="planned goodwill release; no date set"),
            C("other", 3, "3 border policemen killed", note="page noise"),
            C("other", 4, "4 Palestinians killed in Khan Yunis", note="page noise"),
        ],
        released_names=["Azzam Azzam", "Mohammed Fathi Rajab", "Ahmed Salah Abdel-Hamid", "Hani Sayed Mahmoud",
                        "Walid Abdel-Moneim", "Islam Hassan Ali", "Mustafa Gamal Eid"],
        alias_groups={},
        not_released_names=["Emad Abdel-Hamid Ismail"],
        other_event_released_names=[],
        other_people=["Itamar Eichner", "Hassan Shaalan", "Ariel Sharon", "Hosni Mubarak", "Omar Suleiman",
                      "Benjamin Netanyahu", "Ehud Barak", "Farida Azzam"],
        distractors=["both governments deny an exchange; both sides still count as released",
                     "his brother Saleh (first name); Farida Azzam is his mother",
                     "8 years served of a 15-year sentence; 25-year sentence; ages 41, 72, 19 to 23; Talkbacks (87)"],
    ),
    dict(
        file="011_tunisia_libya_consulate_2015.txt", published="2015-06-20",
        outlet="Tunisian daily, machine-translated from French (most-read list)",
        event="Ten Tunisian consulate staff freed in Tripoli; Libyan militia commander Walid Glib handed over to Libya, 2015-06-19",
        counts=[
            C("released", 10, "the ten agents of the consulate released"),
            C("transferred_to", 10, "The ten agents of the Tunisian consulate general in Tripoli, kidnapped on 12 June by an armed group, were released on Friday evening and arrived in Tunis",
              where="Tunis", note="inferred: flown home; optional"),
            C("released", 2, "the two men were released after several months", note="earlier event (2014 diplomats)"),
            C("other", 1500, "Nearly 1 500 Tunisians were still working in Tripoli", qualifier="about",
              note="workers, not held"),
            C("other", 100000, "more than 100 000 before 2011", qualifier="more_than", note="workers, not held"),
            C("other", 38, "the number of victims rises to 38", note="page noise"),
            C("other", 12, "prices of 12 products set", note="page noise"),
        ],
        released_names=["Mohamed Ali Ben Salem", "Karim Bouzidi", "Nabil Trabelsi", "Hichem Mabrouk", "Sami Gharbi",
                        "Lotfi Jaziri", "Ridha Ayari", "Moez Kchaou", "Anis Ferchichi", "Walid Hammami", "Walid Glib"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Mohamed Bechikh", "Laroussi Kontassi"],
        other_people=["Sonia Belhadj", "Taïeb Baccouche", "Béji Caïd Essebsi", "Sofiene Chourabi", "Nadhir Ktari",
                      "Habib Essid"],
        distractors=["Walid Glib: Tunisia calls it extradition and denies an exchange; the militia says he was freed (judgement call: other side of the swap)",
                     "Chourabi and Ktari: fate unknown (missing, not stated as held)",
                     "1961 convention; age 47; 1 h 30; 2,5 tonnes; 32,71 % (page noise)"],
    ),
    dict(
        file="012_syria_astana_swap_2018.txt", published="2018-11-24",
        outlet="Syrian human-rights NGO press release (numbered points, contact block)",
        event="First Astana-process detainee exchange at Abu al-Zindeen near al-Bab, ten for ten, 2018-11-24",
        counts=[
            C("released", 20, "the release today of 20 people"),
            C("exchanged", 10, "The Syrian government released 10 detainees"),
            C("exchanged", 10, "armed opposition factions released 10 people"),
            C("other", 2, "include two women", note="subset of the government side"),
            C("other", 7, "seven other men", note="subset of the government side"),
            C("remaining_held", 128000, "At least 128 000 people – men, women and children – are still detained or forcibly disappeared",
              qualifier="at_least", note="NGO database as of 1 November 2018; detained or disappeared"),
            C("other", 3600, "of these, 3 600 are women", note="subset of those held"),
            C("remaining_held", 8000, "holding at least 8 000 people", qualifier="at_least",
              note="held by armed groups; fate unknown"),
        ],
        released_names=["Rasha Khaddour", "Nour al-Halabi", "Abdulrahman Sweid", "Ghassan Mahfoud"],
        alias_groups={},
        not_released_names=["Bassel Kanaan"],
        other_event_released_names=[],
        other_people=["Maha Kanaan", "Staffan de Mistura", "Hazem Qudsi", "Lina Haddad"],
        distractors=["'Exchanging ten for ten' restates the swap", "'more than a hundred thousand are missing' vague restatement",
                     "'for twenty families' restates the 20", "14:00; ages 31, 26; six years; 2016 amnesty (earlier, no count)",
                     "Maha Kanaan is the sister of the still-held Bassel Kanaan"],
    ),
    dict(
        file="013_rwanda_uganda_katuna_2020.txt", published="2020-02-24",
        outlet="Ugandan daily (advert, more stories)",
        event="Rwanda frees 17 Ugandans and Uganda hands over 13 Rwandans at Katuna/Gatuna, 2020-02-23",
        counts=[
            C("exchanged", 17, "17 Ugandans who crossed back home at the Katuna border post on Sunday evening after they were released"),
            C("exchanged", 13, "Uganda handed over 13 Rwandan nationals"),
            C("other", 2, "All but two of the 17", note="subset phrase (15 from Kisoro and Kabale)"),
            C("other", 2, "two of the nine Rwandans", note="subset"),
            C("released", 9, "dropped charges against nine Rwandans", note="earlier event (January 7)"),
            C("remaining_held", 100, "more than 100 Ugandans were still in Rwandan jails", qualifier="more_than",
              note="claim by Uganda's foreign minister; disputed"),
            C("other", 190, "at least 190 of its citizens have been arrested in Uganda since 2017", qualifier="at_least",
              note="cumulative arrests (claim by Rwanda)"),
            C("other", 4, "4 die as lorry overturns", note="page noise"),
            C("other", 23, "23-man squad", note="page noise"),
        ],
        released_names=["Moses Tumuhimbise", "Grace Ninsiima", "Innocent Habimana", "Jean Bosco Mutabazi"],
        alias_groups={},
        not_released_names=["Emmanuel Cyemayire"],
        other_event_released_names=[],
        other_people=["Fred Tumwesigye", "Jean-Paul Nkurunziza", "Yoweri Museveni", "Paul Kagame", "Philemon Mateke",
                      "João Lourenço", "Félix Tshisekedi", "Olivier Nduhungirehe", "Sam Kutesa", "Josephine Uwamahoro"],
        distractors=["Habimana and Mutabazi were among the nine announced in January but handed over now (main event)",
                     "30 days; fourth summit; age 34; eleven months; five months; 12 per cent; February 29",
                     "Emmanuel Cyemayire is the husband of Josephine Uwamahoro and still held in Uganda"],
    ),
    dict(
        file="014_pakistan_azizuddin_2008.txt", published="2008-05-18",
        outlet="Peshawar daily (also-in-this-section list)",
        event="Pakistan's ambassador to Afghanistan Tariq Azizuddin freed with driver and guard after 97 days; reported prisoner swap, 2008-05-17",
        counts=[
            C("exchanged", 55, "the authorities had freed 55 Taliban fighters",
              note="claim by tribal elders and a Taliban commander; unverified; government denies a swap"),
            C("exchanged", 30, 'put the number of militants released at "around 30"', qualifier="about",
              note="claim by an anonymous intelligence official"),
            C("other", 2, "including two close aides of Baitullah Mehsud", note="subset"),
            C("released", 11, "militants in South Waziristan freed 11 paramilitary soldiers", note="earlier event (last week)"),
            C("other", 7, "7 killed in Bajaur drone strike", note="page noise"),
            C("other", 300, "300 houses destroyed", note="page noise"),
        ],
        released_names=["Tariq Azizuddin", "Mohammad Rasheed", "Niaz Ali"],
        alias_groups={"Tariq Azizuddin": ["Aziz-ud-Din"]},
        not_released_names=["Mumtaz Khattak"],
        other_event_released_names=[],
        other_people=["Rehman Malik", "Mohammad Sadiq", "Baitullah Mehsud", "Yousuf Raza Gilani",
                      "Shah Mehmood Qureshi", "Hamid Karzai"],
        distractors=["unnamed Chinese engineer still held", "97 days; February 11; age 54; wife and two sons; Rs 120 billion",
                     "'released all of the soldiers in their custody' (earlier, vague)"],
    ),
    dict(
        file="015_india_emergency_releases_1977.txt", published="2025-06-25",
        outlet="Indian analysis piece (audio player, ALSO READ)",
        event="India: opposition leaders freed after the election announcement ending the Emergency, 1977-01-18 (50th-anniversary analysis)",
        counts=[
            C("other", 34988, "34,988 people had been detained under the Maintenance of Internal Security Act",
              note="cumulative detentions (Shah Commission)"),
            C("other", 75818, "75,818 arrested under the Defence of India Rules", note="cumulative arrests"),
            C("other", 1400, "roughly 1,400 surviving", qualifier="about", note="pensioners, former detainees"),
            C("other", 16, "16 bills listed", note="page noise"),
        ],
        released_names=["Morarji Desai", "L.K. Advani"],
        alias_groups={},
        not_released_names=["George Fernandes"],
        other_event_released_names=["Jayaprakash Narayan", "Kuldip Nayar", "Atal Bihari Vajpayee", "Snehalata Reddy"],
        other_people=["Meenakshi Raghavan", "Indira Gandhi", "Narendra Modi", "Rahul Gandhi", "Jagjivan Ram",
                      "Lawrence Fernandes", "Coomi Kapoor", "Sanjay Gandhi", "V.C. Shukla"],
        distractors=["'several thousand' / 'the bulk' of detainees freed: vague, no count",
                     "George Fernandes stayed in jail at the time of the releases; freed only after the new government withdrew the case (later event)",
                     "Snehalata Reddy released on parole three days earlier (separate release); Vajpayee paroled months earlier",
                     "Lawrence Fernandes is George's brother", "21 months; 19 months; age 80; three lakh votes; Rs 20,000; 0.8%",
                     "Pakistan 1988 / Bangladesh 2008 mentioned only in passing"],
    ),
    dict(
        file="016_philippines_aquino_1980.txt", published="1980-05-08",
        outlet="UPI archive",
        event="Marcos frees Benigno Aquino Jr. from detention to fly to the US for heart surgery, 1980-05-08",
        counts=[
            C("remaining_held", 1000, "more than a thousand people were being held for political reasons as of April",
              qualifier="more_than", note="Task Force Detainees figure as of April"),
            C("other", 21, "All 21 candidates on the slate lost", note="election"),
        ],
        released_names=["Benigno Aquino Jr."],
        alias_groups={"Benigno Aquino Jr.": ["Ninoy"]},
        not_released_names=["Jose Maria Sison", "Bernabe Buscayno"],
        other_event_released_names=[],
        other_people=["Arturo B. Santos", "Ferdinand Marcos", "Juan Ponce Enrile", "Imelda Marcos",
                      "Eugenio Lopez Jr.", "Sergio Osmena III"],
        distractors=["Corazon (wife, first name only); three of their five children",
                     "Lopez and Osmena escaped in 1977 (not a release)", "death sentence 1977; seven years; age 47",
                     "'hundreds of other political prisoners' vague", "Buscayno is also called Commander Dante"],
    ),
    dict(
        file="017_pakistan_sharif_pardon_2000.txt", published="2000-12-10",
        outlet="Government press handout plus AFP brief",
        event="Pakistan remits Nawaz Sharif's prison sentences; Sharif, Shahbaz Sharif and Hussain Nawaz freed and exiled to Saudi Arabia, 2000-12-10",
        counts=[
            C("transferred_to", 18, "was flown to Saudi Arabia before dawn on Sunday with 18 members of his family",
              where="Saudi Arabia", note="inferred: family members flown with him, most not in custody; optional"),
            C("transferred_to", 19, "Nawaz Sharif was flown to Saudi Arabia before dawn on Sunday with 18 members of his family",
              where="Saudi Arabia", note="inferred: Sharif plus 18 relatives; optional"),
        ],
        released_names=["Nawaz Sharif", "Shahbaz Sharif", "Hussain Nawaz"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Pervez Musharraf", "Kulsoom Nawaz", "Muhammad Rafiq Tarar"],
        distractors=["Handout No. 1142; 21 years disqualification; Rs 500 million; life imprisonment; 14-year sentence; 14 months; 10 years exile",
                     "Kulsoom Nawaz is the wife (not detained)"],
    ),
    dict(
        file="018_bangladesh_hasina_parole_2008.txt", published="2008-06-11",
        outlet="AP wire brief",
        event="Bangladesh's interim government frees Sheikh Hasina on parole for treatment abroad, 2008-06-11",
        counts=[
            C("other", 200, "Some two hundred politicians, businessmen and officials have been jailed", qualifier="about",
              note="cumulative jailed in anti-graft drive; not stated that all are still held"),
            C("remaining_held", 2, "as do her two sons", note="inferred: Khaleda Zia's two sons still detained; optional"),
        ],
        released_names=["Sheikh Hasina"],
        alias_groups={},
        not_released_names=["Khaleda Zia", "Tarique Rahman"],
        other_event_released_names=[],
        other_people=["Shafique Ahmed", "Fakhruddin Ahmed", "M.A. Matin", "Farid Hossain"],
        distractors=["eight weeks of parole; 11 months; age 60; hundreds of supporters"],
    ),
    dict(
        file="019_zambia_hichilema_2017.txt", published="2017-08-17",
        outlet="South African analysis piece (newsletter prompt, related list, comments)",
        event="Zambia drops treason charges; Hakainde Hichilema and five co-accused freed after 127 days, 2017-08-16",
        counts=[
            C("released", 6, "Hichilema and five of his aides, who had been charged with him, were released"),
            C("released", 5, "five of his aides, who had been charged with him, were released",
              note="inferred: subset (the co-accused); optional"),
            C("remaining_held", 48, "48 of its members remain in prison", note="UPND figure"),
            C("other", 1500, "hold well over 1,500", qualifier="more_than", note="prison population"),
            C("other", 400, "cells built for 400 prisoners", note="prison capacity"),
            C("other", 100000, "beat him by about 100,000 votes", qualifier="about", note="election margin"),
            C("other", 2, "2 journalists charged", note="page noise"),
            C("other", 64, "64 days after the election", note="page noise"),
        ],
        released_names=["Hakainde Hichilema", "Hamusonde Hamaleka", "Pretorius Haloba", "Muleya Hachinda",
                        "Laston Mulilanduba", "Wallace Chakawa"],
        alias_groups={},
        not_released_names=["Mweemba Nchimunya"],
        other_event_released_names=["Kenneth Kaunda"],
        other_people=["Thandeka Mokoena", "Edgar Lungu", "Lillian Shawa-Siyuni", "Patricia Scotland", "Jack Mwiimbu",
                      "Kennedy Mudenda", "Brenda Haloba", "Harry Nkumbula", "Frederick Chiluba"],
        distractors=["Kennedy Mudenda released on bail (not a release)", "Brenda Haloba is a relative of a co-accused",
                     "Kaunda freed in June 1998 (earlier event)", "'Dozens of UPND supporters' vague",
                     "127 days; 10.30; 15 years; 140 km; 50.35/47.63 per cent; $1.3 billion; at least four countries; 8.5%"],
    ),
    dict(
        file="020_syria_amnesty_2022.txt", published="2022-05-14",
        outlet="German regional daily, machine-translated (cookie banner, read-more list)",
        event="Syria: releases under Legislative Decree No. 7 amnesty, Damascus, May 2022 (reportage)",
        counts=[
            C("released", 527, "counted 527 released people in the first two weeks", note="SNHR count"),
            C("other", 59, "including 59 women", note="subset of the 527"),
            C("other", 21, "21 people who had been arrested as minors", note="subset of the 527"),
            C("remaining_held", 132000, "At least 132.000 people remain detained or disappeared", qualifier="at_least",
              note="SNHR estimate; detained or disappeared"),
            C("other", 150000, "at more than 150.000", qualifier="more_than", note="cumulative arrests since 2011"),
            C("released", 4000, "around 4.000 people benefited", qualifier="about",
              note="earlier event (January 2021 amnesty)"),
            C("other", 20, "decreed around 20 amnesties", qualifier="about", note="number of amnesties"),
            C("other", 41, "the shooting of at least 41 civilians", qualifier="at_least", note="casualties"),
            C("other", 306887, "306.887 civilians killed", note="page noise"),
        ],
        released_names=["Anas al-Hamwi", "Yamen Darwish"],
        alias_groups={},
        not_released_names=["Khaled al-Masri"],
        other_event_released_names=[],
        other_people=["Katharina Weiler", "Bashar al-Assad", "Ahmed al-Sayed", "Fadel Abdul Ghany"],
        distractors=["Umm Khaled (mother, kunya only)", "'several hundred ... perhaps more than a thousand' waiting crowd",
                     "eleven names on a list; 3.000 US dollars; 48 kilograms; age 34; nine years; six years",
                     "Decree No. 7; 1,5 million refugees (page noise)"],
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
        bad(f"file list mismatch {files}")
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                bad(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                bad(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                bad(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                bad(f"{g['file']}: value not int {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                bad(f"{g['file']}: where must be set exactly on transferred_to: {c['quote']!r}")
            if c["where"] is not None and c["where"].casefold() not in low:
                bad(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    bad(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    bad(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                bad(f"{g['file']}: alias key not in any list: {k!r}")
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
