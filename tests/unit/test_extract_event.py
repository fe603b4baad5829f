"""Event hints (kind, actor, date) and the relevance gate."""
from __future__ import annotations

import pytest

from monitor.extract.event import country_of, event_actor, event_date, event_hints, event_kind, is_demonym
from monitor.extract.relevance import is_relevant


@pytest.mark.parametrize("sentence,actor", [
    ("Belarus has released 123 political prisoners.", "Belarus"),
    ("The prisoners were released by the Belarusian authorities on Saturday.", "Belarus"),
    ("Hamas freed three Israeli hostages on Sunday.", "Hamas"),
    ("Moscow on Saturday released 16 people held on spying charges.", "Russia"),
    ("Venezuela released 10 Americans as part of a swap.", "Venezuela"),
    ("Iran's government freed five Americans in a deal brokered by Qatar.", "Iran"),
    ("Nicaragua’s regime released 222 political prisoners.", "Nicaragua"),
])
def test_actor_is_the_subject_or_agent_of_the_release(sentence, actor):
    assert event_actor([sentence]) == actor


def test_actor_falls_back_to_country_of_the_prisoners_but_not_the_broker():
    sents = ["Lukashenko has released 123 political prisoners in Belarus.",
             "The release of the prisoners came under US mediation."]
    assert event_actor(sents) == "Belarus"


def test_no_actor_without_any_country():
    assert event_actor(["The governor pardoned two inmates."]) is None


@pytest.mark.parametrize("sentences,published,expected", [
    (["Ukraine received 114 prisoners released by Belarus on Saturday."], "2025-12-15", "2025-12-13"),
    (["Unlike before, the December 13 deal saw most travel to Ukraine."], "2025-12-14", "2025-12-13"),
    (["Babaryka was included in the Saturday release."], "2025-12-13", "2025-12-13"),
    (["Hamas released three hostages on 19 January, officials said."], "2025-01-20", "2025-01-19"),
    (["Venezuela freed 10 Americans on Dec. 20, 2023."], None, "2023-12-20"),
    (["The prisoners were freed on Saturday."], None, None),
    (["Kalesnikava spoke at a press conference on December 14."], "2025-12-15", None),  # no release word near
])
def test_event_date(sentences, published, expected):
    assert event_date(sentences, published) == expected


def test_a_lead_dated_at_the_end_of_its_long_object_beats_a_later_dated_aside():
    sents = ["Rebels have freed a team of monitors held for more than a week.",
             "Gunmen in the northern town released seven foreign military observers and five army officers "
             "travelling with them on Saturday, ending a standoff that began on April 25.",
             "A Danish officer who had been part of the team was released on April 27 because he was ill."]
    assert event_date(sents, "2014-05-03") == "2014-05-03"


def test_explicit_release_date_beats_a_caption_yesterday():
    sents = ["Opposition figures attend a press conference after their release yesterday.",
             "Ukraine received 114 prisoners released by Belarus on Saturday."]
    assert event_date(sents, "2025-12-15") == "2025-12-13"


def test_date_after_publication_is_ignored():
    assert event_date(["Prisoners will be released on December 20."], "2025-12-15") is None


@pytest.mark.parametrize("text,kind", [
    ("Hamas released three hostages. The hostages were handed to the Red Cross.", "hostage_release"),
    ("Russia and Ukraine carried out a prisoner swap, exchanging 95 POWs.", "prisoner_swap"),
    ("Belarus released 123 political prisoners on Saturday.", "prisoner_release"),
    ("Stocks rose on Friday.", None),
])
def test_event_kind(text, kind):
    assert event_kind(text) == kind


def test_event_hints_shape():
    got = event_hints(["Belarus released 123 political prisoners on Saturday."], title="Belarus frees prisoners",
                      published="2025-12-15")
    assert got == {"kind": "prisoner_release", "actor": "Belarus", "date": "2025-12-13"}


def test_country_of_demonyms_and_capitals():
    assert country_of("Lithuanian") == "Lithuania"
    assert country_of("Vilnius") == "Lithuania"
    assert country_of("Kyiv") == "Ukraine"
    assert country_of("Hamas") is None  # a party, not a country
    assert country_of("Smith") is None
    # West and Southern Africa, the islands: "Ivorian" and "Côte d'Ivoire" are one country
    assert country_of("Ivorian") == country_of("Côte d'Ivoire") == "Ivory Coast"
    assert country_of("Malagasy") == "Madagascar" and country_of("Lusaka") == "Zambia"


