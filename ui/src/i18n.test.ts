// Every string is externalised, every language is complete, and the English
// reads easily (Flesch reading ease of at least 70).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'svelte/compiler';
import { FluentResource, FluentBundle } from '@fluent/bundle';
import { SOURCES, LOCALES } from './lib/i18n.svelte';
import type { FileFault } from './lib/bindings/FileFault';
import type { FileKind } from './lib/bindings/FileKind';

// Records, so the type check fails when Rust adds a kind of file or of fault.
const FILE_KINDS: Record<FileKind, true> = { plan: true, feedback: true, phrases: true };
const FILE_FAULTS: Record<FileFault, true> = {
  empty: true,
  not_json: true,
  not_this_kind: true,
  is_plan: true,
  is_feedback: true,
  no_version: true,
  bad_shape: true,
  too_long: true,
  too_many: true,
  not_everything: true,
  is_move_file: true,
  bad_row: true,
  no_items: true,
  unreadable: true,
  sealed_damaged: true,
  sealed_too_costly: true,
  sealed_twice: true,
  sealed_with_key: true,
};

const SRC = join(__dirname);

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'bindings' ? [] : files(path, ext);
    return path.endsWith(ext) && !path.endsWith('.test.ts') ? [path] : [];
  });
}

type Message = { id: string; text: string; attributes: string[] };

function messages(source: string): Message[] {
  const resource = new FluentResource(source);
  return resource.body.map((m) => ({
    id: m.id,
    text: flatten(m.value),
    attributes: Object.keys(m.attributes),
  }));
}

/** The words of a Fluent pattern: placeables become "it", selectors give every variant. */
function flatten(pattern: unknown): string {
  if (pattern === null || pattern === undefined) return '';
  if (typeof pattern === 'string') return pattern;
  if (Array.isArray(pattern)) return pattern.map(flatten).join('');
  const node = pattern as { type?: string; variants?: { value: unknown }[] };
  if (node.type === 'select') return (node.variants ?? []).map((v) => flatten(v.value)).join('. ');
  return 'it';
}

describe('languages', () => {
  const byLocale = Object.fromEntries(LOCALES.map((l) => [l, messages(SOURCES[l])]));

  it('parse without errors', () => {
    for (const locale of LOCALES) {
      const bundle = new FluentBundle(locale);
      expect(bundle.addResource(new FluentResource(SOURCES[locale])), locale).toEqual([]);
      expect(byLocale[locale]!.length, locale).toBeGreaterThan(50);
    }
  });

  it('have every key that English has, and no others', () => {
    const english = byLocale['en-GB']!.map((m) => m.id).sort();
    for (const locale of LOCALES) {
      const ids = byLocale[locale]!.map((m) => m.id).sort();
      const missing = english.filter((id) => !ids.includes(id));
      const extra = ids.filter((id) => !english.includes(id));
      expect({ locale, missing, extra }).toEqual({ locale, missing: [], extra: [] });
      for (const m of byLocale[locale]!) expect(m.text.trim(), `${locale} ${m.id} is empty`).not.toBe('');
    }
  });

  it('have every key the code asks for', () => {
    const english = new Set(byLocale['en-GB']!.map((m) => m.id));
    const used = new Set<string>();
    for (const file of [...files(SRC, '.svelte'), ...files(SRC, '.ts')]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-z0-9_-]+)'/g)) used.add(match[1]!);
    }
    // Keys built from a value: every value the code can build them from.
    const dynamic = [
      ...['active', 'paused', 'achieved', 'let_go'].flatMap((s) => [`status-${s}`, `status-${s}-hint`, `goals-group-${s}`]),
      ...['light', 'dark', 'high_contrast'].map((theme) => `settings-theme-${theme}`),
      ...['invalid', 'not_found', 'plan_too_new', 'not_a_plan', 'plan_damaged', 'storage', 'store_unavailable', 'internal',
        'already_open', 'disk_full', 'read_only', 'locked'].map(
        (code) => `error-${code}`,
      ),
      ...['none', 'interested', 'enrolled', 'attending', 'completed', 'withdrawn'].map((c) => `choice-${c}`),
      ...['in_person', 'online', 'both'].map((d) => `delivery-${d}`),
      ...['attended', 'missed', 'cancelled'].map((a) => `attendance-${a}`),
      ...['no_title', 'too_long', 'bad_date', 'bad_number', 'formula', 'duplicate_code', 'unclosed_quote', 'bad_value'].map((k) => `skip-${k}`),
      ...['empty', 'too_large', 'too_many_courses', 'not_text', 'no_title_column', 'bad_json', 'bad_csv'].map(
        (k) => `file-${k}`,
      ),
      'error-bad_file',
      ...Object.keys(FILE_KINDS).flatMap((kind) => [
        ...Object.keys(FILE_FAULTS).map((fault) => `file-${kind}-${fault}`),
        `error-file_too_big-${kind}`,
        `error-file_too_new-${kind}`,
      ]),
      'error-plan_already_here',
      ...['home', 'goals', 'courses', 'journal', 'review', 'share', 'about-me', 'settings', 'help'].map((screen) => `nav-${screen}`),
      ...['steps', 'sessions', 'courses', 'reflections', 'reviews'].map((count) => `highlights-${count}`),
      ...['minus2', 'minus1', 'plus0', 'plus1', 'plus2'].map((a) => `attainment-${a}`),
      ...['keep', 'change', 'pause', 'let_go', 'achieved'].map((d) => `decision-${d}`),
      ...[1, 2, 3, 4, 5].map((n) => `feeling-${n}`),
      ...['daily', 'before_migration', 'before_restore', 'before_import'].map((r) => `backup-${r}`),
      ...['goal', 'step', 'reflection', 'course', 'note'].map((kind) => `search-kind-${kind}`),
      ...[
        'large_print', 'materials_in_advance', 'quiet_space', 'regular_breaks', 'someone_with_me', 'hearing_loop',
        'interpreter', 'easy_read', 'near_the_door', 'step_free_access', 'written_instructions', 'extra_time',
      ].map((s) => `support-${s}`),
      ...['rating', 'attainment', 'decision', 'next_review'].map((field) => `error-${field}`),
      'error-suggestion-empty',
      'error-tutor_name-empty',
      ...['rust', 'npm', 'fonts'].map((g) => `about-waymark-${g}`),
      ...['comment', 'step', 'course', 'question'].flatMap((k) => [`feedback-kind-${k}`, `feedback-says-${k}`]),
      ...['goal', 'step', 'course', 'reflection', 'review'].map((k) => `feedback-about-${k}`),
      ...['reflection_text', 'preferred_name', 'support', 'written_on', 'session_date', 'feeling', 'course', 'goal'].map(
        (field) => (field === 'reflection_text' ? `error-${field}-empty` : `error-${field}`),
      ),
      'courses-sort-title',
      'courses-sort-start_date',
      ...['learning', 'work', 'relationships', 'home', 'money', 'creativity', 'community', 'looking_after_me', 'hopes'].map(
        (area) => `area-${area}`,
      ),
    ];
    const missing = [...used, ...dynamic].filter((id) => !english.has(id));
    expect(used.size).toBeGreaterThan(40);
    expect(missing).toEqual([]);
  });
});

