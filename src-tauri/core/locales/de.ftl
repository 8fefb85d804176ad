# Waymark: Deutsch. Einfache Worte, kurze Sätze, freundlich und ermutigend.
# Von der Oberfläche und von Rust (für Exporte) gemeinsam genutzt.

## App frame
app-name = Waymark
skip-link = Zum Hauptinhalt springen
nav-label = Bereiche des Plans
menu = Menü
nav-goals = Meine Ziele
nav-settings = Einstellungen
nav-help = Hilfe
save-saving = Wird gespeichert…
save-saved = Gespeichert
save-failed = Noch nicht gespeichert
close-held-title = Waymark bleibt geöffnet
close-held-body = Einiges von dem, was du geschrieben hast, konnte gerade nicht gespeichert werden. Deshalb hat sich Waymark nicht geschlossen. Deine Worte stehen noch hier auf dem Bildschirm.
close-held-next = Waymark versucht es weiter, während du schreibst. Wenn du es jetzt noch einmal schließt, sind diese Worte weg. Du kannst sie vorher an einen sicheren Ort kopieren.
start-failed-title = Waymark konnte nicht starten
open-failed-title = Waymark konnte deinen Plan nicht öffnen
screen-loading = Wird geöffnet…
screen-failed = Dieser Teil von Waymark ließ sich nicht öffnen. Bitte schließe Waymark und starte es neu: Dein Plan ist sicher.
open-failed-folder = Dein Plan liegt in diesem Ordner:

## Goals list
goals-title = Meine Ziele
goals-lede = Deine Hoffnungen und Lebensziele, in deinen eigenen Worten. Zerlege jedes Ziel in kleine Schritte. Du entscheidest, was wichtig ist. Du kannst deine Meinung jederzeit ändern.
goals-add = Ein Ziel hinzufügen
goals-empty-title = Wo möchtest du hin?
goals-empty-text = Ein Ziel kann alles sein, was du dir wünschst. Vielleicht möchtest du etwas Neues lernen, eine Freundschaft finden, dich zu Hause wohlfühlen, wieder arbeiten oder einem Hobby nachgehen. Ob groß oder klein, es ist deins.
goals-group-active = Ziele, an denen ich arbeite
goals-group-paused = Ziele, die gerade ruhen
goals-group-achieved = Ziele, die ich erreicht habe
goals-group-let_go = Ziele, die ich losgelassen habe
goals-hoping-for = Erhofft bis { $date }
steps-summary-none = Noch keine Schritte
steps-summary = { $done } von { $total ->
    [one] 1 Schritt
   *[other] { $total } Schritten
 } erledigt
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
 } Du kannst es 30 Tage lang unter „Zuletzt entfernt“ zurückholen. Wenn du vielleicht darauf zurückkommst, kannst du stattdessen „Ruht gerade“ wählen.
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
settings-easy-reading-hint = Eine Schrift, die manche Menschen leichter lesen, mit mehr Abstand zwischen Buchstaben und Zeilen.
settings-reduce-motion = Weniger Bewegung
settings-reduce-motion-hint = Bewegte Effekte ausschalten.
settings-preview = So sieht dein Text aus.

## Messages about what the student entered
error-title-empty = Bitte beschreibe dein Ziel in ein paar eigenen Worten.
error-title-too_long = Das ist ziemlich lang für ein Ziel. Bitte bleib unter { $max } Zeichen. Mehr kannst du unter „Warum es mir wichtig ist“ schreiben.
error-step_text-empty = Bitte schreib ein paar Worte für diesen Schritt.
error-step_text-too_long = Das ist ziemlich lang für einen Schritt. Bitte bleib unter { $max } Zeichen oder zerlege ihn in zwei Schritte.
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
error-plan_damaged = Waymark hat einen Schaden in deiner Plan-Datei gefunden. Waymark hat sofort aufgehört und nichts verändert. Die Datei ist genau so wie vorher.
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
choice-attending = Ich gehe hin
choice-completed = Abgeschlossen
choice-withdrawn = Ich gehe nicht mehr hin
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
goal-courses-none = Mit diesem Ziel ist noch kein Kurs verbunden. Du kannst einen Kurs auf seiner Seite unter „Kurse“ verbinden.

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

## The file types the open and save dialogs offer
dialog-plan-file = Waymark-Plan
dialog-feedback-file = Rückmeldung einer Begleitperson
dialog-phrases-file = Textbausteine für Rückmeldungen
dialog-prospectus = Kursprogramm (CSV oder JSON)
dialog-backup = Kopie meines Plans
dialog-move-file = Mein ganzer Plan, zum Umzug auf einen neuen Laptop
move-title = Meinen Plan auf einen neuen Laptop bringen
move-lede = Das geht in zwei Schritten: Speichere deinen ganzen Plan auf diesem Laptop und hol ihn dann auf dem neuen herein.
move-save-title = Auf diesem Laptop: meinen ganzen Plan speichern
move-save-lede = Das speichert alles in einer Datei: deine Ziele, deine Kurse, deine Rückblicke und alle deine Einträge im Tagebuch.
move-private = Diese Datei ist nur für dich. Deine privaten Einträge stehen darin, darum gib sie nicht deiner Begleitperson. Zum Teilen mit deiner Begleitperson nimm „Teilen“.
move-save = Meinen ganzen Plan speichern…
move-saved = Gespeichert als { $file }. Bring die Datei zum neuen Laptop, zum Beispiel auf einem USB-Stick. Sobald dein Plan dort ist, kannst du die Datei löschen.
move-in-title = Auf dem neuen Laptop: meinen Plan hereinholen
move-in-lede = Hol die Datei in Waymark, bevor du etwas einträgst. Sie kommt nur in ein leeres Waymark, damit nichts durcheinandergerät.
move-in = Meinen ganzen Plan hereinholen…
dialog-web-page = Webseite
dialog-pdf = PDF

## Importing a prospectus
import-title = Ein Kursprogramm importieren
import-found = { $count ->
    [one] Waymark hat einen Kurs gefunden.
   *[other] Waymark hat { $count } Kurse gefunden.
 }
import-first = Die ersten Kurse:
import-from = Von
import-support = Es nennt außerdem { $count ->
    [one] eine Stelle
   *[other] { $count } Stellen
 }, wo du Unterstützung findest. Du findest sie unter Hilfe.
import-some-left-out = { $count ->
    [one] Ein Kurs konnte nicht gelesen werden und wurde weggelassen.
   *[other] { $count } Kurse konnten nicht gelesen werden und wurden weggelassen.
 } Den Grund sieht das College unter „Angaben für das College“.
import-staff = Angaben für das College
import-read-csv = Gelesen als CSV-Datei, { $encoding }, Zellen getrennt durch { $separator ->
    [semicolon] Semikolons
    [tab] Tabulatoren
   *[comma] Kommas
 }.
import-read-json = Gelesen als Waymark-Kursprogramm (JSON).
import-none-left-out = Jede Zeile wurde gelesen.
import-support-left-out = { $count ->
    [one] Ein Kontakt wurde weggelassen: Er hat keinen Namen, oder ein Teil ist kein Text oder zu lang.
   *[other] { $count } Kontakte wurden weggelassen: Sie haben keinen Namen, oder ein Teil ist kein Text oder zu lang.
 }
import-done-added = { $count ->
    [one] Ein neuer Kurs steht jetzt in deiner Liste.
   *[other] { $count } neue Kurse stehen jetzt in deiner Liste.
 }
import-done-updated = { $count ->
    [one] Ein Kurs wurde auf den neuen Stand gebracht.
   *[other] { $count } Kurse wurden auf den neuen Stand gebracht.
 }
import-done-same = Deine Kurse waren schon auf dem neuen Stand.
import-done-support = Die Kontakte des Colleges für Unterstützung stehen unter Hilfe.
import-skipped-title = Ausgelassene Zeilen
import-unknown = Spalten, die Waymark nicht verwendet: { $columns }
import-confirm = { $count ->
    [one] Einen Kurs importieren
   *[other] { $count } Kurse importieren
 }
import-cancel = Jetzt nicht
import-nothing-written = Nichts wird gespeichert, bevor du den Import wählst.
skip-no_title = Zeile { $row }: kein Kurstitel.
skip-too_long = Zeile { $row }: { $column } ist zu lang (mehr als { $max } Zeichen).
skip-bad_date = Zeile { $row }: „{ $value }“ ist kein Datum, das Waymark versteht.
skip-bad_number = Zeile { $row }: „{ $value }“ ist keine Anzahl von Terminen.
skip-formula = Zeile { $row }: { $column } beginnt wie eine Tabellenformel, darum wurde diese Zeile weggelassen.
skip-duplicate_code = Zeile { $row }: die Kursnummer { $code } steht zweimal in der Datei.
error-bad_file = Waymark konnte diese Datei nicht lesen. Nichts wurde verändert.
file-empty = Diese Datei ist leer. Nichts wurde verändert.
file-too_large = Diese Datei ist zu groß für ein Kursprogramm (mehr als { $max_mb } MB). Nichts wurde verändert.
file-too_many_courses = Dieses Kursprogramm hat mehr als { $max } Kurse. Bitte verteile die Kurse auf kleinere Dateien.
file-not_text = Das ist keine Kursprogramm-Datei. Bitte speichere sie in deiner Tabelle als CSV.
file-no_title_column = Waymark hat keine Spalte für den Kurstitel gefunden. Bitte nenne eine Spalte „Titel“.
file-bad_json = Diese Datei ist kein Waymark-Kursprogramm. Nichts wurde verändert.
file-bad_csv = Waymark konnte diese CSV-Datei nicht lesen. Nichts wurde verändert.
error-choice = Bitte wähle eine der Möglichkeiten aus der Liste.
error-attendance = Bitte wähle teilgenommen, verpasst oder ausgefallen.

## Journal and reflections
nav-journal = Tagebuch
nav-about-me = Über mich
journal-title = Mein Tagebuch
journal-lede = Deine Einträge, die neuesten zuerst. Jeder bleibt privat, außer du hakst „Meine Begleitperson darf das sehen“ an.
journal-write = Einen Eintrag schreiben
journal-filters = Nur einige Einträge zeigen
journal-any = Alle
journal-from = Geschrieben ab
journal-to = Geschrieben bis
journal-shareable-only = Nur die, die meine Begleitperson sehen darf
journal-clear = Alle Einträge zeigen
journal-count = { $total ->
    [0] Noch keine Einträge.
    [one] Ein Eintrag.
   *[other] { $total } Einträge.
 }
journal-count-filtered = { $shown ->
    [0] Kein Eintrag passt.
    [one] Ein Eintrag passt.
   *[other] { $shown } Einträge passen.
 }
