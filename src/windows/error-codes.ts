/**
 * Windows status codes that show up in Windows node and pod failures: Host Compute Service (HCS,
 * 0xC037xxxx / 0x8037xxxx), Host Networking Service (HNS/HCN, 0x803Bxxxx), Win32 errors and their
 * HRESULT form (0x8007xxxx), NTSTATUS values (0xC000xxxx, usually container exit codes) and a few
 * exception codes. The meanings are written for operators; docs/windows-error-codes.md lists the
 * table with its sources. Which causes a code points at is declared by the cause folders
 * (`windowsCodes` in src/causes/<id>/cause.ts), not here.
 *
 * API (all pure):
 *   decodeWindowsCode(value, { win32 })  -> the table entry for a number, whatever form it came in
 *   findWindowsCodes(text)               -> every code mentioned in a message, hex or decimal
 *   formatWindowsCode(value)             -> "3221225781 (0xC0000135 STATUS_DLL_NOT_FOUND)"
 *   formatExitCode(exitCode)             -> the same for container exit codes, Win32 numbers named; others plain
 *   hexOf(value)                         -> "0xC0000135"
 */

export type WindowsCodeFamily = 'hcs' | 'hns' | 'hypervisor' | 'win32' | 'hresult' | 'ntstatus' | 'pdh' | 'exception';

export interface WindowsCode {
  /**
   * The value as listed here: HCS codes in the 0xC037xxxx form the runtimes print, Win32 errors as
   * their plain number (5, 0x7E ...), everything else as its unsigned 32-bit value.
   */
  value: number;
  name: string;
  family: WindowsCodeFamily;
  /** What it means for a Windows node or container, in a sentence. */
  meaning: string;
}

const hcs = (low: number, name: string, meaning: string): WindowsCode => ({ value: (0xc0370000 | low) >>> 0, name, family: 'hcs', meaning });
const hns = (low: number, name: string, meaning: string): WindowsCode => ({ value: (0x803b0000 | low) >>> 0, name, family: 'hns', meaning });
const win32 = (value: number, name: string, meaning: string): WindowsCode => ({ value, name, family: 'win32', meaning });
const nt = (value: number, name: string, meaning: string): WindowsCode => ({ value: value >>> 0, name, family: 'ntstatus', meaning });

