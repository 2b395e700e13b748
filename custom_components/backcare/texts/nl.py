"""What backcare writes in Dutch: the nudges and the exercises' names and steps."""

from __future__ import annotations

from typing import Final

MESSAGES: Final[dict[str, str]] = {
    "stand_title": "Tijd om op te staan",
    "stand_message": (
        "Je zit al {bout} min. Sta op en beweeg een minuut: {name}. {steps}"
    ),
    "sit_title": "Tijd om te zitten of te bewegen",
    "sit_message": (
        "Je staat al {spell} min. Ga zitten, of beweeg een beetje: {name}. {steps}"
    ),
    "move_title": "Beweegpauze: {name}",
    "move_message": "{at_desk} min aan het bureau zonder pauze. {steps}",
    "stretch_title": "Avondstretch: {name}",
    "stretch_message": "Je hebt vandaag {seated} min gezeten. {steps}",
    "core_title": "Core in de ochtend: {name}",
    "core_message": "{steps}",
    "posture_title": "Houding: {name}",
    "posture_message": "{steps}",
    "snooze": "Snooze",
    "raise_desk": "Bureau omhoog",
    "lower_desk": "Bureau omlaag",
    "done": "Gedaan",
    "answer_hint": (
        "Antwoord met **Gedaan** of **Snooze** op de apparaatpagina van de werkplek, "
        "of met de knoppen op je dashboard."
    ),
    # The guided routines: the notification button, the routine sensor and each step.
    "start_routine": "Routine starten",
    "routine_idle": "Geen routine",
    "side_left": "linkerkant",
    "side_right": "rechterkant",
    "routine_step_side": "{name}, {side}",
    "routine_instruction": "{name}. {instruction}",
    "routine_instruction_side": "{name}, {side}. {instruction}",
}

