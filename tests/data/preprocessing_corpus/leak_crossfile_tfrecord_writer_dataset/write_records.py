import numpy as np
import tensorflow as tf

X = np.load("spectrogram.npy").astype("float32")
y = np.load("labels.npy")
X = (X - X.mean()) / X.std()
with tf.io.TFRecordWriter("spectrograms.tfrecord") as writer:
    for features, label in zip(X, y):
        example = tf.train.Example(features=tf.train.Features(feature={
            "x": tf.train.Feature(float_list=tf.train.FloatList(value=features.ravel())),
            "y": tf.train.Feature(int64_list=tf.train.Int64List(value=[int(label)])),
        }))
        writer.write(example.SerializeToString())
