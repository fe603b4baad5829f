#!/usr/bin/env python3
"""Gold for devset_uu (blind, held-out-style). Writes gold.jsonl next to this script and
checks it against the articles:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive);
- no name is in two lists, and no alias is itself a listed name;
- every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on
  `transferred_to` counts;
- the GOLD file list matches `articles/`.
Prints `wrote N records; checks OK` when everything passes."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_scheveningen_prison_chapel.txt", published="1974-10-31", outlet="UPI wire (all-caps byline)",
        event="Dutch marines storm the Scheveningen prison chapel and free the last 15 hostages, 1974-10-31",
        counts=[
            C("released", 15, "freed 15 hostages held for more than four days"),
            C("other", 11, "11 members of a visiting church choir", note="subset of the 15"),
            C("other", 3, "the prison chaplain and three guards", note="subset of the 15"),
            C("other", 4, "to stun the four inmates", note="captors (prisoners who took the hostages)"),
            C("other", 22, "took 22 people hostage", note="number seized at the start of the siege"),
            C("released", 4, "Four women choir members were released Sunday",
              note="earlier event (earlier batch of the same siege)"),
            C("released", 3, "three more hostages, all men in their seventies, were let go Monday",
              note="earlier event (earlier batch of the same siege)"),
            C("released", 22, "all 22 hostages are free", note="cumulative: total over all batches; optional"),
            C("released", 102, "The VC10's 102 passengers and crew were freed unharmed",
              note="earlier event (March 1974 hijacking)"),
            C("other", 40, "About 40 marines took part", qualifier="about", note="troops"),
        ],
        released_names=["Willem de Graaf", "Hendrik Bos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Truus Veldhuis"],
        other_people=["Henk van der Meulen", "Dries van Agt", "Adnan Ahmed Nuri", "Kees de Graaf", "Jan Kuipers"],
        distractors=[
            "Kees de Graaf is the freed conductor's brother (same surname)",
            "Nuri and the three other inmates are captors who stay in prison; they are not captives",
            "the second hijacker whose release was demanded is unnamed",
            "ages 26/58/61/67; five-year sentence; 5:47 a.m.; 'several hundred onlookers'",
            "'was also among the 15' restates the main figure",
        ],
    ),
    dict(
        file="002_tidey_derrada_40_years.txt", published="2023-12-13", outlet="Irish daily, 40-years-on feature",
        event="Don Tidey rescued in Derrada Wood after 23 days, 1983-12-16 (anniversary feature)",
        counts=[
            C("other", 5000000, "a ransom reported at the time to be IR£5 million", note="ransom demand (money)"),
            C("other", 2000, "There were some 2,000 gardaí and soldiers in the area", qualifier="about",
              note="search force"),
            C("other", 23, "For 23 days there was no sign of the businessman", note="duration"),
        ],
        released_names=["Don Tidey"],
        alias_groups={"Don Tidey": ["Donald Tidey"]},
        not_released_names=[],
        other_event_released_names=["Ben Dunne", "John O'Grady"],
        other_people=["Niamh Gallagher", "Colm Breathnach", "Susan Tidey", "Garret FitzGerald", "Michael Noonan",
                      "Gary Sheehan", "Patrick Kelly", "Tom Reilly", "Margaret Sheehan", "Catherine Kelly",
                      "Pádraig Kelly", "Galen Weston", "Dessie O'Hare", "Aoife Brennan"],
        distractors=[
            "Susan Tidey is the releasee's daughter (same surname), left at the roadside; Alistair is first-name only",
            "Gary Sheehan and Patrick Kelly were killed in the rescue; never releasees",
            "Galen Weston: kidnap attempt foiled (no captivity, no release)",
            "the one man tried (unnamed); no count of releasees in the article",
            "ages 13/23/35/eight; 'late eighties'; 'father of four'; 'two of his fingers'",
        ],
    ),
    dict(
        file="003_vanden_boeynants_freed_fr.txt", published="1989-02-14", outlet="Belgian daily (Belga), machine-translated from French",
        event="Former Belgian PM Paul Vanden Boeynants freed by kidnappers after 31 days, 1989-02-13",
        counts=[
            C("other", 30000000, "a ransom of 30 million Belgian francs", note="ransom (money)"),
            C("other", 1500, "more than 1.500 gendarmes and policemen were mobilised", qualifier="more_than",
              note="search force"),
            C("other", 300, "more than 300 searches were made", qualifier="more_than", note="searches"),
            C("other", 31, "released after 31 days of captivity", note="duration"),
        ],
        released_names=["Paul Vanden Boeynants"],
        alias_groups={"Paul Vanden Boeynants": ["Vandenboeynants", "VDB"]},
        not_released_names=[],
        other_event_released_names=["Édouard-Jean Empain"],
        other_people=["Marcel Dubois", "Melchior Wathelet", "Patrick Haemers", "Francine Vanden Boeynants",
                      "Michel Lafosse"],
        distractors=[
            "Francine Vanden Boeynants is the releasee's daughter (same surname)",
            "Empain (1978) is a comparison case; 63 days is his captivity",
            "'Brigade socialiste révolutionnaire' claim; '4,8 million French francs'; 8 kilos; 2 km; 22h30; age 69",
            "Haemers is only a suspect named by the press (not in custody)",
        ],
    ),
    dict(
        file="004_air_france_8969_marseille.txt", published="1994-12-26", outlet="AFP wire",
        event="GIGN storms hijacked Air France flight 8969 at Marseille-Marignane, 173 freed, 1994-12-26",
        counts=[
            C("released", 173, "freeing the 173 passengers and crew still on board"),
            C("other", 25, "Twenty-five people were injured", note="casualties among the freed and the gendarmes"),
            C("other", 13, "13 passengers, three crew members and nine gendarmes", note="injured subset"),
            C("other", 4, "killing all four Islamic militant hijackers", note="hijackers killed"),
            C("released", 63, "the hijackers freed 63 passengers, most of them women and children",
              note="earlier event (batches freed in Algiers)"),
            C("other", 3, "They killed three men", note="hostages killed in Algiers"),
            C("transferred_to", 150, "Some 150 of the freed passengers were flown on to Paris-Orly", qualifier="about",
              where="Paris", note="inferred: onward flight to the original destination; optional"),
            C("other", 70, "More than 70 foreigners have been killed", qualifier="more_than", note="background casualties"),
        ],
        released_names=["Bernard Delhemme", "Jean-Paul Borderie", "Alain Bossuat", "Karima Benali"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Fatiha Meziane"],
        other_people=["Charles Pasqua", "Bui Giang To", "Yannick Beugnet", "Abdul Abdullah Yahia",
                      "Edouard Balladur", "Denis Favier"],
        distractors=[
            "Delhemme and Borderie climbed out of the cockpit windows during the assault; counted as freed with the 173 (judgement call)",
            "Bui Giang To and Yannick Beugnet were killed in Algiers",
            "'saved the lives of 173 people' restates the main figure",
            "27 tonnes of fuel; 5:17 pm (1617 GMT); 3:33 am; nearly 40 hours; flight AF 8969; age 34/52; two sons",
        ],
    ),
    dict(
        file="005_avrasya_ferry_istanbul_tr.txt", published="1996-01-19", outlet="Turkish daily, machine-translated",
        event="Avrasya ferry hijack ends at the Bosphorus; 200 hostages freed, 1996-01-19",
        counts=[
            C("released", 200, "All 200 hostages who were on board were released safe and sound"),
            C("other", 164, "had on board 164 passengers", note="initial passenger count"),
            C("other", 45, "45 crew members", note="initial crew count"),
            C("released", 9, "the gunmen let down 9 passengers, among them 3 children, on the pier",
              note="earlier event (released in Trabzon at the start of the hijack)"),
            C("other", 3, "among them 3 children", note="subset of the 9 released earlier"),
            C("other", 9, "The 9 action-takers", note="hijackers, taken into custody"),
            C("other", 1500, "More than 1.500 security personnel", qualifier="more_than", note="security forces"),
            C("remaining_held", 100, "more than 100 hostages are still in the hands of the Chechen fighters",
              qualifier="more_than", note="inferred: hostages of a different siege (Pervomayskoye); optional"),
        ],
        released_names=["Nina Petrova", "Hüseyin Zengin"],
        alias_groups={"Muhammed Tokcan": ["Mohammed Tokjan"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Teoman Ünüsan", "Muhammed Tokcan", "Tansu Çiller", "Grigory Karasin"],
        distractors=[
            "Tokcan is the hijack leader (taken into custody); his release after a 1992 arrest is an old, unrelated release",
            "20.30 / 10.30 clock times; 3 coast guard ships; three days; age 45",
        ],
    ),
    dict(
        file="006_blechschmidt_freed_wardak.txt", published="2007-10-10", outlet="German international broadcaster (English page, cookie banner)",
        event="Taliban free German engineer Rudolf Blechschmidt and four Afghan colleagues in Wardak, 2007-10-09/10",
        counts=[
            C("released", 5, "Blechschmidt and four Afghan colleagues - five people in all - were released"),
            C("released", 4, "has been released along with four Afghan colleagues",
              note="inferred: subset of the five stated with a release verb; optional"),
            C("other", 5, "and five Afghans while they were travelling", note="initially abducted Afghans"),
            C("other", 3000, "Germany has some 3,000 soldiers", qualifier="about", note="troops"),
            C("released", 19, "the Taliban freed the last 19 of 23 South Korean church volunteers",
              note="earlier event (August 2007)"),
            C("other", 2, "two of the group had been killed", note="killed hostages, earlier event"),
            C("other", 19, "South Korea: 19 freed hostages return home", note="earlier event; page noise (related content)"),
            C("released", 2, "Two French aid workers released in Afghanistan",
              note="earlier event (related-content headline; page noise)"),
        ],
        released_names=["Rudolf Blechschmidt"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Christina Meier"],
        other_people=["Fazel Karim Musleh", "Frank-Walter Steinmeier", "Rüdiger Diedrich", "Qari Yousuf Ahmadi",
                      "Gisela Blechschmidt"],
        distractors=[
            "Rüdiger Diedrich was shot dead by the captors",
            "the driver who escaped in August is unnamed (escape, not release)",
            "Gisela Blechschmidt is the releasee's wife (same surname)",
            "12 weeks; age 62; July 18; Video 01:34",
        ],
    ),
    dict(
        file="007_ostrovsky_slovyansk_brief.txt", published="2014-04-24", outlet="AP brief",
        event="Insurgents in Slovyansk free VICE News journalist Simon Ostrovsky, 2014-04-24",
        counts=[
            C("remaining_held", 12, "the insurgents are still holding at least 12 people", qualifier="at_least"),
        ],
        released_names=["Simon Ostrovsky"],
        alias_groups={"Vyacheslav Ponomarev": ["Ponomaryov"]},
        not_released_names=["Irma Krat"],
        other_event_released_names=[],
        other_people=["Andrei Makarov", "Vyacheslav Ponomarev", "Jen Psaki"],
        distractors=["three days; April 12", "Right Sector is an organisation"],
    ),
    dict(
        file="008_sarajevo_izetbegovic_1992.txt", published="1992-05-03", outlet="AP wire (archive page with a later photo caption)",
        event="Izetbegovic, his daughter and Lagumdzija freed for the safe passage of Gen. Kukanjac's HQ, Sarajevo, 1992-05-03",
        counts=[
            C("released", 3, "The three were freed Sunday afternoon"),
            C("other", 200, "about 200 officers and soldiers to leave their besieged headquarters", qualifier="about",
              note="other side of the deal: besieged troops given safe passage, never in custody (judgement call)"),
            C("other", 6, "at least six soldiers were killed", qualifier="at_least", note="casualties"),
            C("other", 40, "took away about 40 officers", qualifier="about",
              note="taken into custody from the convoy (claim by army radio)"),
            C("remaining_held", 50, "at least 50 members of the Territorial Defense were still being held by the army at Lukavica",
              qualifier="at_least"),
            C("other", 350, "More than 350 people have been killed", qualifier="more_than", note="casualties"),
        ],
        released_names=["Alija Izetbegovic", "Sabina Izetbegovic", "Zlatko Lagumdzija"],
        alias_groups={"Alija Izetbegovic": ["Alija Izetbegović"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mira Kovac", "Enric Marti", "Lewis MacKenzie", "Milutin Kukanjac", "Jose Cutileiro",
                      "Radovan Karadzic"],
        distractors=[
            "Kukanjac rode out with Izetbegovic under the deal but was besieged, not a prisoner (judgement call: other_people)",
            "Sabina Izetbegovic is the president's daughter and was freed with him (same-surname releasees)",
            "age 31; Feb. 29-March 1 referendum; photo caption added 2017",
        ],
    ),
    dict(
        file="009_afghan_icrc_exchange_brief.txt", published="1998-06-04", outlet="Reuters brief",
        event="ICRC-supervised Taleban-opposition prisoner exchange near Charikar, 36 for 29, June 1998",
        counts=[
            C("exchanged", 36, "The Taleban freed 36 opposition fighters"),
            C("exchanged", 29, "the alliance freed 29 Taleban"),
            C("other", 11, "the bodies of 11 fighters", note="bodies returned"),
            C("released", 60, "A similar exchange in March freed 60 prisoners", note="earlier event (March exchange)"),
            C("remaining_held", 2500, "some 2,500 prisoners still held by the two sides", qualifier="about"),
        ],
        released_names=["Abdul Ghafoor"],
        alias_groups={"Abdul Ghafoor": ["Mullah Abdul Ghafoor"], "Ahmad Shah Masood": ["Massoud"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ahmad Shah Masood", "Marie-Claire Dupont"],
        distractors=["'hundreds of civilians' held (vague, claim by opposition officials)", "captured last year"],
    ),
    dict(
        file="010_odisha_hikaka_freed.txt", published="2012-04-27", outlet="Odisha regional daily (weather/markets bar, ad, ALSO READ, comments)",
        event="Maoists free MLA Jhina Hikaka after Odisha frees eight prisoners, 2012-04-25/26",
        counts=[
            C("exchanged", 8, "a day after the state government freed eight prisoners named by the rebels"),
            C("released", 13, "Of the 13 prisoners the state had agreed to release",
              note="planned: agreed total, only eight freed so far"),
            C("released", 5, "The remaining five are expected to be freed", note="planned"),
            C("remaining_held", 5, "The remaining five are expected to be freed",
              note="inferred: the five not yet freed are still in jail; optional"),
            C("other", 29, "demanded freedom for 29 prisoners", note="demand"),
            C("other", 33, "33 days after he was taken hostage", note="duration"),
            C("released", 2, "Maoists free two abducted policemen in Malkangiri",
              note="earlier event (ALSO READ headline; page noise)"),
            C("other", 12, "12 held for poll violence in Ganjam", note="page noise (arrests)"),
        ],
        released_names=["Jhina Hikaka", "Sukra Bidika", "Laxman Huika"],
        alias_groups={},
        not_released_names=["Chenda Bhusanam", "Subhashree Das"],
        other_event_released_names=["Paolo Bosusco"],
        other_people=["Kausalya Hikaka", "U N Behera", "Naveen Patnaik", "Dandapani Mohanty", "Sabyasachi Panda"],
        distractors=[
            "Kausalya Hikaka is the MLA's wife (same surname)",
            "aliases Ghasi and Mili are nicknames of still-held prisoners",
            "age 37; Comments (23); Sensex 17,134.25; 39°C; March 24; April 12",
            "Sabyasachi Panda led the group that took the Italians (captor)",
        ],
    ),
    dict(
        file="011_belarus_ukraine_spies_ru.txt", published="2019-06-06", outlet="Russian-language news site, machine-translated",
        event="Belarus pardons Ukrainian journalist Pavel Sharoyko, Ukraine pardons Yury Politika; one-for-one spy swap, 2019-06-06",
        counts=[
            C("other", 1, "The exchange \"one on one\"", note="single-person swap; no count of releasees"),
            C("remaining_held", 2, "there remain at least 2 more citizens of Ukraine", qualifier="at_least"),
            C("released", 3, "Lukashenko pardoned 3 convicts before Independence Day",
              note="earlier event (related-materials headline; page noise)"),
            C("other", 1200, "1 200 hectares of forest burned", note="page noise"),
            C("other", 600, "We waited for this day 600 days", note="duration"),
        ],
        released_names=["Pavel Sharoyko", "Yury Politika"],
        alias_groups={"Pavel Sharoyko": ["Pavlo Sharoiko"]},
        not_released_names=["Pavel Grib", "Oleg Sentsov"],
        other_event_released_names=[],
        other_people=["Alexander Lukashenko", "Volodymyr Zelensky", "Lyudmila Denisova", "Tatyana Sharoyko"],
        distractors=[
            "Tatyana Sharoyko is the journalist's wife (same surname)",
            "Grib and Sentsov are held in Russia, not part of this swap",
            "8 years / 6 years sentences; age 37; 14.00; 19.40; about 200 km; Views: 3 412",
        ],
    ),
    dict(
        file="012_ukraine_russia_50_liveblog.txt", published="2022-11-24", outlet="UK newspaper live blog (reverse chronological)",
        event="Ukraine-Russia prisoner-of-war exchange, 50 for 50, 2022-11-24",
        counts=[
            C("exchanged", 50, "Ukraine says it has brought home 50 prisoners of war in the latest swap with Russia"),
            C("exchanged", 50, "Russia's defence ministry says 50 Russian servicemen"),
            C("transferred_to", 50, "they will be flown to Moscow for treatment", where="Moscow",
              note="inferred: Russian servicemen flown home; optional"),
            C("other", 20, "20 soldiers captured in Mariupol", note="subset of the 50"),
            C("other", 2, "and two civilians", note="subset of the 50"),
            C("remaining_held", 3000, "more than 3,000 Ukrainian soldiers and civilians remain in Russian captivity",
              qualifier="more_than"),
            C("exchanged", 45, "the last exchange, on 11 November, returned 45 Ukrainian soldiers",
              note="earlier event (11 November exchange)"),
            C("released", 1319, "1,319 Ukrainians have been freed in exchanges since the start of the full-scale invasion",
              note="cumulative since February 2022"),
            C("other", 70, "about 70% of the capital is still without electricity", note="unrelated entry"),
            C("other", 430, "430 schools", note="unrelated entry"),
            C("other", 4, "At least four people were killed and 10 injured", qualifier="at_least", note="unrelated entry"),
        ],
        released_names=["Oleksandr Kovalenko"],
        alias_groups={},
        not_released_names=["Taras Kovalenko"],
        other_event_released_names=[],
        other_people=["Lena Prokopenko", "Mark Ellison", "Vitali Klitschko", "Andriy Yermak", "Tatyana Moskalkova",
                      "Svitlana Kovalenko", "Dmytro Lubinets"],
        distractors=[
            "Svitlana Kovalenko is the mother; Taras Kovalenko, the brother, is still held (same surname)",
            "10:02 entry: a former MP released on bail (bail is not a release; unnamed)",
            "'an exchange of 50 for 50' restates the main figures",
            "age 27; 30m hryvnias; 11 November (Kherson recapture date)",
        ],
    ),
    dict(
        file="013_istanbul_exchange_analysis.txt", published="2025-06-14", outlet="think-tank analysis piece",
        event="Third stage of the Istanbul-agreed Ukraine-Russia exchange of young and wounded soldiers, 84 for 84, June 2025",
        counts=[
            C("exchanged", 84, "84 Ukrainian soldiers stepped off it into a crowd of relatives"),
            C("exchanged", 84, "Moscow received an equal number of its own servicemen in return",
              note="inferred: other side of the swap, figure implied by 'an equal number'; optional"),
            C("other", 1212, "Russia handed over 1,212 bodies", note="bodies returned"),
            C("other", 27, "Ukraine returned 27 bodies to Russia", note="bodies returned"),
            C("other", 6000, "Moscow says it has some 6,000 more to repatriate", qualifier="about",
              note="bodies, planned"),
            C("other", 6000, "the return of 6,000 bodies on each side", note="bodies, agreed"),
            C("exchanged", 1000, "The \"1,000 for 1,000\" exchange in late May", note="earlier event (May 2025)"),
            C("released", 1500, "more than 1,500 Ukrainians have come home in a little over three weeks",
              qualifier="more_than", note="cumulative since late May"),
            C("remaining_held", 8000, "more than 8,000 Ukrainians are held by Russia", qualifier="more_than"),
            C("other", 52, "He weighs 52 kilos", note="weight"),
        ],
        released_names=["Danylo Moroz"],
        alias_groups={},
        not_released_names=["Dmytro Khyliuk"],
        other_event_released_names=["Maksym Butkevych", "Denys Prokopenko"],
        other_people=["Olena Marchenko", "Volodymyr Zelensky", "Rustem Umerov", "Vladimir Medinsky", "Iryna Moroz",
                      "Viktoriia Roshchyna", "Dmytro Lubinets", "Hakan Fidan", "Vladimir Putin"],
        distractors=[
            "Iryna Moroz is the freed marine's mother (same surname)",
            "Viktoriia Roshchyna died in Russian custody (never released)",
            "'several hundred civilians' (vague subset of the held)",
            "ages 19/22/25; 2 June; three days; grain deal of 2022; July 2023",
        ],
    ),
    dict(
        file="014_romania_amnesty_1964_reuter.txt", published="1964-08-03", outlet="Reuter brief (archive)",
        event="Romania frees its last political prisoners under the 1964 amnesty decree",
        counts=[
            C("released", 2500, "about 2,500 prisoners walked out of jails and labour camps in the past fortnight",
              qualifier="about"),
            C("released", 10000, "more than 10,000 the number released since the Government began a series of pardons two years ago",
              qualifier="more_than", note="cumulative since 1962"),
        ],
        released_names=["Constantin Noica", "Nicolae Steinhardt"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gheorghe Gheorghiu-Dej"],
        distractors=["sentenced in 1960; two years ago", "Agerpres gave no figures"],
    ),
    dict(
        file="015_china_1975_war_criminals_xinhua.txt", published="1975-03-19", outlet="state news agency text (Xinhua) with editor's notes",
        event="China's special amnesty releases all 293 remaining war criminals, 1975-03-19",
        counts=[
            C("released", 293, "announced the release of 293 war criminals"),
            C("other", 219, "219 former military and political personnel of the Chiang Kai-shek clique", note="subset of the 293"),
            C("other", 21, "21 of the puppet Manchukuo", note="subset of the 293"),
            C("other", 53, "53 of the puppet Wang Ching-wei regime", note="subset of the 293"),
            C("released", 296, "Six earlier special amnesties between 1959 and 1966 had freed a total of 296 war criminals",
              note="earlier event (1959-1966 amnesties; cumulative)"),
            C("released", 33, "with the first group of 33", note="earlier event (December 1959)"),
            C("other", 10, "Ten of the men released in March 1975 later applied to go to Taiwan",
              note="later development; Taipei refused them, so no transfer"),
        ],
        released_names=["Huang Wei", "Wen Chiang"],
        alias_groups={"Wen Chiang": ["Wen Qiang"], "Pu Yi": ["Puyi"], "Tu Yu-ming": ["Du Yuming"],
                      "Mao Tsetung": ["Mao Zedong"], "Chou En-lai": ["Zhou Enlai"], "Hua Kuo-feng": ["Hua Guofeng"]},
        not_released_names=[],
        other_event_released_names=["Pu Yi", "Tu Yu-ming"],
        other_people=["Mao Tsetung", "Chou En-lai", "Hua Kuo-feng", "Chiang Kai-shek", "Wang Ching-wei"],
        distractors=[
            "12th Army Group (ordinal unit name)",
            "'those who wish to return to Taiwan may do so' is an offer, not a transfer",
            "Wang Ching-wei and Chiang Kai-shek appear only in regime names",
        ],
    ),
    dict(
        file="016_vietnam_reeducation_1987.txt", published="1987-09-02", outlet="AP wire (Bangkok dateline)",
        event="Vietnam's National Day amnesty frees 6,685 prisoners incl. 480 re-education camp inmates, 1987",
        counts=[
            C("released", 6685, "Vietnam has freed 6,685 prisoners in an amnesty marking its National Day"),
            C("released", 480, "including 480 people held in \"re-education\" camps",
              note="inferred: subset of the 6,685 stated with a release verb (headline figure); optional"),
            C("other", 11, "11 former generals of the South Vietnamese army", note="subset of the 480"),
            C("remaining_held", 4000, "about 4,000 people remain in re-education camps", qualifier="about",
              note="claim by Hanoi (the detaining side); optional"),
            C("remaining_held", 7000, "U.S. officials have put the figure closer to 7,000", qualifier="about"),
            C("released", 94000, "it has released more than 94,000 people from the camps since 1975", qualifier="more_than",
              note="cumulative since 1975; claim by Hanoi"),
            C("other", 27, "jailed for most of the past 27 years", note="duration"),
        ],
        released_names=["Tran Van Tho"],
        alias_groups={},
        not_released_names=["Nguyen Van Ly", "Doan Quoc Sy", "Nguyen Chi Thien"],
        other_event_released_names=[],
        other_people=["Alan Jones", "Le Minh Chau", "Nguyen Co Thach", "Robert Funseth", "Ginetta Sagan", "Ho Chi Minh"],
        distractors=["age 64; Sept. 2; 1945; 1975; talks broke off in 1985", "'a number of' priests and monks (vague)"],
    ),
    dict(
        file="017_kashmir_singh_wagah_2008.txt", published="2008-03-04", outlet="Indian broadcaster web page (PTI copy, video player, ALSO READ)",
        event="Pakistan pardons Kashmir Singh, who crosses Wagah after 35 years in prison, 2008-03-04",
        counts=[
            C("remaining_held", 74, "at least 74 Indian civilians", qualifier="at_least"),
            C("remaining_held", 400, "apart from over 400 fishermen, are still in Pakistani prisons", qualifier="more_than"),
            C("remaining_held", 150, "India, for its part, is holding about 150 Pakistani civilian prisoners", qualifier="about",
              note="inferred: prisoners held by the other side (India); optional"),
            C("other", 35, "after 35 years in Pakistani jails", note="duration"),
            C("released", 99, "Pakistan to free 99 Indian fishermen next week",
              note="planned (ALSO READ headline; page noise)"),
            C("other", 3, "3 held with fake currency", note="page noise (arrests)"),
        ],
        released_names=["Kashmir Singh"],
        alias_groups={},
        not_released_names=["Sarabjit Singh"],
        other_event_released_names=[],
        other_people=["Pervez Musharraf", "Ansar Burney", "Paramjit Kaur", "Parkash Singh Badal"],
        distractors=[
            "sons Shishpal and Charanjit are first-name only",
            "Sarabjit's sister (unnamed)",
            "age 67; 1973; 1990; 02:14; 21:36 IST",
        ],
    ),
    dict(
        file="018_myanmar_amnesty_2011_ngo.txt", published="2011-10-13", outlet="political-prisoner NGO press release (demands, contact block)",
        event="Myanmar amnesty of 6,359 prisoners frees some 200 political prisoners incl. Zarganar, 2011-10-12",
        counts=[
            C("released", 6359, "the authorities began releasing 6,359 prisoners"),
            C("released", 206, "206 of those released by the evening of 13 October are political prisoners",
              note="inferred: subset of the 6,359 stated with a release verb (headline figure); optional"),
            C("other", 19, "including 19 women and 14 Buddhist monks", note="subset of the 206"),
            C("remaining_held", 1996, "BPPN had documented 1,996 political prisoners",
              note="as of before the release (seed convention)"),
            C("remaining_held", 1790, "As of 13 October, at least 1,790 remain behind bars", qualifier="at_least"),
            C("released", 14600, "led to the release of 14,600 prisoners", note="earlier event (May 2011)"),
            C("released", 55, "of whom only about 55 were political prisoners", qualifier="about",
              note="earlier event (May 2011)"),
            C("other", 140, "at least 140 of whom are in urgent need of treatment", qualifier="at_least",
              note="subset of those still held"),
        ],
        released_names=["Zarganar", "Su Su Nway"],
        alias_groups={"Zarganar": ["Zargana", "Maung Thura"]},
        not_released_names=["Min Ko Naing", "Ko Ko Gyi", "Hkun Htun Oo", "U Gambira"],
        other_event_released_names=["Aung San Suu Kyi"],
        other_people=["Thein Sein", "Ko Aung Myo Thant", "Naw Htoo Paw"],
        distractors=["35-year sentence; 2007; Cyclone Nargis; founded in 2004", "phone numbers in the contact block",
                     "numbered demands 1-5"],
    ),
    dict(
        file="019_folbigg_pardon_release.txt", published="2023-06-05", outlet="Australian broadcaster web page (cookie banner, video, key points, related stories)",
        event="Kathleen Folbigg pardoned and released from prison after 20 years, 2023-06-05",
        counts=[
            C("other", 90, "90 scientists, including two Nobel laureates", note="petition signatories"),
            C("released", 14, "NSW parole authority releases 14 inmates under new rules",
              note="earlier event (related-stories headline; page noise)"),
            C("other", 26, "Man freed after 26 years", note="page noise (duration)"),
        ],
        released_names=["Kathleen Folbigg"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Lindy Chamberlain"],
        other_people=["Lucy Harrington", "Tom Blaxland", "Michael Daley", "Margaret Beazley", "Tom Bathurst",
                      "Tracy Chapman", "Rhanee Rego", "Carola Vinuesa", "Craig Folbigg"],
        distractors=[
            "Craig Folbigg is the former husband (same surname)",
            "children Caleb, Patrick, Sarah, Laura and Azaria are first-name only and dead",
            "40 / 30 / 25 years (sentence); age 55; 1:30pm; 1 minute 45 seconds",
        ],
    ),
    dict(
        file="020_belarus_52_border_feature.txt", published="2025-09-20", outlet="Baltic weekly, long feature",
        event="Belarus frees 52 prisoners after a US envoy's visit; 51 cross into Lithuania, Statkevich refuses, 2025-09-11",
        counts=[
            C("released", 52, "Belarus freed 52 prisoners this month in a deal with Washington"),
            C("transferred_to", 51, "Fifty-one of them crossed into Lithuania", where="Lithuania"),
            C("transferred_to", 51, "Lithuanian border guards had registered 51 arrivals", where="Lithuania"),
            C("other", 1, "All but one of the 52 were driven across the border", note="the one who stayed (Statkevich)"),
            C("other", 14, "The 52 included 14 foreign citizens", note="subset of the 52"),
            C("other", 38, "The other 38 were Belarusians", note="subset of the 52"),
            C("released", 3, "In February, three prisoners, among them the RFE/RL journalist Andrei Kuznechyk, were freed",
              note="earlier event (February 2025)"),
            C("released", 14, "Minsk released 14 prisoners, including Siarhei Tsikhanouski", note="earlier event (June 2025)"),
            C("released", 300, "Lukashenko has pardoned more than 300 people", qualifier="more_than",
              note="cumulative since July 2024"),
            C("remaining_held", 1150, "about 1,150 political prisoners are still held in Belarus", qualifier="about"),
            C("released", 1300, "hoped for the release of \"1,300 more\"", note="planned; claim by Trump, no commitment"),
            C("other", 2, "the two border crossings it closed last year", note="border crossings"),
        ],
        released_names=["Yauhen Hlushkou", "Alena Marozava"],
        alias_groups={"Mikalai Statkevich": ["Mikola Statkevich"]},
        not_released_names=["Mikalai Statkevich", "Maria Kalesnikava", "Viktar Babaryka", "Ales Bialiatski"],
        other_event_released_names=["Andrei Kuznechyk", "Siarhei Tsikhanouski"],
        other_people=["Agnė Vaitkutė", "Rokas Jurgaitis", "Alexander Lukashenko", "John Coale", "Volha Hlushkova",
                      "Maryna Adamovich", "Franak Viačorka", "Sviatlana Tsikhanouskaya", "Keith Kellogg", "Palina Dubko",
                      "Donald Trump", "Gitanas Nausėda"],
        distractors=[
            "Statkevich was on the release list but refused to cross and was taken back to a penal colony (judgement call: still held)",
            "Volha Hlushkova is a releasee's daughter (same surname stem)",
            "Kalesnikava, Babaryka and Bialiatski are still held in this article",
            "ages 34/58/69/70; four and a half years; 14-year sentence; until 2034; consular officials from five countries",
        ],
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
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            err(f"{g['file']}: missing article")
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    err(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    err(f"{g['file']}: where not in article: {c['where']!r}")
            elif c.get("where") is not None:
                err(f"{g['file']}: where set on {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for key, aliases in g["alias_groups"].items():
            if key not in seen:
                err(f"{g['file']}: alias-group key is not a listed name: {key!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
                if a in seen:
                    err(f"{g['file']}: alias {a!r} is also a listed name")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