EXERCISES: Final[dict[str, tuple[str, tuple[str, ...]]]] = {
    "stand_and_march": (
        "Opstaan en marcheren",
        (
            "Sta op en stap weg van je stoel.",
            "Marcheer 30 seconden op de plaats en til je knieën tot heuphoogte.",
            "Rol je schouders tien keer naar achteren en blijf daarna staan.",
        ),
    ),
    "stand_and_reach": (
        "Opstaan en reiken",
        (
            "Sta op met je voeten op heupbreedte.",
            "Reik met beide armen boven je hoofd en kom op je tenen, zak dan weer: tien keer.",
            "Loop naar het raam of de deur en terug.",
        ),
    ),
    "stand_and_walk": (
        "Opstaan en lopen",
        (
            "Sta op en loop een minuut: haal water of neem de trap.",
            "Laat je armen meezwaaien en adem door je neus.",
        ),
    ),
    "calf_raises": (
        "Kuitheffingen",
        (
            "Sta rechtop met je handen op het bureau.",
            "Kom op je tenen, wacht even en zak langzaam: vijftien keer.",
            "Ga daarna zitten, of loop nog even een stukje.",
        ),
    ),
    "weight_shifts": (
        "Gewicht verplaatsen",
        (
            "Sta met je voeten op heupbreedte, knieën licht gebogen.",
            "Verplaats je gewicht langzaam van de ene voet naar de andere, tien keer naar elke kant.",
            "Rol je schouders naar achteren en laat je armen losjes hangen.",
        ),
    ),
    "sit_walk": (
        "Eerst lopen, dan zitten",
        (
            "Loop een minuut rond: haal water of neem de trap.",
            "Ga daarna zitten en zet het bureau een tijdje lager.",
        ),
    ),
    "bird_dog": (
        "Bird-dog",
        (
            "Ga op handen en knieën zitten, handen onder je schouders, knieën onder je heupen.",
            "Strek je rechterarm naar voren en je linkerbeen naar achteren, met een vlakke rug.",
            "Wacht één ademhaling, kom terug en wissel van kant.",
            "Doe acht langzame herhalingen per kant.",
        ),
    ),
    "cat_cow": (
        "Kat-koe",
        (
            "Ga op handen en knieën zitten met een neutrale rug.",
            "Laat bij het inademen je buik zakken en til je borst en stuitje op.",
            "Maak bij het uitademen je rug bol richting het plafond en trek je kin in.",
            "Beweeg tien langzame ademhalingen lang vloeiend tussen de twee.",
        ),
    ),
    "dead_bug": (
        "Dead bug",
        (
            "Ga op je rug liggen, armen naar het plafond, knieën 90 graden gebogen.",
            "Druk je onderrug zachtjes tegen de vloer.",
            "Laat je rechterarm en linkerbeen naar de vloer zakken en kom terug.",
            "Wissel af, acht langzame herhalingen per kant.",
        ),
    ),
    "hip_hinge": (
        "Heupscharnier",
        (
            "Sta met je voeten op heupbreedte en je knieën licht gebogen.",
            "Duw je heupen naar achteren met een lange rug, tot je je hamstrings voelt.",
            "Span je bilspieren aan om weer rechtop te komen.",
            "Herhaal twaalf keer, langzaam.",
        ),
    ),
    "short_walk": (
        "Korte wandeling",
        (
            "Verlaat je bureau en loop drie minuten stevig door.",
            "Neem de trap als die er is.",
        ),
    ),
    "open_book": (
        "Open-boekrotaties",
        (
            "Ga op je zij liggen, knieën gebogen, armen gestrekt voor je.",
            "Zwaai je bovenste arm naar de andere kant en volg je hand met je ogen.",
            "Kom langzaam terug; acht keer per kant.",
        ),
    ),
    "glute_bridge": (
        "Bilbrug",
        (
            "Ga op je rug liggen met gebogen knieën en je voeten plat op de grond.",
            "Span je bilspieren aan en til je heupen op tot knieën, heupen en schouders op één lijn liggen.",
            "Zak langzaam terug; twaalf herhalingen.",
        ),
    ),
    "hip_circles": (
        "Heupcirkels staand",
        (
            "Sta met je handen op je heupen en je voeten op schouderbreedte.",
            "Maak grote, langzame cirkels met je heupen, tien keer in elke richting.",
            "Sluit af met tien rustige rompdraaiingen.",
        ),
    ),
    "evening_stretch": (
        "Avondstretchroutine",
        (
            "Heupbuigers: halfgeknielde uitvalspas, kantel je bekken naar achteren, 30 seconden per kant.",
            "Hamstrings: één hiel op een lage trede, buig vanuit je heupen naar voren met een lange rug, 30 seconden per kant.",
            "Bilspieren: figuur-4-stretch op je rug, 30 seconden per kant.",
            "Borstwervelkolom: rol je bovenrug één minuut over een foamroller, armen gekruist.",
            "Sluit af met vijf langzame ademhalingen, liggend.",
        ),
    ),
    "evening_mobility_flow": (
        "Mobiliteitsflow voor de avond",
        (
            "Heupbuigers: couch stretch met je achterste knie tegen een muur, 30 seconden per kant.",
            "Hamstrings: lig op je rug, één been omhoog met een band, 30 seconden per kant.",
            "Bilspieren: duifhouding of een figuur-4 zittend, 30 seconden per kant.",
            "Borstwervelkolom: foamroller dwars onder je bovenrug, tien langzame extensies.",
            "Kindhouding, vijf langzame ademhalingen lang.",
        ),
    ),
    "morning_core": (
        "Core-activatie in de ochtend",
        (
            "Ga op je rug liggen, knieën gebogen, één hand op je borst en één op je buik.",
            "Buikademhaling: adem door je neus in naar de hand op je buik, tien ademhalingen.",
            "Bekkenkantelingen: druk je onderrug zachtjes plat tegen de vloer en laat weer los, vijftien keer.",
            "Houd je rug vijf langzame ademhalingen lang plat tegen de vloer om je diepe core wakker te maken.",
        ),
    ),
    "core_wake_up": (
        "Core wakker maken tegen de muur",
        (
            "Sta met je rug tegen een muur, voeten een stap ervandaan, knieën licht gebogen.",
            "Buikademhaling: tien langzame ademhalingen die je onderste ribben verbreden.",
            "Bekkenkantelingen: druk je onderrug tegen de muur en laat weer los, vijftien keer.",
            "Marcheer langzaam op de plaats met je rug tegen de muur, tien stappen.",
        ),
    ),
    "sit_tall": (
        "Rechtop zitten",
        ("Laat je kruin naar het plafond groeien.",),
    ),
    "shoulders_back": (
        "Schouders naar achteren",
        ("Rol je schouders omhoog, naar achteren en omlaag, en laat ze rusten.",),
    ),
    "pelvis_neutral": (
        "Bekken neutraal",
        ("Zit op je zitbotten, bekken rechtop, niet naar achteren gekanteld.",),
    ),
    "belly_breath": (
        "Een ademhaling in je buik",
        ("Adem langzaam in naar je buik en kom rechtop bij het uitademen.",),
    ),
    # The steps of the guided routines.
    "belly_breathing": (
        "Buikademhaling",
        (
            "Ga op je rug liggen, knieën gebogen, een hand op je borst en een op je buik.",
            "Adem langzaam in door je neus zodat alleen de hand op je buik omhoog gaat.",
            "Adem langzaam uit door je mond; ga een minuut zo door.",
        ),
    ),
    "pelvic_tilt": (
        "Bekkenkantelingen",
        (
            "Ga op je rug liggen met gebogen knieën en je voeten plat.",
            "Druk je onderrug zacht tegen de vloer en laat weer los.",
            "Herhaal tien keer langzaam en adem uit terwijl je aandrukt.",
        ),
    ),
    "dead_bug_leg_extension": (
        "Dead bug met beenstrekking",
        (
            "Ga op je rug liggen, armen naar het plafond, knieën in een hoek van 90 graden.",
            "Houd je onderrug op de vloer en strek een been uit net boven de vloer terwijl de andere arm boven je hoofd gaat.",
            "Terug en wisselen; acht langzame herhalingen per kant.",
        ),
    ),
    "side_plank": (
        "Zijplank",
        (
            "Ga op je zij liggen met je elleboog onder je schouder, knieën gebogen of benen gestrekt.",
            "Til je heupen op tot je lichaam een rechte lijn vormt en houd 20 seconden vast.",
            "Zak langzaam terug en wissel van kant.",
        ),
    ),
    "hip_flexor_stretch": (
        "Heupbuigerstretch",
        (
            "Kniel op een knie, de andere voet plat voor je.",
            "Kantel je bekken naar achteren en schuif zacht naar voren tot de voorkant van je heup rekt.",
            "Houd 30 seconden vast en wissel dan van kant.",
        ),
    ),
    "glute_stretch": (
        "Bilstretch",
        (
            "Ga op je rug liggen en leg een enkel over de andere knie.",
            "Trek het onderste been zacht naar je borst tot je bil rekt.",
            "Houd 30 seconden vast en wissel dan van kant.",
        ),
    ),
    "hamstring_stretch": (
        "Hamstringstretch",
        (
            "Zet een hiel op een lage trede, been gestrekt.",
            "Buig met een lange rug vanuit je heupen naar voren tot de achterkant van je dij rekt.",
            "Houd 30 seconden vast en wissel dan van kant.",
        ),
    ),
    "thoracic_rotation": (
        "Rotaties van de borstwervels",
        (
            "Ga op handen en knieën zitten en leg een hand achter je hoofd.",
            "Draai die elleboog naar het plafond, kijk hem na, en weer terug.",
            "Acht langzame rotaties per kant.",
        ),
    ),
    "child_pose": (
        "Kindhouding",
        (
            "Kniel en ga op je hielen zitten.",
            "Strek je armen naar voren op de vloer en leg je voorhoofd neer.",
            "Adem 45 seconden langzaam in je rug.",
        ),
    ),
    "foam_rolling": (
        "Foamrollen",
        (
            "Ga liggen met een foamroller dwars onder je bovenrug, handen achter je hoofd.",
            "Rol een minuut langzaam op en neer tussen je schouderbladen.",
            "Geen roller? Blijf dan op je rug liggen en adem rustig.",
        ),
    ),
}

