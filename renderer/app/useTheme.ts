/** Puts the chosen theme on <html data-theme>, following the system when set to "system". */
import { useEffect, useState } from 'react';
import { effectiveTheme, usePreferences } from '../stores/preferences.ts';

export function useTheme(): void {
  const theme = usePreferences((s) => s.settings?.theme);
  const [prefersDark, setPrefersDark] = useState(() => window.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false);
  useEffect(() => {
    const mq = window.matchMedia?.('(prefers-color-scheme: dark)');
    if (!mq) return;
    const onChange = () => setPrefersDark(mq.matches);
    mq.addEventListener('change', onChange);
    return () => mq.removeEventListener('change', onChange);
  }, []);
  useEffect(() => {
    document.documentElement.dataset.theme = effectiveTheme(theme, prefersDark);
  }, [theme, prefersDark]);
}
