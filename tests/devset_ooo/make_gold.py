#!/usr/bin/env python3
"""Gold for devset_ooo (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_moscow_doctors_freed_1953.txt", published="1953-04-04", outlet="US evening paper archive page (AP wire, OCR)",
        event="USSR frees and rehabilitates the 15 doctors of the 'doctors' plot', 1953-04-04",
        counts=[
            C("released", 15, "15 doctors arrested last winter on charges of plotting to murder Soviet leaders"),
            C("other", 9, "nine doctors — six of them with Jewish names — had admitted",
              note="earlier event (January arrest announcement); not a release"),
            C("other", 6, "six of them with Jewish names", note="subset of the nine"),
            C("released", 1000000, "could free as many as 1,000,000 prisoners", qualifier="about",
              note="earlier event (March 27 amnesty decree); projected estimate by diplomats"),
            C("other", 5, "sentences of five years or less", note="amnesty criterion"),
            C("other", 58, "Senate Passes Farm Bill, 58 to 24", note="page noise"),
            C("other", 61, "high near 61", note="page noise"),
        ],
        released_names=["V. N. Vinogradov", "M. S. Vovsi", "B. B. Kogan", "P. I. Yegorov", "A. I. Feldman",
                        "V. Kh. Vasilenko", "A. M. Grinshtein", "V. F. Zelenin", "G. I. Maiorov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["M. B. Kogan", "Y. G. Etinger", "Andrei Zhdanov", "Alexander Shcherbakov", "Lydia Timashuk",
                      "M. D. Ryumin", "Georgi M. Malenkov", "Lavrenti P. Beria", "Lincoln White"],
        distractors=["M. B. Kogan and Y. G. Etinger were named in January but had died (not released, not held)",
                     "only 9 of the 15 released are named", "Ryumin is under arrest (newly detained official)",
                     "Stalin (surname only)"],
    ),
    dict(
        file="002_mindszenty_freed_1956.txt", published="1956-11-01", outlet="British broadsheet (correspondent in Vienna)",
        event="Hungarian army unit frees Cardinal Mindszenty at Felsőpetény, he returns to Budapest, 1956-10-30/31",
        counts=[
            C("other", 30, "about thirty miles north of Budapest", qualifier="about", note="distance"),
            C("other", 3, "escorted by three tanks"),
            C("other", 8, "He has spent nearly eight years in custody", qualifier="about", note="duration"),
            C("released", 1000, "said they had freed more than 1,000 political prisoners there", qualifier="more_than",
              note="earlier event (Vác prison, Sunday); claim by insurgents"),
            C("released", 5000, 'said today that "some 5,000" people had walked out', qualifier="about",
              note="cumulative since the rising began; claim by Writers' Association"),
            C("other", 15, "sentenced to fifteen years in 1951", note="Grősz's sentence"),
        ],
        released_names=["József Mindszenty"],
        alias_groups={},
        not_released_names=["Alojzije Stepinac"],
        other_event_released_names=["József Grősz", "Stefan Wyszyński"],
        other_people=["Antal Pálinkás", "Imre Nagy", "Pope Pius XII"],
        distractors=["Gomułka (surname only; party leader)", "'only Cardinal Stepinac ... is now known to be under restraint' (confinement = still held)",
                     "sentenced to penal servitude for life (1949)", "aged 64"],
    ),
    dict(
        file="003_slipyj_release_60_years.txt", published="2023-02-09", outlet="Ukrainian diaspora weekly, long feature (60 years on)",
        event="USSR frees Metropolitan Josyf Slipyj after 18 years; he arrives in Rome, 1963-02-09",
        counts=[
            C("other", 18, "had spent 18 years in Soviet prisons, labour camps and exile", note="duration"),
            C("other", 70, "He was 70 years old", note="age"),
            C("other", 8, "sentenced in 1946 to eight years of hard labour", note="sentence"),
            C("other", 7, "His last sentence, handed down in Kyiv in 1959, was seven years", note="sentence"),
            C("remaining_held", 2, "Two priests of the church, Father Ivan Levytskyi and Father Bohdan Heleta of the Redemptorist order, were detained by Russian forces in occupied Berdiansk in November and remain in captivity",
              note="present-day (2023) frame of the feature"),
            C("other", 5, "spent five years in the same Mordovian camp system", note="relative's past detention"),
            C("other", 92, "aged 92", note="age at death"),
        ],
        released_names=["Josyf Slipyj"],
        alias_groups={"Josyf Slipyj": ["Joseph Slipyj"]},
        not_released_names=["Ivan Levytskyi", "Bohdan Heleta"],
        other_event_released_names=["Mykola Charnetsky"],
        other_people=["Oksana Bilyk", "Pope John XXIII", "Nikita Khrushchev", "Norman Cousins", "Johannes Willebrands",
                      "Hryhoriy Khomyshyn", "Nykyta Budka", "Iryna Dmytrenko", "Pope Paul VI", "Roman Kovalchuk"],
        distractors=["Khomyshyn and Budka died in custody (not released)", "Kovalchuk's grandfather came home in 1956 (unnamed)",
                     "1992 reburial of remains in Lviv is not a release", "'thousands of Ukrainian prisoners of war' vague",
                     "'hundreds chose arrest' vague"],
    ),
    dict(
        file="004_gorbachev_foros_return_1991.txt", published="1991-08-22", outlet="Reuters-style wire (lead 3)",
        event="Gorbachev freed from confinement at Foros and flown back to Moscow as the August coup collapses, 1991-08-21/22",
        counts=[
            C("other", 3, "after three days as a captive of hardline coup leaders", note="duration"),
            C("other", 40, "escorted by about 40 armed police officers", qualifier="about", note="escort of the Russian delegation"),
            C("other", 30, "about 30 men, had stayed loyal", qualifier="about", note="bodyguards; not a count of releasees"),
            C("other", 4, "Four members of the eight-man State Committee", note="plotters who flew to Foros"),
            C("other", 8, "eight-man State Committee", note="committee size"),
            C("other", 3, "Three men were killed early on Wednesday", note="deaths in Moscow"),
        ],
        released_names=["Mikhail Gorbachev", "Raisa Gorbacheva", "Anatoly Chernyayev"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Martin Hollis", "Alexander Rutskoi", "Ivan Silayev", "Vladimir Kryuchkov", "Dmitry Yazov",
                      "Oleg Baklanov", "Alexander Tizyakov", "Gennady Yanayev", "Boris Pugo", "Boris Yeltsin"],
        distractors=["daughter Irina and a granddaughter (first name only / unnamed) were also confined",
                     "Kryuchkov, Yazov, Tizyakov arrested (newly detained plotters, not releasees or political prisoners)",
                     "Yanayev 'expected to be arrested'", "bodyguards stayed loyal (not captives)"],
    ),
    dict(
        file="005_djakovica_group_freed_2001.txt", published="2001-03-27", outlet="NGO press release (Belgrade rights group)",
        event="Serbia releases 128 members of the Djakovica group to Kosovo after the Supreme Court quashes their convictions, 2001-03-26",
        counts=[
            C("released", 128, "the release yesterday of 128 members of the so-called Djakovica group"),
            C("transferred_to", 128, "The 128 men were taken from the Niš District Prison in three buses, accompanied by ICRC delegates, to the administrative line with Kosovo at Merdare",
              where="Kosovo"),
            C("other", 143, "by which 143 men from Djakovica (Gjakova) had been sentenced", note="group size at first trial"),
            C("other", 7, "between seven and 13 years in prison", note="sentence range"),
            C("other", 3, "in three buses"),
            C("released", 15, "The other 15 members of the group had been released over the previous four months",
              note="earlier event"),
            C("other", 47, "represented 47 of the defendants"),
            C("remaining_held", 600, "at least 600 Kosovo Albanians remain in prisons in Serbia", qualifier="at_least",
              note="HLC estimate"),
            C("released", 400, "some 400 Kosovo Albanian prisoners have been released", qualifier="about",
              note="cumulative since October 2000"),
            C("other", 15, "sentenced to 15 years in prison", note="Kurti's sentence"),
            C("other", 22, "the twenty-two months these men lost", note="duration"),
        ],
        released_names=["Luan Berisha", "Arian Krasniqi"],
        alias_groups={},
        not_released_names=["Albin Kurti"],
        other_event_released_names=["Flora Brovina"],
        other_people=["Nataša Kandić"],
        distractors=["'released from custody pending the new proceedings' = release (retrial pending)",
                     "families of dozens of others do not know where they are held (vague)", "ages 61, 17, 18th/19th birthdays"],
    ),
    dict(
        file="006_okrestina_releases_2020_translated.txt", published="2020-08-14", outlet="Belarusian news site, machine-translated from Russian ('1 000')",
        event="Belarus releases more than 1,000 post-election detainees from Okrestina and Zhodino overnight, 2020-08-13/14",
        counts=[
            C("released", 1000, "were released more than 1 000 persons", qualifier="more_than"),
            C("other", 6700, "were detained about 6 700 persons", qualifier="about", note="total detained 9–12 August"),
            C("other", 36, "We were in a cell for 4 persons 36 people", note="cell occupancy"),
            C("released", 400, "were released about 400 persons", qualifier="about", note="Zhodino part of this release"),
            C("remaining_held", 200, "still remained more than 200 detained", qualifier="more_than", note="Viasna estimate"),
            C("other", 2, "at least two persons died", qualifier="at_least"),
            C("other", 48213, "Views: 48 213", note="page noise"),
            C("other", 312, "Comments (312)", note="page noise"),
        ],
        released_names=["Artem Ivashkevich", "Darya Lavrinovich"],
        alias_groups={},
        not_released_names=["Viktor Babariko", "Sergey Tikhanovsky"],
        other_event_released_names=["Nikita Telizhenko"],
        other_people=["Olga Kravets", "Vladimir Hrustalev", "Natalia Kochanova", "Yury Karaev", "Svetlana Tikhanovskaya"],
        distractors=["Telizhenko released on Wednesday evening (before the overnight release)", "'tens of persons with traumas' vague",
                     "currency rates 2,4517 BYN (page noise, decimal comma)", "Tikhanovskaya left for Lithuania (not a prisoner)"],
    ),
    dict(
        file="007_azovstal_commanders_home_liveblog_2023.txt", published="2023-07-08", outlet="Ukrainian English-language live blog",
        event="Five Azovstal commanders kept in Turkey under the Sept 2022 swap return to Ukraine with Zelensky, 2023-07-08",
        counts=[
            C("transferred_to", 5, "Five Azovstal commanders held in Turkey under a 2022 swap deal return to Ukraine with Zelensky",
              where="Ukraine"),
            C("exchanged", 215, "All five were among the 215 Ukrainians freed from Russian captivity on Sept. 21, 2022",
              note="earlier event (Sept 2022 exchange)"),
            C("exchanged", 55, "Ukraine handed over 55 Russians", note="earlier event (Sept 2022 exchange)"),
            C("remaining_held", 700, '"about 700" of its fighters remain in Russian captivity', qualifier="about",
              note="estimate by the Azov brigade"),
            C("released", 2500, "more than 2,500 Ukrainian soldiers and civilians had been returned from Russian captivity",
              qualifier="more_than", note="cumulative since February 2022"),
            C("other", 10, "Ten months of waiting in Turkey", note="duration"),
            C("other", 500, "500 days since Russia's full-scale invasion", note="anniversary"),
            C("other", 10, "which killed 10 people", note="page noise (Lviv strike)"),
            C("other", 40, "injured more than 40", qualifier="more_than", note="page noise (Lviv strike)"),
            C("other", 800, "$800 million military aid package", note="page noise"),
        ],
        released_names=["Denys Prokopenko", "Sviatoslav Palamar", "Serhiy Volynskyi", "Denys Shleha", "Oleh Khomenko"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Viktor Medvedchuk"],
        other_people=["Dmitry Peskov", "Recep Tayyip Erdogan", "Volodymyr Zelensky", "Kateryna Prokopenko", "Dmytro Lubinets"],
        distractors=["the five were freed from Russian captivity in 2022; their return from guarded stay in Turkey is treated as the main-event release (judgement call)",
                     "Medvedchuk handed to Russia in 2022 (other event)", "'36th Separate Marine Brigade', '12th Operational Brigade' are unit numbers"],
    ),
    dict(
        file="008_belarus_frees_nuhfer_kuznechyk_2025.txt", published="2025-02-12", outlet="German international broadcaster web page (cookie banner, video, related links)",
        event="Belarus frees a US citizen, an RFE/RL journalist and a third person, taken to Lithuania, 2025-02-12",
        counts=[
            C("released", 3, "Belarus has released three people"),
            C("transferred_to", 3, "The three crossed into Lithuania on Wednesday evening", where="Lithuania"),
            C("other", 6, "sentenced in June 2022 to six years in prison", note="sentence"),
            C("other", 3, "more than three years behind bars", qualifier="more_than", note="duration"),
            C("released", 250, "has pardoned more than 250 people", qualifier="more_than", note="cumulative since July 2024"),
            C("remaining_held", 1200, "some 1,200 political prisoners", qualifier="about", note="Viasna estimate"),
            C("other", 4, "4 killed as Russian drones hit Odesa region", note="page noise"),
        ],
        released_names=["Anastassia Nuhfer", "Andrey Kuznechyk"],
        alias_groups={"Andrey Kuznechyk": ["Andrei Kuznechik"]},
        not_released_names=["Ales Bialiatski", "Maria Kalesnikava", "Ihar Losik", "Ihar Karnei"],
        other_event_released_names=[],
        other_people=["Marco Rubio", "Donald Trump", "Christopher Smith", "Stephen Capus", "Alexander Lukashenko",
                      "Sviatlana Tsikhanouskaya"],
        distractors=["third released person unnamed", "'seventh term' ordinal", "es/rm agency initials"],
    ),
    dict(
        file="009_karelina_petrov_swap_2025.txt", published="2025-04-10", outlet="US wire",
        event="Russia frees Ksenia Karelina for Arthur Petrov in Abu Dhabi, 2025-04-10",
        counts=[
            C("other", 12, "serving a 12-year sentence for treason", note="sentence"),
            C("other", 14, "serving 14 years for possessing medical marijuana", note="Fogel's sentence (earlier event)"),
            C("exchanged", 24, "involving 24 prisoners and two children", note="earlier event (August 2024 exchange)"),
            C("other", 6, "sentenced to six years and 10 months", note="Hubbard's sentence"),
            C("other", 8, "serving more than eight years", qualifier="more_than", note="Gilman's sentence"),
        ],
        released_names=["Ksenia Karelina", "Arthur Petrov"],
        alias_groups={},
        not_released_names=["Stephen Hubbard", "Robert Gilman"],
        other_event_released_names=["Marc Fogel", "Alexander Vinnik", "Kalob Byers", "Evan Gershkovich", "Paul Whelan"],
        other_people=["Daniel Kessler", "Irina Volkova", "John Ratcliffe", "Mikhail Mushailov", "Dmitry Peskov",
                      "Chris van Heerden", "Kirill Dmitriev", "Vladimir Putin"],
        distractors=["$51.80 donation (money)", "ages 33, 33, 28, 72", "'who is next?' unnamed relative"],
    ),
    dict(
        file="010_sobell_released_lewisburg_1969.txt", published="1969-01-15", outlet="US broadsheet archive page",
        event="Morton Sobell released from Lewisburg penitentiary after more than 18 years, 1969-01-14",
        counts=[
            C("other", 18, "after more than 18 years in custody", qualifier="more_than", note="duration"),
            C("other", 30, "He had been sentenced to 30 years", note="sentence"),
            C("other", 17, "for 17 years had led a campaign", note="duration"),
            C("other", 40, "A group of about 40 supporters", qualifier="about"),
            C("other", 5, "more than five years of his sentence", qualifier="more_than", note="duration at Alcatraz"),
            C("other", 15, "nine and a half years of a 15-year sentence", note="earlier event (Greenglass)"),
            C("other", 16, "Jets' 16-7 Victory", note="page noise"),
        ],
        released_names=["Morton Sobell"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["David Greenglass", "Harry Gold"],
        other_people=["Walter H. Prescott", "Julius Rosenberg", "Ethel Rosenberg", "Irving R. Kaufman", "Mark Sobell"],
        distractors=["his wife, Helen / Mrs. Sobell (relative)", "the Rosenbergs were executed in 1953",
                     "'none of the defendants ... remains in prison' (no one held)", "supervision by parole officer is not detention", "Mark Sobell (son) matches Morton Sobell under the scorer's first-name tolerance"],
    ),
    dict(
        file="011_carter_artis_bail_1976.txt", published="1976-03-20", outlet="New Jersey local paper",
        event="Rubin 'Hurricane' Carter and John Artis freed on bail after convictions are overturned, 1976-03-19",
        counts=[
            C("released", 2, "The two men were freed on $20,000 bail each"),
            C("other", 20000, "$20,000 bail each", note="money"),
            C("other", 9, "free for the first time in nearly nine years", qualifier="about", note="duration"),
            C("other", 7, "In a 7-0 decision", note="court vote"),
            C("other", 200, "a crowd of about 200 supporters", qualifier="about"),
            C("other", 3, "serving three life terms", note="sentence"),
        ],
        released_names=["Rubin Carter", "John Artis"],
        alias_groups={"Rubin Carter": ['Rubin "Hurricane" Carter']},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Dennis Morrow", "Samuel Larner", "James Oliver", "Fred Nauyoks", "Hazel Tanis", "Willie Marins",
                      "Alfred Bello", "Arthur Dexter Bradley", "Burrell Ives Humphreys", "Muhammad Ali", "Bob Dylan",
                      "Myron Beldock", "Lewis Steel", "Mae Thelma Carter"],
        distractors=["victims killed in 1966", "retrial planned", "Artis's father (unnamed)", "'eight years and nine months' duration",
                     "Carter: 'I'm out on bail' (bail counts as release)"],
    ),
    dict(
        file="012_caro_quintero_freed_2013_translated.txt", published="2013-08-09", outlet="Mexican regional daily, machine-translated from Spanish ('10.000')",
        event="Mexican federal tribunal orders Rafael Caro Quintero freed after 28 years; he leaves Puente Grande, 2013-08-09",
        counts=[
            C("other", 28, "Caro Quintero leaves the prison after 28 years", note="duration"),
            C("other", 60, "the capo, of 60 years", note="age"),
            C("other", 40, "sentenced to 40 years of prison", note="sentence"),
            C("other", 10000, "around 10.000 tons of marijuana", qualifier="about", note="earlier event (1984 raid)"),
            C("other", 2, "Chivas falls 2-1", note="page noise"),
            C("other", 3, "leaves 3 injured", note="page noise"),
            C("other", 1200, "1.200 pesos of fine", note="page noise"),
        ],
        released_names=["Rafael Caro Quintero"],
        alias_groups={},
        not_released_names=["Ernesto Fonseca Carrillo", "Miguel Ángel Félix Gallardo"],
        other_event_released_names=[],
        other_people=["Enrique Camarena Salazar", "Alfredo Zavala Avelar", "Sara Cristina Cosío", "Jesús Murillo Karam",
                      "Mika Camarena"],
        distractors=["Camarena and Zavala were killed in 1985", "'Don Neto' alias of Fonseca Carrillo",
                     "tremor of 5,1 degrees; tortilla 14,50 pesos (decimal commas, page noise)", "PGR seeks to re-arrest him (planned)"],
    ),
    dict(
        file="013_kovrig_spavor_home_2021.txt", published="2021-09-25", outlet="Canadian broadcaster web page (video residue, related stories)",
        event="China frees Michael Kovrig and Michael Spavor as Meng Wanzhou is released in Canada; the two land in Calgary, 2021-09-24/25",
        counts=[
            C("released", 2, "Michael Kovrig and Michael Spavor, the two Canadians detained in China for 1,019 days, are back on Canadian soil."),
            C("other", 1019, "detained in China for 1,019 days", note="duration"),
            C("other", 1000, "after more than 1,000 days in Chinese detention", qualifier="more_than", note="duration"),
            C("transferred_to", 2, "A Royal Canadian Air Force plane carrying the two men touched down at Calgary International Airport",
              where="Calgary", note="inferred: flown home; optional"),
            C("other", 9, "nine days after Meng's arrest", note="duration"),
            C("other", 11, "sentenced to 11 years in prison", note="Spavor's sentence"),
            C("other", 15, "whose 15-year sentence for drug smuggling", note="Schellenberg's earlier sentence"),
            C("other", 1407, "Alberta reports 1,407 new COVID-19 cases", note="page noise"),
            C("other", 28, "28 more deaths", note="page noise"),
            C("other", 2, "recounts requested in 2 Quebec ridings", note="page noise"),
        ],
        released_names=["Michael Kovrig", "Michael Spavor", "Meng Wanzhou"],
        alias_groups={},
        not_released_names=["Robert Schellenberg", "Huseyin Celil"],
        other_event_released_names=[],
        other_people=["Catherine Boileau", "Raj Sandhu", "Justin Trudeau", "Dominic Barton", "Heather Holmes",
                      "Hua Chunying", "Vina Nadjibulla", "Paul Spavor"],
        distractors=["Meng was under house arrest/bail; discharge of extradition proceedings treated as her release (judgement call)",
                     "'the 2 Michaels' headline", "'For the past 1,000 days' (duration)", "1:58 video length"],
    ),
    dict(
        file="014_ulbricht_pardon_release_brief_2025.txt", published="2025-01-22", outlet="US news brief",
        event="Ross Ulbricht released from federal prison in Tucson after Trump pardon, 2025-01-21",
        counts=[
            C("other", 11, "had served more than 11 years", qualifier="more_than", note="duration"),
            C("other", 40, "two life terms plus 40 years", note="sentence"),
            C("other", 200000000, "more than $200 million in drug sales", qualifier="more_than", note="money"),
            C("released", 1500, "pardoned or commuted the sentences of about 1,500 people", qualifier="about",
              note="earlier event (Jan. 20 clemency for Jan. 6 defendants)"),
            C("other", 500000, "more than 500,000 signatures", qualifier="more_than", note="petition"),
        ],
        released_names=["Ross Ulbricht"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Donald Trump", "Lyn Ulbricht", "Katherine Forrest"],
        distractors=["age 40 and '40 years' sentence", "'on day one' promise (May 2024)"],
    ),
    dict(
        file="015_manus_war_criminals_to_sugamo_1953.txt", published="1953-08-11", outlet="Australian newspaper archive page (OCR)",
        event="Australia transfers its last 206 Japanese war criminals from Manus Island to Sugamo Prison, Japan, 1953-08-09",
        counts=[
            C("transferred_to", 206, "Two hundred and six Japanese war criminals, the last held by Australia, sailed from Manus Island yesterday",
              where="Japan"),
            C("remaining_held", 2, "Two prisoners, who are in hospital at Lorengau, will remain on the island"),
            C("other", 10, "serving a ten-year sentence", note="Imamura's sentence"),
            C("other", 40, "A guard of 40 Australian soldiers"),
            C("other", 5, "Five prisoners sentenced to death were hanged at Manus in June, 1951.", note="earlier event (executions)"),
            C("other", 400, "held more than 400 prisoners", qualifier="more_than", note="earlier peak"),
            C("other", 12500, "12,500 BALES", note="page noise"),
            C("other", 54, "Max. 54", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Hitoshi Imamura"],
        other_event_released_names=[],
        other_people=["Josiah Francis"],
        distractors=["transfer to continue sentences in Tokyo, not a release", "'no prisoner would be released or paroled without the agreement' (conditional)",
                     "'some have asked that they be released altogether' (demand)", "'206 To Serve Terms' headline"],
    ),
    dict(
        file="016_lindy_chamberlain_released_1986.txt", published="1986-02-08", outlet="Australian broadsheet",
        event="Northern Territory remits Lindy Chamberlain's sentence; she leaves Berrimah Prison, 1986-02-07",
        counts=[
            C("other", 3, "after serving more than three years of a life sentence", qualifier="more_than", note="duration"),
            C("other", 5, "five days after the discovery", note="duration"),
            C("other", 3, "their three children", note="family"),
            C("other", 18, "18-month suspended sentence", note="husband's sentence"),
            C("other", 3, "by a majority of three to two", note="High Court vote"),
            C("other", 100000, "more than 100,000 signatures", qualifier="more_than", note="petitions"),
        ],
        released_names=["Lindy Chamberlain"],
        alias_groups={"Lindy Chamberlain": ["Alice Lynne Chamberlain"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Geoff Harcourt", "Pauline Mears", "Ian Tuxworth", "Michael Chamberlain", "Stuart Tipple", "David Brett"],
        distractors=["'It is not a pardon' (release by remission)", "briefly released on bail pending appeal in 1982-83 (earlier)",
                     "children Aidan, Reagan, Kahlia and baby Azaria (first names only)", "Mr Hawke (surname only)"],
    ),
    dict(
        file="017_david_hicks_freed_yatala_2007.txt", published="2007-12-29", outlet="Adelaide local news site",
        event="David Hicks released from Yatala Labour Prison under a control order, 2007-12-29",
        counts=[
            C("other", 50, "a media pack of about 50 journalists", qualifier="about"),
            C("other", 3, "report to police three times a week", note="control-order condition"),
            C("other", 5, "more than five years at Guantanamo Bay", qualifier="more_than", note="duration"),
            C("other", 7, "He was sentenced to seven years", note="sentence"),
            C("other", 9, "all but nine months of which was suspended", note="sentence"),
            C("remaining_held", 275, "About 275 detainees are still being held at Guantanamo Bay", qualifier="about",
              note="US Defense Department figure"),
            C("other", 3, "injures 3", note="page noise"),
            C("other", 146, "146 comments", note="page noise"),
        ],
        released_names=["David Hicks"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Mamdouh Habib"],
        other_people=["Mark Dunstan", "David McLeod", "Terry Hicks", "Michael Mori", "Robert McClelland"],
        distractors=["transfer from Guantanamo to Adelaide on May 20 (earlier event, no count)", "control order is not detention",
                     "Terry Hicks is the father", "six years / seven months durations"],
    ),
    dict(
        file="018_filep_karma_freed_2015.txt", published="2015-11-20", outlet="Indonesian English-language daily",
        event="Papuan activist Filep Karma released from Abepura prison after 11 years, 2015-11-19",
        counts=[
            C("other", 11, "spending more than 11 years behind bars", qualifier="more_than", note="duration"),
            C("other", 15, "sentenced in 2005 to 15 years in prison", note="sentence"),
            C("other", 10, "who was sentenced to 10 years", note="Pakage's sentence"),
            C("released", 5, "granted clemency to five Papuan political prisoners", note="earlier event (May 2015 clemency)"),
            C("remaining_held", 40, "at least 40 political prisoners remain in jail in Papua and West Papua",
              qualifier="at_least", note="estimate by Papuans Behind Bars"),
            C("other", 5, "Five Papuan prisoners receive clemency", note="page noise (related link to the earlier event)"),
        ],
        released_names=["Filep Karma"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Yusak Pakage", "Linus Hiluka", "Apotnalogolik Lokobal"],
        other_people=["Yohanes Kambu", "Bagus Kurniawan", "Andrefina Karma", "Rina Wulandari", "Hendrik Wamafma"],
        distractors=["Jokowi (nickname; president)", "'hundreds of Papuans have been arrested ... most were released within a day' (vague)",
                     "'no plans to re-arrest'", "age 56"],
    ),
    dict(
        file="019_del_torchio_freed_jolo_2016.txt", published="2016-04-09", outlet="Mindanao local paper (page noise)",
        event="Abu Sayyaf frees Italian ex-missionary Rolando del Torchio in Jolo after six months, 2016-04-08",
        counts=[
            C("other", 6, "in Jolo after 6 months", note="duration"),
            C("other", 50000000, "demanding P50 million", note="reported ransom demand"),
            C("remaining_held", 20, "still holding at least 20 hostages in Sulu", qualifier="at_least", note="military estimate"),
            C("other", 300000000, "a ransom of P300 million each", note="ransom demand"),
            C("remaining_held", 10, "10 Indonesian crewmen of the tugboat Brahma 12"),
            C("remaining_held", 4, "four Malaysian sailors seized off Sabah"),
            C("other", 30, "30 days to go", note="page noise"),
            C("other", 48000000, "jackpot now P48 million", note="page noise"),
            C("other", 27, "Comments (27)", note="page noise"),
        ],
        released_names=["Rolando del Torchio"],
        alias_groups={},
        not_released_names=["John Ridsdel", "Robert Hall", "Kjartan Sekkingstad", "Marites Flor", "Ewold Horn"],
        other_event_released_names=[],
        other_people=["Abdulhakim Tan", "Dante Villamor", "Giovanni Ferraris", "Alan Arrojado"],
        distractors=["MNLF commander unnamed (claims role)", "ransom 'substantial amount' unconfirmed", "age 57", "P2.1-B budget (page noise)"],
    ),
    dict(
        file="020_bali_nine_five_home_feature_2024.txt", published="2024-12-21", outlet="Australian weekend long read",
        event="Indonesia sends the last five Bali Nine members home to Australia (Darwin), where they are free, 2024-12-15",
        counts=[
            C("transferred_to", 5, "Indonesia had sent the five remaining members of the Bali Nine home to Australia", where="Australia"),
            C("released", 5, "Officials later confirmed that the five were free men", note="inferred: free on arrival; optional"),
            C("other", 19, "19 years and eight months after they were arrested", note="duration"),
            C("other", 4, "Four of them — Rush, Czugaj, Stephens and Renae Lawrence — were caught at the airport", note="earlier event (2005 arrests)"),
            C("other", 2, "Two of the nine, the group's alleged organisers Andrew Chan and Myuran Sukumaran, were executed",
              note="earlier event (2015 executions)"),
            C("other", 6, "along with six other convicted traffickers", note="earlier event (2015 executions)"),
            C("other", 20, "had her sentence reduced to 20 years", note="Lawrence's sentence"),
            C("other", 8, "eight prisoners were executed", note="earlier event"),
            C("other", 3, "three days after the Australians went home", note="duration"),
            C("remaining_held", 500, "more than 500 people on death row", qualifier="more_than", note="claim by rights groups"),
            C("remaining_held", 90, "about 90 of them foreigners", qualifier="about", note="claim by rights groups; foreigners on death row"),
        ],
        released_names=["Matthew Norman", "Scott Rush", "Martin Stephens", "Si Yi Chen", "Michael Czugaj"],
        alias_groups={},
        not_released_names=["Mary Jane Veloso", "Serge Atlaoui"],
        other_event_released_names=["Renae Lawrence"],
        other_people=["Hannah Lindqvist", "Anthony Albanese", "Prabowo Subianto", "Yusril Ihza Mahendra", "Tony Burke",
                      "Ratna Hapsari", "Lee Rush", "Andrew Chan", "Myuran Sukumaran", "Tan Duc Thanh Nguyen", "Ferdinand Marcos Jr"],
        distractors=["Veloso transferred to Manila on Wednesday but continues to serve her sentence (separate transfer, still held)",
                     "Chan and Sukumaran executed 2015; Nguyen died 2018", "Czugaj's mother (unnamed relative)", "8.3 kilograms of heroin",
                     "'Bali Nine' is a group name"],
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
