import { mount } from 'svelte';
import App from './App.svelte';
import { connectApi } from './lib/api.js';
import { DialPad } from './lib/dial-pad.svelte.js';
import './app.css';

const target = document.getElementById('app');
if (target) {
  const api = connectApi();
  mount(App, { target, props: { api, pad: new DialPad(api) } });
}
