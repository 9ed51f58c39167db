from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from eventscope.errors import GoldError
from eventscope.evaluate import (
    Counts,
    GoldActor,
    GoldEvent,
    Report,
    SentenceTrace,
    Split,
    format_report,
    load_gold,
    load_split,
    score,
)
from eventscope.model import Actor, Article, Event, EventDate, Location, Modality, Span

TEXT = (
    "Key Points\n"
    "- Norway sends aid to Iceland\n"
    "- Norway and Iceland sign a pact\n"
    "Norway sent emergency aid to Iceland on Monday. "
    "Norway and Iceland signed a fisheries pact in Oslo. "
    "Denmark did not send troops to Greenland. "
    "The United Nations praised Norway for the aid."
)
ARTICLE = Article(id="a1", text=TEXT)
AID = "Norway sent emergency aid to Iceland"
PACT = "Norway and Iceland signed a fisheries pact"
TROOPS = "Denmark did not send troops to Greenland"
PRAISE = "The United Nations praised Norway"


def _gold(
    evidence: str,
    source: str,
    type_: str,
    target: str | None,
    *,
    number: int = 1,
    article: str = "a1",
    also: tuple[str, ...] = (),
    also_target: tuple[str | None, ...] = (),
    negated: bool = False,
    source_sector: str | None = None,
    target_sector: str | None = None,
    date: str | None = None,
    location: str | None = None,
) -> GoldEvent:
    return GoldEvent(
        article=article,
        id=f"{article}#{number}",
        type=type_,
        source=GoldActor(source, source_sector),
        target=GoldActor(target, target_sector) if target else None,
        evidence=evidence,
        also=also,
        also_target=also_target,
        negated=negated,
        date=date,
        location=location,
    )


def _event(
    evidence: str,
    source: str,
    type_: str | None,
    target: str | None,
    *,
    article: Article = ARTICLE,
    occurrence: int = 0,
    number: int = 1,
    source_kind: str = "country",
    target_kind: str = "country",
    modality: Modality | None = None,
    source_sector: str | None = None,
    target_sector: str | None = None,
    date: str | None = None,
    location: str | None = None,
    source_group: str | None = None,
    target_group: str | None = None,
) -> Event:
    """An event whose evidence is the given occurrence of the text in the article."""
    start = -1
    for _ in range(occurrence + 1):
        start = article.text.index(evidence, start + 1)
    span = Span(evidence, start, start + len(evidence))
    return Event(
        id=f"e{number}",
        article_id=article.id,
        sentence=0,
        evidence=span,
        trigger=span,
        source=Actor(source, source, source_sector, kind=source_kind, group=source_group),
        target=(Actor(target, target, target_sector, kind=target_kind, group=target_group)
                if target else None),
        plover_type=type_,
        plover_mode=None,
        cameo_code="",
        cameo_name="",
        goldstein=None,
        quad_class=0,
        modality=modality or Modality(),
        date=EventDate(date),
        location=Location(location) if location else None,
    )


def _score(gold: list[GoldEvent], *events: Event) -> Report:
    return score(gold, {"a1": (ARTICLE, events)})


def _tp_fp_fn_neutral(report: Report) -> tuple[int, int, int, int]:
    micro = report.micro
    return micro.tp, micro.fp, micro.fn, micro.neutral


# -- matching rules ----------------------------------------------------------------------------


def test_exact_match() -> None:
    report = _score([_gold(AID, "NOR", "AID", "ISL")], _event(AID, "NOR", "AID", "ISL"))
    assert _tp_fp_fn_neutral(report) == (1, 0, 0, 0)
    assert (report.micro.precision, report.micro.recall, report.micro.f1) == (1.0, 1.0, 1.0)
    assert report.missed == report.false_positives == ()


def test_also_type_matches() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL", also=("COOPERATE",))]
    report = _score(gold, _event(AID, "NOR", "COOPERATE", "ISL"))
    assert _tp_fp_fn_neutral(report) == (1, 0, 0, 0)


def test_other_type_source_or_target_does_not_match() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL")]
    for event in (
        _event(AID, "NOR", "COOPERATE", "ISL"),
        _event(AID, "DNK", "AID", "ISL"),
        _event(AID, "NOR", "AID", "GRL"),
    ):
        assert _tp_fp_fn_neutral(_score(gold, event)) == (0, 1, 1, 0)


def test_also_target_matches() -> None:
    gold = [_gold(PACT, "NOR", "AGREE", None, also_target=("ISL",))]
    assert _score(gold, _event(PACT, "NOR", "AGREE", "ISL")).micro.tp == 1
    assert _score(gold, _event(PACT, "NOR", "AGREE", None)).micro.tp == 1
    assert _score(gold, _event(PACT, "NOR", "AGREE", "DNK")).micro.tp == 0


def test_null_in_also_target_accepts_no_target() -> None:
    gold = [_gold(PACT, "NOR", "AGREE", "ISL", also_target=(None,))]
    assert _score(gold, _event(PACT, "NOR", "AGREE", None)).micro.tp == 1
    assert _score(gold, _event(PACT, "NOR", "AGREE", "ISL")).micro.tp == 1


