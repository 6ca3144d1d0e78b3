// Every widget as a touch-kiosk panel, portrait and landscape (see check-hall.ts).
import { PANELS, SCREENS, checkHall } from './check-hall.js';

describe('hall screens: touch kiosk', function () {
  this.timeout(40_000);
  after(async () => (await import('@web/test-runner-commands')).setViewport({ width: 800, height: 600 }));
  for (const screen of SCREENS)
    for (const [tag, attrs] of PANELS) it(`<${tag}> ${screen.name}`, () => checkHall('kiosk', tag, attrs, screen));
});
