# Error messages and notices from the core: what went wrong and what to do, for the person using Mend.
# Each message id must exist in every language with the same placeholders.
# A message names what to fix in her words: $label is a field's label (field-…), $what the
# thing she sent (what-…), $value a value she sent as these messages describe it (value-…).
# Technical detail from SQLite or the system ($detail) stays as it is, at the end.

## Words other messages use

err-labelled = { $label }：{ $message }
err-at = { $place }：{ $message }
err-in-file = { $name }，{ $place }：{ $message }
place-entry = 第 { $n } 条记录
place-reminder = 第 { $n } 个提醒
place-day = 第 { $n } 天
place-tag = 第 { $n } 个标签
place-day-tag = 第 { $n } 个日期标签
list-separator = { "、" }
list-and = { $rest }和{ $last }
clause-separator = { "；" }
sentence-gap = { "" }
quoted = “{ $text }”
import-quiet-hours-off = 关闭
long-date = { $year }年{ $month }月{ $day }日

## Values she sent, as the messages describe them

value-text = 文字“{ $text }”
value-nothing = 空值
value-list = 一个列表
value-object = 一个对象

## Fields, as the window labels them

field-date = 日期
field-location = 部位
field-exercise-kind = 运动类型
field-intensity = 强度
field-source = 来源
field-birth-date = 出生日期
field-delivery-type = 分娩方式
field-epidural = 硬膜外麻醉
field-breastfeeding = 哺乳
field-age-band = 年龄段
field-enabled = 开启
field-quiet-hours = 免打扰时段
field-close-to-tray = 在通知区域继续运行
field-start-at-login = 登录时启动 Mend
field-include-notes = 包括备注
field-paper = 纸张
field-start-date = 开始日期
field-end-date = 结束日期
field-baseline-week = 基线周
field-before = 截止日期
field-kind = 类型
field-retired = 已停用
field-reminder = 提醒
field-article = 文章
field-backup = 备份
field-on = 标记
field-sample-data = 示例数据模式
field-keychain = 在这台电脑上记住
err-secret-empty = 请先输入你的密码短语（或恢复码）。
field-chart = 图表
field-theme = 主题

## What she sent, as a whole

what-pain = 疼痛记录
what-exercise = 运动记录
what-calcium = 钙摄入记录
what-profile = 个人资料
what-reminder-settings = 提醒设置
what-quiet-hours = 免打扰时段
what-desktop-settings = 桌面设置
what-report-request = 报告请求
what-date-range = 日期范围
what-history-query = 历史记录查询
what-chart-request = 图表请求
what-date = 日期
what-day = 一天的记录
what-tag = 标签
what-day-tag = 某一天的标签
what-row = 一行

## Wrong input

