// The built Storybook's 部门预决算 stories, part 2 of 2 (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/部门预决算'], { part: 1, of: 2 });
