#!/usr/bin/env python3
"""Gold for devset_hh (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name / alias / `where` occurs in it
(case-insensitive, for all-caps bylines), no name is in two lists, kinds and qualifiers
are valid and `where` is set exactly on transferred_to counts."""
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
        file="001_sydney_cafe_siege_liveblog.txt", published="2014-12-16",
        outlet="Australian broadcaster live blog (reverse timestamps, cookie banner, most-read list)",
        event="Sydney Lindt cafe siege ends; hostages freed in the final minutes, 2014-12-16",
        counts=[
            C("released", 6, "six more hostages ran from the building",
              note="fled in the final minutes as police moved in; counted with the main event (judgement call)"),
            C("released", 5, "Five hostages had already escaped on Monday afternoon",
              note="earlier event (escapes earlier in the same siege, Monday afternoon)"),
            C("other", 3, "three men who ran from a fire door at 3:37pm", note="subset of the five earlier escapees"),
            C("other", 2, "two female staff members who fled about an hour later", note="subset of the five earlier escapees"),
            C("remaining_held", 12, "about a dozen people are still being held inside", qualifier="about",
              note="as of Monday 10:40pm, before the final release"),
            C("other", 18, "Police say 18 people were held inside during the siege", note="total held during the siege"),
            C("other", 2, "Two hostages, a 34-year-old man and a 38-year-old woman, died", note="dead hostages"),
            C("other", 4, "Four people, including a police officer, were treated for injuries", note="injured"),
            C("other", 40, "more than 40 sexual assault charges", qualifier="more_than", note="charges against the gunman"),
            C("other", 132, "Taliban attack on Peshawar school kills 132 children", note="page noise"),
        ],
        released_names=["Jarrod Morton-Hoffman", "Harriette Denny", "Marcia Mikhael", "Louisa Hope", "Robyn Hope",
                        "Julie Taylor"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["John O'Brien", "Paolo Vassallo", "Stefan Balafoutis", "Elly Chen", "Jieun Bae"],
        other_people=["Rachel Goodwin", "Tom Saunders", "Man Haron Monis", "Andrew Scipione", "Tori Johnson",
                      "Katrina Dawson", "Thomas Zinn", "Tony Abbott", "Manny Conditsis", "Mike Baird",
                      "Catherine Burn", "Dan Himbrechts"],
        distractors=["Monday escapees treated as an earlier batch of the same siege (judgement call)",
                     "Monis had been on bail (bail is not a release; he is the gunman)",
                     "Tori Johnson and Katrina Dawson died (not releasees)",
                     "Ms Denny's father and Mrs Mikhael's husband (unnamed relatives)",
                     "'At least six, we think' at 2:03am is the same group as the six",
                     "16 hours; 2:14am; 3:37pm; ages 19, 34, 38, 50, 83; 7-517; 2.5 per cent; Comments (1,204)"],
    ),
    dict(
        file="002_colombia_farc_sutay_es.txt", published="2013-10-27",
        outlet="Colombian regional daily, machine-translated from Spanish ('1.200', '8.000')",
        event="FARC free US ex-Marine Kevin Scott Sutay to the ICRC in Guaviare, 2013-10-27",
        counts=[
            C("released", 10, "freed its last 10 hostage police officers and soldiers",
              note="earlier event (April 2012)"),
            C("remaining_held", 400, "some 400 people remain in the hands of their kidnappers in the country",
              qualifier="about", note="inferred: national estimate for all armed groups and gangs (País Libre); optional"),
            C("other", 1200, "more than 1.200 soldiers", qualifier="more_than", note="troops in the search"),
            C("other", 8000, "about 8.000 combatants", qualifier="about", note="guerrilla strength"),
            C("other", 3, "3 capturados por extorsión", note="page noise"),
            C("other", 1500, "1.500 mercados", note="page noise"),
        ],
        released_names=["Kevin Scott Sutay"],
        alias_groups={},
        not_released_names=["Uwe Breuer", "Günther Breuer", "Simón Trinidad"],
        other_event_released_names=["Jernoc Wobert"],
        other_people=["Andrés Felipe Rincón", "Juan Manuel Santos", "Jordi Raich", "Jesse Jackson",
                      "Humberto de la Calle", "Juan Pablo Rodríguez Barragán", "Iván Márquez",
                      "Mauricio Dueñas Castañeda"],
        distractors=["Jesse Jackson was proposed as a participant and rejected (not a captive)",
                     "Simón Trinidad is serving 60 years in the US; the FARC demand his release (still held)",
                     "the Breuer brothers: held according to the authorities, unconfirmed by the ELN (still held)",
                     "350 kilometres; 27 years old; 36 hours; 60 years; 12 %"],
    ),
    dict(
        file="003_north_korea_fujisanmaru_1990.txt", published="1990-10-11",
        outlet="AP wire (archive copy with slug lines)",
        event="North Korea frees the Fujisan Maru No. 18 captain and engineer; flown home with Takako Doi, 1990-10-10/11",
        counts=[
            C("released", 2, "North Korean officials handed over the two men"),
            C("transferred_to", 2, "Two Japanese seamen imprisoned in North Korea for nearly seven years as alleged spies returned home Thursday",
              where="Japan", note="inferred: flown home after release; optional"),
            C("other", 200, "about 200 relatives", qualifier="about", note="crowd at the airport"),
            C("other", 12, "a 12-member delegation", note="delegation"),
            C("other", 1800, "some 1,800 Japanese women who followed their Korean husbands to the North", qualifier="about",
              note="emigrant wives; not described as held"),
        ],
        released_names=["Isamu Beni", "Yoshio Kuriura"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kenji Hayashi", "Takako Doi", "Min Hong Gu", "Shin Kanemaru", "Makoto Tanabe", "Kim Il Sung",
                      "Toshiki Kaifu", "Kuniko Beni"],
        distractors=["Kuniko Beni is the captain's wife; daughter Mayumi (first name only)",
                     "'no other Japanese nationals known to be held' (zero, not a count)",
                     "15 years of reform through labor; 36 years of colonial rule; 45 years; eight-point declaration; three letters",
                     "ages 66 and 57"],
    ),
    dict(
        file="004_serbia_kosovo_police_officers.txt", published="2023-06-26",
        outlet="Balkan broadcaster web page, English service (cookie banner, read-more list)",
        event="Serbia releases three Kosovo police officers detained on 14 June, 2023-06-26",
        counts=[
            C("released", 3, "Serbia on Monday released three Kosovo police officers"),
            C("transferred_to", 3, "The three officers crossed back into Kosovo", where="Kosovo",
              note="inferred: return home after release; optional"),
            C("remaining_held", 8, "at least eight Kosovo Serbs are being held in Kosovo", qualifier="at_least",
              note="claim by Serbian officials; detainees of the other side"),
            C("other", 30, "About 30 NATO-led KFOR peacekeepers were injured", qualifier="about", note="casualties"),
            C("other", 214, "We and our 214 partners", note="page noise (cookie banner)"),
            C("other", 12, "Montenegro: 12 arrested in cocaine bust", note="page noise"),
            C("other", 3, "Albania frees 3 Greek fishermen detained off Corfu", note="page noise (unrelated release headline)"),
        ],
        released_names=["Bahri Bajrami", "Nehat Jashari", "Hamdi Rexhepi"],
        alias_groups={},
        not_released_names=["Milun Milenković", "Dejan Pantić"],
        other_event_released_names=[],
        other_people=["Arben Qorraj", "Gazmend Hoxha", "Xhelal Sveçla", "Fatmir Rexhepi", "Albin Kurti",
                      "Aleksandar Vučić", "Josep Borrell", "Miroslav Lajčák", "Gabriel Escobar"],
        distractors=["released from custody although indicted; charges not dropped (still a release)",
                     "Milenković ('Lune') was arrested INTO custody by Kosovo and remains in detention",
                     "Pantić remains under house arrest (held)",
                     "Fatmir Rexhepi is a releasee's brother",
                     "12 days; 1.8 kilometres; four municipalities; 10.7 percent"],
    ),
    dict(
        file="005_austria_marchegg_1973_de.txt", published="2023-09-28",
        outlet="Austrian regional weekly, 50-years-on feature, machine-translated from German ('70.000')",
        event="Marchegg/Schwechat hostage-taking ends with release of four hostages after Kreisky closes Schönau, 1973-09-28",
        counts=[
            C("released", 4, "the gunmen released the four hostages"),
            C("other", 3, "They seized three emigrants and a customs officer", note="subset of the four hostages"),
            C("other", 70000, "more than 70.000 Soviet Jews had passed", qualifier="more_than",
              note="transit-camp throughput since 1971"),
            C("other", 250000, "more than 250.000 people came to the West this way", qualifier="more_than",
              note="cumulative emigration through Austria"),
            C("other", 140, "the 140 officers at the eastern border", note="customs officers"),
            C("other", 60, "around 60 guests attended", qualifier="about", note="plaque ceremony"),
        ],
        released_names=["Jakob Wolkow", "Sinaida Grinberg", "Michail Grinberg", "Franz Bobits"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Walter Palmers"],
        other_people=["Gerhard Pribil", "Bruno Kreisky", "Otto Rösch", "Karl Bobits", "Golda Meir",
                      "Simon Wiesenthal", "Miriam Hainz", "Mustafa Soueidan", "Assem Jundi"],
        distractors=["the second customs officer jumped from the carriage (escaped, unnamed)",
                     "the gunmen were flown to Libya (hostage-takers, not releasees)",
                     "Karl Bobits is the son of the freed customs officer",
                     "Walter Palmers appears only in a page-noise headline (freed in 1977)",
                     "13 hours; ages 73, 41, 21, 71; 1,3 million passport checks; 100 hours; Comments (37); 24 degrees"],
    ),
    dict(
        file="006_peru_kepashiato_brief.txt", published="2012-04-14",
        outlet="Reuters brief",
        event="Shining Path remnant frees 36 kidnapped gas-pipeline workers, Kepashiato (Cusco), 2012-04-14",
        counts=[
            C("released", 36, "Shining Path rebels freed all 36 gas workers"),
            C("other", 12, "Twelve of them worked for Swedish builder Skanska", note="subset"),
            C("other", 1500, "some 1,500 soldiers and police", qualifier="about", note="troops"),
            C("other", 3, "at least three members of the security forces", qualifier="at_least", note="casualties"),
            C("other", 10000000, "a $10 million ransom", note="money (ransom demand)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ollanta Humala", "Daniel Lozada", "Marco Aquino", "Terry Wade", "Jackie Frank"],
        distractors=["'Comrade Jose' (nom de guerre of the rebel commander)", "six-day standoff",
                     "Two police officers and a soldier were killed"],
    ),
    dict(
        file="007_paris_hostage_sieges_afp.txt", published="2015-01-09",
        outlet="AFP wire (3rd lead)",
        event="Police end the Hyper Cacher and Dammartin-en-Goele sieges; 15 hostages freed, 2015-01-09",
        counts=[
            C("released", 15, "Fifteen hostages were freed alive"),
            C("other", 4, "four hostages had already been killed", note="dead hostages"),
            C("other", 3, "killing three jihadist gunmen", note="gunmen killed"),
            C("other", 17, "17 people have been killed", note="cumulative deaths"),
            C("other", 12, "including 12 at Charlie Hebdo", note="deaths"),
            C("other", 9, "Police have taken nine people into custody", note="arrests"),
            C("other", 88000, "some 88,000 police and soldiers had been mobilised", qualifier="about", note="security forces"),
        ],
        released_names=["Zarie Sibony", "Lilian Lepere"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Michel Catalano"],
        other_people=["Marc Lemoine", "Sophie Delaunay", "Amedy Coulibaly", "Francois Molins", "Yohan Cohen",
                      "Philippe Braham", "Francois-Michel Saada", "Yoav Hattab", "Cherif Kouachi", "Said Kouachi",
                      "Lassana Bathily", "Francois Hollande", "Bernard Cazeneuve", "Clarissa Jean-Philippe",
                      "Hayat Boumeddiene"],
        distractors=["Catalano was let go by the gunmen in the morning: earlier in the same siege (judgement call)",
                     "Lepere hid inside the besieged building and was brought out after the assault (counted as freed)",
                     "Lassana Bathily hid customers and slipped out; never held (not a releasee)",
                     "Hayat Boumeddiene is at large (wanted, not held)",
                     "a woman carrying her baby (unnamed releasee)",
                     "ages 20, 45, 64, 21, 26; 5:00 pm; 40 kilometres; eight hours"],
    ),
    dict(
        file="008_us_mexico_prisoner_exchange_1977.txt", published="1977-12-09",
        outlet="US regional newspaper front page (weather box, index)",
        event="First US-Mexico treaty prisoner exchange: 61 Americans flown to San Diego, 36 Mexicans handed over at Tijuana, 1977-12-09",
        counts=[
            C("exchanged", 61, "61 Americans come home from Mexican jails",
              note="transferred in custody under the treaty, not all freed (judgement call)"),
            C("transferred_to", 61, "Sixty-one Americans who had been serving sentences in Mexican prisons, most of them for drug offenses, were flown from Mexico City to San Diego",
              where="San Diego"),
            C("exchanged", 36, "36 Mexican citizens held in U.S. federal prisons were driven in two buses across the border",
              note="other side of the exchange; still serving sentences"),
            C("transferred_to", 36, "36 Mexican citizens held in U.S. federal prisons were driven in two buses across the border at San Ysidro and handed over to Mexican authorities in Tijuana",
              where="Tijuana"),
            C("released", 22, "ordered 22 of them released on parole"),
            C("remaining_held", 39, "The other 39 were taken to the correctional center, where they will remain",
              note="exchanged Americans kept in US custody"),
            C("remaining_held", 580, "about 580 Americans were held in Mexican prisons before today's transfer",
              qualifier="about", note="as of before today's transfer"),
            C("remaining_held", 1200, "about 1,200 Mexicans in U.S. federal and state prisons", qualifier="about",
              note="inferred: prisoners of the other country, before the transfer; optional"),
            C("transferred_to", 170, "about 170 more Americans who have applied are to be flown to San Diego before Christmas",
              qualifier="about", where="San Diego", note="planned"),
            C("remaining_held", 300, "That would still leave more than 300 Americans behind bars in Mexico",
              qualifier="more_than", note="planned (projection after further flights)"),
            C("other", 15, "15 public defenders", note="officials"),
            C("other", 100, "about 100 relatives waited", qualifier="about", note="crowd"),
        ],
        released_names=["Jeffrey Haskins"],
        alias_groups={},
        not_released_names=["Karen Moody", "Thomas Ellison"],
        other_event_released_names=[],
        other_people=["Linda Carrasco", "Dorothy Haskins", "Janet Lindqvist", "Patrick Lucey", "José López Portillo",
                      "Griffin Bell", "Ruth Ellison", "Ed Vasquez"],
        distractors=["Karen Moody was exchanged but kept in custody in San Diego (held)",
                     "Thomas Ellison is still in Lecumberri (held); his mother Ruth Ellison is a relative",
                     "a 61-year-old Mexican prisoner (age equals the 61 count)",
                     "28 months of a seven-year sentence; two pounds; 15 minutes; 4:40 p.m.; 15 cents; Dow off 4.12; High 68"],
    ),
    dict(
        file="009_mexicana_hijack_1972_upi.txt", published="1972-11-08",
        outlet="UPI brief",
        event="Mexicana 727 hijack: 103 passengers freed at Monterrey for five prisoners and 4 million pesos; prisoners flown to Havana, 1972-11-08",
        counts=[
            C("released", 103, "freed all 103 passengers"),
            C("exchanged", 5, "the government handed over five jailed comrades", note="prisoners freed in exchange"),
            C("transferred_to", 5, "took off with the five prisoners for Havana", where="Havana"),
            C("remaining_held", 6, "kept the six-member crew aboard", note="crew still held by the hijackers at time of writing"),
            C("other", 11, "among them 11 children", note="subset of the passengers"),
            C("other", 4, "four armed men were aboard", note="hijackers"),
            C("other", 4000000, "4 million pesos", note="money (ransom)"),
        ],
        released_names=["Jesús Manuel Ochoa Ramírez", "Elías Orozco Salazar"],
        alias_groups={},
        not_released_names=["Ernesto Villalobos"],
        other_event_released_names=[],
        other_people=["Mario Moya Palencia", "Luis Echeverría", "Luis M. Farías"],
        distractors=["the pilot is one of the crew kept aboard (held)", "$320,000", "1971 bank robbery",
                     "second hijacking this year (ordinal)"],
    ),
    dict(
        file="010_chechnya_exchange_1995_ru.txt", published="1995-08-19",
        outlet="Moscow daily, translated from Russian ('1 300', '14.30')",
        event="Second federal-Chechen prisoner exchange under the 30 July military agreement, Grozny, 1995-08-18",
        counts=[
            C("exchanged", 31, "The separatists handed over 31 servicemen of the federal forces"),
            C("exchanged", 46, "46 Chechens were released"),
            C("other", 7, "7 of the 31 need hospital treatment", note="subset"),
            C("other", 12, "12 \"peaceful residents", note="subset of the 46"),
            C("remaining_held", 1300, "more than 1 300 residents of Chechnya are still held", qualifier="more_than",
              note="claim by Maskhadov; disputed by the federal side"),
            C("remaining_held", 150, "the Chechen side is still holding at least 150 servicemen", qualifier="at_least",
              note="claim by the Committee of Soldiers' Mothers"),
            C("other", 1200, "about 1 200 soldiers and officers are listed as missing", qualifier="about", note="missing"),
            C("exchanged", 11, "involved 11 people from each side", note="earlier event (first exchange, 4 August)"),
            C("other", 4, "4 servicemen were wounded", note="casualties"),
        ],
        released_names=["Andrei Sazonov"],
        alias_groups={},
        not_released_names=["Dmitry Kovalyov"],
        other_event_released_names=[],
        other_people=["Dzhokhar Dudayev", "Vyacheslav Mikhailov", "Aslan Maskhadov", "Valentina Melnikova",
                      "Lyudmila Sazonova", "Nikolai Kovalyov", "Sándor Mészáros", "Anatoly Romanov",
                      "Anna Gorelova", "Vladimir Yermolin"],
        distractors=["Kovalyov was on the list but not handed over (still held); 'Dima' is his diminutive",
                     "Lyudmila Sazonova (mother) and Nikolai Kovalyov (father) are relatives",
                     "10.00 / 14.30; aged 18-20; 19-year-old; four months; No. 152; 4 415 rubles"],
    ),
    dict(
        file="011_georgia_abkhazia_exchange_brief.txt", published="1994-11-17",
        outlet="Reuter brief",
        event="Georgia-Abkhazia prisoner exchange at the Inguri bridge, 1994-11-17",
        counts=[
            C("exchanged", 40, "Abkhaz officials handed over 40 Georgians"),
            C("exchanged", 31, "Georgian authorities released 31 Abkhaz fighters and civilians"),
            C("other", 5, "including five women", note="subset of the 40"),
            C("remaining_held", 200, "Abkhaz forces are still holding about 200 Georgians", qualifier="about",
              note="claim by Tbilisi"),
            C("other", 100, "Georgia has not accounted for more than 100 of its people", qualifier="more_than",
              note="claim by the Abkhaz side; unaccounted for (not stated as held)"),
            C("released", 58, "A previous exchange in September freed 58 people", note="earlier event (September)"),
            C("other", 200000, "some 200,000 ethnic Georgians", qualifier="about", note="displaced"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Eduard Shevardnadze", "Vladislav Ardzinba"],
        distractors=["third such swap (ordinal)", "1992-93 war", "'all prisoners will be freed once...' is conditional"],
    ),
    dict(
        file="012_kyrgyz_tajik_detainee_exchange.txt", published="2021-05-04",
        outlet="Kyrgyz news site with security-service statement quoted in full (read-also list)",
        event="Kyrgyzstan and Tajikistan exchange people detained in the April 28 - May 1 border conflict, 2021-05-03",
        counts=[
            C("exchanged", 6, "the Kyrgyz side handed over six citizens of Tajikistan"),
            C("exchanged", 3, "the Tajik side returned three citizens of Kyrgyzstan"),
            C("other", 2, "among them two border guards", note="subset of the three"),
            C("remaining_held", 1, "one more resident of Leilek district, shepherd Ulan Kadyrov, is believed to be held in Tajikistan",
              note="claim by the Kyrgyz side"),
            C("other", 36, "36 citizens of Kyrgyzstan died", note="casualties"),
            C("other", 189, "189 were injured", note="casualties"),
            C("other", 19, "Tajikistan reported 19 dead", note="casualties"),
            C("other", 40000, "More than 40 000 residents of Batken region were evacuated", qualifier="more_than",
              note="evacuees"),
            C("other", 1000, "amnesty for 1 000 convicts", note="page noise (unrelated amnesty headline)"),
            C("other", 2000, "2 000 trees", note="page noise"),
        ],
        released_names=["Nurbek Abdyrakhmanov", "B. Toktosunov", "Zhyldyz Mamatova"],
        alias_groups={"Nurbek Abdyrakhmanov": ["N. Abdyrakhmanov"]},
        not_released_names=["Ulan Kadyrov"],
        other_event_released_names=[],
        other_people=["Kamchybek Tashiev", "Saimumin Yatimov", "Gulnara Abdyrakhmanova", "Sadyr Japarov",
                      "Emomali Rahmon"],
        distractors=["the six Tajik citizens are unnamed", "Gulnara Abdyrakhmanova is the border guard's mother",
                     "'missing persons' search continues (no count)", "Views: 14 382; 84,75 som; five nights"],
    ),
    dict(
        file="013_ukraine_russia_exchange_aug2024.txt", published="2024-08-24",
        outlet="Ukrainian English-language news site (newsletter prompt, photo credit, read-also list)",
        event="UAE-mediated Ukraine-Russia exchange, 115 for 115, on Independence Day, 2024-08-24",
        counts=[
            C("released", 115, "Ukraine brought home 115 prisoners of war"),
            C("exchanged", 115, "it had received 115 Russian servicemen in return",
              note="other side of the swap (same value as the Ukrainian side)"),
            C("transferred_to", 115, "the 115 Russian soldiers are currently in Belarus", where="Belarus"),
            C("transferred_to", 115, "the 115 Russian soldiers are currently in Belarus, where they are receiving psychological and medical assistance, and will later be flown to Russia",
              where="Russia", note="planned"),
            C("other", 50, "Fifty of them were defenders of Mariupol", note="subset"),
            C("other", 12, "12 are members of the Azov brigade", note="subset"),
            C("released", 3520, "3,520 Ukrainians have been returned from Russian captivity since February 2022",
              note="cumulative"),
            C("remaining_held", 26, "At least 26 Ukrainian journalists are in Russian captivity", qualifier="at_least"),
            C("remaining_held", 8000, "\"more than 8,000\" Ukrainian service members and civilians were believed to be in captivity",
              qualifier="more_than", note="as of July, before this exchange"),
            C("exchanged", 1788, "the total number of captives exchanged through its mediation had reached 1,788",
              note="cumulative (UAE mediation)"),
            C("other", 250, "Ukraine returns bodies of 250 fallen soldiers", note="page noise"),
            C("other", 9, "shoots down 9 drones", note="page noise"),
        ],
        released_names=["Oleksandr Hnatiuk", "Andrii Levchenko"],
        alias_groups={},
        not_released_names=["Serhii Levchenko", "Dmytro Khyliuk", "Viktoriia Roshchyna"],
        other_event_released_names=[],
        other_people=["Olena Marchuk", "Volodymyr Zelensky", "Yulia Hnatiuk", "Dmytro Lubinets", "Kyrylo Budanov"],
        distractors=["Serhii Levchenko is a releasee's brother, still held", "Yulia Hnatiuk is a releasee's wife",
                     "55th exchange (ordinal); eight exchanges this year", "ages 22, 59, 24; 36th Marine Brigade",
                     "'hundreds of Russian soldiers' captured (vague)"],
    ),
    dict(
        file="014_bolivia_debray_1970.txt", published="1970-12-23",
        outlet="AP wire",
        event="Bolivia amnesties Régis Debray and Ciro Roberto Bustos and flies them to Chile, 1970-12-23",
        counts=[
            C("transferred_to", 2, "The two men were taken under heavy guard from the military prison at Camiri, where they had been held for three years and eight months, to a Bolivian air force plane that flew them to Chile",
              where="Chile"),
            C("released", 2, "The two men were taken under heavy guard from the military prison at Camiri",
              note="inferred: freed under the amnesty and expelled; optional"),
            C("released", 10, "the previous government released ten political prisoners",
              note="earlier event (July 1970)"),
            C("transferred_to", 10, "released ten political prisoners and flew them to Arica", where="Arica",
              note="earlier event (July 1970)"),
            C("other", 2, "two West German engineers kidnapped by guerrillas", note="earlier event (hostages)"),
            C("released", 100, "has released about 100 political prisoners since he came to power", qualifier="about",
              note="cumulative since October"),
        ],
        released_names=["Régis Debray", "Ciro Roberto Bustos"],
        alias_groups={},
        not_released_names=["Antonio Domínguez Flores"],
        other_event_released_names=["George Andrew Roth", "Loyola Guzmán"],
        other_people=["Ernesto \"Che\" Guevara", "Juan José Torres", "Fidel Castro", "Georges Pompidou",
                      "Charles de Gaulle", "René Barrientos", "Elizabeth Burgos", "Salvador Allende"],
        distractors=["30 years (sentence) and Debray, 30 (age)", "three years and eight months",
                     "Bustos' wife and two daughters (unnamed)", "second time this year (ordinal)"],
    ),
    dict(
        file="015_south_korea_1975_release.txt", published="1975-02-15",
        outlet="Reuter wire",
        event="South Korea frees 148 people jailed under the emergency decrees, incl. Kim Chi-ha, 1975-02-15",
        counts=[
            C("released", 148, "South Korea today released 148 people"),
            C("other", 112, "They included 112 students", note="subset of the 148"),
            C("remaining_held", 55, "the remaining 55 people held under the decrees would stay in prison"),
        ],
        released_names=["Kim Chi-ha", "Daniel Tji Hak-soun", "Lee Chul"],
        alias_groups={"Daniel Tji Hak-soun": ["Chi Hak-sun"]},
        not_released_names=["Do Ye-jong", "Yeo Jeong-nam"],
        other_event_released_names=[],
        other_people=["Park Chung-hee", "Hwang San-duk", "Stephen Kim Sou-hwan", "Kim Young-sam", "George Ogle"],
        distractors=["George Ogle was expelled (not a release)", "three days after a referendum; 73 per cent",
                     "ages 34, 53, 26; 15-year sentence; sentenced to death"],
    ),
    dict(
        file="016_poland_walesa_1982_analysis.txt", published="1982-11-20",
        outlet="weekly magazine analysis piece",
        event="Lech Wałęsa freed from internment and returns to Gdańsk, 1982-11-14/15",
        counts=[
            C("released", 913, "they announced the release of 913 internees", note="earlier event (July 1982)"),
            C("remaining_held", 600, "some 600 internees are still held", qualifier="about",
              note="Western diplomats' estimate"),
            C("other", 700, "\"fewer than 700\"", note="claim by the Interior Ministry; an upper bound, not a qualifier the gold supports"),
            C("other", 10000, "about 10,000 people have been interned at one time or another", qualifier="about",
              note="cumulative internments since December 1981"),
        ],
        released_names=["Lech Wałęsa"],
        alias_groups={},
        not_released_names=["Jacek Kuroń", "Adam Michnik", "Andrzej Gwiazda", "Karol Modzelewski",
                            "Władysław Frasyniuk"],
        other_event_released_names=[],
        other_people=["Peter Havlicek", "Jerzy Urban", "Wojciech Jaruzelski", "Danuta Wałęsa", "Józef Glemp",
                      "John Paul II", "Zbigniew Bujak"],
        distractors=["Bujak is in hiding (wanted, not held)", "Frasyniuk was arrested in October (held)",
                     "Danuta Wałęsa is the wife (same surname)", "'Corporal Lech Wałęsa' (signature)",
                     "eleven months; eighth child; eight-hour strike; 8 percent; $26 billion; 2.5 kilograms; ten million members",
                     "'several thousand' sentenced (vague)"],
    ),
    dict(
        file="017_albania_1991_amnesty_ngo.txt", published="1991-04-02",
        outlet="NGO press release (contact block, numbered demands)",
        event="Albania releases at least 202 political prisoners under the amnesty of 20 March 1991",
        counts=[
            C("released", 202, "the release of at least 202 political prisoners", qualifier="at_least"),
            C("other", 2, "Two Catholic priests", note="subset of the releasees"),
            C("remaining_held", 40, "at least 40 people convicted of political offenses remain in Burrel prison",
              qualifier="at_least"),
            C("released", 400, "some 400 prisoners were freed", qualifier="about", note="earlier event (November 1989 amnesty)"),
            C("remaining_held", 700, "more than 700 people were imprisoned in Albania for political offenses",
              qualifier="more_than", note="as of the end of 1990, before the amnesty"),
            C("other", 4, "four prisoners were later executed", note="earlier event (1973 revolt)"),
        ],
        released_names=["Fatos Lubonja", "Gjergj Vata", "Pal Gjini", "Ndoc Kola"],
        alias_groups={},
        not_released_names=["Ilir Dobi", "Sokol Meta"],
        other_event_released_names=["Pjetër Arbnori", "Todi Lubonja"],
        other_people=["Ramiz Alia", "Fatos Nano", "Jeri Laber", "Lois Whitman"],
        distractors=["Ilir Dobi was read out as amnestied but returned to his cell (held)",
                     "Todi Lubonja, a releasee's father, was imprisoned 1974-1987 (freed earlier)",
                     "Pal Gjini was released once in 1986 and re-arrested (earlier release)",
                     "ages 39, 47, 28; 16 years; 12 years; 25 years; 28 years; phone numbers"],
    ),
    dict(
        file="018_russia_dadin_release.txt", published="2017-02-26",
        outlet="RFE/RL web page (media-player residue, most popular list)",
        event="Ildar Dadin freed from a penal colony in Rubtsovsk after the Supreme Court quashes his conviction, 2017-02-26",
        counts=[
            C("remaining_held", 100, "more than 100 people are currently behind bars in Russia for political reasons",
              qualifier="more_than", note="Memorial estimate"),
            C("other", 3, "Three other people have been charged under Article 212.1", note="charged; none in custody"),
            C("other", 2, "two others received suspended sentences", note="not in custody"),
            C("other", 2, "Ukraine Says 2 Soldiers Killed In East", note="page noise"),
            C("other", 7, "Kazakh Court Jails 7", note="page noise"),
        ],
        released_names=["Ildar Dadin"],
        alias_groups={},
        not_released_names=["Oleg Sentsov", "Oleg Navalny"],
        other_event_released_names=[],
        other_people=["Carl Schreck", "Anastasia Zotova", "Ksenia Kostromina", "Tatyana Moskalkova", "Dmitry Peskov",
                      "Aleksei Navalny", "Vladimir Ionov"],
        distractors=["Vladimir Ionov fled to Ukraine (not held)", "Aleksei Navalny is the brother of a prisoner (not held)",
                     "Penal Colony No. 5 / No. 7; Article 212.1; 3,000 kilometers; three years; 2 1/2 years; 20-year sentence; age 34",
                     "0:00 0:01:48 (media player)"],
    ),
    dict(
        file="019_brazil_lula_release_pt.txt", published="2019-11-09",
        outlet="Brazilian regional daily, machine-translated from Portuguese ('4.895', 'R$ 4,08')",
        event="Lula and José Dirceu freed after the STF ruling against imprisonment after second-instance conviction, 2019-11-08",
        counts=[
            C("other", 4895, "up to 4.895 prisoners convicted in second instance may be benefited",
              note="potential beneficiaries; an upper bound, not a release count"),
            C("other", 1200, "1.200 new places", note="page noise"),
            C("other", 32, "Paraná registers 32 deaths", note="page noise"),
        ],
        released_names=["Luiz Inácio Lula da Silva", "José Dirceu"],
        alias_groups={"Luiz Inácio Lula da Silva": ["Lula"]},
        not_released_names=["Sérgio Cabral", "Eduardo Cunha"],
        other_event_released_names=[],
        other_people=["Mariana Kowalski", "Danilo Pereira Júnior", "Rosângela da Silva", "Dias Toffoli",
                      "Cristiano Zanin", "Sergio Moro", "Jair Bolsonaro"],
        distractors=["Rosângela da Silva ('Janja') is Lula's girlfriend (shares the 'da Silva' token)",
                     "580 days; 6 votes to 5; 8 years, 10 months and 20 days; 200 years; ages 74, 73; 17h42",
                     "'thousands of supporters' (vague)"],
    ),
    dict(
        file="020_hong_kong_agnes_chow_brief.txt", published="2021-06-12",
        outlet="Hong Kong news site brief",
        event="Agnes Chow released from Tai Lam Centre for Women after serving nearly seven months, 2021-06-12",
        counts=[],
        released_names=["Agnes Chow"],
        alias_groups={},
        not_released_names=["Joshua Wong"],
        other_event_released_names=["Ivan Lam"],
        other_people=["Kelly Ho"],
        distractors=["Chow was released on bail after an NSL arrest in August 2020 (earlier, bail is not a release)",
                     "10-month / seven-month / 13-and-a-half-month sentences; age 24; dozens of reporters; second anniversary"],
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
                err(f"{g['file']}: value not int {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                err(f"{g['file']}: where must be set exactly on transferred_to: {c}")
            if c["where"] is not None and c["where"].casefold() not in low:
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
