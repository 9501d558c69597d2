"""Story-level merging of repeated mentions."""

from dyadwatch.article import Entity, Event
from dyadwatch.events.story import merge_events


def _event(type_, actor, recipient, start, *, modality="asserted", cameo="190", conf=0.5):
    return Event(type=type_, mode=None,
                 actor=[Entity(a, 0, 1, a, "GOV") for a in actor],
                 recipient=[Entity(r, 0, 1, r, "GOV") for r in recipient],
                 modality=modality, quote="q", start=start, end=start + 10, cameo=cameo,
                 confidence=conf, evidence=[[start, start + 10]])


def test_repeated_mentions_become_one_event_with_all_evidence():
    merged = merge_events([_event("ASSAULT", ["ISR"], ["PSE"], 0),
                           _event("ASSAULT", ["ISR"], ["PSE"], 50, cameo="195", conf=0.7),
                           _event("ASSAULT", ["ISR"], ["PSE"], 100)])
    assert len(merged) == 1
    assert merged[0].evidence == [[0, 10], [50, 60], [100, 110]]
    assert merged[0].cameo == "195"


def test_different_parties_or_modality_stay_apart():
    merged = merge_events([_event("ASSAULT", ["ISR"], ["PSE"], 0),
                           _event("ASSAULT", ["PSE"], ["ISR"], 20),
                           _event("ASSAULT", ["ISR"], ["PSE"], 40, modality="future")])
    assert len(merged) == 3


def test_vaguer_mention_is_folded_into_the_fuller_one():
    merged = merge_events([_event("ASSAULT", [], ["PSE"], 0),
                           _event("ASSAULT", ["ISR"], ["PSE"], 30)])
    assert len(merged) == 1 and merged[0].actor[0].country == "ISR"
    assert merged[0].evidence == [[0, 10], [30, 40]]


def test_call_for_a_release_is_addressed_to_the_detaining_state():
    from dyadwatch.events.context import complete_story

    text = "A court jailed Zamora. Rights groups called for Zamora's release."
    jailed = Event(type="SANCTION", mode="convict",
                   actor=[Entity("A court", 0, 7, "GTM", "JUD")],
                   recipient=[Entity("Zamora", 15, 21, "GTM", "JRN")], modality="asserted",
                   quote=text[:22], start=0, end=22, trigger=[8, 14])
    call = Event(type="REQUEST", mode="yield", actor=[Entity("Rights groups", 23, 36, "NGO", "")],
                 recipient=[], modality="asserted", quote=text[23:], start=23, end=len(text),
                 trigger=[37, 43])
    complete_story([jailed, call])
    assert [e.country for e in call.recipient] == ["GTM"]


def test_call_without_a_release_keeps_no_recipient():
    from dyadwatch.events.context import complete_story

    call = Event(type="REQUEST", mode="yield", actor=[Entity("Rights groups", 0, 13, "NGO", "")],
                 recipient=[], modality="asserted", quote="Rights groups called for calm.",
                 start=10, end=40, trigger=[24, 30])
    jailed = Event(type="COERCE", mode="arrest", actor=[Entity("Police", 0, 6, "GTM", "COP")],
                   recipient=[Entity("him", 0, 1, "GTM", "JRN")], modality="asserted",
                   quote="x", start=0, end=1)
    complete_story([jailed, call])
    assert call.recipient == []


def test_halves_of_one_event_in_one_sentence_are_joined():
    from dyadwatch.events.story import merge_events

    doer = Event(type="SANCTION", mode="discontinue",
                 actor=[Entity("the Treasury", 40, 52, "USA", "GOV")], recipient=[],
                 modality="asserted", quote="x", start=0, end=120, trigger=[20, 30])
    target = Event(type="SANCTION", mode=None, actor=[],
                   recipient=[Entity("IRISL", 90, 95, "IRN", "BUS")],
                   modality="asserted", quote="x", start=0, end=120, trigger=[60, 70])
    merged = merge_events([doer, target])
    assert len(merged) == 1
    assert [e.country for e in merged[0].actor] == ["USA"]
    assert [e.country for e in merged[0].recipient] == ["IRN"]
    assert merged[0].evidence == [[0, 120]]


