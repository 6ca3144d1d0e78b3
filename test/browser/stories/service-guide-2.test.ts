// The built Storybook's 办事指南 stories, part 2 of 2 (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/办事指南'], { part: 1, of: 2 });
