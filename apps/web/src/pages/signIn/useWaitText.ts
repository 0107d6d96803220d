import { useTranslation } from 'react-i18next';

/** How long to wait, in words: seconds under two minutes, whole minutes (rounded up) beyond. */
export function useWaitText(): (seconds: number) => string {
  const { t } = useTranslation();
  return (seconds) => {
    const whole = Math.max(1, Math.ceil(seconds));
    return whole < 120
      ? t('signIn.seconds', { count: whole })
      : t('signIn.minutes', { count: Math.ceil(whole / 60) });
  };
}