/** The table. Order is the order of the documentation page. */
export const windowsCodes: readonly WindowsCode[] = [
  // Host Compute Service (vmcompute): creating, starting and stopping containers and utility VMs.
  hcs(0x0100, 'HCS_E_TERMINATED_DURING_START', 'The container or utility VM stopped while it was still starting.'),
  hcs(
    0x0101,
    'HCS_E_IMAGE_MISMATCH',
    'The Windows build of the container image (or of the utility VM chosen for it) does not fit the host; process isolation needs the same build as the host.',
  ),
  hcs(0x0102, 'HCS_E_HYPERV_NOT_INSTALLED', 'Hyper-V isolation was asked for but the Hyper-V role is not installed on the host.'),
  hcs(0x0105, 'HCS_E_INVALID_STATE', 'The container is not in a state that allows the requested operation (for example stopping one that is still starting).'),
  hcs(
    0x0106,
    'HCS_E_UNEXPECTED_EXIT',
    'The container or utility VM exited unexpectedly; under process isolation this is what an image newer than the host\'s cumulative update looks like.',
  ),
  hcs(0x0107, 'HCS_E_TERMINATED', 'The container or utility VM was terminated.'),
  hcs(0x0108, 'HCS_E_CONNECT_FAILED', 'The host could not connect to the container or utility VM.'),
  hcs(0x0109, 'HCS_E_CONNECTION_TIMEOUT', 'Connecting to the container or utility VM timed out; the host is often overloaded.'),
  hcs(0x010a, 'HCS_E_CONNECTION_CLOSED', 'The connection to the container or utility VM closed, usually because its first process ended.'),
  hcs(0x010b, 'HCS_E_UNKNOWN_MESSAGE', 'The compute service received a message it does not understand (runtime and OS out of step).'),
  hcs(0x010c, 'HCS_E_UNSUPPORTED_PROTOCOL_VERSION', 'The runtime speaks a compute-service protocol version this Windows build does not support.'),
  hcs(0x010d, 'HCS_E_INVALID_JSON', 'The compute service rejected the container configuration document sent by the runtime.'),
  hcs(0x010e, 'HCS_E_SYSTEM_NOT_FOUND', 'No container or utility VM with that id exists (it is already gone).'),
  hcs(0x010f, 'HCS_E_SYSTEM_ALREADY_EXISTS', 'A container or utility VM with that id already exists.'),
  hcs(0x0110, 'HCS_E_SYSTEM_ALREADY_STOPPED', 'The container or utility VM had already stopped.'),
  hcs(0x0111, 'HCS_E_PROTOCOL_ERROR', 'The compute service and the guest disagreed on the protocol.'),
  hcs(0x0112, 'HCS_E_INVALID_LAYER', 'An image layer has a format this host does not recognise (layer from a newer Windows release, or damaged).'),
  hcs(0x0113, 'HCS_E_WINDOWS_INSIDER_REQUIRED', 'The requested feature needs a Windows Insider build.'),
  hcs(0x0114, 'HCS_E_SERVICE_NOT_AVAILABLE', 'The Host Compute Service (vmcompute) is not available.'),
  hcs(0x0115, 'HCS_E_OPERATION_NOT_STARTED', 'The compute-service operation has not started.'),
  hcs(0x0116, 'HCS_E_OPERATION_ALREADY_STARTED', 'The compute-service operation was already started.'),
  hcs(0x0117, 'HCS_E_OPERATION_PENDING', 'The compute-service operation is still pending.'),
  hcs(0x0118, 'HCS_E_OPERATION_TIMEOUT', 'The compute-service operation did not finish in time.'),
  hcs(0x0119, 'HCS_E_OPERATION_SYSTEM_CALLBACK_ALREADY_SET', 'A callback was already registered for this container.'),
  hcs(0x011a, 'HCS_E_OPERATION_RESULT_ALLOCATION_FAILED', 'The compute service could not allocate the operation result.'),
  hcs(0x011b, 'HCS_E_ACCESS_DENIED', 'The caller may not use the Host Compute Service.'),
  hcs(0x011c, 'HCS_E_GUEST_CRITICAL_ERROR', 'The guest inside the utility VM reported a critical error.'),
  hcs(0x011d, 'HCS_E_PROCESS_INFO_NOT_AVAILABLE', 'Information about the container process is not available.'),
  hcs(0x011e, 'HCS_E_SERVICE_DISCONNECT', 'The Host Compute Service disconnected (it stopped or restarted).'),
  hcs(0x011f, 'HCS_E_PROCESS_ALREADY_STOPPED', 'The container process had already stopped.'),
  hcs(0x0120, 'HCS_E_SYSTEM_NOT_CONFIGURED_FOR_OPERATION', 'The container or utility VM was not configured for the requested operation.'),
  hcs(0x0121, 'HCS_E_OPERATION_ALREADY_CANCELLED', 'The compute-service operation was already cancelled.'),
  {
    value: 0xc0351000,
    name: 'ERROR_HV_NOT_PRESENT',
    family: 'hypervisor',
    meaning: 'No hypervisor is running on the host, so Hyper-V isolated containers cannot start (nested virtualization off, or Hyper-V not enabled).',
  },

  // Host Networking Service (HCN API): networks, endpoints, policies.
  hns(0x0001, 'HCN_E_NETWORK_NOT_FOUND', 'The HNS network the CNI plugin asked for does not exist.'),
  hns(0x0002, 'HCN_E_ENDPOINT_NOT_FOUND', 'The HNS endpoint does not exist (already deleted, or never created).'),
  hns(0x0003, 'HCN_E_LAYER_NOT_FOUND', 'The network layer beneath the HNS network is missing.'),
  hns(0x0004, 'HCN_E_SWITCH_NOT_FOUND', 'The Hyper-V virtual switch of the network is missing.'),
  hns(0x0005, 'HCN_E_SUBNET_NOT_FOUND', 'The network has no subnet for this endpoint.'),
  hns(0x0006, 'HCN_E_ADAPTER_NOT_FOUND', 'A network adapter HNS needs was not found.'),
  hns(0x0007, 'HCN_E_PORT_NOT_FOUND', 'The virtual switch port was not found.'),
  hns(0x0008, 'HCN_E_POLICY_NOT_FOUND', 'A policy HNS expected was not found.'),
  hns(0x0009, 'HCN_E_VFP_PORTSETTING_NOT_FOUND', 'A VFP port setting HNS needs was not found.'),
  hns(0x000a, 'HCN_E_INVALID_NETWORK', 'The network configuration is invalid or incomplete.'),
  hns(0x000b, 'HCN_E_INVALID_NETWORK_TYPE', 'The network type is not valid.'),
  hns(0x000c, 'HCN_E_INVALID_ENDPOINT', 'The endpoint configuration is invalid or incomplete.'),
  hns(0x000d, 'HCN_E_INVALID_POLICY', 'The policy configuration is invalid or incomplete.'),
  hns(0x000e, 'HCN_E_INVALID_POLICY_TYPE', 'The policy type is not valid.'),
  hns(0x000f, 'HCN_E_INVALID_REMOTE_ENDPOINT_OPERATION', 'The operation is not allowed on a remote endpoint.'),
  hns(0x0010, 'HCN_E_NETWORK_ALREADY_EXISTS', 'A network with that name already exists.'),
  hns(0x0011, 'HCN_E_LAYER_ALREADY_EXISTS', 'A network layer with that name already exists.'),
  hns(0x0012, 'HCN_E_POLICY_ALREADY_EXISTS', 'The object already carries that policy.'),
  hns(0x0013, 'HCN_E_PORT_ALREADY_EXISTS', 'The port is already taken (often a load-balancer or port-mapping conflict).'),
  hns(0x0014, 'HCN_E_ENDPOINT_ALREADY_ATTACHED', 'The endpoint is already attached to the switch.'),
  hns(0x0015, 'HCN_E_REQUEST_UNSUPPORTED', 'HNS does not support the request on this Windows build.'),
  hns(0x0016, 'HCN_E_MAPPING_NOT_SUPPORTED', 'Port mapping is not supported on this network.'),
  hns(0x0017, 'HCN_E_DEGRADED_OPERATION', 'The operation touched an object HNS considers degraded.'),
  hns(0x0018, 'HCN_E_SHARED_SWITCH_MODIFICATION', 'A switch shared by several networks cannot be modified.'),
  hns(0x0019, 'HCN_E_GUID_CONVERSION_FAILURE', 'A parameter that should be a GUID is not one.'),
  hns(0x001a, 'HCN_E_REGKEY_FAILURE', 'HNS failed to process a registry key.'),
  hns(0x001b, 'HCN_E_INVALID_JSON', 'HNS rejected the JSON document it was given.'),
  hns(0x001c, 'HCN_E_INVALID_JSON_REFERENCE', 'A reference inside the JSON document is invalid.'),
  hns(0x001d, 'HCN_E_ENDPOINT_SHARING_DISABLED', 'Endpoint sharing is disabled.'),
  hns(0x001e, 'HCN_E_INVALID_IP', 'The IP address is invalid or outside every configured subnet.'),
  hns(0x001f, 'HCN_E_SWITCH_EXTENSION_NOT_FOUND', 'The switch extension does not exist on this switch.'),
  hns(0x0020, 'HCN_E_MANAGER_STOPPED', 'HNS is stopping and cannot do the operation.'),
  hns(0x0021, 'GCN_E_MODULE_NOT_FOUND', 'A guest networking module was not found.'),
  hns(0x0022, 'GCN_E_NO_REQUEST_HANDLERS', 'No guest handler exists for the request.'),
  hns(0x0023, 'GCN_E_REQUEST_UNSUPPORTED', 'The guest networking service does not support the request.'),
  hns(0x0024, 'GCN_E_RUNTIMEKEYS_FAILED', 'Adding runtime keys to the container failed.'),
  hns(0x0025, 'GCN_E_NETADAPTER_TIMEOUT', 'Waiting for the container network adapter timed out.'),
  hns(0x0026, 'GCN_E_NETADAPTER_NOT_FOUND', 'The container network adapter was not found.'),
  hns(0x0027, 'GCN_E_NETCOMPARTMENT_NOT_FOUND', 'The network compartment was not found.'),
  hns(0x0028, 'GCN_E_NETINTERFACE_NOT_FOUND', 'The network interface was not found.'),
  hns(0x0029, 'GCN_E_DEFAULTNAMESPACE_EXISTS', 'A default network namespace already exists.'),
  hns(0x002a, 'HCN_E_ICS_DISABLED', 'The Internet Connection Sharing service (SharedAccess) is disabled and cannot start.'),
  hns(0x002b, 'HCN_E_ENDPOINT_NAMESPACE_ALREADY_EXISTS', 'The endpoint already belongs to a network namespace.'),
  hns(0x002c, 'HCN_E_ENTITY_HAS_REFERENCES', 'The object still has references and cannot be removed.'),
  hns(0x002d, 'HCN_E_INVALID_INTERNAL_PORT', 'The internal port is missing or zero.'),
  hns(0x002e, 'HCN_E_NAMESPACE_ATTACH_FAILED', 'Attaching the endpoint to the network namespace failed.'),
  hns(0x002f, 'HCN_E_ADDR_INVALID_OR_RESERVED', 'The address is invalid or still reserved (often by an endpoint left behind).'),
  hns(0x0030, 'HCN_E_INVALID_PREFIX', 'The prefix is invalid.'),
  hns(0x0031, 'HCN_E_OBJECT_USED_AFTER_UNLOAD', 'A call used an object that had been torn down.'),
  hns(0x0032, 'HCN_E_INVALID_SUBNET', 'The subnet configuration is invalid or incomplete.'),
  hns(0x0033, 'HCN_E_INVALID_IP_SUBNET', 'The IP subnet configuration is invalid or incomplete.'),
  hns(0x0034, 'HCN_E_ENDPOINT_NOT_ATTACHED', 'The endpoint must be attached first.'),
  hns(0x0035, 'HCN_E_ENDPOINT_NOT_LOCAL', 'The endpoint must be local for this operation.'),
  hns(0x0036, 'HCN_INTERFACEPARAMETERS_ALREADY_APPLIED', 'Only one InterfaceParameters policy can be applied.'),
  hns(0x0037, 'HCN_E_VFP_NOT_ALLOWED', 'The network type needs VFP, which is not available.'),

  // Win32 errors: printed as "(0x5)", "Windows System Error 65", or in HRESULT form 0x8007xxxx.
  win32(2, 'ERROR_FILE_NOT_FOUND', 'A file the operation needs does not exist (often the container entrypoint or a mounted path).'),
  win32(3, 'ERROR_PATH_NOT_FOUND', 'A folder in the path does not exist (often a layer folder or a hostPath on the node).'),
  win32(5, 'ERROR_ACCESS_DENIED', 'Access was denied (antivirus holding files, permissions on the path, or a locked layer).'),
  win32(13, 'ERROR_INVALID_DATA', 'The data given to the call is invalid.'),
  win32(14, 'ERROR_OUTOFMEMORY', 'Not enough memory to complete the operation.'),
  win32(32, 'ERROR_SHARING_VIOLATION', 'Another process is using the file (frequently a scanner or a previous container holding a layer).'),
  win32(50, 'ERROR_NOT_SUPPORTED', 'The request is not supported on this Windows build or configuration.'),
  win32(53, 'ERROR_BAD_NETPATH', 'The network path was not found (SMB server name not resolvable or unreachable from the node).'),
  win32(65, 'ERROR_NETWORK_ACCESS_DENIED', 'The remote file server refused network access.'),
  win32(67, 'ERROR_BAD_NET_NAME', 'The network name (share) was not found.'),
  win32(87, 'ERROR_INVALID_PARAMETER', 'A parameter is incorrect (HRESULT form E_INVALIDARG, 0x80070057).'),
  win32(112, 'ERROR_DISK_FULL', 'The disk is full.'),
  win32(126, 'ERROR_MOD_NOT_FOUND', 'A DLL that a program loads was not found.'),
  win32(127, 'ERROR_PROC_NOT_FOUND', 'A DLL was found but lacks a function the program needs (common on nanoserver).'),
  win32(183, 'ERROR_ALREADY_EXISTS', 'The object already exists.'),
  win32(193, 'ERROR_BAD_EXE_FORMAT', 'The file is not a valid Windows program (wrong architecture or not an executable).'),
  win32(216, 'ERROR_EXE_MACHINE_TYPE_MISMATCH', 'The program was built for a different machine type or Windows version than this one.'),
  win32(231, 'ERROR_PIPE_BUSY', 'All instances of the named pipe are busy.'),
  win32(258, 'WAIT_TIMEOUT', 'A wait timed out.'),
  win32(1053, 'ERROR_SERVICE_REQUEST_TIMEOUT', 'A Windows service did not answer the start or control request in time.'),
  win32(1060, 'ERROR_SERVICE_DOES_NOT_EXIST', 'The Windows service is not installed.'),
  win32(1114, 'ERROR_DLL_INIT_FAILED', 'A DLL failed to initialise.'),
  win32(1168, 'ERROR_NOT_FOUND', 'The element was not found.'),
  win32(1219, 'ERROR_SESSION_CREDENTIAL_CONFLICT', 'The node already has a connection to the file server with different credentials.'),
  win32(1311, 'ERROR_NO_LOGON_SERVERS', 'No domain controller could be reached to authenticate.'),
  win32(1326, 'ERROR_LOGON_FAILURE', 'The user name or password is incorrect.'),
  win32(1355, 'ERROR_NO_SUCH_DOMAIN', 'The domain does not exist or cannot be contacted.'),
  win32(1455, 'ERROR_COMMITMENT_LIMIT', 'The paging file is too small (the node has run out of commit memory).'),
  win32(1460, 'ERROR_TIMEOUT', 'The operation timed out.'),
  win32(1722, 'RPC_S_SERVER_UNAVAILABLE', 'The RPC server is unavailable (for example a domain controller or a stopped service).'),

  // Generic HRESULTs and performance-counter codes.
  { value: 0x80004005, name: 'E_FAIL', family: 'hresult', meaning: 'Unspecified failure.' },
  { value: 0x8000ffff, name: 'E_UNEXPECTED', family: 'hresult', meaning: 'Catastrophic or unexpected failure.' },
  {
    value: 0x800007d6,
    name: 'PDH_NO_DATA',
    family: 'pdh',
    meaning: 'A performance counter had no data yet; the kubelet logs this on Windows now and then and it is harmless.',
  },

  // NTSTATUS values: the usual container exit codes.
  nt(0x40010004, 'DBG_TERMINATE_PROCESS', 'The process was ended forcibly by TerminateProcess (what a container killed after its stop timeout reports).'),
  nt(0xc0000005, 'STATUS_ACCESS_VIOLATION', 'The program crashed reading or writing memory it does not own.'),
  nt(0xc0000017, 'STATUS_NO_MEMORY', 'Not enough memory or paging file to complete the operation.'),
  nt(0xc0000022, 'STATUS_ACCESS_DENIED', 'Access was denied.'),
  nt(0xc0000034, 'STATUS_OBJECT_NAME_NOT_FOUND', 'A named object (file, registry key, pipe) was not found.'),
  nt(0xc000007b, 'STATUS_INVALID_IMAGE_FORMAT', 'A program or DLL is not valid for this system (often 32-bit and 64-bit mixed).'),
  nt(0xc00000fd, 'STATUS_STACK_OVERFLOW', 'The program overflowed its stack.'),
  nt(0xc000012d, 'STATUS_COMMITMENT_LIMIT', 'The system ran out of commit memory (paging file too small or exhausted).'),
  nt(
    0xc0000135,
    'STATUS_DLL_NOT_FOUND',
    'A DLL the program needs is not in the image; typical for nanoserver images or missing Visual C++ runtimes.',
  ),
  nt(0xc0000139, 'STATUS_ENTRYPOINT_NOT_FOUND', 'A DLL lacks a function the program imports (the base image offers fewer APIs).'),
  nt(
    0xc000013a,
    'STATUS_CONTROL_C_EXIT',
    'The process ended on a CTRL+C or shutdown event; a container stopped by the kubelet (delete, failed liveness probe, eviction) reports it.',
  ),
  nt(0xc0000142, 'STATUS_DLL_INIT_FAILED', 'A DLL failed to initialise when the process started (seen with desktop-heap exhaustion and with broken OS updates).'),
  nt(0xc0000374, 'STATUS_HEAP_CORRUPTION', 'The program corrupted its heap.'),
  nt(0xc0000409, 'STATUS_STACK_BUFFER_OVERRUN', 'The program stopped itself on a security check or fail-fast condition.'),
  nt(
    0xc0020017,
    'RPC_NT_SERVER_UNAVAILABLE',
    'The RPC server is unavailable; for gMSA containers the credential plug-in or the domain controller could not be reached.',
  ),

  // Exception codes that end processes.
  { value: 0xe0434352, name: 'CLR_EXCEPTION', family: 'exception', meaning: 'A .NET Framework program ended on an unhandled managed exception.' },
  { value: 0xe06d7363, name: 'MSVC_CPP_EXCEPTION', family: 'exception', meaning: 'A C++ program ended on an unhandled C++ exception.' },
];

