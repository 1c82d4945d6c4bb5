# 就诊报告（PDF）。
# 每个消息 id 都必须在每种语言中存在，且占位符相同。
# 数字由代码写好后传入（$count “1,250”）；$n 是同一个数，英文用它选单复数，中文只有一种形式。

pdf-title = 腰背痛、运动和钙：就诊摘要
pdf-pdf-title = { pdf-title }（{ $from } 至 { $to }）
pdf-made = 由 Mend 根据我自己的记录于 { $date } 生成。这不是病历。

## 关于这份报告

pdf-about = 关于这份报告
pdf-dates-key = 日期
pdf-dates = { $from } 至 { $to }（共 { $n ->
   *[other] { $count }
} 天）
pdf-birth-key = 分娩
pdf-vaginal = 顺产
pdf-caesarean = 剖宫产
pdf-epidural = 用了硬膜外麻醉
pdf-since-birth-key = 产后
pdf-since-birth = 到这段时间结束时（{ $date }）为产后 { $n ->
   *[other] { $count }
} 周
pdf-feeding-key = 喂养
pdf-breastfeeding = 母乳喂养

## 摘要表

pdf-summary = 摘要
pdf-summary-table = 这段时间的疼痛、运动和钙，以及用来对照的目标
pdf-in-range = 这段时间
pdf-compared = 对照
pdf-of-days = { $n } 天中有 { $k } 天
pdf-pain-section = 疼痛，0 到 10 分（每天按当天各次记录的平均值计）
pdf-pain-days = 记录了疼痛的天数
pdf-first-days = 基线：{ $kind ->
    [birth] 产后最早 { $n } 个记录日
    [chosen] 你选定的那一周中 { $n } 个记录日
   *[first] 最早 { $n } 个记录日
}，{ $span }
pdf-last-days = 最近 { $n } 个记录日的平均，{ $span }
pdf-baseline = 基线
pdf-change = 从基线到最近的变化
pdf-change-points = { $points } 分
pdf-change-percent = { $points } 分（{ $percent }%）
pdf-better = 明显好转
pdf-worse = 明显加重
pdf-no-change = 没有明显变化
pdf-change-too-few = 从你的基线到最近 { $n } 个记录日的变化
pdf-too-few = 天数太少，无法比较（记录了 { $logged } 天，需要 { $needed } 天）¹
pdf-exercise-section = 运动
pdf-exercise-days = 有运动的天数
pdf-weekly-mean = 每周平均²
pdf-minutes = { $n ->
   *[other] { $count }
} 分钟
pdf-target = 目标：每周 { $target } 分钟
pdf-full-weeks = 达到 { $target } 分钟或以上的完整周²
pdf-weeks-of = { $n ->
   *[other] { $count }
} 周中有 { $k } 周
pdf-no-full-week = 这段时间没有完整的一周
pdf-calcium-section = 钙，食物和补充剂合计（年龄 { $ages }）³
pdf-ages-older = 51 岁及以上
pdf-calcium-days = 记录了钙的天数
pdf-rda-days = 达到或超过推荐量的天数
pdf-rda = 推荐量：每天 { $mg } 毫克
pdf-ul-days = 超过上限的天数
pdf-ul = 上限：每天 { $mg } 毫克
pdf-doses = 超过 { $mg } 毫克的补充剂单次剂量
pdf-best-absorbed = 每次 { $mg } 毫克或以下吸收最好
pdf-no-days-logged = 没有记录
pdf-k-of-days = { $n ->
   *[other] { $count }
} 天中有 { $k } 天
pdf-note-rule = ¹ Mend 判断明显好转或加重的规则：{ clear-change-rule }。无论报告涵盖哪段时间，你的基线都一样：{ $baseline }。用基线之后最近 { $n } 个记录日和它比较。
pdf-baseline-none = 还没有（还没有可以用来计算的疼痛记录）
pdf-note-weeks = ² 每周从周一到周日。每周平均是这段时间里每 7 天的运动分钟数，所以两端不满一周的部分按实际天数计算；只有完整的周才和目标比较（《美国人身体活动指南》，2018）。
pdf-note-weeks-part = ² 每周从周一到周日。每周平均是这段时间里每 7 天的运动分钟数，所以两端不满一周的部分按实际天数计算（这段时间有 { $n ->
   *[other] { $count }
} 个不满一周的部分）；只有完整的周才和目标比较（《美国人身体活动指南》，2018）。
pdf-note-calcium = ³ 年龄 { $ages } 的推荐膳食供给量（推荐量）和上限，包括孕期和哺乳期，是美国和加拿大的参考值（美国医学研究院，2011）；中国的参考值（中国营养学会《中国居民膳食营养素参考摄入量》）与此不同，请以你的医生或营养师的建议为准。补充剂剂量：美国国立卫生研究院膳食补充剂办公室。

