# What the command line prints.
# Each message id must exist in every language with the same placeholders.
# Results a script may read (JSON, "ok: …" of `mend check`) keep their form in every language;
# the command line's --help comes from its argument parser and is in English.

cli-exported = 已导出到 { $path }
cli-backed-up = 已备份到 { $path }
cli-restored = 已恢复 { $path }。被替换的数据已另存为 { $safety }。
cli-started-new = 已新建一本空白日记。
cli-started-new-kept = 已新建一本空白日记。损坏的文件已保留为 { $kept }。
cli-restored-newest = 已恢复最新的完好备份。
cli-restored-newest-kept = 已恢复最新的完好备份。损坏的文件已保留为 { $kept }。
cli-report-saved = 报告已保存到 { $path }
cli-check-ok = ok: 完整性正常，数据结构版本 { $version }（这个 Mend 最高支持 { $supported }），共 { $entries } 条记录，数据位于 { $dir }
cli-tag-retired = { $name }（已停用）
cli-no-display = 没有可以打开窗口的显示器。请从桌面启动，或者使用命令：mend --help
# 日记加密：提示（不回显）与命令的输出。
cli-passphrase = 请输入 Mend 日记的密码短语：{" "}
cli-new-passphrase = 新的密码短语（至少 8 个字符）：{" "}
cli-new-passphrase-again = 再输入一次同样的密码短语：{" "}
cli-passphrases-differ = 两次输入的密码短语不一致；没有做任何更改。请重试。
cli-locked = 这本日记已上锁：请通过环境变量 MEND_PASSPHRASE 提供密码短语，或在终端中运行 mend，按提示输入。没有做任何更改。
cli-no-new-passphrase = 没有提供新的密码短语：请设置环境变量 { $var }，或在终端中运行 mend，按提示输入。没有做任何更改。
cli-encrypt-warning = 正在给你的日记上锁：之后只有用你的密码短语或恢复码才能打开。如果两者都没有了，谁都打不开，连 Mend 也不行。你导出的文件仍是未加密的普通文件。
cli-encrypted = 你的日记及其备份现已加密。
    你的恢复码（只显示这一次；请写下来或打印出来，并与这台电脑分开保存）：

        { $code }

    如果忘了密码短语，可以用它设置新的：mend passphrase --recovery-code 恢复码
cli-left-plain = 仍未加密，任何人都能读取（这是一个 Mend 无法读取的损坏副本）：{ $file }。如果不需要，请把它删除。
cli-decrypted = 你的日记及其备份已恢复为普通文件，无需密码短语即可读取。
cli-passphrase-changed = 密码短语已更改。恢复码保持不变。

## mend sync
cli-no-sync-phrase = 没有提供同步口令：请设置环境变量 { $var }，或在终端中运行 mend，按提示输入。没有做任何更改。
cli-new-sync-phrase = 为这个文件夹设置同步口令（至少 8 个字符；每台电脑上都要输入它）：{" "}
cli-new-sync-phrase-again = 再输入一次同样的同步口令：{" "}
cli-sync-phrase = 你在另一台电脑上设置的同步口令：{" "}
cli-synced = 已通过 { $folder } 同步：发送 { $sent } 项更改，接收 { $received } 项。
cli-sync-off = 这台电脑已关闭同步。你的日记保持不变；这台电脑的文件仍留在文件夹中，供你的其他电脑使用。
cli-sync-status-off = 同步未开启。要开启，请运行：mend sync --folder 目录
cli-sync-never = 从未
cli-sync-status = 正在通过 { $folder } 同步（这台电脑：{ $device }）。
    上次同步：{ $last }。等待发送的更改：{ $pending } 项。
    其他电脑：
cli-sync-no-devices = 暂无
cli-sync-device = { $name }（{ $id }），最近一次更改：{ $last }
