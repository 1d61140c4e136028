/**
 * Sortable tables, as progressive enhancement: without JavaScript a table is
 * a plain table. With it, each header marked `data-sort="number|text"`
 * becomes a button; clicking sorts the rows and sets `aria-sort` on the header
 * (ascending first, then descending). Cells may carry the value to sort by in
 * `data-value` (e.g. the number without its unit).
 */
export type SortKind = 'number' | 'text';
export type SortDirection = 'ascending' | 'descending';

/** Compares two cell values; empty values sort last in either direction. */
export function compareCells(
  a: string,
  b: string,
  kind: SortKind,
  direction: SortDirection,
  collator: Intl.Collator,
): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  const order = kind === 'number' ? Number(a) - Number(b) : collator.compare(a, b);
  return direction === 'ascending' ? order : -order;
}

/** The next direction after a click on a header whose `aria-sort` is `current`. */
export const nextDirection = (current: string | null): SortDirection =>
  current === 'ascending' ? 'descending' : 'ascending';

const cellValue = (row: HTMLTableRowElement, index: number) => {
  const cell = row.cells[index];
  return (cell?.dataset.value ?? cell?.textContent ?? '').trim();
};

/** Enhances every `table[data-sortable]` in `root`. */
export function enhanceSortableTables(root: ParentNode = document): void {
  const collator = new Intl.Collator(document.documentElement.lang || 'zh-Hans', { numeric: true });
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    const body = table.tBodies[0];
    if (!body) continue;
    const original = [...body.rows];
    headers.forEach((th, index) => {
      const kind = th.dataset.sort as SortKind | undefined;
      if (!kind) return;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...th.childNodes);
      const icon = document.createElement('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.className = 'sort-icon';
      button.append(icon);
      th.append(button);
      button.addEventListener('click', () => {
        const direction = nextDirection(th.getAttribute('aria-sort'));
        for (const other of headers) other.removeAttribute('aria-sort');
        th.setAttribute('aria-sort', direction);
        const rows = [...original].sort(
          (a, b) =>
            compareCells(cellValue(a, index), cellValue(b, index), kind, direction, collator) ||
            original.indexOf(a) - original.indexOf(b),
        );
        body.append(...rows);
      });
    });
    table.classList.add('is-sortable');
  }
  for (const hint of root.querySelectorAll<HTMLElement>('[data-sort-hint]')) hint.hidden = false;
}
