#!/usr/bin/env python3
"""Gold for devset_c (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_cuba_gross_swap.txt", published="2014-12-17", outlet="AP wire",
        event="Cuba frees Alan Gross and a US agent; US returns three of the Cuban Five, 2014-12-17",
        counts=[
            C("exchanged", 3, "the United States sent home three Cuban intelligence agents"),
            C("released", 2, "The other two members of the group, René González and Fernando González, had already been released",
              note="earlier event (released after serving sentences, 2013/2014)"),
            C("released", 53, "Havana also agreed to free 53 people that Washington regards as political prisoners",
              note="planned; no date given"),
            C("remaining_held", 100, "about 100 people remain in Cuban prisons for political reasons", qualifier="about",
              note="estimate by Elizardo Sánchez"),
            C("other", 5, "the so-called Cuban Five", note="group name, not a count of releasees"),
        ],
        released_names=["Alan Gross", "Gerardo Hernández", "Antonio Guerrero", "Ramón Labañino"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["René González", "Fernando González"],
        other_people=["Barack Obama", "Raúl Castro", "Elizardo Sánchez", "Scott Gilbert", "Patrick Leahy",
                      "Marco Rubio", "Pope Francis", "Michael Weissenstein", "Julie Pace", "Andrea Rodriguez"],
        distractors=["unnamed US intelligence asset also released (no name)", "his wife, Judy (first name only)",
                     "lost more than 100 pounds and five teeth", "Five years is a long time"],
    ),
    dict(
        file="002_iran_rezaian_swap.txt", published="2016-01-17", outlet="broadcaster web page (cookie banner, related links)",
        event="Iran frees Rezaian, Hekmati, Abedini, Khosravi-Roodsari (+Trevithick); US pardons 7 Iranians, 2016-01-16/17",
        counts=[
            C("released", 4, "Iran has released four Iranian-American prisoners"),
            C("exchanged", 7, "the US pardoned or dropped charges against seven Iranians",
              note="other side of the swap (pardons/dropped charges)"),
            C("other", 6, "six of them dual nationals", note="subset of the seven"),
            C("other", 14, "extradition requests for 14 other Iranians who live outside the US",
              note="red notices withdrawn; not a release"),
            C("other", 29, "Burkina Faso hotel siege: 29 dead", note="page noise"),
            C("other", 47, "Saudi Arabia executes 47 people in a single day", note="page noise"),
        ],
        released_names=["Jason Rezaian", "Amir Hekmati", "Saeed Abedini", "Nosratollah Khosravi-Roodsari",
                        "Matthew Trevithick", "Nader Modanlo", "Bahram Mechanic", "Khosrow Afghahi",
                        "Arash Ghahreman", "Tooraj Faridi", "Nima Golestaneh", "Ali Saboun"],
        alias_groups={},
        not_released_names=["Siamak Namazi"],
        other_event_released_names=[],
        other_people=["Barack Obama", "John Kerry", "Yeganeh Salehi", "Robert Levinson", "Ali Rezaian",
                      "Atta Kenare", "Tsai Ing-wen"],
        distractors=["Yeganeh Salehi was freed on bail in 2014 (bail is not release; she is a relative)",
                     "Robert Levinson vanished in 2007 (not stated as held)",
                     "Trevithick was released separately the same day (counted as main event)",
                     "544 days / 40 days / 18 months are durations"],
    ),
    dict(
        file="003_vienna_spy_swap_ru.txt", published="2010-07-10", outlet="Russian daily, translated",
        event="US-Russia spy swap in Vienna, 10 for 4, 2010-07-09",
        counts=[
            C("exchanged", 10, "Ten people arrested in the United States at the end of June"),
            C("transferred_to", 10, "Ten people arrested in the United States at the end of June on charges of acting as unregistered agents of a foreign government were flown to Moscow",
              where="Moscow", note="inferred: agents deported home to Russia; optional (flown home is not exile)"),
            C("exchanged", 4, "Russia handed over to the American side four men"),
            C("transferred_to", 2, "Two of them — Sutyagin and Skripal — were flown on to Britain", where="Britain"),
            C("other", 6, "The remaining six lived as married couples", note="subset of the ten; NOT remaining held"),
            C("released", 3, "Anatoly Shcharansky and three Western agents were handed over",
              note="earlier event (1986 Glienicke Bridge)"),
            C("exchanged", 5, "in exchange for five agents of the Eastern bloc", note="earlier event (1986)"),
        ],
        released_names=["Anna Chapman", "Mikhail Semenko", "Vicky Peláez", "Juan Lazaro", "Igor Sutyagin",
                        "Sergei Skripal", "Alexander Zaporozhsky", "Gennady Vasilenko"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Anatoly Shcharansky"],
        other_people=["Aleksei Kuznetsov", "Kimba Wood", "Dmitry Medvedev", "Dmitry Sutyagin", "Svetlana Sutyagina",
                      "Christopher Metsos", "Barack Obama", "Andrei Soldatov"],
        distractors=["Christopher Metsos: released on bail in Cyprus and fled (not a releasee)",
                     "'the ten in America would stay in prison' is a hypothetical threat",
                     "sentences 11 of 15 years, 13 years, 18 years", "The eleventh defendant (ordinal)"],
    ),
    dict(
        file="004_japan_abductees_2002.txt", published="2002-10-15", outlet="UK broadcaster archive page",
        event="Five Japanese abductees return from North Korea, 2002-10-15",
        counts=[
            C("released", 5, "Five Japanese citizens abducted by North Korean agents more than two decades ago have arrived home in Tokyo"),
            C("other", 50, "about 50 relatives were waiting on the tarmac", qualifier="about", note="relatives"),
            C("other", 7, "seven in all, born and raised in North Korea",
              note="abductees' children not allowed to travel; arguably held (judgement call)"),
            C("other", 2, "the couple's two daughters", note="stayed in Pyongyang"),
            C("other", 13, "agents had kidnapped 13 Japanese", note="total abducted (admission)"),
            C("other", 8, "eight of them had died", note="reported dead"),
            C("other", 2, "at least two other people whom relatives believe were taken", qualifier="at_least",
              note="suspected abductees; fate unknown"),
        ],
        released_names=["Kaoru Hasuike", "Yukiko Hasuike", "Yasushi Chimura", "Fukie Chimura", "Hitomi Soga"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kimimasa Mayama", "Miyoshi Soga", "Charles Jenkins", "Kim Jong-il", "Junichiro Koizumi",
                      "Megumi Yokota", "Toru Hasuike", "Sakie Yokota", "Yasuo Fukuda", "Charles Scanlon"],
        distractors=["Charles Jenkins stayed behind (deserter; not described as held)",
                     "Megumi Yokota reported dead by Pyongyang; parents believe alive",
                     "Miyoshi Soga: no record of entry", "Toru Hasuike is the brother (relative)"],
    ),
    dict(
        file="005_warmbier_release.txt", published="2017-06-13", outlet="US regional newspaper (newsletter prompt, most-read list)",
        event="North Korea releases Otto Warmbier in a coma, 2017-06-13",
        counts=[
            C("remaining_held", 3, "Three other Americans remain in North Korean custody"),
            C("other", 16, "North Korea has detained at least 16 Americans", qualifier="at_least",
              note="cumulative detentions since 2009"),
        ],
        released_names=["Otto Warmbier"],
        alias_groups={},
        not_released_names=["Kim Dong-chul", "Kim Sang-duk", "Kim Hak-song", "Hyeon Soo Lim"],
        other_event_released_names=["Kenneth Bae", "Matthew Todd Miller"],
        other_people=["Laura Benning", "Joseph Yun", "Rex Tillerson", "Fred Warmbier", "Cindy Warmbier",
                      "Dennis Rodman", "Chris Volo", "James Clapper", "Bill Haggerty", "Rob Portman", "Daniel Okafor"],
        distractors=["Kim Sang-duk is also known as Tony Kim", "15 years of hard labor / 10 years (sentences)",
                     "Reds fall 7-4 (page noise)", "Comments (214)"],
    ),
    dict(
        file="006_yemen_exchange_2023.txt", published="2023-04-16", outlet="Reuters wire (EPA caption)",
        event="Saudi/government-Houthi prisoner exchange, ~900 detainees, 2023-04-14..16",
        counts=[
            C("released", 900, "completed the release of nearly 900 detainees", qualifier="about"),
            C("released", 887, "In all, 887 detainees were released"),
            C("released", 1000, "a 2020 swap in which more than 1,000 prisoners were freed", qualifier="more_than",
              note="earlier event (2020 swap)"),
            C("exchanged", 181, "The Iran-aligned Houthi movement released 181 detainees"),
            C("other", 15, "among them 15 Saudis", note="subset of the 181"),
            C("other", 3, "three Sudanese", note="subset of the 181"),
            C("exchanged", 706, "freed 706 Houthi fighters and supporters"),
            C("other", 4, "Four journalists who had been sentenced to death by a Houthi court in 2020 were also released",
              note="subset of the 181"),
        ],
        released_names=["Mahmoud al-Subaihi", "Nasser Mansour Hadi"],
        alias_groups={},
        not_released_names=["Mohammed Qahtan"],
        other_event_released_names=[],
        other_people=["Mohammed Ghobari", "Aziz El Yaakoubi", "Abd-Rabbu Mansour Hadi", "Abdulqader al-Murtada",
                      "Hadi Haig", "Fabrizio Carboni", "Hans Grundberg", "Ghaida Ghantous", "Frances Kerry", "Yahya Arhab"],
        distractors=["'thousands of people remain in detention' is vague", "three-day exchange", "eight years of war",
                     "Abd-Rabbu Mansour Hadi is the ex-president (brother of a releasee)"],
    ),
    dict(
        file="007_mali_petronin_cisse_fr.txt", published="2020-10-09", outlet="French daily (with AFP), machine-translated",
        event="Mali: Pétronin, Cissé and two Italians freed; >200 jihadist prisoners released in exchange, 2020-10-08",
        counts=[
            C("released", 4, "The four were handed over to Malian authorities"),
            C("other", 2, "Soumaïla Cissé and two Italians", note="subset of the four"),
            C("exchanged", 200, "the Malian authorities freed more than 200 prisoners", qualifier="more_than",
              note="other side of the same exchange (days earlier); counted as this event"),
            C("remaining_held", 6, "at least six foreigners remain in the hands of jihadist groups", qualifier="at_least"),
        ],
        released_names=["Sophie Pétronin", "Soumaïla Cissé", "Pier Luigi Maccalli", "Nicola Chiacchio"],
        alias_groups={},
        not_released_names=["Gloria Cecilia Narváez", "Jeffery Woodke", "Ken Elliott", "Béatrice Stöckli"],
        other_event_released_names=["Jocelyn Elliott", "Serge Lazarevic"],
        other_people=["Emmanuel Macron", "Sébastien Chadaud-Pétronin", "Ibrahim Boubacar Keïta", "Bah Ndaw"],
        distractors=["Sébastien Chadaud-Pétronin is the son", "Jocelyn Elliott freed in 2016",
                     "three-time presidential candidate", "nearly four years (duration)"],
    ),
    dict(
        file="008_turkey_yucel_de.txt", published="2018-02-16", outlet="German outlet (dpa/AFP/epd), translated",
        event="Turkey releases Deniz Yücel from pretrial detention, 2018-02-16",
        counts=[
            C("remaining_held", 5, "five German citizens remain in Turkish custody"),
            C("remaining_held", 150, "more than 150 journalists are currently behind bars in Turkey", qualifier="more_than"),
            C("other", 6, "sentenced six other defendants", note="sentenced to life the same day (judgement call: still held)"),
            C("other", 3, "The three have been in custody since 2016", note="the three named journalists; still held"),
            C("released", 7, "released in October together with seven other activists", note="earlier event (October 2017)"),
        ],
        released_names=["Deniz Yücel"],
        alias_groups={},
        not_released_names=["Ahmet Altan", "Mehmet Altan", "Nazlı Ilıcak"],
        other_event_released_names=["Peter Steudtner"],
        other_people=["Dilek Mayatürk-Yücel", "Recep Tayyip Erdoğan", "Sigmar Gabriel", "Angela Merkel",
                      "Binali Yıldırım", "Sevim Dağdelen", "Veysel Ok"],
        distractors=["367 days; up to 18 years (sentence sought)", "Dilek Mayatürk-Yücel is the wife",
                     "'Deniz Yücel is free, but Turkey is not' (quote)"],
    ),
    dict(
        file="009_two_michaels_meng.txt", published="2021-09-25", outlet="Canadian broadcaster (CP), Read more links",
        event="China frees Kovrig and Spavor; Meng Wanzhou returns to China, 2021-09-24/25",
        counts=[
            C("released", 2, "Two Canadians detained in China for more than 1,000 days landed in Calgary"),
            C("transferred_to", 2, "Two Canadians detained in China for more than 1,000 days landed in Calgary", where="Canada",
              note="inferred: flown home; optional (consistent with 003)"),
            C("remaining_held", 115, "there are about 115 Canadians currently detained in China", qualifier="about"),
        ],
        released_names=["Michael Kovrig", "Michael Spavor", "Meng Wanzhou"],
        alias_groups={},
        not_released_names=["Robert Schellenberg", "Huseyin Celil"],
        other_event_released_names=[],
        other_people=["Vina Nadjibulla", "Frank Gunn", "Ariana Botha", "Justin Trudeau", "Ren Zhengfei",
                      "Hua Chunying", "Marc Garneau", "Dominic Barton", "Kamila Telendibaeva", "Erin O'Toole"],
        distractors=["Meng was under bail conditions; counted as released as the other side of the swap (judgement call)",
                     "1,000 days / 11 years / 15 years"],
    ),
    dict(
        file="010_bahrain_pardon_press_release.txt", published="2024-04-09", outlet="rights-group press release",
        event="Bahrain royal pardon of 1,584 prisoners, 2024-04-08",
        counts=[
            C("released", 1584, "pardoned 1,584 prisoners"),
            C("other", 630, "at least 630 of those freed had been imprisoned on politically motivated charges",
              qualifier="at_least", note="subset of the 1,584 (political prisoners)"),
            C("remaining_held", 550, "around 550 political prisoners remain in Bahraini prisons following the pardon",
              qualifier="about"),
            C("other", 40, "at least 40 people who were children at the time of their arrest", qualifier="at_least",
              note="subset of those still held"),
            C("other", 800, "a mass hunger strike by some 800 prisoners", qualifier="about", note="hunger strikers"),
            C("released", 4000, "more than 4,000 prisoners have been released under non-custodial sentences",
              qualifier="more_than", note="cumulative since 2018"),
        ],
        released_names=["Sayed Ahmed al-Mousawi"],
        alias_groups={},
        not_released_names=["Hassan Mushaima", "Abdulhadi Al-Khawaja", "Abduljalil al-Singace",
                            "Mohamed Ramadhan", "Husain Moosa"],
        other_event_released_names=["Hajer Mansoor"],
        other_people=["Hamad bin Isa Al Khalifa", "Maryam Haddad"],
        distractors=["'hundreds of families' vague", "up to 23 hours a day", "ten-year sentence; three-year sentence"],
    ),
    dict(
        file="011_iran_sweden_nouri_swap.txt", published="2024-06-15", outlet="AFP wire",
        event="Iran frees Floderus and Azizi; Sweden frees Hamid Nouri, 2024-06-15",
        counts=[
            C("remaining_held", 20, "Some 20 European nationals, most of them dual citizens, are believed to still be held in Iran",
              qualifier="about"),
            C("other", 5000, "at least 5,000 prisoners were executed", qualifier="at_least", note="1988 executions"),
        ],
        released_names=["Johan Floderus", "Saeed Azizi", "Hamid Nouri"],
        alias_groups={},
        not_released_names=["Ahmadreza Djalali"],
        other_event_released_names=["Olivier Vandecasteele", "Assadollah Assadi"],
        other_people=["Johan Ahlander", "Ulf Kristersson", "Ali Bagheri Kani", "Kaveh Moussavi", "Vida Mehrannia",
                      "Tobias Billström", "Josep Borrell", "Christine Olsson"],
        distractors=["more than 790 days; five years; jailed for 20 years", "Vida Mehrannia is Djalali's wife"],
    ),
    dict(
        file="012_karelina_liveblog.txt", published="2025-04-10", outlet="UK newspaper live blog",
        event="Russia frees Ksenia Karelina for Arthur Petrov in Abu Dhabi, 2025-04-10",
        counts=[
            C("remaining_held", 10, "At least 10 Americans remain in Russian custody", qualifier="at_least"),
            C("other", 3, "three people were killed and 21 injured", note="unrelated live-blog entry"),
        ],
        released_names=["Ksenia Karelina", "Arthur Petrov"],
        alias_groups={},
        not_released_names=["Stephen Hubbard", "Robert Gilman"],
        other_event_released_names=["Marc Fogel", "Alexander Vinnik", "Paul Whelan"],
        other_people=["Helen Marsh", "Tom Ellery", "Chris van Heerden", "Dmitry Peskov", "John Ratcliffe",
                      "Mikhail Mushailov", "Donald Trump", "Steve Witkoff", "Kirill Dmitriev", "Elizabeth Whelan"],
        distractors=["12 years; $51.80; up to 20 years; 14 years; six years and 10 months",
                     "Elizabeth Whelan is Paul Whelan's sister"],
    ),
    dict(
        file="013_taliban_glezmann.txt", published="2025-03-20", outlet="UK broadcaster web page",
        event="Taliban release George Glezmann, 2025-03-20",
        counts=[
            C("remaining_held", 1, "US officials say at least one other American, Mahmood Habibi", qualifier="at_least"),
            C("other", 15, "two Afghans are among the 15 detainees still held",
              note="Guantanamo detainees held by the US; different context (judgement call)"),
            C("released", 2, "Taliban swap two Americans for Afghan prisoner", note="earlier event (January 2025; related-link headline)"),
        ],
        released_names=["George Glezmann"],
        alias_groups={},
        not_released_names=["Mahmood Habibi"],
        other_event_released_names=["Ryan Corbett", "William McKenty", "Khan Mohammed"],
        other_people=["Adam Boehler", "Zalmay Khalilzad", "Amir Khan Muttaqi", "Marco Rubio", "Paul Overby",
                      "Mohammed Al-Khulaifi", "Alexandra Glezmann"],
        distractors=["'the third American to be freed' is an ordinal", "Paul Overby disappeared in 2014 (not stated as held)",
                     "20 years of war"],
    ),
    dict(
        file="014_abu_sayyaf_sekkingstad.txt", published="2016-09-18", outlet="Philippine newspaper (ads, trending list)",
        event="Abu Sayyaf frees Kjartan Sekkingstad and three Indonesians, 2016-09-17",
        counts=[
            C("released", 3, "The Abu Sayyaf also released three Indonesian crewmen of a tugboat"),
            C("released", 4, "bringing to four the number of captives set free on Saturday"),
            C("remaining_held", 10, "the Abu Sayyaf is still holding at least 10 hostages", qualifier="at_least"),
            C("released", 25, "the group has released at least 25 hostages", qualifier="at_least",
              note="cumulative since the start of the year"),
            C("other", 2, "along with two Canadians and a Filipina", note="co-abductees"),
            C("other", 400, "around 400 armed followers", qualifier="about"),
            C("other", 10000, "some 10,000 soldiers", qualifier="about"),
        ],
        released_names=["Kjartan Sekkingstad"],
        alias_groups={},
        not_released_names=["Ewold Horn"],
        other_event_released_names=["Marites Flor"],
        other_people=["Allan Nawal", "Julie Alipala", "Nur Misuari", "Jesus Dureza", "Rodrigo Duterte",
                      "John Ridsdel", "Robert Hall", "Filemon Tan"],
        distractors=["Ridsdel and Hall were beheaded", "P30 million / P300 million ransom", "Lotto 6/42; 102-99 (page noise)"],
    ),
    dict(
        file="015_ethiopia_eskinder_release.txt", published="2018-02-14", outlet="African news aggregator (unrelated headlines)",
        event="Ethiopia frees 746 prisoners incl. Eskinder Nega and Andualem Arage, 2018-02-14",
        counts=[
            C("released", 746, "746 prisoners had been freed on Wednesday"),
            C("other", 417, "417 had been convicted and were pardoned", note="subset of the 746"),
            C("other", 329, "charges against the remaining 329 were dropped", note="subset of the 746; NOT remaining held"),
            C("released", 500, "released OFC chairman Merera Gudina and more than 500 other prisoners", qualifier="more_than",
              note="earlier event (January 2018)"),
            C("released", 6000, "More than 6,000 prisoners have been released since", qualifier="more_than",
              note="cumulative since January"),
            C("other", 12, "Kenya: 12 killed in clashes", note="page noise"),
            C("other", 110, "leaves 110 girls missing", note="page noise"),
            C("other", 45, "bombing that killed 45", note="page noise"),
        ],
        released_names=["Eskinder Nega", "Andualem Arage"],
        alias_groups={},
        not_released_names=["Andargachew Tsege"],
        other_event_released_names=["Bekele Gerba", "Merera Gudina"],
        other_people=["Getachew Ambaye", "Serkalem Fasil", "Hailemariam Desalegn", "Angela Quintal"],
        distractors=["Bekele Gerba freed the day before (separate release)", "jailed at least seven times",
                     "'thousands remain in detention' vague", "18 years; life sentence"],
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
