#!/usr/bin/env python3
"""Gold for devset_h (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name occurs in it
(names: case-insensitive, for all-caps bylines/credits).

Note keywords follow shared/eval/score.py: "earlier event" (scope other_event: extracting it
as this_event is a false positive); "cumulative", "planned", "projected", "inferred",
"vague quantifier", "claim by" (optional: not required, not a false positive)."""
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
        file="001_sirius_star_ransom.txt", published="2009-01-10", outlet="Reuters wire (web page, Read Next list)",
        event="Somali pirates free the Sirius Star supertanker and 25 crew after ransom, 2009-01-09",
        counts=[
            C("released", 25, "freed the Saudi supertanker Sirius Star and its 25 crew"),
            C("other", 19, "The crew is made up of 19 Filipinos", note="subset of the 25 (nationalities)"),
            C("other", 5, "five of the gang drowned", note="pirates drowned"),
            C("other", 3, "Three others from the same boat swam to shore", note="pirates"),
            C("other", 13, "still holding at least 13 vessels", qualifier="at_least", note="ships, not people"),
            C("remaining_held", 240, "were still holding at least 13 vessels and more than 240 crew members",
              qualifier="more_than", note="estimate by seafarers' programme"),
            C("released", 28, "pirates freed the Egyptian cargo ship Blue Star and its 28 crew",
              note="earlier event (earlier this week)"),
            C("other", 110, "Pirates attacked more than 110 ships", qualifier="more_than", note="attacks last year"),
            C("other", 42, "seizing 42 of them", note="hijackings last year"),
            C("other", 800, "death toll passes 800", note="page noise"),
        ],
        released_names=["Marek Niski", "Peter French", "James Grady"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abdi Sheikh", "Wangui Kanina", "Mohamed Said", "Andrew Mwangura", "Mohamed Ahmed",
                      "Daniel Wallis", "Giles Elgood"],
        distractors=["$3 million ransom; $153,000; $100 million; 2 million barrels", "57 days", "French's wife Gill (first name only)",
                     "Mohamed Said is a pirate speaking for the gang", "'more than a dozen countries' (navies)"],
    ),
    dict(
        file="002_lima_embassy_hostages.txt", published="1996-12-23", outlet="AP wire archive",
        event="MRTA rebels free 225 hostages from the Japanese ambassador's residence in Lima, 1996-12-22",
        counts=[
            C("released", 225, "released 225 hostages"),
            C("remaining_held", 140, "kept 140 people captive"),
            C("other", 7, "at least seven ambassadors", qualifier="at_least", note="subset of the 225"),
            C("other", 400, "the release of more than 400 jailed comrades", qualifier="more_than",
              note="rebels' demand: MRTA members jailed by Peru, not hostages (judgement call)"),
            C("other", 24, "24 Japanese citizens are among the remaining captives", note="subset of the 140 still held"),
            C("released", 38, "on Friday freed 38 more people", note="earlier event (Friday, 1996-12-20)"),
            C("other", 14, "14 to 20 rebels", note="hostage-takers"),
        ],
        released_names=["Javier Diez Canseco"],
        alias_groups={},
        not_released_names=["Francisco Tudela", "Morihisa Aoki", "Carlos Giusti", "Pedro Fujimori", "Victor Polay"],
        other_event_released_names=["Anthony Vincent"],
        other_people=["Monte Hayes", "Nestor Cerpa Cartolini", "Michel Minnig", "Alberto Fujimori", "Yukihiko Ikeda",
                      "Akihito"],
        distractors=["Pedro Fujimori (held) vs Alberto Fujimori (president); 'Fujimori' alone = the president",
                     "Victor Polay is jailed by Peru (serving life), listed as still held",
                     "'hundreds of guests' / 'most of the women' vague (first night)", "11 p.m.; three buses"],
    ),
    dict(
        file="003_glienicke_powers_abel.txt", published="1962-02-10", outlet="UPI wire archive",
        event="Powers exchanged for Abel on the Glienicke Bridge; Pryor released at Checkpoint Charlie, 1962-02-10",
        counts=[
            C("remaining_held", 2, "two other Americans were still imprisoned"),
        ],
        released_names=["Francis Gary Powers", "Rudolf Ivanovich Abel", "Frederic L. Pryor"],
        alias_groups={"Rudolf Ivanovich Abel": ["William Fisher"]},
        not_released_names=["Marvin W. Makinen"],
        other_event_released_names=[],
        other_people=["Daniel F. Gilmore", "James B. Donovan", "Wolfgang Vogel", "Pierre Salinger", "Kennedy",
                      "Oliver Powers", "Millard Pryor"],
        distractors=["21 months; 28-year-old; 30-year sentence; 10 years, three of them in prison; 170 days; 8:52 a.m.; 3 a.m.",
                     "Oliver Powers and Millard Pryor are fathers (same surnames as releasees)", "wife Barbara (first name only)",
                     "William Fisher is Abel's believed real name (alias, not another person)"],
    ),
    dict(
        file="004_georgia_russian_officers.txt", published="2006-10-02", outlet="UK broadcaster web page (cookie banner)",
        event="Georgia hands four Russian officers accused of spying to the OSCE; flown to Moscow, 2006-10-02",
        counts=[
            C("released", 4, "Georgia has handed over four Russian army officers"),
            C("transferred_to", 4, "The four were then flown to Moscow", where="Moscow"),
            C("remaining_held", 11, "Eleven Georgian citizens accused of spying for Russia remain in custody"),
            C("other", 130, "more than 130 Georgians had been detained", qualifier="more_than",
              note="detained in Russia for deportation; arrests, not releases"),
            C("other", 12, "Bomb kills 12", note="page noise"),
        ],
        released_names=["Alexander Savva"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Karel De Gucht", "Mikheil Saakashvili", "Sergei Ivanov", "Vano Merabishvili", "Sergei Lavrov",
                      "Matthew Collin"],
        distractors=["handed to the OSCE chairman (intermediary, no count)", "'hundreds of thousands who work in Russia' vague",
                     "17:48 GMT"],
    ),
    dict(
        file="005_turkey_mosul_hostages_statement.txt", published="2014-09-20", outlet="government statement (prime ministry web page)",
        event="Turkey announces return of 49 hostages seized at its Mosul consulate, 2014-09-20",
        counts=[
            C("released", 49, "our 49 hostages who had been held since 11 June, when our Consulate General in Mosul was raided, have been freed"),
            C("other", 46, "Forty-six of our hostages are Turkish citizens", note="subset of the 49"),
            C("other", 3, "three are Iraqi nationals", note="subset of the 49"),
            C("transferred_to", 49, "were flown to Ankara on a government aircraft", where="Ankara",
              note="inferred: the freed hostages brought home; optional"),
            C("released", 32, "the 32 truck drivers of our country who were detained in Mosul on 10 June were also brought back home",
              note="earlier event (3 July 2014)"),
            C("other", 3, "(3 lives lost)", note="page noise"),
        ],
        released_names=["Öztürk Yılmaz"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ahmet Davutoğlu", "Hakan Fidan", "Recep Tayyip Erdoğan"],
        distractors=["101 days", "his wife and children (unnamed)", "'no ransom was paid' (claim)", "40th anniversary (page noise)"],
    ),
    dict(
        file="006_moore_gilbert_swap.txt", published="2020-11-26", outlet="Australian broadcaster web page (video residue, related stories)",
        event="Iran frees Kylie Moore-Gilbert in exchange for three Iranians jailed in Thailand, 2020-11-25",
        counts=[
            C("exchanged", 3, "in exchange for three Iranian men"),
            C("released", 2, "Iran freed two other Australians", note="earlier event (October 2019)"),
            C("remaining_held", 12, "at least a dozen dual and foreign nationals remain in Iranian prisons", qualifier="at_least",
              note="vague quantifier ('a dozen'); claim by rights groups"),
            C("other", 45000, "death toll passes 45,000", note="page noise"),
        ],
        released_names=["Kylie Moore-Gilbert", "Saeid Moradi", "Mohammad Khazaei", "Masoud Sedaghatzadeh"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Jolie King", "Mark Firkin", "Reza Dehbashi"],
        other_people=["Stephen Dziedzic", "Tom Joyner", "Scott Morrison", "Marise Payne", "Jessie Moritz"],
        distractors=["more than 800 days; 10 years; 15-year sentence; 2 minutes 13 seconds", "'Dr Moore-Gilbert' title variant",
                     "Reza Dehbashi returned to Iran in the 2019 exchange (other event)"],
    ),
    dict(
        file="007_heath_baghdad_britons.txt", published="1990-10-23", outlet="Reuters wire brief",
        event="Edward Heath flies home with 33 Britons freed by Iraq, 1990-10-23",
        counts=[
            C("released", 33, "33 Britons freed by Iraq"),
            C("transferred_to", 33, "flew into London on Tuesday with 33 Britons", where="London",
              note="inferred: flown home; optional"),
            C("remaining_held", 1400, "about 1,400 Britons were still trapped", qualifier="about"),
            C("other", 300, "more than 300 of them held at military and industrial sites", qualifier="more_than",
              note="subset of the 1,400 still held"),
            C("released", 95, "brought home 95 Austrians", note="earlier event (August 1990)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Edward Heath", "Saddam Hussein", "Douglas Hurd", "Kurt Waldheim"],
        distractors=["'several more Britons' promised (planned, vague)", "Heath, 74; 3 p.m. (1400 GMT) — 1400 is a clock time"],
    ),
    dict(
        file="008_dieu_cay_deported.txt", published="2014-10-21", outlet="AFP wire",
        event="Vietnam frees blogger Nguyen Van Hai (Dieu Cay) and flies him to the US, 2014-10-21",
        counts=[
            C("remaining_held", 100, "Vietnam still has well over 100 political prisoners", qualifier="more_than",
              note="HRW estimate"),
        ],
        released_names=["Nguyen Van Hai"],
        alias_groups={"Nguyen Van Hai": ["Dieu Cay"]},
        not_released_names=["Ta Phong Tan"],
        other_event_released_names=["Phan Thanh Hai"],
        other_people=["Duong Thi Tan", "Barack Obama", "John Kerry", "Phil Robertson", "Nguyen Tri Dung"],
        distractors=["'Hai' alone = Nguyen Van Hai; Phan Thanh Hai is a different person freed in August",
                     "'Tan' alone = Ta Phong Tan (held); Duong Thi Tan is the former wife", "62; six years; 12 years; 10 years; four years",
                     "'jailing dozens of bloggers' vague", "flown to Los Angeles / the United States (no count)"],
    ),
    dict(
        file="009_bosnia_all_for_all_exchange.txt", published="1996-01-27", outlet="AP wire",
        event="Bosnian government, Serbs and Croats free 662 prisoners in ICRC-supervised Dayton exchange, 1996-01-27",
        counts=[
            C("released", 662, "freed 662 prisoners"),
            C("exchanged", 305, "The Muslim-led government freed 305 prisoners"),
            C("exchanged", 246, "the Bosnian Serbs released 246 Muslims and Croats"),
            C("exchanged", 111, "the Bosnian Croats let 111 people go"),
            C("released", 901, "brought to 901 the number of prisoners freed since Jan. 19", note="cumulative since the Jan. 19 deadline"),
            C("remaining_held", 131, "131 registered detainees remained in custody"),
            C("remaining_held", 400, "holding more than 400 additional Serbs", qualifier="more_than",
              note="claim by Bosnian Serb officials; unsupported"),
            C("other", 19, "all but 19 of them Serbs", note="subset of the 305 ('all but': 286 Serbs)"),
            C("other", 21, "holding 21 of the remaining prisoners on suspicion of war crimes", note="subset of the 131"),
            C("other", 10000, "more than 10,000 people missing", qualifier="more_than", note="missing persons"),
            C("other", 60000, "60,000-strong peace force", note="troops"),
        ],
        released_names=["Hasan Mujanovic"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Samir Krilic", "Kemal Muftic", "Jean-Pierre Gontard", "Carl Bildt", "Richard Holbrooke"],
        distractors=["'scores of others were still being held' vague", "47; 90 kilos / 52", "April 1992; May 1992"],
    ),
    dict(
        file="010_jangebe_schoolgirls.txt", published="2021-03-02", outlet="Nigerian newspaper (ads, READ ALSO, most-read list)",
        event="Abducted Jangebe (Zamfara) schoolgirls freed, 2021-03-02",
        counts=[
            C("released", 279, "The 279 students of Government Girls Secondary School (GGSS), Jangebe, in Talata Mafara Local Government Area of Zamfara State, who were abducted by bandits last Friday, have regained freedom"),
            C("other", 317, "put the number of abducted students at 317", note="initial police figure for those abducted; corrected"),
            C("released", 27, "Kagara: 27 students, 15 others freed", note="earlier event (Kagara, READ ALSO headline)"),
            C("released", 15, "15 others freed", note="earlier event (Kagara, READ ALSO headline)"),
            C("other", 27, "abducted 27 students, three staff and 12 members of their families", note="Kagara abduction (earlier)"),
            C("released", 42, "All 42 were released last Saturday", note="earlier event (Kagara, 2021-02-27)"),
            C("other", 10, "Bandits kill 10", note="page noise"),
        ],
        released_names=["Hafsat Sani"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Shehu Umar", "Bello Matawalle", "Sulaiman Tanau Anka", "Mohammed Shehu", "Abubakar Jangebe",
                      "Muhammadu Buhari", "Garba Shehu"],
        distractors=["'None of the girls is missing'", "two daughters of a parent", "3am; 87 Comments; N485/$1",
                     "handover to parents 'possibly on Wednesday' (planned, no count)", "Jangebe is also the town name"],
    ),
    dict(
        file="011_cuba_prisoners_madrid_es.txt", published="2010-07-13", outlet="Spanish daily, machine-translated",
        event="First seven Cuban Black Spring prisoners freed and flown to Madrid under Church-brokered deal, 2010-07-13",
        counts=[
            C("released", 7, "The seven freed men"),
            C("transferred_to", 7, "Seven of the 52 political prisoners whom the Cuban government has committed to release landed this Tuesday at Madrid's Barajas airport",
              where="Madrid"),
            C("released", 52, "the 52 political prisoners whom the Cuban government has committed to release",
              note="planned (total under the agreement)"),
            C("other", 33, "accompanied by 33 relatives", note="relatives"),
            C("other", 75, "arrested 75 dissidents", note="arrests in 2003"),
            C("released", 23, "23 had already left prison before this agreement", note="earlier event (mostly medical parole)"),
            C("remaining_held", 45, "The other 45 included in the list are still in prison"),
            C("remaining_held", 167, "counted 167 political prisoners on the island before the agreement",
              note="commission estimate before this release"),
            C("remaining_held", 300, "more than 300 in 2003", qualifier="more_than", note="earlier event (2003 figure)"),
            C("other", 1000000, "1.000.000 de personas", note="page noise"),
        ],
        released_names=["Ricardo González Alfonso", "Julio César Gálvez", "José Luis García Paneque", "Léster González Pentón",
                        "Omar Ruiz Hernández", "Antonio Villarreal", "Luis Milán Fernández"],
        alias_groups={},
        not_released_names=["Héctor Maseda"],
        other_event_released_names=[],
        other_people=["Mauricio Vicent", "José Manuel Romero", "Jaime Ortega", "Raúl Castro", "Miguel Ángel Moratinos",
                      "Laura Pollán", "Orlando Zapata Tamayo", "Guillermo Fariñas", "Elizardo Sánchez",
                      "Juan Pablo de Laiglesia", "José Luis Rodríguez Zapatero"],
        distractors=["Pablo Pacheco is expected to travel Thursday (announced, not yet freed: no list)",
                     "Héctor Maseda is Laura Pollán's husband and stays in prison", "up to 28 years; 65; 20 years; 85-day; 134 days",
                     "about 1.500 euros; 15.000 millones (page noise)", "Comentarios (142)"],
    ),
    dict(
        file="012_cameroon_kamto_fr.txt", published="2019-10-05", outlet="Cameroonian daily, machine-translated from French",
        event="Maurice Kamto and 102 MRC supporters freed from Kondengui, 2019-10-05",
        counts=[
            C("released", 102, "Maurice Kamto and 102 of his supporters were freed"),
            C("released", 333, "the end of proceedings against 333 people detained for misdemeanours linked to the crisis",
              note="earlier event (Thursday order on Anglophone-crisis detainees; releases began Friday)"),
            C("remaining_held", 100, "\"more than one hundred\" MRC militants arrested in other towns, in particular in Douala and Bafoussam, remain in detention",
              qualifier="more_than", note="claim by Kamto's lawyer"),
            C("remaining_held", 9, "nine other separatist leaders sentenced to life imprisonment on 20 August remain in prison",
              note="plus Ayuk Tabe (ten in all)"),
            C("other", 3000, "more than 3 000 dead", qualifier="more_than", note="conflict deaths"),
            C("other", 500000, "more than 500 000 displaced", qualifier="more_than", note="displaced"),
            C("other", 12000, "12 000 households", note="page noise"),
        ],
        released_names=["Maurice Kamto", "Christian Penda Ekoka", "Albert Dzongang", "Alain Fogué Tedom"],
        alias_groups={},
        not_released_names=["Julius Ayuk Tabe", "Mancho Bibixy"],
        other_event_released_names=[],
        other_people=["Arthur Wandji", "Paul Biya", "Joseph Dion Ngute", "Sylvain Souop"],
        distractors=["14,23 % / 71,28 % (decimal commas)", "nine months; 14 h 30; 65 years old; 15 years",
                     "'several hundred supporters' vague", "beaten 1-0 (page noise)"],
    ),
    dict(
        file="013_papua_clemency_ngo.txt", published="2015-05-09", outlet="NGO press release",
        event="Jokowi grants clemency to five Papuan political prisoners at Abepura prison, 2015-05-09",
        counts=[
            C("released", 5, "The five walked free"),
            C("released", 90, "some 90 more could be freed", qualifier="about", note="planned (announced, no timetable)"),
            C("remaining_held", 42, "recorded 42 political prisoners in Papua, including the five released today",
              note="as of 30 April 2015, before this release"),
            C("remaining_held", 29, "At least 29 more political prisoners are held in Maluku", qualifier="at_least"),
            C("other", 264, "264 people were arrested", note="arrests in April"),
            C("other", 2, "two soldiers were killed", note="2003 raid"),
        ],
        released_names=["Apotnalogolik Lokobal", "Numbungga Telenggen", "Kimanus Wenda", "Linus Hiluka", "Jefrai Murib"],
        alias_groups={},
        not_released_names=["Filep Karma"],
        other_event_released_names=[],
        other_people=["Jokowi", "Tedjo Edhy Purdijatno", "Esther Cann", "Lukas Enembe", "Victor Mambor", "Paul Barber"],
        distractors=["more than 11 years; 19 years to life; 15 years; 500 km", "articles 106 and 110; phone number",
                     "Filep Karma refused clemency and stays in prison", "'in stages' release promised"],
    ),
    dict(
        file="014_transnistria_ilascu_group_explainer.txt", published="2007-06-04", outlet="explainer / timeline",
        event="Transnistria frees Andrei Ivanţoc and Tudor Petrov-Popa, last of the Ilaşcu group, 2007-06-02",
        counts=[
            C("released", 2, "the last two members of the so-called Ilaşcu group still held by the breakaway Transnistrian authorities, were freed"),
            C("other", 6, "Six men, all supporters of unification with Romania, were arrested", note="arrests in 1992"),
            C("other", 2, "the murder of two local officials", note="charges"),
        ],
        released_names=["Andrei Ivanţoc", "Tudor Petrov-Popa"],
        alias_groups={"Andrei Ivanţoc": ["Andrei Ivantoc"], "Ilie Ilaşcu": ["Ilie Ilascu"]},
        not_released_names=[],
        other_event_released_names=["Ilie Ilaşcu", "Alexandru Leşco", "Petru Godiac", "Valeriu Garbuz"],
        other_people=["Eudochia Ivanţoc", "Vladimir Voronin", "Igor Smirnov"],
        distractors=["15-year / 12-year sentences; 180,000 and 190,000 euros", "Fifteen years on (duration)",
                     "Eudochia Ivanţoc is the wife", "'several Moldovan citizens are detained' vague",
                     "1,200 hectares; 5+2 (page noise)", "correction note dates"],
    ),
    dict(
        file="015_saudi_ritz_carlton_oped.txt", published="2018-02-01", outlet="newspaper op-ed",
        event="Saudi Arabia releases Alwaleed bin Talal and others from Ritz-Carlton detention, 2018-01-27",
        counts=[
            C("remaining_held", 56, "only 56 were still being held"),
            C("other", 381, "Of the 381 people summoned", note="summoned since Nov. 4 (some as witnesses)"),
            C("other", 400, "more than 400 billion riyals", qualifier="more_than", note="money"),
        ],
        released_names=["Alwaleed bin Talal", "Waleed al-Ibrahim"],
        alias_groups={"Alwaleed bin Talal": ["Al-Waleed bin Talal"]},
        not_released_names=["Bakr bin Laden", "Turki bin Abdullah"],
        other_event_released_names=["Miteb bin Abdullah"],
        other_people=["Nadia Al-Harthy", "Mohammed bin Salman", "Saud al-Mojeb", "King Salman"],
        distractors=["$106 billion; more than $1 billion; $1.4 billion; 14 years", "Comments 318; 7 min",
                     "Bakr bin Laden / Turki bin Abdullah: said to be still held (hedged)"],
    ),
    dict(
        file="016_sudan_detainees_liveblog.txt", published="2019-04-12", outlet="UK newspaper live blog",
        event="Sudan: detainees freed after Bashir's ouster; military council orders release of protesters, 2019-04-11/12",
        counts=[
            C("released", 300, "more than 300 detainees have been released", qualifier="more_than"),
            C("remaining_held", 70, "at least 70 of its members and supporters remain unaccounted for", qualifier="at_least",
              note="claim by SPA; unaccounted for"),
            C("other", 38, "38 people have died", note="deaths in crackdown"),
            C("other", 60, "more than 60", qualifier="more_than", note="deaths (rights groups)"),
            C("other", 75, "75 killed in fighting near Tripoli", note="unrelated live-blog entry"),
            C("other", 323, "323 wounded", note="unrelated live-blog entry"),
        ],
        released_names=["Mohamed Naji al-Assam", "Omar al-Digeir"],
        alias_groups={},
        not_released_names=["Omar al-Bashir"],
        other_event_released_names=[],
        other_people=["Tom Harland", "Nadia Ahmed", "Abdel Fattah al-Burhan", "Awad Ibn Auf", "Salah Gosh",
                      "Khalifa Haftar", "Alaa Salah"],
        distractors=["Bashir was deposed and 'would remain in custody' (arrested into custody; listed as held, judgement call)",
                     "release of 'all protesters' announced without a number", "70 days (duration, same number as the 70 unaccounted)",
                     "24 hours; 30 years; two-year transition; three-month emergency", "Comments: 1,044"],
    ),
    dict(
        file="017_uganda_nyanzi_court.txt", published="2020-02-20", outlet="Ugandan newspaper court report",
        event="Ugandan High Court quashes Stella Nyanzi's conviction; she is freed from Luzira, 2020-02-20",
        counts=[
            C("other", 33, "Kyagulanyi, 33 others charged", note="page noise (related headline; charged, not released)"),
        ],
        released_names=["Stella Nyanzi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Anthony Wesaka", "Henry Peter Adonyo", "Gladys Kamasanyu", "Yoweri Museveni", "Esiteri Kokundeka",
                      "Isaac Semakadde", "Jonathan Muwaganya", "Frank Baine", "Kyagulanyi"],
        distractors=["18-month sentence; about 16 months served; 15 grounds; Section 24; 2011; three children; Comments (56)",
                     "'Dr Nyanzi' title variant", "no count of released people in the article"],
    ),
    dict(
        file="018_silvia_romano_it.txt", published="2020-05-10", outlet="Italian daily, machine-translated",
        event="Italian aid worker Silvia Romano freed in Somalia and flown to Ciampino, 2020-05-08/10",
        counts=[
            C("remaining_held", 3, "at least three Italians are still in the hands of kidnappers abroad", qualifier="at_least"),
            C("other", 3, "three men accused of the kidnapping are on trial", note="accused kidnappers"),
            C("other", 2, "Two of them, Ibrahim Adan Omar and Abdullah Gababa Wario, are in prison",
              note="accused kidnappers in pretrial custody, not captives (judgement call)"),
            C("other", 165, "165 deaths", note="page noise"),
            C("other", 802, "802 new cases", note="page noise"),
        ],
        released_names=["Silvia Romano"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Alessandro Sandrini", "Sergio Zanotti"],
        other_people=["Fiorenza Sarzanini", "Alessandra Arachi", "Giuseppe Conte", "Luigi Di Maio", "Francesca Fumagalli",
                      "Enzo Romano", "Luciano Carta", "Ibrahim Adan Omar", "Abdullah Gababa Wario", "Sergio Colaiocco",
                      "Francesco Caporale"],
        distractors=["Enzo Romano is the father", "24-year-old; 23; 14.03; 18 months; 80/30 kilometres; at least six times; three years",
                     "ransom 'between 1,5 and 4 million euros' (decimal comma)", "the third accused is free on bail (not a release)"],
    ),
    dict(
        file="019_farc_rojas_gonzalez_feature.txt", published="2008-01-13", outlet="newspaper feature (photo credit, more-from list)",
        event="FARC free Clara Rojas and Consuelo González de Perdomo to Venezuelan/ICRC mission, 2008-01-10",
        counts=[
            C("released", 2, "freed the two hostages"),
            C("transferred_to", 2, "Within hours the two were in Caracas", where="Caracas",
              note="inferred: flown to Venezuela; optional"),
            C("remaining_held", 44, "The FARC still holds 44 hostages"),
            C("remaining_held", 700, "hold another 700 people for ransom", qualifier="about",
              note="estimate by foundations; FARC and ELN"),
            C("other", 3, "three American defense contractors", note="subset of the 44 still held"),
            C("other", 500, "some 500 guerrillas held in Colombian and U.S. prisons", qualifier="about",
              note="FARC demand: jailed guerrillas, not hostages"),
            C("released", 3, "prepared to free three more hostages", note="planned (conditional offer)"),
            C("other", 10000, "an estimated 10,000 fighters", qualifier="about"),
            C("other", 2800, "more than 2,800 cases in 2002", qualifier="more_than", note="kidnapping statistics"),
            C("other", 600, "fewer than 600 last year", note="kidnapping statistics"),
            C("other", 600, "death toll in post-election violence passes 600", note="page noise"),
            C("other", 24, "kills 24", note="page noise"),
        ],
        released_names=["Clara Rojas", "Consuelo González de Perdomo"],
        alias_groups={"Consuelo González de Perdomo": ["Consuelo González"]},
        not_released_names=["Ingrid Betancourt", "Marc Gonsalves", "Thomas Howes", "Keith Stansell", "Luis Eladio Pérez"],
        other_event_released_names=[],
        other_people=["Juan Forero", "Sibylla Brodzinsky", "Fernando Llano", "Ramón Rodríguez Chacín", "Hugo Chávez",
                      "Néstor Kirchner", "Álvaro Uribe", "Piedad Córdoba", "Marleny Orjuela", "Patricia Perdomo"],
        distractors=["Emmanuel (first name only; child not with the rebels)", "44 and 57 are ages; six years; eight months; now three",
                     "800 square kilometres", "Patricia Perdomo is the daughter", "'dozens of journalists' vague",
                     "Operation Emmanuel failed on New Year's Eve (no release)"],
    ),
    dict(
        file="020_opec_vienna_hostages_onthisday.txt", published="1975-12-23", outlet="UK broadcaster 'On this day' archive page",
        event="Carlos gang frees last OPEC hostages, incl. Yamani and Amouzegar, in Algiers, 1975-12-22/23",
        counts=[
            C("released", 12, "Twelve hostages, among them Saudi Arabia's oil minister, Sheikh Ahmed Zaki Yamani, and his Iranian counterpart, Jamshid Amouzegar, walked off"),
            C("released", 30, "the gunmen released 30 of the hostages",
              note="same hostage crisis, first stop in Algiers on Monday (counted as this event)"),
            C("other", 42, "with 42 hostages on board", note="hostages flown out of Vienna (30 + 12)"),
            C("other", 60, "taking about 60 people hostage", qualifier="about", note="hostages seized"),
            C("other", 11, "including 11 oil ministers", note="subset of the hostages"),
            C("other", 6, "The six gunmen", note="hostage-takers"),
            C("other", 11, "Opec now has 11 members", note="context box"),
        ],
        released_names=["Ahmed Zaki Yamani", "Jamshid Amouzegar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Anton Tichler", "Bruno Kreisky", "Abdelaziz Bouteflika", "Hans-Joachim Klein",
                      "Ilich Ramírez Sánchez", "Gabriele Kröcher-Tiedemann"],
        distractors=["'Carlos' is the alias of Ilich Ramírez Sánchez (hostage-taker)", "two-day ordeal; nine years; 1994/1997/1998/2001",
                     "three killed in Vienna (Tichler, Iraqi guard, Libyan delegate)", "See also: 1979 / 1972 (page noise)"],
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
                print(f"{g['file']}: transferred_to without where", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for canon, alts in g["alias_groups"].items():
            for n in [canon] + alts:
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
