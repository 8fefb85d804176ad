import type { ApiError } from './bindings/ApiError';
import type { ErrorCode } from './bindings/ErrorCode';

const CODES: readonly ErrorCode[] = [
  'invalid',
  'not_found',
  'plan_too_new',
  'not_a_plan',
  'storage',
  'store_unavailable',
  'internal',
];

/** Short plain words for each code, used when Rust's own message is not shown. */
export const plainMessage: Record<ErrorCode, string> = {
  invalid: 'Something here needs a small change.',
  not_found: 'Waymark could not find that. It may have been removed.',
  plan_too_new: 'Your plan was saved by a newer Waymark. Please update Waymark to open it.',
  not_a_plan: 'This is not a Waymark plan, or it is too damaged to open.',
  storage: 'Waymark could not save just now. What you typed is still here. Please try again.',
  store_unavailable: 'Waymark could not open your plan.',
  internal: 'Something went wrong inside Waymark. Your plan is as it was. Please try again.',
};

/** Whatever a failed call threw, as an `ApiError` (never throws itself). */
export function toApiError(thrown: unknown): ApiError {
  if (typeof thrown === 'object' && thrown !== null) {
    const candidate = thrown as Partial<ApiError>;
    if (typeof candidate.code === 'string' && (CODES as string[]).includes(candidate.code)) {
      const code = candidate.code as ErrorCode;
      const message =
        typeof candidate.message === 'string' && candidate.message.trim() !== ''
          ? candidate.message
          : plainMessage[code];
      return { code, message, field: candidate.field ?? null };
    }
  }
  return { code: 'internal', message: plainMessage.internal, field: null };
}
