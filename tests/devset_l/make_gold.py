#!/usr/bin/env python3
"""Gold for devset_l (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name and alias occurs in it
(case-insensitive, for all-caps bylines), no name is in two lists, and kinds,
qualifiers and `where` are valid."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
NAME_LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_niger_delta_oil_workers.txt", published="2006-03-01", outlet="Reuters wire (photo credit)",
        event="MEND frees six of nine foreign oil workers seized from a Willbros barge, Niger Delta, 2006-03-01",
        counts=[
            C("released", 6, "freed six of the nine foreign oil workers"),
            C("other", 9, "the nine foreign oil workers they kidnapped 11 days ago", note="total seized on Feb 18"),
            C("remaining_held", 3, "The remaining three will stay with us"),
            C("transferred_to", 6, "The six -- an American, two Egyptians, two Thais and a Filipino -- were handed to Delta State government officials at a creek near the town of Okerenkoko and taken by boat to the oil city of Warri",
              where="Warri", note="inferred: taken to Warri after the handover; optional"),
            C("other", 2, "two Egyptians, two Thais", note="subset of the six"),
            C("released", 4, "The same group freed four foreign workers in January", note="earlier event (January 2006, Shell platform)"),
            C("other", 300, "Shell has evacuated more than 300 staff", qualifier="more_than", note="evacuees"),
        ],
        released_names=["Macon Hawkins"],
        alias_groups={},
        not_released_names=["Cody Oswald", "Russel Spell", "John Hudspith", "Mujahid Dokubo-Asari",
                            "Diepreye Alamieyeseigha"],
        other_event_released_names=["Nigel Watson-Clark", "Patrick Landry"],
        other_people=["Tom Ashby", "Oma Djebah", "James Ibori", "Jomo Gbomo", "Edwin Clark", "Michael Collier",
                      "Austin Ekeinde", "Giles Elgood", "George Esiri"],
        distractors=["Jomo Gbomo is a pseudonym of the MEND spokesman", "68 (age); 11 days; 19 days",
                     "$1.5 billion compensation demand", "455,000 barrels per day; a fifth; eighth-largest; fifth-biggest",
                     "Dokubo-Asari and Alamieyeseigha are prisoners whose release is demanded (still held)"],
    ),
    dict(
        file="002_msf_dadaab_aid_workers_es.txt", published="2013-07-18", outlet="NGO press release (MSF Spain), machine-translated from Spanish",
        event="MSF aid workers Montserrat Serra and Blanca Thiebaut freed after 21 months, Somalia/Kenya, 2013-07-18",
        counts=[
            C("released", 2, "the release of our two colleagues"),
            C("other", 460000, "more than 460.000 refugees", qualifier="more_than", note="camp population (Spanish number format)"),
            C("other", 1200, "more than 1.200 consultations per day", qualifier="more_than", note="medical activity"),
            C("other", 2, "two other members of MSF, Philippe Havet and Andrias Karel Keiluhu", note="killed in Mogadishu"),
            C("other", 624000, "more than 624.000 medical consultations", qualifier="more_than", note="medical activity"),
            C("other", 120, "120 children treated for measles", note="page noise"),
            C("other", 2000, "2.000 new arrivals every day", note="page noise"),
        ],
        released_names=["Montserrat Serra", "Blanca Thiebaut"],
        alias_groups={"Montserrat Serra": ["Montse Serra"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["José Antonio Bastos", "Philippe Havet", "Andrias Karel Keiluhu", "Laura Álvarez"],
        distractors=["'Montse and Blanca' / 'Montserrat and Blanca' (first names only)", "21 months (duration)",
                     "'Both are ... already in Nairobi' (no numeral; no transfer count annotated)",
                     "300 beds, five health posts, 70 countries, since 1991", "Kenyan driver wounded (unnamed)"],
    ),
    dict(
        file="003_darfur_goal_aid_workers.txt", published="2009-10-19", outlet="Irish local newspaper (Dublin northside), comments, related stories",
        event="GOAL aid workers Sharon Commins and Hilda Kawuki freed in North Darfur after 107 days, 2009-10-18",
        counts=[
            C("transferred_to", 2, "The two women were flown to Khartoum", where="Khartoum"),
            C("released", 3, "Three staff of Médecins Sans Frontières seized in Serif Umra that month were freed after three days",
              note="earlier event (March 2009)"),
            C("remaining_held", 2, "Two civilian staff of the joint UN-African Union mission, UNAMID, who were seized in Zalingei at the end of August, are still being held"),
            C("other", 300000, "An estimated 300,000 people have died in Darfur", qualifier="about", note="death toll"),
            C("other", 2700000, "2.7 million have been driven from their homes", note="displaced"),
            C("other", 40, "40 new homes approved", note="page noise"),
            C("other", 12, "12 rescued after boats capsize", note="page noise"),
        ],
        released_names=["Sharon Commins", "Hilda Kawuki"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Laura Archer", "Mauro D'Ascanio"],
        other_people=["Niamh Kearney", "Tom Commins", "John O'Shea", "Micheál Martin", "Omar al-Bashir", "Damian O'Farrell"],
        distractors=["107 days; three and a half months; ages 33 and 42", "$2 million ransom demand", "11am; 6 comments",
                     "Tom Commins is the father", "'Mary D' commenter"],
    ),
    dict(
        file="004_south_sudan_spml_detainees.txt", published="2014-04-25", outlet="Kenyan daily (all-caps byline, READ ALSO, ads, most read)",
        event="South Sudan drops treason charges and frees the last four SPLM detainees, 2014-04-25",
        counts=[
            C("released", 4, "released four senior politicians"),
            C("other", 11, "among 11 senior party figures arrested", note="total arrested in December"),
            C("released", 7, "Seven of them were freed in January", note="earlier event (January 2014)"),
            C("transferred_to", 7, "Seven of them were freed in January and flown to Nairobi", where="Nairobi",
              note="earlier event (January 2014)"),
            C("transferred_to", 4, "the four would travel to Addis Ababa", where="Addis Ababa", note="planned"),
            C("other", 10000, "More than 10,000 people have been killed", qualifier="more_than", note="death toll"),
            C("other", 1000000, "over one million have fled their homes", qualifier="more_than", note="displaced"),
            C("other", 80000, "About 80,000 civilians are sheltering in UN bases", qualifier="about", note="displaced"),
            C("other", 14, "14 killed in Mandera cattle raid", note="page noise"),
            C("other", 6, "6 arrested over Thika Road robbery", note="page noise"),
        ],
        released_names=["Pagan Amum", "Oyai Deng Ajak", "Majak D'Agoot", "Ezekiel Lol Gatkuoth"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Deng Alor", "John Luk Jok"],
        other_people=["JOSEPH KIMANI", "Salva Kiir", "Riek Machar", "Paulino Wanawilla", "Uhuru Kenyatta", "Seyoum Mesfin",
                      "Taban Deng Gai", "Rebecca Nyandeng", "John Garang"],
        distractors=["Machar is in hiding and charged in absentia (not held)", "Taban Deng Gai: case open, not detained",
                     "Rebecca Nyandeng: questioned, never detained", "four months; 4pm; December 15", "Comments (23); Sh1"],
    ),
    dict(
        file="005_ethiopia_cud_pardon.txt", published="2007-07-20", outlet="AP wire",
        event="Ethiopia pardons and frees 38 CUD opposition leaders, 2007-07-20",
        counts=[
            C("released", 38, "Ethiopia freed 38 opposition leaders"),
            C("other", 30, "Of the 38 freed Friday, 30 had been sentenced Monday to life imprisonment", note="subset of the 38"),
            C("remaining_held", 2, "Two civil society leaders, Daniel Bekele of ActionAid and Netsanet Demissie of the Organization for Social Justice in Ethiopia, refused to sign the letter and remain in prison"),
            C("remaining_held", 25, "Some 25 other defendants, among them several newspaper publishers, are still in custody", qualifier="about"),
            C("other", 193, "193 civilians and seven police officers were killed", note="death toll 2005"),
            C("other", 30000, "More than 30,000 people were detained in the crackdown", qualifier="more_than",
              note="arrests in 2005 (most released within weeks, no figure)"),
        ],
        released_names=["Hailu Shawul", "Birtukan Mideksa", "Berhanu Nega", "Mesfin Woldemariam"],
        alias_groups={},
        not_released_names=["Daniel Bekele", "Netsanet Demissie"],
        other_event_released_names=[],
        other_people=["TSEGAYE WORKU", "Girma Woldegiorgis", "Bereket Simon", "Ephraim Isaac", "Meles Zenawi",
                      "Sean McCormack", "Martha Kiplagat"],
        distractors=["ages 71 and 77", "two buses; four days", "'Birtukan' first-name second mention",
                     "'most of whom were released within weeks' (2005, no number)"],
    ),
    dict(
        file="006_zimbabwe_amnesty_2018.txt", published="2018-03-29", outlet="Zimbabwe state daily with ministry statement box ('1 000')",
        event="Zimbabwe presidential amnesty (Clemency Order No. 1 of 2018), first releases 2018-03-28",
        counts=[
            C("released", 1000, "MORE than 1 000 prisoners walked out of jails", qualifier="more_than"),
            C("released", 1126, "1 126 inmates had been released by 5pm yesterday"),
            C("released", 3000, "is expected to benefit about 3 000 inmates", qualifier="about", note="planned (full implementation)"),
            C("other", 178, "among them 178 women", note="subset of the 1 126"),
            C("other", 64, "64 juveniles", note="subset of the 1 126"),
            C("other", 19000, "held about 19 000 inmates", qualifier="about", note="prison population"),
            C("other", 17000, "a holding capacity of 17 000", note="prison capacity"),
            C("released", 2000, "saw about 2 000 prisoners freed", qualifier="about", note="earlier event (April 2016 amnesty)"),
            C("other", 80, "Some 80 prisoners on death row are expected to have their sentences commuted", qualifier="about",
              note="commutation, not release"),
            C("other", 23, "23-man squad", note="page noise"),
        ],
        released_names=["Rutendo Moyo"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mnangagwa", "Paradzai Zimondi", "Grace Moyo", "Ziyambi Ziyambi", "Robert Mugabe", "Edson Chihota"],
        distractors=["ages 24, 18, 60; eight months of a two-year sentence; one-third; one-tenth; 10 years on death row",
                     "46 prisons and satellite stations", "Grace Moyo is the mother", "Herald Reporter (byline without name)",
                     "Two die in Mutare kombi crash; 50km (page noise)"],
    ),
    dict(
        file="007_egypt_hijazi.txt", published="2017-04-21", outlet="US broadcaster web page (video player, recommended links)",
        event="Egypt frees Aya Hijazi, her husband and six Belady staff after acquittal; Hijazi flown to US, 2017-04-18/20",
        counts=[
            C("released", 8, "All eight were released from custody"),
            C("other", 6, "along with six other staff and volunteers of the Belady Foundation", note="subset of the eight (acquitted)"),
            C("other", 6, "along with six of their employees", note="arrested in 2014"),
            C("remaining_held", 17, "At least 17 other U.S. citizens remain jailed in Egypt", qualifier="at_least"),
            C("other", 1000, "held for more than 1,000 days", qualifier="more_than", note="duration"),
            C("other", 9, "9 dead, 40 injured in Bronx apartment fire", note="page noise"),
            C("other", 5, "5 quarterbacks to watch", note="page noise"),
        ],
        released_names=["Aya Hijazi", "Mohamed Hassanein"],
        alias_groups={},
        not_released_names=["Ahmed Etiwy"],
        other_event_released_names=["Mohamed Soltan"],
        other_people=["Andrea Mitchell", "Lou Carberry", "Donald Trump", "Abdel Fattah el-Sisi", "Dina Powell",
                      "Basel Hijazi", "Mohammed Morsi"],
        distractors=["age 30; nearly three years; two-year limit; April 3", "Basel Hijazi is the brother",
                     "video durations 02:14 / 01:48", "69-year-old passenger (page noise)",
                     "'tens of thousands' jailed (vague)"],
    ),
    dict(
        file="008_iraq_japanese_hostages_2004.txt", published="2004-04-16", outlet="Japanese news agency, English wire",
        event="Three Japanese hostages freed in Baghdad and flown to Dubai, 2004-04-15/16",
        counts=[
            C("released", 3, "The three Japanese civilians held hostage for a week by Iraqi militants were released"),
            C("transferred_to", 3, "The three Japanese civilians held hostage for a week by Iraqi militants were released Thursday in Baghdad and were flown to Dubai",
              where="Dubai"),
            C("remaining_held", 2, "the two were being held by a different group",
              note="two other Japanese abducted the day before the release"),
            C("other", 550, "the roughly 550 Ground Self-Defense Force troops", qualifier="about", note="troops"),
            C("other", 40, "More than 40 foreigners from at least 12 countries have been kidnapped", qualifier="more_than",
              note="kidnappings this month"),
            C("released", 8, "Eight Chinese workers seized near Fallujah were freed on Monday", note="earlier event (different hostages)"),
            C("other", 4, "Four Italian security guards were abducted", note="abduction"),
            C("remaining_held", 3, "are still holding the other three",
              note="Italian hostages of a different group; inferred, optional"),
        ],
        released_names=["Nahoko Takato", "Soichiro Koriyama", "Noriaki Imai"],
        alias_groups={},
        not_released_names=["Junpei Yasuda", "Nobutaka Watanabe"],
        other_event_released_names=[],
        other_people=["Shuichi Takato", "Junichiro Koizumi", "Abdul Salam al-Kubaisi", "Yasuo Fukuda",
                      "Yoriko Kawaguchi", "Fabrizio Quattrocchi"],
        distractors=["ages 34, 32, 18, 30, 36", "within three days; a week; April 7", "Shuichi Takato is the brother",
                     "Fabrizio Quattrocchi was killed", "expected to return to Tokyo on Sunday (planned, no number)"],
    ),
    dict(
        file="009_lebanon_jacobsen_1986.txt", published="1986-11-02", outlet="UPI archive wire",
        event="Islamic Jihad frees US hostage David Jacobsen in Beirut, 1986-11-02",
        counts=[
            C("remaining_held", 5, "Five Americans are still held hostage in Lebanon"),
            C("remaining_held", 8, "At least eight French citizens are also being held in Lebanon", qualifier="at_least"),
        ],
        released_names=["David Jacobsen"],
        alias_groups={},
        not_released_names=["Terry Anderson", "Thomas Sutherland", "Frank Reed", "Joseph Cicippio", "Edward Tracy"],
        other_event_released_names=["Benjamin Weir", "Lawrence Martin Jenco"],
        other_people=["GERALD BUTT", "Terry Waite", "Reagan", "Larry Speakes", "William Buckley", "Eric Jacobsen"],
        distractors=["'the third American hostage freed in 14 months' (ordinal + duration)", "'a sixth American' (ordinal)",
                     "age 55; 17 months; May 28, 1985", "William Buckley reported killed", "Eric Jacobsen is the son",
                     "an American colleague and a Lebanese doctor were not abducted (unnamed)"],
    ),
    dict(
        file="010_iran_france_reiss_vakili_fr.txt", published="2010-05-18",
        outlet="French daily, machine-translated ('300 000', '1 500')",
        event="France frees and expels Ali Vakili Rad two days after Iran lets Clotilde Reiss leave, 2010-05-16/18",
        counts=[
            C("other", 100, "the mass trial of more than 100 opponents", qualifier="more_than", note="trial defendants"),
            C("other", 2, "the other two fled to Iran", note="fugitive commando members, never arrested"),
            C("other", 1500, "1 500 arrests since the election", note="page noise"),
            C("other", 1200, "1 200 kilos of uranium", note="page noise"),
        ],
        released_names=["Ali Vakili Rad", "Clotilde Reiss"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Majid Kakavand"],
        other_people=["Hélène Sallon", "Chapour Bakhtiar", "Brice Hortefeux", "Bernard Kouchner", "Mahmoud Ahmadinejad",
                      "Nicolas Sarkozy", "Rémi Reiss", "Nazak Afshar", "Soroush Katibeh", "Sorin Margulis"],
        distractors=["Reiss counted as released: the other side of the (denied) exchange, allowed to leave Iran on Sunday",
                     "Nazak Afshar released on bail in 2009 (not a release)", "bail of 300 000 dollars; fine of 3 000 euros",
                     "ages 51 and 24; more than 18 years; ten months; ten years; six years", "19 h 40 (clock time)",
                     "Reactions (148)", "Rémi Reiss is the father"],
    ),
    dict(
        file="011_yemen_houthi_americans_oman.txt", published="2020-10-14", outlet="Gulf broadcaster web page (cookie banner, audio player, most read)",
        event="Houthis free Sandra Loli and Mikael Gidada via Oman; ~240 Yemenis flown back to Sanaa, 2020-10-14",
        counts=[
            C("released", 2, "released two American citizens"),
            C("transferred_to", 2, "The two Americans, aid worker Sandra Loli and businessman Mikael Gidada, were flown from Sanaa to Muscat",
              where="Muscat"),
            C("transferred_to", 240, "the return to Sanaa of around 240 Houthi supporters", where="Sanaa", qualifier="about",
              note="inferred: stranded wounded fighters returned home, not prisoners; optional"),
            C("remaining_held", 1, "The Houthis continue to hold at least one other American", qualifier="at_least"),
            C("exchanged", 1081, "are to swap 1,081 detainees", note="planned (UN exchange due to start the next day)"),
            C("other", 15, "among them 15 Saudis and four Sudanese", note="subset of the planned exchange"),
            C("other", 100000, "More than 100,000 people have been killed", qualifier="more_than", note="death toll"),
            C("other", 1158, "1,158 new coronavirus cases", note="page noise"),
        ],
        released_names=["Sandra Loli", "Mikael Gidada"],
        alias_groups={},
        not_released_names=["Levi Salem Musa Marhabi"],
        other_event_released_names=[],
        other_people=["Bilal Fateen", "Haitham bin Tarik", "Robert O'Brien", "Mohammed Abdulsalam", "Mohammed Huwais",
                      "Martin Griffiths"],
        distractors=["Bilal Fateen: remains returned (died in captivity)", "about three years; about a year; since 2016; 2018",
                     "six airports; nearly six years", "audio player 03:41", "6 weeks / 3 new airports (page noise)"],
    ),
    dict(
        file="012_azaz_pilgrims_turkish_pilots_liveblog.txt", published="2013-10-19", outlet="Lebanese news site live blog (reverse chronological, unrelated entries)",
        event="Nine Lebanese pilgrims held near Azaz freed; two kidnapped Turkish pilots freed in Beirut, 2013-10-19",
        counts=[
            C("released", 9, "The nine Lebanese pilgrims held in Syria's Aleppo province for 17 months have been released"),
            C("released", 2, "the two freed Turkish Airlines pilots"),
            C("transferred_to", 2, "the two freed Turkish Airlines pilots, Murat Akpınar and Murat Ağca, stepping off a private jet in Istanbul",
              where="Istanbul", note="inferred: flown home; optional"),
            C("transferred_to", 9, "The plane carrying the nine pilgrims has landed at Rafik Hariri International Airport",
              where="Beirut", note="inferred: flown home; optional"),
            C("transferred_to", 9, "The nine Lebanese pilgrims held in Syria's Aleppo province for 17 months have been released and have crossed into Turkey",
              where="Turkey", note="inferred: crossed into Turkey after the release; optional"),
            C("other", 11, "11 Lebanese Shia pilgrims were abducted", note="total abducted in May 2012"),
            C("released", 2, "Two of them, Hussein Ali Omar and Awad Ibrahim, were freed last year", note="earlier event (2012)"),
            C("released", 100, "expected to free more than 100 women", qualifier="more_than", note="planned; unconfirmed"),
            C("other", 3, "three people wounded by sniper fire", note="unrelated live-blog entry"),
        ],
        released_names=["Murat Akpınar", "Murat Ağca", "Ali Zgheib", "Abbas Shoaib", "Hassan Arzouni", "Jamil Saleh",
                        "Ali Termos", "Hussein Ghaddar", "Mohammed Munir", "Ali Abbas", "Hassan Hammoud"],
        alias_groups={"Murat Akpınar": ["Murat Akpinar"], "Murat Ağca": ["Murat Agca"]},
        not_released_names=[],
        other_event_released_names=["Hussein Ali Omar", "Awad Ibrahim"],
        other_people=["Marwan Charbel", "Abbas Ibrahim", "Ahmet Davutoğlu", "Adnan Termos"],
        distractors=["'Akça' misspelling corrected in the blog", "Abbas Shoaib, 62 (age); 17 months; May 22, 2012; August 9",
                     "Adnan Termos is the brother of a freed pilgrim", "19°C; 2,200 metres (weather)",
                     "Abbas Ibrahim (security chief) shares a surname with Awad Ibrahim", "Comments (41)"],
    ),
    dict(
        file="013_kashmir_rubaiya_1989_archive.txt", published="1989-12-14", outlet="Indian newspaper archive page (archive note, 'also from the archives')",
        event="JKLF frees Rubaiya Sayeed after five militants are released, Srinagar, 1989-12-13",
        counts=[
            C("exchanged", 5, "the State Government freed five militants"),
            C("other", 7, "demanded the release of seven of its men", note="original demand"),
            C("remaining_held", 30, "at least 30 of its members remain in jails", qualifier="at_least", note="JKLF figure"),
            C("other", 93000, "93,000 prisoners of war", note="page noise (archive link, 1971)"),
            C("other", 2500, "Bhopal death toll crosses 2,500", note="page noise"),
        ],
        released_names=["Rubaiya Sayeed", "Sheikh Abdul Hamid", "Ghulam Nabi Butt", "Noor Mohammad Kalwal", "Mohammad Altaf",
                        "Javed Ahmad Zargar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mufti Mohammad Sayeed", "Moti Lal Bhat", "Farooq Abdullah", "Zafar Meraj", "I. K. Gujral",
                      "Arif Mohammad Khan", "V. P. Singh", "L. K. Advani", "Maqbool Butt"],
        distractors=["age 23; 7.30 p.m.; 5 p.m.; two hours; Tihar 1984", "Mufti Mohammad Sayeed is the father (Home Minister)",
                     "Maqbool Butt was hanged in 1984", "'hundreds of their supporters' (vague)", "32 days (page noise)"],
    ),
    dict(
        file="014_afghanistan_taliban_prisoners_analysis.txt", published="2020-08-16", outlet="think-tank analysis piece (~1,100 words)",
        event="Afghan government frees 80 of the final 400 Taliban prisoners, 2020-08-13",
        counts=[
            C("released", 80, "the government freed 80 of the 400"),
            C("remaining_held", 320, "The remaining 320 are still in custody"),
            C("other", 400, "400 men the government described as responsible", note="the final batch on the list"),
            C("released", 4600, "Kabul had freed more than 4,600 Taliban prisoners since March", qualifier="more_than",
              note="cumulative since March"),
            C("released", 1000, "The Taliban say they have released more than 1,000 members of the Afghan security forces",
              qualifier="more_than", note="cumulative; claim by the Taliban"),
            C("other", 5000, "\"up to 5,000\" Taliban prisoners", note="agreement ceiling; planned"),
            C("other", 1000, "\"up to 1,000\" government and security personnel", note="agreement ceiling; planned"),
            C("other", 3200, "some 3,200 delegates", qualifier="about", note="jirga delegates"),
            C("released", 3, "the government released three senior Taliban figures", note="earlier event (November 2019)"),
            C("transferred_to", 3, "released three senior Taliban figures, Anas Haqqani, Haji Mali Khan and Hafiz Rashid, who were flown to Doha",
              where="Doha", note="earlier event (November 2019)"),
            C("exchanged", 2, "the Taliban freed two university professors", note="earlier event (November 2019)"),
            C("other", 3, "shot dead three Australian soldiers", note="killed (2012)"),
            C("other", 8600, "from about 12,000 to 8,600", note="troop numbers"),
            C("other", 150, "more than 150 people were killed", qualifier="more_than", note="death toll 2017"),
            C("other", 1282, "1,282 civilians killed and 2,176 wounded", note="casualties"),
            C("other", 4, "four are women", note="negotiating team"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Hekmatullah"],
        other_event_released_names=["Anas Haqqani", "Haji Mali Khan", "Hafiz Rashid", "Kevin King", "Timothy Weeks"],
        other_people=["Daniel Hargreaves", "Ashraf Ghani", "Javid Faisal", "Bettina Goislard", "Scott Morrison",
                      "Sirajuddin Haqqani", "Zalmay Khalilzad", "Mike Pompeo", "Abdullah Abdullah", "Suhail Shaheen",
                      "Sima Ahmadzai"],
        distractors=["Hekmatullah 'may be transferred to Qatar' (planned; still held)", "'dozens of those freed' (vague)",
                     "'several thousand insurgents' still held (vague)", "4,500 by November; 13 percent; 21 members",
                     "February 29; August 7 to 9; 19 years; 12 min read; 5 questions; 2,000-mile (page noise)",
                     "Sirajuddin Haqqani is Anas Haqqani's brother"],
    ),
    dict(
        file="015_nepal_maoist_releases_2006.txt", published="2006-06-24", outlet="Nepali English-language daily (news service byline, 'Also in Nation')",
        event="Nepal government frees 33 Maoist detainees incl. Matrika Yadav and Suresh Ale Magar, 2006-06-23",
        counts=[
            C("released", 33, "The government today released 33 Maoist detainees"),
            C("released", 31, "The other 31 were freed from jails", note="subset of the 33; inferred, optional"),
            C("other", 7, "Among them are seven women", note="subset"),
            C("other", 200, "more than 200 party cadres and human rights activists had gathered", qualifier="more_than",
              note="crowd"),
            C("released", 800, "the government has freed more than 800 Maoist cadres", qualifier="more_than",
              note="cumulative since the April uprising"),
            C("remaining_held", 120, "at least 120 people arrested on suspicion of being Maoists are still held", qualifier="at_least"),
            C("other", 3, "arrested three persons", note="arrests"),
            C("other", 15, "15 injured as bus falls off road", note="page noise"),
        ],
        released_names=["Matrika Prasad Yadav", "Suresh Ale Magar"],
        alias_groups={"Matrika Prasad Yadav": ["Matrika Yadav"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Krishna Prasad Sitaula", "Krishna Bahadur Mahara", "Lekhnath Neupane", "Kamala Yadav"],
        distractors=["Lekhnath Neupane released on bail (not a release)", "Kamala Yadav is the wife",
                     "'hundreds of comrades still in prisons' (vague)", "2:30 pm; Rs 5; Rs 50,000; two and a half years",
                     "eight-point agreement; seven parties", "Asar 10, 2063 (Nepali date)"],
    ),
    dict(
        file="016_china_japan_trawler_captain_de.txt", published="2010-09-25", outlet="German news site (dpa/AFP/Reuters), machine-translated ('20.000')",
        event="Japan releases Chinese trawler captain Zhan Qixiong, flown to Fuzhou, 2010-09-25",
        counts=[
            C("remaining_held", 4, "Four Japanese remain in custody in China"),
            C("released", 14, "The 14 crew members of the trawler had already been released", note="earlier event (13 September)"),
            C("other", 20000, "more than 20.000 Japanese companies", qualifier="more_than", note="companies"),
            C("other", 12, "Protests in 12 Chinese cities", note="page noise"),
        ],
        released_names=["Zhan Qixiong"],
        alias_groups={},
        not_released_names=["Sadamu Takahashi"],
        other_event_released_names=[],
        other_people=["Tetsuro Suzuki", "Naoto Kan", "Jiang Yu", "Seiji Maehara", "Yoshito Sengoku", "Wen Jiabao"],
        distractors=["ages 41 and 57", "two boats; 8 September; more than two weeks", "97 percent; 230 billion dollars",
                     "15-year high; 2.000 billion yen (page noise)", "Comments (37)"],
    ),
    dict(
        file="017_south_korea_unconverted_prisoners_1999.txt", published="1999-02-25", outlet="Korean news agency brief (~170 words)",
        event="South Korea frees 17 unconverted long-term prisoners incl. Woo Yong-gak in special amnesty, 1999-02-25",
        counts=[
            C("released", 17, "South Korea on Thursday released 17 long-term prisoners"),
            C("released", 8812, "which covers 8,812 people",
              note="inferred: amnesty total mixing parole and restored rights; optional"),
            C("remaining_held", 10, "about 10 such prisoners refused to sign even the new pledge and remain in jail", qualifier="about"),
        ],
        released_names=["Woo Yong-gak"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kim Dae-jung", "Park Sang-cheon"],
        distractors=["70-year-old; 41 years; 1958", "first anniversary (ordinal)"],
    ),
    dict(
        file="018_taiwan_lee_ming_cheh.txt", published="2022-04-15", outlet="Taiwanese broadcaster, English web page (video player, related links)",
        event="Taiwanese activist Lee Ming-cheh freed from Chinese prison and returns to Taiwan, 2022-04-15",
        counts=[
            C("remaining_held", 14, "at least 14 Taiwanese currently held in China", qualifier="at_least"),
            C("other", 3, "3 new local COVID cases", note="page noise"),
            C("other", 11, "11 military aircraft", note="page noise"),
            C("other", 1500, "1,500 Taiwanese students", note="page noise"),
        ],
        released_names=["Lee Ming-cheh"],
        alias_groups={},
        not_released_names=["Peng Yuhua", "Shih Cheng-ping"],
        other_event_released_names=[],
        other_people=["Chen Yi-ting", "Eric Hsiao", "Lee Ching-yu", "Chiu Chui-cheng", "Tsai Ing-wen"],
        distractors=["five-year sentence; seven years; four years; two years deprivation of rights", "age 47; 3 p.m.",
                     "Lee Ching-yu is the wife (same surname)", "'the first Taiwanese' (ordinal)", "video 1:36"],
    ),
    dict(
        file="019_papua_mehrtens_freed.txt", published="2024-09-21", outlet="NZ public broadcaster web page (audio player, related stories)",
        event="NZ pilot Phillip Mehrtens freed by TPNPB in Nduga, Papua, after 19 months, 2024-09-21",
        counts=[
            C("released", 5, "The five passengers on board, all Papuans, were released unharmed on the same day",
              note="earlier event (February 2023, day of the hijacking)"),
            C("other", 6, "at least six soldiers were killed", qualifier="at_least", note="killed"),
            C("other", 60000, "More than 60,000 people have been displaced", qualifier="more_than", note="displaced"),
            C("other", 26, "rebels in the same region held 26 people", note="earlier event (1996 Mapenduma hostages)"),
            C("other", 7, "including seven Europeans", note="earlier event; subset"),
            C("other", 2, "Two of the hostages were killed", note="earlier event (1996)"),
            C("other", 3, "3 killed in New Caledonia unrest", note="page noise"),
            C("other", 12, "12 arrested in $3m drug seizure", note="page noise"),
        ],
        released_names=["Phillip Mehrtens"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kate Ngarewa", "Winston Peters", "Christopher Luxon", "Egianus Kogoya", "Faizal Ramadhani",
                      "Sebby Sambom", "Benny Giay"],
        distractors=["19 months; 7 February 2023; within two months; at least twice (not people)",
                     "five billion rupiah ransom demand", "1969 vote; five decades", "audio 4:12",
                     "'the others were freed in a military raid' (1996, no number)"],
    ),
    dict(
        file="020_cambodia_ricketson_pardon.txt", published="2018-09-21", outlet="Australian regional newspaper (weather bar, comments, newsletter, trending)",
        event="Cambodian king pardons Australian filmmaker James Ricketson, released and deported, 2018-09-21",
        counts=[
            C("released", 14, "a pardon last month for 14 opposition activists, who walked free", note="earlier event (August 2018)"),
            C("other", 125, "all 125 seats", note="election result"),
            C("other", 40000, "$40,000 theft", note="page noise"),
        ],
        released_names=["James Ricketson"],
        alias_groups={},
        not_released_names=["Kem Sokha"],
        other_event_released_names=[],
        other_people=["Paul Dwyer", "Norodom Sihamoni", "Hun Sen", "Marise Payne", "Prak Sokhonn", "Roxanne Ricketson",
                      "Phil Robertson", "Julie Bishop", "Sam Rainsy"],
        distractors=["Kem Sokha under house arrest (still held)", "Sam Rainsy lives in exile (not held)",
                     "69-year-old; six years; 15 months; more than 20 years", "Roxanne Ricketson is the daughter; 'my brother' unnamed",
                     "Windsor 24°; 12 comments; 3 lanes / 8 weeks / 27 / 24-18 (page noise)"],
    ),
]


def main():
    ok = True

    def fail(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files or len(GOLD) != len(files):
        fail(f"file list mismatch: {files}")
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                fail(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                fail(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALIFIERS:
                fail(f"{g['file']}: bad qualifier {c['qualifier']}")
            if (c["kind"] == "transferred_to") != bool(c["where"]):
                fail(f"{g['file']}: 'where' must be set exactly for transferred_to: {c['quote']!r}")
            if not isinstance(c["value"], int) or c["value"] <= 0:
                fail(f"{g['file']}: bad value {c['value']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    fail(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    fail(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for canon, aliases in g["alias_groups"].items():
            if canon not in seen:
                fail(f"{g['file']}: alias group key not in any list: {canon!r}")
            for a in aliases:
                if a.casefold() not in low:
                    fail(f"{g['file']}: alias not found: {a!r}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
