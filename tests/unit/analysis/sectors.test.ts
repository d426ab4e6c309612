import { describe, expect, it } from 'vitest';
import { matchSectorTitle, sectionPath, sectorOfSection, sectorOfTask, sectorOfTitle, sectionsById, taskSectors } from '../../../src/lib/analysis/sectors';
import { section, task, dataset } from './fixture';

describe('matchSectorTitle', () => {
  it.each([
    ['经济社会发展主要预期目标', '目标'],
    ['坚持链群协同、固本兴新，加快推进新型工业化步伐', '产业'],
    ['加快建设现代化产业体系，在培育发展新质生产力上求突破。', '产业'],
    ['坚持扩大内需、挖潜增效，巩固拓展高质量发展良好态势', '投资消费'],
    ['全力以赴推动“三驾马车”协同发力', '投资消费'],
    ['坚持产城融合、有机更新，精心塑造花园城市初步形态', '城市'],
    ['聚力推进新型城镇化，在打造宜居、韧性、智慧城市上求突破', '城市'],
    ['坚持强县兴镇、强村富民，加速向现代化农业强市迈进', '乡村'],
    ['致力改革创新,点燃城乡融合发展新引擎', '改革开放创新'],
    ['聚焦塑造发展新动能新优势，切实做强科技创新硬核支撑', '改革开放创新'],
    ['坚定不移推动绿色低碳发展，在绘就美丽新画卷上求突破', '生态'],
    ['务实重行保障和改善民生，在增强群众获得感幸福感安全感上求突破', '民生'],
    ['坚持民有所盼、政有所为，让老百姓过上更好的日子', '民生'],
    ['聚焦建设高水平“平安湖北”，着力统筹发展和安全', '安全治理'],
    ['致力共同缔造,构建城乡基层治理新格局', '安全治理'],
    ['全面加强政府自身建设', '政府建设'],
  ])('%s → %s', (title, sector) => {
    expect(matchSectorTitle(title)).toBe(sector);
  });

  it('lets the keyword that comes first decide when a title names two areas', () => {
    expect(matchSectorTitle('聚焦强化区域协同融通，促进城市和产业集中高质量发展')).toBe('城市');
    expect(matchSectorTitle('促进产业和城市融合')).toBe('产业');
  });

  it('returns null for a title with no policy keyword', () => {
    expect(matchSectorTitle('2023年工作安排')).toBeNull();
    expect(matchSectorTitle('')).toBeNull();
  });
});

describe('sectorOfTitle', () => {
  it('says 其他 instead of null', () => {
    expect(sectorOfTitle('2023年工作安排')).toBe('其他');
    expect(sectorOfTitle('办好十件民生实事')).toBe('民生');
  });
});

describe('sectorOfSection', () => {
  const sections = [
    section({ id: 'd/s1', title: '2023年工作安排', level: 1 }),
    section({ id: 'd/s2', title: '致力工业强市,开创产业化升级新局面', level: 2, parentId: 'd/s1' }),
    section({ id: 'd/s3', title: '加快项目建设。', level: 3, parentId: 'd/s2', kind: 'lead' }),
    section({ id: 'd/s4', title: '其他事项', level: 1 }),
  ];
  const byId = sectionsById(sections);

  it('falls through a bare chapter to the sub-section that names the area', () => {
    expect(sectorOfSection('d/s3', byId)).toBe('产业');
    expect(sectorOfSection('d/s1', byId)).toBe('其他');
  });

  it('lets the chapter decide before its sub-sections', () => {
    const nested = sectionsById([section({ id: 'c', title: '坚持生态优先、绿色发展', level: 1 }), section({ id: 's', title: '推进工业节能降碳', level: 2, parentId: 'c' })]);
    expect(sectorOfSection('s', nested)).toBe('生态');
  });

  it('says 其他 when no title on the path classifies, or the section is unknown', () => {
    expect(sectorOfSection('d/s4', byId)).toBe('其他');
    expect(sectorOfSection('missing', byId)).toBe('其他');
    expect(sectorOfSection(null, byId)).toBe('其他');
  });

  it('survives a parent cycle in broken data', () => {
    const loop = sectionsById([section({ id: 'a', title: 'x', parentId: 'b' }), section({ id: 'b', title: '生态', parentId: 'a' })]);
    expect(sectionPath('a', loop).map((s) => s.title)).toEqual(['生态', 'x']);
    expect(sectorOfSection('a', loop)).toBe('生态');
  });

  it('puts main-target tasks under 目标 and livelihood items under 民生 wherever they sit', () => {
    expect(sectorOfTask({ category: 'target', sectionId: 'd/s2' }, byId)).toBe('目标');
    expect(sectorOfTask({ category: 'livelihood', sectionId: null }, byId)).toBe('民生');
    expect(sectorOfTask({ category: 'task', sectionId: 'd/s2' }, byId)).toBe('产业');
  });

  it('maps every task of a dataset', () => {
    const ds = dataset({ sections, tasks: [task({ id: 'd/t1', sectionId: 'd/s3' }), task({ id: 'd/t2', sectionId: 'd/s4' })] });
    expect([...taskSectors(ds)]).toEqual([
      ['d/t1', '产业'],
      ['d/t2', '其他'],
    ]);
  });
});
