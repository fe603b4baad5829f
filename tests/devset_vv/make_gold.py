#!/usr/bin/env python3
"""Gold for devset_vv (blind, held-out-style). Writes gold.jsonl next to this file and checks it.

Checks: every quote is an exact substring of its article; every name, alias and `where`
occurs in the article (case-insensitive, for all-caps bylines); no name is in two lists;
every alias-group key is a listed name; kinds and qualifiers are valid; values are
integers; `where` is set exactly on `transferred_to`; the GOLD file list matches articles/.
Prints "checks OK" on success.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
NAME_KEYS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_ganga_hijack_50_years.txt", published="2021-01-30",
        outlet="Indian newspaper, anniversary feature (50 years on)",
        event="Hijack of Indian Airlines Fokker 'Ganga' to Lahore; all 30 on board freed and return via Wagah, Jan-Feb 1971",
        counts=[
            C("released", 30, "The 30 people on board came home."),
            C("other", 26, "with 26 passengers and four crew aboard", note="subset (passengers) of the 30"),
            C("other", 4, "four crew aboard", note="subset (crew) of the 30"),
            C("remaining_held", 36, "demanded the release of 36 members of the NLF held in jails in Jammu and Kashmir",
              note="inferred: prisoners whose release the hijackers demanded; New Delhi refused; optional"),
            C("transferred_to", 30, "the 30 were driven to Wagah and walked back into India", where="India",
              note="inferred: return home after release; optional"),
        ],
        released_names=["Omkar Nath Dhar", "Ghulam Rasool Wani", "M.K. Kachru"],
        alias_groups={"Hashim Qureshi": ["Hashim Quraishi"]},
        not_released_names=[],
        other_event_released_names=["Hashim Qureshi"],
        other_people=["Rafiq Mir", "Sanjay Dhar", "Sarla Dhar", "Ashraf Qureshi", "Maqbool Bhat",
                      "Zulfikar Ali Bhutto", "Indira Gandhi"],
        distractors=["Hajra (Wani's wife, a freed passenger named by first name only)",
                     "Hashim Qureshi is the hijacker; his release in 1980 after nine years is another event; his 2000 arrest and bail are not a release",
                     "Ashraf Qureshi (hijacker, acquitted in Pakistan) is not a releasee",
                     "ages 24, 74, 17, 31, 81; Seat 9A; 1.30 pm; February 1984",
                     "Sanjay Dhar and Sarla Dhar share the surname of the released passenger"],
    ),
    dict(
        file="002_maldives_cactus_hostages.txt", published="1988-11-06", outlet="UPI wire (archive page)",
        event="Indian navy frees hostages held by mercenaries fleeing the failed Maldives coup, 1988-11-06",
        counts=[
            C("released", 23, "freeing 23 hostages including a Maldivian Cabinet minister and his Swiss-born wife"),
            C("other", 4, "Four other hostages were killed by the mercenaries", note="killed hostages"),
            C("other", 27, "the attackers escaped by sea aboard the Progress Light with 27 hostages",
              note="hostages taken aboard (23 freed + 4 killed)"),
            C("other", 68, "68 mercenaries, most of them Sri Lankan Tamils, were taken into custody",
              note="captors taken into custody"),
            C("other", 80, "About 80 gunmen landed in Male", qualifier="about"),
            C("other", 1600, "about 1,600 Indian troops", qualifier="about"),
            C("other", 19, "at least 19 people were killed in the fighting in Male", qualifier="at_least"),
            C("other", 2, "Two members of the National Security Service who were taken from their barracks Thursday were still unaccounted for",
              note="missing, not stated to be held"),
            C("other", 200000, "the country of 200,000 people", note="population"),
        ],
        released_names=["Ahmed Mujuthaba", "Ursula Mujuthaba"],
        alias_groups={"Abdullah Luthufi": ["Abdulla Luthufee"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sunil Malhotra", "Abdullah Luthufi", "Maumoon Abdul Gayoom", "Rajiv Gandhi", "K.C. Pant",
                      "Uma Maheswaran"],
        distractors=["Luthufi was captured (custody), not freed",
                     "'freed hostages were being brought back to Male' is a planned return without a number",
                     "100 miles; 2 a.m.; since 1978"],
    ),
    dict(
        file="003_sierra_leone_barras_brief.txt", published="2000-09-10", outlet="Reuters brief",
        event="British raid frees the last seven hostages held by the West Side Boys, Sierra Leone, 2000-09-10",
        counts=[
            C("released", 7, "freed all seven remaining hostages"),
            C("other", 6, "six British soldiers and their Sierra Leonean army liaison officer", note="subset of the seven"),
            C("other", 11, "11 were wounded", note="casualties"),
            C("other", 25, "About 25 rebels were killed", qualifier="about"),
            C("other", 17, "captured along with 17 of his fighters", note="captors captured"),
            C("other", 11, "The 11-man patrol", note="size of the patrol"),
            C("released", 5, "Five of the British soldiers were released on Aug. 31",
              note="earlier event (Aug. 31 release after talks)"),
        ],
        released_names=["Alan Marshall", "Musa Bangura"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Peter Sandys", "Foday Kallay"],
        distractors=["the five freed on Aug. 31 are unnamed", "50 km (30 miles)",
                     "flown to the support ship Sir Percivale (evacuation, no count)",
                     "satellite telephone and medical supplies (what the rebels received)"],
    ),
    dict(
        file="004_iceberg1_crew_freed.txt", published="2012-12-24", outlet="AFP wire",
        event="Puntland forces free 22 crew of the hijacked MV Iceberg 1, 2012-12-23",
        counts=[
            C("released", 22, "they had freed 22 sailors held by pirates"),
            C("other", 24, "with 24 crew on board", note="original crew"),
            C("other", 2, "All but two of the 24 men seized in 2010 came out alive",
              note="one died, one presumed dead; implies 22 freed"),
            C("other", 8, "eight Yemenis", note="subset"),
            C("other", 6, "six Indians", note="subset"),
            C("other", 4, "four Ghanaians", note="subset"),
            C("other", 2, "two Sudanese", note="subset"),
            C("other", 3, "Three pirates were killed and 12 arrested", note="captors killed"),
            C("other", 12, "Three pirates were killed and 12 arrested", note="captors arrested"),
            C("remaining_held", 108, "pirates were still holding at least four ships and 108 hostages", qualifier="at_least",
              note="inferred: hostages of other hijackings, EU force figure as of mid-December; optional"),
        ],
        released_names=["Dhiraj Sawant"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abdirizak Ahmed Mohamed", "Wagdi Akram", "Sunanda Sawant", "Abdirahman Mohamed Farole"],
        distractors=["Wagdi Akram died in captivity; an unnamed crewman is presumed dead",
                     "$4 million ransom demand", "10 nautical miles; March 29, 2010; one soldier wounded",
                     "'flown from Bosaso to Dubai' is planned and has no number", "Sunanda Sawant is the mother",
                     "str/pjm/jm (desk codes)"],
    ),
    dict(
        file="005_dhaka_cafe_siege_liveblog.txt", published="2016-07-02", outlet="UK newspaper live blog",
        event="Commandos end the Holey Artisan Bakery siege in Dhaka; 13 hostages rescued, 2016-07-02",
        counts=[
            C("released", 13, "The army said 13 hostages, including one Japanese and two Sri Lankans, had been rescued alive."),
            C("other", 1, "including one Japanese and two Sri Lankans", note="subset of the 13"),
            C("other", 2, "including one Japanese and two Sri Lankans", note="subset of the 13"),
            C("other", 20, "Twenty hostages were killed, most of them foreigners.", note="killed hostages"),
            C("other", 9, "Nine were Italian and seven Japanese", note="subset of the dead"),
            C("other", 7, "Nine were Italian and seven Japanese", note="subset of the dead"),
            C("other", 6, "Six gunmen were killed and one was captured."),
            C("other", 2, "Two police officers died of their wounds"),
            C("remaining_held", 20, "Police say the attackers are holding about 20 hostages", qualifier="about",
              note="inferred: police estimate during the siege (03.10 BST), superseded; nobody remains held; optional"),
            C("other", 42, "it rescued 42 migrants from a sinking dinghy off Lesbos", note="unrelated live-blog entry"),
            C("other", 45, "in which 45 people were killed", note="unrelated live-blog entry"),
            C("other", 13, "13 people have been arrested", note="unrelated live-blog entry"),
        ],
        released_names=["Hasnat Karim", "Sharmina Parvin", "Tahmid Hasib Khan"],
        alias_groups={"Hasnat Karim": ["Hasnaat Karim"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Helen Carrow", "Sheikh Hasina", "Malcolm Turnbull", "Matteo Renzi", "Gianni Boschetti",
                      "Fumio Kishida", "Nayeem Ashfaq Chowdhury", "Rezaul Karim", "Faraaz Ayaaz Hossain", "Tarishi Jain"],
        distractors=["Gianni Boschetti escaped over a wall during the attack (escape, not release)",
                     "Karim's two children were rescued (unnamed)", "Rezaul Karim is the father (same surname)",
                     "'some of the rescued were being questioned' (not stated as held)",
                     "13 minutes; 13th birthday; 10 hours; 7.40am; 19 (age)", "All eight worked for JICA"],
    ),
    dict(
        file="006_bamenda_pupils_freed.txt", published="2018-11-07",
        outlet="UK broadcaster web page (cookie banner, video player, related links)",
        event="Kidnappers free 78 pupils of PSS Nkwen, Bamenda; principal and a teacher still held, 2018-11-07",
        counts=[
            C("released", 78, "Kidnappers have released 78 pupils"),
            C("remaining_held", 2, "Two staff members - the principal and a teacher - are still being held"),
            C("other", 79, "The army had initially put the number of abducted pupils at 79",
              note="claim by army; abduction count later corrected by the church"),
            C("released", 6, "six pupils abducted from a secondary school in Bafut were freed two days later",
              note="earlier event (September 2018)"),
            C("other", 430000, "more than 430,000 people have fled their homes", qualifier="more_than"),
            C("other", 30000, "about 30,000 have crossed into Nigeria as refugees", qualifier="about"),
            C("other", 12, "Somali pirates release 12 Yemeni fishermen", note="page noise (related headline)"),
        ],
        released_names=["Brandon Ngwa"],
        alias_groups={},
        not_released_names=["Emmanuel Ebah", "Jonathan Nfor"],
        other_event_released_names=[],
        other_people=["Fonki Samuel Forba", "Issa Tchiroma Bakary", "Ernest Ngwa", "Paul Biya", "Hauwa Liman"],
        distractors=["the school's driver was freed too (unnamed, not counted in the 78)",
                     "Ernest Ngwa is the father (same surname)", "ages 10-17 and 12; 20km; 01:52; seventh term",
                     "'dozens of schools' (vague)", "Top stories: Asia Bibi acquittal (page noise)"],
    ),
    dict(
        file="007_silvia_romano_freed_it.txt", published="2020-05-09",
        outlet="Italian daily, machine-translated",
        event="Italian aid worker Silvia Romano freed in Somalia after 18 months, 2020-05-09",
        counts=[
            C("remaining_held", 2, "Still remain in the hands of the kidnappers at least two Italians", qualifier="at_least"),
            C("other", 8, "a commando of eight armed men", note="kidnappers"),
            C("other", 5, "wounding five people, among them two children", note="wounded in the abduction"),
            C("other", 3, "In Kenya three men are on trial for the kidnapping", note="suspects on trial"),
        ],
        released_names=["Silvia Romano"],
        alias_groups={},
        not_released_names=["Pier Luigi Maccalli", "Nicola Chiacchio"],
        other_event_released_names=["Luca Tacchetto", "Edith Blais", "Alessandro Sandrini"],
        other_people=["Giulia Ferraresi", "Giuseppe Conte", "Luigi Di Maio", "Enzo Romano", "Francesca Fumagalli",
                      "Ibrahim Adan Omar"],
        distractors=["ransom '1,5 and 4 million of euro' and '2.000 dollars' (money)",
                     "536 days; 18 months; fifteen months; 24-year-old; at 14 (clock time)",
                     "'moved at least four times' is not a count of people",
                     "the sister Giulia (first name only); Enzo Romano is the father (same surname)"],
    ),
    dict(
        file="008_bangkok_embassy_1972.txt", published="1972-12-29", outlet="AP wire",
        event="Black September frees six Israeli hostages in Bangkok in exchange for safe conduct to Cairo, 1972-12-29",
        counts=[
            C("released", 6, "freed their six Israeli hostages"),
            C("other", 4, "Four Arab guerrillas", note="captors flown to Cairo under the safe-conduct deal; not releasees"),
            C("other", 2, "two senior Thai officials aboard as guarantors", note="guarantors, never held"),
            C("remaining_held", 36, "unless Israel released 36 Palestinian prisoners",
              note="inferred: prisoners whose release was demanded; Israel refused; optional"),
            C("other", 3, "three members of the staff whose names were not released", note="subset of the six"),
            C("released", 3, "Three Thai employees who were in the building were allowed to leave during the afternoon",
              note="earlier event (let go during the siege on Thursday)"),
            C("other", 11, "in which 11 Israelis were killed", note="earlier event (Munich)"),
        ],
        released_names=["Rehavam Amir", "Shimon Avimor", "Avraham Yaron"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Harlan Kessler", "Vajiralongkorn", "Dawee Chullasapya", "Chatichai Choonhavan",
                      "Mustafa el Essawy", "Golda Meir"],
        distractors=["'names were not released' uses the verb for names, not people",
                     "19 hours; 8 a.m.; 9:20 a.m.", "'hostages would fly home on Saturday' is planned and has no number",
                     "the guerrillas' flight to Cairo is the other side of the deal (safe conduct), not a transfer of releasees"],
    ),
    dict(
        file="009_pow_repatriation_wagah_1973.txt", published="1973-09-29",
        outlet="Indian newspaper archive page",
        event="First trainload of Pakistani POWs crosses at Wagah under the Delhi Agreement, 1973-09-28",
        counts=[
            C("exchanged", 1320, "A special train carrying 1,320 Pakistani prisoners of war and civilian internees rolled across the border at Wagah"),
            C("other", 1104, "1,104 officers and men", note="subset"),
            C("other", 216, "216 civilian internees", note="subset"),
            C("other", 48, "including 48 women and children", note="subset"),
            C("transferred_to", 4730, "4,730 Bengalis have been flown from Karachi to Dacca", where="Dacca",
              note="cumulative: airlift since September 19 (other leg of the three-way repatriation)"),
            C("transferred_to", 1260, "1,260 non-Bengalis from Dacca to Karachi", where="Karachi",
              note="cumulative: airlift since September 19"),
            C("remaining_held", 195, "It excludes 195 prisoners whom Bangladesh wants to try on charges of war crimes"),
            C("remaining_held", 88000, "About 88,000 prisoners remain in Indian camps.", qualifier="about"),
            C("exchanged", 616, "616 Pakistanis and 540 Indians crossed the border", note="earlier event (December 1972)"),
            C("exchanged", 540, "616 Pakistanis and 540 Indians crossed the border", note="earlier event (December 1972)"),
        ],
        released_names=["Iftikhar Ahmed", "Ghulam Haider"],
        alias_groups={},
        not_released_names=["A. A. K. Niazi"],
        other_event_released_names=[],
        other_people=["P. N. Haksar", "Aziz Ahmed", "Jean-Luc Favre", "Z. A. Bhutto", "Sheikh Mujibur Rahman"],
        distractors=["654 days (duration); 11.20 a.m.", "three trains a week; about seven months (planned)",
                     "a crowd of several thousand (vague)", "Aziz Ahmed (signatory) shares a surname with Iftikhar Ahmed"],
    ),
    dict(
        file="010_angola_unita_prisoner_exchange_pt.txt", published="1991-06-22",
        outlet="Lusa wire, machine-translated from Portuguese",
        event="ICRC-supervised first Government-UNITA prisoner exchange under the Bicesse accords, 1991",
        counts=[
            C("released", 1210, "with the liberation of 1.210 men"),
            C("exchanged", 842, "the Government released 842 militaries and civilians of UNITA"),
            C("exchanged", 368, "liberated 368 soldiers of the FAPLA"),
            C("transferred_to", 368, "The 368 ex-prisoners of UNITA were transported in two aircraft Hercules chartered by the CICV to Luanda",
              where="Luanda", note="inferred: flown home after release; optional"),
            C("transferred_to", 842, "The 842 liberated by the Government", where="Jamba",
              note="planned: 'should follow to the Jamba in the next days'"),
            C("other", 14, "Among them are 14 officers and three pilots", note="subset of the 368"),
            C("other", 3, "Among them are 14 officers and three pilots", note="subset of the 368"),
            C("remaining_held", 2000, "UNITA still holds more than 2.000 prisoners", qualifier="more_than",
              note="claim by government"),
            C("remaining_held", 600, "which speaks of \"about 600\"", qualifier="about", note="claim by UNITA (prisoners it holds)"),
            C("remaining_held", 1500, "holding still \"at least 1.500\" of its militants", qualifier="at_least",
              note="claim by UNITA (prisoners held by the government)"),
            C("other", 300000, "more than 300 000 dead", qualifier="more_than"),
            C("other", 2500000, "about 2,5 million displaced", qualifier="about"),
        ],
        released_names=["Domingos Kapinga", "Eduardo Sakala"],
        alias_groups={},
        not_released_names=["Alberto Sapalo"],
        other_event_released_names=[],
        other_people=["Rosa Kapinga", "Jonas Savimbi", "José Eduardo dos Santos", "Peter Stocker",
                      "José Manuel Durão Barroso"],
        distractors=["Rosa Kapinga is the mother (same surname); 'two sisters' unnamed",
                     "29 years (age); 16h30; two aircraft; shot down in 1989", "the exchanges to be concluded before the end of August (planned)"],
    ),
    dict(
        file="011_icrc_cameroon_nigeria_pows.txt", published="1998-11-26", outlet="ICRC press release (brief)",
        event="ICRC repatriates 120 Nigerian POWs freed by Cameroon and one Cameroonian soldier freed by Nigeria, 1998-11-24",
        counts=[
            C("exchanged", 120, "120 Nigerian prisoners of war released by the Cameroonian authorities"),
            C("exchanged", 1, "one Cameroonian soldier released by Nigeria"),
            C("remaining_held", 14, "14 Nigerian civilians still detained by Cameroon"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Marie-Claire Vaucher", "Tobias Lindqvist"],
        distractors=["flights Yaoundé-Calabar (return home, no number in the sentence)", "1994 and 1996; 98/47; phone numbers"],
    ),
    dict(
        file="012_sankrail_oc_freed_for_women.txt", published="2009-10-23",
        outlet="Indian regional news site (ads, ALSO READ list, photo credit)",
        event="Maoists free Sankrail police officer Atindranath Dutta after 14 jailed tribal women are freed, 2009-10-22",
        counts=[
            C("exchanged", 14, "hours after 14 tribal women jailed during the Lalgarh operations walked out of Midnapore Central Jail"),
            C("remaining_held", 30, "at least 30 other people arrested during the Lalgarh operation are still in jail",
              qualifier="at_least", note="inferred: detainees outside the deal; optional"),
            C("other", 60, "Around 60 armed Maoists", qualifier="about"),
            C("other", 2, "killing two policemen"),
            C("other", 3, "refused to free three of their jailed leaders", note="demand in a different case (Jharkhand)"),
            C("other", 7, "7 injured as bus overturns", note="page noise"),
        ],
        released_names=["Atindranath Dutta", "Chintamoni Hansda"],
        alias_groups={"Kishenji": ["Mallojula Koteswara Rao"]},
        not_released_names=["Chhatradhar Mahato"],
        other_event_released_names=[],
        other_people=["Subham Dutta", "Mithu Dutta", "Kishenji", "Buddhadeb Bhattacharjee", "Francis Induwar"],
        distractors=["Subham Dutta (photographer) and Mithu Dutta (wife) share the releasee's surname",
                     "Francis Induwar was killed", "'Prisoner of war' placard", "Rs 5.5 lakh",
                     "50-year-old; 19-year-old; 3.15 pm; 1.30 pm; 2 pm", "ALSO READ headlines (rescued, freed, held)"],
    ),
    dict(
        file="013_afghan_prisoner_releases_analysis.txt", published="2020-04-14", outlet="analysis piece",
        event="First releases under the Doha deal: Kabul frees 100 Taliban prisoners, Taliban free 20 security personnel, April 2020",
        counts=[
            C("exchanged", 100, "the first 100 Taliban prisoners walked out of the detention facility at Bagram"),
            C("exchanged", 20, "they had freed 20 members of the Afghan security forces"),
            C("released", 5000, "\"up to 5,000\" Taliban prisoners", qualifier="about", note="planned (Doha agreement; 'up to')"),
            C("released", 1000, "\"up to 1,000\" prisoners held by the Taliban", qualifier="about",
              note="planned (Doha agreement; 'up to')"),
            C("released", 1500, "ordering the release of 1,500 Taliban prisoners in batches", note="planned (March 10 decree)"),
            C("other", 3, "A three-member Taliban technical team"),
            C("remaining_held", 15, "The 15 remain at Bagram and Pul-e-Charkhi."),
            C("released", 361, "361 Taliban prisoners had now been freed", note="cumulative since April 8"),
            C("other", 21, "the government's 21-member negotiating team"),
            C("released", 10000, "ordered the release of up to 10,000 prisoners", qualifier="about",
              note="earlier event (COVID-19 decree of March 26, a separate programme); 'up to'"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Abdul Rahim Ahmadzai"],
        other_event_released_names=[],
        other_people=["Farida Amiri", "Ashraf Ghani", "Javid Faisal", "Suhail Shaheen", "Abdullah Abdullah",
                      "Mike Pompeo", "Zalmay Khalilzad", "Gul Ahmad"],
        distractors=["$1 billion cut in aid", "'A hundred here, twenty there' (quote restating the counts)",
                     "'several hundred prisoners a week' (proposal, vague)", "over 55 (age); since 2017; six weeks",
                     "Gul Ahmad is the brother of the still-held Abdul Rahim Ahmadzai"],
    ),
    dict(
        file="014_mujib_freed_to_london_1972.txt", published="1972-01-08", outlet="Reuters wire",
        event="Pakistan frees Sheikh Mujibur Rahman and Kamal Hossain, flown to London, 1972-01-08",
        counts=[
            C("released", 2, "The two freed men were driven to Claridge's hotel"),
            C("transferred_to", 2, "The two freed men were driven to Claridge's hotel", where="London",
              note="released to a third country (arrived in London)"),
            C("remaining_held", 93000, "India holds some 93,000 Pakistani prisoners of war", qualifier="about",
              note="inferred: held by the other side (India), not part of this release; optional"),
            C("other", 400000, "more than 400,000 Bengalis are stranded in West Pakistan", qualifier="more_than",
              note="claim by Bangladesh; stranded, not prisoners"),
        ],
        released_names=["Sheikh Mujibur Rahman", "Kamal Hossain"],
        alias_groups={"Sheikh Mujibur Rahman": ["Sheikh Mujib"]},
        not_released_names=["Yahya Khan"],
        other_event_released_names=[],
        other_people=["Zulfikar Ali Bhutto", "Edward Heath", "Begum Fazilatunnesa", "Indira Gandhi"],
        distractors=["Yahya Khan was placed under house arrest (newly held)",
                     "Dr. Hossain's wife and two children travelled with him (not prisoners)",
                     "51 (age); 6.36 a.m.; nine months", "onward flight to Dacca via New Delhi on Monday (planned, no count)",
                     "'hundreds of thousands of people' (vague crowd)"],
    ),
    dict(
        file="015_guinea_camp_boiro_1984_fr.txt", published="1984-04-06", outlet="AFP wire, machine-translated from French",
        event="Guinea's new military committee frees 1,017 detainees incl. Camp Boiro political prisoners, April 1984",
        counts=[
            C("released", 1017, "the liberation of 1 017 detainees"),
            C("other", 250, "some 250 political prisoners", qualifier="about", note="subset of the 1 017"),
            C("other", 50000, "the number of 50 000 dead", note="claim by exile associations"),
            C("remaining_held", 20, "the arrest of about twenty dignitaries of the old regime", qualifier="about",
              note="inferred: newly arrested by the junta; optional"),
            C("other", 2000000, "the 2 million Guineans of the exterior", note="exiles"),
            C("released", 20, "Sékou Touré had already liberated 20 political detainees", note="earlier event (August 1982)"),
        ],
        released_names=["Kémoko Condé", "Mamadou Barry"],
        alias_groups={"Sékou Touré": ["Ahmed Sékou Touré"]},
        not_released_names=["Ismaël Touré", "Mamadi Keïta", "Lansana Béavogui", "Andrée Touré"],
        other_event_released_names=[],
        other_people=["Sékou Touré", "Diarra Traoré", "Lansana Conté"],
        distractors=["Andrée Touré is under residence surveillance (house arrest = still held)",
                     "Ismaël and Andrée Touré share the late president's surname",
                     "50 years (age); since 1960; 1971; 1976; 26 March", "'several thousands of opponents died' (vague)"],
    ),
    dict(
        file="016_suu_kyi_freed_1995.txt", published="1995-07-11", outlet="UK broadsheet (correspondent report)",
        event="Burma's junta frees Aung San Suu Kyi from house arrest, 1995-07-10",
        counts=[
            C("remaining_held", 1000, "more than 1,000 political prisoners were still being held in Burma as of June",
              qualifier="more_than", note="Amnesty figure as of June 1995"),
            C("released", 2, "the junta freed two other senior NLD leaders, Tin Oo and Kyi Maung",
              note="earlier event (March 1995)"),
            C("released", 2000, "it has released more than 2,000 political detainees since April 1992", qualifier="more_than",
              note="cumulative; claim by Slorc"),
            C("other", 1000, "about a thousand people had gathered outside the gate", qualifier="about", note="crowd"),
            C("other", 392, "won 392 of the 485 seats contested", note="election result"),
        ],
        released_names=["Aung San Suu Kyi"],
        alias_groups={"Min Ko Naing": ["Paw Oo Tun"]},
        not_released_names=["Win Tin", "Min Ko Naing"],
        other_event_released_names=["Tin Oo", "Kyi Maung"],
        other_people=["Julian Brereton", "Khin Nyunt", "Michael Aris", "Kim Aris", "Alexander Aris", "Aung San",
                      "Than Shwe"],
        distractors=["Aung San (her father) shares name tokens with the releasee",
                     "50, 65 (ages); six years; 4pm; 7pm; 20 July 1989; March 1989",
                     "'killing thousands' in 1988 (vague)", "Aris family members are relatives"],
    ),
    dict(
        file="017_ahok_freed_brief.txt", published="2019-01-24", outlet="Reuters brief",
        event="Former Jakarta governor Basuki Tjahaja Purnama (Ahok) freed early from blasphemy sentence, 2019-01-24",
        counts=[],
        released_names=["Basuki Tjahaja Purnama"],
        alias_groups={"Basuki Tjahaja Purnama": ["Ahok", "BTP"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nicholas Sean Purnama", "Joko Widodo", "Anies Baswedan", "Dewi Kurniasih", "Mark Tolley"],
        distractors=["Nicholas Sean Purnama is the son (same surname)",
                     "one year and eight months; two-year sentence; three months and 15 days; 7:30 a.m.",
                     "'hundreds of supporters' (vague)"],
    ),
    dict(
        file="018_rajiv_case_convicts_freed_feature.txt", published="2022-11-20", outlet="long feature (Chennai)",
        event="Six Rajiv Gandhi assassination convicts released on Supreme Court order; four Sri Lankans taken to Tiruchi camp, 2022-11-12",
        counts=[
            C("released", 6, "In all, six convicts were released that day"),
            C("transferred_to", 4, "The four Sri Lankan nationals among them — Murugan, Santhan, Payas and Jayakumar — were taken to the special camp in Tiruchi",
              where="Tiruchi"),
            C("released", 7, "all seven convicts are now out of prison", note="cumulative (includes Perarivalan, freed in May)"),
            C("other", 26, "sentenced all 26 accused to death", note="1998 verdict"),
            C("other", 19, "acquitted 19 of them", note="1999 acquittals"),
            C("other", 14, "Rajiv Gandhi and 14 other people were killed", note="victims"),
            C("remaining_held", 100, "More than 100 people, most of them Sri Lankan Tamils, are housed there", qualifier="more_than",
              note="inferred: other inmates of the special camp, not part of this release; optional"),
        ],
        released_names=["Nalini Sriharan", "V. Sriharan", "T. Suthendraraja", "Robert Payas", "S. Jayakumar",
                        "R.P. Ravichandran"],
        alias_groups={"V. Sriharan": ["Murugan"], "T. Suthendraraja": ["Santhan"]},
        not_released_names=[],
        other_event_released_names=["A.G. Perarivalan"],
        other_people=["Kavitha Ramanujam", "B.R. Gavai", "B.V. Nagarathna", "Arputham Ammal", "Rajiv Gandhi",
                      "Sonia Gandhi", "Priyanka Gandhi Vadra", "Jairam Ramesh", "M.K. Stalin", "S. Radhakrishnan",
                      "Harithra Sriharan"],
        distractors=["the four Sri Lankans are released from prison but held in the Tiruchi special camp (judgement call: released + transferred)",
                     "Nalini had been on parole since December 2021 before the formal release",
                     "Harithra Sriharan is the daughter (same surname); Rajeswari (mother, first name only)",
                     "5.20 pm; 55 (ages); 24; 200 km; 31 years; 11 years; 20 years; Article 142",
                     "'upheld the death sentences of four' (1999) is not a count of releasees"],
    ),
    dict(
        file="019_pemberton_pardon_statement.txt", published="2020-09-07",
        outlet="Philippine newspaper reproducing a government statement (most-read list)",
        event="Duterte grants absolute pardon to US Marine Joseph Scott Pemberton, 2020-09-07",
        counts=[
            C("released", 1914, "the Bureau of Corrections released 1,914 inmates convicted of heinous crimes",
              note="earlier event (2019 GCTA releases)"),
            C("other", 7, "Manila court frees 7 jeepney drivers held over protest", note="page noise (most read)"),
            C("other", 3281, "DOH logs 3,281 new COVID-19 cases", note="page noise"),
        ],
        released_names=["Joseph Scott Pemberton"],
        alias_groups={},
        not_released_names=["Antonio Sanchez"],
        other_event_released_names=[],
        other_people=["Rodrigo Roa Duterte", "Jennifer Laude", "Julita Laude", "Marilou Laude", "Virgie Suarez",
                      "Harry L. Roque"],
        distractors=["deportation to the United States is planned and has no number",
                     "six to ten years; seven terms of up to 40 years; 25 (age); Republic Act No. 10592",
                     "Jennifer Laude was the victim; Julita and Marilou Laude are relatives"],
    ),
    dict(
        file="020_ramy_shaath_ngo_release.txt", published="2022-01-08", outlet="NGO press release (demands, contact block)",
        event="Egypt frees Ramy Shaath, who flies to Paris after renouncing his nationality, 2022-01-06/08",
        counts=[
            C("remaining_held", 10, "At least ten other defendants in the Hope case remain in detention.", qualifier="at_least"),
            C("remaining_held", 60000, "Rights organisations estimate that Egypt holds some 60,000 political prisoners.",
              qualifier="about", note="estimate by rights organisations"),
        ],
        released_names=["Ramy Shaath"],
        alias_groups={"Ramy Shaath": ["Rami Shaath"]},
        not_released_names=["Zyad el-Elaimy", "Hossam Moanis", "Hisham Fouad", "Alaa Abd El-Fattah"],
        other_event_released_names=["Solafa Magdy", "Hossam El-Sayed", "Esraa Abdel Fattah"],
        other_people=["Céline Lebrun-Shaath", "Jean-Yves Le Drian", "Nabil Shaath", "Emmanuel Macron",
                      "Abdel Fattah al-Sisi", "Nour Kassem"],
        distractors=["Céline Lebrun-Shaath (wife, deported in 2019) and Nabil Shaath (father) share the surname",
                     "900 days; 30 months; two years; 50 (age); Case 930 of 2019",
                     "sentences of five, four and four years", "'Dozens of people' (vague)", "phone numbers in the contact block"],
    ),
]


def main():
    ok = True

    def err(msg):
        nonlocal ok
        ok = False
        print(msg, file=sys.stderr)

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files or len(GOLD) != len(set(g["file"] for g in GOLD)):
        err(f"file list mismatch: {files}")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not an integer: {c['value']!r}")
            if (c["kind"] == "transferred_to") != bool(c.get("where")):
                err(f"{g['file']}: `where` must be set exactly on transferred_to: {c}")
            if c.get("where") and c["where"].casefold() not in low:
                err(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in NAME_KEYS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                err(f"{g['file']}: alias-group key not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
                if a in seen:
                    err(f"{g['file']}: alias {a!r} is also a listed name")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
