#!/usr/bin/env python3
"""Gold for devset_q (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name / alias / `where` occurs in it
(case-insensitive, for all-caps bylines), no name is in two lists, and kinds,
qualifiers and values are valid."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALS = {"exact", "more_than", "at_least", "about"}
NAME_KEYS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_stockholm_bank_siege.txt", published="1973-08-28", outlet="UPI wire (archive page)",
        event="Norrmalmstorg bank siege, Stockholm: police free four hostages, 1973-08-28",
        counts=[
            C("released", 4, "freed four bank employees"),
            C("other", 3, "three women and a man", note="subset of the four hostages"),
            C("other", 2000, "a crowd of about 2,000 onlookers", qualifier="about", note="crowd"),
            C("other", 9, "will not surrender 9 tape recordings", note="page noise"),
        ],
        released_names=["Birgitta Lundblad", "Elisabeth Oldgren", "Kristin Enmark", "Sven Safstrom"],
        alias_groups={},
        not_released_names=["Clark Olofsson"],
        other_event_released_names=[],
        other_people=["Jan-Erik Olsson", "Lennart Geijer", "Kurt Lindroth", "Olof Palme"],
        distractors=["Olofsson was a convict brought from prison to the bank and 'returned to prison': still held "
                     "(judgement call; he was never freed)",
                     "Olsson, the gunman, surrendered and is held at police headquarters (captor taken into custody)",
                     "ages 31/21/23/25/32/26; 3 million kronor; six days / 131 hours; 9 p.m.",
                     "page noise: 34th day, 30-day mark"],
    ),
    dict(
        file="002_herrema_monasterevin.txt", published="1975-11-07", outlet="Irish broadcaster archive page (cookie banner, video residue)",
        event="Dr Tiede Herrema freed at end of Monasterevin siege, 1975-11-07",
        counts=[
            C("other", 3, "demanded the release of three republican prisoners", note="kidnappers' demand, refused"),
            C("remaining_held", 3, "the three prisoners remain in custody tonight",
              note="the prisoners whose release was demanded are still held"),
            C("other", 1400, "employs some 1,400 people", qualifier="about"),
            C("other", 300, "some 300 gardaí and soldiers", qualifier="about"),
            C("other", 18, "18 soldiers killed in Warrenpoint ambush", note="page noise"),
            C("other", 33, "33 die in Dublin and Monaghan bombings", note="page noise"),
        ],
        released_names=["Tiede Herrema"],
        alias_groups={},
        not_released_names=["Rose Dugdale", "Kevin Mallon", "James Hyland"],
        other_event_released_names=[],
        other_people=["Eddie Gallagher", "Marion Coyle", "Elisabeth Herrema", "Patrick Cooney", "Liam Cosgrave",
                      "Tom McCaughren"],
        distractors=["Elisabeth Herrema is the wife (same surname)",
                     "kidnappers Gallagher and Coyle surrendered and were later sentenced (taken into custody)",
                     "Christopher Ewart-Biggs only in the related-links list (page noise)",
                     "36 days / 17 days; 54-year-old; house number 1410; 9.30; 20 and 15 years; nine-year sentence"],
    ),
    dict(
        file="003_jackson_uruguay_feature.txt", published="2021-09-09", outlet="UK newspaper long read (anniversary feature)",
        event="Tupamaros free British ambassador Geoffrey Jackson in Montevideo, 1971-09-09",
        counts=[
            C("other", 106, "106 Tupamaros and five common prisoners escaped",
              note="jailbreak from Punta Carretas (escape, not a release); plus five common prisoners"),
            C("remaining_held", 3, "at least three Uruguayan hostages were still being held", qualifier="at_least",
              note="Tupamaro hostages still held when Jackson was freed"),
            C("other", 40, "some 40 kidnappings", qualifier="about", note="cumulative 1968-1972"),
            C("released", 200, "which freed some 200 remaining political prisoners", qualifier="about",
              note="earlier event (other event: the March 1985 amnesty)"),
            C("other", 150, "the release of about 150 imprisoned comrades", qualifier="about",
              note="demand in the 1970 Mitrione kidnapping"),
        ],
        released_names=["Geoffrey Jackson"],
        alias_groups={},
        not_released_names=["Ulysses Pereira Reverbel"],
        other_event_released_names=["Aloysio Dias Gomide", "Claude Fly", "Raúl Sendic", "José Mujica"],
        other_people=["Martin Hollis", "Ramón Cortés", "Jorge Pacheco Areco", "Dan Mitrione", "Alec Douglas-Home",
                      "Patricia Jackson", "Inés Ferreira"],
        distractors=["Sendic and Mujica escaped in 1971 (escape is not release), were recaptured and were freed "
                     "only by the 1985 amnesty (other event)",
                     "Dan Mitrione was killed", "Patricia Jackson is the wife (same surname)",
                     "244 days; aged 56; $250,000 ransom; count to 100; 10 days later; 2010",
                     "page noise: 20 years after 9/11, 3.3m booster doses, Ronaldo"],
    ),
    dict(
        file="004_samuelson_ransom_brief.txt", published="1974-04-29", outlet="AP wire brief",
        event="ERP frees Exxon executive Victor Samuelson after $14.2m ransom, Argentina, 1974-04-29",
        counts=[
            C("remaining_held", 5, "holding at least five other businessmen", qualifier="at_least",
              note="other ERP hostages (police belief)"),
            C("other", 2, "including two foreigners", note="subset of the five"),
        ],
        released_names=["Victor E. Samuelson"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Charles Lockwood"],
        other_people=[],
        distractors=["$14.2 million and $2 million ransoms", "aged 36; Dec. 6; nearly five months"],
    ),
    dict(
        file="005_unomig_kodori_release.txt", published="2003-06-10", outlet="UN mission press release",
        event="Four UNOMIG members released in the Kodori valley, Georgia, 2003-06-10",
        counts=[
            C("released", 4, "FOUR UNOMIG MISSION MEMBERS RELEASED"),
            C("other", 3, "The three military observers", note="subset of the four"),
            C("released", 7, "seven UNOMIG personnel were taken hostage in the valley and released",
              note="earlier event (October 1999)"),
            C("released", 2, "two military observers were abducted and released", note="earlier event (June 2000)"),
            C("other", 9, "killing all nine people on board", note="casualties, 2001"),
            C("other", 118, "118 military observers from 23 countries", note="mission strength"),
        ],
        released_names=["Jörg Baumann", "Anders Kjaer", "Gustavo Sosa", "Levan Jgharkava"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Heidi Tagliavini", "Eduard Shevardnadze", "Emzar Kvitsiani", "Kofi Annan", "Ana Bertelsen"],
        distractors=["the unnamed local driver was let go within hours on 5 June (earlier batch, no name, no number)",
                     "'third abduction' (ordinal); 1530 hours; 1993; telephone numbers",
                     "taken to Zugdidi for medical checks (no count)"],
    ),
    dict(
        file="006_fernandez_de_cevallos_mx.txt", published="2010-12-20", outlet="Mexican regional daily, machine-translated from Spanish",
        event="Diego Fernández de Cevallos freed after 222 days of captivity, Mexico, 2010-12-20",
        counts=[
            C("other", 1250, "were registered more than 1.250 kidnappings", qualifier="more_than",
              note="national kidnapping statistics for 2010"),
            C("other", 15, "Rescue 15 migrants", note="page noise"),
        ],
        released_names=["Diego Fernández de Cevallos"],
        alias_groups={"Diego Fernández de Cevallos": ["El Jefe Diego"]},
        not_released_names=[],
        other_event_released_names=["Alfredo Harp Helú"],
        other_people=["Antonio Lozano Gracia", "Arturo Chávez Chávez", "Felipe Calderón", "Gustavo Madero",
                      "Fernando Martí", "Alejandro Martí"],
        distractors=["Fernando Martí was kidnapped and killed in 2008; Alejandro Martí is his father",
                     "222 days; 69 years; 01.30 hours; 20-30 millones de dólares (unconfirmed ransom); 106 days; 14-year-old",
                     "Comments (128); most-read list (8 centavos, 2 reinforcements)"],
    ),
    dict(
        file="007_eln_journalists_colombia.txt", published="2016-05-27", outlet="UK broadcaster web page (cookie banner, video residue, related links)",
        event="ELN frees journalist Salud Hernández-Mora and two RCN reporters, Colombia, 2016-05-27",
        counts=[
            C("released", 3, "The ELN freed all three journalists"),
            C("transferred_to", 3, "The three were later flown to Bogotá", where="Bogotá",
              note="inferred: flown to the capital after release; optional"),
            C("remaining_held", 12, "is believed to be holding at least a dozen other people", qualifier="at_least"),
            C("other", 1500, "an estimated 1,500 fighters", qualifier="about"),
            C("other", 3, "3 killed in looting", note="page noise"),
        ],
        released_names=["Salud Hernández-Mora", "Diego D'Pablos", "Carlos Melo"],
        alias_groups={"Salud Hernández-Mora": ["Salud Hernández"]},
        not_released_names=["Odín Sánchez"],
        other_event_released_names=["Patrocinio Sánchez"],
        other_people=["Omar Sánchez", "Alfonso Cajiao", "Juan Manuel Santos", "David Jiménez"],
        distractors=["three different Sánchez: Odín (still held), Patrocinio (his brother, freed in April in exchange), "
                     "Omar (bishop)", "aged 59; 21 May; almost three years; more than 50 years; 5 key points"],
    ),
    dict(
        file="008_wynne_lonsdale_swap.txt", published="1964-04-22", outlet="UK broadcaster 'On this day' archive page",
        event="Greville Wynne exchanged for Gordon Lonsdale (Konon Molody) in Berlin, 1964-04-22",
        counts=[
            C("exchanged", 2, "The two men were exchanged"),
            C("other", 307, "jailed for 307 years", note="page noise"),
        ],
        released_names=["Greville Wynne", "Gordon Lonsdale"],
        alias_groups={"Gordon Lonsdale": ["Konon Molody"]},
        not_released_names=["Peter Kroger", "Helen Kroger", "Harry Houghton", "Ethel Gee"],
        other_event_released_names=[],
        other_people=["Sheila Wynne", "Oleg Penkovsky", "Henry Brooke"],
        distractors=["Penkovsky was executed", "Sheila Wynne is the wife (same surname)",
                     "aged 44; eight years; 25 years; 20 years each; 15 years; 0530; 1967; 1970; thousands of documents"],
    ),
    dict(
        file="009_daniloff_zakharov.txt", published="1986-09-30", outlet="AP wire",
        event="Daniloff freed from Moscow and Zakharov allowed to leave the US, 1986-09-29/30",
        counts=[
            C("other", 25, "ordered 25 members of the Soviet U.N. mission", note="expulsion order"),
        ],
        released_names=["Gennadi Zakharov", "Nicholas Daniloff"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Barry Schweid", "Joseph McLaughlin", "Ruth Daniloff", "Irina Valitova", "George Shultz",
                      "Reagan", "Mikhail Gorbachev", "Eduard Shevardnadze", "Larry Speakes", "Mortimer Zuckerman"],
        distractors=["Yuri Orlov will be allowed to emigrate by Oct. 7 (announced only; in no list)",
                     "release into embassy custody on Sept. 12 is a custody transfer, not the release",
                     "Ruth Daniloff is the wife (same surname)",
                     "ages 39/52/62; 13 days; 24 hours; five years' probation; seven years; Oct. 11 and 12; 1975"],
    ),
    dict(
        file="010_babitsky_exchange_ru.txt", published="2000-02-04", outlet="Russian daily, machine-translated",
        event="Radio Liberty's Andrei Babitsky reportedly exchanged for three Russian soldiers, Chechnya, 2000-02-03",
        counts=[
            C("exchanged", 3, "in exchange for three Russian servicemen"),
            C("released", 26, "26 servicemen were released", note="earlier event (cumulative January exchanges)"),
            C("remaining_held", 500, "the fighters still hold more than 500 servicemen and civilians",
              qualifier="more_than", note="Interior Ministry figure"),
            C("other", 1500, "signed by more than 1 500 journalists", qualifier="more_than", note="petition signatures"),
            C("other", 12, "at least 12 journalists were detained", qualifier="at_least", note="detentions"),
            C("other", 3412, "Views: 3 412", note="page noise"),
            C("other", 2, "Duma deputies agreed on 2 committees", note="page noise"),
        ],
        released_names=["Andrei Babitsky", "Vitaly Sokolov", "Andrei Kuzmin", "Oleg Timofeev"],
        alias_groups={"Andrei Babitsky": ["Andrei Babitskiy"]},
        not_released_names=["Gennady Shpigun"],
        other_event_released_names=["Vincent Cochetel"],
        other_people=["Sergei Yastrzhembsky", "Aslan Maskhadov", "Savik Shuster", "Thomas Dine", "Vladimir Putin",
                      "Genri Reznik", "Lyudmila Babitskaya", "Vsevolod Bogdanov"],
        distractors=["the exchange is announced by the Kremlin and doubted by colleagues; both sides annotated as "
                     "released (judgement call)",
                     "2 February change to a written undertaking not to leave is bail-like, not the release",
                     "Lyudmila Babitskaya is the wife (female form of the surname)",
                     "14.00; aged 35; article 208; 245th regiment; 317 days; 1994-1996; 28,73 rubles"],
    ),
    dict(
        file="011_donbas_exchange_liveblog.txt", published="2017-12-27", outlet="Ukrainian English-language live blog (reverse timestamps, unrelated entries)",
        event="Ukraine-separatist prisoner exchange at Mayorsk: 73 for 233, 2017-12-27",
        counts=[
            C("released", 73, "73 Ukrainians have been freed"),
            C("exchanged", 233, "Ukraine has handed over 233 people"),
            C("released", 74, "Kyiv expects to receive 74 of its citizens", note="planned (morning expectation); 73 returned"),
            C("other", 74, "Kyiv had expected 74 people", note="expected number; one man chose to stay"),
            C("other", 306, "Of the 306 prisoners Kyiv had offered", note="offered; the rest refused to go"),
            C("remaining_held", 103, "at least 103 Ukrainians remain in captivity", qualifier="at_least"),
            C("other", 400, "the fate of about 400 more is unknown", qualifier="about", note="missing"),
            C("other", 16, "16 servicemen of the Armed Forces and the National Guard", note="subset"),
            C("released", 6, "six Ukrainians were freed", note="earlier event (September 2016)"),
            C("released", 3172, "3,172 people have been released from captivity", note="cumulative since 2014"),
            C("other", 12, "add 12 extra trains", note="page noise"),
            C("other", 15, "Bitcoin falls 15% in a day", note="page noise"),
        ],
        released_names=["Ihor Kozlovsky", "Volodymyr Zhemchugov"],
        alias_groups={"Volodymyr Zhemchugov": ["Zhemchuhov"]},
        not_released_names=["Stanislav Aseyev", "Oleksandr Hrytsenko"],
        other_event_released_names=[],
        other_people=["Iryna Savchuk", "Denys Kovalenko", "Petro Poroshenko", "Iryna Herashchenko", "Vasyl Hrytsak",
                      "Viktor Medvedchuk", "Vladimir Putin", "Darya Morozova", "Denis Pushilin", "Liudmyla Hrytsenko",
                      "Volodymyr Fesenko", "Oleh Petrasiuk"],
        distractors=["Stanislav Vasin is Aseyev's pen name (alias of a held person)",
                     "Liudmyla Hrytsenko is the mother of the still-held Oleksandr Hrytsenko",
                     "the unnamed man who chose to stay in Donetsk is not held",
                     "28.07 hryvnia; Jamala 3 cities; 2 a.m.; timestamps; Comments (214)"],
    ),
    dict(
        file="012_slovenia_brioni_prisoners.txt", published="1991-07-08", outlet="Yugoslav state news agency, English service",
        event="Slovenia and the JNA release prisoners under the Brioni declaration, 1991-07-08",
        counts=[
            C("exchanged", 2211, "Slovenia had handed over 2,211 JNA soldiers and officers"),
            C("other", 38, "including 38 officers", note="subset"),
            C("transferred_to", 2211,
              "Slovenia had handed over 2,211 JNA soldiers and officers, including 38 officers, at collection points in "
              "Ljubljana, Maribor and Postojna, from where they were taken by JNA buses to the barracks in Zagreb",
              where="Zagreb", note="inferred: taken back to JNA barracks in Zagreb and Karlovac; optional"),
            C("exchanged", 55, "released 55 Slovenes"),
            C("other", 43, "43 of them members of the Territorial Defence and police", note="subset"),
            C("other", 12, "12 civilians detained", note="subset"),
            C("remaining_held", 1000, "about 1,000 JNA members who had surrendered in the past ten days were still in Slovenian custody",
              qualifier="about"),
            C("other", 62, "left 62 people dead", note="casualties"),
            C("other", 39, "39 JNA soldiers", note="casualties subset"),
        ],
        released_names=["Dragan Ristić", "Tomaž Kranjc"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Janez Jansa", "Milan Kucan", "Veljko Kadijevic", "Stjepan Mesic", "Ante Markovic",
                      "Hans van den Broek"],
        distractors=["'released all the wounded on Friday' is an earlier batch without a number",
                     "18.00 hours; ten days; July 2; June 28; June 27"],
    ),
    dict(
        file="013_knox_haiti_brief.txt", published="1973-01-24", outlet="Reuters wire brief",
        event="US ambassador Clinton Knox freed in Haiti for 12 prisoners flown to Mexico, 1973-01-24",
        counts=[
            C("released", 12, "released 12 political prisoners"),
            C("transferred_to", 12, "The kidnappers and the 12 freed prisoners were flown to Mexico City", where="Mexico City"),
            C("other", 3, "the three kidnappers", note="kidnappers given safe conduct"),
            C("other", 31, "demanded the release of 31 prisoners", note="original demand"),
        ],
        released_names=["Clinton Knox", "Ward Christensen"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jean-Claude Duvalier"],
        distractors=["$70,000 and $500,000", "18 hours; aged 64", "the Mexican ambassador is not named"],
    ),
    dict(
        file="014_febres_cordero_taura_brief.txt", published="1987-01-17", outlet="Reuters wire brief",
        event="Ecuador's president freed by paratroopers in exchange for Gen. Frank Vargas Pazzos, 1987-01-16",
        counts=[
            C("other", 60, "about 60 commandos", qualifier="about"),
            C("other", 2, "At least two of the president's bodyguards were killed", qualifier="at_least", note="casualties"),
        ],
        released_names=["Leon Febres Cordero", "Frank Vargas Pazzos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Medardo Salazar Navarrete"],
        distractors=["nearly 12 hours; aged 56; two short-lived revolts last March",
                     "both sides of the exchange (the hostage president and the jailed general) are released"],
    ),
    dict(
        file="015_poland_1984_amnesty_analysis.txt", published="1984-08-04", outlet="UK weekly, analysis piece",
        event="Polish July 1984 amnesty frees Solidarity and KOR leaders and 628 political prisoners",
        counts=[
            C("released", 628, "628 of the 652 people held for political offences had been freed"),
            C("remaining_held", 652, "the 652 people held for political offences",
              note="inferred: number held before the amnesty; optional"),
            C("remaining_held", 24, "the remaining 24 are accused of espionage, treason or sabotage",
              note="official figure, excluded from the amnesty"),
            C("remaining_held", 60, "at least 60 activists remain in prison", qualifier="at_least",
              note="underground Solidarity estimate"),
            C("released", 35000, "Some 35,000 common criminals are also being released", qualifier="about",
              note="inferred: common criminals under the same amnesty; optional"),
            C("other", 11, "THE eleven men", note="subset: seven Solidarity and four KOR leaders"),
            C("other", 7, "The seven members of the union's former national commission", note="subset"),
            C("other", 4, "The four advisers from KOR", note="subset"),
            C("released", 500, "a more limited amnesty freed some 500 people", qualifier="about",
              note="earlier event (July 1983)"),
            C("other", 10000, "some 10,000 people were interned", qualifier="about", note="internments 1982"),
            C("other", 4, "4 held after Orly bomb scare", note="page noise"),
        ],
        released_names=["Andrzej Gwiazda", "Seweryn Jaworski", "Marian Jurczyk", "Karol Modzelewski", "Grzegorz Palka",
                        "Jan Rulewski", "Andrzej Slowik", "Jacek Kuron", "Adam Michnik", "Henryk Wujec",
                        "Zbigniew Romaszewski", "Wladyslaw Frasyniuk"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Lech Walesa"],
        other_people=["Jerzy Urban", "Bogdan Borusewicz", "Jozef Glemp", "Ronald Reagan", "Wojciech Jaruzelski"],
        distractors=["Borusewicz is in hiding (neither held nor released)",
                     "40th anniversary; July 21st/26th; eight years; six years; two and a half years; 11 months; 75%; "
                     "$27 billion; 'dozens of them were back in custody'",
                     "page noise: 2.3m out of work, 18 months on"],
    ),
    dict(
        file="016_cuba_1978_miami_feature.txt", published="1978-10-23", outlet="Miami afternoon daily, feature (weather bar, classifieds)",
        event="First 46 Cuban political prisoners freed after the exile dialogue arrive in Miami, 1978-10-21",
        counts=[
            C("released", 46, "one of 46 former political prisoners freed by Fidel Castro"),
            C("other", 33, "With them came 33 relatives", note="relatives allowed to leave; not prisoners"),
            C("other", 300, "a crowd of about 300 people", qualifier="about"),
            C("remaining_held", 4000, "about 4,000 political prisoners remain in Cuban jails", qualifier="about",
              note="exile groups' estimate"),
            C("remaining_held", 3000, 'he holds about 3,000 "counter-revolutionary" prisoners', qualifier="about",
              note="claim by Castro, made last month before this release"),
            C("other", 400, "free most of them at a rate of 400 a month", note="planned"),
            C("other", 400, "the first 400 could be processed", note="planned parole processing"),
            C("other", 26, "Dolphins 26, Colts 8", note="page noise"),
        ],
        released_names=["Reinaldo Perez Leyva", "Tony Cuesta", "Manuel Iglesias Trujillo"],
        alias_groups={"Tony Cuesta": ['Antonio "Tony" Cuesta']},
        not_released_names=["Osvaldo Perez", "Huber Matos", "Armando Valladares", "Eloy Gutierrez Menoyo"],
        other_event_released_names=[],
        other_people=["Carlos Menendez", "Judy Kessler", "Olga Martinez de Perez", "Mercedes Cuesta", "Bernardo Benes",
                      "Fidel Castro", "Griffin Bell", "Jimmy Carter", "Larry Hammond"],
        distractors=["Osvaldo Perez is the releasee's son and remains in prison",
                     "Olga Martinez de Perez (wife) and Mercedes Cuesta (sister) are relatives",
                     "ages 51/28/44; sixteen years; 12 of 30 years; 17 years; 19 of 20 years; 1966; 1969; 1961; 1965; "
                     "two daughters; two dozen pickets; 15 cents; $285"],
    ),
    dict(
        file="017_armenia_2011_amnesty_ru.txt", published="2011-05-27", outlet="Armenian news site, machine-translated from Russian",
        event="Armenian independence-anniversary amnesty frees Nikol Pashinyan and others, 2011-05-27",
        counts=[
            C("released", 73, "on the first day 73 convicts were released"),
            C("released", 400, "the amnesty will free about 400 persons", qualifier="about", note="planned total"),
            C("other", 1000, "for another 1 000 the terms of punishment will be reduced", note="sentence reductions"),
            C("released", 30, "about 30 supporters of the opposition left the prisons", qualifier="about",
              note="earlier event (June 2009 amnesty)"),
            C("remaining_held", 6, "six of its supporters remain behind bars", note="opposition (ANC) figure"),
            C("other", 10, "10 persons died", note="casualties 2008"),
            C("other", 4127, "👁 4 127", note="page noise"),
            C("other", 2, "2 soldiers wounded", note="page noise"),
        ],
        released_names=["Nikol Pashinyan", "Sasun Mikaelyan"],
        alias_groups={"Nikol Pashinyan": ["Nikol Pashinian"]},
        not_released_names=["Aram Tsaturyan", "Vahagn Margaryan"],
        other_event_released_names=[],
        other_people=["Anna Hakobyan", "Levon Ter-Petrosyan", "Serzh Sargsyan", "Armen Harutyunyan", "Gevorg Ghazaryan"],
        distractors=["20th anniversary; 8 years; 7 years; several hundred supporters; 373,5 drams; 12%"],
    ),
    dict(
        file="018_belarus_2012_sannikov_ngo.txt", published="2012-04-16", outlet="NGO press release",
        event="Belarus frees Andrei Sannikov and Zmitser Bandarenka after pardons, 2012-04-14/15",
        counts=[
            C("remaining_held", 13, "at least 13 people recognised as political prisoners remain in prison",
              qualifier="at_least", note="Viasna figure"),
            C("released", 26, "Mr Lukashenko pardoned 26 of them", note="earlier event (2011 pardons)"),
            C("other", 600, "more than 600 people were detained", qualifier="more_than"),
            C("other", 40, "more than 40 were convicted", qualifier="more_than"),
        ],
        released_names=["Andrei Sannikov", "Zmitser Bandarenka"],
        alias_groups={"Zmitser Bandarenka": ["Dmitry Bondarenko"]},
        not_released_names=["Ales Bialiatski", "Mikalai Statkevich", "Zmitser Dashkevich", "Eduard Lobau"],
        other_event_released_names=["Pavel Seviarynets", "Dzmitry Us"],
        other_people=["Alexander Lukashenko", "Iryna Khalip", "Rūta Vaitkienė", "Tomas Jurgaitis"],
        distractors=["Iryna Khalip (wife) has a suspended sentence: restricted, not held",
                     "aged 58; five years; two years; four and a half years; six years; two-year suspended sentence",
                     "numbered demands 1-3; telephone number; tens of thousands"],
    ),
    dict(
        file="019_nicaragua_135_guatemala.txt", published="2024-09-06", outlet="international broadcaster web page (cookie banner, audio player)",
        event="Nicaragua frees 135 political prisoners, flown to Guatemala, 2024-09-05",
        counts=[
            C("released", 135, "Nicaragua released 135 political prisoners"),
            C("transferred_to", 135, "Nicaragua released 135 political prisoners on Thursday and flew them to Guatemala",
              where="Guatemala"),
            C("released", 222, "expelled 222 opponents to Washington", note="earlier event (February 2023)"),
            C("other", 13, "13 members of Puerta de la Montaña", note="subset"),
            C("transferred_to", 18, "18 other clergy to the Vatican", where="Vatican", note="earlier event (January 2024)"),
            C("remaining_held", 30, "at least 30 people remain in detention", qualifier="at_least"),
            C("other", 3000, "more than 3,000 non-governmental organisations", qualifier="more_than"),
            C("other", 5, "5 killed in Sinaloa cartel violence", note="page noise"),
        ],
        released_names=["Freddy Quezada", "Víctor Ticay"],
        alias_groups={},
        not_released_names=["Brooklyn Rivera"],
        other_event_released_names=["Rolando Álvarez"],
        other_people=["Daniel Ortega", "Sofía Villaseñor", "Jake Sullivan", "Bernardo Arévalo", "Carlos Ramiro Martínez",
                      "Rosario Murillo", "Vilma Núñez", "Cristina Chiquin"],
        distractors=["Edmundo González only in the related-links list (page noise)",
                     "more than 26 years; eight years; 2018; 2007; 04:12; 50,000 reais",
                     "'stripping the 135 of their Nicaraguan nationality' restates the same group"],
    ),
    dict(
        file="020_kozlov_parole_brief.txt", published="2016-08-09", outlet="Central Asian news site brief (views, most-read)",
        event="Kazakh opposition leader Vladimir Kozlov released on parole, 2016-08-09",
        counts=[
            C("other", 16, "at least 16 people were killed", qualifier="at_least", note="casualties, Zhanaozen 2011"),
            C("other", 1873, "Views: 1 873", note="page noise"),
            C("other", 5, "Nazarbayev signs 5 laws", note="page noise"),
        ],
        released_names=["Vladimir Kozlov"],
        alias_groups={},
        not_released_names=["Max Bokayev", "Talgat Ayan"],
        other_event_released_names=[],
        other_people=["Aliya Turusbekova"],
        distractors=["parole counts as release", "Nazarbayev only in the most-read list",
                     "aged 56; seven and a half years; four and a half years; 2%"],
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
            if (c["where"] is not None) != (c["kind"] == "transferred_to"):
                bad(f"{g['file']}: where must be set exactly for transferred_to: {c}")
            if c["where"] and c["where"].casefold() not in low:
                bad(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in NAME_KEYS:
            for n in g[key]:
                if n.casefold() not in low:
                    bad(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    bad(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for canon, aliases in g["alias_groups"].items():
            if canon not in seen:
                bad(f"{g['file']}: alias group key {canon!r} not in any list")
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
