#!/usr/bin/env python3
"""Gold for devset_bb (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name / alias / `where` occurs in it
(names: case-insensitive, for all-caps bylines)."""
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
        file="001_maersk_alabama_captain.txt", published="2009-04-12", outlet="AP wire",
        event="US Navy snipers free Capt. Richard Phillips of the Maersk Alabama off Somalia, 2009-04-12",
        counts=[
            C("other", 3, "Navy snipers killed three Somali pirates", note="casualties (pirates killed)"),
            C("other", 19, "His crew of 19 Americans fought back and retook the vessel",
              note="crew retook the ship; never hostages, not a release"),
            C("released", 4, "Four hostages were freed in that raid",
              note="earlier event (French yacht raid two days earlier)"),
            C("remaining_held", 230, "still holding more than a dozen ships and about 230 crew members", qualifier="about",
              note="inferred: crews of other hijacked ships (IMB figure), different hijackings"),
            C("other", 12, "more than a dozen ships", qualifier="more_than", note="ships, not people"),
            C("other", 80, "Pirates have attacked nearly 80 vessels", qualifier="about", note="attacks this year"),
        ],
        released_names=["Richard Phillips"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abduwali Abdukhadir Muse", "William Gortney", "Frank Castellano", "Barack Obama",
                      "Ken Quinn", "Shane Murphy", "Andrea Phillips", "Alison McColl", "Florent Lemacon",
                      "Abdi Garad", "Daniel Okwaro", "Paul Halvorsen", "Derek Whitfield", "Hassan Abdi Warsame"],
        distractors=["Muse: pirate taken INTO custody (perpetrator, not a captive)",
                     "Andrea Phillips is the wife (same surname)", "Florent Lemacon was killed in the French raid",
                     "ages 53; 17,000-ton; 350 miles; 25 to 30 yards; five-day standoff"],
    ),
    dict(
        file="002_sinai_security_men_freed.txt", published="2013-05-22", outlet="Egyptian English-language news site (Ahram Online style)",
        event="Seven Egyptian security personnel kidnapped in North Sinai released, 2013-05-22",
        counts=[
            C("released", 7, "Seven Egyptian security personnel abducted by gunmen in North Sinai last week were released"),
            C("other", 6, "The six policemen and one army conscript", note="subset of the seven"),
            C("other", 16, "16 border guards were killed", note="casualties, earlier attack"),
            C("released", 25, "held 25 Chinese cement workers, who were freed within a day",
              note="earlier event (February 2012)"),
            C("other", 45, "Two killed in clashes in Port Said, 45 injured", note="page noise"),
            C("other", 37, "Comments (37)", note="page noise"),
        ],
        released_names=["Ibrahim Sobhi Abdel-Hamid", "Waleed Saad El-Kholy"],
        alias_groups={},
        not_released_names=["Hamada Abu Shita"],
        other_event_released_names=[],
        other_people=["Mohamed Morsi", "Abdel-Fattah El-Sisi", "Mohamed Ibrahim", "Ahmed Mohamed Ali",
                      "Mohamed Abu Shita", "Hassan Khalafallah", "Hosni Mubarak", "Nourhan Fathy"],
        distractors=["Mohamed Abu Shita is the brother of the still-held Hamada Abu Shita",
                     "'dozens of angry policemen' (vague)", "age 22; six-day crisis; five days; 2011 attack",
                     "Read more list (3.1 percent, 2-1, 9.5 million tonnes) is page noise"],
    ),
    dict(
        file="003_npa_frees_obillo.txt", published="1999-04-08", outlet="Mindanao regional daily",
        event="NPA frees Brig. Gen. Victor Obillo and Capt. Eduardo Montealto to Jesse Jackson, 1999-04-07",
        counts=[
            C("released", 2, "The two officers were released"),
            C("remaining_held", 2, "the NPA still holds two other captives"),
            C("other", 3, "their three children were waiting", note="relatives"),
            C("other", 11, "11 dead as bus falls into ravine", note="page noise"),
        ],
        released_names=["Victor Obillo", "Eduardo Montealto"],
        alias_groups={},
        not_released_names=["Alipio Lopez", "Noel Buan"],
        other_event_released_names=["Robert Goodman"],
        other_people=["Jesse Jackson", "Felicisimo Rosales", "Rosalinda Obillo", "Joseph Estrada",
                      "Orlando Mercado", "Ka Oris", "Ronaldo P. Alcala"],
        distractors=["Rosalinda Obillo is the wife (same surname)", "68 days; age 52; 2:40 p.m.; Feb. 2",
                     "Goodman was freed from Syria in 1984 (earlier event)", "P8.00; P2.3 B; 5 golds (page noise)"],
    ),
    dict(
        file="004_turkish_workers_baghdad_liveblog.txt", published="2015-09-30", outlet="Turkish broadcaster English live page",
        event="16 Turkish Nurol workers kidnapped in Baghdad freed in Basra, 2015-09-30",
        counts=[
            C("released", 16, "16 Turkish construction workers kidnapped in Baghdad four weeks ago have been freed"),
            C("transferred_to", 16, "The plane carrying the 16 workers has taken off from Basra for Istanbul",
              where="Istanbul", note="inferred: flight home after release (optional)"),
            C("other", 18, "18 workers employed by Nurol", note="total abducted on 2 September"),
            C("released", 2, "Two of the workers were released on 16 September", note="earlier event (16 September)"),
            C("other", 20, "around 20 sorties in Syria", qualifier="about", note="page noise (unrelated entry)"),
            C("other", 4500, "more than 4,500 migrants and refugees reached Lesbos", qualifier="more_than",
              note="page noise (unrelated entry)"),
            C("other", 7, "7 PKK militants killed", note="page noise"),
        ],
        released_names=["Emre Koçak"],
        alias_groups={"Ahmet Davutoğlu": ["Davutoglu"]},
        not_released_names=[],
        other_event_released_names=["Erdal Tunç"],
        other_people=["Ahmet Davutoğlu", "Haider al-Abadi", "Nazım Koçak", "Tanju Bilgiç"],
        distractors=["Nazım Koçak is the father (same surname)", "28 days; 7 p.m.; 2 September; timestamps",
                     "'Our 16 citizens are free' repeats the main count", "Dollar tops 3.07; 1-1 (page noise)"],
    ),
    dict(
        file="005_catalan_aid_workers_freed_mali.txt", published="2010-08-24", outlet="Spanish daily, machine-translated",
        event="AQIM frees Catalan aid workers Albert Vilalta and Roque Pascual in Mali, 2010-08-22/23",
        counts=[
            C("released", 2, "The two cooperants were released"),
            C("transferred_to", 2, "the two men were transferred by plane to Ouagadougou", where="Ouagadougou"),
            C("other", 3, "The three members of the convoy were kidnapped", note="total abducted in November 2009"),
            C("other", 13, "a caravan of thirteen vehicles", note="vehicles"),
            C("other", 3800000, "around 3,8 million euros", qualifier="about", note="money (reported ransom)"),
            C("other", 7, "seven terrorists died", note="casualties (July raid)"),
            C("other", 15, "AQMI has kidnapped at least 15 Westerners", qualifier="at_least",
              note="cumulative kidnappings, two years"),
            C("other", 4566, "4.566 the number of deaths", note="page noise"),
            C("other", 150000, "150.000 sold in a week", note="page noise"),
        ],
        released_names=["Albert Vilalta", "Roque Pascual", "Omar Sid'Ahmed Ould Hamma"],
        alias_groups={"Omar Sid'Ahmed Ould Hamma": ["Omar el Saharaui"]},
        not_released_names=[],
        other_event_released_names=["Alicia Gámez", "Pierre Camatte"],
        other_people=["María Teresa Fernández de la Vega", "Lluís Vilalta", "José Luis Rodríguez Zapatero",
                      "Blaise Compaoré", "Moustapha Chafi", "Miguel Ángel Moratinos", "Michel Germaneau",
                      "Mokhtar Belmokhtar", "José Montilla", "Esteban González Pons"],
        distractors=["Ould Hamma: extradited to Mali and reportedly set free (Mauritania denies an exchange); "
                     "judgement call: counted as the other side of the deal",
                     "Lluís Vilalta is the father (same surname)", "Germaneau was killed by his captors",
                     "268 days; 101 days; ages 35/50/78; 12 years of prison; 170 / 1.200 kilometres; 1,42%",
                     "Comments (212)"],
    ),
    dict(
        file="006_shahbaz_taseer_recovered.txt", published="2016-03-08", outlet="Pakistani broadcaster web page (cookie banner, video)",
        event="Shahbaz Taseer recovered near Quetta after 4.5 years in captivity, 2016-03-08",
        counts=[
            C("other", 2, "two suspects had been arrested", note="arrests"),
            C("other", 100, "police recorded more than 100 kidnappings for ransom last year", qualifier="more_than",
              note="kidnappings, Karachi, 2015"),
            C("other", 8, "Eight killed as passenger coach overturns", note="page noise"),
            C("other", 58, "Comments (58)", note="page noise"),
        ],
        released_names=["Shahbaz Taseer"],
        alias_groups={},
        not_released_names=["Ali Haider Gilani"],
        other_event_released_names=[],
        other_people=["Salmaan Taseer", "Anwarul Haq Kakar", "Sarfraz Bugti", "Shehrbano Taseer", "Aamna Taseer",
                      "Mumtaz Qadri", "Nawaz Sharif", "Shehbaz Sharif", "Yousuf Raza Gilani", "Warren Weinstein",
                      "Shehryar Taseer"],
        distractors=["four Taseer relatives (father killed, sister, mother, brother) share the surname",
                     "Shehbaz Sharif (Chief Minister) vs Shahbaz Taseer", "Yousuf Raza Gilani is the father of the still-held Ali Haider",
                     "Warren Weinstein was killed in a drone strike (not released)", "Mumtaz Qadri was hanged",
                     "age 27; 25 kilometres; 02:17; 412 points; 7 wickets"],
    ),
    dict(
        file="007_india_pakistan_crisis_analysis.txt", published="2019-03-05", outlet="think-tank analysis piece",
        event="Pakistan hands back Wing Commander Abhinandan Varthaman at Wagah, 2019-03-01 (analysis)",
        counts=[
            C("other", 40, "killing 40 paramilitary personnel", note="casualties (Pulwama)"),
            C("other", 300, "put the figure at around 300", qualifier="about", note="claimed militant deaths"),
            C("other", 2, "two Indian pilots had been captured",
              note="claim by Pakistan army, later revised to one; not a count to extract"),
            C("released", 2, "freed by India in December 1999, together with two other militants",
              note="earlier event (Kandahar hijack exchange, 1999)"),
            C("other", 44, "the detention of 44 members of banned groups", note="arrests"),
            C("other", 64, "at 64%", note="percentage"),
        ],
        released_names=["Abhinandan Varthaman"],
        alias_groups={},
        not_released_names=["Kulbhushan Jadhav"],
        other_event_released_names=["K. Nachiketa", "Masood Azhar"],
        other_people=["Asif Ghafoor", "Imran Khan", "Ajay Ahuja", "S. Varthaman", "Shah Mehmood Qureshi",
                      "Sushma Swaraj", "Ajit Doval", "Narendra Modi", "Meera Raghunathan"],
        distractors=["S. Varthaman is the father (same surname)", "Ajay Ahuja was killed in 1999",
                     "Nachiketa returned after eight days in 1999 (earlier event)", "some 60 hours; 11 min read",
                     "'Why 2019 is not 2001', 'at 59', '5 questions' are page noise"],
    ),
    dict(
        file="008_pia_hijack_ends_damascus.txt", published="1981-03-14", outlet="UPI wire brief",
        event="PIA hijack ends in Damascus: 102 hostages freed after Pakistan frees 54 prisoners, 1981-03-14",
        counts=[
            C("released", 102, "freed the last 102 hostages"),
            C("exchanged", 54, "released 54 political prisoners"),
            C("transferred_to", 54, "released 54 political prisoners and flew them to Damascus", where="Damascus"),
            C("released", 29, "Twenty-nine women, children and sick passengers had been released in Kabul",
              note="earlier event (earlier batch of the same hijack)"),
            C("other", 3, "Three Pakistani hijackers", note="hijackers"),
        ],
        released_names=["Saeed Khan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Zulfikar Ali Bhutto", "Murtaza Bhutto", "Tariq Rahim", "Mohammad Zia ul-Haq"],
        distractors=["Tariq Rahim was killed by the hijackers", "13-day ordeal; Boeing 720; 9 p.m.; two days; March 6",
                     "hijackers want to go on to Libya (planned)"],
    ),
    dict(
        file="009_roger_cooper_freed_iran.txt", published="1991-04-02", outlet="Reuters wire brief",
        event="Iran frees Roger Cooper; Britain had freed and deported Mehrdad Kokabi, 1991",
        counts=[
            C("remaining_held", 3, "Three Britons are still held by pro-Iranian kidnappers in Lebanon",
              note="inferred: hostages of other captors in Lebanon"),
        ],
        released_names=["Roger Cooper", "Mehrdad Kokabi"],
        alias_groups={},
        not_released_names=["Terry Waite", "John McCarthy", "Jackie Mann"],
        other_event_released_names=[],
        other_people=["Douglas Hurd", "Salman Rushdie"],
        distractors=["Kokabi: freed and deported a week earlier; both governments deny a link; judgement call: "
                     "counted as the other side of the swap",
                     "age 55; 77-year-old; five years; 1985/1987/1989"],
    ),
    dict(
        file="010_doraiswamy_freed_kashmir.txt", published="1991-08-24", outlet="Indian regional paper, digital archive (OCR page)",
        event="IOC executive K. Doraiswamy freed in Srinagar in exchange for seven militants, 1991-08-23",
        counts=[
            C("exchanged", 7, "the State administration set free seven jailed militants"),
            C("other", 21, "demanded the release of 21 militants", note="initial demand"),
            C("exchanged", 4, "the administration released four of their associates",
              note="earlier event (February 1991, Nahida Imtiaz)"),
            C("other", 14, "Rains: 14 die in Himachal", note="page noise"),
        ],
        released_names=["K. Doraiswamy", "Abdul Hamid Ganai", "Bashir Ahmad Wani"],
        alias_groups={},
        not_released_names=["Mohammad Shafi Bhat"],
        other_event_released_names=["Nahida Imtiaz"],
        other_people=["Lalitha Doraiswamy", "Girish Chandra Saxena", "S. B. Chavan", "Saifuddin Soz"],
        distractors=["Lalitha Doraiswamy is the wife (same surname)", "58 days (headline); age 54; 3.30 p.m.; June 27; July 30",
                     "driver beaten (unnamed)", "25.95; 6 wkts (page noise)"],
    ),
    dict(
        file="011_jordan_ambassador_freed_libya.txt", published="2014-05-13", outlet="Gulf broadcaster English web page (video residue)",
        event="Jordanian ambassador Fawaz al-Etan freed in Libya; Mohammed al-Dursi transferred from Jordan to Tripoli, 2014-05-13",
        counts=[
            C("remaining_held", 2, "Two Tunisian embassy employees, Mohamed Bechikh and Aroussi Kontassi, were abducted in Tripoli in March and April and are still being held",
              note="inferred: different kidnapping"),
            C("released", 5, "five Egyptian diplomats were abducted in Tripoli and released within 24 hours",
              note="earlier event (January 2014)"),
            C("other", 21, "21 killed in barrel bomb attack", note="page noise"),
            C("other", 18, "18 new MERS cases", note="page noise"),
        ],
        released_names=["Fawaz al-Etan", "Mohammed al-Dursi"],
        alias_groups={"Fawaz al-Etan": ["al-Aitan"]},
        not_released_names=["Mohamed Bechikh", "Aroussi Kontassi"],
        other_event_released_names=[],
        other_people=["Nasser Judeh", "Abdullah Ensour", "Hamad al-Etan", "Muammar Gaddafi", "Abdullah al-Thinni"],
        distractors=["al-Dursi: transferred to serve his sentence at home; a relative says he is free; judgement call: "
                     "counted as the other side of the swap",
                     "Hamad al-Etan is the brother (same surname)", "Moroccan driver shot twice (unnamed)",
                     "thirty days; 01:42; 40 million (page noise); life sentence"],
    ),
    dict(
        file="012_boko_haram_frees_policewomen_lecturers.txt", published="2018-02-11", outlet="Nigerian daily (Read also, comments)",
        event="Boko Haram frees 10 policewomen and 3 University of Maiduguri lecturers, 2018-02-10",
        counts=[
            C("released", 13, "The 13 freed captives"),
            C("released", 10, "secured the release of 10 policewomen", note="subset (policewomen)"),
            C("released", 3, "secured the release of 10 policewomen and three lecturers", note="subset (lecturers)"),
            C("transferred_to", 13, "The 13 were flown to Abuja", where="Abuja"),
            C("other", 40, "At least 40 people, including soldiers, members of the Civilian JTF and NNPC staff, were killed",
              qualifier="at_least", note="casualties (July 2017 attack)"),
            C("released", 82, "82 of the schoolgirls abducted from Chibok in 2014 were freed",
              note="earlier event (May 2017)"),
            C("exchanged", 5, "in exchange for five Boko Haram commanders", note="earlier event (May 2017)"),
            C("released", 21, "the release of 21 Chibok girls in October 2016", note="earlier event (October 2016)"),
            C("remaining_held", 112, "112 Chibok girls are still held by the insurgents",
              note="inferred: different abduction (Chibok); campaign figure"),
            C("other", 276, "276 were abducted", note="total abducted in 2014"),
            C("other", 10, "10 killed in Benue community", note="page noise"),
            C("other", 1600000, "1.6 million candidates register", note="page noise"),
        ],
        released_names=["Solomon Yusuf", "Ali Mohammed Kachalla", "Musa Aliyu Bulama", "Naomi Luka", "Hauwa Ibrahim"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Garba Shehu", "Ibrahim Idris", "Ibrahim Njodi", "Yakubu Nkeki", "Lai Mohammed",
                      "Muhammadu Buhari", "Abubakar Shekau", "Emeka Nwachukwu", "Haruna Ngamdu"],
        distractors=["unspecified number of detained insurgents reportedly released (no count, no names)",
                     "June 20 / July 25, 2017; seven months; four years; N362/$; 3 million pre-orders", "41 Comments"],
    ),
    dict(
        file="013_bangladesh_myanmar_repatriation.txt", published="2024-04-25", outlet="Bangladeshi English daily",
        event="Bangladesh returns 288 Myanmar security personnel; Myanmar ship brings back 173 Bangladeshi prisoners, 2024-04-25",
        counts=[
            C("exchanged", 288, "Bangladesh today handed over 288 members of Myanmar's Border Guard Police"),
            C("transferred_to", 288, "Bangladesh today handed over 288 members of Myanmar's Border Guard Police",
              where="Myanmar", note="inferred: returned to their country (optional)"),
            C("exchanged", 173, "brought back 173 Bangladeshi nationals who had been languishing in Myanmar jails"),
            C("released", 330, "Bangladesh had sent back 330 Myanmar nationals", note="earlier event (February 15)"),
            C("remaining_held", 18, "take back another 18 BGP members",
              note="inferred: still sheltered in Bangladesh, planned to be returned in the next phase"),
            C("remaining_held", 58, "at least 58 more Bangladeshis are still in Myanmar prisons", qualifier="at_least"),
            C("other", 1000000, "More than 1 million Rohingya refugees are living in camps", qualifier="more_than",
              note="refugees"),
            C("other", 5, "5 killed as truck rams auto-rickshaw", note="page noise"),
        ],
        released_names=["Mohammad Rashid", "Abdul Hakim"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohammad Ashrafuzzaman Siddiqui", "Hasan Mahmud", "U Kyaw Soe Moe"],
        distractors=["age 34; three years; 14 months; 2021; 2017", "42.6 degrees; 38 points (page noise)"],
    ),
    dict(
        file="014_mandela_release_30_years.txt", published="2020-02-09", outlet="South African weekly, long anniversary feature",
        event="Nelson Mandela walks out of Victor Verster Prison, 1990-02-11 (30 years on)",
        counts=[
            C("released", 8, "De Klerk released eight long-term prisoners", note="earlier event (October 1989)"),
            C("remaining_held", 3000, "some 3,000 people were still held for political offences", qualifier="about",
              note="Human Rights Commission estimate at the time of the release"),
            C("other", 2000, "more than 2,000 journalists", qualifier="more_than", note="crowd / press"),
            C("other", 33, "restrictions on 33 organisations", note="organisations"),
            C("other", 70000, "a rally of 70,000 people", note="crowd"),
            C("other", 50000, "a crowd estimated at 50,000", qualifier="about", note="crowd"),
            C("other", 14000, "more than 14,000 people died", qualifier="more_than", note="casualties 1990-94"),
            C("other", 6, "Eskom's 6 stages", note="page noise"),
        ],
        released_names=["Nelson Mandela"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Govan Mbeki", "Walter Sisulu", "Ahmed Kathrada", "Robert McBride", "Mandla Ntuli"],
        other_people=["Thandeka Moloi", "Graeme Williams", "Winnie Mandela", "F. W. de Klerk", "Christo Brand",
                      "Cyril Ramaphosa", "Trevor Manuel", "Desmond Tutu", "Zindzi Mandela"],
        distractors=["McBride and Ntuli stayed in prison after 11 February 1990 but were freed later (1992, 1991): "
                     "another event, not still held as of the article",
                     "Winnie and Zindzi Mandela are relatives (same surname)", "1985 refusal of a conditional release",
                     "27 years; 18/six/14 months; age 71; 4.14pm; 74 minutes; 15-year sentence; 'the eight of us'"],
    ),
    dict(
        file="015_tunisia_general_amnesty.txt", published="2011-02-21", outlet="French daily, machine-translated",
        event="Tunisia general amnesty: some 500 political prisoners released, 2011-02-19/20",
        counts=[
            C("released", 500, "Some 500 political prisoners, most of them accused of belonging to the Islamist movement Ennahda or convicted under the anti-terrorism law of 2003, were released",
              qualifier="about"),
            C("other", 3000, "the amnesty concerns in total more than 3 000 people", qualifier="more_than",
              note="amnesty beneficiaries, mostly already free or in exile; not a release count"),
            C("remaining_held", 40, "About 40 detainees are still held", qualifier="about"),
            C("released", 1800, "the transitional authorities had already freed some 1 800 detainees", qualifier="about",
              note="earlier event (mid-January to February releases)"),
            C("other", 11000, "more than 11 000 detainees escaped", qualifier="more_than", note="escapes, not releases"),
            C("other", 2500, "about 2 500 of them have since returned or been arrested", qualifier="about",
              note="escapees back in custody"),
            C("other", 61, "at least 61 dead", qualifier="at_least", note="page noise"),
            C("other", 5000, "5 000 migrants arrived in one week", note="page noise"),
        ],
        released_names=["Saber Ragoubi", "Hédi Ben Amor"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Hamma Hammami"],
        other_people=["Fouad Mebazaa", "Lazhar Karoui Chebbi", "Mohamed Ghannouchi", "Zine El Abidine Ben Ali",
                      "Rached Ghannouchi", "Mokhtar Trifi", "Radhia Nasraoui"],
        distractors=["Rached Ghannouchi returned from exile (not a release); Mohamed Ghannouchi is the Prime Minister (same surname)",
                     "Hammami was arrested on 12 January and released on 14 January (earlier event)",
                     "'twenty years ... in three times'; 15 km; age 47; eight years; 22 years; 2,3 %", "Reactions (18)"],
    ),
    dict(
        file="016_morocco_pardons_hajar_raissouni.txt", published="2019-10-16", outlet="AFP wire brief",
        event="King Mohammed VI pardons journalist Hajar Raissouni, her fiance and her doctor, 2019-10-16",
        counts=[
            C("other", 2, "Two members of the medical staff who had received suspended sentences were also pardoned",
              note="pardoned but never in custody; not a release"),
        ],
        released_names=["Hajar Raissouni", "Rifaat al-Amin", "Mohamed Jamal Belkeziz"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohammed VI", "Saad Sahli", "Ahmed Raissouni"],
        distractors=["Ahmed Raissouni is her uncle (same surname)", "a year; two years; age 28; August 31",
                     "'hundreds of Moroccan women' signed a manifesto (vague, not released)"],
    ),
    dict(
        file="017_guinea_coup_analysis.txt", published="2021-09-14", outlet="think-tank commentary",
        event="Guinea junta (CNRD) frees political detainees after the coup, 2021-09-07 (analysis)",
        counts=[
            C("released", 79, "79 people walked out of the central prison in Conakry"),
            C("released", 80, "put the total at around 80", qualifier="about",
              note="claim by opposition and civil society; optional"),
            C("other", 50, "at least 50 people, according to Amnesty International", qualifier="at_least",
              note="protesters killed"),
            C("other", 300, "arrested more than 300 opposition supporters", qualifier="more_than",
              note="earlier arrests (2020)"),
            C("other", 3000000000, "worth over $3 billion", qualifier="more_than", note="money"),
        ],
        released_names=["Oumar Sylla", "Ibrahima Diallo", "Ousmane Gaoual Diallo"],
        alias_groups={"Oumar Sylla": ["Foniké Menguè"]},
        not_released_names=["Alpha Condé"],
        other_event_released_names=["Ibrahim Boubacar Keïta"],
        other_people=["Mamady Doumbouya", "Cellou Dalein Diallo", "Shirley Ayorkor Botchwey", "Assimi Goïta",
                      "Awa Cissokho"],
        distractors=["Cellou Dalein Diallo is the opposition leader, not a detainee (three Diallos)",
                     "'Several dozen people ... remain in custody' (vague quantifier, no count)",
                     "Keïta released in Mali in 2020 (other event)", "age 83; ten days; six months; 'Chad after Déby: 18 months' (page noise)"],
    ),
    dict(
        file="018_egypt_releases_mahmoud_hussein.txt", published="2021-02-07", outlet="press-freedom NGO press release",
        event="Egypt releases Al Jazeera producer Mahmoud Hussein after four years in pretrial detention, 2021-02-06",
        counts=[
            C("remaining_held", 27, "at least 27 journalists were behind bars in Egypt on 1 December 2020", qualifier="at_least",
              note="census as of 1 December 2020, before the release"),
        ],
        released_names=["Mahmoud Hussein"],
        alias_groups={"Mohamed Ibrahim": ["Mohamed Oxygen"]},
        not_released_names=["Solafa Magdy", "Hossam El-Sayed", "Mohamed Ibrahim"],
        other_event_released_names=["Mohamed Fahmy", "Baher Mohamed"],
        other_people=["Rania Haddad", "Abdel Fattah al-Sisi", "Karim Azzam"],
        distractors=["released under precautionary measures (still a release from custody)",
                     "'dozens of journalists still behind bars' (headline, vague)",
                     "two years limit; twice a week; 20 December 2016; phone number"],
    ),
    dict(
        file="019_israel_frees_palestinian_prisoners_1994.txt", published="1994-05-11", outlet="AP archive wire story",
        event="Israel frees about 1,000 Palestinian prisoners, first batch under the Gaza-Jericho accord, 1994-05-11",
        counts=[
            C("released", 1000, "Israel freed about 1,000 Palestinian prisoners", qualifier="about"),
            C("released", 5000, "the first group of 5,000 it has promised to release", note="planned (total pledged)"),
            C("transferred_to", 550, "Some 550 of the prisoners, most of them from the Ketziot detention camp in the Negev desert, were driven to the Erez crossing",
              qualifier="about", where="Erez crossing"),
            C("transferred_to", 450, "About 450 were taken to Jericho", qualifier="about", where="Jericho"),
            C("remaining_held", 200, "About 200 Ketziot inmates refused to sign and remained in the camp", qualifier="about"),
            C("remaining_held", 11000, "Israel holds about 11,000 Palestinians", qualifier="about",
              note="claim by Palestinian officials; figure before the release"),
            C("remaining_held", 6000, "some 6,000 would remain behind bars", qualifier="about",
              note="planned: projected after all 5,000 are freed"),
            C("released", 617, "Israel freed 617 prisoners in September", note="earlier event (September 1993)"),
            C("other", 2000, "about 2,000 residents waited", qualifier="about", note="crowd"),
            C("other", 3, "3 Dead In Ohio Tornado", note="page noise"),
        ],
        released_names=["Jamal Abu Hashem", "Khalil Sawalha"],
        alias_groups={},
        not_released_names=["Ahmed Yassin"],
        other_event_released_names=[],
        other_people=["Dan Perlman", "Yasser Arafat", "Hisham Abdel Razeq", "Moshe Shahal", "Yitzhak Rabin",
                      "Faisal Husseini"],
        distractors=["Abdel Razeq spent 21 years in prison (released long ago, no event)",
                     "ages 29/55; five years of a 12-year sentence; 18 years; five weeks; May 4", "Dow up 21.4 (page noise)"],
    ),
    dict(
        file="020_vietnam_frees_blogger_ta_phong_tan.txt", published="2015-09-20", outlet="AP wire brief",
        event="Vietnam frees blogger Ta Phong Tan and sends her to the US, 2015-09-19",
        counts=[
            C("remaining_held", 100, 'more than 100" people remain imprisoned', qualifier="more_than",
              note="estimate by US official"),
            C("other", 2, "along with two other members of the Free Journalists Club", note="co-defendants; status not stated"),
        ],
        released_names=["Ta Phong Tan"],
        alias_groups={},
        not_released_names=["Tran Huynh Duy Thuc"],
        other_event_released_names=["Cu Huy Ha Vu"],
        other_people=["Ta Minh Tu", "Dang Thi Kim Lieng", "Tom Malinowski"],
        distractors=["Ta Minh Tu is the sister (same family name)", "her mother died after self-immolation",
                     "10-year sentence; three years; age 47; 16 years"],
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
        bad(f"file list mismatch: {files}")
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
            if not isinstance(c["value"], int):
                bad(f"{g['file']}: value not int {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                bad(f"{g['file']}: where must be set exactly on transferred_to: {c}")
            if c["where"] and c["where"].casefold() not in low:
                bad(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    bad(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    bad(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                bad(f"{g['file']}: alias key {k!r} not in any list")
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
