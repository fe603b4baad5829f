#!/usr/bin/env python3
"""Gold for devset_www (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_canada_truscott_parole_1969.txt", published="1969-10-23", outlet="Canadian local weekly, digitised archive page (OCR notice, classifieds)",
        event="Steven Truscott released on parole from Collins Bay Penitentiary, Oct 1969",
        counts=[
            C("other", 8, "upheld the conviction by a vote of 8 to 1", note="earlier event (1967 Supreme Court vote), not people freed"),
            C("other", 32000, "32,000 miles", note="page noise (classified ad)"),
        ],
        released_names=["Steven Truscott"],
        alias_groups={"Steven Truscott": ["Truscott"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Lynne Harper", "Leslie Harper", "Arnold Pelletier", "John Diefenbaker", "Isabel LeBourdais",
                      "Emmett Hall", "Ethel Brandon", "Doris Truscott", "Harold McKinley"],
        distractors=["parole is a release (lifelong supervision)", "age 14 / 24 / 12 are ages, not counts",
                     "'more than ten years' duration", "Lynne Harper is the victim", "Dan and Doris Truscott are the parents",
                     "$30.25 hog price (page noise)"],
    ),
    dict(
        file="002_uganda_amin_frees_detainees_1971.txt", published="1971-01-27", outlet="Reuters wire, archive file",
        event="Idi Amin orders release of 55 political detainees incl. five ex-ministers and Benedicto Kiwanuka, 1971-01-26",
        counts=[
            C("released", 55, "tonight ordered the release of 55 political detainees"),
            C("other", 5, "five former cabinet ministers held without trial since 1966", note="subset of the 55"),
            C("remaining_held", 100, "about 100 political detainees are still being held in Luzira", qualifier="about",
              note="estimate by diplomats"),
            C("other", 10, "left at least 10 soldiers dead", qualifier="at_least", note="casualties"),
        ],
        released_names=["Grace Ibingira", "Emmanuel Lumu", "Mathias Ngobi", "George Magezi", "Balaki Kirya",
                        "Benedicto Kiwanuka"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Idi Amin", "Milton Obote", "Akena Adoko", "Edward Mutesa"],
        distractors=["'three other ministers' is a subset of the five", "eighteen-point statement (not people)",
                     "Akena Adoko: whereabouts unknown (not held)", "Kabaka died in exile 1969",
                     "'except those held for crimes of violence' (unnamed, not counted)", "General Amin, 45 (age)"],
    ),
    dict(
        file="003_afghanistan_soviet_pows_to_switzerland_1982.txt", published="1982-05-28", outlet="AP archive, world briefs",
        event="Three Soviet POWs held by Afghan guerrillas handed over and flown to Swiss internment (ICRC), 1982-05-28",
        counts=[
            C("transferred_to", 3, "Three Soviet soldiers captured by Moslem guerrillas in Afghanistan were handed over by their captors and flown to Switzerland",
              where="Switzerland"),
            C("released", 3, "Three Soviet soldiers captured by Moslem guerrillas in Afghanistan were handed over by their captors",
              note="judgement: freed from guerrilla captivity into neutral internment"),
            C("remaining_held", 200, "Afghan resistance groups were holding about 200 Soviet soldiers", qualifier="about",
              note="as-of end of April; estimate by Western diplomats"),
            C("other", 30, "Red Cross delegates have seen fewer than 30 of them", note="subset visited"),
            C("other", 100000, "About 100,000 Soviet troops are in Afghanistan", qualifier="about", note="troop strength"),
        ],
        released_names=["Yuri"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Alain Modoux"],
        distractors=["Yuri is a first-name-only releasee (interned in Switzerland for two years)",
                     "two years internment (duration)", "19 years old (age)"],
    ),
    dict(
        file="004_canada_milgaard_freed_1992.txt", published="1992-04-17", outlet="Canadian national broadsheet",
        event="David Milgaard freed from Stony Mountain after Saskatchewan stays the murder charge, 1992-04-16",
        counts=[
            C("other", 40, "Ottawa receives about 40 applications a year for ministerial review", qualifier="about",
              note="applications, not people freed"),
        ],
        released_names=["David Milgaard"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Donald Marshall Jr."],
        other_people=["Kim Campbell", "Bob Mitchell", "Gail Miller", "Ron Wilson", "Nichol John", "Joyce Milgaard",
                      "Brian Mulroney", "Larry Fisher", "Hersh Wolch", "David Asper", "Catherine Duvall"],
        distractors=["23 years; 11 years; $10,000 reward", "'only the third such reference' (ordinal)",
                     "Larry Fisher: suspect, not described as held", "his sister Susan (first name only, relative)",
                     "'escaping twice' (escapes are not releases)"],
    ),
    dict(
        file="005_rwanda_provisional_release_2003_feature.txt", published="2013-01-29", outlet="UK-style long read, ten years on",
        event="Rwanda's provisional release of ~22,000 confessed genocide detainees, from 2003-01-30",
        counts=[
            C("released", 22000, "some twenty-two thousand detainees were freed", qualifier="about"),
            C("other", 120000, "about one hundred and twenty thousand people were in detention on genocide charges",
              qualifier="about", note="detainee population at the time (before the release)"),
            C("other", 800000, "killed some eight hundred thousand people", qualifier="about", note="genocide death toll"),
            C("released", 36000, "another thirty-six thousand detainees were let out", note="earlier event (later wave, 2005)"),
            C("other", 12000, "more than twelve thousand community courts", qualifier="more_than", note="courts, not people"),
            C("remaining_held", 18000, "about eighteen thousand people were still in prison for genocide crimes",
              qualifier="about", note="as-of end of 2012"),
        ],
        released_names=["Anastase Munyaneza", "Théoneste"],
        alias_groups={},
        not_released_names=["Emmanuel Munyaneza"],
        other_event_released_names=[],
        other_people=["Paul Kagame", "Jean-Pierre Rutayisire", "Séraphine Mukamana", "Gerald Gahima", "Marguerite Salis"],
        distractors=["Emmanuel is Anastase's brother (same surname, still held)", "Théoneste is a first-name-only releasee",
                     "'nearly two million cases' (cases, not people)", "'Several thousand more ... being sought abroad' (vague)",
                     "eight and a half years / 25-year sentence / twelve years", "the 2003 article date is 2013 (retrospective)"],
    ),
    dict(
        file="006_iran_esfandiari_freed_on_bail_2007.txt", published="2007-08-22", outlet="broadcaster web page (cookie banner, video, related links)",
        event="Iran releases Haleh Esfandiari from Evin on bail, 2007-08-21",
        counts=[
            C("remaining_held", 2, "Kian Tajbakhsh and Ali Shakeri, two other Iranian-Americans arrested in May, remain in Evin prison"),
            C("other", 4, "at least four Iranian-Americans this year", qualifier="at_least", note="cumulative detained or barred"),
            C("other", 250, "Toll in Yazidi bombings rises above 250", qualifier="more_than", note="page noise"),
        ],
        released_names=["Haleh Esfandiari"],
        alias_groups={},
        not_released_names=["Kian Tajbakhsh", "Ali Shakeri"],
        other_event_released_names=[],
        other_people=["Shaul Bakhash", "Parnaz Azima", "Alireza Jamshidi", "Lee Hamilton", "Ali Khamenei", "Tom Casey"],
        distractors=["released on bail (counted as released)", "Parnaz Azima: not detained, barred from leaving",
                     "three billion rials / $325,000", "three masked men (robbers)", "67 (age)"],
    ),
    dict(
        file="007_sudan_frees_jem_prisoners_2010.txt", published="2010-02-24", outlet="Reuters wire",
        event="Sudan frees 57 JEM prisoners after the Doha framework agreement, 2010-02-24",
        counts=[
            C("released", 57, "Sudan released 57 members of Darfur's rebel Justice and Equality Movement"),
            C("remaining_held", 1000, "More than 1,000 of our members are still in government prisons", qualifier="more_than",
              note="claim by JEM spokesman"),
            C("released", 50, "around 50 more JEM detainees could be released", qualifier="about", note="planned"),
            C("other", 105, "cancel the death sentences passed on 105 JEM fighters", note="commutation, not release"),
            C("other", 300000, "as many as 300,000 people have died in Darfur", note="death toll"),
            C("other", 10000, "Khartoum puts the death toll at 10,000", note="death toll"),
        ],
        released_names=["Abdel Aziz el-Nur Ashr"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Khalid Abdelaziz", "Andrew Heavens", "Khalil Ibrahim", "Ahmed Hussein Adam", "Omar Hassan al-Bashir",
                      "Ghazi Salaheddin", "Idriss Deby", "Djibril Bassole", "Ahmed bin Abdullah Al Mahmoud",
                      "Abdel Wahed Mohamed el-Nur", "Fatima Yahya", "Opheera McDoom", "Giles Elgood"],
        distractors=["'30 percent of the rebel prisoners' (proportion)", "JEM freed government soldiers in 2009 (earlier, unnumbered)",
                     "2.7 million displaced", "Fatima Yahya's son freed (unnamed)", "Abdel Wahed el-Nur is a rebel leader, not held"],
    ),
    dict(
        file="008_iran_reiss_vakili_rad_2010_fr.txt", published="2010-05-19", outlet="French regional daily (with AFP), machine-translated",
        event="Iran frees Clotilde Reiss (returns 2010-05-16); France paroles and expels Ali Vakili Rad to Tehran, 2010-05-18",
        counts=[
            C("other", 100, "with about 100 other defendants", qualifier="about", note="earlier event (August 2009 mass trial)"),
            C("other", 4000, "more than 4 000 people were arrested", qualifier="more_than", note="arrests since June 2009"),
        ],
        released_names=["Clotilde Reiss", "Ali Vakili Rad"],
        alias_groups={"Ali Vakili Rad": ["Vakili Rad"]},
        not_released_names=[],
        other_event_released_names=["Nazak Afshar", "Majid Kakavand"],
        other_people=["Shapour Bakhtiar", "Nicolas Sarkozy", "Rémi Reiss", "Mahmoud Ahmadinejad", "Brice Hortefeux",
                      "Bernard Kouchner", "Bashar al-Assad", "Abdoulaye Wade", "Lula", "Hélène Marchetti"],
        distractors=["'exchange that does not say its name' (denied swap; both sides counted as main event)",
                     "ten years of prison converted into a fine of 3 billion rials (230 000 euros)",
                     "security period of 18 years", "Bakhtiar's secretary (victim, unnamed)", "'dozens of opponents remain in prison' (vague)",
                     "Reactions (37) page noise"],
    ),
    dict(
        file="009_arkansas_west_memphis_three_freed_2011.txt", published="2011-08-20", outlet="US local daily (nav bar, comments, more-from links)",
        event="West Memphis Three freed after Alford pleas in Jonesboro, 2011-08-19",
        counts=[
            C("released", 3, "The three men, now in their 30s, entered Alford pleas"),
            C("other", 3, "the killings of three 8-year-old boys", note="victims"),
            C("other", 100, "about 100 supporters", qualifier="about", note="crowd"),
            C("other", 40, "Blytheville plant to add 40 jobs", note="page noise"),
        ],
        released_names=["Damien Echols", "Jason Baldwin", "Jessie Misskelley Jr."],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["David Laser", "Lorri Davis", "Steve Branch", "Michael Moore", "Christopher Byers", "Eddie Vedder",
                      "Natalie Maines", "Scott Ellington", "John Mark Byers", "Pam Hobbs", "Steve Branch Sr.",
                      "Stephen Braga", "Rhonda Patterson"],
        distractors=["18 years and 78 days; 10-year suspended sentence", "IQ of 72", "Comments (312)",
                     "Steve Branch (victim) vs Steve Branch Sr. (father)"],
    ),
    dict(
        file="010_south_sudan_seven_detainees_to_kenya_2014.txt", published="2014-01-30", outlet="Kenyan daily",
        event="South Sudan releases seven of 11 alleged coup detainees into Kenyan custody, flown to Nairobi, 2014-01-29",
        counts=[
            C("released", 7, "Seven senior South Sudanese politicians detained since December over an alleged coup plot were released"),
            C("transferred_to", 7, "Seven senior South Sudanese politicians detained since December over an alleged coup plot were released yesterday and flown to Nairobi",
              where="Kenya"),
            C("remaining_held", 4, "The four still held are Pagan Amum"),
            C("other", 11, "All 11 politicians were arrested", note="total detained (7 released + 4 held)"),
            C("other", 500000, "more than 500,000 people have fled their homes", qualifier="more_than", note="displaced"),
            C("other", 75000, "About 75,000 civilians are sheltering in UN bases", qualifier="about", note="displaced"),
        ],
        released_names=["Deng Alor Kuol", "Kosti Manibe", "Gier Chuang Aluong", "Madut Biar Yel", "Cirino Hiteng",
                        "John Luk Jok", "Chol Tong Mayay"],
        alias_groups={"Deng Alor Kuol": ["Deng Alor"]},
        not_released_names=["Pagan Amum", "Oyay Deng Ajak", "Majak D'Agoot", "Ezekiel Lol Gatkuoth"],
        other_event_released_names=[],
        other_people=["Uhuru Kenyatta", "Amina Mohamed", "Paulino Wanawilla", "Salva Kiir", "Riek Machar", "Seyoum Mesfin",
                      "Rebecca Nyandeng de Mabior", "John Garang", "Odhiambo Kerubo"],
        distractors=["charges against the seven not dropped (still released)", "Machar escaped (not a releasee)",
                     "Rebecca Nyandeng campaigned for release (not detained)", "freed and held named in one sentence"],
    ),
    dict(
        file="011_canada_rutherford_freed_afghanistan_2016.txt", published="2016-01-12", outlet="Canadian broadcaster web page (CP copy, cookie banner, video, related stories)",
        event="Colin Rutherford freed from Taliban captivity with Qatari help, 2016-01-12",
        counts=[
            C("remaining_held", 3, "at least three Canadians known to be held hostage abroad", qualifier="at_least"),
            C("other", 10000, "10,000th Syrian refugee arrives in Canada", note="page noise"),
        ],
        released_names=["Colin Rutherford"],
        alias_groups={},
        not_released_names=["Joshua Boyle", "Caitlan Coleman", "John Ridsdel", "Robert Hall"],
        other_event_released_names=["Mellissa Fung", "Robert Fowler"],
        other_people=["Stéphane Dion", "Patrick Boyle", "Justin Trudeau"],
        distractors=["Boyle's two sons born in captivity (unnamed, also held)", "Caitlan Coleman is American (not among the three Canadians)",
                     "'more than five years' / 28 days / 130 days (durations)", "26 (age)", "Fowler is quoted as a commentator"],
    ),
    dict(
        file="012_guantanamo_fifteen_to_uae_2016.txt", published="2016-08-15", outlet="AP wire",
        event="US transfers 15 Guantanamo detainees (12 Yemenis, 3 Afghans) to the UAE, 2016-08-15",
        counts=[
            C("transferred_to", 15, "The United States has transferred 15 prisoners from the Guantanamo Bay detention center to the United Arab Emirates",
              where="United Arab Emirates"),
            C("released", 15, "The United States has transferred 15 prisoners from the Guantanamo Bay detention center",
              note="judgement: transfer out of US custody to a host country, described as a release"),
            C("other", 12, "The 12 Yemeni and three Afghan men", note="subset of the 15"),
            C("other", 3, "The 12 Yemeni and three Afghan men", note="subset of the 15"),
            C("remaining_held", 61, "The transfer leaves 61 prisoners at Guantanamo as of Aug. 15"),
            C("other", 242, "down from 242 when President Barack Obama took office", note="population in 2009"),
            C("other", 680, "a peak of nearly 680 in 2003", qualifier="about", note="population peak"),
            C("other", 20, "20 have been approved for transfer", note="subset of the 61 still held"),
            C("transferred_to", 5, "The UAE accepted five Yemeni prisoners from Guantanamo in November 2015",
              where="United Arab Emirates", note="earlier event (November 2015)"),
            C("other", 780, "nearly 780 men have been held at Guantanamo", qualifier="about", note="cumulative held since 2002"),
            C("other", 7, "Seven of the remaining prisoners have been convicted or are facing trial", note="subset of those still held"),
        ],
        released_names=["Obaidullah"],
        alias_groups={},
        not_released_names=["Khalid Sheikh Mohammed"],
        other_event_released_names=[],
        other_people=["Mark Ellison", "Barack Obama", "Anne Richardson", "Lee Wolosky", "Ed Royce", "Ash Carter", "Lolita Baldor"],
        distractors=["Obaidullah uses only one name", "'one in six former detainees' (proportion)",
                     "'four other men charged in the Sept. 11 attacks' (still held, unnamed)", "14 years (duration)"],
    ),
    dict(
        file="013_afghanistan_hezb_islami_prisoners_2017.txt", published="2017-03-06", outlet="Afghan English-language daily",
        event="Afghan government frees first 55 Hezb-e-Islami prisoners from Pul-e-Charkhi under the peace deal, 2017-03-05",
        counts=[
            C("released", 55, "The government on Sunday released 55 Hezb-e-Islami prisoners"),
            C("other", 2000, "Hezb-e-Islami has demanded the release of about 2,000 of its members", qualifier="about",
              note="demand"),
            C("remaining_held", 2000, "more than 2,000 of the party's members were still held", qualifier="more_than",
              note="claim by Hezb negotiator; as of 28 February"),
            C("other", 17, "including 17 who had been sentenced to death", note="subset of those still held"),
            C("other", 20, "families of 20 victims", note="page noise"),
        ],
        released_names=["Abdul Qadeer Sarobi", "Ghulam Sakhi Andarabi"],
        alias_groups={"Abdul Qadeer Sarobi": ["Sarobi"], "Ghulam Sakhi Andarabi": ["Andarabi"]},
        not_released_names=["Mohammad Nabi Gardezi"],
        other_event_released_names=["Ghairat Baheer"],
        other_people=["Farid Ahmad Sahak", "Gulbuddin Hekmatyar", "Mohammad Amin Karim", "Abdul Hakim Mujahid",
                      "Ashraf Ghani", "Shah Hussain Murtazawi", "Haji Ahmad", "Sayed Ahmad Gailani"],
        distractors=["Sarobi introduced by office (former district governor)", "25-point agreement",
                     "16 years / seven years / six years / four years", "Haji Ahmad's son not on the list (unnamed)",
                     "'killing thousands of civilians' (vague)"],
    ),
    dict(
        file="014_iran_coronavirus_furlough_pardon_2020_de.txt", published="2020-03-18", outlet="German regional outlet (dpa/AFP), machine-translated",
        event="Iran temporarily releases ~85,000 prisoners over coronavirus; Khamenei's Nowruz pardon of 10,000, 2020-03-17",
        counts=[
            C("released", 85000, "Iran has temporarily released around 85.000 prisoners", qualifier="about",
              note="temporary release (furlough)"),
            C("released", 10000, "pardoned 10.000 prisoners", note="Nowruz pardon"),
            C("remaining_held", 20, "at least 20 dual and foreign nationals are held in Iranian prisons", qualifier="at_least",
              note="as of mid-March; estimate by rights groups"),
            C("other", 189000, "around 189.000 people", qualifier="about", note="prison population estimate (judgement)"),
            C("other", 1135, "1.135 people died", note="coronavirus deaths"),
            C("other", 17000, "over 17.000 have been infected", qualifier="more_than", note="coronavirus infections"),
            C("released", 54000, "temporarily released 54.000 prisoners", note="earlier event (early March); included in the 85.000"),
        ],
        released_names=["Nazanin Zaghari-Ratcliffe"],
        alias_groups={},
        not_released_names=["Kylie Moore-Gilbert", "Fariba Adelkhah", "Ahmadreza Djalali", "Nasrin Sotoudeh"],
        other_event_released_names=[],
        other_people=["Gholamhossein Esmaili", "Ali Khamenei", "Ebrahim Raisi", "Richard Ratcliffe", "Reza Khandan",
                      "Javaid Rehman"],
        distractors=["Zaghari-Ratcliffe on two-week furlough with ankle tag (counted as released, temporary)",
                     "'About 50 percent ... security-related' (proportion)", "five years prison (sentence)",
                     "German-Iranian prisoners (unnumbered)"],
    ),
    dict(
        file="015_ethiopia_covid_pardon_2020_ngo.txt", published="2020-03-31", outlet="rights-group press release",
        event="Ethiopia's president pardons 4,011 prisoners over COVID-19, first releases 2020-03-26",
        counts=[
            C("released", 4011, "to pardon 4,011 prisoners"),
            C("released", 1200, "it had freed more than 1,200 prisoners", qualifier="more_than",
              note="Oromia regional release (related, same wave)"),
            C("released", 10000, "more than 10,000 people have been released", qualifier="more_than", note="cumulative since 25 March"),
            C("remaining_held", 5, "at least five journalists remain in detention", qualifier="at_least", note="as of 31 March 2020"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Yayesew Shimelis"],
        other_event_released_names=["Eskinder Nega", "Andualem Arage"],
        other_people=["Sahle-Work Zewde", "Meaza Tadesse", "Abiy Ahmed", "Adanech Abebe"],
        distractors=["'several thousand' in Amhara (vague, planned)", "'Hundreds of people arrested in Oromia' (vague, held)",
                     "'tens of thousands of prisoners freed' since 2018 (vague, earlier)", "sentences of up to three years"],
    ),
    dict(
        file="016_iran_michael_white_freed_liveblog_2020.txt", published="2020-06-04", outlet="US regional newspaper live blog (protests, coronavirus entries)",
        event="Iran frees US Navy veteran Michael White; US releases Majid Taheri, 2020-06-04",
        counts=[
            C("remaining_held", 2, "at least two Americans held in Iran as of Thursday", qualifier="at_least"),
            C("other", 10000, "more than 10,000 people have been arrested in protests", qualifier="more_than", note="page noise (protest entry)"),
            C("other", 112, "San Diego County reported 112 new coronavirus cases", note="page noise"),
            C("other", 107000, "the virus has killed more than 107,000 people", qualifier="more_than", note="page noise"),
        ],
        released_names=["Michael White", "Majid Taheri"],
        alias_groups={},
        not_released_names=["Siamak Namazi", "Morad Tahbaz"],
        other_event_released_names=["Sirous Asgari", "Xiyue Wang", "Massoud Soleimani", "Baquer Namazi"],
        other_people=["Joanne White", "Dana Whitlock", "Ravi Menon", "Javad Zarif", "Bill Richardson", "Donald Trump",
                      "Mike Pompeo", "Brian Hook", "George Floyd", "Jonathan Franks"],
        distractors=["'U.S. officials would not call it a swap' (Taheri counted as main event)",
                     "Baquer Namazi let out of prison on medical grounds earlier, barred from leaving Iran (judgement)",
                     "White's March medical furlough to the Swiss Embassy (earlier, partial)",
                     "683 days; 16 months; 10 years; 48 (age)", "Asgari deported earlier this week (other event)"],
    ),
    dict(
        file="017_burundi_presidential_pardon_2021_fr.txt", published="2021-03-09", outlet="Burundian daily, machine-translated French",
        event="Burundi presidential pardon of 5 255 prisoners; first releases at Mpimba, 2021-03-08",
        counts=[
            C("released", 5255, "measures of grace in favour of 5 255 prisoners", note="pardon decree; releases under way"),
            C("released", 300, "about 300 beneficiaries were released from Mpimba", qualifier="about", note="first batch, subset"),
            C("other", 12878, "counted 12 878 detainees as of 28 February 2021", note="prison population before the pardon"),
            C("other", 4194, "capacity of reception of 4 194 places", note="capacity, not people"),
            C("other", 4000, "holds more than 4 000 detainees", qualifier="more_than", note="Mpimba population (judgement)"),
            C("other", 800, "for a capacity of 800", note="capacity"),
            C("released", 2500, "granted the grace to about 2 500 prisoners", qualifier="about", note="earlier event (January 2017)"),
            C("released", 4, "the four journalists of the newspaper Iwacu", note="earlier event (24 December 2020)"),
            C("other", 12, "12 persons arrested after a fight", note="page noise"),
        ],
        released_names=["Claude Niyonzima"],
        alias_groups={},
        not_released_names=["Germain Rukuki"],
        other_event_released_names=["Agnès Ndirubusa", "Christine Kamikazi", "Égide Harerimana", "Térence Mpozenzi"],
        other_people=["Évariste Ndayishimiye", "Jeanine Nibizi", "Pascal Bigirimana", "Pierre Nkurunziza", "Jean-Bosco Nduwimana"],
        distractors=["'several dozens of members of the opposition party CNL' still held (vague)",
                     "'more than three times their capacity' (ratio)", "32 years / three years / two years and a half",
                     "aged more than 60 years (eligibility)", "12 comments (page noise)"],
    ),
    dict(
        file="018_afghanistan_taliban_free_austrian_fritz_2023.txt", published="2023-05-27", outlet="Austrian wire brief (APA/AFP)",
        event="Taliban free Austrian Herbert Fritz, flown to Doha, May 2023",
        counts=[
            C("remaining_held", 2, "the Taliban are still holding at least two Americans", qualifier="at_least",
              note="as of this week; according to families"),
        ],
        released_names=["Herbert Fritz"],
        alias_groups={},
        not_released_names=["Ryan Corbett", "Mahmood Habibi"],
        other_event_released_names=["Mark Frerichs"],
        other_people=["Alexander Schallenberg", "Abdul Qahar Balkhi", "Verena Hollauf", "Martin Grubbauer"],
        distractors=["84-year-old (age)", "Frerichs freed in exchange for an Afghan tribal leader (unnamed, earlier)",
                     "Taliban deny holding Habibi (still listed as held)"],
    ),
    dict(
        file="019_us_biden_commutations_2024.txt", published="2024-12-13", outlet="US broadsheet",
        event="Biden commutes ~1,500 home-confinement sentences and pardons 39, 2024-12-12",
        counts=[
            C("released", 1500, "commuted the sentences of nearly 1,500 people", qualifier="about",
              note="commutation ends custody for people already on home confinement (judgement)"),
            C("other", 39, "pardoned 39 others convicted of nonviolent crimes", note="pardons of people who completed sentences; not a release"),
            C("remaining_held", 155000, "The Bureau of Prisons held about 155,000 people as of Dec. 5", qualifier="about"),
            C("other", 13000, "More than 13,000 people were moved to home confinement", qualifier="more_than",
              note="earlier event (2020 CARES Act transfers to home confinement)"),
            C("other", 40, "the 40 men on federal death row", note="still held; death row, judgement"),
            C("other", 131, "25 pardons and 131 commutations", note="cumulative earlier clemency"),
        ],
        released_names=["Tanya"],
        alias_groups={},
        not_released_names=["Leonard Peltier"],
        other_event_released_names=["Kemba Smith Pradia"],
        other_people=["Biden", "Hunter Biden", "Bill Clinton", "Kevin Ring", "Tom Cotton", "Merrick Garland", "Donald Trump",
                      "Elaine Porter", "Marcus Ridley"],
        distractors=["Tanya: first-name-only releasee", "Kemba Smith Pradia pardoned now, freed by Clinton commutation in 2000",
                     "Hunter Biden pardon (not in custody)", "'thousands more still behind bars' (vague)",
                     "six years of a 15-year sentence; 52 (age)", "Fewer than 1 percent (proportion)",
                     "freed and not freed named in one sentence"],
    ),
    dict(
        file="020_kenya_abducted_critics_freed_2025.txt", published="2025-01-07", outlet="Kenyan broadcaster web page (cookie banner, video, related links)",
        event="Kenya: abducted government critics released by captors, 2025-01-05/06",
        counts=[
            C("released", 5, "Five young men who went missing in December after posting content critical of President William Ruto online have been released"),
            C("other", 82, "82 people have been abducted since June 2024", note="cumulative abductions"),
            C("remaining_held", 29, "29 of them remain missing", note="as of January 6; missing (judgement: held by abductors or unaccounted for)"),
            C("other", 13, "at least 13 people were abducted in December alone", qualifier="at_least", note="abductions"),
        ],
        released_names=["Billy Mwangi", "Peter Muteti", "Bernard Kavuli", "Gideon Kibet", "Ronny Kiplagat", "Kevin"],
        alias_groups={"Gideon Kibet": ["Kibet Bull", "Kibet"]},
        not_released_names=["Martin Mwau"],
        other_event_released_names=[],
        other_people=["William Ruto", "Gerald Karicha", "Faith Odhiambo", "Mary Mwende", "Kipchumba Murkomen",
                      "Douglas Kanja", "Rigathi Gachagua", "Wanjiru Kamau"],
        distractors=["'A sixth abductee' (ordinal; Kevin is first-name-only)", "Gerald Karicha is the father",
                     "Mary Mwende is Mwau's mother", "Gachagua impeached (not detained)", "Comments (412) page noise",
                     "Kibet Bull is Gideon Kibet's online name"],
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
