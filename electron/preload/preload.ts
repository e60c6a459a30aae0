// The preload: exposes the contract as `window.softdial` (named verbs, arguments cut to the declared
// count), and nothing else. Bundled to CommonJS because sandboxed preloads cannot load ES modules.
import { contextBridge, ipcRenderer } from 'electron';
import { createSoftdialApi } from '../ipc/client.js';
import { electronTransport } from '../ipc/electron-transport.js';

contextBridge.exposeInMainWorld('softdial', createSoftdialApi(electronTransport(ipcRenderer)));
