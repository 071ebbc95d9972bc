/**
 * Preload bridge. Runs sandboxed with context isolation, bundled as one CommonJS file
 * (electron.vite.config.ts): it exposes the contract's named API and never ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createBriefingApi } from './api.ts';

contextBridge.exposeInMainWorld('briefing', createBriefingApi(ipcRenderer));
