import { useEffect, useState } from 'react';
import { Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormProblem, type Problem } from '../../components/FormProblem';
import { useSession } from '../../session/Session';
import { signInLocally } from '../../session/signInRequests';
import { useWaitText } from './useWaitText';

interface FieldErrors {
  email?: string;
  password?: string;
}

/** E-mail and password (`POST /auth/local`); a refusal says so without telling which of the two was wrong. */
export function LocalSignInForm() {
  const { t } = useTranslation();
  const { signedInNow } = useSession();
  const waitText = useWaitText();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<Problem | null>(null);
  const [pending, setPending] = useState(false);
  // Locked out after repeated failures: the button waits as long as the API said.
  const [lockedUntil, setLockedUntil] = useState<number | null>(null);
  useEffect(() => {
    if (lockedUntil === null) return;
    const timer = setTimeout(() => setLockedUntil(null), Math.max(0, lockedUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [lockedUntil]);

  async function submit() {
    const missing: FieldErrors = {
      ...(email.trim() ? {} : { email: t('signIn.emailMissing') }),
      ...(password ? {} : { password: t('signIn.passwordMissing') }),
    };
    setErrors(missing);
    if (missing.email || missing.password) return;
    setPending(true);
    setProblem(null);
    try {
      const result = await signInLocally(email.trim(), password);
      if (result.outcome === 'signedIn') {
        await signedInNow();
        return;
      }
      setPassword('');
      if (result.outcome === 'refused') {
        setProblem({ title: t('signIn.refusedTitle'), lines: [t('signIn.refused')] });
      } else if (result.outcome === 'lockedOut') {
        setLockedUntil(Date.now() + result.retryAfterSeconds * 1000);
        setProblem({
          title: t('signIn.refusedTitle'),
          lines: [t('signIn.lockedOut', { wait: waitText(result.retryAfterSeconds) })],
        });
      } else {
        setProblem({
          title: t('signIn.refusedTitle'),
          lines: [t('signIn.failed', { status: result.status })],
        });
      }
    } catch {
      setProblem({ title: t('signIn.refusedTitle'), lines: [t('errors.network')] });
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!pending) void submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm">{t('signIn.localIntro')}</Text>
        <FormProblem problem={problem} />
        <TextInput
          label={t('signIn.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
          error={errors.email}
          required
        />
        <PasswordInput
          label={t('signIn.password')}
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={errors.password}
          required
        />
        <Button type="submit" loading={pending} disabled={lockedUntil !== null}>
          {t('signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
