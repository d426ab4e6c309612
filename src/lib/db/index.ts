// Storage's one public entry: views and the app's state import from here, never from a module inside db/.
export * from './repository';
export { bundledIds, restartAfterLoss, startDatabase } from './start';
export { readBackupJson, type JsonRead } from './backupFile';
