#!/usr/bin/env python3
"""Gold for devset_oo (blind, held-out-style). Writes gold.jsonl next to this script and
checks it: every quote is an exact substring of its article; every name, alias and `where`
occurs in the article (case-insensitive); no name is in two lists; every alias-group key is
a listed name; kinds and qualifiers are valid, values are integers, `where` is set exactly
on `transferred_to`; the GOLD file list matches articles/. Prints `checks OK` on success."""
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
        file="001_ponant_yacht_crew_freed.txt", published="2008-04-12",
        outlet="French daily web page (with AFP), machine-translated",
        event="Somali pirates free the 30 crew of the yacht Le Ponant after a ransom; six pirates captured, 2008-04-11",
        counts=[
            C("released", 30, "The thirty members of crew of the three-masted luxury Le Ponant, taken hostage for one week by pirates off the coast of Somalia, were released Friday safe and sound"),
            C("transferred_to", 30, "The 30 ex-hostages were embarked on the frigate Jean Bart, then transported to Djibouti",
              where="Djibouti"),
            C("transferred_to", 30, "Their return to Paris is foreseen for Wednesday", where="Paris",
              note="planned; inferred: flight home, no number in the sentence"),
            C("other", 22, "The crew is composed of 22 French", note="subset of the 30"),
            C("other", 6, "six Filipinos", note="subset of the 30"),
            C("other", 6, "of which six women", note="subset of the 30"),
            C("other", 6, "commandos arrested six men without loss", note="pirates arrested; not releasees"),
            C("other", 6, "The six suspects must be transferred to France to be judged there",
              note="arrested pirates to be taken to France; NOT a transfer of released people"),
            C("remaining_held", 60, "Somali pirates still hold at least two other ships and more than 60 sailors",
              qualifier="more_than", note="held by other pirate groups (IMB figure)"),
            C("other", 31, "The BMI counted 31 attacks off Somalia in 2007", note="attacks"),
            C("other", 83, "the Danish cargo Danica White released after 83 days",
              note="page noise: Read-also headline about a 2007 release; 83 is a duration"),
        ],
        released_names=["Patrick Marchesseau"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nicolas Sarkozy", "Jean-Louis Georgelin", "Hervé Morin", "Jacques Saadé",
                      "Annick Le Goff", "Marc Dufresne"],
        distractors=["Annick Le Goff is the mother of an unnamed hostess (releasee without a name)",
                     "ransom of 2,15 million dollars (about 1,36 million euros) is a claim by a source; money",
                     "52 years; daughter of 24 years; 17 h 30; one week",
                     "Danica White (Read also) is an earlier, unrelated release"],
    ),
    dict(
        file="002_rajkumar_freed_gajanur.txt", published="2000-11-16",
        outlet="Indian newspaper web page (ads, photo credit, Also Read list)",
        event="Veerappan frees actor Rajkumar, his son-in-law and a relative after 108 days, 2000-11-15",
        counts=[
            C("released", 3, "The three hostages were handed over in the forests near Satyamangalam"),
            C("other", 121, "Veerappan had demanded the release of 121 detainees held under the Terrorist and Disruptive Activities (Prevention) Act (TADA)",
              note="kidnapper's demand; none of the detainees freed"),
            C("other", 51, "withdraw TADA cases against 51 of the detainees",
              note="stayed by the Supreme Court; not a release"),
            C("released", 9, "In July 1997, he had freed nine forest officials of Karnataka and Tamil Nadu",
              note="earlier event (1997 kidnapping)"),
            C("other", 120, "the killing of over 120 persons", qualifier="more_than", note="killings"),
            C("other", 2000, "the poaching of about 2,000 elephants", qualifier="about", note="elephants"),
            C("other", 50000, "a crowd estimated at over 50,000", qualifier="more_than", note="crowd"),
            C("other", 12, "Sathyamangalam court grants bail to 12 TADA accused",
              note="page noise (Also Read); bail is not release"),
        ],
        released_names=["Rajkumar", "S.A. Govindaraj", "Nagesh"],
        alias_groups={"Rajkumar": ["Raj Kumar"]},
        not_released_names=[],
        other_event_released_names=["Nagappa"],
        other_people=["Veerappan", "R.R. Gopal", "S.M. Krishna", "M. Karunanidhi", "Parvathamma Rajkumar",
                      "Shivarajkumar", "Raghavendra Rajkumar", "Puneeth Rajkumar", "K. Gopinathan"],
        distractors=["Nagappa escaped on September 28 (not freed in this event; listed as other-event)",
                     "'A fourth hostage' is an ordinal", "108 days; 72-year-old; 9.20 p.m.",
                     "Rs. 20 crores (claim), Rs. 50 lakhs reward (money)",
                     "wife and sons share the Rajkumar name (relatives)"],
    ),
    dict(
        file="003_baghdad_last_hostages_1990.txt", published="1990-12-09", outlet="AP wire (archive slugs)",
        event="First evacuation flight of freed foreign hostages leaves Baghdad for Frankfurt after Saddam's release order, 1990-12-09",
        counts=[
            C("released", 325, "A chartered Iraqi Airways jumbo jet carrying 325 people, among them 164 Americans, left Baghdad on Sunday"),
            C("transferred_to", 325, "landed in Frankfurt, Germany, about five hours later", where="Frankfurt",
              note="explicit transfer to a third country (stopover before flights home)"),
            C("other", 164, "among them 164 Americans", note="subset of the 325"),
            C("other", 61, "it carried 61 Britons", note="subset of the 325"),
            C("remaining_held", 900, "The State Department estimated at the time that about 900 Americans were in Iraq and Kuwait and barred from leaving",
              qualifier="about", note="as of Saddam's announcement, before this flight (as in seed 000)"),
            C("other", 20, "all but about 20 of the Americans who had asked to leave were on board", qualifier="about",
              note="free to go, waiting for exit visas; not held"),
            C("released", 200, "which is to carry about 200 more people", qualifier="about", note="planned second flight"),
            C("released", 33, "Former British Prime Minister Edward Heath took 33 Britons home in October",
              note="earlier event (October 1990)"),
            C("released", 194, "Former West German Chancellor Willy Brandt left with 194 people in November",
              note="earlier event (November 1990)"),
            C("released", 15, "former boxing champion Muhammad Ali flew out with 15 Americans on Dec. 2",
              note="earlier event (2 December 1990)"),
        ],
        released_names=["Robert Vinson", "Anne Kilbride"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Carol Vinson", "Joseph Wilson", "W. Nathaniel Howell", "Edward Heath", "Willy Brandt",
                      "Muhammad Ali", "Saddam Hussein", "James A. Baker", "Tariq Aziz", "James Holloway"],
        distractors=["Carol Vinson is the wife (same surname)",
                     "Americans married to Iraqis or Kuwaitis who choose to stay are not held",
                     "U.S. diplomats in Kuwait City plan to leave (not hostages)",
                     "47; 33; 11 weeks; 10:40 a.m.; Jan. 15 deadline"],
    ),
    dict(
        file="004_mako_brimob_standoff_id.txt", published="2018-05-10",
        outlet="Indonesian news site, machine-translated (1.200, 92.816, Rp 14.050)",
        event="Mako Brimob detention-centre riot ends; hostage officer freed, 155 inmates surrender and are moved, 2018-05-09/10",
        counts=[
            C("released", 1, "the one police member who was held hostage, Bripka Iwan Sarjana, had been released",
              note="inferred: single hostage, number in words; optional"),
            C("other", 155, "As many as 155 inmates of terrorism cases surrendered", note="inmates surrendered; not released"),
            C("other", 145, "As many as 145 people surrendered first on Thursday dawn", note="subset of the 155 inmates"),
            C("other", 10, "the remaining 10 people who still refused finally came out", note="subset of the 155 inmates"),
            C("remaining_held", 155, "all 155 inmates were moved to Nusakambangan Prison in Cilacap, Central Java",
              note="inferred: the inmates stay in custody; optional. NOT a transfer of released people"),
            C("other", 5, "Five police members died in the riot", note="killed"),
            C("other", 4, "Four other police were injured", note="injured"),
            C("other", 30, "seized around 30 firearms", qualifier="about", note="weapons"),
            C("other", 64, "The Rutan which has capacity for 64 people was occupied by 156 detainees and convicts",
              note="capacity"),
            C("other", 156, "was occupied by 156 detainees and convicts", note="inmates before the riot, incl. the one killed"),
            C("other", 1200, "A total of 1.200 joint personnel of TNI and Polri were deployed", note="security personnel"),
            C("other", 10, "had killed 10 members of Densus 88", note="claim by Amaq (ISIS), denied by police; killings"),
            C("other", 92816, "Ministry of Law Gives Remission to 92.816 Inmates on Independence Day",
              note="page noise (Read also); remission, not this event"),
            C("other", 4, "Police Arrest 4 Terror Suspects in Sukabumi", note="page noise; arrests"),
        ],
        released_names=["Iwan Sarjana"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Wiranto", "Muhammad Iqbal", "Yudi Rospuji Siswanto", "Syukron Fadhli", "Wahyu Catur Pamungkas",
                      "Fandy Setyo Nugroho", "Denny Setiadi", "Beni Syamsu Trisno", "Syafruddin", "Tito Karnavian",
                      "Rina Kusumawati", "Andi Saputra"],
        distractors=["moving 155 inmates to Nusakambangan is not a transfer of released people",
                     "36 hours; 07.15 WIB; 23.30 WIB; 19.30 WIB", "Rp 14.050 per US Dollar (page noise)",
                     "Beni Syamsu Trisno is an inmate who was killed"],
    ),
    dict(
        file="005_solecki_freed_quetta.txt", published="2009-04-04", outlet="Reuters brief",
        event="UNHCR official John Solecki freed in Quetta two months after his kidnapping, 2009-04-04",
        counts=[
            C("other", 141, "unless the government freed 141 Baluch women it said were held in state custody",
              note="claim by the kidnappers (BLUF), denied by officials; a demand, not a release"),
            C("other", 400000, "the agency helps some 400,000 Afghan refugees in the province", qualifier="about",
              note="refugees"),
        ],
        released_names=["John Solecki"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Khalid Masood", "Syed Hashim", "Ban Ki-moon", "Gul Yousafzai", "Kamran Haider", "Alex Richardson"],
        distractors=["Syed Hashim, the driver, was killed", "two months; Feb. 2", "no required count (single releasee)"],
    ),
    dict(
        file="006_soviet_diplomats_beirut.txt", published="1985-10-30", outlet="UPI wire (archive)",
        event="Three kidnapped Soviet diplomats freed in west Beirut; a fourth had been killed, 1985-10-30",
        counts=[
            C("released", 3, "Three Soviet diplomats kidnapped a month ago by Moslem extremists were released unharmed today"),
            C("remaining_held", 14, "The release leaves at least 14 foreigners missing in Lebanon", qualifier="at_least",
              note="foreign hostages still held by various groups"),
            C("other", 5, "among them five Americans", note="subset of the 14 still held"),
            C("other", 4, "four Frenchmen and a Briton", note="subset of the 14 still held"),
        ],
        released_names=["Oleg Spirin", "Valery Myrikov", "Nikolai Svirsky"],
        alias_groups={"Valery Myrikov": ["Valeri Mirikov"], "Nikolai Svirsky": ["Nikolai Svirski"]},
        not_released_names=["Terry Anderson", "Lawrence Martin Jenco", "David Jacobsen", "Thomas Sutherland",
                            "Peter Kilburn", "Marcel Carton", "Marcel Fontaine", "Jean-Paul Kauffmann",
                            "Michel Seurat", "Alec Collett"],
        other_event_released_names=["Benjamin Weir"],
        other_people=["Arkady Katkov", "William Buckley", "Walid Jumblatt", "Mohammed Hussein Fadlallah", "Elias Haddad"],
        distractors=["Arkady Katkov was killed (fourth diplomat; ordinal)",
                     "William Buckley: claimed killed by Islamic Jihad, unconfirmed (in no held list)",
                     "Benjamin Weir freed Sept. 14 after 16 months (earlier event)", "32; 11 a.m.; a month"],
    ),
    dict(
        file="007_yauri_students_freed.txt", published="2021-10-17",
        outlet="Nigerian daily web page (ads, Read Also, Related, Most Read, comments)",
        event="30 abducted FGC Birnin Yauri students freed after 121 days, 2021-10-16",
        counts=[
            C("released", 30, "Thirty of the students abducted from the Federal Government College (FGC), Birnin Yauri, Kebbi State, have regained freedom after 121 days"),
            C("other", 12, "including 12 girls", note="subset of the 30"),
            C("other", 80, "abducted more than 80 students and some teachers", qualifier="more_than",
              note="abducted on June 17"),
            C("released", 5, "Soldiers rescued five students and a teacher the same day",
              note="earlier event (rescued on June 17)"),
            C("remaining_held", 46, "The state government said 46 students remained in captivity"),
            C("remaining_held", 52, "put the number at \"not less than 52\"", qualifier="at_least",
              note="claim by the parents' forum; differs from the government figure"),
            C("remaining_held", 2, "two teachers were also still being held"),
            C("released", 10, "Bandits release 10 abducted worshippers after ransom",
              note="earlier event (Read Also headline; different abduction)"),
            C("released", 187, "Troops free 187 kidnap victims in forest operation",
              note="earlier event (Related headline; different operation)"),
            C("other", 214, "Comments (214)", note="page noise"),
        ],
        released_names=["Rukayya Musa"],
        alias_groups={},
        not_released_names=["Maryam Aliyu"],
        other_event_released_names=[],
        other_people=["Abubakar Atiku Bagudu", "Salim Kaoje", "Musa Garba", "Zainab Aliyu", "Nafiu Abubakar",
                      "Ibrahim Sanusi"],
        distractors=["'over N30 million' raised by families (claim; money)", "N50m bail (page noise; bail)",
                     "Musa Garba is the father (his first name is the daughter's surname)",
                     "Zainab Aliyu is the mother of a still-held student", "121 days; ages 15 and 14"],
    ),
    dict(
        file="008_homecoming_50_years.txt", published="2023-02-12", outlet="US newspaper anniversary feature",
        event="Operation Homecoming, first day: 143 US POWs freed at Gia Lam and Loc Ninh and flown to Clark; first Vietnamese POW exchange, 1973-02-12",
        counts=[
            C("released", 143, "On Feb. 12, 1973, 143 Americans walked out of captivity in Vietnam."),
            C("released", 116, "116 men crossed a few yards of tarmac to the waiting U.S. officers",
              note="part of the 143 (Gia Lam, Hanoi)"),
            C("released", 27, "27 other Americans, most of them soldiers and civilians captured in the South, had been handed over by the Viet Cong at Loc Ninh",
              note="part of the 143 (Loc Ninh)"),
            C("transferred_to", 143, "All 143 were flown on to Clark Air Base in the Philippines", where="Clark Air Base"),
            C("exchanged", 1000, "South Vietnamese officials released about 1,000 North Vietnamese and Viet Cong prisoners",
              qualifier="about", note="Vietnamese prisoner exchange on the same day"),
            C("exchanged", 400, "the Communist side handed back about 400 South Vietnamese soldiers", qualifier="about",
              note="Vietnamese prisoner exchange on the same day"),
            C("released", 591, "By April 1, 591 American prisoners had come home.", note="cumulative (all four batches)"),
            C("other", 1300, "nearly 1,300 Americans were still listed as missing in action", qualifier="about",
              note="missing, not held"),
            C("other", 1580, "about 1,580 Americans from the war are still unaccounted for", qualifier="about",
              note="missing today, not held"),
        ],
        released_names=["Everett Alvarez Jr.", "Jeremiah Denton", "James Stockdale"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["John McCain", "Robert Stirm"],
        other_people=["Delia Alvarez", "Sybil Stockdale", "Henry Kissinger", "Le Duc Tho", "Sal Veder",
                      "Marcus Whitfield", "Laura Petrakis"],
        distractors=["McCain and Stirm were freed on March 14 (later batches of the same programme, other event)",
                     "'Number three' / 'third' on the list is an ordinal", "eight and a half years; four years; six terms",
                     "Three Air Force C-141 transports", "Delia Alvarez and Sybil Stockdale are relatives (same surname)"],
    ),
    dict(
        file="009_shalit_video_women.txt", published="2009-10-02", outlet="AP wire",
        event="Israel frees 19 (of 20) Palestinian women prisoners for a Schalit proof-of-life video, 2009-10-02",
        counts=[
            C("exchanged", 19, "Israel freed 19 Palestinian women prisoners on Friday in return for a videotape"),
            C("exchanged", 20, "Israel agreed to release 20 women", note="planned: total under the deal; the 20th is due Sunday"),
            C("transferred_to", 2, "Two of the women, Gaza residents, were taken to the Gaza Strip through the Kerem Shalom crossing",
              where="Gaza Strip", note="inferred: taken home to Gaza; optional"),
            C("other", 1000, "release about 1,000 prisoners in exchange for Schalit", qualifier="about",
              note="Hamas demand for a future exchange"),
            C("remaining_held", 7800, "Israel holds about 7,800 Palestinian prisoners", qualifier="about",
              note="figure from Palestinian officials"),
            C("other", 35, "including around 35 women", qualifier="about", note="subset of those still held"),
        ],
        released_names=["Fatima al-Zeq"],
        alias_groups={"Fatima al-Zeq": ["Fatima al-Ziq"], "Gilad Schalit": ["Shalit"]},
        not_released_names=["Gilad Schalit"],
        other_event_released_names=[],
        other_people=["Noam Schalit", "Mahmoud Zahar", "Benjamin Netanyahu", "Rafael Morgan", "Nasser Salem"],
        distractors=["her 20-month-old son Yousef (first name only; a baby, not a prisoner count)",
                     "Noam Schalit is the father (same surname)", "two-minute tape; more than three years; 23",
                     "two other soldiers killed in 2006"],
    ),
    dict(
        file="010_hezbollah_fighter_swap.txt", published="2014-11-25", outlet="Lebanese English-language site, brief",
        event="Syrian rebels free Hezbollah fighter Imad Ayyad for two rebel fighters, 2014-11-25",
        counts=[
            C("exchanged", 2, "released Tuesday in exchange for two rebel fighters held by the party"),
            C("remaining_held", 25, "at least 25 Lebanese soldiers and policemen remain in the hands of the Nusra Front and ISIS",
              qualifier="at_least", note="held by other groups since the Arsal raid (different abduction)"),
            C("other", 3, "Three of the captives have been executed", note="killed"),
        ],
        released_names=["Imad Ayyad"],
        alias_groups={"Imad Ayyad": ["Imad Ayad"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Wafiq Safa"],
        distractors=["'first known prisoner exchange' (ordinal)", "in his early twenties",
                     "the two freed rebels are unnamed"],
    ),
    dict(
        file="011_qalamoun_deal_analysis.txt", published="2017-09-03", outlet="analysis piece (think-tank style)",
        event="ISIS hands over a Hezbollah captive and soldiers' remains for safe passage from Qalamoun, 2017-08-27/28",
        counts=[
            C("other", 8, "The remains of eight Lebanese soldiers were dug up the same day", note="remains, not living releasees"),
            C("other", 640, "some 640 people", qualifier="about",
              note="ISIS fighters and civilians given safe passage; not prisoners"),
            C("other", 308, "308 fighters and 331 civilians", note="safe passage, not prisoners"),
            C("other", 331, "331 civilians, by Hezbollah's count", note="safe passage, not prisoners"),
            C("exchanged", 16, "the Nusra Front freed 16 Lebanese soldiers and policemen in Arsal in exchange for 13 prisoners",
              note="earlier event (December 2015)"),
            C("exchanged", 13, "in exchange for 13 prisoners held in Lebanon and Syria", note="earlier event (December 2015)"),
            C("exchanged", 5, "Nusra released five Hezbollah fighters it had held for months", note="earlier event (early August 2017)"),
            C("exchanged", 3, "three Nusra prisoners held in Lebanon's Roumieh prison were released",
              note="earlier event (early August 2017)"),
        ],
        released_names=["Ahmad Maatouk"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Saja al-Dulaimi"],
        other_people=["Mohsen Hojaji", "Hussein Youssef", "Mohammad Youssef", "Ali al-Sayyed", "Abbas Medlej",
                      "Michel Aoun", "Saad Hariri", "Joseph Aoun", "Hassan Nasrallah", "Bashar al-Assad",
                      "Brett McGurk", "Haider al-Abadi", "Abu Bakr al-Baghdadi", "Nadim Haddad"],
        distractors=["the only living prisoner is named but not counted (no number)",
                     "Mohsen Hojaji's remains to be returned (body; planned)", "the fate of a ninth (ordinal)",
                     "'the third such transaction'; ten-day offensive; $1.5 billion in aid",
                     "Joseph Aoun and Michel Aoun are not related", "Mohammad Youssef is a dead soldier; his father is the spokesman"],
    ),
    dict(
        file="012_chibok_82_girls.txt", published="2017-05-07",
        outlet="UK broadcaster web page (cookie banner, media player, related links)",
        event="82 Chibok schoolgirls freed for five Boko Haram commanders, 2017-05-06",
        counts=[
            C("exchanged", 82, "Eighty-two of the schoolgirls kidnapped by Boko Haram militants in Chibok, north-eastern Nigeria, three years ago have met President Muhammadu Buhari after being freed"),
            C("exchanged", 5, "in exchange for five militant commanders"),
            C("other", 83, "A government list of 83 girls had been agreed with the militants",
              note="list; all but one (82) handed over"),
            C("transferred_to", 82, "flown on Sunday to the capital, Abuja", where="Abuja",
              note="inferred: taken to the capital at home; optional"),
            C("remaining_held", 113, "At least 113 of the girls are still believed to be held", qualifier="at_least"),
            C("other", 276, "A total of 276 girls were seized", note="abducted in April 2014"),
            C("other", 57, "Fifty-seven managed to escape within hours", note="earlier event (escaped in 2014)"),
            C("released", 21, "In October, 21 girls were released after talks also brokered by Switzerland and the ICRC",
              note="earlier event (October 2016)"),
            C("other", 3, "Three others have been found by the army or escaped", note="earlier event (found/escaped)"),
            C("released", 21, "Chibok girls: 21 freed schoolgirls reunited with families",
              note="earlier event (related link, October 2016)"),
            C("released", 1623, "Nigeria army says it rescued 1,623 hostages in Borno",
              note="earlier event (related link); claim by the army"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Amina Ali Nkeki"],
        other_people=["Muhammadu Buhari", "Garba Shehu", "Zannah Mustapha", "Yakubu Nkeki", "Aisha Yesufu", "Will Ross"],
        distractors=["one girl refused to leave (not released, not counted as held)",
                     "the presidency statement gives no number ('some Boko Haram suspects')",
                     "Yakubu Nkeki shares a surname with Amina Ali Nkeki", "three years; 14 April 2014"],
    ),
    dict(
        file="013_gaza_truce_liveblog.txt", published="2023-11-24",
        outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="First day of the Gaza truce: 13 Israeli hostages for 39 Palestinian prisoners; 10 Thais and a Filipino also freed, 2023-11-24",
        counts=[
            C("released", 24, "24 hostages freed: 13 Israelis, 10 Thais and one Filipino"),
            C("exchanged", 13, "The 13 Israeli hostages have arrived at the Schneider Children's Medical Center",
              note="Israeli side of the exchange"),
            C("released", 10, "10 Thai citizens had been released", note="separate arrangement, not part of the swap"),
            C("exchanged", 39, "Israel's prison service confirmed 39 prisoners had been released"),
            C("other", 24, "24 women and 15 teenage boys", note="subset of the 39"),
            C("other", 15, "15 teenage boys", note="subset of the 39"),
            C("transferred_to", 24, "driven through the Rafah crossing into Egypt", where="Egypt",
              note="inferred: transit via Egypt to Israel; optional"),
            C("remaining_held", 215, "Israel says about 215 hostages remain in Gaza after today's releases", qualifier="about"),
            C("remaining_held", 20, "Thai officials believe about 20 Thai nationals remain captive", qualifier="about",
              note="Thai hostages still held"),
            C("released", 50, "50 hostages are due to be freed over four days", note="planned (whole truce)"),
            C("exchanged", 150, "in exchange for 150 Palestinian prisoners", note="planned (whole truce)"),
            C("other", 200, "about 200 trucks of food, water and medical supplies", qualifier="about", note="aid trucks"),
            C("other", 12, "Russia launched 12 drones overnight", note="unrelated live-blog entry"),
        ],
        released_names=["Ohad Munder", "Keren Munder", "Ruth Munder", "Hanna Katzir", "Adina Moshe", "Yaffa Adar",
                        "Margalit Mozes", "Channah Peri", "Doron Katz Asher", "Raz Asher", "Aviv Asher",
                        "Daniel Aloni", "Emilia Aloni", "Gelienor Pacheco", "Marah Bakeer"],
        alias_groups={"Marah Bakeer": ["Marah Bakir"], "Gelienor Pacheco": ["Jimmy"]},
        not_released_names=["Avraham Munder", "Elad Katzir", "Kfir Bibas", "Shiri Bibas"],
        other_event_released_names=[],
        other_people=["Yoni Asher", "Ferdinand Marcos Jr.", "Srettha Thavisin", "Majed al-Ansari", "Benjamin Netanyahu",
                      "Rachel Hale", "Karim Nassar", "Simon Pratt"],
        distractors=["Avraham Munder and Elad Katzir share surnames with releasees but are still held",
                     "Yoni Asher is the husband and father (not a hostage)", "ages 9, 54, 78, 77, 72, 85, 79, 34, 4, 2, 44, 5",
                     "eight years in prison; 10-month-old", "Black Friday 4.6% (unrelated entry)",
                     "one additional day per 10 additional hostages"],
    ),
    dict(
        file="014_toivo_ya_toivo_freed.txt", published="1984-03-01", outlet="Reuter wire (archive)",
        event="South Africa frees SWAPO founder Andimba Toivo ya Toivo in Windhoek, 1984-03-01",
        counts=[
            C("remaining_held", 50, "about 50 Namibians were still held in South African prisons for political offences",
              qualifier="about", note="SWAPO figure"),
            C("other", 17, "including 17 on Robben Island", note="subset of the 50"),
            C("remaining_held", 130, "about 130 more in a detention camp at Mariental", qualifier="about",
              note="detainees, SWAPO figure"),
            C("other", 30, "together with more than 30 other Namibians", qualifier="more_than",
              note="co-defendants convicted in 1968"),
        ],
        released_names=["Andimba Toivo ya Toivo"],
        alias_groups={"Andimba Toivo ya Toivo": ["Toivo ja Toivo", "Herman"]},
        not_released_names=["Nelson Mandela"],
        other_event_released_names=[],
        other_people=["Willie van Niekerk", "Pik Botha", "Sam Nujoma", "Nathaniel Maxuilili", "Selma ya Toivo",
                      "Peter Kingsley"],
        distractors=["Selma ya Toivo is his sister (same surname)", "16 years; 20-year sentence; 59; 62; 1968; 1966",
                     "Mandela moved from Robben Island in 1982 (a transfer between prisons, not a release)"],
    ),
    dict(
        file="015_fela_freed.txt", published="1986-04-24", outlet="Reuter brief (archive)",
        event="Nigeria frees Fela Anikulapo-Kuti after 18 months of a five-year sentence, 1986-04-24",
        counts=[
            C("other", 1600, "trying to export 1,600 pounds sterling illegally", note="money"),
        ],
        released_names=["Fela Anikulapo-Kuti"],
        alias_groups={"Fela Anikulapo-Kuti": ["Fela Ransome-Kuti"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Beko Ransome-Kuti", "Olikoye Ransome-Kuti", "Ibrahim Babangida", "Gregory Okoro-Idogu",
                      "Muhammadu Buhari"],
        distractors=["brothers share the Ransome-Kuti name", "18 months; five-year sentence; 47",
                     "no required count (single releasee)"],
    ),
    dict(
        file="016_vanunu_walks_free.txt", published="2004-04-21",
        outlet="UK broadcaster web page (cookie notice, video player, See also, top stories)",
        event="Mordechai Vanunu released from Shikma prison after 18 years, 2004-04-21",
        counts=[
            C("released", 400, "Israel frees 400 prisoners in Hezbollah swap",
              note="earlier event (January 2004; See also link, page noise)"),
            C("other", 200, "up to 200 nuclear warheads", note="warheads"),
        ],
        released_names=["Mordechai Vanunu"],
        alias_groups={"Mordechai Vanunu": ["John Crossman"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Meir Vanunu", "Mary Eoloff", "Riah Abu El-Assal", "Cheryl Bentov"],
        distractors=["Meir Vanunu is the brother (same surname)", "Nick and Mary Eoloff: adoptive parents (Nick appears only as a first name before the shared surname)", "18 years; 11 years; 12 months; nine years; 49",
                     "1100 local time (0800 GMT); video 02:14", "Iraq hostage deadline passes (unrelated headline)"],
    ),
    dict(
        file="017_salopek_pardoned.txt", published="2006-09-09", outlet="AP wire",
        event="Sudan pardons and frees Paul Salopek and his two Chadian colleagues, 2006-09-09",
        counts=[
            C("released", 3, "All three men were released from the el-Fasher jail on Saturday afternoon."),
            C("transferred_to", 2, "The two Chadians were to be flown home to N'Djamena", where="N'Djamena",
              note="planned; inferred: flight home"),
            C("released", 3, "won the release of three Red Cross workers held by a rebel faction in southern Sudan",
              note="earlier event (1996)"),
            C("other", 200000, "has killed more than 200,000 people", qualifier="more_than", note="deaths"),
            C("other", 2500000, "driven about 2.5 million from their homes", qualifier="about", note="displaced"),
        ],
        released_names=["Paul Salopek", "Idriss Abdulraham Anu", "Suleiman Abakar Moussa"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bill Richardson", "Omar al-Bashir", "Majzoub al-Khalifa", "Linda Lynch", "Ann Marie Lipinski",
                      "Mohamed Osman", "Sarah El-Deeb"],
        distractors=["44; Aug. 6; 1998 and 2001 Pulitzers", "Americans held in Iraq, North Korea and Cuba (Richardson's past cases, no numbers)",
                     "Linda Lynch is the wife"],
    ),
    dict(
        file="018_burma_amnesty_ngo.txt", published="2012-01-13", outlet="NGO press release (demands, notes, contact block)",
        event="Burma amnesty of 651 prisoners frees leading dissidents, 2012-01-13",
        counts=[
            C("released", 651, "granted amnesty to 651 prisoners"),
            C("other", 302, "BPPN had confirmed that 302 of those freed were political prisoners", note="subset of the 651"),
            C("remaining_held", 600, "We believe at least 600 political prisoners are still in jail", qualifier="at_least",
              note="NGO estimate after the amnesty"),
            C("remaining_held", 1572, "BPPN's database listed 1,572 political prisoners as of 31 December 2011",
              note="as of 31 December 2011, before the amnesty (as in seed 000)"),
            C("released", 6359, "the October 2011 amnesty freed 6,359 prisoners", note="earlier event (October 2011)"),
            C("other", 220, "of whom only about 220 were political prisoners", qualifier="about",
              note="earlier event (October 2011); subset"),
            C("released", 500, "more than 500 political prisoners have been freed since the new government took office in March 2011",
              qualifier="more_than", note="cumulative since March 2011"),
            C("other", 1000, "more than 1,000 kilometres from Rangoon", qualifier="more_than", note="distance"),
            C("other", 651, "Publish a full list of the 651 prisoners released today", note="demand; repeats the main figure"),
        ],
        released_names=["Min Ko Naing", "Ko Ko Gyi", "Htay Kywe", "Mya Aye", "U Gambira", "Khun Tun Oo", "Nilar Thein",
                        "Khin Nyunt"],
        alias_groups={"Min Ko Naing": ["Paw Oo Tun"], "U Gambira": ["Shin Gambira"]},
        not_released_names=["Zaw Min Htike", "Brang Hkawn"],
        other_event_released_names=["Zarganar", "Aung San Suu Kyi"],
        other_people=["Thein Sein", "Saw Htoo Lwin", "Thet Naing Oo"],
        distractors=["sentences of 65, 68, 93 and 17 years", "Presidential Order 5/2012; Section 401; Section 5(j)",
                     "'one political prisoner is one too many' (quote)", "founded in 2003; phone numbers"],
    ),
    dict(
        file="019_nasheed_london_feature.txt", published="2016-01-20", outlet="UK newspaper long read",
        event="Maldives lets jailed ex-president Mohamed Nasheed leave prison for surgery in London, 2016-01-18",
        counts=[
            C("other", 1700, "more than 1,700 people have been arrested at protests since the start of 2015",
              qualifier="more_than", note="arrests; 'most of them later released' is vague"),
        ],
        released_names=["Mohamed Nasheed"],
        alias_groups={"Mohamed Nasheed": ["Anni"]},
        not_released_names=["Mohamed Nazim", "Imran Abdulla", "Ahmed Adeeb"],
        other_event_released_names=[],
        other_people=["Abdulla Yameen", "Maumoon Abdul Gayoom", "Amal Clooney", "Jared Genser", "Philip Hammond",
                      "Dunya Maumoon", "Mangala Samaraweera", "Fathimath Shazna", "Laila Ali", "Ibrahim Muaz Ali",
                      "Hannah Seneviratne"],
        distractors=["'medical leave' for 30 days: counted as a release (judgement call); flight to London has no count",
                     "house arrest in June 2015 and return to prison in August (earlier, not a release)",
                     "13-year sentence; 11 years; 12 years; 19 days; 48; 26-year-old",
                     "an unnamed brother signed a guarantee", "a husband jailed since May Day (unnamed)"],
    ),
    dict(
        file="020_tanzania_pardon_statement.txt", published="2017-12-09",
        outlet="government statement (unofficial translation from Swahili; 8.157, 39 000)",
        event="Tanzania Independence Day pardon: 61 fully pardoned incl. Nguza Viking and Johnson Nguza, 1,828 freed by remission, 2017-12-09",
        counts=[
            C("released", 61, "granted full pardon to 61 prisoners who had been sentenced to death and to life imprisonment, who will be released today"),
            C("released", 1828, "Of these, 1.828 prisoners will be released today"),
            C("remaining_held", 6329, "the remaining 6.329 will continue to serve the remaining part of their sentences in prison",
              note="sentences reduced, still in prison"),
            C("other", 8157, "reduced by one quarter (1/4) the sentences of 8.157 prisoners",
              note="sentence reductions (1,828 freed + 6,329 still held)"),
            C("remaining_held", 39000, "at present hold more than 39 000 inmates", qualifier="more_than",
              note="inferred: general prison population; optional"),
            C("other", 29552, "against a capacity of 29 552", note="capacity"),
        ],
        released_names=["Nguza Viking", "Johnson Nguza"],
        alias_groups={"Nguza Viking": ["Babu Seya"], "Johnson Nguza": ["Papii Kocha"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["John Pombe Joseph Magufuli", "Juma Malewa", "Mwigulu Lameck Nchemba", "Gerson Msigwa"],
        distractors=["56 years of Independence; Article 45; 1977 Constitution; since 2003",
                     "Johnson Nguza is the son of Nguza Viking (both released)", "one quarter (1/4)"],
    ),
]


def fail(msg):
    print(msg, file=sys.stderr)
    return False


def check():
    ok = True
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    gfiles = [g["file"] for g in GOLD]
    if sorted(gfiles) != files or len(set(gfiles)) != len(gfiles):
        ok = fail(f"file list mismatch: gold={sorted(gfiles)} articles={files}")
    for g in GOLD:
        f = g["file"]
        path = os.path.join(ART, f)
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for key in ("published", "outlet", "event", "counts", "alias_groups", "distractors") + NAME_LISTS:
            if key not in g:
                ok = fail(f"{f}: missing field {key}")
        for c in g["counts"]:
            if c["quote"] not in text:
                ok = fail(f"{f}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                ok = fail(f"{f}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                ok = fail(f"{f}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                ok = fail(f"{f}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    ok = fail(f"{f}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    ok = fail(f"{f}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                ok = fail(f"{f}: where set on kind {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    ok = fail(f"{f}: {key} name not found: {n!r}")
                if n in seen:
                    ok = fail(f"{f}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                ok = fail(f"{f}: alias-group key is not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    ok = fail(f"{f}: alias not found: {a!r}")
                if a in seen:
                    ok = fail(f"{f}: alias {a!r} is also a listed name ({seen[a]})")
    return ok


def main():
    ok = check()
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as out:
        for g in GOLD:
            out.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records to gold.jsonl; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
