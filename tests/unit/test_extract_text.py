"""Article text: chrome removal, HTML main text, sentence splitting."""
from __future__ import annotations

import pytest

from monitor.extract.text import clean_text, html_to_text, looks_like_html, split_sentences


# --- sentences ------------------------------------------------------------

def test_abbreviations_do_not_end_sentences():
    text = "He met the U.S. envoy on Dec. 13 in Minsk. Mr. Coale said Gen. Smith agreed. It ended."
    assert split_sentences(text) == [
        "He met the U.S. envoy on Dec. 13 in Minsk.",
        "Mr. Coale said Gen. Smith agreed.",
        "It ended.",
    ]


def test_initialism_at_sentence_end_splits_before_an_opener():
    assert split_sentences("Sanctions were lifted by the U.S. The prisoners left.") == [
        "Sanctions were lifted by the U.S.", "The prisoners left."]


def test_middle_initial_stays_inside_the_name():
    assert split_sentences("John F. Kennedy spoke. Then he left.") == ["John F. Kennedy spoke.", "Then he left."]


def test_quote_followed_by_lowercase_attribution_stays_one_sentence():
    got = split_sentences('"She is free!" her sister said. Was it a deal? Yes, it was.')
    assert got == ['"She is free!" her sister said.', "Was it a deal?", "Yes, it was."]


def test_lines_always_end_sentences():
    assert split_sentences("Belarus frees 123 prisoners\nThe release came on Saturday.") == [
        "Belarus frees 123 prisoners", "The release came on Saturday."]


def test_numbers_with_points_are_not_boundaries():
    assert split_sentences("About 1.227 people, or 2.5 percent, were held. Next.") == [
        "About 1.227 people, or 2.5 percent, were held.", "Next."]


def test_empty_input():
    assert split_sentences("") == [] and clean_text("") == ""


# --- chrome removal -----------------------------------------------------------

def test_photo_credit_is_cut_from_caption():
    out = clean_text("Freed prisoners arrive in Vilnius on Saturday. REUTERS/Maksym Kishka")
    assert "Kishka" not in out and out.endswith("Saturday.")


def test_image_credit_and_agency_tags_are_cut():
    out = clean_text("Maria Kolesnikova is also said to have been released.Image: www.imago-images.de\n"
                     "Hundreds are still in prison. (dab/sda/dpa)")
    assert "imago" not in out and "dpa" not in out
    assert "released." in out and "still in prison." in out


def test_player_residue_and_accessibility_lines_are_removed():
    raw = ("Accessibility links\n\nBreaking News\n\nUpdated\n\nListen\n7 min\nThis audio is AI-generated\n"
           "please wait\n\nNo media source currently available\n\n0:00 0:02:05 0:00\n\n"
           "Belarus released 123 political prisoners on Saturday.\n  • 16x9 Image\nXS\nSM\nMD\nLG")
    assert clean_text(raw) == "Belarus released 123 political prisoners on Saturday."


def test_video_labels_and_player_messages_are_removed():
    raw = ("[VIDEO] 1:48  Her father: 'We never gave up'\nVideo player loading... If the video does not play, "
           "please update your player.\n"
           "Two aid workers held in Yemen have been freed.\n"
           "The video of their release was shown on television.\n[Photo] Ana Ruiz leaves the prison gate")
    assert clean_text(raw) == ("Two aid workers held in Yemen have been freed.\n"
                               "The video of their release was shown on television.\n"
                               "[Photo] Ana Ruiz leaves the prison gate")


def test_run_of_unrelated_headlines_is_dropped():
    raw = ("The release involved 123 prisoners in total.\n\n\n"
           "Netanyahu to Meet Trump in Washington as Iran Nuclear Talks Intensify\n"
           "New York Legalizes Medical Aid in Dying for Terminally Ill Patients\n"
           "Trump Signs Executive Order Threatening 25% Tariffs on Countries Trading With Iran\n"
           "Pentagon Ends Military Education Programs With Harvard University\n")
    assert clean_text(raw) == "The release involved 123 prisoners in total."


