# Waymark: Deutsch. Einfache Worte, kurze Sätze, freundlich und ermutigend.
# Von der Oberfläche und von Rust (für Exporte) gemeinsam genutzt.

## App frame
app-name = Waymark
app-subtitle = Mein Lernplan
skip-link = Zum Hauptinhalt springen
nav-label = Bereiche des Plans
nav-goals = Meine Ziele
nav-settings = Einstellungen
save-saving = Wird gespeichert…
save-saved = Gespeichert
save-failed = Noch nicht gespeichert
start-failed-title = Waymark konnte nicht starten
open-failed-title = Waymark konnte deinen Plan nicht öffnen
open-failed-folder = Dein Plan liegt in diesem Ordner:

## Goals list
goals-title = Meine Ziele
goals-lede = Deine Hoffnungen und Lebensziele, in deinen eigenen Worten. Teile jedes Ziel in kleine Schritte. Du entscheidest, was wichtig ist. Du kannst deine Meinung jederzeit ändern.
goals-add = Ein Ziel hinzufügen
goals-empty-title = Wo möchtest du hin?
goals-empty-text = Ein Ziel kann alles sein, was du dir wünschst. Vielleicht möchtest du etwas Neues lernen, eine Freundschaft finden, dich zu Hause wohlfühlen oder wieder arbeiten oder einem Hobby nachgehen. Ob groß oder klein, es ist deins.
goals-group-active = Ziele, an denen ich arbeite
goals-group-paused = Ruht gerade
goals-group-achieved = Ziele, die ich erreicht habe
goals-group-let_go = Ziele, die ich losgelassen habe
goals-hoping-for = Erhofft bis { $date }
steps-summary-none = Noch keine Schritte
steps-summary = { $done } von { $total } Schritten erledigt
steps-summary-all = { $total ->
    [one] Der Schritt ist erledigt
   *[other] Alle { $total } Schritte erledigt
 }

## A goal's words
field-title = Mein Ziel
field-title-hint = In deinen eigenen Worten. Zum Beispiel: „Eine neue Freundschaft finden“.
field-why = Warum es mir wichtig ist
field-optional = (kann leer bleiben)
field-area = Lebensbereich
field-date = Ein Datum, das ich mir wünsche
field-date-optional = (wenn du möchtest)
field-date-hint = Zum Beispiel: 30. Juni 2027. Du kannst es auch leer lassen.
field-date-hint-required = Zum Beispiel: 12. Januar 2027.
field-day = Tag
field-month = Monat
field-year = Jahr
field-month-none = —

## Adding a goal
new-goal-title = Ein neues Ziel
new-goal-restored = Wir haben aufbewahrt, was du zuletzt geschrieben hast.
new-goal-start-again = Mit einer leeren Seite neu beginnen
new-goal-save = Mein Ziel speichern
new-goal-close = Vorerst schließen
new-goal-close-hint = Wenn du das schließt, bewahrt Waymark deinen Text für das nächste Mal auf.

## One goal
goal-back = Alle meine Ziele
goal-about = Über dieses Ziel
goal-autosave = Änderungen werden beim Schreiben gespeichert.
goal-status-title = Wo dieses Ziel gerade steht
status-active = Ich arbeite daran
status-active-hint = Das ist gerade eines meiner Ziele.
status-paused = Ruht gerade
status-paused-hint = Ich komme darauf zurück, wenn die Zeit passt.
status-achieved = Erreicht
status-achieved-hint = Ich habe es geschafft.
status-let_go = Losgelassen
status-let_go-hint = Es passt nicht mehr zu mir, und das ist in Ordnung.
goal-remove = Dieses Ziel entfernen…
goal-remove-group = Dieses Ziel entfernen
goal-remove-confirm = { $steps ->
    [0] „{ $title }“ aus deinem Plan entfernen?
    [one] „{ $title }“ und seinen Schritt aus deinem Plan entfernen?
   *[other] „{ $title }“ und seine { $steps } Schritte aus deinem Plan entfernen?
 } Das kann nicht rückgängig gemacht werden. Wenn du vielleicht darauf zurückkommst, kannst du stattdessen „Ruht gerade“ wählen.
goal-remove-yes = Ja, dieses Ziel entfernen
goal-keep = Behalten

## Steps
steps-title = Kleine Schritte
steps-empty = Kleine Schritte machen ein großes Ziel leichter. Was ist ein kleiner erster Schritt?
step-add = Einen kleinen Schritt hinzufügen
step-add-button = Schritt hinzufügen
step-done = erledigt
step-move-up = Nach oben: { $step }
step-move-down = Nach unten: { $step }
step-change = Ändern
step-change-label = Diesen Schritt ändern
step-remove = Entfernen
step-remove-group = Diesen Schritt entfernen?
step-remove-yes = Ja, entfernen
step-keep = Behalten
step-save = Speichern
step-cancel = Abbrechen

