import { describe, expect, it } from 'vitest';
import { requestPersistence, storageInfo } from '../../src/lib/db/storage';
import { formatBytes } from '../../src/lib/export/bytes';

function manager(o: { usage?: number; quota?: number; persisted?: boolean; grant?: boolean; fail?: boolean }) {
  const calls: string[] = [];
  return {
    calls,
    estimate: async () => {
      calls.push('estimate');
      if (o.fail) throw new Error('x');
      return { usage: o.usage, quota: o.quota };
    },
    persisted: async () => {
      calls.push('persisted');
      return o.persisted ?? false;
    },
    persist: async () => {
      calls.push('persist');
      if (o.fail) throw new Error('x');
      return o.grant ?? false;
    },
  };
}

describe('storage info', () => {
  it('reports usage, quota and persistence', async () => {
    expect(await storageInfo(manager({ usage: 2_600_000, quota: 5e9, persisted: true }))).toEqual({ usage: 2_600_000, quota: 5e9, persisted: true });
  });

  it('says "unknown" rather than failing when the browser cannot tell', async () => {
    expect(await storageInfo(null)).toEqual({ usage: null, quota: null, persisted: null });
    expect(await storageInfo(manager({ fail: true, persisted: false }))).toEqual({ usage: null, quota: null, persisted: false });
  });

  it('asks for persistence only when not already granted', async () => {
    const granted = manager({ persisted: true });
    expect(await requestPersistence(granted)).toBe(true);
    expect(granted.calls).toEqual(['persisted']);
    const refused = manager({ persisted: false, grant: false });
    expect(await requestPersistence(refused)).toBe(false);
    expect(refused.calls).toEqual(['persisted', 'persist']);
    expect(await requestPersistence(manager({ fail: true }))).toBeNull();
    expect(await requestPersistence(null)).toBeNull();
  });

  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [2_634_000, '2.5 MB'],
    [3 * 1024 ** 3, '3.0 GB'],
  ])('formats %d bytes as %s', (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });
});