def test_null_target_and_non_null_target_do_not_match() -> None:
    no_target = [_gold(PACT, "NOR", "AGREE", None)]
    assert _tp_fp_fn_neutral(_score(no_target, _event(PACT, "NOR", "AGREE", "ISL"))) == (
        0,
        1,
        1,
        0,
    )
    with_target = [_gold(PACT, "NOR", "AGREE", "ISL")]
    assert _tp_fp_fn_neutral(_score(with_target, _event(PACT, "NOR", "AGREE", None))) == (
        0,
        1,
        1,
        0,
    )


def test_overlapping_spans_match() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL")]
    longer = _event("Norway sent emergency aid to Iceland on Monday.", "NOR", "AID", "ISL")
    part = _event("emergency aid", "NOR", "AID", "ISL", occurrence=0)
    assert _score(gold, longer).micro.tp == 1
    assert _score(gold, part).micro.tp == 1


def test_non_overlapping_span_is_neutral_if_it_restates_and_fp_otherwise() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL")]
    restated = _event("Norway sends aid to Iceland", "NOR", "AID", "ISL")
    elsewhere = _event(PACT, "NOR", "AGREE", "ISL", number=2)
    report = _score(gold, restated, elsewhere)
    assert _tp_fp_fn_neutral(report) == (0, 1, 1, 1)
    assert [row.id for row in report.false_positives] == ["e2"]
    assert [row.id for row in report.missed] == ["a1#1"]


def test_restatement_in_key_points_is_neutral() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL")]
    report = _score(
        gold,
        _event("Norway sends aid to Iceland", "NOR", "AID", "ISL", number=1),
        _event(AID, "NOR", "AID", "ISL", number=2),
    )
    assert _tp_fp_fn_neutral(report) == (1, 0, 0, 1)
    assert report.micro.precision == 1.0


def test_duplicates_are_made_distinct() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL")]
    report = _score(
        gold,
        _event(AID, "NOR", "AID", "ISL", number=1),
        _event(AID, "NOR", "AID", "ISL", number=2, source_sector="GOV"),
    )
    assert _tp_fp_fn_neutral(report) == (1, 0, 0, 0)
    assert report.duplicates == 1


def test_same_span_different_target_is_not_a_duplicate() -> None:
    gold = [
        _gold(PACT, "NOR", "AGREE", "ISL", number=1),
        _gold(PACT, "ISL", "AGREE", "NOR", number=2),
    ]
    report = _score(
        gold,
        _event(PACT, "NOR", "AGREE", "ISL", number=1),
        _event(PACT, "ISL", "AGREE", "NOR", number=2),
    )
    assert _tp_fp_fn_neutral(report) == (2, 0, 0, 0)
    assert report.duplicates == 0


def test_matching_is_one_to_one_and_maximum_where_greedy_fails() -> None:
    # gold 1 accepts both predictions, gold 2 only the first: greedy pairing of gold 1 with
    # the first prediction would leave gold 2 unmatched.
    gold = [
        _gold(AID, "NOR", "AID", "ISL", number=1, also=("AGREE",)),
        _gold(AID, "NOR", "AGREE", "ISL", number=2),
    ]
    report = _score(
        gold,
        _event(AID, "NOR", "AGREE", "ISL", number=1),
        _event(AID, "NOR", "AID", "ISL", number=2),
    )
    assert _tp_fp_fn_neutral(report) == (2, 0, 0, 0)


def test_one_prediction_matches_only_one_gold_event() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL", number=1), _gold(AID, "NOR", "AID", "ISL", number=2)]
    report = _score(gold, _event(AID, "NOR", "AID", "ISL"))
    assert _tp_fp_fn_neutral(report) == (1, 0, 1, 0)


def test_gold_igo_matches_any_international_organisation() -> None:
    gold = [_gold(PRAISE, "IGO", "SUPPORT", "NOR")]
    assert _score(gold, _event(PRAISE, "UNO", "SUPPORT", "NOR", source_kind="igo")).micro.tp == 1
    assert _score(gold, _event(PRAISE, "IGO", "SUPPORT", "NOR")).micro.tp == 1
    assert _score(gold, _event(PRAISE, "UNO", "SUPPORT", "NOR")).micro.tp == 0


def test_gold_igo_matches_a_person_acting_for_an_organisation() -> None:
    # "U.N. Secretary-General Kofi Annan announced …": the person acts for the UN
    gold = [_gold(PRAISE, "IGO", "SUPPORT", "NOR")]
    assert _score(gold, _event(PRAISE, "UNO", "SUPPORT", "NOR", source_kind="person")).micro.tp \
        == 1
    assert _score(gold, _event(PRAISE, "HCR", "SUPPORT", "NOR", source_kind="person")).micro.tp \
        == 1  # the UN refugee agency's head
    # a person acting for a state is none
    assert _score(gold, _event(PRAISE, "SWE", "SUPPORT", "NOR", source_kind="person")).micro.tp \
        == 0


def test_gold_igo_target_and_specific_organisation_codes() -> None:
    gold = [_gold(PRAISE, "NOR", "SUPPORT", "IGO")]
    assert _score(gold, _event(PRAISE, "NOR", "SUPPORT", "NATO", target_kind="igo")).micro.tp == 1
    specific = [_gold(PRAISE, "UNO", "SUPPORT", "NOR")]
    assert (
        _score(specific, _event(PRAISE, "NATO", "SUPPORT", "NOR", source_kind="igo")).micro.tp == 0
    )


# -- roll-up and groups --------------------------------------------------------------------------


