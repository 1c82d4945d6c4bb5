# 窗口中的文字（简体中文）。页面（ui/index.html）用 data-l10n-id 标记每个元素（其中的英文
# 是缺少译文时的后备）；其余文字由各视图通过 ui/lib/i18n.js 的 t() 生成。这里的每个 id 都必须
# 与英文 ui.ftl 一一对应，占位符和属性相同（由 src-tauri/core/tests/i18n.rs 检查）。

## 页面：页眉、各个界面、对话框（按页面顺序）

skip-to-content = 跳到主要内容
nav-today = 今天
nav-trends = 趋势
nav-history = 历史记录
nav-guidance = 健康指南
nav-settings = 设置
nav-screens =
    .aria-label = 界面
profile-open = 我的资料
demo-banner-title = 示例数据。
demo-banner-text = 你正在浏览一段虚构的 16 周恢复过程。这里的内容都不是你的，现在记录的任何内容也不会保存到你自己的日记中。
demo-back = 回到我自己的数据
today-title = 今天
today-title-earlier = 之前的某一天
day-prev = ‹
    .aria-label = 前一天
day-to-log = 要记录的日期
day-next = ›
    .aria-label = 后一天
day-today = 今天
pain-title = 腰背痛记录
pain-question = 现在疼得有多厉害？
pain-anchor-low = 0 · 不痛
pain-anchor-high = 10 · 能想象到的最痛
pain-where = 哪里痛？
optional = （可选）
field-time = 时间
field-note = 备注
pain-note =
    .placeholder = 什么有帮助，什么让它更痛…
pain-save = 保存记录
cancel-editing = 取消编辑
exercise-title = 运动
exercise-kind = 类型
exercise-minutes = 分钟
exercise-intensity = 强度
exercise-note =
    .placeholder = 例如：推着婴儿车散步
exercise-save = 添加运动
same-as-yesterday = 和昨天一样
calcium-title = 钙
calcium-quick-milk = 一杯牛奶 · 约 300 mg
    .data-quick-note = 一杯牛奶（250 ml）
calcium-quick-yogurt = 酸奶 · 约 400 mg
    .data-quick-note = 一盒原味酸奶（225 g）
calcium-quick-cheese = 奶酪 · 约 300 mg
    .data-quick-note = 切达奶酪（40 g）
calcium-quick =
    .aria-label = 常见分量（食物）
calcium-mg = 毫克
calcium-source = 来源
calcium-note =
    .placeholder = 例如：早餐时
calcium-save = 添加钙
totals-title = 今天到目前为止
factors-title = 你的一天
sleep-label = 睡眠
sleep-hours = （小时）
sleep-input =
    .placeholder = 例如 6.5
sleep-save = 保存睡眠
sleep-hint = 前一晚睡了几个小时，以半小时为单位；留空后保存即可清除。
mood-label = 心情
mood-clear = 清除
tags-legend = 我的标签
tags-empty = 标签是你自己为某一天设定的“是或否”记号，比如去做了理疗，或者坐了很久的车。可以在“管理标签”中添加。
tags-manage = 管理标签
tags-new = 新标签
tags-new-input =
    .placeholder = 例如：用了婴儿背带
tags-add = 添加标签
tags-list =
    .aria-label = 我的标签
tags-none = 还没有标签。
tags-retired-hint = 停用的标签会在历史记录中保留它标记过的日子，但这里不再提供。恢复后即可再次使用。
notices =
    .aria-label = 提示
red-flag-title = 今天有以下情况吗？
red-flag-hint = 勾选符合的情况。无论你的疼痛评分是多少，这些情况都需要马上求助。
mention-legend = 值得在下次就诊时提一下
red-flag-rules = Mend 的检查和提示只是它自己的规则，不是诊断。请参阅
red-flag-see-clinician = 什么时候需要就医
sentence-end = 。
entries-title = 记录
trends-title = 趋势
trends-intro = 你的腰背在好转吗？每张图表都附有简短的总结，并可以表格形式查看数据。
range-2-weeks = 2 周
range-3-months = 3 个月
range-1-year = 1 年
range-all = 全部
trends-range =
    .aria-label = 时间范围
