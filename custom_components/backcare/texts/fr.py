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
}
