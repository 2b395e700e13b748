"""The rotation: each kind's menu in a weighted, fixed turn, personal exercises included."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings, strategies as st
import pytest

from custom_components.backcare.engine.exercises import EXERCISES, NudgeKind
from custom_components.backcare.engine.focus import FAVOURED, FAVOURED_WEIGHT, Focus
from custom_components.backcare.engine.menu import ExerciseMenu, kinds_without_exercises
from custom_components.backcare.engine.personal import PersonalExercise
from custom_components.backcare.engine.rotation import ExerciseRotation


def _builtins(kind: NudgeKind) -> list[str]:
    return [exercise.key for exercise in EXERCISES if exercise.kind is kind]


def _personal(key: str, kind: NudgeKind = NudgeKind.MOVE) -> PersonalExercise:
    return PersonalExercise(
        key=key, kind=kind, duration_seconds=60, name=key.title(), steps=("Do it.",)
    )


@pytest.mark.parametrize("kind", list(NudgeKind))
def test_the_rotation_goes_through_every_exercise_of_a_kind(kind: NudgeKind) -> None:
    choices = [exercise for exercise in EXERCISES if exercise.kind is kind]
    rotation = ExerciseRotation()
    suggested = [rotation.next(kind) for _ in choices]
    assert suggested == choices
    # ...and starts again from the first.
    assert rotation.next(kind) == choices[0]


def test_the_rotation_remembers_what_it_suggested_last() -> None:
    rotation = ExerciseRotation()
    exercise = rotation.next(NudgeKind.STAND)
    assert rotation.last_key == exercise.key


def test_the_rotation_carries_on_after_a_restart() -> None:
    menu = ExerciseMenu(focus=Focus.LOW_BACK, personal=(_personal("physio"),))
    first = ExerciseRotation(menu)
    for _ in range(5):
        first.next(NudgeKind.MOVE)
    restored = ExerciseRotation(menu, first.recent, first.balances)
    assert [restored.next(NudgeKind.MOVE) for _ in range(20)] == [
        first.next(NudgeKind.MOVE) for _ in range(20)
    ]


def test_a_rotation_saved_before_the_weights_carries_on_after_the_last() -> None:
    keys = _builtins(NudgeKind.MOVE)
    rotation = ExerciseRotation(ExerciseMenu(), [keys[2]])
    assert rotation.next(NudgeKind.MOVE).key == keys[3]


def test_an_unknown_saved_exercise_starts_the_rotation_afresh() -> None:
    rotation = ExerciseRotation(recent=["no_longer_exists"])
    first = next(exercise for exercise in EXERCISES if exercise.kind is NudgeKind.CORE)
    assert rotation.next(NudgeKind.CORE) == first


def test_each_kind_rotates_even_when_nudges_of_other_kinds_come_between() -> None:
    rotation = ExerciseRotation()
    stands = []
    for _ in range(3):
        stands.append(rotation.next(NudgeKind.STAND).key)
        rotation.next(NudgeKind.MOVE)
    assert len(set(stands)) == 3
    restored = ExerciseRotation(rotation.menu, rotation.recent, rotation.balances)
    assert restored.last_key == rotation.last_key
    assert restored.next(NudgeKind.STAND) == rotation.next(NudgeKind.STAND)


@pytest.mark.parametrize("kind", list(NudgeKind))
def test_the_suggestion_matches_the_kind_of_nudge(kind: NudgeKind) -> None:
    rotation = ExerciseRotation()
    assert all(rotation.next(kind).kind is kind for _ in range(5))


def test_personal_exercises_take_turns_with_the_built_ins_chosen() -> None:
    menu = ExerciseMenu(
        allowed={NudgeKind.MOVE: frozenset({"bird_dog", "cat_cow"})},
        personal=(_personal("physio_one"), _personal("elsewhere", NudgeKind.CORE)),
    )
    rotation = ExerciseRotation(menu)
    suggested = [rotation.next(NudgeKind.MOVE).key for _ in range(6)]
    assert suggested == ["bird_dog", "cat_cow", "physio_one"] * 2


def test_a_kind_with_only_personal_exercises_suggests_them() -> None:
    menu = ExerciseMenu(
        allowed={NudgeKind.STRETCH: frozenset()},
        personal=(_personal("a", NudgeKind.STRETCH), _personal("b", NudgeKind.STRETCH)),
    )
    rotation = ExerciseRotation(menu)
    assert [rotation.next(NudgeKind.STRETCH).key for _ in range(4)] == [
        "a",
        "b",
        "a",
        "b",
    ]


def test_a_kind_with_one_exercise_suggests_it_every_time() -> None:
    menu = ExerciseMenu(allowed={NudgeKind.CORE: frozenset({"morning_core"})})
    rotation = ExerciseRotation(menu)
    assert {rotation.next(NudgeKind.CORE).key for _ in range(3)} == {"morning_core"}


def test_a_kind_left_without_any_exercise_falls_back_to_its_built_ins() -> None:
    rotation = ExerciseRotation(ExerciseMenu(allowed={NudgeKind.SIT: frozenset()}))
    assert rotation.next(NudgeKind.SIT).key == _builtins(NudgeKind.SIT)[0]


@pytest.mark.parametrize("focus", [Focus.LOW_BACK, Focus.HIPS])
def test_a_focus_suggests_its_exercises_more_often_and_the_others_still(
    focus: Focus,
) -> None:
    rotation = ExerciseRotation(ExerciseMenu(focus=focus))
    keys = _builtins(NudgeKind.MOVE)
    favoured = [key for key in keys if key in FAVOURED[focus]]
    total = len(favoured) * FAVOURED_WEIGHT + len(keys) - len(favoured)
    counts = Counter(rotation.next(NudgeKind.MOVE).key for _ in range(total * 10))
    # Exactly in proportion to the weights over whole turns.
    assert {key: counts[key] for key in keys} == {
        key: 10 * (FAVOURED_WEIGHT if key in favoured else 1) for key in keys
    }


def test_low_back_favours_motor_control_over_stretching_and_hips_hip_mobility() -> None:
    assert {"bird_dog", "dead_bug"} <= FAVOURED[Focus.LOW_BACK]
    assert {"hip_hinge", "hip_circles", "glute_bridge"} <= FAVOURED[Focus.HIPS]
    assert not FAVOURED[Focus.GENERAL]


def test_personal_exercises_weigh_as_favoured_under_a_focus() -> None:
    menu = ExerciseMenu(
        allowed={NudgeKind.MOVE: frozenset({"cat_cow"})},
        personal=(_personal("physio"),),
        focus=Focus.HIPS,
    )
    rotation = ExerciseRotation(menu)
    counts = Counter(rotation.next(NudgeKind.MOVE).key for _ in range(40))
    # Never twice in a row: with two on the menu, they alternate whatever the weights.
    assert counts == {"cat_cow": 20, "physio": 20}


_MENUS = st.builds(
    ExerciseMenu,
    allowed=st.dictionaries(
        st.sampled_from(list(NudgeKind)),
        st.frozensets(st.sampled_from([exercise.key for exercise in EXERCISES])),
    ),
    personal=st.lists(st.sampled_from(list(NudgeKind)), max_size=4).map(
        lambda kinds: tuple(
            _personal(f"personal_{index}", kind) for index, kind in enumerate(kinds)
        )
    ),
    focus=st.sampled_from(list(Focus)),
)


@settings(max_examples=300, deadline=None)
@given(
    _MENUS,
    st.sampled_from([None, *(exercise.key for exercise in EXERCISES)]),
    st.lists(st.sampled_from(list(NudgeKind)), min_size=1, max_size=40),
)
def test_two_nudges_in_a_row_never_suggest_the_same_exercise(
    menu: ExerciseMenu, start: str | None, kinds: list[NudgeKind]
) -> None:
    rotation = ExerciseRotation(menu, [start] if start else [])
    previous = start
    for kind in kinds:
        exercise = rotation.next(kind)
        choices = [choice for choice, _ in menu.choices(kind)]
        assert exercise.kind is kind
        assert exercise in choices
        if len(choices) > 1:
            assert exercise.key != previous
        previous = exercise.key


@settings(max_examples=200, deadline=None)
@given(_MENUS, st.sampled_from(list(NudgeKind)), st.integers(0, 30))
def test_the_rotation_is_deterministic_and_leaves_none_out(
    menu: ExerciseMenu, kind: NudgeKind, skip: int
) -> None:
    first, second = ExerciseRotation(menu), ExerciseRotation(menu)
    for _ in range(skip):
        first.next(kind)
        second.next(kind)
    choices = menu.choices(kind)
    total = sum(weight for _, weight in choices)
    # Within two turns of the weights, every exercise on the menu comes up.
    window = [first.next(kind) for _ in range(2 * total)]
    assert window == [second.next(kind) for _ in range(2 * total)]
    assert {exercise.key for exercise, _ in choices} <= {e.key for e in window}
    # What is saved stays small however long it runs.
    for _ in range(50):
        first.next(kind)
    assert all(
        abs(value) <= total for value in first.balances.get(kind.value, {}).values()
    )


def test_kinds_without_exercises_are_those_with_no_built_in_and_no_personal_one() -> (
    None
):
    chosen = {kind: ["x"] for kind in NudgeKind} | {
        NudgeKind.SIT: [],
        NudgeKind.CORE: [],
    }
    assert kinds_without_exercises(chosen, {NudgeKind.CORE}) == [NudgeKind.SIT]
    assert kinds_without_exercises({}, set(NudgeKind)) == []


def test_saved_credits_of_a_kind_no_longer_known_are_ignored() -> None:
    rotation = ExerciseRotation(balances={"nap": {"snooze": 3}, "move": {"cat_cow": 5}})
    assert rotation.balances == {"move": {"cat_cow": 5}}
    assert rotation.next(NudgeKind.MOVE).key == "cat_cow"
