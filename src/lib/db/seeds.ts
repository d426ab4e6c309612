// The bundled seeds: their file names and ids (content hashes, computed by the build from the texts in
// seeds/ — scripts/build/seedIndex.ts), and their texts, unpacked only when a seed has to be parsed.
import seedIndex from 'virtual:seed-index';
import { loadPacked } from '../packed/load';
import type { LazySeeds } from './repository/seeding';

export const BUNDLED_SEEDS: LazySeeds = {
  index: seedIndex,
  load: async () => (await loadPacked('seed-texts')).SEED_TEXTS,
};
