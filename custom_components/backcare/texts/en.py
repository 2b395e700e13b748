"""What backcare writes in English: the nudges and the exercises' names and steps."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "stand_title": "Time to stand up",
    "stand_message": (
        "You have been sitting for {bout} min. Stand up and move for a minute: "
        "{name}. {steps}"
    ),
    "sit_title": "Time to sit or move",
    "sit_message": (
        "You have been standing for {spell} min. Sit down, or move a little: "
        "{name}. {steps}"
    ),
    "move_title": "Mobility break: {name}",
    "move_message": "{at_desk} min at the desk without a break. {steps}",
    "stretch_title": "Evening stretch: {name}",
    "stretch_message": "You sat for {seated} min today. {steps}",
    "core_title": "Morning core: {name}",
    "core_message": "{steps}",
    "posture_title": "Posture: {name}",
    "posture_message": "{steps}",
    "snooze": "Snooze",
    "raise_desk": "Raise desk",
    "lower_desk": "Lower desk",
    "done": "Done",
    # Below a nudge in Home Assistant's notifications: where to answer it.
    "answer_hint": (
        "Answer with **Done** or **Snooze** on the workstation's device page, or with "
        "the buttons on your dashboard."
    ),
    # The guided routines: the notification button, the routine sensor and each step.
    "start_routine": "Start routine",
    "routine_idle": "No routine",
    "side_left": "left side",
    "side_right": "right side",
    "routine_step_side": "{name}, {side}",
    "routine_instruction": "{name}. {instruction}",
    "routine_instruction_side": "{name}, {side}. {instruction}",
}

# Each exercise's name and steps, by its key in the engine's catalogue.
EXERCISES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "stand_and_march": (
        "Stand and march",
        (
            "Stand up and step away from the chair.",
            "March on the spot, lifting your knees to hip height, for 30 seconds.",
            "Roll your shoulders back ten times, then carry on standing.",
        ),
    ),
    "stand_and_reach": (
        "Stand and reach",
        (
            "Stand up with your feet hip-width apart.",
            "Reach both arms overhead and rise onto your toes, then lower: ten times.",
            "Walk to the window or the door and back.",
        ),
    ),
    "stand_and_walk": (
        "Stand and walk",
        (
            "Stand up and walk for a minute: fetch water or take the stairs.",
            "Let your arms swing and breathe through your nose.",
        ),
    ),
    "calf_raises": (
        "Calf raises",
        (
            "Stand tall with your hands resting on the desk.",
            "Rise onto your toes, pause, and lower slowly: fifteen times.",
            "Then sit down, or carry on with a short walk.",
        ),
    ),
    "weight_shifts": (
        "Weight shifts",
        (
            "Stand with your feet hip-width apart, knees soft.",
            "Shift your weight slowly from one foot to the other, ten times each way.",
            "Roll your shoulders back and let your arms hang loose.",
        ),
    ),
    "sit_walk": (
        "Walk, then sit",
        (
            "Walk around for a minute: fetch water, or take the stairs.",
            "Then sit down and lower the desk for a while.",
        ),
    ),
    "bird_dog": (
        "Bird-dog",
        (
            "Kneel on all fours, hands under shoulders, knees under hips.",
            "Reach your right arm forward and left leg back, keeping your back flat.",
            "Pause for a breath, return, and switch sides.",
            "Do eight slow repetitions per side.",
        ),
    ),
    "cat_cow": (
        "Cat-cow",
        (
            "Kneel on all fours with a neutral spine.",
            "Breathing in, let your belly sink and lift your chest and tailbone.",
            "Breathing out, round your back towards the ceiling and tuck your chin.",
            "Flow between the two for ten slow breaths.",
        ),
    ),
    "dead_bug": (
        "Dead bug",
        (
            "Lie on your back, arms pointing at the ceiling, knees bent at 90 degrees.",
            "Press your lower back gently into the floor.",
            "Lower your right arm and left leg towards the floor, then return.",
            "Alternate sides for eight slow repetitions each.",
        ),
    ),
    "hip_hinge": (
        "Hip hinge",
        (
            "Stand with feet hip-width apart and soft knees.",
            "Push your hips back, keeping your back long, until you feel your hamstrings.",
            "Squeeze your glutes to stand tall again.",
            "Repeat twelve times, slowly.",
        ),
    ),
    "short_walk": (
        "Short walk",
        (
            "Leave the desk and walk briskly for three minutes.",
            "Take stairs if you have them.",
        ),
    ),
    "open_book": (
        "Open book rotations",
        (
            "Lie on your side, knees bent, arms straight in front of you.",
            "Sweep the top arm over to the other side, following your hand with your eyes.",
            "Return slowly; eight times per side.",
        ),
    ),
    "glute_bridge": (
        "Glute bridge",
        (
            "Lie on your back with knees bent and feet flat.",
            "Squeeze your glutes and lift your hips until knees, hips and shoulders line up.",
            "Lower slowly; twelve repetitions.",
        ),
    ),
    "hip_circles": (
        "Standing hip circles",
        (
            "Stand with hands on your hips and feet shoulder-width apart.",
            "Draw big slow circles with your hips, ten each way.",
            "Finish with ten gentle trunk rotations.",
        ),
    ),
    "evening_stretch": (
        "Evening stretch routine",
        (
            "Hip flexors: half-kneeling lunge, tuck your pelvis, 30 seconds per side.",
            "Hamstrings: one heel on a low step, hinge forward with a long back, 30 seconds per side.",
            "Glutes: figure-four stretch lying on your back, 30 seconds per side.",
            "Thoracic spine: foam roll your upper back for one minute, arms crossed.",
            "Finish with five slow breaths lying down.",
        ),
    ),
    "evening_mobility_flow": (
        "Evening mobility flow",
        (
            "Hip flexors: couch stretch with your back knee against a wall, 30 seconds per side.",
            "Hamstrings: lie on your back, one leg up with a strap, 30 seconds per side.",
            "Glutes: pigeon pose or a seated figure-four, 30 seconds per side.",
            "Thoracic spine: foam roller across your upper back, ten slow extensions.",
            "Child's pose for five slow breaths.",
        ),
    ),
    "morning_core": (
        "Morning core activation",
        (
            "Lie on your back, knees bent, one hand on your chest and one on your belly.",
            "Diaphragmatic breathing: breathe in through your nose into the belly hand, ten breaths.",
            "Pelvic tilts: gently flatten your lower back into the floor, then release, fifteen times.",
            "Hold the flat back for five slow breaths to wake up the deep core.",
        ),
    ),
    "core_wake_up": (
        "Core wake-up against the wall",
        (
            "Stand with your back against a wall, feet a step away, knees soft.",
            "Diaphragmatic breathing: ten slow breaths that widen your lower ribs.",
            "Pelvic tilts: press your lower back into the wall, then release, fifteen times.",
            "March slowly on the spot keeping your back on the wall, ten steps.",
        ),
    ),
    "sit_tall": (
        "Sit tall",
        ("Let the crown of your head rise towards the ceiling.",),
    ),
    "shoulders_back": (
        "Shoulders back",
        ("Roll your shoulders up, back and down, and let them rest.",),
    ),
    "pelvis_neutral": (
        "Pelvis neutral",
        ("Sit on your sit bones, pelvis upright, not tucked under.",),
    ),
    "belly_breath": (
        "A breath into the belly",
        ("Breathe in slowly into your belly, and sit tall as you breathe out.",),
    ),
    # The steps of the guided routines.
    "belly_breathing": (
        "Belly breathing",
        (
            "Lie on your back, knees bent, one hand on your chest and one on your belly.",
            "Breathe in slowly through your nose so only the belly hand rises.",
            "Breathe out slowly through your mouth; keep going for a minute.",
        ),
    ),
    "pelvic_tilt": (
        "Pelvic tilts",
        (
            "Lie on your back with knees bent and feet flat.",
            "Gently flatten your lower back into the floor, then release.",
            "Repeat ten times, slowly, breathing out as you flatten.",
        ),
    ),
    "dead_bug_leg_extension": (
        "Dead bug with leg extension",
        (
            "Lie on your back, arms pointing at the ceiling, knees bent at 90 degrees.",
            "Keep your lower back on the floor and straighten one leg out just above the floor while the opposite arm goes overhead.",
            "Return and switch; eight slow repetitions per side.",
        ),
    ),
    "side_plank": (
        "Side plank",
        (
            "Lie on your side with your elbow under your shoulder, knees bent or legs straight.",
            "Lift your hips until your body is in a straight line and hold for 20 seconds.",
            "Lower slowly and switch sides.",
        ),
    ),
    "hip_flexor_stretch": (
        "Hip-flexor stretch",
        (
            "Kneel on one knee, the other foot flat in front of you.",
            "Tuck your pelvis under and shift gently forward until the front of the hip stretches.",
            "Hold for 30 seconds, then switch sides.",
        ),
    ),
    "glute_stretch": (
        "Glute stretch",
        (
            "Lie on your back and cross one ankle over the other knee.",
            "Pull the lower leg gently towards your chest until the buttock stretches.",
            "Hold for 30 seconds, then switch sides.",
        ),
    ),
    "hamstring_stretch": (
        "Hamstring stretch",
        (
            "Put one heel on a low step, leg straight.",
            "Hinge forward with a long back until the back of the thigh stretches.",
            "Hold for 30 seconds, then switch sides.",
        ),
    ),
    "thoracic_rotation": (
        "Thoracic rotations",
        (
            "Kneel on all fours and put one hand behind your head.",
            "Rotate that elbow up towards the ceiling, following it with your eyes, then back down.",
            "Eight slow rotations per side.",
        ),
    ),
    "child_pose": (
        "Child's pose",
        (
            "Kneel, then sit back on your heels.",
            "Stretch your arms forward on the floor and rest your forehead down.",
            "Breathe slowly into your back for 45 seconds.",
        ),
    ),
    "foam_rolling": (
        "Foam rolling",
        (
            "Lie with a foam roller across your upper back, hands behind your head.",
            "Roll slowly up and down between your shoulder blades for a minute.",
            "No roller? Rest on your back and breathe slowly instead.",
        ),
    ),
}

# What a guided routine says at each step, by exercise key: {seconds} for a hold,
# {count} for repetitions. A step of a side is said after the side's words.
ROUTINE_STEPS: Final[dict[str, str]] = {
    "belly_breathing": "Lie on your back, knees bent, one hand on your belly. Breathe slowly into your belly for {seconds} seconds.",
    "pelvic_tilt": "Lying on your back with knees bent, gently flatten your lower back into the floor, then release. {count} times.",
    "dead_bug": "On your back, arms up, knees bent: lower this side's leg and the opposite arm slowly, then return. {count} times.",
    "dead_bug_leg_extension": "On your back, arms up, knees bent: straighten this side's leg just above the floor with the opposite arm overhead, then return. {count} times.",
    "side_plank": "Lie on this side, elbow under your shoulder, and lift your hips into a straight line. Hold for {seconds} seconds.",
    "hip_flexor_stretch": "Kneel on this side's knee, tuck your pelvis under and shift gently forward. Hold for {seconds} seconds.",
    "glute_stretch": "On your back, cross this side's ankle over the other knee and pull gently towards you. Hold for {seconds} seconds.",
    "hamstring_stretch": "This side's heel on a low step, leg straight: hinge forward with a long back. Hold for {seconds} seconds.",
    "thoracic_rotation": "On all fours, this side's hand behind your head: turn the elbow up to the ceiling and back down. {count} times.",
    "child_pose": "Kneel, sit back on your heels and stretch your arms forward on the floor. Breathe slowly for {seconds} seconds.",
    "foam_rolling": "With a foam roller across your upper back, roll slowly for {seconds} seconds. No roller? Rest and breathe.",
    "cat_cow": "On all fours, round your back up as you breathe out and let your belly sink as you breathe in. {count} times.",
    "bird_dog": "On all fours, reach this side's arm forward and the opposite leg back, pause, and return. {count} times.",
    "open_book": "Lie on the other side, knees bent, and sweep this side's arm open and back, eyes following the hand. {count} times.",
    "hip_circles": "Standing, hands on your hips, draw big slow circles with your hips, changing direction halfway. {count} circles.",
    "glute_bridge": "On your back, knees bent: squeeze your glutes, lift your hips, then lower slowly. {count} times.",
}
