from assistant.chunking import chunk_article, count_tokens
from assistant.records import Article, Quote


def make(text: str) -> Article:
    return Article(title="t", text=text)


def test_chunks_respect_budget_and_cover_text():
    text = " ".join(f"Sentence number {i} talks about the harbour." for i in range(60))
    article = make(text)
    chunks = chunk_article(article, [], budget=60)
    assert len(chunks) > 3
    assert all(count_tokens(c.text) <= 60 for c in chunks)
    assert all(article.text[c.start : c.end] == c.text for c in chunks)
    covered = sum(len(c.text) for c in chunks)
    assert covered >= len(text) - len(chunks)  # only the spaces between chunks are left out


def test_a_quote_is_never_split_even_over_budget():
    long_quote = " ".join(["We will not give up on this project."] * 12)
    text = f"Intro sentence here. “{long_quote}” the mayor said. Closing sentence."
    article = make(text)
    start = text.index("“") + 1
    quote = Quote(
        article_id=article.id,
        text=long_quote,
        start=start,
        end=start + len(long_quote),
        kind="direct",
        speaker="A Mayor",
    )
    chunks = chunk_article(article, [quote], budget=30)
    holders = [c for c in chunks if c.start <= quote.start and c.end >= quote.end]
    assert len(holders) == 1 and holders[0].quote_ids == [quote.id]
    assert not [
        c for c in chunks if c is not holders[0] and c.start < quote.end and c.end > quote.start
    ]
