// fr-compromise ships TypeScript sources as its types, which fail under this project's strict settings;
// the evaluation scripts and benchmarks use only this much of its API.
declare module 'fr-compromise' {
  interface FrView {
    people(): FrView;
    places(): FrView;
    organizations(): FrView;
    json(options?: Record<string, unknown>): { text: string; offset?: { start: number; length: number } }[];
    out(format: string): unknown;
    text(): string;
  }
  const nlp: (text: string) => FrView;
  export default nlp;
}