## Settings
settings-title = Einstellungen
settings-lede = Mach Waymark leichter zu lesen und zu benutzen. Änderungen gelten sofort und bleiben für das nächste Mal.
settings-language = Sprache
settings-language-system = Wie auf meinem Computer
settings-text-size = Schriftgröße
settings-text-size-hint = Mach die Schrift größer oder kleiner.
settings-text-size-value = { $size } %
settings-theme = Farben
settings-theme-light = Hell
settings-theme-dark = Dunkel
settings-theme-high_contrast = Hoher Kontrast
settings-easy-reading = Leichter lesen
settings-easy-reading-hint = Eine Schrift, die viele Menschen mit Legasthenie leichter lesen, mit mehr Abstand zwischen Buchstaben und Zeilen.
settings-reduce-motion = Weniger Bewegung
settings-reduce-motion-hint = Bewegte Effekte ausschalten.
settings-preview = So sieht dein Text aus.

## Messages about what the student entered
error-title-empty = Bitte beschreibe dein Ziel in ein paar eigenen Worten.
error-title-too_long = Das ist ziemlich lang für ein Ziel. Bitte bleib unter { $max } Zeichen. Mehr kannst du unter „Warum es mir wichtig ist“ schreiben.
error-step_text-empty = Bitte schreib ein paar Worte für diesen Schritt.
error-step_text-too_long = Das ist ziemlich lang für einen Schritt. Bitte bleib unter { $max } Zeichen oder teile ihn in zwei Schritte.
error-too_long = Das ist mehr, als Waymark hier aufbewahren kann. Bitte bleib unter { $max } Zeichen.
error-life_area = Bitte wähle einen Lebensbereich aus der Liste.
error-status = Bitte wähle, wo dieses Ziel gerade steht.
error-target_date = Dieses Datum sieht nicht richtig aus. Bitte gib Tag, Monat und Jahr an oder lass alle drei leer.
error-language = Bitte wähle eine Sprache aus der Liste.
error-text_size = Bitte wähle eine Schriftgröße von 100 % bis 200 %.
error-text = Waymark konnte diesen Text nicht aufbewahren. Bitte versuch es noch einmal.

## Messages about the plan
error-invalid = Hier braucht es eine kleine Änderung.
error-not_found = Waymark konnte das nicht finden. Vielleicht wurde es entfernt.
error-plan_too_new = Dein Plan wurde mit einem neueren Waymark gespeichert. Bitte aktualisiere Waymark, um ihn zu öffnen. Dein Plan wurde nicht verändert.
error-not_a_plan = Das ist kein Waymark-Plan, oder er ist zu beschädigt zum Öffnen. Er wurde nicht verändert.
error-plan_damaged = Waymark hat einen Schaden in deiner Plan-Datei gefunden. Es hat vorher angehalten und nichts verändert; die Datei ist genau so wie vorher.
error-storage = Waymark konnte gerade nicht speichern. Dein Text ist noch da. Bitte versuch es noch einmal.
error-store_unavailable = Waymark konnte deinen Plan nicht öffnen.
error-internal = In Waymark ist etwas schiefgegangen. Dein Plan ist unverändert. Bitte versuch es noch einmal.

## Life areas
area-learning = Lernen und Fähigkeiten
area-work = Arbeit und Ehrenamt
area-relationships = Freundschaft, Familie und Beziehungen
area-home = Zuhause
area-money = Geld
area-creativity = Kreativität und Hobbys
area-community = Gemeinschaft und Zugehörigkeit
area-looking_after_me = Gut für mich sorgen
area-hopes = Hoffnungen und Träume

## Courses
nav-courses = Kurse
courses-title = Kurse
courses-lede = Kurse aus dem Programm deines Colleges und Kurse, die du selbst hinzufügst. Wähle, was dich interessiert, und verbinde Kurse mit deinen Zielen.
courses-empty-title = Noch keine Kurse
courses-empty-text = Importiere das Kursprogramm deines Colleges, um seine Kurse zu sehen. Du kannst auch zuerst das Beispielprogramm ausprobieren.
courses-import = Ein Kursprogramm importieren…
courses-sample = Das Beispielprogramm ausprobieren
courses-search = Einen Kurs finden
courses-search-hint = Wörter aus dem Titel, der Beschreibung oder dem, was du lernst.
courses-filter-category = Thema
courses-filter-delivery = Wie der Kurs stattfindet
courses-filter-term = Semester
courses-filter-any = Alle
courses-filter-mine = Nur Kurse, die ich gewählt habe
courses-sort = Sortieren nach
courses-sort-title = Titel
courses-sort-start_date = Beginn
courses-count = { $count ->
    [0] Kein Kurs passt. Versuch es mit weniger Wörtern oder Filtern.
    [one] Ein Kurs
   *[other] { $count } Kurse
 }
