#!/usr/bin/env python3
"""Gold for devset_o (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name/alias/`where` occurs in it
(case-insensitive, for all-caps credits), no name is in two lists, and kinds/qualifiers
are valid."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALS = {"exact", "more_than", "at_least", "about"}


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_peru_camisea_workers.txt", published="2003-06-11", outlet="Reuters wire brief",
        event="Shining Path frees 71 Camisea gas-project workers and three police guards, Peru, 2003-06-11",
        counts=[
            C("released", 71, "freed all 71 workers"),
            C("released", 3, "Three police guards seized with them were also released"),
            C("other", 7, "seven of the hostages were foreigners", note="subset; police claim later corrected"),
            C("other", 69000, "some 69,000 people dead", qualifier="about", note="casualties"),
            C("other", 1000000, "had demanded $1 million", note="ransom demand"),
            C("other", 1000, "sent 1,000 troops", note="troops deployed"),
            C("other", 15, "below 15 percent", note="approval rating"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Abimael Guzman"],
        other_event_released_names=[],
        other_people=["Jude Webber", "Alberto Sanabria", "Alejandro Toledo", "Kieran Murray"],
        distractors=["the one foreign hostage, a Colombian engineer, is unnamed",
                     "$1.6 billion project; 1980-2000 insurgency; captured in 1992",
                     "Guzman is a jailed leader, not a hostage: still held"],
    ),
    dict(
        file="002_ecuador_oil_workers_ransom.txt", published="2001-03-02", outlet="US regional newspaper (local angle, AP material; subscribe bar, comments, more-local list)",
        event="Seven foreign oil workers kidnapped in Sucumbios released after ~5 months, 2001-03-01",
        counts=[
            C("released", 7, "Kidnappers released seven foreign oil workers"),
            C("other", 4, "The freed men were four Americans", note="subset by nationality"),
            C("transferred_to", 7, "The seven were handed to a church intermediary on the Colombian side of the San Miguel River and flown by helicopter to Lago Agrio, then on to Quito",
              where="Quito", note="inferred: moved to the capital after the handover; optional"),
            C("other", 13000000, "a ransom of about $13 million", qualifier="about", note="ransom (reported)"),
            C("other", 2, "Two French employees of a helicopter company who were seized in the same raid escaped",
              note="escape, not a release"),
            C("remaining_held", 11, "At least 11 foreigners are still being held by kidnapping gangs", qualifier="at_least",
              note="inferred: other abductions along the border, not this group; optional"),
            C("other", 2400000, "$2.4 million street bond", note="page noise"),
            C("other", 14, "14 comments", note="page noise"),
        ],
        released_names=["Steve Derry", "Jason Weber", "David Bradley", "Jerry Scott", "Walter Faría",
                        "Rodrigo Olivares", "Brent Heslop"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Carla Whitfield", "Rhonda Derry", "Ronald Sander", "Gustavo Noboa", "Kristie Kenney", "Mike Derry"],
        distractors=["Ronald Sander was killed by the kidnappers (not released)",
                     "a third Frenchman and an Ecuadorean mechanic let go the night of the raid (unnamed, no numeral)",
                     "Rhonda Derry (wife) and Mike Derry (brother) share the releasee's surname",
                     "ages 47 and 54; eleven years; Oct. 12 / Jan. 31; 52-47 score (page noise)",
                     "'a fifth American' (ordinal; Sander, killed)"],
    ),
    dict(
        file="003_dagestan_erkel_msf_release.txt", published="2004-04-11", outlet="NGO press release (MSF)",
        event="MSF head of mission Arjan Erkel released in Dagestan after 607 days, 2004-04-11",
        counts=[
            C("other", 3, "abducted by three armed men", note="captors"),
            C("other", 400, "more than 400 people were abducted or disappeared in Chechnya in 2003 alone", qualifier="more_than",
              note="cumulative abduction statistic (Memorial)"),
            C("other", 200, "more than 200 national staff", qualifier="more_than", note="staff numbers"),
        ],
        released_names=["Arjan Erkel"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Kenny Gluck"],
        other_people=["Austen Davis", "Bernard Bot", "Wilma Erkel", "Rowan Gillies", "Sandra van der Linden", "Natalia Orlova"],
        distractors=["'Gerard and Wilma Erkel' are the parents (Gerard not given with surname)",
                     "607 days, 20 months, 26 days, age 34 are durations/ages",
                     "phone numbers and 14:00 press conference time are page furniture",
                     "'thousands of Chechens and Dagestanis never came home' is vague"],
    ),
    dict(
        file="004_kyrgyzstan_japanese_geologists_ru.txt", published="1999-10-25", outlet="Russian-language news agency, machine-translated ('1 000', '46,85')",
        event="Four Japanese geologists and their Kyrgyz interpreter freed by IMU militants, handed over in Tajikistan, 1999-10-25",
        counts=[
            C("released", 5, "All five freed hostages"),
            C("transferred_to", 5, "All five freed hostages were taken by helicopter to Dushanbe", where="Dushanbe"),
            C("released", 4, "The four Japanese geologists and their Kyrgyz interpreter, who spent 64 days in the hands of armed militants in the mountains of the Batken district, were released",
              note="inferred: the Japanese subset of the five; optional"),
            C("released", 4, "In September the militants released the commander of the internal troops of the Ministry of Internal Affairs, Major-General Anarbek Shamkeev, who had been seized while trying to negotiate with them, and four soldiers",
              note="earlier event (September release)"),
            C("remaining_held", 2, "The militants are still holding two Kyrgyz servicemen"),
            C("other", 2000000, "demanded 2 million dollars", note="ransom demand (reported)"),
            C("other", 50, "the release of 50 of their supporters imprisoned in Uzbekistan", note="demand; not released"),
            C("other", 1000, "about 1 000 militants", qualifier="about", note="militants"),
            C("other", 5000, "more than 5 000 servicemen", qualifier="more_than", note="troops"),
            C("other", 27, "27 Kyrgyz soldiers were killed", note="casualties"),
            C("other", 12, "12 people were poisoned by mushrooms", note="page noise"),
            C("other", 1284, "Views: 1 284", note="page noise"),
        ],
        released_names=["Tetsuo Fujii", "Hiroshi Mizutani", "Yoshio Koike", "Kenji Sato", "Omurbek Sultanov"],
        alias_groups={},
        not_released_names=["Nurlan Abdyrakhmanov"],
        other_event_released_names=["Anarbek Shamkeev"],
        other_people=["Bolot Dzhanuzakov", "Askar Akaev", "Mirzo Ziyoev", "Yohei Kono"],
        distractors=["64 days; age 29; 23 August; 46,85 som exchange rate (page noise)",
                     "'expected to fly to Bishkek tonight' is planned, no number"],
    ),
    dict(
        file="005_moscow_theatre_siege_liveblog.txt", published="2002-10-25", outlet="UK news site live blog (reverse-chronological timestamps, unrelated entry, video residue, most-read)",
        event="Moscow theatre siege, day three: gunmen release 19 hostages on Friday 2002-10-25",
        counts=[
            C("released", 19, "released 19 hostages on Friday"),
            C("released", 58, "bringing to 58 the number of people freed since the siege began", note="cumulative since Wednesday"),
            C("remaining_held", 750, "about 750 people are still inside the building", qualifier="about"),
            C("released", 4, "Four more hostages walked out", note="inferred: batch of the day's 19; optional"),
            C("other", 3, "three women and a man", note="subset of the four"),
            C("released", 7, "Seven hostages have been released", note="inferred: batch of the day's 19; optional"),
            C("released", 8, "the gunmen have freed eight hostages", note="inferred: batch of the day's 19; optional"),
            C("other", 6, "six children aged between six and 13", note="subset of the eight"),
            C("released", 39, "the gunmen released 39 people on Thursday", note="earlier event (Thursday night batch)"),
            C("other", 61, "Lula da Silva 61%", note="page noise (unrelated entry)"),
            C("other", 187, "Bali bombing death toll rises to 187", note="page noise"),
            C("other", 10, "Sniper suspects charged in 10 killings", note="page noise"),
            C("other", 311, "Comments (311)", note="page noise"),
        ],
        released_names=["Olga Timonina"],
        alias_groups={},
        not_released_names=["Sergei Lukyanov"],
        other_event_released_names=["Yelena Bulanova"],
        other_people=["Helen Marsh", "Dmitri Volkov", "Movsar Barayev", "Sergei Ignatchenko", "Anna Politkovskaya",
                      "Leonid Roshal", "Natalia Lukyanova", "Iosif Kobzon", "Irina Khakamada", "Grigory Yavlinsky",
                      "Vladimir Putin", "Yury Luzhkov", "Luiz Inacio Lula da Silva", "Jose Serra"],
        distractors=["'Her husband, Viktor, is still inside' (first name only; held)",
                     "Yelena Bulanova's three children (unnamed) freed Thursday",
                     "10-year-old son; City Hospital No. 13; text message at ten; clock times",
                     "Natalia Lukyanova is the wife of the held Sergei Lukyanov"],
    ),
    dict(
        file="006_italy_dozier_rescue_upi.txt", published="1982-01-28", outlet="UPI archive wire",
        event="Italian police free US Gen. James Dozier from Red Brigades in Padua, 1982-01-28",
        counts=[
            C("other", 5, "Five members of the urban guerrilla group were arrested", note="arrested into custody"),
            C("other", 200, "arrested more than 200 suspected terrorists", qualifier="more_than", note="arrests"),
            C("other", 1000000, "a ransom of more than $1 million", qualifier="more_than", note="earlier event ransom (money)"),
        ],
        released_names=["James L. Dozier"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ciro Cirillo"],
        other_people=["Peter Ammann", "Virginio Rognoni", "Sandro Pertini", "Giovanni Spadolini", "Antonio Savasta",
                      "Emilia Libera", "Cesare Di Lenardo", "Emanuela Frascella", "Giovanni Ciucci", "Judith Dozier",
                      "Maxwell Rabb", "Aldo Moro"],
        distractors=["the five arrested kidnappers are captors taken into custody, not captives",
                     "'A sixth man was detained later' (ordinal, arrest)",
                     "'President Reagan' surname only",
                     "42 days, 90 seconds, age 50, 55 days, 89 days; Judith Dozier is the wife"],
    ),
    dict(
        file="007_hamburg_reemtsma_feature_de.txt", published="1996-05-03", outlet="German weekly, long feature, translated ('1.500', '1,5 million')",
        event="Jan Philipp Reemtsma released by kidnappers after 33 days and a 30-million-mark ransom, 1996-04-26",
        counts=[
            C("other", 30000000, "The price of his freedom: 30 million marks", note="ransom"),
            C("other", 20000000, "demanding 20 million marks", note="initial demand"),
            C("other", 1500, "Some 1.500 officers", qualifier="about", note="police deployed"),
            C("other", 2300, "more than 2.300 tips", qualifier="more_than", note="tips"),
            C("other", 47, "there were 47 kidnappings for ransom in Germany last year", note="statistic"),
            C("released", 39, "in 39 of them the victims were freed alive", note="earlier event (national statistic for last year)"),
            C("other", 11, "refused to free eleven imprisoned RAF members in exchange", note="demand refused (1977)"),
            C("other", 7000000, "his brother paid 7 million marks", note="earlier ransom"),
            C("other", 21000000, "his family paid 21 million marks", note="earlier ransom"),
            C("other", 42, "Comments (42)", note="page noise"),
            C("other", 54, "54 hours of live television", note="page noise"),
        ],
        released_names=["Jan Philipp Reemtsma"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Theo Albrecht", "Richard Oetker"],
        other_people=["Katrin Hollmann", "Ann Kathrin Scheerer", "Johann Scheerer", "Christian Arndt", "Lars Clausen",
                      "Johann Schwenn", "Hartmuth Wrocklage", "Hanns Martin Schleyer", "Karl May", "Arno Schmidt"],
        distractors=["kidnappers unnamed and at large", "Schleyer was murdered (not released)",
                     "Thirty-three days, age 43, 13-year-old son, 17 days, 43 days, 25 years, 6,6 million (page noise)",
                     "'Wieland' is an author's surname only", "1.000 and 500 mark notes"],
    ),
    dict(
        file="008_brooke_kroger_swap_1969.txt", published="1969-10-24", outlet="UK broadcaster 'On this day' archive page (cookie banner, In Context box, see-also list)",
        event="Gerald Brooke freed by USSR in exchange for Peter and Helen Kroger, 1969-10-24",
        counts=[
            C("exchanged", 2, "an exchange for two convicted Soviet spies"),
            C("remaining_held", 2, "the two Admiralty clerks convicted with them in 1961, were not part of the deal and remained in prison"),
            C("other", 2, "let two British women marry their Russian fiances", note="side arrangement; not prisoners"),
            C("other", 5, "Five held in Portland spy ring trial", note="page noise (1961 headline)"),
            C("other", 105, "Britain expels 105 Soviet officials", note="page noise"),
        ],
        released_names=["Gerald Brooke", "Peter Kroger", "Helen Kroger"],
        alias_groups={"Peter Kroger": ["Morris Cohen"], "Helen Kroger": ["Lona Cohen"]},
        not_released_names=["Harry Houghton", "Ethel Gee"],
        other_event_released_names=["Gordon Lonsdale", "Greville Wynne"],
        other_people=["Michael Stewart", "Ron Bell", "Oleg Penkovsky"],
        distractors=["'his wife, Barbara' first name only", "Penkovsky was executed",
                     "'a third British woman' (ordinal)", "age 31; 20 years each; one year + four years",
                     "'1964: Wynne freed in Berlin spy swap' is a see-also headline"],
    ),
    dict(
        file="009_cuba_us_1979_analysis.txt", published="1979-09-24", outlet="US political weekly, ~900-word analysis",
        event="Carter commutes four Puerto Rican nationalists; Cuba frees four Americans, Sept 1979",
        counts=[
            C("released", 4, "Fidel Castro let four Americans walk out of Cuban jails"),
            C("exchanged", 4, "commuted the sentences of four Puerto Rican nationalists"),
            C("transferred_to", 4, "let four Americans walk out of Cuban jails and onto a chartered plane to Miami",
              where="Miami", note="inferred: flown home; optional"),
            C("released", 3, "the three men were released the same day", note="inferred: subset of the four nationalists; optional"),
            C("other", 5, "wounded five congressmen", note="casualties 1954"),
            C("other", 5000, "some 5,000 supporters", qualifier="about", note="crowd"),
            C("other", 3000, "he promised to free 3,000 political prisoners", note="earlier promise"),
            C("released", 3600, "more than 3,600 have been released", qualifier="more_than",
              note="earlier event (cumulative since November 1978)"),
            C("transferred_to", 1000, "about 1,000 former prisoners have arrived in Miami so far this year", qualifier="about",
              where="Miami", note="earlier event (cumulative arrivals of earlier releasees)"),
            C("remaining_held", 1000, "some 1,000 political prisoners remain in Cuban prisons", qualifier="about",
              note="estimate by Cuban exile organisations"),
            C("remaining_held", 20, "at least 20 Americans remain in Cuban jails", qualifier="at_least",
              note="State Department figure"),
            C("other", 2000, "a Soviet combat brigade of 2,000 to 3,000 men", note="troops"),
        ],
        released_names=["Lawrence Lunt", "Juan Tur", "Everett Jackson", "Claudio Rodríguez Morales", "Lolita Lebrón",
                        "Rafael Cancel Miranda", "Irvin Flores Rodríguez", "Oscar Collazo"],
        alias_groups={},
        not_released_names=["Huber Matos", "Armando Valladares"],
        other_event_released_names=[],
        other_people=["Margaret Hollis", "Fidel Castro", "Harry Truman", "Carlos Romero Barceló", "Wayne Smith",
                      "Frank Church", "Cyrus Vance", "Zbigniew Brzezinski"],
        distractors=["'President Carter' / 'Mr. Carter' surname only", "'His wife, Marina' first name only",
                     "'each side got exactly four' restates the swap", "sentenced to 30 years; twelve years; ages 59 and 54",
                     "a police officer and a fellow attacker killed in 1950 (unnamed)"],
    ),
    dict(
        file="010_croatia_nemetin_exchange_afp.txt", published="1992-08-14", outlet="AFP wire",
        event="Croatia and the Yugoslav army exchange 1,136 prisoners at Nemetin near Osijek, 1992-08-14",
        counts=[
            C("exchanged", 1136, "exchanged 1,136 prisoners"),
            C("exchanged", 1100, "swap more than 1,100 prisoners", qualifier="more_than", note="inferred: headline rounding of 1,136"),
            C("exchanged", 422, "Croatia handed over 422 prisoners"),
            C("exchanged", 714, "received 714 in return"),
            C("remaining_held", 9, "the other nine are still being held in Sremska Mitrovica"),
            C("remaining_held", 1900, "registered at least 1,900 other prisoners held by both sides", qualifier="at_least"),
            C("other", 13000, "some 13,000 people are missing", qualifier="about", note="missing, not held"),
            C("exchanged", 250, "A smaller exchange in late May, at the same spot, saw 250 prisoners swapped",
              note="earlier event (May 1992)"),
        ],
        released_names=["Marin Vidović", "Milan Todorić"],
        alias_groups={},
        not_released_names=["Josip Matić"],
        other_event_released_names=[],
        other_people=["Thierry Germond", "Ivan Grujić", "Slobodan Mijatović", "Cyrus Vance"],
        distractors=["'all but nine ... had been returned' = nine still held",
                     "'holding back \"dozens\" of prisoners' is a vague claim",
                     "age 51; nine months; 52 and 90 kilos; 9.30 am; November 20"],
    ),
    dict(
        file="011_tajikistan_hostages_brief.txt", published="1997-02-17", outlet="Reuters wire brief",
        event="Sodirov group frees last eight hostages incl. UN observers and Tajik security minister, 1997-02-17",
        counts=[
            C("released", 8, "freed the last eight of 15 hostages"),
            C("other", 15, "the last eight of 15 hostages", note="total taken hostage (both batches)"),
            C("other", 4, "four U.N. military observers", note="subset of the eight"),
            C("other", 40, "about 40 fighters loyal to warlord Bahrom Sodirov were allowed to return", qualifier="about",
              note="safe passage concession; not prisoners"),
            C("released", 7, "Seven hostages, among them a Russian television crew and two Red Cross workers, were released last week",
              note="earlier event (first batch)"),
        ],
        released_names=["Saidamir Zukhurov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bahrom Sodirov", "Rizvon Sodirov", "Gerd Merrem", "Imomali Rakhmonov", "Igor Rotar"],
        distractors=["the UN observers and the NTV crew are unnamed", "almost two weeks"],
    ),
    dict(
        file="012_colombia_farc_2001_release_es.txt", published="2001-06-29", outlet="Colombian regional daily, machine-translated from Spanish ('1.095', '68.000')",
        event="FARC free 242 soldiers and police in La Macarena, 2001-06-28",
        counts=[
            C("released", 242, "The FARC freed 242 soldiers and police"),
            C("other", 62, "62 police officers and 180 soldiers and marines", note="subset"),
            C("other", 180, "180 soldiers and marines", note="subset"),
            C("other", 6, "transported in 6 ICRC helicopters", note="aircraft"),
            C("released", 42, "the guerrilla released 42 sick soldiers and police", note="earlier event (16 June first phase)"),
            C("exchanged", 14, "the Government freed 14 sick guerrillas", note="earlier event (16 June first phase)"),
            C("remaining_held", 50, "remain more than 50 officers and non-commissioned officers", qualifier="more_than"),
            C("other", 1329, "1.329 kidnappings were registered", note="statistic"),
            C("other", 3, "3 dead in traffic accident", note="page noise"),
        ],
        released_names=["Wilson Rojas Pérez", "Edwin Ortiz Gómez"],
        alias_groups={},
        not_released_names=["Óscar Tulio Lizcano"],
        other_event_released_names=[],
        other_people=["Jairo Castañeda", "Camilo Gómez", "Andrés Pastrana", "Jorge Briceño", "María Elena Pérez", "Gustavo Bell"],
        distractors=["'the soldier Rojas' surname-only second mention",
                     "María Elena Pérez (mother) shares a surname with Wilson Rojas Pérez; Camilo Gómez with Edwin Ortiz Gómez",
                     "1.095 days; 14 hours by bus; age 23/19; 1996/1998 attacks; 2 aircraft; 2-0; $ 68.000",
                     "'Mono Jojoy' is Briceño's alias"],
    ),
    dict(
        file="013_estonia_kohver_dressen_swap.txt", published="2015-09-26", outlet="Estonian public broadcaster English site (cookie banner, video residue, read-also, comments)",
        event="Eston Kohver exchanged for Aleksei Dressen on the Piusa river bridge, 2015-09-26",
        counts=[
            C("other", 1400, "1,400 US troops to take part in Baltic exercise", note="page noise"),
            C("other", 27, "Comments (27)", note="page noise"),
        ],
        released_names=["Eston Kohver", "Aleksei Dressen"],
        alias_groups={"Eston Kohver": ["Eston Kokhver"]},
        not_released_names=["Herman Simm", "Vladimir Veitman"],
        other_event_released_names=["Viktoria Dressen"],
        other_people=["Taavi Rõivas", "Harrys Puusepp", "Arnold Sinisalu", "Barack Obama", "Toomas Hendrik Ilves",
                      "Yevgeny Aksyonov"],
        distractors=["15-year and 16-year sentences; 15-year sentence for Veitman", "2.07 percent; 8 percent (page noise)",
                     "Viktoria Dressen (wife) was released earlier after serving her sentence"],
    ),
    dict(
        file="014_ukraine_russia_sept2022_analysis.txt", published="2022-09-22", outlet="analysis newsletter, ~1,050 words (newsletter prompt, photo credit, more-from list)",
        event="Ukraine-Russia exchange of 215 for 55 plus Medvedchuk; five commanders to Turkey; ten foreigners to Riyadh, 2022-09-21",
        counts=[
            C("exchanged", 215, "Ukraine had secured the return of 215 people"),
            C("other", 108, "including 108 fighters of the Azov regiment", note="subset of the 215"),
            C("exchanged", 55, "Kyiv handed over 55 Russian servicemen"),
            C("transferred_to", 5, "All five were flown to Turkey", where="Turkey"),
            C("transferred_to", 10, "ten foreign nationals captured while fighting for Ukraine had been flown to Riyadh", where="Riyadh"),
            C("other", 5, "The ten were five Britons, two Americans", note="subset by nationality"),
            C("exchanged", 200, "Exchanged for more than 200 Ukrainians", qualifier="more_than",
              note="inferred: rounded restatement of 215; optional"),
            C("other", 200, "One Medvedchuk for 200 heroes", qualifier="about", note="claim by Zelensky; rhetorical"),
            C("released", 144, "144 Ukrainian servicemen came home", note="earlier event (June swap)"),
            C("remaining_held", 2500, "about 2,500 defenders of Mariupol alone are still in Russian captivity", qualifier="about"),
            C("other", 53, "killed at least 53 prisoners", qualifier="at_least", note="casualties (Olenivka)"),
            C("released", 200, "could bring home \"up to 200 more\" people", qualifier="about", note="planned (up to)"),
            C("other", 300000, "300,000 reservists", note="page noise"),
            C("other", 440, "440 graves in the forest", note="page noise"),
            C("other", 48, "48 comments", note="page noise"),
        ],
        released_names=["Viktor Medvedchuk", "Denys Prokopenko", "Svyatoslav Palamar", "Serhiy Volynskyi", "Denys Shleha",
                        "Oleh Khomenko", "Aiden Aslin", "Shaun Pinner", "John Harding", "Dylan Healy", "Andrew Hill",
                        "Alexander Drueke", "Andy Huynh", "Brahim Saadoun", "Vjekoslav Prebeg"],
        alias_groups={"Svyatoslav Palamar": ["Sviatoslav Palamar"]},
        not_released_names=["Dmytro Khyliuk"],
        other_event_released_names=["Yuliia Paievska"],
        other_people=["Andriy Kovalchuk", "Sarah Lindqvist", "Vladimir Putin", "Volodymyr Zelensky", "Recep Tayyip Erdogan",
                      "Kyrylo Budanov", "Kateryna Prokopenko", "Mohammed bin Salman", "Liz Truss", "Roman Abramovich"],
        distractors=["the five commanders 'are not free' (must stay in Turkey) but were released from Russian captivity: listed as released",
                     "the Swede among the ten is unnamed; the Moroccan is Saadoun",
                     "Kateryna Prokopenko is the wife of Denys Prokopenko",
                     "Medvedchuk's house arrest/escape/recapture is earlier history, not a release",
                     "36th brigade; 29 July; 11 min read; 15 percent (page noise); 'dozens' of city employees vague"],
    ),
    dict(
        file="015_portugal_1974_prisoners_feature.txt", published="2024-04-25", outlet="Portuguese regional English-language weekly, 50th-anniversary feature (~1,030 words)",
        event="Political prisoners freed from Caxias and Peniche after the Carnation Revolution, 1974-04-27",
        counts=[
            C("released", 86, "Caxias released 86 political prisoners that night"),
            C("other", 11, "including the eleven whom the junta had initially wanted to keep back", note="subset of the 86"),
            C("released", 43, "43 men walked out"),
            C("released", 129, "129 prisoners were freed from the two jails"),
            C("released", 57, "The last 57 prisoners in Tarrafal, most of them Angolan and Cape Verdean, were freed only on 1 May",
              note="earlier event (other, later release at Tarrafal on 1 May)"),
            C("other", 1000, "more than 1,000 former agents and informers had been arrested", qualifier="more_than",
              note="arrested into custody"),
            C("other", 30000, "the PIDE arrested some 30,000 people between 1945 and 1974", qualifier="about",
              note="cumulative arrests"),
            C("other", 9, "escaped from Peniche with nine comrades", note="escape in 1960"),
            C("other", 500000, "more than 500,000 people march in Lisbon", qualifier="more_than", note="fact box"),
            C("other", 43, "reservoirs at 43 percent", note="page noise"),
            C("other", 20, "the 20 percent rule", note="page noise"),
        ],
        released_names=["Manuel Rocha Vieira", "Teresa Alves Lopes", "Hermínio da Palma Inácio", "José Carlos Amaro"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Joaquim Rocha Vieira"],
        other_people=["Fiona Cardoso", "Joaquim Lobo", "Salgueiro Maia", "Marcelo Caetano", "Américo Tomás",
                      "António de Spínola", "Mário Soares", "Álvaro Cunhal"],
        distractors=["Caetano and Tomás were flown under guard to Madeira (taken into custody, not released)",
                     "Soares and Cunhal returned from exile (not prisoners); Cunhal escaped in 1960",
                     "Joaquim Rocha Vieira is the brother, freed at Tarrafal on 1 May",
                     "cell 14; ages 81/31; nineteen months; fourteen years; 48 and 13 years; 12:40 audio; 00:20"],
    ),
    dict(
        file="016_uruguay_1985_amnesty_ngo.txt", published="1985-03-15", outlet="NGO press release (SERPAJ), translated from Spanish ('15.737', '6.000')",
        event="Uruguay frees the last political prisoners under the National Pacification law, 1985-03-14",
        counts=[
            C("released", 62, "62 prisoners were released"),
            C("other", 8, "the eight leaders of the Movimiento de Liberación Nacional-Tupamaros", note="subset of the 62"),
            C("released", 227, "227 political prisoners have regained their freedom since the inauguration",
              note="cumulative since 1 March"),
            C("remaining_held", 14, "14 prisoners accused of homicide remain under review by the Supreme Court of Justice; these persons remain in detention"),
            C("other", 6000, "some 6.000 people imprisoned for political reasons", qualifier="about", note="historical peak"),
            C("other", 60000, "almost 60.000 people passed through the barracks", qualifier="about", note="cumulative detentions"),
            C("other", 150, "more than 150 Uruguayans who were disappeared", qualifier="more_than", note="disappeared, not held"),
        ],
        released_names=["Raúl Sendic", "José Mujica", "Eleuterio Fernández Huidobro", "Mauricio Rosencof",
                        "Julio Marenales", "Jorge Zabalza", "Henry Engler", "Jorge Manera"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Líber Seregni"],
        other_people=["Julio María Sanguinetti", "Adolfo Wasem", "Luis Pérez Aguirre", "Carlos Manini Ríos", "Ana Inés Rovira"],
        distractors=["Law No. 15.737; Press release No. 11/85; phone number; article 10",
                     "Adolfo Wasem died in custody ('one of the nine')", "more than eleven years (duration)"],
    ),
    dict(
        file="017_cuba_1998_pope_releases_brief.txt", published="1998-02-12", outlet="AP wire brief",
        event="Cuba frees 299 prisoners after John Paul II's visit, Feb 1998",
        counts=[
            C("released", 299, "Cuba has released 299 prisoners"),
            C("other", 70, "about 70 of those freed were on a list", qualifier="about", note="subset"),
            C("other", 300, "a list of more than 300 names", qualifier="more_than", note="Vatican list"),
            C("transferred_to", 17, "Seventeen of the freed prisoners were put on a flight to Toronto", where="Toronto"),
            C("remaining_held", 4, "did not include four prominent members of the Internal Dissidents' Working Group - Vladimiro Roca, Marta Beatriz Roque, Felix Bonne and Rene Gomez Manzano - who remain in prison"),
            C("remaining_held", 500, "more than 500 people are jailed in Cuba for political reasons", qualifier="more_than",
              note="activists' estimate"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Vladimiro Roca", "Marta Beatriz Roque", "Felix Bonne", "Rene Gomez Manzano"],
        other_event_released_names=[],
        other_people=["John Paul II", "Alejandro Gonzalez"],
        distractors=["no released person is named", "'Canada agreed to take them' restates the transfer"],
    ),
    dict(
        file="018_belarus_kozulin_2008.txt", published="2008-08-16", outlet="international broadcaster web page (audio player residue, related list)",
        event="Belarus pardons and frees Alyaksandr Kazulin, 2008-08-16",
        counts=[
            C("remaining_held", 2, "the two remaining political prisoners"),
            C("released", 6, "six people recognized as political prisoners were freed in the first four months of 2008",
              note="earlier event (January-April 2008)"),
        ],
        released_names=["Alyaksandr Kazulin"],
        alias_groups={"Alyaksandr Kazulin": ["Aleksandr Kozulin"]},
        not_released_names=["Syarhey Parsyukevich", "Andrey Kim"],
        other_event_released_names=["Andrey Klimau"],
        other_people=["Ales Dashchynski", "Rikard Jozwiak", "Alyaksandr Lukashenka", "Yulia Kazulina", "Iryna Kazulina",
                      "Sean McCormack"],
        distractors=["Kazulin's three-day leave for his wife's funeral in February was not a release",
                     "age 52; five-and-a-half-year sentence; 53-day hunger strike; 'several dozen supporters'",
                     "Yulia (daughter) and Iryna (late wife) Kazulina share his surname",
                     "September 15 EU meeting (related list)"],
    ),
    dict(
        file="019_georgia_2013_amnesty_statement.txt", published="2013-01-14", outlet="government statement, unofficial translation ('3 012'), with news-site editor's note",
        event="Georgian amnesty: 3,012 convicts incl. 190 political prisoners released by 2013-01-13",
        counts=[
            C("released", 3012, "3 012 convicts were released"),
            C("released", 190, "190 persons recognised by the Parliament of Georgia as political prisoners were released",
              note="subset of the 3 012; inferred (optional)"),
            C("remaining_held", 5480, "The sentences of 5 480 convicts were reduced by one quarter",
              note="inferred: they continue to serve their sentences; optional"),
            C("other", 2917, "2 917 persons sentenced to conditional punishment were released from probation supervision",
              note="probation, not custody"),
            C("other", 214, "214 of them were transferred to civilian medical institutions", note="medical transfer"),
            C("other", 19349, "decreased from 19 349 on 1 January 2013 to 16 337", note="prison population before"),
            C("other", 16337, "decreased from 19 349 on 1 January 2013 to 16 337", note="prison population after"),
            C("other", 4518, "Views: 4 518", note="page noise"),
        ],
        released_names=["Davit Kharatishvili", "Gia Tsiklauri"],
        alias_groups={},
        not_released_names=["Bacho Akhalaia"],
        other_event_released_names=[],
        other_people=["Sozar Subari", "Bidzina Ivanishvili", "Mikheil Saakashvili"],
        distractors=["18:00; 28 December; 19 years sentence; May 2011; 2009 mutiny",
                     "Akhalaia is in pre-trial detention and not covered: still held"],
    ),
    dict(
        file="020_ukraine_tymoshenko_brief.txt", published="2014-02-22", outlet="Reuters wire brief",
        event="Yulia Tymoshenko freed from prison hospital in Kharkiv, 2014-02-22",
        counts=[
            C("other", 322, "Parliament voted 322 to 0", note="vote tally"),
        ],
        released_names=["Yulia Tymoshenko"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Yuriy Lutsenko"],
        other_people=["Yevgenia Tymoshenko", "Viktor Yanukovich", "Pavel Polityuk", "Richard Balmforth", "Alistair Lyon"],
        distractors=["seven-year sentence; age 53; jailed in 2011; 'tens of thousands of protesters'",
                     "Yevgenia Tymoshenko is the daughter"],
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
            if c["kind"] not in KINDS:
                print(f"{g['file']}: bad kind {c['kind']}", file=sys.stderr)
                ok = False
            if c["qualifier"] not in QUALS:
                print(f"{g['file']}: bad qualifier {c['qualifier']}", file=sys.stderr)
                ok = False
            if (c["kind"] == "transferred_to") != bool(c["where"]):
                print(f"{g['file']}: where must be set exactly for transferred_to: {c['quote']!r}", file=sys.stderr)
                ok = False
            if c["where"] and c["where"].casefold() not in low:
                print(f"{g['file']}: where not found: {c['where']!r}", file=sys.stderr)
                ok = False
            if not isinstance(c["value"], int):
                print(f"{g['file']}: value not int: {c['value']!r}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for k, vs in g["alias_groups"].items():
            for n in [k] + vs:
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
