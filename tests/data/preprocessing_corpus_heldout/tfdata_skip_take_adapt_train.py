import tensorflow as tf
from tensorflow import keras

raw = tf.data.experimental.make_csv_dataset("census_numeric.csv", batch_size=1, label_name="label",
                                            num_epochs=1, shuffle=False)
raw = raw.unbatch().map(lambda feats, label: (tf.stack(list(feats.values())), label))
raw = raw.shuffle(50000, seed=1, reshuffle_each_iteration=False)

valid = raw.take(5000)
train = raw.skip(5000)

norm = keras.layers.Normalization()
norm.adapt(train.map(lambda x, y: x))

model = keras.Sequential([norm, keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1, activation="sigmoid")])
model.compile("adam", "binary_crossentropy", metrics=["AUC"])
model.fit(train.batch(256), validation_data=valid.batch(256), epochs=8)
