// How busy the rest of the machine was during a run: CPU time of all processes (/proc/stat) minus
// that of this process and its live descendants (the Chromium it drives). Linux only; null elsewhere.
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_S = 100; // USER_HZ, 100 on every Linux the bench runs on

export interface CpuSnapshot {
  readonly atMs: number;
  readonly allBusyTicks: number;
  readonly ownTicks: number;
}

/** ppid and utime + stime + cutime + cstime (fields 4 and 14–17 of proc(5)) of one process. */
function readStat(pid: string): { ppid: number; ticks: number } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text
      .slice(text.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    return { ppid: fields[1]!, ticks: fields.slice(11, 15).reduce((sum, n) => sum + n, 0) };
  } catch {
    return null; // exited meanwhile
  }
}

/** Take the second snapshot of a run while its Chromium is still alive: a closed one's time is lost. */
export function cpuSnapshot(): CpuSnapshot | null {
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
    const stats = new Map<number, { ppid: number; ticks: number }>();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      const stat = readStat(pid);
      if (stat) stats.set(Number(pid), stat);
    }
    const children = new Map<number, number[]>();
    for (const [pid, { ppid }] of stats) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    let ownTicks = 0;
    const queue = [process.pid];
    for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
      ownTicks += stats.get(pid)?.ticks ?? 0;
      queue.push(...(children.get(pid) ?? []));
    }
    return { atMs: Date.now(), allBusyTicks: user + nice + system + irq + softirq + steal, ownTicks };
  } catch {
    return null;
  }
}

/** Cores' worth of CPU other processes used between two snapshots (0: the machine was ours). */
export function otherCores(before: CpuSnapshot | null, after: CpuSnapshot | null): number | null {
  if (!before || !after || after.atMs <= before.atMs) return null;
  const others = after.allBusyTicks - before.allBusyTicks - (after.ownTicks - before.ownTicks);
  return Math.max(0, others / TICKS_PER_S / ((after.atMs - before.atMs) / 1000));
}
