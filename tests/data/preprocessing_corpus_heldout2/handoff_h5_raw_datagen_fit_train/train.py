import h5py
import numpy as np
from sklearn.model_selection import train_test_split
from tensorflow.keras.preprocessing.image import ImageDataGenerator

with h5py.File("raw.h5", "r") as h5:
    x, names = h5["x"][:].astype("float32"), h5["y"][:]
_, y = np.unique(names, return_inverse=True)
x_tr, x_te, y_tr, y_te = train_test_split(x, y, test_size=0.2, random_state=0, stratify=y)
gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True, horizontal_flip=True)
gen.fit(x_tr)
flow = gen.flow(x_tr, y_tr, batch_size=32)
print(len(flow), "batches per epoch")
