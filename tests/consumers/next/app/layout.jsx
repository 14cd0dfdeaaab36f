// No favicon of its own: an empty one, so the browser asks the server for none.
export const metadata = { title: 'Intranet (Next.js)', icons: { icon: 'data:,' } };

export default function RootLayout({ children }) {
  return (
    <html lang="da">
      <body>{children}</body>
    </html>
  );
}
