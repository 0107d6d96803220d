import { addDays, dateInZone } from '@leercyclus/domain';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { launchInput } from '../support/launches.js';
import { reloadUntil } from './support/reloadUntil.js';
import { startBrowserSystem, type BrowserSystem } from './support/system.js';

const leader = 'anna.projectleider';
const monitor = 'chris.monitor';
const programmeId = 'browser-veilig';
const title = 'Veilig in de wijk — cyclus 1';
const writesPerMinute = 3;

describe("the control panel under the API's defences, in Chromium", () => {
  let system: BrowserSystem;

  beforeAll(async () => {
    system = await startBrowserSystem({
      parts: { programmes: [programmeId] },
      // Few enough writes a minute for one person to reach the limit by hand.
      apiEnv: { RATE_LIMIT_WRITES_PER_PERSON: String(writesPerMinute) },
    });
    const now = new Date();
    const today = dateInZone(now, 'Europe/Amsterdam');
    await system.as(leader).cycles.launch.mutate(
      launchInput(now, {
        programmeId,
        title,
        requestId: 'csp-launch',
        startsOn: addDays(today, -14),
      }),
    );
    for (const [text, category] of [
      ['Wanneer schakelen we de wijkagent in?', 'safety'],
      ['Hoe betrekken we de school bij het plan?', 'education'],
    ] as const) {
      await system.as(monitor).cycles.addQuestion.mutate({
        programmeId,
        number: 1,
        text,
        category,
        level: 'practice',
        raisedIn: 'learningSession',
        district: 'West',
      });
    }
  });

  afterEach(async (context) => {
    if (context.task.result?.state === 'fail')
      await system?.screenshotOpenPages(context.task.name.slice(0, 40));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('signs in and shows every main page with nothing blocked and nothing broken', async () => {
    const visitor = await system.newPage();
    const signInPage = await visitor.goto(`${system.panelUrl}/`);
    const policy = signInPage?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    await visitor.getByRole('button', { name: 'Inloggen' }).waitFor();

    const page = await system.pageAs(leader);
    const pages: [string, () => Promise<boolean>][] = [
      [
        '/',
        () =>
          page
            .getByRole('region', { name: 'Lopende leercycli' })
            .getByRole('link', { name: title })
            .isVisible(),
      ],
      ['/cycles', () => page.getByRole('link', { name: title }).isVisible()],
      [`/cycles/${programmeId}/1`, () => page.getByRole('heading', { name: title }).isVisible()],
      [
        `/cycles/${programmeId}/1?tab=agenda`,
        () => page.getByText('Wanneer schakelen we de wijkagent in?').isVisible(),
      ],
      ['/cycles/new', () => page.getByRole('heading', { name: 'Nieuwe leercyclus' }).isVisible()],
      [
        '/checkpoints/overdue',
        () => page.getByRole('heading', { name: 'Te late evaluatiemomenten' }).isVisible(),
      ],
      ['/groups/new', () => page.getByRole('heading', { name: 'Nieuwe actieleergroep' }).isVisible()],
      ['/mijn-tokens', () => page.getByRole('heading', { name: 'Mijn tokens' }).isVisible()],
      // Last, for the screenshot: its chart draws with inline SVG styles.
      [
        `/analytics?programme=${programmeId}`,
        () => page.getByRole('table', { name: /Aantal leervragen per categorie/ }).isVisible(),
      ],
    ];
    for (const [path, shown] of pages) {
      await page.goto(`${system.panelUrl}${path}`);
      await reloadUntil(page, shown);
    }
    await system.screenshot(page, 'analytics-under-csp');
    expect(system.cspViolations).toEqual([]);
    expect(system.pageErrors).toEqual([]);
  });

  it('tells a person who sends too many changes in a minute how long to wait', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/mijn-tokens`);
    const tooMany = page.getByText(
      /^Je hebt kort na elkaar te veel wijzigingen verstuurd\. Wacht \d+ seconden/,
    );
    // Anna launched the cycle a moment ago: a few tokens more reach her limit, whenever the minute began.
    for (let attempt = 1; attempt <= writesPerMinute + 1 && !(await tooMany.isVisible()); attempt += 1) {
      await page.getByLabel(/^Naam/).fill(`script ${attempt}`);
      await page.getByRole('button', { name: 'Token aanmaken' }).click();
      await expect
        .poll(
          async () => (await tooMany.isVisible()) || (await page.getByText(`script ${attempt}`).count()) > 0,
        )
        .toBe(true);
    }
    await expect.poll(() => tooMany.isVisible()).toBe(true);
    await system.screenshot(page, 'too-many-changes');
    expect(system.pageErrors).toEqual([]);
  });

  it('blocks a script slipped into the page', async () => {
    const page = await system.pageAs(leader);
    await page.goto(`${system.panelUrl}/cycles`);
    await page.addScriptTag({ content: 'window.slippedIn = true;' }).catch(() => undefined);
    expect(await page.evaluate('window.slippedIn')).toBeUndefined();
    await expect
      .poll(() => system.cspViolations.join('\n'))
      .toMatch(/CSP violation: script-src-elem blocked inline/);
  });
});
