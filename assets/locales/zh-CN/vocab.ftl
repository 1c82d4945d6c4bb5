# The words the window shows for the members of the core's vocabularies (pain locations,
# exercise kinds, calcium sources …), sent with the catalog at start and with a new language.
# Ids are vocab-<vocabulary>-<member as stored>, "+" written "plus"; each vocabulary's members
# are all here (a test checks it). Each message id must exist in every language.

vocab-entry-kind-pain = 疼痛
vocab-entry-kind-exercise = 运动
vocab-entry-kind-calcium = 钙

vocab-location-lower_back = 下背部（腰部）
vocab-location-upper_back = 上背部
vocab-location-pelvis = 骨盆或髋部
vocab-location-neck_shoulders = 颈部和肩部
vocab-location-epidural_site = 硬膜外麻醉穿刺处

vocab-exercise-kind-walking = 散步
vocab-exercise-kind-pelvic_floor = 盆底肌练习
vocab-exercise-kind-stretching = 拉伸
vocab-exercise-kind-yoga = 瑜伽
vocab-exercise-kind-strength = 力量训练
vocab-exercise-kind-swimming = 游泳
vocab-exercise-kind-other = 其他

vocab-intensity-light = 轻度
vocab-intensity-moderate = 中等
vocab-intensity-vigorous = 剧烈

vocab-calcium-source-food = 食物或饮品
vocab-calcium-source-supplement = 补充剂

vocab-delivery-type-vaginal = 顺产
vocab-delivery-type-caesarean = 剖宫产

vocab-age-band-14-18 = 14–18 岁
vocab-age-band-19-50 = 19–50 岁
vocab-age-band-51plus = 51 岁及以上

vocab-mood-anchor-0 = 非常低落
vocab-mood-anchor-5 = 还好
vocab-mood-anchor-10 = 非常好

vocab-chart-kind-pain = 疼痛
vocab-chart-kind-exercise = 运动
vocab-chart-kind-calcium = 钙

vocab-theme-name-light = 浅色
vocab-theme-name-dark = 深色

vocab-paper-a4 = A4
vocab-paper-letter = 美国信纸（Letter）