@pytest.mark.parametrize("text", [
    "Belarus released 123 political prisoners on Saturday.",
    "Hamas freed three hostages in exchange for 90 Palestinian detainees.",
    "Russia and Ukraine swapped 95 POWs each.",
    "Iran released five Americans jailed in Evin prison.",
    # homecomings without the word "release"
    "Four aid workers abducted in Darfur last spring arrived home in Nairobi on Sunday.",
    "The returnees, held for eleven years in North Korea, were greeted by relatives.",
    "Two sailors kidnapped off Nigeria were reunited with their families in Manila.",
    # soldiers seized in a war and handed over, with no prison word at all
    "The militia, which seized 30 border guards on Monday, handed them over to the Red Cross.",
    "Pirates released the 21 crew of the tanker on Monday.",
    # internment without trial
    "The authorities released the last internees on Thursday.",
    "Some 150 people interned under martial law were freed.",
    # a prison term commuted to exile
    "The regime sent six more jailed dissidents into exile on Friday.",
    "Twenty political prisoners were put in liberty at midday.",  # translated "puestos en libertad"
])
def test_relevant_articles_pass_the_gate(text):
    assert is_relevant(text)


@pytest.mark.parametrize("text", [
    "Shares rose 3 percent after the company reported revenue of $6 million.",
    "The home side won 2-1 in front of 40,000 fans.",
    "The prison reform bill was debated in parliament on Tuesday.",   # captivity without any release
    "The company released its quarterly results and a free app.",     # release without any captives
    "The team arrived home from the tournament with the trophy.",     # a homecoming without captivity
    "The international team released its report on Thursday.",        # "intern..." is no internment
    "The exiled writer was sentenced in absentia to ten years.",      # exile with no captive freed
])
def test_irrelevant_articles_are_gated_out(text):
    assert not is_relevant(text)


def test_title_counts_towards_relevance():
    assert is_relevant("Officials confirmed the news on Saturday.", title="Belarus frees 123 prisoners")


def test_relevance_gate_lets_through_releases_phrased_without_prison_words():
    from monitor.extract.relevance import is_relevant

    assert is_relevant("Russia on Tuesday released American teacher Marc Fogel, who was arrested in 2021.")
    assert is_relevant("An American held in Afghanistan for more than two years has been released by the Taliban.")
    assert is_relevant("The aid worker, kidnapped in 2022, was freed on Sunday.")
    assert not is_relevant("The central bank held rates steady and released its quarterly outlook.")


# --- event date: which date is the release's -------------------------------------------

def test_lead_date_beats_a_background_date_later_in_the_article():
    sents = ["Armenia and Azerbaijan exchanged 32 prisoners on Wednesday at the border.",
             "Officials praised the talks.", "Diplomats met again.", "Families waited for hours.",
             "The last swap, on May 3, freed six soldiers."]
    assert event_date(sents, "2025-06-12") == "2025-06-11"


def test_an_announced_next_step_is_not_the_event_date():
    sents = ["Six more detainees are expected to be freed on Thursday, officials said.",
             "Rebels freed four aid workers on Monday."]
    assert event_date(sents, "2025-06-14") == "2025-06-09"


@pytest.mark.parametrize("sentence", [
    "Before Sunday, 40 hostages had been released during an earlier truce.",
    "Until Friday, no prisoners had been freed under the ceasefire.",
    "The pardons follow the ceasefire that began on March 4.",
])
def test_dates_bounding_or_starting_something_else_are_skipped(sentence):
    assert event_date([sentence], "2025-06-14") is None


def test_lowercase_scan_keeps_offsets_with_characters_that_change_length():
    # 'İ' lowercases to two characters; the date must still resolve from the original text
    assert event_date(["İstanbul talks: Russia freed 90 soldiers on Saturday."], "2025-06-16") == "2025-06-14"


@pytest.mark.parametrize("name,country", [
    ("Kampala", "Uganda"), ("Guatemala", "Guatemala"), ("Salvadoran", "El Salvador"), ("Canberra", "Australia"),
    ("Vienna", "Austria"), ("Burkinabe", "Burkina Faso"),
])
def test_country_table_covers_the_wider_world(name, country):
    assert country_of(name) == country


def test_every_country_name_demonym_and_capital_is_unambiguous():
    from monitor.extract.event import _COUNTRIES

    seen: dict[str, str] = {}
    for country, (adj, capital) in _COUNTRIES.items():
        for key in (country, adj, capital):
            if key in ("British", "London", "Myanmar"):  # Britain/United Kingdom; Myanmar is its own demonym
                continue
            assert seen.setdefault(key, country) == country, key


