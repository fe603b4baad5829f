#!/usr/bin/env python3
"""Gold for devset_iiii (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_zuno_freed_guadalajara_1974.txt", published="1974-09-09", outlet="US newspaper archive page (UPI; OCR, other front-page stories)",
        event="FRAP frees Jose Guadalupe Zuno Hernandez, President Echeverria's father-in-law, in Guadalajara, 1974-09-08",
        counts=[
            C("other", 10, "demanded that the government free 10 prisoners", note="kidnappers' demand, refused; not a release"),
            C("other", 15000, "about 15,000 soldiers and agents had taken part in the search", qualifier="about", note="searchers"),
            C("other", 12, "at least 12 suspected members of the FRAP had been arrested", qualifier="at_least", note="arrests"),
            C("transferred_to", 30, "released after the government flew 30 prisoners to Cuba", where="Cuba",
              note="earlier event (May 1973, Leonhardy kidnapping)"),
            C("released", 30, "released after the government flew 30 prisoners to Cuba",
              note="earlier event (May 1973, Leonhardy kidnapping)"),
        ],
        released_names=["Jose Guadalupe Zuno Hernandez"],
        alias_groups={"Jose Guadalupe Zuno Hernandez": ["Zuno", "Don Jose"]},
        not_released_names=[],
        other_event_released_names=["Terrance G. Leonhardy", "Anthony Duncan Williams"],
        other_people=["Luis Echeverria", "Refugio Arellano", "Pedro Ojeda Paullada", "Maria Esther Zuno de Echeverria",
                      "Fernando Aranguren", "Richard M. Nixon", "Evel Knievel"],
        distractors=["Fernando Aranguren was found shot dead (1973)", "Nixon pardon and Knievel jump are page noise",
                     "20 million pesos / $1.6 million / $80,000 are money", "83-year-old; 11 days; 300 miles; 600 feet",
                     "Maria Esther Zuno de Echeverria is the daughter (relative)"],
    ),
    dict(
        file="002_claustre_freed_tripoli_1977.txt", published="1977-02-01", outlet="UK broadsheet (Paris correspondent)",
        event="Chadian rebels free Francoise and Pierre Claustre, handed over in Tripoli, 1977-01-30/31",
        counts=[
            C("other", 1016, "She had been in captivity for 1,016 days", note="duration"),
            C("other", 2, "Two other Europeans were taken in the same raid", note="co-abductees in 1974 (one ransomed, one escaped)"),
            C("other", 10, "Earlier demands, made in 1975, were for 10 million francs", note="ransom demand (money)"),
            C("other", 3, "Mme Claustre had written only three letters in 33 months", note="letters"),
        ],
        released_names=["Francoise Claustre", "Pierre Claustre"],
        alias_groups={"Francoise Claustre": ["Mme Claustre"], "Pierre Claustre": ["M Pierre Claustre", "M Claustre"]},
        not_released_names=[],
        other_event_released_names=["Christoph Staewen", "Marc Combe"],
        other_people=["Ian Murray", "Hissene Habre", "Pierre Galopin", "Felix Malloum", "Abdel Salam Jalloud",
                      "Goukouni Oueddei", "Giscard d'Estaing", "Andre Treinen", "Gaddafi"],
        distractors=["Commandant Pierre Galopin was executed in 1975 (shares first name with Pierre Claustre)",
                     "Staewen's wife was killed in the raid (unnamed)",
                     "'Several Chadians ... are believed to be still held' (vague, unnamed)",
                     "aged 39; 33 months; 'a thousand days' (quote)", "couple 'expected to arrive at Villacoublay' (planned, no count)"],
    ),
    dict(
        file="003_spanish_embassy_guatemala_40_years.txt", published="2020-01-31", outlet="long feature / retrospective (40 years on)",
        event="Guatemalan police storm the occupied Spanish embassy; fire kills 37; ambassador Cajal escapes, 1980-01-31",
        counts=[
            C("other", 2, "Only two people came out of the burning office alive",
              note="survivors: the ambassador escaped; the other was later abducted from hospital and killed (judgement call)"),
            C("other", 37, "Thirty-seven people died in the blaze", note="dead"),
            C("other", 39, "some human rights groups count 39", note="dead (alternative count)"),
            C("other", 61, "held more than a dozen ambassadors, among them the US envoy Diego Asencio, for 61 days",
              note="different event (Dominican embassy siege, Bogota 1980); duration"),
            C("other", 37, "relatives laid flowers and 37 candles beneath it", note="candles"),
        ],
        released_names=["Máximo Cajal"],
        alias_groups={"Máximo Cajal": ["Cajal"]},
        not_released_names=[],
        other_event_released_names=["Diego Asencio"],
        other_people=["Lucía Ordóñez Kraemer", "Eduardo Cáceres Lehnhoff", "Adolfo Molina Orantes", "Jaime Ruiz del Árbol",
                      "Luis Felipe Sáenz", "Odette Arzú", "Vicente Menchú", "Rigoberta Menchú", "Gregorio Yujá Xona",
                      "Romeo Lucas García", "Pedro García Arredondo", "Mario Polanco", "Rosa Xona"],
        distractors=["Gregorio Yujá Xona survived the fire but was abducted from hospital and killed (not released)",
                     "Cáceres Lehnhoff (former vice-president) and Molina Orantes (former foreign minister) were hostages who died",
                     "Pedro García Arredondo sentenced to 90 years (convict, not a hostage)",
                     "$2.5 million ransom (different event)", "Cajal, then 44; died in 2014"],
    ),
    dict(
        file="004_jaime_betancur_freed_1983.txt", published="1983-12-08", outlet="US local newspaper archive (wire + local angle)",
        event="ELN frees Jaime Betancur, brother of President Belisario Betancur, 1983-12-07",
        counts=[
            C("released", 400, "an amnesty law under which more than 400 jailed guerrillas were released", qualifier="more_than",
              note="earlier event (1982 amnesty)"),
            C("other", 240, "at least 240 people have been abducted for ransom so far this year", qualifier="at_least",
              note="kidnappings this year"),
            C("remaining_held", 60, "about 60 are still in the hands of their captors", qualifier="about",
              note="nationwide police estimate of kidnap victims still held"),
        ],
        released_names=["Jaime Betancur"],
        alias_groups={},
        not_released_names=["Alberto Echavarria"],
        other_event_released_names=["Marta Nieves Ochoa", "Richard Starr"],
        other_people=["Ana Lucia Restrepo", "Belisario Betancur", "Fidel Castro", "Cecilia Posada de Betancur",
                      "Hernando Gaviria", "Jorge Mario Eastman"],
        distractors=["Belisario Betancur is the President (brother); Cecilia Posada de Betancur is the wife",
                     "15 days; 52; 'at least four times'; 50 million pesos; $2.1 million (page noise)"],
    ),
    dict(
        file="005_kashmir_childs_escape_1995.txt", published="1995-07-10", outlet="UK broadsheet",
        event="US hostage John Childs escapes al-Faran in Kashmir; two more trekkers seized, 1995-07-08",
        counts=[
            C("remaining_held", 5, "The militants are now believed to be holding five foreigners"),
            C("other", 2, "including two Britons", note="subset of the five"),
            C("other", 21, "has demanded the release of 21 militants held in Indian jails", note="demand; not a release"),
            C("other", 400, "about 400 foreign trekkers had passed through Pahalgam since May", qualifier="about"),
            C("exchanged", 5, "In 1989, five militants were exchanged for the Home Minister's daughter",
              note="earlier event (1989 Kashmir exchange; quoted retired officer)"),
        ],
        released_names=["John Childs"],
        alias_groups={},
        not_released_names=["Keith Mangan", "Paul Wells", "Donald Hutchings", "Hans Christian Ostro", "Dirk Hasert",
                            "Masood Azhar"],
        other_event_released_names=["David Mackie", "Kim Housego"],
        other_people=["Suzanne Goldring", "Peter Halloran", "Julie Mangan", "Catherine Moseley", "Jane Schelly",
                      "Brian Atwood-Hall", "Rajesh Pilot", "Bob Wells", "Ahmed Omar Saeed Sheikh"],
        distractors=["Masood Azhar is a jailed militant whose release is demanded ('remains in prison')",
                     "Ahmed Omar Saeed Sheikh 'is awaiting trial' (custody implied; judgement call)",
                     "Julie Mangan, Catherine Moseley, Jane Schelly were left behind (relatives, not hostages)",
                     "October 1994 Delhi kidnap victims freed by police (unnamed)", "ages 42/33/24/27; 17 days; eight hours"],
    ),
    dict(
        file="006_hargrove_freed_colombia_1995.txt", published="1995-08-24", outlet="US hometown newspaper",
        event="FARC free agricultural scientist Thomas Hargrove after 11 months, Colombia, 1995-08-22",
        counts=[
            C("remaining_held", 3, "At least three other Americans are believed to be held by the FARC", qualifier="at_least"),
            C("other", 1000, "more than 1,000 people were kidnapped in the country last year", qualifier="more_than",
              note="national kidnapping statistic"),
            C("other", 334, "I've been waiting 334 days for that phone call", note="duration"),
            C("other", 6, "initially demanded $6 million for his release", note="ransom demand (money)"),
        ],
        released_names=["Thomas Hargrove"],
        alias_groups={"Thomas Hargrove": ["Tom"]},
        not_released_names=["David Mankins", "Mark Rich", "Rick Tenenoff"],
        other_event_released_names=["Richard Starr"],
        other_people=["Darlene Whitmire", "Sharon Hargrove", "Lorene Hargrove", "Carl Bledsoe", "Jorge Luis Ramirez",
                      "Wendell Ames"],
        distractors=["Sharon (wife) and Lorene (mother) share the surname Hargrove",
                     "false report in May that Hargrove had been killed", "dozens of contacts; ten years; a week",
                     "about $100,000 reported payment; 51; 78; 20 years; 50 years"],
    ),
    dict(
        file="007_sipadan_renate_wallert_2000_de.txt", published="2000-07-18", outlet="German regional news site, machine-translated (dpa/AFP/epd; '1.000.000')",
        event="Abu Sayyaf free Renate Wallert on Jolo; husband, son and other Sipadan hostages still held, 2000-07-17",
        counts=[
            C("remaining_held", 20, "remain thus still 20 in the camp of the rebels"),
            C("other", 21, "Of the originally 21 hostages from Sipadan", note="total seized at Sipadan"),
            C("remaining_held", 30, "Altogether are therefore more than 30 people in the power of the kidnappers", qualifier="more_than"),
            C("other", 12, "12 members of a Philippine evangelist group", note="subgroup of the more than 30 held (judgement call)"),
            C("other", 3, "three journalists of the French television France 2", note="subgroup of those held (judgement call)"),
            C("other", 9, "nine Malaysians and two Filipinos", note="subset of the 20"),
            C("other", 1000000, "a \"board and lodging sum\" of 1.000.000 US-Dollar was paid", note="reported ransom (money)"),
            C("other", 2400000, "2.400.000 US-Dollar per person", note="ransom demand (money)"),
            C("other", 50, "more than 50 pupils and teachers", qualifier="more_than", note="earlier event (Basilan abduction)"),
            C("other", 3000, "about 3.000 soldiers", qualifier="about", note="troops"),
        ],
        released_names=["Renate Wallert"],
        alias_groups={},
        not_released_names=["Werner Wallert", "Marc Wallert", "Risto Vahanen", "Seppo Franti", "Stephane Loisy",
                            "Sonia Wendling", "Callie Strydom", "Monique Strydom", "Marie Moarbes", "Andreas Lorenz"],
        other_event_released_names=[],
        other_people=["Robert Aventajado", "Ghalib Andang", "Rajab Azzarouq", "Joschka Fischer", "Gerhard Schröder",
                      "Ingrid Bethge", "Rhoel Gallardo", "Joseph Estrada"],
        distractors=["'further releases in the coming days' is planned, no count", "Rhoel Gallardo (priest) found dead",
                     "Commander Robot = Ghalib Andang",
                     "scorer note: same_person() treats Renate Wallert and Werner Wallert as compatible (husband, still held)", "57-year-old; 27-year-old; 10 kilo; 86 days (related link)"],
    ),
    dict(
        file="008_sirius_star_freed_2009_liveblog.txt", published="2009-01-09", outlet="broadcaster live blog",
        event="Somali pirates free the supertanker Sirius Star and its 25 crew after a parachuted ransom, 2009-01-09",
        counts=[
            C("released", 25, "Somali pirates have released the Saudi supertanker Sirius Star and all 25 crew members"),
            C("other", 19, "The crew are 19 Filipinos, two Britons, two Poles, a Croatian and a Saudi", note="nationality subset"),
            C("transferred_to", 19, "the 19 Filipino seamen \"will be flown home as soon as the vessel reaches a safe port\"",
              where="Philippines", note="planned"),
            C("remaining_held", 100, "more than 100 Filipino sailors are still held on other ships seized off Somalia", qualifier="more_than"),
            C("remaining_held", 200, "more than a dozen ships and more than 200 crew members", qualifier="more_than"),
            C("other", 5, "Five of the pirates drowned", note="dead pirates"),
            C("other", 33, "seized in September with 33 tanks on board", note="tanks"),
            C("released", 30, "all 30 crew were released unharmed", note="earlier event (Le Ponant, April 2008)"),
            C("other", 6, "French commandos later captured six pirates", note="earlier event; captures"),
            C("other", 780, "put the death toll since 27 December at more than 780", qualifier="more_than", note="page noise (Gaza)"),
            C("other", 3, "three of the pirates swam ashore", note="pirates"),
        ],
        released_names=["Peter French", "James Grady", "Marek Niski"],
        alias_groups={"Marek Niski": ["Capt. Marek Niski"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Esteban Conejos", "Mohamed Said", "Abdi Salaan", "Vladimir Kolobkov"],
        distractors=["Vladimir Kolobkov (Faina captain) died", "$3 million; $153,000; $25 million; $100 million; 2 million barrels",
                     "56 days; 450 nautical miles; Comments (312)"],
    ),
    dict(
        file="009_aubriere_escape_mogadishu_2009_brief.txt", published="2009-08-26", outlet="wire brief",
        event="French security adviser Marc Aubriere escapes captors in Mogadishu; Denis Allex still held, 2009-08-26",
        counts=[
            C("other", 2, "One of two French security advisers kidnapped from a Mogadishu hotel last month",
              note="total kidnapped; one escaped, one held"),
        ],
        released_names=["Marc Aubriere"],
        alias_groups={"Marc Aubriere": ["Aubrière"]},
        not_released_names=["Denis Allex"],
        other_event_released_names=[],
        other_people=["Abdirahman Omar Osman", "Abdiqani Hassan", "Sahra Jama", "Tom Hollis", "Mark Tilson"],
        distractors=["'a payment had been made to his guards' (claim, denied)", "about five hours"],
    ),
    dict(
        file="010_lindhout_brennan_freed_2009.txt", published="2009-11-26", outlet="Canadian broadcaster web page (cookie banner, video, related links)",
        event="Amanda Lindhout and Nigel Brennan freed in Somalia after 15 months, flown to Nairobi, 2009-11-25/26",
        counts=[
            C("released", 2, "A Canadian freelance journalist and an Australian photographer who were kidnapped in Somalia more than 15 months ago have been released",
              note="inferred: count of the two named people"),
            C("transferred_to", 2, "have been released and flown to Kenya", where="Kenya",
              note="inferred: count of the two named people"),
            C("released", 3, "Their three Somali colleagues, including the photojournalist Abdifatah Mohammed Elmi, were freed in January",
              note="earlier event (January 2009)"),
            C("other", 21, "Somali pirates free Greek-owned ship, 21 crew", note="page noise (related link)"),
            C("other", 2, "two French security advisers seized in July", note="other kidnapping; one escaped, one held"),
            C("other", 462, "through hell for 462 days", note="duration"),
        ],
        released_names=["Amanda Lindhout", "Nigel Brennan"],
        alias_groups={},
        not_released_names=["Denis Allex", "Paul Chandler", "Rachel Chandler"],
        other_event_released_names=["Abdifatah Mohammed Elmi"],
        other_people=["Lorinda Stewart", "Nicole Bonney", "Lawrence Cannon", "Stephen Smith"],
        distractors=["$2.5 million demand; more than $600,000 ransom", "28; 38; 2:14 video; Comments (148)",
                     "'his colleague escaped in August' (unnamed, other event)"],
    ),
    dict(
        file="011_camatte_libere_2010_fr.txt", published="2010-02-24", outlet="French regional daily (with AFP), machine-translated ('1 500')",
        event="AQIM frees Pierre Camatte in Mali after Bamako releases four Islamists, 2010-02-23",
        counts=[
            C("exchanged", 4, "His liberation intervened two days after the release by Mali of four Islamists",
              note="other side of the deal (days earlier); counted as this event"),
            C("other", 2, "two Algerians, a Mauritanian and a Burkinabè", note="subset of the four"),
            C("remaining_held", 5, "AQMI still holds five Westerners in the Sahel"),
            C("other", 3, "the three Spanish humanitarians", note="subset of the five held"),
            C("released", 2, "the two Austrian tourists Wolfgang Ebner and Andrea Kloiber in October 2008",
              note="earlier event (October 2008)"),
            C("other", 1500, "to some 1 500 kilometers", qualifier="about", note="distance"),
            C("other", 100000, "more than 100 000 square kilometers", qualifier="more_than", note="area"),
            C("other", 1200, "1 200 people marched for Pierre Camatte", note="page noise (read-also link)"),
            C("other", 89, "We have waited 89 days", note="duration"),
        ],
        released_names=["Pierre Camatte"],
        alias_groups={},
        not_released_names=["Albert Vilalta", "Roque Pascual", "Alicia Gámez", "Sergio Cicala", "Philomène Kaboré"],
        other_event_released_names=["Wolfgang Ebner", "Andrea Kloiber", "Robert Fowler", "Louis Guay"],
        other_people=["Nicolas Sarkozy", "Amadou Toumani Touré", "Bernard Kouchner", "Monique Camatte-Ferry",
                      "Jean-Paul Cuny", "Edwin Dyer"],
        distractors=["Edwin Dyer was executed in June 2009", "'a Swiss woman and a German woman' freed April 2009 (unnamed)",
                     "nine months of prison (sentence)", "61 years old; 58 years old; Comments (37)",
                     "Monique Camatte-Ferry is the sister"],
    ),
    dict(
        file="012_hentschel_girls_rescued_yemen_2010.txt", published="2010-05-18", outlet="German international broadcaster web page (cookie banner)",
        event="Saudi forces rescue Lydia and Anna Hentschel, kidnapped in Saada, Yemen; parents still missing, 2010-05-17",
        counts=[
            C("released", 2, "Two young German sisters held hostage for almost a year in northern Yemen have been freed"),
            C("transferred_to", 2, "were rescued on Monday in a border area between Yemen and Saudi Arabia and flown to the Saudi capital, Riyadh",
              where="Riyadh", note="inferred: count of the two named girls"),
            C("other", 9, "among nine foreigners abducted on June 12, 2009", note="total abducted"),
            C("other", 3, "the bodies of three women in the group were found", note="killed"),
            C("remaining_held", 4, "The fate of the remaining four hostages",
              note="fate unknown; called hostages (judgement call)"),
        ],
        released_names=["Lydia Hentschel", "Anna Hentschel"],
        alias_groups={},
        not_released_names=["Johannes Hentschel", "Sabine Hentschel", "Anthony Saunders"],
        other_event_released_names=["Jürgen Chrobog"],
        other_people=["Guido Westerwelle", "Mansour al-Turki", "Anita Grünwald", "Rita Stumpp", "Eom Young-sun",
                      "Reinhard Holmer", "Dana Wiegand", "Rolf Brenner"],
        distractors=["one-year-old brother Simon (first name only) is still missing",
                     "scorer note: same_person() treats Anna Hentschel and Johannes Hentschel as compatible (father, still missing)", "Grünwald, Stumpp and Eom were killed in 2009",
                     "ages five/three/36/35/24/26/34", "'three days' Chrobog 2005 (earlier event, family unnamed)"],
    ),
    dict(
        file="013_pujalte_caracas_express_kidnap_2012_brief.txt", published="2012-01-30", outlet="wire brief",
        event="Mexico's ambassador to Venezuela and his wife freed after an express kidnapping in Caracas, 2012-01-30",
        counts=[
            C("other", 1100, "more than 1,100 kidnappings in the country last year", qualifier="more_than",
              note="national kidnapping statistic"),
            C("other", 2, "had identified \"at least two\" suspects", qualifier="at_least", note="suspects"),
        ],
        released_names=["Carlos Pujalte"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Wilson Ramos"],
        other_people=["Tareck El Aissami"],
        distractors=["the ambassador's wife is freed but not named", "about two hours; two days later; since 2010"],
    ),
    dict(
        file="014_gao_algerian_diplomats_freed_2014.txt", published="2014-08-30", outlet="AFP wire",
        event="Last two Algerian diplomats seized at the Gao consulate freed, 2014-08-30",
        counts=[
            C("released", 2, "Two Algerian diplomats held by jihadists in northern Mali since April 2012 have been freed"),
            C("other", 7, "They were among seven staff of the Algerian consulate", note="total seized in April 2012"),
            C("released", 3, "Three of the seven were released in July 2012.", note="earlier event (July 2012)"),
            C("released", 5, "five of the seven diplomats have now come home alive", note="cumulative"),
            C("other", 2, "a hostage affair in which two of their colleagues died", note="dead (deputy consul executed, consul died)"),
            C("other", 15000000, "MUJAO had demanded 15 million euros", note="ransom demand (money)"),
            C("other", 876, "Our mother has been waiting 876 days", note="duration"),
        ],
        released_names=["Mourad Guessas", "Kedour Miloudi"],
        alias_groups={},
        not_released_names=["Serge Lazarevic", "Sjaak Rijke", "Johan Gustafsson", "Stephen McGown"],
        other_event_released_names=[],
        other_people=["Tahar Touati", "Boualem Sayes", "Ramtane Lamamra", "Karim Guessas"],
        distractors=["Tahar Touati (deputy consul) executed; Boualem Sayes (consul) died in captivity",
                     "'would be flown home' (planned, no count)", "a German man shot dead in Timbuktu (unnamed)",
                     "Karim Guessas is a brother", "29 months (headline)"],
    ),
    dict(
        file="015_westgate_siege_liveblog_2013.txt", published="2013-09-23", outlet="Kenyan newspaper live blog",
        event="Westgate mall siege, Nairobi, day three: hostages freed in stages, 2013-09-21..23",
        counts=[
            C("released", 12, "a further 12 hostages were freed overnight from the supermarket",
              note="police source, unconfirmed by the army"),
            C("remaining_held", 5, "leaving five still held", note="police source, unconfirmed"),
            C("released", 30, "about 30 hostages were rescued during the day", qualifier="about",
              note="day two (Sunday); senior police officer, unconfirmed by the military"),
            C("other", 59, "says 59 people have been killed", note="dead (Sunday figure)"),
            C("other", 3000, "more than 3,000 units of blood", qualifier="more_than", note="blood donations"),
            C("other", 62, "put the confirmed death toll at 62", note="dead"),
            C("other", 69, "after earlier giving a figure of 69", note="dead (superseded figure)"),
            C("other", 175, "At least 175 people have been wounded", qualifier="at_least", note="wounded"),
            C("other", 63, "63 people are still listed as missing", note="missing, not held"),
            C("other", 3, "three of the attackers were killed today", note="attackers killed"),
            C("other", 10, "more than 10 suspects have been arrested", qualifier="more_than", note="arrests"),
            C("other", 1000, "More than 1,000 people were evacuated from the building on Saturday", qualifier="more_than",
              note="evacuees, not counted as hostages (judgement call)"),
            C("other", 81, "has risen to 81", note="page noise (Peshawar)"),
        ],
        released_names=["Kamal Patel", "Faiza Abdalla", "Amber Prior", "Elliott Prior", "Amelie Prior"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Wanjiru Kamau", "Otieno Ouma", "Grace Mutua", "Joseph Ole Lenku", "Julius Karangi", "Manoah Esipisu",
                      "Ali Mohamud Rage", "Kofi Awoonor", "Ruhila Adatia-Sood", "Uhuru Kenyatta", "Mbugua Mwangi",
                      "Rosemary Wahito", "Annemarie Desloges", "Abdul Haji"],
        distractors=["Awoonor, Adatia-Sood, Mwangi, Wahito and Desloges were killed",
                     "Abdul Haji is a rescuer, not a hostage", "'most of the hostages' / 'very few' are vague",
                     "ages 44/4/6/78; seven hours; 24 hours; six months pregnant",
                     "Kamal Patel and Faiza Abdalla were led out by soldiers (rescued during the siege)"],
    ),
    dict(
        file="016_nikbakht_freed_yemen_2015_fa.txt", published="2015-03-05", outlet="Iranian news agency, machine-translated from Persian ('1.000')",
        event="Iranian embassy employee Nour Ahmad Nikbakht freed in Yemen and returns to Tehran, 2015-03-05",
        counts=[
            C("remaining_held", 4, "The file of the four Iranian diplomats kidnapped in Lebanon remains still open",
              note="claim by Iran that they are alive and held (1982 abduction)"),
            C("other", 1000, "more than 1.000 persons", qualifier="more_than", note="kidnappings in Yemen over three years"),
            C("other", 1500, "Approximately 1.500 Iranian nationals live in Yemen", qualifier="about", note="residents"),
            C("other", 592, "our diplomat was freed after 592 days", note="duration"),
        ],
        released_names=["Nour Ahmad Nikbakht"],
        alias_groups={"Nour Ahmad Nikbakht": ["Nour-Ahmad Nik-Bakht", "Nikbakht"]},
        not_released_names=["Ahmad Motevaselian"],
        other_event_released_names=["Abdullah al-Khalidi"],
        other_people=["Hossein Amir-Abdollahian", "Fatemeh Rezaei", "Marzieh Afkham"],
        distractors=["'19 months'; two children; 'The 4 kidnapped diplomats; 33 years of waiting' (related link)",
                     "Code News: 81528377", "deal with Marib tribes (claim, rejected)"],
    ),
    dict(
        file="017_delta_british_missionaries_freed_2018.txt", published="2018-10-26", outlet="Nigerian daily (ads, Read also, comments)",
        event="Three British missionaries freed in Delta State; colleague Ian Squire killed during abduction, 2018-10-25",
        counts=[
            C("released", 3, "Three British missionaries abducted by gunmen in Burutu Local Government Area of Delta State have regained their freedom"),
            C("other", 11, "Gunmen abduct 11 passengers on Benin-Ore road", note="page noise (Read also)"),
            C("other", 6, "Soldiers rescue 6 kidnapped fishermen", note="page noise (Read also)"),
            C("other", 200, "more than 200 foreign oil workers were kidnapped in the region", qualifier="more_than",
              note="earlier events (2006-2009)"),
            C("other", 23, "Police arrest 23 suspected cultists", note="page noise (most read)"),
            C("other", 100, "demanded N100 million", note="ransom demand (money)"),
        ],
        released_names=["Alanna Carson", "David Donovan", "Shirley Donovan"],
        alias_groups={"David Donovan": ["Dr David Donovan", "Dr Donovan"]},
        not_released_names=[],
        other_event_released_names=["Margaret Hill"],
        other_people=["Ochuko Akpobire", "Ian Squire", "Andrew Aniamaka", "Ebikeme Pere-Tonbara", "Ifeanyi Okowa",
                      "Charles Aniagwu"],
        distractors=["Ian Squire was shot dead", "'No ransom was paid' vs community claims of negotiation",
                     "13 days; 57; more than 10 years; 63 Brigade; 12 Comments; N100,000 bonus (ad)"],
    ),
    dict(
        file="018_haiti_three_missionaries_freed_2021.txt", published="2021-12-06", outlet="AP wire",
        event="400 Mawozo frees three more Christian Aid Ministries hostages in Haiti; 12 still held, 2021-12-05",
        counts=[
            C("released", 3, "Three more members of a U.S.-based missionary group who were kidnapped by a gang in Haiti nearly two months ago have been released"),
            C("remaining_held", 12, "leaving 12 still held"),
            C("released", 2, "Two of the hostages were freed on Nov. 21.", note="earlier event (21 November)"),
            C("released", 5, "five of the 17 have now been freed", note="cumulative"),
            C("other", 16, "The 400 Mawozo gang abducted 16 Americans and one Canadian", note="total abducted (17)"),
            C("other", 400, "The 400 Mawozo gang", note="gang name, not a count"),
            C("other", 5, "The group includes five children", note="subset of the 17"),
            C("other", 900, "more than 900 kidnappings so far this year", qualifier="more_than", note="national statistic"),
            C("other", 55, "including at least 55 foreigners", qualifier="at_least", note="national statistic"),
            C("other", 5, "the kidnapping in April of five priests, two nuns and three relatives", note="earlier event (April 2021 abduction)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Michel Briand", "Agnes Bordeau"],
        other_people=["Marisol Reyes", "Jean-Robert Pierre", "Weston Showalter", "Wilson Joseph", "Jovenel Moise", "Ariel Henry"],
        distractors=["the three freed are not named", "'to be released in the coming days' (expected, unnamed police official)",
                     "$1 million each; 8 months old; magnitude 7.2"],
    ),
    dict(
        file="019_joerg_lange_freed_niger_2022_ngo.txt", published="2022-12-20", outlet="NGO press release",
        event="German aid worker Joerg Lange freed after more than four and a half years in Sahel captivity, December 2022",
        counts=[
            C("remaining_held", 5, "at least five other foreign nationals are still held hostage in the Sahel", qualifier="at_least"),
            C("other", 1713, "He spent 1,713 days in the hands of his captors", note="duration"),
            C("other", 4400000, "more than 4.4 million people in Niger alone need humanitarian assistance", qualifier="more_than",
              note="humanitarian statistic"),
            C("other", 20, "more than 20 countries", qualifier="more_than", note="boilerplate"),
        ],
        released_names=["Jörg Lange"],
        alias_groups={"Jörg Lange": ["Joerg Lange"]},
        not_released_names=["Jeffery Woodke", "Olivier Dubois", "Ken Elliott", "Hans-Joachim Lohre"],
        other_event_released_names=["Gloria Cecilia Narváez"],
        other_people=["Annette Brückner", "Martin Lange", "Annalena Baerbock", "Tomas Behrendt"],
        distractors=["Dr Elliott's wife, Jocelyn, freed in 2016 (first name only; earlier event)",
                     "Martin Lange is the brother", "63; since 2016; founded in 1981; 'expected to return before Christmas' (planned)"],
    ),
    dict(
        file="020_eberhardt_freed_yemen_2013.txt", published="2013-02-28", outlet="Swiss broadcaster web page (cookie banner, video)",
        event="Swiss teacher Silvia Eberhardt freed in Yemen with Qatari mediation, flown to Doha, 2013-02-27",
        counts=[
            C("transferred_to", 1, "has been released and flown to the Qatari capital, Doha", where="Doha",
              note="inferred: one named woman"),
            C("remaining_held", 4, "leaves at least four foreigners known to be held in Yemen", qualifier="at_least"),
            C("released", 3, "three French aid workers from the organisation Triangle Génération Humanitaire were released",
              note="earlier event (November 2011)"),
            C("other", 50, "demanded 50 million dollars", note="ransom demand (money)"),
            C("other", 349, "the 349 days of captivity", note="duration"),
        ],
        released_names=["Silvia Eberhardt"],
        alias_groups={"Silvia Eberhardt": ["Silvia Eberhard"]},
        not_released_names=["Atte Kaleva", "Leila Kaleva", "Dominik Neubauer", "Abdullah al-Khalidi"],
        other_event_released_names=["Olivier David Och", "Daniela Widmer"],
        other_people=["Didier Burkhalter", "Mohammed al-Qawsi", "Pierre-Alain Eltschinger"],
        distractors=["Och and Widmer escaped in Pakistan in 2012 (earlier event)", "eight months; five months; Comments (23); 01:46 video"],
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
