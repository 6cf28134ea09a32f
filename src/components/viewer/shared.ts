/** Small helpers shared by the viewer's modules: the island's types, strings, DOM, storage. */
import type { ViewerModel } from '../../domain/views/index.ts';
import type { ui } from '../../i18n/id.ts';

export type Strings = (typeof ui)['viewer']['client'];

/** The JSON island SopViewer.astro writes at build time. */
export interface Island {
  model: ViewerModel;
  strings: Strings;
}

/** "Langkah {x} dari {n}" + {x: 3, n: 10} → "Langkah 3 dari 10". */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

type Child = Node | string | false | undefined;

/** A new element with attributes (a value of false or undefined leaves the attribute out) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string | number | false | undefined> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== false && v !== undefined) e.setAttribute(k, String(v));
  for (const c of children) if (c !== false && c !== undefined) e.append(c);
  return e;
}

export const $ = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E | null => root.querySelector<E>(selector);
export const $$ = <E extends Element = HTMLElement>(selector: string, root: ParentNode = document): E[] => [...root.querySelectorAll<E>(selector)];

export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;
export const behavior = (): ScrollBehavior => (reducedMotion() ? 'auto' : 'smooth');

/** localStorage that never throws (private windows, storage turned off). */
export const store = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(`sop-viewer:${key}`);
    } catch {
      return null;
    }
  },
  set(key: string, value: string): void {
    try {
      if (value) localStorage.setItem(`sop-viewer:${key}`, value);
      else localStorage.removeItem(`sop-viewer:${key}`);
    } catch {
      // not remembered: the URL still carries the state
    }
  },
};

/** True when the element takes part in layout (not hidden, not inside something hidden). */
export const shown = (e: Element | null): boolean => !!e && (e as HTMLElement).offsetParent !== null;
