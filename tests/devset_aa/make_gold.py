#!/usr/bin/env python3
"""Gold for devset_aa (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name/alias/`where` occurs in it
(case-insensitive, for all-caps bylines), no name is in two lists, and kinds/qualifiers
are valid."""
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
    # ------------------------------------------------------------------ hostages / kidnappings
    dict(
        file="001_amsterdam_brewer_freed.txt", published="1983-11-30", outlet="AP wire (archive page)",
        event="Amsterdam police free kidnapped brewer Freddy Heineken and his driver, 1983-11-30",
        counts=[
            C("released", 2, "the two men were freed unharmed"),
            C("other", 21, "they had not seen daylight for 21 days", note="duration"),
            C("other", 35000000, "a ransom of 35 million guilders", note="ransom (money)"),
            C("other", 2, "Police arrested two men", note="suspects taken into custody"),
            C("other", 2, "warrants had been issued for two other men", note="suspects sought"),
            C("other", 300, "More than 300 officers", qualifier="more_than", note="police deployed"),
            C("other", 10000000, "a ransom reported at 10 million guilders", note="earlier event; ransom (money)"),
            C("other", 300000, "300,000 at open-air Mass", note="page noise"),
            C("other", 12, "12 killed as train derails", note="page noise"),
        ],
        released_names=["Alfred H. Heineken", "Ab Doderer"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Maurits Caransa"],
        other_people=["Pieter Bosma", "Klaas Wilting", "Cornelis van Hout", "Willem Holleeder",
                      "Frits Korthals Altes"],
        distractors=["'Jan B.' and 'Martin E.' arrested (initials only)", "wife Lucille and daughter Charlene (first names only)",
                     "ages 60/56/26/25/32, 13 years", "Caransa freed after five days in 1977 (earlier event)",
                     "share price 4.50 / 148 guilders; dollar 3.02 guilders"],
    ),
    dict(
        file="002_paris_baron_released.txt", published="1978-03-27", outlet="French daily, machine-translated",
        event="Baron Edouard-Jean Empain released by his kidnappers in Paris after 63 days, 1978-03-26",
        counts=[
            C("other", 40000000, "set at 40 million francs", note="ransom (money)"),
            C("other", 80000000, "an initial demand of 80 million francs", note="ransom demand (money)"),
            C("other", 4, "four other persons have been taken into custody", note="arrests"),
            C("other", 2, "Two members of the gang are still being sought", note="suspects at large; not held"),
            C("other", 1200, "Some 1 200 police officers", qualifier="about", note="police deployed"),
            C("other", 130000, "some 130 000 people", qualifier="about", note="company employees"),
            C("other", 291, "291 seats", note="page noise"),
            C("other", 220000, "220 000 tonnes of crude", note="page noise"),
        ],
        released_names=["Édouard-Jean Empain"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Louis Hazan"],
        other_people=["Jean-Marc Théolleyre", "Pierre Ottavioli", "Daniel Duchâteau", "Alain Caillol",
                      "Christian Bonnet", "Jacques Mourgeon", "Silvana Empain", "Philippe Bertrand"],
        distractors=["'sixty-three days' is a duration", "Alain Caillol wounded and arrested (into custody)",
                     "Daniel Duchâteau killed in the ambush", "Philippe Bertrand: child kidnap victim 'not so lucky' (killed)",
                     "Silvana Empain is the wife", "3,5 % share rise; 22 billion francs turnover; age 40"],
    ),
    dict(
        file="003_colombia_dutch_crew_freed.txt", published="2017-06-24", outlet="Dutch broadcaster, English-language page (cookie banner, video, read more)",
        event="ELN frees Dutch TV presenter Derk Bolt and cameraman Eugenio Follender near El Tarra, 2017-06-24",
        counts=[
            C("released", 2, "released two soldiers", note="earlier event (earlier this month, Arauca)"),
            C("remaining_held", 12, "holding at least a dozen other hostages", qualifier="at_least",
              note="other hostages of the same group (Gaula estimate)"),
            C("other", 1500, "an estimated 1,500 fighters", qualifier="about", note="group size"),
            C("other", 7000, "some 7,000 FARC fighters", qualifier="about", note="FARC fighters in transition zones"),
            C("other", 70000, "70,000 passengers a day", note="page noise"),
            C("other", 2, "Two dead after shooting", note="page noise"),
        ],
        released_names=["Derk Bolt", "Eugenio Follender"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sanne Visser", "Bert Koenders", "Remko de Waal", "Tim Follender", "Juan Manuel Santos",
                      "Juan Camilo Restrepo", "Pablo Beltrán", "Tjeenk Willink"],
        distractors=["a former congressman freed in February after ten months (unnamed, earlier event)",
                     "ages 62/58; five days; 1:48 video; 34 comments", "Dutch women beat Norway 1-0 (page noise)",
                     "Tim Follender is a relative (son)"],
    ),
    dict(
        file="004_sao_paulo_adman_freed.txt", published="2002-02-02", outlet="AP wire brief",
        event="Sao Paulo police free kidnapped advertising executive Washington Olivetto after 53 days, 2002-02-02",
        counts=[
            C("other", 2, "arresting two members of the gang", note="arrests"),
            C("other", 4, "Four others inside surrendered", note="arrests"),
            C("other", 10000000, "a demand for $10 million", note="ransom demand (money)"),
            C("other", 1300, "More than 1,300 people were kidnapped", qualifier="more_than",
              note="kidnapping statistic for the previous year"),
        ],
        released_names=["Washington Olivetto"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mauricio Hernandez Norambuena", "Geraldo Alckmin"],
        distractors=["held for 53 days (duration)", "a seventh suspect (ordinal)", "age 50; 1991 killing of a senator",
                     "Norambuena arrested (into custody)"],
    ),
    dict(
        file="005_chechnya_aid_worker_freed.txt", published="2001-02-05", outlet="NGO press release (contact block)",
        event="MSF's Kenneth Gluck released in Chechnya after 26 days, 2001-02-04",
        counts=[
            C("released", 2, "The two Chechen MSF staff members who were travelling with him were released the same evening",
              note="earlier event (released on the day of the abduction, 9 January)"),
            C("other", 20, "At least 20 aid workers have been abducted", qualifier="at_least",
              note="cumulative abductions since 1996"),
            C("other", 150000, "some 150,000 displaced people", qualifier="about"),
        ],
        released_names=["Kenneth Gluck"],
        alias_groups={"Kenneth Gluck": ["Kenny Gluck"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Austen Davis", "Anna Verhoeven", "Loïc Rousseau"],
        distractors=["26 days; age 38; since 1992/1996", "FSB claim of a 'special operation' (no count)",
                     "'several remain missing' (vague, missing not held)", "flown to Moscow (single person, no count)"],
    ),
    dict(
        file="006_hainan_spy_plane_crew.txt", published="2001-04-12", outlet="US broadcaster web page (video residue, related stories)",
        event="China releases the 24 crew of the US EP-3E; crew flown from Haikou to Guam, 2001-04-11/12",
        counts=[
            C("released", 24, "China released all 24"),
            C("transferred_to", 24, "The 24 crew members of a U.S. Navy surveillance plane held on China's Hainan Island for 11 days arrived in Guam",
              where="Guam"),
            C("other", 21, "21 men and three women", note="subset of the 24"),
            C("other", 3, "21 men and three women", note="subset of the 24"),
            C("other", 3, "killed three Chinese journalists", note="casualties (1999 embassy bombing)"),
            C("released", 82, "The Pueblo's 82 surviving crew members were released",
              note="earlier event (1968)"),
            C("other", 80000000, "The $80 million plane", note="money"),
            C("other", 2000, "a flight of about 2,000 miles", qualifier="about", note="distance"),
            C("other", 6, "Nasdaq gains 6 percent", note="page noise"),
            C("other", 4, "Storms kill 4", note="page noise"),
        ],
        released_names=["Shane Osborn", "Regina Kauffman", "Nicholas Mellos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Dennis Blair", "Deb Osborn", "Tang Jiaxuan", "Joseph Prueher", "Colin Powell",
                      "Jiang Zemin", "Wang Wei"],
        distractors=["President Bush (surname only)", "11 days; April 1; April 18 meeting; age 26/33",
                     "Wang Wei, Chinese pilot presumed dead", "Deb Osborn is a relative (mother)",
                     "11 months in captivity (Pueblo duration)"],
    ),
    dict(
        file="007_brooksville_pilot_home.txt", published="1994-12-31", outlet="US regional paper, local feature (newsletter prompt, most read, comments)",
        event="North Korea releases US Army pilot Bobby Hall at Panmunjom, 1994-12-30 (co-pilot's body returned 12-22)",
        counts=[
            C("released", 2, "it captured two Army helicopter pilots, Capt. Ben Stutts and Capt. Carleton Voltz, whose aircraft crossed the line, and held them for a year before releasing them",
              note="earlier event (1963-64)"),
            C("other", 3, "killing three of the four men aboard", note="earlier event (1977); casualties"),
            C("other", 200, "more than 200 people had gathered", qualifier="more_than", note="crowd"),
            C("other", 37000, "About 37,000 U.S. troops", qualifier="about", note="troops"),
            C("other", 4200000, "$4.2 million for Cortez Boulevard", note="page noise"),
            C("other", 71, "Spring Hill man, 71, dies", note="page noise"),
        ],
        released_names=["Bobby Hall"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ben Stutts", "Carleton Voltz"],
        other_people=["Linda Marsh", "Donna Hall", "David Hilemon", "Bill Richardson", "Thomas Hubbard",
                      "Warren Christopher", "Evelyn Hall", "Ray Tolbert", "Carl Pettis", "Greg Dunne"],
        distractors=["David Hilemon killed; body handed over Dec. 22 (not a releasee)",
                     "1977 Chinook: 'returned the lone survivor' (earlier event, unnamed, no numeral)",
                     "President Clinton (surname only)", "daughter Whitney (first name only)",
                     "13 days; age 28/29; four miles; 10th Mountain Division (ordinal)", "Comments (18)",
                     "Donna and Evelyn Hall share the releasee's surname (relatives)"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_sao_paulo_consul_swap.txt", published="1970-03-16", outlet="UPI archive",
        event="VPR frees Japanese consul general Nobuo Okuchi after Brazil flies five prisoners to Mexico, 1970-03-14/15",
        counts=[
            C("exchanged", 5, "flew five political prisoners"),
            C("transferred_to", 5, "flew five political prisoners they had demanded to exile in Mexico", where="Mexico"),
            C("other", 3, "along with three children of one of them",
              note="children who travelled with a prisoner; not prisoners"),
            C("exchanged", 15, "15 prisoners were flown to Mexico", note="earlier event (Elbrick, September 1969)"),
            C("transferred_to", 15, "15 prisoners were flown to Mexico", where="Mexico",
              note="earlier event (Elbrick, September 1969)"),
            C("other", 600000, "some 600,000 people of Japanese descent", qualifier="about"),
            C("other", 300, "About 300 suspects have been detained", qualifier="about", note="arrests"),
        ],
        released_names=["Nobuo Okuchi", "Shizuo Ozawa", "Damaris Lucena", "Otavio Angelo",
                        "Diogenes Jose de Carvalho Oliveira", "Maurina Borges da Silveira"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["C. Burke Elbrick"],
        other_people=["Alfredo Buzaid", "Emilio Garrastazu Medici", "Koh Chiba", "Carlos Lamarca"],
        distractors=["Damaris Lucena's three sons also flown (unnamed, not prisoners)", "held four days; age 52",
                     "'second time in six months'", "the widow of a guerrilla killed by police (unnamed)"],
    ),
    dict(
        file="009_teoponte_fifty_years.txt", published="2020-07-18", outlet="German regional paper, weekend history feature, machine-translated",
        event="Bolivia frees ten political prisoners to Chile for two West German engineers kidnapped at Teoponte, 1970-07-21/22",
        counts=[
            C("exchanged", 10, "the government released ten political prisoners"),
            C("transferred_to", 10, "released ten political prisoners, who were flown out to Chile", where="Chile"),
            C("released", 2, "the two Germans were set free"),
            C("other", 67, "Of the 67 mostly very young fighters", note="guerrilla strength"),
            C("other", 58, "58 died in the following months", note="casualties"),
            C("other", 8, "Only eight survived",
              note="survivors; later allowed to leave for Chile (not prisoners released in this event)"),
            C("other", 1500, "about 1.500 metres lower", qualifier="about", note="altitude"),
            C("other", 4200000, "some 4,2 million dollars", qualifier="about", note="money"),
            C("other", 400, "about 400 workers", qualifier="about"),
        ],
        released_names=["Eugen Schulhauser", "Günther Lerch", "Loyola Guzmán"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Régis Debray", "Ciro Bustos"],
        other_people=["Katharina Brandl", "Thomas Schulhauser", "Osvaldo Peredo", "Ernesto Che Guevara",
                      "Alfredo Ovando Candía", "Wolfgang Hoffmann", "Ana María Romero", "Juan José Torres",
                      "Hugo Banzer"],
        distractors=["'Gerda' (first name only, in a letter)", "9 kilos; six hours; 30 years (sentence); age 63",
                     "Loyola Guzmán re-arrested in 1972 (later event)", "Brazil freed prisoners 'three times in a year'",
                     "an unnamed woman who was among the ten freed", "up to 67,5 percent (percentage)", "Debray and Bustos pardoned December 1970 (other event)"],
    ),
    dict(
        file="010_hague_embassy_siege_ends.txt", published="1974-09-18", outlet="Reuters wire brief",
        event="Japanese Red Army frees hostages of the French embassy in The Hague for jailed comrade Yutaka Furuya, 1974-09-17",
        counts=[
            C("released", 9, "freed their last nine hostages"),
            C("remaining_held", 11, "had held 11 people", note="held before the release (since Friday)"),
            C("released", 2, "Two women hostages were freed on Saturday", note="earlier event (earlier batch of the same siege)"),
            C("transferred_to", 4, "landed in Damascus early today, where the four Japanese surrendered", where="Damascus",
              note="inferred: three hostage-takers plus the freed prisoner; optional"),
            C("other", 10000, "10,000 dollars in counterfeit notes", note="money"),
            C("other", 300000, "a ransom of 300,000 dollars", note="ransom (money)"),
        ],
        released_names=["Jacques Senard", "Yutaka Furuya"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Joop den Uyl", "Dries van Agt"],
        distractors=["Three guerrillas (hostage-takers, not releasees)", "four-day siege; age 25; Boeing 707",
                     "a Dutch policewoman wounded (unnamed)"],
    ),
    dict(
        file="011_central_bosnia_detainees.txt", published="1994-03-20", outlet="ICRC news release (contact block)",
        event="ICRC-supervised release of 1,146 detainees by the HVO and the Bosnian army, 1994-03-19",
        counts=[
            C("released", 1146, "the release of 1,146 detainees"),
            C("released", 1100, "over 1,100 detainees released", qualifier="more_than",
              note="rounded headline figure; inferred"),
            C("exchanged", 594, "Of the detainees released, 594 had been held by the HVO"),
            C("exchanged", 552, "552 by the Bosnian army"),
            C("transferred_to", 87, "87 of the detainees freed by the HVO were transferred to Croatia", where="Croatia"),
            C("released", 230, "230 detainees were released in Mostar", note="earlier event (8 March)"),
            C("remaining_held", 300, "some 300 persons who, according to information it has received, are still being held",
              qualifier="about"),
            C("other", 40000, "registered more than 40,000 detainees", qualifier="more_than",
              note="cumulative registrations since the start of the conflict"),
            C("other", 60, "Some 60 ICRC delegates", qualifier="about"),
            C("other", 40, "40 vehicles"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Thierry Germond", "Pierre-André Conod", "Ursula Meier"],
        distractors=["no named releasees", "four points along the front line", "News Release 94/12; phone numbers"],
    ),
    dict(
        file="012_kosovo_soldiers_freed.txt", published="1999-01-13", outlet="UK broadcaster web page (cookie banner, media, see also, top stories)",
        event="KLA frees eight Yugoslav army soldiers to the KVM; Serbia frees nine ethnic Albanians, 1999-01-12/13",
        counts=[
            C("released", 8, "freed eight Yugoslav army soldiers"),
            C("exchanged", 9, "the Serbian authorities freed nine ethnic Albanians",
              note="other side of the deal; Belgrade denies a link"),
            C("other", 2, "two journalists of the Yugoslav state news agency Tanjug", note="missing, not held"),
            C("remaining_held", 1500, "more than 1,500 Albanians are being held", qualifier="more_than",
              note="claim by ethnic Albanian leaders"),
            C("remaining_held", 100, "the KLA is holding about 100 Serbs", qualifier="about",
              note="claim by Serbian officials, denied"),
            C("other", 1200, "About 1,200 international monitors", qualifier="about"),
            C("other", 700, "Fewer than 700 are in place", note="monitors deployed"),
            C("other", 8, "Eight soldiers captured in Kosovo", note="page noise (see-also headline of the capture)"),
            C("other", 3, "Three killed in Kosovo clashes", note="page noise"),
            C("other", 8, "Brazil devalues real by 8%", note="page noise"),
        ],
        released_names=["Dejan Markovic", "Besim Gashi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["William Walker", "Ljiljana Markovic", "Zoran Andjelkovic", "Adem Demaci", "Christopher Hill",
                      "Djuro Slavuj", "Ranko Perenic", "Slobodan Milosevic", "Richard Holbrooke"],
        distractors=["Slavuj and Perenic are missing (not stated as held)", "Adem Demaci spent 28 years in prison (past, not a release in this story)",
                     "ages 19-21, 24", "Ljiljana Markovic is a relative (mother)"],
    ),
    dict(
        file="013_donbas_exchange_liveblog.txt", published="2014-12-27", outlet="Ukrainian news site live blog (reverse timestamps, unrelated entries)",
        event="Ukraine-separatist exchange near Kostiantynivka: 222 handed over by Kyiv, 146 Ukrainians returned, 2014-12-26",
        counts=[
            C("exchanged", 222, "Kyiv handed over 222 people"),
            C("exchanged", 146, "146 Ukrainian soldiers and volunteers were returned"),
            C("released", 150, "The separatists had said they would release 150",
              note="planned figure; four chose to stay"),
            C("other", 4, "four of the prisoners chose to stay in Donetsk", note="subset; not held"),
            C("remaining_held", 500, "around 500 Ukrainians are still being held", qualifier="about",
              note="SBU figure"),
            C("other", 11, "shelled 11 times", note="page noise"),
            C("other", 2, "two soldiers killed", note="page noise (casualties)"),
            C("other", 4, "4 wounded", note="page noise (casualties)"),
            C("other", 1650000000, "$1.65 billion payment", note="page noise"),
            C("other", 5000, "5,000 killed since April", note="page noise"),
            C("other", 5, "Five buses", note="vehicles"),
        ],
        released_names=["Serhiy Hlondar", "Oleksandr Kolomiyets", "Yevhen Pylypenko"],
        alias_groups={"Nadiya Savchenko": ["Nadezhda Savchenko"]},
        not_released_names=["Andriy Hlondar", "Nadiya Savchenko", "Oleh Sentsov"],
        other_event_released_names=[],
        other_people=["Olena Goncharova", "Oksana Grytsenko", "Iryna Herashchenko", "Viktor Medvedchuk",
                      "Petro Poroshenko"],
        distractors=["Andriy Hlondar is the freed soldier's brother, still held", "hryvnia 15.77; 3.7 percent; 14-hour closure",
                     "'all for all' is planned", "Comments (46)"],
    ),
    dict(
        file="014_nicaragua_double_hostage_crisis.txt", published="1993-08-26", outlet="Nicaraguan daily, translated from Spanish",
        event="Recontras free Quilali government commission; recompas free UNO headquarters hostages incl. VP Godoy, 1993-08-25",
        counts=[
            C("released", 66, "66 persons recovered their freedom"),
            C("released", 32, "freed the last 32 members of the government commission"),
            C("released", 34, "released the 34 persons"),
            C("released", 6, "the recontras already had released six of them", note="earlier event (Saturday)"),
            C("other", 38, "The commission, of 38 members", note="size of the kidnapped commission (includes the six)"),
            C("other", 2, "two women and an old man", note="subset of the six"),
            C("other", 150, "the some 150 armed men", qualifier="about", note="amnesty planned for the group"),
            C("other", 1200, "some 1.200 soldiers", qualifier="about", note="troops"),
            C("other", 22000, "more than 22.000 former contras", qualifier="more_than", note="demobilised"),
            C("other", 5000, "5.000 former Sandinista soldiers", note="demobilised"),
            C("other", 5, "devaluation of 5 percent", note="page noise"),
            C("other", 1100000, "1.100.000 quintals", note="page noise"),
        ],
        released_names=["Róger Membreño", "Arnoldo Téllez", "Virgilio Godoy", "Alfredo César"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Eduardo Marenco", "Francisco Úbeda", "José Ángel Talavera", "Víctor Manuel Gallegos",
                      "Violeta Barrios de Chamorro", "Antonio Lacayo", "Humberto Ortega", "Miguel Obando y Bravo",
                      "Santiago Murray"],
        distractors=["Talavera 'El Chacal' and Gallegos are the hostage-takers", "seven days; some 20 kilometres; 30 September",
                     "Bóer 7-3 (page noise)"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / political releases
    dict(
        file="015_argentina_pardons_analysis.txt", published="1991-01-14", outlet="think-tank briefing paper (analysis mentions the release in passing)",
        event="Menem's December 1990 pardons: junta commanders and Firmenich leave prison, 1990-12-29/30",
        counts=[
            C("released", 7, "seven men walked out of prison"),
            C("other", 277, "he pardoned 277 people", note="earlier event (October 1989 pardons; not all in custody)"),
            C("other", 60, "some 60 former guerrillas", qualifier="about", note="earlier event; subset of the 277"),
            C("other", 3, "the three commanders convicted for the conduct of the Falklands war",
              note="earlier event; subset of the 277"),
            C("remaining_held", 300, "together with some 300 officers and soldiers detained after the uprising",
              qualifier="about", note="December 3 rebels in custody; not covered by the pardons"),
            C("other", 13, "13 people were killed", note="casualties"),
            C("other", 9, "Of the nine commanders tried in 1985", note="1985 trial"),
            C("other", 5, "five were convicted", note="1985 trial"),
            C("other", 50000, "An estimated 50,000 people marched", qualifier="about", note="crowd"),
            C("other", 9000, "documented nearly 9,000 cases", qualifier="about", note="disappeared"),
            C("other", 70, "roughly 70 percent", qualifier="about", note="poll"),
            C("other", 1344, "1,344 percent", note="inflation"),
            C("other", 8000000000, "exceed $8 billion", qualifier="more_than", note="money"),
            C("other", 27, "27 cases, one commission", note="page noise"),
        ],
        released_names=["Jorge Rafael Videla", "Emilio Massera", "Roberto Viola", "Armando Lambruschini",
                        "Ramón Camps", "Ovidio Riccheri", "Mario Firmenich"],
        alias_groups={},
        not_released_names=["Mohamed Alí Seineldín", "Guillermo Suárez Mason"],
        other_event_released_names=["Leopoldo Galtieri", "Orlando Agosti"],
        other_people=["Laura Kessler", "Carlos Menem", "Erman González", "Domingo Cavallo", "Raúl Alfonsín",
                      "Martín Bonnet", "José Alfredo Martínez de Hoz", "Hebe de Bonafini", "Ernesto Sabato",
                      "Martín Abregú"],
        distractors=["Suárez Mason pardoned but still in prison on a separate charge", "Seineldín pardoned in 1989, now held again",
                     "Martínez de Hoz: proceedings ended, not in custody", "President Bush (surname only)",
                     "life sentences; 17 years; 30 years; four and a half years; 'four uprisings'; 'three times'",
                     "Supreme Court from five to nine members", "7,650 percent (page noise)"],
    ),
    dict(
        file="016_moscow_lefortovo_amnesty.txt", published="1994-02-28", outlet="Russian daily, machine-translated",
        event="Duma amnesty: Rutskoi, Khasbulatov and other October 1993 detainees leave Lefortovo, 1994-02-26/27",
        counts=[
            C("released", 10, "left 10 persons arrested"),
            C("other", 252, "252 votes against 67", note="vote"),
            C("other", 67, "252 votes against 67", note="vote"),
            C("other", 12, "All 12 accused in this case",
              note="earlier event; released on a written undertaking not to leave in 1993 (bail-like), now amnestied"),
            C("remaining_held", 2, "two participants of the October events accused of the killing of militiamen at the Moscow mayor's office remain under arrest"),
            C("released", 18000, "some 18 000 will be freed", qualifier="about",
              note="planned; general amnesty over four months"),
            C("other", 37000, "about 37 000 persons", qualifier="about", note="planned; general amnesty scope"),
            C("other", 1589, "1 589 roubles", note="page noise"),
            C("other", 2311, "Views: 2 311", note="page noise"),
        ],
        released_names=["Aleksandr Rutskoi", "Ruslan Khasbulatov", "Albert Makashov", "Vladislav Achalov",
                        "Viktor Barannikov", "Andrei Dunayev", "Ilya Konstantinov", "Viktor Anpilov"],
        alias_groups={"Aleksandr Rutskoi": ["Aleksandr Rutskoy"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Aleksei Kazannik", "Boris Yeltsin", "Sergei Filatov", "Vladimir Kryuchkov", "Dmitry Yazov",
                      "Valentin Varennikov", "Ivan Rybkin", "Sergei Yushenkov", "Andrei Zhitnikov", "Valery Petrov",
                      "Dmitry Lekai"],
        distractors=["Aleksandr Barkashov 'will be released on Monday' (announced only: no list)",
                     "Kryuchkov/Yazov released on written undertaking in 1993 (bail-like)",
                     "Varennikov refuses the amnesty", "Dudayev, Stalin (surname only)", "16.00 clock time; No. 36 (499)"],
    ),
    dict(
        file="017_puerto_rican_nationalists_freed.txt", published="1979-09-10", outlet="AP wire brief",
        event="Four Puerto Rican nationalists leave federal prisons after Carter's commutation, 1979-09-10",
        counts=[
            C("released", 4, "4 Puerto Rican Nationalists Leave Prison"),
            C("other", 5, "wounding five congressmen", note="casualties (1954)"),
            C("transferred_to", 4, "The four were to meet in Chicago before flying to San Juan", where="San Juan",
              note="planned; optional"),
        ],
        released_names=["Lolita Lebron", "Rafael Cancel Miranda", "Irvin Flores", "Oscar Collazo"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Andres Figueroa Cordero"],
        other_people=["Leslie Coffelt", "Jody Powell", "Carlos Romero Barcelo"],
        distractors=["President Carter (surname only)", "'four nationalists who opened fire' in 1954 (historical group, not the releasees)",
                     "25 years; four days; ages 59/65", "Leslie Coffelt killed in 1950"],
    ),
    dict(
        file="018_colombia_farc_amnesty_statement.txt", published="2017-08-01", outlet="government press release (official English version)",
        event="Colombian judges order release of 608 FARC members under the amnesty law, 24-31 July 2017",
        counts=[
            C("released", 608, "the release of 608 members of the FARC-EP"),
            C("released", 2183, "the total of members of the FARC-EP released since the entry into force of the law, on 30 December 2016, rises to 2.183",
              note="cumulative since 30 December 2016"),
            C("other", 96, "96 are women", note="subset of the 608"),
            C("other", 23, "23 suffer serious illnesses", note="subset of the 608"),
            C("transferred_to", 417, "417 were transferred directly to the Transitional Local Zones for Normalization",
              where="Transitional Local Zones for Normalization"),
            C("remaining_held", 1142, "1.142 persons accredited as members of that organization remain deprived of liberty"),
            C("other", 34, "34 penitentiary establishments"),
            C("other", 7132, "7.132 individual weapons"),
        ],
        released_names=[],
        alias_groups={"Ricardo Palmera": ["Simón Trinidad"]},
        not_released_names=["Ricardo Palmera"],
        other_event_released_names=[],
        other_people=["Sergio Jaramillo", "Enrique Gil Botero", "Juan Manuel Santos"],
        distractors=["no named releasee", "sentence of 60 years", "'before 15 August' (planned)", "phone line 01 8000 91 34 00",
                     "Law 1820 of 2016"],
    ),
    dict(
        file="019_beijing_widow_leaves.txt", published="2018-07-14", outlet="Australian weekly, long feature (photo credit, more-from list)",
        event="China lets Liu Xia, widow of Liu Xiaobo, leave house arrest and fly to Berlin, 2018-07-10",
        counts=[
            C("remaining_held", 1400, "lists more than 1,400 people it considers currently detained", qualifier="more_than",
              note="CECC political prisoner database"),
            C("other", 300, "more than 300 lawyers and activists were detained or questioned", qualifier="more_than",
              note="2015 crackdown"),
            C("other", 5, "one of five Hong Kong booksellers", note="group"),
            C("other", 2, "two Swedish diplomats"),
            C("other", 20, "some 20 economic agreements", qualifier="about"),
            C("other", 30000000000, "more than US$30 billion", qualifier="more_than", note="money"),
            C("other", 12, "all 12 and coach out alive", note="page noise (Thai cave rescue)"),
            C("other", 5, "5 takeaways", note="page noise"),
        ],
        released_names=["Liu Xia"],
        alias_groups={},
        not_released_names=["Liu Hui", "Ilham Tohti", "Gui Minhai", "Wang Quanzhang", "Jiang Tianyong"],
        other_event_released_names=[],
        other_people=["Hannah Kwok", "Liao Yiwu", "Michael Kappeler", "Liu Xiaobo", "Carl von Ossietzky",
                      "Li Keqiang", "Angela Merkel", "Hua Chunying", "Li Wenzu", "Patrick Poon", "Herta Müller"],
        distractors=["Liu Hui is the releasee's brother, serving a prison sentence (still held)",
                     "Gui Minhai released in October 2017 but seized again in January (currently held)",
                     "Liu Xiaobo died in custody (not a release)", "Ossietzky died in custody 1938",
                     "11-year sentence; life sentence; two-year sentence; age 57/61; eight years",
                     "'hundreds of thousands of Uyghurs' (vague)"],
    ),
    dict(
        file="020_noumea_amnestied_kanaks.txt", published="1988-11-30", outlet="AFP wire brief",
        event="Kanak militants freed from French jails under the Matignon amnesty return to Noumea, 1988-11",
        counts=[
            C("released", 26, "Twenty-six Kanak independence militants held in French jails, among them the men who took gendarmes hostage on the island of Ouvea in April, have been freed"),
            C("transferred_to", 24, "Twenty-four of them arrived at Noumea", where="Noumea",
              note="inferred: return home; optional"),
            C("other", 2, "Two stayed in Paris", note="subset of the 26"),
            C("released", 16, "the cave where the last 16 gendarmes were held and freed them",
              note="earlier event (Ouvea assault, 5 May)"),
            C("other", 4, "four gendarmes were killed", note="earlier event; casualties"),
            C("other", 19, "19 Kanaks and two soldiers died", note="earlier event; casualties"),
            C("other", 2, "19 Kanaks and two soldiers died", note="earlier event; casualties"),
            C("remaining_held", 3, "Three militants convicted of murder before the Matignon accords are excluded from the amnesty and remain in prison"),
        ],
        released_names=["Djubelly Wea"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jean-Marie Tjibaou", "Jacques Lafleur", "Michel Rocard"],
        distractors=["'several thousand supporters' (vague crowd)", "November 6 referendum; April 22; May 5"],
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
            if not isinstance(c["value"], int):
                print(f"{g['file']}: non-integer value {c['value']!r}", file=sys.stderr)
                ok = False
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                print(f"{g['file']}: 'where' must be set exactly on transferred_to: {c['quote']!r}", file=sys.stderr)
                ok = False
            if c["where"] is not None and c["where"].casefold() not in low:
                print(f"{g['file']}: where not found: {c['where']!r}", file=sys.stderr)
                ok = False
        seen = {}
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
                if n in seen:
                    print(f"{g['file']}: {n!r} in both {seen[n]} and {key}", file=sys.stderr)
                    ok = False
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                print(f"{g['file']}: alias key {k!r} not in any list", file=sys.stderr)
                ok = False
            for a in aliases:
                if a.casefold() not in low:
                    print(f"{g['file']}: alias not found: {a!r}", file=sys.stderr)
                    ok = False
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
