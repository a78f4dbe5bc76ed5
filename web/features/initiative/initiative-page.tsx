// In progress: replaced by the feature's real page before it lands.
export function InitiativePage(_props: { slug: string }) {
  return <main id="main" className="page" />;
}
