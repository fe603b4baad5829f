#!/usr/bin/env python3
"""Gold for devset_ff (BLIND, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name/alias/`where` occurs in it
(case-insensitive, for all-caps bylines), no name is in two lists, kinds and
qualifiers are valid, and `where` is set exactly on transferred_to counts."""
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
        file="001_hamburg_airport_girl_freed.txt", published="2023-11-05", outlet="Reuters wire brief (photo credit)",
        event="Hamburg airport: father holding his 4-year-old daughter surrenders, girl freed, 2023-11-05",
        counts=[
            C("other", 286, "286 flights", note="flights cancelled or diverted"),
            C("other", 34500, "about 34,500 passengers", qualifier="about", note="passengers affected"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Lena Dorfmann", "Andy Grote", "Peter Gault", "Jonas Hertel"],
        distractors=["the freed girl is unnamed and is a single hostage (no count)",
                     "the 35-year-old father was arrested (handed into custody; unnamed)",
                     "four-year-old, 18 hours, 2 p.m. (1300 GMT), two shots, two burning bottles",
                     "the mother is unnamed"],
    ),
    dict(
        file="002_ecuador_quito_police_handed_over.txt", published="2019-10-10",
        outlet="Ecuadorian daily, machine-translated from Spanish (cookie banner, related news)",
        event="Quito national strike: indigenous movement hands over eight police officers held in the Casa de la Cultura, 2019-10-10",
        counts=[
            C("released", 8, "released on Thursday night the eight police officers"),
            C("other", 7, "seven men and one woman", note="subset (composition of the eight)"),
            C("other", 5000, "some 5.000 people", qualifier="about", note="crowd"),
            C("released", 47, "released 47 soldiers", note="earlier event (Tuesday, Saquisilí)"),
            C("remaining_held", 2, "two agents of the Criminalistics unit remained in the hands of a community",
              note="different captors (Chimborazo); inferred"),
            C("other", 5, "5 people have died", note="casualties"),
            C("other", 554, "554 have been injured", note="casualties"),
            C("other", 929, "929 have been detained", note="arrests (claim by Ombudsman)"),
            C("other", 1070, "puts the number of detained at 1.070", note="arrests (claim by ministry)"),
            C("other", 60, "state of exception for 60 days", note="page noise"),
            C("other", 22, "22 flights suspended", note="page noise"),
        ],
        released_names=["Darwin Villacís", "Jenny Tipán", "Wilmer Caiza"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Freddy Carrión", "Arnaud Peral", "Inocencio Tucumbi", "Jaime Vargas", "María Paula Romo",
                      "Lenín Moreno", "Esteban Cuzco"],
        distractors=["'almost 14 hours', 21:35, Decree 883, '12 de Octubre avenue' (street), 3 October, age 29",
                     "Villacís surname-only second mention", "Inocencio Tucumbi died in the clashes (not a captive)",
                     "the 47 soldiers are unnamed (earlier event)", "'1,03 to 2,30 dollars' page noise"],
    ),
    dict(
        file="003_rostov_sizo_staff_freed.txt", published="2024-06-16",
        outlet="Russian news agency, translated from Russian (views counter, read-also list)",
        event="Rostov-on-Don SIZO-1: special forces free two staff taken hostage by IS-linked detainees, 2024-06-16",
        counts=[
            C("released", 2, "freed two staff members"),
            C("other", 6, "six detainees", note="hostage-takers"),
            C("other", 5, "Five of the attackers were killed", note="casualties"),
            C("other", 3, "3 people injured", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Dmitry Peskov", "Vladimir Putin", "Vasily Golubev"],
        distractors=["pre-trial detention centre No. 1", "08:30 Moscow time", "Article 206", "Views: 12 417",
                     "88,14 rubles; +34 (page noise)", "one attacker wounded and detained (into custody)",
                     "the two freed staff are not named"],
    ),
    dict(
        file="004_venezuela_six_americans_grenell.txt", published="2025-01-31",
        outlet="US broadcaster web page (cookie banner, video player, more-from list)",
        event="Venezuela frees six detained Americans who fly home with envoy Richard Grenell, 2025-01-31",
        counts=[
            C("released", 6, "Six Americans detained in Venezuela freed"),
            C("remaining_held", 3, "at least three other U.S. citizens remain in Venezuelan custody", qualifier="at_least"),
            C("released", 10, "released 10 Americans", note="earlier event (December 2023 swap for Alex Saab)"),
            C("other", 67, "all 67 aboard presumed dead", note="page noise"),
            C("other", 10000, "deploy 10,000 troops", note="page noise"),
            C("other", 3, "3 killed as storms", note="page noise"),
        ],
        released_names=["David Guillory", "Marcus Tovar"],
        alias_groups={},
        not_released_names=["Jonathan Pagán"],
        other_event_released_names=["Eyvin Hernández", "Alex Saab"],
        other_people=["Daniel Whitcomb", "Carmen Ledesma", "Richard Grenell", "Donald Trump", "Nicolás Maduro",
                      "Elena Tovar", "Jorge Rodríguez", "Karoline Leavitt", "Edmundo González"],
        distractors=["'these 6 American citizens' (Grenell post) and 'six hostages' (Trump post) are the same six",
                     "four of the six are unnamed", "Elena Tovar is Marcus Tovar's sister (same surname)",
                     "52-year-old, 37-year-old, 16 months", "deported migrants / Tren de Aragua are not releasees",
                     "'several U.S. permanent residents' still held (vague)"],
    ),
    dict(
        file="005_colombia_pachon_santos_freed_1991.txt", published="2021-05-20",
        outlet="long-read magazine feature, 30th anniversary (comments, more long reads)",
        event="Medellín cartel (Extraditables) frees Maruja Pachón and Francisco Santos, 1991-05-20",
        counts=[
            C("released", 2, "freed their last two hostages"),
            C("other", 10, "kidnapped ten people", note="total abducted Aug-Nov 1990"),
            C("other", 5, "her five-member crew", note="crew size"),
            C("released", 4, "four of Turbay's five-member crew had been freed", note="earlier event (by Christmas 1990)"),
            C("other", 51, "51 votes to 13", note="vote tally"),
            C("other", 250, "killed more than 250 agents", qualifier="more_than", note="casualties"),
            C("other", 98, "98 dead and 11 still missing", note="page noise (1985 Palace of Justice)"),
            C("other", 11, "11 still missing", note="page noise; missing, not held"),
        ],
        released_names=["Maruja Pachón", "Francisco Santos"],
        alias_groups={"Francisco Santos": ["Pacho Santos"]},
        not_released_names=[],
        other_event_released_names=["Azucena Liévano", "Juan Vitta", "Hero Buss", "Orlando Acevedo",
                                    "Richard Becerra", "Beatriz Villamizar"],
        other_people=["Catalina Restrepo Ávila", "Pablo Escobar", "Gabriel García Márquez", "César Gaviria",
                      "Diana Turbay", "Julio César Turbay", "Marina Montoya", "Ángel María Roa", "Nydia Quintero",
                      "Alberto Villamizar", "Rafael García-Herreros", "Mauricio Reyes Londoño", "Hernando Santos",
                      "Álvaro Uribe"],
        distractors=["Diana Turbay (killed in the raid) and Marina Montoya (murdered) are not releasees",
                     "Richard Becerra survived the January 1991 raid (freed by rescue; earlier event; judgement call)",
                     "Santos's driver (unnamed) and Roa were killed", "Escobar's surrender/escape are not releases",
                     "193 days, 'count to fifty', 29-year-old, 82-year-old, 1996, 2 December 1993, '14 min read'",
                     "Hernando Santos (father) and Alberto Villamizar (husband/brother) share surnames with releasees",
                     "'Maruja and Pacho' first names in a quote", "Ochoa brothers (no first names)",
                     "the ten kidnappings (repeated total)"],
    ),
    dict(
        file="006_naples_cirillo_freed_1981.txt", published="1981-07-25",
        outlet="Italian daily archive page, machine-translated from Italian ('1.450 million')",
        event="Red Brigades free DC councillor Ciro Cirillo in Naples after 89 days, 1981-07-24",
        counts=[
            C("remaining_held", 1, "The BR still hold one hostage"),
            C("other", 1450, "in exchange for 1.450 million lire", note="ransom (money, millions of lire)"),
            C("other", 2, "cost the lives of two men", note="casualties"),
            C("other", 1030, "1.030 lire a litre", note="page noise"),
        ],
        released_names=["Ciro Cirillo"],
        alias_groups={},
        not_released_names=["Roberto Peci"],
        other_event_released_names=["Renato Sandrucci"],
        other_people=["Luigi Carbone", "Mario Cancello", "Ciro Fiorillo", "Raffaele Cutolo", "Virginio Rognoni",
                      "Giuseppe Taliercio", "Patrizio Peci", "Flaminio Piccoli", "Giovanni Senzani"],
        distractors=["89 days, 60 years old, 5,40, twelve kilos, three hours, age 25, No. 201, Year XXXIV",
                     "Patrizio Peci (a 'pentito') is the brother of the still-held Roberto Peci (same surname)",
                     "Cutolo is a detained Camorra boss (not a captive in this story)",
                     "Taliercio was killed", "Ciro Fiorillo (wounded secretary) shares a first name with Cirillo",
                     "Napoli 3-1 Avellino, 14 hectares (page noise)"],
    ),
    dict(
        file="007_argentina_jorge_born_freed_1975.txt", published="1975-06-20", outlet="AP wire archive",
        event="Montoneros free Jorge Born after record ransom, Buenos Aires, 1975-06-20",
        counts=[
            C("other", 60000000, "a ransom of $60 million", note="ransom (money)"),
            C("other", 1200000, "$1.2 million worth of food and clothing", note="money"),
            C("other", 170, "more than 170 kidnappings of businessmen", qualifier="more_than",
              note="cumulative kidnappings, not releases"),
            C("remaining_held", 2, "At least two other executives, an Argentine banker and a West German engineer, are believed held",
              qualifier="at_least", note="other kidnappings; inferred"),
        ],
        released_names=["Jorge Born"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Juan Born"],
        other_people=["Thomas R. Ackley", "Juan Carlos Pérez", "Alberto Bosch", "Mario Firmenich", "Isabel Perón"],
        distractors=["Born, 40; Juan, 39", "nine months; Sept. 19", "Story 0412; AP-WX-0620 1435EDT",
                     "Juan Born is the brother (freed in March: earlier event)", "chauffeur and executive shot dead"],
    ),
    dict(
        file="008_frenzel_spy_exchange_1966.txt", published="1966-10-19", outlet="Reuter wire brief",
        event="West Germany exchanges Czechoslovak spy Alfred Frenzel for four West Germans at Waidhaus, 1966-10-19",
        counts=[
            C("exchanged", 4, "exchanged for four West Germans"),
            C("transferred_to", 4, "The four West Germans were taken to Nuremberg", where="Nuremberg",
              note="inferred (taken home to West Germany); optional"),
            C("other", 2, "named two of them", note="subset named"),
        ],
        released_names=["Alfred Frenzel", "Günter Lenz", "Erich Hasselbach"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Karl-Heinz Wolter", "Ludwig Erhard"],
        distractors=["Frenzel, 67; 31-year-old; 54", "sentences between eight and 15 years; 15 years; six years",
                     "two officials accompanied Frenzel", "two of the four West Germans unnamed", "Dr. title"],
    ),
    dict(
        file="009_anthony_grey_freed_peking_1969.txt", published="2019-10-06",
        outlet="UK Sunday paper feature, 50th anniversary (photo credit, comments)",
        event="China frees Reuters correspondent Anthony Grey after Hong Kong frees the last jailed Xinhua journalists, 1969-10-03/04",
        counts=[
            C("exchanged", 2, "The last two were freed", note="Hong Kong side of the de facto exchange (3 October)"),
            C("other", 19, "the 19 journalists it had convicted in 1967", note="total convicted in Hong Kong"),
            C("other", 2, "all but two of the 19 journalists",
              note="the two still jailed at end of September; the other 17 freed earlier (implied; earlier event)"),
            C("remaining_held", 12, "about a dozen other Britons were still being held in China", qualifier="about"),
            C("other", 41, "Readers' comments (41)", note="page noise"),
        ],
        released_names=["Anthony Grey", "Xue Ping"],
        alias_groups={"Xue Ping": ["Hsueh Ping"]},
        not_released_names=["George Watt", "Eric Gordon"],
        other_event_released_names=[],
        other_people=["Harriet Colbourne", "Donald Hopson", "Gerald Long", "Zhou Enlai", "Michael Stewart",
                      "Percy Cradock", "Shirley McGuinn", "Mao Zedong"],
        distractors=["Ming Ming is Grey's cat", "806 days; nine feet by nine; 31-year-old; now 81; 8 October",
                     "Grey's mother (unnamed)", "Eric Gordon's wife and son (unnamed, also held)",
                     "'Hsueh' surname-only mention", "thousands arrested in Hong Kong (vague)",
                     "1972 exchange of ambassadors (not prisoners)", "more than a dozen books", "Aberfan at 53 (page noise)"],
    ),
    dict(
        file="010_grenada_cubans_flown_home_1983.txt", published="1983-11-06", outlet="UPI wire",
        event="Red Cross flies 425 freed Cuban prisoners from Grenada to Havana, 1983-11-06",
        counts=[
            C("released", 425, "flew 425 freed Cuban prisoners to Havana"),
            C("transferred_to", 425, "flew 425 freed Cuban prisoners to Havana", where="Havana"),
            C("released", 482, "brought to 482 the number of Cubans sent home", note="cumulative (incl. Wednesday's 57)"),
            C("transferred_to", 57, "flew 57 wounded Cubans to Havana", where="Havana", note="earlier event (Wednesday)"),
            C("other", 24, "the bodies of 24 Cubans killed", note="bodies"),
            C("other", 2, "Two said they wanted to stay in the West", note="subset declining repatriation"),
            C("remaining_held", 43, "the remaining 43 Cubans"),
            C("other", 784, "784 Cubans were on Grenada", note="total on the island before the invasion"),
            C("other", 49, "49 Soviet diplomats and dependents", note="expelled, not prisoners"),
        ],
        released_names=["Rigoberto Fuentes"],
        alias_groups={},
        not_released_names=["Bernard Coard", "Hudson Austin"],
        other_event_released_names=[],
        other_people=["Dennis Arkwright", "Michel Convers", "Julian Torres Rizo", "Pedro Tortolo Comas", "Paul Scoon",
                      "Fidel Castro", "Maurice Bishop"],
        distractors=["12 days; Oct. 25; age 36; UPI 11-06-83 19:48", "Tortolo escaped capture and was expelled with the embassy (not a prisoner)",
                     "Torres Rizo is an expelled diplomat", "Maurice Bishop was killed",
                     "Coard and Austin to be handed over to face charges (still held)", "'a crowd of thousands' (vague)"],
    ),
    dict(
        file="011_sarajevo_detainee_release_1993.txt", published="1993-11-20", outlet="ICRC press release (contact block)",
        event="ICRC-supervised release of 327 detainees across the Vrbanja bridge in Sarajevo, 1993-11-19",
        counts=[
            C("released", 327, "327 detainees released"),
            C("exchanged", 198, "released 198 persons"),
            C("exchanged", 129, "released 129 persons"),
            C("other", 330, "All but three of the 330 detainees", note="names on the agreed lists"),
            C("remaining_held", 3, "The three detainees who declined to cross remain at Kula", note="declined release"),
            C("transferred_to", 21, "21 of the persons released by the Bosnian Serb party were handed over to the Croatian Red Cross and taken to Croatia",
              where="Croatia"),
            C("other", 17, "17 women and 9 minors", note="subset"),
            C("other", 9, "9 minors", note="subset"),
            C("other", 40, "Some 40 of the detainees required medical care", qualifier="about", note="subset"),
            C("other", 6, "6 were transported by ICRC ambulance", note="subset"),
            C("released", 186, "186 detainees were released", note="earlier event (12 August)"),
            C("released", 11000, "supervised the release of more than 11,000 detainees", qualifier="more_than",
              note="cumulative since the start of the conflict"),
            C("remaining_held", 4600, "visit some 4,600 detainees", qualifier="about",
              note="detainees visited by the ICRC, held by the three parties"),
            C("other", 51, "51 places of detention", note="places"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Patrick Wetli", "Cornelio Sommaruga", "Claire Duvoisin", "Martin Tauber"],
        distractors=["No. 93/38; 1 October 1992 plan of action", "telephone numbers in the contact block",
                     "'thousands of families' (vague)", "no releasee is named",
                     "'Viktor Bubanj' is the name of a barracks, not a person in the story"],
    ),
    dict(
        file="012_donbas_mutual_release_april_2020.txt", published="2020-04-16",
        outlet="Ukrainian presidential office statement, unofficial translation",
        event="Donbas mutual release: 20 Ukrainians returned, 14 handed over, 2020-04-16",
        counts=[
            C("released", 20, "returned 20 of its citizens"),
            C("exchanged", 14, "handed over 14 persons"),
            C("released", 76, "76 Ukrainians were returned home", note="earlier event (29 December 2019)"),
            C("remaining_held", 200, "more than 200 citizens of Ukraine are still held", qualifier="more_than",
              note="SBU figure"),
        ],
        released_names=["Vitalii Martyniuk", "Olena Sukhoruk"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Volodymyr Zelensky", "Andriy Yermak", "Lyudmyla Denisova", "Leonid Kuchma"],
        distractors=["14-day observation (same number as the 14 handed over)", "sentenced to 11 years",
                     "captured in 2018", "19:05", "'Twenty Ukrainian citizens' is the same 20"],
    ),
    dict(
        file="013_ukraine_russia_swap_liveblog_feb2023.txt", published="2023-02-04",
        outlet="UK news site live blog (reverse timestamps, unrelated entries, comments)",
        event="UAE-brokered Russia-Ukraine exchange: 116 Ukrainians for 63 Russians, 2023-02-04",
        counts=[
            C("released", 116, "Russia has freed 116 Ukrainian prisoners of war"),
            C("exchanged", 63, "63 Russian servicemen had been returned"),
            C("transferred_to", 63, "The 63 will be flown by military transport aircraft to Moscow", where="Moscow",
              note="planned; inferred (home)"),
            C("other", 87, "includes 87 defenders of Mariupol", note="subset"),
            C("released", 1762, "freed from Russian captivity since February last year had reached 1,762", note="cumulative"),
            C("exchanged", 50, "exchanged 50 prisoners each", note="earlier event (8 January)"),
            C("other", 200, "about 200 relatives", qualifier="about", note="crowd"),
            C("other", 2, "injuring two people", note="casualties (unrelated entry)"),
            C("other", 14, "send 14 Leopard 2A6 tanks", note="unrelated entry"),
            C("other", 1204, "Comments (1,204)", note="page noise"),
        ],
        released_names=["Maksym Tkachuk", "Denys Kovalenko"],
        alias_groups={"Maksym Tkachuk": ["Maxim Tkachuk"]},
        not_released_names=["Oleksandr Tkachuk", "Andriy Lutsenko"],
        other_event_released_names=["Viktor Medvedchuk"],
        other_people=["Ruth Halloran", "Tom Ashby", "Dmytro Lubinets", "Peter Maurer", "Andriy Yermak", "Iryna Lutsenko",
                      "Oleh Syniehubov", "Oleksii Reznikov", "Dmitry Peskov"],
        distractors=["Zelensky is named by surname only", "20-year-old; 25 kilograms; eight months",
                     "$100 / $45 a barrel; 5 February; day 346; S-300", "Oleksandr Tkachuk (brother, still held) shares a surname with a releasee",
                     "Iryna Lutsenko (wife) shares a surname with the still-held Andriy Lutsenko",
                     "'a sensitive category' of Russians (unnamed)"],
    ),
    dict(
        file="014_yugoslavia_djilas_pardon_analysis_1967.txt", published="1967-01-07",
        outlet="weekly news magazine analysis (Europe section, photo caption)",
        event="Tito pardons Milovan Djilas, released from Sremska Mitrovica on 1966-12-31 (in an analysis of the post-Rankovic thaw)",
        counts=[
            C("other", 1600, "some 1,600 of its officers have been dismissed", qualifier="about",
              note="security officers dismissed; not a release"),
            C("remaining_held", 100, "about 100 political prisoners are still held", qualifier="about",
              note="claim by émigré organisations"),
            C("other", 300000, "some 300,000 Yugoslavs now work", qualifier="about", note="migrant workers"),
            C("other", 2600000, "2.6m of whom visited", note="tourists"),
        ],
        released_names=["Milovan Djilas"],
        alias_groups={"Milovan Djilas": ["Milovan Đilas"]},
        not_released_names=["Mihajlo Mihajlov"],
        other_event_released_names=[],
        other_people=["Aleksandar Rankovic", "Edvard Kardelj", "Vladimir Dedijer", "Josip Broz Tito"],
        distractors=["wife Stefica and son Aleksa (first names only)", "Djilas's 1961 parole (earlier release of the same man)",
                     "Rankovic expelled but not tried (never held)", "four years and eight months; thirteen years; 55; five years; fifteen months; 32-year-old; 74",
                     "'Tito' alone", "files of thousands burned", "'about a third' price rise"],
    ),
    dict(
        file="015_downey_freed_china_new_britain_1973.txt", published="1973-03-13",
        outlet="US regional daily, home town (weather box, index, also-today list)",
        event="China frees CIA officer John T. Downey at Lo Wu after 20 years, 1973-03-12",
        counts=[
            C("released", 2, "would free two American military pilots on Thursday", note="planned (Thursday)"),
        ],
        released_names=["John T. Downey"],
        alias_groups={"John T. Downey": ["Jack Downey"]},
        not_released_names=[],
        other_event_released_names=["Richard G. Fecteau"],
        other_people=["Robert J. Kuziak", "Mary Downey", "William Downey", "Henry A. Kissinger", "Chou En-lai",
                      "Walter Zaleski"],
        distractors=["Robert J. Flynn and Philip E. Smith: release only announced for Thursday (in no list)",
                     "Nixon named by surname only", "20 years; 42; 75; ten minutes; five more years; 1951; Vol. 94, No. 61; 15 Cents",
                     "$2.1 million; 61-58; page numbers (page noise)", "Mary and William Downey are relatives (same surname)"],
    ),
    dict(
        file="016_nicaragua_hasenfus_pardoned_1986.txt", published="1986-12-17", outlet="Reuter wire brief",
        event="Nicaragua pardons Eugene Hasenfus and hands him to Sen. Christopher Dodd, 1986-12-17",
        counts=[
            C("remaining_held", 4000, "about 4,000 people are jailed in Nicaragua for political offences", qualifier="about",
              note="claim by Permanent Commission on Human Rights"),
        ],
        released_names=["Eugene Hasenfus"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Daniel Ortega", "Christopher Dodd", "William Cooper", "Wallace Sawyer"],
        distractors=["his wife Sally (first name only)", "45; 30 years; October 5; C-123",
                     "Cooper, Sawyer and a crew member died", "Reagan (surname only)"],
    ),
    dict(
        file="017_taiwan_chen_shui_bian_medical_parole_2015.txt", published="2015-01-05",
        outlet="Taiwanese state news agency English service (related links)",
        event="Former president Chen Shui-bian leaves Taichung Prison on medical parole, 2015-01-05",
        counts=[
            C("other", 300, "About 300 supporters", qualifier="about", note="crowd"),
            C("released", 22, "22 inmates were granted medical parole nationwide in 2014",
              note="earlier event; cumulative 2014 figure"),
            C("other", 1200, "1,200 households", note="page noise"),
            C("other", 2070000, "2.07 million", note="page noise"),
        ],
        released_names=["Chen Shui-bian"],
        alias_groups={"Chen Shui-bian": ["A-bian"]},
        not_released_names=[],
        other_event_released_names=["Chen Chih-chung"],
        other_people=["Hsu Chih-wei", "Elaine Kao", "Luo Ying-shay", "Wu Shu-jen", "Tsai Ing-wen", "Ma Ying-jeou"],
        distractors=["one-month parole; 64; 1:42 p.m.; 20 years; six years; 2000 to 2008",
                     "Wu Shu-jen never served time (not a releasee)", "Chen Chih-chung (son) shares the surname",
                     "Chinese characters in parentheses"],
    ),
    dict(
        file="018_nestora_salgado_freed_mexico_2016.txt", published="2016-03-18",
        outlet="US regional paper, local news (newsletter prompt, comments, most read)",
        event="Nestora Salgado, US citizen and Guerrero community-police leader, freed from Tepepan prison, 2016-03-18",
        counts=[
            C("remaining_held", 12,
              "At least a dozen members of Olinalá's community police and of the regional community police network, known as the CRAC, remain jailed",
              qualifier="at_least"),
        ],
        released_names=["Nestora Salgado"],
        alias_groups={},
        not_released_names=["Gonzalo Molina", "Arturo Campos"],
        other_event_released_names=[],
        other_people=["Megan Hollis", "Grisel Rodríguez", "José Luis Ávila", "Mariano Cárdenas", "Adam Smith"],
        distractors=["44; 31 months; 2½ years; age 20; 2012", "Comments (47)",
                     "$3.2M; 52-44 (page noise)", "people detained by her force (not captives in this story)",
                     "federal charges dismissed in 2015 (not a release)"],
    ),
    dict(
        file="019_assange_freed_analysis_2024.txt", published="2024-06-26",
        outlet="Australian public broadcaster analysis page (listen widget, photo credit, related stories)",
        event="Julian Assange freed after plea deal in Saipan, returns to Canberra, 2024-06-24/26",
        counts=[
            C("exchanged", 3, "three Iranians freed from prison in Thailand", note="earlier event (2020 Moore-Gilbert swap)"),
            C("remaining_held", 370, "consular assistance to about 370 Australians detained overseas", qualifier="about",
              note="general consular caseload, mostly criminal; inferred"),
        ],
        released_names=["Julian Assange"],
        alias_groups={},
        not_released_names=["Yang Hengjun"],
        other_event_released_names=["Sean Turnell", "Cheng Lei", "Kylie Moore-Gilbert", "Chelsea Manning"],
        other_people=["Anna Vidović", "Tomas Reyes", "Ramona Manglona", "Kevin Rudd", "Stephen Smith", "Stella Assange",
                      "John Shipton", "Gabriel Shipton", "Barry Pollack", "Anthony Albanese", "Joe Biden", "Peter Dutton",
                      "Penny Wong", "Jennifer Robinson", "Barack Obama"],
        distractors=["62 months; 1,901 days; 18 counts; 175 years; US$520,000; 35-year sentence; 804 days; 7:37pm; 52; five prime ministers",
                     "Stella Assange (wife) shares the releasee's surname",
                     "bail from the High Court was a step towards the plea, not a separate release",
                     "'a handful of them' (vague)"],
    ),
    dict(
        file="020_bolivia_anez_freed_2025.txt", published="2025-11-06",
        outlet="French wire (AFP) article, translated from French (cookie banner, read-also)",
        event="Bolivia: Jeanine Áñez freed after the Supreme Court annuls her conviction, 2025-11-05",
        counts=[
            C("other", 37, "at least 37 deaths", qualifier="at_least", note="casualties 2019"),
            C("other", 1200, "around 1 200 people have been prosecuted", qualifier="about",
              note="prosecutions, not detentions"),
            C("other", 852, "our 852 partners", note="page noise (cookie banner)"),
        ],
        released_names=["Jeanine Áñez"],
        alias_groups={"Jeanine Áñez": ["Jeanine Añez"]},
        not_released_names=["Arturo Murillo"],
        other_event_released_names=["Luis Fernando Camacho"],
        other_people=["Mathilde Roche", "Jorge Mamani", "Carolina Ribera", "Evo Morales", "Luis Guillén", "Rodrigo Paz",
                      "Luis Arce", "Rosa Quispe"],
        distractors=["10-year sentence; 58; four years and eight months; 2022; three days",
                     "'a few dozen supporters' (vague)", "Rosa Quispe's son was killed",
                     "2 km; 2,1 %; 5 figures (page noise)", "Murillo is held in the United States (still held)"],
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
            if not isinstance(c["value"], int):
                err(f"{g['file']}: value not int {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                err(f"{g['file']}: where must be set exactly on transferred_to: {c}")
            if c["where"] is not None and c["where"].casefold() not in low:
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
