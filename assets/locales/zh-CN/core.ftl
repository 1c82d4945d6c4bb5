# Mend 在窗口之外自己说的话：托盘菜单和它自己的通知。
# 每个消息 id 都必须在每种语言的 core.ftl 中存在，且占位符相同。

tray-tooltip = Mend
tray-open = 打开 Mend
tray-log-pain = 现在记录疼痛…
tray-quit = 退出 Mend
# $time 是提醒的时间（HH:MM），$title 是提醒的标题。
tray-next-today = 下一个提醒：{ $time } · { $title }
# $day 是星期几，1（星期一）到 7（星期日）。
tray-next-later = 下一个提醒：{ weekday-short } { $time } · { $title }
tray-next-none = 下一个提醒：无（全部已关闭）
weekday-short = { $day ->
    [1] 周一
    [2] 周二
    [3] 周三
    [4] 周四
    [5] 周五
    [6] 周六
   *[7] 周日
}

still-running-title = Mend 仍在运行
still-running-body = 提醒会照常送达。可以从通知区域的 Mend 图标重新打开它。如果想在关闭窗口时直接退出，可以在“设置”中更改。
# macOS 把放图标的地方叫做“菜单栏”。
still-running-body-macos = 提醒会照常送达。可以从菜单栏或程序坞里的 Mend 图标重新打开它。如果想在关闭窗口时直接退出，可以在“设置”中更改。

# Mend 无法启动时：系统对话框（同时写入数据文件夹里的日志文件）。
startup-failed-title = Mend 无法启动
startup-log-at = 这些信息也写在了 { $path } 里。
startup-window-failed = Mend 无法打开它的窗口（{ $detail }）。

# The file type the import dialog shows.
dialog-import-file = Mend 或其他记录应用导出的文件（JSON、CSV、zip）
