import { mark } from './lib/marks';
mark('script');
import { mount } from 'svelte';
import { getCurrentWindow } from '@tauri-apps/api/window';
import App from './App.svelte';
import { saving } from './lib/saving.svelte';
import { listen } from '@tauri-apps/api/event';
import { showOpenedPlan } from './share/opened.svelte';
import { firstDisplay, firstStatus } from './lib/startup';
import { display } from './lib/display.svelte';
import { nav } from './lib/nav.svelte';
import { readHomeEarly } from './home/first';
import './app.css';

// Everything the first screen needs is asked for now, at once, before the
// page is built: the answers come while it is built (lib/startup.ts).
void firstStatus().catch(() => undefined);
if (nav.screen === 'home') readHomeEarly();
void firstDisplay()
  .then((settings) => settings && display.apply(settings))
  .catch(() => undefined);

const app = mount(App, { target: document.getElementById('app')! });

// Before the window closes, save whatever is still waiting to be saved; if
// something cannot be saved, stay open once and say so (see `CloseHeld`).
getCurrentWindow()
  .onCloseRequested(async (event) => {
    if (!(await saving.mayClose())) event.preventDefault();
  })
  .catch(() => undefined);

// A second start of Waymark with a plan file hands it to this one.
listen('plan-file-opened', () => showOpenedPlan()).catch(() => undefined);

export default app;
