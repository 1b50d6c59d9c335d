import { causeOf, fixtureSnapshot, node, nodeFacts, pod, ruleTester, withItems } from '../../../test/rules/rule-tester.js';

const rule = causeOf(import.meta.url);

const sandboxEventOnly = (text: string) =>
  withItems(['pause-sandbox-mismatch.yaml'], (item) => {
    if (item['kind'] === 'Event' && item['reason'] === 'FailedCreatePodSandBox') item['message'] = text;
    return item;
  });

ruleTester(rule, {
  valid: [
    { name: 'healthy nodes and no sandbox errors', snapshot: () => fixtureSnapshot([]) },
    {
      name: 'same OS-mismatch text while creating the workload container is not the pause image',
      snapshot: () => fixtureSnapshot(['image-build-mismatch.yaml']),
    },
    {
      name: 'a sandbox error about a missing local pause image (not a build mismatch)',
      snapshot: () =>
        sandboxEventOnly(
          'Failed to create pod sandbox: rpc error: code = NotFound desc = failed to start sandbox "6141681be968fbe9bf08bf60afdbc5b133449fb744fbbb316f41480fdc6f5cd9": failed to get sandbox image "localhost/kubernetes/pause": image "localhost/kubernetes/pause": not found',
        ),
    },
    {
      name: 'probe shows a multi-arch pause image',
      snapshot: () => fixtureSnapshot([]),
      nodeFacts: nodeFacts('akswin22-0', { containerd: { configPresent: true, sandboxImage: 'mcr.microsoft.com/oss/kubernetes/pause:3.9' } }),
    },
  ],
  invalid: [
    {
      name: 'containerd sandbox creation fails with the OS mismatch',
      snapshot: () => fixtureSnapshot(['pause-sandbox-mismatch.yaml']),
      findings: [
        {
          target: pod('web', 'iis-7d9f8b6c4-x2k9q'),
          evidence: [/FailedCreatePodSandBox \(x14\): .*does not match the host operating system/, /node akswin22-0 runs Windows Server 2022 \(10\.0\.20348\.2966\)/],
        },
      ],
    },
    {
      name: 'docker-era wording with the sandbox named in the text',
      snapshot: () =>
        sandboxEventOnly(
          'Failed create pod sandbox: rpc error: code = Unknown desc = failed to start sandbox container for pod "win-webserver-cfcdfb59b-xdn2z": Error response from daemon: CreateComputeSystem cf6b9017d28776bdcf852cad3e25b2b296a60b8729d82397046f1279212ea00f: The container operating system does not match the host operating system.',
        ),
      findings: [{ target: pod('web', 'iis-7d9f8b6c4-x2k9q') }],
    },
    {
      name: 'probe shows the 1809-only pause image on a Server 2022 host',
      snapshot: () => fixtureSnapshot([]),
      nodeFacts: nodeFacts('akswin22-0', { containerd: { configPresent: true, sandboxImage: 'mcr.microsoft.com/k8s/core/pause:1.2.0' } }),
      findings: [{ target: node('akswin22-0'), evidence: [/sandbox_image = mcr\.microsoft\.com\/k8s\/core\/pause:1\.2\.0/] }],
    },
    {
      name: 'probe shows a pause image tagged for another build',
      snapshot: () => fixtureSnapshot([]),
      nodeFacts: nodeFacts('win19-0', { containerd: { configPresent: true, sandboxImage: 'registry.k8s.io/pause:3.9-windows-ltsc2022-amd64' } }),
      findings: [{ target: node('win19-0'), message: /built for Windows Server 2022 .* host runs Windows Server 2019/ }],
    },
  ],

});
