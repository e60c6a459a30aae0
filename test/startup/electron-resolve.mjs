// Node resolve hook: `electron` is the stand-in; everything else resolves as usual.
const STAND_IN = new URL('./electron-stand-in.ts', import.meta.url).href;

/** Resolves `electron` to the stand-in. */
export async function resolve(specifier, context, nextResolve) {
  return specifier === 'electron' ? { url: STAND_IN, shortCircuit: true } : nextResolve(specifier, context);
}
