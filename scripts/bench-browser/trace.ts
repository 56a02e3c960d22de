/**
 * Main-thread tasks attributed to the extension, from a Chromium trace.
 *
 * The content script runs in an isolated world of the page's renderer, so page-level
 * counters (Performance.getMetrics) cannot tell its tasks from the page's. A trace can: it
 * has the renderer's top-level tasks (`RunTask`) and, with the V8 sampling profiler on, CPU
 * samples whose stacks name the script URL. A task is the extension's when a sample inside
 * it runs code from a `chrome-extension://` URL; that also catches async continuations
 * (`await scheduler.yield()`), which carry no URL in the task's own trace events.
 */
import type { CDPSession } from 'playwright-core';

// As few categories as the analysis needs: every extra category slows the traced run down.
const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];
/** Top-level task events, newest Chromium name first. */
const TASK_EVENTS = ['ThreadControllerImpl::RunTask', 'RunTask'];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: unlike `dur`, not inflated when the OS runs others. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      message?: string;
      startTime?: number;
      cpuProfile?: {
        nodes?: Array<{ id: number; parent?: number; callFrame?: { url?: string } }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

/** What the trace says about the extension's main-thread work. */
export interface ExtensionTasks {
  /** Number of top-level tasks that ran extension code. */
  count: number;
  /** The longest of them, ms (0 when none ran). */
  longestMs: number;
  /**
   * Sampled time of extension code inside that longest task, ms. Tells the extension's own
   * work from page work sharing the task (a MutationObserver callback runs at the end of the
   * page's task that caused it).
   */
  longestExtMs: number;
  /** Their summed duration, ms. */
  totalMs: number;
  /** Sampled time of extension code in them, ms. */
  extMs: number;
  /**
   * The same as thread time: each task's CPU time times the share of its samples that ran
   * extension code. Sample weights are wall-clock time, so on a busy machine `extMs` also
   * counts time the OS gave to other processes; this does not.
   */
  extCpuMs: number;
  /**
   * What the longest task spent its time on: the biggest trace events directly inside it
   * (e.g. `Layout 350.1`), to tell a forced layout from slow script.
   */
  longestBreakdown: string;
}

/**
 * Marks the end of a traced load, before a hover (`console.timeStamp` of this label): the load's
 * extension code is what ran before it.
 */
export const LOAD_END_MARK = 'fact-context-bench:load-end';

/** What a trace says: the extension's tasks before the load-end mark, and in the whole trace. */
export interface TracedTasks {
  load: ExtensionTasks;
  all: ExtensionTasks;
}

/** A running trace; `stop()` ends it and analyses it. */
export interface TraceRecording {
  stop(): Promise<TracedTasks>;
}

/**
 * Starts tracing the page behind `session` (call before navigation); `origin` is the origin
 * of the page that will be shown (it identifies the page's renderer in the trace).
 */
export async function startTrace(session: CDPSession, origin: string): Promise<TraceRecording> {
  await session.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { recordMode: 'recordAsMuchAsPossible', includedCategories: CATEGORIES },
  });
  return {
    async stop() {
      const complete = new Promise<{ stream?: string }>((resolve) =>
        session.once('Tracing.tracingComplete', (event) => resolve(event as { stream?: string })),
      );
      await session.send('Tracing.end');
      const { stream } = await complete;
      if (!stream) throw new Error('Tracing returned no stream');
      const text = await readStream(session, stream);
      const parsed = JSON.parse(text) as TraceEvent[] | { traceEvents: TraceEvent[] };
      const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
      const mark = events.find(
        (e) => e.name === 'TimeStamp' && e.args?.data?.message === LOAD_END_MARK,
      );
      const all = analyse(events, origin);
      return { load: mark ? analyse(events, origin, mark.ts) : all, all };
    },
  };
}

async function readStream(session: CDPSession, handle: string): Promise<string> {
  const chunks: string[] = [];
  // Bounded: a trace of the biggest bench page is a few hundred MB at most, 10k chunks.
  for (let i = 0; i < 1_000_000; i++) {
    const chunk = await session.send('IO.read', { handle, size: 1 << 20 });
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data);
    if (chunk.eof) break;
  }
  await session.send('IO.close', { handle });
  return chunks.join('');
}

/**
 * The page's renderer main thread: of the CrRendererMain threads that parsed a document
 * from `origin` (other renderers belong to other tabs or extension pages), the busiest.
 */
