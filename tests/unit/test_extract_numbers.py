"""Quantities: digits with separators, number words, qualifiers, vague amounts, non-counts."""
from __future__ import annotations

import pytest

from monitor.extract.numbers import find_quantities, parse_digits, parse_number, words_to_int


def first(sentence: str):
    qs = [q for q in find_quantities(sentence) if not q.vague]
    assert qs, f"no quantity in {sentence!r}"
    return qs[0]


@pytest.mark.parametrize("text,value", [
    ("1,227", 1227), ("1.227", 1227), ("1 227", 1227), ("1\u202f227", 1227), ("1227", 1227),
    ("12,345,678", 12345678), ("3.000", 3000), ("95", 95),
])
def test_digit_groupings(text, value):
    assert parse_digits(text) == (value, False)


def test_decimal_is_not_a_head_count():
    assert parse_digits("2.5") == (None, True)
    assert not first("2.5 prisoners").countable


@pytest.mark.parametrize("phrase,value", [
    ("nine", 9), ("ninety-five", 95), ("ninety five", 95), ("two hundred fifty", 250),
    ("two hundred and fifty", 250), ("one hundred twenty-three", 123), ("a dozen", 12), ("half a dozen", 6),
    ("a hundred", 100), ("three thousand", 3000), ("twenty-six", 26), ("forty two", 42),
    ("one thousand two hundred", 1200),
])
def test_number_words(phrase, value):
    assert words_to_int(phrase) == value
    assert parse_number(phrase) == value


@pytest.mark.parametrize("sentence,value,qualifier", [
    ("more than 1,200 political prisoners", 1200, "more_than"),
    ("over 150 new individuals", 150, "more_than"),
    ("at least 20 people", 20, "at_least"),
    ("no fewer than twenty-six detainees", 26, "at_least"),
    ("nearly 300 inmates", 300, "about"),
    ("almost 40 hostages", 40, "about"),
    ("about 50 prisoners", 50, "about"),
    ("around 1.500 Gefangene", 1500, "about"),
    ("some 1,500 people", 1500, "about"),
    ("roughly ninety POWs", 90, "about"),
    ("up to 40 detainees", 40, "at_most"),
    ("fewer than 10 captives", 10, "at_most"),
    ("as many as 300 prisoners", 300, "at_most"),
    ("exactly 123 prisoners", 123, "exact"),
    ("some two dozen prisoners", 24, "about"),
    ("1.5 million people", 1_500_000, "exact"),
])
def test_qualifiers(sentence, value, qualifier):
    q = first(sentence)
    assert (q.value, q.qualifier) == (value, qualifier)


def test_phrasal_verb_particle_is_not_a_qualifier():
    q = first("Russia handed over 95 Ukrainian POWs")
    assert (q.value, q.qualifier, q.text) == (95, "exact", "95")


def test_all_but_nine_is_a_complement_not_a_count():
    q = first("the deal saw all but nine travel to Ukraine")
    assert q.value == 9 and q.all_but and not q.countable


@pytest.mark.parametrize("sentence", ["dozens of prisoners", "hundreds of political prisoners",
                                      "thousands have been detained", "several detainees",
                                      "tens of thousands of people"])
def test_vague_amounts_have_no_value(sentence):
    qs = find_quantities(sentence)
    assert qs and all(q.vague and q.value is None and not q.countable for q in qs)


@pytest.mark.parametrize("sentence,flag", [
    ("$6 million in aid", "money"), ("€5 fines", "money"), ("40 dollars", "money"),
    ("25% tariffs", "percent"), ("25 percent of them", "percent"),
])
def test_money_and_percent_are_flagged(sentence, flag):
    q = first(sentence)
    assert getattr(q, flag) and not q.countable


def test_clock_times_are_not_countable():
    assert all(not q.countable for q in find_quantities("0:00 0:02:05 0:00 and 3:19 p.m"))


def test_years_are_marked_year_like():
    q = first("the 2020 election")
    assert q.value == 2020 and q.year_like


def test_ordinals_are_skipped():
    assert find_quantities("the 58th exchange on the 13th") == []


def test_day_then_number_is_not_a_thousands_group():
    assert [q.value for q in find_quantities("On December 13 123 prisoners left")] == [13, 123]


def test_words_inside_other_words_are_not_numbers():
    assert [q.value for q in find_quantities("someone attended, tone, often") if not q.vague] == []


def test_spans_point_into_the_sentence():
    s = "Belarus freed more than 1,200 people"
    q = first(s)
    assert s[q.start:q.end] == "more than 1,200" and s[q.num_start:q.end] == "1,200"


@pytest.mark.parametrize("sentence,value,qualifier,text", [
    ("Another 200-plus people are held", 200, "more_than", "200-plus"),
    ("a list of 150+ detainees", 150, "more_than", "150+"),
    ("some 30-odd fishermen", 30, "about", "some 30-odd"),
    ("nearly 40-plus hostages", 40, "about", "nearly 40-plus"),   # an explicit qualifier wins
])
def test_plus_and_odd_suffixes_qualify_the_number(sentence, value, qualifier, text):
    q = first(sentence)
    assert (q.value, q.qualifier, q.text) == (value, qualifier, text)


def test_a_plus_between_digits_is_arithmetic_not_a_suffix():
    assert [(q.value, q.qualifier) for q in find_quantities("3+4 people")] == [(3, "exact"), (4, "exact")]


@pytest.mark.parametrize("sentence", ["between 50 and 60 prisoners", "some 50 to 60 prisoners", "30-40 detainees"])
def test_both_ends_of_a_range_are_vague(sentence):
    qs = find_quantities(sentence)
    assert len(qs) == 2 and all(not q.countable for q in qs)


def test_a_change_from_one_figure_to_another_is_not_a_range():
    qs = find_quantities("rose from 1,100 to 1,200 prisoners")
    assert [(q.value, q.countable) for q in qs] == [(1100, True), (1200, True)]
