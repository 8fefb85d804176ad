import type { ApiError } from './bindings/ApiError';
import type { ErrorCode } from './bindings/ErrorCode';

const CODES: readonly ErrorCode[] = [
  'invalid',
  'not_found',
  'plan_too_new',
  'not_a_plan',
  'plan_damaged',
  'storage',
  'store_unavailable',
  'internal',
  'bad_file',
  'already_open',
  'disk_full',
  'read_only',
  'locked',
];

/** Whatever a failed call threw, as an `ApiError` (never throws itself). Show it
 *  with `i18n.describe`, which says it in the student's language. */
export function toApiError(thrown: unknown): ApiError {
  if (typeof thrown === 'object' && thrown !== null) {
    const c = thrown as Partial<ApiError>;
    if (typeof c.code === 'string' && (CODES as string[]).includes(c.code)) {
      return {
        code: c.code as ErrorCode,
        message: typeof c.message === 'string' ? c.message : '',
        field: c.field ?? null,
        problem: c.problem ?? null,
        max: typeof c.max === 'number' ? c.max : null,
        file_problem: c.file_problem ?? null,
      };
    }
  }
  return { code: 'internal', message: '', field: null, problem: null, max: null, file_problem: null };
}