journal-empty = Dein Tagebuch ist noch leer. Ein Eintrag kann aus ein paar Worten bestehen: über einen Kurs, einen Tag oder einen Schritt.
journal-none-filtered = Kein Eintrag passt zu deiner Wahl. Du kannst wieder alle Einträge zeigen.
journal-more = Mehr zeigen
reflection-new-title = Ein neuer Eintrag
reflection-new-hint = Schreib so viel oder so wenig, wie du magst. Was du schreibst, wird beim Tippen gespeichert.
reflection-edit-title = Dein Eintrag
reflection-body = In meinen Worten
reflection-body-hint = Alles, was du dir merken oder worüber du nachdenken möchtest.
reflection-prompts = Ein paar Fragen, wenn sie helfen
reflection-prompts-hint = Du kannst jede Frage auslassen.
prompt-learned = Was habe ich gelernt?
prompt-how-it-went = Wie ist es mir ergangen?
prompt-try-next = Was probiere ich als Nächstes?
feeling-legend = Wie es mir geht
feeling-1 = Es ist gerade schwer
feeling-2 = Nicht so gut
feeling-3 = Okay
feeling-4 = Gut
feeling-5 = Richtig gut
feeling-none = Das sage ich lieber nicht
reflection-hard-time = Danke, dass du es aufschreibst. Wenn du mit jemandem reden möchtest: Die Kontakte deines Colleges sind für dich da.
reflection-hard-time-support = Sehen, wo ich Unterstützung finde
reflection-date = Der Tag, um den es geht
reflection-goal = Ein Ziel, um das es geht
reflection-course = Ein Kurs, um den es geht
reflection-session = Der Termin, um den es geht
reflection-none = Keine Angabe
reflection-shareable = Meine Begleitperson darf das sehen, wenn ich meinen Plan teile
reflection-shareable-hint = Ohne Haken siehst nur du ihn. Mit Haken kannst du ihn auswählen, wenn du deinen Plan teilst. Du kannst das jederzeit ändern.
reflection-shareable-tag = Meine Begleitperson darf das sehen
reflection-private-tag = Privat
reflection-about-course = Kurs: { $title }
reflection-about-goal = Ziel: { $title }
reflection-save = Eintrag behalten
reflection-done = Fertig
reflection-open = Öffnen
reflection-remove = Diesen Eintrag entfernen…
reflection-remove-confirm = Diesen Eintrag entfernen? Du kannst ihn 30 Tage lang unter „Zuletzt entfernt“ zurückholen.
reflection-remove-yes = Ja, entfernen
goal-reflections = Einträge zu diesem Ziel
goal-reflections-none = Noch keine Einträge zu diesem Ziel. Du kannst einen Eintrag verbinden, wenn du in dein Tagebuch schreibst.
error-reflection_text-empty = Bitte schreib zuerst ein paar Worte in eines der Felder. Die Fragen kannst du auslassen.
error-written_on = Das Datum sieht nicht richtig aus. Bitte gib Tag, Monat und Jahr an.
error-session_date = Das Datum sieht nicht richtig aus. Bitte gib Tag, Monat und Jahr an, oder lass alle drei leer.
error-feeling = Bitte wähle, wie es dir geht, oder „Das sage ich lieber nicht“.
error-course = Waymark findet diesen Kurs nicht. Bitte wähle einen anderen.
error-goal = Waymark findet dieses Ziel nicht. Bitte wähle ein anderes.

## About me and learning support
about-title = Über mich
about-lede = Was deine Begleitperson wissen soll. Alles hier ist deine Wahl. Du kannst jedes Feld leer lassen.
about-me = Über mich
about-name = So möchte ich genannt werden
about-for-tutors = Das sollen meine Begleitpersonen über mich wissen
about-for-tutors-hint = Zum Beispiel, was dir in einer Gruppe hilft.
about-strengths = Meine Stärken
about-strengths-hint = Was du gut kannst oder was andere an dir mögen.
about-interests = Was mich interessiert
about-interests-hint = Setz ein Komma dazwischen, zum Beispiel: Malen, Wandern, Musik. Das hilft bei der Kurssuche.
support-title = Was mir beim Lernen hilft
support-lede = Hake an, was dir hilft. Das sehen deine Begleitpersonen beim Treffen zuerst.
support-legend = Was mir hilft
support-large_print = Große Schrift
support-materials_in_advance = Unterlagen vor dem Termin
support-quiet_space = Ein ruhiger Raum
support-regular_breaks = Regelmäßige Pausen
support-someone_with_me = Jemand, der mitkommt
support-hearing_loop = Eine Hörschleife
support-interpreter = Eine Dolmetscherin oder ein Dolmetscher
support-easy_read = Unterlagen in Leichter Sprache
support-near_the_door = Ein Platz nahe der Tür
support-step_free_access = Ein Zugang ohne Stufen
support-written_instructions = Alles auch schriftlich
support-extra_time = Mehr Zeit
support-words = Was sonst hilft, in meinen Worten
support-words-hint = Zum Beispiel: „Bitte schickt mir die Folien einen Tag vorher.“
error-preferred_name = Das ist recht lang für einen Namen. Bitte halte ihn kurz.
error-support = Bitte wähle aus der Liste, oder sag in deinen Worten, was hilft.
courses-interests = Aus meinen Interessen:

## Search
search-label = In meinem Plan suchen
search-placeholder = In meinem Plan suchen
search-button = Suchen
search-title = In meinem Plan suchen
search-lede = Gib oben ein paar Wörter in das Suchfeld ein und drück die Eingabetaste.
search-count = { $total ->
    [0] Kein Treffer für „{ $text }“.
    [one] Ein Treffer für „{ $text }“.
   *[other] { $total } Treffer für „{ $text }“.
 }
search-none = Nichts in deinem Plan hat diese Wörter. Versuch weniger Wörter oder den Anfang eines Wortes.
search-reflection-title = Eintrag vom { $date }
search-kind-goal = Ziel
search-kind-step = Schritt
search-kind-reflection = Eintrag
search-kind-course = Kurs
search-kind-note = Notiz zum Termin

## Undo and Recently deleted
undo = Rückgängig
undo-close = Schließen
undo-recently-deleted = „Zuletzt entfernt“ öffnen
undo-goal = Ziel entfernt: { $title }
undo-step = Schritt entfernt: { $step }
undo-reflection = Eintrag vom { $date } entfernt
undo-course = Kurs entfernt: { $title }
deleted-title = Zuletzt entfernt
deleted-lede = Was du in den letzten 30 Tagen entfernt hast. Du kannst alles zurückholen, so wie es war.
deleted-none = Hier ist nichts. Was du entfernst, bleibt 30 Tage hier, falls du es dir anders überlegst.
deleted-steps = { $steps ->
    [one] Mit einem Schritt
   *[other] Mit { $steps } Schritten
 }
deleted-when = Entfernt am { $date }. Aufbewahrt bis { $until }.
deleted-restore = Zurückholen
settings-your-plan = Dein Plan
settings-your-plan-hint = Wo dein Plan gespeichert ist, Kopien davon und was du entfernt hast.
error-already_open = Waymark ist mit diesem Plan schon offen. Bitte nutze das Waymark-Fenster, das offen ist.
error-disk_full = Der Speicher deines Computers ist voll, darum konnte Waymark nicht speichern. Was du geschrieben hast, ist noch da. Mach etwas Platz frei und versuch es dann noch einmal.
error-read_only = Waymark kann nicht in den Ordner schreiben, in dem dein Plan liegt. Was du geschrieben hast, ist noch da. Prüf, ob der Ordner beschreibbar ist, oder frag jemanden um Hilfe.
error-locked = Ein anderes Programm nutzt gerade deine Plan-Datei. Was du geschrieben hast, ist noch da. Bitte versuch es gleich noch einmal.

## Where my plan is kept, backups
plan-title = Wo mein Plan gespeichert ist
plan-lede = Dein Plan ist eine Datei auf diesem Computer. Waymark macht jeden Tag eine Kopie davon. So kannst du zu einem früheren Tag zurück, falls etwas schiefgeht.
plan-file = Deine Plan-Datei
plan-folder = Ordner
plan-size = Größe
plan-holds = Was darin ist
plan-counts = { $goals ->
    [one] ein Ziel
   *[other] { $goals } Ziele
 }, { $steps ->
    [one] ein Schritt
   *[other] { $steps } Schritte
 }, { $reflections ->
    [one] ein Eintrag
   *[other] { $reflections } Einträge
 }, { $courses ->
    [one] ein Kurs
   *[other] { $courses } Kurse
 }
plan-last-backup = Letzte Kopie
plan-no-backup = Noch keine Kopie. Waymark macht jeden Tag, an dem du es benutzt, eine Kopie. Mit „Jetzt sichern…“ kannst du sofort eine machen.
plan-back-up-now = Jetzt sichern…
plan-back-up-hint = „Jetzt sichern“ speichert eine Kopie, wo du willst, zum Beispiel auf einem USB-Stick.
plan-open-folder = Ordner öffnen
plan-check = Prüfen, ob mein Plan in Ordnung ist
plan-healthy = Dein Plan ist in Ordnung.
plan-backed-up = Eine Kopie deines Plans wurde gespeichert unter { $path }
plan-backups = Kopien meines Plans
plan-backups-hint = Waymark behält eine Kopie für jeden der letzten 7 Tage, 4 Wochen und 12 Monate, und eine vor jeder großen Änderung.
plan-backup-unreadable = Diese Kopie ist nicht lesbar. Sie wird nicht benutzt.
plan-look-inside = Hineinschauen
plan-restore = Zu dieser Kopie zurück…
plan-restore-confirm = Dein Plan kommt auf den Stand vom { $date } zurück. Waymark speichert vorher eine Kopie deines jetzigen Plans, damit du es dir anders überlegen kannst.
plan-restore-yes = Ja, zu dieser Kopie zurück
plan-restore-no = Jetzt nicht
plan-restored = Dein Plan ist wieder auf dem Stand vom { $date }.
plan-preview-title = Die Kopie vom { $date }
plan-preview-hint = Das ist nur ein Blick hinein. Nichts ändert sich, außer du gehst zu dieser Kopie zurück.
plan-preview-none = Hier ist nichts.
backup-daily = Tägliche Kopie
backup-before_migration = Bevor Waymark aktualisiert wurde
backup-before_restore = Vor dem Zurückgehen zu einer Kopie
backup-before_import = Bevor ein Kursprogramm importiert wurde
damaged-offer = Waymark kann die beschädigte Datei unverändert beiseitelegen und mit deiner neuesten guten Kopie neu beginnen.
damaged-use-backup = Meine neueste Kopie benutzen
error-rating = Bitte wähle eine Zahl von 1 bis 10, oder lass das aus.
error-attainment = Bitte wähle eine der fünf Antworten, oder lass das aus.
error-decision = Bitte wähle: behalten, ändern, ruhen lassen, loslassen oder erreicht.
error-next_review = Das Datum sieht nicht richtig aus. Bitte gib Tag, Monat und Jahr an, oder lass alle drei leer.
error-suggestion-empty = Bitte schreib den Vorschlag in ein paar Worten auf.

## Reviews and progress
nav-review = Rückblick
review-title = Auf meinen Weg schauen
review-lede = Schau, wie weit du gekommen bist, und wähle, was als Nächstes kommt. Das ist kein Test, und du kannst alles auslassen.
review-in-progress = Mein Rückblick vom { $date }
review-autosave = Alles wird sofort gespeichert. Du kannst später weitermachen.
review-start = Einen Rückblick beginnen
review-start-check-in = Ein Treffen mit meiner Begleitperson beginnen
review-resume = Meinen Rückblick vom { $date } fortsetzen
review-next-is = Dein nächster Rückblick: { $date }
review-who = Allein oder mit meiner Begleitperson
review-check-in = Das ist ein Treffen mit meiner Begleitperson
review-check-in-short = Treffen
review-with = Mit { $name }
review-tutor = Name der Begleitperson
review-talked = Worüber wir gesprochen haben
review-suggestions = Vorschläge meiner Begleitperson
review-suggestions-hint = Vorschläge bleiben Vorschläge. Du wählst, welche du annimmst.
review-add-suggestion = Ein Vorschlag
review-add = Hinzufügen
review-take-on = Übernehmen
review-take-on-goal = Annehmen als
review-take-on-no-goal = Einfach annehmen
review-as-step-of = Ein Schritt zu: { $title }
review-taken-on = Übernommen
review-areas = Wie es gerade ist
review-areas-hint = Für jeden Lebensbereich: 1 heißt gar nicht gut, 10 heißt so gut, wie es sein kann. Du kannst Bereiche auslassen.
review-skip = Nicht bewertet
rating-low = { $n } (gar nicht gut)
rating-high = { $n } (so gut, wie es sein kann)
review-goals = Meine Ziele
review-no-goals = Du hast noch keine Ziele zum Anschauen.
review-progress = Wie es läuft, in meinen Worten
review-attainment = Im Vergleich zu dem, was ich gehofft habe
attainment-minus2 = Viel weniger als erhofft
attainment-minus1 = Etwas weniger als erhofft
attainment-plus0 = Etwa wie erhofft
attainment-plus1 = Etwas mehr als erhofft
attainment-plus2 = Viel mehr als erhofft
review-decision = Was ich entscheide
decision-keep = Behalten
decision-change = Ändern
decision-pause = Erst mal ruhen lassen
decision-let_go = Loslassen
decision-achieved = Erreicht
review-new-words = Neue Worte für dieses Ziel
review-save-words = Diese Worte für mein Ziel nehmen
review-looking-ahead = Nach vorn schauen
review-went-well = Was gut lief
review-whats-next = Was als Nächstes kommt
review-next-date = Mein nächster Rückblick
review-finish = Rückblick abschließen
review-later = Später weitermachen
review-past = Meine Rückblicke
review-none = Noch kein Rückblick abgeschlossen.
review-show-all = Alle { $count } Rückblicke zeigen
highlights-show-all = Alle { $count } erreichten Ziele zeigen
progress-terms-show-all = Alle { $count } Semester zeigen
progress-title = Was sich verändert hat
progress-compare = Vergleichen mit
chart-title = Wie es in jedem Lebensbereich ist
chart-empty = Noch kein Lebensbereich bewertet.
chart-earlier = Früherer Rückblick, { $date }
chart-latest = Letzter Rückblick, { $date }
chart-one = Rückblick, { $date }
chart-earlier-short = Früher
chart-latest-short = Zuletzt
chart-rated-short = Bewertet
chart-of-ten = { $value } von 10
chart-not-rated = nicht bewertet
chart-up = { $by } mehr
chart-down = { $by } weniger
chart-same = gleich geblieben
goal-history = Wie dieses Ziel gewachsen ist
goal-history-hint = Die Worte, die du vorher benutzt hast, aus deinen Rückblicken.
goal-history-until = bis { $date }
goal-history-now = jetzt

