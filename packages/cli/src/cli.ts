/** Command-line parsing and dispatch for `gongkai`. Returns the exit code; never calls process.exit. */
import { parseArgs } from 'node:util';
import { AMOUNT_UNITS, BUDGET_PHASES, DateTimeString, type AmountUnit, type Lang } from '@gongkai/sdk';
import { buildCommand } from './commands/build.js';
import { embedCommand } from './commands/embed.js';
import { harvestCommand } from './commands/harvest.js';
import { importCommand, type ImportOptions } from './commands/import.js';
import { previewCommand } from './commands/preview.js';
import { printCommand } from './commands/print.js';
import { validateCommand } from './commands/validate.js';
import { createOutput, type OutputStreams } from './output.js';

const HELP = {
  'zh-CN': `gongkai — 政务公开数据发布工具

用法：
  gongkai validate <数据源目录 | manifest.json | 数据集文件 | URL> [--json] [--as-of 2026-12-04]
      检查数据源中每个数据集；退出码 0 通过，1 有错误，2 无法读取；
      政务公开事项标准目录：未关联数据集的事项、逾期未更新的事项（按 --as-of 日期，缺省为清单日期）
  gongkai import budget <表格.xlsx|.csv> [--sheet 表名] [--department 部门] [--year 年度]
                        [--phase budget|adjusted|final] [--unit 万元] [--id 标识] [--out 文件]
      读取整本部门预算/决算（九张表：收支总表、支出总表、基本支出表……，空表连同说明）
  gongkai import three-public <“三公”经费表.xlsx|.csv> [--department 部门] [--year 年度] [--out 文件]
  gongkai import fees <表格.xlsx|.csv> [--id 标识] [--title 标题] [--out 文件]
  gongkai import guides <表格.xlsx> [--materials 材料.csv] [--id 标识] [--out 文件]
  gongkai import powers <权责清单.xlsx|.csv> [--department 部门] [--sheet 表名] [--id 标识] [--out 文件]
  gongkai import results|rules|ratings <表格.xlsx|.csv> [--department 部门] [--id 标识] [--out 文件]
      结果公示（发放名单、办件结果，自动去标识化）、办事纪律、“好差评”统计
  gongkai import catalogue <标准目录.xlsx|.csv> [--department 领域] [--sheet 表名] [--id 标识] [--out 文件]
      政务公开事项标准目录（两行表头，√ 与 ■/□ 标记，按领域标题行分组）
      把财政部门下发的表格导入为数据集；无法识别的行会逐行报告（表名、行号、原因）
      --updated 2026-03-01 写明数据更新日期；不写则为“未知”（表格本身不注明，不以导入当天代替）
  gongkai build <数据源目录> <发布目录>
      生成可直接上传的静态数据源（文件名含内容哈希），并把上一版本存档到 发布目录/archive/
  gongkai embed <数据源目录> --out <片段目录> [--src 数据源网址]
      每个数据集（每个指南、流程图）写出网页粘贴用的片段：组件标签内含数据的纯 HTML 文字版，
      脚本无法运行时（旧浏览器、脚本被拦截）访客仍可阅读
  gongkai preview <数据源目录> [--port 8090]
      在本机预览数据在组件中的显示效果
  gongkai print <数据源目录> --what guide:标识|fees|rules|powers [--paper A4|A3] [--landscape]
                [--screen 1080x1920] [--department 部门] [--out 海报.pdf|.html|.png]
      生成公开栏海报（办事程序、依据、收费标准、办结时限上墙），或电子公开屏画面
  gongkai harvest <发布单位名录.json> --out <汇聚目录> [--concurrency 8] [--per-host 4] [--view 链接模板]
                 [--pages-per-index 3000] [--max-datasets 5000]
      集约化平台：抓取所有发布单位的数据源（条件请求、哈希校验、保留上次有效版本），
      写出目录 catalogue.json 和更新与质量报告 report.json / report.html

选项：--lang en  英文输出；--help  显示帮助`,
  en: `gongkai — publishing tool for government disclosure data

Usage:
  gongkai validate <feed dir | manifest.json | dataset file | URL> [--json] [--as-of 2026-12-04]
      checks every dataset; exit 0 valid, 1 invalid, 2 could not read; a disclosure catalogue's
      entries linked to nothing and entries late (as of --as-of, by default the manifest's date)
  gongkai import budget <table.xlsx|.csv> [--sheet NAME] [--department NAME] [--year YEAR]
                        [--phase budget|adjusted|final] [--unit 万元] [--id ID] [--out FILE]
      reads a whole published budget (the nine tables; an empty one with its reason)
  gongkai import three-public <three-public.xlsx|.csv> [--department NAME] [--year YEAR] [--out FILE]
  gongkai import fees <table.xlsx|.csv> [--id ID] [--title TITLE] [--out FILE]
  gongkai import guides <table.xlsx> [--materials materials.csv] [--id ID] [--out FILE]
  gongkai import powers <power-list.xlsx|.csv> [--department NAME] [--sheet NAME] [--id ID] [--out FILE]
  gongkai import results|rules|ratings <table.xlsx|.csv> [--department NAME] [--id ID] [--out FILE]
      published results (payment lists, cases; de-identified), service rules, rating figures
  gongkai import catalogue <catalogue.xlsx|.csv> [--department 领域] [--sheet NAME] [--id ID] [--out FILE]
      a standard disclosure catalogue (two header rows, √ and ■/□ marks, one 领域 per title row)
      imports the finance bureau's spreadsheets; every row not understood is reported (sheet, row, reason)
      --updated 2026-03-01 says when the data was updated; without it, unknown (a sheet does not say, and
      the day of the import is not that date)
  gongkai build <feed dir> <out dir>
      writes a static feed (content-hashed file names) and archives the previous version in out/archive/
  gongkai embed <feed dir> --out <snippets dir> [--src FEED_URL]
      per dataset (guide, flowchart) the snippet to paste in a page: the element with the data as
      plain HTML inside, readable where the script cannot run (old browsers, scripts blocked)
  gongkai preview <feed dir> [--port 8090]
      serves the feed with the widgets on localhost
  gongkai print <feed dir> --what guide:ID|fees|rules|powers [--paper A4|A3] [--landscape]
                [--screen 1080x1920] [--department NAME] [--out poster.pdf|.html|.png]
      the notice-board poster (procedure, basis, fees, time limits), or a notice-screen image
  gongkai harvest <registry.json> --out <aggregate dir> [--concurrency 8] [--per-host 4] [--view TEMPLATE]
                 [--pages-per-index 3000] [--max-datasets 5000]
      for a province or city platform: harvests every publisher's feed (conditional GET, sha256,
      last good copy kept), writes catalogue.json and a freshness report (report.json, report.html)

Options: --lang en  English output; --help  this help`,
};

