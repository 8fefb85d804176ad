import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import SettingsScreen from './SettingsScreen.svelte';
import { clearMocks, fakePlan } from '../test/fakePlan';
import { display, defaultSettings } from '../lib/display.svelte';

afterEach(() => {
  clearMocks();
  display.apply({ ...defaultSettings, language: 'en-GB' });
});

describe('settings', () => {
  it('keep reminders off until the student turns them on', async () => {
    const plan = fakePlan();
    render(SettingsScreen);
    const box = await screen.findByRole('checkbox', { name: 'Tell me when a review is due' });
    expect(box).not.toBeChecked();
    await userEvent.setup().click(box);
    await waitFor(() => expect(box).toBeChecked());
    expect(plan.callsOf('set_reminders')).toEqual([{ reminders: { review_notification: true } }]);
    expect(plan.reminders.review_notification).toBe(true);
  });

  it('apply at once and are saved', async () => {
    const plan = fakePlan();
    display.apply({ ...defaultSettings, language: 'en-GB' });
    render(SettingsScreen);
    const u = userEvent.setup();
    await u.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    await u.click(screen.getByRole('radio', { name: '200%' }));
    expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('2');
    await u.click(screen.getByRole('checkbox', { name: 'Easy reading' }));
    expect(document.documentElement.dataset.reading).toBe('easy');
    await u.click(screen.getByRole('checkbox', { name: 'Less movement' }));
    expect(document.documentElement.dataset.motion).toBe('reduce');
    await waitFor(() =>
      expect(plan.callsOf('set_display_settings').at(-1)).toEqual({
        settings: { language: 'en-GB', text_size: 200, theme: 'dark', easy_reading: true, reduce_motion: true },
      }),
    );
  });

  it('switch the whole interface to German', async () => {
    fakePlan();
    display.apply({ ...defaultSettings, language: 'en-GB' });
    render(SettingsScreen);
    await userEvent.setup().selectOptions(screen.getByLabelText('Language'), 'de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Einstellungen' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(screen.getByRole('radio', { name: 'Hoher Kontrast' })).toBeInTheDocument();
  });

  it('puts things back and says so when saving fails', async () => {
    fakePlan();
    display.apply({ ...defaultSettings, language: 'en-GB' });
    const { mockIPC } = await import('@tauri-apps/api/mocks');
    mockIPC((cmd) => {
      if (cmd === 'set_display_settings') throw { code: 'storage', message: '', field: null, problem: null, max: null };
      return null;
    });
    render(SettingsScreen);
    await userEvent.setup().click(screen.getByRole('radio', { name: 'High contrast' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Waymark could not save just now');
    expect(document.documentElement.dataset.theme).toBe('light');
  });
});
