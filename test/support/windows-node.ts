/**
 * A realistic AKS Windows Server 2022 node as the stand-in Windows of test/support/pwsh.ts serves
 * it: CIM instances, HNS objects as hns.psm1 returns them (HNS v1 JSON), HCN load balancers,
 * netsh output, the files AKS writes under C:\k. Tests change one thing at a time from here.
 */
import type { Scenario } from './pwsh.js';

export const NETWORK_ID = 'A1D8C1E2-7B7A-4C77-9E0B-3C2C2F41F0D1';
export const POD_EP = '4F1C6A0E-5E1B-4D3A-9B0E-2B7C3D4E5F60';
export const POD_EP_PORT = '9A3B1C2D-1111-4A2B-8C3D-4E5F6A7B8C9D';
export const REMOTE_EP = '7C2D3E4F-2222-4B3C-9D4E-5F6A7B8C9D0E';
export const DNS_LB = 'b5e7d1a2-3333-4c4d-8e5f-6a7b8c9d0e1f';
export const API_LB = 'c6f8e2b3-4444-4d5e-9f60-7b8c9d0e1f20';

const KUBELET_LINE =
  'c:\\k\\kubelet.exe --address=0.0.0.0 --anonymous-auth=false --cluster-dns=10.0.0.10 --cluster-domain=cluster.local ' +
  '--hostname-override=akswin22-0 --kubeconfig=c:\\k\\config --pod-infra-container-image=mcr.microsoft.com/oss/kubernetes/pause:3.9 ' +
  '--container-runtime-endpoint=npipe://./pipe/containerd-containerd --config=c:\\k\\kubelet-config.yaml';
const KUBE_PROXY_LINE =
  'c:\\k\\kube-proxy.exe --v=3 --proxy-mode=kernelspace --feature-gates=WinDSR=true --hostname-override=akswin22-0 ' +
  '--kubeconfig=c:\\k\\config --cluster-cidr=10.244.0.0/16 --enable-dsr=true --metrics-bind-address=0.0.0.0:10249';
const CONTAINERD_LINE = '"C:\\Program Files\\containerd\\containerd.exe" --config "C:\\k\\containerd\\containerd.toml" --run-service';

export const CONTAINERD_TOML = `version = 2
root = "C:\\\\ProgramData\\\\containerd\\\\root"
state = "C:\\\\ProgramData\\\\containerd\\\\state"

[plugins]
  [plugins."io.containerd.grpc.v1.cri"]
    sandbox_image = "mcr.microsoft.com/oss/kubernetes/pause:3.9"
    [plugins."io.containerd.grpc.v1.cri".cni]
      bin_dir = "C:\\\\k\\\\azurecni\\\\bin"
      conf_dir = "C:\\\\k\\\\azurecni\\\\netconf"
`;

export const AZURE_CNI_CONFLIST = JSON.stringify(
  {
    cniVersion: '0.3.0',
    name: 'azure',
    adapterName: '',
    plugins: [
      {
        type: 'azure-vnet',
        mode: 'bridge',
        bridge: 'azure0',
        capabilities: { portMappings: true, dns: true },
        AdditionalArgs: [
          { Name: 'EndpointPolicy', Value: { Type: 'OutBoundNAT', ExceptionList: ['10.244.0.0/16', '10.0.0.0/16', '10.224.0.0/16'] } },
          { Name: 'EndpointPolicy', Value: { Type: 'ROUTE', DestinationPrefix: '10.0.0.0/16', NeedEncap: true } },
        ],
      },
    ],
  },
  null,
  2,
);

export const KUBE_CLUSTER_CONFIG = JSON.stringify({
  Cri: { Name: 'containerd' },
  Kubernetes: { Network: { ClusterCidr: '10.244.0.0/16', ServiceCidr: '10.0.0.0/16', DnsIp: '10.0.0.10' } },
});

export const NETSH_DYNAMIC = '\r\nProtocol tcp Dynamic Port Range\r\n---------------------------------\r\nStart Port      : 49152\r\nNumber of Ports : 16384\r\n\r\n';
export const NETSH_EXCLUDED =
  '\r\nProtocol tcp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n----------    --------\r\n     10250       10250     *\r\n     49709       49772\r\n     49773       49836\r\n\r\n* - Administered port exclusions.\r\n\r\n';

