# Waymark: English (UK). Plain words, short sentences, kind and hopeful.
# Shared by the UI and by Rust (for exported documents).

## App frame
app-name = Waymark
skip-link = Skip to main content
nav-label = Plan sections
menu = Menu
nav-goals = My goals
nav-settings = Settings
nav-help = Help
save-saving = Saving…
save-saved = Saved
save-failed = Not saved yet
close-held-title = Waymark has stayed open
close-held-body = Some of what you wrote could not be saved just now, so Waymark did not close. Your words are still here on the screen.
close-held-next = Waymark keeps trying as you write. If you close it again now, it closes without those words, so you may want to copy them somewhere safe first.
start-failed-title = Waymark could not start
open-failed-title = Waymark could not open your plan
screen-loading = Opening…
screen-failed = This part of Waymark could not be opened. Please close Waymark and start it again: your plan is safe.
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
steps-summary = { $done } of { $total ->
    [one] 1 step
   *[other] { $total } steps
 } done
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
field-date-hint-required = For example: 12 January 2027.
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
 } You can put it back from Recently deleted for 30 days. If you might come back to it, you could choose "Resting for now" instead.
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
settings-easy-reading-hint = A font some people find easier to read, with more space between letters and lines.
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
error-plan_damaged = Waymark found damage in your plan file. It stopped before changing anything, and the file is just as it was.
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

## Courses
nav-courses = Courses
courses-title = Courses
courses-lede = Courses from your college's prospectus, and any you add yourself. Choose what interests you, and link courses to your goals.
courses-empty-title = No courses here yet
courses-empty-text = Import your college's prospectus to see its courses. You can also try the sample prospectus first.
courses-import = Import a prospectus…
courses-sample = Try the sample prospectus
courses-search = Find a course
courses-search-hint = Words from the title, the description or what you will learn.
courses-filter-category = Category
courses-filter-delivery = How it is run
courses-filter-term = Term
courses-filter-any = Any
courses-filter-mine = Only courses I have chosen
courses-sort = Sort by
courses-sort-title = Title
courses-sort-start_date = Start date
courses-count = { $count ->
    [0] No courses match. Try fewer words or fewer filters.
    [one] One course
   *[other] { $count } courses
 }
delivery-in_person = In person
delivery-online = Online
delivery-both = In person and online
course-starts = Starts { $date }
course-sessions = { $count ->
    [one] One session
   *[other] { $count } sessions
 }
choice-none = Not chosen
choice-interested = Interested
choice-enrolled = Enrolled
choice-attending = Attending
choice-completed = Completed
choice-withdrawn = I stopped going
course-back = All courses
course-about = About this course
course-learn = What you will learn
course-when = When and where
course-tutors = Tutors
course-term = Term
course-my-choice = My choice
course-goals = Goals this course serves
course-goals-none = This course is not linked to a goal yet.
course-link-goal = Goal
course-link-why = This course helps me with…
course-link = Link to this goal
course-unlink = Remove link
course-attendance = Sessions
course-attendance-none = No sessions recorded yet.
course-attendance-hint = Record each session: attended, missed or cancelled. Missing a session is fine.
attendance-attended = Attended
attendance-missed = Missed
attendance-cancelled = Cancelled
attendance-state = How it went
attendance-date = Session date
attendance-note = A short note (if you like)
attendance-record = Record this session
attendance-summary = { $attended } attended, { $missed } missed, { $cancelled } cancelled
goal-courses = Courses for this goal
goal-courses-none = No courses are linked to this goal yet. You can link one from its page in Courses.

courses-filter-from = Starting on or after
courses-filter-to = Starting on or before
own-course-add = Add a course of my own
own-course-title = A course of my own
own-course-hint = A community course, an evening class, anything you are learning.
own-course-name = Course name
own-course-where = Where (if you like)
own-course-start = When it starts
own-course-save = Save this course
own-course-cancel = Cancel

## The file types the open and save dialogs offer
dialog-plan-file = Waymark plan
dialog-feedback-file = Feedback from a tutor
dialog-phrases-file = Feedback phrases
dialog-prospectus = Prospectus (CSV or JSON)
dialog-backup = Copy of my plan
dialog-move-file = My whole plan, for moving to a new laptop
move-title = Move my plan to a new laptop
move-lede = It takes two steps: save your whole plan on this laptop, then bring it in on the new one.
move-save-title = On this laptop: save my whole plan
move-save-lede = This saves everything in one file: your goals, your courses, your reviews and all your reflections.
move-private = This file is for you alone. Your private reflections are in it, so do not give it to your tutor. To share with your tutor, use Share.
move-save = Save my whole plan…
move-saved = Saved as { $file }. Take it to the new laptop, for example on a USB stick. Once your plan is there, you can delete the file.
move-in-title = On the new laptop: bring my plan in
move-in-lede = Bring the file into Waymark before you add anything. It goes only into an empty Waymark, so nothing gets mixed up.
move-in = Bring in my whole plan…
dialog-web-page = Web page
dialog-pdf = PDF

## Importing a prospectus
import-title = Import a prospectus
import-found = { $count ->
    [one] Waymark found one course.
   *[other] Waymark found { $count } courses.
 }
import-first = The first courses:
import-from = From
import-support = It also names { $count ->
    [one] one place
   *[other] { $count } places
 } to find support. You will find { $count ->
    [one] it
   *[other] them
 } in Help.
import-some-left-out = { $count ->
    [one] One course could not be read, so it was left out.
   *[other] { $count } courses could not be read, so they were left out.
 } The college can see why under Details for college staff.
import-staff = Details for college staff
import-read-csv = Read as a CSV file, { $encoding }, with cells separated by { $separator ->
    [semicolon] semicolons
    [tab] tabs
   *[comma] commas
 }.
import-read-json = Read as a Waymark prospectus file (JSON).
import-none-left-out = Every row was read.
import-support-left-out = { $count ->
    [one] One support contact was left out: it has no name, or a part of it is not text or too long.
   *[other] { $count } support contacts were left out: each has no name, or a part of it is not text or too long.
 }
import-done-added = { $count ->
    [one] One new course is in your list.
   *[other] { $count } new courses are in your list.
 }
import-done-updated = { $count ->
    [one] One course was brought up to date.
   *[other] { $count } courses were brought up to date.
 }
import-done-same = Your courses were already up to date.
import-done-support = The college's support contacts are in Help.
import-skipped-title = Rows left out
import-unknown = Columns Waymark does not use: { $columns }
import-confirm = { $count ->
    [one] Import one course
   *[other] Import { $count } courses
 }
import-cancel = Not now
import-nothing-written = Nothing is saved until you choose to import.
skip-no_title = Row { $row }: no course title.
skip-too_long = Row { $row }: the { $column } is too long (more than { $max } letters).
skip-bad_date = Row { $row }: "{ $value }" is not a date Waymark understands.
skip-bad_number = Row { $row }: "{ $value }" is not a number of sessions.
skip-formula = Row { $row }: the { $column } starts like a spreadsheet formula, so this row was left out.
skip-duplicate_code = Row { $row }: the code { $code } is there twice.
error-bad_file = Waymark could not read this file. Nothing has changed.
file-empty = This file is empty. Nothing has changed.
file-too_large = This file is too big for a prospectus (more than { $max_mb } MB). Nothing has changed.
file-too_many_courses = This prospectus has more than { $max } courses. Please split it into smaller files.
file-not_text = This is not a prospectus file. Please save it from your spreadsheet as CSV.
file-no_title_column = Waymark could not find a column for the course title. Please name one column "Title".
file-bad_json = This file is not a Waymark prospectus. Nothing has changed.
file-bad_csv = Waymark could not read this CSV file. Nothing has changed.
error-choice = Please choose one of the choices in the list.
error-attendance = Please choose attended, missed or cancelled.

## Journal and reflections
nav-journal = Journal
nav-about-me = About me
journal-title = My journal
journal-lede = Your reflections, newest first. Each one is private unless you tick "My tutor may see this".
journal-write = Write a reflection
journal-filters = Show only some reflections
journal-any = Any
journal-from = Written on or after
journal-to = Written on or before
journal-shareable-only = Only the ones my tutor may see
journal-clear = Show all reflections
journal-count = { $total ->
    [0] No reflections yet.
    [one] One reflection.
   *[other] { $total } reflections.
 }
