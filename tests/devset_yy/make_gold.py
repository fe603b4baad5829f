#!/usr/bin/env python3
"""Gold for devset_yy (blind, held-out-style). Writes gold.jsonl next to this script and checks it.

Checks: every quote is an exact substring of its article; every name, alias and `where`
occurs in the article (case-insensitive, for all-caps bylines); no name is in two lists;
every alias-group key is a listed name; kinds and qualifiers are valid, values are
integers, `where` is set exactly on `transferred_to`; the GOLD file list matches articles/.
Prints `checks OK` when everything passes.
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
    # ------------------------------------------------------------------ hostages / captives
    dict(
        file="001_uruguay_dias_gomide.txt", published="1971-02-21", outlet="UPI archive wire (all-caps byline)",
        event="Tupamaros free Brazilian consul Aloysio Dias Gomide in Montevideo after 206 days, 1971-02-21",
        counts=[
            C("remaining_held", 2, "The guerrillas still hold two other foreigners"),
            C("remaining_held", 150, "The Tupamaros had at first demanded the release of all political prisoners held in Uruguay, about 150",
              qualifier="about", note="inferred: prisoners whose release was demanded and refused; optional"),
            C("other", 250000, "a ransom reported to be about $250,000", qualifier="about", note="ransom (money)"),
            C("other", 9, "have kidnapped at least nine people since 1968", qualifier="at_least",
              note="kidnappings since 1968, not releases"),
            C("other", 14, "they had raided 14 houses", note="police raids"),
        ],
        released_names=["Aloysio Dias Gomide"],
        alias_groups={"Aloysio Dias Gomide": ["Aloysio Mares Dias Gomide"]},
        not_released_names=["Geoffrey Jackson", "Claude L. Fly"],
        other_event_released_names=["Daniel Pereira Manelli"],
        other_people=["Maria Aparecida Dias Gomide", "Jorge Pacheco Areco", "Carlos Alberto Frota",
                      "Dan A. Mitrione", "Carlos M. Villar"],
        distractors=["Maria Aparecida Dias Gomide is the wife (same compound surname)",
                     "Mitrione was found shot dead (never freed)",
                     "206 days; aged 51 and 65; shortly before 2 a.m.; 18th century",
                     "single-person release: no release count"],
    ),
    dict(
        file="002_eta_aldaya_brief.txt", published="1996-04-14", outlet="Reuter brief",
        event="ETA frees haulage businessman Jose Maria Aldaya after 341 days, 1996-04-14",
        counts=[
            C("other", 1500000000, "ETA demanded 1,500 million pesetas", note="ransom demand (money)"),
            C("other", 800, "The group has killed nearly 800 people since 1968", qualifier="about",
              note="killings, not releases"),
        ],
        released_names=["Jose Maria Aldaya"],
        alias_groups={},
        not_released_names=["Jose Antonio Ortega Lara"],
        other_event_released_names=[],
        other_people=["Inigo Aldaya", "Juan Alberto Belloch"],
        distractors=["Inigo Aldaya is the son (same surname)", "341 days; aged 55; 20 kg; 3 a.m. (0100 GMT)",
                     "'tens of thousands' wore ribbons (crowd)", "single-person release: no required count"],
    ),
    dict(
        file="003_iraq_leipzig_engineers.txt", published="2006-05-02", outlet="German broadcaster, English service (cookie banner, video, related list)",
        event="Two Leipzig engineers freed in Iraq after 99 days, 2006-05-02",
        counts=[
            C("released", 2, "Two German engineers kidnapped in northern Iraq in January have been released"),
            C("transferred_to", 2, "The engineers are expected to be flown to Germany within the next few days",
              where="Germany", note="planned: flight home; optional"),
            C("remaining_held", 30, "at least 30 foreigners are still being held by kidnappers across the country",
              qualifier="at_least", note="inferred: hostages of other kidnappers (other abductions); optional"),
            C("other", 11, "Bomb kills 11 at Baghdad market", note="page noise (related list)"),
        ],
        released_names=["René Bräunlich", "Thomas Nitzschke"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Susanne Osthoff", "Jill Carroll"],
        other_people=["Frank-Walter Steinmeier", "Gabriele Nitzschke", "Sabine Bräunlich", "Jörg Wilde", "Angela Merkel"],
        distractors=["Gabriele Nitzschke (mother) and Sabine Bräunlich (sister) share the releasees' surnames",
                     "'Hamadi' in the related list: a hijacker paroled in Germany (surname only, other event)",
                     "99 days; aged 32 and 28; 200 kilometers; five months",
                     "'hundreds of Iraqis seized for ransom every month' is vague"],
    ),
    dict(
        file="004_tunisia_austrians_mali_de.txt", published="2008-11-01", outlet="Austrian daily (APA), machine-translated from German",
        event="AQIM frees Austrians Wolfgang Ebner and Andrea Kloiber (kidnapped in Tunisia) in northern Mali, 2008-10-31",
        counts=[
            C("released", 2, "The two Salzburg Sahara tourists are free again"),
            C("transferred_to", 2, "The arrival on the airport Vienna-Schwechat is expected for Saturday evening",
              where="Vienna", note="planned: flight home; optional"),
            C("transferred_to", 2, "The two were on Friday first with a military plane to Bamako brought",
              where="Bamako", note="inferred: moved to the capital of the country where they were freed; optional"),
            C("remaining_held", 10, "The kidnappers had demanded the release of about ten Islamists imprisoned in Algeria and Tunisia",
              qualifier="about", note="inferred: prisoners whose release was demanded, not freed; optional"),
            C("other", 2500000, "a ransom of 2,5 million euros had flowed", note="claim by media: ransom (money)"),
            C("other", 32, "the abduction of 32 European tourists in the Algerian Sahara in the year 2003",
              note="2003 abduction total (other event)"),
            C("other", 10, "among them ten Austrians", note="subset of the 2003 hostages (other event)"),
            C("released", 17, "17 of the hostages were in May 2003 by the Algerian army freed", note="earlier event (2003 rescue)"),
            C("released", 14, "the remaining 14 came in August in Mali free", note="earlier event (August 2003)"),
        ],
        released_names=["Wolfgang Ebner", "Andrea Kloiber"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Anton Prohaska", "Ursula Plassnik", "Alfred Gusenbauer", "Amadou Toumani Touré",
                      "Iyad Ag Ghaly", "Bernhard Ebner", "Elfriede Kloiber", "Michaela Spitzer"],
        distractors=["Bernhard Ebner (brother) and Elfriede Kloiber (mother) share the releasees' surnames",
                     "Michaela Spitzer died in captivity in 2003", "252 days; aged 51 and 44; 1.500 kilometres",
                     "37 Postings (comment counter)", "'the demanded prisoners were ... not released'"],
    ),
    dict(
        file="005_cascavel_riot_pt.txt", published="2014-08-25", outlet="Brazilian news portal, machine-translated from Portuguese",
        event="Cascavel (Paraná) penitentiary riot ends after 45 hours; two prison agents released, 2014-08-25",
        counts=[
            C("released", 2, "The two penitentiary agents that were hostages of the prisoners since Sunday morning were released at 17h40"),
            C("other", 5, "five prisoners died during the rebellion", note="casualties"),
            C("other", 800, "About 800 prisoners will be transferred in the next days to other units of the State",
              qualifier="about", note="inmates moved between prisons: not released, not a transfer of freed people"),
            C("other", 220, "The transfer begins on Tuesday (26) with 220 men", note="inmates moved between prisons"),
            C("other", 1140, "housed 1.140 when the rebellion began", note="prison population"),
            C("other", 1000, "The PEC has capacity for 1.000 prisoners", note="prison capacity"),
            C("other", 120, "We have one agent for 120 prisoners in some shifts", note="staffing ratio"),
            C("other", 2500000, "The estimated cost of the reconstruction is R$ 2,5 million", note="money"),
            C("released", 2, "Prisoners of Guarapuava release two hostages after 30 hours",
              note="earlier event: related-link headline about another riot"),
        ],
        released_names=["Edson Dutra", "Valdir Kaminski"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Márcio Teixeira"],
        other_people=["Leonildo Grota", "Antônio Carlos Werneck", "Cleide Dutra", "Aílton Santos"],
        distractors=["Márcio Teixeira was freed on the Sunday night, an earlier batch of the same riot (judgement call: other event)",
                     "Cleide Dutra is the wife of a releasee (same surname)", "45 hours; aged 38 and 45; 7h; 17h40",
                     "'fifth rebellion' is an ordinal", "12 suspects arrested (related list noise)"],
    ),
    dict(
        file="006_afriqiyah_malta_liveblog.txt", published="2016-12-23", outlet="UK-style world-news live blog (reverse chronological, unrelated entries)",
        event="Afriqiyah Airways 8U209 hijacked to Malta; all 118 on board freed, hijackers surrender, 2016-12-23",
        counts=[
            C("released", 118, "All 118 people on board — 111 passengers and seven crew — were freed unharmed"),
            C("released", 111, "That means 111 passengers, including 28 women and an infant, are now off the plane",
              note="inferred: passengers, a subset/batch of the 118; optional"),
            C("released", 7, "All seven crew members have now been released", note="inferred: crew batch of the 118; optional"),
            C("released", 25, "the first group of 25 passengers, women and children, has been released",
              note="inferred: first batch of the main event; optional"),
            C("released", 40, "She counted at least 40 people", qualifier="at_least",
              note="inferred: second batch of the main event; optional"),
            C("remaining_held", 7, "Seven crew members remain on the aircraft with the two hijackers",
              note="as of 15:22, held before the crew were freed (seed convention for held-before-release)"),
            C("other", 28, "including 28 women and an infant", note="subset"),
            C("other", 2, "The two hijackers walked off the plane", note="hijackers who surrendered"),
            C("released", 1240, "has rescued 1,240 people held by the group in recent weeks",
              note="earlier event: unrelated live-blog entry (Nigeria), claim by the army"),
            C("other", 14, "The vote was 14-0", note="unrelated entry (UN vote)"),
        ],
        released_names=["Mohamed Abdelsalam", "Ali Milad"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Moussa Shaha", "Ahmed Ali", "Muammar Gaddafi", "Fayez al-Sarraj", "Joseph Muscat",
                      "Anis Amri", "Claire Gatt", "Mark Ellul"],
        distractors=["Moussa Shaha and Ahmed Ali are the hijackers (taken into custody)",
                     "Anis Amri was shot dead (unrelated entry)", "clock times 11:32, 16:10 etc.; flight number 8U209",
                     "passengers to be flown home to Tripoli (planned, no number)"],
    ),
    dict(
        file="007_mali_narvaez_feature.txt", published="2021-10-14", outlet="Catholic weekly web feature (photo credit, most-read list)",
        event="Colombian nun Gloria Cecilia Narváez freed in Mali after four years and eight months, 2021-10-09",
        counts=[
            C("remaining_held", 5, "leaves at least five Westerners in the hands of armed groups in the Sahel", qualifier="at_least"),
            C("released", 4, "the same coalition released four hostages", note="earlier event (October 2020)"),
            C("exchanged", 200, "freed some 200 prisoners", qualifier="about", note="earlier event (October 2020 exchange)"),
            C("other", 4, "made up of four sisters", note="community size"),
            C("released", 3, "Three seminarians freed by kidnappers in Kaduna, Nigeria",
              note="earlier event: most-read headline about another kidnapping"),
        ],
        released_names=["Gloria Cecilia Narváez"],
        alias_groups={"Gloria Cecilia Narváez": ["Gloria Cecilia Narváez Argoty"]},
        not_released_names=["Jeffery Woodke", "Ken Elliott", "Iulian Ghergut", "Olivier Dubois"],
        other_event_released_names=["Sophie Pétronin", "Pier Luigi Maccalli", "Nicola Chiacchio", "Soumaïla Cissé"],
        other_people=["Teresa Vallejo", "Ana Lucía Moreno", "Joaquín Narváez", "Iván Duque", "Jean Zerbo",
                      "Edmond Dembélé", "Beatrice Stöckli", "Pope Francis"],
        distractors=["Joaquín Narváez is the brother (same surname)", "Beatrice Stöckli was killed in captivity",
                     "'several hundred villagers' held in central Mali is vague",
                     "four years and eight months; aged 59; more than 12 years", "a younger sister was spared (unnamed)"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_santo_domingo_consulate_1974.txt", published="1974-10-10", outlet="AP archive on a newspaper page (all-caps byline)",
        event="Venezuelan-consulate siege in Santo Domingo ends: Barbara Hutchison and five hostages freed, kidnappers flown to Panama, 1974-10-09",
        counts=[
            C("released", 6, "freed American official Barbara Hutchison and five other hostages Wednesday night",
              note="Hutchison plus five others; hostages for safe passage"),
            C("other", 5, "five other hostages", note="inferred: the bare 'five' of the six; optional"),
            C("other", 7, "The seven kidnapers", note="kidnappers flown to Panama under safe conduct: not releasees, not a transfer of freed people"),
            C("remaining_held", 37, "The kidnapers had demanded $1 million and the release of 37 political prisoners",
              note="inferred: prisoners whose release was demanded and refused; optional"),
            C("other", 1000000, "The kidnapers had demanded $1 million", note="ransom demand (money)"),
            C("released", 2, "Two women secretaries, Carmen Polanco and Juana Rosario, had been released by the guerrillas on the third day of the siege",
              note="earlier event: earlier batch of the same siege"),
        ],
        released_names=["Barbara Hutchison", "Armando Ribas Lozada", "Luis Ferrer Soler", "Tomás Peña",
                        "Nelson Guerrero", "Altagracia Medina"],
        alias_groups={},
        not_released_names=["Rafael Cuevas Marte", "Ramón Almonte Ureña"],
        other_event_released_names=["Carmen Polanco", "Juana Rosario"],
        other_people=["Radhames Mendez Vargas", "Robert A. Hurwitch", "Joaquin Balaguer", "Giovanni Gravelli",
                      "Francisco Caamaño Deñó", "Fernando R. Acevedo"],
        distractors=["the seven kidnappers flown to Panama are not freed prisoners (no transferred_to)",
                     "13-day siege; aged 43; 9 p.m.; 12th of January (group name)",
                     "'crowd of several hundred people' is vague", "Caamaño Deñó is dead ('the late')"],
    ),
    dict(
        file="009_lourenco_marques_1942_anniversary.txt", published="2022-07-23", outlet="80-years-on anniversary feature",
        event="US-Japan exchange of diplomats and civilians at Lourenço Marques, 1942-07-23",
        counts=[
            C("exchanged", 1083, "carrying 1,083 Japanese diplomats, businessmen, students and their families"),
            C("exchanged", 1451, "Between them they carried 1,451 Americans, Canadians, Latin Americans and others"),
            C("exchanged", 2500, "more than 2,500 people walked past each other on the dockside", qualifier="more_than",
              note="inferred: both sides together; optional"),
            C("remaining_held", 7000, "more than 7,000 American civilians remained in Japanese internment camps",
              qualifier="more_than", note="as of July 1942, after the exchange"),
            C("exchanged", 1500, "swapped about 1,500 people each", qualifier="about",
              note="earlier event: the later, separate second exchange at Mormugão (1943)"),
        ],
        released_names=["Eleanor Whitcomb", "Arthur Whitcomb", "Frances Whitcomb", "Kichisaburo Nomura",
                        "Saburo Kurusu", "Joseph Grew", "Max Hill"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Daniel Whitcomb"],
        other_people=["Helen Maasdorp", "Rui Macamo"],
        distractors=["Daniel Whitcomb stayed interned and was freed in 1945 (other event, same surname as three releasees)",
                     "card number 1,164; 48 kilograms; aged 12 and 92; 80 years; died in 1961",
                     "'dozens of journalists and hundreds of missionaries' is vague",
                     "Gripsholm, Asama Maru, Conte Verde, Teia Maru are ships; Polana is a hotel"],
    ),
    dict(
        file="010_ukraine_russia_exchange_feb2024.txt", published="2024-02-08", outlet="Ukrainian government statement (unofficial translation) with agency editor's note",
        event="Ukraine-Russia exchange of 100 for 100 prisoners of war, UAE-mediated, 2024-02-08",
        counts=[
            C("exchanged", 100, "as a result of the next exchange, 100 Ukrainian servicemen returned home"),
            C("exchanged", 100, "100 Russian servicemen had been returned from territory controlled by Kyiv"),
            C("transferred_to", 100, "would be flown to Moscow for treatment", where="Moscow",
              note="inferred: flight home; optional"),
            C("other", 37, "37 of them were taken prisoner during the defence of Mariupol", note="subset"),
            C("other", 2, "2 defenders who were held by the enemy since 2022 in the Olenivka colony", note="subset"),
            C("released", 3135, "since 2022, 3 135 Ukrainians have been returned home from captivity", note="cumulative since 2022"),
            C("remaining_held", 8000, "more than 8 000 Ukrainian servicemen and civilians remain in Russian captivity",
              qualifier="more_than"),
            C("other", 45, "the bodies of 45 fallen defenders were also returned to Ukraine", note="bodies"),
            C("exchanged", 207, "the sides swapped 207 Ukrainians for 195 Russians", note="earlier event (31 January 2024)"),
            C("exchanged", 195, "the sides swapped 207 Ukrainians for 195 Russians", note="earlier event (31 January 2024)"),
        ],
        released_names=["Oleksandr Hrytsenko", "Vasyl Melnyk"],
        alias_groups={},
        not_released_names=["Vitaliy Chornyi"],
        other_event_released_names=[],
        other_people=[],
        distractors=["'51st exchange' is an ordinal", "aged 61 and 21; 22 months", "14:37 (time stamp)"],
    ),
    dict(
        file="011_gaza_exchange_jan2025.txt", published="2025-01-30", outlet="UK broadcaster web page (cookie banner, media caption, related lists)",
        event="Gaza ceasefire: three Israeli and five Thai hostages freed; Israel releases 110 Palestinian prisoners, 2025-01-30",
        counts=[
            C("released", 3, "Three Israeli hostages and five Thai nationals have been freed from Gaza"),
            C("released", 5, "Three Israeli hostages and five Thai nationals have been freed from Gaza",
              note="Thais freed the same day under a separate arrangement"),
            C("released", 8, "Three Israeli hostages and five Thai nationals have been freed from Gaza",
              note="inferred: sum of the two groups; optional"),
            C("exchanged", 110, "briefly delayed the release of 110 Palestinian prisoners"),
            C("other", 32, "The 110 prisoners included 32 serving life sentences and 30 minors", note="subset"),
            C("other", 30, "The 110 prisoners included 32 serving life sentences and 30 minors", note="subset"),
            C("transferred_to", 20, "Twenty of those serving life sentences were taken to Egypt", where="Egypt"),
            C("transferred_to", 5, "would be flown to Bangkok once they had been discharged from hospital", where="Bangkok",
              note="planned: flight home; optional"),
            C("released", 15, "It brings the number of hostages freed under the deal to 15", note="cumulative"),
            C("exchanged", 400, "the number of Palestinian prisoners released to 400", note="cumulative"),
            C("released", 4, "four Israeli soldiers were freed in exchange for 200 prisoners", note="earlier event (Saturday)"),
            C("exchanged", 200, "four Israeli soldiers were freed in exchange for 200 prisoners", note="earlier event (Saturday)"),
            C("released", 33, "33 Israeli hostages are to be released over six weeks", note="planned (first phase)"),
            C("exchanged", 1900, "in exchange for about 1,900 Palestinian prisoners and detainees", qualifier="about",
              note="planned (first phase)"),
            C("released", 3, "Three more hostages — Ofer Kalderon, Keith Siegel and Yarden Bibas — are due to be freed on Saturday",
              note="planned (Saturday)"),
            C("remaining_held", 82, "After Thursday's releases, 82 hostages remain in Gaza"),
            C("other", 200, "shaken by more than 200 earthquakes", qualifier="more_than", note="page noise"),
        ],
        released_names=["Agam Berger", "Arbel Yehud", "Gadi Moses", "Pongsak Thaenna", "Sathian Suwannakham",
                        "Watchara Sriaoun", "Bannawat Saethao", "Surasak Lamnau", "Zakaria Zubeidi"],
        alias_groups={"Zakaria Zubeidi": ["Zakariya Zubaidi"]},
        not_released_names=["Ofer Kalderon", "Keith Siegel", "Yarden Bibas"],
        other_event_released_names=[],
        other_people=["Yahya Sinwar", "Benjamin Netanyahu", "Shlomi Berger", "Efrat Katz", "Dolev Yehud", "Omar al-Qattaa"],
        distractors=["Kalderon, Siegel and Bibas are only due to be freed (still held at the time of writing; judgement call)",
                     "Shlomi Berger (father) and Dolev Yehud (brother, killed) share releasees' surnames",
                     "482 days; aged 20, 29, 80 and 49; 'at least a third' believed dead",
                     "Witkoff appears only by surname in the related list"],
    ),
    dict(
        file="012_fogel_vinnik_swap.txt", published="2025-02-12", outlet="AP wire (all-caps bylines)",
        event="US releases Alexander Vinnik after Russia frees Marc Fogel, 2025-02-11/12",
        counts=[
            C("remaining_held", 10, "At least 10 U.S. citizens are believed to be held there", qualifier="at_least"),
            C("exchanged", 24, "a 24-person prisoner swap last August", note="earlier event (August 2024 swap)"),
            C("released", 2, "along with two other people", note="earlier event: separate Belarus release the same day (other event)"),
        ],
        released_names=["Marc Fogel", "Alexander Vinnik"],
        alias_groups={},
        not_released_names=["Stephen Hubbard", "Gordon Black"],
        other_event_released_names=["Evan Gershkovich", "Paul Whelan", "Andrei Kuznechyk"],
        other_people=["Donald Trump", "Steve Witkoff", "Dmitry Peskov", "Mike Waltz", "Malphine Fogel",
                      "Vladimir Putin", "Lauren Mercer", "Paul Dorsey", "Claire Holloway", "Ivan Sergeev"],
        distractors=["one-for-one swap: no count", "Malphine Fogel is the mother (same surname)",
                     "17 grams; 14 years; aged 63, 45, 95 and 72; nearly seven years; three years and nine months",
                     "Kuznechyk was freed by Belarus in a separate gesture (other event)"],
    ),
    dict(
        file="013_gaza_truce_day3_brief.txt", published="2023-11-26", outlet="Reuters brief",
        event="Third day of the Gaza truce: Hamas frees 17 hostages, Israel releases 39 Palestinian prisoners, 2023-11-26",
        counts=[
            C("released", 17, "Hamas freed 17 hostages from Gaza on Sunday"),
            C("exchanged", 39, "Israel released 39 Palestinian teenagers from its jails"),
            C("other", 13, "including 13 Israelis, three Thais and a Russian-Israeli", note="subset"),
            C("other", 3, "including 13 Israelis, three Thais and a Russian-Israeli", note="subset"),
            C("released", 58, "In all, 58 hostages and 117 Palestinian prisoners have been freed since Friday", note="cumulative (three days)"),
            C("exchanged", 117, "In all, 58 hostages and 117 Palestinian prisoners have been freed since Friday", note="cumulative (three days)"),
            C("remaining_held", 180, "Israel says about 180 people are still held in Gaza", qualifier="about"),
        ],
        released_names=["Abigail Edan", "Roni Krivoi"],
        alias_groups={"Abigail Edan": ["Abigail Idan"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Vladimir Putin", "Joe Biden", "Ari Shalem", "Yusuf Hamdan", "Susan Markel"],
        distractors=["'third day of a four-day truce' (ordinal/duration)", "aged 4 and 25",
                     "Krivoi was freed outside the deal but on the same day (counted in the 17)"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / paroles
    dict(
        file="014_venezuela_dec2017_ngo.txt", published="2017-12-25", outlet="NGO press release (demands, contact block)",
        event="Venezuela releases 44 political prisoners under alternative measures, 2017-12-23/25",
        counts=[
            C("released", 44, "44 people whom we consider political prisoners were released from detention centres"),
            C("released", 80, "\"measures of release\" for 80 people", note="planned: announced by the Truth Commission"),
            C("remaining_held", 36, "36 of the 80 announced have not been released"),
            C("other", 10, "The 44 include 10 military officers and four women", note="subset"),
            C("other", 4, "The 44 include 10 military officers and four women", note="subset"),
            C("remaining_held", 268, "there were 268 political prisoners in Venezuela as of 22 December",
              note="as of 22 December, before the releases (seed convention)"),
            C("remaining_held", 224, "at least 224 remain in detention", qualifier="at_least"),
            C("released", 7, "the authorities released seven political prisoners, among them Rosmit Mantilla",
              note="earlier event (November 2016)"),
            C("other", 31, "our team of 31 lawyers", note="NGO staff"),
        ],
        released_names=["Alfredo Ramos", "Andrés Colmenares", "Julio César Briceño"],
        alias_groups={},
        not_released_names=["Daniel Ceballos", "Gilber Caro", "Lorent Saleh", "Leopoldo López"],
        other_event_released_names=["Rosmit Mantilla"],
        other_people=["Delcy Rodríguez", "Daniela Ramos", "Mariana Oropeza", "Gabriela Toro"],
        distractors=["releases under 'alternative measures' (reporting duties, gag orders) are counted as releases: they left prison",
                     "Leopoldo López is under house arrest (counted as still held)",
                     "Daniela Ramos is the daughter (same surname)", "aged 22 and 58; 14 months; every 15 or 30 days"],
    ),
    dict(
        file="015_ecuador_mulas_pardon_analysis.txt", published="2008-12-15", outlet="think-tank analysis piece",
        event="Ecuador's Constituent Assembly pardon of small-scale drug couriers ('mulas'): 2,221 released by November 2008",
        counts=[
            C("released", 2221, "2,221 people had been released under the pardon by the end of November"),
            C("other", 2600, "out of some 2,600 who applied", qualifier="about", note="applicants"),
            C("other", 560, "about 560 were women", qualifier="about", note="subset"),
            C("other", 300, "Foreign nationals accounted for roughly 300 of the beneficiaries", qualifier="about", note="subset"),
            C("other", 23, "all but 23 of them have since left Ecuador",
              note="all but N: foreign beneficiaries still in Ecuador (free, not held)"),
            C("transferred_to", 112, "112 Colombians were handed over to the Colombian authorities at the Rumichaca border bridge",
              where="Colombia"),
            C("remaining_held", 150, "around 150 files remained under review", qualifier="about",
              note="inferred: eligible prisoners still waiting; optional"),
            C("other", 8000, "built for about 8,000 inmates", qualifier="about", note="prison capacity"),
            C("other", 17000, "held more than 17,000 people", qualifier="more_than", note="prison population"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Laura Céspedes", "Rafael Correa"],
        distractors=["no named releasee", "2 kg threshold; 10 per cent; 12 to 16 years; 12 per cent; 2 per cent; 2.1 and 1.9 kilograms",
                     "'Several hundred applications were rejected' is vague",
                     "smaller groups deported to Peru and Europe (no number)"],
    ),
    dict(
        file="016_oman_pardon_brief.txt", published="2013-03-21", outlet="AFP brief",
        event="Sultan Qaboos pardons 35 jailed online critics and protesters; some 20 freed, 2013-03-21",
        counts=[
            C("released", 20, "Some 20 of them walked out of Samail central prison on Thursday afternoon", qualifier="about"),
            C("released", 35, "has pardoned 35 people jailed last year",
              note="inferred: pardon total, the rest not yet freed; optional"),
            C("other", 50000, "the creation of 50,000 jobs", note="background"),
        ],
        released_names=["Nabhan al-Salmi", "Yaqoob al-Harthi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Qaboos bin Said", "Khalfan al-Badwawi"],
        distractors=["'the rest were expected to be freed in the coming days' (planned, no number)", "18 months (sentence)"],
    ),
    dict(
        file="017_megrahi_compassionate_release.txt", published="2009-08-20", outlet="Scottish Government news release with agency editor's note",
        event="Lockerbie bomber Abdelbaset al-Megrahi released on compassionate grounds and flown to Tripoli, 2009-08-20",
        counts=[
            C("other", 270, "an atrocity in which 270 people lost their lives", note="victims"),
            C("other", 11, "including 11 residents of Lockerbie", note="victims (subset)"),
        ],
        released_names=["Abdelbaset Ali Mohmed Al-Megrahi"],
        alias_groups={"Abdelbaset Ali Mohmed Al-Megrahi": ["Abdel Basset al-Megrahi", "Megrahi"]},
        not_released_names=[],
        other_event_released_names=["Al Amin Khalifa Fhimah"],
        other_people=["Kenny MacAskill", "Saif al-Islam Gaddafi", "Muammar Gaddafi", "Hillary Clinton", "Jim Swire"],
        distractors=["prisoner-transfer application refused (not a release)", "Flora (first name only) was a victim",
                     "27 years minimum term; served eight years; aged 57; three months prognosis; 2.10 p.m.",
                     "a single person flown to Tripoli: no transfer count"],
    ),
    dict(
        file="018_ben_bella_release_1962_fr.txt", published="1962-03-20", outlet="French regional daily archive, machine-translated",
        event="Ben Bella and four other FLN leaders freed after the Evian accords and flown to Geneva, 1962-03-19",
        counts=[
            C("released", 5, "The five leaders of the FLN detained in France since the interception of their aircraft on 22 October 1956 were released this morning"),
            C("transferred_to", 5, "which conveyed them towards Geneva", where="Geneva"),
            C("transferred_to", 5, "The five men must reach Rabat in the night", where="Rabat", note="planned"),
            C("remaining_held", 4000, "about 4 000 Algerians are still held in the assignment centres of the metropole", qualifier="about"),
            C("remaining_held", 7500, "some 7 500 in the camps of Algeria", qualifier="about"),
            C("other", 8, "one counts 8 deaths and 14 wounded", note="casualties"),
            C("other", 14, "one counts 8 deaths and 14 wounded", note="casualties"),
        ],
        released_names=["Ahmed Ben Bella", "Hocine Aït Ahmed", "Mohamed Boudiaf", "Mohamed Khider", "Rabah Bitat"],
        alias_groups={"Ahmed Ben Bella": ["Ben Bella"], "Hocine Aït Ahmed": ["Aït-Ahmed"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hassan II", "Louis Joxe", "Krim Belkacem", "de Gaulle"],
        distractors=["'released in a delay of twenty days' (planned, no number)", "ALN prisoners 'some hundreds' (vague)",
                     "45 years (age); five years and five months; 9 h 30; referendum on 8 April"],
    ),
    dict(
        file="019_italy_indulto_2006_it.txt", published="2006-08-05", outlet="Italian daily web page, machine-translated (cookie banner, LEGGI ANCHE)",
        event="Italy's 2006 collective pardon (indulto): 15,620 prisoners freed in five days",
        counts=[
            C("released", 15620, "They are 15.620 the detainees come out from the Italian prisons in the first five days"),
            C("released", 24000, "the beneficiaries will be at the end about 24.000", qualifier="about", note="planned/projected total"),
            C("other", 5000, "they are over 5.000, but they were not in prison", qualifier="more_than",
              note="beneficiaries on alternative measures, not in custody"),
            C("released", 1210, "in the first three days went out 1.210 detainees", note="inferred: subset (Poggioreale); optional"),
            C("other", 60710, "were present 60.710 detainees", note="prison population before"),
            C("other", 43000, "a regular capacity of about 43.000 places", qualifier="about", note="prison capacity"),
            C("other", 45000, "the population descended to around 45.000", qualifier="about", note="prison population after"),
            C("other", 207, "in the 207 Italian institutes", note="number of prisons"),
            C("released", 7000, "went out of prison about 7.000 detainees", qualifier="about", note="earlier event (1990 pardon and amnesty)"),
            C("released", 3000, "Pardon, the first day: 3.000 out", note="cumulative: first-day figure in a related link; optional"),
            C("other", 5000, "5.000 agents missing", note="page noise (related link)"),
        ],
        released_names=["Gennaro Esposito", "Ahmed Trabelsi"],
        alias_groups={},
        not_released_names=["Vincenzo Russo"],
        other_event_released_names=[],
        other_people=["Clemente Mastella", "Antonio Di Pietro", "Concetta Esposito"],
        distractors=["Concetta Esposito is the wife (same surname)", "up to three years (sentence reduction); 22 months; aged 41, 29 and 52",
                     "a quarter; about a third foreigners", "'Florence, freed after 20 years' (related link, no name)",
                     "Trabelsi's expulsion to the border is a single person, no transfer count"],
    ),
    dict(
        file="020_vietnam_cu_huy_ha_vu_2014.txt", published="2014-04-07", outlet="international broadcaster web page (cookie banner, audio player, related and most-viewed lists)",
        event="Vietnam frees legal scholar Cu Huy Ha Vu and flies him to the United States, 2014-04-06/07",
        counts=[
            C("remaining_held", 150, "Vietnam holds at least 150 political prisoners", qualifier="at_least"),
        ],
        released_names=["Cu Huy Ha Vu"],
        alias_groups={"Nguyen Van Hai": ["Dieu Cay"]},
        not_released_names=["Nguyen Van Hai", "Ta Phong Tan", "Tran Huynh Duy Thuc", "Nguyen Van Ly"],
        other_event_released_names=[],
        other_people=["Nguyen Thi Duong Ha", "Cu Huy Can", "Nguyen Tan Dung", "Ho Chi Minh", "Karen Lindqvist"],
        distractors=["Nguyen Van Ly was paroled in 2010 but is back in prison (held)", "Cu Huy Can is the father (poet)",
                     "seven-year, 12-year, 10-year, 16-year sentences; aged 56; 03:21 audio length",
                     "'China frees rights lawyer after three years' (related link, no name)", "single-person release: no release count"],
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
        for key in ("file", "published", "outlet", "event", "counts", "released_names", "alias_groups",
                    "not_released_names", "other_event_released_names", "other_people", "distractors"):
            if key not in g:
                errors.append(f"{f}: missing field {key}")
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
                    errors.append(f"{f}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                errors.append(f"{f}: where set on kind {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
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
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in GOLD:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"wrote {len(GOLD)} records; checks {'OK' if not errors else 'FAILED'}")
    sys.exit(0 if not errors else 1)


if __name__ == "__main__":
    main()
