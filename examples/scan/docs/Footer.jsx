export function Footer() {
  return (
    <footer>
      {/* utm values are case-sensitive in GA4 reports */}
      <a href="https://example.com/?utm_source=website&utm_medium=referral&utm_campaign=Footer">Home</a>
      <a href={`${base}/docs?utm_source=website&utm_medium=referral&utm_campaign=footer`}>Docs</a>
    </footer>
  );
}