## Home: what's next for me

nav-home = Start
home-hello = Hallo, { $name }
home-hello-plain = Willkommen zurück
home-lede = Was als Nächstes für dich ansteht. Das Menü oben führt zu jedem Teil deines Plans.
home-first-title = Willkommen bei Waymark
home-first = Das ist dein Plan, nur auf diesem Laptop gespeichert. Ein guter Anfang ist ein Ziel, in deinen eigenen Worten.
home-first-goal = Mein erstes Ziel schreiben
home-review = Mein nächster Rückblick
home-review-due = Es ist Zeit für deinen Rückblick. Du hattest ihn für den { $date } geplant.
home-review-due-start = Meinen Rückblick beginnen
home-review-unfinished = Du hast am { $date } einen Rückblick begonnen. Du kannst jederzeit weitermachen.
home-review-next = Dein nächster Rückblick ist am { $date }.
home-review-none = Noch kein Rückblick geplant. Du kannst jederzeit zurückschauen, wie weit du gekommen bist.
home-review-open = Zu meinen Rückblicken
home-next-steps = Meine nächsten Schritte
home-next-steps-none = Keine Schritte offen. Zu jedem Ziel kannst du kleine Schritte hinzufügen.
home-step-of = Für: { $goal }
home-courses = Meine Kurse
home-courses-none = Du besuchst gerade keinen Kurs. Das Kursprogramm findest du unter „Kurse“.
home-course-starts = Beginnt am { $date }
home-course-last = Zuletzt dabei: { $date }
calendar-open = In meinen Kalender
calendar-title = Meine Termine in meinen Kalender
calendar-lede = Waymark macht eine Kalenderdatei mit den Terminen deiner Kurse. Öffne sie mit deiner Kalender-App oder schick sie an dein Handy. Nichts wird irgendwohin gesendet.
calendar-course = { $title }: { $count ->
    [one] ein Termin, am { $date }
   *[other] { $count } Termine, wöchentlich ab { $date }
}
calendar-course-hours = { $from } bis { $to } Uhr
calendar-course-whole-day = Die Uhrzeiten stehen nicht lesbar im Kursprogramm, darum sind es ganztägige Termine. Bitte frag beim College nach den Zeiten.
calendar-course-no-date = { $title }: noch kein Anfangsdatum, darum nicht in der Datei.
calendar-none = Noch keiner deiner Kurse hat ein Anfangsdatum, darum gibt es noch keine Termine.
calendar-review-choice = Auch meinen nächsten Rückblick eintragen, am { $date }
calendar-save = Kalenderdatei speichern
calendar-saved = Gespeichert als { $file }, mit { $count ->
    [one] einem Termin
   *[other] { $count } Terminen
}. Speicherst du später eine neuere Datei, werden diese Termine aktualisiert statt doppelt eingetragen.
calendar-close = Schließen
calendar-file-name = meine-termine
calendar-name = Meine Termine
calendar-session-of = Termin { $number } von { $count }
calendar-review = Rückblick auf meinen Lernplan
dialog-calendar = Kalenderdatei
notify-review-title = Zeit für deinen Waymark-Rückblick
notify-review-body = Du wolltest heute auf deine Fortschritte schauen. Öffne Waymark, wenn du bereit bist.
settings-reminders = Erinnerungen
settings-review-notification = Sag mir, wenn ein Rückblick ansteht
settings-review-notification-hint = Eine Nachricht deines Computers an dem Tag, während Waymark offen ist. Aus, bis du sie einschaltest.

## A goal's story

story-title = Die Geschichte dieses Ziels
story-hint = Alles, was mit diesem Ziel passiert ist, das Älteste zuerst.
story-started = Ich habe mir dieses Ziel gesetzt
story-status = Jetzt: { $status }
story-reworded = Ich habe die Worte geändert. Vorher hieß es: { $earlier }
story-step-done = Erledigt: { $text }
story-course = Einen Kurs verbunden: { $title }
story-reviewed = In einem Rückblick angeschaut
story-reviewed-chose = In einem Rückblick angeschaut und gewählt: { $decision }
story-reflection = Ich habe darüber geschrieben
story-open-reflection = Im Tagebuch lesen

## Progress: terms and things I've done

progress-terms = Kurse, Semester für Semester
progress-terms-none = Noch keine Kurse gewählt.
progress-term-none = Kurse ohne Semester
progress-term-completed = Abgeschlossen: { $courses }
progress-term-taking = Dabei: { $courses }
progress-term-sessions = { $count ->
    [0] Noch keine Termine eingetragen
    [one] Bei 1 Termin gewesen
   *[other] Bei { $count } Terminen gewesen
 }
highlights-title = Was ich geschafft habe
highlights-hint = Jeder Schritt zählt. Nichts hier wird mit anderen verglichen.
highlights-none = Was du tust, sammelt sich hier: erledigte Schritte, Termine, Einträge. Es gibt keine Eile.
highlights-achieved = Ziele, die ich erreicht habe
highlights-steps = { $count ->
    [one] 1 Schritt erledigt
   *[other] { $count } Schritte erledigt
 }
highlights-sessions = { $count ->
    [one] Bei 1 Termin gewesen
   *[other] Bei { $count } Terminen gewesen
 }
highlights-courses = { $count ->
    [one] 1 Kurs abgeschlossen
   *[other] { $count } Kurse abgeschlossen
 }
highlights-reflections = { $count ->
    [one] 1 Eintrag geschrieben
   *[other] { $count } Einträge geschrieben
 }
highlights-reviews = { $count ->
    [one] 1 Rückblick auf meine Fortschritte
   *[other] { $count } Rückblicke auf meine Fortschritte
 }
highlights-since = ({ $count } seit meinem Rückblick am { $date })
highlights-recent = Schritte, die ich zuletzt geschafft habe

# Das Paket für Begleitpersonen (HTML und PDF) und der Teilen-Bildschirm.
pack-title = Lernplan
pack-title-named = Lernplan von { $name }
pack-shared-by = Geteilt von { $name } am { $date }
pack-shared-anon = Geteilt am { $date }
pack-lede = Was in diesem Paket steht, hat die lernende Person selbst ausgewählt. Es ist eine Kopie: Der Plan selbst bleibt bei ihr.
pack-none = Hier steht noch nichts.
pack-courses = Kurse und Termine
pack-reviews = Rückblicke und Treffen
pack-reflections = Mit dir geteilte Einträge
pack-target = Ziel: { $date }
pack-starts = beginnt am { $date }
pack-step-done = erledigt
pack-step-todo = offen
pack-review-of = Rückblick vom { $date }
pack-taken-on = übernommen
pack-made-with = Erstellt mit Waymark { $version }. Private Einträge stehen nie in einem Paket.
pack-page = Seite { $page } von { $pages }

# "Print my plan": the student's own plan in large print.
print-title = Mein Lernplan
print-title-named = Lernplan von { $name }
print-header = Gedruckt am { $date }
print-lede = Aus Waymark für mich gedruckt. Der Plan selbst bleibt auf meinem Laptop.
print-reflections = Mein Tagebuch
print-made-with = Gedruckt mit Waymark { $version }.
print-open = Meinen Plan drucken
print-heading = Meinen Plan drucken
print-hint = Eine Kopie deines Plans in großer Schrift, zum Drucken oder Aufheben, nur mit den Teilen, die du wählst. Ist „Leichter lesen“ an, stehen die Zeilen weiter auseinander.
print-parts = Was gedruckt wird
print-about-me = Über mich und was mir beim Lernen hilft
print-goals = Meine Ziele und ihre Schritte
print-courses = Meine Kurse
print-reviews = Meine Rückblicke
print-reflections-choice = Mein Tagebuch: die Einträge, die meine Tutorin oder mein Tutor sehen darf
print-private = Auch meine privaten Einträge
print-private-hint = Kreuze das nur für eine Kopie an, die du sicher aufbewahrst.
print-save = Als PDF speichern
print-saved = Gespeichert als { $file }. Öffne die Datei, um sie zu drucken, oder bewahre sie so auf.
print-open-file = Zum Drucken öffnen
print-nothing = Wähle mindestens einen Teil zum Drucken.
print-file-name = mein-lernplan

