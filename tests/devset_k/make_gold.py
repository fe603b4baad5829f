#!/usr/bin/env python3
"""Gold for devset_k (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_ic814_kandahar.txt", published="1999-12-31", outlet="AFP wire on a news portal (related links, comment count)",
        event="Hijacked Indian Airlines IC-814 passengers freed in Kandahar in exchange for three militants, 1999-12-31",
        counts=[
            C("released", 161, "the hijackers freed all 161 passengers and crew"),
            C("exchanged", 3, "India released three jailed Islamic militants in exchange"),
            C("released", 27, "the hijackers let 27 passengers go", note="earlier event (Dubai refuelling stop, Dec 25)"),
            C("other", 36, "demanded the release of 36 militants", note="original demand, not a release"),
            C("other", 5, "The five hijackers"),
            C("other", 4, "the other four were never found", note="1995 Kashmir hostages, fate unknown"),
            C("other", 23, "Banks report smooth switchover in 23 countries", note="page noise"),
            C("other", 285, "India all out for 285", note="page noise"),
        ],
        released_names=["Masood Azhar", "Ahmed Omar Sheikh", "Mushtaq Ahmed Zargar", "Rachna Katyal", "Devi Sharan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jaswant Singh", "Wakil Ahmed Muttawakil", "Rupin Katyal", "Sanjiv Chhibber",
                      "Atal Behari Vajpayee", "Erick de Mul"],
        distractors=["Rupin Katyal was killed (not released, not held)", "ransom of 200 million dollars dropped",
                     "'Maulana' is a title", "ten hours to leave Afghanistan; 25-year-old; since 1994"],
    ),
    dict(
        file="002_iran_sailors_2007.txt", published="2007-04-05", outlet="UK broadcaster web page (cookie banner, media player, related links)",
        event="Iran frees 15 Royal Navy personnel (HMS Cornwall crew), 2007-04-04/05",
        counts=[
            C("released", 15, "he was pardoning the 15"),
            C("other", 8, "eight sailors and seven Royal Marines", note="subset of the 15"),
            C("other", 7, "seven Royal Marines", note="subset of the 15"),
            C("remaining_held", 5, "The five remain in US custody",
              note="Iranians seized by US forces in Irbil; the other side's detainees, still held"),
            C("released", 8, "Iran seized eight British servicemen on the Shatt al-Arab waterway and released them",
              note="earlier event (June 2004)"),
            C("other", 13, "held in Iran for 13 days", note="duration"),
            C("other", 4, "Bomb kills 4 UK soldiers in Basra", note="page noise"),
        ],
        released_names=["Faye Turney", "Arthur Batchelor", "Felix Carman", "Chris Air"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Jalal Sharafi"],
        other_people=["Mahmoud Ahmadinejad", "Adam Turney", "Tony Blair", "Margaret Beckett", "Ali Larijani",
                      "Nigel Sheinwald", "Gordon Brown"],
        distractors=["Jalal Sharafi (Iranian diplomat freed in Baghdad, separate event)",
                     "the five Iranians in Irbil are unnamed", "Faye Turney's husband Adam is a relative",
                     "ages 25 / 20; three-year-old daughter"],
    ),
    dict(
        file="003_bay_of_pigs_ransom.txt", published="2012-12-22", outlet="Miami regional paper, anniversary feature (newsletter prompt, most-read list)",
        event="Cuba releases 1,113 Bay of Pigs prisoners (Brigade 2506) for medicine and food, 1962-12-23/24 (retrospective)",
        counts=[
            C("released", 1113, "Castro's government released 1,113 captured members of Brigade 2506"),
            C("transferred_to", 1113, "the 1,113 prisoners were flown in shifts to Homestead Air Force Base", where="Homestead"),
            C("released", 60, "released 60 sick and wounded prisoners on credit", note="earlier event (April 1962)"),
            C("remaining_held", 9, "nine were held back", note="as of December 1962; held back by Cuba"),
            C("other", 1200, "Of the roughly 1,200 men who had been captured", qualifier="about", note="total captured"),
            C("other", 900, "more than 900 relatives of the prisoners", qualifier="more_than",
              note="relatives allowed to leave Cuba; not prisoners"),
            C("released", 27, "Castro agreed to release 27 Americans held in Cuban jails",
              note="earlier event [other event: later, separate release, April 1963]"),
            C("other", 3, "three men later acknowledged to have worked for the CIA", note="subset of the 27"),
            C("other", 114, "the brigade counts 114 dead", note="casualties"),
            C("other", 9, "Nine prisoners suffocated in a closed truck", note="deaths, 1961"),
            C("other", 40000, "a crowd of about 40,000 people", qualifier="about"),
            C("other", 450, "about 450 veterans are still alive", qualifier="about"),
            C("other", 500, "Castro demanded 500 tractors", note="ransom demand"),
            C("other", 24, "Dolphins fall 24-10 to Bills", note="page noise"),
        ],
        released_names=["Nelson Iriarte", "José Pérez San Román", "Manuel Artime", "Erneido Oliva"],
        alias_groups={"José Pérez San Román": ["San Román"]},
        not_released_names=[],
        other_event_released_names=["Ramón Conte Hernández"],
        other_people=["Carolina Pérez-Vidal", "Fidel Castro", "James B. Donovan", "Robert F. Kennedy",
                      "John F. Kennedy"],
        distractors=["Ramón Conte Hernández: held back in 1962, freed in 1986 (later event)",
                     "53 / 62 / 2.9 million dollars (money)", "sentenced to 30 years each", "boarding number 0874",
                     "'Dozens of other Americans and thousands of Cubans remained in prison' (vague)",
                     "first-name-only relatives: Hortensia, Jacqueline, John"],
    ),
    dict(
        file="004_zurich_exchange_1976_de.txt", published="1976-12-19", outlet="Swiss German-language regional paper, archive translation (German spellings, '1 500')",
        event="Corvalán-Bukovsky exchange at Zurich-Kloten, 1976-12-18",
        counts=[
            C("exchanged", 2, "the two men were exchanged"),
            C("remaining_held", 1500, "some 1 500 political prisoners are still being held", qualifier="about",
              note="Amnesty International estimate, Chile"),
            C("other", 300, "less than 300", note="claim by the junta of prisoners held; upper bound"),
            C("other", 12, "a total of twelve years in prisons", note="duration"),
            C("other", 2300000, "2 300 000 francs", note="page noise"),
        ],
        released_names=["Luis Corvalán", "Wladimir Bukowski"],
        alias_groups={},
        not_released_names=["Sergei Kowaljow"],
        other_event_released_names=[],
        other_people=["Nina Bukowskaja", "Lily Castillo", "Pierre Graber", "Augusto Pinochet", "Andrei Sacharow",
                      "Leonid Breschnew"],
        distractors=["'tens of thousands remain in camps' (vague, USSR)", "ages 34 / 60", "seven years plus five of exile",
                     "Bukowski's sister and nephew (unnamed, travelled with him)", "1,84 metres (page noise)"],
    ),
    dict(
        file="005_elbrick_rio_1969.txt", published="1969-09-07", outlet="AP wire (archive)",
        event="US Ambassador Elbrick freed in Rio after Brazil flies 15 political prisoners to Mexico, 1969-09-06",
        counts=[
            C("exchanged", 15, "15 political prisoners freed by the Brazilian government"),
            C("transferred_to", 15, "15 political prisoners freed by the Brazilian government landed in Mexico City", where="Mexico"),
            C("other", 1000, "more than 1,000 people had been detained for questioning", qualifier="more_than",
              note="taken into custody, not released"),
            C("other", 3, "The three-man military junta"),
            C("other", 240, "about 240 Americans in Brazil", qualifier="about"),
        ],
        released_names=["C. Burke Elbrick", "Vladimir Palmeira", "Luís Travassos", "José Dirceu", "José Ibrahim",
                        "Flávio Tavares", "Gregório Bezerra"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Arthur da Costa e Silva", "José de Magalhães Pinto", "William P. Rogers"],
        distractors=["ages 61 / 69", "'unless the government freed 15 named prisoners' (demand; same 15)",
                     "his wife, Elvira (first name only)", "two revolutionary organizations; two photographed"],
    ),
    dict(
        file="006_duarte_daughter_timeline.txt", published="1985-10-26", outlet="newspaper archive timeline/explainer",
        event="FMLN frees Inés Duarte, her friend and 33 mayors; El Salvador frees 22 prisoners, 1985-10-24",
        counts=[
            C("released", 35, "35 captives were freed by the guerrillas"),
            C("exchanged", 22, "the government frees 22 political prisoners"),
            C("other", 33, "together with 33 mayors and municipal officials", note="subset of the 35"),
            C("other", 101, "101 wounded guerrillas are taken by Red Cross convoy to the airport and flown to Mexico City",
              note="wounded rebels given safe passage; they were not prisoners (not a release/transfer of detainees)"),
            C("other", 34, "demands the release of 34 political prisoners", note="original demand"),
            C("remaining_held", 12, "at least 12 other mayors remain in guerrilla hands", qualifier="at_least",
              note="per human rights groups"),
            C("other", 45, "45 days", note="duration"),
            C("other", 6, "Six Jesuits killed", note="page noise (archive links)"),
        ],
        released_names=["Inés Guadalupe Duarte", "Ana Cecilia Villeda", "Nidia Díaz"],
        alias_groups={"Inés Guadalupe Duarte": ["Inés Duarte"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["José Napoleón Duarte", "Arturo Rivera y Damas", "Gregorio Rosa Chávez", "Marta Elena Quiñónez"],
        distractors=["President Duarte is the father (shares surname)", "Pedro Pablo Castillo Front is a group name",
                     "Nidia Díaz 'to be freed' on Oct 22 then actually freed Oct 24 (main event)",
                     "'prisons still hold hundreds' (vague)", "Romero (page noise, surname only)"],
    ),
    dict(
        file="007_sofia_medics_liveblog.txt", published="2007-07-24", outlet="Bulgarian news site, English liveblog with timestamps",
        event="Five Bulgarian nurses and Palestinian-born doctor transferred from Libya to Bulgaria and pardoned, 2007-07-24",
        counts=[
            C("transferred_to", 6, "the six were transferred to Bulgaria", where="Bulgaria"),
            C("released", 6, "has pardoned all six"),
            C("other", 5, "The five Bulgarian nurses", note="subset of the six"),
            C("other", 438, "438 children at the hospital in Benghazi were infected", note="victims"),
            C("other", 56, "56 of them have since died", note="deaths"),
            C("other", 57, "Comments (57)", note="page noise"),
        ],
        released_names=["Kristiyana Valcheva", "Nasya Nenova", "Valentina Siropulo", "Valya Chervenyashka",
                        "Snezhana Dimitrova", "Ashraf al-Hajuj"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Cécilia Sarkozy", "Benita Ferrero-Waldner", "Zdravko Georgiev", "Georgi Parvanov",
                      "Sergei Stanishev", "Luc Montagnier", "José Manuel Barroso", "Nicolas Sarkozy",
                      "Muammar Gaddafi", "Ivailo Kalfin", "Saif al-Islam Gaddafi", "Elena Marinova", "Boyan Kostov"],
        distractors=["Zdravko Georgiev was acquitted in 2004 and not imprisoned (flew home, not a releasee)",
                     "one million dollars per child; 460 million dollars", "1984 agreement; February 1999",
                     "clock times 09:41 etc.", "'Eight and a half years' reader comment"],
    ),
    dict(
        file="008_ghazni_korean_hostages.txt", published="2007-08-30", outlet="AP wire",
        event="Taliban free last 7 of 19 South Korean hostages in Ghazni, 2007-08-29/30",
        counts=[
            C("released", 7, "The Taliban released the last seven South Korean church volunteers"),
            C("released", 19, "completing the release of the 19 hostages"),
            C("released", 12, "Twelve other hostages were freed Wednesday", note="same deal, released the previous day"),
            C("other", 7, "had freed all but seven of the 19",
              note="as of Wednesday night (implies 12 freed); these seven were released Thursday"),
            C("other", 5, "five women and two men", note="subset of the seven"),
            C("other", 200, "withdraw its roughly 200 non-combat troops", qualifier="about", note="troop withdrawal, not people released"),
            C("other", 23, "The group of 23 Christian volunteers", note="total abducted"),
            C("other", 2, "The Taliban later killed two of the men", note="killed"),
            C("released", 2, "Two women, Kim Gyeong-ja and Kim Ji-na, were released on Aug. 13", note="earlier event (Aug 13)"),
        ],
        released_names=["Lee Ji-young", "Yoo Kyung-sik", "Seo Myung-hwa"],
        alias_groups={},
        not_released_names=["Rudolf Blechschmidt"],
        other_event_released_names=["Kim Gyeong-ja", "Kim Ji-na"],
        other_people=["Rahim Faiez", "Jae-Soon Chang", "Bae Hyung-kyu", "Shim Sung-min", "Qari Yousef Ahmadi",
                      "Cheon Ho-seon", "Roh Moo-hyun", "Hamid Karzai", "Ruediger Diedrich", "Amir Shah", "Kwang-tae Kim"],
        distractors=["Bae Hyung-kyu and Shim Sung-min were killed", "Ruediger Diedrich found shot dead",
                     "20 million dollars ransom rumour", "ages 27 / 55 / 42 / 29", "six-week ordeal"],
    ),
    dict(
        file="009_qatari_hunters_doha.txt", published="2017-04-21", outlet="pan-Arab broadcaster web page (video residue, more-from list)",
        event="26 kidnapped Qatari hunting party members freed in Iraq and flown to Doha, 2017-04-21",
        counts=[
            C("released", 26, "Twenty-six people abducted in southern Iraq while on a falconry trip in December 2015 have been released"),
            C("released", 2, "Two members of the party had been freed earlier", note="earlier event (first weeks after the Dec 2015 kidnapping)"),
            C("other", 126, "killing at least 126 people", qualifier="at_least", note="casualties of bus bombing"),
            C("other", 68, "including 68 children", note="subset of casualties"),
            C("other", 3000, "carrying about 3,000 people out of Foua and Kefraya", qualifier="about", note="evacuees, not detainees"),
            C("other", 300, "some 300 out of Zabadani", qualifier="about", note="evacuees"),
            C("other", 17, "17 killed in Mosul air strike", note="page noise"),
            C("other", 2000, "2,000 Qatari pilgrims", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mohammed bin Abdulrahman Al Thani", "Haider al-Abadi", "Saleh Hamdan", "Jaber al-Marri"],
        distractors=["'dozens of armed men' (vague)", "16 months (duration)", "four besieged towns",
                     "'hundreds of millions of dollars' (vague money)", "freed hostages unnamed"],
    ),
    dict(
        file="010_cpt_statement_baghdad.txt", published="2006-03-23", outlet="NGO press release",
        event="Christian Peacemaker Teams hostages Loney, Sooden, Kember freed in Baghdad, 2006-03-23",
        counts=[
            C("released", 3, "the three were set free"),
            C("remaining_held", 14000, "more than 14,000 Iraqis are currently held in US-run detention facilities", qualifier="more_than",
              note="claim by CPT citing US military count; detainees, not hostages"),
            C("other", 118, "held for 118 days", note="duration"),
        ],
        released_names=["James Loney", "Harmeet Singh Sooden", "Norman Kember"],
        alias_groups={"James Loney": ["Jim Loney"], "Harmeet Singh Sooden": ["Harmeet Sooden"]},
        not_released_names=["Jill Carroll"],
        other_event_released_names=["Susanne Osthoff"],
        other_people=["Tom Fox", "Doug Pritchard", "Carol Rose", "Pat Kember", "Dan Hunt", "Ed Loney"],
        distractors=["Tom Fox was killed (body found 9 March)", "ages 41 / 32 / 74", "'thousands of people of faith'",
                     "relatives: Pat Kember (wife), Ed Loney (brother), Dan Hunt (partner)"],
    ),
    dict(
        file="011_polisario_pows_agadir.txt", published="2005-08-18", outlet="AP wire",
        event="Polisario Front frees last 404 Moroccan POWs, flown to Agadir, 2005-08-18",
        counts=[
            C("released", 404, "released the 404 Moroccan prisoners of war"),
            C("released", 100, "it released 100 prisoners at the request of the Spanish government", note="earlier event (February 2004)"),
            C("released", 2000, "it has freed more than 2,000 since 1996", qualifier="more_than", note="cumulative since 1996"),
            C("other", 150, "account for some 150 Sahrawis who it says disappeared", qualifier="about",
              note="claim by Polisario; missing, not stated as held"),
            C("other", 20, "more than 20 years of their lives in captivity", qualifier="more_than", note="duration"),
            C("other", 2, "two U.S. military transport planes"),
        ],
        released_names=["Ahmed Bouazza"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jamal El-Fassi", "Richard Lugar", "Mohamed Abdelaziz", "Mohammed VI", "Anne-Lise Ferrat"],
        distractors=["transfer to Agadir stated without a number ('The men were flown ...')", "shot down in 1978; age 58",
                     "two sons", "1975 / 1991 (years)"],
    ),
    dict(
        file="012_fiji_parliament_hostages.txt", published="2000-07-14", outlet="Fiji regional daily online (weather, classifieds, in-other-news)",
        event="George Speight frees Mahendra Chaudhry and the last 17 parliamentary hostages, Suva, 2000-07-13",
        counts=[
            C("released", 18, "The 18 walked out through the main gate"),
            C("other", 17, "17 other hostages were released", note="'Chaudhry and 17 others' = 18; 17 alone is not the total"),
            C("released", 11, "Eleven were let go within the first week", note="earlier event (May 2000)"),
            C("released", 14, "A further group of 14 was freed on June 13", note="earlier event (June 13)"),
            C("other", 43, "Originally, 43 people were taken hostage", note="total taken"),
            C("remaining_held", 20, "still holding about 20 power company workers", qualifier="about",
              note="separate standoff (Monasavu dam)"),
            C("remaining_held", 4, "four officers taken hostage when rebels seized the Labasa police station last week remain in the hands",
              note="separate standoff (Labasa)"),
            C("other", 200, "the crowd of about 200 supporters", qualifier="about"),
            C("other", 3000, "Up to 3,000 supporters", note="'up to'"),
            C("other", 100, "more than 100 weapons remain unaccounted for", qualifier="more_than", note="weapons, not people"),
            C("other", 26, "26-man squad", note="page noise"),
        ],
        released_names=["Mahendra Chaudhry", "Tupeni Baba", "Krishna Datt", "Adi Koila Nailatikau"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Lavinia Padarath"],
        other_people=["George Speight", "Kamisese Mara", "Virmati Chaudhry", "Josefa Iloilo", "Frank Bainimarama",
                      "Hasmukh Patel", "Laisenia Qarase", "Margaret Wise", "Ropate Valemei"],
        distractors=["Virmati Chaudhry is the wife (relative, shares surname)", "56 days (duration)",
                     "Labasa hostages unnamed", "10 per cent (page noise)"],
    ),
    dict(
        file="013_warsaw_amnesty_1986.txt", published="1986-09-15", outlet="UPI wire (archive)",
        event="Poland completes release of 225 political prisoners incl. Zbigniew Bujak, 1986-09-15",
        counts=[
            C("released", 225, "completed the release of 225 political prisoners"),
            C("remaining_held", 16, "at least 16 people jailed for political activity remained behind bars", qualifier="at_least",
              note="per underground Solidarity sources"),
            C("released", 20000, "about 20,000 people have been released", qualifier="about",
              note="cumulative under the July amnesty, mostly common criminals"),
            C("released", 652, "A similar amnesty in July 1984 freed 652 political prisoners", note="earlier event (July 1984)"),
            C("other", 10000000, "nearly 10 million members", qualifier="about"),
        ],
        released_names=["Zbigniew Bujak", "Bogdan Lis", "Adam Michnik", "Wladyslaw Frasyniuk", "Leszek Moczulski"],
        alias_groups={},
        not_released_names=["Marek Adamkiewicz", "Rafal Moczulski"],
        other_event_released_names=[],
        other_people=["Thomas Kern", "Czeslaw Kiszczak", "Lech Walesa", "Jerzy Urban", "Jozef Glemp", "Wojciech Jaruzelski"],
        distractors=["'there are no longer any political prisoners' (government claim)", "2 1/2 years (sentence)",
                     "'hundreds were rearrested' (vague)", "more than four years underground",
                     "Rafal Moczulski is the son of freed Leszek Moczulski and remains in prison"],
    ),
    dict(
        file="014_bory_amnesty_1990_cs.txt", published="1990-01-05", outlet="Czech regional daily, translated ('1 412', '23 000')",
        event="Havel New Year amnesty: 1,412 prisoners leave Plzeň-Bory prison, January 1990",
        counts=[
            C("released", 1412, "1 412 convicted persons had left the institution"),
            C("remaining_held", 380, "About 380 prisoners remain at Bory", qualifier="about"),
            C("released", 23000, "the amnesty should apply to roughly 23 000", qualifier="about",
              note="projected nationwide total (planned)"),
            C("other", 31000, "approximately 31 000 persons currently serving sentences", qualifier="about",
              note="total prison population"),
            C("other", 150, "temporary accommodation for about 150 people", qualifier="about"),
            C("other", 2500, "2 500 workers", note="page noise"),
        ],
        released_names=["Miroslav Dvořák"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ján Čarnogurský"],
        other_people=["Václav Havel", "Jaroslav Vaněk", "Dagmar Burešová", "Zdeněk Hrubý"],
        distractors=["batches of fifty", "400 Kčs (money)", "age 34; three of four-and-a-half years",
                     "'up to one third' (sentence reduction)", "1:3 score; −8 °C"],
    ),
    dict(
        file="015_greste_cairo_release.txt", published="2015-02-01", outlet="Australian broadcaster web page (photo credit, video residue, related)",
        event="Egypt frees and deports Al Jazeera journalist Peter Greste, 2015-02-01",
        counts=[
            C("remaining_held", 2, "his two colleagues, Canadian-Egyptian Mohamed Fahmy and Egyptian producer Baher Mohamed, who remain in Tora prison"),
            C("remaining_held", 12, "at least 12 journalists are behind bars in Egypt", qualifier="at_least", note="CPJ estimate"),
            C("other", 400, "more than 400 days after he was arrested", qualifier="more_than", note="duration"),
            C("other", 2, "Two Australians killed in Bali car crash", note="page noise"),
        ],
        released_names=["Peter Greste"],
        alias_groups={},
        not_released_names=["Mohamed Fahmy", "Baher Mohamed"],
        other_event_released_names=[],
        other_people=["Sophie McNeill", "Dan Himbrechts", "Julie Bishop", "Lois Greste", "Juris Greste",
                      "Mostefa Souag", "Tony Abbott", "Abdel Fattah al-Sisi", "Andrew Greste"],
        distractors=["deported to Cyprus (no number)", "brother Mike (first name only)", "seven / 10 / three years (sentences)",
                     "age 49", "'7 things to know' (page noise)"],
    ),
    dict(
        file="016_sulu_vagni_release.txt", published="2009-07-12", outlet="Mindanao regional daily online",
        event="Abu Sayyaf frees ICRC delegate Eugenio Vagni in Sulu, 2009-07-12",
        counts=[
            C("remaining_held", 4, "the Abu Sayyaf is still holding at least four other hostages", qualifier="at_least"),
            C("other", 3, "three Filipino villagers", note="subset of the four held"),
            C("other", 2, "Troops arrested two suspected Abu Sayyaf members", note="taken into custody"),
            C("other", 100, "killed more than 100 people", qualifier="more_than", note="casualties, 2004"),
            C("other", 400, "fewer than 400 armed followers", note="'fewer than' (upper bound)"),
            C("other", 178, "after 178 days", note="duration"),
            C("other", 5, "Marines kill 5 in clash", note="page noise"),
        ],
        released_names=["Eugenio Vagni"],
        alias_groups={},
        not_released_names=["Mohamad Rizal Ahamed"],
        other_event_released_names=["Andreas Notter", "Mary Jean Lacaba"],
        other_people=["Hadji Mortaza Ismael", "Lady Ann Sahidulla", "Abdusakur Tan", "Albader Parad",
                      "Jean-Daniel Tauxe", "Richard Gordon", "Ben Yadah Kamlon", "Jul-Asri Sahiron"],
        distractors=["'turned over' = released", "Jul-Asri Sahiron released on bail (not a release)",
                     "Ben Yadah Kamlon arrested (into custody)",
                     "Mohamad Rizal Ahamed: still held, release only promised (planned)",
                     "age 62; 2 a.m.", "Lotto 6/45 (page noise)"],
    ),
    dict(
        file="017_piracy_ransom_oped.txt", published="2009-02-09", outlet="newspaper opinion piece (mentions release in passing)",
        event="Somali pirates release MV Faina and its 20 surviving crew after ransom, 2009-02-05",
        counts=[
            C("released", 20, "Its 20 surviving crew members were freed"),
            C("other", 17, "17 Ukrainians, two Russians and a Latvian", note="subset breakdown of the 20"),
            C("other", 10, "still holding at least 10 ships", qualifier="at_least", note="ships, not people"),
            C("remaining_held", 200, "still holding at least 10 ships and more than 200 crew members", qualifier="more_than",
              note="as of Feb 2009, all Somali-held vessels"),
            C("remaining_held", 100, "at least 100 of their members are in the hands of pirates", qualifier="at_least",
              note="claim by Filipino seafarer organisations; subset of the 200"),
            C("released", 30, "Le Ponant was released with its 30 crew", note="earlier event (April 2008)"),
            C("other", 33, "33 Soviet-designed T-72 tanks", note="cargo"),
            C("other", 111, "pirates attacked 111 ships", note="2008 statistics"),
            C("other", 42, "hijacked 42 of them", note="ships hijacked in 2008"),
            C("other", 133, "for 133 days", note="duration"),
            C("other", 900, "900 billion", note="page noise"),
        ],
        released_names=["Viktor Nikolsky"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Daniel Okoro", "Sugule Ali", "Vladimir Kolobkov", "Viktor Yushchenko"],
        distractors=["captain Vladimir Kolobkov died in captivity (neither released nor held)",
                     "3.2 million dollars ransom", "'half a dozen warships'", "'Three things' (list)",
                     "Karagöl is a ship name"],
    ),
    dict(
        file="018_pkk_frees_captives_2013.txt", published="2013-03-13", outlet="Reuters wire",
        event="PKK frees eight Turkish captives in northern Iraq, 2013-03-13",
        counts=[
            C("released", 8, "Kurdish PKK militants freed eight Turks held captive"),
            C("other", 40000, "More than 40,000 people have been killed", qualifier="more_than", note="casualties"),
        ],
        released_names=["Mustafa Kaya", "Huseyin Bayram", "Ahmet Yildiz"],
        alias_groups={"Huseyin Bayram": ["Hüseyin Bayram"]},
        not_released_names=["Abdullah Ocalan"],
        other_event_released_names=[],
        other_people=["Orhan Dere", "Ayla Akat Ata", "Adil Kurt", "Huseyin Aygun", "Tayyip Erdogan", "Seda Kiran",
                      "Claire Whitman", "Alison Weller"],
        distractors=["Ocalan: 'jailed leader', held since 1999, life sentence (still held)",
                     "'thousands ... remain in jail' (vague)", "nearly two years; since 1984",
                     "Huseyin Aygun (lawmaker) shares a first name with Huseyin Bayram"],
    ),
    dict(
        file="019_minsk_pardon_statement_2015.txt", published="2015-08-22", outlet="government statement (presidential web portal)",
        event="Belarus pardons six political prisoners incl. Statkevich, 2015-08-22",
        counts=[
            C("released", 6, "signed a decree pardoning six persons"),
            C("released", 34, "in 2015 the Head of State has pardoned 34 persons", note="cumulative for 2015"),
        ],
        released_names=["Nikolai Statkevich", "Yuri Rubtsov", "Nikolai Dedok", "Igor Olinevich", "Yevgeny Vaskovich",
                        "Artyom Prokopenko"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Alexander Lukashenko"],
        distractors=["released names listed in a copular sentence ('The pardoned persons are ...')"],
    ),
    dict(
        file="020_zoe_ark_pardon_court.txt", published="2008-04-01", outlet="French court report (translated style)",
        event="Zoe's Ark members pardoned by Chad's Déby and released from French prisons, 2008-03-31/04-01",
        counts=[
            C("released", 6, "ordered the release of the six"),
            C("transferred_to", 6, "the six were transferred to France", where="France",
              note="earlier event (December 2007 transfer after the verdict)"),
            C("released", 3, "brought home three French journalists", note="earlier event (November 2007)"),
            C("released", 4, "four Spanish flight attendants who had been arrested with the group",
              note="earlier event (November 2007)"),
            C("other", 103, "103 children", note="children the group tried to take"),
            C("other", 8, "eight years of hard labour", note="sentence"),
        ],
        released_names=["Eric Breteau", "Émilie Lelouch", "Alain Péligat", "Dominique Aubry", "Nadia Merimi",
                        "Philippe van Winkelberg"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Marie-Agnès Peleran"],
        other_people=["Anne-Claire Dufour", "Idriss Déby", "Gilbert Collard", "Mario Stasi", "Nicolas Sarkozy"],
        distractors=["4.12 billion CFA francs / 6.3 million euros", "1976 convention", "courtroom 3; 10.05",
                     "remaining Spanish crew and Belgian pilot freed later (unnamed, other event)",
                     "children 'still in an orphanage' (not detainees)"],
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
        for canon, aliases in g["alias_groups"].items():
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
