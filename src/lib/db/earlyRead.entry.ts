// The page's first script (scripts/build/early.ts puts it right after the CSP): see earlyRead.ts.
import { startEarlyRead } from './earlyRead';

startEarlyRead();
