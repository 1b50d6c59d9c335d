import Table from 'cli-table3';

/** A kubectl-style table: no borders, upper-case headings, columns three spaces apart. */
export function renderTable(head: string[], rows: string[][]): string {
  const table = [head, ...rows];
  return table.every((row) => row.every((cell) => oneColumnPerCharacter.test(cell))) ? evenTable(table) : tableOfAnyText(table);
}

/**
 * Text whose every character takes one terminal column, as cli-table3 measures it: printable
 * ASCII, Latin-1 letters and signs, and the typographic dashes, quotes and marks of General
 * Punctuation (U+2010-2027, U+2030-205E). Kept in step with cli-table3 by a test.
 */
export const oneColumnPerCharacter = /^[\x20-\x7e\u00a0-\u00ff\u2010-\u2027\u2030-\u205e]*$/;
const columnGap = '   ';

/**
 * A table of such text needs no measuring. Laid out as cli-table3 lays out the table below
 * (cells padded on the right to their column's width, lines trimmed), without it: cli-table3
 * measures and merges options cell by cell, and for the catalogue that was most of a `rules` start.
 */
function evenTable(table: readonly string[][]): string {
  const widths: number[] = [];
  for (const row of table) row.forEach((cell, column) => (widths[column] = Math.max(widths[column] ?? 0, cell.length)));
  let text = '';
  for (const row of table) text += `${widths.map((width, column) => (row[column] ?? '').padEnd(width)).join(columnGap).trimEnd()}\n`;
  return text;
}

/** Wide (CJK) characters, combining marks and emoji: cli-table3 measures their display width. */
export function tableOfAnyText(table: readonly string[][]): string {
  const [head, ...rows] = table;
  const created = new Table({
    head,
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '',
      bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '',
      left: '', 'left-mid': '', mid: '', 'mid-mid': '', right: '', 'right-mid': '',
      middle: columnGap,
    },
    style: { 'padding-left': 0, 'padding-right': 0, head: [], border: [], compact: true },
  });
  for (const row of rows) created.push(row);
  return (
    created
      .toString()
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n') + '\n'
  );
}
