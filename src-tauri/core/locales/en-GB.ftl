# Waymark: English (UK). Plain words, short sentences, kind and hopeful.
# Shared by the UI and by Rust (for exported documents).

## App frame
app-name = Waymark
app-subtitle = My learning plan
skip-link = Skip to main content
nav-label = Plan sections
nav-goals = My goals
nav-settings = Settings
save-saving = Saving…
save-saved = Saved
save-failed = Not saved yet
start-failed-title = Waymark could not start
open-failed-title = Waymark could not open your plan
open-failed-folder = Your plan is kept in this folder:

## Goals list
goals-title = My goals
goals-lede = Your hopes and life goals, in your own words. Break each one into small steps. You decide what matters. You can change your mind at any time.
goals-add = Add a goal
goals-empty-title = Where would you like to get to?
goals-empty-text = A goal can be anything you hope for. You might want to learn something new, make a friend, feel at home, or get back to work or a hobby. Big or small, it is yours.
goals-group-active = Goals I am working on
goals-group-paused = Resting for now
goals-group-achieved = Goals I have achieved
goals-group-let_go = Goals I have let go
goals-hoping-for = Hoping for { $date }
steps-summary-none = No steps yet
steps-summary = { $done } of { $total } steps done
steps-summary-all = { $total ->
    [one] The step is done
   *[other] All { $total } steps done
 }

## A goal's words
field-title = My goal
field-title-hint = In your own words. For example: "Make a new friend".
field-why = Why it matters to me
field-optional = (you can leave this empty)
field-area = Life area
field-date = A date I hope for
field-date-optional = (if you like)
field-date-hint = For example: 30 June 2027. Leave it empty if you like.
field-day = Day
field-month = Month
field-year = Year
field-month-none = —

## Adding a goal
new-goal-title = A new goal
new-goal-restored = We kept what you were writing last time.
new-goal-start-again = Start again with an empty page
new-goal-save = Save my goal
new-goal-close = Close for now
new-goal-close-hint = If you close this, Waymark keeps what you wrote for next time.

## One goal
goal-back = All my goals
goal-about = About this goal
goal-autosave = Changes are saved as you type.
goal-status-title = Where this goal is now
status-active = Working on it
status-active-hint = This is one of my goals right now.
status-paused = Resting for now
status-paused-hint = I will come back to it when the time is right.
status-achieved = Achieved
status-achieved-hint = I did it.
status-let_go = Let go
status-let_go-hint = It is not for me any more, and that is fine.
goal-remove = Remove this goal…
goal-remove-group = Remove this goal
goal-remove-confirm = { $steps ->
    [0] Remove "{ $title }" from your plan?
    [one] Remove "{ $title }" and its step from your plan?
   *[other] Remove "{ $title }" and its { $steps } steps from your plan?
 } This cannot be undone. If you might come back to it, you could choose "Resting for now" instead.
goal-remove-yes = Yes, remove this goal
goal-keep = Keep it

## Steps
steps-title = Small steps
steps-empty = Small steps make a big goal easier. What is one small thing you could do first?
step-add = Add a small step
step-add-button = Add step
step-done = done
step-move-up = Move up: { $step }
step-move-down = Move down: { $step }
step-change = Change
step-change-label = Change this step
step-remove = Remove
step-remove-group = Remove this step?
step-remove-yes = Yes, remove it
step-keep = Keep it
step-save = Save
step-cancel = Cancel

## Settings
settings-title = Settings
settings-lede = Make Waymark easier to read and use. Changes happen at once and are kept for next time.
settings-language = Language
settings-language-system = Same as my computer
settings-text-size = Text size
settings-text-size-hint = Make the words bigger or smaller.
settings-text-size-value = { $size }%
settings-theme = Colours
settings-theme-light = Light
settings-theme-dark = Dark
settings-theme-high_contrast = High contrast
settings-easy-reading = Easy reading
settings-easy-reading-hint = A font many people with dyslexia find easier, with more space between letters and lines.
settings-reduce-motion = Less movement
settings-reduce-motion-hint = Turn off moving effects.
settings-preview = This is how your text will look.

## Messages about what the student entered
error-title-empty = Please give your goal a few words, in your own words.
error-title-too_long = That is quite long for a goal. Please keep it under { $max } letters. You can say more under "Why it matters to me".
error-step_text-empty = Please write a few words for this step.
error-step_text-too_long = That is quite long for a step. Please keep it under { $max } letters, or split it into two steps.
error-too_long = That is more than Waymark can keep here. Please keep it under { $max } letters.
error-life_area = Please choose one of the life areas in the list.
error-status = Please choose where this goal is now.
error-target_date = That date does not look right. Please give a day, a month and a year, or leave all three empty.
error-language = Please choose one of the languages in the list.
error-text_size = Please choose a text size from 100% to 200%.
error-text = Waymark could not keep that text. Please try again.

## Messages about the plan
error-invalid = Something here needs a small change.
error-not_found = Waymark could not find that. It may have been removed.
error-plan_too_new = Your plan was saved by a newer Waymark. Please update Waymark to open it. Your plan has not been changed.
error-not_a_plan = This is not a Waymark plan, or it is too damaged to open. It has not been changed.
error-storage = Waymark could not save just now. What you typed is still here. Please try again.
error-store_unavailable = Waymark could not open your plan.
error-internal = Something went wrong inside Waymark. Your plan is as it was. Please try again.

## Life areas
area-learning = Learning and skills
area-work = Work and volunteering
area-relationships = Friends, family and relationships
area-home = Home
area-money = Money
area-creativity = Creativity and hobbies
area-community = Community and belonging
area-looking_after_me = Looking after myself
area-hopes = Hopes and dreams
