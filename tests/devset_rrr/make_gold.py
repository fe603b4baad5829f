#!/usr/bin/env python3
"""Gold for devset_rrr (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_nepal_koirala_freed_1968.txt", published="1968-10-31", outlet="Indian English daily, digital archive page (OCR, other page-1 headlines)",
        event="Nepal frees B. P. Koirala and Ganesh Man Singh from Sundarijal camp, 1968-10-30",
        counts=[
            C("released", 2, "the two Nepali Congress leaders had been"),
            C("released", 11, "11 more political detainees held under the Public Security Act would be freed",
              note="planned; no date or names given"),
            C("remaining_held", 30, "some 30 Nepali Congress members remain in district jails in the Terai", qualifier="about",
              note="party workers' figure"),
            C("other", 1000, "About 1,000 people were arrested in the weeks after the royal take-over", qualifier="about",
              note="arrests in 1960-61, most released within two years"),
            C("released", 26, "In June last year 26 detainees", note="earlier event (June 1967 birthday amnesty)"),
            C("other", 2000, "2,000 FAMILIES HOMELESS", note="page noise"),
            C("other", 11, "11 DAYS IN SPACE", note="page noise"),
        ],
        released_names=["B. P. Koirala", "Ganesh Man Singh"],
        alias_groups={"B. P. Koirala": ["Bishweshwar Prasad Koirala"]},
        not_released_names=["Tej Bahadur Adhikari"],
        other_event_released_names=["Dharma Narayan Pradhan"],
        other_people=["King Mahendra", "Subarna Shumsher", "Hari Bahadur Thapa", "Sushila Koirala"],
        distractors=["Sushila Koirala is the wife (same surname)", "seven years and ten months / eight years (durations)",
                     "'who is 54' is an age", "Radio Nepal at 4 p.m.; Max. 29°C", "[Page 1 of 14]"],
    ),
    dict(
        file="002_senegal_mamadou_dia_freed_1974_fr.txt", published="1974-03-28", outlet="West African French-language daily, archive, machine-translated",
        event="Senegal: Senghor pardons Mamadou Dia and three former ministers held at Kédougou since 1962, 1974-03-27",
        counts=[
            C("released", 4, "The four men have been set free"),
            C("other", 5, "condemned in May 1963 the five accused", note="sentenced in 1963 (four now freed, one freed in 1968)"),
            C("other", 1000, "more than 1 000 people waited", qualifier="more_than", note="crowd"),
            C("released", 1350, "accord remissions of sentence to about 1 350 detainees of common right", qualifier="about",
              note="planned (4 April remissions, not necessarily releases)"),
            C("remaining_held", 40, "about forty militants of the clandestine African Party of Independence (PAI)", qualifier="about"),
        ],
        released_names=["Mamadou Dia", "Valdiodio N'Diaye", "Ibrahima Sarr", "Joseph Mbaye"],
        alias_groups={},
        not_released_names=["Amath Diop Sène"],
        other_event_released_names=["Alioune Tall"],
        other_people=["Léopold Sédar Senghor", "Jean Collin", "Ousmane Dia", "Moustapha Fall"],
        distractors=["Ousmane Dia is the nephew (same surname)", "Alioune Tall freed in 1968 at the end of a five-year sentence",
                     "twenty years / five years / seven years of forced labour (sentences)", "eleven years and three months",
                     "41,5 francs CFA; 2-1 (page noise)", "'Mr. Mamadou Dia, 63 years' is an age"],
    ),
    dict(
        file="003_chile_letelier_freed_1974_feature.txt", published="2024-09-10", outlet="long read / 50-years-on feature",
        event="Chile frees Orlando Letelier from detention and expels him to Venezuela, 1974-09-10",
        counts=[
            C("other", 35, "some 35 other leaders of the Popular Unity government", qualifier="about",
              note="Dawson Island prisoners at the time of his detention"),
            C("remaining_held", 30, "about 30 of his former Dawson companions were still being held", qualifier="about"),
            C("other", 7000, "an estimated 7,000 people passed through the National Stadium alone", qualifier="about",
              note="detentions after the 1973 coup"),
            C("other", 38000, "more than 38,000 survivors of political imprisonment and torture", qualifier="more_than",
              note="cumulative (Valech commissions)"),
            C("transferred_to", 1, "That night he landed in Caracas", where="Venezuela",
              note="inferred: one man expelled to Venezuela, no numeral; optional"),
        ],
        released_names=["Orlando Letelier"],
        alias_groups={},
        not_released_names=["Sergio Bitar", "Clodomiro Almeyda"],
        other_event_released_names=["Luis Corvalán", "Vladimir Bukovsky"],
        other_people=["Salvador Allende", "Isabel Morel", "Diego Arria", "Carlos Andrés Pérez", "Augusto Pinochet",
                      "Rodrigo Vallejos", "Ronni Moffitt", "Michael Moffitt", "Michael Townley", "Manuel Contreras",
                      "Juan Pablo Letelier", "Marcela Ríos Tapia"],
        distractors=["Corvalán exchanged for Bukovsky in 1976 (later, different event)", "742 days; 11 September 1973; 21 September 1976",
                     "Letelier was later killed in Washington (1976)", "'Isla 10' is a prisoner number", "one of Orlando's four sons",
                     "'several dozen Popular Unity officials were expelled' over two years is vague",
                     "Juan Pablo Letelier is the son (same surname)"],
    ),
    dict(
        file="004_pakistan_wali_khan_freed_1978.txt", published="1978-01-01", outlet="Reuters wire",
        event="Pakistan: Zia dissolves the Hyderabad tribunal and frees Wali Khan and co-defendants, 1978-01-01",
        counts=[
            C("released", 50, "about 50 other defendants", qualifier="about", note="freed with the named leaders"),
            C("other", 5000, "about 5,000 guerrillas and 3,300 soldiers were killed", qualifier="about", note="deaths, Baluchistan 1973-77"),
            C("other", 3300, "3,300 soldiers were killed", note="deaths"),
            C("released", 40, "about 40 NAP workers detained in the North-West Frontier Province were freed", qualifier="about",
              note="earlier event (October 1977)"),
        ],
        released_names=["Wali Khan", "Ghaus Bakhsh Bizenjo", "Ataullah Mengal", "Khair Bakhsh Marri", "Habib Jalib"],
        alias_groups={},
        not_released_names=["Zulfikar Ali Bhutto"],
        other_event_released_names=[],
        other_people=["Mohammad Zia ul-Haq", "Anwar Hussain", "Begum Nasim Wali Khan", "Abdul Ghaffar Khan", "Tariq Mahmood"],
        distractors=["Begum Nasim Wali Khan is the wife; Abdul Ghaffar Khan the father", "'Several thousand tribesmen' allowed to return (vague; amnesty)",
                     "'several hundred supporters' (vague)", "Wali Khan, 60; Abdul Ghaffar Khan, 87 (ages)",
                     "'no political prisoner of the NAP case remains in detention' (zero)"],
    ),
    dict(
        file="005_afghanistan_abouchar_freed_1984.txt", published="1984-10-26", outlet="British broadsheet, foreign news page",
        event="Afghanistan pardons and frees French TV reporter Jacques Abouchar, 1984-10-25",
        counts=[
            C("remaining_held", 2, "The two Afghans captured with Mr Abouchar"),
            C("other", 200, "about 200 colleagues and friends", qualifier="about", note="welcome party"),
            C("other", 105000, "about 105,000 Soviet troops", qualifier="about"),
            C("other", 3000000, "more than three million Afghans have fled", qualifier="more_than", note="refugees"),
        ],
        released_names=["Jacques Abouchar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Philippe Augoyard"],
        other_people=["Babrak Karmal", "François Mitterrand", "Konstantin Chernenko", "Claude Cheysson", "Andrei Gromyko",
                      "Alain Roussel", "Christopher Dyson"],
        distractors=["his wife, Huguette (first name only)", "18 years / eight years (sentences); 38 days; five months",
                     "about 40 miles inside the border", "Augoyard freed last year after French representations"],
    ),
    dict(
        file="006_liberia_sirleaf_pardoned_1985_brief.txt", published="1985-09-14", outlet="AP wire brief",
        event="Liberia: Doe pardons Ellen Johnson Sirleaf and frees 10 other detainees, 1985-09-13",
        counts=[
            C("released", 10, "ordered the release of 10 other political detainees"),
            C("remaining_held", 6, "at least six other members of the Liberian Action Party were still being held", qualifier="at_least",
              note="party officials' figure"),
        ],
        released_names=["Ellen Johnson Sirleaf"],
        alias_groups={},
        not_released_names=["Isaac Tuah"],
        other_event_released_names=[],
        other_people=["Samuel K. Doe", "J. Emmanuel Bowier", "Charles Sirleaf", "William R. Tolbert"],
        distractors=["'sentenced in July to 10 years' is a sentence (same number as the 10 freed)", "Charles Sirleaf is the son",
                     "$90 million a year (aid)", "Mrs. Sirleaf, 46 (age)"],
    ),
    dict(
        file="007_bangladesh_ershad_bail_1997.txt", published="1997-01-10", outlet="Dhaka English-language daily",
        event="Bangladesh: former president Ershad freed on bail from Dhaka Central Jail, 1997-01-09",
        counts=[
            C("other", 20000, "a crowd that police put at more than 20,000", qualifier="more_than", note="crowd"),
            C("released", 200, "some 200 party activists who were jailed in cases filed after 1991 would be freed", qualifier="about",
              note="planned (once cases are withdrawn)"),
            C("remaining_held", 35, "at least 35 JP workers remain in jails outside Dhaka", qualifier="at_least",
              note="JP leaders' figure"),
            C("other", 20, "more than 20 cases are still pending", qualifier="more_than", note="court cases"),
            C("other", 10, "10 years' rigorous imprisonment", note="sentence"),
        ],
        released_names=["Hussain Muhammad Ershad"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Raushan Ershad", "Sheikh Hasina", "Anwar Hossain Manju", "Abdul Matin Khasru", "Khaleda Zia",
                      "Syed Ishtiaq Ahmed", "Shahabuddin Ahmed"],
        distractors=["Raushan Ershad is the wife; score.py same_person() treats her as matching Hussain Muhammad Ershad (first names too close)",
                     "'over one lakh' (party claim, crowd)", "six years and 28 days; 66-year-old", "five parliamentary seats",
                     "Tk 50,000 bail bond; DSE 3,000 points; 2-1 (page noise)"],
    ),
    dict(
        file="008_paraguay_oviedo_freed_1998_es.txt", published="1998-08-19", outlet="Paraguayan daily, machine-translated from Spanish",
        event="Paraguay: President Cubas commutes Lino Oviedo's sentence; Oviedo leaves military custody, 1998-08-18",
        counts=[
            C("remaining_held", 3, "the three officials of lower grade who were condemned in the same process"),
            C("other", 1000, "More than 1.000 sympathizers", qualifier="more_than", note="crowd"),
            C("other", 10, "the sentence of 10 years of prison", note="sentence"),
            C("other", 55, "Cubas won with 55% of the votes", note="percentage"),
        ],
        released_names=["Lino César Oviedo"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Raúl Cubas Grau", "Raquel Marín de Oviedo", "Emilio Camacho Paredes", "Luis María Argaña",
                      "Juan Carlos Wasmosy", "Rodrigo Campos Cervera", "Ramón Giménez Benítez"],
        distractors=["Raquel Marín de Oviedo is the wife (same surname)", "decree 117; article 238; 48 hours; one year and eight months",
                     "2.850 guaraníes; 2 to 0 (page noise)"],
    ),
    dict(
        file="009_nigeria_obasanjo_freed_1998.txt", published="1998-06-16", outlet="Nigerian broadsheet",
        event="Nigeria: Abubakar frees Obasanjo and eight other political detainees, 1998-06-15",
        counts=[
            C("released", 9, "ordered the release of nine political detainees"),
            C("released", 8, "Abubakar frees Obasanjo, eight others",
              note="headline: the others besides Obasanjo (subset of the nine); inferred partial count, optional"),
            C("remaining_held", 100, "more than 100 political detainees remain in custody", qualifier="more_than", note="CLO estimate"),
            C("released", 20, "freed about 20 detainees held over the 1993 protests", qualifier="about", note="earlier event (1994)"),
            C("other", 25, "sentenced him to 25 years' imprisonment", note="sentence"),
        ],
        released_names=["Olusegun Obasanjo", "Beko Ransome-Kuti", "Chris Anyanwu"],
        alias_groups={},
        not_released_names=["Moshood Abiola", "Oladipo Diya", "Frank Kokori", "Milton Dabibi"],
        other_event_released_names=["Gani Fawehinmi"],
        other_people=["Abdulsalami Abubakar", "Tunde Adewale", "Stella Obasanjo", "Sani Abacha", "Ayo Opadokun",
                      "Emeka Anyaoku", "Kehinde Ogunleye", "Emeka Okonkwo", "Funmi Adeyemi"],
        distractors=["Stella Obasanjo is the wife", "'Obasanjo, eight others' in the headline (8 + 1 = 9)",
                     "15 years (commuted sentence); three years in detention; aged 61", "'hundreds of people' celebrating (vague)",
                     "Fawehinmi freed in 1994 and rearrested"],
    ),
    dict(
        file="010_pakistan_zardari_bail_2004.txt", published="2004-11-22", outlet="AFP wire",
        event="Pakistan: Asif Ali Zardari freed on bail after eight years in custody, 2004-11-22",
        counts=[
            C("other", 5000, "More than 5,000 supporters", qualifier="more_than", note="crowd"),
            C("remaining_held", 60, "about 60 party activists were still in jail", qualifier="about",
              note="claim by PPP spokesman; unverified"),
            C("other", 18, "some 18 cases", qualifier="about", note="court cases"),
            C("other", 23, "sentenced in April to 23 years for sedition", note="sentence of a still-held politician"),
        ],
        released_names=["Asif Ali Zardari"],
        alias_groups={},
        not_released_names=["Yousaf Raza Gilani", "Javed Hashmi"],
        other_event_released_names=[],
        other_people=["Benazir Bhutto", "Murtaza Bhutto", "Farhatullah Babar", "Sheikh Rashid Ahmed", "Pervez Musharraf",
                      "Nawaz Sharif", "Bilawal Bhutto Zardari", "Nadeem Qureshi"],
        distractors=["Zardari was also jailed 1990-1993 (earlier spell; same person)", "Bilawal Bhutto Zardari is the son",
                     "two surety bonds of two million rupees", "three children; aged 49; eight years"],
    ),
    dict(
        file="011_afghanistan_farrell_rescue_2009.txt", published="2009-09-09", outlet="UK broadcaster web page (cookie banner, video, related links)",
        event="British commandos free NYT reporter Stephen Farrell in Kunduz; his interpreter is killed, 2009-09-09",
        counts=[
            C("other", 90, "up to 90 people died in that strike", qualifier="about", note="deaths ('up to')"),
            C("other", 214, "brings to 214 the number of British service personnel killed", note="cumulative deaths"),
            C("other", 9000, "About 9,000 British troops", qualifier="about"),
            C("other", 3, "Helmand blast kills three Danish soldiers", note="page noise"),
        ],
        released_names=["Stephen Farrell"],
        alias_groups={},
        not_released_names=["Bowe Bergdahl"],
        other_event_released_names=["David Rohde"],
        other_people=["Sultan Munadi", "Gordon Brown", "David Miliband", "Bill Keller"],
        distractors=["Sultan Munadi was killed in the raid (not freed)", "Farrell was also kidnapped and released in Iraq in 2004",
                     "Rohde escaped with an unnamed Afghan colleague", "two fuel tankers; four days; aged 46/34",
                     "01:48 video length"],
    ),
    dict(
        file="012_srilanka_tissainayagam_pardon_2010.txt", published="2010-05-03", outlet="press-freedom NGO press release",
        event="Sri Lanka: President Rajapaksa pardons journalist J.S. Tissainayagam, 2010-05-03",
        counts=[
            C("remaining_held", 11000, "about 11,000 former combatants remain in so-called rehabilitation centres", qualifier="about"),
            C("other", 14, "the killings of at least 14 journalists and media workers since 2006", qualifier="at_least"),
            C("other", 20, "20 years of rigorous imprisonment", note="sentence"),
            C("other", 23, "a regional alliance of 23 journalists' organisations in 14 countries", note="boilerplate"),
        ],
        released_names=["J.S. Tissainayagam"],
        alias_groups={"J.S. Tissainayagam": ["Jayaprakash Sittampalam Tissainayagam", "Tissa"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mahinda Rajapaksa", "Ranjani Perera", "Ronnate Tissainayagam", "Barack Obama", "Peter Mackler",
                      "Prageeth Ekneligoda", "Sandya Ekneligoda", "Lasantha Wickrematunge"],
        distractors=["already out on bail since January; the pardon means he will not be returned to prison (judgement call: released)",
                     "Prageeth Ekneligoda is missing (disappeared), not stated as held", "675 days; more than five months; 46",
                     "Ronnate Tissainayagam is the wife", "Peter Mackler is the name of an award"],
    ),
    dict(
        file="013_brazil_battisti_freed_2011_it.txt", published="2011-06-09", outlet="Italian daily, machine-translated",
        event="Brazil: Supreme Court upholds refusal to extradite; Cesare Battisti leaves Papuda prison, 2011-06-09",
        counts=[
            C("other", 4, "four homicides", note="crimes"),
            C("other", 6, "with 6 votes against 3", note="court vote"),
            C("other", 100000, "over 100.000 signatures", qualifier="more_than", note="petition"),
            C("other", 1200, "1.200 people at the fiaccolata", note="page noise"),
        ],
        released_names=["Cesare Battisti"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Marina Petrella"],
        other_people=["Luiz Inácio Lula da Silva", "Luís Roberto Barroso", "Tarso Genro", "Franco Frattini",
                      "Alberto Torregiani", "Pierluigi Torregiani", "Dilma Rousseff", "Luiz Fux", "Gilmar Mendes", "Paolo Ferrante"],
        distractors=["'some tens of former militants' sought from France are not held", "four years and three months; 56 years",
                     "Pierluigi Torregiani was killed in 1979; Alberto is his son"],
    ),
    dict(
        file="014_niger_tandja_freed_2011.txt", published="2011-05-11", outlet="international radio's English web page (cookie notice, audio, related links)",
        event="Niger: ex-president Mamadou Tandja freed from Kollo prison after charges dropped, 2011-05-10",
        counts=[
            C("remaining_held", 4, "Four French employees of the nuclear group Areva and its subcontractor Satom"),
            C("released", 3, "Three ministers who were seized with him in the palace on the day of the coup were freed within weeks",
              note="earlier event (2010)"),
            C("other", 3, "AQIM frees three of the seven Arlit hostages", note="page noise (related link about an earlier release)"),
            C("other", 64, "some 64 billion CFA francs", qualifier="about", note="money"),
        ],
        released_names=["Mamadou Tandja"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Moussa Kaka-Idrissa", "Souley Oumarou", "Salou Djibo", "Mahamadou Issoufou", "Seini Oumarou"],
        distractors=["'several hundred supporters' (vague)", "eleven months; about 30 kilometres; aged 73",
                     "two young Frenchmen killed (related link)", "the three freed ministers are unnamed"],
    ),
    dict(
        file="015_colombia_eln_frees_wobert_2013.txt", published="2013-08-28", outlet="Canadian local newspaper (comments, most-read list)",
        event="Colombia: ELN frees Canadian geologist Jernoc Wobert to a humanitarian commission, 2013-08-27",
        counts=[
            C("released", 4, "The four other men were released in February", note="earlier event (February 2013)"),
            C("other", 4, "two Peruvian and two Colombian employees", note="co-abductees, freed earlier"),
            C("remaining_held", 12, "it is still holding at least 12 people", qualifier="at_least",
              note="Colombian authorities' estimate"),
            C("other", 2, "including two soldiers captured in the northeast in July", note="subset of those held"),
            C("other", 1500, "about 1,500 fighters", qualifier="about"),
            C("other", 221, "Two hundred and twenty-one of them", note="days in captivity"),
            C("other", 37, "Comments (37)", note="page noise"),
        ],
        released_names=["Jernoc Wobert"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Carol Pelletier", "John Baird", "Juan Manuel Santos", "Ariel Ortega", "Nicolás Rodríguez Bautista",
                      "Len Duchesne", "Dana Kowalchuk"],
        distractors=["Gabino is the ELN commander's alias", "seven months; since 1964; since 1921 (masthead)",
                     "Carol Pelletier is the sister-in-law"],
    ),
    dict(
        file="016_nigeria_al_mustapha_freed_2013.txt", published="2013-07-13", outlet="Nigerian online daily (ads, Read also, comments)",
        event="Nigeria: Court of Appeal acquits Al-Mustapha and Shofolahan of Kudirat Abiola's murder; both freed, 2013-07-12",
        counts=[
            C("other", 3, "the three-man panel", note="judges"),
            C("other", 7, "seven rescued as three-storey building collapses", note="page noise (Read also)"),
            C("other", 12, "Kano: 12 arrested over protest", note="page noise"),
            C("other", 15, "in detention for about 15 years", qualifier="about", note="duration"),
        ],
        released_names=["Hamza Al-Mustapha", "Lateef Shofolahan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sani Abacha", "Kudirat Abiola", "Moshood Abiola", "Barnabas Jabila", "Mohammed Abdul", "Mojisola Dada",
                      "Hafsat Abiola-Costello", "Ade Ipaye", "Alex Ibru", "Bola Adeyinka"],
        distractors=["Barnabas Jabila alias Rogers (prosecution witness)", "Moshood Abiola died in detention in 1998 (not freed)",
                     "Shofolahan, 70; 12 years (trial); Seventeen years later", "214 Comments; N2.5m (page noise)"],
    ),
    dict(
        file="017_mali_rijke_rescued_2015.txt", published="2015-04-06", outlet="AFP wire (photo caption)",
        event="Mali: French special forces free Dutch hostage Sjaak Rijke, 2015-04-06",
        counts=[
            C("remaining_held", 5, "At least five foreigners are now believed to be held by jihadist groups in the Sahel", qualifier="at_least"),
            C("exchanged", 4, "it had released four jihadist prisoners around the same time",
              note="earlier event (December 2014, around Lazarevic's release; swap denied)"),
            C("other", 2, "two jihadists had been killed and two others captured", note="raid casualties and captures"),
            C("other", 3000, "Some 3,000 French troops", qualifier="about"),
            C("other", 3, "The three were later shown in videos", note="the three 2011 Timbuktu hostages"),
        ],
        released_names=["Sjaak Rijke"],
        alias_groups={},
        not_released_names=["Johan Gustafsson", "Stephen McGown"],
        other_event_released_names=["Serge Lazarevic"],
        other_people=["Francois Hollande", "Mark Rutte", "Bert Koenders", "Ulf Gustafsson", "Philippe Verdon",
                      "Amadou Keita", "Anneke de Vries"],
        distractors=["Ulf Gustafsson is Johan's father", "Philippe Verdon was killed by his captors",
                     "unnamed German shot dead in 2011", "more than three years; aged 54", "five Sahel countries"],
    ),
    dict(
        file="018_india_hamid_ansari_wagah_liveblog_2018.txt", published="2018-12-18", outlet="Indian broadcaster live blog",
        event="Pakistan frees Hamid Nehal Ansari, handed over at Attari-Wagah, 2018-12-18",
        counts=[
            C("remaining_held", 471, "Pakistan is holding 471 Indian fishermen", note="list of July 1"),
            C("remaining_held", 52, "52 civilian prisoners", note="list of July 1"),
            C("released", 26, "Pakistan freed 26 Indian fishermen through the same crossing", note="earlier event (April 2018)"),
            C("released", 20, "a further batch of around 20 fishermen could be released", qualifier="about", note="planned; no date"),
            C("transferred_to", 1, "was handed over to Indian authorities at the Attari-Wagah border", where="India",
              note="inferred: one man repatriated, no numeral; optional"),
            C("other", 22, "spent 22 years in Pakistani jails", note="duration (Sarabjit Singh)"),
            C("other", 5000, "5,000 pilgrims a day", note="page noise"),
        ],
        released_names=["Hamid Nehal Ansari"],
        alias_groups={"Hamid Nehal Ansari": ["Hamid Ansari"]},
        not_released_names=["Kulbhushan Jadhav"],
        other_event_released_names=["Zeenat Shahzadi"],
        other_people=["Fauzia Ansari", "Nehal Ansari", "Qazi Muhammad Anwar", "Sushma Swaraj", "Sarabjit Singh",
                      "Mohammad Faisal", "Ashok Gehlot"],
        distractors=["Fauzia and Nehal Ansari are the parents (same surname)", "Sarabjit Singh died in jail in 2013",
                     "Zeenat Shahzadi went missing in 2015 and was recovered in 2017 (different event)",
                     "three-year sentence; six years; aged 33; 5:55 pm", "biryani for a hundred people"],
    ),
    dict(
        file="019_afghanistan_taliban_free_five_britons_2022.txt", published="2022-06-20", outlet="UK broadcaster web page (cookie banner, media caption, related links)",
        event="Taliban free five British men including Peter Jouvenal, 2022-06-20",
        counts=[
            C("released", 5, "Five British men who had been detained by the Taliban in Afghanistan have been released"),
            C("other", 4, "The other four men have not been named", note="unnamed subset of the five"),
            C("remaining_held", 1, "at least one other British national detained in Afghanistan", qualifier="at_least",
              note="charity's figure"),
            C("other", 15000, "evacuated more than 15,000 people from Kabul", qualifier="more_than", note="2021 evacuation"),
        ],
        released_names=["Peter Jouvenal"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Andrew North"],
        other_people=["Zabihullah Mujahid", "John Simpson", "Harriet Oyelaran"],
        distractors=["Andrew North freed in February with an unnamed Afghan colleague", "about six months; since 1979",
                     "'Thousands of Afghans ... remain in the country' is not detention", "hundreds feared dead (related link)"],
    ),
    dict(
        file="020_peru_antauro_humala_freed_2022.txt", published="2022-08-20", outlet="short wire brief",
        event="Peru: Antauro Humala released from prison after completing his sentence, 2022-08-20",
        counts=[
            C("other", 4, "four police officers were killed", note="deaths in 2005"),
            C("other", 19, "sentenced to 19 years in prison", note="sentence"),
            C("other", 150, "about 150 reservists", qualifier="about", note="2005 uprising"),
            C("other", 10, "held some 10 officers hostage for three days", qualifier="about",
              note="2005 hostages; release not reported"),
            C("other", 17, "17 years and seven months", note="duration"),
        ],
        released_names=["Antauro Humala"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ollanta Humala", "Nadine Heredia"],
        other_people=["Pedro Castillo", "Teodora Quispe"],
        distractors=["Ollanta Humala and Nadine Heredia released from pre-trial detention in 2018 (earlier event)",
                     "score.py same_person() treats Ollanta Humala and Antauro Humala as the same person (first names too close)",
                     "'several dozen supporters' (vague)", "aged 58; nine months"],
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
