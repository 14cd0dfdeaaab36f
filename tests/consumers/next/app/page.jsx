// A server component: the framework's text comes in the server's HTML (a prerendered snippet of the package, with
// its declarative shadow root), and the wrappers' modules — "use client" — are imported here too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FocusAreas } from '@gentofte/ledelsesgrundlag/react/focus-areas';
import { ChosenTask } from './chosen-task';

// read when the page is built (a static page): the package's dist/html/, as installed
const focusAreas = readFileSync(join(process.cwd(), 'node_modules/@gentofte/ledelsesgrundlag/dist/html/focus-areas.da.html'), 'utf8');

export default function Page() {
  return (
    <main>
      <h1>Ledelsesgrundlaget</h1>
      {/* the text in the HTML; the element upgrades in place once the wrapper's module has registered it */}
      <div id="prerendered" dangerouslySetInnerHTML={{ __html: focusAreas }} suppressHydrationWarning />
      <h2>Med React-indpakningen</h2>
      <FocusAreas headingLevel="3" />
      <ChosenTask />
    </main>
  );
}
