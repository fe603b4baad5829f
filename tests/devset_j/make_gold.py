#!/usr/bin/env python3
"""Gold for devset_j (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_peru_residence_225.txt", published="1996-12-23", outlet="AP wire (photo credit, unrelated headlines)",
        event="Tupac Amaru rebels free 225 hostages from the Japanese ambassador's residence in Lima, 1996-12-22",
        counts=[
            C("released", 225, "freed 225 hostages"),
            C("remaining_held", 140, "About 140 hostages remained inside", qualifier="about"),
            C("other", 400, "demanded the release of some 400 jailed members", qualifier="about",
              note="rebels' demand; not a release"),
            C("released", 170, "the rebels let go all the women — about 170 of them", qualifier="about",
              note="earlier event (first hours of the siege)"),
            C("released", 4, "they freed four ambassadors", note="earlier event (Wednesday)"),
            C("released", 38, "Another 38 hostages were released on Friday", note="earlier event (Friday)"),
            C("other", 20, "about 20 guerrillas", qualifier="about", note="number of rebels"),
        ],
        released_names=["Javier Diez Canseco"],
        alias_groups={},
        not_released_names=["Morihisa Aoki", "Francisco Tudela", "Rodolfo Muñante", "Moisés Pantoja",
                            "Pedro Fujimori", "Victor Polay"],
        other_event_released_names=["Anthony Vincent"],
        other_people=["Alberto Fujimori", "Michel Minnig", "Néstor Cerpa Cartolini", "Yukihiko Ikeda",
                      "Akihito", "Monte Hayes", "Hector Mata"],
        distractors=["Victor Polay is a jailed rebel leader whose release is demanded (still held)",
                     "Pedro Fujimori (held) vs Alberto Fujimori (president) share a surname",
                     "groups of 10 and 20; six days; 'Carmen' (first name only, relative)",
                     "Dow 6,522; Clinton names four; Storm leaves 12 dead (page noise)"],
    ),
    dict(
        file="002_iran_embassy_hostages_timeline.txt", published="2021-01-20", outlet="newspaper explainer/timeline (newsletter prompt, related links)",
        event="Iran frees the 52 US embassy hostages, flown to Algiers, 1981-01-20",
        counts=[
            C("released", 52, "Iran frees the 52 remaining hostages"),
            C("transferred_to", 52, "fly the 52 to Algiers", where="Algiers"),
            C("transferred_to", 52, "The next day they are flown on to Wiesbaden, West Germany", where="Wiesbaden",
              note="inferred: same 52, number not in the sentence; optional"),
            C("remaining_held", 52, "His release leaves 52 Americans in captivity",
              note="earlier event: state after Queen's release (July 1980); all 52 are freed in the main event"),
            C("released", 13, "the captors free 13 hostages", note="earlier event (November 1979)"),
            C("other", 66, "seizing 66 Americans", note="initially seized"),
            C("other", 8, "eight US servicemen are killed", note="casualties of the rescue attempt"),
        ],
        released_names=["Bruce Laingen", "Kathryn Koob", "Elizabeth Ann Swift", "Michael Metrinko", "Barry Rosen"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Richard Queen"],
        other_people=["Ronald Reagan", "Ruhollah Khomeini", "Mohammad Reza Pahlavi", "Jimmy Carter",
                      "Warren Christopher", "Behzad Nabavi", "Dana Whitcombe"],
        distractors=["444 days; 40 years; $7.9 billion; up to $4.4 million; 12:25 p.m.",
                     "Koob and Swift 'stay in captivity' in Nov 1979 but are freed in the main event",
                     "Bettmann/Getty is a photo agency credit", "Comments (87); 10 charts (page noise)"],
    ),
    dict(
        file="003_glienicke_1985_swap.txt", published="1985-06-11", outlet="UPI wire archive",
        event="US-East bloc spy swap on the Glienicke Bridge, 4 for 23, 1985-06-11",
        counts=[
            C("exchanged", 4, "traded four convicted East bloc spies"),
            C("exchanged", 23, "traded four convicted East bloc spies for 23 people"),
            C("transferred_to", 23, "The 23 were driven by bus to a U.S. Army facility in West Berlin", where="West Berlin"),
            C("other", 25, "Twenty-five people had been on the list", note="list agreed; two stayed behind"),
            C("other", 2, "two chose to remain in East Germany", note="chose to stay; not counted as held"),
        ],
        released_names=["Marian Zacharski", "Alfred Zehe", "Penyu Kostadinov", "Alice Michelson"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Rudolf Abel", "Francis Gary Powers"],
        other_people=["Wolfgang Vogel", "Richard Burt", "Martin Keller"],
        distractors=["names of the 23 not released", "most would be flown to West Germany later (planned, no number)",
                     "life sentence; eight years; more than 10 years; dozens of such deals",
                     "4,000 East Germans crossed in May (page noise)"],
    ),
    dict(
        file="004_brazil_bucher_exchange_pt.txt", published="1971-01-17", outlet="Brazilian daily, translated from Portuguese (OCR archive)",
        event="Brazil banishes 70 political prisoners to Chile in exchange for Swiss ambassador Bucher, 1971-01-14/16",
        counts=[
            C("exchanged", 70, "the 70 political prisoners exchanged"),
            C("transferred_to", 70, "the 70 political prisoners exchanged for the diplomat landed at Pudahuel airport in Santiago",
              where="Santiago, Chile"),
            C("other", 8, "among them eight women", note="subset of the 70"),
            C("other", 13, "the Ministry of Justice rejected 13", note="vetoed names (the same 13 still held)"),
            C("remaining_held", 13, "The 13 vetoed prisoners remain in military prisons"),
            C("transferred_to", 15, "15 prisoners were flown to Mexico", where="Mexico", note="earlier event (Elbrick, 1969)"),
            C("transferred_to", 5, "five were sent to Mexico", where="Mexico", note="earlier event (Okuchi, March 1970)"),
            C("transferred_to", 40, "40 were flown to Algiers", where="Algiers", note="earlier event (von Holleben, June 1970)"),
            C("released", 130, "130 prisoners have been banished", note="cumulative since September 1969"),
            C("other", 1200, "More than 1.200 police and soldiers", qualifier="more_than",
              note="searchers; Portuguese thousands separator"),
        ],
        released_names=["Giovanni Enrico Bucher", "Jean Marc von der Weid", "Maria Auxiliadora Lara Barcelos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Charles Burke Elbrick", "Nobuo Okuchi", "Ehrenfried von Holleben"],
        other_people=["Salvador Allende", "Alfredo Buzaid", "Emílio Garrastazu Médici", "Hélio Carvalho de Araújo",
                      "Carlos Lamarca"],
        distractors=["Bucher is the kidnapped diplomat freed in the same exchange (released)",
                     "Carlos Lamarca 'remains at large' (not held)", "40 days; 23h40; 1h30; fourth time (ordinal)",
                     "Cr$ 85.000 / Cr$ 7.500 classifieds (page noise)"],
    ),
    dict(
        file="005_poland_bujak_amnesty_1986.txt", published="1986-09-11", outlet="Reuters wire archive",
        event="Poland frees Zbigniew Bujak and others under the 1986 amnesty; all political prisoners to be out by 1986-09-15",
        counts=[
            C("released", 21, "one of 21 prisoners released on Thursday evening"),
            C("remaining_held", 225, "225 people were still being held for political offences",
              note="as of the announcement, before Thursday evening's releases"),
            C("released", 225, "225 people were still being held for political offences and that all of them would be freed",
              note="planned by September 15"),
            C("released", 652, "A similar amnesty in 1984 freed 652 political prisoners", note="earlier event (1984 amnesty)"),
            C("released", 16000, "Some 16,000 common criminals have been freed", qualifier="about",
              note="cumulative since the July law; common criminals"),
        ],
        released_names=["Zbigniew Bujak", "Bogdan Lis"],
        alias_groups={},
        not_released_names=["Leszek Moczulski"],
        other_event_released_names=["Jacek Kuron"],
        other_people=["Czeslaw Kiszczak", "Jerzy Urban", "Lech Walesa", "Wojciech Jaruzelski"],
        distractors=["Bujak, 31; more than four years in hiding; 8 p.m.; December 1981",
                     "'many of them were later rearrested' (1984 releasees)",
                     "$1.1 billion; June 1987 (page noise)"],
    ),
    dict(
        file="006_cuba_jackson_1984.txt", published="1984-06-29", outlet="US regional paper archive (most-read list, newsletter prompt)",
        event="Jesse Jackson returns from Havana with 22 Americans and 26 Cuban political prisoners, 1984-06-28",
        counts=[
            C("released", 48, "48 freed prisoners"),
            C("released", 22, "22 Americans who had been jailed in Cuba"),
            C("released", 26, "26 Cuban political prisoners whom Fidel Castro agreed to free"),
            C("transferred_to", 26, "The 26 Cubans, some of whom had spent more than 20 years in prison, were flown to the United States",
              where="United States"),
            C("remaining_held", 1000, "more than 1,000 political prisoners remain in Cuban jails", qualifier="more_than",
              note="estimate by exile groups"),
        ],
        released_names=["Andrés Vargas Gómez", "Raymond Tarver"],
        alias_groups={},
        not_released_names=["Eloy Gutiérrez Menoyo"],
        other_event_released_names=["Robert Goodman Jr.", "Armando Valladares"],
        other_people=["Jesse Jackson", "Fidel Castro", "Larry Speakes", "Walter Mondale", "François Mitterrand",
                      "Elena Marquez", "Dan Ortiz"],
        distractors=["'Tonight 48 families are whole again' (same 48)", "68, 41 (ages); three years; since 1961/1965",
                     "Marino $1.2 million; 5-cent tax; $7 million; 11 named storms (page noise)"],
    ),
    dict(
        file="007_lebanon_keenan_1990.txt", published="1990-08-24", outlet="Irish broadcaster archive page (cookie banner, player residue)",
        event="Brian Keenan freed in Beirut and handed to Irish diplomats in Damascus, 1990-08-24",
        counts=[
            C("remaining_held", 12, "leaves 12 Westerners held in Lebanon"),
            C("other", 6, "six Americans", note="subset of the 12 still held"),
            C("other", 3, "three Britons", note="subset of the 12 still held"),
        ],
        released_names=["Brian Keenan"],
        alias_groups={},
        not_released_names=["John McCarthy", "Terry Waite", "Terry Anderson", "Thomas Sutherland"],
        other_event_released_names=["Robert Polhill", "Frank Reed"],
        other_people=["Declan Connolly", "Gerry Collins", "Farouk al-Sharaa", "Charles Haughey",
                      "Akbar Hashemi Rafsanjani", "Elaine Spence", "Brenda Gillham", "Aoife Kerrigan"],
        distractors=["39-year-old; four and a half years; 3:12 player time",
                     "sisters Elaine Spence and Brenda Gillham are relatives",
                     "1979 Pope John Paul II; 1987: 11 killed (page noise)"],
    ),
    dict(
        file="008_chechnya_carr_james_feature.txt", published="1998-09-27", outlet="UK Sunday newspaper magazine feature",
        event="British aid workers Camilla Carr and Jon James freed in Chechnya after 14 months, 1998-09-20",
        counts=[
            C("released", 2, "the two Britons were freed"),
            C("remaining_held", 100, "more than 100 people are still being held hostage in Chechnya", qualifier="more_than",
              note="Russian interior ministry estimate"),
            C("other", 1000, "more than 1,000 people have been kidnapped", qualifier="more_than",
              note="cumulative kidnappings since 1996, not releases"),
        ],
        released_names=["Camilla Carr", "Jon James"],
        alias_groups={},
        not_released_names=["Vincent Cochetel", "Valentin Vlasov"],
        other_event_released_names=["Yelena Masyuk"],
        other_people=["Katharine Doyle", "Neil Farrant", "Boris Berezovsky", "Aslan Maskhadov", "Vakha Arsanov",
                      "Robin Cook", "Boris Yeltsin"],
        distractors=["14 months; ages 42/45; three stone; five times a day; ransom of $1 million",
                     "Carr's sister and mother unnamed", "312 days; 10 best walks; five ways (page noise)"],
    ),
    dict(
        file="009_aceh_gam_amnesty_2005.txt", published="2005-08-31", outlet="AFP wire",
        event="Indonesia frees about 1,400 GAM prisoners under the Helsinki peace-deal amnesty, 2005-08-31",
        counts=[
            C("released", 1400, "freed around 1,400 jailed separatist rebels", qualifier="about"),
            C("released", 1424, "1,424 prisoners linked to the Free Aceh Movement (GAM) had been released"),
            C("other", 12, "including 12 women", note="subset of the 1,424"),
            C("other", 2, "Among those freed were two GAM negotiators", note="subset"),
            C("transferred_to", 230, "About 230 of the prisoners held in jails on Java were flown to Aceh", qualifier="about",
              where="Aceh", note="inferred as optional: flown home to their province (repatriation, not a handover/exile)"),
            C("remaining_held", 300, "around 300 GAM members convicted of criminal offences such as murder or drug trafficking, who remain in prison",
              qualifier="about"),
            C("released", 298, "cut the sentences of 298 other GAM prisoners, allowing their immediate release",
              note="earlier event (August 17)"),
            C("other", 230, "a team of around 230 monitors", qualifier="about", note="monitors, not prisoners"),
            C("other", 840, "hand in 840 weapons", note="weapons"),
        ],
        released_names=["Teuku Kamaruzzaman", "Sofyan Ibrahim Tiba"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hamid Awaludin", "Susilo Bambang Yudhoyono", "Martti Ahtisaari", "Pieter Feith", "Malik Mahmud",
                      "Rahmat Hidayat"],
        distractors=["nearly 30 years; 15,000 killed; 170,000 tsunami dead; five Southeast Asian countries",
                     "'Dozens of tearful relatives' (vague)", "September 15 disarmament (date)"],
    ),
    dict(
        file="010_fiji_parliament_hostages_2000.txt", published="2000-07-14", outlet="Fiji regional daily (weather, inside-today list)",
        event="Last 18 hostages incl. Mahendra Chaudhry freed from Fiji's Parliament after 56 days, 2000-07-13",
        counts=[
            C("released", 18, "18 hostages held in the Parliament complex at Veiuto since May 19, among them deposed prime minister Mahendra Chaudhry, were released"),
            C("other", 17, "Chaudhry and 17 others walk out", note="others besides Chaudhry; 18 in total"),
            C("released", 9, "Nine hostages had been freed on Wednesday night", note="earlier event (Wednesday)"),
            C("other", 4, "four women members of Parliament", note="subset of the earlier nine"),
            C("other", 300, "about 300 of Speight's supporters were still inside the complex", qualifier="about",
              note="rebels, not hostages; NOT remaining held"),
            C("other", 30, "seized Mr Chaudhry and more than 30 members of his government", qualifier="more_than",
              note="initially seized on May 19"),
            C("other", 60, "at least 60 high-powered rifles", qualifier="at_least", note="weapons"),
        ],
        released_names=["Mahendra Chaudhry", "Rajendra Chaudhry", "Tupeni Baba"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["George Speight", "Filipo Tarakinikini", "Josefa Iloilo", "Frank Bainimarama", "Mereani Koroi",
                      "Jone Luveniyali"],
        distractors=["56 days; 58 (age); 3pm; seven former soldiers; 40 per cent",
                     "'Others had been released in ones and twos' (earlier, vague)",
                     "80 cents; 20 per cent; 30-man squad; 27C (page noise)"],
    ),
    dict(
        file="011_ic814_kandahar_1999.txt", published="1999-12-31", outlet="Indian broadcaster web page (video residue, Also Read)",
        event="IC-814 hijack ends at Kandahar: 155 passengers and crew freed, India releases three militants, 1999-12-31",
        counts=[
            C("released", 155, "155 passengers and crew members of hijacked Indian Airlines flight IC-814 were freed"),
            C("exchanged", 3, "the government handed over three jailed militants"),
            C("transferred_to", 3, "Jaswant Singh flew to Kandahar with the three militants", where="Kandahar"),
            C("transferred_to", 155, "The freed hostages were flown back to New Delhi", where="New Delhi",
              note="inferred: flown home, number not in the sentence; optional"),
            C("released", 27, "the hijackers let 27 passengers off the plane", note="earlier event (Dubai, December 25)"),
            C("other", 36, "demanded the release of 36 militants", note="initial demand; not a release"),
            C("other", 5, "the five hijackers", note="hijackers"),
            C("other", 4, "kidnapping of four Western tourists", note="1994 kidnapping"),
        ],
        released_names=["Masood Azhar", "Mushtaq Ahmed Zargar", "Ahmed Omar Saeed Sheikh", "Devi Sharan"],
        alias_groups={"Ahmed Omar Saeed Sheikh": ["Omar Sheikh"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jaswant Singh", "Wakil Ahmed Muttawakil", "Rupin Katyal", "Atal Bihari Vajpayee", "Aditi Rao"],
        distractors=["Rupin Katyal was killed; his widow 'Rachna' (first name only) was freed",
                     "$200 million; 10 hours; eight days; 25 (age); 10 pm",
                     "Sensex 5,005, 64 per cent; 1 lakh; India 2 down (page noise)"],
    ),
    dict(
        file="012_chad_zoes_ark_pardon_fr.txt", published="2008-04-01", outlet="French daily (with AFP), machine-translated",
        event="Six Zoé's Ark members pardoned by Chad's president released from French prisons, 2008-04-01",
        counts=[
            C("released", 6, "six members of the association L'Arche de Zoé, sentenced in Chad to eight years of forced labour for attempting to take 103 children to France, were released"),
            C("transferred_to", 6, "The six had been transferred to France", where="France", note="earlier event (28 December 2007)"),
            C("released", 3, "brought back three French journalists", note="earlier event (November 2007)"),
            C("released", 4, "brought back three French journalists and four Spanish air hostesses", note="earlier event (November 2007)"),
            C("released", 3, "The three other Spanish crew members and the Belgian pilot were freed", note="earlier event (November 2007)"),
            C("other", 103, "take 103 children", note="children; not prisoners"),
        ],
        released_names=["Éric Breteau", "Émilie Lelouch", "Alain Péligat", "Dominique Aubry", "Nadia Merimi",
                        "Philippe van Winkelberg"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Marie-Agnès Peleran"],
        other_people=["Idriss Déby", "Céline Marchal", "Nicolas Sarkozy", "Rama Yade", "Bernard Kouchner", "Claire Vasseur"],
        distractors=["eight years of forced labour/imprisonment; 6,3 billion CFA francs / 9,6 million euros (French decimals)",
                     "19 hours (clock time); 212 comments; 1 € (page noise)", "still face proceedings in France (not held)"],
    ),
    dict(
        file="013_iraq_cpt_release_statement.txt", published="2006-03-23", outlet="NGO press release",
        event="Christian Peacemaker Teams hostages Sooden, Loney and Kember freed in Baghdad, 2006-03-23",
        counts=[
            C("released", 3, "the three were freed"),
        ],
        released_names=["Harmeet Singh Sooden", "James Loney", "Norman Kember"],
        alias_groups={"James Loney": ["Jim Loney"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Tom Fox", "Doug Pritchard", "Carol Rose", "Claire Evans", "Rich Meyer"],
        distractors=["Tom Fox was killed (not released, not held)", "ages 32/41/74; 118 days",
                     "'Thousands of Iraqis are still detained' (vague, different population)", "phone numbers"],
    ),
    dict(
        file="014_pkk_frees_turkish_soldiers_2007.txt", published="2007-11-04", outlet="Reuters wire (brief)",
        event="PKK frees eight captured Turkish soldiers in northern Iraq, 2007-11-04",
        counts=[
            C("released", 8, "freed eight Turkish soldiers"),
            C("transferred_to", 8, "The eight were later flown to Turkey", where="Turkey",
              note="inferred: repatriation; optional"),
            C("other", 3, "three lawmakers", note="mediators"),
            C("other", 12, "killing 12 soldiers", note="casualties"),
            C("other", 3000, "the estimated 3,000 PKK guerrillas", qualifier="about", note="fighters"),
            C("other", 100000, "massed up to 100,000 troops", note="troops"),
            C("other", 30000, "More than 30,000 people have been killed", qualifier="more_than", note="casualties"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Osman Ozcelik", "Fatma Kurtulan", "Sirri Sakik", "Tayyip Erdogan", "George W. Bush",
                      "Masoud Barzani", "Hemin Salih", "Ayla Demir", "Simon Hale", "Peter Lavelle"],
        distractors=["soldiers unnamed", "two weeks ago; Oct. 21; 1984; 4:31pm"],
    ),
    dict(
        file="015_georgia_russia_exchange_liveblog.txt", published="2008-08-19", outlet="UK newspaper liveblog (timestamps, comments)",
        event="Georgia-Russia prisoner exchange at Igoeti, 5 Russians for 15 Georgians, 2008-08-19",
        counts=[
            C("exchanged", 5, "Georgia has handed over five Russian servicemen"),
            C("exchanged", 15, "received 15 Georgians"),
            C("other", 12, "12 servicemen and three civilians", note="subset of the 15"),
            C("other", 3, "12 servicemen and three civilians", note="subset of the 15"),
            C("remaining_held", 40, "at least 40 Georgians are still held", qualifier="at_least",
              note="Georgian officials' figure; Russia denies holding POWs"),
            C("transferred_to", 15, "The Georgians were put on a bus to Tbilisi", where="Tbilisi",
              note="inferred: taken home, number not in the sentence; optional"),
            C("other", 20, "deploy 20 additional military monitors", note="monitors"),
            C("other", 28, "bringing its team in Georgia to 28", note="monitors"),
            C("other", 64, "Russia says it lost 64 soldiers", note="casualties"),
            C("other", 160, "Georgia says 160 of its citizens, including 69 servicemen, were killed", note="casualties"),
            C("other", 30, "30 trucks went through the village", note="reader comment"),
        ],
        released_names=["Igor Zinov", "Levan Kapanadze"],
        alias_groups={},
        not_released_names=["Davit Abashidze"],
        other_event_released_names=[],
        other_people=["Nodar Kapanadze", "Temur Iakobashvili", "Anatoly Nogovitsyn", "Condoleezza Rice", "Sergei Lavrov",
                      "Mikheil Saakashvili", "Dmitry Medvedev", "Nicolas Sarkozy", "Paul Rhodes", "Sarah Okafor",
                      "Levan Gogua"],
        distractors=["Nodar Kapanadze is the father of a released soldier", "'We got back 15 of our people' (same 15)",
                     "two of the aircraft's crew were killed", "six-point plan; 40km; ten days; 22 (age); Comments (412)",
                     "clock timestamps 08.02-17.41"],
    ),
    dict(
        file="016_bosnia_dayton_prisoner_release_1996.txt", published="1996-02-01", outlet="AP wire archive",
        event="Bosnian factions free 578 prisoners under Red Cross supervision after Dayton, 1996-02-01",
        counts=[
            C("released", 578, "freed 578 prisoners"),
            C("exchanged", 241, "The Bosnian government released 241 prisoners"),
            C("exchanged", 270, "The Bosnian government released 241 prisoners, the Bosnian Serbs 270"),
            C("exchanged", 67, "The Bosnian government released 241 prisoners, the Bosnian Serbs 270 and the Bosnian Croats 67"),
            C("remaining_held", 200, "at least 200 people it had registered were still being held", qualifier="at_least"),
            C("remaining_held", 31, "The Serbs freed all but 31 of the prisoners", note="subset: still held by the Bosnian Serbs"),
            C("released", 892, "bring to 892 the number of prisoners freed", note="cumulative since the Paris signing"),
            C("released", 2, "the Bosnian Serbs freed two French pilots", note="earlier event (December 1995)"),
            C("other", 2, "refused to free two Bosnian Serb officers",
              note="newly detained officers, not part of the release (judgement call: held)"),
            C("other", 20000, "more than 20,000 people missing", qualifier="more_than", note="missing persons"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Djordje Djukic", "Aleksa Krsmanovic"],
        other_event_released_names=["Frederic Chiffot", "Jose Souvignet"],
        other_people=["Ivana Kovac", "Pascal Heritier", "Carl Bildt", "Richard Holbrooke", "Leighton Smith", "Mirsad Hodzic"],
        distractors=["'hundreds still unaccounted for' (headline, vague)", "Jan. 19 deadline; three months; 1992",
                     "Dole; Bulls 12th straight, 105-98 (page noise)"],
    ),
    dict(
        file="017_turkmenistan_gadyr_pardon.txt", published="2014-07-23", outlet="state news agency statement",
        event="Turkmenistan pardons 1,046 convicts for Gadyr Gijesi, 2014-07",
        counts=[
            C("released", 1046, "pardoning 1,046 persons"),
            C("other", 57, "including 57 citizens of foreign states", note="subset of the 1,046"),
            C("released", 19000, "more than 19,000 persons have been pardoned", qualifier="more_than",
              note="cumulative since 2007"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gurbanguly Berdimuhamedov", "Isgender Mulikov", "Amanmyrat Hallyyev"],
        distractors=["23.07.2014 date; +39 °C; 2.85; 25 bcm (page noise)"],
    ),
    dict(
        file="018_cameroon_kamto_release_2019.txt", published="2019-10-05", outlet="AFP wire (READ MORE list)",
        event="Cameroon frees opposition leader Maurice Kamto and supporters, 2019-10-05",
        counts=[
            C("released", 103, "103 people were freed"),
            C("released", 333, "Biya ordered the discontinuance of proceedings against 333 people",
              note="planned: ordered on Thursday, releases not confirmed"),
            C("remaining_held", 10, "Ten separatist leaders sentenced to life in August, including the self-proclaimed president of \"Ambazonia\", Julius Ayuk Tabe, remain"),
        ],
        released_names=["Maurice Kamto", "Alain Fogue", "Christian Penda Ekoka"],
        alias_groups={},
        not_released_names=["Julius Ayuk Tabe"],
        other_event_released_names=[],
        other_people=["Paul Biya", "Sylvain Souop", "Josiane Mbarga"],
        distractors=["'dozens of our members are still in prison' (vague)", "'scores of his supporters' (vague)",
                     "14.2 percent; nine months; 9:00 pm; 3,000 lives; 500,000 displaced",
                     "Biya, 86; 10 soldiers killed (page noise)"],
    ),
    dict(
        file="019_malaysia_isa_releases_oped.txt", published="2009-04-05", outlet="Malaysian op-ed",
        event="Malaysia's new PM Najib frees 13 ISA detainees incl. two Hindraf leaders, 2009-04-03",
        counts=[
            C("released", 13, "thirteen men walked out"),
            C("other", 2, "two of the five Hindraf leaders", note="subset of the 13"),
            C("remaining_held", 26, "26 people remain at Kamunting"),
            C("other", 3, "the three remaining Hindraf leaders", note="subset of the 26 still held"),
            C("other", 10000, "more than 10,000 people have been held under the Act since 1960", qualifier="more_than",
              note="cumulative detentions (Suaram estimate)"),
        ],
        released_names=["V. Ganabatirau", "T. Vasantha Kumar"],
        alias_groups={},
        not_released_names=["P. Uthayakumar", "R. Kenghadharan", "M. Manoharan"],
        other_event_released_names=["Raja Petra Kamarudin", "Teresa Kok", "Tan Hoon Cheng"],
        other_people=["Najib Razak", "Abdullah Ahmad Badawi", "Syed Hamid Albar", "Anwar Ibrahim", "Farah Iskandar"],
        distractors=["'release thirteen people on a Friday can detain thirty on a Monday' (hypothetical)",
                     "'Release the remaining 26' (demand)", "two years without trial; more than six years; five years",
                     "wife of a freed man (unnamed)", "48 comments"],
    ),
    dict(
        file="020_peru_berenson_parole_court_es.txt", published="2010-05-27", outlet="Peruvian daily court report, translated from Spanish",
        event="Lima court grants parole to Lori Berenson, who leaves prison after 15 years, 2010-05-26",
        counts=[
            C("other", 30, "A group of around thirty people", qualifier="about", note="protesters"),
        ],
        released_names=["Lori Berenson"],
        alias_groups={},
        not_released_names=["Víctor Polay Campos"],
        other_event_released_names=[],
        other_people=["Jessica León Yarango", "Julio Galindo", "Aníbal Apari", "Mark Berenson", "Víctor García Toma",
                      "Alan García"],
        distractors=["parole (conditional release) is a release; bail is not", "Mark Berenson is the father; Rhoda and Salvador first names only",
                     "20 years; 15 years; 40 (age); three quarters; S/ 100.000; 32 years; 19.45 hours",
                     "prosecutor will appeal (does not suspend release)", "S/ 5.200 millones; Alianza Lima 2-1 (page noise)"],
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
            if c["kind"] == "transferred_to" and not c.get("where"):
                print(f"{g['file']}: transferred_to without where: {c['quote']!r}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for canon, aliases in g.get("alias_groups", {}).items():
            for n in [canon] + aliases:
                if n.casefold() not in low:
                    print(f"{g['file']}: alias not found: {n!r}", file=sys.stderr)
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