const byValue = new Map<number, WindowsCode>(windowsCodes.map((code) => [code.value, code]));

export interface DecodeOptions {
  /** Read values below 0x10000 as Win32 error numbers ("(0x57)", "Windows System Error 65"). */
  win32?: boolean;
}

/**
 * The table entry for a number in any of its forms: unsigned or negative 32-bit, an HCS code as
 * 0x8037xxxx or 0xC037xxxx, a Win32 error wrapped as HRESULT 0x8007xxxx, or an NTSTATUS wrapped
 * as HRESULT with the NT facility bit (0xD0020017 for 0xC0020017).
 */
export function decodeWindowsCode(value: number, options: DecodeOptions = {}): WindowsCode | undefined {
  if (!Number.isInteger(value)) return undefined;
  const u = value >>> 0;
  if (u < 0x10000) return options.win32 && u !== 0 ? win32Entry(u) : undefined;
  const direct = byValue.get(u);
  if (direct) return direct;
  const high = (u & 0xffff0000) >>> 0;
  if (high === 0x80370000) return byValue.get((0xc0370000 | (u & 0xffff)) >>> 0);
  if (high === 0x80070000) return win32Entry(u & 0xffff);
  if ((u & 0xf0000000) >>> 0 === 0xd0000000) return byValue.get((u & ~0x10000000) >>> 0);
  return undefined;
}