err-expected-object = { $what }应当是一个带有字段名的对象。
err-unknown-field = { $what }中有未知字段“{ $key }”；只能包含：{ $allowed }。
err-date-required = 请填写{ $label }，格式为 YYYY-MM-DD。
err-date-form = { $label }必须是 YYYY-MM-DD 格式的日期，例如 { $example }。
err-date-not-written = “{ $text }”不是 YYYY-MM-DD 格式的日期。
err-date-not-real = { $text } 不是日历上真实存在的日期。
err-date-too-early = { $label }不能早于 { $earliest }。
err-date-too-late = { $label }不能晚于 { $latest }。
err-date-written = 日期必须写成 YYYY-MM-DD 格式。
err-date-after-today = 日期不能晚于今天（{ $today }）。
err-time = 时间必须写成 24 小时制的 HH:MM 格式，例如 07:30。
err-missing = { $rule }目前没有填写。
err-got = { $rule }收到的是：{ $value }。
err-required-one-of = 请填写{ $label }：可选值为 { $names }。
err-not-one-of = { $label }：{ $value } 不在可选值之中：{ $names }。
err-list-from = { $label }必须是一个列表，取值来自：{ $names }。
err-true-or-false = { $label }必须是 true 或 false，而不是{ $value }。
err-note-text = 备注必须是文字。
err-note-too-long = 备注太长了：共 { $count } 个字符；上限是 { $max } 个。
err-score = 疼痛评分必须是 0（不痛）到 10（能想象到的最痛）之间的整数。
err-minutes = 分钟数必须是 1 到 600 之间的整数。
err-mg = 钙必须是 1 到 5,000 之间的整数毫克数。
err-sleep = 睡眠必须是 0 到 24 之间的小时数，以半小时为单位（例如 6.5）。
err-sleep-half-hours = 睡眠以半小时为单位计算：{ $hours } 不是整小时或半小时；请填写例如 6 或 6.5。
err-mood = 心情必须是 0（非常低落）到 10（非常好）之间的整数。
err-interval = 间隔必须是 5 到 240 之间的整数分钟数。
err-history-days = 每页天数必须是 1 到 366 之间的整数。
err-snooze = 稍后提醒的时间必须是 1 到 1,440 之间的整数分钟数。
err-entry-id = 记录编号必须是正整数。
err-entry-kind = 记录类型必须是以下之一：{ $names }。
err-language = 语言必须是以下之一：{ $names }。
err-id-text = { $label }编号必须是文字。
err-flags-list = 警示信号必须是一个列表。
err-unknown-flag = 未知的警示信号“{ $flag }”；应当是清单中列出的征兆之一。
err-recover-action = 请选择“restore_backup”或“start_new”。
err-questions-text = 问题必须是文字。
err-questions-too-long = 问题太长了：共 { $count } 个字符；上限是 { $max } 个。
err-range-backwards = 结束日期 { $to } 早于开始日期 { $from }。
err-range-too-long = 日期范围最长只能是 20 年。
err-tag-name-empty = 标签名称不能为空：请写一个简短的名称，例如“理疗日”。
err-tag-name-too-long = 标签名称最多 { $max } 个字符；“{ $name }”有 { $count } 个。
err-tag-name-control = 标签名称不能包含换行、制表符或其他控制字符。
err-tag-name-text = 标签名称必须是文字，而不是{ $value }。
err-tag-id = 标签编号必须是正整数。
err-tag-retired = 标签“{ $name }”已停用，所以不能标记；请先恢复它。
err-no-tag-called = 你还没有名为“{ $name }”的标签；请先添加。
err-no-tag-id = 没有编号为 { $id } 的标签；它可能已在另一个窗口中被删除。
err-tag-exists = 你已经有一个名为“{ $name }”的标签了。
err-tag-exists-retired = 你已经有一个名为“{ $name }”的标签了。它已停用：请恢复它，而不是重新添加。
err-copy-kind = 只有运动和钙可以从前一天复制。
err-export-format = 导出格式必须是“json”或“csv”。
err-choose-import-file = 请先用“导入…”选择要导入的文件。
err-choose-sync-folder = 请先点击“选择文件夹…”，选好用于同步的文件夹。

## Things that are not there

err-nothing-to-copy = 前一天没有记录这类内容，所以没有可复制的。
err-no-entry = 没有编号为 { $id } 的{ $kind ->
    [pain] 疼痛
    [exercise] 运动
   *[calcium] 钙摄入
}记录；它可能已经被删除了。
err-no-reminder = 没有名为“{ $id }”的提醒。
err-no-article = 没有名为“{ $id }”的健康指南文章。

## Import files

