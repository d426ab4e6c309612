// A 督查室's deadlines are Beijing dates, wherever the laptop's clock is set. The same instants in
// Chromium set to Asia/Shanghai, America/Los_Angeles and Pacific/Kiritimati: 今天, the lights, the
// reporting rounds, the form's default date, a stored report's day (迟报 or not) and the exported
// 台账's file name are the Beijing ones. 随政办发〔2024〕2号 reports 民生实事 by the 15th of each month.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, openApp, type Page, type Session } from './browser';

// 00:30 on 6/16 in Beijing (still 6/15 09:30 in Los Angeles): the 6/15 round has just closed.
const AFTER_MIDNIGHT = '2024-06-15T16:30:00Z';
// 23:30 on 6/15 in Beijing (already 6/16 05:30 in Kiritimati): the 6/15 round is due today.
const BEFORE_MIDNIGHT = '2024-06-15T15:30:00Z';

const CASES = [
  { zone: 'Asia/Shanghai', at: AFTER_MIDNIGHT, laptopDay: 16, day: '2024-06-16', task: '10' },
  { zone: 'America/Los_Angeles', at: AFTER_MIDNIGHT, laptopDay: 15, day: '2024-06-16', task: '11' },
  { zone: 'Pacific/Kiritimati', at: AFTER_MIDNIGHT, laptopDay: 16, day: '2024-06-16', task: '12' },
  { zone: 'Asia/Shanghai', at: BEFORE_MIDNIGHT, laptopDay: 15, day: '2024-06-15', task: '13' },
  { zone: 'America/Los_Angeles', at: BEFORE_MIDNIGHT, laptopDay: 15, day: '2024-06-15', task: '14' },
  { zone: 'Pacific/Kiritimati', at: BEFORE_MIDNIGHT, laptopDay: 16, day: '2024-06-15', task: '15' },
] as const;

/** What each Beijing day looks like in the ledger of 随政办发〔2024〕2号. */
const EXPECTED = {
  '2024-06-16': {
    today: '今天 2024年6月16日',
    lights: '按 2024年6月16日 判定',
    firstUpcoming: '2024-07-15',
    justPast: '2024-06-15',
    late: true,
    sheet: '随政办发〔2024〕2号-台账-2024-06-16.xlsx',
  },
  '2024-06-15': {
    today: '今天 2024年6月15日',
    lights: '按 2024年6月15日 判定',
    firstUpcoming: '2024-06-15',
    justPast: '2024-05-15',
    late: false,
    sheet: '随政办发〔2024〕2号-台账-2024-06-15.xlsx',
  },
} as const;

const row = (page: Page, no: string) => page.locator('[data-testid="ledger-table"] tr.row').filter({ has: page.locator('td.no', { hasText: new RegExp(`^${no}$`) }) });

describe('the ledger keeps Beijing dates whatever the laptop zone', () => {
  // One profile, seeded once; each case is a fresh tab whose zone is set (DevTools protocol) before
  // the app loads, with the page clock pinned to the instant.
  let s: Session;
  const errors: string[] = [];
  beforeAll(async () => {
    s = await openApp({ fixedTime: AFTER_MIDNIGHT, hash: '#v=ledger' });
    await s.page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 60_000 });
    await s.page.close();
  });
  afterAll(async () => {
    expect([...s.errors, ...errors]).toEqual([]);
    await s?.close();
  });

  async function openIn(zone: string, at: string): Promise<Page> {
    await s.context.clock.setFixedTime(new Date(at));
    const page = await s.context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const cdp = await s.context.newCDPSession(page);
    await cdp.send('Emulation.setTimezoneOverride', { timezoneId: zone });
    await page.goto(`${APP_URL}#v=ledger`);
    return page;
  }

  it.each(CASES)('$zone at $at is Beijing $day', async ({ zone, at, laptopDay, day, task }) => {
    const want = EXPECTED[day];
    const page = await openIn(zone, at);
    // The laptop really is in that zone (its own calendar day differs from Beijing's in some cases).
    expect(await page.evaluate(() => new Date().getDate())).toBe(laptopDay);
    await page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 30_000 });

    expect(await page.textContent('[data-testid="ledger-calendar"] h3')).toContain(want.today);
    expect(await page.textContent('[data-testid="light-legend"] h3')).toContain(want.lights);
    expect(await page.textContent('[data-testid="ledger-timezone"]')).toContain('北京时间');
    const upcoming = page.locator('[data-testid="calendar-upcoming"]').first();
    expect(await upcoming.getAttribute('data-date')).toBe(want.firstUpcoming);
    if (want.firstUpcoming === day) expect(await upcoming.locator('.rel').textContent()).toBe('今天');
    expect(await page.locator('[data-testid="calendar-past"]').first().getAttribute('data-date')).toBe(want.justPast);

    // The exported 台账 is named for the Beijing day (each row names its own round).
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-xlsx"]')]);
    expect(download.suggestedFilename()).toBe(want.sheet);

    // A report written now is dated the Beijing day, and is late only once the Beijing 15th has passed.
    const t = row(page, task);
    await t.locator('button.toggle').click();
    const form = page.locator('[data-testid="entry-form"]');
    const date = form.locator('input[type="date"]').first();
    expect(await date.inputValue()).toBe(day);
    expect(await date.getAttribute('max')).toBe(day);
    await form.locator('select').first().selectOption('2024-06-15');
    await form.locator('textarea').fill('按北京时间报送');
    await form.getByRole('button', { name: '保存报送' }).click();
    const history = t.page().locator('[data-testid="history"] li');
    await expect.poll(() => history.count()).toBe(1);
    const text = await history.first().textContent();
    expect(text).toContain(day);
    expect(text).toContain(want.late ? '6月15日节点（迟报）' : '6月15日节点');
    if (!want.late) expect(text).not.toContain('迟报');
    await page.close();
  });
});

describe('a first open on a laptop set to Los Angeles', () => {
  it('seeds and shows the Beijing day from the start', async () => {
    const s = await openApp({ fixedTime: AFTER_MIDNIGHT, hash: '#v=ledger', timezoneId: 'America/Los_Angeles' });
    try {
      expect(await s.page.evaluate(() => new Date().getDate())).toBe(15);
      await s.page.waitForSelector('[data-testid="ledger-table"] tr.row', { timeout: 60_000 });
      expect(await s.page.textContent('[data-testid="ledger-calendar"] h3')).toContain(EXPECTED['2024-06-16'].today);
      expect(await s.page.locator('[data-testid="calendar-past"]').first().getAttribute('data-date')).toBe('2024-06-15');
      // The bundled reports were stored at this instant: 数据截至 is its Beijing day.
      expect(await s.page.textContent('header')).toContain('数据截至 2024-06-16');
      expect(s.errors).toEqual([]);
      expect(s.network).toEqual([]);
    } finally {
      await s.close();
    }
  });
});
