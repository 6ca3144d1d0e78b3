// The built Storybook's 政务公开事项标准目录 stories (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/公开目录']);