err-import-empty = { $name } 是空的：没有可导入的内容。
err-import-not-text = { $name } 不是 Mend 导出的文件：它不是 UTF-8 文本。
err-import-too-large = { $name } 太大，无法导入（{ $size } MiB 或更大；上限是 { $max } MiB）。即使记录一辈子，Mend 导出的文件也小得多：请确认这是不是正确的文件。
err-import-not-a-file = { $name } 不是普通文件（而是文件夹、设备或管道）：请选择一个 Mend 导出的文件。
err-import-too-many = { $name } 包含超过 { $max } 条记录，比一辈子的记录还多：Mend 不会导入它。
err-json-invalid = { $name } 不是有效的 JSON（第 { $line } 行，第 { $column } 列）：{ $detail }。
err-json-not-mend = { $name } 不是 Mend 导出的文件：其中没有 "format": "mend" 标记。
err-json-newer = { $name } 是由更新版本的 Mend 写入的（文档版本 { $version }）；请更新 Mend 后再导入。
err-json-no-version = { $name } 没有有效的文档版本。
err-file-list = { $name }：{ $key } 必须是一个列表。
err-file-red-flag = { $name }，第 { $n } 个警示信号：应当包含一个日期和清单中列出的一个征兆。
err-entries-list = { $key } 必须是一个记录列表。
err-id-positive = id 必须是正整数。
err-timestamp = { $key } 必须是 RFC 3339 格式的时间戳。
err-csv = { $name }：{ $message }。
err-csv-at-line = { $name }，第 { $line } 行：{ $message }。
err-csv-row-length = 有一行有 { $len } 个字段，而表头有 { $expected } 个
err-csv-unknown-column = { $name }：未知的列“{ $column }”；Mend 的列是 { $columns }。
err-csv-missing-column = { $name }：缺少“{ $column }”列。
err-csv-at-cell = { $name }，第 { $line } 行，{ $column } 列：{ $message }
err-csv-kind = “{ $kind }”不是 pain、exercise、calcium、sleep、mood、tag 之一。
err-csv-id = “{ $id }”不是正整数。
err-csv-timestamp = “{ $text }”不是 RFC 3339 格式的时间戳。
err-csv-sleep-needs-hours = 睡眠行需要填写睡了几个小时。
err-csv-mood-needs-mood = 心情行需要填写 0 到 10 之间的心情分数。

## What an import did, or would do

import-entries = 已添加 { $pain } 条疼痛记录、{ $exercise } 条运动记录和 { $calcium } 条钙摄入记录；{ $duplicates } 条已经存在。
import-entries-dry = 将添加 { $pain } 条疼痛记录、{ $exercise } 条运动记录和 { $calcium } 条钙摄入记录；{ $duplicates } 条已经存在。
import-profile = 已设置个人资料。
import-profile-dry = 将设置个人资料。
import-red-flags = 已添加 { $count } 条警示信号记录。
import-red-flags-dry = 将添加 { $count } 条警示信号记录。
import-reminders = 已更改提醒：{ $list }。
import-reminders-dry = 将更改提醒：{ $list }。
import-quiet-hours = 已将免打扰时段设为 { $hours }。
import-quiet-hours-dry = 将把免打扰时段设为 { $hours }。
import-day-factors = 已设置 { $count } 个睡眠或心情数值。
import-day-factors-dry = 将设置 { $count } 个睡眠或心情数值。
import-tags = 已创建标签 { $names }。
import-tags-dry = 将创建标签 { $names }。
import-day-tags = 已为日期添加 { $count } 个标签。
import-day-tags-dry = 将为日期添加 { $count } 个标签。
reminder-change-off = { $title }：关闭
reminder-change-at = { $title }：开启，时间 { $time }
reminder-change-every = { $title }：开启，每 { $minutes } 分钟一次

## Backups, restore and recovery

err-no-data-folder = 这个存储没有数据文件夹（它只存在于内存中）。
err-sample-data-backups = 你正在浏览示例数据：备份和恢复只针对你自己的日记。请先离开示例数据。
err-nothing-to-recover = 数据文件完好无损；没有需要恢复的内容。
err-no-backup-to-restore = 没有通过 Mend 检查、可以恢复的备份。
err-backup-gone = 这份备份已经不在备份文件夹中了。
err-cannot-restore = 这个文件无法恢复：{ $reason }
err-no-backup-file = { $path } 处没有备份文件。
err-not-brought-up-to-date = 这个文件无法更新到当前版本；没有做任何更改。
damage-empty = 数据文件是空的（0 字节）：它可能被截断或覆盖了。
damage-not-sqlite = 数据文件不是 Mend 能读取的数据库：它可能被覆盖或损坏了。
damage-corrupt = 数据文件已损坏（SQLite 报告：{ $detail }）。
damage-too-new = 这些数据是由更新版本的 Mend 写入的（数据版本 { $found }；这个 Mend 最高只认识版本 { $supported }）。请更新 Mend 后再打开；没有做任何更改。
damage-foreign = 数据文件是另一个程序的数据库，不是 Mend 的。
damage-altered = 数据文件的结构被 Mend 以外的程序改动过（{ $detail }），所以 Mend 不信任它。
damage-not-a-file = 数据文件是一个链接、文件夹或设备，而不是文件；Mend 不会顺着它去别的地方。
damage-missing = 你的日记数据文件（mend.sqlite3）不见了，但{ $backups ->
    [0] 它的日志文件还在
   *[other] 还有 { $backups } 份它的备份
}。Mend 没有在它的位置上新建空白日记：请恢复最新的备份；如果你本来就想重新开始，也可以从头开始。

