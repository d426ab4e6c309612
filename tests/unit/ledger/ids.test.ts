import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../../../src/lib/ledger/ids';

describe('ledger ids', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are version-4 UUIDs, different each time', () => {
    const a = newId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newId()).not.toBe(a);
  });

  it('are built from getRandomValues where randomUUID is withheld', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (b: Uint8Array<ArrayBuffer>) => real.getRandomValues(b) } as unknown as Crypto);
    expect(globalThis.crypto.randomUUID).toBeUndefined();
    expect(newId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
