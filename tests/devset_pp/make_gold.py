#!/usr/bin/env python3
"""Gold for devset_pp (blind, held-out-style). Writes gold.jsonl next to this script and
checks it against the articles:

- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive, for all-caps
  bylines and credits);
- no name is in two lists; every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on
  `transferred_to` counts;
- the GOLD file list matches articles/.

Prints `checks OK` when everything passes.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "transferred_to", "remaining_held", "exchanged", "other"}
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
NAME_LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_kuwait_airways_tehran.txt", published="1984-12-10", outlet="UPI wire (all-caps byline)",
        event="Kuwait Airways Flight 221 hijack ends at Tehran; last nine hostages freed, 1984-12-09",
        counts=[
            C("released", 9, "freed the last nine hostages"),
            C("other", 2, "Among the nine freed were two Americans", note="subset of the nine"),
            C("other", 6, "six Kuwaiti crew members", note="subset of the nine"),
            C("other", 4, "the four Arab-speaking hijackers", note="hijackers, taken into custody"),
            C("other", 160, "with more than 160 people aboard", "more_than", note="people aboard when hijacked"),
            C("other", 2, "two American officials were shot dead", note="hostages killed"),
            C("released", 153, "the gunmen let 153 passengers go in batches",
              note="cumulative: batches let go earlier in the same hijacking; optional"),
            C("released", 44, "including 44 who walked off the plane on Thursday", note="earlier event (Thursday batch)"),
            C("remaining_held", 17, "The hijackers had demanded the release of 17 men jailed in Kuwait",
              note="inferred: prisoners whose release was demanded; Kuwait keeps them jailed; optional"),
            C("other", 3, "Three of the 17 are under sentence of death", note="subset of the 17"),
        ],
        released_names=["Charles Kapar", "John Costa", "Neil Beaton"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Charles Hegna", "William Stanford", "Jane Stanford", "Sabah al-Ahmad al-Jaber al-Sabah",
                      "Mir Hossein Mousavi", "John Hughes", "James R. Halloran"],
        distractors=["Hegna and Stanford were killed (hostages, never released)",
                     "Jane Stanford is the widow of William Stanford",
                     "ages 40/50/52; six-day ordeal; Flight 221; 10:45 p.m. (2:15 p.m. EST); December 1983 bombings",
                     "Kapar and Costa 'expected to be flown to Frankfurt' (planned, no count)"],
    ),
    dict(
        file="002_abyan_tourists_yemen.txt", published="1998-12-30",
        outlet="UK newspaper archive page (cookie banner, Related list, photo credit)",
        event="Yemeni troops storm Abyan kidnap hideout; 12 Western tourists freed, four killed, 1998-12-29",
        counts=[
            C("released", 12, "Twelve Western tourists kidnapped by Islamic militants in southern Yemen were freed yesterday"),
            C("other", 4, "four of their fellow hostages - three Britons and an Australian - were killed",
              note="hostages killed in the assault"),
            C("other", 16, "The 16 tourists, 12 of them British", note="total kidnapped"),
            C("other", 12, "12 of them British, two Americans and two Australians",
              note="nationalities of the 16 kidnapped, not the 12 freed"),
            C("other", 3, "Three of the gunmen were killed and three captured", note="kidnappers"),
            C("other", 2, "Two of the freed tourists were treated in hospital for gunshot wounds", note="subset of the 12"),
            C("other", 5, "Five Britons and an Algerian were arrested in Aden on December 23",
              note="suspects arrested; not hostages"),
            C("other", 100, "More than 100 foreigners have been abducted in the past five years", "more_than",
              note="cumulative abductions"),
            C("released", 4, "Last month tribesmen in Marib released four German tourists after 10 days",
              note="earlier event (November 1998)"),
            C("released", 8, "Kosovo monitors secure release of eight Yugoslav soldiers",
              note="earlier event (unrelated Related-list headline)"),
            C("other", 9, "The survivors, nine Britons, two Americans and an Australian", note="breakdown of the 12 freed"),
        ],
        released_names=["Laurence Whitehouse", "Mary Quin", "Claire Marston"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Margaret Whitehouse", "Ruth Williamson", "Peter Rowe", "Andrew Thirsk",
                      "Zein al-Abidine al-Mihdar", "Derek Fatchett", "Ahmed Barakani"],
        distractors=["Margaret Whitehouse was killed; her husband Laurence Whitehouse was freed (same surname)",
                     "Abu Hassan is the kidnappers' leader (captured, not released)",
                     "ages 52/34/60/35; about 90 miles; 11am; 10 days",
                     "'flown by helicopter with the others to Aden' (domestic move, no count)",
                     "Related headline: heads of four kidnapped engineers found (dead, not released)"],
    ),
    dict(
        file="003_bicutan_jail_siege.txt", published="2005-03-15",
        outlet="Philippine daily web page (ads, Trending list, comments)",
        event="Police storm Camp Bagong Diwa (Bicutan) jail after Abu Sayyaf inmates' siege; four hostages freed, 2005-03-15",
        counts=[
            C("released", 4, "freeing all four hostages held since a botched jailbreak"),
            C("other", 22, "killing 22 Abu Sayyaf inmates", note="inmates killed"),
            C("other", 3, "Three jail guards and two inmates were killed in the first exchange of fire", note="killed"),
            C("other", 200, "more than 200 members of the PNP Special Action Force", "more_than", note="police"),
            C("other", 95, "95 inmates surrendered", note="surrendered inmates, still in custody; not released"),
            C("other", 21, "the 2000 kidnapping of 21 mostly foreign hostages", note="earlier abduction, not a release"),
            C("other", 101, "101 Abu Sayyaf detainees were moved under heavy guard",
              note="inmates moved between jails; not a release or transfer of freed people"),
            C("other", 1200, "holds more than 1,200 inmates", "more_than", note="jail population"),
            C("released", 7, "Court frees 7 farmers charged with rebellion in Negros",
              note="earlier event (unrelated Trending headline)"),
        ],
        released_names=["Rodrigo Matias", "Arnel Bautista", "Evelyn Cortez", "Danilo Ocampo"],
        alias_groups={"Ghalib Andang": ["Galib Andang", "Commander Robot"],
                      "Alhamser Limbong": ["Commander Kosovo"],
                      "Nadzmi Sabdulla": ["Commander Global"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Alhamser Limbong", "Ghalib Andang", "Nadzmi Sabdulla", "Lorna Matias", "Abdulwahid Sakkam",
                      "Angelo Reyes", "Arturo Lomibao", "Gloria Macapagal-Arroyo", "Fathur Rohman al-Ghozi",
                      "Carlo M. Villanueva", "Jerome T. Sison"],
        distractors=["Limbong, Andang and Sabdulla were killed in the assault",
                     "Lorna Matias is the wife of a freed hostage",
                     "al-Ghozi escaped in 2003 (an escape, not a release)",
                     "8:40 a.m.; 7:25 a.m.; about 15 minutes; age 41; P52 million; 3 days; Comments (86)"],
    ),
    dict(
        file="004_libya_nyt_journalists.txt", published="2011-03-21",
        outlet="US broadcaster web page (video player, Most Popular list)",
        event="Libya frees four New York Times journalists to Turkish diplomats; they cross into Tunisia, 2011-03-21",
        counts=[
            C("released", 4, "Four New York Times journalists who were seized by Libyan government forces last week have been released"),
            C("transferred_to", 4, "The four crossed into Tunisia on Monday evening", where="Tunisia"),
            C("remaining_held", 4, "leaves at least four other journalists in Libyan government custody", "at_least",
              note="CPJ figure as of 21 March 2011"),
            C("released", 3, "Three members of a BBC Arabic team who were detained and beaten at a checkpoint near Zawiya were freed on March 9",
              note="earlier event (9 March 2011)"),
            C("other", 25, "Ivory Coast: 25 dead as Abidjan fighting spreads", note="page noise"),
        ],
        released_names=["Anthony Shadid", "Stephen Farrell", "Tyler Hicks", "Lynsey Addario"],
        alias_groups={},
        not_released_names=["Ghaith Abdul-Ahad"],
        other_event_released_names=[],
        other_people=["Bill Keller", "Mohammed Shaglouf", "Moammar Gadhafi", "Khaled Kaim", "Nada Bakri",
                      "Sultan Munadi", "Hillary Clinton", "Dana Whitfield", "Ali Rahman"],
        distractors=["Mohammed Shaglouf (driver) is missing, not stated as held",
                     "Farrell's 2009 rescue in Afghanistan is an earlier release of a main person (not a second name)",
                     "Sultan Munadi was killed in 2009", "Nada Bakri is Shadid's wife",
                     "'Missing hiker freed from ravine after 6 days' (page noise)", "0:00 / 2:14"],
    ),
    dict(
        file="005_danish_family_pirates.txt", published="2011-09-07",
        outlet="Danish news site (Ritzau), machine-translated",
        event="Somali pirates free the Johansen family and two crew of the yacht ING; flown to Nairobi, 2011-09-07",
        counts=[
            C("released", 7, "the seven Danes were this morning released"),
            C("transferred_to", 7, "The seven were by car brought to an airstrip at Galkayo and from there flown to Nairobi in Kenya",
              where="Nairobi"),
            C("other", 3, "their three children", note="subset of the seven"),
            C("other", 2, "the two adult crew members", note="subset of the seven"),
            C("remaining_held", 6, "Six crew members from the Danish cargo ship Leopard, among them two Danes, have been in the hands of pirates",
              note="other hijacking (Leopard), still held as of 7 Sept 2011"),
            C("remaining_held", 2, "Still two Danes in captivity",
              note="inferred: the two Danes among the six Leopard crew; optional"),
            C("remaining_held", 400, "about 400 hostages of many nationalities", "about",
              note="Ecoterra estimate of all hostages held by Somali pirates"),
            C("other", 20, "around 20 ships", "about", note="ships held"),
            C("released", 13, "the Danish ship CEC Future was released after 71 days with 13 crew members on board",
              note="earlier event (January 2009)"),
            C("other", 21, "21 crew barricaded in engine room", note="page noise"),
        ],
        released_names=["Jan Quist Johansen", "Birgit Marie Johansen", "Rasmus Quist Johansen", "Hjalte Quist Johansen",
                        "Ida Quist Johansen", "Bjørn Ellegaard", "Peter Lybech"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Flemming Quist Johansen", "Lene Espersen", "Lars Løkke Rasmussen", "Mette Kjærsgaard Holm"],
        distractors=["Flemming Quist Johansen is Jan's brother (same surname, never held)",
                     "194 days; six and a half months; 3 mio. dollars (16,2 mio. kroner); 1.200 kilometer; kl. 8.15; ages 17/15/13",
                     "1.850 boat refugees (page noise)", "expected in Copenhagen on Thursday (planned, no count)"],
    ),
    dict(
        file="006_ekiti_schoolchildren.txt", published="2024-02-04",
        outlet="Nigerian daily web page (ads, See Also / Also Read, comments)",
        event="Abducted Emure (Ekiti) pupils, teachers and driver regain freedom, 2024-02-04",
        counts=[
            C("released", 10, "saying all 10 victims were"),
            C("released", 6, "The six pupils, three teachers and a driver of Apostolic Faith Group of Schools",
              note="inferred: subset (pupils) of the 10; optional"),
            C("released", 3, "The six pupils, three teachers and a driver of Apostolic Faith Group of Schools",
              note="inferred: subset (teachers) of the 10; optional"),
            C("other", 2, "killed two traditional rulers", note="killed"),
            C("other", 5, "five suspects had been arrested", note="arrests"),
            C("released", 8, "eight farm workers abducted at Ikole were released after spending a week in captivity",
              note="earlier event (November 2023)"),
            C("released", 12, "Kaduna: 12 worshippers released after three weeks in captivity",
              note="earlier event (unrelated Also Read headline)"),
        ],
        released_names=["Olaolu Adeyemo", "Kehinde Ojo"],
        alias_groups={},
        not_released_names=["Sunday Olaniyan"],
        other_event_released_names=[],
        other_people=["Biodun Oyebanji", "Sunday Abutu", "Gbenga Ojo", "Olatunde Olusola", "David Ogunsakin",
                      "Tunde Oyelade"],
        distractors=["Gbenga Ojo is the husband of a freed teacher (same surname)",
                     "Olusola and Ogunsakin are the monarchs killed", "A third monarch escaped (not a release)",
                     "N100 million ransom; N1,482/$; 4 p.m.; six days; Comments (43)",
                     "'hundreds of students and youths' (vague)"],
    ),
    dict(
        file="007_papua_belgian_filmmakers.txt", published="2001-08-16", outlet="AFP wire brief",
        event="OPM rebels free two Belgian filmmakers in Papua, 2001-08-16",
        counts=[
            C("released", 2, "freed two Belgian documentary makers"),
            C("transferred_to", 2, "The two men were flown to Jayapura", where="Jayapura",
              note="inferred: domestic move after release; optional"),
        ],
        released_names=["Johan Van den Eynde", "Philippe Simon"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Niko Fransiskus", "Willem Onde"],
        distractors=["10 weeks; 10:00 am (0100 GMT); June 6",
                     "'expected to leave for Brussels via Jakarta' (planned, no count)"],
    ),
    dict(
        file="008_laju_hijack_50_years.txt", published="2024-01-28",
        outlet="Singapore daily, 50-years-on heritage feature (photo captions)",
        event="Laju ferry hijack ends: crew freed for safe passage after PFLP seizes Japanese embassy in Kuwait, 1974-02-07/08",
        counts=[
            C("released", 5, "The five crewmen were brought ashore at Clifford Pier shortly before midnight"),
            C("released", 12, "the embassy gunmen freed their 12 hostages once the DC-8 landed"),
            C("other", 7, "its crew of seven", note="original ferry crew"),
            C("other", 2, "Two crewmen jumped overboard on the first night", note="escaped; not released"),
            C("other", 4, "The four men - two members of the Japanese Red Army", note="hijackers"),
            C("other", 5, "five PFLP gunmen stormed the Japanese Embassy in Kuwait", note="embassy attackers"),
            C("other", 11, "the ambassador and 11 of his staff", note="subset of the 12 embassy hostages"),
            C("other", 13, "A team of 13 Singapore officials volunteered to fly with them as guarantors",
              note="voluntary guarantors; not captives"),
            C("other", 3, "the 13 Singaporeans and three Japanese officials on board", note="officials on the plane"),
            C("other", 9, "The plane took off again with all nine",
              note="hostage-takers given safe passage to Aden; not released prisoners (judgement call)"),
            C("released", 5, "forcing the Japanese government to free five jailed radicals, who were flown to Libya",
              note="earlier event (other event: Kuala Lumpur, August 1975)"),
            C("other", 3, "three have died", note="of the five crewmen"),
            C("other", 40, "a standoff of more than 40 hours", "more_than", note="duration"),
        ],
        released_names=["Ahmad Salleh"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Goh Keng Swee", "Kakuei Tanaka", "S R Nathan", "Tee Tua Ba", "Osman Salleh", "Lim Wei Ling",
                      "Melissa Tan", "Gavin Foo"],
        distractors=["Osman Salleh is the brother of the freed crewman (off duty, never held)",
                     "6,000km; eight days; ages 26/76; 1.10am; Feb 6/7/8/10",
                     "the guarantors flew to Kuwait and Aden voluntarily and returned (not released captives)"],
    ),
    dict(
        file="009_ethiopia_eritrea_pows.txt", published="2000-12-23", outlet="Ethiopian government press release",
        event="First ICRC-supervised Ethiopia-Eritrea POW repatriation under the Algiers Agreement, 2000-12-23",
        counts=[
            C("exchanged", 359, "released and repatriated three hundred and fifty-nine (359) Eritrean prisoners of war"),
            C("exchanged", 142, "the Eritrean authorities handed over 142 Ethiopian prisoners of war to the ICRC"),
            C("other", 27, "Among those repatriated were 27 prisoners who had been wounded", note="subset of the 359"),
            C("released", 72, "released 72 sick and wounded Eritrean prisoners in August 2000",
              note="earlier event (August 2000)"),
            C("remaining_held", 2300, "some 2,300 Eritrean prisoners of war remain in Ethiopian camps", "about"),
            C("remaining_held", 1000, "Eritrea still holds not less than 1,000 Ethiopian prisoners of war and civilian detainees",
              "at_least", note="claim by the Ethiopian government"),
            C("transferred_to", 142, "and transported to Mekele", where="Mekele",
              note="inferred: returnees taken to Mekele; optional"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Bezabih Petros"],
        other_event_released_names=[],
        other_people=["Tekeda Alemu", "Meles Zenawi", "Laurent Dufresne"],
        distractors=["No named releasee", "Article 2; 12 December 2000; 09:30; P.O. Box 393; No. 112/2000",
                     "'further stages' of release (planned, no count)"],
    ),
    dict(
        file="010_israel_hezbollah_2007_brief.txt", published="2007-10-15", outlet="Reuters wire brief",
        event="Israel frees Hassan Naim Akil and returns two bodies for the remains of Gabriel Dawit, 2007-10-15",
        counts=[
            C("other", 2, "the bodies of two of the group's fighters", note="bodies returned"),
            C("remaining_held", 2, "bring home two soldiers, Ehud Goldwasser and Eldad Regev",
              note="inferred: captured soldiers, fate unknown; optional"),
            C("other", 34, "the 34-day war", note="duration"),
        ],
        released_names=["Hassan Naim Akil"],
        alias_groups={},
        not_released_names=["Ehud Goldwasser", "Eldad Regev"],
        other_event_released_names=[],
        other_people=["Gabriel Dawit", "Ehud Olmert", "Dan Weiler", "Matthew Jones"],
        distractors=["Gabriel Dawit's body was returned (not a living releasee)",
                     "single-person release: no required release count", "drowned two years ago; 5:18pm EDT"],
    ),
    dict(
        file="011_yemen_abyan_soldiers_swap.txt", published="2012-04-29", outlet="Reuters wire (UPDATE 2)",
        event="Ansar al-Sharia frees 73 captive soldiers; government frees 29 suspected militants, Abyan/Aden, 2012-04-28/29",
        counts=[
            C("exchanged", 73, "freed 73 soldiers on Sunday"),
            C("exchanged", 29, "the government had freed 29 suspected members of Ansar al-Sharia"),
            C("remaining_held", 3, "The three who remain with them are officers"),
            C("other", 185, "killing about 185 soldiers", "about", note="killed"),
            C("other", 87, "seizing 87, along with tanks and artillery", note="total captured in March"),
            C("released", 11, "The militants had released 11 wounded soldiers in early March",
              note="earlier event (March 2012)"),
            C("transferred_to", 73, "then driven in buses to Aden", where="Aden",
              note="inferred: freed soldiers taken to Aden; optional"),
        ],
        released_names=["Fadl Qassem al-Sharabi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Qassem al-Sharabi", "Ali Abdullah al-Nakhbi", "Mohammed Nasser Ahmed", "Abd-Rabbu Mansour Hadi",
                      "Nasser al-Aqili", "Hamid al-Zubairi", "Peter Ormond", "Clare Fenwick"],
        distractors=["Qassem al-Sharabi is the father of a freed soldier (same surname)",
                     "'all but three' = 73 freed, 3 still held", "age 22; nearly a year; March 4"],
    ),
    dict(
        file="012_india_srilanka_fishermen.txt", published="2015-01-22",
        outlet="Indian daily, regional city page (ads, Also Read)",
        event="Sri Lanka frees 86 Tamil Nadu fishermen, India frees 15 Sri Lankans, handover at the IMBL, 2015-01-21",
        counts=[
            C("exchanged", 86, "Eighty-six fishermen from Tamil Nadu, who were lodged in Sri Lankan prisons"),
            C("exchanged", 15, "15 Sri Lankan fishermen who had been held in Puzhal prison in Chennai were handed over to the Sri Lankan Navy"),
            C("transferred_to", 86, "were brought to Karaikal port", where="Karaikal",
              note="inferred: returnees landed at Karaikal; optional"),
            C("other", 66, "the 66 mechanised boats seized from the fishermen", note="boats, not people"),
            C("remaining_held", 13, "13 fishermen from Pudukottai district, arrested on January 17, are still in Sri Lankan custody"),
            C("released", 500, "More than 500 Tamil Nadu fishermen have been released by Sri Lanka since May 2014", "more_than",
              note="cumulative since May 2014"),
            C("released", 5, "pardoned five Tamil Nadu fishermen who had been sentenced to death",
              note="earlier event (November 2014)"),
            C("released", 20, "Sri Lanka to release 20 more Indian fishermen, says minister",
              note="earlier event (other event: Also Read headline, planned)"),
            C("other", 3, "Madurai: 3 held for cheating job aspirants", note="page noise (arrests)"),
        ],
        released_names=["M. Arulanandam", "A. Sahayaraj"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["N. Devadas", "O. Panneerselvam", "Narendra Modi", "Maithripala Sirisena", "Syed Akbaruddin",
                      "Mahinda Rajapaksa", "S. Karthikeyan"],
        distractors=["A. Sahayaraj is Arulanandam's son and was freed too (Tamil initials, different surname form)",
                     "₹12 crore; ₹40 lakh; 5.30 pm; age 52; up to two months; 120 villages; 14 special trains",
                     "ICGS Vaibhav is a ship"],
    ),
    dict(
        file="013_gaza_ceasefire_first_exchange_liveblog.txt", published="2025-01-20",
        outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="Gaza ceasefire first exchange: three Israeli hostages for 90 Palestinian prisoners, 2025-01-19/20",
        counts=[
            C("exchanged", 90, "The Israel Prison Service says it has released 90 prisoners"),
            C("exchanged", 3, "three Israeli hostages freed in Gaza"),
            C("other", 69, "69 women and 21 teenage boys", note="subset of the 90 (women)"),
            C("other", 21, "69 women and 21 teenage boys", note="subset of the 90 (minors)"),
            C("released", 33, "33 hostages are due to be released", note="planned (first phase)"),
            C("released", 1900, "in exchange for about 1,900 Palestinian prisoners and detainees", "about",
              note="planned (first phase)"),
            C("released", 4, "four more women held in Gaza are due to be freed", note="planned (next Saturday)"),
            C("remaining_held", 94, "that leaves 94 hostages in Gaza"),
            C("remaining_held", 97, "97 of the 251 people taken into Gaza on 7 October 2023 were still held there",
              note="held before this release (as in seed 000)"),
            C("other", 34, "including 34 the Israeli military says are dead", note="subset of those held (reported dead)"),
            C("other", 251, "97 of the 251 people taken into Gaza", note="total abducted on 7 October 2023"),
            C("released", 105, "105 hostages were freed in exchange for 240 Palestinian prisoners",
              note="earlier event (November 2023 truce)"),
            C("exchanged", 240, "105 hostages were freed in exchange for 240 Palestinian prisoners",
              note="earlier event (November 2023 truce)"),
            C("other", 19, "at least 19 people were killed", "at_least", note="casualties"),
            C("other", 27, "which have killed at least 27 people", "at_least", note="unrelated live-blog entry"),
        ],
        released_names=["Romi Gonen", "Emily Damari", "Doron Steinbrecher", "Khalida Jarrar"],
        alias_groups={},
        not_released_names=["Shiri Bibas", "Agam Berger", "Liri Albag", "Edan Alexander"],
        other_event_released_names=[],
        other_people=["Mandy Damari", "Meirav Leshem Gonen", "Donald Trump", "Benjamin Netanyahu", "Hannah Crossley",
                      "Bethan Ellwood"],
        distractors=["Mandy Damari and Meirav Leshem Gonen are mothers of freed hostages (same surnames)",
                     "'her sons Ariel and Kfir' are still held but named by first name only",
                     "471 days; 15 months; ages 24/28/31; 11.15 local time; 170 million users; two fingers",
                     "the TikTok and Los Angeles fires entries are unrelated"],
    ),
    dict(
        file="014_malaysia_lim_kit_siang_1989.txt", published="1989-04-17", outlet="Reuter wire brief (all caps slug)",
        event="Malaysia frees Lim Kit Siang and Lim Guan Eng, the last two ISA detainees of Operation Lalang, 1989-04-17",
        counts=[
            C("released", 2, "the last two of 106 people arrested in a 1987 security sweep"),
            C("other", 106, "the last two of 106 people arrested in a 1987 security sweep",
              note="total arrested in October 1987 (most freed earlier)"),
        ],
        released_names=["Lim Kit Siang", "Lim Guan Eng"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Karpal Singh"],
        other_people=["Mahathir Mohamad"],
        distractors=["18 months; ages 48/28; about 11 a.m.; June",
                     "'Most of the detainees were freed within months' (earlier, no count)",
                     "Chinese names: surname Lim comes first"],
    ),
    dict(
        file="015_syria_amnesty_2000_fr.txt", published="2000-11-17",
        outlet="French daily (with AFP), machine-translated",
        event="Bashar al-Assad frees some 600 political prisoners; Mezzeh prison to close, 2000-11-16",
        counts=[
            C("released", 600, "ordered the liberation of some 600 political prisoners", "about"),
            C("other", 380, "between 380 and 400, are members of the Muslim Brotherhood", "at_least",
              note="subset of the 600 (range 380-400)"),
            C("transferred_to", 28, "twenty-eight Jordanians, detained for some since more than 15 years, were handed over Friday morning to the Jordanian authorities",
              where="Jordan"),
            C("remaining_held", 1500, "more than 1 500 political prisoners remain in Syrian prisons", "more_than"),
            C("released", 1200, "liberated some 1 200 prisoners", "about", note="earlier event (1995 clemency)"),
        ],
        released_names=[],
        alias_groups={"Nizar Nayouf": ["Nizar Nayyouf"]},
        not_released_names=["Nizar Nayouf"],
        other_event_released_names=["Riad al-Turk"],
        other_people=["Bachar al-Assad", "Hafez al-Assad", "Hazem Nayouf"],
        distractors=["Hazem Nayouf is the brother of the still-held journalist",
                     "detainees moved from Mezze to Saydnaya (transfer between prisons, not a release)",
                     "30th anniversary; 2,5 % growth; more than 20 %; ten years; 17 years; aged 35; Reactions (12)"],
    ),
    dict(
        file="016_bahrain_amnesty_2001_ngo.txt", published="2001-02-08",
        outlet="NGO press release (demands, contact block)",
        event="Bahrain general amnesty: 433 political prisoners and detainees freed, 2001-02-06/07",
        counts=[
            C("released", 433, "433 political prisoners and detainees were released"),
            C("other", 40, "at least 40 people who had been held without charge or trial", "at_least",
              note="subset of the 433"),
            C("other", 17, "17 who were serving sentences handed down by the State Security Court", note="subset of the 433"),
            C("other", 108, "108 Bahrainis living in exile", note="exiles allowed to return; not prisoners"),
            C("released", 320, "the releases of some 320 detainees in several batches since the Amir's accession in March 1999",
              "about", note="earlier event (batches since March 1999; cumulative)"),
            C("remaining_held", 11, "at least 11 detainees arrested in connection with the unrest of 1994-1999", "at_least"),
        ],
        released_names=["Hassan Abdulnabi Salman"],
        alias_groups={},
        not_released_names=["Jaafar Habib Ali", "Yusuf Abdulla Mattar"],
        other_event_released_names=["Abdul Amir al-Jamri"],
        other_people=["Hamad bin Isa Al Khalifa", "Saeed al-Shehabi", "Mansoor al-Jamri", "Leila Haddad"],
        distractors=["Saeed al-Shehabi and Mansoor al-Jamri are exiles returning, not prisoners",
                     "Mansoor al-Jamri is the son of Abdul Amir al-Jamri (freed July 1999)",
                     "'hundreds were detained' (vague)", "15 years; 10 years; 1974 law; referendum on 14 and 15 February",
                     "phone and fax numbers in the contact block"],
    ),
    dict(
        file="017_suu_kyi_release_feature.txt", published="2010-11-21", outlet="UK Sunday newspaper long read",
        event="Aung San Suu Kyi freed from house arrest in Rangoon, 2010-11-13",
        counts=[
            C("remaining_held", 2200, "about 2,200 political prisoners remain behind bars", "about", note="AAPP figure"),
            C("released", 9002, "In September 2008 it released 9,002 prisoners", note="earlier event (September 2008)"),
            C("released", 7114, "another amnesty of 7,114 inmates", note="earlier event (September 2009)"),
            C("released", 120, "included only about 120 political prisoners", "about",
              note="earlier event (September 2009); subset"),
            C("other", 5000, "it had grown to perhaps 5,000 by dusk", "about", note="crowd"),
        ],
        released_names=["Aung San Suu Kyi"],
        alias_groups={"Aung San Suu Kyi": ["Daw Suu", "Suu Kyi"], "Zarganar": ["Zargana"]},
        not_released_names=["Min Ko Naing", "Zarganar"],
        other_event_released_names=["John Yettaw", "Win Tin", "Tin Oo"],
        other_people=["Charlotte Rennick", "Nyan Win", "Ko Tun", "Michael Aris", "Kim Aris", "Alexander Aris", "Bo Kyi",
                      "Jim Webb", "Barack Obama", "David Cameron", "Ban Ki-moon", "Than Shwe", "Khin Maung Aye"],
        distractors=["single-person release: no required release count",
                     "her earlier releases (1995, 2002) are earlier events of the main person",
                     "Michael Aris (late husband) and Kim/Alexander Aris (sons) share a surname",
                     "15 of the past 21 years; 18 months; seven years; 65 years; 59 -> 35 years; 54 University Avenue; 5.15pm; age 65",
                     "Bo Kyi is a former prisoner quoted as an activist"],
    ),
    dict(
        file="018_egypt_pardon_aljazeera_2015.txt", published="2015-09-23",
        outlet="UK broadcaster web page (cookie banner, media player, related links)",
        event="Sisi pardons 100 prisoners incl. Al Jazeera's Fahmy and Baher Mohamed, Sanaa Seif, Yara Sallam, 2015-09-23",
        counts=[
            C("released", 100, "as part of a wider release of 100 prisoners"),
            C("other", 16, "16 were women", note="subset of the 100"),
            C("remaining_held", 18, "at least 18 journalists are behind bars in Egypt", "at_least", note="CPJ figure"),
            C("other", 400, "more than 400 days in prison", "more_than", note="duration (Greste)"),
        ],
        released_names=["Mohamed Fahmy", "Baher Mohamed", "Sanaa Seif", "Yara Sallam"],
        alias_groups={"Mohamed Fahmy": ["Mohammed Fahmy"], "Baher Mohamed": ["Baher Mohammed"]},
        not_released_names=["Alaa Abd El-Fattah"],
        other_event_released_names=["Peter Greste", "Mohamed Soltan"],
        other_people=["Abdul Fattah al-Sisi", "Marwa Omara", "Amal Clooney", "Jihan Rashed", "Laila Soueif",
                      "Mohammed Morsi", "Mostefa Souag"],
        distractors=["Greste was deported in February (earlier event)", "Mohamed Soltan: related-link headline (earlier event)",
                     "'tens of thousands' detained (vague)", "three years; six months; five-year sentence; three children",
                     "Hajj stampede 'Hundreds killed' (page noise)"],
    ),
    dict(
        file="019_corby_parole_bali.txt", published="2014-02-10",
        outlet="Australian newspaper web page (photo captions, Most Viewed list)",
        event="Schapelle Corby released on parole from Kerobokan prison, Bali, 2014-02-10",
        counts=[
            C("released", 1291, "she was one of 1,291 prisoners across the country whose applications had been granted",
              note="inferred: parole grants nationwide announced with hers; optional"),
            C("remaining_held", 9, "Corby's release leaves nine Australians convicted over the 2005 Bali Nine heroin plot in Indonesian jails"),
            C("other", 2, "two of them - Andrew Chan and Myuran Sukumaran - on death row", note="subset of the nine"),
            C("other", 100, "a crowd of more than 100 journalists", "more_than", note="journalists"),
        ],
        released_names=["Schapelle Corby"],
        alias_groups={},
        not_released_names=["Andrew Chan", "Myuran Sukumaran", "Renae Lawrence"],
        other_event_released_names=["Michelle Leslie"],
        other_people=["Mercedes Corby", "Amir Syamsuddin", "Wayan Widyartha", "Susilo Bambang Yudhoyono", "Rosleigh Rose",
                      "Julie Bishop", "Karen Whitlock", "Tom Haverfield", "Komang Wirata"],
        distractors=["Mercedes Corby is the sister (same surname)", "4.1 kilograms; 20 years; five years; 25 months; July 2017; age 36; 10.10am",
                     "'Man freed after 19 hours trapped in car wreck' (page noise)", "43 degrees; three men charged"],
    ),
    dict(
        file="020_khaleda_zia_release_analysis.txt", published="2020-03-27", outlet="analysis piece (Dhaka)",
        event="Khaleda Zia freed on a six-month suspension of sentence, Dhaka, 2020-03-25",
        counts=[
            C("released", 3000, "freeing some 3,000 prisoners jailed for minor offences", "about",
              note="planned; no list published"),
            C("remaining_held", 2000, "more than 2,000 BNP leaders and activists remain in jail", "more_than",
              note="claim by the BNP; disputed by the government"),
            C("other", 80000, "prisons holding more than 80,000 inmates", "more_than", note="total prison population"),
            C("other", 41000, "in space meant for about 41,000", "about", note="prison capacity"),
        ],
        released_names=["Khaleda Zia"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Sheikh Hasina"],
        other_people=["Farhana Rahman Chowdhury", "Anisul Huq", "Shamim Iskander", "Selima Islam",
                      "Asaduzzaman Khan Kamal", "Tarique Rahman", "Mirza Fakhrul Islam Alamgir"],
        distractors=["single-person release: no required release count",
                     "Sheikh Hasina is the current PM; her 2008 parole is an earlier event",
                     "Tarique Rahman (son) lives in exile, not held",
                     "two years, one month and 17 days; age 74; 17 years; five/10/seven years; 288 of 300 seats; September 24",
                     "Khaleda's own 2008 release is an earlier event of the main person"],
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
        err(f"file list mismatch: gold={sorted(g['file'] for g in GOLD)} articles={files}")
    if len({g["file"] for g in GOLD}) != len(GOLD):
        err("duplicate file in GOLD")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if set(c) - {"kind", "value", "qualifier", "where", "quote", "note"}:
                err(f"{g['file']}: unexpected count keys {sorted(c)}")
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{g['file']}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value is not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    err(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    err(f"{g['file']}: where not found: {c['where']!r}")
            elif c.get("where") is not None:
                err(f"{g['file']}: where set on {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n.casefold() in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n.casefold()]} and {key}")
                seen[n.casefold()] = key
        for k, aliases in g.get("alias_groups", {}).items():
            if k.casefold() not in seen:
                err(f"{g['file']}: alias-group key {k!r} is not a listed name")
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
