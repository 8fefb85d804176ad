import { mark } from './lib/marks';
mark('script');
import { mount } from 'svelte';
import { getCurrentWindow } from '@tauri-apps/api/window';
import App from './App.svelte';
import { saving } from './lib/saving.svelte';
import { listen } from '@tauri-apps/api/event';
import { showOpenedPlan } from './share/opened.svelte';
import './app.css';

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
