from sitrep.ingest.clean import clean_text, content_hash, load_rules


def test_rules_load_and_have_names():
    rules = load_rules()
    assert rules.lines and rules.trailing
    assert len({r.name for r in rules.lines}) == len(rules.lines)


def test_keeps_paragraphs_and_words():
    raw = "First  paragraph\tline one.\nline two.\n\n\n\nSecond paragraph.\n"
    text, removed = clean_text(raw)
    assert text == "First paragraph line one.\nline two.\n\nSecond paragraph."
    assert removed == []


def test_drops_teasers():
    for line in (
        "Read  IDF bombs Hamas targets in Gaza after rocket fire",
        "READ MORE: Ceasefire talks stall in Cairo",
        "Related: Aid convoys blocked at border",
        "See also",
        "Also read: Five things to know about the vote",
        "Most read",
        "More: Manila and Hanoi trade blame over reef",
        "Background: What is left of the border talks",
        "Explainer | Why the port matters",
        # a teaser whose headline is a question ends like a sentence, and is still one
        "Background: Who are the river militias?",
        "Read: Why does the port matter?",
    ):
        text, removed = clean_text(f"The army said it struck targets.\n\n{line}\n\nThe strikes continued.")
        assert removed == [" ".join(line.split())], line
        assert text == "The army said it struck targets.\n\nThe strikes continued."


def test_drops_bylines_and_credits():
    raw = "\n\n".join([
        "By: Times of Gaza Staff",
        "By John Smith",
        "By JOHN SMITH, Associated Press",
        "Police said two people were hurt.",
        "Jane Doe in Beirut contributed to this report.",
        "(Reporting by Ali Hassan; Editing by Mark Owens)",
    ])
    text, removed = clean_text(raw)
    assert text == "Police said two people were hurt."
    assert len(removed) == 5


def test_trailing_reporting_credit_is_cut_from_a_kept_line():
    text, removed = clean_text("He said the talks would resume. (Reporting by A. Writer; Editing by B. Editor)")
    assert text == "He said the talks would resume."
    assert removed == ["(Reporting by A. Writer; Editing by B. Editor)"]


def test_drops_furniture():
    lines = [
        "Share this article", "Share", "Facebook Twitter WhatsApp Email", "Subscribe to our newsletter",
        "Sign up for our daily newsletter", "Follow us on Twitter for live updates",
        "We use cookies to improve your experience. Accept all cookies?", "Advertisement",
        "Click here to read the full report", "© 2024 The Daily Ledger. All rights reserved.",
        "Story continues below advertisement",
    ]
    text, removed = clean_text("The minister resigned on Monday.\n\n" + "\n\n".join(lines))
    assert text == "The minister resigned on Monday."
    assert removed == lines


def test_story_sentences_that_look_like_furniture_stay():
    story = "\n\n".join([
        "By Tuesday, the army had withdrawn from the town.",
        "Read the statement, the minister told parliament, and judge for yourselves.",
        "The group said it would follow the talks closely and share its findings with the UN on Friday, in a newsletter sent to members.",
        "More than 20 people were killed in the attack.",
        "Related incidents were reported in two other provinces.",
    ])
    text, removed = clean_text(story)
    assert removed == []
    assert text == story


def test_whitespace_and_newlines_normalised():
    text, _ = clean_text("\ufeffA\u00a0b\u200b c.\r\nNext line.\r\n\r\nNew para.   ")
    assert text == "A b c.\nNext line.\n\nNew para."


def test_content_hash_is_stable_and_sensitive():
    assert content_hash("T", "x") == content_hash("T", "x")
    assert content_hash("T", "x") != content_hash("T", "y")
    assert content_hash(None, "x") != content_hash("T", "x")
    assert len(content_hash("T", "x")) == 16


def test_keeps_story_lines_that_open_with_a_section_word():
    for line in (
        "More: the army said 40 more soldiers had been sent to the border.",
        "Analysis of the ballots showed irregularities in three districts.",
    ):
        text, removed = clean_text(f"The army said it struck targets.\n\n{line}\n\nThe strikes continued.")
        assert removed == [], line


def test_the_datelines_agency_is_the_outlet_where_none_is_given():
    from sitrep.config import Options
    from sitrep.ingest.readers import make_article

    story = "MAPUTO, Nov 8 (East Africa Dispatch) - Police fired tear gas at protesters on Friday, witnesses said."
    assert make_article(story, options=Options()).outlet == "East Africa Dispatch"
    assert make_article(story, options=Options(), outlet="Own Outlet").outlet == "Own Outlet"
    assert make_article("Police fired tear gas at protesters (Reuters) - witnesses said on Friday.", options=Options()).outlet is None


def test_a_story_question_after_a_label_like_word_stays():
    """Only a label before a question headline is furniture; a quoted question or a sentence stays."""
    for line in ("More than 40 people were hurt, but who fired first?", "Why did the army withdraw from the town?"):
        text, removed = clean_text(f"The army said it struck targets.\n\n{line}\n\nThe strikes continued.")
        assert removed == [], line


def test_a_dateline_with_a_long_country_names_its_outlet():
    """"GOMA, Democratic Republic of Congo, June 12 (Lake Wire) -": the country is longer than the
    dateline's usual state or day; the outlet is still the one in brackets, and the place and actor
    stages skip the same span."""
    from sitrep.extract.places import dateline_spans
    from sitrep.ingest.clean import dateline_agency

    for head in ("GOMA, Democratic Republic of Congo, June 12 (Lake Wire) - ", "BANGUI, Central African Republic, Jan 3 (Lake Wire) - "):
        text = head + "Rebels attacked a town, officials said."
        assert dateline_agency(text) == "Lake Wire", head
        assert dateline_spans(text) == [(0, len(head))], head
    # a line that runs on past a comma is no dateline
    assert dateline_agency("UN, African Union and European Union envoys met, a diplomat said - officials") is None


def test_a_long_country_dateline_takes_a_date_or_none():
    """A dateline's long country is capitalised words ("Democratic Republic of the Congo"), then a
    date or none; a list of names and what they did is story text (review of m8u, 8): the place and
    actor stages read it ("NATO, Britain and France" are the ones who agreed)."""
    from sitrep.extract.places import dateline_spans
    from sitrep.ingest.clean import dateline_agency

    for head in ("GOMA, Democratic Republic of Congo (Lake Wire) - ",
                 "BUKAVU, Democratic Republic of the Congo, Nov. 12, 2026 (Lake Wire) - ",
                 "PORT MORESBY, Papua New Guinea, 3 September (Lake Wire) - "):
        text = head + "Rebels attacked a town, officials said."
        assert dateline_agency(text) == "Lake Wire", head
        assert dateline_spans(text) == [(0, len(head))], head


def test_a_list_of_names_and_what_they_did_is_no_dateline():
    from sitrep.extract.places import dateline_spans

    for text in ("NATO, Britain and France, on Monday - agreed to send 500 troops to Estonia, officials said.",
                 "MSF, Doctors Without Borders, said - in a statement on Monday - that it had left the town.",
                 "UNICEF, Save the Children and World Vision, on Monday - warned of famine in the north."):
        assert dateline_spans(text) == [], text
