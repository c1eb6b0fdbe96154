/**
 * Which Cytoscape renderer to use: the WebGL mode of the canvas renderer (cytoscape >= 3.31) when
 * the browser gives us a WebGL2 context, the plain 2D canvas otherwise. `?renderer=canvas` in the
 * address forces the 2D canvas (for comparisons and for machines with broken GPU drivers).
 */
export type RendererName = 'webgl' | 'canvas';

let decided: RendererName | undefined;

export function chooseRenderer(): RendererName {
  if (decided) return decided;
  const forced = new URLSearchParams(window.location.search).get('renderer');
  if (forced === 'canvas' || forced === 'webgl') return (decided = forced);
  try {
    const probe = document.createElement('canvas');
    const gl = probe.getContext('webgl2');
    decided = gl ? 'webgl' : 'canvas';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    decided = 'canvas';
  }
  return decided;
}
