/**
 * Define a custom element in the page's registry, now and once more if it is replaced.
 *
 * Loaded as an extra module, the card runs before Home Assistant's frontend has booted,
 * and the frontend then swaps in its own (scoped) registry, which knows nothing defined
 * before: the element is defined again there, as a subclass, since a constructor can be
 * defined only once.
 */
export function defineElement(name: string, element: typeof HTMLElement): void {
  const registry = window.customElements;
  if (!registry.get(name)) {
    registry.define(name, element);
  }
  const watch = window.setInterval(() => {
    const current = window.customElements;
    if (current === registry) {
      return;
    }
    window.clearInterval(watch);
    if (!current.get(name)) {
      current.define(name, class extends element {});
    }
  }, 50);
  // The frontend boots in well under a minute; after that nothing is swapped any more.
  window.setTimeout(() => window.clearInterval(watch), 60_000);
}
