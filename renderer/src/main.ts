import { mount } from 'svelte';
import App from './App.svelte';
import ConnectionNotice from './components/ConnectionNotice.svelte';
import { connectApi } from './lib/api.js';
import { ContactsState } from './lib/contacts.svelte.js';
import { contractContacts } from './lib/contract-contacts.js';
import { DialPad } from './lib/dial-pad.svelte.js';
import { AgentIdentityState } from './lib/identity.svelte.js';
import { WindowPrefs } from './lib/prefs.svelte.js';
import { SettingsState } from './lib/settings.svelte.js';
import { WindowLanguage } from './lib/language.svelte.js';
import { reportWindowErrors } from './lib/window-errors.js';
import './app.css';

const target = document.getElementById('app');
if (target) {
  const { api, connection } = connectApi();
  reportWindowErrors(api, window);
  if (connection) {
    const notice = document.createElement('div');
    target.before(notice);
    mount(ConnectionNotice, { target: notice, props: { connection } });
  }
  const pad = new DialPad(api);
  const contacts = new ContactsState(contractContacts(api));
  const prefs = new WindowPrefs(window.localStorage);
  // The browser's or system's languages win over the server's LANG: the window tells the core which it shows.
  const language = new WindowLanguage(
    window.localStorage,
    () => navigator.languages,
    (shown) => api.setLanguage(shown),
  );
  await language.apply();
  mount(App, {
    target,
    props: {
      api,
      pad,
      contacts,
      prefs,
      language,
      settings: new SettingsState(api),
      identity: new AgentIdentityState(api),
    },
  });
}
