/**
 * The renderer's Content-Security-Policy, the same in Electron and in the browser: its own scripts and
 * styles only, and no network except what `connect` allows ('none' in Electron; its own socket in `softdial web`).
 */
export function rendererCsp(connect = "'none'"): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
