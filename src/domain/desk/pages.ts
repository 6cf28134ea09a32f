/**
 * Long lists of the desk split into pages a phone can load: never more than `budget` (findings, or
 * rows) on a page, an item (a document with its findings) never cut in two; always at least one
 * page. Page 1 is the list's own address, page n its `n/`.
 */
export const FINDINGS_PER_PAGE = 300;

export function paginate<T>(items: readonly T[], weight: (item: T) => number, budget: number): T[][] {
  const pages: T[][] = [[]];
  let used = 0;
  for (const item of items) {
    const w = Math.max(1, weight(item));
    const current = pages[pages.length - 1]!;
    if (current.length > 0 && used + w > budget) {
      pages.push([item]);
      used = w;
    } else {
      current.push(item);
      used += w;
    }
  }
  return pages;
}

/** "Halaman 2 dari 5" navigation: each page's number and address, the current one marked. */
export interface PageLink {
  number: number;
  href: string;
  current: boolean;
}

export function pageLinks(count: number, current: number, href: (page: number) => string): PageLink[] {
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, href: href(i + 1), current: i + 1 === current }));
}