@pytest.mark.parametrize("organ", ["UNSC", "UNGA", "UNHRC", "UNIFIL", "MONUSCO", "WFP", "OCHA"])
def test_un_organs_agencies_and_missions_score_as_uno(organ: str) -> None:
    gold = [_gold(PRAISE, "UNO", "SUPPORT", "NOR")]
    assert _score(gold, _event(PRAISE, organ, "SUPPORT", "NOR", source_kind="igo")).micro.tp == 1
    as_target = [_gold(PRAISE, "NOR", "SUPPORT", "UNO")]
    assert _score(as_target, _event(PRAISE, "NOR", "SUPPORT", organ)).micro.tp == 1


def test_gold_codes_are_rolled_up_too() -> None:
    gold = [_gold(PRAISE, "UNSC", "SUPPORT", "NOR", also_target=("FRONTEX",))]
    assert _score(gold, _event(PRAISE, "UNO", "SUPPORT", "NOR")).micro.tp == 1
    assert _score(gold, _event(PRAISE, "UNO", "SUPPORT", "EUR")).micro.tp == 1


def test_roll_up_keeps_organisations_of_their_own_apart() -> None:
    gold = [_gold(PRAISE, "UNO", "SUPPORT", "NOR")]
    for code in ("NATO", "EUR", "IMF", "ICC"):
        assert _tp_fp_fn_neutral(_score(gold, _event(PRAISE, code, "SUPPORT", "NOR"))) == (
            0, 1, 1, 0)


def test_a_roll_up_table_can_be_given() -> None:
    gold = [_gold(PRAISE, "ZORG", "SUPPORT", "NOR")]
    event = _event(PRAISE, "ZBUREAU", "SUPPORT", "NOR")
    assert score(gold, {"a1": (ARTICLE, [event])}).micro.tp == 0
    assert score(gold, {"a1": (ARTICLE, [event])}, roll_ups={"ZBUREAU": "ZORG"}).micro.tp == 1


def test_a_group_matches_by_its_home_country_or_its_own_code() -> None:
    # Hamas in the gold as PSE with its name, or by its code; the coder gives PSE + group HMS
    by_country = [_gold(AID, "PSE", "AID", "ISL")]
    by_code = [_gold(AID, "HMS", "AID", "ISL")]
    coded = _event(AID, "PSE", "AID", "ISL", source_sector="REB", source_group="HMS",
                   source_kind="group")
    for gold in (by_country, by_code):
        assert _score(gold, coded).micro.tp == 1
        assert _score(gold, _event(AID, "HMS", "AID", "ISL", source_kind="group")).micro.tp == 1
        assert _score(gold, _event(AID, "PSE", "AID", "ISL")).micro.tp == 1
    other = _event(AID, "LBN", "AID", "ISL", source_group="HEZ", source_kind="group")
    assert _score(by_country, other).micro.tp == 0
    assert _score(by_code, other).micro.tp == 0


def test_a_group_as_target_and_a_group_without_home_state() -> None:
    gold = [_gold(AID, "NOR", "AID", "SDN")]
    assert _score(gold, _event(AID, "NOR", "AID", "SDN", target_group="RSF")).micro.tp == 1
    transnational = [_gold(AID, "NOR", "AID", "ISIS")]
    assert _score(transnational, _event(AID, "NOR", "AID", "ISIS", target_group="ISIS")
                  ).micro.tp == 1
    assert _score(transnational, _event(AID, "NOR", "AID", "IRQ")).micro.tp == 0


def test_an_international_ngo_scores_as_its_seat_country() -> None:
    gold = [_gold(PRAISE, "GBR", "SUPPORT", "NOR", source_sector="NGO")]
    amnesty = _event(PRAISE, "GBR", "SUPPORT", "NOR", source_sector="NGO", source_group="AMN",
                     source_kind="group")
    report = _score(gold, amnesty)
    assert report.micro.tp == 1 and report.source_sector.correct == 1
    assert _score(gold, _event(PRAISE, "AMN", "SUPPORT", "NOR")).micro.tp == 1


def test_predictions_are_made_distinct_after_the_roll_up() -> None:
    gold = [_gold(PRAISE, "UNO", "SUPPORT", "NOR")]
    report = _score(gold, _event(PRAISE, "UNO", "SUPPORT", "NOR", number=1),
                    _event(PRAISE, "UNSC", "SUPPORT", "NOR", number=2))
    assert (_tp_fp_fn_neutral(report), report.duplicates) == ((1, 0, 0, 0), 1)


# -- splits ------------------------------------------------------------------------------------

OTHER = Article(id="a2", text="Sweden recalled its ambassador from Finland.")
RECALL = "Sweden recalled its ambassador from Finland"


def test_load_split_reads_ids_and_skips_comments(tmp_path: Path) -> None:
    path = tmp_path / "study.txt"
    path.write_text("# the articles studied\na1\n\n  a2  # a comment\n", encoding="utf-8")
    assert load_split(path) == Split("study", frozenset({"a1", "a2"}))
    empty = tmp_path / "empty.txt"
    empty.write_text("# nothing\n", encoding="utf-8")
    with pytest.raises(GoldError, match="no article ids"):
        load_split(empty)
    with pytest.raises(GoldError, match="cannot read"):
        load_split(tmp_path / "missing.txt")


