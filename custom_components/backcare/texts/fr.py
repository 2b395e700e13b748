"""What backcare writes in French: the nudges and the exercises' names and steps."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "stand_title": "Il est temps de se lever",
    "stand_message": (
        "Vous êtes assis depuis {bout} min. Levez-vous et bougez une minute : "
        "{name}. {steps}"
    ),
    "sit_title": "Il est temps de s'asseoir ou de bouger",
    "sit_message": (
        "Vous êtes debout depuis {spell} min. Asseyez-vous, ou bougez un peu : "
        "{name}. {steps}"
    ),
    "move_title": "Pause active : {name}",
    "move_message": "{at_desk} min au bureau sans pause. {steps}",
    "stretch_title": "Étirements du soir : {name}",
    "stretch_message": "Vous êtes resté assis {seated} min aujourd'hui. {steps}",
    "core_title": "Routine du matin : {name}",
    "core_message": "{steps}",
    "posture_title": "Posture : {name}",
    "posture_message": "{steps}",
    "snooze": "Reporter",
    "raise_desk": "Monter le bureau",
    "lower_desk": "Baisser le bureau",
    "done": "Fait",
    "answer_hint": (
        "Répondez avec **Fait** ou **Reporter** sur la page de l'appareil du poste de "
        "travail, ou avec les boutons de votre tableau de bord."
    ),
    # The guided routines: the notification button, the routine sensor and each step.
    "start_routine": "Lancer la routine",
    "routine_idle": "Aucune routine",
    "side_left": "côté gauche",
    "side_right": "côté droit",
    "routine_step_side": "{name}, {side}",
    "routine_instruction": "{name}. {instruction}",
    "routine_instruction_side": "{name}, {side}. {instruction}",
}

EXERCISES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "stand_and_march": (
        "Se lever et marcher sur place",
        (
            "Levez-vous et éloignez-vous d'un pas de la chaise.",
            "Marchez sur place pendant 30 secondes en montant les genoux à hauteur des hanches.",
            "Roulez les épaules vers l'arrière dix fois, puis restez debout.",
        ),
    ),
    "stand_and_reach": (
        "Se lever et s'étirer vers le haut",
        (
            "Levez-vous, pieds écartés à la largeur des hanches.",
            "Tendez les deux bras au-dessus de la tête et montez sur la pointe des pieds, puis redescendez : dix fois.",
            "Marchez jusqu'à la fenêtre ou la porte, puis revenez.",
        ),
    ),
    "stand_and_walk": (
        "Se lever et marcher",
        (
            "Levez-vous et marchez une minute : allez chercher de l'eau ou prenez l'escalier.",
            "Laissez vos bras se balancer et respirez par le nez.",
        ),
    ),
    "calf_raises": (
        "Montées sur la pointe des pieds",
        (
            "Tenez-vous bien droit, les mains posées sur le bureau.",
            "Montez sur la pointe des pieds, marquez une pause et redescendez lentement : quinze fois.",
            "Puis asseyez-vous, ou enchaînez avec une courte marche.",
        ),
    ),
    "weight_shifts": (
        "Transferts de poids",
        (
            "Tenez-vous debout, pieds écartés à la largeur des hanches, genoux souples.",
            "Transférez lentement votre poids d'un pied sur l'autre, dix fois de chaque côté.",
            "Roulez les épaules vers l'arrière et laissez les bras pendre, relâchés.",
        ),
    ),
    "sit_walk": (
        "Marcher, puis s'asseoir",
        (
            "Marchez une minute : allez chercher de l'eau ou prenez l'escalier.",
            "Puis asseyez-vous et baissez le bureau pour un moment.",
        ),
    ),
    "bird_dog": (
        "Bird-dog",
        (
            "Mettez-vous à quatre pattes, mains sous les épaules, genoux sous les hanches.",
            "Tendez le bras droit vers l'avant et la jambe gauche vers l'arrière, le dos bien plat.",
            "Marquez une pause le temps d'une respiration, revenez et changez de côté.",
            "Faites huit répétitions lentes de chaque côté.",
        ),
    ),
    "cat_cow": (
        "Chat-vache",
        (
            "Mettez-vous à quatre pattes, le dos en position neutre.",
            "À l'inspiration, laissez le ventre descendre et levez la poitrine et le coccyx.",
            "À l'expiration, arrondissez le dos vers le plafond et rentrez le menton.",
            "Passez de l'un à l'autre en douceur pendant dix respirations lentes.",
        ),
    ),
    "dead_bug": (
        "Dead bug",
        (
            "Allongez-vous sur le dos, les bras tendus vers le plafond, les genoux pliés à 90 degrés.",
            "Plaquez doucement le bas du dos contre le sol.",
            "Descendez le bras droit et la jambe gauche vers le sol, puis revenez.",
            "Alternez les côtés, huit répétitions lentes de chaque côté.",
        ),
    ),
    "hip_hinge": (
        "Charnière de hanche",
        (
            "Tenez-vous debout, pieds écartés à la largeur des hanches, genoux souples.",
            "Poussez les hanches vers l'arrière, le dos bien long, jusqu'à sentir l'arrière des cuisses.",
            "Serrez les fessiers pour vous redresser.",
            "Répétez douze fois, lentement.",
        ),
    ),
    "short_walk": (
        "Courte marche",
        (
            "Quittez le bureau et marchez d'un bon pas pendant trois minutes.",
            "Prenez l'escalier s'il y en a un.",
        ),
    ),
    "open_book": (
        "Rotations en livre ouvert",
        (
            "Allongez-vous sur le côté, genoux pliés, bras tendus devant vous.",
            "Amenez le bras du dessus de l'autre côté en un grand arc, en suivant la main des yeux.",
            "Revenez lentement ; huit fois de chaque côté.",
        ),
    ),
    "glute_bridge": (
        "Pont fessier",
        (
            "Allongez-vous sur le dos, genoux pliés, pieds à plat.",
            "Serrez les fessiers et soulevez le bassin jusqu'à aligner genoux, hanches et épaules.",
            "Redescendez lentement ; douze répétitions.",
        ),
    ),
    "hip_circles": (
        "Cercles de hanches debout",
        (
            "Tenez-vous debout, mains sur les hanches, pieds écartés à la largeur des épaules.",
            "Dessinez de grands cercles lents avec les hanches, dix dans chaque sens.",
            "Terminez par dix rotations douces du buste.",
        ),
    ),
    "evening_stretch": (
        "Routine d'étirements du soir",
        (
            "Fléchisseurs de hanche : fente avec un genou au sol, bassin en rétroversion, 30 secondes de chaque côté.",
            "Ischio-jambiers : un talon sur une marche basse, penchez-vous en avant depuis les hanches, le dos long, 30 secondes de chaque côté.",
            "Fessiers : étirement en figure 4 allongé sur le dos, 30 secondes de chaque côté.",
            "Colonne thoracique : passez le haut du dos sur un rouleau de massage pendant une minute, bras croisés.",
            "Terminez par cinq respirations lentes, allongé.",
        ),
    ),
    "evening_mobility_flow": (
        "Enchaînement de mobilité du soir",
        (
            "Fléchisseurs de hanche : étirement du canapé, le genou arrière contre un mur, 30 secondes de chaque côté.",
            "Ischio-jambiers : allongé sur le dos, une jambe levée à l'aide d'une sangle, 30 secondes de chaque côté.",
            "Fessiers : posture du pigeon ou figure 4 assis, 30 secondes de chaque côté.",
            "Colonne thoracique : rouleau de massage en travers du haut du dos, dix extensions lentes.",
            "Posture de l'enfant pendant cinq respirations lentes.",
        ),
    ),
    "morning_core": (
        "Activation abdominale du matin",
        (
            "Allongez-vous sur le dos, genoux pliés, une main sur la poitrine et l'autre sur le ventre.",
            "Respiration diaphragmatique : inspirez par le nez vers la main posée sur le ventre, dix respirations.",
            "Bascules du bassin : plaquez doucement le bas du dos au sol, puis relâchez, quinze fois.",
            "Gardez le dos plaqué au sol pendant cinq respirations lentes pour réveiller les muscles profonds du tronc.",
        ),
    ),
    "core_wake_up": (
        "Réveil abdominal contre le mur",
        (
            "Tenez-vous dos au mur, pieds à un pas du mur, genoux souples.",
            "Respiration diaphragmatique : dix respirations lentes qui écartent le bas des côtes.",
            "Bascules du bassin : plaquez le bas du dos contre le mur, puis relâchez, quinze fois.",
            "Marchez lentement sur place en gardant le dos contre le mur, dix pas.",
        ),
    ),
    "sit_tall": (
        "Grandissez-vous",
        ("Laissez le sommet du crâne monter vers le plafond.",),
    ),
    "shoulders_back": (
        "Épaules en arrière",
        ("Montez les épaules, ramenez-les en arrière puis vers le bas, et relâchez.",),
    ),
    "pelvis_neutral": (
        "Bassin neutre",
        ("Asseyez-vous sur les ischions, bassin droit, sans l'enrouler.",),
    ),
    "belly_breath": (
        "Une respiration dans le ventre",
        ("Inspirez lentement dans le ventre, puis grandissez-vous en expirant.",),
    ),
    # The steps of the guided routines.
    "belly_breathing": (
        "Respiration abdominale",
        (
            "Allongez-vous sur le dos, genoux pliés, une main sur la poitrine et une sur le ventre.",
            "Inspirez lentement par le nez pour que seule la main sur le ventre se soulève.",
            "Expirez lentement par la bouche ; continuez pendant une minute.",
        ),
    ),
    "pelvic_tilt": (
        "Bascules du bassin",
        (
            "Allongez-vous sur le dos, genoux pliés, pieds à plat.",
            "Plaquez doucement le bas du dos contre le sol, puis relâchez.",
            "Répétez dix fois lentement, en expirant quand vous plaquez.",
        ),
    ),
    "dead_bug_leg_extension": (
        "Dead bug avec extension de jambe",
        (
            "Allongez-vous sur le dos, bras vers le plafond, genoux pliés à 90 degrés.",
            "Gardez le bas du dos au sol et tendez une jambe juste au-dessus du sol pendant que le bras opposé passe au-dessus de la tête.",
            "Revenez et changez ; huit répétitions lentes de chaque côté.",
        ),
    ),
    "side_plank": (
        "Planche latérale",
        (
            "Allongez-vous sur le côté, coude sous l'épaule, genoux pliés ou jambes tendues.",
            "Soulevez les hanches jusqu'à former une ligne droite et tenez 20 secondes.",
            "Redescendez lentement et changez de côté.",
        ),
    ),
    "hip_flexor_stretch": (
        "Étirement des fléchisseurs de hanche",
        (
            "Mettez un genou au sol, l'autre pied à plat devant vous.",
            "Basculez le bassin et avancez doucement jusqu'à sentir l'étirement à l'avant de la hanche.",
            "Tenez 30 secondes, puis changez de côté.",
        ),
    ),
    "glute_stretch": (
        "Étirement des fessiers",
        (
            "Allongez-vous sur le dos et croisez une cheville sur l'autre genou.",
            "Tirez doucement la jambe du dessous vers la poitrine jusqu'à sentir la fesse s'étirer.",
            "Tenez 30 secondes, puis changez de côté.",
        ),
    ),
    "hamstring_stretch": (
        "Étirement des ischio-jambiers",
        (
            "Posez un talon sur une marche basse, jambe tendue.",
            "Penchez-vous en avant depuis les hanches, dos long, jusqu'à sentir l'arrière de la cuisse s'étirer.",
            "Tenez 30 secondes, puis changez de côté.",
        ),
    ),
    "thoracic_rotation": (
        "Rotations thoraciques",
        (
            "Mettez-vous à quatre pattes et posez une main derrière la tête.",
            "Tournez ce coude vers le plafond en le suivant des yeux, puis redescendez.",
            "Huit rotations lentes de chaque côté.",
        ),
    ),
    "child_pose": (
        "Posture de l'enfant",
        (
            "À genoux, asseyez-vous sur les talons.",
            "Allongez les bras devant vous au sol et posez le front.",
            "Respirez lentement dans le dos pendant 45 secondes.",
        ),
    ),
    "foam_rolling": (
        "Rouleau de massage",
        (
            "Allongez-vous avec un rouleau en travers du haut du dos, mains derrière la tête.",
            "Roulez lentement entre les omoplates pendant une minute.",
            "Pas de rouleau ? Restez allongé sur le dos et respirez calmement.",
        ),
    ),
}

ROUTINE_STEPS: Final[dict[str, str]] = {
    "belly_breathing": "Allongez-vous sur le dos, genoux pliés, une main sur le ventre. Respirez lentement dans le ventre pendant {seconds} secondes.",
    "pelvic_tilt": "Sur le dos, genoux pliés : plaquez doucement le bas du dos au sol, puis relâchez. {count} fois.",
    "dead_bug": "Sur le dos, bras levés, genoux pliés : descendez lentement la jambe de ce côté et le bras opposé, puis revenez. {count} fois.",
    "dead_bug_leg_extension": "Sur le dos, bras levés, genoux pliés : tendez la jambe de ce côté juste au-dessus du sol, le bras opposé au-dessus de la tête, puis revenez. {count} fois.",
    "side_plank": "Allongez-vous sur ce côté, coude sous l'épaule, et soulevez les hanches en ligne droite. Tenez {seconds} secondes.",
    "hip_flexor_stretch": "Genou de ce côté au sol, basculez le bassin et avancez doucement. Tenez {seconds} secondes.",
    "glute_stretch": "Sur le dos : croisez la cheville de ce côté sur l'autre genou et tirez doucement vers vous. Tenez {seconds} secondes.",
    "hamstring_stretch": "Talon de ce côté sur une marche basse, jambe tendue : penchez-vous en avant, dos long. Tenez {seconds} secondes.",
    "thoracic_rotation": "À quatre pattes, la main de ce côté derrière la tête : tournez le coude vers le plafond et revenez. {count} fois.",
    "child_pose": "À genoux, asseyez-vous sur les talons et allongez les bras devant vous au sol. Respirez lentement pendant {seconds} secondes.",
    "foam_rolling": "Rouleau en travers du haut du dos : roulez lentement pendant {seconds} secondes. Pas de rouleau ? Reposez-vous et respirez.",
    "cat_cow": "À quatre pattes : arrondissez le dos en expirant et laissez le ventre descendre en inspirant. {count} fois.",
    "bird_dog": "À quatre pattes : tendez le bras de ce côté vers l'avant et la jambe opposée vers l'arrière, marquez une pause, revenez. {count} fois.",
    "open_book": "Allongé sur l'autre côté, genoux pliés : ouvrez grand le bras de ce côté et revenez, les yeux suivent la main. {count} fois.",
    "hip_circles": "Debout, mains sur les hanches : faites de grands cercles lents avec les hanches, en changeant de sens à mi-chemin. {count} cercles.",
    "glute_bridge": "Sur le dos, genoux pliés : serrez les fessiers, soulevez les hanches, puis redescendez lentement. {count} fois.",
}
