/** The labelled corpus (corpus/*.yaml) follows its schema, and the schema check catches each kind of mistake. */
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../scripts/corpus.js';
import { duplicateIds, isEntryFile, parseCorpusFile } from '../src/corpus/schema.js';

const good = `
- id: pause-sandbox-ws2022
  label: pause-image-incompatible
  source: "kubernetes-sigs/sig-windows-tools#72"
  kind: message
  textDecidable: true
  context: {eventReason: FailedCreatePodSandBox}
  text: |
    Failed to create pod sandbox: hcs::CreateComputeSystem: The container operating system does not match the host operating system.
  established: "The thread fixed it with a pause image of the host build."
`;

describe('corpus files', () => {
  it('are valid, with unique ids across files', () => {
    const { entries, problems } = loadCorpus();
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(300);
    expect(entries.filter((entry) => entry.file === 'corpus/seed.yaml')).toHaveLength(41);
  });

  it('leave the proposed-causes files out', () => {
    expect(isEntryFile('network.yaml')).toBe(true);
    expect(isEntryFile('proposed-causes.network.yaml')).toBe(false);
  });
});

describe('parseCorpusFile', () => {
  it('reads a valid entry with its context', () => {
    const { entries, problems } = parseCorpusFile(good, 'corpus/x.yaml');
    expect(problems).toEqual([]);
    expect(entries[0]).toMatchObject({ id: 'pause-sandbox-ws2022', kind: 'message', textDecidable: true, context: { eventReason: 'FailedCreatePodSandBox' } });
  });

  it('names every broken field', () => {
    const broken = good
      .replace('kind: message', 'kind: tweet')
      .replace('source: "kubernetes-sigs/sig-windows-tools#72"', 'source: "somewhere"')
      .replace('textDecidable: true', 'textDecidable: yes please')
      .replace(/established: .*/, 'established: ""');
    expect(parseCorpusFile(broken, 'corpus/x.yaml').problems).toEqual([
      'corpus/x.yaml: pause-sandbox-ws2022: source must be "owner/repo#number" or an https address',
      'corpus/x.yaml: pause-sandbox-ws2022: kind must be one of message, log, narrative',
      'corpus/x.yaml: pause-sandbox-ws2022: textDecidable must be true or false',
      'corpus/x.yaml: pause-sandbox-ws2022: established is empty',
    ]);
    expect(parseCorpusFile('a: 1', 'corpus/x.yaml').problems).toEqual(['corpus/x.yaml: must be a list of entries']);
  });

  it('finds an id used twice', () => {
    const { entries } = parseCorpusFile(good + good, 'corpus/x.yaml');
    expect(duplicateIds(entries)).toEqual(['corpus/x.yaml: pause-sandbox-ws2022: id also used in corpus/x.yaml']);
  });
});