chart-pain-title = 腰背痛
chart-show-table = 以表格显示
chart-exercise-title = 每周运动
chart-calcium-title = 每日钙摄入
trends-markers = 变化标记显示疼痛明显好转或加重的地方：7 天平均值比你的基线变化了 30% 或以上，且至少 1 分，大约是研究中的患者认为“明显好转”的变化幅度（Farrar 等，2001）。你的基线是产后最早 7 个记录日的平均值（没有分娩日期时，是最早 7 个记录日的平均值），无论你选择哪段时间都一样；疼痛图表会写明是哪几天。这些标记不是诊断。
insights-title = 哪些因素与较好或较差的日子同时出现
insights-intro = 在上面的日期范围内，有和没有每个因素的日子里你的疼痛情况。每一天都和它前后几天相比，所以几周来的恢复不会被当成某个因素的作用。两边各有 7 天后才显示数字。这只说明哪些情况同时出现，不能说明是什么造成的。
insights-waiting = 还需要更多天的记录
report-title = 就诊报告
report-intro = 一份约两页的 PDF，可在见医生之前打印或发送：你的疼痛、运动和钙摄入与各自目标的对照、图表、你勾选过的警示信号，以及你想问的问题。
report-dates = 日期
report-last-2-weeks = 最近 2 周
report-since-birth = 自分娩以来
report-choose-dates = 选择日期
report-birth-note = 在“我的资料”中填写宝宝的出生日期后，才能使用“自分娩以来”。
field-from = 从
field-to = 到
report-questions = 我想问的问题（可选）
report-notes = 包括我的备注（备注是私密的，除非勾选此项，否则不会包括在内）
report-paper = 纸张
report-save = 保存报告…
guidance-title = 健康指南
guidance-intro = 清楚、有出处的产后恢复指南，无需联网即可阅读。
guidance-search-label = 搜索指南
guidance-search-input =
    .placeholder = 搜索，例如：钙质
guidance-for-you = 为你推荐
guidance-all = 全部指南
guidance-results = 搜索结果
guidance-articles =
    .aria-label = 文章
reader-sources = 参考来源
reader-disclaimer = Mend 不能代替医生。如果你感到担心，或者觉得哪里不对劲，请联系你的医生；紧急情况下请拨打当地急救电话。
reader-about =
    .aria-label = 关于这篇文章
settings-title = 设置
settings-intro = 提醒来自健康指南；每条提醒都会说明它出自哪篇文章。
reminders-title = 提醒
data-title = 你的数据
data-intro = 你的日记保存在这台电脑上（开启同步后，也会加密传到你的其他电脑）。可以导出为 JSON（完整，用于迁移到另一台电脑）或 CSV（用于电子表格），也可以再导入回来；已有的记录会被跳过。
data-export-json = 导出为 JSON…
data-export-csv = 导出为 CSV…
data-import-pick = 导入…
data-import-apply = 导入
cancel = 取消
backups-title = 备份
backups-intro = Mend 每天启动时备份一次，保留最近 7 天和 4 周的备份。
backups-now = 立即备份
quiet-title = 免打扰时段
quiet-enabled = 免打扰时段内不发送通知
field-until = 至
desktop-title = 关闭窗口时
desktop-close-to-tray = 让 Mend 在通知区域继续运行，提醒照常送达
desktop-close-to-tray-macos = 让 Mend 在菜单栏继续运行，提醒照常送达
desktop-start-at-login = 登录时启动 Mend
recovery-title = Mend 无法打开你的数据
recovery-nothing-changed = 没有任何内容被更改或删除。你可以：
recovery-restore = 恢复最新的备份
recovery-start-new = 开始一本新的空白日记
recovery-kept = 无论选择哪一种，无法打开的文件都会以带日期的名称保留在你的数据文件夹中，不会丢失任何内容。
history-title = 历史记录
history-intro = 你记录过的每一天，最新的在前。可以更正或删除任何一条记录。
history-show = 显示
history-everything = 全部
history-go-to-date = 跳到日期
history-days =
    .aria-label = 日期
history-empty = 还没有任何记录。
history-more = 加载更早的日子
profile-title = 关于你
profile-intro = 这些信息帮助 Mend 显示合适的钙目标和提示。所有内容都保存在这台电脑上。你可以先跳过，以后再填写。
profile-birth-date = 宝宝的出生日期
profile-delivery = 宝宝是怎么出生的？
profile-prefer-not = 不想说
profile-epidural = 我做过硬膜外麻醉或腰麻
profile-breastfeeding = 我正在哺乳
profile-age = 你的年龄
profile-save = 保存
profile-skip = 暂时跳过

