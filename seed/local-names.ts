import type { SeedData, SeedNode } from "./seed-types";

/**
 * Chinese names (`localName`) for the Diyiqiang ecosystem of the sample data: the regions of
 * China, the Diyiqiang platform, its two chains and their stages, its member firms and the
 * Zhejiang government agencies. Like the English names they are invented (apart from the place
 * names); a firm's Chinese name is put together from the parts of its English one (place, brand,
 * product line), so adding them draws nothing from the seed's random numbers and changes no other
 * value of the data.
 */

const REGIONS: Record<string, string> = {
  "region:cn": "中国",
  "region:cn-zj": "浙江省",
  "region:cn-zj-hangzhou": "杭州市",
  "region:cn-zj-ningbo": "宁波市",
  "region:cn-zj-wenzhou": "温州市",
  "region:cn-zj-lucheng": "鹿城区",
  "region:cn-zj-ouhai": "瓯海区",
  "region:cn-zj-ruian": "瑞安市",
  "region:cn-zj-jinhua": "金华市",
  "region:cn-zj-wuyi": "武义县",
  "region:cn-zj-yiwu": "义乌市",
  "region:cn-zj-yongkang": "永康市",
  "region:cn-bj": "北京市",
  "region:cn-bj-chaoyang": "朝阳区",
  "region:cn-bj-haidian": "海淀区",
  "region:cn-sh": "上海市",
  "region:cn-js": "江苏省",
  "region:cn-js-wuxi": "无锡市",
  "region:cn-js-suzhou": "苏州市",
  "region:cn-gd": "广东省",
  "region:cn-gd-guangzhou": "广州市",
  "region:cn-gd-shenzhen": "深圳市",
  "region:cn-gd-foshan": "佛山市",
  "region:cn-gd-dongguan": "东莞市",
};

const NAMED_NODES: Record<string, string> = {
  "platform:diyiqiang": "第一枪集团",
  "chain:dyq-hardware": "永康五金产业链",
  "chain:dyq-footwear": "温州鞋业产业链",
  "stage:dyq-hardware-1": "钢材与合金原料",
  "stage:dyq-hardware-2": "压铸与冲压",
  "stage:dyq-hardware-3": "表面处理",
  "stage:dyq-hardware-4": "工具、锁具与合页装配",
  "stage:dyq-hardware-5": "品牌与分销",
  "stage:dyq-footwear-1": "皮革与材料",
  "stage:dyq-footwear-2": "鞋底与部件设计",
  "stage:dyq-footwear-3": "鞋面制作",
  "stage:dyq-footwear-4": "成鞋组装",
  "stage:dyq-footwear-5": "批发与出口",
  "agency:yongkang-commerce": "永康市商务局",
  "agency:yongkang-hardware-park": "永康五金产业园管理委员会",
  "agency:jinhua-hardware-association": "金华市五金行业协会",
  "agency:wenzhou-commerce": "温州市商务局",
  "agency:wenzhou-footwear-association": "温州市鞋革行业协会",
  "agency:ouhai-footwear-park": "瓯海鞋业产业园管理委员会",
  "agency:zhejiang-commerce": "浙江省商务厅",
};

/** Place names as firm names use them (without 市 / 区). */
const PLACES: Record<string, string> = {
  Yongkang: "永康", Wuyi: "武义", Jinhua: "金华", Yiwu: "义乌", Wenzhou: "温州", Ruian: "瑞安",
  Hangzhou: "杭州", Ningbo: "宁波", Shanghai: "上海",
};

