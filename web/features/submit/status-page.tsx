// In progress: replaced by the feature's real page before it lands.
export function StatusPage(_props: { reference: string }) {
  return <main id="main" className="page" />;
}
