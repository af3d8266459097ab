"""The speaker registry: one person across articles, kept apart from namesakes and groups."""

from __future__ import annotations

from assistant.records import Quote, content_hash
from assistant.speakers import SpeakerRegistry, normalise_name


def q(
    speaker: str | None,
    article: str = "a1",
    kind: str = "direct",
    mention: str | None = None,
    n: int = 0,
) -> Quote:
    return Quote(
        article_id=article,
        text="words",
        start=n,
        end=n + 5,
        kind=kind,
        speaker=speaker,
        speaker_mention=mention or speaker,
    )


def test_normalise_name_drops_titles_and_possessives() -> None:
    assert normalise_name("Gen. Marco Rossi's") == "marco rossi"
    assert normalise_name("President  Ada Lind") == "ada lind"
    assert normalise_name("Sen. Ada Lind (D-Wis.)") == "ada lind"


def test_one_person_across_articles_with_fullest_name() -> None:
    reg = SpeakerRegistry()
    first = [q("Rossi", "a1")]
    reg.assign(first)
    original_id = first[0].speaker_id
    assert original_id == content_hash("rossi")
    second = [q("Gen. Marco Rossi", "a2"), q("Marco Rossi", "a2", n=9)]
    changed = reg.assign(second)
    assert {s.speaker_id for s in second} == {original_id}
    assert reg.speakers[original_id].name == "Marco Rossi"
    assert "Rossi" in reg.speakers[original_id].aliases
    assert second[0].speaker == "Marco Rossi"
    assert [s.id for s in changed] == [original_id]


def test_namesakes_with_other_first_names_stay_apart() -> None:
    reg = SpeakerRegistry()
    a = [q("Marco Rossi", "a1")]
    b = [q("Anna Rossi", "a2")]
    reg.assign(a)
    reg.assign(b)
    assert a[0].speaker_id != b[0].speaker_id


def test_bare_surname_with_conflicting_role_is_not_merged() -> None:
    reg = SpeakerRegistry()
    a = [q("Marco Rossi", "a1", mention="General Marco Rossi")]
    reg.assign(a)
    b = [q("Rossi", "a2", mention="chef Rossi")]
    reg.assign(b)
    assert a[0].speaker_id != b[0].speaker_id


def test_in_one_article_a_surname_is_that_articles_full_name() -> None:
    reg = SpeakerRegistry()
    reg.assign([q("Anna Rossi", "a1")])
    quotes = [q("Marco Rossi", "a2"), q("Rossi", "a2", n=9)]
    reg.assign(quotes)
    assert quotes[0].speaker_id == quotes[1].speaker_id
    assert quotes[1].speaker == "Marco Rossi"


def test_groups_and_author_quotes() -> None:
    reg = SpeakerRegistry()
    quotes = [
        q("a ministry official"),
        q("Official Ruiz", n=9),
        q(None, kind="author", n=20),
        q("Officials", n=30),
    ]
    changed = reg.assign(quotes)
    assert reg.speakers[quotes[3].speaker_id].role == "group"
    assert quotes[0].speaker_id and quotes[0].speaker_id != quotes[1].speaker_id
    assert reg.speakers[quotes[0].speaker_id].role == "group"
    assert quotes[2].speaker_id is None and quotes[2].speaker is None
    assert len(changed) == 3


def test_lookup_tolerates_titles_possessives_case_and_typos() -> None:
    reg = SpeakerRegistry()
    reg.assign([q("Marco Rossi"), q("a ministry official", n=9)])
    for typed in (
        "Marco Rossi",
        "marco rossi",
        "Gen. Marco Rossi",
        "Rossi's",
        "rossi",
        "Marco Rosi",
    ):
        assert [s.name for s in reg.lookup(typed)] == ["Marco Rossi"], typed
    assert reg.lookup("Angela Unknown") == []


def test_find_in_text_matches_full_names_and_surnames() -> None:
    reg = SpeakerRegistry()
    reg.assign([q("Marco Rossi"), q("Ada Lind", n=9), q("a ministry official", n=20)])
    found = reg.find_in_text("What did Rossi say about NATO, and what did Ada Lind's office add?")
    assert [(s.name, m) for s, m in found] == [("Marco Rossi", "Rossi"), ("Ada Lind", "Ada Lind")]
    assert [m for _, m in reg.find_in_text("What did Marco Rossi say?")] == ["Marco Rossi"]
    assert reg.find_in_text("What did the weather do?") == []


def test_registry_rebuilt_from_saved_speakers_keeps_ids() -> None:
    reg = SpeakerRegistry()
    first = [q("Marco Rossi")]
    reg.assign(first)
    again = SpeakerRegistry(reg.speakers.values())
    later = [q("Rossi", "a9")]
    again.assign(later)
    assert later[0].speaker_id == first[0].speaker_id


def test_a_question_naming_a_namesake_finds_nobody() -> None:
    from assistant.retrieve import understand

    reg = SpeakerRegistry()
    reg.assign([q("Marco Rossi"), q("Ada Lind", n=9)])
    u = understand("What did Giulia Rossi say about the budget?", reg)
    assert (u.speakers, u.unknown, u.topic) == ([], ["Giulia Rossi"], "budget")
    assert u.namesakes == ["Marco Rossi"]
    for question in ("What did Rossi say about the budget?", "What did Gen. Rossi say?"):
        assert [s.name for s in understand(question, reg).speakers] == ["Marco Rossi"], question
    u = understand("What did M. Rossi and Ada Lind say about the budget?", reg)
    assert ([s.name for s in u.speakers], u.unknown) == (["Marco Rossi", "Ada Lind"], [])


