// Every string the student sees comes from the Fluent files in
// src-tauri/core/locales (shared with Rust). `t` is reactive: changing the
// language re-renders what uses it.
import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';
import enGB from '../../../src-tauri/core/locales/en-GB.ftl?raw';
import de from '../../../src-tauri/core/locales/de.ftl?raw';
import type { ApiError } from './bindings/ApiError';

export const LOCALES = ['en-GB', 'de'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCES: Record<Locale, string> = { 'en-GB': enGB, de };
/** Each language's own name, in that language. */
export const LOCALE_NAMES: Record<Locale, string> = { 'en-GB': 'English (UK)', de: 'Deutsch' };

function bundle(locale: Locale): FluentBundle {
  // No Unicode isolation marks around placeables: they would show up in tests
  // and screen readers handle plain text well.
  const b = new FluentBundle(locale, { useIsolating: false });
  const errors = b.addResource(new FluentResource(SOURCES[locale]));
  if (errors.length) console.error(`Fluent errors in ${locale}`, errors);
  return b;
}

// Each language is parsed when first used: a start reads only its own.
const parsed: Partial<Record<Locale, FluentBundle>> = {};
const bundleFor = (locale: Locale): FluentBundle => (parsed[locale] ??= bundle(locale));

/** The best of our languages for a BCP 47 tag such as the computer's "de-AT". */
export function matchLocale(tag: string | null | undefined): Locale {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('de')) return 'de';
  return 'en-GB';
}

class I18n {
  locale: Locale = $state('en-GB');

  set(locale: Locale) {
    this.locale = locale;
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  has(id: string): boolean {
    return bundleFor(this.locale).hasMessage(id);
  }

  t(id: string, args?: Record<string, FluentVariable>): string {
    const b = bundleFor(this.locale);
    const message = b.getMessage(id) ?? bundleFor('en-GB').getMessage(id);
    if (!message?.value) return id;
    const owner = b.hasMessage(id) ? b : bundleFor('en-GB');
    return owner.formatPattern(message.value, args);
  }

  /** "30 June 2027" / "30. Juni 2027" from "2027-06-30". */
  date(iso: string): string {
    const [y, m, d] = iso.split('-').map(Number);
    if (!y || !m || !d) return iso;
    return this.dates({
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, d)));
  }

  /** Formatters cost far more to make than to use (a long list of dates
   *  would make hundreds): one of each kind per language, kept. */
  #formatters = new Map<string, { format(value: never): string }>();

  private cached<F extends { format(value: never): string }>(kind: string, make: () => F): F {
    const key = `${this.locale} ${kind}`;
    let f = this.#formatters.get(key);
    if (!f) {
      f = make();
      this.#formatters.set(key, f);
    }
    return f as F;
  }

  private dates(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return this.cached(`date ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(this.locale, options));
  }

  /** A moment, in the student's time zone: "26 November 2026, 09:21". */
  dateTime(iso: string): string {
    const at = new Date(iso);
    if (Number.isNaN(at.getTime())) return iso;
    return this.dates({ dateStyle: 'long', timeStyle: 'short' }).format(at);
  }

  /** A file size: "412 KB", "3.1 MB". */
  size(bytes: number): string {
    const f = (n: number, unit: string) => `${this.cached('n1', () => new Intl.NumberFormat(this.locale, { maximumFractionDigits: 1 })).format(n)} ${unit}`;
    if (bytes < 1024 * 1024) return f(Math.max(1, Math.round(bytes / 1024)), 'KB');
    return f(bytes / (1024 * 1024), 'MB');
  }

  /** A month and year, for the journal's timeline: "November 2026". */
  monthYear(iso: string): string {
    const [y, m] = iso.split('-').map(Number);
    if (!y || !m) return iso;
    return this.dates({ month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(Date.UTC(y, m - 1, 1)),
    );
  }

  /** A day with its weekday: "Tuesday 12 January 2027". */
  longDate(iso: string): string {
    const [y, m, d] = iso.split('-').map(Number);
    if (!y || !m || !d) return iso;
    return this.dates({
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(y, m - 1, d)));
  }

  /** Names joined as a sentence would: "Art, Choir and Pottery". */
  list(items: string[]): string {
    return this.cached('list', () => new Intl.ListFormat(this.locale, { style: 'long', type: 'conjunction' })).format(items);
  }

  monthNames(): string[] {
    const f = this.dates({ month: 'long', timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, i) => f.format(new Date(Date.UTC(2000, i, 1))));
  }

  /** A failed call, said in the student's language. */
  describe(error: ApiError): string {
    if (error.code === 'invalid' && error.field) {
      const field = error.field;
      const max = error.max ?? 0;
      if (error.problem === 'too_long') {
        const id = `error-${field}-too_long`;
        return this.has(id) ? this.t(id, { max }) : this.t('error-too_long', { max });
      }
      if (error.problem === 'empty' && this.has(`error-${field}-empty`)) return this.t(`error-${field}-empty`);
      if (error.problem === 'too_short' && this.has(`error-${field}-too_short`))
        return this.t(`error-${field}-too_short`, { max });
      if (this.has(`error-${field}`)) return this.t(`error-${field}`);
      return this.t('error-text');
    }
    // A plan or feedback file: words for that kind of file and what is wrong
    // with it, never anything from the file itself.
    if (error.file) {
      if (error.code === 'bad_file' && error.fault) return this.t(`file-${error.file}-${error.fault}`);
      if (error.code === 'file_too_big') return this.t(`error-file_too_big-${error.file}`, { max_mb: error.max_mb ?? 0 });
      if (error.code === 'file_too_new') return this.t(`error-file_too_new-${error.file}`);
    }
    if (error.code === 'bad_file' && error.file_problem) {
      const { kind, ...args } = error.file_problem as { kind: string } & Record<string, string | number>;
      return this.t(`file-${kind}`, args);
    }
    return this.t(`error-${error.code}`);
  }
}

export const i18n = new I18n();
export const t = (id: string, args?: Record<string, FluentVariable>) => i18n.t(id, args);