journal-count-filtered = { $shown ->
    [0] No reflections match.
    [one] One reflection matches.
   *[other] { $shown } reflections match.
 }
journal-empty = Your journal is empty for now. A reflection can be a few words about a session, a day, or a step you took.
journal-none-filtered = No reflections match what you chose. You can show all reflections again.
journal-more = Show more
reflection-new-title = A new reflection
reflection-new-hint = Write as much or as little as you like. What you write is kept as you type.
reflection-edit-title = Your reflection
reflection-body = In my own words
reflection-body-hint = Anything you want to remember or think about.
reflection-prompts = Some questions, if they help
reflection-prompts-hint = You can skip any of them.
prompt-learned = What did I learn?
prompt-how-it-went = How did it go for me?
prompt-try-next = What will I try next?
feeling-legend = How I feel
feeling-1 = Having a hard time
feeling-2 = Not so good
feeling-3 = Okay
feeling-4 = Good
feeling-5 = Really good
feeling-none = I'd rather not say
reflection-hard-time = Thank you for writing it down. If you would like someone to talk to, your college's contacts are there for you.
reflection-hard-time-support = See where to find support
reflection-date = The day this is about
reflection-goal = A goal it is about
reflection-course = A course it is about
reflection-session = The session it is about
reflection-none = None
reflection-shareable = My tutor may see this when I share my plan
reflection-shareable-hint = If you leave this unticked, only you see it. If you tick it, you can choose to include it when you share your plan. You can change this at any time.
reflection-shareable-tag = My tutor may see this
reflection-private-tag = Private
reflection-about-course = Course: { $title }
reflection-about-goal = Goal: { $title }
reflection-save = Keep this reflection
reflection-done = Done
reflection-open = Open
reflection-remove = Remove this reflection…
reflection-remove-confirm = Remove this reflection? You can put it back from Recently deleted for 30 days.
reflection-remove-yes = Yes, remove it
goal-reflections = Reflections about this goal
goal-reflections-none = No reflections about this goal yet. You can link one when you write it in your journal.
error-reflection_text-empty = Please write a few words first, in any of the boxes. You can skip the questions.
error-written_on = That date does not look right. Please give a day, a month and a year.
error-session_date = That date does not look right. Please give a day, a month and a year, or leave all three empty.
error-feeling = Please choose one of the words for how you feel, or "I'd rather not say".
error-course = Waymark could not find that course. Please choose another one.
error-goal = Waymark could not find that goal. Please choose another one.

## About me and learning support
about-title = About me
about-lede = What you would like tutors to know. Everything here is up to you, and you can leave any of it empty.
about-me = About me
about-name = The name I like to be called
about-for-tutors = What I'd like tutors to know about me
about-for-tutors-hint = For example, what helps you feel at ease in a group.
about-strengths = My strengths
about-strengths-hint = Things you are good at, or that other people value in you.
about-interests = My interests
about-interests-hint = Put a comma between them, for example: painting, walking, music. They help you find courses.
support-title = What helps me learn
support-lede = Tick what helps you. Tutors look at this first at a check-in.
support-legend = Things that help me
support-large_print = Large print
support-materials_in_advance = Materials before the session
support-quiet_space = A quiet space
support-regular_breaks = Regular breaks
support-someone_with_me = Someone to come with me
support-hearing_loop = A hearing loop
support-interpreter = An interpreter
support-easy_read = Easy read materials
support-near_the_door = Sitting near the door
support-step_free_access = Step-free access
support-written_instructions = Things written down as well as said
support-extra_time = Extra time
support-words = Anything else that helps, in my words
support-words-hint = For example: "Please send the slides the day before."
error-preferred_name = That is quite long for a name. Please keep it short.
error-support = Please choose from the list, or say what helps in your own words.
courses-interests = From my interests:

## Search
search-label = Search my plan
search-placeholder = Search my plan
search-button = Search
search-title = Search my plan
search-lede = Type some words in the search box at the top, then press Enter.
search-count = { $total ->
    [0] Nothing found for "{ $text }".
    [one] One thing found for "{ $text }".
   *[other] { $total } things found for "{ $text }".
 }
search-none = Nothing in your plan has these words. Try fewer words, or the start of a word.
search-reflection-title = Reflection of { $date }
search-kind-goal = Goal
search-kind-step = Step
search-kind-reflection = Reflection
search-kind-course = Course
search-kind-note = Session note

## Undo and Recently deleted
undo = Undo
undo-close = Close
undo-recently-deleted = Open Recently deleted
undo-goal = Goal removed: { $title }
undo-step = Step removed: { $step }
undo-reflection = Reflection of { $date } removed
undo-course = Course removed: { $title }
deleted-title = Recently deleted
deleted-lede = What you removed in the last 30 days. You can put any of it back, just as it was.
deleted-none = Nothing here. Things you remove stay here for 30 days, so you can change your mind.
deleted-steps = { $steps ->
    [one] With one step
   *[other] With { $steps } steps
 }
deleted-when = Removed on { $date }. Kept until { $until }.
deleted-restore = Put it back
settings-your-plan = Your plan
settings-your-plan-hint = Where your plan is kept, copies of it, and things you removed.
error-already_open = Waymark is already open with this plan. Please use the Waymark window that is open.
error-disk_full = Your computer's disk is full, so Waymark could not save. What you typed is still here. Free some space, then try again.
error-read_only = Waymark cannot write to the folder where your plan is kept. What you typed is still here. Check that the folder can be written to, or ask someone to help.
error-locked = Another program is using your plan file just now. What you typed is still here. Please try again in a moment.

## Where my plan is kept, backups
plan-title = Where my plan is kept
plan-lede = Your plan is one file on this computer. Waymark makes a copy of it every day, so you can go back to an earlier day if something goes wrong.
plan-file = Your plan file
plan-folder = Folder
plan-size = Size
plan-holds = What it holds
plan-counts = { $goals ->
    [one] one goal
   *[other] { $goals } goals
 }, { $steps ->
    [one] one step
   *[other] { $steps } steps
 }, { $reflections ->
    [one] one reflection
   *[other] { $reflections } reflections
 }, { $courses ->
    [one] one course
   *[other] { $courses } courses
 }
plan-last-backup = Last copy
plan-no-backup = No copy yet. Waymark makes one each day you use it, and you can make one now with "Back up now…".
plan-back-up-now = Back up now…
plan-back-up-hint = "Back up now" saves a copy anywhere you choose, for example a USB stick.
plan-open-folder = Open the folder
plan-check = Check that my plan is healthy
plan-healthy = Your plan is in good order.
plan-backed-up = A copy of your plan was saved to { $path }
plan-backups = Copies of my plan
plan-backups-hint = Waymark keeps a copy for each of the last 7 days, 4 weeks and 12 months, and one before every big change.
plan-backup-unreadable = This copy cannot be read. It will not be used.
plan-look-inside = Look inside
plan-restore = Go back to this copy…
plan-restore-confirm = Your plan will go back to how it was on { $date }. Waymark first saves a copy of your plan as it is now, so you can change your mind.
plan-restore-yes = Yes, go back to this copy
plan-restore-no = Not now
plan-restored = Your plan is back to how it was on { $date }.
plan-preview-title = The copy from { $date }
plan-preview-hint = This is only a look. Nothing changes unless you choose to go back to this copy.
plan-preview-none = Nothing here.
backup-daily = Daily copy
backup-before_migration = Before Waymark was updated
backup-before_restore = Before going back to a copy
backup-before_import = Before a prospectus was imported
damaged-offer = Waymark can put the damaged file aside, untouched, and start again from your newest good copy.
damaged-use-backup = Use my newest copy
error-rating = Please choose a number from 1 to 10, or skip this one.
error-attainment = Please choose one of the five answers, or skip it.
error-decision = Please choose: keep it, change it, rest it, let it go, or achieved.
error-next_review = That date does not look right. Please give a day, a month and a year, or leave all three empty.
error-suggestion-empty = Please write the suggestion in a few words.

