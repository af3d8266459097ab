"""How sources are named: unnamed groups, documents and polls keep what describes them,
organisations lose the writer's adjectives, and a headline never invents a person."""

from __future__ import annotations

from spacy.tokens import Doc

from assistant.attribute import _drop_nested, attribute, load_nlp
from assistant.attribution_context import Attribution
from assistant.coref import subject_tokens
from assistant.cues import CUE_FORMS, OBJECT_FORMS
from assistant.quotemarks import QuoteSpan
from assistant.records import Article


def reported(text: str) -> list:
    """Statements of an article credited to someone (not the article's own voice)."""
    return [q for q in attribute(Article(title="Test", text=text)) if q.kind != "author"]


def statement(text: str, words: str):
    found = [q for q in reported(text) if words in q.text]
    assert found, f"nobody is credited with {words!r}"
    return found[0]


def test_an_unnamed_source_keeps_what_describes_it() -> None:
    experts = statement(
        "Harbor fees rose again.\n\nExperts on coastal shipping said that the rise would push "
        "freight to rail.",
        "push freight",
    )
    assert experts.speaker == "Experts on coastal shipping"
    study = statement(
        "A study that appeared in a nursing journal found that night shifts raise error rates.",
        "night shifts",
    )
    assert study.speaker == "A study that appeared in a nursing journal"
    residents = statement(
        "Three residents who live near the plant said that the noise never stops.", "noise"
    )
    assert residents.speaker == "Three residents who live near the plant"


def test_a_described_source_leaves_out_dates_and_the_cues_own_clause() -> None:
    poll = statement("A poll released last week shows that most voters oppose the stadium.", "most")
    assert poll.speaker == "A poll released last week"
    doctors = statement(
        "A group of doctors in 2015 warned that the clinic was understaffed.", "understaffed"
    )
    assert doctors.speaker == "A group of doctors"


def test_an_organisation_is_named_without_the_writers_adjectives() -> None:
    office = statement(
        "The nonpartisan Legislative Analyst Office said that the plan would cost $2 billion.",
        "cost",
    )
    assert office.speaker == "Legislative Analyst Office"
    assert office.speaker_mention == "The nonpartisan Legislative Analyst Office"


def test_a_title_case_headline_never_glues_a_verb_to_a_name() -> None:
    text = (
        "Prescott Says Trade Deal Will Pass\n"
        "The minister told reporters on Monday that the deal would pass. Lena Prescott spoke "
        "at the port."
    )
    speakers = {q.speaker for q in reported(text)}
    assert speakers == {"Lena Prescott"}


def test_a_two_word_surname_is_the_person_named_in_full() -> None:
    text = (
        "Oregon Rep. Mara Diaz Ortega, the caucus leader, chose five delegates. Diaz Ortega, who "
        "is distrusted by some, said the selection was honest. “Do not let the loud be the master "
        "of the wise,” she said.\n\nDiaz Ortega said the count was clean."
    )
    speakers = {q.speaker for q in reported(text)}
    assert speakers == {"Mara Diaz Ortega"}


def test_a_given_name_and_surname_never_absorb_a_glued_word() -> None:
    text = (
        "Jo Hale spoke first. Ms. Ana Hale said the bridge would open in May.\n\n"
        "Ivan Jo Hale, her cousin, said that the date would slip."
    )
    speakers = [q.speaker for q in reported(text)]
    assert "Ana Hale" in speakers


def test_an_aside_after_a_comma_does_not_describe_the_source() -> None:
    polls = statement(
        "Exit polls from the primary, which the senator won easily, showed that voters wanted "
        "change.",
        "voters wanted",
    )
    assert polls.speaker == "Exit polls from the primary"


def test_a_cue_inside_a_relative_clause_reports_what_follows_it() -> None:
    claim = statement(
        "He pleaded guilty over his work for a charity that prosecutors said was a front for "
        "smugglers.",
        "front for smugglers",
    )
    assert claim.speaker == "prosecutors" and claim.text == "was a front for smugglers"
    assert claim.kind == "indirect"


def test_a_parenthetical_cue_inside_a_passive_clause_reports_both_sides() -> None:
    text = (
        "After the board passed the rule four years ago, Okafor said, most city rules limiting "
        "a street vendor were believed to be fair."
    )
    indirect = [q for q in reported(text) if q.kind == "indirect"]
    assert {q.speaker for q in indirect} == {"Okafor"}
    assert any(q.text.startswith("most city rules") for q in indirect)


def test_according_to_a_described_source_leaves_its_description_out_of_the_claim() -> None:
    text = "The budget will be a central theme of the campaign, according to Democrats who read it."
    assert [(q.speaker, q.text) for q in reported(text)] == [
        ("Democrats who read it", "The budget will be a central theme of the campaign")
    ]


def test_of_two_clauses_the_cue_reports_the_one_it_governs() -> None:
    claim = statement(
        "The senator isn’t troubled by her setbacks in the assembly — in fact, she said it "
        "“humbles” her.",
        "humbles",
    )
    assert claim.kind == "mixed" and claim.text == "it “humbles” her"


def test_a_second_that_clause_whose_verb_is_a_cue_word_is_still_reported() -> None:
    claim = statement(
        "The board said the remarks were “entirely inappropriate” and that the panel "
        "would continue to review.",
        "inappropriate",
    )
    assert claim.text.endswith("and that the panel would continue to review")


def test_a_clause_before_a_semicolon_is_not_the_next_cues_content() -> None:
    claim = statement(
        "The proposal led parliament to debate a ban on the mogul; one lawmaker called him "
        "“the orange prince of self-publicity.”",
        "orange prince",
    )
    assert claim.speaker == "one lawmaker" and claim.kind == "mixed"
    assert claim.text.startswith("him")


def test_a_given_name_the_ner_leaves_out_is_part_of_the_name() -> None:
    text = (
        "Party Chair Debbie Wasserman Kolb dismissed the complaint as baseless. Wasserman Kolb said "
        "the rules were fair.\n\nSaudi Prince Alwaleed Bin Tamal mocked the plan to raise port fees."
    )
    speakers = {q.speaker for q in reported(text)}
    assert speakers == {"Debbie Wasserman Kolb", "Alwaleed Bin Tamal"}


