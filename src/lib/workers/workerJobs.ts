// Jobs sent to one long-lived worker, each answered by id. Once the worker fails, the jobs waiting and
// every job after run on the main thread (`runHere`): the caller sees the same answer either way.
import { startWorker } from './startWorker';

export interface WorkerJob<Req extends { id: number }> {
  request: Req;
}

export interface WorkerJobOptions<Req extends { id: number }, Res extends { id: number }, Job extends WorkerJob<Req>> {
  make: () => Worker;
  /** A message from the worker for a waiting job. */
  onMessage(job: Job, message: Res): void;
  /** Whether a message is the job's last (default: every message is); the job stops waiting before onMessage. */
  isLast?: (message: Res) => boolean;
  /** Does a waiting job here when the worker fails. */
  runHere(job: Job): void;
  /** After the worker is stopped (a blob: URL to revoke). */
  onStop?: () => void;
}

export interface WorkerJobs<Job> {
  /** The worker, started now unless it runs or has failed once; null when none runs. */
  start(): Worker | null;
  /** Sends a job to the running worker; false when none runs, for the caller to do it here. */
  send(job: Job): boolean;
  /** The job stops waiting (its answer is ignored); false when it was not waiting. */
  drop(id: number): boolean;
  /** A fresh worker for the jobs still waiting, unless the worker has failed: a job the old one is doing cannot be interrupted. */
  restart(): void;
  /** True once the worker has failed. */
  readonly failed: boolean;
  stop(): void;
}

export function workerJobs<Req extends { id: number }, Res extends { id: number }, Job extends WorkerJob<Req>>(options: WorkerJobOptions<Req, Res, Job>): WorkerJobs<Job> {
  let worker: Worker | null = null;
  let failed = false;
  const pending = new Map<number, Job>();
  const isLast = options.isLast ?? (() => true);

  const stop = () => {
    worker?.terminate();
    worker = null;
    options.onStop?.();
  };

  const fail = () => {
    failed = true;
    stop();
    const waiting = [...pending.values()];
    pending.clear();
    for (const job of waiting) options.runHere(job);
  };

  const onMessage = (message: Res) => {
    const job = pending.get(message.id);
    if (!job) return;
    if (isLast(message)) pending.delete(message.id);
    options.onMessage(job, message);
  };

  const start = () => {
    if (worker || failed) return worker;
    worker = startWorker(options.make, { onMessage, onFail: fail });
    if (!worker) fail();
    return worker;
  };

  return {
    get failed() {
      return failed;
    },
    start,
    send(job) {
      if (!worker) return false;
      pending.set(job.request.id, job);
      worker.postMessage(job.request);
      return true;
    },
    drop: (id) => pending.delete(id),
    restart() {
      if (failed) return;
      worker?.terminate();
      worker = null;
      const fresh = start();
      if (fresh) for (const job of pending.values()) fresh.postMessage(job.request);
    },
    stop,
  };
}
