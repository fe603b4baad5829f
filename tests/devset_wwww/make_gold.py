#!/usr/bin/env python3
"""Gold for devset_wwww (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name (including alias spellings)
occurs in it (names: case-insensitive, for all-caps bylines/credits)."""
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
        file="001_jordan_general_amnesty_1973_archive.txt", published="1973-09-19",
        outlet="US evening paper, digital-archive page (AP), uncorrected OCR, other front-page stories",
        event="King Hussein's general amnesty for political prisoners; first releases from Mahatta, Zarqa and Jafr, 1973-09-18",
        counts=[
            C("released", 381, "By nightfall, officials said, 381 men had walked out of the Mahatta and Zarqa prisons"),
            C("released", 750, "the amnesty covers \"about 750 persons\" held for political offenses", qualifier="about",
              note="planned: total covered by the decree; the rest to be freed within days"),
            C("remaining_held", 16, "A ministry official said 16 men held for spying would remain in custody",
              note="excluded from the amnesty"),
            C("other", 3, "\"Three years I came every Friday,\" she said", note="duration"),
            C("other", 133, "admitted today as the 133rd and 134th members of the United Nations", note="page noise (ordinal)"),
            C("other", 300, "300 persons held in the National Stadium since last week's coup had been released after questioning",
              note="page noise (other story, Chile)"),
            C("other", 14, "Fourteen persons arrested in Saturday's gambling raid on Pike Street were released on bond",
              note="page noise (local story; bond)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Leila Khaled"],
        other_people=["Richard T. Holloway", "King Hussein", "Suleiman Haddadin", "Zaid al-Rifai", "Anwar Sadat",
                      "Hafez Assad", "Umm Khalil", "Dale Amundsen"],
        distractors=["Abu Daoud / Abu Dauod (OCR) / Mohammed Daoud Odeh: covered by the decree and 'expected to leave' "
                     "prison later in the week; 'had not been released by late this afternoon' -> in no list (planned)",
                     "Umm Khalil's son (unnamed; the kunya only implies the name Khalil) climbed down from the truck",
                     "'several hundred' freed after the 1971 fighting: vague, earlier event",
                     "'hundreds of Palestinian guer- rillas': vague", "OCR errors: Arnman, we1comed tbe, Fieid"],
    ),
    dict(
        file="002_beirut_colonel_morgan_freed_1975_upi.txt", published="1975-07-12", outlet="UPI wire",
        event="Kidnappers free US Army Col. Ernest Morgan in Beirut after food is handed out in Maslakh, 1975-07-12",
        counts=[
            C("other", 13, "the U.S. Army officer they seized at gunpoint 13 days ago", note="duration"),
            C("other", 47, "Morgan, 47, was let out of a car", note="age"),
            C("other", 200, "about 200 tons of rice and sugar", qualifier="about", note="ransom in kind"),
            C("other", 40, "40 tons of cement", note="ransom in kind"),
        ],
        released_names=["Ernest R. Morgan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Walter F. Kessling", "Abu Ali", "Rashid Karami", "Dorothy Pruitt"],
        distractors=["his wife, Joan (first name only)", "'several foreigners ... released after a few hours': vague, earlier events",
                     "the kidnappers (Revolutionary Socialist Action Organization) are unnamed"],
    ),
    dict(
        file="003_beirut_benjamin_weir_freed_1985.txt", published="1985-09-19", outlet="US broadsheet",
        event="Islamic Jihad frees the Rev. Benjamin Weir in Beirut; announced four days later; six Americans still held, 1985-09-14/18",
        counts=[
            C("remaining_held", 6, "Six other Americans are still missing in Lebanon",
              note="hostages still held by the same groups"),
            C("remaining_held", 17, "Kuwait releases 17 men convicted of the December 1983 bombings",
              note="prisoners in Kuwait whose release the kidnappers demand"),
            C("other", 3, "Three of the 17 are under sentence of death", note="subset"),
            C("released", 39, "Thirty-nine American passengers from the hijacked Trans World Airlines Flight 847 were freed in Beirut",
              note="earlier event (TWA 847, June 1985)"),
            C("other", 16, "Missionary Held 16 Months in Lebanon", note="duration"),
            C("other", 61, "Mr. Weir, 61 years old", note="age"),
            C("other", 30, "had lost about 30 pounds", qualifier="about", note="weight"),
        ],
        released_names=["Benjamin M. Weir"],
        alias_groups={"Benjamin M. Weir": ["Ben Weir"]},
        not_released_names=["William Buckley", "Lawrence Martin Jenco", "Terry A. Anderson", "Peter Kilburn",
                            "David P. Jacobsen", "Thomas Sutherland"],
        other_event_released_names=[],
        other_people=["Martin K. Ashby", "Jeremy Levin", "Harold Kessler", "Christopher Weir", "Hassan Mroueh",
                      "Jaber al-Ahmad al-Sabah"],
        distractors=["Jeremy Levin escaped (not released): other_people",
                     "'Father Jenco' = Lawrence Martin Jenco (still held)",
                     "Christopher Weir is the releasee's son (same surname)",
                     "'the remaining hostages would be freed only when ...' is a demand, not a count"],
    ),
    dict(
        file="004_beyrouth_otages_francais_liberes_1988_fr.txt", published="1988-05-05",
        outlet="Paris daily, machine-translated from French",
        event="Islamic Jihad frees Carton, Fontaine and Kauffmann in Beirut; flown via Damascus to Villacoublay, 1988-05-04/05",
        counts=[
            C("released", 3, "With these three releases, there are no longer French hostages in Lebanon"),
            C("transferred_to", 3, "the three men were driven by road to Damascus", where="Damascus",
              note="inferred: transit before the flight home"),
            C("remaining_held", 15, "at least 15 Western hostages remain in the hands of the pro-Iranian groups",
              qualifier="at_least"),
            C("released", 2, "the Islamic Jihad had already released Jean-Louis Normandin and Roger Auque, two journalists",
              note="earlier event (November 1987)"),
            C("released", 5, "five other French had been freed in several stages", note="earlier event (1986)"),
            C("other", 1078, "The journalist was held during 1 078 days", note="duration"),
            C("other", 48, "a medical assessment of 48 hours", note="duration"),
            C("other", 15, "nearly 15 kilos", qualifier="about", note="weight lost"),
            C("other", 3000000, "a sum of 3 million dollars", note="rumoured ransom"),
            C("other", 2431, "2 431 readings", note="page noise"),
        ],
        released_names=["Marcel Carton", "Marcel Fontaine", "Jean-Paul Kauffmann"],
        alias_groups={"Jean-Paul Kauffmann": ["Jean-Paul Kaufmann"],
                      "Mohammed Hussein Fadlallah": ["Mohamed Hussein Fadlullah"]},
        not_released_names=["Anis Naccache", "Terry Anderson", "Thomas Sutherland", "Terry Waite", "Brian Keenan"],
        other_event_released_names=["Jean-Louis Normandin", "Roger Auque"],
        other_people=["Hélène Roussel-Vidal", "Jacques Chirac", "Charles Pasqua", "François Mitterrand", "Michel Seurat",
                      "Chapour Bakhtiar", "Mohammed Hussein Fadlallah", "Moussa Sadr", "Christian Kauffmann",
                      "Olivier Fontaine", "Lionel Jospin"],
        distractors=["Michel Seurat: 'execution' announced 1986, dead, not a releasee",
                     "Imam Moussa Sadr: disappeared 1978, fate unknown (not 'held')",
                     "Anis Naccache: prisoner in France whose release the kidnappers demanded -> still held",
                     "Christian Kauffmann (brother) and Olivier Fontaine (son) share releasees' surnames",
                     "'nearly 15 kilos' vs 'at least 15 Western hostages' (same value, different kind)"],
    ),
    dict(
        file="005_wye_first_prisoner_release_1998.txt", published="1998-11-21", outlet="Israeli English-language broadsheet",
        event="First Wye River prisoner release: Israel frees 250 Palestinians, mostly criminals, 1998-11-20",
        counts=[
            C("released", 250, "Israel freed 250 Palestinians yesterday in the first of three stages"),
            C("released", 750, "a total of 750 prisoners are to go free", note="planned; cumulative over three stages"),
            C("released", 500, "\"They say 500 more,\" she said", note="planned: the next two stages"),
            C("other", 100, "only about 100 of yesterday's 250 were security prisoners", qualifier="about", note="subset"),
            C("other", 150, "The remaining 150 or so had been jailed for theft", qualifier="about",
              note="subset of the freed, NOT still held"),
            C("transferred_to", 81, "Of the 250, 81 were driven to the Erez crossing and released into the Gaza Strip",
              where="Gaza Strip", note="inferred: released at home-side crossing"),
            C("remaining_held", 3000, "some 3,000 Palestinian security prisoners remained in Israeli prisons and detention centres",
              qualifier="about", note="estimate by the Palestinian deputy minister"),
            C("other", 40, "At least 40 prisoners in Megiddo and Ketziot began a hunger strike", qualifier="at_least",
              note="hunger strikers (held, protest)"),
            C("other", 58, "a 58-year-old woman", note="age"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Iyad Abu Hamdiyeh"],
        other_event_released_names=["Ahmed Yassin"],
        other_people=["David Meron", "Samir Abu-Laban", "Umm Iyad", "Fathi Dweikat", "Avi Ronen", "Benjamin Netanyahu",
                      "Yasser Arafat", "Nabil Sabbagh", "Khaled Meshal", "Qaddoura Zidan"],
        distractors=["no releasee is named", "Umm Iyad is the kunya of the held man's mother",
                     "'figures released by the ... ministry': 'released' used of figures",
                     "Oslo II complaints (1995): no count"],
    ),
    dict(
        file="006_saudi_hawali_awda_freed_1999_brief.txt", published="1999-06-28", outlet="Reuters brief",
        event="Saudi Arabia frees Sheikh Salman al-Awdah (Sheikh Safar al-Hawali freed the week before), June 1999",
        counts=[
            C("other", 2, "the second of two popular Islamist preachers jailed since 1994", note="ordinal / group"),
            C("released", 2, "the two sheikhs had \"signed nothing and promised nothing\" but had been released",
              note="cumulative: al-Awdah now plus al-Hawali last week"),
        ],
        released_names=["Salman al-Awdah"],
        alias_groups={"Salman al-Awdah": ["Salman al-Odah"],
                      "Safar al-Hawali": ["Safar bin Abdul-Rahman al-Hawali"]},
        not_released_names=[],
        other_event_released_names=["Safar al-Hawali"],
        other_people=["Mohammed al-Masari"],
        distractors=["al-Hawali was freed 'last week' (earlier batch, judgement call: other event)",
                     "'several dozen followers ... still in detention. He gave no figure.': vague, no count",
                     "Crown Prince Abdullah: single name"],
    ),
    dict(
        file="007_syria_damascus_spring_five_freed_2006.txt", published="2006-01-20", outlet="Lebanese English-language daily",
        event="Syria frees five Damascus Spring prisoners; Aref Dalila still held, 2006-01-18",
        counts=[
            C("released", 5, "Syrian authorities on Wednesday freed five of the best-known prisoners"),
            C("remaining_held", 1, "the only one of the 10 men jailed in the 2001 crackdown who is still in prison",
              note="Aref Dalila"),
            C("released", 4, "Four other members of the group of 10 had already been freed", note="earlier event"),
            C("remaining_held", 2000, "at least 2,000 political prisoners remain in Syrian jails", qualifier="at_least",
              note="estimate by a rights group"),
            C("remaining_held", 200, "more than 200 Kurds detained since the Qamishli unrest", qualifier="more_than",
              note="inferred: subset of the estimate"),
            C("other", 10, "the 10 men jailed in the 2001 crackdown", note="group size"),
            C("other", 59, "a 59-year-old industrialist", note="age"),
            C("other", 50, "a table for 50 people", note="noise"),
            C("other", 14, "14 detainees freed from Roumieh", note="page noise (related link, Lebanon)"),
        ],
        released_names=["Riad Seif", "Mamoun al-Homsi", "Walid al-Bunni", "Habib Issa", "Fawaz Tello"],
        alias_groups={"Riad Seif": ["Riyad Sayf"], "Mamoun al-Homsi": ["Ma'moun al-Humsi"]},
        not_released_names=["Aref Dalila", "Kamal al-Labwani"],
        other_event_released_names=["Riad al-Turk", "Hassan Saadoun", "Habib Saleh"],
        other_people=["Rana Kassab", "Samer Dalila", "Hazem Abboud", "Bashar al-Assad", "Nizar Hallaq", "Rafik Hariri",
                      "Bassam Seif"],
        distractors=["Kamal al-Labwani was freed earlier (end of term) but re-arrested in November -> still held",
                     "Samer Dalila (nephew) and Bassam Seif (cousin) share surnames with held/freed men",
                     "al-Homsi: surname = 'from Homs' (place name)"],
    ),
    dict(
        file="008_iran_akbar_ganji_freed_2006_ngo.txt", published="2006-03-18", outlet="press-freedom NGO press release",
        event="Iran frees journalist Akbar Ganji from Evin at the end of his six-year sentence, 2006-03-17",
        counts=[
            C("remaining_held", 8, "at least eight journalists and writers who remain in Iranian prisons today",
              qualifier="at_least", note="estimate by the NGO"),
            C("other", 12, "at least 12 journalists and bloggers have been detained in Iran", qualifier="at_least",
              note="arrests since January 2005"),
            C("other", 6, "after serving a six-year sentence", note="sentence length"),
            C("other", 70, "a hunger strike that lasted more than 70 days", qualifier="more_than", note="duration"),
            C("other", 46, "Ganji, 46,", note="age"),
            C("other", 41, "an independent network of 41 press freedom organisations in 29 countries", note="boilerplate"),
        ],
        released_names=["Akbar Ganji"],
        alias_groups={"Akbar Ganji": ["Akbar Gandji"]},
        not_released_names=["Naser Zarafshan", "Ahmad Batebi", "Arzhang Davoodi"],
        other_event_released_names=["Hashem Aghajari"],
        other_people=["Lieve De Smedt", "Mahmoud Rahbari", "Pieter Janssens"],
        distractors=["'transferred from Evin to Milad hospital in July 2005' is a transfer inside custody, not a release",
                     "Aghajari released on bail in 2004 (earlier event)"],
    ),
    dict(
        file="009_iraq_muntadhar_zaidi_freed_2009_ar.txt", published="2009-09-15",
        outlet="Iraqi news site, machine-translated from Arabic",
        event="Iraq frees shoe-throwing journalist Muntadhar al-Zaidi after nine months, 2009-09-15",
        counts=[
            C("other", 9, "after nine months", note="duration"),
            C("other", 30, "Al-Zaidi, 30 years", note="age"),
            C("other", 12, "slaughtered 12 sheep", note="noise"),
            C("other", 200, "\"more than 200 offers\"", qualifier="more_than", note="noise"),
            C("other", 25, "counts more than 25 lawyers", qualifier="more_than", note="noise"),
            C("other", 18342, "views: 18.342", note="page noise"),
            C("other", 1200, "The release of 1.200 detainees from the Camp Bucca", note="page noise (read-also headline)"),
            C("other", 3500, "3.500 detainees in the Iraqi prisons without trial", note="page noise (read-also headline)"),
        ],
        released_names=["Muntadhar al-Zaidi"],
        alias_groups={"Muntadhar al-Zaidi": ["Muntazer al-Zaidi"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Karim al-Obeidi", "George Bush", "Nouri al-Maliki", "Saad al-Zaidi", "Jamal al-Karbouli"],
        distractors=["another brother, Maitham (first name only)", "Saad al-Zaidi is his brother (same surname)",
                     "three years reduced to one year: sentence lengths"],
    ),
    dict(
        file="010_bahrain_prisoners_freed_liveblog_2011.txt", published="2011-02-23", outlet="UK newspaper live blog (reverse order)",
        event="Bahrain frees Shia opposition figures and other political prisoners on the king's order, 2011-02-22/23",
        counts=[
            C("released", 74, "at least 74 prisoners have been freed in Bahrain since late last night", qualifier="at_least",
              note="running tally at the end of the day"),
            C("released", 23, "Of the 23 who were in custody, all have now been released"),
            C("released", 308, "308 prisoners are covered by King Hamad's order", note="planned: total covered by the order"),
            C("remaining_held", 100, "Rights activists say about 100 people arrested since last August", qualifier="about",
              note="estimate by rights activists"),
            C("other", 40, "40 detainees had been \"moved from Dry Dock to Jaw prison to complete procedures\"",
              note="transfer inside the prison system, explicitly not a release"),
            C("other", 25, "the 25 men charged last autumn", note="group size"),
            C("other", 2, "Two others, tried in absentia, are abroad", note="not in custody"),
            C("released", 178, "Mushaima was himself among 178 detainees pardoned by King Hamad in April 2009",
              note="earlier event"),
            C("other", 105, "Brent crude closed above $105 a barrel", qualifier="more_than", note="unrelated entry"),
            C("other", 300, "Human Rights Watch puts the death toll at at least 300", qualifier="at_least",
              note="unrelated entry (Libya)"),
            C("other", 100000, "more than 100,000 people", qualifier="more_than", note="crowd"),
            C("other", 19, "Hussein al-Singace, 19,", note="age"),
        ],
        released_names=["Abduljalil al-Singace", "Abdulghani al-Khanjar", "Mohammed Habib al-Muqdad", "Saeed al-Nuri",
                        "Jaffar al-Hasabi", "Ali Abdulemam"],
        alias_groups={"Abduljalil al-Singace": ["Abduljalil al-Sengais", "Abd al-Jalil al-Singace"],
                      "Abdulghani al-Khanjar": ["Abdul Ghani Khanjar"],
                      "Mohammed Habib al-Muqdad": ["al-Miqdad"],
                      "Ali Abdulemam": ["Ali Abdul Imam"]},
        not_released_names=[],
        other_event_released_names=["Hassan Mushaima"],
        other_people=["Tom Whitcombe", "Leila Haddad", "Hashem al-Alawi", "Saeed al-Shehabi", "Muammar Gaddafi",
                      "Hussein al-Singace", "Hamad bin Isa Al Khalifa", "Salman bin Hamad", "Ali Salman"],
        distractors=["Hassan Mushaima: abroad, tried in absentia, plans to return (not held, not freed now); "
                     "pardoned in April 2009 -> other event",
                     "Saeed al-Shehabi: tried in absentia, abroad",
                     "al-Hasabi and al-Singace taken to hospital after release: not a transfer of custody",
                     "Hussein al-Singace is the releasee's son"],
    ),
    dict(
        file="011_egypt_grapel_swap_2011_broadcaster.txt", published="2011-10-27",
        outlet="broadcaster web page (cookie banner, video residue, related, most read)",
        event="Egypt frees Ilan Grapel; Israel frees 25 Egyptian prisoners at Taba, 2011-10-27",
        counts=[
            C("exchanged", 25, "in exchange for the release of 25 Egyptian prisoners held in Israeli jails"),
            C("other", 3, "three of them were minors", note="subset"),
            C("transferred_to", 25, "the 25 were taken by bus to El-Arish", where="El-Arish",
              note="inferred: journey home inside Egypt"),
            C("released", 477, "Israel freed 477 Palestinian prisoners in exchange for the soldier Gilad Shalit",
              note="earlier event (Shalit deal, first stage)"),
            C("released", 550, "550 more prisoners are to be released",
              note="earlier event (Shalit deal); planned second stage"),
            C("remaining_held", 60, "at least 60 Egyptians remain in Israeli prisons", qualifier="at_least",
              note="estimate by a lawyer"),
            C("other", 27, "Mr Grapel, 27,", note="age"),
            C("other", 356, "356 dead as Bangkok braces", note="page noise"),
            C("other", 13, "rescuers pull boy, 13, from rubble", note="page noise"),
        ],
        released_names=["Ilan Grapel"],
        alias_groups={"Ilan Grapel": ["Ilan Chaim Grapel"]},
        not_released_names=[],
        other_event_released_names=["Gilad Shalit"],
        other_people=["Gary Ackerman", "Benjamin Netanyahu", "Magdy Abdel-Ghaffar", "Hosni Mubarak", "Rebecca Grapel",
                      "Tarek Zaghloul"],
        distractors=["the 25 Egyptians are unnamed", "'Gaza: 477 freed in first stage of Shalit deal' related link (page noise)",
                     "Rebecca Grapel is a cousin (same surname)"],
    ),
    dict(
        file="012_westbank_khader_adnan_released_2012.txt", published="2012-04-18", outlet="Palestinian news site (English)",
        event="Israel releases Sheikh Khader Adnan from administrative detention after his hunger-strike deal, 2012-04-17",
        counts=[
            C("remaining_held", 322, "322 Palestinians are currently held in administrative detention",
              note="Addameer figure"),
            C("remaining_held", 4700, "about 4,700 Palestinian prisoners in Israeli jails", qualifier="about",
              note="Addameer figure"),
            C("released", 1027, "the 1,027 prisoners freed last year under the Shalit exchange",
              note="earlier event; cumulative"),
            C("other", 1200, "some 1,200 Palestinian prisoners in Israeli jails began an open-ended hunger strike",
              qualifier="about", note="hunger strikers"),
            C("other", 66, "66-day hunger strike", note="duration"),
            C("other", 43, "after 43 days without food", note="duration"),
            C("other", 33, "Adnan, 33,", note="age"),
            C("other", 1600, "1,600 prisoners join open hunger strike", note="page noise (related link)"),
        ],
        released_names=["Khader Adnan"],
        alias_groups={"Khader Adnan": ["Khader Adnan Musa"]},
        not_released_names=["Bilal Diab", "Thaer Halahleh"],
        other_event_released_names=["Hana Shalabi"],
        other_people=["Nidal Shtayyeh", "Lina Hasan"],
        distractors=["'Khadr' / 'Sheikh Khader': partial forms", "Halahleh moved to Ramleh prison hospital: 'not a release'",
                     "Hana Shalabi freed on 1 April and deported to Gaza (earlier event, no count)",
                     "his father (unnamed), 70"],
    ),
    dict(
        file="013_turkey_basbug_released_silivri_2014_tr.txt", published="2014-03-08",
        outlet="Turkish news site, machine-translated from Turkish",
        event="Former army chief İlker Başbuğ released from Silivri after the Constitutional Court ruling, 2014-03-07",
        counts=[
            C("remaining_held", 11, "the applications of 11 detained defendants were submitted on Friday",
              note="Ergenekon defendants still in prison"),
            C("other", 26, "after 26 months", note="duration"),
            C("other", 2000, "Approximately 2.000 people waited in front of the prison", qualifier="about", note="crowd"),
            C("other", 71, "Başbuğ, 71 years", note="age"),
            C("other", 275, "of the 275 defendants, 254 received a sentence and 21 were acquitted",
              note="trial figures (acquitted is not released)"),
            C("other", 237, "in which 237 officers were condemned", note="other case"),
            C("other", 1227, "1.227 people visit on Saturday", note="page noise"),
            C("other", 21604, "Read: 21.604", note="page noise"),
        ],
        released_names=["İlker Başbuğ"],
        alias_groups={"İlker Başbuğ": ["Ilker Basbug"]},
        not_released_names=["Tuncay Özkan", "Doğu Perinçek"],
        other_event_released_names=["Mustafa Balbay"],
        other_people=["Mehmet Ali Tunç", "Elif Başbuğ", "Aylin Korkmaz"],
        distractors=["Elif Başbuğ is his daughter (same surname)",
                     "'hundreds of officers ... are still in prison': vague, no count",
                     "Balbay released in December after 4 years and 9 months (earlier event, no count)"],
    ),
    dict(
        file="014_jordan_abu_qatada_acquitted_freed_2014.txt", published="2014-09-24",
        outlet="UK broadcaster web page (cookie banner, media residue, related, top stories, most popular)",
        event="Jordan's State Security Court acquits Abu Qatada of the millennium plot; he is freed from Muwaqqar, 2014-09-24",
        counts=[
            C("remaining_held", 150, "at least 150 Salafists were currently held in Jordanian prisons", qualifier="at_least",
              note="estimate by a lawyer"),
            C("other", 53, "Omar Othman, now 53", note="age"),
            C("other", 49, "Islamic State frees 49 Turkish hostages seized in Mosul", note="page noise (top stories)"),
            C("other", 12, "Police release 12 arrested at fracking protest", note="page noise (most popular)"),
        ],
        released_names=["Abu Qatada"],
        alias_groups={"Abu Qatada": ["Omar Mahmoud Othman", "Abu Qatada al-Filistini", "Omar Othman"]},
        not_released_names=[],
        other_event_released_names=["Abu Muhammad al-Maqdisi"],
        other_people=["Ghazi al-Tal", "Adel Shunnaq", "Frank Ellery"],
        distractors=["acquitted in June but 'remained in custody' (not a release)",
                     "'Sheikh Omar' = Abu Qatada", "five-year sentence of al-Maqdisi: sentence length"],
    ),
    dict(
        file="015_egypt_mubarak_leaves_hospital_2017_analysis.txt", published="2017-03-27", outlet="policy-review analysis piece",
        event="Hosni Mubarak released from Maadi military hospital after final acquittal, 2017-03-24",
        counts=[
            C("remaining_held", 60000, "about 60,000 people are held in Egypt on political grounds", qualifier="about",
              note="estimate by rights groups"),
            C("released", 82, "President el-Sisi pardoned 82 young detainees", note="earlier event (November 2016)"),
            C("released", 203, "he ordered the release of 203 more", note="earlier event (March 2017 pardon)"),
            C("other", 850, "Around 850 people died in that uprising", qualifier="about", note="deaths"),
            C("other", 88, "the 88-year-old former president", note="age"),
            C("other", 20, "serving a 20-year sentence", note="sentence length"),
            C("other", 43, "The number of prisons has grown from 43 to more than 60 since 2011", note="prison count"),
        ],
        released_names=["Hosni Mubarak"],
        alias_groups={"Hosni Mubarak": ["Mohamed Hosni Mubarak"]},
        not_released_names=["Mohamed Morsi", "Mohamed Badie", "Alaa Abd El-Fattah", "Ahmed Douma", "Mahmoud Abu Zeid"],
        other_event_released_names=["Alaa Mubarak", "Gamal Mubarak"],
        other_people=["Nadia Fahmy", "Habib el-Adly", "Youssef Abdel-Hamid", "Tamer Shukry", "Abdel Fattah el-Sisi",
                      "Somaya Ragab"],
        distractors=["Shawkan = Mahmoud Abu Zeid (nickname)", "Habib el-Adly acquitted (not stated as released)",
                     "Alaa Mubarak and Gamal Mubarak share the releasee's surname (freed in 2015)",
                     "'Alaa' also the first name of the still-held Alaa Abd El-Fattah"],
    ),
    dict(
        file="016_falls_church_aya_hijazi_home_2017.txt", published="2017-04-27", outlet="US hometown weekly",
        event="Aya Hijazi and Mohamed Hassanein freed after acquittal in Cairo; home in the US, 2017-04-16/20",
        counts=[
            C("remaining_held", 15, "at least 15 other U.S. citizens or permanent residents are held in Egypt",
              qualifier="at_least", note="estimate by rights groups"),
            C("other", 6, "six co-defendants", note="acquitted (not stated as released)"),
            C("other", 30, "a 30-year-old Falls Church native", note="age"),
            C("other", 2, "3 arrested, 2 released after Saturday night disturbance", note="page noise (police log)"),
            C("other", 45, "45 vendors expected", note="page noise"),
        ],
        released_names=["Aya Hijazi", "Mohamed Hassanein"],
        alias_groups={"Aya Hijazi": ["Aya Hegazy"]},
        not_released_names=[],
        other_event_released_names=["Mohamed Soltan"],
        other_people=["Carolyn Meeks", "Basma Hijazi", "Abdel Fattah el-Sisi", "Marianne Kolb", "Mostafa Hijazi"],
        distractors=["Basma (sister) and Mostafa (father) Hijazi share her surname",
                     "'President Trump': surname only", "six co-defendants are unnamed and only 'acquitted'"],
    ),
    dict(
        file="017_iran_xiyue_wang_soleimani_swap_2019_brief.txt", published="2019-12-07", outlet="Reuters wire",
        event="Iran frees Xiyue Wang; US frees Massoud Soleimani; exchange at Zurich, 2019-12-07",
        counts=[
            C("remaining_held", 4, "at least four other Americans held in Iran", qualifier="at_least"),
            C("other", 10, "sentenced to 10 years in prison", note="sentence length"),
            C("other", 38, "Wang, 38,", note="age"),
        ],
        released_names=["Xiyue Wang", "Massoud Soleimani"],
        alias_groups={"Massoud Soleimani": ["Masoud Soleimani"]},
        not_released_names=["Siamak Namazi", "Baquer Namazi", "Morad Tahbaz"],
        other_event_released_names=[],
        other_people=["Paul Harcourt", "Shirin Jafari", "Qassem Soleimani", "Donald Trump", "Mohammad Javad Zarif",
                      "Robert Levinson", "Hugh Lawson"],
        distractors=["Qassem Soleimani: 'no relation' (same surname)", "Robert Levinson went missing (not stated as held)",
                     "Wang flown to Germany: single person, no count"],
    ),
    dict(
        file="018_westbank_maher_akhras_released_2020.txt", published="2020-11-27", outlet="Jordanian news site (English)",
        event="Israel releases administrative detainee Maher al-Akhras after his 103-day hunger strike, 2020-11-26",
        counts=[
            C("remaining_held", 4400, "about 4,400 Palestinians are held in Israeli prisons", qualifier="about",
              note="Palestinian Prisoners Society figure"),
            C("remaining_held", 350, "some 350 administrative detainees", qualifier="about",
              note="Palestinian Prisoners Society figure"),
            C("remaining_held", 40, "40 women and 170 minors", note="inferred: subset of the 4,400"),
            C("remaining_held", 170, "40 women and 170 minors", note="inferred: subset of the 4,400"),
            C("other", 103, "whose 103-day hunger strike", note="duration"),
            C("other", 49, "Al-Akhras, 49,", note="age"),
            C("other", 13, "Israel releases 13 Jordanian fishermen", note="page noise (also read)"),
            C("other", 1240, "1,240 inmates freed to ease prison overcrowding", note="page noise (also read)"),
            C("other", 4937, "4,937 new cases", note="page noise"),
        ],
        released_names=["Maher al-Akhras"],
        alias_groups={"Maher al-Akhras": ["Maher Akhras", "Maher al-Akhrass"]},
        not_released_names=["Khalida Jarrar"],
        other_event_released_names=[],
        other_people=["Umm Islam", "Rami Dweik"],
        distractors=["'350 brothers who are held like me' (quote) repeats the 350", "Umm Islam: kunya of his wife",
                     "taken to Nablus hospital: single person, no count"],
    ),
    dict(
        file="019_syria_travis_timmerman_freed_2024.txt", published="2024-12-13",
        outlet="US local TV station web page (cookie banner, video error, related, most read)",
        event="Missouri man Travis Timmerman freed from a Damascus prison after Assad's fall, flown to Jordan, 2024-12-12/13",
        counts=[
            C("other", 7, "spent seven months locked in a Syrian prison", note="duration"),
            C("other", 29, "Travis Timmerman, 29,", note="age"),
            C("other", 400, "a town of about 400 people", qualifier="about", note="population"),
            C("other", 100000, "more than 100,000 people disappeared", qualifier="more_than",
              note="disappeared (missing), not stated as held"),
            C("other", 350, "Israel strikes 350 targets in Syria", note="page noise"),
            C("other", 31, "County jail releases 31 inmates early", note="page noise (most read)"),
        ],
        released_names=["Travis Timmerman"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bashar al-Assad", "Carla Timmerman-Reese", "Austin Tice", "Majd Kamalmaz", "Dwayne Hollis",
                      "Abu Mohammed al-Jolani"],
        distractors=["'Tens of thousands of detainees have walked out': vague, other event (Sednaya)",
                     "Austin Tice: whereabouts unknown (missing), not 'held'", "Majd Kamalmaz: believed dead",
                     "Carla Timmerman-Reese (aunt) contains the surname"],
    ),
    dict(
        file="020_algerie_ihsane_el_kadi_gracie_2024_fr.txt", published="2024-11-02",
        outlet="Algerian daily, machine-translated from French",
        event="Tebboune's 1 November pardon; journalist Ihsane El Kadi freed from El Harrach, 2024-10-31/11-01",
        counts=[
            C("released", 4000, "measures of pardon for more than 4 000 detainees", qualifier="more_than",
              note="inferred: pardon total, not stated how many were freed"),
            C("remaining_held", 200, "more than 200 detainees of opinion remain behind the bars", qualifier="more_than",
              note="estimate by the CNLD"),
            C("released", 60, "about sixty detainees had been freed", qualifier="about", note="earlier event (February 2021)"),
            C("other", 22, "After 22 months of detention", note="duration"),
            C("other", 65, "Ihsane El Kadi, 65 years", note="age"),
            C("other", 1200, "1 200 detainees benefit from the conditional liberation in 2024", note="page noise (to read also)"),
            C("other", 7, "7 arrests", note="page noise"),
            C("other", 1457, "1 457 readings", note="page noise"),
        ],
        released_names=["Ihsane El Kadi"],
        alias_groups={"Ihsane El Kadi": ["Ihsane Elkadi"]},
        not_released_names=[],
        other_event_released_names=["Khaled Drareni"],
        other_people=["Samia Belkacem", "Abdelmadjid Tebboune", "Nassim Benchikh", "Rachid El Kadi", "Karima Ait Saadi"],
        distractors=["Rachid El Kadi is his brother (same surname)", "'El-Kadi': surname only",
                     "sentences (five years of which three firm; seven of which five firm) are sentence lengths"],
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
            if c["qualifier"] not in {"exact", "more_than", "at_least", "about"}:
                print(f"{g['file']}: bad qualifier {c['qualifier']}", file=sys.stderr)
                ok = False
            if c["kind"] == "transferred_to" and not c["where"]:
                print(f"{g['file']}: transferred_to without where", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for canon, aliases in g["alias_groups"].items():
            for n in [canon] + aliases:
                if n.casefold() not in low:
                    print(f"{g['file']}: alias name not found: {n!r}", file=sys.stderr)
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