## Reviews and progress
nav-review = Review
review-title = Review my progress
review-lede = Look back at how far you have come, and choose what comes next. Nothing here is a test, and you can skip anything.
review-in-progress = My review of { $date }
review-autosave = Everything is saved as you go. You can finish later.
review-start = Start a review
review-start-check-in = Start a check-in with my tutor
review-resume = Carry on with my review of { $date }
review-next-is = Your next review: { $date }
review-who = On my own, or with a tutor
review-check-in = This is a check-in with a tutor
review-check-in-short = Check-in
review-with = With { $name }
review-tutor = The tutor's name
review-talked = What we talked about
review-suggestions = Suggestions from my tutor
review-suggestions-hint = Suggestions stay suggestions. You choose which ones to take on.
review-add-suggestion = A suggestion
review-add = Add
review-take-on = Take it on
review-take-on-goal = Take it on as
review-take-on-no-goal = Just take it on
review-as-step-of = A step of: { $title }
review-taken-on = Taken on
review-areas = How things are now
review-areas-hint = For each part of life, 1 means not good at all and 10 means as good as it could be. Skip any you like.
review-skip = Not rated
rating-low = { $n } (not good at all)
rating-high = { $n } (as good as it could be)
review-goals = My goals
review-no-goals = You have no goals to look at yet.
review-progress = How it is going, in my words
review-attainment = Compared with what I hoped
attainment-minus2 = Much less than I hoped
attainment-minus1 = A bit less than I hoped
attainment-plus0 = About what I hoped
attainment-plus1 = A bit more than I hoped
attainment-plus2 = Much more than I hoped
review-decision = What I decide
decision-keep = Keep it
decision-change = Change it
decision-pause = Rest it for now
decision-let_go = Let it go
decision-achieved = Achieved
review-new-words = New words for this goal
review-save-words = Use these words for my goal
review-looking-ahead = Looking ahead
review-went-well = What went well
review-whats-next = What is next for me
review-next-date = My next review
review-finish = Finish this review
review-later = Finish later
review-past = Reviews I have done
review-none = No reviews finished yet.
review-show-all = Show all { $count } reviews
highlights-show-all = Show all { $count } goals I have achieved
progress-terms-show-all = Show all { $count } terms
progress-title = How things have changed
progress-compare = Compare with
chart-title = How things are in each part of life
chart-empty = No parts of life were rated yet.
chart-earlier = Earlier review, { $date }
chart-latest = Latest review, { $date }
chart-one = Review, { $date }
chart-earlier-short = Earlier
chart-latest-short = Latest
chart-rated-short = Rated
chart-of-ten = { $value } of 10
chart-not-rated = not rated
chart-up = up { $by }
chart-down = down { $by }
chart-same = the same
goal-history = How this goal has grown
goal-history-hint = The words you used before, kept from your reviews.
goal-history-until = until { $date }
goal-history-now = now

## Home: what's next for me

nav-home = Home
home-hello = Hello, { $name }
home-hello-plain = Welcome back
home-lede = What is next for you. The menu at the top leads to every part of your plan.
home-first-title = Welcome to Waymark
home-first = This is your plan, kept on this laptop only. A good place to start is a goal, in your own words.
home-first-goal = Write my first goal
home-review = My next review
home-review-due = It is time for your review. You planned it for { $date }.
home-review-due-start = Start my review
home-review-unfinished = You started a review on { $date }. You can carry on whenever you like.
home-review-next = Your next review is on { $date }.
home-review-none = No review planned yet. You can look back at how far you have come whenever you like.
home-review-open = Go to my reviews
home-next-steps = My next steps
home-next-steps-none = No steps waiting. Small steps can be added to any goal.
home-step-of = For: { $goal }
home-courses = My courses
home-courses-none = You are not on a course right now. The catalogue is under Courses.
home-course-starts = Starts { $date }
home-course-last = Last session I went to: { $date }
calendar-open = Add to my calendar
calendar-title = Add my sessions to my calendar
calendar-lede = Waymark makes a calendar file with the sessions of your courses. Open it with your calendar app, or send it to your phone. Nothing is sent anywhere.
calendar-course = { $title }: { $count ->
    [one] one session, on { $date }
   *[other] { $count } sessions, weekly from { $date }
}
calendar-course-hours = { $from } to { $to }
calendar-course-whole-day = The times could not be read from the prospectus, so these are whole-day events. Please check the times with the college.
calendar-course-no-date = { $title }: no start date yet, so it is not in the file.
calendar-none = None of your courses has a start date yet, so there are no sessions to add.
calendar-review-choice = Also add my next review, on { $date }
calendar-save = Save the calendar file
calendar-saved = Saved as { $file }, with { $count ->
    [one] one event
   *[other] { $count } events
}. Saving a newer file later updates these events instead of adding them twice.
calendar-close = Close
calendar-file-name = my-sessions
calendar-name = My sessions
calendar-session-of = Session { $number } of { $count }
calendar-review = Review of my learning plan
dialog-calendar = Calendar file
notify-review-title = Time for your Waymark review
notify-review-body = You planned to look back at your progress today. Open Waymark when you are ready.
settings-reminders = Reminders
settings-review-notification = Tell me when a review is due
settings-review-notification-hint = A message from your computer on the day, while Waymark is open. Off unless you turn it on.

## A goal's story

story-title = This goal's story
story-hint = Everything that happened with this goal, oldest first.
story-started = I set this goal
story-status = Now: { $status }
story-reworded = I changed the words. Before, it was: { $earlier }
story-step-done = Done: { $text }
story-course = Linked a course: { $title }
story-reviewed = Looked at it in a review
story-reviewed-chose = Looked at it in a review, and chose: { $decision }
story-reflection = I wrote about it
story-open-reflection = Read it in my journal

## Progress: terms and things I've done

progress-terms = Courses, term by term
progress-terms-none = No courses chosen yet.
progress-term-none = Courses without a term
progress-term-completed = Completed: { $courses }
progress-term-taking = Taking: { $courses }
progress-term-sessions = { $count ->
    [0] No sessions marked yet
    [one] Went to 1 session
   *[other] Went to { $count } sessions
 }
highlights-title = Things I have done
highlights-hint = Every step counts. Nothing here is compared with anyone else.
highlights-none = What you do will gather here: steps done, sessions, reflections. There is no rush.
highlights-achieved = Goals I achieved
highlights-steps = { $count ->
    [one] 1 step done
   *[other] { $count } steps done
 }
highlights-sessions = { $count ->
    [one] Went to 1 session
   *[other] Went to { $count } sessions
 }
highlights-courses = { $count ->
    [one] 1 course completed
   *[other] { $count } courses completed
 }
highlights-reflections = { $count ->
    [one] 1 reflection written
   *[other] { $count } reflections written
 }
highlights-reviews = { $count ->
    [one] 1 review of my progress
   *[other] { $count } reviews of my progress
 }
highlights-since = ({ $count } since my review on { $date })
highlights-recent = Steps I did lately

# The tutor pack (HTML and PDF) and the share screen.
pack-title = Learning plan
pack-title-named = { $name }'s learning plan
pack-shared-by = Shared by { $name } on { $date }
pack-shared-anon = Shared on { $date }
pack-lede = The student chose what is in this pack. It is a copy: the plan itself stays with them.
pack-none = Nothing here yet.
pack-courses = Courses and sessions
pack-reviews = Reviews and check-ins
pack-reflections = Reflections shared with you
pack-target = aiming for { $date }
pack-starts = starts { $date }
pack-step-done = done
pack-step-todo = to do
pack-review-of = Review of { $date }
pack-taken-on = taken on
pack-made-with = Made with Waymark { $version }. Private reflections are never in a pack.
pack-page = Page { $page } of { $pages }

# "Print my plan": the student's own plan in large print.
print-title = My learning plan
print-title-named = { $name }'s learning plan
print-header = Printed on { $date }
print-lede = Printed from Waymark for me. The plan itself stays on my laptop.
print-reflections = My journal
print-made-with = Printed with Waymark { $version }.
print-open = Print my plan
print-heading = Print my plan
print-hint = A copy of your plan in large print, to print or to keep, with only the parts you choose. With Easy reading on, its lines are further apart.
print-parts = What to print
print-about-me = About me and what helps me learn
print-goals = My goals and their steps
print-courses = My courses
print-reviews = My reviews
print-reflections-choice = My journal: the reflections my tutor may see
print-private = Also my private reflections
print-private-hint = Only tick this for a copy you keep somewhere safe.
print-save = Save it as a PDF
print-saved = Saved as { $file }. Open it to print it, or keep it as it is.
print-open-file = Open it to print
print-nothing = Choose at least one part to print.
print-file-name = my-learning-plan

