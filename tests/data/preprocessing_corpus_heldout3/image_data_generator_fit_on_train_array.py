import numpy as np
from tensorflow.keras.preprocessing.image import ImageDataGenerator
from sklearn.model_selection import train_test_split

images = np.load("malaria_cells_64.npy").astype("float32")
labels = np.load("malaria_labels.npy")
im_tr, im_va, lb_tr, lb_va = train_test_split(images, labels, test_size=0.2, stratify=labels, random_state=0)
train_gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True, horizontal_flip=True)
train_gen.fit(im_tr)
val_gen = ImageDataGenerator(featurewise_center=True, featurewise_std_normalization=True)
val_gen.mean, val_gen.std = train_gen.mean, train_gen.std
print(len(train_gen.flow(im_tr, lb_tr, batch_size=64)), len(val_gen.flow(im_va, lb_va, batch_size=64)))
