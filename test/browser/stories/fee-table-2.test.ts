// The built Storybook's 收费项目表 stories, part 2 of 2 (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/收费项目表'], { part: 1, of: 2 });
