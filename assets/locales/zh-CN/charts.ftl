# 图表的标题、坐标轴、图例和图旁的文字摘要；图表下方的“哪些情况和好转或加重的日子一起出现”。
# 每个消息 id 都必须在每种语言中存在，且占位符相同。
# 数字由代码写好后传入（$value “4.3”，$mg “1,000”），所以各语言的数字完全一样。

## 图例

chart-legend-highest = 当天最高
chart-legend-mean = 当天平均
chart-legend-average = 7 天平均
chart-legend-baseline = 基线 { $value }（{ $span }）
chart-legend-better = 明显好转
chart-legend-worse = 明显加重
chart-legend-minutes = 当周分钟数
chart-legend-goal = 目标：每周 { $minutes } 分钟
chart-legend-below = 未达标
chart-legend-at-or-above = 达到或超过
chart-legend-recommended = 推荐量 { $mg } 毫克
chart-legend-upper-limit = 上限 { $mg } 毫克
chart-legend-over = 超过上限
# 产后 6 周处的虚线。
chart-marker-six-weeks = 产后 6 周

## 坐标轴

chart-axis-pain = 疼痛（0–10）
chart-axis-minutes = 每周分钟数
chart-axis-calcium = 每天毫克数
chart-axis-weeks-after-birth = 产后周数
chart-axis-date = 日期
chart-axis-week-starting = 每周起始日
chart-axis-date-weeks = 日期（产后第 { $from } 至 { $to } 周）
chart-week = 第{ $week }周

## 摘要

chart-span-days = { $n } 天
chart-span-weeks = { $n } 周
chart-span-months = { $n } 个月
chart-pain-none = 这段时间没有疼痛记录。
chart-pain-average = { $span }来，疼痛平均值{ $trend ->
    [fell] 从 { $from } 降到了 { $to }
    [rose] 从 { $from } 升到了 { $to }
   *[same] 基本没变（从 { $from } 到 { $to }）
}。
chart-pain-too-few = 记录还不够，算不出 7 天平均（一周内需要有 3 天的记录）。
chart-pain-logged = { $days } 天中有 { $logged } 天做了记录。
# 她自己的基线，无论显示哪段时间。$kind：birth（产后）、chosen（她选定的一周）或 first（没有分娩日期）。
baseline-named = { $value }，即{ $kind ->
    [birth] 你产后最早 { $n } 个记录日
    [chosen] 你选定的那一周中 { $n } 个记录日
   *[first] 你最早 { $n } 个记录日
}的平均值（{ $span }）
chart-pain-baseline = 你的基线：{ $baseline }。
chart-pain-clear = 从 { $date } 起比基线{ $direction ->
    [better] 明显好转
   *[worse] 明显加重
}。按 Mend 的规则：{ clear-change-rule }。
clear-change-rule = 与基线相比变化达到 30% 或以上，且至少 1 分，大约是研究中的患者认为“明显好转”的变化幅度（Farrar 等，2001）
chart-exercise-none = 这段时间没有运动记录。
chart-exercise = { $weeks } 周里平均每周运动 { $mean } 分钟，其中 { $met } 周达到了 { $goal } 分钟的目标。
chart-calcium-none = 这段时间没有钙的记录。
chart-calcium = 在记录了钙的 { $logged } 天中，有 { $met } 天达到了 { $rda } 毫克的推荐量。{ $over ->
    [0] 没有一天
    [1] 有一天
   *[other] 有 { $over } 天
}超过了 { $ul } 毫克的上限。推荐量和上限是美国和加拿大的参考值（美国医学研究院，2011年）；中国的参考值不同，请以你的医生或营养师的建议为准。

## 表格的列

chart-column-date = 日期
chart-column-highest = 最高
chart-column-mean = 平均
chart-column-average = 7 天平均
chart-column-week-starting = 每周起始日
chart-column-minutes = 分钟
chart-column-calcium = 钙（毫克）

## 哪些情况和好转或加重的日子一起出现

insight-label-exercise = 前一天的运动
insight-label-calcium = 钙
insight-label-sleep = 睡眠
insight-label-mood = 心情
insight-with-exercise-any = 在前一天有运动的日子
insight-with-exercise = 在前一天运动超过 { $median } 分钟的日子
insight-with-calcium-any = 在记录了钙的日子
insight-with-calcium = 在记录的钙超过 { $median } 毫克的日子
insight-with-sleep = 在前一晚睡了超过 { $median } 小时的日子
insight-with-mood = 在心情高于 { $median } 的日子
insight-with-tag = 在标记了“{ $tag }”的日子
insight-not-enough = { $label }：数据还不够（{ $n } / { $min } 天）。
insight-means = { $phrase }，你的疼痛平均为 { $with }（{ $nwith } 天），其他日子为 { $without }（{ $nwithout } 天）；与前后几天相比
insight-lower = 低 { $size }
insight-higher = 高 { $size }
insight-under = 不到 0.1
insight-same = 差不多
insight-none = 没有差别
insight-clear = { $means }：{ $said }。{ insight-not-cause }
insight-clear-range = { $means }：{ $said }（{ $lower ->
    [yes] 低
   *[no] 高
} { $near } 至 { $far }）。{ insight-not-cause }
insight-unclear-collapsed = { $means }：{ $said }，暂时看不出明显差别。{ insight-not-cause }
insight-unclear = { $means }：{ $said }，{ $same ->
    [yes] {""}
   *[no] 但
}可能的范围（{ $from } 至 { $to }）包含“没有差别”，暂时看不出明显差别。{ insight-not-cause }
insight-not-cause = 这只说明哪些情况同时出现，不能说明是什么造成的。
insight-mostly-trend = 你的疼痛主要是在跟着恢复的进程变化；日常因素的影响暂时还很难看出来。
