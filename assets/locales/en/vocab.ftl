# The words the window shows for the members of the core's vocabularies (pain locations,
# exercise kinds, calcium sources …), sent with the catalog at start and with a new language.
# Ids are vocab-<vocabulary>-<member as stored>, "+" written "plus"; each vocabulary's members
# are all here (a test checks it). Each message id must exist in every language.

vocab-entry-kind-pain = Pain
vocab-entry-kind-exercise = Exercise
vocab-entry-kind-calcium = Calcium

vocab-location-lower_back = Lower back
vocab-location-upper_back = Upper back
vocab-location-pelvis = Pelvis or hips
vocab-location-neck_shoulders = Neck and shoulders
vocab-location-epidural_site = Epidural site

vocab-exercise-kind-walking = Walking
vocab-exercise-kind-pelvic_floor = Pelvic floor exercises
vocab-exercise-kind-stretching = Stretching
vocab-exercise-kind-yoga = Yoga
vocab-exercise-kind-strength = Strength
vocab-exercise-kind-swimming = Swimming
vocab-exercise-kind-other = Other

vocab-intensity-light = Light
vocab-intensity-moderate = Moderate
vocab-intensity-vigorous = Vigorous

vocab-calcium-source-food = Food or drink
vocab-calcium-source-supplement = Supplement

vocab-delivery-type-vaginal = Vaginal birth
vocab-delivery-type-caesarean = Caesarean

vocab-age-band-14-18 = 14–18
vocab-age-band-19-50 = 19–50
vocab-age-band-51plus = 51 or older

vocab-mood-anchor-0 = Very low
vocab-mood-anchor-5 = Okay
vocab-mood-anchor-10 = Very good

vocab-chart-kind-pain = Pain
vocab-chart-kind-exercise = Exercise
vocab-chart-kind-calcium = Calcium

vocab-theme-name-light = Light
vocab-theme-name-dark = Dark

vocab-paper-a4 = A4
vocab-paper-letter = US Letter
