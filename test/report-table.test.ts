import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { catalogueSummaries } from '../src/cli/catalogue-index.js';
import { renderRulesTable } from '../src/report/catalog.js';
import { oneColumnPerCharacter, renderTable, tableOfAnyText } from '../src/report/table.js';

const { strlen } = createRequire(import.meta.url)('cli-table3/src/utils.js') as { strlen(text: string): number };

describe('kubectl-style tables', () => {
  const tables: { name: string; head: string[]; rows: string[][] }[] = [
    { name: 'one column', head: ['NAME'], rows: [['win-0'], ['a-much-longer-node-name']] },
    { name: 'empty cells and trailing blanks', head: ['A', 'B', 'C'], rows: [['', 'x', ''], ['long value  ', '', 'z'], ['', '', '']] },
    { name: 'head wider than cells', head: ['INTERNAL-IP', 'TAINTS'], rows: [['10.0.0.1', '<none>'], ['1', 'os=windows:NoSchedule,node.kubernetes.io/unreachable:NoExecute']] },
    { name: 'typographic punctuation and Latin-1', head: ['ID', 'TITLE'], rows: [['a', 'the node’s build — “quoted” …'], ['bb', 'Größe ½ × 3 ©']] },
    { name: 'no rows', head: ['ID', 'TITLE'], rows: [] },
  ];

  it.each(tables)('lays out one-column text as cli-table3 does: $name', ({ head, rows }) => {
    expect(rows.flat().every((cell) => oneColumnPerCharacter.test(cell))).toBe(true);
    expect(renderTable(head, rows)).toBe(tableOfAnyText([head, ...rows]));
  });

  it('lays out the whole catalogue as cli-table3 does', async () => {
    const summaries = await catalogueSummaries('en');
    const rows = summaries.map((r) => [r.id, r.area, r.severity, r.foundBy ?? 'check', r.title]);
    const text = renderRulesTable(summaries);
    expect(text.trimEnd().split('\n')).toHaveLength(summaries.length + 1);
    expect(text).toBe(tableOfAnyText([['ID', 'AREA', 'SEVERITY', 'FOUND BY', 'TITLE'], ...rows]));
  });

  it('counts one column for every character it lays out without measuring, as cli-table3 does', () => {
    const ranges = [[0x20, 0x7e], [0xa0, 0xff], [0x2010, 0x2027], [0x2030, 0x205e]] as const;
    for (const [first, last] of ranges) {
      for (let code = first; code <= last; code++) {
        const character = String.fromCharCode(code);
        expect(oneColumnPerCharacter.test(character)).toBe(true);
        expect([code, strlen(character)]).toEqual([code, 1]);
      }
    }
    expect(oneColumnPerCharacter.test('ノ')).toBe(false);
    expect(oneColumnPerCharacter.test('e\u0301')).toBe(false);
  });

  it('measures wide characters by their display width', () => {
    expect(renderTable(['名前', 'X'], [['ノード', 'a'], ['n', 'b']])).toBe('名前     X\nノード   a\nn        b\n');
  });
});
