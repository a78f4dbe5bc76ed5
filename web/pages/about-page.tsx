// In progress: replaced by the feature's real page before it lands.
export function AboutPage(_props: Record<string, unknown>) {
  return <main id="main" className="page" />;
}
