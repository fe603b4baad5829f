#!/usr/bin/env python3
"""Gold for devset_ppp (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_drc_coup_americans_to_us.txt", published="2025-04-09", outlet="Reuters wire",
        event="DR Congo hands three Americans convicted over the May 2024 coup attempt to US custody, 2025-04-08/09",
        counts=[
            C("transferred_to", 3, "Three Americans sentenced to death in the Democratic Republic of Congo for their part in a failed coup attempt last year have been handed over to the United States",
              where="United States", note="transfer to serve sentences; not a release"),
            C("other", 37, "The men were among 37 people sentenced to death by a military court in September",
              note="sentenced (earlier event)"),
            C("other", 51, "a months-long trial of 51 defendants", note="defendants"),
            C("other", 14, "Fourteen defendants were acquitted",
              note="acquitted at trial in September (earlier event); not described as freed (judgement call)"),
            C("other", 6, "At least six people were killed", qualifier="at_least", note="killed in the attack"),
            C("remaining_held", 34, "The remaining 34 people sentenced to death in the case"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Marcel Malanga", "Tyler Thompson Jr.", "Benjamin Reuben Zalman-Polun"],
        other_event_released_names=[],
        other_people=["Didier Kabeya", "Helen Obiora", "Felix Tshisekedi", "Tina Salama", "Christian Malanga",
                      "Vital Kamerhe", "Miranda Thompson", "Brittney Sawyer", "Massad Boulos", "Donald Trump",
                      "Richard Bondo", "Mark Pellman"],
        distractors=["the three are transferred to serve life sentences in US prisons: still held, not freed (judgement call)",
                     "death sentences commuted to life (not a release)",
                     "Christian Malanga was killed in the attack (Marcel's father)",
                     "'He is coming home, even if he is not free' (quote)", "ages 22/21/36"],
    ),
    dict(
        file="002_bemba_icc_release_brussels.txt", published="2018-06-13", outlet="UK broadsheet (Africa page, related link)",
        event="ICC appeals chamber acquits Jean-Pierre Bemba; interim release, flown to Brussels, 2018-06-08/12",
        counts=[
            C("remaining_held", 5, "His departure leaves five suspects in the court's detention unit"),
            C("other", 18, "the 18-year sentence", note="quashed sentence"),
            C("other", 1500, "about 1,500 fighters", qualifier="about", note="MLC troops sent to CAR in 2002-03"),
            C("other", 5229, "the 5,229 victims who took part in the trial", note="participating victims"),
            C("other", 4, "Four associates convicted alongside him in the witness case",
              note="fined/suspended terms; 'have not been in custody' (not a release)"),
            C("other", 5, "their five children", note="relatives"),
        ],
        released_names=["Jean-Pierre Bemba"],
        alias_groups={},
        not_released_names=["Laurent Gbagbo", "Charles Blé Goudé", "Bosco Ntaganda"],
        other_event_released_names=[],
        other_people=["Jason Burke-Lindqvist", "Christine Van den Wyngaert", "Bertram Schmitt", "Aimé Kilolo",
                      "Jean-Jacques Mangenda", "Ange-Félix Patassé", "Fatou Bensouda", "Marie-Edith Douzima-Lawson",
                      "Eve Bazaiba"],
        distractors=["interim release pending sentence in the witness-tampering case (counted as released)",
                     "arrested in Brussels in May 2008; ten years", "majority of three to two", "In 16 years ... handful of core convictions",
                     "his wife, Liliane (first name only)", "Brussels is the destination, but no count is attached"],
    ),
    dict(
        file="003_rwigara_bail_kigali.txt", published="2018-10-05", outlet="broadcaster web page (cookie banner, video caption, related/top stories)",
        event="Rwanda's High Court frees Diane Rwigara and her mother Adeline on bail, 2018-10-05",
        counts=[
            C("released", 2, "The two women walked out of the court building"),
            C("released", 2140, "Mr Kagame pardoned 2,140 prisoners", note="earlier event (September 2018 pardon)"),
            C("other", 600, "she had failed to gather 600 valid signatures", note="signature requirement"),
            C("other", 99, "nearly 99% of the vote", note="election result"),
            C("other", 40, "At least 40 people killed in Bududa", qualifier="at_least", note="page noise"),
        ],
        released_names=["Diane Rwigara", "Adeline Rwigara"],
        alias_groups={},
        not_released_names=["Déo Mushayidi"],
        other_event_released_names=["Anne Rwigara", "Victoire Ingabire", "Kizito Mihigo"],
        other_people=["Xavier Ndahayo", "Paul Kagame", "Assinapol Rwigara", "Lewis Mudge"],
        distractors=["freed on bail (trial continues 7 November) - counted as released",
                     "Anne Rwigara was released earlier and charges dropped (same surname as the releasees; first names close under same_person)",
                     "'Bail is not freedom' (quote)", "Assinapol Rwigara died in 2015 (father)",
                     "ages 37 and 59; six years of a 15-year sentence"],
    ),
    dict(
        file="004_burundi_mbonimpa_provisional_release.txt", published="2014-09-30", outlet="NGO press release",
        event="Burundi: provisional release of Pierre Claver Mbonimpa on health grounds, 2014-09-29",
        counts=[
            C("remaining_held", 21, "21 members of the opposition Movement for Solidarity and Democracy (MSD) who were sentenced to life imprisonment",
              note="serving life sentences"),
            C("other", 48, "At least 48 people were originally arrested", qualifier="at_least", note="earlier arrests (March 2014)"),
            C("other", 3, "He was denied bail on three previous occasions", note="not a count of people"),
        ],
        released_names=["Pierre Claver Mbonimpa"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Jean-Claude Kavumbagu"],
        other_people=["Aline Nsengiyumva"],
        distractors=["provisional release; charges remain", "age 66; more than four months; ten months",
                     "'Hundreds of supporters' is vague", "2007 Martin Ennals Award", "the 21 MSD members are repeated in the recommendations"],
    ),
    dict(
        file="005_drc_bujakera_freed_fr.txt", published="2024-03-20", outlet="Kinshasa daily, machine-translated from French (space thousands separators, Read also links)",
        event="DR Congo: journalist Stanis Bujakera freed from Makala after six-month sentence, 2024-03-19",
        counts=[
            C("remaining_held", 4, "At least 4 journalists remain today in detention in the country", qualifier="at_least"),
            C("other", 1000000, "a fine of 1 000 000 Congolese francs", note="fine"),
            C("other", 5000, "more than 5 000 signatures", qualifier="more_than", note="petition"),
            C("other", 40, "more than 40 organisations", qualifier="more_than", note="organisations"),
            C("other", 1124, "1 124 attacks against journalists", note="JED annual tally"),
            C("other", 193, "193 days", note="duration"),
            C("other", 20, "20 years of penal servitude", note="sentence requested"),
            C("other", 3000, "3 000 families displaced", note="page noise"),
            C("other", 12000, "12 000 new displaced", note="page noise"),
            C("other", 10000, "a crowd of 10 000 supporters", note="page noise"),
        ],
        released_names=["Stanis Bujakera"],
        alias_groups={"Stanis Bujakera": ["Stanis Bujakera Tshiamala"]},
        not_released_names=["Jules Mbuyi Kabasele"],
        other_event_released_names=[],
        other_people=["Chérubin Okende", "Jean-Marie Kabengela", "Lucy Tamlyn", "Tshivis Tshivuadi", "Patrick Muyaya"],
        distractors=["Chérubin Okende was murdered in July 2023", "his wife and his mother (unnamed)",
                     "about 360 American dollars", "Jeune Afrique / Reuters / Actualite.cd (outlets)"],
    ),
    dict(
        file="006_car_polish_priest_miskine_swap.txt", published="2014-11-28", outlet="AFP wire",
        event="CAR/Cameroon: FDPC frees Polish priest Mateusz Dziedzic and 16 Cameroonians; Cameroon frees Abdoulaye Miskine, 2014-11-27",
        counts=[
            C("released", 16, "16 Cameroonians held hostage by a rebel group in the Central African Republic were freed",
              note="hostages other than the priest"),
            C("released", 17, "17 people in all"),
            C("transferred_to", 17, "the Cameroonian hostages, 17 people in all, were flown to Brazzaville", where="Brazzaville"),
            C("exchanged", 11, "along with 11 of his fighters", note="freed with Miskine by Cameroon (other side of the swap)"),
            C("other", 850000, "about 850,000 people have fled their homes", qualifier="about", note="displaced"),
            C("other", 8600, "Some 8,600 African Union and French troops", qualifier="about", note="troops"),
        ],
        released_names=["Mateusz Dziedzic", "Abdoulaye Miskine"],
        alias_groups={"Abdoulaye Miskine": ["Martin Koumtamadji"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Denis Sassou Nguesso", "Marcin Wojciechowski", "Issa Tchiroma Bakary", "Miroslaw Gucwa",
                      "Francois Bozize", "Catherine Samba-Panza"],
        distractors=["Martin Koumtamadji is Miskine's real name (alias)",
                     "claim that Miskine and his men were flown to Brazzaville on the same plane is unconfirmed",
                     "an unnamed Cameroonian catechist released in October (earlier event, no name, no count)",
                     "detained in Cameroon since September 2013", "'Thousands of people have been killed' is vague"],
    ),
    dict(
        file="007_chad_icrc_agronomist_freed_brief.txt", published="2010-02-09", outlet="news brief (compiled from wire reports)",
        event="ICRC agronomist Laurent Maurice, kidnapped in eastern Chad, freed in Darfur after 89 days, 2010-02-08",
        counts=[
            C("released", 2, "two aid workers of the Irish charity GOAL", note="earlier event (October 2009, Darfur)"),
            C("other", 250000, "About 250,000 Sudanese refugees", qualifier="about", note="refugees"),
            C("other", 89, "freed after 89 days", note="duration"),
        ],
        released_names=["Laurent Maurice"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Sharon Commins", "Hilda Kawuki"],
        other_people=["Marçal Izard", "Ahmat Mahamat Bachir"],
        distractors=["107 days (duration)", "Zoe's Ark affair of 2007 (demand)", "flown to Khartoum (one person, no count)"],
    ),
    dict(
        file="008_drc_lubanga_sentence_completed.txt", published="2020-03-16", outlet="regional news site, analysis piece",
        event="Thomas Lubanga leaves Makala prison after completing his 14-year ICC sentence, 2020-03-15",
        counts=[
            C("other", 14, "having served the full 14 years of his sentence", note="sentence"),
            C("other", 15, "children under the age of 15", note="age"),
            C("other", 10000000, "$10 million in collective reparations", note="reparations"),
            C("other", 425, "Only about 425 former child soldiers", qualifier="about", note="reparation beneficiaries"),
            C("other", 700, "more than 700 people were killed", qualifier="more_than", note="Ituri violence"),
            C("other", 30, "sentenced by the ICC in November 2019 to 30 years", note="sentence"),
            C("other", 60000, "about 60,000 people were killed in Ituri alone", qualifier="about", note="war dead, 1999-2003"),
        ],
        released_names=["Thomas Lubanga"],
        alias_groups={"Thomas Lubanga": ["Thomas Lubanga Dyilo"]},
        not_released_names=["Germain Katanga", "Bosco Ntaganda"],
        other_event_released_names=["Mathieu Ngudjolo Chui"],
        other_people=["Esther Kahindo", "Jean-Marie Biju-Duval", "Jacques Ngadjole", "Jean Bamanisa Saïdi"],
        distractors=["Katanga completed his ICC sentence in 2016 but remains detained on Congolese charges",
                     "'Fourteen years, and one man' (quote)", "transferred to DRC in December 2015 (earlier transfer)",
                     "hundreds of thousands have fled (vague)",
                     "judges at one point ordered his release, overturned on appeal (he was not freed)",
                     "held by Congolese authorities since 2005 (earlier detention)", "a Lendu teacher (unnamed)"],
    ),
    dict(
        file="009_kolwezi_legion_rescue_1978_archive.txt", published="1978-05-22", outlet="UK newspaper archive page (with 2018 archive note)",
        event="French Legion and Belgian paratroopers free Europeans held by FNLC rebels in Kolwezi, Zaire, 1978-05-19..21",
        counts=[
            C("released", 2000, "About 2,000 Europeans have now been brought out of Kolwezi", qualifier="about"),
            C("transferred_to", 300, "300 evacuees, most of them women and children, would land at Melsbroek military airport",
              where="Brussels", note="planned (expected tonight)"),
            C("remaining_held", 40, "the retreating rebels took at least 40 Europeans with them as hostages", qualifier="at_least"),
            C("other", 400, "About 400 men of the Legion's 2nd Foreign Parachute Regiment", qualifier="about", note="troops"),
            C("other", 44, "At least 44 Europeans were found dead", qualifier="at_least", note="dead"),
            C("other", 100, "more than 100 bodies of Africans", qualifier="more_than", note="dead"),
            C("other", 5, "Five legionnaires have been killed", note="dead"),
            C("other", 2500, "About 2,500 Europeans, most of them Belgians and French, lived in Kolwezi", qualifier="about",
              note="population before the invasion"),
            C("other", 170, "the number of Europeans killed at about 170", qualifier="about", note="later estimate (archive note)"),
        ],
        released_names=["Jean-Pierre Hardy", "Anne-Marie Vasseur"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Peter Hallam", "Philippe Erulin", "Nathanaël Mbumba", "Mobutu Sese Seko", "Leo Tindemans",
                      "Giscard d'Estaing", "Henri Simonet"],
        distractors=["Hardy's wife Monique and two daughters (first name only / unnamed)",
                     "Vasseur's husband was taken away by rebels (unnamed; fate unknown)",
                     "flown to Kamina and Kinshasa (two destinations for the 2,000)", "seized the town on May 13 (a date)"],
    ),
    dict(
        file="010_spandau_speer_schirach_freed_1966.txt", published="1966-10-01", outlet="AP wire (1966)",
        event="Speer and Schirach released from Spandau after 20 years; Hess left as sole prisoner, 1966-09-30/10-01",
        counts=[
            C("remaining_held", 1, "Rudolf Hess, 72, once the Führer's deputy, as the sole prisoner",
              note="inferred from 'sole prisoner'"),
            C("released", 4, "Four of the others were released earlier", note="earlier event (1954-1957)"),
            C("released", 2, "The two men were among the seven senior Nazis", note="inferred: Speer and Schirach"),
            C("other", 7, "the seven senior Nazis sentenced to prison terms", note="group at Nuremberg"),
            C("other", 20, "their full 20-year sentences", note="sentence"),
            C("other", 1000, "about 1,000 onlookers", qualifier="about", note="crowd"),
            C("other", 200, "some 200 reporters and photographers", qualifier="about", note="press"),
            C("other", 600, "a prison built for 600", note="capacity"),
            C("other", 800000, "about 800,000 marks a year", qualifier="about", note="cost"),
        ],
        released_names=["Albert Speer", "Baldur von Schirach"],
        alias_groups={},
        not_released_names=["Rudolf Hess"],
        other_event_released_names=["Konstantin von Neurath", "Erich Raeder", "Karl Dönitz", "Walther Funk"],
        other_people=["Heinrich Vollmer", "Ilse Hess", "Wolf Rüdiger Hess"],
        distractors=["his wife, Margarete; his son Klaus (first names only)", "ages 61/59/72", "Wolf Rüdiger Hess (son, campaigner) vs Rudolf Hess (still held): same surname",
                     "'two black Mercedes cars' (vehicles)", "ten-year sentence (Dönitz)", "flew to Scotland in 1941"],
    ),
    dict(
        file="011_breda_two_released_nl.txt", published="1989-01-28", outlet="Dutch regional daily, machine-translated (dot thousands separators)",
        event="Netherlands frees the 'Two of Breda' (aus der Fünten, Fischer) and hands them to West Germany, 1989-01-27",
        counts=[
            C("released", 2, "The two last German war criminals in Dutch prison"),
            C("transferred_to", 2, "'Two of Breda' free after 44 years and deported to West Germany", where="West Germany"),
            C("other", 118, "rejected with 118 against 27 votes", note="vote"),
            C("other", 100000, "more than 100.000 Dutch Jews", qualifier="more_than", note="deported in the war"),
            C("other", 1500, "about 1.500 people held Friday a silent vigil", qualifier="about", note="vigil"),
            C("other", 30000, "about 30.000 people were on the Malieveld", qualifier="about", note="1972 protest"),
            C("other", 154, "in total 154 people were after the war condemned", note="death sentences"),
            C("other", 40, "40 of them were executed", note="executions"),
            C("other", 4, "Originally there were four", note="the 'Four of Breda'"),
        ],
        released_names=["Ferdinand aus der Fünten", "Franz Fischer"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Willy Lages"],
        other_people=["Korthals Altes", "Queen Juliana", "Joseph Kotälla", "Sonja Hartog", "Hanna Frankenhuis", "Van Agt"],
        distractors=["Joseph Kotälla died in prison in 1979 (not released)", "'Three of Breda' (1972 group name)",
                     "ages 79/87/62", "'now holds no more war criminals' (zero remaining)", "almost 40 years / 44 years"],
    ),
    dict(
        file="012_guildford_four_freed_1989.txt", published="1989-10-20", outlet="UK broadsheet",
        event="Court of Appeal quashes Guildford Four convictions; three walk free, Paul Hill stays in custody, 1989-10-19",
        counts=[
            C("released", 3, "Three of the Guildford Four walked free yesterday"),
            C("remaining_held", 6, "the Birmingham Six, who remain in prison serving life sentences",
              note="inferred from group name"),
            C("other", 4, "Guildford Four", note="group name"),
            C("other", 7, "the Maguire Seven", note="group name (convicted 1976)"),
            C("other", 5, "killed four soldiers and a civilian", note="bombing victims"),
            C("other", 60, "injured more than 60 people", qualifier="more_than", note="injured"),
            C("other", 2, "killed two people", note="Woolwich victims"),
            C("other", 2, "Two of the six, Richard McIlkenny and Hugh Callaghan", note="subset of the Birmingham Six (still held)"),
        ],
        released_names=["Gerry Conlon", "Patrick Armstrong", "Carole Richardson"],
        alias_groups={},
        not_released_names=["Paul Hill", "Richard McIlkenny", "Hugh Callaghan"],
        other_event_released_names=["Annie Maguire"],
        other_people=["Clare Dunmore", "Brian Shaw", "Lord Lane", "Allan Green", "Sarah Conlon", "Giuseppe Conlon",
                      "Douglas Hurd", "John May", "Basil Hume", "Chris Mullin", "Alastair Logan", "Justice Donaldson",
                      "Lord Jenkins", "Merlyn Rees"],
        distractors=["Paul Hill's conviction quashed but he stays in custody for a separate murder conviction",
                     "Giuseppe Conlon died in prison in 1980 (not released)", "His sisters, Ann and Bridie (first names)",
                     "15 years / 15 minutes", "three former Surrey detectives may face charges",
                     "held for up to seven days without lawyers (1974)", "Donaldson recommended Hill should never be released",
                     "Balcombe Street unit members admitted the bombings (not released)"],
    ),
    dict(
        file="013_celadon_freed_aspromonte_1990.txt", published="1990-05-06", outlet="Italian local daily, English edition (dot thousands separators)",
        event="Kidnapped Arzignano youth Carlo Celadon freed in the Aspromonte after 831 days, 1990-05-05",
        counts=[
            C("remaining_held", 6, "at least six people kidnapped for ransom are still in the hands of their kidnappers in Italy",
              qualifier="at_least"),
            C("other", 600, "more than 600 people have been kidnapped in the country", qualifier="more_than",
              note="cumulative kidnappings since 1970"),
            C("other", 3000, "at least 3.000 people", qualifier="at_least", note="crowd"),
            C("other", 831, "831 days", note="duration"),
            C("other", 5, "about 5 billion lire", qualifier="about", note="ransom"),
            C("other", 10, "10 billion lire", note="ransom demand"),
            C("other", 743, "after 743 days", note="duration of Casella's kidnapping"),
            C("other", 30, "about 30 kilos", qualifier="about", note="weight lost"),
        ],
        released_names=["Carlo Celadon"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Cesare Casella", "Patrizia Tacchella"],
        other_people=["Candido Celadon", "Domenico Strangio", "Antonino Russo", "Giuseppe Ferrari", "Angela Casella"],
        distractors=["mother Rita, sisters Paola and Marta (first names)", "aged 21; eight-year-old",
                     "'the longest kidnapping in the history of the Republic'", "headline crowd 3.000 without qualifier"],
    ),
    dict(
        file="014_treholt_pardoned_1992.txt", published="1992-07-03", outlet="Reuter wire (1992)",
        event="Norway pardons convicted spy Arne Treholt on health grounds; released from Ullersmo, 1992-07-03",
        counts=[
            C("other", 20, "jailed for 20 years", note="sentence"),
            C("other", 49, "Treholt, 49", note="age"),
        ],
        released_names=["Arne Treholt"],
        alias_groups={},
        not_released_names=["Stig Bergling"],
        other_event_released_names=[],
        other_people=["Kari Gjesteby", "Gennady Titov", "Ulf Underland", "Carl I. Hagen"],
        distractors=["his son, Thorvald (first name only)", "King Harald approves the pardon (official)",
                     "eight and a half years; more than ten years", "Bergling fled in 1987 and returned in 1990 (not a release)"],
    ),
    dict(
        file="015_pinochet_freed_flies_to_chile_2000.txt", published="2000-03-02", outlet="UK broadcaster web page (video/audio residue, See also links)",
        event="Britain frees Augusto Pinochet on health grounds; flown from RAF Waddington to Chile, 2000-03-02",
        counts=[
            C("other", 503, "503 days of detention", note="duration"),
            C("other", 4, "a medical examination by four doctors", note="doctors"),
            C("other", 3000, "more than 3,000 people were killed or disappeared", qualifier="more_than", note="victims of the regime"),
            C("other", 60, "More than 60 criminal complaints", qualifier="more_than", note="lawsuits"),
            C("other", 100000, "100,000 still stranded", note="page noise"),
            C("other", 18, "Russian troops killed in Chechen ambush: 18 dead", note="page noise"),
        ],
        released_names=["Augusto Pinochet"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jack Straw", "Baltasar Garzón", "Helen Garrow", "Viviana Díaz", "Baroness Thatcher",
                      "Eduardo Frei", "Ricardo Lagos"],
        distractors=["flown to Chile: one person, no count", "Ricardo Lagos was 'briefly detained under the military regime' (long ago)",
                     "aged 84", "Spain, Belgium, France and Switzerland sought extradition"],
    ),
    dict(
        file="016_knox_sollecito_acquitted_liveblog.txt", published="2011-10-04", outlet="UK newspaper live blog (reverse-chronological, unrelated entries)",
        event="Perugia appeal court acquits Amanda Knox and Raffaele Sollecito; both freed, 2011-10-03",
        counts=[
            C("other", 1000, "a crowd of about 1,000 people", qualifier="about", note="crowd"),
            C("other", 26, "sentenced to 26 and 25 years respectively", note="original sentences"),
            C("other", 16, "serving a 16-year sentence", note="Guede's sentence"),
            C("other", 21, "at least 21 fighters were killed", qualifier="at_least", note="unrelated live-blog entry (Libya)"),
            C("other", 2431, "Comments (2,431)", note="page noise"),
        ],
        released_names=["Amanda Knox", "Raffaele Sollecito"],
        alias_groups={},
        not_released_names=["Rudy Guede"],
        other_event_released_names=["Patrick Lumumba"],
        other_people=["Tom Harland", "Giulia Rossetti", "Curt Knox", "Edda Mellas", "Meredith Kercher", "Stephanie Kercher",
                      "Lyle Kercher", "Giuliano Mignini", "Giulia Bongiorno", "Francesco Sollecito", "Carlo Dalla Vedova",
                      "Luciano Ghirga", "Claudio Pratillo Hellmann"],
        distractors=["'If these two are not responsible' is not a release count", "her sister Deanna; mother Arline (first names)",
                     "three years for slander, already served", "11 hours; 80km; more than 2% (noise)",
                     "Meredith Kercher is the murder victim"],
    ),
    dict(
        file="017_belgium_michelle_martin_convent_fr.txt", published="2012-08-29", outlet="Belgian daily, machine-translated from French (space thousands separators, most-read list)",
        event="Michelle Martin granted conditional release; leaves Berkendael prison for the Malonne convent, 2012-08-28",
        counts=[
            C("released", 2, "had allowed to free alive two girls", note="earlier event (August 1996)"),
            C("other", 200, "some 200 demonstrators", qualifier="about", note="protesters"),
            C("other", 300000, "about 300 000 people", qualifier="about", note="1996 Marche blanche"),
            C("other", 20000, "more than 20 000 signatures", qualifier="more_than", note="petition"),
            C("other", 30, "30 years of prison", note="sentence"),
            C("other", 25, "condemned to 25 years", note="Lelievre's sentence"),
            C("other", 1200, "1 200 jobs threatened", note="page noise"),
        ],
        released_names=["Michelle Martin"],
        alias_groups={},
        not_released_names=["Marc Dutroux", "Michel Lelièvre"],
        other_event_released_names=["Sabine Dardenne", "Laetitia Delhez"],
        other_people=["Julie Lejeune", "Mélissa Russo", "Thierry Moreau", "Jean-Denis Lejeune", "Gino Russo",
                      "Paul Marchal", "An Marchal", "Eefje Lambrecks", "Annemie Turtelboom"],
        distractors=["Julie, Mélissa, An and Eefje died/were murdered (victims, never releasees)",
                     "Sister Christine (mother superior)", "16 years served; 52 years old; 45 minutes",
                     "Dutroux will ask for conditional release next year (planned request)"],
    ),
    dict(
        file="018_white_buses_80_years_feature.txt", published="2025-04-19", outlet="Nordic weekend feature (80 years on)",
        event="The White Buses: Swedish Red Cross brings concentration-camp prisoners to Sweden, March-May 1945",
        counts=[
            C("released", 15345, "15,345 prisoners were brought out of German captivity between March and May 1945"),
            C("transferred_to", 15000, "about 15,000 people were brought to Sweden", qualifier="about", where="Sweden"),
            C("other", 7795, "Roughly 7,795 of them were Scandinavians", qualifier="about", note="subset of the 15,345"),
            C("released", 15, "She was freed with 14 other Norwegian women in her hut", note="inferred: subset (14 + 1)"),
            C("other", 14, "14 other Norwegian women", note="subset"),
            C("other", 308, "308 men, most of them army volunteers", note="expedition members"),
            C("other", 36, "36 buses, 19 trucks", note="vehicles"),
            C("other", 2000, "move about 2,000 sick prisoners", qualifier="about",
              note="forced transfer between camps by the SS; not a release"),
            C("other", 7000, "about 7,000 people died", qualifier="about", note="Cap Arcona/Thielbek dead"),
            C("other", 1900, "deported about 1,900 of them to Buchenwald", qualifier="about", note="earlier deportation (1944)"),
            C("other", 3, "three women from the same transport to Ravensbrück died", note="dead"),
            C("other", 40, "about 40 descendants", qualifier="about", note="commemoration"),
        ],
        released_names=["Ragnhild Aas", "Knud Erik Holm"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mette Kjærsgaard", "Folke Bernadotte", "Sune Persson", "Heinrich Himmler", "Felix Kersten",
                      "Walter Schellenberg", "Line Holm Sørensen"],
        distractors=["'several hundred Scandinavian women' vague", "'more than half of them would not have survived' (estimate)",
                     "Bernadotte assassinated in 1948", "ages 19/99/94", "four meetings with Himmler",
                     "two surviving former prisoners at the commemoration (not a release)"],
    ),
    dict(
        file="019_ling_lee_home_burbank_2009.txt", published="2009-08-05", outlet="US local newspaper (web, comments, more local news)",
        event="North Korea pardons Laura Ling and Euna Lee after Bill Clinton's visit; they land in Burbank, 2009-08-04/05",
        counts=[
            C("released", 2, "the two American journalists freed by North Korea"),
            C("remaining_held", 4, "four South Korean fishermen were seized with their boat last week"),
            C("remaining_held", 5, "All five remain in North Korean custody"),
            C("other", 12, "sentenced to 12 years of hard labor", note="sentence"),
            C("other", 140, "after 140 days in captivity", note="duration"),
            C("other", 2300000, "$2.3 million for library repairs", note="page noise"),
            C("other", 38, "Comments (38)", note="page noise"),
        ],
        released_names=["Laura Ling", "Euna Lee"],
        alias_groups={},
        not_released_names=["Yu Seong-jin"],
        other_event_released_names=["Mitch Koss"],
        other_people=["Rosa Delgado", "Iain Clayton", "Bill Clinton", "Kim Jong Il", "Michael Saldate", "Barack Obama",
                      "Al Gore", "Lisa Ling", "Gloria Márquez"],
        distractors=["her daughter Hana, 4 (first name)", "Lisa Ling is Laura's sister (journalist, campaigner; never held)", "Secretary of State Clinton (Hillary, not named in full)",
                     "Thirty hours ago (duration)", "Chinese guide unnamed", "60% contained (page noise)"],
    ),
    dict(
        file="020_wyszynski_freed_warsaw_1956.txt", published="1956-10-29", outlet="UK newspaper, own correspondent (1956)",
        event="Poland frees Cardinal Stefan Wyszynski from confinement at Komancza; he returns to Warsaw, 1956-10-26/28",
        counts=[
            C("remaining_held", 200, "about 200 priests remain in prison", qualifier="about"),
            C("remaining_held", 600, "about 600 people arrested after the riots in Poznan in June were still in custody",
              qualifier="about", note="claim by a student leader; disputed by the government"),
            C("remaining_held", 50, "only some 50 are still held awaiting trial", qualifier="about",
              note="claim by the government"),
            C("other", 12, "sentenced to 12 years' imprisonment", note="Kaczmarek's sentence"),
            C("other", 3, "after three years of detention", note="duration"),
        ],
        released_names=["Stefan Wyszynski"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Czeslaw Kaczmarek", "Wladyslaw Gomulka"],
        other_people=["Zenon Kliszko", "Wladyslaw Bienkowski", "Jerzy Malecki"],
        distractors=["Gomulka, the party leader who frees him, was himself released from prison in 1954 (other event)",
                     "'A crowd of several thousand people' vague", "aged 55", "bishops expected to be reinstated (planned, no count)",
                     "resolution demanding the release of 'all political prisoners'"],
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
