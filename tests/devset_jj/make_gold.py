#!/usr/bin/env python3
"""Gold for devset_jj (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, that every name, alias and `where` occurs in it
(case-insensitive, for all-caps bylines), that no name is in two lists, and that kinds,
qualifiers, values and `where` are valid."""
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
        file="001_eta_revilla_freed_es.txt", published="1988-10-31", outlet="Spanish national daily, machine-translated (Most Read / Related)",
        event="ETA frees industrialist Emiliano Revilla in Madrid after 249 days, 1988-10-30",
        counts=[
            C("other", 1200, "a group of meat-processing companies that employs about 1.200 workers", "about",
              note="employees; not captives"),
            C("other", 3, "arrested on Monday three people in Irún and San Sebastián",
              note="arrested (handed into custody), not a release"),
            C("other", 50, "Since 1970 the organisation has kidnapped more than 50 people", "more_than",
              note="cumulative kidnappings since 1970, not releases"),
            C("other", 10, "at least ten of them were murdered", "at_least", note="murdered hostages"),
            C("released", 14, "Morocco frees 14 Spanish fishermen", note="earlier event; page noise (unrelated Most Read headline)"),
            C("other", 11, "Eleven dead in a bus accident", note="page noise"),
        ],
        released_names=["Emiliano Revilla"],
        alias_groups={"Emiliano Revilla": ["Emiliano Revilla Sanz"]},
        not_released_names=[],
        other_event_released_names=["Luis Suñer"],
        other_people=["José Luis Corcuera", "Javier Revilla", "Andrés Colmenar", "Ángel Sanz Cabrerizo",
                      "Javier Ortiz de Lejarza"],
        distractors=["single releasee: no release count", "249 days / 89 days / eight months / 100 days (durations)",
                     "60 years old; 41-year-old suspect 'J.M.E.' (initials only, arrested)",
                     "1.000 million pesetas ransom (money, translated number format)", "14 kilos", "21.40 (clock time)",
                     "Javier Revilla is the son (same surname, not a releasee)", "Real Madrid 3-1; 0,4 percent (page noise)"],
    ),
    dict(
        file="002_bosnia_french_pilots_freed.txt", published="1995-12-12", outlet="Reuter wire (photo caption, credits)",
        event="Bosnian Serbs free French airmen Chiffot and Souvignet at Zvornik, 1995-12-12",
        counts=[
            C("released", 2, "Bosnian Serbs on Tuesday freed two French airmen"),
            C("released", 370, "released the last of some 370 U.N. peacekeepers", "about",
              note="earlier event (UN hostage crisis, May-June 1995)"),
            C("other", 100, "more than 100 of them French", "more_than", note="earlier event; subset of the 370"),
            C("remaining_held", 900, "still holding about 900 registered prisoners", "about",
              note="ICRC figure for all three sides; their release is planned under the Dayton accord"),
        ],
        released_names=["Frederic Chiffot", "Jose Souvignet"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jean-Philippe Douin", "Jacques Chirac", "Radovan Karadzic", "Slobodan Milosevic", "Momcilo Perisic",
                      "Charles Millon", "Herve de Charette", "Ratko Mladic", "Pierre-Antoine Moreau", "Philippe Laurent",
                      "Amra Kovacevic", "Anne Delvaux"],
        distractors=["104 days; August 30; within 30 days (planned, Dayton)", "Chiffot's wife Corinne (first name only)",
                     "'free Serb prisoners in return' is a denied report, no release",
                     "'thousands of people reported missing' is vague and not held",
                     "flown to Villacoublay: flight home of two named men, no transfer count"],
    ),
    dict(
        file="003_farc_las_delicias_soldiers.txt", published="1997-06-15", outlet="AP wire (all-caps byline)",
        event="FARC free 70 soldiers and marines (Las Delicias, Jurado) at Cartagena del Chaira, 1997-06-15",
        counts=[
            C("released", 70, "Leftist guerrillas on Sunday freed 70 soldiers and marines"),
            C("other", 60, "Sixty of the men were captured on Aug. 30", note="subset of the 70 (Las Delicias)"),
            C("other", 10, "The other 10, all marines, were seized in January", note="subset of the 70 (Jurado)"),
            C("other", 400, "some 400 rebels", "about", note="attackers"),
            C("other", 27, "Twenty-seven soldiers were killed", note="casualties of the 1996 attack"),
            C("remaining_held", 40, "still hold at least 40 soldiers and police officers", "at_least",
              note="army estimate for FARC and ELN"),
            C("other", 130, "About 130 journalists", "about"),
            C("other", 300, "more than 300 relatives", "more_than"),
            C("other", 1000, "More than 1,000 people were kidnapped in Colombia last year", "more_than",
              note="kidnappings last year, not releases"),
        ],
        released_names=["Jhon Fredy Castaneda"],
        alias_groups={},
        not_released_names=["Jorge Eliecer Trujillo", "Wilson Garzon Rojas"],
        other_event_released_names=[],
        other_people=["Marco Antonio Reyes", "Maria Ofelia Castaneda", "Ernesto Samper", "Harold Bedoya",
                      "Fabian Ramirez", "Luis Augusto Castro"],
        distractors=["5,000-square-mile area; 30 days; more than nine months; age 20; three days by bus",
                     "'negotiate an exchange of prisoners' is a demand, no release",
                     "flown to Florencia: no number, no transfer count",
                     "Maria Ofelia Castaneda is the releasee's mother (same surname)"],
    ),
    dict(
        file="004_taipei_attache_hostages.txt", published="1997-11-20", outlet="Taiwanese English-language daily (Also on site list)",
        event="Chen Chin-hsing frees the South African attache's family and surrenders, Taipei, 1997-11-19",
        counts=[
            C("released", 5, "released the last three of the five people he had held hostage",
              note="total hostages freed (two wounded let go earlier, three at the surrender)"),
            C("released", 3, "released the last three of the five people",
              note="inferred (final batch of the same event); optional"),
            C("other", 500, "More than 500 police officers and special forces", "more_than"),
            C("other", 4, "at least four other killings", "at_least", note="murders"),
            C("released", 40, "Taipei to free 40 illegal aliens held at Hsinchu center",
              note="earlier event; page noise; planned"),
            C("other", 2, "2 fishermen missing off Keelung", note="page noise"),
        ],
        released_names=["McGill Alexander", "Melanie Alexander", "Anne Alexander"],
        alias_groups={"Chen Chin-hsing": ["Chen Jin-xing"], "Hsieh Chang-ting": ["Frank Hsieh"]},
        not_released_names=["Chang Su-chen"],
        other_event_released_names=[],
        other_people=["Chen Chin-hsing", "Lin Mei-hua", "Hsieh Chang-ting", "Pai Hsiao-yen", "Pai Ping-ping",
                      "Lin Chun-sheng", "Kao Tien-min", "Jason Hu", "Yao Kao-chiao"],
        distractors=["the 12-year-old son and the adopted baby girl are unnamed releasees",
                     "Chen surrendered (taken into custody), not released",
                     "Chang Su-chen is the hostage-taker's wife, detained: still held",
                     "8:45 p.m.; nearly 24 hours; ages 37, 21, 12, 17; January 1",
                     "'more than a dozen telephone interviews' (not people)", "TAIEX gains 112 points (page noise)"],
    ),
    dict(
        file="005_venezuela_wilson_ramos_rescued.txt", published="2011-11-11", outlet="Reuters wire brief",
        event="Venezuelan commandos rescue Nationals catcher Wilson Ramos, 2011-11-11",
        counts=[
            C("other", 8, "Eight people have been arrested", note="arrested suspects"),
            C("other", 3, "including three Colombians", note="subset of the arrested"),
            C("other", 4, "four other suspects fled", note="escaped suspects"),
            C("other", 4, "by four armed men", note="kidnappers"),
            C("other", 1000, "more than 1,000 kidnappings were reported last year", "more_than",
              note="kidnappings last year"),
        ],
        released_names=["Wilson Ramos"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Tareck El Aissami", "Mariela Duque", "Tom Ashford", "Carla Benton"],
        distractors=["single rescued person: no release count", ".267 with 15 home runs; 24-year-old; two days",
                     "'first major league player' (ordinal)"],
    ),
    dict(
        file="006_peru_cuninico_boat_passengers_es.txt", published="2022-11-05", outlet="Peruvian news site, machine-translated (newsletter, Most Read, comments)",
        event="Cuninico community releases ~70 boat passengers held on the Maranon River, 2022-11-04",
        counts=[
            C("released", 70, "released on Friday night the some 70 passengers", "about"),
            C("released", 12, "the community members had allowed 12 people to disembark",
              note="inferred (first batch of the same event); optional"),
            C("other", 2, "two pregnant women", note="subset of the 12"),
            C("other", 15, "at least 15 foreign tourists", "at_least", note="subset of the passengers"),
            C("other", 400, "more than 400 families", "more_than", note="affected families"),
            C("released", 2300, "INPE: 2.300 inmates would leave prisons", note="earlier event; page noise; planned"),
            C("other", 25, "25 detained in operation against extortionists", note="page noise; arrests"),
        ],
        released_names=["Jorge Barroso Lluch"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Watson Trujillo Acosta", "Aníbal Torres"],
        distractors=["more than 30 hours; 10 November (planned commission)", "2.500 barrels; 1.462 km; more than 190 spills; since 1997",
                     "age 34", "Comments (18); S/ 3,97; 2-1 (page noise)", "'We are not kidnapping anyone' (quote)"],
    ),
    dict(
        file="007_ecuador_prison_guards_freed.txt", published="2024-01-14", outlet="international broadcaster web page (cookie banner, video player, related list)",
        event="Ecuadorian inmates release all 178 guards and staff held hostage in seven prisons, 2024-01-13/14",
        counts=[
            C("released", 178, "inmates had released all 178 guards"),
            C("other", 158, "158 were prison guards", note="subset of the 178"),
            C("other", 20, "20 were administrative workers", note="subset of the 178"),
            C("released", 41, "security forces had freed 41 hostages",
              note="inferred (earlier batch of the same event); optional"),
            C("other", 22, "\"neutralize\" 22 gangs", note="gangs, not people"),
            C("other", 1500, "more than 1,500 people had been arrested", "more_than", note="arrests"),
            C("other", 19, "at least 19 people had been killed", "at_least"),
            C("other", 2, "among them two prison guards", note="killed; subset of the 19"),
            C("other", 3000, "Some 3,000 soldiers and police", "about"),
            C("other", 31000, "Ecuador's prisons hold about 31,000 inmates", "about",
              note="total prison population, not hostages or political prisoners"),
            C("other", 400, "More than 400 inmates have been killed", "more_than", note="cumulative since 2021"),
            C("other", 13, "13 arrested after gunmen storm TV studio", note="page noise"),
        ],
        released_names=["Marcelo Ayala"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Daniel Noboa", "Gabriela Ayala", "José Adolfo Macías", "Fabricio Colón Pico", "Jaime Vela"],
        distractors=["212 partners (cookie banner)", "Fito's escape is not a release; Colón Pico was recaptured (into custody)",
                     "Gabriela Ayala is the freed guard's wife", "02:31 video; six days; January 7"],
    ),
    dict(
        file="008_guatemala_fuentes_mohr_1970_feature.txt", published="2020-02-27", outlet="50-years-on feature, regional outlet (share bar, comments, More from list)",
        event="FAR free Guatemalan foreign minister Alberto Fuentes Mohr for jailed militant Vicente Ramirez, 1970-02-28",
        counts=[
            C("exchanged", 1, "the swap of one minister for one prisoner",
              note="inferred (one-for-one exchange in words); optional"),
            C("exchanged", 2, "obtained the release of two more prisoners in exchange for him",
              note="earlier event (separate kidnapping of a US diplomat a week later)"),
            C("other", 22, "they demanded the release of 22 prisoners", note="demand refused; no release"),
            C("exchanged", 15, "Brazil had freed 15 political prisoners", note="earlier event (1969, Elbrick)"),
            C("transferred_to", 15, "Brazil had freed 15 political prisoners and flown them to Mexico", where="Mexico",
              note="earlier event (1969)"),
            C("exchanged", 130, "Brazil alone exchanged 130 prisoners for four kidnapped diplomats",
              note="earlier event; cumulative 1969-1971"),
            C("other", 7000, "at least 7,000 people were killed or disappeared", "at_least"),
            C("other", 200000, "some 200,000 dead and disappeared", "about"),
            C("released", 4, "4 police officers freed after being held by villagers", note="earlier event; page noise"),
            C("other", 3, "Three dead as rains hit Alta Verapaz", note="page noise"),
        ],
        released_names=["Alberto Fuentes Mohr", "Vicente Ramírez"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Charles Burke Elbrick", "Rodolfo Tzul"],
        other_people=["Elena Cifuentes Arriola", "Julio César Méndez Montenegro", "Lucía Barrios Ocampo",
                      "Karl von Spreti", "Carlos Arana Osorio"],
        distractors=["Ramirez taken to the Mexican embassy and flown to Mexico City: single person, no transfer count",
                     "Karl von Spreti was killed (demand refused)", "Rodolfo Tzul: release implied after four years in prison (1970s)",
                     "ages 42, 24, 19; 24 hours; 700,000 dollars; 9 min read; 37 comments; 1979, 1996",
                     "'three young men' (kidnappers)", "the unnamed US diplomat (later kidnapping)"],
    ),
    dict(
        file="009_honduras_sahsa_hijack_1981.txt", published="1981-03-28", outlet="UPI wire",
        event="SAHSA hijack ends in Panama: 87 freed after Honduras flies 10 prisoners out; hijackers and prisoners to Havana, 1981",
        counts=[
            C("released", 87, "freed all 87 people aboard"),
            C("exchanged", 10, "the Honduran government flew 10 political prisoners to Panama"),
            C("transferred_to", 10, "the Honduran government flew 10 political prisoners to Panama", where="Panama"),
            C("transferred_to", 10, "boarded a Cuban airliner for Havana with the 10 freed prisoners", where="Havana"),
            C("other", 4, "The four hijackers", note="hijackers"),
            C("other", 81, "with 81 passengers and six crew members", note="passengers aboard (part of the 87)"),
            C("other", 6, "six crew members", note="crew aboard (part of the 87)"),
            C("released", 30, "the hijackers freed 30 passengers", note="inferred (first batch, Managua); optional"),
            C("released", 51, "The remaining 51 passengers and the crew were released",
              note="inferred (final batch, Panama); 'remaining' here were freed, not held; optional"),
            C("other", 3, "Three Americans were among the passengers", note="subset of the passengers"),
            C("other", 15, "demanded the release of 15 prisoners", note="original demand"),
            C("other", 5, "five of the 15 were not in government custody", note="not held"),
        ],
        released_names=["Facundo Guardado", "Dorothy Kimball"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ricardo Lozano", "Omar Torrijos", "Policarpo Paz Garcia"],
        distractors=["age 62; 5 p.m.; 'first hijacking' (ordinal)", "the other nine freed prisoners are unnamed"],
    ),
    dict(
        file="010_tajik_government_uto_exchange.txt", published="1997-08-12", outlet="Reuter wire brief",
        event="Tajik government and UTO exchange prisoners of war near Garm, 1997-08-12",
        counts=[
            C("exchanged", 52, "The government freed 52 opposition fighters"),
            C("exchanged", 41, "the opposition released 41 government soldiers and policemen"),
            C("remaining_held", 200, "about 200 people were still being held by the two sides", "about",
              note="ICRC estimate"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gerd Merrem", "Imomali Rakhmonov", "Said Abdullo Nuri"],
        distractors=["180 km (110 miles)", "five-year civil war; 'tens of thousands' killed (vague)",
                     "another exchange next month (planned, no figure)", "'first such swap' (ordinal)"],
    ),
    dict(
        file="011_ukraine_russia_first_exchange_2022.txt", published="2022-03-24", outlet="Ukrainian news site brief (Telegram prompt)",
        event="First Ukraine-Russia POW exchange of the invasion: 10 for 10, plus 19 civilian sailors for 11, 2022-03-24",
        counts=[
            C("exchanged", 10, "Ten of our servicemen, including an officer, are coming home"),
            C("exchanged", 10, "we handed over 10 Russian occupiers", note="other side of the swap"),
            C("exchanged", 19, "Ukraine had also received 19 civilian sailors"),
            C("exchanged", 11, "in exchange for 11 Russian civilian sailors", note="other side (civilian sailors)"),
            C("exchanged", 9, "was freed in exchange for nine Russian conscripts", note="earlier event (Melitopol mayor, last week)"),
            C("remaining_held", 560, "holding more than 560 Russian servicemen as prisoners of war", "more_than",
              note="held by Ukraine (the other side)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ivan Fedorov"],
        other_people=["Iryna Vereshchuk", "Volodymyr Zelensky"],
        distractors=["'first' exchange (ordinal)", "19:05 (time)", "an unnamed officer among the ten",
                     "'all for all' is a goal, no figure"],
    ),
    dict(
        file="012_ukraine_azovstal_swap_liveblog.txt", published="2022-06-29", outlet="UK newspaper live blog (reverse order, unrelated entries)",
        event="Ukraine-Russia exchange of 144 for 144, incl. 95 Azovstal defenders, 2022-06-29",
        counts=[
            C("exchanged", 144, "144 Ukrainian servicemen have been freed from Russian captivity"),
            C("exchanged", 144, "144 fighters have been returned to the Donetsk side", note="other side of the swap (DPR statement)"),
            C("other", 95, "Ninety-five of them defended the Azovstal steelworks", note="subset of the 144"),
            C("other", 43, "43 belong to the Azov regiment", note="subset of the 144"),
            C("other", 20, "shopping centre strike rises to 20", note="unrelated entry; dead"),
            C("other", 20, "about 20 people still missing", "about", note="unrelated entry; missing, not held"),
            C("other", 59, "Fifty-nine people were wounded", note="unrelated entry"),
            C("other", 2400, "more than 2,400 fighters who left Azovstal in May", "more_than",
              note="surrendered in May; 'the vast majority' still held, no figure"),
            C("remaining_held", 6000, "it holds more than 6,000 Ukrainian prisoners of war", "more_than",
              note="claim by Russia's defence ministry"),
            C("other", 160, "swapped the bodies of 160 fallen soldiers each", note="earlier event; bodies"),
            C("remaining_held", 2, "two British men sentenced to death",
              note="inferred (the two named Britons, still held in Donetsk); optional"),
            C("other", 73, "extradite 73", note="extradition demand; unrelated entry"),
            C("other", 300000, "increase the number of troops on high readiness to more than 300,000", "more_than",
              note="troops; unrelated entry"),
            C("released", 900, "about 900 Ukrainians had been returned in exchanges since the end of February", "about",
              note="cumulative since February; unverified claim"),
        ],
        released_names=["Mykhailo Dianov"],
        alias_groups={},
        not_released_names=["Denys Prokopenko", "Svyatoslav Palamar", "Aiden Aslin", "Shaun Pinner", "Brahim Saadoun",
                            "Viktor Medvedchuk"],
        other_event_released_names=[],
        other_people=["Alyona Lavrushko", "Kyrylo Budanov", "Daria Morozova", "Recep Tayyip Erdoğan", "Vladimir Putin",
                      "Volodymyr Zelenskiy", "Dmytro Lunin", "Jens Stoltenberg", "Vadym Skibitskyi"],
        distractors=["1,214 comments; 22.05 BST etc. (times)", "sentenced on 9 June; 'second foreign trip' (ordinal)",
                     "Medvedchuk is held by Ukraine (offered for exchange, not freed)",
                     "Alyona Lavrushko is the releasee's sister"],
    ),
    dict(
        file="013_russia_ukraine_easter_exchange_ru.txt", published="2025-04-19", outlet="Russian news site, translated (view counter, Read also)",
        event="Russia-Ukraine Easter exchange: 246 for 246 plus 31 wounded for 15, via UAE, 2025-04-19",
        counts=[
            C("exchanged", 246, "246 Russian servicemen were returned from the territory controlled by the Kyiv regime"),
            C("exchanged", 246, "246 Ukrainian prisoners of war were handed over"),
            C("exchanged", 31, "31 wounded Ukrainian prisoners of war were handed over"),
            C("exchanged", 15, "in exchange for 15 wounded Russian servicemen"),
            C("transferred_to", 246, "the 246 returned Russian servicemen are at present on the territory of the Republic of Belarus",
              where="Belarus"),
            C("released", 277, "277 Ukrainian defenders had returned home", note="total Ukrainians freed (246 + 31)"),
            C("exchanged", 175, "the sides returned 175 prisoners each", note="earlier event (19 March)"),
            C("released", 22, "Russia also handed over 22 seriously wounded Ukrainians", note="earlier event (19 March)"),
            C("remaining_held", 8000, "more than 8 000 Ukrainians, military and civilians, remain in Russian captivity", "more_than",
              note="Ukrainian estimate"),
            C("other", 3, "drone attack injured 3 people", note="page noise"),
        ],
        released_names=["Dmitry Krylov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Vladimir Putin", "Volodymyr Zelensky", "Tatyana Moskalkova", "Dmytro Lubinets", "Irina Krylova",
                      "Valery Gerasimov"],
        distractors=["12 406 views (translated number format)", "ages 22, 60, 24; eight months; 30 days; 18:00; 21 April",
                     "key rate 21%; 2:1 (page noise)", "Irina Krylova is the releasee's mother"],
    ),
    dict(
        file="014_mexico_1978_amnesty_analysis.txt", published="2018-09-28", outlet="Mexican daily, 40-years-on analysis piece (comments, Most Read)",
        event="Mexico's 1978 Amnesty Law: about 400 political prisoners freed, 1978-09/10",
        counts=[
            C("other", 1500, "the law was applied, according to figures the Interior Ministry gave to Congress in 1979, to about 1,500 people",
              "about", note="beneficiaries incl. closed arrest warrants; the article says this is NOT the number released"),
            C("released", 400, "actually walked out of prison under the law was much smaller: about 400", "about"),
            C("other", 57, "Fifty-seven exiles were allowed to return", note="returning exiles, not prisoners"),
            C("remaining_held", 100, "at least 100 political prisoners were still behind bars", "at_least",
              note="committee estimate at the end of 1978"),
            C("other", 481, "a list of 481 disappeared people", note="disappeared; not stated as held"),
            C("other", 11, "Eleven police officers arrested", note="page noise"),
        ],
        released_names=["Felipe Peñaloza Rico", "Elena Olvera Gutiérrez"],
        alias_groups={},
        not_released_names=["Héctor Mendiola Torres"],
        other_event_released_names=["José Revueltas", "Heberto Castillo"],
        other_people=["Tomás Ledesma Varela", "José López Portillo", "Jesús Reyes Heroles", "Lucio Cabañas",
                      "Rosario Ibarra de Piedra", "Jesús Piedra Ibarra", "Luis Echeverría", "Marcela Quiroz Anaya",
                      "Andrés Manuel López Obrador"],
        distractors=["Jesus Piedra Ibarra disappeared in 1975 (committee believed the disappeared were in clandestine jails; not stated as held)",
                     "'several thousand' under the promised new amnesty (planned, vague)",
                     "'dozens of detained indigenous men' released in 1994 (earlier event, vague)",
                     "12 years; age 68; 1973/1974/1975; 'a handful'", "Comments (54); 18.72; 2-0 (page noise)"],
    ),
    dict(
        file="015_ussr_rust_pardoned_1988.txt", published="1988-08-03", outlet="Reuter wire brief",
        event="USSR pardons and frees Mathias Rust, 1988-08-03",
        counts=[],
        released_names=["Mathias Rust"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gennady Gerasimov", "Monika Rust", "Sergei Sokolov", "Hans-Dietrich Genscher",
                      "Eduard Shevardnadze"],
        distractors=["single releasee: no counts", "20-year-old; 14 months of a four-year sentence; Cessna 172; May 28, 1987",
                     "father Karl-Heinz (first name only) and mother Monika Rust share the releasee's surname",
                     "Sokolov was dismissed, not detained"],
    ),
    dict(
        file="016_cuba_pardon_3522_statement.txt", published="2015-09-11", outlet="government statement (Council of State note), unofficial translation",
        event="Cuba pardons and releases 3,522 prisoners before Pope Francis's visit, 2015-09-11",
        counts=[
            C("released", 3522, "agreed to pardon 3 522 persons deprived of liberty"),
            C("other", 271, "271 are women", note="subset of the 3 522"),
            C("other", 11, "11 are foreign citizens", note="subset; to be handed over to their countries (no destination)"),
            C("released", 2900, "pardoned more than 2 900 persons", "more_than", note="earlier event (December 2011)"),
            C("released", 299, "299 persons were released", note="earlier event (1998)"),
            C("released", 53, "Cuba releases the 53 prisoners", note="earlier event; related-links list"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Pope Francis", "Pope Benedict XVI", "Pope John Paul II", "Raúl Castro", "Jaime Ortega"],
        distractors=["over 60 / under 20 years of age; parole in 2016; 19 to 22 September", "'third pardon' (ordinal)",
                     "'Year 57 of the Revolution'"],
    ),
    dict(
        file="017_russia_issachar_pardon.txt", published="2020-01-30", outlet="Israeli news site (cookie banner, video residue, related list)",
        event="Putin pardons Naama Issachar; she flies home with Netanyahu, 2020-01-29/30",
        counts=[
            C("remaining_held", 20, "about 20 Israelis are currently serving sentences in Russian prisons", "about"),
            C("released", 2, "Kazakhstan frees 2 Israelis", note="earlier event; page noise"),
        ],
        released_names=["Naama Issachar"],
        alias_groups={},
        not_released_names=["Alexei Burkov"],
        other_event_released_names=[],
        other_people=["Benjamin Netanyahu", "Vladimir Putin", "Yaffa Issachar", "Dmitry Peskov", "Zachary Baumel",
                      "Yael Ben-Ami"],
        distractors=["814 partners (cookie banner)", "26; 9.5 grams; seven and a half years; 01:12; at least three times",
                     "sister Liad (first name only)", "Zachary Baumel's remains were handed over (body, not a release)",
                     "Burkov was extradited to the US and remains in custody (still held)", "Tel Aviv 35; 0.8% (page noise)"],
    ),
    dict(
        file="018_georgia_ugulava_okruashvili_pardon_ngo.txt", published="2020-05-15", outlet="NGO press release (demands, contact block)",
        event="Georgian president pardons Gigi Ugulava and Irakli Okruashvili, 2020-05-15",
        counts=[
            C("released", 2, "to pardon two opposition politicians"),
            C("remaining_held", 7, "at least seven people remain imprisoned", "at_least"),
            C("released", 190, "led to the release of 190 people", note="earlier event (2013 amnesty)"),
        ],
        released_names=["Gigi Ugulava", "Irakli Okruashvili"],
        alias_groups={},
        not_released_names=["Giorgi Rurua"],
        other_event_released_names=[],
        other_people=["Salome Zourabichvili", "Carl Hartzell", "Kelly Degnan", "Tamar Gelashvili", "Nino Kapanadze"],
        distractors=["prison No. 8 / No. 16; 15:30; three years and two months; five years; 8 March; October 2020",
                     "'the three cases' / 'three names' (not a count of releasees)", "phone number in contact block",
                     "'the seven persons identified' repeats the still-held figure"],
    ),
    dict(
        file="019_korea_lee_jae_yong_parole.txt", published="2021-08-13", outlet="Korean English-language daily (Most Popular list)",
        event="Samsung's Lee Jae-yong released on Liberation Day parole with 810 inmates, 2021-08-13",
        counts=[
            C("released", 810, "among 810 inmates who were released on parole"),
            C("remaining_held", 2, "did not include the two imprisoned former presidents",
              note="inferred (the two named ex-presidents, still in prison); optional"),
            C("other", 1990, "Daily COVID-19 cases hit 1,990", note="page noise"),
        ],
        released_names=["Lee Jae-yong"],
        alias_groups={"Choi Seo-won": ["Choi Soon-sil"]},
        not_released_names=["Park Geun-hye", "Lee Myung-bak", "Choi Seo-won", "Kim Kyoung-soo"],
        other_event_released_names=[],
        other_people=["Yoon Seo-hyun", "Park Beom-kye", "Park Kyung-mee", "Moon Jae-in"],
        distractors=["207 days; 53; 10:20 a.m.; about 60 percent; two-and-a-half-year / 30-month / 22-year / 17-year / 18-year sentences",
                     "his 2018 release by an appeals court (earlier release of the same person; not listed separately)",
                     "3.4 percent; 74,400 won; 9th week (page noise)", "'Dozens of civic groups' (vague)",
                     "several people named Park and Lee: only Lee Jae-yong was freed"],
    ),
    dict(
        file="020_belarus_tsikhanouski_freed_feature.txt", published="2025-06-22", outlet="UK newspaper long feature (audio, photo credit, More on this story, Most viewed)",
        event="Belarus frees 14 incl. Siarhei Tsikhanouski after Kellogg visit; taken to Vilnius, 2025-06-21",
        counts=[
            C("released", 14, "Tsikhanouski was one of 14 prisoners released"),
            C("transferred_to", 14, "The 14 were driven across the border to Lithuania", where="Lithuania"),
            C("other", 9, "Of the 14, nine are foreign nationals", note="subset of the 14"),
            C("other", 5, "The remaining five are Belarusians", note="subset of the 14 ('remaining' here were freed)"),
            C("remaining_held", 1177, "counted 1,177 political prisoners in the country on Friday, the day before the release",
              note="Viasna count before this release"),
            C("remaining_held", 1000, "More than a thousand political prisoners remain behind bars", "more_than"),
            C("released", 300, "Lukashenko has pardoned more than 300 people", "more_than", note="cumulative since July 2024"),
            C("released", 3, "in a release of three people", note="earlier event (February 2025)"),
            C("released", 16, "Belarus pardons 16 prisoners", note="earlier event; page noise (related-links list)"),
        ],
        released_names=["Siarhei Tsikhanouski", "Ihar Karnei", "Andrei Lapko"],
        alias_groups={"Siarhei Tsikhanouski": ["Sergei Tikhanovsky"], "Maria Kalesnikava": ["Maria Kolesnikova"]},
        not_released_names=["Ales Bialiatski", "Maria Kalesnikava", "Viktar Babaryka", "Maksim Znak", "Mikalai Statkevich",
                            "Andrzej Poczobut"],
        other_event_released_names=["Anastassia Nuriddinova"],
        other_people=["Alexander Lukashenko", "Donald Trump", "Keith Kellogg", "Sviatlana Tsikhanouskaya", "Natallia Eismont",
                      "Halina Lapko", "Franak Viačorka", "Alena Hrydziuk", "Paulius Grigas", "Katsiaryna Ramanava",
                      "Tom Kellerman", "Rasa Vaitkutė"],
        distractors=["Sviatlana Tsikhanouskaya is the releasee's wife (same surname root)", "Halina Lapko is a releasee's mother",
                     "18 years; ten-year sentences; three and a half years; ages 46 and 47; 9 min; 34C",
                     "'hundreds of thousands' protesters (vague)", "unnamed Belarusian and Lithuanian freed in February (earlier event)"],
    ),
]


def main():
    ok = True

    def bad(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        bad(f"file list mismatch: {files}")
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                bad(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                bad(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                bad(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                bad(f"{g['file']}: value not int: {c['value']!r}")
            if (c["kind"] == "transferred_to") != bool(c.get("where")):
                bad(f"{g['file']}: where must be set exactly on transferred_to: {c}")
            if c.get("where") and c["where"].casefold() not in low:
                bad(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    bad(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    bad(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                bad(f"{g['file']}: alias key {k!r} is not a listed name")
            for a in aliases:
                if a.casefold() not in low:
                    bad(f"{g['file']}: alias not found: {a!r}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