# The share screen and tutor review mode.
nav-share = Share
share-title = Share with a tutor
share-lede = Three short steps: choose what your tutor may see, look at exactly what they will get, then save it as a file to give them. Private reflections are never put in your tutor's file.
share-what = What to share
share-what-hint = Nothing is shared unless you turn it on. Waymark remembers your choice for next time.
share-progress = Steps
share-step-choose = Choose what to share
share-step-look = See what my tutor gets
share-step-save = Save it
share-step-done = done
share-next-look = Next: see what my tutor gets
share-back-choose = Change what I share
share-next-save = Next: save it
share-nothing-yet = Nothing is chosen yet, so there is nothing to save. Go back and turn on what you would like to share.
share-format-legend = How to save it
share-as-pdf = A PDF (the usual choice)
share-as-pdf-hint = Opens on any computer or phone, and prints well.
share-as-html = A web page
share-as-html-hint = Opens in any web browser, even without the internet.
share-as-waymark = A Waymark file
share-as-waymark-hint = For a tutor who has Waymark: they can read it there and send feedback back to you.
share-back-look = Back
share-save-as-pdf = Save the PDF…
share-save-as-html = Save the web page…
share-save-as-waymark = Save the Waymark file…
share-saved-title = Saved
share-show-file = Show the file in its folder
share-show-file-failed = Waymark could not open the folder on this computer. Your file is saved as { $file }, in the folder you chose when you saved it.
share-give-title = How to give it to your tutor
share-give-email = Attach it to an email to your tutor.
share-give-usb = Or copy it onto a USB stick and bring it to your check-in.
share-give-print = Or print it and take it with you.
share-kept-next-time = Waymark remembers what you chose, ready for next time.
share-again = Share again
share-about_me = About me
share-about_me-hint = What you would like tutors to know, your strengths and interests.
share-support = What helps me learn
share-support-hint = The supports you ticked, and your own words about them.
share-goals = My goals
share-goals-hint = Each goal, why it matters, and where it is now.
share-steps = The steps of my goals
share-steps-hint = Which steps are done and which are still to do.
share-courses = Courses and sessions
share-courses-hint = The courses you chose, and how many sessions you went to.
share-reviews = Reviews and check-ins
share-reviews-hint = What went well, what is next, and your tutor's suggestions.
share-chart = How things are in each part of life
share-chart-hint = Your latest ratings, beside the ones before.
share-reflections = Reflections
share-reflections-hint = Only reflections you ticked "My tutor may see this" are listed. Tick the ones to share this time.
share-reflections-none = None of your reflections is ticked "My tutor may see this", so none will be shared.
share-save-title = Save it for my tutor
share-tutor = My tutor's name
share-tutor-hint = It goes in your list of what you have shared, not in the file.
share-saved = Saved as { $file }.
share-preview = What my tutor will see
share-preview-hint = This is the plan as it will be in the file, with only what you chose.
share-nothing = Nothing is chosen yet. Turn on what you would like to share.
share-log-title = What I have shared
share-log-none = You have not shared your plan yet.
share-format-html = a page for my tutor
share-format-pdf = a PDF for my tutor
share-format-waymark = a Waymark file
share-format-everything = my whole plan, for moving to a new laptop (private)
move-moved-in = Your plan is here: { $goals ->
        [one] one goal
       *[other] { $goals } goals
    } and { $reflections ->
        [one] one reflection
       *[other] { $reflections } reflections
    }.
share-open-title = Read a plan someone shared with me
share-open-lede = For tutors: open a Waymark file to read it. It stays apart from your own plan, and nothing in it can be changed.
share-open = Open a shared plan…
share-keep-recent = Keep a list of plans I open
share-keep-recent-hint = Off unless you turn it on. Turning it off forgets the list.
share-recent = Plans I opened
share-recent-opened = opened { $date }
tutor-banner-title = This is someone else's plan, shared with you.
tutor-banner = It was shared on { $date } ({ $file }). You can read it and write feedback beside it. It is not part of your own plan, and your feedback does not change it.
tutor-close = Close this plan
tutor-none = No shared plan is open.
error-file_too_new = This file was made by a newer Waymark. Please update Waymark to open it. Nothing has changed.
error-file_too_big = This file is far larger than any Waymark plan, so Waymark did not open it. Nothing has changed.
error-plan_not_empty = This Waymark already holds a plan. A whole plan can only be moved into an empty Waymark, so nothing gets mixed up. Nothing has changed.
error-private_reflection = That reflection is private, so it stays on this laptop. Nothing has been shared.
error-feedback_for_another_plan = This feedback is for another student's plan, so Waymark did not add it to yours. Nothing has changed.
error-tutor_name = That is quite long for a name. Please keep it short.
error-tutor_name-empty = Please give your name first, so the student knows who the feedback is from.
feedback-title = Your feedback
feedback-lede = Write a kind comment, a step or a course to try, or a question beside any part of the plan. Then save it as a file for the student. They choose what to take on.
feedback-whole-plan = The plan as a whole
feedback-whole-plan-hint = For feedback on how the term has gone, not on one goal or course.
feedback-count = { $count ->
    [0] Nothing written yet.
    [one] You have written 1 comment or idea.
   *[other] You have written { $count } comments and ideas.
}
feedback-your-name = Your name
feedback-your-name-hint = The student sees it with your feedback. Waymark keeps it for next time.
feedback-save = Save feedback for the student…
feedback-save-none = Write some feedback first: choose "Add feedback" beside a part of the plan.
feedback-saved = Saved as { $file }. Send this file to the student. Your feedback stays here too.
feedback-write = Add feedback
feedback-on = Your feedback on this
feedback-what = What would you like to add?
feedback-kind-comment = A kind comment
feedback-kind-step = A step to try
feedback-kind-course = A course to try
feedback-kind-question = A question
feedback-text = Your words
feedback-course-hint = Pick one from your prospectus, or type its name.
feedback-add = Add
feedback-cancel = Cancel
feedback-remove = Remove
feedback-open-title = Feedback from a tutor
feedback-open-lede = Your tutor can send you their comments and ideas as a file. Nothing is added to your plan unless you choose it.
feedback-open = Open feedback from my tutor…
feedback-from = From { $name }, { $date }
feedback-waiting = { $count ->
    [0] all decided
    [one] 1 waiting for you
   *[other] { $count } waiting for you
}
feedback-heading = Feedback from { $name }
feedback-heading-anon = Feedback from your tutor
feedback-student-lede = { $name } wrote these beside your plan. For each one, you choose: take it on, keep it for later, or leave it. Nothing is added unless you choose it.
feedback-about-goal = About your goal
feedback-about-step = About your step
feedback-about-course = About your course
feedback-about-reflection = About your reflection of { $date }
feedback-about-review = About your review of { $date }
feedback-about-plan = About your plan as a whole
feedback-about-support = About what helps you learn
feedback-changed = You have changed this since. It said: “{ $words }”.
feedback-gone = This is no longer in your plan. You can still take it on if you like.
feedback-says-comment = { $name } says:
feedback-says-step = { $name } suggests a step:
feedback-says-course = { $name } suggests a course:
feedback-says-question = { $name } asks:
feedback-take-step = Add this step
feedback-take-course = Add to my courses
feedback-take-note = Keep it as a note
feedback-later = Keep for later
feedback-leave = No, thanks
feedback-which-goal = Add it to which goal?
feedback-pick-goal = Choose a goal
feedback-taken-step = You added this step to your goal.
feedback-taken-course = You added this course to your plan, as one you are interested in.
feedback-taken-note = You kept this as a note.
feedback-kept-later = You kept this for later.
feedback-left = You left this. That is fine.
feedback-back = Back to Share
feedback-from-tutor = From { $name }
feedback-decide = Decide on it
feedback-your-tutor = Your tutor
about-waymark-title = About Waymark
about-waymark-version = Waymark { $version }
about-waymark-lede = Waymark keeps your learning plan on your own laptop. It works without the internet, and nothing leaves this laptop unless you save it.
about-waymark-licence = Waymark is free software under the MIT or Apache 2.0 licence.
about-waymark-made-with = Made with
about-waymark-made-with-hint = Waymark is built on the work of many people. These are the parts it ships with, and their licences.
about-waymark-rust = Other software Waymark is built from ({ $count })
about-waymark-npm = Software for the window ({ $count })
about-waymark-fonts = Fonts ({ $count })
about-waymark-name = Name
about-waymark-licence-column = Licence

