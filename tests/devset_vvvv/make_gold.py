#!/usr/bin/env python3
"""Gold for devset_vvvv (blind, held-out-style; theme: release figures that are hard to read).
Writes gold.jsonl and checks that every quote is an exact substring of its article and every
name (including alias spellings) occurs in it (names: case-insensitive)."""
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


# Conventions (see README.md, "How the set was written"):
# - numerals and number words ("one hundred and five", "Eleven") are counts; hedges map to
#   about (some/about/nearly/roughly/close to), more_than (more than/over), at_least (at least);
# - vague words without a numeral (dozens, hundreds, thousands, several, a fraction, half) are
#   NOT counts and are listed in `distractors` only;
# - ranges ("between 130 and 140") give two optional lines marked "vague quantifier";
# - a number only reachable by arithmetic or a share is `inferred` (optional);
# - a figure the article says was corrected or superseded is kind `other`;
# - a held figure "as of" just before the release (same kind of people) is a required
#   remaining_held, as in seed 000; peaks and totals that passed through are `other`;
# - moves to another camp, house-arrest transfers, escapes, bail/provisional release,
#   acquittals without release, demands and offers are `other`;
# - plans and announced totals are `planned`; running totals are `cumulative`; figures from
#   a different or earlier event (incl. page-noise headlines with a release verb) are `earlier event`.
GOLD = [
    dict(
        file="001_vogeler_freed_vienna_1951_archive.txt", published="1951-04-29",
        outlet="US evening paper, digitized archive page with OCR errors and unrelated front-page stories",
        event="Hungary frees US executive Robert Vogeler, who crosses into Austria, 1951-04-28",
        counts=[
            C("other", 17, "He had served a little over 17 months in Hungarian prisons when he was released",
              qualifier="more_than", note="duration"),
            C("other", 15, "he was sentenced to 15 years", note="sentence"),
            C("other", 13, "Sanders was sentenced to 13 years", note="sentence of a still-held co-defendant"),
            C("other", 39, "The 39-year-old New Yorker", note="age"),
            C("other", 1600, "Communist forces held 1,600 United Nations prisoners",
              note="page noise: unrelated Korean War story; not a held count for this event"),
            C("other", 79, "by 79 votes to 12", note="page noise (vote)"),
        ],
        released_names=["Robert A. Vogeler"],
        alias_groups={"Robert A. Vogeler": ["Vogeier"]},
        not_released_names=["Edgar Sanders", "William N. Oatis", "Jozsef Mindszenty"],
        other_event_released_names=[],
        other_people=["Lucile Vogeler", "Dean Acheson", "Douglas MacArthur", "Mohammed Mossadegh",
                      "Harold W. Brandt"],
        distractors=["'Vogeier' and 'Budapesl' are OCR errors", "'two of them were sentenced to death' (co-defendants)",
                     "'three or four times' (negotiation rounds)", "page furniture: Page 1 of 38, 5 Cents, high 64, OCR 91%",
                     "single releasee, no release count in the text"],
    ),
    dict(
        file="002_noel_herta_field_freed_budapest_1954.txt", published="1954-11-18",
        outlet="British broadsheet (diplomatic correspondent)",
        event="Hungary frees Noel and Herta Field after five years; Hermann Field freed by Poland in October 1954",
        counts=[
            C("released", 2, "The two were freed, the statement said",
              note="Noel and Herta Field"),
            C("released", 3, "three are now known to be free",
              note="cumulative: includes Hermann Field, freed in Poland in October"),
            C("other", 4, "Of the four members of the family who disappeared behind the Iron Curtain",
              note="total who disappeared (group size), not a held count"),
            C("other", 50, "Mr Field, who is 50", note="age"),
            C("other", 2, "Rajk and two of his co-defendants were hanged", note="executed in 1949"),
        ],
        released_names=["Noel H. Field", "Herta Field"],
        alias_groups={"Noel H. Field": ["Noel Field"]},
        not_released_names=["Erica Glaser Wallach"],
        other_event_released_names=["Hermann Field"],
        other_people=["Laszlo Rajk", "Jozef Swiatlo", "Imre Nagy", "John Foster Dulles"],
        distractors=["'let out thousands of people' from Hungarian camps since 1953 (vague, other releases)",
                     "'five years and six months' and 'five years of imprisonment' are durations",
                     "the Fields asked to stay in Hungary: still released (free, not in custody)",
                     "Erica Wallach 'is still held' per family friends (believed, not confirmed)"],
    ),
    dict(
        file="003_hegdahl_freed_hanoi_1969_hometown.txt", published="1969-08-07",
        outlet="South Dakota hometown weekly",
        event="North Vietnam frees three US POWs (Hegdahl, Frishman, Rumble), 1969-08-05",
        counts=[
            C("released", 3, "North Vietnam on Tuesday released three American prisoners of war"),
            C("released", 9, "North Vietnam has released nine American military men in all",
              note="cumulative since February 1968"),
            C("remaining_held", 400, "about 400 are believed to be held as prisoners in North Vietnam", qualifier="about"),
            C("other", 1300, "more than 1,300 Americans as missing or captured", qualifier="more_than",
              note="missing or captured, not a held count"),
            C("other", 22, "Seaman Douglas Hegdahl, 22", note="age"),
            C("other", 28, "Twenty-eight months is a long time to pray", note="duration in words"),
            C("other", 7, "Legion baseball: Clark 7, Watertown 5", note="page noise"),
        ],
        released_names=["Douglas Hegdahl", "Robert F. Frishman", "Wesley L. Rumble"],
        alias_groups={"Douglas Hegdahl": ["Doug Hegdahl"]},
        not_released_names=["John S. McCain", "Jeremiah Denton"],
        other_event_released_names=["Norris Overly", "Jon Black", "David Matheny", "James Low", "Fred Thompson",
                                    "Joe Carpenter"],
        other_people=["Rennie Davis", "Daniel Berrigan", "Howard Zinn", "Arlen Brekke", "Dorothy Saathoff",
                      "Melvin Laird", "Marlene Tschetter"],
        distractors=["'the third time Hanoi has freed three' (ordinal + group size)",
                     "the August 1968 three (Low, Thompson, Carpenter) are named without a separate count sentence",
                     "'two years and four months' duration", "flown to Vientiane: flight, no count",
                     "wheat $1.21, oats 58 cents (page noise)"],
    ),
    dict(
        file="004_amman_hotel_hostages_freed_1970_wire.txt", published="1970-06-12",
        outlet="AP wire",
        event="PFLP frees foreigners held in the Intercontinental and Philadelphia hotels, Amman, 1970-06-12",
        counts=[
            C("released", 68, "The Front said it had held 68 foreigners",
              note="all of them freed today ('freed the foreigners they had held'); the guerrillas' count"),
            C("other", 90, "the number kept inside at the height of the crisis was \"nearer 90,\"", qualifier="about",
              note="claim by hotel employees: peak number inside, incl. Arab guests and people let go earlier; not the release count"),
            C("released", 32, "32 of the freed hostages were Americans",
              note="subset (Americans) of the 68; inferred"),
            C("other", 200, "ranged from 200 to more than 400", note="dead (range)"),
            C("other", 700, "at least 700 wounded", qualifier="at_least", note="wounded"),
            C("other", 1000, "about 1,000 foreigners still in Jordan", qualifier="about",
              note="foreign residents told to stay indoors; not held"),
            C("other", 150, "a chartered plane would take \"up to 150\" Americans", qualifier="about",
              note="planned evacuation flight for any Americans; not hostages"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["King Hussein", "Sharif Nasser bin Jamil", "Zaid bin Shaker", "Yasser Arafat", "Robert P. Perry"],
        distractors=["'several people were let go on Wednesday evening' (vague earlier batch)",
                     "'for three days', 'two nights', 'four days of fighting' are durations",
                     "'3rd Armored Division'", "Perry was killed, not a hostage", "no named releasee"],
    ),
    dict(
        file="005_chile_estadio_nacional_closed_1973_analysis.txt", published="2023-11-09",
        outlet="analysis piece, 50 years on",
        event="Chile's junta closes the National Stadium detention centre: some released, the rest moved to Chacabuco, 1973-11",
        counts=[
            C("remaining_held", 600, "about 600 detainees were still there on 6 November", qualifier="about",
              note="as-of count just before the closing releases (Red Cross list)"),
            C("released", 340, "some 340 were released to their families over the last three days", qualifier="about"),
            C("remaining_held", 260, "The other 260 were not freed",
              note="still detained: moved to Chacabuco"),
            C("other", 260, "they were put on buses and taken north to the new camp at Chacabuco",
              note="transfer between camps, not a release and not a transferred_to count"),
            C("other", 7000, "the stadium had held \"some 7,000\" detainees at its peak", qualifier="about",
              note="peak population in September (junta figure), not an as-of count"),
            C("other", 12000, "between 12,000 and 20,000 people passed through", qualifier="at_least",
              note="cumulative number who passed through over eight weeks (range), not released or held"),
            C("released", 200, "\"more than 200\" left the stadium that way", qualifier="more_than",
              note="earlier event: foreigners released to embassies/UNHCR from mid-September"),
            C("other", 1300, "more than 1,300 kilometres from Santiago", qualifier="more_than", note="distance"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Ángel Parra"],
        other_event_released_names=[],
        other_people=["Violeta Parra", "Charles Horman", "Víctor Jara", "Augusto Pinochet", "Ramiro Fuenzalida",
                      "Teresa Valdivieso"],
        distractors=["'Several dozen more ... sent to the Santiago public jail' (vague; transfer)",
                     "'Roughly half of those present ... went home' (share restating 340 of 600)",
                     "'thousands of those held ... were tortured' (vague)", "section 8 (memorial)",
                     "Horman was killed; Jara died at the Chile Stadium"],
    ),
    dict(
        file="006_gombe_students_two_freed_1975_campus.txt", published="1975-07-01",
        outlet="US campus newspaper",
        event="Zairean PRP rebels free two Gombe researchers (Hunter, Bergmann); Kenneth Smith still held, 1975-06",
        counts=[
            C("released", 2, "Two of the three researchers still held by Zairean rebels"),
            C("remaining_held", 3, "Two of the three researchers still held by Zairean rebels",
              note="as-of count just before the weekend release"),
            C("remaining_held", 1, "A third, Kenneth Smith, also a University student, remains in the rebels' hands",
              note="inferred: 'A third' = one person still held"),
            C("released", 3, "three of the four hostages are now free", note="cumulative (includes Barbara Smuts)"),
            C("other", 4, "The four were seized on the night of May 19", note="total abducted"),
            C("other", 40, "about 40 armed men crossed the lake", qualifier="about", note="kidnappers"),
            C("other", 500000, "\"half a million dollars\"", note="ransom demand (money, words)"),
            C("other", 20, "About 20 undergraduates had been scheduled to go", qualifier="about", note="students, not hostages"),
        ],
        released_names=["Carrie Hunter", "Emilie Bergmann"],
        alias_groups={},
        not_released_names=["Kenneth Smith"],
        other_event_released_names=["Barbara Smuts"],
        other_people=["Jane Goodall", "Laurent Kabila", "Derek Bryceson", "Marjorie Kwan", "Paul Ostrowski"],
        distractors=["'A week after the raid, the rebels released Barbara Smuts' (earlier release, no number)",
                     "demand for 'the release of party members held in Tanzania' (demand, no number)",
                     "'Ken' first name only", "softball 12-9 (page noise)",
                     "brought across the lake to Kigoma: return to base, no count"],
    ),
    dict(
        file="007_polisario_huit_francais_liberes_alger_1977_fr.txt", published="1977-12-24",
        outlet="French daily archive, machine-translated",
        event="Polisario Front hands eight French hostages to Kurt Waldheim in Algiers, 1977-12-23",
        counts=[
            C("released", 8, "The eight French nationals held by the Polisario Front since May and October were handed over"),
            C("transferred_to", 8, "were brought to Algiers from the refugee camps of the Tindouf region", where="Algiers",
              note="inferred: handed over in Algiers (release location in a third place)"),
            C("transferred_to", 8, "They should land this Saturday morning at Paris-Orly", where="Paris",
              note="planned flight home"),
            C("other", 6, "Six of them had been captured on 1 May", note="subset: captured at Zouérate"),
            C("other", 2, "Two other French were killed during this attack", note="killed"),
            C("other", 2, "The two others were taken on 25 October", note="subset: captured in October"),
            C("other", 236, "236 days for the prisoners of Zouérate", note="duration"),
            C("other", 59, "59 days for the two railwaymen", note="duration"),
            C("other", 1500, "more than 1 500 kilometres", qualifier="more_than", note="distance (French format)"),
            C("other", 2000, "An estimated 2 000 French continue to work in Mauritania", qualifier="about",
              note="residents, not held"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kurt Waldheim", "Abdelaziz Bouteflika", "Valéry Giscard d'Estaing", "Mohamed Abdelaziz"],
        distractors=["'several hundreds' of Mauritanian and Moroccan soldiers still held (vague, no count)",
                     "offer to free them against 'recognition' (offer not taken up)",
                     "'14 h 30', '16 h' times; '600 km of track'", "no named releasee"],
    ),
    dict(
        file="008_kabul_pul_e_charkhi_amnesty_1980_wire.txt", published="1980-01-07",
        outlet="Reuter wire, corrected version",
        event="Karmal government frees prisoners from Pul-e-Charkhi under its amnesty, Kabul, 1980-01",
        counts=[
            C("released", 1850, "1,850 prisoners had been released in the first day of an amnesty"),
            C("other", 2000, "The radio had earlier given the figure as \"more than 2,000\"", qualifier="more_than",
              note="superseded figure (corrected to 1,850; also in the correction line)"),
            C("remaining_held", 500, "about 500 people \"guilty of crimes against the people,\"", qualifier="about",
              note="to remain in custody"),
            C("other", 5000, "crowds estimated at 5,000 or more", qualifier="at_least", note="crowd"),
            C("other", 5000, "the jail was built for about 5,000 inmates", qualifier="about", note="capacity"),
            C("other", 12000, "naming about 12,000 people who it said had died in custody", qualifier="about",
              note="dead"),
            C("other", 50000, "estimated by Western sources at 50,000 to 85,000", note="troops (range)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Sultan Ali Keshtmand", "Abdul Qadir"],
        other_people=["Babrak Karmal", "Hafizullah Amin", "Nur Mohammad Taraki"],
        distractors=["'thousands of relatives' (vague)", "'several times that number' (vague)",
                     "'account for only a fraction' (share, no number)", "12 km (7.5 miles)",
                     "Keshtmand and Qadir were freed in the first days after 27 December (earlier, no count)"],
    ),
    dict(
        file="009_gambia_1981_coup_hostages_freed_feature.txt", published="2021-08-06",
        outlet="Gambian news site, 40-years-on feature (cookie banner, related and most-read lists)",
        event="End of Kukoi Samba Sanyang's rebellion: Lady Chilel Jawara and other hostages freed, Bakau, 1981-08-06",
        counts=[
            C("released", 105, "one hundred and five hostages were freed when the last rebel positions fell"),
            C("released", 130, "believe it was between 130 and 140", qualifier="at_least",
              note="vague quantifier: range given by survivors (claim by survivors)"),
            C("released", 140, "believe it was between 130 and 140", qualifier="about",
              note="vague quantifier: upper end of the survivors' range (claim by survivors)"),
            C("other", 1200, "roughly 1,200 people were detained", qualifier="about", note="arrests after the revolt"),
            C("released", 900, "about 900 of them were freed without charge by early 1982", qualifier="about",
              note="earlier event (other event): later releases of post-revolt detainees"),
            C("other", 500, "Estimates of the dead range from about 500 to more than 800", qualifier="about", note="dead"),
            C("released", 23, "Mile 2: 23 inmates released on presidential pardon",
              note="earlier event: page-noise related headline"),
            C("other", 23, "23 players named for qualifiers", note="page noise"),
            C("other", 142, "We and our 142 partners use cookies", note="page noise"),
        ],
        released_names=["Chilel Jawara"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Dawda Jawara", "Kukoi Samba Sanyang", "Abdou Diouf", "Ian Crooke", "Ousman Bojang",
                      "Fatou Ceesay-Njie"],
        distractors=["Mile Two inmates freed by the rebels, 'several hundred' armed (vague, other event)",
                     "'several of her children' (unnamed, vague)", "'Two British officers'",
                     "1965 defence agreement; 1.9 km; D70; 1,400 households (page noise)"],
    ),
    dict(
        file="010_albania_nano_pardoned_1997_weekly.txt", published="1997-03-20",
        outlet="Balkan weekly review",
        event="Berisha pardons Socialist leader Fatos Nano after he leaves prison in the March 1997 unrest",
        counts=[
            C("other", 1000, "more than 1,000 prisoners escaped from jails", qualifier="more_than",
              note="escaped, not released; still sought"),
            C("other", 12, "serving a 12-year sentence", note="sentence"),
            C("other", 1200000000, "an estimated 1.2 billion dollars", qualifier="about", note="money (pyramid schemes)"),
            C("other", 6000, "up to 6,000 troops could be deployed", note="planned force, not people held"),
            C("other", 10000, "more than 10,000 Albanian refugees", qualifier="more_than", note="refugees"),
            C("other", 150, "More than 150 people are reported to have been killed", qualifier="more_than", note="dead"),
        ],
        released_names=["Fatos Nano"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sali Berisha", "Bashkim Fino", "Ramiz Alia", "Arben Dervishi", "Edmond Kastrati"],
        distractors=["Ramiz Alia escaped (not released, whereabouts unknown)", "'hundreds of other inmates' (vague)",
                     "'only a few dozen had returned' (vague)", "'nearly four years behind bars' (duration)",
                     "single releasee, no release count"],
    ),
    dict(
        file="011_burma_suu_kyi_freed_2002_wire.txt", published="2002-05-06",
        outlet="wire (UPDATE 3)",
        event="Burma's junta frees Aung San Suu Kyi from house arrest, 2002-05-06",
        counts=[
            C("remaining_held", 1500, "more than 1,500 political prisoners remain behind bars", qualifier="more_than",
              note="Amnesty International estimate"),
            C("released", 300, "it has released some 300 political prisoners since the talks began", qualifier="about",
              note="earlier event; cumulative since the talks began"),
            C("released", 11, "Eleven more were freed from Insein Prison last week", note="earlier event (last week)"),
            C("other", 19, "from 19 months of house arrest", note="duration"),
            C("other", 56, "the Nobel Peace laureate, 56", note="age"),
            C("other", 392, "taking 392 of 485 contested seats", note="election"),
            C("other", 28000000, "a $28 million grant", note="money"),
        ],
        released_names=["Aung San Suu Kyi"],
        alias_groups={"Aung San Suu Kyi": ["Daw Aung San Suu Kyi", "Suu Kyi"]},
        not_released_names=["Min Ko Naing", "Win Tin"],
        other_event_released_names=[],
        other_people=["Razali Ismail", "Than Shwe", "Kofi Annan", "Aye Thidar Kyaw", "James Penhaligon",
                      "Mya Thandar", "Sarah Ng", "Tom Whitcombe"],
        distractors=["'several hundred supporters' (vague)", "'batches of a few dozen' (vague)",
                     "'more than seven of the last 13 years'", "'18 months of secret talks'",
                     "house arrest 1989-1995 is an earlier detention/release of the same person (no second name)"],
    ),
    dict(
        file="012_tripoli_rixos_journalists_freed_liveblog_2011.txt", published="2011-08-24",
        outlet="UK news site live blog (reverse order, unrelated entries, most-viewed list)",
        event="Foreign journalists trapped in Tripoli's Rixos hotel freed with ICRC help, 2011-08-24",
        counts=[
            C("released", 35, "All 35 foreign journalists who had been trapped in the Rixos hotel for five days were freed"),
            C("remaining_held", 30, "More than 30 foreign journalists remain trapped in the Rixos", qualifier="more_than",
              note="as-of count in the 15:05 entry, before the release"),
            C("released", 1000, "\"about 1,000\" prisoners had been released there", qualifier="about",
              note="earlier event (different event in the live blog: Abu Salim prison, claim by a rebel commander)"),
            C("other", 4, "four Italian journalists have been seized on the coast road near Zawiya",
              note="different incident: new seizure, not a held count for this event"),
            C("other", 1270, "the killing of 1,270 inmates in 1996", note="dead (1996)"),
            C("other", 2000000, "a reward of 2 million Libyan dinars", note="money (bounty)"),
            C("other", 65000000, "65 million people on alert", note="page noise"),
            C("other", 1482, "1,482 comments", note="page noise"),
        ],
        released_names=["Matthew Chance"],
        alias_groups={},
        not_released_names=["Elisabetta Rosaspina", "Giuseppe Sarcina", "Claudio Monici", "Domenico Quirico"],
        other_event_released_names=[],
        other_people=["Muammar Gaddafi", "Moussa Ibrahim", "Mustafa Abdul Jalil", "Hélène Marquart", "Steve Jobs"],
        distractors=["'another said \"thousands\"' (vague)", "'from about a dozen countries' (vague)",
                     "'several Libyan hotel staff who have also left' (vague)", "the 19:52 entry repeats 'more than 30'",
                     "magnitude 5.8, 1944, 115mph, category 3 (page noise)"],
    ),
    dict(
        file="013_georgia_amnesty_releases_2013_ru.txt", published="2013-01-14",
        outlet="Georgian news agency, machine-translated from Russian",
        event="Georgia's amnesty law takes effect: first releases incl. people recognised as political prisoners, 2013-01-13/14",
        counts=[
            C("released", 1867, "the gates of penitentiary establishments were left by 1 867 people"),
            C("released", 123, "123 left the colonies on Sunday and Monday",
              note="subset of the main release: people on the parliament's political-prisoner list"),
            C("released", 3000, "the law will concern about 3 thousand convicts who must be released in the coming days",
              qualifier="about", note="planned total of releases"),
            C("released", 1000, "the remaining third of them will be at home before Friday", qualifier="about",
              note="planned; inferred: a third of about 3 thousand"),
            C("released", 190, "recognised as political prisoners — 190 people",
              note="planned: the law envisages their release; not all freed (123 now, 44 earlier, 23 pending)"),
            C("released", 44, "44 were released earlier", note="earlier event (bail or end of term)"),
            C("remaining_held", 23, "On the cases of the remaining 23 the decision will be taken by the courts",
              note="inferred: not yet released, decision pending"),
            C("remaining_held", 24000, "in the prisons of Georgia were kept about 24 thousand persons", qualifier="about",
              note="as-of prison population (1 October 2012) before the amnesty"),
            C("remaining_held", 14000, "will decrease by the spring to approximately 14 thousand", qualifier="about",
              note="projected prison population"),
            C("other", 400, "the crowd reached, by estimates of the police, 400–500 people", note="crowd (range)"),
            C("released", 15, "In Kutaisi 15 convicts released on parole", note="earlier event: page-noise headline"),
            C("other", 8912, "Views: 8 912", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mikheil Saakashvili", "Sozar Subari", "Bidzina Ivanishvili", "Tea Tsulukiani",
                      "Giorgi Mdinaradze"],
        distractors=["'thousands of convicts' in the headline (vague)", "'several thousand others' get reduced terms",
                     "'four years and seven months' (duration)", "'Nana' first name only", "1,66 lari; colony No. 8",
                     "no named releasee"],
    ),
    dict(
        file="014_kyiv_maidan_detainees_released_2014_uk.txt", published="2014-02-14",
        outlet="Ukrainian news site, machine-translated",
        event="Ukraine's prosecutor general says all 234 arrested Maidan protesters are out of custody (cases still open), 2014-02-14",
        counts=[
            C("released", 234, "all 234 participants of the protests who were detained since 26 December have been released from custody"),
            C("other", 2200, "2 thousand 2 hundred persons were detained in connection with mass disorders",
              note="total detained (most briefly), not held now"),
            C("other", 27, "at least 27 participants of the protests remain missing", qualifier="at_least",
              note="missing, not a held count"),
            C("other", 15, "within 15 days from the entry of the law into force", note="deadline (condition of the amnesty)"),
            C("other", 6, "6 persons died in the January clashes", note="dead"),
            C("other", 15000000000, "15 billion dollars loan", note="money"),
            C("released", 12, "In Lviv 12 activists released from custody by court decision",
              note="earlier event: page-noise headline"),
            C("other", 2000, "about 2 thousand people", qualifier="about", note="rally (page noise)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Viktor Pshonka", "Oksana Lytvynenko", "Vitali Klitschko", "Arseniy Yatsenyuk",
                      "Andriy Parubiy", "Dmytro Bulatov", "Viktor Yanukovych"],
        distractors=["'transferred to house arrest or released under personal obligation' (part of the 234; no number)",
                     "criminal cases stay open until the buildings are freed (release is not amnesty)",
                     "Bulatov was kidnapped and found, not a prisoner release", "8,8 per dollar", "no named releasee"],
    ),
    dict(
        file="015_sambisa_rescues_tally_2015_daily.txt", published="2015-05-01",
        outlet="Nigerian daily web page (ads, READ ALSO, comments)",
        event="Nigerian troops free 160 more women and children in Sambisa Forest (453 since the offensive began), 2015-04-29",
        counts=[
            C("released", 160, "rescued another 160 women and children from Boko Haram camps"),
            C("released", 453, "bringing to 453 the number of captives freed", note="cumulative since the offensive began"),
            C("other", 60, "\"made up of 60 women and 100 children\"", note="subset of the 160"),
            C("released", 293, "the DHQ's figure is 293", note="earlier event: Tuesday's first rescue (200 girls and 93 women)"),
            C("released", 300, "gave that figure as \"nearly 300 girls\"", qualifier="about",
              note="earlier event; loose rounding of 293 by news outlets"),
            C("other", 200, "\"rescued 200 girls and 93 women\"", note="subset of the earlier 293"),
            C("other", 276, "Of the 276 girls taken from Chibok", note="Chibok abduction total (different abduction)"),
            C("other", 57, "57 escaped within days", note="escaped (Chibok)"),
            C("remaining_held", 219, "The remaining 219 are still in captivity", note="inferred: Chibok girls, different abduction, same captors"),
            C("other", 2000, "abducted at least 2,000 women and girls since the start of 2014", qualifier="at_least",
              note="cumulative abductions, not a held count"),
            C("other", 3, "at least three had been injured by mines", qualifier="at_least", note="injured"),
            C("released", 30, "30 abducted farmers released by insurgents", note="earlier event: page-noise headline"),
            C("other", 68, "68 Comments", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Chris Olukolade", "Yohanna Dauda", "Goodluck Jonathan", "Muhammadu Buhari", "Emeka Obiora",
                      "Hauwa Lawan"],
        distractors=["'hundreds, maybe thousands' still in the forest (vague)", "'four more camps'",
                     "comment '300 now 293, later it will be 250' (reader speculation)", "'Buy 2, get 1 free' (ad)",
                     "no named releasee"],
    ),
    dict(
        file="016_khabur_assyrer_letzte_geiseln_2016_de.txt", published="2016-02-23",
        outlet="Assyrian diaspora news site, machine-translated from German",
        event="Islamic State frees the last 43 Assyrian hostages from the Khabur valley, 2016-02-22",
        counts=[
            C("released", 43, "has set free the last 43 Assyrian hostages"),
            C("released", 223, "all 223 survivors are now released", note="cumulative since March 2015"),
            C("released", 19, "the militia set free 19 hostages", note="earlier event (1 March 2015)"),
            C("other", 226, "According to the church, 226 people were abducted", note="total abducted"),
            C("other", 253, "spoke at that time of up to 253", note="claim by other sources: total abducted"),
            C("other", 3, "three were murdered", note="killed"),
            C("other", 12, "12 women and 8 children", note="subset of the 43"),
            C("other", 100000, "100.000 US-Dollar per hostage", note="ransom demand (German format)"),
            C("other", 3500000, "\"more than 3,5 million dollars\"", qualifier="more_than", note="money, unverified"),
            C("other", 10000, "around 10.000 Assyrian inhabitants", qualifier="about", note="population"),
            C("released", 50, "50 Yazidi women released for ransom in Mosul", note="earlier event: page-noise headline"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Afram Athneil", "Aziz Malke", "Daniel Barsom"],
        distractors=["'hundreds of Christians, Yazidis and members of other minorities are still in the hands of IS' (vague)",
                     "'Tens of thousands ... fled' (vague)", "'more groups came free, the largest in August and November' (no numbers)",
                     "226 - 3 - 43 = 180 freed in earlier groups (not stated)", "100.000 Assyrians in Germany; 12 villages",
                     "no named releasee"],
    ),
    dict(
        file="017_aya_hijazi_home_falls_church_2017.txt", published="2017-04-21",
        outlet="US regional newspaper site (newsletter prompt, most-read list)",
        event="Egypt frees Aya Hijazi and her husband after acquittal; she meets Trump, 2017-04",
        counts=[
            C("other", 8, "The eight defendants in the case", note="acquitted; the text does not say all were in custody or released"),
            C("remaining_held", 60000, "some 60,000 people are held in Egypt for political reasons", qualifier="about",
              note="claim by rights groups; broader category than this case"),
            C("other", 1000, "held for more than 1,000 days", qualifier="more_than", note="duration"),
            C("other", 30, "Hijazi, 30", note="age"),
            C("other", 20, "I stopped counting after 20 postponements", note="postponements"),
            C("other", 21, "spending 21 months in prison", note="duration (Soltan)"),
            C("other", 180, "180 positions could be cut", note="page noise"),
            C("other", 3, "3 arrested after Tysons Corner mall fight", note="page noise"),
        ],
        released_names=["Aya Hijazi", "Mohamed Hassanein"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Mohamed Soltan"],
        other_people=["Donald Trump", "Dina Powell", "Abdel-Fattah el-Sissi", "Maha Salem", "Rachel Odom"],
        distractors=["'several volunteers and employees' arrested with them (vague)", "'two years' pretrial limit",
                     "'the thousands of children living on Cairo's streets' (vague)", "12 years (page noise sentence)",
                     "her brother is unnamed"],
    ),
    dict(
        file="018_myanmar_new_year_amnesty_2020_broadcaster.txt", published="2020-04-17",
        outlet="broadcaster web page (cookie banner, video residue, related and most-read lists)",
        event="Myanmar's president pardons 24,896 prisoners for the New Year, 2020-04-17",
        counts=[
            C("released", 24896, "pardoned 24,896 prisoners"),
            C("released", 25000, "Myanmar frees nearly 25,000 prisoners", qualifier="about",
              note="inferred: rounded headline form of 24,896"),
            C("other", 87, "Among those pardoned were 87 foreign nationals, who will be deported",
              note="subset; planned deportation (no destination)"),
            C("remaining_held", 90000, "held more than 90,000 people", qualifier="more_than",
              note="as-of prison population before the amnesty (AAPP figures)"),
            C("remaining_held", 10000, "held close to 10,000", qualifier="about",
              note="inferred: Insein prison only, before the amnesty"),
            C("other", 5000, "built by the British for about 5,000 inmates", qualifier="about", note="capacity"),
            C("other", 85, "recorded 85 cases and four deaths", note="Covid-19 cases"),
            C("released", 6520, "in amnesty of 6,520 (2019)", note="earlier event: related-content headline"),
            C("released", 8000, "Thailand: 8,000 inmates to be freed early", note="earlier event: page noise (other country, planned)"),
            C("other", 847, "UK death toll rises by 847", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Wa Lone", "Kyaw Soe Oo"],
        other_people=["Win Myint", "Aung San Suu Kyi", "Thet Naing Soe"],
        distractors=["'more than twice as large as last year's' (comparison)", "'thousands of families' (vague)",
                     "'very few political prisoners are among them' (vague)", "some sentences reduced, no numbers",
                     "video 1:42; two million cases; £20m (page noise)", "no named releasee"],
    ),
    dict(
        file="019_loujain_hathloul_released_2021_wire.txt", published="2021-02-10",
        outlet="wire",
        event="Saudi Arabia releases Loujain al-Hathloul after 1,001 days, with a travel ban and probation, 2021-02-10",
        counts=[
            C("remaining_held", 60, "at least 60 people remain in detention for peaceful activism", qualifier="at_least",
              note="ALQST estimate (disputed by the government); same category of detainees"),
            C("other", 1001, "after 1,001 days in detention", note="duration"),
            C("other", 3, "Three women were allowed to go home in March 2019 in that first provisional release",
              note="earlier provisional (bail-like) release; charges pending"),
            C("other", 4, "followed by four more in May of that year", note="earlier provisional (bail-like) release"),
            C("other", 12, "with about a dozen other women activists", qualifier="about", note="arrested in 2018"),
            C("other", 5, "a five-year travel ban", note="travel ban (years)"),
            C("other", 31, "the 31-year-old", note="age"),
            C("other", 73, "spent 73 days in a juvenile detention centre", note="earlier detention (2014)"),
        ],
        released_names=["Loujain al-Hathloul"],
        alias_groups={},
        not_released_names=["Samar Badawi", "Nassima al-Sadah"],
        other_event_released_names=[],
        other_people=["Lina al-Hathloul", "Alia al-Hathloul", "Joe Biden", "Aziza al-Yousef", "Eman al-Nafjan",
                      "Salah al-Haidar", "Bader al-Ibrahim", "Nadia Farouk", "Ben Castellano", "Martin Lowry"],
        distractors=["'five years and eight months', 'two years and 10 months' suspended, 'three years of probation'",
                     "al-Yousef and al-Nafjan: temporary release while on trial (bail-like), not counted as released",
                     "al-Haidar and al-Ibrahim: freed on bail (not a release)", "'Several of the women ... remain in prison' (vague)"],
    ),
    dict(
        file="020_belarus_protasevich_pardoned_2023.txt", published="2023-05-22",
        outlet="European news site",
        event="Lukashenko pardons Roman Protasevich three weeks after his eight-year sentence, 2023-05-22",
        counts=[
            C("remaining_held", 1500, "there are about 1,500 political prisoners in Belarus", qualifier="about",
              note="Viasna figure"),
            C("released", 1000, "More than 1,000 others have been released after serving their full sentences",
              qualifier="more_than", note="earlier event; cumulative since 2022"),
            C("released", 12, "about a dozen people convicted in political cases have been pardoned", qualifier="about",
              note="earlier event; cumulative since 2022"),
            C("other", 8, "sentenced him to eight years", note="sentence"),
            C("other", 20, "sentenced to 20 and 19 years", note="sentences in absentia"),
            C("other", 100, "with more than 100 passengers on board", qualifier="more_than", note="passengers"),
            C("other", 28, "Protasevich, 28", note="age"),
            C("released", 12, "Belarus: 12 political prisoners pardoned ahead of Independence Day",
              note="earlier event: related-list headline"),
        ],
        released_names=["Roman Protasevich"],
        alias_groups={"Roman Protasevich": ["Raman Pratasevich"]},
        not_released_names=["Sofia Sapega", "Ales Bialiatski", "Maria Kalesnikava"],
        other_event_released_names=[],
        other_people=["Alexander Lukashenko", "Stepan Putilo", "Yan Rudik", "Sviatlana Tsikhanouskaya",
                      "Paval Dzemidovich", "Katarzyna Wrona"],
        distractors=["Putilo and Rudik were tried in absentia and were never in custody",
                     "Sapega: possible transfer to Russia discussed (planned, not a release)",
                     "'six years', 'ten years', '11 years' sentences", "'two more border crossings'",
                     "Tsikhanouskaya: 'This is not a release' (rhetoric; he is still a releasee)"],
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
        words = len(text.split())
        if not 250 <= words <= 900:
            print(f"{g['file']}: {words} words (want 250-900)", file=sys.stderr)
            ok = False
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
            if canon not in g["released_names"] + g["not_released_names"] + g["other_event_released_names"] + g["other_people"]:
                print(f"{g['file']}: alias group for unknown name {canon!r}", file=sys.stderr)
                ok = False
            for a in aliases:
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
