/** Where the Electron main reports errors nobody expected (a bug), so they are seen rather than lost. */
export function reportUnexpected(error: unknown): void {
  console.error('softdial: unexpected error:', error);
}
