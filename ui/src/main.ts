import { mount } from 'svelte';
import { getCurrentWindow } from '@tauri-apps/api/window';
import App from './App.svelte';
import { saving } from './lib/saving.svelte';
import './app.css';

const app = mount(App, { target: document.getElementById('app')! });

// Before the window closes, save whatever is still waiting to be saved.
getCurrentWindow()
  .onCloseRequested(() => saving.flushAll())
  .catch(() => undefined);

export default app;
