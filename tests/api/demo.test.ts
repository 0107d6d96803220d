import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { ensureMailDelivery } from '@leercyclus/worker';
import { mailDeliveryScheduleId } from '@leercyclus/workflows';
import { pdfText } from '@leercyclus/reports/testing';
import { eventually, failureOf } from '../support/api.js';
import { people } from '../support/people.js';
import { useSystem } from '../support/system.js';

const { leader, coordinator, monitor, management: manager, administrator } = people;

describe('the demo programme, loaded through the API on an empty system', () => {
  const system = useSystem('devServer', { api: true, mail: {} });

  it("is for the installation's administrator only", async () => {
    const refused = await failureOf(system.api.as(monitor).demo.load.mutate());
    expect(refused.data?.code).toBe('FORBIDDEN');
    expect(await system.api.as(administrator).programmes.list.query()).toEqual([]);
  });

  it('builds a running cycle with sessions, questions, cases, an overdue checkpoint and an open escalation', async () => {
    // The demo gives its people (the development people) their parts in it.
    const loaded = await system.api.as(administrator).demo.load.mutate();
    expect(loaded.categories.length).toBeGreaterThanOrEqual(3);
    expect(loaded.sessionsRecorded).toBeGreaterThanOrEqual(6);
    const ref = { programmeId: loaded.programmeId, number: loaded.cycle.number };

    const programmes = await system.api.as(leader).programmes.list.query();
    expect(programmes.map((p) => [p.id, p.districts])).toEqual([[loaded.programmeId, ['West', 'Zuid']]]);

    const running = await eventually(
      () => system.api.as(leader).cycles.list.query({ status: 'running' }),
      (list) => list.length === 1,
    );
    expect(running[0]).toMatchObject({ workflowId: loaded.cycle.workflowId, districts: ['West', 'Zuid'] });

    const cycle = await system.api.as(leader).cycles.get.query(ref);
    expect(cycle.status).toBe('running');
    expect(Date.parse(cycle.startsOn)).toBeLessThan(Date.now() - 40 * 86_400_000);
    const held = cycle.occurrences.filter((o) => o.status === 'held');
    expect(held).toHaveLength(loaded.sessionsRecorded);
    expect(new Set(held.map((o) => o.district))).toEqual(new Set(['West', 'Zuid']));
    // Case codes only, never a name; each session brought in one of its district's cases.
    for (const session of held) {
      expect(session.record!.caseCodes).toHaveLength(1);
      expect(session.record!.caseCodes[0]).toMatch(session.district === 'West' ? /^W-\d{3}$/ : /^Z-\d{3}$/);
      expect(session.record!.attendance.swtProfessionals).toBeGreaterThan(0);
    }
    // Past sessions left to be recorded, as in a real week.
    expect(cycle.occurrences.some((o) => o.status === 'due' && o.kind === 'learningSession')).toBe(true);
    expect(new Set(cycle.questions.map((q) => q.category)).size).toBeGreaterThanOrEqual(3);
    expect(cycle.questions.find((q) => q.number === loaded.escalatedQuestion)?.status).toBe('escalated');

    const stats = await system.api.as(leader).cases.stats.query({ programmeId: loaded.programmeId });
    expect(stats.cases).toBe(loaded.cases.length);
    expect(stats.byDistrict).toEqual({ West: 2, Zuid: 2 });
    expect(stats.avoidedCost.closedCases).toBe(1);

    const overdue = await eventually(
      () => system.api.as(coordinator).checkpoints.overdue.query({ programmeId: loaded.programmeId }),
      (list) => list.length > 0,
    );
    expect(overdue).toEqual([
      expect.objectContaining({ title: loaded.overdueCheckpoint, owner: coordinator }),
    ]);
    // Due a week ago at 17:00: six or seven whole days, by the time of day now.
    expect([6, 7]).toContain(overdue[0]!.daysOverdue);

    const inbox = await eventually(
      () => system.api.as(manager).escalations.inbox.query({ table: loaded.table }),
      (items) => items.length > 0,
    );
    expect(inbox).toHaveLength(1);
    expect(inbox[0]).toMatchObject({
      status: 'open',
      source: {
        kind: 'cycleQuestion',
        processId: loaded.cycle.workflowId,
        questionNumber: loaded.escalatedQuestion,
      },
    });
  });

  it('ends with the overdue checkpoint’s reminder delivered to its owner, by name, by the delivery schedule', async () => {
    const ref = { programmeId: 'proeftuin-demo', number: 1 };
    const queued = await eventually(
      () => system.api.as(coordinator).mail.reminders.query(ref),
      (statuses) => Object.keys(statuses).length > 0,
    );
    expect(Object.values(queued).map((status) => status.state)).toEqual(['queued']);

    // As every worker does at start; triggered now rather than at the next minute.
    await ensureMailDelivery(system.env.client);
    await system.env.client.schedule.getHandle(mailDeliveryScheduleId).trigger();
    const all = await eventually(
      () => system.mail.received(),
      (messages) => messages.some((m) => m.subject.startsWith('Te laat')),
      30_000,
    );
    // Besides the reminder, the demo's escalated question told the table's members (a notice of their own).
    const received = all.filter((m) => !m.subject.startsWith('Nieuw op '));
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      to: 'Bram Jansen <bram@example.org>',
      subject: 'Te laat: evaluatie ‘Tussenevaluatie’',
    });
    expect(received[0]!.text).toContain('Beste Bram Jansen,');
    expect(received[0]!.text).toContain('/cycles/proeftuin-demo/1?tab=checkpoints#checkpoint-');
    const sent = await eventually(
      () => system.api.as(coordinator).mail.reminders.query(ref),
      (statuses) => Object.values(statuses).every((status) => status.state === 'sent'),
    );
    expect(Object.values(sent)).toEqual([expect.objectContaining({ state: 'sent', reason: null })]);
  });

  it('gives a cycle report whose figures are the panel’s, and an XLSX with dates as dates and numbers as numbers', async () => {
    const anna = system.api.as(leader);
    const ref = { programmeId: 'proeftuin-demo', number: 1 };
    const cycle = await anna.cycles.get.query(ref);
    const held = cycle.occurrences.filter((o) => o.status === 'held' && o.record !== null);
    const attendance = held.reduce((sum, o) => {
      const a = o.record!.attendance;
      return sum + a.swtProfessionals + a.partnerProfessionals + a.parentsOrGuardians;
    }, 0);
    // The report reads the record, which the worker writes a moment after the workflow: wait for it to agree.
    await eventually(
      () => anna.exports.sessions.query({ ...ref, format: 'csv' }),
      (file) => Buffer.from(file.base64, 'base64').toString().split(';gehouden;').length - 1 === held.length,
    );

    const report = await anna.reports.cycle.query(ref);
    const { text } = pdfText(Buffer.from(report.base64, 'base64'));
    expect(text).toMatch(new RegExp(`Gehouden bijeenkomsten\\s+${held.length}\\b`));
    expect(text).toMatch(new RegExp(`Aanwezigen in totaal\\s+${attendance}\\b`));
    const view = await anna.reports.cycleView.query(ref);
    const perCategory = view.document.chapters
      .find((chapter) => chapter.id === 'leervragen')!
      .blocks.find((block) => block.kind === 'table')!;
    const byCategory = await anna.agenda.byCategory.query({ programmeId: ref.programmeId });
    expect(perCategory.kind === 'table' && perCategory.rows.map((row) => Number(row[1]))).toEqual(
      expect.arrayContaining(byCategory.map((row) => row.questions)),
    );
    expect(perCategory.kind === 'table' && perCategory.rows.length).toBe(byCategory.length);

    const stats = await anna.cases.stats.query({ programmeId: ref.programmeId });
    const programme = pdfText(
      Buffer.from((await anna.reports.programme.query({ programmeId: ref.programmeId })).base64, 'base64'),
    ).text;
    expect(programme).toMatch(new RegExp(`Casussen\\s+${stats.cases}\\b`));
    const avoided = new Intl.NumberFormat('nl-NL').format(stats.avoidedCost.totalEur).replaceAll('.', '\\.');
    expect(programme).toMatch(new RegExp(`Vermeden kosten\\s+€\\s*${avoided}\\b`));

    const xlsx = await anna.exports.sessions.query({ ...ref, format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    const bytes = Buffer.from(xlsx.base64, 'base64');
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const sheet = workbook.getWorksheet('Bijeenkomsten')!;
    expect(sheet.rowCount).toBe(1 + cycle.occurrences.length);
    const rows = Array.from({ length: cycle.occurrences.length }, (_, index) => sheet.getRow(index + 2));
    expect(rows.every((row) => row.getCell(2).value instanceof Date)).toBe(true);
    const heldRows = rows.filter((row) => row.getCell(6).value === 'gehouden');
    expect(heldRows).toHaveLength(held.length);
    expect(heldRows.reduce((sum, row) => sum + (row.getCell(10).value as number), 0)).toBe(attendance);
  });

  it('refuses a second load, naming what the system already holds, and changes nothing', async () => {
    const before = await system.api.as(leader).cycles.get.query({ programmeId: 'proeftuin-demo', number: 1 });
    const refused = await failureOf(system.api.as(administrator).demo.load.mutate());
    expect(refused.data?.code).toBe('CONFLICT');
    expect(refused.message).toContain('programme proeftuin-demo');
    expect(refused.message).toContain('only into an empty system');
    const after = await system.api.as(leader).cycles.get.query({ programmeId: 'proeftuin-demo', number: 1 });
    expect(after.questions).toHaveLength(before.questions.length);
    expect(await system.api.as(leader).programmes.list.query()).toHaveLength(1);
  });
});