## Files from outside that Waymark did not open or move in. Each names the
## kind of file and what to do, and says that nothing changed. None quotes
## the file.
file-plan-empty = This plan file is empty, so there is nothing in it to open. Nothing has changed. Please ask for the plan to be saved again.
file-plan-not_json = Waymark could not read this plan file. It may have been damaged on its way here, or it may be another kind of file. Nothing has changed. Please ask for the plan to be saved and sent again.
file-plan-not_this_kind = This file is not a Waymark plan. Nothing has changed. A plan someone shared with you ends in .waymark.
file-plan-is_feedback = This is a tutor's feedback, not a plan. Nothing has changed. To read it, use "Open feedback from my tutor…" on the Share page.
file-plan-no_version = This plan file does not say which Waymark made it, so Waymark did not open it. Nothing has changed. Please ask for the plan to be saved again.
file-plan-bad_shape = Part of this plan file is not as Waymark writes it, so Waymark did not open it. Another program may have changed it. Nothing has changed. Please ask for the plan to be saved again.
file-plan-too_long = This plan file holds a text far longer than Waymark ever writes, so Waymark did not open it. Nothing has changed. Please ask for the plan to be saved again.
file-plan-too_many = This plan file holds far more than Waymark ever writes, so Waymark did not open it. Nothing has changed.
file-plan-not_everything = This file holds only the parts of a plan that were shared with a tutor, not the whole plan. Only a file saved with "Save my whole plan" can be brought in. Nothing has changed.
file-plan-is_move_file = This is a student's private file for moving their whole plan to a new laptop, with every private reflection in it. It was not made for a tutor, so Waymark does not open it here. Nothing has changed. If it is your own plan, open Settings and choose "Move my plan to a new laptop".
file-feedback-is_move_file = This is a private file for moving a whole plan to a new laptop, not a tutor's feedback. Nothing has changed. To bring it in, open Settings and choose "Move my plan to a new laptop".
file-plan-bad_row = Some of the plan in this file does not fit a Waymark plan, so Waymark did not bring it in. Nothing has changed. On the old laptop, please save your whole plan again and bring in the new file.
file-plan-no_items = This plan file is empty, so there is nothing in it to open. Nothing has changed.
file-feedback-empty = This feedback file is empty. Nothing has changed. Please ask your tutor to save their feedback again.
file-feedback-not_json = Waymark could not read this feedback file. It may have been damaged on its way here, or it may be another kind of file. Nothing has changed. Please ask your tutor to save their feedback again.
file-feedback-not_this_kind = This file is not feedback from a tutor. Nothing has changed. A tutor's feedback ends in .waymark-feedback.
file-feedback-is_plan = This is a plan someone shared, not a tutor's feedback. Nothing has changed. To read it, use "Read a plan someone shared with me" on the Share page.
file-feedback-no_version = This feedback file does not say which Waymark made it, so Waymark did not open it. Nothing has changed. Please ask your tutor to save their feedback again.
file-feedback-bad_shape = Part of this feedback file is not as Waymark writes it, so Waymark did not open it. Another program may have changed it. Nothing has changed. Please ask your tutor to save their feedback again.
file-feedback-too_long = This feedback holds words longer than a tutor can write in Waymark, so Waymark did not open it. Nothing has changed. Please ask your tutor to save their feedback again.
file-feedback-too_many = This feedback file holds more comments and suggestions than a tutor can write in Waymark, so Waymark did not open it. Nothing has changed.
file-feedback-not_everything = Waymark could not read this feedback file. Nothing has changed.
file-feedback-bad_row = Waymark could not read this feedback file. Nothing has changed.
file-feedback-no_items = This feedback file has no comments or suggestions in it, so there is nothing to add. Nothing has changed.
error-file_too_big-plan = This file is far larger than any Waymark plan ({ $max_mb } MB at most), so Waymark did not open it. Nothing has changed.
error-file_too_big-feedback = This file is far larger than any tutor's feedback ({ $max_mb } MB at most), so Waymark did not open it. Nothing has changed.
error-file_too_new-plan = This plan was saved by a newer Waymark. Please update Waymark to open it. Nothing has changed.
error-file_too_new-feedback = This feedback was saved by a newer Waymark. Please update Waymark to open it. Nothing has changed.
error-plan_already_here = This whole plan is already here: it was brought into this Waymark before. Nothing has changed.
skip-unclosed_quote = Row { $row }: a quotation mark opens here and never closes, so Waymark could not read this row. The rows after it were read.
file-plan-is_plan = Waymark could not read this plan file. Nothing has changed.
file-feedback-is_feedback = Waymark could not read this feedback file. Nothing has changed.
skip-bad_value = Course { $row }: the { $column } is not written the way a Waymark prospectus says, so this course was left out.
file-plan-unreadable = Waymark could not open this file. It may have been moved or deleted, or be on a USB stick that was taken out. Nothing has changed. Please choose it again.
file-feedback-unreadable = Waymark could not open this feedback file. It may have been moved or deleted, or be on a USB stick that was taken out. Nothing has changed. Please choose it again.

## Help, support and the welcome guide
help-title = Help
help-lede = How to do each thing in Waymark, and where to find support.
help-support = The people your college named for you: student support, the college office and others. You do not need a reason to get in touch.
help-open-support = Where to find support
help-tasks = How to…
help-goal-title = Add a goal
help-goal = Open My goals and choose Add a goal. Write it in your own words. Why it matters and a date are up to you.
help-steps-title = Make a goal into small steps
help-steps = Open a goal and write a small step under Steps. Tick it when it is done. You can change the order.
help-courses-title = Find a course
help-courses = Open Courses. Bring in your college's prospectus, or try the sample. Choose a course to say you are interested or going.
help-reflection-title = Write in my journal
help-reflection = Open Journal and choose Write a reflection. A few words are enough. It stays private unless you tick that your tutor may see it.
help-review-title = Look back on how it is going
help-review = Open Review and start a review. Say how each part of life feels now. You can stop and carry on later.
help-share-title = Share my plan with my tutor
help-share = Open Share. Choose what your tutor may see, look at it, then save it as a PDF and give it to them.
help-feedback-title = Read my tutor's feedback
help-feedback = Open Share and choose Open feedback from my tutor. You decide what to take on. Nothing changes until you choose.
help-removed-title = Put back something I removed
help-removed = Open Recently deleted from Settings. What you removed stays there for 30 days.
help-look-title = Make the text bigger or change the colours
help-look = Open Settings. Choose a text size, a dark or high-contrast look, or easier reading.
help-move-title = Move my plan to a new laptop
help-move = Open Settings and choose Move my plan to a new laptop. Save the file on this laptop, then bring it in on the new one.
help-go-goals = Go to My goals
help-go-courses = Go to Courses
help-go-journal = Go to Journal
help-go-review = Go to Review
help-go-share = Go to Share
help-go-recently-deleted = Go to Recently deleted
help-go-settings = Go to Settings
help-go-move-plan = Go to Move my plan
help-guide-title = The welcome guide
help-guide = A short guide to what Waymark is for, in four pages.
help-guide-again = Show the welcome guide again
find-support-title = Where to find support
find-support-lede = These are the contacts your college gave. Get in touch whenever you like, for any reason.
find-support-from = From
find-support-phone = Phone
find-support-email = Email
find-support-website = Website
find-support-hours = When
find-support-none = Your college has not given any contacts yet. When you bring in its prospectus, they will be here if it has them. Your tutor or the college office can also tell you where to find support.
find-support-tutor = You can always talk to your tutor too.
welcome-role = welcome guide
welcome-count = Page { $page } of { $pages }
welcome-for-title = What Waymark is for
welcome-for = Waymark is your learning plan: your goals in your own words, the courses you choose, and how it is going. Take it one small step at a time.
welcome-private-title = Your plan stays with you
welcome-private = Your plan is kept on this laptop only. Nobody else sees it, not even your tutor, unless you choose to share it.
welcome-share-title = You choose what to share
welcome-share = When you meet your tutor, you can save the parts you choose as a file and give it to them. Nothing else goes with it.
welcome-help-title = Help is close by
welcome-help = Help, in the menu, shows how to do each thing and where to find support. You can see this guide again there.
welcome-back = Back
welcome-next = Next
welcome-skip = Skip the guide
welcome-done = Start
lock-title = Lock my plan with a password
lock-lede = On a laptop you share, a lock keeps your plan for you alone.
lock-progress = Setting up the lock
lock-step-read = What it does
lock-step-sheet = Spare key sheet
lock-step-confirm = Type it back
lock-step-done = Locked
lock-step-finished = done
lock-what-title = What the lock does
lock-what = Waymark asks for your password when it starts. Anyone else who opens Waymark on this laptop, or copies its files, cannot read your plan. Waymark also locks itself when nobody has used it for a while.
lock-not-title = What it does not do
lock-not = It does not lock a file you share. Once you give a file to your tutor, it is theirs to keep safe.
lock-forget-title = If you forget your password
lock-forget = Before you choose a password, Waymark makes you a spare key sheet with a code on it. That code is the only way back into your plan if you forget your password. If you lose both the password and the sheet, nobody can open your plan, not even the college.
lock-choice = The lock is your choice. You can turn it off again in Settings.
lock-start = Make my spare key sheet
lock-getting-ready = Getting the lock ready…
lock-sheet-intro = Write this code on paper, or print this page. Keep it somewhere safe, away from the laptop. If you lose both this sheet and your password, nobody can open your plan.
recovery-sheet-title = Waymark spare key sheet
recovery-sheet-line = This code opens the Waymark plan on this laptop if its password is forgotten.
recovery-sheet-code = Spare key code
recovery-sheet-made = Made on { $date }
recovery-sheet-keep = Keep this sheet somewhere safe. Anyone with this code and this laptop could open the plan.
lock-print = Print this sheet
lock-sheet-next = I have written it down
lock-confirm-intro = To be sure the code is written down right, type it here.
lock-code-label = Spare key code
lock-password-label = Choose a password
lock-password-hint = At least 8 characters. A short sentence you will remember makes a good password.
lock-password-again = Type the password again
lock-password-mismatch = The two passwords are not the same. Please type them again.
lock-show-password = Show what I typed
lock-confirm = Lock my plan
lock-locking = Locking your plan. This takes a moment.
lock-back-sheet = Back to the sheet
lock-back-settings = Back to Settings
lock-done-title = Your plan is locked
lock-done = From now on, Waymark asks for your password when it starts.
lock-done-backups =
    { $count ->
        [one] Your backup was locked too.
       *[other] Your { $count } backups were locked too.
    }