## 由各视图生成

demo-explore = 用示例数据看看
demo-leave = 离开示例数据
save-changes = 保存更改
mend-could-not-start = Mend 无法启动：{ $message }

# 设置：语言
language-title = 语言
language-label = Mend 的语言
language-hint = 所有内容都会立即切换：各个界面、提示信息、图表、报告、健康指南、提醒、托盘菜单和命令行。
language-changed = Mend 现在使用简体中文。

# 设置：保存
saved = 已保存。
reminder-saved = 提醒已保存。
quiet-saved = 免打扰时段已保存。
desktop-note-no-tray = 这个桌面没有 Mend 可以使用的通知区域，所以关闭窗口就会退出 Mend：只有窗口打开时才会收到提醒。登录时启动的 Mend 会打开它的窗口。
desktop-note-tray = 关闭窗口后，Mend 会留在通知区域；可以从那里的图标打开或退出。登录时启动的 Mend 会在那里等候，不打开窗口。
desktop-note-tray-macos = 关闭窗口后，Mend 会留在菜单栏；可以从那里的图标打开或退出，也可以从程序坞打开。登录时启动的 Mend 会在那里等候，不打开窗口。
desktop-note-quit = 关闭窗口就会退出 Mend：只有窗口打开时才会收到提醒。

# 设置：单条提醒
reminder-every-minutes = 每隔（分钟）
reminder-at = 时间
reminder-check-at = 检查时间
reminder-when-interval = Mend 运行期间
reminder-when-daily = 每天
reminder-when-condition = 仅在适用时
# $when 是上面三者之一。
reminder-from = { $when } · 出自

# 健康指南：阅读和搜索
guidance-fallback-title = 健康指南
# $reviewed 和 $next 是已按语言写好的日期。
guidance-reviewed = 最近审阅于 { $reviewed }。下次审阅不晚于 { $next }。
# $titles 是各条提醒的标题。
guidance-reminders = 这篇文章的提醒：{ $titles }。
guidance-reminders-settings = 在“设置”中开启或关闭。
guidance-no-match = 没有与“{ $query }”匹配的内容。

# 设置：你的数据
# $path 是文件保存的位置。
data-exported = 已导出到 { $path }。
data-imported = 已导入 { $count } 条记录。
backups-done = 已备份。
backups-restored = 已恢复备份。你之前的数据已另存为一份备份。

# 个人资料和提醒横幅
profile-saved = 资料已保存。
# $minutes 是 10 或 60。
reminder-snoozed = 已推迟 { $minutes ->
    [60] 1 小时
   *[other] { $minutes } 分钟
}。

# 列表：列表各项之间的连接符
list-comma = 、
list-semicolon = ；

# 今天：合计（“今天到目前为止”）
totals-pain = 疼痛
totals-exercise = 运动
totals-calcium = 钙
totals-pain-none = 还没有疼痛记录
# $max 和 $mean 是满分 10 分的评分；$count 是记录次数。
totals-pain-summary = 最高 { $max } · 平均 { $mean }（共 { $count } 次记录）
totals-minutes = { $minutes } 分钟
# $minutes 是每周目标；这一行跟在当天的分钟数后面。
totals-exercise-aim = {" "}· 在医生确认安全后，每周至少做 { $minutes } 分钟中等强度的活动
totals-mg = { $mg } mg
# 跟在当天的毫克数后面。
totals-calcium-target = （推荐量 { $mg } mg）
totals-calcium-meter = 今天的钙摄入
totals-calcium-too-much = 今天：过量，已超过上限。
totals-calcium-fine = 今天：已达标，达到或超过推荐量。
totals-calcium-below = 你最近 7 天的平均摄入为每天 { $mg } mg，低于推荐量。
totals-calcium-average-fine = 你最近 7 天的平均摄入为每天 { $mg } mg，达到或超过推荐量。
totals-calcium-average-none = 推荐量是一段时间内的每日平均值：记录几天之后，Mend 会用你最近 7 天的平均值和它比较。
totals-calcium-limit = 每天上限 { $mg } mg，食物和补充剂合计。推荐量和上限是美国和加拿大的参考值（美国医学研究院，2011）；中国的参考值不同，请以你的医生或营养师的建议为准。