## Storage and other failures

err-storage-read-only = Mend 无法读写它的数据库：数据文件夹是只读的（{ $detail }）。没有做任何更改。请检查文件夹的权限，或者把 MEND_DATA_DIR 设为一个你可以写入的文件夹。
err-storage-disk-full = Mend 无法读写它的数据库：磁盘可能已满（{ $detail }）。没有做任何更改；请腾出一些空间后再试。
err-storage-busy = Mend 无法读写它的数据库：另一个 Mend 窗口或命令正在使用它（{ $detail }）。没有做任何更改；请稍后再试。
err-storage = Mend 无法读写它的数据库（{ $detail }）。你已有的记录是安全的；请再试一次，如果问题持续出现，请重新启动 Mend。
err-migration = Mend 无法准备它的数据库（{ $detail }）。
err-chart = Mend 无法绘制图表：{ $detail }。
err-report = Mend 无法生成报告 PDF：{ $detail }。你的记录是安全的；请再试一次，如果问题持续出现，请重新启动 Mend。
err-io = Mend 无法使用 { $path }：{ $detail }。
err-file-in-use = 另一个程序正打开着 { $path }，所以 Mend 无法替换它。请在那个程序（比如查看器或表格软件）里关掉它，然后再试一次（{ $detail }）。
err-autostart = Mend 无法更改登录时是否启动（{ $detail }）。其他设置都没有更改。

## Notices on the day

notice-calcium-above-ul = 钙摄入合计 { $total } mg，超过了你所在年龄段每天 { $ul } mg 的可耐受最高摄入量。食物和补充剂都计算在内。如果经常这样，请和你的医生谈谈。
notice-supplement-dose = 有一条补充剂记录为 { $mg } mg，超过了 { $dose } mg。单次摄入 { $dose } mg 或以下时，身体对钙的吸收最好；请咨询你的医生或药师该怎么服用。
notice-calcium-below-rda = 你最近 7 天的平均钙摄入低于推荐摄入量：在记录了钙的 { $days } 天里平均每天 { $avg } mg，而你所在年龄段的推荐摄入量是每天 { $rda } mg（美国和加拿大的参考值），食物和补充剂合计。
notice-own-rule = （这是 Mend 自己的规则，不是诊断。）
notice-pain-high-3-days = 你的疼痛评分已经连续 3 天在 7 分或以上。请尽快和你的医生谈谈。{ notice-own-rule }
notice-pain-rising = 你的 7 天平均疼痛分已经连续两周上升，从 { $from } 升到了 { $to }。可以考虑和你的医生谈谈。{ notice-own-rule }
notice-vigorous-after-caesarean = 你在剖宫产后 6 周内记录了剧烈运动。高强度运动和腹部运动可能需要等到 6 周或更久以后；请遵从医生的建议。
notice-no-improvement-12-weeks = 产后已经超过 12 周，你的疼痛还没有明显好转（7 天平均分 { $now }；刚开始记录时为 { $start }）。值得和你的医生谈谈。{ notice-own-rule }
notice-mention = 你记下了：{ $sign }。这在产后很常见，不属于紧急情况：请在下次就诊时提一下。盆底肌练习和盆底康复物理治疗师都能帮上忙。
notice-red-flag = { $action }你记下了：{ $noted }。

## The red-flag card (FACTS.md, "Red flags: what to do, and how fast")