def test_single_heading_line_is_kept():
    raw = "Disputed 2020 Election\n\nKalesnikava was sentenced to 11 years."
    assert "Disputed 2020 Election" in clean_text(raw)


def test_newsletter_and_leading_date_stamp_are_removed():
    out = clean_text(" date 2025-12-15 Sign up now: Get ST's newsletters delivered to your inbox\n\nBody text here.")
    assert out == "Body text here."


def test_repeated_caption_is_kept_once():
    cap = "Maryya Kalesnikava and Viktar Babaryka speak at a press conference on December 14, 2025."
    assert clean_text(cap + "\n" + cap).count(cap) == 1


def test_story_sentences_survive_cleaning():
    raw = "Ukraine received 114 prisoners released by Belarus on Saturday, Kyiv's POW coordination center said."
    assert clean_text(raw) == raw


# --- HTML -----------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Venezuela frees 10 Americans</title></head><body>
<nav><ul><li>Home</li><li>World</li></ul></nav>
<article><h1>Venezuela frees 10 Americans</h1>
<p>Venezuela released 10 Americans on Wednesday in exchange for Alex Saab, a close ally of President
Nicolas Maduro, U.S. officials said on Wednesday evening in Washington.</p>
<p>Rights group Foro Penal says about 270 political prisoners remain behind bars in Venezuela, a figure
that has barely moved in a year of negotiations between Caracas and the opposition.</p>
</article><footer>Copyright 2023 Example News. All rights reserved.</footer>
<script>var tracking = "released 999 prisoners";</script></body></html>"""


def test_html_is_detected():
    assert looks_like_html(PAGE) and not looks_like_html("Belarus released 123 prisoners.")


def test_html_main_text_keeps_story_and_drops_scripts_and_footer():
    text = html_to_text(PAGE)
    assert "released 10 Americans" in text and "270 political prisoners" in text
    assert "999" not in text and "All rights reserved" not in text


def test_broken_html_falls_back_to_tag_stripping():
    text = html_to_text("<div><p>Belarus freed 123 prisoners.<p>Unclosed <b>tags")
    assert "Belarus freed 123 prisoners." in text and "<" not in text


def test_wire_tails_and_promos_are_removed():
    raw = ("Belarus released 123 political prisoners on Saturday.\n"
           "Reporting by Andrius Sytas; Editing by Peter Graff\n"
           "Our Standards: The Thomson Reuters Trust Principles.\n"
           "Associated Press writer Jim Heintz in Tallinn, Estonia, contributed to this report.\n"
           "Read more: Who is Ales Bialiatski?\n"
           "Follow us on Telegram for updates\n"
           "This is a developing story.")
    assert clean_text(raw) == "Belarus released 123 political prisoners on Saturday."


def test_sentences_mentioning_reporting_are_kept():
    raw = "Reporting on the release, state media said 123 people were freed."
    assert clean_text(raw) == raw


def test_wire_datelines_are_stripped():
    assert clean_text("BERLIN, Dec 15 - Germany will offer refuge.") == "Germany will offer refuge."
    assert clean_text("TEL AVIV, Jan 19 (Reuters) - Hamas released three hostages.") == "Hamas released three hostages."
    assert clean_text("ANKARA, Turkey (AP) — Russia freed Evan Gershkovich.") == "Russia freed Evan Gershkovich."
    assert clean_text("KYIV (AP) — Ukraine said 95 POWs came home.") == "Ukraine said 95 POWs came home."


def test_ordinary_sentence_with_a_dash_is_not_a_dateline():
    raw = "The US and Belarus - long at odds - reached a deal."
    assert clean_text(raw) == raw


# --- lists of other stories under a heading ---------------------------------------------

def test_most_viewed_list_is_dropped_even_when_items_carry_figures():
    raw = ("Azerbaijan freed four Armenian soldiers at the border on Tuesday.\n\n"
           "Most read\n"
           "Kenya frees 300 inmates to ease prison crowding\n"
           "Floods: 12 dead as river bursts its banks\n\n"
           "Champions League draw: who plays whom")
    assert clean_text(raw) == "Azerbaijan freed four Armenian soldiers at the border on Tuesday."


@pytest.mark.parametrize("cut", ["Council approves new budget for ...", "Council approves new budget for…"])
def test_a_headline_cut_short_by_an_ellipsis_does_not_end_the_list(cut):
    raw = ("Gunmen freed four hostages on Tuesday.\n\n"
           f"Most Read\n1. Council delays vote on roads\n2. {cut}\n3. Gunmen free nine travellers in Kano\n")
    assert clean_text(raw) == "Gunmen freed four hostages on Tuesday."


@pytest.mark.parametrize("header", ["Related", "Read more:", "More on this story", "Trending now", "Recommended", "Editors’ Picks",
                                    "You may also like", "Most viewed", "See also"])
def test_list_headers_drop_the_headlines_under_them(header):
    raw = f"The hostages were handed to the Red Cross.\n\n{header}\nPeru releases 40 protesters\nWho is the envoy?\n"
    assert clean_text(raw) == "The hostages were handed to the Red Cross."


def test_story_resumes_after_a_list_when_prose_follows():
    raw = ("Ten detainees were released on Monday.\n\nRead more\nWhy the talks stalled\n\n"
           "Officials said a second group of prisoners would follow within days, according to the ministry.")
    out = clean_text(raw)
    assert "Why the talks stalled" not in out
    assert out.endswith("would follow within days, according to the ministry.")


def test_a_liveblog_latest_label_does_not_swallow_updates():
    raw = "Latest\n14:05\nThree hostages back in Israel\n\nThe three men crossed into Israel at noon."
    assert "Three hostages back in Israel" in clean_text(raw)


def test_prose_ending_in_a_closing_quote_ends_the_list():
    raw = ("Nine detainees were freed.\n\nRelated\nTalks resume in Doha\n"
           "\"We will not rest until every one of them is home,\" the minister told reporters.\"")
    assert "the minister told reporters" in clean_text(raw)
    assert "Talks resume in Doha" not in clean_text(raw)


def test_read_also_lines_are_page_chrome():
    from monitor.extract.text import clean_text
    out = clean_text("Story text here.\nREAD ALSO: Kagara: 27 students, 15 others freed after 10 days\nMore text.")
    assert "Kagara" not in out and "More text." in out


def test_a_transcripts_speaker_labels_are_removed():
    out = clean_text("ANCHOR (JANE DOE): Tom Reed is a free man tonight.\nNADINE FARROW, HOST: Fifty years ago today.\n"
                     "Q: Who was freed?\nA: Four hostages.\nCORRECTION: An article reported 1,000.\nREAD ALSO: Other news")
    assert out.split("\n") == ["Tom Reed is a free man tonight.", "Fifty years ago today.", "Who was freed?",
                                "Four hostages.", "CORRECTION: An article reported 1,000."]


def test_wire_slugs_and_any_agency_in_a_dateline_are_removed():
    out = clean_text("UPDATE 3-Rebels free 12 hostages, keep two\n"
                     "NAIROBI, March 4 (Kyodo) -- Twelve hostages were freed on Tuesday.\n"
                     "CORRECTED-UPDATE 1-Second headline\nUPDATED at noon with more detail.")
    assert out.splitlines()[0] == "Rebels free 12 hostages, keep two"
    assert "Twelve hostages were freed on Tuesday." in out.splitlines()
    assert "Second headline" in out.splitlines()
    assert "UPDATED at noon with more detail." in out  # a word, not a slug


def test_a_list_introduced_by_a_colon_joins_its_sentence():
    raw = ("The council ordered the release of the following four prisoners:\n\n1. Dr. Amara Sesay\n2. Chief Tunde Bello\n"
           "3. Mrs. Ngozi Eze (rtd), former minister\n4. Mr. Kofi Mensah\n\nThe release takes effect today.")
    out = clean_text(raw)
    assert ("the following four prisoners: Dr. Amara Sesay; Chief Tunde Bello; Mrs. Ngozi Eze (rtd), former minister; "
            "Mr. Kofi Mensah.") in out
    assert "The release takes effect today." in out


def test_a_colon_before_prose_or_a_single_line_is_left_alone():
    raw = "He said:\n\"We are free.\"\n\nThe talks went on for weeks: first in Doha, then in Oslo, and finally here."
    out = clean_text(raw)
    assert "He said:" in out and "\"We are free.\"" in out


def test_cookie_banner_buttons_and_navigation_bar_are_removed():
    page = ("We use cookies to give you the best online experience.\n"
            "By continuing to use this site you agree to our cookie policy. [Accept] [Settings]\n"
            "[Accept] [Settings]\n"
            "Home | News | Sport | Weather | iPlayer | Radio | More\n"
            "By Ann Lee | Reuters | 20 April 2007\n"
            "Rebels freed three hostages on Monday.\n"
            "The guards handed out cookies and tea, one of the hostages said.\n")
    out = clean_text(page)
    assert "cookie policy" not in out and "[Accept]" not in out and "iPlayer" not in out
    assert "By Ann Lee | Reuters | 20 April 2007" in out
    assert "Rebels freed three hostages on Monday." in out and "cookies and tea" in out


def test_a_bulleted_list_the_story_introduces_with_a_colon_is_kept_whole():
    text = ("Eleven prisoners were freed on Wednesday. Those released include:\n\n"
            "- Dara Karimi, a lawyer who defended activists and juvenile offenders facing execution. She had "
            "served three years of a six-year sentence for \"propaganda against the system\" and \"acting against "
            "national security\";\n"
            "- Omid Farsi, a former deputy minister arrested after the 2009 election;\n"
            "- Leila Sadri, a member of the banned teachers' union;\n"
            "- Navid Kaveh, a student leader.\n\n"
            "Related stories\n- Oil prices rise 3% on supply fears\n- Five things to know about the budget\n")
    cleaned = clean_text(text)
    for name in ("Dara Karimi", "Omid Farsi", "Leila Sadri", "Navid Kaveh"):
        assert name in cleaned
    assert "Oil prices" not in cleaned


@pytest.mark.parametrize("header", ["Key events", "Key points:", "What we know so far", "Highlights"])
def test_a_live_pages_own_summary_list_is_kept(header):
    page = (f"LIVE: prisoner swap on the border\n\n{header}\n"
            "- Two sides free 80 prisoners each at the border crossing\n"
            "- Storm cuts power to 40,000 homes in the north\n\n"
            "10.05 GMT\nBuses carrying the freed men crossed the bridge this morning.\n")
    assert "Two sides free 80 prisoners each" in clean_text(page)


def test_a_list_of_other_stories_under_no_summary_header_is_still_dropped():
    page = ("Buses carrying the freed men crossed the bridge this morning.\n\nMore news\n"
            "- Two sides free 80 prisoners each at the border crossing\n"
            "- Storm cuts power to 40,000 homes in the north\n")
    assert "Two sides free 80" not in clean_text(page)


def test_a_last_bulleted_item_ending_in_a_full_stop_stays_in_the_joined_list():
    raw = ("At least 80 people remain imprisoned on political charges, rights groups say. They include:\n"
           "- the investigative journalist Sara Demir, sentenced in September to seven years;\n"
           "- the lawyer Omar Kaya, serving five years;\n"
           "- the opposition movement leader Ilkin Rasulov, imprisoned since February 2013.\n\n"
           "Our demands\n")
    joined = [line for line in clean_text(raw).splitlines() if "They include:" in line]
    assert joined and "Ilkin Rasulov, imprisoned since February 2013." in joined[0]


def test_a_french_guillemet_with_its_space_opens_a_new_sentence():
    got = split_sentences("The decree also concerns Mr. Jo Mbay. « The four men have been set free », said an aide.")
    assert got == ["The decree also concerns Mr. Jo Mbay.", "« The four men have been set free », said an aide."]


@pytest.mark.parametrize("text", [
    "Prof. A. I. Feldan, Prof. V. Kh. Vasilenk and Prof. G. I. Maiorov were freed.",
    "The chairman, Yu. V. Andrik, spoke.",
])
def test_initials_that_read_as_words_or_digraphs_end_no_sentence(text):
    assert split_sentences(text) == [text]


def test_a_pronoun_after_a_one_letter_plan_still_opens_a_sentence():
    assert split_sentences("It was Plan B. I think so.") == ["It was Plan B.", "I think so."]


@pytest.mark.parametrize("text, expected", [
    ("The two were Pavel Novak and Bohumil Šimon. Černík had been arrested separately.",
     ["The two were Pavel Novak and Bohumil Šimon.", "Černík had been arrested separately."]),
    ("He was taken to Warsaw. Łukasz Rydz was freed later.", ["He was taken to Warsaw.", "Łukasz Rydz was freed later."]),
    ("Read it aloud. ŏ is a vowel here.", ["Read it aloud. ŏ is a vowel here."]),
])
def test_a_capital_beyond_latin_1_opens_a_sentence(text, expected):
    assert split_sentences(text) == expected


def test_a_penitentiary_is_a_place_of_captivity_for_the_relevance_gate():
    from monitor.extract.relevance import is_relevant
    assert is_relevant("Tom Reed was freed from Kingston Penitentiary on Monday.")
    assert not is_relevant("Tom Reed was freed from his contract on Monday.")


def test_an_escape_from_captors_is_a_way_out_for_the_relevance_gate():
    from monitor.extract.relevance import is_relevant
    assert is_relevant("An engineer kidnapped in May has escaped from his captors, the company said.")
    assert is_relevant("The reporter, abducted in 2022, slipped away from militia captivity last week.")
    # a prisoner's escape is no release
    assert not is_relevant("Two inmates escaped from the county jail overnight, the sheriff said.")


def test_hard_wrapped_paragraphs_are_joined_back():
    text = ("Those freed on Tuesday were mostly young people arrested in street protests, according to\n"
            "lawyers. The journalist Tom Reed, who was detained on 21 June, is\n"
            "also still being held.\n\nFREED\nA short heading stays apart")
    sentences = split_sentences(clean_text(text))
    assert "The journalist Tom Reed, who was detained on 21 June, is also still being held." in sentences
    assert sentences[0].endswith("according to lawyers.")
    assert "FREED" in clean_text(text).split("\n")


def test_a_text_wrapped_at_a_fixed_width_joins_a_full_line_to_a_capitalised_next_one():
    body = ("He was held under the state of siege at the disposal of the Poder\n"
            "Ejecutivo Nacional, a status that lets the government detain people\n"
            "indefinitely without bringing them before a judge or telling them\n"
            "why. His lawyer, who visited him twice in the prison at La Plata, said\n"
            "that he had lost weight but was in good spirits and had been reading\n"
            "the letters that friends in Europe and the United States had sent.\n")
    sentences = split_sentences(clean_text("Activist freed after 14 months\n\n" + body))
    assert any("the disposal of the Poder Ejecutivo Nacional, a status" in s for s in sentences)
    assert sentences[0] == "Activist freed after 14 months"
    # the same lines in a text whose paragraphs are single long lines: nothing fixes a width, and a short
    # line ending without a stop stays a line of its own
    items = "Freed on Friday:\nAna Ruiz, a teacher from the town of Ciudad Vieja in the north\nLuis Soto, a farmer"
    assert "Luis Soto, a farmer" in clean_text(items + "\n\n" + "x " * 100).split("\n")


def test_a_list_cut_by_sub_headers_joins_one_sentence_with_the_headers_as_items():
    raw = ("Sources said the following persons have been released:\n\nDefendants in the printers' trial:\n"
           "  • Tomasz Wierzba, 50, typesetter;\n  • Pawel Grodek, 38, editor.\n\n"
           "Members of the strike committee, held since March:\n  • Jerzy Malicki, engineer;\n  • Anna Szpak.\n\n"
           "All four had been excluded from an earlier amnesty.")
    out = clean_text(raw)
    assert ("the following persons have been released: Defendants in the printers' trial; Tomasz Wierzba, 50, "
            "typesetter; Pawel Grodek, 38, editor; Members of the strike committee, held since March; Jerzy "
            "Malicki, engineer; Anna Szpak.") in out
    assert "All four had been excluded from an earlier amnesty." in out


def test_a_second_colon_paragraph_after_a_plain_list_stays_its_own():
    raw = ("The council freed the following prisoners:\n1. Amara Sesay\n2. Tunde Bello\n\n"
           "The council also said:\n1. The curfew ends today\n2. Schools reopen on Monday\n")
    out = clean_text(raw)
    assert "the following prisoners: Amara Sesay; Tunde Bello." in out
    assert "The council also said: The curfew ends today; Schools reopen on Monday." in out


def test_a_short_intro_of_numbered_demands_joins_its_items():
    raw = "The NGO urges:\n1. The release of all detained protesters;\n2. The release of Amir Saleh and Nour Badr;\n"
    out = clean_text(raw)
    assert "The NGO urges: The release of all detained protesters; The release of Amir Saleh and Nour Badr." in out
    # a short intro that is no demand keeps its lines
    raw = "They were named as:\n- Amir Saleh, 30, of Giza\n- Nour Badr, 24, of Tanta\n"
    assert "They were named as: Amir Saleh" not in clean_text(raw)


def test_a_long_bulleted_item_that_is_no_clause_joins_its_list():
    item = ("- Amir Saleh, lawyer and head of the legal aid network of the Centre for Social and Economic Rights in "
            "the capital, arrested on 5 May and held in solitary confinement in a desert prison;")
    raw = f"The group recalls that those who defended the protesters are still detained:\n{item}\n- Nour Badr, reporter.\n"
    out = clean_text(raw)
    assert "are still detained: Amir Saleh, lawyer and head" in out and "; Nour Badr, reporter." in out
    # a long item that is a clause of its own stays a line
    clause = ("1. the death sentences passed by the courts in connection with the events of the spring will be commuted, "
              "which concerns more than 150 condemned men according to the ministry of justice;")
    out = clean_text(f"Three decisions are retained:\n{clause}\n2. the camps will close.\n")
    assert "Three decisions are retained: the death sentences" not in out


def test_numbered_demands_that_are_sentences_join_their_intro():
    raw = ("WE DEMAND:\n1. The immediate liberation of Ramon Cota Ibarra, promoter of the community police, detained "
           "since November 2013.\n2. The liberation of Dr. Efren Lujan Soto, founder of the self-defence groups.\n")
    out = clean_text(raw)
    assert "WE DEMAND: The immediate liberation of Ramon Cota Ibarra" in out
    assert "; The liberation of Dr. Efren Lujan Soto" in out


@pytest.mark.parametrize("header", ["LEIA TAMBÉM / READ ALSO", "FOLLOW ALSO", "Related reports"])
def test_a_translated_or_bilingual_related_list_header_drops_its_headlines(header):
    raw = ("Gunmen freed the reporter on Sunday after 40 hours.\n\n"
           f"{header}\n› Riot in the Araraquara prison ends; 1.200 prisoners remain in the yard\n"
           "› Court releases 9 suspects for lack of evidence\n› Lottery may pay 25 million on Wednesday\n")
    out = clean_text(raw)
    assert "Gunmen freed the reporter" in out
    assert "1.200 prisoners" not in out and "releases 9 suspects" not in out
