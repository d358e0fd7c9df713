/** What jsdom lacks and Fluent UI's positioning asks for: installed before the pane is rendered in a test. */
export function installPaneEnvironment(): void {
  window.matchMedia ??= (() => ({ matches: false, addListener() {}, removeListener() {}, addEventListener() {}, removeEventListener() {} })) as never;
  (globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