card-action-emergency = 请立即拨打当地急救电话（中国大陆为 120）或去急诊。
card-action-urgent = 请立即联系你分娩医院的产科或你的医生。如果联系不上，请去急诊或拨打当地急救电话（中国大陆为 120）。
card-raised-epidural = 硬膜外麻醉或腰麻穿刺处附近腰背痛，同时又有发烧、感觉非常不舒服并发抖、麻木、无力或大小便变化：即使每一项单独看都不算严重，合在一起就属于危急情况，需要立即急救。
card-instinct = 相信你的直觉：如果觉得哪里严重不对劲，就去寻求帮助。
card-script = 我在{ $born }生的孩子，现在有这些情况：{ $signs }。
crisis-line-us = 在美国：拨打或发短信至 988（Suicide & Crisis Lifeline，自杀与危机生命线）。
crisis-line-uk = 在英国：拨打撒玛利亚会（Samaritans）热线 116 123。
crisis-line-cn = 在中国大陆：拨打 12356（全国统一心理援助热线，不一定 24 小时都有人接听）。
crisis-line-anywhere = 在任何地方：拨打当地急救电话（中国大陆为 120）。

## The signs to tick: as the list shows them, and as she would say them ("I am having …"), and the headings they are listed under

sign-group-bleeding_fever = 出血、发烧和感染
sign-group-head_chest = 头部、胸部和呼吸
sign-group-back_legs = 腰背和腿
sign-group-body = 腹部、肿胀和疲惫
sign-group-mind = 心理和情绪
sign-group-mention = 下次就诊时值得一提

