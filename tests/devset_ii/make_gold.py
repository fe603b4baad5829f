#!/usr/bin/env python3
"""Gold for devset_ii (blind, held-out-style; region: Africa, Middle East, South and
South-East Asia). Writes gold.jsonl and checks that every quote is an exact substring
of its article, and that every name, alias and `where` occurs in it (names and `where`
case-insensitively, for all-caps bylines). It also checks kinds, qualifiers, `where`
placement, duplicate names across lists, alias keys and the file list."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_somalia_moore_freed.txt", published="2014-09-23",
        outlet="US broadcaster web page (cookie banner, audio player, related list, comments)",
        event="Somali pirates free German-American writer Michael Scott Moore after 977 days, 2014-09-22/23",
        counts=[
            C("remaining_held", 37, "Somali gangs are still holding 37 hostages",
              note="other captives of Somali pirate gangs, same setting"),
            C("remaining_held", 700, "at one point held more than 700 hostages", qualifier="more_than",
              note="earlier event (2011 peak of piracy)"),
            C("other", 237, "pirates attacked 237 ships", note="attacks in 2011"),
            C("other", 189, "our 189 partners", note="page noise (cookie banner)"),
            C("other", 12, "12 killed as gunmen attack villages near Lamu", note="page noise"),
            C("other", 5, "5 aid workers released by gunmen in Unity state",
              note="page noise (related headline with a release verb)"),
            C("other", 2800, "Ebola death toll passes 2,800", note="page noise"),
        ],
        released_names=["Michael Scott Moore"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ismail Abdi Warsame", "Jessica Buchanan", "Poul Hagen Thisted"],
        other_people=["Laura Whitfield", "Frank-Walter Steinmeier", "Marlis Saunders", "Tom Ridley"],
        distractors=["'Hassan' (guard, first name only)", "ransom of $1.6 million", "977 days; 45 (age); four years",
                     "Ismail Abdi Warsame was let go the same evening in 2012 (other event)",
                     "Buchanan and Thisted were rescued in January 2012 (other event)",
                     "Comments (46)"],
    ),
    dict(
        file="002_nigeria_walton_rescue.txt", published="2020-10-31", outlet="Reuters wire brief",
        event="US special forces rescue Philip Walton in northern Nigeria, 2020-10-31",
        counts=[
            C("other", 6, "Six of the seven kidnappers were killed", note="kidnappers killed"),
            C("other", 1000000, "a ransom of $1 million", note="money"),
        ],
        released_names=["Philip Walton"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jonathan Hoffman", "Idrees Rahimi", "Paul Stanton", "Daniel Welles"],
        distractors=["27 (age)", "wife and young daughter were not taken; father unnamed",
                     "a rescue counts as a release"],
    ),
    dict(
        file="003_chhattisgarh_cobra_jawan_freed.txt", published="2021-04-08",
        outlet="Indian regional daily (Jammu), ads and Also Read list",
        event="Maoists free CoBRA commando Rakeshwar Singh Manhas near Tarrem, Bijapur, 2021-04-08",
        counts=[
            C("other", 22, "Twenty-two security personnel were killed", note="casualties"),
            C("other", 31, "31 injured", note="casualties"),
            C("other", 2, "a two-member mediation team", note="mediators"),
            C("other", 7, "Seven local journalists", note="journalists present"),
            C("other", 17, "17 detenus released from Agra jail return to Valley",
              note="page noise (Also Read headline with a release verb)"),
            C("other", 1141, "1,141 fresh COVID-19 cases", note="page noise"),
            C("other", 3, "3 held with 2 kg heroin", note="page noise (arrests)"),
        ],
        released_names=["Rakeshwar Singh Manhas"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Alex Paul Menon"],
        other_people=["Dharampal Saini", "Telam Boraiya", "P Sundarraj", "Meenu Manhas", "Kunti Devi",
                      "Bhupesh Baghel", "Amit Shah", "Kuldiep Singh"],
        distractors=["Shragvi (daughter, first name only)", "210th battalion (ordinal)", "91-year-old; five-year-old",
                     "after 12 days (Menon 2012, duration)", "Meenu Manhas is the wife (same surname)"],
    ),
    dict(
        file="004_burkina_romanian_ghergut.txt", published="2023-08-03",
        outlet="Romanian news site, machine-translated ('3.000', '2,1 million', '12.458 views')",
        event="Romanian Iulian Gherguț, kidnapped at Tambao (Burkina Faso) in 2015, freed, 2023-08",
        counts=[
            C("remaining_held", 20, "at least 20 foreigners are still held hostage by jihadist groups in the region",
              qualifier="at_least"),
            C("released", 3, "three Romanian journalists kidnapped in Iraq, Marie-Jeanne Ion, Sorin Mișcoci and Ovidiu Ohanesian, were released",
              note="earlier event (Iraq, 2005)"),
            C("other", 3000, "more than 3.000 days of captivity", qualifier="more_than", note="duration"),
            C("other", 2100000, "over 2,1 million internally displaced persons", qualifier="more_than",
              note="displaced people"),
            C("other", 12458, "12.458 views", note="page noise"),
            C("other", 12, "12 people evacuated", note="page noise"),
            C("other", 40, "Forty migrants rescued off Lampedusa", note="page noise"),
        ],
        released_names=["Iulian Gherguț"],
        alias_groups={"Iulian Gherguț": ["Iulian Ghergut"]},
        not_released_names=["Hans-Joachim Lohre"],
        other_event_released_names=["Marie-Jeanne Ion", "Sorin Mișcoci", "Ovidiu Ohanesian"],
        other_people=["Klaus Iohannis", "Luminița Odobescu", "Costel Gherguț", "Andreea Stoica"],
        distractors=["Costel Gherguț is the brother (same surname)", "mother is 74 years old (unnamed)",
                     "a Burkinabe gendarme was wounded (unnamed)", "55 days; eight years",
                     "the 2017 video with other foreign hostages (unnamed)"],
    ),
    dict(
        file="005_philippines_fr_sinnott_freed.txt", published="2009-11-12",
        outlet="Irish broadcaster web page (cookie banner, video residue, Most Read)",
        event="Irish Columban priest Fr Michael Sinnott freed in Lanao del Norte, 2009-11-11",
        counts=[
            C("remaining_held", 5, "Abu Sayyaf gunmen are still holding at least five hostages", qualifier="at_least",
              note="other captives in the same region (different group)"),
            C("other", 6, "six armed men", note="kidnappers"),
            C("other", 416900, "Live Register figure falls to 416,900", note="page noise"),
            C("other", 2, "Two killed in three-car collision", note="page noise"),
        ],
        released_names=["Michael Sinnott"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Giancarlo Bossi"],
        other_people=["Micheál Martin", "Gloria Macapagal Arroyo", "Donal O'Keeffe", "Bridget Sinnott", "Rufus Halley"],
        distractors=["79-year-old; nearly 40 years; 39 days", "ransom of $2m", "Bridget Sinnott is the sister",
                     "Rufus Halley was shot dead in 2001", "the still-held schoolteacher and businessman are unnamed",
                     "Man (34) charged over €1.2m cannabis seizure (page noise)"],
    ),
    dict(
        file="006_bangkok_myanmar_embassy_siege.txt", published="2019-09-29",
        outlet="Thai English-language daily, 20-years-on feature",
        event="Myanmar embassy siege in Bangkok ends; last hostages freed, gunmen flown to border, 1999-10-01/02",
        counts=[
            C("other", 89, "The gunmen took 89 people hostage", note="hostages taken"),
            C("other", 12, "about a dozen people escaped", qualifier="about", note="escaped, not released"),
            C("remaining_held", 1200, "then estimated by exile groups at more than 1,200", qualifier="more_than",
              note="inferred: political prisoners in Myanmar whose release the gunmen demanded; optional"),
            C("released", 20, "the gunmen had let 20 people go", note="inferred: first batch within the main event"),
            C("released", 19, "A further 19 were freed", note="inferred: second batch within the main event"),
            C("released", 38, "The last 38 hostages, seven of them Myanmar embassy staff, walked out"),
            C("other", 7, "seven of them Myanmar embassy staff", note="subset of the 38"),
            C("other", 5, "five young men", note="gunmen"),
            C("other", 2, "two other officials volunteered", note="officials accompanying the gunmen"),
            C("released", 500, "freeing the estimated 500 patients and staff held inside", qualifier="about",
              note="earlier event (a separate, later siege: Ratchaburi hospital, January 2000)"),
            C("other", 10, "ten gunmen from the Karen rebel splinter group God's Army", note="other event"),
            C("other", 46, "I was number 46 in the queue", note="queue number"),
        ],
        released_names=["Somchai Ruangsri", "Pranee Wongsawat", "Thein Lwin", "Heike Brandt"],
        alias_groups={"Thein Lwin": ["U Thein Lwin"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Daniel Koh", "Nattaya Chaiyasit", "Aung San Suu Kyi", "Chuan Leekpai",
                      "Sukhumbhand Paribatra", "Surapol Chantarakul", "Khin Nyunt", "Sanan Kachornprasart",
                      "Johnny Htoo", "Luther Htoo", "Wichan Kongsri"],
        distractors=["Daniel Koh escaped through a side gate (escape is not a release)",
                     "71-year-old; 58-year-old; 19 (gunman's age); 25 hours",
                     "Sukhumbhand offered himself as guarantee and flew back (not a hostage release)",
                     "the 1990 parliament; 2011 retirement"],
    ),
    dict(
        file="007_pakistan_ali_haider_gilani.txt", published="2016-05-11",
        outlet="Pakistani daily web page (Read More list)",
        event="Ali Haider Gilani recovered in Afghan-US raid in Paktika, 2016-05-10",
        counts=[
            C("other", 4, "Four militants were killed", note="casualties"),
            C("other", 312, "PSX gains 312 points", note="page noise"),
            C("other", 7, "opposition gives govt 7 days", note="page noise"),
        ],
        released_names=["Ali Haider Gilani"],
        alias_groups={},
        not_released_names=["Caitlan Coleman", "Joshua Boyle"],
        other_event_released_names=["Shahbaz Taseer"],
        other_people=["Yousuf Raza Gilani", "Omar Zakhilwal", "Peter Cook", "Mohiuddin Ahmed", "Ghulam Mustafa",
                      "Abdul Qadir Gilani", "Nawaz Sharif", "Bilawal Bhutto Zardari", "Salmaan Taseer",
                      "Warren Weinstein"],
        distractors=["Mohiuddin Ahmed and Ghulam Mustafa were killed in 2013", "Warren Weinstein was killed in 2015",
                     "father and brother share the surname Gilani", "Three suspects held in Karachi (page noise)",
                     "children born in captivity (unnamed)"],
    ),
    dict(
        file="008_wagah_pow_exchange_1972.txt", published="1972-12-01", outlet="AP archive wire",
        event="India-Pakistan exchange of western-front POWs at Wagah, 540 for 616, 1972-12-01",
        counts=[
            C("released", 1100, "exchanged more than 1,100 prisoners of war", qualifier="more_than",
              note="inferred: rounded total of both sides; optional"),
            C("exchanged", 540, "Pakistan handed over 540 Indian soldiers and airmen"),
            C("exchanged", 616, "India returned 616 Pakistanis"),
            C("remaining_held", 90000, "India still holds about 90,000 Pakistani servicemen and civilians",
              qualifier="about"),
            C("other", 195, "wants 195 of the prisoners tried for war crimes", note="subset of those still held"),
            C("other", 20, "in groups of 20", note="group size"),
            C("other", 3, "one of three Indian Air Force officers who escaped", note="escaped and recaptured; subset"),
        ],
        released_names=["Dilip Parulkar", "M. S. Grewal", "Harish Sinhji", "Anwar Saleem"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Sheikh Mujibur Rahman"],
        other_people=["Zulfikar Ali Bhutto", "Indira Gandhi", "Roland Marti"],
        distractors=["14-day war", "three children (Saleem's)", "the escape in August was followed by recapture",
                     "Mujibur Rahman was freed by Bhutto in January (other event)"],
    ),
    dict(
        file="009_ba870_hijack_tunis_1974.txt", published="2024-11-21",
        outlet="Gulf daily, 50-years-on feature (newsletter prompt, related list)",
        event="BA VC10 hijacked at Dubai ends in Tunis; 7 prisoners from Egypt and the Netherlands freed, 45 hostages released, 1974-11-21..25",
        counts=[
            C("other", 36, "with 36 passengers and 10 crew inside", note="people on board"),
            C("other", 13, "the release of 13 Palestinians held in Egypt", note="demand"),
            C("released", 9, "let nine women and children leave the aircraft", note="inferred: first batch"),
            C("exchanged", 5, "flew all five of them to Tunis"),
            C("transferred_to", 5, "flew all five of them to Tunis", where="Tunis"),
            C("exchanged", 2, "The Netherlands flew the two prisoners it held to Tunis"),
            C("transferred_to", 2, "The Netherlands flew the two prisoners it held to Tunis", where="Tunis"),
            C("exchanged", 7, "With the seven prisoners on the tarmac", note="inferred: total of the prisoners freed"),
            C("released", 12, "A further 12 were released", note="inferred: second batch"),
            C("released", 24, "The last 24 hostages, including Captain Futcher and his crew, were freed",
              note="inferred: final batch"),
            C("released", 45, "In all, 45 hostages came off the aircraft alive"),
            C("other", 7, "Tunisia handed the four hijackers and the seven freed prisoners to the PLO",
              note="handed into PLO custody after the release"),
            C("other", 90000000, "90 million passengers a year", note="airport statistics"),
            C("other", 44900000, "44.9 million in first half", note="page noise"),
            C("other", 15, "Emirates orders 15 more A350s", note="page noise"),
        ],
        released_names=["Jim Futcher", "Anjali Mehra", "Sunita Mehra", "Mohammed Yaqoob"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rehana Qureshi", "Rashid Al Mazrouei", "Tahar Belkhodja", "Werner Kehl", "Joop den Uyl",
                      "Yasser Arafat", "Rashid bin Saeed Al Maktoum"],
        distractors=["Werner Kehl was murdered during the hijacking", "Eighty-four hours; fifty years; 43-year-old",
                     "the four hijackers surrendered (not releasees)", "G-ASGN registration; 1979; 2013",
                     "the seven freed prisoners are unnamed"],
    ),
    dict(
        file="010_israel_lebanon_51_freed_1991.txt", published="1991-09-11", outlet="UPI archive",
        event="Israel frees 51 Lebanese prisoners and returns nine bodies after Hezbollah confirms two soldiers dead, 1991-09-11",
        counts=[
            C("exchanged", 51, "Israel freed 51 Lebanese prisoners"),
            C("other", 9, "returned the bodies of nine guerrillas", note="bodies returned"),
            C("other", 7, "seven Israeli servicemen missing there", note="missing servicemen"),
            C("remaining_held", 300, "Israel and its militia allies still hold some 300 Lebanese", qualifier="about"),
            C("remaining_held", 9, "Nine Westerners are still held in Lebanon"),
            C("other", 5, "five Americans, two Britons and two Germans", note="subset of the nine still held"),
            C("released", 2, "Two Westerners were freed last month", note="earlier event (August 1991)"),
        ],
        released_names=["Ali Hassan Fakih"],
        alias_groups={},
        not_released_names=["Ron Arad", "Abdul Karim Obeid", "Terry Anderson", "Terry Waite"],
        other_event_released_names=["John McCarthy", "Edward Tracy"],
        other_people=["David Rosenthal", "Javier Perez de Cuellar", "Yossi Fink", "Rahamim Alsheikh",
                      "Uri Lubrani", "Moshe Arens"],
        distractors=["Fink and Alsheikh are confirmed dead", "24 (age); five years; March 1985; January 1987",
                     "Obeid was abducted into Israeli custody in 1989 and is still held"],
    ),
    dict(
        file="011_sudan_south_sudan_icrc_release.txt", published="2012-10-04", outlet="ICRC news release",
        event="ICRC-facilitated release and repatriation: 14 Sudanese soldiers for 13 South Sudanese, 2012-10-04",
        counts=[
            C("exchanged", 14, "release and repatriation of 14 members of the Sudanese Armed Forces"),
            C("exchanged", 13, "release and repatriation of 14 members of the Sudanese Armed Forces who had been held in South Sudan, and of 13 South Sudanese nationals"),
            C("transferred_to", 14, "flew the 14 Sudanese from Juba to Khartoum", where="Khartoum",
              note="inferred: repatriation flight home; optional"),
            C("transferred_to", 13, "brought the 13 South Sudanese to Juba", where="Juba",
              note="inferred: repatriation flight home; optional"),
            C("released", 27, "each of the 27 men", note="inferred: total of both sides; optional"),
            C("other", 2, "two officers", note="subset of the 14"),
            C("released", 4, "facilitated the return to South Sudan of four mine-clearance workers",
              note="earlier event (May 2012)"),
            C("other", 3, "three foreign nationals", note="subset of the four (earlier event)"),
            C("other", 40, "at least 40 people reported missing", qualifier="at_least", note="missing, not held"),
            C("other", 187, "News release 12/187", note="page noise (release number)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Raphaël Gautier", "Felix Ackermann", "Layla Osman"],
        distractors=["27 families are being reunited", "27 September (date)", "telephone numbers in the contact block",
                     "no named releasee (precision test)"],
    ),
    dict(
        file="012_aleppo_sdf_prisoner_exchange_live.txt", published="2025-04-03",
        outlet="UK newspaper live blog (reverse time order, unrelated entries)",
        event="SDF and Syrian government exchange prisoners under the Aleppo (Sheikh Maqsoud) deal, 97 for 146, 2025-04-03",
        counts=[
            C("exchanged", 97, "the SDF has released 97 people it was holding"),
            C("exchanged", 146, "the authorities have freed 146 detainees"),
            C("other", 9, "nine people were killed in Israeli strikes", note="unrelated live-blog entry"),
            C("other", 500, "Around 500 fighters are expected to leave", qualifier="about",
              note="SDF fighters withdrawing, not prisoners"),
            C("other", 3085, "has risen to 3,085", note="unrelated live-blog entry (earthquake)"),
            C("other", 3000, "Myanmar quake death toll rises above 3,000", qualifier="more_than",
              note="unrelated live-blog entry"),
            C("other", 17, "Rescue teams from 17 countries", note="unrelated live-blog entry"),
        ],
        released_names=["Hevin Ali", "Mahmoud al-Hassan"],
        alias_groups={},
        not_released_names=["Rezan Ali"],
        other_event_released_names=[],
        other_people=["Lina Haddad", "Mazloum Abdi", "Azzam al-Gharib", "Ahmed al-Sharaa", "Tom Ellison"],
        distractors=["'further releases ... until all detainees held by both sides are freed' (planned, no number)",
                     "'thousands of people remain unaccounted for' (vague)", "31 and 22 (ages)",
                     "Rezan Ali is Hevin Ali's brother and remains in detention", "7.7-magnitude"],
    ),
    dict(
        file="013_iran_france_kohler_paris_analysis.txt", published="2025-11-06",
        outlet="Spanish daily analysis piece, translated ('1.200', '1.000')",
        event="Iran releases Cécile Kohler and Jacques Paris from Evin to the French embassy, 2025-11-04",
        counts=[
            C("released", 2, "Iran released from Evin prison the last two French nationals it was holding"),
            C("remaining_held", 20, "Around twenty Europeans, most of them dual nationals, remain in Iranian prisons",
              qualifier="about"),
            C("released", 5, "Paris has obtained the release of five of its nationals",
              note="cumulative over three years, including Kohler and Paris"),
            C("other", 1200, "more than 1.200 days", qualifier="more_than", note="duration"),
            C("other", 1000, "more than 1.000 executions", qualifier="more_than", note="executions"),
        ],
        released_names=["Cécile Kohler", "Jacques Paris"],
        alias_groups={},
        not_released_names=["Ahmadreza Djalali", "Lindsay Foreman", "Craig Foreman"],
        other_event_released_names=["Cecilia Sala", "Mohammad Abedini", "Olivier Grondeau", "Lennart Monterlos"],
        other_people=["Marta Ibáñez Rojo", "Emmanuel Macron", "Abbas Araghchi", "Mahdieh Esfandiari",
                      "Jean-Noël Barrot", "Ana Beltrán", "Noémie Kohler"],
        distractors=["Mahdieh Esfandiari was released under judicial supervision (bail-like; not a release, other side of the alleged swap)",
                     "'Paris' is also the French capital", "41 and 72 (ages); 39-year-old; twelve-day war",
                     "'hundreds of people were arrested' (vague)", "Noémie Kohler is the sister"],
    ),
    dict(
        file="014_biafra_oilmen_pardoned_1969.txt", published="1969-06-06", outlet="Reuter wire brief",
        event="Biafra pardons 18 European oil workers sentenced to death; flown to Abidjan, 1969-06-06",
        counts=[
            C("released", 18, "pardoned 18 European oil workers"),
            C("transferred_to", 18, "All 18 were handed over at the Uli airstrip to a Vatican envoy and an official of the Ivory Coast government and flown to Abidjan",
              where="Abidjan"),
            C("other", 14, "They are 14 Italians, three West Germans and a Lebanese", note="subset of the 18"),
            C("other", 11, "Eleven of their colleagues, ten Italians and a Jordanian, were killed", note="killed"),
            C("other", 4, "one of four African countries that recognise Biafra", note="countries"),
            C("other", 20, "asked more than 20 countries to intervene", qualifier="more_than", note="countries"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Odumegwu Ojukwu", "Felix Houphouet-Boigny", "Pope Paul"],
        distractors=["no named releasee (precision test)", "May 9; last Sunday"],
    ),
    dict(
        file="015_uganda_dennis_hills_1975.txt", published="1975-07-10",
        outlet="UK broadcaster 'On this day' archive page (cookie banner, In Context box)",
        event="Amin releases Denis Hills to James Callaghan in Kampala, 1975-07-10",
        counts=[
            C("other", 60000, "expelled some 60,000 Asians", qualifier="about", note="expulsions (1972)"),
            C("other", 90, "Asians given 90 days to leave Uganda", note="page noise (See also)"),
        ],
        released_names=["Denis Hills"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Bob Astles"],
        other_people=["James Callaghan", "Idi Amin", "Chandos Blair", "Iain Grahame", "Dora Bloch"],
        distractors=["61 (age); 11 years; died in 2004, aged 90", "Dora Bloch was murdered in 1976",
                     "Bob Astles was acquitted and freed in 1985 (other event)", "the Queen (unnamed)"],
    ),
    dict(
        file="016_sri_lanka_jvp_release_1977.txt", published="2017-11-05",
        outlet="Sri Lankan Sunday paper, 40-years-on feature (Trending list)",
        event="Sri Lanka frees Rohana Wijeweera and the last 1971 insurgents, 144 prisoners, 1977-11-02",
        counts=[
            C("released", 144, "In all, 144 prisoners were freed that week"),
            C("remaining_held", 300, "about 300 people convicted in connection with the 1971 rising were still in prison",
              qualifier="about", note="as of July 1977, before the release"),
            C("remaining_held", 12, "The amnesty did not cover 12 men convicted of murder during the uprising, who remained in prison"),
            C("released", 10000, "freeing more than 10,000 by the end of 1974", qualifier="more_than",
              note="earlier event (1971-74 batch releases)"),
            C("other", 14000, "Some 14,000 suspected insurgents were detained", qualifier="about", note="detentions 1971"),
            C("other", 1200, "put the dead at around 1,200", qualifier="about", note="casualties 1971"),
            C("other", 140, "winning 140 of the 168 seats", note="seats"),
            C("other", 4417, "his prison number, 4417", note="prison number"),
            C("other", 6412, "ASPI up 0.4 percent at 6,412", note="page noise"),
            C("other", 160000, "Dengue cases top 160,000", qualifier="more_than", note="page noise"),
            C("other", 68, "beat Pakistan by 68 runs", note="page noise"),
        ],
        released_names=["Rohana Wijeweera", "Ranjith Hettiarachchi"],
        alias_groups={},
        not_released_names=["Sarath Wanigasekara"],
        other_event_released_names=[],
        other_people=["Dilrukshi Fernando", "Sirimavo Bandaranaike", "J. R. Jayewardene", "Upali Karunaratne"],
        distractors=["Wijeweera was killed in custody in 1989 (later event)", "27-year-old; 67; six years; 20 years (sentence)",
                     "some were freed on the expiry of their sentences or released on licence (earlier, no number)",
                     "just over 4 percent of the vote", "tens of thousands dead (vague)"],
    ),
    dict(
        file="017_libya_goeldi_freed_de.txt", published="2010-06-14",
        outlet="Swiss German daily, machine-translated ('5,4 billion', '1.500')",
        event="Libya frees Max Göldi after his sentence; he flies home with Calmy-Rey, 2010-06-10/13",
        counts=[
            C("other", 695, "after 695 days", note="duration"),
            C("other", 4, "a four-month sentence", note="sentence length"),
            C("other", 5400000000, "around 5,4 billion francs", qualifier="about", note="money"),
            C("other", 188, "put 188 Libyan personalities on the Schengen entry blacklist", note="visa blacklist"),
            C("other", 1500, "UBS: 1.500 jobs to be cut", note="page noise"),
        ],
        released_names=["Max Göldi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Rachid Hamdani"],
        other_people=["Peter Meili", "Nicole Göldi", "Micheline Calmy-Rey", "Miguel Ángel Moratinos",
                      "Hannibal Gaddafi", "Aline Skaf", "Muammar al-Gaddafi", "Guido Westerwelle",
                      "Hans-Rudolf Merz", "Ueli Brunner"],
        distractors=["Hannibal Gaddafi and Aline Skaf were released on bail in 2008 (bail is not a release)",
                     "two domestic employees", "54-year-old", "Nicole Göldi is the wife",
                     "Rachid Hamdani was acquitted in February and left Libya (other event)"],
    ),
    dict(
        file="018_philippines_morong43_freed.txt", published="2010-12-17", outlet="Philippine NGO press release",
        event="38 of the 'Morong 43' health workers freed after charges withdrawn; five remain in military custody, 2010-12-17",
        counts=[
            C("released", 38, "Thirty-eight of the 43 health workers arrested in Morong, Rizal in February walked out"),
            C("remaining_held", 5, "The remaining five health workers are still held"),
            C("other", 43, "the 43 health workers arrested in Morong", note="all arrested in February"),
            C("other", 2, "one of two detainees who gave birth while in custody", note="subset"),
            C("remaining_held", 340, "more than 340 political prisoners remain in jails across the country",
              qualifier="more_than"),
        ],
        released_names=["Alexis Montes", "Merry Mia-Clamor", "Mercy Castro"],
        alias_groups={},
        not_released_names=["Rogelio Almonte"],
        other_event_released_names=[],
        other_people=["Benigno Aquino III", "Leila de Lima", "Liza Manansala"],
        distractors=["the five still held are unnamed", "65-year-old; ten months; three decades",
                     "Mercy Castro's son and sister (unnamed)", "phone number in the contact block"],
    ),
    dict(
        file="019_iran_anniversary_pardon_2019.txt", published="2019-02-05",
        outlet="state news agency (English service) item with editor's note",
        event="Khamenei agrees to pardon or commute sentences of 50,000 convicts for the 40th anniversary, 2019-02-05",
        counts=[
            C("released", 50000, "pardon or commute the sentences of 50,000 convicts",
              note="inferred: pardon-or-commute total, mixes releases and sentence reductions; optional"),
            C("released", 3500, "about 3,500 of the convicts covered by the measure would be freed", qualifier="about",
              note="planned (to be freed before 11 February)"),
            C("released", 1250, "pardoned or commuted the sentences of 1,250 convicts",
              note="earlier event (Eid al-Ghadir 2018)"),
            C("other", 40, "the 40th anniversary", note="ordinal"),
            C("other", 83195527, "News ID: 83195527", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Nasrin Sotoudeh"],
        other_event_released_names=[],
        other_people=["Ali Khamenei", "Ebrahim Raisi", "Gholamhossein Mohseni-Ejei"],
        distractors=["announcement only; no named releasee", "22 Bahman (February 11) is a date"],
    ),
    dict(
        file="020_niger_salem_bazoum_freed_fr.txt", published="2024-01-09",
        outlet="French daily with AFP, machine-translated brief ('1 500', '1 200')",
        event="Niger junta frees Salem Bazoum, son of the deposed president, who is flown to Lomé, 2024-01-08",
        counts=[
            C("other", 166, "detained for 166 days", note="duration"),
            C("other", 1500, "the approximately 1 500 French soldiers", qualifier="about", note="troop withdrawal"),
            C("other", 1200, "1 200 kilometres of track", note="page noise"),
        ],
        released_names=["Salem Bazoum"],
        alias_groups={},
        not_released_names=["Mohamed Bazoum", "Hadiza Bazoum", "Mahamane Sani Mahamadou"],
        other_event_released_names=[],
        other_people=["Robert Dussey", "Faure Gnassingbé", "Amadou Karim", "Abdourahamane Tiani"],
        distractors=["father and mother share the surname and remain held", "aged about twenty",
                     "'six months after the coup' (page noise)", "a single releasee flown to Lomé (no number)"],
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
            if c["qualifier"] not in QUALIFIERS:
                bad(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int):
                bad(f"{g['file']}: value not int: {c['value']!r}")
            if (c["kind"] == "transferred_to") != bool(c["where"]):
                bad(f"{g['file']}: `where` must be set exactly on transferred_to: {c['quote']!r}")
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
                bad(f"{g['file']}: alias key {k!r} is not a listed name")
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
