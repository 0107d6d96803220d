import type { Client } from '@temporalio/client';
import { mailSettings, type MailSettings } from '@leercyclus/config';
import { createRecordActivities, type Db } from '@leercyclus/db';
import { createMailActivities, type Mailer } from '@leercyclus/mail';
import { createMailPlanningActivities } from './mailPlanning.js';
import { createRoutingActivities } from './routing.js';

export interface MailDependencies {
  /** The mail server; without one, messages stay queued in the record until there is. */
  mailer?: Mailer;
  /** The sender, the Message-ID domain and where links point; the defaults for one machine when absent. */
  settings?: MailSettings;
}

/**
 * Every activity a Leercyclus worker registers, on one record and Temporal client: the record's writers, the
 * routing between processes, and sending e-mail. The worker process, the tests and the harness's tools share it.
 */
export function workerActivities(client: Client, db: Db, mail: MailDependencies = {}) {
  return {
    ...createRecordActivities(db),
    ...createRoutingActivities(client, db),
    ...createMailActivities(db, mail.mailer, mail.settings ?? mailSettings({})),
    ...createMailPlanningActivities(client, db),
  };
}