def test_a_dateline_with_state_and_wire_never_speaks() -> None:
    from spacy.tokens import Doc

    from assistant.attribute import load_nlp
    from assistant.reported_speech import _subject

    # "DUNMORE, Pa. (AP) — Mayor Jo Quill said ...", parsed with the place as the subject and
    # the state, the wire and the mayor as its appositions.
    words = ["DUNMORE", ",", "Pa.", "(", "AP", ")", "—", "Mayor", "Jo", "Quill", "said", "so"]
    spaces = [False, True, True, False, False, True, True, True, True, True, True, False]
    tags = "NNP , NNP -LRB- NNP -RRB- : NNP NNP NNP VBD RB".split()
    heads = [10, 0, 0, 0, 0, 0, 0, 9, 9, 0, 10, 10]
    deps = "nsubj punct appos punct appos punct punct compound compound appos ROOT advmod"
    ents = ["B-GPE", "O", "B-GPE", "O", "B-ORG", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = Doc(load_nlp().vocab, words, spaces, tags=tags, heads=heads, deps=deps.split(), ents=ents)
    assert _subject(doc[10]).text == "Quill"


def test_a_fronted_participle_reports_for_the_subject_after_it() -> None:
    claim = statement(
        "Insisting that the budget was sound, Mayor Jo Quill left the meeting early.",
        "budget was sound",
    )
    assert claim.speaker == "Jo Quill" and claim.text == "the budget was sound"


def test_a_role_between_a_quotation_and_a_name_belongs_to_the_speaker() -> None:
    claim = statement(
        '"I am stunned by his capacity to anger every kind of voter," screenwriter '
        "Reed Bramley said.",
        "stunned",
    )
    assert claim.speaker == "Reed Bramley" and claim.kind == "direct"


def test_speech_manner_verbs_carry_a_quotation() -> None:
    claim = statement(
        "“This is fantastic!” beamed Don Hartle of Madison, who had come early.", "fantastic"
    )
    assert claim.speaker == "Don Hartle" and claim.cue == "beamed"


def test_the_medium_and_the_addressee_of_a_cue_are_not_its_content() -> None:
    assert reported("The aide wrote in a June email to the secretary.") == []


def test_an_acronym_opening_a_sentence_with_a_dash_later_is_no_dateline() -> None:
    claim = statement(
        "NATO said on Tuesday — in a statement — that the drills would go ahead.", "drills"
    )
    assert claim.speaker == "NATO"


def test_a_group_named_after_a_person_is_not_that_person() -> None:
    opening = "Dana Whitfield spoke in Ohio on Monday.\n\n"
    supporters = statement(
        opening + "Several Whitfield supporters said the rally was short.", "rally"
    )
    assert supporters.speaker == "Several Whitfield supporters"
    campaign = statement(
        opening + "The Whitfield campaign said that it would go ahead.", "go ahead"
    )
    assert campaign.speaker == "The Whitfield campaign"
    aide = statement(opening + "Whitfield spokeswoman Ana Ruiz said the bus was late.", "bus")
    assert aide.speaker == "Ana Ruiz"


def test_a_function_word_the_ner_glues_to_a_name_is_no_part_of_it() -> None:
    from spacy.tokens import Doc

    from assistant.attribute import load_nlp
    from assistant.coref import trim_entity

    words = ["Without", "Bloomberg", ",", "it", "fails"]
    tags = "IN NNP , PRP VBZ".split()
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = Doc(load_nlp().vocab, words, tags=tags, ents=ents)
    assert trim_entity(doc.ents[0]).text == "Bloomberg"


def test_a_fronted_phrase_is_part_of_the_claim_unless_it_sets_the_scene() -> None:
    claim = reported("In the long run, Ms. Dale said, the levy will pay for itself.")
    assert [q.text for q in claim] == ["In the long run", "the levy will pay for itself"]
    scene = reported("In an interview on Tuesday, Ms. Dale said, the levy will pay for itself.")
    assert [q.text for q in scene] == ["the levy will pay for itself"]


def test_a_one_word_subject_before_a_parenthetical_cue_is_reported() -> None:
    parts = reported("Bob, the guards said, ordered them to wait.")
    assert [q.text for q in parts] == ["Bob", "ordered them to wait"]
    assert {q.speaker for q in parts} == {"the guards"}


def test_a_speaker_after_an_inverted_cue_is_found_when_the_parse_misreads_it() -> None:
    claim = statement(
        "“One woman came in and said we should all go,” said the clerk, who like most "
        "in the village did not wish to be identified.",
        "all go",
    )
    assert claim.speaker == "the clerk" and claim.kind == "direct"


def test_a_short_quotation_after_a_cue_with_a_tail_continues_the_speaker() -> None:
    parts = reported(
        "“Do you believe I will quit?” Ms. Hale said at a press briefing last week. “I can't.”"
    )
    assert [(q.text, q.speaker) for q in parts] == [
        ("Do you believe I will quit?", "Hale"),
        ("I can't.", "Hale"),
    ]


def test_a_second_verb_of_the_subject_carries_a_quotation() -> None:
    claim = statement("Mrs. Dale shook her head and said, “No.”", "No")
    assert claim.speaker == "Dale" and claim.cue == "said"


def test_a_relative_clause_cue_on_a_named_persons_role_is_that_persons() -> None:
    claim = statement(
        "The panel heard from Ana Ruiz, 32, a former city lawyer who said the plan was rushed.",
        "rushed",
    )
    assert claim.speaker == "Ana Ruiz"


def test_a_verb_the_ner_glues_to_a_name_in_a_headline_is_no_part_of_it() -> None:
    words = ["Jo", "Roe", "Described", "Her", "Fight"]
    tags = "NNP NNP VBD PRP$ NNP".split()
    ents = ["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"]
    from spacy.tokens import Doc

    from assistant.attribute import load_nlp
    from assistant.coref import trim_entity

    doc = Doc(load_nlp().vocab, words, tags=tags, ents=ents)
    assert trim_entity(doc.ents[0]).text == "Jo Roe"


def test_a_two_word_dateline_never_speaks() -> None:
    claim = statement(
        "SAN ANGELO, Texas — Gov. Jo Quill on Thursday blamed the press for the fuss, saying "
        "reporters were nitpicking.",
        "nitpicking",
    )
    assert claim.speaker == "Jo Quill"


def test_a_poll_whose_verb_the_parse_reads_as_a_participle_still_reports() -> None:
    claim = statement(
        "A Marist College poll found last week that Dale would beat Roe in a match-up.",
        "would beat",
    )
    assert claim.speaker == "A Marist College poll"


def test_a_parenthetical_thought_verb_reports_the_clause_around_it() -> None:
    parts = reported(
        "The Ferris family stayed home.\n\nThe deal, Ms. Ferris hopes, will pass in May."
    )
    assert [q.text for q in parts] == ["The deal", "will pass in May"]
    assert {q.cue for q in parts} == {"hopes"}


def test_when_and_where_after_an_object_are_not_what_was_said() -> None:
    praised = statement("The mayor praised the new stadium plan at a rally on Friday.", "plan")
    assert praised.text == "the new stadium plan"
    called = statement("The mayor called the stadium “a jewel” at a rally on Friday.", "jewel")
    assert called.text == "the stadium “a jewel”"


def test_a_clause_with_its_own_subject_after_the_report_is_the_writers() -> None:
    claim = statement(
        "Mr. Hale said Mr. Okafor had not yet brought him around, but he struck a hopeful note "
        "about the next season.",
        "brought him around",
    )
    assert claim.text == "Mr. Okafor had not yet brought him around"


def test_a_share_written_with_a_percent_sign_is_a_source() -> None:
    claim = statement(
        "In Ohio, 85% of Democrats said the economic system favors the wealthy.", "favors"
    )
    assert claim.speaker == "85% of Democrats"


def test_a_documents_wording_is_quoted_with_read() -> None:
    sign = statement("Outside the plant, a sign reads: “Closed until further notice.”", "Closed")
    assert sign.speaker == "a sign" and sign.kind == "direct"
    memo = reported(
        "The union sent a memo. “Talks are over,” the memo read, “and the strike begins Monday.”"
    )
    assert [(q.text, q.speaker) for q in memo] == [
        ("Talks are over", "the memo"),
        ("and the strike begins Monday.", "the memo"),
    ]
    assert reported("He read the letter aloud to the crowd.") == []


def test_a_fronted_phrase_before_according_to_is_part_of_the_claim() -> None:
    parts = reported(
        "In the short run, according to the planning office, the drop in revenue stems from "
        "a shrinking workforce."
    )
    assert [q.text for q in parts] == [
        "In the short run",
        "the drop in revenue stems from a shrinking workforce",
    ]


def test_a_show_named_after_told_is_who_was_told_not_what() -> None:
    parts = reported("“We have to act,” Dale told “Good Morning America” on Monday.")
    assert [q.text for q in parts] == ["We have to act"]


def test_a_no_break_space_before_the_cue_reads_as_a_space() -> None:
    text = "“The report shows the panel was stonewalled from day one,”\u00a0added Ruiz."
    claim = statement(text, "stonewalled")
    assert claim.speaker == "Ruiz" and claim.kind == "direct"
    assert text[claim.start : claim.end] == claim.text


def test_an_as_clause_reports_only_when_its_verb_is_a_bare_cue() -> None:
    pushing = reported("As Mr. Dale continues to push the levy, the harbor is growing quieter.")
    assert not [q for q in pushing if "harbor" in q.text]  # the levy may be his; the rest is not
    noted = statement("As the report notes, costs have doubled since the spring.", "costs")
    assert noted.speaker == "the report" and noted.text == "costs have doubled since the spring"


def test_a_clause_of_time_before_the_cue_is_not_what_was_said() -> None:
    claim = statement(
        "Ms. Dale opposes the levy, but - after a court ruling made it legal statewide - she "
        "urged towns to obey the decision.",
        "obey",
    )
    assert claim.text == "towns to obey the decision"


def test_a_relative_clause_after_the_cues_comma_is_not_its_content() -> None:
    claim = statement(
        "Refugees of wars would be handled as a separate category, Okafor said, a rule that might "
        "make it simpler for them to settle.",
        "Refugees",
    )
    assert claim.text == "Refugees of wars would be handled as a separate category"


def test_calling_for_someone_to_act_reports_the_demand() -> None:
    claim = statement(
        "A lawmaker in Manila is calling for Jo Roe to be banned from the country.", "banned"
    )
    assert claim.text == "Jo Roe to be banned from the country"
    assert claim.speaker == "A lawmaker in Manila"


def test_a_person_named_only_in_a_relative_clause_does_not_take_an_uncued_quotation() -> None:
    parts = reported(
        "Mayor Jo Quill spoke on Monday.\n\nUnder the harbor act, which Quill signed in March, "
        'grants go to towns and "any other port found by the board to be among the busiest '
        'in the state."'
    )
    assert not any("busiest" in q.text for q in parts)


def test_a_name_first_seen_in_capitals_is_shown_as_the_article_spells_it() -> None:
    parts = reported(
        "LEADERS TAKE ON MARY JOHNSON POLICIES AT SUMMIT IN OTTAWA;\n\nMary Johnson was not at "
        "the summit.\n\nJohnson said the talks were a waste of time."
    )
    assert {q.speaker for q in parts} == {"Mary Johnson"}


def test_a_double_space_after_the_source_is_not_part_of_its_name() -> None:
    claim = statement("Several reporters  said the plan was dead.", "dead")
    assert claim.speaker == claim.speaker_mention == "Several reporters"


def test_the_spokesman_is_never_the_person_he_speaks_for() -> None:
    parts = reported(
        "Jo Quill criticised the plan in parliament.\n\n“He disagrees with it,” the spokesman said."
    )
    assert [q.speaker for q in parts if "disagrees" in q.text] == ["the spokesman"]


def test_a_condition_between_the_cue_and_its_clause_is_part_of_the_claim() -> None:
    claim = statement(
        "Ms. Dale says no matter what action the mayor takes on parking, “the law stands.”",
        "law stands",
    )
    assert claim.text.startswith("no matter what action") and claim.kind == "mixed"


def test_documents_and_filings_show_like_records_do() -> None:
    claim = statement("Court documents show a long pattern of late payments by the firm.", "late")
    assert claim.speaker == "Court documents" and claim.text.startswith("a long pattern")


def test_declining_or_hoping_to_do_something_is_a_stated_position() -> None:
    declined = statement("Jo Vance declined to comment on the plan for the new stadium.", "comment")
    assert (declined.speaker, declined.cue) == ("Jo Vance", "declined")
    assert declined.text == "to comment on the plan for the new stadium"
    hopes = statement("The mayor hopes to win the support of voters in the hill towns.", "win")
    assert hopes.speaker == "The mayor" and hopes.kind == "indirect"
    assert reported("Jo Vance continued to build the wall along the river.") == []


def test_a_group_the_sentence_pins_down_can_hold_a_view() -> None:
    officials = statement(
        "Officials with the harbor authority expressed doubts that the pier would open this year.",
        "pier would open",
    )
    assert officials.speaker == "Officials with the harbor authority"
    close = statement(
        "People close to the mayor expressed doubts that the pier would open this year.", "pier"
    )
    assert close.speaker == "People close to the mayor"
    assert (
        reported("Western leaders have quietly acknowledged the collapse of the ferry line.") == []
    )


def test_a_participle_after_a_reported_clause_is_a_second_statement() -> None:
    parts = reported(
        "Mayor Jo Vance announced on Friday that she had sold her boat to the harbor club, "
        "saying the deal would pay for the new slipway."
    )
    assert [(q.speaker, q.cue) for q in parts] == [
        ("Jo Vance", "announced"),
        ("Jo Vance", "saying"),
    ]
    assert parts[1].text == "the deal would pay for the new slipway"


def test_a_finding_opened_by_in_a_poll_is_the_polls() -> None:
    share = statement(
        "In a county poll taken last week, 62% of anglers said the ferry fare was too high.",
        "fare",
    )
    assert share.speaker == "a county poll taken last week" and share.cue == "in"
    assert share.text.startswith("62% of anglers said")
    firm = statement(
        "In an online poll of 800 voters, Harbor Research found that the plan is popular.",
        "popular",
    )
    assert firm.speaker == "Harbor Research"
    assert reported("Jo Vance has risen in the polls since the spring.") == []


def test_seeing_someone_as_something_is_a_view() -> None:
    view = statement("Jo Vance sees the ferry levy as a burden on island families.", "levy")
    assert (view.speaker, view.cue) == ("Jo Vance", "sees")
    assert view.text == "the ferry levy as a burden on island families"
    assert reported("Jo Vance saw the harbor from the top of the hill.") == []


def test_making_clear_that_is_a_statement() -> None:
    plain = statement("Jo Vance made it clear that the slipway would be rebuilt.", "slipway")
    assert plain.speaker == "Jo Vance" and plain.text == "the slipway would be rebuilt"
    assert reported("Jo Vance made the table clear of crumbs before the guests came.") == []


def test_an_object_ends_before_the_subjects_next_act() -> None:
    rally = statement(
        "Last month Ms. Hale and Dr. Ben Ortiz urged the undecided delegates to rally behind their "
        "candidates and tried to make the argument that the race had just begun.",
        "delegates",
    )
    assert rally.text == "the undecided delegates to rally behind their candidates"


def test_the_tweet_or_speech_it_was_said_in_is_not_content() -> None:
    called = statement("Jo Vance called the mooring rules “a mess” in a speech on Friday.", "rules")
    assert called.text == "the mooring rules “a mess”"


def test_a_closing_who_clause_about_a_name_is_the_writers() -> None:
    parts = reported(
        "The trustees say they will keep working with the harbormaster Ana Brandt, who has been "
        "weakened by the audit and by Inspector Jo Park's conclusion that her ledgers were "
        '"badly kept."'
    )
    assert [(q.speaker, q.text) for q in parts] == [
        ("The trustees", "they will keep working with the harbormaster Ana Brandt"),
        ("Jo Park", 'her ledgers were "badly kept."'),
    ]


def test_a_hyphenated_first_name_is_kept_whole() -> None:
    post = statement("“The harbor is closed,” Anna-Lena Brandt posted on her page.", "harbor")
    assert post.speaker_mention == "Anna-Lena Brandt"


def test_a_democrat_familiar_with_the_talks_is_a_described_person_not_a_party() -> None:
    claim = statement(
        "The harbor will close in May, according to a Democrat familiar with the mayor's plans.",
        "close in May",
    )
    assert claim.speaker == "a Democrat familiar with the mayor's plans"


def test_a_quotation_after_a_partly_quoted_paraphrase_continues_its_speaker() -> None:
    parts = reported(
        "“The ferry is ours, friends,” Vance told a dockside crowd, saying Roe would “sell the "
        "ferry line.”\n\n“I won’t let that happen. Not on my watch. Not ever.”"
    )
    assert [(q.speaker, q.kind) for q in parts] == [
        ("Vance", "direct"),
        ("Vance", "mixed"),
        ("Vance", "direct"),
    ]


def test_a_quotation_later_in_the_speakers_sentence_is_the_speakers() -> None:
    parts = reported(
        "Vance has said she has read the audit and disagrees with a board decision to seal the "
        'ledgers, because "I cannot find anything in them worth hiding."'
    )
    words = [q for q in parts if "I cannot find" in q.text]
    assert [(q.speaker, q.kind) for q in words] == [("Vance", "direct")]


def test_a_parenthetical_cue_parsed_as_the_main_verb_still_frames_the_claim() -> None:
    parts = reported("Open cheering for a team, the league claimed, breaks its rules for referees.")
    assert [(q.speaker, q.text) for q in parts] == [
        ("the league", "Open cheering for a team"),
        ("the league", "breaks its rules for referees"),
    ]


def test_a_town_the_ner_once_takes_for_a_person_never_speaks() -> None:
    parts = reported(
        "Several fishing families settled in Riverton after the floods.\n\n"
        "Omar Haddad, 41, reached Riverton from Basra in 2015. At first, he found the town "
        "quiet. He bought a trawler and a house near the docks, and Riverton became his base. "
        "Lately, he said, he has noticed that the towns up the coast are less friendly.\n\n"
        '"People here still judge you by your accent," he said.'
    )
    assert {q.speaker for q in parts} == {"Omar Haddad"}


def test_a_two_word_object_of_a_reporting_verb_is_a_position_when_it_names_something() -> None:
    backed = statement("The fishermen's union endorsed Jo Vance.", "Vance")
    assert (backed.speaker, backed.text) == ("The fishermen's union", "Jo Vance")
    assert reported("Jo Vance rejected that view.") == []
    assert reported("The harbor board welcomed the decision.") == []  # leans on earlier text


def test_read_the_statement_after_a_quotation_is_the_documents_wording() -> None:
    parts = reported(
        '"We chose the harbor site for its history," read the statement, which was signed by '
        'the trustees. "The vote was unanimous."'
    )
    assert [(q.speaker, q.kind) for q in parts] == [
        ("the statement", "direct"),
        ("the statement", "direct"),
    ]


def test_a_list_of_names_before_the_verb_is_all_of_them() -> None:
    claim = statement("Jo Vance, Ted Roe and Ana Park attacked the harbor plan on Monday.", "plan")
    assert claim.speaker == "Jo Vance, Ted Roe and Ana Park"
    aide = statement("“It is over,” Jo Vance, a harbor pilot, said.", "over")
    assert aide.speaker == "Jo Vance"


def test_a_clause_of_time_around_a_speech_verb_frames_nothing() -> None:
    assert reported("After Vance testified, Roe and his team turned to the harbor budget.") == []
    assert (
        reported("The new season will begin this week, as Vance speaks to the Harbor Club.") == []
    )
    put = statement("As she put it, the plan will fail.", "plan")
    assert put.text == "the plan will fail"


def test_a_cue_after_a_colon_does_not_frame_what_comes_before_it() -> None:
    parts = reported(
        "Yet local coverage was merciless: The Lake County Morning Herald said Mr. Hale had been "
        "''wounded'' by Mr. Ortiz."
    )
    assert [q.text for q in parts] == ["Mr. Hale had been ''wounded'' by Mr. Ortiz"]


def test_a_quotation_after_a_persons_action_beat_is_theirs() -> None:
    parts = reported(
        "As for the ferry fares? “They go up and they come down,” Tom Vance said, tapping the "
        "table. Betsy Vance shook her head. “Tom worries far less than I do.”"
    )
    assert [(q.speaker, q.cue) for q in parts] == [("Tom Vance", "said"), ("Betsy Vance", None)]


def test_a_title_named_before_its_star_is_not_a_quotation() -> None:
    assert reported("“Harbor Lights at Midnight” star Jo Vance turned 40 on Sunday.") == []


def test_a_quotation_after_a_cue_sentence_continues_the_quoted_speaker() -> None:
    parts = reported(
        "“The river is the whole story,” said Mayor Ilse Quarry of Dunmore, a critic of Sen. "
        "Ted Vance, who has urged farmers to sell their land. “Nobody here wants that.”"
    )
    assert [(q.speaker, q.kind) for q in parts] == [
        ("Ilse Quarry", "direct"),
        ("Ted Vance", "indirect"),
        ("Ilse Quarry", "direct"),
    ]
    after = reported(
        "“Your show is great,” Roe assured Vance, after Vance assured Roe that his listeners "
        "liked the plan. “I will not let you down.”"
    )
    assert after[-1].speaker == "Roe"


def test_the_second_official_is_one_more_unnamed_source() -> None:
    parts = reported(
        "The Ledger quoted an unnamed official as saying that Ted Vance had quit the board.\n\n"
        "“He wanted out a long time ago,” said the second official."
    )
    assert parts[-1].speaker == "the second official"


def test_a_role_written_before_a_name_is_not_part_of_it() -> None:
    assert statement(
        "“It is a quiet town,” Lakeside resident Whit Varga said.", "town"
    ).speaker == ("Whit Varga")
    assert statement("“I never liked rules,” Comedian Dana Pell said.", "rules").speaker == (
        "Dana Pell"
    )
    assert statement("“We will reply,” Board Counsel Jo B. Quarry wrote.", "reply").speaker == (
        "Jo B. Quarry"
    )


def test_a_hyphenated_given_name_stays_with_its_name() -> None:
    parts = reported("“He holds on to the chance,” Anne-Marie Dovell and Gus Tarrant wrote.")
    assert parts[0].speaker == "Anne-Marie Dovell and Gus Tarrant"


def test_a_person_from_a_place_is_not_the_place() -> None:
    said = statement("“We have no say anymore,” tweeted a Danish user from Aarhus.", "say")
    assert said.speaker == "a Danish user from Aarhus"
    report = statement("“Prices rose,” a report from the Carver Institute said.", "Prices")
    assert report.speaker == "Carver Institute"


def test_elaborated_and_interjected_report_speech() -> None:
    parts = reported(
        "Nina Hale took the podium. “The way I read it,” she elaborated, “the library stays.”"
    )
    assert [(q.speaker, q.cue) for q in parts if q.kind == "direct"] == [
        ("Nina Hale", "elaborated"),
        ("Nina Hale", "elaborated"),
    ]
    cut = statement("“Not the library,” Ortiz interjected.", "library")
    assert (cut.speaker, cut.kind) == ("Ortiz", "direct")


def test_what_someone_was_asked_to_do_is_reported() -> None:
    stay = statement("The mayor asked residents to stay indoors.", "indoors")
    assert (stay.speaker, stay.text) == ("The mayor", "to stay indoors")
    wait = statement("The mayor told the crew to wait for the tide, then left.", "tide")
    assert wait.text == "to wait for the tide"


def test_a_person_inside_someone_elses_claim_is_no_antecedent_for_he() -> None:
    parts = reported(
        "At the pier, Mr. Tarrant was just as blunt, claiming that Mayor Quill wanted to sell "
        "the harbor. “You would have to be mad,” he said."
    )
    assert [(q.speaker, q.kind) for q in parts if q.kind != "author"] == [
        ("Tarrant", "indirect"),
        ("Tarrant", "direct"),
    ]


def test_a_subject_inside_a_speakers_claim_does_not_take_their_next_quotation() -> None:
    parts = reported(
        "Mr. Tarrant spoke on Monday. Mr. Tarrant said having Mr. Quill treat him with respect "
        "is a good sign. “Quill does not get along with the mayor,” he said."
    )
    assert parts[-1].speaker == "Tarrant"
    aides = reported(
        "Aides say Ms. Quill also advises her father on pay. “Women are paid less,” she said."
    )
    assert aides[-1].speaker == "Quill"


def test_a_quotation_introduced_by_a_colon_is_all_a_trailing_cue_reports() -> None:
    parts = reported(
        "Ilse Quarry, who ran the harbor board for years, ran through the rules the old board "
        "had lived by: “Nobody shouted and nobody left early,” she said."
    )
    assert [(q.kind, q.text) for q in parts if q.kind != "author"] == [
        ("direct", "Nobody shouted and nobody left early")
    ]


def test_how_a_source_spoke_does_not_describe_who_it_is() -> None:
    anon = statement(
        "“We lost,” said a harbor strategist who spoke on condition of anonymity.", "lost"
    )
    assert anon.speaker == "a harbor strategist"
    paper = statement("“We lost,” another dock source speaking to the Ledger said.", "lost")
    assert paper.speaker == "another dock source"
    kept = statement("“We lost,” said a strategist who worked for the harbor board.", "lost")
    assert kept.speaker == "a strategist who worked for the harbor board"


def test_a_name_the_ner_takes_for_an_organisation_keeps_no_trailing_word() -> None:
    said = statement(
        "“The vote was a sham,” said Meena Gantry of Harbor Watch, who saw it.", "sham"
    )
    assert said.speaker == "Meena Gantry"
    listed = statement(
        "“We wrote it together,” Maria Olsen, Tom Baker and Lisa Chen wrote.", "wrote it"
    )
    assert listed.speaker == "Maria Olsen, Tom Baker and Lisa Chen"


def test_a_quotation_stays_with_its_own_cue_when_a_clause_runs_into_it() -> None:
    # "... the change it said Quarry would bring: “Her fight ...,” the guild said.": the parse
    # may run the relative clause into the quotation; the quotation's own cue keeps it.
    clause = Attribution([(10, 60)], (0, 9), "it", "The note", "said", 0.9)
    quoted = Attribution([(40, 60)], (61, 75), "the guild", "the guild", "said", 0.6)
    kept = _drop_nested([clause, quoted], [QuoteSpan(40, 60)], "x" * 80)
    assert [(a.speaker, a.parts) for a in kept] == [("the guild", [(40, 60)])]


def test_an_inverted_speaker_may_open_with_a_participle() -> None:
    parts = reported(
        "Carla Fenn spoke first. “I will not call it a mistake, so forget it,” said retired "
        "surgeon Ben Corso, asked about his claims."
    )
    assert (parts[-2].speaker, parts[-2].kind) == ("Ben Corso", "direct")


def test_a_letter_sent_to_people_speaks_for_its_sender() -> None:
    said = statement(
        "After the count, her campaign sent a text message to supporters saying: “We won the "
        "county! Give five dollars now.”",
        "We won",
    )
    assert said.speaker == "her campaign"


def test_a_quotation_after_a_colon_closing_the_cues_phrase_is_reported() -> None:
    said = statement(
        "The ruling rests with Judge Ilse Quarry, who told the council last month: “The harbor "
        "case is handled by career staff.”",
        "harbor case",
    )
    assert (said.speaker, said.kind, said.cue) == ("Ilse Quarry", "direct", "told")


def test_a_quotation_after_a_comma_closing_a_relative_cue_is_reported() -> None:
    said = statement(
        "Then there was the radio host Glen Mercer, who lamented in a conversation with the "
        "columnist Ana Reyes, “We have spent decades fighting the school board.”",
        "spent decades",
    )
    assert (said.speaker, said.kind, said.cue) == ("Glen Mercer", "direct", "lamented")


def test_a_quotation_that_opens_a_sentence_carries_its_paraphrased_tail() -> None:
    parts = reported(
        "“There are many quiet harbor voters,” said Kelly Conn, a pollster. “They agree with "
        "him on the pier, but they are not there yet” to back him as a candidate."
    )
    assert [(q.kind, q.speaker, q.text) for q in parts][-1] == (
        "mixed",
        "Kelly Conn",
        "“They agree with him on the pier, but they are not there yet” to back him as a candidate.",
    )
    slogan = reported(
        "“Vote for Quarry,” said Kelly Conn. “Keep The Harbor Free” is printed on her hat."
    )
    assert all(q.kind == "author" or "printed" not in q.text for q in slogan)


def test_an_unfamiliar_given_name_before_a_one_word_name_is_kept() -> None:
    said = statement("“The pier is closed,” Ilse Quarry said on Monday.", "pier")
    assert said.speaker == "Ilse Quarry"


def test_who_was_blamed_for_saying_something_said_it() -> None:
    said = statement(
        "Later, Hale was attacked by the governor for suggesting in old speeches that he "
        "would remain silent on the dam.",
        "silent",
    )
    assert said.speaker == "Hale"
    ours = reported("No slogan must distract us from understanding that the dam project fails.")
    assert all(q.kind == "author" for q in ours)


def test_a_persons_letter_speaks_for_them() -> None:
    said = statement("Bernie Vance’s letter argues that the pier vote is close.", "pier vote")
    assert (said.speaker, said.speaker_mention) == ("Bernie Vance", "Bernie Vance’s letter")


def test_an_infinitive_after_a_verb_of_cause_is_its_objects() -> None:
    said = statement(
        "The surprise ruling prompted league commissioner Ilse Quarry to announce the ferry plan "
        "dead.",
        "ferry plan",
    )
    assert said.speaker == "Ilse Quarry"
    asked = statement(  # a request reports the one who asked
        "Marta is quietly trying to convince other members of the choir to back the vicar's bid "
        "for the bishopric.",
        "bishopric",
    )
    assert asked.speaker == "Marta"


def test_the_person_seen_doing_it_does_it() -> None:
    said = statement(
        "The row over the levy ended with the spectacle of Mr. Corso attacking the mayor's "
        "plans at the assembly.",
        "plans",
    )
    assert said.speaker == "Corso"


def test_a_name_the_parse_hung_on_the_clause_before_is_the_next_verbs_subject() -> None:
    parts = reported(
        "Over the last week, auditors charged the treasurer with theft and Lindqvist dismissed "
        "his finance chief, admitting that big parts of the county have lost trust in the office."
    )
    admitted = next(q for q in parts if "lost trust" in q.text)
    assert admitted.speaker == "Lindqvist"


def test_a_conjunct_before_a_name_is_not_part_of_its_mention() -> None:
    words = "It was a slip or Jo Roe , an aide , told us".split()
    heads = [1, 1, 3, 1, 3, 6, 3, 6, 9, 6, 6, 1, 11]
    deps = "nsubj ROOT det attr cc compound conj punct det appos punct conj dobj".split()
    doc = Doc(load_nlp().vocab, words=words, heads=heads, deps=deps)
    assert [t.text for t in subject_tokens(doc[6], doc[11])] == ["Jo", "Roe"]


def test_a_place_before_a_wire_credit_is_a_dateline() -> None:
    said = statement(
        "Port Elm (AFP) – Harbor Master Ben Corso on Monday toured the docks with the mayor for "
        "the first time, praising the crews and accusing the council of neglecting the pier.",
        "neglecting",
    )
    assert said.speaker == "Ben Corso"


def test_a_description_does_not_reach_into_what_someone_else_said() -> None:
    parts = reported(
        "Donald Vance is right to go after Bill Roe, Carly Quarry said Friday. But, the former "
        "CEO of Harbor-Tech added, that will not win him the race."
    )
    added = next(q for q in parts if "win him the race" in q.text)
    assert added.speaker != "Donald Vance"


def test_a_description_naming_its_person_after_an_of_phrase_is_that_person() -> None:
    said = statement(
        "The chairwoman of the Riverside Trust, Ina Roewer, informed the council her charity "
        "never paid the contractor.",
        "never paid",
    )
    assert said.speaker == "Ina Roewer"


def test_a_rank_abbreviation_does_not_end_the_sentence_before_the_name() -> None:
    said = statement(
        "“We are watching the harbor closely,” said coast guard spokesman Navy Capt. Jo Bellamy.",
        "watching",
    )
    assert said.speaker == "Jo Bellamy"
    sergeant = statement("“Stay back from the pier,” said Army Sgt. Ola Brandt.", "pier")
    assert sergeant.speaker == "Ola Brandt"


def test_a_reporting_participle_after_the_content_starts_a_statement_of_its_own() -> None:
    parts = reported(
        "Mayor Ana Roe said the harbor deal has “saved the town” in an interview before "
        "claiming that the new ferry is “a gift to commuters.”"
    )
    claimed = next(q for q in parts if q.cue == "claiming")
    said = next(q for q in parts if q.cue == "said")
    assert (claimed.speaker, claimed.text) == (
        "Ana Roe",
        "the new ferry is “a gift to commuters.”",
    )
    assert "claiming" not in said.text
    added = statement(
        "Vance said Quarry had “a reckless plan for the docks,” adding, “She lost every "
        "fisherman in town.”",
        "fisherman",
    )
    assert (added.speaker, added.cue) == ("Vance", "adding")


def test_a_quotation_ending_a_clause_of_time_is_that_clauses_speakers() -> None:
    parts = reported(
        'Before Quarry argued that farmers who did not irrigate might fare better with "hardier '
        'barley strains," Vance replied: "That makes no sense to me."'
    )
    barley = next(q for q in parts if "hardier barley strains" in q.text)
    assert (barley.speaker, barley.kind) == ("Quarry", "mixed")


def test_a_name_after_a_fronted_phrase_is_the_verbs_subject() -> None:
    said = statement(
        "Touring the valley for her brother, former senator Edda Holm said her brother was "
        "singularly prepared to govern right now because “the county’s in real trouble.”",
        "singularly prepared",
    )
    assert said.speaker == "Edda Holm"


def test_a_contracted_has_said_is_not_a_passive() -> None:
    said = statement(
        "Consider Councilman Ole Berg. He's said he takes his views on zoning from a lecture in "
        "a forgotten textbook.",
        "zoning",
    )
    assert said.speaker == "Ole Berg"


def test_a_parenthetical_cue_before_a_misparsed_clause_reports_it() -> None:
    said = statement(
        'In both instances, Eric Dahl said, those checks paid for "tables" at the Dahl '
        "Foundation's yearly charity gala.",
        "tables",
    )
    assert said.speaker == "Eric Dahl"


def test_a_narrated_quotation_inside_a_clause_keeps_its_own_speaker() -> None:
    parts = reported(
        "He claimed that surveyors had shown his bridge drawings were sound and cheap, at which "
        'point Vance interjected: "Nonsense, all of it."'
    )
    retort = next(q for q in parts if "Nonsense" in q.text)
    claimed = next(q for q in parts if "bridge drawings" in q.text)
    assert (retort.speaker, retort.kind) == ("Vance", "direct")
    assert "Vance" not in claimed.text
    dashed = reported(
        "Mr. Holm implied Mr. Berg had shown a liking for ruthless tyrants like Karl Sten - ''He "
        "would have admired Caligula,'' Mr. Holm said twice - and repeatedly reminded the "
        "audience of the stakes of the race."
    )
    tyrant = next(q for q in dashed if "Caligula" in q.text)
    assert (tyrant.kind, tyrant.text) == ("direct", "He would have admired Caligula")


def test_a_quotation_opening_the_object_makes_the_whole_object_said() -> None:
    said = statement(
        'Ted Vance pledged "support" toward shared aims, a "deep and lasting" tie, and a '
        '"frank and honest relationship" between the two cities.',
        "support",
    )
    assert said.kind == "mixed"
    assert said.text.endswith("between the two cities")


def test_a_brief_concession_inside_a_noun_phrase_is_not_an_aside() -> None:
    said = statement(
        "Ann Roe, who reported on the port for 30 years, said she nearly always saw the press "
        "line as a vital, although short, chance to corner the mayor with a question.",
        "press line",
    )
    assert said.text.endswith("to corner the mayor with a question")
    clause = statement(
        "Vance said the pier will open in May, although the council has not voted.", "pier"
    )
    assert clause.text == "the pier will open in May"


def test_speakers_hung_on_a_lead_before_a_parenthetical_cue_speak() -> None:
    parts = reported(
        "The root of the appeal of Mrs. Quarry, dock workers and their families say, is simple: "
        "the candidate's blunt talk about wages."
    )
    assert parts and all(q.speaker == "dock workers and their families" for q in parts)


def test_what_someone_was_told_not_to_do_is_reported() -> None:
    said = statement(
        "Harbor wardens have told swimmers not to enter the green water flowing out of the old "
        "mill.",
        "green water",
    )
    assert (said.speaker, said.text) == (
        "Harbor wardens",
        "not to enter the green water flowing out of the old mill",
    )


def test_a_verb_joined_to_a_passive_shares_its_subject() -> None:
    said = statement(
        "By the close of the week, Mr. Quinn was forced into a rare round of crisis management "
        "and said that his remarks had been ''skewed.''",
        "skewed",
    )
    assert said.speaker == "Quinn"
    attacked = statement(
        "Hale was attacked by the sheriff and said the budget would stall.", "budget"
    )
    assert attacked.speaker == "Hale"


def test_a_title_the_tagger_reads_as_a_name_keeps_the_name_hung_on_it() -> None:
    said = statement(
        "Nick Roe is the county GOP chairman. Asked about the vote, the district GOP Chairman "
        "Chuck Willams declined to say which candidate he favors, saying the race is open.",
        "race is open",
    )
    assert said.speaker == "Chuck Willams"


def test_a_subject_before_a_parenthetical_cue_is_a_part_when_a_quotation_follows() -> None:
    parts = reported(
        "The harbour trust's new spending on its quays, Ms. Orla Fenwick said, \"is a fine "
        'example of adapting" to the changing trade.'
    )
    assert [(q.kind, q.text) for q in parts] == [
        ("indirect", "The harbour trust's new spending on its quays"),
        ("direct", "is a fine example of adapting"),
    ]
    assert {q.speaker for q in parts} == {"Orla Fenwick"}
    scene = reported('After the vote in the hall, Ms. Fenwick said, "we will try again."')
    assert [q.text for q in scene] == ["we will try again."]


def test_a_participle_read_as_the_subject_clause_leaves_its_noun_the_speaker() -> None:
    said = statement(
        "But harbour activists hoping to block Ilse Quarry from the board say they're suddenly "
        "in the middle of a surge.",
        "middle of a surge",
    )
    assert said.speaker == "harbour activists"


def test_an_infinitive_read_as_a_purpose_stays_with_the_object_it_completes() -> None:
    said = statement(
        "Ilse Quarry, the mother of a drowned fisherman, decried the mayor's repeated calls to "
        "close the harbour to all boats during a speech at the fair.",
        "repeated calls",
    )
    assert said.text == "the mayor's repeated calls to close the harbour to all boats"


def test_a_pronoun_source_keeps_the_words_that_describe_it() -> None:
    surveyed = statement("Those surveyed said the harbour should close.", "harbour")
    assert surveyed.speaker == "Those surveyed"
    backers = statement("Some who back her rivals say the harbour should close.", "harbour")
    assert backers.speaker == "Some who back her rivals"


def test_a_name_hung_on_a_first_title_without_a_comma_speaks() -> None:
    said = statement(
        "Shipping company owner and daytime radio host Glen Mercer said the stadium would close.",
        "stadium",
    )
    assert said.speaker == "Glen Mercer"


def test_a_second_subject_that_only_continues_the_first_is_part_of_its_phrase() -> None:
    from assistant.reported_speech import _subject

    # The parse some sentences get: "Iowa" (after a comma) or "years" (after "with") read as a
    # second subject of "said", nearer the verb than the real one.
    words = "Farm voters in Ohio , Iowa and Utah said".split()
    tags = "NN NNS IN NNP , NNP CC NNP VBD".split()
    heads = [1, 8, 1, 2, 8, 8, 5, 5, 8]
    deps = "compound nsubj prep pobj punct nsubj cc conj ROOT".split()
    ents = ["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "B-GPE", "O"]
    doc = Doc(load_nlp().vocab, words, tags=tags, heads=heads, deps=deps, ents=ents)
    subj = _subject(doc[8])
    assert subj.text == "voters"
    assert " ".join(t.text for t in subject_tokens(subj)) == "Farm voters in Ohio , Iowa and Utah"
    words = "Pilots with no ties but with years aloft said".split()
    tags = "NNS IN DT NNS CC IN NNS RB VBD".split()
    heads = [8, 0, 3, 1, 1, 1, 8, 6, 8]
    deps = "nsubj prep det pobj cc conj nsubj advmod ROOT".split()
    doc = Doc(load_nlp().vocab, words, tags=tags, heads=heads, deps=deps)
    subj = _subject(doc[8])
    assert subj.text == "Pilots"
    assert subject_tokens(subj)[-1].text == "aloft"


def test_a_cue_verb_that_reports_nothing_can_host_a_parenthetical_cue() -> None:
    parts = reported("Reopening the old mill after ten years, she said, feels exactly right.")
    assert [q.text for q in parts] == [
        "Reopening the old mill after ten years",
        "feels exactly right",
    ]
    assert {q.speaker for q in parts} == {"she"}


def test_an_opening_quotation_mark_after_a_full_stop_starts_the_next_sentence() -> None:
    parts = reported(
        "In any case, Mr. Dunmore said, the fishing fleet was far too big for the bay. ''It was "
        "just waiting for a storm.''"
    )
    assert [(q.kind, q.text) for q in parts][-2:] == [
        ("indirect", "the fishing fleet was far too big for the bay"),
        ("direct", "It was just waiting for a storm."),
    ]


def test_a_reason_after_a_cue_that_follows_its_clause_goes_on_with_what_was_said() -> None:
    parts = reported(
        "She is leaning toward the harbour plan, she said on Friday, because it can win."
    )
    assert [q.text for q in parts] == [
        "She is leaning toward the harbour plan",
        "because it can win",
    ]


def test_a_naming_verb_read_as_a_participle_still_names() -> None:
    said = statement("One councillor called Vance a fraud.", "fraud")
    assert (said.speaker, said.text) == ("One councillor", "Vance a fraud")
    quoted = statement(
        'The vote stalled; one councillor called Vance "the loudest man on the pier."', "loudest"
    )
    assert quoted.speaker == "one councillor" and quoted.kind == "mixed"


def test_a_cue_after_a_comma_read_as_a_conjunct_frames_the_clause_before_it() -> None:
    said = statement(
        "The plan includes a new unit to patrol the river, Harbour Secretary Ann Carter told a "
        "county panel on Wednesday.",
        "new unit",
    )
    assert (said.speaker, said.text) == (
        "Ann Carter",
        "The plan includes a new unit to patrol the river",
    )


def test_a_quotation_paragraph_signed_on_a_line_of_its_own_is_the_signers() -> None:
    text = (
        'Fact check.\n\n"The idea that I would close the harbour while we wait for the new pier '
        'is just not accurate."\n\n- Ted Vance.\n\nVance overstates the case.'
    )
    said = statement(text, "close the harbour")
    assert (said.speaker, said.kind) == ("Ted Vance", "direct")
    inline = reported('Fact check. He said "we will close it soon."\n\n- Ted Vance.\n\nHe did not.')
    assert all(q.speaker != "Ted Vance" for q in inline)


def test_a_second_that_clause_after_a_closing_quotation_mark_is_said_too() -> None:
    said = statement(
        "Mr. Vance said that their father ''could be harsh,'' and that Ted had struggled with "
        "his constant criticism.",
        "harsh",
    )
    assert said.kind == "mixed"
    assert said.text.endswith("Ted had struggled with his constant criticism")


def test_two_clauses_the_parse_hung_on_one_cue_are_one_statement() -> None:
    said = statement(
        'The mayor tried to distance herself from the board, and in doing so she "made a costly '
        'error," Lichtman said.',
        "costly error",
    )
    assert said.speaker == "Lichtman" and said.kind == "mixed"
    assert said.text.startswith("The mayor tried to distance herself")


def test_a_quotation_ending_the_clause_before_a_cue_leaves_the_clause_the_statement() -> None:
    said = statement(
        "Critics should bring proof for their claims and not toss around loose words like "
        "“maybe” and “perhaps”, she told reporters.",
        "perhaps",
    )
    assert said.kind == "mixed" and said.text.startswith("Critics should bring proof")


def test_a_while_clause_with_its_own_speaker_ends_the_object_before_it() -> None:
    parts = reported(
        "Ruth Calder accuses Glen Mercer of exposing her to a “vicious campaign” about her farm "
        "loans while Mercer suggests the former senator is a captive of the timber lobby."
    )
    assert [(q.speaker, q.text) for q in parts] == [
        ("Ruth Calder", "Glen Mercer of exposing her to a “vicious campaign” about her farm loans"),
        ("Glen Mercer", "the former senator is a captive of the timber lobby"),
    ]


def test_made_clear_reports_the_that_clause_past_its_own_phrase() -> None:
    for text in (
        "Tessin made it clear to the school board on Tuesday that she has their trust.",
        "Tessin made clear to the council that she has their trust.",
    ):
        said = statement(text, "trust")
        assert (said.speaker, said.text) == ("Tessin", "she has their trust")


def test_an_aside_after_a_name_between_a_quotation_and_its_cue_is_not_a_clause() -> None:
    said = statement(
        "Vance met the wardens. ''I had lunch with Vance. He will see you at the fair,'' Ina "
        "Roewer, a Dutch-American then working for the harbour trust, wrote in a June email to "
        "Mrs. Quarry.",
        "lunch with Vance",
    )
    assert (said.speaker, said.cue) == ("Ina Roewer", "wrote")


def test_a_title_case_headline_built_on_a_reporting_verb_is_attributed() -> None:
    body = "\n\nThe council met on Tuesday to discuss the harbour. Ilse Quarry spoke first."
    said = statement("Fishing Icon Ilse Quarry Endorses Ted Vance." + body, "Ted Vance")
    assert (said.speaker, said.text, said.cue) == ("Ilse Quarry", "Ted Vance", "Endorses")
    vows = statement("Railing Against Vance, Ann Roe Finally Vows To Fight On." + body, "Fight")
    assert (vows.speaker, vows.text) == ("Ann Roe", "To Fight On")
    quoted = statement("Tolls Are ‘A Tax On Sailors,’ Ann Roe Tells Harbour Board." + body, "Tolls")
    assert (quoted.speaker, quoted.kind) == ("Ann Roe", "mixed")
    assert reported("Harbour Toll Rules Face A Court Test." + body) == []


def test_a_description_after_a_reported_object_is_the_writers() -> None:
    for text in (
        "The fishermen's union endorsed Ted Vance, the former harbour master.",
        "The mayor criticized Ted Vance—the owner of the quarry—in a long letter.",
    ):
        said = statement(text, "Ted Vance")
        assert said.text == "Ted Vance"
    listed = statement(
        "The council praised Ann Vance, Ted Quarry, and Ilse Roe for their work on the pier.",
        "Ann Vance",
    )
    assert listed.text.startswith("Ann Vance, Ted Quarry, and Ilse Roe")


def test_a_relative_clause_on_the_reported_subject_is_inside_what_was_said() -> None:
    said = statement(
        "The panel reported that Gov. Glen Mercer, who must sign the last order, has disclosed "
        "almost nothing about his intentions.",
        "Glen Mercer",
    )
    assert said.text.endswith("has disclosed almost nothing about his intentions")
    aside = statement(
        "Mercer said the bill helps the water board, which faces a recall in June.", "bill"
    )
    assert aside.text == "the bill helps the water board"


def test_verbs_that_double_their_last_consonant_are_cues_in_every_form() -> None:
    assert {"planned", "planning", "slammed", "dubbed", "bragged", "referring"} <= set(
        CUE_FORMS
    ) | set(OBJECT_FORMS)
    said = statement("Roe slammed the harbour plan on Friday.", "harbour plan")
    assert (said.speaker, said.cue) == ("Roe", "slammed")


def test_referring_to_names_what_the_speaker_spoke_of() -> None:
    said = statement("“It was a good plan,” Ms. Roe said, referring to the harbour deal.", "deal")
    assert (said.speaker, said.cue, said.kind) == ("Roe", "referring", "indirect")
    for text in (
        "His jet, referred to as the flying palace, has a gold sink.",
        "The doctor was referring Roe to a specialist.",
    ):
        assert not reported(text)


def test_recalling_reports_what_was_recalled() -> None:
    said = statement("“It was a hard year,” Ms. Roe said, recalling the storm of 1990.", "storm")
    assert (said.speaker, said.cue, said.text) == ("Roe", "recalling", "the storm of 1990")


def test_the_agent_of_a_passive_cue_speaks_about_its_subject() -> None:
    said = statement("The new harbour plan was criticized by Mayor Ann Roe on Friday.", "plan")
    assert (said.speaker, said.cue, said.text) == ("Ann Roe", "criticized", "The new harbour plan")
    assert not reported("The new harbour plan was criticized on Friday.")


def test_a_relative_pronoun_after_the_object_opens_no_reported_clause() -> None:
    said = statement("Roe criticized the storm wall that closed the harbour.", "harbour")
    assert said.text == "the storm wall that closed the harbour"


def test_the_subject_of_a_passive_reporting_verb_does_not_speak() -> None:
    assert not reported("Ted Vance Just Got Asked About Ann Roe – His Answer Is Odd.\n\nHe spoke.")


def test_a_verb_of_evidence_goes_on_with_what_was_said() -> None:
    said = statement(
        "Mercer said the governor is acting recklessly and showing contempt for the water law.",
        "governor",
    )
    assert said.text == "the governor is acting recklessly and showing contempt for the water law"


def test_two_given_names_with_one_initial_are_two_people() -> None:
    said = statement(
        "Dorian Quarry was hurt in 2012 in Portlow. His family asked for calm.\n\n"
        "Delia Quarry, Dorian's mother, said the verdict was “a disgrace to the town.”",
        "verdict",
    )
    assert said.speaker == "Delia Quarry"
    short = statement(
        "Christopher Roe spoke first. Later, Chris Roe said the plan “will work.”", "plan"
    )
    assert short.speaker == "Christopher Roe"
    accented = reported(
        "French President François Roe said the plan “will work.”\n\nLater, Francois Roe told "
        "the press that “it is done.”"
    )
    assert len(accented) == 2 and len({q.speaker for q in accented}) == 1


def test_what_describes_an_according_to_source_is_the_source() -> None:
    for text, source in (
        (
            "Calder has posted 4,000 times since March, mostly on the dam forum, according to "
            "RiverTrack, a tool that follows the valley.",
            "RiverTrack",
        ),
        (
            'The bill would cost about $2.47 billion a year, according to the "Water for all" '
            "document he published.",
            "document",
        ),
    ):
        found = reported(text)
        assert len(found) == 1 and source in found[0].speaker_mention


def test_speaking_reports_a_topic_not_an_audience_or_a_place() -> None:
    for text in (
        "Roe spoke to reporters on Friday.",
        "Roe spoke in the lobby of the harbour hall.",
        "Roe spoke for fear of losing her job.",
        "Roe spoke on behalf of the harbour board.",
        "Roe spoke on the radio on Monday.",
        "Roe talked on the phone with the mayor.",
    ):
        assert not reported(text), text
    said = statement("Roe spoke about the harbour plan on Friday.", "harbour plan")
    assert (said.speaker, said.cue) == ("Roe", "spoke")


def test_a_cue_inside_a_question_put_to_someone_reports_nothing() -> None:
    found = reported(
        "Ann Roe sent an email on Tuesday. Asked if he thought the email went too far, Ted Vance "
        "responded: “I guess so.”"
    )
    assert [(q.speaker, q.cue) for q in found] == [("Ted Vance", "responded")]


def test_he_after_a_when_clause_is_the_main_subject_not_the_one_asking() -> None:
    for text in (
        "Mayor Tom Vance did not sound hopeful when host Bill Marsh asked whether the city would "
        "finish the bridge this year. “The one thing you can predict here is delay,” he said.",
        "When host Bill Marsh asked whether the city would finish the bridge, Mayor Tom Vance "
        "laughed. “Never,” he said.",
    ):
        found = reported(text)
        assert [(q.speaker, q.cue) for q in found if q.kind == "direct"] == [("Tom Vance", "said")]


def test_a_when_clause_cue_does_not_take_the_main_clause_as_its_content() -> None:
    found = reported("Mayor Tom Vance laughed when Bill Marsh asked about the bridge.")
    assert all("laughed" not in q.text for q in found)


def test_a_title_before_the_full_name_beats_the_gender_a_given_name_suggests() -> None:
    found = reported("Mrs. Pat Miller spoke first. Ted Vance nodded. “We are ready,” she said.")
    assert [q.speaker for q in found if q.kind == "direct"] == ["Pat Miller"]


def test_a_quotation_signed_on_the_next_line_with_a_known_surname() -> None:
    found = reported(
        "Ann Roe spoke on Monday.\n\n“The harbour plan will cost nothing. I helped write that "
        "bill.”\n\n- Roe.\n\nThe harbour plan will cost $40 million, the budget office says."
    )
    assert [(q.speaker, q.kind) for q in found if "cost nothing" in q.text] == [
        ("Ann Roe", "direct")
    ]
    unsigned = reported(
        "The vote is on Monday.\n\n“It will pass.”\n\n- Harbour.\n\nThat is unclear."
    )
    assert not [q for q in unsigned if "pass" in q.text]
