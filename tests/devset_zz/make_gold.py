#!/usr/bin/env python3
"""Gold for devset_zz (blind, held-out-style). Writes gold.jsonl next to this file and checks it.

Checks: every quote is an exact substring of its article; every name, alias and `where` occurs in
the article (case-insensitive, for all-caps bylines); no name is in two lists; every alias-group key
is a listed name; kinds and qualifiers are valid, values are integers, and `where` is set exactly
on `transferred_to`; the GOLD file list matches `articles/`. Prints `checks OK` when all pass.
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
        file="001_varanasi_hijack_anniversary.txt", published="2023-12-17",
        outlet="Indian newspaper, Sunday retro feature (45 years on)",
        event="Indian Airlines IC-410 hijacked to Varanasi; passengers and crew freed when the hijackers surrender, 1978-12-21",
        counts=[
            C("released", 122, "The remaining 122 passengers and all six crew members followed a few minutes later"),
            C("released", 6, "all six crew members followed a few minutes later",
              note="inferred: crew part of the final release; optional"),
            C("released", 4, "the hijackers let four people leave",
              note="inferred: first batch (around midnight) within the main event; optional"),
            C("released", 132, "None of the 132 people on board was hurt",
              note="inferred: everyone on board (126 passengers + 6 crew) was freed; optional"),
            C("released", 126, "was carrying 126 passengers and six crew",
              note="inferred: all passengers were eventually freed; optional"),
            C("exchanged", 3, "the government freed three militants to end the hijacking of IC-814 at Kandahar",
              note="earlier event (1999, a different hijacking)"),
            C("other", 3000000, "handles more than three million passengers a year", qualifier="more_than",
              note="airport traffic; noise"),
        ],
        released_names=["Saroj Mishra", "Ashok Chaturvedi", "M.N. Bhatia"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Indira Gandhi"],
        other_people=["Anupam Shrivastava", "Bholanath Pandey", "Devendra Pandey", "Sanjay Gandhi", "Morarji Desai",
                      "Ram Naresh Yadav", "Vinod Tandon", "Meenakshi Rai", "Rakesh Dubey"],
        distractors=["the two hijackers share the surname Pandey and were arrested (into custody), later became MLAs",
                     "Indira Gandhi's release was the hijackers' demand; she was freed on 26 December 1978 (other event)",
                     "ages 24/27/28/31, six-year-old son; 5.45 pm, 7.10 pm, 6.15 am; 11 years; died in 2009",
                     "1984 hijack to Lahore/Dubai (no figures)", "ALSO READ headlines (1983, 1975)"],
    ),
    dict(
        file="002_delhi_romanian_diplomat_freed.txt", published="1991-11-25", outlet="UPI wire brief",
        event="Khalistan Liberation Force frees Romanian diplomat Liviu Radu in New Delhi, 1991-11-25",
        counts=[
            C("remaining_held", 3, "the three remained in custody in Bucharest",
              note="Sikh militants whose release the kidnappers demanded; still held in Romania"),
            C("other", 3, "demanded the release of three Sikh militants", note="kidnappers' demand"),
            C("other", 10000000, "demanded 10 million rupees", note="ransom demand (money)"),
        ],
        released_names=["Liviu Radu"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Julio Ribeiro", "Dan Ionescu", "Mariana Radu"],
        distractors=["48-day kidnapping; age 42; 8:30 a.m.; $390,000", "Mariana Radu is the wife (same surname)",
                     "Romania denies any exchange: no swap took place"],
    ),
    dict(
        file="003_chechnya_vlasov_freed.txt", published="1998-11-13", outlet="UK broadcaster news site (1998 page chrome)",
        event="Kremlin envoy Valentin Vlasov freed in Chechnya after six months, 1998-11-13",
        counts=[
            C("remaining_held", 100, "about 100 are still being held", qualifier="about",
              note="interior ministry figure: hostages held in Chechnya and neighbouring regions"),
            C("remaining_held", 4, "Among those still in captivity are four telecommunications engineers"),
            C("other", 176, "176 people have been kidnapped in Chechnya and neighbouring regions this year",
              note="cumulative kidnappings in 1998, not releases"),
            C("released", 2, "Two British aid workers, Camilla Carr and Jon James, were released in September",
              note="earlier event (September 1998)"),
            C("other", 50, "Kosovo monitors: first 50 arrive", note="page noise"),
        ],
        released_names=["Valentin Vlasov"],
        alias_groups={},
        not_released_names=["Peter Kennedy", "Darren Hickey", "Rudolf Petschi", "Stan Shaw", "Vincent Cochetel"],
        other_event_released_names=["Camilla Carr", "Jon James"],
        other_people=["Boris Yeltsin", "Sergei Stepashin", "Aslan Maskhadov", "Boris Berezovsky"],
        distractors=["ransom of up to $7m (money)", "more than six months; 14 months; 1994-96 war",
                     "driver and bodyguard (unnamed, not taken)", "flown to Moscow (single person, no figure)",
                     "'In this section' headlines (Ocalan, Schroeder) are page noise"],
    ),
    dict(
        file="004_sao_paulo_prison_rebellion_pt.txt", published="2001-02-20",
        outlet="Sao Paulo daily, machine-translated from Portuguese",
        event="PCC mega-rebellion in 29 Sao Paulo prisons ends; 7,128 hostages (mostly visitors) freed, 2001-02-19",
        counts=[
            C("released", 7128, "Mega-rebellion ends after 27 hours; 7.128 hostages are released"),
            C("released", 1250, "the last 1.250 hostages of the Casa de Detenção",
              note="inferred: final batch of the main event; optional"),
            C("released", 4300, "the prisoners had already liberated about 4.300 visitors in 21 units", qualifier="about",
              note="inferred: Sunday-night batch within the main event; optional"),
            C("remaining_held", 2, "two penitentiary agents continued in the power of prisoners",
              note="as of the paper's closing time, Hortolandia"),
            C("other", 22, "Among the hostages there were also 22 penitentiary agents", note="subset of the hostages"),
            C("other", 27000, "About 27 thousand prisoners participated", qualifier="about",
              note="rebelling inmates, not releasees"),
            C("other", 7000, "with about 7.000 prisoners", qualifier="about", note="prison population"),
            C("other", 10, "the transfer, on Friday (16), of ten leaders of the PCC",
              note="prison-to-prison transfer of inmates; not a release and not transferred_to"),
            C("other", 16, "At least 16 prisoners died", qualifier="at_least", note="deaths"),
            C("other", 300, "together with other 300 women", note="subset"),
            C("other", 111, "111 prisoners were killed by the Military Police", note="earlier event (1992 massacre); deaths"),
        ],
        released_names=["Maria Aparecida dos Santos"],
        alias_groups={"José Márcio Felício": ["Geleião"], "César Augusto Roriz Silva": ["Cesinha"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Roberto Almeida", "Luciana Ferraz", "Nagashi Furukawa", "José Márcio Felício",
                      "César Augusto Roriz Silva", "Geraldo Alckmin", "Reinaldo dos Santos", "Marcos Oliveira"],
        distractors=["Reinaldo dos Santos is an inmate and the releasee's son (same surname)",
                     "PCC leaders moved to Taubaté are inmates (not releasees, not freed)",
                     "27 hours; 12h, 14h30, 14h40; 93 km; 8 years; age 52/27; nine visitors in hospital",
                     "READ ALSO: 'Prisoners release director after 6 hours' (page noise), R$ 2,03, R$ 12,5 millions"],
    ),
    dict(
        file="005_hansa_stavanger_pirates_brief.txt", published="2009-08-04", outlet="Reuters wire brief",
        event="Somali pirates free the German container ship Hansa Stavanger and its 24 crew, 2009-08-03",
        counts=[
            C("released", 24, "released the German container ship Hansa Stavanger and its 24 crew"),
            C("other", 5, "five Germans, three Russians, two Ukrainians, two Filipinos and 12 men from Tuvalu",
              note="nationality subset of the 24"),
            C("other", 3, "five Germans, three Russians, two Ukrainians, two Filipinos and 12 men from Tuvalu",
              note="nationality subset of the 24"),
            C("other", 2, "five Germans, three Russians, two Ukrainians, two Filipinos and 12 men from Tuvalu",
              note="nationality subset of the 24"),
            C("other", 12, "five Germans, three Russians, two Ukrainians, two Filipinos and 12 men from Tuvalu",
              note="nationality subset of the 24"),
            C("remaining_held", 150, "more than 150 seafarers", qualifier="more_than",
              note="crews of other ships held off Somalia (IMB)"),
            C("other", 8, "at least eight vessels", qualifier="at_least", note="ships, not people"),
            C("other", 2750000, "a ransom of $2.75 million", note="ransom"),
        ],
        released_names=["Krzysztof Kotiuk"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andrew Mwangura", "Njeri Mwangi", "Paul Hastings"],
        distractors=["four months; 400 miles (640 km)", "ship sailing toward Mombasa (no transfer of people stated)"],
    ),
    dict(
        file="006_lakhisarai_maoist_hostages_feature.txt", published="2010-09-13", outlet="Indian newsmagazine long feature",
        event="Maoists free three abducted Bihar policemen in the Kajra hills, Lakhisarai, 2010-09-06",
        counts=[
            C("released", 3, "The three had been released by Maoists a few hours earlier"),
            C("other", 4, "Four were taken alive", note="abducted (one of them later killed)"),
            C("other", 7, "Seven policemen were killed", note="deaths"),
            C("other", 8, "the release of eight of its cadres held in Bihar jails", note="kidnappers' demand"),
            C("remaining_held", 8, "None of the eight prisoners named in the Maoists' demand has been freed",
              note="inferred: prisoners whose release was demanded remain in jail (negated statement); optional"),
            C("other", 1500, "more than 1,500 personnel", qualifier="more_than", note="deployment"),
            C("other", 25, "at least 25 suspected Maoists have been detained", qualifier="at_least",
              note="arrests into custody"),
            C("released", 14, "the state government freed 14 tribal women from jail",
              note="earlier event (West Bengal, October 2009)"),
            C("other", 3, "a demand for the release of three Maoist leaders", note="earlier event's demand (Jharkhand 2009)"),
            C("other", 1000000, "compensation of Rs 10 lakh", note="money"),
        ],
        released_names=["Abhay Prasad Yadav", "Rupesh Kumar Sinha", "Ehsan Khan"],
        alias_groups={"Ehsan Khan": ["Ahsan Khan"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Priyanka Mehta", "Rina Devi", "Lucas Tete", "Nitish Kumar", "Bhagwan Prasad Sinha",
                      "Alice Tete", "Pranav Kumar Singh", "Francis Induwar"],
        distractors=["Lucas Tete was killed in captivity (not a releasee)", "Francis Induwar was beheaded (2009)",
                     "Avinash (Maoist spokesman's nom de guerre) and Archana (wife) are first-name-only",
                     "Bhagwan Prasad Sinha and Alice Tete are relatives sharing surnames",
                     "eight days; 72 hours; 20 km; three hours; ages 38; month's leave; 'Three came back. Why not four?'"],
    ),
    dict(
        file="007_sinai_chinese_workers_freed.txt", published="2012-02-01",
        outlet="Gulf broadcaster web page (cookie banner, video player, related/most-read lists)",
        event="Bedouin kidnappers free 25 Chinese workers in Sinai after 24 hours, 2012-02-01",
        counts=[
            C("released", 25, "freed 25 Chinese workers they had held for about 24 hours"),
            C("remaining_held", 5, "The five remain in prison", note="jailed relatives whose release the kidnappers demanded"),
            C("other", 5, "demanded the release of five relatives", note="kidnappers' demand"),
            C("remaining_held", 40, "more than 40 men from Sinai are still held in prisons", qualifier="more_than",
              note="claim by Bedouin activists; optional"),
            C("remaining_held", 29, "29 Chinese road workers were seized by rebels in Sudan's South Kordofan state. They are still being held",
              note="inferred: a different abduction (Sudan); optional"),
            C("other", 12, "at least 12 times since February 2011", qualifier="at_least", note="pipeline attacks"),
            C("other", 14, "Bahrain releases 14 detained students", note="page noise (most-read headline)"),
            C("other", 20000, "draws 20,000", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Wang Lei", "Abdel Wahab Mabrouk", "Hassan Khalaf", "Hosni Mubarak"],
        distractors=["no named releasee", "2004-2006 bombings; 7% property prices; 00:00 / 01:47 video timer",
                     "workers expected to be flown to Cairo (no figure; home-bound)"],
    ),
    dict(
        file="008_genoa_sossi_freed_upi.txt", published="1974-05-24", outlet="UPI wire",
        event="Red Brigades free Judge Mario Sossi; court-ordered release of eight prisoners blocked, 1974-05-23",
        counts=[
            C("remaining_held", 8, "the eight, led by Mario Rossi, 32, were still in Genoa's Marassi prison tonight"),
            C("released", 8, "ordered the provisional release of the eight",
              note="planned: court-ordered release blocked by the prosecutor, never carried out"),
            C("other", 8, "demanded freedom for eight members", note="kidnappers' demand"),
        ],
        released_names=["Mario Sossi"],
        alias_groups={},
        not_released_names=["Mario Rossi"],
        other_event_released_names=["Ettore Amerio"],
        other_people=["Francesco Coco", "Paolo Emilio Taviani"],
        distractors=["Grazia (wife, first name only)", "35 days; age 42; two children; 1971 holdup; eight days (Amerio)",
                     "the failed swap: the eight were not freed"],
    ),
    dict(
        file="009_andhra_ias_officers_naxalites_1987.txt", published="1987-12-31",
        outlet="Indian regional daily, archive page",
        event="PWG frees seven abducted officers in East Godavari after Andhra Pradesh frees eight Naxalites, 1987-12-30",
        counts=[
            C("exchanged", 7, "The seven officers abducted by the People's War Group"),
            C("exchanged", 8, "the State Government freed eight Naxalite prisoners"),
            C("remaining_held", 3, "Three of them, including the group's district secretary, Kurra Venkat Reddy, who faces charges of murder, were not released and remain in the Central Jail"),
            C("other", 11, "demanded the release of 11 prisoners", note="original demand"),
            C("other", 6, "six IAS probationers", note="subset of the seven officers"),
            C("released", 3, "A police sub-inspector and two forest guards who were taken along with the officers on Sunday had been let off on Monday evening",
              note="inferred: earlier batch (Monday) of the same abduction; optional"),
            C("released", 10, "all ten persons abducted on Sunday are free", note="cumulative: includes Monday's batch; optional"),
        ],
        released_names=["K. Madhava Rao", "Sanjay Mehrotra", "Ajit Kumar Sinha", "Revathi Iyer", "Burra Lingaiah"],
        alias_groups={"Burra Lingaiah": ["Sudhakar"]},
        not_released_names=["Kurra Venkat Reddy"],
        other_event_released_names=[],
        other_people=["P.V. Ramesh Chandra", "N.T. Rama Rao", "Kondapalli Seetharamaiah"],
        distractors=["72 hours; 5.30 p.m.; 6 a.m.; 20 km; two jeeps", "unnamed Congress(I) spokesman",
                     "the freed Naxalites are the other side of the swap (released)"],
    ),
    dict(
        file="010_kizlyar_hostages_corridor_ru.txt", published="1996-01-11",
        outlet="Dagestani newspaper, machine-translated from Russian (view counter)",
        event="Kizlyar: Raduev's fighters free most hospital hostages for a corridor, leave with about 160, 1996-01-10",
        counts=[
            C("released", 2000, "the main part of the hostages - according to the data of the MVD of the Republic of Dagestan, about 2 000 persons",
              qualifier="about"),
            C("remaining_held", 160, "the fighters had let go all but about 160 of the hostages", qualifier="about"),
            C("remaining_held", 37, "took 37 militiamen hostages", note="new captives seized at Pervomaiskoye; held as of the evening"),
            C("released", 200, "the fighters had already let go about 200 women with small children", qualifier="about",
              note="inferred: first batch (9 January) within the main event; optional"),
            C("other", 3000, "up to 3 000 persons", qualifier="about", note="total taken into the hospital (upper estimate)"),
            C("other", 9, "among them 9 volunteers", note="subset of those still held"),
            C("other", 24, "died 24 persons", note="deaths"),
            C("other", 11, "a column of 11 buses", note="vehicles"),
            C("released", 1000, "released more than 1 000 hostages", qualifier="more_than",
              note="earlier event (Budyonnovsk, June 1995)"),
            C("other", 2117, "Views: 2 117", note="page noise"),
        ],
        released_names=["Patimat Omarova"],
        alias_groups={"Salman Raduev": ["Raduyev"], "Dzhokhar Dudaev": ["Dudaev"]},
        not_released_names=["Abdulla Ramazanov"],
        other_event_released_names=[],
        other_people=["Marat Aliev", "Salman Raduev", "Magomedali Magomedov", "Boris Yeltsin", "Mikhail Barsukov",
                      "Viktor Chernomyrdin", "Shamil Basayev", "Dzhokhar Dudaev"],
        distractors=["hostages for safe passage: the other side is a corridor, not prisoners",
                     "volunteers who swapped in for women and children are still held (Ramazanov)",
                     "06.40; age 34; No. 4 (1187); Comments: 14", "Budyonnovsk volunteers freed at Zandak (earlier event, no figure)"],
    ),
    dict(
        file="011_zamboanga_cabatangan_hostages_afp.txt", published="2001-11-22", outlet="AFP wire brief",
        event="Misuari loyalists free last 65 hostages in Cabatangan, Zamboanga City, for safe passage, 2001-11-22",
        counts=[
            C("released", 65, "freed their last 65 hostages"),
            C("released", 53, "freed 53 of them on Wednesday", note="inferred: earlier batch (Wednesday) within the main event; optional"),
            C("released", 118, "The gunmen had seized 118 people on Tuesday",
              note="inferred: all 118 seized were freed over two days; optional"),
            C("other", 18, "including 18 children", note="subset"),
            C("other", 100, "About 100 gunmen", qualifier="about", note="rebels given safe passage, not captives"),
            C("other", 14, "At least 14 rebels and three soldiers were killed", qualifier="at_least", note="deaths"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nur Misuari", "Alberto Braganza", "Maria Clara Lobregat"],
        distractors=["no named releasee", "4:30 am (2030 GMT Wednesday); three-day standoff",
                     "Misuari 'remains at large' (not held)"],
    ),
    dict(
        file="012_gaza_second_exchange_liveblog.txt", published="2023-11-26",
        outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="Gaza truce day two: 13 Israeli hostages and 4 Thais freed; Israel releases 39 Palestinian prisoners, 2023-11-25/26",
        counts=[
            C("exchanged", 13, "Hamas released 13 Israeli hostages"),
            C("released", 4, "Four Thai nationals were freed alongside them"),
            C("released", 17, "the 17 freed hostages have crossed through the Rafah crossing into Egypt"),
            C("exchanged", 39, "Israel released 39 Palestinian prisoners"),
            C("transferred_to", 17, "the 17 freed hostages have crossed through the Rafah crossing into Egypt", where="Egypt",
              note="inferred: transit through Egypt on the way to Israel; optional"),
            C("other", 7, "seven children and six women", note="subset of the 13"),
            C("other", 6, "seven children and six women", note="subset of the 13"),
            C("other", 33, "33 of them minors and six women", note="subset of the 39"),
            C("released", 41, "41 hostages have been freed from Gaza", note="cumulative over the two days"),
            C("exchanged", 78, "Israel has released 78 Palestinian prisoners", note="cumulative over the two days"),
            C("released", 13, "On Friday, 13 Israelis, 10 Thais and a Filipino were released", note="earlier event (first day, 24 November)"),
            C("released", 10, "Ten Thais were freed on Friday", note="earlier event (first day)"),
            C("remaining_held", 20, "Around 20 more are believed to still be held in Gaza", qualifier="about",
              note="Thai nationals still held"),
            C("remaining_held", 200, "more than 200 hostages are still being held in Gaza", qualifier="more_than"),
            C("released", 50, "Hamas is to free 50 Israeli women and children over four days", note="planned (whole truce deal)"),
            C("exchanged", 150, "Israel is to release 150 Palestinian women and minors", note="planned (whole truce deal)"),
            C("released", 7, "13 Israelis and seven foreign nationals will be released",
              note="claim by Qatar before the release; Israel later said four; optional"),
            C("other", 10, "for every additional 10 hostages freed", note="truce-extension condition"),
            C("other", 240, "About 240 people were seized in the 7 October attack", qualifier="about", note="total abducted"),
            C("other", 75, "Russia launched 75 Shahed drones", note="unrelated live-blog entry"),
            C("other", 74, "74 were shot down", note="unrelated live-blog entry"),
            C("other", 1284, "Comments (1,284)", note="page noise"),
        ],
        released_names=["Emily Hand", "Hila Rotem-Shoshani", "Noam Or", "Alma Or", "Shiri Weiss", "Noga Weiss",
                        "Sharon Avigdori", "Noam Avigdori", "Maya Regev", "Adi Shoham", "Naveh Shoham", "Yahel Shoham",
                        "Shoshan Haran"],
        alias_groups={"Hila Rotem-Shoshani": ["Hila Rotem"]},
        not_released_names=["Raaya Rotem", "Dror Or", "Itay Regev", "Tal Shoham", "Ilan Weiss"],
        other_event_released_names=["Yaffa Adar"],
        other_people=["Thomas Hand", "Srettha Thavisin", "Majed al-Ansari", "Pope Francis", "Nadia Haddad", "Tom Whitfield"],
        distractors=["relatives with the same surname still held: Raaya Rotem, Dror Or, Itay Regev, Tal Shoham, Ilan Weiss",
                     "ages 9/13/17/53/18/52/12/21/38/8/3/67/85", "seven-hour delay; 3am local; times in GMT",
                     "Kyiv drone entry and Pope entry are unrelated", "the four Thais are unnamed"],
    ),
    dict(
        file="013_ukraine_russia_75_for_75_statement.txt", published="2024-05-31",
        outlet="Ukrainian government statement, translated, with editor's note",
        event="Ukraine-Russia POW exchange, 75 for 75, UAE-mediated; Russians handed over in Belarus, 2024-05-31",
        counts=[
            C("exchanged", 75, "75 Ukrainians returned home from Russian captivity"),
            C("exchanged", 75, "75 Russian servicemen had been returned", note="other side of the swap"),
            C("transferred_to", 75, "At present, the servicemen are on the territory of the Republic of Belarus", where="Belarus",
              note="the 75 Russians handed over in a third country"),
            C("transferred_to", 75, "they would then be delivered to Moscow for treatment", where="Moscow",
              note="planned; inferred: onward transfer home; optional"),
            C("other", 47, "47 servicemen of the Armed Forces of Ukraine", note="subset"),
            C("other", 16, "16 servicemen of the National Guard", note="subset"),
            C("other", 8, "8 servicemen of the State Border Guard Service", note="subset"),
            C("other", 4, "4 civilians", note="subset"),
            C("released", 3210, "3 210 Ukrainians have been returned from Russian captivity", note="cumulative since February 2022"),
            C("exchanged", 100, "when 100 defenders returned home", note="earlier event (8 February 2024)"),
            C("remaining_held", 8000, "more than 8 000 Ukrainians, including civilians, remain in Russian captivity",
              qualifier="more_than", note="Coordination Headquarters figure as of 15 May 2024"),
            C("other", 212, "The bodies of 212 fallen Ukrainian soldiers were repatriated", note="bodies, earlier in May"),
            C("other", 52, "the 52nd exchange", note="ordinal"),
        ],
        released_names=["Mykola Savchuk", "Serhii Tkachenko"],
        alias_groups={"Serhii Tkachenko": ["Serhiy Tkachenko"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hanna Savchuk", "Volodymyr Zelensky", "Dmytro Lubinets", "Tatyana Moskalkova"],
        distractors=["ages 20/59/23/41; April 2022; more than two years", "hotline 0 800 300 529; 14:05",
                     "Hanna Savchuk is the releasee's mother (same surname)"],
    ),
    dict(
        file="014_turkey_amnesty_law_2000.txt", published="2000-12-23", outlet="Reuters wire",
        event="Turkey's conditional-release ('Rahsan') amnesty law: 8,917 freed on the first day, 2000-12-23",
        counts=[
            C("released", 8917, "8,917 prisoners had been released by Saturday afternoon"),
            C("released", 35000, "Officials expect about 35,000 of Turkey's roughly 72,000 inmates to be freed in the coming weeks",
              qualifier="about", note="planned/projected"),
            C("other", 72000, "Turkey's roughly 72,000 inmates", qualifier="about", note="prison population"),
            C("remaining_held", 10000, "Nor are about 10,000 inmates held on terrorism charges, who will remain in prison",
              qualifier="about", note="excluded from the amnesty"),
            C("other", 48000, "about 48,000 prisoners would have been freed", qualifier="about",
              note="hypothetical (vetoed earlier version)"),
            C("other", 30, "left 30 prisoners and two soldiers dead", note="deaths in prison raids"),
            C("other", 20, "stormed 20 jails", note="prisons"),
            C("other", 200, "More than 200 left-wing prisoners have been on hunger strike", qualifier="more_than",
              note="hunger strikers"),
            C("released", 40000, "freed some 40,000 prisoners", qualifier="about", note="earlier event (1991 amnesty)"),
        ],
        released_names=["Hasan Yildiz"],
        alias_groups={},
        not_released_names=["Abdullah Ocalan"],
        other_event_released_names=[],
        other_people=["Kerem Aydin", "Bulent Ecevit", "Rahsan Ecevit", "Ahmet Necdet Sezer", "Fatma Yildiz",
                      "Hikmet Sami Turk", "Selin Ozturk"],
        distractors=["Fatma Yildiz is the releasee's mother (same surname)", "Rahsan Ecevit is the PM's wife",
                     "April 23, 1999 cut-off; five years of an eight-year term; age 34; 10 a.m."],
    ),
    dict(
        file="015_kosovo_kurti_freed_2001.txt", published="2001-12-07",
        outlet="European broadcaster archive page (cookie banner, video residue, related/most popular)",
        event="Yugoslavia pardons Kosovo student leader Albin Kurti, handed to Unmik at Merdare, 2001-12-07",
        counts=[
            C("remaining_held", 200, "leaves about 200 Kosovo Albanians in Serbian prisons", qualifier="about"),
            C("released", 143, "a court in Nis freed 143 Albanians from the town of Gjakova", note="earlier event (April 2001)"),
        ],
        released_names=["Albin Kurti"],
        alias_groups={"Vojislav Koštunica": ["Kostunica"]},
        not_released_names=[],
        other_event_released_names=["Flora Brovina"],
        other_people=["Vojislav Koštunica", "Zaim Kurti", "Hans Haekkerup", "Ukshin Hoti", "Slobodan Milosevic"],
        distractors=["Ukshin Hoti disappeared in 1999 (missing, not held)", "Zaim Kurti is the father (same surname)",
                     "15-year sentence; age 26; four visits in two and a half years; 1:12 video",
                     "handed over to Unmik at Merdare (single person, taken home; no figure)",
                     "Milosevic in UN custody (not a prisoner of this story's kind)"],
    ),
    dict(
        file="016_pakistan_emergency_releases_analysis.txt", published="2007-11-23", outlet="analysis piece",
        event="Pakistan releases emergency detainees incl. Imran Khan; 3,416 of 5,634 freed, 2007-11-20/21",
        counts=[
            C("released", 3416, "3,416 of the 5,634 people detained since the emergency was declared on November 3 had been released"),
            C("other", 5634, "the 5,634 people detained since the emergency was declared", note="total detained since 3 November"),
            C("remaining_held", 2200, "leaving about 2,200 in custody", qualifier="about"),
            C("other", 6000, "more than 6,000", qualifier="more_than", note="claim by HRCP: total ever detained"),
            C("other", 60, "About 60 judges of the superior courts", qualifier="about", note="judges removed from office"),
        ],
        released_names=["Imran Khan"],
        alias_groups={},
        not_released_names=["Iftikhar Muhammad Chaudhry", "Aitzaz Ahsan"],
        other_event_released_names=["Asma Jahangir", "Benazir Bhutto"],
        other_people=["Sameer Haider", "Pervez Musharraf", "Hamid Nawaz Khan", "Javed Iqbal Cheema", "Nawaz Sharif",
                      "John Negroponte", "Farhan Qureshi", "Zia-ul-Haq"],
        distractors=["house arrest lifted for Bhutto (16 Nov) and Jahangir (last week): earlier events",
                     "Chaudhry under house arrest counts as still held", "Nawaz Sharif deported (exile, not detention)",
                     "eight-day hunger strike; January 8 election; 1977 and 1999 coups"],
    ),
    dict(
        file="017_pollard_parole_ap.txt", published="2015-11-20", outlet="AP wire",
        event="Jonathan Pollard paroled from FCI Butner after 30 years, 2015-11-20",
        counts=[
            C("other", 400, "about 400 Palestinian prisoners", qualifier="about",
              note="proposed 2014 package never carried out; not a release"),
        ],
        released_names=["Jonathan Pollard"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Anne Henderson-Pollard"],
        other_people=["Eliot Lauer", "Jacques Semmelman", "Esther Pollard", "Benjamin Netanyahu", "George Tenet",
                      "Bill Clinton", "Aviem Sella", "Josh Earnest", "Mark Sherwin"],
        distractors=["Esther Pollard (wife) and Anne Henderson-Pollard (ex-wife, freed 1990) share the surname",
                     "30 years; life sentence; five years of parole; 7 p.m. to 7 a.m.; age 61; 4 a.m.",
                     "Aviem Sella indicted but never tried (not held)"],
    ),
    dict(
        file="018_uzbekistan_kukanov_ngo_release.txt", published="2016-11-24", outlet="NGO press release (demands, contact block)",
        event="Uzbekistan frees former MP Samandar Kukanov after 23 years, 2016-11-22",
        counts=[
            C("remaining_held", 35, "at least 35 cases of journalists, human rights defenders and opposition activists who remain imprisoned",
              qualifier="at_least", note="PCN-CA count as of 24 November 2016"),
        ],
        released_names=["Samandar Kukanov"],
        alias_groups={"Samandar Kukanov": ["Samandar Qo'qonov"]},
        not_released_names=["Muhammad Bekjanov", "Yusuf Ruzimuradov", "Azam Farmonov", "Solijon Abdurakhmanov"],
        other_event_released_names=["Murod Juraev", "Azam Turgunov"],
        other_people=["Otabek Kukanov", "Nodira Yusupova", "Shavkat Mirziyoyev", "Islam Karimov"],
        distractors=["23 years; 10 years' sentence; 21 years; age 70; Article 221", "'Thousands more' (vague)",
                     "phone numbers in the contact block", "Otabek Kukanov is the son (same surname)"],
    ),
    dict(
        file="019_ethiopia_andargachew_pardon.txt", published="2018-05-29",
        outlet="UK broadcaster web page (cookie banner, media caption, related/top stories)",
        event="Ethiopia pardons 576 prisoners incl. Briton Andargachew 'Andy' Tsege, who returns to London, 2018-05-26/29",
        counts=[
            C("released", 576, "was among 576 prisoners pardoned by the Ethiopian authorities on Saturday"),
            C("other", 289, "included 289 convicted of terrorism-related offences", note="subset of the 576"),
            C("released", 7000, "Ethiopia has released more than 7,000 prisoners since January", qualifier="more_than",
              note="cumulative since January 2018"),
        ],
        released_names=["Andargachew Tsege"],
        alias_groups={"Andargachew Tsege": ["Andy Tsege"]},
        not_released_names=[],
        other_event_released_names=["Merera Gudina"],
        other_people=["Yemi Hailemariam", "Abiy Ahmed", "Boris Johnson", "Harriett Baldwin", "Clare Ashton",
                      "Berhanu Nega", "Leo Varadkar"],
        distractors=["four years on death row; age 63; three children; 2009 death sentence; June 2014 seizure at Sanaa",
                     "'Man freed after 17 years' (page noise headline)", "Cottarelli (page noise, surname only)",
                     "flight to London: single person returning home (no figure)"],
    ),
    dict(
        file="020_nepal_sobhraj_deported_fr.txt", published="2022-12-24",
        outlet="French daily, machine-translated (paywall banner, read-also list)",
        event="Nepal frees Charles Sobhraj on age grounds and deports him to France, 2022-12-23/24",
        counts=[
            C("other", 1200, "Nepal: 1 200 prisoners released for the Dashain festival",
              note="page noise (read-also headline about a different release)"),
            C("other", 20, "more than twenty murders", qualifier="more_than", note="suspected murders"),
            C("other", 75, "75 % of their sentence", note="percentage"),
        ],
        released_names=["Charles Sobhraj"],
        alias_groups={"Charles Sobhraj": ["Hatchand Bhaonani Gurmukh Sobhraj"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Claire Dumontet", "Connie Jo Bronzich", "Laurent Carrière", "Nihita Biswas", "Shakuntala Thapa",
                      "Julien Vasseur", "Marie-Andrée Leclerc"],
        distractors=["Sobhraj's own 1997 release in India and 1986 escape from Tihar are other events (same person)",
                     "ages 78/75; 19 years; 20 years; 15 days; ten years' ban; 6 h 20; 1 EUR",
                     "victims (Bronzich, Carrière) and the accomplice Leclerc (died 1984) are not releasees"],
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
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        f = g["file"]
        for key in ("file", "published", "outlet", "event", "counts", "released_names", "alias_groups",
                    "not_released_names", "other_event_released_names", "other_people", "distractors"):
            if key not in g:
                err(f"{f}: missing key {key}")
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
                    err(f"{f}: where not found in article: {c['where']!r}")
            elif c.get("where") is not None:
                err(f"{f}: where set on kind {c['kind']}: {c['quote']!r}")
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
                err(f"{f}: alias-group key is not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{f}: alias not found: {a!r}")
                if a in seen:
                    err(f"{f}: alias {a!r} is also a listed name ({seen[a]})")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in GOLD:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
