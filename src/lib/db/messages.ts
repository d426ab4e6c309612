// Every sentence the database layer shows the user, in one place.

export const MSG = {
  memoryUnavailable:
    '此浏览器无法使用本地数据库（可能处于无痕/隐私模式，或已禁用网站数据存储）。看板正以内存中的内置文件运行：导入的文件、批注和状态都不会被保存，关闭或刷新页面即丢失。',
  memoryOpenFailed: (why: string) => `本地数据库打不开（${why}）。看板正以内存中的内置文件运行：导入的文件、批注和状态都不会被保存，关闭或刷新页面即丢失。`,
  memoryWriteFailed: (why: string) => `本地数据库无法写入内置文件（${why}）。看板正以内存中的内置文件运行：导入的文件、批注和状态都不会被保存，关闭或刷新页面即丢失。`,
  blocked: '另一个标签页正打开着旧版本的看板，本地数据库无法升级。请关闭其他看板标签页后刷新本页。在此之前看板以内存数据运行，更改不会被保存。',
  reloadNeeded: '看板已在另一个标签页中更新，本页已断开本地数据库。请刷新页面（F5）后继续使用，以免更改丢失。',
  closedByBrowser: '浏览器关闭了本页与本地数据库的连接（数据仍在）。请刷新页面（F5）后继续使用，以免更改丢失。',
  lostCleared:
    '浏览器中本看板的数据已被清除（例如清理了浏览器数据或网站数据）。页面上仍显示清除前的内容，但任何更改都无法保存。请用「恢复备份」从备份文件恢复；没有备份时，刷新页面会从内置文件重新开始。',
  lostDeleted:
    '本看板的本地数据库已被删除（另一个页面或程序删除了它）。页面上仍显示删除前的内容，可以用「导出备份」把它们保存下来，但任何更改都无法保存。请用「恢复备份」从备份文件恢复；没有备份时，刷新页面会从内置文件重新开始。',
  backupSourceGone: (name: string) => `文件「${name}」：浏览器清除数据后页面上没有它的原文，未写入备份；它的进展记录已写入。恢复后请重新导入这个文件，记录会自动对应。`,
  lostExport: '本地数据已被清除或删除，没有可导出的内容',
  lostWrite: '本地数据已被清除或删除，这次更改没有保存。请先用「恢复备份」恢复数据，或刷新页面重新开始。',
  quota: '浏览器的存储空间已满，本次操作已全部撤销，原有数据没有改变。请删除不需要的导入文件、导出备份后清理浏览器存储，或释放磁盘空间后重试。',
  closed: '本地数据库已断开，本次操作没有保存。请刷新页面后重试。',
  writeFailed: (why: string) => `保存失败，本次操作已全部撤销，原有数据没有改变（${why}）。`,
  invalidParsed: (why: string) => `解析结果不完整，未保存（${why}）。`,
  batchCancelled: '已取消保存，这一批文件都没有写入，原有数据没有改变。',
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
  backupPartial: (restorable: number, listed: number) =>
    `备份文件中有些内容无法恢复（见下）。其余 ${restorable} 份导入文件（共 ${listed} 份）和其他记录可以恢复。尚未写入任何内容。`,
  /** A file the browser could not read (moved, deleted, no permission): its own error text is not shown. */
  backupFileUnreadable: '读取备份文件失败：浏览器无法读取这个文件（可能已被移动、删除或正被其他程序占用）。现有数据没有改变。',
  /** Reading stopped for a reason of the browser's (out of memory in the worker, …). */
  backupReadFailed: '读取备份文件失败：文件太大或结构太复杂，浏览器无法读完。现有数据没有改变。',
  backupTooLarge: (size: string, limit: string) => `备份文件有 ${size}，超过 ${limit} 的上限（10 万项任务的备份约 45 MB），不像是本看板导出的备份。现有数据没有改变。`,
  backupTooDeep: (limit: number) => `这不是本看板导出的备份文件：内容嵌套超过 ${limit} 层（本看板的备份不超过 8 层）。现有数据没有改变。`,
  backupExportFailed: (why: string) => `导出备份失败，没有生成文件：${why}`,
  notPersisted: '浏览器未承诺长期保留这些数据，磁盘空间不足或清理浏览器数据时可能被删除。请定期导出备份。',
  persisted: '浏览器已同意长期保留这些数据。',
  notLasting:
    '此浏览器窗口的数据可能不会保存（无痕/隐私模式或存储未持久化）：关闭窗口后，导入的文件和台账记录可能全部丢失。请在普通浏览器窗口中打开看板；如需在此窗口中工作，请在关闭前导出备份。',
  unfinished: (kind: 'import' | 'restore', files: number, startedAt: string) =>
    kind === 'import'
      ? `上次的导入（${files} 个文件，${startedAt} 开始）没有完成，已撤回，现有数据没有改变。请重新导入这些文件。`
      : `上次的恢复备份（${files} 份导入文件，${startedAt} 开始）没有完成，已撤回，现有数据没有改变。请重新恢复备份。`,
  backupReminder: '上次备份后导入了文件或修改了批注，建议现在导出备份。',
  taskNotFound: '找不到这项任务，可能所属文件已被删除或重新解析。',
  entryNotFound: '找不到这条进展记录，可能已被删除。',
  historyCannotClear: '这项任务已有往日的报送记录，不能清空；如需更正，请在督查台账中删除或补报记录。',
  doneNeedsBasis: '标为“已完成”即销号，须写明完成依据：请先在备注中写明（如验收文件、批复文号），再选“已完成”。',
  ruleNotFound: '找不到这条报送规则，可能已被删除。',
  entryConflict: '另一个窗口已修改这条进展，您的修改尚未保存。请对照下面两份内容，选择保留对方的，或用您的覆盖。',
  entryChangedNotDeleted: '另一个窗口刚修改了这条进展，没有删除。请先查看修改后的内容，再决定是否删除。',
  ruleConflict: '另一个窗口已修改这条报送规则，您的修改尚未保存。请取消后重新打开，在最新的规则上修改。',
  noteConflict: '另一个窗口已修改这项任务的进展或备注，您的备注尚未保存。请对照下面两份内容，选择保留对方的，或用您的覆盖。',
  sheetDocumentGone: '这份台账所属的文件已在另一个窗口中删除，没有导入任何进展。',
  sheetStale: (rows: string) => `另一个窗口已导入或修改了这些任务的进展（${rows}），没有导入任何进展，请重新预览。`,
  sheetApplied: (on: string) => `这个文件已于 ${on} 导入过，没有重复导入。`,
  briefingNotFound: '这份通报所属的文件已在另一个窗口中删除，通报没有保存。',
  briefingChanged: '这一期通报已在另一个窗口中修改，没有覆盖；请查看最新内容后再保存。',
  unreadableRows: (n: number) => `有 ${n} 份文件的条目数据已损坏，无法读取，这些文件暂不显示任何任务和目标；可从备份恢复或重新导入。`,
  ledgerUpgradeFailed: (why: string) => `原有的任务状态和批注未能转入督查台账（${why}），已原样保留，下次打开时会再试。`,
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
  progress: '进展',
  deadlineRules: '报送规则',
  briefingIssues: '督查通报',
};