function win32Entry(code: number): WindowsCode | undefined {
  const entry = byValue.get(code);
  return entry?.family === 'win32' ? entry : undefined;
}

/** "0xC0000135"; Win32 numbers below 0x10000 in their HRESULT form is the caller's choice. */
export function hexOf(value: number): string {
  return `0x${(value >>> 0).toString(16).toUpperCase().padStart(value >>> 0 < 0x10000 ? 1 : 8, '0')}`;
}

/** The hex form a code is best known by: Win32 errors as 0x8007xxxx, the rest as they are. */
function canonicalHex(code: WindowsCode): string {
  return code.family === 'win32' ? hexOf((0x80070000 | code.value) >>> 0) : hexOf(code.value);
}

/** "3221225781 (0xC0000135 STATUS_DLL_NOT_FOUND)", "-1073741510 (0xC000013A STATUS_CONTROL_C_EXIT)". */
export function formatWindowsCode(value: number, options: DecodeOptions = {}): string {
  const code = decodeWindowsCode(value, options);
  if (code) return `${value} (${hexOf(value >>> 0 < 0x10000 ? code.value : value)} ${code.name})`;
  return value >>> 0 >= 0x80000000 ? `${value} (${hexOf(value)})` : String(value);
}

/**
 * A Windows container's exit code for display. Codes in the Windows status range get their hex form
 * and name: "3221225781 (0xC0000135 STATUS_DLL_NOT_FOUND)", "-2147024894 (0x80070002 ERROR_FILE_NOT_FOUND)".
 * Windows programs commonly exit with a Win32 error number, so the small ones of the table are
 * named too ("5 (0x5 ERROR_ACCESS_DENIED)"); other small codes stay as they are ("1", "137").
 */
