#!/usr/bin/env python3
"""Gold for devset_p (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name/alias/`where` occurs in it
(case-insensitive, for all-caps bylines), no name is in two lists, and kinds,
qualifiers and `where` are valid."""
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
        file="001_beirut_french_hostages_1988.txt", published="1988-05-05", outlet="UPI wire archive (brief)",
        event="Islamic Jihad frees French hostages Carton, Fontaine and Kauffmann in Beirut, 1988-05-04",
        counts=[
            C("released", 3, "Three Frenchmen held by pro-Iranian kidnappers in Lebanon for up to three years were freed"),
            C("transferred_to", 3, "The three were driven to Damascus", where="Damascus"),
            C("transferred_to", 3, "Three Frenchmen held by pro-Iranian kidnappers in Lebanon for up to three years were freed Wednesday and flown to Paris",
              where="Paris", note="inferred: flown home; optional"),
            C("released", 2, "Two other French hostages, Jean-Louis Normandin and Roger Auque, were freed in November",
              note="earlier event (November 1987)"),
            C("remaining_held", 18, "The release leaves 18 foreigners, nine of them Americans, still held hostage in Lebanon"),
            C("other", 9, "nine of them Americans", note="subset of the 18 still held"),
        ],
        released_names=["Marcel Carton", "Marcel Fontaine", "Jean-Paul Kauffmann"],
        alias_groups={},
        not_released_names=["Terry Anderson", "Terry Waite"],
        other_event_released_names=["Jean-Louis Normandin", "Roger Auque"],
        other_people=["Nadim Haddad", "Jacques Chirac", "Francois Mitterrand", "Charles Pasqua", "Joelle Brunerie",
                      "Michel Seurat"],
        distractors=["ages 64/46/44; 'up to three years'; 6 p.m.; 'four days before' the runoff",
                     "Michel Seurat reported killed in 1986 (not held, not released)",
                     "Joelle Brunerie is Kauffmann's wife"],
    ),
    dict(
        file="002_aubenas_iraq_2005_fr.txt", published="2005-06-13", outlet="French daily, machine-translated (\"12 000\")",
        event="Florence Aubenas and her guide Hussein Hanoun freed in Iraq after 157 days, 2005-06-11",
        counts=[
            C("released", 2, "The two ex-hostages were handed over to French officials in Baghdad"),
            C("released", 3, "Three Romanian journalists, kidnapped in March, were released on 22 May", note="earlier event (May 2005)"),
            C("remaining_held", 30, "At least 30 foreigners are still held in Iraq", qualifier="at_least"),
            C("other", 5000, "\"more than 5 000\" the number of kidnappings", qualifier="more_than",
              note="cumulative kidnappings since April 2003"),
            C("other", 12000, "more than 12 000 people had gathered", qualifier="more_than", note="support rally"),
            C("other", 100, "about a hundred colleagues", qualifier="about", note="colleagues at the airport"),
            C("other", 22, "Iraq: 22 dead in an attack in Hilla", note="page noise"),
        ],
        released_names=["Florence Aubenas", "Hussein Hanoun al-Saadi"],
        alias_groups={"Hussein Hanoun al-Saadi": ["Hussein Hanoun"]},
        not_released_names=[],
        other_event_released_names=["Christian Chesnot", "Georges Malbrunot", "Mohammed al-Joundi", "Giuliana Sgrena"],
        other_people=["Claire Vautrin", "Jacques Chirac", "Didier Julia", "Dominique de Villepin", "Philippe Douste-Blazy",
                      "Serge July", "Nicola Calipari"],
        distractors=["157 days / 124 days (durations)", "'number 6' / 'number 3' (prisoner numbers)",
                     "some 200 events; some 500 town halls; 1 245 reactions", "ages 50/44; 13 h 40",
                     "Nicola Calipari killed (not a releasee)", "her mother and her sisters (unnamed relatives)"],
    ),
    dict(
        file="003_burnham_rescue_2002.txt", published="2002-06-08", outlet="Mindanao regional daily (READ ALSO, trending, ads)",
        event="Gracia Burnham rescued from Abu Sayyaf in Sibuco; Martin Burnham and Ediborah Yap killed, 2002-06-07",
        counts=[
            C("other", 20, "among 20 people seized by the Abu Sayyaf from the Dos Palmas resort",
              note="original number of hostages (May 2001)"),
            C("other", 3, "Three hostages, among them American Guillermo Sobero of Corona, California, were beheaded",
              note="killed hostages (2001)"),
            C("remaining_held", 2, "the bandits are still holding at least two Filipinos", qualifier="at_least",
              note="same captors, other abduction (Basilan, February)"),
            C("other", 4, "Four bandits were killed", note="casualties"),
            C("other", 7, "seven soldiers were wounded", note="casualties"),
            C("other", 40, "some 40 of his men escaped", qualifier="about", note="kidnappers who escaped"),
            C("other", 1000, "More than 1,000 American soldiers are in Basilan", qualifier="more_than", note="troops"),
            C("other", 60, "more than 60 kidnappings since 2000", qualifier="more_than", note="cumulative kidnappings"),
            C("other", 21, "the abduction of 21 people from the Malaysian diving resort of Sipadan",
              note="earlier abduction (2000); no release stated"),
            C("other", 7, "7 hurt as jeepney falls into ravine in Pagadian", note="page noise"),
        ],
        released_names=["Gracia Burnham"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Divina Ponce", "Reynaldo Manalo"],
        other_people=["Martin Burnham", "Ediborah Yap", "Ernesto Carolina", "Abu Sabaya", "Guillermo Sobero",
                      "Gloria Macapagal-Arroyo", "Francis Ricciardone", "Roy Cimatu", "Paul Burnham", "Oreta Burnham",
                      "Scott Ross", "Rodolfo Biazon", "Ricardo Dagohoy", "Noralyn Sali"],
        distractors=["Martin Burnham and Ediborah Yap were killed in the rescue (hostages, not released)",
                     "children Jeff, Mindy and Zach (first names only)", "ages 43/42/42; 18th wedding anniversary; 10 days",
                     "'fewer than 200 armed men'", "Lotto P52 million; 12%; 88-85; P2.1 billion; Comments (12)",
                     "'the group released most of its captives in batches' (vague, earlier)"],
    ),
    dict(
        file="004_somalia_seal_rescue_2012.txt", published="2012-01-25", outlet="US broadcaster web page (cookie banner, video player)",
        event="US Navy SEALs rescue Jessica Buchanan and Poul Hagen Thisted in Somalia, 2012-01-25",
        counts=[
            C("released", 2, "freed two aid workers"),
            C("transferred_to", 2, "The two were flown by helicopter to Camp Lemonnier in Djibouti", where="Djibouti"),
            C("other", 9, "killing all nine of their captors", note="kidnappers killed"),
            C("remaining_held", 160, "at least 10 ships and some 160 crew members", qualifier="about",
              note="inferred: crews held by Somali pirates (other abductions); optional"),
            C("other", 10, "holding at least 10 ships", qualifier="at_least", note="ships, not people"),
            C("other", 250000, "UN says 250,000 still at risk", note="page noise"),
            C("other", 12, "Yemen: 12 soldiers killed in ambush near Zinjibar", note="page noise"),
        ],
        released_names=["Jessica Buchanan", "Poul Hagen Thisted"],
        alias_groups={},
        not_released_names=["Michael Scott Moore", "Montserrat Serra", "Blanca Thiebaut", "Judith Tebbutt"],
        other_event_released_names=[],
        other_people=["Karen Whitfield", "Barack Obama", "John Buchanan", "Leon Panetta", "Erik Landemalm", "Andreas Kamm",
                      "David Tebbutt"],
        distractors=["ages 32/60; three months; 3 a.m.; 2:14; 347 Comments; '20 years of U.S. special operations'",
                     "John Buchanan is the father; Erik Landemalm the husband", "David Tebbutt was killed",
                     "scorer caveat: David and Judith Tebbutt count as the same person under the lenient first-name rule"],
    ),
    dict(
        file="005_odisha_italian_maoists_2012.txt", published="2012-04-13", outlet="Indian regional daily (market ticker, comments)",
        event="Maoists free Italian tour operator Paolo Bosusco in Odisha, 2012-04-12",
        counts=[
            C("exchanged", 13, "the state has agreed to withdraw cases against 13 prisoners",
              note="planned: part of the deal; none of the 13 freed yet"),
            C("other", 30, "demanded the release of 30 prisoners", note="demand by another faction holding the MLA"),
            C("other", 23, "including 23 tribal activists", note="subset of the demand"),
            C("other", 4000, "about 4,000 foreign visitors a year", qualifier="about", note="tourists"),
            C("other", 3, "Cyclone alert for 3 coastal districts", note="page noise"),
        ],
        released_names=["Paolo Bosusco"],
        alias_groups={},
        not_released_names=["Subhashree Das", "Jhina Hikaka"],
        other_event_released_names=["Claudio Colangelo"],
        other_people=["Sabyasachi Panda", "Naveen Patnaik", "Dandapani Mohanty", "Biswapriya Kanungo", "U.N. Behera",
                      "Kaushalya Hikaka", "Giulio Terzi", "Bhupinder Singh"],
        distractors=["29 days; ages 54/61/37; 6.15 pm; bail hearing April 20",
                     "'Today it is 13 prisoners, tomorrow it will be 130' (rhetoric)",
                     "Subhashree Das is Panda's wife and remains in jail (relative still held)",
                     "Kaushalya Hikaka is the MLA's wife", "Sensex 17,332 / Nifty 5,276; 5 wickets; 2,000 jobs; Comments (37)"],
    ),
    dict(
        file="006_png_hostages_2023_brief.txt", published="2023-02-26", outlet="AAP wire brief",
        event="Kidnappers free Prof. Bryce Barker and two PNG researchers, Southern Highlands, 2023-02-26",
        counts=[
            C("released", 3, "the three freed hostages"),
            C("transferred_to", 3, "the three freed hostages were flown by helicopter to Mount Hagen", where="Mount Hagen",
              note="inferred: medical transfer within PNG; optional"),
            C("released", 4, "With Sunday's release, all four hostages are free",
              note="cumulative: includes the woman freed on Thursday"),
            C("other", 50, "about 50 police and defence personnel", qualifier="about", note="security forces"),
        ],
        released_names=["Bryce Barker"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["James Marape", "David Manning"],
        distractors=["ransom 3.5 million kina / $A1.4 million", "a fourth (unnamed) member freed on Thursday: earlier batch",
                     "'held hostage for a week'; February 19"],
    ),
    dict(
        file="007_cameroon_family_freed_liveblog.txt", published="2013-04-19", outlet="world-news live blog (reverse timestamps, unrelated entries)",
        event="Boko Haram frees the seven members of the Moulin-Fournier family, Cameroon/Nigeria border, 2013-04-18/19",
        counts=[
            C("released", 7, "The seven members of the Moulin-Fournier family, kidnapped in northern Cameroon on 19 February, have been freed"),
            C("transferred_to", 7, "The seven were handed over to Cameroonian troops overnight near the Nigerian border and flown to Yaoundé",
              where="Yaoundé", note="inferred: flown to the family's home city; optional"),
            C("exchanged", 16, "Cameroon freed 16 Boko Haram prisoners as part of the deal",
              note="claim by Reuters (Nigerian government report); unconfirmed other side of the deal"),
            C("remaining_held", 7, "seven French citizens are still held in Africa"),
            C("other", 4, "four men seized at Arlit in Niger in 2010", note="subset of the seven still held"),
            C("other", 2, "two in Mali", note="subset of the seven still held"),
            C("other", 4, "their four sons, aged five to 12", note="subset of the seven freed"),
        ],
        released_names=["Tanguy Moulin-Fournier", "Albane Moulin-Fournier"],
        alias_groups={},
        not_released_names=["Francis Collomp"],
        other_event_released_names=[],
        other_people=["Hélène Marchetti", "Tom Aubry", "Sarah Okafor", "François Hollande", "Laurent Fabius",
                      "Dzhokhar Tsarnaev", "Paul Biya"],
        distractors=["Cyril (the brother; first name only, released)", "ransom $3.15m",
                     "Boston entries: Dzhokhar Tsarnaev, 19; Tamerlan, 26 (unrelated)", "'all seven of us' (quote)",
                     "timestamps 21:48 ... 09:55"],
    ),
    dict(
        file="008_israel_fatah_exchange_1983.txt", published="1983-11-24", outlet="AP wire archive",
        event="Israel frees 4,765 Palestinians and Lebanese for six soldiers held by Fatah, 1983-11-24",
        counts=[
            C("exchanged", 4765, "Israel freed 4,765 Palestinian and Lebanese prisoners"),
            C("exchanged", 6, "in exchange for six Israeli soldiers"),
            C("released", 4700, "about 4,700 men — were released from the Ansar detention camp", qualifier="about",
              note="inferred: subset of the 4,765 stated with a release verb; optional"),
            C("transferred_to", 65, "The other 65 prisoners, held in jails inside Israel and the occupied territories, were flown to Algiers",
              where="Algiers"),
            C("transferred_to", 6, "The six soldiers, captured in September 1982 at an army outpost in the Lebanese mountain town of Bhamdoun, were flown from the northern Lebanese port of Tripoli to Ben-Gurion Airport",
              where="Ben-Gurion Airport", note="inferred: flown home; optional"),
            C("other", 25, "25 of the 65 were serving life sentences", note="subset of the 65"),
            C("exchanged", 76, "Israel released 76 Palestinians in return for one Israeli soldier", note="earlier event (March 1979)"),
            C("released", 1, "in return for one Israeli soldier, Pvt. Avraham Amram", note="earlier event (March 1979)"),
            C("remaining_held", 3, "three other Israeli soldiers, Hezi Shai, Yosef Grof and Nissim Salem, who are held by"),
            C("other", 4000, "some 4,000 loyalist fighters", qualifier="about", note="fighters"),
            C("other", 12, "At least 12 people were killed", qualifier="at_least", note="casualties"),
        ],
        released_names=["Avraham Levi", "Rafael Hazan", "Eliyahu Abutbul", "Dani Gilboa", "Reuven Kahalani", "Meir Ohana"],
        alias_groups={},
        not_released_names=["Hezi Shai", "Yosef Grof", "Nissim Salem"],
        other_event_released_names=["Avraham Amram"],
        other_people=["David Zeller", "Yasser Arafat", "Yitzhak Shamir", "Moshe Arens", "Dalia Levi", "Fred Sinowatz",
                      "Herbert Amry", "Geula Cohen", "Ahmed Jibril", "Zachary Baumel"],
        distractors=["Zachary Baumel is missing and 'may be' held (not stated as held)",
                     "Dalia Levi is the mother of a freed soldier", "'several hundred prisoners' (demand, vague)",
                     "fourteen months; age 20; 1973 war"],
    ),
    dict(
        file="009_dhaka_hijack_1977_feature.txt", published="2022-09-28", outlet="Japanese English-language daily, 45th-anniversary feature",
        event="JAL 472 Dhaka hijacking resolved: Japan frees six prisoners, all 151 hostages freed (Dhaka/Kuwait/Damascus/Algiers), 1977-10-01..03",
        counts=[
            C("exchanged", 6, "Prime Minister Takeo Fukuda freed six prisoners"),
            C("other", 9, "the release of nine people held in Japanese prisons", note="demand"),
            C("remaining_held", 3, "three refused to go",
              note="inferred: refused release and stayed in prison; optional (judgement call)"),
            C("transferred_to", 6, "The remaining six were taken from their cells, put aboard a chartered JAL DC-8 with the money, packed in bags, and flown to Dhaka",
              where="Dhaka"),
            C("other", 151, "On board were 151 passengers and crew", note="total hostages"),
            C("other", 137, "137 passengers", note="subset of the 151"),
            C("other", 14, "14 crew members", note="subset of the 151"),
            C("released", 5, "the hijackers had let five people go", note="inferred: first batch of the main event; optional"),
            C("released", 118, "118 hostages were released on the tarmac"),
            C("other", 11, "11 air force officers were killed", note="casualties of the attempted coup"),
            C("released", 7, "seven hostages were freed", note="inferred: batch freed in Kuwait; optional"),
            C("released", 4, "four more were allowed off", note="inferred: batch freed in Damascus; optional"),
            C("released", 17, "the hijackers released the last 17 hostages", note="inferred: final batch in Algiers; optional"),
            C("transferred_to", 6, "gave themselves up to the Algerian authorities together with the six prisoners Japan had released",
              where="Algiers", note="inferred: destination given by 'In Algiers' at the start of the sentence; optional"),
            C("other", 2, "two were later captured abroad", note="later re-arrest of two of the six"),
            C("exchanged", 5, "Tokyo freed five prisoners, who were flown to Libya", note="earlier event (Kuala Lumpur, August 1975)"),
            C("released", 86, "freed all 86 passengers", note="earlier event (other event: Mogadishu, October 1977)"),
            C("other", 300, "Japan's police to add 300 officers", note="page noise"),
        ],
        released_names=["Jun Nishikawa", "Kazuo Tohira", "Hiroshi Sensui", "Yoko Sato", "Shigeru Takagi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Kunio Bando", "Fusako Shigenobu"],
        other_people=["Mariko Tsujimoto", "Takeo Fukuda", "Hajime Ishii", "A.G. Mahmud", "Ziaur Rahman", "Helmut Schmidt",
                      "Toshiaki Mori", "Hisashi Owada", "Osamu Maruoka"],
        distractors=["$6 million ransom; 36 hours; 45 years; 3 minutes (newsletter)",
                     "ages 24/69; 20-year sentence; nearly 30 years underground",
                     "'The remaining six' are the released prisoners, not people still held",
                     "Yoko Sato and Capt. Takagi were hostages freed in the main event (Takagi died in 2009)",
                     "Kunio Bando: freed in 1975, later a hijacker; remains at large (not held)",
                     "Fusako Shigenobu released from prison in May 2022 (other event)",
                     "Osamu Maruoka arrested 1987, died in prison"],
    ),
    dict(
        file="010_grapel_swap_brief.txt", published="2011-10-27", outlet="Reuters wire brief (photo credit)",
        event="Israel frees 25 Egyptians in exchange for Ilan Grapel, Taba, 2011-10-27",
        counts=[
            C("exchanged", 25, "Israel handed over 25 Egyptian prisoners on Thursday in exchange for Ilan Grapel"),
            C("other", 3, "three of them minors", note="subset of the 25"),
            C("released", 477, "Israel freed 477 Palestinians for captured soldier Gilad Shalit",
              note="earlier event (Shalit exchange, October 2011)"),
        ],
        released_names=["Ilan Grapel"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Gilad Shalit"],
        other_people=["Gary Ackerman", "Benjamin Netanyahu", "Hosni Mubarak", "Dana Rosen", "Yasmine Saad",
                      "Alastair Quinn", "Amir Cohen"],
        distractors=["age 27; four months; 2006 Lebanon war; nine days", "Hosni Mubarak was ousted (not stated as held)"],
    ),
    dict(
        file="011_iran_australia_bloggers_2019.txt", published="2019-10-05", outlet="Australian broadcaster web page (cookie banner, video, newsletter)",
        event="Iran frees Jolie King and Mark Firkin; Reza Dehbashi returns to Iran from Australia, 2019-10-05",
        counts=[
            C("released", 2, "Two Australian travel bloggers who spent more than three months in Tehran's Evin prison have been released"),
            C("other", 20000, "more than 20,000 followers", qualifier="more_than", note="social-media followers"),
            C("other", 7000, "Nearly 7,000 arrested in protest crackdown", qualifier="about", note="page noise"),
            C("other", 23, "23 crew still on board", note="page noise (unrelated tanker seizure)"),
        ],
        released_names=["Jolie King", "Mark Firkin", "Reza Dehbashi"],
        alias_groups={},
        not_released_names=["Kylie Moore-Gilbert"],
        other_event_released_names=[],
        other_people=["Jake Marsden", "Marise Payne", "Gholamhossein Esmaili", "Scott Morrison", "Anthea Coates"],
        distractors=["Dehbashi counted as released (other side per Iran; Canberra denies a swap): judgement call",
                     "10-year sentence; 'Third Australian' (ordinal); 1:52 video; Comments (58); 6am newsletter"],
    ),
    dict(
        file="012_iran_hostage_diplomacy_analysis.txt", published="2019-12-11", outlet="think-tank commentary (analysis, ~1,100 words)",
        event="Iran frees Xiyue Wang; US frees Massoud Soleimani, Zurich, 2019-12-07 (in passing)",
        counts=[
            C("remaining_held", 3, "At least three other Americans remain in Iranian custody", qualifier="at_least"),
            C("remaining_held", 13, "at least 13 dual and foreign nationals are being held in Iran today", qualifier="at_least"),
            C("released", 4, "Iran released four Iranian-Americans", note="earlier event (January 2016)"),
            C("exchanged", 7, "the United States pardoned or dropped charges against seven Iranians", note="earlier event (January 2016)"),
            C("released", 2, "two Australian travel bloggers arrested for flying a drone were freed", note="earlier event (October 2019)"),
            C("other", 30, "at least 30 dual nationals have been detained", qualifier="at_least",
              note="cumulative detentions since 2015"),
            C("other", 200, "more than 200 dead", qualifier="more_than", note="page noise"),
            C("other", 1000, "1,000 new designations since 2018", note="page noise"),
        ],
        released_names=["Xiyue Wang", "Massoud Soleimani"],
        alias_groups={},
        not_released_names=["Siamak Namazi", "Morad Tahbaz", "Michael White", "Fariba Adelkhah", "Roland Marchal",
                            "Ahmadreza Djalali", "Kylie Moore-Gilbert"],
        other_event_released_names=["Jason Rezaian", "Nizar Zakka"],
        other_people=["Leila Farzan", "Brian Hook", "Mohammad Javad Zarif", "Qasem Soleimani", "Hua Qu", "Donald Trump",
                      "Mike Pompeo", "Baquer Namazi", "Robert Levinson"],
        distractors=["one-for-one swap (no count)", "$400 million / $1.7 billion; 9.5 per cent; 10-year sentences",
                     "Baquer Namazi is on medical furlough, barred from leaving (neither held nor released)",
                     "Robert Levinson disappeared in 2007 (not stated as held)",
                     "Qasem Soleimani: same surname, no relation", "Hua Qu is Wang's wife"],
    ),
    dict(
        file="013_maaloula_nuns_2014_de.txt", published="2014-03-10", outlet="German public broadcaster site, machine-translated (\"1.000\", \"2,5\")",
        event="Nusra Front frees 13 Maaloula nuns and three helpers; Syria reportedly frees ~150 women, 2014-03-09/10",
        counts=[
            C("released", 16, "The release of the 16 women"),
            C("other", 13, "the 13 Greek Orthodox nuns from the Mar Takla monastery", note="subset of the 16"),
            C("other", 3, "three women who had worked in the monastery as helpers", note="subset of the 16"),
            C("transferred_to", 16, "The 16 women were finally brought from the Qalamoun mountains, where the rebels had held them most recently near the town of Yabrud, to Arsal in Lebanon",
              where="Arsal"),
            C("exchanged", 150, "the Syrian government released around 150 women prisoners in return", qualifier="about",
              note="claim by Abbas Ibrahim; Damascus did not confirm"),
            C("other", 1000, "demanded the release of 1.000 women", note="original demand"),
            C("remaining_held", 4000, "more than 4.000 women are still being held in the prisons of the regime",
              qualifier="more_than", note="held by the Syrian government (SNHR estimate)"),
            C("other", 140000, "more than 140.000 people have been killed", qualifier="more_than", note="war dead"),
            C("other", 5000, "around 5.000 inhabitants", qualifier="about", note="population"),
            C("other", 16000, "Putin has 16.000 soldiers deployed", note="page noise"),
            C("other", 3, "car bomb in Hermel kills 3", note="page noise"),
        ],
        released_names=["Pelagia Sayyaf"],
        alias_groups={},
        not_released_names=["Boulos Yazigi", "Yohanna Ibrahim", "Paolo Dall'Oglio"],
        other_event_released_names=[],
        other_people=["Katrin Albrecht", "Abbas Ibrahim", "Ghanem al-Kubaisi", "Bashar al-Assad",
                      "Tamim bin Hamad Al Thani", "John X. Yazigi"],
        distractors=["John X. Yazigi is the held archbishop's brother", "Abbas Ibrahim (mediator) shares a surname with the held Yohanna Ibrahim",
                     "3 a.m.; 55 kilometres; almost three years; 2,5 million refugees; 9.00 a.m.",
                     "the bishops' driver was killed (unnamed)"],
    ),
    dict(
        file="014_icrc_naqoura_1998_release.txt", published="1998-06-25", outlet="ICRC news release (contact block)",
        event="Israel releases 60 Lebanese detainees and 40 bodies for the remains of Itamar Ilya, Naqoura, 1998-06-25",
        counts=[
            C("released", 60, "oversaw the release of 60 Lebanese detainees"),
            C("other", 40, "the mortal remains of 40 Lebanese nationals", note="bodies returned"),
            C("other", 50, "50 had been held in the Khiam detention centre", note="subset of the 60"),
            C("other", 10, "10 in prisons in Israel", note="subset of the 60"),
            C("remaining_held", 140, "the some 140 people still held in Khiam", qualifier="about"),
            C("remaining_held", 21, "the 21 Lebanese nationals held in Israel"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Itamar Ilya", "Marc Studer", "Mireille Bonvin", "Rania Haddad"],
        distractors=["Itamar Ilya: remains returned (not a releasee)", "'more than ten years'; 11 a.m.; since 1967; phone numbers",
                     "no releasee is named (precision test)"],
    ),
    dict(
        file="015_xanana_freed_1999_feature.txt", published="1999-09-08", outlet="Australian broadsheet archive feature (~980 words)",
        event="Indonesia frees Xanana Gusmao from house arrest in Jakarta, 1999-09-07",
        counts=[
            C("released", 17, "17 other East Timorese serving sentences for political offences would be freed", note="planned"),
            C("released", 200, "Habibie has freed more than 200 political prisoners", qualifier="more_than",
              note="cumulative since May 1998"),
            C("remaining_held", 90, "at least 90 political prisoners, including about 30 East Timorese, remain in Indonesian jails",
              qualifier="at_least"),
            C("other", 30, "including about 30 East Timorese", qualifier="about", note="subset of those still held"),
            C("other", 2000, "More than 2,000 people, most of them United Nations staff, foreign journalists and local employees, have been evacuated to Darwin",
              qualifier="more_than", note="evacuees, not released people"),
            C("other", 438968, "Of the 438,968 East Timorese who voted", note="voters"),
            C("other", 14, "Storm kills 14 in Philippines", note="page noise"),
        ],
        released_names=["Xanana Gusmao"],
        alias_groups={"Xanana Gusmao": ["Jose Alexandre Gusmao"]},
        not_released_names=["Budiman Sujatmiko"],
        other_event_released_names=["Muchtar Pakpahan"],
        other_people=["Lindsay Crowe", "Ben Roache", "Muladi", "B.J. Habibie", "Jamsheed Marker", "Ali Alatas",
                      "Jose Ramos-Horta", "Carlos Belo", "Ian Martin", "Alexander Downer", "John Howard", "Eurico Guterres",
                      "Kirsty Sword", "Suharto", "Nelson Mandela", "Kofi Annan"],
        distractors=["February move to house arrest was not a release", "78.5 per cent; up to 4,500 troops; 20-year sentence; 13-year sentence",
                     "age 53; seven years; 2.15; 'Bali bombing survivors mark 20 years'; 34 ministers",
                     "Carlos Belo evacuated (not a release)", "Jose Ramos-Horta in exile"],
    ),
    dict(
        file="016_wei_jingsheng_detroit_1997.txt", published="1997-11-17", outlet="US regional newspaper archive page (most-read, photo credit)",
        event="China releases Wei Jingsheng on medical parole; flown to Detroit, 1997-11-16",
        counts=[
            C("remaining_held", 2000, "some 2,000 people are still imprisoned in China", qualifier="about"),
            C("other", 11, "11 great places for fish fry in Metro Detroit", note="page noise"),
        ],
        released_names=["Wei Jingsheng"],
        alias_groups={},
        not_released_names=["Wang Dan", "Liu Xiaobo"],
        other_event_released_names=["Wang Juntao"],
        other_people=["Gregory Tillman", "Anne Ho", "Linda Kowalczyk", "Raymond Nakashima", "Jiang Zemin", "Mike McCurry",
                      "Tang Guoqiang", "Wei Shanshan", "Carl Levin", "Xiao Qiang", "Carlos Osorio"],
        distractors=["'all but six months' (of his time in prison)", "Wei's own earlier release in September 1993",
                     "ages 47; 15/14/11-year sentences; nearly 18 years", "'Thousands of people are still in prison' (vague)",
                     "President Clinton (surname only)", "Wei Shanshan is his sister", "27-24; 99¢; Comments (0)"],
    ),
    dict(
        file="017_park_geun_hye_pardon_brief.txt", published="2021-12-31", outlet="Korean news agency brief",
        event="Former President Park Geun-hye released under special pardon, 2021-12-31",
        counts=[
            C("released", 3094, "a year-end special amnesty covering 3,094 people",
              note="inferred: pardon total, mostly minor offenders not in custody; optional"),
        ],
        released_names=["Park Geun-hye"],
        alias_groups={},
        not_released_names=["Lee Myung-bak"],
        other_event_released_names=["Lee Seok-ki"],
        other_people=["Moon Jae-in", "Park Beom-kye", "Han Myeong-sook"],
        distractors=["ages 69/80; 22-year and 17-year sentences; four years and nine months; two-year term",
                     "Han Myeong-sook: political rights restored (already out of prison)",
                     "Lee Seok-ki paroled on Dec. 24 (separate, earlier release)", "'Dozens of supporters'; midnight"],
    ),
    dict(
        file="018_geagea_amnesty_2005.txt", published="2005-07-26", outlet="pan-Arab broadcaster English site (cookie banner, video player)",
        event="Samir Geagea and Dinniyeh/Majdal Anjar Islamists freed under Lebanese amnesty law, 2005-07-26",
        counts=[
            C("released", 26, "Twenty-six of them left Roumieh prison on Tuesday"),
            C("remaining_held", 176, "at least 176 of their relatives are still held in Syrian jails", qualifier="at_least",
              note="inferred: Lebanese held by Syria (families' figure), different context; optional"),
            C("other", 25, "Iraq: 25 killed in Baghdad car bombs", note="page noise"),
            C("other", 88, "Sharm el-Sheikh death toll rises to 88", note="page noise"),
        ],
        released_names=["Samir Geagea"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sethrida Geagea", "Saad Hariri", "Rafik Hariri", "Emile Lahoud", "Rashid Karami", "Fouad Siniora",
                      "Michel Aoun"],
        distractors=["11 years; age 52; four life terms; 15 years in exile; 29-year presence; 02:41",
                     "'the rest were expected to follow within days' (planned, no number)",
                     "Michel Aoun returned from exile (not a release)", "Sethrida Geagea is the wife",
                     "scorer caveat: Sethrida and Samir Geagea count as the same person under the lenient first-name rule"],
    ),
    dict(
        file="019_algeria_charter_releases_2006_fr.txt", published="2006-03-07", outlet="Algerian daily, machine-translated from French (\"1 127\", \"97,36 %\")",
        event="Algeria frees detainees under the Charter for Peace and National Reconciliation, incl. Ali Benhadj, 2006-03-04..06",
        counts=[
            C("released", 1127, "1 127 detainees had been released on Monday evening"),
            C("released", 1100, "more than 1 100 detainees already released", qualifier="more_than",
              note="inferred: headline rounding of 1 127; optional"),
            C("released", 2200, "some 2 200 detainees prosecuted or convicted for acts linked to terrorism should benefit",
              qualifier="about", note="planned: total expected by the end of the month"),
            C("other", 87, "the 87 detainees concerned by the measures", note="Serkadji subset"),
            C("remaining_held", 14, "all but 14 of the 87 detainees concerned by the measures had been released",
              note="inferred: Serkadji files still under review; optional"),
            C("remaining_held", 400, "About 400 detainees are in this case and will stay in prison", qualifier="about"),
            C("other", 32, "the kidnapping of 32 European tourists", note="earlier kidnapping (2003)"),
            C("other", 6146, "6 146 cases of disappearances", note="disappeared"),
            C("other", 6000, "about 6 000 armed Islamists had surrendered", qualifier="about", note="surrenders (1999)"),
            C("released", 2300, "some 2 300 prisoners had been released", qualifier="about", note="earlier event (1999 civil concord)"),
            C("other", 200000, "nearly 200 000 dead", qualifier="about", note="war dead"),
            C("other", 3, "Oran: 3 dead in a traffic accident", note="page noise"),
        ],
        released_names=["Ali Benhadj"],
        alias_groups={"Ali Benhadj": ["Ali Belhadj"], "Amari Saifi": ["Abderrezak El Para"]},
        not_released_names=["Amari Saifi"],
        other_event_released_names=["Abassi Madani"],
        other_people=["Nadia Bensalem", "Tayeb Belaiz", "Farouk Ksentini", "Nassera Dutour", "Abdelaziz Bouteflika"],
        distractors=["'Ali Belhadj' appears in a Read-also headline about his July 2005 arrest",
                     "Amari Saifi was held by a rebel group in Chad, then handed over INTO Algerian custody; still held",
                     "97,36 %; 8 000 to 10 000 (disappeared, associations); 12-year sentence; 45 DA; two diplomats killed",
                     "Abassi Madani released in 2003, lives in Doha"],
    ),
    dict(
        file="020_gambia_releases_2017_ngo.txt", published="2017-02-17", outlet="NGO press release (notes to editors, contact)",
        event="Gambia releases 171 prisoners under President Barrow, 2017-02-16",
        counts=[
            C("released", 171, "The release yesterday of 171 prisoners"),
            C("other", 12, "at least 12 people held without charge", qualifier="at_least", note="subset of the 171"),
            C("released", 200, "more than 200 detainees have been freed across the country", qualifier="more_than",
              note="cumulative since January"),
            C("other", 18, "Ousainou Darboe and 18 co-defendants, who were released on bail",
              note="bail in December 2016 (earlier), not a release"),
            C("other", 8, "eight other NIA officers were arrested", note="arrested into custody"),
            C("other", 900, "held more than 900 inmates in 2016", qualifier="more_than", note="prison population"),
            C("other", 36, "at least 36 cases of torture", qualifier="at_least", note="documented cases"),
        ],
        released_names=["Amadou Sanneh", "Malang Fatty", "Kemo Bojang"],
        alias_groups={},
        not_released_names=["Yankuba Badjie"],
        other_event_released_names=[],
        other_people=["Adama Barrow", "Fatou Ceesay-Njie", "Yahya Jammeh", "Ousainou Darboe", "Ebrima Manneh", "Solo Sandeng",
                      "Ousman Jallow"],
        distractors=["Ousainou Darboe released on bail in Dec 2016, now foreign minister (bail is not a release)",
                     "Yankuba Badjie arrested INTO custody, remains in detention (listed as still held)",
                     "Ebrima Manneh disappeared (not stated as held); Solo Sandeng died in custody",
                     "22 years; five-year sentence; capacity about 450; 1 December election"],
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
        err(f"file list mismatch {files}")
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
            if (c["kind"] == "transferred_to") != bool(c["where"]):
                err(f"{g['file']}: where must be set exactly on transferred_to: {c}")
            if c["where"] and c["where"].casefold() not in low:
                err(f"{g['file']}: where not found: {c['where']!r}")
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
        for canon, aliases in g["alias_groups"].items():
            if not any(canon in g[k] for k in LISTS):
                err(f"{g['file']}: alias group head not in any list: {canon!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
