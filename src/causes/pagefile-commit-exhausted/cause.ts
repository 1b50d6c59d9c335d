import { defineCause } from '../define.js';
import { messageDetector, officialPages } from '../../engine/rule-kit.js';

const rule = defineCause({
  title: 'Node commit limit (page file) exhausted',
  area: 'node',
  severity: 'error',
  inputs: ['pod-events', 'pod-status', 'node-events'],
  explanation:
    'Windows charges every allocation against the commit limit, which is physical memory plus the page file. ' +
    'A Hyper-V isolated container commits its whole memory limit when it starts, and many or large containers on a node with a small static page file use the limit up: new containers fail with "The paging file is too small for this operation to complete" (0x800705AF) and running programs hit out-of-memory errors.',
  fix: {
    growPagefile: 'Let Windows manage the page file size, or enlarge it, on the node image (and keep disk space for it).',
    lowerLimits: 'Lower the memory limits of Hyper-V isolated pods to what they need; each limit is committed in full.',
    removeStale: 'Remove stopped or leaked containers that still hold commit, and spread memory-heavy pods over more nodes.',
    reserveMemory: 'Reserve memory for the system with kube-reserved/system-reserved so the scheduler does not place more than the node can commit.',
  },
  messages: {
    pod: 'Pod {pod} failed because the node ran out of commit memory (page file).',
    node: 'Node {node} ran out of commit memory (page file).',
  },
  windowsCodes: ['ERROR_COMMITMENT_LIMIT', 'STATUS_COMMITMENT_LIMIT'],
  references: [officialPages.reserveCompute, 'https://learn.microsoft.com/en-us/troubleshoot/windows-client/performance/how-to-determine-the-appropriate-page-file-size-for-64-bit-versions-of-windows'],
  signatures: [
    { name: 'pagingFileTooSmall', pattern: /the paging file is too small for this operation to complete/, weight: 0.9, why: 'Windows refused an allocation because the commit limit (memory plus page file) is used up' },
    { name: 'commitLimitCode', group: 'pagingFileTooSmall', whyOf: 'pagingFileTooSmall', pattern: /0x800705af\b/, weight: 0.9, why: 'Windows refused an allocation because the commit limit (memory plus page file) is used up' },
  ],
  symptoms: [
    'the paging file is too small for this operation to complete',
    'Hyper-V containers fail to start when several are running',
    'Windows pods crash with out of memory although the node shows free memory',
  ],
  detect: messageDetector({ nodes: true, scheduledOnly: true }),
});

export default rule;