export const VFP_PORT_STATE = 'Port State\r\n  Enabled : TRUE\r\n  Blocked : FALSE\r\n  Blocked on restore : FALSE\r\n  VM Ready : TRUE\r\nCommand get-port-state succeeded!\r\n';
export const VFP_DSR_RULES =
  'ITEM LIST\r\n===========\r\n\r\n  RULE : LB_DSR_4f1c6a0e_10.224.0.33_10.0.0.10_53_53_17\r\n    Friendly name : LB_DSR_4f1c6a0e_10.224.0.33_10.0.0.10_53_53_17\r\n    Priority : 100\r\n    Type : lbnat\r\n\r\n  RULE : LB_DSR_4f1c6a0e_10.224.0.33_10.0.0.1_443_443_6\r\n    Friendly name : LB_DSR_4f1c6a0e_10.224.0.33_10.0.0.1_443_443_6\r\n    Priority : 100\r\n    Type : lbnat\r\nCommand list-rule succeeded!\r\n';

/**
 * C:\k\hns.psm1 as older installs carry it: a module file with Get-HnsNetwork, Get-HnsEndpoint and
 * Get-HnsPolicyList (HNS v1 JSON objects). This one answers from the scenario's hnsModuleFile.
 */
export const HNS_PSM1 = [
  "function Get-HnsNetwork { @((Get-PsTestValue 'hnsModuleFile').networks) }",
  "function Get-HnsEndpoint { @((Get-PsTestValue 'hnsModuleFile').endpoints) }",
  "function Get-HnsPolicyList { @((Get-PsTestValue 'hnsModuleFile').policyLists | Where-Object { $null -ne $_ }) }",
  'Export-ModuleMember -Function Get-HnsNetwork, Get-HnsEndpoint, Get-HnsPolicyList',
  '',
].join('\r\n');

function service(name: string, state: string, startMode: string, pathName: string, processId: number) {
  return { Name: name, DisplayName: name, State: state, StartMode: startMode, Status: 'OK', PathName: pathName, ProcessId: processId };
}

