#!/usr/bin/env python3
"""Gold for devset_r (blind, held-out-style). Writes gold.jsonl and checks that every
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


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_hanafi_siege_hostages_freed.txt", published="1977-03-11",
        outlet="AP wire on a US newspaper archive page (related links, comment count, photo credit)",
        event="Hanafi siege in Washington ends; 134 hostages freed in three buildings, 1977-03-11",
        counts=[
            C("released", 134, "freed 134 hostages"),
            C("released", 15, "Fifteen hostages had been let go earlier",
              note="earlier event (batches let go during the siege, mostly for illness)"),
            C("other", 149, "in all 149 people were seized on Wednesday", note="total taken hostage (134 + 15)"),
            C("other", 104, "Police said 104 people had been held at B'nai B'rith",
              note="subset of the 134 by building; state before the release, not remaining held"),
            C("other", 11, "11 at the Islamic Center", note="subset of the 134 by building"),
            C("other", 19, "19 at the District Building", note="subset of the 134 by building"),
            C("other", 12, "Twelve Hanafi Muslim gunmen surrendered", note="captors"),
            C("other", 11, "The other 11 gunmen were ordered held without bail",
              note="captors taken into custody; not hostages"),
            C("other", 7, "killing seven members of his family", note="1973 murders behind the demand"),
            C("other", 5, "five of them children", note="subset of the seven"),
            C("other", 20, "Carter signs $20 billion jobs bill", note="page noise"),
        ],
        released_names=["Charles Fenyvesi", "Betty Neal", "Paul Green"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Harold Olmstead", "Ashraf Ghorbal", "Ardeshir Zahedi", "Sahabzada Yaqub Khan",
                      "Hamaas Abdul Khaalis", "Maurice J. Cullinane", "Harold H. Greene", "Abdul Muzikir",
                      "Maurice Williams", "Marion Barry", "Mack Cantrell", "Cyrus Vance", "Walter Washington",
                      "Dennis Cook"],
        distractors=["Khaalis allowed home without bond pending trial (like bail: not a release; he is the captor)",
                     "Abdul Muzikir and the other gunmen ordered held: captors in custody, not hostages (other_people)",
                     "Maurice Williams killed; Barry and Cantrell wounded (not hostages freed)",
                     "39 hours, 2 a.m., 2:18 a.m., ages 31/39/54/22/24, eighth-floor, 1973",
                     "40 schools, two draft picks, (23) comments: page noise"],
    ),
    dict(
        file="002_chiapas_castellanos_liberado.txt", published="1994-02-17",
        outlet="Mexican regional daily, machine-translated from Spanish ('1.500', '3,31', '15.20')",
        event="EZLN hands over ex-governor Gen. Absalón Castellanos Domínguez; 38 detainees freed from Cerro Hueco, 1994-02-16",
        counts=[
            C("released", 38, "released 38 indigenous people",
              note="released in parallel with the handover (government denies an exchange); main event"),
            C("remaining_held", 61, "at least 61 other alleged Zapatistas remain in Cerro Hueco", qualifier="at_least",
              note="estimate by the Fray Bartolomé de las Casas centre"),
            C("released", 179, "released 179 inmates",
              note="earlier event (rebels opened the San Cristóbal prison in January)"),
            C("other", 1500, "some 1.500 indigenous people", qualifier="about", note="crowd"),
            C("other", 300, "some 300 journalists", qualifier="about", note="crowd"),
            C("other", 145, "145 dead", note="casualties (official)"),
            C("other", 400, "more than 400", qualifier="more_than", note="casualties (diocese estimate)"),
            C("other", 1200, "Registration of 1.200 new taxis", note="page noise"),
        ],
        released_names=["Absalón Castellanos Domínguez"],
        alias_groups={},
        not_released_names=["Tomás Pérez Hernández"],
        other_event_released_names=[],
        other_people=["Ernesto Vidal Cárdenas", "Manuel Camacho Solís", "Samuel Ruiz García",
                      "Elsa Herrera de Castellanos", "Subcomandante Marcos", "Pierre-Alain Golay",
                      "Carlos Salinas de Gortari", "Raúl Ortega"],
        distractors=["second mentions 'General Castellanos' / 'Castellanos' = the releasee",
                     "Elsa Herrera de Castellanos is his wife (shares 'Castellanos')",
                     "the Zapatista 'sentence' to life imprisonment, 'commuted': not a count",
                     "45 days, 70 years, 15.20 hours, 1982-1988, four other municipal seats, twelve days",
                     "3,31 per dollar, Tigres 2-1 Atlas, 31 degrees: page noise"],
    ),
    dict(
        file="003_mcgown_freed_mali.txt", published="2017-08-03",
        outlet="South African broadcaster web page (cookie banner, video player, related list)",
        event="South African Stephen McGown freed after nearly six years as AQIM hostage in Mali, 2017-07-29 (announced 08-03)",
        counts=[
            C("other", 3, "one of three tourists seized", note="hostages originally taken in 2011 (two freed in other events)"),
            C("remaining_held", 7, "at least seven foreigners are still held by jihadist groups in the Sahel",
              qualifier="at_least", note="inferred: other abductions in the region (analyst estimate); optional"),
        ],
        released_names=["Stephen McGown"],
        alias_groups={},
        not_released_names=["Gloria Cecilia Narváez", "Iulian Ghergut"],
        other_event_released_names=["Johan Gustafsson", "Sjaak Rijke"],
        other_people=["Thandeka Mokoena", "Jeff Radebe", "Malcolm McGown", "Beverley McGown", "Catherine McGown",
                      "Imtiaz Sooliman", "Clayson Monyela", "Jacob Zuma", "Sipho Dlamini", "Naledi Botha"],
        distractors=["Rijke freed by French forces in 2015; Gustafsson released in June 2017 (other events)",
                     "unnamed German tourist shot dead in 2011",
                     "father, mother (died in May) and wife share the surname McGown",
                     "2,070 days, age 42, 'nearly six years', 'more than R40 million' ransom claim",
                     "load-shedding 17:00-22:00, R13.12, 2-0, three killed, 214 shares: page noise"],
    ),
    dict(
        file="004_kaduna_bethel_students_freed.txt", published="2021-08-28",
        outlet="Nigerian daily (READ ALSO links, ads, WhatsApp prompt, comment count)",
        event="Bandits free 32 more abducted Bethel Baptist High School students, Kaduna, 2021-08-27",
        counts=[
            C("released", 32, "32 of our students were released"),
            C("remaining_held", 44, "44 students were still with the abductors"),
            C("released", 77, "brings to 77 the number of students who have returned home",
              note="cumulative since July 5 (includes an escapee)"),
            C("other", 121, "121 students were taken", note="total abducted on July 5"),
            C("released", 28, "The bandits had released 28 students on July 25", note="earlier event"),
            C("released", 15, "another 15 were freed on August 22", note="earlier event"),
            C("other", 11, "11 suspects linked to kidnappings in Chikun and Kajuru councils had been arrested",
              note="arrests into custody"),
            C("other", 180, "had 180 students in its boarding section", note="school size"),
            C("other", 15, "Bandits abduct 15 in fresh Zamfara attack", note="page noise"),
        ],
        released_names=["Naomi Kallah"],
        alias_groups={},
        not_released_names=["Emmanuel Yakubu"],
        other_event_released_names=[],
        other_people=["Abdulkadir Musa", "Israel Akanji", "John Joseph Hayab", "Ayuba Kallah", "Rhoda Yakubu",
                      "Samuel Aruwan", "Nasir El-Rufai", "Mohammed Jalige"],
        distractors=["Ayuba Kallah is the freed girl's father; Rhoda Yakubu is the mother of a boy still held",
                     "one student escaped, another released on health grounds (no names, no digits)",
                     "N250,000 contribution, 'a kobo', 53 days, ages 15/14, founded 1991",
                     "N513 to dollar, 12 Comments: page noise"],
    ),
    dict(
        file="005_haiti_dorsainvil_freed.txt", published="2023-08-09", outlet="Reuters brief",
        event="American nurse Alix Dorsainvil and her child freed in Port-au-Prince, 2023-08-09",
        counts=[
            C("released", 2, "the two were freed", note="inferred: the nurse and her child; optional"),
            C("other", 1000, "more than 1,000 people were kidnapped in the first six months of this year",
              qualifier="more_than", note="kidnapping statistic (cumulative)"),
        ],
        released_names=["Alix Dorsainvil"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sandro Dorsainvil", "Matthew Miller", "Renaud Celestin", "Sarah Kinsella", "Tom Brennan"],
        distractors=["her child is not named", "Sandro Dorsainvil is her husband (same surname)",
                     "80% of the capital; July 27; 5:21 PM"],
    ),
    dict(
        file="006_san_pedro_sula_siege_ends.txt", published="1982-09-26", outlet="AP brief",
        event="Cinchonero guerrillas free last 32 San Pedro Sula hostages in Panama and fly to Cuba, 1982-09-25",
        counts=[
            C("released", 32, "freed their last 32 hostages"),
            C("released", 73, "They released 73 hostages in small groups during the week",
              note="earlier event (batches during the siege)"),
            C("other", 105, "at one point held 105 people", note="peak number of hostages"),
            C("other", 12, "the 12 guerrillas", note="captors given safe passage"),
            C("other", 60, "the release of about 60 political prisoners", qualifier="about",
              note="demand; none freed"),
        ],
        released_names=["Camilo Rivera Girón", "Jorge Abufele Handal"],
        alias_groups={},
        not_released_names=["Alejandro Montenegro"],
        other_event_released_names=[],
        other_people=["Roberto Suazo Córdova"],
        distractors=["'None were freed' refers to the demanded prisoners",
                     "hostages flown to Panama with their captors (no count in that sentence)",
                     "eight days, Sept. 17"],
    ),
    dict(
        file="007_iceberg1_ghanaian_crew_freed.txt", published="2012-12-27",
        outlet="Ghanaian daily with a foreign-ministry press release box (most-read list, comments)",
        event="Puntland forces free the 22 surviving crew of MV Iceberg 1, incl. five Ghanaians, 2012-12-23",
        counts=[
            C("released", 5, "release of five Ghanaian seamen", note="Ghanaian nationals among the 22; headline figure"),
            C("released", 22, "freed the 22 surviving crew members"),
            C("transferred_to", 22, "The 22 crew members were taken to the port town of Bosaso", where="Bosaso"),
            C("transferred_to", 5, "The five are expected to arrive at the Kotoka International Airport",
              where="Kotoka International Airport", note="planned"),
            C("other", 24, "with 24 crew members", note="crew at the hijacking in 2010"),
            C("other", 2, "Two crew members died in captivity", note="dead"),
            C("remaining_held", 127, "Somali pirates were still holding 127 hostages",
              note="inferred: other ships (IMB figure, mid-December); optional"),
            C("other", 17, "17 injured as trotro somersaults", note="page noise"),
        ],
        released_names=["Kwesi Owusu-Ansah", "Emmanuel Tetteh Mensah", "Yaw Boateng", "Abdul-Rahman Issah",
                        "Daniel Kpodo"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kofi Adu-Boahen", "Wagdi Akram", "Muhammad Mumuni", "Gifty Owusu-Ansah"],
        distractors=["'five (5) Ghanaian nationals ... were freed' repeats the 5",
                     "Wagdi Akram died in captivity", "Gifty Owusu-Ansah is the wife of a freed man (same surname)",
                     "1,000 days, US$10 million demand, eight vessels, six months / almost three (child's age)",
                     "January 7, 24th, GH¢1.90: page noise"],
    ),
    dict(
        file="008_von_holleben_1970_feature.txt", published="2020-06-11",
        outlet="German regional daily, anniversary feature, machine-translated ('20.000', '3,5', '17.40')",
        event="West German ambassador von Holleben freed in Rio after 40 prisoners flown to Algiers, 1970-06-15/16",
        counts=[
            C("exchanged", 40, "40 prisoners were flown to Algeria"),
            C("transferred_to", 40, "flew the 40 prisoners to Algiers", where="Algiers",
              note="the standfirst says 'to Algeria'; either destination"),
            C("exchanged", 15, "obtained the release of 15 prisoners, who were flown to Mexico",
              note="earlier event (1969, Elbrick)"),
            C("exchanged", 5, "exchanged for five prisoners", note="earlier event (March 1970, Okuchi)"),
            C("exchanged", 70, "the regime released 70 prisoners for him",
              note="earlier event (a later, separate kidnapping: Bucher, Dec 1970/Jan 1971)"),
            C("other", 2, "two other guards were wounded", note="casualties"),
            C("other", 434, "434 dead and disappeared", note="Truth Commission figure"),
            C("other", 20000, "an estimated 20.000 people were tortured", qualifier="about", note="estimate"),
            C("other", 555, "555 new infections", note="page noise"),
        ],
        released_names=["Ehrenfried von Holleben", "Fernando Gabeira", "Apolônio de Carvalho", "Carlos Minc",
                        "Ângelo Pezzuti"],
        alias_groups={},
        not_released_names=["Frei Betto"],
        other_event_released_names=["Charles Burke Elbrick", "Nobuo Okuchi", "Giovanni Enrico Bucher"],
        other_people=["Kerstin Albrecht", "Irlando de Souza Régis", "Alfredo Sirkis", "Emílio Garrastazu Médici",
                      "Karl Graf von Spreti", "Willy Brandt", "Walter Scheel", "Daniel Merten",
                      "Luiz Inácio Lula da Silva"],
        distractors=["'the release of 40 political prisoners' is the demand (same 40)",
                     "Sirkis was one of the kidnappers; von Spreti was murdered in Guatemala",
                     "Lorenz case mentioned without numbers", "'Operation Juarez' is the action's name",
                     "61 years, 19-year-old, 3,5 million D-Mark, 17.40, five days, 1967/1972/1988/1979",
                     "'Thousands of others were held' (vague)", "75 years, 1:2, Comments (14): page noise"],
    ),
    dict(
        file="009_crowley_santo_domingo_1970.txt", published="1970-03-27", outlet="UPI brief",
        event="US air attaché Donald Crowley freed in Santo Domingo for 20 prisoners flown to Mexico, 1970-03-26",
        counts=[
            C("exchanged", 20, "flew 20 political prisoners to exile in Mexico City"),
            C("transferred_to", 20, "flew 20 political prisoners to exile in Mexico City", where="Mexico City"),
            C("other", 21, "demanded the release of 21 prisoners", note="demand (one refused to leave)"),
        ],
        released_names=["Donald J. Crowley", "Maximiliano Gómez"],
        alias_groups={},
        not_released_names=["Antonio Ramírez Paulino"],
        other_event_released_names=[],
        other_people=["Joaquín Balaguer", "Francis E. Meloy Jr."],
        distractors=["headline '20 prisoners go to Mexico' repeats the count", "age 44"],
    ),
    dict(
        file="010_angola_du_toit_exchange_1987.txt", published="1987-09-07", outlet="Reuters wire",
        event="Maputo swap: SA commando Wynand du Toit for 133 Angolan soldiers, de Jonge and Albertini, 1987-09-07",
        counts=[
            C("exchanged", 133, "South Africa freed 133 Angolan soldiers"),
            C("exchanged", 2, "freed 133 Angolan soldiers and two Western Europeans"),
            C("other", 2, "Two of his men were killed in the raid", note="casualties (1985)"),
            C("remaining_held", 2000, "more than 2,000 people are detained without trial", qualifier="more_than",
              note="inferred: state-of-emergency detainees, not part of the swap; optional"),
        ],
        released_names=["Wynand du Toit", "Klaas de Jonge", "Pierre-Andre Albertini"],
        alias_groups={},
        not_released_names=["Nelson Mandela"],
        other_event_released_names=[],
        other_people=["Peter Tuckwell", "Jean-Louis Albertini", "Karin du Toit", "Pik Botha", "Pascoal Mocumbi",
                      "Magnus Malan"],
        distractors=["Angolans flown to Luanda (no number in that sentence)",
                     "de Jonge was confined in an embassy office, not a prison, but left under the swap",
                     "father Jean-Louis Albertini and wife Karin du Toit share surnames with releasees",
                     "ages 50/24, four-year sentence, 25 years (Mandela), 15-month-old emergency"],
    ),
    dict(
        file="011_colombia_odin_sanchez_freed.txt", published="2017-02-03",
        outlet="Colombian broadcaster site, translated from Spanish ('1.500', '7.000', '$ 2.887')",
        event="ELN frees ex-congressman Odín Sánchez; government pardons two ELN guerrillas, 2017-02-02",
        counts=[
            C("exchanged", 2, "pardoned two ELN guerrillas"),
            C("remaining_held", 13, "the ELN still holds at least 13 kidnapped people", qualifier="at_least",
              note="claim by Fundación País Libre"),
            C("other", 1500, "some 1.500 combatants", qualifier="about", note="ELN strength"),
            C("other", 7000, "more than 7.000 kidnappings", qualifier="more_than", note="historical total"),
            C("other", 2300, "2.300 families affected by floods", note="page noise"),
        ],
        released_names=["Odín Sánchez Montes de Oca", "Nixon Cobos", "Leivis Valero"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Patrocinio Sánchez Montes de Oca"],
        other_people=["Juan Carlos Barreto", "Juan Manuel Santos", "Juan Camilo Restrepo", "Pablo Beltrán",
                      "Ana María Sánchez", "Christoph Harnisch", "Carlos Negret"],
        distractors=["Patrocinio Sánchez (brother) was freed in April 2016 in exchange for Odín (other event)",
                     "'demanded the pardon of two of its members' repeats the 2",
                     "daughter Ana María Sánchez shares the surname",
                     "almost ten months, 11:30, age 62, February 7, founded 1964, 3-0"],
    ),
    dict(
        file="012_venezuela_us_swap_liveblog.txt", published="2025-07-18",
        outlet="US news site live blog (reverse timestamps, unrelated entries, comment count)",
        event="Venezuela frees 10 Americans and political prisoners; 252 Venezuelans returned from El Salvador's CECOT, 2025-07-18",
        counts=[
            C("released", 10, "Venezuela has released 10 U.S. citizens and permanent residents"),
            C("exchanged", 252, "252 Venezuelans sent by the U.S. to El Salvador's CECOT mega-prison in March and April are flown to Caracas"),
            C("transferred_to", 252, "252 Venezuelans sent by the U.S. to El Salvador's CECOT mega-prison in March and April are flown to Caracas",
              where="Caracas", note="inferred: returned home; optional"),
            C("released", 80, "Venezuela also freed 80 Venezuelan political prisoners"),
            C("remaining_held", 853, "there were 853 political prisoners in Venezuela as of July 14",
              note="Foro Penal figure before the releases"),
            C("released", 6, "flew six Americans home", note="earlier event (January 2025)"),
            C("transferred_to", 238, "238 Venezuelans the Trump administration flew to El Salvador", where="El Salvador",
              note="earlier event (deportation in March)"),
            C("other", 40000, "a prison built for 40,000 inmates", note="prison capacity"),
            C("other", 135, "Texas flood death toll rises to 135", note="page noise"),
            C("other", 7, "7 soldiers killed in Cauca ambush", note="page noise"),
        ],
        released_names=["Lucas Hunter", "Wilbert Joseph Castañeda", "Renzo Huamanchumo Castillo",
                        "Andry José Hernández Romero"],
        alias_groups={"Wilbert Joseph Castañeda": ["Wilbert Castaneda"]},
        not_released_names=["Perkins Rocha", "Freddy Superlano"],
        other_event_released_names=["Joseph St. Clair"],
        other_people=["Valentina Ortiz", "Daniel Brooks", "María Corina Machado", "Alfredo Romero", "Marco Rubio",
                      "Diosdado Cabello", "Alicia Romero", "Nayib Bukele", "Ric Grenell", "Nicolás Maduro",
                      "Jorge Rodríguez"],
        distractors=["'The 252 Venezuelans were held in CECOT' is the state before release, not remaining held",
                     "'several dozen' (Foro Penal) is vague", "Alicia Romero is Hernández Romero's mother; "
                     "Alfredo Romero heads Foro Penal (surname overlap; lenient first-name matching may pair them)",
                     "Machado is in hiding, not detained", "up to 19 named storms, 18.6 per dollar, 1,287 comments: page noise"],
    ),
    dict(
        file="013_icrc_morocco_algeria_repatriation_1987.txt", published="1987-05-27",
        outlet="ICRC press release (contact block)",
        event="Morocco and Algeria repatriate 150 and 102 prisoners under ICRC auspices, 1987-05-26",
        counts=[
            C("exchanged", 150, "150 Algerian prisoners held by Morocco and 102 Moroccan prisoners held by Algeria were repatriated"),
            C("exchanged", 102, "150 Algerian prisoners held by Morocco and 102 Moroccan prisoners held by Algeria were repatriated"),
            C("released", 252, "252 PRISONERS REPATRIATED"),
            C("remaining_held", 2000, "more than 2,000 Moroccan combatants held by the Polisario Front",
              qualifier="more_than", note="held by a third party in the same conflict"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["King Fahd", "Hassan II", "Chadli Bendjedid", "Cornelio Sommaruga", "Jean-Marc Bornet"],
        distractors=["no releasee is named", "Algerians flown from Agadir to Algiers, Moroccans to Rabat (no number in those sentences)",
                     "Press Release No. 1541, 1976, 1978, telephone/telex numbers"],
    ),
    dict(
        file="014_honduras_el_salvador_pow_1969.txt", published="1969-08", outlet="UPI brief",
        event="Honduras and El Salvador exchange prisoners of war at El Amatillo after the 'football war', 1969",
        counts=[
            C("exchanged", 83, "Honduras freed 83 Salvadorans"),
            C("exchanged", 47, "El Salvador released 47 Honduran soldiers and civilians"),
            C("other", 4, "The bodies of four Salvadoran soldiers were also handed back", note="bodies returned"),
            C("exchanged", 22, "An earlier exchange of 22 wounded prisoners", note="earlier event (last Wednesday)"),
            C("remaining_held", 300, "about 300 Salvadoran civilians were still held in Honduran detention camps",
              qualifier="about"),
            C("other", 2000, "killed an estimated 2,000 people", qualifier="about", note="casualties"),
        ],
        released_names=["José Antonio Rodríguez Portillo"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Galo Plaza", "Fidel Sánchez Hernández", "Oswaldo López Arellano"],
        distractors=["100-hour war, July 14/15"],
    ),
    dict(
        file="015_faln_clemency_chicago_1999.txt", published="1999-09-11",
        outlet="Chicago regional daily (weather bar, newsletter prompt, most-read list, comments)",
        event="Eleven Puerto Rican nationalists freed under Clinton's conditional clemency, 1999-09-10",
        counts=[
            C("released", 11, "Eleven Puerto Rican nationalists walked out of federal prisons"),
            C("transferred_to", 7, "Seven of the 11 flew to San Juan", where="San Juan", note="inferred: flight home; optional"),
            C("other", 16, "offered clemency to 16 members", note="offer (August 11)"),
            C("other", 14, "Fourteen accepted", note="accepted the offer (11 freed, one still jailed, two fines)"),
            C("other", 2, "Two others, who had already completed their prison terms", note="not in custody; fines waived"),
            C("remaining_held", 4, "That leaves four of the men supporters call political prisoners behind bars"),
            C("released", 4, "President Jimmy Carter freed four nationalists", note="earlier event (1979)"),
            C("other", 130, "some 130 bombings", qualifier="about", note="bombings"),
            C("other", 4, "one of four people killed", note="casualties (1975)"),
            C("other", 5, "wounding five congressmen", note="casualties (1954)"),
            C("other", 3, "Bears cut 3 veterans", note="page noise"),
        ],
        released_names=["Edwin Cortés", "Elizam Escobar", "Ricardo Jiménez", "Adolfo Matos", "Dylcia Pagán",
                        "Alberto Rodríguez", "Alicia Rodríguez", "Ida Luz Rodríguez", "Luis Rosa",
                        "Alejandrina Torres", "Carmen Valentín"],
        alias_groups={},
        not_released_names=["Juan Segarra Palmer", "Oscar López Rivera", "Antonio Camacho Negrón",
                            "Carlos Alberto Torres"],
        other_event_released_names=["Lolita Lebrón", "Rafael Cancel Miranda", "Irvin Flores", "Oscar Collazo"],
        other_people=["Marisol Quiñones", "José López", "Louis Freeh", "Hillary Rodham Clinton", "Joseph Connor",
                      "Frank Connor", "Desmond Tutu", "Jimmy Carter", "Luis Gutiérrez", "José Rodríguez",
                      "Kevin Doyle", "Ana Belén Ortiz", "Mark Sobczak"],
        distractors=["Segarra Palmer's sentence reduced but he stays in prison ~5 years (held)",
                     "José López is the brother of López Rivera (held); Rev. José Rodríguez is a pastor (surname overlap)",
                     "'Nineteen years', 19 years, 35 to 90 years, 70 years, 10 more years, 95-2 vote, 1983/1975/1954/1950",
                     "several thousand people at the rally (vague)",
                     "6-3, No. 58, 25 cents, Two dead, 71°, Comments (57): page noise"],
    ),
    dict(
        file="016_valladares_libere_1982.txt", published="1982-10-22",
        outlet="AFP dispatch, machine-translated from French ('1 000', '3 600')",
        event="Cuba frees poet Armando Valladares after 22 years; flown to Paris with Régis Debray, 1982-10-21",
        counts=[
            C("remaining_held", 1000, "about 1 000 political prisoners remain in Cuban prisons", qualifier="about",
              note="claim by exile organisations"),
            C("released", 3600, "had released 3 600 political prisoners", note="earlier event (1979)"),
        ],
        released_names=["Armando Valladares"],
        alias_groups={},
        not_released_names=["Eloy Gutiérrez Menoyo", "Mario Chanes de Armas"],
        other_event_released_names=[],
        other_people=["Régis Debray", "François Mitterrand", "Fidel Castro", "Fernando Arrabal", "Martha Valladares",
                      "Fulgencio Batista"],
        distractors=["'some dozens' of other prisoners might follow: planned and vague",
                     "Martha Valladares is his wife", "22 years, 30 years, 45 years old, 1960, 1953, 'more than 20 years'",
                     "AFP 221930 OCT 82 (dispatch code)"],
    ),
    dict(
        file="017_tazmamart_survivors_feature.txt", published="2001-09",
        outlet="English-language magazine feature, ten-year anniversary (~1,000 words)",
        event="Morocco releases the 28 survivors of the Tazmamart secret prison, September 1991",
        counts=[
            C("released", 28, "28 survivors released from Tazmamart"),
            C("other", 58, "Of the 58 soldiers who had been taken there in August 1973", note="total imprisoned"),
            C("other", 30, "30 died in their cells", note="died in captivity"),
            C("other", 4, "only four of the 29 men survived", note="subset of the 28 (Building 2)"),
            C("released", 300, "more than 300 Sahrawis who had disappeared in the 1970s and 1980s were freed",
              qualifier="more_than", note="earlier event (summer 1991, other secret centres)"),
        ],
        released_names=["Ahmed Marzouki", "Aziz Binebine", "Salah Hachad", "Mohamed Raiss"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Malika Oufkir", "Abraham Serfaty", "Ali Bourequat"],
        other_people=["Leila Amrani", "Hassan II", "Mohamed Binebine", "Mahi Binebine", "Aïda Hachad",
                      "Mohamed Oufkir", "Christine Daure-Serfaty", "Gilles Perrault", "Mohammed VI", "Driss Basri",
                      "Youssef Lahlou"],
        distractors=["subtitle '28 men emerged' repeats the 28",
                     "Bourequat brothers Bayazid and Midhat (first names only) freed in December 1991 (other event)",
                     "Oufkir family freed from detention in February 1991 (other event); General Oufkir is dead",
                     "father Mohamed Binebine, brother Mahi Binebine and wife Aïda Hachad share surnames with releasees",
                     "'There were 58 of us. Thirty are still in the courtyard' = the dead, not held",
                     "cell 10, two buildings of 29 cells, 18 years, 19 years, 17 years, 14 min read",
                     "1.2 million, 100,000, 50,000, Comments (31): page noise"],
    ),
    dict(
        file="018_simon_mann_pardoned_2009.txt", published="2009-11-04",
        outlet="South African daily (markets bar, related list, comments)",
        event="Equatorial Guinea pardons Simon Mann and four South Africans; freed from Black Beach, 2009-11-03",
        counts=[
            C("released", 5, "the five men were freed from Malabo's notorious Black Beach prison"),
            C("other", 4, "four South Africans jailed over a botched 2004 coup attempt", note="subset of the five"),
            C("transferred_to", 4, "The four South Africans are expected to land at OR Tambo International Airport",
              where="OR Tambo International Airport", note="planned"),
            C("released", 62, "62 were freed in May 2005", note="earlier event (Zimbabwe, 2005)"),
            C("other", 70, "carrying about 70 men", qualifier="about", note="arrested in Harare in 2004 (earlier)"),
            C("remaining_held", 6,
              "Six Equatorial Guineans convicted alongside the foreigners were not covered by the pardon and remain in Black Beach",
              note="claim by the opposition in exile"),
            C("other", 34, "34-member team", note="page noise"),
        ],
        released_names=["Simon Mann", "Nick du Toit", "Sergio Cardoso", "Georges Alerson", "José Domingos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Lerato Khumalo", "Teodoro Obiang Nguema", "Amanda Mann", "Belinda du Toit",
                      "Maite Nkoana-Mashabane", "Mark Thatcher", "Ely Calil", "Anthony Kaplan"],
        distractors=["'Niek' (first name only) = Nick du Toit", "Amanda Mann and Belinda du Toit are wives (same surnames)",
                     "Mann's 2008 extradition to Malabo = into custody",
                     "34 years and four months, 34 years, 17 years each, four years, ages 57/53, R3 million",
                     "26 418, +0.8%, R/$ 7.68, $1 087/oz, 2-1, Comments (41): page noise"],
    ),
    dict(
        file="019_angola_activists_released_ngo.txt", published="2016-06-29",
        outlet="NGO press release (contact block)",
        event="Angola: 15 jailed '15+2' activists released after Supreme Court habeas corpus ruling, 2016-06-29",
        counts=[
            C("released", 15, "release today of 15 youth activists"),
            C("other", 17, "The 17 activists", note="all convicted, incl. two not in custody"),
            C("other", 2, "Two of them, Laurinda Gouveia and Rosa Conde, were not in custody",
              note="subset of the 17; free pending appeal (not releasees)"),
            C("other", 15, "The 15 were arrested on 20 June 2015", note="arrest (earlier)"),
        ],
        released_names=["Luaty Beirão", "Domingos da Cruz", "Nuno Álvaro Dala", "Sedrick de Carvalho",
                        "Albano Bingo", "Arante Kivuvu", "Manuel Chivonde"],
        alias_groups={"Manuel Chivonde": ["Nito Alves"]},
        not_released_names=["Francisco Mapanda"],
        other_event_released_names=["José Marcos Mavungo"],
        other_people=["Deprose Muchena", "Laurinda Gouveia", "Rosa Conde", "Luís Nascimento",
                      "José Eduardo dos Santos"],
        distractors=["'15+2' label", "December 2015 move to house arrest (not a release)",
                     "36-day hunger strike, two years and three months to eight years and six months, eight months",
                     "2017 elections, phone numbers"],
    ),
    dict(
        file="020_cote_divoire_amnesty_analysis_2018.txt", published="2018-09-12",
        outlet="think-tank analysis piece (~930 words) mentioning the releases in passing",
        event="Côte d'Ivoire amnesty for ~800 crisis-related prisoners; Simone Gbagbo and others freed, August 2018",
        counts=[
            C("released", 266, "266 detainees had left prison under the ordinance by 31 August"),
            C("released", 800, "an amnesty for about 800 people", qualifier="about",
              note="inferred: beneficiaries, most already at liberty; optional"),
            C("remaining_held", 60,
              'about 60 members of the army and armed groups accused of "blood crimes", who remain in custody',
              qualifier="about"),
            C("other", 3000, "killed some 3,000 people", qualifier="about", note="casualties (2010-11)"),
            C("other", 14, "14 pro-Gbagbo figures", note="earlier event; provisional release (bail-like), not a release"),
            C("other", 5, "5 scenarios", note="page noise"),
        ],
        released_names=["Simone Gbagbo", "Lida Kouassi Moïse", "Assoa Adou"],
        alias_groups={},
        not_released_names=["Laurent Gbagbo", "Charles Blé Goudé"],
        other_event_released_names=[],
        other_people=["Awa Koné-Mensah", "Alassane Ouattara", "Henri Konan Bédié", "Guillaume Soro",
                      "Amadou Gon Coulibaly", "Pascal Affi N'Guessan", "Michel Gbagbo"],
        distractors=["Affi N'Guessan and Michel Gbagbo: conditional/provisional release in 2013 (bail-like)",
                     "'the 60 excluded detainees will be tried' repeats the 60",
                     "'roughly 800 beneficiaries' repeats the 800",
                     "58th anniversary, 20-year and 15-year sentences, 8% growth, 'several hundred' killed in Duékoué",
                     "Gbagbo family: Laurent (held), Simone (freed), Michel (bail-like release in 2013)",
                     "12%, 0 comments: page noise"],
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
            if not isinstance(c["value"], int):
                print(f"{g['file']}: value not int {c['value']!r}", file=sys.stderr)
                ok = False
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                print(f"{g['file']}: 'where' must be set exactly on transferred_to: {c}", file=sys.stderr)
                ok = False
            if c["where"] is not None and c["where"].casefold() not in low:
                print(f"{g['file']}: where not found: {c['where']!r}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for canon, aliases in g["alias_groups"].items():
            if not any(canon in g[k] for k in ("released_names", "not_released_names",
                                                "other_event_released_names", "other_people")):
                print(f"{g['file']}: alias group key not in any list: {canon!r}", file=sys.stderr)
                ok = False
            for a in aliases:
                if a.casefold() not in low:
                    print(f"{g['file']}: alias not found: {a!r}", file=sys.stderr)
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