describe('no hard-coded strings', () => {
  const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
  // Letters in any script; symbols such as "←", "+", "✓", "—" and "·" are allowed.
  const WORDS = /\p{L}{2,}/u;

  function walk(node: unknown, found: string[], file: string) {
    if (!node || typeof node !== 'object') return;
    const n = node as Record<string, unknown>;
    if (n.type === 'Text' && typeof n.data === 'string' && WORDS.test(n.data)) {
      found.push(`${file}: text "${n.data.trim()}"`);
    }
    if (n.type === 'Attribute' && typeof n.name === 'string' && TEXT_ATTRIBUTES.has(n.name) && Array.isArray(n.value)) {
      for (const part of n.value as Record<string, unknown>[]) {
        if (part.type === 'Text' && typeof part.data === 'string' && WORDS.test(part.data)) {
          found.push(`${file}: ${n.name}="${part.data}"`);
        }
      }
    }
    // Other attribute values (classes, ids, roles) are not words for people.
    if (n.type === 'Attribute') return;
    for (const [key, value] of Object.entries(n)) {
      if (key === 'parent' || key === 'instance' || key === 'module' || key === 'css') continue;
      if (Array.isArray(value)) value.forEach((v) => walk(v, found, file));
      else if (value && typeof value === 'object') walk(value, found, file);
    }
  }

  it('in any component', () => {
    const found: string[] = [];
    const components = files(SRC, '.svelte');
    expect(components.length).toBeGreaterThan(8);
    for (const file of components) {
      const ast = parse(readFileSync(file, 'utf8'), { modern: true });
      walk(ast.fragment, found, file.slice(SRC.length + 1));
    }
    expect(found).toEqual([]);
  });

  it('is a check that can fail', () => {
    const found: string[] = [];
    walk(parse('<p>Hello there</p><button aria-label="Close it">x</button>', { modern: true }).fragment, found, 'x');
    expect(found).toHaveLength(2);
  });
});

/** Syllables in an English word, by the usual vowel-group rule with common fixes. */
export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export function readingEase(text: string): { score: number; words: number; sentences: number } {
  const sentences = text.split(/[.!?…:\n]+/).filter((s) => /[a-z]/i.test(s));
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const syll = words.reduce((sum, w) => sum + syllables(w), 0);
  const score = 206.835 - 1.015 * (words.length / sentences.length) - 84.6 * (syll / words.length);
  return { score, words: words.length, sentences: sentences.length };
}

describe('plain English', () => {
  it('counts syllables sensibly', () => {
    expect(['goal', 'step', 'tutor', 'reflection', 'achieved', 'together'].map(syllables)).toEqual([1, 1, 2, 3, 2, 3]);
  });

  it('scores hard text low and easy text high (the check can fail)', () => {
    expect(readingEase('The implementation necessitates considerable organisational infrastructure.').score).toBeLessThan(30);
    expect(readingEase('I can do it. It is my plan.').score).toBeGreaterThan(90);
  });

  it('has a Flesch reading ease of at least 70 across all English strings', () => {
    const english = messages(SOURCES['en-GB'])
      .filter((m) => !m.id.startsWith('app-name'))
      .map((m) => m.text.trim().replace(/[.!?…]?$/, '.'))
      .join('\n');
    const { score, words } = readingEase(english);
    console.log(`Flesch reading ease of the English UI: ${score.toFixed(1)} over ${words} words`);
    expect(words).toBeGreaterThan(400);
    expect(score).toBeGreaterThanOrEqual(70);
  });

  it('keeps the full sentences (hints, messages) at 70 or more on their own too', () => {
    const sentences = messages(SOURCES['en-GB'])
      .map((m) => m.text.trim())
      .filter((text) => /[.?!]$/.test(text) && text.split(/\s+/).length >= 5)
      .join(' ');
    const { score, words } = readingEase(sentences);
    console.log(`Flesch reading ease of the English sentences: ${score.toFixed(1)} over ${words} words`);
    expect(words).toBeGreaterThan(200);
    expect(score).toBeGreaterThanOrEqual(70);
  });
});