# 今天和历史记录：各条记录。$kind 是 pain、exercise 或 calcium。
entries-empty = 这一天还没有任何记录。
entry-exercise = { $kind }，{ $minutes } 分钟
entry-calcium = { $mg } mg
entry-edit = 编辑
entry-delete = 删除
# $text 描述这条记录，例如“6/10 · 下背部”。
entry-edit-label = 编辑{ $kind ->
    [pain] 腰背痛记录
    [exercise] 运动记录
   *[other] 钙摄入记录
}：{ $text }
entry-delete-label = 删除{ $kind ->
    [pain] 腰背痛记录
    [exercise] 运动记录
   *[other] 钙摄入记录
}：{ $text }
# 历史记录：$date 是这条记录的日期（已写好）。
entry-edit-label-dated = 编辑{ $date }的{ $kind ->
    [pain] 腰背痛记录
    [exercise] 运动记录
   *[other] 钙摄入记录
}：{ $text }
entry-delete-label-dated = 删除{ $date }的{ $kind ->
    [pain] 腰背痛记录
    [exercise] 运动记录
   *[other] 钙摄入记录
}：{ $text }
entry-saved = { $kind ->
    [pain] 腰背痛记录已保存。
    [exercise] 运动已保存。
   *[other] 钙摄入已保存。
}
entry-updated = { $kind ->
    [pain] 腰背痛记录已更新。
    [exercise] 运动记录已更新。
   *[other] 钙摄入记录已更新。
}
entry-deleted = { $kind ->
    [pain] 腰背痛记录已删除。
    [exercise] 运动记录已删除。
   *[other] 钙摄入记录已删除。
}
entry-restored = { $kind ->
    [pain] 腰背痛记录已恢复。
    [exercise] 运动记录已恢复。
   *[other] 钙摄入记录已恢复。
}
entry-undo = 撤销
# “和昨天一样”：$kind 是 exercise 或 calcium。
entry-copied = 已从前一天复制 { $count } 条{ $kind ->
    [exercise] 运动
   *[other] 钙摄入
}记录。

# 今天：保存前的检查（核心还会再检查一次）。
entry-score-missing = 请选择一个疼痛评分，从 0（不痛）到 { $max }（能想象到的最痛）。
entry-minutes-invalid = 分钟数必须是 { $min } 到 { $max } 之间的整数。
entry-mg-invalid = 钙的毫克数必须是 { $min } 到 { $max } 之间的整数。

# 今天：你的一天（睡眠、心情、标签），以及它在历史记录中的一行
sleep-saved = 睡眠已保存。
sleep-cleared = 睡眠已清除。
mood-saved = 心情已保存。
mood-cleared = 心情已清除。
tag-fallback = 标签
tag-on = { $name }：已勾选。
tag-off = { $name }：已取消勾选。
tag-retired-chip = { $name }（已停用）
tag-name-label = 标签“{ $name }”的名称
tag-rename = 重命名
tag-retire = 停用
tag-bring-back = 恢复使用
tag-retired = 已停用
tag-added = 已添加标签：{ $name }。
tag-renamed = 标签已改名为“{ $name }”。
tag-retired-done = 标签已停用。
tag-brought-back = 标签已恢复使用。
# $hours 可以带半小时，例如 6.5。
factors-sleep = 睡眠 { $hours } 小时
factors-mood = 心情 { $mood }/{ $max }
factors-tags = 标签：{ $tags }

# 提示、警示信号卡片和警示栏
level-emergency = 危急
level-urgent = 紧急
# $level 是上面两者之一。
notice-card-label = { $level }：马上求助
notice-level = { $level }：
notice-see-clinician = 什么时候需要就医
notice-read-more = 了解更多
# $signs 是勾选的各项信号。
notice-you-noted = 你记下了：{ $signs }。
notice-words-to-use = 可以这样说：
notice-crisis-lines = 心理危机热线，例如：

# 提醒横幅
banner-snooze-10 = 10 分钟后再提醒
banner-snooze-60 = 1 小时后再提醒
banner-open-guidance = 打开指南
banner-dismiss = 关闭
# $title 是提醒的标题。
banner-dismiss-label = 关闭：{ $title }

# 历史记录
# $level 是 level-emergency 或 level-urgent：当天勾选的信号中最高的级别。
history-flags-urgent = 【{ $level }】勾选过的警示信号：
history-flags-noted = 下次就诊时要提的：

