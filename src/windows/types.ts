/** Facts about a Windows build, derived from labels, nodeInfo or image tags (src/windows/builds.ts). */
export interface WindowsBuildInfo {
  /** Major build number: 17763, 20348, 26100 ... */
  build: number;
  /** Update build revision when known (10.0.20348.2966 -> 2966). */
  ubr?: number;
  /** "Windows Server 2022"; "Windows Server, version 2004"; "Windows build 12345" when unknown. */
  product: string;
  /** Short form for tables: "Server 2022", "Server 2004 (SAC)". */
  short: string;
  /** Matching container image tag family: "ltsc2022", "1809", "2004", "20H2" ... */
  imageTag?: string;
  channel: 'ltsc' | 'sac' | 'client' | 'insider' | 'unknown';
  /** Whether current Kubernetes supports Windows nodes of this build. */
  supported: boolean;
  /** Where the build number came from. */
  source: 'label' | 'kernelVersion' | 'osImage' | 'imageTag';
}