sign-bleeding_faint = 大量出血（1 小时内浸透一片卫生巾，或有鸡蛋大小或更大的血块），同时感到要晕倒、头晕或心跳很快
sign-bleeding_faint-spoken = 大量出血并感觉要晕倒
sign-sepsis_skin = 皮肤、嘴唇或舌头发青、发灰、苍白或出现花斑（肤色较深的人，看手掌和脚底更容易发现）
sign-sepsis_skin-spoken = 皮肤或嘴唇发青发灰或有花斑
sign-sepsis_rash = 身上有皮疹，用玻璃杯压在上面滚动时也不褪色
sign-sepsis_rash-spoken = 用玻璃杯压也不褪色的皮疹
sign-fever = 体温达到 38 °C（100.4 °F）或更高，或者发冷、寒战
sign-fever-spoken = 发烧
sign-sepsis = 感觉非常不舒服、发抖，同时心跳很快
sign-sepsis-spoken = 发抖并且心跳很快
sign-discharge = 阴道分泌物（恶露）有难闻的臭味
sign-discharge-spoken = 阴道分泌物有臭味
sign-bleeding = 大量出血（1 小时内浸透一片卫生巾，或有鸡蛋大小或更大的血块），但没有要晕倒的感觉
sign-bleeding-spoken = 大量出血
sign-wound = 会阴伤口、剖宫产切口或其他伤口发红、发热、渗液或裂开
sign-wound-spoken = 伤口愈合不好
sign-chest_pain = 胸痛
sign-chest_pain-spoken = 胸痛
sign-breathing = 呼吸困难、气短或呼吸很快
sign-breathing-spoken = 呼吸困难
sign-seizure = 抽搐发作
sign-seizure-spoken = 抽搐
sign-fainting = 晕倒或失去知觉
sign-fainting-spoken = 晕倒
sign-sepsis_confused = 意识混乱、说话含糊不清或语无伦次
sign-sepsis_confused-spoken = 意识混乱或说话含糊不清
sign-sudden_headache = 突然发作、极其剧烈的头痛，是你从来没有过的那种痛
sign-sudden_headache-spoken = 突然发作的剧烈头痛
sign-headache = 吃药也不缓解的头痛，或者严重头痛伴有视力变化
sign-headache-spoken = 严重头痛
sign-spinal_headache = 做过硬膜外麻醉（无痛分娩）或腰麻后：坐起或站起时头痛加重
sign-spinal_headache-spoken = 坐起时加重的头痛
sign-vision = 视力变化（即使没有头痛）：看东西模糊、眼前闪光或有黑点
sign-vision-spoken = 视力变化
sign-dizziness = 头晕，但没有晕倒
sign-dizziness-spoken = 头晕
sign-racing_heart = 心跳很快，或者心慌、心脏怦怦直跳
sign-racing_heart-spoken = 心跳很快或心慌
sign-saddle_numbness = 两腿之间、臀部周围或外阴周围（“鞍区”）麻木或有针刺感
sign-saddle_numbness-spoken = 两腿之间麻木
sign-urine_retention = 新出现的排尿困难，或者感觉不到膀胱满了（没有尿意）
sign-urine_retention-spoken = 新出现的排尿困难
sign-incontinence = 新出现的大小便失控，同时有腰背痛或麻木（不是指咳嗽时漏一点尿）
sign-incontinence-spoken = 新出现的大小便失控
sign-leg_weakness = 双腿无力或麻木，或者腿部无力越来越严重
sign-leg_weakness-spoken = 双腿无力或麻木
sign-epidural_fever = 做过硬膜外麻醉（无痛分娩）或腰麻后（产后 6 周内）：穿刺处腰背痛，同时发烧、寒战或脖子发硬
sign-epidural_fever-spoken = 硬膜外麻醉穿刺处疼痛并伴有发烧或脖子发硬
sign-epidural_site = 做过硬膜外麻醉（无痛分娩）或腰麻后：穿刺处附近的腰背痛很严重或越来越重，或者穿刺处发热、发红或渗液
sign-epidural_site-spoken = 硬膜外麻醉穿刺处疼痛
sign-night_pain = 夜间或躺下时很严重的腰背痛
sign-night_pain-spoken = 夜间严重的腰背痛
sign-fall = 摔倒后出现的腰背痛
sign-fall-spoken = 摔倒后的腰背痛
sign-leg = 一条腿发红或肿胀，伴有疼痛或摸上去发热
sign-leg-spoken = 一条腿红肿
sign-belly_pain = 剧烈的肚子痛（腹痛），一直不缓解
sign-belly_pain-spoken = 剧烈腹痛
sign-rib_pain = 肋骨正下方疼痛
sign-rib_pain-spoken = 肋骨正下方疼痛
sign-vomiting = 严重的恶心或呕吐
sign-vomiting-spoken = 严重的恶心或呕吐
sign-swelling = 脸、手或脚突然肿起来
sign-swelling-spoken = 脸或手脚突然肿胀
sign-exhaustion = 极度疲惫，累到撑不住
sign-exhaustion-spoken = 极度疲惫
sign-harm_thoughts = 有伤害自己或宝宝的念头
sign-harm_thoughts-spoken = 有伤害自己或宝宝的念头
sign-psychosis = 看到或听到别人看不到、听不到的东西，坚信一些不真实的事情，或者突然情绪异常高涨、思维混乱
sign-psychosis-spoken = 情绪或思维突然变化
sign-numbness = 两腿之间或臀部周围麻木，或者腿部新出现麻木或无力
sign-numbness-spoken = 麻木
sign-bladder_bowel = 新出现的大小便控制问题
sign-bladder_bowel-spoken = 新出现的大小便问题
sign-leaking = 咳嗽、打喷嚏或提重物时漏一点尿
sign-leaking-spoken = 咳嗽时会漏一点尿

## Her notes in the sample data (a made-up recovery to explore Mend with)

demo-note-rough-night = 昨晚没睡好，抱宝宝抱了很多
demo-note-pram = 推着婴儿车散步
demo-note-milk = 一杯牛奶
demo-note-yogurt = 酸奶
demo-note-second-tablet = 不小心多吃了一片
demo-note-cheese = 奶酪和一杯奶昔

## 来自其他应用的文件（drip、Flaredown、Pain Tracker、她自己的 CSV）