def test_halves_in_different_sentences_stay_apart():
    from dyadwatch.events.story import merge_events

    doer = Event(type="SANCTION", mode=None, actor=[Entity("Washington", 0, 10, "USA", "")],
                 recipient=[], modality="asserted", quote="x", start=0, end=50)
    target = Event(type="SANCTION", mode=None, actor=[],
                   recipient=[Entity("Iran", 60, 64, "IRN", "")],
                   modality="asserted", quote="y", start=51, end=90)
    assert len(merge_events([doer, target])) == 2


def _ev(type_, actor, recipient, at):
    return Event(type=type_, mode=None, actor=[Entity(a, at, at + 3, a, "") for a in actor],
                 recipient=[Entity(r, at + 5, at + 8, r, "") for r in recipient],
                 modality="asserted", quote="x", start=at, end=at + 20)


def test_an_untargeted_act_faces_the_actors_counterpart_in_the_story():
    from dyadwatch.events.context import complete_story

    events = [_ev("SANCTION", ["USA"], ["CAN"], 0), _ev("ACCUSE", ["CAN"], ["USA"], 30),
              _ev("THREATEN", ["USA"], [], 60)]
    complete_story(events)
    assert [e.country for e in events[2].recipient] == ["CAN"]


def test_a_single_interaction_makes_a_counterpart():
    from dyadwatch.events.context import complete_story

    events = [_ev("SANCTION", ["USA"], ["CAN"], 0), _ev("THREATEN", ["USA"], [], 60)]
    complete_story(events)
    assert [e.country for e in events[-1].recipient] == ["CAN"]


def test_a_split_story_makes_no_counterpart():
    from dyadwatch.events.context import complete_story

    events = [_ev("SANCTION", ["USA"], ["CAN"], 0), _ev("SANCTION", ["USA"], ["MEX"], 10),
              _ev("ACCUSE", ["USA"], ["CAN"], 20), _ev("ACCUSE", ["USA"], ["MEX"], 30),
              _ev("THREATEN", ["USA"], [], 60)]
    complete_story(events)
    assert events[-1].recipient == []


def test_a_joint_meeting_of_two_states_faces_the_second_named():
    from dyadwatch.events.context import complete_story

    events = [_ev("CONSULT", ["CMR", "CAF"], [], 0)]
    complete_story(events)
    assert ([e.country for e in events[0].actor], [e.country for e in events[0].recipient]) \
        == (["CMR"], ["CAF"])


def test_a_joint_agreement_takes_no_counterpart():
    from dyadwatch.events.context import complete_story

    events = [_ev("SUPPORT", ["UNO"], ["SYR"], 0), _ev("REQUEST", ["UNO"], ["SYR"], 10),
              _ev("AGREE", ["SYR", "SYR"], [], 60)]
    complete_story(events)
    assert events[-1].recipient == []


def test_stepping_back_from_ones_own_ground_or_office_faces_no_one():
    from dyadwatch.events.context import complete_story

    resigned = _ev("RETREAT", ["BGD"], ["BGD"], 0)
    resigned.mode = "resign"
    left = _ev("RETREAT", ["ISR"], ["LBN"], 30)
    left.mode = "withdraw"
    complete_story([resigned, left])
    assert resigned.recipient == [] and [e.country for e in left.recipient] == ["LBN"]


def test_refusing_to_resign_with_no_one_asking_faces_the_own_state():
    from dyadwatch.events.context import complete_story

    events = [_event("SANCTION", ["BIH"], ["BIH"], 0, cameo="163"),
              _event("REJECT", ["BIH"], [], 40, cameo="1243")]
    events[0].actor[0].sector = "JUD"
    events[1].actor[0].sector = "OPP"
    complete_story(events)
    assert [(e.country, e.sector) for e in events[1].recipient] == [("BIH", "GOV")]
