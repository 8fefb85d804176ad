// The screens and dialogs of Waymark, and how to reach each one from the
// home screen. Shared by the Chromium audit and (as a list) the report.
export const SCREENS = [
  { name: 'home', query: '', steps: [['wait', '.home-grid']] },
  { name: 'home-empty', query: 'empty', steps: [['wait', '#home-first-goal']] },
  { name: 'home-review-due', query: 'due', steps: [['wait', '#home-start-review']] },
  { name: 'goals-empty', query: 'empty', steps: [['click', '#nav-goals'], ['wait', '#add-goal']] },
  { name: 'goals', query: '', steps: [['click', '#nav-goals'], ['wait', '.goal-open']] },
  { name: 'new-goal', query: '', steps: [['click', '#nav-goals'], ['click', '#add-goal']] },
  {
    name: 'new-goal-error',
    query: '',
    steps: [['click', '#nav-goals'], ['click', '#add-goal'], ['click', 'form.new-goal button[type=submit]'], ['wait', '[aria-invalid=true]']],
  },
  { name: 'goal', query: '', steps: [['click', '#nav-goals'], ['click', '.goal-open'], ['wait', '.goal-story']] },
  { name: 'goal-remove-confirm', query: '', steps: [['click', '#nav-goals'], ['click', '.goal-open'], ['click', '#remove-goal']] },
  { name: 'settings', query: '', steps: [['click', '#nav-settings']] },
  {
    name: 'about-waymark',
    query: '',
    steps: [['click', '#nav-settings'], ['click', '#open-about-waymark'], ['click', '#licences-rust summary'], ['wait', '#licences-rust tbody tr']],
  },
  { name: 'courses-empty', query: '', steps: [['click', '#nav-courses'], ['wait', '#sample-prospectus']] },
  { name: 'own-course', query: '', steps: [['click', '#nav-courses'], ['click', '#add-own-course'], ['wait', '#own-course-name']] },
  { name: 'import-preview', query: '', steps: [['click', '#nav-courses'], ['click', '#sample-prospectus'], ['wait', '.import-preview']] },
  {
    name: 'courses',
    query: '',
    steps: [['click', '#nav-courses'], ['click', '#sample-prospectus'], ['click', '.import-preview .primary'], ['wait', '.course-cards li']],
  },
  {
    name: 'course',
    query: '',
    steps: [
      ['click', '#nav-courses'],
      ['click', '#sample-prospectus'],
      ['click', '.import-preview .primary'],
      ['click', '.course-cards .goal-open'],
      ['wait', '#course-heading'],
    ],
  },
  { name: 'journal-empty', query: 'empty', steps: [['click', '#nav-journal'], ['wait', '#write-reflection']] },
  { name: 'journal', query: '', steps: [['click', '#nav-journal'], ['wait', 'article.reflection']] },
  {
    name: 'journal-filters',
    query: '',
    steps: [['click', '#nav-journal'], ['click', '.journal-filters summary'], ['click', '#journal-shareable'], ['wait', 'article.reflection']],
  },
  {
    name: 'close-held',
    query: 'closeheld',
    steps: [
      ['click', '#nav-journal'],
      ['click', '#write-reflection'],
      ['type', '#reflection-new-body', 'Words the disk would not take'],
      ['wait', '.save-status.failed'],
      ['wait', '#close-held'],
    ],
  },
  { name: 'new-reflection', query: '', steps: [['click', '#nav-journal'], ['click', '#write-reflection'], ['wait', '.reflection-form']] },
  {
    name: 'new-reflection-error',
    query: '',
    steps: [['click', '#nav-journal'], ['click', '#write-reflection'], ['click', '.reflection-form button[type=submit]'], ['wait', '[aria-invalid=true]']],
  },
  { name: 'reflection', query: '', steps: [['click', '#nav-journal'], ['click', '.open-reflection'], ['wait', '#reflection-edit-body']] },
  { name: 'about-me', query: '', steps: [['click', '#nav-about-me'], ['wait', '.support-list']] },
  {
    name: 'search',
    query: '',
    steps: [['type', '#plan-search', 'walk'], ['press', '#plan-search', 'Enter'], ['wait', '.search-hit mark']],
  },
  { name: 'plan', query: '', steps: [['click', '#nav-settings'], ['click', '#open-plan'], ['wait', '.backup-list']] },
  {
    name: 'plan-restore-confirm',
    query: '',
    steps: [['click', '#nav-settings'], ['click', '#open-plan'], ['click', '[data-restore-backup]'], ['wait', '#restore-confirm']],
  },
  {
    name: 'undo-and-deleted',
    query: '',
    steps: [
      ['click', '#nav-goals'],
      ['click', '.goal-open'],
      ['click', '#remove-goal'],
      ['click', '.confirm-panel .quiet-danger'],
      ['wait', '#undo-delete'],
      ['click', '#nav-settings'],
      ['click', '#open-recently-deleted'],
      ['wait', '.deleted-item'],
    ],
  },
  { name: 'review', query: '', steps: [['click', '#nav-review'], ['wait', '.area-chart'], ['wait', '.term-list']] },
  { name: 'review-empty', query: 'empty', steps: [['click', '#nav-review'], ['wait', '#start-review']] },
  { name: 'review-form', query: '', steps: [['click', '#nav-review'], ['click', '#start-check-in'], ['wait', '.review-form']] },
  { name: 'share', query: '', steps: [['click', '#nav-share'], ['wait', '.preview .shared-goal']] },
  { name: 'share-empty', query: 'empty', steps: [['click', '#nav-share'], ['wait', '.preview .shared-plan']] },
  { name: 'tutor', query: 'tutor', steps: [['wait', '#tutor-banner'], ['wait', '.shared-reflection']] },
  {
    name: 'tutor-feedback',
    query: 'tutor',
    steps: [['wait', '.feedback-item'], ['click', '.shared-goal .feedback-open'], ['wait', '.feedback-form']],
  },
  {
    name: 'feedback',
    query: 'feedback',
    steps: [['click', '#nav-share'], ['click', '.received-feedback button'], ['wait', '.received-item']],
  },
];
export const THEMES = ['light', 'dark', 'high_contrast'];
export const LANGUAGES = ['en-GB', 'de'];
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
