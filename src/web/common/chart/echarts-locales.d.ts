// ECharts ships its ES-module locale objects without declarations.
declare module 'echarts/lib/i18n/langTH.js' {
  const locale: Record<string, unknown>;
  export default locale;
}
declare module 'echarts/lib/i18n/langEN.js' {
  const locale: Record<string, unknown>;
  export default locale;
}
