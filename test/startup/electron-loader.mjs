// Registers the resolve hook that gives the built main process the Electron stand-in (node --import this).
import { register } from 'node:module';

register('./electron-resolve.mjs', import.meta.url);
