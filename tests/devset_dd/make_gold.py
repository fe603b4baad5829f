#!/usr/bin/env python3
"""Gold for devset_dd (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name, alias and `where` occurs in it
(names: case-insensitive, for all-caps bylines/credits)."""
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
        file="001_iraq_dela_cruz_manila.txt", published="2004-07-21",
        outlet="Philippine broadsheet web page (newsletter prompt, read-next and most-read lists, comments)",
        event="Iraqi militants free Filipino truck driver Angelo dela Cruz after Manila withdraws its contingent, 2004-07-20",
        counts=[
            C("remaining_held", 8, "kidnappers were still holding at least eight other foreigners in Iraq", qualifier="at_least",
              note="inferred: hostages of other abductions (optional)"),
            C("other", 7, "it had seized seven truck drivers", note="new abduction by another group, not a release"),
            C("other", 51, "its 51-member contingent", note="troops whose withdrawal was the demand"),
            C("other", 1500000, "the estimated 1.5 million Filipino workers in the Middle East", qualifier="about",
              note="migrant workers"),
            C("other", 4000, "about 4,000 of them in Iraq", qualifier="about", note="migrant workers"),
            C("other", 480, "its 480 troops", note="troops"),
            C("other", 728000000, "Senate to probe P728-million fertilizer fund", note="page noise"),
            C("other", 12000, "3 dead, 12,000 evacuated as floods hit Metro Manila", note="page noise"),
            C("other", 87, "Comments (87)", note="page noise"),
        ],
        released_names=["Angelo dela Cruz"],
        alias_groups={},
        not_released_names=["Ivaylo Kepov"],
        other_event_released_names=[],
        other_people=["Ramil D. Sangalang", "Leah M. Bautista-Quinto", "Rafael Seguis", "Gloria Macapagal-Arroyo",
                      "Delia Albert", "Francis Ricciardone", "Alexander Downer", "Harith al-Dhari", "Lucia dela Cruz",
                      "Georgi Lazov"],
        distractors=["his wife, Arsenia (first name only; relative)", "Lucia dela Cruz is the releasee's mother (same surname)",
                     "Georgi Lazov was reported beheaded (not held, not freed)",
                     "three Indians, two Kenyans and an Egyptian = subsets of the seven newly seized",
                     "planned flight to Abu Dhabi and Manila has no count",
                     "ages 46 and 71, 'father of eight', July 7 / July 20 deadline, two-week drama",
                     "Lotto 6/42, P38 million, 94-88, 56.10, '2 more weeks' (page noise)"],
    ),
    dict(
        file="002_lebanon_estonian_cyclists_afp.txt", published="2011-07-14", outlet="AFP wire brief",
        event="Seven Estonian cyclists kidnapped in the Bekaa valley freed and handed to the French embassy, 2011-07-14",
        counts=[
            C("released", 7, "Seven Estonian cyclists who were kidnapped in eastern Lebanon in March have been released"),
            C("transferred_to", 7, "Seven Estonian cyclists who were kidnapped in eastern Lebanon in March have been released and handed over to the French embassy in Beirut",
              where="Beirut", note="inferred: handover to an embassy in the same country (optional)"),
            C("other", 10, "Lebanese authorities have arrested at least 10 suspects", qualifier="at_least",
              note="arrests into custody"),
            C("other", 1, "one alleged kidnapper was killed", note="casualty"),
        ],
        released_names=["Jaan Jaanisoo", "Kalev Kaosaar", "Mart Kask", "Martin Metsala", "Madis Paluoja", "Andri Puustus",
                        "Priit Rohumaa"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Urmas Paet", "Bernard Valero"],
        distractors=["'They will be flown home to Tallinn tonight' (planned flight home; number only in the previous sentence)",
                     "'All seven are free' restates the main count", "ages 30 and 40", "March 23 (date)"],
    ),
    dict(
        file="003_somalia_sinar_kudus_jakarta.txt", published="2011-05-02",
        outlet="Indonesian English-language daily (related links, comments)",
        event="Somali pirates free the 20 Indonesian crew of MV Sinar Kudus after a ransom, 2011-05-01",
        counts=[
            C("released", 20, "All 20 Indonesian crew members of the cargo ship MV Sinar Kudus were freed"),
            C("transferred_to", 20, "all 20 crew will be flown home to Jakarta", where="Jakarta",
              note="planned: flight home (optional)"),
            C("remaining_held", 500, "Somali pirates are still holding at least 26 ships and about 500 seafarers", qualifier="about",
              note="inferred: hostages of other hijackings (optional)"),
            C("other", 26, "still holding at least 26 ships", qualifier="at_least", note="ships, not people"),
            C("other", 4, "killed four of them", note="pirates killed after the release"),
            C("other", 46, "46 days after the vessel was hijacked", note="duration"),
            C("other", 4500000, "a ransom of US$4.5 million", note="money"),
            C("other", 8300, "8,300 tons of ferronickel", note="cargo"),
            C("other", 8574, "Rupiah strengthens to 8,574 per dollar", note="page noise"),
            C("other", 12, "KPK questions 12 witnesses in Hambalang probe", note="page noise"),
            C("other", 1300, "1,300 families still in shelters", note="page noise"),
        ],
        released_names=["Slamet Juari", "Eko Prasetyo"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bambang W. Putranto", "Purnomo Yusgiantoro", "Susilo Bambang Yudhoyono", "Djoko Suyanto",
                      "Teuku Faizasyah"],
        distractors=["Rohmah, 38 (first name only; wife of a crew member)", "Rp 38.5 billion (money)",
                     "320 nautical miles", "'still holding ... 26 ships' must not become a held count of people",
                     "Comments (41)", "KRI Yos Sudarso is a ship's name"],
    ),
    dict(
        file="004_angola_unita_czechoslovaks_upi.txt", published="1984-06-20", outlet="UPI archive story",
        event="UNITA frees 20 Czechoslovak men held since the Alto Catumbela raid, flown to Kinshasa, 1984-06-20",
        counts=[
            C("released", 20, "UNITA guerrillas Wednesday freed 20 Czechoslovak men"),
            C("transferred_to", 20, "A Red Cross plane flew the 20 freed men to Kinshasa", where="Kinshasa"),
            C("released", 45, "Forty-five women and children taken in the same raid were freed in November",
              note="earlier event (November 1983 batch)"),
            C("remaining_held", 10, "UNITA was still holding at least 10 other foreigners", qualifier="at_least"),
            C("other", 5, "five Portuguese and a Brazilian", note="subset of the still held"),
            C("released", 16, "In April the guerrillas released 16 Britons", note="earlier event (April 1984, other captives)"),
            C("other", 1, "one of the original hostages, a 58-year-old engineer, died", note="died in captivity"),
            C("other", 25000, "about 25,000 Cuban troops", qualifier="about", note="troops"),
        ],
        released_names=["Jiri Prochazka"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jim Rolfe", "Jonas Savimbi", "Pierre Vuilleumier", "Jorge Valentim"],
        distractors=["onward flight to Prague has no count", "15 months, 600 miles, ages 58 and 41", "1975 independence"],
    ),
    dict(
        file="005_zamboanga_siege_liveblog.txt", published="2013-09-16",
        outlet="Philippine news site live updates (reverse timestamps, sponsored and unrelated entries, comments)",
        event="Zamboanga City standoff, day 8: troops rescue 23 hostages held by MNLF fighters, 2013-09-16",
        counts=[
            C("released", 23, "troops rescued 23 hostages this afternoon"),
            C("other", 9, "Nine of the 23 are children", note="subset of the 23"),
            C("released", 149, "This brings to 149 the number of hostages who have been rescued, freed or managed to escape",
              note="cumulative since September 9 (includes escapes)"),
            C("remaining_held", 20, "about 20 hostages are still being held", qualifier="about"),
            C("other", 200, "They took nearly 200 residents hostage", qualifier="about",
              note="hostages taken at the start (abduction), not a release"),
            C("other", 200, "about 200 fighters at the start", qualifier="about", note="fighters"),
            C("other", 92, "86 MNLF fighters killed and 92 captured or surrendered", note="casualties and captures"),
            C("other", 86, "86 MNLF fighters killed", note="casualties"),
            C("other", 151, "12 civilians killed and 151 wounded", note="casualties"),
            C("other", 118000, "more than 118,000 residents have fled their homes", qualifier="more_than", note="displaced"),
            C("other", 10000, "About 10,000 houses have been burned", qualifier="about", note="houses"),
            C("other", 57, "57 evacuation centers are now open", note="evacuation centers"),
            C("other", 70000, "some 70,000 people are staying", qualifier="about", note="evacuees"),
            C("other", 5, "five more suspected MNLF fighters were arrested", note="arrests into custody"),
            C("other", 10000000000, "the alleged P10-billion pork barrel scam", note="page noise (unrelated entry)"),
            C("other", 342, "Comments (342)", note="page noise"),
        ],
        released_names=["Rosalinda Ebol", "Hadji Abdulla Tahil", "Arnel Fernandez"],
        alias_groups={},
        not_released_names=["Mercy Jaafar"],
        other_event_released_names=["Jose Chiquito Malayo"],
        other_people=["Ramon Zagala", "Norhaida Jaafar", "Mar Roxas", "Jejomar Binay", "Edwin Lacierda",
                      "Maria Isabelle Climaco-Salazar", 'Corazon "Dinky" Soliman', "Benigno Aquino III",
                      "Voltaire Gazmin", "Nur Misuari", "Habier Malik"],
        distractors=["Malayo was held about a day and freed on Friday (earlier event)",
                     "Norhaida Jaafar is the sister of the still-held Mercy Jaafar (same surname)",
                     "her grandson and 'her two teenage sons' are unnamed",
                     "Binay's failed offer 'to let the hostages walk out first' did not happen",
                     "Share 1.2K, 50% off, 40 photos, 12 provinces, '2 weeks' (page noise)",
                     "ages 52, 29, two-year-old; six days; Day 8",
                     "Joaquin F. Enriquez Memorial Sports Complex is a place name"],
    ),
    dict(
        file="006_uganda_endicott_kampala.txt", published="2019-04-08",
        outlet="Ugandan daily (advertisement, read-more list, comments)",
        event="Kidnapped US tourist Kimberly Sue Endicott and guide Jean-Paul Mirenge freed, Uganda/DRC border, 2019-04-07",
        counts=[
            C("released", 2, "The two were released on Sunday"),
            C("other", 4, "abducted by four armed men", note="kidnappers"),
            C("other", 500000, "a ransom of US$500,000", note="ransom demand"),
            C("other", 2, "two suspects had been arrested", note="arrests into custody"),
            C("other", 1600000000, "about US$1.6 billion a year", qualifier="about", note="money"),
            C("other", 80000, "more than 80,000 visitors in 2018", qualifier="more_than", note="visitors"),
            C("other", 3, "Kasese: 3 killed in fresh clashes", note="page noise"),
            C("other", 23, "Cranes name 23-man squad for Afcon", note="page noise"),
        ],
        released_names=["Kimberly Sue Endicott", "Jean-Paul Mirenge"],
        alias_groups={"Kimberly Sue Endicott": ["Kim Endicott"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Felix Ainebyoona", "Stella Mugisha", "Fred Enanga", "Yoweri Museveni", "Ephraim Kamuntu",
                      "Sam Mwandha"],
        distractors=["the elderly couple left behind were never abducted", "age 35", "Shs1.4 trillion (page noise)",
                     "Comments (23)"],
    ),
    dict(
        file="007_afghanistan_dsouza_pti.txt", published="2016-07-23", outlet="PTI wire brief",
        event="Indian aid worker Judith D'Souza rescued in Kabul, 2016-07-23",
        counts=[
            C("other", 44, "We have waited 44 days for this news", note="duration"),
        ],
        released_names=["Judith D'Souza"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Alexis Prem Kumar"],
        other_people=["Sushma Swaraj", "Jerome D'Souza", "Narendra Modi", "Mamata Banerjee"],
        distractors=["Jerome D'Souza is the releasee's brother (same surname)", "age 40, June 9, eight months",
                     "Prem Kumar was released last year (earlier event, no count)", "PTI KR ABS (desk codes)"],
    ),
    dict(
        file="008_lotz_exchange_1968_translated_de.txt", published="2018-02-03",
        outlet="German regional paper, history feature, machine-translated (4.338, 1,5)",
        event="Egypt frees Wolfgang and Waltraud Lotz and four Lavon-affair prisoners for ~500 Egyptian POWs, Feb 1968 (50-years-on feature)",
        counts=[
            C("released", 6, "That the six were free"),
            C("transferred_to", 6, "The six freed had spent the night before in Geneva", where="Geneva",
              note="inferred: stopover in Geneva on the way to Israel (optional)"),
            C("exchanged", 500, "In exchange Israel released some 500 Egyptian prisoners of war", qualifier="about"),
            C("other", 9, "among them nine generals", note="subset of the ~500"),
            C("exchanged", 4338, "Israel had handed over 4.338 Egyptian soldiers", note="earlier event (January 1968 exchange)"),
            C("exchanged", 899, "handed over 4.338 Egyptian soldiers and 899 civilians", note="earlier event (January 1968 exchange)"),
            C("exchanged", 11, "received in return eleven Israelis", note="earlier event (January 1968 exchange)"),
            C("remaining_held", 250, "Some 250 Egyptian Jews who had been interned after the outbreak of the war in June 1967 remained in the camps",
              qualifier="about", note="interned civilians outside the deal"),
            C("other", 2, "Two members of the cell were executed in 1955", note="executions (1955)"),
            C("released", 1000, "in later deals Israel released more than a thousand prisoners for a single soldier",
              qualifier="more_than", note="earlier event (other, later deals; generic comparison)"),
            C("other", 11, "Munich 1972: 11 Israeli athletes died", note="page noise"),
            C("other", 1500000, "the 1,5 million dollars from Bonn", note="page noise"),
            C("other", 12, "Comments (12)", note="page noise"),
        ],
        released_names=["Wolfgang Lotz", "Waltraud Lotz", "Marcelle Ninio", "Robert Dassa", "Victor Levy", "Philip Natanson"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Martina Reuss", "Levi Eshkol", "Gamal Abdel Nasser", "Eli Cohen", "Golda Meir", "Meir Amit",
                      "Eitan Carmeli"],
        distractors=["Waltraud's parents were detained and deported in 1965 (unnamed)", "Oded (first name only; son)",
                     "Eli Cohen was hanged in 1965", "'the ratio of 500 to 6' restates the counts",
                     "ages 47, 46, 88; sentences life and three years; 'They sat 14 years'; seven years",
                     "Reuven Shiloah, Eichmann (names in page-noise headlines)", "56 years (page noise)"],
    ),
    dict(
        file="009_kashmir_mp_daughter_freed_reuter.txt", published="1991-02-16", outlet="Reuter wire brief (archive)",
        event="Kashmiri militants free MP Saifuddin Soz's daughter Nahida Imtiaz after a jailed guerrilla is released, 1991-02-16",
        counts=[
            C("exchanged", 5, "five militants were freed to secure the release of Rubaiya Sayeed",
              note="earlier event (December 1989 exchange)"),
            C("other", 1000, "More than 1,000 people have been killed", qualifier="more_than", note="casualties"),
        ],
        released_names=["Nahida Imtiaz", "Mohammad Ayub Bhat"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Rubaiya Sayeed"],
        other_people=["Saifuddin Soz", "Girish Chandra Saxena", "Mufti Mohammad Sayeed"],
        distractors=["Bhat is the other side of the exchange (police account; officials refuse to confirm a deal): judgement call",
                     "'a jailed guerrilla' has no numeral", "age 23, nine days",
                     "Mufti Mohammad Sayeed is the earlier releasee's father (same surname)"],
    ),
    dict(
        file="010_sri_lanka_icrc_simultaneous_release.txt", published="2002-03-22",
        outlet="ICRC news release (contact block)",
        event="ICRC-mediated simultaneous release: LTTE frees 10 security-force members, government frees 14 PTA detainees, 2002-03-22",
        counts=[
            C("exchanged", 10, "the release of ten members of the Sri Lankan security forces"),
            C("exchanged", 14, "the Government released 14 people"),
            C("other", 8, "eight soldiers and two policemen", note="subset of the ten"),
            C("released", 24, "All 24 did so", note="inferred: total of both sides (optional)"),
            C("remaining_held", 1300, "some 1,300 such detainees were being held", qualifier="about",
              note="as of end of February 2002, before the release"),
            C("other", 40, "about 40 places of detention", qualifier="about", note="places of detention"),
            C("released", 250, "the ICRC has facilitated the release of more than 250 people", qualifier="more_than",
              note="cumulative since 1990"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Olivier Durr", "Sarasi Wijeratne", "Thomas Guerber"],
        distractors=["no releasee is named", "held since 1993; since 1990",
                     "transfer to Vavuniya / Omanthai stated without a count", "telephone numbers in the contact block"],
    ),
    dict(
        file="011_suwayda_hostages_analysis.txt", published="2018-11-14",
        outlet="think-tank commentary (footnotes, related list)",
        event="19 Druze women and children abducted by IS from Suwayda freed, reportedly in a deal, 2018-11-08",
        counts=[
            C("released", 19, 'the army had "liberated" the 19 hostages'),
            C("exchanged", 60, "had released about 60 women linked to IS fighters from its prisons", qualifier="about",
              note="claim by the Syrian Observatory; Damascus denies any exchange"),
            C("released", 6, "six of the hostages - two women and four children - were freed",
              note="earlier event (20 October 2018)"),
            C("other", 30, "Some 30 women and children were taken into the desert", qualifier="about",
              note="abducted in July (abduction total)"),
            C("other", 250, "More than 250 people, most of them civilians, were killed", qualifier="more_than",
              note="casualties"),
            C("other", 2, "two elderly women died in captivity", note="died in captivity"),
            C("other", 50000, "some 50,000 men from Suwayda are evading military service", qualifier="about",
              note="draft evaders"),
            C("remaining_held", 150, "at least 150 people from the province remain in government detention",
              qualifier="at_least", note="inferred: government detainees outside the deal (optional)"),
            C("other", 3000000, "Idlib's 3 million civilians", note="page noise"),
        ],
        released_names=["Samira Qaisi", "Rasha Qaisi"],
        alias_groups={},
        not_released_names=["Adham Radwan"],
        other_event_released_names=[],
        other_people=["Karim Abu Fakhr", "Bashar al-Assad", "Rami Abdel Rahman", "Hikmat al-Hijri", "Wahid al-Balous",
                      "Walid Jumblatt"],
        distractors=["the beheaded 19-year-old student is unnamed", "'buses carrying 19 women and children' restates the count",
                     "two women and four children = subset of the earlier six", "age 54",
                     "'3 months on', 'episode 41' (page noise)"],
    ),
    dict(
        file="012_israel_jordan_labadi_miri_broadcaster.txt", published="2019-11-06",
        outlet="Gulf broadcaster web page (cookie banner, video player, photo credit, related list)",
        event="Israel frees Jordanians Hiba al-Labadi and Abdul Rahman Miri; return of an Israeli from Jordan announced, 2019-11-06",
        counts=[
            C("released", 2, "Two Jordanian citizens held by Israel without charge for more than two months were freed"),
            C("transferred_to", 2, "Two Jordanian citizens held by Israel without charge for more than two months were freed and crossed back into Jordan",
              where="Jordan", note="inferred: return home (optional)"),
            C("remaining_held", 20, "about 20 other Jordanians remain in Israeli prisons", qualifier="about"),
            C("other", 42, "hunger strike for 42 days", note="duration"),
            C("other", 460, "Israel holds 460 Palestinians in administrative detention", note="page noise (related headline)"),
            C("other", 56, "Comments (56)", note="page noise"),
        ],
        released_names=["Hiba al-Labadi", "Abdul Rahman Miri"],
        alias_groups={"Hiba al-Labadi": ["Heba al-Labadi"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ayman Safadi", "Abdullah II", "Fadi Qawasmi", "Ghassan Majali", "Benjamin Netanyahu",
                      "Ahmad al-Labadi", "Rami Haddadin"],
        distractors=["Konstantin Kotov is only expected to be returned (planned; in no list)",
                     "Ahmad al-Labadi is the releasee's father (same surname)", "ages 32 and 29",
                     "20 hours a day, 25 years, 1994 treaty", "5 things, 01:48 (page noise)"],
    ),
    dict(
        file="013_eritrea_djibouti_pows_reuters.txt", published="2016-03-18", outlet="Reuters wire brief",
        event="Eritrea frees four Djiboutian prisoners of war via Qatar, 2016-03-18",
        counts=[
            C("released", 4, "Eritrea has released four Djiboutian soldiers"),
            C("transferred_to", 4, "The four men were flown to Doha", where="Doha"),
            C("transferred_to", 4, "The four men were flown to Doha aboard a Qatari government plane and were due to travel on to Djibouti",
              where="Djibouti", note="planned: onward travel home (optional)"),
            C("remaining_held", 13, "Eritrea was still holding 13 of them", note="per Djibouti's foreign minister"),
            C("other", 17, "17 Djiboutian soldiers had been captured", note="captured in 2008"),
            C("other", 450, "about 450 peacekeepers", qualifier="about", note="troops"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mahmoud Ali Youssouf", "Tamim bin Hamad al-Thani", "Yemane Gebremeskel", "Sami Hadid",
                      "Dawit Abera", "Claire Milton"],
        distractors=["no releasee is named", "three days of fighting in June 2008; 'Dozens of soldiers were killed' (vague)"],
    ),
    dict(
        file="014_kenya_1989_detainees_feature.txt", published="2019-06-02",
        outlet="Kenyan Sunday paper, 30-years-on feature (paywall prompt, trending list)",
        event="Moi frees the last seven political detainees incl. Raila Odinga after his Madaraka Day order, June 1989",
        counts=[
            C("released", 7, "one of seven men freed that month"),
            C("released", 26, "he freed all 26 detainees held under his predecessor", note="earlier event (December 1978)"),
            C("remaining_held", 70, "at least 70 people jailed for sedition or for belonging to Mwakenya remained in prison",
              qualifier="at_least", note="Amnesty International figure after the releases"),
            C("other", 300, "the estimated 300 Kenyans living abroad for political reasons", qualifier="about",
              note="exiles, not prisoners"),
            C("other", 1000, "more than 1,000 people were arrested", qualifier="more_than", note="arrests (later event, 1990)"),
            C("other", 20, "at least 20 killed", qualifier="at_least", note="casualties (1990)"),
            C("other", 3000000000000, "the Sh3 trillion plan", note="page noise"),
            C("other", 5, "5 killed as matatu overturns", note="page noise"),
            C("other", 27, "name 27-man provisional Afcon squad", note="page noise"),
        ],
        released_names=["Peter Njenga Karanja", "Raila Odinga", "Wanyiri Kihoro", "Mirugi Kariuki"],
        alias_groups={},
        not_released_names=["Njeru wa Gitonga"],
        other_event_released_names=["Ngugi wa Thiong'o", "Kenneth Matiba", "Charles Rubia"],
        other_people=["Otieno Omondi", "Grace Wanjiru", "Daniel arap Moi", "Jaramogi Oginga Odinga", "Ida Odinga",
                      "Jomo Kenyatta", "Wambui Kamau"],
        distractors=["'all seven remaining political detainees' restates the count",
                     "Raila was re-detained in 1990 and freed in 1991 (later event; he is a releasee of the main event)",
                     "Jaramogi Oginga Odinga (father) and Ida Odinga (wife) share the releasee's surname",
                     "ages 71, 44, 74, 94; three years; six hours; 24 years; almost nine years; four-and-a-half-year sentence",
                     "'only a few dozen came home' (vague)", "Sh10 a day (paywall prompt)"],
    ),
    dict(
        file="015_uae_pardon_bangladeshis_dhaka.txt", published="2024-09-03",
        outlet="Bangladeshi daily web page (read-more list)",
        event="UAE president pardons 57 Bangladeshis jailed for July protests, 2024-09-03",
        counts=[
            C("released", 57, "has pardoned 57 Bangladeshi nationals"),
            C("other", 3, "sentenced three of the workers to life imprisonment", note="subset of the 57 (sentences)"),
            C("other", 53, "53 to 10 years in prison", note="subset of the 57 (sentences)"),
            C("other", 1, "one to 11 years", note="subset of the 57 (sentences)"),
            C("other", 1000000, "around 1 million Bangladeshi workers in the UAE", qualifier="about", note="migrant workers"),
            C("other", 23000000000, "the $23 billion in remittances", note="money"),
            C("other", 1012, "Dengue: 6 more die, 1,012 hospitalised in 24 hours", note="page noise"),
            C("other", 45, "Stocks gain 45 points", note="page noise"),
            C("other", 71, "Flood death toll in eastern districts rises to 71", note="page noise"),
        ],
        released_names=["Mohammad Shahjahan", "Md Rashedul Islam"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohamed bin Zayed Al Nahyan", "Muhammad Yunus", "Shafiqul Alam", "Hamad Saif Al Shamsi",
                      "Touhid Hossain", "Rokeya Begum"],
        distractors=["deportation of the pardoned men is planned, no date and no count",
                     "ages 38 and 27; 10-year sentence; 2016; four years; 'less than three days'",
                     "Rokeya Begum is a releasee's mother"],
    ),
    dict(
        file="016_malaysia_siti_aisyah_ap.txt", published="2019-03-11", outlet="AP full story (all-caps byline)",
        event="Malaysian court frees Siti Aisyah after murder charge dropped in Kim Jong Nam killing; Doan Thi Huong stays in custody, 2019-03-11",
        counts=[
            C("other", 4, "Four North Korean suspects fled Malaysia", note="suspects never in custody"),
        ],
        released_names=["Siti Aisyah"],
        alias_groups={},
        not_released_names=["Doan Thi Huong"],
        other_event_released_names=[],
        other_people=["Megat Rosli", "Karim Rahmat", "Azmi Ariffin", "Kim Jong Nam", "Yasonna Laoly", "Tommy Thomas",
                      "Joko Widodo", "Gooi Soon Seng", "Hisyam Teh Poh Teik", "Pham Binh Minh", "Asria", "Kim Jong Il",
                      "Kim Jong Un", "Dewi Anggraini", "Tran Van Minh"],
        distractors=["flown home to Jakarta: single person, no count", "'She is the only one left' (no numeral)",
                     "ages 27 and 30; about 20 minutes; Feb. 13, 2017; Jan. 11",
                     "Asria is the releasee's father (single-name Indonesian)", "Kim Jong Nam was killed"],
    ),
    dict(
        file="017_kashmir_omar_abdullah_broadcaster.txt", published="2020-03-24",
        outlet="Indian broadcaster web page (live-TV ticker, video player, Also Read, trending, comments)",
        event="Omar Abdullah released after 232 days of detention; Mehbooba Mufti still held, 2020-03-24",
        counts=[
            C("remaining_held", 609, "of whom 609 were still in detention",
              note="as of November 2019 (before the release), government figures"),
            C("other", 5161, "5,161 people had been arrested in the Kashmir valley since August 4",
              note="arrests (cumulative since August 2019)"),
            C("other", 232, "232 days after I was detained", note="duration"),
            C("other", 519, "Coronavirus cases in India rise to 519", note="page noise"),
            C("other", 7, "4 new cases, total 7", note="page noise"),
            C("other", 692, "Sensex rebounds 692 points", note="page noise"),
            C("other", 1204, "Comments (1,204)", note="page noise"),
        ],
        released_names=["Omar Abdullah"],
        alias_groups={},
        not_released_names=["Mehbooba Mufti", "Ali Mohammad Sagar", "Sartaj Madni"],
        other_event_released_names=["Farooq Abdullah"],
        other_people=["Aditi Rawal", "Sanjay Menon", "Rohit Kansal", "Sara Abdullah Pilot", "Amit Shah"],
        distractors=["Farooq Abdullah was released on March 13 (earlier event)",
                     "Sara Abdullah Pilot is the releasee's sister (same surname)",
                     "'Hundreds of political leaders' (vague)", "age 49; 'more than seven months'",
                     "21-day lockdown, 30 States, Tokyo 2021, 8 pm (page noise)"],
    ),
    dict(
        file="018_gabon_sylvia_noureddin_translated_fr.txt", published="2025-05-16",
        outlet="Gabonese news site, machine-translated from French (90,35 %, 1 500, 23 h 30)",
        event="Gabon releases Sylvia Bongo and her son Noureddin, flown to Luanda with Ali Bongo, 2025-05-15/16",
        counts=[
            C("released", 2, "the two had obtained a release"),
            C("remaining_held", 10, "around ten persons of the former entourage are still incarcerated", qualifier="about"),
            C("other", 1500000000000, "more than 1 500 billion CFA francs", qualifier="more_than", note="money"),
            C("other", 695, "fixed at 695 FCFA", note="page noise"),
            C("other", 38000, "38 000 candidates expected", note="page noise"),
        ],
        released_names=["Sylvia Bongo Ondimba", "Noureddin Bongo Valentin"],
        alias_groups={"Sylvia Bongo Ondimba": ["Sylvia Bongo Valentin", "Sylvia Bongo"]},
        not_released_names=["Ian Ghislain Ngoulou", "Mohamed Ali Saliou"],
        other_event_released_names=["Ali Bongo Ondimba"],
        other_people=["João Lourenço", "Eddy Minang", "Brice Clotaire Oligui Nguema", "François Zimeray",
                      "Catalina de la Sota"],
        distractors=["release 'for medical reasons' while the procedure continues: treated as a release (judgement call)",
                     "Ali Bongo was freed from residence watch in September 2023 (earlier event) and flew with them; not a releasee of this event",
                     "the Angolan communique lists three arrivals in Luanda (Ali Bongo was not in custody); no transfer count",
                     "ages 62 and 33; twenty months; 55 years; since 1967; 90,35 %; 2-0",
                     "Bongo Ondimba / Bongo Valentin surnames shared by father, mother and son"],
    ),
    dict(
        file="019_indonesia_independence_remission_statement.txt", published="2023-08-17",
        outlet="Indonesian ministry press release, machine-translated (175.510, 274,36)",
        event="Indonesian Independence Day general remission: 2,606 prisoners freed immediately, 2023-08-17",
        counts=[
            C("released", 2606, "2.606 prisoners were immediately released"),
            C("released", 58, "58 of them were immediately released", note="child prisoners, in addition to the 2.606"),
            C("other", 175510, "175.510 prisoners throughout Indonesia received General Remission",
              note="remission recipients, most remain in prison"),
            C("remaining_held", 172904, "172.904 prisoners received a partial reduction of their sentence (RU I) and remain serving",
              note="inferred: reduced sentences, still in prison (optional)"),
            C("other", 1495, "1.495 child prisoners received Child Remission", note="remission recipients (children)"),
            C("other", 24103, "West Java (24.103 people)", note="subset (recipients by region)"),
            C("other", 19278, "North Sumatra (19.278 people)", note="subset (recipients by region)"),
            C("other", 18915, "East Java (18.915 people)", note="subset (recipients by region)"),
            C("released", 371, "371 prisoners were immediately free", note="subset of the 2.606 (West Java); inferred (optional)"),
            C("other", 2195, "2.195 prisoners of corruption cases", note="subset of recipients; none freed"),
            C("other", 265897, "reached 265.897 people", note="prison population as of 16 August 2023"),
            C("other", 140424, "the capacity is only 140.424 people", note="prison capacity"),
            C("other", 274360000000, "Rp 274,36 billion", note="money"),
            C("other", 8000, "8.000 Invitations", note="page noise"),
            C("other", 1012, "1.012 Prisoners in Central Java Receive Remission", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Setya Novanto"],
        other_event_released_names=[],
        other_people=["Yasonna H. Laoly", "Reynhard Silitonga"],
        distractors=["no releasee is named", "Setya Novanto received three months' remission but stays in prison",
                     "78th anniversary; 15-year sentence; Law Number 22 of 2022; Regulation Number 7 of 2022",
                     "headline '2.606 Immediately Free' restates the count"],
    ),
    dict(
        file="020_mauritania_biram_ngo_release.txt", published="2016-05-18",
        outlet="NGO press release (numbered demands, notes to editors, contact block)",
        event="Mauritania frees anti-slavery leaders Biram Dah Abeid and Brahim Bilal Ramdane after Supreme Court ruling, 2016-05-17",
        counts=[
            C("released", 2, "The two men walked out of the prison in Aleg"),
            C("remaining_held", 10, "At least 10 IRA activists remain in detention", qualifier="at_least"),
            C("other", 43000, "43,000 people, around 1% of the population, live in conditions of slavery", note="estimate"),
            C("other", 14, "a coalition of 14 organisations", note="organisations"),
        ],
        released_names=["Biram Dah Abeid", "Brahim Bilal Ramdane"],
        alias_groups={"Biram Dah Abeid": ["Biram Ould Dah Ould Abeid"]},
        not_released_names=["Abdallahi Ould Bah", "Ahmed Salem Ould Cheikh"],
        other_event_released_names=["Djiby Sow"],
        other_people=["Helen Cartwright", "Mohamed Ould Abdel Aziz", "Urmila Bhoola", "Tom Ashworth"],
        distractors=["Djiby Sow was released on medical grounds in June 2015 (earlier event)",
                     "18 months; two years; 'hundreds of supporters' (vague)",
                     "years 1981, 2007, 2013, 2014, 2015; telephone number"],
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
        err(f"file list mismatch: {files}")
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                err(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int):
                err(f"{g['file']}: non-integer value {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                err(f"{g['file']}: where must be set exactly on transferred_to: {c['quote']!r}")
            if c["where"] and c["where"].casefold() not in low:
                err(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                err(f"{g['file']}: alias key {k!r} not in any list")
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
