// The built Storybook's 部门公开页 stories (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/部门公开页']);