# The share screen and tutor review mode.
nav-share = Teilen
share-title = Mit einer Begleitperson teilen
share-lede = Drei kurze Schritte: Wähle, was deine Begleitperson sehen darf, schau dir genau an, was sie bekommt, und speichere es als Datei, die du ihr gibst. Private Einträge kommen nie in die Datei für deine Begleitperson.
share-what = Was ich teile
share-what-hint = Nichts wird geteilt, außer du schaltest es ein. Waymark merkt sich deine Wahl für das nächste Mal.
share-progress = Schritte
share-step-choose = Wählen, was ich teile
share-step-look = Ansehen, was meine Begleitperson bekommt
share-step-save = Speichern
share-step-done = erledigt
share-next-look = Weiter: ansehen, was meine Begleitperson bekommt
share-back-choose = Ändern, was ich teile
share-next-save = Weiter: speichern
share-nothing-yet = Noch ist nichts gewählt, also gibt es nichts zu speichern. Geh zurück und schalte ein, was du teilen möchtest.
share-format-legend = Wie ich es speichere
share-as-pdf = Als PDF (die übliche Wahl)
share-as-pdf-hint = Öffnet sich auf jedem Computer und Handy und lässt sich gut drucken.
share-as-html = Als Webseite
share-as-html-hint = Öffnet sich in jedem Browser, auch ohne Internet.
share-as-waymark = Als Waymark-Datei
share-as-waymark-hint = Für eine Begleitperson mit Waymark: Sie kann es dort lesen und dir eine Rückmeldung schicken.
share-back-look = Zurück
share-save-as-pdf = Das PDF speichern…
share-save-as-html = Die Webseite speichern…
share-save-as-waymark = Die Waymark-Datei speichern…
share-saved-title = Gespeichert
share-show-file = Die Datei in ihrem Ordner zeigen
share-show-file-failed = Waymark konnte den Ordner auf diesem Computer nicht öffnen. Deine Datei ist gespeichert als { $file }, in dem Ordner, den du beim Speichern gewählt hast.
share-give-title = So gibst du sie deiner Begleitperson
share-give-email = Häng sie an eine E-Mail an deine Begleitperson.
share-give-usb = Oder kopiere sie auf einen USB-Stick und bring ihn zum Treffen mit.
share-give-print = Oder drucke sie aus und nimm sie mit.
share-kept-next-time = Waymark merkt sich deine Wahl für das nächste Mal.
share-again = Noch einmal teilen
share-about_me = Über mich
share-about_me-hint = Was Begleitpersonen über dich wissen sollen, deine Stärken und Interessen.
share-support = Was mir beim Lernen hilft
share-support-hint = Die Hilfen, die du angehakt hast, und deine eigenen Worte dazu.
share-goals = Meine Ziele
share-goals-hint = Jedes Ziel, warum es dir wichtig ist und wo es gerade steht.
share-steps = Die Schritte meiner Ziele
share-steps-hint = Welche Schritte erledigt sind und welche noch offen.
share-courses = Kurse und Termine
share-courses-hint = Die Kurse, die du gewählt hast, und wie oft du da warst.
share-reviews = Rückblicke und Treffen
share-reviews-hint = Was gut lief, was als Nächstes kommt, und die Vorschläge deiner Begleitperson.
share-chart = Wie es in jedem Lebensbereich steht
share-chart-hint = Deine letzten Einschätzungen neben den vorigen.
share-reflections = Einträge
share-reflections-hint = Hier stehen nur Einträge, bei denen du „Meine Begleitperson darf das sehen“ angehakt hast. Hake an, welche du diesmal teilst.
share-reflections-none = Bei keinem deiner Einträge ist „Meine Begleitperson darf das sehen“ angehakt, also wird keiner geteilt.
share-save-title = Für meine Begleitperson speichern
share-tutor = Name meiner Begleitperson
share-tutor-hint = Der Name kommt in deine Liste des Geteilten, nicht in die Datei.
share-saved = Gespeichert als { $file }.
share-preview = Das sieht meine Begleitperson
share-preview-hint = So steht der Plan in der Datei, nur mit dem, was du gewählt hast.
share-nothing = Noch ist nichts gewählt. Schalte ein, was du teilen möchtest.
share-log-title = Was ich geteilt habe
share-log-none = Du hast deinen Plan noch nicht geteilt.
share-format-html = eine Seite für die Begleitperson
share-format-pdf = ein PDF für die Begleitperson
share-format-waymark = eine Waymark-Datei
share-format-everything = mein ganzer Plan, zum Umzug auf einen neuen Laptop (privat)
move-moved-in = Dein Plan ist da: { $goals ->
        [one] ein Ziel
       *[other] { $goals } Ziele
    } und { $reflections ->
        [one] ein Eintrag
       *[other] { $reflections } Einträge
    }.
share-open-title = Einen geteilten Plan lesen
share-open-lede = Für Begleitpersonen: Öffne eine Waymark-Datei, um sie zu lesen. Sie bleibt getrennt von deinem eigenen Plan und kann nicht verändert werden.
share-open = Geteilten Plan öffnen…
share-keep-recent = Eine Liste der Pläne führen, die ich öffne
share-keep-recent-hint = Aus, bis du es einschaltest. Beim Ausschalten wird die Liste vergessen.
share-recent = Pläne, die ich geöffnet habe
share-recent-opened = geöffnet am { $date }
tutor-banner-title = Das ist der Plan einer anderen Person, mit dir geteilt.
tutor-banner = Er wurde am { $date } geteilt ({ $file }). Du kannst ihn lesen und Rückmeldungen dazu schreiben. Er ist nicht Teil deines eigenen Plans, und deine Rückmeldung ändert ihn nicht.
tutor-close = Diesen Plan schließen
tutor-none = Kein geteilter Plan ist offen.
error-file_too_new = Diese Datei stammt aus einem neueren Waymark. Bitte aktualisiere Waymark, um sie zu öffnen. Nichts wurde verändert.
error-file_too_big = Diese Datei ist viel größer als jeder Waymark-Plan, darum hat Waymark sie nicht geöffnet. Nichts wurde verändert.
error-plan_not_empty = In diesem Waymark ist schon ein Plan. Ein ganzer Plan kann nur in ein leeres Waymark gebracht werden, damit nichts durcheinandergerät. Nichts wurde verändert.
error-private_reflection = Dieser Eintrag ist privat und bleibt auf diesem Laptop. Nichts wurde geteilt.
error-feedback_for_another_plan = Diese Rückmeldung gehört zum Plan einer anderen Person, darum hat Waymark sie nicht zu deinem hinzugefügt. Nichts wurde verändert.
error-tutor_name = Das ist ziemlich lang für einen Namen. Bitte halte ihn kurz.
error-tutor_name-empty = Bitte gib zuerst deinen Namen an, damit die lernende Person weiß, von wem die Rückmeldung kommt.
feedback-title = Deine Rückmeldung
feedback-lede = Schreib einen freundlichen Kommentar, einen Schritt oder einen Kurs zum Ausprobieren oder eine Frage neben einen Teil des Plans. Speichere deine Rückmeldung dann als Datei für die lernende Person. Sie entscheidet, was sie übernimmt.
feedback-whole-plan = Der Plan als Ganzes
feedback-whole-plan-hint = Für eine Rückmeldung dazu, wie das Semester gelaufen ist, nicht zu einem einzelnen Ziel oder Kurs.
feedback-count = { $count ->
    [0] Noch nichts geschrieben.
    [one] Du hast 1 Kommentar oder Vorschlag geschrieben.
   *[other] Du hast { $count } Kommentare und Vorschläge geschrieben.
}
feedback-your-name = Dein Name
feedback-your-name-hint = Die lernende Person sieht ihn bei deiner Rückmeldung. Waymark merkt ihn sich.
feedback-save = Rückmeldung für die lernende Person speichern…
feedback-save-none = Schreib zuerst eine Rückmeldung: Wähle „Rückmeldung hinzufügen“ neben einem Teil des Plans.
feedback-saved = Gespeichert als { $file }. Schick diese Datei der lernenden Person. Deine Rückmeldung bleibt auch hier.
feedback-write = Rückmeldung hinzufügen
feedback-on = Deine Rückmeldung dazu
feedback-what = Was möchtest du hinzufügen?
feedback-kind-comment = Ein freundlicher Kommentar
feedback-kind-step = Ein Schritt zum Ausprobieren
feedback-kind-course = Ein Kurs zum Ausprobieren
feedback-kind-question = Eine Frage
feedback-text = Deine Worte
feedback-course-hint = Wähle einen aus deinem Kursprogramm oder tippe seinen Namen.
feedback-add = Hinzufügen
feedback-cancel = Abbrechen
feedback-remove = Entfernen
feedback-open-title = Rückmeldung von einer Begleitperson
feedback-open-lede = Deine Begleitperson kann dir ihre Kommentare und Vorschläge als Datei schicken. Nichts kommt in deinen Plan, außer du wählst es.
feedback-open = Rückmeldung meiner Begleitperson öffnen…
feedback-from = Von { $name }, { $date }
feedback-waiting = { $count ->
    [0] alles entschieden
    [one] 1 wartet auf dich
   *[other] { $count } warten auf dich
}
feedback-heading = Rückmeldung von { $name }
feedback-heading-anon = Rückmeldung deiner Begleitperson
feedback-student-lede = { $name } hat das neben deinen Plan geschrieben. Bei jedem Punkt entscheidest du: übernehmen, für später behalten oder lassen. Nichts kommt dazu, außer du wählst es.
feedback-about-goal = Zu deinem Ziel
feedback-about-step = Zu deinem Schritt
feedback-about-course = Zu deinem Kurs
feedback-about-reflection = Zu deinem Eintrag vom { $date }
feedback-about-review = Zu deinem Rückblick vom { $date }
feedback-about-plan = Zu deinem Plan als Ganzem
feedback-about-support = Zu dem, was dir beim Lernen hilft
feedback-changed = Du hast das inzwischen geändert. Vorher stand da: „{ $words }“.
feedback-gone = Das ist nicht mehr in deinem Plan. Du kannst den Vorschlag trotzdem übernehmen, wenn du magst.
feedback-says-comment = { $name } schreibt:
feedback-says-step = { $name } schlägt einen Schritt vor:
feedback-says-course = { $name } schlägt einen Kurs vor:
feedback-says-question = { $name } fragt:
feedback-take-step = Diesen Schritt hinzufügen
feedback-take-course = Zu meinen Kursen hinzufügen
feedback-take-note = Als Notiz behalten
feedback-later = Für später behalten
feedback-leave = Nein, danke
feedback-which-goal = Zu welchem Ziel?
feedback-pick-goal = Wähle ein Ziel
feedback-taken-step = Du hast diesen Schritt zu deinem Ziel hinzugefügt.
feedback-taken-course = Du hast diesen Kurs als interessant in deinen Plan aufgenommen.
feedback-taken-note = Du hast das als Notiz behalten.
feedback-kept-later = Du hast das für später behalten.
feedback-left = Du hast das nicht übernommen. Das ist in Ordnung.
feedback-back = Zurück zu „Teilen“
feedback-from-tutor = Von { $name }
feedback-decide = Entscheiden
feedback-your-tutor = Deine Begleitperson
about-waymark-title = Über Waymark
about-waymark-version = Waymark { $version }
about-waymark-lede = Waymark bewahrt deinen Lernplan auf deinem eigenen Laptop auf. Es funktioniert ohne Internet, und nichts verlässt diesen Laptop, außer du speicherst es.
about-waymark-licence = Waymark ist freie Software unter der MIT- oder Apache-2.0-Lizenz.
about-waymark-made-with = Gemacht mit
about-waymark-made-with-hint = Waymark baut auf der Arbeit vieler Menschen auf. Das sind die Teile, die es mitbringt, und ihre Lizenzen.
about-waymark-rust = Andere Software, aus der Waymark gebaut ist ({ $count })
about-waymark-npm = Software für das Fenster ({ $count })
about-waymark-fonts = Schriften ({ $count })
about-waymark-name = Name
about-waymark-licence-column = Lizenz

