#!/usr/bin/env python3
"""Gold for devset_m (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, that every name and alias occurs in it
(case-insensitive, for all-caps bylines), that no name is in two lists, and that kinds,
qualifiers and `where` are valid."""
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
        file="001_cross_flq_1970.txt", published="1970-12-04", outlet="Canadian Press wire (archive page)",
        event="FLQ frees British diplomat James Cross; kidnappers flown to Cuba, Montreal, 1970-12-03",
        counts=[
            C("other", 7, "The Yukon carried seven people to Cuba",
              note="kidnappers and relatives given safe conduct; not releasees"),
            C("other", 5, "the five members of the FLQ's Liberation cell", note="the kidnappers"),
            C("other", 23, "the release of 23 FLQ members", note="demand, refused"),
            C("other", 497, "Police detained 497 people", note="arrests under the War Measures Act"),
            C("remaining_held", 62, "all but 62 had since been released",
              note="War Measures Act detainees still in custody; related crackdown, not the Cross release (judgement call)"),
            C("other", 3, "Three men wanted in the Laporte killing", note="suspects at large"),
        ],
        released_names=["James Richard Cross"],
        alias_groups={"Yves Langlois": ["Pierre Séguin"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gérard Lavallée", "Bernard Mergler", "Ricardo Escartín", "Jacques Lanctôt", "Marc Carbonneau",
                      "Jacques Cossette-Trudel", "Louise Lanctôt", "Yves Langlois", "Pierre Trudeau", "Robert Bourassa",
                      "Mitchell Sharp", "Pierre Laporte", "Jérôme Choquette", "Paul Rose", "Jacques Rose",
                      "Francis Simard", "Claude Ouimet"],
        distractors=["kidnappers flown to Cuba are not released prisoners", "his wife, Barbara (first name only)",
                     "59 days; 49-year-old; 1968 Chevrolet; $500,000", "archive links: 19:26, 6-5, 71 seats, 59.56 per cent"],
    ),
    dict(
        file="002_lorenz_kidnapping_1975_de.txt", published="2025-02-27", outlet="Berlin daily, anniversary piece, machine-translated from German",
        event="West Germany frees five prisoners to Aden in exchange for kidnapped CDU politician Peter Lorenz, 1975-03-03/05",
        counts=[
            C("exchanged", 5, "five prisoners were flown from Frankfurt am Main to Aden"),
            C("transferred_to", 5, "five prisoners were flown from Frankfurt am Main to Aden", where="Aden"),
            C("other", 6, "the release of six prisoners", note="demand; one (Mahler) refused to go"),
            C("other", 1500, "More than 1.500 police officers", qualifier="more_than", note="search"),
            C("other", 120000000, "120 million viewers", note="TV audience"),
            C("other", 26, "demanded 26 prisoners", note="later event (Stockholm 1975), demand refused"),
        ],
        released_names=["Peter Lorenz", "Verena Becker", "Gabriele Kröcher-Tiedemann", "Ingrid Siepmann",
                        "Rolf Heißler", "Rolf Pohle"],
        alias_groups={},
        not_released_names=["Horst Mahler"],
        other_event_released_names=[],
        other_people=["Karin Westphal", "Helmut Schmidt", "Klaus Schütz", "Heinrich Albertz", "Hanns Martin Schleyer",
                      "Till Meyer", "Ralf Reinders", "Fritz Teufel"],
        distractors=["Mahler refused the exchange and remained in prison", "Becker/Heißler rearrested later; Pohle extradited 1976",
                     "20.000 Mark; 14-year sentence; 50 Pfennig; 43,9 percent; six days; age 64",
                     "page noise: 38 comments, 28,2 percent"],
    ),
    dict(
        file="003_nicaragua_palace_1978.txt", published="1978-08-24", outlet="AP wire",
        event="Sandinistas end National Palace siege; Somoza frees 59 prisoners flown to Panama, 1978-08-24",
        counts=[
            C("released", 59, "59 political prisoners released by President Anastasio Somoza"),
            C("transferred_to", 59, "flew to Panama on Thursday with 59 political prisoners", where="Panama"),
            C("released", 1500, "they had held about 1,500 people hostage", qualifier="about",
              note="inferred: all hostages freed, number stated as held; optional"),
            C("other", 25, "the 25 guerrillas"),
            C("other", 5, "five mediators who rode with them", note="guarantors, not hostages"),
            C("other", 6, "six people were killed"),
            C("other", 83, "demanded the release of 83 prisoners", note="demand"),
            C("released", 14, "won the release of 14 prisoners", note="earlier event (December 1974)"),
        ],
        released_names=["Tomás Borge", "Doris Tijerino", "José Antonio Mora", "Luis Pallais Debayle"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Daniel Ortega"],
        other_people=["Mario Rosales", "Anastasio Somoza", "Miguel Obando y Bravo", "Omar Torrijos", "Edén Pastora"],
        distractors=["Commander Zero = Edén Pastora (guerrilla leader)", "$10 million demanded; $500,000 ransom",
                     "Borge, 48; held since 1976", "dozens of members of Congress (vague)"],
    ),
    dict(
        file="004_dissidents_spies_swap_1979.txt", published="1979-04-28", outlet="UPI wire (archive)",
        event="Five Soviet dissidents exchanged for two convicted Soviet spies at JFK, 1979-04-27",
        counts=[
            C("exchanged", 5, "Five prominent Soviet dissidents stepped off an Aeroflot jet at Kennedy International Airport Friday night and into freedom"),
            C("exchanged", 2, "exchanged for two Soviet citizens convicted"),
            C("transferred_to", 5, "Five prominent Soviet dissidents stepped off an Aeroflot jet at Kennedy International Airport",
              where="New York", note="inferred: expelled to the US (destination in dateline); optional"),
            C("transferred_to", 2, "The two Russians were driven across the tarmac and boarded the same Aeroflot plane for the flight back to Moscow",
              where="Moscow", note="inferred: flown home; optional"),
            C("released", 5, "Soviet authorities freed five other members of the group", note="earlier event (earlier in April)"),
            C("remaining_held", 3, "three others remain in labor camps", note="other Leningrad-case defendants"),
        ],
        released_names=["Alexander Ginzburg", "Eduard Kuznetsov", "Mark Dymshits", "Valentin Moroz", "Georgi Vins",
                        "Rudolf Chernyayev", "Valdik Enger"],
        alias_groups={},
        not_released_names=["Yosef Mendelevich", "Anatoly Shcharansky", "Yuri Orlov", "Peter Vins"],
        other_event_released_names=["Silva Zalmanson", "Hillel Butman", "Wolf Zalmanson"],
        other_people=["Donald H. Merrill", "Hodding Carter", "Anatoly Dobrynin", "Robert C. Byrd", "Jack Kemp"],
        distractors=["President Carter (surname only, shares it with Hodding Carter)", "Ginzburg's wife, Arina (first name only)",
                     "Peter Vins is Georgi Vins's son and is still in a labor camp",
                     "ages 42/39/52/43/50/31; 50 years each; 13 years; seven years; 13 of the last 14 years; 9:24 p.m."],
    ),
    dict(
        file="005_dominican_embassy_1980_es.txt", published="2025-02-27", outlet="Colombian daily, anniversary timeline, translated from Spanish",
        event="M-19 Dominican embassy siege ends; last 12 hostages flown to Havana and freed, 1980-04-27",
        counts=[
            C("released", 12, "where all 12 were released"),
            C("transferred_to", 12, "flew the guerrillas and their 12 hostages to Havana", where="Havana"),
            C("remaining_held", 12, "By mid-April only 12 hostages remained in the residence",
              note="as of mid-April, before the final release"),
            C("released", 5, "Five more hostages, most of them employees of the residence, were released",
              note="earlier event (2 March, same siege)"),
            C("released", 30, "the M-19 freed another 30 hostages", note="earlier event (March-April, same siege)"),
            C("other", 311, "the release of 311 political prisoners", note="demand"),
            C("remaining_held", 311, "the 311 remained in the Picota and La Modelo prisons",
              note="prisoners whose release was demanded; not freed (judgement call)"),
            C("other", 16, "the 16 guerrillas"),
            C("other", 14, "the ambassadors of 14 countries"),
            C("other", 60, "some 60 more guests", qualifier="about"),
            C("other", 98, "That siege ended with 98 dead and 11 disappeared", note="other event (1985)"),
        ],
        released_names=["Diego Asencio", "Ricardo Galán", "Diógenes Mallol", "Angelo Acerbi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Emilia Castro de Barish"],
        other_people=["Rosemberg Pabón Pabón", "Julio César Turbay Ayala", "Carmenza Cardona Londoño", "Fidel Castro",
                      "Jaime Bateman Cayón"],
        distractors=["'more than a dozen ambassadors' (vague)", "'comandante Uno', 'la Chiqui' (noms de guerre)",
                     "50 millones / 2,5 millones de dólares; 61 days; 1:50 p.m.",
                     "page noise: 40 años, 62 %, 4.118,50"],
    ),
    dict(
        file="006_soviet_pardons_1987_analysis.txt", published="1987-03-01", outlet="Western magazine analysis piece",
        event="USSR pardons and releases 140 political prisoners, February 1987 (mentioned within a broader analysis)",
        counts=[
            C("released", 140, "140 people convicted under the articles on \"anti-Soviet agitation and propaganda\" and \"slander of the Soviet state\" had been pardoned and released"),
            C("released", 170, "counts about 170 political and religious prisoners freed since the beginning of the year",
              qualifier="about", note="cumulative since January"),
            C("remaining_held", 400, "at least 400 prisoners of conscience remain", qualifier="at_least"),
            C("other", 30, "signed by about 30 people", qualifier="about"),
            C("other", 914, "Only 914 Jews were allowed to leave in 1986", note="emigration"),
            C("other", 51000, "more than 51,000", qualifier="more_than", note="1979 emigration peak"),
            C("other", 135000, "135,000 evacuated", note="page noise"),
        ],
        released_names=["Iosif Begun", "Anatoly Koryagin", "Sergei Grigoryants"],
        alias_groups={},
        not_released_names=["Mykola Horbal", "Alfonsas Svarinskas"],
        other_event_released_names=["Andrei Sakharov", "Yelena Bonner", "Yuri Orlov"],
        other_people=["Margaret Ellison", "Mikhail Gorbachev", "Gennadi Gerasimov", "Anatoly Marchenko", "Larisa Bogoraz",
                      "Eduard Shevardnadze"],
        distractors=["'the cases of a similar number were under review' (no figure)", "Marchenko died in prison",
                     "President Reagan (surname only)", "Daniloff/Zakharov in related headline (page noise)",
                     "2 percent; 110 million; 280 million; seven-year sentence; third term"],
    ),
    dict(
        file="007_havel_parole_1989.txt", published="1989-05-17", outlet="Reuters brief",
        event="Czechoslovakia paroles Vaclav Havel, 1989-05-17",
        counts=[
            C("remaining_held", 12, "at least a dozen political prisoners remain", qualifier="at_least"),
            C("other", 3000, "a petition signed by more than 3,000", qualifier="more_than", note="petition signatories"),
        ],
        released_names=["Vaclav Havel"],
        alias_groups={},
        not_released_names=["Ivan Jirous"],
        other_event_released_names=[],
        other_people=["Jan Palach", "Alexandr Vondra", "Petr Dvorak", "Stephen Hale"],
        distractors=["his wife Olga (first name only)", "half of his eight-month sentence; 52; 10 a.m.; nearly five years"],
    ),
    dict(
        file="008_budyonnovsk_1995_ru.txt", published="1995-06-21", outlet="Russian daily, machine-translated",
        event="Budyonnovsk hospital siege ends; volunteer hostages freed in Zandak, 1995-06-19/20",
        counts=[
            C("released", 123, "released the last 123 hostages"),
            C("released", 1500, "about 1 500 people came out of the hospital alive on Monday", qualifier="about",
              note="hospital hostages freed the day before, same siege (counted as this event)"),
            C("other", 1600, "more than 1 600 people had been held", qualifier="more_than",
              note="total held during the siege; all since freed"),
            C("released", 200, "the fighters let about 200 women and children out", qualifier="about",
              note="earlier event (17 June, during the storm)"),
            C("other", 200, "a group of about 200 armed men", qualifier="about"),
            C("other", 129, "129 people died in Budyonnovsk"),
            C("other", 415, "415 were injured"),
            C("other", 3000, "3 000 refugees are waiting", note="page noise"),
        ],
        released_names=["Sergei Kovalev", "Yuli Rybakov", "Viktor Kurochkin"],
        alias_groups={"Shamil Basayev": ["Basaev"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Vladimir Ryazantsev", "Shamil Basayev", "Viktor Chernomyrdin", "Boris Yeltsin", "Sergei Stepashin",
                      "Viktor Yerin", "Dzhokhar Dudayev"],
        distractors=["six buses; 18.40; 16.00; 18 police employees; 'several hundred residents' (vague)",
                     "page noise: Views 12 430, Comments 48, 12%, 43 parties"],
    ),
    dict(
        file="009_bosnia_un_hostages_1995.txt", published="1995-06-13", outlet="UK broadcaster archive page (cookie banner)",
        event="Bosnian Serbs free 108 UN hostages via Serbia, 1995-06-13",
        counts=[
            C("released", 108, "have released 108 United Nations peacekeepers"),
            C("remaining_held", 26, "are still holding 26 others"),
            C("transferred_to", 108, "The 108, among them British, French, Canadian, Ukrainian and Russian soldiers, crossed into Serbia",
              where="Serbia"),
            C("released", 121, "A first group of 121 hostages was freed on 6 June", note="earlier event (6 June)"),
            C("other", 370, "more than 370 UN personnel seized", qualifier="more_than", note="total seized"),
            C("other", 13, "13 French soldiers", note="subset of the 26 still held"),
            C("other", 1000, "About 1,000 British troops", qualifier="about"),
            C("other", 6, "six people had been killed"),
        ],
        released_names=["Patrick Rechner"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jovica Stanisic", "Slobodan Milosevic", "Radovan Karadzic", "Rupert Smith", "Yasushi Akashi",
                      "John Major", "Ratko Mladic", "Jeremy Haslam"],
        distractors=["'First 121 UN hostages released' related headline (earlier event)", "Chirac in headline (page noise)",
                     "27 wounded; 25 and 26 May; 02:14"],
    ),
    dict(
        file="010_ortega_lara_rescue_1997.txt", published="1997-07-01", outlet="AFP wire",
        event="Spanish police free prison officer José Antonio Ortega Lara held by ETA, 1997-07-01",
        counts=[
            C("other", 4, "arrested four suspected members", note="arrests"),
            C("other", 500, "its more than 500 prisoners be transferred", qualifier="more_than", note="ETA demand"),
            C("other", 750, "ETA has killed more than 750 people", qualifier="more_than"),
        ],
        released_names=["Jose Antonio Ortega Lara"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Cosme Delclaux", "Julio Iglesias Zamora"],
        other_people=["Jaime Mayor Oreja", "Jesus Maria Uribetxeberria Bolinaga", "Xabier Ugarte", "Jose Luis Erostegi",
                      "Jose Miguel Gaztelu", "Jose Maria Aznar"],
        distractors=["the four arrested jailers are taken INTO custody (not releasees)", "wife, Domitila (first name only)",
                     "532 days; 39; 23 kilos; 117 days; 29-year history", "page noise: Tyson/Holyfield, 156 years, $3 million"],
    ),
    dict(
        file="011_maze_last_releases_2000.txt", published="2000-07-29", outlet="Belfast regional daily (ads, read more, comments)",
        event="Final early releases under the Good Friday Agreement: 86 prisoners freed, 2000-07-28",
        counts=[
            C("released", 86, "Eighty-six paramilitary prisoners walked free"),
            C("other", 78, "Seventy-eight of them left the Maze", note="subset of the 86"),
            C("released", 428, "The releases take to 428 the number of prisoners freed early", note="cumulative since 1998"),
            C("remaining_held", 13, "The 13 inmates still in the Maze"),
            C("other", 16, "16 of those freed have had their licences suspended", note="recalled; cumulative"),
            C("other", 1000, "1,000 extra police", note="page noise"),
        ],
        released_names=["Michael Stone", "Sean Kelly", "Torrens Knight"],
        alias_groups={},
        not_released_names=["Kevin Walsh", "Pearse McAuley"],
        other_event_released_names=["Patrick Magee", "Johnny Adair"],
        other_people=["Niall McCafferty", "Thomas Begley", "Alan McBride", "Peter Mandelson", "Jerry McCabe"],
        distractors=["wife Sharon (first name only; killed)", "three people / nine people / eight people killed; six life sentences",
                     "almost 30 years", "page noise: £12m, 2p, 24-hour, 47 comments"],
    ),
    dict(
        file="012_brovina_release_2000_ngo.txt", published="2000-11-01", outlet="writers' NGO press release",
        event="Yugoslav President Kostunica pardons Kosovo poet Flora Brovina, 2000-11-01",
        counts=[
            C("remaining_held", 700, "around 700 Kosovo Albanians remain in prisons in Serbia", qualifier="about"),
            C("other", 2000, "Some 2,000 were transferred from Kosovo to Serbian jails", qualifier="about",
              note="taken into custody in June 1999"),
            C("released", 1200, "more than 1,200 of them have since been released", qualifier="more_than",
              note="cumulative since June 1999"),
            C("other", 143, "143 men from Djakovica", note="subset of those still held"),
            C("other", 900, "more than 900 writers and journalists imprisoned worldwide", qualifier="more_than",
              note="notes to editors"),
        ],
        released_names=["Flora Brovina"],
        alias_groups={},
        not_released_names=["Albin Kurti"],
        other_event_released_names=[],
        other_people=["Vojislav Kostunica", "Helen Osborne", "Ali Brovina", "Natasa Kandic", "Tom Reddish"],
        distractors=["Ali Brovina is her husband", "promised amnesty law (planned)", "51; 12 years; 1,632 years"],
    ),
    dict(
        file="013_cassez_freed_2013.txt", published="2013-01-24", outlet="French broadcaster English site (cookie banner, video)",
        event="Mexico's Supreme Court frees Florence Cassez, who flies to Paris, 2013-01-23/24",
        counts=[
            C("other", 1317, "Mexico recorded 1,317 kidnappings"),
            C("other", 37, "37 foreigners dead", note="page noise"),
        ],
        released_names=["Florence Cassez"],
        alias_groups={},
        not_released_names=["Israel Vallarta"],
        other_event_released_names=[],
        other_people=["Julien Morel", "Laurent Fabius", "Charlotte Cassez", "Genaro García Luna", "Felipe Calderón",
                      "Nicolas Sarkozy", "François Hollande", "Enrique Peña Nieto", "Isabel Miranda de Wallace",
                      "Arturo Zaldívar"],
        distractors=["'Bernard and Charlotte Cassez' are her parents", "voted 3-2; 96 years; 60 years; 38; seven-year battle",
                     "page noise: 12 jihadists killed, 02:37"],
    ),
    dict(
        file="014_khodorkovsky_liveblog_2013.txt", published="2013-12-20", outlet="UK newspaper live blog",
        event="Putin pardons Mikhail Khodorkovsky, who is freed and flown to Berlin, 2013-12-20",
        counts=[
            C("other", 25000, "up to 25,000 people could benefit", note="planned: amnesty beneficiaries (up to)"),
            C("released", 1500, "only about 1,500 are expected to walk out of prison", qualifier="about",
              note="planned: amnesty not yet applied"),
            C("other", 30, "All 30 were released on bail", note="bail, not a release; earlier"),
            C("other", 2, "the two jailed members of Pussy Riot", note="expected to be freed (planned)"),
            C("other", 2, "at least 2 peacekeepers were killed", qualifier="at_least", note="page noise (unrelated entry)"),
        ],
        released_names=["Mikhail Khodorkovsky"],
        alias_groups={"Mikhail Khodorkovsky": ["Chodorkowski"]},
        not_released_names=["Platon Lebedev", "Alexei Pichugin"],
        other_event_released_names=[],
        other_people=["Anna Whitcombe", "Tom Pryor", "Vladimir Putin", "Hans-Dietrich Genscher", "Frank-Walter Steinmeier",
                      "Peter Willcox", "Angela Merkel", "Pavel Khodorkovsky", "Vadim Klyuvgant", "Dmitry Peskov"],
        distractors=["Maria Alyokhina and Nadezhda Tolokonnikova 'could be out within days' (only expected; no list)",
                     "Peter Willcox was released on bail (not a release)", "mother, Marina (first name only)",
                     "Pavel Khodorkovsky is the son", "penal colony No 7; 50; 86; 10 years; 12 November; one-year visa",
                     "Comments (312)"],
    ),
    dict(
        file="015_osce_observers_slovyansk_2014.txt", published="2014-05-03", outlet="German international broadcaster, English site",
        event="Separatists in Sloviansk free seven OSCE-mission military observers and five Ukrainian officers, 2014-05-03",
        counts=[
            C("released", 7, "released seven European military observers"),
            C("released", 5, "released seven European military observers and five Ukrainian army officers", note="freed in the same release"),
            C("transferred_to", 4, "The four German members of the team - three Bundeswehr officers and an interpreter - were flown to Berlin",
              where="Berlin", note="inferred: flown home; optional"),
            C("other", 3, "three Bundeswehr officers", note="subset"),
            C("other", 46, "46 people had been killed", note="Odessa"),
        ],
        released_names=["Axel Schneider"],
        alias_groups={},
        not_released_names=["Irma Krat"],
        other_event_released_names=["Simon Ostrovsky"],
        other_people=["Katrin Albers", "Vladimir Lukin", "Vladimir Putin", "Ursula von der Leyen", "Frank-Walter Steinmeier",
                      "Vyacheslav Ponomaryov"],
        distractors=["unnamed Swedish officer freed April 27 (earlier event)", "'a number of Ukrainian journalists and activists' (vague)",
                     "dozens died; two helicopters; three days", "page noise: 46 dead, 2 soldiers dead"],
    ),
    dict(
        file="016_alzate_release_2014_gov.txt", published="2014-11-30", outlet="Colombian presidency statement, unofficial translation",
        event="FARC free Gen. Rubén Darío Alzate, a corporal and a lawyer in Chocó, 2014-11-30",
        counts=[
            C("released", 3, "The three released persons"),
            C("transferred_to", 3, "The three released persons were transported by helicopter to the city of Quibdó and later to Bogotá",
              where="Bogotá", note="inferred: taken home for medical care; optional"),
            C("released", 5, "the five people whose capture led to the suspension of the conversations have all regained their freedom",
              note="cumulative: this release plus the two soldiers on 25 November"),
            C("other", 2000, "more than 2.000 members of the security forces", qualifier="more_than"),
        ],
        released_names=["Rubén Darío Alzate Mora", "Jorge Rodríguez Contreras", "Gloria Urrego"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Paulo César Rivera", "Jonathan Andrés Díaz"],
        other_people=["Juan Manuel Santos", "Humberto de la Calle"],
        distractors=["11:15; 16 November; 17 November; 9 November", "phone/address block"],
    ),
    dict(
        file="017_savchenko_swap_2016.txt", published="2016-05-25", outlet="Reuters wire",
        event="Russia frees Nadiya Savchenko; Ukraine frees Yerofeyev and Alexandrov, 2016-05-25",
        counts=[
            C("exchanged", 2, "in exchange for two Russian servicemen"),
            C("transferred_to", 2, "The two Russians, Yevgeny Yerofeyev and Alexander Alexandrov, were flown to Moscow",
              where="Moscow", note="inferred: flown home; optional"),
            C("remaining_held", 27, "Russia is holding at least 27 Ukrainian citizens", qualifier="at_least"),
            C("remaining_held", 120, "the separatists in the east hold about 120 soldiers and civilians", qualifier="about"),
            C("other", 2, "two Russian journalists killed"),
        ],
        released_names=["Nadiya Savchenko", "Yevgeny Yerofeyev", "Alexander Alexandrov"],
        alias_groups={"Nadiya Savchenko": ["Nadezhda Savchenko"]},
        not_released_names=["Oleg Sentsov", "Oleksandr Kolchenko"],
        other_event_released_names=[],
        other_people=["Pavel Orlov", "Natalia Hrytsenko", "Petro Poroshenko", "Dmitry Peskov", "Vladimir Putin",
                      "Mark Feygin", "Igor Kornelyuk", "Anton Voloshin", "Marina Sokolova", "Hugh Dennison"],
        distractors=["sister Vira (first name only)", "35; 14 years; 22 years; 20 years; 10 years; two years"],
    ),
    dict(
        file="018_venezuela_pardons_2020_es.txt", published="2020-09-01", outlet="Venezuelan news site, machine-translated from Spanish",
        event="Maduro pardons 110 opponents; political prisoners released in Caracas, 2020-08-31/09-01",
        counts=[
            C("released", 110, "the list of 110 people to whom President Nicolás Maduro granted a presidential pardon",
              note="inferred: pardon total incl. exiles and people not in custody; not required"),
            C("other", 54, "54 were deprived of their liberty", note="subset of the 110 in custody at the time"),
            C("released", 30, "at least 30 had already left the headquarters of the Sebin", qualifier="at_least"),
            C("remaining_held", 333, "registered 333 political prisoners as of 24 August", note="before the pardon"),
            C("remaining_held", 270, "there will be more than 270 remaining in prison", qualifier="more_than",
              note="planned/projected estimate after all releases"),
            C("other", 15000, "more than 15.000 politically motivated arrests", qualifier="more_than"),
            C("other", 1101, "1.101 nuevos casos", note="page noise"),
        ],
        released_names=["Roberto Marrero", "Gilber Caro", "Renzo Prieto", "Juan Requesens"],
        alias_groups={},
        not_released_names=["Juan Caguaripano"],
        other_event_released_names=[],
        other_people=["Andreína Colmenares", "Jorge Rodríguez", "Nicolás Maduro", "Juan Guaidó", "Joel García",
                      "Freddy Guevara", "Alfredo Romero", "Henrique Capriles", "Josep Borrell"],
        distractors=["Freddy Guevara pardoned while sheltering in an embassy (not a release)",
                     "Requesens moved from house arrest to full freedom (counted as released)",
                     "6 December; 24 years; two years", "page noise: 305.000,81; 45.868; 1.200 estaciones; Comentarios (23)"],
    ),
    dict(
        file="019_kyrgyzstan_protesters_free_2020.txt", published="2020-10-06", outlet="Kyrgyz news site (English edition)",
        event="Protesters free Atambayev, Isakov and Japarov in Bishkek, 2020-10-05/06",
        counts=[
            C("other", 590, "one person died and 590 were injured"),
            C("other", 156, "including 156 law enforcement officers", note="subset of injured"),
            C("other", 16, "Only four of the 16 parties"),
            C("other", 363, "363 new cases", note="page noise"),
        ],
        released_names=["Almazbek Atambayev", "Sapar Isakov", "Sadyr Japarov"],
        alias_groups={"Sadyr Japarov": ["Zhaparov"]},
        not_released_names=["Kursan Asanov"],
        other_event_released_names=["Aziz Batukayev"],
        other_people=["Aigerim Sydykova", "Sooronbay Jeenbekov", "Kubatbek Boronov", "Azimjan Askarov"],
        distractors=["'several former officials' / 'a number of inmates' (vague)", "Askarov died in prison in July",
                     "64; 11 years and two months; 15-year; 11-and-a-half-year; 7-percent; 19-year-old; 2 a.m.",
                     "page noise: Views 48 215; 82,5 soms"],
    ),
    dict(
        file="020_kazakhstan_amnesty_2022.txt", published="2022-11-07", outlet="Kazakh state news agency",
        event="Kazakhstan amnesty law for participants of the January 2022 events signed (releases pending), 2022-11-07",
        counts=[
            C("released", 1155, "the amnesty will cover 1,155 people",
              note="planned: amnesty scope (releases, terminated cases, reduced sentences)"),
            C("released", 52, "52 persons serving sentences in penal institutions will be released", note="planned"),
            C("other", 1200, "more than 1,200 persons", qualifier="more_than", note="earlier court cases"),
            C("other", 238, "claimed the lives of 238 people"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Karim Massimov"],
        other_event_released_names=[],
        other_people=["Kassym-Jomart Tokayev", "Zhandos Umiraliyev"],
        distractors=["announcement only: no one is freed yet", "19 law enforcement officers; 1 September; ten days"],
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
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                print(f"{g['file']}: where/kind mismatch in {c['quote']!r}", file=sys.stderr)
                ok = False
            if c["where"] is not None and c["where"].casefold() not in low:
                print(f"{g['file']}: where {c['where']!r} not in article", file=sys.stderr)
                ok = False
        names = []
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            names += g[key]
        for k, vs in g["alias_groups"].items():
            names += [k] + list(vs)
        for n in names:
            if n.casefold() not in low:
                print(f"{g['file']}: name not found: {n!r}", file=sys.stderr)
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