def test_a_bare_surname_alias_does_not_make_a_namesake_the_speaker() -> None:
    reg = SpeakerRegistry()
    reg.assign([q("Marco Rossi"), q("Rossi", n=9), q("Kowalski", "a2")])
    assert "Rossi" in reg.speakers[reg.lookup("Marco Rossi")[0].id].aliases
    assert reg.lookup("Giulia Rossi") == []
    assert [s.name for s in reg.lookup("M. Rossi")] == ["Marco Rossi"]
    assert [s.name for s in reg.lookup("Anna Kowalski")] == ["Kowalski"]


def test_people_named_in_the_topic_are_what_it_is_about_not_speakers() -> None:
    from assistant.retrieve import understand

    reg = SpeakerRegistry()
    reg.assign([q("Marco Rossi"), q("Ada Lind", n=9), q("Ben Lind", n=20), q("The campaign", n=30)])
    for question, speakers, topic in (
        ("What did Ada Lind say about Marco Rossi?", ["Ada Lind"], "marco rossi"),
        ("What did Ada Lind say about Ben Lind?", ["Ada Lind"], "ben lind"),
        ("What is the view of Rossi on Ada Lind's budget?", ["Marco Rossi"], "ada lind budget"),
        ("What did Rossi say about the campaign?", ["Marco Rossi"], "campaign"),
        ("What did the campaign say about Rossi?", ["The campaign"], "rossi"),
        ("What did Rossi and Ada Lind say about taxes?", ["Marco Rossi", "Ada Lind"], "taxes"),
        ("What did Rossi say, and what did Ada Lind say?", ["Marco Rossi", "Ada Lind"], ""),
        ("How did Ada Lind respond to Rossi?", ["Ada Lind"], "respond rossi"),
        ("What did Ada Lind tell Marco Rossi?", ["Ada Lind"], "marco rossi"),
        ("Compare Ada Lind to Marco Rossi on taxes.", ["Ada Lind", "Marco Rossi"], "compare taxes"),
    ):
        u = understand(question, reg)
        assert ([s.name for s in u.speakers], u.topic) == (speakers, topic), question


def test_a_surname_quoted_before_the_full_name_joins_the_known_person() -> None:
    reg = SpeakerRegistry()
    reg.assign([q("Bea Lind", "a1"), q("Ada Lind", "a2")])
    later = [q("Lind", "a3"), q("Bea Lind", "a3", n=9), q("Lind", "a3", n=20)]
    reg.assign(later)
    assert len({x.speaker_id for x in later}) == 1
    assert [s.name for s in reg.speakers.values()] == ["Bea Lind", "Ada Lind"]


def test_question_forms_that_name_a_topic() -> None:
    from assistant.retrieve import understand

    reg = SpeakerRegistry()
    reg.assign([q("Ada Lind"), q("Debbie Wasserman Schultz", n=9)])
    for question, speaker in (
        ("Did Ada Lind say anything about the budget?", "Ada Lind"),
        ("Summarize what Ada Lind said about the budget.", "Ada Lind"),
        ("What were Ada Lind's comments on the budget?", "Ada Lind"),
        ("Ada Lind on the budget: what did she say?", "Ada Lind"),
        ("What did Wasserman Schultz say about the budget?", "Debbie Wasserman Schultz"),
        ("What did Mayor Ada Lind say about the budget?", "Ada Lind"),
        ("What did the former governor Ada Lind say about the budget?", "Ada Lind"),
    ):
        u = understand(question, reg)
        assert (u.intent, [s.name for s in u.speakers], u.unknown, u.topic) == (
            "statements",
            [speaker],
            [],
            "budget",
        ), question
    assert understand("Did Ada Lind say the budget would rise?", reg).intent == "verify"


def test_a_lower_case_word_is_no_surname_and_a_follow_up_topic_no_group() -> None:
    from assistant.retrieve import understand

    reg = SpeakerRegistry()
    reg.assign([q("Ann Bush"), q("Marco Rossi", n=9), q("Candidates", n=20)])
    assert understand("Any statements on the bush fires?", reg).speakers == []
    assert [s.name for s in understand("What did Bush say?", reg).speakers] == ["Ann Bush"]
    assert [s.name for s in understand("what did rossi say about taxes", reg).speakers] == [
        "Marco Rossi"
    ]
    assert [s.name for s in understand("What did Candidates say?", reg).speakers] == ["Candidates"]
    history = [{"role": "user", "content": "What did Marco Rossi say about taxes?"}]
    u = understand("And what about the candidates?", reg, history)
    assert ([s.name for s in u.speakers], u.inherited) == (["Marco Rossi"], True)


def test_topic_words_match_across_plurals_and_hyphens() -> None:
    from assistant.retrieve import word_stems

    assert word_stems("the thin-skinned politicians") == {"thin", "skinned", "politician"}
    assert word_stems("Thin skinned politician") == {"thin", "skinned", "politician"}
    assert word_stems("the press") == {"press"}
