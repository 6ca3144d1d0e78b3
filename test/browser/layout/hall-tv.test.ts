// Every widget as a wall-TV panel, portrait and landscape (see check-hall.ts).
import { PANELS, SCREENS, checkHall } from './check-hall.js';

describe('hall screens: wall TV', function () {
  this.timeout(40_000);
  after(async () => (await import('@web/test-runner-commands')).setViewport({ width: 800, height: 600 }));
  for (const screen of SCREENS)
    for (const [tag, attrs] of PANELS) it(`<${tag}> ${screen.name}`, () => checkHall('tv', tag, attrs, screen));
});
