#!/usr/bin/env python3
"""Gold for devset_i (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name (and alias) occurs in it
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
        file="001_peru_embassy_hostages_1996.txt", published="1996-12-23", outlet="AP wire (photo credit, copyright line)",
        event="MRTA frees 225 hostages from the Japanese ambassador's residence in Lima, keeps 140, 1996-12-22",
        counts=[
            C("released", 225, "freed 225 hostages"),
            C("remaining_held", 140, "kept 140 others"),
            C("released", 170, "the rebels released all the women, about 170 of them", qualifier="about",
              note="earlier event (night of the takeover, 17 December)"),
            C("released", 38, "On Friday they let 38 more go", note="earlier event (Friday 20 December)"),
            C("other", 24, "about two dozen Japanese business executives", qualifier="about",
              note="subset of the 140 still held; vague quantifier"),
            C("other", 400, "free some 400 MRTA members held in Peruvian jails", qualifier="about",
              note="rebel demand; not a release"),
        ],
        released_names=["Javier Diez Canseco", "Alberto Quiroz Velez"],
        alias_groups={},
        not_released_names=["Francisco Tudela", "Rodolfo Munante", "Moises Pantoja", "Morihisa Aoki", "Jorge Gumucio",
                            "Pedro Fujimori", "Maximo Rivera", "Nancy Gilvonio", "Lori Berenson"],
        other_event_released_names=["Anthony Vincent"],
        other_people=["Nestor Cerpa Cartolini", "Alberto Fujimori", "Michel Minnig", "Ryutaro Hashimoto",
                      "Yukihiko Ikeda", "Akihito", "Rosa Elena Cardenas", "Rolando Paucar"],
        distractors=["held names are in a separate 'Still inside are ...' paragraph",
                     "Pedro Fujimori (held) vs Alberto Fujimori (president): same surname",
                     "Nancy Gilvonio (rebel leader's wife) and Lori Berenson are jailed MRTA prisoners whose release is demanded: still held",
                     "Fujimori's mother and sister freed the first night (unnamed)",
                     "groups of 20 and 30; 11:40 p.m.; 63rd birthday; ages 71, 43, 27; 'not release a single terrorist'"],
    ),
    dict(
        file="002_cuba_black_spring_madrid_es.txt", published="2010-07-13", outlet="Spanish daily, machine-translated (cookie banner, comments, most-read list)",
        event="First seven Black Spring prisoners freed under the Church/Spain deal land in Madrid, 2010-07-13",
        counts=[
            C("transferred_to", 7, "Seven Cuban political prisoners landed in Madrid", where="Madrid"),
            C("released", 7, "The seven were released from prison"),
            C("released", 52, "the 52 whom the Cuban government undertook last week to free",
              note="planned (to be completed in three to four months; includes the seven)"),
            C("transferred_to", 13, "a further 13 prisoners have accepted the offer to travel to Spain", where="Spain",
              note="planned (in the coming days)"),
            C("remaining_held", 45, "45 members of the group of 75 remain behind bars"),
            C("remaining_held", 167, "counted a total of 167 political prisoners on the island at the start of July",
              note="CCDHRN count as of early July, before these releases"),
            C("released", 23, "had already freed, on medical parole, 23 of the 75",
              note="earlier event (medical parole before the agreement, last in June)"),
            C("other", 75, "the group of 75 dissidents arrested in March 2003", note="group total (arrests in 2003)"),
            C("other", 33, "accompanied by 33 relatives", note="relatives travelling with them"),
        ],
        released_names=["Ricardo González Alfonso", "Julio César Gálvez", "Omar Ruiz Hernández", "Pablo Pacheco Ávila",
                        "José Luis García Paneque", "Léster González Pentón", "Antonio Villarreal Acosta"],
        alias_groups={"Léster González Pentón": ["Lester Gonzalez Penton"]},
        not_released_names=["Óscar Elías Biscet", "Félix Navarro", "Héctor Maseda"],
        other_event_released_names=["Ariel Sigler Amaya"],
        other_people=["Raúl Castro", "Jaime Ortega", "Miguel Ángel Moratinos", "Elizardo Sánchez", "Laura Pollán",
                      "Guillermo Fariñas", "Orlando Zapata Tamayo", "Lucía Herrera Ballesteros", "Mauricio Peña Otero",
                      "Álvaro Rubio"],
        distractors=["copular list 'The seven freed men are ...'", "Héctor Maseda is Laura Pollán's husband and still in prison",
                     "'Dr. García Paneque' title; 'González Alfonso' surname-only second mention",
                     "European number formats: 1.200 euros, 15.40 (clock), 11,2 billion (page noise)",
                     "sentences of between 13 and 28 years; grandmother of 84; 135-day and 85-day hunger strikes; 40 kilos",
                     "Comments (214); 'Contador, 3 minutes'; '4 dead' (page noise)"],
    ),
    dict(
        file="003_farc_releases_timeline.txt", published="2009-02-05", outlet="broadcaster web page, timeline/explainer",
        event="Farc completes unilateral release of six hostages (Sigifredo Lopez last), 2009-02-01..05",
        counts=[
            C("released", 6, "completing the release of all six hostages"),
            C("other", 3, "Three police officers and a soldier", note="subset of the six (1 February 2009)"),
            C("released", 15, "the July 2008 operation in which 15 captives were rescued",
              note="earlier event (military rescue, July 2008; excluded from the timeline)"),
            C("released", 4, "Four former members of congress are freed", note="earlier event (27 February 2008)"),
            C("released", 12, "bring to 12 the number of hostages the Farc has freed",
              note="cumulative since January 2008 (2 + 4 + 6)"),
            C("remaining_held", 22, "The rebels still hold at least 22 police officers and soldiers", qualifier="at_least"),
            C("other", 500, "exchange for about 500 jailed guerrillas", qualifier="about",
              note="demanded prisoner swap; not a release"),
            C("remaining_held", 2800, "about 2,800 people remain kidnapped in Colombia", qualifier="about",
              note="claim by government; all kidnap victims, all groups"),
            C("other", 12, "the only survivor of 12 Valle del Cauca provincial deputies kidnapped in 2002",
              note="deputies kidnapped in 2002"),
            C("other", 11, "The other 11 were killed in captivity", note="killed"),
        ],
        released_names=["Sigifredo Lopez", "Alan Jara", "Juan Fernando Galicia", "Jose Walter Lozano", "Alexis Torres",
                        "William Giovanni Dominguez"],
        alias_groups={},
        not_released_names=["Pablo Emilio Moncayo", "Libio Jose Martinez"],
        other_event_released_names=["Clara Rojas", "Consuelo Gonzalez", "Gloria Polanco", "Luis Eladio Perez",
                                    "Orlando Beltran", "Jorge Eduardo Gechem"],
        other_people=["Hugo Chavez", "Piedad Cordoba", "Jorge Enrique Botero", "Gustavo Moncayo", "Alvaro Uribe",
                      "Juan Manuel Santos", "Jaime Saldarriaga"],
        distractors=["timeline: Jan/Feb 2008 entries are earlier events; Feb 2009 entries are the main event",
                     "Moncayo to be freed 'soon' (announced, no date): still held",
                     "Gustavo Moncayo is the father of a hostage", "Emmanuel (first name only), son born in captivity",
                     "more than 1,000km; more than six/seven years",
                     "'Obama sets $500,000 pay cap', 'eight Awa Indians', '15 February' (page noise)"],
    ),
    dict(
        file="004_zamfara_jangebe_liveblog.txt", published="2021-03-02", outlet="Nigerian news site live blog (timestamps, comments, newsletter)",
        event="279 schoolgirls abducted from GGSS Jangebe, Zamfara, released, 2021-03-02",
        counts=[
            C("released", 279, "all 279 have been released"),
            C("other", 317, "police had earlier given a figure of 317", note="initial (wrong) police abduction figure"),
            C("other", 12, "12 girls were being treated for injuries", note="subset of the 279 (injured)"),
            C("released", 42, "The 42 people abducted from Government Science College, Kagara, in neighbouring Niger state - 27 students, three staff and 12 of their relatives - were released",
              note="earlier event (Kagara, released Saturday 27 February)"),
            C("other", 27, "27 students, three staff and 12 of their relatives", note="subset of the Kagara 42 (earlier event)"),
            C("other", 552, "552 new COVID-19 cases", note="page noise (unrelated live-blog entry)"),
            C("other", 600, "more than 600 students have been abducted", qualifier="more_than",
              note="abductions since December; not releases"),
        ],
        released_names=["Umma Abubakar", "Hafsat Sani"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bello Matawalle", "Muhammadu Buhari", "Garba Shehu", "Mohammed Shehu", "Abubakar Sani Bello",
                      "Ngozi Eze", "Abdullahi Musa", "Tolu Adeyemi", "Bashir Abdullahi"],
        distractors=["'279 girls were taken' is the abduction figure (same number as released)", "ages 15, 16",
                     "clock times 14:55, 3am, 5.30am", "'not a single kobo'", "156,017 and 201 (COVID noise)",
                     "'top 5 stories' (newsletter)", "Comments (87)", "Garba Shehu / Mohammed Shehu: same surname, both officials"],
    ),
    dict(
        file="005_ethiopia_zone9_court.txt", published="2015-10-17", outlet="Ethiopian regional paper, court report",
        event="Federal High Court acquits four Zone 9 bloggers; three walk free from Kality, 2015-10-16",
        counts=[
            C("other", 4, "acquitted four members of the Zone 9 blogging collective",
              note="acquitted, one of them in absentia; three released"),
            C("released", 3, "Three of them walked out of Kality prison"),
            C("released", 5, "five of the nine who were detained were released", note="earlier event (July 2015)"),
            C("other", 9, "the nine who were detained", note="all detained defendants"),
            C("remaining_held", 10, "Ethiopia holds at least 10 journalists behind bars", qualifier="at_least",
              note="CPJ figure, all jailed journalists in Ethiopia"),
        ],
        released_names=["Abel Wabela", "Atnaf Berahane", "Natnael Feleke"],
        alias_groups={"Befeqadu Hailu": ["Befekadu Hailu"]},
        not_released_names=["Befeqadu Hailu", "Temesghen Desalegn", "Woubshet Taye"],
        other_event_released_names=["Zelalem Kiberet", "Mahlet Fantahun", "Edom Kassaye", "Tesfalidet Kidane",
                                    "Asmamaw Hailegeorgis"],
        other_people=["Soliana Shimeles", "Tareke Alemayehu", "Ameha Mekonnen", "Kibrom Berahane", "Barack Obama",
                      "Berhanu Wondimu", "Getachew Reda", "Henok Tadesse"],
        distractors=["Soliana Shimeles acquitted in absentia (never detained, not released)",
                     "Kibrom Berahane is Atnaf's brother", "Befeqadu: bail ruling on October 26 (still held)",
                     "18-month trial; up to three years; up to 20 years; 30 days to appeal; Article 257; 19th bench",
                     "223 billion birr, 8.2 million, 6 more Boeing 787s (page noise)"],
    ),
    dict(
        file="006_cameroon_kamto_freed_fr.txt", published="2019-10-05", outlet="French-language African news site (with AFP), translated",
        event="Maurice Kamto and 102 MRC detainees freed after Biya drops proceedings, 2019-10-05",
        counts=[
            C("released", 102, "102 MRC detainees, including Mr Kamto, were released"),
            C("other", 100, "together with about a hundred co-defendants", qualifier="about",
              note="co-defendants prosecuted; not a release count"),
            C("released", 333, "ordered the end of proceedings against 333 people",
              note="earlier event (Anglophone detainees, ordered Thursday 3 October, first freed Friday)"),
            C("remaining_held", 150, "nearly 150 activists arrested during the marches of 1 June remain in detention",
              qualifier="about"),
            C("remaining_held", 10, "the ten separatist leaders sentenced to life imprisonment on 20 August by the military court of Yaoundé, among them the self-proclaimed president of \"Ambazonia\", Julius Sisiku Ayuk Tabe, remain in prison"),
            C("other", 2000, "some 2 000 supporters", qualifier="about", note="crowd"),
            C("other", 1200, "some 1 200 delegates", qualifier="about", note="dialogue delegates"),
            C("other", 3000, "more than 3 000 dead", qualifier="more_than", note="casualties"),
            C("other", 500000, "500 000 displaced", note="displaced"),
        ],
        released_names=["Maurice Kamto", "Christian Penda Ekoka", "Albert Dzongang", "Alain Fogué Tedom"],
        alias_groups={},
        not_released_names=["Julius Sisiku Ayuk Tabe", "Mancho Bibixy"],
        other_event_released_names=[],
        other_people=["Paul Biya", "Sylvain Souop", "Joseph Dion Ngute", "Emmanuel Simh", "Laurent Esso",
                      "Marie-Pierre Olinga", "Alain Ndoumbè"],
        distractors=["French number formats: 2 000, 1 200, 3 000, 500 000, 14,23 %, 19 h 12",
                     "'dozens of activists' (vague, subtitle)", "65-year-old; 15 years; death penalty",
                     "'Mr Fogué' surname-only mention", "'the 8 lessons', '1 school out of 3' (page noise)"],
    ),
    dict(
        file="007_sudan_bashir_pardons_rebels.txt", published="2017-03-05", outlet="Reuters wire (Read more list)",
        event="Bashir pardons 259 captured rebels; first 66 freed from Kober prison, 2017-03-05",
        counts=[
            C("released", 259, "pardoned 259 members of rebel groups",
              note="pardon; the rest of the 259 to be freed from other prisons in the coming days"),
            C("released", 66, "A first group of 66 walked out of Kober prison", note="subset of the 259 freed on the day"),
            C("other", 9, "all but nine of whom belong to the Justice and Equality Movement",
              note="subset: nine not from JEM; NOT still held"),
            C("released", 125, "said it would release 125 captured government soldiers", note="planned (SPLM-N promise)"),
            C("other", 300000, "killed an estimated 300,000 people", qualifier="about", note="Darfur death toll"),
            C("other", 2500000, "driven 2.5 million from their homes", qualifier="about", note="displaced"),
        ],
        released_names=["Adam Bakhit Issa"],
        alias_groups={},
        not_released_names=["Hassan Abduraheem Kodi Taour", "Abdulmonem Abdumawla"],
        other_event_released_names=["Petr Jasek"],
        other_people=["Omar al-Bashir", "Ahmed Bilal Osman", "Lubomir Zaoralek", "Mohaned Mustafa", "Yasir Arman",
                      "Ibrahim Ghandour", "Ali Mohamed", "Rania Ezzat", "Tom Collier"],
        distractors=["'all but nine' here is a subset of the pardoned, not a remaining-held figure",
                     "Petr Jasek pardoned last month (earlier event), flew home to Prague",
                     "20 years; since 2008/2011/2003; 4:52pm", "100,000 / 10 / 18 to the dollar (page noise)"],
    ),
    dict(
        file="008_sipadan_hostages_freed_2000.txt", published="2000-09-10", outlet="Malaysian regional newspaper (other-news list)",
        event="Abu Sayyaf frees five Western Sipadan hostages, flown to Tripoli, 2000-09-09",
        counts=[
            C("released", 5, "freed five more of the Western tourists"),
            C("transferred_to", 5, "The five were flown to Tripoli", where="Tripoli"),
            C("released", 4, "On Aug 27 the rebels freed four hostages", note="earlier event (27 August)"),
            C("released", 10, "The 10 Malaysians among the captives, most of them resort staff, were freed",
              note="earlier event (August)"),
            C("released", 20, "20 of the 21 people abducted from Sipadan on April 23 have been freed",
              note="cumulative since April"),
            C("remaining_held", 1, "leaving Filipino resort worker Roland Ullah as the only one of the 21 Sipadan captives still in the hands of the rebels",
              note="inferred ('the only one'); of the Sipadan group"),
            C("remaining_held", 16, "the group is believed to be holding at least 16 captives", qualifier="at_least"),
            C("other", 12, "12 Filipino Christian evangelists", note="subset of the 16 still held"),
            C("other", 2, "Two held over RM50,000 timber theft", note="page noise (arrests)"),
        ],
        released_names=["Marc Wallert", "Sonia Wendling", "Stephane Loisy", "Seppo Franti", "Risto Vahanen"],
        alias_groups={"Ghalib Andang": ["Commander Robot"]},
        not_released_names=["Roland Ullah", "Jean-Jacques Le Garrec", "Roland Madura", "Jeffrey Schilling"],
        other_event_released_names=["Werner Wallert", "Renate Wallert", "Monique Strydom", "Callie Strydom", "Marie Moarbes"],
        other_people=["Rajab Azzarouq", "Robert Aventajado", "Ghalib Andang", "Abdullah Ahmad Badawi",
                      "Saif al-Islam Gaddafi", "Muammar Gaddafi", "Joseph Estrada", "Dorothy Teoh"],
        distractors=["Werner and Renate Wallert are Marc's parents AND earlier-event releasees",
                     "held names in a separate 'Besides Ullah ...' paragraph", "age 27; four months; three years",
                     "US$1mil per hostage (ransom claim)", "3.80, 2,000 (page noise)"],
    ),
    dict(
        file="009_cambodia_pardons_oped.txt", published="2018-08-29", outlet="op-ed (comments, most-read list)",
        event="Tep Vanny and three other Boeung Kak activists pardoned and freed, 2018-08-27",
        counts=[
            C("released", 4, "She was one of four Boeung Kak activists pardoned"),
            C("released", 14, "the king had pardoned 14 activists", note="earlier event (a week earlier)"),
            C("released", 18, "18 prisoners of conscience have been freed since the election",
              note="cumulative since the 29 July election (14 + 4)"),
            C("remaining_held", 20, "more than 20 remain behind bars", qualifier="more_than"),
            C("other", 125, "took all 125 seats", note="election result"),
            C("other", 700000, "some 700,000 workers", qualifier="about", note="garment workers"),
        ],
        released_names=["Tep Vanny", "Bo Chhorvy", "Kong Chantha", "Heng Mom"],
        alias_groups={},
        not_released_names=["Kem Sokha", "James Ricketson"],
        other_event_released_names=["Meach Sovannara"],
        other_people=["Norodom Sihamoni", "Hun Sen", "Kem Monovithya", "Uon Chhin", "Yeang Sothearin", "Sam Rainsy",
                      "Sokunthea Mao"],
        distractors=["Uon Chhin and Yeang Sothearin 'freed on bail' (bail is not a release; still charged)",
                     "Kem Monovithya is Kem Sokha's daughter (Khmer names: family name first)",
                     "Sam Rainsy in exile (not held)", "20 years; 69; six years; nine months; up to 15 years; 33 years",
                     "Comments (38); '5 things' (page noise)"],
    ),
    dict(
        file="010_thailand_jatupat_freed.txt", published="2019-05-10", outlet="broadcaster web page (cookie banner)",
        event="Jatupat 'Pai Dao Din' Boonpattararaksa freed after coronation pardon, 2019-05-10",
        counts=[
            C("other", 27, "Jatupat, 27", note="age"),
            C("other", 5, "sentenced him to five years", note="sentence length (halved)"),
            C("other", 54, "a 54-year-old lawyer", note="age of the father"),
            C("other", 874, "waiting for this day for 874 days", note="duration"),
            C("other", 2000, "read by more than 2,000 other people", qualifier="more_than",
              note="readers of the shared article; not releases"),
            C("other", 50, "about 50 supporters had gathered", qualifier="about", note="crowd"),
        ],
        released_names=["Jatupat Boonpattararaksa"],
        alias_groups={"Jatupat Boonpattararaksa": ["Pai Dao Din"]},
        not_released_names=["Siraphop Kornaroot"],
        other_event_released_names=[],
        other_people=["Maha Vajiralongkorn", "Viboon Boonpattararaksa", "Kritsadang Nutcharut", "Prayut Chan-o-cha"],
        distractors=["only numbers near release words are ages, sentence lengths and years",
                     "two years and four months of a two-and-a-half-year sentence; three to 15 years; nearly five years",
                     "Viboon Boonpattararaksa is the father (same surname)"],
    ),
    dict(
        file="011_turkmenistan_gadyr_pardon_gov.txt", published="2016-07-01", outlet="state news agency / government statement",
        event="Turkmenistan pardons 1,021 convicts for Gadyr gijesi, 2016-07-01",
        counts=[
            C("released", 1021, "pardoned 1,021 persons"),
            C("other", 27, "including 27 foreign citizens", note="subset of the 1,021 (to be handed to their embassies)"),
            C("released", 17000, "more than 17 thousand citizens have been pardoned", qualifier="more_than",
              note="cumulative since 2007"),
            C("other", 1200000, "more than 1 million 200 thousand tons of wheat", qualifier="more_than",
              note="grain harvest (same cabinet meeting)"),
            C("other", 30, "30 foreign delegations", note="festival"),
        ],
        released_names=[],
        alias_groups={"Gurbanguly Berdimuhamedov": ["Gurbanguly Berdimuhamedow"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gurbanguly Berdimuhamedov", "Esenmyrat Orazgeldiyev", "Nurmuhammet Orazov", "Isgender Mulikov"],
        distractors=["no releasee is named", "amnesty for the 25th anniversary to be adopted in October (planned, no count)",
                     "'released them from further serving their sentences' = release"],
    ),
    dict(
        file="012_uzbekistan_journalist_freed_ngo.txt", published="2017-10-05", outlet="NGO press release (contacts, donation prompt)",
        event="Uzbekistan frees journalist Solijon Abdurakhmanov and rights defender Azam Farmonov, 2017-10-03",
        counts=[
            C("released", 2, "The two releases"),
            C("released", 16, "bring to at least 16 the number of people imprisoned on politically motivated charges who have been freed",
              qualifier="at_least", note="cumulative since September 2016"),
            C("remaining_held", 1000, "more than 1,000 people remain imprisoned", qualifier="more_than",
              note="NGO estimate"),
        ],
        released_names=["Solijon Abdurakhmanov", "Azam Farmonov"],
        alias_groups={"Solijon Abdurakhmanov": ["Salijon Abdurakhmanov"]},
        not_released_names=["Yusuf Ruzimuradov", "Dilmurod Saiid", "Agzam Turgunov", "Chuyan Mamatkulov",
                            "Bobomurod Abdullaev"],
        other_event_released_names=["Samandar Kukanov", "Murod Juraev"],
        other_people=["Shavkat Mirziyoyev", "Islam Karimov", "Dilnoza Karimova", "Bahrom Abdurakhmanov", "Mark Ellison"],
        distractors=["'FOR IMMEDIATE RELEASE' header", "Bobomurod Abdullaev arrested September 27 (taken INTO custody; held)",
                     "Bahrom Abdurakhmanov is the brother (same surname)", "67; 10 years; nine-year; 23 years; 21 years; 12 and a half years",
                     "phone numbers; 25 euros (donation prompt)"],
    ),
    dict(
        file="013_transnistria_ilascu_group_explainer.txt", published="2007-06-05", outlet="RFE/RL-style explainer with timeline",
        event="Transnistria frees Andrei Ivantoc (June 2) and Tudor Petrov-Popa (June 4), last of the Ilascu group, 2007",
        counts=[
            C("released", 2, "The last two members of the \"Ilascu group\" held in Transnistria have been freed"),
            C("released", 6, "all six men arrested in 1992 are now free", note="cumulative (1994-2007)"),
            C("remaining_held", 2, "at least two other people are serving politically motivated sentences in Transnistrian prisons",
              qualifier="at_least", note="Promo-LEX estimate"),
            C("other", 180000, "180,000 euros", note="damages"),
        ],
        released_names=["Andrei Ivantoc", "Tudor Petrov-Popa"],
        alias_groups={"Andrei Ivantoc": ["Andrei Ivantsok"]},
        not_released_names=[],
        other_event_released_names=["Ilie Ilascu", "Alexandru Lesco", "Petru Godiac", "Valeriu Garbuz"],
        other_people=["Eudochia Ivantoc", "Vladimir Voronin", "Igor Smirnov", "Vlad Cebotari", "Mircea Tanase"],
        distractors=["timeline entries 1994, 2001, 2004 are earlier events", "Eudochia Ivantoc is the wife (same surname)",
                     "15-year / 12-year sentences; two years each; 14th Army; 1992", "49.6 percent; 6,000 trucks (page noise)"],
    ),
    dict(
        file="014_bosnia_dayton_prisoner_release_1996.txt", published="1996-01-27", outlet="Reuters wire",
        event="Dayton 'all for all' prisoner release in Bosnia, 885 freed, 1996-01-27",
        counts=[
            C("released", 885, "released 885 prisoners"),
            C("exchanged", 517, "The Bosnian Serbs freed 517 prisoners"),
            C("exchanged", 248, "The Bosnian Serbs freed 517 prisoners, the Moslem-led government 248"),
            C("exchanged", 120, "The Bosnian Serbs freed 517 prisoners, the Moslem-led government 248 and the Bosnian Croats 120"),
            C("remaining_held", 24, "the government had kept back 24 Serbs"),
            C("remaining_held", 9, "the Bosnian Serbs freed all but nine of the prisoners on their lists",
              note="all but nine: nine held back"),
            C("transferred_to", 32, "Thirty-two of the Serbs freed by the government asked to be taken to Serbia rather than to Serb-held territory and were driven to Belgrade",
              where="Belgrade"),
            C("exchanged", 600, "About 600 prisoners were exchanged in a series of smaller swaps during 1995", qualifier="about",
              note="earlier event (1995)"),
            C("other", 20000, "more than 20,000 people are still missing", qualifier="more_than", note="missing, not held"),
        ],
        released_names=["Nedzad Hodzic", "Milorad Ristic"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Pierre Gauthier", "Richard Holbrooke", "Carl Bildt", "Leighton Smith", "Andrej Vukovic"],
        distractors=["eight days after the deadline; 43-month war; 90/58 kilos; ages 34, 52; since 1992",
                     "Thirty-two transferred: text says both Serbia and Belgrade"],
    ),
    dict(
        file="015_georgia_russia_swap_2008_ru.txt", published="2008-08-19", outlet="Russian news agency brief, translated",
        event="Georgia hands over five Russian servicemen for 15 Georgians near Igoeti, 2008-08-19",
        counts=[
            C("exchanged", 5, "Georgia handed over five Russian servicemen"),
            C("exchanged", 15, "received 15 Georgian citizens"),
            C("other", 12, "12 servicemen and three civilians", note="subset of the 15"),
            C("other", 3, "12 servicemen and three civilians", note="subset of the 15"),
            C("remaining_held", 13, "South Ossetian formations are still holding at least 13 Georgian citizens",
              qualifier="at_least", note="claim by Georgian side"),
            C("other", 158000, "about 158 000 people have been forced to leave their homes", qualifier="about",
              note="displaced"),
        ],
        released_names=["Igor Zinov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Temur Iakobashvili", "Anatoly Nogovitsyn"],
        distractors=["Views: 3 412; 19.08.2008, 21:47; 45 km; 9 August; Tu-22M3"],
    ),
    dict(
        file="016_srilanka_pardons_analysis.txt", published="2022-08-31", outlet="analysis piece (newsletter prompt)",
        event="Sri Lanka: Ranjan Ramanayake freed on presidential pardon, 2022-08-26",
        counts=[
            C("released", 16, "he freed 16 former members of the Liberation Tigers of Tamil Eelam",
              note="earlier event (June 2021 Poson pardon)"),
            C("released", 200, "about 200 prisoners jailed for minor offences or unable to pay fines were freed", qualifier="about",
              note="earlier event (Vesak pardon, May 2022)"),
            C("remaining_held", 46, "46 people, most of them Tamils, remain in custody"),
            C("released", 8, "eight more PTA detainees would be released", note="planned (promise by justice minister)"),
            C("other", 8, "the murder of eight Tamil civilians", note="victims"),
            C("other", 269, "killed 269 people", note="victims"),
        ],
        released_names=["Ranjan Ramanayake"],
        alias_groups={},
        not_released_names=["Wasantha Mudalige", "Galwewa Siridhamma Thero", "Sivakumar Kannan"],
        other_event_released_names=["Sunil Ratnayake", "Duminda Silva"],
        other_people=["Ranil Wickremesinghe", "Gotabaya Rajapaksa", "Niranjan Perera", "Hejaaz Hizbullah", "Ahnaf Jazeem",
                      "Wijeyadasa Rajapakshe", "Selvarani Kannan", "Joseph Stalin", "Nisha Gunawardena"],
        distractors=["Hejaaz Hizbullah and Ahnaf Jazeem released on bail (not a release; still charged)",
                     "Joseph Stalin (teachers' union leader) arrested August 3 and bailed next day (not a release)",
                     "Selvarani Kannan is the mother of Sivakumar Kannan, who is still held; 'Sivakumar's' possessive second mention",
                     "'dozens of people' arrested (vague); aged 22; more than 80 court dates; GSP+",
                     "Mudalige and the monk detained August 18 (taken INTO custody; held); 'Thero' is a monastic title",
                     "Wijeyadasa Rajapakshe (minister) vs Gotabaya Rajapaksa: near-identical surnames",
                     "'Dozens held' (vague, subtitle)", "19 months; four-year sentence; five weeks; up to a year; 15 years",
                     "64.3 percent; $2.9 billion; 1979; 2015"],
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
