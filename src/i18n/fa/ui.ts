import type { UiStrings } from '../en/ui';
import { persianNumber as num } from './digits';

/** Persian (Farsi): the whole interface catalogue of en/ui.ts, for a Persian newsroom. */
export const fa: UiStrings = {
  lang: 'fa',
  dir: 'rtl',

  skipToMain: 'پرش به محتوای اصلی',
  siteSections: 'بخش‌ها',
  allSections: 'همهٔ بخش‌ها',
  breadcrumb: 'مسیر صفحه',
  sectionsIn: (name) => `بخش‌های ${name}`,

  header: {
    searchLandmark: 'جست‌وجو در سایت',
    searchLabel: 'جست‌وجوی خبرها',
    searchPlaceholder: 'جست‌وجو',
    searchButton: 'جست‌وجو',
    settings: 'تنظیمات خواندن',
  },
  footer: {
    latest: 'تازه‌ترین خبرها',
    shortcuts: 'میان‌برهای صفحه‌کلید',
    elsewhere: 'ما را دنبال کنید',
  },

  settings: {
    textSize: 'اندازهٔ متن',
    textSizes: ['خیلی کوچک', 'کوچک', 'معمولی', 'بزرگ', 'خیلی بزرگ'],
    theme: 'پوسته',
    themes: { system: 'مطابق سیستم', light: 'روشن', dark: 'تیره', sepia: 'کاغذی' },
    font: 'قلم',
    fonts: { serif: 'سریف', sans: 'بدون سریف' },
    notStored: 'این مرورگر تنظیمات را نگه نمی‌دارد (شاید در حالت خصوصی هستید): تا بستن صفحه اعمال می‌شوند.',
  },

  shortcuts: {
    title: 'میان‌برهای صفحه‌کلید',
    search: 'جست‌وجو',
    next: 'خبر بعدی فهرست',
    previous: 'خبر قبلی فهرست',
    help: 'نمایش همین میان‌برها',
    close: 'بستن این پنجره',
    closeButton: 'بستن',
  },

  rails: {
    latest: 'تازه‌ترین خبرها',
    mustRead: 'خواندنی‌ها',
    related: 'خبرهای مرتبط',
    moreLatest: 'خبرهای تازهٔ بیشتر',
    loading: (title) => `در حال بارگیری ${title}…`,
  },

  home: {
    topStories: 'خبرهای اصلی',
    loading: 'در حال بارگیری صفحهٔ اول…',
    what: 'صفحهٔ اول',
  },

  article: {
    loading: 'در حال بارگیری خبر…',
    what: 'این خبر',
    share: 'هم‌رسانی',
    linkCopied: 'پیوند رونوشت شد',
    copyLink: 'این پیوند را رونوشت کنید',
    save: 'ذخیره برای خواندن بی‌اینترنت',
    saved: 'ذخیره شد',
    saveFailed: 'خبر ذخیره نشد. دوباره امتحان کنید.',
    saveNoSpace: 'فضای کافی روی این دستگاه برای ذخیرهٔ خبر نیست. یکی از خبرهای ذخیره‌شده را بردارید و دوباره امتحان کنید.',
    saveBlocked: 'این مرورگر اجازهٔ ذخیرهٔ خبر را نداد (حالت خصوصی ممکن است مانع شود).',
    backToTop: 'بازگشت به بالا',
    latestWhat: 'تازه‌ترین خبرها',
    mustReadWhat: 'فهرست خواندنی‌ها',
  },

  lists: {
    loading: 'در حال بارگیری خبرها…',
    storyCount: (n) => `${num(n)} خبر`,
    newStories: (n) => `${num(n)} خبر تازه`,
    showNew: 'نمایش',
    topic: 'موضوع',
    topicTitle: (name) => `موضوع: ${name}`,
    latestTitle: 'تازه‌ترین خبرها',
    latestDescription: 'تازه‌ترین خبرها، همان‌طور که منتشر می‌شوند.',
    categoryDescription: (name) => `تازه‌ترین خبرهای ${name}.`,
    authorDescription: (name) => `خبرهای ${name}.`,
    tagDescription: (name) => `خبرهایی دربارهٔ ${name}.`,
    pageTitle: (title, page) => `${title} (صفحهٔ ${num(page)})`,
    emptyCategory: 'هنوز خبری در این بخش نیست.',
    emptyAuthor: 'هنوز خبری از این نویسنده نیست.',
    emptyTag: 'هنوز خبری با این موضوع نیست.',
    emptyLatest: 'هنوز خبری منتشر نشده است.',
    pagination: 'صفحه‌ها',
    newer: '→ تازه‌تر',
    older: 'قدیمی‌تر ←',
    pageOf: (page, count) => `صفحهٔ ${num(page)} از ${num(count)}`,
    cachedAsOf: 'بی‌اینترنت: خبرها تا {time}.',
  },

  search: {
    title: 'جست‌وجو',
    titleFor: (query) => `جست‌وجو: ${query}`,
    description: (site) => `جست‌وجو در همهٔ خبرهای ${site}.`,
    form: 'جست‌وجو و پالایش',
    label: 'جست‌وجوی خبرها',
    section: 'بخش',
    allSections: 'همهٔ بخش‌ها',
    searching: 'در حال جست‌وجو…',
    more: 'نمایش نتیجه‌های بیشتر',
    none: (query) => `هیچ خبری با «${query}» پیدا نشد.`,
    count: (n, query) => `${num(n)} خبر با «${query}» پیدا شد.`,
    countAtLeast: (n, query) => `دست‌کم ${num(n)} خبر با «${query}» پیدا شد.`,
    unavailable: 'جست‌وجو الان در دسترس نیست. اگر به اینترنت وصل نیستید، پس از وصل شدن دوباره امتحان کنید.',
  },

  saved: {
    title: 'ذخیره برای خواندن بی‌اینترنت',
    description: 'خبرهای ذخیره‌شده روی این دستگاه.',
    intro: 'خبرهایی که ذخیره می‌کنید با تصویرهایشان روی این دستگاه می‌مانند و بی‌اینترنت هم باز می‌شوند.',
    unreadable: 'خبرهای ذخیره‌شده از حافظهٔ این دستگاه خوانده نشدند.',
    refused: 'انجام نشد: حافظهٔ دستگاه این تغییر را نپذیرفت.',
    damaged: 'بخشی از داده‌های ذخیره‌شده روی این دستگاه آسیب دیده بود و کنار گذاشته شد. ذخیرهٔ دوباره آن را درست می‌کند.',
    empty: 'هنوز چیزی ذخیره نشده است. در هر خبر «ذخیره برای خواندن بی‌اینترنت» را بزنید.',
    savedAt: (when) => `ذخیره شده در ${when}`,
    remove: 'برداشتن',
    removeOne: (title) => `برداشتن «${title}»`,
    removeAllAsk: (n) => `هر ${num(n)} خبر ذخیره‌شده برداشته شوند؟`,
    removeAllYes: 'بله، همه برداشته شوند',
    removeAllNo: 'نگهشان دار',
    removeAll: 'برداشتن همه',
  },

  offline: {
    banner: 'به اینترنت وصل نیستید. {saved} و خبرهایی که به‌تازگی خوانده‌اید همچنان در دسترس‌اند.',
    bannerSavedLink: 'خبرهای ذخیره‌شده',
    title: 'به اینترنت وصل نیستید',
    notSaved: 'این خبر روی این دستگاه ذخیره نشده است و تا وصل شدن دوباره باز نمی‌شود.',
    available: 'در دسترس بی‌اینترنت',
    howToSave: 'خبرهایی که با «ذخیره برای خواندن بی‌اینترنت» ذخیره کنید، در صفحهٔ {saved} می‌آیند.',
    savedLink: 'خبرهای ذخیره‌شده',
  },

  feeds: {
    sectionDescription: (section, site) => `تازه‌ترین خبرهای ${section} در ${site}.`,
  },

  notFound: {
    title: 'صفحه پیدا نشد',
    description: 'این صفحه پیدا نشد.',
    text: 'این صفحه را پیدا نکردیم. شاید جابه‌جا شده یا نشانی آن اشتباه نوشته شده است.',
    frontPage: 'رفتن به صفحهٔ اول',
    latest: 'تازه‌ترین خبرها',
  },

  errors: {
    couldNotLoad: (what) => `${what} بارگیری نشد.`,
    thisPage: 'این صفحه',
    tryAgain: 'دوباره امتحان کنید',
    generic: 'هنگام نمایش این صفحه مشکلی پیش آمد.',
    notFound: 'این صفحه پیدا نشد.',
    network: 'به خبرگزاری دسترسی نداریم. اتصال خود را بررسی کنید.',
    timeout: 'پاسخ خبرگزاری بیش از اندازه طول کشید.',
    http: (status) => `خبرگزاری با خطا پاسخ داد (HTTP ${status ?? '?'}).`,
    unreadable: 'داده‌ای که خبرگزاری فرستاد خوانا نبود.',
    crashTitle: 'مشکلی پیش آمد',
    crashText: 'این صفحه به مشکلی غیرمنتظره برخورد.',
  },

  pwa: {
    install: 'نصب',
    newVersion: 'نسخهٔ تازه‌ای آماده است',
    reload: 'بارگیری دوباره',
    later: 'بعداً',
  },

  loading: 'در حال بارگیری…',
};
