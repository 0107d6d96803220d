import { describe, expect, it } from 'vitest';
import { mailSettings } from './mail.js';

describe('SMTP_URL, MAIL_FROM and where mail links point', () => {
  it('has no mail server and a local sender by default, linking to the API’s own address', () => {
    expect(mailSettings({})).toEqual({
      smtpUrl: undefined,
      from: 'Leercyclus <leercyclus@localhost>',
      domain: 'localhost',
      publicUrl: 'http://127.0.0.1:4000',
    });
  });

  it('takes the server, the sender with its domain, and PUBLIC_URL', () => {
    const settings = mailSettings({
      SMTP_URL: 'smtps://leercyclus:geheim@smtp.gemeente.nl:465',
      MAIL_FROM: 'Leercyclus Gemeente <Leercyclus@Gemeente.NL>',
      PUBLIC_URL: 'https://leercyclus.gemeente.nl',
    });
    expect(settings.smtpUrl?.href).toBe('smtps://leercyclus:geheim@smtp.gemeente.nl:465');
    expect(settings).toMatchObject({
      from: 'Leercyclus Gemeente <Leercyclus@Gemeente.NL>',
      domain: 'gemeente.nl',
      publicUrl: 'https://leercyclus.gemeente.nl',
    });
    expect(mailSettings({ MAIL_FROM: 'noreply@gemeente.nl' }).domain).toBe('gemeente.nl');
  });

  it('refuses a wrong value, naming its variable and never the password', () => {
    expect(() => mailSettings({ SMTP_URL: 'https://user:geheim@smtp.gemeente.nl' })).toThrow(
      /^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ address/,
    );
    expect(() => mailSettings({ SMTP_URL: 'https://user:geheim@smtp.gemeente.nl' })).not.toThrow(/geheim/);
    expect(() => mailSettings({ MAIL_FROM: 'Leercyclus' })).toThrow(/^MAIL_FROM must be an address/);
    expect(() => mailSettings({ PUBLIC_URL: 'https://leercyclus.gemeente.nl/panel' })).toThrow(/^PUBLIC_URL/);
  });
});
