/**
 * The layout worker: fcose on a headless Cytoscape instance, off the main thread, so the page
 * stays responsive while a big network is laid out. One request at a time; the client terminates
 * the worker to cancel one.
 */
import { computeLayout, type LayoutInput } from './layout.ts';

export interface LayoutRequest {
  id: number;
  input: LayoutInput;
}
export type LayoutReply = { id: number; positions: Float64Array } | { id: number; error: string };

// typed by hand: the web project's lib is DOM, not WebWorker
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage: (reply: LayoutReply, transfer?: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const { id, input } = event.data;
  try {
    const positions = computeLayout(input);
    scope.postMessage({ id, positions }, [positions.buffer]);
  } catch (error) {
    scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
