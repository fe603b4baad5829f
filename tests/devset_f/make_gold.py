#!/usr/bin/env python3
"""Gold for devset_f (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_nigeria_kankara_schoolboys_wire.txt", published="2020-12-18", outlet="Reuters wire (photo credit, Read Next list)",
        event="Kankara (Katsina) schoolboys freed after abduction, 2020-12-17/18",
        counts=[
            C("released", 344, "344 students have been released"),
            C("released", 300, "More than 300 schoolboys kidnapped by gunmen from a boarding school in northwest Nigeria last week have been freed",
              qualifier="more_than", note="same event, rounded"),
            C("other", 333, "put the number of missing students at 333", note="earlier police estimate of those missing"),
            C("other", 800, "more than 800 students enrolled", qualifier="more_than", note="enrolment"),
            C("other", 276, "seized 276 schoolgirls", note="Chibok 2014 abduction (background; not a release)"),
            C("other", 1100, "More than 1,100 people were killed", qualifier="more_than", note="casualties"),
            C("other", 200000000, "200 million vaccine doses", note="page noise"),
        ],
        released_names=["Usman Abdullahi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Aminu Bello Masari", "Muhammadu Buhari", "Garba Shehu", "Abubakar Shekau", "Michelle Obama",
                      "Sani Yusuf", "Habib Sani", "Tife Adeyemi", "Clara Whitcombe", "Daniel Aldous", "Segun Bakare"],
        distractors=["Sani Yusuf is the uncle of an unnamed freed boy", "17-year-old (age)", "six days; Dec. 11",
                     "11.5% (page noise)", "Masari 'believed all accounted for' is not a held count"],
    ),
    dict(
        file="002_nigeria_kaduna_train_regional.txt", published="2022-10-06", outlet="Nigerian daily (ads, Read also, comment count)",
        event="Last 23 Abuja-Kaduna train hostages freed, 2022-10-05",
        counts=[
            C("released", 23, "Last 23 captives regain freedom",
              note="body: 'The remaining 23 passengers ... have been released' (remaining = last, not still held)"),
            C("other", 11, "11 men", note="subset of the 23"),
            C("other", 5, "five women", note="subset of the 23"),
            C("other", 7, "seven children", note="subset of the 23"),
            C("other", 3, "their three children", note="subset (Garba family)"),
            C("other", 2, "her two daughters", note="subset (Shuaibu family)"),
            C("other", 362, "362 passengers on board"),
            C("other", 8, "At least eight people were killed", qualifier="at_least", note="casualties of the attack"),
            C("other", 62, "62 others abducted", note="total abducted in March"),
            C("released", 11, "Eleven hostages were freed on June 11", note="earlier event (June 11)"),
            C("released", 7, "Eleven hostages were freed on June 11 and seven others on August 2", note="earlier event (August 2)"),
            C("released", 39, "in all 39 had been released before Wednesday", note="earlier events, cumulative before this release"),
            C("other", 603, "Flood: 603 dead", note="page noise"),
            C("other", 30, "abduct 30 worshippers", note="page noise (abduction)"),
        ],
        released_names=["Abubakar Idris Garba", "Hannatu Shuaibu"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Alwan Ali-Hassan"],
        other_people=["Musa Danmadami", "Lucky Irabor", "Nuhu Bala", "Tukur Mamu", "Fidet Okhiria",
                      "Aminu Sa'idu Ladan", "Ruth Okwumbu"],
        distractors=["Tukur Mamu: negotiator arrested (taken INTO custody), bail application pending; not a hostage",
                     "pregnant woman freed in May (unnamed, earlier event)", "Nuhu Bala's unnamed brother was freed",
                     "191 days; 44 Nigerian Army Reference Hospital; N735/$; 34th; 12 Comments"],
    ),
    dict(
        file="003_iran_france_briere_phelan.txt", published="2023-05-12", outlet="French broadcaster, English web page (Read more)",
        event="Iran frees Benjamin Brière and Bernard Phelan, 2023-05-12",
        counts=[
            C("released", 2, "Iran on Friday released two French nationals"),
            C("remaining_held", 4, "the four French nationals still detained in Iran"),
            C("other", 500, "more than 500 protesters killed", qualifier="more_than", note="page noise"),
        ],
        released_names=["Benjamin Brière", "Bernard Phelan"],
        alias_groups={},
        not_released_names=["Cécile Kohler", "Jacques Paris", "Louis Arnaud"],
        other_event_released_names=["Fariba Adelkhah", "Roland Marchal", "Jalal Rohollahnejad"],
        other_people=["Emmanuel Macron", "Masoud Setayeshi", "Micheál Martin", "Caroline Massé-Phelan",
                      "Blandine Brière", "Catherine Colonna", "Mahsa Amini", "Habib Chaab"],
        distractors=["Adelkhah freed from prison in February but barred from leaving Iran (earlier event)",
                     "Marchal/Rohollahnejad swap March 2020 (earlier event, both sides)",
                     "fourth French detainee unnamed", "Blandine Brière and Caroline Massé-Phelan are sisters",
                     "eight years and eight months; six and a half years; ages 37, 64", "Habib Chaab executed (page noise)"],
    ),
    dict(
        file="004_uae_hedges_pardon_broadcaster.txt", published="2018-11-26", outlet="UK broadcaster web page (cookie banner, top stories)",
        event="UAE pardons Matthew Hedges among 785 National Day pardons, 2018-11-26",
        counts=[
            C("released", 785, "among 785 prisoners pardoned"),
            C("other", 24, "24 sailors", note="page noise (Kerch: sailors seized by Russia; not this event)"),
            C("other", 3, "seizes three navy ships", note="page noise"),
        ],
        released_names=["Matthew Hedges"],
        alias_groups={},
        not_released_names=["Ahmed Mansoor"],
        other_event_released_names=[],
        other_people=["Khalifa bin Zayed Al Nahyan", "Jaber al-Lamki", "Daniela Tejada", "Jeremy Hunt",
                      "Anwar Gargash", "Theresa May"],
        distractors=["'100% a full-time intelligence operative' (percentage)", "47th National Day (ordinal)",
                     "life sentence; 10 years; five-minute hearing; age 31", "Daniela Tejada is the wife"],
    ),
    dict(
        file="005_myanmar_turnell_bowman_wire.txt", published="2022-11-17", outlet="AP wire (newsletter prompt, ads)",
        event="Myanmar National Victory Day amnesty of 5,774 incl. Turnell, Bowman, Kubota, Kyaw Htay Oo, 2022-11-17",
        counts=[
            C("released", 5774, "it was releasing 5,774 prisoners"),
            C("released", 6000, "frees nearly 6,000 prisoners", qualifier="about", note="headline, rounded"),
            C("released", 4, "The four foreigners were freed", note="subset of the 5,774"),
            C("other", 676, "including 676 women", note="subset of the 5,774"),
            C("remaining_held", 3, "The three former ministers, Kyaw Win, Soe Win and Set Aung, were not included in the amnesty and remain in prison",
              note="named co-defendants"),
            C("remaining_held", 13000, "about 13,000 remain in detention", qualifier="about", note="AAPP, as of Wednesday 2022-11-16"),
            C("other", 16000, "more than 16,000 people have been arrested", qualifier="more_than", note="cumulative arrests since coup"),
            C("other", 2400, "At least 2,400 civilians have been killed", qualifier="at_least", note="casualties"),
            C("released", 23000, "the military freed more than 23,000 prisoners", qualifier="more_than",
              note="earlier event (February 2021 amnesty)"),
        ],
        released_names=["Sean Turnell", "Vicky Bowman", "Toru Kubota", "Kyaw Htay Oo", "Htein Lin"],
        alias_groups={},
        not_released_names=["Aung San Suu Kyi", "Kyaw Win", "Soe Win", "Set Aung"],
        other_event_released_names=[],
        other_people=["Zaw Min Tun", "Hirokazu Matsuno", "Anthony Albanese", "Ha Vu", "Min Aung Hlaing",
                      "Lisa Harmon", "Kaung Myat"],
        distractors=["'will be deported' (released already; deportation to follow)", "Htein Lin is Bowman's husband and was also freed",
                     "Ha Vu is Turnell's wife", "26 years; three years; one year; 10 years; ages 58/77/56/26; more than 600 days",
                     "2002 to 2006 (years)"],
    ),
    dict(
        file="006_turkey_brunson_liveblog.txt", published="2018-10-12", outlet="UK newspaper world-news live blog (timestamps, unrelated entries)",
        event="Turkish court releases US pastor Andrew Brunson, 2018-10-12",
        counts=[
            C("remaining_held", 12, "more than a dozen other American citizens and green-card holders remain detained in Turkey",
              qualifier="more_than"),
            C("other", 17, "risen to at least 17", qualifier="at_least", note="unrelated live-blog entry (hurricane deaths)"),
            C("other", 2, "sanctions on two Turkish ministers"),
        ],
        released_names=["Andrew Brunson"],
        alias_groups={"Serkan Gölge": ["Serkan Golge"]},
        not_released_names=["Serkan Gölge", "Metin Topuz", "Hamza Uluçay"],
        other_event_released_names=[],
        other_people=["Jamal Khashoggi", "Donald Trump", "Norine Brunson", "Mike Pompeo", "İsmail Cem Halavurt",
                      "Recep Tayyip Erdoğan", "Fethullah Gülen", "Thom Tillis", "Maya Thornton", "Kerem Aksoy"],
        distractors=["moved to house arrest in July (not a release)", "Khashoggi disappeared/killed (not held, not released)",
                     "three years, one month and 15 days; up to 35 years; 23 years; two years", "40% (lira)",
                     "fourth hearing (ordinal)", "Comments (1,204)", "Norine Brunson is the wife; Gölge's wife unnamed"],
    ),
    dict(
        file="007_qatar_children_mofa_statement.txt", published="2024-06-19", outlet="government statement (Qatar MoFA), related-news list",
        event="Qatar-mediated return of 13 Ukrainian and 3 Russian children, 2024-06-18",
        counts=[
            C("transferred_to", 13, "The thirteen children were handed over to Ukraine", where="Ukraine"),
            C("transferred_to", 3, "three Russian children were returned to their families in the Russian Federation", where="Russia"),
            C("other", 48, "This brings to 48 the total number of children reunited", note="cumulative since October 2023 (reunifications, not releases)"),
            C("other", 25, "Killing 25 People", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Lolwah bint Rashid Al Khater", "Maria Lvova-Belova", "Dmytro Lubinets"],
        distractors=["headline repeats 13 and 3", "aged between 4 and 17 years", "12th Meeting (ordinal)",
                     "children are returned/reunited, not 'released' prisoners; no names"],
    ),
    dict(
        file="008_mexico_matamoros_americans_es.txt", published="2023-03-10", outlet="Mexican daily, translated from Spanish (Spanish number format)",
        event="Two of four kidnapped Americans rescued alive in Matamoros, 2023-03-07",
        counts=[
            C("released", 2, "Two of the four US citizens kidnapped last Friday in Matamoros were found alive",
              note="rescued alive (hostage release by rescue)"),
            C("transferred_to", 2, "The two survivors were handed over to US authorities", where="United States",
              note="returned home across the border"),
            C("other", 4, "the four US citizens kidnapped", note="total kidnapped"),
            C("other", 2, "the other two were found dead", note="dead hostages"),
            C("other", 5, "The five men were handed over to the state prosecutor's office",
              note="suspects handed INTO custody by the cartel; not a release/transfer of releasees"),
            C("other", 12000, "more than 12.000 people reported as disappeared", qualifier="more_than", note="Spanish format 12.000"),
            C("other", 50000, "a reward of 50.000 dollars", note="money"),
            C("other", 1200, "1.200 police officers", note="page noise"),
        ],
        released_names=["Latavia Washington McGee", "Eric James Williams"],
        alias_groups={"Eric James Williams": ["Eric Williams"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Shaeed Woodard", "Zindell Brown", "Areli Pablo Servando", "José Guadalupe", "Américo Villarreal Anaya",
                      "Irving Barrios Mojica", "Andrés Manuel López Obrador", "Ken Salazar", "Barbara Burgess",
                      "Zalandria Brown", "Luis Ángel Herrera"],
        distractors=["Woodard and Brown were found dead (not released, not held)", "José Guadalupe 'N' arrested (into custody)",
                     "Barbara Burgess is McGee's mother; Zalandria Brown is Zindell Brown's sister",
                     "25 kilometres; ages 33, 24; 18,05 per dollar (decimal comma)", "headline: 'hands over five of its members'"],
    ),
    dict(
        file="009_somalia_naham3_brief.txt", published="2016-10-23", outlet="AFP brief (~150 words)",
        event="Somali pirates free 26 crew of FV Naham 3, 2016-10-22/23",
        counts=[
            C("released", 26, "Somali pirates have released 26 Asian sailors"),
            C("transferred_to", 26, "The 26 were flown to Nairobi", where="Nairobi"),
            C("other", 3, "All but three of the original 29 crew survived", note="three died (captain killed, two of illness)"),
            C("other", 29, "the original 29 crew", note="crew at hijacking"),
            C("other", 2, "two sailors died of illness in captivity", note="deaths"),
            C("remaining_held", 700, "pirates held more than 700 seafarers", qualifier="more_than",
              note="earlier event (2011 peak of piracy)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["John Steed"],
        distractors=["more than four and a half years (duration)", "March 2012; 2011 (years)", "no crew names given"],
    ),
    dict(
        file="010_uzbekistan_bekjanov_ngo_release.txt", published="2017-02-23", outlet="press-freedom NGO press release",
        event="Uzbekistan frees journalist Muhammad Bekjanov, 2017-02-22",
        counts=[
            C("remaining_held", 4, "Uzbekistan was holding four journalists behind bars",
              note="as of 2016-12-01, before this release (includes Bekjanov)"),
            C("remaining_held", 3, "at least three remain imprisoned", qualifier="at_least"),
        ],
        released_names=["Muhammad Bekjanov"],
        alias_groups={},
        not_released_names=["Yusuf Ruzimuradov", "Dilmurod Saiid", "Solijon Abdurakhmanov"],
        other_event_released_names=[],
        other_people=["Muhammad Salih", "Islam Karimov", "Elena Marchetti", "Shavkat Mirziyoyev", "Daniel Osei"],
        distractors=["his wife, Nina (first name only)", "Muhammad Salih is the brother (exiled, not held)",
                     "nearly 18 years; 15 years; five years; 12-and-a-half-year; 10 years; 27 years", "1991 election"],
    ),
    dict(
        file="011_algeria_drareni_hirak_fr.txt", published="2021-02-20", outlet="French daily (with AFP), machine-translated, French number format",
        event="Algeria frees Khaled Drareni and dozens of Hirak detainees after presidential pardon, 2021-02-19",
        counts=[
            C("released", 33, "at least 33 Hirak detainees had been released by Friday evening", qualifier="at_least"),
            C("released", 60, "pardon \"some sixty\" Hirak detainees", qualifier="about",
              note="announced pardon (Thursday); being carried out, partly planned"),
            C("remaining_held", 70, "some 70 people were still behind bars on Friday evening", qualifier="about"),
            C("released", 4700, "he pardoned some 4 700 prisoners", qualifier="about", note="earlier event (July 2020); French format"),
            C("released", 76, "76 Hirak detainees had been released in a single day", note="earlier event (January 2020)"),
        ],
        released_names=["Khaled Drareni", "Rachid Nekkaz"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Walid Nekkiche", "Lakhdar Bouregaa"],
        other_people=["Abdelmadjid Tebboune", "Abdelaziz Bouteflika", "Sofiane Benyahia"],
        distractors=["Amine Ferhat: 'should walk free on Saturday' (planned; in no list)", "349 days of detention",
                     "two years in prison; fourteen months; age 40; 86-year-old", "second anniversary (ordinal)", "1 € (subscription)"],
    ),
    dict(
        file="012_drc_tshisekedi_analysis.txt", published="2019-05-22", outlet="policy analysis piece (releases mentioned in passing)",
        event="DRC: Tshisekedi's first months; March 2019 pardon of ~700 prisoners (in passing)",
        counts=[
            C("released", 700, "Tshisekedi pardoned some 700 prisoners", qualifier="about"),
            C("other", 300, "more than 300 of the 500 seats", qualifier="more_than", note="parliament seats"),
            C("other", 1200, "has killed more than 1,200 people", qualifier="more_than", note="Ebola deaths"),
            C("other", 120000, "more than 120,000 people have been vaccinated", qualifier="more_than"),
            C("other", 1000, "Ebola outbreak passes 1,000 deaths", note="page noise (related link)"),
        ],
        released_names=["Franck Diongo", "Firmin Yangambi"],
        alias_groups={},
        not_released_names=["Eddy Kapend"],
        other_event_released_names=["Jean-Pierre Bemba"],
        other_people=["Félix Tshisekedi", "Joseph Kabila", "Sylvestre Ilunga Ilunkamba", "Martin Fayulu", "Vital Kamerhe",
                      "Moïse Katumbi", "Laurent-Désiré Kabila", "Jean-Claude Mutombo", "Pascal Mbuyi", "Hannah Kessler"],
        distractors=["Katumbi returned from exile (not a release)", "'dozens of others sentenced in the same trial' remain (vague)",
                     "fewer than 50 seats; about 60%; $300 million; $6 billion; 80 million people; 1,500 km; age 72",
                     "100-day programme; 2016-2018", "Bemba freed in 2018 by ICC ruling (earlier event)"],
    ),
    dict(
        file="013_iran_austria_denmark_de.txt", published="2023-06-02", outlet="Austrian daily (APA), translated from German (German number format)",
        event="Iran frees Austrian-Iranians Mossaheb and Ghaderi and a Dane via Oman, 2023-06-02",
        counts=[
            C("released", 3, "Iran released three Europeans"),
            C("transferred_to", 3, "The three were flown to Muscat", where="Muscat"),
            C("remaining_held", 20, "around 20 people with Western passports are still being held in Iran", qualifier="about"),
            C("other", 300, "Executions rise to more than 300", qualifier="more_than", note="page noise"),
        ],
        released_names=["Massud Mossaheb", "Kamran Ghaderi"],
        alias_groups={"Massud Mossaheb": ["Massoud Mossaheb"]},
        not_released_names=["Shahab Dalili"],
        other_event_released_names=[],
        other_people=["Alexander Schallenberg", "Karl Nehammer", "Haitham bin Tariq", "Alexander Van der Bellen",
                      "Harriet Ghaderi", "Lars Løkke Rasmussen", "Darian Dalili"],
        distractors=["Danish citizen unnamed", "Mossaheb's earlier medical leave is not a release",
                     "more than 2.700 days (German format, duration); ten years; 76-year-old", "134 postings",
                     "Harriet Ghaderi is the wife; Darian Dalili is the son of the still-held Shahab Dalili"],
    ),
    dict(
        file="014_colombia_farc_last_ten_wire.txt", published="2012-04-02", outlet="AFP wire",
        event="FARC free last 10 police and military hostages, 2012-04-02",
        counts=[
            C("released", 10, "freed ten police and soldiers"),
            C("other", 6, "The six soldiers", note="subset of the 10"),
            C("other", 4, "four policemen", note="subset of the 10"),
            C("other", 2, "Two Brazilian air force helicopters"),
            C("remaining_held", 400, "the rebels still hold some 400 civilians", qualifier="about", note="País Libre estimate; FARC deny"),
            C("released", 6, "the FARC freed six hostages", note="earlier event (February 2009)"),
            C("other", 9000, "about 9,000 fighters", qualifier="about"),
        ],
        released_names=["Jorge Trujillo Solarte", "Jorge Humberto Romero", "José Libardo Forero", "Carlos José Duarte",
                        "Luis Alfonso Beltrán", "Luis Arturo Arcia", "Robinson Salcedo Guarín", "Luis Alfredo Moreno",
                        "César Augusto Lasso", "Wilson Rojas Medina"],
        alias_groups={"Rodrigo Londoño": ["Timoleón Jiménez", "Timochenko"]},
        not_released_names=[],
        other_event_released_names=["Alan Jara", "Sigifredo López"],
        other_people=["Piedad Córdoba", "Olivia Solarte", "Juan Manuel Santos", "Rodrigo Londoño"],
        distractors=["Olivia Solarte is the mother of Jorge Trujillo Solarte", "more than 14 years; 1998 and 1999; 1964",
                     "surname-only second mentions Forero, Lasso", "'roughly half as many as a decade ago'"],
    ),
    dict(
        file="015_lithuania_russia_spy_swap.txt", published="2019-11-15", outlet="Baltic public broadcaster, English service (Read more, newsletter)",
        event="Lithuania-Russia spy swap: Berg, Tamošaitis, Mataitis for Filipchenko, Moiseyenko, 2019-11-15",
        counts=[
            C("exchanged", 3, "Three men held in Russia crossed into Lithuania"),
            C("exchanged", 2, "two Russians convicted in Lithuania were handed over to the Russian side"),
            C("transferred_to", 3, "Three men held in Russia crossed into Lithuania", where="Lithuania",
              note="inferred; Berg is Norwegian and flies on to Oslo"),
            C("transferred_to", 2, "two Russians convicted in Lithuania were handed over to the Russian side", where="Russia",
              note="inferred: returned home"),
        ],
        released_names=["Frode Berg", "Aristidas Tamošaitis", "Jevgenij Mataitis", "Nikolai Filipchenko", "Sergei Moiseyenko"],
        alias_groups={"Aristidas Tamošaitis": ["Tamosaitis"], "Jevgenij Mataitis": ["Yevgeny Mataitis"]},
        not_released_names=["Yuri Mel"],
        other_event_released_names=[],
        other_people=["Darius Jauniškis", "Gitanas Nausėda", "Vladimir Putin", "Ine Eriksen Søreide", "Brynjulf Risnes",
                      "Linas Linkevičius"],
        distractors=["copular sentences 'The freed men are ...' / 'The two Russians released by Lithuania are ...'",
                     "14 / 13 / 11 / 10 / seven-year sentences", "Three-for-two (headline)",
                     "page noise: 1.1 billion euros, 607 euros, 27 metres"],
    ),
    dict(
        file="016_burkina_ken_elliott_regional.txt", published="2023-05-19", outlet="Australian regional newspaper (newsletter prompt, comments, Read more)",
        event="Australian doctor Ken Elliott freed after seven years as hostage in the Sahel, 2023-05-18/19",
        counts=[
            C("other", 10000, "killed more than 10,000 people", qualifier="more_than", note="casualties"),
            C("other", 2000000, "displaced about two million", qualifier="about"),
        ],
        released_names=["Ken Elliott"],
        alias_groups={},
        not_released_names=["Iulian Ghergut"],
        other_event_released_names=["Jocelyn Elliott", "Jörg Lange"],
        other_people=["Anthony Albanese", "Penny Wong", "Ibrahim Traoré", "Caitlin Moore", "Jack Reilly"],
        distractors=["Jocelyn Elliott is the wife, freed in 2016 (earlier event)", "age 88; more than seven years; four decades; 1972",
                     "'Several other foreigners remain' (vague)", "second coup in eight months", "$4.2 billion; 140km/h; 3C (page noise)",
                     "Comments (48)"],
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
            if (c["kind"] == "transferred_to") != bool(c["where"]):
                print(f"{g['file']}: 'where' must be set exactly for transferred_to: {c['quote']!r}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        for n, aliases in g["alias_groups"].items():
            for a in [n] + aliases:
                if a.casefold() not in low:
                    print(f"{g['file']}: alias not found: {a!r}", file=sys.stderr)
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