ROUTINE_STEPS: Final[dict[str, str]] = {
    "belly_breathing": "Ga op je rug liggen, knieën gebogen, een hand op je buik. Adem {seconds} seconden langzaam in je buik.",
    "pelvic_tilt": "Op je rug met gebogen knieën: druk je onderrug zacht tegen de vloer en laat weer los. {count} keer.",
    "dead_bug": "Op je rug, armen omhoog, knieën gebogen: laat het been aan deze kant en de andere arm langzaam zakken en kom terug. {count} keer.",
    "dead_bug_leg_extension": "Op je rug, armen omhoog, knieën gebogen: strek het been aan deze kant net boven de vloer uit, de andere arm boven je hoofd, en kom terug. {count} keer.",
    "side_plank": "Ga op deze kant liggen, elleboog onder je schouder, en til je heupen in een rechte lijn. Houd {seconds} seconden vast.",
    "hip_flexor_stretch": "Kniel op de knie aan deze kant, kantel je bekken naar achteren en schuif zacht naar voren. Houd {seconds} seconden vast.",
    "glute_stretch": "Op je rug: leg de enkel aan deze kant over de andere knie en trek zacht naar je toe. Houd {seconds} seconden vast.",
    "hamstring_stretch": "De hiel aan deze kant op een lage trede, been gestrekt: buig met een lange rug naar voren. Houd {seconds} seconden vast.",
    "thoracic_rotation": "Op handen en knieën, de hand aan deze kant achter je hoofd: draai de elleboog naar het plafond en terug. {count} keer.",
    "child_pose": "Kniel, ga op je hielen zitten en strek je armen naar voren op de vloer. Adem {seconds} seconden langzaam.",
    "foam_rolling": "Met een foamroller dwars onder je bovenrug: rol {seconds} seconden langzaam. Geen roller? Rust en adem.",
    "cat_cow": "Op handen en knieën: maak je rug bol bij het uitademen en laat je buik zakken bij het inademen. {count} keer.",
    "bird_dog": "Op handen en knieën: strek de arm aan deze kant naar voren en het andere been naar achteren, even vasthouden, terug. {count} keer.",
    "open_book": "Lig op de andere kant, knieën gebogen: open de arm aan deze kant wijd en terug, je ogen volgen je hand. {count} keer.",
    "hip_circles": "Staand, handen op je heupen: maak grote langzame cirkels met je heupen, halverwege de andere kant op. {count} cirkels.",
    "glute_bridge": "Op je rug, knieën gebogen: span je billen aan, til je heupen op en laat ze langzaam zakken. {count} keer.",
}
