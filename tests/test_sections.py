"""Very long texts coded section by section (``eventscope/sections.py``)."""

from __future__ import annotations

import pytest
from test_nlp import ARTICLES

from eventscope.sections import Section, sections

TEXT = "\n\n".join(f"Paragraph {k}. " + "Word and word again. " * 20 for k in range(30))


def test_a_text_that_fits_is_one_section():
    assert sections("Short text.", 100) == [Section(0, 11, 0, 11)]


def test_sections_tile_the_text_at_paragraph_breaks_with_context_around():
    found = sections(TEXT, 2000, before=500, after=300)
    assert len(found) > 3
    assert found[0].own_start == 0 and found[-1].own_end == len(TEXT)
    for one, two in zip(found, found[1:], strict=False):
        assert one.own_end == two.own_start
        assert TEXT[two.own_start - 2:two.own_start] == "\n\n"  # a paragraph starts
    for section in found:
        assert section.own_end - section.own_start <= 2000
        assert section.start <= section.own_start and section.end >= section.own_end
        assert section.start == 0 or TEXT[section.start - 1] == "\n"  # context from a line
        assert section.own_start - section.start <= 500
        assert section.end - section.own_end <= 300


def test_a_text_without_breaks_is_cut_at_white_space_or_anywhere():
    words = "word " * 1000
    assert all(words[s.own_start - 1] == " " for s in sections(words, 700)[1:])
    assert [s.own_end for s in sections("x" * 2500, 1000)] == [1000, 2000, 2500]


def test_blanking_keeps_offsets_and_only_the_section():
    section = sections(TEXT, 2000, before=500, after=300)[2]
    blank = section.blanked(TEXT)
    assert len(blank) == len(TEXT)
    assert blank[section.start:section.end] == TEXT[section.start:section.end]
    assert not blank[:section.start - 1].strip() and blank[section.start - 1] == "\n"
    assert not blank[section.end:].strip()


@pytest.fixture(scope="module")
def section_coder():
    from eventscope import Coder

    return Coder(section_chars=4000)


@pytest.mark.slow
@pytest.mark.parametrize("copies", [1, 2, 4])
def test_a_text_coded_in_sections_gives_the_events_of_the_whole(coder, section_coder, copies):
    from eventscope import to_dict

    text = "\n\n".join(ARTICLES[k % len(ARTICLES)] for k in range(copies * len(ARTICLES)))
    assert len(sections(text, 4000)) > copies
    whole, cut = (to_dict(c.code(text, published="2024-11-18", id="long"))
                  for c in (coder, section_coder))
    assert whole["events"] and whole["quotes"]
    for part in ("events", "quotes", "quantities"):
        assert whole[part] == cut[part], part
    first = sections(text, 4000)[0]
    assert cut["glance"] and all(point["end"] <= first.end for point in cut["glance"])
