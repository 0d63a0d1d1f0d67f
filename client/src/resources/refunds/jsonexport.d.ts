// jsonexport (a react-admin dependency, used by its default exporter) ships no types.
declare module 'jsonexport/dist' {
  interface JsonExportOptions {
    /** The columns, in this order (others follow). */
    headers?: string[];
    rowDelimiter?: string;
  }
  type Callback = (error: Error | null, csv: string) => void;
  function jsonExport(data: object | object[], options: JsonExportOptions, callback: Callback): void;
  function jsonExport(data: object | object[], callback: Callback): void;
  export default jsonExport;
}
