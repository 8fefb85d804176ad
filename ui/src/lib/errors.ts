import type { ApiError } from './bindings/ApiError';
import type { ErrorCode } from './bindings/ErrorCode';

/** Every code Rust can send. A record, so the type check fails when Rust adds one. */
export const CODES: Record<ErrorCode, true> = {
  invalid: true,
  not_found: true,
  plan_too_new: true,
  not_a_plan: true,
  plan_damaged: true,
  storage: true,
  store_unavailable: true,
  internal: true,
  bad_file: true,
  already_open: true,
  disk_full: true,
  read_only: true,
  locked: true,
  file_too_new: true,
  file_too_big: true,
  plan_not_empty: true,
  private_reflection: true,
  feedback_for_another_plan: true,
  plan_already_here: true,
  wrong_password: true,
  wrong_recovery_code: true,
  recovery_code_mistyped: true,
  key_file_problem: true,
  plan_locked: true,
  backup_not_locked: true,
  plaintext_refused: true,
  try_again_later: true,
  passphrase_needed: true,
  wrong_passphrase: true,
  lock_first: true,
  not_keeping_students: true,
  no_voice: true,
};

/** Whatever a failed call threw, as an `ApiError` (never throws itself). Show it
 *  with `i18n.describe`, which says it in the student's language. */
export function toApiError(thrown: unknown): ApiError {
  if (typeof thrown === 'object' && thrown !== null) {
    const c = thrown as Partial<ApiError>;
    if (typeof c.code === 'string' && Object.hasOwn(CODES, c.code)) {
      return {
        code: c.code as ErrorCode,
        message: typeof c.message === 'string' ? c.message : '',
        field: c.field ?? null,
        problem: c.problem ?? null,
        max: typeof c.max === 'number' ? c.max : null,
        file_problem: c.file_problem ?? null,
        file: c.file ?? null,
        fault: c.fault ?? null,
        max_mb: typeof c.max_mb === 'number' ? c.max_mb : null,
        wait_seconds: typeof c.wait_seconds === 'number' ? c.wait_seconds : null,
      };
    }
  }
  return {
    code: 'internal',
    message: '',
    field: null,
    problem: null,
    max: null,
    file_problem: null,
    file: null,
    fault: null,
    max_mb: null,
    wait_seconds: null,
  };
}
