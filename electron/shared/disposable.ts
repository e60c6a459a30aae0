/** The one shape of "stop": a listener, a subscription or a timer handed back to whoever started it. */
export interface Disposable {
  dispose(): void;
}