lock-done-removed =
    { $count ->
        [one] One old copy that could not be locked was removed. Your plan itself is safe.
       *[other] { $count } old copies that could not be locked were removed. Your plan itself is safe.
    }
lock-done-how = "Lock now", at the top of the window, locks Waymark at once. It also locks itself after 10 minutes without use. You can change that in Settings.
locked-title = Waymark is locked
locked-lede = Type your password to open your plan.
locked-password = Password
locked-unlock = Unlock
locked-opening = Opening your plan…
locked-wait =
    { $seconds ->
        [one] Please wait 1 second before you try again.
       *[other] Please wait { $seconds } seconds before you try again.
    }
locked-forgot = I forgot my password
forgot-title = Open with your spare key code
forgot-lede = The code is on your spare key sheet. Then choose a new password.
forgot-new = New password
forgot-new-again = Type the new password again
forgot-unlock = Open my plan with the new password
forgot-back = Back to the password
header-lock-now = Lock now
lock-not-saved = Waymark did not lock, because something you typed could not be saved yet. Your words are still here.
settings-lock = Lock
settings-lock-off-hint = Lock your plan with a password, so nobody else on this laptop can open it.
settings-lock-on = Your plan is locked with a password.
settings-lock-now = Lock now
settings-idle = Lock by itself after
settings-idle-never = Never
settings-idle-minutes =
    { $minutes ->
        [one] 1 minute without use
       *[other] { $minutes } minutes without use
    }
settings-change-password = Change my password
change-current = Current password
change-new = New password
change-new-again = Type the new password again
change-save = Change my password
change-done = Your new password is kept. Use it next time you unlock.
settings-lock-off = Turn the lock off
lock-off-warning = Your plan and its backups will be kept without a password again. Anyone who opens Waymark on this laptop could read them.
lock-off-password = Your password
lock-off-confirm = Turn the lock off
lock-off-done = The lock is off. Your plan opens without a password.
restore-not-locked = This backup was made before you locked your plan. Waymark can bring it back and lock it with your password.
restore-and-lock = Bring it back and lock it
restore-cancel = Keep my plan as it is
welcome-lock = On a laptop you share, you can lock your plan with a password.
welcome-lock-button = Lock my plan with a password
error-wrong_password = That password does not open this plan. Check that Caps Lock is off, and try again.
error-wrong_recovery_code = That is not the code for this plan. Please check it against your spare key sheet.
error-recovery_code_mistyped = One of the characters does not look right. Please check the code against your spare key sheet.
error-key_file_problem = This plan is locked, but the small file that opens it (waymark.key.json) is missing or damaged. Waymark has not changed anything. If you have a copy of that file, put it back in the plan folder.
error-plan_locked = Waymark is locked. Please unlock it first.
error-backup_not_locked = This backup was made before you locked your plan.
error-plaintext_refused = Waymark stopped before it saved a copy of your locked plan without the lock. Nothing was saved. Please try again.
error-try_again_later = Please wait a moment, then try again.
error-password-empty = Please type a password.
error-password = Please choose a password of at least 8 characters.
error-recovery_code-empty = Please type the code from your spare key sheet.
error-recovery_code = Please type the code from your spare key sheet.
error-idle_minutes = Please choose one of the times in the list.
settings-lock-set-up = Lock my plan with a password

recovery-sheet-how = Forgot the password? Open Waymark, choose "I forgot my password", and type this code.
lock-save-sheet = Save the sheet as a PDF…
lock-save-sheet-hint = To print it somewhere else, or keep it on a USB stick. Not on this laptop: anyone with the laptop and the code could open your plan.
lock-sheet-saved = The sheet is saved to { $path }.
lock-code-hint = Capital letters, spaces and dashes do not matter. O and 0 count the same, and so do I, L and 1.
lock-go-home = Go to my plan
forgot-no-sheet = If you have lost the sheet as well as the password, nobody can open this plan, not even the college. It stays here unchanged. Your tutor can help you start again.
new-sheet = Make a new spare key sheet
new-sheet-hint = For when the old sheet is lost. Once you have typed the new code back, the old code stops working.
new-sheet-make = Make a new sheet
new-sheet-keep = Keep the new sheet
new-sheet-done = Your new spare key sheet is kept. The old code no longer works.

## Sealed files (files/sealed.rs): a file that travels, sealed with a passphrase.
error-passphrase_needed = This file is sealed with a passphrase. Please type the passphrase you were given with it.
error-wrong_passphrase = That passphrase does not open this file. Check the words with the person who gave it to you, and try again. Nothing has changed.
error-passphrase-empty = Please type the passphrase.
error-passphrase-too_short = Please use a passphrase of at least { $max } letters: three words is good.
error-passphrase = A web page cannot be sealed. To seal what you share, choose the PDF with a password or the Waymark file.
error-passphrase-too_long = That passphrase is longer than Waymark can use. Please choose a shorter one.
file-plan-sealed_damaged = This sealed plan file is damaged: it may have been cut short or changed on its way. Nothing has changed. Please ask for it to be saved and sent again.
file-plan-sealed_too_costly = This sealed file asks for far more work to open than Waymark ever uses, so Waymark did not try. Nothing has changed. Please ask for it to be saved again with Waymark.
file-plan-sealed_twice = This file has a sealed file inside a sealed file, which Waymark never makes. Nothing has changed. Please ask for it to be saved again with Waymark.
file-plan-sealed_with_key = This file is sealed for a particular person's key, not with a passphrase, so Waymark cannot open it. Nothing has changed.
file-feedback-sealed_damaged = This sealed feedback file is damaged: it may have been cut short or changed on its way. Nothing has changed. Please ask your tutor to save and send it again.
file-feedback-sealed_too_costly = This sealed file asks for far more work to open than Waymark ever uses, so Waymark did not try. Nothing has changed. Please ask your tutor to save it again with Waymark.
file-feedback-sealed_twice = This file has a sealed file inside a sealed file, which Waymark never makes. Nothing has changed. Please ask your tutor to save it again with Waymark.
file-feedback-sealed_with_key = This file is sealed for a particular person's key, not with a passphrase, so Waymark cannot open it. Nothing has changed.

