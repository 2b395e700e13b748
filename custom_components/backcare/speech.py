"""What backcare says through Assist, in each language it speaks.

Home Assistant's translation files have no place for an intent's spoken answers, so
they live here: one catalogue per language with the same keys and placeholders, and
English for any other language.
"""

from __future__ import annotations

from typing import Final

from .texts import catalogue_language

SPEECH: Final[dict[str, dict[str, str]]] = {
    "en": {
        "minute_one": "{count} minute",
        "minute_other": "{count} minutes",
        "hour_one": "{count} hour",
        "hour_other": "{count} hours",
        "hours_and_minutes": "{hours} and {minutes}",
        "break_one": "{count} break",
        "break_other": "{count} breaks",
        "either": "{first} or {last}",
        "day": "Today at {workstation}: seated {seated}, standing {standing}, {breaks}.",
        "day_sitting": "You have been sitting for {bout}.",
        "day_standing": "You are standing.",
        "day_away": "Nobody is at the desk now.",
        "day_goal": "Standing goal: {standing} of {goal} minutes.",
        "day_goal_met": "Standing goal of {goal} minutes reached.",
        "day_next_nudge": "Next nudge at {time}.",
        "break_started": "Enjoy your break. Nudges wait {minutes}.",
        "snoozed": "Nudges snoozed for {minutes}.",
        "done": "Marked as done. Well done!",
        "nothing_to_answer": "There is no nudge to answer right now.",
        "raising": "Raising the desk.",
        "lowering": "Lowering the desk.",
        "no_workstation": "No backcare workstation is set up.",
        "unknown_workstation": "I don't know a workstation called {name}.",
        "which_workstation": "Which workstation do you mean: {names}?",
        "not_allowed": "You are not allowed to control {workstation}.",
        "no_desk": "{workstation} has no desk to move.",
        "desk_unoccupied": "Nobody is at {workstation}, so the desk stays where it is.",
        "desk_off_schedule": "The desk is not moved outside the schedule of {workstation}.",
        "desk_moving": "The desk is moving already.",
        "desk_failed": "The desk of {workstation} could not be moved.",
        "no_history": "Home Assistant keeps no history for {workstation}.",
        "routine_evening": "the evening stretch",
        "routine_core": "the morning core",
        "routine_mobility": "the mobility routine",
        "routine_started": "Starting {routine}. Follow the steps.",
        "routine_stopped": "Routine stopped.",
        "no_routine": "No routine is running.",
        "which_routine": "Which routine: {names}?",
    },
    "de": {
        "minute_one": "{count} Minute",
        "minute_other": "{count} Minuten",
        "hour_one": "{count} Stunde",
        "hour_other": "{count} Stunden",
        "hours_and_minutes": "{hours} und {minutes}",
        "break_one": "{count} Pause",
        "break_other": "{count} Pausen",
        "either": "{first} oder {last}",
        "day": "Heute an {workstation}: {seated} gesessen, {standing} gestanden, {breaks}.",
        "day_sitting": "Du sitzt seit {bout}.",
        "day_standing": "Du stehst gerade.",
        "day_away": "Gerade ist niemand am Schreibtisch.",
        "day_goal": "Stehziel: {standing} von {goal} Minuten.",
        "day_goal_met": "Stehziel von {goal} Minuten erreicht.",
        "day_next_nudge": "Nächster Hinweis um {time}.",
        "break_started": "Gute Pause! Die Hinweise warten {minutes}.",
        "snoozed": "Hinweise für {minutes} zurückgestellt.",
        "done": "Als erledigt markiert. Gut gemacht!",
        "nothing_to_answer": "Gerade gibt es keinen Hinweis zu beantworten.",
        "raising": "Der Schreibtisch fährt hoch.",
        "lowering": "Der Schreibtisch fährt herunter.",
        "no_workstation": "Es ist kein backcare-Arbeitsplatz eingerichtet.",
        "unknown_workstation": "Ich kenne keinen Arbeitsplatz namens {name}.",
        "which_workstation": "Welchen Arbeitsplatz meinst du: {names}?",
        "not_allowed": "Du darfst {workstation} nicht steuern.",
        "no_desk": "{workstation} hat keinen Schreibtisch zum Bewegen.",
        "desk_unoccupied": "Niemand ist an {workstation}, der Schreibtisch bleibt, wo er ist.",
        "desk_off_schedule": "Außerhalb des Zeitplans von {workstation} wird der Schreibtisch nicht bewegt.",
        "desk_moving": "Der Schreibtisch bewegt sich schon.",
        "desk_failed": "Der Schreibtisch von {workstation} ließ sich nicht bewegen.",
        "no_history": "Home Assistant speichert keinen Verlauf für {workstation}.",
        "routine_evening": "das Dehnen am Abend",
        "routine_core": "das Rumpftraining am Morgen",
        "routine_mobility": "die Mobilitätsroutine",
        "routine_started": "Ich starte {routine}. Folge den Schritten.",
        "routine_stopped": "Routine beendet.",
        "no_routine": "Gerade läuft keine Routine.",
        "which_routine": "Welche Routine: {names}?",
    },
    "nl": {
        "minute_one": "{count} minuut",
        "minute_other": "{count} minuten",
        "hour_one": "{count} uur",
        "hour_other": "{count} uur",
        "hours_and_minutes": "{hours} en {minutes}",
        "break_one": "{count} pauze",
        "break_other": "{count} pauzes",
        "either": "{first} of {last}",
        "day": "Vandaag aan {workstation}: {seated} gezeten, {standing} gestaan, {breaks}.",
        "day_sitting": "Je zit nu {bout}.",
        "day_standing": "Je staat nu.",
        "day_away": "Er is nu niemand aan het bureau.",
        "day_goal": "Stadoel: {standing} van {goal} minuten.",
        "day_goal_met": "Stadoel van {goal} minuten gehaald.",
        "day_next_nudge": "Volgende herinnering om {time}.",
        "break_started": "Fijne pauze! De herinneringen wachten {minutes}.",
        "snoozed": "Herinneringen {minutes} uitgesteld.",
        "done": "Gemarkeerd als gedaan. Goed bezig!",
        "nothing_to_answer": "Er is nu geen herinnering om te beantwoorden.",
        "raising": "Het bureau gaat omhoog.",
        "lowering": "Het bureau gaat omlaag.",
        "no_workstation": "Er is geen backcare-werkplek ingesteld.",
        "unknown_workstation": "Ik ken geen werkplek met de naam {name}.",
        "which_workstation": "Welke werkplek bedoel je: {names}?",
        "not_allowed": "Je mag {workstation} niet bedienen.",
        "no_desk": "{workstation} heeft geen bureau om te bewegen.",
        "desk_unoccupied": "Er is niemand aan {workstation}, dus het bureau blijft staan.",
        "desk_off_schedule": "Buiten het schema van {workstation} beweegt het bureau niet.",
        "desk_moving": "Het bureau beweegt al.",
        "desk_failed": "Het bureau van {workstation} kon niet bewegen.",
        "no_history": "Home Assistant bewaart geen geschiedenis voor {workstation}.",
        "routine_evening": "de avondstretch",
        "routine_core": "de ochtendcore",
        "routine_mobility": "de mobiliteitsroutine",
        "routine_started": "Ik start {routine}. Volg de stappen.",
        "routine_stopped": "Routine gestopt.",
        "no_routine": "Er loopt geen routine.",
        "which_routine": "Welke routine: {names}?",
    },
    "fr": {
        "minute_one": "{count} minute",
        "minute_other": "{count} minutes",
        "hour_one": "{count} heure",
        "hour_other": "{count} heures",
        "hours_and_minutes": "{hours} et {minutes}",
        "break_one": "{count} pause",
        "break_other": "{count} pauses",
        "either": "{first} ou {last}",
        "day": "Aujourd'hui à {workstation} : assis {seated}, debout {standing}, {breaks}.",
        "day_sitting": "Vous êtes assis depuis {bout}.",
        "day_standing": "Vous êtes debout.",
        "day_away": "Personne n'est au bureau en ce moment.",
        "day_goal": "Objectif debout : {standing} sur {goal} minutes.",
        "day_goal_met": "Objectif debout de {goal} minutes atteint.",
        "day_next_nudge": "Prochain rappel à {time}.",
        "break_started": "Bonne pause ! Les rappels attendent {minutes}.",
        "snoozed": "Rappels reportés de {minutes}.",
        "done": "C'est noté comme fait. Bravo !",
        "nothing_to_answer": "Il n'y a aucun rappel à traiter pour le moment.",
        "raising": "Le bureau monte.",
        "lowering": "Le bureau descend.",
        "no_workstation": "Aucun poste de travail backcare n'est configuré.",
        "unknown_workstation": "Je ne connais aucun poste de travail nommé {name}.",
        "which_workstation": "De quel poste de travail parlez-vous : {names} ?",
        "not_allowed": "Vous n'avez pas le droit de commander {workstation}.",
        "no_desk": "{workstation} n'a pas de bureau à déplacer.",
        "desk_unoccupied": "Personne n'est à {workstation}, le bureau reste en place.",
        "desk_off_schedule": "Le bureau ne bouge pas en dehors des horaires de {workstation}.",
        "desk_moving": "Le bureau est déjà en mouvement.",
        "desk_failed": "Le bureau de {workstation} n'a pas pu bouger.",
        "no_history": "Home Assistant ne conserve aucun historique pour {workstation}.",
        "routine_evening": "les étirements du soir",
        "routine_core": "le gainage du matin",
        "routine_mobility": "la routine de mobilité",
        "routine_started": "Je lance {routine}. Suivez les étapes.",
        "routine_stopped": "Routine arrêtée.",
        "no_routine": "Aucune routine n'est en cours.",
        "which_routine": "Quelle routine : {names} ?",
    },
    "es": {
        "minute_one": "{count} minuto",
        "minute_other": "{count} minutos",
        "hour_one": "{count} hora",
        "hour_other": "{count} horas",
        "hours_and_minutes": "{hours} y {minutes}",
        "break_one": "{count} pausa",
        "break_other": "{count} pausas",
        "either": "{first} o {last}",
        "day": "Hoy en {workstation}: sentado {seated}, de pie {standing}, {breaks}.",
        "day_sitting": "Llevas sentado {bout}.",
        "day_standing": "Ahora estás de pie.",
        "day_away": "Ahora no hay nadie en el escritorio.",
        "day_goal": "Objetivo de pie: {standing} de {goal} minutos.",
        "day_goal_met": "Objetivo de pie de {goal} minutos cumplido.",
        "day_next_nudge": "Próximo aviso a las {time}.",
        "break_started": "¡Buen descanso! Los avisos esperan {minutes}.",
        "snoozed": "Avisos pospuestos {minutes}.",
        "done": "Marcado como hecho. ¡Bien hecho!",
        "nothing_to_answer": "Ahora no hay ningún aviso que responder.",
        "raising": "Subiendo el escritorio.",
        "lowering": "Bajando el escritorio.",
        "no_workstation": "No hay ningún puesto de trabajo de backcare configurado.",
        "unknown_workstation": "No conozco ningún puesto de trabajo llamado {name}.",
        "which_workstation": "¿Qué puesto de trabajo quieres decir: {names}?",
        "not_allowed": "No tienes permiso para controlar {workstation}.",
        "no_desk": "{workstation} no tiene un escritorio que mover.",
        "desk_unoccupied": "No hay nadie en {workstation}, así que el escritorio se queda como está.",
        "desk_off_schedule": "El escritorio no se mueve fuera del horario de {workstation}.",
        "desk_moving": "El escritorio ya se está moviendo.",
        "desk_failed": "El escritorio de {workstation} no se pudo mover.",
        "no_history": "Home Assistant no guarda historial de {workstation}.",
        "routine_evening": "los estiramientos de la noche",
        "routine_core": "el core de la mañana",
        "routine_mobility": "la rutina de movilidad",
        "routine_started": "Empiezo {routine}. Sigue los pasos.",
        "routine_stopped": "Rutina detenida.",
        "no_routine": "No hay ninguna rutina en marcha.",
        "which_routine": "¿Qué rutina: {names}?",
    },
}


