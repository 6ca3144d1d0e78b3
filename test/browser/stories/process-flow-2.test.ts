// The built Storybook's 审批流程图 stories, part 2 of 2 (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/审批流程图'], { part: 1, of: 2 });
