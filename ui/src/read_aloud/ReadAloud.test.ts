import { afterEach, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { clearMocks, fakePlan, reflection } from '../test/fakePlan';
import ReflectionEntry from '../journal/ReflectionEntry.svelte';
import ReadAloudPanel from './ReadAloudPanel.svelte';
import { gather, reader } from './reader.svelte';

afterEach(() => {
  reader.stop();
  clearMocks();
});

/** jsdom has no CSS Custom Highlight API: a stand-in, a set of ranges by name. */
function highlightsSeen(): Map<string, Set<Range>> {
  const registry = new Map<string, Set<Range>>();
  (globalThis as unknown as { CSS: unknown }).CSS = { highlights: registry };
  (globalThis as unknown as { Highlight: unknown }).Highlight = Set;
  return registry;
}

describe('read this to me', () => {
  it('gathers the words as shown: not hidden ones or buttons, but link-like buttons and a field’s words', () => {
    document.body.innerHTML = `
      <section>
        <h2>My next steps</h2>
        <p>Walk <strong>by the</strong> river. <span aria-hidden="true">★</span><span class="visually-hidden">for screen readers</span></p>
        <button type="button">Edit</button>
        <button type="button" class="link">Phone the library</button>
        <p hidden>Not shown</p>
        <label>My goal <input type="text" value="Make a new friend" /></label>
        <input type="checkbox" />
      </section>`;
    const blocks = gather(document.body).map((b) => b.text.replace(/\s+/g, ' ').trim());
    expect(blocks).toEqual(['My next steps', 'Walk by the river.', 'Phone the library', 'My goal', 'Make a new friend']);
  });

  it('reads a reflection’s own words, marks the sentence, and stops at Escape', async () => {
    const plan = fakePlan();
    const seen = highlightsSeen();
    render(ReflectionEntry, { reflection: reflection({ body: 'I walked by the river with Sam.' }) });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Read this reflection to me' }));
    const stop = await screen.findByRole('button', { name: 'Stop reading' });
    expect(stop).toHaveAttribute('aria-pressed', 'true');
    const [asked] = plan.callsOf('read_aloud') as { blocks: string[]; language: string }[];
    if (!asked) throw new Error("read_aloud was not called");
    expect(asked.language).toBe('en-GB');
    expect(asked.blocks.map((b) => b.trim())).toEqual([
      'Tuesday, 24 November 2026',
      expect.stringMatching(/^Good\s+Private$/),
      'I walked by the river with Sam.',
    ]);
    // The first sentence is marked in place.
    await expect.poll(() => [...(seen.get('waymark-reading') ?? [])].map(String)).toEqual(['Tuesday, 24 November 2026']);
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('button', { name: 'Read this reflection to me' })).toHaveAttribute('aria-pressed', 'false');
    expect(plan.callsOf('stop_reading')).toHaveLength(1);
    expect(seen.has('waymark-reading')).toBe(false);
  });

  it('says in one sentence what to install where the laptop has no voice', async () => {
    const plan = fakePlan();
    plan.speech.voice = false;
    render(ReflectionEntry, { reflection: reflection() });
    await userEvent.setup().click(screen.getByRole('button', { name: 'Read this reflection to me' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'This laptop cannot read aloud yet: it needs a free voice added. This is nothing you did wrong, and everything else in Waymark works as usual. If someone helps you with computers, show them this: please install “speech-dispatcher” and “espeak-ng”, then start Waymark again.',
    );
  });

  it('keeps the speed and a voice for each language in Settings', async () => {
    const plan = fakePlan();
    render(ReadAloudPanel);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Slower' }));
    const english = await screen.findByRole('combobox', { name: 'Voice for English' });
    await screen.findByRole('option', { name: 'English (Scotland)' });
    await user.selectOptions(english, 'en-gb-scotland');
    expect(plan.speech.settings).toEqual({ speed: 'slower', voice_en: 'en-gb-scotland', voice_de: null });
    expect(screen.getByRole('combobox', { name: 'Voice for German' })).toHaveValue('');
  });

  it('offers no choices where there is no voice, only what to install', async () => {
    const plan = fakePlan();
    plan.speech.voice = false;
    render(ReadAloudPanel);
    expect(await screen.findByText(/This laptop cannot read aloud yet/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).toBeNull();
  });
});