@pytest.mark.parametrize("text", [
    "Colombian troops rescue 15 hostages held by guerrillas in the jungle",
    "Hundreds of inmates walked out of the prison after the amnesty decree",
])
def test_rescues_and_walkouts_are_relevant(text):
    assert is_relevant(text)


def test_nationality_nouns_name_their_country():
    assert country_of("Briton") == "United Kingdom"
    assert country_of("Irishman") == "Ireland"
    assert is_demonym("Swede") and not is_demonym("Sweden")


def test_an_undated_perfect_lead_keeps_older_dated_releases_out_of_the_event_date():
    sentences = ["The remaining 23 passengers held since the March 28 attack have been released.",
                 "Eleven hostages were freed on June 11 and seven others on August 2."]
    assert event_date(sentences, "2022-10-06") is None
    # a lead that dates the release itself still wins
    dated = ["The remaining 23 passengers were released on Wednesday."] + sentences[1:]
    assert event_date(dated, "2022-10-06") == "2022-10-05"


def test_an_earlier_marker_in_an_aside_does_not_hide_the_release_date():
    sents = ["The three aid workers, kidnapped from a clinic in April last year, were freed on February 26."]
    assert event_date(sents, "2024-03-03") == "2024-02-26"


def test_the_last_of_a_group_is_not_an_earlier_time():
    sents = ["The rebels on Monday freed the last ten police officers they held.",
             "February 27, 2008 - The rebels release four former members of Congress."]
    assert event_date(sents, "2012-04-03") == "2012-04-02"


def test_cities_are_for_destinations_only():
    from monitor.extract.event import city_country
    assert city_country("Calgary") == "Canada"
    assert country_of("Calgary") is None  # not a country mention elsewhere (actors, scene)


def test_captured_soldiers_freed_pass_the_gate():
    assert is_relevant("Rebels freed eight soldiers who were captured in an ambush two weeks ago.")


def test_a_hijacking_is_captivity_for_the_gate():
    assert is_relevant("North Korea sent home 39 of the 50 people aboard the hijacked airliner; the returnees wept.")
    assert is_relevant("Among those still held is a producer; the rest were sent home on Saturday.")
    assert not is_relevant("The hijacked account was restored on Monday, its owner said.")


def test_the_date_of_a_signing_does_not_date_the_release():
    sentences = ["The mission welcomes the release today of 35 detainees held by the two sides.",
                 "The exchange is the second since the signing of the truce in Geneva on 23 October, following the "
                 "exchange of 14 detainees on 29 October."]
    assert event_date(sentences, "2020-12-24") == "2020-12-24"


def test_a_perfect_lead_after_the_headline_and_a_caption_still_tells_news_of_now():
    sentences = ["Ukraine war: 108 women freed in first all-female prisoner swap",
                 "Media caption: Freed women cross back into Ukrainian-held territory",
                 "Russia and Ukraine have carried out their first all-female prisoner exchange, with 108 women "
                 "returning home.",
                 "On 21 September, 215 Ukrainians were freed in return for 55 people."]
    assert event_date(sentences, "2022-10-17") is None


@pytest.mark.parametrize("sentences, published, expected", [
    # a full date of the last century keeps its year
    (["Hungary freed the last prisoners of the uprising on March 22, 1963, under a general amnesty."],
     "2013-03-21", "1963-03-22"),
    (["The general was released on 4 August 1981 under the new amnesty law."], "1981-09-19", "1981-08-04"),
    # an arrest's date is not the release's
    (["The two founders of the group, arrested on 13 September 1980 in Paris, were released on Thursday."],
     "1981-09-19", "1981-09-17"),
    (["Arrested on 13 September 1980 in Paris, the two founders were released under the amnesty."],
     "1981-09-19", None),
])
def test_event_date_of_older_stories_and_not_of_an_arrest(sentences, published, expected):
    assert event_date(sentences, published) == expected


def test_a_press_release_label_is_no_release_and_walking_out_of_court_is_one():
    sentences = ["PRESS RELEASE - FOR IMMEDIATE RELEASE",
                 "Country: journalist freed, but nine remain behind bars",
                 "The journalist walked out of the Supreme Court in the capital on Wednesday after judges reduced "
                 "her sentence.",
                 "She had spent 537 days in detention.",
                 "Her release follows the presidential pardon of 17 March, under which 148 prisoners were freed."]
    assert event_date(sentences, "2016-05-25") == "2016-05-25"


