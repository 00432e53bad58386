/**
 * An English sentence that quotes a name (“…”), with each quoted name in a
 * <bdi>: an Arabic or Hebrew title then reads right to left inside its quotes
 * instead of dragging the closing quote and the words after it out of place.
 */
export function QuotedNames({ text }: { text: string }) {
  const parts = text.split(/(?<=“)([^“”]*)(?=”)/);
  return <>{parts.map((part, index) => (index % 2 === 1 ? <bdi key={index}>{part}</bdi> : part))}</>;
}
