/**
 * Words the app itself says about an article, in the article's language, so a Persian story does not
 * read "Published ۱۹ آبان". Landmark names ("Related stories", …) stay in the site's language.
 */
interface ArticleStrings {
  by: string;
  published: string;
  updated: string;
  minutesRead: (minutes: number) => string;
}

const EN: ArticleStrings = {
  by: 'By',
  published: 'Published',
  updated: 'Updated',
  minutesRead: (m) => `${m} min read`,
};

const FA: ArticleStrings = {
  by: 'نوشتهٔ',
  published: 'انتشار:',
  updated: 'به‌روزرسانی:',
  minutesRead: (m) => `${new Intl.NumberFormat('fa').format(m)} دقیقه مطالعه`,
};

export function articleStrings(lang: string): ArticleStrings {
  return lang.split('-')[0] === 'fa' ? FA : EN;
}
