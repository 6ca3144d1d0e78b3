// The built Storybook's kiosk and feed stories (see check-stories.ts).
import { checkStories } from './check-stories.js';

await checkStories(['Widgets/触摸屏与电视墙', 'Widgets/数据源']);
