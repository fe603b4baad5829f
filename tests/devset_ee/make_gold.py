#!/usr/bin/env python3
"""Gold for devset_ee (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name, alias and `where` occurs in it
(case-insensitive, for all-caps bylines), no name is in two lists, alias keys are listed
names, and kinds/qualifiers/values/`where` are valid."""
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
        file="001_colombia_gomez_hurtado_freed.txt", published="1988-07-20", outlet="AP wire, newspaper archive page",
        event="M-19 frees Conservative leader Alvaro Gomez Hurtado after 53 days, Colombia, 1988-07-20",
        counts=[
            C("other", 200, "about 200 supporters had gathered", qualifier="about", note="crowd"),
            C("remaining_held", 30, "Police say leftist rebels and criminal gangs are holding at least 30 other kidnap victims",
              qualifier="at_least", note="other abductions nationwide; inferred (optional)"),
            C("other", 500000, "a ransom that police put at more than $500,000", qualifier="more_than", note="money"),
            C("other", 100, "More than 100 people, including 11 Supreme Court justices, were killed", qualifier="more_than",
              note="casualties, 1985 Palace of Justice"),
            C("other", 11, "including 11 Supreme Court justices", note="subset of casualties"),
        ],
        released_names=["Alvaro Gomez Hurtado"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Hernando Rueda Gaitan"],
        other_people=["Ana Maria Ortega", "Mauricio Gomez", "Juan de Dios Hidalgo", "Virgilio Barco", "Angelo Acerbi",
                      "Alvaro Leyva", "Carlos Pizarro", "Laureano Gomez"],
        distractors=["single-person release: no main-event release count", "53 days (duration); 69 (age)",
                     "1974 and 1986 (years), 'two-time presidential candidate'",
                     "Mauricio Gomez (son) and Laureano Gomez (father) share the releasee's surname",
                     "bodyguard Juan de Dios Hidalgo was shot dead (not a hostage)",
                     "Rueda Gaitan freed last month by the ELN for ransom (earlier, separate event)"],
    ),
    dict(
        file="002_colleyville_synagogue_hostages.txt", published="2022-01-16",
        outlet="US regional newspaper (photo credit, newsletter prompt, most-read list, comments)",
        event="Colleyville, Texas: four hostages at Congregation Beth Israel freed, gunman killed, 2022-01-15",
        counts=[
            C("released", 4, "All four hostages held inside Congregation Beth Israel got out alive"),
            C("released", 1, "One hostage, a man, was released unharmed shortly after 5 p.m.",
              note="inferred: first of the four, released earlier the same day (optional)"),
            C("released", 3, "The final three hostages came out at about 9:12 p.m.",
              note="inferred: last three of the four (optional)"),
            C("other", 200, "more than 200 local, state and federal officers", qualifier="more_than", note="responders"),
            C("other", 12, "About a dozen people attended Saturday's service in person", qualifier="about", note="attendance"),
            C("other", 2, "two teenagers had been detained", note="arrests in England (taken into custody)"),
            C("other", 11, "a gunman killed 11 worshippers", note="casualties, Pittsburgh 2018"),
            C("other", 160, "a community of 160 families", note="congregation size"),
            C("other", 3, "3 injured in Interstate 35W pileup", note="page noise"),
            C("other", 17, "Cowboys fall 23-17 to 49ers", note="page noise"),
        ],
        released_names=["Charlie Cytron-Walker", "Jeffrey Cohen"],
        alias_groups={},
        not_released_names=["Aafia Siddiqui"],
        other_event_released_names=[],
        other_people=["Lauren Castillo", "Tom Ravel", "Rachel Dunbar", "Malik Faisal Akram", "Michael Miller",
                      "Greg Abbott", "Marwa Elbially", "Matthew DeSarno", "Joe Biden", "Gulbar Akram", "Paula Eagan",
                      "Adena Cytron-Walker", "Anna Salton Eisen", "Jorge Villareal"],
        distractors=["Siddiqui: the prisoner whose release was demanded; 'She remains at Carswell' (still held)",
                     "86-year sentence; 20 miles; 10:41 a.m.; 44 (age); since 2006; convicted in 2010",
                     "Cohen: 'We aren't released or freed. We escaped.' (hostages who got out in the final rescue count as freed)",
                     "the hostage released at 5 p.m. is not named",
                     "Adena Cytron-Walker is the rabbi's wife (same surname)",
                     "Comments (87); $4.2 million; 6 inches (page noise)"],
    ),
    dict(
        file="003_ecuador_tc_television_brief.txt", published="2024-01-09", outlet="AFP wire brief",
        event="Ecuador: police free TC Television staff taken hostage on air in Guayaquil, 2024-01-09",
        counts=[
            C("other", 13, "arrested 13 of the attackers", note="arrests"),
            C("other", 2, "Two employees were taken to hospital", note="injured"),
            C("other", 22, "22 criminal gangs", note="gangs named in decree"),
            C("remaining_held", 130, "More than 130 prison guards and administrative staff were still being held hostage",
              qualifier="more_than", note="hostages held by inmates in prisons, same crisis (not the TV station)"),
            C("other", 5, "at least five prisons", qualifier="at_least", note="number of prisons"),
            C("other", 8, "At least eight people were killed", qualifier="at_least", note="casualties"),
        ],
        released_names=["Jose Luis Calderon"],
        alias_groups={"Jose Adolfo Macias": ["Fito"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Cesar Zapata", "Daniel Noboa", "Jose Adolfo Macias"],
        distractors=["no count of the TV hostages is given ('freed journalists and technicians')",
                     "Macias ('Fito') disappeared from prison = escape, not a release",
                     "bur/ag/mlr (agency initials)"],
    ),
    dict(
        file="004_caqueta_los_pozos_police_freed_es.txt", published="2023-03-03",
        outlet="Colombian daily, machine-translated from Spanish (1.500; $ 2.300 millones; 12,5 %)",
        event="Los Pozos, San Vicente del Caguan: 78 police and 9 Emerald Energy workers held by protesters released, 2023-03-03",
        counts=[
            C("released", 78, "They release the 78 police officers"),
            C("released", 9, "They release the 78 police officers and the nine oil workers"),
            C("released", 87, "In total, 87 people regained their freedom"),
            C("other", 1500, "some 1.500 peasants protested", qualifier="about", note="protesters"),
            C("other", 2300000000, "the damages are calculated in $ 2.300 millones", note="money (pesos)"),
            C("other", 11, "Eleven more uniformed officers were injured", note="injured"),
            C("other", 5, "five people were captured", note="arrests (taken into custody)"),
            C("released", 180, "communities retained close to 180 soldiers for two days; they were freed", qualifier="about",
              note="earlier event (El Plateado, last year)"),
            C("other", 3, "3 dead in bus accident", note="page noise"),
            C("other", 27, "27 articles approved", note="page noise"),
        ],
        released_names=["Jhon Fredy Muñoz", "Carlos Andrés Tovar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Carlos Camargo", "Ricardo Arley Monroy", "Reinel Arévalo", "Alfonso Prada", "Gustavo Petro",
                      "Henry Sanabria", "Arnulfo Gasca"],
        distractors=["'retained'/'humanitarian siege' vs 'kidnapping' wording; release verbs 'release', 'regained their freedom'",
                     "more than 30 hours (duration); 12,5 % (percentage); $ 4.752 (page noise); 12 Comments",
                     "Monroy (police officer) and Arévalo (farmer) were killed"],
    ),
    dict(
        file="005_trinidad_1990_hostages_30_years.txt", published="2020-07-26",
        outlet="Trinidad regional paper, 30th-anniversary feature (related links, comments, more-from list)",
        event="Jamaat al Muslimeen coup attempt ends; hostages at the Red House and TTT freed, Trinidad, 1990-08-01",
        counts=[
            C("released", 46, "In all, 46 hostages were freed that afternoon"),
            C("released", 9, "Nine hostages, most of them women working at TTT, were allowed to leave on July 28",
              note="inferred: batch released earlier in the same siege (optional)"),
            C("other", 114, "114 members of the Jamaat al Muslimeen, led by Yasin Abu Bakr, stormed", note="attackers"),
            C("other", 24, "By official count, 24 people died", note="casualties"),
            C("released", 114, "The 114 insurgents were arrested and charged with treason. They did not stay in prison. In 1992, the Court of Appeal upheld the amnesty, and the Jamaat members were freed",
              note="earlier event (other event: insurgents freed in 1992)"),
            C("other", 148, "15 new cases, total now 148", note="page noise"),
            C("other", 7, "Tridents beat Warriors by 7 wickets", note="page noise"),
        ],
        released_names=["A.N.R. Robinson", "Selby Wilson", "Joseph Toney", "Gloria Henry", "Jennifer Johnson",
                        "Emmanuel Hosein", "Jones P. Madeira", "Raoul Pantin", "Kerwyn Marcano"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Lennox Phillip", "Yasin Abu Bakr", "Bilaal Abdullah"],
        other_people=["Kiran Mahabir", "Leo Des Vignes", "Occah Seapaul", "Anthony Pantin", "Winston Dookeran",
                      "David Simmons", "Mavis Des Vignes"],
        distractors=["Robinson was released on July 31, the day before the surrender; counted with the main event (judgement call)",
                     "Bilaal Abdullah and Abu Bakr are among the 114 insurgents freed in 1992 (Bilaal implied by 'the Jamaat members were freed')",
                     "Leo Des Vignes was shot and died (not freed); Occah Seapaul was not in the chamber",
                     "Anthony Pantin (archbishop, negotiator) shares a surname with hostage Raoul Pantin",
                     "6.20 p.m.; 24-year-old; now 78; 2010 to 2014; 31 comments; 50mm; 2kg"],
    ),
    dict(
        file="006_albrecht_kidnap_1971_brief.txt", published="1971-12-17", outlet="AP archive brief",
        event="Aldi co-owner Theo Albrecht released after ransom, West Germany, 1971-12-17",
        counts=[
            C("other", 7000000, "a ransom of seven million marks", note="money"),
            C("other", 2, "taken two men into custody", note="arrests (suspects held)"),
        ],
        released_names=["Theo Albrecht"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Franz Hengsbach", "Karl Albrecht", "Paul Kron", "Heinz-Joachim Ollenburg"],
        distractors=["single-person release: no release count", "17 days; 49, 45, 46 (ages); 3 a.m.; $2.1 million",
                     "Karl Albrecht is the brother (same surname)", "two sons (family)",
                     "Kron and Ollenburg were taken INTO custody"],
    ),
    dict(
        file="007_north_korea_gomes_carter.txt", published="2010-08-27",
        outlet="US broadcaster web page (cookie banner, video player, related links, comments)",
        event="North Korea pardons and releases Aijalon Gomes, who flies home with Jimmy Carter, 2010-08-27",
        counts=[
            C("other", 700000, "about $700,000", qualifier="about", note="fine (money)"),
            C("other", 46, "46 sailors died", note="casualties, Cheonan"),
            C("other", 28500, "About 28,500 U.S. troops", qualifier="about", note="troops"),
            C("remaining_held", 500, "about 500 of its citizens abducted by the North since the end of the Korean War are still being held there",
              qualifier="about", note="other abductions; claim by Seoul; inferred (optional)"),
        ],
        released_names=["Aijalon Gomes"],
        alias_groups={"Aijalon Gomes": ["Aijalon Mahli Gomes"]},
        not_released_names=[],
        other_event_released_names=["Laura Ling", "Euna Lee", "Robert Park"],
        other_people=["Elise Hartman", "Jimmy Carter", "Jacqueline McCarthy", "Kim Jong Il", "Kim Yong Nam",
                      "Deanna Congileo", "P.J. Crowley", "Bill Clinton"],
        distractors=["single-person release", "eight years of hard labor; 12 years; 70 million won; 31 (age); seven months",
                     "01:48 video residue; Comments (319); '3 weeks after drills'; 2005 (page noise)"],
    ),
    dict(
        file="008_lufthansa_615_zagreb_de.txt", published="1972-10-30",
        outlet="German daily, machine-translated (3.000; 66,5; 17.45; 3,19 DM)",
        event="Lufthansa LH 615 hijack: three Munich attackers freed and flown via Zagreb to Tripoli; 20 hostages released, 1972-10-29",
        counts=[
            C("released", 20, "All 20 people on board – 13 passengers and seven crew members – were released"),
            C("other", 13, "13 passengers", note="subset of the 20"),
            C("other", 7, "seven crew members", note="subset of the 20"),
            C("exchanged", 3, "had the three surviving perpetrators of the Munich Olympic attack released"),
            C("transferred_to", 3, "The three Palestinians – Adnan al-Gashey, Jamal al-Gashey and Mohammed Safadi – were brought on Sunday morning from their prisons to Munich-Riem airport and flown in a Lufthansa special aircraft to Zagreb",
              where="Zagreb"),
            C("transferred_to", 3, "The plane then flew on to Tripoli, where the three were received", where="Tripoli"),
            C("other", 8, "eight terrorists had attacked the Israeli team", note="attackers, September 1972"),
            C("other", 11, "eleven Israeli athletes and a German police officer were killed", note="casualties"),
            C("other", 5, "five of the attackers died", note="casualties"),
            C("released", 172, "for the release of a Jumbo jet and its 172 passengers and crew",
              note="earlier event (February hijack to Aden)"),
            C("other", 5000000, "a ransom of five million dollars", note="money, earlier event"),
        ],
        released_names=["Adnan al-Gashey", "Jamal al-Gashey", "Mohammed Safadi", "Walter Claussen"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Willy Brandt", "Conrad Ahlers", "Walter Scheel", "Hans-Dietrich Genscher", "Bruno Merk",
                      "Golda Meir", "Herbert Culmann", "Rainer Barzel"],
        distractors=["two hijackers (not prisoners)", "16 million DM; 66,5 percent; 3.000 metres; 17.45; 9 °C; 3,19 DM",
                     "'the second of a German aircraft this year' (ordinal)", "5 to 6 September (dates)"],
    ),
    dict(
        file="009_dniester_prisoner_exchange_1992_ru.txt", published=None,
        outlet="Russian newspaper archive, translated (1 204 views; 1 000; 100 000)",
        event="First Moldova–Dniester prisoner exchange after the 21 July 1992 agreement, Dubossary bridge, summer 1992",
        counts=[
            C("exchanged", 46, "The Moldovan side handed over 46 people"),
            C("exchanged", 39, "the Dniester side released 39"),
            C("other", 31, "31 Dniester guardsmen and Cossacks captured in Bendery in June", note="subset of the 46"),
            C("other", 15, "15 civilians", note="subset of the 46"),
            C("remaining_held", 20, 'Chisinau still holds "not less than 20" residents of the left bank', qualifier="at_least",
              note="claim by Smirnov (denied)"),
            C("remaining_held", 30, "Tiraspol is holding at least 30 Moldovan policemen and volunteers", qualifier="at_least",
              note="claim by Moldovan officials"),
            C("other", 17, "The bodies of 17 dead were also handed over", note="bodies"),
            C("other", 12, "at least 12 more people from both sides remains unknown", qualifier="at_least", note="missing"),
            C("other", 1000, "more than 1 000 people were killed", qualifier="more_than", note="casualties"),
            C("other", 100000, "up to 100 000 left their homes", qualifier="about", note="displaced ('up to')"),
            C("other", 40, "rose by 40 percent", note="page noise"),
        ],
        released_names=["Vasile Ceban"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andrei Bulgaru", "Vladimir Ryleakov", "Mircea Snegur", "Igor Smirnov", "Alexander Lebed"],
        distractors=["groups of five; 11.00; almost three hours; No. 184; Views: 1 204; Comments: 6",
                     "next exchange planned; 'all remaining' by end of August (planned, no figure)",
                     "1 US dollar = 230 (page noise)"],
    ),
    dict(
        file="010_ukraine_rebels_swap_feb2015.txt", published="2015-02-21", outlet="Reuters wire (photo credit)",
        event="Ukraine–separatist exchange near Zholobok: 139 Ukrainian servicemen for 52 rebels, 2015-02-21",
        counts=[
            C("exchanged", 139, "139 Ukrainian servicemen climbed out of buses and walked across to the government side"),
            C("exchanged", 52, "Ukraine handed over 52 separatist fighters"),
            C("released", 200, "exchanged nearly 200 prisoners", qualifier="about",
              note="inferred: rounded total of 139 + 52 (optional)"),
            C("remaining_held", 500, "more than 500 servicemen and civilians it believes are held by the separatists",
              qualifier="more_than", note="Kiev's figure"),
            C("remaining_held", 400, "Ukraine still holds more than 400 of their supporters", qualifier="more_than",
              note="claim by rebels, disputed"),
            C("other", 179, "179 Ukrainian soldiers were killed", note="casualties"),
            C("other", 5600, "more than 5,600 people have been killed", qualifier="more_than", note="casualties"),
            C("exchanged", 146, "146 Ukrainians were exchanged for 222 rebel prisoners", note="earlier event (December 2014)"),
            C("exchanged", 222, "exchanged for 222 rebel prisoners", note="earlier event (December 2014)"),
        ],
        released_names=["Ivan Kovalchuk", "Yevhen Mazurenko"],
        alias_groups={},
        not_released_names=["Nadiya Savchenko"],
        other_event_released_names=[],
        other_people=["Olena Hrytsenko", "Dmytro Pavlenko", "Anton Sobol", "Iryna Herashchenko", "Petro Poroshenko",
                      "Vladislav Deinego", "Marko Jovanic", "Peter Arkwright", "Helen Rowe"],
        distractors=["'Oleksandr' (first name only)", "128th Mountain Infantry Brigade (ordinal)",
                     "Feb. 12 (Minsk); two Russian journalists", "Savchenko 'was not part of the swap' (held in Moscow)"],
    ),
    dict(
        file="011_estonia_russia_spy_swap_brief.txt", published=None, outlet="Reuters wire brief",
        event="Estonia–Russia exchange of Raivo Susi for Artyom Zinchenko at Koidula/Piusa, 2019",
        counts=[
            C("exchanged", 2, "exchanged two men convicted of espionage",
              note="inferred: both sides of a one-for-one swap (optional)"),
        ],
        released_names=["Raivo Susi", "Artyom Zinchenko"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Eston Kohver", "Alexei Dressen"],
        other_people=["Vladimir Putin", "Kersti Kaljulaid", "Harrys Puusepp", "Anneli Kask", "Tomas Rand"],
        distractors=["12 years; 57 (age); 2016, 2017 (years)", "'the second such exchange ... in four years' (ordinal)",
                     "Kohver and Dressen: swapped in 2015 (earlier event)"],
    ),
    dict(
        file="012_ukraine_russia_exchange_dec2024_statement.txt", published="2024-12-30",
        outlet="Ukrainian government statement, translated, with editor's note (3 956; 42,03)",
        event="Ukraine–Russia exchange mediated by the UAE: 189 Ukrainians returned, 150 Russian servicemen, 2024-12-30",
        counts=[
            C("released", 189, "189 Ukrainians returned home from Russian captivity"),
            C("other", 187, "187 defenders", note="subset of the 189"),
            C("other", 150, "soldiers of the Armed Forces of Ukraine – 150", note="subset of the 189"),
            C("other", 24, "servicemen of the National Guard of Ukraine – 24", note="subset of the 189"),
            C("other", 11, "border guards of the State Border Guard Service – 11", note="subset of the 189"),
            C("other", 2, "employees of the National Police – 2", note="subset of the 189"),
            C("other", 2, "civilians – 2", note="subset of the 189"),
            C("exchanged", 150, "150 Russian servicemen had been returned from territory controlled by Kyiv"),
            C("transferred_to", 150, "150 Russian servicemen had been returned from territory controlled by Kyiv and would be flown to Moscow",
              where="Moscow", note="planned; flight home (optional)"),
            C("exchanged", 2, "two Russian civilians from the Kursk region were also returned",
              note="other side, in addition to the 150"),
            C("released", 3956, "3 956 Ukrainians have been returned from Russian captivity", note="cumulative since 2022"),
            C("exchanged", 103, "Ukraine and Russia exchanged 103 prisoners each", note="earlier event (14 September)"),
            C("other", 43, "downed 21 of 43 drones", note="page noise"),
            C("other", 4, "4 injured in guided bomb attack", note="page noise"),
        ],
        released_names=["Andrii Tkachenko", "Mykola Zhuk"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kyrylo Budanov", "Dmytro Lubinets", "Volodymyr Zelensky", "Tatyana Moskalkova"],
        distractors=["the 60th exchange (ordinal)", "22 and 61 (ages); 968 days; since 2022",
                     "Zelensky's '189 of them' repeats the main count", "14:05; 30.12.2024; 42,03 (page noise)"],
    ),
    dict(
        file="013_culiacan_ovidio_guzman_released.txt", published="2019-10-18",
        outlet="UK broadcaster web page (cookie banner, media caption, related topics, top stories)",
        event="Culiacan: security forces release Ovidio Guzman Lopez; soldiers seized by cartel gunmen freed, 2019-10-17",
        counts=[
            C("released", 9, "The nine soldiers were freed unharmed", note="other side of the de facto swap"),
            C("other", 8, "At least eight people were killed", qualifier="at_least", note="casualties"),
            C("other", 16, "16 were injured", note="injured"),
            C("other", 49, "49 inmates escaped from the Aguaruto prison", note="escape, not a release"),
            C("other", 4, "four had been recaptured", note="escapees recaptured"),
            C("other", 30, "about 30 members of the security forces had taken part", qualifier="about", note="troops"),
            C("other", 3, "3 killed in supermarket fire", note="page noise"),
            C("other", 120, "withdraw in 120 hours", note="page noise"),
        ],
        released_names=["Ovidio Guzmán López"],
        alias_groups={"Ovidio Guzmán López": ["Ovidio Guzmán"], "Joaquín Guzmán": ["El Chapo"]},
        not_released_names=["Joaquín Guzmán"],
        other_event_released_names=[],
        other_people=["Andrés Manuel López Obrador", "Alfonso Durazo", "Mariana Ibarra", "Quirino Ordaz Coppel",
                      "Luis Cresencio Sandoval"],
        distractors=["El Chapo is the releasee's father, serving a life sentence (relative still held)",
                     "'Los Chapitos' (group nickname)", "28 (age); 2017, July (dates)",
                     "'dozens of heavily armed members' (vague)"],
    ),
    dict(
        file="014_nicaragua_bishops_to_rome_fr.txt", published="2024-01-15",
        outlet="French daily, machine-translated (3 500; 211,4 %)",
        event="Nicaragua frees Bishop Rolando Alvarez and 18 other clergy and sends them to Rome, 2024-01-14",
        counts=[
            C("released", 19, "released on Sunday 14 January 19 clergymen"),
            C("other", 18, "with 18 other clergymen", note="'Alvarez and 18 others'; the total is 19"),
            C("other", 2, "two bishops", note="subset of the 19"),
            C("other", 15, "fifteen priests", note="subset of the 19"),
            C("other", 2, "two seminarians", note="subset of the 19"),
            C("transferred_to", 19, "The 19 clergymen have been transferred to Rome", where="Rome"),
            C("released", 222, "the regime had already released 222 political prisoners and expelled them to the United States",
              note="earlier event (February 2023)"),
            C("transferred_to", 222, "released 222 political prisoners and expelled them to the United States",
              where="United States", note="earlier event (February 2023)"),
            C("released", 12, "twelve other priests had been released and sent to Rome", note="earlier event (October 2023)"),
            C("remaining_held", 91, "91 people remained imprisoned for political reasons at the end of December, before Sunday's releases",
              note="NGO figure before this release (as of end of December)"),
            C("other", 3500, "more than 3 500 NGOs", qualifier="more_than", note="organisations closed"),
            C("other", 300, "more than 300 dead", qualifier="more_than", note="casualties 2018"),
            C("other", 178, "178 prison guards and employees freed after a week of mutinies", note="page noise"),
        ],
        released_names=["Rolando Álvarez", "Isidoro Mora", "Carlos Avilés", "Héctor Treminio", "Pablo Villafranca"],
        alias_groups={},
        not_released_names=["Fernando Calero"],
        other_event_released_names=[],
        other_people=["Daniel Ortega", "Clémence Vautrin", "Luc Perrier", "Matteo Bruni", "Martha Patricia Molina",
                      "Rosario Murillo", "Pope Francis"],
        distractors=["26 years and 4 months; 57 years old; 20 December; 1 January", "Mother Teresa (name in an organisation)",
                     "Bernardo Arévalo and the Ecuador guards in 'Read also' (page noise)",
                     "Álvarez refused to board in February 2023 (he was not freed then)"],
    ),
    dict(
        file="015_argentina_devotazo_1973_analysis.txt", published="2023-05-25",
        outlet="Buenos Aires English-language weekly, analysis piece (also-read bar, newsletter)",
        event="Argentina: Campora's pardon and amnesty free political prisoners from Villa Devoto ('Devotazo'), 1973-05-25/26",
        counts=[
            C("released", 371, "371 prisoners walked out of Villa Devoto"),
            C("released", 500, "A total usually put at about 500 political prisoners left prison across the country",
              qualifier="about", note="inferred: nationwide estimate for the same amnesty (optional)"),
            C("other", 2, "Two people were killed when police fired", note="casualties"),
            C("other", 19, "had taken 19 recaptured prisoners from their cells", note="Trelew 1972"),
            C("other", 16, "16 were killed", note="casualties, Trelew 1972"),
            C("other", 6, "Six leaders of the guerrilla organisations got away", note="escape, not a release (1972)"),
            C("other", 5000, "some 5,000 people were held under executive detention orders", qualifier="about",
              note="detainees in 1976 (later period)"),
            C("other", 30000, "30,000 people disappeared", note="disappeared"),
            C("other", 1100, "more than 1,100 people have been convicted", qualifier="more_than", note="convictions"),
            C("other", 487, "Blue dollar closes at ARS 487", note="page noise"),
        ],
        released_names=["María Antonia Berger", "Alberto Miguel Camps", "Ricardo René Haidar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Jorge Rafael Videla", "Mario Firmenich"],
        other_people=["Martín Echeverría", "Héctor Cámpora", "Mario Roberto Santucho", "Marcos Osatinsky",
                      "Salvador Allende", "Alejandro Lanusse", "Pedro Eugenio Aramburu", "Esteban Righi", "Juan Perón",
                      "Carlos Menem"],
        distractors=["'hundreds of political prisoners' (vague)", "Law 20,508; since 1955; 1970; 108.8%; Boca 2-0",
                     "the three Trelew survivors were later killed/disappeared, but they are releasees of the main event",
                     "Santucho and Osatinsky escaped (not released)", "Videla and Firmenich: Menem pardons 1989/1990 (other event)",
                     "'those over 70' (age)"],
    ),
    dict(
        file="016_kim_dae_jung_freed_1982_archive.txt", published="1982-12-23",
        outlet="US newspaper digital archive page (OCR notice, caption, also-on-this-page)",
        event="South Korea frees Kim Dae Jung, who leaves for the US; 47 other political prisoners freed, 1982-12-23",
        counts=[
            C("released", 47, "had also freed 47 other people convicted of political offenses"),
            C("released", 1208, "1,208 ordinary prisoners would be paroled on Friday", note="planned (Christmas clemency)"),
            C("remaining_held", 300, "about 300 people were still serving sentences for political offenses",
              qualifier="about", note="church groups' estimate"),
            C("other", 200, "about 200 people were killed", qualifier="about", note="casualties, Kwangju 1980"),
            C("other", 4, "4 dead in Ohio ice storm", note="page noise"),
        ],
        released_names=["Kim Dae Jung"],
        alias_groups={"Kim Dae Jung": ["Kim Dae-jung"]},
        not_released_names=["Moon Boo Shik", "Kim Hyun Jang"],
        other_event_released_names=["Kim Chi Ha"],
        other_people=["Henry Lockwood", "Chun Doo Hwan", "Lee Hee Ho", "Kim Hong Up", "Kim Hong Gul", "John Hughes",
                      "Richard L. Walker", "Park Chung Hee"],
        distractors=["20 years; 57 (age); 1971; 46 percent; 'more than two years'",
                     "wife and two sons travel with him (family, not prisoners)",
                     "Page A8, Col. 3; 5-cent; 1,045.08 (page noise)", "one student died in the fire"],
    ),
    dict(
        file="017_ratushinskaya_freed_1986_brief.txt", published="1986-10-10", outlet="Reuter wire brief (archive)",
        event="USSR releases poet Irina Ratushinskaya from a labour camp before the Reykjavik summit, 1986-10-09",
        counts=[
            C("remaining_held", 600, "more than 600 Soviet prisoners of conscience remain in jails", qualifier="more_than",
              note="Amnesty International estimate"),
        ],
        released_names=["Irina Ratushinskaya"],
        alias_groups={},
        not_released_names=["Anatoly Marchenko"],
        other_event_released_names=["Yuri Orlov"],
        other_people=["Igor Gerashchenko", "Mikhail Gorbachev", "Ronald Reagan", "Larisa Bogoraz"],
        distractors=["32 (age); seven-year sentence; five years of internal exile; 1983; two days",
                     "Orlov freed 'last week' (other event)", "Larisa Bogoraz is Marchenko's wife"],
    ),
    dict(
        file="018_internment_ends_1975_feature.txt", published="2015-12-05",
        outlet="Northern Ireland paper, 40th-anniversary weekend feature (related links)",
        event="Last 46 internees released from Long Kesh/the Maze, end of internment, Northern Ireland, 1975-12-05",
        counts=[
            C("released", 46, "the last 46 internees who walked out of the Maze prison"),
            C("released", 80, "in November alone, 80 men had been freed", note="earlier event (November 1975 batches)"),
            C("other", 342, "soldiers arrested 342 men", note="arrests, August 1971"),
            C("other", 11, "11 civilians were shot dead", note="casualties, Ballymurphy"),
            C("other", 14, "Fourteen of those arrested", note="the 'hooded men'"),
            C("other", 1981, "a total of 1,981 people were interned", note="cumulative internments, not releases"),
            C("other", 107, "All but 107 of them were from the nationalist community", note="loyalist internees (subset)"),
            C("remaining_held", 1100, "About 1,100 sentenced prisoners remained at the Maze", qualifier="about",
              note="inferred: convicted prisoners (not internees) still in the prison (optional)"),
        ],
        released_names=["Brendan Mulholland", "Terry Kinsella"],
        alias_groups={"Terry Kinsella": ["Terence Kinsella"]},
        not_released_names=["Gerard Mulholland"],
        other_event_released_names=["Gerry Adams"],
        other_people=["Declan Carty", "Merlyn Rees", "Brian Faulkner", "Aoife Rafferty", "Kathleen Mulholland"],
        distractors=["Gerard Mulholland: the releasee's brother, still a sentenced prisoner (relative held)",
                     "Kathleen Mulholland is their sister", "Father McGrath (surname only)",
                     "ages 26, 71, 68; four years and four months; half an hour; three of us; 5 key points",
                     "Adams released June 1972 for talks (other event); in 1975 a sentenced prisoner"],
    ),
    dict(
        file="019_china_kevin_garratt_deported.txt", published="2016-09-15",
        outlet="Canadian broadcaster web page (cookie notice, photo credit, related stories, comments)",
        event="China convicts and deports Canadian Kevin Garratt after two years' detention, 2016-09-15",
        counts=[
            C("other", 3, "3 dead, 7 hurt after crash", note="page noise"),
            C("other", 600, "Canada to send 600 troops", note="page noise"),
        ],
        released_names=["Kevin Garratt"],
        alias_groups={},
        not_released_names=["John Chang"],
        other_event_released_names=[],
        other_people=["Paula Nakamura", "Julia Garratt", "Lu Kang", "Simeon Garratt", "Li Keqiang", "Justin Trudeau",
                      "Xi Jinping", "Stéphane Dion", "Su Bin", "Amy Chang"],
        distractors=["Julia Garratt was released on bail (not a release) and is his wife",
                     "Su Bin: arrested in Canada and extradited (into custody)", "Amy Chang is John Chang's daughter",
                     "56 (age); more than two years; nearly 30 years; 4 minutes; Comments (412)"],
    ),
    dict(
        file="020_titiev_paroled_ngo_release.txt", published="2019-06-21", outlet="NGO press release (contact block)",
        event="Memorial's Grozny head Oyub Titiev released on parole, Chechnya, 2019-06-21",
        counts=[
            C("remaining_held", 300, "there are currently more than 300 political prisoners in the country",
              qualifier="more_than", note="Memorial list"),
        ],
        released_names=["Oyub Titiev"],
        alias_groups={"Oyub Titiev": ["Oyub Titiyev"]},
        not_released_names=["Yuri Dmitriev", "Dennis Christensen"],
        other_event_released_names=["Ruslan Kutaev"],
        other_people=["Katja Morrison", "Ilya Sidorov", "Alexander Cherkasov", "Natalia Estemirova", "Ramzan Kadyrov"],
        distractors=["17 months; 61 (age); about 200 grams; four years; ten-day deadline; six years; 14 organisations",
                     "Estemirova was murdered in 2009", "numbered demands 1-3; phone number"],
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
        err(f"file list mismatch: {files}")
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                err(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not int {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                err(f"{g['file']}: where must be set exactly on transferred_to: {c}")
            if c["where"] and c["where"].casefold() not in low:
                err(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                err(f"{g['file']}: alias key {k!r} not in any list")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
