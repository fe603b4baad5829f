#!/usr/bin/env python3
"""Gold for devset_nnn (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_iran_qum_ayatollah_freed_1964.txt", published="1964-04-08",
        outlet="UK evening paper, archive page ('From the archive', related-link headlines)",
        event="Iran frees Ayatollah Khomeini from house arrest; he returns to Qum, 1964-04-07",
        counts=[
            C("released", 2, "Two other senior clerics detained with him",
              note="earlier event (freed in autumn 1963)"),
            C("remaining_held", 28, "at least 28 others are still serving sentences", qualifier="at_least",
              note="according to lawyers in Tehran; convicted over the June 1963 disturbances"),
            C("other", 86, "the official figure of 86 dead", note="deaths in June 1963"),
            C("other", 2, "Two of the men convicted of leading the June disturbances", note="executed"),
            C("other", 15, "after 15 years in exile", note="page noise (related-link headline)"),
        ],
        released_names=["Ruhollah Khomeini"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Ayatollah Mahallati", "Ayatollah Qumi"],
        other_people=["Hassan Ali Mansur", "Asadollah Alam", "Tayeb Haj Rezai", "Esmail Rezai"],
        distractors=["the Shah (not named)", "about 62 (age); ten months (duration)",
                     "'Several thousand people gathered' is vague",
                     "'1979: Ayatollah returns to Tehran' is a related-link headline about the same man (later event, not a release)"],
    ),
    dict(
        file="002_israel_frees_archbishop_capucci_1977.txt", published="1977-11-06",
        outlet="UK broadsheet, foreign correspondent",
        event="Israel pardons Archbishop Hilarion Capucci, flown to Rome, 1977-11-06",
        counts=[
            C("other", 12, "a 12-year sentence", note="sentence"),
            C("other", 40, "their list of 40 prisoners held in Israel whose release they demanded",
              note="hijackers' demand (Entebbe, 1976); not a release"),
            C("released", 100, "rescuing more than 100 hostages", qualifier="more_than",
              note="earlier event (Entebbe rescue, 1976)"),
            C("remaining_held", 3000, "more than 3,000 Palestinian prisoners", qualifier="more_than",
              note="claim by the PLO; disputed by Israel"),
        ],
        released_names=["Hilarion Capucci"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Geoffrey Lang", "Paul VI", "Ephraim Katzir", "Romeo Panciroli", "Menachem Begin",
                      "Shmuel Tamir", "Geula Cohen"],
        distractors=["served three years and three months; 55-year-old; two hunger strikes",
                     "the Entebbe hostages were rescued, the archbishop was not freed then",
                     "flown to Rome is exile/transfer of one person (no count)"],
    ),
    dict(
        file="003_tehran_embassy_ten_more_hostages_1979.txt", published="1979-11-20",
        outlet="AP wire",
        event="Iran frees 10 more US embassy hostages (women and black men), 13 in all; 53 still held, 1979-11-20",
        counts=[
            C("released", 10, "released 10 more American hostages today"),
            C("transferred_to", 10, "The 10 were driven from the embassy compound to Mehrabad airport",
              where="Paris / Wiesbaden, West Germany",
              note="inferred: flown to Paris, then on to the US Air Force hospital at Wiesbaden; optional"),
            C("released", 13, "Their release brought to 13 the number of hostages freed",
              note="cumulative (3 on Monday + 10 today)"),
            C("released", 13, "pleased for these 13 Americans", note="cumulative (3 on Monday + 10 today)"),
            C("released", 3, "Three Americans — two women and a black Marine sergeant — were freed on Monday",
              note="earlier event (Monday 19 November)"),
            C("remaining_held", 50, "The release leaves 50 Americans inside the embassy compound"),
            C("remaining_held", 3, "Three others, including the charge d'affaires, L. Bruce Laingen, are being held"),
            C("remaining_held", 53, "53 Americans are still held"),
            C("other", 7, "identified seven of today's group", note="subset of the 10 (named)"),
            C("other", 3, "The names of the other three were being withheld", note="subset of the 10 (unnamed)"),
            C("other", 4, "four women and six black men", note="subset breakdown of the 10"),
        ],
        released_names=["Ladell Maples", "Wesley Williams", "David Walker", "Joseph Vincent", "Terri Tedford",
                        "Lillian Johnson", "Joan Walsh"],
        alias_groups={},
        not_released_names=["Kathryn Koob", "Ann Swift", "Bruce Laingen", "Victor Tomseth", "Michael Howland"],
        other_event_released_names=["Kathy Gross", "Elizabeth Montagne", "William Quarles"],
        other_people=["Thomas Keller", "Ruhollah Khomeini", "Hodding Carter", "Mohammad Reza Pahlavi",
                      "Jody Powell", "Cyrus Vance"],
        distractors=["'President Carter' (surname shared with spokesman Hodding Carter III)",
                     "the mother of one of the Marines (unnamed relative)", "several thousand chanting (vague)",
                     "Nov. 4 seizure; more than two weeks"],
    ),
    dict(
        file="004_libya_four_britons_home_1985.txt", published="1985-02-08",
        outlet="English local weekly (masthead, price, inside-page pointers, sport score)",
        event="Libya frees four Britons after Terry Waite's mission; they land at Gatwick, 1985-02-05",
        counts=[
            C("released", 4, "All four had been arrested in May last year"),
            C("other", 3, "freed him and three other Britons", note="the three releasees besides Plummer (subset of the four)"),
            C("released", 2, "Two other Britons arrested in Libya at the same time were freed last autumn",
              note="earlier event (autumn 1984)"),
            C("other", 5000, "about 5,000 Britons are still working in Libya", qualifier="about",
              note="expatriate workers, not held"),
            C("other", 3, "Paddock Wood Juniors 3 Hildenborough 1", note="page noise (sport score)"),
        ],
        released_names=["Robin Plummer", "Michael Berdinner", "Alan Russell", "Malcolm Anderson"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sandra Hollis", "Terry Waite", "Yvonne Fletcher", "Colonel Gaddafi", "Robert Runcie",
                      "Mrs Thatcher", "John Stanley", "Peter Ellery", "Edith Plummer"],
        distractors=["his wife, Carol, and daughters Emma and Sarah (first names only)",
                     "Edith Plummer is the mother (same surname)", "nine months; 47; 78 (ages)",
                     "'The Foreign Office says it knows of no other British subjects now held there' (zero held)"],
    ),
    dict(
        file="005_iraq_frees_nurse_parish_1990.txt", published="1990-07-17",
        outlet="UK broadsheet, diplomatic staff",
        event="Iraq frees British nurse Daphne Parish after Kaunda's appeal; flown to Lusaka, 1990-07-16",
        counts=[
            C("other", 15, "sentenced to 15 years in jail", note="sentence"),
            C("remaining_held", 1, "Her release leaves one Briton, the businessman Mr Ian Richter, in an Iraqi jail"),
        ],
        released_names=["Daphne Parish"],
        alias_groups={},
        not_released_names=["Ian Richter"],
        other_event_released_names=[],
        other_people=["Catherine Wells", "Farzad Bazoft", "Saddam Hussein", "Kenneth Kaunda", "Douglas Hurd",
                      "Donald Trelford"],
        distractors=["Farzad Bazoft was hanged (not a releasee)", "'thousands of Iraqis remain in prison' is vague",
                     "her son (unnamed relative)", "53, 31, 44 (ages); ten months; life imprisonment",
                     "flown to Lusaka with Kaunda, then home to Britain (single person, no count)"],
    ),
    dict(
        file="006_beirut_jackie_mann_freed_1991.txt", published="1991-09-24",
        outlet="UK broadcaster 'On This Day' archive page (video/audio residue, In Context, See also)",
        event="Jackie Mann freed in Beirut and handed over in Damascus, 1991-09-24",
        counts=[
            C("released", 51, "freed 51 Lebanese prisoners", note="earlier event (earlier in September 1991; Israel and its militia allies)"),
            C("other", 9, "returned the bodies of nine guerrillas", note="bodies"),
            C("remaining_held", 8, "At least eight Westerners are still held in Lebanon", qualifier="at_least"),
            C("other", 5, "five Americans, including the Associated Press correspondent Terry Anderson",
              note="subset of the eight still held"),
            C("other", 2, "two German aid workers", note="subset of the eight still held"),
            C("other", 865, "He was held for 865 days", note="duration"),
        ],
        released_names=["Jackie Mann"],
        alias_groups={},
        not_released_names=["Terry Anderson", "Terry Waite", "Heinrich Struebig", "Thomas Kemptner"],
        other_event_released_names=["John McCarthy", "Edward Tracy", "Brian Keenan"],
        other_people=["Sunnie Mann", "Javier Perez de Cuellar", "Giandomenico Picco", "Douglas Hurd", "John Major"],
        distractors=["Sunnie Mann is the wife (same surname)", "77-year-old; more than two years",
                     "'several hundred Lebanese and Palestinian detainees held by Israel' is vague (kidnappers' demand)",
                     "'The last Western hostages in Lebanon were freed by June 1992' (In Context, later events, no count)",
                     "See-also headlines: Keenan 1990, McCarthy 1991, 'US hostage freed after 19 months' 1986"],
    ),
    dict(
        file="007_algeria_fis_leaders_released_2003.txt", published="2003-07-03",
        outlet="Algerian French-language daily, machine-translated ('150 000', '1 000')",
        event="Algeria releases FIS leaders Abassi Madani and Ali Benhadj at the end of 12-year sentences, 2003-07-02",
        counts=[
            C("released", 2, "The two historic leaders of the ex-Islamic Salvation Front (FIS), Abassi Madani and Ali Benhadj, recovered their freedom"),
            C("other", 12, "the sentence of twelve years of prison", note="sentence"),
            C("other", 150000, "more than 150 000 dead", qualifier="more_than", note="deaths in the 1990s violence"),
            C("other", 7000, "some 7 000 disappeared", qualifier="about", note="disappeared, not held"),
            C("remaining_held", 1000, "at least 1 000 persons are still detained in Algeria", qualifier="at_least",
              note="according to human rights organisations; contested by the Justice ministry"),
            C("other", 2, "the MC Alger beaten 2-0", note="page noise (football score)"),
        ],
        released_names=["Abassi Madani", "Ali Benhadj"],
        alias_groups={"Ali Benhadj": ["Ali Belhadj"], "Abassi Madani": ["Abbasi Madani"]},
        not_released_names=[],
        other_event_released_names=["Abdelkader Hachani"],
        other_people=["Karim Ould-Ahmed", "Ali Yahia Abdennour", "Yazid Zerhouni", "Abdelaziz Bouteflika", "Rabah Kebir"],
        distractors=["Madani was also released in July 1997 and put back under house arrest (same person, earlier release)",
                     "'several thousands of armed Islamists' released under the 1999 civil concord (vague, earlier event)",
                     "'some hundreds of people waited' (vague); 47, 72 (ages)",
                     "'a prison outside' (restrictions, metaphor)"],
    ),
    dict(
        file="008_iran_shourd_bail_muscat_2010.txt", published="2010-09-14",
        outlet="UK broadcaster web page (cookie banner, video residue, top stories, related links)",
        event="Iran frees US hiker Sarah Shourd on bail; flown to Muscat, 2010-09-14",
        counts=[
            C("released", 1, "One of three American hikers held in Iran for more than a year has been released on bail",
              note="judgement call: 'one of three'"),
            C("other", 3, "One of three American hikers", note="the whole group; two still held (no explicit count)"),
            C("transferred_to", 1, "has been released on bail and flown to Oman", where="Muscat, Oman",
              note="inferred: the one released hiker; optional"),
            C("other", 500000, "($500,000; £325,000)", note="bail amount"),
            C("other", 1750, "1,750 dead", note="page noise (Pakistan floods)"),
            C("other", 12, "bombing kills at least 12 in Baghdad", qualifier="at_least", note="page noise"),
        ],
        released_names=["Sarah Shourd"],
        alias_groups={},
        not_released_names=["Shane Bauer", "Josh Fattal"],
        other_event_released_names=[],
        other_people=["Abbas Jafari Dolatabadi", "Shon Meckfessel", "Mahmoud Ahmadinejad", "Masoud Shafii",
                      "Hillary Clinton"],
        distractors=["her mother, Nora (first name only)", "Shon Meckfessel was never detained",
                     "32, 28 (ages); more than 400 days", "release first announced for 'last Saturday' (postponed, not a release)",
                     "the Sultan of Oman (unnamed)"],
    ),
    dict(
        file="009_egypt_ghonim_freed_cairo_2011.txt", published="2011-02-08",
        outlet="UK broadsheet, Cairo correspondent",
        event="Egypt frees Google executive Wael Ghonim after 12 days; 34 political detainees also freed, 2011-02-07",
        counts=[
            C("released", 34, "it had released 34 political detainees",
              note="same day, separate release announced by the interior ministry; counted as this event (judgement call)"),
            C("other", 297, "at least 297 people had been killed", qualifier="at_least", note="deaths"),
            C("other", 100000, "more than 100,000 members", qualifier="more_than", note="Facebook page members"),
            C("other", 30, "some 30 people detained in a raid", qualifier="about",
              note="detained last week; most released two days later (earlier event, no release count)"),
        ],
        released_names=["Wael Ghonim"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Daniel Williams"],
        other_people=["Michael Aldous", "Hosni Mubarak", "Hossam Badrawi", "Mona el-Shazly", "Khaled Said",
                      "Omar Suleiman", "Ahmed Maher", "Mahmoud Wagdy"],
        distractors=["'hundreds of protesters detained ... have not been charged' is vague (held, no count)",
                     "'many more people remain unaccounted for' vague", "Khaled Said was killed in 2010",
                     "12 days; 30, 82 (ages); 15% pay rise", "'Hisham Mubarak Law Centre' is an institution"],
    ),
    dict(
        file="010_syria_danish_photographer_freed_2014.txt", published="2014-06-20",
        outlet="Danish daily, machine-translated ('15.000.000', '160.000')",
        event="Danish photographer Daniel Rye Ottosen freed by ISIL after 13 months, ransom paid by family, June 2014",
        counts=[
            C("other", 398, "398 days in captivity", note="duration"),
            C("other", 15000000, "well over 15.000.000 kroner", qualifier="more_than", note="ransom amount"),
            C("released", 2, "The two Spanish journalists Javier Espinosa and Ricardo García Vilanova were released in March",
              note="earlier event (March 2014)"),
            C("released", 4, "four French journalists came home in April", note="earlier event (April 2014)"),
            C("remaining_held", 20, "at least 20 foreign journalists are held or missing in Syria", qualifier="at_least",
              note="according to RSF; 'held or missing'"),
            C("other", 160000, "more than 160.000 lives", qualifier="more_than", note="deaths"),
            C("other", 2500000, "over 2.500.000 Syrians have fled", qualifier="more_than", note="refugees"),
            C("other", 100, "PET estimates over 100", qualifier="more_than", note="page noise (read-also headline)"),
        ],
        released_names=["Daniel Rye Ottosen"],
        alias_groups={"Daniel Rye Ottosen": ["Daniel Rye"]},
        not_released_names=["James Foley"],
        other_event_released_names=["Javier Espinosa", "Ricardo García Vilanova"],
        other_people=["Mette Krogh Lauridsen", "Martin Lidegaard"],
        distractors=["his mother, Susanne (first name only)",
                     "James Foley is 'still missing' and believed held (judgement call: held)",
                     "a Syrian fixer released after a few days (unnamed, earlier)", "25-year-old; 13 months"],
    ),
    dict(
        file="011_libya_zintan_frees_saif_2017.txt", published="2017-06-11",
        outlet="Reuters wire",
        event="Zintan's Abu Bakr al-Siddiq Battalion says it freed Saif al-Islam Gaddafi under amnesty law, 2017-06-09",
        counts=[
            C("other", 8, "along with eight other former officials", note="sentenced to death in absentia with him"),
            C("other", 37, "A total of 37 defendants were tried in the case"),
        ],
        released_names=["Saif al-Islam Gaddafi"],
        alias_groups={"Saif al-Islam Gaddafi": ["Saif al-Islam"]},
        not_released_names=["Abdullah al-Senussi", "Baghdadi al-Mahmoudi"],
        other_event_released_names=[],
        other_people=["Aidan Lewis", "Ahmed Elumami", "Muammar Gaddafi", "Fatou Bensouda", "al-Ajami al-Atiri",
                      "Khaled al-Zaidi", "Khalifa Haftar", "Ayman al-Warfalli", "Dominic Evans"],
        distractors=["Saadi (first name only) is held in Tripoli", "the July 2016 release claim was denied (not a release)",
                     "more than five years; 44 (age); 170 km"],
    ),
    dict(
        file="012_yemen_houthis_free_six_bahais_2020.txt", published="2020-07-30",
        outlet="faith-community NGO press release",
        event="Houthi authorities in Sana'a free six Baha'is incl. Hamed bin Haydara; flown out of Yemen, 2020-07-30",
        counts=[
            C("released", 6, "the release of six Baha'is from prison in Sana'a"),
            C("other", 24, "At least 24 Baha'is, including some of those released today, continue to face charges",
              qualifier="at_least", note="face charges; not stated as held"),
            C("other", 2000, "an estimated 2,000 adherents in Yemen", qualifier="about"),
        ],
        released_names=["Hamed bin Haydara", "Waleed Ayyash", "Akram Ayyash", "Kayvan Ghaderi", "Badiullah Sanai",
                        "Wael al-Areeqi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mahdi al-Mashat", "Diane Ala'i"],
        distractors=["his wife, Elham (first name only)", "March 2020 pardon announcement (planned, not the release)",
                     "flown out on a UN aircraft (no destination, exile)", "56 (age); more than six years; about four years"],
    ),
    dict(
        file="013_gaza_evanston_mother_daughter_freed_2023.txt", published="2023-10-20",
        outlet="US suburban daily (subscribe banner, most-read list, comments)",
        event="Hamas frees US citizens Judith and Natalie Raanan via Qatar mediation, 2023-10-20",
        counts=[
            C("released", 2, "Hamas said it released the two Americans"),
            C("remaining_held", 200, "at least 200 hostages remain in Gaza", qualifier="at_least"),
            C("other", 10, "there are still 10 Americans unaccounted for",
              note="unaccounted for; some believed among the hostages (judgement call)"),
            C("other", 1400, "about 1,400 people were killed", qualifier="about"),
            C("other", 150, "about 150 people gathered", qualifier="about"),
        ],
        released_names=["Judith Tai Raanan", "Natalie Raanan"],
        alias_groups={"Judith Tai Raanan": ["Judith Raanan"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rachel Feldman", "Tom Kowalczyk", "Majed al-Ansari", "Uri Raanan", "Joe Biden",
                      "Antony Blinken", "Daniel Hagari", "Ben Raanan", "Andrea London", "Jan Schakowsky"],
        distractors=["Uri Raanan (father) and Ben Raanan (half-brother) share the surname",
                     "'the first captives to be freed since the war began' (ordinal)", "13 days; 59, 17 (ages); 85th birthday",
                     "most-read list and sports headline (page noise)"],
    ),
    dict(
        file="014_armenia_karabakh_committee_freed_1989_feature.txt", published="2019-05-31",
        outlet="long-read feature, 30 years on",
        event="Soviet authorities free the 11 Karabakh Committee members held in Moscow; they return to Yerevan, 1989-05-31",
        counts=[
            C("released", 11, "All eleven members held in Moscow were freed that day"),
            C("other", 11, "eleven men went to Moscow in handcuffs", note="same eleven (arrest), quote"),
            C("other", 25000, "killed at least 25,000 people", qualifier="at_least", note="earthquake deaths"),
            C("other", 100000, "put the crowd at more than 100,000", qualifier="more_than"),
            C("remaining_held", 40, "at least 40 people from the movement still behind bars", qualifier="at_least",
              note="according to Armenian human rights groups at the time"),
        ],
        released_names=["Levon Ter-Petrosyan", "Vazgen Manukyan", "Babken Ararktsyan", "Ashot Manucharyan",
                        "Rafael Ghazaryan", "Vano Siradeghyan", "Samvel Gevorgyan", "Alexan Hakobyan",
                        "Samson Ghazaryan", "Hambartsum Galstyan", "David Vardanyan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Anahit Grigoryan", "Mikhail Gorbachev", "Andrei Sakharov", "Lusine Martirosyan",
                      "Paruyr Hayrikyan", "Serzh Sargsyan", "Gevorg Avetisyan"],
        distractors=["'Ashot' the witness (first name only) is not Ashot Manucharyan",
                     "Paruyr Hayrikyan was expelled and barred from returning (not held, not freed)",
                     "Hambartsum Galstyan shot dead in 1994", "Ter-Petrosyan's 2008 protests; 2018 resignation of Sargsyan",
                     "nineteen (age); almost six months; thirty years"],
    ),
    dict(
        file="015_georgia_banker_shaw_freed_2002.txt", published="2002-11-11",
        outlet="Welsh local paper (comments, also-in-the-news)",
        event="Kidnapped Welsh banker Peter Shaw freed in the Pankisi Gorge area, Georgia, November 2002",
        counts=[
            C("other", 5000000, "demanded $5 million", note="reported ransom demand"),
            C("released", 2, "At least two other foreigners kidnapped in Georgia in recent years were freed",
              qualifier="at_least", note="earlier event (earlier kidnappings, unnamed)"),
            C("other", 200, "plans for 200 new homes approved", note="page noise"),
        ],
        released_names=["Peter Shaw"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gareth Pugh", "Koba Narchemashvili", "Jack Straw", "Eduard Shevardnadze",
                      "Deborah Barnes Jones", "Julie Morgan", "Huw Davies"],
        distractors=["his wife, Ann (first name only)", "police operation vs. left behind by captors (disputed manner of release)",
                     "56 (age); nearly five months; June 12"],
    ),
    dict(
        file="016_georgia_hands_russian_officers_to_osce_2006.txt", published="2006-10-02",
        outlet="Reuters wire",
        event="Georgia hands four detained Russian officers to the OSCE chairman; flown to Moscow, 2006-10-02",
        counts=[
            C("released", 4, "Georgia on Monday handed over four Russian army officers"),
            C("transferred_to", 4, "The four officers, who had been held since Wednesday, were handed to Karel De Gucht",
              where="Moscow, Russia", note="handed to the OSCE chairman, then flown to Moscow"),
            C("remaining_held", 11, "The 11 Georgians remain in custody"),
            C("other", 2000, "about 2,000 troops", qualifier="about"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nino Khutsishvili", "Dmitry Solovyov", "Karel De Gucht", "Mikheil Saakashvili",
                      "Vano Merabishvili", "Vladimir Putin", "Sergei Ivanov", "Sergei Lavrov",
                      "Margarita Antidze", "Richard Balmforth"],
        distractors=["officers not named", "'a fifth suspect' (ordinal; sheltering, not held)",
                     "'along with 11 Georgian citizens' = the same 11 still held",
                     "'tens of thousands of Georgians who work in Russia' vague",
                     "earlier Russian officers 'quietly released within hours' (vague, earlier)"],
    ),
    dict(
        file="017_turkmenistan_pardon_former_mufti_2007.txt", published="2007-08-10",
        outlet="AFP wire brief",
        event="Turkmenistan pardons 11 prisoners incl. former chief mufti Nasrullah ibn Ibadullah, 2007-08-09",
        counts=[
            C("released", 11, "has pardoned 11 prisoners"),
            C("other", 22, "sentenced in 2004 to 22 years in prison", note="sentence"),
            C("other", 10, "did not name the other ten prisoners", note="subset of the 11"),
            C("other", 2, "at least two of them were former officials", qualifier="at_least", note="subset of the 11"),
        ],
        released_names=["Nasrullah ibn Ibadullah"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gurbanguly Berdymukhamedov", "Saparmurat Niyazov", "Farid Tuhbatullin"],
        distractors=["'hundreds of political prisoners remain' vague", "'thousands of ordinary convicts were freed each year' vague, earlier",
                     "'eleven people out of many' (same 11)", "a relative (unnamed)"],
    ),
    dict(
        file="018_tajikistan_pilots_freed_on_appeal_2011.txt", published="2011-11-22",
        outlet="Russian-language news site, machine-translated ('1 000', '8,5', view counter)",
        event="Tajik appeal court cuts sentences and amnesties pilots Sadovnichy and Rudenko, freed in court, 2011-11-22",
        counts=[
            C("released", 2, "Both pilots were released in the court hall", note="'both' = two"),
            C("released", 6, "The other members of the crews, six persons, were released in the spring",
              note="earlier event (spring 2011)"),
            C("other", 1000, "more than 1 000 citizens of Tajikistan", qualifier="more_than", note="planned deportations"),
            C("other", 300, "about 300 Tajik migrants were detained in special reception centres", qualifier="about",
              note="migrants detained in Russia pending deportation (judgement call: not counted as held)"),
            C("other", 1000000, "from 1 000 000 to 1 500 000 Tajik citizens", note="migrant workers in Russia (range)"),
            C("other", 12418, "Views: 12 418", note="page noise (view counter)"),
        ],
        released_names=["Vladimir Sadovnichy", "Alexei Rudenko"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Gennady Onishchenko", "Dmitry Medvedev", "Sergei Lavrov", "Emomali Rahmon",
                      "Abdufattokh Shamsiddinov"],
        distractors=["his wife Galina (first name only)", "8,5 years -> 2,5 years (sentences, decimal comma)",
                     "two An-72 planes remain under arrest (planes, not people)", "62 (age); 15% bread price (page noise)"],
    ),
    dict(
        file="019_armenia_pashinyan_released_liveblog_2018.txt", published="2018-04-23",
        outlet="UK newspaper world-news live blog (timestamps, unrelated entries)",
        event="Armenia frees Nikol Pashinyan and MPs Mirzoyan and Mikayelyan; Sargsyan resigns, 2018-04-23",
        counts=[
            C("released", 3, "The three had been held since Sunday afternoon"),
            C("other", 2, "Two other opposition MPs detained with him on Sunday", note="subset of the three released"),
            C("remaining_held", 21, "21 people detained on Sunday are still in police custody"),
            C("released", 57, "police detained 57 protesters in Yerevan on Friday night",
              note="earlier event (all released without charge on Saturday morning)"),
            C("other", 232, "they had detained 232 people", note="detentions on Sunday; most freed overnight (no count)"),
            C("other", 9, "at least nine people have been killed", qualifier="at_least", note="page noise (Toronto)"),
            C("other", 10, "in which 10 people were killed", note="2008 deaths"),
            C("other", 11, "has led 11 days of street protests", note="duration"),
        ],
        released_names=["Nikol Pashinyan", "Ararat Mirzoyan", "Sasun Mikayelyan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Serzh Sargsyan", "Karen Karapetyan", "Anna Hakobyan", "Arman Tatoyan", "Dmitry Peskov"],
        distractors=["Pashinyan's own 2011 amnesty release (same person, earlier event)",
                     "'several dozen soldiers' vague", "Siranush, 74 (first name only, bystander)", "the Duchess of Cambridge / royal baby (page noise)",
                     "42 (age); less than 24 hours; six days; two five-year terms"],
    ),
    dict(
        file="020_kazakhstan_bokayev_released_2021.txt", published="2021-02-05",
        outlet="Central Asian rights NGO press release",
        event="Kazakh land-protest leader Max Bokayev released after serving five-year sentence, 2021-02-05",
        counts=[
            C("other", 5, "sentenced each to five years", note="sentence"),
            C("other", 2000, "nearly 2,000 km", qualifier="about", note="distance"),
            C("other", 1000, "detained more than 1,000 people", qualifier="more_than",
              note="detentions in May 2016; most released within hours (earlier event, no count)"),
            C("remaining_held", 18, "at least 18 people in prison whom it considers political prisoners", qualifier="at_least"),
        ],
        released_names=["Max Bokayev"],
        alias_groups={},
        not_released_names=["Erzhan Elshibayev"],
        other_event_released_names=["Talgat Ayan"],
        other_people=["Aliya Seitkali", "Kassym-Jomart Tokayev", "Nursultan Nazarbayev"],
        distractors=["his wife, Gulmira (first name only)", "banned from public activity for three more years (restriction)",
                     "48 (age); five years; four years", "Article 174 (law number)"],
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
