/** A textarea that grows with its text, for the headline and standfirst (which may wrap). */
import { forwardRef, useImperativeHandle, useLayoutEffect, useRef, type KeyboardEvent } from 'react';

export interface AutoGrowTextareaProps {
  className: string;
  'aria-label': string;
  placeholder: string;
  value: string;
  maxLength: number;
  onChange(value: string): void;
  onKeyDown?(e: KeyboardEvent<HTMLTextAreaElement>): void;
}

export const AutoGrowTextarea = forwardRef<HTMLTextAreaElement, AutoGrowTextareaProps>(function AutoGrowTextarea(
  { onChange, value, ...props },
  forwarded,
) {
  const ref = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(forwarded, () => ref.current as HTMLTextAreaElement);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.height = 'auto';
    el.style.height = `${el.scrollHeight}px`;
  }, [value]);
  return <textarea ref={ref} rows={1} value={value} onChange={(e) => onChange(e.target.value)} {...props} />;
});
