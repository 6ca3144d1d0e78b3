import type { RuleCategory } from '@gongkai/sdk/core';
import type { Strings } from '../util/lang.js';

export const STRINGS: Strings<
  'subject' | 'rules' | 'staff' | 'window' | 'name' | 'position' | 'basis' | 'photo' | 'photos' | RuleCategory
> = {
  'zh-CN': {
    subject: '办事纪律',
    rules: '办事纪律',
    staff: '挂牌上岗',
    window: '窗口',
    name: '姓名',
    position: '职务',
    basis: '依据',
    photo: '{name}的照片',
    photos: '照片',
    'first-inquiry': '首问负责',
    'one-time-notice': '一次性告知',
    'time-limit': '限时办结',
    badge: '挂牌上岗',
    prohibition: '禁止性规定',
    other: '其他',
  },
  en: {
    subject: 'Service rules',
    rules: 'Service rules',
    staff: 'Staff on duty',
    window: 'Window',
    name: 'Name',
    position: 'Position',
    basis: 'Basis',
    photo: 'Photo of {name}',
    photos: 'Photo',
    'first-inquiry': 'First contact answers',
    'one-time-notice': 'Told everything at once',
    'time-limit': 'Finished in time',
    badge: 'Staff named at the window',
    prohibition: 'Prohibited',
    other: 'Other',
  },
};
