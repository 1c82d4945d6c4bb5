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
