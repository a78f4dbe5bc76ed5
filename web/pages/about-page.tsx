// In progress: replaced by the feature's real page before it lands.
export function AboutPage() {
  return <main id="main" className="page" />;
}
