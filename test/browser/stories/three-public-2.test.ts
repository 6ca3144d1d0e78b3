// The built Storybook's “三公”经费 stories, part 2 of 2 (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/“三公”经费'], { part: 1, of: 2 });
