#!/usr/bin/env python3
"""Build and check tests/devset_b/gold.jsonl (blind, held-out-style dev set).

    python tests/devset_b/make_gold.py          # check, then write gold.jsonl
    python tests/devset_b/make_gold.py --check  # only check the existing gold.jsonl

Checks: every article has a gold line and vice versa; every `quote` is an exact
substring of its article; every name (or one of its alias_groups spellings) occurs
in the article; kinds/qualifiers are valid; transferred_to has a `where`.
Annotation conventions (same as shared/eval/seeds_gold.jsonl):
- released / exchanged / transferred_to / remaining_held = figures of the main event;
  both sides of a swap count as released.
- subsets ("including 27 women"), arrests, deaths, demands  -> kind "other".
- other events -> note "earlier event"; running totals -> "cumulative";
  future stages -> "planned"; "a dozen" etc. -> "vague quantifier";
  figures that are only a party's claim or an inference -> "claim by" / "inferred"
  (scorer: not required, but not penalised either).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")
GOLD = os.path.join(HERE, "gold.jsonl")

KINDS = {"released", "transferred_to", "remaining_held", "exchanged", "other"}
QUALS = {"exact", "more_than", "at_least", "about"}


def c(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


G = [
    {
        "file": "001_reed_yaroshenko_swap.txt", "published": "2022-04-27", "outlet": "Associated Press (wire)",
        "event": "US-Russia swap: Trevor Reed for Konstantin Yaroshenko, Ankara, 2022-04-27",
        "counts": [
            c("exchanged", 2, "The two men were exchanged on the tarmac of an airport in Ankara",
              note="one-for-one swap; both sides count"),
            c("exchanged", 14, "In 2010, Washington and Moscow swapped 14 people at Vienna's airport",
              note="earlier event (2010 spy swap)"),
            c("released", 10, "10 Russian sleeper agents arrested in the United States",
              note="earlier event (2010 spy swap)"),
            c("released", 4, "in return for four men convicted in Russia of spying for the West",
              note="earlier event (2010 spy swap)"),
        ],
        "released_names": ["Trevor Reed", "Konstantin Yaroshenko"],
        "alias_groups": {},
        "not_released_names": ["Paul Whelan", "Brittney Griner"],
        "other_event_released_names": ["Anna Chapman", "Sergei Skripal"],
        "other_people": ["Joe Biden", "Joey Reed", "Paula Reed", "Antony Blinken", "John Sullivan",
                         "Maria Zakharova", "Viktoria Yaroshenko", "David Whelan", "Bill Richardson",
                         "Matthew Lee", "Jim Heintz", "Aamer Madhani", "Dasha Litvinova"],
        "distractors": ["ages 30/53/52, sentences of nine, 20 and 16 years", "Reed's parents and Yaroshenko's wife share surnames with releasees",
                        "Whelan and Griner explicitly not part of the deal"],
    },
    {
        "file": "002_ukraine_russia_35_for_35.txt", "published": "2019-09-07", "outlet": "UK broadcaster web page (page chrome, related links, top stories)",
        "event": "Ukraine-Russia 35-for-35 prisoner exchange, 2019-09-07",
        "counts": [
            c("exchanged", 70, "Russia and Ukraine have exchanged 70 prisoners"),
            c("released", 35, "Each side released 35 prisoners."),
            c("transferred_to", 35, "a plane carrying 35 freed Ukrainians landed at Boryspil airport", where="Ukraine"),
            c("transferred_to", 35, "the 35 people handed over by Kyiv were flown to Moscow's Vnukovo airport", where="Russia"),
            c("other", 24, "the 24 Ukrainian sailors seized by Russia off the Crimean coast", note="subset of the 35 freed Ukrainians"),
            c("remaining_held", 113, "113 Ukrainian citizens are still being held in Russia and annexed Crimea",
              note="Kyiv's figure of Ukrainians still held in Russia/Crimea"),
            c("remaining_held", 200, "Another 200-plus people are believed to be held by Russian-backed separatists",
              qualifier="more_than", note="held by separatists in Donetsk/Luhansk"),
            c("exchanged", 300, "Kyiv and the separatists swapped more than 300 prisoners", qualifier="more_than",
              note="earlier event (December 2017)"),
            c("other", 13000, "More than 13,000 people have been killed", qualifier="more_than", note="deaths"),
        ],
        "released_names": ["Oleg Sentsov", "Oleksandr Kolchenko", "Roman Sushchenko", "Pavlo Hryb", "Mykola Karpyuk",
                           "Volodymyr Tsemakh", "Kirill Vyshinsky"],
        "alias_groups": {},
        "not_released_names": ["Server Mustafayev"],
        "other_event_released_names": [],
        "other_people": ["Valentyn Ogirenko", "Volodymyr Zelensky", "Dmitry Peskov", "Vladimir Putin", "Tatyana Moskalkova",
                         "Lyudmila Denisova", "Natalya Kaplan", "Emmanuel Macron", "Angela Merkel", "Robert Mugabe", "Boris Johnson"],
        "distractors": ["photo credit REUTERS/Valentyn Ogirenko", "145-day hunger strike, 20- and 12-year sentences",
                        "Tsemakh and Vyshinsky were freed to Russia (other side of the swap)", "top-stories headlines are page noise"],
    },
    {
        "file": "003_shalit_exchange.txt", "published": "2011-10-18", "outlet": "Reuters (wire)",
        "event": "Gilad Shalit freed for Palestinian prisoners, first stage, 2011-10-18",
        "counts": [
            c("released", 477, "Israel released 477 Palestinian prisoners on Tuesday"),
            c("released", 1027, "under which 1,027 Palestinians are to be freed in return for the 25-year-old sergeant",
              note="planned total of the deal (both stages)"),
            c("released", 550, "A further 550 are due to be released within two months", note="planned second stage"),
            c("transferred_to", 295, "Some 295 of those released on Tuesday were bussed into the Gaza Strip",
              qualifier="about", where="Gaza"),
            c("other", 164, "among them 164 West Bank residents barred by Israel from returning home", note="subset of those sent to Gaza"),
            c("transferred_to", 40, "Forty were to be sent into exile in Turkey, Syria and Qatar", where="Turkey, Syria and Qatar"),
            c("other", 27, "The released prisoners included 27 women", note="subset"),
            c("remaining_held", 5000, "about 5,000 Palestinians are still held in Israeli prisons", qualifier="about",
              note="figure given by Palestinian officials"),
            c("released", 1150, "In 1985, Israel released 1,150 prisoners in exchange for three soldiers", note="earlier event (1985)"),
        ],
        "released_names": ["Gilad Shalit", "Yehia Sinwar", "Ahlam Tamimi"],
        "alias_groups": {},
        "not_released_names": ["Marwan Barghouti", "Ahmad Saadat"],
        "other_event_released_names": [],
        "other_people": ["Dan Williams", "Nidal al-Mughrabi", "Benjamin Netanyahu", "Ehud Barak", "Noam Shalit", "Aviva Shalit",
                         "Ibraheem Abu Mustafa", "Ismail Haniyeh", "Khaled Meshaal", "Mahmoud Abbas", "David Meidan",
                         "Gerhard Conrad", "Jeffrey Heller", "Ali Sawafta", "Crispian Balmer", "Peter Graff"],
        "distractors": ["Shalit's parents share his surname", "five life terms, multiple life sentences",
                        "photo credit REUTERS/Ibraheem Abu Mustafa", "Barghouti and Saadat excluded from the deal"],
    },
    {
        "file": "004_myanmar_amnesty.txt", "published": "2022-11-17", "outlet": "AFP (wire, with cookie banner and most-read list)",
        "event": "Myanmar junta amnesty for 5,774 prisoners incl. Turnell, Bowman, Kubota, 2022-11-17",
        "counts": [
            c("released", 5774, "as part of an amnesty for 5,774 prisoners to mark National Victory Day"),
            c("other", 676, "5,774 prisoners including 676 women will be released", note="subset"),
            c("other", 600, "Around 600 of those freed had been held under a law against encouraging dissent",
              qualifier="about", note="subset"),
            c("other", 4, "the four foreigners would be deported", note="subset (foreigners), no destination"),
            c("remaining_held", 12923, "more than 16,000 people have been arrested since the coup and 12,923 remain in detention",
              note="AAPP figure"),
            c("other", 16000, "more than 16,000 people have been arrested since the coup", qualifier="more_than", note="arrests"),
            c("other", 2500, "more than 2,500 people have been killed", qualifier="more_than", note="deaths"),
            c("released", 1619, "pardoned 1,619 prisoners to mark the traditional new year", note="earlier event (April 2022)"),
            c("released", 5000, "more than 5,000 people detained for protesting against the coup were released",
              qualifier="more_than", note="earlier event (October 2021)"),
            c("other", 4, "the execution in July of four activists", note="executions"),
        ],
        "released_names": ["Sean Turnell", "Vicky Bowman", "Toru Kubota", "Kyaw Htay Oo", "Htein Lin"],
        "alias_groups": {},
        "not_released_names": ["Aung San Suu Kyi", "Win Myint"],
        "other_event_released_names": [],
        "other_people": ["Zaw Min Tun", "Anthony Albanese", "Penny Wong", "Ha Vu", "Min Aung Hlaing", "Phyo Zeya Thaw",
                         "Kyaw Min Yu", "Ko Jimmy"],
        "distractors": ["AFP/Stringer photo credit", "executed activists are not releasees", "26-year and 10-year sentences"],
    },
    {
        "file": "005_chibok_82_released.txt", "published": "2017-05-07", "outlet": "French news site (with AFP), translated from French",
        "event": "82 Chibok schoolgirls freed for five Boko Haram commanders, 2017-05-06",
        "counts": [
            c("released", 82, "Eighty-two of the Chibok schoolgirls kidnapped by Boko Haram in April 2014 were released on Saturday"),
            c("exchanged", 5, "in exchange for five leaders of the jihadist group", note="other side of the swap"),
            c("released", 21, "A first group of 21 girls had been released in October 2016", note="earlier event (October 2016)"),
            c("other", 276, "took away 276 students", note="abducted in 2014"),
            c("other", 57, "Fifty-seven of them managed to escape", note="escaped in 2014"),
            c("remaining_held", 113, "113 of the girls are still held by the jihadists"),
            c("other", 20000, "killed more than 20,000 people", qualifier="more_than", note="deaths"),
        ],
        "released_names": [],
        "alias_groups": {},
        "not_released_names": [],
        "other_event_released_names": ["Amina Ali Nkeki"],
        "other_people": ["Muhammadu Buhari", "Zannah Mustapha", "Garba Shehu", "Yakubu Nkeki", "Oby Ezekwesili",
                         "Aisha Alhassan", "Abubakar Shekau"],
        "distractors": ["number in words (Eighty-two, Fifty-seven)", "ages 17 to 23", "Yakubu Nkeki is a parent, Amina Ali Nkeki found in 2016",
                        "'Read also' links"],
    },
    {
        "file": "006_betancourt_rescue.txt", "published": "2008-07-02", "outlet": "Colombian newspaper, translated from Spanish",
        "event": "Operation Jaque: 15 FARC hostages incl. Ingrid Betancourt freed, 2008-07-02",
        "counts": [
            c("released", 15, "In total, 15 hostages held by the Revolutionary Armed Forces of Colombia (FARC) were freed"),
            c("other", 14, "Ingrid Betancourt and 14 other hostages rescued", note="the others besides Betancourt; total is 15"),
            c("other", 11, "eleven members of the police and army", note="subset"),
            c("other", 3, "three American contractors", note="subset"),
            c("transferred_to", 3, "The three Americans were flown to the United States", where="United States",
              note="inferred: repatriation of a subset; optional"),
            c("other", 2, "Two guerrillas who were guarding the hostages", note="captured guerrillas, not releasees"),
            c("remaining_held", 700, "the FARC still hold some 700 hostages", qualifier="about", note="País Libre figure"),
            c("other", 25, "about 25 politicians, soldiers and police officers", qualifier="about", note="subset of those still held"),
            c("other", 12, "a group of twelve regional deputies kidnapped in 2002", note="2002 kidnapping"),
            c("released", 4, "four former congressmen were released", note="earlier event (February 2008)"),
            c("other", 500, "around 500 imprisoned guerrillas", qualifier="about", note="FARC demand (prisoners to be freed by the state)"),
        ],
        "released_names": ["Ingrid Betancourt", "Marc Gonsalves", "Thomas Howes", "Keith Stansell", "Juan Carlos Bermeo",
                           "William Pérez"],
        "alias_groups": {},
        "not_released_names": ["Sigifredo López", "Pablo Emilio Moncayo"],
        "other_event_released_names": ["Clara Rojas", "Consuelo González", "Luis Eladio Pérez", "Gloria Polanco",
                                       "Orlando Beltrán", "Jorge Eduardo Gechem"],
        "other_people": ["Juan Manuel Santos", "Yolanda Pulecio", "Melanie Delloye", "Lorenzo Delloye", "Nicolas Sarkozy",
                         "Gerardo Antonio Aguilar", "Álvaro Uribe", "Mario Montoya", "Gustavo Moncayo", "Hugo Chávez",
                         "Raúl Reyes", "Manuel Marulanda"],
        "distractors": ["'César' (Gerardo Antonio Aguilar) was captured, not freed", "William Pérez (freed) vs Luis Eladio Pérez (earlier)",
                        "Gustavo Moncayo is the father of still-held Pablo Emilio Moncayo"],
    },
    {
        "file": "007_rusesabagina_freed.txt", "published": "2023-03-25", "outlet": "Associated Press (wire)",
        "event": "Rwanda commutes sentences of Paul Rusesabagina and 19 others, 2023-03-24",
        "counts": [
            c("released", 20, "Rusesabagina, 68, was among 20 prisoners freed after President Paul Kagame commuted their sentences"),
            c("other", 20, "along with 20 co-defendants", note="co-defendants convicted in 2021"),
            c("other", 1200, "sheltering more than 1,200 people during the 1994 genocide", qualifier="more_than"),
            c("other", 800000, "some 800,000 people, mostly ethnic Tutsi, were killed", qualifier="about"),
            c("other", 9, "in which nine people were killed"),
            c("released", 2140, "In 2018, he pardoned 2,140 prisoners", note="earlier event (2018 pardon)"),
        ],
        "released_names": ["Paul Rusesabagina", "Callixte Nsabimana"],
        "alias_groups": {},
        "not_released_names": ["Dieudonné Niyonsenga"],
        "other_event_released_names": ["Victoire Ingabire", "Kizito Mihigo"],
        "other_people": ["Ignatius Ssuuna", "Paul Kagame", "Yolande Makolo", "Carine Kanimba", "Taciana Mukangamije",
                         "Antony Blinken", "Jake Sullivan", "Gatera Gashabana", "Cara Anna"],
        "distractors": ["Niyonsenga alias Cyuma Hassan still jailed", "25-, 20- and seven-year sentences",
                        "Kagame shares first name with Rusesabagina"],
    },
    {
        "file": "008_zaghari_ratcliffe_ashoori.txt", "published": "2022-03-16", "outlet": "UK broadcaster web page (cookie banner, read-more, trending)",
        "event": "Iran frees Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori, 2022-03-16",
        "counts": [
            c("released", 2, "The two British-Iranian dual nationals were freed on Wednesday morning"),
            c("remaining_held", 12, "at least a dozen foreign and dual nationals are still detained in Iran", qualifier="at_least",
              note="vague quantifier ('a dozen'); campaigners' figure"),
            c("exchanged", 3, "in exchange for three Iranians held abroad", note="earlier event (November 2020)"),
        ],
        "released_names": ["Nazanin Zaghari-Ratcliffe", "Anoosheh Ashoori"],
        "alias_groups": {},
        "not_released_names": ["Morad Tahbaz"],
        "other_event_released_names": ["Kylie Moore-Gilbert"],
        "other_people": ["Liz Truss", "Richard Ratcliffe", "Elika Ashoori", "Sherry Izadi", "Boris Johnson", "Tulip Siddiq",
                         "Roxanne Tahbaz"],
        "distractors": ["Tahbaz 'released from Evin prison on furlough' but not allowed to leave Iran (held)",
                        "£393.5m debt, 21-day hunger strike, 22-month-old daughter", "relatives share surnames"],
    },
    {
        "file": "009_belarus_18_pardoned.txt", "published": "2024-07-03", "outlet": "RFE/RL",
        "event": "Lukashenka pardons 18 political prisoners incl. Ryhor Kastusiou, 2024-07-03",
        "counts": [
            c("released", 18, "has pardoned 18 people jailed on what rights groups call politically motivated charges"),
            c("other", 5, "five women and several men over the age of 60", note="subset"),
            c("other", 17, "The names of the other 17 were not released", note="unnamed subset"),
            c("remaining_held", 1408, "there are currently 1,408 political prisoners in Belarus", note="Viasna figure"),
            c("remaining_held", 1400, "more than 1,400 people remain behind bars", qualifier="more_than",
              note="claim by Tsikhanouskaya (rounded Viasna figure); optional"),
            c("released", 5, "first freed in August 2015 along with five other political prisoners", note="earlier event (August 2015)"),
            c("other", 35000, "more than 35,000 people have been detained in Belarus", qualifier="more_than", note="arrests since 2020"),
        ],
        "released_names": ["Ryhor Kastusiou"],
        "alias_groups": {},
        "not_released_names": ["Ales Bialiatski", "Maryya Kalesnikava", "Syarhey Tsikhanouski", "Mikalay Statkevich", "Ihar Losik"],
        "other_event_released_names": ["Mikalay Statkevich"],
        "other_people": ["Alyaksandr Lukashenka", "Pavel Sapelka", "Sviatlana Tsikhanouskaya", "Natallia Eismont"],
        "distractors": ["Statkevich was freed in 2015 but is held again", "'Eighteen people is a drop in the ocean' repeats the count",
                        "10 1/2-, 10-, 11-, 18-, 14-, 15-year sentences"],
    },
    {
        "file": "010_venezuela_225_released.txt", "published": "2024-11-16", "outlet": "EFE (wire), translated from Spanish",
        "event": "Venezuela releases 225 people detained after the July 2024 election, 2024-11-16",
        "counts": [
            c("released", 225, "announced on Saturday the release of 225 people who had been arrested in the protests"),
            c("released", 69, "it had so far been able to confirm 69 of the releases",
              note="claim by Foro Penal: verified subset of the 225; optional"),
            c("remaining_held", 1963, "there were 1,963 political prisoners in Venezuela",
              note="Foro Penal count as of 11 November, before the releases"),
            c("other", 1794, "1,794 were arrested after the election", note="subset"),
            c("other", 165, "165 adolescents", note="subset"),
            c("other", 227, "227 women", note="subset"),
            c("other", 2000, "More than 2,000 people were detained in the days after the vote", qualifier="more_than", note="arrests"),
            c("other", 2200, "\"more than 2,200 terrorists\"", qualifier="more_than", note="Maduro's claim of arrests"),
            c("released", 5, "one of five political prisoners freed by the government", note="earlier event (October 2023)"),
            c("other", 10, "at least 10 new arrests in the past week", qualifier="at_least", note="new arrests"),
        ],
        "released_names": [],
        "alias_groups": {},
        "not_released_names": ["Perkins Rocha", "Freddy Superlano", "Roland Carreño"],
        "other_event_released_names": ["Roland Carreño"],
        "other_people": ["Tarek William Saab", "Alfredo Romero", "Nicolás Maduro", "María Corina Machado",
                         "Edmundo González Urrutia", "María Isabel Peña", "Gonzalo Himiob", "Volker Türk"],
        "distractors": ["no releasee is named", "María Isabel Peña is a mother whose unnamed son was released",
                        "Carreño freed in 2023, re-arrested and held", "80% of tally sheets"],
    },
    {
        "file": "011_armenia_azerbaijan_exchange.txt", "published": "2023-12-13", "outlet": "regional news site (South Caucasus correspondent)",
        "event": "Azerbaijan frees 32 Armenian servicemen, Armenia frees 2 Azerbaijani soldiers, 2023-12-13",
        "counts": [
            c("released", 32, "Azerbaijan has freed 32 Armenian servicemen"),
            c("released", 2, "Armenia has released two Azerbaijani soldiers", note="other side of the swap"),
            c("transferred_to", 32, "The 32 Armenians were handed over to Armenia", where="Armenia"),
            c("transferred_to", 2, "The two Azerbaijani soldiers, Huseyn Akhundov and Agshin Babirov, crossed back into Azerbaijan",
              where="Azerbaijan", note="inferred: repatriation; optional"),
            c("remaining_held", 23, "at least 23 Armenians remain in Azerbaijani custody", qualifier="at_least",
              note="figure given by Armenian officials"),
            c("other", 100000, "more than 100,000 ethnic Armenians", qualifier="more_than", note="exodus"),
            c("released", 15, "it released 15 Armenian detainees in return for maps", note="earlier event (June 2021)"),
            c("other", 97000, "97,000 anti-tank and anti-personnel mines", note="mines"),
        ],
        "released_names": ["Huseyn Akhundov", "Agshin Babirov"],
        "alias_groups": {},
        "not_released_names": ["Ruben Vardanyan", "Arayik Harutyunyan"],
        "other_event_released_names": [],
        "other_people": ["Nikol Pashinyan", "Ilham Aliyev", "Hikmet Hajiyev", "Armen Grigoryan", "Gohar Avagyan", "Charles Michel"],
        "distractors": ["life sentence and 12-year sentence", "Gohar Avagyan is a mother; her son is unnamed"],
    },
    {
        "file": "012_cheng_lei_released.txt", "published": "2023-10-11", "outlet": "Australian broadcaster web page (key points, read-more links, top stories)",
        "event": "China releases Australian journalist Cheng Lei, 2023-10-11",
        "counts": [],
        "released_names": ["Cheng Lei"],
        "alias_groups": {},
        "not_released_names": ["Yang Hengjun"],
        "other_event_released_names": ["Michael Kovrig", "Michael Spavor", "Meng Wanzhou"],
        "other_people": ["Stephanie Borys", "Anthony Albanese", "Penny Wong", "Graham Fletcher", "Nick Coyle", "Xi Jinping",
                         "Mao Ning", "Elaine Pearson"],
        "distractors": ["no count of people released: 'two children, aged 11 and 14', '10 hours a year', 'more than 1,000 days'",
                        "Chinese name order (Cheng Lei = Ms Cheng; Yang Hengjun = Dr Yang)", "Kovrig/Spavor/Meng freed in 2021"],
    },
    {
        "file": "013_hathloul_released.txt", "published": "2021-02-10", "outlet": "Reuters via aggregator (unrelated 'More from Reuters' headlines)",
        "event": "Saudi Arabia releases Loujain al-Hathloul, 2021-02-10",
        "counts": [
            c("remaining_held", 3, "at least three other women activists arrested in 2018 remained in prison", qualifier="at_least",
              note="ALQST figure"),
            c("other", 12, "more than a dozen women's rights activists arrested in May 2018", qualifier="more_than",
              note="arrests; vague quantifier"),
            c("released", 2, "two U.S. citizens held in the kingdom since 2019, Salah al-Haidar and Bader al-Ibrahim, were released on bail",
              note="earlier event (separate release on bail earlier the same week)"),
        ],
        "released_names": ["Loujain al-Hathloul"],
        "alias_groups": {},
        "not_released_names": ["Samar Badawi", "Nassima al-Sada"],
        "other_event_released_names": ["Aziza al-Yousef", "Eman al-Nafjan", "Salah al-Haidar", "Bader al-Ibrahim"],
        "other_people": ["Lina al-Hathloul", "Alia al-Hathloul", "Walid al-Hathloul", "Joe Biden", "Jake Sullivan",
                         "Mohammed bin Salman", "Raya Jalabi", "Aziz El Yaakoubi", "Giles Elgood"],
        "distractors": ["three siblings share the al-Hathloul surname", "five years eight months, two years 10 months suspended",
                        "'Navalny's wife leaves Russia' and other headlines are page noise"],
    },
    {
        "file": "014_gaza_truce_day_one.txt", "published": "2023-11-24", "outlet": "broadcaster live page (cookie notice, key events, related links)",
        "event": "Israel-Hamas truce day one: 24 hostages freed, 39 Palestinian prisoners released, 2023-11-24",
        "counts": [
            c("released", 24, "Hamas has released 24 hostages who were held in Gaza"),
            c("released", 13, "The 13 Israelis, all women and children, were freed under the truce deal",
              note="the truce-deal releases (Israelis); headline figure"),
            c("other", 10, "10 Thai nationals", note="subset, separate arrangement"),
            c("other", 1, "one Filipino", note="subset, separate arrangement"),
            c("released", 39, "Israel freed 39 Palestinian prisoners from its jails", note="other side of the swap"),
            c("transferred_to", 24, "The 24 were handed over to the International Committee of the Red Cross and driven through the Rafah crossing into Egypt",
              where="Egypt", note="inferred: transit route to Israel; optional"),
            c("other", 24, "the 24 women and 15 teenage boys released by Israel", note="subset of the 39"),
            c("other", 15, "15 teenage boys", note="subset of the 39"),
            c("released", 50, "Hamas is to release 50 Israeli women and children over four days", note="planned"),
            c("released", 150, "in exchange for 150 Palestinian women and minors", note="planned"),
            c("other", 10, "for every additional 10 hostages released", note="planned condition"),
            c("other", 240, "about 240 people were taken hostage", qualifier="about", note="abducted 7 October"),
            c("remaining_held", 215, "around 215 hostages are believed to still be held in Gaza", qualifier="about"),
            c("remaining_held", 7000, "more than 7,000 Palestinians are held in Israeli jails", qualifier="more_than",
              note="Palestinian prisoners' groups"),
            c("other", 1200, "about 1,200 people were killed", qualifier="about", note="deaths"),
            c("other", 14000, "more than 14,000 people have been killed", qualifier="more_than", note="deaths"),
        ],
        "released_names": ["Ohad Munder", "Keren Munder", "Ruti Munder", "Yaffa Adar", "Hanna Katzir", "Margalit Moses",
                           "Doron Katz Asher", "Raz Asher", "Aviv Asher", "Marah Bakir"],
        "alias_groups": {"Raz Asher": ["Raz"], "Aviv Asher": ["Aviv"]},
        "not_released_names": ["Avraham Munder"],
        "other_event_released_names": [],
        "other_people": ["Srettha Thavisin", "Yoni Asher", "Ammar Awad", "Benjamin Netanyahu", "Joe Biden", "Majed al-Ansari",
                         "Daniel Hagari"],
        "distractors": ["Avraham Munder (grandfather) remains in Gaza", "Yoni Asher (husband) was never held",
                        "Raz and Aviv named by first name only", "REUTERS/Ammar Awad photo credit", "ages 9, 78, 85, 77, 34, 4, 2, 24, 16"],
    },
    {
        "file": "015_ukraine_pow_50th_exchange.txt", "published": "2024-01-31", "outlet": "Ukrinform (Ukrainian news agency, English edition)",
        "event": "50th Ukraine-Russia prisoner exchange: 207 Ukrainians for 195 Russians, 2024-01-31",
        "counts": [
            c("released", 207, "Ukraine has brought home 207 of its citizens from Russian captivity"),
            c("released", 195, "195 Russian servicemen had been returned from territory controlled by Kyiv", note="other side of the swap"),
            c("transferred_to", 207, "Ukraine has brought home 207 of its citizens from Russian captivity", where="Ukraine",
              note="inferred: repatriation; optional"),
            c("transferred_to", 195, "The Russian servicemen are currently in the territory of the Republic of Belarus",
              where="Belarus", note="inferred: count from the previous sentence; optional"),
            c("transferred_to", 195, "They will be transported to Russia for treatment", where="Russia", note="planned; optional"),
            c("other", 2, "Two of those released are civilians", note="subset"),
            c("other", 65, "carrying 65 Ukrainian prisoners of war", note="claim by Moscow (Il-76 crash)"),
            c("released", 230, "230 Ukrainians returned home", note="earlier event (3 January 2024)"),
            c("released", 248, "Russia received 248 of its servicemen", note="earlier event (3 January 2024)"),
            c("released", 3035, "In total, 3,035 Ukrainians have been freed from Russian captivity since February 2022",
              note="cumulative"),
            c("remaining_held", 8000, "more than 8,000 Ukrainians, including civilians, remain in Russian captivity",
              qualifier="more_than"),
        ],
        "released_names": [],
        "alias_groups": {},
        "not_released_names": ["Maksym Butkevych"],
        "other_event_released_names": [],
        "other_people": ["Volodymyr Zelensky", "Dmytro Lubinets", "Tatyana Moskalkova", "Oleksandr Butkevych", "Andriy Yermak",
                         "Kyrylo Budanov"],
        "distractors": ["'50th exchange' is an ordinal", "ages 20 and 61", "13-year sentence",
                        "Oleksandr Butkevych is the father of still-held Maksym Butkevych"],
    },
]

# names shown only as part of a coordinated phrase ("Noam and Aviva Shalit")
PARTIAL = {"Aviva Shalit": "Noam and Aviva Shalit", "Melanie Delloye": "Melanie and Lorenzo Delloye",
           "Joey Reed": "Joey and Paula Reed"}


def check(golds):
    errs = []
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    gfiles = [g["file"] for g in golds]
    if sorted(gfiles) != files:
        errs.append(f"article/gold mismatch: {set(files) ^ set(gfiles)}")
    for g in golds:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        words = len(text.split())
        if not 300 <= words <= 800:
            errs.append(f"{g['file']}: {words} words")
        for cc in g["counts"]:
            if cc["kind"] not in KINDS or cc["qualifier"] not in QUALS or not isinstance(cc["value"], int):
                errs.append(f"{g['file']}: bad count {cc}")
            if cc["kind"] == "transferred_to" and not cc.get("where"):
                errs.append(f"{g['file']}: transferred_to without where {cc}")
            if cc["quote"] not in text:
                errs.append(f"{g['file']}: quote not found: {cc['quote']!r}")
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                spellings = [n] + g.get("alias_groups", {}).get(n, []) + ([PARTIAL[n]] if n in PARTIAL else [])
                if not any(s in text or (key == "other_people" and s.upper() in text) for s in spellings):
                    errs.append(f"{g['file']}: {key} name not found: {n!r}")
        rel = set(g["released_names"])
        for key in ("not_released_names", "other_people"):
            both = rel & set(g[key])
            if both:
                errs.append(f"{g['file']}: {both} both released and {key}")
    return errs


def main():
    if "--check" in sys.argv:
        golds = [json.loads(l) for l in open(GOLD, encoding="utf-8") if l.strip()]
    else:
        golds = G
    errs = check(golds)
    for e in errs:
        print("ERROR", e)
    if errs:
        sys.exit(1)
    if "--check" not in sys.argv:
        with open(GOLD, "w", encoding="utf-8") as f:
            for g in golds:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    n_req = sum(1 for g in golds for cc in g["counts"] if cc["kind"] != "other"
                and not any(k in (cc.get("note") or "").lower() for k in
                            ("earlier event", "cumulative", "vague quantifier", "planned", "projected", "inferred", "claim by")))
    print(f"ok: {len(golds)} articles, {sum(len(g['counts']) for g in golds)} counts ({n_req} required), "
          f"{sum(len(g['released_names']) for g in golds)} released names, "
          f"{sum(len(g['not_released_names']) for g in golds)} held names")


if __name__ == "__main__":
    main()