const BRANDS: Record<string, string> = {
  Hengda: "恒达", Ruifeng: "瑞丰", Jinli: "金利", Xinhua: "新华", Tianyi: "天一", Huasheng: "华盛", Mingtai: "明泰",
  Yongxin: "永鑫", Dongfang: "东方", Baoli: "宝利", Kaiyuan: "开元", Hongtai: "宏泰", Shengda: "盛达", Jiahe: "嘉禾",
  Fuda: "富达", Haitian: "海天", Longsheng: "隆盛", Xingwang: "兴旺", Zhongyi: "中一", Jinma: "金马", Huayu: "华宇",
  Yuanda: "远大", Sanli: "三力", Dingxin: "鼎鑫", Taihe: "泰和", Guanghui: "光辉", Lianfa: "联发", Tongda: "通达",
  Jiecheng: "杰诚", Liangguang: "亮光", Meida: "美达", Weixing: "卫星", Anxing: "安兴", Boya: "博雅", Changsheng: "昌盛",
  Dexin: "德信", Fengyuan: "丰源", Guoxin: "国信", Hualong: "华龙", Jiayi: "嘉怡", Kangli: "康力", Lida: "立达",
  Minghui: "明辉", Nanfang: "南方", Qiangsheng: "强盛", Ruida: "瑞达", Shunfa: "顺发", Tianrun: "天润", Wanli: "万里",
  Xinyuan: "鑫源", Yida: "亿达", Zhengtai: "正泰", Baisheng: "百盛", Chenguang: "晨光", Feiyue: "飞跃", Hongyun: "鸿运",
  Jinding: "金鼎", Yinhe: "银河", Zhongxing: "中兴", Rongsheng: "荣盛",
};

const PRODUCTS: Record<string, string> = {
  "Steel Materials": "钢材", "Special Steel": "特钢", "Aluminium Alloy": "铝合金", "Zinc Alloy Materials": "锌合金材料",
  "Metal Materials": "金属材料", "Stainless Steel Strip": "不锈钢带", "Die Casting": "压铸", "Precision Stamping": "精密冲压",
  "Metal Forming": "金属成型", "Precision Casting": "精密铸造", Forging: "锻造", "Surface Treatment": "表面处理",
  "Precision Hinge": "精密合页", Lock: "锁业", "Door Hardware": "门业五金", "Power Tools": "电动工具", "Hand Tools": "手动工具",
  "Garden Tools": "园林工具", "Cabinet Hardware": "橱柜五金", "Security Door": "防盗门", "Hardware Trading": "五金贸易",
  "Tools Import & Export": "工具进出口", "Hardware Supply Chain": "五金供应链", "Hardware Distribution": "五金分销",
  Leather: "皮革", "Synthetic Leather": "合成革", "Shoe Materials": "鞋材", "Textile Materials": "纺织材料", Tannery: "制革",
  "Sole Design": "鞋底设计", "Shoe Upper": "鞋面", "Upper Stitching": "鞋面缝制", "Vamp Craft": "鞋帮工艺", Shoes: "鞋业",
  Footwear: "鞋业制品", "Leather Shoes": "皮鞋", "Casual Shoes": "休闲鞋", Boots: "靴业", "Footwear Trading": "鞋业贸易",
  "Shoes Import & Export": "鞋类进出口", "Footwear Wholesale": "鞋业批发", "Building Materials Supermarket": "建材超市",
  "Home Improvement Stores": "家装商场", "Department Stores": "百货", "Property Development": "房地产开发",
  "Hotel Management": "酒店管理", "Construction Engineering": "建筑工程",
};

const FIRM_NAME = /^(\S+) (\S+) (.+) Co\., Ltd\.$/;

/** The Chinese name of a Diyiqiang firm, from its English name; undefined if a part is not in the tables. */
export function chineseFirmName(name: string): string | undefined {
  const match = FIRM_NAME.exec(name);
  if (!match) return undefined;
  const [, place, brand, product] = match as unknown as [string, string, string, string];
  const parts = [PLACES[place], BRANDS[brand], PRODUCTS[product]];
  return parts.every((p) => p !== undefined) ? `${parts.join("")}有限公司` : undefined;
}

function localNameOf(node: SeedNode): string | undefined {
  if (node.label === "Region") return REGIONS[node.key];
  if (NAMED_NODES[node.key]) return NAMED_NODES[node.key];
  if (node.label === "Firm" && node.key.startsWith("firm:dyq-")) {
    const local = chineseFirmName(String(node.props["name"]));
    if (!local) throw new Error(`No Chinese name for the Diyiqiang firm ${node.key} (${String(node.props["name"])}): add its parts to seed/local-names.ts`);
    return local;
  }
  return undefined;
}

/** The data with `localName` on the nodes of the Diyiqiang ecosystem (placed right after `name`). */
export function withLocalNames(data: SeedData): SeedData {
  const nodes = data.nodes.map((node) => {
    const localName = localNameOf(node);
    if (!localName) return node;
    const { name, ...rest } = node.props;
    return { ...node, props: { name: name ?? null, localName, ...rest } };
  });
  return { nodes, relationships: data.relationships };
}
