import React from 'react';

// Like Docusaurus' code translations: a message by id, else the default written in the source.
// Tests of other languages load the plugin's locale file here (and clear it after).
export const codeTranslations: {messages: Record<string, string>} = {messages: {}};

function interpolate(message: string, values?: Record<string, unknown>): string {
  return message.replace(/\{(\w+)\}/g, (_, k) => (values && k in values ? String(values[k]) : `{${k}}`));
}
export function translate({id, message}: {id?: string; message: string}, values?: Record<string, unknown>): string {
  return interpolate((id && codeTranslations.messages[id]) || message, values);
}
export default function Translate({id, children, values}: {id?: string; children: string; values?: Record<string, React.ReactNode>}) {
  const message = (id && codeTranslations.messages[id]) || children;
  if (!values) return <>{message}</>;
  // Keep React nodes in values (like the real Translate) by splitting on placeholders.
  const parts = message.split(/(\{\w+\})/);
  return (
    <>
      {parts.map((p, i) => {
        const m = /^\{(\w+)\}$/.exec(p);
        return <React.Fragment key={i}>{m && m[1] in values ? values[m[1]] : p}</React.Fragment>;
      })}
    </>
  );
}