export async function run(argv: string[], streams?: OutputStreams): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        out: { type: 'string', short: 'o' },
        id: { type: 'string' },
        title: { type: 'string' },
        sheet: { type: 'string' },
        department: { type: 'string' },
        year: { type: 'string' },
        phase: { type: 'string' },
        unit: { type: 'string' },
        materials: { type: 'string' },
        updated: { type: 'string' },
        port: { type: 'string' },
        what: { type: 'string' },
        paper: { type: 'string' },
        landscape: { type: 'boolean' },
        screen: { type: 'string' },
        concurrency: { type: 'string' },
        'per-host': { type: 'string' },
        'pages-per-index': { type: 'string' },
        'max-datasets': { type: 'string' },
        view: { type: 'string' },
        src: { type: 'string' },
        'as-of': { type: 'string' },
      },
    });
  } catch (e) {
    createOutput('zh-CN', streams).err(`${(e as Error).message}\n\n${HELP['zh-CN']}`);
    return 2;
  }
  const {
    values: v,
    positionals: [command, ...rest],
  } = parsed;
  const lang: Lang = v.lang?.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
  const o = createOutput(lang, streams);
  const usage = (problem?: string) => {
    (problem ? o.err : o.out)(`${problem ? `${problem}\n\n` : ''}${HELP[lang]}`);
    return problem ? 2 : 0;
  };
  if (v.help || !command) return usage();

  switch (command) {
    case 'validate':
      if (v['as-of'] !== undefined && !DateTimeString.safeParse(v['as-of']).success)
        return usage(
          o.t(
            `--as-of 应为日期，例如 2026-12-04（收到“${v['as-of']}”）`,
            `--as-of must be a date such as 2026-12-04 (got "${v['as-of']}")`,
          ),
        );
      return rest[0]
        ? validateCommand(rest[0], { json: v.json, asOf: v['as-of'] }, o)
        : usage(o.t('缺少要检查的数据源', 'missing the feed to check'));
    case 'import': {
      const [what, file] = rest;
      const kinds = [
        'budget',
        'three-public',
        'fees',
        'guides',
        'powers',
        'results',
        'rules',
        'ratings',
        'catalogue',
      ] as const;
      if (!kinds.includes(what as (typeof kinds)[number]))
        return usage(o.t(`import 后应为 ${kinds.join('、')} 之一`, `import takes one of ${kinds.join(', ')}`));
      if (!file) return usage(o.t('缺少要导入的表格文件', 'missing the spreadsheet to import'));
      if (v.phase && !(BUDGET_PHASES as readonly string[]).includes(v.phase))
        return usage(o.t('--phase 应为 budget、adjusted 或 final', '--phase must be budget, adjusted or final'));
      if (v.unit && !(AMOUNT_UNITS as readonly string[]).includes(v.unit))
        return usage(o.t('--unit 应为 元、万元 或 亿元', '--unit must be 元, 万元 or 亿元'));
      if (v.year && !/^\d{4}$/.test(v.year))
        return usage(o.t('--year 应为四位年份', '--year must be a four-digit year'));
      if (v.updated !== undefined && !DateTimeString.safeParse(v.updated).success)
        return usage(
          o.t(
            `--updated 应为日期，例如 2026-03-01（收到“${v.updated}”）`,
            `--updated must be a date such as 2026-03-01 (got "${v.updated}")`,
          ),
        );
      const opts: ImportOptions = {
        what: what as ImportOptions['what'],
        file,
        out: v.out,
        id: v.id,
        title: v.title,
        sheet: v.sheet,
        department: v.department,
        year: v.year ? Number(v.year) : undefined,
        phase: v.phase as ImportOptions['phase'],
        unit: v.unit as AmountUnit | undefined,
        materials: v.materials,
        updated: v.updated,
      };
      return importCommand(opts, o);
    }
    case 'build':
      return rest[0] && rest[1]
        ? buildCommand(rest[0], rest[1], o)
        : usage(o.t('build 需要数据源目录和发布目录', 'build needs a feed folder and an output folder'));
    case 'embed':
      return rest[0] && v.out
        ? embedCommand(rest[0], { out: v.out, src: v.src }, o)
        : usage(o.t('embed 需要数据源目录和 --out 目录', 'embed needs a feed folder and --out'));
    case 'preview':
      return rest[0]
        ? previewCommand(rest[0], Number(v.port ?? 8090), o)
        : usage(o.t('缺少数据源目录', 'missing the feed folder'));
    case 'print': {
      if (!rest[0]) return usage(o.t('缺少数据源目录', 'missing the feed folder'));
      if (!v.what)
        return usage(
          o.t('缺少 --what（guide:标识、fees、rules 或 powers）', 'missing --what (guide:ID, fees, rules or powers)'),
        );
      const paper = (v.paper ?? 'A4').toUpperCase();
      if (paper !== 'A4' && paper !== 'A3') return usage(o.t('--paper 应为 A4 或 A3', '--paper must be A4 or A3'));
      const screen = v.screen?.match(/^(\d{3,4})x(\d{3,4})$/);
      if (v.screen && !screen)
        return usage(o.t('--screen 应为 宽x高，例如 1080x1920', '--screen must be WIDTHxHEIGHT, e.g. 1080x1920'));
      return printCommand(
        rest[0],
        {
          what: v.what,
          paper,
          landscape: v.landscape,
          screen: screen ? { width: Number(screen[1]), height: Number(screen[2]) } : undefined,
          department: v.department,
          out: v.out,
        },
        o,
      );
    }
    case 'harvest': {
      if (!rest[0] || !v.out)
        return usage(o.t('harvest 需要发布单位名录和 --out 目录', 'harvest needs a registry and --out'));
      const count = (x: string | undefined, digits = 3) =>
        x && new RegExp(`^\\d{1,${digits}}$`).test(x) && Number(x) > 0 ? Number(x) : undefined;
      const opts = {
        out: v.out,
        concurrency: count(v.concurrency),
        perHost: count(v['per-host']),
        pagesPerIndex: count(v['pages-per-index'], 7),
        maxDatasetsPerPublisher: count(v['max-datasets'], 7),
        view: v.view,
      };
      return harvestCommand(rest[0], opts, o);
    }
    default:
      return usage(o.t(`未知命令“${command}”`, `unknown command "${command}"`));
  }
}
