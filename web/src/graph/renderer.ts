/**
 * Which Cytoscape renderer to use: the WebGL mode of the canvas renderer (cytoscape >= 3.31) when
 * the browser gives us a hardware WebGL2 context, the plain 2D canvas otherwise.
 * `?renderer=canvas` or `?renderer=webgl` in the address forces one (for comparisons, and for
 * machines with broken GPU drivers).
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
    // WebGL on a software rasteriser (SwiftShader, llvmpipe: no GPU, or a blocklisted one) is
    // slower than the 2D canvas, so only a hardware context gets the WebGL renderer
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    const name = gl ? String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER)) : '';
    decided = gl && !/swiftshader|llvmpipe|softpipe|software/i.test(name) ? 'webgl' : 'canvas';
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    decided = 'canvas';
  }
  return decided;
}
