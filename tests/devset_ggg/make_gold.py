#!/usr/bin/env python3
"""Gold for devset_ggg (blind, held-out-style). Writes gold.jsonl next to this script and checks it.

Checks:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive, for all-caps bylines);
- no name or alias is in two lists, and every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on `transferred_to`;
- the GOLD file list matches articles/.
Prints `checks OK` when everything passes.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
NAME_LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_mali_lohre_freed.txt", published="2023-11-27",
        outlet="German news site (KNA/dpa), machine-translated from German; cookie banner, related list",
        event="Mali: German priest Hans-Joachim Lohre freed after a year in captivity, 2023-11-26",
        counts=[
            C("remaining_held", 20, "at least 20 foreigners are still in the hands of jihadist groups in the Sahel",
              "at_least", note="estimate of security experts; other foreign hostages in the Sahel as of November 2023"),
            C("other", 1200, "more than 1.200 abductions since 2020", "more_than",
              note="abductions in the Mopti region since 2020 (cumulative), not releases"),
            C("other", 13000, "The approximately 13.000 blue helmets", "about", note="UN peacekeepers"),
            C("released", 46, "Mali's junta frees 46 Ivorian soldiers after six months",
              note="earlier event (page-noise related headline)"),
        ],
        released_names=["Hans-Joachim Lohre"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Jeffery Woodke", "Olivier Dubois", "Iulian Ghergut"],
        other_people=["Bernhard Lohre", "Michael Heider", "Annalena Baerbock"],
        distractors=["2,5 million euro ransom report (money, rejected as speculation)",
                     "66-year-old; more than 30 years; 371 days; 8.30 clock; 11:42 clock",
                     "'Ousted President Bazoum remains in custody' is a page-noise headline (surname only; no list)",
                     "'hundreds of Malians' is vague", "Bernhard Lohre is the brother (same surname)",
                     "'is expected to fly to Germany' is a single-person planned trip (no count)"],
    ),
    dict(
        file="002_nigeria_falae_freed.txt", published="2015-09-25",
        outlet="Nigerian daily web page (ADVERTISEMENT, ALSO READ lines, comment count)",
        event="Nigeria: former SGF Olu Falae freed by kidnappers in Ondo State, 2015-09-24",
        counts=[
            C("other", 2, "two suspects had been arrested in connection with the abduction", note="arrests, not releases"),
            C("other", 15, "At least 15 people have been kidnapped in the state since January", "at_least",
              note="cumulative kidnappings in Ondo State since January"),
            C("released", 11, "11 of whom have since been released",
              note="earlier event (cumulative releases since January, police figures)"),
            C("released", 241, "Army rescues 241 women, children from Boko Haram camps in Sambisa",
              note="earlier event (page-noise ALSO READ headline)"),
        ],
        released_names=["Olu Falae"],
        alias_groups={},
        not_released_names=["Comfort Adeyemi"],
        other_event_released_names=[],
        other_people=["Bode Falae", "Wole Adebisi", "Muhammadu Buhari", "Solomon Arase", "Olusegun Mimiko", "Dayo Ajibola"],
        distractors=["N100m and N5m ransom figures (money)", "77-year-old; four days; three nights; 9.30pm; 11.15pm",
                     "'23 Comments' page chrome", "Kogi priest headline is an abduction, not a release",
                     "Bode Falae is a son (same surname)", "1999 election"],
    ),
    dict(
        file="003_cameroon_vandenbeusch_freed.txt", published="2014-01-01", outlet="AFP wire (desk initials)",
        event="Cameroon: French priest Georges Vandenbeusch freed by Boko Haram, 2013-12-31",
        counts=[
            C("remaining_held", 6, "six French nationals remain hostage abroad",
              note="French hostages worldwide as of 1 January 2014"),
            C("other", 4, "four journalists kidnapped in Syria in June", note="subset of the six still held"),
            C("released", 7, "Boko Haram freed a family of seven", note="earlier event (Moulin-Fournier family, April 2013)"),
            C("other", 4, "including four children", note="subset of the earlier-event family"),
            C("other", 15, "about 15 gunmen", "about", note="kidnappers"),
        ],
        released_names=["Georges Vandenbeusch"],
        alias_groups={},
        not_released_names=["Serge Lazarevic", "Gilberto Rodrigues Leal", "Didier Francois", "Edouard Elias",
                            "Nicolas Henin", "Pierre Torres"],
        other_event_released_names=["Tanguy Moulin-Fournier"],
        other_people=["Francois Hollande", "Laurent Fabius", "Paul Biya", "Jacques Vandenbeusch", "Francis Collomp"],
        distractors=["Francis Collomp escaped from his captors (an escape, not a release; in other_people)",
                     "seven weeks; 42; 30 kilometres (20 miles); almost 11 months; since 2011",
                     "the ransom and freed Boko Haram prisoners are a denied media claim about the earlier event (no count)",
                     "the Moulin-Fournier wife, brother and children are unnamed",
                     "Jacques Vandenbeusch is the father (same surname)",
                     "'flown home' is a single-person trip (no count)"],
    ),
    dict(
        file="004_libya_ghat_technicians.txt", published="2016-11-06",
        outlet="Italian daily web page, machine-translated from Italian; read-also list",
        event="Libya: Italians Cacace and Calonego and Canadian Poccia freed near Ghat, 2016-11-05",
        counts=[
            C("released", 3, "the three were handed over by the kidnappers to notables of the Tuareg community of Ghat"),
            C("released", 2, "They are free and in good health the two Italians kidnapped on 19 September",
              note="inferred: subset (the two Italians) of the three, with a release verb; optional"),
            C("transferred_to", 2, "an aircraft of the Italian State brought the two Italians to Rome", where="Rome",
              note="planned: flight home, landing at Ciampino expected at 21.30; optional"),
            C("other", 16, "of the 16 workers of the company in Libya",
              note="company staff; all but the three kidnapped men were repatriated (not a release)"),
            C("released", 2, "the two technicians of the Bonatti company Gino Pollicardo and Filippo Calcagno had been freed",
              note="earlier event (March 2016, Sabratha)"),
            C("released", 11, "freed after three months the crew of the fishing boat: \"All 11 are well\"",
              note="earlier event (page-noise read-also headline)"),
            C("other", 2300, "Migrants, 2.300 rescued in the Channel of Sicily in one day",
              note="page noise: migrants rescued at sea, not captives"),
        ],
        released_names=["Bruno Cacace", "Danilo Calonego", "Frank Poccia"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Gino Pollicardo", "Filippo Calcagno"],
        other_people=["Paolo Gentiloni", "Matteo Renzi", "Salvatore Failla", "Fausto Piano", "Anna Calonego", "Marco Ferraris"],
        distractors=["the Libyan driver 'let go after a few hours' is unnamed (earlier release within the same abduction; no count)",
                     "4 million dinars / 2,5 million euros (money)", "1.200 kilometres; 56 and 66 years; 21.30",
                     "Failla and Piano died (other_people)", "Anna Calonego is the wife (same surname)",
                     "Poccia's return to Canada is only being organised (single person; no count)"],
    ),
    dict(
        file="005_argentina_macri_kidnap.txt", published="1991-09-05", outlet="UPI archive wire (all-caps byline)",
        event="Argentina: Mauricio Macri freed by kidnappers after 12 days, 1991-09-05",
        counts=[
            C("remaining_held", 2, "at least two of them are still being held", "at_least",
              note="other kidnap victims in the Buenos Aires area, Clarin count as of early September 1991"),
            C("other", 11, "at least 11 people have been kidnapped for ransom since January", "at_least",
              note="cumulative kidnappings since January 1991"),
            C("other", 8000, "employ about 8,000 people", "about", note="employees"),
        ],
        released_names=["Mauricio Macri"],
        alias_groups={},
        not_released_names=["Juan Carlos Escudero"],
        other_event_released_names=[],
        other_people=["Franco Macri", "Ricardo Alvarez", "Carlos Menem", "Osvaldo Sivak", "Mariana Sotelo"],
        distractors=["$6 million ransom report (money)", "12 days; 32-year-old; about 4 a.m.; Aug. 24; July 9",
                     "four men forced him into a van (kidnappers)",
                     "Osvaldo Sivak was kidnapped in 1985 and never returned alive (other_people)",
                     "Franco Macri is the father (same surname; first names compatible under the scorer's lenient rule)"],
    ),
    dict(
        file="006_brazil_pcc_prison_rebellions.txt", published="2006-05-15",
        outlet="Brazilian news portal, machine-translated from Portuguese; read-also list",
        event="Brazil: PCC prison rebellions in Sao Paulo state end; last 19 hostages freed at Presidente Venceslau, 2006-05-15",
        counts=[
            C("released", 19, "The last 19 hostages of the Penitentiary II of Presidente Venceslau"),
            C("other", 17, "17 prison agents and two employees of the health area", note="subset of the 19"),
            C("remaining_held", 2, "two agents remained hostage in the CDP (Provisional Detention Center) of Mauá",
              note="as of the closing of the edition, 15/05/2006"),
            C("other", 73, "73 prison units of the State of São Paulo", note="prison units in rebellion"),
            C("other", 2141, "2.141 people were held hostage at some moment in the units",
              note="total held at some point since Friday (cumulative), not still held"),
            C("other", 765, "765 prisoners considered leaders of the faction",
              note="prison-to-prison transfer of inmates, not a release"),
            C("other", 81, "the attacks had left 81 dead", note="deaths"),
        ],
        released_names=["Edvaldo Pereira dos Santos"],
        alias_groups={"Marcos Willians Herbas Camacho": ["Marcola"]},
        not_released_names=["Marcos Antônio Ribeiro"],
        other_event_released_names=[],
        other_people=["Rosângela dos Santos", "Marcos Willians Herbas Camacho", "Cláudio Lembo", "Nagashi Furukawa"],
        distractors=["'all but one of the 73 rebellions' counts rebellions, not people",
                     "620 km; almost 30 hours; 7h40; 10h42; R$ 2,5 million; 41; 38",
                     "39 public agents, 4 civilians and 38 suspects (dead)",
                     "read-also headlines: police kill 13 suspects; 56 vehicles set on fire (page noise)",
                     "Marcola was taken to the RDD of Presidente Bernardes (prison transfer, not a release)",
                     "Rosângela dos Santos is the wife (same surname)"],
    ),
    dict(
        file="007_sabena_571_fifty_years.txt", published="2022-05-08",
        outlet="newspaper long-read, 50-years-on anniversary feature with photo credit",
        event="Israel: Sabena Flight 571 stormed at Lod, 97 passengers and crew freed, 1972-05-09",
        counts=[
            C("released", 97, "Ninety-seven passengers and crew were brought off the plane alive"),
            C("other", 315, "the release of 315 Palestinian prisoners held in Israeli jails",
              note="hijackers' demand; the prisoners were not released"),
            C("other", 4, "four members of Black September", note="hijackers"),
            C("other", 16, "a group of 16 men in white overalls", note="commandos"),
            C("other", 3, "three passengers were hit in the crossfire", note="wounded"),
            C("released", 102, "Entebbe, where 102 hostages were rescued", note="earlier event (other event: Entebbe, 1976)"),
            C("exchanged", 6, "an exchange of six Israeli soldiers for some 4,700 Palestinian and Lebanese prisoners",
              note="earlier event (other event: November 1983 exchange)"),
            C("exchanged", 4700, "some 4,700 Palestinian and Lebanese prisoners", "about",
              note="earlier event (other event: November 1983 exchange)"),
            C("other", 26, "killing 26 people", note="Lod airport massacre, 30 May 1972"),
        ],
        released_names=["Reginald Levy", "Dora Levy", "Hélène Dumont", "Yossi Mizrahi"],
        alias_groups={"Ali Taha": ["Captain Rifat"]},
        not_released_names=[],
        other_event_released_names=["Rima Tannous", "Therese Halsa"],
        other_people=["Pieter Claessens", "Moshe Dayan", "Shimon Peres", "Golda Meir", "Marc Verhoeven", "Ehud Barak",
                      "Benjamin Netanyahu", "Jonathan Netanyahu", "Ali Taha", "Abd al-Aziz al-Atrash"],
        distractors=["the wounded passenger who died days later is unnamed",
                     "about 90 seconds; 7.05; 4.20 pm; aged 24, 12 and 22; seat 14C; more than two decades",
                     "Tannous and Halsa were captured and sentenced to life; freed in 1983 (other event)",
                     "the two male hijackers were killed (other_people)", "the ICRC delegate is unnamed",
                     "Munich and Mogadishu are mentioned without counts"],
    ),
    dict(
        file="008_ukraine_russia_swap_dec2022_liveblog.txt", published="2022-12-14",
        outlet="UK newspaper live blog, reverse chronological, unrelated entries",
        event="Ukraine-Russia swap: 64 Ukrainian soldiers and US citizen Suedi Murekezi for 65 Russians, 2022-12-14",
        counts=[
            C("exchanged", 64, "We are bringing home 64 soldiers of the Armed Forces of Ukraine and a US citizen"),
            C("exchanged", 65, "It said 65 Russian servicemen", note="other side of the swap"),
            C("released", 1464, "brought to 1,464 the number of Ukrainians returned from Russian captivity since March",
              note="cumulative since March 2022"),
            C("remaining_held", 3000, "more than 3,000 Ukrainian service personnel remain in Russian captivity", "more_than",
              note="Ukrainian officials' estimate, as of December 2022"),
            C("other", 13, "all 13 Shahed drones launched at the city overnight were shot down", note="unrelated live-blog entry"),
            C("other", 2, "Russian shelling killed two people in Kherson", note="unrelated live-blog entry"),
        ],
        released_names=["Suedi Murekezi"],
        alias_groups={},
        not_released_names=["Paul Whelan"],
        other_event_released_names=["Aiden Aslin", "Shaun Pinner", "Brittney Griner", "Viktor Bout"],
        other_people=["Helen Carter", "Daniel Okoro", "Volodymyr Zelenskiy", "Dmitry Peskov", "Ned Price",
                      "Jean-Paul Murekezi", "Andriy Yermak"],
        distractors=["Murekezi is 35, born in Rwanda, grew up in Minnesota",
                     "the Griner-Bout exchange last week is another event (no numbers)",
                     "ninth sanctions package; Patriot battery; two administrative and four residential buildings",
                     "Jean-Paul Murekezi is the brother (same surname)"],
    ),
    dict(
        file="009_ukraine_russia_swap_nov2022_brief.txt", published="2022-11-03", outlet="Reuters brief",
        event="Ukraine-Russia swap of 107 for 107, including 74 Azovstal defenders, 2022-11-03",
        counts=[
            C("exchanged", 107, "Ukraine brought home 107 soldiers on Thursday in a prisoner exchange with Russia"),
            C("exchanged", 107, "Russia's defence ministry said 107 Russian servicemen had been returned",
              note="other side of the swap"),
            C("other", 74, "including 74 who had defended the Azovstal steelworks", note="subset of the 107"),
            C("exchanged", 52, "On Saturday, 52 Ukrainians and 50 Russians were freed", note="earlier event (29 October 2022 swap)"),
            C("exchanged", 50, "52 Ukrainians and 50 Russians were freed", note="earlier event (29 October 2022 swap)"),
            C("transferred_to", 5, "Five of their commanders were released to Turkey in September", where="Turkey",
              note="earlier event (September 2022 swap)"),
            C("released", 1000, "more than 1,000 Ukrainians have been freed in such swaps since March", "more_than",
              note="cumulative since March 2022"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andriy Yermak", "Yulia Marchuk", "Tom Hogue"],
        distractors=["'hundreds of the steelworks' defenders ... are still in Russian captivity' is vague (no count)",
                     "the five commanders are unnamed", "no releasee is named"],
    ),
    dict(
        file="010_ukraine_russia_exchange_oct2025_statement.txt", published="2025-10-02",
        outlet="government statement (Ukraine's Coordination Headquarters for the Treatment of Prisoners of War)",
        event="Ukraine-Russia exchange of 185 servicemen and 20 civilians each, UAE-mediated, 2025-10-02",
        counts=[
            C("exchanged", 185, "185 servicemen and 20 civilians were returned to Ukraine from Russian captivity"),
            C("exchanged", 20, "185 servicemen and 20 civilians were returned to Ukraine from Russian captivity",
              note="civilians returned to Ukraine"),
            C("exchanged", 205, "In total, 205 of our people are home."),
            C("exchanged", 185, "the Ukrainian side handed over 185 Russian servicemen and 20 civilians",
              note="other side of the swap"),
            C("exchanged", 20, "the Ukrainian side handed over 185 Russian servicemen and 20 civilians",
              note="other side of the swap (civilians)"),
            C("other", 69, "This is the 69th exchange since the beginning of the full-scale invasion.", note="ordinal"),
            C("released", 6254, "a total of 6,254 Ukrainians have been returned home from captivity",
              note="cumulative since February 2022"),
            C("other", 1000, "the bodies of 1,000 fallen defenders were repatriated",
              note="bodies, repatriated on 18 September (earlier event); not living releasees"),
        ],
        released_names=["Oleksandr Hrytsenko", "Vitalii Bondar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Volodymyr Zelensky"],
        distractors=["'Thousands of Ukrainian servicemen and civilians remain in Russian captivity' is vague (no count)",
                     "ages 21, 64 and 61", "hotline 0 800 300 529", "02.10.2025 | 14:20", "since 2022; May 2023; August 2022"],
    ),
    dict(
        file="011_falklands_last_pows_1982.txt", published="1982-07-14",
        outlet="UK broadcaster 'On this day' archive page (cookie banner, video residue, In Context, see-also list)",
        event="Falklands: last 593 Argentine POWs incl. Menendez returned; Argentina had freed Flt Lt Jeff Glover, 1982-07-08/14",
        counts=[
            C("exchanged", 593, "The 593 men, among them the former military governor of the islands"),
            C("transferred_to", 593,
              "The 593 men, among them the former military governor of the islands, Brigadier General Mario Benjamín Menéndez, landed at the port of Puerto Madryn",
              where="Puerto Madryn", note="inferred: landed home in Argentina; optional"),
            C("released", 10000, "More than 10,000 other Argentine prisoners were shipped home in June", "more_than",
              note="earlier event (June 1982 repatriation)"),
            C("released", 4167, "Canberra carries 4,167 prisoners back to Argentina", note="earlier event (see-also headline)"),
            C("other", 255, "255 British servicemen and 649 Argentine military personnel died", note="deaths"),
            C("other", 649, "649 Argentine military personnel died", note="deaths"),
            C("other", 3, "Three Falkland Islanders were also killed", note="deaths"),
        ],
        released_names=["Mario Benjamín Menéndez", "Jeff Glover"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Alfredo Astiz"],
        other_people=["Francis Pym", "Reynaldo Bignone"],
        distractors=["Glover's release 'last Thursday' is treated as the other side of this exchange (judgement call)",
                     "Glover was flown to Montevideo (a third place) but no number is given, so there is no transfer count",
                     "seven weeks; 21 May; 14 June; 1 July; video 1:42",
                     "'Thatcher hails great victory' see-also headline (surname only)",
                     "'no longer any Argentine prisoners of war in British hands' (zero)"],
    ),
    dict(
        file="012_paris_saudi_embassy_kuwait_1973.txt", published="1973-09-08", outlet="AP archive wire (all-caps byline)",
        event="Saudi embassy siege in Paris ends in Kuwait; last four hostages freed for safe passage, 1973-09-08",
        counts=[
            C("released", 4, "released their last four hostages at Kuwait airport Saturday"),
            C("released", 11, "The gunmen freed 11 other hostages",
              note="inferred: earlier batch within the same siege (Paris); optional"),
            C("other", 15, "took 15 people hostage", note="total hostages seized"),
            C("other", 5, "Five Palestinian guerrillas", note="hostage-takers"),
        ],
        released_names=[],
        alias_groups={"Abu Daoud": ["Mohammed Daoud Odeh"]},
        not_released_names=["Abu Daoud"],
        other_event_released_names=[],
        other_people=["Richard Ellison", "Saad al-Abdullah al-Sabah", "Raymond Marcellin", "King Hussein"],
        distractors=["the hostages are unnamed Saudi diplomats",
                     "Abu Daoud: sentenced to death, commuted to life (still held; his release was the refused demand)",
                     "three-day ordeal; shortly after 11 a.m.; Wednesday/Thursday/Friday",
                     "swap type: hostages freed for safe passage; the prisoner demand was refused"],
    ),
    dict(
        file="013_gaza_truce_day_five_brief.txt", published="2023-11-28", outlet="Reuters brief",
        event="Gaza truce day five: 10 Israelis and 2 Thais freed, Israel frees 30 Palestinian prisoners, 2023-11-28",
        counts=[
            C("released", 12, "Hamas frees 12 more hostages"),
            C("released", 10, "Hamas freed 10 Israelis and two Thai nationals",
              note="inferred: subset (Israelis) of the 12; optional"),
            C("released", 2, "two Thai nationals", note="inferred: subset (Thais) of the 12; optional"),
            C("exchanged", 30, "Israel released 30 Palestinian prisoners in return"),
            C("other", 15, "freed 15 women and 15 teenage boys", note="subset of the 30 (women)"),
            C("other", 15, "15 teenage boys", note="subset of the 30 (minors)"),
            C("released", 10, "with Hamas to free 10 Israeli hostages a day in return for 30 prisoners",
              note="planned: deal terms for each extra day"),
            C("exchanged", 30, "in return for 30 prisoners", note="planned: deal terms for each extra day"),
            C("released", 180, "In all, 180 Palestinian prisoners have been released since Friday.",
              note="cumulative since the start of the truce"),
            C("remaining_held", 160, "about 160 hostages remain in Gaza", "about",
              note="Israeli estimate as of 28 November 2023"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Samir Haddad", "Leah Kaplan", "Jonathan Pryce", "Mark Holloway"],
        distractors=["four-day truce extended by two days", "'the fifth day' is an ordinal", "no releasee is named"],
    ),
    dict(
        file="014_nigeria_sowore_dasuki_ngo_release.txt", published="2019-12-25",
        outlet="NGO press release (numbered demands, notes to editors, media contact)",
        event="Nigeria: DSS releases Omoyele Sowore, Olawale Bakare and Sambo Dasuki, 2019-12-24",
        counts=[
            C("released", 3, "The release of the three men is welcome"),
            C("remaining_held", 8, "at least eight journalists and activists remain in detention across Nigeria", "at_least",
              note="CSDN count as of 25 December 2019"),
            C("other", 6, "at least six court orders granting him bail", "at_least", note="court orders"),
            C("other", 27, "a coalition of 27 Nigerian civil society organisations", note="NGO members"),
        ],
        released_names=["Omoyele Sowore", "Olawale Bakare", "Sambo Dasuki"],
        alias_groups={"Olawale Bakare": ["Mandate"]},
        not_released_names=["Ibrahim El-Zakzaky", "Zeenah Ibrahim", "Agba Jalingo"],
        other_event_released_names=[],
        other_people=["Abubakar Malami", "Ijeoma Ojukwu", "Opeyemi Sowore", "Femi Falana", "Ngozi Eze-Okafor"],
        distractors=["143 days; about 6.40pm; 24 hours; $2.1 billion",
                     "Sowore's brief release on 5 December and re-arrest on 6 December (earlier release of the same man; no count)",
                     "Opeyemi Sowore is the wife (same surname; first names compatible under the scorer's rule)",
                     "Ref: CSDN/PR/2019/041; phone number"],
    ),
    dict(
        file="015_cameroon_atangana_edzoa_fr.txt", published="2014-02-25",
        outlet="French daily web page (with AFP), machine-translated from French",
        event="Cameroon: Michel Thierry Atangana and Titus Edzoa freed under a presidential remission decree, 2014-02-24",
        counts=[
            C("released", 2, "The two men left around 19 h 30 the premises of the Secretariat of State for Defence"),
            C("other", 1200, "concerns some 1 200 detainees", "about",
              note="beneficiaries of the commutation/remission decree; not all released"),
            C("remaining_held", 20, "at least 20 people are still imprisoned in Cameroon for political reasons", "at_least",
              note="estimate of the support committee, as of February 2014"),
            C("other", 2000, "2 000 French soldiers now deployed", note="page noise (read-also headline)"),
        ],
        released_names=["Michel Thierry Atangana", "Titus Edzoa"],
        alias_groups={"Michel Thierry Atangana": ["Thierry Atangana"]},
        not_released_names=["Lydienne Yen Eyoum", "Marafa Hamidou Yaya"],
        other_event_released_names=[],
        other_people=["Jean-Pierre Atangana", "François Hollande", "Paul Biya", "Laurent Fabius"],
        distractors=["17 years; 15 years; 20 additional years; 25 years (sentences)", "49 and 68 years old; 19 h 30; 10h12; 15h47",
                     "'expected in Paris in the coming days' is a single-person planned trip (no count)",
                     "Jean-Pierre Atangana is a cousin (same surname)", "3 reactions"],
    ),
    dict(
        file="016_egypt_soltan_feature.txt", published="2015-06-07",
        outlet="US newspaper Sunday long feature (photo caption and credit, most-read list)",
        event="Egypt: Mohamed Soltan freed and deported to the US after renouncing Egyptian citizenship, 2015-05-30",
        counts=[
            C("remaining_held", 40000, "at least 40,000 people are held in Egypt for political reasons", "at_least",
              note="claim by rights groups; rejected by the government"),
            C("other", 800, "more than 800 people were killed that day", "more_than", note="deaths at Rabaa"),
            C("other", 36, "Thirty-six other defendants also received life terms", note="sentenced; unnamed"),
            C("other", 14, "among 14 men sentenced to death", note="sentenced to death"),
            C("other", 3, "three friends who were staying there", note="arrested with him"),
            C("released", 3, "Judge frees 3 men jailed in 1994 arson case", note="earlier event (page-noise MOST READ headline)"),
        ],
        released_names=["Mohamed Soltan"],
        alias_groups={},
        not_released_names=["Salah Soltan", "Mohamed Badie", "Aya Hijazi", "Mohamed Hassanein"],
        other_event_released_names=["Peter Greste"],
        other_people=["Rachel Dunmore", "Hanaa Soltan", "Jonathan Reyes", "Ahmed Hussein", "Mohamed Morsi",
                      "Abdel Fattah el-Sisi", "John Kerry", "Michael Grant"],
        distractors=["643 days; 489 days; 27 years old; 130 pounds; 160 pounds; life = 25 years; more than 400 days",
                     "Greste was deported in February under the same decree (other event)",
                     "the 17-year-old boy and the old man in his cell are unnamed",
                     "Salah Soltan (father) and Hanaa Soltan (sister) share the releasee's surname",
                     "flight to Frankfurt and Dulles: a single-person deportation (no count)"],
    ),
    dict(
        file="017_algeria_1999_pardon_analysis.txt", published="1999-07-16", outlet="policy-brief analysis piece",
        event="Algeria: Bouteflika's 5 July 1999 pardon of about 2,300 Islamist prisoners",
        counts=[
            C("released", 2300, "pardoning about 2,300 prisoners jailed for their involvement with armed Islamist groups", "about",
              note="pardoned under the 5 July decree; releases under way"),
            C("released", 1500, "more than 1,500 prisoners had walked out of jails", "more_than"),
            C("other", 2700, "reduces the sentences of some 2,700 other detainees", "about",
              note="sentence reductions, not releases"),
            C("remaining_held", 10000, "about 10,000 people are still in prison on terrorism-related charges", "about",
              note="estimate of lawyers for Islamist detainees, as of July 1999"),
            C("other", 100000, "some 100,000 people", "about", note="deaths since 1992"),
            C("other", 4000, "between 4,000 and 7,000", note="disappeared (lower bound of a range); not counted as held"),
            C("other", 7000, "between 4,000 and 7,000", note="disappeared (upper bound of a range); not counted as held"),
            C("other", 2000, "Some 2,000 are said to have surrendered under it", "about",
              note="earlier event (1995 rahma law surrenders), not releases"),
        ],
        released_names=["Abdelhamid Boukhalfa"],
        alias_groups={"Ali Belhadj": ["Benhadj"], "Madani Mezrag": ["Merzag"]},
        not_released_names=["Ali Belhadj"],
        other_event_released_names=["Abassi Madani"],
        other_people=["Nadia Ferhat", "Abdelaziz Bouteflika", "Madani Mezrag", "Liamine Zeroual"],
        distractors=["Abassi Madani: conditional release from prison in 1997 (other event), now under house arrest",
                     "37th anniversary; all six rivals; 12-year sentence; six years; 31; six months; 16 September",
                     "the remaining pardoned prisoners 'are to be released in the coming days' (no separate count)",
                     "GIA and Salafist Group reject the ceasefire (no counts)"],
    ),
    dict(
        file="018_argentina_isabel_peron_released.txt", published="1981-07-08",
        outlet="Spanish daily archive page, machine-translated from Spanish",
        event="Argentina: former president Isabel Peron granted conditional release after five years, 1981-07-07",
        counts=[
            C("remaining_held", 932, "932 persons remained at the disposal of the Executive Power at the end of June",
              note="Interior Ministry figure, end of June 1981"),
            C("remaining_held", 1500, "the Permanent Assembly for Human Rights speaks of more than 1.500", "more_than",
              note="claim by the Permanent Assembly for Human Rights"),
            C("other", 200, "some 200 persons waited for her", "about", note="supporters"),
        ],
        released_names=["Isabel Perón"],
        alias_groups={"Isabel Perón": ["María Estela Martínez de Perón", "Isabelita"]},
        not_released_names=[],
        other_event_released_names=["Jacobo Timerman"],
        other_people=["Álvaro Sanz Cuesta", "Juan Domingo Perón", "Roberto Viola", "Deolindo Bittel"],
        distractors=["eight years (sentence); 5 years and 3 months; 50 years of age; 19.30 hours; 06.15 hours; page 21",
                     "the trip to Madrid is planned (single person; no count)",
                     "'the thousands of disappeared' are not counted as held",
                     "Juan Domingo Perón is the late husband (same surname)"],
    ),
    dict(
        file="019_uzbekistan_ruzimuradov_brief.txt", published="2018-02-22", outlet="AFP brief",
        event="Uzbekistan: journalist Yusuf Ruzimuradov freed after almost 19 years, 2018-02-21",
        counts=[
            C("released", 20, "authorities have freed at least 20 people rights groups consider political prisoners",
              "at_least", note="cumulative since 2016"),
        ],
        released_names=["Yusuf Ruzimuradov"],
        alias_groups={"Yusuf Ruzimuradov": ["Ruzimurodov"]},
        not_released_names=["Bobomurod Abdullaev"],
        other_event_released_names=["Muhammad Bekjanov"],
        other_people=["Dilshod Tursunov", "Shavkat Mirziyoyev"],
        distractors=["almost 19 years; 62; 1999; February last year", "'many more remain jailed' is vague"],
    ),
    dict(
        file="020_russia_lebedev_freed.txt", published="2014-01-24",
        outlet="UK broadcaster web page (cookie banner, media player residue, photo credit, related stories)",
        event="Russia: Platon Lebedev freed from Velsk penal colony after the Supreme Court cuts his sentence, 2014-01-24",
        counts=[
            C("released", 25000, "Duma amnesty 'could free up to 25,000'", "about",
              note="earlier event (page-noise related-story headline; planned; 'up to' is an upper bound)"),
            C("other", 30, "Arctic 30", note="group name in a related-story headline"),
        ],
        released_names=["Platon Lebedev"],
        alias_groups={},
        not_released_names=["Alexei Pichugin"],
        other_event_released_names=["Mikhail Khodorkovsky"],
        other_people=["Mikhail Lebedev", "Sergei Malinin", "Vladimir Putin"],
        distractors=["17bn roubles ($500m; £300m) tax debt", "57; more than 10 years; 11:00 local time (07:00 GMT); 01:05",
                     "Penal Colony No 14 (number)", "Pussy Riot members freed under amnesty (page noise, other event, no count)",
                     "Khodorkovsky pardoned last month and flew to Germany (other event)",
                     "Mikhail Lebedev is the son (same surname)"],
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
        err(f"file list mismatch: gold={sorted(g['file'] for g in GOLD)} articles={files}")
    if len({g["file"] for g in GOLD}) != len(GOLD):
        err("duplicate file in GOLD")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            err(f"{g['file']}: missing article")
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if set(c) - {"kind", "value", "qualifier", "where", "quote", "note"}:
                err(f"{g['file']}: unexpected count fields {set(c)}")
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{g['file']}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    err(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    err(f"{g['file']}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                err(f"{g['file']}: where set on kind {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for canon, aliases in g.get("alias_groups", {}).items():
            if canon not in seen:
                err(f"{g['file']}: alias-group key {canon!r} is not a listed name")
                continue
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
                if a in seen and seen[a] != seen[canon]:
                    err(f"{g['file']}: alias {a!r} of {canon!r} ({seen[canon]}) is also listed in {seen[a]}")
        for key in ("file", "published", "outlet", "event", "counts", "distractors") + NAME_LISTS:
            if key not in g:
                err(f"{g['file']}: missing field {key}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