## Sealing files that travel (share/SealChoice.svelte, share/PassphrasePrompt.svelte)
seal-offer = Seal it with a passphrase
seal-offer-hint = Only someone who knows the passphrase can open the file. Good for email or a USB stick.
seal-offer-pdf = Protect the PDF with a password
seal-offer-pdf-hint = The PDF then opens only with the password, in any PDF reader.
seal-words = Passphrase
seal-password = Password
seal-words-hint = Tell your tutor these words at your check-in, or write them down. Waymark does not keep them anywhere.
seal-other-words = Suggest other words
seal-always = This file is always sealed with a passphrase, because it holds your whole plan, private reflections too.
seal-no-way-back = Nobody can open this file without these words: not you, not the college, not Waymark. There is no way to get them back. Write them down now, and keep them apart from the file.
share-html-not-sealed = A web page cannot be sealed. To keep it private on its way, choose the PDF (with a password) or the file for Waymark (with a passphrase).
open-passphrase-title = This file is sealed
open-passphrase-label = Passphrase
open-passphrase-hint = Type the words you were given with the file. Capital letters and extra spaces do not matter.
open-passphrase-open = Open the file
open-passphrase-cancel = Cancel

## A tutor's students and phrases
error-lock_first = Please set a lock on Waymark first. The plans you keep are other people's private words, so Waymark keeps them only behind your password.
error-not_keeping_students = Keeping students' plans is turned off, so this plan was not kept. Nothing has changed.
error-phrase-empty = Please write the phrase in a few words.
error-phrase-too_long = That is quite long for a phrase. Please keep it under { $max } letters.
error-phrase = You have as many phrases as Waymark keeps. Please remove one you no longer use first.
error-forget_after = Please choose from 1 to 60 months.
error-file_too_big-phrases = This file is far larger than any list of phrases ({ $max_mb } MB at most), so Waymark did not open it. Nothing has changed.
error-file_too_new-phrases = These phrases were saved by a newer Waymark. Please update Waymark to bring them in. Nothing has changed.
file-phrases-empty = This phrases file is empty. Nothing has changed.
file-phrases-not_json = Waymark could not read this phrases file. It may have been damaged on its way here, or it may be another kind of file. Nothing has changed.
file-phrases-not_this_kind = This file is not a list of phrases from Waymark. Nothing has changed. A list of phrases ends in .waymark-phrases.
file-phrases-is_plan = This is a plan someone shared, not a list of phrases. Nothing has changed.
file-phrases-is_feedback = This is a tutor's feedback, not a list of phrases. Nothing has changed.
file-phrases-no_version = This phrases file does not say which Waymark made it, so Waymark did not open it. Nothing has changed.
file-phrases-bad_shape = Part of this phrases file is not as Waymark writes it, so Waymark did not bring it in. Another program may have changed it. Nothing has changed.
file-phrases-too_long = This file holds a phrase far longer than Waymark keeps, so Waymark did not bring it in. Nothing has changed.
file-phrases-too_many = This file holds more phrases than Waymark keeps, so Waymark did not bring it in. Nothing has changed.
file-phrases-not_everything = Waymark could not read this phrases file. Nothing has changed.
file-phrases-is_move_file = This is a student's private file for moving a whole plan, not a list of phrases. Nothing has changed.
file-phrases-bad_row = Waymark could not read this phrases file. Nothing has changed.
file-phrases-no_items = This phrases file has no phrases in it, so there is nothing to bring in. Nothing has changed.
file-phrases-unreadable = Waymark could not open this file. It may have been moved or deleted, or be on a USB stick that was taken out. Nothing has changed. Please choose it again.
file-phrases-sealed_damaged = Waymark could not read this phrases file. Nothing has changed.
file-phrases-sealed_too_costly = Waymark could not read this phrases file. Nothing has changed.
file-phrases-sealed_twice = Waymark could not read this phrases file. Nothing has changed.
file-phrases-sealed_with_key = Waymark could not read this phrases file. Nothing has changed.

## My students: the tutor's space