def test_only_scores_the_articles_listed() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL"),
            _gold(RECALL, "SWE", "SANCTION", "FIN", article="a2")]
    predicted = {"a1": (ARTICLE, [_event(AID, "NOR", "AID", "ISL")]), "a2": (OTHER, [])}
    whole = score(gold, predicted)
    assert (whole.micro.tp, whole.micro.fn, whole.split) == (1, 1, None)
    part = score(gold, predicted, only=Split("study", frozenset({"a1"})))
    assert (part.micro.tp, part.micro.fn, part.split, list(part.articles)) == (
        1, 0, "study", ["a1"])
    assert part.unscored == 0
    assert score(gold, predicted, only={"a2"}).micro.fn == 1
    assert format_report(part).splitlines()[0] == "split study: 1 articles"
    with pytest.raises(GoldError, match="1 article id.*without gold events: a3"):
        score(gold, predicted, only=Split("study", frozenset({"a1", "a3"})))


# -- causes of errors --------------------------------------------------------------------------


def _causes(report: Report) -> tuple[list[str | None], list[str | None]]:
    return ([row.cause for row in report.missed],
            [row.cause for row in report.false_positives])


@pytest.mark.parametrize(
    ("event", "missed", "false_positive"),
    [
        (_event(AID, "NOR", "AID", "DNK"), "wrong target", "wrong target"),
        (_event(AID, "NOR", "AID", None), "missing target", "missing target"),
        (_event(AID, "NOR", "COOPERATE", "ISL"), "wrong type", "wrong type"),
        (_event(AID, "DNK", "AID", "ISL"), "wrong source", "wrong source"),
        (_event(AID, "ISL", "AID", "NOR"), "wrong source", "wrong source"),
    ],
)
def test_causes_of_a_miss_and_a_false_positive_on_the_same_span(
    event: Event, missed: str, false_positive: str
) -> None:
    report = _score([_gold(AID, "NOR", "AID", "ISL")], event)
    assert _causes(report) == ([missed], [false_positive])
    assert report.missed[0].detail.startswith("predicted ")
    assert report.false_positives[0].detail == "gold a1#1 NOR AID ISL"


def test_a_prediction_on_another_span_leaves_no_event_and_not_an_event() -> None:
    report = _score([_gold(AID, "NOR", "AID", "ISL")], _event(PRAISE, "UNO", "SUPPORT", "NOR"))
    assert _causes(report) == (["no event"], ["not an event"])
    # a prediction that shares only its source with the gold event on its span is no such event
    other = _score([_gold(AID, "NOR", "AID", "ISL")], _event(AID, "NOR", "ACCUSE", "DNK"))
    assert _causes(other) == (["no event"], ["not an event"])


def test_a_negated_prediction_and_a_prediction_taken_by_another_gold_event() -> None:
    negated = _event(TROOPS, "DNK", "MOBILIZE", "GRL", modality=Modality(negated=True))
    report = _score([_gold(TROOPS, "DNK", "MOBILIZE", "GRL")], negated)
    assert _causes(report) == (["negated or hypothetical"], [])
    twice = [_gold(AID, "NOR", "AID", "ISL", number=1), _gold(AID, "NOR", "AID", "ISL", number=2)]
    assert _causes(_score(twice, _event(AID, "NOR", "AID", "ISL"))) == (["matched elsewhere"], [])


def test_restatements_are_no_errors_and_unpredicted_articles_are_not_coded() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL")]
    report = _score(gold, _event(AID, "NOR", "AID", "ISL", number=1),
                    _event("Norway sends aid to Iceland", "NOR", "AID", "ISL", number=2))
    assert report.micro.neutral == 1 and report.causes() == {}
    unpredicted = score(gold, {})
    assert _causes(unpredicted) == (["article not coded"], [])


def _tracer(fired: frozenset[str], sourced: frozenset[str] = frozenset()):
    calls: list[tuple[str, int, int]] = []

    def trace(article: Article, start: int, end: int) -> SentenceTrace:
        calls.append((article.id, start, end))
        return SentenceTrace(article.text[start:end], fired, f"trace of {start}-{end}", sourced)

    return trace, calls


def test_a_tracer_tells_no_trigger_from_no_source() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL", also=("COOPERATE",))]
    no_source, calls = _tracer(frozenset({"COOPERATE", "ACCUSE"}))
    report = score(gold, {"a1": (ARTICLE, [])}, tracer=no_source)
    (row,) = report.missed
    assert (row.cause, row.detail) == ("no source", "fired COOPERATE")
    assert (row.sentence, row.trace) == (AID, f"trace of {row.start}-{row.end}")
    assert calls == [("a1", row.start, row.end)]
    no_trigger, _ = _tracer(frozenset({"ACCUSE"}))
    (row,) = score(gold, {"a1": (ARTICLE, [])}, tracer=no_trigger).missed
    assert (row.cause, row.detail) == ("no trigger", "fired ACCUSE")
    nothing, _ = _tracer(frozenset())
    (row,) = score(gold, {"a1": (ARTICLE, [])}, tracer=nothing).missed
    assert (row.cause, row.detail) == ("no trigger", "no trigger fired")


def test_a_tracer_tells_a_missing_target_from_a_missing_source() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL")]
    sourced, _ = _tracer(frozenset({"AID", "ACCUSE"}), sourced=frozenset({"AID"}))
    (row,) = score(gold, {"a1": (ARTICLE, [])}, tracer=sourced).missed
    assert (row.cause, row.detail) == ("missing target", "fired AID with its source, no target")
    other, _ = _tracer(frozenset({"AID", "ACCUSE"}), sourced=frozenset({"ACCUSE"}))
    (row,) = score(gold, {"a1": (ARTICLE, [])}, tracer=other).missed
    assert row.cause == "no source"  # the reading that found its source was another type's


