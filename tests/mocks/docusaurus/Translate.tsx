import React from 'react';

function interpolate(message: string, values?: Record<string, unknown>): string {
  return message.replace(/\{(\w+)\}/g, (_, k) => (values && k in values ? String(values[k]) : `{${k}}`));
}
export function translate({message}: {id?: string; message: string}, values?: Record<string, unknown>): string {
  return interpolate(message, values);
}
export default function Translate({children, values}: {id?: string; children: string; values?: Record<string, React.ReactNode>}) {
  if (!values) return <>{children}</>;
  // Keep React nodes in values (like the real Translate) by splitting on placeholders.
  const parts = children.split(/(\{\w+\})/);
  return (
    <>
      {parts.map((p, i) => {
        const m = /^\{(\w+)\}$/.exec(p);
        return <React.Fragment key={i}>{m && m[1] in values ? values[m[1]] : p}</React.Fragment>;
      })}
    </>
  );
}
