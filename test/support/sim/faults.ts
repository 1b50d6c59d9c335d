/**
 * Fault injection: the first fault in `faults` whose method and path match a request applies to
 * it and is used up (`times`, default 1). An `expireContinue` fault only matches list requests
 * that carry a continue token.
 */
import type { SimFault } from './types.js';

export interface FaultRequest {
  method: string;
  path: string;
  hasContinue: boolean;
}

function matches(fault: SimFault, req: FaultRequest): boolean {
  if (fault.method && fault.method.toUpperCase() !== req.method) return false;
  if ('expireContinue' in fault && !req.hasContinue) return false;
  fault.path.lastIndex = 0;
  return fault.path.test(req.path);
}

/** Finds, consumes and returns the fault for this request, if any. */
export function takeFault(faults: SimFault[], req: FaultRequest): SimFault | undefined {
  const i = faults.findIndex((f) => matches(f, req));
  if (i < 0) return undefined;
  const fault = faults[i]!;
  const left = (fault.times ?? 1) - 1;
  if (left <= 0) faults.splice(i, 1);
  else fault.times = left;
  return fault;
}