err-import-unreadable = { $name } 不是 Mend 能读取的文件。Mend 能读取：它自己导出的 JSON 和 CSV、drip 的 drip-data.csv、Flaredown 导出的 CSV、Loop Habit Tracker 的 CSV 压缩包、Privacy Friendly Pain Diary 的备份、Pain Tracker 导出的 CSV、Bearable 导出的 CSV，以及任何带日期列的 CSV（需先说明哪一列是什么）。
err-import-needs-map = 这个 CSV 不是来自 Mend 认识的应用。请说明哪一列是什么，才能导入，例如：mend import FILE --map "date=日期,pain=背痛,format=DD/MM/YYYY"（可用的键：date、format、time、pain、note、calcium、sleep、mood、tag）。它的列：{ $columns }。
err-import-options = 无法理解这些导入选项：应为要略过的列和列的对应关系。
err-import-map-no-date = 请对应日期列：date=列名。
err-import-map-key = “{ $text }”不是列对应的写法；请用 { $keys }，写成 键=列名。
err-import-date-formats = “{ $text }”不是 Mend 认识的日期格式；请用以下之一：{ $formats }。
err-import-no-column = { $name } 没有“{ $column }”这一列；它的列：{ $columns }。
err-import-date = “{ $text }”不是按 { $format } 写的日期。
err-import-time = “{ $text }”不是按 HH:MM 写的时间。
err-import-score = “{ $text }”不是 0 到 10 的整数。
err-import-rating = “{ $text }”不是 0 到 { $max } 的评分。
err-import-loop-value = “{ $text }”不是 Loop 的取值（YES_MANUAL、YES_AUTO、NO、SKIP、UNKNOWN 或数字）。
err-import-yes-no = “{ $text }”不是“是”或“否”（true、false、yes、no、1 或 0）。
err-import-sleep = “{ $text }”不是 0 到 24 小时的睡眠时长（例如 7.5 或 7:30）。
import-source = { $app ->
    [CSV] 按你的列对应读取。
   *[other] 按 { $app } 导出的文件读取。
}
import-scale = { $app } 的 0–{ $max } 分评分“{ $column }”→ 0–10：×{ $factor }，四舍五入（{ $count } 个值；每条记录的备注保留原值）。
import-scale-left-out = { $app } 的 0–{ $max } 分评分“{ $column }”不导入。
import-not-imported = 以下内容 Mend 不记录，不会导入：{ $list }。
import-not-imported-item = { $what }（{ $count }）
import-origin = 来自 { $app }
import-origin-scaled = 来自 { $app }，{ $max } 分中的 { $value } 分
import-note-with-origin = { $note }（{ $origin }）
import-other-places = 其他部位：{ $places }。
import-drip-tag = { $flag ->
    [backache] 背痛
    [happy] 开心
    [sad] 难过
    [stressed] 有压力
    [balanced] 平和
    [fine] 还好
    [anxious] 焦虑
    [energetic] 精力充沛
    [fatigue] 疲惫
    [angry] 生气
   *[other] 其他情绪
}
import-skip-drip = { $what ->
    [temperature] 体温（月经周期数据）
    [bleeding] 出血（月经周期数据）
    [mucus] 宫颈黏液（月经周期数据）
    [cervix] 宫颈（月经周期数据）
    [desire] 性欲（月经周期数据）
    [sex] 性生活（月经周期数据）
    [notes] 备注（Mend 的备注要跟着一次疼痛记录）
    [pain-other] 其他疼痛症状
   *[other] 其他内容
}
import-skip-foods = 食物
import-skip-weather = 天气
import-skip-habit-notes = “{ $habit }”上的备注
import-skip-notes-alone = 没有疼痛评分那天的备注
place-table-row = { $table }，第 { $n } 行
import-skip-condition = 当天感觉（0–4 分的状况评分）
import-skip-qualities = 疼痛性质
import-skip-times = 疼痛时段
import-skip-regions = 其他身体部位
import-skip-no-level = 没有疼痛程度的日记
import-skip-medication = 用药
import-skip-bearable-mood = 情绪（Bearable 的评分标准没有公开说明）

