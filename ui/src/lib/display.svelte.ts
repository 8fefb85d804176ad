// The student's display settings, applied to the whole page at once.
import type { DisplaySettings } from './bindings/DisplaySettings';
import { i18n, matchLocale, type Locale } from './i18n.svelte';

export const defaultSettings: DisplaySettings = {
  language: null,
  text_size: 100,
  theme: 'light',
  easy_reading: false,
  reduce_motion: false,
};

export const TEXT_SIZES = [100, 125, 150, 175, 200];

class Display {
  settings: DisplaySettings = $state({ ...defaultSettings });

  /** Applies settings to the document: language, size, colours, font, motion. */
  apply(settings: DisplaySettings) {
    this.settings = settings;
    const locale: Locale = settings.language
      ? matchLocale(settings.language)
      : matchLocale(typeof navigator === 'undefined' ? null : navigator.language);
    i18n.set(locale);
    if (typeof document === 'undefined') return;
    const root = document.documentElement;
    root.dataset.theme = settings.theme;
    root.dataset.reading = settings.easy_reading ? 'easy' : 'standard';
    root.dataset.motion = settings.reduce_motion ? 'reduce' : 'auto';
    root.style.setProperty('--text-scale', String(settings.text_size / 100));
  }
}

export const display = new Display();
