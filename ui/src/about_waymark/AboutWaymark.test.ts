// About Waymark, with the Rust commands mocked: the version, and everything
// Waymark ships with and its licence, from the generated list.
import { afterEach, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import AboutWaymark from './AboutWaymark.svelte';
import { clearMocks, fakePlan } from '../test/fakePlan';
import licences from './licences.json';

afterEach(() => clearMocks());

it('shows the version and every crate, package and font with its licence', async () => {
  fakePlan();
  render(AboutWaymark);
  expect(await screen.findByText(/^Waymark \d+\.\d+\.\d+/)).toBeInTheDocument();
  expect(licences.rust.length).toBeGreaterThan(100);
  const rust = await screen.findByText(`Other software Waymark is built from (${licences.rust.length})`);
  await userEvent.setup().click(rust);
  const table = within(rust.closest('details')!).getByRole('table');
  expect(within(table).getAllByRole('row')).toHaveLength(licences.rust.length + 1);
  expect(table).toHaveTextContent('rusqlite');
  expect(screen.getByText(`Fonts (${licences.fonts.length})`).closest('details')).toHaveTextContent('OpenDyslexic');
  expect(screen.getByText(`Software for the window (${licences.npm.length})`).closest('details')).toHaveTextContent('svelte');
});