## Dateien von außen, die Waymark nicht geöffnet oder hereingeholt hat.
file-plan-empty = Diese Plan-Datei ist leer, es gibt darin nichts zu öffnen. Nichts wurde verändert. Bitte frag nach, ob der Plan noch einmal gespeichert werden kann.
file-plan-not_json = Waymark konnte diese Plan-Datei nicht lesen. Vielleicht wurde sie unterwegs beschädigt, oder es ist eine andere Art von Datei. Nichts wurde verändert. Bitte frag nach, ob der Plan noch einmal gespeichert und geschickt werden kann.
file-plan-not_this_kind = Diese Datei ist kein Waymark-Plan. Nichts wurde verändert. Ein Plan, den jemand mit dir teilt, endet auf .waymark.
file-plan-is_feedback = Das ist eine Rückmeldung einer Begleitperson, kein Plan. Nichts wurde verändert. Du kannst sie auf der Seite „Teilen“ mit „Rückmeldung meiner Begleitperson öffnen…“ lesen.
file-plan-no_version = Diese Plan-Datei sagt nicht, aus welchem Waymark sie stammt, darum hat Waymark sie nicht geöffnet. Nichts wurde verändert. Bitte frag nach, ob der Plan noch einmal gespeichert werden kann.
file-plan-bad_shape = Ein Teil dieser Plan-Datei ist nicht so, wie Waymark ihn schreibt, darum hat Waymark sie nicht geöffnet. Vielleicht hat ein anderes Programm sie verändert. Nichts wurde verändert. Bitte frag nach, ob der Plan noch einmal gespeichert werden kann.
file-plan-too_long = In dieser Plan-Datei steht ein Text, der viel länger ist, als Waymark je schreibt, darum hat Waymark sie nicht geöffnet. Nichts wurde verändert. Bitte frag nach, ob der Plan noch einmal gespeichert werden kann.
file-plan-too_many = In dieser Plan-Datei steht viel mehr, als Waymark je schreibt, darum hat Waymark sie nicht geöffnet. Nichts wurde verändert.
file-plan-not_everything = In dieser Datei stehen nur die Teile eines Plans, die mit einer Begleitperson geteilt wurden, nicht der ganze Plan. Hereinholen lässt sich nur eine Datei, die mit „Meinen ganzen Plan speichern“ gespeichert wurde. Nichts wurde verändert.
file-plan-is_move_file = Das ist eine private Datei, mit der jemand den ganzen Plan auf einen neuen Laptop bringt, mit allen privaten Einträgen. Sie ist nicht für eine Begleitperson gedacht, darum öffnet Waymark sie hier nicht. Nichts wurde verändert. Wenn es dein eigener Plan ist, öffne die Einstellungen und wähle „Meinen Plan auf einen neuen Laptop bringen“.
file-feedback-is_move_file = Das ist eine private Datei, mit der ein ganzer Plan auf einen neuen Laptop kommt, keine Rückmeldung einer Begleitperson. Nichts wurde verändert. Um sie hereinzuholen, öffne die Einstellungen und wähle „Meinen Plan auf einen neuen Laptop bringen“.
file-plan-bad_row = Ein Teil des Plans in dieser Datei passt nicht zu einem Waymark-Plan, darum hat Waymark ihn nicht hereingeholt. Nichts wurde verändert. Bitte speichere auf dem alten Laptop noch einmal alles und hol die neue Datei herein.
file-plan-no_items = Diese Plan-Datei ist leer, es gibt darin nichts zu öffnen. Nichts wurde verändert.
file-feedback-empty = Diese Rückmeldungs-Datei ist leer. Nichts wurde verändert. Bitte frag deine Begleitperson, ob sie ihre Rückmeldung noch einmal speichern kann.
file-feedback-not_json = Waymark konnte diese Rückmeldungs-Datei nicht lesen. Vielleicht wurde sie unterwegs beschädigt, oder es ist eine andere Art von Datei. Nichts wurde verändert. Bitte frag deine Begleitperson, ob sie ihre Rückmeldung noch einmal speichern kann.
file-feedback-not_this_kind = Diese Datei ist keine Rückmeldung einer Begleitperson. Nichts wurde verändert. Eine Rückmeldung endet auf .waymark-feedback.
file-feedback-is_plan = Das ist ein geteilter Plan, keine Rückmeldung. Nichts wurde verändert. Du kannst ihn auf der Seite „Teilen“ mit „Einen geteilten Plan lesen“ öffnen.
file-feedback-no_version = Diese Rückmeldungs-Datei sagt nicht, aus welchem Waymark sie stammt, darum hat Waymark sie nicht geöffnet. Nichts wurde verändert. Bitte frag deine Begleitperson, ob sie ihre Rückmeldung noch einmal speichern kann.
file-feedback-bad_shape = Ein Teil dieser Rückmeldungs-Datei ist nicht so, wie Waymark ihn schreibt, darum hat Waymark sie nicht geöffnet. Vielleicht hat ein anderes Programm sie verändert. Nichts wurde verändert. Bitte frag deine Begleitperson, ob sie ihre Rückmeldung noch einmal speichern kann.
file-feedback-too_long = In dieser Rückmeldung stehen Worte, die länger sind, als eine Begleitperson in Waymark schreiben kann, darum hat Waymark sie nicht geöffnet. Nichts wurde verändert. Bitte frag deine Begleitperson, ob sie ihre Rückmeldung noch einmal speichern kann.
file-feedback-too_many = In dieser Rückmeldungs-Datei stehen mehr Kommentare und Vorschläge, als eine Begleitperson in Waymark schreiben kann, darum hat Waymark sie nicht geöffnet. Nichts wurde verändert.
file-feedback-not_everything = Waymark konnte diese Rückmeldungs-Datei nicht lesen. Nichts wurde verändert.
file-feedback-bad_row = Waymark konnte diese Rückmeldungs-Datei nicht lesen. Nichts wurde verändert.
file-feedback-no_items = In dieser Rückmeldungs-Datei stehen keine Kommentare oder Vorschläge, es gibt also nichts hinzuzufügen. Nichts wurde verändert.
error-file_too_big-plan = Diese Datei ist viel größer als jeder Waymark-Plan (höchstens { $max_mb } MB), darum hat Waymark sie nicht geöffnet. Nichts wurde verändert.
error-file_too_big-feedback = Diese Datei ist viel größer als jede Rückmeldung einer Begleitperson (höchstens { $max_mb } MB), darum hat Waymark sie nicht geöffnet. Nichts wurde verändert.
error-file_too_new-plan = Dieser Plan wurde mit einem neueren Waymark gespeichert. Bitte aktualisiere Waymark, um ihn zu öffnen. Nichts wurde verändert.
error-file_too_new-feedback = Diese Rückmeldung wurde mit einem neueren Waymark gespeichert. Bitte aktualisiere Waymark, um sie zu öffnen. Nichts wurde verändert.
error-plan_already_here = Dieser ganze Plan ist schon hier: Er wurde schon einmal in dieses Waymark hereingeholt. Nichts wurde verändert.
skip-unclosed_quote = Zeile { $row }: Hier beginnt ein Anführungszeichen, das nie endet, darum konnte Waymark diese Zeile nicht lesen. Die Zeilen danach wurden gelesen.
file-plan-is_plan = Waymark konnte diese Plan-Datei nicht lesen. Nichts wurde verändert.
file-feedback-is_feedback = Waymark konnte diese Rückmeldungs-Datei nicht lesen. Nichts wurde verändert.
skip-bad_value = Kurs { $row }: Das Feld { $column } ist nicht so geschrieben, wie ein Waymark-Kursprogramm es vorsieht, darum wurde dieser Kurs ausgelassen.
file-plan-unreadable = Waymark konnte diese Datei nicht öffnen. Vielleicht wurde sie verschoben oder gelöscht, oder sie liegt auf einem USB-Stick, der abgezogen wurde. Nichts wurde verändert. Bitte wähle sie noch einmal.
file-feedback-unreadable = Waymark konnte diese Rückmeldungs-Datei nicht öffnen. Vielleicht wurde sie verschoben oder gelöscht, oder sie liegt auf einem USB-Stick, der abgezogen wurde. Nichts wurde verändert. Bitte wähle sie noch einmal.

## Help, support and the welcome guide
help-title = Hilfe
help-lede = Wie du in Waymark alles machst und wo du Unterstützung findest.
help-support = Die Menschen, die dein College für dich nennt: Beratung, das College-Büro und andere. Du brauchst keinen Grund, um dich zu melden.
help-open-support = Wo ich Unterstützung finde
help-tasks = So geht’s
help-goal-title = Ein Ziel hinzufügen
help-goal = Öffne „Meine Ziele“ und wähle „Ein Ziel hinzufügen“. Schreib es in deinen eigenen Worten. Warum es dir wichtig ist und ein Datum kannst du dazuschreiben, musst du aber nicht.
help-steps-title = Ein Ziel in kleine Schritte zerlegen
help-steps = Öffne ein Ziel und schreib unter „Kleine Schritte“ einen kleinen Schritt. Hake ihn ab, wenn er geschafft ist. Die Reihenfolge kannst du ändern.
help-courses-title = Einen Kurs finden
help-courses = Öffne „Kurse“. Importiere das Kursprogramm deines Colleges oder probiere das Beispiel aus. Wähle einen Kurs, um zu sagen, dass er dich interessiert oder dass du hingehst.
help-reflection-title = Ins Tagebuch schreiben
help-reflection = Öffne „Tagebuch“ und wähle „Einen Eintrag schreiben“. Ein paar Worte reichen. Er bleibt privat, außer du hakst an, dass deine Begleitperson ihn sehen darf.
help-review-title = Zurückschauen, wie es läuft
help-review = Öffne Rückblick und beginne einen Rückblick. Sag, wie sich jeder Lebensbereich jetzt anfühlt. Du kannst aufhören und später weitermachen.
help-share-title = Meinen Plan mit meiner Begleitperson teilen
help-share = Öffne Teilen. Wähle, was deine Begleitperson sehen darf, schau es dir an, speichere es dann als PDF und gib es ihr.
help-feedback-title = Die Rückmeldung meiner Begleitperson lesen
help-feedback = Öffne „Teilen“ und wähle „Rückmeldung meiner Begleitperson öffnen…“. Du entscheidest, was du übernimmst. Nichts ändert sich, bevor du wählst.
help-removed-title = Etwas Entferntes zurückholen
help-removed = Öffne „Zuletzt entfernt“ in den Einstellungen. Was du entfernt hast, bleibt dort 30 Tage.
help-look-title = Die Schrift größer machen oder die Farben ändern
help-look = Öffne die Einstellungen. Wähle eine Schriftgröße, ein dunkles Aussehen, hohen Kontrast oder leichteres Lesen.
help-move-title = Meinen Plan auf einen neuen Laptop bringen
help-move = Öffne die Einstellungen und wähle Meinen Plan auf einen neuen Laptop bringen. Speichere die Datei auf diesem Laptop und hol sie auf dem neuen herein.
help-go-goals = Zu „Meine Ziele“
help-go-courses = Zu den Kursen
help-go-journal = Zum Tagebuch
help-go-review = Zum Rückblick
help-go-share = Zu „Teilen“
help-go-recently-deleted = Zu „Zuletzt entfernt“
help-go-settings = Zu den Einstellungen
help-go-move-plan = Zu „Meinen Plan auf einen neuen Laptop bringen“
help-guide-title = Die Einführung
help-guide = Eine kurze Einführung auf vier Seiten: wofür Waymark da ist.
help-guide-again = Die Einführung noch einmal zeigen
find-support-title = Wo ich Unterstützung finde
find-support-lede = Das sind die Kontakte, die dein College genannt hat. Melde dich, wann immer du magst, aus jedem Grund.
find-support-from = Von
find-support-phone = Telefon
find-support-email = E-Mail
find-support-website = Website
find-support-hours = Wann
find-support-none = Dein College hat noch keine Kontakte genannt. Wenn du sein Kursprogramm importierst, stehen sie hier, falls es welche enthält. Auch deine Begleitperson oder das College-Büro kann dir sagen, wo du Unterstützung findest.
find-support-tutor = Du kannst auch immer mit deiner Begleitperson reden.
welcome-role = Einführung
welcome-count = Seite { $page } von { $pages }
welcome-for-title = Wofür Waymark da ist
welcome-for = Waymark ist dein Lernplan: deine Ziele in deinen eigenen Worten, die Kurse, die du wählst, und wie es dir damit geht. Schritt für Schritt, in deinem Tempo.
welcome-private-title = Dein Plan bleibt bei dir
welcome-private = Dein Plan liegt nur auf diesem Laptop. Niemand sonst sieht ihn, auch deine Begleitperson nicht, außer du teilst ihn.
welcome-share-title = Du wählst, was du teilst
welcome-share = Wenn du deine Begleitperson triffst, kannst du die Teile, die du wählst, als Datei speichern und ihr geben. Sonst geht nichts mit.
welcome-help-title = Hilfe ist nah
welcome-help = Unter Hilfe im Menü steht, wie du alles machst und wo du Unterstützung findest. Dort kannst du diese Einführung auch wieder ansehen.
welcome-back = Zurück
welcome-next = Weiter
welcome-skip = Einführung überspringen
welcome-done = Los geht’s
lock-title = Meinen Plan mit einem Passwort sperren
lock-lede = Wenn du den Laptop mit anderen teilst, bleibt dein Plan mit einer Sperre nur für dich.
lock-progress = Die Sperre einrichten
lock-step-read = Was die Sperre tut
lock-step-sheet = Ersatzcode
lock-step-confirm = Abtippen
lock-step-done = Gesperrt
lock-step-finished = erledigt
lock-what-title = Was die Sperre tut
lock-what = Waymark fragt beim Start nach deinem Passwort. Wer Waymark sonst auf diesem Laptop öffnet oder seine Dateien kopiert, kann deinen Plan nicht lesen. Waymark sperrt sich auch selbst, wenn eine Weile niemand damit gearbeitet hat.
lock-not-title = Was sie nicht tut
lock-not = Eine Datei, die du teilst, sperrt sie nicht. Sobald du deiner Begleitperson eine Datei gibst, ist sie dafür verantwortlich.
lock-forget-title = Wenn du dein Passwort vergisst
lock-forget = Bevor du ein Passwort wählst, macht Waymark dir ein Blatt mit einem Ersatzcode. Dieser Code ist der einzige Weg zurück in deinen Plan, wenn du dein Passwort vergisst. Wenn du Passwort und Blatt beide verlierst, kann niemand deinen Plan öffnen, auch nicht das College.
lock-choice = Die Sperre ist deine Entscheidung. Du kannst sie in den Einstellungen wieder ausschalten.
lock-start = Mein Blatt mit dem Ersatzcode erstellen
lock-getting-ready = Die Sperre wird vorbereitet …
lock-sheet-intro = Schreib diesen Code auf Papier oder drucke diese Seite. Bewahre sie an einem sicheren Ort auf, nicht beim Laptop. Wenn du dieses Blatt und dein Passwort beide verlierst, kann niemand deinen Plan öffnen.
recovery-sheet-title = Waymark: Blatt mit dem Ersatzcode
recovery-sheet-line = Dieser Code öffnet den Waymark-Plan auf diesem Laptop, wenn das Passwort vergessen wurde.
recovery-sheet-code = Ersatzcode
recovery-sheet-made = Erstellt am { $date }
recovery-sheet-keep = Bewahre dieses Blatt sicher auf. Wer diesen Code und diesen Laptop hat, könnte den Plan öffnen.
lock-print = Dieses Blatt drucken
lock-sheet-next = Ich habe den Code aufgeschrieben
lock-confirm-intro = Tippe den Code hier ein. So sehen wir, ob du ihn richtig aufgeschrieben hast.
lock-code-label = Ersatzcode
lock-password-label = Wähle ein Passwort
lock-password-hint = Mindestens 8 Zeichen. Ein kurzer Satz, den du dir merken kannst, ist ein gutes Passwort.
lock-password-again = Tippe das Passwort noch einmal
lock-password-mismatch = Die beiden Passwörter sind nicht gleich. Bitte tippe sie noch einmal.
lock-show-password = Zeigen, was ich getippt habe
lock-confirm = Meinen Plan sperren
lock-locking = Dein Plan wird gesperrt. Das dauert einen Moment.
lock-back-sheet = Zurück zum Blatt
lock-back-settings = Zurück zu den Einstellungen
lock-done-title = Dein Plan ist gesperrt
lock-done = Ab jetzt fragt Waymark beim Start nach deinem Passwort.
lock-done-backups =
    { $count ->
        [one] Deine Sicherung wurde auch gesperrt.
       *[other] Deine { $count } Sicherungen wurden auch gesperrt.
    }