def test_the_explain_tracer_marks_the_readings_that_found_their_source(coder) -> None:
    from eventscope.evaluate import explain_tracer

    text = "Norway's government condemned the decision on Monday."
    article = Article(id="n1", text=text)
    trace = explain_tracer(coder)(article, 0, len(text))
    assert trace is not None and "ACCUSE" in trace.sourced
    gold = [_gold(text, "NOR", "ACCUSE", "ISL", article="n1")]
    (row,) = score(gold, {"n1": (article, [])}, tracer=explain_tracer(coder)).missed
    assert row.cause == "missing target"


def test_the_cause_table_and_errors_by_sentence() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL", number=1), _gold(PACT, "NOR", "AGREE", "ISL", number=2),
            _gold(PRAISE, "UNO", "SUPPORT", "NOR", number=3)]
    tracer, calls = _tracer(frozenset({"AGREE"}))
    report = score(gold, {"a1": (ARTICLE, [
        _event(AID, "NOR", "AID", "DNK", number=1),
        _event(TROOPS, "DNK", "MOBILIZE", "GRL", number=2),
        _event(PRAISE, "UNSC", "SUPPORT", "NOR", number=3, source_kind="igo"),
    ])}, tracer=tracer)
    assert report.micro.tp == 1  # UNSC scores as UNO
    assert {cause: (c.missed, c.false_positives) for cause, c in report.causes().items()} == {
        "wrong target": (1, 1), "no source": (1, 0), "not an event": (0, 1)}
    data = report.to_dict()
    assert data["causes"]["wrong target"]["share"] == pytest.approx(0.5)
    assert data["missed"][0]["trace"].startswith("trace of")
    lines = format_report(report, errors=True).splitlines()
    table = lines.index("errors by cause: 4 (2 missed, 2 false positives)")
    assert lines[table + 1].split() == ["cause", "missed", "FP", "total", "share"]
    assert lines[table + 2].split() == ["wrong", "target", "1", "1", "2", "50.0%"]
    assert "restatements (neutral, not errors): 0" in lines
    assert f"[a1] {AID}" in lines
    assert "  missed a1#1  NOR AID ISL: wrong target (predicted NOR AID DNK)" in lines
    assert "  FP     e1  NOR AID DNK: wrong target (gold a1#1 NOR AID ISL)" in lines
    assert "  FP     e2  DNK MOBILIZE GRL: not an event" in lines
    assert "    | trace of" in "\n".join(lines)
    assert "missed gold events (FN): 2" not in lines  # the causes replace the two lists
    assert len(calls) == len(set(calls))  # one trace per span


# -- modality ----------------------------------------------------------------------------------


def test_negated_and_hypothetical_predictions_are_left_out() -> None:
    gold = [_gold(TROOPS, "DNK", "MOBILIZE", "GRL")]
    report = _score(
        gold,
        _event(TROOPS, "DNK", "MOBILIZE", "GRL", number=1, modality=Modality(negated=True)),
        _event(PACT, "NOR", "AGREE", "ISL", number=2, modality=Modality(hypothetical=True)),
    )
    assert _tp_fp_fn_neutral(report) == (0, 0, 1, 0)
    assert report.left_out == 2


def test_negated_gold_is_matched_only_by_a_negated_prediction() -> None:
    gold = [_gold(TROOPS, "DNK", "MOBILIZE", "GRL", negated=True)]
    negated = _event(TROOPS, "DNK", "MOBILIZE", "GRL", modality=Modality(negated=True))
    assert _tp_fp_fn_neutral(_score(gold, negated)) == (1, 0, 0, 0)
    asserted = _event(TROOPS, "DNK", "MOBILIZE", "GRL")
    assert _tp_fp_fn_neutral(_score(gold, asserted)) == (0, 1, 1, 0)


def test_future_and_reported_predictions_are_assertions() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL")]
    event = _event(AID, "NOR", "AID", "ISL", modality=Modality(future=True, reported=True))
    assert _score(gold, event).micro.tp == 1


# -- counts ------------------------------------------------------------------------------------


def test_per_type_counts() -> None:
    gold = [
        _gold(AID, "NOR", "AID", "ISL", number=1, also=("COOPERATE",)),
        _gold(PACT, "NOR", "AGREE", "ISL", number=2),
    ]
    report = _score(
        gold,
        _event(AID, "NOR", "COOPERATE", "ISL", number=1),
        _event(PRAISE, "UNO", "SUPPORT", "NOR", number=2),
        _event("Norway and Iceland sign a pact", "NOR", "AGREE", "ISL", number=3),
    )
    assert report.types == {
        "AGREE": Counts(fn=1, neutral=1),
        "AID": Counts(tp=1),
        "SUPPORT": Counts(fp=1),
    }
    assert list(report.types) == ["AGREE", "SUPPORT", "AID"]  # PLOVER order
    assert report.articles == {"a1": Counts(tp=1, fp=1, fn=1, neutral=1)}
    assert report.micro.precision == pytest.approx(0.5)
    assert report.micro.recall == pytest.approx(0.5)
    assert report.micro.f1 == pytest.approx(0.5)


