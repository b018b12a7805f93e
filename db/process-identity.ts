// Is the process that wrote a lock still the one running under its pid? A pid alone can be reused
// (after a reboot, or by another program after a crash), so on Linux the lock also records the
// kernel's boot id and the process's start time, which together name one process for good.
import { readFileSync } from 'node:fs';

export interface ProcessIdentity {
  pid: number;
  hostname: string;
  /** /proc/sys/kernel/random/boot_id: changes at every boot. */
  bootId?: string;
  /** Field 22 of /proc/<pid>/stat: when the process started, in clock ticks since boot. */
  startTicks?: string;
}

function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // no /proc (macOS), or the process is gone
  }
}

export function thisBootId(): string | undefined {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() || undefined;
}

export function startTicks(pid: number): string | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
}

/** Whether the process is alive; a different process now under the same pid counts as gone. */
export function isRunning(holder: ProcessIdentity): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false; // ESRCH: no such process
  }
  const now = holder.startTicks ? startTicks(holder.pid) : undefined;
  return !now || now === holder.startTicks;
}