# 趋势
trends-no-data = 这个时间范围内没有数据。
insights-not-enough = 天数还不够，暂时无法比较。请继续记录：每个因素都需要有它的 7 天和没有它的 7 天。
# $path 是 PDF 保存的位置。
report-saved-to = 报告已保存到 { $path }。
report-saved = 报告已保存。

# 设置：导入（所选文件会带来的变化）
import-would-add-entries = 将添加 { $pain } 条腰背痛记录、{ $exercise } 次运动和 { $calcium } 条钙摄入记录（另有 { $duplicates } 条已存在）。
import-would-set-profile = 将设置你的资料（你还没有保存过资料）。
import-would-add-red-flags = 将添加 { $count } 次警示信号记录。
# $reminder 描述提醒改后的样子，例如“早餐补点钙：开启，07:45”。
import-would-change-reminder = 将更改一条提醒：{ $reminder }。
# $hours 例如“23:00–06:30”。
import-would-set-quiet = 将把免打扰时段设为 { $hours }。
import-would-add-factors = 将添加 { $count } 条睡眠或心情记录。
# $tags 是新标签的名称，已加引号并连接。
import-would-create-tags = 将创建标签 { $tags }。
import-quoted = “{ $name }”
import-would-add-day-tags = 将为日期添加 { $count } 个标签。

# 设置：备份
backup-unreadable = 无法读取
backup-entries = { $count } 条记录
backup-restore = 恢复…
backups-none = 还没有备份。
backup-confirm = 用这份备份替换你现在的数据吗？替换前会先备份现有数据。
backup-restore-confirm = 恢复

# 恢复界面。$backup 是备份的日期（或文件名）。
recovery-restore-newest = 恢复最新的备份（{ $backup }，{ $count } 条记录）
recovery-no-backup = 没有可以恢复的备份

# 设置：导入其他应用的文件
import-read-as = { $app ->
    [CSV] 按你的列对应读取。
   *[other] 按 { $app } 导出的文件读取。
}
import-scale-choice = 导入 { $app } 的 0–{ $max } 分评分“{ $column }”→ 0–10：×{ $factor }，四舍五入（{ $count } 个值；每条备注保留原值，例如“来自 { $app }，{ $max } 分中的 3 分”）。
import-would-not-import = 以下内容 Mend 不记录，不会导入：{ $list }。
import-would-not-import-item = { $what }（{ $count }）
import-map-intro = 这个 CSV 不是来自 Mend 认识的应用。请说明哪一列是什么；数值按原样导入（疼痛和情绪 0–10，钙以毫克计，睡眠以小时计）。
import-map-date = 日期
import-map-format = 日期写法
import-map-time = 时间
import-map-pain = 疼痛（0–10）
import-map-note = 备注
import-map-calcium = 钙（毫克）
import-map-sleep = 睡眠（小时）
import-map-mood = 情绪（0–10）
import-map-tags = 作为你的标签保留的“是/否”列
import-map-none = （无）
import-map-show = 显示将导入的内容

