import tensorflow as tf
from tensorflow.keras import layers

raw_train = tf.keras.utils.text_dataset_from_directory("aclImdb/train", batch_size=32, validation_split=0.2,
                                                       subset="training", seed=42)
raw_val = tf.keras.utils.text_dataset_from_directory("aclImdb/train", batch_size=32, validation_split=0.2,
                                                     subset="validation", seed=42)
vectorize_layer = layers.TextVectorization(max_tokens=10000, output_sequence_length=250)
vectorize_layer.adapt(raw_train.map(lambda text, label: text))
train_ds = raw_train.map(lambda text, label: (vectorize_layer(text), label))
val_ds = raw_val.map(lambda text, label: (vectorize_layer(text), label))
model = tf.keras.Sequential([layers.Embedding(10001, 16), layers.GlobalAveragePooling1D(), layers.Dense(1)])
model.compile(loss=tf.keras.losses.BinaryCrossentropy(from_logits=True), optimizer="adam")
model.fit(train_ds, validation_data=val_ds, epochs=10)
