import type { Problem } from '../model/problems';

/** The pipeline's messages about one field, right under it; `id` lets the field name them as its description. */
export function FieldMessages({ id, problems }: { id: string; problems: readonly Problem[] }) {
  if (problems.length === 0) return null;
  return (
    <ul id={id} className="studio-messages">
      {problems.map((p) => (
        <li key={p.text}>{p.message}</li>
      ))}
    </ul>
  );
}

/** The props a field takes to be described by its messages and marked invalid. */
export function describedBy(id: string, problems: readonly Problem[], hint?: string): { 'aria-describedby'?: string; 'aria-invalid'?: true } {
  const ids = [problems.length > 0 ? id : null, hint ?? null].filter(Boolean).join(' ');
  return { ...(ids ? { 'aria-describedby': ids } : {}), ...(problems.length > 0 ? { 'aria-invalid': true as const } : {}) };
}