nav-students = My students
students-title = My students
students-lede = The plans your students share with you, each one kept with the day it was shared, so you can see what changed since your last check-in.
students-keep-title = Keep the plans my students share
students-keep-lede = Waymark can keep each plan a student shares with you. These are other people's private words, so Waymark keeps them only behind a lock that only you can open.
students-lock-first = Set a lock first
students-lock-first-hint = You choose a password and print a recovery sheet. Then come back here to turn this on.
students-keep-on = Keep my students' plans
students-bring-in-title = Bring in plans
students-bring-in = Choose plan files…
students-bring-in-folder = Choose a folder…
students-bring-in-hint = You can choose many plan files at once (their names end in .waymark), or a folder that holds them. A plan already kept is kept once.
students-brought-new = { $count ->
    [one] one new student
   *[other] { $count } new students
}
students-brought-versions = { $count ->
    [one] one newer plan
   *[other] { $count } newer plans
}
students-brought-already = { $count ->
    [one] one plan you had already
   *[other] { $count } plans you had already
}
students-brought-nothing = No plan files were found there.
students-brought = Brought in: { $list }.
students-not-brought-in = { $count ->
    [one] One file was not brought in:
   *[other] { $count } files were not brought in:
}
students-left-over = Waymark brings in { $max } files at a time. Please choose the rest again.
students-none = No students yet. Bring in the plan files your students shared with you.
students-find = Find a student by name
students-course = Course
students-course-any = Any course
students-sort = Order
students-sort-due = Check-in due soonest
students-sort-name = Name
students-sort-received = Plan received most lately
students-shown = { $shown ->
    [one] Showing one of { $count } students.
   *[other] Showing { $shown } of { $count } students.
}
students-none-match = No student matches. Try another name or course.
student-last-plan = Last plan shared on { $date }
student-versions = { $count ->
    [one] one plan kept
   *[other] { $count } plans kept
}
student-next-review = Next review: { $date }
student-review-passed = Review was due on { $date }
student-no-review = No review date in the plan
student-feedback-none = No feedback sent yet
student-feedback-last = Your last feedback: { $date }
decided-taken = { $count } taken on
decided-later = { $count } kept for later
decided-left = { $count } left
decided-waiting = { $count } not decided yet
students-forget-soon = { $count ->
    [one] Waymark will soon forget one student's plans, as you chose:
   *[other] Waymark will soon forget { $count } students' plans, as you chose:
}
students-forget-on = { $name }, on { $date }
students-forget-soon-hint = A student's plans are kept until { $months } months after the last one came in. To keep them longer, bring in a newer plan, or choose a longer time below.
students-settings-title = How long Waymark keeps them
students-forget-after = Forget a student's plans
students-forget-after-hint = Counted from the last plan they shared with you. Waymark tells you here a month before.
students-forget-after-months = { $count ->
    [one] 1 month after the last one
   *[other] { $count } months after the last one
}
students-stop = Stop keeping students' plans…
students-stop-confirm = This forgets every student's plans and all the feedback you sent them, in this Waymark. It cannot be undone.
students-backups-note = Waymark's own backups on this laptop still hold them until those backups are replaced (the oldest after about a year). They stay locked with your password.
students-stop-yes = Forget them all
students-cancel = Cancel
students-stopped = Waymark no longer keeps students' plans. { $count ->
    [one] One student was forgotten.
   *[other] { $count } students were forgotten.
}
student-back = Back to My students
student-plans-title = The plans { $name } shared
student-version = Shared on { $date }
student-read = Read it and write feedback
student-read-latest = Read the latest plan and write feedback
student-changes-title = What changed
student-compare-from = Compare the plan of
student-compare-to = with the plan of
student-only-one = This is the first plan { $name } shared with you. Next time, you will see here what changed.
student-history-title = Feedback you sent
student-history-none = You have not sent { $name } any feedback from this Waymark yet.
student-history-sent = Sent on { $date }
student-history-about-plan = about the plan as a whole
student-history-about-support = about what helps them learn
student-history-decision-none = Not decided yet
student-history-not-received = Not in a plan from { $name } since
student-forget = Forget { $name }…
student-forget-confirm = This removes every plan { $name } shared and all the feedback you sent them from this Waymark. It cannot be undone.
student-forget-yes = Forget { $name }
student-forgotten = { $name } was forgotten.
student-check-in = Check-in sheet
changes-since = Since { $date }: { $list }.
changes-none = Nothing has changed since { $date }. The plan was only shared again.
changes-goals-added = { $count ->
    [one] one new goal
   *[other] { $count } new goals
}
changes-goals-achieved = { $count ->
    [one] a goal achieved
   *[other] { $count } goals achieved
}
changes-goals-paused = { $count ->
    [one] a goal resting for now
   *[other] { $count } goals resting for now
}
changes-goals-let_go = { $count ->
    [one] a goal let go
   *[other] { $count } goals let go
}
changes-goals-resumed = { $count ->
    [one] a goal taken up again
   *[other] { $count } goals taken up again
}
changes-goals-reworded = { $count ->
    [one] a goal put in new words
   *[other] { $count } goals put in new words
}
changes-steps-added = { $count ->
    [one] one new step
   *[other] { $count } new steps
}
changes-steps-done = { $count ->
    [one] one step done
   *[other] { $count } steps done
}
changes-courses-chosen = { $count ->
    [one] a course chosen
   *[other] { $count } courses chosen
}
changes-courses-finished = { $count ->
    [one] a course finished
   *[other] { $count } courses finished
}
changes-sessions-attended = { $count ->
    [one] one session attended
   *[other] { $count } sessions attended
}
changes-reflections-shared = { $count ->
    [one] one new reflection shared with you
   *[other] { $count } new reflections shared with you
}
changes-feedback-decided = { $count ->
    [one] a decision on your feedback
   *[other] { $count } decisions on your feedback
}
changes-area = “{ $area }” went from { $before } to { $now }
changes-rating-none = no rating
changes-goals-title = Goals
changes-goal-new = New goal
changes-goal-gone = No longer in the shared plan
changes-goal-reworded = Was: “{ $before }”
changes-goal-why = Why it matters was put in new words
changes-goal-target = Hoped-for date: { $before } → { $now }
changes-date-none = none
changes-steps-title = Steps
changes-step-added = New step
changes-step-added_done = New step, already done
changes-step-done = Done
changes-step-undone = No longer ticked
changes-step-reworded = Put in new words
changes-step-gone = No longer in the shared plan
changes-courses-title = Courses
changes-course-new = Newly in the plan
changes-course-gone = No longer in the shared plan
changes-course-attended = { $count ->
    [one] one session attended since
   *[other] { $count } sessions attended since
}
changes-reflections-title = Newly shared reflections
changes-reflection = Written on { $date }
changes-reflections-unshared = { $count ->
    [one] One reflection shared before is not shared now. That was the student's choice.
   *[other] { $count } reflections shared before are not shared now. That was the student's choice.
}
changes-areas-title = Each part of life
changes-feedback-title = Your earlier feedback
changes-feedback-new = Now in the plan
changes-about-me = About me was changed.
changes-support = What helps me learn was changed.
changes-review = Next review: { $before } → { $now }
changes-not-compared = Not compared, because one of the two plans did not share it: { $list }.
section-goals = goals
section-steps = steps
section-courses = courses
section-reflections = reflections
section-reviews = reviews
section-about_me = About me
section-support = what helps me learn
section-chart = the progress chart
section-everything = the whole plan
tutor-keep = Keep in My students
tutor-kept-new_student = Kept in My students.
tutor-kept-new_version = Kept in My students, beside the earlier plans.
tutor-kept-already_kept = This plan is already in My students.
phrases-title = My phrases
phrases-lede = Words you use often, ready to add to any feedback. You can share them with your team as a small file.
phrases-new = A new phrase
phrases-add = Keep this phrase
phrases-edit = Change
phrases-save = Save
phrases-remove = Remove
phrases-none = No phrases yet.
phrases-export = Save my phrases as a file…
phrases-import = Bring in a phrases file…
phrases-exported = Saved as { $file }.
phrases-imported = { $added ->
    [one] One phrase added.
   *[other] { $added } phrases added.
}
phrases-already = { $count ->
    [one] One you had already.
   *[other] { $count } you had already.
}
phrases-use = Use a phrase
phrases-pick = Choose a phrase
student-decision-taken = Taken on
student-decision-later = Kept for later
student-decision-left = Left
not-found-student = This student is no longer kept here.
home-tutor-title = Welcome back
home-tutor = The plans your students shared with you are kept in My students, behind your lock.
home-tutor-students = Open My students
home-tutor-own-plan = Start a plan of my own
share-my-students = Seeing many students? Keep their plans in My students, and see what changed since last time.

## The check-in sheet: one printable page for a tutor's check-in with one student.
checkin-title = Check-in sheet
checkin-title-named = Check-in with { $name }
checkin-lede = One page to prepare the check-in, made only from the plans the student shared with you and the feedback you sent.
checkin-changed = What changed since { $date }
checkin-changed-first-title = What changed
checkin-first = This is the first plan they shared with you, so there is nothing to compare yet.
checkin-more = { $count ->
    [one] … and one more change: see “What changed” in Waymark
   *[other] … and { $count } more changes: see “What changed” in Waymark
}
checkin-due = What is due
checkin-next-review = Next review: { $date }
checkin-review-due = The plan set { $date } for the next review: it is time for one now.
checkin-no-review = The plan has no date for the next review yet.
checkin-goal-by = “{ $title }”, hoped for by { $date }
checkin-steps-to-do = { $count ->
    [0] No steps still to do on the goals they are working on
    [one] One step still to do on the goals they are working on
   *[other] { $count } steps still to do on the goals they are working on
}
checkin-feedback = Your feedback still open
checkin-feedback-none = Nothing open: the student has decided on all your feedback.
checkin-feedback-never = You have not sent this student any feedback yet.
checkin-feedback-later = kept for later
checkin-feedback-waiting = not decided yet
checkin-feedback-unseen = not in a plan from them yet
checkin-feedback-more = { $count ->
    [one] … and one more item
   *[other] … and { $count } more items
}
checkin-footer = Made by Waymark { $version } from the shared plan only. It holds a student's own words: keep it safe, and shred it when the check-in is done.
student-check-in-hint = One page for the check-in: what changed, what is due, and your open feedback.
student-check-in-print = Save as a page to print
student-check-in-pdf = Save as PDF
student-check-in-saved = Saved as { $file }.

## Read this to me
read-aloud = Read this page to me
read-aloud-goal = Read this goal to me
read-aloud-course = Read this course to me
read-aloud-reflection = Read this reflection to me
read-aloud-plan = Read this plan to me
read-aloud-stop = Stop reading
read-aloud-escape = or press the Esc key
error-no_voice = This laptop cannot read aloud yet: it needs a free voice added. This is nothing you did wrong, and everything else in Waymark works as usual. If someone helps you with computers, show them this: please install “speech-dispatcher” and “espeak-ng”, then start Waymark again.
error-read_aloud-empty = There are no words here to read yet.
error-read_aloud-too_long = This page is too long to read aloud in one go. Please open one part of it and read that.
error-voice = Please choose one of the voices in the list.
settings-read-aloud = Reading aloud
settings-read-aloud-hint = Waymark can read the words on the screen out loud with this laptop’s own voice. Nothing is sent anywhere. Press “Stop reading” or the Esc key to stop. Too loud or too quiet? Use your laptop’s volume keys.
settings-speed = How fast
settings-speed-slowest = Slowest
settings-speed-slower = Slower
settings-speed-usual = Usual
settings-speed-faster = Faster
settings-voice-en = Voice for English
settings-voice-de = Voice for German
settings-voice-usual = The laptop’s usual voice
settings-voice-try = Try this voice
read-aloud-sample-en = Hello. This is how I sound when I read to you.
read-aloud-sample-de = Hallo. So klinge ich, wenn ich dir vorlese.
