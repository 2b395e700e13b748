"""What backcare writes in German: the nudges and the exercises' names and steps."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "stand_title": "Zeit zum Aufstehen",
    "stand_message": (
        "Du sitzt seit {bout} min. Steh auf und beweg dich eine Minute: {name}. {steps}"
    ),
    "sit_title": "Zeit zum Hinsetzen oder Bewegen",
    "sit_message": (
        "Du stehst seit {spell} min. Setz dich hin oder beweg dich ein wenig: "
        "{name}. {steps}"
    ),
    "move_title": "Bewegungspause: {name}",
    "move_message": "{at_desk} min am Schreibtisch ohne Pause. {steps}",
    "stretch_title": "Dehnen am Abend: {name}",
    "stretch_message": "Du hast heute {seated} min gesessen. {steps}",
    "core_title": "Rumpftraining am Morgen: {name}",
    "core_message": "{steps}",
    "posture_title": "Haltung: {name}",
    "posture_message": "{steps}",
    "snooze": "Schlummern",
    "raise_desk": "Schreibtisch hochfahren",
    "lower_desk": "Schreibtisch herunterfahren",
    "done": "Erledigt",
    "answer_hint": (
        "Antworte mit **Erledigt** oder **Schlummern** auf der Geräteseite des "
        "Arbeitsplatzes oder mit den Schaltflächen auf deinem Dashboard."
    ),
    # The guided routines: the notification button, the routine sensor and each step.
    "start_routine": "Routine starten",
    "routine_idle": "Keine Routine",
    "side_left": "linke Seite",
    "side_right": "rechte Seite",
    "routine_step_side": "{name}, {side}",
    "routine_instruction": "{name}. {instruction}",
    "routine_instruction_side": "{name}, {side}. {instruction}",
}

EXERCISES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "stand_and_march": (
        "Aufstehen und marschieren",
        (
            "Steh auf und tritt einen Schritt vom Stuhl weg.",
            "Marschiere 30 Sekunden auf der Stelle und hebe dabei die Knie bis auf Hüfthöhe.",
            "Kreise die Schultern zehnmal nach hinten und bleib danach stehen.",
        ),
    ),
    "stand_and_reach": (
        "Aufstehen und strecken",
        (
            "Steh auf, die Füße hüftbreit auseinander.",
            "Streck beide Arme über den Kopf und geh auf die Zehenspitzen, dann wieder runter: zehnmal.",
            "Geh zum Fenster oder zur Tür und zurück.",
        ),
    ),
    "stand_and_walk": (
        "Aufstehen und gehen",
        (
            "Steh auf und geh eine Minute lang: hol dir Wasser oder nimm die Treppe.",
            "Lass die Arme mitschwingen und atme durch die Nase.",
        ),
    ),
    "calf_raises": (
        "Wadenheben",
        (
            "Steh aufrecht, die Hände auf dem Schreibtisch abgelegt.",
            "Geh auf die Zehenspitzen, halte kurz inne und senke dich langsam ab: fünfzehnmal.",
            "Setz dich dann hin oder mach mit einem kurzen Spaziergang weiter.",
        ),
    ),
    "weight_shifts": (
        "Gewicht verlagern",
        (
            "Stell dich hüftbreit hin, die Knie locker.",
            "Verlagere dein Gewicht langsam von einem Fuß auf den anderen, zehnmal zu jeder Seite.",
            "Kreise die Schultern nach hinten und lass die Arme locker hängen.",
        ),
    ),
    "sit_walk": (
        "Erst gehen, dann sitzen",
        (
            "Geh eine Minute herum: hol dir Wasser oder nimm die Treppe.",
            "Setz dich dann hin und fahr den Schreibtisch für eine Weile herunter.",
        ),
    ),
    "bird_dog": (
        "Bird-Dog",
        (
            "Geh in den Vierfüßlerstand, Hände unter den Schultern, Knie unter den Hüften.",
            "Streck den rechten Arm nach vorn und das linke Bein nach hinten, der Rücken bleibt gerade.",
            "Halte einen Atemzug lang inne, komm zurück und wechsle die Seite.",
            "Mach acht langsame Wiederholungen pro Seite.",
        ),
    ),
    "cat_cow": (
        "Katze-Kuh",
        (
            "Geh in den Vierfüßlerstand, die Wirbelsäule neutral.",
            "Lass beim Einatmen den Bauch sinken und hebe Brust und Steißbein.",
            "Mach beim Ausatmen einen runden Rücken zur Decke und zieh das Kinn zur Brust.",
            "Wechsle zehn langsame Atemzüge lang fließend zwischen beiden.",
        ),
    ),
    "dead_bug": (
        "Dead Bug",
        (
            "Leg dich auf den Rücken, die Arme zur Decke gestreckt, die Knie im 90-Grad-Winkel gebeugt.",
            "Drück den unteren Rücken sanft in den Boden.",
            "Senke den rechten Arm und das linke Bein Richtung Boden und komm zurück.",
            "Wechsle die Seiten ab, acht langsame Wiederholungen pro Seite.",
        ),
    ),
    "hip_hinge": (
        "Hüftbeuge (Hip Hinge)",
        (
            "Stell dich hüftbreit hin, die Knie locker.",
            "Schieb die Hüften nach hinten, den Rücken lang, bis du die Rückseite der Oberschenkel spürst.",
            "Spann den Po an, um dich wieder aufzurichten.",
            "Wiederhole das zwölfmal, langsam.",
        ),
    ),
    "short_walk": (
        "Kurzer Spaziergang",
        (
            "Verlass den Schreibtisch und geh drei Minuten zügig.",
            "Nimm die Treppe, wenn es eine gibt.",
        ),
    ),
    "open_book": (
        "Open-Book-Rotation",
        (
            "Leg dich auf die Seite, die Knie gebeugt, die Arme gestreckt vor dir.",
            "Führ den oberen Arm in einem Bogen zur anderen Seite und folge der Hand mit den Augen.",
            "Komm langsam zurück; achtmal pro Seite.",
        ),
    ),
    "glute_bridge": (
        "Beckenheben",
        (
            "Leg dich auf den Rücken, die Knie gebeugt, die Füße flach auf dem Boden.",
            "Spann den Po an und heb das Becken, bis Knie, Hüften und Schultern eine Linie bilden.",
            "Senke es langsam ab; zwölf Wiederholungen.",
        ),
    ),
    "hip_circles": (
        "Hüftkreisen im Stehen",
        (
            "Stell dich schulterbreit hin, die Hände an den Hüften.",
            "Kreise die Hüften langsam und weit, zehnmal in jede Richtung.",
            "Zum Schluss zehn sanfte Rumpfdrehungen.",
        ),
    ),
    "evening_stretch": (
        "Dehnprogramm am Abend",
        (
            "Hüftbeuger: Ausfallschritt im Halbknien, Becken aufrichten, 30 Sekunden pro Seite.",
            "Rückseite der Oberschenkel: eine Ferse auf eine niedrige Stufe, mit langem Rücken aus der Hüfte nach vorn beugen, 30 Sekunden pro Seite.",
            "Gesäß: Figur-4-Dehnung in Rückenlage, 30 Sekunden pro Seite.",
            "Brustwirbelsäule: den oberen Rücken eine Minute auf der Faszienrolle rollen, die Arme vor der Brust gekreuzt.",
            "Zum Schluss fünf langsame Atemzüge im Liegen.",
        ),
    ),
    "evening_mobility_flow": (
        "Mobilitätsflow am Abend",
        (
            "Hüftbeuger: Couch-Stretch mit dem hinteren Knie an einer Wand, 30 Sekunden pro Seite.",
            "Rückseite der Oberschenkel: in Rückenlage ein Bein mit einem Gurt nach oben halten, 30 Sekunden pro Seite.",
            "Gesäß: Taubenhaltung oder Figur-4-Dehnung im Sitzen, 30 Sekunden pro Seite.",
            "Brustwirbelsäule: Faszienrolle quer unter dem oberen Rücken, zehn langsame Streckungen.",
            "Kindhaltung für fünf langsame Atemzüge.",
        ),
    ),
    "morning_core": (
        "Rumpfaktivierung am Morgen",
        (
            "Leg dich auf den Rücken, die Knie gebeugt, eine Hand auf der Brust und eine auf dem Bauch.",
            "Zwerchfellatmung: durch die Nase in die Hand auf dem Bauch einatmen, zehn Atemzüge.",
            "Beckenkippen: den unteren Rücken sanft flach an den Boden drücken und wieder lösen, fünfzehnmal.",
            "Halte den Rücken fünf langsame Atemzüge lang flach am Boden, um die tiefe Rumpfmuskulatur zu wecken.",
        ),
    ),
    "core_wake_up": (
        "Rumpf wecken an der Wand",
        (
            "Stell dich mit dem Rücken an eine Wand, die Füße einen Schritt davor, die Knie locker.",
            "Zwerchfellatmung: zehn langsame Atemzüge, die die unteren Rippen weiten.",
            "Beckenkippen: den unteren Rücken gegen die Wand drücken und wieder lösen, fünfzehnmal.",
            "Marschiere langsam auf der Stelle, der Rücken bleibt an der Wand, zehn Schritte.",
        ),
    ),
    "sit_tall": (
        "Aufrecht sitzen",
        ("Lass den Scheitel Richtung Decke wachsen.",),
    ),
    "shoulders_back": (
        "Schultern zurück",
        ("Zieh die Schultern hoch, nach hinten und unten, und lass sie sinken.",),
    ),
    "pelvis_neutral": (
        "Becken neutral",
        (
            "Sitz auf den Sitzbeinhöckern, das Becken aufgerichtet, nicht nach hinten gekippt.",
        ),
    ),
    "belly_breath": (
        "Ein Atemzug in den Bauch",
        ("Atme langsam in den Bauch ein und richte dich beim Ausatmen auf.",),
    ),
    # The steps of the guided routines.
    "belly_breathing": (
        "Bauchatmung",
        (
            "Leg dich auf den Rücken, Knie gebeugt, eine Hand auf der Brust, eine auf dem Bauch.",
            "Atme langsam durch die Nase ein, sodass sich nur die Hand auf dem Bauch hebt.",
            "Atme langsam durch den Mund aus; mach das eine Minute lang.",
        ),
    ),
    "pelvic_tilt": (
        "Beckenkippen",
        (
            "Leg dich auf den Rücken, Knie gebeugt, Füße flach auf dem Boden.",
            "Drück den unteren Rücken sanft in den Boden und lös ihn wieder.",
            "Zehnmal langsam wiederholen, beim Andrücken ausatmen.",
        ),
    ),
    "dead_bug_leg_extension": (
        "Dead Bug mit Beinstrecken",
        (
            "Leg dich auf den Rücken, Arme zur Decke, Knie im 90-Grad-Winkel.",
            "Lass den unteren Rücken am Boden und streck ein Bein knapp über dem Boden aus, während der andere Arm über den Kopf geht.",
            "Zurück und Seite wechseln; acht langsame Wiederholungen pro Seite.",
        ),
    ),
    "side_plank": (
        "Seitstütz",
        (
            "Leg dich auf die Seite, den Ellbogen unter der Schulter, Knie gebeugt oder Beine gestreckt.",
            "Heb die Hüfte, bis dein Körper eine Linie bildet, und halte 20 Sekunden.",
            "Langsam absenken und Seite wechseln.",
        ),
    ),
    "hip_flexor_stretch": (
        "Hüftbeuger-Dehnung",
        (
            "Knie dich auf ein Knie, der andere Fuß steht flach vor dir.",
            "Kipp das Becken nach hinten und schieb dich sanft nach vorn, bis die Vorderseite der Hüfte zieht.",
            "30 Sekunden halten, dann Seite wechseln.",
        ),
    ),
    "glute_stretch": (
        "Gesäß-Dehnung",
        (
            "Leg dich auf den Rücken und leg einen Knöchel über das andere Knie.",
            "Zieh das untere Bein sanft zur Brust, bis das Gesäß zieht.",
            "30 Sekunden halten, dann Seite wechseln.",
        ),
    ),
    "hamstring_stretch": (
        "Dehnung der hinteren Oberschenkel",
        (
            "Stell eine Ferse auf eine niedrige Stufe, das Bein gestreckt.",
            "Beug dich mit langem Rücken aus der Hüfte nach vorn, bis die Rückseite des Oberschenkels zieht.",
            "30 Sekunden halten, dann Seite wechseln.",
        ),
    ),
    "thoracic_rotation": (
        "Brustwirbelsäulen-Rotation",
        (
            "Geh in den Vierfüßlerstand und leg eine Hand an den Hinterkopf.",
            "Dreh diesen Ellbogen zur Decke, die Augen folgen, und wieder zurück.",
            "Acht langsame Drehungen pro Seite.",
        ),
    ),
    "child_pose": (
        "Stellung des Kindes",
        (
            "Knie dich hin und setz dich auf die Fersen.",
            "Streck die Arme auf dem Boden nach vorn und leg die Stirn ab.",
            "Atme 45 Sekunden lang langsam in den Rücken.",
        ),
    ),
    "foam_rolling": (
        "Faszienrolle",
        (
            "Leg dich mit der Faszienrolle quer unter den oberen Rücken, Hände am Hinterkopf.",
            "Roll eine Minute lang langsam zwischen den Schulterblättern auf und ab.",
            "Keine Rolle? Dann bleib auf dem Rücken liegen und atme ruhig.",
        ),
    ),
}

ROUTINE_STEPS: Final[dict[str, str]] = {
    "belly_breathing": "Leg dich auf den Rücken, Knie gebeugt, eine Hand auf dem Bauch. Atme {seconds} Sekunden lang langsam in den Bauch.",
    "pelvic_tilt": "Auf dem Rücken, Knie gebeugt: drück den unteren Rücken sanft in den Boden und lös ihn wieder. {count} Mal.",
    "dead_bug": "Auf dem Rücken, Arme hoch, Knie gebeugt: senk das Bein dieser Seite und den anderen Arm langsam ab und komm zurück. {count} Mal.",
    "dead_bug_leg_extension": "Auf dem Rücken, Arme hoch, Knie gebeugt: streck das Bein dieser Seite knapp über dem Boden aus, den anderen Arm über den Kopf, und komm zurück. {count} Mal.",
    "side_plank": "Leg dich auf diese Seite, Ellbogen unter der Schulter, und heb die Hüfte in eine Linie. Halte {seconds} Sekunden.",
    "hip_flexor_stretch": "Knie dich auf das Knie dieser Seite, kipp das Becken nach hinten und schieb dich sanft nach vorn. Halte {seconds} Sekunden.",
    "glute_stretch": "Auf dem Rücken: leg den Knöchel dieser Seite über das andere Knie und zieh sanft zu dir. Halte {seconds} Sekunden.",
    "hamstring_stretch": "Die Ferse dieser Seite auf eine niedrige Stufe, Bein gestreckt: beug dich mit langem Rücken nach vorn. Halte {seconds} Sekunden.",
    "thoracic_rotation": "Im Vierfüßlerstand, die Hand dieser Seite am Hinterkopf: dreh den Ellbogen zur Decke und zurück. {count} Mal.",
    "child_pose": "Knie dich hin, setz dich auf die Fersen und streck die Arme auf dem Boden nach vorn. Atme {seconds} Sekunden lang langsam.",
    "foam_rolling": "Mit der Faszienrolle quer unter dem oberen Rücken: roll {seconds} Sekunden lang langsam. Keine Rolle? Ruh dich aus und atme.",
    "cat_cow": "Im Vierfüßlerstand: mach den Rücken beim Ausatmen rund und lass beim Einatmen den Bauch sinken. {count} Mal.",
    "bird_dog": "Im Vierfüßlerstand: streck den Arm dieser Seite nach vorn und das andere Bein nach hinten, kurz halten, zurück. {count} Mal.",
    "open_book": "Auf der anderen Seite liegend, Knie gebeugt: öffne den Arm dieser Seite weit und zurück, die Augen folgen der Hand. {count} Mal.",
    "hip_circles": "Im Stehen, Hände an der Hüfte: kreise die Hüfte langsam und groß, nach der Hälfte andersherum. {count} Kreise.",
    "glute_bridge": "Auf dem Rücken, Knie gebeugt: spann das Gesäß an, heb die Hüfte und senk sie langsam. {count} Mal.",
}
