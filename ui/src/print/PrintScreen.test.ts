import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import PrintScreen from './PrintScreen.svelte';

afterEach(() => clearMocks());

/** The IPC, with what was asked for. */
function fakePrint() {
  const asked: { cmd: string; payload: unknown }[] = [];
  mockIPC((cmd, payload) => {
    asked.push({ cmd, payload });
    if (cmd === 'save_printed_plan') return 'my-learning-plan.pdf';
    if (cmd === 'open_printed_plan') return null;
    throw new Error(`unexpected ${cmd}`);
  });
  return asked;
}

describe('print my plan', () => {
  it('prints the parts ticked, private reflections only when ticked, then opens the file to print', async () => {
    const asked = fakePrint();
    render(PrintScreen);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Print my plan' });
    expect(document.activeElement).toBe(heading);
    const user = userEvent.setup();
    expect(screen.getByRole('checkbox', { name: 'Also my private reflections' })).not.toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'My courses' }));
    await user.click(screen.getByRole('checkbox', { name: 'My journal: the reflections my tutor may see' }));
    await user.click(screen.getByRole('checkbox', { name: 'Also my private reflections' }));
    await user.click(screen.getByRole('button', { name: 'Save it as a PDF' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Saved as my-learning-plan.pdf. Open it to print it, or keep it as it is.');
    expect(asked[0]).toEqual({
      cmd: 'save_printed_plan',
      payload: {
        choice: { about_me: true, goals: true, courses: false, reviews: true, reflections: true, private_reflections: true },
        language: 'en-GB',
      },
    });
    await user.click(screen.getByRole('button', { name: 'Open it to print' }));
    expect(asked.map((a) => a.cmd)).toEqual(['save_printed_plan', 'open_printed_plan']);
  });

  it('says what to do when nothing is ticked, and does not save', async () => {
    const asked = fakePrint();
    render(PrintScreen);
    const user = userEvent.setup();
    for (const name of ['About me and what helps me learn', 'My goals and their steps', 'My courses', 'My reviews']) {
      await user.click(screen.getByRole('checkbox', { name }));
    }
    expect(screen.getByText('Choose at least one part to print.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save it as a PDF' })).toBeDisabled();
    expect(asked).toEqual([]);
  });
});
