"""Text fingerprints: a reprinted wire story is a near-duplicate; different
outlets' stories about the same event (the seed articles) are not."""
from __future__ import annotations

import itertools
import random
import subprocess
import sys

import pytest

from monitor.feeds.fingerprint import (MAX_DISTANCE, fingerprint, fingerprint_hex, hamming,
                                       near_duplicate, simhash)
from tests.fixtures.feeds.build import seed_texts

SEEDS = seed_texts()
ALGORITHMS = [fingerprint, simhash]


def reprint(text: str) -> str:
    """The story as another site carries it: its own chrome, headline, byline and footer."""
    return ("Skip to content | Home | World | Europe | Subscribe\n"
            "Freed Belarus prisoners: what we know\n"
            "By Jane Doe and John Roe, Staff Reporters | Updated 14:02 GMT\n"
            + text +
            "\nShare this article on Facebook, X or by email\n"
            "Read more: Ukraine receives prisoners | Sanctions on potash lifted\n"
            "© 2025 Example Media. All rights reserved.")


def edit_words(text: str, positions: list[float], replacement: str = "reportedly") -> str:
    """Replace the words at the given relative positions of the text."""
    words = text.split(" ")
    for p in positions:
        words[int(p * (len(words) - 1))] = replacement
    return " ".join(words)


def random_edit(text: str, rng: random.Random, n: int) -> str:
    return edit_words(text, [rng.random() for _ in range(n)], rng.choice(["said", "officials", "new"]))


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_seed_articles_are_not_near_duplicates_of_each_other(algorithm):
    # Five outlets on one event: shared names and phrases, different sentences.
    prints = {name: algorithm(text) for name, text in SEEDS.items()}
    for a, b in itertools.combinations(prints, 2):
        assert hamming(prints[a], prints[b]) > 3 * MAX_DISTANCE, (a, b)
        assert not near_duplicate(prints[a], prints[b])


@pytest.mark.parametrize("algorithm", ALGORITHMS)
@pytest.mark.parametrize("name", list(SEEDS))
def test_reprint_with_other_chrome_headline_and_byline_is_a_near_duplicate(algorithm, name):
    assert near_duplicate(algorithm(SEEDS[name]), algorithm(reprint(SEEDS[name])))


@pytest.mark.parametrize("name", list(SEEDS))
def test_reprint_with_two_edited_words_is_a_near_duplicate(name):
    copy = reprint(edit_words(SEEDS[name], [0.35, 0.7]))
    assert copy != reprint(SEEDS[name])
    assert near_duplicate(fingerprint(SEEDS[name]), fingerprint(copy))


@pytest.mark.parametrize("name", list(SEEDS))
def test_copies_with_a_few_random_edits_are_almost_always_near_duplicates(name):
    # Any sketch is probabilistic: a bit differs with probability (1 - J) / 2.
    # In these 300-1000 word stories one edited word stays within 3 bits in
    # well over 95 % of copies, three edited words in over 85 %.
    rng = random.Random(11)
    text = SEEDS[name]
    one = [near_duplicate(fingerprint(text), fingerprint(reprint(random_edit(text, rng, 1)))) for _ in range(60)]
    three = [near_duplicate(fingerprint(text), fingerprint(reprint(random_edit(text, rng, 3)))) for _ in range(60)]
    assert sum(one) / len(one) >= 0.95
    assert sum(three) / len(three) >= 0.85


def test_lightly_edited_copies_stay_near_much_more_often_than_with_simhash():
    # Why fingerprint() and not simhash() feeds fingerprint_hex: at a 3-bit
    # threshold SimHash loses most copies with even a few edited words.
    rng = random.Random(7)
    trials = [(text, random_edit(text, rng, 3)) for text in SEEDS.values() for _ in range(40)]
    found = {alg.__name__: sum(near_duplicate(alg(a), alg(b)) for a, b in trials) / len(trials)
             for alg in ALGORITHMS}
    assert found["fingerprint"] >= 0.9
    assert found["fingerprint"] > found["simhash"] + 0.2


def test_a_different_story_on_the_same_page_chrome_is_not_a_near_duplicate():
    a, b = list(SEEDS.values())[:2]
    assert not near_duplicate(fingerprint(reprint(a)), fingerprint(reprint(b)))


def test_case_punctuation_and_unicode_forms_are_not_edits():
    text = SEEDS["003_c4b98ccfb1978688.txt"]
    noisy = text.upper().replace(",", " ,").replace("2025", "２０２５")
    assert fingerprint(text) == fingerprint(noisy)


def test_stable_across_processes_and_hash_seeds():
    # Fingerprints are stored and compared across workers and restarts: they
    # must not depend on Python's per-process salted hash().
    code = ("import sys; from monitor.feeds.fingerprint import fingerprint_hex, simhash;"
            "print(fingerprint_hex(sys.stdin.read()), simhash('a b c d e'))")
    text = SEEDS["000_943d3c5bc92427df.txt"]
    outputs = {subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                              check=True, env={"PYTHONHASHSEED": seed}).stdout
               for seed in ("1", "2", "3")}
    assert outputs == {f"{fingerprint_hex(text)} {simhash('a b c d e')}\n"}


def test_hex_form_is_sixteen_lowercase_hex_digits():
    for text in SEEDS.values():
        h = fingerprint_hex(text)
        assert len(h) == 16 and h == h.lower() and int(h, 16) == fingerprint(text)


@pytest.mark.parametrize("algorithm", ALGORITHMS)
def test_texts_without_words_fingerprint_to_zero_and_short_texts_work(algorithm):
    assert algorithm("") == 0 and algorithm("  \n ... ") == 0
    assert algorithm("Freed") != 0 or algorithm("Belarus") != 0
    assert algorithm("Belarus frees prisoners") == algorithm("belarus FREES prisoners!")
    assert 0 <= algorithm("Belarus frees prisoners") < 2 ** 64


def test_hamming_and_threshold():
    assert hamming(0, 0) == 0
    assert hamming(0b1011, 0b0001) == 2
    assert hamming(0, 2 ** 64 - 1) == 64
    assert near_duplicate(0, 0b111) and not near_duplicate(0, 0b1111)
    assert near_duplicate(0, 0b1111, max_distance=4)
