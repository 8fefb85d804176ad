// Sealing what the student saves: offered for the tutor's files, always on
// for the move file, and the words reach Rust as the passphrase.
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { fakePlan } from '../test/fakePlan';
import ShareScreen from './ShareScreen.svelte';
import MovePlanScreen from '../settings/MovePlanScreen.svelte';

describe('sealing a file that travels', () => {
  it('seals the file for Waymark with the suggested words, and says a web page cannot be sealed', async () => {
    const fake = fakePlan();
    render(ShareScreen);
    await fireEvent.click(await screen.findByRole('checkbox', { name: /^My goals/ }));
    await fireEvent.click(screen.getByRole('button', { name: /Next: see what my tutor gets/ }));
    await fireEvent.click(await screen.findByRole('button', { name: /Next: save it/ }));
    await fireEvent.click(await screen.findByLabelText(/^A web page/));
    expect(screen.getByText(/A web page cannot be sealed/)).toBeTruthy();
    await fireEvent.click(screen.getByLabelText(/^A Waymark file/));
    await fireEvent.click(screen.getByLabelText('Seal it with a passphrase'));
    const words = (await screen.findByLabelText('Passphrase')) as HTMLInputElement;
    await waitFor(() => expect(words.value).toBe('apple river candle'));
    await fireEvent.click(screen.getByRole('button', { name: /Save the Waymark file/ }));
    await waitFor(() => expect(fake.callsOf('export_plan')).toHaveLength(1));
    expect(fake.callsOf('export_plan')[0]).toMatchObject({ format: 'waymark', passphrase: 'apple river candle' });
  });

  it('always seals the move file, and says there is no way back without the words', async () => {
    const fake = fakePlan();
    render(MovePlanScreen);
    expect(await screen.findByText(/always sealed/)).toBeTruthy();
    expect(screen.getByText(/There is no way to get them back/)).toBeTruthy();
    const words = (await screen.findByLabelText('Passphrase')) as HTMLInputElement;
    await waitFor(() => expect(words.value).toBe('apple river candle'));
    await fireEvent.input(words, { target: { value: 'My own three words' } });
    await fireEvent.click(screen.getByRole('button', { name: /Save my whole plan/ }));
    await waitFor(() => expect(fake.callsOf('export_plan')).toHaveLength(1));
    expect(fake.callsOf('export_plan')[0]).toMatchObject({ format: 'everything', passphrase: 'My own three words' });
  });
});
