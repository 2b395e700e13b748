"""What backcare writes in Spanish: the nudges and the exercises' names and steps."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "stand_title": "Hora de levantarse",
    "stand_message": (
        "Llevas {bout} min sentado. Levántate y muévete un minuto: {name}. {steps}"
    ),
    "sit_title": "Hora de sentarse o moverse",
    "sit_message": (
        "Llevas {spell} min de pie. Siéntate o muévete un poco: {name}. {steps}"
    ),
    "move_title": "Pausa activa: {name}",
    "move_message": "{at_desk} min en el escritorio sin pausa. {steps}",
    "stretch_title": "Estiramientos de la tarde: {name}",
    "stretch_message": "Hoy has estado sentado {seated} min. {steps}",
    "core_title": "Core por la mañana: {name}",
    "core_message": "{steps}",
    "posture_title": "Postura: {name}",
    "posture_message": "{steps}",
    "snooze": "Posponer",
    "raise_desk": "Subir el escritorio",
    "lower_desk": "Bajar el escritorio",
    "done": "Hecho",
    "answer_hint": (
        "Responde con **Hecho** o **Posponer** en la página del dispositivo del puesto "
        "de trabajo, o con los botones de tu panel."
    ),
    # The guided routines: the notification button, the routine sensor and each step.
    "start_routine": "Empezar rutina",
    "routine_idle": "Ninguna rutina",
    "side_left": "lado izquierdo",
    "side_right": "lado derecho",
    "routine_step_side": "{name}, {side}",
    "routine_instruction": "{name}. {instruction}",
    "routine_instruction_side": "{name}, {side}. {instruction}",
}

EXERCISES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "stand_and_march": (
        "Levantarse y marchar",
        (
            "Levántate y apártate un paso de la silla.",
            "Marcha en el sitio durante 30 segundos, subiendo las rodillas a la altura de la cadera.",
            "Rota los hombros hacia atrás diez veces y sigue de pie.",
        ),
    ),
    "stand_and_reach": (
        "Levantarse y estirarse hacia arriba",
        (
            "Ponte de pie con los pies separados a la anchura de las caderas.",
            "Estira ambos brazos por encima de la cabeza y ponte de puntillas; luego baja: diez veces.",
            "Camina hasta la ventana o la puerta y vuelve.",
        ),
    ),
    "stand_and_walk": (
        "Levantarse y caminar",
        (
            "Levántate y camina un minuto: ve a por agua o sube por las escaleras.",
            "Deja que los brazos se balanceen y respira por la nariz.",
        ),
    ),
    "calf_raises": (
        "Elevaciones de talones",
        (
            "Ponte erguido con las manos apoyadas en el escritorio.",
            "Ponte de puntillas, haz una pausa y baja despacio: quince veces.",
            "Después siéntate o sigue con un paseo corto.",
        ),
    ),
    "weight_shifts": (
        "Cambios de peso",
        (
            "Ponte de pie con los pies separados a la anchura de las caderas y las rodillas relajadas.",
            "Pasa el peso despacio de un pie al otro, diez veces hacia cada lado.",
            "Rota los hombros hacia atrás y deja los brazos colgando sueltos.",
        ),
    ),
    "sit_walk": (
        "Caminar y luego sentarse",
        (
            "Camina un minuto: ve a por agua o sube por las escaleras.",
            "Luego siéntate y baja el escritorio durante un rato.",
        ),
    ),
    "bird_dog": (
        "Bird-dog",
        (
            "Ponte a cuatro patas, con las manos bajo los hombros y las rodillas bajo las caderas.",
            "Estira el brazo derecho hacia delante y la pierna izquierda hacia atrás, manteniendo la espalda plana.",
            "Haz una pausa de una respiración, vuelve y cambia de lado.",
            "Haz ocho repeticiones lentas por lado.",
        ),
    ),
    "cat_cow": (
        "Gato-vaca",
        (
            "Ponte a cuatro patas con la columna en posición neutra.",
            "Al inspirar, deja que el vientre baje y eleva el pecho y el coxis.",
            "Al espirar, redondea la espalda hacia el techo y mete la barbilla.",
            "Alterna con fluidez entre ambas durante diez respiraciones lentas.",
        ),
    ),
    "dead_bug": (
        "Dead bug",
        (
            "Túmbate boca arriba, con los brazos apuntando al techo y las rodillas dobladas a 90 grados.",
            "Presiona suavemente la zona lumbar contra el suelo.",
            "Baja el brazo derecho y la pierna izquierda hacia el suelo y vuelve.",
            "Alterna los lados, ocho repeticiones lentas por lado.",
        ),
    ),
    "hip_hinge": (
        "Bisagra de cadera",
        (
            "Ponte de pie con los pies separados a la anchura de las caderas y las rodillas relajadas.",
            "Lleva las caderas hacia atrás, con la espalda larga, hasta notar los isquiotibiales.",
            "Aprieta los glúteos para volver a erguirte.",
            "Repite doce veces, despacio.",
        ),
    ),
    "short_walk": (
        "Paseo corto",
        (
            "Deja el escritorio y camina a paso ligero durante tres minutos.",
            "Sube por las escaleras si las hay.",
        ),
    ),
    "open_book": (
        "Rotaciones de libro abierto",
        (
            "Túmbate de lado, con las rodillas dobladas y los brazos estirados delante de ti.",
            "Lleva el brazo de arriba hacia el otro lado trazando un arco y sigue la mano con la mirada.",
            "Vuelve despacio; ocho veces por lado.",
        ),
    ),
    "glute_bridge": (
        "Puente de glúteos",
        (
            "Túmbate boca arriba con las rodillas dobladas y los pies apoyados en el suelo.",
            "Aprieta los glúteos y eleva la cadera hasta que rodillas, caderas y hombros queden alineados.",
            "Baja despacio; doce repeticiones.",
        ),
    ),
    "hip_circles": (
        "Círculos de cadera de pie",
        (
            "Ponte de pie con las manos en las caderas y los pies separados a la anchura de los hombros.",
            "Dibuja círculos grandes y lentos con la cadera, diez en cada sentido.",
            "Termina con diez rotaciones suaves del tronco.",
        ),
    ),
    "evening_stretch": (
        "Rutina de estiramientos de la tarde",
        (
            "Flexores de cadera: zancada con una rodilla en el suelo, bascula la pelvis hacia atrás, 30 segundos por lado.",
            "Isquiotibiales: un talón en un escalón bajo, inclínate hacia delante desde la cadera con la espalda larga, 30 segundos por lado.",
            "Glúteos: estiramiento en figura de 4 tumbado boca arriba, 30 segundos por lado.",
            "Columna torácica: pasa la parte alta de la espalda por un rodillo de espuma durante un minuto, con los brazos cruzados.",
            "Termina con cinco respiraciones lentas tumbado.",
        ),
    ),
    "evening_mobility_flow": (
        "Secuencia de movilidad de la tarde",
        (
            "Flexores de cadera: estiramiento del sofá con la rodilla de atrás contra una pared, 30 segundos por lado.",
            "Isquiotibiales: túmbate boca arriba con una pierna en alto sujeta con una cinta, 30 segundos por lado.",
            "Glúteos: postura de la paloma o figura de 4 sentado, 30 segundos por lado.",
            "Columna torácica: rodillo de espuma atravesado bajo la parte alta de la espalda, diez extensiones lentas.",
            "Postura del niño durante cinco respiraciones lentas.",
        ),
    ),
    "morning_core": (
        "Activación matutina del core",
        (
            "Túmbate boca arriba con las rodillas dobladas, una mano en el pecho y otra en el vientre.",
            "Respiración diafragmática: inspira por la nariz llevando el aire hacia la mano del vientre, diez respiraciones.",
            "Basculaciones pélvicas: aplana suavemente la zona lumbar contra el suelo y luego suelta, quince veces.",
            "Mantén la espalda plana contra el suelo durante cinco respiraciones lentas para despertar el core profundo.",
        ),
    ),
    "core_wake_up": (
        "Despertar del core contra la pared",
        (
            "Ponte de pie con la espalda contra una pared, los pies a un paso de ella y las rodillas relajadas.",
            "Respiración diafragmática: diez respiraciones lentas que expandan las costillas inferiores.",
            "Basculaciones pélvicas: presiona la zona lumbar contra la pared y luego suelta, quince veces.",
            "Marcha despacio en el sitio manteniendo la espalda en la pared, diez pasos.",
        ),
    ),
    "sit_tall": (
        "Siéntate erguido",
        ("Deja que la coronilla suba hacia el techo.",),
    ),
    "shoulders_back": (
        "Hombros atrás",
        ("Sube los hombros, llévalos atrás y abajo, y suéltalos.",),
    ),
    "pelvis_neutral": (
        "Pelvis neutra",
        (
            "Siéntate sobre los isquiones, con la pelvis recta, sin meterla hacia dentro.",
        ),
    ),
    "belly_breath": (
        "Una respiración al abdomen",
        ("Respira despacio hacia el abdomen y crece al soltar el aire.",),
    ),
    # The steps of the guided routines.
    "belly_breathing": (
        "Respiración abdominal",
        (
            "Túmbate boca arriba, rodillas dobladas, una mano en el pecho y otra en el vientre.",
            "Inspira despacio por la nariz de modo que solo suba la mano del vientre.",
            "Espira despacio por la boca; sigue así un minuto.",
        ),
    ),
    "pelvic_tilt": (
        "Basculaciones pélvicas",
        (
            "Túmbate boca arriba con las rodillas dobladas y los pies apoyados.",
            "Aplana suavemente la zona lumbar contra el suelo y luego suelta.",
            "Repite diez veces despacio, espirando al aplanar.",
        ),
    ),
    "dead_bug_leg_extension": (
        "Dead bug con extensión de pierna",
        (
            "Túmbate boca arriba, brazos hacia el techo, rodillas a 90 grados.",
            "Mantén la zona lumbar en el suelo y estira una pierna justo por encima del suelo mientras el brazo contrario va por encima de la cabeza.",
            "Vuelve y cambia; ocho repeticiones lentas por lado.",
        ),
    ),
    "side_plank": (
        "Plancha lateral",
        (
            "Túmbate de lado con el codo bajo el hombro, rodillas dobladas o piernas estiradas.",
            "Eleva la cadera hasta que el cuerpo forme una línea recta y aguanta 20 segundos.",
            "Baja despacio y cambia de lado.",
        ),
    ),
    "hip_flexor_stretch": (
        "Estiramiento del flexor de la cadera",
        (
            "Apoya una rodilla en el suelo, con el otro pie plano delante.",
            "Bascula la pelvis y desplázate suavemente hacia delante hasta notar el estiramiento en la parte delantera de la cadera.",
            "Aguanta 30 segundos y cambia de lado.",
        ),
    ),
    "glute_stretch": (
        "Estiramiento de glúteos",
        (
            "Túmbate boca arriba y cruza un tobillo sobre la otra rodilla.",
            "Tira suavemente de la pierna de abajo hacia el pecho hasta notar el glúteo.",
            "Aguanta 30 segundos y cambia de lado.",
        ),
    ),
    "hamstring_stretch": (
        "Estiramiento de isquiotibiales",
        (
            "Apoya un talón en un escalón bajo, con la pierna estirada.",
            "Inclínate desde la cadera con la espalda larga hasta notar la parte de atrás del muslo.",
            "Aguanta 30 segundos y cambia de lado.",
        ),
    ),
    "thoracic_rotation": (
        "Rotaciones torácicas",
        (
            "Ponte a cuatro patas y lleva una mano detrás de la cabeza.",
            "Gira ese codo hacia el techo siguiéndolo con la mirada y vuelve a bajar.",
            "Ocho rotaciones lentas por lado.",
        ),
    ),
    "child_pose": (
        "Postura del niño",
        (
            "Arrodíllate y siéntate sobre los talones.",
            "Estira los brazos hacia delante en el suelo y apoya la frente.",
            "Respira despacio hacia la espalda durante 45 segundos.",
        ),
    ),
    "foam_rolling": (
        "Rodillo de espuma",
        (
            "Túmbate con un rodillo de espuma bajo la parte alta de la espalda, manos detrás de la cabeza.",
            "Rueda despacio arriba y abajo entre los omóplatos durante un minuto.",
            "¿Sin rodillo? Quédate boca arriba y respira con calma.",
        ),
    ),
}

ROUTINE_STEPS: Final[dict[str, str]] = {
    "belly_breathing": "Túmbate boca arriba, rodillas dobladas, una mano en el vientre. Respira despacio hacia el vientre durante {seconds} segundos.",
    "pelvic_tilt": "Boca arriba con las rodillas dobladas: aplana suavemente la zona lumbar contra el suelo y suelta. {count} veces.",
    "dead_bug": "Boca arriba, brazos arriba, rodillas dobladas: baja despacio la pierna de este lado y el brazo contrario, y vuelve. {count} veces.",
    "dead_bug_leg_extension": "Boca arriba, brazos arriba, rodillas dobladas: estira la pierna de este lado justo por encima del suelo, el brazo contrario sobre la cabeza, y vuelve. {count} veces.",
    "side_plank": "Túmbate sobre este lado, codo bajo el hombro, y eleva la cadera en línea recta. Aguanta {seconds} segundos.",
    "hip_flexor_stretch": "Con la rodilla de este lado en el suelo, bascula la pelvis y desplázate suavemente hacia delante. Aguanta {seconds} segundos.",
    "glute_stretch": "Boca arriba: cruza el tobillo de este lado sobre la otra rodilla y tira suavemente hacia ti. Aguanta {seconds} segundos.",
    "hamstring_stretch": "El talón de este lado en un escalón bajo, pierna estirada: inclínate hacia delante con la espalda larga. Aguanta {seconds} segundos.",
    "thoracic_rotation": "A cuatro patas, la mano de este lado detrás de la cabeza: gira el codo hacia el techo y vuelve. {count} veces.",
    "child_pose": "Arrodíllate, siéntate sobre los talones y estira los brazos hacia delante en el suelo. Respira despacio durante {seconds} segundos.",
    "foam_rolling": "Con el rodillo bajo la parte alta de la espalda, rueda despacio durante {seconds} segundos. ¿Sin rodillo? Descansa y respira.",
    "cat_cow": "A cuatro patas: redondea la espalda al espirar y deja caer el vientre al inspirar. {count} veces.",
    "bird_dog": "A cuatro patas: estira el brazo de este lado hacia delante y la pierna contraria hacia atrás, pausa y vuelve. {count} veces.",
    "open_book": "Tumbado sobre el otro lado, rodillas dobladas: abre el brazo de este lado y vuelve, la mirada sigue la mano. {count} veces.",
    "hip_circles": "De pie, manos en la cadera: dibuja círculos grandes y lentos con la cadera, cambiando de sentido a mitad. {count} círculos.",
    "glute_bridge": "Boca arriba, rodillas dobladas: aprieta los glúteos, eleva la cadera y bájala despacio. {count} veces.",
}