lock-done-removed =
    { $count ->
        [one] Eine alte Kopie, die nicht gesperrt werden konnte, wurde entfernt. Dein Plan selbst ist sicher.
       *[other] { $count } alte Kopien, die nicht gesperrt werden konnten, wurden entfernt. Dein Plan selbst ist sicher.
    }
lock-done-how = „Jetzt sperren“ oben im Fenster sperrt Waymark sofort. Nach 10 Minuten ohne Nutzung sperrt es sich auch selbst. Das kannst du in den Einstellungen ändern.
locked-title = Waymark ist gesperrt
locked-lede = Tippe dein Passwort, um deinen Plan zu öffnen.
locked-password = Passwort
locked-unlock = Entsperren
locked-opening = Dein Plan wird geöffnet …
locked-wait =
    { $seconds ->
        [one] Bitte warte 1 Sekunde, bevor du es noch einmal versuchst.
       *[other] Bitte warte { $seconds } Sekunden, bevor du es noch einmal versuchst.
    }
locked-forgot = Ich habe mein Passwort vergessen
forgot-title = Mit deinem Ersatzcode öffnen
forgot-lede = Der Code steht auf dem Blatt mit deinem Ersatzcode. Danach wählst du ein neues Passwort.
forgot-new = Neues Passwort
forgot-new-again = Das neue Passwort noch einmal tippen
forgot-unlock = Meinen Plan mit dem neuen Passwort öffnen
forgot-back = Zurück zum Passwort
header-lock-now = Jetzt sperren
lock-not-saved = Waymark hat nicht gesperrt, weil etwas, das du getippt hast, noch nicht gespeichert werden konnte. Deine Worte sind noch da.
settings-lock = Sperre
settings-lock-off-hint = Sperre deinen Plan mit einem Passwort, damit niemand sonst auf diesem Laptop ihn öffnen kann.
settings-lock-on = Dein Plan ist mit einem Passwort gesperrt.
settings-lock-now = Jetzt sperren
settings-idle = Von selbst sperren nach
settings-idle-never = Nie
settings-idle-minutes =
    { $minutes ->
        [one] 1 Minute ohne Nutzung
       *[other] { $minutes } Minuten ohne Nutzung
    }
settings-change-password = Mein Passwort ändern
change-current = Dein bisheriges Passwort
change-new = Neues Passwort
change-new-again = Das neue Passwort noch einmal tippen
change-save = Mein Passwort ändern
change-done = Dein neues Passwort ist gespeichert. Nutze es beim nächsten Entsperren.
settings-lock-off = Die Sperre ausschalten
lock-off-warning = Dein Plan und seine Sicherungen werden wieder ohne Passwort aufbewahrt. Wer Waymark auf diesem Laptop öffnet, könnte sie lesen.
lock-off-password = Dein Passwort
lock-off-confirm = Die Sperre ausschalten
lock-off-done = Die Sperre ist aus. Dein Plan öffnet sich ohne Passwort.
restore-not-locked = Diese Sicherung stammt aus der Zeit, bevor du deinen Plan gesperrt hast. Waymark kann sie zurückholen und mit deinem Passwort sperren.
restore-and-lock = Zurückholen und sperren
restore-cancel = Meinen Plan lassen, wie er ist
welcome-lock = Auf einem Laptop, den du teilst, kannst du deinen Plan mit einem Passwort sperren.
welcome-lock-button = Meinen Plan mit einem Passwort sperren
error-wrong_password = Dieses Passwort öffnet diesen Plan nicht. Prüfe, ob die Feststelltaste aus ist, und versuche es noch einmal.
error-wrong_recovery_code = Das ist nicht der Code für diesen Plan. Bitte vergleiche ihn mit dem Blatt mit deinem Ersatzcode.
error-recovery_code_mistyped = Eines der Zeichen sieht nicht richtig aus. Bitte vergleiche den Code mit dem Blatt mit deinem Ersatzcode.
error-key_file_problem = Dieser Plan ist gesperrt, aber die kleine Datei, die ihn öffnet (waymark.key.json), fehlt oder ist beschädigt. Waymark hat nichts verändert. Wenn du eine Kopie dieser Datei hast, lege sie zurück in den Ordner des Plans.
error-plan_locked = Waymark ist gesperrt. Bitte entsperre es zuerst.
error-backup_not_locked = Diese Sicherung stammt aus der Zeit, bevor du deinen Plan gesperrt hast.
error-plaintext_refused = Waymark hat angehalten, bevor es eine Kopie deines gesperrten Plans ohne Sperre gespeichert hätte. Nichts wurde gespeichert. Bitte versuche es noch einmal.
error-try_again_later = Bitte warte einen Moment und versuche es dann noch einmal.
error-password-empty = Bitte tippe ein Passwort.
error-password = Bitte wähle ein Passwort mit mindestens 8 Zeichen.
error-recovery_code-empty = Bitte tippe den Ersatzcode von deinem Blatt.
error-recovery_code = Bitte tippe den Ersatzcode von deinem Blatt.
error-idle_minutes = Bitte wähle eine der Zeiten aus der Liste.
settings-lock-set-up = Meinen Plan mit einem Passwort sperren

recovery-sheet-how = Passwort vergessen? Öffne Waymark, wähle „Ich habe mein Passwort vergessen“ und tippe diesen Code.
lock-save-sheet = Das Blatt als PDF speichern …
lock-save-sheet-hint = Um es anderswo zu drucken oder auf einem USB-Stick aufzubewahren. Nicht auf diesem Laptop: Wer den Laptop und den Code hat, könnte deinen Plan öffnen.
lock-sheet-saved = Das Blatt ist unter { $path } gespeichert.
lock-code-hint = Groß- und Kleinschreibung, Leerzeichen und Striche sind egal. O und 0 zählen gleich, ebenso I, L und 1.
lock-go-home = Zu meinem Plan
forgot-no-sheet = Wenn du das Blatt und das Passwort beide verloren hast, kann niemand diesen Plan öffnen, auch nicht das College. Er bleibt hier unverändert. Deine Begleitperson kann dir helfen, neu anzufangen.
new-sheet = Ein neues Blatt mit Ersatzcode erstellen
new-sheet-hint = Für den Fall, dass das alte Blatt verloren ist. Sobald du den neuen Code abgetippt hast, gilt der alte nicht mehr.
new-sheet-make = Neues Blatt erstellen
new-sheet-keep = Das neue Blatt behalten
new-sheet-done = Dein neues Blatt mit Ersatzcode ist gespeichert. Der alte Code gilt nicht mehr.

## Versiegelte Dateien (files/sealed.rs): eine Datei, die reist, mit einer Passphrase versiegelt.
error-passphrase_needed = Diese Datei ist mit einer Passphrase versiegelt. Bitte gib die Passphrase ein, die du dazu bekommen hast.
error-wrong_passphrase = Diese Passphrase öffnet die Datei nicht. Prüfe die Wörter mit der Person, die sie dir gegeben hat, und versuche es noch einmal. Nichts wurde verändert.
error-passphrase-empty = Bitte gib die Passphrase ein.
error-passphrase-too_short = Bitte nimm eine Passphrase mit mindestens { $max } Buchstaben: drei Wörter sind gut.
error-passphrase = Eine Webseite kann nicht versiegelt werden. Um zu versiegeln, was du teilst, wähle das PDF mit Passwort oder die Waymark-Datei.
error-passphrase-too_long = Diese Passphrase ist länger, als Waymark sie verwenden kann. Bitte wähle eine kürzere.
file-plan-sealed_damaged = Diese versiegelte Plan-Datei ist beschädigt: Vielleicht wurde sie unterwegs gekürzt oder verändert. Nichts wurde verändert. Bitte frag nach, ob sie noch einmal gespeichert und geschickt werden kann.
file-plan-sealed_too_costly = Diese versiegelte Datei verlangt viel mehr Arbeit zum Öffnen, als Waymark je verwendet, darum hat Waymark es nicht versucht. Nichts wurde verändert. Bitte frag nach, ob sie mit Waymark noch einmal gespeichert werden kann.
file-plan-sealed_twice = In dieser Datei steckt eine versiegelte Datei in einer versiegelten Datei. So etwas macht Waymark nie. Nichts wurde verändert. Bitte frag nach, ob sie mit Waymark noch einmal gespeichert werden kann.
file-plan-sealed_with_key = Diese Datei ist für den Schlüssel einer bestimmten Person versiegelt, nicht mit einer Passphrase, darum kann Waymark sie nicht öffnen. Nichts wurde verändert.
file-feedback-sealed_damaged = Diese versiegelte Rückmeldung ist beschädigt: Vielleicht wurde sie unterwegs gekürzt oder verändert. Nichts wurde verändert. Bitte frag deine Begleitperson, ob sie sie noch einmal speichern und schicken kann.
file-feedback-sealed_too_costly = Diese versiegelte Datei verlangt viel mehr Arbeit zum Öffnen, als Waymark je verwendet, darum hat Waymark es nicht versucht. Nichts wurde verändert. Bitte frag deine Begleitperson, ob sie sie mit Waymark noch einmal speichern kann.
file-feedback-sealed_twice = In dieser Datei steckt eine versiegelte Datei in einer versiegelten Datei. So etwas macht Waymark nie. Nichts wurde verändert. Bitte frag deine Begleitperson, ob sie sie mit Waymark noch einmal speichern kann.
file-feedback-sealed_with_key = Diese Datei ist für den Schlüssel einer bestimmten Person versiegelt, nicht mit einer Passphrase, darum kann Waymark sie nicht öffnen. Nichts wurde verändert.

