#!/usr/bin/env python3
"""Gold for devset_kkk (blind, held-out-style). Writes gold.jsonl next to this script and checks it.

Checks: every quote is an exact substring of its article; every name, alias and `where` occurs in
the article (case-insensitive); no name is in two lists; every alias-group key is a listed name;
kinds and qualifiers are valid, values are integers; `where` is set exactly on `transferred_to`;
the GOLD file list matches articles/.
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
        file="001_gaza_alexander_liveblog.txt", published="2025-05-12",
        outlet="UK newspaper live blog (reverse chronological, unrelated entries, most-viewed list)",
        event="Hamas frees the US-Israeli soldier Edan Alexander in Khan Younis, 2025-05-12",
        counts=[
            C("remaining_held", 58, "Israel says 58 hostages remain in Gaza",
              note="as of 12 May 2025, after the release (Israeli figure)"),
            C("remaining_held", 20, "of whom at least 20 are believed to be alive", qualifier="at_least",
              note="inferred: subset of the 58 believed alive; optional"),
            C("other", 4, "The bodies of four other Americans", note="bodies held in Gaza, not living hostages"),
            C("released", 6, "The last hostages to come out alive were six men freed on 22 February",
              note="earlier event (22 February 2025)"),
            C("released", 33, "33 hostages were returned", note="earlier event (first ceasefire phase; includes bodies)"),
            C("released", 25, "25 of them alive", note="earlier event (first ceasefire phase)"),
            C("exchanged", 1800, "in exchange for about 1,800 Palestinian prisoners and detainees", qualifier="about",
              note="earlier event (first ceasefire phase)"),
            C("released", 2, "Police in Greater Manchester have released two men arrested on Saturday",
              note="earlier event: unrelated live-blog entry (released without charge)"),
        ],
        released_names=["Edan Alexander"],
        alias_groups={},
        not_released_names=["Matan Zangauker", "Omri Miran"],
        other_event_released_names=["Omer Shem Tov"],
        other_people=["Imogen Pryce", "Daniel Haddad", "Itay Chen", "Omer Neutra", "Gadi Haggai", "Judith Weinstein",
                      "Yael Alexander", "Adi Alexander", "Einav Zangauker", "Lishay Miran-Lavi", "Donald Trump",
                      "Steve Witkoff", "Benjamin Netanyahu", "Volodymyr Zelenskyy", "Vladimir Putin", "Pope Leo XIV"],
        distractors=["584 days / 505 days (durations); 21-year-old (age); 6.30pm / 4.30pm BST",
                     "the bodies of Itay Chen, Omer Neutra, Gadi Haggai and Judith Weinstein are held (dead; other_people)",
                     "'A third man remains in custody' (unrelated Oldham entry)",
                     "Pope Leo XIV asks for jailed journalists to be freed (unrelated entry, no count)",
                     "Yael and Adi Alexander are the parents; Einav Zangauker is the mother of a still-held hostage",
                     "Hamas's release 'after direct contacts with Washington' is not an exchange: Israel says it gave nothing"],
    ),
    dict(
        file="002_beirut_cicippio_upi.txt", published="1991-12-02", outlet="UPI archive wire (all-caps byline)",
        event="Revolutionary Justice Organization frees Joseph Cicippio in Beirut, handed over in Damascus, 1991-12-02",
        counts=[
            C("remaining_held", 4, "leaving four Western hostages still held in Lebanon", note="as of 2 December 1991"),
            C("released", 7, "Seven Western hostages have been freed since August",
              note="earlier event (cumulative releases since August 1991)"),
        ],
        released_names=["Joseph Cicippio"],
        alias_groups={},
        not_released_names=["Terry Anderson", "Alann Steen", "Heinrich Struebig", "Thomas Kemptner"],
        other_event_released_names=["John McCarthy", "Edward Tracy", "Terry Waite", "Thomas Sutherland"],
        other_people=["Sami Rizk", "Christopher Ross", "Elham Cicippio", "Thomas Cicippio", "Farouk al-Sharaa",
                      "Alberto Molinari", "Giandomenico Picco", "Marlin Fitzwater"],
        distractors=["Alberto Molinari is believed dead (not stated as held)",
                     "Anderson and Steen expected to be freed 'within days' (still held)",
                     "'two Lebanese brothers jailed in Germany' are a demand, not releasees",
                     "61 (age); more than five years; Sept. 12, 1986; 6 p.m.",
                     "Elham (wife) and Thomas Cicippio (brother) are relatives",
                     "'dozens of Arab prisoners' released by Israel (vague)"],
    ),
    dict(
        file="003_yemen_prime_fr.txt", published="2015-08-07",
        outlet="French broadcaster web page, machine-translated (cookie banner, video residue, READ ALSO list)",
        event="French consultant Isabelle Prime freed in Yemen and flown to Muscat, 2015-08-07",
        counts=[
            C("released", 2, "The Sultanate had already obtained in June the release of two Americans",
              note="earlier event (June 2015)"),
            C("remaining_held", 2, "Two other foreigners kidnapped this year in Sanaa are still held",
              note="claim by a Yemeni security source; as of 7 August 2015; optional"),
            C("other", 4500, "more than 4 500 dead", qualifier="more_than", note="casualties"),
            C("other", 2000, "about 2 000 civilians", qualifier="about", note="casualties"),
            C("other", 1500000, "1,5 million displaced", note="displaced"),
            C("released", 178, "Nigeria: the army releases 178 hostages of Boko Haram in Borno",
              note="earlier event: page noise (READ ALSO)"),
            C("released", 2, "Philippines: two Korean fishermen freed in Sulu after 4 months",
              note="earlier event: page noise (READ ALSO)"),
            C("other", 3000, "3 000 migrants rescued in one day", note="page noise"),
        ],
        released_names=["Isabelle Prime"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Chereen Makkawi"],
        other_people=["François Hollande", "Laurent Fabius", "Abd Rabbo Mansour Hadi", "Hélène Prime",
                      "Youssef ben Alaoui"],
        distractors=["the interpreter Chereen Makkawi was released in early March (earlier event)",
                     "Hélène Prime is the sister", "167 days; 30 years (age); 14 h 12 / 19 h 40; 1:48 video",
                     "flown to Muscat: a single person, no count", "Comments (36)"],
    ),
    dict(
        file="004_libya_shugaley_ru.txt", published="2020-12-12",
        outlet="Russian news site, machine-translated (view and comment counters, Read also list)",
        event="Libya's GNA frees the Russian sociologist Maxim Shugaley and his translator; flown to Moscow, 2020-12-10/12",
        counts=[
            C("released", 2, "Two Russian citizens were released on Thursday evening in Tripoli"),
            C("transferred_to", 2, "Both are on board the aircraft and tonight will be in Moscow", where="Moscow",
              note="inferred: flown home; optional"),
            C("remaining_held", 3, "at least three more Russian citizens remain in Libyan prisons", qualifier="at_least",
              note="as of 12 December 2020 (Russian foreign ministry)"),
            C("other", 1200, "more than 1 200 letters of support", qualifier="more_than", note="letters"),
            C("other", 2500, "a petition with 2,5 thousand signatures", note="signatures"),
            C("released", 7, "In Benin, 7 Russian sailors of the tanker released after 8 months",
              note="earlier event: page noise (Read also)"),
            C("other", 1200, "1 200 units of equipment on the streets", note="page noise"),
        ],
        released_names=["Maxim Shugaley", "Samer Suweifan"],
        alias_groups={"Maxim Shugaley": ["Maksim Shugalei"], "Samer Suweifan": ["Samer Sueifan"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Maria Zakharova", "Saif al-Islam Gaddafi", "Sergei Lavrov", "Fayez al-Sarraj",
                      "Alexander Malkevich"],
        distractors=["Shugaley's mother, Lyudmila (first name only)", "Suweifan's wife and two children",
                     "the film 'Shugaley' and 'a third part' (title, ordinal)",
                     "19 months; 570 nights; 15 kilograms; 54 years; 23.40", "Views: 12 847 | Comments: 54"],
    ),
    dict(
        file="005_oakdale_cubans_ap.txt", published="1987-11-29", outlet="AP wire (all-caps byline)",
        event="Cuban detainees free 26 hostages, ending the Oakdale detention-center siege, 1987-11-29",
        counts=[
            C("released", 26, "released their 26 remaining hostages early Sunday"),
            C("released", 2, "Two hostages had been freed earlier in the week",
              note="earlier event (earlier releases in the same siege)"),
            C("other", 28, "took 28 hostages", note="total taken at the start of the siege"),
            C("other", 1000, "About 1,000 Cuban detainees seized the center", qualifier="about", note="captors"),
            C("other", 2500, "Cuba had agreed to take back 2,500", note="planned deportations"),
            C("remaining_held", 94, "about 1,400 inmates still held 94 hostages Sunday",
              note="still held in the parallel Atlanta uprising, as of 29 November 1987"),
            C("other", 1400, "about 1,400 inmates", qualifier="about", note="captors in Atlanta"),
            C("other", 1034, "held 1,034 detainees", note="detention-center population"),
            C("other", 200, "about 200 family members and friends", qualifier="about", note="relatives"),
        ],
        released_names=["Raymond Fontenot", "Paul Guidry"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ronald Duplantis", "Carol Fontenot", "J. Michael Quinlan", "Agustin Roman", "Edwin Meese",
                      "Lorraine Guidry", "Edwin Edwards"],
        distractors=["Carol Fontenot (wife) and Lorraine Guidry (sister) are relatives",
                     "One inmate killed in Atlanta", "eight days; 41 (age); $15 million; 3 a.m.; a mile away",
                     "the 1980 Mariel boatlift", "'a month early'"],
    ),
    dict(
        file="006_somalia_maran_centaurus_longread.txt", published="2010-01-24",
        outlet="maritime weekly long read (photo caption and credit, MOST READ list)",
        event="Somali pirates free the supertanker Maran Centaurus and its 28 crew after a ransom drop, 2010-01-18",
        counts=[
            C("released", 28, "all 28 crew – nine Greeks, 16 Filipinos, two Ukrainians and a Romanian – were free and unhurt"),
            C("other", 9, "nine Greeks", note="subset of the 28"),
            C("other", 16, "16 Filipinos", note="subset of the 28"),
            C("other", 2, "two Ukrainians", note="subset of the 28"),
            C("released", 25, "pirates released the Chinese bulk carrier De Xin Hai and its 25 crew",
              note="earlier event (December 2009)"),
            C("other", 217, "Somali pirates attacked 217 ships in 2009", note="attacks in 2009"),
            C("other", 47, "hijacked 47", note="hijackings in 2009"),
            C("other", 42, "42 hijackings in 2008", note="hijackings in 2008"),
            C("remaining_held", 84, "84 Filipino seafarers were still being held on ships hijacked off Somalia",
              note="as of 19 January 2010 (Philippine foreign ministry); other hijacked ships"),
            C("remaining_held", 200, "more than 200 crew members were still being held by Somali gangs on Tuesday",
              qualifier="more_than", note="as of 19 January 2010 (Mwangura)"),
            C("other", 10, "at least 10 ships", qualifier="at_least", note="ships, not people"),
            C("other", 20, "More than 20 vessels", qualifier="more_than", note="warships"),
            C("released", 21, "Somali pirates free Greek bulker and 21 crew", note="earlier event: page noise (MOST READ)"),
            C("released", 2, "Court frees two Indian officers held over Malacca collision",
              note="earlier event: page noise (MOST READ)"),
        ],
        released_names=["Nikos Papadakis", "Rogelio Dela Cruz"],
        alias_groups={},
        not_released_names=["Paul Chandler", "Rachel Chandler"],
        other_event_released_names=[],
        other_people=["Eleni Vrettou", "John Harbour", "Marites Dela Cruz", "Andrew Mwangura", "Mohamed Shakir"],
        distractors=["ransom 5.5-7 million dollars; 4 million; 150 million", "2 million barrels; 800 nautical miles",
                     "50-day hijacking; three hours; three boats; three children; 38 (age)",
                     "'the second supertanker' (ordinal)", "Marites Dela Cruz is the wife",
                     "'a third of the world's merchant crews'"],
    ),
    dict(
        file="007_brindisi_hijack_afp.txt", published="2006-10-03", outlet="AFP brief",
        event="Hijacked Turkish Airlines Tirana-Istanbul flight lands at Brindisi; all 113 on board freed, 2006-10-03",
        counts=[
            C("released", 113, "all 113 people on board - 107 passengers and six crew - were freed unharmed"),
            C("released", 107, "107 passengers", note="inferred: subset of the 113; optional"),
            C("released", 6, "six crew", note="inferred: subset of the 113; optional"),
            C("transferred_to", 107, "The passengers, most of them Turkish and Albanian nationals, were to be flown on to Istanbul",
              where="Istanbul", note="planned; inferred: onward flight of the passengers; optional"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hakan Ekinci", "Pope Benedict XVI"],
        distractors=["Hakan Ekinci is the hijacker (surrendered)", "'a second hijacker' (ordinal; reports false)",
                     "28 (age); about an hour; 5:55 pm (1555 GMT); Boeing 737", "desk initials gk/jm"],
    ),
    dict(
        file="008_ukraine_exchange_49_statement.txt", published="2024-09-13",
        outlet="Ukrainian government statement on a regional site, machine-translated (editor's note, view counter)",
        event="Ukraine-Russia 49-for-49 exchange incl. Nariman Dzhelyal and Leniie Umerova; Russians taken to Belarus, 2024-09-13",
        counts=[
            C("exchanged", 49, "49 Ukrainians returned home from Russian captivity"),
            C("exchanged", 49, "49 servicemen of the Russian army were handed over to the Russian side"),
            C("transferred_to", 49, "they were taken to the territory of the Republic of Belarus", where="Belarus",
              note="the Russian side, taken to a third country"),
            C("other", 23, "23 women are among those returned", note="subset of the 49"),
            C("released", 3569, "3 569 Ukrainians have been returned home from Russian captivity",
              note="cumulative since February 2022"),
            C("released", 115, "when 115 defenders came back home", note="earlier event (24 August 2024)"),
            C("remaining_held", 200, "more than 200 citizens of Ukraine are held on political motives from the occupied Crimea alone",
              qualifier="more_than", note="as of 1 September 2024 (Crimean Tatar Resource Centre)"),
            C("other", 3500, "3 500 appeals about missing", note="page noise"),
        ],
        released_names=["Nariman Dzhelyal", "Leniie Umerova"],
        alias_groups={"Nariman Dzhelyal": ["Nariman Celal"]},
        not_released_names=["Server Mustafayev", "Iryna Danylovych", "Vladyslav Yesypenko"],
        other_event_released_names=[],
        other_people=["Volodymyr Zelenskyy", "Dmytro Lubinets", "Rustem Umerov", "Refat Chubarov"],
        distractors=["hotline 0 800 300 529", "17 years (sentence); 22 and 61 years (ages)",
                     "'thousands of Ukrainian servicemen and civilians' (vague)",
                     "Rustem Umerov (defence minister) has the masculine form of Umerova's surname",
                     "Umerova's 'seriously ill father' (unnamed)", "Views 9 411"],
    ),
    dict(
        file="009_ukraine_swap_45_reuters.txt", published="2023-05-06", outlet="Reuters brief",
        event="Ukraine-Russia exchange, 45 Ukrainians for three Russians, 2023-05-06",
        counts=[
            C("exchanged", 45, "Ukraine brought home 45 soldiers on Saturday in a prisoner exchange with Russia"),
            C("exchanged", 3, "three Russian servicemen, two of them pilots, had been returned"),
            C("transferred_to", 3, "they were being flown to Moscow for treatment", where="Moscow",
              note="inferred: flown home; optional"),
            C("other", 42, "Forty-two of them are Azovstal defenders", note="subset of the 45"),
            C("other", 3, "three are border guards", note="subset of the 45"),
            C("other", 2, "two of them pilots", note="subset of the three Russians"),
            C("released", 2400, "more than 2,400 Ukrainians have been freed", qualifier="more_than",
              note="cumulative since February 2022"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andriy Yermak", "Oksana Kovalenko", "Lucy Marks"],
        distractors=["'Hundreds of Azovstal defenders are still being held' (vague)", "almost a year"],
    ),
    dict(
        file="010_qantara_pow_exchange_upi_1968.txt", published="1968-01-23",
        outlet="UPI story on an archive page (scanning notice, 'More from this day' list)",
        event="Israel-Egypt POW exchange at El Qantara, 1,052 for 11, 1968-01-23",
        counts=[
            C("exchanged", 1052, "Israel handing back 1,052 Egyptian soldiers and civilians"),
            C("exchanged", 11, "in return for 11 Israelis held in Cairo since the June war"),
            C("other", 861, "861 soldiers", note="subset of the 1,052"),
            C("other", 191, "191 civilians", note="subset of the 1,052"),
            C("other", 10, "10 soldiers and a civilian seaman", note="subset of the 11"),
            C("released", 4338, "brings to 4,338 the number of Egyptian soldiers", note="cumulative since the cease-fire"),
            C("released", 899, "to 899 the number of civilians returned by Israel since the cease-fire",
              note="cumulative since the cease-fire"),
            C("remaining_held", 500, "Israel is still holding about 500 Egyptian officers", qualifier="about",
              note="as of 23 January 1968"),
            C("other", 9, "among them nine generals", note="subset of those still held"),
            C("other", 50, "in groups of 50", note="group size"),
            C("remaining_held", 83, "U.S. Navy ship seized off North Korea, 83 crewmen held",
              note="earlier event: page noise (unrelated headline)"),
        ],
        released_names=["Amos Lavie"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Walter Finch", "Rivka Lavie", "Roger Du Pasquier", "Hassan Sabri"],
        distractors=["June 5, the first day of the war (date, ordinal)", "26 (age)",
                     "'the bodies of several Israeli airmen' (vague, bodies)",
                     "Israelis jailed in Cairo on espionage charges (unnamed, no count)",
                     "'Cairo has no more Israeli prisoners of war' (claim)", "Rivka Lavie is the mother"],
    ),
    dict(
        file="011_ukraine_swap_86_broadcaster.txt", published="2022-04-01",
        outlet="UK broadcaster web page (cookie banner, media caption, More on this story, Top Stories)",
        event="Ukraine-Russia exchange: 86 Ukrainian soldiers freed, Russian number not given, 2022-04-01",
        counts=[
            C("exchanged", 86, "Ukraine says 86 of its soldiers, 15 of them women, have been freed in a prisoner exchange with Russia"),
            C("other", 15, "15 of them women", note="subset of the 86"),
            C("exchanged", 10, "10 Ukrainian soldiers were swapped for 10 Russians", note="earlier event (24 March 2022)"),
            C("released", 19, "19 Ukrainian civilian sailors from a rescue vessel seized in the Black Sea were also released",
              note="earlier event (24 March 2022)"),
            C("exchanged", 9, "freed in exchange for nine Russian conscripts", note="earlier event (mid-March 2022)"),
            C("remaining_held", 1700, "Russia was holding about 1,700 Ukrainian troops and civilians", qualifier="about",
              note="Ukrainian government figure, late March 2022"),
            C("remaining_held", 560, "Ukraine says it has captured more than 560 Russian soldiers", qualifier="more_than",
              note="claim by Ukraine: Russians held by the other side; optional"),
            C("other", 3000, "3,000 civilians evacuated in private cars", note="page noise"),
            C("other", 180000000, "releases 180 million barrels from reserve", note="page noise (oil, not people)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Yevhen Matveyev", "Dmytro Khyliuk"],
        other_event_released_names=["Ivan Fedorov"],
        other_people=["Katya Marchenko", "Iryna Vereshchuk", "Volodymyr Zelensky", "Vladimir Medinsky"],
        distractors=["'the second such swap' (ordinal)", "the number of Russians handed over is not given",
                     "0:47 media caption", "'Every one of them is a hero' (quote)"],
    ),
    dict(
        file="012_barcelona_1944_anniversary.txt", published="2024-05-17",
        outlet="80-years-on anniversary feature (photo caption and credit)",
        event="Exchange of sick and wounded POWs at Barcelona, 1,044 Allied for 1,138 Germans, 1944-05-17/18",
        counts=[
            C("exchanged", 1044, "1,044 sick and seriously wounded Allied prisoners were exchanged for 1,138 Germans"),
            C("exchanged", 1138, "were exchanged for 1,138 Germans"),
            C("other", 130, "about 130 protected personnel", qualifier="about", note="subset of the 1,044"),
            C("transferred_to", 1044, "The Allied men had travelled for up to five days to reach Barcelona",
              where="Barcelona", note="inferred: brought to neutral Spain for the handover; optional"),
            C("released", 4000, "more than 4,000 British and Commonwealth prisoners had come home through the Swedish port of Gothenburg",
              qualifier="more_than", note="earlier event (Gothenburg, October 1943)"),
            C("released", 2600, "brought home about 2,600 more", qualifier="about",
              note="earlier event (a separate, later exchange at Gothenburg, September 1944)"),
            C("remaining_held", 160000, "some 160,000 British and Commonwealth servicemen were still held in German camps",
              qualifier="about", note="as of May 1944"),
        ],
        released_names=["Walter Kowalczyk", "Leonard Ashby", "Karl Reinhardt"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Marta Vilanova", "Anne Kowalczyk", "Ines Saura", "Michael Ashby"],
        distractors=["'tens of thousands of Americans' and 'hundreds more stayed behind' (vague)",
                     "Anne Kowalczyk (granddaughter) and Michael Ashby (son) share surnames with releasees",
                     "two Swiss doctors and one German (commission)", "1929 Geneva Convention; up to five days; eleven months",
                     "ages 52 and 74", "Karl Reinhardt's daughter (unnamed)",
                     "the Americans sailed for New York, the British via Algiers (no numbers)"],
    ),
    dict(
        file="013_syria_albab_exchange_afp.txt", published="2019-02-12", outlet="AFP wire",
        event="Syrian government and rebels swap 20 detainees each near al-Bab (second Astana-process exchange), 2019-02-12",
        counts=[
            C("exchanged", 40, "exchanged 40 detainees on Tuesday near the northern town of al-Bab"),
            C("exchanged", 20, "Twenty people held by the regime were handed over"),
            C("exchanged", 20, "in return for 20 held by Turkey-backed rebels"),
            C("other", 6, "Among those freed by Damascus were six women", note="subset of the government's 20"),
            C("other", 2, "all but two of the 20 were civilians", note="implies 18 civilians; not a release count"),
            C("exchanged", 10, "when 10 people from each side were freed", note="earlier event (November 2018)"),
            C("remaining_held", 128000, "nearly 128,000 people are still detained or forcibly disappeared by the government",
              qualifier="about", note="Syrian Network for Human Rights estimate (includes the disappeared)"),
            C("other", 360000, "More than 360,000 people have been killed", qualifier="more_than", note="casualties"),
        ],
        released_names=["Amal Haddad"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Yusuf Haddad", "Rami Abdel Rahman", "Geir Pedersen"],
        distractors=["'thousands more are held by rebel and jihadist groups' (vague)",
                     "34 (age); almost three years; the past two years", "the three sponsor countries",
                     "Yusuf Haddad is the brother", "desk initials lg-ser/hc"],
    ),
    dict(
        file="014_morocco_royal_pardon_fr.txt", published="2011-04-14",
        outlet="Moroccan news site, machine-translated from French (cookie banner, hit counter, READ ALSO)",
        event="Moroccan royal pardon of 190 detainees; Belliraj-case politicians and Fizazi freed, 2011-04-14",
        counts=[
            C("released", 190, "granted on Thursday his high pardon to 190 detainees",
              note="inferred: pardon total that includes 42 whose sentences were only reduced; optional"),
            C("released", 148, "Of the 190 beneficiaries, all except 42 left prison on Thursday evening",
              note="inferred: 190 minus 42; optional"),
            C("remaining_held", 42, "The 42 others see their sentences reduced and remain in detention",
              note="pardoned with reduced sentences, still in prison"),
            C("other", 5, "the five political figures", note="subset of those freed"),
            C("other", 90, "about 90 detainees prosecuted", qualifier="about", note="subset of the pardoned"),
            C("remaining_held", 700, "more than 700 detainees prosecuted for terrorism", qualifier="more_than",
              note="claim by the AMDH; optional"),
            C("other", 60, "some 60 cities", qualifier="about", note="protest venues"),
            C("other", 1200, "about 1 200 persons", qualifier="about", note="crowd"),
            C("other", 2500000, "2,5 million dirhams", note="money"),
            C("released", 3400, "Algeria: 3 400 detainees freed", note="earlier event: page noise (READ ALSO)"),
            C("other", 12, "12 persons arrested", note="page noise"),
        ],
        released_names=["Mustapha Moatassim", "Mohamed Amine Regala", "Mohamed Merouani", "Abdelhafid Sriti",
                        "Laabadla Maelainine", "Mohamed Fizazi", "Chakib El Khiari"],
        alias_groups={"Mustapha Moatassim": ["Mustapha Mouatassim"], "Abdelwahab Rafiki": ["Abou Hafs"]},
        not_released_names=["Abdelkader Belliraj", "Hassan Kettani", "Abdelwahab Rafiki"],
        other_event_released_names=[],
        other_people=["Mohammed VI", "Driss El Yazami", "Abdelilah Fizazi"],
        distractors=["'hundreds of political detainees' (vague)", "sentences 2 to 25 years; 30 years; three years",
                     "21 h 15; 9 March; 16 May 2003", "the Gdim Izik detainees (still held, no count)",
                     "Abdelilah Fizazi is the son", "Hits: 14 212"],
    ),
    dict(
        file="015_israel_frees_500_broadcaster.txt", published="2005-02-21",
        outlet="UK broadcaster web page (cookie banner, video residue, photo credit, TOP STORIES)",
        event="Israel frees 500 Palestinian prisoners after the Sharm el-Sheikh summit, 2005-02-21",
        counts=[
            C("released", 500, "Israel has released 500 Palestinian prisoners"),
            C("transferred_to", 120, "About 120 of those freed were driven to the Erez crossing and went home to the Gaza Strip",
              qualifier="about", where="Gaza", note="inferred: Gaza residents sent home; optional"),
            C("transferred_to", 2, "Two prisoners who hold Jordanian citizenship were handed over to Jordanian officials",
              where="Jordan", note="handed over to another state"),
            C("released", 400, "a further 400 prisoners would be freed within three months", note="planned"),
            C("remaining_held", 8000, "About 8,000 Palestinians are still held in Israeli jails", qualifier="about",
              note="as of 21 February 2005"),
            C("released", 339, "in August 2003, when 339 were released", note="earlier event (August 2003)"),
            C("other", 400, "Quake in Iran kills at least 400", qualifier="at_least", note="page noise"),
        ],
        released_names=["Ahmad Jaber", "Mohammed Abu Sneineh"],
        alias_groups={},
        not_released_names=["Marwan Barghouti"],
        other_event_released_names=[],
        other_people=["Mahmoud Abbas", "Fatima Abu Sneineh", "Ariel Sharon", "Sufian Abu Zaida", "Yaron Zamir"],
        distractors=["'Gunmen free kidnapped Gaza journalist after two days' (page noise, no count)",
                     "19 years of a life sentence; five life sentences; ages 52 and 23",
                     "'thousands of relatives' (vague)", "1:26 video", "Fatima Abu Sneineh is the mother"],
    ),
    dict(
        file="016_azerbaijan_yunus_ngo.txt", published="2015-12-09",
        outlet="NGO press release (demands, notes to editors, media contact)",
        event="Azerbaijan: Leyla Yunus freed when her sentence is made suspended, 2015-12-09",
        counts=[
            C("remaining_held", 80, "at least 80 people remain imprisoned in Azerbaijan on politically motivated charges",
              qualifier="at_least", note="as of 1 December 2015 (local defenders' list)"),
            C("other", 5, "including the five named above", note="subset of those still held"),
            C("other", 24, "a network of 24 human rights organisations", note="NGO members"),
        ],
        released_names=["Leyla Yunus"],
        alias_groups={"Leyla Yunus": ["Leila Yunus"]},
        not_released_names=["Khadija Ismayilova", "Intigam Aliyev", "Rasul Jafarov", "Anar Mammadli", "Ilgar Mammadov"],
        other_event_released_names=["Arif Yunus"],
        other_people=["Dinara Yunus", "Nino Gelashvili"],
        distractors=["Arif Yunus (husband) was freed on 12 November 2015 (earlier event)", "Dinara Yunus is the daughter",
                     "sentences: eight and a half, seven, five-year suspended, seven and a half, six and a half years",
                     "60 (age); 16:00", "reference number and phone numbers"],
    ),
    dict(
        file="017_russia_bakhmina_parole.txt", published="2009-04-22",
        outlet="Moscow English-language newspaper web page (comments)",
        event="Former Yukos lawyer Svetlana Bakhmina released on parole from a Mordovia colony, 2009-04-21",
        counts=[
            C("other", 90000, "more than 90,000 signatures", qualifier="more_than", note="petition signatures"),
        ],
        released_names=["Svetlana Bakhmina"],
        alias_groups={"Svetlana Bakhmina": ["Svetlana Bahmina"]},
        not_released_names=["Mikhail Khodorkovsky", "Platon Lebedev", "Alexei Pichugin"],
        other_event_released_names=[],
        other_people=["Pavel Kornilov", "Yelena Orlova", "Vladimir Putin", "Dmitry Medvedev", "Alexei Bakhmin",
                      "Vasily Aleksanyan", "Lyudmila Alexeyeva"],
        distractors=["Vasily Aleksanyan released on bail (bail is not a release)",
                     "Alexei Bakhmin (husband) has the masculine form of her surname",
                     "daughter Anastasia and two sons (first names only / no names)",
                     "39 (age); seven years; six and a half years; eight-year sentences; five months",
                     "'dozens of Yukos managers' (vague)", "'One woman has been released on parole' (quote)"],
    ),
    dict(
        file="018_hoffa_commutation_ap_1971.txt", published="1971-12-23", outlet="AP story on an archive page",
        event="Nixon commutes James R. Hoffa's sentence; Hoffa leaves Lewisburg, 1971-12-23",
        counts=[
            C("released", 231, "granted clemency to 231 other federal prisoners this year",
              note="earlier event: other clemency grants this year (cumulative)"),
            C("other", 50, "about 50 newsmen and photographers", qualifier="about", note="press"),
        ],
        released_names=["James R. Hoffa"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["James R. Calloway", "Frank E. Fitzsimmons", "Josephine Hoffa", "Barbara Crancer", "James P. Hoffa",
                      "John N. Mitchell", "Robert F. Kennedy"],
        distractors=["James P. Hoffa (son) and Josephine Hoffa (wife) share the surname",
                     "13-year sentence; four years and nine months; six and a half years; 58 (age); 1980",
                     "denied parole three times", "Mrs. Barbara Crancer is the daughter"],
    ),
    dict(
        file="019_turkey_altan_analysis.txt", published="2021-04-16", outlet="think-tank analysis piece (footnotes)",
        event="Turkey's Court of Cassation frees the novelist Ahmet Altan after the ECtHR ruling, 2021-04-14",
        counts=[
            C("remaining_held", 37, "at least 37 journalists were behind bars in Turkey", qualifier="at_least",
              note="CPJ census as of 1 December 2020"),
            C("other", 150000, "some 150,000 people were detained", qualifier="about", note="post-coup detentions"),
            C("other", 125000, "more than 125,000 public servants were dismissed", qualifier="more_than",
              note="dismissals"),
        ],
        released_names=["Ahmet Altan"],
        alias_groups={"Ahmet Altan": ["Ahmet Hüsrev Altan"]},
        not_released_names=["Osman Kavala", "Selahattin Demirtaş"],
        other_event_released_names=["Nazlı Ilıcak", "Mehmet Altan", "Deniz Yücel"],
        other_people=["Selin Aksoy", "Fethullah Gülen"],
        distractors=["Altan's release in November 2019 and re-arrest eight days later (earlier event, no count)",
                     "Osman Kavala was briefly released in February 2020 and re-arrested (still held)",
                     "Mehmet Altan is the brother", "application no. 13252/17",
                     "ten years and six months; 71 (age); four and a half years; 8 min read"],
    ),
    dict(
        file="020_kazakhstan_zhovtis_brief.txt", published="2012-02-17", outlet="Reuters brief",
        event="Kazakh rights activist Yevgeny Zhovtis freed under the independence amnesty, 2012-02-17",
        counts=[
            C("released", 6000, "About 6,000 prisoners are expected to be released or have their sentences cut under the amnesty",
              qualifier="about", note="planned: amnesty total, mixes releases and sentence cuts; optional"),
            C("other", 16, "At least 16 people were killed", qualifier="at_least", note="casualties"),
        ],
        released_names=["Yevgeny Zhovtis"],
        alias_groups={"Yevgeny Zhovtis": ["Evgeny Zhovtis"]},
        not_released_names=["Vladimir Kozlov"],
        other_event_released_names=[],
        other_people=["Nursultan Nazarbayev", "Aigerim Sadykova", "Lucy Marks"],
        distractors=["two and a half years of a four-year sentence; 57 (age); 20 years of independence",
                     "the pedestrian killed in 2009 (unnamed)"],
    ),
]


def check():
    errors = []
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
            if (c["kind"] == "transferred_to") != bool(c.get("where")):
                errors.append(f"{f}: 'where' must be set exactly on transferred_to: {c}")
            if c.get("where") and c["where"].casefold() not in low:
                errors.append(f"{f}: where not in article: {c['where']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    errors.append(f"{f}: {key} name not found: {n!r}")
                if n in seen:
                    errors.append(f"{f}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for key, aliases in g["alias_groups"].items():
            if key not in seen:
                errors.append(f"{f}: alias-group key not a listed name: {key!r}")
            for a in aliases:
                if a.casefold() not in low:
                    errors.append(f"{f}: alias not found: {a!r}")
                if a in seen:
                    errors.append(f"{f}: alias {a!r} is also a listed name")
    return errors


def main():
    errors = check()
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in GOLD:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    for e in errors:
        print(e, file=sys.stderr)
    n_counts = sum(len(g["counts"]) for g in GOLD)
    n_names = sum(len(g[k]) for g in GOLD for k in NAME_LISTS)
    print(f"wrote {len(GOLD)} records ({n_counts} counts, {n_names} names); checks {'OK' if not errors else 'FAILED'}")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
