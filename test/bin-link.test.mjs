// `npx gongkai` on a fresh clone: npm links the workspace's bin at install time, before anything is
// built, so the bin must be a committed file (packages/cli/bin/gongkai.js), not one in dist/.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('the gongkai command in the workspace', () => {
  it('is linked to the committed launcher and runs the built CLI', () => {
    const link = realpathSync(`${root}node_modules/.bin/gongkai`);
    assert.equal(link, realpathSync(`${root}packages/cli/bin/gongkai.js`));
    const r = spawnSync('npx', ['gongkai', '--help', '--lang', 'en'], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /gongkai validate/);
  });
});