## Dateien versiegeln, die reisen (share/SealChoice.svelte, share/PassphrasePrompt.svelte)
seal-offer = Mit einer Passphrase versiegeln
seal-offer-hint = Nur wer die Passphrase kennt, kann die Datei öffnen. Gut für E-Mail oder einen USB-Stick.
seal-offer-pdf = Das PDF mit einem Passwort schützen
seal-offer-pdf-hint = Das PDF öffnet sich dann nur mit dem Passwort, in jedem PDF-Programm.
seal-words = Passphrase
seal-password = Passwort
seal-words-hint = Sag deiner Begleitperson diese Wörter beim Gespräch, oder schreib sie auf. Waymark speichert sie nirgends.
seal-other-words = Andere Wörter vorschlagen
seal-always = Diese Datei wird immer mit einer Passphrase versiegelt, weil sie deinen ganzen Plan enthält, auch deine privaten Einträge.
seal-no-way-back = Ohne diese Wörter kann niemand die Datei öffnen: nicht du, nicht das College, nicht Waymark. Man kann sie nicht zurückbekommen. Schreib sie jetzt auf und bewahre sie getrennt von der Datei auf.
share-html-not-sealed = Eine Webseite kann nicht versiegelt werden. Damit es unterwegs privat bleibt, wähle das PDF (mit Passwort) oder die Datei für Waymark (mit Passphrase).
open-passphrase-title = Diese Datei ist versiegelt
open-passphrase-label = Passphrase
open-passphrase-hint = Gib die Wörter ein, die du mit der Datei bekommen hast. Groß- und Kleinschreibung und zusätzliche Leerzeichen sind egal.
open-passphrase-open = Datei öffnen
open-passphrase-cancel = Abbrechen

## Die Lernenden einer Begleitperson und ihre Sätze
error-lock_first = Bitte schütze Waymark zuerst mit einem Passwort. Die Pläne, die du aufbewahrst, sind die privaten Worte anderer Menschen. Deshalb bewahrt Waymark sie nur hinter deinem Passwort auf.
error-not_keeping_students = Das Aufbewahren von Plänen ist ausgeschaltet, deshalb wurde dieser Plan nicht aufbewahrt. Nichts wurde geändert.
error-phrase-empty = Bitte schreib den Satz in ein paar Worten.
error-phrase-too_long = Das ist recht lang für einen Satz. Bitte bleib unter { $max } Zeichen.
error-phrase = Du hast so viele Sätze, wie Waymark aufbewahrt. Bitte entferne zuerst einen, den du nicht mehr brauchst.
error-forget_after = Bitte wähle 1 bis 60 Monate.
error-file_too_big-phrases = Diese Datei ist viel größer als jede Liste von Sätzen (höchstens { $max_mb } MB), deshalb hat Waymark sie nicht geöffnet. Nichts wurde geändert.
error-file_too_new-phrases = Diese Sätze wurden mit einem neueren Waymark gespeichert. Bitte aktualisiere Waymark, um sie zu importieren. Nichts wurde geändert.
file-phrases-empty = Diese Datei mit Sätzen ist leer. Nichts wurde geändert.
file-phrases-not_json = Waymark konnte diese Datei mit Sätzen nicht lesen. Sie wurde vielleicht unterwegs beschädigt, oder es ist eine andere Art von Datei. Nichts wurde geändert.
file-phrases-not_this_kind = Diese Datei ist keine Liste von Sätzen aus Waymark. Nichts wurde geändert. Eine Liste von Sätzen endet auf .waymark-phrases.
file-phrases-is_plan = Das ist ein geteilter Plan, keine Liste von Sätzen. Nichts wurde geändert.
file-phrases-is_feedback = Das ist eine Rückmeldung einer Begleitperson, keine Liste von Sätzen. Nichts wurde geändert.
file-phrases-no_version = Diese Datei sagt nicht, welches Waymark sie gemacht hat, deshalb hat Waymark sie nicht geöffnet. Nichts wurde geändert.
file-phrases-bad_shape = Ein Teil dieser Datei ist nicht so, wie Waymark sie schreibt, deshalb hat Waymark sie nicht importiert. Vielleicht hat ein anderes Programm sie verändert. Nichts wurde geändert.
file-phrases-too_long = Diese Datei enthält einen Satz, der viel länger ist, als Waymark aufbewahrt, deshalb hat Waymark sie nicht importiert. Nichts wurde geändert.
file-phrases-too_many = Diese Datei enthält mehr Sätze, als Waymark aufbewahrt, deshalb hat Waymark sie nicht importiert. Nichts wurde geändert.
file-phrases-not_everything = Waymark konnte diese Datei mit Sätzen nicht lesen. Nichts wurde geändert.
file-phrases-is_move_file = Das ist die private Umzugsdatei eines ganzen Plans, keine Liste von Sätzen. Nichts wurde geändert.
file-phrases-bad_row = Waymark konnte diese Datei mit Sätzen nicht lesen. Nichts wurde geändert.
file-phrases-no_items = In dieser Datei stehen keine Sätze, es gibt also nichts zu importieren. Nichts wurde geändert.
file-phrases-unreadable = Waymark konnte diese Datei nicht öffnen. Vielleicht wurde sie verschoben oder gelöscht, oder sie ist auf einem USB-Stick, der entfernt wurde. Nichts wurde geändert. Bitte wähle sie noch einmal.
file-phrases-sealed_damaged = Waymark konnte diese Datei mit Sätzen nicht lesen. Nichts wurde geändert.
file-phrases-sealed_too_costly = Waymark konnte diese Datei mit Sätzen nicht lesen. Nichts wurde geändert.
file-phrases-sealed_twice = Waymark konnte diese Datei mit Sätzen nicht lesen. Nichts wurde geändert.
file-phrases-sealed_with_key = Waymark konnte diese Datei mit Sätzen nicht lesen. Nichts wurde geändert.

## Meine Lernenden: der Bereich für Begleitpersonen