def speech_language(language: str | None) -> str:
    """Return the spoken answers' language for a tag such as "de-CH": its own, or English."""
    return catalogue_language(language, SPEECH)


def say(language: str, key: str, **values: object) -> str:
    """Return the sentence `key` in `language` (a catalogue's), with its values."""
    return SPEECH[language][key].format(**values)


def _plural(language: str, count: int) -> str:
    # French counts 0 and 1 as singular; the other languages only 1.
    one = count < 2 if language == "fr" else count == 1
    return "one" if one else "other"


def counted(language: str, noun: str, count: int) -> str:
    """Return "1 break", "3 breaks" for `noun` (minute, hour, break) in `language`."""
    return say(language, f"{noun}_{_plural(language, count)}", count=count)


def duration(language: str, minutes: int) -> str:
    """Return whole minutes as spoken: "45 minutes", "2 hours and 5 minutes"."""
    hours, rest = divmod(minutes, 60)
    if not hours:
        return counted(language, "minute", rest)
    if not rest:
        return counted(language, "hour", hours)
    return say(
        language,
        "hours_and_minutes",
        hours=counted(language, "hour", hours),
        minutes=counted(language, "minute", rest),
    )


def either(language: str, names: list[str]) -> str:
    """Return "A, B or C" for a question that offers a choice."""
    return say(language, "either", first=", ".join(names[:-1]), last=names[-1])
