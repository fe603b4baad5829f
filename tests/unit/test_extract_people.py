"""People extraction: names, released/held/mentioned, scope, roles.

Sentences are written in the styles of many outlets and events (US-Russia swaps,
Israel-Hamas hostage releases, Iran, Venezuela, Ukraine-Russia POW swaps, Belarus),
so the rules are exercised as rules, not as seed look-ups.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.extract import extract_article
from monitor.extract.people import extract_people
from monitor.extract.text import clean_text, split_sentences

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def people(*sentences: str, title: str | None = None) -> dict[str, dict]:
    return {p["name"]: p for p in extract_people(list(sentences), title=title)}


def status(*sentences: str) -> dict[str, str]:
    return {n: p["status"] for n, p in people(*sentences).items()}


def released(*sentences: str) -> set[str]:
    return {n for n, p in people(*sentences).items() if p["status"] == "released" and p["scope"] == "this_event"}


def article(name: str) -> dict[str, dict]:
    text = (SEEDS / name).read_text(encoding="utf-8")
    return {p["name"]: p for p in extract_people(split_sentences(clean_text(text)))}


# ------------------------------------------------------------------ output shape

def test_entry_has_contract_fields_and_quote_is_the_deciding_sentence():
    s = "Hamas freed Emily Damari on Sunday."
    (entry,) = extract_people(["The ceasefire began at 11:15.", s])
    assert entry["name"] == "Emily Damari"
    assert entry["aliases"] == ["Emily Damari"]
    assert entry["status"] == "released"
    assert entry["scope"] == "this_event"
    assert entry["quote"] == s
    assert entry["person_id"].startswith("p_")


def test_empty_input_gives_no_people():
    assert extract_people([]) == []
    assert extract_people(["", "   "]) == []


def test_person_id_is_shared_by_transliterations():
    ps = people("Belarus freed Maria Kolesnikova (Maria Kalesnikava) on Saturday.")
    assert len(ps) == 1
    (p,) = ps.values()
    assert set(p["aliases"]) == {"Maria Kolesnikova", "Maria Kalesnikava"}


# ------------------------------------------------------------------ release cues

@pytest.mark.parametrize("sentence, names", [
    ("Russia freed Evan Gershkovich, Paul Whelan and Alsu Kurmasheva on Thursday.",
     {"Evan Gershkovich", "Paul Whelan", "Alsu Kurmasheva"}),
    ("Belarus has released 123 inmates, among them opposition figure Maria Kalesnikava, Nobel Peace Prize "
     "recipient Ales Bialiatski, and former presidential candidate Viktar Babaryka, following an agreement.",
     {"Maria Kalesnikava", "Ales Bialiatski", "Viktar Babaryka"}),
    ("Romi Gonen, 24, Doron Steinbrecher, 31, and Emily Damari, 28, were handed over to the Red Cross in Gaza City.",
     {"Romi Gonen", "Doron Steinbrecher", "Emily Damari"}),
    ("Agam Berger, 20, was released on Thursday, the army said.", {"Agam Berger"}),
    ("Kremlin critic Vladimir Kara-Murza, who was sentenced to 25 years on treason charges, was also released.",
     {"Vladimir Kara-Murza"}),
    ("Former presidential candidate Viktor Babariko is also free again.", {"Viktor Babariko"}),
    ("Eyvin Hernandez, a Los Angeles public defender, was also among those freed.", {"Eyvin Hernandez"}),
    ("Eli Sharabi, 52, was among three hostages freed on Saturday.", {"Eli Sharabi"}),
    ("Keith Siegel, 65, returned home on Saturday after 484 days in captivity.", {"Keith Siegel"}),
    ("Maryya Kalesnikava (right) and Viktar Babaryka, two of the political prisoners released from Belarus, "
     "speak at a press conference.", {"Maryya Kalesnikava", "Viktar Babaryka"}),
    ("Other notable prisoners freed included another prominent figure in the opposition movement, "
     "Viktar Babaryka, along with Nobel laureate Ales Byalyatski.", {"Viktar Babaryka", "Ales Byalyatski"}),
    ("Iran released five Americans, including Siamak Namazi, Emad Shargi and Morad Tahbaz, on Monday.",
     {"Siamak Namazi", "Emad Shargi", "Morad Tahbaz"}),
    ("Journalist Dmytro Khyliuk, who was captured by Russian forces, was also freed.", {"Dmytro Khyliuk"}),
    ("Among those freed were marine Serhiy Volynsky and Azov commander Denys Prokopenko.",
     {"Serhiy Volynsky", "Denys Prokopenko"}),
    ("Maria Kolesnikova is also said to have been released.", {"Maria Kolesnikova"}),
    ("Belarusian opposition figures Maria Kolesnikova and Viktor Babaryko attend a press conference after "
     "their release in Chernihiv.", {"Maria Kolesnikova", "Viktor Babaryko"}),
    ("Two prominent opposition figures, Maria Kalesnikava and Viktar Babaryka, have spoken publicly after "
     "being released from prison.", {"Maria Kalesnikava", "Viktar Babaryka"}),
    ("The deal also saw the release of Leonard Francis, a fugitive military contractor.", {"Leonard Francis"}),
    ("Venezuelan authorities also freed opposition politician Roland Carreno.", {"Roland Carreno"}),
    ("Ales Bialiatski was one of 123 political prisoners released under the deal.", {"Ales Bialiatski"}),
    ("Lukashenko pardoned Ihar Losik and Ryhor Kastusiou, the state news agency said.",
     {"Ihar Losik", "Ryhor Kastusiou"}),
    ("Thai farm worker Pongsak Thaenna walked free after more than a year in Gaza.", {"Pongsak Thaenna"}),
    # "came free" is its own cue: a death word in the next clause must not leave it to the captives pass
    ("The surveyor Aldo Renzetti came free after 40 days, and the bodies of three soldiers were handed over.",
     {"Aldo Renzetti"}),
    ("The deckhand Ilir Gashi stepped free on Monday.", {"Ilir Gashi"}),
    ("Germany will offer refuge to Maria Kalesnikava and Viktar Babaryka, two prominent opposition leaders "
     "freed at the weekend, Interior Minister Alexander Dobrindt said.", {"Maria Kalesnikava", "Viktar Babaryka"}),
])
def test_release_cues_name_the_releasees(sentence, names):
    assert released(sentence) == names


def test_swap_counterpart_is_released_in_the_same_event():
    got = people("Russia freed Paul Whelan in exchange for Vadim Krasikov, a convicted assassin.")
    assert got["Paul Whelan"]["status"] == "released"
    assert got["Vadim Krasikov"]["status"] == "released"


def test_among_them_inherits_the_release_of_the_previous_sentence():
    got = status("Lukashenko has released 123 political prisoners in Belarus.",
                 "Activists said that among them were prominent figures such as Maria Kolesnikova and "
                 "Nobel Peace Prize winner Ales Beljatsky.")
    assert got == {"Maria Kolesnikova": "released", "Ales Beljatsky": "released"}


def test_surname_mentions_resolve_to_the_person_introduced_earlier():
    got = people("Ales Bialiatski won the Nobel Peace Prize in 2022.",
                 "Viasna reported that Bialiatski was also among those released.")
    assert got["Ales Bialiatski"]["status"] == "released"
    assert "Viasna reported" in got["Ales Bialiatski"]["quote"]


def test_surname_used_before_the_full_name_still_resolves():
    got = people("Babaryka was included in the Saturday release, Zerkalo reported.",
                 "Viktar Babaryka, a former banker, ran for president in 2020.")
    assert got["Viktar Babaryka"]["status"] == "released"


# ------------------------------------------------------------------ held cues

@pytest.mark.parametrize("sentences, name", [
    (["Marc Fogel, an American teacher, remains in a Russian prison."], "Marc Fogel"),
    (["Dozens of hostages remain in Gaza, including Matan Zangauker and Nimrod Cohen."], "Matan Zangauker"),
    (["Jailed activist Rocio Higuera was not among those released."], "Rocio Higuera"),
    (["Families called for the release of Alon Ohel, who is still being held."], "Alon Ohel"),
    (["Ahmadreza Djalali has not been freed and is still detained in Evin."], "Ahmadreza Djalali"),
    (["Stephen Hubbard, 72, is still held by Russia, the State Department said."], "Stephen Hubbard"),
    (["Washington continues to call for the release of Robert Gilman."], "Robert Gilman"),
])
def test_held_cues(sentences, name):
    assert status(*sentences)[name] == "held"


def test_relative_named_by_first_name_takes_the_speakers_surname_and_is_held():
    got = people("Viktar Babaryka was freed on Saturday.",
                 "Babaryka said his son Eduard remains among Belarus' political prisoners.")
    assert got["Viktar Babaryka"]["status"] == "released"
    assert got["Eduard Babaryka"]["status"] == "held"
    assert got["Eduard Babaryka"]["role"] == "relative"


def test_relative_first_name_in_a_that_clause():
    got = status("Viktar Babaryka was among those freed.",
                 "However, Babaryka noted that his son Eduard remains imprisoned, highlighting that many "
                 "detainees are still behind bars.")
    assert got == {"Viktar Babaryka": "released", "Eduard Babaryka": "held"}


def test_held_beats_release_for_the_same_person():
    got = status("Belarus released 52 prisoners, including Mikalai Statkevich.",
                 "Mikalai Statkevich remains in custody after refusing to leave the country.")
    assert got["Mikalai Statkevich"] == "held"


def test_expected_release_is_not_a_release():
    got = status("Hamas said Arbel Yehud would be released next week.")
    assert got["Arbel Yehud"] == "held"


def test_negated_release_is_held():
    assert status("Rocio Higuera was not released, her lawyer said.")["Rocio Higuera"] == "held"


# ------------------------------------------------------------------ never released

@pytest.mark.parametrize("sentence, name", [
    ("Kalesnikava and Babaryka were among 123 detainees released by President Alexander Lukashenko.",
     "Alexander Lukashenko"),
    ("The agreement was negotiated by John Coale, an envoy for U.S. President Donald Trump, and included "
     "the release of prisoners.", "John Coale"),
    ("Ukraine received 114 prisoners released by Belarus on Saturday. REUTERS/Maksym Kishka", "Maksym Kishka"),
    ("Israeli Prime Minister Benjamin Netanyahu welcomed the freed hostages home.", "Benjamin Netanyahu"),
    ("Secretary of State Antony Blinken said the released Americans were in good health.", "Antony Blinken"),
    ("U.S. President Joe Biden greeted the freed Americans at Joint Base Andrews.", "Joe Biden"),
    ("The prisoners were freed, Iranian Foreign Minister Abbas Araghchi said.", "Abbas Araghchi"),
    ("Qatari mediator Mohammed Al-Khulaifi oversaw the release of the hostages.", "Mohammed Al-Khulaifi"),
    ("All of the liberated individuals are now outside Belarus, according to an advisor to exiled opposition "
     "leader Sviatlana Tsikhanouskaya.", "Sviatlana Tsikhanouskaya"),
    ("\"Humanitarian diplomacy saves lives,\" Svyatlana Tsikhanouskaya said in a post on X after the release.",
     "Svyatlana Tsikhanouskaya"),
    ("Hamas spokesman Abu Obeida said the hostages were released as agreed.", "Abu Obeida"),
    ("The hostages were freed on Saturday (AP Photo/Abdel Kareem Hana)", "Abdel Kareem Hana"),
    ("The prisoners were released. Reporting by Guy Faulconbridge in Moscow; editing by Mark Trevelyan.",
     "Guy Faulconbridge"),
    ("Venezuela released ten Americans in exchange for Alex Saab, a close ally of President Nicolas Maduro.",
     "Nicolas Maduro"),
    ("Zelenskiy said the freed soldiers were home, and military intelligence chief Kyrylo Budanov confirmed "
     "the exchange.", "Kyrylo Budanov"),
])
def test_officials_credits_and_speakers_are_not_released(sentence, name):
    got = people(sentence)
    assert name in got
    assert got[name]["status"] != "released"


def test_relatives_who_speak_or_celebrate_are_not_released():
    got = people("«She is free!» her sister Tatsiana Khomich said on X, celebrating her release.",
                 "\"We are so happy,\" said Mandy Damari, Emily's mother, after the release of the hostages.",
                 "Gershkovich hugged his mother Ella Milman on the tarmac after his release.")
    assert got["Tatsiana Khomich"]["status"] == "mentioned"
    assert got["Mandy Damari"]["status"] == "mentioned"
    assert got["Ella Milman"]["status"] == "mentioned"
    assert got["Ella Milman"]["role"] == "relative"


@pytest.mark.parametrize("sentence", [
    "Watch: Nadia Karim hugs her son after his release from Tora prison.",
    "Nadia Karim embraced her husband after his release on Monday.",
    "Pavel Orlov met his daughters at the airport after their release.",
])
def test_parent_greeting_a_freed_relative_is_not_released(sentence):
    # the cue's pronoun agrees with the relative, not with the subject: the relative was freed
    got = people("The activist Samir Adel has been freed from prison.", sentence)
    name = next(n for n in got if n != "Samir Adel")
    assert got[name]["status"] != "released"


@pytest.mark.parametrize("sentence", [
    "Omar Said hugged his wife after his release.",
    "Mona Hassan hugged her mother after her release.",
])
def test_freed_subject_greeting_a_relative_is_still_released(sentence):
    got = people("Two activists have been freed from prison.", sentence)
    name = sentence.split(" hugged")[0]
    assert got[name]["status"] == "released"


def test_relative_in_a_reunion_is_not_the_releasee():
    got = people("Emily Damari and her mother Mandy Damari were reunited with their family at Sheba hospital.")
    assert got["Mandy Damari"]["status"] == "mentioned"


def test_relatives_freed_together_are_released():
    got = released("Among those released were nine-year-old Ohad Munder, along with his mother Keren Munder "
                   "and grandmother Ruth Munder.")
    assert got == {"Ohad Munder", "Keren Munder", "Ruth Munder"}


def test_relative_freed_earlier_is_other_event():
    got = people("Keith Siegel, 65, returned home on Saturday, February 1, 2025.",
                 "His wife Aviva was freed in November 2023.")
    assert got["Keith Siegel"]["scope"] == "this_event"
    aviva = got["Aviva Siegel"]
    assert (aviva["status"], aviva["scope"], aviva["role"]) == ("released", "other_event", "relative")


def test_appositive_relative_of_a_named_person_is_not_merged_into_their_list():
    got = people("Ihar Losik was freed in June along with Siarhei Tsikhanouski, the husband of opposition leader "
                 "Sviatlana Tsikhanouskaya.")
    assert got["Siarhei Tsikhanouski"]["status"] == "released"
    assert got["Sviatlana Tsikhanouskaya"]["status"] == "mentioned"


def test_quoted_analyst_is_a_commentator():
    got = people("\"Negotiating the release of individuals in exchange for concessions undermines democracy,\" "
                 "Aleksandr Morozov, a Russian journalist and researcher at the Boris Nemtsov Academic Center, said.")
    assert got["Aleksandr Morozov"]["status"] == "mentioned"
    assert got["Aleksandr Morozov"]["role"] == "commentator"
    assert "Boris Nemtsov" not in got


def test_proof_of_life_video_is_not_a_release():
    got = status("Hamas released a video of hostage Omer Shem Tov on Saturday.")
    assert got.get("Omer Shem Tov") != "released"


def test_bodies_handed_over_are_not_releases():
    got = status("The bodies of Shiri Bibas and her two sons were handed over on Thursday.")
    assert got.get("Shiri Bibas") != "released"


def test_agent_of_an_active_release_is_not_released():
    got = status("Belarusian leader Alexander Lukashenko freed Siarhei Tsikhanouski in June.")
    assert got["Siarhei Tsikhanouski"] == "released"
    assert got["Alexander Lukashenko"] != "released"


def test_object_of_other_preposition_is_not_released():
    got = status("Speaking with Nadia Murad, Gershkovich said he was freed after 491 days.")
    assert got.get("Nadia Murad") != "released"


# ------------------------------------------------------------------ scope

@pytest.mark.parametrize("sentences, name", [
    (["Minsk has released many political prisoners, including prominent opposition leader Siarhei "
      "Tsikhanouski in recent months."], "Siarhei Tsikhanouski"),
    (["Russia freed Evan Gershkovich on Thursday, 2024.", "Brittney Griner was freed in 2022 in exchange for "
      "arms dealer Viktor Bout."], "Brittney Griner"),
    (["Iran released five Americans in 2023.", "Separately, Nazanin Zaghari-Ratcliffe was released."],
     "Nazanin Zaghari-Ratcliffe"),
    (["Lukashenko had previously freed Ihar Karnei in a separate deal."], "Ihar Karnei"),
])
def test_earlier_releases_are_other_event(sentences, name):
    p = people(*sentences)[name]
    assert (p["status"], p["scope"]) == ("released", "other_event")


def test_swap_counterpart_of_an_earlier_swap_is_other_event():
    got = people("Russia freed Evan Gershkovich in 2024.",
                 "Brittney Griner was freed in 2022 in exchange for arms dealer Viktor Bout.")
    assert got["Viktor Bout"]["scope"] == "other_event"
    assert got["Evan Gershkovich"]["scope"] == "this_event"


# ------------------------------------------------------------------ names

def test_names_with_particles_hyphens_and_diacritics():
    got = released("Authorities freed Nazanin Zaghari-Ratcliffe, Ahmed al-Masri, Jean-Pierre van der Berg "
                   "and José Luis Peñalosa on Friday.")
    assert got == {"Nazanin Zaghari-Ratcliffe", "Ahmed al-Masri", "Jean-Pierre van der Berg", "José Luis Peñalosa"}


def test_cyrillic_names_are_found():
    assert released("Russia freed Алсу Курмашева on Thursday.") == {"Алсу Курмашева"}


def test_places_organisations_and_titles_are_not_people():
    got = people("The freed hostages were taken to Sheba Medical Center in Tel Aviv by the Red Cross, "
                 "the Israel Defense Forces said.",
                 "Human Rights Watch and the Nobel Peace Prize committee welcomed the news on Saturday, December 14.")
    assert got == {}


def test_title_case_headline_lists_are_ignored():
    got = people("Kalesnikava was freed.",
                 "Netanyahu to Meet Trump in Washington as Iran Nuclear Talks Intensify",
                 "Japan Election 2026: Sanae Takaichi Poised for Landslide Win Despite Record Snowfall")
    assert got == {}


def test_descriptor_before_a_name_is_not_part_of_it():
    got = released("Russia freed former U.S. Marine Paul Whelan and Wall Street Journal reporter Evan Gershkovich.")
    assert got == {"Paul Whelan", "Evan Gershkovich"}


def test_sentence_adverb_is_not_a_name():
    got = people("Separately, British-Iranian Nazanin Zaghari-Ratcliffe was released in 2022.")
    assert set(got) == {"Nazanin Zaghari-Ratcliffe"}


def test_gendered_surnames_stay_apart():
    got = people("Sviatlana Tsikhanouskaya went into exile in 2020.",
                 "Her husband Siarhei Tsikhanouski was freed in June.",
                 "Tsikhanouskaya said the regime still held many people.")
    assert got["Sviatlana Tsikhanouskaya"]["status"] == "mentioned"
    assert got["Siarhei Tsikhanouski"]["status"] == "released"


def test_canonical_name_is_the_most_used_full_spelling():
    got = people("Maria Kolesnikova (Maria Kalesnikava) spoke after her release.",
                 "Kalesnikava thanked supporters.", "Kalesnikava said she would rest.")
    assert list(got) == ["Maria Kalesnikava"]


# ------------------------------------------------------------------ seed articles

def test_seed_reuters_article():
    got = article("000_943d3c5bc92427df.txt")
    rel = {n for n, p in got.items() if p["status"] == "released"}
    assert rel == {"Maria Kalesnikava", "Viktar Babaryka", "Ales Bialiatski"}
    assert got["Eduard Babaryka"]["status"] == "held"
    assert got["Alexander Dobrindt"]["status"] == "mentioned"
    assert "Maksym Kishka" not in rel


def test_seed_aggregator_article_ignores_headline_noise():
    got = article("001_c52346de9a38ae75.txt")
    assert {n for n, p in got.items() if p["status"] == "released"} == {"Maria Kalesnikava", "Viktar Babaryka"}
    assert got["Eduard Babaryka"]["status"] == "held"
    assert not any("Takaichi" in n or "Epstein" in n or "Lang" in n for n in got)


def test_seed_rferl_article():
    got = article("003_c4b98ccfb1978688.txt")
    rel = {n for n, p in got.items() if p["status"] == "released" and p["scope"] == "this_event"}
    assert rel == {"Maryya Kalesnikava", "Viktar Babaryka", "Ales Byalyatski"}
    for other in ("Svyatlana Tsikhanouskaya", "Aleksandr Morozov", "Volodymyr Zelenskyy", "Kyrylo Budanov",
                  "Vladimir Putin", "Donald Trump", "Aleksandr Lukashenko"):
        assert got[other]["status"] == "mentioned", other


def test_seed_translated_article_scopes_earlier_release():
    got = article("004_e5eedd6b9ef9f2e0.txt")
    rel = {n for n, p in got.items() if p["status"] == "released" and p["scope"] == "this_event"}
    assert rel == {"Maria Kalesnikava", "Ales Bialiatski", "Viktar Babaryka"}
    assert (got["Siarhei Tsikhanouski"]["status"], got["Siarhei Tsikhanouski"]["scope"]) == ("released", "other_event")
    assert got["Tatsiana Khomich"]["status"] == "mentioned"
    assert got["Sviatlana Tsikhanouskaya"]["status"] == "mentioned"


# ------------------------------------------------------------------ more phrasing

def test_list_intro_after_among_them():
    got = status("Ukrainian officials said 307 servicemen came home on Saturday.",
                 "Among them was Maksym Butkevych, a human rights activist who was captured in 2022.")
    assert got["Maksym Butkevych"] == "released"


def test_among_those_still_jailed_is_held():
    got = status("Venezuela released several political prisoners on Sunday.",
                 "Among those still jailed is Perkins Rocha, a lawyer for the opposition.")
    assert got["Perkins Rocha"] == "held"


def test_adjectival_freed_applies_to_a_speaker():
    assert status("Freed British-Iranian Anoosheh Ashoori told the BBC he was exhausted.") == {
        "Anoosheh Ashoori": "released"}


def test_compound_surname_with_stop_word_particle():
    got = people("Venezuela freed human rights activist Rocío San Miguel on Sunday.",
                 "San Miguel, who holds Spanish citizenship, was detained in February.")
    assert list(got) == ["Rocío San Miguel"]
    assert got["Rocío San Miguel"]["status"] == "released"


def test_name_fragment_is_not_resolved_as_a_surname():
    # "Rocío" alone must not attach to "Perkins Rocha" (similar consonants) and make him released
    got = status("Venezuela released Rocío De La Cruz on Sunday.",
                 "Perkins Rocha remains in custody.")
    assert got.get("Perkins Rocha") == "held"


def test_official_introduced_by_title_and_comma():
    got = people("The U.S. special envoy for Iran, Abram Paley, welcomed the release of the prisoners.")
    assert got["Abram Paley"]["role"] == "official"
    assert got["Abram Paley"]["status"] == "mentioned"


def test_appositive_title_must_be_the_head_noun():
    got = people("Belarus freed 52 prisoners, including Mikalai Statkevich, after a visit by U.S. envoy John Coale.")
    assert got["Mikalai Statkevich"]["status"] == "released"
    assert got["John Coale"]["status"] == "mentioned"


def test_sent_back_to_prison_is_held():
    got = status("Belarus freed 52 prisoners on Thursday, including Mikalai Statkevich.",
                 "Statkevich refused to leave the country and was returned to prison, his associates said.")
    assert got["Mikalai Statkevich"] == "held"


def test_exchange_included_names_releasees():
    got = released("The exchange also included Russian cybercriminals Vladislav Klyushin and Roman Seleznev.")
    assert got == {"Vladislav Klyushin", "Roman Seleznev"}


def test_possessive_release_is_released_but_a_demand_is_not():
    got = status("Siamak Namazi's release came after eight years behind bars.",
                 "Rights groups demanded Ahmadreza Djalali's release.")
    assert got == {"Siamak Namazi": "released", "Ahmadreza Djalali": "held"}


def test_in_hiding_is_not_held():
    got = status("Opposition leader Maria Corina Machado, who is in hiding, called the releases insufficient.")
    assert got["Maria Corina Machado"] == "mentioned"


def test_pronoun_release_with_two_candidates_is_not_guessed():
    got = status("Editor Emma Tucker spoke with Evan Gershkovich after his release.")
    assert got.get("Emma Tucker") != "released"


def test_release_sought_is_not_a_release():
    got = status("Paul Whelan's release had long been sought by Washington.",
                 "The deal did not include the release of Ksenia Karelina.")
    assert got == {"Paul Whelan": "held", "Ksenia Karelina": "held"}


def test_future_release_by_a_modal_is_held():
    got = status("Hamas agreed to free Arbel Yehud and Agam Berger on Saturday.")
    assert got == {"Arbel Yehud": "held", "Agam Berger": "held"}


def test_gerund_release_and_freedom_for():
    got = status("Brittney Griner was freed on Thursday, with the U.S. releasing arms dealer Viktor Bout.",
                 "The administration failed to win freedom for Paul Whelan, an American jailed in Russia.")
    assert got == {"Brittney Griner": "released", "Viktor Bout": "released", "Paul Whelan": "held"}


def test_reunited_with_family_after_an_auxiliary():
    got = status("Yarden Bibas was reunited with his father Eli Bibas at a hospital.")
    assert got == {"Yarden Bibas": "released", "Eli Bibas": "mentioned"}


def test_list_with_relative_clauses_keeps_going():
    got = released("Hamas freed three hostages, including Ofer Kalderon, whose children were released in 2023, "
                   "and Yarden Bibas, whose wife remains in Gaza.")
    assert got == {"Ofer Kalderon", "Yarden Bibas"}


def test_person_with_a_role_can_still_be_held():
    got = people("Machado said dozens of political prisoners are still held, among them her aide Perkins Rocha.")
    assert got["Perkins Rocha"]["status"] == "held"


def test_publication_date_makes_an_older_release_another_event():
    s = "\"Welcome home, Keith,\" said Aviva Siegel, who was herself freed in November 2023."
    assert people(s)["Aviva Siegel"]["scope"] == "this_event"
    assert people_published(s, "2025-02-01")["Aviva Siegel"]["scope"] == "other_event"


def people_published(sentence: str, published: str) -> dict[str, dict]:
    return {p["name"]: p for p in extract_people([sentence], published=published)}


def test_contributing_writers_are_credits():
    got = people("The prisoners were freed on Thursday.",
                 "Associated Press writers Zeke Miller and Matthew Lee in Washington contributed to this report.")
    assert got["Zeke Miller"]["role"] == "credit"
    assert got["Matthew Lee"]["role"] == "credit"


def test_only_the_noun_phrase_before_the_verb_is_its_subject():
    got = status("Donald Trump met Alexander Lukashenko in Minsk and Ales Bialiatski was freed hours later.")
    assert got["Ales Bialiatski"] == "released"
    assert got["Donald Trump"] != "released"
    assert got["Alexander Lukashenko"] != "released"


def test_coordinated_predicates_share_the_subject():
    got = status("Cecile Kohler and her partner Jacques Marin are still detained in Iran.",
                 "Mikalai Statkevich refused to leave Belarus and was returned to prison.")
    assert got == {"Cecile Kohler": "held", "Jacques Marin": "held", "Mikalai Statkevich": "held"}


def test_publication_month_makes_an_older_month_another_event():
    s = "Ihar Losik was freed in June along with Siarhei Tsikhanouski."
    got = {p["name"]: p["scope"] for p in extract_people([s], published="2025-09-12")}
    assert got == {"Ihar Losik": "other_event", "Siarhei Tsikhanouski": "other_event"}
    same = {p["name"]: p["scope"] for p in extract_people([s], published="2025-06-30")}
    assert same == {"Ihar Losik": "this_event", "Siarhei Tsikhanouski": "this_event"}
    # December release read in a January story is the same event, not a year-old one
    dec = {p["name"]: p["scope"] for p in extract_people(["Ihar Losik was freed on December 31."],
                                                        published="2026-01-02")}
    assert dec == {"Ihar Losik": "this_event"}


def test_month_after_an_agent_and_a_place_still_dates_the_release():
    # "freed by police in Kabul in August": the month sits six words after the verb
    s = "A German aid worker, Lena Moser, was freed by Afghan police in Kabul in August."
    assert people_published(s, "2007-10-10")["Lena Moser"]["scope"] == "other_event"
    # ... but a capture's month is not the release's: "freed Tuesday, having been seized in August"
    held = "Lena Moser was freed on Tuesday having been seized by gunmen in August."
    assert people_published(held, "2007-10-10")["Lena Moser"]["scope"] == "this_event"


def test_a_later_participle_with_its_own_subject_is_not_the_passive():
    # "X was released on April 12 after the state freed some prisoners": "freed" belongs to "the state"
    s = ("Rebels freed the legislator Omar Sefu on Thursday.",
         "One of the tourists, guide Paolo Renzi, was released on April 9 after the state freed some prisoners.")
    got = {p["name"]: p["scope"] for p in extract_people(list(s), published="2012-04-27")}
    assert got["Paolo Renzi"] == "other_event"
    assert got["Omar Sefu"] == "this_event"


def test_among_those_released_with_a_bare_time_adverb():
    assert released("Among those released today were Lin Bao, a former general, and Kao Ming.") == {"Lin Bao", "Kao Ming"}
    assert released("Among those freed yesterday was Lin Bao.") == {"Lin Bao"}


def test_walking_out_of_an_old_fort_and_a_predicate_set_off_by_commas():
    got = status("On January 3, 1946, the commander, General Sir Colin Marsh, remitted the sentences passed on three "
                 "officers of the National Army, and Ravi Das, Anil Sen and Vikram Rao walked out of the Red Fort.")
    assert got == {"Colin Marsh": "mentioned", "Ravi Das": "released", "Anil Sen": "released", "Vikram Rao": "released"}
    # a participle aside with a time phrase is still an aside
    assert released("Rebels freed two hostages on Monday.",
                    "Anil Sen, released the same day, and Vikram Rao flew home.") == {"Anil Sen", "Vikram Rao"}


def test_a_cleft_on_one_of_the_freed_names_them():
    lead = "Cuba freed 60 sick and wounded prisoners on Saturday."
    for sentence in ("The best known of the freed men is Enrique Ruiz, a mining engineer.",
                     "The first to descend the gangway was captain Teodoro Palacios, of the Engineers.",
                     "The first off the plane was Enrique Ruiz.",
                     "The first of the freed men to speak was Enrique Ruiz."):
        assert len(released(lead, sentence)) == 1, sentence
    # a plan, or a first that is no way out, names nobody freed
    assert released(lead, "The first to be freed will be Enrique Ruiz.") == set()
    assert released(lead, "The first to speak was Enrique Ruiz.") == set()


def test_walking_across_a_line_with_a_long_name():
    assert released("North Korea freed two American pilots on Saturday.",
                    "Capt. Ben Stutts and Capt. Carl Voltz walked across the military demarcation line in the truce "
                    "village at 11:14 a.m.") == {"Ben Stutts", "Carl Voltz"}


def test_who_ordered_a_release_is_not_freed_by_it():
    assert status("The rebel chief, Tomas Ruiz, ordered him released from the fort so that he could form a government.") \
        == {"Tomas Ruiz": "mentioned"}
    # ... while a member named in the aside still is
    assert released("The hostages were freed one by one.", "Ana Ruiz, the last of them freed, said she was tired.") \
        == {"Ana Ruiz"}


def test_a_foreign_release_noun_opens_no_name():
    got = people("Rebels freed the aid worker Anne Morel on Thursday.",
                 '[Automatic translation from French - original: "DIRECT. Libération de Anne Morel et Paul Diallo"]')
    assert "Anne Morel" in got and not any(n.startswith("Lib") for n in got)


def test_a_name_renaming_the_of_phrase_of_a_kinship_aside_is_no_list_item():
    lead = "The rebels and the government exchanged nearly 900 detainees on Sunday."
    got = status(lead, "Among those released today: General Ali Karimi, the defence minister, and Nasser Saleh, "
                       "brother of the former president, Abd-Rabbu Saleh.")
    assert got == {"Ali Karimi": "released", "Nasser Saleh": "released", "Abd-Rabbu Saleh": "mentioned"}
    # an item after the aside, joined by "and", is one
    assert released(lead, "Among those released were Nasser Saleh, brother of the former president, and Omar Saleh.") \
        == {"Nasser Saleh", "Omar Saleh"}


def test_free_as_an_aside_or_a_headline_predicate():
    lead = "The military junta freed several political prisoners on Monday, officials said."
    assert released(lead, "Maria Delgado, free after more than four years of detention, will travel to Lisbon.") \
        == {"Maria Delgado"}
    assert released(lead, "Maria Delgado, 54, now free, will travel to Lisbon.") == {"Maria Delgado"}
    assert released("Farah Osei and Kwame Boateng free at last", lead) == {"Farah Osei", "Kwame Boateng"}
    # a promise is no release, nor is a wish in a headline
    assert released(lead, "Maria Delgado, free to travel, will go to Lisbon.") == set()
    assert released("Osei wants Kwame Boateng free at last", lead) == set()
    # the aside dates its release
    got = {p["name"]: p["scope"] for p in extract_people(
        [lead, "Maria Delgado, free since her release in March 2019, now runs a charity."], published="2025-06-15")}
    assert got == {"Maria Delgado": "other_event"}


def test_a_source_set_off_between_the_list_head_and_its_copula():
    lead = "The army freed 20 detainees on Monday, officials said."
    assert released(lead, "Among the freed men, according to the army, were Wali Khan and Nek Gul.") \
        == {"Wali Khan", "Nek Gul"}
    assert released(lead, "Among those freed, the ministry said, were Wali Khan, who it said was a bomb maker, "
                          "and Nek Gul.") == {"Wali Khan", "Nek Gul"}
    # the aside does not turn a held list into a freed one
    assert status(lead, "Among those still held, according to the group, are Wali Khan and Nek Gul.") \
        == {"Wali Khan": "held", "Nek Gul": "held"}


def test_a_label_in_parentheses_is_no_reporting_verb():
    # "Editor's note (continued):" reports no speech; the pluperfect after it is an earlier release
    s = ["The state freed 80 prisoners on Wednesday.",
         "Editor's note (continued): Earlier amnesties had freed 296 men, among them the former general Lin Bao."]
    assert {p["name"]: p["scope"] for p in extract_people(s)}["Lin Bao"] == "other_event"


def test_a_plan_in_a_fronted_phrase_does_not_govern_the_release_after_it():
    # "Of the 13 the state had agreed to release, eight walked out": the eight are out; the list after is of them
    got = released("Of the 13 prisoners the state had agreed to release, eight walked out of Dalton jail on "
                   "Wednesday after prosecutors withdrew cases against them.",
                   "Among them were the activists Omar Sefu and Lena Moser.")
    assert got == {"Omar Sefu", "Lena Moser"}


def test_a_citizen_of_a_place_names_the_object_after_it():
    assert released("In turn the Ukrainian side pardoned the citizen of Belarus Oleg Dorn.") == {"Oleg Dorn"}
    # ... while a plain "of" still takes its own object: "the son of X" is not freed
    assert released("The rebels freed the son of Oleg Dorn.") == set()


def test_an_organisation_before_a_group_noun_is_no_releasee():
    got = people("Eight prisoners walked out of the jail on Wednesday.",
                 "Among them were Mulia Adivasi Sangha activists Omar Sefu and Lena Moser.")
    assert {n for n, p in got.items() if p["status"] == "released"} == {"Omar Sefu", "Lena Moser"}


def test_among_those_released_were_said_to_be():
    assert released("Among those released were said to be the philosopher Lin Bao and the writer Kao Ming.") \
        == {"Lin Bao", "Kao Ming"}


def test_one_of_them_after_a_counted_freed_group():
    # "several freed men" in one sentence, "One of them, identified as X" in the next
    got = people("The radio broadcast interviews with several freed men at a ceremony in the capital.",
                 "One of them, identified as Lin Bao, 64, a former colonel, said he was grateful.")
    assert (got["Lin Bao"]["status"], got["Lin Bao"]["scope"]) == ("released", "this_event")


def test_the_three_after_a_named_capture_frees_all_three_whatever_their_roles():
    got = people("Omar Sefu, his daughter Lina and Deputy Premier Karl Brandt were seized by troops on Saturday.",
                 "They were taken to the barracks at Tavor and held overnight.",
                 "The three were freed on Sunday afternoon after hours of talks.")
    assert {n: p["status"] for n, p in got.items() if n != "Tavor"} == {
        "Omar Sefu": "released", "Lina Sefu": "released", "Karl Brandt": "released"}


def test_conjuncts_that_each_name_their_unit_share_the_predicate():
    # "Major X of the Royal Irish Regiment, and Lieutenant Y of the army were among those freed"
    assert released("The patrol leader, Major Alan Marsh of the Royal Ulster Regiment, and Lieutenant Musa Kamara "
                    "of the Liberian army were among those freed.") == {"Alan Marsh", "Musa Kamara"}
    assert released("Captain Lena Moser of the regiment and Sergeant Omar Sefu of the navy were freed on Sunday.") \
        == {"Lena Moser", "Omar Sefu"}


def test_a_respelling_in_parentheses_keeps_the_list_going():
    # "(spelled Y in some local reports)": "reports" after "local" is a noun, and the list goes on after ")"
    got = released("Among those freed are Karim Hasan (spelled Kareem Hassan in some local reports), a businessman, "
                   "his wife Lina Saberi and their two children, who had gone to the cafe.")
    assert got == {"Karim Hasan", "Lina Saberi"}


def test_plural_demonyms_of_two_word_countries_are_no_names():
    got = people("The army said 13 hostages, including one Japanese and two Sri Lankans, had been rescued alive.",
                 "Troops freed six soldiers and their Sierra Leonean liaison officer.")
    assert got == {}


def test_after_being_released_frees_the_subject_whatever_office_an_aside_gives():
    got = people("Governor Omar Sefu, the opposition leader, arrived in London early today after being released by "
                 "President Karl Brandt.")
    assert got["Omar Sefu"]["status"] == "released"
    assert got["Karl Brandt"]["status"] == "mentioned"
    # ... while "after their release" may be the people an official welcomed
    welcomed = people("President Karl Brandt met the hostages at the airport after their release.")
    assert welcomed.get("Karl Brandt", {}).get("status", "mentioned") == "mentioned"


def test_shared_surname_in_coordination():
    got = released("Craig and Lindsay Foreman were released on Friday, Iran's judiciary said.")
    assert got == {"Craig Foreman", "Lindsay Foreman"}


def test_twins_handed_to_the_red_cross():
    got = released("The first seven, including twins Gali and Ziv Berman, were handed to the International "
                   "Committee of the Red Cross early in the morning.")
    assert got == {"Gali Berman", "Ziv Berman"}


def test_mother_whose_son_was_freed_is_not_released():
    got = people("Einav Zangauker, whose son Matan was among those freed, wept as she watched the footage.")
    assert got["Einav Zangauker"]["status"] == "mentioned"
    assert got["Matan Zangauker"]["status"] == "released"


def test_including_does_not_inherit_the_previous_sentence():
    got = status("Iran's judiciary said the pair had been released on bail.",
                 "Several other dual nationals, including academic Fariba Adelkhah, have been barred from leaving.")
    assert got["Fariba Adelkhah"] != "released"


def test_traded_for_counterpart_is_released():
    got = released("Ksenia Karelina was traded for Arthur Petrov, a German-Russian dual national.")
    assert got == {"Ksenia Karelina", "Arthur Petrov"}


def test_adviser_to_a_leader_does_not_make_the_leader_an_official():
    got = people("Franak Viacorka, an adviser to Sviatlana Tsikhanouskaya, called the releases hostage diplomacy.")
    assert got["Franak Viacorka"]["role"] == "official"
    assert got["Sviatlana Tsikhanouskaya"]["role"] is None


def test_among_them_inside_another_clause_does_not_point_back():
    got = status("Hamas freed three hostages on Saturday.",
                 "Officials from Qatar and Egypt, among them Majed Ansari, mediated the talks.")
    assert got["Majed Ansari"] != "released"


def test_on_their_way_home_is_a_release():
    got = released("Spain said five citizens, among them Andres Martinez Adasme and Jose Maria Basoa, "
                   "were on their way home.")
    assert got == {"Andres Martinez Adasme", "Jose Maria Basoa"}


def test_not_part_of_the_deal_is_held_and_swap_counterpart_released():
    got = status("Ryan Corbett was freed along with William McKenty in exchange for Khan Mohammed, an Afghan "
                 "serving a life sentence in California.",
                 "Mahmood Habibi, another American believed to be held by the Taliban, was not part of the deal.")
    assert got == {"Ryan Corbett": "released", "William McKenty": "released", "Khan Mohammed": "released",
                   "Mahmood Habibi": "held"}


def test_headquarters_and_ombudsman_are_not_people():
    got = people("Russia has handed over 95 prisoners of war, Ukraine's Coordination Headquarters said.",
                 "Ombudsman Dmytro Lubinets said Russia still holds thousands of Ukrainians.")
    assert set(got) == {"Dmytro Lubinets"}
    assert got["Dmytro Lubinets"]["role"] == "official"


# ------------------------------------------------------------------ roles that must never be released

def test_photo_caption_names_its_subject_not_a_photographer():
    got = people("[Photo: Nadia Orlova waves to supporters outside the court in Minsk. Handout via AFP]",
                 "Belarus freed Nadia Orlova on Monday.")
    assert got["Nadia Orlova"]["role"] is None
    assert got["Nadia Orlova"]["status"] == "released"
    credit = people("The freed prisoners reached Vilnius on Monday (Photo: Pavel Grinko/AFP).")
    assert credit["Pavel Grinko"]["role"] == "credit"


def test_victim_of_a_killing_is_never_released():
    got = people("Kyiv freed Artem Lysenko, who had been jailed for the 2017 murder of a local journalist, "
                 "Oleg Danyliuk, in exchange for two soldiers.")
    assert got["Oleg Danyliuk"]["role"] == "victim"
    assert got["Oleg Danyliuk"]["status"] == "mentioned"
    assert got["Artem Lysenko"]["status"] == "released"


def test_spouse_named_in_an_appositive_is_not_the_releasee():
    got = status("On Friday Tomasz Zielinski, the brother of exiled campaigner Halina Zielinska, was freed "
                 "with four others.")
    assert got == {"Tomasz Zielinski": "released", "Halina Zielinska": "mentioned"}


def test_relative_who_speaks_about_a_release_is_not_released():
    got = status("Marco Ruiz was freed on Tuesday.",
                 "His sister, Elena Ruiz, said he was driven home by the police and looked tired.")
    assert got["Elena Ruiz"] == "mentioned"


def test_two_people_in_a_list_are_not_relatives_of_each_other():
    got = people("The freed group included Dana Eliav, her son Yoav Eliav, 8, and her aunt Ruth Kahan.")
    assert got["Dana Eliav"]["role"] is None
    assert {n for n, p in got.items() if p["status"] == "released"} == {"Dana Eliav", "Yoav Eliav", "Ruth Kahan"}


def test_partial_pardon_is_not_a_release():
    got = status("Former minister Kyaw Thein was pardoned on three of the eleven charges against him, "
                 "but he will stay in prison.")
    assert got["Kyaw Thein"] == "held"


def test_regret_about_a_release_presupposes_it():
    got = status("\"Dmitri Orlov is a dangerous man who should never have been released,\" a senator said.")
    assert got["Dmitri Orlov"] == "released"


def test_infinitive_headline_is_a_plan():
    got = status("Britain to free Iranian diplomat Reza Hosseini in exchange for aid worker Clare Dobbs")
    assert got["Reza Hosseini"] != "released"


# ------------------------------------------------------------------ more held phrasing

@pytest.mark.parametrize("sentences, name", [
    (["Journalist Ana Ferreira remains imprisoned, as do activists Luis Prado and Marta Vieira."], "Marta Vieira"),
    (["The agreement did not include Robert Hale, a former soldier serving 12 years for espionage."], "Robert Hale"),
    (["Two more Britons are wrongfully detained there, among them engineer Colin Blythe."], "Colin Blythe"),
    (["Dozens of foreigners remain in Iraqi jails, among them the aid worker Pieter de Vries."], "Pieter de Vries"),
    (["Among the captives still held in the tunnels are Yonatan Gilad, a 19-year-old conscript."], "Yonatan Gilad"),
    (["Omar Haddad, a poet jailed since 2019, is left behind once again."], "Omar Haddad"),
    (["The activist Lina Sayed refused to board the bus and stayed in Cairo."], "Lina Sayed"),
])
def test_more_held_phrasing(sentences, name):
    assert status(*sentences)[name] == "held"


def test_pronoun_subject_of_a_held_predicate_points_back():
    got = status("Authorities also handed over Pedro Salas, a fugitive banker who had fled to Spain.",
                 "He was returned to U.S. custody on Friday.")
    assert got["Pedro Salas"] == "held"
    same_sentence = status("The court cut the sentence of former mayor Aung Win by two years, but he will remain "
                           "in detention, officials said.")
    assert same_sentence["Aung Win"] == "held"


def test_pronoun_after_a_sentence_without_names_keeps_the_last_subject():
    got = status("One of them was Father Tomas Ruiz, a priest who would not leave his parish.",
                 "A judge sentenced him to ten years the next day.",
                 "He was moved to El Chipote prison.")
    assert got["Tomas Ruiz"] == "held"


def test_relative_clause_after_an_appositive_is_about_its_head():
    got = status("The other was Ignacio Vera, the pastor of San Marcos, who refused to leave the country.")
    assert got["Ignacio Vera"] == "held"
    assert got.get("San Marcos") != "held"


def test_coordinated_predicate_with_an_adverb_keeps_the_subject():
    got = status("Former premier Thant Zaw, who was detained in 2021, had his term reduced and also remains "
                 "in custody.")
    assert got["Thant Zaw"] == "held"


def test_plural_predicate_after_long_appositives_takes_the_coordinated_names():
    got = status("Lucia Marquez, the painter who founded the Casa Abierta collective, and the singer Raul Pena, "
                 "known as El Rayo, who wrote \"Libertad Ya,\" remain in prison, their lawyers said.")
    assert got["Lucia Marquez"] == "held"
    assert got["Raul Pena"] == "held"


# ------------------------------------------------------------------ lists away from the verb

def test_inverted_release_with_an_adverbial():
    got = released("Freed in the same operation were Karim Nasser and the blogger Samir Aoun.")
    assert got == {"Karim Nasser", "Samir Aoun"}
    got = released("Also released on Tuesday was Rania Toma, a 31-year-old pharmacist.")
    assert got == {"Rania Toma"}


def test_relative_listed_among_the_freed_is_released():
    got = people("Also freed last night were Ion Rusu, 66, a retired engineer, and his son Mihai Rusu.")
    assert {n for n, p in got.items() if p["status"] == "released"} == {"Ion Rusu", "Mihai Rusu"}


def test_colon_introduces_the_named_members_of_a_freed_group():
    assert released("Burundi released four journalists on Monday: Agnes Ndirubusa, Christophe Bigirimana, "
                    "Egide Harerimana and Terence Mpozenzi.") == {
        "Agnes Ndirubusa", "Christophe Bigirimana", "Egide Harerimana", "Terence Mpozenzi"}
    got = released("Among those freed are nearly all the students who were detained in May under the protest "
                   "law that General Omar Bashir signed: the union leader Hamid Yousif and the poet Salma Idris.")
    assert got == {"Hamid Yousif", "Salma Idris"}


def test_subject_free_predicate_with_a_colon_list():
    got = released("Two brothers came out together: Amit Segal, 12, and his brother Noam Segal, 9.")
    assert got == {"Amit Segal", "Noam Segal"}
    held = status("Two aid workers are still held: Tom Brand and Ilse Meyer.")
    assert held == {"Tom Brand": "held", "Ilse Meyer": "held"}


def test_a_name_before_the_colon_blocks_the_colon_list():
    got = status("Hamas freed Noa Katz on Friday: Yossi Katz, her father, said she was well.")
    assert got["Noa Katz"] == "released"
    assert got.get("Yossi Katz") != "released"


def test_list_resumes_after_a_relative_clause():
    got = released("Also freed were Pavel Ryzhov, an economist who had served four years of a nine-year term, "
                   "and the lawyer Irina Belova.")
    assert got == {"Pavel Ryzhov", "Irina Belova"}


def test_a_new_clause_after_a_relative_clause_is_not_a_list_item():
    got = status("Belarus freed Olga Petrenko, who had been jailed since 2021, and Lukashenko called it a "
                 "gesture of goodwill.")
    assert got["Olga Petrenko"] == "released"
    assert got.get("Lukashenko") != "released"


def test_semicolon_separated_list():
    got = released("The freed men were named as Juan Ortiz, a taxi driver from Quito; Luis Cano; Mario Pinto; "
                   "and Diego Salas, a nurse.")
    assert got >= {"Juan Ortiz", "Luis Cano", "Mario Pinto", "Diego Salas"}


def test_semicolon_does_not_continue_into_another_clause():
    got = status("Russia freed Anton Frolov; Dmitri Lagin remains in a Perm penal colony.")
    assert got == {"Anton Frolov": "released", "Dmitri Lagin": "held"}


def test_released_with_relatives_and_gapped_coordination():
    got = released("Miriam Levin, 40, was freed with her sons Eitan Levin, 8, and Amos Levin, 5, and Sara Dor, 61, "
                   "with her granddaughter Lia Dor, 3.")
    assert got == {"Miriam Levin", "Eitan Levin", "Amos Levin", "Sara Dor", "Lia Dor"}


def test_released_with_the_help_of_someone_is_not_co_release():
    got = status("Pavel Orlov was freed with the help of Turkish mediator Emre Kaya.")
    assert got == {"Pavel Orlov": "released", "Emre Kaya": "mentioned"}


def test_on_the_plane_with_the_freed():
    got = people("Vadim Sorokin, a chemist who had been pardoned a week earlier, was also on the plane.",
                 "Also on the flight were Sorokin's wife, Lidia Sorokina, and the pilot Mark Hale.")
    assert got["Vadim Sorokin"]["status"] == "released"
    assert got["Lidia Sorokina"]["status"] == "mentioned"


def test_group_noun_phrase_inherits_the_release_of_its_group():
    got = status("Caracas freed nine Colombians and two Peruvians on Friday in exchange for a jailed general.",
                 "The nine Colombians were identified as Andres Mejia, a cook; Julian Rios; and Camilo Duque.",
                 "The Peruvians - Rosa Quispe and Hugo Mamani - had been arrested at the border in 2021.")
    assert got == {"Andres Mejia": "released", "Julian Rios": "released", "Camilo Duque": "released",
                   "Rosa Quispe": "released", "Hugo Mamani": "released"}


def test_group_noun_without_an_earlier_release_names_nobody_freed():
    got = status("The two engineers were identified as Petr Novak and Jan Dvorak.")
    assert got == {"Petr Novak": "mentioned", "Jan Dvorak": "mentioned"}


def test_group_still_held_is_held():
    got = status("Tehran freed four Europeans on Sunday.",
                 "The two Europeans still detained are Karl Weber and Anna Lund.")
    assert got == {"Karl Weber": "held", "Anna Lund": "held"}


def test_clemency_and_named_them_as():
    got = status("In return, the White House granted clemency to three Cubans convicted of espionage.",
                 "Havana's foreign minister, Bruno Rodriguez, named them as Ramon Labanino, Gerardo Hernandez and "
                 "Antonio Guerrero.")
    assert got["Ramon Labanino"] == "released"
    assert got["Antonio Guerrero"] == "released"
    assert got["Bruno Rodriguez"] != "released"


def test_headline_without_an_auxiliary():
    got = released("Gaunt Tal Shoham, Avera Mengistu and Hisham al-Sayed freed after years in Gaza",
                   "Tal Shoham, 40, was taken from Kibbutz Beeri.", "Tal Shoham thanked the crowd.")
    assert got == {"Tal Shoham", "Avera Mengistu", "Hisham al-Sayed"}


def test_sentence_case_headline_is_read_title_case_headline_is_not():
    assert released("Aid worker Louise Kerr freed from Yemen jail after 18 months") == {"Louise Kerr"}
    assert people("Aid Worker Louise Kerr Freed From Yemen Jail After 18 Months") == {}


# ------------------------------------------------------------------ other occasions

def test_pluperfect_release_is_earlier_unless_reported():
    got = people("Before the ceasefire, the group had freed two captives: Lior Adam and Yael Bar.")
    assert {p["scope"] for p in got.values()} == {"other_event"}
    reported = people("The ministry said Lior Adam had been freed overnight.")
    assert reported["Lior Adam"]["scope"] == "this_event"


def test_when_clause_after_an_older_date_is_another_event():
    got = {p["name"]: p["scope"] for p in extract_people(
        ["Belarus freed 16 prisoners on Friday.",
         "It was the biggest release since March 3, when Roman Protasevich was freed with five others."],
        published="2025-07-20")}
    assert got["Roman Protasevich"] == "other_event"


def test_relative_clause_of_an_older_swap_is_another_event():
    got = {p["name"]: p["scope"] for p in extract_people(
        ["Kyiv and Moscow swapped 84 prisoners each on Monday, 2025.",
         "The 2023 swap in Istanbul, in which Artem Kiselyov and Maria Voronova came home, was bigger."])}
    assert got == {"Artem Kiselyov": "other_event", "Maria Voronova": "other_event"}


def test_event_that_came_after_another_release():
    got = {p["name"]: (p["status"], p["scope"]) for p in extract_people(
        ["Russia freed Yuri Melnik on Tuesday.",
         "The exchange came three years after Russia released the basketball player Nina Vogel in exchange "
         "for Oleg Dorn."])}
    assert got["Yuri Melnik"] == ("released", "this_event")
    assert got["Nina Vogel"] == ("released", "other_event")
    assert got["Oleg Dorn"] == ("released", "other_event")


def test_leading_time_phrase_with_an_older_date():
    got = {p["name"]: p["scope"] for p in extract_people(
        ["Iran freed Lena Vogt on Monday.",
         "In March, Paul Ricard was released in exchange for an Iranian engineer.",
         "During the amnesty that ended in February, Sami Azar was freed too.",
         "In 2021 the courts pardoned Omid Rahimi."],
        published="2025-06-10")}
    assert got == {"Lena Vogt": "this_event", "Paul Ricard": "other_event", "Sami Azar": "other_event",
                   "Omid Rahimi": "other_event"}


def test_a_recent_date_in_a_when_clause_is_this_event():
    got = {p["name"]: p["scope"] for p in extract_people(
        ["On June 3, when Adam Lutz was freed, crowds gathered in Vilnius."], published="2025-06-04")}
    assert got == {"Adam Lutz": "this_event"}


def test_modal_may_is_not_a_month():
    got = {p["name"]: p["scope"] for p in extract_people(
        ["In a deal that may yet collapse, Hamas freed Ido Ronen on Sunday."], published="2025-09-01")}
    assert got == {"Ido Ronen": "this_event"}


# ------------------------------------------------------------------ names

def test_function_word_given_names():
    got = released("Hamas freed Dvir Or, 30, and Or Shapira, 25, on Saturday.")
    assert got == {"Dvir Or", "Or Shapira"}


def test_full_name_used_twice_is_the_display_name():
    got = people("Egypt pardons Ahmed Abdel Rahman Nour", "Ahmed Abdel Rahman Nour was freed on Monday.",
                 "Abdel Rahman Nour, 51, thanked his lawyers.", "Abdel Rahman Nour said he would rest.")
    assert list(got) == ["Ahmed Abdel Rahman Nour"]


def test_one_off_descriptor_before_a_name_is_not_the_display_name():
    got = people("The freed Counsellor Daw Khin Thet spoke briefly.", "Daw Khin Thet thanked her supporters.",
                 "Khin Thet said she was tired.")
    assert list(got) == ["Khin Thet"]  # "Daw" is a style, not a given name


def test_colour_and_plural_before_a_name_is_a_unit():
    got = released("Russia freed former Green Berets Mark Dolan and Steven Pike.")
    assert got == {"Mark Dolan", "Steven Pike"}


# ------------------------------------------------------------------ precision guards

def test_names_given_after_a_sentence_about_the_freed_group():
    got = released("The released fishermen were flown to Colombo.",
                   "Their names were given as Kumara Perera and Nimal Silva.")
    assert got == {"Kumara Perera", "Nimal Silva"}


def test_the_freed_group_with_an_including_list():
    assert released("The freed detainees, including Bakhyt Serik and Aigul Nurova, reached Almaty at dawn.") == {
        "Bakhyt Serik", "Aigul Nurova"}


def test_participle_before_its_noun_has_no_object():
    got = status("The three freed sailors thanked Admiral Kenji Sato and the interpreter Yuki Mori.")
    assert got.get("Yuki Mori") != "released"


def test_list_inside_a_relative_clause_is_about_its_own_noun():
    got = status("Militants freed two engineers, whose colleagues, including Rahul Verma, had campaigned for months.")
    assert got.get("Rahul Verma") != "released"


def test_a_new_clause_after_the_object_is_not_an_object():
    got = status("Rebels freed four soldiers, and Colonel Abdou Sall, whose nephew Issa remains captive, "
                 "welcomed the gesture.")
    assert got.get("Abdou Sall") != "released"


def test_officials_listed_after_a_release_are_not_releasees():
    got = status("Rwanda released six detainees on Friday, officials, among them prosecutor Aimable Havugiyaremye, said.")
    assert got.get("Aimable Havugiyaremye") != "released"


def test_with_in_an_absolute_clause_is_not_a_co_release():
    got = status("Karim Tabet was freed on Monday, with his brother Sami Tabet watching from the gate.")
    assert got == {"Karim Tabet": "released", "Sami Tabet": "mentioned"}


def test_returned_as_a_release_verb_and_back_to_prison():
    assert status("Moscow returned Ukrainian reporter Taras Hrytsenko on Sunday.") == {"Taras Hrytsenko": "released"}
    assert status("Guards returned Taras Hrytsenko to the penal colony after the hearing.") == {
        "Taras Hrytsenko": "held"}


def test_pardon_covers_a_list():
    assert released("The amnesty covers Tran Van Minh, who served nine years, and Le Thi Hoa.") == {
        "Tran Van Minh", "Le Thi Hoa"}


def test_older_year_a_few_words_after_the_verb():
    got = {p["name"]: p["scope"] for p in extract_people(
        ["Ahmad Rahimi was released from custody in 2019 and arrested again in 2021.",
         "Kabul freed Ahmad Rahimi's cellmate Farid Noori on Tuesday, 2025."])}
    assert got["Ahmad Rahimi"] == "other_event"
    assert got["Farid Noori"] == "this_event"


def test_pluperfect_after_by_is_the_story_itself():
    got = people("By Sunday night, the militia had released Joseph Mensah and Ama Owusu.")
    assert {p["scope"] for p in got.values()} == {"this_event"}


def test_the_date_of_a_deal_is_not_the_date_of_the_release():
    got = {p["name"]: p["scope"] for p in extract_people(
        ["Under a plan agreed in March, and in a deal signed in March, Hamas freed Liri Meir on Saturday."],
        published="2025-06-10")}
    assert got == {"Liri Meir": "this_event"}
    got = {p["name"]: p["scope"] for p in extract_people(
        ["In a deal struck in March, Hamas freed Liri Meir on Saturday."], published="2025-06-10")}
    assert got == {"Liri Meir": "this_event"}


# ------------------------------------------------------------------ speed-ups must not change matches

def test_first_letter_lookaheads_match_exactly_what_the_plain_patterns_match():
    from monitor.extract import people as mod
    texts = []
    for path in sorted(SEEDS.glob("*.txt")):
        texts += split_sentences(clean_text(path.read_text(encoding="utf-8")))
    texts += ["Also still held is Avi Or - and \u2014 she said: \"Released in return were A; B.\"",
              "REMAINS IN CUSTODY; Exchanged, Freed, Set Free, handed over, let go, returned home, stays in jail",
              "is wrongfully detained, continues to be held, refused to leave; -- a — b – c",
              "Earlier this year, in recent months, previously; never; won't; not yet"]
    assert len(mod._UNLEADED) >= 10
    for fast_pattern, plain in mod._UNLEADED.items():
        fast = re.compile(fast_pattern, plain.flags)
        for t in texts:
            assert [m.span() for m in fast.finditer(t)] == [m.span() for m in plain.finditer(t)], (plain.pattern, t)


def test_that_trip_continues_the_occasion_dated_in_the_previous_sentence():
    got = {p["name"]: (p["status"], p["scope"]) for p in extract_people(
        ["Oman freed two Britons on Sunday.",
         "The deal followed a visit to Muscat in February by British diplomats.",
         "That visit led to the release of a third Briton, Craig Dawes."], published="2025-06-01")}
    assert got["Craig Dawes"] == ("released", "other_event")
    same = {p["name"]: (p["status"], p["scope"]) for p in extract_people(
        ["Oman freed two Britons on Sunday after a visit by British diplomats.",
         "That visit also led to the release of Craig Dawes."], published="2025-06-01")}
    assert same["Craig Dawes"] == ("released", "this_event")


def test_place_name_after_a_given_name_is_a_surname():
    got = released("Tehran freed the teacher Anne Morel and her partner Louis Paris on Tuesday.")
    assert got == {"Anne Morel", "Louis Paris"}
    assert "Twelve Israelis" not in people("Twelve Israelis were freed on Friday.")


def test_capitalised_adjective_after_an_article_is_not_a_person():
    got = people("Russia freed Refat Alimov, a Crimean Tatar activist, on Sunday.")
    assert set(got) == {"Refat Alimov"}


def test_the_previous_exchange_is_another_event():
    got = {p["name"]: p["scope"] for p in extract_people(
        ["Kyiv brought home 90 soldiers on Friday.",
         "The previous exchange, on May 2, saw 120 soldiers freed, among them Taras Bilyk."],
        published="2025-05-30")}
    assert got == {"Taras Bilyk": "other_event"}


def test_freed_adjective_opens_only_its_own_noun_phrase():
    got = status("Freed captive Maya Regev embraced her brother, Itay Regev, at the base.")
    assert got == {"Maya Regev": "released", "Itay Regev": "mentioned"}


def test_house_arrest_and_among_those_still_detained_are_held():
    got = status("Reporter Yeo Ji-hoon remains under house arrest in Pyongyang.",
                 "Linh Tran is among at least a dozen foreigners still detained in Hanoi.")
    assert got == {"Yeo Ji-hoon": "held", "Linh Tran": "held"}
    assert status("Linh Tran is among the prisoners freed on Monday.") == {"Linh Tran": "released"}


def test_neither_nor_is_not_a_release():
    got = status("Neither Omar Said Farah nor Leyla Hashi was freed on Monday.")
    assert got == {"Omar Said Farah": "held", "Leyla Hashi": "held"}


def test_named_by_someone_as():
    got = released("The freed seamen were named by the shipping company as Arjun Nair and Vikram Rao.")
    assert got == {"Arjun Nair", "Vikram Rao"}


def test_lower_case_second_part_of_a_given_name():
    assert released("Pyongyang freed the pastor Kim Min-jun on Friday.") == {"Kim Min-jun"}
    assert people("The US-brokered deal freed Ana Ruiz.").keys() == {"Ana Ruiz"}


def test_sentences_without_names_still_feed_later_sentences():
    got = status("Kabul freed three aid workers on Monday.",
                 "The militants had held them for months.",
                 "The aid workers were identified as Jonas Berg and Elif Kaya.")
    assert got == {"Jonas Berg": "released", "Elif Kaya": "released"}
    got = status("Mali released eleven soldiers on Friday.", "Among them were Sergeant Issa Kone and Moussa Diarra.")
    assert got == {"Issa Kone": "released", "Moussa Diarra": "released"}
    got = status("Ana Dias was handed to the consul on Monday.", "The court ordered a retrial.",
                 "She was sent back to prison on Friday.")
    assert got["Ana Dias"] == "held"  # "She" reaches back over a sentence without names


def test_group_with_a_participle_and_adverbial_names_its_members():
    assert released("The detainees released on Sunday are Hamid Nouri, 61, and Reza Valizadeh, 48.") == {
        "Hamid Nouri", "Reza Valizadeh"}


def test_two_asides_between_subject_and_verb():
    assert released("Tomas Holub, 58, a retired engineer, was handed over at the border.") == {"Tomas Holub"}


def test_bare_infinitive_after_saw():
    assert released("The fourth round saw Hamas free Tal Shoham and Omer Wenkert.") == {"Tal Shoham", "Omer Wenkert"}


def test_home_and_back_in_the_country():
    got = status("Serhiy Tsyhipa is finally home.", "Nariman Celal is back in Ukraine after three years in a Russian jail.",
                 "Vilen Temeryanov, who was detained in 2019, has returned to Kyiv.",
                 "Dmytro Khyliuk was returned to prison after the hearing.")
    assert got == {"Serhiy Tsyhipa": "released", "Nariman Celal": "released", "Vilen Temeryanov": "released",
                   "Dmytro Khyliuk": "held"}


def test_among_those_returned_to_a_country():
    assert released("Among those returned to Ukraine was the medic Yulia Paievska.") == {"Yulia Paievska"}


def test_returning_to_a_city_is_a_release_only_in_a_captivity_context():
    assert status("Kirill Orlov returned to Moscow for talks on Monday.") == {"Kirill Orlov": "mentioned"}
    assert status("After 600 days in captivity, Liam Doyle returned to Dublin.") == {"Liam Doyle": "released"}


# ------------------------------------------------------------------ list intros (dev set B causes)

def test_among_those_freed_by_an_agent_names_the_freed_not_the_agent():
    got = status("Among those pardoned by President Kassym Tokayev were journalist Aigerim Sadykova and "
                 "lawyer Nurlan Beisenov.")
    assert got == {"Kassym Tokayev": "mentioned", "Aigerim Sadykova": "released", "Nurlan Beisenov": "released"}


def test_among_those_handed_to_the_other_side():
    assert released("Among those handed back to Kyiv was marine Artem Didenko, who had defended the port.") == {
        "Artem Didenko"}


def test_among_those_who_remain_in_detention_are_held():
    got = status("Among those who remain in detention are blogger Tran Huy Duc and lawyer Nguyen Van Dai.",
                 "Among those who are still behind bars is Ahmed Douma, a prominent activist.")
    assert got == {"Tran Huy Duc": "held", "Nguyen Van Dai": "held", "Ahmed Douma": "held"}


def test_inverted_still_held_predicate():
    got = status("Also in custody is economist Tadeusz Wrona, who was detained in March.",
                 "Still held incommunicado are lawyers Olga Marchenko and Pavel Yudin.",
                 "Also returned to the penal colony was Igor Baranov.")
    assert got == {"Tadeusz Wrona": "held", "Olga Marchenko": "held", "Pavel Yudin": "held", "Igor Baranov": "held"}


def test_inverted_release_list_runs_across_asides_and_group_items():
    got = status("Also returned were the 12 fishermen seized by the coast guard near Berdyansk in March, as well as "
                 "activist Ilya Rudenko, who had been sentenced to nine years, and blogger Marta Kovalenko, who was "
                 "convicted of treason.",
                 "Also freed were Hugo Lemaire, the nephew of minister Paul Girard, and engineer Jan Vos.")
    assert got == {"Ilya Rudenko": "released", "Marta Kovalenko": "released", "Hugo Lemaire": "released",
                   "Paul Girard": "mentioned", "Jan Vos": "released"}


def test_a_rescue_is_a_release():
    got = status("Commandos rescued aid worker Karin Olsen and her driver, Musa Adan, in a pre-dawn raid.",
                 "The rescue of Martin Keller ended a 200-day ordeal.")
    assert got == {"Karin Olsen": "released", "Musa Adan": "released", "Martin Keller": "released"}


def test_subject_list_mixing_a_name_and_unnamed_groups():
    assert released("Former senator Lucia Ortega, two Spanish engineers and nine members of the police were "
                    "rescued on Monday by the army.") == {"Lucia Ortega"}
    assert released("Journalist Tomas Varga and two colleagues from the Prague bureau were freed on Friday.") == {
        "Tomas Varga"}
    # a name inside an item ("the wife of X") heads nothing
    assert status("The wife of Omar Rahimi and three children were released.") == {"Omar Rahimi": "mentioned"}


def test_group_apposition_names_the_members_of_a_freed_group():
    got = status("Armed forces rescued two Canadian engineers and a local driver on Sunday.",
                 "The Canadians, Paul Tremblay and Marc Gagnon, had been seized in May.")
    assert got == {"Paul Tremblay": "released", "Marc Gagnon": "released"}
    got = status("Moldova freed three Romanian truck drivers.",
                 "The two drivers, Ion Popa and Vasile Rusu, crossed the border at Leuseni.")
    assert got == {"Ion Popa": "released", "Vasile Rusu": "released"}
    got = status("Moldova arrested three Romanian truck drivers.",
                 "The two drivers, Ion Popa and Vasile Rusu, crossed the border at Leuseni.")
    assert got == {"Ion Popa": "mentioned", "Vasile Rusu": "mentioned"}


@pytest.mark.parametrize("sentence, name, expected", [
    ("Nasrin Sotoudeh was released from Qarchak prison on medical furlough on Sunday, but must return in two weeks.",
     "Nasrin Sotoudeh", "held"),
    ("Leila Haddad was temporarily released to attend her father's funeral.", "Leila Haddad", "held"),
    ("Omar Nasser was moved to house arrest on Friday.", "Omar Nasser", "held"),
    ("Officials freed Ilham Tohti into house arrest.", "Ilham Tohti", "held"),
    # out of prison but still facing the case: not a release of this event, not held either
    ("Authorities released Pavel Orlov on bail pending trial.", "Pavel Orlov", "mentioned"),
    ("Ahmed Zaki, who was freed on a $5,000 bond, is due in court in May.", "Ahmed Zaki", "mentioned"),
    ("Craig and Lindsay Foreman were released on bail, Iran's judiciary said.", "Craig Foreman", "mentioned"),
])
def test_furlough_bail_and_house_arrest_are_not_releases(sentence, name, expected):
    assert status(sentence)[name] == expected


def test_a_release_with_a_comma_after_it_is_still_a_release():
    assert released("Karim Bashir was released on Friday, and flew home to Paris on leave from his old job.") == {
        "Karim Bashir"}


def test_excluded_from_the_deal_then_among_them_is_held():
    got = status("Several well-known dissidents were excluded from the amnesty.",
                 "Among them were blogger Ruslan Kaziev, who is serving 12 years, and poet Dina Marat.")
    assert got == {"Ruslan Kaziev": "held", "Dina Marat": "held"}
    assert status("Ruslan Kaziev was left off the list.") == {"Ruslan Kaziev": "held"}


def test_both_carries_a_predicate_to_the_pair_named_before():
    got = status("Journalists Tamas Fodor and Eszter Kis were sentenced to eight years in 2021.",
                 "Both remain in prison in Minsk.")
    assert got == {"Tamas Fodor": "held", "Eszter Kis": "held"}
    got = status("Journalists Tamas Fodor and Eszter Kis were sentenced to eight years in 2021.",
                 "Both say they are innocent.")
    assert got == {"Tamas Fodor": "mentioned", "Eszter Kis": "mentioned"}


def test_the_others_continue_the_previous_sentences_group():
    got = status("Hamid Karimi was among nine prisoners pardoned by the supreme leader.",
                 "The others included Omid Rezaei, a teacher, and the poet Sara Yazdi.")
    assert got == {"Hamid Karimi": "released", "Omid Rezaei": "released", "Sara Yazdi": "released"}
    got = status("Hamas freed Emily Damari on Sunday.",
                 "The other hostages include soldiers Liri Albag and Karina Ariev.")
    assert got["Liri Albag"] != "released"


def test_list_resumes_after_a_relative_clause_on_a_bare_comma():
    assert released("Also freed were Rina Golan, 81, who was abducted from her home in Be'eri, Tamar Levi, 64, "
                    "and Noa Peretz, 70.") == {"Rina Golan", "Tamar Levi", "Noa Peretz"}
    assert released("Hamas released Rina Golan, who was seized on 7 October, Tamar Levi and Noa Peretz.") == {
        "Rina Golan", "Tamar Levi", "Noa Peretz"}


def test_plural_relation_makes_every_first_name_in_the_list_a_relative():
    got = people("Sahar Kalderon was released with her sons Erez and Amit on Monday.")
    assert {n: (p["status"], p["role"]) for n, p in got.items()} == {
        "Sahar Kalderon": ("released", None), "Erez Kalderon": ("released", "relative"),
        "Amit Kalderon": ("released", "relative")}


def test_two_or_more_extra_given_names_make_the_display_name():
    got = people("Jailed opposition leader Khin Aye Thida Win was not freed.", "The amnesty did not include Thida Win, 61.")
    assert list(got) == ["Khin Aye Thida Win"]
    assert got["Khin Aye Thida Win"]["status"] == "held"


def test_remained_in_prison_is_held_unless_it_ended():
    got = status("The group said four other bloggers detained in 2019 remained in prison, among them Omar Fathi and "
                 "Hoda Saleh.")
    assert got == {"Omar Fathi": "held", "Hoda Saleh": "held"}
    assert status("Omar Fathi remained in prison until 2021, when he was pardoned.")["Omar Fathi"] != "held"


def test_still_holds_governs_a_following_among_them():
    got = status("The militia still holds some 40 hostages, among them about a dozen soldiers.",
                 "Among them are police captain Ivan Duque Perez and nurse Maria Lopez.")
    assert got == {"Ivan Duque Perez": "held", "Maria Lopez": "held"}


def test_occupation_before_a_name_is_not_part_of_it():
    assert status("Many critics remain in prison, including YouTuber Hakizimana Jean, who is serving seven years.") == {
        "Hakizimana Jean": "held"}
    assert released("Vlogger Tariq Aziz and Rapper Musa Kamara were freed on Monday.") == {"Tariq Aziz", "Musa Kamara"}


def test_a_name_modifying_a_group_noun_is_no_person():
    assert status("Twenty fishermen were freed in exchange for Al Shabaab prisoners.") == {}
    assert status("Police detained dozens of Navalny supporters, but freed Lyubov Sobol on Monday.") == {
        "Lyubov Sobol": "released"}


def test_aide_to_a_private_person_can_be_freed_but_an_aide_to_a_president_cannot():
    got = people("The junta released economist Peter Lang on Thursday.",
                 "Lang, an adviser to ousted leader Mya Thet, was arrested in 2021.")
    assert (got["Peter Lang"]["status"], got["Peter Lang"]["role"]) == ("released", None)
    got = people("The junta released economist Peter Lang on Thursday.",
                 "Lang, an adviser to President Mya Thet, was arrested in 2021.")
    assert (got["Peter Lang"]["status"], got["Peter Lang"]["role"]) == ("mentioned", "official")
    # travelling with the freed does not free an aide
    got = people("Kim Ho, an aide to opposition leader Lee Sung, was also on the plane.")
    assert got["Kim Ho"]["status"] == "mentioned"


def test_quoted_predicate_after_the_copula():
    assert released('A ministry spokeswoman said Viktor Bout was "on his way home" and would see doctors.') == {
        "Viktor Bout"}


def test_both_carries_a_release_to_the_pair_and_keeps_its_date():
    got = people("Nils Berg and Ada Holm were sentenced in 2020 on spying charges.", "Both were freed on Friday.")
    assert {n: (p["status"], p["scope"]) for n, p in got.items()} == {
        "Nils Berg": ("released", "this_event"), "Ada Holm": ("released", "this_event")}
    got = {p["name"]: (p["status"], p["scope"]) for p in extract_people(
        ["Nils Berg and Ada Holm were sentenced in 2020 on spying charges.", "Both were freed in 2021."],
        published="2024-05-02")}
    assert got == {"Nils Berg": ("released", "other_event"), "Ada Holm": ("released", "other_event")}


def test_deported_abroad_in_a_story_about_releases():
    got = status("Israel freed 300 prisoners on Monday.", "Among them was Salim Haddad, who was jailed in 1998.",
                 "Rami Nasser, who planned a 2003 attack, was deported to Turkey.")
    assert got == {"Salim Haddad": "released", "Rami Nasser": "released"}
    assert status("Belarus freed 14 prisoners.",
                  "Opposition politician Ihar Hrytsuk was expelled to Lithuania, his wife said.") == {
        "Ihar Hrytsuk": "released"}


@pytest.mark.parametrize("sentences", [
    ["Rami Nasser, who planned a 2003 attack, was deported to Turkey."],  # no release in the story
    ["Police arrested 14 protesters.", "Ihar Hrytsuk was deported to Poland."],
    ["Belarus freed 14 prisoners.", "Ihar Hrytsuk was sent to Minsk prison."],
])
def test_deported_without_a_release_context_or_to_a_prison_is_no_release(sentences):
    assert "released" not in status(*sentences).values()


def test_he_or_she_carries_a_release_to_the_person_named_before():
    for second in ("He was freed on Monday, the ministry said.", "On Monday he was freed.",
                   "Iran freed him on Monday."):
        assert status("Siamak Rahimi was arrested in 2019 while visiting relatives.", second) == {
            "Siamak Rahimi": "released"}, second
    assert status("Prosecutors dropped the charges against Omar Haddad and released him on Tuesday.") == {
        "Omar Haddad": "released"}
    assert status("Olga Petrova's sentence was commuted and she was released on Friday.") == {
        "Olga Petrova": "released"}


@pytest.mark.parametrize("sentences", [
    ['"We are relieved," said Paula Reed.', "He was freed on Wednesday."],  # the speaker is not "he"
    ["His wife, Nelva Ortiz, said he was brought home in a police car."],   # nor the relative who speaks
    ["Minister Ana Lopez met the families.", "She said he was freed."],
    ["Sara Levin was arrested in 2019.", "Iran freed her husband on Monday."],
])
def test_pronoun_release_never_lands_on_speakers_relatives_or_officials(sentences):
    assert "released" not in status(*sentences).values()


@pytest.mark.parametrize("sentence, name", [
    ("Anwar Salem was granted a presidential pardon on Monday.", "Anwar Salem"),
    ("Marek Novak was granted early release on Wednesday.", "Marek Novak"),
    ("Marek Novak was paroled on Wednesday after serving half his term.", "Marek Novak"),
    ("Journalist Lena Vogel is now a free woman.", "Lena Vogel"),
    ("Ukrainian officials said Oleh Marchuk was among 95 prisoners of war who returned home.", "Oleh Marchuk"),
    ("Nadia Farouk was among the activists who were freed overnight.", "Nadia Farouk"),
    ("Relatives say Samir Aziz, a student who was at the hotel, is among those who came out.", "Samir Aziz"),
    ("Lina Haddad was among the hostages who got out alive.", "Lina Haddad"),
])
def test_more_release_predicates(sentence, name):
    assert released(sentence) == {name}


def test_among_those_who_were_not_freed_is_no_release():
    assert status("Nadia Farouk was among the activists who were not freed.")["Nadia Farouk"] != "released"
    # coming out in support, or on a day, is no way out of captivity
    assert released("Nadia Farouk was among those who came out in support of the strike.") == set()
    assert released("Nadia Farouk was among the protesters who came out on Sunday.") == set()


@pytest.mark.parametrize("sentence, name", [
    ("Tomas Berg has been held since 2022 on spying charges.", "Tomas Berg"),
    ("Karim Aziz, who has been jailed since 2020, was not on the list.", "Karim Aziz"),
    ("Jimmy Lam has been in custody since December 2020.", "Jimmy Lam"),
    ("Ahmed Mansour remains in solitary confinement.", "Ahmed Mansour"),
    ("Dina Marat remains incommunicado.", "Dina Marat"),
])
def test_present_state_of_detention_is_held(sentence, name):
    assert status(sentence) == {name: "held"}


def test_held_since_yields_to_a_release_in_the_same_story():
    assert status("Ruslan Kaziev, who has been jailed since 2021, was freed on Friday.") == {"Ruslan Kaziev": "released"}


def test_dash_enclosed_lists_after_an_object_or_before_a_predicate():
    assert released("Hamas released three hostages - Ilan Peretz, Dana Cohen and Yossi Levi - on Saturday.") == {
        "Ilan Peretz", "Dana Cohen", "Yossi Levi"}
    assert released("Two activists – Farid Nasser and Layla Omar – were released overnight, Amnesty said.") == {
        "Farid Nasser", "Layla Omar"}
    # a dash aside that is not a list of the freed
    assert status("Hamas freed three hostages - a move praised by Qatari envoy Ali Thani - on Saturday.") == {
        "Ali Thani": "mentioned"}


@pytest.mark.parametrize("sentence, name", [
    ("The swap was negotiated by Turkish intelligence chief Ibrahim Kalin, who greeted the freed men in Ankara.",
     "Ibrahim Kalin"),
    ("Doctors at Sheba hospital, led by Dr. Itai Pessach, examined the freed hostages.", "Itai Pessach"),
    ("Freed hostage Liri Albag's father, Eli Albag, said the family was relieved.", "Eli Albag"),
])
def test_people_next_to_the_freed_are_not_freed(sentence, name):
    assert status(sentence)[name] == "mentioned"


def test_freed_adjective_before_a_possessor_frees_the_possessor():
    assert released("Freed hostage Liri Albag's father, Eli Albag, said the family was relieved.") == {"Liri Albag"}


def test_noun_phrase_asides_with_the_freed_still_free_the_name():
    assert released("Yosef Haim, one of the freed hostages, thanked the soldiers.") == {"Yosef Haim"}
    assert released("Yosef Haim, who was among the freed hostages, thanked the soldiers.") == {"Yosef Haim"}


def test_her_release_with_a_relative_named_before_it():
    assert status("Photo: Romi Gonen embraces her father Eitan Gonen after her release.") == {
        "Romi Gonen": "released", "Eitan Gonen": "mentioned"}


def _scoped(*sentences: str, published: str) -> dict[str, tuple[str, str]]:
    return {p["name"]: (p["status"], p["scope"]) for p in extract_people(list(sentences), published=published)}


def test_date_right_after_a_named_nominal_release_dates_it():
    got = _scoped("The deal follows the release of Louis Arnaud in June.", "Iran freed Olivier Grondeau on Thursday.",
                  published="2025-03-21")
    assert got == {"Louis Arnaud": ("released", "other_event"), "Olivier Grondeau": ("released", "this_event")}


def test_since_a_date_with_a_perfect_release_is_a_running_total():
    got = _scoped("Since January, Hamas has freed 18 hostages, including Emily Damari.",
                  "On Saturday it released Eli Sharabi.", published="2025-02-08")
    assert got == {"Emily Damari": ("released", "other_event"), "Eli Sharabi": ("released", "this_event")}


def test_among_the_freed_colon_and_colour_surnames():
    assert released("Also among the freed: Lev Orlov and Mira Gold.") == {"Lev Orlov", "Mira Gold"}


def test_a_translated_among_the_freed_figure_lists_the_freed():
    # French "Parmi les libérés figurent X et Y", translated word for word
    assert released("Among the liberated figure the former trade minister Sékou Traoré and the poet Lina Diallo.") \
        == {"Sékou Traoré", "Lina Diallo"}
    assert released("Among the hostages figure Ana Ruiz and Paul Dor.") == set()


def test_capitalised_said_after_a_given_name_is_a_surname():
    assert status("A second group, including Omar Said, is expected to be freed next week.") == {"Omar Said": "held"}


def test_were_among_them_points_back_to_the_freed_group():
    assert status("Belarus released 16 prisoners on Friday.", "Ihar Losik and Ryhor Kastusiou were among them.") == {
        "Ihar Losik": "released", "Ryhor Kastusiou": "released"}
    assert status("Police detained 16 protesters on Friday.", "Ihar Losik and Ryhor Kastusiou were among them.") == {
        "Ihar Losik": "mentioned", "Ryhor Kastusiou": "mentioned"}


def test_elliptic_negation_after_a_release_is_held():
    assert status("Niloufar Bayani and Sepideh Kashani were released from Evin, while Houman Jokar was not.") == {
        "Niloufar Bayani": "released", "Sepideh Kashani": "released", "Houman Jokar": "held"}


def test_of_those_freed_opens_on_a_member():
    assert released("Of those freed, Tsiakhan Zmitser is the best known.") == {"Tsiakhan Zmitser"}


def test_list_in_an_aside_of_the_subject_takes_the_main_predicate():
    assert released("The prisoners, who included journalist Tran Anh and activist Le Binh, were freed on Tuesday.") == {
        "Tran Anh", "Le Binh"}
    assert status("The hostages, who included Ofer Kalderon, were not released.") == {"Ofer Kalderon": "held"}
    assert status("The delegation, which included envoy Tran Anh and Le Binh, arrived on Tuesday.") == {
        "Tran Anh": "mentioned", "Le Binh": "mentioned"}


def test_the_first_to_be_freed_is_a_release_the_next_is_not():
    assert status("Marc Fogel is the first American to be freed by Russia since the 2024 swap.") == {
        "Marc Fogel": "released"}
    assert status("Agam Berger is the next hostage to be released.") == {"Agam Berger": "held"}
    assert status("Keith Siegel will be the last hostage to be released.") == {"Keith Siegel": "held"}


def test_page_furniture_and_demonyms_are_not_names():
    got = status("China had detained Canadians Michael Kovrig and Michael Spavor in 2018.",
                 "Crimean Tatar activist Server Karimov remains in custody.", "Posted Wed 11 Oct 2023.",
                 "Malin Berg, a Swedish aid worker, was freed on Monday.")
    assert got == {"Michael Kovrig": "mentioned", "Michael Spavor": "mentioned", "Server Karimov": "held",
                   "Malin Berg": "released"}


def test_deceased_or_late_before_a_name_marks_a_victim():
    got = status("The deceased hostages Oded Lifshitz and Tsachi Idan were returned to Israel on Thursday.")
    assert got == {"Oded Lifshitz": "mentioned", "Tsachi Idan": "mentioned"}
    assert people("The late Hadar Goldin was not part of the deal.")["Hadar Goldin"]["role"] == "victim"


def test_a_clause_between_said_and_a_name_makes_it_no_speaker():
    assert status("Foreign Minister Sergei Lavrov said Russia had freed Ksenia Karelina.") == {
        "Sergei Lavrov": "mentioned", "Ksenia Karelina": "released"}
    assert status("Lavrov said Russia freed Ksenia Karelina.") == {"Ksenia Karelina": "released"}


# ------------------------------------------------------------------ discourse groups and lists

def test_copular_sentence_names_the_freed_group_after_a_leading_name():
    got = status("Venezuela has released three Colombian prisoners, including Ana Torres, in a deal with Bogota.",
                 "Along with Torres, 41, the freed Colombians are former army captain Luis Ortega and nurse Marta Rey.")
    assert got == {"Ana Torres": "released", "Luis Ortega": "released", "Marta Rey": "released"}
    # the same shape about a group no cue freed names nobody released
    got = status("Officials met three Colombian negotiators on Monday.",
                 "Along with Torres, the Colombians are envoy Luis Ortega and Marta Rey.")
    assert "released" not in got.values()


def test_the_n_refers_to_the_counted_group_a_cue_freed():
    got = status("In return, Minsk handed over to the Lithuanian side three men convicted of spying.",
                 "The three are the engineer Tomas Kalnis, who had served six years; the former major Jonas Vaitkus,"
                 " sentenced in 2019 to ten years; and Petras Urbonas, a former customs officer.")
    assert got == {"Tomas Kalnis": "released", "Jonas Vaitkus": "released", "Petras Urbonas": "released"}
    # a count that matches no freed group is not read
    got = status("In return, Minsk handed over to the Lithuanian side three men convicted of spying.",
                 "The four are Tomas Kalnis and Jonas Vaitkus.")
    assert got == {"Tomas Kalnis": "mentioned", "Jonas Vaitkus": "mentioned"}
    # "the four were arrested" is not a release of the four
    got = status("Police arrested four activists in Almaty on Monday.", "The four are Dana Sadykova and Erlan Bekov.")
    assert got == {"Dana Sadykova": "mentioned", "Erlan Bekov": "mentioned"}


def test_a_group_flown_out_in_a_swap_story_is_named_by_among_them_and_the_group():
    got = status("The exchange took place at Ankara airport.",
                 "Eight people arrested in Germany last spring were flown to Minsk.",
                 "Among them is 31-year-old Olga Petrenko, whose trial had drawn protests.",
                 "The day before, all eight signed the papers.",
                 "Besides Petrenko, the group includes Ivan Sokol, 29, who ran a cafe in Bonn, and the economist"
                 " Lena Marsh.")
    assert got == {"Olga Petrenko": "released", "Ivan Sokol": "released", "Lena Marsh": "released"}
    # without a release or exchange before it, "flown to Minsk" frees nobody
    got = status("Eight people were flown to Minsk for a conference.", "Among them is Olga Petrenko.")
    assert got == {"Olga Petrenko": "mentioned"}


def test_the_one_sent_back_in_exchange_is_named_by_a_copula():
    assert status("The woman sent back to Iran in exchange for Ross is Leila Karimi, a chemist.") == {
        "Leila Karimi": "released"}
    assert status("The man who was freed in return is Omar Haddad.") == {"Omar Haddad": "released"}


def test_a_counted_group_named_in_place_between_dashes():
    got = status("Israel freed militant Yusuf Nasser and three Hamas fighters on Monday.",
                 "Buses carried Nasser and the three fighters -- Ali Saad, Karim Aziz and Rami Odeh -- to Gaza.")
    assert got == {"Yusuf Nasser": "released", "Ali Saad": "released", "Karim Aziz": "released",
                   "Rami Odeh": "released"}


def test_co_released_group_is_named_later():
    got = status("Pedro Alves was released on Friday in Niger together with the aid worker Jan Horak and two Germans.",
                 "The two Germans are the pilot Karl Brandt, seized in 2019, and Uwe Stein.")
    assert got == {"Pedro Alves": "released", "Jan Horak": "released", "Karl Brandt": "released",
                   "Uwe Stein": "released"}


def test_the_n_subject_takes_the_list_of_that_many_names_before():
    got = status("A court sentenced five other defendants, among them the reporters Ayse Kaya and Emre Kaya and the"
                 " lawyer Selin Demir, to life imprisonment.", "The three have been in custody since 2019.")
    assert got == {"Ayse Kaya": "held", "Emre Kaya": "held", "Selin Demir": "held"}


def test_distributive_all_remain_holds_every_item_of_the_list():
    got = status("Union leader Ali Reza, 70, the blogger Sara Amini, who holds Canadian citizenship, and the"
                 " teacher Dr Omid Farhadi, who has been on hunger strike since May, all remain in Evin prison.")
    assert got == {"Ali Reza": "held", "Sara Amini": "held", "Omid Farhadi": "held"}


def test_held_predicates_after_adverbs_and_asides():
    got = status("The Dutch engineer Piet Smit, 62, who ran a school in Gao, is also still held.",
                 "A Swiss nurse, Anna Keller, kidnapped in Mopti in 2021, is also believed to remain in captivity.",
                 "A Kenyan pilot, John Otieno, is also serving a life sentence in the North.",
                 "At least five foreigners remain in the hands of armed groups, among them the nun Rosa Vidal.",
                 "Karim Said and Yusuf Ali, who have been on death row since 2015, were also not included.")
    assert got == {"Piet Smit": "held", "Anna Keller": "held", "John Otieno": "held", "Rosa Vidal": "held",
                   "Karim Said": "held", "Yusuf Ali": "held"}


def test_list_of_the_excluded_after_an_opening_phrase():
    got = status("In particular, the decree does not include the poet Rauf Aliyev, who was arrested in Ganja in"
                 " 2020, and the imam Tofig Mammadov.")
    assert got["Rauf Aliyev"] == "held"


# ------------------------------------------------------------------ scope of earlier releases

def test_in_that_month_continues_an_earlier_date():
    ps = extract_people(["Published 20 May 2024", "Rebels freed Karl Berg on Monday.",
                         "Berg is the third Briton to be freed by the rebels since February.",
                         "In that month, Tom Hale and Ian Ross were released in exchange for Omar Faruk."])
    got = {p["name"]: (p["status"], p["scope"]) for p in ps}
    assert got["Karl Berg"] == ("released", "this_event")
    for n in ("Tom Hale", "Ian Ross", "Omar Faruk"):
        assert got[n] == ("released", "other_event")


def test_dateline_dates_a_bare_month_and_a_coordinated_return_keeps_its_scope():
    ps = extract_people(["MANILA, October 2, 2019 - Rebels freed Lars Holm on Saturday.",
                         "The Filipina, Ana Cruz, was released in June and has since returned to Manila."])
    got = {p["name"]: (p["status"], p["scope"]) for p in ps}
    assert got["Lars Holm"] == ("released", "this_event")
    assert got["Ana Cruz"] == ("released", "other_event")


def test_freed_weeks_later_after_an_earlier_abduction_is_another_event():
    ps = extract_people(["Dutch surgeon Piet Smit is still held; he was abducted in Niger in March 2017 with his wife,"
                         " Maria Jansen, who was freed two weeks later.", "Rebels freed Lena Vos in 2020."])
    got = {p["name"]: (p["status"], p["scope"]) for p in ps}
    assert got["Maria Jansen"] == ("released", "other_event")
    assert got["Piet Smit"][0] == "held"


def test_released_separately_is_this_event_even_if_he_had_already_left():
    assert released("A sixth Briton, student Tom Hale, was released separately and had already left the country.") == {
        "Tom Hale"}


def test_headline_active_verb_with_object_frees_no_subject():
    got = status("Tokayev pardoned 320 convicts, among them 40 political prisoners")
    assert got.get("Tokayev", "mentioned") != "released"
    assert status("Dana Sadykova and Erlan Bekov freed after two years") == {
        "Dana Sadykova": "released", "Erlan Bekov": "released"}
    assert people("Head of Kazakhstan Kassym Tokayev signed the decree.")["Kassym Tokayev"]["role"] == "official"


# ------------------------------------------------------------------ copular lists, appositions, anaphora

def scoped(*sentences: str, published: str | None = None) -> dict[str, tuple[str, str]]:
    return {p["name"]: (p["status"], p["scope"]) for p in extract_people(list(sentences), published=published)}


@pytest.mark.parametrize("sentence", [
    "Those freed were police officers Jorge Salgado, Pedro Ibarra and Ramón Quintero, and soldiers Luis Cabrera "
    "and Wilson Ortega.",
    "The freed are Jorge Salgado, Pedro Ibarra, Ramón Quintero, Luis Cabrera and Wilson Ortega.",
    "Those released on Friday include the journalist Jorge Salgado; Pedro Ibarra, a teacher; Ramón Quintero; "
    "Luis Cabrera and Wilson Ortega.",
    "The ones who were pardoned were Jorge Salgado, Pedro Ibarra, Ramón Quintero, Luis Cabrera and Wilson Ortega.",
])
def test_pseudo_cleft_release_lists_name_the_freed(sentence):
    assert released(sentence) == {"Jorge Salgado", "Pedro Ibarra", "Ramón Quintero", "Luis Cabrera", "Wilson Ortega"}


def test_pseudo_cleft_needs_the_names_right_after_the_copula():
    assert released("Those freed were flown to Doha, where Farah Nasser met them.") == set()
    assert released("The ones released were mostly young men, Karim Aziz said.") == set()


def test_progressive_active_release_is_not_a_passive():
    assert released("The junta said it was releasing 5,774 prisoners, among them Australian economist Sean Turnell "
                    "and Japanese filmmaker Toru Kubota.") == {"Sean Turnell", "Toru Kubota"}
    assert released("Azerbaijan is releasing the blogger Emin Aliyev today.") == {"Emin Aliyev"}
    assert status("Iran is not releasing Nasrin Karimi, officials said.")["Nasrin Karimi"] == "held"


def test_a_place_word_inside_a_name_stays_in_the_name():
    assert released("The survivors, Latavia Washington McGee and Eric James Williams, were handed over to US "
                    "authorities.") == {"Latavia Washington McGee", "Eric James Williams"}
    assert released("Rebels freed Maria Lima Costa on Sunday.") == {"Maria Lima Costa"}
    # a demonym between two capitalised words is not part of a name
    assert "Yang Hengjun" in status("Fellow Australian Yang Hengjun remains in prison.")


def test_a_state_that_expels_or_deports_its_captive_in_a_release_story_frees_him():
    lead = "The prisoners' release was welcomed in Washington."
    assert released(lead, "Tehran expelled the detained engineer Marek Dolan on Friday.") == {"Marek Dolan"}
    assert released(lead, "Minsk deported Olga Petrenko, who had been held since May.") == {"Olga Petrenko"}
    # not a release without one in the story, nor when negated or only planned
    assert released("Tehran expelled the detained engineer Marek Dolan on Friday.") == set()
    assert released(lead, "Minsk has not deported Olga Petrenko, who is in prison.") == set()
    assert released(lead, "Minsk will deport Olga Petrenko, who is in prison.") == set()


def test_a_headline_with_a_big_figure_is_no_aged_list_item():
    got = people("Rebels freed 40 hostages on Monday.",
                 "OTHER NEWS: Senate Votes $3,000,000,000 Navy Bill - Sugar Ration Cards to Be Issued Here")
    assert "Sugar Ration Cards" not in got


def test_they_after_a_name_whose_predicate_runs_to_a_place_is_no_list_of_two():
    got = status('"The police commissioner, CP Musa Danladi, has received the 40 abducted pupils of the Unity '
                 'School, Birnin.', 'They were handed over to the state government for medical checks," he said.')
    assert got.get("Musa Danladi") != "released"
    # a real list with asides still is one
    assert released("The engineer, Pavel Orlov, and his colleague, Ivan Sedov, were seized in May.",
                    "They were released on Friday.") == {"Pavel Orlov", "Ivan Sedov"}


def test_the_relative_of_one_of_the_freed_is_not_freed():
    got = status("The army handed over 40 prisoners on Sunday.",
                 "At the bridge, the father of one of the released soldiers, Petar Horvat from Osijek, waited all day.")
    assert got.get("Petar Horvat") != "released"
    assert released("The army handed over 40 prisoners on Sunday.",
                    "One of the released soldiers, Petar Horvat from Osijek, wept.") == {"Petar Horvat"}


def test_the_release_a_first_or_largest_one_is_counted_since_is_an_earlier_one():
    got = people("Troops freed six hostages on Sunday, the largest such rescue since the release of Marta Kolar.")
    assert got["Marta Kolar"]["scope"] == "other_event"
    # a "since" that only times what followed the release leaves it alone
    got = people("Since the release of Marta Kolar on Friday, her family has said little about her captivity.")
    assert got["Marta Kolar"]["status"] == "released"


def test_a_lone_given_name_the_story_frees_is_a_person_when_the_text_shows_it_is_a_name():
    lead = "Gunmen freed 40 pupils they had abducted from a boarding school on Monday."
    assert "Zainab" in released(lead, "One of the pupils, Zainab, 14, said they walked for hours.")
    assert "Oyelaran" in released(lead, "A cook identified only as Oyelaran was also freed.")
    assert released(lead, "Oyelaran was also freed, the police said.") == set()  # no sign it is a name
    assert "Tunde" in released(lead, "The youngest, Tunde (9), was also freed.")
    # a lone word with no sign of a name stays out, freed or not
    assert released(lead, "One of the schools, Kaduna, reopened.") == set()
    assert released("In the last round, held in Kaduna, 1,407 prisoners were released.") == set()  # no age


def test_the_object_of_a_nominal_release_is_freed_whatever_office_an_aside_gives_it():
    assert released("The league welcomed the release on Friday of Thabo Ndlela, the 70-year-old President of the "
                    "Liberation Front, from the prison hospital.") == {"Thabo Ndlela"}
    # a campaign that welcomes a release is no call for one
    assert released("The campaign welcomes the release of Thabo Ndlela from prison.") == {"Thabo Ndlela"}
    # the official who announces it is not freed
    got = status("The release of the prisoners was announced by Prime Minister Ali Farouk.")
    assert got.get("Ali Farouk") != "released"
    got = status("It was the largest release of detainees during the President Carl Weber administration.")
    assert got.get("Carl Weber") != "released"


def test_one_of_those_freed_is_x_names_one_of_the_freed():
    lead = "Kyiv said 95 prisoners were freed in the exchange on Sunday."
    assert released(lead, "One of those freed is Marine Dmytro Levchenko, 34.") == {"Dmytro Levchenko"}
    assert released(lead, "One of those released was the medic Iryna Bondar.") == {"Iryna Bondar"}
    # the copula takes a name, not a verb phrase ending on one
    assert released(lead, "One of the freed soldiers was met by Olha Levchenko.") == set()


def test_said_before_a_prefixed_family_name_is_a_given_name():
    assert released("Israel freed 90 prisoners on Monday.",
                    "Among them were Said al-Hamdan, 61, who had been held since 1979, and Omar Nasser.") == {
        "Said al-Hamdan", "Omar Nasser"}


def test_ranks_of_several_words_stay_out_of_the_name():
    assert released("Tehran freed Operator Maintainer Tom Reese and Private First Class Ann Hale on Wednesday.") == {
        "Tom Reese", "Ann Hale"}


def test_a_plural_whose_relative_clause_holds_it_holds_the_names_it_lists():
    lead = "The authorities released the last internees on Thursday."
    assert status(lead, "The five union leaders who were not released were named by the state news agency ABC as "
                        "Jerzy Malek, Ewa Sowa and Lech Bury.") == {"Jerzy Malek": "held", "Ewa Sowa": "held",
                                                                    "Lech Bury": "held"}
    assert status(lead, "The men who remain in prison are Jerzy Malek and Lech Bury.") == {"Jerzy Malek": "held",
                                                                                          "Lech Bury": "held"}
    # the relative clause names no list when the verb takes an agent
    assert status(lead, "The men who were not released were visited by Ewa Sowa.").get("Ewa Sowa") != "held"


def test_a_saints_prefix_opens_a_surname_inside_a_name():
    assert released("Caracas has released Daniel St. Claire, a former Marine held for five months in a prison "
                    "outside the capital.") == {"Daniel St. Claire"}
    assert released("Rebels freed Lena Saint Hilaire and Marc Ste Croix on Sunday.") == {"Lena Saint Hilaire",
                                                                                         "Marc Ste Croix"}
    # a saint's town after a full name is no part of it
    assert released("Rebels freed Pavel Orlov, of St Petersburg, on Sunday.") == {"Pavel Orlov"}


def test_the_n_nouns_take_the_names_a_sentence_introduced_with_that_noun():
    got = status("The survivors, Ana Ruiz and Tomas Bello, were taken in an armoured convoy to the bridge.",
                 "The two survivors were handed over to US authorities on the other side.")
    assert got == {"Ana Ruiz": "released", "Tomas Bello": "released"}
    got = status("The hostages, Ana Ruiz and Tomas Bello, were seized in May.", "The hostages were freed on Friday.")
    assert got == {"Ana Ruiz": "released", "Tomas Bello": "released"}
    # a noun the naming sentence never used does not point back to its names
    got = status("Ana Ruiz and Tomas Bello negotiated for months.", "The hostages were freed on Friday.")
    assert set(got.values()) == {"mentioned"}
    got = status("Ana Ruiz and Tomas Bello met the mediators.", "The two countries were exchanged.")
    assert set(got.values()) == {"mentioned"}


@pytest.mark.parametrize("sentence,name", [
    ("One of the freed students, 17-year-old Usman Bello, told NTA that they walked for days.", "Usman Bello"),
    ("One of the returnees, her classmate Amina Yusuf, 16, said: \"They told her to recite.\"", "Amina Yusuf"),
    ("Another returnee, Mohan Patel, 34, of Nava Bandar, said he was caught.", "Mohan Patel"),
    ("A hostage released on Sunday, Keith Hollander, told Channel 12 he was tired.", "Keith Hollander"),
    ("The freed journalist, Irina Volkova, thanked President Piotr Lis.", "Irina Volkova"),
])
def test_a_name_in_apposition_to_one_of_the_freed_is_freed(sentence, name):
    assert name in released(sentence)


def test_apposition_to_other_people_or_a_future_release_frees_nobody():
    assert released("One of the negotiators, Irina Volkova, said the freed would fly home.") == set()
    assert released("One of the hostages who will be freed, Irina Volkova, is ill.") == set()
    # ", thanked President Y" is a verb, not an appositive title: the freed journalist is no official
    assert people("The freed journalist, Irina Volkova, thanked President Piotr Lis.")["Irina Volkova"]["role"] is None


def test_among_those_with_a_time_phrase_and_among_those_returned():
    assert released("Among those who returned on Wednesday was Abubakar Garba, a port worker, who was abducted "
                    "with his wife.") == {"Abubakar Garba"}
    assert released("Bashir Ali said his daughter, Fatima Ali, 15, was among those returned.") == {"Fatima Ali"}
    assert released("Ayelet Cohen was among the hostages freed on Sunday.") == {"Ayelet Cohen"}
    assert status("Ayelet Cohen is among the hostages still held.")["Ayelet Cohen"] == "held"


@pytest.mark.parametrize("sentence,name", [
    ("The activist Farhad Rahimi walked out of Rajai Shahr prison on Friday, his lawyer said.", "Farhad Rahimi"),
    ("When Samir Adel walked out of a police station in his home city of Mansoura last Thursday, the speed "
     "surprised his lawyers.", "Samir Adel"),
    ("Also on Tuesday, Mir Ahmad Karim, a lawyer, returned to his family after being held for eight years.",
     "Mir Ahmad Karim"),
    ("Michael Soren, 45, stepped off a Royal Canadian Air Force jet in Calgary before dawn.", "Michael Soren"),
])
def test_homecoming_phrasings_report_a_release(sentence, name):
    assert released(sentence) == {name}


def test_homecoming_negatives():
    assert released("Lena Brandt left for prison on Monday.") == set()
    got = status("Michael Soren stepped off a jet in Calgary, and his brother Tom Soren stepped off the plane too.")
    assert got["Michael Soren"] == "released" and got["Tom Soren"] == "mentioned"  # relatives fly with the freed


def test_headline_back_home_without_a_copula():
    assert released("Michael Kovac and Michael Spalding back in Canada after more than 1,000 days in detention") == {
        "Michael Kovac", "Michael Spalding"}
    assert released("Ana Lopes home at last after 500 days") == {"Ana Lopes"}
    assert released("Ana Lopes says she wants Rui Costa back home") == set()


def test_a_scare_quoted_phrase_does_not_cut_the_aside_before_the_verb():
    s = ('Ilkin Rzayev, sentenced in 2014 to 8 years on the "case of NIDA", was released from the colony late in '
         'the evening, reported his father Ibrahim Rzayev to the correspondent.')
    got = status(s)
    assert got["Ilkin Rzayev"] == "released" and got["Ibrahim Rzayev"] == "mentioned"
    assert released('Nadia Haddad, convicted of "hooliganism" and "extremism", was freed on Friday.') == {"Nadia Haddad"}


# ------------------------------------------------------------------ scope

def test_scope_of_releases_dated_around_the_cue():
    # a date inside the aside about the person dates the abduction, not the release
    assert scoped("The Taliban have released US Navy veteran Mark Fenwick, who was abducted in Afghanistan more "
                  "than two and a half years ago, in exchange for an Afghan tribal leader.")["Mark Fenwick"] == (
        "released", "this_event")
    # a perfect up to the story's time, and reported speech
    assert scoped("At least 33 detainees had been released by Friday evening, including the opposition figure "
                  "Rachid Naceri, who had been held since December 2019.")["Rachid Naceri"] == ("released", "this_event")
    assert scoped("According to the committee, at least 33 detainees had been released, including Rachid Naceri."
                  )["Rachid Naceri"] == ("released", "this_event")
    # a sentence opening "Two weeks ago," is another occasion
    got = scoped("Two weeks ago, Iran already released two Frenchmen, Benoit Brisson and Bernard Falco.")
    assert set(got.values()) == {("released", "other_event")}
    # "which released Y" continues the earlier exchange the sentence dated
    got = scoped("Her partner Roland Marceau was freed in March 2020 in an exchange with France, which released "
                 "Iranian engineer Jalal Rostami.", published="2023-05-12")
    assert got["Jalal Rostami"] == ("released", "other_event")
    # "three weeks later" after a sentence dated earlier
    got = scoped("Dr Ken Ellery and his wife, Jocelyn, were abducted in January 2016.",
                 "Jocelyn Ellery was released about three weeks later.", published="2023-05-18")
    assert got["Jocelyn Ellery"] == ("released", "other_event")


def test_slash_dateline_dates_a_bare_month():
    got = scoped("Issued on: 12/05/2023 - 18:21", "Iran on Friday released Benoit Brisson.",
                 "In February, academic Fariba Amini was released from Evin prison.")
    assert got["Benoit Brisson"] == ("released", "this_event")
    assert got["Fariba Amini"] == ("released", "other_event")


def test_an_earlier_held_step_loses_to_the_release():
    got = status("A Turkish court on Friday released American pastor Andrew Brandt.",
                 "In July, Brandt was moved from prison to house arrest, but the court refused to lift the restrictions.")
    assert got["Andrew Brandt"] == "released"
    got = scoped("Venezuela on Friday freed 39 jailed activists, including former San Cristobal mayor Daniel Cevallos.",
                 "Cevallos was arrested in 2014 and was moved to house arrest in 2015 before being jailed again.",
                 published="2018-06-01")
    assert got == {"Daniel Cevallos": ("released", "this_event")}  # "San Cristobal" qualifies the title: no person
    # a present state still holds
    assert status("Last year, Nadia Haddad was returned to prison.", "She remains in prison.")["Nadia Haddad"] == "held"


# ------------------------------------------------------------------ roles and names

def test_diplomat_freed_by_a_direct_cue_but_no_diplomat_freed_by_travelling():
    assert released("In return, Belgium has handed over the Iranian diplomat Asadollah Asadi to Iran.") == {
        "Asadollah Asadi"}
    assert released("Tehran released Swedish EU diplomat Johan Flodin on Saturday.") == {"Johan Flodin"}
    got = people("US diplomat Roger Carsten was also on the plane.", "Senior US diplomat Roger Carsten said the "
                 "freed men were healthy.")
    assert got["Roger Carsten"]["status"] == "mentioned" and got["Roger Carsten"]["role"] == "official"


def test_former_title_with_a_place_between_is_not_an_official():
    got = people("Among those freed by the Houthis on Sunday were former defence minister Mahmoud al-Sabri and "
                 "Nasser Mansour Hadi, a brother of former president Abd-Rabbu Mansour Hadi.")
    assert got["Mahmoud al-Sabri"]["status"] == "released" and got["Mahmoud al-Sabri"]["role"] is None
    assert got["Abd-Rabbu Mansour Hadi"]["status"] == "mentioned"


def test_a_trailing_second_surname_and_a_compound_surname_give_the_full_name():
    assert released("Nicaragua freed the journalists Miguel Morales and Lucía Pineda Ubau on Tuesday.",
                    "Lucía Pineda said she would travel to see her son.", "Pineda thanked her lawyers.") == {
        "Miguel Morales", "Lucía Pineda Ubau"}
    got = people("The activist Alaa Abd El-Fattah remains in prison.", "Abd El-Fattah holds British citizenship.",
                 "Abd El-Fattah is on hunger strike.")
    assert list(got) == ["Alaa Abd El-Fattah"] and got["Alaa Abd El-Fattah"]["status"] == "held"


def test_caption_word_in_capitals_is_no_photo_credit():
    assert people("PHOTOS: Andrew Brandt arrives at his home in Izmir.")["Andrew Brandt"]["role"] is None
    assert people("REUTERS/Andrew Brandt")["Andrew Brandt"]["role"] == "credit"
    assert people("LIVE UPDATES: Andrew Brandt, two others freed in the south")["Andrew Brandt"]["role"] is None
    assert people("JUST IN: Andrew Brandt arrives in Izmir")["Andrew Brandt"]["role"] is None


@pytest.mark.parametrize("caption,role", [
    ("FIRST PHOTO: Andrew Brandt, wearing a black coat, and his wife arrive in Izmir.", None),
    ("The men landed on Monday. Photo: Andrew Brandt, Reuters", "credit"),
    ("The men landed on Monday. Photo: Andrew Brandt, courtesy of the family", "credit"),
])
def test_a_caption_comma_ends_a_credit_only_before_a_source(caption, role):
    assert people(caption)["Andrew Brandt"]["role"] == role


def test_subordinate_as_ends_the_object_list_but_aliases_do_not():
    got = status("Bangladesh frees ex-PM Khaleda Rahman as Hasina flees, Yunus tipped to lead interim govt")
    assert got["Khaleda Rahman"] == "released"
    assert got.get("Yunus", "mentioned") == "mentioned" and got.get("Hasina", "mentioned") == "mentioned"
    assert released("Russia freed Anna Pavlova as well as Boris Kimov.") == {"Anna Pavlova", "Boris Kimov"}
    assert released("Iran freed the rapper known as Toomaj Sadeghi.") == {"Toomaj Sadeghi"}


def test_the_freer_in_a_relative_clause_is_not_freed():
    got = status("Ana Petrova, the woman who freed Boris Kimov, was honoured.")
    assert got == {"Ana Petrova": "mentioned", "Boris Kimov": "released"}
    assert status("Ana Petrova, who helped free Boris Kimov, spoke.")["Ana Petrova"] == "mentioned"
    assert released("Ana Petrova and Boris Kimov, who were released on Monday, flew home.") == {"Ana Petrova",
                                                                                               "Boris Kimov"}
    # a leading adverbial before "the US freed X, a warlord" is no aside
    assert released("In return, the US freed Haji Bashir Nurzai, a former warlord.") == {"Haji Bashir Nurzai"}


def test_saw_object_released_small_clause():
    got = status("The deal also saw five Taliban detainees released.", "The five men are Mohammad Fazil and "
                 "Abdul Haq Wasiqi.")
    assert got == {"Mohammad Fazil": "released", "Abdul Haq Wasiqi": "released"}
    assert released("The swap saw Ana Petrova and Boris Kimov freed on Friday.") == {"Ana Petrova", "Boris Kimov"}
    assert status("The new deal will see Ana Petrova released next week.")["Ana Petrova"] == "held"
    assert released("Witnesses saw Ana Petrova arrested by police.") == set()


def test_group_flown_from_a_named_place_in_a_swap_story():
    got = status("A soldier was handed over on Saturday in a prisoner exchange.",
                 "In exchange, five Afghan detainees were flown from Guantanamo to Qatar, which mediated the deal.",
                 "The five men are Mohammad Fazil, a former army chief; Norullah Nuri, a former governor; "
                 "and Mohammad Omari, a former official.")
    assert {n: s for n, s in got.items() if n != "Guantanamo"} == {
        "Mohammad Fazil": "released", "Norullah Nuri": "released", "Mohammad Omari": "released"}


# ------------------------------------------------------------------ held

@pytest.mark.parametrize("sentences,name", [
    (["Pupils said Leah Bako, 14, the only Christian among those abducted, had refused to convert and was kept "
      "behind."], "Leah Bako"),
    (["The Swedish-Iranian doctor Reza Jalali, who taught in Brussels, is on death row in Tehran."], "Reza Jalali"),
    (["Biden said journalist Austin Price, who was abducted in 2012, is still alive and being held in Syria."],
     "Austin Price"),
    (["At least four Westerners are still believed to be held by jihadist groups, including Australian doctor "
      "Ken Ellery, who was kidnapped in 2016."], "Ken Ellery"),
    (["Mir Hossein Musa, the defeated candidate, has been held under house arrest with his wife since 2011."],
     "Mir Hossein Musa"),
    (["The most prominent of them, the activist and developer Alaa Fattouh, remains in Wadi Natroun prison."],
     "Alaa Fattouh"),
    (["The Government remains committed to the case of Reza Jalali, the doctor and former guest professor at the "
      "VUB, who remains detained in Iran."], "Reza Jalali"),
    (["The family of Ryan Corbin, an American businessman detained in August, said he was still being held."],
     "Ryan Corbin"),
])
def test_held_phrasings_with_asides_and_reported_speech(sentences, name):
    assert status(*sentences)[name] == "held"


def test_said_x_comma_who_still_marks_a_speaker():
    assert people('"We are happy," said Anna Pavlova, who leads the campaign.')["Anna Pavlova"]["status"] == "mentioned"
    got = status("Hamas freed Noa Levin on Sunday.", '"She is home," said Noa Levin, 45, who leads the campaign, '
                 "adding more.")
    assert got["Noa Levin"] == "released"


# ------------------------------------------------------------------ round 3: timelines, surnames, asides

def dated(*sentences: str, published: str = "2025-06-15", title: str | None = None) -> dict[str, tuple[str, str]]:
    return {p["name"]: (p["status"], p["scope"])
            for p in extract_people(list(sentences), title=title, published=published)}


@pytest.mark.parametrize("sentence", [
    "April 2022 - Former Marine Trevor Reed was exchanged for Russian pilot Konstantin Yaroshenko.",
    "June 2010: Rebels freed the aid worker Hanna Kowalczyk after a ransom was paid.",
    "February 27, 2008 - The militia releases Olusegun Adeyemi and Chidi Okafor to a church delegation.",
    "March 28 and 30, 2010 - Corporal Diego Arbeláez and soldier Iván Cuesta are released.",
    "12 May 2019 – Yusuf Haddad walked free from Al-Hair prison after a royal pardon.",
    "2014 - Kidnappers freed the engineer Petr Novák near the border.",
])
def test_a_timeline_entry_dated_before_the_story_is_another_event(sentence):
    got = dated(sentence)
    assert got, sentence
    assert all(v == ("released", "other_event") for v in got.values()), got


def test_a_date_label_of_the_story_itself_or_a_dateline_keeps_this_event():
    assert dated("June 2025 - Rebels freed Tomasz Wiśniewski at dawn.")["Tomasz Wiśniewski"] == ("released", "this_event")
    # an opening "In April 2022," is another mechanism; a date label needs its dash or colon
    assert dated("May 2025 saw the junta free Ibrahim Sow.", published="2025-06-15").get("Ibrahim Sow", ("", ""))[1] \
        != "other_event"
    got = dated("Juba, June 14, 2025 - Kidnappers freed Maria Okoth on Saturday.")
    assert got["Maria Okoth"] == ("released", "this_event")


def test_a_bare_surname_is_not_the_relative_introduced_with_it():
    got = dated("Mr Sisulu's wife, Albertina Sisulu, stood beside him at the gate.",
                "The eight freed men are Mr Sisulu, Ahmed Kathrada and Raymond Mhlaba.",
                "Mr Sisulu's son, Zwelakhe Sisulu, said the family had not been told.")
    assert got["Albertina Sisulu"][0] == "mentioned"
    assert got["Zwelakhe Sisulu"][0] == "mentioned"
    assert got["Sisulu"] == ("released", "this_event")
    assert got["Ahmed Kathrada"] == ("released", "this_event")
    # a full name given earlier takes the surname; the wife still does not
    got = dated("Kenyan rebels freed Peter Wanjiru on Monday.", "Wanjiru's wife, Grace Wanjiru, wept at the airport.",
                "Wanjiru was taken to hospital.")
    assert got["Peter Wanjiru"][0] == "released"
    assert got["Grace Wanjiru"][0] == "mentioned"
    assert "Wanjiru" not in got


def test_a_relative_with_the_same_surname_still_takes_a_surname_without_an_anchor():
    # no "X's wife" anchor: the only Omondi is the one named in full
    got = dated("The court freed Janet Omondi on bail.", "Omondi thanked her lawyers.")
    assert set(got) == {"Janet Omondi"}


def test_a_lede_set_in_capitals_is_read_as_a_name():
    got = dated("WALTER SISULU, the 77-year-old former secretary-general of the party, was back in his home "
                "yesterday after more than 26 years in prison, one of eight veteran prisoners freed by the government.")
    assert got["Walter Sisulu"] == ("released", "this_event")
    assert dated("NAIROBI, June 14 (Reuters) - Kidnappers freed Maria Okoth on Saturday.")["Maria Okoth"][0] == "released"
    assert "The Prisoners" not in dated("THE PRISONERS were freed by the rebels on Friday.")


@pytest.mark.parametrize("sentence,name", [
    ("His brother-in-law, the human rights lawyer Waleed Khatib, who defended him in court, is still serving a "
     "15-year sentence.", "Waleed Khatib"),
    ("Another journalist, Sami Nasser, is not on the list and remains in prison.", "Sami Nasser"),
    ("The party's deputy leader, Jean Habimana, who was arrested with him, still remains in jail.", "Jean Habimana"),
    ("Activists urged Washington to press for Dr Nadia Qureshi, the Pakistani neuroscientist who is serving an "
     "86-year sentence in Texas.", "Nadia Qureshi"),
    ("Authorities freed Mikhail Orlov but kept his brother Pavel Orlov in custody.", "Pavel Orlov"),
    ("The junta keeps Aissata Traoré, 61, behind bars.", "Aissata Traoré"),
])
def test_held_after_leading_nouns_stacked_asides_and_kept_in_custody(sentence, name):
    assert status(sentence)[name] == "held"


@pytest.mark.parametrize("sentence,name", [
    ("The court did not keep Aissata Traoré in custody.", "Aissata Traoré"),
    ("The rebels kept Aissata Traoré informed about the talks.", "Aissata Traoré"),
    ("Officials met Ana Rivas, the lawyer who defended him.", "Ana Rivas"),
])
def test_kept_and_who_clauses_without_custody_are_not_held(sentence, name):
    assert status(sentence)[name] != "held"


def test_freed_brother_is_released_while_the_kept_one_is_held():
    got = status("Authorities freed Mikhail Orlov but kept his brother Pavel Orlov in custody.")
    assert got == {"Mikhail Orlov": "released", "Pavel Orlov": "held"}


@pytest.mark.parametrize("sentence,name", [
    ("The activist Brahim Saadi, a figure of the protest movement in Setif, also recovered his freedom.", "Brahim Saadi"),
    ("The blogger Mona Farid won back her freedom on Tuesday.", "Mona Farid"),
    ("Among them, the journalist Karim Bensalah, correspondent of Reporters Without Borders (RSF) and founder of the "
     "news site Casbah Post, left the prison of Kolea in the late afternoon.", "Karim Bensalah"),
    ("Former prime minister Somchai Wongsa left the Police General Hospital before dawn on Sunday, becoming one of "
     "930 inmates granted parole this month.", "Somchai Wongsa"),
    ("Elena Popescu was granted parole on Friday.", "Elena Popescu"),
    ("Ahmed Ramadan, who served as the colonel's private secretary, was also freed on Sunday, the source said.",
     "Ahmed Ramadan"),
])
def test_more_release_phrasings(sentence, name):
    assert released(sentence) == {name}


def test_headline_with_a_named_and_an_unnamed_subject():
    assert released("After the presidential pardon: Karim Bensalah and some thirty detainees freed") == {"Karim Bensalah"}
    assert released("Lawyer for Karim Bensalah and 30 detainees freed") == set()


@pytest.mark.parametrize("sentence", [
    "Elena Popescu was denied parole on Friday, becoming one of 30 inmates not released.",
    "Elena Popescu applied for parole, becoming one of 930 inmates to be released next month.",
])
def test_becoming_one_of_needs_a_done_release(sentence):
    assert released(sentence) == set()


def test_a_month_or_feast_word_is_a_surname_only_after_a_given_name():
    assert "Ahmed Ramadan" in status("Ahmed Ramadan was freed on Sunday.")
    got = status("During Ramadan, Ana Lopez was freed.")
    assert set(got) == {"Ana Lopez"}
    assert "Theresa May" in status("Former prime minister Theresa May said Ana Lopez was freed.")


def test_a_year_after_the_agent_of_a_release_dates_it():
    got = dated("Saif Mansour, who was released by an armed group in Zintan in 2017, has not been seen since.")
    assert got["Saif Mansour"] == ("released", "other_event")
    # the year of the capture, not of the release
    got = dated("Lina Haddad was released by the rebels who seized her in 2019.")
    assert got["Lina Haddad"] == ("released", "this_event")


def test_a_closing_one_of_the_freed_aside_needs_the_sentence_subject():
    assert released("Ana Rivas was back in her family home on Sunday, one of 12 activists freed by the junta.") \
        == {"Ana Rivas"}
    # a speaker is not the one the aside is about
    assert released("Ana Rivas said the men were tired, one of whom was freed on Sunday.") == set()
    assert released("Ana Rivas told reporters on Sunday that the camp was full, one of 12 activists freed.") == set()


# ------------------------------------------------------------------ round 4: unseen-text mechanisms

def test_a_date_heading_line_dates_the_timeline_entry_below_it():
    got = dated("Rebels have freed Tomas Rivera, the last of six captives promised in December.",
                "14 March 2023",
                "Two engineers, Ana Ortiz and Luis Pena, are handed over to a church mission.",
                "20 May 2025",
                "Tomas Rivera is freed after more than five years in captivity.",
                published="2025-06-01")
    assert got["Ana Ortiz"] == ("released", "other_event")
    assert got["Luis Pena"] == ("released", "other_event")
    assert got["Tomas Rivera"] == ("released", "this_event")


def test_a_date_heading_stops_at_an_undated_heading():
    got = dated("January 3, 2021", "Militants freed the pilot Omar Haddad near the border.", "WHAT NEXT?",
                "The group later freed Sami Nasser as well.", published="2025-06-01")
    assert got["Omar Haddad"] == ("released", "other_event")
    assert got["Sami Nasser"] == ("released", "this_event")
    # a heading dated with the story itself keeps its entries in this event
    got = dated("12 May 2025", "The guerrillas freed Omar Haddad.", published="2025-05-13")
    assert got["Omar Haddad"] == ("released", "this_event")


def test_a_second_coordinated_participle_shares_the_auxiliary():
    got = released("Two nurses - Sara Lind and Eva Holm - are driven out of the camp by militia fighters lent "
                   "for the handover and handed to the International Committee of the Red Cross.")
    assert got == {"Sara Lind", "Eva Holm"}
    # the first participle's clause is the arrest, the second the release on bail: neither is a release
    assert released("Sara Lind was arrested in the capital by plain-clothes police officers late on Tuesday "
                    "night and released on bail.") == set()


def test_a_double_surname_shortened_later_keeps_the_full_display_name():
    got = people("The freed men are the journalists Pablo Herrera Soto and Iván Ruiz Cano.",
                 '"We are tired," said Herrera Soto at the airport.')
    assert "Pablo Herrera Soto" in got and "Herrera Soto" not in got
    # a one-word surname use shows the extra word was a descriptor, not a given name
    got = people("The freed Sergeant Paul Whelan landed.", "Paul Whelan thanked his family.", "Whelan said he was fine.")
    assert "Paul Whelan" in got


def test_a_plural_demonym_is_not_part_of_the_name_it_precedes():
    got = released("German Lars Weber and Finns Seppo Laine and Pekka Harju were handed over to the envoys.")
    assert got == {"Lars Weber", "Seppo Laine", "Pekka Harju"}
    assert released("Two Danes and three Poles were freed.") == set()


def test_a_demonym_noun_in_man_or_woman_is_not_part_of_the_name():
    assert released("Among the freed hostages were Frenchwoman Odile Marchand and Welshman Gareth Pryce.") \
        == {"Odile Marchand", "Gareth Pryce"}


def test_thu_inside_a_burmese_or_vietnamese_name_is_a_syllable_not_thursday():
    assert released("Those freed included Soe Min Thu, Thu Thu Zin and Nguyen Thi Thu.") \
        == {"Soe Min Thu", "Thu Thu Zin", "Nguyen Thi Thu"}
    # a weekday written as a date stays out of the name
    assert "Thu" not in " ".join(people("Updated Thu 12 Dec 2024", "Kyaw Zaw Oo was freed on Thursday."))


def test_a_participle_before_a_captive_noun_frees_the_name_it_modifies():
    got = status("The deal was sealed on Friday.",
                 "The mother of freed hostage Lea Brun thanked Oman's mediators.",
                 "Officials met the freed American Dale Fenn at the airport.",
                 "Doctors examined recently released prisoner Oleg Sirko.")
    assert got == {"Lea Brun": "released", "Dale Fenn": "released", "Oleg Sirko": "released"}
    # a relative, lawyer or possessive is not the captive; a finite verb is read by the verb rules
    got = status("The freed hostage's lawyer Maya Roth spoke to reporters.",
                 "Speaking to the released prisoners, minister Jan Holt said the talks took months.")
    assert got == {"Maya Roth": "mentioned", "Jan Holt": "mentioned"}
    got = people_published("Her colleague Marc Dupin was freed in March 2020 in an exchange with France, which "
                           "released Iranian engineer Ali Farsi.", "2023-05-02")
    assert got["Ali Farsi"]["scope"] == "other_event"


def test_a_source_before_an_inverted_among_list_is_not_one_of_the_freed():
    got = status("The two sides exchanged prisoners at the bridge on Friday.",
                 "According to the head of the prisoner commission, Ion Rusu, among those handed over by the "
                 "army are 31 guardsmen and 15 civilians.")
    assert got == {"Ion Rusu": "mentioned"}
    # the aside itself still frees the name before it
    assert status("Ion Rusu, among those handed over by the army, said he was beaten.") == {"Ion Rusu": "released"}


def test_a_partitive_aside_naming_a_firm_does_not_hide_the_subject():
    assert status("Ruth Keller, one of the two sisters who own the Brenner bakery chain, was released unharmed "
                  "on Friday.") == {"Ruth Keller": "released"}


def test_styles_of_other_languages_and_of_clergy_are_no_part_of_the_name():
    assert released("Among those freed were Mgr Ruben Lara, Msgr. Tomas Vidal and Mme Odette Ferry.") \
        == {"Ruben Lara", "Tomas Vidal", "Odette Ferry"}
    assert released("The junta also released Sra. Elena Quiroga and Herr Jost Amsel.") == {"Elena Quiroga", "Jost Amsel"}
    # the Burmese style for a woman is no given name either
    assert released("The military freed Daw Khin Mya Thet and Daw Nilar Win on Monday.") == {"Khin Mya Thet", "Nilar Win"}


def test_the_lower_case_half_of_a_hyphenated_name_is_no_common_word():
    # "Dae-jung" in a caption must not make "Jung" a common word of the article
    got = people("Kim Dae Jung was released from custody today.", "Kim Dae-jung, center, at the airport.")
    assert "Kim Dae Jung" in got and "Kim Dae" not in got


def test_last_august_read_in_august_is_a_year_before():
    sentences = ["Pyongyang freed Tom Reyes on Wednesday.",
                 "Last August, a former president secured the release of Ann Cole and Liu Min."]
    got = {p["name"]: p["scope"] for p in extract_people(sentences, published="2010-08-27")}
    assert got == {"Tom Reyes": "this_event", "Ann Cole": "other_event", "Liu Min": "other_event"}


def test_one_of_the_n_who_walked_out_of_prison_is_freed():
    got = status("The last internees were freed on Friday.",
                 "Sean Dolan, then 26, was one of the last 46 internees who walked out of the Maze prison that day.",
                 "Mary Dolan was one of the delegates who walked out of the talks.")
    assert got == {"Sean Dolan": "released", "Mary Dolan": "mentioned"}


def test_christian_before_a_full_name_is_a_given_name():
    assert released("Among those freed were the economist Christian Mbida Ateba and Ali Musa.") \
        == {"Christian Mbida Ateba", "Ali Musa"}
    assert set(people("Christian leaders welcomed the release of Ali Musa.")) == {"Ali Musa"}


def test_a_known_as_nickname_is_the_same_person_not_the_display_name():
    got = people("'Big Tom' freed after pardon",
                 "Activist Somchai Raksapong, better known as Big Tom, walked out of prison on Friday.")
    assert list(got) == ["Somchai Raksapong"]
    assert got["Somchai Raksapong"]["status"] == "released"
    got = people("The faction led by Karim Saleh, also known as Commander Lion, freed Ali Musa.")
    assert got["Karim Saleh"]["status"] == "mentioned"
    # a name the person goes by online is a nickname too
    got = people("Kidnappers freed the cartoonist Joseph Wanjiru, known online as Wanjiru Pen, on Monday.")
    assert list(got) == ["Joseph Wanjiru"]


def test_a_participle_after_an_aside_with_an_object_is_the_main_verb():
    got = status("The gang led by Karim Saleh, a veteran commander, freed Ali Musa.")
    assert got == {"Karim Saleh": "mentioned", "Ali Musa": "released"}
    assert released("Ali Musa, freed on Friday, said he was tired.") == {"Ali Musa"}


def test_a_noun_phrase_aside_with_a_who_release_frees_the_name_before_it():
    assert released("Pedro Alcala, a 64-year-old retired teacher who was also released, said the guards were calm.") \
        == {"Pedro Alcala"}
    got = people('"We were treated well," said Marta Ibarra, a veteran congresswoman who was among those let go.')
    assert got["Marta Ibarra"]["status"] == "released"
    # an official freed in an aside that does not name the office stays an official
    got = people("Swedish Ambassador Lars Berg, who was freed on the first night, told reporters.")
    assert got["Lars Berg"]["status"] == "mentioned"
    assert status("Marta Ibarra, the lawyer who had pushed for the men to be freed, spoke.") == {"Marta Ibarra": "mentioned"}
    assert status("Marta Ibarra, a minister who was not released, spoke.")["Marta Ibarra"] == "held"


def test_an_inverted_still_inside_list_of_titled_people_is_held():
    got = status("Still inside are Interior Minister Jorge Salas; Health Minister Rosa Vidal; the Bolivian consul, "
                 "Hugo Paz; and the mayor's son, Tito Mena.")
    assert got == {"Jorge Salas": "held", "Rosa Vidal": "held", "Hugo Paz": "held", "Tito Mena": "held"}
    # "inside" without "still/also" leading an inverted clause is no cue
    assert status("Inside the compound, Jorge Salas spoke to reporters.") == {"Jorge Salas": "mentioned"}


def test_a_release_dated_by_its_day_well_before_the_story_is_another_occasion():
    got = dated("Rebels on Saturday freed five tourists, including Jan Berger.",
                "On Aug 27 the rebels freed four hostages - Mia Kovac and Tom Ellis among them.",
                "Jan's father, Otto Berger, who was freed with three other hostages on Aug 27, spoke.",
                published="2000-09-10")
    assert got["Jan Berger"] == ("released", "this_event")
    assert got["Mia Kovac"] == ("released", "other_event")
    assert got["Otto Berger"][1] == "other_event"
    # a few days before the story is still the story's own release
    got = dated("On Sept 6 the rebels freed Mia Kovac.", published="2000-09-10")
    assert got["Mia Kovac"] == ("released", "this_event")
    # "on Jan 3" read in a January 8 story is this event; in a March story it is not
    assert dated("Hamas freed Mia Kovac on Jan 3.", published="2025-01-08")["Mia Kovac"][1] == "this_event"
    assert dated("Hamas freed Mia Kovac on Jan 3.", published="2025-03-08")["Mia Kovac"][1] == "other_event"


def test_an_undated_weekday_story_reads_a_month_and_day_as_another_occasion():
    got = {p["name"]: p["scope"] for p in extract_people([
        "Rebels on Saturday freed five tourists, including Jan Berger.",
        "On Aug 27 the rebels freed Mia Kovac."])}
    assert got == {"Jan Berger": "this_event", "Mia Kovac": "other_event"}
    # without a weekday for its own release the story gives no such clue
    got = {p["name"]: p["scope"] for p in extract_people([
        "Rebels freed five tourists, including Jan Berger.", "On Aug 27 the rebels freed Mia Kovac."])}
    assert got == {"Jan Berger": "this_event", "Mia Kovac": "this_event"}


def test_a_titled_subject_named_in_an_aside_after_a_prepositional_name_is_held():
    assert status("Another blogger jailed under Decree 88, the poet Minh Chau, remains in detention, "
                  "his lawyers said.") == {"Minh Chau": "held"}
    # a name before the aside that is no prepositional object is the subject: the aside is its appositive
    got = status("Ana Lopez, the poet Minh Chau's sister, remains in detention.")
    assert got["Ana Lopez"] == "held"


def test_a_plural_predicate_holds_every_conjunct_across_asides():
    got = status("Dawit Bekele, the former editor of a weekly, who was sentenced in 2014, and Meron Alemu, "
                 "a reporter serving 14 years, remain in prison.")
    assert got == {"Dawit Bekele": "held", "Meron Alemu": "held"}
    # a singular predicate keeps to its own subject
    got = status("Dawit Bekele, the former editor, said that Meron Alemu remains in prison.")
    assert got["Meron Alemu"] == "held" and got["Dawit Bekele"] == "mentioned"


def test_so_does_x_repeats_the_previous_predicate():
    assert status("Ten leaders remain in prison.", "So does the activist Paul Ndum, sentenced in 2018.") \
        == {"Paul Ndum": "held"}
    assert status("Ten leaders were freed on Friday.", "So was the activist Paul Ndum.") == {"Paul Ndum": "released"}
    assert status("Ten leaders were freed.", "So Paul Ndum left the country.") == {"Paul Ndum": "mentioned"}


def test_a_list_item_whose_aside_dates_its_own_release_is_another_occasion():
    got = dated("Under the old regime, a handful of prisoners were also released, among them Bakhtiyor Nazarov, "
                "a former lawmaker freed in November 2015 after 21 years, and Ilhom Sadikov.", published="2017-10-05")
    assert got["Bakhtiyor Nazarov"] == ("released", "other_event")
    assert got["Ilhom Sadikov"] == ("released", "this_event")
    got = dated("Dozens of prisoners were released on Monday, among them Bakhtiyor Nazarov, a former lawmaker "
                "freed on Monday after 21 years.", published="2017-10-05")
    assert got["Bakhtiyor Nazarov"] == ("released", "this_event")


def test_a_ship_named_after_its_type_is_no_person():
    got = people("Pirates freed the Greek tanker Blue Marlin and its 20 crew on Friday.",
                 "The Blue Marlin was seized in March.")
    assert "Blue Marlin" not in got
    assert released("Pirates freed the ship's cook, Ravi Menon, on Friday.") == {"Ravi Menon"}


def test_in_return_continues_the_earlier_swap_of_the_sentence_before():
    got = dated("Israel freed five fighters on Wednesday, including Samir Nasr.",
                "Swaps have happened before.",
                "In January 2004, Israel freed 436 prisoners.",
                "In return, the militia released the businessman Dan Alon.", published="2008-07-17")
    assert got["Samir Nasr"] == ("released", "this_event")
    assert got["Dan Alon"] == ("released", "other_event")
    got = dated("Israel freed 436 prisoners on Wednesday.", "In return, the militia released the businessman Dan Alon.",
                published="2008-07-17")
    assert got["Dan Alon"] == ("released", "this_event")


def test_a_day_first_date_after_the_verb_dates_the_release():
    got = dated("Activist Reza Karimi was freed from Evin prison on 3 February after a hunger strike.",
                published="2023-03-14")
    assert got["Reza Karimi"] == ("released", "other_event")
    got = dated("Activist Reza Karimi was freed from Evin prison on 12 March after a hunger strike.",
                published="2023-03-14")
    assert got["Reza Karimi"] == ("released", "this_event")


# --- escorts, borrowed surnames, time-span openers, detection fast path ---------------------------

@pytest.mark.parametrize("sentence,name", [
    ("The Rev. Martin Fowler stepped off a chartered jet in Miami on Thursday leading 22 Americans who had been jailed.",
     "Martin Fowler"),
    ("Senator Paula Brandt returned home with 48 freed prisoners on Friday.", "Paula Brandt"),
    ("Bishop Anselm Okoro arrived home escorting the six released nurses.", "Anselm Okoro"),
])
def test_an_escort_arriving_with_the_freed_is_not_freed(sentence, name):
    assert status(sentence).get(name) != "released"


@pytest.mark.parametrize("sentence,name", [
    ("Anna Smith returned home with two other hostages on Friday.", "Anna Smith"),
    ("Kofi Mensah stepped off the plane in Accra on Friday.", "Kofi Mensah"),
    ("Lena Hart returned home with her husband on Friday after a year in captivity.", "Lena Hart"),
])
def test_a_freed_person_arriving_is_still_freed(sentence, name):
    assert name in released(sentence)


def test_relatives_of_a_freed_person_keep_the_borrowed_surname_and_release():
    got = released("Doris Keller and her daughters Mia and Lotte were freed on Friday.")
    assert "Doris Keller" in got


@pytest.mark.parametrize("sentence,name,expected", [
    ("Two years after his arrest, Ahmed Nasser walked free on Monday.", "Ahmed Nasser", "released"),
    ("Hours after the deal was signed, the guards released Olga Petrova.", "Olga Petrova", "released"),
    ("Three days before the talks collapsed, Olga Petrova was still in custody.", "Olga Petrova", "held"),
])
def test_a_time_span_opener_is_a_leading_adverbial(sentence, name, expected):
    assert status(sentence).get(name) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Officials said 2Nd Lt. Omar Haddad and Marie van der Berg were freed.", {"Marie van der Berg"}),
    ("The envoy met Jean-Luc d'Arcy and al-Masri in Doha.", set()),
    ("abcDef Ghi Lopez and Rosa de la Cruz were released on Sunday.", {"Rosa de la Cruz"}),
])
def test_detection_fast_path_keeps_particles_and_token_starts(sentence, expected):
    import monitor.extract.people as P
    got = {m.text for m in P._detect(sentence, set())}
    assert expected <= got


def test_token_kind_cache_still_reads_the_articles_vocabulary():
    import monitor.extract.people as P
    assert P._token_kind("Orchard", set(), False) == "NAME"
    assert P._token_kind("Orchard", {"orchard"}, False) == "COMMON"
    assert P._token_kind("Curiously", set(), True) == "STOP"
    assert P._token_kind("Curiously", set(), False) == "NAME"


def test_year_scan_matches_whole_years_only():
    import monitor.extract.people as P
    assert P._YEAR_RE.findall("In 2019, 12019 and 1950s; 1949 and x2020 but (2021)") == ["2019", "2021"]


# --- explicit membership in the freed beats an office; the freed group's own predicate frees its list ---

@pytest.mark.parametrize("sentence,name,expected", [
    # an item of a membership list inside the subject of a release
    ("The last 22 captives held in the ministry since March 3, among them former finance minister Rafael Ortiz, "
     "were freed on Sunday.", "Rafael Ortiz", "released"),
    ("The 12 detainees, including deputy governor Lena Marsh, were released at dawn.", "Lena Marsh", "released"),
    # the subject's own exit verb, the office only in an aside
    ("Paolo Rinaldi, the president of the charity, and his partner Giulia Ferri left the prison of Rebibbia "
     "on Monday.", "Paolo Rinaldi", "released"),
    ("Paolo Rinaldi, the president of the charity, and his partner Giulia Ferri left the prison of Rebibbia "
     "on Monday.", "Giulia Ferri", "released"),
    # listed among the freed by an "X released included" host
    ("Those freed on Tuesday included the former interior minister, Dr Samuel Okoro.", "Samuel Okoro", "released"),
    # officials who act stay mentioned
    ("The hostages were handed to a delegation including Foreign Minister Karim Haddad.", "Karim Haddad",
     "mentioned"),
    ("Foreign Minister Karim Haddad, among others, welcomed the freed hostages at the airport.", "Karim Haddad",
     "mentioned"),
    ("Paolo Rinaldi, the interior minister, and his aide Marco Bassi welcomed the freed hostages.", "Paolo Rinaldi",
     "mentioned"),
])
def test_membership_in_the_freed_beats_an_office(sentence, name, expected):
    assert status(sentence).get(name, "mentioned") == expected


@pytest.mark.parametrize("sentences,name,expected", [
    (("Ortiz walked out of the jail at dusk. He was one of 14 prisoners released that evening, according to "
      "lawyers, who said the group included Tomas Vidal, a former union organiser.",), "Tomas Vidal", "released"),
    (("The freed included Nadia Karimi and Yusuf Demir.",), "Yusuf Demir", "released"),
    # no freed group: "the group" is someone else
    (("Ortiz met lawyers on Monday, who said the group included Tomas Vidal, a former union organiser.",),
     "Tomas Vidal", "mentioned"),
    (("He was one of 14 prisoners released that evening; reporters said the group included Tomas Vidal.",),
     "Tomas Vidal", "released"),
])
def test_the_group_included_names_one_of_a_counted_freed_group(sentences, name, expected):
    assert status(*sentences).get(name, "mentioned") == expected


@pytest.mark.parametrize("sentences,expected,absent", [
    (("The exchange took place at dawn.",
      "The three western agents -- British engineer Colin Marsh, Dutch trade official Pieter de Vries and "
      "French courier Anne Morel -- crossed the border westward."),
     {"Colin Marsh", "Pieter de Vries", "Anne Morel"}, set()),
    (("The swap was agreed on Monday.",
      "The two captives -- Lena Kraus and Tomas Novak -- were freed at the checkpoint."),
     {"Lena Kraus", "Tomas Novak"}, set()),
    # negotiators crossing are not freed; a crossing still to come frees nobody
    (("The swap took place at noon.",
      "The two negotiators -- Foreign Minister Ali Rahimi and envoy Omar Saleh -- crossed the bridge first."),
     set(), {"Ali Rahimi", "Omar Saleh"}),
    (("The exchange was agreed.",
      "The three agents -- Colin Marsh, Pieter de Vries and Anne Morel -- will cross the border on Friday."),
     set(), {"Colin Marsh", "Pieter de Vries", "Anne Morel"}),
    # no swap or release in the story: a crossing is just travel
    (("The three climbers -- Colin Marsh, Pieter de Vries and Anne Morel -- crossed the glacier at noon.",),
     set(), {"Colin Marsh", "Pieter de Vries", "Anne Morel"}),
])
def test_a_dash_list_after_a_counted_group_takes_the_groups_predicate(sentences, expected, absent):
    got = released(*sentences)
    assert expected <= got
    assert not (absent & got)


@pytest.mark.parametrize("sentence,name,expected", [
    ("One of the returned fishermen, Arjun Patel, 31, was met by his mother, Meena Patel.", "Arjun Patel",
     "released"),
    ("One of the returned fishermen, Arjun Patel, 31, was met by his mother, Meena Patel.", "Meena Patel",
     "mentioned"),
    ("Our reporter in Tbilisi says one of the returned soldiers, Giorgi Beridze, 24, was met by his father, "
     "Levan Beridze.", "Giorgi Beridze", "released"),
    ("Our reporter in Tbilisi says one of the returned soldiers, Giorgi Beridze, 24, was met by his father, "
     "Levan Beridze.", "Levan Beridze", "mentioned"),
    ("The minister said one of the officials, Karim Haddad, would travel to Doha.", "Karim Haddad", "mentioned"),
])
def test_one_of_the_returned_names_a_freed_person(sentence, name, expected):
    assert status(sentence).get(name, "mentioned") == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Two years after they were seized at their clinic in Kandahar, Maria Olsen and Peter Lund are back in Norway.",
     {"Maria Olsen", "Peter Lund"}),
    ("Eight months after she was abducted near Kidal, Sophie Laurent is free.", {"Sophie Laurent"}),
    # no captivity in the story: back in a country is travel
    ("Two weeks after the summit in Doha, Maria Olsen and Peter Lund are back in Norway.", set()),
])
def test_a_lead_clause_ending_in_a_place_name(sentence, expected):
    assert released(sentence) == expected


@pytest.mark.parametrize("sentences,name,expected", [
    (("A week ago Olsen, 42, and her partner Peter Lund, 45, were still prisoners in a village near Kidal.",
      "Peter Lund and Maria Olsen were freed on Sunday evening."), "Peter Lund", "released"),
    (("Until last week, Peter Lund was still held in a basement.",), "Peter Lund", "held"),
    (("Peter Lund is still held in a basement, two years after his arrest.",), "Peter Lund", "held"),
])
def test_a_past_framed_held_state_yields_to_a_later_release(sentences, name, expected):
    assert status(*sentences).get(name) == expected


# ------------------------------------------------------------------ a counted freed group named later

@pytest.mark.parametrize("sentences,expected", [
    # the swap's counted group, named two sentences later
    (("Tehran freed the British-Australian lecturer on Wednesday in exchange for three Iranian men jailed in "
      "Bangkok.", "State television showed the men being greeted at the airport.",
      "The three men were identified as Reza Karimi, Hossein Tavakoli and Ali Rostami."),
     {"Reza Karimi", "Hossein Tavakoli", "Ali Rostami"}),
    # "one of N ... pardoned": the rest of the group
    (("Maria Lopez left the women's prison in Tegucigalpa on Friday.",
      "She was one of five nurses pardoned by the president last week.",
      "The others are Ana Reyes, Carla Mejia and Lucia Ortega."),
     {"Maria Lopez", "Ana Reyes", "Carla Mejia", "Lucia Ortega"}),
    # the splitter kept both in one sentence ("Sen." read as an abbreviation)
    (("Sok Dara walked out of Prey Sar prison on Monday.",
      "She was one of three farmers freed at the request of Prime Minister Hun Sen. The others are Chan Sophal "
      "and Keo Srey."), {"Sok Dara", "Chan Sophal", "Keo Srey"}),
    # a counted group jailed, not freed: its other members stay mentioned
    (("Maria Lopez left the women's prison in Tegucigalpa on Friday.",
      "She was one of five nurses arrested in 2019.",
      "The others are Ana Reyes, Carla Mejia and Lucia Ortega."), {"Maria Lopez"}),
])
def test_a_counted_freed_group_is_named_later(sentences, expected):
    assert released(*sentences) == expected


# ------------------------------------------------------------------ one member of the freed group, by name

@pytest.mark.parametrize("sentences,name,expected", [
    # "them": the group the previous sentence spoke of, which an earlier cue freed
    (("Azerbaijan has handed over five Armenian soldiers detained near the border.",
      "Baku had accused the soldiers of sabotage, holding them for two months.",
      "One of them, Sgt Arman Petrosyan, was described by Baku as the unit's commander."),
     "Arman Petrosyan", "released"),
    # "One of the pupils, X, 12": a name-free group subject freed earlier
    (("The 80 pupils of the Kankara school, who were seized by gunmen last week, have regained freedom.",
      "One of the pupils, Musa Bello, 12, told reporters that they walked for two days."), "Musa Bello", "released"),
    # "Another pupil, X": the singular of a group the story calls freed
    (("The governor spoke beside the freed pupils at Government House.",
      "Another pupil, Aisha Umar, 14, said they were fed once a day."), "Aisha Umar", "released"),
    # the group is the officials around the release, not the freed
    (("Azerbaijan has handed over five Armenian soldiers detained near the border.",
      "Officials from both ministries attended the ceremony.",
      "One of the officials, Karen Avetisyan, said the talks had been long."), "Karen Avetisyan", "mentioned"),
    # "them" is a group nobody freed
    (("Azerbaijan has handed over five Armenian soldiers detained near the border.",
      "Three journalists covered the handover for Armenian television.",
      "One of them, Lilit Sargsyan, filmed the bridge."), "Lilit Sargsyan", "mentioned"),
    # the group was abducted, not freed
    (("The 80 pupils of the Kankara school were seized by gunmen last week.",
      "One of the pupils, Musa Bello, 12, escaped on Sunday."), "Musa Bello", "mentioned"),
])
def test_one_of_a_freed_group_named_in_apposition(sentences, name, expected):
    assert status(*sentences).get(name, "mentioned") == expected


# ------------------------------------------------------------------ list items that carry appositives

@pytest.mark.parametrize("sentences,expected,absent", [
    (("The junta on Friday freed the former prime minister Ousmane Diallo after a year in detention.",
      "Among those freed were the lawyer Mamadou Traore, a former adviser to Mr Keita, the journalist Awa Sow "
      "and the secretary general of the party, Ibrahim Toure."),
     {"Ousmane Diallo", "Mamadou Traore", "Awa Sow", "Ibrahim Toure"}, {"Keita"}),
    (("Among those released on Monday were the teacher Lena Novak, a cousin of the mayor, Ivan Horak, "
      "and the student Petra Kral.",),
     {"Lena Novak", "Petra Kral"}, set()),
    # not a list of the freed: the appositive chunks stay unread
    (("Among those still jailed are the lawyer Mamadou Traore, a former adviser to Mr Keita, and the journalist "
      "Awa Sow.",), set(), {"Mamadou Traore", "Awa Sow", "Keita"}),
])
def test_appositives_between_items_of_a_freed_list(sentences, expected, absent):
    got = released(*sentences)
    assert expected <= got
    assert not {n for n in got if any(a in n for a in absent)}


# ------------------------------------------------------------------ an office inside a freed group's membership list

@pytest.mark.parametrize("sentences,expected", [
    (("The last passengers held by the hijackers have been freed in Larnaca.",
      "Nine passengers, among them Kuwait's finance minister, Sheikh Salem al-Sabah, and his Omani counterpart, "
      "Khalid Harthy, stepped off the jet at Larnaca airport on Sunday."),
     {"Salem al-Sabah", "Khalid Harthy"}),
    (("Nine passengers, among them Kuwait's finance minister, Sheikh Salem al-Sabah, and his Omani counterpart, "
      "Khalid Harthy, were released at Larnaca airport on Sunday.",), {"Salem al-Sabah", "Khalid Harthy"}),
    # the group is still held
    (("Nine passengers, among them Kuwait's finance minister, Sheikh Salem al-Sabah, remain aboard the jet in "
      "Larnaca.",), set()),
    # the group was never freed
    (("Gunmen stormed the ministry in Kuwait City on Sunday.",
      "Nine delegates, among them Kuwait's finance minister, Sheikh Salem al-Sabah, stepped off the jet in "
      "Larnaca."), set()),
])
def test_officials_in_a_freed_groups_membership_list(sentences, expected):
    assert released(*sentences) == expected


def test_a_demanded_release_is_no_release_and_remains_name_a_victim():
    got = people("The militants want the release of militia leader Kofi Ameh, who has been in detention since May.")
    assert got["Kofi Ameh"]["status"] == "held"
    got = people("The two Americans were flown to Muscat along with the remains of a third American, Bilal Osman, "
                 "the ministry said.")
    assert got["Bilal Osman"]["status"] == "mentioned" and got["Bilal Osman"]["role"] == "victim"


# ------------------------------------------------------------------ an office held by the captive the predicate frees

@pytest.mark.parametrize("sentences,expected", [
    # passive subject: the predicate makes the titled person the captive
    (("Swedish consul general Lars Ekholm was freed unharmed late on Friday, 40 days after he was seized.",),
     {"Lars Ekholm"}),
    (("The Norwegian ambassador, Henrik Dahl, was released by his kidnappers in the capital on Sunday.",),
     {"Henrik Dahl"}),
    # active object right after the verb, titles and ranks on every item
    (("The militia freed Colonel Ramon Ortiz, Sergeant Eva Palma and the engineer Tomas Ferrer on Monday.",),
     {"Ramon Ortiz", "Eva Palma", "Tomas Ferrer"}),
    # an official who merely announces, negotiates or receives stays an official
    (("Foreign Minister Ines Varga said the rebels had freed two engineers on Monday.",), set()),
    (("The rebels freed two engineers, officials, among them negotiator Paulo Reis, said.",), set()),
    (("Kidnappers freed a nurse on Friday, and she flew home, where Governor Alan Pike welcomed her.",), set()),
])
def test_officials_freed_by_the_sentences_own_predicate(sentences, expected):
    assert released(*sentences) == expected


def test_ranks_and_religious_titles_are_no_part_of_a_name():
    got = people("Rebels freed Brigadier Omar Tal and Maulana Yusuf Qadri on Sunday.")
    assert {"Omar Tal", "Yusuf Qadri"} <= set(got)
    got = people("Militants freed Briton Alan Fitch and a Filipino cook on Monday.")
    assert "Alan Fitch" in got and got["Alan Fitch"]["status"] == "released"


@pytest.mark.parametrize("sentences,expected", [
    (("Kurdish rebels freed four Turkish captives on Tuesday.",
      "One of them, provincial official Mehmet Arslan, was seen hugging his son."), {"Mehmet Arslan"}),
    # beneficiaries of an amnesty are the freed, named by what the release made them
    (("The amnesty released about 3,000 inmates on Tuesday.",
      "One of the beneficiaries, Tendai Chuma (31), said she would return to her village."), {"Tendai Chuma"}),
    # the group the previous sentence spoke of is not the freed one
    (("Kurdish rebels freed four Turkish captives on Tuesday.",
      "One of the officials, provincial governor Mehmet Arslan, said the talks went well."), set()),
    # no release in the story: beneficiaries of a programme are no captives
    (("The scheme paid out millions last year.",
      "One of the beneficiaries, Tendai Chuma, said she bought a farm."), set()),
])
def test_one_of_a_freed_group_named_in_an_aside(sentences, expected):
    assert released(*sentences) == expected


@pytest.mark.parametrize("sentences,expected", [
    (("Footage showed the two freed Kenyan engineers, Peter Mwangi and Joseph Otieno, boarding a plane in Juba.",),
     {"Peter Mwangi", "Joseph Otieno"}),
    (("Names of the released fishermen, supplied by the port authority: Ravi Kumar, Anil Das and Sunil Rao.",),
     {"Ravi Kumar", "Anil Das", "Sunil Rao"}),
    (("Gunmen freed three of five hostages on Friday.",
      "The freed Canadian was named as Mark Hollis, 54, a geologist from Alberta."), {"Mark Hollis"}),
    # relatives of the freed, and the freed men's wives, are not the freed
    (("Relatives of the freed engineers, Anne Mwangi and Ruth Otieno, wept at the airport.",), set()),
    (("The freed engineers' wives, Anne Mwangi and Ruth Otieno, wept at the airport.",), set()),
    # a release to come
    (("Officials hope to see the freed-to-be engineers soon.", "They expect to free the two engineers, "
      "Peter Mwangi and Joseph Otieno, next week."), set()),
])
def test_a_freed_group_names_its_members_after_its_noun(sentences, expected):
    assert released(*sentences) == expected


@pytest.mark.parametrize("sentences,expected", [
    # the recipient comes before the object
    (("The rebels handed over to the Red Cross Brigadier General Tomas Ferrer, Army Corporal Luis Baena and the "
      "lawyer Marta Gil, who had been held since May.",), {"Tomas Ferrer", "Luis Baena", "Marta Gil"}),
    (("On Sunday the guerrillas handed over to a humanitarian commission Colonel Pedro Salas and Sergeant Ana Ruiz.",),
     {"Pedro Salas", "Ana Ruiz"}),
    # the object is a count; the governor speaks
    (("The kidnappers handed over to the Red Cross two nurses on Friday, said Governor Ana Ruiz.",), set()),
    # the recipient is a person
    (("The militia handed over to Bishop Karl Obi the two nurses it had seized.",), set()),
])
def test_a_recipient_before_the_freed_object(sentences, expected):
    assert released(*sentences) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("Deputy Ramon Silva, who had been under house arrest since May, obtained his full freedom with the decree.",
     "released"),
    ("The blogger Nadia Karimi gained her freedom on Tuesday after 400 days.", "released"),
    ("Activists said Nadia Karimi wins freedom of speech awards every year.", "mentioned"),
])
def test_obtained_or_gained_freedom(sentence, expected):
    assert status(sentence).get(next(iter(status(sentence)))) == expected


@pytest.mark.parametrize("sentences,expected", [
    # a title's own place before the last item
    (("Juba freed four detainees on Friday.",
      "The four are former party secretary-general Deng Alor, former security minister Kuol Manyang and former "
      "ambassador to the United Kingdom Gier Chuang."), {"Deng Alor", "Kuol Manyang", "Gier Chuang"}),
    # an office describing a member of the freed list
    (("Among those freed were Tesfaye Alemu, the 70-year-old chairman of the coalition, the party's vice "
      "chairwoman Meron Abebe, and Dawit Haile, an economist.",), {"Tesfaye Alemu", "Meron Abebe", "Dawit Haile"}),
    # ", an ally of President X" is an aside about the item, not another item
    (("The United States freed Ali Rahimi, a close ally of President Karim Tavana, in the swap on Monday.",),
     {"Ali Rahimi"}),
    (("Among those freed were the economist Paul Eko, a former adviser to Mr Biwa, and the businessman Jean Tala.",),
     {"Paul Eko", "Jean Tala"}),
    # an office in a body whose kind is named beside its name: "the leader of the Umma party X"
    (("Among the freed persons figure the secretary general of the party, Omar Remo, and the leader of the Umma "
      "party Ali Merani.",), {"Omar Remo", "Ali Merani"}),
    (("Among those freed were the president of the Kwame youth league Paul Eko and the teacher Jean Tala.",),
     {"Paul Eko", "Jean Tala"}),
])
def test_descriptors_inside_a_freed_list(sentences, expected):
    assert released(*sentences) == expected


# ------------------------------------------------------------------ held, said in other words

@pytest.mark.parametrize("sentences,expected", [
    # a second predicate shares the sentence's subject
    (("His co-defendant, Chinese activist Peng Yu, was sentenced to seven years and remains in prison.",),
     {"Peng Yu": "held"}),
    (("Lawyer Ana Ruiz visited the jail on Monday and said her client remains in prison.",), {"Ana Ruiz": "mentioned"}),
    # newly kidnapped people are held now
    (("News came that two more Korean nationals -- freelance journalist Kim Dae-ho, 30, and Lee Min-su, 36, a member "
      "of an anti-war group -- were abducted Wednesday near Falluja.",), {"Kim Dae-ho": "held", "Lee Min-su": "held"}),
    (("Gunmen said two engineers, Omar Dia and Sami Farouk, were kidnapped on Sunday.",),
     {"Omar Dia": "held", "Sami Farouk": "held"}),
    # ... unless a later release frees them, the kidnapping was long ago, or it ended in death
    (("Two engineers, Omar Dia and Sami Farouk, were kidnapped on Sunday.",
      "Omar Dia and Sami Farouk were freed by police on Tuesday."), {"Omar Dia": "released", "Sami Farouk": "released"}),
    (("Aid worker Tom Hale was kidnapped and killed in March.",), {"Tom Hale": "mentioned"}),
    (("Aid worker Tom Hale was kidnapped in 1998.", "He now teaches in Leeds."), {"Tom Hale": "mentioned"}),
])
def test_held_said_in_other_words(sentences, expected):
    got = {p["name"]: p["status"] for p in extract_people(list(sentences), published="2024-05-01")}
    assert {n: got.get(n) for n in expected} == expected


@pytest.mark.parametrize("sentences,expected", [
    # a pardon denied is no claim of custody: the walk-out stands
    (("Mr Raif Badawi walked out of a Saudi prison on Friday.", "Mr Badawi has not been pardoned."), "released"),
    (("Mr Raif Badawi has not been pardoned and remains in prison.",), "held"),
    (("Mr Raif Badawi has not been freed.",), "held"),
])
def test_a_pardon_denied_does_not_undo_a_release(sentences, expected):
    assert status(*sentences)["Raif Badawi"] == expected


def test_stepping_off_someones_plane():
    assert released("Laura Ming, 32, and Euna Lee, 36, two reporters, stepped off Clinton's chartered plane at the "
                    "airport on Wednesday.") == {"Laura Ming", "Euna Lee"}


def test_a_title_word_after_a_full_name_is_its_surname():
    got = people("India flew the three men to Kandahar: Maulana Masood Azhar, a cleric; Ahmed Omar Sheikh, a "
                 "British-born militant; and Mushtaq Zargar.")
    assert {"Masood Azhar", "Ahmed Omar Sheikh", "Mushtaq Zargar"} <= set(got)
    assert "Hamad bin Khalifa" in people("Sheikh Hamad bin Khalifa met the freed men.")


def test_a_timeline_entrys_present_tense_is_its_date():
    got = {p["name"]: p["status"] for p in extract_people([
        "June 1992 - Ion Vasile and Petru Rusu are detained in Tiraspol.",
        "9 December 1993 - Ion Vasile is sentenced to death.",
        "2 June 2007 - Ion Vasile and Petru Rusu are released."], published="2007-06-03")}
    assert got == {"Ion Vasile": "released", "Petru Rusu": "released"}
    # a dated timeline entry alone still says they were held then, weakly
    got = {p["name"]: p["status"] for p in extract_people([
        "June 1992 - Ion Vasile is detained in Tiraspol."], published="2007-06-03")}
    assert got == {"Ion Vasile": "held"}


def test_a_released_statement_frees_nobody_named_after_it():
    got = status("Rebels freed the aid worker Ana Lopez on Friday.",
                 "In a statement released by the family, Ms Lopez's sister, Carla Mendes, said they were relieved.",
                 "A video released on Saturday showed Tomas Berg, who is still held, asking for help.")
    assert got["Ana Lopez"] == "released"
    assert got["Carla Mendes"] != "released"
    assert got["Tomas Berg"] != "released"


def test_names_taken_by_a_second_verb_after_a_release_are_not_freed():
    got = status("The governor said the 40 villagers had been released unharmed and thanked President Amos Dube "
                 "and the police chief, Peter Ndlovu, for the operation.")
    assert got.get("Amos Dube") != "released" and got.get("Peter Ndlovu") != "released"
    freed = status("The army released the hostages and the driver, Musa Okello, on Monday.")
    assert freed["Musa Okello"] == "released"


def test_a_return_to_power_is_no_release():
    got = status("Opposition leader Ivan Petrov was freed on Monday, two years after the vote that returned "
                 "President Oleg Sarin to power.")
    assert got["Ivan Petrov"] == "released"
    assert got["Oleg Sarin"] != "released"


def test_the_source_of_a_report_is_not_the_subject_of_its_release_verb():
    got = status("Twelve nuns held by gunmen for three months were freed on Monday.",
                 "Karim Mansour spoke of a difficult operation.",
                 "According to Mansour, the government released around 150 women prisoners in return.")
    assert got.get("Karim Mansour", "mentioned") != "released"


def test_rank_abbreviations_do_not_split_a_list_of_freed_soldiers():
    got = released("The militia freed four soldiers it had held for a year: Yoav Levin, Pvt. Ilan Dror, "
                   "Cpl. Avi Shalev and Sgt. Nir Amsalem.")
    assert {"Ilan Dror", "Avi Shalev", "Nir Amsalem"} <= got


def test_one_of_the_freed_whose_predicate_is_negated_is_not_freed():
    got = status("Police freed dozens of protesters overnight.",
                 "One of the freed protesters, Dina Okafor, was not in custody at all, her lawyer said.",
                 "One of the freed protesters, Musa Bello, walked home.")
    assert got.get("Dina Okafor") != "released"
    assert got.get("Musa Bello") == "released"


@pytest.mark.parametrize("office", ["congressman for", "senator from", "governor of", "MP for"])
def test_the_place_of_an_office_is_not_part_of_the_name_after_it(office):
    got = people("Rebels released 12 hostages on Friday.",
                 f"The former {office} Cundinamarca Rubén Darío Méndez Ruiz was released on Friday.")
    assert "Rubén Darío Méndez Ruiz" in got
    assert got["Rubén Darío Méndez Ruiz"]["status"] == "released"


def test_name_detection_keeps_initials_generations_and_surnames_that_are_also_words():
    got = people("North Korea released 39 hostages on Saturday.",
                 "Among the freed was Lieutenant General A.K.M. Rahman.",
                 "Among those still held is Park Won, a producer.",
                 "The freed included Henry Ford III, the grandson of the carmaker.")
    assert got["A.K.M. Rahman"]["status"] == "released"
    assert got["Park Won"]["status"] == "held"
    assert "Henry Ford III" in got
    assert "U.S. Ambassador" not in " ".join(people("The U.S. Ambassador John Hale said 39 were freed.").keys())


def test_one_returnee_named_in_an_aside_is_freed():
    assert "Kim Song-il" in released("North Korea released 39 hostages on Saturday.",
                                     "One returnee, Kim Song-il, 41, a textile merchant, told reporters they were lectured.")


def test_a_subjects_own_state_frees_them_even_with_an_office_elsewhere():
    got = status("Tribesmen released five German hostages on Saturday.",
                 "Ex-state secretary Klaus Brandt and family free again",
                 "The former state secretary in the Foreign Office, Klaus Brandt, and his family are free.",
                 "Brandt was state secretary under the foreign minister until 2005.")
    assert got["Klaus Brandt"] == "released"


@pytest.mark.parametrize("sentence,expected", [
    ("Mr Leo Hart was found alive on Monday, five months after he was kidnapped.", "released"),
    ("Mr Leo Hart was found dead on Monday, five months after he was kidnapped.", None),
])
def test_found_alive_is_a_release_found_dead_is_not(sentence, expected):
    got = status("Gunmen released five hostages on Saturday.", sentence)
    assert (got.get("Leo Hart") == "released") == (expected == "released")


def test_a_word_cut_at_the_edge_of_a_look_behind_window_is_no_modal():
    # "Ameri|can" must not read as "can": the sentence reports a release, not a possibility
    got = status("Kidnappers freed the boy on Saturday.",
                 "Leo Hart IV, the red-haired grandson of American oil billionaire Sam Hart, was found alive "
                 "early today at a roadside service station, police said.")
    assert got["Leo Hart IV"] == "released"
    assert got.get("Sam Hart") != "released"


def test_a_list_of_names_each_with_its_place_of_origin_is_one_subject():
    assert {"Ann Flynn", "Sara Hebib", "Angel Nayan"} <= released(
        "Kidnappers freed three UN workers on Tuesday after weeks in captivity.",
        "Ann Flynn from Northern Ireland, Sara Hebib from Kosovo and Angel Nayan, a Filipino diplomat, "
        "were released in the city.")


@pytest.mark.parametrize("sentence", [
    "The hijackers repeated their demands: the release of 14 comrades held in Italian jails, among them "
    "Sandro Ricci and Marta Gallo, and a ransom of $5 million.",
    "In a letter the kidnappers set out what they wanted: the freeing of Sandro Ricci and Marta Gallo.",
])
def test_names_in_a_list_of_demands_are_not_freed(sentence):
    got = status(sentence, "The passengers were freed two days later.")
    assert got["Sandro Ricci"] != "released" and got["Marta Gallo"] != "released"


@pytest.mark.parametrize("aside", ["a mother of one of the freed pupils", "the lawyer of two of the released men",
                                   "a cousin of one of the freed hostages"])
def test_kin_of_a_freed_person_named_in_an_aside_is_not_freed(aside):
    got = status("Gunmen released 40 kidnapped pupils and teachers on Sunday.",
                 f"Amina Bello, {aside}, told reporters that the family would move away.")
    assert got["Amina Bello"] != "released"


def test_one_of_the_freed_in_an_aside_is_still_freed():
    got = status("Gunmen released 40 kidnapped pupils and teachers on Sunday.",
                 "Amina Bello, one of the freed teachers, told reporters that she would move away.")
    assert got["Amina Bello"] == "released"


@pytest.mark.parametrize("follow,expected", [
    ("So was Werner Hauck, a retired engineer.", "released"),
    ("Among them was also Werner Hauck, a retired engineer.", "released"),
])
def test_a_group_named_by_among_them_goes_on_to_the_next_sentence(follow, expected):
    got = status("Rebels freed 14 hostages on Monday.", "Hans Ickler was among them.", follow)
    assert got["Hans Ickler"] == "released" and got["Werner Hauck"] == expected


@pytest.mark.parametrize("sentence,name,expected", [
    ("One hostage, Prof. Ramon Tugade of Mindoro State University, remains with the kidnappers.", "Ramon Tugade",
     "held"),
    ("Ana Bloch, 75, had been taken to a city hospital and remained in Ugandan hands.", "Ana Bloch", "held"),
    ("Ana Bloch, 75, is in safe hands, her son said.", "Ana Bloch", "mentioned"),
])
def test_held_by_the_captors_or_in_their_hands(sentence, name, expected):
    assert status("Commandos freed 100 hostages at the airport on Sunday.", sentence)[name] == expected


def test_a_release_days_before_the_event_the_lead_dates_is_another_occasion():
    got = extract_people(["Separatists released seven observers on Saturday.",
                          "A reporter, Simon Okafor, who was seized in April, was freed on April 24 after three days."],
                         published="2014-05-03", event_date="2014-05-03")
    assert got[0]["name"] == "Simon Okafor" and (got[0]["status"], got[0]["scope"]) == ("released", "other_event")


# --- session 8 ----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "The family of Ewan McLeod say he was among the hostages freed today.",
    "The family of a Scottish engineer, Ewan McLeod, 29, from Perthshire, say he was among the hostages freed today.",
    "Ewan McLeod's family said he had been freed.",
])
def test_he_in_what_the_family_says_is_the_person_they_speak_for(sentence):
    assert status("Troops stormed the plant and freed the hostages on Saturday.", sentence)["Ewan McLeod"] == "released"


def test_he_in_what_a_named_speaker_says_is_not_resolved():
    assert status("Troops freed the hostages on Saturday.", "Ewan McLeod said he was delighted.")["Ewan McLeod"] \
        == "mentioned"


def test_a_subject_aside_may_name_a_place():
    assert status("Troops freed the hostages on Saturday.",
                  "Ewan McLeod, 29, from Perthshire, was among the hostages freed today.")["Ewan McLeod"] == "released"


def test_a_lede_freeing_one_unnamed_captive_is_about_the_name_that_opens_the_next_sentence():
    got = status("An Australian man held by militants for 15 months has been freed, officials say.",
                 "Lachlan Reid, 54, a former soldier, was found near the wharf shortly after 1am on Saturday.")
    assert got["Lachlan Reid"] == "released"
    got = status("A British aid worker kidnapped in Somalia has been freed.",
                 "Foreign Secretary Ann Hollis welcomed the news.")
    assert got["Ann Hollis"] == "mentioned"


def test_a_release_recalled_from_last_weekday_with_a_day_first_date_is_another_occasion():
    got = extract_people(["The rebels handed over General Ruiz Mora on Sunday.",
                          "The Government recalls that last Tuesday, 25 November, the soldiers Pablo Rincon and "
                          "Javier Ocampo were also released to a commission."],
                         published="2014-11-30", event_date="2014-11-30")
    assert {p["name"]: p["scope"] for p in got}["Pablo Rincon"] == "other_event"


def test_a_release_by_month_in_a_story_dated_by_weekday_is_another_occasion():
    got = people("An American writer held in Syria was freed Sunday, his family said.",
                 "In June, Danish photographer Anders Holm was released after 13 months.",
                 "Four French journalists were freed in April, among them Luc Favre and Remi Gault.")
    assert {n: (got[n]["status"], got[n]["scope"]) for n in ("Anders Holm", "Luc Favre")} == {
        "Anders Holm": ("released", "other_event"), "Luc Favre": ("released", "other_event")}


def test_he_after_an_earlier_release_stays_with_that_release():
    got = extract_people(["Troops freed the family on Oct. 11.",
                          "In January 2016 Colin Ashdown, a Toronto man seized in 2010, was freed with help from Qatar.",
                          "He returned home quietly and has declined nearly all interviews."], published="2017-10-20")
    assert [(p["name"], p["scope"]) for p in got] == [("Colin Ashdown", "other_event")]


def test_a_pen_name_is_the_same_person():
    got = people("An American writer was freed on Sunday.", "Peter Kell Morrow, 45, was released to peacekeepers.",
                 "Morrow, who has also written under the name Kell Padrig, was kidnapped in 2012.")
    assert "Kell Padrig" not in got and "Kell Padrig" in got["Peter Kell Morrow"]["aliases"] \
        if "Peter Kell Morrow" in got else any("Kell Padrig" in p["aliases"] for p in got.values())


@pytest.mark.parametrize("title,name", [("district Collector", "Alex Varghese"), ("Mawlawi", "Abdul Sattar")])
def test_regional_titles_are_not_part_of_the_name(title, name):
    got = status(f"Rebels released {title} {name} on Thursday evening.")
    assert name in got and got[name] == "released"


def test_had_already_left_prison_that_morning_is_the_same_day_release():
    got = status("Nine leaders were pardoned and released from prison on Wednesday.",
                 "The two women in the group, the former speaker Marta Roig and the former minister Nuria Bas, "
                 "had already left their prisons in the morning.")
    assert got["Marta Roig"] == got["Nuria Bas"] == "released"


@pytest.mark.parametrize("sentence,name", [
    ("Among the first through the gates was Orhan Demirel, a gang leader convicted of ordering killings.", "Orhan Demirel"),
    ("Among the first to walk out were Deniz Aksoy and Ozan Kurtul.", "Ozan Kurtul"),
])
def test_among_the_first_out_are_the_freed(sentence, name):
    assert status("Thousands of prisoners walked free on Thursday under a new law.", sentence)[name] == "released"


def test_walking_out_of_prison_frees_a_person_whose_office_another_sentence_gives():
    got = status("Cameroon freed 55 detainees on Thursday.",
                 "Barrister Ekema Tabe and Dr Ayuk Nfor walked out of Kondengui maximum security prison on Thursday.",
                 "Tabe, the president of the consortium, and Nfor, its secretary general, were arrested in January.")
    assert got["Ekema Tabe"] == got["Ayuk Nfor"] == "released"


def test_a_generation_suffix_stays_on_the_name_and_keeps_the_subject():
    got = people("Hanoi freed 116 American prisoners of war on Monday.",
                 "Lt. Ronald Mears Jr. was the first to step off the plane.")
    assert got["Ronald Mears Jr."]["status"] == "released"


@pytest.mark.parametrize("sentence,name,expected", [
    ("Jon Kell was the last of the hostages to be freed.", "Jon Kell", "released"),
    ("Mary Odell was the first to speak at the rally.", "Mary Odell", "mentioned"),
    ("Specialist Dana Ruiz-Hale was also released.", "Dana Ruiz-Hale", "released"),
])
def test_the_first_or_last_to_be_freed(sentence, name, expected):
    assert status("Rebels freed 40 prisoners of war on Monday.", sentence)[name] == expected


@pytest.mark.parametrize("tail", ["said to our correspondent the chairman of the commission on prisoners Ruslan Aliyev",
                                  "said Ruslan Aliyev, the head of the commission"])
def test_a_list_ends_at_an_inverted_speech_tag(tail):
    got = status("Azerbaijan freed 38 Armenians on Tuesday in a prisoner exchange.",
                 f"Among them are 11 women and Karen Mirzoyan, {tail}.")
    assert got["Karen Mirzoyan"] == "released" and got["Ruslan Aliyev"] == "mentioned"


def test_a_semicolon_list_continues_past_items_with_abbreviated_titles():
    got = released("The President approved the release of the following four detainees: General John Arku (rtd), "
                   "former Chief of Staff; Dr. Ana Kowal; Chief Peter Oduya; Mrs. Tessa Rivers.")
    assert got == {"John Arku", "Ana Kowal", "Peter Oduya", "Tessa Rivers"}


def test_a_numbered_list_of_releasees_after_a_colon():
    from monitor.extract import extract_article
    text = ("The Head of State has ordered the unconditional release of the following detainees:\n\n"
            "1. Dr. Ana Kowal\n2. Chief Peter Oduya\n3. Mr. Tom Rivers\n\n"
            "The release is part of a national reconciliation effort.\n")
    got = {p["name"]: p["status"] for p in extract_article(text)["people"]}
    assert got == {"Ana Kowal": "released", "Peter Oduya": "released", "Tom Rivers": "released"}


@pytest.mark.parametrize("sentence", ["The photographer Lena Rossi was freed in Kandahar province last November.",
                                      "Last November, the photographer Lena Rossi was freed.",
                                      "Lena Rossi was freed last November after 23 days."])
def test_last_and_a_month_dates_another_release(sentence):
    got = _scoped("Kabul released five prisoners on March 19.", sentence, published="2007-04-20")
    assert got["Lena Rossi"] == ("released", "other_event")


def test_an_analysis_a_month_later_dates_its_event_by_the_lead():
    from monitor.extract import extract_article
    text = ("Marco Bellini has been home in Turin for a month now. The reporter, seized by gunmen on March 5 and "
            "freed on March 19, has written about his captivity.\n\n"
            "The authorities released five prisoners on March 19 in return. The five were named by officials as "
            "Omar Latif, a former spokesman; Karim Nasser; and Samir Haddad.\n\n"
            "The photographer Lena Rossi was freed on November 2 after 23 days.\n")
    got = {p["name"]: (p["status"], p["scope"]) for p in extract_article(text, published="2007-04-20")["people"]}
    assert got["Omar Latif"] == got["Samir Haddad"] == ("released", "this_event")
    assert got["Lena Rossi"] == ("released", "other_event")


@pytest.mark.parametrize("lede", [
    "A British lecturer jailed in the Soviet Union has arrived back in London as part of an exchange for two spies.",
    "A Canadian professor held for two years by the militia has been freed."])
def test_a_lede_about_one_unnamed_captive_coming_home_names_them_next(lede):
    got = status(lede, "Tom Avery, 31, landed at Heathrow this afternoon on a flight from Moscow.")
    assert got["Tom Avery"] == "released"


@pytest.mark.parametrize("sentence,expected", [
    ("Jon Arregi and Mikel Urbieta were handed over to the French judicial police.", "mentioned"),
    ("Police arrested Jon Arregi and Mikel Urbieta, who were turned over to prosecutors.", "mentioned"),
    ("Jon Arregi and Mikel Urbieta were handed over to the Red Cross.", "released"),
])
def test_a_handover_to_the_police_is_into_custody(sentence, expected):
    got = status("The kidnappers freed the businessman on Friday.", sentence)
    assert got["Jon Arregi"] == got["Mikel Urbieta"] == expected


def test_a_title_that_is_also_a_surname_ends_a_name_after_a_given_name():
    got = status("Edmund Pope was freed from prison on Thursday.", "His wife, Cheri Pope, flew out with him.",
                 "Pope Francis welcomed the release.", "Former prime minister John Major said nothing.")
    assert got["Edmund Pope"] == "released"
    assert got["Cheri Pope"] == got["John Major"] == "mentioned"
    assert all(v == "mentioned" for k, v in got.items() if "Francis" in k)


def test_still_believed_to_hold_a_group_then_its_names_after_a_colon():
    got = status("The group freed three hostages on Monday.",
                 "It is still believed to hold at least two other Westerners: Kevin Kingsley, an American professor, "
                 "and Tim Weeks, an Australian colleague.")
    assert got == {"Kevin Kingsley": "held", "Tim Weeks": "held"}


@pytest.mark.parametrize("sentence", ["Daniel Reeves and his wife, Ruth, were also freed.",
                                      "Two missionaries, the Rev. Daniel Reeves and his wife, Ruth, were also among "
                                      "those released."])
def test_a_name_and_his_wife_in_apposition_are_both_the_subject(sentence):
    got = status("Hijackers freed 99 passengers.", sentence)
    assert got["Daniel Reeves"] == got["Ruth Reeves"] == "released"


def test_a_speaker_is_not_coordinated_with_the_wife_he_speaks_of():
    got = status("Hijackers freed 99 passengers.", "Tom Hill said his wife, Ruth Hill, was freed.")
    assert got == {"Tom Hill": "mentioned", "Ruth Hill": "released"}


@pytest.mark.parametrize("sentence,scope", [
    ("A third member, Yana Sokol, had her sentence suspended on appeal in October 2012 and was freed from the "
     "courtroom.", "other_event"),
    ("Ivan Petrov was arrested in May 2012 and freed after the amnesty, his lawyer said.", "this_event"),
    ("Oleg Ris had his term cut in October 2012 and was freed on Monday.", "this_event"),
])
def test_a_date_closing_the_first_of_two_predicates_dates_the_release(sentence, scope):
    got = _scoped("Russia freed 40 prisoners on Monday under an amnesty.", sentence, published="2013-12-23")
    name = next(n for n in got if n != "Russia")
    assert got[name] == ("released", scope)


def test_it_came_days_after_introduces_another_release():
    got = _scoped("Russia freed the jailed Maria Alyokhina on Monday under an amnesty.",
                  "It came days after Putin pardoned the tycoon Mikhail Korbut, who was flown to Berlin on December 20.",
                  published="2013-12-23")
    assert got["Mikhail Korbut"] == ("released", "other_event")
    assert got["Maria Alyokhina"] == ("released", "this_event")


@pytest.mark.parametrize("sentence,scope", [
    ("Ollo Huma spent nine months in pretrial detention in 2017 and 2018 before being released on appeal.",
     "other_event"),
    ("Ollo Huma spent nine months in pretrial detention before being released on Wednesday.", "this_event"),
])
def test_a_dated_span_of_custody_dates_the_release_that_ends_it(sentence, scope):
    got = _scoped("Peru freed the jailed Alberto Fujimori on Wednesday.", sentence, published="2023-12-07")
    assert got["Ollo Huma"] == ("released", scope)


def test_an_undated_story_of_today_puts_a_release_dated_by_year_on_another_occasion():
    got = {n: (p["status"], p["scope"]) for n, p in people(
        "Consul General Tom Leon was released unharmed by his kidnappers early today.",
        "In 1971 guerrillas kidnapped the director of airports, Julio Hirsch Alma, and freed him after a ransom was "
        "paid.").items()}
    assert got["Tom Leon"] == ("released", "this_event")
    assert got["Julio Hirsch Alma"] == ("released", "other_event")


@pytest.mark.parametrize("first,expected", [
    ("One of the freed prisoners was identified as Daniel Orte, 29.", "released"),
    ("One of those still held is Daniel Orte, a teacher.", "held"),
])
def test_another_was_names_one_more_member_of_the_same_group(first, expected):
    got = status("The government freed 14 prisoners.", first, "Another was Jose Benito Escob, a union leader.")
    assert got["Daniel Orte"] == got["Jose Benito Escob"] == expected


@pytest.mark.parametrize("sentence,expected", [
    ("The spy Gunter Gulla returns to the GDR in exchange for eight Western agents.", "released"),
    ("This is the second exchange since Donald Trump returned to the White House.", "mentioned"),
])
def test_returning_to_the_country_of_a_swap_not_to_the_seat_of_power(sentence, expected):
    got = status("Bonn freed eight jailed agents in a swap.", sentence)
    assert next(v for k, v in got.items() if k in ("Gunter Gulla", "Donald Trump")) == expected


def test_diplomatic_ranks_are_not_names():
    got = status("Gunmen freed 15 hostages today.",
                 "Among the 15 freed today were the American Consul, Mr Robert Steb, and the Swedish Charge "
                 "d'Affaires, Mr Fredrik Berg, both of whom had been held since Monday.")
    assert got == {"Robert Steb": "released", "Fredrik Berg": "released"}


def test_two_coordinated_modifiers_of_a_group_are_not_people():
    got = status("Saigon handed over 1,200 Viet Cong and North Vietnamese prisoners on Monday.",
                 "Tom Hill and Ann Lee were also freed.")
    assert got == {"Tom Hill": "released", "Ann Lee": "released"}


@pytest.mark.parametrize("aside,expected", [
    ("chairman of the Lorand-Weiss group", "released"),       # a business title: executives are kidnapped
    ("head of a Swiss private bank", "released"),
])
def test_a_business_title_does_not_make_a_captive_an_official(aside, expected):
    got = people(f"Marcel Dupont, 52, {aside}, was released by his kidnappers after 40 days as a hostage.")
    assert got["Marcel Dupont"]["status"] == expected
    assert got["Marcel Dupont"]["role"] is None


def test_a_name_before_group_or_company_is_the_firm_not_a_person():
    got = status("Edgar Lorand, chairman of the Lorand-Weiss group, was released by his kidnappers after 40 days.")
    assert got == {"Edgar Lorand": "released"}


@pytest.mark.parametrize("mother", ["his mother, Mrs Lamai Wongsa", "his mother, Lamai Wongsa"])
def test_a_relative_named_at_the_end_of_an_items_aside_is_not_another_item(mother):
    got = people("Among those freed from the prison was Somchai Wongsa, 28, a student leader, who walked out "
                 f"holding flowers handed to him by {mother}.")
    assert got["Somchai Wongsa"]["status"] == "released"
    assert got["Lamai Wongsa"]["status"] == "mentioned" and got["Lamai Wongsa"]["role"] == "relative"


def test_a_relative_in_an_aside_still_shares_a_release_said_of_the_group():
    got = status("Among the hostages freed were Ohad Tal, 9, who was seized with his mother, Keren Tal, and "
                 "grandmother, Ruti Tal, 78, who were also released.")
    assert got["Ohad Tal"] == got["Keren Tal"] == got["Ruti Tal"] == "released"


@pytest.mark.parametrize("tail", ["only to be seized again in January by plainclothes police",
                                  "only to be re-arrested hours later"])
def test_freed_only_to_be_seized_again_is_held(tail):
    got = status("Beijing let the writer Liu Wen fly to Berlin on Tuesday.",
                 f"The publisher Gui Tan was released from prison in October, {tail}.")
    assert got["Gui Tan"] == "held"


@pytest.mark.parametrize("predicate,expected", [
    ("has been allowed to fly to Germany", "released"),
    ("was finally allowed to leave the country", "released"),
    ("was allowed to leave the room to see her lawyer", "mentioned"),   # a room is no country
])
def test_allowed_to_leave_for_a_country_after_detention_is_a_release(predicate, expected):
    got = status(f"Liu Wen, held under house arrest since 2010, {predicate}.",
                 "Her release came a year after her husband died in prison.")
    assert got["Liu Wen"] == expected


def test_a_one_letter_syllable_closes_a_korean_name():
    got = status("Three men were allowed to leave the country after the swap was agreed.",
                 "They are Hyon Kwang Song, Kim Uk Il and Ri Ji U, also known as James.")
    assert "Ri Ji U" in got and "Ri Ji" not in got


def test_a_passive_after_a_fronted_adverbial_frees_the_names_that_follow_it():
    got = status("Ten detainees left the prison on Saturday under the amnesty.",
                 "On the same day were released general Ivan Makarov, the former minister Pavel Orlov and the "
                 "leader of the Front Oleg Semin.")
    assert got == {"Ivan Makarov": "released", "Pavel Orlov": "released", "Oleg Semin": "released"}


@pytest.mark.parametrize("sentence,expected", [
    ("The first, at about 16.00, through the gate came out the former vice-president Pavel Orlov, who was met "
     "by supporters.", "released"),
    ("Approximately an hour later left the former chairman of the Supreme Council Pavel Orlov, who sat in a car.",
     "released"),
    ("An hour later Pavel Orlov left the building with his lawyer.", "mentioned"),   # an ordinary subject
])
def test_an_exit_told_subject_last_in_a_release_story(sentence, expected):
    got = status("Ten detainees were released from the prison on Saturday.", sentence)
    assert got["Pavel Orlov"] == expected


def test_a_name_after_an_office_of_a_named_body_is_not_the_object_of_its_preposition():
    got = status("The rebels freed the leader of the National Salvation Front Ivan Makarov after 40 days in captivity.")
    assert got == {"Ivan Makarov": "released"}


@pytest.mark.parametrize("sentence,expected", [
    ("From the Magdalena military prison came former Gen. Jorge Vidal and former Adm. Emilio Marra.", "released"),
    ("A few hours later, Jorge Vidal walked out of the prison, where he was greeted by his wife, Ana Vidal.",
     "released"),
])
def test_from_the_prison_came_names_the_freed(sentence, expected):
    got = status("On December 29 and 30, seven men walked out of prison.", sentence)
    assert got["Jorge Vidal"] == expected
    assert got.get("Emilio Marra", expected) == expected
    assert got.get("Ana Vidal", "mentioned") == "mentioned"   # the wife who greets him is no releasee


@pytest.mark.parametrize("sentence,expected", [
    ("Mario Ferro, leader of the Montonero guerrillas, who left the Villa Devoto prison on Sunday, spoke to "
     "reporters.", "released"),
    ("Mario Ferro's mother, Ana Ferro, died in May, two months before her son was freed.", None),
])
def test_a_bare_office_aside_before_who_keeps_its_head_as_subject(sentence, expected):
    got = status("Seven men walked out of prison on Sunday.", sentence)
    if expected:
        assert got["Mario Ferro"] == expected
    assert got.get("Ana Ferro", "mentioned") == "mentioned"


def test_a_surname_that_is_also_a_building_word_is_kept_when_the_context_is_a_person():
    got = people("Her husband, Army Chief Warrant Officer Bobby Hall, walked across the line at Panmunjom on "
                 "Friday, a free man.",
                 "North Korea released the pilot after 13 days in captivity.",
                 '"I\'m OK," Donna Hall said.',
                 "The concert at Carnegie Hall, which seats 2,800, was cancelled.")
    assert got["Bobby Hall"]["status"] == "released"
    assert got["Donna Hall"]["status"] == "mentioned"
    assert "Carnegie Hall" not in got and "Warrant" not in got


@pytest.mark.parametrize("sentence,expected", [
    ("Tom Reyes walked out of the court house on Friday, a free man.", "released"),
    ("Finland's foreign minister, Erik Lahti, has confirmed that the two Finns are free.", "mentioned"),
])
def test_a_free_man_closing_the_clause_is_said_of_its_subject(sentence, expected):
    got = status("The hostages were released after 13 days in captivity.", sentence)
    assert next(iter(got.values())) == expected


def test_a_hometown_aside_does_not_hide_the_subject_of_first_to_step_off():
    got = status("The 24 crew members held for 11 days were released and flown to Guam.",
                 "The mission commander, Navy Lt. Shane Osborn, 26, of Norfolk, Nebraska, was the first to step onto "
                 "the tarmac.")
    assert got["Shane Osborn"] == "released"
    assert "Norfolk" not in got


def test_an_undated_weekday_story_puts_a_release_dated_by_a_bare_year_on_another_occasion():
    got = {n: (p["status"], p["scope"]) for n, p in people(
        "Four nationalists walked out of federal prisons Monday, four days after the president commuted their "
        "sentences.",
        "The fourth member of the group, Andres Ferro Cortes, was released in 1977 because he was dying.").items()}
    assert got["Andres Ferro Cortes"] == ("released", "other_event")


def test_leaving_the_penitentiary_is_an_exit_and_a_double_surname_may_open_a_sentence():
    got = status("Four nationalists walked out of federal prisons Monday.",
                 "Rafael Cantel Mirano left the penitentiary at Marion, Ill., and Irvin Flo was freed from "
                 "Leavenworth, Kan.",
                 "Lebro, Cantel Mirano and Flo had opened fire from the gallery in 1954.")
    assert got["Rafael Cantel Mirano"] == "released" and "Cantel Mirano" not in got


@pytest.mark.parametrize("middle", ["kept for eleven years in isolation", 'kept for eleven years as "hostages", in '
                                    "conditions this group has denounced as torture"])
def test_a_colon_spells_out_a_head_noun_with_a_relative_clause(middle):
    got = status("On Friday 62 prisoners were released from the prison.",
                 f"Among them are the eight leaders of the movement whom the armed forces {middle}: Raul Sendero, "
                 "Jose Mujo and Henry Engel.")
    assert got == {"Raul Sendero": "released", "Jose Mujo": "released", "Henry Engel": "released"}


@pytest.mark.parametrize("sentence,name", [
    ("Italian commandos stormed the flat on Thursday and freed Brig. Gen. James Dozer, ending 42 days of captivity.",
     "James Dozer"),
    ("The kidnapping of Jan Philipp Reemer ended after 33 days when he was released.", "Jan Philipp Reemer"),
])
def test_rank_abbreviations_and_an_abbreviated_month_as_given_name(sentence, name):
    got = status(sentence)
    assert got == {name: "released"}


def test_plural_acronyms_and_ship_ratings_are_not_names():
    got = status("The detainees were released on Saturday.",
                 "Also released were the two outspoken MPs whose arrest had shocked the country: Martin Shiko, a "
                 "lawyer, and Jean Serony, the deputy speaker.",
                 '"They wanted to break us," Communications Technician Stu Russo said.')
    assert got["Martin Shiko"] == got["Jean Serony"] == "released"
    assert "MPs" not in got and got.get("Stu Russo") == "mentioned"


def test_the_first_of_a_long_group_to_cross_is_freed():
    got = status("North Korea released the crew of the ship on Monday after 11 months in captivity.",
                 "Cmdr. Lloyd Butcher was the first of the 82 surviving crew members of the USS Pueblo to cross what "
                 "would become known as the Bridge of No Return.")
    assert got == {"Lloyd Butcher": "released"}


@pytest.mark.parametrize("sentence,name,expected", [
    ("Her colleague, the stewardess Hanna Pieg, and the purser were also among those freed.", "Hanna Pieg",
     "released"),
    ("Co-pilot Jurgen Vieto then flew the machine on to Mogadishu alone.", "Jurgen Vieto", "mentioned"),
])
def test_aircrew_by_office_before_and_after_a_name(sentence, name, expected):
    got = status("The hostages were freed in the raid.", sentence)
    assert got == {name: expected}


@pytest.mark.parametrize("sentence,expected", [
    ("The Rev. Luke Amsel, 59, of Erie, Pa., and Dana Pruitt, 24, of Akron, Ohio, were released at the border.",
     "released"),
    ("Luke Amsel, 59, of Erie, Pa., and Dana Pruitt, 24, of Akron, Ohio, remain in captivity.", "held"),
])
def test_both_conjuncts_of_a_subject_split_by_age_and_hometown_asides(sentence, expected):
    got = status("The guerrillas freed two Americans after 40 days in captivity.", sentence)
    assert got["Luke Amsel"] == expected and got["Dana Pruitt"] == expected
    assert "Erie" not in got and "Akron" not in got


@pytest.mark.parametrize("named,later", [
    ("Gunmen kidnapped Ulf Brandt and Jens Kolbe, two German engineers, in March near the pipeline.",
     "On Friday the two Germans were set free and flown to Berlin."),
    ("Ulf Brandt, a German engineer, and Jens Kolbe, his colleague, were abducted in March.",
     "Both men were released on Friday after months in captivity."),
    ("Ulf Brandt, a German engineer, and Jens Kolbe, his colleague, were abducted in March.",
     "Later, the two engineers were released after months in captivity."),
])
def test_a_plural_subject_after_a_time_phrase_or_an_aside_list_stands_for_the_named_pair(named, later):
    got = status(named, later)
    assert got["Ulf Brandt"] == "released" and got["Jens Kolbe"] == "released"


def test_a_plural_noun_the_naming_sentence_never_used_names_nobody():
    got = status("Gunmen kidnapped Ulf Brandt and Jens Kolbe, two engineers, in March near the pipeline.",
                 "On Friday the two Germans were set free and flown to Berlin.")
    assert got["Ulf Brandt"] != "released" and got["Jens Kolbe"] != "released"


def test_a_capitalised_do_next_to_a_name_ends_a_vietnamese_name():
    got = status("The government freed 3,000 prisoners in an amnesty on Wednesday.",
                 "Two monks of the banned church, Thich Minh Do and Thich Van Tri, were also released.")
    assert got.get("Thich Minh Do") == "released" and got.get("Thich Van Tri") == "released"


def test_the_last_n_were_lists_the_group_a_previous_sentence_freed_even_behind_a_descriptor():
    got = status("The kidnappers freed their last four hostages on Tuesday.",
                 "The last four were the ship's master, Mr Olaf Brenner, his chief engineer, Mr Piet Akkerman, "
                 "and two deckhands.")
    assert got["Olaf Brenner"] == "released" and got["Piet Akkerman"] == "released"


def test_the_last_n_were_without_a_group_the_story_counted_frees_nobody():
    got = status("The kidnappers met the envoys on Tuesday.",
                 "The last four were the ship's master, Mr Olaf Brenner, his chief engineer, Mr Piet Akkerman, "
                 "and two deckhands.")
    assert got["Olaf Brenner"] != "released" and got["Piet Akkerman"] != "released"


@pytest.mark.parametrize("sentence", [
    "JAKARTA: Tomas Ribeiro walked out of Cipinang prison at 2.15 yesterday afternoon after seven years.",
    "BEIRUT: Karim Haddad, the only militia leader jailed for crimes of the civil war, walked free on Tuesday "
    "after 11 years.",
])
def test_a_dateline_before_a_sentence_credits_no_one(sentence):
    got = people("The prisoner was released under an amnesty law.", sentence)
    person = next(iter(got.values()))
    assert person["role"] != "credit" and person["status"] == "released"


def test_an_agency_colon_before_a_bare_name_is_still_a_credit():
    got = people("The prisoners were freed on Thursday.", "Freed prisoners leave the jail. REUTERS: Tomas Ribeiro")
    assert got["Tomas Ribeiro"]["role"] == "credit"


def test_a_korean_surname_that_is_also_an_institution_word_after_a_title():
    got = status("A year-end amnesty covered 3,094 people.",
                 "Former President Park Min-seo was released from custody at midnight as the pardon took effect.")
    assert got.get("Park Min-seo") == "released"
    assert "Central Park" not in status("The hostages were freed in Central Park Zoo on Friday.")


def test_a_where_clause_after_the_freed_ends_their_list():
    got = status("Guerrillas yesterday freed army colonel Ramon Dizon and Luis Abad, ending 40 days in rebel hands, "
                 "in a clearing where mediators and the pastor Tom Hale waited for hours.")
    assert got["Ramon Dizon"] == "released" and got["Luis Abad"] == "released"
    assert got["Tom Hale"] != "released"


def test_a_group_with_an_aside_identified_as_a_list_names_the_freed():
    got = status("Four American hostages held aboard the airliner were freed unharmed on Thursday night.",
                 "The Americans, all employees of a fruit company, were identified as Charles Whitby, 46, of "
                 "New Orleans; Robert Dane, 39; and Lee Fraser, 33.")
    assert {got.get(n) for n in ("Charles Whitby", "Robert Dane", "Lee Fraser")} == {"released"}


def test_a_known_given_name_before_a_double_surname_stays_in_the_name():
    got = people("The government released four guerrillas, including the rebel leader Carlos Fonseca Amador.",
                 "Besides Fonseca Amador, the freed guerrillas were Hector Ruiz and Julio Roque.",
                 "The president had refused to hand Fonseca over for trial.")
    assert "Carlos Fonseca Amador" in got and "Fonseca Amador" not in got


def test_a_place_after_a_preposition_before_the_colon_does_not_stop_the_colon_list():
    got = status("In return, the government released 21 prisoners.",
                 "Among them were three students from Heidelberg who had been arrested in 1961: Karl Amsel, "
                 "Peter Sonnberg and Uwe Falter.")
    assert {got.get(n) for n in ("Karl Amsel", "Peter Sonnberg", "Uwe Falter")} == {"released"}
    assert got.get("Heidelberg") != "released"


def test_a_conjunct_before_an_aside_keeps_its_place_when_a_rank_opens_the_next():
    got = status("The gunmen released the last two hostages.",
                 "Officials said that Major General Aram Vartanyan, a deputy chief of the national police, and "
                 "Colonel Levon Osyan, a deputy chief of the city police, had been freed.")
    assert got["Aram Vartanyan"] == "released" and got["Levon Osyan"] == "released"


def test_the_freed_men_were_nouns_then_a_list_of_hometowned_names_for_one_noun():
    got = status("Seven kidnapped oil workers held hostage for months were released on Thursday.",
                 "The freed men were four Americans, an Argentine and a Chilean.",
                 "Besides Derry, the Americans are Jason Webber of Casper, Wyo., David Bradford of Pecos, Texas, "
                 "and Jerry Scotter of Houston.")
    assert {got.get(n) for n in ("Jason Webber", "David Bradford", "Jerry Scotter")} == {"released"}
    assert got.get("Casper") != "released" and got.get("Houston") != "released"


def test_a_hometown_between_list_items_keeps_the_list_whole():
    got = status("Gunmen freed three American engineers on Monday after two months in captivity: Jason Webber of "
                 "Casper, Wyo., David Bradford of Pecos, Texas, and Jerry Scotter of Houston.")
    assert {got.get(n) for n in ("Jason Webber", "David Bradford", "Jerry Scotter")} == {"released"}


def test_a_quoted_name_that_trails_off_is_no_quotation_that_cuts_the_aside():
    got = status('Lucia Ferri and Anna Conti, the two volunteers of the charity "Un ponte per..." kidnapped in '
                 'Baghdad on 7 September, were released yesterday afternoon.')
    assert got["Lucia Ferri"] == "released" and got["Anna Conti"] == "released"


@pytest.mark.parametrize("sentence, name", [
    ("Presenter Ann Cole was freed with the rest of the studio crew.", "Ann Cole"),
    ("Anchorwoman Lisa Dunn was freed with the rest of the studio crew.", "Lisa Dunn"),
    ("Correspondent Mark Ellery was freed with the rest of the studio crew.", "Mark Ellery"),
])
def test_a_broadcaster_s_job_before_the_name_is_no_part_of_it(sentence, name):
    assert name in released(sentence)


@pytest.mark.parametrize("sentence", [
    "Among those released were the three survivors of the Kessel massacre: Ana Berg, Luis Camps and Rita Haidar.",
    "The amnesty freed the four leaders of the Oruro strike: Ana Berg, Luis Camps, Pedro Sanz and Rita Haidar.",
])
def test_a_name_qualifying_the_head_before_a_colon_list_does_not_hide_the_first_item(sentence):
    assert {"Ana Berg", "Luis Camps", "Rita Haidar"} <= released(sentence)


def test_her_release_in_a_sentence_opening_on_her_relative_is_not_the_relatives():
    got = people("Police freed Lena Ortiz on Wednesday.",
                 "Her husband, Marco Ortiz, in a video message recorded before her release, had appealed for help.",
                 "Her son, Tomas Ortiz, after his release from a separate jail, thanked the judges.")
    assert got["Marco Ortiz"]["status"] != "released"
    assert got["Tomas Ortiz"]["status"] == "released"


def test_asia_is_a_given_name_as_well_as_a_continent():
    got = people("Pakistan freed Asia Bibi on Wednesday.", "The Asia Pacific summit opened in Manila.")
    assert got["Asia Bibi"]["status"] == "released"
    assert not any("Pacific" in n for n in got)


@pytest.mark.parametrize("sentence", [
    "Among those the opposition wants freed is Karim Nasser, a party leader held since 2015.",
    "Those the rebels want released include Karim Nasser and two of his aides.",
])
def test_a_wish_with_a_bare_participle_frees_no_one(sentence):
    assert people(sentence)["Karim Nasser"]["status"] != "released"


def test_a_bare_given_name_is_its_owner_not_a_respelt_surname_of_someone_else():
    got = people("Rebels freed the Italian Rossana Urbani and two Spanish aid workers they had held hostage.",
                 "Her colleague's mother, Margarita Rossano, received the news in Palma.",
                 '"Rossana is free, it is a wonderful day," he wrote.')
    assert got["Margarita Rossano"]["status"] != "released"
    assert got["Rossana Urbani"]["status"] == "released"


def test_bulleted_items_after_a_colon_intro_take_its_status():
    text = ("Eleven prisoners were freed on Wednesday. Those released include:\n\n"
            "- Dara Karimi, a lawyer who defended activists facing execution. She had served three years;\n"
            "- Omid Farsi, a former deputy minister arrested after the 2009 election;\n"
            "- Leila Sadri, a member of the banned teachers' union.\n\n"
            "The names of the others were not announced.\n\n"
            "Among those who remain imprisoned are:\n\n"
            "- Navid Kaveh, a student leader serving nine years;\n"
            "- Sima Rostami, a labour activist.\n\n"
            "Those who will be released next week include:\n\n- Kian Abedi, a blogger.\n")
    got = {p["name"]: p["status"] for p in extract_people(split_sentences(clean_text(text)))}
    assert {n: got.get(n) for n in ("Dara Karimi", "Omid Farsi", "Leila Sadri")} == dict.fromkeys(
        ("Dara Karimi", "Omid Farsi", "Leila Sadri"), "released")
    assert got["Navid Kaveh"] == got["Sima Rostami"] == "held"
    assert got.get("Kian Abedi") != "released"



def test_a_fronted_among_intro_and_a_titled_item_keep_a_bulleted_list_held():
    # a past sentence in the item's aside must not make the item a freed captive either
    text = ("The writer Omar Tahan walked out of prison on Friday after a pardon.\n\n"
            "Among those who remain imprisoned:\n\n"
            "- Salma Idris, a blogger, sentenced in 2021 to five years for spreading false news.\n"
            "- Former newspaper editor Karim Fawzi, detained on Sunday after a complaint by a minister.\n")
    got = {p["name"]: p["status"] for p in extract_article(text)["people"]}
    assert got["Omar Tahan"] == "released"
    assert got["Salma Idris"] == got["Karim Fawzi"] == "held"

@pytest.mark.parametrize("sentence, scope", [
    ("Among the fighters released was Colonel Adel Haddad, a commander captured near the palace last spring.",
     "this_event"),
    ("Adel Haddad, who was abducted in March, was freed last year.", "other_event"),
])
def test_a_date_phrase_after_a_capture_dates_the_capture_not_the_release(sentence, scope):
    got = people(sentence)["Adel Haddad"]
    assert (got["status"], got["scope"]) == ("released", scope)


@pytest.mark.parametrize("sentence, names", [
    ("Photo: The freed aid workers Dana Cole (left) and Hanna Merz shortly after their arrival in Islamabad.",
     {"Dana Cole", "Hanna Merz"}),
    ("The freed fishermen Ali Baba and Omar Said were met by their families.", {"Ali Baba", "Omar Said"}),
])
def test_a_plural_captive_head_after_freed_frees_every_name_it_lists(sentence, names):
    assert names <= released(sentence)


def test_a_plural_head_does_not_free_a_relative_beside_the_names():
    got = people("The freed hostages Dana Cole and Hanna Merz thanked Cole's father, Peter Cole.")
    assert got["Peter Cole"]["status"] != "released"


def test_a_list_introduced_by_those_who_walked_out_of_a_prison():
    got = people("Among those who walked out of Kessel were the writer Teresa Lopes, who had been arrested in 1973 "
                 "for distributing leaflets, and Hermin Inacio, the leader of an armed group.")
    assert got["Teresa Lopes"]["status"] == got["Hermin Inacio"]["status"] == "released"


def test_those_who_walked_out_of_talks_are_not_freed():
    got = people("Among those who walked out of the talks were the delegates Teresa Lopes and Hermin Inacio.")
    assert got["Teresa Lopes"]["status"] != "released"


def test_freed_in_this_event_and_arrested_again_later_is_still_one_of_the_freed():
    got = people("The government freed 26 political detainees on Monday.",
                 "The young politician Koigi Wamwe, detained in 1975, walked free, as did George Anyo, the MP "
                 "detained in 1977.",
                 "Koigi Wamwe was re-detained, as was George Anyo.")
    assert got["Koigi Wamwe"]["status"] == got["George Anyo"]["status"] == "released"


def test_arrested_again_and_in_custody_now_is_held():
    got = people("Also in custody is journalist Roland Carro, who was arrested again on 2 August.",
                 "Carro was freed on Monday with four others.")
    assert got["Roland Carro"]["status"] == "held"


@pytest.mark.parametrize("sentence", [
    "On Thursday, the businessman Elan Tanner, a reserve colonel, was freed.",
    "In return, the businessman Elan Tanner, who had been held since October 2000, came free.",
])
def test_a_leading_adverbial_s_comma_opens_no_aside_over_the_subject(sentence):
    assert "Elan Tanner" in released(sentence)


@pytest.mark.parametrize("sentence, scope", [
    ("The nine soldiers were freed unharmed on Thursday night after Ovid Guzan had been released, he said.",
     "this_event"),
    ("Hamas had released Ovid Guzan two weeks before the talks began.", "other_event"),
])
def test_a_pluperfect_release_in_an_after_clause_of_a_release_is_the_same_occasion(sentence, scope):
    got = people(sentence)["Ovid Guzan"]
    assert (got["status"], got["scope"]) == ("released", scope)


@pytest.mark.parametrize("sentence", [
    "Gunmen on Monday freed 15 hostages, including Security Minister Darius Vantor, officials said.",
    "Gunmen on Monday freed the last eight of 15 hostages they had held for two weeks, including four observers "
    "and Security Minister Darius Vantor, officials said.",
    "Gunmen on Monday released 15 hostages, among them Security Minister Darius Vantor.",
])
def test_a_list_after_the_verb_s_own_captive_object_names_freed_members_offices_and_all(sentence):
    got = people(sentence)["Darius Vantor"]
    assert (got["status"], got["scope"]) == ("released", "this_event")


@pytest.mark.parametrize("sentence", [
    "Gunmen freed six hostages, officials, among them Security Minister Darius Vantor, said.",
    "The army freed 15 hostages, including the son of Governor Darius Vantor.",
    "Rebels freed 15 hostages, including two aides of Minister Darius Vantor, who negotiated the deal.",
])
def test_an_official_after_another_host_or_as_a_relation_is_not_freed(sentence):
    assert people(sentence)["Darius Vantor"]["status"] != "released"


@pytest.mark.parametrize("sentence", [
    "Ines Varga was freed on Monday and Tomas Brill on Tuesday.",
    "Ines Varga, a nurse, was released from Rennes women's prison, and the doctor Tomas Brill from Fleury-Merogis.",
])
def test_a_second_conjunct_with_the_release_verb_gapped_shares_it(sentence):
    assert {"Ines Varga", "Tomas Brill"} <= released(sentence)


@pytest.mark.parametrize("sentence", [
    "Ines Varga was freed on Monday and Tomas Brill on Tuesday said the deal was fair.",
    "Ines Varga was freed on Monday and Tomas Brill was arrested on Tuesday.",
])
def test_a_second_conjunct_with_its_own_verb_is_no_gapped_release(sentence):
    assert "Tomas Brill" not in released(sentence)


def test_a_weekday_lede_after_page_heads_and_a_byline_dates_the_story():
    # no dateline: the lede's weekday makes a bare month another occasion, though four head lines come first
    got = people("NEWS ARCHIVE", "Rebels free 500 prisoners; hundreds still held", "By ANA KORVAL",
                 "Staff Writer", "The rebels freed 500 prisoners Thursday under Red Cross supervision.",
                 "In December, the rebels freed two pilots, Frode Hallin and Jens Amari, who had been held for months.")
    assert got["Frode Hallin"]["scope"] == got["Jens Amari"]["scope"] == "other_event"


@pytest.mark.parametrize("sentence", [
    "Kamran Delawar was recovered in a raid by Afghan and US forces on Tuesday, officials said.",
    "Kamran Delawar was recovered alive on Tuesday, three years after his abduction.",
    "Kamran Delawar was recovered by security forces in the hills on Tuesday.",
])
def test_a_person_recovered_in_a_raid_or_alive_is_rescued(sentence):
    assert "Kamran Delawar" in released(sentence)


@pytest.mark.parametrize("sentence", [
    "The body of Kamran Delawar was recovered by police on Tuesday.",
    "Kamran Delawar recovered from his wounds in a military hospital.",
])
def test_a_body_recovered_or_a_patient_recovering_is_no_rescue(sentence):
    assert "Kamran Delawar" not in released(sentence)


def test_a_lede_whose_verb_frees_one_unnamed_captive_is_about_the_name_that_opens_the_next_sentence():
    got = status("U.S. special forces rescued an American citizen held hostage in the north in an overnight raid.",
                 "Corin Walby, 27, was abducted on Tuesday from his family's farm by armed men.")
    assert got["Corin Walby"] == "released"


def test_a_lede_freeing_one_captive_and_others_picks_no_name():
    got = status("Troops rescued an American citizen and two local guides in an overnight raid.",
                 "Corin Walby, 27, a farmer from the village, heard the gunfire.")
    assert got["Corin Walby"] != "released"


def test_a_refusal_to_free_unless_a_condition_is_met_does_not_outrank_the_release():
    got = people("Dorian Welles, 61, was released into the foreign secretary's custody this afternoon.",
                 "The president had said he would not release Mr Welles unless the foreign secretary came in person.")
    assert got["Dorian Welles"]["status"] == "released"


def test_a_plain_refusal_to_free_keeps_the_person_held():
    got = people("The president said he would not release Dorian Welles.")
    assert got["Dorian Welles"]["status"] == "held"


def test_a_list_after_hostages_walking_out_of_a_siege_names_freed_people():
    got = people("The last 38 hostages, seven of them embassy staff, walked out into the sunshine after 1pm.",
                 "Among them were the first secretary, U Tin Maw, and a German backpacker, Helga Brenner.")
    assert got["Tin Maw"]["status"] == got["Helga Brenner"]["status"] == "released"


@pytest.mark.parametrize("sentence", [
    "The last 24 hostages, including Captain Ivor Hatchley and his crew, were freed on Monday.",
    "The last 24 hostages, including Ivor Hatchley and two stewards, were freed on Monday.",
])
def test_a_subject_aside_list_ending_on_an_unnamed_item_is_freed_with_its_host(sentence):
    assert "Ivor Hatchley" in released(sentence)


@pytest.mark.parametrize("lede", [
    "The hijackers freed nine women and children on the first morning.",
    "On the first morning the hijackers let nine women and children leave the aircraft.",
])
def test_one_of_a_group_an_earlier_cue_freed_is_freed(lede):
    assert people(lede, "Anya Mehrotra was one of the children, then aged six.")["Anya Mehrotra"]["status"] == "released"


def test_one_of_another_group_is_not_freed_with_it():
    got = people("The hijackers freed nine women and children on the first morning.",
                 "Anya Mehrotra was one of the negotiators.")
    assert got["Anya Mehrotra"]["status"] != "released"


def test_a_plural_rank_abbreviation_is_a_title_and_ends_no_sentence():
    got = people("Among those returned was Flight Lt. Dev Parikh.",
                 "The two others, Flight Lts. R. K. Gujral and Hari Sinha, crossed with him.")
    assert {"R. K. Gujral", "Hari Sinha"} <= set(got)
    assert got["R. K. Gujral"]["status"] == got["Hari Sinha"]["status"] == "released"


def test_moving_with_someone_the_previous_sentence_kept_is_no_release():
    got = people("Dev Parikh remained in the camp.", "Hari Sinha crossed with him.")
    assert got["Hari Sinha"]["status"] != "released"


def test_among_the_first_of_a_named_group_across_is_freed():
    got = people("The two countries exchanged 540 and 616 prisoners of war at the border.",
                 "Crowds of relatives waited at the gate from dawn.",
                 "Among the first Pakistanis across was Maj. Anwar Salim, who lost a leg in the fighting.")
    assert got["Anwar Salim"]["status"] == "released"


def test_a_release_timed_by_a_capture_is_another_occasion():
    got = people("Pirates freed the writer Malik Moor on Tuesday.",
                 "Moor's translator, Isak Warsan, who was in the car when the gunmen struck, was let go the same evening.",
                 "Moor was kidnapped four days before Navy SEALs rescued the aid worker Jessa Bucan in a night raid.")
    assert (got["Malik Moor"]["status"], got["Malik Moor"]["scope"]) == ("released", "this_event")
    assert got["Isak Warsan"]["scope"] == got["Jessa Bucan"]["scope"] == "other_event"


def test_a_release_the_same_day_as_the_story_s_release_is_the_same_occasion():
    got = people("Pirates freed the writer Malik Moor on Tuesday.", "His translator, Isak Warsan, was let go the same day.")
    assert (got["Isak Warsan"]["status"], got["Isak Warsan"]["scope"]) == ("released", "this_event")


def test_a_participle_aside_on_an_item_of_an_earlier_release_list_keeps_the_list_s_date():
    got = people("Israel freed 51 Lebanese prisoners on Wednesday.",
                 "Two Westerners were freed last month: the journalist Jon McArdle, released after more than five "
                 "years, and the salesman Ed Tracey, held for almost five years.")
    assert got["Jon McArdle"]["scope"] == got["Ed Tracey"]["scope"] == "other_event"


@pytest.mark.parametrize("sentence, scope", [
    ("In October, the cyclist Lenz Moterlo, arrested in June, was acquitted and freed.", "other_event"),
    ("In November, the cyclist Lenz Moterlo, arrested in June, was acquitted and freed.", "this_event"),
])
def test_a_month_wholly_before_the_event_s_month_is_another_occasion(sentence, scope):
    got = extract_people(["Iran released the teacher Cara Kolle on Tuesday.", sentence],
                         published="2025-11-06", event_date="2025-11-04")
    assert {p["name"]: p["scope"] for p in got}["Lenz Moterlo"] == scope


@pytest.mark.parametrize("sentence", [
    "Iran released the last two French nationals, the teacher Cara Kolle and her partner, Jacques Parot.",
    "Iran released the last two French nationals, the teacher Cara Kolle, 41, and her partner, Jacques Parot, 72.",
])
def test_an_appositive_list_whose_second_item_is_a_relation_is_a_list_not_an_aside(sentence):
    assert {"Cara Kolle", "Jacques Parot"} <= released(sentence)


@pytest.mark.parametrize("sentence, scope", [
    ("In November 1977 a new government freed Rohan Wijesena and the last of the insurgents.", "this_event"),
    ("In March 1975 the government freed Rohan Wijesena and two others.", "other_event"),
])
def test_a_retrospective_dates_its_event_by_the_event_s_own_month(sentence, scope):
    got = extract_people([sentence, "On the morning of November 2, 1977, the last prisoners walked out of the gates."],
                         published="2017-11-05", event_date="1977-11-02")
    assert {p["name"]: (p["status"], p["scope"]) for p in got}["Rohan Wijesena"] == ("released", scope)


@pytest.mark.parametrize("sentence", [
    "Xan Gusmar left the guarded bungalow at 2.15 yesterday afternoon, a free man for the first time since November 1992.",
    "Yoko Satomi was among the last group.",
    "Yoko Satomi was among the first batch to be freed.",
])
def test_a_free_man_for_the_first_time_and_the_last_group_are_freed(sentence):
    assert "Yoko Satomi" in released(sentence) or "Xan Gusmar" in released(sentence)


def test_the_first_group_moved_to_a_prison_is_not_freed():
    assert "Yoko Satomi" not in released("Yoko Satomi was among the first group of detainees transferred to the prison.")


def test_among_them_after_a_freed_group_names_members_offices_and_all():
    got = people("Israel freed 120 prisoners on Monday.",
                 "Among them were the militia leader Mustafa Darani and the cleric Sheikh Abdel Karim Obaid.")
    assert got["Mustafa Darani"]["status"] == got["Abdel Karim Obaid"]["status"] == "released"


def test_they_were_driven_where_a_minister_waited_does_not_free_the_minister():
    got = people("The rebels freed 14 European hostages on Monday.",
                 "They were flown to Cologne, where relatives, the foreign minister Jonas Fisher and reporters waited.")
    assert got["Jonas Fisher"]["status"] != "released"


def test_captors_who_let_her_go_free_the_possessor():
    got = people("Rebels freed three hostages this week.", "Ana Lopera's captors let her go on Friday.")
    assert got["Ana Lopera"]["status"] == "released"


@pytest.mark.parametrize("sentence", ["Ana Lopera and Juan Pereda were given presidential pardons.",
                                      "Ana Lopera was given a pardon on Friday."])
def test_given_a_pardon_is_granted_one(sentence):
    assert "Ana Lopera" in released(sentence)


def test_given_a_sentence_is_no_release():
    assert "Ana Lopera" not in released("Ana Lopera was given a 10-year sentence.")


@pytest.mark.parametrize("sentence", [
    "Walt Cizek, 59, of Shenandoah, and Marv Makin, 24, of Ashtabula, were released in Moscow.",
    "The State Department said the Rev. Walt Cizek, 59, of Shenandoah, Pa., and Marv Makin, 24, of Ashtabula, "
    "Ohio, were released in Moscow and were flying to New York.",
])
def test_ages_and_hometowns_inside_a_coordinated_subject_keep_the_list(sentence):
    assert {"Walt Cizek", "Marv Makin"} <= released(sentence)


@pytest.mark.parametrize("text", [
    "Among those posthumously pardoned is General Rami Osei, the poet who was executed in 1986 after a coup trial.",
    "The council freed 27 inmates and also posthumously pardoned Rami Osei.",
    "Twelve prisoners were released. Rami Osei was posthumously pardoned on Tuesday.",
    "The activist Rami Osei, who was hanged in 1995, and eight others were pardoned by the president.",
])
def test_a_person_executed_or_pardoned_posthumously_is_not_freed(text):
    assert people(*split_sentences(text))["Rami Osei"]["status"] != "released"


@pytest.mark.parametrize("text", [
    "Rami Osei, who was later killed in a car crash, was among those freed in 1990.",
    "Rami Osei, who died in 2013, was freed from prison on Tuesday.",
])
def test_a_death_after_the_release_leaves_the_release(text):
    assert people(*split_sentences(text))["Rami Osei"]["status"] == "released"


@pytest.mark.parametrize("sentence", [
    "Former senators Amaka Obi of Enugu State and Tunde Bello of Kwara State regained their freedom on Monday.",
    "Amaka Obi of Enugu and Tunde Bello of Kwara were released from prison on Monday.",
])
def test_a_hometown_without_commas_keeps_a_coordinated_subject(sentence):
    got = people(sentence)
    assert got["Amaka Obi"]["status"] == got["Tunde Bello"]["status"] == "released"
    assert not any(name.startswith(("Enugu", "Kwara")) and name.endswith("Bello") for name in got)


def test_speakers_with_hometowns_are_not_the_freed():
    got = people("Amaka Obi of Enugu State and Tunde Bello of Kwara State said the prisoners regained their freedom.")
    assert "released" not in (got["Amaka Obi"]["status"], got["Tunde Bello"]["status"])


@pytest.mark.parametrize("sentence", [
    "Dan Amir walked across the frontier at 11:20 a.m., looking pale but smiling.",
    "Minutes later Dan Amir stepped over the white line painted on the bridge.",
])
def test_walking_across_a_frontier_in_a_swap_is_a_release(sentence):
    got = people("The two sides swapped prisoners at the border crossing on Friday.", sentence)
    assert got["Dan Amir"]["status"] == "released"


def test_walking_across_to_greet_the_freed_is_no_release():
    got = people("The two sides swapped prisoners at the border crossing on Friday.",
                 "Dan Amir walked across the bridge to greet the freed men.")
    assert got["Dan Amir"]["status"] != "released"


def test_a_crew_held_aboard_is_freed_by_coming_ashore_or_leaving_the_ship():
    got = people("Iran released the tanker's 16 remaining crew members on Friday.",
                 "Among those who came ashore on Saturday was the ship's master, Captain Ravi Menon, from Kerala.",
                 "Chief engineer Joseph Kurian, from Kochi, and a Russian electrician, Oleg Sidorov, also left the ship "
                 "together.")
    assert {n: got[n]["status"] for n in ("Ravi Menon", "Joseph Kurian", "Oleg Sidorov")} == dict.fromkeys(
        ("Ravi Menon", "Joseph Kurian", "Oleg Sidorov"), "released")


def test_leaving_a_ship_is_not_leaving_a_port_or_an_office():
    got = people("Iran released the tanker's crew on Friday.",
                 "The shipping minister Joseph Kurian left the port office at noon.")
    assert got["Joseph Kurian"]["status"] != "released"


@pytest.mark.parametrize("sentence", [
    "Omar Haddad and a British engineer, Tom Reese, were freed on Sunday.",
    "Omar Haddad, from Tripoli, and Tom Reese were freed on Sunday.",
    "Omar Haddad, from Tripoli, and a British engineer, Tom Reese, were freed on Sunday.",
])
def test_a_conjunct_named_after_its_noun_or_a_hometown_stays_in_the_list(sentence):
    got = people(sentence)
    assert got["Omar Haddad"]["status"] == got["Tom Reese"]["status"] == "released"
    assert "Tripoli" not in got or got["Tripoli"]["status"] != "released"


def test_a_conjunct_named_after_its_noun_can_be_a_speaker_pair():
    got = people("Omar Haddad and a British diplomat, Tom Reese, said the crew had been freed.")
    assert got["Omar Haddad"]["status"] != "released" and got["Tom Reese"]["status"] != "released"


@pytest.mark.parametrize("opener", ["One", "Another"])
def test_a_bare_one_or_another_names_one_of_the_group_just_freed(opener):
    got = people("Rebels freed 200 captives on Sunday.",
                 "State television named several of the freed captives and broadcast interviews with them.",
                 f"{opener}, Ali Hassan, a worker at the cement plant, said he had been held for four years.")
    assert got["Ali Hassan"]["status"] == "released"


def test_a_bare_one_after_relatives_is_a_relative_not_a_captive():
    got = people("Rebels freed 200 captives on Sunday.",
                 "Relatives of the captives gathered at the crossing with their families.",
                 "One, Ali Hassan, said he had waited four years.")
    assert got["Ali Hassan"]["status"] != "released"


@pytest.mark.parametrize("sentence", [
    "Diplomats said the prisoners freed at the prison known as Abu Salim included army officers and students.",
    "The men were released from a desert camp called Camp Rashid on Monday.",
])
def test_a_place_known_as_a_name_is_no_person(sentence):
    assert not ({"Abu Salim", "Camp Rashid", "Rashid"} & set(people(sentence)))


def test_a_man_known_as_a_name_is_still_a_person():
    got = people("The prisoner known as Abu Salim was freed on Monday.")
    assert got["Abu Salim"]["status"] == "released"


def test_another_after_one_of_the_freed_is_one_more_of_the_same_group():
    got = people("Rebels freed 200 captives on Sunday.",
                 "State television named several of the freed captives and broadcast interviews with them.",
                 "One, Ali Hassan, a worker at the cement plant, said he had been held for four years in a cell.",
                 "Another, Rima Dahan, was abducted with her two children in 2013; the three were reunited with "
                 "relatives at the crossing.")
    assert got["Rima Dahan"]["status"] == "released"


def test_another_after_a_new_group_is_one_of_that_group():
    got = people("Rebels freed 200 captives on Sunday.",
                 "One, Ali Hassan, a worker at the cement plant, said he had been held for four years in a cell.",
                 "Relatives of the captives waited at the crossing with the negotiators.",
                 "Another, Rima Dahan, said the talks had taken months.")
    assert got["Rima Dahan"]["status"] != "released"


def test_still_in_a_named_prison_after_a_sentence_is_held():
    got = people("The council pardoned 27 inmates on Monday.",
                 "Abdul Rahim, who was sentenced to eight years in November 2021 for fraud, is still in Kuje and was "
                 "not on the list.")
    assert got["Abdul Rahim"]["status"] == "held"


def test_still_in_a_country_after_a_release_is_not_held():
    got = people("Officials freed Abdul Rahim last week after his arrest in March.",
                 "Abdul Rahim is still in Germany, his lawyer said.")
    assert got["Abdul Rahim"]["status"] == "released"


@pytest.mark.parametrize("opener", ["A third", "A second", "The fourth"])
def test_an_ordinal_member_after_a_freed_list_is_one_of_the_freed(opener):
    got = people("The army released 27 detainees from the base on Monday.",
                 "Among the freed men were Tariq Wali, a farmer, and Nek Hamid, a driver.",
                 f"{opener}, Abdul Qadir, was described as a suspected member of a smuggling cell.")
    assert got["Abdul Qadir"]["status"] == "released"


def test_an_ordinal_opener_without_a_name_list_before_frees_nobody():
    got = people("The army released 27 detainees from the base on Monday.",
                 "The talks lasted three days.",
                 "A third, Abdul Qadir, was described as a mediator in the talks.")
    assert got["Abdul Qadir"]["status"] != "released"


def test_one_of_them_is_of_the_freed_group_not_of_a_later_plural_thing():
    # "them" is the men the sentence frees, not the materials it mentions last
    got = people("The army released 27 detainees from the base on Monday.",
                 "Among the freed men were Tariq Wali, who was caught with bomb-making materials, and Nek Hamid.",
                 "One of them, Abdul Qadir, said he had been held for two years.")
    assert got["Abdul Qadir"]["status"] == "released"


@pytest.mark.parametrize("tail", ["freed in April", "who were released in April", "both freed in April 1990"])
def test_a_dated_release_participle_after_the_names_dates_their_own_release(tail):
    got = _scoped("Belfast man Brian Kane has been freed after four years as a hostage in Lebanon.",
                  f"The last hostages released in Lebanon were the Americans Robert Pole and Frank Reid, {tail}.",
                  published="1990-08-24")
    assert got["Robert Pole"] == ("released", "other_event")
    assert got["Frank Reid"] == ("released", "other_event")
    assert got["Brian Kane"] == ("released", "this_event")


def test_a_release_participle_dated_the_story_s_own_day_keeps_the_event():
    got = _scoped("Rebels freed two hostages on Friday, officials said.",
                  "The hostages released were the Americans Robert Pole and Frank Reid, freed in August.",
                  published="1990-08-24")
    assert got["Robert Pole"] == ("released", "this_event")


@pytest.mark.parametrize("host", ["Those pardoned included", "Those freed included"])
def test_a_pseudo_cleft_after_an_earlier_release_names_that_release_s_freed(host):
    got = _scoped("The Supreme Court on Wednesday freed the journalist Leyla Aliyeva.",
                  "In March, a presidential pardon freed 148 prisoners.",
                  f"{host} the rights defender Rauf Jabbarov and the journalist Parviz Hashimov.",
                  published="2016-05-26")
    assert got["Rauf Jabbarov"] == ("released", "other_event")
    assert got["Parviz Hashimov"] == ("released", "other_event")
    assert got["Leyla Aliyeva"] == ("released", "this_event")


def test_a_pseudo_cleft_with_its_own_day_is_not_the_earlier_release():
    got = _scoped("The Supreme Court on Wednesday freed the journalist Leyla Aliyeva.",
                  "In March, a presidential pardon freed 148 prisoners.",
                  "Those freed on Wednesday included the rights defender Rauf Jabbarov.",
                  published="2016-05-26")
    assert got["Rauf Jabbarov"] == ("released", "this_event")


def test_a_son_named_with_a_generation_suffix_is_not_his_freed_father():
    got = people("The pilot Harold Gene Myers, held by the Soviet Union since 1960, was freed on Saturday in exchange "
                 "for a Soviet spy.",
                 "His son, Harold Gene Myers Jr., was waiting at the airport.")
    assert got["Harold Gene Myers"]["status"] == "released"
    assert got["Harold Gene Myers Jr."]["status"] != "released"


def test_a_generation_suffix_on_a_later_mention_of_the_same_man_keeps_one_person():
    got = people("The businessman Harold Gene Myers Jr. was freed on Saturday after a week in captivity.",
                 "Harold Gene Myers said he had been treated well.")
    assert got["Harold Gene Myers Jr."]["status"] == "released"
    assert "Harold Gene Myers" not in got


@pytest.mark.parametrize("marker", ["in particular", "notably", "particularly", "especially"])
def test_a_list_after_in_particular_takes_the_clause_s_status(marker):
    held = people("On Sunday 303 soldiers returned home from captivity.",
                  f"Thousands of civilians remain in captivity, {marker} the journalist Dmytro Hlyniuk.")
    assert held["Dmytro Hlyniuk"]["status"] == "held"
    freed = people(f"On Sunday 303 soldiers returned home from captivity, {marker} the marine Ihor Bondar.")
    assert freed["Ihor Bondar"]["status"] == "released"


@pytest.mark.parametrize("opener", ["Going the other way were", "Heading in the opposite direction were",
                                    "Travelling the other way were"])
def test_the_other_side_of_a_swap_going_the_other_way_is_freed(opener):
    got = people("Russia and the West swapped 24 prisoners in Ankara on Thursday.",
                 f"{opener} Vadim Krasov; Artem Dultsov and Anna Dultsova; and Pavel Rubin.")
    for name in ("Vadim Krasov", "Artem Dultsov", "Anna Dultsova"):
        assert got[name]["status"] == "released", name


def test_going_the_other_way_outside_a_release_story_frees_nobody():
    got = people("The two delegations met in Ankara on Thursday to discuss trade.",
                 "Going the other way were Vadim Krasov and Pavel Rubin, two trade envoys.")
    assert all(p["status"] != "released" for p in got.values())


@pytest.mark.parametrize("rank", ["Pfc.", "Pte.", "Spc."])
def test_an_enlisted_rank_abbreviation_is_no_part_of_the_name(rank):
    got = people(f"Among those freed today was Marine {rank} Harold Sorby, 20, of Duluth, after two years in a prison camp.")
    assert "Harold Sorby" in got
    assert not any(name.startswith(rank.rstrip(".")) for name in got)


def test_ap_style_dates_without_a_preposition_date_each_gapped_release():
    got = {p["name"]: p for p in extract_people(
        ["Two Western hostages were freed on Monday.",
         "Canadian Paul Hart was released Aug. 12, Briton Lars Holm on Sept. 20 and Swede Eva Berg on Nov. 16."],
        published="1991-11-18")}
    assert got["Paul Hart"]["status"] == "released" and got["Paul Hart"]["scope"] == "other_event"
    assert got["Lars Holm"]["status"] == "released" and got["Lars Holm"]["scope"] == "other_event"
    assert got["Eva Berg"]["status"] == "released" and got["Eva Berg"]["scope"] == "this_event"


def test_a_release_dated_after_its_operation_phrase_is_dated():
    got = {p["name"]: p for p in extract_people(
        ["Johan Persson was freed on Monday after six years in captivity.",
         "Piet de Vries was freed in a raid by special forces in the north of the country in April 2015."],
        published="2017-06-26")}
    assert got["Piet de Vries"]["scope"] == "other_event"
    assert got["Johan Persson"]["scope"] == "this_event"


@pytest.mark.parametrize("sentence", [
    "In October last year, Iran freed the travel bloggers Jane Moss and Tom Reed after a court case was dropped.",
    "Iran freed the travel bloggers Jane Moss and Tom Reed in October last year.",
])
def test_a_month_of_last_year_is_another_release(sentence):
    got = {p["name"]: p for p in extract_people(
        ["Dr Kate Lowe has been released from prison in Iran.", sentence], published="2020-11-26")}
    assert got["Jane Moss"]["scope"] == "other_event"
    assert got["Kate Lowe"]["scope"] == "this_event"


@pytest.mark.parametrize("sentence", [
    "Three of them have been named: Sam Nasser, a businessman; Emil Sharif, a venture capitalist; and Moran Tabib.",
    "Three of them have been named as Sam Nasser, Emil Sharif and Moran Tabib.",
    "They have been named: Sam Nasser, Emil Sharif and Moran Tabib.",
])
def test_members_named_after_a_freed_group_are_freed(sentence):
    got = released("The five American prisoners were freed and flown to Doha on Monday.", sentence)
    assert {"Sam Nasser", "Emil Sharif", "Moran Tabib"} <= got


def test_members_named_after_a_held_group_are_not_freed():
    got = people("Five American prisoners are still held in Evin prison.",
                 "Three of them have been named as Sam Nasser, Emil Sharif and Moran Tabib.")
    assert got["Sam Nasser"]["status"] != "released"


def test_a_son_whose_name_runs_on_past_his_freed_father_s_is_another_person():
    got = people("Cuba released Hugo Marin on Sunday after 20 years in prison.",
                 "Their oldest son, Hugo Marin Lopez, now 38, flew to San Jose to wait for the release.")
    assert got["Hugo Marin"]["status"] == "released"
    assert got["Hugo Marin Lopez"]["status"] != "released"
    assert "San Jose" not in got


def test_a_full_name_with_a_second_surname_is_still_one_person():
    got = people("Cuba released Hugo Marin Lopez on Sunday after 20 years in prison.",
                 "Hugo Marin flew to Costa Rica the same day.")
    assert list(got) == ["Hugo Marin Lopez"]


@pytest.mark.parametrize("sentence", [
    "He was flown to the United States in custody and will face charges for his escape.",
    "He was taken to Miami in federal custody on Thursday.",
])
def test_someone_handed_over_and_flown_off_in_custody_is_not_freed(sentence):
    got = people("Venezuela freed ten American prisoners on Wednesday.",
                 "Also handed over was Leonard Hale, a businessman who had fled house arrest.", sentence)
    assert got["Leonard Hale"]["status"] != "released"


def test_someone_flown_home_after_a_release_stays_freed():
    got = people("Also freed was Leonard Hale, a businessman held since 2019.",
                 "He was flown to the United States on Thursday.")
    assert got["Leonard Hale"]["status"] == "released"


@pytest.mark.parametrize("sentence, paper", [
    ("Carlos Ruiz, son of the owner of the newspaper El Tiempo, was released last night by his captors.", "El Tiempo"),
    ("The daily La Prensa reported that Ana Vidal had been freed from prison.", "La Prensa"),
])
def test_a_publication_named_after_its_type_is_not_a_person(sentence, paper):
    assert paper not in people(sentence)


def test_an_imperative_opening_a_demand_is_no_part_of_a_name():
    got = people("The network welcomes the release of Xu Ming from prison.",
                 "It urges the government to: 1. Release all prisoners; 2. Allow Xu Ming to return at any time.")
    assert "Allow Xu Ming" not in got and "Allow Xu Ming" not in got.get("Xu Ming", {}).get("aliases", [])


def test_a_month_and_year_in_an_undated_weekday_story_is_another_occasion():
    got = people("Venezuela released ten American prisoners on Wednesday in a swap.",
                 "In March 2022, two Americans, Luis Ortega and Pablo Ruiz, were released after a visit by US officials.")
    assert got["Luis Ortega"]["scope"] == "other_event"


def test_freed_then_points_back_to_the_occasion_just_named():
    got = people("Venezuela released ten American prisoners on Wednesday.",
                 "In October 2022, Venezuela freed seven Americans, including five oil executives.",
                 "Among the executives freed then was Jorge Molina, who had been held for nearly five years.")
    assert got["Jorge Molina"]["status"] == "released" and got["Jorge Molina"]["scope"] == "other_event"


def test_he_was_released_after_a_sentence_opening_on_an_earlier_date_is_that_occasion():
    got = {p["name"]: p for p in extract_people(
        ["Ukraine pardoned Yuriy Lutsenko on Sunday.",
         "In August 2012 an appeals court replaced the prison term of Oleh Marchenko with a suspended sentence.",
         "He was released and later received asylum in Denmark."], published="2013-04-08")}
    assert got["Oleh Marchenko"]["scope"] == "other_event"


def test_he_was_released_after_a_sentence_dating_his_conviction_is_still_this_event():
    got = {p["name"]: p for p in extract_people(
        ["Ukraine pardoned Yuriy Lutsenko on Sunday.",
         "In August 2012 a court jailed Oleh Marchenko for five years.",
         "He was released under the pardon."], published="2013-04-08")}
    assert got["Oleh Marchenko"]["status"] == "released" and got["Oleh Marchenko"]["scope"] == "this_event"


@pytest.mark.parametrize("sentence", [
    "Steve Parr and Peter Wall were driven from Belgrade's central prison to the Hungarian border late yesterday.",
    "Steve Parr, 48, the head of the agency, and his colleague Peter Wall, 52, were taken from the central prison "
    "to the airport.",
])
def test_people_driven_out_of_a_prison_to_a_border_or_airport_are_freed(sentence):
    assert {"Steve Parr", "Peter Wall"} <= released("Two aid workers jailed for spying have been freed.", sentence)


@pytest.mark.parametrize("sentence", [
    "Steve Parr was taken from Evin prison to a court in Tehran on Monday.",
    "Steve Parr was taken from the prison to hospital with chest pains.",
])
def test_someone_taken_from_prison_to_court_or_hospital_is_not_freed(sentence):
    assert "Steve Parr" not in released("The court adjourned until Friday; the prisoners were not freed.", sentence)


def test_a_name_inside_a_he_sentence_does_not_take_over_the_pronoun():
    got = people("Cuba released Hugo Marin on Sunday, 20 years after he was arrested on Fidel Castro's orders.",
                 "He had served every day of his sentence, handed down after a trial at which Castro himself spoke.",
                 "He was released on Sunday and flown to Costa Rica.")
    assert got["Fidel Castro"]["status"] != "released"
    assert got["Hugo Marin"]["status"] == "released"


@pytest.mark.parametrize("thing", [
    "a videotape showing captive soldier Sgt. Gil Shani alive and apparently well",
    "information on the fate of the pilot Ron Avital",
])
def test_a_thing_given_in_return_for_a_release_frees_nobody_it_names(thing):
    got = people(f"Israel freed 19 Palestinian women prisoners on Friday in return for {thing}.")
    assert not any(p["status"] == "released" for p in got.values())


def test_a_person_given_in_return_for_a_release_is_freed():
    assert "Gil Shani" in released("Israel freed 19 Palestinian women prisoners on Friday in return for soldier Gil Shani.")


def test_a_lede_freeing_one_unnamed_person_names_them_in_the_next_sentence_past_heads_and_officials():
    got = people("Sudan pardons U.S. journalist charged with spying",
                 "Sudan's president pardoned a prize-winning American journalist charged with espionage on Saturday "
                 "after a personal appeal from New Mexico Gov. Bill Rollins, and freed him along with his Chadian "
                 "driver.",
                 "Paul Salek, 44, a correspondent for the Tribune, had been held since Aug. 6, when he was arrested "
                 "in the Darfur region.")
    assert got["Paul Salek"]["status"] == "released"
    assert got["Bill Rollins"]["status"] != "released"


def test_driver_and_colleagues_are_no_part_of_a_name():
    got = released("Sudan pardoned three prisoners on Saturday.",
                   "Driver Idris Anu and his colleagues Suleiman Moussa and Ali Bakr were also pardoned.")
    assert {"Idris Anu", "Suleiman Moussa", "Ali Bakr"} <= got


@pytest.mark.parametrize("rank", ["Bripka", "Aiptu", "Kompol"])
def test_indonesian_police_ranks_are_no_part_of_a_name(rank):
    got = released(f"Police said the hostage, {rank} Iwan Sarjana, was freed unharmed on Thursday after the riot.")
    assert got == {"Iwan Sarjana"}


@pytest.mark.parametrize("grant", ["granted full pardon to", "granted a presidential pardon to",
                                   "granted unconditional amnesty to"])
def test_a_grant_of_pardon_with_a_qualifier_frees_the_list_that_follows(grant):
    got = people(f"The President has {grant} 61 prisoners, who will be released today.",
                 "Among them are the singer Juma Kitwana and the lawyer Rose Mbeki, who have been in prison since "
                 "2003 and were serving life terms.")
    assert got["Juma Kitwana"]["status"] == "released"
    assert got["Rose Mbeki"]["status"] == "released"


@pytest.mark.parametrize("grant", ["granted an absolute pardon to", "issued pardons to",
                                   "gave a humanitarian pardon to", "extended clemency to"])
def test_a_pardon_granted_given_or_issued_to_named_people_frees_them(grant):
    assert released(f"The governor {grant} Omar Selimi and Rita Kohl on Friday.") == {"Omar Selimi", "Rita Kohl"}


def test_a_pardon_only_considered_or_a_speech_given_frees_no_one():
    assert released("The governor may extend clemency to Omar Selimi.") == set()
    assert released("The governor gave a speech to Omar Selimi and Rita Kohl on Friday.") == set()


def test_a_town_followed_by_its_state_is_a_place_not_a_person():
    got = people("Thirty students abducted from the Federal College, Birnin Tudu, Kebbi State, have regained "
                 "freedom after 121 days.")
    assert "Birnin Tudu" not in got


def test_a_person_followed_by_a_state_office_is_still_a_person():
    got = people("The hostage was handed to Musa Bello, Kano State commissioner, who said he was freed unharmed.")
    assert "Musa Bello" in got


@pytest.mark.parametrize("verb", ["arrived in", "landed at", "arrived back in"])
def test_where_the_freed_arrived_is_no_person(verb):
    got = people(f"The freed students, including 12 girls, {verb} Birnin Tudu on Saturday night aboard two buses.")
    assert "Birnin Tudu" not in got


def test_a_colon_list_among_the_dead_names_victims_not_freed_captives():
    got = people("Police stormed the jail on Tuesday and freed four hostages.",
                 "Among the dead were three of the most wanted leaders of the group: Ali Lumbo, alias Commander "
                 "Storm; Gani Rasul, alias Commander Iron; and Nadi Sabar, alias Commander Sky.",
                 "Gani Rasul was captured in Sulu in December 2003.")
    for name in ("Ali Lumbo", "Gani Rasul", "Nadi Sabar"):
        assert got[name]["status"] != "released"


@pytest.mark.parametrize("refusal", ['there was "no question" of releasing him',
                                     "they had no intention of releasing him"])
def test_no_question_of_releasing_someone_is_a_refusal(refusal):
    got = people("The passengers were freed.",
                 "The hijackers had demanded the release of Ismail Kader, a former governor.",
                 f"A spokesman said {refusal}.")
    assert got["Ismail Kader"]["status"] != "released"


@pytest.mark.parametrize("verb", ["trading", "swapping", "exchanging"])
def test_a_participle_swap_frees_its_object_and_the_counterpart(verb):
    got = released(f"The two countries swapped prisoners on Wednesday, {verb} Marine veteran Tom Reeves for "
                   "Konstantin Yarosh.")
    assert {"Tom Reeves", "Konstantin Yarosh"} <= got


def test_trading_goods_frees_nobody():
    got = people("The prisoners were released on Monday.",
                 "A merchant, Omar Faris, was trading cloth for grain in the market.")
    assert got["Omar Faris"]["status"] != "released"


@pytest.mark.parametrize("sentence", [
    "Western governments responded to Ana Kruger's release with cautious relief.",
    "Western governments reacted quickly to the release of Ana Kruger.",
])
def test_a_response_to_a_release_reports_it(sentence):
    assert "Ana Kruger" in released("Prisoners were freed on Saturday.", sentence)


def test_working_to_secure_a_release_still_reports_none():
    got = people("Prisoners were freed on Saturday.", "Governments pushed hard to secure the release of Ana Kruger.")
    assert got["Ana Kruger"]["status"] != "released"


def test_a_headline_in_the_present_comes_home():
    assert "Oscar Lemos Rivera" in released("Prisoners were freed.",
                                            "After 36 years, Oscar Lemos Rivera comes home to two islands")


def test_a_cleft_names_the_freed_before_its_who_clause():
    got = people("After six months as hostages of pirates, the seven sailors were released this morning.",
                 "It is the parents Jan Holm Berg and Birte Holm Berg, their three children, and the two crew members "
                 "Bjorn Elling and Peter Lund who are released.")
    for name in ("Jan Holm Berg", "Birte Holm Berg", "Bjorn Elling", "Peter Lund"):
        assert got[name]["status"] == "released", name


def test_a_cleft_about_figures_frees_nobody():
    got = people("Hostages were freed.", "It was the police who released the figures on Monday, said Tom Harding.")
    assert got["Tom Harding"]["status"] != "released"


def test_they_are_a_described_group_names_the_freed():
    got = people("Officials confirmed on Saturday that the six Canadians were released and were flying home.",
                 "They are four engineers of the mining firm Norvale — Kevin Arsenault, Luc Pelletier and Dana Roy — "
                 "who were detained in May 2021, and two other Canadians, teacher Mira Sandhu and Owen Tate of Halifax.")
    for name in ("Kevin Arsenault", "Luc Pelletier", "Dana Roy", "Mira Sandhu", "Owen Tate"):
        assert got[name]["status"] == "released", name


def test_they_were_driven_somewhere_frees_no_one_waiting_there():
    got = people("Officials confirmed that the six Canadians were released.",
                 "They were driven to the airport, where the minister Paul Girard waited.")
    assert got["Paul Girard"]["status"] != "released"


def test_a_subject_after_its_passive_verb_is_freed():
    # machine translation from Spanish keeps the verb first: "fueron liberados los jóvenes ..."
    got = people("On Saturday were released the young Peruvians Raúl Quispe Mamani and Lucía Torres de la Vega, "
                 "who were imprisoned in Chile since 2016.")
    assert got["Raúl Quispe Mamani"]["status"] == "released"
    assert got["Lucía Torres de la Vega"]["status"] == "released"


@pytest.mark.parametrize("sentence", [
    "He was released the same day Marta Olmos spoke to reporters.",
    "The crew was released the following week, Marta Olmos said.",
])
def test_a_time_after_a_passive_release_is_no_subject(sentence):
    assert people("Hostages were freed.", sentence)["Marta Olmos"]["status"] != "released"


def test_neither_were_released_the_named_keeps_them_held():
    got = people("Neither were released the poet Iván Soler, of the Rebel Verse group, nor the singer Tomás Vidal, "
                 "known as 'Vidalito', who serve sentences of five and nine years.")
    assert got["Iván Soler"]["status"] == "held"
    assert got["Tomás Vidal"]["status"] == "held"


@pytest.mark.parametrize("sentence", [
    "The crew was released, Marta Olmos said.",
    "The crew was released, Marta Olmos told reporters.",
])
def test_a_speaker_after_a_singular_group_release_is_not_freed(sentence):
    assert people("Hostages were freed.", sentence)["Marta Olmos"]["status"] != "released"


def test_a_spokesman_announcing_is_no_title_for_the_name_before():
    got = people("The government pardoned his wife, Irina Voss, a spokesman announced Friday.")
    assert got["Irina Voss"]["status"] == "released"


def test_a_spokesman_appositive_is_still_an_official():
    got = people("Hostages were freed.", "The talks were led by Irina Voss, a spokesman for the ministry.")
    assert got["Irina Voss"]["role"] == "official"


def test_one_of_them_was_names_a_member_of_the_freed_group():
    got = people("In return, the United States released four Cubans held in this country, sources said.",
                 "One of them was Ramón Ortiz, known as 'El Flaco', who had been serving a sentence of 20 years.")
    assert got["Ramón Ortiz"]["status"] == "released"


@pytest.mark.parametrize("sentence", [
    "One of them was a nephew of Ramón Ortiz.",
    "One of them was the son of Ramón Ortiz.",
])
def test_one_of_them_was_a_relative_frees_no_one_named(sentence):
    got = people("In return, the United States released four Cubans held in this country, sources said.", sentence)
    assert got["Ramón Ortiz"]["status"] != "released"


@pytest.mark.parametrize("sentence", [
    "After 11 years in the hands of the Eln, Corporal Julio Pardo recovered his freedom this Tuesday.",
    "After talks with Ana Ruiz, Julio Pardo was released.",
])
def test_a_fronted_phrase_ending_in_a_name_leaves_the_subject_after_its_comma(sentence):
    got = people("Hostages were freed.", sentence)
    assert got["Julio Pardo"]["status"] == "released"
    assert got.get("Ana Ruiz", {}).get("status") != "released"


def test_returned_to_a_country_in_a_release_story_frees():
    got = people("The two countries swapped prisoners in Istanbul on Friday.",
                 "Foreign officials said Pavel Lomov had been returned \"to his homeland\" after long talks.",
                 "Dmitri Sokol was returned to Russia on the same plane.")
    assert got["Pavel Lomov"]["status"] == "released"
    assert got["Dmitri Sokol"]["status"] == "released"


def test_returning_to_a_city_of_ones_own_accord_frees_nobody():
    got = people("The two countries swapped prisoners in Istanbul on Friday.",
                 "The negotiator Dmitri Sokol returned to Moscow on Saturday.")
    assert got["Dmitri Sokol"]["status"] != "released"


def test_granted_a_named_person_a_pardon_frees_them():
    got = people("The governor-general granted Tane Whitiora a royal pardon on Friday.")
    assert got["Tane Whitiora"]["status"] == "released"


def test_she_after_the_wife_of_x_is_not_x():
    got = people("Within days of the coup he had released Irina Volkova, the wife of Pavel Volkov, from exile - "
                 "she was freed, by some accounts, on the day of the funeral.")
    assert got["Pavel Volkov"]["status"] != "released"


def test_a_bare_given_name_is_the_freed_man_not_his_daughter_named_after_him():
    got = people("A court freed the opposition leader Rahman Yusof on Thursday.",
                 "Their daughter, Siti Aisyah Rahman, said the family would start to live again.",
                 "Analysts say Rahman's release removes a long-standing grievance.")
    assert got["Siti Aisyah Rahman"]["status"] != "released"
    assert got["Rahman Yusof"]["status"] == "released"


def test_a_bare_surname_shared_with_a_relative_still_finds_the_relative_without_a_given_name_match():
    got = people("Hostages were freed on Thursday.",
                 "His sister, Anna Keller, was waiting at the airport.",
                 "Keller said she had not slept for days.")
    assert got["Anna Keller"]["status"] != "released"


def test_whose_son_was_among_those_freed_frees_the_son_not_the_speaker():
    got = people("Prisoners were freed on Sunday.",
                 "\"He served eight years,\" said Mariam Odeh, whose son Khalil Odeh, 31, was among those freed.")
    assert got["Mariam Odeh"]["status"] != "released"
    assert got["Khalil Odeh"]["status"] == "released"


def test_among_them_he_said_was_x_lists_the_group_before():
    got = people("Prisoners were freed on Sunday.",
                 "The minister said 12 officers convicted of massacres were excluded from the pardon and would stay "
                 "in prison.",
                 "Among them, he said, was former Col. Rodrigo Pinzón Salas, sentenced to 30 years in 1982.")
    assert got["Rodrigo Pinzón Salas"]["status"] == "held"


@pytest.mark.parametrize("sentence", [
    "The consul, Tomas Berger, and four members of his staff, held by the rebels since August, were reported safe.",
    "Tomas Berger and four members of his staff, held by the rebels since August, were reported safe.",
    "Tomas Berger, held hostage since March, is now confirmed to be unharmed.",
])
def test_captives_reported_safe_are_freed(sentence):
    assert "Tomas Berger" in released("Paratroopers freed hundreds of hostages on Tuesday.", sentence)


def test_reported_safe_after_a_storm_frees_nobody():
    got = people("Hostages were freed.", "The traveller Tomas Berger was reported safe after the storm.")
    assert got["Tomas Berger"]["status"] != "released"


def test_identified_them_as_names_the_group_reported_safe():
    got = people("Four members of the consulate staff, held by the rebels since August, were reported safe.",
                 "The ministry identified them as Vice Consul Karl Imhof and the clerks Rita Sommer and Jan Vos.")
    for name in ("Rita Sommer", "Jan Vos"):
        assert got[name]["status"] == "released", name


def test_they_walked_free_after_a_list_frees_the_list():
    got = people("Prisoners were pardoned yesterday.",
                 "Amos Wenda, Yakob Tabuni and Markus Hilapok were convicted over the 2003 raid.",
                 "They walked free yesterday afternoon.")
    for name in ("Amos Wenda", "Yakob Tabuni", "Markus Hilapok"):
        assert got[name]["status"] == "released", name


def test_they_walked_out_after_an_earlier_pardon_keeps_that_occasion():
    got = people("Prisoners were pardoned yesterday.",
                 "In December 1997 the president, with the agreement of President-elect Han Jae-won, pardoned the "
                 "former rulers Lee Dong-su and Park Min-ho, who had been convicted of treason.",
                 "They walked out of prison after two years.")
    assert got["Han Jae-won"]["status"] != "released"
    for name in ("Lee Dong-su", "Park Min-ho"):
        assert got[name]["scope"] == "other_event", name


def test_a_clemency_headline_with_but_dozens_remain_holds_not_the_five():
    got = people("Clemency for five Papuan prisoners is welcome, but dozens remain behind bars",
                 "The five men - Amos Wenda, Yakob Tabuni and Markus Hilapok - were convicted over the 2003 raid.")
    assert got["Amos Wenda"]["status"] != "held"


def test_last_weekdays_release_is_an_earlier_occasion():
    got = people("The bodies of two captives were handed over on Thursday.",
                 "Last Sunday's release of three living hostages - Noa Peretz, Amit Golan and Yair Levin - was "
                 "followed by a week of delays.")
    assert {"Noa Peretz", "Amit Golan", "Yair Levin"} <= set(got)
    assert all(got[n]["scope"] == "other_event" for n in ("Noa Peretz", "Amit Golan", "Yair Levin"))


def test_a_weekdays_release_without_last_is_the_story_s_own():
    assert "Noa Peretz" in released("Sunday's release of Noa Peretz was welcomed by her family.")


def test_a_passive_predicate_after_the_freed_group_lists_no_one():
    got = people("Gunmen freed the last 80 pupils on Sunday.",
                 "The freed pupils and teachers were expected in Minna on Monday, where Governor Musa Danladi "
                 "Garba is to receive them.")
    assert got.get("Musa Danladi Garba", {}).get("status") != "released"


def test_the_freed_group_copula_list_still_names_members():
    assert {"Anna Berg", "Jon Dale"} <= released("Rebels freed 12 hostages on Friday.",
                                                 "Those freed were Anna Berg, Jon Dale and three nurses.")


def test_a_headline_until_x_freed_is_a_condition():
    got = people("Hamas freed four soldiers on Saturday.", title="Minister: no return north until Dana Levi freed")
    assert got.get("Dana Levi", {}).get("status") != "released"


@pytest.mark.parametrize("sentence", [
    'Israel will not open the crossing "until the release of the civilian Noa Argaman is arranged".',
    "The army will stay in the valley until the release of Pierre Lamy is secured.",
])
def test_until_a_release_is_arranged_it_has_not_happened(sentence):
    got = people("Four soldiers were freed on Saturday in exchange for 200 prisoners.", sentence)
    name = next(n for n in got if n in sentence)
    assert got[name]["status"] != "released"


def test_two_word_hometowns_with_states_stay_out_of_the_subject_list():
    got = released("Iraq pardoned two Americans on Sunday.",
                   "Mark Tolliver, 39, of New Hampton, Iowa, and Gary Denning, 41, of Jacksonville, Fla., left "
                   "Abu Ghraib prison shortly after noon.")
    assert {"Mark Tolliver", "Gary Denning"} <= got


def test_one_two_word_hometown_before_the_verb():
    assert "Mark Tolliver" in released("Iraq pardoned two Americans on Sunday.",
                                       "Mark Tolliver, 39, of New Hampton, Iowa, left Abu Ghraib prison at noon.")


@pytest.mark.parametrize("sentence", [
    "Later that evening, Jean Kamanzi, 61, and the 12 co-accused whose sentences were commuted were released "
    "from Mpanga prison.",
    "Jean Kamanzi and the 12 co-accused who were pardoned were released from prison.",
])
def test_a_relative_clause_inside_a_mixed_subject_does_not_hide_it(sentence):
    assert "Jean Kamanzi" in released("The president commuted 13 sentences on Friday.", sentence)


@pytest.mark.parametrize("quoted", ['"Bobby"', "“Bobby”", "‘Bobby’"])
def test_a_quoted_nickname_inside_a_name_keeps_the_name_whole(quoted):
    assert released(f"The army freed three men: Robert {quoted} Keane, Neil Dorsey and Owen Pratt.") \
        == {"Robert Keane", "Neil Dorsey", "Owen Pratt"}


def test_a_two_word_nickname_inside_a_name_is_dropped_from_it():
    assert released('Police freed Joaquín "El Loco" Herrera on Monday.') == {"Joaquín Herrera"}


def test_the_nickname_and_the_surname_name_the_same_person_elsewhere():
    for order in (('The pardon freed Robert "Bobby" Keane and Neil Dorsey.', "Bobby Keane is still abroad."),
                  ("Bobby Keane is still abroad.", 'The pardon freed Robert "Bobby" Keane and Neil Dorsey.')):
        got = people(*order)
        keane = [p for p in got.values() if p["name"].endswith("Keane")]
        assert len(keane) == 1
        assert set(keane[0]["aliases"]) == {"Robert Keane", "Bobby Keane"}
        assert keane[0]["status"] == "released"


def test_a_quoted_word_between_a_news_agency_and_a_verb_is_no_nickname():
    got = people('Pratt told Reuters "Nobody" Said a word about Neil Dorsey.')
    assert not any("Reuters" in n for n in got)


@pytest.mark.parametrize("tail", ["together with Victor Crane, who holds two passports.",
                                  "along with the pilot Victor Crane."])
def test_a_dash_enclosed_list_goes_on_with_together_with(tail):
    assert released(f"The rebels freed three hostages - Neil Dorsey and Glen Harte - {tail}") \
        == {"Neil Dorsey", "Glen Harte", "Victor Crane"}


@pytest.mark.parametrize("sentence", [
    "Among those freed were seven people who had hoped to run against Diego Ortiz in the 2021 election, "
    "including Carla Mendes and Tomas Ribeiro.",
    "The regime freed seven people who had hoped to run for office, including Carla Mendes and Tomas Ribeiro.",
    # an item's appositive, naming someone else, does not end the list
    "Among those freed were seven people who had hoped to run for office, including Rosa Lima, daughter of "
    "former President Diego Lima, Carla Mendes and Tomas Ribeiro.",
])
def test_a_list_after_a_relative_clause_on_the_freed_group_names_its_members(sentence):
    assert {"Carla Mendes", "Tomas Ribeiro"} <= released(sentence)


@pytest.mark.parametrize("sentence", [
    "The regime freed seven prisoners who were met by relatives, including Carla Mendes and Tomas Ribeiro.",
    "The regime freed seven prisoners whose families, including Carla Mendes and Tomas Ribeiro, wept.",
])
def test_a_list_of_relatives_after_the_freed_group_is_no_release(sentence):
    assert released(sentence) == set()


def test_a_relative_who_shares_a_double_surname_is_not_the_freed_man():
    got = people("Guerrillas freed the consul Aurelio Matos Lima, who had been held since July.",
                 '"I am well," Matos Lima told reporters.',
                 "His release came after his wife, Maria Clara Matos Lima, raised a ransom.")
    assert got["Aurelio Matos Lima"]["status"] == "released"
    assert got["Maria Clara Matos Lima"]["status"] != "released"


def test_a_named_envoy_the_captives_were_handed_to_is_not_freed():
    got = people("Tomas Weber and Lea Koller were handed over to the Austrian special envoy Johann Brandl.")
    assert got["Johann Brandl"]["status"] != "released"
    assert got["Tomas Weber"]["status"] == got["Lea Koller"]["status"] == "released"
    # an envoy's name right after the word is the recipient, not an object the recipient phrase puts first
    assert released("On Friday the gunmen handed over to the special envoy Johann Brandl the two hostages.") == set()


@pytest.mark.parametrize("sentence, expected", [
    ("As the ministry confirmed, were Tomas Weber (51) and Lea Koller (44) in the north of Mali handed over to "
     "the envoy.", {"Tomas Weber", "Lea Koller"}),
    ("As the police reported, was Anna Berg yesterday in Vienna freed.", {"Anna Berg"}),
    ("As the police reported, were Anna Berg and Karl Moser not freed.", set()),
])
def test_a_translated_verb_second_passive_frees_the_names_before_its_participle(sentence, expected):
    assert released(sentence) == expected


def test_a_capitalised_can_before_a_surname_is_a_given_name():
    got = people("Among those freed was the poet Can Aydin, who had translated Neruda.",
                 '"Three years for a translation," said Selin Aydin, the poet\'s wife.')
    assert got["Can Aydin"]["status"] == "released"
    assert got["Selin Aydin"]["status"] != "released"


def test_a_coordinated_known_as_respells_each_name_of_the_pair():
    got = people("The two returnees are Wu Guoliang and Zhao Mingde, known in Taiwan as Wu Kuo-liang and "
                 "Chao Ming-te.", "Both were freed on Monday.")
    assert set(got) == {"Wu Guoliang", "Zhao Mingde"} or set(got) == {"Wu Kuo-liang", "Chao Ming-te"} \
        or len(got) == 2
    aliases = sorted(sorted(p["aliases"]) for p in got.values())
    assert aliases == [["Chao Ming-te", "Zhao Mingde"], ["Wu Guoliang", "Wu Kuo-liang"]]
    assert all(p["status"] == "released" for p in got.values())


@pytest.mark.parametrize("respell", ["Taiwanese media sometimes render his name as Lee Kuo-hua.",
                                     "Some reports spell his name as Lee Kuo-hua."])
def test_a_respelling_sentence_adds_a_spelling_of_the_person_his_points_to(respell):
    got = people("The officer is Li Guohua, who was arrested in 2013.", respell, "He was paroled on 28 September.")
    assert list(got) == ["Li Guohua"]
    assert got["Li Guohua"]["aliases"] == ["Li Guohua", "Lee Kuo-hua"]
    assert got["Li Guohua"]["status"] == "released"


@pytest.mark.parametrize("demonym", ["Taiwanese", "Sudanese", "Iraqi", "Yemeni", "Vietnamese"])
def test_demonyms_in_ese_and_i_are_no_names(demonym):
    # not even a one-word subject that would take "he" from the man the story is about
    got = people("The engineer is Luigi Rossi, who was seized in May.", f"{demonym} media sometimes called him a spy.",
                 "He was freed on Monday.")
    assert got.keys() == {"Luigi Rossi"} and got["Luigi Rossi"]["status"] == "released"


def test_a_surname_that_looks_like_a_demonym_in_i_stays_a_name():
    got = people("The kidnappers demanded the release of another jailed militant leader, Nabil Afghani.",
                 "Both men remained in custody.")
    assert "Nabil Afghani" in got


@pytest.mark.parametrize("body", ["the engineering company Halvor Brenne", "the rebel group Jund Tamar",
                                  "the charity Bread Forward"])
def test_a_name_right_after_an_organisation_noun_is_the_body_not_a_person(body):
    got = status("The pair had been employed by " + body + " before they were seized.", "Lars Holm was released on Monday.")
    assert got == {"Lars Holm": "released"}


def test_a_semicolon_list_item_may_describe_its_name_with_a_title_after_the_comma():
    got = released("Also released were the trade attaché, Pablo Reyes Mora; his deputy, Luis Ferrel; a visiting "
                   "priest, the Rev. Tomas Ubeda; and two drivers, Nilo Garza and Alma Ruelas.")
    assert got == {"Pablo Reyes Mora", "Luis Ferrel", "Tomas Ubeda", "Nilo Garza", "Alma Ruelas"}


@pytest.mark.parametrize("dated, scope", [
    ("the exchange of 12 detainees last August that freed", "other_event"),
    ("an exchange in 2019 which freed", "other_event"),
    ("the swap last year that freed", "other_event"),
    ("the swap on Tuesday that freed", "this_event"),
    ("the swap that freed", "this_event"),
])
def test_a_relative_release_takes_the_date_of_its_antecedent_occasion(dated, scope):
    s = f"Her lawyers complained that she had been left off {dated} reporter Alan Ferch."
    got = {p["name"]: (p["status"], p["scope"]) for p in extract_people([s], published="2025-02-12")}
    assert got["Alan Ferch"] == ("released", scope)


@pytest.mark.parametrize("tail, scope", [
    ("in what the ministry called a separate case", "other_event"),
    ("in what diplomats described as an unrelated decision", "other_event"),
    ("in what diplomats described as a humanitarian decision", "this_event"),
])
def test_a_release_described_as_separate_is_another_occasion(tail, scope):
    s = f"On Monday the court also freed a blogger, Ivo Brandt, with three other defendants, {tail}."
    got = {p["name"]: p["scope"] for p in extract_people([s], published="2025-02-12")}
    assert got["Ivo Brandt"] == scope


@pytest.mark.parametrize("first, second", [("Tomas Reyes, 64,", "Ana Reyes, 58,"), ("Tomas Reyes, aged 64,", "Ana Reyes,")])
def test_a_name_with_an_age_and_his_wife_named_after_a_comma_are_both_subjects(first, second):
    got = status(f"{first} and his wife, {second} were rescued by marines on Sunday.")
    assert got == {"Tomas Reyes": "released", "Ana Reyes": "released"}


def test_every_named_item_of_a_semicolon_list_after_a_fronted_exit_is_freed():
    text = ("The two states carried out a prisoner swap on Thursday. From the eastern side came Brask, 41, jailed for "
            "treason in May; Teller, 60, held since 2019; the poet Igor Lanin of the writers' union; the student "
            "Pavel Sorin; Ivan Kolt; and four Poles. Going the other way were Dorn; Artem Belov and Anna Belova, a "
            "married couple; and three men held in Norway — Oleg Mirov, Yuri Tal and Roman Veden — convicted of fraud.")
    got = {p["name"]: p["status"] for p in extract_article(text, published="2024-08-02")["people"]}
    # (the lone names with an age, "Brask, 41", are persons of their own; a bare "Dorn" is not read as one)
    assert {n for n, s in got.items() if s == "released"} == {
        "Igor Lanin", "Pavel Sorin", "Ivan Kolt", "Artem Belov", "Anna Belova", "Oleg Mirov", "Yuri Tal", "Roman Veden",
        "Brask", "Teller"}


def test_every_named_item_of_a_semicolon_list_after_a_statement_of_who_is_held_is_held():
    text = ("The two states carried out a prisoner swap on Thursday. Still held in the east are Brask, 41, jailed "
            "for treason in May; the poet Igor Lanin of the writers' union; and the student Pavel Sorin.")
    got = {p["name"]: p["status"] for p in extract_article(text, published="2024-08-02")["people"]}
    assert got == {"Igor Lanin": "held", "Pavel Sorin": "held", "Brask": "held"}  # (a lone name with an age too)


@pytest.mark.parametrize("sentence, expected", [
    ("The guard Oleg Marin was let out after two hours.", "released"),
    ("Oleg Marin was let out of the colony on Friday.", "released"),
])
def test_let_out_in_the_passive_is_a_release(sentence, expected):
    assert status("Gunmen hijacked a bus on Monday.", sentence)["Oleg Marin"] == expected


@pytest.mark.parametrize("later, merged", [
    ("Vera Ilyinichna Kostina", True),  # (a patronymic in -ichna is not read; the full form merges anyway)
    ("Vera Petrovna", True),
    ("Vera Petrovich", False),  # "-ovich" ends surnames too (Statkevich): another person
])
def test_a_given_name_with_a_patronymic_is_the_person_of_that_given_name(later, merged):
    got = people("Gunmen held the teacher Vera Kostina and 14 pupils in the school for a day.",
                 f"{later} was freed last, after the ransom was paid.")
    assert (len(got) == 1) == merged


@pytest.mark.parametrize("clause, expected", [
    ("and unless he is pardoned he cannot run.", "mentioned"),
    ("and until he is released his party will boycott the vote.", "mentioned"),
    ("but he was pardoned on Friday.", "released"),
])
def test_a_release_under_a_condition_frees_nobody(clause, expected):
    got = status(f"The former mayor Lon Varin lives abroad, {clause}")
    assert got["Lon Varin"] == expected


@pytest.mark.parametrize("sentence", [
    "Black Lotus leader Amir Dovlat and Iron Wolves founder Lena Marsh were among those released overnight.",
    "Amir Dovlat and the Iron Wolves chairman Lena Marsh were among those released overnight.",
])
def test_a_body_before_its_leaders_title_is_no_person(sentence):
    assert status(sentence) == {"Amir Dovlat": "released", "Lena Marsh": "released"}


def test_a_body_after_the_and_before_a_founders_title_is_no_person():
    got = status("Lena Marsh, the former Iron Wolves founder who served nine years, was released on Monday.")
    assert got == {"Lena Marsh": "released"}


@pytest.mark.parametrize("sentence, expected", [
    ("Siblings Tomer Zak, 17, and Lia Zak, 13, were released on Sunday.", {"Tomer Zak", "Lia Zak"}),
    ("Brothers Tomer Zak and Ido Zak were released on Sunday.", {"Tomer Zak", "Ido Zak"}),
    ("Twins Tomer and Ido Zak were released on Sunday.", {"Tomer Zak", "Ido Zak"}),
])
def test_a_plural_kin_word_opening_the_sentence_is_no_part_of_the_name(sentence, expected):
    assert released(sentence) == expected


@pytest.mark.parametrize("item, expected", [
    ("her cousin Juan Pablo Torres", "released"),
    ("her brother Juan Pablo Torres", "released"),
])
def test_a_relative_named_as_an_item_of_a_list_of_the_freed_is_freed(item, expected):
    got = status("The government freed 222 political prisoners on Thursday.",
                 "Among those freed were seven people who had hoped to stand in the 2021 election, including Ana "
                 f"Torres, daughter of former President Luisa Torres, {item}, Felix Moran and Arturo Cruz.")
    assert got["Juan Pablo Torres"] == expected and got["Luisa Torres"] == "mentioned"


def test_a_relative_in_an_aside_of_a_freed_person_stays_mentioned():
    got = status("The government freed 222 political prisoners on Thursday.",
                 "Among those freed was Ana Torres, whose mother Luisa Torres had campaigned for her release.")
    assert got == {"Ana Torres": "released", "Luisa Torres": "mentioned"}


def test_a_man_giving_his_own_name_is_no_respelling_of_the_last_person_named():
    got = people("Gunmen freed all 90 passengers of the airliner on Sunday.",
                 "They said they were protesting in support of their region, where separatist leader Amir Tolvan "
                 "has proclaimed independence.",
                 "Officials said the gunmen, whose leader gave his name as Rustam Velik, handed over two rifles and "
                 "were flown to Tallinn later on Sunday.")
    assert {n: p["status"] for n, p in got.items()} == {"Amir Tolvan": "mentioned", "Rustam Velik": "mentioned"}


def test_a_source_giving_his_name_as_another_spelling_is_a_respelling():
    got = people("Gunmen freed the engineer Amir Tolvan on Sunday.", "Court papers give his name as Amir Tolvanov.")
    assert list(got) == ["Amir Tolvan"] and set(got["Amir Tolvan"]["aliases"]) == {"Amir Tolvan", "Amir Tolvanov"}


@pytest.mark.parametrize("aside", ["whose leader gave his name as Rustam Velik", "whose leader was Rustam Velik"])
def test_a_name_closing_a_whose_aside_does_not_take_the_main_verb(aside):
    got = status("Gunmen freed all 90 passengers of the airliner on Sunday.",
                 f"Officials said the gunmen, {aside}, handed over two rifles and were flown to Tallinn later on "
                 "Sunday.")
    assert got == {"Rustam Velik": "mentioned"}


def test_a_short_body_sentence_with_a_full_date_is_no_dateline():
    got = people("Kidnappers freed the journalist Tom Brill on Thursday after five years in captivity.",
                 "Brill, a reporter for a London news agency, was kidnapped on April 17, 1986.",
                 "Two Americans, Robert Pell and Frank Rook, were released in April 1990.")
    assert {n: (p["status"], p["scope"]) for n, p in got.items()} == {
        "Tom Brill": ("released", "this_event"), "Robert Pell": ("released", "other_event"),
        "Frank Rook": ("released", "other_event")}


@pytest.mark.parametrize("clause", ["would not rest until Lena Varr and Omar Teyl were free",
                                    "will keep pressing until Lena Varr and Omar Teyl are home"])
def test_people_a_government_works_for_until_they_are_free_are_not_released(clause):
    got = status("Kidnappers freed the journalist Tom Brill on Thursday.", f"The minister said the government {clause}.")
    assert got["Tom Brill"] == "released"
    assert got["Lena Varr"] != "released" and got["Omar Teyl"] != "released"


def test_a_definite_group_freed_after_a_sentence_that_dated_their_exit_earlier_keeps_that_occasion():
    got = people("The six men were freed yesterday.",
                 "Ann Bell, Tom Reed, Sam Hale and Joe Dunn, convicted of the 1974 bombings, walked out of the same "
                 "court in October 1989 when the Crown admitted the police had lied.",
                 "The four were freed after almost 15 years in prison.")
    for name in ("Ann Bell", "Tom Reed", "Sam Hale", "Joe Dunn"):
        assert got[name]["scope"] == "other_event", name


def test_a_conviction_date_before_a_definite_group_does_not_date_their_release():
    got = people("Ann Bell, Tom Reed and Sam Hale were convicted of the 2003 raid on the depot.",
                 "The three were freed after almost 15 years in prison.")
    for name in ("Ann Bell", "Tom Reed", "Sam Hale"):
        assert (got[name]["status"], got[name]["scope"]) == ("released", "this_event"), name


@pytest.mark.parametrize("between", [[], ["The Crown had already conceded that it could not defend the verdicts."]])
def test_a_counted_plural_after_a_fronted_phrase_frees_the_list_of_that_many_names(between):
    got = released("Three appeal judges quashed the convictions of Hugh Callan, Pat Hale and John Walsh for the "
                   "murder of 21 people.", *between, "After the judgment, the three men walked free.")
    assert got == {"Hugh Callan", "Pat Hale", "John Walsh"}


def test_a_counted_plural_does_not_reach_past_a_list_of_another_size():
    got = released("The court heard from Hugh Callan and Pat Hale.",
                   "The Crown had already conceded that it could not defend the verdicts.",
                   "After the judgment, the three men walked free.")
    assert not got & {"Hugh Callan", "Pat Hale"}


@pytest.mark.parametrize("sentence, name", [
    ("Troops rescued four hostages on Saturday: Dana Levi, 26, Omer Tal Jan, 22, and Ravi Sood, 41.", "Omer Tal Jan"),
    ("Police freed Gul Ahmad Jan on Sunday.", "Gul Ahmad Jan"),
])
def test_jan_after_a_given_name_with_no_day_is_a_surname(sentence, name):
    assert name in released(sentence)


def test_jan_with_a_day_after_it_is_still_a_month():
    assert "Omer Tal" in released("Police rescued Omer Tal Jan 5 after a raid.")


@pytest.mark.parametrize("headline", ["Juba frees Garang ex-spokesman, Kenyan adviser on death row",
                                      "Army frees Lado aide after two years"])
def test_a_name_running_into_a_followers_title_is_whom_he_serves_not_the_freed(headline):
    got = people(headline, "The army on Friday freed rebel leader Peter Garang Lado's former spokesman.")
    assert all(p["status"] != "released" for n, p in got.items() if "Lado" in n or "Garang" in n)


@pytest.mark.parametrize("opening", ["Missing from the exchange was", "Absent from Saturday's release was"])
def test_a_person_missing_from_the_exchange_is_still_held(opening):
    got = people("Britain freed 244 prisoners in exchange for three Britons.",
                 f"{opening} 2nd Lt. Tom Ardley, 21, of the Yorkshire Regiment, who was seized in a street on Dec. 11.")
    assert got["Tom Ardley"]["status"] == "held"


def test_an_escort_the_freed_walked_back_with_is_not_freed():
    got = people("Rebels kidnapped 139 girls from the school.",
                 "The 109 girls who were freed walked back with Sister Rosa and Mr Okello through the night.",
                 "The teacher Paul Okello had followed the trail all day.")
    assert got["Paul Okello"]["status"] != "released"


def test_a_person_freed_together_with_another_is_still_freed():
    assert {"Ana Ruiz", "Luis Vega"} <= released("Ana Ruiz was freed on Monday together with Luis Vega.")


def test_they_were_with_a_participle_is_no_list_of_the_freed():
    got = people("The family was released during the night, the president's office said.",
                 "They were handed to the authorities near the border, then driven to the capital, where the "
                 "Minister of Foreign Affairs Paul Renard, who went there specially, was to meet them.")
    assert got["Paul Renard"]["status"] != "released"


def test_they_were_naming_people_is_still_a_list_of_the_freed():
    assert {"Ana Ruiz", "Luis Vega"} <= released("Five prisoners were freed on Monday.",
                                                 "They were Ana Ruiz, Luis Vega and Tom Hale.")


def test_indian_styles_are_not_part_of_the_name():
    got = released("The court freed the fishermen Shri R. Devan, Shri M. Kannan and Smt. L. Mary on Tuesday.")
    assert got == {"R. Devan", "M. Kannan", "L. Mary"}


def test_sri_opening_a_javanese_name_is_kept():
    assert released("The government freed Sri Wahyuni Hartono on Monday.") == {"Sri Wahyuni Hartono"}


@pytest.mark.parametrize("sentence", [
    "The monitors welcome the release on Sunday of the opposition politician Lena Sorvik.",
    "The group welcomes the release on Sunday, 15 August, of the blogger Lena Sorvik, held for 34 days.",
])
def test_a_release_noun_with_its_own_day_before_of_frees_its_object(sentence):
    assert released(sentence) == {"Lena Sorvik"}


def test_a_release_noun_dated_months_before_the_story_is_another_occasion():
    got = people_published("The release on 12 March of Lena Sorvik was followed by talks.", "2024-06-20")
    assert got["Lena Sorvik"]["status"] == "released" and got["Lena Sorvik"]["scope"] == "other_event"


def test_an_acronym_spelt_out_in_brackets_is_no_person():
    got = people("Rights groups welcomed the release of Omar Dalil, leader of the NR (Nova Rodina) movement, after "
                 "the appeal court ruled.")
    assert "Nova Rodina" not in got and got["Omar Dalil"]["status"] == "released"


def test_a_quoted_he_is_not_the_speaker_the_sentence_before_introduced():
    got = people("Omar Saleh was deported to Canada on Saturday.",
                 "His lawyer, Peter Lund, said there were no charges left.",
                 '"He is a free man in this country," Lund said.')
    assert got["Peter Lund"]["status"] == "mentioned"


def test_a_quoted_he_still_stands_for_the_subject_before_when_someone_else_speaks():
    got = people("Omar Saleh walked out of the prison gates on Saturday.",
                 '"He is a free man in this country," Lund said.')
    assert got["Omar Saleh"]["status"] == "released"


@pytest.mark.parametrize("sentence, name", [
    ("The court freed the Cameroonian Tom Ruiz on Monday.", "Tom Ruiz"),
    ("The court freed the Franco-Cameroonian Michel Abena on Monday.", "Michel Abena"),
    ("The court freed the Irish-American writer Tom Ruiz on Monday.", "Tom Ruiz"),
])
def test_a_nationality_before_a_name_is_no_part_of_it(sentence, name):
    assert released(sentence) == {name}


def test_a_co_release_reaches_past_a_nationality_and_a_title():
    assert released("Ana Ruiz was released on Thursday together with the Malian opposition leader Tom Cisse.") \
        == {"Ana Ruiz", "Tom Cisse"}


@pytest.mark.parametrize("sentence", [
    "In August the Romanian Dan Varga came free after eight years in captivity.",
    "Only in March, the French reporter Dan Varga was freed in Niger.",
    "Back in June, Dan Varga was released by the rebels.",
])
def test_a_release_whose_sentence_opens_on_an_earlier_month_is_another_occasion(sentence):
    got = {p["name"]: p for p in extract_people(["Rebels freed the nurse Ana Ruiz on Sunday.", sentence],
                                                published="2023-11-27")}
    assert got["Dan Varga"]["status"] == "released" and got["Dan Varga"]["scope"] == "other_event"
    assert got["Ana Ruiz"]["scope"] == "this_event"


def test_a_clause_after_a_colon_dated_years_before_is_another_occasion():
    got = people_published("The lawyer had brokered the first swap on the bridge: in 1962 the spy Karl Brenner "
                           "was exchanged there.", "1986-02-12")
    assert got["Karl Brenner"]["scope"] == "other_event"


def test_a_month_in_a_clause_after_a_colon_that_is_the_story_own_keeps_its_event():
    got = people_published("The news came late: in November the rebels freed Dan Varga.", "2023-11-27")
    assert got["Dan Varga"]["scope"] == "this_event"


def test_an_agent_phrase_between_the_verb_and_last_month_still_dates_the_release():
    got = people_published("Karl Brenner was pardoned by President Ivan Dorn last month.", "2014-01-24")
    assert got["Karl Brenner"]["status"] == "released" and got["Karl Brenner"]["scope"] == "other_event"


def test_after_his_release_takes_the_occasion_of_the_release_the_sentence_already_dated():
    got = people_published("Karl Brenner was pardoned by President Ivan Dorn last month and flew to Berlin hours "
                           "after his release.", "2014-01-24")
    assert got["Karl Brenner"]["scope"] == "other_event"


def test_after_his_release_with_no_earlier_release_before_it_is_the_story_own():
    got = people_published("Karl Brenner flew to Berlin hours after his release on Friday.", "2014-01-24")
    assert got["Karl Brenner"]["status"] == "released" and got["Karl Brenner"]["scope"] == "this_event"


@pytest.mark.parametrize("sentence", [
    "Karl Brenner was arrested in Kyiv and handed over to the Uzbek authorities.",
    "He was seized in Riga in 1999 along with his colleague Karl Brenner, handed over to Uzbek authorities and "
    "convicted of anti-state crimes.",
])
def test_a_capture_then_a_handover_to_a_state_authorities_is_an_extradition_not_a_release(sentence):
    assert people_published(sentence, "2018-02-22")["Karl Brenner"]["status"] != "released"


def test_a_captive_handed_over_to_his_own_state_authorities_is_still_freed():
    got = people_published("Karl Brenner, who was captured in Mariupol, was handed over to the Ukrainian "
                           "authorities on Friday.", "2018-02-22")
    assert got["Karl Brenner"]["status"] == "released"


def test_reports_at_the_time_after_an_earlier_release_speak_of_that_release():
    got = {p["name"]: p for p in extract_people([
        "Rebels freed the priest Jean Dorat on Tuesday.", "In April, the group freed a family of seven.",
        "Media reports at the time said the release of Paul Mercier and his children had been bought with a ransom."],
        published="2014-01-01")}
    assert got["Paul Mercier"]["scope"] == "other_event" and got["Jean Dorat"]["scope"] == "this_event"


@pytest.mark.parametrize("paper", ["La Tribuna", "Los Andes", "Il Mattino"])
def test_a_paper_whose_title_opens_on_an_article_is_no_person(paper):
    got = people(f"Among those freed on Monday was the journalist Tomas Ruiz, director of {paper}, who was "
                 "freed after two years.")
    assert paper not in got


@pytest.mark.parametrize("sentence", [
    "Several poets were freed in the last years, among them Tomas Ruiz.",
    "Tomas Ruiz was one of the prisoners freed in the last few years.",
])
def test_in_the_last_years_is_another_occasion(sentence):
    got = people_published(sentence, "1981-07-08")
    assert got["Tomas Ruiz"]["status"] == "released" and got["Tomas Ruiz"]["scope"] == "other_event"


def test_a_relation_named_inside_a_list_item_whose_clause_is_not_an_item():
    got = people("Among those returned was Tom Berg, 20, a conscript whose mother, Ana Berg, had held a weekly protest.")
    assert got["Tom Berg"]["status"] == "released" and got["Ana Berg"]["status"] != "released"


def test_and_his_wife_comma_name_is_still_a_list_item():
    assert released("The rebels freed the economist Tom Berg and his wife, Ola Berg, on Friday.") == {"Tom Berg", "Ola Berg"}


@pytest.mark.parametrize("sentence", [
    "Tom Berg was released for the third time in January 1968, and it was not until the 1975 accord with Ana Lind "
    "that he returned to power.",
    "Tom Berg was freed on Monday and stays out of politics until the talks with Ana Lind.",
    "Tom Berg was freed on Monday under the agreement with Ana Lind.",
])
def test_a_with_that_belongs_to_a_later_clause_or_a_noun_is_no_co_release(sentence):
    assert released(sentence) == {"Tom Berg"}


@pytest.mark.parametrize("sentence", [
    "Tom Berg and his friend Ian Mills, 29, an educator from Elkins Park, Pa., were released from prison on Wednesday.",
    "Tom Berg, 29, a journalist who grew up here, and his friend Ian Mills, 29, a teacher from Dayton, Ohio, were "
    "released from prison on Wednesday.",
    "Tom Berg, 29, a journalist who grew up here, and his friend Ian Mills, 29, a teacher from Fresno, Calif., were "
    "released from prison on Wednesday.",
])
def test_a_town_and_its_ap_style_state_stay_inside_the_aside_of_a_subject(sentence):
    assert released(sentence) == {"Tom Berg", "Ian Mills"}


@pytest.mark.parametrize("surname", ["Priest", "Farmer", "Singer", "Monk", "Steward", "Prime"])
def test_an_occupation_that_is_also_a_surname_ends_a_name_after_a_given_name(surname):
    got = status(f"Hanna {surname}, 67, kidnapped on Sunday with a colleague, was released on Friday evening.",
                 f"The Catholic {surname} Ahmed Ali said nothing.")
    assert got[f"Hanna {surname}"] == "released"
    assert not any(k.startswith(surname) for k in got)


@pytest.mark.parametrize("sentence, shared", [
    ("The freed men are Hans Kugel from Bonn, Martin Stroh from Munich and Lars Holt from Ulm.", False),
    ("Martin Stroh, who lives in Munich and Lars Holt were freed.", False),
    ("Rebels freed Ahmed and Ali Yassin on Monday.", True),
])
def test_a_hometown_before_and_lends_no_surname(sentence, shared):
    got = status(sentence)
    assert ("Munich Holt" in got) is False
    assert ("Ahmed Yassin" in got) is shared


@pytest.mark.parametrize("second, expected", [
    ("the employee of the embassy Omar Zitouni", "released"),
    ("the driver of the aid agency Omar Zitouni", "released"),
    ("the wife of the ambassador Omar Zitouni", "mentioned"),
])
def test_a_second_subject_described_by_a_common_noun_s_of_shares_the_verb(second, expected):
    got = status(f"The diplomat Samir Haddad and {second}, kidnapped in Tripoli in March, were released on Saturday.")
    assert got["Samir Haddad"] == "released"
    assert got["Omar Zitouni"] == expected


@pytest.mark.parametrize("headline, expected", [
    ("Free, for now: what the release of Deniz Aral means for the courts", "released"),
    ("Free for now: the release of Deniz Aral.", "released"),
    ("Calls for the release of Deniz Aral grow.", "held"),  # a demand: still held
])
def test_an_irrealis_word_before_a_colon_does_not_reach_a_release_after_it(headline, expected):
    assert status(headline)["Deniz Aral"] == expected


@pytest.mark.parametrize("verb, expected", [("leaves", "held"), ("left", "held"), ("freed", "released")])
def test_a_release_that_leaves_a_group_in_captivity_holds_the_list_after_the_colon(verb, expected):
    if verb == "freed":
        sentence = "The raid freed four Westerners from captivity: Tom Lane and Jan Roth."
    else:
        sentence = f"The release {verb} four Westerners in captivity: Americans Tom Lane, held since 1985, and Jan Roth."
    got = status(sentence)
    assert got["Tom Lane"] == got["Jan Roth"] == expected


def test_prime_as_a_surname_leaves_the_prime_minister_s_title_alone():
    got = status("The consultant Hanna Prime was released on Friday.",
                 "Deputy Prime Minister Ali Omar and Prime Minister Sara Lind welcomed it.")
    assert got["Hanna Prime"] == "released"
    assert got["Ali Omar"] == got["Sara Lind"] == "mentioned"
    assert not any("Prime" in k and k != "Hanna Prime" for k in got)


@pytest.mark.parametrize("sentence, name, person", [
    ("The Orla Marina was freed by the pirates on Monday.", "Orla Marina", False),
    ("The Reverend John Hale was freed by the pirates on Monday.", "John Hale", True),
    ("Then John Hale was freed by the pirates on Monday.", "John Hale", True),
])
def test_a_capitalised_the_before_a_two_word_name_is_a_ship_or_a_place(sentence, name, person):
    assert (name in status(sentence)) is person


@pytest.mark.parametrize("sentence, expected", [
    ("Vera Lanskaya, whose plight after giving birth behind bars drew sympathy, walked out of prison on Tuesday.",
     "released"),
    ("Vera Lanskaya, whose case drew protests across Europe, remains in prison.", "held"),
    ("Vera Lanskaya, whose son was freed on Tuesday, said she was relieved.", "mentioned"),
])
def test_a_name_free_whose_clause_before_the_predicate_is_an_aside(sentence, expected):
    assert status(sentence)["Vera Lanskaya"] == expected


def test_a_bare_word_that_is_a_relatives_surname_and_the_freed_mans_first_name_is_the_freed_man():
    got = people("Tran Van Hoa is greeted by his son Minh Tran at the airport on Thursday night.",
                 "Minh Tran, a 43-year-old engineer, took unpaid leave to lobby in Canberra.",
                 "Rights groups said Mr Tran's release from prison was welcome but overdue.")
    assert got["Tran Van Hoa"]["status"] == "released"
    assert got["Minh Tran"]["status"] != "released"


def test_a_pilgrims_style_opening_a_name_is_no_given_name_but_inside_one_it_is():
    got = status("The emir, Alhaji Musa Bello, was freed on Monday.", "Aisha Alhaji Deri was also released.")
    assert got == {"Musa Bello": "released", "Aisha Alhaji Deri": "released"}


@pytest.mark.parametrize("sentence", [
    "Left behind in Mutare were Oskar Lindqvist, 52, and the two pilots, Pieter Brand and Hennie Koster.",
    "Left behind in Mutare were the alleged leader of the group, former officer Oskar Lindqvist, 52, who is serving "
    "a four-year term, and the two pilots of the aircraft, Pieter Brand and Hennie Koster, whose terms end in July.",
])
def test_those_left_behind_by_a_release_are_held(sentence):
    got = status("Sixty men jailed over the plot were freed on Sunday and flown home.", sentence)
    assert {got[n] for n in ("Oskar Lindqvist", "Pieter Brand", "Hennie Koster")} == {"held"}


@pytest.mark.parametrize("clause, freed", [
    (", angering then-President Ramon Olivares.", False),
    (", trading her for Ramon Olivares.", False),
    (", and Ramon Olivares.", True),
])
def test_a_participle_clause_after_a_list_item_takes_its_own_object(clause, freed):
    got = status("Among those freed were judge Lucia Ferrer, who was arrested in 2009 hours after she ordered a "
                 "banker released" + clause)
    assert got["Lucia Ferrer"] == "released"
    assert (got["Ramon Olivares"] == "released") is freed


def test_a_sentence_that_ends_on_those_not_freed_hands_them_to_the_next_list():
    got = status("Despite the releases, lawyers and the coalition say a number of prominent civilians have not been "
                 "freed.", "They include former minister Kamal Osman, council member Idris Bakri and Tarig Nour of "
                 "the committee.")
    assert {got[n] for n in ("Kamal Osman", "Idris Bakri", "Tarig Nour")} == {"held"}


@pytest.mark.parametrize("second, expected", [
    ("None of the 20 has been freed, a spokesman confirmed today.", "held"),
    ("None of the hostages was harmed when they were freed.", "released"),
])
def test_none_of_a_group_freed_keeps_the_groups_members_held(second, expected):
    got = status("Rebels freed the hostages, but the government refused to free the 20 prisoners they demanded.",
                 second, "Among them is Devika Ramanathan, a lecturer held in Jaffna jail.")
    assert got["Devika Ramanathan"] == expected


def test_requesting_someones_release_does_not_free_them():
    got = status("The ministry said the three were released, but that Kenji Watanabe, 57, would be investigated.",
                 'The minister welcomed the release of the three but said, "We will continue to strongly request the '
                 'early release of Mr. Watanabe."')
    assert got["Kenji Watanabe"] != "released"


# --- session 30 -------------------------------------------------------------------------

@pytest.mark.parametrize("headline", ["Armenia's Havel released, PM Dorian Vardanyan resigns",
                                      "Rebels free Havel, Dorian Vardanyan says",
                                      "Havel freed, Dorian Vardanyan quits"])
def test_a_headline_s_second_clause_has_a_subject_of_its_own(headline):
    got = status(headline, "Opposition leader Tomas Havel was released from detention on Monday.")
    assert got["Dorian Vardanyan"] != "released"
    assert got["Tomas Havel"] == "released"


def test_a_name_before_party_or_movement_is_a_body_not_a_person():
    got = status("Opposition leader Tomas Havel was detained on Sunday.",
                 "Agencies and Havel's New Dawn party confirm he has been released.")
    assert "New Dawn" not in got


def test_a_tabloid_lede_sets_only_the_given_name_in_capitals():
    got = status("DAVID Okafor has walked out of Kirikiri prison a free man, six years after his arrest.",
                 "His father, Samuel Okafor, said he was pleased.")
    assert got.get("David Okafor") == "released"
    assert got["Samuel Okafor"] != "released"


def test_a_capitalised_dateline_is_not_a_given_name():
    got = status("KABUL Afghan officials said the prisoners were freed on Monday.")
    assert not any(n.startswith("Kabul") for n in got)


def test_a_bare_surname_before_a_relative_s_full_name_is_the_story_s_own_man():
    got = status("Police said Mr Oduya walked out of Kamiti prison on Friday after six years.",
                 "Oduya thanked his family.",
                 "His father, Peter Oduya, said he was pleased.",
                 "Oduya was arrested in 2019 and handed over to military police.")
    assert got["Peter Oduya"] != "released"
    assert got.get("Oduya") == "released"


def test_a_name_after_the_object_s_comma_with_a_verb_of_its_own_opens_a_new_clause():
    got = {p["name"]: p["status"] for p in extract_article(
        "Jasek is at home. Sudanese president pardoned the Czech humanitarian worker, Zamora brought him to Prague\n\n"
        "Prague - The Czech humanitarian worker Petr Jasek, whom a court in Sudan sentenced to life imprisonment for "
        "espionage, is free. The Sudanese president pardoned him on Sunday, and the minister of foreign affairs Luis "
        "Zamora (CSSD) brought him in the evening by a government special to Prague, where his wife awaited him.",
        published="2017-02-26")["people"]}
    assert got["Luis Zamora"] != "released"
    assert got["Petr Jasek"] == "released"


def test_a_clause_coordinated_after_a_name_is_no_apposition_to_it():
    got = status("The president pardoned four exiles convicted in a plot to kill General Tomas Varga, and the men "
                 "were freed from prison before dawn, officials said.")
    assert got["Tomas Varga"] != "released"


def _article_statuses(text: str, published: str = "2024-09-10") -> dict[str, str]:
    return {p["name"]: p["status"] for p in extract_article(text, published=published)["people"]}


def test_a_nameless_he_freed_in_a_sentence_about_a_woman_is_not_her():
    got = _article_statuses(
        "The junta freed the former minister Ruben Salas from a prison camp on Tuesday and expelled him to Venezuela. "
        "Elena Duarte, who died in 2023, spent the rest of her life on the case of her husband's murder. Asked once "
        "what she remembered of the day he was freed, she said she remembered the phone call from Caracas.")
    assert got["Ruben Salas"] == "released"
    assert got["Elena Duarte"] != "released"


def test_a_he_freed_in_a_son_s_quote_about_his_father_is_not_the_son():
    got = _article_statuses(
        "The junta freed the former minister Ruben Salas from a prison camp on Tuesday and expelled him to Venezuela. "
        "In 2023 his son, the former senator Tomas Salas Vidal, laid flowers at the site of the camp. Tomas Salas "
        "Vidal spoke to the crowd. \"My father always said he was let out of one prison into another,\" he said. "
        "\"But he was let out.\"")
    assert got["Ruben Salas"] == "released"
    assert got.get("Tomas Salas Vidal") != "released"


@pytest.mark.parametrize("sentence", [
    "Ruben Salas was the first of Carlos Mena's ministers to be freed from the island camp.",
    "Ruben Salas was the first of the ministers to be freed from the island camp.",
])
def test_the_first_of_a_group_to_be_freed_is_freed(sentence):
    got = _article_statuses("The junta freed several former ministers from a prison camp on Tuesday. " + sentence)
    assert got["Ruben Salas"] == "released"
    assert got.get("Carlos Mena") != "released"


def test_the_first_to_be_freed_under_a_modal_is_no_release():
    got = _article_statuses("The junta said it would free several former ministers from a prison camp. Ruben Salas "
                            "would be the first of the ministers to be freed.")
    assert got["Ruben Salas"] != "released"


def test_a_wife_whose_name_ends_in_her_husband_s_is_not_him():
    got = _article_statuses(
        "The general freed Ali Khan and the other defendants on Sunday. Ali Khan walked out of the central jail at "
        "dusk. Ali Khan, 60, told reporters he was grateful to no one. His wife, Begum Nasra Ali Khan, who led the "
        "party during his imprisonment, said the family would travel home on Monday.", published="1978-01-02")
    assert got["Ali Khan"] == "released"
    assert got.get("Begum Nasra Ali Khan") != "released"


def test_a_quoted_he_with_a_pronoun_speaker_is_not_the_speaker():
    got = _article_statuses(
        "The junta freed the former minister Ruben Salas from a prison camp on Tuesday. According to Salas's counsel, "
        "Barrister Tomas Reyes Ochoa, more than 20 cases are still pending. \"He is a free man, subject to the "
        "courts,\" he said.")
    assert got["Ruben Salas"] == "released"
    assert got["Tomas Reyes Ochoa"] != "released"


def test_a_he_inside_a_quotation_opened_after_a_name_is_not_that_name():
    got = _article_statuses(
        "Rebels freed the engineer Omar Nehal on Tuesday after three years. Omar's lawyer in the capital, Tariq Saleem "
        "Awan, speaking to our correspondent by phone: \"He was released from the central jail at dawn and brought "
        "to the border by road.\"", published="2018-12-18")
    assert got["Omar Nehal"] == "released"
    assert got["Tariq Saleem Awan"] != "released"


@pytest.mark.parametrize("title", ["Former head of state", "Former minister of justice", "The former chief of staff"])
def test_a_title_with_a_lower_case_portfolio_is_no_preposition_before_the_name(title):
    got = _article_statuses(f"The junta freed political prisoners on Monday. {title} Olu Bamidele regained his "
                            "freedom yesterday after more than three years in detention.", published="1998-06-15")
    assert got["Olu Bamidele"] == "released"


def test_a_plural_one_larger_than_a_list_said_to_side_with_him_is_the_list():
    got = _article_statuses(
        "The president pardoned the former premier Mamadou Dione, jailed since 1962. The decree also concerns the "
        "three former ministers condemned at the same time as him, Mr. Val Ndoye, Mr. Ibra Sall and Mr. Jo Mbay. "
        "The four men have been set free and are reunited with their families.", published="1974-03-27")
    assert [got[n] for n in ("Mamadou Dione", "Val Ndoye", "Ibra Sall", "Jo Mbay")] == ["released"] * 4


def test_a_plural_one_larger_than_a_list_with_no_one_beside_it_is_not_the_list():
    got = _article_statuses(
        "The president pardoned political prisoners on Monday. The decree names three former ministers, Mr. Val "
        "Ndoye, Mr. Ibra Sall and Mr. Jo Mbay. The four men have been set free.", published="1974-03-27")
    assert got.get("Val Ndoye") != "released"


@pytest.mark.parametrize("adjunct", ["by the rebels", "by the Taliban in Afghanistan", "for months"])
def test_a_pluperfect_in_the_subject_s_relative_clause_does_not_date_the_release(adjunct):
    got = _article_statuses(f"Five British men who had been detained {adjunct} have been released, the government has "
                            "confirmed. Among them is Peter Jouvel, a former cameraman.", published="2022-06-20")
    assert got["Peter Jouvel"] == "released"
    assert _scoped(f"Five British men who had been detained {adjunct} have been released, the government has "
                   "confirmed. Among them is Peter Jouvel, a former cameraman.",
                   published="2022-06-20")["Peter Jouvel"] == ("released", "this_event")


def test_a_pluperfect_relative_and_a_dated_release_stay_an_earlier_occasion():
    got = {p["name"]: (p["status"], p["scope"]) for p in extract_article(
        "Peter Jouvel, who had been detained by the rebels in 2019, was released in 2020. He returned home.",
        published="2022-06-20")["people"]}
    assert got["Peter Jouvel"] == ("released", "other_event")


def test_recovered_the_freedom_in_translated_copy_is_freed():
    got = _article_statuses("The president commuted the sentence of the general to time served in prison. Lino Ovi "
                            "recovered the freedom yesterday.")
    assert got["Lino Ovi"] == "released"


@pytest.mark.parametrize("name", ["A. I. Feldan", "I. A. Feldan", "A. M. Feldan"])
def test_initials_that_read_as_words_belong_to_the_name(name):
    assert _article_statuses(f"Prof. {name} was freed from prison on Monday.").get(name) == "released"


def test_as_do_with_a_long_descriptor_shares_the_state():
    got = _article_statuses("The junta freed nine political detainees on Monday. Olu Diya also remains in detention, "
                            "as do the oil workers' union leaders, Chief Frank Kokor and Mr. Milton Dabib.")
    assert got["Frank Kokor"] == "held" and got["Milton Dabib"] == "held"


# A prison the article names is a place of custody when it later stands alone after a preposition.
@pytest.mark.parametrize("text, name, want", [
    ("The regime freed the aid worker Mara Tolvin from Tehran's Evin prison on Tuesday. Two other dual nationals, "
     "Darin Kavell and Omid Sherat, remain in Evin, their families said.", "Omid Sherat", "held"),
    ("Six dissidents were freed from Insein Prison on Friday. The poet Ko Lat Thein is still at Insein, his wife said.",
     "Ko Lat Thein", "held"),
    ("The general was released from the prison of Ramo Verde last week. His deputy, Col. Juan Pires, remains in "
     "Ramo Verde, lawyers said.", "Juan Pires", "held"),
])
def test_a_named_prison_standing_alone_is_custody(text, name, want):
    assert _article_statuses(text).get(name) == want


@pytest.mark.parametrize("text, name", [
    # a city that only modifies "prison" ("a Moscow prison") is no prison's name: staying in the city is not custody
    ("Lina Varsk was freed from a Moscow prison on Monday and will remain in Moscow with her mother.", "Lina Varsk"),
    ("Tomas Bela, freed from the Russian prison camp, said he would remain in Russia for now.", "Tomas Bela"),
])
def test_a_city_before_prison_is_not_a_prison_name(text, name):
    assert _article_statuses(text).get(name) == "released"


def test_suspects_handed_over_to_a_foreign_state_are_not_freed():
    got = _article_statuses("The government on Thursday handed over to US authorities a group of drug-trafficking "
                            "suspects wanted in the United States, among them Ramon Cardo Vinas, a convicted smuggler "
                            "held in prison since 2019.")
    assert got.get("Ramon Cardo Vinas") != "released"


def test_captives_handed_over_to_the_red_cross_are_freed():
    got = _article_statuses("The rebels handed over to the Red Cross three soldiers, among them Ramon Cardo Vinas, "
                            "held in captivity since 2019.")
    assert got.get("Ramon Cardo Vinas") == "released"


def test_a_name_inside_the_after_clause_of_a_release_is_not_released():
    got = _article_statuses("Police released Major Tom Arkell, the head of the security firm, from custody yesterday, "
                            "five days after soldiers loyal to the sacked commander, Colonel Joe Rinak, detained him at "
                            "a barracks.")
    assert got["Tom Arkell"] == "released" and got.get("Joe Rinak") != "released"


def test_a_list_after_the_release_runs_on_past_an_aside_with_a_date():
    got = _article_statuses("The junta freed Tom Arkell, jailed after the 2021 coup, and Joe Rinak from prison on "
                            "Monday.")
    assert got["Tom Arkell"] == "released" and got["Joe Rinak"] == "released"


@pytest.mark.parametrize("aside", [
    "president of the council of Banco Vidal de Oruña (Bavido)",
    "head of the Lagos office of Mercantile Trust",
    "cousin of the industrialist Ramon Ferral Ibarra",
])
def test_an_office_of_something_aside_keeps_the_subject_freed(aside):
    got = _article_statuses(f"The businessman Tomas Eguren Salt, {aside}, was liberated on Tuesday by his kidnappers "
                            "after 100 days of kidnapping.")
    assert got["Tomas Eguren Salt"] == "released"


def test_an_of_phrase_that_is_a_clause_is_no_aside():
    got = _article_statuses("The junta freed Tomas Eguren, most of whose aides, among them Lina Sarr, remain in prison.")
    assert got["Tomas Eguren"] == "released" and got.get("Lina Sarr") != "released"


@pytest.mark.parametrize("predicate", ["continues in power of his captors", "remains kidnapped",
                                       "continues detained in the capital", "continues in prison"])
def test_remaining_or_continuing_kidnapped_or_detained_is_held(predicate):
    got = _article_statuses(f"The banker was freed by his kidnappers on Tuesday. Luis Oro Vidal, kidnapped in April, "
                            f"{predicate}.")
    assert got["Luis Oro Vidal"] == "held"


def test_a_surname_behind_an_honorific_names_a_person_of_its_own():
    got = _article_statuses("Four tourists held hostage by villagers were freed on Sunday. Their boat pilot, "
                            "identified by local radio only as Mr. Batz, was released with them.")
    assert got.get("Batz") == "released"


@pytest.mark.parametrize("text, full", [
    # a family name first, and a given name in polite use, belong to the full name the article gave
    ("China freed the journalist Ling Wen on Wednesday after three years in detention. Ms Ling flew home.", "Ling Wen"),
    ("The king pardoned the engineer Somchai Ratana, jailed for spying. Mr Somchai was freed on Friday.",
     "Somchai Ratana"),
])
def test_an_honorific_name_that_is_part_of_a_full_name_is_no_second_person(text, full):
    got = _article_statuses(text)
    assert got.get(full) == "released" and len([n for n in got if n != full and got[n] == "released"]) == 0


def test_a_verdict_that_ends_the_detention_frees_its_objects():
    got = _article_statuses("Rights groups had long campaigned for the couple's release. A state high court on "
                            "Wednesday acquitted the cleric Musa Adeyemi and his wife, Hadiza Bello, of all eight counts "
                            "brought against them, ending more than five years in detention.")
    assert got["Musa Adeyemi"] == "released" and got["Hadiza Bello"] == "released"


def test_an_acquittal_without_an_end_of_detention_frees_nobody():
    got = _article_statuses("Two journalists were freed on Monday. The court also acquitted the officer Musa Adeyemi "
                            "of fraud, but he remains in detention on other charges.")
    assert got["Musa Adeyemi"] == "held"


def test_lifting_a_house_arrest_frees_its_objects_and_dates_the_event():
    got = extract_article("The junta on Friday lifted the house arrest of former president Bah Ndoye and former prime "
                          "minister Moussa Oumar. In August 2020 the junta released the president Ali Keira from "
                          "detention.", published="2021-08-27")
    people = {p["name"]: (p["status"], p["scope"]) for p in got["people"]}
    assert people["Bah Ndoye"] == ("released", "this_event") and people["Moussa Oumar"] == ("released", "this_event")
    assert people["Ali Keira"] == ("released", "other_event")
    assert got["event"]["date"] == "2021-08-27"


def test_a_parent_whose_child_was_among_the_freed_is_not_freed():
    got = status("Soldiers freed 40 prisoners from the jail on Sunday.",
                 "\"I have not seen my son for two years,\" said Maria Lopes, 52, whose son was among those released.")
    assert got.get("Maria Lopes") != "released"


def test_an_aged_aside_that_says_the_person_was_freed_still_frees():
    assert "Maria Lopes" in released("Soldiers freed 40 prisoners from the jail on Sunday.",
                                     "Maria Lopes, 52, one of those released, said she was happy.")


def test_a_name_heading_a_whose_relative_is_not_the_deportee_of_the_release():
    got = status("Soldiers freed 40 prisoners from the jail on Sunday.",
                 "Observers noted that the release of the ministers appeared designed to win the support of the "
                 "north, whose king, the Mwami Sir Paulo Banda, was driven into exile by the army and died in London.")
    assert got.get("Paulo Banda") != "released"


def test_a_freed_leader_flown_abroad_after_the_release_is_still_freed():
    assert "Paulo Banda" in released("Soldiers freed 40 prisoners from the jail on Sunday.",
                                     "Their leader, Paulo Banda, was flown to Lisbon.")


def test_not_among_those_freed_is_not_freed():
    got = status("The junta freed 300 prisoners from jail on Sunday.",
                 "Not among those freed tonight was the poet Yannis Kostas, arrested in August and accused of "
                 "organizing a resistance group.")
    assert got.get("Yannis Kostas") == "held"


def test_among_those_freed_without_negation_frees():
    assert "Yannis Kostas" in released("The junta freed 300 prisoners from jail on Sunday.",
                                       "Among those freed tonight was the poet Yannis Kostas, arrested in August.")


def test_a_counted_plural_takes_up_a_list_set_off_by_semicolons():
    got = released("A court on Friday ordered the release from jail of: painter Ana Ruiz; editor Luis Paz; lawyer "
                   "Tomas Vidal.", "The three walked free shortly after midnight.")
    assert got >= {"Ana Ruiz", "Luis Paz", "Tomas Vidal"}


def test_a_counted_plural_does_not_take_up_a_semicolon_list_of_another_size():
    got = released("A court on Friday ordered the release from jail of: painter Ana Ruiz; editor Luis Paz; lawyer "
                   "Tomas Vidal.", "The four walked free shortly after midnight.")
    assert not got & {"Ana Ruiz", "Luis Paz", "Tomas Vidal"}


def test_a_court_ruling_for_the_release_frees_while_a_call_for_it_does_not():
    assert status("A court on Friday ruled for the release of the painter Ana Ruiz from jail.")["Ana Ruiz"] == "released"
    assert status("Relatives called for the release of the painter Ana Ruiz from jail.")["Ana Ruiz"] != "released"


def test_a_release_with_its_of_repeated_frees_every_item():
    got = released("At the end of the hearing, which lasted late into the night, the court ruled for the release of "
                   "journalists Ali Kaya and Veli Demir, of news editor Ayse Tan, of reporter Cem Yilmaz and of Deniz "
                   "Aksu, taking into account the period they stayed in prison.")
    assert got >= {"Ali Kaya", "Veli Demir", "Ayse Tan", "Cem Yilmaz", "Deniz Aksu"}


def test_a_name_after_the_release_clause_without_of_is_no_item():
    got = status("The court ruled for the release of the painter Ana Ruiz from jail, and Luis Paz said he was pleased.")
    assert got.get("Luis Paz") != "released"


def test_continued_custody_of_named_people_holds_them():
    got = status("Police freed two others from jail.",
                 "The court ruled however for the continuation of the arrest of owner Ali Kaya, of the reporters "
                 "Veli Demir and Cem Yilmaz, and of the former police chief Deniz Aksu.")
    assert [got.get(n) for n in ("Ali Kaya", "Veli Demir", "Cem Yilmaz", "Deniz Aksu")] == ["held"] * 4
    got = status("The coalition condemns the continued detention of the editor Mara Levi.")
    assert got.get("Mara Levi") == "held"
    # a background state: the release the story tells outranks it
    got = status("The former premier Karl Weber was released from remand prison on Wednesday evening.",
                 "12 January - The constitutional court decides that the further detention of the ailing Karl Weber "
                 "violates human dignity.")
    assert got.get("Karl Weber") == "released"


def test_a_named_penitentiary_is_no_person_and_walking_out_of_it_frees():
    got = status("Tom Reed walked out of Stony Mountain Penitentiary yesterday afternoon, a free man for the first time "
                 "since he was a 16-year-old drifter arrested for a murder.")
    assert got.get("Tom Reed") == "released" and "Stony Mountain Penitentiary" not in got


def test_a_negated_rank_says_the_person_was_freed_too():
    assert "Colin Reed" in released("Toronto man Colin Reed freed after five years as a Taliban hostage.",
                                    "Reed is not the first Canadian freed in Afghanistan.")


def test_a_plain_negation_still_holds():
    assert status("Rebels freed 12 hostages from jail.", "Colin Reed was not freed.")["Colin Reed"] == "held"


def test_a_counted_plural_that_names_its_own_members_does_not_reach_back():
    got = status("Seven politicians were released from jail yesterday.",
                 "Tom Alor and Kim Manibe walked free yesterday, but Pat Amum and Oya Ajak remain in detention in Juba "
                 "together with Mark Dagot and Ezra Gatkuoth.",
                 "The four still held are Pat Amum, a party leader, Oya Ajak, a former minister, Mark Dagot, a former "
                 "deputy minister, and Ezra Gatkuoth, who was envoy in Washington.")
    assert got["Tom Alor"] == "released" and got["Kim Manibe"] == "released"
    assert got["Mark Dagot"] == "held"


def test_a_counted_plural_with_no_names_of_its_own_still_reaches_back():
    got = status("Rebels seized Tom Alor and Kim Manibe in March.", "Both remain in jail.")
    assert got["Tom Alor"] == "held" and got["Kim Manibe"] == "held"


def test_a_freed_object_introduced_by_the_office_he_leads_is_freed():
    got = released("A court on Wednesday freed the leader of the Islamic Movement, Sheikh Musa Bala, from prison.")
    assert "Musa Bala" in got


def test_an_office_holder_who_speaks_after_the_release_clause_is_not_freed():
    got = status("A court on Wednesday freed 40 prisoners from jail, the leader of the Islamic Movement, Sheikh Musa "
                 "Bala, said.")
    assert got.get("Musa Bala") != "released"


def test_a_verbless_headline_or_bullet_among_those_freed_frees():
    assert "Ana Ruiz" in released("The government released 91 prisoners from jail on Monday.",
                                  "Belgian student Ana Ruiz among those freed.")


def test_a_speaker_before_someone_else_among_those_freed_is_not_freed():
    got = status("The government released 91 prisoners from jail on Monday.",
                 "Ana Ruiz said Luis Paz was glad to be among those freed.")
    assert got.get("Ana Ruiz") != "released"


@pytest.mark.parametrize("sentence", [
    "Paul Marchand, a French engineer kidnapped in March, escaped from his captors before dawn on Tuesday.",
    "Paul Marchand, a French engineer kidnapped in March, slipped away from rebel captivity on Tuesday.",
])
def test_a_captive_who_escapes_his_captors_is_out_of_their_hands(sentence):
    assert "Paul Marchand" in released("The rebels freed 40 hostages on Monday.", sentence)


def test_a_prisoner_who_escapes_from_jail_is_not_freed():
    got = status("The rebels freed 40 hostages on Monday.", "Paul Marchand escaped from prison in June.")
    assert got.get("Paul Marchand") != "released"


def test_a_conjunct_after_an_aside_may_open_with_a_trade():
    got = released("Militants freed two reporters who had been held for ten days.",
                   "Correspondent Tom Hale, 52, of Leeds, and cameraman Ivo Brink, 30, of Utrecht, were dropped "
                   "off at a hotel in the city.")
    assert {"Tom Hale", "Ivo Brink"} <= got


def test_a_main_verb_handing_a_thing_to_the_family_frees_nobody():
    got = status("The army freed 40 prisoners from jail on Monday.",
                 "The chief medic, Major Juan Perez Soto, handed to the family the discharge papers.")
    assert got.get("Juan Perez Soto") != "released"
    # a captive handed to his family is freed
    assert "Juan Perez Soto" in released("The army freed 40 prisoners from jail on Monday.",
                                         "The second captive, the engineer Juan Perez Soto, handed to his family "
                                         "the next day, said he was well.")


@pytest.mark.parametrize("sentence", [
    "The head of the prison wing, the lieutenant colonel Juan Perez Soto, signed the release order.",
    "The prison's warden, Juan Perez Soto, said the men had been well treated.",
    "Prison director Juan Perez Soto read out the decree.",
])
def test_the_captors_prison_staff_are_officials_never_freed(sentence):
    got = status("The army freed 40 prisoners from jail on Monday.", sentence,
                 "\"They returned him to me in a wheelchair,\" said the wife of one of them.")
    assert got.get("Juan Perez Soto") != "released"


def test_a_negated_release_goes_on_past_nor():
    got = status("The junta freed 5,000 prisoners from jail on Monday.",
                 "The reporter Dan Fenwick, who has been held since May, was not among those released, nor was "
                 "the economist Sean Turnbull, an adviser to the minister.")
    assert got["Dan Fenwick"] == "held" and got["Sean Turnbull"] == "held"
    got = status("The junta freed 5,000 prisoners from jail on Monday.",
                 "Dan Fenwick was not released, nor were the writers Sean Turnbull and Ali Kaya.")
    assert got["Sean Turnbull"] == "held" and got["Ali Kaya"] == "held"


@pytest.mark.parametrize("sentence, name", [
    ("Omar Nabil, who was released late last year, is still waiting for a passport.", "Omar Nabil"),
    ("In the last years, several Frenchmen were released by Tehran, among them Paul Brun and Luc Morel.", "Luc Morel"),
    ("Its founder, Omar Nabil, was himself released from an Egyptian prison in 2015 after giving up his passport.",
     "Omar Nabil"),
])
def test_a_release_set_in_an_earlier_year_is_another_event(sentence, name):
    got = people("Egypt freed Ali Samir from jail on Sunday.", sentence)
    assert got[name]["status"] == "released" and got[name]["scope"] == "other_event"
    assert got["Ali Samir"]["scope"] == "this_event"


def test_a_release_in_the_past_hours_is_this_event():
    got = people("Egypt freed Ali Samir from jail on Sunday.", "In the past 24 hours, Omar Nabil was released too.")
    assert got["Omar Nabil"]["scope"] == "this_event"


def test_a_first_day_of_freedom_tells_a_release():
    assert "Ali Samir" in released("Egypt freed 12 prisoners from jail on Monday.",
                                   "Ali Samir spent his first full day of freedom at home with his mother.")
    got = status("Egypt freed 12 prisoners from jail on Monday.",
                 "Ali Samir spent his first day in the new office reading the decree.")
    assert got.get("Ali Samir") != "released"


def test_an_office_holder_held_by_the_other_side_is_a_captive_not_an_official():
    got = people("Sweden freed a prisoner in a swap on Saturday.",
                 "Johan Berg, the Swedish European Union official held in Iran for more than two years, was freed "
                 "in the exchange.")
    assert got["Johan Berg"]["role"] is None and got["Johan Berg"]["status"] == "released"
    got = people("Sweden freed a prisoner in a swap on Saturday.",
                 "Johan Berg, the Swedish foreign minister, greeted him at the airport.")
    assert got["Johan Berg"]["role"] == "official"


@pytest.mark.parametrize("sentence", [
    "Bishop Tom Hale, who was sentenced in 1951 to 24 years, stayed in prison, as well as the former officer Ivo "
    "Brink, convicted in 1949.",
    "Tom Hale stayed in prison, as well as Ivo Brink.",
])
def test_one_who_stayed_in_prison_and_those_as_well_as_him_are_held(sentence):
    got = status("The government freed 40 prisoners from jail on Monday.", sentence)
    assert got["Tom Hale"] == "held" and got["Ivo Brink"] == "held"


def test_a_captive_carried_off_the_plane_is_home():
    assert "Ali Samir" in released("The US freed three Guantanamo detainees on Thursday.",
                                   "Ali Samir, 38, was carried off a US military aircraft on a stretcher early on "
                                   "Friday and taken to a hospital.")
    got = status("The US freed three Guantanamo detainees on Thursday.",
                 "Ali Samir carried his son off the plane.")
    assert got.get("Ali Samir") != "released"


def test_a_captive_who_rode_across_the_exchange_line_is_freed():
    assert "Tom Hale" in released("The Communists handed over 400 more Allied prisoners of war on Friday.",
                                  "Maj. Gen. Tom Hale, the highest-ranking officer captured in the war, rode across "
                                  "the exchange line here today in a Communist truck.")
    got = status("The Communists handed over 400 more Allied prisoners of war on Friday.",
                 "Gen. Tom Hale rode across the line to greet the returning men.")
    assert got.get("Tom Hale") != "released"


@pytest.mark.parametrize("sentence", [
    "Passenger Omar Dahl, 38, who was flown back to Oslo with other freed hostages on Friday, described the raid.",
    "Omar Dahl arrived in Oslo on Friday along with 40 other released passengers.",
])
def test_one_who_travels_with_other_freed_captives_is_freed(sentence):
    assert "Omar Dahl" in released("The hijackers released the hostages on Monday after talks.", sentence)


def test_one_who_meets_the_families_of_other_freed_captives_is_not_freed():
    got = status("The hijackers released the hostages on Monday after talks.",
                 "Omar Dahl greeted the plane along with the families of other freed hostages.")
    assert got.get("Omar Dahl") != "released"


def test_jesus_before_a_surname_is_a_given_name():
    assert released("The gang freed Jesus Ortega and Ana Ruiz from a safe house on Monday.") == {"Jesus Ortega",
                                                                                                  "Ana Ruiz"}
    assert set(people("The freed hostages thanked Jesus Christ and the soldiers who rescued Ana Ruiz.")) == {"Ana Ruiz"}


def test_a_bare_surname_goes_to_the_person_whose_surname_it_is_exactly():
    got = status("Eight men were deported on Friday; Jesus Ortega-Lima was among them.",
                 '"He called me once," said Maria Ortega, Mr Ortega-Lima\'s sister.',
                 "Mr Ortega-Lima was released on Tuesday and flown home to Mexico.")
    assert got["Jesus Ortega-Lima"] == "released"
    assert got.get("Maria Ortega") != "released"


def test_a_person_named_right_after_the_name_of_her_group_is_a_person():
    got = status("The court replaced the prison term of a member of the protest group Iron Voices Anna Petrova with a "
                 "suspended one, and she was released in the courtroom.")
    assert got.get("Anna Petrova") == "released"
    assert "Iron Voices Anna Petrova" not in got
    assert "Anna Petrova" not in status("The editor of the newspaper Nova Gazeta said the prisoners were released.")


@pytest.mark.parametrize("headline", [
    "Ali Baba and Paul Kor walk out of prison after court ruling",
    "Ali Baba, Paul Kor walk out of prison after court ruling",
])
def test_a_present_tense_walk_out_of_prison_frees_its_plural_subject(headline):
    assert released(headline, "The court suspended their sentences on Monday.") == {"Ali Baba", "Paul Kor"}


def test_a_plan_to_walk_out_of_prison_frees_nobody():
    assert released("Ali Baba and Paul Kor are expected to walk out of prison next week.") == set()


def test_sen_after_a_given_name_is_a_surname():
    assert "Anil Sen" in released("Anil Sen walked out of Raipur jail on Monday after the court granted him bail.")
    assert "Tom Harkin" in people("Sen. Tom Harkin said the prisoners were freed.")



def test_a_town_whose_name_opens_on_birnin_or_kafr_is_no_person():
    got = people("Bandits freed the 24 kidnapped schoolgirls on Tuesday.",
                 "The girls are undergoing checks in Birnin Kebbi, the governor said, and the families of Kafr Qasim "
                 "welcomed the news.")
    assert not {"Birnin Kebbi", "Kafr Qasim"} & set(got)


def test_the_hausa_style_malam_is_no_given_name():
    got = people("Bandits released 53 kidnapped bus passengers on Saturday.",
                 "Our reporter spoke to Malam Sani Idris, whose daughter was among the abducted girls.")
    assert "Sani Idris" in got and "Malam Sani Idris" not in got


def test_part_of_a_group_another_release_freed_is_freed_on_that_occasion():
    got = people("The governor on Saturday commuted the sentences of all 90 inmates on death row.",
                 "The announcement came a day after the governor pardoned four inmates who said they had been tortured.",
                 "Three of the four walked out of prison on Friday: Tom Hale, Ivo Brink and Omar Dahl.")
    assert {n: (p["status"], p["scope"]) for n, p in got.items()} == {
        "Tom Hale": ("released", "other_event"), "Ivo Brink": ("released", "other_event"),
        "Omar Dahl": ("released", "other_event")}
    got = people("The rebels freed four hostages on Saturday.",
                 "Three of the four walked out of the camp at dawn: Tom Hale, Ivo Brink and Omar Dahl.")
    assert got["Tom Hale"]["scope"] == "this_event"


def test_a_walk_out_of_a_custodial_center_frees():
    got = status("The court freed two rebel consultants on Friday so they could join the peace talks.",
                 "Tom Hale and his wife Ann Berg walked out of the police custodial center on Friday night.")
    assert got["Tom Hale"] == "released" and got["Ann Berg"] == "released"


def test_a_particle_surname_capitalised_at_a_sentence_start_is_the_short_form():
    got = people("De Lima walks out of jail after nearly 7 years",
                 "Former senator Leila de Lima left the police custodial center on Monday after a court granted bail.",
                 "De Lima, 64, smiled and waved to supporters.", "De Lima thanked her lawyers.")
    assert "Leila de Lima" in got and "De Lima" not in got


def test_the_release_yesterday_of_x_frees_x():
    assert "Ali Samir" in released("Egypt freed a jailed journalist from prison on Monday.",
                                   "The group welcomed the release yesterday of photojournalist Ali Samir.")


def test_released_earlier_in_the_week_is_another_occasion():
    got = _scoped("Rebels freed the kidnapped aid worker Tom Haas on Friday.",
                  "Ana Lopez and Maria Ruiz were released earlier in the week.", published="2016-08-20")
    assert got["Tom Haas"] == ("released", "this_event")
    assert got["Ana Lopez"] == ("released", "other_event") and got["Maria Ruiz"] == ("released", "other_event")


def test_walking_out_of_a_court_as_free_men_frees():
    got = status("Omar Hale and Piet Brink walked out of the High Court yesterday, free men for the first time in "
                 "six years, after judges quashed their convictions.")
    assert got == {"Omar Hale": "released", "Piet Brink": "released"}


def test_walking_out_of_a_court_without_freedom_does_not_free():
    got = status("Omar Hale and Piet Brink walked out of the High Court yesterday in protest at the judge's remarks, "
                 "after the hearing on their detention was adjourned.")
    assert "released" not in got.values()


def test_a_whose_clause_naming_places_is_an_aside_before_the_release():
    got = status("Tom Harte, the East London taxi driver whose face was painted on walls and bridges from Hull to "
                 "York, walked out of Wakefield Prison last night a free man after two years behind bars.")
    assert got["Tom Harte"] == "released"


def test_a_one_word_nickname_after_known_as_is_the_same_person_later():
    got = people("Egypt freed the jailed photographer Karim Abu Salem, known as Zizo, from prison on Monday.",
                 "Zizo, 31, was released from a police station in Giza.")
    assert "Zizo" not in got
    assert got["Karim Abu Salem"]["status"] == "released"
    assert "Zizo" in got["Karim Abu Salem"]["aliases"]


def test_a_broadcaster_named_before_its_producer_is_no_person():
    got = status("Egypt freed a jailed photographer on Monday.", "At least 25 journalists remain in detention.",
                 "They include Al Jazeera producer Omar Fikry, held without trial since 2016, and the blogger Ali Nour.")
    assert "Al Jazeera" not in got and got["Omar Fikry"] == "held"


def test_a_relative_clauses_second_predicate_frees_its_antecedent_not_the_sentence_subject():
    got = status("Delhi released 400 prisoners from Tihar jail on parole on Saturday.",
                 "Ravi Kumar, 58, a retired clerk from Rohini, collected his son, Amit Kumar, 27, who is serving a "
                 "two-year term for theft and was granted parole.")
    assert got["Ravi Kumar"] == "mentioned"
    assert got["Amit Kumar"] == "released"


def test_a_relative_clause_denying_parole_keeps_its_antecedent_held():
    got = status("Delhi released 400 prisoners from Tihar jail on parole on Saturday.",
                 "Ravi Kumar visited his son, Amit Kumar, who is serving a term for theft and was denied parole.")
    assert got["Ravi Kumar"] == "mentioned" and got["Amit Kumar"] == "held"


def test_a_long_name_free_aside_does_not_hide_the_subject_of_the_release():
    got = status("Vietnam freed 8,000 prisoners in a Tet amnesty on Wednesday.",
                 'Tran Van Hoa, 62, an endocrinologist who has spent a total of more than 20 years behind bars since '
                 '1978 and was sentenced in July 2004 to 30 months for "abusing democratic freedoms", walked out of '
                 'Chi Hoa prison in Ho Chi Minh City, family members said.')
    assert got["Tran Van Hoa"] == "released"


def test_a_shared_origin_aside_after_a_list_does_not_hide_its_predicate():
    got = status("Militants freed three hostages in Gaza on Thursday.",
                 "Hours later Anna Berg, 29, and Tom Levi, 80, both from Kibbutz Orim, were driven through a crowd "
                 "outside the ruins of a house before being handed over.")
    assert got["Anna Berg"] == "released" and got["Tom Levi"] == "released"


def test_coming_out_at_an_hour_frees_in_a_release_story():
    got = status("Delhi released 400 prisoners from Tihar jail on parole on Saturday.",
                 "Ravi Kumar came out around 2pm.", "Ajay Singh walked out at 9.30 a.m.")
    assert got["Ravi Kumar"] == "released" and got["Ajay Singh"] == "released"


def test_coming_out_in_support_is_no_release():
    got = status("Delhi released 400 prisoners from Tihar jail on parole on Saturday.",
                 "Ravi Kumar came out in support of the jailed activists.")
    assert got["Ravi Kumar"] != "released"


def test_earlier_today_is_the_same_occasion():
    got = _scoped("Hamas freed 12 hostages in the evening under the truce.",
                  "Earlier today Hamas released two women, Anna Gold, 50, and her mother, Rina Tal, 73, outside the "
                  "framework of the exchange.", published="2023-11-29")
    assert got["Anna Gold"] == ("released", "this_event") and got["Rina Tal"] == ("released", "this_event")


def test_earlier_alone_still_opens_another_occasion():
    got = _scoped("Hamas freed 12 hostages in the evening under the truce.",
                  "Earlier, Hamas released two women, Anna Gold and Rina Tal, in a separate deal.", published="2023-11-29")
    assert got["Anna Gold"][1] == "other_event"


def test_dash_spells_out_a_counted_group_inside_a_membership_list():
    got = status("The government freed 40 detainees on Monday.",
                 "Among those freed were the former party leader, Mr Tomas Okelo, and three other ministers arrested "
                 "with them in 1996 - Mr Peter Wanjala, Mr John Kizza and Mr Amos Laki.")
    assert got["Peter Wanjala"] == "released" and got["Amos Laki"] == "released"


def test_dash_aside_about_a_relative_is_no_list_item():
    got = status("The army released 30 detainees on Monday.",
                 "Among those freed were the former mayor, Mr Tomas Okelo, and two activists arrested with him - a "
                 "nephew of the opposition leader Mr John Kizza and a teacher.")
    assert got["Tomas Okelo"] == "released" and got["John Kizza"] != "released"


@pytest.mark.parametrize("lead", ["Miss Laila Haroon, the daughter of the executed former prime minister, Mr Karim Haroon,",
                                  "Laila Haroon, 30, wife of the opposition leader, Karim Haroon,"])
def test_a_name_re_naming_the_office_inside_a_kinship_aside_is_no_subject(lead):
    got = status("The junta released 12 political prisoners on Monday.",
                 f"{lead} was released from detention yesterday and flew to Geneva.")
    assert got["Laila Haroon"] == "released" and got["Karim Haroon"] != "released"


def test_a_kinship_aside_without_a_re_naming_keeps_its_subject():
    got = status("The junta released 12 political prisoners on Monday.",
                 "Laila Haroon, the daughter of Karim Haroon, was released from detention yesterday.")
    assert got["Laila Haroon"] == "released" and got["Karim Haroon"] != "released"


@pytest.mark.parametrize("who", ["His lawyer, Reza Tabari,", "His spokesman Reza Tabari"])
def test_he_after_his_lawyer_is_the_man_the_lawyer_acts_for(who):
    got = status("Iran released the rapper Darius Kamali from prison on Monday after two years behind bars.",
                 f"{who} confirmed the release in a post online.",
                 "A short video shows the 33-year-old embracing his father.",
                 "Officials understand that he was released after a court ordered his freedom.")
    assert got["Darius Kamali"] == "released" and got["Reza Tabari"] != "released"


def test_he_after_a_named_newcomer_is_still_the_newcomer():
    got = status("Iran released the rapper Darius Kamali from prison on Monday after two years behind bars.",
                 "The poet Reza Tabari was arrested with him in 2022.",
                 "Officials understand that he was released on Tuesday after a court ordered his freedom.")
    assert got["Reza Tabari"] == "released"


@pytest.mark.parametrize("second", ["He refused, and was arrested again on Thursday night at his flat.",
                                    "He was re-arrested the next morning at his flat."])
def test_re_arrested_within_days_of_the_release_is_held(second):
    got = status("The regime freed seven activists this week.",
                 "Tomas Berger, a 24-year-old printer, was released on Wednesday on condition that he leave the "
                 "country within 48 hours.", second)
    assert got["Tomas Berger"] == "held"


def test_re_arrested_years_later_is_still_one_of_the_freed():
    got = status("The regime freed seven activists this week.",
                 "Tomas Berger, a 24-year-old printer, was released on Wednesday.",
                 "He refused to stay silent, and was arrested again in 1991.")
    assert got["Tomas Berger"] == "released"


def test_a_red_cross_delegate_who_walked_out_to_negotiate_is_a_mediator():
    text = ("Troops stormed the embassy on Tuesday and freed 71 of the 72 hostages. For four months a commission "
            "shuttled in and out: the archbishop, Juan Ortiz; the Canadian ambassador, Tom Vance; and the Red Cross "
            "delegate, Michel Amann, who had been a hostage himself for a few hours on the first night before he "
            "walked out to negotiate.")
    got = {p["name"]: p["status"] for p in extract_article(text, published="1997-04-23")["people"]}
    assert got["Michel Amann"] != "released"


@pytest.mark.parametrize("sentence", ["On Monday the kidnappers released Red Cross delegate Michel Amann.",
                                      "Michel Amann, a Red Cross delegate, was freed on Monday."])
def test_a_kidnapped_red_cross_delegate_freed_is_released(sentence):
    got = status("Gunmen kidnapped three aid workers in March.", sentence)
    assert got["Michel Amann"] == "released"


def test_begum_opening_a_name_is_a_style_and_chairperson_a_title():
    got = status("BNP Chairperson Begum Rashida Karim was released from the sub-jail on Thursday after 11 months.")
    assert got == {"Rashida Karim": "released"}


def test_begum_after_a_given_name_is_the_surname():
    got = status("The court freed 12 prisoners.", "Police freed Shamima Begum and Alhaji Musa Bello on Monday.")
    assert got == {"Shamima Begum": "released", "Musa Bello": "released"}


def test_his_wife_begum_x_is_his_relative_not_him():
    got = status("General Karim today freed Ali Khan, the opposition leader.",
                 "His wife, Begum Nasim Ali Khan, who led the alliance in his absence, met him at the gates.")
    assert got["Ali Khan"] == "released" and got["Nasim Ali Khan"] != "released"


def test_a_generation_suffix_does_not_end_a_semicolon_list():
    got = status("The government freed 40 prisoners on Monday.",
                 "All four men were released: Maj. Gen. Edward Sams; Brig. Gen. Claude Moore Jr.; and a Turkish "
                 "officer, Col. Cevdet Demir.")
    assert got == {"Edward Sams": "released", "Claude Moore Jr.": "released", "Cevdet Demir": "released"}


def test_a_fronted_participle_may_take_a_long_coordinated_phrase_before_its_subject():
    got = status("The regime freed 2,000 prisoners under the amnesty.",
                 "Also released under the amnesty and allowed to leave for the West was Nico Hartmann, 23, a young "
                 "East Berliner jailed for five years.")
    assert got["Nico Hartmann"] == "released"


def test_prisoners_who_told_reporters_are_no_fronted_participle():
    got = status("The regime freed 2,000 prisoners under the amnesty.",
                 "Released prisoners told reporters at the gate of the jail that they were beaten, said Nico Hartmann.")
    assert got["Nico Hartmann"] != "released"


def test_a_name_after_aboard_is_no_subject_of_the_release():
    got = status("The government freed 40 prisoners on Monday.",
                 "All four men aboard the twin-engine Cessna were released: Maj. Gen. Edward Sams; Brig. Gen. Claude "
                 "Moore; and Col. Cevdet Demir.")
    assert got["Edward Sams"] == got["Cevdet Demir"] == "released" and got.get("Cessna") != "released"


def test_a_pluperfect_kept_in_detention_is_a_hold_the_release_ended():
    got = status("Jacobo Tamir was released from house arrest today and put on a plane for Israel.",
                 "The junta, which had kept Mr. Tamir in detention since April 1977, responded with a decree.")
    assert got["Jacobo Tamir"] == "released"


def test_kept_in_custody_now_is_held():
    got = status("The rebels freed Anna Ruiz on Monday but kept her brother Jorge Ruiz in custody.")
    assert got["Jorge Ruiz"] == "held"


def test_a_cleft_dates_the_release_it_frames():
    got = _scoped("Three prisoners were swapped on the bridge today.",
                  "It was there, in February 1962, that the spy Rudolf Abelson was exchanged for Francis Powell.",
                  published="1978-05-02")
    assert got["Rudolf Abelson"] == got["Francis Powell"] == ("released", "other_event")


def test_a_cleft_without_a_date_keeps_the_story_occasion():
    got = _scoped("Three prisoners were swapped on the bridge today.",
                  "It was there that the spy Rudolf Abelson was exchanged for Francis Powell this morning.",
                  published="1978-05-02")
    assert got["Rudolf Abelson"] == ("released", "this_event")


@pytest.mark.parametrize("tail,scope", [("earlier after they served shorter terms", "other_event"),
                                        ("earlier than planned", "this_event"),
                                        ("earlier today", "this_event")])
def test_released_earlier_alone_is_another_occasion(tail, scope):
    got = _scoped("Transnistria freed Ilie Moraru from prison today.",
                  f"Two other men, Valeriu Garba and Petru Godea, were released {tail}.", published="2001-05-05")
    assert got["Valeriu Garba"] == ("released", scope)


def test_hostages_released_earlier_that_day_are_the_story_s_own():
    got = _scoped("Hamas freed 12 hostages in the evening under the truce.",
                  "The army confirmed that two hostages released earlier, Mia Shalev, 21, and Amit Sasson, 40, had "
                  "arrived in Israel.", published="2023-11-30")
    assert got["Mia Shalev"] == ("released", "this_event")


def test_a_year_after_the_companions_of_a_rescue_dates_it():
    got = _scoped("FARC freed Pablo Moncada on Tuesday after 12 years.",
                  "The most famous hostage, Ingrid Bertin, was rescued along with three Americans and 11 soldiers and "
                  "police officers in a military operation in July 2008.", published="2010-03-30")
    assert got["Ingrid Bertin"] == ("released", "other_event")


def test_a_capture_year_after_the_companions_does_not_date_the_rescue():
    got = _scoped("FARC freed Pablo Moncada on Tuesday after 12 years.",
                  "The hostage Ingrid Bertin was rescued along with three Americans and 11 soldiers who had been held "
                  "since 2002.", published="2010-03-30")
    assert got["Ingrid Bertin"] == ("released", "this_event")


def test_an_indian_state_is_no_person_freed():
    got = status("Sri Lanka freed 51 Indian fishermen this week.",
                 "Fifty-one fishermen from Tamil Nadu, who were released by Sri Lankan courts earlier this week, "
                 "reached Karaikal port on Friday with their leader Ravi Kumar.",
                 "Three boats from Uttar Pradesh were also freed.")
    assert "Tamil Nadu" not in got and "Uttar Pradesh" not in got


def test_an_aside_right_after_a_fronted_participle_keeps_the_inversion():
    got = status("Moldova freed 40 prisoners of war on Sunday.",
                 "Also freed, according to the defence ministry, is Radu Vlasceanu, a medic captured in 2023.",
                 "Released, the ombudsman said, were Ilie Bostan and Sorin Gheata.")
    assert got["Radu Vlasceanu"] == "released"
    assert got["Ilie Bostan"] == got["Sorin Gheata"] == "released"
    # the speaker inside the aside is no releasee
    got = status("Moldova freed 40 prisoners of war on Sunday.",
                 "Also freed, said spokesman Petru Lazar, is Radu Vlasceanu.")
    assert got["Radu Vlasceanu"] == "released" and got.get("Petru Lazar") != "released"


def test_a_whose_aside_inside_a_list_of_the_freed_names_no_item():
    got = status("Moldova freed 40 prisoners of war on Sunday.",
                 "Also freed were Radu Vlasceanu, a medic whose wife, Elena Vlasceanu, campaigned for his release, "
                 "and Ilie Bostan.")
    assert got["Radu Vlasceanu"] == got["Ilie Bostan"] == "released"
    assert got["Elena Vlasceanu"] != "released"
    # a plain list item after an ordinary aside is still one
    got = status("Moldova freed 40 prisoners of war on Sunday.",
                 "Also freed were Radu Vlasceanu, a medic who was captured in 2023, and Ilie Bostan.")
    assert got["Ilie Bostan"] == "released"


def test_a_home_town_right_before_a_name_is_no_part_of_it():
    got = status("The president pardoned 18 prisoners on Friday.",
                 "Among them is the pensioner from Lida Yauhen Karpovich, who was jailed for a comment online.",
                 "Also freed was a teacher from Pinsk Maria Zhuk.")
    assert got["Yauhen Karpovich"] == got["Maria Zhuk"] == "released"
    assert not any(n.startswith(("Lida", "Pinsk")) for n in got)
    # a source after "from" is no releasee, and a two-word name after "from" keeps both words
    got = status("The president pardoned 18 prisoners on Friday.",
                 "Also freed was Anton Bely, after a call from President Ivan Lazko.",
                 "The list came from Oleg Dubko.")
    assert got["Anton Bely"] == "released" and got.get("Ivan Lazko") != "released"
    assert "Oleg Dubko" in got and got["Oleg Dubko"] != "released"
    # a title after "of" is no home town: "the bodies of Mr X ... were handed over" names no releasee
    got = status("Iraqi militants freed Tom Reed on Friday.",
                 "His captor's brother was freed in June, shortly before the bodies of Mr Gale and Mr Hartley "
                 "were handed over.")
    assert got.get("Hartley") != "released" and got.get("Gale") != "released"


def test_the_extradited_taken_from_prison_stay_in_custody():
    got = status("Italy today handed over three suspects to Greek police, its first extradition of the group.",
                 "The three, Nikos Lavdas, Petros Kanellis and Yannis Moraitis, were taken from prison in Turin "
                 "before dawn and flown to Athens.")
    assert len(got) == 3 and "released" not in got.values()
    # in a release story, the same move out of a prison is the release
    got = status("The junta freed three dissidents on Friday.",
                 "The three, Nikos Lavdas, Petros Kanellis and Yannis Moraitis, were taken from prison in Larissa "
                 "before dawn and flown to Athens.")
    assert set(got.values()) == {"released"}


def test_a_list_of_the_freed_ends_at_its_predicate():
    got = status("The freed hostages, Mrs Ada Okafor and Dr Felix Brandt, were released on Friday evening, the "
                 "police spokesman, Inspector Tunde Bello, said.")
    assert got["Ada Okafor"] == got["Felix Brandt"] == "released"
    assert got["Tunde Bello"] != "released"
    # a list whose items carry asides still runs on past them
    got = status("The freed hostages, Mrs Ada Okafor, a nurse, and Dr Felix Brandt, were released on Friday.")
    assert got["Ada Okafor"] == got["Felix Brandt"] == "released"
    # ... and a co-release ends at its source, whatever the source is called
    got = status("The pastor Hugo Lenz was freed on Thursday.",
                 "Two other detainees, the student Ana Prieto and the activist Luis Ortega, were freed with him, "
                 "according to the opposition alliance, the Civic Unity Platform.")
    assert got["Ana Prieto"] == got["Luis Ortega"] == "released"
    assert not any(v == "released" for n, v in got.items() if "Platform" in n or "Unity" in n)


@pytest.mark.parametrize("word", ["Reader", "Witness", "Survivor", "Viewer"])
def test_a_live_blog_s_role_noun_opening_a_sentence_is_no_part_of_the_name(word):
    got = status("Gunmen freed 12 hostages from the mall on Sunday.",
                 f"{word} Dev Malhotra, 44, has been in touch with us.")
    assert "Dev Malhotra" in got and not any(n.startswith(word) for n in got)


def test_christian_before_a_surname_is_a_given_name():
    assert released("The former guerrilla Christian Baumer has been released from prison after 24 years.") == {
        "Christian Baumer"}
    # the adjective before a community, a party or a demonym names nobody
    got = status("Christian Maronite leaders said 12 hostages were freed.",
                 "The Christian Democrats welcomed the release of 12 prisoners.",
                 "Two Christian Iraqis were freed on Monday.")
    assert not any(n.startswith("Christian") for n in got)


def test_a_home_town_aside_after_from_does_not_end_a_colon_list():
    got = status("The authorities freed three prisoners who had served their sentences: Arben Krasniqi, 34, from "
                 "Peja (written as Arben Kraśnić in the court papers), Driton Hoxha, 41, and Besim Lila, 29.")
    assert got["Arben Krasniqi"] == got["Driton Hoxha"] == got["Besim Lila"] == "released"
    got = status("The authorities freed three prisoners: Arben Krasniqi, 34, from Peja, Driton Hoxha, 41, and "
                 "Besim Lila, 29.")
    assert got["Driton Hoxha"] == got["Besim Lila"] == "released" and "Peja" not in got


def test_a_semicolon_item_may_open_on_a_home_place_before_its_names():
    got = status("Forty-seven more internees were released yesterday from the camp and from the prison ship.",
                 "The released men were driven out of the camp gates in two army lorries shortly after 3 p.m. and put "
                 "down on the main road, where relatives and a crowd of perhaps two hundred had been waiting since the "
                 "morning.",
                 "Among them were Mr Colm Devlin, 41, a baker from Ardglass and the father of six children, who had "
                 "been held since the first morning of internment; Mr Sean Tully, 23, an apprentice joiner from "
                 "Newry; and two brothers from the Falls area, Kevin Rooney, 19, and Declan Rooney, 22.")
    assert {got[n] for n in ("Colm Devlin", "Sean Tully", "Kevin Rooney", "Declan Rooney")} == {"released"}


def test_among_those_who_escaped_are_out_of_captivity():
    got = status("Gunmen stormed the hotel on Saturday and took dozens of guests hostage.",
                 "Soldiers freed 12 hostages on Sunday.",
                 "Among those who escaped on the first day were a Dutch mother, Ilse Vos, and her children, "
                 "Daan Vos, 4, and Noor Vos, 6.")
    assert {got["Ilse Vos"], got["Daan Vos"], got["Noor Vos"]} == {"released"}
    # those still inside are not
    got = status("Gunmen stormed the hotel on Saturday and took dozens of guests hostage.",
                 "Among those still held is Karel Dam.")
    assert got["Karel Dam"] != "released"


def test_a_lede_freeing_two_unnamed_people_names_both_in_the_next_sentence():
    got = status("A Danish engineer and a Kenyan driver who were kidnapped in Somalia in March have been released, "
                 "officials said on Monday.",
                 "Lars Holm, 51, of Aarhus, Denmark, and Peter Otieno, 38, of Nakuru arrived in Nairobi on Monday.")
    assert got["Lars Holm"] == got["Peter Otieno"] == "released"
    # a single unnamed captive still frees only the name that opens the next sentence
    got = status("A Danish engineer who was kidnapped in Somalia in March has been released, officials said.",
                 "Lars Holm, 51, and his lawyer, Peter Otieno, arrived in Nairobi on Monday.")
    assert got["Lars Holm"] == "released" and got.get("Peter Otieno") != "released"


def test_a_post_in_a_body_right_before_a_name_describes_that_person():
    got = status("The gunmen freed 14 hostages on Tuesday in exchange for safe passage.",
                 "Also freed the senior lieutenant of police Arsen Vakhidov and the nurse of the hospital "
                 "Zarema Umarova.")
    assert got["Arsen Vakhidov"] == got["Zarema Umarova"] == "released"
    # "of" before a person noun or an act still makes the name that noun's, not the verb's object
    got = status("The gunmen freed 14 hostages on Tuesday.",
                 "Also freed was the son of the hospital director Ilyas Gamzatov.",
                 "The lawyer of the businessman Timur Khasanov said the talks took a week.")
    assert got.get("Ilyas Gamzatov") != "released" and got.get("Timur Khasanov") != "released"


def test_a_full_name_given_in_an_aside_is_an_alias_not_the_display_name():
    # (the full name shares its last words with a relative's: as the display it would read as him)
    got = status("A court on Monday ordered the release of the former minister Omar Haidari.",
                 "Haidari, whose full name is Omar Haidari Abdul Rahim, walked out of prison an hour later.",
                 "His half-brother, the former president Karim Abdul Rahim, was jailed in 2015.")
    assert got.get("Omar Haidari") == "released" and "Omar Haidari Abdul Rahim" not in got
    got = status("A court on Monday freed the former minister Omar Haidari.",
                 "Haidari (full name: Omar Haidari Abdul Rahim) left prison an hour later.",
                 "His half-brother, the former president Karim Abdul Rahim, was jailed in 2015.")
    assert got.get("Omar Haidari") == "released" and "Omar Haidari Abdul Rahim" not in got


def test_translated_put_in_liberty_and_found_freedom_are_releases():
    got = status("The government decreed an amnesty for political prisoners.",
                 "Julio Arce Ruiz and his companions were put in liberty yesterday at midday.",
                 "The journalist Paulin Mbuyi Kasongo has found freedom after 120 days.")
    assert got["Julio Arce Ruiz"] == got["Paulin Mbuyi Kasongo"] == "released"
    # freedom found in something else is no release
    got = status("The government decreed an amnesty for political prisoners.",
                 "The painter Rosa Llano has found freedom in abstraction, her gallery said.")
    assert got.get("Rosa Llano") != "released"


def test_french_monsieur_before_names_is_a_style_not_an_initial():
    got = status("The Minister, M. Paul Verhaegen, announced that the party leader, M. Joseph Kabila-Ngoy, "
                 "had been put at liberty yesterday.",
                 "M. Kabila-Ngoy arrived this morning at Zaventem.")
    assert got.get("Joseph Kabila-Ngoy") == "released" and "Paul Verhaegen" in got
    assert not any(n.startswith("M.") for n in got)
    # one "M." before a name in an English text stays an initial
    got = status("Police freed the engineer M. Tremblay and two colleagues on Monday.")
    assert "M. Tremblay" in got


def test_the_lawyer_of_a_client_named_by_a_common_noun_is_not_the_he_who_is_free():
    for lawyer in ("The lawyer of the politician, Aidos Kenzhin,", "The dissident's lawyer, Aidos Kenzhin,"):
        got = status("Former governor Serik Amanov was released on parole on Saturday.",
                     f"{lawyer} explained that the terms oblige him to report to the police.",
                     '"Formally he is free. In fact he remains under control," said the lawyer.')
        assert got["Serik Amanov"] == "released" and got["Aidos Kenzhin"] != "released", lawyer


def test_african_and_asian_demonyms_before_an_office_are_no_names():
    for demonym in ("Ivorian", "Chadian", "Malawian", "Maldivian", "Fijian", "Malagasy"):
        got = status(f"Fourteen allies of former {demonym} president Joseph Amani were released on Monday.",
                     "They had been in detention since 2011.")
        assert got.get("Joseph Amani") != "released" and not any(demonym in n for n in got), demonym


def test_as_well_as_after_a_prepositions_object_joins_the_verbs_object():
    got = status("Sok Rith was accused of plotting against the government of Prime Minister Chea Dara.",
                 "The king last month pardoned 14 activists, at the request of Chea Dara, as well as the campaigner "
                 "Mey Sophal, who walked out of prison on August 20.")
    assert got["Mey Sophal"] == "released" and got["Chea Dara"] != "released"


def test_leaving_prison_into_confinement_at_home_is_house_arrest():
    got = status("Opposition leader Sok Rith left prison on bail early Monday, but a court ordered him confined "
                 "to his home in the capital.")
    assert got["Sok Rith"] == "held"
    # house arrest said of someone else in the sentence leaves the one who walked out free
    got = status("Mey Sophal left prison on Monday, while Chea Dara remains under house arrest.")
    assert got["Mey Sophal"] == "released" and got["Chea Dara"] == "held"
    # a release that ends years under house arrest is a release
    got = status("Opposition leader Mya Thein was freed on Saturday after seven years under house arrest.")
    assert got["Mya Thein"] == "released"


def test_among_those_who_came_out_that_spring_were_the_freed():
    got = status("The president freed the communist detainees of the desert camps in the spring of 1964.",
                 "Among those who came out that spring were the critic Amin Salem and his co-author Aziz Nour, "
                 "the economist Sabri Hamid and a 27-year-old named Sami Ibrahim.")
    assert {got[n] for n in ("Amin Salem", "Aziz Nour", "Sabri Hamid", "Sami Ibrahim")} == {"released"}


def test_a_plural_subject_after_and_stands_for_the_pair_just_named():
    got = status("The court on Monday acquitted former president Jean Ndaye and former vice-president Paul Kade "
                 "of plotting a coup, and the two men walked out of prison a few hours later.")
    assert got["Jean Ndaye"] == got["Paul Kade"] == "released"
    got = status("The judge heard Omar Sidi and Ali Moro on Monday, and both were released hours later.")
    assert got["Omar Sidi"] == got["Ali Moro"] == "released"
    # the count must fit the list: three names are not "the two men"
    got = status("The court acquitted Jean Ndaye, Paul Kade and Ali Moro of plotting a coup, and the two men "
                 "walked out of prison a few hours later.")
    assert "released" not in got.values()


def test_leaving_somewhere_ending_years_of_detention_is_a_release():
    got = status("Former president Ana Reyes left the military hospital in the capital on Thursday night, ending almost "
                 "four years of detention after the court dismissed the case against her.")
    assert got["Ana Reyes"] == "released"
    got = status("Senator Luis Ortega left the party in 2010, ending years of rivalry with its leader.")
    assert got["Luis Ortega"] != "released"


def test_places_that_look_like_release_subjects_are_not_freed():
    # a place in an aside before a participle the sentence's subject governs
    got = status("The prisoners of the Presidio Santa Luz, in Porto Alto, released on the night of Thursday the last "
                 "140 hostages.")
    assert got.get("Porto Alto") != "released"
    # a fronted adverbial, then a clause with a subject of its own: no verb-second exit
    got = status("The rebels freed 12 hostages on Monday.",
                 '"At six in the evening we heard on the radio that the buses had left Banja Vrh.')
    assert got.get("Banja Vrh") != "released"
    got = status("The rebels freed 12 hostages on Monday.", "An hour later left the former speaker Ivan Petrov.")
    assert got["Ivan Petrov"] == "released"


def test_nationality_nouns_and_fort_towns_are_no_part_of_names():
    got = status("The rebels on Friday freed the Spaniard Asier Huegun and the Frenchman Paul Ravel.")
    assert got == {"Asier Huegun": "released", "Paul Ravel": "released"}
    got = status("Fly, an agricultural adviser from Fort Collins, Colo., was left on a stretcher at the hospital.")
    assert "Fort Collins" not in got


def test_among_others_on_the_flights_of_a_release_were_freed():
    got = status("Cuba freed 400 political prisoners, who were flown to Miami on two flights last night.",
                 "Among others on last night's flights were Orestes Pinero Soto, 44, who served 15 years, and Lazaro "
                 "Fumero, 57, a former captain in the rebel army.")
    assert got["Orestes Pinero Soto"] == got["Lazaro Fumero"] == "released"
    # aboard a hijacked plane is no release
    got = status("Gunmen seized an airliner on Tuesday.",
                 "Among those on the hijacked plane were Orestes Pinero Soto and Lazaro Fumero.")
    assert "released" not in got.values()


def test_a_date_after_coordinated_objects_dates_their_release():
    got = {p["name"]: (p["status"], p["scope"]) for p in extract_people(
        ["The group freed the Frenchman Pierre Lamotte on Tuesday.",
         "It released the Austrian tourists Wolf Ebner and Anna Kloib in October 2008."], published="2010-02-24")}
    assert got["Pierre Lamotte"] == ("released", "this_event")
    assert got["Wolf Ebner"] == got["Anna Kloib"] == ("released", "other_event")


def test_in_the_past_two_years_opens_on_earlier_releases():
    got = {p["name"]: (p["status"], p["scope"]) for p in extract_people(
        ["The group freed the Frenchman Pierre Lamotte on Tuesday.",
         "In the past two years, the group has released several hostages: the tourists Wolf Ebner and Anna Kloib, "
         "and the diplomats Rob Fowles and Luc Gay."], published="2010-02-24")}
    assert got["Pierre Lamotte"] == ("released", "this_event")
    assert {got[n] for n in ("Wolf Ebner", "Anna Kloib", "Rob Fowles", "Luc Gay")} == {("released", "other_event")}


def test_a_translated_exit_may_put_the_time_before_the_prison():
    got = status("Some thirty detainees, of which the ex-commandant Salek Ould Hamed, leader of the putschists of "
                 "June 2003, left on Sunday the civil prison of the capital.")
    assert got["Salek Ould Hamed"] == "released"
    got = status("Salek Ould Hamed left on Sunday for Paris.")
    assert got["Salek Ould Hamed"] != "released"


def test_a_son_bearing_his_fathers_last_names_is_not_his_father():
    got = people("Saudi authorities have released Fahd Salem Otaibi, a retired engineer, his son said on Tuesday.",
                 '"My father is out of prison," Salem Otaibi told reporters in Washington.',
                 "Salem Otaibi said his father had lost weight in prison.")
    assert got["Fahd Salem Otaibi"]["status"] == "released"
    assert got["Salem Otaibi"]["status"] != "released"
    # the same two names, no relative speaking: one person
    got = people("Saudi authorities have released Fahd Salem Otaibi, a retired engineer.",
                 "Salem Otaibi arrived in Washington on Friday.")
    assert len(got) == 1


def test_french_styles_are_no_given_names():
    got = status("Rebels freed Madame Sophie Morel on Thursday.", "Monsieur Paul Diallo was freed with her.")
    assert got == {"Sophie Morel": "released", "Paul Diallo": "released"}
    assert released("The Dutch freed the two republican leaders on Wednesday.",
                    "Bung Mohammad Hatta was freed on Wednesday.") == {"Mohammad Hatta"}


def test_free_inverted_the_freed_as_a_descriptor_and_a_place_in_a_who_aside():
    lead = "The government freed 40 political prisoners on Monday."
    assert released(lead, "Free was also the Catholic poet Jan Novak, sentenced in 1952 to 13 years.") == {"Jan Novak"}
    assert released(lead, '"We had no water," told the released Artem Ivanov, 27 years, programmer.') == {"Artem Ivanov"}
    assert released(lead, '"We thank God," said Barin Kpal, 41, a schoolteacher from Bane who was among those freed, '
                          'speaking outside the prison.') == {"Barin Kpal"}
    # not a noun phrase that opens on "free", nor someone the freed man is kin to
    assert released(lead, "Free speech advocates were Jan Novak and Ali Tahar.") == set()
    assert released(lead, "Police said the released Artem Ivanov's brother had called.") == set()


def test_leaving_free_and_flying_home_a_free_man():
    lead = "The court freed the former general on Monday."
    assert released(lead, "Lino Oviedo leaves free the military prison.") == {"Lino Oviedo"}
    assert released(lead, "Augusto Pinochet flies home a free man.") == {"Augusto Pinochet"}
    assert released(lead, "Lino Oviedo leaves free of charges.") == set()


def test_put_aboard_the_flight_out_frees_the_other_side_of_a_swap_but_not_a_spouse():
    lead = "Five dissidents were exchanged for two spies on Friday."
    assert released(lead, "At the same hour two Russians, Rudolf Chern and Valdik Eng, former employees of the "
                          "secretariat who were sentenced in October, were put aboard the same aircraft.") \
        == {"Rudolf Chern", "Valdik Eng"}
    got = status(lead, "Rudolf Chern and his wife, Alla Chern, were put aboard the same aircraft.")
    assert got == {"Rudolf Chern": "released", "Alla Chern": "mentioned"}


def test_a_rejected_request_for_release_and_a_speakers_he_and_a_whose_clause_with_an_aside():
    assert status("The court freed two of the men.", "A judge rejected Mallon's request for release this week.",
                  "Kevin Mallon has been held since August.") == {"Kevin Mallon": "held"}
    got = status("Morocco freed the historian Maati Monjib on Tuesday.",
                 'The director, Professor Helen Strand, said: "Maati taught here and argued here.',
                 'We are glad he is home."')
    assert got.get("Helen Strand") == "mentioned"
    got = status("South Africa freed 112 more detainees this week.",
                 '"They open one door," said Mrs Nomvula Dube, whose son Sizwe Dube, a 22-year-old student leader '
                 'from Mamelodi, was freed on Wednesday.')
    assert got == {"Nomvula Dube": "mentioned", "Sizwe Dube": "released"}


def test_flying_home_before_any_custody_is_no_release():
    lead = "Two swimmers were released after giving statements to police."
    assert status(lead, "Ryan Locke flew home on Monday, before the judge ordered passports seized.") \
        == {"Ryan Locke": "mentioned"}
    assert released(lead, "Ryan Locke walked free on Monday, before the judge could hear the appeal.") == {"Ryan Locke"}


def test_what_a_person_formerly_was_is_no_part_of_the_name():
    assert released("Former Beatle Paul McCartney was released from a Tokyo jail Friday.") == {"Paul McCartney"}
    assert released("One-time Olympian Tom Reed was released on Friday.") == {"Tom Reed"}


def test_leaving_a_place_where_they_had_been_held():
    lead = "The army freed the two singers on Wednesday."
    assert released(lead, "Caetano Velo and Gil Berto left the quarters of the Army in Realengo, in the west of the "
                          "city, where they had been held since the end of December.") == {"Caetano Velo", "Gil Berto"}
    assert released(lead, "Caetano Velo left the hotel in Realengo, where he had been staying since December.") == set()


def test_said_to_be_is_a_hedge_not_speech():
    lead = "The camp at Norvik was closed and 600 internees were freed this week."
    assert released(lead, "Among those freed is said to be the poet Imre Valko, who was arrested in 1950.") \
        == {"Imre Valko"}
    # a speaker is still a speaker: "said the camp's director X" frees nobody
    assert released(lead, "Most were farmers, said the camp's former director Bela Kornis.") == set()


def test_a_full_name_with_a_spanish_given_name_names_the_person():
    out = extract_article("Ramos Vidal released under supervised liberty\n\n"
                          "Adolfo Ramos Vidal, the sculptor, was released this week after 14 months in detention.\n\n"
                          "Mr Ramos Vidal, 46, was arrested in April of last year. Ramos Vidal is at home.")
    assert [p["name"] for p in out["people"] if p["status"] == "released"] == ["Adolfo Ramos Vidal"]


def test_a_spanish_state_body_is_no_person():
    out = status('Pablo Ruiz was held "a disposición del Poder Ejecutivo Nacional" until Friday, when he was released.',
                 '"He is home," said a fellow member of the group, Rosa Beltrán.')
    assert out == {"Pablo Ruiz": "released", "Rosa Beltrán": "mentioned"}


def test_an_official_s_trip_home_is_no_release():
    lead = "The amnesty freed 723 prisoners on Friday."
    assert status(lead, "President Olu Maren returned home to a hero's welcome after his visit to Lagos.") \
        == {"Olu Maren": "mentioned"}
    assert status(lead, "Prime Minister Ali Vaso flew home from the summit on Friday.") == {"Ali Vaso": "mentioned"}
    # an official the sentence tells was a captive is freed by the same words
    assert status("Rebels freed 23 hostages on Friday.",
                  "Governor Ali Vaso, held by the rebels for a month, flew home on Friday.") == {"Ali Vaso": "released"}


def test_on_his_way_home_in_a_while_clause_times_another_act():
    lead = "The new rulers freed more than 400 detainees on Monday."
    assert status(lead, "The council seized power on Saturday while Jaafar Omer was on his way home from Washington, "
                        "and has itself detained 22 former ministers, including the security chief Omar Taib.") \
        == {"Jaafar Omer": "mentioned", "Omar Taib": "mentioned"}
    assert status("Rebels freed 23 hostages on Friday.", "Ali Vaso was on his way home on Saturday.") \
        == {"Ali Vaso": "released"}


def test_a_list_of_places_opened_by_a_known_place_names_no_people():
    assert status("The new rulers freed 400 detainees, but at least 120 people were still held in jails in "
                  "Port Sudan, Wad Medani and Kassala.") == {}
    assert released("The 23 detainees freed in Minsk, Ales Bialiatski and Maria Kolesnikova among them, went home.") \
        == {"Ales Bialiatski", "Maria Kolesnikova"}
    # items with a home town, an office or a verb after them are people
    assert released("The nine men freed were Tom Nila from Laos, Jesus Ortega from Mexico and Kyaw Mya from Myanmar.") \
        == {"Tom Nila", "Jesus Ortega", "Kyaw Mya"}
    assert released("Rebels freed three aid workers: Laura Archer, a nurse from Canada, Mauro Ascani, a doctor "
                    "from Italy, and Rafe Meunier.") == {"Laura Archer", "Mauro Ascani", "Rafe Meunier"}


def test_stays_also_in_prison_is_held():
    assert status("The five chiefs arrested in 1956 are not freed.",
                  "Their companion Mr. Rabah Bitar, arrested in 1955, stays also in prison.") == {"Rabah Bitar": "held"}


def test_detainees_now_out_and_a_sheikh_in_a_list_of_the_freed():
    lead = "The king ordered political prisoners freed."
    assert released(lead, "The centre published the names of the detainees it says are now out: Abdul Sinjar, "
                          "Ghani Khanjar, Sheikh Saeed Nouri and the blogger Ali Abdulla.") \
        == {"Abdul Sinjar", "Ghani Khanjar", "Saeed Nouri", "Ali Abdulla"}
    assert released(lead, "Ali Abdulla is out of prison.") == {"Ali Abdulla"}
    # out of office, or out without a list or a prison, is no release
    assert released(lead, "Ali Abdulla is out of office.") == set()
    # an office before the style still makes an official
    assert released("Gunmen stormed the ministry on Sunday.",
                    "Nine delegates, among them the finance minister, Sheikh Salem Sabah, left for Larnaca.") == set()


def test_abandoned_the_prison_is_a_translation_s_left_it():
    assert released("After two years in prison, the writer José Revas and the engineer Heberto Casas abandoned "
                    "yesterday in the night the Preventive Prison of the City.") == {"José Revas", "Heberto Casas"}
    assert released("The guards abandoned the prison yesterday, and José Revas stayed in his cell.") == set()


def test_an_aged_kinship_aside_keeps_the_subject():
    assert status("Dr Rubina Sayed, the 23-year-old daughter of the Home Minister, Mufti Mahmud Sayed, was set free "
                  "by her abductors this evening.") == {"Rubina Sayed": "released", "Mahmud Sayed": "mentioned"}


def test_a_dash_bulleted_roll_of_those_still_held():
    text = ("Konstantin Neurath was released from Spandau prison on Saturday.\n\n"
            "The six men still in Spandau are:\n\n"
            "—Karl Dornitz, 63, a former admiral, ten years;\n"
            "—Walther Funke, 64, former economics minister and Reichsbank president, life;\n"
            "—Baldur Schirra, 47, former Hitler Youth leader, 20 years;\n"
            "—Albert Spear, 49, former armaments minister, 20 years.\n")
    got = {p["name"]: p["status"] for p in extract_article(text)["people"]}
    assert got == {"Konstantin Neurath": "released", "Karl Dornitz": "held", "Walther Funke": "held",
                   "Baldur Schirra": "held", "Albert Spear": "held"}


def test_those_who_sit_in_prison_are_held():
    lead = "Irmgard Moll was released on Wednesday."
    assert status(lead, "Her comrades Brigitte Mohn and Christian Klarr sit in prison in Celle.") \
        == {"Irmgard Moll": "released", "Brigitte Mohn": "held", "Christian Klarr": "held"}


def test_freed_with_x_were_a_and_b():
    lead = "Col. Ramon Barca, jailed for three years, was freed on Friday."
    assert released(lead, "Freed with Barca were Maj. Enrique Borbon and Lt. Jose Fernan, fellow officers.") \
        == {"Ramon Barca", "Enrique Borbon", "Jose Fernan"}
    # those arrested with him are not freed by it
    assert released(lead, "Arrested with Barca in 1956 were Enrique Borbon and Jose Fernan.") == {"Ramon Barca"}


def test_experienced_the_liberation_is_a_translation_s_freed():
    lead = "The Red Army reached the penitentiary and freed about 3,600 prisoners."
    assert released(lead, "Also the chemist Robert Havel, co-founder of a resistance group, experienced the liberation "
                          "in Gorden.") == {"Robert Havel"}
    assert released(lead, "The historian Robert Havel described the liberation in a book.") == set()


def test_free_today_and_free_tonight_are_free():
    assert released("Edmond Pape, convicted of spying a week ago, is a free man tonight.") == {"Edmond Pape"}
    assert released("Edmond Pape, convicted of spying a week ago, is free today.") == {"Edmond Pape"}
    # free to do something is no release
    assert released("Edmond Pape, convicted of spying a week ago, is free to appeal.") == set()


def test_a_list_cut_by_sub_headers_frees_every_named_item():
    lead = "Warsaw released eleven political prisoners under the amnesty."
    listed = ("Sources said the following persons have been released in the past two weeks: Defendants in the "
              "trial of the printers' union; Tomasz Wierzba, 50, typesetter, Lodz; Pawel Grodek, 38, editor, "
              "Lodz; Members of the strike committee, held since March and charged with sedition; Jerzy "
              "Malicki, 49, engineer, Gdynia; Anna Szpak, chairman of the Elblag region.")
    assert released(lead, listed) == {"Tomasz Wierzba", "Pawel Grodek", "Jerzy Malicki", "Anna Szpak"}
    # prose after a semicolon is no sub-header: the man it names is not an item of the list
    prose = ("Sources said the following persons have been released: Tomasz Wierzba, 50, typesetter; Pawel "
             "Grodek, 38, editor; the others were named by the bishop; Jerzy Malicki welcomed the step.")
    assert released(lead, prose.replace("the others", "The others")) == {"Tomasz Wierzba", "Pawel Grodek"}
    assert released(lead, prose) == {"Tomasz Wierzba", "Pawel Grodek"}


def test_in_the_past_two_weeks_is_the_story_s_own_time():
    lead = "Warsaw released eleven political prisoners under the amnesty."
    assert released(lead, "The group said the following persons have been released in the past two weeks: "
                          "Tomasz Wierzba, 50, typesetter; Pawel Grodek, 38, editor.") == {"Tomasz Wierzba", "Pawel Grodek"}
    # a release in the past at large is another occasion
    assert released(lead, "Tomasz Wierzba had been released in the past, only to be arrested again.") == set()


def test_an_office_aside_does_not_take_an_item_out_of_a_release_list():
    lead = "Warsaw released eleven political prisoners under the amnesty."
    assert released(lead, "The group said the following persons have been released: Pawel Grodek, Lodz; "
                          "Anna Szpak, chairman of the Elblag region.") == {"Pawel Grodek", "Anna Szpak"}


def test_so_was_x_takes_the_previous_sentence_s_status():
    lead = "Iran has released the two American engineers."
    assert status(lead, "Paul Chiaro, who spent six weeks in a Tehran jail, is home.", "So is his deputy, Bill Gaylen.") \
        == {"Paul Chiaro": "released", "Bill Gaylen": "released"}
    assert status(lead, "Paul Chiaro was freed on Friday.", "So, too, was the driver, Bill Gaylen.") \
        == {"Paul Chiaro": "released", "Bill Gaylen": "released"}
    assert status(lead, "Paul Chiaro remains in prison.", "So does his deputy, Bill Gaylen.") \
        == {"Paul Chiaro": "held", "Bill Gaylen": "held"}
    # a speaker who says so is not freed
    assert status(lead, "Paul Chiaro was freed on Friday.", "So said his lawyer, Bill Gaylen.")["Bill Gaylen"] == "mentioned"


def test_among_the_men_who_walked_out_into_the_spring_sunshine_were_freed():
    lead = "The army freed 400 prisoners from the fortress."
    among = "Among the men who walked out into the spring sunshine were Wing Comdr. Douglas Barde and Capt. Charles Uphill."
    assert released(lead, "It was the guards who ran.", among) == {"Douglas Barde", "Charles Uphill"}
    # walking out into the street to protest frees nobody
    assert released(lead, "It was the guards who ran.", "Among the men who walked out into the street were Douglas "
                                                        "Barde and Charles Uphill.") == set()


def test_a_lawyer_named_in_an_aside_after_an_amnesty_covers_is_not_covered():
    lead = "An amnesty freed the eighteen students on trial."
    got = status(lead, "The amnesty also covers the police involved in the crackdown, a provision criticized by the "
                       "defendants' lawyer, Somchai Rattana, who called it a shield.")
    assert got["Somchai Rattana"] == "mentioned"
    # the amnesty's own object is covered
    assert status(lead, "The amnesty also covers the student leader Somchai Rattana.")["Somchai Rattana"] == "released"


def test_a_demand_with_an_adverbial_before_its_object_frees_nobody():
    lead = "Syria handed over the freed German engineer on Monday."
    got = status(lead, "The kidnappers demanded from the outset the release of Yusuf Haddad and of his brother "
                       "Karim Haddad.")
    assert got["Karim Haddad"] != "released" and got["Yusuf Haddad"] != "released"


def test_the_centre_of_social_readaptation_is_a_prison():
    lead = "A judge dismissed the last case against the community police commander."
    got = status(lead, "Teresa Alvarado Ruiz walked out of the Women's Centre of Social Readaptation of Tepeji at 13:45.",
                 "Compañera Teresa thanked her daughters.")
    assert got == {"Teresa Alvarado Ruiz": "released"}  # no "Social Readaptation", no second "Compañera Teresa"


def test_a_release_in_the_same_year_as_an_earlier_date_is_another_event():
    lead = "China released the Japanese businessman on Tuesday after six years."
    for tail in ("returned to Japan in the same year after being released on bail.",
                 "was released later that year."):
        got = people(lead, f"Professor Iwata Noburu of Sapporo University, detained in 2019, {tail}")
        assert got["Iwata Noburu"]["scope"] == "other_event"


def test_signed_a_pardon_for_x_frees_x():
    assert released("The most famous prisoner in the country is free.",
                    "On Sunday President Salim Berati signed a pardon for Fatos Nanaj, the opposition leader.") \
        == {"Fatos Nanaj"}
    # a pardon asked for frees nobody
    assert released("The most famous prisoner in the country is free.",
                    "Lawyers asked for a pardon for Fatos Nanaj, the opposition leader.") == set()


def test_a_walk_out_followed_by_unknown_whereabouts_is_an_escape():
    lead = "The president pardoned the opposition leader."
    walk = ("Among those who walked out of the same prison complex is Ramon Alvi, the former president, who had been "
            "held since last year.")
    assert status(lead, walk, "His whereabouts are unknown.")["Ramon Alvi"] == "mentioned"
    assert status(lead, walk, "He is still being sought by the police.")["Ramon Alvi"] == "mentioned"
    # a walk-out with no fugitive after it is a release
    assert status(lead, walk, "He thanked his lawyers.")["Ramon Alvi"] == "released"


def test_a_name_with_the_family_name_first_is_the_same_person():
    lead = "The amnesty freed the philosopher and the translator."
    got = people(lead, "Bodo Istvan and Gonda Arpad are free.",
                 "Among the first to return home was Dr. Istvan Bodo, sentenced to life in 1958.")
    assert set(got) == {"Istvan Bodo", "Gonda Arpad"} and got["Istvan Bodo"]["status"] == "released"
    # the order the article then uses alone decides the spelling
    got = people("China released the Japanese businessman on Tuesday.", "Mr. Suzuka Hidemi returned home.",
                 "Hidemi Suzuka thanked the embassy.", "Suzuka said he was tired.")
    assert list(got) == ["Hidemi Suzuka"]


def test_already_in_an_earlier_year_dates_another_release():
    lead = "The amnesty freed the political prisoner Ivan Bodor on Saturday, 30 March 1963."
    for opener in ("Already in April 1960", "It is remembered that already in April 1960"):
        got = people(lead, f"{opener} a partial amnesty freed the writers Tibor Derak and Gyula Hajnal.")
        assert got["Tibor Derak"]["scope"] == got["Gyula Hajnal"]["scope"] == "other_event"
        assert got["Ivan Bodor"]["scope"] == "this_event"


def test_a_speaker_who_says_she_was_released_tells_her_own_release():
    lead = "Police released 800 of the 1,090 people arrested over the weekend."
    for s in ("Mara Quill, 31, a nurse, said she was arrested on Saturday evening near the park, and released on "
              "Sunday afternoon.",
              "A student, Lin Wai-man, said she was released after 13 hours.",
              "Mr. Abel Nduna, a clerk, said he had been arrested at his home on the morning of May 30 and released "
              "this afternoon."):
        assert len(released(lead, s)) == 1, s
    # one who speaks for another does not
    assert released(lead, "His lawyer, Peter Kovac, said he was released.") == set()
    assert released(lead, "Police spokesman Peter Kovac said he was released on Sunday.") == set()


def test_came_out_on_a_day_or_after_a_stretch_is_a_release():
    lead = "Police released 800 of the 1,090 people arrested over the weekend."
    assert released(lead, "Kiril Sorin, a 34-year-old developer, came out on Thursday evening after ten days.") \
        == {"Kiril Sorin"}
    assert released(lead, "Lee Mi-jong, a freshman, came out late Saturday with her father.") == {"Lee Mi-jong"}
    assert released(lead, "Calvin Prewitt, 13, came out a little after noon.") == {"Calvin Prewitt"}
    # coming out for a cause is no release
    assert released(lead, "Kiril Sorin came out on Monday in support of the strike.") == set()


def test_among_those_held_with_x_according_to_a_source_are_held():
    lead = "The army freed hundreds of prisoners from the jail."
    got = status(lead, "Among those held with Bashar at the hospital, according to the army, are Abdel Rahim "
                       "Husseini, a former defence minister, and Bakri Salih, a former vice-president.")
    assert got["Abdel Rahim Husseini"] == got["Bakri Salih"] == "held"


def test_went_out_from_the_gate_of_the_prison_is_a_release():
    lead = "Israel released the last three members of the underground."
    assert released(lead, "Menachem Livny, Shaul Nirr and Uzi Sharab went out yesterday in the afternoon from the "
                          "gate of the Ramla prison.") == {"Menachem Livny", "Shaul Nirr", "Uzi Sharab"}
    assert released(lead, "Menachem Livny went out to dinner with the prison governor.") == set()


def test_two_office_and_name_pairs_before_the_verb_are_both_its_subject():
    lead = "Police released hundreds of students arrested at the congress."
    got = status(lead, "The president of the national union, Luis Travis, and the president of the students' league "
                       "of Rio, Vlad Palmeiro, remained in prison.")
    assert got["Luis Travis"] == got["Vlad Palmeiro"] == "held"
    # a name inside the second pair's office is not its subject
    assert got.get("Rio") is None
