export default function work(text: string): string {
  return text;
}