export function formatExitCode(exitCode: number): string {
  return formatWindowsCode(exitCode, { win32: true });
}

export type FoundForm = 'hex' | 'decimal' | 'negative' | 'win32-decimal';

export interface FoundWindowsCode {
  /** The text as it appears: "0xc0370101", "3221225781", "-1073741515". */
  text: string;
  /** Offset of `text` in the searched string. */
  index: number;
  /** The unsigned 32-bit value (Win32 numbers as themselves). */
  value: number;
  form: FoundForm;
  /** The table entry, when the code is known. */
  code?: WindowsCode;
}

/** Words that make a bare decimal number an exit or status code rather than, say, a byte count. */
const statusContext = /(exit\s*code|exitcode|exit\s*status|exited|non-zero code|error\s*#|error code|status)\W{0,4}$/i;

const hexPattern = /(?<![0-9A-Za-z_])0x([0-9a-f]{1,8})(?![0-9a-z_])/gi;
const decimalPattern = /(?<![0-9A-Za-z_.\-])(-?)(\d{9,10})(?!\d|\.\d)/g;
const win32DecimalPattern = /(System Error|Win32 error|GetLastError\(\)\s*=|winapi error)\s*#?\s*(\d{1,5})(?!\d)/gi;

/**
 * Every Windows status code mentioned in a message, in order of appearance: hex codes
 * ("(0xc0370101)", "0x803b002f", short Win32 forms such as "(0x57)"), decimal exit codes
 * ("exit code 3221225781", "-1073741515", "winapi error #3489792023") and Win32 numbers written
 * in words ("Windows System Error 65"). Unknown values are reported only when they carry the
 * error severity bit, so plain numbers and zero never count.
 */
export function findWindowsCodes(text: string): FoundWindowsCode[] {
  const found: FoundWindowsCode[] = [];
  for (const match of text.matchAll(hexPattern)) {
    const value = Number.parseInt(match[1]!, 16);
    const short = match[1]!.length <= 4;
    const code = decodeWindowsCode(value, { win32: short });
    if (!code && (short || value < 0x80000000)) continue;
    found.push(withCode({ text: match[0], index: match.index, value, form: 'hex' }, code));
  }
  for (const match of text.matchAll(decimalPattern)) {
    const magnitude = Number(match[2]);
    const negative = match[1] === '-';
    if (negative ? magnitude > 0x80000000 : magnitude > 0xffffffff) continue;
    const value = (negative ? -magnitude : magnitude) >>> 0;
    const code = decodeWindowsCode(value);
    if (!code && value < 0x80000000) continue;
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (!code && !statusContext.test(before)) continue;
    found.push(withCode({ text: match[0], index: match.index, value, form: negative ? 'negative' : 'decimal' }, code));
  }
  for (const match of text.matchAll(win32DecimalPattern)) {
    const value = Number(match[2]);
    const code = decodeWindowsCode(value, { win32: true });
    if (!code) continue;
    const index = match.index + match[0].length - match[2]!.length;
    found.push(withCode({ text: match[2]!, index, value, form: 'win32-decimal' }, code));
  }
  return found.sort((a, b) => a.index - b.index);
}

function withCode(found: FoundWindowsCode, code: WindowsCode | undefined): FoundWindowsCode {
  if (code) found.code = code;
  return found;
}

/** One line per known code in the text: "0xC0000135 STATUS_DLL_NOT_FOUND: A DLL ...". Duplicates folded. */
export function describeWindowsCodes(text: string): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const { code } of findWindowsCodes(text)) {
    if (!code || seen.has(code.name)) continue;
    seen.add(code.name);
    lines.push(`${canonicalHex(code)} ${code.name}: ${code.meaning}`);
  }
  return lines;
}

/** Hex form used on the documentation page for a table entry. */
export function documentedHex(code: WindowsCode): string {
  return canonicalHex(code);
}
