from assistant.records import Answer, Citation, Quote
from assistant.verify import Source, verify_answer

TEXT = "The council met. “We will rebuild the bridge by June,” Mayor Ann Cole said. Rain fell."
START = TEXT.index("We will")
END = TEXT.index(",” Mayor")
QUOTE = Quote(
    article_id="a1",
    text=TEXT[START:END],
    start=START,
    end=END,
    kind="direct",
    speaker="Ann Cole",
    id="q1",
)


def lookup(quote_id):
    return Source(QUOTE, TEXT, "2021-05-04") if quote_id == "q1" else None


def citation(**changes):
    fields = dict(
        n=1,
        speaker="Ann Cole",
        kind="direct",
        quote=QUOTE.text,
        article_id="a1",
        title="Bridge",
        source=None,
        published="2021-05-04",
        start=START,
        end=END,
        quote_id="q1",
    )
    return Citation(**(fields | changes))


def answer(text, *citations):
    return Answer(question="q", answer=text, abstained=False, citations=list(citations))


def test_true_answer_is_verified():
    result = verify_answer(
        answer("Ann Cole said: “We will rebuild the bridge by June” [1]", citation()), lookup
    )
    assert result.verified and result.citations[0].verified and not result.removed


def test_altered_quote_wrong_speaker_and_wrong_date_are_removed():
    for bad in (
        citation(quote="We will rebuild the bridge by May", end=START + 33),
        citation(speaker="Tom Reyes"),
        citation(published="2020-01-01"),
        citation(quote_id="missing"),
    ):
        result = verify_answer(answer("Ann Cole said it [1]", bad), lookup)
        assert not result.citations and result.removed
        assert "[1]" not in result.answer


def test_sentence_quoting_words_not_in_its_passage_is_dropped():
    text = "Ann Cole said “We will tear the bridge down” [1]. She also said “We will rebuild the bridge by June” [1]."
    result = verify_answer(answer(text, citation()), lookup)
    assert "tear the bridge" not in result.answer
    assert "rebuild the bridge by June" in result.answer
    assert any("not verbatim" in r for r in result.removed)


def test_multi_sentence_fabricated_quote_is_caught():
    text = "She said “Bridges are bad. We will never rebuild.” [1]"
    result = verify_answer(answer(text, citation()), lookup)
    assert result.answer == "" and not result.verified


def test_quote_without_citation_is_dropped():
    result = verify_answer(answer("Ann Cole said “We will rebuild the bridge by June”."), lookup)
    assert result.answer == ""


def test_markers_inside_a_quote_are_the_quote_s_own_words():
    from assistant.verify import renumber_markers

    text = "He said “the rule [3] applies to every tenant” [2] and more [1]."
    assert renumber_markers(text, lambda n: f"[^{n}]") == (
        "He said “the rule [3] applies to every tenant” [^2] and more [^1]."
    )
