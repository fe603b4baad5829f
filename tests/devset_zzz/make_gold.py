#!/usr/bin/env python3
"""Gold for devset_zzz (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_egypt_saad_eddin_ibrahim_freed_2002.txt", published="2002-12-04",
        outlet="Egyptian English-language daily, archive page",
        event="Egypt's Court of Cassation quashes Saad Eddin Ibrahim's second conviction; he and two co-defendants freed, 2002-12-03",
        counts=[
            C("released", 2, "The court also ordered the release of two co-defendants who were still in custody"),
            C("released", 3, "All three were freed by Tuesday night"),
            C("other", 27, "Of the 27 other people tried alongside Ibrahim", note="co-defendants, mostly suspended sentences; not freed in this event"),
            C("remaining_held", 15000, "at least 15,000 people are held without charge under the emergency laws", qualifier="at_least",
              note="estimate by rights groups"),
            C("other", 45, "held for 45 days", note="duration of the 2000 detention"),
            C("other", 28, "May 22, 2001: 28 convicted in Ibn Khaldun trial", note="page noise (archive link); earlier conviction"),
        ],
        released_names=["Saad Eddin Ibrahim", "Nadia Abdel Nour", "Osama Hammad"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hossam Fawzy", "Mohamed Hosni Abdel Salam", "Barbara Ibrahim", "George W. Bush",
                      "Hafez Abu Saada", "Hosni Mubarak"],
        distractors=["Ibrahim was also freed on bail in 2000 and released in February 2002 (earlier releases of the same man)",
                     "'A handful served short terms and were released earlier this year' (vague, earlier)",
                     "Barbara Ibrahim is his wife (shares the surname)", "third trial pending; no date"],
    ),
    dict(
        file="002_china_wang_youcai_exile_2004.txt", published="2004-03-05", outlet="US broadsheet",
        event="China frees China Democracy Party co-founder Wang Youcai on medical parole and flies him to the US, 2004-03-04",
        counts=[
            C("remaining_held", 30, "more than 30 members of the China Democracy Party were still serving sentences", qualifier="more_than",
              note="Dui Hua estimate"),
            C("remaining_held", 60, "at least 60 people remain in prison for their part in the 1989 protests", qualifier="at_least",
              note="Human Rights in China estimate"),
            C("remaining_held", 12, "at least a dozen people had been detained in the last two months", qualifier="at_least",
              note="vague quantifier; recent arrests, current status not stated"),
            C("other", 3, "in one of three trials held within a week", note="number of trials"),
            C("other", 10, "close the door on ten more", note="figurative quote"),
        ],
        released_names=["Wang Youcai"],
        alias_groups={},
        not_released_names=["Qin Yongmin"],
        other_event_released_names=["Xu Wenli", "Wei Jingsheng", "Wang Dan"],
        other_people=["Margaret Ellison", "Hu Jinyu", "Kong Quan", "Richard Boucher", "John Kamm", "Sharon Hom"],
        distractors=["Wang was also released in 1991 (earlier release of the same man)",
                     "Qin Yongmin is the third founder tried in the same month and remains in prison (co-defendant still held)",
                     "11-year / 13-year / 12-year sentences", "unnamed Hangzhou writer who spent three years in prison"],
    ),
    dict(
        file="003_azerbaijan_novruz_pardon_opposition_2005_ru.txt", published="2005-03-21",
        outlet="Azerbaijani Russian-language agency, machine-translated (1 500 separators)",
        event="Azerbaijan's Novruz pardon of 114 incl. seven opposition leaders jailed over October 2003 unrest, 2005-03-19/20",
        counts=[
            C("released", 114, "signed the decree about pardoning in relation to 114 persons"),
            C("released", 7, "Ilham Aliyev has pardoned seven leaders of the opposition"),
            C("other", 1500, "about 1 500 supporters", qualifier="about", note="crowd size"),
            C("other", 1000, "about 1 000 persons were detained", qualifier="about", note="detentions in October 2003 (earlier)"),
            C("other", 125, "125 persons were later condemned", note="convictions, earlier"),
            C("released", 7000, "more than 7 000 persons were released", qualifier="more_than",
              note="cumulative since 1995; claim by Ali Hasanov"),
            C("remaining_held", 106, "as of 1 March 2005 in the country there were 106 political prisoners",
              note="Institute of Peace and Democracy list, before the decree"),
            C("released", 13, "the decree of 19 March touched only 13 persons from this list",
              note="claim by Leyla Yunus: political prisoners among those pardoned (subset)"),
            C("remaining_held", 90, "After the decree in prisons remain more than 90 political prisoners", qualifier="more_than",
              note="estimate by Leyla Yunus"),
            C("released", 129, "concerned 129 persons", note="earlier event (September 2004 decree)"),
            C("remaining_held", 14, "14 members of the party condemned in the regions for the events of October 2003 remain in colonies",
              note="per the party's lawyer"),
            C("other", 200000, "will gather 200 000 persons", note="page noise"),
            C("other", 4902, "1 USD = 4 902 manat", note="page noise"),
        ],
        released_names=["Rauf Arifoglu", "Ikram Israfil", "Arif Hajili", "Sardar Jalaloglu", "Igbal Agazade",
                        "Panah Huseyn", "Etimad Asadov"],
        alias_groups={"Rauf Arifoglu": ["Rauf Arifoghlu"], "Igbal Agazade": ["Iqbal Aghazade"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ilham Aliyev", "Ali Hasanov", "Leyla Yunus", "Andreas Gross", "Elchin Sadigov"],
        distractors=["'the freedom given by decree is not the freedom which we demanded' (quote)",
                     "terms from two and a half to five years", "the 14 regional party members are unnamed"],
    ),
    dict(
        file="004_cuba_sigler_amaya_released_2010_es.txt", published="2010-06-13",
        outlet="Caribbean news site, machine-translated from Spanish (1.200 separators)",
        event="Cuba releases Black Spring prisoner Ariel Sigler Amaya on medical parole after Church-state talks, 2010-06-12",
        counts=[
            C("other", 75, "one of the 75 opponents condemned in the so-called Black Spring of 2003", note="group name/size"),
            C("transferred_to", 6, "the authorities transferred six political prisoners to prisons near their homes",
              where="prisons near their homes", note="earlier event (after the 19 May meeting); transfer between prisons"),
            C("remaining_held", 52, "With the release of Sigler, 52 of the 75 condemned of 2003 remain behind bars"),
            C("remaining_held", 190, "as of 1 June the island maintained 190 political prisoners", note="CCDHRN count"),
            C("other", 26, "demanding the release of 26 sick political prisoners", note="demand, not a release"),
            C("other", 1200, "more than 1.200 kilometres", qualifier="more_than", note="distance"),
            C("other", 1500, "more than 1.500 signatures", qualifier="more_than", note="petition"),
            C("other", 109, "109 days in hunger strike", note="duration"),
        ],
        released_names=["Ariel Sigler Amaya"],
        alias_groups={},
        not_released_names=["Guido Sigler Amaya"],
        other_event_released_names=[],
        other_people=["Noelia Pedraza", "Ernesto Paz Rivero", "Raúl Castro", "Jaime Ortega", "Dionisio García",
                      "Elizardo Sánchez", "Guillermo Fariñas", "Orlando Zapata Tamayo", "Laura Pollán",
                      "Miguel Ángel Moratinos"],
        distractors=["Guido Sigler Amaya is the freed man's brother and remains in prison",
                     "'some of them travelled to Spain' (earlier, unnamed)", "Zapata Tamayo died after 85 days of hunger strike",
                     "prison official named next to the freed man", "25 years / 20 years sentences"],
    ),
    dict(
        file="005_belarus_bialiatski_freed_2014.txt", published="2014-06-22", outlet="British broadsheet",
        event="Belarus frees Viasna head Ales Bialiatski early under the 70th-anniversary amnesty, 2014-06-21",
        counts=[
            C("remaining_held", 7, "seven political prisoners still in Belarusian jails as of 21 June", note="Viasna count"),
            C("other", 1052, "He had served 1,052 days", note="duration"),
            C("other", 700, "more than 700 people were detained on the night of the 2010 vote", qualifier="more_than",
              note="detentions in 2010 (earlier)"),
            C("remaining_held", 40, "Viasna counted more than 40 political prisoners in 2011", qualifier="more_than",
              note="earlier event (2011 tally)"),
            C("other", 70, "70th anniversary", note="anniversary"),
        ],
        released_names=["Ales Bialiatski"],
        alias_groups={"Ales Bialiatski": ["Ales Byalyatski", "Alexander Belyatsky"]},
        not_released_names=["Mikalai Statkevich", "Mikalai Dziadok", "Ihar Alinevich"],
        other_event_released_names=["Andrei Sannikov", "Dzmitry Bandarenka"],
        other_people=["Katarzyna Wolska", "Alexander Lukashenko", "Viktar Zhuk", "Natallia Pinchuk",
                      "Valiantsin Stefanovich", "Linas Linkevičius", "Václav Havel"],
        distractors=["colony deputy head named next to the freed man", "'Dozens of others ... were released in 2011 and 2012' (vague, earlier)",
                     "Václav Havel is a prize name", "four-and-a-half-year sentence"],
    ),
    dict(
        file="006_syria_mazen_darwish_freed_2015_ngo.txt", published="2015-08-11", outlet="press-freedom NGO press release",
        event="Syria releases SCM founder Mazen Darwish from Adra prison, 2015-08-10",
        counts=[
            C("other", 15, "detained him together with 15 other people", note="2012 arrests (earlier)"),
            C("other", 4, "Darwish and four colleagues were held", note="co-defendants"),
            C("other", 20, "postponed more than 20 times", qualifier="more_than"),
            C("released", 2, "Two of the SCM defendants, Mansour al-Omari and Abdelrahman Hamada, were released in February 2013",
              note="earlier event"),
            C("released", 2, "Two others, Hani al-Zitani and Hussein Ghrer, were freed in July 2015", note="earlier event"),
            C("released", 5, "all five SCM staff members are out of prison", note="cumulative"),
            C("remaining_held", 117000, "at least 117,000 people were still detained by government forces as of 31 July 2015",
              qualifier="at_least", note="Syrian Network for Human Rights count"),
            C("remaining_held", 30, "at least 30 professional and citizen journalists are currently held by the Syrian government",
              qualifier="at_least", note="NGO's own count"),
            C("other", 1000000, "+961 1 000 000", note="page noise (phone number)"),
        ],
        released_names=["Mazen Darwish"],
        alias_groups={"Mazen Darwish": ["Mazen Darwiche"], "Bassel Khartabil": ["Bassel Safadi"]},
        not_released_names=["Bassel Khartabil", "Ali Mahmoud Othman"],
        other_event_released_names=["Yara Bader", "Mansour al-Omari", "Abdelrahman Hamada", "Hani al-Zitani", "Hussein Ghrer"],
        other_people=["Rania Haddad", "Guillermo Cano"],
        distractors=["Yara Bader is his wife and was freed after three months in 2012 (earlier)",
                     "Guillermo Cano is a prize name", "'thousands of Syrians in the same cells' (vague)"],
    ),
    dict(
        file="007_azerbaijan_intigam_aliyev_freed_2016.txt", published="2016-03-28", outlet="wire copy",
        event="Azerbaijan's Supreme Court suspends Intigam Aliyev's sentence and frees him, 2016-03-28",
        counts=[
            C("released", 148, "11 days after President Ilham Aliyev pardoned 148 prisoners", note="earlier event (17 March pardon)"),
            C("released", 14, "at least 14 of those pardoned were on their lists of political prisoners", qualifier="at_least",
              note="earlier event (17 March pardon)"),
            C("remaining_held", 80, "around 80 political prisoners remain in Azerbaijan's jails", qualifier="about",
              note="estimate by local rights activists"),
        ],
        released_names=["Intigam Aliyev"],
        alias_groups={},
        not_released_names=["Khadija Ismayilova", "Ilgar Mammadov"],
        other_event_released_names=["Rasul Jafarov", "Anar Mammadli", "Leyla Yunus", "Arif Yunus"],
        other_people=["Nailia Bagirova", "Ilham Aliyev", "Shahin Abdullayev", "Javad Javadov", "Ali Hasanov",
                      "Richard Balmforth"],
        distractors=["President Ilham Aliyev shares the surname ('not related')", "seven and a half years -> five years suspended",
                     "judge named next to the freed man"],
    ),
    dict(
        file="008_venezuela_rosmit_mantilla_freed_2016.txt", published="2016-11-17",
        outlet="broadcaster web page (cookie banner, video residue, related links)",
        event="Venezuela frees Rosmit Mantilla and two others during Vatican-mediated talks, 2016-11-17",
        counts=[
            C("released", 2, "Two other detainees, the student leader Ángel Contreras and the activist Yeimi Varela, were freed with him"),
            C("released", 5, "Five other opposition detainees were freed two weeks ago", note="earlier event (after 30 October talks)"),
            C("remaining_held", 103, "as of 14 November, 103 people remained behind bars for political reasons", note="Foro Penal count"),
            C("other", 2000, "More than 2,000 others face trial or are subject to court restrictions", qualifier="more_than",
              note="not in custody"),
            C("other", 30, "30 months in a cell", note="duration"),
            C("other", 10, "Brazil prison riot leaves 10 dead in Roraima", note="page noise"),
            C("other", 400, "exceed 400% this year", note="inflation"),
        ],
        released_names=["Rosmit Mantilla", "Ángel Contreras", "Yeimi Varela"],
        alias_groups={},
        not_released_names=["Leopoldo López", "Daniel Ceballos", "Yon Goicoechea"],
        other_event_released_names=["Carlos Melo", "Andrés León", "Marco Trejo", "Coromoto Rodríguez"],
        other_people=["Nicolás Maduro", "Jorge Rodríguez", "Claudio Maria Celli", "José Luis Rodríguez Zapatero",
                      "Alfredo Romero", "Jesús Torrealba"],
        distractors=["the fifth person freed two weeks ago is unnamed", "'many of my brothers stay inside' (vague)",
                     "Rodríguez shared by a releasee (earlier), the negotiator and the mediator"],
    ),
    dict(
        file="009_vietnam_pham_minh_hoang_deported_2017_brief.txt", published="2017-06-24", outlet="wire brief",
        event="Vietnam strips Pham Minh Hoang of citizenship and deports him to France, 2017-06-24",
        counts=[
            C("remaining_held", 90, "at least 90 prisoners of conscience remain behind bars in Vietnam", qualifier="at_least",
              note="Amnesty International estimate"),
            C("other", 17, "after 17 months behind bars", note="duration of the earlier imprisonment"),
        ],
        released_names=["Pham Minh Hoang"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Le Thi Kieu Oanh", "Tran Dai Quang"],
        distractors=["he was not in prison when deported: taken from home and expelled (counted as the main-event releasee)",
                     "he was also freed in January 2012 (earlier release of the same man)", "his wife remains in Vietnam (not detained)"],
    ),
    dict(
        file="010_turkey_deniz_yucel_freed_liveblog_2018.txt", published="2018-02-16",
        outlet="world-news live blog (timestamps, unrelated entries)",
        event="Istanbul court releases Die Welt correspondent Deniz Yücel from pre-trial detention; he flies to Germany, 2018-02-16",
        counts=[
            C("remaining_held", 4, "at least four other German citizens remained in Turkish custody", qualifier="at_least",
              note="claim by Sigmar Gabriel"),
            C("remaining_held", 3, "The three, who deny the charges, will remain in prison", note="Altan brothers and Ilicak, separate case"),
            C("remaining_held", 73, "Turkey held at least 73 journalists in jail as of 1 December 2017", qualifier="at_least",
              note="CPJ count"),
            C("other", 366, "He spent 366 days in pre-trial detention", note="duration"),
            C("other", 18, "seeking up to 18 years in prison", note="sentence sought"),
            C("released", 6000, "Authorities have freed more than 6,000 prisoners since January", qualifier="more_than",
              note="earlier event; page noise (unrelated Ethiopia entry)"),
            C("other", 214, "Comments (214)", note="page noise"),
        ],
        released_names=["Deniz Yücel"],
        alias_groups={"Deniz Yücel": ["Deniz Yucel"]},
        not_released_names=["Ahmet Altan", "Mehmet Altan", "Nazlı Ilıcak"],
        other_event_released_names=["Peter Steudtner", "Meşale Tolu"],
        other_people=["Dilek Mayatürk-Yücel", "Sigmar Gabriel", "Veysel Ok", "Angela Merkel", "Binali Yıldırım",
                      "Recep Tayyip Erdoğan", "Hailemariam Desalegn"],
        distractors=["his wife Dilek Mayatürk-Yücel shares part of the surname", "life sentences for three journalists the same day",
                     "release pending trial (indictment accepted)", "Munich Security Conference / Olympics entries"],
    ),
    dict(
        file="011_vietnam_nguyen_van_dai_germany_2018.txt", published="2018-06-08", outlet="wire copy",
        event="Vietnam frees Nguyen Van Dai and Le Thu Ha and sends them into exile in Germany, 2018-06-07",
        counts=[
            C("transferred_to", 2, "The two were flown to Germany", where="Germany"),
            C("released", 2, "The two were flown to Germany", note="inferred: the two freed prisoners"),
            C("remaining_held", 4, "The four other defendants remain in prison."),
            C("other", 6, "They were among six members of the Brotherhood for Democracy", note="all defendants in the trial"),
            C("remaining_held", 97, "at least 97 prisoners of conscience are held in the country", qualifier="at_least",
              note="Amnesty International estimate"),
        ],
        released_names=["Nguyen Van Dai", "Le Thu Ha"],
        alias_groups={},
        not_released_names=["Nguyen Trung Ton", "Truong Minh Duc", "Nguyen Bac Truyen", "Pham Van Troi", "Trinh Xuan Thanh"],
        other_event_released_names=[],
        other_people=["Vu Minh Khanh", "Bui Thi Kim Phuong", "Bärbel Kofler", "Neil Fullick"],
        distractors=["Dai's wife travelled with him (not a releasee)", "Dai served four years 2007-2011 (earlier release of the same man)",
                     "co-defendants remain in prison", "Trinh Xuan Thanh was sentenced to life (held, not a political-prisoner release)"],
    ),
    dict(
        file="012_vietnam_tran_thi_nga_germany_2020_de.txt", published="2020-01-28",
        outlet="German regional daily, machine-translated (9.000 separators)",
        event="Vietnam frees Tran Thi Nga early and she is flown to Frankfurt with her family, 2020-01-27",
        counts=[
            C("remaining_held", 138, "Vietnam currently holds about 138 political prisoners", qualifier="about",
              note="Human Rights Watch estimate"),
            C("other", 9000, "more than 9.000 kilometres", qualifier="more_than", note="distance"),
            C("other", 2000, "more than 2.000 people who had written letters", qualifier="more_than", note="letter writers"),
            C("other", 13, "more than 13 billion euros", qualifier="more_than", note="trade volume"),
            C("other", 1200, "1.200 Beschäftigte am Flughafen im Warnstreik", note="page noise"),
        ],
        released_names=["Tran Thi Nga"],
        alias_groups={"Nguyen Ngoc Nhu Quynh": ["Mother Mushroom", "Me Nam"]},
        not_released_names=["Le Dinh Luong", "Nguyen Van Hoa"],
        other_event_released_names=["Nguyen Van Dai", "Le Thu Ha", "Nguyen Ngoc Nhu Quynh"],
        other_people=["Bärbel Kofler"],
        distractors=["her partner and two sons travelled with her (unnamed, not prisoners)",
                     "nine years prison and five years house arrest", "Dai and Ha 2018, Mother Mushroom 2018 are earlier releases"],
    ),
    dict(
        file="013_egypt_amashah_home_jersey_city_2020.txt", published="2020-05-05",
        outlet="US local newspaper (comments, newsletter, related)",
        event="Egypt frees US-Egyptian student Mohamed Amashah after he renounces his Egyptian citizenship; he flies to Newark, 2020-05-03",
        counts=[
            C("remaining_held", 60000, "Egypt holds more than 60,000 political prisoners", qualifier="more_than",
              note="estimate by human rights groups"),
            C("remaining_held", 20, "at least 20 U.S. citizens and permanent residents remain detained in Egypt", qualifier="at_least",
              note="Freedom Initiative count"),
            C("other", 420, "after 420 days in Egyptian custody", note="duration"),
            C("other", 30, "lost more than 30 pounds", qualifier="more_than"),
            C("other", 15000, "Hudson County COVID-19 cases top 15,000", note="page noise"),
        ],
        released_names=["Mohamed Amashah"],
        alias_groups={},
        not_released_names=["Reem Desouky"],
        other_event_released_names=["Mohamed Soltan"],
        other_people=["Danielle Ortega", "Samia Hassan", "Albio Sires", "Mike Pompeo", "Moustafa Kassem"],
        distractors=["Moustafa Kassem died in custody (not held, not released)",
                     "Soltan was freed in 2015 after renouncing citizenship (earlier event)", "renounced citizenship to be deported"],
    ),
    dict(
        file="014_egypt_esraa_mahienour_freed_2021.txt", published="2021-07-19", outlet="British broadsheet",
        event="Egypt releases Esraa Abdel Fattah, Mahienour el-Massry, Moataz Wadnan and Mustafa al-Aassar pending investigation, 2021-07-18",
        counts=[
            C("released", 4, "Egyptian authorities have released four prominent detainees"),
            C("remaining_held", 60000, "Egypt holds some 60,000 political prisoners", qualifier="about",
              note="Human Rights Watch estimate"),
            C("other", 21, "held for 21 months without trial", note="duration"),
            C("other", 17, "released after 17 months in detention", note="duration (earlier release)"),
        ],
        released_names=["Esraa Abdel Fattah", "Mahienour el-Massry", "Moataz Wadnan", "Mustafa al-Aassar"],
        alias_groups={"Esraa Abdel Fattah": ["Israa Abdel-Fattah"], "Mahienour el-Massry": ["Mahinour al-Masri"]},
        not_released_names=["Alaa Abd El-Fattah", "Mohamed el-Baqer", "Sanaa Seif", "Patrick Zaki"],
        other_event_released_names=["Solafa Magdy", "Hossam el-Sayed"],
        other_people=["Ruth Michaelson-Hale", "Hosni Mubarak", "Hesham Geneina", "Abdel Fattah al-Sisi", "Hossam Bahgat",
                      "Laila Soueif"],
        distractors=["Alaa Abd El-Fattah is 'no relation' to Esraa Abdel Fattah (similar surname, still held)",
                     "Abdel Fattah al-Sisi contains the same name element", "release pending investigation, cases still open"],
    ),
    dict(
        file="015_myanmar_october_amnesty_2021.txt", published="2021-10-19", outlet="wire copy",
        event="Myanmar junta amnesty of 5,636; coup opponents freed from Insein and other prisons, 2021-10-18",
        counts=[
            C("released", 5636, "announced an amnesty for 5,636 prisoners"),
            C("released", 450, "about 450 people had been released from Insein by evening", qualifier="about"),
            C("released", 1316, "1,316 people convicted of offences would be freed", note="planned; subset of the 5,636"),
            C("released", 4320, "charges against 4,320 people awaiting trial would be dropped", note="planned; subset of the 5,636"),
            C("remaining_held", 7355, "as of Oct. 18, 7,355 people remained in detention", note="AAPP count"),
            C("other", 1178, "security forces had killed 1,178 people since February", note="deaths"),
            C("remaining_held", 110, "at least 110 of those freed had been re-arrested", qualifier="at_least",
              note="claim by AAPP and relatives; re-arrested after release"),
            C("released", 23000, "more than 23,000 prisoners in a mass amnesty in February", qualifier="more_than",
              note="earlier event"),
        ],
        released_names=["Monywa Aung Shin", "Thura Zaw", "Hnin Pwint Phyu"],
        alias_groups={},
        not_released_names=["Aung San Suu Kyi", "Win Myint", "Danny Fenster", "Sean Turnell"],
        other_event_released_names=[],
        other_people=["Min Aung Hlaing", "Zaw Min Tun", "Tom Andrews", "Martin Petty", "Ed Davies"],
        distractors=["'thousands remained behind bars' (vague)", "Thadingyut festival", "ASEAN summit exclusion"],
    ),
    dict(
        file="016_india_saibaba_walks_out_nagpur_2024.txt", published="2024-03-08", outlet="Indian city newspaper",
        event="G N Saibaba and co-accused leave Nagpur Central Jail after Bombay HC acquittal, 2024-03-07",
        counts=[
            C("released", 3, "Three of the accused walked out of the prison on Thursday"),
            C("other", 5, "acquitted him and five others", note="co-accused acquitted; not all were in custody"),
            C("remaining_held", 5, "at least five accused in the Elgar Parishad case were still in jail", qualifier="at_least",
              note="PUCL; different case"),
            C("other", 90, "90% physical disability"),
            C("other", 3, "3 held for chain snatching in Dharampeth", note="page noise"),
        ],
        released_names=["G N Saibaba", "Mahesh Tirki", "Hem Mishra"],
        alias_groups={},
        not_released_names=["Prashant Rahi"],
        other_event_released_names=[],
        other_people=["Rajesh Wankhede", "Vaibhav Aage", "G Ramdevudu", "Vinay Joshi", "Valmiki SA Menezes",
                      "A S Vasantha Kumari"],
        distractors=["Prashant Rahi is acquitted but still lodged elsewhere, release expected (planned)",
                     "Vijay Tirki was already out on bail", "Pandu Narote died in custody in 2022",
                     "October 2022 acquittal was suspended; he was never released then", "jail superintendent named next to the freed men"],
    ),
    dict(
        file="017_bahrain_eid_pardon_ngo_2024.txt", published="2024-04-09", outlet="NGO press release",
        event="Bahrain royal Eid pardon of 1,584 prisoners, hundreds of political prisoners freed from Jau, 2024-04-08",
        counts=[
            C("released", 1584, "The royal decree pardoned 1,584 prisoners"),
            C("released", 630, "at least 630 of those released had been imprisoned in politically motivated cases", qualifier="at_least",
              note="NGO's confirmed subset"),
            C("remaining_held", 1200, "about 1,200 political prisoners were held in Bahrain as of 1 April 2024", qualifier="about",
              note="NGO estimate before the pardon"),
            C("remaining_held", 550, "around 550 political prisoners remain behind bars", qualifier="about", note="NGO estimate after the pardon"),
            C("remaining_held", 12, "the 12 prisoners who remain on death row"),
            C("released", 1486, "1,486 prisoners were freed through pardons and non-custodial sentences", note="earlier event (March 2020)"),
            C("other", 46, "a total of 46 years", note="sentence"),
        ],
        released_names=["Hussain Ali Mahdi", "Sayed Kadhem Hashim"],
        alias_groups={"Abdulhadi Al-Khawaja": ["Abdul-Hadi al-Khawajah"]},
        not_released_names=["Jaafar Ali Mahdi", "Abdulhadi Al-Khawaja", "Abduljalil al-Singace", "Hassan Mushaima",
                            "Ali Salman", "Mohamed Ramadhan", "Husain Moosa"],
        other_event_released_names=[],
        other_people=["Hamad bin Isa Al Khalifa", "Maryam Al-Khawaja", "Fatema Abdulla"],
        distractors=["Jaafar Ali Mahdi is the freed man's brother, convicted in the same case, still in Jau",
                     "Maryam Al-Khawaja is a relative (daughter) of a prisoner", "'hundreds of political prisoners' (vague)",
                     "unnamed sister quoted"],
    ),
    dict(
        file="018_iran_floderus_azizi_nouri_swap_2024.txt", published="2024-06-15",
        outlet="broadcaster web page (cookie banner, video residue, related links)",
        event="Oman-mediated swap: Iran frees Johan Floderus and Saeed Azizi, Sweden frees Hamid Nouri, 2024-06-15",
        counts=[
            C("released", 2, "the swap saw two Swedish citizens released by Iran in return for Nouri"),
            C("remaining_held", 12, "at least a dozen Europeans", qualifier="at_least", note="Europeans believed held in Iran"),
            C("other", 5000, "about 5,000 prisoners were executed across Iran that year", qualifier="about", note="1988 executions"),
            C("other", 12, "Storms leave 12 dead in southern Germany", note="page noise"),
        ],
        released_names=["Johan Floderus", "Saeed Azizi", "Hamid Nouri"],
        alias_groups={"Hamid Nouri": ["Hamid Noury"]},
        not_released_names=["Ahmadreza Djalali"],
        other_event_released_names=[],
        other_people=["Ulf Kristersson", "Nasser Kanaani", "Vida Mehrannia"],
        distractors=["Nouri is the other side of the swap (convicted ex-prison official), counted as freed in the main event",
                     "Belgian aid worker freed in 2023 (related link, unnamed)", "Djalali on death row since 2017"],
    ),
    dict(
        file="019_vietnam_tran_huynh_duy_thuc_feature_2024.txt", published="2024-09-28", outlet="long-read feature",
        event="Vietnam frees Tran Huynh Duy Thuc early, before To Lam's New York trip, 2024-09-19/20",
        counts=[
            C("remaining_held", 164, "listed 164 political prisoners as of 1 September 2024", note="Project 88 count"),
            C("other", 3, "with three other men", note="co-defendants (all freed earlier)"),
            C("other", 400, "I wrote more than 400 letters", qualifier="more_than"),
            C("other", 1300, "about 1,300 kilometres to the north", qualifier="about", note="distance"),
            C("other", 24, "refused food for 24 days", note="hunger strike"),
        ],
        released_names=["Tran Huynh Duy Thuc"],
        alias_groups={"Tran Huynh Duy Thuc": ["Trần Huỳnh Duy Thức", "Tran Dong Chan"]},
        not_released_names=["Pham Doan Trang", "Dang Dinh Bach", "Nguyen Thuy Hanh"],
        other_event_released_names=["Le Cong Dinh", "Nguyen Tien Trung", "Le Thang Long", "Nguyen Van Dai",
                                    "Nguyen Ngoc Nhu Quynh"],
        other_people=["Linh Dao Wentworth", "To Lam", "Joe Biden", "Tran Van Huynh"],
        distractors=["'the only one of the four still behind bars' (for the last eight years)", "16 years + five years probation",
                     "unnamed former fellow prisoner and sister quoted", "father Tran Van Huynh shares name elements"],
    ),
    dict(
        file="020_iran_olivier_grondeau_freed_2025_fr.txt", published="2025-03-20",
        outlet="French regional daily, machine-translated (1 000 separators)",
        event="Iran frees Frenchman Olivier Grondeau, flown to Le Bourget; Kohler and Paris still held, 2025-03-20",
        counts=[
            C("remaining_held", 2, "with the release of Olivier Grondeau, two remain"),
            C("remaining_held", 3, "Paris counted still three of its nationals detained in Iran",
              note="tally at the beginning of the year, before this release"),
            C("remaining_held", 20, "which human rights organisations estimate at about twenty", qualifier="about",
              note="Europeans detained in Iran"),
            C("other", 1000, "more than 1 000 persons were executed in Iran in 2024", qualifier="more_than", note="executions"),
            C("other", 887, "887 days", note="duration"),
            C("other", 2500, "with 2 500 people expected", note="page noise"),
        ],
        released_names=["Olivier Grondeau"],
        alias_groups={},
        not_released_names=["Cécile Kohler", "Jacques Paris"],
        other_event_released_names=["Benjamin Brière", "Bernard Phelan", "Louis Arnaud", "Cecilia Sala"],
        other_people=["Emmanuel Macron", "Jean-Noël Barrot", "Noémie Kohler"],
        distractors=["Noémie Kohler is the sister of a prisoner", "'Paris' is both a prisoner's surname and the French capital/government",
                     "Cecilia Sala appears only in a Read-also link"],
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
