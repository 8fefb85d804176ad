import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockIPC, clearMocks } from '@tauri-apps/api/mocks';
import App from '../App.svelte';

afterEach(() => clearMocks());

describe('a plan found damaged on start', () => {
  it('says so plainly and offers the newest good copy, which opens the plan', async () => {
    let damaged = true;
    const calls: string[] = [];
    mockIPC((cmd) => {
      calls.push(cmd);
      switch (cmd) {
        case 'app_status':
          return {
            version: '0.1.0',
            data_dir: '/home/sam/.local/share/app.waymark.desktop',
            problem: damaged
              ? { code: 'plan_damaged', message: 'damaged', field: null, problem: null, max: null, file_problem: null, file: null, fault: null, max_mb: null, wait_seconds: null }
              : null,
          };
        case 'replace_damaged_plan':
          damaged = false;
          return 'waymark-20261125T080000.000Z-daily.sqlite3';
        case 'get_display_settings':
          return { language: 'en-GB', text_size: 100, theme: 'light', easy_reading: false, reduce_motion: false };
        case 'list_life_areas':
        case 'list_goals':
          return [];
        case 'get_home':
          return {
            preferred_name: '',
            next_review_on: null,
            review_due: false,
            unfinished_review: null,
            next_steps: [],
            courses: [],
            active_goals: 0,
            reflections: 0,
          };
        case 'get_draft':
          return null;
        default:
          return null;
      }
    });
    render(App);
    expect(await screen.findByRole('alert')).toHaveTextContent(/found damage in your plan file/);
    expect(screen.getByText(/put the damaged file aside, untouched/)).toBeInTheDocument();
    expect(calls).not.toContain('replace_damaged_plan');
    await userEvent.setup().click(screen.getByRole('button', { name: 'Use my newest copy' }));
    expect(calls).toContain('replace_damaged_plan');
    // The plan opens on Home, with the plan's sections.
    expect(await screen.findByRole('navigation', { name: 'Plan sections' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome to Waymark' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
