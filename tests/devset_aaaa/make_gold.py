#!/usr/bin/env python3
"""Gold for devset_aaaa (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_lufthansa_jumbo_aden_1972.txt", published="1972-02-23", outlet="US wire (UPI)",
        event="Lufthansa 747 hijacked to Aden: passengers freed in two batches, crew freed after $5m ransom, 1972-02-22/23",
        counts=[
            C("released", 15, "freed the last 15 members of its crew here today"),
            C("released", 172, "All 172 passengers had been set free in two groups on Tuesday"),
            C("released", 35, "First to leave the aircraft were 35 women and children",
              note="first batch (subset of the 172)"),
            C("released", 137, "The remaining 137 passengers, all of them men, were let off in the afternoon",
              note="second batch (subset of the 172)"),
            C("released", 187, "The release ended a 30-hour ordeal for the 187 people who had been aboard",
              note="inferred: total on board (172 passengers + 15 crew), all now free"),
            C("transferred_to", 172, "a relief aircraft would fly the passengers to Frankfurt tonight", where="Frankfurt",
              note="planned; value inferred (the 172 passengers)"),
            C("other", 18, "the passengers included 18 Americans and about 40 Japanese",
              note="nationality subset of the passengers"),
            C("other", 40, "the passengers included 18 Americans and about 40 Japanese", qualifier="about",
              note="nationality subset of the passengers"),
            C("other", 5, "Five Arab gunmen who seized a West German jumbo jet", note="hijackers (surrendered, held by police)"),
            C("released", 300, "more than 300 passengers and crew from four airliners were kept in Jordan for up to three weeks before being freed",
              qualifier="more_than", note="earlier event (September 1970 hijackings)"),
            C("exchanged", 7, "in exchange for seven Arab prisoners held in Europe", note="earlier event (September 1970)"),
        ],
        released_names=["Joseph P. Kennedy", "Joachim Kreuzer", "Renate Holm"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Peter Halloran", "Klaus Weidner", "Robert F. Kennedy", "Conrad Ahlers", "Willy Brandt"],
        distractors=["$5 million ransom; $23 million aircraft (money)", "30-hour ordeal (duration)",
                     "Robert F. Kennedy is the late father of a releasee", "the five hijackers surrendered and are held (not hostages)",
                     "crew to follow on Thursday (planned travel, no count)"],
    ),
    dict(
        file="002_amsterdam_consulate_siege_1975_nl.txt", published="1975-12-20", outlet="Dutch daily, machine-translated (1.200 / 40.000 separators)",
        event="South Moluccan occupation of the Indonesian consulate-general in Amsterdam ends; last 25 hostages freed, 1975-12-19",
        counts=[
            C("released", 25, "The last 25 hostages, Indonesian staff members and three Dutch visitors, left the building one by one"),
            C("other", 3, "three Dutch visitors", note="subset of the last 25"),
            C("other", 45, "they took 45 people hostage", note="total hostages taken on 4 December"),
            C("other", 16, "Among them were 16 children of the Indonesian school",
              note="children among the hostages; all released in two batches (4 + 12)"),
            C("released", 4, "Four children were released the same evening",
              note="batch during the same siege (4 December)"),
            C("released", 12, "the other twelve the following morning", note="batch during the same siege (5 December)"),
            C("other", 2, "Two other staff members managed to escape within the first hour", note="escaped, not released"),
            C("other", 7, "The seven South Moluccan young men", note="occupiers (arrested)"),
            C("other", 1200, "Around 1.200 police officers, military police and marines were deployed", qualifier="about",
              note="security forces"),
            C("released", 23, "the hijackers released their last 23 hostages", note="earlier event (Wijster train, 14 December)"),
            C("other", 3, "after they had killed three men in the first days", note="killed (Wijster train)"),
            C("other", 40000, "More than 40.000 Moluccans live in the Netherlands", qualifier="more_than", note="population"),
        ],
        released_names=["Abdul Hasibuan", "T. van der Linden", "Johannes Soemarno"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Wahjoe Soedarto", "J.A. Manusama", "Samuel Metiary", "Van Agt", "Samkalden", "H. de Groot"],
        distractors=["Wahjoe Soedarto jumped to escape and died (not released)",
                     "Johannes Soemarno (sick) was let go on 10 December during the same siege; counted as this event (judgement call)",
                     "ƒ 250.000 damage (money)", "fifteen days (duration)"],
    ),
    dict(
        file="003_entebbe_hundred_freed_1976.txt", published="1976-07-02", outlet="British broadsheet archive page ('From the archive', archive note)",
        event="Entebbe: hijackers of Air France 139 free 100 more hostages, flown to Paris; 106 still held, 1976-07-01",
        counts=[
            C("released", 100, "One hundred of the hostages held by pro-Palestinian hijackers at Entebbe airport in Uganda were freed today"),
            C("transferred_to", 100, "were freed today and flown to Paris", where="Paris"),
            C("remaining_held", 106, "Their release leaves 106 people in the hands of the hijackers"),
            C("remaining_held", 94, "94 passengers, almost all of them Israelis or holders of dual nationality",
              note="passenger part of the 106"),
            C("remaining_held", 12, "the 12 members of the Air France crew, who declined the offer to leave without them",
              note="crew part of the 106 (stayed voluntarily)"),
            C("released", 47, "On Wednesday the hijackers released a first group of 47 hostages",
              note="first batch of the same hijacking (30 June); counted as this event (judgement call)"),
            C("released", 148, "148 people have now been released since flight 139 from Tel Aviv was seized",
              note="cumulative (1 + 47 + 100)"),
            C("other", 242, "with 242 passengers and 12 crew on board", note="total on board when seized"),
            C("other", 10, "included at least 10 Americans, several Canadians and three Britons", qualifier="at_least",
              note="nationality subset of the 100"),
            C("other", 3, "included at least 10 Americans, several Canadians and three Britons",
              note="nationality subset of the 100"),
            C("other", 53, "demanding the release of 53 prisoners", note="hijackers' demand"),
            C("other", 40, "40 of them held in Israel and 13 in Kenya, West Germany, Switzerland and France", note="demand breakdown"),
            C("other", 13, "40 of them held in Israel and 13 in Kenya, West Germany, Switzerland and France", note="demand breakdown"),
            C("other", 102, "rescued 102 hostages, who were flown to Israel via Nairobi",
              note="later event (4 July raid, archive note)"),
            C("other", 3, "Three hostages were killed in the operation", note="later event (4 July raid, archive note)"),
        ],
        released_names=["Jean-Pierre Lasserre", "Claire Dumont", "Patricia Martell"],
        alias_groups={},
        not_released_names=["Michel Bacos", "Dora Bloch"],
        other_event_released_names=[],
        other_people=["Idi Amin", "Jean Sauvagnargues", "Yitzhak Rabin"],
        distractors=["Patricia Martell was let off at Benghazi on Sunday, same hijacking (judgement call: this event)",
                     "Dora Bloch: in hospital under guard (still held); archive note says she was later murdered",
                     "Michel Bacos and crew chose to stay (still held)", "deadline 11 a.m. Sunday"],
    ),
    dict(
        file="004_twa_hijack_gander_local_1976.txt", published="1976-09-13", outlet="Newfoundland local weekly",
        event="TWA 355 hijacked by Croatian nationalists: 35 freed at Gander, the rest freed in Paris, 1976-09-11/12",
        counts=[
            C("released", 35, "the five hijackers on board had released 35 passengers"),
            C("released", 50, "The remaining 50 passengers and the seven crew members walked off the plane unharmed"),
            C("released", 7, "The remaining 50 passengers and the seven crew members walked off the plane unharmed"),
            C("transferred_to", 35, "The 35 were flown to New York on Saturday afternoon", where="New York"),
            C("other", 85, "with 85 passengers and seven crew", note="total on board"),
            C("other", 50, "The remaining 50 passengers and the crew of seven went on with the hijackers across the Atlantic",
              note="held at that point, freed later the same weekend (not remaining held)"),
            C("other", 5, "the five hijackers on board", note="hijackers (arrested)"),
        ],
        released_names=["Richard Carey", "Dorothy Kowalski", "Thomas Reilly"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Marjorie Pittman", "Cyril Hynes", "Harold Pardy", "Zvonko Busic", "Brian Murray"],
        distractors=["Julienne Busic (first name only) is a hijacker, arrested", "Brian Murray, police officer killed by the bomb",
                     "eight hours; nine hours (durations)", "15 cents; since 1959 (masthead)"],
    ),
    dict(
        file="005_ankara_egyptian_embassy_siege_1979_brief.txt", published="1979-07-15", outlet="US wire brief (AP)",
        event="Palestinian gunmen end the Egyptian embassy siege in Ankara and free 20 hostages, 1979-07-15",
        counts=[
            C("released", 20, "freed their remaining 20 hostages"),
            C("released", 3, "Three hostages — two women secretaries and an elderly Egyptian diplomat who complained of heart pains — were released on Saturday",
              note="batch during the same siege"),
            C("other", 24, "They seized 24 people", note="total hostages"),
            C("other", 2, "killed two Turkish policemen", note="killed guards"),
            C("other", 4, "Four Palestinian guerrillas", note="attackers (surrendered)"),
            C("other", 2, "free two Palestinians held in Egyptian jails", note="demand, not met"),
        ],
        released_names=["Ahmed Zaki"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bulent Ecevit", "Hasan Fehmi Gunes", "Anwar Sadat", "Youssef el-Sebai"],
        distractors=["the unnamed ambassador escaped by jumping from a window", "45-hour siege",
                     "Larnaca 1978 hostages freed (earlier event, no count)"],
    ),
    dict(
        file="006_egyptair_648_malta_feature_2015.txt", published="2015-11-22", outlet="Maltese newspaper long feature (30 years on)",
        event="EgyptAir MS648 hijack at Luqa: 11 women and two crew freed, hostages shot, Egyptian commando raid, 1985-11-23/24",
        counts=[
            C("released", 11, "First they freed 11 women — Filipinos and Egyptians — and two flight attendants"),
            C("released", 2, "and two flight attendants who had been injured in the shooting"),
            C("released", 20, "About 20 passengers who were still on board when the commandos went in came out alive",
              qualifier="about", note="survivors of the raid"),
            C("released", 2, "along with two members of the crew", note="crew survivors of the raid"),
            C("other", 89, "with 89 passengers and six crew", note="total on board"),
            C("other", 6, "with 89 passengers and six crew", note="total on board"),
            C("other", 56, "56 passengers died", note="killed in the raid"),
            C("other", 58, "Altogether 58 people died on the aircraft or of their wounds", note="killed"),
            C("other", 19, "killing 19 people", note="later attack (Rome and Vienna airports)"),
        ],
        released_names=["Lorna Villanueva", "Ahmed Fouad", "Tamar Artzi", "Patrick Baker", "Jackie Pflug"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Omar Rezaq"],
        other_people=["Karl Azzopardi", "Marija Camilleri", "Carmelo Mifsud Bonnici", "Nitzan Mendelson",
                      "Scarlett Rogenkamp", "Joe Farrugia"],
        distractors=["Artzi, Baker and Pflug were shot and dumped but survived (counted as freed; judgement call)",
                     "Mendelson and Rogenkamp were killed", "Omar Rezaq (hijacker) freed by Malta in 1993: other event",
                     "sentenced to 25 years; less than eight years; life imprisonment", "34,000 feet; row 14"],
    ),
    dict(
        file="007_singapore_airlines_sq117_changi_1991.txt", published="1991-03-27", outlet="UK wire (Reuter)",
        event="Singapore commandos storm hijacked SQ117 at Changi, freeing all 123 on board, 1991-03-27",
        counts=[
            C("released", 123, "freeing all 123 people still on board"),
            C("released", 114, "The 114 passengers and nine crew members were unhurt", note="passenger part of the 123"),
            C("released", 9, "The 114 passengers and nine crew members were unhurt", note="crew part of the 123"),
            C("released", 2, "Two cabin crew members had been pushed out of the aircraft onto the tarmac",
              note="forced off the plane during the night (judgement call: freed)"),
            C("other", 4, "killing all four hijackers", note="hijackers killed"),
            C("other", 5, "they included five Americans and two Britons", note="nationality subset"),
            C("other", 2, "they included five Americans and two Britons", note="nationality subset"),
        ],
        released_names=["Chew Boon Huat", "Leslie Tan", "Yeo Khee Meng"],
        alias_groups={},
        not_released_names=["Asif Ali Zardari"],
        other_event_released_names=[],
        other_people=["Michael Tan", "Benazir Bhutto", "Goh Chok Tong", "Joseph Pillay"],
        distractors=["Zardari is a detainee in Pakistan whose release the hijackers demanded; he remains in custody",
                     "kill a passenger every 10 minutes (threat)", "6.50 a.m. / 2250 GMT (times)"],
    ),
    dict(
        file="008_pia_fokker_hijack_hyderabad_1998.txt", published="1998-05-26", outlet="Pakistani English-language daily",
        event="PIA PK-544 hijack ends at Hyderabad; all 38 on board freed, women and children first, 1998-05-25",
        counts=[
            C("released", 38, "Hijacked PIA plane's 38 on board freed in Hyderabad"),
            C("released", 33, "All 33 passengers and five crew members of a PIA Fokker Friendship"),
            C("released", 5, "All 33 passengers and five crew members of a PIA Fokker Friendship"),
            C("released", 14, "14 women and children were allowed to leave the aircraft", note="first batch"),
            C("released", 4, "four more passengers — two elderly men, a diabetic and a young man with a fever — were let go",
              note="second batch"),
            C("released", 15, "The remaining 15 passengers and five crew were still on board at 3 a.m. when the police and commandos rushed the aircraft",
              note="freed in the raid (last batch)"),
            C("other", 3, "overpowered the three hijackers", note="hijackers (arrested)"),
        ],
        released_names=["Uzair Khan", "Abdul Ghafoor Kalmati"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Shahsawar Baloch", "Sabir Rind", "Shabbir Rind", "Akhtar Zamin", "Nawaz Sharif", "Nasreen Bibi"],
        distractors=["Rs 100,000 cash awards (money)", "the hijackers were arrested, not freed",
                     "'Indian officials' were Pakistani police in disguise"],
    ),
    dict(
        file="009_khobar_oasis_compound_siege_2004.txt", published="2004-05-30", outlet="French wire (AFP)",
        event="Saudi commandos storm the Oasis compound in Khobar and free 25 hostages; 22 dead, 2004-05-30",
        counts=[
            C("released", 25, "freed 25 hostages held by Islamist gunmen for almost 25 hours"),
            C("other", 22, "a rampage that left 22 people dead", note="killed"),
            C("other", 8, "The 22 dead were eight Indians, three Filipinos", note="nationality of the dead"),
            C("other", 3, "Three of the four attackers escaped during the assault", note="attackers escaped (not hostages)"),
            C("other", 25, "At least 25 other people were wounded", qualifier="at_least", note="wounded"),
            C("other", 200, "Security forces had earlier evacuated about 200 residents", qualifier="about",
              note="evacuated residents, not hostages (judgement call)"),
            C("other", 5, "gunmen killed five Westerners", note="earlier attack (Yanbu, May 1)"),
            C("other", 40, "Oil prices rose above 40 dollars a barrel", note="price"),
        ],
        released_names=["Fadi Khoury", "Paul Hennessy"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Adel al-Jubeir", "Nimr al-Baqmi"],
        distractors=["'several Muslim residents were let go' (vague)", "Nimr al-Baqmi: captured attacker",
                     "25 freed vs at least 25 wounded (same number, different meaning)", "Crown Prince Abdullah (single name)"],
    ),
    dict(
        file="010_sevare_hotel_byblos_2015_fr.txt", published="2015-08-08", outlet="Malian news site, machine-translated from French (10 000 / 1 000 separators)",
        event="Malian special forces end the Byblos hotel hostage-taking in Sévaré; four foreign hostages freed, 2015-08-08",
        counts=[
            C("released", 4, "freed four foreign hostages"),
            C("released", 10, "About ten employees of the hotel, all Malians, were also freed", qualifier="about"),
            C("other", 13, "The provisional toll is 13 dead", note="killed"),
            C("other", 5, "five employees of Minusma subcontractors", note="killed"),
            C("other", 2, "Two assailants were arrested", note="attackers"),
            C("other", 5, "In March, five people, among them a French and a Belgian, were killed", note="earlier attack (Bamako)"),
            C("other", 10000, "counts about 10 000 soldiers and police officers", qualifier="about", note="peacekeeping force size"),
            C("other", 50, "more than 50 peacekeepers have been killed", qualifier="more_than", note="killed"),
            C("other", 1000, "more than 1 000 tickets sold", qualifier="more_than", note="page noise"),
        ],
        released_names=["Moussa Diarra"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Seydou Keïta", "Tiéman Hubert Coulibaly", "Hamadoun Cissé", "Mongi Hamdi", "Amadou Koufa"],
        distractors=["four foreign hostages: two Ukrainians, a Russian and a South African (nationality breakdown)",
                     "four Malian soldiers / four assailants among the 13 dead"],
    ),
    dict(
        file="011_kisshin_maru_crew_freed_2006_ja.txt", published="2006-08-31", outlet="Hokkaido regional daily, machine-translated from Japanese",
        event="Russia releases two crew of the Kisshin Maru No. 31; captain still held on Kunashiri, 2006-08-30",
        counts=[
            C("released", 2, "The two who returned are Hideki Tamura (27) and Tsutomu Oshima (56)"),
            C("transferred_to", 2, "returned to Nemuro Port in the evening of the same day", where="Nemuro",
              note="inferred: returned home; optional"),
            C("other", 100, "about 100 relatives and fishermen were waiting", qualifier="about", note="crowd"),
            C("other", 1300, "about 1,300 Japanese fishing boats have been seized", qualifier="about",
              note="cumulative seizures since 1946"),
            C("other", 9000, "about 9,000 crew members have been detained", qualifier="about",
              note="cumulative detentions since 1946"),
        ],
        released_names=["Hideki Tamura", "Tsutomu Oshima"],
        alias_groups={},
        not_released_names=["Noboru Sakashita"],
        other_event_released_names=[],
        other_people=["Mitsuhiro Morita", "Taro Aso", "Shinzo Abe", "Sachiko Sakashita", "Kenji Ishigaki"],
        distractors=["Mitsuhiro Morita was shot dead; body returned (not released)", "Sachiko Sakashita is the captain's wife",
                     "4.9 tons; about 50 years; (59), (56) ages"],
    ),
    dict(
        file="012_eddie_jun_freed_2011_broadcaster.txt", published="2011-05-28", outlet="broadcaster web page (cookie banner, video residue, related stories)",
        event="North Korea frees Eddie Jun, who leaves with US envoy Robert King, 2011-05-28",
        counts=[
            C("released", 2, "to secure the release of two US television journalists, Laura Ling and Euna Lee",
              note="earlier event (2009)"),
            C("other", 6, "more than six million North Koreans need food aid", qualifier="more_than", note="food aid (millions)"),
        ],
        released_names=["Eddie Jun"],
        alias_groups={"Eddie Jun": ["Jun Yong-su"]},
        not_released_names=[],
        other_event_released_names=["Aijalon Gomes", "Laura Ling", "Euna Lee", "Robert Park"],
        other_people=["Robert King", "Jon Brause", "Lee Joon-ho", "Jimmy Carter", "Kim Jong-il", "Bill Clinton"],
        distractors=["eight years' hard labour and $700,000 fine (Gomes)", "12 years in a labour camp (Ling and Lee)",
                     "six months; five-day visit (durations)", "'six million' is in millions (value 6 is a judgement call)"],
    ),
    dict(
        file="013_merrill_newman_home_palo_alto_2013.txt", published="2013-12-08", outlet="US local newspaper (related links, comments)",
        event="North Korea frees Korean War veteran Merrill Newman; he lands in San Francisco, 2013-12-07",
        counts=[
            C("remaining_held", 1, "one other American remains in North Korean custody"),
        ],
        released_names=["Merrill Newman"],
        alias_groups={},
        not_released_names=["Kenneth Bae"],
        other_event_released_names=[],
        other_people=["Elena Castro", "Jeff Newman", "Bob Hamrdla", "Joe Biden", "Janet Dietrich", "Anna Eshoo"],
        distractors=["Bob Hamrdla travelled with him and was allowed to leave (never detained)",
                     "his wife, Lee (first name only)", "42 days; 85-year-old; 15-year sentence; Comments (58)"],
    ),
    dict(
        file="014_humphrey_yu_freed_china_2015.txt", published="2015-06-10", outlet="UK broadsheet (most viewed list)",
        event="China frees and deports Peter Humphrey and Yu Yingzeng early on medical grounds, 2015-06-08",
        counts=[
            C("other", 23, "Humphrey had served almost 23 of his 30 months", note="duration"),
        ],
        released_names=["Peter Humphrey", "Yu Yingzeng"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Mark Reilly"],
        other_people=["Tom Whitfield", "Harriet Cole", "Harvey Humphrey", "Hugo Swire", "Xi Jinping"],
        distractors=["Harvey Humphrey is the son", "a Canadian couple who ran a coffee shop (unnamed, detained)",
                     "3bn yuan (£297m); 200,000 yuan (money)", "two and a half years; two years (sentences)"],
    ),
    dict(
        file="015_fahmy_baher_pardon_egypt_2015_ngo.txt", published="2015-09-23", outlet="press-freedom NGO press release",
        event="Sisi pardons 100 prisoners incl. Al Jazeera's Mohamed Fahmy and Baher Mohamed, 2015-09-23",
        counts=[
            C("released", 100, "among 100 prisoners pardoned by presidential decree on Wednesday"),
            C("remaining_held", 18, "At least 18 journalists remain behind bars in Egypt", qualifier="at_least"),
            C("other", 40000, "more than 40,000 people have been detained for political reasons", qualifier="more_than",
              note="cumulative detentions since July 2013, not a current count"),
            C("other", 400, "after more than 400 days in prison", qualifier="more_than", note="duration"),
            C("other", 30, "working in 30 countries", note="boilerplate"),
        ],
        released_names=["Mohamed Fahmy", "Baher Mohamed", "Sanaa Seif", "Yara Sallam"],
        alias_groups={"Mahmoud Abu Zeid": ["Shawkan"]},
        not_released_names=["Mahmoud Abu Zeid", "Alaa Abd El Fattah"],
        other_event_released_names=["Peter Greste"],
        other_people=["Abdel Fattah al-Sisi", "Nadia Boulos", "Marwa Omara", "Amal Clooney", "Mohamed Morsi"],
        distractors=["Fahmy and Mohamed were released on bail in February 2015 (earlier event, re-jailed)",
                     "seven and ten years; three years; six months (sentences)", "Marwa Omara is Fahmy's wife"],
    ),
    dict(
        file="016_hoodfar_freed_iran_2016_broadcaster.txt", published="2016-09-26", outlet="Canadian broadcaster web page (cookie banner, video, related stories)",
        event="Iran frees Homa Hoodfar, flown to Muscat with Omani help, 2016-09-26",
        counts=[
            C("other", 112, "spent 112 days in Iran's Evin prison", note="duration"),
            C("other", 1242, "1,242 Comments", note="page noise"),
        ],
        released_names=["Homa Hoodfar"],
        alias_groups={},
        not_released_names=["Saeed Malekpour", "Nazanin Zaghari-Ratcliffe", "Siamak Namazi"],
        other_event_released_names=[],
        other_people=["Justin Trudeau", "Amanda Ghahremani", "Stéphane Dion", "Mohammad Javad Zarif",
                      "Maryam Malekpour", "Zahra Kazemi"],
        distractors=["flown to Muscat (single person, no count)", "Zahra Kazemi died in custody in 2003",
                     "Maryam Malekpour is the sister of a still-held prisoner", "since 2008; 2012 (years)"],
    ),
    dict(
        file="017_phan_gillis_deported_brief_2017.txt", published="2017-04-29", outlet="wire brief (Reuters)",
        event="China convicts and deports Sandy Phan-Gillis, who arrives in Houston, 2017-04-29",
        counts=[
            C("other", 25, "This family has suffered for 25 months", note="duration"),
        ],
        released_names=["Sandy Phan-Gillis"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Kevin Garratt"],
        other_people=["Jeff Gillis", "Al Green"],
        distractors=["three and a half years (sentence)", "the other delegation members were allowed to go home (never detained)",
                     "Jeff Gillis is the husband"],
    ),
    dict(
        file="018_iwatani_released_china_2019.txt", published="2019-11-16", outlet="Japanese wire (Kyodo)",
        event="China releases Hokkaido University professor Nobu Iwatani on bail; he returns to Japan, 2019-11-15",
        counts=[
            C("remaining_held", 8, "of whom at least eight remain in custody or are serving prison sentences", qualifier="at_least"),
            C("other", 13, "at least 13 Japanese nationals have been detained in China on suspicion of spying", qualifier="at_least",
              note="cumulative detentions since 2015"),
            C("other", 100, "more than 100 academics signed a petition", qualifier="more_than", note="petitioners"),
        ],
        released_names=["Nobu Iwatani"],
        alias_groups={},
        not_released_names=["Hideji Suzuki"],
        other_event_released_names=[],
        other_people=["Yoshihide Suga", "Geng Shuang", "Xi Jinping", "Kazuo Minami", "Shinzo Abe", "Li Keqiang"],
        distractors=["unnamed businessman detained in Hunan, not released", "released on bail (still counts as freed)",
                     "six years (sentence); 56 (age)"],
    ),
    dict(
        file="019_louis_arnaud_freed_liveblog_2024.txt", published="2024-06-13", outlet="French election live blog (unrelated entries)",
        event="Iran frees French consultant Louis Arnaud via Oman; three French nationals still held, 2024-06-13",
        counts=[
            C("remaining_held", 3, "three French nationals remain in detention in Iran after Arnaud's release"),
            C("other", 116, "116 hostages taken on 7 October remain in Gaza", note="unrelated live-blog entry (page noise)"),
            C("other", 289, "an absolute majority of 289 seats", note="unrelated live-blog entry"),
            C("other", 33, "puts the RN and its allies on 33%", note="poll"),
        ],
        released_names=["Louis Arnaud"],
        alias_groups={},
        not_released_names=["Cécile Kohler", "Jacques Paris"],
        other_event_released_names=["Benjamin Brière", "Bernard Phelan"],
        other_people=["Claire Mercer", "Julien Sauvage", "Sylvie Arnaud", "Noémie Kohler", "Emmanuel Macron",
                      "Éric Ciotti", "Jordan Bardella", "Mahsa Amini"],
        distractors=["'Olivier' (first name only) is the third French detainee, still held",
                     "Sylvie Arnaud is the mother; Noémie Kohler is the sister of a detainee",
                     "five years (sentence); 20 months; 36-year-old"],
    ),
    dict(
        file="020_nahid_taghavi_freed_2025_de.txt", published="2025-01-13", outlet="German news site (dpa/AFP/epd), machine-translated (1.500 / 60.000 separators)",
        event="Iran frees German-Iranian activist Nahid Taghavi, who lands in Frankfurt, 2025-01-12",
        counts=[
            C("other", 1500, "After more than 1.500 days of unjust detention", qualifier="more_than", note="duration"),
            C("other", 901, "at least 901 people were executed in Iran in 2024", qualifier="at_least", note="executions"),
            C("other", 60000, "signed by more than 60.000 people", qualifier="more_than", note="petition"),
            C("other", 3, "closed the three Iranian consulates general", note="consulates"),
        ],
        released_names=["Nahid Taghavi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Cecilia Sala", "Mohammad Abedini"],
        other_people=["Mariam Claren", "Annalena Baerbock", "Jamshid Sharmahd"],
        distractors=["'several other Germans or German-Iranians are still being held' (vague, no number)",
                     "Jamshid Sharmahd was executed", "ten years and eight months (sentence)", "70-year-old"],
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
