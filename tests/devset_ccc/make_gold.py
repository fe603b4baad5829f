#!/usr/bin/env python3
"""Gold for devset_ccc (blind, held-out-style). Writes gold.jsonl next to this file and checks it.

Checks: every quote is an exact substring of its article; every name, alias and `where` occurs in
the article (case-insensitive, for all-caps bylines); no name or alias is in two lists; every
alias-group key is a listed name; kinds and qualifiers are valid; values are integers; `where` is
set exactly on `transferred_to`; the GOLD file list matches articles/. Prints `checks OK`."""
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
        file="001_uruguay_fly_tupamaros.txt", published="1971-03-02", outlet="UPI archive story (all-caps byline)",
        event="Tupamaros free the ailing US soil scientist Claude Fly in Montevideo, 1971-03-02",
        counts=[
            C("remaining_held", 1, "Today's release leaves the guerrillas holding one other foreign hostage",
              note="British ambassador Geoffrey Jackson, as of the release"),
            C("other", 150, "refused to free some 150 jailed Tupamaros in exchange for the hostages", qualifier="about",
              note="demanded prisoner release that was refused in 1970; not a release"),
            C("other", 2000, "More than 2,000 police and soldiers", qualifier="more_than", note="security forces"),
        ],
        released_names=["Claude L. Fly"],
        alias_groups={},
        not_released_names=["Geoffrey Jackson"],
        other_event_released_names=["Aloysio Dias Gomide"],
        other_people=["Jon Fly", "Dan A. Mitrione", "Jorge Pacheco Areco", "Raul Echenique", "Jorge Alvarez-Bello"],
        distractors=["65-year-old; 208 days; two weeks (age and durations)",
                     "Dias Gomide released Feb. 21 for a ransom reported at $250,000 (earlier release; money)",
                     "Mitrione was found shot to death (not released)",
                     "Jon Fly is the son (same surname); Marian is the wife (first name only)",
                     "'more than a dozen countries'"],
    ),
    dict(
        file="002_niger_arlit_three_freed.txt", published="2011-02-25",
        outlet="French daily web page with AFP/Reuters, machine-translated (cookie banner, photo credit, read-also list)",
        event="AQIM frees three of the seven Arlit hostages in northern Mali, 2011-02-24",
        counts=[
            C("released", 3, "released on Thursday three of the seven hostages kidnapped on 16 September in Arlit"),
            C("remaining_held", 4, "thinks of our four compatriots who are still detained"),
            C("other", 7, "the seven hostages kidnapped on 16 September in Arlit", note="total kidnapped in September 2010"),
            C("transferred_to", 3, "The three ex-hostages were recovered in the region of Timétrine, in the desert of the north-east of Mali, some 1 200 km from Bamako, then transported by plane to Niamey",
              where="Niamey", note="inferred: flown to Niamey after the handover in Mali; optional"),
            C("other", 2, "two young French, Antoine de Léocour and Vincent Delory", note="killed in January 2011; not released"),
            C("other", 2500, "Areva, which employs some 2 500 people", qualifier="about", note="workforce"),
            C("other", 50, "about fifty expatriates", qualifier="about", note="workforce"),
            C("released", 5, "Colombia: the FARC free five hostages", note="earlier event (page noise, read-also list)"),
            C("released", 2, "Iran: two German reporters freed after four months in prison", note="earlier event (page noise)"),
            C("released", 23, "Bahrain: the king orders the release of 23 Shiite opponents", note="earlier event (page noise)"),
        ],
        released_names=["Françoise Larribe", "Alex Kodjo Ahonado", "Jean-Claude Rakotoarilalao"],
        alias_groups={},
        not_released_names=["Daniel Larribe", "Thierry Dol", "Pierre Legrand", "Marc Féret"],
        other_event_released_names=[],
        other_people=["Nicolas Sarkozy", "Abdelmalek Droukdel", "Antoine de Léocour", "Vincent Delory",
                      "Michel Germaneau", "Salou Djibo", "Komlan Ahonado", "Idrissa Salou"],
        distractors=["90 million euros / '2,5 million euros per head' (ransom figures)",
                     "62 years; 78 years (ages); 1 200 km; 22h00",
                     "Daniel Larribe is the releasee's husband (same surname, still held)",
                     "Komlan Ahonado is the releasee's brother (same surname)",
                     "five months; six years for Satom (durations)"],
    ),
    dict(
        file="003_lagos_igbonla_pupils.txt", published="2017-07-30",
        outlet="Nigerian Sunday newspaper long feature (ads, READ ALSO, most-read list)",
        event="Six abducted Lagos State Model College Igbonla pupils freed after 64 days, 2017-07",
        counts=[
            C("released", 6, "All six were freed last week"),
            C("other", 4, "four are in senior secondary school", note="subset of the six"),
            C("other", 2, "two in junior classes", note="subset of the six"),
            C("remaining_held", 2, "the same gang is believed to be holding at least two other captives", qualifier="at_least"),
            C("released", 5, "The five were freed after 10 days", note="earlier event (Isheri, January 2017)"),
            C("other", 3, "gunmen seized three students and two members of staff", note="earlier event (Isheri) subsets"),
            C("other", 8, "about eight of them", qualifier="about", note="gunmen"),
            C("other", 1000, "The school has more than 1,000 students", qualifier="more_than"),
            C("other", 300, "about 300 of them boarders", qualifier="about"),
            C("other", 3, "three suspects had been arrested", note="arrests"),
            C("released", 12, "Court frees 12 Shi'ite members detained since 2015 Zaria clash",
              note="earlier event (page noise, READ ALSO)"),
            C("other", 16, "Police arrest 16 suspected cultists in Ikorodu", note="page noise"),
            C("other", 27, "Senate confirms 27 ambassadorial nominees", note="page noise"),
        ],
        released_names=["Judah Agbaosi", "Isiaka Ramon", "Peter Jonah", "Pelumi Philips", "Adebayo George", "Farouk Yusuf"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Samuel Jonah", "Bukola Philips", "Fatai Owoseni", "Akinwunmi Ambode", "Chukwudumeme Onwuamadike",
                      "Funmilayo Aina", "Adeola Ogunleye", "Kehinde Adebowale-Okoro", "Tunde Bakare-Ojo"],
        distractors=["64 days; aged 14 to 17; 15-year-old; 16 (ages and durations)",
                     "N100 million ransom demand; 'token' payment",
                     "Samuel Jonah is Peter's father and Bukola Philips is Pelumi's mother (same surnames)",
                     "Onwuamadike ('Evans') was arrested, not released",
                     "'Kidnappers free Ondo monarch after N5m ransom' (page noise, no count of people)",
                     "'Court orders release of detained activist' (page noise, no count)",
                     "eight days; two weeks; 10 days"],
    ),
    dict(
        file="004_brazil_urso_branco_riot.txt", published="2004-04-23",
        outlet="Brazilian news portal, machine-translated from Portuguese (photo credit, read-also list)",
        event="Urso Branco prison riot in Porto Velho ends; last 140 visitor hostages freed, 2004-04-22",
        counts=[
            C("released", 140, "released on the night of this Thursday (22) the last 140 hostages"),
            C("released", 170, "retained about 170 visitors", qualifier="about",
              note="cumulative: all visitor hostages, freed in three batches over five days; optional"),
            C("released", 9, "On Monday (19) nine children were freed", note="inferred: earlier batch of the same riot; optional"),
            C("released", 21, "another 21 women, among them pregnant and elderly, were released",
              note="inferred: earlier batch of the same riot; optional"),
            C("other", 14, "at least 14 prisoners were killed by other inmates", qualifier="at_least"),
            C("other", 11, "had identified 11 of the victims"),
            C("other", 1200, "accelerate 1.200 pending processes", note="court cases"),
            C("other", 456, "with capacity for 456 inmates"),
            C("other", 1200, "had about 1.200 prisoners", qualifier="about", note="prison population; not hostages"),
            C("other", 27, "27 prisoners were killed in a massacre", note="2002 massacre"),
            C("other", 300, "the transfer of at least 300 prisoners to other states", qualifier="at_least",
              note="planned transfer of inmates; not a release"),
            C("released", 12, "ends with 12 monitors released", note="earlier event (page noise, read-also list)"),
            C("other", 23, "Federal Police arrest 23", note="page noise"),
        ],
        released_names=["Maria Aparecida da Silva"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ivo Cassol", "Ronaldo Furtado", "Antônio Nogueira", "Edson da Silva", "Márcio Thomaz Bastos",
                      "Carlos Henrique Lins"],
        distractors=["Edson da Silva is the releasee's son, an inmate serving a sentence (not a hostage; same surname)",
                     "R$ 2,5 million; 21h30; almost five days; 43 (age)",
                     "'businessman is freed after 40 days in captivity' (page noise, no count of people)",
                     "the priest entered the pavilions four times"],
    ),
    dict(
        file="005_beslan_aushev_26.txt", published="2004-09-02", outlet="Reuters wire (UPDATE 3)",
        event="Beslan school siege: gunmen free 26 nursing mothers and infants to Ruslan Aushev, 2004-09-02",
        counts=[
            C("released", 26, "freed 26 women and infants on Thursday"),
            C("other", 11, "a group of 11 nursing mothers carrying 15 babies and small children", note="subset of the 26"),
            C("other", 15, "carrying 15 babies and small children", note="subset of the 26"),
            C("remaining_held", 354, "354 people are still being held inside the school",
              note="official crisis-headquarters figure after the release (disputed)"),
            C("remaining_held", 1000, "There are more than a thousand in there", qualifier="more_than",
              note="claim by relatives; optional"),
            C("other", 30, "thought to number about 30", qualifier="about", note="hostage-takers"),
            C("other", 12, "at least 12 people were killed in the first hours", qualifier="at_least"),
            C("other", 50, "About 50 people, most of them children, managed to run away", qualifier="about",
              note="escaped on the first day; not released"),
            C("other", 30, "the release of about 30 fighters arrested after raids", qualifier="about",
              note="demand; nobody released"),
        ],
        released_names=["Madina Kesaeva"],
        alias_groups={},
        not_released_names=["Alan Kesaev"],
        other_event_released_names=[],
        other_people=["Ruslan Aushev", "Taimuraz Kesaev", "Alexander Dzasokhov", "Leonid Roshal", "Vladimir Putin",
                      "Murat Zyazikov", "Tomas Halvorsen", "Irina Zaslavskaya", "Oleg Merkulov", "Janet Rourke"],
        distractors=["10-month-old daughter (unnamed, among the 26)", "Alan Kesaev, 9, is the releasee's son, still inside (same surname)",
                     "Taimuraz Kesaev is the husband (same surname)", "2002 Moscow theatre siege (earlier event, no count)",
                     "Aushev 'negotiated the release of hostages in Chechnya in the 1990s' (earlier, no count)"],
    ),
    dict(
        file="006_medina_hijack_storm.txt", published="2001-03-16", outlet="AP wire (all-caps byline)",
        event="Saudi forces storm hijacked Vnukovo Tu-154 in Medina; 129 hostages freed, 2001-03-16",
        counts=[
            C("released", 129, "the remaining 129 hostages were freed"),
            C("released", 43, "the hijackers let 43 passengers off the plane",
              note="inferred: earlier batch of the same hijacking (Thursday); optional"),
            C("other", 174, "with 174 people aboard", note="total on board"),
            C("other", 162, "162 passengers, most of them Turkish", note="subset of the 174"),
            C("other", 12, "and 12 crew members", note="subset of the 174"),
            C("other", 3, "Saudi forces storm hijacked Russian jet; 3 dead", note="dead"),
            C("other", 2, "The other two hijackers were captured", note="hijackers"),
            C("released", 200, "held more than 200 people for four days before surrendering and freeing them",
              qualifier="more_than", note="earlier event (Avrasya ferry, January 1996)"),
        ],
        released_names=["Ahmet Ozturk", "Viktor Fyodorov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hassan Al-Mubarak", "Prince Nayef", "Yulia Fomina", "Gursel Kambal", "Supyan Arsayev", "Igor Ivanov",
                      "Aslan Maskhadov", "Bulent Ecevit"],
        distractors=["'the remaining 129' were freed (not a still-held count)", "22-hour standoff; 5 a.m.; 26 and 38 (ages)",
                     "Fomina, Kambal and Arsayev were killed", "Russia will ask for the captured hijackers (extradition request)",
                     "fighting since 1999"],
    ),
    dict(
        file="007_moscow_university_tanker.txt", published="2010-05-06",
        outlet="UK broadcaster web page (cookie banner, video-player residue, related and top stories)",
        event="Russian destroyer retakes the tanker Moscow University from Somali pirates; 23 crew freed, 2010-05-06",
        counts=[
            C("released", 23, "freed all 23 Russian crew members unharmed"),
            C("other", 1, "One pirate was killed"),
            C("other", 10, "10 were captured in the operation",
              note="pirates captured; 'would be taken to Moscow to face trial' (not releasees, not a transfer of freed people)"),
            C("remaining_held", 300, "more than 300 crew members", qualifier="more_than",
              note="EU Navfor figure for seafarers held by Somali pirates"),
            C("other", 17, "at least 17 ships", qualifier="at_least", note="ships held"),
            C("released", 20, "pirates freed the Ukrainian-operated cargo ship Faina and its 20 remaining crew",
              note="earlier event (February 2009)"),
            C("other", 17, "including 17 Ukrainians and three Russians", note="earlier event subset"),
            C("other", 20000, "Some 20,000 ships pass through the Gulf of Aden every year", qualifier="about"),
            C("released", 25, "Somali pirates free Chinese bulk carrier De Xin Hai and 25 crew",
              note="earlier event (page noise, related stories)"),
            C("other", 3, "Three killed in Bangkok", note="page noise"),
        ],
        released_names=["Yevgeny Mirsky"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Alexei Kovalyov", "Dmitry Medvedev"],
        distractors=["86,000 tonnes; $50m (£33m); $3.2m ransom; $150m", "500 miles (800km)", "0:00 / 1:48 (video player)",
                     "'its 20 remaining crew' were freed (not a still-held count)",
                     "the Faina's Russian captain died (unnamed)"],
    ),
    dict(
        file="008_ukraine_russia_130_90.txt", published="2023-03-07",
        outlet="Ukrainian news site, machine-translated (view counter, photo credit, read-also list)",
        event="Ukraine–Russia POW exchange, 130 Ukrainians for 90 Russians, 2023-03-07",
        counts=[
            C("exchanged", 130, "130 our defenders returned home"),
            C("other", 87, "among them 87 defenders of Mariupol and Azovstal", note="subset of the 130"),
            C("other", 35, "35 fighters who were captured in the Bakhmut direction", note="subset of the 130"),
            C("other", 8, "8 fighters of the State Border Guard Service", note="subset of the 130"),
            C("other", 3, "Three of them were in captivity since March 2022", note="subset of the 130"),
            C("exchanged", 90, "90 Russian servicemen were returned"),
            C("transferred_to", 90, "They will be delivered to Moscow by aircraft of the Aerospace Forces for treatment and rehabilitation",
              where="Moscow", note="inferred: the Russian side flown home; planned; optional"),
            C("released", 2014, "2 014 Ukrainians have been returned from Russian captivity", note="cumulative since February 2022"),
            C("released", 101, "when 101 Ukrainian defenders were released", note="earlier event (16 February 2023)"),
            C("remaining_held", 2000, "the Russian side holds at least 2 000 Ukrainian servicemen", qualifier="at_least",
              note="ombudsman figure as of 1 March"),
            C("other", 5, "it is the 5th exchange this year", note="ordinal"),
            C("other", 3, "the occupiers shelled a bus stop: 3 dead", note="page noise"),
            C("released", 17, "The Russians returned 17 deported children", note="earlier event (page noise)"),
        ],
        released_names=["Andriy Hrytsenko"],
        alias_groups={"Andriy Hrytsenko": ["Andrii Hrytsenko"]},
        not_released_names=["Vitaliy Hrytsenko"],
        other_event_released_names=["Denys Prokopenko"],
        other_people=["Andrii Yermak", "Valentyna Hrytsenko", "Dmytro Lubinets", "Volodymyr Zelensky"],
        distractors=["3 417 views; 12 comments", "19 / 58 / 24 (ages)", "bail of 10 million hryvnias (page noise; bail is not release)",
                     "Vitaliy Hrytsenko (brother, still held) and Valentyna Hrytsenko (mother) share the releasee's surname",
                     "Prokopenko was 'not returned': freed from Russia to Turkey in September 2022 (earlier event)"],
    ),
    dict(
        file="009_independence_day_liveblog.txt", published="2025-08-24",
        outlet="UK newspaper live blog, reverse chronological, with unrelated entries",
        event="Ukraine–Russia exchange, 146 for 146 plus eight civilians each, Russians taken to Belarus, 2025-08-24",
        counts=[
            C("exchanged", 146, "Ukraine and Russia each free 146 prisoners of war"),
            C("exchanged", 146, "the 146 servicemen it received in today's exchange", note="Russian side"),
            C("transferred_to", 146, "the 146 servicemen it received in today's exchange are \"currently on the territory of the Republic of Belarus\"",
              where="Belarus"),
            C("exchanged", 8, "Journalist Dmytro Khyliuk among eight civilians brought home", note="Ukrainian civilians"),
            C("exchanged", 8, "eight residents of the Kursk region who had been \"illegally held\" by Ukraine have returned",
              note="Russian civilians"),
            C("released", 84, "84 Ukrainians came home in a swap for the same number of Russians",
              note="earlier event (14 August 2025)"),
            C("released", 5800, "more than 5,800 Ukrainians had been returned from captivity since 2022", qualifier="more_than",
              note="cumulative"),
            C("remaining_held", 8000, "about 8,000 Ukrainians, soldiers and civilians, are still held by Russia", qualifier="about"),
            C("remaining_held", 26, "at least 26 Ukrainian journalists remain in Russian custody", qualifier="at_least"),
            C("other", 95, "destroyed 95 Ukrainian drones over 12 regions", note="unrelated entry"),
            C("other", 50, "one reactor had its output cut by 50%", note="unrelated entry (percentage)"),
            C("other", 34, "the 34th anniversary", note="ordinal"),
        ],
        released_names=["Dmytro Khyliuk", "Serhii Tkachuk"],
        alias_groups={},
        not_released_names=["Iryna Danylovych"],
        other_event_released_names=["Nariman Dzhelyal", "Vladyslav Yesypenko"],
        other_people=["Tatyana Moskalkova", "Olena Tkachuk", "Mark Carney", "Keith Kellogg", "Volodymyr Zelenskyy",
                      "Dmytro Lubinets", "Donald Trump"],
        distractors=["Khyliuk's father was freed a few days after their 2022 detention (earlier, unnamed)",
                     "C$2bn; 20 and 59 (ages); 'almost seven years' (sentence); 'two weeks'",
                     "Olena Tkachuk is the releasee's wife (same surname)",
                     "'hundreds' of Crimean residents still jailed (vague quantifier)", "timestamps 22.47 ... 09.00 BST"],
    ),
    dict(
        file="010_gaza_truce_day_four.txt", published="2023-11-27", outlet="AP wire (all-caps bylines)",
        event="Gaza truce day four: 11 Israeli hostages for 33 Palestinian prisoners; truce extended, 2023-11-27",
        counts=[
            C("exchanged", 11, "Hamas released 11 Israeli hostages from Gaza on Monday night"),
            C("exchanged", 33, "Israel freed 33 Palestinian prisoners"),
            C("other", 3, "three mothers and eight children", note="subset of the 11"),
            C("other", 8, "three mothers and eight children", note="subset of the 11"),
            C("other", 3, "three women and 30 teenage boys", note="subset of the 33"),
            C("other", 30, "three women and 30 teenage boys", note="subset of the 33"),
            C("released", 50, "Hamas has freed 50 Israeli hostages under the deal", note="cumulative over four days"),
            C("released", 150, "Israel has released 150 Palestinian prisoners", note="cumulative over four days"),
            C("released", 19, "militants have freed 19 foreigners", note="cumulative, separate arrangement"),
            C("released", 12, "along with 12 other Israelis", note="earlier event (Sunday, day three)"),
            C("remaining_held", 180, "still hold an estimated 180 people in Gaza", qualifier="about"),
            C("released", 10, "Hamas is to free 10 hostages a day in return for 30 Palestinian prisoners", note="planned (deal terms)"),
            C("released", 30, "Hamas is to free 10 hostages a day in return for 30 Palestinian prisoners", note="planned (deal terms)"),
            C("other", 13300, "more than 13,300 Palestinians have been killed", qualifier="more_than"),
            C("other", 1200, "About 1,200 people were killed in Israel", qualifier="about"),
        ],
        released_names=["Sharon Aloni Cunio", "Emma Cunio", "Yuli Cunio", "Karina Engel-Bart", "Mika Engel", "Yuval Engel",
                        "Eitan Yahalomi", "Or Yaakov", "Yagil Yaakov", "Sahar Calderon", "Erez Calderon"],
        alias_groups={},
        not_released_names=["David Cunio", "Ofer Calderon", "Yair Yaakov", "Ronen Engel"],
        other_event_released_names=["Avigail Idan"],
        other_people=["Majed al-Ansari", "Benjamin Netanyahu", "Joe Biden", "Daniel Haller", "Samia Khoury", "Lauren Fitch"],
        distractors=["ages 33, 3, 51, 18, 11, 12, 16", "'extended by two more days'; 'one day for every 10 additional hostages'",
                     "fathers and husbands still held share surnames with the freed children and mothers",
                     "transit through Egypt (Rafah) on the way to Israel (not a transfer)", "Oct. 7; 4-year-old"],
    ),
    dict(
        file="011_ankara_hijack_1991.txt", published="1991-11-10", outlet="Reuter brief (all-caps headline)",
        event="Chechen hijackers free all 171 on a hijacked Aeroflot Tu-154 at Ankara for safe passage home, 1991-11-10",
        counts=[
            C("released", 171, "freed all 171 passengers and crew"),
            C("other", 3, "Three gunmen from the Soviet region of Checheno-Ingushetia",
              note="hijackers, flown to Grozny under the safe-passage deal (the other side of the deal)"),
            C("released", 1, "One passenger, an elderly woman with heart trouble, was allowed off the plane",
              note="inferred: let off earlier in the same hijacking; possibly inside the 171; optional"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Boris Yeltsin", "Dzhokhar Dudayev", "Shamil Basayev"],
        distractors=["two pistols and a grenade", "the hijackers 'were flown to Grozny' (not releasees)",
                     "parliament to debate the decree on Monday"],
    ),
    dict(
        file="012_coordination_hq_205.txt", published="2025-05-06",
        outlet="Ukrainian government statement (Coordination Headquarters) with an editor's note",
        event="Ukraine–Russia exchange, 205 for 205, Russians taken to Belarus, 2025-05-06",
        counts=[
            C("exchanged", 205, "205 Ukrainian defenders returned home from Russian captivity"),
            C("exchanged", 205, "205 Russian servicemen were returned from Ukrainian-controlled territory", note="Russian side"),
            C("transferred_to", 205, "205 Russian servicemen were returned from Ukrainian-controlled territory in the exchange and were \"currently on the territory of the Republic of Belarus\"",
              where="Belarus"),
            C("released", 4757, "In total, 4,757 Ukrainians have been returned home from Russian captivity", note="cumulative"),
            C("released", 246, "when 246 defenders returned home", note="earlier event (19 April 2025)"),
            C("released", 31, "31 seriously wounded servicemen were returned on the same day", note="earlier event (19 April 2025)"),
            C("other", 64, "This is the 64th exchange", note="ordinal"),
            C("other", 2, "two of them had been captured in February 2022", note="subset"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Dmytro Lubinets"],
        distractors=["hotline 0 800 300 529; 13:40", "60 (age)", "'a larger exchange' agreed in Istanbul (planned, no number)"],
    ),
    dict(
        file="013_vainikkala_80_years.txt", published="2024-10-20", outlet="Finnish newspaper history feature, 80 years on",
        event="Finland–USSR prisoner exchange at Vainikkala after the Moscow armistice, October 1944–early 1945",
        counts=[
            C("exchanged", 2400, "some 2,400 Finnish prisoners of war who were returned from the Soviet Union", qualifier="about"),
            C("exchanged", 43000, "Finland handed over about 43,000 Soviet prisoners", qualifier="about"),
            C("exchanged", 1500, "The first train east left Vainikkala on 15 October 1944 with about 1,500 men", qualifier="about",
              note="inferred: first batch of the 43,000; optional"),
            C("other", 64000, "the Finnish army captured about 64,000 Soviet soldiers", qualifier="about"),
            C("other", 19000, "Nearly 19,000 of them died in Finnish camps", qualifier="about"),
            C("other", 3500, "took some 3,500 Finns prisoner", qualifier="about"),
            C("other", 1000, "about 1,000 died in captivity", qualifier="about"),
            C("other", 55000, "Around 55,000 Ingrian Finns", qualifier="about",
              note="civilians returned to the USSR; not prisoners of war"),
            C("other", 60, "About 60 people attended", qualifier="about"),
        ],
        released_names=["Tauno Korhonen", "Grigori Malyshev"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mikko Korhonen", "Anna-Kaisa Lindroos", "Liisa Heinonen", "Vasily Gordeyev", "Natalia Malysheva"],
        distractors=["Vasily Gordeyev escaped to Sweden before the handover (not released by the exchange)",
                     "'Several hundred' and 'Thousands' (vague quantifiers)", "14 months; 1941-44; 1946; 1987",
                     "Mikko Korhonen (grandson) and Natalia Malysheva (granddaughter) share the releasees' surnames",
                     "filtration camps: further detention of the returned Soviet prisoners"],
    ),
    dict(
        file="014_pasko_parole_ngo.txt", published="2003-01-23",
        outlet="press-freedom NGO press release (demands, notes to editors, contact block)",
        event="Russia: military journalist Grigory Pasko released on parole from Ussuriysk colony, 2003-01-23",
        counts=[
            C("remaining_held", 3, "at least three journalists are currently serving prison sentences in Russia", qualifier="at_least"),
            C("other", 14, "in 14 countries of the former Soviet Union", note="NGO membership"),
        ],
        released_names=["Grigory Pasko"],
        alias_groups={},
        not_released_names=["Igor Sutyagin"],
        other_event_released_names=["Alexander Nikitin"],
        other_people=["Galina Morozova", "Marta Kowalczyk", "Sergei Zaitsev", "Dmitry Gavrilov", "Ilona Berzina"],
        distractors=["Pasko's July 1999 release under an amnesty is an earlier release of the same person",
                     "four years; about two years and seven months; 20 months; 40 (age)", "penal colony No. 41",
                     "phone number in the contact block"],
    ),
    dict(
        file="015_saberi_freed_brief.txt", published="2009-05-11", outlet="AFP brief (desk initials)",
        event="Iran frees US-Iranian journalist Roxana Saberi after an appeals court suspends her sentence, 2009-05-11",
        counts=[],
        released_names=["Roxana Saberi"],
        alias_groups={},
        not_released_names=["Hossein Derakhshan"],
        other_event_released_names=["Haleh Esfandiari"],
        other_people=["Saleh Nikbakht", "Reza Saberi", "Hillary Clinton"],
        distractors=["eight-year term; two-year suspended sentence; 32 (age); one-day trial; more than three months",
                     "Reza Saberi is the father (same surname)", "bur-hc/jb (desk initials)"],
    ),
    dict(
        file="016_belarus_pardon_18.txt", published="2024-07-03",
        outlet="Belarusian exile news site, machine-translated from Russian (view counter, read-also list)",
        event="Lukashenko pardons 18 political prisoners including Ryhor Kastusiou, 2024-07-03",
        counts=[
            C("released", 18, "signed decrees on the pardon of 18 people"),
            C("other", 3, "established the names of three more released", note="subset of the 18 identified by rights groups"),
            C("remaining_held", 1392, "as of July 1 in Belarus there were 1 392 political prisoners",
              note="Viasna figure as of 1 July, before the pardon"),
            C("other", 171, "among them 171 women", note="subset of those held"),
            C("other", 6, "at least six political prisoners have died", qualifier="at_least"),
            C("other", 12, "In Minsk, 12 people were detained", note="page noise"),
        ],
        released_names=["Ryhor Kastusiou", "Viachaslau Rahashchuk"],
        alias_groups={"Ryhor Kastusiou": ["Grigory Kostusev"]},
        not_released_names=["Alexander Feduta", "Yury Zenkovich", "Ales Bialiatski", "Maryia Kalesnikava", "Viktar Babaryka"],
        other_event_released_names=[],
        other_people=["Alexander Lukashenko", "Natalia Eismont", "Aliaksandr Kastusiou", "Sviatlana Tsikhanouskaya"],
        distractors=["67 and 64 (ages); 10 years and 3 years (sentences); more than 20 kilograms", "colony No. 15",
                     "Aliaksandr Kastusiou is the releasee's son (same surname)",
                     "'work in this direction will be continued' (vague, planned)",
                     "'sentenced the former journalist to 4 years' (page noise)", "12 584 views"],
    ),
    dict(
        file="017_karim_wade_pardon.txt", published="2016-06-24", outlet="AFP wire (desk initials)",
        event="Senegal: Karim Wade pardoned, freed from Rebeuss prison and flown to Qatar, 2016-06-24",
        counts=[
            C("other", 2, "The decree also covered two of Wade's co-defendants",
              note="pardoned, but the article says it is unclear whether they left prison; not a required release count"),
        ],
        released_names=["Karim Wade"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abdoulaye Wade", "Macky Sall", "Sidiki Kaba", "Mamadou Diop"],
        distractors=["47 and 90 (ages); six years; 138 billion CFA francs (210 million euros)",
                     "flown to Doha: the releasee is moved to Qatar, but the text gives no number",
                     "Abdoulaye Wade is the father (same surname)", "hs-sk/cw (desk initials)"],
    ),
    dict(
        file="018_guapinol_defenders.txt", published="2022-02-24",
        outlet="Honduran daily web page, machine-translated from Spanish (photo credit, more-news list)",
        event="Six Guapinol river defenders freed from Olanchito prison after the Supreme Court annuls their case, 2022-02-24",
        counts=[
            C("released", 6, "the six defenders of Guapinol recover their freedom"),
            C("released", 2, "two others were freed under alternative measures in 2021", note="earlier event (2021)"),
            C("other", 32, "against 32 members of the community", note="people charged in 2019"),
            C("other", 8, "eight spent time in prison", note="all jailed, including the six"),
            C("remaining_held", 10, "at least 10 defenders of land and territory are still deprived of liberty in Honduras",
              qualifier="at_least"),
            C("other", 1200, "more than 1.200 direct and indirect employments", qualifier="more_than"),
            C("released", 3, "They free 3 people kidnapped in La Ceiba", note="earlier event (page noise)"),
            C("other", 1500, "Storm leaves 1.500 affected", note="page noise"),
        ],
        released_names=["José Daniel Márquez", "Kevin Alejandro Romero", "Porfirio Sorto Cedillo", "Ewer Alexander Cedillo",
                        "Orbin Nahúm Hernández", "Arnold Javier Alemán"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Juana Zúniga", "Xiomara Castro", "Rolando Mejía"],
        distractors=["914 days; two and a half years; 21.30; 23.05", "L 2,5 billion",
                     "Juana Zúniga is Márquez's wife", "'Congress approves political amnesty' (page noise, no count)"],
    ),
    dict(
        file="019_fecteau_harbert_lowu.txt", published="1971-12-13", outlet="AP brief (archive)",
        event="China frees Richard Fecteau and Mary Ann Harbert at Lo Wu; John Downey still held, 1971-12-13",
        counts=[
            C("released", 2, "Communist China freed two Americans today"),
            C("remaining_held", 3, "Three other Americans remain in Chinese prisons"),
        ],
        released_names=["Richard G. Fecteau", "Mary Ann Harbert"],
        alias_groups={},
        not_released_names=["John T. Downey", "Robert J. Flynn", "Philip E. Smith"],
        other_event_released_names=[],
        other_people=["Nixon"],
        distractors=["19 years; 20-year sentence; life imprisonment; 44 (age)", "Harbert's sailing companion died in custody (unnamed)",
                     "11:05 a.m.; 1952; 1968", "Nixon's visit two months away (planned, not a release)"],
    ),
    dict(
        file="020_cheng_lei_analysis.txt", published="2023-10-13", outlet="think-tank analysis piece (cookie notice, related list)",
        event="China frees and deports Australian journalist Cheng Lei, who lands in Melbourne, 2023-10-11",
        counts=[
            C("exchanged", 3, "only as part of a three-for-one exchange", note="earlier event (Moore-Gilbert swap, November 2020)"),
            C("released", 5, "the US-Iran prisoner deal that freed five Americans", note="earlier event (page noise, related list)"),
            C("other", 2, "her two children", note="relatives"),
        ],
        released_names=["Cheng Lei"],
        alias_groups={},
        not_released_names=["Yang Hengjun"],
        other_event_released_names=["Michael Kovrig", "Michael Spavor", "Meng Wanzhou", "Sean Turnell", "Kylie Moore-Gilbert"],
        other_people=["Anthony Albanese", "Penny Wong", "Wang Yi", "Xi Jinping", "Li Qiang", "Nick Coyle", "Haze Fan",
                      "Rowan Ashcombe"],
        distractors=["Haze Fan was released on bail and remains barred from leaving China (bail is not release)",
                     "two years and 11 months; 10 hours a year; 18 months; 2016", "Albanese due in Beijing on 4 November (planned visit)",
                     "'Asked whether there had been a deal, he said: No.'"],
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
        f = g["file"]
        path = os.path.join(ART, f)
        if not os.path.exists(path):
            err(f"{f}: article missing")
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if set(c) - {"kind", "value", "qualifier", "where", "quote", "note"}:
                err(f"{f}: unexpected count keys {sorted(c)}")
            if c["quote"] not in text:
                err(f"{f}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{f}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{f}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{f}: value not an integer: {c['value']!r}")
            if (c["kind"] == "transferred_to") != bool(c.get("where")):
                err(f"{f}: `where` must be set exactly on transferred_to: {c}")
            if c.get("where") and c["where"].casefold() not in low:
                err(f"{f}: where not found: {c['where']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{f}: {key} name not found: {n!r}")
                if n.casefold() in seen:
                    err(f"{f}: {n!r} in both {seen[n.casefold()]} and {key}")
                seen[n.casefold()] = key
        listed = {n for key in NAME_LISTS for n in g[key]}
        for k, aliases in g["alias_groups"].items():
            if k not in listed:
                err(f"{f}: alias-group key {k!r} is not a listed name")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{f}: alias not found: {a!r}")
                if a.casefold() in seen:
                    err(f"{f}: alias {a!r} also listed as {seen[a.casefold()]}")
                seen[a.casefold()] = "alias"
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as fh:
        for g in GOLD:
            fh.write(json.dumps(g, ensure_ascii=False) + "\n")
    n_rel = sum(len(g["released_names"]) for g in GOLD)
    n_cnt = sum(len(g["counts"]) for g in GOLD)
    print(f"wrote {len(GOLD)} records ({n_cnt} counts, {n_rel} released names); checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
