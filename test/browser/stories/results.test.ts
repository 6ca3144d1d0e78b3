// The built Storybook's 结果公示, 办事纪律 and 监督与评价 stories (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/结果公示', 'Widgets/办事纪律', 'Widgets/监督与评价']);
