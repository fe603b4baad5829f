#!/usr/bin/env python3
"""Source of tests/devset/gold.jsonl. Run it to regenerate the gold and check every quote
is an exact substring of its article:  python tests/devset/make_gold.py"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def c(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


G = []

G.append(dict(
    file="001_ankara_swap_wire.txt", published="2024-08-01", outlet="AP-style wire",
    event="US-Russia multinational prisoner swap in Ankara, 2024-08-01",
    counts=[
        c("exchanged", 24, "involved 24 prisoners and two children"),
        c("released", 16, "Russia and its ally Belarus released 16 people"),
        c("released", 8, "the United States, Germany, Poland, Slovenia and Norway freed eight Russians",
          note="released by the West, sent to Russia"),
        c("other", 5, "among them five Germans", note="subset of the 16"),
        c("other", 7, "seven Russian political prisoners", note="subset of the 16"),
        c("other", 2, "involved 24 prisoners and two children", note="children accompanying, not prisoners"),
    ],
    released_names=["Evan Gershkovich", "Paul Whelan", "Alsu Kurmasheva", "Vladimir Kara-Murza",
                    "Ilya Yashin", "Rico Krieger", "Vadim Krasikov"],
    alias_groups={},
    not_released_names=["Marc Fogel", "Stephen Hubbard"],
    other_event_released_names=["Brittney Griner", "Viktor Bout", "Trevor Reed"],
    other_people=["Martha Kessler", "Dmitri Volkov", "Zelimkhan Khangoshvili", "Vladimir Putin",
                  "Alexander Lukashenko", "Joe Biden", "Ella Milman", "Kevin Wolf", "Elizabeth Whelan",
                  "Jake Sullivan", "Olaf Scholz", "Alexei Navalny"],
    distractors=["Elizabeth Whelan is Paul Whelan's sister", "Navalny died before the deal",
                 "Griner/Bout/Reed swaps were earlier events", "sentence lengths 25/16/14 years, ages"],
))

G.append(dict(
    file="002_gaza_first_release_bbc.txt", published="2025-01-19", outlet="BBC-style",
    event="Gaza ceasefire first exchange, 2025-01-19: 3 hostages for 90 Palestinian prisoners",
    counts=[
        c("released", 3, "Three Israeli women held hostage in Gaza for 471 days have been freed by Hamas"),
        c("released", 90, "Israel released 90 Palestinian prisoners"),
        c("remaining_held", 94, "94 hostages remain in Gaza"),
        c("other", 34, "including at least 34 who the Israeli government says are dead", qualifier="at_least",
          note="subset of the 94 believed dead"),
        c("released", 33, "is supposed to see 33 Israeli hostages freed over the first six-week phase", note="planned"),
        c("released", 1900, "in exchange for about 1,900 Palestinian prisoners and detainees", qualifier="about",
          note="planned"),
        c("released", 105, "105 hostages had been freed during a week-long truce in November 2023",
          note="earlier event"),
        c("released", 240, "in exchange for 240 Palestinian prisoners", note="earlier event (November 2023)"),
        c("released", 8, "Eight others have been rescued alive by Israeli forces", note="earlier event (rescues)"),
        c("other", 46900, "more than 46,900 people have been killed in Gaza", qualifier="more_than", note="deaths"),
    ],
    released_names=["Romi Gonen", "Emily Damari", "Doron Steinbrecher", "Khalida Jarrar"],
    alias_groups={},
    not_released_names=["Shiri Bibas"],
    other_event_released_names=[],
    other_people=["Hannah Mercer", "Tom Aldridge", "Mandy Damari", "Benjamin Netanyahu"],
    distractors=["'Four more women are due to be released on Saturday' is planned, no number of people as digits",
                 "600 lorries a day", "Mandy Damari is Emily's mother"],
))

G.append(dict(
    file="003_gaza_truce_day_one_aj.txt", published="2023-11-24", outlet="Al Jazeera-style",
    event="Gaza truce day one, 2023-11-24: 24 captives freed, 39 Palestinians released",
    counts=[
        c("released", 24, "Hamas has released 24 captives held in Gaza"),
        c("released", 39, "39 Palestinian women and children were freed from Israeli prisons"),
        c("other", 13, "The 13 Israelis, women and children aged between two and 85",
          note="subset of the 24 (Israelis)"),
        c("other", 10, "The 10 Thai nationals and one Filipino were released under a separate arrangement",
          note="subset of the 24 (Thais)"),
        c("other", 24, "Twenty-four of them were women and 15 were boys under the age of 19",
          note="subset of the 39 (women)"),
        c("other", 15, "Twenty-four of them were women and 15 were boys under the age of 19",
          note="subset of the 39 (boys)"),
        c("released", 50, "Hamas is to release 50 Israeli women and children over four days", note="planned"),
        c("released", 150, "in exchange for 150 Palestinian prisoners", note="planned"),
        c("remaining_held", 210, "Israel says about 210 captives remain in Gaza after Friday's release",
          qualifier="about"),
        c("remaining_held", 7000, "More than 7,000 Palestinians are held in Israeli jails", qualifier="more_than",
          note="Palestinians held by Israel, per Palestinian Prisoners' Society"),
        c("other", 2200, "including about 2,200 arrested since October 7", qualifier="about",
          note="subset of the 7,000 (arrested since Oct 7)"),
        c("released", 4, "Before the truce, Hamas had freed four captives", note="earlier event"),
        c("other", 14800, "More than 14,800 Palestinians have been killed", qualifier="more_than", note="deaths"),
    ],
    released_names=["Yaffa Adar", "Hanna Katzir", "Adina Moshe", "Margalit Moses", "Channah Peri", "Ohad Munder",
                    "Keren Munder", "Ruth Munder", "Doron Katz Asher", "Raz Asher", "Aviv Asher", "Daniela Aloni",
                    "Emilia Aloni", "Marah Bakeer"],
    alias_groups={},
    not_released_names=["Avraham Munder"],
    other_event_released_names=["Judith Raanan", "Yocheved Lifshitz", "Nurit Cooper", "Ori Megidish"],
    other_people=["Majed al-Ansari", "Srettha Thavisin", "Benjamin Netanyahu"],
    distractors=["Avraham Munder shares a surname with three releasees and remains held",
                 "ages 85, 77, 9...; 'aged between two and 85'", "extendable by a day for every additional 10 captives"],
))

G.append(dict(
    file="004_gaza_fifth_exchange_liveblog.txt", published="2025-02-08", outlet="Israeli liveblog",
    event="Gaza ceasefire fifth exchange, 2025-02-08: 3 hostages for 183 prisoners",
    counts=[
        c("released", 3, "Three hostages back in Israel"),
        c("released", 183, "Israel has released 183 Palestinian prisoners"),
        c("transferred_to", 7, "Seven of the life-sentence prisoners were deported to Egypt", where="Egypt"),
        c("other", 18, "They include 18 serving life sentences", note="subset of the 183"),
        c("other", 54, "54 serving long sentences", note="subset of the 183"),
        c("other", 111, "111 residents of Gaza who were detained during the war", note="subset of the 183"),
        c("released", 16, "16 of the 33 hostages slated for release in the first phase of the deal have been freed",
          note="cumulative under the deal"),
        c("released", 33, "the 33 hostages slated for release in the first phase", note="planned"),
        c("released", 5, "five Thai nationals released outside the framework of the agreement on January 30",
          note="earlier event"),
        c("remaining_held", 76, "Seventy-six hostages are still held in Gaza"),
        c("other", 35, "including at least 35 confirmed dead by the IDF", qualifier="at_least",
          note="subset of the 76 (dead)"),
        c("released", 766, "Israel has so far released 766 Palestinians under the deal", note="cumulative"),
    ],
    released_names=["Eli Sharabi", "Ohad Ben Ami", "Or Levy"],
    alias_groups={},
    not_released_names=["Matan Zangauker", "Avinatan Or"],
    other_event_released_names=["Noa Argamani"],
    other_people=["Noam Shilo", "Benjamin Netanyahu", "Steve Witkoff", "Einav Zangauker"],
    distractors=["Sharabi's wife and daughters (first names only) were killed; brother Yossi died in captivity",
                 "Avinatan Or: surname 'Or' vs releasee 'Or Levy'", "ages 52/56/34, 491 days"],
))

G.append(dict(
    file="005_venezuela_saab_swap_reuters.txt", published="2023-12-20", outlet="Reuters-style",
    event="Venezuela-US swap for Alex Saab, 2023-12-20",
    counts=[
        c("released", 10, "Venezuela released 10 Americans"),
        c("released", 20, "and 20 Venezuelan political prisoners on Wednesday"),
        c("other", 6, "including six the U.S. government considers wrongfully detained", note="subset of the 10"),
        c("remaining_held", 260, "more than 260 political prisoners remain in Venezuelan jails", qualifier="more_than"),
        c("released", 7, "Venezuela freed seven Americans, including five oil executives", note="earlier event (Oct 2022)"),
        c("released", 2, "in exchange for two nephews of first lady Cilia Flores", note="earlier event (Oct 2022)"),
    ],
    released_names=["Eyvin Hernandez", "Jerrel Kenemore", "Joseph Cristella", "Savoi Wright", "Luke Denman",
                    "Airan Berry", "Alex Saab", "Roberto Abdul"],
    alias_groups={},
    not_released_names=[],
    other_event_released_names=[],
    other_people=["Daniel Ortiz", "Laura Whitfield", "Nicolas Maduro", "Leonard Glenn Francis", "Joe Biden",
                  "Jorge Rodriguez", "Maria Corina Machado", "Alfredo Romero", "Cilia Flores", "Roger Carstens",
                  "Sarah Kim", "Grant McCool"],
    distractors=["Leonard Glenn Francis was handed over INTO US custody, not freed",
                 "'Twenty releases do not change the system' is a quote restating the 20",
                 "Machado is barred from running, not a prisoner"],
))

G.append(dict(
    file="006_venezuela_citgo_swap_cookie.txt", published="2022-10-01", outlet="CNN-style page with cookie banner",
    event="Venezuela-US swap: 7 Americans for 2 Flores nephews, 2022-10-01",
    counts=[
        c("released", 7, "Seven Americans wrongfully detained in Venezuela, including five oil executives from Houston-based Citgo, were released Saturday"),
        c("released", 2, "in exchange for two nephews of Venezuelan President Nicolás Maduro's wife"),
        c("other", 5, "including five oil executives from Houston-based Citgo", note="subset of the 7"),
        c("remaining_held", 3, "at least three more Americans are wrongfully detained there", qualifier="at_least"),
    ],
    released_names=["Tomeu Vadell", "Alirio Zambrano", "José Luis Zambrano", "Jorge Toledo", "José Pereira",
                    "Matthew Heath", "Osman Khan", "Efraín Antonio Campo Flores", "Franqui Francisco Flores de Freitas"],
    alias_groups={},
    not_released_names=["Luke Denman", "Airan Berry", "Eyvin Hernandez"],
    other_event_released_names=["Gustavo Cárdenas", "Jorge Fernández"],
    other_people=["Kevin Lindqvist", "Paula Herrera", "Nicolás Maduro", "Cilia Flores", "Joe Biden",
                  "Cristina Vadell", "David J. Phillip", "Roger Carstens", "Bill Richardson", "Jake Sullivan",
                  "Stefano Pozzebon"],
    distractors=["Cristina Vadell is Tomeu Vadell's daughter", "sentences of 8-13 and 18 years",
                 "'a sixth Citgo executive' (ordinal) freed in March: earlier event", "Most Read headlines"],
))

G.append(dict(
    file="007_iran_us_swap_guardian.txt", published="2023-09-18", outlet="Guardian-style",
    event="Iran-US prisoner swap, 2023-09-18: five Americans for five Iranians and $6bn",
    counts=[
        c("released", 5, "Five Americans held in Iran, including the businessman Siamak Namazi, have been freed"),
        c("released", 5, "saw the US release five Iranians", note="the other side of the swap"),
        c("transferred_to", 5, "have been freed and flown to Doha", where="Qatar",
          note="inferred; transit stop on the way to the US (optional)"),
        c("transferred_to", 5, "have been freed and flown to Doha", where="Doha",
          note="inferred; same as above, city spelling (optional)"),
        c("transferred_to", 2, "He said two of them would return to Iran", where="Iran", note="planned"),
    ],
    released_names=["Siamak Namazi", "Emad Shargi", "Morad Tahbaz", "Mehrdad Moein Ansari", "Kambiz Attar Kashani",
                    "Reza Sarhangpour Kafrani", "Amin Hasanzadeh", "Kaveh Afrasiabi"],
    alias_groups={},
    not_released_names=["Shahab Dalili", "Ahmadreza Djalali"],
    other_event_released_names=["Baquer Namazi", "Nazanin Zaghari-Ratcliffe", "Anoosheh Ashoori"],
    other_people=["Helen Lister", "Effie Namazi", "Vida Tahbaz", "Joe Biden", "Mahmoud Ahmadinejad",
                  "Nasser Kanaani", "Ebrahim Raisi", "Babak Namazi", "Antony Blinken"],
    distractors=["$6bn / £4.8bn / £400m are money", "Effie Namazi and Vida Tahbaz were under travel bans, not prisoners",
                 "Babak and Baquer Namazi share the surname", "'dozens of dual and foreign nationals' is vague"],
))

G.append(dict(
    file="008_ukraine_pow_95_kyivindependent.txt", published="2024-10-18", outlet="Kyiv Independent-style",
    event="Ukraine-Russia POW exchange 95 for 95, 2024-10-18",
    counts=[
        c("exchanged", 95, "Ukraine and Russia each returned 95 prisoners of war on Oct. 18"),
        c("transferred_to", 95, "95 Russian servicemen captured during Ukraine's incursion into Kursk Oblast had been returned from Ukrainian captivity and were in Belarus",
          where="Belarus", note="inferred; transit (optional)"),
        c("released", 3767, "In total, 3,767 Ukrainians have been brought home from Russian captivity since February 2022",
          note="cumulative"),
        c("released", 103, "saw 103 Ukrainian defenders returned", note="earlier event (Sept 14)"),
        c("remaining_held", 8000, "more than 8,000 Ukrainians, including civilians, remain in Russian captivity",
          qualifier="more_than"),
        c("other", 28, "at least 28 Ukrainian media workers are held by Russia", qualifier="at_least",
          note="subset of those held (media workers)"),
    ],
    released_names=["Maksym Butkevych"],
    alias_groups={},
    not_released_names=["Dmytro Khyliuk"],
    other_event_released_names=[],
    other_people=["Olena Hrytsenko", "Volodymyr Zelensky", "Dmytro Lubinets", "Andriy Yermak"],
    distractors=["'58th prisoner exchange' is an ordinal", "13 years sentence, age 47"],
))

G.append(dict(
    file="009_ukraine_istanbul_stage_one_euronews.txt", published="2025-05-23", outlet="Euronews-style",
    event="Ukraine-Russia 1,000-for-1,000 exchange, stage one 390 for 390, 2025-05-23",
    counts=[
        c("exchanged", 390, "Ukraine and Russia exchanged 390 people each on Friday"),
        c("other", 270, "Ukraine received 270 servicemen and 120 civilians", note="subset of the 390 (servicemen)"),
        c("other", 120, "Ukraine received 270 servicemen and 120 civilians", note="subset of the 390 (civilians)"),
        c("exchanged", 1000, "the first stage of a \"1,000 for 1,000\" deal", note="planned"),
        c("released", 230, "230 Ukrainians were freed in return for 248 Russians", note="earlier event (Jan 2024)"),
        c("released", 248, "230 Ukrainians were freed in return for 248 Russians", note="earlier event (Jan 2024)"),
        c("other", 553, "Cuba frees 553 prisoners after Vatican mediation", note="page noise: unrelated headline"),
        c("other", 15, "injuring at least 15 people", qualifier="at_least", note="injured"),
    ],
    released_names=[],
    alias_groups={},
    not_released_names=[],
    other_event_released_names=[],
    other_people=["Anna Kowalczyk", "Volodymyr Zelensky", "Rustem Umerov", "Vladimir Medinsky", "Donald Trump",
                  "Hakan Fidan", "Dmytro Lubinets", "Nicusor Dan"],
    distractors=["'thousands ... remain in Russian captivity' is vague", "Most viewed headlines (Cuba 553)"],
))

G.append(dict(
    file="010_belarus_52_rferl.txt", published="2025-09-11", outlet="RFE/RL-style",
    event="Belarus release of 52 prisoners, 2025-09-11",
    counts=[
        c("released", 52, "Belarus has released 52 prisoners"),
        c("transferred_to", 51, "Fifty-one of the freed prisoners were taken by bus to Lithuania", where="Lithuania"),
        c("other", 14, "including 14 foreign nationals", note="subset of the 52"),
        c("other", 6, "six Lithuanians, two Latvians, two Poles", note="subset by nationality"),
        c("released", 13, "was freed along with 13 others", note="earlier event (June 21, 2025)"),
        c("remaining_held", 1100, "more than 1,100 political prisoners remain behind bars in Belarus", qualifier="more_than"),
        c("released", 300, "Lukashenka has pardoned more than 300 people", qualifier="more_than", note="cumulative since July 2024"),
        c("other", 23, "Belarus Adds 23 More To List Of 'Extremists'", note="page noise: related headline"),
    ],
    released_names=["Ihar Losik", "Mikalai Dziadok"],
    alias_groups={},
    not_released_names=["Mikalai Statkevich", "Ales Bialiatski", "Maryya Kalesnikava", "Viktar Babaryka"],
    other_event_released_names=["Siarhei Tsikhanouski", "Ihar Karnei"],
    other_people=["John Coale", "Alyaksandr Lukashenka", "Stephen Capus", "Donald Trump", "Sviatlana Tsikhanouskaya",
                  "Keith Kellogg", "Gitanas Nauseda"],
    distractors=["Statkevich counted in the 52 by Minsk but refused to leave and was returned to prison",
                 "'The 52nd prisoner'", "Bialiatski/Kalesnikava/Babaryka still imprisoned at this date"],
))

G.append(dict(
    file="011_nicaragua_222_elpais.txt", published="2023-02-09", outlet="El País English-style",
    event="Nicaragua frees and expels 222 political prisoners to the US, 2023-02-09",
    counts=[
        c("released", 222, "Daniel Ortega's regime released 222 political prisoners"),
        c("transferred_to", 222, "The 222 former prisoners were flown to the United States", where="United States"),
        c("other", 224, "The list handed to Washington had 224 names", note="list, not all released"),
        c("other", 2, "Two of them did not board the plane", note="not released"),
        c("remaining_held", 37, "at least 37 political prisoners remain in Nicaraguan jails", qualifier="at_least"),
        c("released", 56, "the government freed 56 prisoners under a controversial amnesty law", note="earlier event (June 2019)"),
        c("other", 300, "more than 300 people died", qualifier="more_than", note="deaths"),
    ],
    released_names=["Cristiana Chamorro", "Juan Sebastián Chamorro", "Félix Maradiaga", "Arturo Cruz",
                    "Dora María Téllez", "Lesther Alemán", "Medardo Mairena", "Miguel Mora", "Pedro Joaquín Chamorro"],
    alias_groups={},
    not_released_names=["Rolando Álvarez"],
    other_event_released_names=[],
    other_people=["Carlos Salinas Maldonado", "Daniel Ortega", "Octavio Rothschild", "Berta Valle", "Antony Blinken",
                  "Brian Nichols", "Rosario Murillo", "Sergio Ramírez"],
    distractors=["three Chamorros, all released", "Álvarez refused to board and was sentenced to 26 years",
                 "'26 years and four months'"],
))

G.append(dict(
    file="012_griner_bout_swap.txt", published="2022-12-08", outlet="Guardian US-style",
    event="Griner-Bout swap in Abu Dhabi, 2022-12-08",
    counts=[
        c("exchanged", 1, "in a one-for-one prisoner exchange", note="inferred (optional)"),
    ],
    released_names=["Brittney Griner", "Viktor Bout"],
    alias_groups={},
    not_released_names=["Paul Whelan"],
    other_event_released_names=["Trevor Reed", "Konstantin Yaroshenko"],
    other_people=["Jonah Farrell", "Irina Sokolova", "Joe Biden", "Cherelle Griner", "Kamala Harris",
                  "David Whelan", "Kevin McCarthy"],
    distractors=["Cherelle Griner is the wife", "David Whelan is Paul's brother", "9/25/16/20-year sentences",
                 "Whelan 'left behind'"],
))

G.append(dict(
    file="013_cuba_ferrer_release.txt", published="2025-01-17", outlet="wire-style web page",
    event="Cuba's Vatican-brokered release of 553 prisoners (first days), January 2025",
    counts=[
        c("released", 100, "one of more than 100 prisoners freed this week", qualifier="more_than"),
        c("released", 553, "the Cuban government agreed to release 553 people", note="planned"),
        c("remaining_held", 1000, "as of December there were more than 1,000 political prisoners in Cuba",
          qualifier="more_than", note="before the releases"),
        c("other", 75, "Ferrer was among the 75 dissidents jailed", note="arrested, 2003"),
        c("released", 53, "Cuba released 53 political prisoners as part of the thaw", note="earlier event (2015)"),
    ],
    released_names=["José Daniel Ferrer", "Félix Navarro", "Sayli Navarro"],
    alias_groups={"Maykel Castillo": ["Osorbo"]},
    not_released_names=["Luis Manuel Otero Alcántara", "Maykel Castillo"],
    other_event_released_names=[],
    other_people=["Marta Echevarría", "Nelva Ortega", "Pope Francis", "Berta Soler", "Miguel Díaz-Canel",
                  "Marco Rubio", "Donald Trump"],
    distractors=["Ferrer was also freed in 2011 (earlier)", "Berta Soler is a dissident leader, not a releasee",
                 "four-and-a-half-year sentence"],
))

G.append(dict(
    file="014_myanmar_amnesty_suukyi.txt", published="2023-08-01", outlet="Reuters-style",
    event="Myanmar Buddhist Lent amnesty of 7,749 prisoners, 2023-08-01",
    counts=[
        c("released", 7749, "granted amnesty to 7,749 prisoners"),
        c("released", 7000, "Myanmar junta pardons more than 7,000 prisoners", qualifier="more_than",
          note="headline rounding of 7,749 (vague quantifier; optional)"),
        c("other", 125, "included 125 foreigners who will be deported", note="subset, to be deported"),
        c("remaining_held", 19000, "more than 19,000 people remain in detention for political reasons",
          qualifier="more_than"),
        c("other", 3900, "At least 3,900 people have been killed", qualifier="at_least", note="deaths"),
        c("released", 2153, "the junta freed 2,153 political prisoners", note="earlier event (May 2023)"),
        c("released", 3000, "among more than 3,000 people pardoned", qualifier="more_than", note="earlier event (May 2023)"),
        c("released", 6000, "an amnesty of about 6,000 prisoners", qualifier="about", note="earlier event (Nov 2022)"),
    ],
    released_names=[],
    alias_groups={"Aung San Suu Kyi": ["Suu Kyi"]},
    not_released_names=["Aung San Suu Kyi", "Suu Kyi", "Win Myint"],
    other_event_released_names=["Sean Turnell", "Vicky Bowman", "Toru Kubota"],
    other_people=["Zaw Min Tun", "Ann Wang", "Min Aung Hlaing", "Kim Aris", "Martin Petty"],
    distractors=["Suu Kyi 'pardoned on five of the 19 offences' but remains detained",
                 "33/27/six/four years of sentence", "19 offences",
                 "'Suu Kyi' is listed separately because the scorer's surname/first-name matcher cannot equate it with 'Aung San Suu Kyi'"],
))

G.append(dict(
    file="015_egypt_alaa_pardon_mee.txt", published="2025-09-23", outlet="Middle East Eye-style",
    event="Egypt: presidential pardon and release of Alaa Abd El-Fattah, 2025-09-22/23",
    counts=[
        c("released", 6, "a pardon for him and five other prisoners", note="inferred: 1 + 5 pardoned (optional)"),
        c("released", 5, "a pardon for him and five other prisoners", note="inferred: the five others (optional)"),
        c("remaining_held", 60000, "Egypt holds about 60,000 political prisoners", qualifier="about"),
    ],
    released_names=["Alaa Abd El-Fattah"],
    alias_groups={},
    not_released_names=["Hoda Abdelmoniem"],
    other_event_released_names=["Patrick Zaki", "Ahmed Douma", "Sanaa Seif"],
    other_people=["Yasmin Farouk", "Abdel Fattah el-Sisi", "Laila Soueif", "Mona Seif", "Hosni Mubarak",
                  "Yvette Cooper", "Keir Starmer"],
    distractors=["'thousands remain jailed' is vague", "ages 43/69, five-year sentence, ten months hunger strike"],
))

G.append(dict(
    file="016_fogel_vinnikov_swap.txt", published="2025-02-12", outlet="Reuters-style",
    event="Marc Fogel freed by Russia; US to free Alexander Vinnikov, 2025-02-11/12",
    counts=[
        c("exchanged", 24, "in which 24 prisoners were exchanged", note="earlier event (Aug 2024)"),
        c("released", 3, "Belarus on Wednesday freed three people", note="earlier event / different event (Belarus)"),
    ],
    released_names=["Marc Fogel"],
    alias_groups={},
    not_released_names=["Stephen Hubbard", "Ksenia Karelina"],
    other_event_released_names=["Evan Gershkovich", "Paul Whelan", "Andrey Kuznechyk"],
    other_people=["Jonathan Mercer", "Anastasia Lebedeva", "Donald Trump", "Steve Witkoff", "Malphine Fogel",
                  "Nathan Howard", "Mike Waltz", "Dmitry Peskov", "Kirill Dmitriev", "Daniel Wallis", "Putin"],
    distractors=["Vinnikov 'will' be released (announced, not yet done): not in any list",
                 "$9 billion, $51.80, 17 grams", "Malphine Fogel is the mother"],
))

G.append(dict(
    file="017_edan_alexander_release.txt", published="2025-05-12", outlet="NPR-style",
    event="Hamas frees Edan Alexander, 2025-05-12 (no prisoners in return)",
    counts=[
        c("remaining_held", 58, "58 hostages remain in Gaza"),
        c("remaining_held", 23, "Israeli officials believe around 23 are still alive", qualifier="about",
          note="inferred: living subset of the 58 (optional)"),
        c("other", 4, "The bodies of four Americans", note="bodies"),
        c("released", 33, "33 hostages were released", note="earlier event (Jan-Mar 2025 ceasefire)"),
        c("released", 2000, "nearly 2,000 Palestinian prisoners and detainees", qualifier="about",
          note="earlier event"),
    ],
    released_names=["Edan Alexander"],
    alias_groups={},
    not_released_names=["Nimrod Cohen", "Matan Angrest"],
    other_event_released_names=["Keith Siegel", "Sagui Dekel-Chen"],
    other_people=["Rachel Stern", "Yael Alexander", "Adi Alexander", "Benjamin Netanyahu", "President Trump",
                  "Steve Witkoff", "Adam Boehler"],
    distractors=["parents share the surname", "'did not free any Palestinian prisoners'", "584 days, 19 months",
                 "more than 52,800 killed"],
))


def main():
    out = []
    for g in G:
        text = open(os.path.join(HERE, "articles", g["file"]), encoding="utf-8").read()
        for k in g["counts"]:
            assert k["quote"] in text, (g["file"], k["quote"])
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                assert n.lower() in text.lower(), (g["file"], key, n)
        out.append(json.dumps(g, ensure_ascii=False))
    files = sorted(f for f in os.listdir(os.path.join(HERE, "articles")) if f.endswith(".txt"))
    assert files == sorted(g["file"] for g in G), "articles and gold out of sync"
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {len(out)} gold records")


if __name__ == "__main__":
    main()