## 警示症状、提示、问题

pdf-warning-signs = 勾选过的警示症状
pdf-none-in-range = 这段时间没有。
pdf-level-emergency = 危急
pdf-level-urgent = 紧急
pdf-level-mention = 就诊时提一下
pdf-flag-day = 【{ $level }】{ $signs }
pdf-notices = Mend 的提示
pdf-notices-lead = 这些只是 Mend 自己的规则，不是诊断：每一条都建议和医生谈谈。
pdf-insights = 哪些因素与较好或较差的日子同时出现
pdf-insights-lead = 每一天都和它前后几天相比，所以几周来的恢复不会被当成某个因素的作用。这只说明哪些情况同时出现，不能说明是什么造成的。
pdf-notice = 从 { $date } 起（共 { $days } 天）：{ $message }
pdf-questions = 我想问的问题

## 图表

pdf-charts = 图表
pdf-chart-pain = 疼痛，0 到 10 分
pdf-chart-exercise = 运动，每周分钟数
pdf-chart-calcium = 钙，每天毫克数
pdf-chart-alt = 图表：{ $title }

## 记录和页脚

pdf-notes = 我的备注
pdf-no-notes = 这段时间没有备注。
pdf-footer = 就诊摘要，{ $from } 至 { $to }。由 Mend 于 { $made } 生成；不是病历。
pdf-page = 第 { $page } 页，共 { $pages } 页

## 无法生成报告时

pdf-end-before-start = 结束日期 { $to } 早于开始日期 { $from }。
pdf-no-entries = { $from } 到 { $to } 之间没有任何记录，无法生成报告。请选择有记录的时间段。
pdf-needs-font = Mend 需要中文字体才能生成中文报告：请安装 Noto Sans CJK SC（fonts-noto-cjk），或把报告语言切换为英文。
pdf-needs-font-windows = Mend 需要中文字体才能生成中文报告。Windows 自带微软雅黑；如果找不到它，请在“设置 → 时间和语言 → 语言和区域”中添加“中文(简体，中国)”，或在“设置 → 应用 → 可选功能”中添加“中文(简体)补充字体”。也可以把报告语言切换为英文。
pdf-needs-font-macos = Mend 需要中文字体才能生成中文报告。macOS 自带苹方（PingFang SC）；如果找不到它，请打开“字体册”，重新启用或恢复苹方。也可以把报告语言切换为英文。

## 恢复码页（上锁时她打印或保存的 PDF）
sheet-title = Mend：我的日记恢复码
sheet-what = 如果我忘了密码短语，可以用这个恢复码解锁我的 Mend 日记。
sheet-how = 用它设置新的密码短语：在 Mend 的解锁页面选择“使用恢复码”；或者运行：mend passphrase --recovery-code 恢复码
sheet-keep = 请把这张纸像备用钥匙一样，妥善保管在远离电脑的地方。任何人拿到这个恢复码和这台电脑，都能读取日记。
sheet-lost = 如果密码短语和这个恢复码都没有了，谁都打不开这本日记，连 Mend 也不行。
sheet-made = 制作于 { $date }。
lock-code-file-name = mend-恢复码.pdf