def test_the_lead_release_outranks_an_earlier_dated_stage_in_the_body():
    sentences = ["The 24-day ordeal of the passengers ended today when three governments released seven prisoners.",
                 "The last six hostages, all Americans, were freed in Amman overnight.",
                 "Thirty-two hostages were freed by the army on September 25, and 16 more on September 26."]
    assert event_hints(sentences, published="1970-10-01")["date"] == "1970-10-01"


def test_a_reaction_dated_today_does_not_date_the_release():
    sentences = ["Human Rights Watch today welcomed the release of several prisoners under a National Day amnesty.",
                 "The releases were carried out on August 29, state media said."]
    assert event_hints(sentences, published="1998-09-03")["date"] == "1998-08-29"


def test_a_caption_dating_a_press_conference_does_not_date_the_release():
    sentences = ["Freed prisoners say they have no regrets.",
                 "A and B, two of the prisoners released, speak at a press conference on December 14, 2025.",
                 "They were among 123 prisoners freed on December 13 in a deal brokered by Washington."]
    assert event_hints(sentences, published="2025-12-15")["date"] == "2025-12-13"


@pytest.mark.parametrize("closing, expected", [
    ("With Thursday's release, all but six of the 80 workers seized since February are now free.", "2024-03-07"),
    ("With the release on Thursday, all but six of the 80 workers seized since February are now free.", "2024-03-02"),
])
def test_a_day_that_owns_the_release_noun_dates_the_event(closing, expected):
    sents = ["The rebels have freed another 40 aid workers, officials said.",
             "The workers were handed over to a church delegation at the port.",
             "A first group of 25 was freed on 2 March, also through the port.", closing]
    assert event_date(sents, "2024-03-08") == expected


@pytest.mark.parametrize("lead", ["Militia frees 12 aid workers held in the hills",
                                  "Army releases 30 detainees after talks"])
def test_a_present_tense_headline_keeps_older_dated_releases_out_of_the_event_date(lead):
    sentences = [lead, "Before today's release, 40 of the 70 people taken into the hills on 3 March 2023 were still held there."]
    assert event_date(sentences, "2024-06-02") is None


def test_a_plural_release_noun_is_no_present_tense_lead():
    sentences = ["The releases of 12 aid workers were welcomed.",
                 "The aid workers were freed on 3 May after talks."]
    assert event_date(sentences, "2024-06-02") == "2024-05-03"


@pytest.mark.parametrize("title, published, expected", [
    ("25 years since the release of Ana Ruiz: the day the gates opened", "2024-05-09", "1999-05-09"),
    ("On this day thirty years ago, the rebels freed their last hostage", "2021-03-02", "1991-03-02"),
])
def test_an_anniversary_feature_dates_its_event_back_from_publication(title, published, expected):
    assert event_hints(["She walked out of the prison after 12 years."], title=title, published=published)["date"] \
        == expected


def test_an_anniversary_is_not_read_when_a_release_is_dated_to_the_day():
    hints = event_hints(["The rebels freed her on 4 May 1999."], title="25 years since the release of Ana Ruiz",
                        published="2024-05-09")
    assert hints["date"] == "1999-05-04"


def test_years_served_are_no_anniversary():
    assert event_hints(["Ana Ruiz was released after 12 years in prison."], published="2024-05-09")["date"] is None


def test_a_date_that_opens_the_leads_sentence_dates_its_release_however_long_the_subject():
    sents = ["On the night of 3 March 1974, after 52 days in captivity, the consul of Austria in the port city, "
             "Friedrich Anton Hollweg, was released by his kidnappers in a street of the old town.",
             "It ended the longest of the kidnappings.", "Officials spoke to the press.",
             "According to him, dozens fled again after the coup of 11 September 1976, this time to Sweden, and were "
             "freed from camps there."]
    assert event_date(sents, "2024-03-03") == "1974-03-03"


def test_regaining_freedom_is_a_release_for_the_event_date():
    sents = ["The remaining 90 pupils abducted last month have regained their freedom, the government has "
             "announced.", "Gunmen had stormed the school in the early hours.", "Some pupils escaped.",
             "On December 7, 50 children were released and handed over to the state government."]
    assert event_date(sents, "2025-12-22") != "2025-12-07"


def test_a_release_of_child_soldiers_from_an_armed_group_passes_the_gate():
    assert is_relevant("At least 280 children were released today by an armed group in the east, the agency said.")
    assert is_relevant("The faction handed over 40 child soldiers to the commission.")
    assert not is_relevant("The armed group said it was free to negotiate.")