delivery-in_person = Vor Ort
delivery-online = Online
delivery-both = Vor Ort und online
course-starts = Beginnt am { $date }
course-sessions = { $count ->
    [one] Ein Termin
   *[other] { $count } Termine
 }
choice-none = Nicht gewählt
choice-interested = Interessiert
choice-enrolled = Angemeldet
choice-attending = Nehme teil
choice-completed = Abgeschlossen
choice-withdrawn = Abgemeldet
course-back = Alle Kurse
course-about = Über diesen Kurs
course-learn = Was du lernst
course-when = Wann und wo
course-tutors = Kursleitung
course-term = Semester
course-my-choice = Meine Wahl
course-goals = Ziele, zu denen dieser Kurs passt
course-goals-none = Dieser Kurs ist noch mit keinem Ziel verbunden.
course-link-goal = Ziel
course-link-why = Dieser Kurs hilft mir bei…
course-link = Mit diesem Ziel verbinden
course-unlink = Verbindung lösen
course-attendance = Termine
course-attendance-none = Noch keine Termine eingetragen.
course-attendance-hint = Trag jeden Termin ein: teilgenommen, verpasst oder ausgefallen. Einen Termin zu verpassen ist in Ordnung.
attendance-attended = Teilgenommen
attendance-missed = Verpasst
attendance-cancelled = Ausgefallen
attendance-state = Wie es war
attendance-date = Datum des Termins
attendance-note = Eine kurze Notiz (wenn du möchtest)
attendance-record = Diesen Termin eintragen
attendance-summary = { $attended } teilgenommen, { $missed } verpasst, { $cancelled } ausgefallen
goal-courses = Kurse für dieses Ziel
goal-courses-none = Mit diesem Ziel ist noch kein Kurs verbunden. Du kannst einen Kurs auf seiner Seite unter Kurse verbinden.

courses-filter-from = Beginnt am oder nach dem
courses-filter-to = Beginnt am oder vor dem
own-course-add = Einen eigenen Kurs hinzufügen
own-course-title = Ein eigener Kurs
own-course-hint = Ein Kurs in der Nachbarschaft, ein Abendkurs, alles, was du lernst.
own-course-name = Name des Kurses
own-course-where = Wo (wenn du möchtest)
own-course-start = Wann er beginnt
own-course-save = Diesen Kurs speichern
own-course-cancel = Abbrechen

## Importing a prospectus
import-title = Ein Kursprogramm importieren
import-found = { $count ->
    [one] Waymark hat einen Kurs gefunden.
   *[other] Waymark hat { $count } Kurse gefunden.
 }
import-format = Gelesen als { $format }.
import-first = Die ersten Kurse:
import-skipped-title = Ausgelassene Zeilen
import-unknown = Diese Spalten wurden nicht verwendet: { $columns }
import-confirm = { $count } Kurse importieren
import-cancel = Jetzt nicht
import-done = { $added } neu, { $updated } aktualisiert, { $unchanged } unverändert.
import-nothing-written = Nichts wird gespeichert, bevor du den Import wählst.
skip-no_title = Zeile { $row }: kein Kurstitel.
skip-too_long = Zeile { $row }: { $column } ist zu lang (mehr als { $max } Zeichen).
skip-bad_date = Zeile { $row }: „{ $value }“ ist kein Datum, das Waymark versteht.
skip-bad_number = Zeile { $row }: „{ $value }“ ist keine Anzahl von Terminen.
skip-formula = Zeile { $row }: { $column } sieht aus wie eine Tabellenformel. Zu deiner Sicherheit wurde die Zeile ausgelassen.
skip-duplicate_code = Zeile { $row }: die Kursnummer { $code } steht zweimal in der Datei.
error-bad_file = Waymark konnte diese Datei nicht lesen. Nichts wurde verändert.
file-empty = Diese Datei ist leer. Nichts wurde verändert.
file-too_large = Diese Datei ist zu groß für ein Kursprogramm (mehr als { $max_mb } MB). Nichts wurde verändert.
file-too_many_courses = Dieses Kursprogramm hat mehr als { $max } Kurse. Bitte teile es in kleinere Dateien.
file-not_text = Das ist keine Kursprogramm-Datei. Bitte speichere sie in deiner Tabelle als CSV.
file-no_title_column = Waymark hat keine Spalte für den Kurstitel gefunden. Bitte nenne eine Spalte „Titel“.
file-bad_json = Diese Datei ist kein Waymark-Kursprogramm. Nichts wurde verändert.
file-bad_csv = Waymark konnte diese CSV-Datei nicht lesen. Nichts wurde verändert.
error-choice = Bitte wähle eine der Möglichkeiten aus der Liste.
error-attendance = Bitte wähle teilgenommen, verpasst oder ausgefallen.
