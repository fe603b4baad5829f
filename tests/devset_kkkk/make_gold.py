#!/usr/bin/env python3
"""Gold for devset_kkkk (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name occurs in it
(names: case-insensitive, for all-caps bylines/credits).

Conventions used in this set (see README.md):
- Bail is not a release. People freed on bail go to other_people; bail counts are `other`.
- A move INTO house arrest / confinement at home is not a release: the person is still held.
- Release FROM house arrest or hospital arrest counts as a release.
- Release on medical / humanitarian grounds or on parole counts as a release.
- A court-ordered release from immigration or military detention, or from preventive
  detention by habeas corpus, counts as a release when the text does not call it bail.
- Community detention is still detention: a move there is a transfer, not a release.
"""
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
        file="001_muntinlupa_japanese_prisoners_sail_1953_archive.txt", published="1953-07-16",
        outlet="Manila evening paper, archive page (OCR errors, unrelated front-page stories)",
        event="Quirino clemency: 108 Japanese war prisoners leave Muntinlupa for Japan; 52 freed, 56 to Sugamo, 1953-07-15",
        counts=[
            C("released", 52, "fifty-two were pardoned outright and leave the Philippines as free men"),
            C("transferred_to", 56, "The remaining 56, most of them men whose death sentences the President commuted to life imprisonment, were handed over to the Japanese government for the continued service of their sentences and will be confined in Sugamo prison in Tokyo",
              where="Sugamo", note="transfer to serve sentences in Japan; not a release"),
            C("transferred_to", 108, "All 108 are being sent home to Japan.", where="Japan",
              note="repatriation of all prisoners (52 freed + 56 still prisoners); not a release count"),
            C("other", 105, "placed at 105 the number of prisoners to be repatriated", note="superseded figure, corrected to 108"),
            C("other", 3, "three men transferred from the prison hospital", note="explains the correction"),
            C("other", 14, "Fourteen Japanese convicted by Philippine military commissions were hanged at Muntinlupa",
              note="executed in 1951"),
            C("other", 27000, "the 27,000 anti-Communist prisoners freed by President Rhee last month",
              note="page noise (unrelated front-page story)"),
            C("other", 23, "Twenty-three persons picked up in last week's raids", note="page noise (unrelated release)"),
            C("other", 4, "Four others rernain in the stockade", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Elpidio Quirino", "Aurelio M. Dimalanta", "Eustaquio Balagtas", "Shunsuke Kagawa",
                      "Katsuo Okazaki", "Ramon Magsaysay", "Ramon T. Estacio", "Rhee"],
        distractors=["no releasee is named", "the 56 sent to Sugamo are transferred, not released",
                     "'An earlier Malacañang release' is a press release", "wife and three of his children killed",
                     "Rhee's 27,000 and the 23 Huk suspects are unrelated front-page stories",
                     "OCR errors: Constabu1ary, proc1amation, rnen, rernain, vveek, 15,OOO"],
    ),
    dict(
        file="002_bishop_walsh_lo_wu_50_years_hometown.txt", published="2020-07-09",
        outlet="hometown paper, 'Looking Back' column (50-years-on retrospective)",
        event="China frees Maryknoll Bishop James E. Walsh at Lo Wu on grounds of age and health, 1970-07-10",
        counts=[
            C("released", 11, "China had released the 11 crewmen of a B-29 shot down during the Korean War",
              note="earlier event (1955)"),
            C("other", 20, "sentenced him to 20 years in prison", note="sentence length"),
            C("other", 12, "a prisoner of the People's Republic of China for almost 12 years", qualifier="about",
              note="duration"),
            C("other", 79, "a frail man of 79", note="age"),
            C("other", 6, "Six inmates paroled early from the Maryland House of Correction",
              note="page noise (1970 archive list, unrelated)"),
            C("other", 75, "seating is capped at 75", note="page noise"),
        ],
        released_names=["James E. Walsh"],
        alias_groups={"James E. Walsh": ["Bishop Walsh"]},
        not_released_names=[],
        other_event_released_names=["John Downey", "Richard Fecteau"],
        other_people=["Hugh Redmond", "Henry Kissinger", "Kathleen Walsh Hearn", "Denise Harrower"],
        distractors=["Downey and Fecteau were still held in July 1970, but the text says they were freed in 1971 and 1973",
                     "Hugh Redmond died in prison", "'BISHOP WALSH FREE' is the quoted 1970 headline",
                     "Kathleen Walsh Hearn is a grandniece (Walsh is a middle name)",
                     "release on grounds of age and poor health counts as a release"],
    ),
    dict(
        file="003_guantanamo_haitians_camp_closed_1993.txt", published="1993-06-22", outlet="US broadsheet, national desk",
        event="Last 47 HIV-positive Haitian refugees freed from Guantánamo's Camp Bulkeley after Judge Johnson's order (about 155 in all), 1993-06-21",
        counts=[
            C("released", 47, "The last 47 Haitian refugees held behind razor wire at the United States naval base at Guantánamo Bay, Cuba, landed here tonight",
              note="final stage of the court-ordered release (paroled into the US)"),
            C("transferred_to", 47, "The last 47 Haitian refugees held behind razor wire at the United States naval base at Guantánamo Bay, Cuba, landed here tonight",
              where="Miami", note="inferred: flown to Miami on release; optional"),
            C("released", 155, "brought to about 155 the number of Haitians flown out of Camp Bulkeley", qualifier="about",
              note="cumulative since the June 8 ruling"),
            C("released", 56, "A first group of 56 arrived in Miami last Wednesday", note="earlier event (first stage)"),
            C("released", 52, "a second group of 52 on Friday", note="earlier event (second stage)"),
            C("released", 40, "about 40 refugees whose illness had progressed to AIDS had been flown to the United States for medical treatment",
              qualifier="about", note="earlier event (medical evacuations earlier in 1993)"),
            C("transferred_to", 10000, "More than 10,000 Haitians who passed initial screening at the base in 1991 and 1992 were brought to the United States",
              qualifier="more_than", where="United States", note="earlier event (1991-92)"),
            C("other", 270, "about 270 were at Camp Bulkeley at its peak", qualifier="about",
              note="peak camp population, not a remaining count"),
            C("other", 19, "she had spent 19 months at the base", note="duration"),
            C("other", 12, "at least a dozen would need to be hospitalized", qualifier="at_least", note="subset to be hospitalized"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sterling Johnson Jr.", "Janet Reno", "Harold Hongju Koh", "Lorraine Bassett",
                      "Jean-Bertrand Aristide", "Paul Whitcombe", "Jean-Robert Cassagnol", "Margaret Oyelaran"],
        distractors=["no releasee is named (the quoted woman is anonymous)", "'no one left in that camp' has no number",
                     "Supreme Court upheld the interdiction policy (not a release)"],
    ),
    dict(
        file="004_wen_ho_lee_freed_albuquerque_2000_wire.txt", published="2000-09-13", outlet="AP wire",
        event="Judge Parker frees Wen Ho Lee after a plea to one count; sentence of time served, 2000-09-13",
        counts=[
            C("other", 278, "sentenced the 60-year-old Taiwan-born physicist to the 278 days he had already served",
              note="sentence = time served (days)"),
            C("other", 58, "prosecutors dropped the other 58 counts of a 59-count indictment", note="counts of the indictment"),
            C("other", 10, "up to 10 days over the next year", note="FBI debriefing days"),
            C("other", 7, "seven missing computer tapes", note="tapes"),
            C("other", 200, "about 200 supporters", qualifier="about", note="crowd"),
            C("other", 1000000, "he ordered Lee released on $1 million bail to home detention",
              note="bail amount; that order was blocked on appeal (court-ordered release not carried out)"),
        ],
        released_names=["Wen Ho Lee"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["James A. Parker", "Alberta Lee", "Janet Reno", "Brian Sorensen", "Robert Kemper", "Daniel Escobedo"],
        distractors=["Aug. 24 bail order to home detention was blocked; Lee stayed in jail",
                     "Alberta Lee is his daughter (same surname)", "nine months in solitary"],
    ),
    dict(
        file="005_japan_abductees_to_stay_2002_wire.txt", published="2002-10-24", outlet="Japanese news agency, English wire",
        event="Five Japanese abductees back from North Korea since 2002-10-15 will stay; eight family members still in the North, 2002-10-24",
        counts=[
            C("released", 5, "the five Japanese abducted by North Korea in 1978, who returned home last week on what Pyongyang called a temporary visit",
              note="returned 2002-10-15; the 'temporary visit' is made permanent"),
            C("remaining_held", 8, "Their eight family members remain in North Korea.",
              note="children and Jenkins; Tokyo regards them as held"),
            C("other", 13, "agents had abducted 13 Japanese in the 1970s and 1980s", note="total abducted (admitted)"),
            C("other", 8, "Pyongyang said eight of them have died", note="reported dead, not held"),
            C("other", 24, "their first time in Japan in 24 years", note="duration"),
            C("other", 3, "the Chimuras' three children", note="subset of the eight"),
        ],
        released_names=["Kaoru Hasuike", "Yukiko Hasuike", "Yasushi Chimura", "Fukie Chimura", "Hitomi Soga"],
        alias_groups={"Yukiko Hasuike": ["Yukiko Okudo"], "Fukie Chimura": ["Fukie Hamamoto"]},
        not_released_names=["Charles Jenkins"],
        other_event_released_names=[],
        other_people=["Yasuo Fukuda", "Junichiro Koizumi", "Kim Jong Il", "Megumi Yokota", "Shigeru Yokota",
                      "Sakie Yokota", "Miyoshi Soga"],
        distractors=["Megumi Yokota and the others the North says are dead are neither freed nor stated as held",
                     "Miyoshi Soga: the North says she never entered", "Jenkins could face a court-martial",
                     "scorer caveat: same_person() treats Yukiko and Kaoru Hasuike as compatible (first-name skeletons kk/kr)"],
    ),
    dict(
        file="006_hamdi_freed_to_saudi_arabia_2004.txt", published="2004-10-12", outlet="US broadsheet",
        event="US frees 'enemy combatant' Yaser Esam Hamdi from the Charleston brig and flies him to Saudi Arabia, 2004-10-11",
        counts=[
            C("remaining_held", 2, "Two other men are still held in the Charleston brig as enemy combatants"),
            C("remaining_held", 550, "About 550 men are still held at Guantanamo Bay.", qualifier="about",
              note="inferred: Guantanamo population, context; optional"),
            C("released", 202, "The Pentagon says 202 detainees have been released or handed to other governments since the camp opened",
              note="cumulative; earlier events"),
            C("other", 10, "agreed not to travel to the United States for 10 years", note="travel ban"),
            C("other", 24, "Hamdi, 24,", note="age"),
        ],
        released_names=["Yaser Esam Hamdi"],
        alias_groups={},
        not_released_names=["Jose Padilla", "Ali Saleh Kahlah al-Marri"],
        other_event_released_names=[],
        other_people=["Sandra Day O'Connor", "Frank W. Dunham Jr.", "Fahd al-Mutairi", "Daniel Kessner",
                      "Leah Fournier", "Steven R. Albrecht"],
        distractors=["freed in Saudi Arabia after renouncing citizenship: one-person release with removal (no count)",
                     "the June ruling did not order his release", "unnamed cousin"],
    ),
    dict(
        file="007_mariel_detainees_freed_after_ruling_2005.txt", published="2005-02-13",
        outlet="South Florida daily, local analysis with a correction and most-read list",
        event="Mariel Cubans freed from indefinite immigration detention after Clark v. Martinez: 281 so far, about 470 still held, 2005-01/02",
        counts=[
            C("released", 281, "As of Friday, 281 of them had walked out of federal detention centers and county jails across the country",
              note="running total since the Jan. 12 ruling (the article's main release figure)"),
            C("remaining_held", 470, "About 470 remain in immigration custody", qualifier="about"),
            C("remaining_held", 750, "About 750 Mariel Cubans were in immigration detention when the court ruled", qualifier="about",
              note="held before the releases (corrected figure)"),
            C("other", 1000, "about 1,000 Mariel Cubans were in immigration detention at the time of the Supreme Court ruling",
              qualifier="about", note="superseded figure (see correction)"),
            C("remaining_held", 100, "Up to 100 could stay locked up on those grounds", qualifier="about",
              note="projected ('up to'); optional"),
            C("other", 125000, "about 125,000 Cubans reached South Florida", qualifier="about", note="1980 boatlift"),
            C("other", 2746, "Cuba agreed in 1984 to take back 2,746 Mariel Cubans", note="agreed return list"),
            C("transferred_to", 1700, "Some 1,700 have been flown to Havana under that agreement", qualifier="about",
              where="Havana", note="earlier event(s): returns under the 1984 agreement; cumulative"),
            C("other", 100, "took more than 100 hostages", qualifier="more_than", note="1987 riots"),
            C("other", 38, "Broward jail releases 38 inmates in computer error", note="page noise (most-read list)"),
            C("other", 11, "11 still sought", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Antonin Scalia", "Clarence Thomas", "Sergio Suarez Martinez", "Daniel Benitez", "Ricardo Vélez",
                      "Nelson Abreu Lima", "Mercedes Lorié", "Isabel Carreño Duque"],
        distractors=["Martinez and Benitez are the case names; the text does not say whether they were freed",
                     "a Krome detainee told he would go home on Jan. 28 is still held (unnamed)",
                     "Lorié's son, freed, is unnamed", "six-month limit, 7-2 vote, 25 years"],
    ),
    dict(
        file="008_acteal_indigenas_liberados_2009_es.txt", published="2009-08-13",
        outlet="Spanish daily, Mexico correspondent, machine-translated from Spanish",
        event="Mexico's Supreme Court frees 20 Tzotzil men convicted over the 1997 Acteal massacre; six stay in prison, 2009-08-12",
        counts=[
            C("released", 20, "ordered this Wednesday the immediate freedom of 20 indigenous tzotziles"),
            C("transferred_to", 20, "The 20 liberated left the prison of El Amate, in Cintalapa, near 23.30 hours of Wednesday, escorted by federal agents, and were transferred in two buses to a hotel of Tuxtla Gutiérrez",
              where="Tuxtla Gutiérrez", note="inferred: freed men driven to a hotel; optional"),
            C("remaining_held", 6, "for which those six will continue in prison", note="cases sent back for new sentences"),
            C("other", 23, "it was said that the liberated were 23", note="superseded figure (correction)"),
            C("other", 3, "Three other requests of amparo will be resolved in later sessions", note="pending petitions"),
            C("other", 45, "in which 45 persons, among them children and several pregnant women, were murdered",
              note="victims of the 1997 massacre"),
            C("other", 36, "sentences of up to 36 years of prison", note="sentence length"),
            C("other", 80, "more than 80 persons were processed", qualifier="more_than", note="people prosecuted"),
            C("other", 1500, "some 1.500 persons gathered", qualifier="about", note="crowd"),
            C("other", 2500, "a support of $2.500 pesos monthly", note="money"),
            C("other", 12, "Liberan a 12 migrantes secuestrados en Tamaulipas",
              note="page noise (read-also headline with a release verb)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ana Laura Benavides", "Rosendo Gómez Pérez", "Javier Montero Arizmendi"],
        distractors=["no releasee is named", "'the new resolutions could free them in the next weeks' (planned, no number)",
                     "four votes against one", "twelve years in prison (duration)"],
    ),
    dict(
        file="009_khadr_bail_bowden_2015.txt", published="2015-05-08", outlet="Edmonton daily web page (related links, comments)",
        event="Omar Khadr leaves Bowden Institution on bail pending appeal after the Alberta Court of Appeal refuses a stay, 2015-05-07",
        counts=[
            C("other", 15, "captured as a 15-year-old", note="age"),
            C("other", 13, "nearly 13 years ago", qualifier="about", note="duration"),
            C("other", 28, "Khadr, now 28,", note="age"),
            C("other", 8, "sentenced to eight years", note="sentence"),
            C("other", 5, "pleaded guilty before a military commission to five war crimes", note="charges"),
            C("other", 14, "Edmonton Remand Centre: 14 inmates released after court delays",
              note="page noise (related link with a release verb)"),
            C("other", 412, "COMMENTS (412)", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Omar Khadr", "Dennis Edney", "Patricia Edney", "June Ross", "Steven Blaney", "Christopher Speer",
                      "Tabitha Speer", "Layne Morris", "Carla Mendoza-Reid"],
        distractors=["Khadr is out on bail pending appeal: under this set's rule bail is not a release (other_people)",
                     "2012 transfer from Guantanamo to Canada is a transfer, not a release",
                     "comment '8 years was the deal'"],
    ),
    dict(
        file="010_arroyo_leaves_vmmc_2016.txt", published="2016-07-22",
        outlet="Philippine daily web page (ad, photo credit, trending list, comment count)",
        event="Gloria Macapagal-Arroyo freed from hospital arrest at VMMC after the Supreme Court dismisses the PCSO plunder case, 2016-07-21",
        counts=[
            C("remaining_held", 2, "Arroyo's release leaves two former senators still detained at the PNP Custodial Center in Camp Crame"),
            C("other", 366, "the alleged misuse of P366 million in intelligence funds", note="money (millions of pesos)"),
            C("other", 11, "Voting 11-4", note="vote"),
            C("other", 69, "Arroyo, 69,", note="age"),
            C("other", 4, "ending almost four years of detention", qualifier="about", note="duration"),
            C("other", 7, "Bilibid: 7 inmates freed under good conduct time allowance rules",
              note="page noise (trending list with a release verb)"),
            C("other", 70, "Up to 70% off appliances", note="page noise (ad)"),
        ],
        released_names=["Gloria Macapagal-Arroyo"],
        alias_groups={"Gloria Macapagal-Arroyo": ["GMA"]},
        not_released_names=["Bong Revilla", "Jinggoy Estrada"],
        other_event_released_names=[],
        other_people=["Rodrigo Duterte", "Jose Miguel Arroyo", "Ma. Elena Aquino-Cruz", "Benigno Aguas",
                      "Juan Ponce Enrile", "Jerome P. Sarmiento", "Noel Abad"],
        distractors=["release from hospital arrest counts as a release",
                     "Enrile was freed on bail in 2015: bail is not a release (other_people)",
                     "her 2012 bail in the electoral sabotage case", "Aguas: the ruling covered him, but the text does not say he was freed"],
    ),
    dict(
        file="011_slahi_home_nouakchott_2016_ngo.txt", published="2016-10-17", outlet="NGO press release (numbered facts, media contact)",
        event="US transfers Mohamedou Ould Slahi from Guantánamo to Mauritania, where he is freed; 60 remain, 2016-10-17",
        counts=[
            C("remaining_held", 60, "With today's transfer, 60 men remain at Guantánamo."),
            C("other", 20, "Twenty of them have been cleared for transfer by the review process and are still waiting",
              note="subset of the 60 still held"),
            C("other", 779, "Of the 779 men held at Guantánamo since 2002", note="total ever held"),
            C("released", 700, "more than 700 have been released or transferred", qualifier="more_than",
              note="cumulative; earlier events"),
            C("other", 40, "the other 40", note="subset of the 60"),
            C("other", 14, "more than 14 years", qualifier="more_than", note="duration"),
            C("other", 45, "Mr. Slahi, now 45,", note="age"),
        ],
        released_names=["Mohamedou Ould Slahi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["James Robertson", "Donald Rumsfeld", "Rachel Amsterdam-Boyd", "Teodoro Halvorsen",
                      "Jonah Pereira-Whitlock"],
        distractors=["2010 habeas grant ordered his release but was vacated (court-ordered release not carried out)",
                     "unnamed brother", "transfer to Mauritania and freedom there: one-person release, no count"],
    ),
    dict(
        file="012_warmbier_medevac_cincinnati_2017.txt", published="2017-06-13",
        outlet="US broadcaster page (cookie banner, video player, related links, most-read list)",
        event="North Korea releases Otto Warmbier, in a coma, on humanitarian grounds; three Americans still held, 2017-06-13",
        counts=[
            C("remaining_held", 3, "Three U.S. citizens remain held in North Korea"),
            C("other", 15, "sentenced to 15 years of hard labor", note="sentence"),
            C("other", 17, "after 17 months", note="duration"),
            C("other", 22, "the 22-year-old", note="age"),
            C("other", 10, "sentenced to 10 years for spying", note="sentence of a still-held man"),
            C("other", 4, "Philippine troops free 4 hostages held by Abu Sayyaf in Sulu", note="page noise (most-read)"),
            C("other", 12, "12 inmates released early from Hamilton County jail", note="page noise (most-read)"),
        ],
        released_names=["Otto Warmbier"],
        alias_groups={},
        not_released_names=["Kim Dong-chul", "Kim Sang-duk", "Kim Hak-song"],
        other_event_released_names=["Kenneth Bae", "Matthew Todd Miller", "Jeffrey Fowle"],
        other_people=["Cindy Warmbier", "Rex Tillerson", "Joseph Yun", "James Clapper", "Dennis Rodman",
                      "Katherine Dunleavy", "Rachel Tomczak", "Henry Osei-Bonsu"],
        distractors=["released on humanitarian grounds, in a coma: counts as a release",
                     "'three other detained Americans' (Tillerson) are the same three",
                     "alias of Kim Sang-duk: Tony Kim (scorer compares last tokens, so the alias will not link)",
                     "Fred Warmbier appears only as 'Fred and Cindy Warmbier'"],
    ),
    dict(
        file="013_kem_sokha_bail_house_arrest_2018_wire.txt", published="2018-09-10", outlet="news agency wire",
        event="Kem Sokha leaves Trapeang Phlong prison on bail and is confined to his Phnom Penh home, 2018-09-10",
        counts=[
            C("released", 14, "King Norodom Sihamoni last month pardoned 14 opposition activists jailed over a 2014 protest",
              note="earlier event (August 2018 royal pardon)"),
            C("remaining_held", 20, "at least 20 CNRP activists were still being held", qualifier="at_least",
              note="estimate by a monitoring group"),
            C("other", 2, "Two former Radio Free Asia reporters, Uon Chhin and Yeang Sothearin, were released on bail",
              note="bail, earlier (not a release under this set's rule)"),
            C("other", 118, "banned 118 of its officials from politics", note="political ban"),
            C("other", 125, "win all 125 seats", note="seats"),
            C("other", 30, "carries up to 30 years in prison", note="possible sentence"),
            C("other", 65, "Kem Sokha, 65,", note="age"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Kem Sokha"],
        other_event_released_names=["Tep Vanny"],
        other_people=["Kem Monovithya", "Pheng Heng", "Hun Sen", "Norodom Sihamoni", "Uon Chhin", "Yeang Sothearin",
                      "Sam Rainsy", "Phay Siphan"],
        distractors=["Kem Sokha left prison on bail into confinement at home: bail plus house arrest is not a release; listed as still held",
                     "'dozens of opposition supporters remain in jail' is vague",
                     "Sam Rainsy lives in exile (not held)"],
    ),
    dict(
        file="014_will_nguyen_deported_2018_brief.txt", published="2018-07-20", outlet="wire brief",
        event="Vietnam convicts US citizen Will Nguyen of disturbing public order and deports him, 2018-07-20",
        counts=[
            C("remaining_held", 97, "at least 97 prisoners of conscience are held in Vietnam", qualifier="at_least",
              note="inferred: country-wide Amnesty estimate, context; optional"),
            C("other", 40, "ending 40 days in detention", note="duration"),
            C("other", 32, "Nguyen, 32,", note="age"),
        ],
        released_names=["Will Nguyen"],
        alias_groups={"Will Nguyen": ["William Nguyen"]},
        not_released_names=[],
        other_event_released_names=["Pham Minh Hoang"],
        other_people=["Tran Duc Phuong", "John Cornyn", "Nhung Vo", "Michael Carrow"],
        distractors=["convicted and deported: a foreign national freed by deportation counts as released",
                     "'dozens of people jailed over the June protests' is vague"],
    ),
    dict(
        file="015_temer_solto_habeas_corpus_2019_pt.txt", published="2019-03-25",
        outlet="Brazilian news portal, machine-translated from Portuguese (read-also list, correction)",
        event="TRF-2 habeas corpus frees Michel Temer, Moreira Franco, Coronel Lima and five others, 2019-03-25",
        counts=[
            C("released", 8, "In total, eight persons arrested in the operation were put in liberty until the night"),
            C("released", 7, "The decision of Athié extends to the other seven prisoners of the operation",
              note="inferred: subset of the eight (all but Temer); optional"),
            C("other", 6, "six investigated, besides Temer, had been liberated", note="superseded figure (correction)"),
            C("other", 200, "about 200 supporters and curious", qualifier="about", note="crowd"),
            C("other", 41, "In the decision, of 41 pages", note="page count"),
            C("other", 40, "led during 40 years a criminal organization", note="duration (accusation)"),
            C("other", 12, "serving sentence of 12 years and 1 month", note="Lula's sentence"),
            C("other", 1200, "Mutirão carcerário liberates 1.200 prisoners in Ceará in a week",
              note="page noise (read-also headline with a release verb)"),
            C("other", 60000, "with 60.000 fans", note="page noise"),
        ],
        released_names=["Michel Temer", "Wellington Moreira Franco", "João Baptista Lima Filho"],
        alias_groups={"Wellington Moreira Franco": ["Moreira Franco"], "João Baptista Lima Filho": ["coronel Lima"]},
        not_released_names=["Luiz Inácio Lula da Silva", "Sérgio Cabral"],
        other_event_released_names=[],
        other_people=["Antonio Ivan Athié", "Marcelo Bretas", "Rubens Salgado Meirelles", "Jair Bolsonaro",
                      "Luciana Prates Valadares"],
        distractors=["habeas corpus release from preventive detention counts as a release",
                     "Temer flew to São Paulo after release (not a transfer)",
                     "scorer caveat: 'João Baptista Lima Filho' has last token Filho, so 'coronel Lima' will not link"],
    ),
    dict(
        file="016_keiko_fujimori_sale_de_prision_2019_es.txt", published="2019-11-30",
        outlet="Spanish news agency, machine-translated from Spanish (read-also list)",
        event="Keiko Fujimori leaves the Chorrillos women's prison after the Constitutional Tribunal grants habeas corpus, 2019-11-29",
        counts=[
            C("other", 13, "after passing 13 months in preventive prison", note="duration"),
            C("other", 1500, "some 1 500 sympathizers", qualifier="about", note="crowd"),
            C("other", 4, "by four votes against three", note="vote"),
            C("other", 36, "The judge had ordered 36 months of preventive prison", note="detention term ordered"),
            C("other", 25, "the sentence of 25 years", note="sentence"),
            C("other", 9, "who had spent nine months in preventive prison", note="duration, earlier event"),
            C("other", 44, "44 years", note="age"),
            C("other", 15, "Liberan a 15 trabajadores retenidos por comuneros en Apurímac",
              note="page noise (read-also headline with a release verb)"),
        ],
        released_names=["Keiko Fujimori"],
        alias_groups={"Keiko Fujimori": ["Keiko Sofía Fujimori"]},
        not_released_names=["Alberto Fujimori"],
        other_event_released_names=["Ollanta Humala", "Nadine Heredia"],
        other_people=["Mark Vito Villanella", "Richard Concepción Carhuancho", "Ernesto Blume", "Marianella Ledesma",
                      "José Domingo Pérez", "Martín Vizcarra", "Pedro Pablo Kuczynski"],
        distractors=["habeas corpus release; she continues 'in liberty, with restrictions of appearance' (not called bail): a release",
                     "Alberto Fujimori's 2017 pardon was annulled and he is back in prison",
                     "the prosecutor will ask a new restriction (planned, no count)"],
    ),
    dict(
        file="017_djokovic_park_hotel_liveblog_2022.txt", published="2022-01-10",
        outlet="Australian broadcaster live blog (newest first, key events, unrelated COVID entries, more-from list)",
        event="Judge Kelly quashes Djokovic's visa cancellation and orders his release from immigration detention at the Park Hotel, 2022-01-10",
        counts=[
            C("remaining_held", 32, "about 32 refugees and asylum seekers remain in immigration detention", qualifier="about",
              note="inferred: other detainees at the same hotel, not part of this release; optional"),
            C("other", 30, "be released within 30 minutes", note="time limit"),
            C("other", 44155, "44,155 new COVID cases", note="page noise (unrelated entry)"),
            C("other", 861, "861 people are in hospital", note="page noise"),
            C("other", 20148, "NSW has recorded 20,148 new cases", note="page noise"),
            C("other", 2030, "2,030 people in hospital", note="page noise"),
            C("other", 20000, "More than 20,000 people were trying to watch the livestream", qualifier="more_than",
              note="viewers"),
            C("other", 3, "Melbourne hotel detainees freed: 3 refugees granted bridging visas last month",
              note="page noise (related link with a release verb; other event)"),
            C("other", 3, "barred from Australia for three years", note="ban length"),
            C("other", 8, "held for more than eight years", qualifier="more_than", note="duration"),
        ],
        released_names=["Novak Djokovic"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Renata Voráčková"],
        other_people=["Anthony Kelly", "Alex Hawke", "Djordje Djokovic", "Srdjan Djokovic", "Craig Tiley",
                      "Christopher Tran", "Karen Andrews"],
        distractors=["court-ordered release from immigration detention counts as a release even though the visa may be cancelled again",
                     "Voráčková was released from the same hotel on Saturday and left (other event)",
                     "'not being held captive' (minister's claim)", "relatives share the Djokovic surname"],
    ),
    dict(
        file="018_biloela_family_home_2022_hometown.txt", published="2022-06-15", outlet="Queensland hometown paper",
        event="Tharnicaa's bridging visa ends the Biloela family's detention; family returns to Biloela, 2022-05-27/06-10",
        counts=[
            C("transferred_to", 4, "All four were then moved to the detention centre on Christmas Island", where="Christmas Island",
              note="earlier event (2019); transfer between detention sites, not a release"),
            C("transferred_to", 4, "the four were moved into community detention in Perth", where="Perth",
              note="earlier event (2021); community detention is still detention"),
            C("other", 1558, "One thousand, five hundred and fifty-eight of them", note="days counted by supporters"),
            C("other", 3, "three-month bridging visas", note="visa length"),
            C("other", 7, "Kopika, 7,", note="age"),
            C("other", 2, "Two men released on bail after Jambin Road pursuit", note="page noise (bail; unrelated)"),
        ],
        released_names=["Tharnicaa"],
        alias_groups={"Tharnicaa": ["Tharunicaa"], "Nadesalingam Murugappan": ["Nades"]},
        not_released_names=[],
        other_event_released_names=["Priya Nadesalingam", "Nadesalingam Murugappan", "Kopika"],
        other_people=["Jim Chalmers", "Alex Hawke", "Anthony Albanese", "Bronwyn Kessel", "Shannon Whitty"],
        distractors=["main release: Tharnicaa's bridging visa (May 27) ends her community detention; her parents and Kopika left detention on bridging visas in June 2021 (earlier event)",
                     "'the Murugappan family' is a family label", "no permanent visas yet (planned, no count)",
                     "'allowed all four to live in Biloela' is not a release count"],
    ),
    dict(
        file="019_hakamada_acquitted_retrial_2024.txt", published="2024-09-26", outlet="international broadsheet (Asia desk)",
        event="Shizuoka court acquits Iwao Hakamada at retrial; his 2014 release recalled (no release in this event), 2024-09-26",
        counts=[
            C("released", 4, "The previous four were all freed in the 1980s", note="earlier event (1980s retrial acquittals)"),
            C("other", 4, "the 1966 murders of four members of a family", note="victims"),
            C("other", 48, "he had been held for 48 years", note="duration before his 2014 release"),
            C("other", 88, "Hakamada, now 88,", note="age"),
            C("other", 91, "Hideko Hakamada, 91,", note="age"),
            C("other", 14, "Prosecutors have 14 days to appeal", note="appeal window"),
            C("other", 34, "walked out of prison in 1983 after 34 years", note="duration, earlier event"),
            C("other", 58, "58 years after arrest", note="duration"),
            C("other", 5, "five items of bloodstained clothing", note="evidence"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Iwao Hakamada", "Sakae Menda"],
        other_people=["Hideko Hakamada", "Kenji Morooka", "Naomi Shirakawa-Lund"],
        distractors=["the main event is an acquittal of a man freed in 2014; no one is released in this event",
                     "the 2018 high court reversal did not send him back to prison",
                     "'fifth person on death row to be acquitted' (ordinal)", "Hideko is his sister (same surname)"],
    ),
    dict(
        file="020_khalil_released_jena_2025.txt", published="2025-06-21",
        outlet="US broadcaster page (cookie banner, video residue, related links, most-read list)",
        event="Judge Farbiarz orders Mahmoud Khalil freed; he leaves the Jena, Louisiana, ICE center after 104 days, 2025-06-20",
        counts=[
            C("other", 104, "had been held for 104 days", note="duration"),
            C("other", 30, "Khalil, 30,", note="age"),
            C("other", 7, "7 detainees freed after Newark immigration jail lawsuit settled",
              note="page noise (most-read headline with a release verb)"),
            C("other", 59000, "Immigration detention population hits record 59,000", note="page noise (related link)"),
            C("other", 40000, "Storm knocks out power to 40,000 in New Jersey", note="page noise"),
        ],
        released_names=["Mahmoud Khalil"],
        alias_groups={"Rümeysa Öztürk": ["Rumeysa Ozturk"]},
        not_released_names=["Leqaa Kordia"],
        other_event_released_names=["Mohsen Mahdawi", "Rümeysa Öztürk", "Badar Khan Suri"],
        other_people=["Michael Farbiarz", "Noor Abdalla", "Karina Boyle", "Jamee Comans", "Marco Rubio",
                      "Amal Haddadin", "Danielle Okafor-Price", "Marcus Lindqvist"],
        distractors=["court-ordered release from immigration detention (the text does not call it bail) counts as a release",
                     "refused temporary release to attend the birth", "infant son unnamed",
                     "government will appeal (no re-detention reported)"],
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
            if c["kind"] == "transferred_to" and not c["where"]:
                print(f"{g['file']}: transferred_to without where: {c['quote']!r}", file=sys.stderr)
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
