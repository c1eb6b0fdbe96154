/**
 * Lays a network out in a Web Worker (layout.worker.ts) and resolves with the positions. One
 * worker is kept between layouts; cancelling terminates it, since a running fcose cannot be
 * interrupted, and the next layout starts a fresh one. Where a worker cannot run (no Worker, a
 * failed script), the same code runs on the main thread.
 */
import { computeLayout, type LayoutInput, type LayoutPositions } from './layout.ts';
import type { LayoutReply, LayoutRequest } from './layout.worker.ts';

let worker: Worker | null = null;
let workerBroken = false;
let nextId = 1;

function getWorker(): Worker | null {
  if (workerBroken || typeof Worker === 'undefined') return null;
  try {
    // The built worker is one classic script (Vite's worker format is IIFE). A module worker would
    // also run it, but Chromium then reports its script as a request that never ends, so "network
    // idle" never comes; the dev server serves the source as a module, which needs type 'module'.
    worker ??= import.meta.env.DEV
      ? new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'cyswllt-layout' })
      : new Worker(new URL('./layout.worker.ts', import.meta.url), { name: 'cyswllt-layout' });
    return worker;
  } catch {
    workerBroken = true;
    return null;
  }
}

function dropWorker(w: Worker): void {
  w.terminate();
  if (worker === w) worker = null;
}

/** On the main thread, after a frame so the preview is on screen first. */
function layOutHere(input: LayoutInput, signal: AbortSignal): Promise<LayoutPositions> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (signal.aborted) return reject(signal.reason);
      try {
        resolve(computeLayout(input));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    }, 0);
  });
}

export function layOut(input: LayoutInput, signal: AbortSignal): Promise<LayoutPositions> {
  const w = getWorker();
  if (!w) return layOutHere(input, signal);
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent<LayoutReply>) => {
      if (event.data.id !== id) return;
      cleanup();
      if ('positions' in event.data) resolve(event.data.positions);
      else reject(new Error(event.data.error));
    };
    // the worker script failed to load or threw outside a request: never try a worker again
    const onError = (event: ErrorEvent) => {
      event.preventDefault();
      cleanup();
      dropWorker(w);
      workerBroken = true;
      resolve(layOutHere(input, signal));
    };
    const onAbort = () => {
      cleanup();
      dropWorker(w);
      reject(signal.reason);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort);
    const request: LayoutRequest = { id, input };
    w.postMessage(request);
  });
}
