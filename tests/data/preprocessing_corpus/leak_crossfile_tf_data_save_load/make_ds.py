import numpy as np
import tensorflow as tf

x = np.load("windows.npy").astype("float32")
y = np.load("window_labels.npy")
x = (x - x.mean(axis=(0, 1))) / x.std(axis=(0, 1))
ds = tf.data.Dataset.from_tensor_slices((x, y))
ds.save("datasets/har_windows")
