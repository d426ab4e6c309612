// The one worker start-up behind the parser, the aligner and the backup reader: answers by id, a fresh
// worker after a dropped job, and every waiting job done here once the worker fails or cannot start.
import { describe, expect, it } from 'vitest';
import { startWorker } from '../../../src/lib/workers/startWorker';
import { workerJobs } from '../../../src/lib/workers/workerJobs';

interface Req {
  id: number;
  n: number;
}
type Res = { id: number; type: 'started' } | { id: number; type: 'done'; value: number };

class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  posted: Req[] = [];
  terminated = false;
  prevented = false;
  postMessage(r: Req) {
    this.posted.push(r);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: Res) {
    this.onmessage?.({ data });
  }
  crash() {
    this.onerror?.({
      preventDefault: () => {
        this.prevented = true;
      },
    });
  }
}

function setup(canStart = () => true) {
  const workers: FakeWorker[] = [];
  const log: string[] = [];
  const jobs = workerJobs<Req, Res, { request: Req }>({
    make: () => {
      if (!canStart()) throw new Error('no worker here');
      const w = new FakeWorker();
      workers.push(w);
      return w as unknown as Worker;
    },
    isLast: (m) => m.type === 'done',
    onMessage: (job, m) => log.push(`${job.request.n}:${m.type === 'done' ? m.value : 'started'}`),
    runHere: (job) => log.push(`${job.request.n}:here`),
    onStop: () => log.push('stopped'),
  });
  return { jobs, workers, log };
}

describe('startWorker', () => {
  it('passes messages on, and a crash (prevented) or an unreadable message to onFail', () => {
    const got: unknown[] = [];
    let fails = 0;
    const fake = new FakeWorker();
    const w = startWorker<Res>(() => fake as unknown as Worker, { onMessage: (m) => got.push(m), onFail: () => fails++ });
    expect(w).toBe(fake);
    fake.answer({ id: 1, type: 'started' });
    fake.crash();
    fake.onmessageerror?.();
    expect(got).toEqual([{ id: 1, type: 'started' }]);
    expect(fails).toBe(2);
    expect(fake.prevented).toBe(true);
  });

  it('gives null when no worker can start', () => {
    expect(
      startWorker(
        () => {
          throw new Error('blocked');
        },
        { onMessage: () => {}, onFail: () => {} },
      ),
    ).toBeNull();
  });
});

describe('workerJobs', () => {
  it('routes answers by id and forgets a job after its last message', () => {
    const { jobs, workers, log } = setup();
    expect(jobs.start()).toBe(workers[0]);
    expect(jobs.send({ request: { id: 1, n: 10 } })).toBe(true);
    expect(jobs.send({ request: { id: 2, n: 20 } })).toBe(true);
    const w = workers[0]!;
    w.answer({ id: 2, type: 'started' });
    w.answer({ id: 2, type: 'done', value: 2 });
    w.answer({ id: 2, type: 'done', value: 99 });
    w.answer({ id: 1, type: 'done', value: 1 });
    expect(log).toEqual(['20:started', '20:2', '10:1']);
    expect(jobs.failed).toBe(false);
  });

  it('does the waiting jobs here when the worker fails, and starts no other', () => {
    const { jobs, workers, log } = setup();
    jobs.start();
    jobs.send({ request: { id: 1, n: 10 } });
    jobs.send({ request: { id: 2, n: 20 } });
    workers[0]!.crash();
    expect(log).toEqual(['stopped', '10:here', '20:here']);
    expect(workers[0]!.terminated).toBe(true);
    expect(jobs.failed).toBe(true);
    expect(jobs.start()).toBeNull();
    expect(jobs.send({ request: { id: 3, n: 30 } })).toBe(false);
    jobs.restart();
    expect(workers).toHaveLength(1);
  });

  it('fails at once when no worker can start', () => {
    const { jobs, log } = setup(() => false);
    expect(jobs.start()).toBeNull();
    expect(jobs.failed).toBe(true);
    expect(log).toEqual(['stopped']);
  });

  it('restarts for the jobs still waiting after one is dropped', () => {
    const { jobs, workers, log } = setup();
    jobs.start();
    jobs.send({ request: { id: 1, n: 10 } });
    jobs.send({ request: { id: 2, n: 20 } });
    expect(jobs.drop(1)).toBe(true);
    expect(jobs.drop(1)).toBe(false);
    jobs.restart();
    expect(workers[0]!.terminated).toBe(true);
    expect(workers[1]!.posted).toEqual([{ id: 2, n: 20 }]);
    workers[1]!.answer({ id: 2, type: 'done', value: 2 });
    expect(log).toEqual(['20:2']);
  });

  it('moves the waiting jobs here when the restart cannot start a worker', () => {
    let allowed = true;
    const { jobs, log } = setup(() => allowed);
    jobs.start();
    jobs.send({ request: { id: 1, n: 10 } });
    jobs.send({ request: { id: 2, n: 20 } });
    jobs.drop(1);
    allowed = false;
    jobs.restart();
    expect(log).toEqual(['stopped', '20:here']);
    expect(jobs.failed).toBe(true);
  });

  it('starts nothing by itself and sends nothing once stopped', () => {
    const { jobs, workers, log } = setup();
    expect(jobs.send({ request: { id: 1, n: 10 } })).toBe(false);
    expect(workers).toHaveLength(0);
    jobs.start();
    jobs.stop();
    expect(workers[0]!.terminated).toBe(true);
    expect(log).toEqual(['stopped']);
    expect(jobs.send({ request: { id: 1, n: 10 } })).toBe(false);
    expect(jobs.failed).toBe(false);
  });
});
