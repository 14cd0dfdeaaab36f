// A server component: it imports a wrapper (the module says "use client", so Next renders it on the client too).
import { FocusAreas } from '@gentofte/ledelsesgrundlag/react/focus-areas';
import { ChosenTask } from './chosen-task';

export default function Page() {
  return (
    <main>
      <h1>Ledelsesgrundlaget</h1>
      <FocusAreas headingLevel="2" />
      <ChosenTask />
    </main>
  );
}