export function aksNode(): Scenario {
  return {
    cim: {
      Win32_Service: [
        service('kubelet', 'Running', 'Auto', 'C:\\k\\kubelet.exe', 4312),
        service('kubeproxy', 'Running', 'Auto', 'C:\\k\\kube-proxy.exe', 4388),
        service('containerd', 'Running', 'Auto', CONTAINERD_LINE, 2210),
        service('hns', 'Running', 'Manual', 'C:\\Windows\\system32\\svchost.exe -k NetSvcs -p', 1940),
        service('vmcompute', 'Running', 'Manual', 'C:\\Windows\\system32\\vmcompute.exe', 2004),
        service('W32Time', 'Running', 'Auto', 'C:\\Windows\\system32\\svchost.exe -k LocalService', 1500),
      ],
      Win32_Process: [
        { Name: 'System', ProcessId: 4, CommandLine: null, ExecutablePath: null },
        { Name: 'kubelet.exe', ProcessId: 4312, CommandLine: KUBELET_LINE, ExecutablePath: 'c:\\k\\kubelet.exe' },
        { Name: 'kube-proxy.exe', ProcessId: 4388, CommandLine: KUBE_PROXY_LINE, ExecutablePath: 'c:\\k\\kube-proxy.exe' },
        { Name: 'containerd.exe', ProcessId: 2210, CommandLine: CONTAINERD_LINE, ExecutablePath: 'C:\\Program Files\\containerd\\containerd.exe' },
      ],
      Win32_OperatingSystem: [
        { Caption: 'Microsoft Windows Server 2022 Datacenter', LastBootUpTime: '2025-01-10T06:12:44Z', FreePhysicalMemory: 9123456, TotalVisibleMemorySize: 16776692 },
      ],
      Win32_LogicalDisk: [{ DeviceID: 'C:', FreeSpace: 80123456789, Size: 136363151360 }],
      Win32_ComputerSystem: [{ Manufacturer: 'Microsoft Corporation', Model: 'Virtual Machine' }],
    },
    hnsModule: {
      networks: [
        {
          ActivityId: 'F5B1F3E6-2C5A-4F0D-8E5E-1B9D5C3A7E21',
          Id: NETWORK_ID,
          Name: 'azure',
          Type: 'L2Bridge',
          ManagementIP: '10.224.0.33',
          Subnets: [{ AddressPrefix: '10.224.0.0/16', GatewayAddress: '10.224.0.1' }],
          State: 1,
        },
      ],
      endpoints: [
        {
          ID: POD_EP,
          Name: '4f1c6a0e-eth0',
          IPAddress: '10.224.0.31',
          MacAddress: '00-15-5D-8A-31-1F',
          State: 3,
          IsRemoteEndpoint: false,
          VirtualNetwork: NETWORK_ID,
          VirtualNetworkName: 'azure',
          Resources: { Allocators: [{ Tag: 'Endpoint Port', EndpointPortGuid: POD_EP_PORT, CompartmendId: 3 }] },
        },
        {
          ID: REMOTE_EP,
          Name: 'remote-7c2d3e4f',
          IPAddress: '10.224.0.77',
          MacAddress: '00-15-5D-8A-31-4D',
          State: 1,
          IsRemoteEndpoint: true,
          VirtualNetwork: NETWORK_ID,
          VirtualNetworkName: 'azure',
        },
      ],
    },
    hcnLoadBalancers: {
      [DNS_LB]: {
        ID: DNS_LB,
        HostComputeEndpoints: [POD_EP, REMOTE_EP],
        FrontendVIPs: ['10.0.0.10'],
        PortMappings: [{ Protocol: 17, InternalPort: 53, ExternalPort: 53, Flags: 0 }],
        Flags: 1,
        SchemaVersion: { Major: 2, Minor: 0 },
      },
      [API_LB]: {
        ID: API_LB,
        HostComputeEndpoints: [REMOTE_EP],
        FrontendVIPs: ['10.0.0.1'],
        PortMappings: [{ Protocol: 6, InternalPort: 443, ExternalPort: 443, Flags: 0 }],
        Flags: 1,
        SchemaVersion: { Major: 2, Minor: 0 },
      },
    },
    portReservation: { succeeded: 10 },
    netAdapters: [
      { Name: 'vEthernet (Ethernet 2)', Status: 'Up', MacAddress: '00-0D-3A-1F-22-5B', ifIndex: 12, InterfaceDescription: 'Hyper-V Virtual Ethernet Adapter' },
      { Name: 'Ethernet 2', Status: 'Up', MacAddress: '00-0D-3A-1F-22-5B', ifIndex: 6, InterfaceDescription: 'Microsoft Hyper-V Network Adapter' },
    ],
    netIPAddresses: [
      { InterfaceIndex: 12, AddressFamily: 'IPv4', IPAddress: '10.224.0.33', PrefixLength: 16 },
      { InterfaceIndex: 6, AddressFamily: 'IPv4', IPAddress: '169.254.12.9', PrefixLength: 16 },
    ],
    hotfixes: ['KB5041160', 'KB5041948'],
    registry: {
      'HKLM:\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion': {
        ProductName: 'Windows Server 2022 Datacenter',
        DisplayVersion: '21H2',
        CurrentBuildNumber: '20348',
        UBR: 2655,
      },
      'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\Session Manager\\Environment': {
        Path: 'C:\\Windows\\system32;C:\\Windows',
        HTTP_PROXY: 'http://10.1.0.4:3128',
        NO_PROXY: 'localhost,127.0.0.1,10.0.0.0/16,.svc',
      },
    },
    files: {
      'C:\\k\\containerd\\containerd.toml': CONTAINERD_TOML,
      'C:\\k\\azurecni\\netconf\\10-azure.conflist': AZURE_CNI_CONFLIST,
      'C:\\k\\azurecni\\bin\\azure-vnet.exe': 'MZ',
      'C:\\k\\kubeclusterconfig.json': KUBE_CLUSTER_CONFIG,
      'C:\\k\\kubelet-config.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nclusterDNS:\n- 10.0.0.10\n',
    },
    fileVersions: { 'C:\\k\\azurecni\\bin\\azure-vnet.exe': { FileVersion: '1.6.3', ProductVersion: 'v1.6.3' } },
    natives: {
      'netsh.exe': {
        'int ipv4 show dynamicport tcp': { stdout: NETSH_DYNAMIC },
        'int ipv4 show excludedportrange protocol=tcp': { stdout: NETSH_EXCLUDED },
        'int ipv4 show dynamicport udp': { stdout: NETSH_DYNAMIC.replace('tcp', 'udp') },
        'int ipv4 show excludedportrange protocol=udp': { stdout: '\r\nProtocol udp Port Exclusion Ranges\r\n\r\nStart Port    End Port\r\n----------    --------\r\n\r\n* - Administered port exclusions.\r\n\r\n' },
      },
      'vfpctrl.exe': {
        [`/port ${POD_EP_PORT} /get-port-state`]: { stdout: VFP_PORT_STATE },
        [`/port ${POD_EP_PORT} /layer LB_DSR /group LB_DSR_IPv4_OUT /list-rule`]: { stdout: VFP_DSR_RULES },
      },
    },
  };
}