## 日记加密
err-locked = 这本日记已上锁：请先用你的密码短语或恢复码解锁。
err-wrong-passphrase = 这个密码短语无法解锁这本日记。请检查大写锁定键（Caps Lock）和键盘布局后重试；没有做任何更改。
err-wrong-recovery-code = 这个恢复码无法解锁这本日记。请与你保存的恢复码核对；没有做任何更改。
err-not-a-recovery-code = 恢复码共六组，每组由四个大写字母或数字组成，例如 ABCD-EF23-GH45-JK67-MN89-PQRS。
err-key-file-damaged = 日记的密钥文件（mend-key.json）已损坏或不是 Mend 的文件（{ $detail }），因此无法解锁日记。如果你有密钥文件的副本，请把它放回原处；没有做任何更改。
err-other-key = { $path } 是用另一本日记的密钥加密的，或者不是 Mend 的文件：无法用这本日记的密钥读取。没有做任何更改。
err-passphrase-short = 密码短语至少要有 { $min } 个字符：最好用几个你记得住的词。
err-passphrase-long = 这个密码短语太长了；最多 1024 个字符。
err-not-encrypted = 这本日记没有用密码短语上锁。
err-already-encrypted = 这本日记已经用密码短语上锁了；如需更改密码短语，请使用“更改密码短语”。
err-recover-first = 请先恢复你的日记（见数据恢复页面），然后再上锁。
err-copy-not-converted = { $file } 无法解密，因此日记仍保持加密，其他内容也没有做任何更改。请把这个文件移出数据文件夹后重试。
err-diary-in-use = 另一个 Mend（窗口或命令）正在使用你的日记。请先关闭它，再重试；没有做任何更改。
err-keychain = 无法使用这台电脑的钥匙串（{ $detail }）。请改用你的密码短语。
err-idle-minutes = 自动上锁前的闲置分钟数必须是 1 到 { $max } 之间的整数。
damage-other-key = 日记的数据文件无法用它的密钥打开：文件已损坏，或被换成了另一本日记的文件。请恢复备份或重新开始；原文件会保留下来。

## 与她的其他电脑同步
err-sync-phrase-short = 同步口令至少要有 { $min } 个字符。每台电脑上都要输入同一个同步口令。
err-sync-wrong-phrase = 这个同步口令打不开你的其他电脑放在这个文件夹里的文件。请输入你在第一台电脑上设置的同步口令；没有做任何更改。
err-sync-key-file = 这个文件夹里电脑 { $device } 的同步密钥文件已损坏，因此无法打开这个文件夹。没有做任何更改。
err-sync-folder = Mend 无法使用 { $path } 作为同步文件夹。请选择由你的同步服务（Syncthing、Nextcloud、Dropbox、iCloud 云盘、OneDrive）保持同步的文件夹。
err-sync-change = 来自另一台电脑的一项更改无法识别（{ $key }），已跳过。
err-sync-off = 同步还没有开启。请先选择一个文件夹（在“设置 → 与我的其他电脑同步”中，或运行 mend sync --folder 目录）。
err-sync-device = 这不是通过这个同步文件夹同步的另一台电脑。
err-sync-not-own = 同步只针对你自己的日记：请先离开示例数据（或先恢复你的日记）。
sync-problem-unreachable = 无法访问同步文件夹（可能是磁盘没有连接，或者文件夹被移动了）。你的日记在这台电脑上安然无恙；Mend 稍后会再次尝试同步。
sync-problem-partial = { $file } 还在传输中（同步服务尚未传完的文件），传完后就会读取。
sync-problem-conflict-copy = { $file } 是同步服务生成的冲突副本；Mend 不会读取它，也不会因此丢失任何内容（每台电脑只写入自己的文件）。
sync-problem-stray = { $file } 不是 Mend 的同步文件，已原样保留。
sync-problem-unreadable = 无法读取 { $file }（{ $detail }）：它已损坏、不完整，或是用另一个同步口令生成的。已跳过这个文件，其余内容已同步。
sync-problem-newer = { $file } 是由更新版本的 Mend 写入的。请在这台电脑上更新 Mend，才能读取它；在此之前不会丢失任何内容。
sync-problem-changes = { $file }：有 { $detail } 项更改未通过 Mend 的检查，已跳过；其余更改已应用。
sync-problem-another-key = { $file } 所属的那台电脑是用另一个同步密钥设置的。请在那台电脑上用这个文件夹的同步口令重新设置同步。
sync-problem-unwritable = Mend 无法写入 { $file }（{ $detail }）：你的更改会先保留在这台电脑上，下次同步时再发送。请确认这个文件夹属于你，并且磁盘没有写满。
