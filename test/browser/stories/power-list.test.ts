// The built Storybook's 权责清单 stories (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/权责清单']);
