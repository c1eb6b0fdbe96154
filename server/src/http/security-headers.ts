/**
 * Response headers for every answer: a Content Security Policy without inline scripts (the built
 * web app loads only its own files), no framing, no MIME sniffing, no referrer leaks.
 * GraphiQL (development only) loads from a CDN with inline scripts, so it gets no CSP.
 */
import type { ServerResponse } from 'node:http';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and Cytoscape set style attributes from script; no inline <style> is relied on otherwise
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export function setSecurityHeaders(res: ServerResponse, options: { csp: boolean; https: boolean }): void {
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
  res.setHeader('x-frame-options', 'DENY');
  res.setHeader('cross-origin-opener-policy', 'same-origin');
  res.setHeader('cross-origin-resource-policy', 'same-origin');
  res.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  if (options.csp) res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
  if (options.https) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
