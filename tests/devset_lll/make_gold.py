#!/usr/bin/env python3
"""Gold for devset_lll (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name occurs in it
(names: case-insensitive, for all-caps bylines/credits)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_cuba_moncada_amnesty_1955.txt", published="1955-05-16", outlet="Havana daily archive page, translated from Spanish",
        event="Cuba: amnesty frees the Moncada prisoners from the Presidio Modelo, Isla de Pinos, 1955-05-15",
        counts=[
            C("released", 18, "the eighteen men who were serving sentence in this establishment"),
            C("released", 9, "at least nine political prisoners condemned for other causes", qualifier="at_least",
              note="additional political prisoners freed at the same prison the same day"),
            C("released", 2, "both had recovered the liberty in February of 1954", note="earlier event (February 1954)"),
            C("other", 1300, "approximately 1.300 persons between prisoners and exiles", qualifier="about",
              note="estimated beneficiaries of the law, prisoners and exiles combined; not a count of people freed"),
            C("remaining_held", 40, "some 40 political prisoners pending of the procedure", qualifier="about",
              note="still held in other prisons, release expected in the next days"),
            C("other", 19, "cost the life of 19 soldiers", note="casualties, 1953"),
            C("other", 60, "more than sixty of the attackers", qualifier="more_than", note="casualties, 1953"),
            C("other", 120, "more than one hundred and twenty youths who participated", qualifier="more_than",
              note="participants in the 1953 attack"),
            C("other", 29, "condemned 29 in the process", note="sentenced in 1953"),
            C("other", 2, "Two dead in accident", note="page noise"),
        ],
        released_names=["Fidel Castro Ruz", "Raúl Castro Ruz", "Pedro Miret Prieto", "Juan Almeida Bosque",
                        "Ramiro Valdés Menéndez", "Jesús Montané Oropesa", "Ernesto Tizol", "Armando Mestre",
                        "Ciro Redondo", "Oscar Alcalde", "Israel Tápanes", "Agustín Díaz Cartaya"],
        alias_groups={"Fidel Castro Ruz": ["Fidel Castro", "Dr. Castro"]},
        not_released_names=[],
        other_event_released_names=["Haydée Santamaría", "Melba Hernández"],
        other_people=["Ramiro Sotolongo", "Fulgencio Batista y Zaldívar", "Emma Castro", "Juan M. Capote",
                      "Carlos Prío Socarrás", "Guillermo de Zéndegui", "Cosme de la Torriente", "Cardinal Arteaga"],
        distractors=["'his sisters Lidia and Emma Castro' are relatives", "Prío is an exile expected to return (not a prisoner)",
                     "sentences of fifteen, thirteen and ten years; seven months", "53 years of the Republic (not people)"],
    ),
    dict(
        file="002_kenya_matiba_freed_1991.txt", published="1991-06-13", outlet="Kenyan daily (section menu, see-also list)",
        event="Kenya: Kenneth Matiba released from detention on health grounds, 1991-06-12",
        counts=[
            C("remaining_held", 4, "at least four people are still held in detention without trial", qualifier="at_least"),
            C("other", 20, "at least 20 people dead", qualifier="at_least", note="riot casualties, 1990"),
            C("other", 1000, "more than 1,000 people were arrested", qualifier="more_than", note="arrests, 1990"),
            C("other", 22, "Harambee Stars squad of 22", note="page noise"),
            C("other", 14, "14 die as matatu plunges", note="page noise"),
        ],
        released_names=["Kenneth Matiba"],
        alias_groups={},
        not_released_names=["Raila Odinga", "Koigi wa Wamwere"],
        other_event_released_names=["Charles Rubia"],
        other_people=["Edith Matiba", "Jaramogi Oginga Odinga", "Amos Wako", "Paul Muite", "David Silverstein",
                      "Njeri Kariuki", "Moi"],
        distractors=["Koigi wa Wamwere's co-accused (unnamed) also in custody", "aged 58 / 67; ten months; 12 per cent",
                     "Jaramogi Oginga Odinga is Raila's father"],
    ),
    dict(
        file="003_venezuela_smolen_freed_1964.txt", published="1964-10-12", outlet="US wire archive page (brief)",
        event="Venezuela: FALN frees US Air Force Lt. Col. Michael Smolen in Caracas, 1964-10-12",
        counts=[
            C("other", 15, "at least 15 persons for questioning", qualifier="at_least", note="detained by police"),
            C("other", 4, "four armed men forced him into a car", note="kidnappers"),
            C("other", 2, "their two children", note="relatives"),
        ],
        released_names=["Michael Smolen"],
        alias_groups={},
        not_released_names=["Nguyen Van Troi"],
        other_event_released_names=["Alfredo di Stefano", "James Chenault"],
        other_people=["Robert S. McNamara", "Gonzalo Barrios"],
        distractors=["Smolen's wife, Ann (first name only, relative)", "'It was the third kidnaping' is an ordinal", "aged 43; two days; eight days",
                     "Nguyen Van Troi is a prisoner in Saigon whose execution the kidnappers wanted stopped (still held)"],
    ),
    dict(
        file="004_savina_caylyn_crew_freed_2011.txt", published="2011-12-22", outlet="Indian daily web page (menus, also-read list)",
        event="Somali pirates free the tanker Savina Caylyn and its 22 crew (17 Indians, 5 Italians), 2011-12-21",
        counts=[
            C("released", 22, "released the Italian-flagged tanker MV Savina Caylyn and its 22 crew members"),
            C("other", 17, "17 of them Indians", note="subset of the 22"),
            C("other", 5, "five Italians, including the master", note="subset of the 22"),
            C("other", 17, "17 Indian officers and ratings", note="subset of the 22 (crew list at hijacking)"),
            C("transferred_to", 17, "The Indian crew are expected to be flown to Mumbai from Djibouti", where="Mumbai",
              note="planned; inferred from the 17 Indian crew"),
            C("released", 21, "freed on November 25 with its 21 crew", note="earlier event (Rosalia D'Amato)"),
            C("other", 6, "six Italians and 15 Filipinos", note="earlier event subset"),
            C("other", 15, "six Italians and 15 Filipinos", note="earlier event subset"),
            C("remaining_held", 40, "At least 40 Indian sailors remain in the hands of Somali pirates", qualifier="at_least"),
            C("remaining_held", 7, "seven crew members of the MV Asphalt Venture who were kept back",
              note="subset of the 40"),
            C("remaining_held", 6, "six Indians among the crew of the MV Iceberg 1", note="subset of the 40"),
            C("remaining_held", 200, "more than 200 hostages of various nationalities", qualifier="more_than",
              note="EU naval force figure from the beginning of the month (before this release)"),
            C("other", 3, "3 held with fake currency", note="page noise"),
        ],
        released_names=["Giuseppe Lubrano Lavadera", "Jijo Thomas", "Ratheesh Kumar", "Arjun Menon"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Thressiamma", "P.K. Sasidharan", "Preneet Kaur"],
        distractors=["$11.5 million ransom; 880 km; ten months", "1.2 lakh darshan (page noise)",
                     "more than 1,500 merchant ships (not people)", "about 11 vessels (ships)", "Comments (4)"],
    ),
    dict(
        file="005_peru_amnesty_hugo_blanco_1970.txt", published="1970-12-24", outlet="British broadsheet, overseas news page",
        event="Peru: Velasco amnesty frees Hugo Blanco, Héctor Béjar and other political prisoners, 1970-12-23",
        counts=[
            C("released", 140, "it would benefit some 140 people", qualifier="about",
              note="projected; beneficiaries announced by the minister"),
            C("released", 60, "at least 60 had been released from prisons", qualifier="at_least"),
            C("remaining_held", 12, "at least 12 men convicted of offences against members of the armed forces", qualifier="at_least",
              note="excluded from the amnesty"),
            C("other", 1, "a policeman was killed", note="1962 attack casualty"),
        ],
        released_names=["Hugo Blanco", "Héctor Béjar", "Ricardo Gadea"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Juan Velasco Alvarado", "Jean-Paul Sartre", "Bertrand Russell", "Armando Artola", "Raúl Valdivia",
                      "Luis de la Puente Uceda", "Guillermo Lobatón"],
        distractors=["'dozens' still waiting in Cusco prison (vague, held)", "several hundred peasants died (vague)",
                     "aged 36 / 35; 25 years; ten-year sentence; seven years",
                     "de la Puente and Lobatón were killed in 1965"],
    ),
    dict(
        file="006_ethiopia_imperial_women_freed_1988.txt", published="1988-05-24", outlet="Reuters wire",
        event="Ethiopia: Princess Tenagnework and other women of the imperial family freed after 14 years, May 1988",
        counts=[
            C("released", 7, "Princess Tenagnework Haile Selassie, the eldest surviving daughter of the late Emperor, and six other women",
              note="seven in all (one plus six)"),
            C("other", 6, "six other women of the imperial family", note="subset of the seven"),
            C("other", 2, "two of the emperor's granddaughters-in-law", note="subset of the seven (unnamed)"),
            C("remaining_held", 9, "at least nine male members", qualifier="at_least"),
            C("other", 60, "60 former officials", note="executed in 1974"),
            C("other", 7000000, "up to seven million people in the north face food shortages", note="famine figure, not releases"),
        ],
        released_names=["Tenagnework Haile Selassie", "Aida Desta", "Sophia Desta", "Seble Desta", "Hirut Desta"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Haile Selassie", "Amha Selassie", "Iskinder Desta", "Mengistu Haile Mariam"],
        distractors=["'Haile Selassie' the late emperor (died 1975) is not a releasee", "aged 76; 14 years",
                     "'whose number it put in the thousands' vague, still held"],
    ),
    dict(
        file="007_mexico_figueroa_rescued_1974.txt", published="1974-09-09", outlet="US broadsheet archive page",
        event="Mexico: army frees Senator Rubén Figueroa and two companions held by Lucio Cabañas' guerrillas, 1974-09-08",
        counts=[
            C("released", 2, "Two other members of his party who were seized with him", note="earlier event (released in June)"),
            C("other", 5, "at least five\" guerrillas had been killed", qualifier="at_least", note="casualties"),
            C("other", 2, "two soldiers had been wounded", note="casualties"),
            C("other", 16000, "about 16,000 troops", qualifier="about", note="troops deployed"),
            C("released", 30, "30 prisoners were flown to Cuba", note="earlier event (1973, Guadalajara)"),
            C("transferred_to", 30, "30 prisoners were flown to Cuba", where="Cuba", note="earlier event (1973, Guadalajara)"),
        ],
        released_names=["Rubén Figueroa", "Gloria Brito", "Febronio Díaz Salgado"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Terrance G. Leonhardy", "José Guadalupe Zuno"],
        other_people=["Lucio Cabañas", "Hermenegildo Cuenca Díaz", "Luis Echeverría Álvarez", "Alan Riding"],
        distractors=["driver and local party official released in June (unnamed, earlier)", "100 days; 50 million pesos; $4 million; 60 miles",
                     "aged 66; 83; 11 days", "'his wife' (relative, unnamed)"],
    ),
    dict(
        file="008_eritrea_frees_yemeni_soldiers_1995.txt", published="1995-12-30", outlet="AFP wire",
        event="Eritrea hands 196 Yemeni soldiers captured on Greater Hanish to the ICRC, flown to Sanaa, 1995-12-30",
        counts=[
            C("released", 196, "Eritrea on Saturday handed over 196 Yemeni soldiers"),
            C("transferred_to", 196, "Eritrea on Saturday handed over 196 Yemeni soldiers captured during this month's fighting for the Red Sea island of Greater Hanish to the International Committee of the Red Cross (ICRC), which flew them home to Sanaa",
              where="Sanaa", note="flown home to Yemen"),
            C("remaining_held", 15, "at least 15 soldiers were still unaccounted for", qualifier="at_least",
              note="claim by Yemen; Eritrea denies holding other prisoners"),
            C("other", 12, "12 of its soldiers were killed", note="casualties"),
            C("released", 20, "Eritrea freed 20 Yemeni fishermen", note="earlier event (earlier in December)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Michel Cagneux", "Alamin Mohamed Seid", "Francis Gutmann", "Isaias Afwerki", "Ali Abdullah Saleh"],
        distractors=["two aircraft", "independence in 1993", "December 15 landing"],
    ),
    dict(
        file="009_colombia_farc_frees_peace_corps_starr_1980.txt", published="1980-02-11", outlet="UPI wire archive",
        event="Colombia: FARC free Peace Corps volunteer Richard Starr after almost three years, 1980-02-10",
        counts=[
            C("other", 1500, "about 1,500 fighters", qualifier="about", note="guerrilla strength"),
            C("other", 40, "at least 40 people were kidnapped for ransom in Colombia in 1979", qualifier="at_least",
              note="kidnappings in 1979, not releases"),
        ],
        released_names=["Richard Starr"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jack Anderson", "Diego Asencio", "Julio Cesar Turbay Ayala", "Merle Starr"],
        distractors=["$250,000 ransom; $1 million demand; 150 miles; aged 29", "'several Colombian landowners and businessmen' (vague)",
                     "Merle Starr is the father (same surname)"],
    ),
    dict(
        file="010_zimbabwe_frees_coup_plot_men_2005.txt", published="2005-05-16", outlet="South African news site (cookie banner, most-read list)",
        event="Zimbabwe frees 65 men jailed over the alleged Equatorial Guinea coup plot; flown to South Africa, 2005-05-15",
        counts=[
            C("released", 65, "Sixty-five men jailed in Zimbabwe"),
            C("transferred_to", 65, "Sixty-five men jailed in Zimbabwe over an alleged plot to topple the government of Equatorial Guinea walked out of Harare's Chikurubi Maximum Security Prison on Sunday and were flown home to South Africa",
              where="South Africa"),
            C("other", 52, "52 hold South African passports", note="subset of the 65"),
            C("transferred_to", 8, "eight Namibians would be flown on to Windhoek on Tuesday", where="Windhoek",
              note="planned onward transfer; subset of the 65"),
            C("other", 70, "among 70 arrested", note="arrested in March 2004"),
            C("released", 2, "Two of the 70 were acquitted in September", note="earlier event (acquitted September 2004)"),
            C("remaining_held", 2, "the two pilots of the aircraft", note="still held in Harare with Mann"),
            C("remaining_held", 11, "11 men arrested in connection with the same alleged plot", note="held in Malabo"),
            C("other", 7, "7 shot dead in Soweto", note="page noise"),
            C("other", 23, "names 23 for Cape Verde", note="page noise"),
            C("other", 2, "2 officials suspended", note="page noise"),
        ],
        released_names=["Jacinto Mateus", "Lodewyk Kotzé"],
        alias_groups={},
        not_released_names=["Simon Mann", "Niel Steyl", "Hendrik Hamman", "Nick du Toit"],
        other_event_released_names=[],
        other_people=["Thabo Mokoena", "Maria Mateus", "Teodoro Obiang Nguema", "Alwyn Griebenow", "Gerhard Merz",
                      "Ronnie Mamoepa", "Mark Thatcher"],
        distractors=["'A 12th man' is an ordinal (Merz died in custody)", "433 days; 14 months; 34 years; 16-month; four-year",
                     "R3-million; $2 000 a month", "Maria Mateus is a wife (same surname as a releasee)"],
    ),
    dict(
        file="011_cuba_four_dissidents_madrid_2008.txt", published="2008-02-18", outlet="British broadsheet web page (photo credit, related links)",
        event="Cuba frees four Black Spring prisoners, flown to Madrid, 2008-02-17",
        counts=[
            C("released", 4, "Four Cuban political prisoners arrived in Madrid yesterday"),
            C("transferred_to", 4, "Four Cuban political prisoners arrived in Madrid yesterday", where="Madrid"),
            C("other", 75, "among the 75 dissidents", note="group jailed in 2003"),
            C("other", 17, "accompanied by 17 relatives", note="relatives"),
            C("remaining_held", 55, "55 of the 75 remain behind bars"),
            C("released", 16, "The other 16 were freed on medical parole in previous years", note="earlier event (medical parole, mostly 2004)"),
            C("remaining_held", 234, "The commission puts the total number of political prisoners on the island at 234"),
            C("other", 75, "Seventy-five dissidents jailed in Cuba crackdown", note="related-link headline, 2003"),
        ],
        released_names=["Pedro Pablo Álvarez Ramos", "Alejandro González Raga", "José Gabriel Ramón Castillo",
                        "Omar Pernet Hernández"],
        alias_groups={},
        not_released_names=["Oscar Elías Biscet", "Normando Hernández González", "Héctor Maseda"],
        other_event_released_names=[],
        other_people=["Giles Tremlett", "Rory Carroll", "Raúl Castro", "Javier Soriano", "Miguel Ángel Moratinos",
                      "Elizardo Sánchez", "Laura Pollán", "Fidel Castro"],
        distractors=["'Four is good news for four families' / 'There are 55 more families still waiting' (quote)",
                     "up to 28 years; 25 years; 14 years; 20kg; aged 60 / 81"],
    ),
    dict(
        file="012_somalia_italian_nuns_freed_2009.txt", published="2009-02-18", outlet="Italian daily web page, machine-translated from Italian",
        event="Somalia: two Italian nuns kidnapped at El Wak, Kenya, freed after 102 days and flown to Nairobi, 2009-02-18",
        counts=[
            C("released", 2, "the two missionaries of the Contemplative Missionary Movement"),
            C("transferred_to", 2, "have been transferred with a small aircraft to Nairobi", where="Nairobi",
              note="inferred: the two nuns"),
            C("transferred_to", 2, "The two nuns will land tomorrow at Ciampino", where="Ciampino", note="planned"),
            C("remaining_held", 150, "more than 150 seafarers of various nationalities", qualifier="more_than"),
            C("other", 815, "815 seafarers were taken hostage during the year", note="2008 total taken hostage"),
            C("other", 1300, "1.300 dead in three weeks of war", note="page noise"),
            C("other", 12500, "12.500 employees", note="page noise"),
        ],
        released_names=["Maria Teresa Olivero", "Caterina Giraudo"],
        alias_groups={},
        not_released_names=["Amanda Lindhout", "Nigel Brennan"],
        other_event_released_names=["Colin Freeman", "José Cendón"],
        other_people=["Marco Bellini", "Franco Frattini", "Giuseppe Cavallotto", "Giovanni Olivero"],
        distractors=["102 days; 35 years; 250 kilometres; 1,5 million dollars; ten minutes", "111 ships / 42 seized (ships)",
                     "Giovanni Olivero is the brother", "Inter-Roma 3-3"],
    ),
    dict(
        file="013_eritrea_frees_four_britons_2011.txt", published="2011-06-13", outlet="UK broadcaster web page (menus, video-player residue, related stories)",
        event="Eritrea frees four British PVI security guards held for six months, 2011-06-13",
        counts=[
            C("released", 4, "Four British men who were held in Eritrea for six months"),
            C("transferred_to", 4, "They left Asmara on Monday morning and are expected to arrive in London later via Cairo",
              where="London", note="planned/inferred: the four"),
            C("remaining_held", 10000, "at least 10,000 political prisoners are held in the country", qualifier="at_least"),
            C("released", 8, "Somali pirates release Thai trawler's 8 crew", note="earlier event (related-link headline)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Dawit Isaak"],
        other_event_released_names=[],
        other_people=["Henry Bellingham", "Ali Abdu", "Chris Bailey"],
        distractors=["names of the four not released", "'thousands of people' vague", "six months; since 2001"],
    ),
    dict(
        file="014_south_sudan_cobra_child_release_2015.txt", published="2015-01-27", outlet="UN agency press release",
        event="South Sudan: Cobra Faction releases at least 280 child soldiers at Gumuruk, first phase of up to 3,000, 2015-01-27",
        counts=[
            C("released", 280, "At least 280 children, some as young as 11, were released today", qualifier="at_least"),
            C("released", 3000, "up to 3,000 children freed over the coming month", qualifier="about",
              note="planned total ('up to'); not required"),
            C("remaining_held", 2700, "More than 2,700 children are still believed to be with the group", qualifier="more_than"),
            C("other", 94, "registered 94 of the children's families", note="families traced"),
            C("other", 12000, "some 12,000 children, mostly boys, have been used as soldiers", qualifier="about",
              note="estimate of child soldiers in the conflict"),
            C("other", 1900000, "more than 1.9 million people from their homes", qualifier="more_than", note="displaced"),
            C("other", 3000, "the reintegration programme for the 3,000 children", note="planned programme size"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["David Yau Yau", "Jonathan Veitch", "Anna Muller", "Christopher Tidey"],
        distractors=["ages 11 to 17; up to four years; two years; 24 months; US$10 million", "190 countries",
                     "phone numbers"],
    ),
    dict(
        file="015_colombia_farc_minors_handed_over_2016.txt", published="2016-09-11", outlet="Colombian English-language news site (menus, related links, comments)",
        event="Colombia: FARC hand over the first 13 minors to the ICRC and UNICEF under the peace deal, 2016-09-10",
        counts=[
            C("released", 13, "released 13 minors from their camps"),
            C("remaining_held", 8, "eight more children are still to be handed over", note="inferred from the FARC list of 21"),
            C("other", 21, "there are 21 minors in FARC camps", note="FARC list total (includes the 13)"),
            C("other", 8000, "more than 8,000 cases of children recruited", qualifier="more_than", note="recruitment since 1985"),
            C("other", 220000, "some 220,000 people dead", qualifier="about", note="conflict casualties"),
            C("other", 7000000, "nearly 7 million displaced", qualifier="about", note="displaced"),
            C("released", 2, "ELN releases 2 kidnapped police officers in Arauca", note="earlier event (related-link headline)"),
            C("other", 7000, "7,000 fighters into 23 transition zones", note="related-link headline"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Daniel Ospina", "Christoph Harnisch", "Pastor Alape", "Sergio Jaramillo", "Fabrizio Hochschild",
                      "Jorge R.", "Laura M."],
        distractors=["'13 out of how many? ... hundreds' (comment, vague)", "more than 52 years", "6 Comments"],
    ),
    dict(
        file="016_venezuela_frees_22_after_bachelet_2019.txt", published="2019-07-05", outlet="US broadcaster web page (menu, cookie banner, video residue)",
        event="Venezuela frees 22 detainees including Judge Afiuni and Braulio Jatar after the UN rights chief's report, 2019-07-05",
        counts=[
            C("released", 22, "Venezuela's government has released 22 detainees"),
            C("other", 20, "The remaining 20 included students", note="subset of the 22 (released, not held)"),
            C("remaining_held", 700, "about 700 political prisoners remain in Venezuelan jails", qualifier="about"),
            C("other", 100, "more than 100 of them members of the military", qualifier="more_than", note="subset of those still held"),
            C("other", 2, "two officers have been charged", note="charged over a death in custody"),
            C("other", 2, "two human rights officers", note="UN staff"),
            C("other", 5287, "5,287 killings", note="killings recorded in 2018"),
            C("other", 4000000, "4 million have now left Venezuela", note="page noise (migrants)"),
        ],
        released_names=["María Lourdes Afiuni", "Braulio Jatar"],
        alias_groups={},
        not_released_names=["Juan Requesens", "Roberto Marrero", "Edgar Zambrano"],
        other_event_released_names=[],
        other_people=["Nicolás Maduro", "Michelle Bachelet", "Hugo Chávez", "Alfredo Romero", "Juan Guaidó",
                      "Rafael Acosta Arévalo", "Jorge Arreaza", "Stefano Pozzebon", "Bolsonaro"],
        distractors=["the banker whose release Afiuni ordered in 2009 (unnamed; earlier event)", "'thousands of extrajudicial killings' vague",
                     "aged 56; five years; nearly three years", "Acosta Arévalo died in custody"],
    ),
    dict(
        file="017_sudan_hamdok_reinstated_detainees_2021.txt", published="2021-11-22", outlet="news site live blog (reverse-chronological, most-read list)",
        event="Sudan: Hamdok freed from house arrest and reinstated; first political detainees released, 2021-11-21/22",
        counts=[
            C("released", 8, "at least eight people were freed", qualifier="at_least", note="tally by the Sudan Doctors' Committee"),
            C("remaining_held", 30, "at least 30\" members of resistance committees and political parties", qualifier="at_least",
              note="claim by an FFC lawyer"),
            C("released", 4, "the military released four ministers arrested on the day of the coup", note="earlier event (4 November)"),
            C("other", 41, "at least 41 people have now been killed", qualifier="at_least", note="protesters killed since the coup"),
            C("released", 15, "15 freed after Kaduna kidnap", note="different event (most-read headline)"),
            C("other", 3, "3 convicts escape from Kamiti", note="page noise"),
        ],
        released_names=["Abdalla Hamdok", "Omar al-Digair", "Ibrahim al-Sheikh", "Siddig al-Sadiq al-Mahdi"],
        alias_groups={},
        not_released_names=["Khalid Omer Yousif", "Mohamed al-Faki Suleiman", "Wagdi Salih"],
        other_event_released_names=["Hashem Hassab al-Rasoul", "Ali Geddo", "Hamza Baloul", "Youssef Adam al-Dai"],
        other_people=["Omar al-Bashir", "Volker Perthes", "Abdel Fattah al-Burhan", "Abiy"],
        distractors=["14-point deal", "a 16-year-old protester was shot dead", "'thousands of protesters' vague",
                     "Al-Digair's daughter (relative, unnamed)", "elections in July 2023"],
    ),
    dict(
        file="018_venezuela_frees_two_americans_2022.txt", published="2022-03-09", outlet="Reuters wire (brief)",
        event="Venezuela frees Gustavo Cárdenas and Jorge Alberto Fernández after a US delegation's visit, 2022-03-08",
        counts=[
            C("released", 2, "Venezuela has released two detained Americans"),
            C("transferred_to", 2, "were flown back to the United States", where="United States", note="inferred: the two"),
            C("other", 6, "one of six executives of Houston-based refiner Citgo", note="group arrested in 2017"),
            C("remaining_held", 8, "At least eight other Americans remain in Venezuelan prisons", qualifier="at_least"),
            C("remaining_held", 5, "the five other \"Citgo 6\" executives", note="subset of the eight"),
        ],
        released_names=["Gustavo Cardenas", "Jorge Alberto Fernandez"],
        alias_groups={},
        not_released_names=["Tomeu Vadell", "Jose Luis Zambrano", "Alirio Zambrano", "Jorge Toledo", "Jose Pereira",
                            "Matthew Heath"],
        other_event_released_names=[],
        other_people=["Nicolas Maduro", "Joe Biden", "Roger Carstens", "Juan Gonzalez", "Cristina Vadell",
                      "Matt Spetalnick", "Mayela Armas", "Mary Milliken"],
        distractors=["'two Americans ... will be able to hug their families' (quote, same two)", "more than four years",
                     "Cristina Vadell is a daughter of a still-held man"],
    ),
    dict(
        file="019_tanzania_releases_mwangi_atuhaire_2025.txt", published="2025-05-23", outlet="Kenyan news site (menus, trending, related links, comments)",
        event="Tanzania releases the Kenyan activist Boniface Mwangi at Ukunda and the Ugandan lawyer Agather Atuhaire at Mutukula, 2025-05-22",
        counts=[
            C("other", 83, "at least 83 opposition supporters and activists have been abducted or arrested", qualifier="at_least",
              note="abductions/arrests since January; not releases"),
            C("other", 2, "two other Kenyans were denied entry", note="denied entry, not detained"),
            C("other", 5, "5 suspects charged over Kitengela abductions", note="page noise"),
            C("released", 37, "Court frees 37 protesters on bond", note="different event (related-link headline; bond)"),
        ],
        released_names=["Boniface Mwangi", "Agather Atuhaire"],
        alias_groups={},
        not_released_names=["Tundu Lissu"],
        other_event_released_names=[],
        other_people=["Collins Odhiambo", "Njeri Mwangi", "Martha Karua", "Willy Mutunga", "Samia Suluhu Hassan",
                      "Korir Sing'oei", "Faith Odhiambo"],
        distractors=["Karua and Mutunga were turned back at the airport (never detained)", "aged 42; four days; June 2",
                     "'Pray for Lissu, he is still inside' (comment)", "COMMENTS (126)", "Njeri Mwangi is the wife"],
    ),
    dict(
        file="020_nicaragua_twelve_priests_rome_2023.txt", published="2023-10-18", outlet="Spanish wire agency (EFE), translated from Spanish",
        event="Nicaragua frees 12 Catholic priests and sends them to Rome under an agreement with the Vatican; Bishop Álvarez stays in prison, 2023-10-18",
        counts=[
            C("released", 12, "the excarcelation of twelve Catholic priests"),
            C("transferred_to", 12, "Twelve priests have traveled this afternoon to Rome", where="Rome"),
            C("released", 222, "expelled to Washington 222 political prisoners", note="earlier event (February 2023)"),
            C("transferred_to", 222, "expelled to Washington 222 political prisoners", where="Washington", note="earlier event (February 2023)"),
            C("other", 176, "at least 176 religious persons have been expelled", qualifier="at_least",
              note="cumulative expulsions/bans since 2018"),
            C("remaining_held", 89, "at least 89 political prisoners in the prisons of Nicaragua before the release", qualifier="at_least",
              note="count before this release"),
            C("other", 355, "at least 355 dead", qualifier="at_least", note="2018 protest deaths"),
            C("other", 2, "two other religious had already been arrested", note="earlier arrests"),
        ],
        released_names=["Manuel Salvador García Rodríguez", "José Leonardo Urbina Rodríguez", "Jaime Iván Montesinos Sauceda",
                        "Fernando Israel Zamora Silva", "Osman José Amador Guillén", "Julio Ricardo Norori Jiménez",
                        "Cristóbal Reynaldo Gadea Velásquez", "Álvaro José Toledo Amador", "Pastor Eugenio Rodríguez Benavides",
                        "Leonardo Guevara Gutiérrez", "José Iván Centeno Reyes", "Yessner Cipriano Pineda Meneses"],
        alias_groups={"Jaime Iván Montesinos Sauceda": ["padre Jaime Montesinos", "Montesinos"],
                      "Osman José Amador Guillén": ["Osman Amador"],
                      "Rolando José Álvarez Lagos": ["Rolando Álvarez", "Álvarez"]},
        not_released_names=["Rolando José Álvarez Lagos"],
        other_event_released_names=[],
        other_people=["Daniel Ortega", "Martha Patricia Molina", "Rosario Murillo", "Pope Francis"],
        distractors=["'Pastor' is a first name here, not a title", "two years; 30 years; ten years; 26 years and 4 months; aged 56",
                     "1917 / 1935 (years)"],
    ),
#ENTRIES#
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
            if c["kind"] not in {"released", "exchanged", "transferred_to", "remaining_held", "other"}:
                print(f"{g['file']}: bad kind {c['kind']}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
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
