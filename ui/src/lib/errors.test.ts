// What a student reads when something fails comes from the Fluent files, in
// their language, never from Rust: Rust's `message` is developer text for logs.
// Every code, field, problem, kind of file and fault is tried in both languages
// with a `message` that must not reach the screen.
import { afterEach, describe, expect, it } from 'vitest';
import { CODES, toApiError } from './errors';
import { i18n, LOCALES } from './i18n.svelte';
import type { ApiError } from './bindings/ApiError';
import type { Field } from './bindings/Field';
import type { FileFault } from './bindings/FileFault';
import type { FileKind } from './bindings/FileKind';
import type { ProblemKind } from './bindings/ProblemKind';
import type { ProspectusError } from './bindings/ProspectusError';

// Records, so the type check fails when Rust adds one.
const FIELDS: Record<Field, true> = {
  title: true, why: true, life_area: true, target_date: true, status: true, step_text: true, direction: true,
  draft_key: true, draft_body: true, language: true, text_size: true, choice: true, attendance: true,
  preferred_name: true, support: true, reflection_text: true, written_on: true, feeling: true, course: true,
  goal: true, session_date: true, rating: true, attainment: true, decision: true, review_text: true,
  next_review: true, suggestion: true, tutor_name: true, password: true, recovery_code: true, idle_minutes: true, passphrase: true,
  phrase: true, forget_after: true, read_aloud: true, voice: true,
};
const PROBLEMS: Record<ProblemKind, true> = { empty: true, too_long: true, too_short: true, unknown: true, bad_date: true };
const FILES: Record<FileKind, true> = { plan: true, feedback: true, phrases: true };
const FAULTS: Record<FileFault, true> = {
  empty: true, not_json: true, not_this_kind: true, is_plan: true, is_feedback: true, no_version: true,
  bad_shape: true, too_long: true, too_many: true, not_everything: true, is_move_file: true, bad_row: true, no_items: true,
  unreadable: true,
  sealed_damaged: true,
  sealed_too_costly: true,
  sealed_twice: true,
  sealed_with_key: true,
};
const PROSPECTUS: ProspectusError[] = [
  { kind: 'empty' }, { kind: 'too_large', max_mb: 20 }, { kind: 'too_many_courses', max: 20000 },
  { kind: 'not_text' }, { kind: 'no_title_column' }, { kind: 'bad_json' }, { kind: 'bad_csv' },
];

const RUST = 'RUST-DEVELOPER-TEXT';

function errors(): ApiError[] {
  const base = (fields: Partial<ApiError>) => toApiError({ message: RUST, ...fields });
  return [
    ...Object.keys(CODES).map((code) => base({ code: code as ApiError['code'] })),
    ...Object.keys(FIELDS).flatMap((field) =>
      Object.keys(PROBLEMS).map((problem) =>
        base({ code: 'invalid', field: field as Field, problem: problem as ProblemKind, max: 200 }),
      ),
    ),
    ...Object.keys(FILES).flatMap((file) => [
      ...Object.keys(FAULTS).map((fault) => base({ code: 'bad_file', file: file as FileKind, fault: fault as FileFault })),
      base({ code: 'file_too_big', file: file as FileKind, max_mb: 64 }),
      base({ code: 'file_too_new', file: file as FileKind }),
    ]),
    ...PROSPECTUS.map((file_problem) => base({ code: 'bad_file', file_problem })),
  ];
}

describe('every error is said from Fluent, in the student language', () => {
  afterEach(() => i18n.set('en-GB'));

  for (const locale of LOCALES) {
    it(`in ${locale}`, () => {
      i18n.set(locale);
      const all = errors();
      expect(all.length).toBeGreaterThan(150);
      for (const error of all) {
        const said = i18n.describe(error);
        const what = JSON.stringify(error);
        expect(said, what).not.toContain(RUST);
        // A message id shown as it is would mean the words are missing.
        expect(said, what).not.toMatch(/^[a-z0-9_-]+$/);
        expect(said.trim().length, what).toBeGreaterThan(10);
      }
    });
  }
});
