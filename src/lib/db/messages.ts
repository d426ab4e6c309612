// Every sentence the database layer shows the user, in one place.

export const MSG = {
  memoryUnavailable:
    '此浏览器无法使用本地数据库（可能处于无痕/隐私模式，或已禁用网站数据存储）。看板正以内存中的内置文件运行：导入的文件、批注和状态都不会被保存，关闭或刷新页面即丢失。',
  memoryOpenFailed: (why: string) =>
    `本地数据库打不开（${why}）。看板正以内存中的内置文件运行：导入的文件、批注和状态都不会被保存，关闭或刷新页面即丢失。`,
  memoryWriteFailed: (why: string) =>
    `本地数据库无法写入内置文件（${why}）。看板正以内存中的内置文件运行：导入的文件、批注和状态都不会被保存，关闭或刷新页面即丢失。`,
  blocked:
    '另一个标签页正打开着旧版本的看板，本地数据库无法升级。请关闭其他看板标签页后刷新本页。在此之前看板以内存数据运行，更改不会被保存。',
  reloadNeeded: '看板已在另一个标签页中更新，本页已断开本地数据库。请刷新页面（F5）后继续使用，以免更改丢失。',
  quota:
    '浏览器的存储空间已满，本次操作已全部撤销，原有数据没有改变。请删除不需要的导入文件、导出备份后清理浏览器存储，或释放磁盘空间后重试。',
  closed: '本地数据库已断开，本次操作没有保存。请刷新页面后重试。',
  writeFailed: (why: string) => `保存失败，本次操作已全部撤销，原有数据没有改变（${why}）。`,
  invalidParsed: (why: string) => `解析结果不完整，未保存（${why}）。`,
  duplicate: (title: string) => `相同内容的文件已存在：${title}。请选择“替换”或“保留两份”。`,
  bundledCannotDelete: '内置文件不能删除，可以隐藏。',
  notFound: '找不到该文件，可能已被删除。',
  itemNotFound: '找不到该目标或成绩，文件可能已被删除或重新解析，请刷新后重试。',
  seedFailed: (fileName: string, why: string) => `内置文件 ${fileName} 解析失败，未载入：${why}`,
  corruptRows: (n: number, what: string, example: string) => `${n} 条${what}记录已损坏，已跳过（例如 ${example}）。`,
  orphanRows: (n: number, what: string) => `${n} 条${what}记录找不到所属文件，已跳过。`,
  backupNotJson: '这不是有效的备份文件：内容不是 JSON。现有数据没有改变。',
  backupWrongFormat: '这不是本看板导出的备份文件。现有数据没有改变。',
  backupTooNew: '这个备份来自更新版本的看板，请先更新看板再恢复。现有数据没有改变。',
  backupInvalid: (where: string) => `备份文件已损坏或不完整（${where}），未恢复任何内容。现有数据没有改变。`,
  notPersisted: '浏览器未承诺长期保留这些数据，磁盘空间不足或清理浏览器数据时可能被删除。请定期导出备份。',
  persisted: '浏览器已同意长期保留这些数据。',
  backupReminder: '上次备份后导入了文件或修改了批注，建议现在导出备份。',
} as const;

export const TABLE_NAMES_ZH: Record<string, string> = {
  documents: '文件',
  sections: '章节',
  tasks: '任务',
  targets: '目标',
  achievements: '成绩',
  annotations: '批注',
  outcomeDecisions: '目标配对',
  unitEdits: '单位合并拆分',
};