function mainThread(events: TraceEvent[], origin: string): { pid: number; tid: number } | null {
  const renderers = new Set<string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') {
      renderers.add(`${e.pid}:${e.tid}`);
    }
  }
  const named = new Set<string>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'ParseHTML' && renderers.has(key) && JSON.stringify(e.args).includes(origin)) {
      named.add(key);
    }
  }
  const counts = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (TASK_EVENTS.includes(e.name) && named.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [key, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = key;
  if (best === null) return null;
  const [pid, tid] = best.split(':').map(Number) as [number, number];
  return { pid, tid };
}

/** A CPU sample: when (trace µs), how much time it stands for (µs), and whether in extension code. */
interface Sample {
  time: number;
  weight: number;
  extension: boolean;
}

/** A sample stands for at most this long (µs): longer gaps are idle time, not our code. */
const MAX_SAMPLE_WEIGHT_US = 5_000;

/** The page renderer's CPU samples, by time, each marked whether its stack holds extension code. */
function cpuSamples(events: TraceEvent[], pid: number): Sample[] {
  const profiles = new Map<string, { time: number; fromExtension: Map<number, boolean> }>();
  const parents = new Map<string, Map<number, { parent?: number; url: string }>>();
  const times: Sample[] = [];
  for (const e of events) {
    if (e.pid !== pid || e.id === undefined) continue;
    if (e.name === 'Profile') {
      profiles.set(e.id, { time: e.args?.data?.startTime ?? e.ts, fromExtension: new Map() });
      parents.set(e.id, new Map());
      continue;
    }
    if (e.name !== 'ProfileChunk') continue;
    const profile = profiles.get(e.id);
    const nodes = parents.get(e.id);
    if (!profile || !nodes) continue;
    const data = e.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      nodes.set(node.id, { parent: node.parent, url: node.callFrame?.url ?? '' });
    }
    const samples = data?.cpuProfile?.samples ?? [];
    const deltas = data?.timeDeltas ?? [];
    const isExtension = (id: number): boolean => {
      const cached = profile.fromExtension.get(id);
      if (cached !== undefined) return cached;
      // Walk up the stack (bounded by the node count: stacks are trees).
      let current: number | undefined = id;
      let found = false;
      for (let hops = 0; current !== undefined && hops < 10_000; hops++) {
        const node = nodes.get(current);
        if (!node) break;
        if (node.url.startsWith('chrome-extension://')) {
          found = true;
          break;
        }
        current = node.parent;
      }
      profile.fromExtension.set(id, found);
      return found;
    };
    for (let i = 0; i < samples.length; i++) {
      const delta = deltas[i] ?? 0;
      profile.time += delta;
      times.push({
        time: profile.time,
        weight: Math.min(Math.max(delta, 0), MAX_SAMPLE_WEIGHT_US),
        extension: isExtension(samples[i]!),
      });
    }
  }
  return times.sort((a, b) => a.time - b.time);
}

/**
 * Extension tasks on the main thread of the renderer that showed a page from `origin` (those
 * that started before `until`, trace µs, if given).
 */
export function analyse(events: TraceEvent[], origin: string, until = Infinity): ExtensionTasks {
  const thread = mainThread(events, origin);
  const empty = {
    count: 0,
    longestMs: 0,
    longestExtMs: 0,
    totalMs: 0,
    extMs: 0,
    extCpuMs: 0,
    longestBreakdown: '',
  };
  if (!thread) return empty;
  const onThread = events.filter(
    (e) => e.ph === 'X' && e.pid === thread.pid && e.tid === thread.tid,
  );
  const taskName = TASK_EVENTS.find((name) => onThread.some((e) => e.name === name));
  const tasks = onThread
    .filter((e) => e.name === taskName && e.ts < until)
    .sort((a, b) => a.ts - b.ts);
  const samples = cpuSamples(events, thread.pid);
  const out: ExtensionTasks = { ...empty };
  let longestTask: TraceEvent | null = null;
  let s = 0;
  for (const task of tasks) {
    const duration = task.dur ?? 0;
    const end = task.ts + duration;
    while (s < samples.length && samples[s]!.time < task.ts) s++;
    let inTask = 0;
    let all = 0;
    for (; s < samples.length && samples[s]!.time <= end; s++) {
      all += samples[s]!.weight;
      if (samples[s]!.extension) inTask += samples[s]!.weight;
    }
    if (inTask === 0) continue;
    out.count++;
    out.totalMs += duration / 1000;
    out.extMs += Math.min(inTask, duration) / 1000;
    out.extCpuMs += ((task.tdur ?? duration) * (inTask / all)) / 1000;
    if (duration / 1000 > out.longestMs) {
      out.longestMs = duration / 1000;
      out.longestExtMs = Math.min(inTask, duration) / 1000;
      longestTask = task;
    }
  }
  if (longestTask) out.longestBreakdown = breakdown(onThread, longestTask);
  return out;
}

/**
 * Self time inside `task` by event name (an event's duration minus its nested events'),
 * biggest first, e.g. `Layout 350.1, FunctionCall 12.0`.
 */
function breakdown(onThread: TraceEvent[], task: TraceEvent): string {
  const end = task.ts + (task.dur ?? 0);
  const inside = onThread
    .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<TraceEvent, number>([[task, task.dur ?? 0]]);
  const stack: TraceEvent[] = [task];
  for (const e of inside) {
    while (
      stack.length > 1 &&
      e.ts >= stack[stack.length - 1]!.ts + (stack[stack.length - 1]!.dur ?? 0)
    ) {
      stack.pop();
    }
    const parent = stack[stack.length - 1]!;
    self.set(parent, (self.get(parent) ?? 0) - (e.dur ?? 0));
    self.set(e, e.dur ?? 0);
    stack.push(e);
  }
  const byName = new Map<string, number>();
  for (const [e, us] of self) {
    const name = e === task ? '(task itself)' : e.name;
    byName.set(name, (byName.get(name) ?? 0) + Math.max(0, us));
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([name, us]) => `${name} ${(us / 1000).toFixed(1)}`)
    .join(', ');
}
