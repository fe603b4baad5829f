#!/usr/bin/env python3
"""Gold for devset_kk (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name (and alias) occurs in it
(names: case-insensitive, for all-caps bylines/credits)."""
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
        file="001_mv_abdullah_crew_dhaka.txt", published="2024-04-14",
        outlet="Bangladeshi daily (ticker, photo credit, most-read list)",
        event="Somali pirates free the 23 Bangladeshi crew of MV Abdullah after ransom, 2024-04-14",
        counts=[
            C("released", 23, "All 23 Bangladeshi sailors of the hijacked bulk carrier MV Abdullah were freed"),
            C("released", 25, "its 25 crew and the wife of its captain were freed in March 2011",
              note="earlier event (MV Jahan Moni, 2011)"),
            C("released", 17, "rescued all 17 crew", note="earlier event (MV Ruen rescue, March 2024)"),
            C("other", 35, "35 pirates surrendering", note="pirates taken into custody"),
            C("other", 65, "up to 65 armed pirates", qualifier="about", note="captors ('up to')"),
            C("other", 15, "Tigers name 15-man squad", note="page noise"),
            C("other", 2, "Two killed as truck rams auto-rickshaw", note="page noise"),
        ],
        released_names=["Mohammad Abdur Rashid", "Atiq Ullah Khan", "ASM Saidujjaman"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Farid Ahmed"],
        other_people=["Mizanul Islam", "Meherul Karim", "Shahnur Akter", "Khalid Mahmud Chowdhury", "Hasan Mahmud"],
        distractors=["ransom 'around $5 million' (money)", "55,000 tonnes of coal", "32 days; 100 days; 40-hour operation",
                     "600 nautical miles; 3:08am", "the ship 'is expected to reach Al Hamriyah' (planned voyage, no count)",
                     "wife of the Jahan Moni captain and wife of an engine-room crew member are unnamed",
                     "'Staff Correspondent' byline has no name", "Mohammad Abdur Rashid (2024 master) vs Farid Ahmed (2010 master)"],
    ),
    dict(
        file="002_greenfield_students_kaduna.txt", published="2021-05-30",
        outlet="Nigerian daily (READ ALSO, share buttons, comments)",
        event="Bandits free the last 14 abducted Greenfield University students, Kaduna, 2021-05-29",
        counts=[
            C("released", 14, "released the remaining 14 students"),
            C("other", 9, "nine females and five males", note="subset of the 14"),
            C("other", 20, "whisked away 20 students and a member of staff", note="abducted total"),
            C("other", 5, "Five of the students were killed", note="killed captives"),
            C("released", 27, "the last 27 of them were released on May 5", note="earlier event (Afaka college, May 2021)"),
            C("other", 39, "39 students were kidnapped from the Federal College of Forestry Mechanisation",
              note="earlier abduction"),
            C("other", 800, "More than 800 students have been abducted", qualifier="more_than",
              note="cumulative abductions since December"),
            C("remaining_held", 80, "at least 80 remain in the hands of kidnappers", qualifier="at_least",
              note="inferred: held in other abductions (Zamfara, Niger); optional"),
            C("other", 11, "Gunmen kill 11", note="page noise (READ ALSO)"),
        ],
        released_names=["Esther Dauda", "Grace Andrew", "Abigail Usman", "Emmanuel Kure"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ibrahim Yakubu", "Jonathan Dauda", "Joseph Hayab", "Samuel Aruwan", "Nasir El-Rufai",
                      "Mohammed Jalige", "Musa Haruna", "Sadiq Yusuf Sanda"],
        distractors=["Musa Haruna: suspected informant arrested (into custody; not a captive)",
                     "Sadiq Yusuf Sanda was killed by the abductors",
                     "the staff member (a cook) freed in early May is unnamed (earlier release)",
                     "ransom N150 million / N800 million / N100 million and 10 motorcycles", "40 days; 55 days; 300-level",
                     "Joseph Hayab is the uncle of releasee Emmanuel Kure", "commenters 'Bala M.' and 'Ngozi A.'"],
    ),
    dict(
        file="003_virunga_britons_freed.txt", published="2018-05-13",
        outlet="UK broadcaster web page (cookie banner, media player, top stories)",
        event="Two British tourists and their Congolese driver freed after Virunga ambush, DR Congo, 2018-05-13",
        counts=[
            C("released", 2, "Two British tourists kidnapped in the Democratic Republic of Congo's Virunga National Park have been released"),
            C("released", 3, "the three were handed over to rangers", note="the two Britons plus the driver"),
            C("other", 26, "one of 26 women among the park's roughly 700 rangers", note="rangers"),
            C("other", 170, "More than 170 rangers have been killed", qualifier="more_than", note="cumulative deaths"),
            C("other", 5, "five rangers and a driver were killed", note="earlier attack (casualties)"),
            C("other", 17000, "About 17,000 tourists visited Virunga last year", qualifier="about"),
            C("other", 58, "58 Palestinians killed", note="page noise"),
        ],
        released_names=["Kambale Muhindo"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rachel Masika Baraka", "Boris Johnson", "Emmanuel de Merode"],
        distractors=["the two Britons are not named", "Rachel Masika Baraka (ranger) was killed; 'Ms Masika' second mention",
                     "aged 25; 4 June; 0:42 media time", "Getty Images credit (agency, no person)"],
    ),
    dict(
        file="004_osthoff_freed_iraq_de.txt", published="2005-12-18",
        outlet="German agency brief (dpa), machine-translated ('1.500')",
        event="German archaeologist Susanne Osthoff and her driver freed in Iraq, 2005-12-18",
        counts=[
            C("remaining_held", 4, "Four members of the Christian Peacemaker Teams, among them the 74-year-old Briton Norman Kember, are also still in the hands of their kidnappers",
              note="inferred: other abduction; optional"),
            C("other", 1500, "more than 1.500 have been trained", qualifier="more_than", note="police trained in the UAE"),
        ],
        released_names=["Susanne Osthoff"],
        alias_groups={},
        not_released_names=["Bernard Planche", "Norman Kember"],
        other_event_released_names=[],
        other_people=["Frank-Walter Steinmeier", "Angela Merkel", "Anja Osthoff"],
        distractors=["the Iraqi driver was also released but is unnamed (no count given)",
                     "Anja Osthoff is the sister (same surname)", "43-year-old; 24 days; 25 November; 74-year-old",
                     "dpa routing codes at the end"],
    ),
    dict(
        file="005_uzhunnalil_freed_yemen.txt", published="2017-09-12",
        outlet="Indian broadcaster / Kerala news site (trending bar, highlights, Also Read)",
        event="Indian Salesian priest Tom Uzhunnalil freed in Yemen and flown to Muscat, 2017-09-12",
        counts=[
            C("other", 16, "Sixteen people were killed in the attack", note="casualties of the 2016 attack"),
            C("other", 4, "four nuns of the order", note="killed"),
            C("released", 46, "46 Indian nurses trapped in Tikrit were released", note="earlier event (Iraq, July 2014)"),
            C("other", 4000, "around 4,000 Indians still living in Yemen", qualifier="about",
              note="residents, not held"),
            C("other", 4600, "evacuated more than 4,600 Indian nationals", qualifier="more_than", note="evacuees (2015)"),
            C("other", 3, "3 held for attack on CPI(M) office", note="page noise (arrests)"),
            C("other", 7, "7 killed in Dubai road accident", note="page noise"),
        ],
        released_names=["Tom Uzhunnalil"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Alexis Prem Kumar"],
        other_people=["Anoop Jacob", "Sushma Swaraj", "Mathew Uzhunnalil", "Pinarayi Vijayan", "George Alencherry",
                      "Alphons Kannanthanam", "Ramesh Chennithala", "Pope Francis", "Mother Teresa"],
        distractors=["single-person release: no core count; the flight to Muscat has no number",
                     "Sister Sally (first name only) survived the attack", "Mathew Uzhunnalil is the brother (same surname)",
                     "aged 59; 18 months; at least three videos; four gunmen", "Rs 10 crore lottery (page noise)"],
    ),
    dict(
        file="006_durant_mogadishu_30_years.txt", published="2023-10-14",
        outlet="US hometown weekly, 30-years-on feature (weather bar, most popular, newsletter)",
        event="Aidid's militia frees US pilot Michael Durant and Nigerian UN soldier Umar Shantali, Mogadishu, 1993-10-14",
        counts=[
            C("released", 2, "The two men were handed over to the International Committee of the Red Cross"),
            C("released", 8, "Atto and seven other senior detainees held on an island off Kismayo were released",
              note="earlier event (later, separate release, January 1994; Atto plus seven)"),
            C("other", 7, "seven other senior detainees", note="earlier event subset (January 1994)"),
            C("other", 18, "18 American soldiers had been killed"),
            C("other", 73, "73 wounded"),
            C("other", 7, "an ambush that killed seven of his comrades", note="casualties"),
            C("other", 1700, "ordered 1,700 more troops", note="troops"),
            C("other", 14, "Police log: 14 calls over weekend", note="page noise"),
        ],
        released_names=["Michael J. Durant", "Umar Shantali"],
        alias_groups={"Michael J. Durant": ["Mike Durant"]},
        not_released_names=[],
        other_event_released_names=["Osman Ali Atto"],
        other_people=["Karen Lessard", "Mohamed Farrah Aidid", "Gary Gordon", "Randy Shughart", "Bill Cleveland",
                      "Tommy Field", "Ray Frank", "Paul Watson", "Lorrie Durant", "Jeannette Pelletier",
                      "Robert Oakley", "Bill Clinton", "Steven Hartov", "Hussein Mohamed Farrah Aidid"],
        distractors=["Osman Ali Atto was held by the US when Durant was freed and released later (January 1994)",
                     "'dozens of Aidid's supporters' held by the US/UN (vague, no number)",
                     "Lorrie Durant is the wife (same surname)", "Gordon, Shughart and the three crew were killed",
                     "11 days; 22 years; Route 16; Post 36; 160th regiment (ordinals/labels)", "'Gary and Randy' first names"],
    ),
    dict(
        file="007_abu_sayyaf_german_couple.txt", published="2014-10-18",
        outlet="Mindanao regional daily (weather bar, lotto results, trending list)",
        event="Abu Sayyaf frees German couple Okonek and Dielen in Sulu after ransom, 2014-10-17",
        counts=[
            C("released", 2, "released the two German nationals"),
            C("remaining_held", 10, "as of Friday the ASG is still holding at least 10 other captives", qualifier="at_least"),
            C("other", 4, "4 dead as passenger boat capsizes", note="page noise"),
        ],
        released_names=["Stefan Viktor Okonek", "Henrike Dielen"],
        alias_groups={},
        not_released_names=["Ewold Horn", "Lorenzo Vinciguerra", "Toshio Ito"],
        other_event_released_names=["Gao Huayun"],
        other_people=["Joel Cabrera", "Rowena Muyuela", "Abu Rami", "Voltaire Gazmin", "Abdusakur Tan II",
                      "Alhabsi Jumadil", "Frank-Walter Steinmeier", "Gerry Alvarez"],
        distractors=["Alhabsi Jumadil: suspected courier arrested and charged (into custody)",
                     "P250 million ransom; ages 74 and 55; 35th Infantry Battalion; 8:30 p.m.",
                     "Lotto numbers and basketball score 72-70 (page noise)", "'Several Malaysians and Filipinos' (vague)"],
    ),
    dict(
        file="008_india_pakistan_pows_1966.txt", published="2016-01-24",
        outlet="Indian regional paper, 50-years-on Sunday feature (sponsored ad, also-in list)",
        event="India-Pakistan exchange of 1965-war POWs at Hussainiwala, 1966-01-22",
        counts=[
            C("exchanged", 514, "Pakistan handed over 514 Indian prisoners of war"),
            C("exchanged", 1083, "India returned 1,083 Pakistanis"),
            C("remaining_held", 27, "all but 27 of the Indian prisoners in Pakistan",
              note="inferred: still in Pakistan after the 22 January exchange, freed in March; optional"),
            C("released", 1624, "1,624 prisoners had gone home in both directions",
              note="cumulative (January exchange plus the March batches)"),
            C("released", 500, "Five hundred of us came across that day", qualifier="about",
              note="claim by a veteran (rounded quote of the 514); optional"),
            C("other", 3000, "some 3,000 Indian soldiers killed", qualifier="about", note="casualties"),
            C("other", 93000, "India held some 93,000 Pakistani prisoners of war", qualifier="about",
              note="different event (1971 war), held until 1974"),
            C("other", 50, "crossed in batches of fifty", note="batch size"),
        ],
        released_names=["Brij Pal Singh Sikand", "Nanda Cariappa", "Gurbachan Singh Sandhu"],
        alias_groups={"Nanda Cariappa": ['K.C. "Nanda" Cariappa']},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Harjinder Sidhu", "Lal Bahadur Shastri", "Ayub Khan", "Alexei Kosygin", "K.M. Cariappa",
                      "Amandeep Kaur Gill", "Jaspal Singh Sandhu", "Y.B. Chavan", "Zulfikar Ali Bhutto",
                      "Bhagat Singh", "Rajguru", "Sukhdev"],
        distractors=["K.M. Cariappa is the releasee's father (same surname)",
                     "Jaspal Singh Sandhu is the releasee's son (same surname)",
                     "'dozens were still listed as missing' (vague)", "prisoner number 4117; twenty kilos; aged 81",
                     "Twelve days / eleven days; Article VI; August 5 / February 25 dates",
                     "Pakistani releasees are not named"],
    ),
    dict(
        file="009_hijazi_rosenwasser_swap_1971.txt", published="1971-01-28",
        outlet="UPI archive brief",
        event="Israel frees Fatah prisoner Mahmoud Hijazi for kidnapped watchman Shmuel Rosenwasser, 1971-01-28",
        counts=[
            C("remaining_held", 3000, "more than 3,000 Arabs were being held in Israeli prisons", qualifier="more_than",
              note="inferred: held by the other side of the swap; optional"),
        ],
        released_names=["Shmuel Rosenwasser", "Mahmoud Bakr Hijazi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andre Rochat", "Moshe Dayan"],
        distractors=["one-for-one swap: no count of releasees", "13 months; ages 50 and 34; 30 years; 11:20 a.m.",
                     "'the first between Israel and an Arab guerrilla organization' (ordinal)",
                     "Rosenwasser's wife is unnamed"],
    ),
    dict(
        file="010_gordji_torri_karachi_fr.txt", published="1987-12-01",
        outlet="French daily archive, machine-translated ('1 500')",
        event="France-Iran 'war of the embassies' ends: Wahid Gordji and Paul Torri exchanged at Karachi, 1987-11-29",
        counts=[
            C("exchanged", 2, "the two men, who had become the unwilling symbols of the Franco-Iranian crisis, crossed paths on the tarmac of Karachi airport",
              note="inferred: the two sides of a one-for-one swap; optional"),
            C("remaining_held", 3, "the three French hostages still held in Lebanon"),
            C("released", 2, "two French hostages held in Lebanon, the journalist Roger Auque and the television technician Jean-Louis Normandin, had been released",
              note="earlier event (27 November, Beirut; linked by the press, denied by the government)"),
            C("other", 13, "left 13 dead and more than 250 wounded", note="1986 attacks"),
            C("other", 1500, "The 1 500 police officers", note="police guarding the embassy"),
            C("other", 926, "for 926 days", note="duration"),
            C("other", 60, "Some 60 French nationals were then stuck in Iran", qualifier="about",
              note="barred from leaving in July; not a release"),
        ],
        released_names=["Wahid Gordji", "Paul Torri"],
        alias_groups={},
        not_released_names=["Marcel Carton", "Marcel Fontaine", "Jean-Paul Kauffmann"],
        other_event_released_names=["Roger Auque", "Jean-Louis Normandin"],
        other_people=["Gilles Boulouque", "Jacques Chirac", "Charles Pasqua", "François Mitterrand",
                      "Jean-Bernard Raimond", "Joëlle Brunerie-Kauffmann", "Michel Seurat"],
        distractors=["judgement call: Gordji and Torri were confined to embassies, not jailed; both sides of the swap are released",
                     "Michel Seurat was declared executed (dead)", "Joëlle Brunerie-Kauffmann is the wife of a hostage",
                     "1 billion dollars (Eurodif loan)", "10 p.m.; forty minutes; dates 30 June / 17 July"],
    ),
    dict(
        file="011_egypt_diplomats_tripoli_brief.txt", published="2014-01-26",
        outlet="Reuters wire brief",
        event="Libyan militia frees five Egyptian diplomats after Egypt releases militia chief Shaaban Hadia, 2014-01-26",
        counts=[
            C("released", 5, "freed all five Egyptian diplomats"),
            C("transferred_to", 5, "The five members of the embassy staff are in good health and are on their way to Cairo",
              where="Cairo", note="inferred: return home; optional"),
            C("other", 2, "Two were seized from their homes", note="abduction subset"),
            C("other", 3, "three from a car on the way to the embassy", note="abduction subset"),
            C("other", 50000, "About 50,000 Egyptians are believed to still be working in Libya", qualifier="about",
              note="workers, not held"),
        ],
        released_names=["Shaaban Hadia"],
        alias_groups={"Shaaban Hadia": ["Abu Obeida al-Zawi"]},
        not_released_names=[],
        other_event_released_names=["Ali Zeidan"],
        other_people=["Badr Abdelatty", "Muammar Gaddafi", "Mustafa Ben Saud", "Mark Hellyer", "Peter Galloway"],
        distractors=["the diplomats (incl. the cultural attache) are unnamed",
                     "Ali Zeidan is the prime minister, 'briefly abducted' in October (earlier, separate event)",
                     "Hadia is the other side of the exchange (released by Egypt)"],
    ),
    dict(
        file="012_douma_captives_liveblog.txt", published="2018-04-09",
        outlet="UK newspaper live blog (reverse timestamps, unrelated entry, photo credit, comments)",
        event="Jaysh al-Islam frees about 200 captives in Douma in exchange for safe passage to Jarablus, 2018-04-08/09",
        counts=[
            C("released", 200, "released about 200 captives", qualifier="about"),
            C("released", 43, "The first 43 freed captives crossed late on Sunday night",
              note="inferred: first batch of the same release; optional"),
            C("released", 157, "A further 157 were released today", note="inferred: second batch of the same release; optional"),
            C("other", 8000, "More than 8,000 people have left Douma since Sunday", qualifier="more_than",
              note="evacuated fighters and families (not prisoners)"),
            C("other", 3500, "held as many as 3,500 people", note="claim by the government; total allegedly held, not a still-held count"),
            C("other", 42, "killed at least 42 people", qualifier="at_least", note="casualties"),
            C("other", 1600, "killed more than 1,600 civilians", qualifier="more_than", note="casualties"),
            C("other", 87000000, "up to 87 million users", note="page noise (unrelated entry)"),
        ],
        released_names=["Ali Hassoun", "Rima Deeb"],
        alias_groups={},
        not_released_names=["Samer Khaddour"],
        other_event_released_names=[],
        other_people=["Martin Frayne", "Nadia Haddad", "Donald Trump", "Mark Zuckerberg", "Mohammed Alloush",
                      "Hasan Belal", "Yuri Yevtushenko", "Hamza Bayraqdar"],
        distractors=["'Umm Fadi' (kunya only) is the wife of still-held Samer Khaddour",
                     "Rima Deeb's two children are unnamed", "'a few hundred' (vague claim by Alloush)",
                     "'thousands remain unaccounted for' (vague; missing)", "24 to 48 hours; four years and four months",
                     "Comments (412)"],
    ),
    dict(
        file="013_stena_impero_crew_dubai.txt", published="2019-09-28",
        outlet="Indian broadcaster web page (PTI copy, video residue, Also Read)",
        event="Iran releases the Stena Impero; its remaining 16 crew freed in Dubai (tit-for-tat with Grace 1), 2019-09-27/28",
        counts=[
            C("released", 16, "The 16 crew members who were still on board, among them 13 Indians, were freed"),
            C("transferred_to", 16, "Stena Impero Reaches Dubai, 16 Remaining Crew Members Freed", where="Dubai"),
            C("other", 13, "among them 13 Indians", note="subset of the 16"),
            C("other", 23, "The vessel had 23 crew members when it was seized", note="total crew"),
            C("other", 18, "18 Indians, three Russians, one Latvian and one Filipino", note="subset of the 23"),
            C("released", 7, "Iran released seven of them", note="earlier event (4 September)"),
            C("other", 5, "five Indians, a Russian and the Latvian", note="earlier event subset"),
            C("released", 3, "three other officers who had been arrested in Gibraltar, were released without charge in August",
              note="earlier event (Grace 1 officers, August; with the captain, four)"),
            C("remaining_held", 12, "12 crew members of the Panama-flagged MT Riah, nine of them Indians, who are still being held",
              note="inferred: a different seizure; optional"),
            C("other", 9, "nine of them Indians", note="subset of the MT Riah crew"),
            C("other", 2100000, "2.1 million barrels", note="cargo"),
            C("other", 30, "30 still missing", note="page noise (boat capsize)"),
        ],
        released_names=["Pankaj Sharma", "Sijo Thekkekara", "Dmitry Volkov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ajmal Sadiq", "Akhilesh Kumar"],
        other_people=["Erik Hanell", "Mary Thekkekara", "Raveesh Kumar", "Ali Rabiei", "Dominic Raab"],
        distractors=["Mary Thekkekara is the releasee's mother (same surname)",
                     "Grace 1 / Adrian Darya 1 is a ship: the other side of the tit-for-tat has no released people; Iran denies a link",
                     "Raveesh Kumar (MEA spokesperson) shares a surname with Akhilesh Kumar",
                     "10 weeks; July 19; August 15; 1:12 video; Sensex figures"],
    ),
    dict(
        file="014_gadhafi_bulldozer_prison_1988.txt", published="1988-03-03",
        outlet="AP archive wire (all-caps byline, related links)",
        event="Gadhafi bulldozes Tripoli prison gate and frees some 400 political prisoners, 1988-03-03",
        counts=[
            C("released", 400, "freeing some 400 political prisoners", qualifier="about"),
            C("remaining_held", 100, "at least 100 other political detainees remained in custody", qualifier="at_least",
              note="exile groups' estimate"),
            C("remaining_held", 400, "more than 400 people were held in Libya for their political views", qualifier="more_than",
              note="inferred: Amnesty figure from before the release; optional"),
            C("other", 500, "a list of about 500 Libyans who had been barred from traveling abroad", qualifier="about",
              note="travel-ban list, not prisoners"),
            C("other", 2, "Two Britons freed from Libyan jail", note="page noise (related headline)"),
        ],
        released_names=["Mohammed al-Fituri"],
        alias_groups={},
        not_released_names=["Salem al-Fituri", "Ahmed al-Zubair al-Senussi"],
        other_event_released_names=[],
        other_people=["Samir Haddad", "Moammar Gadhafi", "King Idris"],
        distractors=["Salem al-Fituri is the releasee's brother and remains in prison",
                     "'a crowd of thousands' (vague)", "exiles allowed to return (not a release)",
                     "1969 revolution; jailed in 1981; arrested in 1970 (years)"],
    ),
    dict(
        file="015_bagram_detainees_released.txt", published="2014-02-13",
        outlet="international broadcaster web page (cookie banner, related list)",
        event="Afghanistan frees 65 Bagram detainees over US objections, 2014-02-13",
        counts=[
            C("released", 65, "Afghan authorities have released 65 prisoners from the Bagram detention centre"),
            C("other", 88, "The 65 were among 88 detainees", note="total under review"),
            C("remaining_held", 23, "the other 23 should remain in custody"),
            C("other", 32, "killed or wounded 32 members of the international coalition", note="casualties"),
            C("other", 23, "23 Afghan soldiers and police", note="casualties (same value as the 23 still held)"),
            C("released", 560, "Afghan authorities have freed more than 560 detainees held at the facility", qualifier="more_than",
              note="cumulative since March 2013"),
            C("other", 12000, "About 12,000 prisoners are held in Afghan jails", qualifier="about", note="prison population"),
            C("other", 7, "Suicide bomber kills 7", note="page noise"),
            C("other", 11, "11 candidates approved", note="page noise"),
        ],
        released_names=["Mohammad Wali", "Nek Mohammad", "Abdul Qayum"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abdul Shakor Dadras", "Hamid Karzai", "Aimal Faizi", "Lindsey Graham"],
        distractors=["'Taliban-producing factory' quote", "end of this year / March last year (dates)"],
    ),
    dict(
        file="016_qatar_poet_pardoned_brief.txt", published="2016-03-16",
        outlet="AFP wire brief",
        event="Qatar's emir pardons and frees poet Mohammed al-Ajami, 2016-03-15",
        counts=[],
        released_names=["Mohammed al-Ajami"],
        alias_groups={"Mohammed al-Ajami": ["Ibn al-Dheeb"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Tamim bin Hamad Al-Thani", "Najeeb al-Nuaimi", "Hamad bin Khalifa Al-Thani"],
        distractors=["single-person pardon: no count", "life sentence reduced to 15 years; more than four years behind bars",
                     "'pardons dozens of prisoners each year' (customary, vague)", "'we are all Tunisia' (quote)"],
    ),
    dict(
        file="017_jordan_sedition_analysis.txt", published="2021-05-11",
        outlet="think-tank analysis piece (release in passing, related list)",
        event="Jordan frees 16 detainees of the April 2021 'sedition' affair; Awadallah and bin Zaid held, 2021-04-22",
        counts=[
            C("released", 16, "Sixteen of them were freed that evening"),
            C("other", 18, "Some 18 people were detained", qualifier="about", note="arrests"),
            C("other", 13, "detained its 13-member council", note="earlier event; released on bail (not a release)"),
            C("other", 7, "killed seven COVID-19 patients", note="casualties"),
            C("other", 4, "four prime ministers since 2016"),
        ],
        released_names=["Yasser al-Majali"],
        alias_groups={},
        not_released_names=["Bassem Awadallah", "Sharif Hassan bin Zaid", "Hamzah bin Hussein"],
        other_event_released_names=[],
        other_people=["Laila Haddadin", "Ayman Safadi", "Abdullah II", "Mohammed bin Salman", "Hassan bin Talal",
                      "Queen Noor", "Bisher al-Khasawneh"],
        distractors=["'Both remain in detention' (two held, no numeral)",
                     "Prince Hamzah 'remains confined to his palace' (house arrest: held; judgement call)",
                     "Crown Prince Hussein (first name only)", "Hamzah's wife is unnamed",
                     "1.6 per cent; 24.7 per cent; 50 per cent; 100 per cent of GDP; up to 20 years; aged 26",
                     "'1 million doses'; '22 years on the throne' (related list)"],
    ),
    dict(
        file="018_mozambique_covid_amnesty_pt.txt", published="2020-04-17",
        outlet="Portuguese agency (Lusa), machine-translated ('1.147', '5.000')",
        event="Mozambique COVID-19 amnesty law: first 1,147 prisoners released, 2020-04 (first week)",
        counts=[
            C("released", 1147, "have released 1.147 prisoners"),
            C("other", 86, "Of the total released, 86 are women", note="subset of the 1,147"),
            C("released", 5000, "is expected to benefit about 5.000 prisoners in total", qualifier="about", note="planned"),
            C("released", 312, "312 prisoners left the Maputo Central Prison and the Women's Prison of Ndlavela",
              note="inferred: Maputo subset of the 1,147 stated with a release verb; optional"),
            C("other", 20000, "The Mozambican prisons hold about 20.000 inmates", qualifier="about", note="prison population"),
            C("other", 8188, "capacity for 8.188", note="prison capacity"),
            C("released", 4000, "Ethiopia pardoned more than 4.000 prisoners", qualifier="more_than",
              note="earlier event (Ethiopia, March 2020)"),
            C("released", 19000, "about 19.000 inmates would be placed on parole", qualifier="about",
              note="earlier event (South Africa; announced)"),
            C("other", 39, "39 confirmed cases of covid-19"),
        ],
        released_names=["Alberto Mucavele", "Celeste Nhantumbo"],
        alias_groups={},
        not_released_names=["Ndambi Guebuza", "Manuel Chang"],
        other_event_released_names=[],
        other_people=["Helena Kida", "Filipe Nyusi", "Eduardo Mabunda", "Armando Guebuza"],
        distractors=["Armando Guebuza is the father of still-held Ndambi Guebuza (same surname)",
                     "eleven provinces; 18 months; six months; aged 27 and 34; mother of three",
                     "up to one year / three years (sentence thresholds)"],
    ),
    dict(
        file="019_nigeria_dariye_nyame_pardon.txt", published="2022-04-20",
        outlet="Nigerian daily feature (section heads, READ ALSO, comments)",
        event="Pardoned ex-governors Joshua Dariye and Jolly Nyame released from Kuje with 25 others, 2022-04-18",
        counts=[
            C("released", 27, "among 27 inmates released from the Kuje Custodial Centre"),
            C("released", 159, "Council approved 159 of them",
              note="inferred: pardon total incl. sentence reductions and posthumous pardons; not required"),
            C("other", 162, "recommended 162 inmates for clemency", note="recommendations"),
            C("other", 36, "all 36 state governors"),
            C("other", 70056, "held 70,056 inmates as of April 11", note="prison population"),
            C("other", 28, "28 aspirants pick presidential forms", note="page noise"),
            C("other", 30, "Peseiro names 30 for friendlies", note="page noise"),
        ],
        released_names=["Joshua Dariye", "Jolly Nyame"],
        alias_groups={},
        not_released_names=["Abdulrasheed Maina"],
        other_event_released_names=["Orji Uzor Kalu"],
        other_people=["Olumide Adeyemi", "Ruth Bako", "Abubakar Umar", "Valentina Dariye", "Muhammadu Buhari",
                      "Abubakar Malami", "Mamman Vatsa", "Ibrahim Babangida", "Kolawole Oluwadare",
                      "Auwal Musa Rafsanjani", "Garba Shehu", "Simon Lalong", "Darius Ishaku", "Chukwuemeka Obi"],
        distractors=["Mamman Vatsa: posthumous pardon (executed 1986), not a release",
                     "Valentina Dariye is the wife (same surname)",
                     "others on the list 'would be released' (planned, no number)",
                     "N1.16 billion; N1.64 billion; N7.1 billion; N2 billion; 14/10/12/8 years; ages 64 and 66",
                     "Section 175; 70 per cent awaiting trial; N250 litre"],
    ),
    dict(
        file="020_egypt_douma_pardon_ngo.txt", published="2023-08-20",
        outlet="NGO press release (numbered demands, contact block)",
        event="Egypt pardons and frees activist Ahmed Douma, 2023-08-19",
        counts=[
            C("remaining_held", 60000, "some 60,000 people are held in Egypt on political grounds", qualifier="about",
              note="rights groups' estimate"),
            C("released", 1000, "more than 1,000 people have been released through pardons and prosecution decisions",
              qualifier="more_than", note="cumulative since April 2022"),
            C("other", 3600, "at least 3,600 new arrests", qualifier="at_least", note="arrests"),
            C("other", 3, "including the 3 persons named above", note="demand (the named people still held)"),
        ],
        released_names=["Ahmed Douma"],
        alias_groups={},
        not_released_names=["Mohamed Adel", "Alaa Abd El-Fattah", "Hoda Abdelmoniem", "Hisham Kassem"],
        other_event_released_names=["Ahmed Maher", "Patrick Zaki", "Mohamed el-Baqer"],
        other_people=["Abdel Fattah al-Sisi", "Tarek El-Awady", "Khaled Ali", "Amr Saleh", "Laila Soueif", "Nadine Farouk"],
        distractors=["Mohamed Adel was released in 2017 and re-arrested in 2018: still held now",
                     "Laila Soueif is the mother of still-held Alaa Abd El-Fattah",
                     "Hisham Kassem was detained the day after (into custody; listed as held)",
                     "aged 37; 15 years; three-year sentence; five years; two-year legal limit; almost ten years"],
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
            if (c["kind"] == "transferred_to") != bool(c["where"]):
                print(f"{g['file']}: 'where' must be set exactly on transferred_to: {c['quote']!r}", file=sys.stderr)
                ok = False
            if c["where"] and c["where"].casefold() not in low:
                print(f"{g['file']}: where not found: {c['where']!r}", file=sys.stderr)
                ok = False
        seen = {}
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
                if n in seen:
                    print(f"{g['file']}: {n!r} in both {seen[n]} and {key}", file=sys.stderr)
                    ok = False
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                print(f"{g['file']}: alias key {k!r} not in any list", file=sys.stderr)
                ok = False
            for a in aliases:
                if a.casefold() not in low:
                    print(f"{g['file']}: alias not found: {a!r}", file=sys.stderr)
                    ok = False
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
