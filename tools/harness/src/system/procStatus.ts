import { readFileSync } from 'node:fs';

export interface ProcessMemory {
  /** Resident set size now, MiB. */
  rssMiB: number;
  /** The highest resident set size so far, MiB. */
  peakRssMiB: number;
}

/** Reads VmRSS and VmHWM of a Linux process from /proc/<pid>/status. */
export function processMemory(pid: number): ProcessMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakRssMiB: kib('VmHWM') / 1024 };
}

const ticksPerSecond = 100;

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat; 0 once it is gone. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at index 2 (state); utime is field 14.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return 0;
  }
}

/** CPU seconds the whole machine has been busy (every core, all processes), from /proc/stat. */
export function machineBusySeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const [, user, nice, system, , , irq, softirq, steal] = line.trim().split(/\s+/).map(Number);
  return (
    ((user ?? 0) + (nice ?? 0) + (system ?? 0) + (irq ?? 0) + (softirq ?? 0) + (steal ?? 0)) / ticksPerSecond
  );
}

/** Where CPU time went between `start()` and `stop()`: each named process, this process, and everyone else. */
export function cpuMeter(pids: () => Record<string, number>) {
  const read = () => {
    const byProcess: Record<string, number> = {};
    for (const [name, pid] of Object.entries(pids())) byProcess[name] = cpuSeconds(pid);
    byProcess.harness = cpuSeconds(process.pid);
    return { byProcess, machine: machineBusySeconds(), at: performance.now() };
  };
  let start = read();
  return {
    start: () => {
      start = read();
    },
    /** CPU seconds per process over the interval, `other` being the rest of the machine, and the wall time. */
    stop: (): { wallSeconds: number; cpuSeconds: Record<string, number> } => {
      const end = read();
      const cpu: Record<string, number> = {};
      let ours = 0;
      for (const [name, seconds] of Object.entries(end.byProcess)) {
        const used = Math.max(0, seconds - (start.byProcess[name] ?? seconds));
        cpu[name] = Math.round(used * 10) / 10;
        ours += used;
      }
      cpu.other = Math.round(Math.max(0, end.machine - start.machine - ours) * 10) / 10;
      return { wallSeconds: Math.round((end.at - start.at) / 100) / 10, cpuSeconds: cpu };
    },
  };
}