nav-students = Meine Lernenden
students-title = Meine Lernenden
students-lede = Die Pläne, die Ihre Lernenden mit Ihnen teilen, jeder mit dem Tag, an dem er geteilt wurde. So sehen Sie, was sich seit dem letzten Gespräch geändert hat.
students-keep-title = Die Pläne meiner Lernenden aufbewahren
students-keep-lede = Waymark kann jeden Plan aufbewahren, den jemand mit Ihnen teilt. Das sind die privaten Worte anderer Menschen. Darum bewahrt Waymark sie nur hinter einer Sperre auf, die nur Sie öffnen können.
students-lock-first = Zuerst eine Sperre einrichten
students-lock-first-hint = Sie wählen ein Passwort und drucken ein Wiederherstellungsblatt. Dann kommen Sie hierher zurück und schalten dies ein.
students-keep-on = Die Pläne meiner Lernenden aufbewahren
students-bring-in-title = Pläne hereinholen
students-bring-in = Plan-Dateien auswählen…
students-bring-in-folder = Einen Ordner auswählen…
students-bring-in-hint = Sie können viele Plan-Dateien auf einmal wählen (ihre Namen enden auf .waymark) oder einen Ordner, der sie enthält. Ein Plan, den Sie schon haben, wird nur einmal aufbewahrt.
students-brought-new = { $count ->
    [one] eine neue Person
   *[other] { $count } neue Personen
}
students-brought-versions = { $count ->
    [one] ein neuerer Plan
   *[other] { $count } neuere Pläne
}
students-brought-already = { $count ->
    [one] ein Plan, den Sie schon hatten
   *[other] { $count } Pläne, die Sie schon hatten
}
students-brought-nothing = Dort wurden keine Plan-Dateien gefunden.
students-brought = Hereingeholt: { $list }.
students-not-brought-in = { $count ->
    [one] Eine Datei wurde nicht hereingeholt:
   *[other] { $count } Dateien wurden nicht hereingeholt:
}
students-left-over = Waymark holt { $max } Dateien auf einmal herein. Bitte wählen Sie die übrigen noch einmal.
students-none = Noch niemand. Holen Sie die Plan-Dateien herein, die Ihre Lernenden mit Ihnen geteilt haben.
students-find = Nach Namen suchen
students-course = Kurs
students-course-any = Jeder Kurs
students-sort = Reihenfolge
students-sort-due = Gespräch bald fällig
students-sort-name = Name
students-sort-received = Zuletzt erhaltener Plan
students-shown = { $shown ->
    [one] Eine von { $count } Personen wird gezeigt.
   *[other] { $shown } von { $count } Personen werden gezeigt.
}
students-none-match = Niemand passt dazu. Versuchen Sie einen anderen Namen oder Kurs.
student-last-plan = Letzter Plan geteilt am { $date }
student-versions = { $count ->
    [one] ein Plan aufbewahrt
   *[other] { $count } Pläne aufbewahrt
}
student-next-review = Nächster Rückblick: { $date }
student-review-passed = Rückblick war fällig am { $date }
student-no-review = Kein Datum für einen Rückblick im Plan
student-feedback-none = Noch keine Rückmeldung geschickt
student-feedback-last = Ihre letzte Rückmeldung: { $date }
decided-taken = { $count } übernommen
decided-later = { $count } für später
decided-left = { $count } gelassen
decided-waiting = { $count } noch nicht entschieden
students-forget-soon = { $count ->
    [one] Waymark vergisst bald die Pläne einer Person, wie Sie es gewählt haben:
   *[other] Waymark vergisst bald die Pläne von { $count } Personen, wie Sie es gewählt haben:
}
students-forget-on = { $name }, am { $date }
students-forget-soon-hint = Die Pläne einer Person werden bis { $months } Monate nach dem letzten Plan aufbewahrt. Um sie länger zu behalten, holen Sie einen neueren Plan herein oder wählen Sie unten eine längere Zeit.
students-settings-title = Wie lange Waymark sie aufbewahrt
students-forget-after = Die Pläne einer Person vergessen
students-forget-after-hint = Gezählt ab dem letzten Plan, den die Person mit Ihnen geteilt hat. Waymark sagt es Ihnen hier einen Monat vorher.
students-forget-after-months = { $count ->
    [one] 1 Monat nach dem letzten
   *[other] { $count } Monate nach dem letzten
}
students-stop = Keine Pläne von Lernenden mehr aufbewahren…
students-stop-confirm = Damit vergisst dieses Waymark die Pläne aller Lernenden und alle Rückmeldungen, die Sie ihnen geschickt haben. Das lässt sich nicht rückgängig machen.
students-backups-note = Die eigenen Sicherungen von Waymark auf diesem Laptop enthalten sie noch, bis diese Sicherungen ersetzt werden (die älteste nach etwa einem Jahr). Sie bleiben mit Ihrem Passwort gesperrt.
students-stop-yes = Alle vergessen
students-cancel = Abbrechen
students-stopped = Waymark bewahrt keine Pläne von Lernenden mehr auf. { $count ->
    [one] Eine Person wurde vergessen.
   *[other] { $count } Personen wurden vergessen.
}
student-back = Zurück zu Meine Lernenden
student-plans-title = Die Pläne, die { $name } geteilt hat
student-version = Geteilt am { $date }
student-read = Lesen und Rückmeldung schreiben
student-read-latest = Den neuesten Plan lesen und Rückmeldung schreiben
student-changes-title = Was sich geändert hat
student-compare-from = Den Plan vom
student-compare-to = vergleichen mit dem Plan vom
student-only-one = Das ist der erste Plan, den { $name } mit Ihnen geteilt hat. Beim nächsten Mal sehen Sie hier, was sich geändert hat.
student-history-title = Rückmeldungen, die Sie geschickt haben
student-history-none = Sie haben { $name } aus diesem Waymark noch keine Rückmeldung geschickt.
student-history-sent = Geschickt am { $date }
student-history-about-plan = zum Plan als Ganzem
student-history-about-support = dazu, was beim Lernen hilft
student-history-decision-none = Noch nicht entschieden
student-history-not-received = Seitdem in keinem Plan von { $name }
student-forget = { $name } vergessen…
student-forget-confirm = Damit werden alle Pläne, die { $name } geteilt hat, und alle Rückmeldungen, die Sie geschickt haben, aus diesem Waymark entfernt. Das lässt sich nicht rückgängig machen.
student-forget-yes = { $name } vergessen
student-forgotten = { $name } wurde vergessen.
student-check-in = Blatt für das Gespräch
changes-since = Seit dem { $date }: { $list }.
changes-none = Seit dem { $date } hat sich nichts geändert. Der Plan wurde nur noch einmal geteilt.
changes-goals-added = { $count ->
    [one] ein neues Ziel
   *[other] { $count } neue Ziele
}
changes-goals-achieved = { $count ->
    [one] ein Ziel erreicht
   *[other] { $count } Ziele erreicht
}
changes-goals-paused = { $count ->
    [one] ein Ziel ruht gerade
   *[other] { $count } Ziele ruhen gerade
}
changes-goals-let_go = { $count ->
    [one] ein Ziel losgelassen
   *[other] { $count } Ziele losgelassen
}
changes-goals-resumed = { $count ->
    [one] ein Ziel wieder aufgenommen
   *[other] { $count } Ziele wieder aufgenommen
}
changes-goals-reworded = { $count ->
    [one] ein Ziel in neuen Worten
   *[other] { $count } Ziele in neuen Worten
}
changes-steps-added = { $count ->
    [one] ein neuer Schritt
   *[other] { $count } neue Schritte
}
changes-steps-done = { $count ->
    [one] ein Schritt geschafft
   *[other] { $count } Schritte geschafft
}
changes-courses-chosen = { $count ->
    [one] ein Kurs gewählt
   *[other] { $count } Kurse gewählt
}
changes-courses-finished = { $count ->
    [one] ein Kurs abgeschlossen
   *[other] { $count } Kurse abgeschlossen
}
changes-sessions-attended = { $count ->
    [one] ein Termin besucht
   *[other] { $count } Termine besucht
}
changes-reflections-shared = { $count ->
    [one] ein neuer Eintrag mit Ihnen geteilt
   *[other] { $count } neue Einträge mit Ihnen geteilt
}
changes-feedback-decided = { $count ->
    [one] eine Entscheidung zu Ihrer Rückmeldung
   *[other] { $count } Entscheidungen zu Ihrer Rückmeldung
}
changes-area = „{ $area }“ ging von { $before } auf { $now }
changes-rating-none = keine Bewertung
changes-goals-title = Ziele
changes-goal-new = Neues Ziel
changes-goal-gone = Nicht mehr im geteilten Plan
changes-goal-reworded = Hieß: „{ $before }“
changes-goal-why = Warum es wichtig ist, steht jetzt in neuen Worten
changes-goal-target = Erhofftes Datum: { $before } → { $now }
changes-date-none = keins
changes-steps-title = Schritte
changes-step-added = Neuer Schritt
changes-step-added_done = Neuer Schritt, schon geschafft
changes-step-done = Geschafft
changes-step-undone = Nicht mehr abgehakt
changes-step-reworded = In neuen Worten
changes-step-gone = Nicht mehr im geteilten Plan
changes-courses-title = Kurse
changes-course-new = Neu im Plan
changes-course-gone = Nicht mehr im geteilten Plan
changes-course-attended = { $count ->
    [one] seitdem ein Termin besucht
   *[other] seitdem { $count } Termine besucht
}
changes-reflections-title = Neu geteilte Einträge
changes-reflection = Geschrieben am { $date }
changes-reflections-unshared = { $count ->
    [one] Ein Eintrag, der vorher geteilt war, ist jetzt nicht mehr geteilt. Das hat die Person so gewählt.
   *[other] { $count } Einträge, die vorher geteilt waren, sind jetzt nicht mehr geteilt. Das hat die Person so gewählt.
}
changes-areas-title = Jeder Lebensbereich
changes-feedback-title = Ihre früheren Rückmeldungen
changes-feedback-new = Jetzt im Plan
changes-about-me = „Über mich“ wurde geändert.
changes-support = „Was mir beim Lernen hilft“ wurde geändert.
changes-review = Nächster Rückblick: { $before } → { $now }
changes-not-compared = Nicht verglichen, weil einer der beiden Pläne es nicht geteilt hat: { $list }.
section-goals = Ziele
section-steps = Schritte
section-courses = Kurse
section-reflections = Einträge
section-reviews = Rückblicke
section-about_me = Über mich
section-support = was mir beim Lernen hilft
section-chart = die Fortschrittsgrafik
section-everything = der ganze Plan
tutor-keep = In Meine Lernenden aufbewahren
tutor-kept-new_student = In Meine Lernenden aufbewahrt.
tutor-kept-new_version = In Meine Lernenden aufbewahrt, neben den früheren Plänen.
tutor-kept-already_kept = Dieser Plan ist schon in Meine Lernenden.
phrases-title = Meine Textbausteine
phrases-lede = Worte, die Sie oft benutzen, bereit für jede Rückmeldung. Sie können sie als kleine Datei mit Ihrem Team teilen.
phrases-new = Ein neuer Textbaustein
phrases-add = Diesen Textbaustein behalten
phrases-edit = Ändern
phrases-save = Speichern
phrases-remove = Entfernen
phrases-none = Noch keine Textbausteine.
phrases-export = Meine Textbausteine als Datei speichern…
phrases-import = Eine Datei mit Textbausteinen hereinholen…
phrases-exported = Gespeichert als { $file }.
phrases-imported = { $added ->
    [one] Ein Textbaustein hinzugefügt.
   *[other] { $added } Textbausteine hinzugefügt.
}
phrases-already = { $count ->
    [one] Einen hatten Sie schon.
   *[other] { $count } hatten Sie schon.
}
phrases-use = Einen Textbaustein nutzen
phrases-pick = Textbaustein wählen
student-decision-taken = Übernommen
student-decision-later = Für später
student-decision-left = Gelassen
not-found-student = Diese Person wird hier nicht mehr aufbewahrt.
home-tutor-title = Willkommen zurück
home-tutor = Die Pläne, die Ihre Lernenden mit Ihnen geteilt haben, liegen in Meine Lernenden, hinter Ihrer Sperre.
home-tutor-students = Meine Lernenden öffnen
home-tutor-own-plan = Einen eigenen Plan beginnen
share-my-students = Sie begleiten viele Lernende? Bewahren Sie ihre Pläne in Meine Lernenden auf und sehen Sie, was sich seit dem letzten Mal geändert hat.

## Das Blatt für das Gespräch: eine Seite zum Ausdrucken für ein Gespräch mit einer lernenden Person.
checkin-title = Blatt für das Gespräch
checkin-title-named = Gespräch mit { $name }
checkin-lede = Eine Seite zur Vorbereitung des Gesprächs, nur aus den Plänen, die die lernende Person mit Ihnen geteilt hat, und Ihrer Rückmeldung.
checkin-changed = Was sich seit dem { $date } geändert hat
checkin-changed-first-title = Was sich geändert hat
checkin-first = Das ist der erste Plan, den die Person mit Ihnen geteilt hat. Es gibt noch nichts zu vergleichen.
checkin-more = { $count ->
    [one] … und eine weitere Änderung: siehe „Was sich geändert hat“ in Waymark
   *[other] … und { $count } weitere Änderungen: siehe „Was sich geändert hat“ in Waymark
}
checkin-due = Was ansteht
checkin-next-review = Nächster Rückblick: { $date }
checkin-review-due = Der Plan nannte den { $date } für den nächsten Rückblick: Jetzt ist Zeit dafür.
checkin-no-review = Der Plan hat noch kein Datum für den nächsten Rückblick.
checkin-goal-by = „{ $title }“, erhofft bis { $date }
checkin-steps-to-do = { $count ->
    [0] Keine offenen Schritte bei den Zielen, an denen die Person arbeitet
    [one] Ein offener Schritt bei den Zielen, an denen die Person arbeitet
   *[other] { $count } offene Schritte bei den Zielen, an denen die Person arbeitet
}
checkin-feedback = Ihre noch offene Rückmeldung
checkin-feedback-none = Nichts offen: Die Person hat über Ihre ganze Rückmeldung entschieden.
checkin-feedback-never = Sie haben dieser Person noch keine Rückmeldung geschickt.
checkin-feedback-later = für später aufgehoben
checkin-feedback-waiting = noch nicht entschieden
checkin-feedback-unseen = noch in keinem Plan von ihr
checkin-feedback-more = { $count ->
    [one] … und ein weiterer Punkt
   *[other] … und { $count } weitere Punkte
}
checkin-footer = Erstellt von Waymark { $version }, nur aus dem geteilten Plan. Es enthält die eigenen Worte einer lernenden Person: Bewahren Sie es sicher auf und vernichten Sie es nach dem Gespräch.
student-check-in-hint = Eine Seite für das Gespräch: was sich geändert hat, was ansteht und Ihre offene Rückmeldung.
student-check-in-print = Als Seite zum Drucken speichern
student-check-in-pdf = Als PDF speichern
student-check-in-saved = Gespeichert als { $file }.

## Read this to me
read-aloud = Diese Seite vorlesen
read-aloud-goal = Dieses Ziel vorlesen
read-aloud-course = Diesen Kurs vorlesen
read-aloud-reflection = Diesen Eintrag vorlesen
read-aloud-plan = Diesen Plan vorlesen
read-aloud-stop = Vorlesen beenden
read-aloud-escape = oder die Esc-Taste drücken
error-no_voice = Dieser Laptop kann noch nicht vorlesen: Ihm fehlt eine kostenlose Stimme. Das liegt nicht an dir, und alles andere in Waymark geht wie immer. Wenn dir jemand mit dem Computer hilft, zeig ihm das: Bitte „speech-dispatcher“ und „espeak-ng“ installieren und Waymark dann neu starten.
error-read_aloud-empty = Hier gibt es noch keine Worte zum Vorlesen.
error-read_aloud-too_long = Diese Seite ist zu lang, um sie auf einmal vorzulesen. Öffne bitte einen Teil davon und lass dir den vorlesen.
error-voice = Bitte wähle eine der Stimmen aus der Liste.
settings-read-aloud = Vorlesen
settings-read-aloud-hint = Waymark kann die Worte auf dem Bildschirm mit der eigenen Stimme dieses Laptops vorlesen. Nichts wird irgendwohin gesendet. Mit „Vorlesen beenden“ oder der Esc-Taste hört es auf. Zu laut oder zu leise? Nimm die Lautstärketasten deines Laptops.
settings-speed = Wie schnell
settings-speed-slowest = Ganz langsam
settings-speed-slower = Langsamer
settings-speed-usual = Normal
settings-speed-faster = Schneller
settings-voice-en = Stimme für Englisch
settings-voice-de = Stimme für Deutsch
settings-voice-usual = Die übliche Stimme des Laptops
settings-voice-try = Diese Stimme ausprobieren
read-aloud-sample-en = Hello. This is how I sound when I read to you.
read-aloud-sample-de = Hallo. So klinge ich, wenn ich dir vorlese.