def test_prediction_without_plover_type_is_left_out_not_fp() -> None:
    # CAMEO 01/02 codes have no PLOVER type: they are not PLOVER events and are not scored
    report = _score([_gold(AID, "NOR", "AID", "ISL")], _event(PRAISE, "UNO", None, "NOR"))
    assert report.micro.fp == 0 and report.left_out == 1
    assert _tp_fp_fn_neutral(report) == (0, 0, 1, 0)


def test_f1_is_zero_when_undefined() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (0.0, 0.0, 0.0)
    report = _score([_gold(AID, "NOR", "AID", "ISL")])
    assert (report.micro.precision, report.micro.recall, report.micro.f1) == (0.0, 0.0, 0.0)
    assert report.micro.fn == 1


def test_micro_average_over_articles_and_unscored_articles() -> None:
    other = Article(id="a2", text="Iceland protested against Norway on Friday.")
    gold = [
        _gold(AID, "NOR", "AID", "ISL", number=1),
        _gold("Iceland protested against Norway", "ISL", "PROTEST", "NOR", article="a2"),
        _gold(PACT, "NOR", "AGREE", "ISL", article="a3"),
    ]
    predicted = {
        "a1": (ARTICLE, [_event(AID, "NOR", "AID", "ISL")]),
        "a2": (other, [_event("Iceland protested", "ISL", "ASSAULT", "NOR", article=other)]),
        "x9": (Article(id="x9", text="No gold here."), []),
    }
    report = score(gold, predicted)
    assert _tp_fp_fn_neutral(report) == (1, 1, 2, 0)
    assert list(report.articles) == ["a1", "a2", "a3"]
    assert report.articles["a2"] == Counts(fp=1, fn=1)
    assert report.articles["a3"] == Counts(fn=1)
    assert report.unscored == 1
    assert report.unpredicted == ("a3",)
    assert "1 without predictions (a3)" in format_report(report)


# -- attributes --------------------------------------------------------------------------------


def test_attribute_accuracy_over_matched_events() -> None:
    gold = [
        _gold(
            AID,
            "NOR",
            "AID",
            "ISL",
            number=1,
            source_sector="GOV",
            target_sector="REFKUR",
            date="2024-03-04",
            location="Reykjavik",
        ),
        _gold(PACT, "NOR", "AGREE", None, number=2, also_target=("ISL",), location="Oslo"),
        _gold(TROOPS, "DNK", "MOBILIZE", "GRL", number=3, date="2024-03-05"),
    ]
    report = _score(
        gold,
        _event(
            AID,
            "NOR",
            "AID",
            "ISL",
            number=1,
            source_sector="GOV",
            target_sector="REF",
            date="2024-03-04",
            location="reykjavik",
        ),
        _event(PACT, "NOR", "AGREE", "ISL", number=2, source_sector="GOV", location="Bergen"),
    )
    assert (report.source_sector.correct, report.source_sector.total) == (1, 2)
    assert (report.target_sector.correct, report.target_sector.total) == (1, 1)
    assert (report.date.correct, report.date.total) == (1, 1)
    assert (report.location.correct, report.location.total) == (1, 2)
    assert report.location.value == pytest.approx(0.5)


# -- gold spans --------------------------------------------------------------------------------


def test_gold_evidence_found_with_other_whitespace() -> None:
    gold = [_gold("Norway  sent\nemergency aid", "NOR", "AID", "ISL")]
    assert _score(gold, _event("emergency aid", "NOR", "AID", "ISL")).micro.tp == 1


def test_gold_evidence_uses_first_occurrence() -> None:
    text = "Norway sent aid. Later, Norway sent aid."
    article = Article(id="a1", text=text)
    gold = [_gold("Norway sent aid", "NOR", "AID", None)]
    late = _event("Norway sent aid", "NOR", "AID", None, article=article, occurrence=1)
    report = score(gold, {"a1": (article, [late])})
    assert _tp_fp_fn_neutral(report) == (0, 0, 1, 1)


def test_gold_evidence_not_in_article_is_an_error() -> None:
    gold = [_gold("Sweden sent aid", "SWE", "AID", "ISL", number=4)]
    with pytest.raises(GoldError, match=r"gold event a1#4: evidence not found in article 'a1'"):
        _score(gold)


# -- report output -----------------------------------------------------------------------------


def test_report_to_dict_is_json_ready() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL", number=1), _gold(PACT, "NOR", "AGREE", "ISL", number=2)]
    report = _score(
        gold,
        _event(AID, "NOR", "AID", "ISL", number=1),
        _event(PRAISE, "UNO", "SUPPORT", "NOR", number=2),
    )
    data = json.loads(json.dumps(report.to_dict()))
    assert data["micro"]["tp"] == 1
    assert data["micro"]["precision"] == pytest.approx(0.5)
    assert data["articles"]["a1"]["fn"] == 1
    assert data["types"]["SUPPORT"]["fp"] == 1
    assert data["missed"] == [
        {
            "id": "a1#2",
            "article": "a1",
            "source": "NOR",
            "type": "AGREE",
            "target": "ISL",
            "evidence": PACT,
            "cause": "no event",
            "detail": None,
        }
    ]
    assert data["false_positives"][0]["id"] == "e2"
    assert data["false_positives"][0]["cause"] == "not an event"
    assert data["causes"]["no event"] == {
        "missed": 1, "false_positives": 0, "total": 1, "share": pytest.approx(0.5)}
    assert data["split"] is None
    assert data["false_positives"][0]["evidence"] == PRAISE
    assert data["accuracy"]["date"] == {"correct": 0, "total": 0, "accuracy": None}


