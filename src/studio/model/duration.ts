/** A span of seconds as an editor reads it: "11 min 20 s", "45 s". */
export function spokenDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${seconds % 60} s` : `${seconds} s`;
}