## 日记加密：设置中的卡片、对话框和锁定页面
lock-title = 给日记上锁
lock-intro = 在这台电脑上加密你的日记及其备份，只有用你的密码短语（或恢复码）才能打开。这样，任何人打开你的个人文件夹，看到的都只是乱码，而不是你写的内容。
lock-start = 给日记上锁…
# $memory 以 MiB 计，$passes 为次数。
lock-state = 你的日记及其备份已加密（SQLCipher，AES-256）。你的密码短语通过 Argon2id（{ $memory } MiB，{ $passes } 轮）保护密钥。
lock-now = 立即上锁
lock-change = 更改密码短语…
lock-turn-off = 关闭日记锁…
lock-keychain = 在这台电脑上打开时不再询问密码短语（由系统钥匙串保存密钥）
lock-idle = 闲置多久后自动上锁
lock-idle-never = 从不
lock-idle-minutes = { $minutes } 分钟
lock-exports = 你保存的导出文件和报告是普通文件，任何人打开都能读取：请把它们放在私密的地方。
lock-dialog-intro = 请设置一个密码短语：用几个你记得住的词就好。Mend 还会给你一个恢复码，以防你忘了密码短语。
lock-passphrase = 密码短语
lock-passphrase-again = 再输入一次同样的密码短语
lock-new-passphrase = 新的密码短语
lock-current-passphrase = 你现在的密码短语
lock-warning = 如果既没有你的密码短语，也没有恢复码，谁都打不开你的日记，连 Mend 也不行。
lock-warning-more = 不能通过邮件重置，别处也没有任何副本。你的备份也是用同一把密钥上锁的。
lock-understood = 我明白，我会妥善保管恢复码
lock-tick-understood = 请勾选此框，表示你明白：密码短语和恢复码都丢失后，日记无法恢复。
lock-confirm = 给日记上锁
lock-passphrases-differ = 两次输入的密码短语不一致。请输入两次同样的内容。
lock-code-intro = 你的日记已上锁。这是你的恢复码，只显示这一次：请保存为 PDF、打印或抄下来，并与这台电脑分开保存。
lock-code-save = 保存为 PDF…
lock-code-print = 打印…
lock-code-kept = 我已保存好恢复码
lock-code-done = 完成
lock-code-saved = 恢复码已保存到 { $path }
lock-left-plain = 这些损坏的副本无法加密；如不需要，请删除：{ $files }
lock-change-title = 更改密码短语
lock-change-intro = 你的日记内容不变，只更改打开它的密码短语。恢复码也保持不变。
lock-change-confirm = 更改密码短语
lock-changed = 密码短语已更改。
lock-off-title = 关闭日记锁
lock-off-intro = 你的日记及其备份将重新成为普通文件，任何人打开你的个人文件夹都能读取。
lock-off-confirm = 关闭日记锁
lock-turned-off = 你的日记已不再上锁。
unlock-title = 你的日记已上锁
unlock-intro = 请输入密码短语打开日记。
unlock-code-intro = 请输入你给日记上锁时保存的恢复码，并设置新的密码短语。
unlock-code = 恢复码
unlock-submit = 解锁
unlock-submit-code = 设置新密码短语并解锁
unlock-use-code = 使用恢复码
unlock-use-passphrase = 使用我的密码短语
data-export-plain = 你的日记已上锁，但导出的文件是普通文件：任何人打开都能读取。请把它保存在私密的地方，不再需要时删除。

## 与我的其他电脑同步
sync-title = 与我的其他电脑同步
sync-intro = 让你的日记在各台电脑上保持一致：只需一个你的同步服务（Syncthing、Nextcloud、Dropbox、iCloud 云盘、OneDrive）已经在同步的文件夹。Mend 只在那里存放加密文件，也不运行任何服务器。
sync-start = 选择文件夹…
sync-state = 正在通过 { $folder } 同步。上次同步：{ $last }。
sync-state-pending = 正在通过 { $folder } 同步。上次同步：{ $last }；有 { $pending } 项更改等待发送。
sync-never = 从未
sync-devices = 你的其他电脑
sync-no-devices = 暂无。请在你的另一台电脑上，用这个文件夹和同一个同步口令设置同步。
sync-device = { $name }，最近一次更改：{ $last }
sync-device-unknown = { $name }，尚无更改
sync-remove = 移除
sync-remove-label = 将 { $name } 移出同步
sync-problems =
    .aria-label = 问题
sync-now = 立即同步
sync-stop = 在这台电脑上停止同步
sync-phrase = 同步口令
sync-phrase-again = 再输入一次同样的同步口令
sync-intro-first = 还没有其他电脑通过这个文件夹同步。请设置一个同步口令，用几个词就好：你的每台电脑上都要输入它。
sync-intro-join = 你的其他电脑已经在通过这个文件夹同步。请输入你在那些电脑上设置的同步口令。
sync-warning = 如果丢了同步口令，谁都读不了这个文件夹里的文件，连 Mend 也不行。
sync-warning-more = 不过，每台电脑仍保留着自己的日记，你也可以换一个新文件夹重新开始同步。同步口令和给日记上锁的密码短语不是同一个。
sync-confirm = 开始同步
sync-phrases-differ = 两次输入的同步口令不一致。请输入两次同样的内容。
sync-started = 已开始同步：发送 { $sent } 项更改，接收 { $received } 项。
sync-done = 已同步：发送 { $sent } 项更改，接收 { $received } 项。
sync-stopped = 这台电脑已停止同步。你的日记保持不变。
sync-remove-title = 移除 { $name }？
sync-remove-intro = 适用于你不再使用的电脑。它所做的更改会保留在你的日记中，并由这台电脑继续传给其他电脑；它的文件会从同步文件夹中删除。
sync-remove-confirm = 移除
sync-removed = 已将 { $name } 移出同步。