def test_format_report() -> None:
    gold = [_gold(AID, "NOR", "AID", "ISL", number=1), _gold(PACT, "NOR", "AGREE", "ISL", number=2)]
    report = _score(
        gold,
        _event(AID, "NOR", "AID", "ISL", number=1),
        _event(PRAISE, "UNO", "SUPPORT", "NOR", number=2),
        _event("Norway sends aid to Iceland", "NOR", "AID", "ISL", number=3),
    )
    text = format_report(report)
    lines = text.splitlines()
    assert lines[0] == "micro  P=0.500 R=0.500 F1=0.500  TP=1 FP=1 FN=1 neutral=1"
    assert any(
        line.startswith("a1 ") and line.split()[-4:] == ["1", "1", "1", "1"] for line in lines
    )
    assert any(line.startswith("SUPPORT ") for line in lines)
    assert "missed gold events (FN): 1" in lines
    assert any("a1#2" in line and PACT in line for line in lines)
    assert "false positives (FP): 1" in lines
    assert any("e2" in line and "UNO SUPPORT NOR" in line for line in lines)
    assert text.index("missed gold events") < text.index("false positives")


# -- load_gold ---------------------------------------------------------------------------------

RECORD = {
    "article": "a1",
    "id": "a1#1",
    "type": "AID",
    "also": ["COOPERATE"],
    "source": {"country": "NOR", "sector": "GOV"},
    "target": {"country": "ISL", "sector": None},
    "also_target": ["DNK", None],
    "date": "2024-03-04",
    "location": "Oslo",
    "evidence": AID,
    "negated": False,
    "note": "made up",
}


def _gold_file(tmp_path: Path, *lines: object) -> Path:
    path = tmp_path / "gold.jsonl"
    text = "\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines)
    path.write_text(text + "\n", encoding="utf-8")
    return path


def test_load_gold(tmp_path: Path) -> None:
    minimal = {
        "article": "a1",
        "id": "a1#2",
        "type": "AGREE",
        "source": {"country": "NOR"},
        "target": None,
        "evidence": PACT,
    }
    (first, second) = load_gold(_gold_file(tmp_path, RECORD, "", minimal))
    assert first == GoldEvent(
        article="a1",
        id="a1#1",
        type="AID",
        source=GoldActor("NOR", "GOV"),
        target=GoldActor("ISL", None),
        evidence=AID,
        also=("COOPERATE",),
        also_target=("DNK", None),
        date="2024-03-04",
        location="Oslo",
        negated=False,
        note="made up",
    )
    assert second.target is None
    assert (second.also, second.also_target, second.negated) == ((), (), False)


def test_gold_actors_may_name_their_group(tmp_path: Path) -> None:
    record = {**RECORD, "source": {"country": "PSE", "sector": "REB", "group": "Hamas"}}
    (event,) = load_gold(_gold_file(tmp_path, record))
    assert event.source == GoldActor("PSE", "REB", "Hamas")
    assert event.target == GoldActor("ISL", None, None)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"type": "ATTACK"}, "'type' must hold PLOVER types"),
        ({"also": ["HUG"]}, "'also' must hold PLOVER types"),
        ({"also": "AID"}, "'also' must be a list"),
        ({"id": ""}, "'id' must be a non-empty string"),
        ({"article": None}, "'article' must be a non-empty string"),
        ({"evidence": 5}, "'evidence' must be a non-empty string"),
        ({"source": "NOR"}, "'source' must be an object with a 'country'"),
        ({"source": {"sector": "GOV"}}, "'source.country' must be a non-empty string"),
        ({"target": {"country": "ISL", "sector": 3}}, "'target.sector' must be a string or null"),
        ({"also_target": [1]}, "'also_target' must hold country codes or null"),
        ({"negated": "no"}, "'negated' must be true or false"),
        ({"date": 20240304}, "'date' must be a string or null"),
        ({"source": {"country": "PSE", "group": 5}}, "'source.group' must be a string or null"),
    ],
)
def test_bad_gold_line_names_file_and_line(tmp_path: Path, change: dict, message: str) -> None:
    path = _gold_file(tmp_path, RECORD, {**RECORD, "id": "a1#2", **change})
    with pytest.raises(GoldError) as caught:
        load_gold(path)
    assert str(caught.value).startswith(f"{path}:2: {message}")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"article": "a1", ', "invalid JSON"),
        ("[1, 2]", "expected a JSON object, got list"),
        (json.dumps(RECORD), "duplicate gold id 'a1#1' (first on line 1)"),
    ],
)
def test_malformed_gold_line(tmp_path: Path, line: str, message: str) -> None:
    path = _gold_file(tmp_path, RECORD, line)
    with pytest.raises(GoldError, match=re.escape(f"{path}:2: {message}")):
        load_gold(path)


def test_missing_or_empty_gold_file(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="cannot read gold file"):
        load_gold(tmp_path / "nope.jsonl")
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    with pytest.raises(GoldError, match="no gold events"):
        load_gold(empty)


# -- the shared gold files ---------------------------------------------------------------------


