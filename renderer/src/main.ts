import { mount } from 'svelte';
import App from './App.svelte';
import ConnectionNotice from './components/ConnectionNotice.svelte';
import { connectApi } from './lib/api.js';
import { DialPad } from './lib/dial-pad.svelte.js';
import './app.css';

const target = document.getElementById('app');
if (target) {
  const { api, connection } = connectApi();
  if (connection) {
    const notice = document.createElement('div');
    target.before(notice);
    mount(ConnectionNotice, { target: notice, props: { connection } });
  }
  mount(App, { target, props: { api, pad: new DialPad(api) } });
}
