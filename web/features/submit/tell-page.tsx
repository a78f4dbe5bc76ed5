// In progress: replaced by the feature's real page before it lands.
export function TellPage() {
  return <main id="main" className="page" />;
}
