// In progress: replaced by the feature's real page before it lands.
export function StaffApp() {
  return <main id="main" className="page" />;
}