def _perfect_events(gold: list[GoldEvent], article: Article) -> list[Event]:
    """Predictions that restate each gold event exactly, at its evidence."""
    return [
        _event(
            g.evidence,
            g.source.country,
            g.type,
            g.target.country if g.target else None,
            article=article,
            number=n,
            modality=Modality(negated=g.negated),
        )
        for n, g in enumerate(gold)
    ]


def test_seed_gold_scores_perfect_predictions_as_perfect(shared: Path) -> None:
    gold = load_gold(shared / "samples" / "seed-article.gold.jsonl")
    assert len(gold) == 13
    text = (shared / "samples" / "seed-article.txt").read_text(encoding="utf-8")
    article = Article(id="seed-article", text=text)
    report = score(gold, {"seed-article": (article, _perfect_events(gold, article))})
    assert _tp_fp_fn_neutral(report) == (13, 0, 0, 0)
    assert report.micro.f1 == 1.0


def test_every_gsr_gold_evidence_is_found_in_its_article(shared: Path) -> None:
    gsr = shared / "data" / "plover" / "gsr-dev"
    gold = load_gold(gsr / "gold.jsonl")
    articles = {}
    for line in (gsr / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        articles[record["id"]] = Article(id=record["id"], text=record["text"])
    predicted = {
        article_id: (
            article,
            _perfect_events([g for g in gold if g.article == article_id], article),
        )
        for article_id, article in articles.items()
    }
    report = score(gold, predicted)
    # a few gold events differ only in a sector: predictions distinct by country match one each
    keys = {(g.article, g.evidence, g.source.country, g.type, _target(g)) for g in gold}
    assert (report.micro.tp, report.micro.fp) == (len(keys), 0)
    assert report.micro.fn == len(gold) - len(keys)


def _target(gold: GoldEvent) -> str | None:
    return gold.target.country if gold.target else None


# -- eventscope eval --errors --only -------------------------------------------------------------

TINY = (
    "Norway condemns Sweden\n\n"
    "Norway condemned Sweden on Monday. Denmark sent aid to Iceland. "
    "Finland praised Estonia for its reforms. Latvia and Lithuania share a long border.\n"
)
TINY_GOLD = [
    ("Norway condemned Sweden on Monday", "NOR", "ACCUSE", "SWE"),
    ("Denmark sent aid to Iceland", "DNK", "AID", "GRL"),
    ("Latvia and Lithuania share a long border", "LVA", "COOPERATE", "LTU"),
]


def test_eval_errors_only_prints_the_causes_and_traces(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from eventscope.cli import app

    article = tmp_path / "tiny-article.txt"
    article.write_text(TINY, encoding="utf-8")
    gold = _gold_file(tmp_path, *(
        {"article": "tiny-article", "id": f"tiny-article#{n}", "type": type_,
         "source": {"country": source, "sector": "GOV"},
         "target": {"country": target, "sector": "GOV"}, "evidence": evidence}
        for n, (evidence, source, type_, target) in enumerate(TINY_GOLD, start=1)))
    only = tmp_path / "tiny-split.txt"
    only.write_text("# studied\ntiny-article\n", encoding="utf-8")
    args = ["eval", str(gold), str(article), "--published", "2024-05-01", "--errors",
            "--only", str(only)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "split tiny-split: 1 articles"
    assert lines[1].startswith("micro  P=0.333 R=0.333 F1=0.333  TP=1 FP=2 FN=2 neutral=1")
    table = lines.index("errors by cause: 4 (2 missed, 2 false positives)")
    rows = {line.split("  ")[0].strip(): line.split()[-4:] for line in lines[table + 2:table + 5]}
    assert rows == {"wrong target": ["1", "1", "2", "50.0%"],
                    "no trigger": ["1", "0", "1", "25.0%"],
                    "not an event": ["0", "1", "1", "25.0%"]}
    text = result.stdout
    assert "tiny-article#2  DNK AID GRL: wrong target (predicted DNK AID ISL)" in text
    assert "DNK AID ISL: wrong target (gold tiny-article#2 DNK AID GRL)" in text
    assert "FIN SUPPORT EST: not an event" in text
    assert "tiny-article#3  LVA COOPERATE LTU: no trigger" in text
    assert "    | sentence: Denmark sent aid to Iceland." in lines
    assert "    | parse:" in lines

    data = json.loads(CliRunner().invoke(app, [*args, "--json"]).stdout)
    assert data["split"] == "tiny-split"
    assert data["causes"]["wrong target"]["total"] == 2
    causes = {row["id"]: row["cause"] for row in data["missed"]}
    assert causes == {"tiny-article#2": "wrong target", "tiny-article#3": "no trigger"}
    assert "verb 'share'" in data["missed"][1]["trace"]


def test_the_explain_tracer_explains_a_sentence_of_few_common_words(coder) -> None:
    """A sentence that would fail the language test of a whole article (a list of names, a
    headline) is still explained: one such sentence must not stop ``eval --errors``."""
    from eventscope.evaluate import explain_tracer

    text = ("Chad expelled two of the Sudanese diplomats on Monday. Chad expelled two Sudanese "
            "diplomats, Togo expelled three Ghanaian envoys.")
    article = Article(id="n2", text=text)
    start = text.index("Chad expelled two Sudanese")
    trace = explain_tracer(coder)(article, start, len(text))
    assert trace is not None and "SANCTION" in trace.fired
