#!/usr/bin/env python3
"""Gold for devset_t (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name / alias / `where` occurs in it
(names: case-insensitive, for all-caps bylines and credits), no name is in two lists,
and kinds / qualifiers / values are valid."""
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
    dict(
        file="001_kagara_schoolboys_freed.txt", published="2021-02-27", outlet="Nigerian daily (READ ALSO, comments, More in News)",
        event="Kagara, Niger State: 42 abducted students, staff and relatives freed, 2021-02-27",
        counts=[
            C("released", 42, "The 42 freed captives"),
            C("other", 27, "27 students", note="subset of the 42"),
            C("other", 3, "three members of staff", note="subset of the 42"),
            C("other", 12, "12 relatives of staff", note="subset of the 42"),
            C("released", 5, "All five regained freedom", note="subset of the 42 (teacher, wife, three children); inferred, optional"),
            C("released", 53, "the freedom of 53 passengers", note="earlier event (NSTA bus passengers freed the previous Sunday)"),
            C("remaining_held", 279, "abducted 279 schoolgirls, who remain in captivity",
              note="inferred: different abduction (Jangebe, Zamfara); optional"),
            C("other", 600, "more than 600 students have been abducted", qualifier="more_than", note="cumulative abductions since December 2020"),
            C("other", 100, "over 100 armed bandit groups", qualifier="more_than", note="number of armed groups"),
            C("other", 14, "Flood: 14 dead, 3,000 displaced", note="page noise"),
            C("other", 3, "Senate confirms 3 new service chiefs", note="page noise"),
            C("other", 46, "46 Comments", note="page noise"),
        ],
        released_names=["Abdullahi Musa", "Yakubu Danladi", "Hassan Atiku"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abdullahi Tsafe", "Abubakar Sani Bello", "Samuel Kolo", "Ahmed Ibrahim Matane", "Benjamin Doma",
                      "Wasiu Abiodun", "Muhammadu Buhari", "Ahmad Gumi", "Musa Adamu", "Hannatu Salihu", "Hauwa Ibrahim",
                      "Kabiru Adamu"],
        distractors=["Benjamin Doma was shot dead during the abduction (not a releasee)",
                     "'some persons of interest' taken into custody (no number, no names)",
                     "ages 16, 15, 14; 'after 10 days'; 2am / 10:30am; 'up to 300 fighters'",
                     "Musa Adamu is a parent (his son is unnamed); Abdullahi Musa is a freed student",
                     "N485, N50m, 24-man squad, March 18 (page noise)"],
    ),
    dict(
        file="002_brahma12_crew_freed.txt", published="2016-05-01", outlet="Indonesian state news agency, English wire brief",
        event="Abu Sayyaf frees ten Indonesian crew of tugboat Brahma 12 in Jolo, 2016-05-01",
        counts=[
            C("released", 10, "the ten Indonesian citizens have been freed"),
            C("remaining_held", 4, "Four other Indonesian sailors, abducted from the tugboat Henry on April 15, are still being held"),
            C("other", 7000, "7,000 tons of coal", note="cargo"),
            C("other", 50000000, "demanded 50 million pesos", note="ransom demand"),
        ],
        released_names=["Peter Tonsen Barahama"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Retno Marsudi", "Abdusakur Tan", "Joko Widodo", "Yuni Arisandy Sinaga", "Fardah Assegaf", "Heru Purwanto"],
        distractors=["'scheduled to be flown to Jakarta' (planned, no number in the sentence)", "tugboat/barge names Brahma 12, Anand 12",
                     "March 26 / April 15 dates", "the four still-held sailors are not named"],
    ),
    dict(
        file="003_paraguay_arlan_fick_es.txt", published="2014-12-25", outlet="Paraguayan daily, machine-translated from Spanish",
        event="EPP guerrillas free kidnapped teenager Arlan Fick, Paraguay, 2014-12-25",
        counts=[
            C("other", 266, "after 266 days in captivity", note="duration"),
            C("other", 500000, "demanded 500.000 dollars", note="ransom demand"),
            C("other", 1000000000, "more than 1.000 million guaraníes", qualifier="more_than", note="value of food handed out"),
            C("other", 14, "to 14 settlements", note="settlements that received food"),
            C("other", 1200, "some 1.200 effectives", qualifier="about", note="troops of the FTC"),
            C("other", 50, "at least 50 deaths since 2008", qualifier="at_least", note="casualties attributed to the EPP"),
            C("other", 130000, "the payment of 130.000 dollars", note="ransom in an earlier kidnapping"),
            C("other", 3, "Cerro Porteño presents 3 reinforcements", note="page noise"),
            C("other", 112, "Comments (112)", note="page noise"),
        ],
        released_names=["Arlan Fick"],
        alias_groups={},
        not_released_names=["Edelio Morínigo"],
        other_event_released_names=["Luis Lindstron"],
        other_people=["Cristian Benítez Ruiz", "Alcido Fick", "Francisco de Vargas", "Horacio Cartes", "Jaqueline Fick",
                      "Obdulia Florenciano", "Cecilia Cubas", "Raúl Cubas", "Osvaldo Villalba", "Manuel Cristaldo Mieres",
                      "Luis Rojas"],
        distractors=["single-person release: no release count", "Morínigo is also spelled 'Morinigo' (surname only)",
                     "Cecilia Cubas was kidnapped in 2004 and found dead (not released)",
                     "Osvaldo Villalba alias 'Comandante Ramón' (EPP leader)", "ages 17 and 16; 'between 20 and 30 members'",
                     "Dollar closes at 4.630 guaraníes (page noise)"],
    ),
    dict(
        file="004_spanish_journalists_syria.txt", published="2016-05-07", outlet="Spanish public broadcaster, English web edition (cookie banner, video player)",
        event="Three Spanish journalists freed in Syria after ten months, handed over in Turkey, 2016-05-07",
        counts=[
            C("released", 3, "Three Spanish journalists kidnapped in Syria freed"),
            C("transferred_to", 3, "The three men were taken to Turkey", where="Turkey"),
            C("released", 2, "two Spanish journalists held by the Islamic State group, Javier Espinosa of El Mundo and the photographer Ricardo García Vilanova, were released",
              note="earlier event (March 2014)"),
            C("other", 100, "more than 100 professional and citizen journalists have been killed", qualifier="more_than", note="casualties since 2011"),
            C("other", 9000, "9,000 residents evacuated", note="page noise"),
            C("other", 83599, "Spain's unemployment falls by 83,599", note="page noise"),
            C("other", 23, "Comments (23)", note="page noise"),
        ],
        released_names=["Antonio Pampliega", "José Manuel López", "Ángel Sastre"],
        alias_groups={},
        not_released_names=["Jumpei Yasuda"],
        other_event_released_names=["Javier Espinosa", "Ricardo García Vilanova", "Marc Marginedas"],
        other_people=["Soraya Sáenz de Santamaría", "Alejandra de Antonio", "Mariano Rajoy"],
        distractors=["landing at Torrejón expected Sunday (planned; no number)", "'ten months'; age 33; 01:58 video; June 26 election",
                     "'Rajoy and Sánchez trade blows' (page noise)", "Real Madrid 3-2 (page noise)"],
    ),
    dict(
        file="005_cameroon_kolofata_chinese_hostages.txt", published="2014-10-11", outlet="AFP wire",
        event="Boko Haram frees 27 hostages (10 Chinese workers, 17 Cameroonians from Kolofata), 2014-10-11",
        counts=[
            C("released", 27, "Boko Haram frees 27 hostages"),
            C("other", 10, "including 10 Chinese workers", note="subset of the 27"),
            C("other", 17, "The other 17 hostages, all Cameroonians", note="subset of the 27"),
            C("other", 15, "At least 15 people were killed in the Kolofata raid", qualifier="at_least", note="casualties"),
            C("other", 1000, "about 1,000 extra troops", qualifier="about", note="troops"),
            C("released", 2, "two Italian priests, Giampaolo Marta and Gianantonio Allegri, and Canadian nun Gilberte Bussière were freed",
              note="earlier event (June 2014); three people in all"),
            C("remaining_held", 200, "still holding more than 200 schoolgirls", qualifier="more_than",
              note="inferred: different abduction (Chibok); optional"),
        ],
        released_names=["Françoise Agnès Moukouri", "Seini Boukar Lamine"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Giampaolo Marta", "Gianantonio Allegri", "Gilberte Bussière"],
        other_people=["Ferdinand Ngoh Ngoh", "Amadou Ali", "Wo Dongsheng", "Paul Biya"],
        distractors=["'had been flown to Yaoundé' (domestic; no number)", "Amadou Ali is the husband (vice PM), not a captive",
                     "one Cameroonian soldier killed; 'hundreds of Boko Haram fighters'", "bur-rek/jm (desk codes)"],
    ),
    dict(
        file="006_somalia_thai_fishermen.txt", published="2015-02-27", outlet="Reuters wire brief",
        event="Somali pirates free four Thai fishermen of the Prantalay 12 after nearly five years, 2015-02-27",
        counts=[
            C("released", 4, "Somali pirates have released four Thai fishermen"),
            C("transferred_to", 4, "The four, crew members of the Prantalay 12, a Thai-flagged fishing vessel hijacked in April 2010, were handed over in the central town of Galkayo and flown to Nairobi",
              where="Nairobi"),
            C("released", 14, "Fourteen Myanmar crew members from the same vessel were freed in 2011", note="earlier event (2011)"),
            C("other", 6, "six other crew died in captivity", note="died in captivity"),
            C("remaining_held", 26, "at least 26 seafarers are still held ashore", qualifier="at_least",
              note="inferred: hostages of other vessels/gangs; optional"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["John Steed", "Edith Honan", "Louise Ireland"],
        distractors=["no releasee is named", "'Prantalay 12' is a vessel name", "'fly on to Bangkok' (planned, no number)",
                     "'almost five years'; 2010, 2011, 2012"],
    ),
    dict(
        file="007_yemen_finns_austrian_liveblog.txt", published="2013-05-11", outlet="UK news site live blog (reverse timestamps, unrelated entries)",
        event="Finnish couple and Austrian student freed in Yemen and flown to Muscat, 2013-05-11",
        counts=[
            C("released", 3, "the three freed hostages"),
            C("transferred_to", 3, "all three hostages freed in Yemen were flown to Muscat", where="Muscat"),
            C("other", 2, "two Finns and an Austrian kidnapped in Yemen in December have been released", note="subset of the 3 (with release verb)"),
            C("other", 55, "turnout above 55%", note="page noise (Pakistan election)"),
            C("other", 1127, "has risen to 1,127", note="page noise (Rana Plaza death toll)"),
            C("other", 24, "At least 24 people were killed in election-day violence", qualifier="at_least", note="page noise"),
            C("other", 2400, "more than 2,400 people were rescued from the site", qualifier="more_than", note="page noise (factory collapse)"),
            C("other", 214, "Comments: 214", note="page noise"),
        ],
        released_names=["Atte Kaleva", "Leila Blomberg", "Dominik Neubauer"],
        alias_groups={},
        not_released_names=["Abdullah al-Khalidi"],
        other_event_released_names=["Silvia Eberhard"],
        other_people=["Michael Spindelegger", "Sultan Qaboos", "Erkki Tuomioja", "Jon Boone", "Haroon Siddique", "Matthew Weaver"],
        distractors=["'Bangladesh factory collapse toll passes 1,100' (page noise)", "age 26; 21 December; 17 days",
                     "al-Khalidi's captors demand release of women prisoners (demand, no number)",
                     "'will travel on to Europe' (planned)"],
    ),
    dict(
        file="008_donbas_exchange_dec2019_analysis.txt", published="2019-12-30", outlet="Kyiv English-language outlet, analysis (~1,000 words)",
        event="Ukraine-separatist prisoner exchange at Mayorske: 76 returned to Ukraine, 124 handed over, 2019-12-29",
        counts=[
            C("exchanged", 76, "Ukraine received 76 people"),
            C("exchanged", 124, "Kyiv handed over 124 people"),
            C("transferred_to", 76, "The 76 were flown to Kyiv's Boryspil airport", where="Kyiv", note="inferred: flown home; optional"),
            C("other", 5, "five former officers of the Berkut riot police", note="subset of the 124 (named releasees)"),
            C("remaining_held", 12, "Twelve of the people Kyiv had offered refused to go",
              note="inferred: refused to be exchanged and stayed in Ukrainian prisons; optional"),
            C("remaining_held", 200, "about 200 Ukrainians are still held in the occupied areas", qualifier="about"),
            C("other", 200, "more than 200 people as missing", qualifier="more_than", note="missing persons"),
            C("remaining_held", 86, "counts at least 86 political prisoners", qualifier="at_least",
              note="inferred: held in Russia and Crimea, outside this exchange; optional"),
            C("exchanged", 35, "Russia and Ukraine exchanged 35 prisoners each", note="earlier event (September 2019)"),
            C("other", 24, "the 24 Ukrainian sailors captured in the Kerch Strait", note="earlier event; subset of the 35"),
            C("released", 73, "saw 73 Ukrainians come home", note="earlier event (December 2017)"),
            C("exchanged", 233, "Kyiv handed back 233 people", note="earlier event (December 2017)"),
            C("released", 3200, "more than 3,200 people have been freed from separatist captivity since 2014", qualifier="more_than",
              note="cumulative since 2014"),
            C("other", 1000, "more than 1,000 ceasefire violations", qualifier="more_than", note="ceasefire violations"),
            C("other", 13000, "The war has killed more than 13,000 people", qualifier="more_than", note="casualties"),
            C("other", 73, "73% of the vote", note="percentage"),
            C("other", 58, "Comments (58)", note="page noise"),
        ],
        released_names=["Stanislav Aseyev", "Ihor Kozlovsky", "Oleksandr Korenkov", "Serhiy Zinchenko", "Pavlo Abroskin",
                        "Oleh Yanishevsky", "Serhiy Tamtura", "Oleksandr Marynchenko"],
        alias_groups={},
        not_released_names=["Server Mustafayev"],
        other_event_released_names=["Oleg Sentsov"],
        other_people=["Oksana Hrytsenko", "Volodymyr Zelensky", "Nataliya Korenkova", "Yevhenia Zakrevska", "Lyudmila Denisova",
                      "Viktor Medvedchuk", "Vladimir Putin", "Emmanuel Macron", "Angela Merkel"],
        distractors=["the Berkut officers are one side of the exchange (released, though accused of killing protesters)",
                     "Nataliya Korenkova is Korenkov's mother (scorer may treat -ov/-ova as one surname)",
                     "'15 years' sentence; age 65; 'three more points'; December 9 / 15 dates",
                     "'Heavenly Hundred' (group name)", "MOST READ: 18%, $2.9 billion, 2 a.m. (page noise)"],
    ),
    dict(
        file="009_afanasyev_soloshenko_swap_ru.txt", published="2016-06-14", outlet="Russian news site, machine-translated (view counter, Read also)",
        event="Russia-Ukraine two-for-two pardon exchange: Afanasyev and Soloshenko for Glishchinskaya and Didenko, 2016-06-14",
        counts=[
            C("exchanged", 2, "two Ukrainian citizens convicted in Russia returned to Kiev"),
            C("transferred_to", 2, "two Ukrainian citizens convicted in Russia returned to Kiev", where="Kiev", note="inferred: returned home; optional"),
            C("exchanged", 2, "two persons detained in Ukraine flew to Moscow"),
            C("transferred_to", 2, "two persons detained in Ukraine flew to Moscow", where="Moscow"),
            C("remaining_held", 1500, "at least 1 500 people remain in captivity in the Donbass", qualifier="at_least",
              note="inferred: held by separatists, outside this exchange; optional"),
            C("remaining_held", 11, "11 Ukrainian citizens are in places of deprivation of liberty in Russia"),
            C("remaining_held", 30, "up to 30", qualifier="about", note="inferred: alternative estimate ('up to'); optional"),
            C("other", 11482, "Views: 11 482", note="page noise"),
            C("other", 96, "Comments: 96", note="page noise"),
            C("other", 14, "In Karelia 14 children died", note="page noise"),
            C("other", 35, "35 detained in Marseille", note="page noise"),
        ],
        released_names=["Gennady Afanasyev", "Yuri Soloshenko", "Elena Glishchinskaya", "Vitaly Didenko"],
        alias_groups={"Gennady Afanasyev": ["Hennadiy Afanasyev"]},
        not_released_names=["Oleg Sentsov", "Alexander Kolchenko"],
        other_event_released_names=["Nadezhda Savchenko", "Alexander Alexandrov", "Yevgeny Yerofeyev"],
        other_people=["Vladimir Putin", "Petro Poroshenko", "Tatyana Moskalkova", "Dmitry Peskov", "Valeriya Lutkovska",
                      "Larisa Afanasyeva"],
        distractors=["sentences 7, 6, 20, 10, 22 years; age 74", "'two more of our citizens returned home' (same event)",
                     "Peskov denies it was an 'exchange' (still both sides released)", "Larisa Afanasyeva is the mother",
                     "key rate 10,5 %; 1:1 (page noise)", "Glishchinskaya's daughter (unnamed)"],
    ),
    dict(
        file="010_king_weeks_taliban_swap.txt", published="2019-11-19", outlet="Australian broadcaster page (cookie banner, video player, key points)",
        event="Taliban free Timothy Weeks and Kevin King; three Taliban prisoners flown to Qatar, 2019-11-19",
        counts=[
            C("released", 2, "The two hostages were handed over to US forces"),
            C("exchanged", 3, "agreed to free three senior Taliban prisoners"),
            C("transferred_to", 3, "three of its senior figures were flown to Qatar", where="Qatar"),
            C("released", 10, "would also release 10 Afghan soldiers", note="planned; no date"),
            C("other", 3, "3 million hectares burnt", note="page noise"),
            C("other", 50000, "jockey fined $50,000", note="page noise"),
        ],
        released_names=["Timothy Weeks", "Kevin King", "Anas Haqqani", "Haji Mali Khan", "Hafiz Rashid"],
        alias_groups={},
        not_released_names=["Paul Overby"],
        other_event_released_names=[],
        other_people=["James Oaten", "Scott Morrison", "Ashraf Ghani", "Sirajuddin Haqqani", "Zabihullah Mujahid",
                      "Marise Payne", "Jennifer Weeks", "Zalmay Khalilzad", "Donald Trump", "Jeanne Overby"],
        distractors=["ages 50 and 63; 'more than three years'; 2:14 video", "Jennifer Weeks is the sister; Jeanne Overby the wife",
                     "Sirajuddin Haqqani is Anas's brother (Taliban deputy leader, not held)", "'Tim' (first name only)",
                     "cash rate 0.75 per cent (page noise)"],
    ),
    dict(
        file="011_israel_syria_baumel_prisoners.txt", published="2019-04-28", outlet="Israeli news site brief",
        event="Israel frees two Syrian prisoners at Quneitra after return of Zachary Baumel's remains, 2019-04-28",
        counts=[
            C("released", 2, "Israel on Sunday released two Syrian prisoners"),
            C("transferred_to", 2, "The two men, Zidan Taweel and Ahmad Khamis, were taken to the crossing by the Israel Prison Service and transferred to Syria",
              where="Syria", note="inferred: handed back home; optional"),
            C("other", 2, "two other soldiers, Zvi Feldman and Yehuda Katz", note="missing since 1982"),
            C("other", 31, "Comments (31)", note="page noise"),
        ],
        released_names=["Zidan Taweel", "Ahmad Khamis"],
        alias_groups={"Zidan Taweel": ["Zeidan Tawil"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Zachary Baumel", "Zvi Feldman", "Yehuda Katz", "Benjamin Netanyahu", "Vladimir Putin"],
        distractors=["Baumel's remains were returned (not a releasee)", "Feldman and Katz are missing, not stated as held",
                     "'There was no agreement and no exchange' (official denial)", "1982, 2005, April 3"],
    ),
    dict(
        file="012_lazarevic_freed_fr.txt", published="2014-12-09", outlet="French daily (with AFP/Reuters), machine-translated",
        event="AQIM frees French hostage Serge Lazarevic in Mali; Mali reportedly frees four AQIM suspects, 2014-12-09",
        counts=[
            C("exchanged", 4, "Bamako released in the preceding days four presumed members of AQMI",
              note="claim by Malian sources; other side of the release"),
            C("released", 4, "the four hostages of Arlit, Thierry Dol, Daniel Larribe, Pierre Legrand and Marc Féret, released",
              note="earlier event (October 2013)"),
            C("other", 1111, "after 1 111 days of captivity", note="duration"),
            C("other", 3000, "some 3 000 soldiers", qualifier="about", note="troops"),
            C("other", 4, "4 UN peacekeepers killed", note="page noise"),
            C("other", 6000, "the toll exceeds 6 000 deaths", qualifier="more_than", note="page noise"),
            C("other", 147, "Reactions (147)", note="page noise"),
        ],
        released_names=["Serge Lazarevic", "Mohamed Ali Ag Wadoussène", "Haïba Ag Acherif"],
        alias_groups={},
        not_released_names=["Sjaak Rijke", "Johan Gustafsson", "Stephen McGown"],
        other_event_released_names=["Thierry Dol", "Daniel Larribe", "Pierre Legrand", "Marc Féret"],
        other_people=["Christophe Châtelot", "François Hollande", "Mahamadou Issoufou", "Philippe Verdon",
                      "Mohamed Ali Bathily", "Diane Lazarevic"],
        distractors=["Philippe Verdon was executed in captivity", "Diane Lazarevic is the daughter",
                     "Ag Wadoussène's June escape and recapture (not a release)", "'the last French hostage in the world'",
                     "age 50; 24 November 2011; 1 August (Barkhane)", "transported to Niamey (single person, no count)"],
    ),
    dict(
        file="013_michael_white_iran_release.txt", published="2020-06-04", outlet="San Diego regional paper (newsletter prompt, More from Local, comments)",
        event="Iran frees US Navy veteran Michael White; US frees Majid Taheri (and Sirous Asgari deported), 2020-06-03/04",
        counts=[
            C("exchanged", 2, "two Iranians, Sirous Asgari and Majid Taheri\" had been freed",
              note="claim by Zarif; other side of the exchange (US denies a swap)"),
            C("remaining_held", 3, "At least three other Americans remain imprisoned in Iran", qualifier="at_least"),
            C("remaining_held", 20, "about 20 Iranians are being held in American jails", qualifier="about",
              note="claim by Tehran; held by the other side; optional"),
            C("other", 112, "San Diego County reports 112 new cases", note="page noise"),
            C("other", 60, "60-game plan", note="page noise"),
            C("other", 87, "Comments (87)", note="page noise"),
        ],
        released_names=["Michael White", "Majid Taheri", "Sirous Asgari"],
        alias_groups={},
        not_released_names=["Siamak Namazi", "Morad Tahbaz"],
        other_event_released_names=["Xiyue Wang", "Massoud Soleimani"],
        other_people=["Teresa Alvarado", "Brian Hook", "Joanne White", "Jonathan Franks", "Donald Trump", "Javad Zarif",
                      "Ali Khamenei", "Bill Richardson", "Mickey Bergman", "Mike Pompeo", "Robert Levinson", "Ron Delgado",
                      "Mike Levin", "Greg Moran"],
        distractors=["Joanne White is the mother", "Robert Levinson declared dead in custody",
                     "medical furlough in March (not the release)", "Asgari's first name 'also appeared as Cyrus' (no full alias in text)",
                     "age 48; 13 years (service and sentence); 10-year sentences", "'second time in six months' (no count)"],
    ),
    dict(
        file="014_yemen_icrc_release_oct2020.txt", published="2020-10-16", outlet="ICRC news release (contact block)",
        event="Yemen: ICRC-facilitated release and transfer of 1,056 conflict detainees, 2020-10-15/16",
        counts=[
            C("released", 1056, "1,056 former detainees were released"),
            C("released", 1000, "More than 1,000 detainees released", qualifier="more_than", note="inferred: headline rounding; optional"),
            C("exchanged", 681, "Of those released, 681 were detainees held by the Saudi-led coalition"),
            C("transferred_to", 681, "681 were detainees held by the Saudi-led coalition and the Government of Yemen, who were flown to Sana'a",
              where="Sana'a", note="inferred: repatriation to their side; optional"),
            C("exchanged", 375, "The 375 detainees released by Ansar Allah"),
            C("other", 15, "15 Saudi nationals", note="subset of the 375"),
            C("other", 4, "four Sudanese nationals", note="subset of the 375"),
            C("transferred_to", 19, "those 19 were flown to Abha", where="Abha"),
            C("released", 2, "two US nationals held in Sana'a were freed", note="earlier event (separate deal the day before)"),
            C("other", 240, "some 240 Yemenis stranded in Oman", qualifier="about", note="earlier event; allowed to return, not detainees"),
            C("other", 150, "Some 150 ICRC staff", qualifier="about", note="staff"),
            C("other", 24000000, "more than 24 million people in need", qualifier="more_than", note="humanitarian figure"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Franz Rauchenstein", "Martin Griffiths", "Basheer Omar", "Ruth Hetherington"],
        distractors=["no releasee is named", "'Tens of thousands ... detained' (vague)", "27 September; 2018 Stockholm Agreement",
                     "phone numbers in the contact block"],
    ),
    dict(
        file="015_egypt_pardon_fahmy_mohamed.txt", published="2015-09-23", outlet="press-freedom NGO press release (numbered demands, contact)",
        event="Egypt: Sisi pardons 100 prisoners incl. Al Jazeera's Fahmy and Baher Mohamed, 2015-09-23",
        counts=[
            C("released", 100, "among 100 prisoners pardoned"),
            C("other", 16, "together with 16 students", note="subset of the 100"),
            C("remaining_held", 18, "At least 18 journalists remain in prison in Egypt", qualifier="at_least"),
            C("other", 600, "an ordeal of more than 600 days", qualifier="more_than", note="duration"),
        ],
        released_names=["Mohamed Fahmy", "Baher Mohamed", "Yara Sallam", "Sanaa Seif"],
        alias_groups={"Mahmoud Abu Zeid": ["Shawkan"]},
        not_released_names=["Alaa Abd El-Fattah", "Mahmoud Abu Zeid"],
        other_event_released_names=["Peter Greste"],
        other_people=["Abdel Fattah el-Sisi", "Nadia Hamdi", "Marwa Omara", "Amal Clooney", "Leila Haddad"],
        distractors=["Alaa Abd El-Fattah is Sanaa Seif's brother and remains in prison",
                     "Peter Greste was deported in February (earlier release) and reconvicted in absentia",
                     "three years / five-year sentences; 2013 protest law; August 29 retrial", "Marwa Omara is Fahmy's wife"],
    ),
    dict(
        file="016_senegal_sonko_faye_analysis.txt", published="2024-03-18", outlet="think-tank commentary (~1,050 words)",
        event="Senegal: Ousmane Sonko and Bassirou Diomaye Faye freed under amnesty law, 2024-03-14",
        counts=[
            C("released", 2, "The two men were freed"),
            C("released", 340, "the authorities released more than 340 people", qualifier="more_than",
              note="earlier event (second half of February 2024)"),
            C("other", 94, "94 votes to 49", note="vote count"),
            C("other", 60, "at least 60 deaths in protests", qualifier="at_least", note="casualties since 2021"),
            C("other", 1000, "about 1,000 people were arrested", qualifier="about", note="arrests since 2021"),
            C("other", 19, "the 19 candidates on the ballot", note="candidates"),
            C("other", 8, "above 8 percent", qualifier="more_than", note="growth forecast"),
            C("other", 12, "12 months on", note="page noise"),
        ],
        released_names=["Ousmane Sonko", "Bassirou Diomaye Faye"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Aliou Sané", "Karim Wade", "Khalifa Sall"],
        other_people=["Aminata Ndiaye Fall", "Macky Sall", "Abdoulaye Wade", "Abdou Diouf", "Amadou Ba"],
        distractors=["Abdoulaye Wade 'was jailed several times' before 2000 (no release stated)",
                     "Khalifa Sall is 'no relation' to Macky Sall", "Karim Wade is the former president's son",
                     "'Diomaye mooy Sonko' (slogan)", "two-year sentence; 'less than ten hours'; fifth president; April 7"],
    ),
    dict(
        file="017_cuba_53_prisoners_released.txt", published="2015-01-12", outlet="AP wire, full story (all-caps byline)",
        event="US says Cuba has completed release of 53 political prisoners under the December deal, 2015-01-12",
        counts=[
            C("released", 53, "Cuba has completed the release of 53 political prisoners"),
            C("other", 16, "16 of its members were on the list", note="subset of the 53"),
            C("remaining_held", 71, "at least 71 other people it considers political prisoners remain behind bars", qualifier="at_least"),
            C("other", 8899, "8,899 short-term politically motivated detentions", note="detentions in 2014"),
            C("exchanged", 3, "the U.S. freed the last three members of the so-called Cuban Five", note="earlier event (Dec. 17, 2014)"),
            C("released", 100, "the Cuban government freed more than 100 political prisoners", qualifier="more_than",
              note="earlier event (2010-2011)"),
        ],
        released_names=["Sonia Garro", "Ramón Alejandro Muñoz", "Eliécer Bandera"],
        alias_groups={"Danilo Maldonado": ["El Sexto"]},
        not_released_names=["Ángel Santiesteban", "Danilo Maldonado"],
        other_event_released_names=["Alan Gross", "Gerardo Hernández", "Ramón Labañino", "Antonio Guerrero"],
        other_people=["Michael Weissman", "Andrea Ortega", "Jen Psaki", "Barack Obama", "Raúl Castro", "Josefina Vidal",
                      "Roberta Jacobson", "Berta Soler", "Marco Rubio", "Benedict XVI"],
        distractors=["'most of these 53 could be back in jail' (hypothetical)", "'Cuban Five' is a group name",
                     "pigs named 'Fidel' and 'Raúl'", "an unnamed U.S. intelligence agent (earlier event, no name)",
                     "five-year sentence; 54-year-old embargo; Jan. 21 talks; 2003 Black Spring"],
    ),
    dict(
        file="018_morocco_eid_pardon_hirak_fr.txt", published="2018-08-21", outlet="Moroccan news site, machine-translated from French (ministry communiqué quoted)",
        event="Morocco: Eid al-Adha royal pardon of 889 incl. 188 Hirak detainees; 609 freed, 2018-08-21",
        counts=[
            C("released", 889, "royal pardon for 889 persons",
              note="inferred: pardon total mixing releases, sentence reductions and people at liberty; optional"),
            C("other", 847, "847 detainees", note="beneficiaries in detention (609 freed + 238 reductions)"),
            C("released", 609, "609 detainees benefiting from a total remission were released"),
            C("remaining_held", 238, "reduction of the sentence of imprisonment: 238 detainees",
              note="inferred: sentence reduced, still serving; optional"),
            C("other", 42, "at liberty: 42 persons", note="beneficiaries not in custody"),
            C("other", 188, "188 detainees prosecuted", note="subset of the beneficiaries (Hirak / Jerada)"),
            C("released", 58, "the king had already pardoned 58 detainees of the Hirak", note="earlier event (July 2017)"),
            C("other", 400, "more than 400 persons were arrested", qualifier="more_than", note="arrests since October 2016"),
            C("other", 8214, "Lu 8 214 fois", note="page noise"),
            C("other", 1500, "1 500 additional buses", note="page noise"),
        ],
        released_names=["Abdelhak Fahsi"],
        alias_groups={"Nasser Zefzafi": ["Nasser Zafzafi"]},
        not_released_names=["Nasser Zefzafi", "Nabil Ahamjik", "Ouassim Boustati", "Samir Ighid", "Hamid El Mahdaoui"],
        other_event_released_names=["Silya Ziani"],
        other_people=["Youssef Ait Akdim", "Mohammed VI", "Ahmed Zafzafi", "Mohamed Aujjar", "Mouhcine Fikri"],
        distractors=["Ahmed Zafzafi is the father of the jailed Hirak leader", "Mouhcine Fikri died in 2016",
                     "20 years / three years / two years sentences; age 24; 11 h", "year 1439 of the Hegira",
                     "46 °C; Raja 2-1 (page noise)"],
    ),
    dict(
        file="019_ethiopia_christmas_amnesty_2022.txt", published="2022-01-07", outlet="UK broadcaster page (cookie banner, image credit, video residue)",
        event="Ethiopia releases Jawar Mohammed, Bekele Gerba, Eskinder Nega and TPLF leaders, 2022-01-07",
        counts=[
            C("released", 12, "charges had been dropped against a total of 12 people",
              note="inferred: charges dropped (release implied); optional"),
            C("remaining_held", 9, "at least nine journalists remained in detention in Ethiopia as of 1 December", qualifier="at_least",
              note="CPJ figure as of 1 December 2021, before the release"),
            C("other", 2000000, "more than two million from their homes", qualifier="more_than", note="displaced"),
            C("other", 56, "Drone strike on camp kills 56", note="page noise"),
        ],
        released_names=["Jawar Mohammed", "Bekele Gerba", "Eskinder Nega", "Sebhat Nega", "Abay Weldu", "Kidusan Nega"],
        alias_groups={},
        not_released_names=["Tamrat Negera"],
        other_event_released_names=[],
        other_people=["Meron Tadesse", "Eduardo Soteras", "Abiy Ahmed", "Hachalu Hundessa", "Gedion Timothewos",
                      "Getachew Reda", "Jeffrey Feltman"],
        distractors=["'tens of thousands of Tigrayans remained in detention' (vague, claim)", "'thousands of people ... held' (vague)",
                     "age 87; 18 months; 00:01:47 video", "Hachalu Hundessa was killed in 2020",
                     "'Nine million need food aid' (page noise)"],
    ),
    dict(
        file="020_israel_26_palestinian_prisoners.txt", published="2013-08-14", outlet="Reuters wire brief (photo credit)",
        event="Israel frees 26 long-serving Palestinian prisoners, first of four stages, 2013-08-14",
        counts=[
            C("released", 26, "Israel freed 26 Palestinian prisoners"),
            C("transferred_to", 14, "Fourteen were taken to the Gaza Strip", where="Gaza Strip"),
            C("transferred_to", 12, "12 to the Beitunia checkpoint near Ramallah in the occupied West Bank", where="West Bank"),
            C("released", 104, "to free 104 long-serving prisoners in stages", note="planned (four stages in all)"),
            C("other", 4, "the first of four planned releases", note="planned stages"),
            C("remaining_held", 4700, "About 4,700 Palestinians are held in Israeli jails", qualifier="about",
              note="Palestinian figures"),
            C("other", 20, "some had served more than 20 years", qualifier="more_than", note="duration"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mahmoud Abbas", "Benjamin Netanyahu", "John Kerry", "Noah Browning", "Jeffrey Heller", "Alistair Lyon",
                      "Suhaib Nasser"],
        distractors=["no releasee is named", "1993 Oslo accords; 'three-year freeze'", "victims' relatives' petition rejected"],
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
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: non-integer value {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                err(f"{g['file']}: `where` must be set exactly on transferred_to: {c['quote']!r}")
            if c["where"] is not None and c["where"].casefold() not in low:
                err(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for canon, aliases in g["alias_groups"].items():
            if canon not in seen:
                err(f"{g['file']}: alias group key not in any list: {canon!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
